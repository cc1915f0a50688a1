"""Postfix MTA: smtpd, smtp, qmgr, cleanup, postscreen, anvil, master and postconf as they write to the mail log.

Phrasings follow Postfix's source: smtpd/smtpd.c and smtpd_check.c (connect from, NOQUEUE: reject:
RCPT from ... Relay access denied, blocked using, SASL ... authentication failed, non-SMTP command,
too many errors after, lost connection/timeout after), smtp/smtp_connect.c and global/log_adhoc.c
(to=<>, relay=, delay=, delays=, dsn=, status=sent/deferred/bounced), qmgr/qmgr_active.c (removed,
queue active, "is using up ... active queue entries"), postscreen (PASS NEW, PREGREET, DNSBL rank),
anvil.c (statistics: max connection rate), master/master.c and master_spawn.c (daemon started,
bad command startup -- throttling), util/dict_open.c (open database), and the Postfix 3.6+
compatibility_level and 3.9 "support for parameter ... will be removed" warnings (postconf).
"""

from training.templates.families._labels import ce, dw, er, ru, sa, sn, ua
from training.values import register

FAMILY = "postfix"

register(
    {
        "pf_qid": lambda r: "".join(r.choices("0123456789ABCDEF", k=r.choice((10, 11)))),
        "pf_rhost": lambda r: r.choice(("unknown", "mail-wm1-f41.google.com", "mx.example.org", "smtp.contoso.com")),
        "pf_mx": lambda r: r.choice(
            ("gmail-smtp-in.l.google.com", "mx1.example.org", "contoso-com.mail.protection.outlook.com", "mx.acme.io")
        ),
    }
)

P = "syslog journal"
_D = "delay={sec}, delays={sec}/0.01/0.{small}/0.{small}"

