"""FTP servers: vsftpd, ProFTPD and Pure-FTPd, whose logins refused and accepted are the lines operators and
fail2ban watch.

Phrasings follow vsftpd's logging.c / postlogin.c ("[user] FAIL LOGIN: Client \"ip\"", "[user] OK LOGIN: Client
\"ip\"", anon password), ProFTPD's modules/mod_auth.c ("USER %s (Login failed): Incorrect password", "USER %s
(Login failed): Invalid shell", "USER %s (Login failed): User in /etc/ftpusers", "USER %s: no such user found from
...", "SECURITY VIOLATION: Root login attempted", "USER %s: Login successful.", "ANON %s: Login successful.") with
its "host (ip[ip]) - " prefix, and Pure-FTPd's messages.h ("Authentication failed for user [%s]", "%s is now
logged in").
"""

from training.templates.families._kit import SEC, UA, maker

FAMILY = "ftp"
v = maker("ftp", sources="vsftpd", prefixes="none syslog", proc="vsftpd")
p = maker("ftp", sources="proftpd", prefixes="syslog none", proc="proftpd")
pu = maker("ftp", sources="pure-ftpd", prefixes="syslog", proc="pure-ftpd")
_PH = "{host} ({ip}[{ip}]) - "

TEMPLATES = [
    v(
        SEC,
        "vsftpd.fail_login",
        '[pid {pid}] [{user}] FAIL LOGIN: Client "{ip}"',
        '[pid {pid}] [{user}] FAIL LOGIN: Client "::ffff:{ip}"',
        '{wdate} [pid {pid}] [{user}] FAIL LOGIN: Client "{ip}"',
    ),
    v(
        UA,
        "vsftpd.ok_login",
        '[pid {pid}] [{user}] OK LOGIN: Client "::ffff:{ip}"',
        '[pid {pid}] [ftp] OK LOGIN: Client "{ip}", anon password "{email}"',
    ),
    p(
        SEC,
        "proftpd.incorrect_password",
        _PH + "USER {user} (Login failed): Incorrect password",
        _PH + "USER {user} (Login failed): Incorrect password.",
        "USER {user} (Login failed): Incorrect password",
    ),
    p(
        SEC,
        "proftpd.login_refused",
        _PH + "USER {user} (Login failed): Invalid shell: '/usr/sbin/nologin'",
        _PH + "USER {user} (Login failed): User in /etc/ftpusers",
        _PH + "USER {user}: no such user found from {ip} [{ip}] to {ip2}:21",
        _PH + "SECURITY VIOLATION: Root login attempted",
    ),
    p(
        UA,
        "proftpd.login_ok",
        _PH + "USER {user}: Login successful.",
        _PH + "ANON anonymous: Login successful.",
    ),
    pu(
        SEC,
        "pureftpd.auth_failed",
        "(?@{ip}) [WARNING] Authentication failed for user [{user}]",
        "({user}@{ip}) [WARNING] Authentication failed for user [{user}]",
    ),
    pu(
        UA,
        "pureftpd.logged_in",
        "(?@{ip}) [INFO] {user} is now logged in",
        "({user}@{ip}) [INFO] {user} is now logged in",
    ),
]
