"""More HPC RAS: Lustre LBUGs and evictions, Slurm-adjacent node health transitions, and BMC sensor thresholds.

Phrasings follow Lustre's libcfs (LBUG, "ASSERTION( ... ) failed:"), ldlm ("### lock callback timer expired after
...s: evicting client at"), obdclass ("Recovery over after"), and ipmitool's `sensor` output columns
(name | reading | unit | status).
"""

from training.templates.families._labels import ce, er, sn
from training.templates.families.hpc_ras import FAMILY as FAMILY

P = "syslog none"
K = "kernel"

TEMPLATES = [
    ce(
        "ras.lustre_lbug",
        K,
        P,
        "LustreError: {n}:0:(osd_handler.c:{num}:osd_trans_commit_cb()) ASSERTION( !(th->th_tags & LCT_NOREF) ) "
        "failed:",
        "LustreError: {n}:0:(ldlm_lock.c:{num}:ldlm_lock_put()) LBUG",
        "Kernel panic - not syncing: LBUG",
    ),
    er(
        "ras.lustre_evict",
        K,
        P,
        "LustreError: {n}:0:(ldlm_lockd.c:{num}:expired_lock_main()) ### lock callback timer expired after {n2}s: "
        "evicting client at {lus_nid}  ns: filter-{lus_fs}-OST000{small}_UUID lock: {hex16}/0x{hex16} lrc: 3/0,0 "
        "mode: PW/PW",
        "Lustre: {lus_fs}-OST000{small}-osc-ffff{hex8}: This client was evicted by {lus_fs}-OST000{small2}; in "
        "progress "
        "operations using this service will fail.",
    ),
    sn(
        "ras.ipmi_sensor_ok",
        "ipmi",
        "none",
        "CPU{small} Temp        | {n}.000     | degrees C  | ok    | na        | 0.000     | 0.000     | "
        "9{small2}.000    | "
        "100.000   | na",
        "FAN{small}             | {num}.000  | RPM        | ok    | na        | 500.000   | 800.000   | na        | "
        "na  "
        "      | na",
        "PS{small} Status       | 0x1        | discrete   | 0x0100| na        | na        | na        | na        | "
        "na  "
        "      | na",
    ),
    er(
        "ras.ipmi_sensor_warn",
        "ipmi",
        "none",
        "CPU{small} Temp        | {n}.000     | degrees C  | nc    | na        | 0.000     | 0.000     | "
        "8{small2}.000    | "
        "9{small}.000    | 100.000",
        "FAN{small}             | 300.000    | RPM        | cr    | na        | 500.000   | 800.000   | na        | "
        "na  "
        "      | na",
    ),
]
