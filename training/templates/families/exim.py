"""Exim: the mail transfer agent (Debian's default MTA, cPanel's), whose SMTP AUTH refusals in mainlog are what
fail2ban's exim filter and mail admins watch.

Phrasings follow Exim's smtp_in.c / auths ("%s authenticator failed for %s: 535 Incorrect authentication data"
with the host as "(helo) [ip]" or "H=(helo) [ip]:port" and "(set_id=%s)"), for the dovecot_login, dovecot_plain,
login and plain authenticators of Debian's and cPanel's configurations.
"""

from training.templates.families._kit import SEC, maker

FAMILY = "exim"
t = maker("exim", sources="exim exim4", prefixes="iso none syslog", proc="exim")
_A = "{dovecot_login|dovecot_plain|login|plain|fixed_login}"

TEMPLATES = [
    t(
        SEC,
        "auth_incorrect",
        _A + " authenticator failed for ({host}) [{ip}]:{port}: 535 Incorrect authentication data (set_id={email})",
        _A + " authenticator failed for H=({host}) [{ip}]: 535 Incorrect authentication data (set_id={user})",
        _A + " authenticator failed for ([{ip}]) [{ip}]: 535 Incorrect authentication data",
    ),
]
