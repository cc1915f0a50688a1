"""Exim delivery outcomes in mainlog: bounces (`**`), deferrals (`==`), retry skips, frozen messages, completion.

Phrasings follow Exim's source (github Exim/exim): deliver.c (failure_log "** %Y" with R= T= H= [ip] and the
message after ": " up to 4.98, " : " from 4.99; deferral_log "== ... defer (%d)" with ": strerror", H= [ip]
and ": message"; "retry time not reached" for routing (ERRNO_RRETRY -52), "Frozen%s" with " (delivery error
message)" / " by the system filter", "Message is frozen", "Process failed (%d) when writing error message to
%s%s", "Completed" / "Completed QT=%s"), transports/smtp.c ("SMTP error from remote mail server after %s%s: %s"
with "pipelined ", "RCPT TO:<%s>", "end of data"; "SMTP timeout after ...", "Remote host closed connection in
response to ...", "retry time not reached for any host for '%s'" (ERRNO_HRETRY -54), "all hosts for '%s' have
been failing for a long time (and retry time not reached)", write_logs "H=%s [%s] <errstr>"), retry.c ("** %s:
retry timeout exceeded"), route.c ("Unrouteable address"), routers/dnslookup.c ("all relevant MX records point
to non-existent hosts"), transports/appendfile.c ("mailbox is full (MTA-imposed quota exceeded while writing to
%s)"), macros.h (ERRNO_RCPT4XX -44, MAIL4XX -45, DATA4XX -46, SMTPCLOSED -18) and doc/doc-docbook/spec.xfpt
("Logging deliveries", "Deferred deliveries", "Delivery failures", "Completion"; message ids old and 4.97+).

The remote servers' answers are the relay refusals those servers write: Exim's configure.default ("relay not
permitted"), sendmail's cf/m4/proto.m4 ("Relaying denied", "Relaying temporarily denied. Cannot resolve PTR
record for"), Postfix smtpd_check.c ("<%s>: Relay access denied") and Microsoft's Exchange Online NDR table
("5.7.1 Unable to relay", "5.7.64 TenantAttribution; Relay Access Denied", "5.4.1 Relay Access Denied").
A relay refusing OUR outgoing message is a failed delivery: Error.
"""

from training.templates.families._kit import ERR, SN, maker
from training.values import register

FAMILY = "exim"

_B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _exim_id(r) -> str:
    s = lambda k: "".join(r.choices(_B62, k=k))  # noqa: E731
    if r.random() < 0.6:
        return f"{s(6)}-{s(6)}-{s(2)}"
    return f"1{s(5)}-0000000{s(4)}-{s(4)}"


register(
    {
        "ex_id": _exim_id,
        "ex_mx": lambda r: r.choice(
            (
                "gmail-smtp-in.l.google.com",
                "mx1.example.org",
                "contoso-com.mail.protection.outlook.com",
                "mail.acme.io",
                "mx.fabrikam.net",
            )
        ),
        "ex_smarthost": lambda r: r.choice(("smtp.office365.com", "relay.example.net", "smtp.acme.io", "mailhub")),
    }
)

t = maker("exim", sources="exim exim4", prefixes="iso none syslog", proc="exim")

_RT = "R=dnslookup T=remote_smtp"
_H = "H={ex_mx} [{ip}]"
_SMRT = "R={smarthost|send_to_smarthost} T={remote_smtp_smarthost|remote_smtp}"
_SM = _SMRT + " H={ex_smarthost} [{ip}]"
_RCPT = "SMTP error from remote mail server after {pipelined |}RCPT TO:<{email}>"

