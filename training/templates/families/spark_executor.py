"""Apache Spark 1.6-3.5 driver and executor logs: security manager, executor backend, storage, shuffle, scheduler.

Phrasings follow apache/spark core/src/main/scala/org/apache/spark/: SecurityManager.scala (view/modify acls and
the "SecurityManager: authentication ..." summary in its 1.6, 2.x/3.x and 3.5 shapes), util/SignalUtils (1.6's
SignalLogger), util/Utils.scala (initDaemon, startServiceOnPort retries, doFetchFile), executor/
CoarseGrainedExecutorBackend.scala (shutdown, registration failures), executor/Executor.scala (kill, killed,
updateDependencies, reportHeartBeat), storage/memory/MemoryStore.scala (rdd blocks, ensureFreeSpace of 1.x, unroll
reservation, clear), storage/BlockManager.scala (found locally/remotely, remote fetch failures, stop),
storage/BlockManagerMaster.scala and BlockManagerMasterEndpoint (BlockManagerInfo removals), storage/
DiskBlockManager.scala, CacheManager (1.x), broadcast/TorrentBroadcast.scala, rdd/HadoopRDD.scala and NewHadoopRDD,
MapOutputTracker.scala (master endpoint and worker fetch), storage/ShuffleBlockFetcherIterator.scala (the 1.x/2.x,
2.4 and 3.2+ block counts), scheduler/TaskSetManager.scala (the 1.6 and 2.x "Starting task" and "Lost task"
shapes, ExecutorLostFailure), HeartbeatReceiver.scala, scheduler/LiveListenerBus.scala (1.6-2.2) and
AsyncEventQueue.scala (2.3+), yarn YarnAllocator / YarnSchedulerBackend (memory-limit kills), ui/SparkUI.scala,
SparkContext.scala (addJar, stop) and OutputCommitCoordinator. The 3.x forms already in spark.py are not repeated.
"""

from training.templates.families._kit import ERR, RES, SN, maker
from training.values import register

register(
    {
        # Spark 1.x/2.x Utils.bytesToString: KB / MB / GB with one decimal.
        "spark_mb": lambda r: f"{r.uniform(0.1, 900):.1f} {r.choice(('KB', 'MB', 'MB', 'B'))}",
        # YarnAllocator's diagnostics: "5.5 GB of 5.5 GB physical memory used" (used at or just over the limit).
        "spark_yarnmem": lambda r: (lambda g: f"{g + r.choice((0.0, 0.1, 0.2, 0.5)):.1f} GB of {g} GB")(
            r.choice((1.5, 2.5, 4.0, 5.5, 9.0, 11.0, 22.0))
        ),
        "spark_queue": lambda r: r.choice(("appStatus", "executorManagement", "eventLog", "shared", "streams")),
        "spark_jar": lambda r: r.choice(("etl-assembly-1.4.2.jar", "orders-job_2.11-0.3.jar", "udfs-2.1.0.jar")),
        "spark_exc": lambda r: r.choice(
            (
                "java.lang.NullPointerException",
                "java.lang.ArrayIndexOutOfBoundsException: 1",
                'java.lang.NumberFormatException: For input string: ""',
                "java.io.IOException: Filesystem closed",
                "java.lang.ClassCastException: java.lang.String cannot be cast to java.lang.Integer",
            )
        ),
    }
)

FAMILY = "spark"
t = maker("spark", sources="spark", prefixes="spark java", logger="Executor")

BMID = "BlockManagerId({small}, {host}, {port}, None)"
YARN_MEM = "{spark_yarnmem} physical memory used"

