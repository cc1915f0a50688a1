"""YARN and MapReduce (ResourceManager, NodeManager, MRAppMaster, map/reduce task attempts), Hadoop 3.x.

Phrasings follow hadoop-yarn-server and hadoop-mapreduce-client sources: RMAppImpl / RMAppAttemptImpl /
RMContainerImpl state changes ("State change from ... on event = ..."), ResourceTrackerService node
registration, CapacityScheduler allocation, RMAuditLogger key=value lines, ContainerImpl and
ContainersMonitorImpl ("Memory usage of ProcessTree ... physical memory used"), DefaultContainerExecutor
("Exception from container-launch"), JobImpl / TaskImpl / TaskAttemptImpl transitions, RMContainerAllocator,
MapTask / Fetcher / MergeManagerImpl, AsyncDispatcher ("Error in dispatcher thread"), Configuration.deprecation.
"""

from training.templates.families._kit import CRIT, DEP, ERR, HTTP, RES, SEC, SN, deck, maker, pick
from training.values import register


def _cid(r) -> str:
    cluster = r.randrange(1600000000000, 1700000000000)
    return f"container_e{r.randrange(1, 99):02d}_{cluster}_{r.randrange(1, 9999):04d}_01_{r.randrange(1, 999999):06d}"


def _suffix(r) -> str:
    return f"{r.randrange(1600000000000, 1700000000000)}_{r.randrange(1, 9999):04d}"


register(
    {
        "yarn_cid": _cid,
        "yarn_appatt": lambda r: f"appattempt_{_suffix(r)}_{r.randrange(1, 3):06d}",
        "yarn_job": lambda r: f"job_{_suffix(r)}",
        "yarn_task": lambda r: f"task_{_suffix(r)}_{r.choice('mr')}_{r.randrange(0, 999):06d}",
        "yarn_res": lambda r: (
            f"<memory:{r.choice((1024, 2048, 4096, 8192, 16384, 65536))}, vCores:{r.randrange(1, 33)}>"
        ),
        "yarn_queue": pick("root.default", "root.etl", "root.adhoc", "root.prod.reports", "default", "root.ml"),
        "yarn_app_state": pick(
            "NEW to NEW_SAVING on event = START",
            "NEW_SAVING to SUBMITTED on event = APP_NEW_SAVED",
            "SUBMITTED to ACCEPTED on event = APP_ACCEPTED",
            "ACCEPTED to RUNNING on event = ATTEMPT_REGISTERED",
            "RUNNING to FINAL_SAVING on event = ATTEMPT_UNREGISTERED",
            "FINISHING to FINISHED on event = ATTEMPT_FINISHED",
        ),
    }
)

YARN_DEPRECATED = (
    "mapred.job.tracker is deprecated. Instead, use mapreduce.jobtracker.address",
    "mapred.reduce.tasks is deprecated. Instead, use mapreduce.job.reduces",
    "mapred.output.dir is deprecated. Instead, use mapreduce.output.fileoutputformat.outputdir",
    "io.sort.mb is deprecated. Instead, use mapreduce.task.io.sort.mb",
    "mapred.map.tasks.speculative.execution is deprecated. Instead, use mapreduce.map.speculative",
    "yarn.client.max-nodemanagers-proxies is deprecated. Instead, use yarn.client.max-cached-nodemanagers-proxies",
    "mapred.job.name is deprecated. Instead, use mapreduce.job.name",
)

FAMILY = "yarn_mapreduce"
RM = "org.apache.hadoop.yarn.server.resourcemanager"
NM = "org.apache.hadoop.yarn.server.nodemanager"
MR = "org.apache.hadoop.mapreduce.v2.app"
t = maker("yarn_mapreduce", sources="yarn hadoop", prefixes="hadoop java hdfs", logger=f"{RM}.rmapp.RMAppImpl")

