"""Network infrastructure services on cluster nodes: autofs automount (beyond node_daemons.py), classic ntpd 4.2.4,
tftpd-hpa (beyond nfs_rpc.py) and the OpenSM InfiniBand subnet manager (beyond hpc_ras*.py); each template keeps
the family its daemon already has (node_daemons, timesync_dhcp, nfs_rpc, hpc_ras).

Phrasings come from: Distrotech/autofs (97b24d8) modules/lookup_yp.c, lookup_ldap.c, lookup_sss.c ("lookup(yp):
lookup for %s failed: %s", "lookup for %s failed: connection failed"), modules/mount_nfs.c ("mount(nfs): nfs: mount
failure %s on %s", "no hosts available"), lib/mounts.c ("mounted %s on %s with timeout %u, freq %u seconds"),
daemon/automount.c ("Starting automounter version %s, master map %s", "re-reading master map %s", "expired %s",
"shut down path %s"), daemon/indirect.c ("umounted indirect mount %s", "failed to mount %s", "failed to mount
autofs path %s at %s", "failed to load map, exiting") and daemon/direct.c ("expected direct map, exiting");
ntp-project/ntp at 33dfd7d (the 4.2.4 line, before ad3f0b8 replaced these texts) ntpd/ntp_proto.c ("synchronized to
%s, stratum %d", "no servers reachable"), ntpd/ntp_loopfilter.c ("time reset %+.6f s", "kernel time sync status
change %04x", "frequency error %.0f PPM exceeds tolerance %.0f PPM"), ntpd/ntp_io.c ("Listening on interface #%d %s,
%s#%d %s", "sendto(%s) (fd=%d): %m", "unable to bind to wildcard socket address %s - another process may be
running - EXITING"; the newer "unable to bind to wildcard address %s ..." from HEAD 9c75327) and ntpd/ntpd.c
("ntpd exiting on signal %d"); hpax/tftp-hpa tftpd/tftpd.c ("cannot bind to local IPv4 socket: %m", "cannot bind to
local IPv6 socket: %m", "connection refused from %s", "connect from %s", "cannot drop privileges: %m", "cannot open
pid file '%s' for writing: %m"); linux-rdma/opensm (fa74b98) libopensm/osm_log.c (OSM_LOG_SYS lines to syslog as
"OpenSM", "%s log file opened", "Cannot open file '%s' for %s: %s"), include/opensm/osm_log.h (OSM_LOG's "%s: "
function prefix), opensm/osm_opensm.c (the "OpenSM %s" version line), osm_sm.c ("Exiting SM"),
osm_sm_state_mgr.c ("Entering %s state" with osm_helper.c's NOTACTIVE), osm_state_mgr.c ("SM port is down",
"Errors during initialization"), osm_sminfo_rcv.c ("Found remote SM (%s) with non-matching sm_key"),
osm_node_info_rcv.c ("Errors on subnet. Duplicate GUID found by link from a port to itself. See verbose opensm.log
for more details"), osm_lid_mgr.c ("FATAL: Error restoring Guid-to-Lid persistent database"), osm_sa.c ("ERR 4C02:
Can't open sa db file '%s'. Skip restoring"), osm_ucast_file.c ("ERR 6302: Can't open ucast dump file '%s': %m") and
osm_ucast_ftree.c ("Fat-tree routing: Memory allocation failed").

Labels: a lookup or NFS mount that failed, no reachable time server, a tftpd request that could not be served and an
OpenSM file that could not be read are Error; automount, ntpd or tftpd unable to start and the subnet manager's port
down or a fatal subnet error are Critical Error; mounts, expiries, clock synchronisation and steps are System
Notification; a remote SM with the wrong sm_key and a refused tftp client are Security Alert.
"""

from functools import partial

from training.templates.families._kit import CRIT, ERR, SEC, SN, maker
from training.templates.families.hpc_ras import FAMILY as HPC_RAS
from training.templates.families.nfs_rpc import FAMILY as NFS_RPC
from training.templates.families.node_daemons import FAMILY as FAMILY
from training.templates.families.timesync_dhcp import FAMILY as TIMESYNC
from training.values import register

t = maker("node_daemons", sources="automount", prefixes="syslog journal", proc="automount")
ntp = partial(maker("timesync_dhcp", sources="ntpd", prefixes="syslog journal", proc="ntpd"), family=TIMESYNC)
tftp = partial(maker("nfs_rpc", sources="tftpd", prefixes="syslog journal", proc="in.tftpd"), family=NFS_RPC)
osm = partial(maker("hpc_ras", sources="opensm", prefixes="syslog journal", proc="OpenSM"), family=HPC_RAS)

