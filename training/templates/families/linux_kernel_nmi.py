"""Linux kernel NMI, clocksource and NFSv4 state-recovery messages as seen on cluster nodes.

Phrasings follow the kernel source: arch/x86/kernel/nmi.c (unknown_nmi_error "Uhhuh. NMI received for unknown
reason %02x on CPU %d.", "Dazed and confused, but trying to continue", "Do you have a strange power saving mode
enabled?"; pci_serr_error "NMI: PCI system error (SERR) for reason %02x on CPU %d."; io_check_error "NMI: IOCK
error (debug interrupt?) for reason %02x on CPU %d."; "NMI: Not continuing", "NMI IOCK error: Not continuing"),
kernel/watchdog_perf.c / watchdog.c (hardlockup_panic "Hard LOCKUP"), kernel/time/clocksource.c
("timekeeping watchdog on CPU%d: Marking clocksource '%s' as unstable because the skew is too large:"),
arch/x86/kernel/tsc.c ("Marking TSC unstable due to %s"), and fs/nfs/nfs4state.c
("NFS: %s: Lock reclaim failed!", "NFS: state manager%s%s failed on NFSv4 server %s with error %d",
"nfs4_reclaim_open_state: unhandled error %d") and fs/nfs/inode.c ("NFS: server %s error: fileid changed").
"""

from training.templates.families._labels import ce, er
from training.templates.families.linux_kernel import FAMILY as FAMILY

P = "syslog journal none"
K = "kernel"

TEMPLATES = [
    er(
        "kernel.nmi_unknown",
        K,
        P,
        "Uhhuh. NMI received for unknown reason {2d|3d|2c|3c} on CPU {small}.",
        "Dazed and confused, but trying to continue",
        "Do you have a strange power saving mode enabled?",
    ),
    er(
        "kernel.nmi_hw_error",
        K,
        P,
        "NMI: PCI system error (SERR) for reason {a1|b1|a0} on CPU {small}.",
        "NMI: IOCK error (debug interrupt?) for reason {71|75|61} on CPU {small}.",
    ),
    ce(
        "kernel.nmi_panic",
        K,
        P,
        "Kernel panic - not syncing: NMI: Not continuing",
        "Kernel panic - not syncing: NMI IOCK error: Not continuing",
        "Kernel panic - not syncing: Hard LOCKUP",
    ),
    er(
        "kernel.clocksource_unstable",
        K,
        P,
        "clocksource: timekeeping watchdog on CPU{small}: Marking clocksource 'tsc' as unstable because the skew is "
        "too large:",
        "tsc: Marking TSC unstable due to clocksource watchdog",
    ),
    er(
        "kernel.nfs4_recovery",
        K,
        P,
        "NFS: nfs4_reclaim_open_state: Lock reclaim failed!",
        "NFS: state manager: {check lease|reclaim reboot|reclaim nograce} failed on NFSv4 server {host} with error "
        "{5|10|13}",
        "nfs4_reclaim_open_state: unhandled error -{5|116|121}",
        "NFS: server {host} error: fileid changed",
    ),
]
