"""Linux-PAM modules as they log through the calling service (sshd, login, su, sudo, cron, passwd).

Phrasings follow Linux-PAM's module sources: pam_unix (support.c, pam_unix_auth.c, pam_unix_sess.c,
pam_unix_passwd.c, pam_unix_acct.c), pam_faillock, pam_tally2, pam_access, pam_securetty,
pam_succeed_if, pam_limits, pam_env, pam_mkhomedir, libpam's pam_handlers.c (dlopen, faulty module),
SSSD's pam_sss.c, pam_krb5, nss-pam-ldapd's pam_ldap and google-authenticator-libpam.
"""

from training.templates.families._labels import ce, er, ru, sa, sn, ua

FAMILY = "pam"

P = "syslog journal"
S = "sshd login su sudo"

_SVC = "{sshd|login|su|sudo|vsftpd|cockpit}"

TEMPLATES = [
    sa(
        "pam.unix_auth_failure",
        S,
        P,
        f"pam_unix({_SVC}:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost={{ip}}  "
        f"user={{user}}",
        "pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip}",
        "pam_unix(login:auth): authentication failure; logname=LOGIN uid=0 euid=0 tty=tty{small} ruser= rhost=  "
        "user={user}",
    ),
    sa(
        "pam.unix_user_unknown",
        S,
        P,
        "pam_unix(sshd:auth): check pass; user unknown",
        f"pam_unix({_SVC}:auth): check pass; user unknown",
    ),
    sa(
        "pam.more_failures",
        S,
        P,
        "PAM {small} more authentication failures; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip}  user={user}",
        "PAM {small} more authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip}",
        "PAM service(sshd) ignoring max retries; {small} > 3",
    ),
    sa(
        "pam.faillock_locked",
        S,
        P,
        "pam_faillock(sshd:auth): Consecutive login failures for user {user} account temporarily locked",
        "pam_faillock(login:auth): Consecutive login failures for user {user} account temporarily locked",
        "pam_faillock(sshd:auth): User {user} successfully authenticated but the account is locked",
    ),
    sa(
        "pam.tally2",
        S,
        P,
        "pam_tally2(sshd:auth): user {user} ({uid}) tally {n}, deny {small}",
        "pam_tally2(login:auth): user {user} ({uid}) has time limit [{n}s left] since last failure.",
    ),
    sa(
        "pam.sss_auth_failure",
        S,
        P,
        "pam_sss(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip} user={user}",
        "pam_sss(sshd:auth): received for user {user}: 7 (Authentication failure)",
        "pam_sss(sshd:account): Access denied for user {user}: 6 (Permission denied)",
    ),
    sa(
        "pam.sss_expired",
        S,
        P,
        "pam_sss(sshd:account): Access denied for user {user}: 13 (User account has expired)",
        "pam_unix(sshd:account): account {user} has expired (account expired)",
        "pam_unix(sshd:account): account {user} has expired (failed to change password)",
    ),
    sa(
        "pam.access_denied",
        S,
        P,
        "pam_access(sshd:account): access denied for user `{user}' from `{ip}'",
        "pam_access(login:account): access denied for user `{user}' from `tty{small}'",
        "fatal: Access denied for user {user} by PAM account configuration [preauth]",
    ),
    sa(
        "pam.securetty",
        "login",
        P,
        "pam_securetty(login:auth): access denied: tty 'pts/{small}' is not secure !",
        "pam_securetty(login:auth): cannot determine user's tty",
        proc="login",
    ),
    sa(
        "pam.succeed_if",
        S,
        P,
        'pam_succeed_if(sshd:auth): requirement "uid >= 1000" not met by user "{user}"',
        'pam_succeed_if(sudo:auth): requirement "user ingroup wheel" not met by user "{user}"',
    ),
    sa(
        "pam.krb5_ldap_failure",
        S,
        P,
        "pam_krb5(sshd:auth): authentication failure; logname={user} uid=0 euid=0 tty=ssh ruser= rhost={ip}",
        'pam_ldap(sshd:auth): error trying to bind as user "uid={user},ou=people,dc=example,dc=com" '
        "(Invalid credentials)",
        "pam_krb5[{pid}]: authentication fails for '{user}' ({user}@EXAMPLE.COM): Authentication failure "
        "(Preauthentication failed)",
    ),
    sa(
        "pam.totp_invalid",
        S,
        P,
        "Invalid verification code for {user}",
        "sshd(pam_google_authenticator)[{pid}]: Invalid verification code for {user}",
        "pam_google_authenticator: Trying to reuse a previously used time-based code. Retry again in 30 seconds.",
    ),
    sa(
        "pam.auth_not_identify",
        "sudo su",
        P,
        "pam_unix(sudo:auth): auth could not identify password for [{user}]",
        "pam_unix(su:auth): authentication failure; logname={user} uid={uid} euid=0 tty=pts/{small} ruser={user} "
        "rhost=  user=root",
    ),
    ua(
        "pam.session_opened",
        S,
        P,
        "pam_unix(sshd:session): session opened for user {user}(uid={uid}) by (uid=0)",
        "pam_unix(sshd:session): session opened for user {user} by (uid=0)",
        "pam_unix(login:session): session opened for user {user}(uid={uid}) by LOGIN(uid=0)",
    ),
    ua(
        "pam.session_closed",
        S,
        P,
        "pam_unix(sshd:session): session closed for user {user}",
        "pam_unix(login:session): session closed for user {user}",
        "pam_unix(systemd-user:session): session closed for user {user}",
    ),
    ua(
        "pam.su_session",
        "su sudo",
        P,
        "pam_unix(su:session): session opened for user root(uid=0) by {user}(uid={uid})",
        "pam_unix(sudo:session): session opened for user root(uid=0) by {user}(uid={uid})",
        "pam_unix(sudo-i:session): session opened for user root(uid=0) by {user}(uid={uid})",
    ),
    ua(
        "pam.password_changed",
        "passwd chpasswd",
        P,
        "pam_unix(passwd:chauthtok): password changed for {user}",
        "pam_unix(chpasswd:chauthtok): password changed for {user}",
        "pam_sss(passwd:chauthtok): User info message: Password change for {user} succeeded",
    ),
    ua(
        "pam.sss_success",
        S,
        P,
        "pam_sss(sshd:auth): authentication success; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip} user={user}",
        "pam_sss(login:auth): authentication success; logname=LOGIN uid=0 euid=0 tty=tty1 ruser= rhost= user={user}",
        "Accepted google_authenticator for {user}",
    ),
    sn(
        "pam.mkhomedir",
        S,
        P,
        "pam_mkhomedir(sshd:session): Creating directory '/home/{user}'.",
        "pam_mkhomedir(login:session): Creating directory '/home/{user}'.",
        "oddjob-mkhomedir: Creating home directory for {user}.",
    ),
    er(
        "pam.sss_service",
        S,
        P,
        "pam_sss(sshd:auth): received for user {user}: 9 (Authentication service cannot retrieve authentication info)",
        "pam_sss(sshd:auth): Request to sssd failed. Connection refused",
        "pam_sss(sshd:account): Request to sssd failed. Timer expired",
    ),
    er(
        "pam.systemd_session",
        S,
        P,
        "pam_systemd(sshd:session): Failed to create session: Connection timed out",
        "pam_systemd(sshd:session): Failed to release session: Interrupted system call",
        "pam_systemd(su:session): Cannot create session: Already running in a session or user slice",
    ),
    er(
        "pam.env_file",
        S,
        P,
        "pam_env(sshd:session): Unable to open env file: /etc/default/locale: No such file or directory",
        "pam_env(sudo:session): Unable to open config file: /etc/security/pam_env.conf: No such file or directory",
    ),
    er(
        "pam.limits_set",
        S,
        P,
        "pam_limits(sshd:session): Could not set limit for 'nofile' to soft={n}, hard={n2}: Operation not permitted; "
        "uid={uid},euid=0",
        "pam_limits(sudo:session): invalid line '{user} hard nproc' - skipped",
        "pam_limits(sshd:session): unknown limit item 'nofiles'",
    ),
    er(
        "pam.ldap_unreachable",
        S,
        P,
        "pam_ldap(sshd:auth): ldap_simple_bind Can't contact LDAP server",
        "pam_ldap(sshd:account): error reading from nslcd: Connection reset by peer",
        "pam_unix(sshd:auth): unix_chkpwd abnormal exit: {small}",
    ),
    er(
        "pam.conversation",
        "sudo su",
        P,
        "pam_unix(sudo:auth): conversation failed",
        "PAM audit_log_acct_message() failed: Operation not permitted",
        "pam_lastlog(login:session): unable to open /var/log/lastlog: Permission denied",
    ),
    ce(
        "pam.dlopen",
        S,
        P,
        "PAM unable to dlopen(/lib/x86_64-linux-gnu/security/pam_{tally2|cracklib|fprintd}.so): "
        "/lib/x86_64-linux-gnu/security/pam_{tally2|cracklib|fprintd}.so: cannot open shared object file: "
        "No such file or directory",
        "PAM adding faulty module: /lib/x86_64-linux-gnu/security/pam_{tally2|cracklib|fprintd}.so",
        "PAM unable to dlopen(/usr/lib64/security/pam_sss.so): /usr/lib64/security/pam_sss.so: cannot open shared "
        "object "
        "file: No such file or directory",
    ),
    ce(
        "pam.no_config",
        S,
        P,
        "PAM _pam_init_handlers: could not open /etc/pam.d/other",
        "PAM (sshd) illegal module type: sesion",
        "PAM pam_parse: expecting return value; [...success=ok]",
    ),
    ru(
        "pam.limits_logins",
        S,
        P,
        "pam_limits(sshd:session): Too many logins (max {small}) for {user}",
        "pam_limits(login:session): Too many system logins (max {n})",
    ),
]
