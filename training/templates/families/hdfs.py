"""HDFS (NameNode, DataNode, FSNamesystem, JournalNode): the messages of Apache Hadoop 3.x's HDFS.

Phrasings follow hadoop-hdfs sources read through the code search: DataXceiver, BlockReceiver,
PacketResponder, FsDatasetAsyncDiskService, BlockPlacementPolicyDefault ("Failed to place enough
replicas, still in need of"), StorageLocationChecker ("Too many failed volumes - current valid
volumes"), DSQuotaExceededException ("The DiskSpace quota of ... is exceeded: quota = ..."),
FSEditLog, FSImage, FSNamesystem safe mode and audit log, JvmPauseMonitor, Configuration.deprecation
("X is deprecated. Instead, use Y") and hadoop-functions.sh. Block ids use the Hadoop 2+ form
BP-<pool>:blk_<id>_<genstamp>.
"""

from training.templates.families._kit import CRIT, DEP, ERR, HTTP, RES, SEC, SN, UA, maker, pick
from training.values import register

FAMILY = "hdfs"

register(
    {
        "hdfs_bp": lambda r: (
            f"BP-{r.randrange(10**8, 2 * 10**9)}-10.{r.randrange(256)}.{r.randrange(256)}."
            f"{r.randrange(1, 255)}-{r.randrange(1500000000000, 1700000000000)}"
        ),
        "hdfs_blk": lambda r: f"blk_{r.randrange(1073741825, 1099999999)}_{r.randrange(1001, 999999)}",
        "hdfs_path": lambda r: (
            r.choice(
                (
                    "/user/hive/warehouse/sales.db/orders/part-00{n}.parquet",
                    "/tmp/hadoop-yarn/staging/{user}/.staging/job_{n}/job.jar",
                    "/data/raw/events/dt={date}/events-{n}.avro",
                    "/apps/spark/eventlogs/{app}",
                    "/user/{user}/output/_temporary/0",
                    "/hbase/WALs/{host},16020,{ts}",
                )
            )
            .replace("{n}", str(r.randrange(10, 999)))
            .replace("{date}", f"2024-0{r.randrange(1, 9)}-1{r.randrange(0, 9)}")
            .replace("{user}", r.choice(("etl", "hive", "spark", "analyst1", "svc_ingest")))
            .replace("{app}", f"application_{r.randrange(1600000000000, 1700000000000)}_{r.randrange(1, 9999):04d}")
            .replace("{host}", f"dn{r.randrange(1, 40)}.cluster.local")
            .replace("{ts}", str(r.randrange(1600000000000, 1700000000000)))
        ),
        "hdfs_deprecated": pick(
            "fs.default.name is deprecated. Instead, use fs.defaultFS",
            "dfs.http.address is deprecated. Instead, use dfs.namenode.http-address",
            "dfs.name.dir is deprecated. Instead, use dfs.namenode.name.dir",
            "dfs.data.dir is deprecated. Instead, use dfs.datanode.data.dir",
            "dfs.block.size is deprecated. Instead, use dfs.blocksize",
            "dfs.replication.min is deprecated. Instead, use dfs.namenode.replication.min",
            "dfs.umaskmode is deprecated. Instead, use fs.permissions.umask-mode",
        ),
        "hdfs_dir": lambda r: f"/data/{r.randrange(1, 12)}/dfs/{r.choice(('dn', 'data'))}",
    }
)

DN = "org.apache.hadoop.hdfs.server.datanode.DataNode"
NN = "org.apache.hadoop.hdfs.server.namenode.NameNode"
FSN = "org.apache.hadoop.hdfs.server.namenode.FSNamesystem"
t = maker("hdfs", sources="hdfs", prefixes="hdfs hadoop java", logger=DN)

