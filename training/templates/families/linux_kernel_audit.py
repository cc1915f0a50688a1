"""Linux audit records (auditd's /var/log/audit/audit.log and the kernel's audit: lines) for logins, PAM
authentication, account changes and abnormal process ends.

Record layouts follow the Linux audit userspace (audit-userspace's lib/msg_typetab.h record types USER_LOGIN,
USER_AUTH, USER_ACCT, ADD_USER, DEL_USER, ADD_GROUP, USER_CHAUTHTOK, SERVICE_START, SERVICE_STOP, ANOM_ABEND,
ANOM_PROMISCUOUS) and the fields pam_loginuid / libaudit's audit_log_acct_message() write (op=, acct=, exe=,
hostname=, addr=, terminal=, res=success|failed), as shown in Red Hat's "Understanding Audit Log Files".
"""

from training.templates.families._labels import er, sa, sn, ua

# The family's name from linux_kernel; importing it also registers the placeholders used here ({kern_comm}).
from training.templates.families.linux_kernel import FAMILY as FAMILY
from training.values import register

register(
    {"au_ts": lambda r: f"{r.randrange(1_700_000_000, 1_760_000_000)}.{r.randrange(1000):03d}:{r.randrange(1, 99999)}"}
)

P = "none"
S = "auditd"
_H = "type={t} msg=audit({{au_ts}}): pid={{pid}} uid=0 auid={{uid}} ses={{small}} subj=unconfined msg='"


def _h(t: str) -> str:
    return _H.format(t=t)


TEMPLATES = [
    ua(
        "audit.user_login_ok",
        S,
        P,
        _h("USER_LOGIN") + 'op=login id={uid} exe="/usr/sbin/sshd" hostname={ip} addr={ip} terminal=/dev/pts/{small} '
        "res=success'",
        _h("USER_LOGIN") + 'op=login id={uid} exe="/usr/sbin/sshd" hostname=? addr={ip} terminal=ssh res=success\'',
    ),
    ua(
        "audit.user_auth_ok",
        S,
        P,
        _h("USER_AUTH") + 'op=PAM:authentication grantors=pam_unix acct="{user}" exe="/usr/bin/sudo" hostname=? '
        "addr=? terminal=/dev/pts/{small} res=success'",
        _h("USER_AUTH") + 'op=PAM:authentication grantors=pam_sss acct="{user}" exe="/usr/sbin/sshd" hostname={ip} '
        "addr={ip} terminal=ssh res=success'",
    ),
    ua(
        "audit.add_user",
        S,
        P,
        _h("ADD_USER") + 'op=add-user id={uid} exe="/usr/sbin/useradd" hostname=? addr=? terminal=pts/{small} '
        "res=success'",
        _h("ADD_GROUP") + 'op=add-group id={uid} exe="/usr/sbin/groupadd" hostname=? addr=? terminal=pts/{small} '
        "res=success'",
    ),
    ua(
        "audit.del_user",
        S,
        P,
        _h("DEL_USER") + 'op=delete-user id={uid} exe="/usr/sbin/userdel" hostname=? addr=? terminal=pts/{small} '
        "res=success'",
        _h("DEL_GROUP") + 'op=delete-group id={uid} exe="/usr/sbin/groupdel" hostname=? addr=? terminal=pts/{small} '
        "res=success'",
    ),
    ua(
        "audit.chauthtok",
        S,
        P,
        _h("USER_CHAUTHTOK") + 'op=PAM:chauthtok grantors=pam_pwquality,pam_unix acct="{user}" exe="/usr/bin/passwd" '
        "hostname=? addr=? terminal=pts/{small} res=success'",
        _h("USER_MGMT") + 'op=changing-password id={uid} exe="/usr/bin/passwd" hostname=? addr=? terminal=pts/{small} '
        "res=success'",
    ),
    sa(
        "audit.user_auth_failed",
        S,
        P,
        _h("USER_AUTH") + 'op=PAM:authentication grantors=? acct="{user}" exe="/usr/sbin/sshd" hostname={ip} '
        "addr={ip} terminal=ssh res=failed'",
        _h("USER_LOGIN") + 'op=login acct="{user}" exe="/usr/sbin/sshd" hostname=? addr={ip} terminal=sshd '
        "res=failed'",
        _h("USER_AUTH") + 'op=PAM:authentication grantors=? acct="root" exe="/usr/bin/su" hostname=? addr=? '
        "terminal=/dev/pts/{small} res=failed'",
    ),
    sa(
        "audit.user_acct_failed",
        S,
        P,
        _h("USER_ACCT") + 'op=PAM:accounting grantors=? acct="{user}" exe="/usr/sbin/sshd" hostname={ip} addr={ip} '
        "terminal=ssh res=failed'",
        _h("USER_ERR") + 'op=PAM:bad_ident grantors=? acct="?" exe="/usr/sbin/sshd" hostname={ip} addr={ip} '
        "terminal=ssh res=failed'",
    ),
    sa(
        "audit.promiscuous",
        S,
        P,
        "type=ANOM_PROMISCUOUS msg=audit({au_ts}): dev={iface} prom=256 old_prom=0 auid={uid} uid=0 gid=0 ses={small}",
        "audit: type=1700 audit({au_ts}): dev={iface} prom=256 old_prom=0 auid={uid} uid=0 gid=0 ses={small}",
    ),
    sn(
        "audit.service_start",
        S,
        P,
        "type=SERVICE_START msg=audit({au_ts}): pid=1 uid=0 auid=4294967295 ses=4294967295 subj=system_u:system_r:"
        'init_t:s0 msg=\'unit={unit} comm="systemd" exe="/usr/lib/systemd/systemd" hostname=? addr=? terminal=? '
        "res=success'",
        "type=SERVICE_STOP msg=audit({au_ts}): pid=1 uid=0 auid=4294967295 ses=4294967295 msg='unit={unit} "
        'comm="systemd" exe="/usr/lib/systemd/systemd" hostname=? addr=? terminal=? res=success\'',
    ),
    sn(
        "audit.daemon",
        S,
        P,
        "type=DAEMON_START msg=audit({au_ts}): op=start ver=3.{small}.{small2} format=enriched kernel={kver} auid="
        "4294967295 pid={pid} uid=0 ses=4294967295 res=success",
        "type=CONFIG_CHANGE msg=audit({au_ts}): op=set audit_backlog_limit=8192 old=64 auid=4294967295 ses=4294967295 "
        "res=1",
    ),
    er(
        "audit.anom_abend",
        S,
        P,
        'type=ANOM_ABEND msg=audit({au_ts}): auid={uid} uid={uid} gid={uid} ses={small} pid={pid} comm="{kern_comm}" '
        'exe="/usr/bin/{kern_comm}" sig=11 res=1',
        'audit: type=1701 audit({au_ts}): auid={uid} uid={uid} gid={uid} ses={small} pid={pid} comm="{kern_comm}" '
        'exe="/usr/bin/{kern_comm}" sig=6 res=1',
    ),
]
