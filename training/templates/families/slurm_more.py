"""More Slurm: job kill requests and signals, step connection and node RPC failures, backfill passes.

Phrasings follow src/slurmctld/proc_req.c (_slurm_rpc_kill_job: REQUEST_KILL_JOB JobId= uid), job_mgr.c
(job_signal: N of running JobId= successful), agent.c (agent/is_node_resp: node: RPC: ... Communication connection
failure), src/common/stepd_api.c (_step_connect: connect() failed for ...) and backfill.c (backfill: beginning,
backfill: reached end of job queue).
"""

from training.templates.families._labels import er, sn
from training.templates.families.slurm import FAMILY as FAMILY

P = "syslog none"

TEMPLATES = [
    sn(
        "slurm.kill_request",
        "slurmctld",
        P,
        "_slurm_rpc_kill_job: REQUEST_KILL_JOB JobId={slurm_job} uid {uid}",
        "job_signal: 9 of running JobId={slurm_job} successful 0x8004",
        "job_str_signal(3): invalid JobId={slurm_job}",
    ),
    sn(
        "slurm.backfill",
        "slurmctld",
        P,
        "backfill: beginning",
        "backfill: reached end of job queue",
        "backfill: completed testing {n}({n2}) jobs, usec={num}",
    ),
    er(
        "slurm.step_connect",
        "slurmd",
        P,
        "error: _step_connect: connect() failed for /var/spool/slurmd/{slurm_node}_{slurm_job}.0: Connection refused",
        "error: stepd_connect to {slurm_job}.0 failed: No such file or directory",
    ),
    er(
        "slurm.agent_failure",
        "slurmctld",
        P,
        "agent/is_node_resp: node:{slurm_node} RPC:REQUEST_TERMINATE_JOB : Communication connection failure",
        "agent/is_node_resp: node:{slurm_node} RPC:REQUEST_PING : Socket timed out on send/recv operation",
    ),
]
