"""HDFS (NameNode, DataNode, FSNamesystem, JournalNode): the messages of Apache Hadoop 3.x's HDFS.

Phrasings follow hadoop-hdfs sources read through the code search: DataXceiver, BlockReceiver,
PacketResponder, FsDatasetAsyncDiskService, BlockPlacementPolicyDefault ("Failed to place enough
replicas, still in need of"), StorageLocationChecker ("Too many failed volumes - current valid
volumes"), DSQuotaExceededException ("The DiskSpace quota of ... is exceeded: quota = ..."),
FSEditLog, FSImage, FSNamesystem safe mode and audit log, JvmPauseMonitor, Configuration.deprecation
("X is deprecated. Instead, use Y") and hadoop-functions.sh. Block ids use the Hadoop 2+ form
BP-<pool>:blk_<id>_<genstamp>.
"""

from training.templates.families._kit import CRIT, DEP, ERR, RES, SEC, SN, maker, pick
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
        "startup_msg",
        "STARTUP_MSG: Starting {NameNode|DataNode|JournalNode|SecondaryNameNode}",
        "SHUTDOWN_MSG: Shutting down {NameNode|DataNode|JournalNode} at {host}/{ip}",
        "registered UNIX signal handlers for [TERM, HUP, INT]",
        logger=NN + "|" + DN,
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
        "Block token verification failed: op=READ_BLOCK, remoteAddress=/{ip}:{port}, message=Block token with"
        " block_token_identifier (expiryDate={epochms}, keyId={id}, userId={user}, blockPoolId={hdfs_bp},"
        " blockId={id}, access modes=[READ]) is expired.",
        logger="org.apache.hadoop.hdfs.protocol.datatransfer.sasl.SaslDataTransferServer|" + DN,
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
        DEP,
        "env_replaced",
        "WARNING: HADOOP_SECURE_DN_USER has been replaced by HDFS_DATANODE_SECURE_USER. Using value of"
        " HADOOP_SECURE_DN_USER.",
        "WARNING: HADOOP_DATANODE_OPTS has been replaced by HDFS_DATANODE_OPTS. Using value of HADOOP_DATANODE_OPTS.",
        "WARNING: HADOOP_SECONDARYNAMENODE_OPTS has been replaced by HDFS_SECONDARYNAMENODE_OPTS. Using value of"
        " HADOOP_SECONDARYNAMENODE_OPTS.",
        prefixes="none",
    ),
]
