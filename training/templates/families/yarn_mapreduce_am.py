"""MapReduce ApplicationMaster, task JVM and NodeManager/ResourceManager log lines (the `yarn_mapreduce` family,
continued; `yarn_mapreduce.py` and `yarn_mapreduce_tasks.py` hold the first part and are not repeated here).

Phrasings follow the format strings in apache/hadoop:
hadoop-mapreduce-client-app .../v2/app/rm/RMContainerAllocator.java ("Before Scheduling:", "Final Stats:", "Got
allocated containers", "Received completed container", "Reduce slow start threshold reached", "All maps assigned.
Ramping up all remaining reduces:", "mapResourceRequest:", "Could not contact RM after"), rm/RMContainerRequestor.java
("getResources() for", "Update the blacklist for"; RMContainerAllocator "completedMapPercent ...
totalResourceLimit:"), rm/RMCommunicator.java ("Setting job diagnostics to", "History
url is"), job/impl/TaskAttemptImpl.java ("TaskAttempt Transitioned from NEW to UNASSIGNED", "TaskAttempt: [...]
using containerId:", "Job jar is not present", "The job-jar file on the remote FS is", "Resource capability of task
type"), job/impl/TaskImpl.java ("Task succeeded with attempt", "Issuing kill to other attempt", "Scheduling a
redundant attempt for task"), job/impl/JobImpl.java ("Not uberizing", "Too many fetch-failures for output of task
attempt", "Calling handler for JobFinishedEvent", FAIL_WAIT / FAIL_ABORT transitions), MRAppMaster.java ("Deleting
staging directory"), mapred/TaskAttemptListenerImpl.java ("Progress of TaskAttempt", "Done acknowledgement from",
"JVM with ID: ... given task:", "Task: ... - exited :"), launcher/ContainerLauncherImpl.java and
ContainerLauncherEvent.toString ("Processing the event EventType: CONTAINER_REMOTE_LAUNCH for container ...
taskAttempt ...", "Launching", "Shuffle port returned by ContainerManager for", "KILLING", "Container launch failed
for"), commit/CommitterEventHandler.java ("Processing the event EventType: JOB_SETUP"),
jobhistory/JobHistoryEventHandler.java ("Event Writer setup for JobId:", "Copying ... to ...", "Copied to done
location:", "Moved tmp to done:"); hadoop-mapreduce-client-core task/reduce/InMemoryMapOutput.java and
OnDiskMapOutput.java ("Read ... bytes from map-output for"), task/reduce/MergeManagerImpl.java ("closeInMemoryFile ->
map-output of size:", "Starting inMemoryMerger's merge since commitMemory=", "Merged ... segments, ... bytes to disk to
satisfy reduce memory limit"), mapred/Merger.java ("Down to the last merge-pass"); hadoop-common ipc/Client.java
("Retrying connect to server: ... retry policy is", "Address change detected. Old: ... New:") with
io/retry/RetryPolicies.java's RetryUpToMaximumCountWithFixedSleep.toString; hadoop-hdfs-client LeaseRenewer.java
("Failed to renew lease for ... Will retry shortly ..."); mapred/MapTask.java ("soft limit at", "bufstart =",
"kvstart ="); hadoop-yarn-server-nodemanager NodeStatusUpdaterImpl.java ("Nodemanager resources: memory set to"),
ContainersMonitorImpl.java
(2.x "is running beyond physical memory limits" message, "Starting/Stopping resource-monitoring for") and
ContainerImpl.java transitions; hadoop-yarn-server-resourcemanager RMAppAttemptImpl.java ("Updating application
attempt ... with final state:", attempt "State change from") and ApplicationMasterService.java ("Unregistering app
attempt :").
"""

from training.templates.families._kit import ERR, RES, SN
from training.templates.families.yarn_mapreduce import MR, NM, RM, _suffix, t
from training.values import register

register(
    {
        "yam_progress": lambda r: r.choice(
            ("0.0", "1.0", "0.667", f"{r.random():.8f}".rstrip("0") or "0.0", f"0.{r.randrange(1, 99999999):08d}")
        ),
        "yam_jvm": lambda r: f"jvm_{_suffix(r)}_{r.choice('mr')}_{r.randrange(1, 999999):06d}",
        "yam_dfsclient": lambda r: f"DFSClient_NONMAPREDUCE_{r.choice(('-', ''))}{r.randrange(10**8, 2**31)}_1",
        "yam_mem": lambda r: r.choice(("1.0 GB", "2 GB", "4 GB", "1.5 GB", "8 GB", "512 MB", "3 GB")),
        "yam_used": lambda r: f"{r.randrange(1, 9)}.{r.randrange(0, 10)} GB",
    }
)

