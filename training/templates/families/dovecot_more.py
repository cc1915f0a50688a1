"""More Dovecot: sieve forwards and vacations, invalid-command disconnects, index lock waits.

Phrasings follow Pigeonhole's sieve action logging ("sieve: msgid=<...>: forwarded to <...>", "sent vacation
response to <...>"), src/login-common ("Disconnected: Too many invalid commands"), and lib-index's
mail-transaction-log locking warning ("Transaction log file ... was locked for N seconds").
"""

from training.templates.families._labels import er, sa, sn
from training.templates.families.dovecot import FAMILY as FAMILY

P = "syslog journal"
S = "dovecot"

TEMPLATES = [
    sn(
        "dovecot.sieve_actions",
        S,
        P,
        "lmtp({user})<{pid}><{dc_sess}>: sieve: msgid=<{hex16}@{domain}>: forwarded to <{email}>",
        "lmtp({user})<{pid}><{dc_sess}>: sieve: msgid=<{hex16}@{domain}>: sent vacation response to <{email}>",
        "lmtp({user})<{pid}><{dc_sess}>: sieve: msgid=<{hex16}@{domain}>: marked message to be discarded if not "
        "explicitly delivered (discard action)",
    ),
    sa(
        "dovecot.invalid_commands",
        S,
        P,
        "imap-login: Disconnected: Too many invalid commands. (no auth attempts in 0 secs): user=<>, rip={ip}, "
        "lip={ip2}, session=<{dc_sess}>",
        "pop3-login: Disconnected: Too many invalid commands (no auth attempts in {small} secs): user=<>, rip={ip}, "
        "lip={ip2}, session=<{dc_sess}>",
    ),
    er(
        "dovecot.index_lock",
        S,
        P,
        "imap({user})<{pid}><{dc_sess}>: Warning: Transaction log file /home/{user}/Maildir/dovecot.index.log was "
        "locked for {n} seconds (mailbox sync)",
        "imap({user})<{pid}><{dc_sess}>: Error: Timeout ({n}s) while waiting for lock for transaction log file "
        "/home/{user}/Maildir/dovecot.index.log",
    ),
]
