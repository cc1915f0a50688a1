"""ZFS on Linux / OpenZFS event daemon (zed), zpool status lines, and the kernel's zfs messages.

Phrasings follow cmd/zed/zed.d scripts and zfs(4) events ("vdev state changed", "checksum errors",
"pool ... has been scrubbed"), zpool-status' "DEGRADED" / "resilvered" text, and module warnings.
"""

from training.templates.families._kit import CRIT, DEP, ERR, RES, SN, maker

FAMILY = "zfs"
t = maker("zfs", sources="zed zfs kernel", prefixes="syslog journal none", proc="zed")

TEMPLATES = [
    t(
        CRIT,
        "pool_faulted",
        "ZFS has detected that pool '{db}' is FAULTED: one or more devices could not be opened",
        "zpool '{db}' is UNAVAIL: insufficient replicas",
        "eid={n} class=pool_failure pool='{db}' vdev=/dev/{dev}",
    ),
    t(
        CRIT,
        "vdev_faulted",
        "vdev state changed, pool_guid=0x{hex16} vdev_guid=0x{hex16} state FAULTED",
        "ZFS device fault for vdev /dev/disk/by-id/ata-{hex8}-part1 in pool '{db}': too many errors",
    ),
    t(
        ERR,
        "checksum",
        "eid={n} class=checksum pool='{db}' vdev={dev}1 algorithm=fletcher4 size={kb} offset={num}",
        "zio pool={db} vdev=/dev/{dev}1 error=52 type=1 offset={num} size={kb} flags=180880",
    ),
    t(
        ERR,
        "io_error",
        "eid={n} class=io pool='{db}' vdev={dev}1 size={kb} offset={num} priority=3 err=5",
    ),
    t(
        ERR,
        "scrub_errors",
        "pool '{db}' scrub repaired 0B in {hour}:{n} with {small} errors",
        "errors: Permanent errors have been detected in the following files: {file}",
    ),
    t(
        SN,
        "scrub_done",
        "eid={n} class=scrub_finish pool='{db}'",
        "scrub repaired 0B in {hour}:{n} with 0 errors on {date}",
        "eid={n} class=scrub_start pool='{db}'",
    ),
    t(
        SN,
        "resilver",
        "eid={n} class=resilver_finish pool='{db}'",
        "resilvered {gb}G in {hour}:{n} with 0 errors",
        "eid={n} class=resilver_start pool='{db}'",
    ),
    t(
        SN,
        "snapshot",
        "eid={n} class=history_event pool='{db}' history_internal_str=snapshot {db}/data@auto-{date}",
        "zfs-auto-snap: @zfs-auto-snap_daily-{date} created on {db}/home",
        "destroyed snapshot {db}/data@auto-{date}",
    ),
    t(
        SN,
        "import",
        "eid={n} class=config_sync pool='{db}'",
        "pool '{db}' imported",
        "eid={n} class=pool_import pool='{db}'",
    ),
    t(
        RES,
        "capacity",
        "pool '{db}' is at {pcthi}% capacity ({gb}G used of {gb}G)",
        "ARC size {gb} GiB of {gb} GiB target, {pct}% hit ratio",
        "zfs quota exceeded on {db}/home/{first}: {gb}G of {gb}G",
    ),
    t(
        RES,
        "arc_limit",
        "zfs_arc_max set to {num} bytes ({gb} GiB)",
        "arc_summary: ARC size (current): {pct} % {gb} GiB",
    ),
    t(
        DEP,
        "deprecated",
        "zfs: the 'zfs_arc_meta_limit' module parameter is deprecated and ignored",
        "zpool: feature 'hole_birth' is deprecated; upgrade the pool with 'zpool upgrade'",
        "The 'dedupditto' property is deprecated and will be removed in a future release",
    ),
]