TEMPLATES = [
    # --- SecurityManager -------------------------------------------------------------------------------------
    t(
        SN,
        "secmgr.acls",
        "Changing view acls to: {user}",
        "Changing modify acls to: {user}",
        "Changing view acls groups to: ",
        "Changing modify acls groups to: ",
        logger="SecurityManager|spark.SecurityManager",
    ),
    t(
        SN,
        "secmgr.summary",
        "SecurityManager: authentication disabled; ui acls disabled; users  with view permissions: Set({user});"
        " groups with view permissions: Set(); users  with modify permissions: Set({user}); groups with modify"
        " permissions: Set()",
        "SecurityManager: authentication disabled; ui acls disabled; users with view permissions: Set({user});"
        " users with modify permissions: Set({user})",
        "SecurityManager: authentication {enabled|disabled}; ui acls disabled; users with view permissions: {user};"
        " groups with view permissions: EMPTY; users with modify permissions: {user}; groups with modify"
        " permissions: EMPTY",
        logger="SecurityManager|spark.SecurityManager",
    ),
    # --- executor backend start and stop ---------------------------------------------------------------------
    t(
        SN,
        "backend.signals",
        "Registered signal handlers for [TERM, HUP, INT]",
        "Registered signal handler for {TERM|HUP|INT}",
        "Started daemon with process name: {pid}@{host}",
        logger="executor.CoarseGrainedExecutorBackend|CoarseGrainedExecutorBackend|SignalUtils|util.SignalUtils",
    ),
    t(
        SN,
        "backend.commanded_shutdown",
        "Driver commanded a shutdown",
        "MemoryStore cleared",
        "BlockManager stopped",
        logger="executor.CoarseGrainedExecutorBackend|CoarseGrainedExecutorBackend|MemoryStore|BlockManager",
    ),
    t(
        ERR,
        "backend.register_failed",
        "Cannot register with driver: spark://CoarseGrainedScheduler@{host}:{port}",
        "Slave registration failed: Duplicate executor ID: {small}",
        "Received LaunchTask command but executor was null",
        logger="executor.CoarseGrainedExecutorBackend|CoarseGrainedExecutorBackend",
    ),
    t(
        SN,
        "executor.kill",
        "Executor is trying to kill task {small}.0 in stage {n}.0 (TID {num})",
        "Executor is trying to kill task {small}.1 in stage {n}.0 (TID {num}), reason: another attempt succeeded",
        "Executor killed task {small}.0 in stage {n}.0 (TID {num}), reason: Stage cancelled",
        "Executor killed task {small}.0 in stage {n}.0 (TID {num})",
        logger="executor.Executor|Executor",
    ),
    t(
        SN,
        "executor.dependencies",
        "Fetching spark://{host}:{port}/jars/{spark_jar} with timestamp {epochms}",
        "Fetching spark://{host}:{port}/jars/{spark_jar} to /tmp/spark-{uuid}/userFiles-{uuid}/fetchFileTemp{num}.tmp",
        "Adding file:/tmp/spark-{uuid}/userFiles-{uuid}/{spark_jar} to class loader",
        logger="executor.Executor|Executor|util.Utils|Utils",
    ),
    t(
        SN,
        "executor.reregister",
        "Told to re-register on heartbeat",
        "Trying to register BlockManager",
        "Registering BlockManager " + BMID,
        logger="executor.Executor|Executor|storage.BlockManagerMaster|BlockManagerMaster",
    ),
    t(
        ERR,
        "executor.heartbeat_failed",
        "Issue communicating with driver in heartbeater",
        "Issue communicating with driver in heartbeater org.apache.spark.rpc.RpcTimeoutException: Futures timed out"
        " after [10 seconds]. This timeout is controlled by spark.executor.heartbeatInterval",
        "Exit as unable to send heartbeats to driver more than 60 times",
        logger="executor.Executor|Executor",
    ),
    t(
        ERR,
        "heartbeat.receiver_timeout",
        "Removing executor {small} with no recent heartbeats: {num} ms exceeds timeout 120000 ms",
        "Removing executor driver with no recent heartbeats: {num} ms exceeds timeout 120000 ms",
        logger="HeartbeatReceiver|spark.HeartbeatReceiver",
    ),
    t(
        ERR,
        "dag.executor_lost",
        "Executor lost: {small} (epoch {n})",
        "Shuffle files lost for executor: {small} (epoch {n})",
        "Lost executor {small} on {host}: Slave lost",
        "Task {num} failed because while it was being computed, its executor exited for a reason unrelated to the"
        " task. Not counting this failure towards the maximum number of failures for the task.",
        logger="scheduler.DAGScheduler|DAGScheduler|cluster.YarnScheduler|YarnScheduler|TaskSetManager",
    ),
    t(
        SN,
        "bmmaster.remove_executor",
        "Trying to remove executor {small} from BlockManagerMaster.",
        "Removing block manager " + BMID,
        "Removed {small} successfully in removeExecutor",
        logger="storage.BlockManagerMasterEndpoint|BlockManagerMasterEndpoint|BlockManagerMaster",
    ),
    t(
        SN,
        "bm.initialized",
        "Using org.apache.spark.storage.RandomBlockReplicationPolicy for block replication policy",
        "Server created on {host}:{port}",
        "Initialized BlockManager: BlockManagerId(driver, {ip}, {port}, None)",
        logger="storage.BlockManager|BlockManager|netty.NettyBlockTransferService|NettyBlockTransferService",
    ),
    # --- MemoryStore / BlockManager --------------------------------------------------------------------------
    t(
        RES,
        "memstore.rdd_blocks",
        "Block rdd_{n}_{small} stored as bytes in memory (estimated size {spark_mb}, free {spark_mb2})",
        "Block rdd_{n}_{small} stored as values in memory (estimated size {spark_mb}, free {spark_mb2})",
        "Block rdd_{n}_{small} stored as values in memory (estimated size {spark_mib}, free {spark_mib2})",
        logger="storage.memory.MemoryStore|memory.MemoryStore|MemoryStore",
    ),
    t(
        RES,
        "memstore.capacity_1x",
        "MemoryStore started with capacity {n}.{small} MB",
        "ensureFreeSpace({num}) called with curMem={num2}, maxMem={id}",
        logger="storage.MemoryStore|MemoryStore",
    ),
    t(
        RES,
        "memstore.unroll",
        "Failed to reserve initial memory threshold of 1024.0 KB for computing block rdd_{n}_{small} in memory.",
        "Failed to reserve initial memory threshold of 1024.0 KiB for computing block rdd_{n}_{small} in memory.",
        logger="storage.memory.MemoryStore|MemoryStore",
    ),
    t(
        RES,
        "bminfo.removed",
        "Removed broadcast_{small}_piece0 on {host}:{port} in memory (size: {spark_mb}, free: {spark_mb2})",
        "Removed broadcast_{small}_piece0 on {ip}:{port} in memory (size: {spark_mib}, free: {spark_mib2})",
        "Removed rdd_{n}_{small} on {host}:{port} in memory (size: {spark_mb}, free: {spark_mb2})",
        logger="storage.BlockManagerInfo|BlockManagerInfo",
    ),
    t(
        SN,
        "bm.found_block",
        "Found block rdd_{n}_{small} locally",
        "Found block rdd_{n}_{small} remotely",
        "Partition rdd_{n}_{small} not found, computing it",
        logger="storage.BlockManager|BlockManager|spark.CacheManager",
    ),
    t(
        ERR,
        "bm.remote_fetch_failed",
        "Failed to fetch remote block rdd_{n}_{small} from " + BMID + " (failed attempt {small})",
        "Failed to fetch remote block broadcast_{small}_piece0 from [" + BMID + "] after {small} fetch failures."
        " Most recent failure cause:",
        "Failed to fetch block after {small} fetch failures. Most recent failure cause:",
        logger="storage.BlockManager|BlockManager",
    ),
    t(
        SN,
        "diskblockmgr.created",
        "Created local directory at /tmp/blockmgr-{uuid}",
        "Created local directory at /mnt/yarn/usercache/{user}/appcache/{app_id}/blockmgr-{uuid}",
        logger="storage.DiskBlockManager|DiskBlockManager",
    ),
    # --- broadcast and input ---------------------------------------------------------------------------------
    t(
        SN,
        "broadcast.read",
        "Started reading broadcast variable {n}",
        "Started reading broadcast variable {n} with {small} pieces (estimated total size {spark_mib})",
        "Reading broadcast variable {n} took {ms} ms",
        logger="broadcast.TorrentBroadcast|TorrentBroadcast",
    ),
    t(
        SN,
        "hadooprdd.split",
        "Input split: hdfs://{host}:8020/data/raw/{date}/part-{num}:0+{num2}",
        "Input split: hdfs://{host}:8020/user/{user}/input/events-{small}.log:{num}+{num2}",
        "Input split: file:/home/{user}/data/input.txt:0+{num}",
        logger="rdd.HadoopRDD|HadoopRDD|rdd.NewHadoopRDD|NewHadoopRDD",
    ),
    # --- MapOutputTracker and shuffle fetch ------------------------------------------------------------------
    t(
        SN,
        "mapoutput.master",
        "Asked to send map output locations for shuffle {n} to {host}:{port}",
        "Asked to send map output locations for shuffle {n} to {ip}:{port}",
        "Size of output statuses for shuffle {n} is {num} bytes",
        logger="spark.MapOutputTrackerMasterEndpoint|MapOutputTrackerMasterEndpoint|MapOutputTrackerMaster",
    ),
    t(
        SN,
        "mapoutput.worker",
        "Don't have map outputs for shuffle {n}, fetching them",
        "Doing the fetch; tracker endpoint = NettyRpcEndpointRef(spark://MapOutputTracker@{host}:{port})",
        "Got the output locations",
        logger="spark.MapOutputTrackerWorker|MapOutputTrackerWorker",
    ),
    t(
        SN,
        "shuffle.fetcher",
        "Getting {n} non-empty blocks out of {n2} blocks",
        "Getting {n} non-empty blocks including {small} local blocks and {small2} remote blocks",
        "Getting {n} ({spark_mib}) non-empty blocks including {small} ({spark_mib2}) local and 0 (0.0 B) host-local"
        " and 0 (0.0 B) push-merged-local and {small2} ({spark_mib3}) remote blocks",
        "Started {small} remote fetches in {ms} ms",
        logger="storage.ShuffleBlockFetcherIterator|ShuffleBlockFetcherIterator",
    ),
    # --- TaskSetManager 1.6 / 2.x shapes ---------------------------------------------------------------------
    t(
        SN,
        "tsm.starting_2x",
        "Starting task {small}.0 in stage {n}.0 (TID {num}, {host}, executor {small}, partition {small},"
        " {PROCESS_LOCAL|NODE_LOCAL|RACK_LOCAL|ANY}, {size} bytes)",
        "Starting task {small}.0 in stage {n}.0 (TID {num}, localhost, executor driver, partition {small},"
        " PROCESS_LOCAL, {size} bytes)",
        "Starting task {small}.0 in stage {n}.0 (TID {num}, {host}, partition {small},{PROCESS_LOCAL|NODE_LOCAL|ANY},"
        " {size} bytes)",
        logger="scheduler.TaskSetManager|TaskSetManager",
    ),
    t(
        ERR,
        "tsm.lost_2x",
        "Lost task {small}.0 in stage {n}.0 (TID {num}, {host}, executor {small}): ExecutorLostFailure (executor"
        " {small} exited caused by one of the running tasks) Reason: Remote RPC client disassociated. Likely due to"
        " containers exceeding thresholds, or network issues. Check driver logs for WARN messages.",
        "Lost task {small}.0 in stage {n}.0 (TID {num}, {host}, executor {small}): ExecutorLostFailure (executor"
        " {small} exited unrelated to the running tasks) Reason: Executor heartbeat timed out after {num2} ms",
        "Lost task {small}.0 in stage {n}.0 (TID {num}, {host}): {spark_exc}",
        "Lost task {small}.1 in stage {n}.0 (TID {num}, {host}, executor {small}): {spark_exc}",
        logger="scheduler.TaskSetManager|TaskSetManager",
    ),
    # --- YARN memory-limit kills -----------------------------------------------------------------------------
    t(
        RES,
        "yarn.mem_limit_2x",
        "Container killed by YARN for exceeding memory limits. " + YARN_MEM + ". Consider boosting"
        " spark.yarn.executor.memoryOverhead.",
        "Lost executor {small} on {host}: Container killed by YARN for exceeding memory limits. " + YARN_MEM + "."
        " Consider boosting spark.yarn.executor.memoryOverhead.",
        "Requesting driver to remove executor {small} for reason Container killed by YARN for exceeding memory"
        " limits. " + YARN_MEM + ". Consider boosting spark.yarn.executor.memoryOverhead or disabling"
        " yarn.nodemanager.vmem-check-enabled because of YARN-4714.",
        logger="yarn.YarnAllocator|YarnAllocator|cluster.YarnClusterScheduler|YarnScheduler"
        "|YarnSchedulerBackend$YarnSchedulerEndpoint",
    ),
    # --- listener bus ----------------------------------------------------------------------------------------
    t(
        RES,
        "listenerbus.full",
        "Dropping SparkListenerEvent because no remaining room in event queue. This likely means one of the"
        " SparkListeners is too slow and cannot keep up with the rate at which tasks are being started by the"
        " scheduler.",
        "Dropping event from queue {spark_queue}. This likely means one of the listeners is too slow and cannot keep"
        " up with the rate at which tasks are being started by the scheduler.",
        "Dropped {num} events from {spark_queue} since the application started.",
        "Dropped {num} SparkListenerEvents since Thu Jan 01 00:00:00 UTC 1970",
        logger="scheduler.LiveListenerBus|LiveListenerBus|scheduler.AsyncEventQueue|AsyncEventQueue",
    ),
    # --- ports, UI, context ----------------------------------------------------------------------------------
    t(
        SN,
        "utils.port_retry",
        "Service 'SparkUI' could not bind on port 4040. Attempting port 4041.",
        "Service 'SparkUI' could not bind on port 4041. Attempting port 4042.",
        "Service 'sparkDriver' could not bind on port 7078. Attempting port 7079.",
        logger="util.Utils|Utils",
    ),
    t(
        SN,
        "ui.started",
        "Started SparkUI at http://{ip}:4040",
        "Started SparkUI at http://{host}:{4040|4041}",
        "Stopped Spark web UI at http://{host}:4040",
        logger="ui.SparkUI|SparkUI",
    ),
    t(
        SN,
        "ctx.added_jar",
        "Added JAR file:/home/{user}/jobs/{spark_jar} at spark://{host}:{port}/jars/{spark_jar} with timestamp"
        " {epochms}",
        "Added JAR hdfs://{host}:8020/libs/{spark_jar} at hdfs://{host}:8020/libs/{spark_jar} with timestamp {epochms}",
        logger="spark.SparkContext|SparkContext",
    ),
    t(
        SN,
        "ctx.stopped",
        "MapOutputTrackerMasterEndpoint stopped!",
        "BlockManagerMaster stopped",
        "OutputCommitCoordinator stopped!",
        logger="MapOutputTrackerMasterEndpoint|BlockManagerMaster|OutputCommitCoordinator$OutputCommitCoordinatorEndpoint",
    ),
]
