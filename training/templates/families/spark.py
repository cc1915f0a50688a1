"""Apache Spark 3.x (driver, executors, DAG/task schedulers, BlockManager, standalone master/worker).

Phrasings follow Spark's core sources: SparkContext, DAGScheduler ("Got job", "Submitting ... missing
tasks", "Job ... finished"), TaskSetManager ("Starting task", "Finished task", "Lost task", "failed 4 times;
aborting job"), TaskSchedulerImpl, Executor, CoarseGrainedExecutorBackend, MemoryStore, BlockManager(Master),
ContextCleaner, ExecutorAllocationManager, YarnAllocator, SparkUncaughtExceptionHandler, DiskBlockManager,
SparkConf's deprecated-key warnings and the standalone Master/Worker.
"""

from training.templates.families._kit import CRIT, DEP, ERR, RES, SEC, SN, deck, maker, pick
from training.values import register

register(
    {
        "spark_site": pick(
            "collect at OrdersJob.scala:{n}",
            "save at ExportWriter.scala:{n}",
            "count at <console>:{n}",
            "showString at NativeMethodAccessorImpl.java:0",
            "runJob at FileFormatWriter.scala:{n}",
            "foreachPartition at SinkWriter.scala:{n}",
        ),
        "spark_stage": pick("ResultStage", "ShuffleMapStage"),
        "spark_rdd": pick("MapPartitionsRDD", "ShuffledRowRDD", "SQLExecutionRDD", "FileScanRDD"),
        "spark_mib": lambda r: f"{r.uniform(0.1, 900):.1f} {r.choice(('KiB', 'MiB', 'MiB', 'B'))}",
    }
)

SPARK_DEP = (
    "The configuration key 'spark.yarn.executor.memoryOverhead' has been deprecated as of Spark 2.3 and may be"
    " removed in the future. Please use the new key 'spark.executor.memoryOverhead' instead.",
    "The configuration key 'spark.scheduler.executorTaskBlacklistTime' has been deprecated as of Spark 2.1.0 and may"
    " be removed in the future. Please use spark.scheduler.excludeOnFailure.timeout instead.",
    "The configuration key 'spark.blacklist.enabled' has been deprecated as of Spark 3.1.0 and may be removed in the"
    " future. Please use the new key 'spark.excludeOnFailure.enabled' instead.",
    "The configuration key 'spark.shuffle.service.index.cache.entries' has been deprecated as of Spark 2.3.0 and may"
    " be removed in the future. Please use 'spark.shuffle.service.index.cache.size' instead.",
)

FAMILY = "spark"
t = maker("spark", sources="spark", prefixes="spark java", logger="SparkContext")

