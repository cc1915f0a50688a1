"""More Postfix: local and pipe delivery, pickup, expired mail, queue administration and DNSBL lookup errors.

Phrasings follow Postfix's source: local/local.c and global/log_adhoc.c (status=sent (delivered to command: ...),
orig_to=), pickup/pickup.c (uid= from=), qmgr/qmgr_active.c (from=<>, status=expired, returned to sender), smtp's
"delivery temporarily suspended", postsuper.c ("Deleted: N messages", "Requeued: N messages"), postqueue.c ("Mail
system is down -- accessing queue directly") and postscreen_dnsbl.c / dnsblog.c lookup errors.

Relay refusals of OUR outgoing mail (Error, unlike smtpd's inbound "NOQUEUE: reject: ... Relay access denied",
a Security Alert): smtp/smtp_proto.c ("host %s said: %s (in reply to %s)" with xfer_request "RCPT TO command",
"MAIL FROM command", "end of DATA command"; "host %s refused to talk to me: %s"), smtp/smtp_trouble.c
("delivery temporarily suspended: ..."), global/log_adhoc.c (to=, relay=, delay=, delays=, dsn=, status=%s (%s)).
The remote answers are the refusals those servers write: Postfix smtpd_check.c ("<%s>: Relay access denied",
older "Recipient address rejected: Relay access denied" in smtpd_check.ref), sendmail cf/m4/proto.m4 ("Relaying
denied", "Relaying temporarily denied. Cannot resolve PTR record for"), Exim configure.default ("relay not
permitted") and Microsoft's Exchange Online NDR table ("5.7.1 Unable to relay", "5.7.64 TenantAttribution; Relay
Access Denied", "5.4.1 Relay Access Denied").
"""

from training.templates.families._labels import er, sn
from training.templates.families.postfix import FAMILY as FAMILY
from training.values import register

register({"pf_relayhost": lambda r: r.choice(("smtp.office365.com", "contoso-com.mail.protection.outlook.com"))})

P = "syslog journal"
_TO = "{pf_qid}: to=<{email}>, relay={pf_mx}[{ip}]:25, delay={sec}, delays={sec2}/0.0{small}/0.{small2}/0.{small3}, "
_SAID = "host {pf_mx}[{ip}] said: "
_RH = "relay={pf_relayhost}[{ip}]:587"

