"""More Slurm and PBS lines: slurmd batch launches and prolog timings, slurmstepd cancellations for node failure and
unkillable steps, slurmctld node validation (unexpected reboot, low CPU count), power saving, slurmdbd agent queue
figures, and PBS resource-limit kills.

Phrasings follow the Slurm source (SchedMD/slurm): src/slurmd/slurmd/req.c ("Launching batch job %u for UID %u",
"_run_prolog: run job script took usec=%ld", "Waiting for JobId=%u REQUEST_LAUNCH_PROLOG notification failed,
giving up after %u sec", "_forkexec_slurmstepd: slurmstepd failed to send return code got %d"),
src/slurmd/slurmstepd/req.c and mgr.c ("*** %s ON %s CANCELLED AT %s DUE TO %s ***", "*** %s STEPD TERMINATED ON
%s AT %s DUE TO JOB NOT ENDING WITH SIGNALS ***"), src/slurmctld/node_mgr.c ("Node %s unexpectedly rebooted
boot_time=%u last response=%u", "Node %s has low cpu count (%u < %u)", "slurmd error running JobId=%u on
node(s)=%s: Kill task failed"), src/slurmctld/power_save.c ("power_save: pid %d waking nodes %s", "suspending
nodes", "node %s not resumed by ResumeTimeout(%d), setting DOWN and POWERED_DOWN"),
src/slurmctld/proc_req.c ("_slurm_rpc_node_registration node=%s: %s"), src/slurmctld/job_mgr.c ("Resending
TERMINATE_JOB request JobId=%u Nodelist=%s"), src/common/slurmdbd_agent.c ("slurmdbd: agent queue size %u"),
and the PBS Professional / Torque MoM limit enforcement text ("=>> PBS: job killed: %s %s exceeded limit %s").
"""

from training.templates.families._labels import ce, er, ru, sn
from training.templates.families.slurm import FAMILY as FAMILY

P = "syslog none"
S = "slurmctld"
D = "slurmd"
_NL = "{slurm_node}"
_TS = "{date}T1{small}:{n}:{n2}"

TEMPLATES = [
    sn(
        "slurm.batch_launch",
        D,
        P,
        "Launching batch job {slurm_job} for UID {uid}",
        "_run_prolog: run job script took usec={num}",
        "debug:  _rpc_terminate_job: uid = 0 JobId={slurm_job}",
        "[{slurm_job}.extern] done with job",
    ),
    er(
        "slurm.launch_failed",
        D,
        P,
        "error: Waiting for JobId={slurm_job} REQUEST_LAUNCH_PROLOG notification failed, giving up after 20 sec",
        "error: _forkexec_slurmstepd: slurmstepd failed to send return code got 0: Resource temporarily unavailable",
    ),
    er(
        "slurm.cancel_node_failure",
        "slurmstepd",
        P,
        "slurmstepd: error: *** JOB {slurm_job} ON " + _NL + " CANCELLED AT " + _TS + " DUE TO NODE FAILURE ***",
        "slurmstepd: error: *** STEP {slurm_job}.0 ON " + _NL + " CANCELLED AT " + _TS + " DUE TO NODE FAILURE ***",
        "slurmstepd: error: *** JOB {slurm_job} ON " + _NL + " CANCELLED AT " + _TS + " DUE TO JOB REQUEUE ***",
    ),
    er(
        "slurm.unkillable_step",
        "slurmstepd slurmctld",
        P,
        "slurmstepd: error: *** JOB {slurm_job} STEPD TERMINATED ON " + _NL + " AT " + _TS + " DUE TO JOB NOT ENDING "
        "WITH SIGNALS ***",
        "slurmstepd: error: *** STEP {slurm_job}.0 STEPD TERMINATED ON " + _NL + " AT " + _TS + " DUE TO JOB NOT "
        "ENDING WITH SIGNALS ***",
        "error: slurmd error running JobId={slurm_job} on node(s)=" + _NL + ": Kill task failed",
    ),
    ce(
        "slurm.node_rebooted",
        S,
        P,
        "validate_node_specs: Node " + _NL + " unexpectedly rebooted boot_time={epoch} last response={epoch}",
        "error: Node " + _NL + " has low cpu count ({small} < {n})",
        "error: Setting node " + _NL + " state to INVAL with reason:Low socket*core*thread count",
    ),
    sn(
        "slurm.power_save",
        S,
        P,
        "power_save: pid {pid} waking nodes " + _NL,
        "power_save: pid {pid} suspending nodes " + _NL + ",{slurm_node}",
    ),
    ru(
        "slurm.dbd_queue",
        S,
        P,
        "slurmdbd: agent queue size {num}",
        "slurmdbd: agent queue filling ({num}), MaxDBDMsgs={num2}, RESTART SLURMDBD NOW",
    ),
    er(
        "slurm.pbs_limit_kill",
        "pbs_mom",
        "none",
        "=>> PBS: job killed: mem {num}kb exceeded limit {num2}kb",
        "=>> PBS: job killed: vmem {num}kb exceeded limit {num2}kb",
        "=>> PBS: job killed: ncpus {n}.{small} exceeded limit {small2}",
        "=>> PBS: job killed: cput {num} exceeded limit {num2}",
    ),
    ce(
        "slurm.resume_timeout",
        S,
        P,
        "node " + _NL + " not resumed by ResumeTimeout({n}), setting DOWN and POWERED_DOWN",
        "node " + _NL + " not resumed by ResumeTimeout({n}) - marking down and power_save",
    ),
    er(
        "slurm.registration_failed",
        S,
        P,
        "error: _slurm_rpc_node_registration node=" + _NL + ": Invalid argument",
        "error: _slurm_rpc_node_registration node=" + _NL + ", time={n}, error=Invalid argument",
    ),
    er(
        "slurm.terminate_resend",
        S,
        P,
        "Resending TERMINATE_JOB request JobId={slurm_job} Nodelist=" + _NL,
        "Resending TERMINATE_JOB request JobId={slurm_job} Nodelist=" + _NL + ",{slurm_node}",
    ),
]
