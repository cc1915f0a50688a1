"""xinetd, the super-server that still starts tftp, rsync and friends on many cluster head nodes.

Phrasings follow xinetd's own source (github.com/openSUSE/xinetd): the service log entries written by src/log.c
(svc_log_success "START: <id> pid=.. from=..", svc_log_exit "EXIT: <id> status=|signal=.. pid=.. duration=..(sec)",
svc_log_failure "FAIL: <id> <reason> from=..", the reasons being src/access.c's access_explain table: address, time,
fork, service_limit, per_source_limit, process_limit, libwrap, load, connections per second) as man/xinetd.log.5
documents them; src/main.c ("%s started with libwrap loadavg ... options compiled in.", "Started working: %d
available services", "Exiting..."), src/parse.c and src/includedir.c ("Reading included configuration file: %s",
parsemsg's " [file=%s] [line=%d]" tail from src/msg.c), src/reconfig.c ("Starting reconfiguration", "Swapping
defaults", "readjusting service %s", "Reconfigured: new=%d old=%d dropped=%d (services)", "service %s deactivated",
"reconfiguration failed", "No available services. Exiting"), src/access.c ("libwrap refused connection to %s
(libwrap=%s) from %s", "refused connect from %s due to excessive load", "Deactivating service %s due to %s.
Restarting in %d seconds.", "Activating service %s"), src/service.c ("bind failed (%m). service = %s", "socket
creation failed (%m). service = %s"), src/child.c ("execv( %s ) failed: %m"), src/server.c ("%s: fork failed: %m"),
src/retry.c ("service %s: too many consecutive fork failures"), src/conf.c ("Service %s failed to start and is
deactivated."), src/init.c ("couldn't get configuration. Exiting...", "no services. Exiting...") and src/redirect.c
("can't connect to remote host %s: %m"). %m is src/xlog/util.c's "%s (errno = %d)"; LOG_CRIT lines carry
prepare_buffer's "%d {%s} " (pid, function) head. The version string is 2.3.15.x's configure VERSION or the
older config.h "xinetd Version 2.3.14". (xinetd puts a "<pid> {<function>} " head before LOG_CRIT lines; the
phrasings leave it out, as the generator reads braces as placeholders.)
"""

from training.templates.families._kit import CRIT, ERR, RES, SEC, SN, maker
from training.values import register

FAMILY = "xinetd"
t = maker("xinetd", sources="xinetd", prefixes="syslog journal", proc="xinetd")

register(
    {
        "xsvc": lambda r: r.choice(("tftp", "rsync", "telnet", "rsh", "rlogin", "rexec", "vnc", "swat", "nrpe")),
        "xserver": lambda r: r.choice(("in.tftpd", "rsync", "in.telnetd", "in.rshd", "in.rlogind", "nrpe")),
    }
)

TEMPLATES = [
    t(
        SN,
        "start",
        "START: {xsvc} pid={pid} from={ip}",
        "START: {xsvc} pid={pid} from=::ffff:{ip}",
        "START: {xsvc} from={ip}",
    ),
    t(
        SN,
        "exit",
        "EXIT: {xsvc} status={0|0|1} pid={pid} duration={secs}(sec)",
        "EXIT: {xsvc} signal={9|15} pid={pid} duration={secs}(sec)",
        "EXIT: {xsvc} status=0 pid={pid}",
    ),
    t(
        SN,
        "started",
        "xinetd Version 2.3.14 started with libwrap loadavg labeled-networking options compiled in.",
        "2.3.15.{small} started with libwrap loadavg options compiled in.",
        "Started working: {n} available services",
        sev="notice info",
    ),
    t(
        SN,
        "include",
        "Reading included configuration file: /etc/xinetd.d/{xsvc} [file=/etc/xinetd.conf] [line={n}]",
        "Reading included configuration file: /etc/xinetd.d/{xsvc} [file=/etc/xinetd.d/{xsvc}] [line={n}]",
        sev="debug info",
    ),
    t(
        SN,
        "reconfig",
        "Starting reconfiguration",
        "Swapping defaults",
        "readjusting service {xsvc}",
        "Reconfigured: new={small} old={n} dropped={small} (services)",
        sev="notice info",
    ),
    t(
        SN,
        "stop",
        "Exiting...",
        "service {xsvc} deactivated",
        "Activating service {xsvc}",
        sev="warn notice info",
    ),
    t(
        SEC,
        "fail_access",
        "FAIL: {xsvc} libwrap from={ip}",
        "FAIL: {xsvc} address from={ip}",
        "FAIL: {xsvc} time from={ip}",
        "libwrap refused connection to {xsvc} (libwrap={xserver}) from {ip}",
    ),
    t(
        RES,
        "fail_limit",
        "FAIL: {xsvc} service_limit from={ip}",
        "FAIL: {xsvc} per_source_limit from={ip}",
        "FAIL: {xsvc} process_limit from={ip}",
    ),
    t(
        RES,
        "fail_load",
        "FAIL: {xsvc} load from={ip}",
        "refused connect from {ip} due to excessive load",
        "FAIL: {xsvc} connections per second from={ip}",
        "Deactivating service {xsvc} due to excessive incoming connections.  Restarting in {10|30|60} seconds.",
    ),
    t(
        ERR,
        "bind",
        "bind failed (Address already in use (errno = 98)). service = {xsvc}",
        "socket creation failed (Address family not supported by protocol (errno = 97)). service = {xsvc}",
        "Service {xsvc} failed to start and is deactivated.",
    ),
    t(
        ERR,
        "exec",
        "execv( /usr/sbin/{xserver} ) failed: No such file or directory (errno = 2)",
        "{xsvc}: fork failed: Resource temporarily unavailable (errno = 11)",
        "service {xsvc}: too many consecutive fork failures",
        "FAIL: {xsvc} fork from={ip}",
    ),
    t(
        ERR,
        "reconfig_fail",
        "reconfiguration failed",
        "Server {pid} did not exit after SIGKILL",
        "can't connect to remote host {ip}: Connection refused (errno = 111)",
    ),
    t(
        CRIT,
        "fatal",
        "couldn't get configuration. Exiting...",
        "no services. Exiting...",
        "No available services. Exiting",
        "A fatal error was encountered while parsing the default section. xinetd will exit.",
    ),
]