TEMPLATES = [
    sn(
        "postfix.local_delivery",
        "postfix",
        P,
        "{pf_qid}: to=<{user}@{host}>, orig_to=<{user}>, relay=local, delay={sec}, delays={sec}/0/0/0.0{small}, "
        "dsn=2.0.0, status=sent (delivered to command: /usr/bin/procmail)",
        "{pf_qid}: to=<{user}@{host}>, relay=local, delay={sec}, delays={sec}/0/0/0, dsn=2.0.0, status=sent "
        "(delivered to mailbox)",
        proc="postfix/local",
    ),
    sn(
        "postfix.pickup",
        "postfix",
        P,
        "{pf_qid}: uid=0 from=<root>",
        "{pf_qid}: uid={uid} from=<{user}>",
        proc="postfix/pickup",
    ),
    sn(
        "postfix.postsuper",
        "postfix",
        P,
        "Deleted: {n} messages",
        "Requeued: {n} messages",
        "{pf_qid}: removed",
        proc="postfix/postsuper",
    ),
    er(
        "postfix.expired",
        "postfix",
        P,
        "{pf_qid}: from=<{email}>, status=expired, returned to sender",
        "{pf_qid}: to=<{email}>, relay=none, delay={num}, delays={num}/0.0{small}/0/0, dsn=4.4.1, status=deferred "
        "(delivery temporarily suspended: connect to {pf_mx}[{ip}]:25: Connection timed out)",
        proc="postfix/qmgr",
    ),
    er(
        "postfix.queue_down",
        "postfix",
        P,
        "warning: Mail system is down -- accessing queue directly",
        "warning: dnsblog_query: lookup error for DNS query {hex8}.zen.spamhaus.org: Host or domain name not found. "
        "Name service error for name={hex8}.zen.spamhaus.org type=A: Host not found, try again",
        proc="postfix/postqueue",
    ),
    er(
        "postfix.bounced_relay_denied",
        "postfix",
        P,
        _TO + "dsn=5.7.1, status=bounced (" + _SAID + "554 5.7.1 <{email}>: Relay access denied (in reply to RCPT TO "
        "command))",
        _TO + "dsn=5.7.1, status=bounced (" + _SAID + "550 5.7.1 <{email}>... Relaying denied (in reply to RCPT TO "
        "command))",
        _TO + "dsn=5.7.1, status=bounced (" + _SAID + "550 5.7.1 Unable to relay (in reply to RCPT TO command))",
        _TO + "dsn=5.0.0, status=bounced (" + _SAID + "550 relay not permitted (in reply to RCPT TO command))",
        proc="postfix/smtp",
    ),
    er(
        "postfix.bounced_relay_denied_old",
        "postfix",
        P,
        _TO + "dsn=5.7.1, status=bounced (" + _SAID + "554 5.7.1 <{email}>: Recipient address rejected: Relay access "
        "denied (in reply to RCPT TO command))",
        "{pf_qid}: to=<{email}>, orig_to=<{user}>, relay={pf_mx}[{ip}]:25, delay={sec}, delays={sec2}/0/0.{small}/0."
        "{small2}, dsn=5.7.1, status=bounced (" + _SAID + "554 5.7.1 <{email}>: Relay access denied (in reply to RCPT "
        "TO command))",
        proc="postfix/smtp",
    ),
    er(
        "postfix.relayhost_refused",
        "postfix",
        P,
        "{pf_qid}: to=<{email}>, " + _RH + ", delay={sec}, delays={sec2}/0/0.{small}/0.{small2}, dsn=5.7.64, "
        "status=bounced (host {pf_relayhost}[{ip}] said: 550 5.7.64 TenantAttribution; "
        "Relay Access Denied (in reply to RCPT TO command))",
        "{pf_qid}: to=<{email}>, " + _RH + ", delay={sec}, delays={sec2}/0/0.{small}/0.{small2}, dsn=5.4.1, "
        "status=bounced (host {pf_relayhost}[{ip}] said: 550 5.4.1 Relay Access "
        "Denied (in reply to RCPT TO command))",
        "{pf_qid}: to=<{email}>, " + _RH + ", delay={sec}, delays={sec2}/0/0.{small}/0.{small2}, dsn=5.7.1, "
        "status=bounced (host {pf_relayhost}[{ip}] said: 550 5.7.1 Unable to relay "
        "(in reply to MAIL FROM command))",
        proc="postfix/smtp",
    ),
    er(
        "postfix.deferred_relay_denied",
        "postfix",
        P,
        _TO + "dsn=4.4.0, status=deferred (" + _SAID + "450 4.4.0 <{email}>... Relaying temporarily denied. Cannot "
        "resolve PTR record for {ip2} (in reply to RCPT TO command))",
        _TO + "dsn=4.7.1, status=deferred (" + _SAID + "454 4.7.1 <{email}>: Relay access denied (in reply to RCPT TO "
        "command))",
        "{pf_qid}: to=<{email}>, relay=none, delay={num}, delays={num}/0.0{small}/0/0, dsn=4.7.1, status=deferred "
        "(delivery temporarily suspended: " + _SAID + "454 4.7.1 <{email}>: Relay access denied (in reply to RCPT TO "
        "command))",
        proc="postfix/smtp",
    ),
    er(
        "postfix.refused_to_talk",
        "postfix",
        P,
        _TO + "dsn=5.7.1, status=bounced (host {pf_mx}[{ip}] refused to talk to me: 554 5.7.1 Service unavailable; "
        "Client host [{ip2}] blocked using zen.spamhaus.org)",
        "{pf_qid}: to=<{email}>, relay={pf_mx}[{ip}]:25, delay={sec}, delays={sec2}/0/0.{small}/0, dsn=4.7.1, "
        "status=deferred (host {pf_mx}[{ip}] refused to talk to me: 554 5.7.1 Service unavailable; Client host [{ip2}] "
        "blocked using bl.spamcop.net)",
        "{pf_qid}: to=<{email}>, relay=none, delay={num}, delays={num}/0.0{small}/0/0, dsn=4.7.1, status=deferred "
        "(delivery temporarily suspended: host {pf_mx}[{ip}] refused to talk to me: 554 5.7.1 Service unavailable; "
        "Client host [{ip2}] blocked using zen.spamhaus.org)",
        proc="postfix/smtp",
    ),
]