TEMPLATES = [
    t(SN, "rm.app_state", "{app_id} State change from {yarn_app_state}", "Storing application with id {app_id}"),
    t(
        SN,
        "rm.attempt_state",
        "{yarn_appatt} State change from {SUBMITTED to SCHEDULED|SCHEDULED to ALLOCATED_SAVING|LAUNCHED to RUNNING}"
        " on event = {ATTEMPT_ADDED|CONTAINER_ALLOCATED|REGISTERED}",
        "Launching masterappattempt: {yarn_appatt}",
        "Registering app attempt : {yarn_appatt}",
        logger=f"{RM}.rmapp.attempt.RMAppAttemptImpl|{RM}.amlauncher.AMLauncher|{RM}.ApplicationMasterService",
    ),
    t(
        SN,
        "rm.container_state",
        "{yarn_cid} Container Transitioned from {NEW to ALLOCATED|ALLOCATED to ACQUIRED|ACQUIRED to RUNNING"
        "|RUNNING to COMPLETED}",
        "Released container {yarn_cid} of capacity {yarn_res} on host {host}:45454, which currently has {small}"
        " containers",
        logger=f"{RM}.rmcontainer.RMContainerImpl|{RM}.scheduler.SchedulerNode",
    ),
    t(
        SN,
        "rm.node_registered",
        "NodeManager from node {host}(cmPort: 45454 httpPort: 8042) registered with capability: {yarn_res},"
        " assigned nodeId {host}:45454",
        "{host}:45454 Node Transitioned from NEW to RUNNING",
        logger=f"{RM}.ResourceTrackerService|{RM}.rmnode.RMNodeImpl",
    ),
    t(
        SN,
        "rm.app_accepted",
        "Application {app_id} from user: {user} activated in queue: {yarn_queue}",
        "Accepted application {app_id} from user: {user}, in queue: {yarn_queue}",
        "Application Attempt {yarn_appatt} is done. finalState=FINISHED",
        logger=f"{RM}.scheduler.capacity.LeafQueue|{RM}.scheduler.capacity.CapacityScheduler",
    ),
    t(
        SN,
        "rm.audit_success",
        "USER={user}\tIP={ip}\tOPERATION=Submit Application Request\tTARGET=ClientRMService\tRESULT=SUCCESS"
        "\tAPPID={app_id}\tQUEUENAME={yarn_queue}",
        "USER={user}\tOPERATION=AM Released Container\tTARGET=SchedulerApp\tRESULT=SUCCESS\tAPPID={app_id}"
        "\tCONTAINERID={yarn_cid}",
        logger=f"{RM}.RMAuditLogger",
    ),
    t(
        SN,
        "rm.ha",
        "Transitioning to active state",
        "Transitioned to active state",
        "Transitioning RM to Standby mode",
        "Already in standby state",
        logger=f"{RM}.ResourceManager",
    ),
    t(
        SN,
        "nm.container_start",
        "Start request for {yarn_cid} by user {user}",
        "Container {yarn_cid} transitioned from {NEW to LOCALIZING|LOCALIZING to SCHEDULED|SCHEDULED to RUNNING"
        "|RUNNING to EXITED_WITH_SUCCESS|EXITED_WITH_SUCCESS to DONE}",
        "Container {yarn_cid} succeeded",
        logger=f"{NM}.containermanager.ContainerManagerImpl|{NM}.containermanager.container.ContainerImpl",
    ),
    t(
        SN,
        "nm.cleanup",
        "Removed completed containers from NM context: [{yarn_cid}]",
        "Deleting absolute path : /yarn/nm/usercache/{user}/appcache/{app_id}/{yarn_cid}",
        "Stopping container with container Id: {yarn_cid}",
        logger=f"{NM}.NodeStatusUpdaterImpl|{NM}.DefaultContainerExecutor",
    ),
    t(
        SN,
        "nm.log_aggregation",
        "Uploading logs for container {yarn_cid}. Current good log dirs are /yarn/container-logs",
        "Application just finished : {app_id}",
        "Log aggregation for {app_id} finished, uploaded {small} files",
        logger=f"{NM}.logaggregation.AppLogAggregatorImpl|{NM}.containermanager.logaggregation.LogAggregationService",
    ),
    t(
        ERR,
        "rm.app_failed",
        "Application {app_id} failed 2 times due to AM Container for {yarn_appatt} exited with  exitCode:"
        " {1|-1000|137}",
        "{app_id} State change from FINAL_SAVING to FAILED on event = APP_UPDATE_SAVED",
        "Updating application {app_id} with final state: FAILED",
        logger=f"{RM}.rmapp.RMAppImpl",
    ),
    t(
        ERR,
        "nm.launch_failed",
        "Exception from container-launch. Container id: {yarn_cid} Exit code: {1|127|143|255}",
        "Container exited with a non-zero exit code {1|127|255}. Error file: prelaunch.err.",
        "Container {yarn_cid} transitioned from RUNNING to EXITED_WITH_FAILURE",
        logger=f"{NM}.DefaultContainerExecutor|{NM}.containermanager.launcher.ContainerLaunch|"
        f"{NM}.containermanager.container.ContainerImpl",
    ),
    t(
        ERR,
        "nm.localization_failed",
        "Failed to download resource {{ {{ hdfs://{host}:8020/user/{user}/.staging/{yarn_job}/job.jar, {epochms},"
        " PATTERN, (?:classes/|lib/).* }},pending,[({yarn_cid})],{id},DOWNLOADING}}",
        "Container {yarn_cid} transitioned from LOCALIZING to LOCALIZATION_FAILED",
        logger=f"{NM}.containermanager.localizer.ResourceLocalizationService",
    ),
    t(
        CRIT,
        "rm.fatal",
        "Received RMFatalEvent of type STATE_STORE_FENCED, caused by"
        " org.apache.zookeeper.KeeperException$NoAuthException:"
        " KeeperErrorCode = NoAuth",
        "Received RMFatalEvent of type CRITICAL_THREAD_CRASH, caused by a critical thread, Timer-{small}, that exited"
        " unexpectedly",
        "Error starting ResourceManager",
        logger=f"{RM}.ResourceManager",
    ),
    t(
        CRIT,
        "dispatcher_crash",
        "Error in dispatcher thread",
        "Exiting, bbye..",
        "Error in handling event type NODE_UPDATE to the Event Dispatcher",
        logger="org.apache.hadoop.yarn.event.AsyncDispatcher|org.apache.hadoop.yarn.event.EventDispatcher",
    ),
    t(
        CRIT,
        "nm.start_failed",
        "Error starting NodeManager",
        "Recieved SHUTDOWN signal from Resourcemanager as part of heartbeat, hence shutting down.",
        "Received SHUTDOWN signal from Resourcemanager, Registration of NodeManager failed, Message from"
        " ResourceManager: Disallowed NodeManager from  {host}, Sending SHUTDOWN signal to the NodeManager.",
        logger=f"{NM}.NodeManager|{NM}.NodeStatusUpdaterImpl",
    ),
    t(
        CRIT,
        "rm.nodes_lost",
        "Deactivating Node {host}:45454 as it is now LOST",
        "{host}:45454 Node Transitioned from RUNNING to LOST",
        logger=f"{RM}.rmnode.RMNodeImpl",
    ),
    t(
        SEC,
        "rm.audit_denied",
        "USER={user}\tIP={ip}\tOPERATION=Kill Application Request\tTARGET=ClientRMService\tRESULT=FAILURE"
        "\tDESCRIPTION=Unauthorized user\tPERMISSIONS=User {user} cannot perform operation MODIFY_APP on {app_id}"
        "\tAPPID={app_id}",
        "USER={user}\tIP={ip}\tOPERATION=Submit Application Request\tTARGET=ClientRMService\tRESULT=FAILURE"
        "\tDESCRIPTION=Unauthorized user\tPERMISSIONS=User {user} does not have permission to submit {app_id} to"
        " queue {yarn_queue}",
        logger=f"{RM}.RMAuditLogger",
    ),
    t(
        SEC,
        "nm.bad_token",
        "Unauthorized request to start container. This token is expired. current time is {epochms} found {epochms2}",
        "Unauthorized request to start container. NMToken for application attempt : {yarn_appatt} was used for"
        " starting container with container token issued for application attempt : {yarn_appatt}",
        logger=f"{NM}.containermanager.ContainerManagerImpl",
    ),
    t(
        SEC,
        "rm.invalid_amrm_token",
        "Invalid AMRMToken from {yarn_appatt}",
        "AM {yarn_appatt} is not authorized: AppAttemptId in token does not match",
        "User {user} is not authorized to view the logs for {yarn_cid} in log file",
        logger=f"{RM}.ApplicationMasterService|org.apache.hadoop.yarn.server.webapp.LogServlet",
    ),
    t(
        RES,
        "rm.assigned",
        "Assigned container {yarn_cid} of capacity {yarn_res} on host {host}:45454, which has {n} containers,"
        " {yarn_res2} used and {yarn_res3} available after allocation",
        "Re-sorting assigned queue: {yarn_queue} stats: {yarn_queue}: capacity=0.{pct}, absoluteCapacity=0.{pct},"
        " usedResources={yarn_res}, usedCapacity=0.{pct2}, absoluteUsedCapacity=0.{pct2}, numApps={small},"
        " numContainers={n}",
        logger=f"{RM}.scheduler.SchedulerNode|{RM}.scheduler.capacity.ParentQueue",
    ),
    t(
        RES,
        "nm.memory_usage",
        "Memory usage of ProcessTree {pid} for container-id {yarn_cid}: {mb} MB of {small} GB physical memory used;"
        " {gb} GB of {n} GB virtual memory used",
        "Container [pid={pid},containerID={yarn_cid}] is running {size}B beyond the 'PHYSICAL' memory limit. Current"
        " usage: {small}.1 GB of {small} GB physical memory used; {n}.5 GB of {n} GB virtual memory used. Killing"
        " container.",
        logger=f"{NM}.containermanager.monitor.ContainersMonitorImpl",
    ),
    t(
        RES,
        "nm.disk_health",
        "Most of the disks failed. 1/1 local-dirs usable space is below configured utilization percentage/no more"
        " usable space [ /yarn/nm : used space above threshold of 90.0% ] ; 1/1 log-dirs usable space is below"
        " configured utilization percentage",
        "Directory /yarn/nm error, used space above threshold of 90.0%, removing from list of valid directories",
        logger=f"{NM}.DirectoryCollection|{NM}.LocalDirsHandlerService",
    ),
    t(
        RES,
        "rm.max_allocation",
        "Maximum allocation = {yarn_res}",
        "Minimum allocation = <memory:1024, vCores:1>",
        "Initialized queue: {yarn_queue}: capacity=0.{pct}, absoluteCapacity=0.{pct}, usedResources=<memory:0,"
        " vCores:0>, usedCapacity=0.0, absoluteUsedCapacity=0.0, numApps=0, numContainers=0",
        logger=f"{RM}.scheduler.capacity.CapacitySchedulerConfiguration|{RM}.scheduler.capacity.LeafQueue",
    ),
    *deck(
        t,
        DEP,
        "conf_deprecation",
        YARN_DEPRECATED,
        logger="org.apache.hadoop.conf.Configuration.deprecation|Configuration.deprecation",
    ),
    t(
        DEP,
        "script_deprecation",
        "WARNING: Use of this script to start YARN daemons is deprecated. WARNING: Attempting to execute replacement"
        ' "yarn --daemon start" instead.',
        "WARNING: YARN_OPTS has been replaced by HADOOP_OPTS. Using value of YARN_OPTS.",
        "WARNING: YARN_LOG_DIR has been replaced by HADOOP_LOG_DIR. Using value of YARN_LOG_DIR.",
        prefixes="none",
    ),
    t(
        DEP,
        "api_deprecation",
        "yarn.nodemanager.linux-container-executor.cgroups.strict-resource-usage is deprecated and will be removed"
        " in a future release. Use yarn.nodemanager.resource.cpu.enforce-limits instead",
        "The configuration yarn.resourcemanager.scheduler.monitor.policies is deprecated, please use"
        " yarn.resourcemanager.scheduler.monitor.policies.enable",
        logger="org.apache.hadoop.conf.Configuration.deprecation",
    ),
    t(
        HTTP,
        "rm_web_access",
        '{ip} - - [{clf}] "GET /ws/v1/cluster/apps?states=RUNNING HTTP/1.1" {status} {size}',
        '{ip} - - [{clf}] "GET /ws/v1/cluster/apps/{app_id}/state HTTP/1.1" {status} {size}',
        '{ip} - - [{clf}] "PUT /ws/v1/cluster/apps/{app_id}/state HTTP/1.1" {status} {size}',
        prefixes="none",
        logger="http.requests.resourcemanager",
    ),
    t(
        HTTP,
        "nm_web_access",
        '{ip} - - [{clf}] "GET /node/containerlogs/{yarn_cid}/{user}/stderr/?start=-4096 HTTP/1.1" {status} {size}',
        '{ip} - - [{clf}] "GET /ws/v1/timeline/YARN_APPLICATION?limit=50 HTTP/1.1" {status} {size}',
        prefixes="none",
        logger="http.requests.nodemanager",
    ),
]
