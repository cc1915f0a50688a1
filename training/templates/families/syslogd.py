"""The syslog daemons themselves: rsyslogd and syslog-ng, as they report on their own work in the log they write.

rsyslog phrasings follow github.com/rsyslog/rsyslog: tools/rsyslogd.c (the '[origin software="rsyslogd"
swVersion=... x-pid=... x-info="https://www.rsyslog.com"]' start / "rsyslogd was HUPed" / "exiting on signal %d."
lines), runtime/action.c ("action '%s' suspended (module '%s'), retry %d. There should be messages before this one
giving the reason for suspension.", the "next retry is %s, retry nbr %d." variant, "action '%s' resumed (module
'%s')"; action names "action-%d-%s"), runtime/errmsg.c (the " [v%s try https://www.rsyslog.com/e/%d ]" tail, the
codes from runtime/rsyslog.h: 2007 suspended, 2027 IO error, 2144 peer closed, 2354 UDP send, 2359 resumed),
runtime/ratelimit.c ("%s: %u messages lost due to rate-limiting (%u allowed within %u seconds)", "%s from <%s>:
begin to drop messages due to rate-limiting"), an older plugins/imuxsock/imuxsock.c in that repository's history
("imuxsock begins to drop messages from pid %lu due to rate-limiting", "imuxsock lost %u messages from pid %lu due to
rate-limiting", logged under the rsyslogd-2177 tag), plugins/imjournal/imjournal.c ("journal files changed,
reloading..."), plugins/imuxsock/imuxsock.c ("Acquired UNIX socket '%s' (fd %d) from systemd."), tools/omfwd.c
("socket %d: error %d sending via udp", "remote server closed connection. Server is %s:%s. This can be caused
...") and runtime/nsd_ptcp.c ("cannot connect to %s:%s (took %ld.%02ld seconds)").

syslog-ng phrasings follow github.com/syslog-ng/syslog-ng's msg_*() calls with their evt tags rendered as
"; key='value', ...": lib/mainloop.c ("syslog-ng starting up", "syslog-ng shutting down", version tag), the
reload notice "Configuration reload request received, reloading configuration" (lib/mainloop.c of 3.x),
lib/mainloop-worker.c ("Configuration reload finished"), modules/afsocket/afsocket-dest.c ("Syslog connection
established", "Syslog connection broken" with fd/server/time_reopen, "Connection failed" with an error tag),
modules/afsocket/afsocket-source.c ("Syslog connection accepted", "Syslog connection closed", "Number of allowed
concurrent connections reached, rejecting connection"), lib/logproto/logproto-text-client.c ("I/O error occurred
while writing") and modules/affile/affile-dest.c ("Error opening file for writing"); errors as
lib/eventlog/src/evttags.c's "%s (%d)".
"""

from training.templates.families._kit import ERR, RES, SN, maker
from training.values import register

FAMILY = "syslogd"
t = maker("syslogd", sources="rsyslogd", prefixes="syslog journal", proc="rsyslogd")
ng = maker("syslogd", sources="syslog-ng", prefixes="syslog journal", proc="syslog-ng")

register(
    {
        "rsyslog_ver": lambda r: r.choice(
            ("8.2102.0-15.el8", "8.2102.0-13.el8_9", "8.2310.0-4.el9", "8.2112.0", "8.2302.0", "8.1901.0-1.el7")
        ),
        "syslogng_ver": lambda r: r.choice(("3.35.1", "3.38.1", "4.3.1", "3.27.1", "4.8.1", "3.5.6")),
        "rsyslog_retry": lambda r: (
            f"{r.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri'))} {r.choice(('Jan', 'Mar', 'Jun', 'Oct', 'Nov'))} "
            f"{r.randrange(1, 29):>2} {r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d} "
            f"{r.randrange(2019, 2026)}"
        ),
    }
)

_ORIGIN = '[origin software="rsyslogd" swVersion="{rsyslog_ver}" x-pid="{pid}" x-info="https://www.rsyslog.com"]'
_ACT = "action 'action-{small}-builtin:omfwd'"

