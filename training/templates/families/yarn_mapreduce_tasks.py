"""MapReduce ApplicationMaster and task attempts (the `yarn_mapreduce` family, continued): job, task and attempt
transitions, container allocation, map spill and shuffle, task failures and fetch errors, AM headroom.

Sources as in `yarn_mapreduce.py` (MRAppMaster, JobImpl, TaskImpl, TaskAttemptImpl, RMContainerAllocator, MapTask,
Fetcher, ShuffleSchedulerImpl, MergeManagerImpl).
"""

from training.templates.families._kit import ERR, RES, SN
from training.templates.families.yarn_mapreduce import MR, t

FAMILY = "yarn_mapreduce"

TEMPLATES = [
    t(
        SN,
        "mr.am_start",
        "Created MRAppMaster for application {yarn_appatt}",
        "Input size for job {yarn_job} = {size}. Number of splits = {n}",
        "Using mapred newApiCommitter.",
        "OutputCommitter is org.apache.hadoop.mapreduce.lib.output.FileOutputCommitter",
        logger=f"{MR}.MRAppMaster|org.apache.hadoop.mapreduce.v2.app.job.impl.JobImpl",
    ),
    t(
        SN,
        "mr.job_transition",
        "{yarn_job}Job Transitioned from {NEW to INITED|INITED to SETUP|SETUP to RUNNING|RUNNING to COMMITTING"
        "|COMMITTING to SUCCEEDED}",
        "{yarn_task} Task Transitioned from {NEW to SCHEDULED|SCHEDULED to RUNNING|RUNNING to SUCCEEDED}",
        "Num completed Tasks: {n}",
        logger=f"{MR}.job.impl.JobImpl|{MR}.job.impl.TaskImpl",
    ),
    t(
        SN,
        "mr.attempt_transition",
        "{attempt} TaskAttempt Transitioned from {UNASSIGNED to ASSIGNED|ASSIGNED to RUNNING|RUNNING to"
        " SUCCESS_FINISHING_CONTAINER|SUCCESS_FINISHING_CONTAINER to SUCCEEDED}",
        "Assigned container {yarn_cid} to {attempt}",
        "JVM with ID : jvm_{id}_m_{num} asked for a task",
        logger=f"{MR}.job.impl.TaskAttemptImpl|{MR}.rm.RMContainerAllocator|org.apache.hadoop.mapred.TaskAttemptListenerImpl",
    ),
    t(
        SN,
        "mr.allocator",
        "After Scheduling: PendingReds:{small} ScheduledMaps:{small} ScheduledReds:0 AssignedMaps:{n} AssignedReds:0"
        " CompletedMaps:{n} CompletedReds:0 ContAlloc:{n} ContRel:0 HostLocal:{n} RackLocal:{small}",
        "Reduce slow start threshold not met. completedMapsForReduceSlowstart {small}",
        "Ramping down all scheduled reduces:0",
        logger=f"{MR}.rm.RMContainerAllocator",
    ),
    t(
        SN,
        "task.map_progress",
        "Processing split: hdfs://{host}:8020/data/raw/part-{num}:0+{num2}",
        "Spilling map output",
        "Finished spill {small}",
        "Starting flush of map output",
        logger="org.apache.hadoop.mapred.MapTask",
        prefixes="hadoop java",
    ),
    t(
        SN,
        "task.done",
        "Task:{attempt} is done. And is in the process of committing",
        "Task {attempt} is allowed to commit now",
        "Saved output of task '{attempt}' to hdfs://{host}:8020/user/{user}/output",
        "Task '{attempt}' done.",
        logger="org.apache.hadoop.mapred.Task|org.apache.hadoop.mapreduce.lib.output.FileOutputCommitter",
    ),
    t(
        SN,
        "task.shuffle",
        "fetcher#{small} about to shuffle output of map {attempt} decomp: {size} len: {size2} to MEMORY",
        "{host}:13562 freed by fetcher#{small} in {ms}ms",
        "finalMerge called with {n} in-memory map-outputs and 0 on-disk map-outputs",
        logger="org.apache.hadoop.mapreduce.task.reduce.Fetcher|org.apache.hadoop.mapreduce.task.reduce.ShuffleSchedulerImpl",
    ),
    t(
        ERR,
        "mr.attempt_failed",
        "Diagnostics report from {attempt}: Error: java.io.IOException: Spill failed",
        "Diagnostics report from {attempt}: Error: java.lang.RuntimeException: java.lang.ClassNotFoundException:"
        " Class com.acme.etl.ParseMapper not found",
        "{attempt} TaskAttempt Transitioned from RUNNING to FAIL_FINISHING_CONTAINER",
        logger=f"{MR}.job.impl.TaskAttemptImpl",
    ),
    t(
        ERR,
        "mr.job_failed",
        "Job failed as tasks failed. failedMaps:{small} failedReduces:0 killedMaps:0 killedReduces: 0",
        "Task failed {yarn_task}",
        "{yarn_job}Job Transitioned from FAIL_WAIT to FAILED",
        logger=f"{MR}.job.impl.JobImpl",
    ),
    t(
        ERR,
        "task.fetch_failed",
        "Failed to connect to {host}:13562 with {small} map outputs",
        "Shuffle Error: Exceeded MAX_FAILED_UNIQUE_FETCHES; bailing-out.",
        "Reporting fetch failure for {attempt} to MRAppMaster.",
        logger="org.apache.hadoop.mapreduce.task.reduce.Fetcher|org.apache.hadoop.mapreduce.task.reduce.ShuffleSchedulerImpl",
    ),
    t(
        ERR,
        "am.connection",
        "ERROR IN CONTACTING RM. ",
        "Retrying connect to server: {host}/{ip}:8030. Already tried {small} time(s); maxRetries=45",
        "Error communicating with RM: Resource Manager doesn't recognize AttemptId: {yarn_appatt}",
        logger=f"{MR}.rm.RMContainerAllocator|org.apache.hadoop.ipc.Client",
    ),
    t(
        RES,
        "am.headroom",
        "Recalculating schedule, headroom={yarn_res}",
        "maxContainerCapability: {yarn_res}",
        "MergerManager: memoryLimit={num}, maxSingleShuffleLimit={num2}, mergeThreshold={num3}, ioSortFactor=10,"
        " memToMemMergeOutputsThreshold=10",
        "mapreduce.task.io.sort.mb: {100|256|512}",
        logger=f"{MR}.rm.RMContainerAllocator|org.apache.hadoop.mapreduce.task.reduce.MergeManagerImpl|"
        "org.apache.hadoop.mapred.MapTask",
    ),
]
