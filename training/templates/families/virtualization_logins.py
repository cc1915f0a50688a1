"""VMware ESXi hostd and vCenter logins: the rejected and accepted passwords of the host client, the SSH and
API sessions that SIEM rules for ESXi brute force read.

Phrasings follow hostd's log lines as VMware's KB articles and the ESXi syslog show them ("Rejected password for
user root from 10.0.0.5", "Accepted password for user root from 10.0.0.5", "[Originator@6876 sub=Default
opID=esxui-...]" in front, level `warning` / `info`) and vCenter's vpxd event texts ("Cannot login user@ip:
no permission", "User root@10.0.0.5 logged in as ...", "User root@10.0.0.5 logged out").
"""

from training.templates.families._kit import SEC, UA, maker

FAMILY = "virtualization"
_HOSTD = "hostd[{pid}] [Originator@6876 sub=Default opID=esxui-{hex4}-{hex4}] "
esx = maker("virtualization", sources="hostd esxi", prefixes="none syslog", proc="hostd")

TEMPLATES = [
    esx(
        SEC,
        "esxi.rejected_password",
        "warning " + _HOSTD + "Rejected password for user {user} from {ip}",
        "{ts} warning " + _HOSTD + "Rejected password for user root from {ip}",
        "Rejected password for user {user} from {ip}",
        sev="warn",
    ),
    esx(
        SEC,
        "vcenter.cannot_login",
        "Cannot login {user}@{ip}: no permission",
        "Cannot login {user}@{ip}: incorrect user name or password",
        sources="vpxd vcenter",
        sev="warn",
    ),
    esx(
        UA,
        "esxi.accepted_password",
        "info " + _HOSTD + "Accepted password for user {user} from {ip}",
        "{ts} info " + _HOSTD + "Accepted password for user root from {ip}",
        sev="info",
    ),
    esx(
        UA,
        "vcenter.user_logged_in_out",
        "User {user}@{ip} logged in as VMware vim-java 1.0",
        "User {user}@{ip} logged out (login time: {ts}, number of API invocations: {small}, user agent: pyvmomi "
        "Python/3.{small})",
        sources="vpxd vcenter",
        sev="info",
    ),
]
