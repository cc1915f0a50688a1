"""shadow-utils account tools that run beside PAM (useradd, userdel, usermod, groupadd, passwd, chage, chpasswd),

as they log to authpriv/syslog.

Phrasings follow shadow-utils' src/useradd.c ("new user: name=..., UID=..., GID=..., home=..., shell=...,
from=...", "new group: name=..., GID=..."), userdel.c ("delete user '...'", "removed group '...' owned by
'...'"), usermod.c ("add '...' to group '...'", "change user '...' shell from '...' to '...'", "lock user
'...' password"), groupadd.c ("group added to /etc/group: name=..., GID=..."), chsh.c ("changed user ...
shell to ..."), gpasswd.c ("user ... added by ... to group ..."), crontab(1)'s "installing new crontab" and
the failures passwd reports through PAM.
"""

from training.templates.families._labels import er, sa, sn, ua

FAMILY = "pam"

P = "syslog journal"

TEMPLATES = [
    ua(
        "pam.useradd",
        "useradd",
        P,
        "new user: name={user}, UID={uid}, GID={uid}, home=/home/{user}, shell=/bin/bash, from=/dev/pts/{small}",
        "new group: name={user}, GID={uid}",
        "new user: name={user}, UID={uid}, GID={uid}, home=/home/{user}, shell=/bin/sh, from=none",
        proc="useradd",
    ),
    ua(
        "pam.userdel",
        "userdel",
        P,
        "delete user '{user}'",
        "removed group '{user}' owned by '{user}'",
        "removed shadow group '{user}' owned by '{user}'",
        proc="userdel",
    ),
    ua(
        "pam.usermod",
        "usermod",
        P,
        "add '{user}' to group '{docker|audio|video|plugdev|developers}'",
        "add '{user}' to shadow group '{docker|developers|users}'",
        "change user '{user}' shell from '/bin/sh' to '/bin/bash'",
        "lock user '{user}' password",
        proc="usermod",
    ),
    ua(
        "pam.groupadd",
        "groupadd",
        P,
        "group added to /etc/group: name={svc|developers|backup}, GID={uid}",
        "group added to /etc/gshadow: name={svc|developers|backup}",
        "new group: name={developers|backup}, GID={uid}",
        proc="groupadd",
    ),
    sa(
        "pam.passwd_failed",
        "passwd",
        P,
        "pam_unix(passwd:chauthtok): authentication failure; logname={user} uid={uid} euid=0 tty=pts/{small} "
        "ruser= rhost=  user={user}",
        "User not known to the underlying authentication module",
        proc="passwd",
    ),
    er(
        "pam.useradd_failed",
        "useradd",
        P,
        "failed adding user '{user}', exit code: {small}",
        "cannot lock /etc/passwd; try again later.",
        "useradd: user '{user}' already exists",
        proc="useradd",
    ),
    ua(
        "pam.chsh_gpasswd",
        "chsh gpasswd",
        P,
        "changed user '{user}' shell to '/bin/{zsh|bash|fish}'",
        "user {user} added by root to group {docker|developers|audio}",
        "members of group {docker|developers} set by root to {user},{user2}",
        proc="chsh",
    ),
    sn(
        "pam.crontab_install",
        "crontab",
        "none syslog",
        "crontab: installing new crontab",
        "crontab: no changes made to crontab",
        proc="crontab",
    ),
]
