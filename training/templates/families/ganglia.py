"""Ganglia's gmond (per-node metric daemon) and gmetad (the collector that writes the RRDs) on HPC clusters.

Phrasings follow github.com/ganglia/monitor-core: gmetad/data_thread.c ("data_thread() for [%s] failed to contact
node %s", "data_thread() got no answer from any [%s] datasource", "poll() timeout from source %d for [%s] data
source after %d bytes read", "The remote machine closed connection for [%s] data source after %d bytes read"),
gmetad/rrd_helpers.c ("RRD_update (%s): %s" with librrd's rrd_update.c error "illegal attempt to update using time
%ld when last update time is %ld (minimum one second step)", "Timed out reading from rrdcached", "Error reading from
rrdcached"), gmetad/server.c ("server_thread() could not read request from %s") and gmond/gmond.c ("Unable to
create tcp_accept_channel. Exiting.", "Error creating UDP server on port %d bind=%s.  Try setting retry_bind.
Exiting.", "... Will try again...", "Error creating multicast server mcast_join=%s port=%d mcast_if=%s
family='%s'.  Will try again...", "Configured to run both deaf and mute. Nothing to do. Exiting.", "Cannot load %s
metric module: %s").
"""

from training.templates.families._kit import CRIT, ERR, maker
from training.values import register

FAMILY = "ganglia"
t = maker("ganglia", sources="gmetad", prefixes="syslog journal", proc="/usr/sbin/gmetad")

register(
    {
        "gcluster": lambda r: r.choice(("compute", "gpu-nodes", "login", "storage", "bigmem", "HPC Cluster", "rack12")),
        "gmod": lambda r: r.choice(("modpython", "modmulticpu", "modgstatus", "moddisk", "modmem")),
        "gmetric": lambda r: r.choice(
            ("load_one", "cpu_user", "cpu_idle", "mem_free", "bytes_in", "bytes_out", "disk_free", "proc_run")
        ),
    }
)

_RRD = "/var/lib/ganglia/rrds/{gcluster}/{host}/{gmetric}.rrd"

TEMPLATES = [
    t(
        ERR,
        "contact",
        "data_thread() for [{gcluster}] failed to contact node {ip}",
        "data_thread() for [{gcluster}] failed to contact node {host}",
        "data_thread() got no answer from any [{gcluster}] datasource",
    ),
    t(
        ERR,
        "poll",
        "poll() timeout from source {small} for [{gcluster}] data source after {num} bytes read",
        "The remote machine closed connection for [{gcluster}] data source after {num} bytes read",
        "server_thread() could not read request from {ip}",
    ),
    t(
        ERR,
        "rrd_update",
        "RRD_update (" + _RRD + "): illegal attempt to update using time {epoch} when last update time is {epoch}"
        " (minimum one second step)",
        "RRD_update (/var/lib/ganglia/rrds/{gcluster}/__SummaryInfo__/{gmetric}.rrd): illegal attempt to update"
        " using time {epoch} when last update time is {epoch} (minimum one second step)",
        "Timed out reading from rrdcached",
        "Error reading from rrdcached",
    ),
    t(
        CRIT,
        "gmond_fatal",
        "Unable to create tcp_accept_channel. Exiting.",
        "Error creating UDP server on port 8649 bind={ip}.  Try setting retry_bind.  Exiting.",
        "Configured to run both deaf and mute. Nothing to do. Exiting.",
        proc="/usr/sbin/gmond",
        sources="gmond",
    ),
    t(
        ERR,
        "gmond_retry",
        "Error creating UDP server on port 8649 bind={ip}.  Will try again...",
        "Error creating multicast server mcast_join=239.2.11.71 port=8649 mcast_if={iface} family='inet4'.  Will"
        " try again...",
        "Cannot load /usr/lib64/ganglia/{gmod}.so metric module: /usr/lib64/ganglia/{gmod}.so: cannot open"
        " shared object file: No such file or directory",
        proc="/usr/sbin/gmond",
        sources="gmond",
    ),
]
