"""HPC batch schedulers: Slurm (slurmctld, slurmd, slurmstepd, slurmdbd, sbatch) and PBS Pro / Torque
(pbs_server and pbs_mom accounting-style event logs).

Slurm phrasings follow its source: src/slurmctld/proc_req.c (_slurm_rpc_submit_batch_job: JobId= InitPrio=
usec=, Security violation, ... RPC from uid=, Note very large processing time), job_mgr.c (_job_complete:
JobId= WEXITSTATUS / WTERMSIG / done, Time limit exhausted for JobId=, requeue job due to failure of node),
node_scheduler.c (sched: Allocate JobId= NodeList= #CPUs= Partition=), ping_nodes.c and node_mgr.c (Nodes ...
not responding, setting DOWN; Node ... now responding; Node ... has low real_memory size; Node configuration
differs from hardware), controller.c (slurmctld version ... started on cluster, Running as primary controller),
src/slurmd (CPUs= Boards= Sockets= ... Memory=, launch task StepId= request from UID:), slurmstepd's
"*** JOB N ON node CANCELLED AT ... DUE TO TIME LIMIT ***" and "Detected N oom_kill event", jobacct_gather
("exceeded memory limit ... being killed"), the auth/munge plugin (Munge decode failed), slurmdbd agent
("agent queue is full, discarding"), and read_config.c deprecation notices (FastSchedule will be removed,
Ignoring obsolete ... option, select/cons_res is deprecated). PBS lines follow the PBS Professional / Torque
server and MOM log format (date;event-type;daemon;object-type;object-name;message) and their messages (Job
Queued at request of, Job Run at request of Scheduler, Exit_status= resources_used.*, =>> PBS: job killed:
walltime exceeded limit, Reject reply code=15023 Bad UID for job execution).
"""

from training.templates.families._labels import ce, dw, er, ru, sa, sn
from training.values import register

FAMILY = "slurm"

register(
    {
        "slurm_job": lambda r: str(r.randrange(100_000, 9_999_999)),
        "slurm_node": lambda r: f"{r.choice(('cn', 'gpu', 'node', 'c', 'hm'))}{r.randrange(1, 999):03d}",
        "slurm_part": lambda r: r.choice(("compute", "gpu", "debug", "bigmem", "normal", "long")),
        "pbs_ts": lambda r: (
            f"{r.randrange(1, 13):02d}/{r.randrange(1, 29):02d}/2024 {r.randrange(24):02d}:"
            f"{r.randrange(60):02d}:{r.randrange(60):02d}"
        ),
        "pbs_srv": lambda r: r.choice(("pbs-head", "hpc-sched01", "torque-master")),
    }
)

P = "syslog none"
S = "slurmctld"
D = "slurmd"
_NL = "{slurm_node}"
_PB = "{pbs_ts};0008;PBS_Server.{pid};Job;{slurm_job}.{pbs_srv};"
_PM = "{pbs_ts};0008;pbs_mom.{pid};Job;{slurm_job}.{pbs_srv};"

