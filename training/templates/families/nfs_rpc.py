"""User-space RPC and boot services of an NFS-served cluster: rpcbind, rpc.statd / sm-notify, rpc.mountd,
rpc.idmapd and tftpd-hpa (the kernel side of NFS is linux_kernel_nfs.py; mountd's mount/unmount request lines are
in storage_san*.py).

Phrasings follow nfs-utils (github.com/linux-nfs/nfs-utils): utils/statd/statd.c ("Version %s starting",
"failed to create RPC listeners, exiting"), utils/statd/sm-notify.c ("Version %s starting", "Backgrounding to notify
hosts...", "Unable to notify %s, giving up", "DNS resolution of %s failed; retrying later", "Already notifying
clients; Exiting!"), utils/statd/monitor.c ("SM_MON/SM_UNMON call from non-local host %s", "SM_MON request for
hostname containing '/' or starting '.': %s", "POSSIBLE SPOOF/ATTACK ATTEMPT!", "STAT_FAIL to %s for SM_MON of
%s", "No canonical hostname found for %s"), utils/mountd/mountd.c ("Caught signal %d, un-registering and exiting.",
"mountd: no more workers, exiting", "RPC service loop terminated unexpectedly. Exiting...", "can't stat exported
dir %s: %s", "request to export an unmounted filesystem: %s") and utils/idmapd/idmapd.c ("New client: %s", "Stale
client: %s", "Opened %s", "exiting on signal %d", "nfsdcb: write(%s) failed: errno %d (%s)", "main: Neither NFS
client nor NFSd found"); rpcbind (github.com/okirch/rpcbind): src/security.c logit()'s "connect from %s to
%s(%s)%s" with ": request from unauthorized host" / ": indirect call not allowed", src/rpcbind.c ("cannot bind %s
on %s: %m", "could not register on %s", 'rpcbind terminating on signal. Restart with "rpcbind -w"'); tftpd-hpa
(github.com/hpax/tftp-hpa tftpd/tftpd.c): "%s from %s filename %s", "... remapped to %s", "sending NAK (%d, %s)
to %s".
"""

from training.templates.families._kit import CRIT, ERR, SEC, SN, maker
from training.values import register

FAMILY = "nfs_rpc"
t = maker("nfs_rpc", sources="rpc.statd", prefixes="syslog journal", proc="rpc.statd")

register(
    {
        "nfs_export": lambda r: r.choice(("/export/home", "/export/apps", "/scratch", "/srv/nfs/projects", "/opt/sw")),
        "rpc_prog": lambda r: r.choice(("mountd", "nfs", "nlockmgr", "status", "portmapper", "rquotad")),
        "tftp_file": lambda r: r.choice(
            (
                "pxelinux.0",
                "pxelinux.cfg/default",
                "lpxelinux.0",
                "grubx64.efi",
                "shimx64.efi",
                "images/rocky9/vmlinuz",
                "images/rocky9/initrd.img",
                "ldlinux.c32",
            )
        ),
    }
)

TEMPLATES = [
    t(
        SN,
        "statd_start",
        "Backgrounding to notify hosts...",
        "Already notifying clients; Exiting!",
        proc="sm-notify",
        sev="notice info",
    ),
    t(
        SN,
        "statd_version",
        "Version 2.{small}.{small} starting",
        "Version 1.3.{small} starting",
        sev="notice info",
    ),
    t(
        ERR,
        "statd_notify_fail",
        "Unable to notify {host}, giving up",
        "DNS resolution of {host} failed; retrying later",
        proc="sm-notify",
        sev="notice warn",
    ),
    t(
        ERR,
        "statd_stat_fail",
        "STAT_FAIL to {host} for SM_MON of {ip}",
        "No canonical hostname found for {host}",
        sev="warn",
    ),
    t(
        SEC,
        "statd_spoof",
        "SM_MON/SM_UNMON call from non-local host {ip}",
        "SM_MON request for hostname containing '/' or starting '.': ../../{host}",
        "POSSIBLE SPOOF/ATTACK ATTEMPT!",
        sev="warn error",
    ),
    t(
        CRIT,
        "statd_fatal",
        "failed to create RPC listeners, exiting",
        "RPC service loop terminated unexpectedly. Exiting...",
        sources="rpc.statd rpc.mountd",
        proc=None,
    ),
    t(
        SN,
        "mountd_stop",
        "Caught signal {15|2}, un-registering and exiting.",
        "mountd: no more workers, exiting",
        proc="rpc.mountd",
        sev="notice info",
    ),
    t(
        ERR,
        "mountd_export",
        "can't stat exported dir {nfs_export}: No such file or directory",
        "request to export an unmounted filesystem: {nfs_export}",
        "can't open exported dir {nfs_export}: Stale file handle",
        proc="rpc.mountd",
        sev="warn",
    ),
    t(
        SN,
        "idmapd",
        "New client: clnt{hex4}",
        "Stale client: clnt{hex4}",
        "Opened /var/lib/nfs/rpc_pipefs/nfs/clnt{hex4}/idmap",
        "exiting on signal 15",
        proc="rpc.idmapd",
        sev="warn info",
    ),
    t(
        ERR,
        "idmapd_fail",
        "nfsdcb: write(/proc/net/rpc/nfs4.idtoname/channel) failed: errno 22 (Invalid argument)",
        "nfsdcb: write(/proc/net/rpc/nfs4.nametoid/channel) failed: errno 22 (Invalid argument)",
        "main: Neither NFS client nor NFSd found",
        proc="rpc.idmapd",
    ),
    t(
        SN,
        "rpcbind_connect",
        "connect from {ip} to getport/addr({rpc_prog})",
        "connect from 127.0.0.1 to set({rpc_prog})",
        "connect from {ip} to dump()",
        'rpcbind terminating on signal. Restart with "rpcbind -w"',
        proc="rpcbind",
        sources="rpcbind",
    ),
    t(
        SEC,
        "rpcbind_denied",
        "connect from {ip} to getport/addr({rpc_prog}): request from unauthorized host",
        "connect from {ip} to dump(): request from unauthorized host",
        "connect from {ip} to callit({rpc_prog}): indirect call not allowed",
        proc="rpcbind",
        sources="rpcbind",
    ),
    t(
        ERR,
        "rpcbind_bind",
        "cannot bind * on {udp|tcp|udp6|tcp6}: Address already in use",
        "could not register on {udp|tcp|udp6|tcp6}",
        proc="rpcbind",
        sources="rpcbind",
    ),
    t(
        SN,
        "tftp_request",
        "RRQ from {ip} filename {tftp_file}",
        "RRQ from ::ffff:{ip} filename {tftp_file}",
        "RRQ from {ip} filename /{tftp_file} remapped to {tftp_file}",
        "WRQ from {ip} filename {host}-confg",
        proc="in.tftpd",
        sources="tftpd",
        sev="notice info",
    ),
    t(
        ERR,
        "tftp_nak",
        "sending NAK (1, File not found) to {ip}",
        "sending NAK (1, File not found) to ::ffff:{ip}",
        "sending NAK (3, Disk full or allocation exceeded) to {ip}",
        proc="in.tftpd",
        sources="tftpd",
        sev="info",
    ),
]
