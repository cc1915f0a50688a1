"""HDFS NameNode and JournalNode messages (the `hdfs` family, continued): block allocation and invalidation, edit
log and checkpoints, safe mode, audit log, quotas, HA failover, fatal journal and startup errors, WebHDFS access.

Sources as in `hdfs.py` (FSNamesystem, FSEditLog, FSImage, BlockManager, QuorumJournalManager,
DSQuotaExceededException, the FSNamesystem.audit layout, HttpServer2 request log).
"""

from training.templates.families._kit import CRIT, ERR, HTTP, RES, SEC, SN, UA
from training.templates.families.hdfs import FSN, NN, t

FAMILY = "hdfs"

TEMPLATES = [
    t(
        SN,
        "nn.allocate",
        "BLOCK* allocate {hdfs_blk}, replicas={ip}:9866, {ip2}:9866, {ip3}:9866 for {hdfs_path}",
        "BLOCK* addStoredBlock: {ip}:9866 is added to {hdfs_blk} (size={size})",
        logger="org.apache.hadoop.hdfs.StateChange|BlockStateChange",
    ),
    t(
        SN,
        "nn.complete_file",
        "DIR* completeFile: {hdfs_path} is closed by DFSClient_NONMAPREDUCE_{id}_{small}",
        "BLOCK* fsync: {hdfs_path} for DFSClient_NONMAPREDUCE_{id}_{small}",
        logger="org.apache.hadoop.hdfs.StateChange",
    ),
    t(
        SN,
        "nn.invalidate",
        "BLOCK* addToInvalidates: {hdfs_blk} {ip}:9866 {ip2}:9866 {ip3}:9866",
        "BLOCK* BlockManager: ask {ip}:9866 to delete [{hdfs_blk}, {hdfs_blk2}]",
        logger="BlockStateChange",
    ),
    t(
        SN,
        "nn.edit_roll",
        "Roll Edit Log from {ip}",
        "Rolling edit logs",
        "Ending log segment {num}, {num2}",
        "Starting log segment at {num}",
        logger="org.apache.hadoop.hdfs.server.namenode.FSEditLog|" + FSN,
    ),
    t(
        SN,
        "nn.edit_stats",
        "Number of transactions: {n} Total time for transactions(ms): {small} Number of transactions batched in"
        " Syncs: {small} Number of syncs: {n} SyncTimes(ms): {ms} {ms2}",
        "Finalizing edits file /hadoop/dfs/name/current/edits_inprogress_000000000000{num} -> /hadoop/dfs/name/"
        "current/edits_000000000000{num}-000000000000{num2}",
        logger="org.apache.hadoop.hdfs.server.namenode.FSEditLog|org.apache.hadoop.hdfs.server.namenode.FileJournalManager",
    ),
    t(
        SN,
        "nn.checkpoint",
        "Saving image file /hadoop/dfs/name/current/fsimage.ckpt_000000000000{num} using no compression",
        "Image file /hadoop/dfs/name/current/fsimage.ckpt_000000000000{num} of size {size} bytes saved in {small}"
        " seconds .",
        "Triggering checkpoint because there have been {num} txns since the last checkpoint, which exceeds the"
        " configured threshold 1000000",
        logger="org.apache.hadoop.hdfs.server.namenode.FSImageFormatProtobuf|"
        "org.apache.hadoop.hdfs.server.namenode.ha.StandbyCheckpointer",
    ),
    t(
        SN,
        "nn.safemode_off",
        "STATE* Leaving safe mode after {small} secs",
        "STATE* Safe mode is OFF",
        "STATE* Network topology has {small} racks and {n} datanodes",
        logger="org.apache.hadoop.hdfs.StateChange",
    ),
    t(
        SN,
        "nn.audit_allowed",
        "allowed=true\tugi={user} (auth:{KERBEROS|SIMPLE})\tip=/{ip}\tcmd={create|open|listStatus|mkdirs|rename}"
        "\tsrc={hdfs_path}\tdst=null\tperm={user}:supergroup:rw-r--r--\tproto=rpc",
        "allowed=true\tugi={user} (auth:TOKEN) via {user2}"
        " (auth:KERBEROS)\tip=/{ip}\tcmd=getfileinfo\tsrc={hdfs_path}\tdst=null\tperm=null\tproto=webhdfs",
        logger="FSNamesystem.audit",
    ),
    t(
        SN,
        "nn.failover",
        "Transitioning to active state",
        "Stopping services started for standby state",
        "Starting services required for active state",
        "Catching up to latest edits from old active before taking over writer role in edits logs",
        logger=FSN + "|org.apache.hadoop.ha.ZKFailoverController",
    ),
    t(
        ERR,
        "nn.place_replicas",
        "Failed to place enough replicas, still in need of {small} to reach 3 (unavailableStorages=[],"
        " storagePolicy=BlockStoragePolicy{{HOT:7, storageTypes=[DISK], creationFallbacks=[], replicationFallbacks"
        "=[ARCHIVE]}}, newBlock=true) For more information, please enable DEBUG log level on org.apache.hadoop."
        "hdfs.server.blockmanagement.BlockPlacementPolicy",
        "Failed to place enough replicas, still in need of {small} to reach {small2} (unavailableStorages=[DISK],"
        " storagePolicy=BlockStoragePolicy{{HOT:7, storageTypes=[DISK], creationFallbacks=[], replicationFallbacks"
        "=[ARCHIVE]}}, newBlock=false)",
        logger="org.apache.hadoop.hdfs.server.blockmanagement.BlockPlacementPolicy",
    ),
    t(
        ERR,
        "nn.lease_recovery",
        "Recovering [Lease.  Holder: DFSClient_NONMAPREDUCE_{id}_{small}, pending creates: 1], src={hdfs_path}",
        "DIR* NameSystem.internalReleaseLease: Failed to release lease for file {hdfs_path}. Committed blocks are"
        " waiting to be minimally replicated. Try again later.",
        logger=FSN + "|org.apache.hadoop.hdfs.server.namenode.LeaseManager",
    ),
    t(
        ERR,
        "jn.journal_sync",
        "Remote journal {ip}:8485 failed to write txns {num}-{num2}. Will try to write to this JN again after the"
        " next log roll.",
        "Took {ms}ms to send a batch of 1 edits (12 bytes) to remote journal {ip}:8485",
        logger="org.apache.hadoop.hdfs.qjournal.client.QuorumJournalManager",
    ),
    t(
        CRIT,
        "nn.start_failed",
        "Failed to start namenode. java.io.IOException: NameNode is not formatted.",
        "Encountered exception loading fsimage org.apache.hadoop.hdfs.server.common.InconsistentFSStateException:"
        " Directory /hadoop/dfs/name is in an inconsistent state: storage directory does not exist or is not"
        " accessible.",
        "Exception in namenode join java.net.BindException: Port in use: 0.0.0.0:9870",
        logger=NN,
    ),
    t(
        CRIT,
        "nn.journal_flush",
        "Error: flush failed for required journal (JournalAndStream(mgr=QJM to [{ip}:8485, {ip2}:8485, {ip3}:8485],"
        " stream=QuorumOutputStream starting at txid {num}))",
        "FATAL ERROR: Could not sync enough journals to persistent storage. Unsynced transactions: {small}",
        "Error: starting log segment {num} failed for required journal",
        logger="org.apache.hadoop.hdfs.server.namenode.FSEditLog",
    ),
    t(
        CRIT,
        "nn.oom",
        "Failed to start namenode. java.lang.OutOfMemoryError: Java heap space",
        "RECEIVED SIGNAL 15: SIGTERM after java.lang.OutOfMemoryError: GC overhead limit exceeded in NameNode",
        logger=NN,
    ),
    t(
        SEC,
        "nn.permission_denied",
        'Permission denied: user={user}, access={WRITE|READ|EXECUTE}, inode="{hdfs_path}":hive:supergroup:drwxr-xr-x',
        "allowed=false\tugi={user} (auth:SIMPLE)\tip=/{ip}\tcmd={delete|create|setPermission}\tsrc={hdfs_path}"
        "\tdst=null\tperm=null\tproto=rpc",
        logger="FSNamesystem.audit|" + FSN,
    ),
    t(
        RES,
        "nn.quota_exceeded",
        "The DiskSpace quota of {hdfs_path} is exceeded: quota = {num} B = {gb} GB but diskspace consumed ="
        " {num2} B = {gb2} GB",
        "The NameSpace quota (directories and files) of directory /user/{user} is exceeded: quota={num} file"
        " count={num2}",
        logger="org.apache.hadoop.hdfs.server.namenode.FSDirectory",
    ),
    t(
        RES,
        "nn.safemode_blocks",
        "STATE* Safe mode ON. The reported blocks {num} needs additional {num2} blocks to reach the threshold 0.9990"
        " of total blocks {num3}. The minimum number of live datanodes is not required.",
        "The reported blocks {num} has reached the threshold 0.9990 of total blocks {num2}. The number of live"
        " datanodes {n} has reached the minimum number 0.",
        logger="org.apache.hadoop.hdfs.StateChange",
    ),
    t(
        RES,
        "nn.heap_summary",
        "{num} files and directories, {num2} blocks = {num3} total filesystem object(s).",
        "Memory: {mb} MB used of {mb2} MB heap, {num} files and directories, {num2} blocks",
        "Computing capacity for map BlocksMap: VM type = 64-bit, 2.0% max memory {gb} GB = {mb} MB",
        logger=FSN + "|org.apache.hadoop.util.GSet",
    ),
    t(
        HTTP,
        "webhdfs_access",
        '{ip} - - [{clf}] "GET /webhdfs/v1{hdfs_path}?op={OPEN|GETFILESTATUS|LISTSTATUS}&user.name={user}'
        ' HTTP/1.1" {status} {size}',
        '{ip} - - [{clf}] "{PUT|POST} /webhdfs/v1{hdfs_path}?op={CREATE|APPEND|MKDIRS}&overwrite=true HTTP/1.1"'
        " {status} 0",
        '{ip} - - [{clf}] "GET /jmx?qry=Hadoop:service=NameNode,name=FSNamesystemState HTTP/1.1" {status} {size}',
        prefixes="none",
        logger="http.requests.namenode",
    ),
    t(
        UA,
        "router_admin_login",
        "Login successful for user {user}@EXAMPLE.COM using keytab file /etc/security/keytabs/{user}.keytab",
        "Login successful for user {user} using keytab file hdfs.keytab. Keytab auto renewal enabled : false",
        logger="org.apache.hadoop.security.UserGroupInformation",
    ),
]
