"""sudo and su: the sudoers plugin's log lines (command, denial, parse errors) and util-linux su.

Phrasings follow sudo's plugins/sudoers/logging.c (the "user : TTY=... ; PWD=... ; USER=... ;
COMMAND=..." format and its reasons "user NOT in sudoers", "incorrect password attempts", "command
not allowed", "a password is required"), sudoers parse errors (gram.y, "parse error in ... near line"),
sudo's "unable to resolve host" and util-linux su's "FAILED SU" / "(to root)" messages.
"""

from training.templates.families._labels import ce, er, sa, ua

FAMILY = "sudo"

P = "syslog journal"

_CMD = (
    "{/usr/bin/systemctl restart nginx|/usr/bin/apt-get update|/usr/bin/journalctl -u docker|/bin/cat /var/log/syslog"
    "|/usr/bin/docker ps|/usr/sbin/reboot|/usr/bin/vim /etc/hosts}"
)
_TAIL = "TTY=pts/{small} ; PWD=/home/{user} ; USER=root ; COMMAND="

TEMPLATES = [
    ua(
        "sudo.command",
        "sudo",
        P,
        f"{{user}} : {_TAIL}{_CMD}",
        f"{{user}} : TTY=pts/{{small}} ; PWD=/home/{{user}} ; USER=root ; TSID=0000{{small}} ; COMMAND={_CMD}",
        f"   {{user}} : {_TAIL}{_CMD}",
        proc="sudo",
    ),
    ua(
        "sudo.command_runas",
        "sudo",
        P,
        "{user} : TTY=pts/{small} ; PWD=/srv/app ; USER={postgres|www-data|deploy} ; COMMAND=/usr/bin/psql -l",
        "{user} : TTY=pts/{small} ; PWD=/home/{user} ; USER=root ; ENV=DEBIAN_FRONTEND=noninteractive ; "
        "COMMAND=/usr/bin/apt-get -y upgrade",
        proc="sudo",
    ),
    ua(
        "sudo.command_automation",
        "sudo",
        P,
        "{nagios|zabbix|telegraf} : TTY=unknown ; PWD=/ ; USER=root ; "
        "COMMAND=/usr/lib/nagios/plugins/check_{disk|raid|smart}",
        "{ansible|deploy} : PWD=/home/{ansible|deploy} ; USER=root ; COMMAND=/bin/sh -c echo BECOME-SUCCESS-{hex16}",
        proc="sudo",
    ),
    sa(
        "sudo.not_in_sudoers",
        "sudo",
        P,
        f"{{user}} : user NOT in sudoers ; {_TAIL}{_CMD}",
        "{user} : user NOT in sudoers ; TTY=pts/{small} ; PWD=/tmp ; USER=root ; COMMAND=/bin/su -",
        "{user} is not in the sudoers file.  This incident will be reported.",
        proc="sudo",
    ),
    sa(
        "sudo.incorrect_password",
        "sudo",
        P,
        f"{{user}} : {{small}} incorrect password attempts ; {_TAIL}{_CMD}",
        f"{{user}} : 1 incorrect password attempt ; {_TAIL}{_CMD}",
        "{user} : 3 incorrect password attempts ; TTY=pts/{small} ; PWD=/root ; USER=root ; COMMAND=/bin/bash",
        proc="sudo",
    ),
    sa(
        "sudo.command_not_allowed",
        "sudo",
        P,
        f"{{user}} : command not allowed ; {_TAIL}{_CMD}",
        "{user} : command not allowed ; TTY=pts/{small} ; PWD=/tmp ; USER=root ; COMMAND=/usr/bin/passwd root",
        "Sorry, user {user} is not allowed to execute '/bin/bash' as root on {host}.",
        proc="sudo",
    ),
    sa(
        "sudo.password_required",
        "sudo",
        P,
        "{user} : a password is required ; TTY=unknown ; PWD=/ ; USER=root ; COMMAND=/usr/bin/id",
        "{user} : user NOT authorized on host ; TTY=pts/{small} ; PWD=/home/{user} ; USER=root ; COMMAND=/bin/sh",
        "{user} : no tty present and no askpass program specified ; TTY=unknown ; PWD=/ ; USER=root ; "
        "COMMAND=/bin/bash",
        proc="sudo",
    ),
    sa(
        "sudo.pam_auth_failure",
        "sudo",
        P,
        "pam_unix(sudo:auth): authentication failure; logname={user} uid={uid} euid=0 tty=/dev/pts/{small} "
        "ruser={user} rhost=  user={user}",
        "pam_sss(sudo:auth): authentication failure; logname={user} uid={uid} euid=0 tty=/dev/pts/{small} "
        "ruser={user} rhost= user={user}",
        proc="sudo",
    ),
    sa(
        "sudo.su_failed",
        "su",
        P,
        "FAILED SU (to root) {user} on pts/{small}",
        "FAILED SU (to {postgres|oracle|root}) {user} on pts/{small}",
        "- pts/{small} {user}:root",
        proc="su",
    ),
    sa(
        "sudo.sudoers_perms",
        "sudo",
        P,
        "/etc/sudoers.d/{90-cloud-init-users|README|deploy} is world writable",
        "/etc/sudoers.d/{deploy|ops} is owned by uid {uid}, should be 0",
        "/etc/sudoers is mode 0666, should be 0440",
        proc="sudo",
    ),
    ua(
        "sudo.su_success",
        "su",
        P,
        "(to root) {user} on pts/{small}",
        "(to {postgres|oracle}) {user} on pts/{small}",
        "+ pts/{small} {user}:root",
        "Successful su for root by {user}",
        proc="su",
    ),
    ua(
        "sudo.sudoedit",
        "sudo",
        P,
        "{user} : TTY=pts/{small} ; PWD=/etc ; USER=root ; COMMAND=sudoedit /etc/{hosts|fstab|nginx/nginx.conf}",
        "{user} : TTY=pts/{small} ; PWD=/home/{user} ; USER=root ; COMMAND=/usr/sbin/visudo",
        proc="sudo",
    ),
    er(
        "sudo.resolve_host",
        "sudo",
        P,
        "unable to resolve host {host}: Name or service not known",
        "unable to resolve host {host}: Temporary failure in name resolution",
        proc="sudo",
    ),
    er(
        "sudo.pam_account",
        "sudo",
        P,
        "PAM account management error: Authentication service cannot retrieve authentication info",
        "pam_open_session: System error",
        "policy plugin failed session initialization",
        "unable to send audit message: Operation not permitted",
        proc="sudo",
    ),
    er(
        "sudo.timestamp",
        "sudo",
        P,
        "unable to open /run/sudo/ts/{user}: Read-only file system",
        "unable to open /var/log/sudo-io/seq: Permission denied",
        "unable to connect to log server {host}:30344: Connection refused",
        proc="sudo",
    ),
    ce(
        "sudo.parse_error",
        "sudo",
        P,
        "parse error in /etc/sudoers near line {n}",
        "/etc/sudoers.d/{deploy|ops}:{small}:{small2}: syntax error",
        "no valid sudoers sources found, quitting",
        "unable to initialize policy plugin",
        proc="sudo",
    ),
    ce(
        "sudo.setuid",
        "sudo",
        P,
        "/usr/bin/sudo must be owned by uid 0 and have the setuid bit set",
        "effective uid is not 0, is /usr/bin/sudo on a file system with the 'nosuid' option set or an NFS file "
        "system without root privileges?",
        proc="sudo",
    ),
]