FAMILY = "yarn_mapreduce"
ALLOC = f"{MR}.rm.RMContainerAllocator"
TAI = f"{MR}.job.impl.TaskAttemptImpl"
TAL = "org.apache.hadoop.mapred.TaskAttemptListenerImpl"
LAUNCHER = f"{MR}.launcher.ContainerLauncherImpl"
JHEH = "org.apache.hadoop.mapreduce.jobhistory.JobHistoryEventHandler"
REDUCE = "org.apache.hadoop.mapreduce.task.reduce"
STATS = (
    "PendingReds:{small} ScheduledMaps:{n} ScheduledReds:0 AssignedMaps:{small} AssignedReds:0 CompletedMaps:{small}"
    " CompletedReds:0 ContAlloc:{n} ContRel:0 HostLocal:{small} RackLocal:{small}"
)
JHIST = "hdfs://{host}:8020/user/{user}/.staging/{yarn_job}/{yarn_job}_1"

TEMPLATES = [
    # --- System Notification: AM allocator heartbeats, launches, progress, commits, history ---
    t(
        SN,
        "am.alloc_stats",
        f"Before Scheduling: {STATS}",
        f"Final Stats: {STATS}",
        "Got allocated containers {small}",
        logger=ALLOC,
    ),
    t(
        SN,
        "am.completed_container",
        "Received completed container {yarn_cid}",
        "Reduce slow start threshold reached. Scheduling reduces.",
        "All maps assigned. Ramping up all remaining reduces:{small}",
        logger=ALLOC,
    ),
    t(
        SN,
        "am.blacklist_update",
        "Update the blacklist for {app_id}: blacklistAdditions={small} blacklistRemovals=0",
        "Update the blacklist for {app_id}: blacklistAdditions=0 blacklistRemovals={small}",
        logger=f"{MR}.rm.RMContainerRequestor",
    ),
    t(
        SN,
        "am.task_progress",
        "Progress of TaskAttempt {attempt} is : {yam_progress}",
        "Done acknowledgement from {attempt}",
        "JVM with ID: {yam_jvm} given task: {attempt}",
        logger=TAL,
    ),
    t(
        SN,
        "am.remote_launch",
        "Processing the event EventType: CONTAINER_REMOTE_LAUNCH for container {yarn_cid} taskAttempt {attempt}",
        "Launching {attempt}",
        "Shuffle port returned by ContainerManager for {attempt} : 13562",
        "Processing the event EventType: CONTAINER_REMOTE_CLEANUP for container {yarn_cid} taskAttempt {attempt}",
        logger=LAUNCHER,
    ),
    t(
        SN,
        "am.attempt_container",
        "{attempt} TaskAttempt Transitioned from NEW to UNASSIGNED",
        "TaskAttempt: [{attempt}] using containerId: [{yarn_cid} on NM: [{host}:45454]",
        logger=TAI,
    ),
    t(
        SN,
        "am.job_resources",
        "Job jar is not present. Not adding any jar to the list of resources.",
        "The job-jar file on the remote FS is hdfs://{host}:8020/user/{user}/.staging/{yarn_job}/job.jar",
        "Not uberizing {yarn_job} because: not enabled; too many maps; too much input;",
        logger=f"{TAI}|{MR}.job.impl.JobImpl",
    ),
    t(
        SN,
        "am.speculation",
        "Task succeeded with attempt {attempt}",
        "Issuing kill to other attempt {attempt}",
        "Scheduling a redundant attempt for task {yarn_task}",
        logger=f"{MR}.job.impl.TaskImpl",
    ),
    t(
        SN,
        "am.container_kill",
        "KILLING {attempt}",
        "{attempt} TaskAttempt Transitioned from {RUNNING to KILL_CONTAINER_CLEANUP|KILL_CONTAINER_CLEANUP to"
        " KILL_TASK_CLEANUP|KILL_TASK_CLEANUP to KILLED}",
        logger=f"{LAUNCHER}|{TAI}",
    ),
    t(
        SN,
        "am.committer",
        "Processing the event EventType: {JOB_SETUP|JOB_COMMIT}",
        "Calling handler for JobFinishedEvent ",
        logger=f"{MR}.commit.CommitterEventHandler|{MR}.job.impl.JobImpl",
    ),
    t(
        SN,
        "am.history_writer",
        f"Event Writer setup for JobId: {{yarn_job}}, File: {JHIST}.jhist",
        f"Copying {JHIST}.jhist to hdfs://{{host}}:8020/mr-history/tmp/{{user}}/{{yarn_job}}-{{epochms}}-{{user}}-"
        "word+count-{epochms2}-{small}-1-SUCCEEDED-default-{epochms3}.jhist_tmp",
        "Copied to done location: hdfs://{host}:8020/mr-history/tmp/{user}/{yarn_job}_conf.xml_tmp",
        "Moved tmp to done: hdfs://{host}:8020/mr-history/tmp/{user}/{yarn_job}.summary_tmp to"
        " hdfs://{host}:8020/mr-history/tmp/{user}/{yarn_job}.summary",
        logger=JHEH,
    ),
    t(
        SN,
        "am.unregister",
        "Setting job diagnostics to ",
        "History url is http://{host}:19888/jobhistory/job/{yarn_job}",
        "Deleting staging directory hdfs://{host}:8020 /user/{user}/.staging/{yarn_job}",
        logger=f"{MR}.rm.RMCommunicator|{MR}.MRAppMaster",
    ),
    t(
        SN,
        "ipc.address_change",
        "Address change detected. Old: {host}/{ip}:8020 New: {host}/{ip2}:8020",
        "Address change detected. Old: {host}/{ip}:{8030|8032} New: {host}/{ip2}:{8030|8032}",
        logger="org.apache.hadoop.ipc.Client",
    ),
    t(
        SN,
        "task.shuffle_read",
        "Read {num} bytes from map-output for {attempt}",
        "fetcher#{small} about to shuffle output of map {attempt} decomp: {num} len: {num2} to DISK",
        logger=f"{REDUCE}.InMemoryMapOutput|{REDUCE}.OnDiskMapOutput|{REDUCE}.Fetcher",
        prefixes="hadoop java",
    ),
    t(
        SN,
        "task.reduce_merge",
        "Down to the last merge-pass, with {small} segments left of total size: {num} bytes",
        "Merged {small} segments, {num} bytes to disk to satisfy reduce memory limit",
        "Merging {small} sorted segments",
        logger=f"org.apache.hadoop.mapred.Merger|{REDUCE}.MergeManagerImpl",
        prefixes="hadoop java",
    ),
    t(
        SN,
        "nm.monitoring",
        "Starting resource-monitoring for {yarn_cid}",
        "Stopping resource-monitoring for {yarn_cid}",
        logger=f"{NM}.containermanager.monitor.ContainersMonitorImpl",
    ),
    t(
        SN,
        "nm.container_killing",
        "Container {yarn_cid} transitioned from RUNNING to KILLING",
        "Container {yarn_cid} transitioned from KILLING to CONTAINER_CLEANEDUP_AFTER_KILL",
        "Container {yarn_cid} transitioned from CONTAINER_CLEANEDUP_AFTER_KILL to DONE",
        logger=f"{NM}.containermanager.container.ContainerImpl",
    ),
    t(
        SN,
        "rm.attempt_finish",
        "Updating application attempt {yarn_appatt} with final state: FINISHING, and exit status: 0",
        "Unregistering app attempt : {yarn_appatt}",
        "{yarn_appatt} State change from {RUNNING to FINAL_SAVING on event = UNREGISTERED|FINAL_SAVING to FINISHING on"
        " event = ATTEMPT_UPDATE_SAVED|FINISHING to FINISHED on event = CONTAINER_FINISHED}",
        logger=f"{RM}.rmapp.attempt.RMAppAttemptImpl|{RM}.ApplicationMasterService",
    ),
    # --- Resource Usage: resource requests, limits, shuffle memory accounting, memory limits exceeded ---
    t(
        RES,
        "am.resource_request",
        "getResources() for {app_id}: ask={small} release= 0 newContainers={small} finishedContainers=0"
        " resourcelimit={yarn_res} knownNMs={small}",
        "completedMapPercent 0.{pct} totalResourceLimit:{yarn_res} finalMapResourceLimit:{yarn_res2}"
        " finalReduceResourceLimit:{yarn_res3} netScheduledMapResource:{yarn_res4} netScheduledReduceResource:"
        "<memory:0, vCores:0>",
        logger=f"{MR}.rm.RMContainerRequestor|{ALLOC}",
    ),
    t(
        RES,
        "am.task_capability",
        "mapResourceRequest:{yarn_res}",
        "reduceResourceRequest:{yarn_res}",
        "Resource capability of task type {MAP|REDUCE} is set to <memory:{1024|2048|3072|4096}, max memory:"
        "9223372036854775807, vCores:1, max vCores:2147483647>",
        logger=f"{ALLOC}|{TAI}",
    ),
    t(
        RES,
        "task.sort_buffer",
        "soft limit at {num}",
        "bufstart = 0; bufvoid = {num}",
        "kvstart = {num}; length = {num2}",
        logger="org.apache.hadoop.mapred.MapTask",
        prefixes="hadoop java",
    ),
    t(
        RES,
        "nm.node_resources",
        "Nodemanager resources: memory set to {8192|16384|65536|122880|253952}MB.",
        "Nodemanager resources: vcores set to {8|16|32|48|64}.",
        logger=f"{NM}.NodeStatusUpdaterImpl",
    ),
    t(
        RES,
        "task.merge_memory",
        "closeInMemoryFile -> map-output of size: {num}, inMemoryMapOutputs.size() -> {small}, commitMemory -> {num2},"
        " usedMemory ->{num3}",
        "Starting inMemoryMerger's merge since commitMemory={num} > mergeThreshold={num2}. Current usedMemory={num3}",
        logger=f"{REDUCE}.MergeManagerImpl",
        prefixes="hadoop java",
    ),
    t(
        RES,
        "nm.memory_limits",
        "Container [pid={pid},containerID={yarn_cid}] is running beyond physical memory limits. Current usage:"
        " {yam_used} of {yam_mem} physical memory used; {yam_used2} of {yam_mem2} virtual memory used. Killing"
        " container.",
        "Container [pid={pid},containerID={yarn_cid}] is running beyond virtual memory limits. Current usage:"
        " {yam_used} of {yam_mem} physical memory used; {yam_used2} of {yam_mem2} virtual memory used. Killing"
        " container.",
        logger=f"{NM}.containermanager.monitor.ContainersMonitorImpl",
    ),
    # --- Error: failed attempts, fetch failures, launch failures, RM/NN connection retries, lease renewal ---
    t(
        ERR,
        "am.attempt_fatal",
        "Task: {attempt} - exited : java.io.IOException: Spill failed",
        "Task: {attempt} - exited : java.lang.OutOfMemoryError: Java heap space",
        "{attempt} TaskAttempt Transitioned from {FAIL_CONTAINER_CLEANUP to FAIL_TASK_CLEANUP|FAIL_TASK_CLEANUP to"
        " FAILED}",
        logger=f"{TAL}|{TAI}",
    ),
    t(
        ERR,
        "am.fetch_failures",
        "Too many fetch-failures for output of task attempt: {attempt} ... raising fetch failure to map",
        "{attempt} TaskAttempt Transitioned from SUCCEEDED to FAILED",
        logger=f"{MR}.job.impl.JobImpl|{TAI}",
    ),
    t(
        ERR,
        "am.launch_failed",
        "Container launch failed for {yarn_cid} : java.net.ConnectException: Call From {host}/{ip} to {host2}:45454"
        " failed on connection exception: java.net.ConnectException: Connection refused",
        "Container launch failed for {yarn_cid} : java.net.SocketTimeoutException: {n}000 millis timeout while"
        " waiting for channel to be ready for connect.",
        logger=LAUNCHER,
    ),
    t(
        ERR,
        "am.rm_unreachable",
        "Could not contact RM after {n}0000 milliseconds.",
        "{yarn_job}Job Transitioned from RUNNING to ERROR",
        logger=f"{ALLOC}|{MR}.job.impl.JobImpl",
    ),
    t(
        ERR,
        "am.job_fail_path",
        "{yarn_job}Job Transitioned from RUNNING to FAIL_WAIT",
        "{yarn_job}Job Transitioned from {FAIL_WAIT to FAIL_ABORT|FAIL_ABORT to FAILED}",
        logger=f"{MR}.job.impl.JobImpl",
    ),
    t(
        ERR,
        "ipc.retry_connect",
        "Retrying connect to server: {host}/{ip}:{8020|8030|8031|8032|10020}. Already tried {small} time(s); retry"
        " policy is RetryUpToMaximumCountWithFixedSleep(maxRetries=10, sleepTime=1000 MILLISECONDS)",
        "Retrying connect to server: {host}/{ip}:{8020|8030|8031|8032|10020}. Already tried {small} time(s); retry"
        " policy is RetryUpToMaximumCountWithFixedSleep(maxRetries={n}, sleepTime={1000|5000|10000} MILLISECONDS)",
        logger="org.apache.hadoop.ipc.Client",
    ),
    t(
        ERR,
        "hdfs.lease_renew_failed",
        "Failed to renew lease for [{yam_dfsclient}] for {n} seconds.  Will retry shortly ...",
        "Failed to renew lease for [{yam_dfsclient}, {yam_dfsclient2}] for {secs} seconds.  Will retry shortly ...",
        logger="org.apache.hadoop.hdfs.client.impl.LeaseRenewer|org.apache.hadoop.hdfs.LeaseRenewer",
    ),
    t(
        ERR,
        "rm.attempt_failed",
        "Updating application attempt {yarn_appatt} with final state: FAILED, and exit status: {1|-100|-104|143}",
        "{yarn_appatt} State change from {LAUNCHED to FINAL_SAVING on event = EXPIRE|FINAL_SAVING to FAILED on event ="
        " ATTEMPT_UPDATE_SAVED|RUNNING to FINAL_SAVING on event = CONTAINER_FINISHED}",
        logger=f"{RM}.rmapp.attempt.RMAppAttemptImpl",
    ),
]