TEMPLATES = [
    sn(
        "slurm.submit",
        S,
        P,
        "_slurm_rpc_submit_batch_job: JobId={slurm_job} InitPrio={num} usec={n}",
        "_slurm_rpc_submit_batch_job: JobId={slurm_job} InitPrio={num} usec={num2}",
        "sched: _slurm_rpc_allocate_resources JobId={slurm_job} NodeList=" + _NL + " usec={n}",
    ),
    sn(
        "slurm.allocate",
        S,
        P,
        "sched: Allocate JobId={slurm_job} NodeList=" + _NL + " #CPUs={n} Partition={slurm_part}",
        "sched/backfill: _start_job: Started JobId={slurm_job} in {slurm_part} on " + _NL,
        "backfill: Started JobId={slurm_job} in {slurm_part} on " + _NL,
    ),
    sn(
        "slurm.job_done",
        S,
        P,
        "_job_complete: JobId={slurm_job} WEXITSTATUS 0",
        "_job_complete: JobId={slurm_job} done",
        "_job_complete: JobId={slurm_job}_{small}({slurm_job}) WEXITSTATUS 0",
    ),
    sn(
        "slurm.ctld_start",
        S,
        P,
        "slurmctld version {23.02|23.11|24.05}.{small} started on cluster {hpc|cluster|frontier}",
        "Running as primary controller",
        "Recovered state of {n} nodes",
        "Recovered information about {n} jobs",
    ),
    sn(
        "slurm.node_registration",
        S,
        P,
        "_slurm_rpc_node_registration complete for " + _NL + " usec={n}",
        "Node " + _NL + " now responding",
        "node " + _NL + " returned to service",
        "update_node: node " + _NL + " state set to IDLE",
    ),
    sn(
        "slurm.slurmd_start",
        D,
        P,
        "slurmd version {23.02|23.11|24.05}.{small} started",
        "slurmd started on {Mon|Tue|Wed}, {small} Dec 2025 1{small2}:0{small3}:{n} +0000",
        "launch task StepId={slurm_job}.0 request from UID:{uid} GID:{uid} HOST:{ip} PORT:{port}",
        "[{slurm_job}.batch] done with job",
    ),
    sn(
        "slurm.drain_admin",
        S,
        P,
        "update_node: node " + _NL + " reason set to: {maintenance|reboot requested|firmware update}",
        "update_node: node " + _NL + " state set to DRAINING",
        "Reboot request for node " + _NL + " queued",
    ),
    er(
        "slurm.job_failed",
        S,
        P,
        "_job_complete: JobId={slurm_job} WEXITSTATUS {small}",
        "_job_complete: JobId={slurm_job} WTERMSIG {9|11|6}",
        "_job_complete: JobId={slurm_job} OOM failure",
    ),
    er(
        "slurm.time_limit",
        S,
        P,
        "Time limit exhausted for JobId={slurm_job}",
        "slurmstepd: error: *** JOB {slurm_job} ON "
        + _NL
        + " CANCELLED AT {date}T1{small}:0{small2}:{n} DUE TO TIME LIMIT ***",
        "slurmstepd: error: *** STEP {slurm_job}.0 ON " + _NL + " CANCELLED AT {date}T1{small}:0{small2}:{n} DUE TO "
        "TIME LIMIT ***",
    ),
    er(
        "slurm.oom_step",
        D,
        P,
        "slurmstepd: error: Detected {small} oom_kill event in StepId={slurm_job}.batch. Some of the step tasks have "
        "been OOM Killed.",
        "slurmstepd: error: Detected {small} oom-kill event(s) in StepId={slurm_job}.0 cgroup. Some of your processes "
        "may have been killed by the cgroup out-of-memory handler.",
    ),
    er(
        "slurm.prolog",
        D,
        P,
        "error: prolog failed: rc:{small} output:",
        "error: [job {slurm_job}] prolog failed status={small}:0",
        "error: _run_prolog: prolog with lock for job {slurm_job} ran for {n} seconds",
    ),
    er(
        "slurm.submit_rejected",
        S,
        P,
        "_slurm_rpc_submit_batch_job: Invalid account or account/partition combination specified",
        "_slurm_rpc_submit_batch_job: Requested node configuration is not available",
        "sbatch: error: Batch job submission failed: Requested node configuration is not available",
        "sbatch: error: Batch job submission failed: Job violates accounting/QOS policy (job submit limit, user's "
        "size and/or time limits)",
    ),
    er(
        "slurm.rpc_errors",
        S,
        P,
        "error: slurm_receive_msg [{ip}:{port}]: Zero Bytes were transmitted or received",
        "error: Unable to contact slurm controller (connect failure)",
        "error: Node " + _NL + " appears to have a different slurm.conf than the slurmctld.  This could cause "
        "issues with communication and functionality.  Please review both files and make sure they are the same.",
        'error: _find_node_record: lookup failure for node "' + _NL + '"',
    ),
    er(
        "slurm.node_config",
        D,
        P,
        "error: Node configuration differs from hardware: CPUs={n}:{n2}(hw) Boards=1:1(hw) SocketsPerBoard=2:2(hw) "
        "CoresPerSocket={n}:{n2}(hw) ThreadsPerCore=2:2(hw)",
        "error: Munge decode failed: Expired credential",
        "error: slurm_persist_conn_open_without_init: failed to open persistent connection to host:{host}:6819: "
        "Connection refused",
    ),
    sa(
        "slurm.security_violation",
        S,
        P,
        "error: Security violation, REQUEST_KILL_JOB RPC from uid={uid}",
        "error: Security violation, REQUEST_UPDATE_NODE RPC from uid={uid}",
        "error: Security violation: batch launch RPC from uid {uid}",
        "error: Munge decode failed: Replayed credential",
    ),
    sa(
        "slurm.auth_error",
        S,
        P,
        "error: slurm_unpack_received_msg: auth_g_verify: REQUEST_NODE_REGISTRATION_STATUS has authentication error: "
        "Invalid authentication credential",
        "error: Munge decode failed: Invalid credential",
        "error: slurm_unpack_received_msg: Protocol authentication error",
    ),
    ce(
        "slurm.node_down",
        S,
        P,
        "error: Nodes " + _NL + " not responding, setting DOWN",
        "requeue job JobId={slurm_job} due to failure of node " + _NL,
        "Killing JobId={slurm_job} on failed node " + _NL,
        "error: Nodes " + _NL + ",{slurm_node2} not responding",
    ),
    ce(
        "slurm.fatal",
        S,
        P,
        "fatal: Unable to bind listen port ({6817|6818}): Address already in use",
        "fatal: Unable to process configuration file",
        "fatal: Can not recover last state: Incompatible state save file",
        "fatal: Invalid node names in partition {slurm_part}",
    ),
    ce(
        "slurm.slurmd_fatal",
        D,
        P,
        "fatal: Unable to initialize cgroup plugin",
        "fatal: Unable to determine this slurmd's NodeName",
        "error: Unable to register: Unable to contact slurm controller (connect failure)",
    ),
    ru(
        "slurm.memory_limit",
        D,
        P,
        "Job {slurm_job} exceeded memory limit ({num} > {num2}), being killed",
        "Step {slurm_job}.0 exceeded memory limit ({num} > {num2}), being killed",
        "error: Node " + _NL + " has low real_memory size ({num} < {num2})",
    ),
    ru(
        "slurm.node_figures",
        D,
        P,
        "CPUs={n} Boards=1 Sockets=2 Cores={n2} Threads=2 Memory={num} TmpDisk={num2} Uptime={num3} CPUSpecList=(null) "
        "FeaturesAvail=(null) FeaturesActive=(null)",
        "error: Node " + _NL + " has low tmp_disk size ({num} < {num2})",
        "error: Node " + _NL + " has low cpu count ({n} < {n2})",
    ),
    ru(
        "slurm.ctld_load",
        S,
        P,
        "Warning: Note very large processing time from _slurm_rpc_submit_batch_job: usec={num} began="
        "1{small}:0{small2}:{n}.{ms}",
        "Warning: Note very large processing time from _slurmctld_background: usec={num} "
        "began=1{small}:0{small2}:{n}.{ms}",
        "error: slurmdbd: agent queue is full ({num}), discarding JOB_START:{small} request",
    ),
    dw(
        "slurm.deprecated_options",
        S,
        P,
        "FastSchedule will be removed in 20.02, as will the FastSchedule=0 functionality. Please consider removing "
        "this from your configuration now.",
        "Ignoring obsolete {CacheGroups|CheckpointType|ControlMachine} option.",
        "select/cons_res is deprecated, please switch to select/cons_tres",
    ),
    sn(
        "slurm.pbs_queued",
        "pbs_server",
        "none",
        _PB + "Job Queued at request of {user}@{host}, owner = {user}@{host}, job name = {svc}, queue = "
        "{batch|workq|long}",
        _PB + "Job Run at request of Scheduler@{pbs_srv} on exec_vnode ({slurm_node}:ncpus={n}:mem={num}kb)",
        _PB + "Job Modified at request of Scheduler@{pbs_srv}",
    ),
    sn(
        "slurm.pbs_mom",
        "pbs_mom",
        "none",
        _PM + "Started, pid = {pid}",
        _PM + "task 00000001 terminated",
        "{pbs_ts};0002;pbs_mom.{pid};Svr;pbs_mom;Type 0 request received from PBS_Server@{pbs_srv}, sock={n}",
    ),
    ru(
        "slurm.pbs_exit_usage",
        "pbs_server",
        "none",
        _PB + "Exit_status=0 resources_used.cpupercent={n} resources_used.cput=00:{n}:{n} resources_used.mem={num}kb "
        "resources_used.ncpus={n} resources_used.vmem={num}kb resources_used.walltime=0{small}:{n2}:{n3}",
        _PB + "Exit_status=0 resources_used.cput=0{small}:{n}:{n} resources_used.mem={num}kb resources_used.vmem="
        "{num}kb resources_used.walltime=0{small}:{n}:{n2}",
    ),
    er(
        "slurm.pbs_job_killed",
        "pbs_mom",
        "none",
        "=>> PBS: job killed: walltime {num} exceeded limit {num2}",
        _PM + "Terminated",
        _PB + "Exit_status=-11 resources_used.walltime=00:00:0{small}",
    ),
    er(
        "slurm.pbs_reject",
        "pbs_server",
        "none",
        "{pbs_ts};0080;PBS_Server.{pid};Req;req_reject;Reject reply code=15001(Unknown Job Id {slurm_job}.{pbs_srv}), "
        "aux=0, type=StatusJob, from {user}@{host}",
        "pbs_server: LOG_ERROR::Cannot assign requested address (99) in tcp_connect_sockaddr, Failed when trying to "
        "open tcp connection - connect() failed [rc = -2] [addr = {ip}:15003]",
    ),
    sa(
        "slurm.pbs_bad_uid",
        "pbs_server",
        "none",
        "{pbs_ts};0080;PBS_Server.{pid};Req;req_reject;Reject reply code=15023(Bad UID for job execution "
        "MSG=ruserok failed validating {user}/{user} from {host}), aux=0, type=QueueJob, from {user}@{host}",
        "{pbs_ts};0080;PBS_Server.{pid};Req;req_reject;Reject reply code=15007(Unauthorized Request ), aux=0, "
        "type=DeleteJob, from {user}@{host}",
    ),
]
