"""login(1) on consoles and serial lines (the `pam` family, continued): util-linux's and shadow-utils' login,
whose failed and refused logins go to syslog's authpriv facility.

Phrasings follow util-linux login-utils/login.c (syslog: "FAILED LOGIN %u FROM %s FOR %s, %s" with pam_strerror's
text, "TOO MANY LOGIN TRIES (%u) FROM %s FOR %s, %s", "ROOT LOGIN ON %s FROM %s", "LOGIN ON %s BY %s FROM %s")
and shadow-utils src/login.c ("FAILED LOGIN (%u)%s FOR '%s', %s" where %s is " on '<tty>'" or " on '<tty>' from
'<host>'", "TOO MANY LOGIN TRIES (%u)%s FOR '%s'", "ROOT LOGIN %s", "'%s' logged in %s"); the PAM error strings
are Linux-PAM's pam_strerror texts.
"""

from training.templates.families._kit import SEC, UA, maker

FAMILY = "pam"
t = maker("pam", sources="login", prefixes="syslog journal", proc="login")
_WHY = "{Authentication failure|User not known to the underlying authentication module|Authentication failure}"

TEMPLATES = [
    t(
        SEC,
        "login_failed_utillinux",
        "FAILED LOGIN {small} FROM {host} FOR {user}, " + _WHY,
        "FAILED LOGIN {small} FROM tty{small} FOR {user}, Authentication failure",
        "FAILED LOGIN {small} FROM ttyS0 FOR (unknown), User not known to the underlying authentication module",
    ),
    t(
        SEC,
        "login_too_many_tries",
        "TOO MANY LOGIN TRIES ({small}) FROM {host} FOR {user}, Authentication failure",
        "TOO MANY LOGIN TRIES ({small}) FROM tty{small} FOR {user}, Have exhausted maximum number of retries for "
        "service",
        "TOO MANY LOGIN TRIES ({small}) on '/dev/tty{small}' FOR '{user}'",
    ),
    t(
        SEC,
        "login_failed_shadow",
        "FAILED LOGIN ({small}) on '/dev/tty{small}' FOR '{user}', Authentication failure",
        "FAILED LOGIN ({small}) on '/dev/pts/{small}' from '{host}' FOR 'UNKNOWN', User not known to the "
        "underlying authentication module",
        "FAILED LOGIN ({small}) on '/dev/ttyS0' FOR '{user}', Authentication token is no longer valid; new one "
        "required",
    ),
    t(
        UA,
        "login_on_tty",
        "LOGIN ON tty{small} BY {user}",
        "LOGIN ON pts/{small} BY {user} FROM {host}",
        "ROOT LOGIN ON tty{small}",
        "ROOT LOGIN ON pts/{small} FROM {host}",
    ),
]