TEMPLATES = [
    t(
        SN,
        "rsyslog_start",
        _ORIGIN + " start",
        _ORIGIN + " rsyslogd was HUPed",
        _ORIGIN + " exiting on signal {15|15|2}.",
    ),
    t(
        SN,
        "rsyslog_inputs",
        "imjournal: journal files changed, reloading... [v{rsyslog_ver} try https://www.rsyslog.com/e/0 ]",
        "imuxsock: Acquired UNIX socket '/run/systemd/journal/syslog' (fd 3) from systemd. [v{rsyslog_ver}]",
        _ACT + " resumed (module 'builtin:omfwd') [v{rsyslog_ver} try https://www.rsyslog.com/e/2359 ]",
    ),
    t(
        ERR,
        "rsyslog_suspended",
        _ACT + " suspended (module 'builtin:omfwd'), retry 0. There should be messages before this one giving the"
        " reason for suspension. [v{rsyslog_ver} try https://www.rsyslog.com/e/2007 ]",
        _ACT + " suspended (module 'builtin:omfwd'), next retry is {rsyslog_retry}, retry nbr {small}. There should"
        " be messages before this one giving the reason for suspension. [v{rsyslog_ver} try"
        " https://www.rsyslog.com/e/2007 ]",
        sev="warn",
    ),
    t(
        ERR,
        "rsyslog_forward",
        "omfwd: socket {small}: error 101 sending via udp: Network is unreachable [v{rsyslog_ver} try"
        " https://www.rsyslog.com/e/2354 ]",
        "cannot connect to {ip}:514 (took 0.{n} seconds): Connection refused [v{rsyslog_ver} try"
        " https://www.rsyslog.com/e/2027 ]",
        "omfwd: [wrkr {small}/{num}] remote server closed connection.  Server is {ip}:514. This can be caused by the"
        " remote server or an interim system like a load balancer or firewall. Rsyslog will re-open the connection"
        " if configured to do so. [v{rsyslog_ver} try https://www.rsyslog.com/e/2144 ]",
    ),
    t(
        RES,
        "imuxsock_ratelimit",
        "imuxsock begins to drop messages from pid {pid} due to rate-limiting",
        "imuxsock lost {num} messages from pid {pid} due to rate-limiting",
        proc="rsyslogd-2177",
        sev="info warn",
    ),
    t(
        RES,
        "ratelimit",
        "imjournal: {num} messages lost due to rate-limiting (20000 allowed within 600 seconds)",
        "imuxsock[pid: {pid}]: {num} messages lost due to rate-limiting (200 allowed within 5 seconds)",
        "imjournal from <{slurmd|sshd|kernel|systemd}>: begin to drop messages due to rate-limiting",
        sev="info warn",
    ),
    ng(
        SN,
        "ng_lifecycle",
        "syslog-ng starting up; version='{syslogng_ver}'",
        "syslog-ng shutting down; version='{syslogng_ver}'",
        "Configuration reload request received, reloading configuration;",
        "Configuration reload finished;",
        sev="notice info",
    ),
    ng(
        SN,
        "ng_connection",
        "Syslog connection established; fd='{n}', server='AF_INET({ip}:514)', local='AF_INET(0.0.0.0:0)'",
        "Syslog connection accepted; fd='{n}', client='AF_INET({ip}:{port})', local='AF_INET(0.0.0.0:514)'",
        "Syslog connection closed; fd='{n}', client='AF_INET({ip}:{port})', local='AF_INET(0.0.0.0:514)'",
        sev="notice info",
    ),
    ng(
        ERR,
        "ng_broken",
        "Syslog connection broken; fd='{n}', server='AF_INET({ip}:514)', time_reopen='60'",
        "Connection failed; fd='{n}', server='AF_INET({ip}:514)', local='AF_INET(0.0.0.0:0)',"
        " error='Connection refused (111)'",
        "Connection failed; fd='{n}', server='AF_INET({ip}:601)', local='AF_INET(0.0.0.0:0)',"
        " error='No route to host (113)'",
    ),
    ng(
        ERR,
        "ng_write",
        "I/O error occurred while writing; fd='{n}', error='Broken pipe (32)'",
        "Error opening file for writing; filename='/var/log/hosts/{host}/messages', error='Permission denied (13)'",
        "I/O error occurred while writing; fd='{n}', error='No space left on device (28)'",
    ),
    ng(
        RES,
        "ng_maxconn",
        "Number of allowed concurrent connections reached, rejecting connection; client='AF_INET({ip}:{port})',"
        " local='AF_INET(0.0.0.0:514)', group_name='s_net', location='/etc/syslog-ng/syslog-ng.conf:{n}:{small}',"
        " max='{10|100|256}'",
        "Number of allowed concurrent connections reached, rejecting connection; client='AF_INET({ip}:{port})',"
        " local='AF_INET(0.0.0.0:601)', group_name='s_remote', max='{10|100|256}'",
    ),
]
