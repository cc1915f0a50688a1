"""Sendmail: per-recipient delivery records (to=, delay=, xdelay=, mailer=, pri=, relay=, dsn=, reply=, stat=),
the DSNs it returns, and its check_rcpt refusal of clients that try to relay through it.

Phrasings follow sendmail's source (github hrs-allbsd/sendmail, sendmail 8.18): sendmail/deliver.c
(logdelivery: "to=%s" + ", delay=" + ", xdelay=" + ", mailer=" + ", pri=%ld" + ", relay=%s [%s]" + ", dsn=" +
", reply=%s" (8.17+: the server's actual reply) + ", stat="; giveresponse: "Deferred: " + the error),
libsm/strexit.c (sm_sysexmsg: "550 5.1.1 User unknown", "554 5.0.0 Service unavailable", "550 5.1.2 Host
unknown"), sendmail/usersmtp.c (a 550/553 RCPT reply gives EX_NOUSER, other 5xx EX_UNAVAILABLE, 4xx
EX_TEMPFAIL), sendmail/err.c (sm_errstring: "Connection refused by %s", "%s with %s" for timeouts,
"Connection reset by %s", "Name server: %s: host name lookup failure" / "host not found"), sendmail/savemail.c
("%s: %s: %s" with "DSN" / "return to sender"), sendmail/parseaddr.c (rscheck: "ruleset=%s, arg1=%s%s, %s=%s"
with ", relay=%s" and "reject") and cf/m4/proto.m4 ("550 Relaying denied", "550 Relaying denied. Proper
authentication required.", "550 Relaying denied. IP name possibly forged", "450 Relaying temporarily denied.
Cannot resolve PTR record for").

Remote answers from other servers: Postfix smtpd_check.c ("<%s>: Relay access denied"), Exim configure.default
("relay not permitted") and Microsoft's Exchange Online NDR table ("5.7.1 Unable to relay").

Labels: a relay refusing OUR outgoing message (to=... stat=...) is a failed delivery, Error; sendmail's own
check_rcpt reject of a client relaying through it is the open-relay probe Postfix logs as "NOQUEUE: reject: ...
Relay access denied", Security Alert.
"""

from training.templates.families._kit import ERR, SEC, maker
from training.values import register

FAMILY = "sendmail"

_B60 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwx"

register(
    {
        "sm_qid": lambda r: "".join(r.choices(_B60, k=8)) + f"{r.randrange(1000, 999999):06d}",
        "sm_delay": lambda r: (
            r.choice(("", "", "", f"{r.randrange(1, 5)}+"))
            + f"{r.randrange(0, 24):02d}:{r.randrange(0, 60):02d}:{r.randrange(0, 60):02d}"
        ),
        "sm_pri": lambda r: str(r.randrange(30000, 9000000)),
        "sm_mx": lambda r: r.choice(
            ("mx1.example.org.", "gmail-smtp-in.l.google.com.", "mail.acme.io.", "mx.fabrikam.net.", "mailhub.")
        ),
    }
)

t = maker("sendmail", sources="sendmail", prefixes="syslog none", proc="sendmail")

_TO = "{sm_qid}: to=<{email}>, delay={sm_delay}, xdelay=00:00:0{small}, mailer={esmtp|relay|smtp}, pri={sm_pri}, "
_REL = "relay={sm_mx} [{ip}], "

TEMPLATES = [
    t(
        ERR,
        "relay_refused_by_remote",
        _TO + _REL + "dsn=5.7.1, stat=User unknown",
        _TO + _REL + "dsn=5.7.1, reply=550 5.7.1 <{email}>... Relaying denied, stat=User unknown",
        _TO + _REL + "dsn=5.7.1, reply=554 5.7.1 <{email}>: Relay access denied, stat=Service unavailable",
        _TO + _REL + "dsn=5.7.1, reply=550 5.7.1 Unable to relay, stat=User unknown",
    ),
    t(
        ERR,
        "relay_refused_unavailable",
        _TO + _REL + "dsn=5.7.1, stat=Service unavailable",
        _TO + _REL + "dsn=5.0.0, reply=550 relay not permitted, stat=User unknown",
        _TO + _REL + "dsn=5.7.1, reply=550 5.7.1 <{email}>... Relaying denied. Proper authentication required., "
        "stat=User unknown",
    ),
    t(
        ERR,
        "deferred_connect",
        _TO + "relay={sm_mx}, dsn=4.0.0, stat=Deferred: Connection refused by {sm_mx}",
        _TO + "relay={sm_mx}, dsn=4.0.0, stat=Deferred: Connection timed out with {sm_mx}",
        _TO + "relay={sm_mx}, dsn=4.0.0, stat=Deferred: Connection reset by {sm_mx}",
        _TO + "relay={sm_mx}, dsn=4.4.3, stat=Deferred: Name server: {domain}.: host name lookup failure",
    ),
    t(
        ERR,
        "deferred_relay_reply",
        _TO + _REL + "dsn=4.4.0, stat=Deferred: 450 4.4.0 <{email}>... Relaying temporarily denied. Cannot resolve "
        "PTR record for {ip2}",
        _TO + _REL + "dsn=4.7.1, stat=Deferred: 454 4.7.1 <{email}>: Relay access denied",
        _TO + _REL + "dsn=4.4.0, reply=450 4.4.0 <{email}>... Relaying temporarily denied. Cannot resolve PTR record "
        "for {ip2}, stat=Deferred: 450 4.4.0 <{email}>... Relaying temporarily denied. Cannot resolve PTR record for "
        "{ip2}",
    ),
    t(
        ERR,
        "host_unknown",
        _TO + "relay={domain}, dsn=5.1.2, stat=Host unknown (Name server: {domain}: host not found)",
        _TO + "relay={domain}., dsn=5.1.2, stat=Host unknown (Name server: {domain}.: no data known)",
    ),
    t(
        ERR,
        "dsn_returned",
        "{sm_qid}: {sm_qid2}: DSN: User unknown",
        "{sm_qid}: {sm_qid2}: DSN: Service unavailable",
        "{sm_qid}: {sm_qid2}: return to sender: User unknown",
        "{sm_qid}: {sm_qid2}: DSN: Host unknown (Name server: {domain}: host not found)",
    ),
    t(
        SEC,
        "check_rcpt_relaying_denied",
        "{sm_qid}: ruleset=check_rcpt, arg1=<{email}>, relay=[{ip}], reject=550 5.7.1 <{email}>... Relaying denied",
        "{sm_qid}: ruleset=check_rcpt, arg1=<{email}>, relay={host} [{ip}] (may be forged), reject=550 5.7.1 "
        "<{email}>... Relaying denied. IP name possibly forged {host}",
        "{sm_qid}: ruleset=check_rcpt, arg1=<{email}>, relay=[{ip}], reject=550 5.7.1 <{email}>... Relaying denied. "
        "Proper authentication required.",
    ),
]
