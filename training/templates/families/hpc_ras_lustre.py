"""HPC RAS, Lustre and LNet console messages: import connection loss and recovery, RPC timeouts, lock-callback
evictions, service-thread watchdogs, MGS configuration and mount failures, LNet network interface and peer errors.

Phrasings follow the Lustre source (lustre/lustre-release): ptlrpc/import.c (LCONSOLE_WARN "%s: Connection to %.*s
(at %s) was lost; in progress operations using this service will wait for recovery to complete", the 0x166
"... will fail" variant, "Connection restored to"), ptlrpc/client.c ptlrpc_expire_one_request() ("@@@ Request sent
has timed out for slow reply", "Request sent has failed due to network error"), ldlm/ldlm_lockd.c
(ldlm_handle_ast_error "client (nid %s) returned error from blocking AST", 138-a "was evicted due to a lock
blocking callback time out"), ldlm/ldlm_lib.c (target_handle_connect "Client %s (at %s) reconnecting", "Will be in
recovery for at least"), libcfs/libcfs/watchdog.c ("Service thread pid %u was inactive for"), obdclass/obd_mount.c
("The configuration from log '%s' failed (%d)"), llite/llite_lib.c ("Unable to mount"), ldiskfs ext4 error paths,
lnet/klnds/o2iblnd/o2iblnd_cb.c and lnet/lnet/api-ni.c ("Added LNI").
"""

from training.templates.families._labels import ce, er, sn
from training.templates.families.hpc_ras import FAMILY as FAMILY

P = "syslog none"
K = "kernel"
_OSC = "{lus_fs}-OST000{small}-osc-ffff{hex8}{hex4}"
_MDC = "{lus_fs}-MDT0000-mdc-ffff{hex8}{hex4}"

