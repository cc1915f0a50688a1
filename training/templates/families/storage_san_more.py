"""More storage / SAN / NAS lines: kernel SCSI disk and Fibre Channel HBA (qla2xxx, lpfc) events, device-mapper
multipath, multipathd's path and map handling, iscsid's daemon and login results, the NFS server, Samba's nmbd and
smbd limits, LVM thin-pool monitoring, and NetApp ONTAP EMS events.

Phrasings follow the kernel's drivers/scsi/sd.c and scsi_logging ("[sdb] Attached SCSI disk", "Write Protect is off",
"tag#N FAILED Result: hostbyte=DID_TRANSPORT_DISRUPTED", "rejecting I/O to offline device"), scsi_dh_alua ("alua:
port group 01 state A non-preferred supports ..."), scsi_transport_fc ("blocked FC remote port time out: removing
target and saving binding"), qla2xxx ("LOOP UP detected (16 Gbps)", "LOOP DOWN detected", "Abort command issued
nexus=") and lpfc ("1303 Link Up Event", "1305 Link Down Event", "0203 Devloss timeout on WWPN"), dm-mpath ("Failing
path 8:16.", "Reinstating path 8:16.", "multipath round-robin: version 1.2.0 loaded"), multipath-tools' condlog texts
("start up", "path checkers start up", "add path (uevent)", "switch to path group #2", "Recovered to normal mode",
"failed in domap for addition of new path", "map in use"), open-iscsi ("iSCSI daemon with pid=... started!",
"login rejected: target error", "cannot make a connection to"), nfsd/mountd ("last server has exited, flushing
export cache", "authenticated unmount request", "RPC: Registered tcp transport module."), Samba's nmbd ("is now a
local master browser for workgroup") and smbd ("Too many open files, unable to open more!"), lvm2's dmeventd
("Monitoring thin pool", "WARNING: Thin pool ... data is now 80.00% full.") and NetApp's EMS catalogue
(wafl.vol.full, monitor.volume.nearlyFull, wafl.vol.autoSize.done, raid.rg.recons.start/done, raid.vol.failed,
raid.disk.predictiveFailure).
"""

from training.templates.families._kit import CRIT, ERR, RES, SN, maker
from training.templates.families.storage_san import FAMILY as FAMILY
from training.values import register

register(
    {
        "san_hctl": lambda r: f"{r.randrange(0, 8)}:0:{r.randrange(0, 4)}:{r.randrange(0, 16)}",
        "san_wwpn": lambda r: ":".join(f"{r.randrange(256):02x}" for _ in range(8)),
        "san_vol": lambda r: r.choice(("vol1", "vol_data", "nfs_home", "sql_logs", "vm_store01")),
        "san_svm": lambda r: r.choice(("svm1", "svm_nfs", "vs0", "svm_cifs")),
        "san_ems": lambda r: f"{r.choice(('cluster1', 'na01', 'fas8300'))}-0{r.randrange(1, 5)}",
        "san_disk": lambda r: f"{r.randrange(0, 3)}{r.choice('abcd')}.00.{r.randrange(0, 24)}",
    }
)

P = "syslog journal"
k = maker("storage_san", sources="kernel storage", prefixes=P, proc="kernel")
m = maker("storage_san", sources="multipathd storage", prefixes=P, proc="multipathd")
t = maker("storage_san", sources="iscsid storage", prefixes=P, proc="iscsid")
n = maker("storage_san", sources="netapp ontap", prefixes="syslog none", proc="ems")
_SD = "sd {san_hctl}: "
_QLA = "qla2xxx [0000:{pci}.{small}]-"
_LPFC = "lpfc 0000:{pci}.{small}: {small2}:"
_EMS = "[{san_ems}: "