register(
    {
        "ntp_offset": lambda r: f"{r.choice('+-')}{r.choice((0, 0, 0, 1, 2))}.{r.randrange(10**6):06d}",
        "nfs_srv": lambda r: r.choice(("nfs01", "filer2", "home-nfs", "10.2.0.20", "scratchsrv")),
        "osm_ver": lambda r: r.choice(
            ("3.3.24", "3.3.23", "3.3.21", "5.17.2.MLNX20240610.dc7c2998", "5.7.2.MLNX20201014")
        ),
    }
)

TEMPLATES = [
    t(
        ERR,
        "automount_lookup",
        "lookup(yp): lookup for {user} failed: Can't bind to server which serves this domain",
        "lookup(ldap): lookup for {user} failed: connection failed",
        "lookup(sss): lookup for {user} failed: connection failed",
        sev="warn error",
    ),
    t(
        ERR,
        "automount_mount_failed",
        "mount(nfs): nfs: mount failure {nfs_srv}:{nfs_export}/{user} on /home/{user}",
        "failed to mount /home/{user}",
        "mount(nfs): no hosts available",
        sev="info",
    ),
    t(
        SN,
        "automount_mounted",
        "mounted indirect on /home with timeout 300, freq 75 seconds",
        "mounted direct on /{scratch|apps|project} with timeout {600|300}, freq {150|75} seconds",
        "expired /home/{user}",
        "umounted indirect mount /net",
        sev="info",
    ),
    t(
        SN,
        "automount_lifecycle",
        "Starting automounter version 5.{0.7|1.4|1.7}, master map auto.master",
        "re-reading master map auto.master",
        "shut down path /home",
        sev="info",
    ),
    t(
        CRIT,
        "automount_fatal",
        "failed to mount autofs path /home at /home",
        "failed to load map, exiting",
        "expected direct map, exiting",
        sev="crit error",
    ),
    ntp(
        SN,
        "ntpd_synchronized",
        "synchronized to {ip}, stratum {small}",
        "synchronized to LOCAL(0), stratum 10",
        "kernel time sync status change {2001|0001|6001|4001}",
        sev="info",
    ),
    ntp(
        SN,
        "ntpd_reset",
        "time reset {ntp_offset} s",
        "Listening on interface #{small} {iface}, {ip}#123 Enabled",
        "ntpd exiting on signal {15|15|2}",
        sev="notice info",
    ),
    ntp(
        ERR,
        "ntpd_unreachable",
        "no servers reachable",
        "sendto({ip}) (fd={small}): Network is unreachable",
        "frequency error {512|620|800} PPM exceeds tolerance 500 PPM",
        sev="error",
    ),
    ntp(
        CRIT,
        "ntpd_bind",
        "unable to bind to wildcard socket address 0.0.0.0 - another process may be running - EXITING",
        "unable to bind to wildcard address :: - another process may be running - EXITING",
        sev="crit error",
    ),
    tftp(
        SN,
        "tftpd_connect",
        "connect from {ip}",
        "connect from ::ffff:{ip}",
        sev="info",
    ),
    tftp(
        SEC,
        "tftpd_refused",
        "connection refused from {ip}",
        "connection refused from ::ffff:{ip}",
        sev="warn",
    ),
    tftp(
        ERR,
        "tftpd_failed",
        "cannot drop privileges: Operation not permitted",
        "cannot open pid file '/var/run/tftpd.pid' for writing: Permission denied",
        "cannot set groups for user tftp",
        sev="error",
    ),
    tftp(
        CRIT,
        "tftpd_bind",
        "cannot bind to local IPv4 socket: Address already in use",
        "cannot bind to local IPv6 socket: Address already in use",
        "cannot bind to local IPv4 socket: Cannot assign requested address",
        sev="error",
    ),
    osm(
        SN,
        "opensm_lifecycle",
        "OpenSM {osm_ver}",
        "/var/log/opensm.log log file opened",
        "Exiting SM",
        "Entering NOTACTIVE state",
        sev="info notice",
    ),
    osm(
        SEC,
        "opensm_sm_key",
        "Found remote SM (LID {n}) with non-matching sm_key",
        "Found remote SM (0,1,{small},{small2}) with non-matching sm_key",
        sev="info",
    ),
    osm(
        ERR,
        "opensm_errors",
        "Errors during initialization",
        "osm_sa_db_file_load: ERR 4C02: Can't open sa db file '/var/cache/opensm/opensm-sa.dump'. Skip restoring",
        "do_ucast_file_load: ERR 6302: Can't open ucast dump file '/etc/opensm/lfts.dump': No such file or directory",
        "Fat-tree routing: Memory allocation failed",
        sev="info error",
    ),
    osm(
        CRIT,
        "opensm_fatal",
        "SM port is down",
        "Errors on subnet. Duplicate GUID found by link from a port to itself. See verbose opensm.log for more details",
        "FATAL: Error restoring Guid-to-Lid persistent database",
        "Cannot open file '/var/log/opensm.log' for writing: Read-only file system",
        sev="info crit",
    ),
]