TEMPLATES = [
    er(
        "lustre.conn_lost_wait",
        K,
        P,
        "Lustre: " + _OSC + ": Connection to {lus_fs}-OST000{small} (at {lus_nid}) was lost; in progress operations "
        "using this service will wait for recovery to complete",
        "Lustre: " + _MDC + ": Connection to {lus_fs}-MDT0000 (at {lus_nid}) was lost; in progress operations using "
        "this service will wait for recovery to complete",
        "Lustre: MGC{ip}@o2ib: Connection to MGS (at {lus_nid}) was lost; in progress operations using this service "
        "will fail",
    ),
    er(
        "lustre.conn_lost_fail",
        K,
        P,
        "LustreError: 166-1: MGC{ip}@o2ib: Connection to MGS (at {lus_nid}) was lost; in progress operations using "
        "this service will fail",
        "LustreError: 166-1: " + _OSC + ": Connection to {lus_fs}-OST000{small} (at {lus_nid}) was lost; in progress "
        "operations using this service will fail",
    ),
    er(
        "lustre.rpc_timeout",
        K,
        P,
        "Lustre: {n}:0:(client.c:{num}:ptlrpc_expire_one_request()) @@@ Request sent has timed out for slow reply: "
        "[sent {epoch}/real {epoch}]  req@ffff{hex8}{hex8} x{num}/t0(0) o400->" + _OSC + "@{lus_nid}:28/4 lens 224/224 "
        "e 0 to 1 dl {epoch} ref 1 fl Rpc:XNQr/0/ffffffff rc 0/-1",
        "Lustre: {n}:0:(client.c:{num}:ptlrpc_expire_one_request()) @@@ Request sent has failed due to network error: "
        "[sent {epoch}/real {epoch}]  req@ffff{hex8}{hex8} x{num}/t0(0) o38->" + _MDC + "@{lus_nid}:12/10 lens 520/544 "
        "e 0 to 1 dl {epoch} ref 1 fl Rpc:eXN/0/ffffffff rc 0/-1",
        "Lustre: {n}:0:(client.c:{num}:ptlrpc_expire_one_request()) @@@ Request sent has timed out for sent delay: "
        "[sent {epoch}/real 0]  req@ffff{hex8}{hex8} x{num}/t0(0) o101->" + _MDC + "@{lus_nid}:12/10 lens 576/1152 "
        "e 0 to 1 dl {epoch} ref 2 fl Rpc:X/0/ffffffff rc 0/-1",
    ),
    er(
        "lustre.op_failed",
        K,
        P,
        "LustreError: 11-0: " + _MDC + ": operation mds_reint to node {lus_nid} failed: rc = -19",
        "LustreError: 11-0: " + _OSC + ": operation obd_ping to node {lus_nid} failed: rc = -107",
        "LustreError: 11-0: " + _MDC + ": operation ldlm_enqueue to node {lus_nid} failed: rc = -107",
    ),
    er(
        "lustre.ast_evict",
        K,
        P,
        "LustreError: {n}:0:(ldlm_lockd.c:{num}:ldlm_handle_ast_error()) ### client (nid {lus_nid}) returned error "
        "from blocking AST (req@ffff{hex8}{hex8} x{num} status -107 rc -107), evict it ns: mdt-{lus_fs}-MDT0000_UUID "
        "lock: ffff{hex8}{hex8}/0x{hex16} lrc: 4/0,0 mode: PR/PR",
        "LustreError: 138-a: {lus_fs}-OST000{small}: A client on nid {lus_nid} was evicted due to a lock blocking "
        "callback time out: rc -107",
        "LustreError: 138-a: {lus_fs}-MDT0000: A client on nid {lus_nid} was evicted due to a lock completion "
        "callback time out: rc -110",
    ),
    sn(
        "lustre.recovery_progress",
        K,
        P,
        "Lustre: {lus_fs}-MDT0000: Will be in recovery for at least 2:30, or until {n} clients reconnect",
        "Lustre: {lus_fs}-OST000{small}: Client {uuid} (at {lus_nid}) reconnecting",
        "Lustre: {lus_fs}-MDT0000: Recovery over after 0:{n}, of {num} clients {num} recovered and 0 were evicted.",
        "Lustre: " + _MDC + ": Connection restored to {lus_fs}-MDT0000 (at {lus_nid})",
    ),
    er(
        "lustre.thread_watchdog",
        K,
        P,
        "Lustre: Service thread pid {pid} was inactive for {n}.{small}{small2}s. The thread might be hung, or it "
        "might only be slow and will resume later. Dumping the stack trace for debugging purposes:",
        "Lustre: Service thread pid {pid} was inactive for {n}.{small}{small2}s. Watchdog stack traces are limited "
        "to 3 per {n2} seconds, skipping this one.",
    ),
    ce(
        "lustre.mount_failed",
        K,
        P,
        "LustreError: 15c-8: MGC{ip}@o2ib: The configuration from log '{lus_fs}-client' failed (-5). This may be the "
        "result of communication errors between this node and the MGS, a bad configuration, or other errors. See the "
        "syslog for more information.",
        "LustreError: {n}:0:(llite_lib.c:{num}:ll_fill_super()) Unable to mount  (-5)",
        "LustreError: {n}:0:(obd_mount.c:{num}:lustre_fill_super()) Unable to mount  (-2)",
    ),
    ce(
        "lustre.ldiskfs_ro",
        K,
        P,
        "LDISKFS-fs error (device dm-{small}): ldiskfs_lookup:{num}: inode #{num}: comm ll_ost0{small}_00{small2}: "
        "deleted inode referenced: {num2}",
        "LDISKFS-fs (dm-{small}): Remounting filesystem read-only",
        "LustreError: {n}:0:(osd_handler.c:{num}:osd_trans_start()) {lus_fs}-OST000{small}: failed to start "
        "transaction due to ENOSPC",
    ),
    sn(
        "lustre.lifecycle",
        K,
        P,
        "Lustre: Lustre: Build Version: {2.15.4|2.15.5|2.14.0}",
        "Lustre: Unmounted {lus_fs}-client",
        "Lustre: server umount {lus_fs}-OST000{small} complete",
        "Lustre: {lus_fs}-MDT0000: Imperative Recovery not enabled, recovery window 300-900",
    ),
    sn(
        "lnet.startup",
        K,
        P,
        "LNet: Added LNI {lus_nid} [8/256/0/180]",
        "LNet: HW NUMA nodes: {small}, HW CPU cores: {n}, npartitions: {small}",
        "LNet: Using FastReg for registration",
        "LNet: Removed LNI {lus_nid}",
    ),
    er(
        "lnet.peer_errors",
        K,
        P,
        "LNetError: {n}:0:(o2iblnd_cb.c:{num}:kiblnd_rx_complete()) Rx from {lus_nid} failed: 5",
        "LNetError: {n}:0:(o2iblnd_cb.c:{num}:kiblnd_check_conns()) Timed out RDMA with {lus_nid} ({n2}): c: 0, "
        "oc: 0, rc: 8",
        "LNetError: {n}:0:(o2iblnd_cb.c:{num}:kiblnd_connect_peer()) Can't resolve addr for {lus_nid}: -19",
        "LNetError: {n}:0:(lib-move.c:{num}:lnet_handle_find_routed_path()) no route to {lus_nid} from <?>",
    ),
]
