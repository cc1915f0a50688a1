"""Linux kernel NFS client/server and lockd messages, and memory-allocation failure reports.

Phrasings follow fs/nfsd (nfs4state.c "NFSD: starting 90-second grace period", nfssvc.c "nfsd: last server has
exited, flushing export cache", nfs4recover.c "NFSD: Using legacy client tracking operations."), fs/lockd
(host.c/clntproc.c "lockd: server ... not responding, still trying", "lockd: server ... OK"), fs/nfs
(nfs4state.c "nfs4_discover_server_trunking unhandled error"), and mm/page_alloc.c / mm/slub.c ("page allocation
failure: order:", "SLUB: Unable to allocate memory on node").
"""

from training.templates.families._labels import dw, er, ru, sn
from training.templates.families.linux_kernel import FAMILY as FAMILY

P = "syslog journal none"
S = "kernel"

TEMPLATES = [
    sn(
        "kernel.nfsd_lifecycle",
        S,
        P,
        "NFSD: starting 90-second grace period (net f0000000)",
        "nfsd: last server has exited, flushing export cache",
        "lockd: server {host} OK",
    ),
    dw(
        "kernel.nfsd_legacy_tracking",
        S,
        P,
        "NFSD: Using legacy client tracking operations.",
        "NFSD: Using /var/lib/nfs/v4recovery as the NFSv4 state recovery directory",
    ),
    er(
        "kernel.nfs_errors",
        S,
        P,
        "lockd: server {host} not responding, still trying",
        "NFS: nfs4_discover_server_trunking unhandled error -512. Exiting with error EIO",
        "NFS: state manager: lease expired failed on NFSv4 server {host} with error 10052",
    ),
    ru(
        "kernel.alloc_failure",
        S,
        P,
        "{kern_comm}: page allocation failure: order:{small}, mode:0x40cc0(GFP_KERNEL|__GFP_COMP), nodemask=(null),"
        "cpuset=/,mems_allowed=0",
        "SLUB: Unable to allocate memory on node -1, gfp=0x{hex4}(GFP_ATOMIC)",
        "  cache: kmalloc-{512|1k|2k}, object size: {512|1024}, buffer size: {512|1024}, default order: {small}, min "
        "order: 0",
    ),
]
