"""Routers and switches' device logins (the `network_gear` family, continued): Junos sshd's failed-attempt
threshold.

Phrasings follow Junos' SSHD_LOGIN_ATTEMPTS_THRESHOLD ("Threshold for unsuccessful authentication attempts
(%d) reached by user '%s'"), as the Junos syslog reference documents it.
"""

from training.templates.families._kit import SEC, maker

FAMILY = "network_gear"
t = maker("network_gear", sources="junos", prefixes="none rfc5424 syslog")

TEMPLATES = [
    t(
        SEC,
        "junos.unsuccessful_threshold",
        "sshd[{pid}]: SSHD_LOGIN_ATTEMPTS_THRESHOLD: Threshold for unsuccessful authentication attempts ({small}) "
        "reached by user '{user}'",
        'sshd - SSHD_LOGIN_ATTEMPTS_THRESHOLD [junos@2636.1.1.1.2.129 limit="{small}" username="{user}"] Threshold '
        "for unsuccessful authentication attempts ({small}) reached by user '{user}'",
        sources="junos",
    ),
]