TEMPLATES = [
    t(
        SN,
        "ctx.start",
        "Running Spark version {3.3.2|3.4.1|3.5.1|3.5.0}",
        "Submitted application: {svc}-{date}",
        "Successfully started service 'sparkDriver' on port {port}.",
        "Bound SparkUI to 0.0.0.0, and started at http://{host}:4040",
        logger="SparkContext|Utils|SparkUI",
    ),
    t(
        SN,
        "env.register",
        "Registering MapOutputTracker",
        "Registering BlockManagerMaster",
        "Registering OutputCommitCoordinator",
        "BlockManagerMasterEndpoint up",
        logger="SparkEnv|BlockManagerMasterEndpoint",
    ),
    t(
        SN,
        "dag.got_job",
        "Got job {small} ({spark_site}) with {n} output partitions",
        "Final stage: {spark_stage} {n} ({spark_site})",
        "Parents of final stage: List(ShuffleMapStage {small})",
        "Missing parents: List()",
        logger="DAGScheduler",
    ),
    t(
        SN,
        "dag.submitting",
        "Submitting {spark_stage} {n} ({spark_rdd}[{num}] at {spark_site}), which has no missing parents",
        "Submitting {n} missing tasks from {spark_stage} {small} ({spark_rdd}[{num}] at {spark_site}) (first 15"
        " tasks are for partitions Vector(0, 1, 2, 3))",
        "Adding task set {small}.0 with {n} tasks resource profile 0",
        logger="DAGScheduler|TaskSchedulerImpl",
    ),
    t(
        SN,
        "tsm.starting",
        "Starting task {small}.0 in stage {n}.0 (TID {num}) ({host}, executor {small}, partition {small},"
        " {PROCESS_LOCAL|NODE_LOCAL|RACK_LOCAL|ANY}, {size} bytes)",
        "Starting task {small}.0 in stage {n}.0 (TID {num}) ({ip}, executor driver, partition {small}, PROCESS_LOCAL,"
        " {size} bytes) taskResourceAssignments Map()",
        logger="TaskSetManager",
    ),
    t(
        SN,
        "tsm.finished",
        "Finished task {small}.0 in stage {n}.0 (TID {num}) in {ms} ms on {host} (executor {small}) ({small}/{n})",
        "Removed TaskSet {n}.0, whose tasks have all completed, from pool ",
        logger="TaskSetManager|TaskSchedulerImpl",
    ),
    t(
        SN,
        "dag.stage_finished",
        "{spark_stage} {n} ({spark_site}) finished in {sec} s",
        "Job {small} finished: {spark_site}, took {sec} s",
        "Job {small} is finished. Cancelling potential speculative or zombie tasks for this job",
        logger="DAGScheduler",
    ),
    t(
        SN,
        "executor.running",
        "Running task {small}.0 in stage {n}.0 (TID {num})",
        "Finished task {small}.0 in stage {n}.0 (TID {num}). {size} bytes result sent to driver",
        "Got assigned task {num}",
        logger="Executor|CoarseGrainedExecutorBackend",
    ),
    t(
        SN,
        "executor.registered",
        "Registered executor NettyRpcEndpointRef(spark-client://Executor) ({ip}:{port}) with ID {small},"
        "  ResourceProfileId 0",
        "Successfully registered with driver",
        "Connecting to driver: spark://CoarseGrainedScheduler@{host}:{port}",
        logger="YarnSchedulerBackend$YarnDriverEndpoint|CoarseGrainedExecutorBackend",
    ),
    t(
        SN,
        "cleaner",
        "Cleaned accumulator {num}",
        "Cleaned shuffle {n}",
        "Removing RDD {n}",
        "Cleaned broadcast {n}",
        logger="ContextCleaner|BlockManager",
    ),
    t(
        SN,
        "alloc.request",
        "Requesting {small} new executors because tasks are backlogged (new desired total will be {n} for resource"
        " profile id: 0)",
        "Request to remove executorIds: {small}",
        "Removing executor {small} because it has been idle for 60 seconds (new desired total will be {n})",
        logger="ExecutorAllocationManager",
    ),
    t(
        SN,
        "shutdown",
        "Invoking stop() from shutdown hook",
        "Shutdown hook called",
        "Deleting directory /tmp/spark-{uuid}",
        logger="SparkContext|ShutdownHookManager",
    ),
    t(
        SN,
        "master.leader",
        "I have been elected leader! New state: ALIVE",
        "Registering worker {ip}:{port} with {n} cores, {gb}.0 GiB RAM",
        "Registering app {svc}",
        "Registered app {svc} with ID app-{num}-{small}",
        logger="Master",
    ),
    t(
        SN,
        "sql.codegen",
        "Code generated in {sec} ms",
        "Pushed Filters: IsNotNull(order_id),GreaterThan(amount,0)",
        "Planning scan with bin packing, max size: {num} bytes, open cost is considered as scanning 4194304 bytes.",
        logger="CodeGenerator|FileSourceStrategy|FileSourceScanExec",
    ),
    t(
        ERR,
        "tsm.lost_task",
        "Lost task {small}.0 in stage {n}.0 (TID {num}) ({host} executor {small}): java.lang.NullPointerException",
        "Lost task {small}.{small} in stage {n}.0 (TID {num}) ({host} executor {small}): org.apache.spark.shuffle."
        "FetchFailedException: Failed to connect to {host}/{ip}:7337",
        "Lost task {small}.0 in stage {n}.0 (TID {num}) ({host} executor {small}): java.io.FileNotFoundException:"
        " File does not exist: hdfs://{host}:8020/data/raw/part-{num}.parquet",
        logger="TaskSetManager",
    ),
    t(
        ERR,
        "tsm.abort",
        "Task {small} in stage {n}.0 failed 4 times; aborting job",
        "Job {small} failed: {spark_site}, took {sec} s",
        "{spark_stage} {n} ({spark_site}) failed in {sec} s due to Job aborted due to stage failure: Task {small}"
        " in stage {n}.0 failed 4 times, most recent failure: Lost task {small}.3 in stage {n}.0",
        logger="TaskSetManager|DAGScheduler",
    ),
    t(
        ERR,
        "executor.exception",
        "Exception in task {small}.0 in stage {n}.0 (TID {num})",
        "Exception in task {small}.0 in stage {n}.0 (TID {num}): org.apache.spark.SparkArithmeticException:"
        " [DIVIDE_BY_ZERO] Division by zero.",
        logger="Executor",
    ),
    t(
        ERR,
        "executor.lost",
        "Lost executor {small} on {host}: Remote RPC client disassociated. Likely due to containers exceeding"
        " thresholds, or network issues. Check driver logs for WARN messages.",
        "Lost executor {small} on {host}: Executor heartbeat timed out after {num} ms",
        "Removal of executor {small} requested by driver but executor was lost",
        logger="YarnScheduler|TaskSchedulerImpl|HeartbeatReceiver",
    ),
    t(
        ERR,
        "shuffle.fetch",
        "Exception while beginning fetch of {small} outstanding blocks",
        "Failed to fetch block shuffle_{small}_{n}_{small}, and will not retry (0 retries)",
        "Error occurred while fetching local blocks, java.nio.file.NoSuchFileException: /tmp/blockmgr-{uuid}/"
        "{small}a/shuffle_{small}_{n}_0.data",
        logger="RetryingBlockTransferor|ShuffleBlockFetcherIterator",
    ),
    t(
        ERR,
        "am.final_failed",
        "Final app status: FAILED, exitCode: 13, (reason: User class threw exception:"
        " java.lang.IllegalArgumentException:"
        " Path does not exist: hdfs://{host}:8020/data/in)",
        "User application exited with status 1",
        "Application {app_id} finished with failed status",
        logger="ApplicationMaster|Client",
    ),
    t(
        ERR,
        "worker.connect",
        "Failed to connect to master {host}:7077",
        "Connection to master failed! Waiting for master to reconnect...",
        "Executor app-{num}-{small}/{small} finished with state FAILED message Command exited with code 1 exitStatus 1",
        logger="Worker|StandaloneAppClient$ClientEndpoint",
    ),
    t(
        ERR,
        "uncaught_oom",
        "Uncaught exception in thread Thread[Executor task launch worker for task {num},5,main]"
        " java.lang.OutOfMemoryError:"
        " Java heap space",
        "[Container in shutdown] Uncaught exception in thread Thread[Executor task launch worker-{small},5,main]"
        " java.lang.OutOfMemoryError: GC overhead limit exceeded",
        logger="SparkUncaughtExceptionHandler",
    ),
    t(
        ERR,
        "ctx.init_failed",
        "Error initializing SparkContext.",
        "Error initializing SparkContext. java.net.BindException: Cannot assign requested address: Service"
        " 'sparkDriver' failed after 16 retries (on a random free port)!",
        "Error initializing SparkContext. org.apache.spark.SparkException: A master URL must be set in your"
        " configuration",
        logger="SparkContext",
    ),
    t(
        CRIT,
        "masters_unresponsive",
        "Application has been killed. Reason: All masters are unresponsive! Giving up.",
        "Exiting due to error from cluster scheduler: All masters are unresponsive! Giving up.",
        logger="StandaloneSchedulerBackend|TaskSchedulerImpl",
    ),
    t(
        ERR,
        "disk_dirs",
        "Failed to create any local dir.",
        "Failed to create local dir in /tmp. Ignoring this directory. No local directories left, exiting",
        logger="DiskBlockManager",
    ),
    t(
        ERR,
        "executor_self_exit",
        "Executor self-exiting due to : Driver {host}:{port} disassociated! Shutting down.",
        "Driver {host}:{port} disassociated! Shutting down.",
        logger="CoarseGrainedExecutorBackend",
    ),
    t(
        SEC,
        "auth_failed",
        "Authentication failed for client /{ip}:{port}: javax.security.sasl.SaslException: DIGEST-MD5: digest"
        " response format violation. Mismatched response.",
        "Exception while handling SASL authentication from /{ip}:{port}: Authentication failed",
        logger="AuthRpcHandler|TransportRequestHandler",
    ),
    t(
        SEC,
        "ui_acl",
        "User {user} is not authorized to view application app-{num}-{small}",
        "User {user} is not authorized to modify application {app_id}: kill request denied",
        "User {user} does not have permission to access this page: /api/v1/applications",
        logger="SecurityManager|JettyUtils",
    ),
    t(
        RES,
        "memstore",
        "MemoryStore started with capacity {spark_mib}",
        "Block broadcast_{small} stored as values in memory (estimated size {spark_mib}, free {spark_mib2})",
        "Block broadcast_{small}_piece0 stored as bytes in memory (estimated size {spark_mib}, free {spark_mib2})",
        logger="MemoryStore",
    ),
    t(
        RES,
        "bm.added",
        "Added broadcast_{small}_piece0 in memory on {host}:{port} (size: {spark_mib}, free: {spark_mib2})",
        "Added rdd_{n}_{small} in memory on {host}:{port} (size: {spark_mib}, free: {spark_mib2})",
        "Registering block manager {host}:{port} with {spark_mib} RAM, BlockManagerId({small}, {host}, {port}, None)",
        logger="BlockManagerInfo|BlockManagerMasterEndpoint",
    ),
    t(
        RES,
        "memstore_full",
        "Not enough space to cache rdd_{n}_{small} in memory! (computed {spark_mib} so far)",
        "Will not store rdd_{n}_{small} as it would require dropping another block from the same RDD",
        "Persisting block rdd_{n}_{small} to disk instead.",
        logger="MemoryStore|BlockManager",
    ),
    t(
        RES,
        "spill",
        "Thread {tid} spilling sort data of {spark_mib} to disk ({small}  times so far)",
        "Task {num} force spilling in-memory map to disk and it will release {spark_mib} memory",
        "Failed to allocate a page ({num} bytes), try again.",
        logger="UnsafeExternalSorter|ShuffleExternalSorter|TaskMemoryManager",
    ),
    t(
        RES,
        "yarn_allocator",
        "Will request {small} executor container(s) for  ResourceProfile Id: 0, each with {small} core(s) and {num}"
        " MB memory. with custom resources: <memory:{num}, max memory:{num2}, vCores:{small}, max vCores:{n}>",
        "Container killed by YARN for exceeding physical memory limits. {small}.5 GB of {small}.5 GB physical"
        " memory used. Consider boosting spark.executor.memoryOverhead.",
        logger="YarnAllocator",
    ),
    *deck(t, DEP, "conf_deprecated", SPARK_DEP, logger="SparkConf"),
    t(
        DEP,
        "lang_deprecated",
        "Python 3.7 support is deprecated in Spark 3.4.",
        "Note: SparkR is deprecated from Apache Spark 4.0.0 and will be removed in a future version.",
        "Support for Scala 2.12 is deprecated as of Spark 3.5.0 and will be removed in Spark 4.0.",
        logger="SparkContext|sparkr",
    ),
    t(
        DEP,
        "api_deprecated",
        "DeprecationWarning: Deprecated in 3.0.0. Use SparkSession.builder.getOrCreate() instead.",
        "FutureWarning: Deprecated in 3.0, use createOrReplaceTempView instead.",
        "spark.sql.legacy.timeParserPolicy is set to LEGACY; legacy behaviour is deprecated and will be removed",
        logger="pyspark|SQLConf",
    ),
]