TEMPLATES = [
    k(
        SN,
        "scsi.attach",
        _SD + "[sd{dev}] Attached SCSI disk",
        _SD + "[sd{dev}] Write Protect is off",
        _SD + "alua: port group 0{small} state A non-preferred supports TOlUSNA",
        "scsi {san_hctl}: Direct-Access     NETAPP   LUN C-Mode       9{small}00 PQ: 0 ANSI: 5",
    ),
    k(
        ERR,
        "scsi.io_failed",
        _SD + "[sd{dev}] tag#{n} FAILED Result: hostbyte=DID_TRANSPORT_DISRUPTED driverbyte=DRIVER_OK cmd_age={small}s",
        _SD + "[sd{dev}] tag#{n} CDB: Read(10) 28 00 00 {hex4} 00 00 00 08 00",
        _SD + "rejecting I/O to offline device",
        "rport-{small}:0-{small2}: blocked FC remote port time out: removing target and saving binding",
    ),
    k(
        SN,
        "fc.link_up",
        _QLA + "500a:{small}: LOOP UP detected ({8|16|32} Gbps).",
        _QLA + "00fb:{small}: QLogic QLE{2692|2742} - QLogic {16|32}Gb FC Dual-port HBA.",
        _LPFC + "1303 Link Up Event x{small} received Data: x{small} x0 x40 x0 x0 x0 0",
        _LPFC + "3753 lpfc_link_speed changed to {16|32}G",
    ),
    k(
        ERR,
        "fc.link_down",
        _QLA + "500b:{small}: LOOP DOWN detected (2 7 0 0).",
        _QLA + "801c:{small}: Abort command issued nexus={small}:0:{small2} -- 2002.",
        _LPFC + "1305 Link Down Event x{small} received Data: x{small} x20 x800110 x0 x0",
        _LPFC + "(0):0203 Devloss timeout on WWPN {san_wwpn} NPort x0{hex4} Data: x0 x8 x0",
    ),
    k(
        ERR,
        "dm.failing_path",
        "device-mapper: multipath: 253:{small}: Failing path 8:{n}.",
        "device-mapper: multipath: 253:{small}: Failing path 65:{n}.",
    ),
    k(
        SN,
        "dm.loaded",
        "device-mapper: multipath: 253:{small}: Reinstating path 8:{n}.",
        "device-mapper: multipath round-robin: version 1.2.0 loaded",
        "device-mapper: multipath service-time: version 0.3.0 loaded",
        "device-mapper: uevent: version 1.0.3",
    ),
    m(
        SN,
        "mp.startup",
        "multipathd v0.{8|9}.{small}: start up",
        "path checkers start up",
        "reconfigure (operator)",
        "mpath{small}: addmap [0 {num} multipath 1 queue_if_no_path 1 alua 1 1 service-time 0 2 1 8:{n} 1 8:{n2} 1]",
    ),
    m(
        SN,
        "mp.paths",
        "sd{dev}: add path (uevent)",
        "sd{dev}: remove path (uevent)",
        "mpath{small}: switch to path group #{small2}",
        "mpath{small}: Recovered to normal mode",
    ),
    m(
        ERR,
        "mp.errors",
        "mpath{small}: failed in domap for addition of new path sd{dev}",
        "sd{dev}: failed to get udev uid: Invalid argument",
        "mpath{small}: map in use",
        'sd{dev}: checker msg is "directio checker reports path is down"',
    ),
    t(
        SN,
        "iscsi.daemon",
        "iSCSI daemon with pid={pid} started!",
        "Connection{small}:0 to [target: iqn.1992-08.com.netapp:sn.{hex16}:vs.{small}, portal: {ip},3260] through "
        "[iface: default] is shutdown.",
        "iscsiadm: Logout of [sid: {small}, target: iqn.1992-08.com.netapp:sn.{hex16}:vs.{small2}, portal: "
        "{ip},3260] successful.",
    ),
    t(
        ERR,
        "iscsi.login_errors",
        "conn 0 login rejected: target error (03/01)",
        "cannot make a connection to {ip}:3260 (-1,101)",
        "iscsiadm: No portals found",
        "conn 0 login rejected: initiator error - target not found (02/03)",
    ),
    k(
        SN,
        "nfsd.lifecycle",
        "nfsd: last server has exited, flushing export cache",
        "NFSD: Using UMH upcall client tracking operations.",
        "RPC: Registered tcp transport module.",
        "RPC: Registered named UNIX socket transport module.",
    ),
    t(
        SN,
        "nfs.mountd_umount",
        "authenticated unmount request from {ip}:{port} for {mount} ({mount})",
        "rpc.mountd: Version 2.{small}.{small2} starting",
        proc="rpc.mountd",
        sources="nfs mountd",
    ),
    t(
        SN,
        "nmbd.browser",
        "Samba name server {host} is now a local master browser for workgroup {WORKGROUP|CORP} on subnet {ip}",
        "nmbd version {4.17.12|4.19.5} started.",
        "  *****   Samba name server {host} is now a local master browser for workgroup WORKGROUP on subnet {ip}",
        proc="nmbd",
        sources="samba nmbd",
    ),
    t(
        RES,
        "smbd.open_files",
        "Too many open files, unable to open more!  smbd's max open files = {num}",
        "rlimit_max: increasing rlimit_max ({num}) to minimum Windows limit (16384)",
        proc="smbd",
        sources="samba smbd",
    ),
    t(
        SN,
        "lvm.monitor",
        "Monitoring thin pool {vg0|data|vg_san}-{thinpool|pool0}-tpool.",
        "No longer monitoring thin pool {vg0|data}-{thinpool|pool0}-tpool.",
        "Monitoring RAID device {vg0|data}-lv_{mirror|raid} for events.",
        proc="dmeventd",
        sources="lvm dmeventd",
    ),
    t(
        RES,
        "lvm.thin_full",
        "WARNING: Thin pool {vg0|data}-{thinpool|pool0}-tpool data is now {8|9}{small}.00% full.",
        "WARNING: Thin pool {vg0|data}-{thinpool|pool0}-tpool metadata is now {8|9}{small}.00% full.",
        "WARNING: Sum of all thin volume sizes ({n}.00 GiB) exceeds the size of thin pool {vg0|data}/{thinpool|pool0} "
        "({n2}.00 GiB).",
        proc="dmeventd",
        sources="lvm dmeventd",
    ),
    n(
        RES,
        "ems.volume_full",
        _EMS + "wafl_exempt0{small}: wafl.vol.full:alert]: file system on Volume {san_vol}@vserver:{san_svm} is full "
        "(using or reserving {98|99|100}% of space and {small}% of inodes).",
        _EMS + "monitor.volume.nearlyFull:debug]: Volume {san_vol}@vserver:{san_svm} is nearly full (using or "
        "reserving {pcthi}% of space and {small}% of inodes).",
    ),
    n(
        SN,
        "ems.volume_autosize",
        _EMS + "wafl_exempt0{small}: wafl.vol.autoSize.done:notice]: Volume autosize: Automatic grow of volume "
        "'{san_vol}@vserver:{san_svm}' by {n}GB complete.",
    ),
    n(
        SN,
        "ems.raid_recons",
        _EMS + "config_thread: raid.rg.recons.start:notice]: /aggr{small}/plex0/rg0: starting reconstruction, using "
        "disk {san_disk}",
        _EMS + "config_thread: raid.rg.recons.done:notice]: /aggr{small}/plex0/rg0: reconstruction completed for "
        "{san_disk} in {small}:{n}:{n2}.{small2}",
    ),
    n(
        ERR,
        "ems.disk_predictive",
        _EMS + "config_thread: raid.disk.predictiveFailure:debug]: Disk {san_disk} Shelf 0 Bay {small} [NETAPP "
        "X{n}_S163 NA02] S/N [{hex8}] UID [{hex8}:{hex8}] failed due to predictive failure.",
        _EMS + "disk_admin: disk.failmsg:error]: Disk {san_disk} (S/N {hex8}): message received. Power-On Hours: "
        "{num}, GList Count: {n}, Drive Info: Disk {san_disk} Shelf 0 Bay {small}",
    ),
    n(
        CRIT,
        "ems.raid_failed",
        _EMS + "config_thread: raid.vol.failed:emergency]: Aggregate aggr{small}: Failed due to multi-disk error",
    ),
]
