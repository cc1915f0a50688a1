"""IBM Storage Scale (GPFS) daemon and RAS events as they reach mmfs.log / syslog: mmfsd start and ready, file
system detected, forced unmounts, and a daemon that cannot be reached or does not match its kernel extension.

Phrasings follow IBM's Storage Scale documentation: the GPFS logs page (/var/adm/ras/mmfs.log.latest, runmmfs
starting, [I]/[N]/[E] severities), "Initialization of the GPFS daemon" (6027-300 [N] mmfsd ready), "GPFS daemon
does not come up" (6027-665 Failed to connect to file system daemon: Connection refused; Error: daemon and kernel
extension do not match), mmstartup (6027-1642 mmstartup: Starting GPFS ...), and the File system events table
of the RAS events reference (filesystem_found "The file system {0} is detected.", fs_forced_unmount "The file
system {0} was {1} forced to unmount.").
"""

from training.templates.families._kit import CRIT, SN, maker
from training.templates.families.storage_san import FAMILY as FAMILY
from training.values import register

register(
    {
        "gpfs_fs": lambda r: r.choice(("gpfs0", "fs1", "scratch", "gpfs_home", "projects")),
        "gpfs_ts": lambda r: (
            f"2024-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}_{r.randrange(24):02d}:{r.randrange(60):02d}:"
            f"{r.randrange(60):02d}.{r.randrange(1000):03d}-0400"
        ),
    }
)

g = maker("storage_san", sources="gpfs mmfs storage", prefixes="syslog none", proc="mmfs")
_T = "{gpfs_ts}: "

TEMPLATES = [
    g(
        SN,
        "gpfs.daemon_start",
        _T + "runmmfs starting ({pid})",
        _T + "6027-300 [N] mmfsd ready",
        "{date}: 6027-1642 mmstartup: Starting GPFS ...",
        "The file system {gpfs_fs} is detected.",
    ),
    g(
        CRIT,
        "gpfs.unavailable",
        "The file system {gpfs_fs} was forced to unmount.",
        "6027-665 Failed to connect to file system daemon: Connection refused.",
        _T + "Error: daemon and kernel extension do not match.",
    ),
]