TEMPLATES = [
    sn(
        "postfix.connect",
        "postfix",
        P,
        "connect from {pf_rhost}[{ip}]",
        "disconnect from {pf_rhost}[{ip}] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5",
        "disconnect from {pf_rhost}[{ip}] ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7",
        proc="postfix/smtpd",
    ),
    sn(
        "postfix.queued",
        "postfix",
        P,
        "{pf_qid}: client={pf_rhost}[{ip}]",
        "{pf_qid}: message-id=<{hex16}@{domain}>",
        "{pf_qid}: from=<{email}>, size={size}, nrcpt={small} (queue active)",
        "{pf_qid}: removed",
        proc="postfix/qmgr",
    ),
    sn(
        "postfix.sent",
        "postfix",
        P,
        f"{{pf_qid}}: to=<{{email}}>, relay={{pf_mx}}[{{ip}}]:25, {_D}, dsn=2.0.0, status=sent (250 2.0.0 OK  "
        "{epoch} {hex8}.{small} - gsmtp)",
        f"{{pf_qid}}: to=<{{email}}>, relay=127.0.0.1[127.0.0.1]:10024, {_D}, dsn=2.0.0, status=sent (250 2.0.0 "
        "from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued as {pf_qid2})",
        f"{{pf_qid}}: to=<{{email}}>, relay=local, {_D}, dsn=2.0.0, status=sent (delivered to mailbox)",
        proc="postfix/smtp",
    ),
    sn(
        "postfix.master",
        "postfix",
        P,
        "daemon started -- version 3.{small}.{small2}, configuration /etc/postfix",
        "reload -- version 3.{small}.{small2}, configuration /etc/postfix",
        "terminating on signal 15",
        proc="postfix/master",
    ),
    sn(
        "postfix.tls_established",
        "postfix",
        P,
        "Anonymous TLS connection established from {pf_rhost}[{ip}]: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 "
        "(256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256",
        "Trusted TLS connection established to {pf_mx}[{ip}]:25: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 "
        "bits)",
        "Verified TLS connection established to {pf_mx}[{ip}]:25: TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 "
        "(128/128 bits)",
        proc="postfix/smtpd",
    ),
    sn(
        "postfix.postscreen_pass",
        "postfix",
        P,
        "CONNECT from [{ip}]:{port} to [{ip2}]:25",
        "PASS NEW [{ip}]:{port}",
        "PASS OLD [{ip}]:{port}",
        proc="postfix/postscreen",
    ),
    ua(
        "postfix.sasl_login",
        "postfix",
        P,
        "{pf_qid}: client={pf_rhost}[{ip}], sasl_method=PLAIN, sasl_username={email}",
        "{pf_qid}: client={pf_rhost}[{ip}], sasl_method=LOGIN, sasl_username={user}",
        proc="postfix/submission/smtpd",
    ),
    sa(
        "postfix.sasl_failed",
        "postfix",
        P,
        "warning: unknown[{ip}]: SASL LOGIN authentication failed: authentication failure",
        "warning: unknown[{ip}]: SASL PLAIN authentication failed: authentication failure, sasl_username={email}",
        proc="postfix/smtpd",
    ),
    sa(
        "postfix.relay_denied",
        "postfix",
        P,
        "NOQUEUE: reject: RCPT from {pf_rhost}[{ip}]: 554 5.7.1 <{email}>: Relay access denied; from=<{email2}> "
        "to=<{email}> proto=ESMTP helo=<{host}>",
        "NOQUEUE: reject: RCPT from {pf_rhost}[{ip}]: 454 4.7.1 <{email}>: Relay access denied; from=<{email2}> "
        "to=<{email}> proto=SMTP helo=<WIN-{hex8}>",
        proc="postfix/smtpd",
    ),
    sa(
        "postfix.dnsbl_reject",
        "postfix",
        P,
        "NOQUEUE: reject: RCPT from {pf_rhost}[{ip}]: 554 5.7.1 Service unavailable; Client host [{ip}] blocked using "
        "zen.spamhaus.org; https://www.spamhaus.org/query/ip/{ip}; from=<{email2}> to=<{email}> proto=ESMTP "
        "helo=<{host}>",
        "NOQUEUE: reject: RCPT from {pf_rhost}[{ip}]: 554 5.7.1 Service unavailable; Client host [{ip}] blocked using "
        "bl.spamcop.net; from=<{email2}> to=<{email}> proto=ESMTP helo=<{host}>",
        proc="postfix/smtpd",
    ),
    sa(
        "postfix.postscreen_reject",
        "postfix",
        P,
        "PREGREET {n} after 0.{small} from [{ip}]:{port}: EHLO User\\r\\n",
        "DNSBL rank {small} for [{ip}]:{port}",
        "NOQUEUE: reject: RCPT from [{ip}]:{port}: 550 5.7.1 Service unavailable; client [{ip}] blocked using "
        "zen.spamhaus.org; from=<{email2}>, to=<{email}>, proto=ESMTP, helo=<{host}>",
        proc="postfix/postscreen",
    ),
    sa(
        "postfix.client_rejected",
        "postfix",
        P,
        "NOQUEUE: reject: RCPT from unknown[{ip}]: 450 4.7.1 Client host rejected: cannot find your reverse hostname, "
        "[{ip}]; from=<{email2}> to=<{email}> proto=ESMTP helo=<{host}>",
        "NOQUEUE: reject: RCPT from unknown[{ip}]: 504 5.5.2 <{host}>: Helo command rejected: need fully-qualified "
        "hostname; from=<{email2}> to=<{email}> proto=ESMTP helo=<{host}>",
        proc="postfix/smtpd",
    ),
    sa(
        "postfix.protocol_abuse",
        "postfix",
        P,
        "warning: non-SMTP command from unknown[{ip}]: GET / HTTP/1.1",
        "too many errors after AUTH from unknown[{ip}]",
        "warning: Illegal address syntax from unknown[{ip}] in MAIL command: <{user}>",
        proc="postfix/smtpd",
    ),
    er(
        "postfix.deferred",
        "postfix",
        P,
        f"{{pf_qid}}: to=<{{email}}>, relay=none, {_D}, dsn=4.4.1, status=deferred (connect to {{pf_mx}}[{{ip}}]:25: "
        "Connection timed out)",
        f"{{pf_qid}}: to=<{{email}}>, relay=none, {_D}, dsn=4.4.3, status=deferred (Host or domain name not found. "
        "Name service error for name={domain} type=MX: Host not found, try again)",
        f"{{pf_qid}}: to=<{{email}}>, relay={{pf_mx}}[{{ip}}]:25, {_D}, dsn=4.7.0, status=deferred (host "
        "{pf_mx}[{ip}] said: 421 4.7.0 Try again later, closing connection. (in reply to end of DATA command))",
        proc="postfix/smtp",
    ),
    er(
        "postfix.bounced",
        "postfix",
        P,
        f"{{pf_qid}}: to=<{{email}}>, relay={{pf_mx}}[{{ip}}]:25, {_D}, dsn=5.1.1, status=bounced (host "
        "{pf_mx}[{ip}] said: 550 5.1.1 <{email}>: Recipient address rejected: User unknown in virtual mailbox table "
        "(in reply to RCPT TO command))",
        f"{{pf_qid}}: to=<{{email}}>, relay=none, {_D}, dsn=5.4.4, status=bounced (Host or domain name not found. "
        "Name service error for name={domain} type=AAAA: Host found but no data record of requested type)",
        "{pf_qid}: sender non-delivery notification: {pf_qid2}",
        proc="postfix/smtp",
    ),
    er(
        "postfix.connect_failed",
        "postfix",
        P,
        "connect to {pf_mx}[{ip}]:25: Connection refused",
        "connect to {pf_mx}[{ip}]:25: No route to host",
        "connect to {pf_mx}[2a00:1450:400c:c0b::1a]:25: Network is unreachable",
        proc="postfix/smtp",
    ),
    er(
        "postfix.timeout_after",
        "postfix",
        P,
        "timeout after {DATA|END-OF-MESSAGE} ({size} bytes) from {pf_rhost}[{ip}]",
        "timeout after STARTTLS from {pf_rhost}[{ip}]",
        "SSL_accept error from {pf_rhost}[{ip}]: lost connection",
        proc="postfix/smtpd",
    ),
    er(
        "postfix.tls_problem",
        "postfix",
        P,
        "warning: TLS library problem: error:0A000126:SSL routines::unexpected eof while reading:../ssl/record/"
        "rec_layer_s3.c:{n}:",
        "warning: TLS library problem: error:14094418:SSL routines:ssl3_read_bytes:tlsv1 alert unknown ca:"
        "ssl/record/rec_layer_s3.c:{n}:SSL alert number 48:",
        proc="postfix/smtpd",
    ),
    er(
        "postfix.milter",
        "postfix",
        P,
        "warning: connect to Milter service inet:localhost:{8891|11332}: Connection refused",
        "warning: milter inet:localhost:{8891|11332}: can't read SMFIC_EOB reply packet header: Connection timed out",
        "warning: problem talking to server private/{tlsmgr|anvil}: Connection timed out",
        proc="postfix/cleanup",
    ),
    er(
        "postfix.lookup_warnings",
        "postfix",
        P,
        "warning: hash:/etc/postfix/{virtual|transport|sender_access} is unavailable. open database "
        "/etc/postfix/{virtual|transport}.db: No such file or directory",
        'warning: hash:/etc/postfix/virtual lookup error for "{email}"',
        "warning: {pf_qid}: virtual_alias_maps map lookup problem for {email} -- message not accepted, try again later",
        proc="postfix/cleanup",
    ),
    ce(
        "postfix.fatal",
        "postfix",
        P,
        "fatal: open database /etc/postfix/{virtual|transport|aliases}.db: No such file or directory",
        "fatal: bind 0.0.0.0 port 25: Address already in use",
        "fatal: /etc/postfix/main.cf, line {n}: missing '=' after attribute name: \"{smtpd_tls|relayhost}\"",
        "fatal: no SASL authentication mechanisms",
        proc="postfix/master",
    ),
    ce(
        "postfix.throttling",
        "postfix",
        P,
        "warning: process /usr/lib/postfix/sbin/{smtpd|cleanup|smtp} pid {pid} exit status 1",
        "warning: /usr/lib/postfix/sbin/{smtpd|cleanup|smtp}: bad command startup -- throttling",
        proc="postfix/master",
    ),
    ru(
        "postfix.anvil",
        "postfix",
        P,
        "statistics: max connection rate {small}/60s for (smtp:{ip}) at {Dec|Jan|Mar}  {small2} "
        "0{small}:1{small2}:0{small3}",
        "statistics: max connection count {small} for (smtp:{ip}) at {Dec|Jan|Mar}  {small2} "
        "0{small3}:1{small4}:0{small5}",
        "statistics: max cache size {small} at {Dec|Jan|Mar}  {small2} 0{small3}:1{small4}:0{small5}",
        proc="postfix/anvil",
    ),
    ru(
        "postfix.rate_limit",
        "postfix",
        P,
        "warning: Connection rate limit exceeded: {n} from {pf_rhost}[{ip}] for service smtp",
        "warning: Connection concurrency limit exceeded: {n} from {pf_rhost}[{ip}] for service smtp",
        "warning: Message delivery request rate limit exceeded: {n} from {pf_rhost}[{ip}] for service submission",
        proc="postfix/smtpd",
    ),
    ru(
        "postfix.queue_space",
        "postfix",
        P,
        "warning: not enough free space in mail queue: {num} bytes < 1.5*message size limit",
        "NOQUEUE: reject: MAIL from {pf_rhost}[{ip}]: 452 4.3.1 Insufficient system storage; proto=ESMTP helo=<{host}>",
        "NOQUEUE: reject: MAIL from {pf_rhost}[{ip}]: 552 5.3.4 Message size exceeds fixed limit; proto=ESMTP "
        "helo=<{host}>",
        proc="postfix/smtpd",
    ),
    ru(
        "postfix.active_queue",
        "postfix",
        P,
        "warning: mail for [{ip}]:25 is using up {num} of {num2} active queue entries",
        "warning: you may need to reduce smtp connect and helo timeouts so that Postfix quickly skips unavailable "
        "hosts",
        "warning: you may need to increase the main.cf minimal_backoff_time and maximal_backoff_time so that Postfix "
        "wastes less time on undeliverable mail",
        proc="postfix/qmgr",
    ),
    dw(
        "postfix.compat_level",
        "postfix",
        P,
        "Postfix is using backwards-compatible default settings",
        "See http://www.postfix.org/COMPATIBILITY_README.html for details",
        'To disable backwards compatibility use "postconf compatibility_level=3.6" and "postfix reload"',
        proc="postfix",
    ),
    dw(
        "postfix.param_removed",
        "postfix",
        P,
        'warning: /etc/postfix/main.cf: support for parameter "{smtpd_use_tls|smtp_use_tls}" will be removed; instead, '
        'specify "{smtpd_tls_security_level|smtp_tls_security_level}"',
        'warning: /etc/postfix/main.cf: support for parameter "disable_dns_lookups" will be removed; instead, specify '
        '"smtp_dns_support_level"',
        'warning: /etc/postfix/main.cf: support for parameter "{smtpd_tls_dh1024_param_file|smtp_tls_loglevel}" '
        "will be removed; instead, do not specify (leave at default)",
        proc="postconf",
    ),
]