TEMPLATES = [
    t(
        ERR,
        "rcpt_relay_refused",
        "{ex_id} ** {email} " + _RT + " " + _H + ": " + _RCPT + ": 550 relay not permitted",
        "{ex_id} ** {email} " + _RT + " " + _H + " : " + _RCPT + ": 550 5.7.1 <{email}>... Relaying denied",
        "{ex_id} ** {email} " + _RT + " " + _H + ": " + _RCPT + ": 554 5.7.1 <{email}>: Relay access denied",
        "{ex_id} ** {email} " + _RT + " " + _H + " : " + _RCPT + ": 550 5.7.1 Unable to relay",
    ),
    t(
        ERR,
        "smarthost_relay_refused",
        "{ex_id} ** {email} " + _SM + ": " + _RCPT + ": 550 5.7.64 TenantAttribution; Relay Access Denied",
        "{ex_id} ** {email} " + _SM + " : " + _RCPT + ": 550 5.4.1 Relay Access Denied",
        "{ex_id} ** {email} " + _SM + ": " + _RCPT + ": 550 relay not permitted",
    ),
    t(
        ERR,
        "rcpt_refused_old",
        "{ex_id} ** {email} " + _RT + ": SMTP error from remote mailer after RCPT TO:<{email}>: host {ex_mx} [{ip}]: "
        "550 relay not permitted",
        "{ex_id} ** {email} " + _RT + ": SMTP error from remote mailer after pipelined RCPT TO:<{email}>: host "
        "{ex_mx} [{ip}]: 553 5.3.0 <{email}>...Addressee unknown",
        "{ex_id} ** {email} " + _RT + ": SMTP error from remote mail server after RCPT TO:<{email}>: host {ex_mx} "
        "[{ip}]: 550 5.7.1 <{email}>... Relaying denied",
    ),
    t(
        ERR,
        "rcpt_user_unknown",
        "{ex_id} ** {email} " + _RT + " " + _H + ": " + _RCPT + ": 550 Unrouteable address",
        "{ex_id} ** {email} " + _RT + " " + _H + " : " + _RCPT + ": 550 5.1.1 <{email}>: Recipient address "
        "rejected: User unknown in virtual mailbox table",
        "{ex_id} ** {email} " + _RT + " " + _H + ": " + _RCPT + ": 550 5.1.1 User unknown",
    ),
    t(
        ERR,
        "data_5xx",
        "{ex_id} ** {email} " + _RT + " " + _H + ": SMTP error from remote mail server after end of data: 554 5.7.1 "
        "Service unavailable; Client host [{ip2}] blocked using zen.spamhaus.org",
        "{ex_id} ** {email} " + _RT + " " + _H + " : SMTP error from remote mail server after {pipelined |}MAIL "
        "FROM:<{email2}> SIZE={size}: 550 5.7.1 Unable to relay",
        "{ex_id} ** {email} " + _RT + " " + _H + ": SMTP error from remote mail server after end of data: 552 5.3.4 "
        "Message size exceeds fixed limit",
    ),
    t(
        ERR,
        "rcpt_4xx_defer",
        "{ex_id} == {email} " + _RT + " defer (-44) " + _H + ": " + _RCPT + ": 450 4.4.0 <{email}>... Relaying "
        "temporarily denied. Cannot resolve PTR record for {ip2}",
        "{ex_id} == {email} " + _RT + " defer (-44) " + _H + ": " + _RCPT + ": 454 4.7.1 <{email}>: Relay access "
        "denied",
        "{ex_id} == {email} " + _RT + " defer (-44) " + _H + ": " + _RCPT + ": 451 Temporary local problem - please "
        "try later",
    ),
    t(
        ERR,
        "mail_data_4xx_defer",
        "{ex_id} == {email} " + _RT + " defer (-45) " + _H + ": SMTP error from remote mail server after {pipelined "
        "|}MAIL FROM:<{email2}> SIZE={size}: 421 Temporary local problem - please try later",
        "{ex_id} == {email} " + _RT + " defer (-46) " + _H + ": SMTP error from remote mail server after end of "
        "data: 451 Temporary local problem - please try later",
        "{ex_id} == {email} " + _SMRT + " defer (-46) H={ex_smarthost} [{ip}]: SMTP error from remote mail server "
        "after end of data: 452 4.3.1 Insufficient system storage",
    ),
    t(
        ERR,
        "connect_defer",
        "{ex_id} == {email} " + _RT + " defer (111): Connection refused",
        "{ex_id} == {email} " + _RT + " defer (110): Connection timed out",
        "{ex_id} H={ex_mx} [{ip}] Connection refused",
        "{ex_id} == {email} " + _RT + " defer (113): No route to host",
    ),
    t(
        ERR,
        "smtp_timeout_closed",
        "{ex_id} == {email} " + _RT + " defer (110): Connection timed out " + _H + ": SMTP timeout after end of data "
        "({size} bytes written)",
        "{ex_id} == {email} " + _RT + " defer (-18) " + _H + ": Remote host closed connection in response to "
        "{pipelined |}RCPT TO:<{email}>",
        "{ex_id} " + _H + ": SMTP timeout after {pipelined |}RCPT TO:<{email}>",
    ),
    t(
        ERR,
        "retry_not_reached",
        "{ex_id} == {email} routing defer (-52): retry time not reached",
        "{ex_id} == {email} " + _RT + " defer (-54): retry time not reached for any host for '{domain}'",
        "{ex_id} == {email} " + _SMRT + " defer (-54): retry time not reached for any host",
    ),
    t(
        ERR,
        "retry_timeout",
        "{ex_id} ** {email}: retry timeout exceeded",
        "{ex_id} ** {email} <{email2}>: retry timeout exceeded",
        "{ex_id} ** {email} " + _RT + ": all hosts for '{domain}' have been failing for a long time (and retry time "
        "not reached)",
    ),
    t(
        ERR,
        "unrouteable",
        "{ex_id} ** {email}: Unrouteable address",
        "{ex_id} ** {email} R=dnslookup: all relevant MX records point to non-existent hosts",
        "{ex_id} ** {email} <{email}>: unknown mail domain",
    ),
    t(
        ERR,
        "mailbox_full",
        "{ex_id} ** {user}@{domain} R=localuser T=local_delivery: mailbox is full (MTA-imposed quota exceeded while "
        "writing to /var/mail/{user})",
        "{ex_id} == {user}@{domain} R=localuser T=local_delivery defer (-22): mailbox is full (MTA-imposed quota "
        "exceeded while writing to /var/mail/{user})",
    ),
    t(
        ERR,
        "frozen",
        "{ex_id} Frozen (delivery error message)",
        "{ex_id} Message is frozen",
        "{ex_id} Frozen",
        "{ex_id} Process failed ({small}) when writing error message to {email} (frozen)",
    ),
    t(
        SN,
        "delivered_completed",
        "{ex_id} => {email} " + _RT + " " + _H + ' C="250 2.0.0 OK {epoch} {hex8}.{small} - gsmtp"',
        "{ex_id} Completed",
        "{ex_id} Completed QT={small}s",
    ),
]
