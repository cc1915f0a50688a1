"""Storage / SAN: open-iscsi iscsid/iscsiadm, LIO target, multipathd, NFS server/client, Samba smbd/winbindd.

Phrasings follow open-iscsi's log_error/log_warning texts (initiator.c "connection%d:%d is operational now",
"Kernel reported iSCSI connection ... error"), the kernel's iscsi_tcp/libiscsi and nfs client printk texts
("nfs: server ... not responding, still trying"), multipathd's condlog texts ("remaining active paths",
"mark as failed", "reinstated") and Samba's DEBUG texts (smbd auth "check_ntlm_password", winbindd).
"""

from training.templates.families._kit import CRIT, DEP, ERR, RES, SEC, SN, UA, maker

FAMILY = "storage_san"
t = maker("storage_san", sources="iscsid storage", prefixes="syslog journal", proc="iscsid")
m = maker("storage_san", sources="multipathd storage", prefixes="syslog journal", proc="multipathd")
k = maker("storage_san", sources="kernel storage", prefixes="syslog journal", proc="kernel")
s = maker("storage_san", sources="samba smbd", prefixes="syslog journal none", proc="smbd")

TEMPLATES = [
    t(
        SN,
        "iscsi.operational",
        "Connection{small}:0 to [target: iqn.2003-01.org.linux-iscsi.{host}:sn.{hex12}, portal: {ip},3260] through "
        "[iface: default] is operational now",
        "connection{small}:0 is operational now",
        "connection{small}:0 is operational after recovery ({small} attempts)",
    ),
    t(
        ERR,
        "iscsi.conn_error",
        "Kernel reported iSCSI connection {small}:0 error (1020 - ISCSI_ERR_TCP_CONN_CLOSE: TCP connection closed) "
        "state (3)",
        "Kernel reported iSCSI connection {small}:0 error (1011 - ISCSI_ERR_CONN_FAILED: iSCSI connection failed) "
        "state (3)",
        "connect to {ip}:3260 failed (Connection refused)",
    ),
    t(
        SEC,
        "iscsi.auth_fail",
        "Login failed to authenticate with target iqn.2003-01.org.linux-iscsi.{host}:sn.{hex12}",
        "iscsiadm: Could not login to [iface: default, target: iqn.2001-05.com.equallogic:{hex8}, portal: "
        "{ip},3260]. iscsiadm: initiator reported error (24 - iSCSI login failed due to authorization failure)",
    ),
    t(
        UA,
        "iscsi.login",
        "iscsiadm: Logging in to [iface: default, target: iqn.2003-01.org.linux-iscsi.{host}:sn.{hex12}, portal: "
        "{ip},3260]",
        "Login to [iface: default, target: iqn.2003-01.org.linux-iscsi.{host}:sn.{hex12}, portal: {ip},3260] "
        "successful.",
        "Logout of [sid: {small}, target: iqn.2003-01.org.linux-iscsi.{host}:sn.{hex12}, portal: {ip},3260] "
        "successful.",
    ),
    k(
        ERR,
        "iscsi.kernel_timeout",
        " connection{small}:0: ping timeout of {5|15} secs expired, recv timeout 5, last rx {n}, last ping {n}, now "
        "{n}",
        " connection{small}:0: detected conn error (1022)",
        "session{small}: session recovery timed out after {120|5} secs",
    ),
    k(
        SN,
        "lio.target",
        "iSCSI/iqn.1994-05.com.redhat:{hex8}: Unsupported SCSI Opcode 0xa3, sending CHECK_CONDITION.",
        "Detected NON_AUTH on iSCSI Target Portal Group Tag {small}",
        "TARGET_CORE[iSCSI]: Expected Transfer Length: {n} does not match SCSI CDB Length: {n}",
    ),
    m(
        SN,
        "mp.reinstated",
        "{dev}: reinstated",
        "mpath{small}: sd{dev} - tur checker reports path is up",
        "mpath{small}: remaining active paths: {small}",
        "mpath{small}: load table [0 {n} multipath 1 queue_if_no_path 1 alua 1 1 service-time 0 1 1 8:{small} 1]",
    ),
    m(
        ERR,
        "mp.failed",
        "checker failed path 8:{small} in map mpath{small}",
        "mpath{small}: sd{dev} - tur checker reports path is down",
        "sd{dev}: mark as failed",
        "mpath{small}: Entering recovery mode: max_retries={small}",
    ),
    m(
        CRIT,
        "mp.all_down",
        "mpath{small}: remaining active paths: 0",
        "mpath{small}: Disable queueing",
        "mpath{small}: no paths available, failing I/O",
    ),
    m(
        DEP,
        "mp.deprecated",
        'multipath.conf line {small}, "{getuid_callout|udev_dir|pg_timeout}" is deprecated and will be disabled in a '
        "future release",
        'multipath.conf: option "{default_getuid|default_selector}" is deprecated, please use '
        '"{uid_attribute|path_selector}"',
    ),
    k(
        ERR,
        "nfs.not_responding",
        "nfs: server {host} not responding, timed out",
        "NFS: state manager: check lease failed on NFSv4 server {host} with error {small}",
    ),
    k(
        SN,
        "nfs.ok",
        "nfs: server {host} OK",
        "NFS: Registering the id_resolver key type",
        "NFSD: starting 90-second grace period (net f0000000)",
        "NFSD: Using nfsdcld client tracking operations.",
    ),
    k(
        ERR,
        "nfs.stale",
        "NFS: stale file handle on {mount}",
        "NFS: nfs4_reclaim_open_state: Lock reclaim failed!",
        "NFS: nfs4_discover_server_trunking unhandled error -{small}. Exiting with error EIO",
    ),
    t(
        SN,
        "nfs.mountd",
        "authenticated mount request from {ip}:{port} for {mount} ({mount})",
        "Version 2.{small}.{small} starting",
        'v4.2 client attached: 0x{hex8} from "{ip}:{port}"',
        proc="rpc.mountd",
        sources="nfs mountd",
    ),
    t(
        SEC,
        "nfs.mountd_refused",
        "refused mount request from {ip} for {mount} ({mount}): unmatched host",
        "refused mount request from {host} for {mount} (/): not exported",
        "rpc.mountd: refused mount request from {ip}: illegal port {port}",
        proc="rpc.mountd",
        sources="nfs mountd",
    ),
    t(
        RES,
        "nfs.threads",
        "nfsd: too many open connections, consider increasing the number of threads",
        "RPC request reserved {n} but used {n}",
        proc="kernel",
    ),
    s(
        SN,
        "smbd.start",
        "smbd version {4.17.12|4.19.5|4.15.13}-Debian started.",
        "Copyright Andrew Tridgell and the Samba Team 1992-2023",
        "daemon_ready: daemon 'smbd' finished starting up and ready to serve connections",
    ),
    s(
        SEC,
        "smbd.auth_fail",
        "check_ntlm_password:  Authentication for user [{user}] -> [{user}] FAILED with error "
        "NT_STATUS_WRONG_PASSWORD, authoritative=1",
        "Auth: [SMB2,(null)] user [WORKGROUP]\\[{user}] at [{ts}] with [NTLMv2] status [NT_STATUS_NO_SUCH_USER] "
        "workstation [{host}] remote host [ipv4:{ip}:{port}] mapped to [WORKGROUP]\\[{user}]. local host "
        "[ipv4:{ip2}:445]",
        "check_ntlm_password:  Authentication for user [{user}] -> [{user}] FAILED with error "
        "NT_STATUS_ACCOUNT_LOCKED_OUT, authoritative=1",
    ),
    s(
        UA,
        "smbd.auth_ok",
        "check_ntlm_password:  authentication for user [{user}] -> [{user}] -> [{user}] succeeded",
        "{host} (ipv4:{ip}:{port}) connect to service {share|home|public|backup} initially as user {user} "
        "(uid={uid}, gid={uid}) (pid {pid})",
        "{host} (ipv4:{ip}:{port}) closed connection to service {share|home|public}",
    ),
    s(
        ERR,
        "smbd.errors",
        "smbd_smb2_request_error_ex: smbd_smb2_request_error_ex: idx[1] status[NT_STATUS_ACCESS_DENIED] || at "
        "../../source3/smbd/smb2_create.c:351",
        "make_connection_snum: canonicalize_connect_path failed for service {share|data}, path {mount}",
        "open_sockets_smbd: Failed to listen on {ip}:445 - NT_STATUS_ADDRESS_ALREADY_ASSOCIATED",
    ),
    s(
        CRIT,
        "smbd.panic",
        "PANIC (pid {pid}): internal error",
        "INTERNAL ERROR: Signal 11: Segmentation fault in pid {pid} ({4.17.12|4.19.5})",
        "smb_panic(): calling panic action [/usr/share/samba/panic-action {pid}]",
    ),
    s(
        DEP,
        "smbd.deprecated",
        'WARNING: The "{syslog|lanman auth|encrypt passwords|null passwords}" option is deprecated',
        'Deprecated option "{domain logons|server schannel}" is used.',
        "WARNING: You have configured 'server min protocol = NT1'. SMB1 is deprecated and will be removed",
    ),
    s(
        ERR,
        "winbindd.dc",
        "winbindd: Could not receive trustdoms",
        "get_dc_list: no server for name {domain} found",
        "cm_prepare_connection: {domain}: session setup with user {user} failed: NT_STATUS_LOGON_FAILURE",
        "winbindd_dual_pam_auth: could not find domain controller",
        proc="winbindd",
        sources="samba winbindd",
    ),
    s(
        SN,
        "winbindd.start",
        "winbindd version {4.17.12|4.19.5} started.",
        "initialize_winbindd_cache: clearing cache and re-creating with version number 2",
        "Machine account password for domain {domain} changed successfully",
        proc="winbindd",
        sources="samba winbindd",
    ),
    s(
        SEC,
        "winbindd.auth_fail",
        "winbindd_pam_auth: [{user}]: pam auth failed: NT_STATUS_WRONG_PASSWORD",
        "Kerberos ticket for {user}@{domain} rejected: Preauthentication failed",
        proc="winbindd",
        sources="samba winbindd",
    ),
    s(
        RES,
        "smbd.disk",
        "smbd: {share|data}: quota exceeded for user {user} ({mb} MB used of {mb} MB)",
    ),
]
