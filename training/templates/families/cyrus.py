"""Cyrus IMAP: the IMAP/POP3 server of many universities and hosting providers; its imapd/pop3d log each
refused and each accepted login.

Phrasings follow cyrus-imapd's imap/imapd.c and pop3d.c (syslog(LOG_NOTICE, "badlogin: %s %s (%s) [%s]",
clienthost, mech, userid, sasl_errdetail) with Cyrus SASL's error texts "SASL(-13): authentication failure:
Password verification failed" and "SASL(-13): user not found: checkpass failed", and the successful "login: %s %s
%s User logged in SESSIONID=<...>").
"""

from training.templates.families._kit import SEC, UA, maker

FAMILY = "cyrus"
t = maker("cyrus", sources="cyrus imapd pop3d", prefixes="syslog", proc="imaps")
_CH = "{host} [{ip}]"

TEMPLATES = [
    t(
        SEC,
        "badlogin",
        "badlogin: " + _CH + " PLAIN ({user}) [SASL(-13): authentication failure: Password verification failed]",
        "badlogin: " + _CH + " plaintext ({user}) [SASL(-13): user not found: checkpass failed]",
        "badlogin: [{ip}] LOGIN ({user}) [SASL(-13): authentication failure: checkpass failed]",
    ),
    t(
        UA,
        "login",
        "login: " + _CH + " {user} plaintext+TLS User logged in SESSIONID=<cyrus-{n}-{n2}-1-{num}>",
        "login: " + _CH + " {user} PLAIN User logged in SESSIONID=<cyrus-{n}-{n2}-1-{num}>",
    ),
]