TEMPLATES = [
    t(
        SN,
        "dn.receiving",
        "Receiving {hdfs_bp}:{hdfs_blk} src: /{ip}:{port} dest: /{ip2}:9866",
        "Receiving {hdfs_bp}:{hdfs_blk} src: /{ip}:{port} dest: /{ip2}:50010",
        logger="org.apache.hadoop.hdfs.server.datanode.DataNode|datanode.DataNode",
    ),
    t(
        SN,
        "dn.received",
        "Received {hdfs_bp}:{hdfs_blk} src: /{ip}:{port} dest: /{ip2}:9866 of size {size}",
        "Received {hdfs_bp}:{hdfs_blk} size {size} from /{ip}",
    ),
    t(
        SN,
        "dn.responder_terminating",
        "PacketResponder: {hdfs_bp}:{hdfs_blk}, type=LAST_IN_PIPELINE terminating",
        "PacketResponder: {hdfs_bp}:{hdfs_blk}, type=HAS_DOWNSTREAM_IN_PIPELINE, downstreams=2:[{ip}:9866, {ip2}:9866]"
        " terminating",
    ),
    t(
        SN,
        "dn.clienttrace",
        "src: /{ip}:{port}, dest: /{ip2}:9866, bytes: {size}, op: HDFS_{WRITE|READ}, cliID: DFSClient_NONMAPREDUCE_"
        "{id}_1, offset: 0, srvID: {uuid}, blockid: {hdfs_bp}:{hdfs_blk}, duration(ns): {num}",
        "src: /{ip}:9866, dest: /{ip2}:{port}, bytes: {size}, op: HDFS_READ, cliID: DFSClient_attempt_{id}_m_000"
        "{small}_0_1, offset: 0, srvID: {uuid}, blockid: {hdfs_bp}:{hdfs_blk}, duration(ns): {num}",
        logger="org.apache.hadoop.hdfs.server.datanode.DataNode.clienttrace",
    ),
    t(
        SN,
        "dn.scheduling_deletion",
        "Scheduling {hdfs_blk} replica FinalizedReplica, {hdfs_blk}, FINALIZED for deletion",
        "Deleted {hdfs_bp} {hdfs_blk} URI file:{hdfs_dir}/current/{hdfs_bp}/current/finalized/subdir0/subdir{small}"
        "/{hdfs_blk}",
        logger="org.apache.hadoop.hdfs.server.datanode.fsdataset.impl.FsDatasetAsyncDiskService",
    ),
    t(
        SN,
        "dn.block_report",
        "Successfully sent block report 0x{hex12} to namenode: {host}/{ip}:8020,  containing 1 storage report(s),"
        " of which we sent 1. The reports had {num} total blocks and used 1 RPC(s). This took {small} msecs to"
        " generate and {ms} msecs for RPC and NN processing. Got back one command: FinalizeCommand/5.",
        "Successfully sent block report 0x{hex12} with lease ID 0x{hex12} to namenode: {host}/{ip}:8020",
        logger="org.apache.hadoop.hdfs.server.datanode.DataNode",
    ),
    t(
        SN,
        "dn.registered",
        "Block pool {hdfs_bp} (Datanode Uuid {uuid}) service to {host}/{ip}:8020 successfully registered with NN",
        "Block pool Block pool {hdfs_bp} (Datanode Uuid {uuid}) service to {host}/{ip}:8020 beginning handshake"
        " with NN",
        "Acknowledging ACTIVE Namenode during handshakeBlock pool {hdfs_bp} (Datanode Uuid {uuid}) service to"
        " {host}/{ip}:8020",
    ),
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
        "startup_msg",
        "STARTUP_MSG: Starting {NameNode|DataNode|JournalNode|SecondaryNameNode}",
        "SHUTDOWN_MSG: Shutting down {NameNode|DataNode|JournalNode} at {host}/{ip}",
        "registered UNIX signal handlers for [TERM, HUP, INT]",
        logger=NN + "|" + DN,
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
        "dn.xceiver_error",
        "{host}:9866:DataXceiver error processing WRITE_BLOCK operation  src: /{ip}:{port} dst: /{ip2}:9866",
        "{host}:9866:DataXceiver error processing READ_BLOCK operation  src: /{ip}:{port} dst: /{ip2}:9866",
        "{host}:9866:DataXceiver error processing REQUEST_SHORT_CIRCUIT_FDS operation  src: unix:/var/lib/hadoop-"
        "hdfs/dn_socket dst: <local>",
    ),
    t(
        ERR,
        "dn.receiver_exception",
        "Exception for {hdfs_bp}:{hdfs_blk} java.io.IOException: Premature EOF from inputStream",
        "IOException in BlockReceiver.run(): java.io.IOException: Connection reset by peer",
        "opWriteBlock {hdfs_bp}:{hdfs_blk} received exception java.io.IOException: Premature EOF from inputStream",
        logger=DN,
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
        "client.datastreamer",
        "DataStreamer Exception org.apache.hadoop.ipc.RemoteException(java.io.IOException): File {hdfs_path} could"
        " only be written to 0 of the 1 minReplication nodes. There are {small} datanode(s) running and {small}"
        " node(s) are excluded in this operation.",
        "Exception in createBlockOutputStream blk: {hdfs_bp}:{hdfs_blk} java.io.IOException: Got error, status="
        "ERROR, status message , ack with firstBadLink as {ip}:9866",
        "Abandoning {hdfs_bp}:{hdfs_blk}",
        logger="org.apache.hadoop.hdfs.DataStreamer",
    ),
    t(
        ERR,
        "client.no_live_nodes",
        "Could not obtain {hdfs_bp}:{hdfs_blk} from any node:  No live nodes contain current block Block locations:"
        " DatanodeInfoWithStorage[{ip}:9866,DS-{uuid},DISK] Dead nodes:  DatanodeInfoWithStorage[{ip}:9866,DS-"
        "{uuid},DISK]. Will get new block locations from namenode and retry...",
        "DFS Read org.apache.hadoop.hdfs.BlockMissingException: Could not obtain block: {hdfs_bp}:{hdfs_blk}"
        " file={hdfs_path}",
        logger="org.apache.hadoop.hdfs.DFSClient",
    ),
    t(
        ERR,
        "dn.transfer_failed",
        "DatanodeRegistration({ip}:9866, datanodeUuid={uuid}, infoPort=9864, infoSecurePort=0, ipcPort=9867,"
        " storageInfo=lv=-57;cid=CID-{uuid2};nsid={id};c={epochms}):Failed to transfer {hdfs_bp}:{hdfs_blk} to"
        " {ip2}:9866 got",
        "Failed to transfer {hdfs_bp}:{hdfs_blk} to {ip2}:9866: java.net.SocketTimeoutException: 65000 millis"
        " timeout while waiting for channel to be ready for read",
    ),
    t(
        ERR,
        "dn.checksum",
        "Checksum error in block {hdfs_bp}:{hdfs_blk} from /{ip}:{port}",
        "Found checksum error in data stream at {hdfs_bp}:{hdfs_blk} on src: /{ip}:{port}, reporting to NameNode",
        "Reporting bad {hdfs_bp}:{hdfs_blk} on {hdfs_dir}",
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
        "dn.failed_volumes",
        "Exception in secureMain org.apache.hadoop.util.DiskChecker$DiskErrorException: Too many failed volumes -"
        " current valid volumes: {small}, volumes configured: {n}, volumes failed: {small2}, volume failures"
        " tolerated: 0",
        "DataNode is shutting down due to failed volumes: [{hdfs_dir}]",
    ),
    t(
        CRIT,
        "dn.init_failed",
        "Initialization failed for Block pool <registering> (Datanode Uuid unassigned) service to {host}/{ip}:8020."
        " Exiting. java.io.IOException: All specified directories have failed to load.",
        "Initialization failed for Block pool {hdfs_bp} (Datanode Uuid {uuid}) service to {host}/{ip}:8020. Exiting.",
        "Ending block pool service for: Block pool <registering> (Datanode Uuid unassigned) service to"
        " {host}/{ip}:8020",
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
        SEC,
        "ipc.auth_failed",
        "Auth failed for {ip}:{port}:null (GSS initiate failed) with true cause: (GSS initiate failed)",
        "Auth failed for {ip}:{port}:null (DIGEST-MD5: digest response format violation. Mismatched response.)",
        "SASL server GSSAPI callback handler: Authentication failed for principal {user}@EXAMPLE.COM",
        logger="org.apache.hadoop.ipc.Server",
    ),
    t(
        SEC,
        "proxy_denied",
        "Unauthorized connection for super-user: {user}@EXAMPLE.COM from IP {ip}",
        "User: {user} is not allowed to impersonate {user2}",
        logger="org.apache.hadoop.security.authorize.ProxyUsers|org.apache.hadoop.ipc.Server",
    ),
    t(
        SEC,
        "dn.sasl_handshake",
        "Failed to read expected SASL data transfer protection handshake from client at /{ip}:{port}. Perhaps the"
        " client is running an older version of Hadoop which does not support SASL data transfer protection",
        "Block token verification failed: op=READ_BLOCK, remoteAddress=/{ip}:{port}, message=Block token with"
        " block_token_identifier (expiryDate={epochms}, keyId={id}, userId={user}, blockPoolId={hdfs_bp},"
        " blockId={id}, access modes=[READ]) is expired.",
        logger="org.apache.hadoop.hdfs.protocol.datatransfer.sasl.SaslDataTransferServer|" + DN,
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
        "dn.volume_capacity",
        "Volume {hdfs_dir}/current, StorageType: DISK, capacity: {num} bytes, used: {num2} bytes, available: {num3}"
        " bytes",
        "Space available on volume '{dev}' is {mb} MB, which is below the configured reserved amount {mb2} MB",
        "NameNode low on available disk space. Entering safe mode. Resources available: {mb} MB",
        logger="org.apache.hadoop.hdfs.server.datanode.fsdataset.impl.FsVolumeImpl|"
        "org.apache.hadoop.hdfs.server.namenode.NameNodeResourceChecker",
    ),
    t(
        RES,
        "jvm_pause",
        "Detected pause in JVM or host machine (eg GC): pause of approximately {ms}ms GC pool 'G1 Young Generation'"
        " had collection(s): count=1 time={ms}ms",
        "Detected pause in JVM or host machine (eg GC): pause of approximately {ms}ms No GCs detected",
        logger="org.apache.hadoop.util.JvmPauseMonitor",
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
        DEP,
        "conf_deprecation",
        "{hdfs_deprecated}",
        "dfs.permissions is deprecated. Instead, use dfs.permissions.enabled",
        logger="org.apache.hadoop.conf.Configuration.deprecation|Configuration.deprecation",
    ),
    t(
        DEP,
        "script_deprecation",
        "WARNING: Use of this script to start HDFS daemons is deprecated. WARNING: Attempting to execute replacement"
        ' "hdfs --daemon start" instead.',
        "WARNING: HADOOP_PREFIX has been replaced by HADOOP_HOME. Using value of HADOOP_PREFIX.",
        "WARNING: HADOOP_NAMENODE_OPTS has been replaced by HDFS_NAMENODE_OPTS. Using value of HADOOP_NAMENODE_OPTS.",
        prefixes="none",
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
