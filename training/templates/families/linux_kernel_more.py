"""More Linux kernel messages: cgroup v1 memory-controller and filesystem mount-option deprecations, NVMe and
md failures, TCP socket-table limits.

Phrasings follow the kernel source: mm/memcontrol-v1.c pr_warn_once() deprecation notices ("... is deprecated and
will be removed. Please report your usecase to linux-mm@kvack.org if you depend on this functionality."),
fs/xfs/xfs_super.c ("... mount option is deprecated."), fs/ext4/super.c ("Ignoring removed ... option",
"filesystem being mounted at ... supports timestamps until 2038"), drivers/nvme/host/pci.c ("I/O ... QID ...
timeout, aborting", "controller is down; will reset: CSTS="), drivers/md/raid5.c ("not enough operational
devices"), mm/page_alloc.c ("BUG: Bad page state in process"), net/ipv4/tcp.c and inet_timewait_sock.c ("too many
orphaned sockets", "time wait bucket table overflow"), fs/ext4/namei.c ("Directory (ino: ...) index full, reach max
htree level").
"""

from training.templates.families._labels import ce, dw, er, ru

# The family's name from linux_kernel; importing it also registers the placeholders used here ({kern_comm}).
from training.templates.families.linux_kernel import FAMILY as FAMILY

P = "syslog journal none"
S = "kernel"
_MM = "Please report your usecase to linux-mm@kvack.org if you depend on this functionality."

TEMPLATES = [
    dw(
        "kernel.memcg_v1_limits",
        S,
        P,
        f"kmem.limit_in_bytes is deprecated and will be removed. {_MM}",
        f"soft_limit_in_bytes is deprecated and will be removed. {_MM}",
        f"kmem.limit_in_bytes is deprecated and will be removed. Writing any value to this file has no effect. {_MM}",
    ),
    dw(
        "kernel.memcg_v1_features",
        S,
        P,
        f"oom_control is deprecated and will be removed. {_MM}",
        f"Cgroup memory moving is deprecated. {_MM}",
        f"The swapaccount= commandline option is deprecated. {_MM}",
    ),
    dw(
        "kernel.xfs_mount_options",
        S,
        P,
        "XFS: {attr2|ikeep|noikeep} mount option is deprecated.",
        "XFS ({dev}{small}): {attr2|ikeep} mount option is deprecated.",
    ),
    dw(
        "kernel.ext4_removed_option",
        S,
        P,
        "EXT4-fs ({dev}{small}): Ignoring removed {nobh|bh|orlov|oldalloc} option",
        "EXT4-fs: Ignoring removed {nobh|bh} option",
    ),
    dw(
        "kernel.y2038_timestamps",
        S,
        P,
        "{ext2|ext3|ext4} filesystem being mounted at {/boot|/mnt/legacy|/data} supports timestamps until 2038 "
        "(0x7fffffff)",
        "{xfs|ext4} filesystem being remounted at {/boot|/srv} supports timestamps until 2038-01-19 (0x7fffffff)",
    ),
    er(
        "kernel.nvme_timeout",
        S,
        P,
        "nvme nvme{small}: I/O {n} QID {small2} timeout, aborting",
        "nvme nvme{small}: I/O {n} QID {small2} timeout, reset controller",
        "nvme{small}n1: I/O Cmd(0x2) @ LBA {num}, {small2} blocks, I/O Error (sct 0x2 / sc 0x81) MORE DNR",
    ),
    ce(
        "kernel.nvme_down",
        S,
        P,
        "nvme nvme{small}: controller is down; will reset: CSTS=0xffffffff, PCI_STATUS=0xffff",
        "nvme nvme{small}: Device not ready; aborting reset, CSTS=0x1",
        "nvme nvme{small}: Removing after probe failure status: -19",
    ),
    ce(
        "kernel.raid_not_enough",
        S,
        P,
        "md/raid:md{small}: not enough operational devices ({small2}/{small2} failed)",
        "md/raid:md{small}: failed to run raid set.",
        "md: md{small}: raid5 array has a missing/failed device. Cannot start.",
    ),
    ce(
        "kernel.bad_page",
        S,
        P,
        "BUG: Bad page state in process {kern_comm}  pfn:{hex8}",
        "BUG: Bad page map in process {kern_comm}  pte:{hex16} pmd:{hex16}",
        "Kernel panic - not syncing: hung_task: blocked tasks",
    ),
    ru(
        "kernel.tcp_tables",
        S,
        P,
        "TCP: too many orphaned sockets",
        "TCP: time wait bucket table overflow",
        "TCP: out of memory -- consider tuning tcp_mem",
    ),
    ru(
        "kernel.ext4_dir_full",
        S,
        P,
        "EXT4-fs warning (device {dev}{small}): ext4_dx_add_entry:{n}: Directory (ino: {num}) index full, reach max "
        "htree level :2",
        "EXT4-fs warning (device {dev}{small}): ext4_dx_add_entry:{n}: Large directory feature is not enabled on this "
        "filesystem",
    ),
]
