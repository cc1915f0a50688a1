"""Torque (TORQUE Resource Manager) pbs_server and pbs_mom lines beyond slurm*.py and node_daemons.py: what the two
daemons send to syslog through log_err/log_ext, and server_logs records in Torque's own layout.

Phrasings come from adaptivecomputing/torque (34ff845): src/lib/Liblog/pbs_log.c (log_ext's "%s::%s%s, %s" with
"%s (%d) in " for an errno, the LOG_ERROR severity name, openlog(msg_daemonname) for syslog, and log_record's
"%02d/%02d/%04d %02d:%02d:%02d.%03d;%02d;%10.10s.%d;%s;%s;%s" file layout with class names Svr/Req/Job),
src/lib/Liblog/pbs_messages.c ("Server %s started, initialization type = %d", "Torque Server Version = %s, loglevel
= %d", "Server shutdown completed", "Server could not connect to MOM", "Unable to read server database"),
src/server/pbsd_main.c, src/server/pbsd_init.c (recov_svr_attr, handle_queue_recovery: "unable to change to
directory %s"), src/server/node_manager.c (stream_eof: "connection to %s is no longer valid, connection may have
been closed remotely, remote service may be down, or message may be corrupt (%s).  setting node state to down",
kill_job_on_mom: "stray job %s found on %s"),
src/lib/Libdis/dis.c (dis_emsg: "Premature end of message", "End of File"), src/server/svr_connect.c ("cannot connect
to %s port %d - cannot establish connection (%s) - time=%ld seconds"), src/resmom/mom_server.c
(send_update_to_a_server: "Could not contact any of the servers to send an update", "Status not successfully
updated for %d MOM status update intervals", "Status update successfully sent after %d MOM status update
intervals"), src/resmom/mom_main.c (rm_request: "restricted configure attempt", "restricted shutdown attempt";
"Caught fatal core signal" logged with the signal number as errno), src/resmom/requests.c (sys_copy: "command '%s %s
%s %s' failed with status=%d, giving up after %d attempts", with configure.ac's scp -rpB), src/resmom/start_exec.c
(handle_prologs: "prolog failed"; open_std_file: "std file is symlink, someone is doing something fishy").

IBM Spectrum LSF is left out: no public source of its daemons' log texts was at hand, and its documentation does not
quote them.

Labels: a server start, version line, shutdown and a MOM's status update that got through again are System
Notification; a status update, file copy-back or prolog that failed, a stray job and a refused MOM connection are
Error; a node set down after its stream broke and a daemon that cannot read its database or dies on a signal are
Critical Error; restricted requests to a MOM and a symlinked output file are Security Alert.
"""

from training.templates.families._kit import CRIT, ERR, SEC, SN, maker
from training.templates.families.slurm import FAMILY as FAMILY
from training.values import register

t = maker("slurm", sources="pbs_mom", prefixes="syslog journal", proc="pbs_mom")

register(
    {
        "trq_ts": lambda r: (
            f"{r.randrange(1, 13):02d}/{r.randrange(1, 29):02d}/{r.randrange(2016, 2025)} {r.randrange(24):02d}:"
            f"{r.randrange(60):02d}:{r.randrange(60):02d}.{r.randrange(1000):03d}"
        ),
        "trq_ver": lambda r: r.choice(("6.1.2", "6.1.3", "6.0.4", "5.1.1", "4.2.10")),
    }
)

_SV = "{trq_ts};{06|02};PBS_Server.{pid};Svr;PBS_Server;"
_JOB = "{slurm_job}.{pbs_srv}"
_SPOOL = "/var/spool/torque/spool/" + _JOB

TEMPLATES = [
    t(
        SN,
        "torque_server_start",
        _SV + "Server {pbs_srv} started, initialization type = {1|1|2}",
        _SV + "Torque Server Version = {trq_ver}, loglevel = 0",
        _SV + "Server shutdown completed",
        sources="pbs_server",
        prefixes="none",
    ),
    t(
        SN,
        "torque_mom_update_ok",
        "LOG_ERROR::send_update_to_a_server, Status update successfully sent after {n} MOM status update intervals",
        sev="error",
    ),
    t(
        ERR,
        "torque_mom_update_failed",
        "LOG_ERROR::send_update_to_a_server, Could not contact any of the servers to send an update",
        "LOG_ERROR::send_update_to_a_server, Status not successfully updated for {n} MOM status update intervals",
        sev="error",
    ),
    t(
        ERR,
        "torque_mom_copy",
        "LOG_ERROR::Operation not permitted (1) in sys_copy, command '/usr/bin/scp -rpB "
        + _SPOOL
        + ".OU {user}@{host}:"
        "/home/{user}/job.o{slurm_job}' failed with status=1, giving up after 4 attempts",
        "LOG_ERROR::handle_prologs, prolog failed",
        sev="error",
    ),
    t(
        SEC,
        "torque_mom_restricted",
        "LOG_ERROR::rm_request, restricted configure attempt",
        "LOG_ERROR::rm_request, restricted shutdown attempt",
        "LOG_ERROR::open_std_file, std file is symlink, someone is doing something fishy",
        sev="error",
    ),
    t(
        CRIT,
        "torque_node_down",
        "LOG_ERROR::stream_eof, connection to {slurm_node} is no longer valid, connection may have been closed"
        " remotely, remote service may be down, or message may be corrupt ({Premature end of message|End of File})."
        "  setting node state to down",
        proc="pbs_server",
        sources="pbs_server",
        sev="error",
    ),
    t(
        ERR,
        "torque_stray_job",
        "LOG_ERROR::kill_job_on_mom, stray job " + _JOB + " found on {slurm_node}",
        proc="pbs_server",
        sources="pbs_server",
        sev="error",
    ),
    t(
        ERR,
        "torque_server_connect",
        "{trq_ts};04;PBS_Server.{pid};Svr;svr_connect;cannot connect to host port 15002 - cannot establish connection"
        " ({Connection refused|No route to host|Connection timed out}) - time={small} seconds",
        "{trq_ts};01;PBS_Server.{pid};Req;;Server could not connect to MOM",
        sources="pbs_server",
        prefixes="none",
    ),
    t(
        CRIT,
        "torque_mom_fatal",
        "LOG_ERROR::Resource temporarily unavailable (11) in mom_main, Caught fatal core signal",
        "LOG_ERROR::Argument list too long (7) in mom_main, Caught fatal core signal",
        sev="error crit",
    ),
    t(
        CRIT,
        "torque_server_fatal",
        "LOG_ERROR::No such file or directory (2) in recov_svr_attr, Unable to read server database",
        "LOG_ERROR::No such file or directory (2) in handle_queue_recovery, unable to change to directory"
        " /var/spool/torque/server_priv/queues",
        proc="pbs_server",
        sources="pbs_server",
        sev="error crit",
    ),
]
