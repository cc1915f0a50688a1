"""More mdadm/md and smartd routine events: array assembly, checks, new arrays, self-test scheduling.

Phrasings follow mdadm's Monitor.c event names (NewArray, TestMessage, SparesMissing), drivers/md/md.c ("md/raid1:
md0: active with 2 out of 2 mirrors", "md: data-check of RAID array", "md: md0: data-check done.") and smartd.cpp
("Device: ..., starting scheduled Short Self-Test.", "state written to /var/lib/smartmontools/...").
"""

from training.templates.families._labels import er, sn
from training.templates.families.hpc_ras import FAMILY as FAMILY

P = "syslog none"

TEMPLATES = [
    sn(
        "ras.md_assembled",
        "mdadm kernel",
        P,
        "md/raid1:{md}: active with 2 out of 2 mirrors",
        "NewArray event detected on md device /dev/{md}",
        "md: {md}: data-check done.",
        "{md}: detected capacity change from 0 to {num}",
    ),
    er(
        "ras.md_spares_missing",
        "mdadm",
        P,
        "SparesMissing event detected on md device /dev/{md}",
        "md: {md}: data-check interrupted.",
        "md/raid1:{md}: {dev}1: rescheduling sector {num}",
    ),
    sn(
        "ras.smartd_selftest",
        "smartd",
        P,
        "Device: /dev/{dev} [SAT], starting scheduled Short Self-Test.",
        "Device: /dev/{dev} [SAT], state written to /var/lib/smartmontools/smartd.{hex8}.ata.state",
        'Device: /dev/nvme{small}, is SMART capable. Adding to "monitor" list.',
    ),
]
