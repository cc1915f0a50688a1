"""Forward-proxy connection logs: tinyproxy, Privoxy and 3proxy (their own log files).

tinyproxy (github tinyproxy/tinyproxy @ 364cdb67): the log file layout of src/log.c ("%-9s %s.%03lu [%ld]: "
with "%b %d %H:%M:%S", levels CONNECT INFO NOTICE WARNING ERROR CRITICAL); src/reqs.c ("Established connection
to upstream proxy", "Established connection to %s proxy", "Failed auth attempt (file descriptor: %d), ip %s",
"Refused CONNECT method on port %d", "relay_connection: poll() error ... Closing connection", "Idle Timeout",
"process_server_headers failed", "Could not connect to upstream proxy."), src/sock.c ("opensock: opening
connection to %s:%d", "opensock: Could not establish a connection to %s:%d", "bind failed", "Unable to listen on
any address."), src/child.c ("Maximum number of connections reached. Refusing new connections."), src/acl.c
("Unauthorized connection from \"%s\"."), src/main.c ("Initializing tinyproxy ...", "Starting main loop.
Accepting connections.", "Reloading config file", "Could not create listening sockets.").
Privoxy (github ssrlive/privoxy @ e2129a74, a mirror of the Privoxy sources): errlog.c ("%s %08lx %s: " with
"%Y-%m-%d %H:%M:%S.%03ld", level names Connect Request Crunch Error Fatal error Info), jcc.c ("Accepted
connection from %s on socket %d", "Closing client socket %d. Keep-alive: ...", "Reusing server socket",
crunch_reason "Blocked"/"Connection failure"/"Connection timeout", "Connection from %s on %s (socket %d) dropped
due to ACL", "Rejecting connection from %s. Maximum number of connections reached.", "can't bind to %s:%d: There
may be another Privoxy or some other proxy running on port %d", "a loader failed - must exit", its CLF lines
"%s - - [%T] \"%s\" %d %llu"), jbsockets.c ("Connected to %s[%s]:%s.", "Could not connect to [%s]:%s: %s.").
3proxy (github 3proxy/3proxy @ f6963ea3): src/proxy.h DEFLOGFORMAT "G%y%m%d%H%M%S.%. %p %E %U %C:%c %R:%r %O %I
%h %T", src/log.c (%E as "%.05d"), doc/html/howtoe.html "Log error codes reference" (1 ACL deny, 3 no ACL, 5/6
bad user or password, 10 traffic limit, 12 bind, 13 connect, 92 timeout, 95-97 dirty termination, 100 host not
found), src/proxymain.c ("Accepting connections [%d/%d]", "bind(): %s", "Warning: too many connected clients
(%d/%d)"). tinyproxy/Privoxy lines already in squid.py (Connect (file descriptor), Request:, Proxying refused
on filtered domain ...) are not repeated. Labels: a 3proxy GET/POST record is an HTTP access line (HTTP Status);
its CONNECT / SOCKS tunnel records with code 00000 are routine connection closes with byte counts.
"""

from datetime import datetime, timedelta

from training.templates.families._labels import ce, er, hs, ru, sa, sn
from training.values import register

FAMILY = "proxy_clients"

_SITES_TEXT = (
    "www.google.com github.com api.github.com objects.githubusercontent.com login.microsoftonline.com "
    "outlook.office365.com update.googleapis.com www.youtube.com registry.npmjs.org pypi.org "
    "files.pythonhosted.org cdn.jsdelivr.net slack.com zoom.us en.wikipedia.org www.amazon.com "
    "download.docker.com archive.ubuntu.com"
)
_SITES = tuple(_SITES_TEXT.split())


def _moment(r):
    return datetime(2023, 1, 1) + timedelta(seconds=r.randrange(900 * 86400))


register(
    {
        "px_site": lambda r: r.choice(_SITES),
        "px_tp_ts": lambda r: _moment(r).strftime("%b %d %H:%M:%S") + f".{r.randrange(1000):03d}",
        "px_pv_ts": lambda r: _moment(r).strftime("%Y-%m-%d %H:%M:%S") + f".{r.randrange(1000):03d}",
        "px_pv_tid": lambda r: "7f" + "".join(r.choice("0123456789abcdef") for _ in range(8)) + "0700",
        "px_3p_ts": lambda r: _moment(r).strftime("%y%m%d%H%M%S") + f".{r.randrange(1000):03d}",
        "px_b": lambda r: str(int(r.lognormvariate(8.5, 2.2))),
        "px_err": lambda r: r.choice(
            ("Connection refused", "Connection timed out", "Connection reset by peer", "No route to host")
        ),
    }
)

N = "none"
TP = "tinyproxy"
PV = "privoxy"
P3 = "3proxy"
_T = "{px_tp_ts} [{pid}]: "  # tinyproxy after its level column
_V = "{px_pv_ts} {px_pv_tid} "  # privoxy before its level name
_3 = "{px_3p_ts} "  # 3proxy default log format, GMT time then service port

TEMPLATES = [
    # --- tinyproxy ---
    sn(
        "proxy.tinyproxy_upstream",
        TP,
        N,
        "CONNECT   " + _T + 'Established connection to upstream proxy "{host}" using file descriptor {n}.',
        "CONNECT   " + _T + 'Established connection to socks5 proxy "{ip}" using file descriptor {n}.',
        "INFO      " + _T + "Found upstream proxy http {ip}:3128 for {px_site}",
        "INFO      " + _T + "opensock: opening connection to {px_site}:443",
    ),
    sn(
        "proxy.tinyproxy_lifecycle",
        TP,
        N,
        "NOTICE    " + _T + "Initializing tinyproxy ...",
        "INFO      " + _T + "Starting main loop. Accepting connections.",
        "NOTICE    " + _T + "Reloading config file (/etc/tinyproxy/tinyproxy.conf)",
        "INFO      " + _T + 'Now running as user "tinyproxy".',
        "INFO      " + _T + "listening on fd [{small}]",
        "NOTICE    " + _T + "Shutting down.",
    ),
    er(
        "proxy.tinyproxy_connect_failed",
        TP,
        N,
        "ERROR     " + _T + "opensock: Could not establish a connection to {px_site}:443",
        "ERROR     " + _T + "opensock: Could not retrieve address info for {domain}:80: Name or service not known",
        "WARNING   " + _T + "Could not connect to upstream proxy.",
        "WARNING   " + _T + "No upstream proxy defined for {px_site}.",
    ),
    er(
        "proxy.tinyproxy_relay_error",
        TP,
        N,
        "ERROR     " + _T + 'relay_connection: poll() error "Connection reset by peer". Closing connection '
        "(client_fd:{n}, server_fd:{n2})",
        "INFO      " + _T + 'process_server_headers failed: Connection reset by peer. host "{px_site}" using '
        "file descriptor {n}.",
        "WARNING   " + _T + "Could not retrieve all the headers from the remote server.",
        "INFO      " + _T + "Idle Timeout (after poll)",
    ),
    sa(
        "proxy.tinyproxy_denied",
        TP,
        N,
        "NOTICE    " + _T + 'Unauthorized connection from "{ip}".',
        "INFO      " + _T + "Failed auth attempt (file descriptor: {n}), ip {ip}",
        "INFO      " + _T + "Refused CONNECT method on port {22|25|3389|6667}",
    ),
    ru(
        "proxy.tinyproxy_maxclients",
        TP,
        N,
        "WARNING   " + _T + "Maximum number of connections reached. Refusing new connections.",
    ),
    ce(
        "proxy.tinyproxy_bind",
        TP,
        N,
        "ERROR     " + _T + "bind failed: Address already in use",
        "ERROR     " + _T + "Unable to listen on any address.",
        "tinyproxy: Could not create listening sockets.",
        "ERROR     " + _T + "bind failed: Cannot assign requested address",
    ),
    # --- Privoxy ---
    sn(
        "proxy.privoxy_connect",
        PV,
        N,
        _V + "Connect: Accepted connection from {ip} on socket {n}",
        _V + "Connect: Connected to {px_site}[{ip2}]:443.",
        _V + "Connect: Closing client socket {n}. Keep-alive: 1. Socket alive: 1. Data available: 0. "
        "Configuration file change detected: 0. Requests received: {small}.",
        _V + "Connect: Reusing server socket {n} connected to {px_site}. Total requests: {small}.",
    ),
    er(
        "proxy.privoxy_connect_failed",
        PV,
        N,
        _V + "Connect: Could not connect to [{ip}]:443: {px_err}.",
        _V + "Crunch: Connection failure: http://{px_site}/",
        _V + "Error: read from: {px_site} failed: Connection reset by peer",
        _V + "Error: write to: {px_site} failed: Broken pipe",
    ),
    sa(
        "proxy.privoxy_blocked",
        PV,
        N,
        _V + "Crunch: Blocked: http://ads.{domain}/banner/728x90.gif",
        _V + "Crunch: Blocked: https://{px_site}/pagead/conversion.js",
        _V + "Connect: Connection from {ip} on 127.0.0.1:8118 (socket {n}) dropped due to ACL",
        _V + "Info: Request from {ip} marked for blocking. limit-connect{{443}} doesn't allow CONNECT requests to "
        "{px_site}:{8443|22|25}",
    ),
    ru(
        "proxy.privoxy_maxconn",
        PV,
        N,
        _V + "Error: Rejecting connection from {ip}. Maximum number of connections reached.",
    ),
    ce(
        "proxy.privoxy_fatal",
        PV,
        N,
        _V + "Fatal error: can't bind to 127.0.0.1:8118: There may be another Privoxy or some other proxy running "
        "on port 8118",
        _V + "Fatal error: can't bind to {ip}:8118: The hostname is not resolvable",
        _V + "Fatal error: a loader failed - must exit",
    ),
    hs(
        "proxy.privoxy_clf",
        PV,
        N,
        '{ip} - - [{clf}] "GET http://{px_site}{url} HTTP/1.1" {status} {size}',
        '{ip} - - [{clf}] "CONNECT {px_site}:443 HTTP/1.1" 200 0',
        '{ip} - - [{clf}] "GET http://ads.{domain}/banner.gif HTTP/1.1" 403 {n}',
    ),
    # --- 3proxy (default logformat) ---
    hs(
        "proxy.3proxy_http",
        P3,
        N,
        _3 + "3128 00000 - {ip}:{port} {ip2}:80 {n} {px_b} 0 GET http://{px_site}{url} HTTP/1.1",
        _3 + "3128 00000 {user} {ip}:{port} {ip2}:80 {px_b} {n} 0 POST http://{domain}{url} HTTP/1.1",
        _3 + "8080 00000 - {ip}:{port} {ip2}:80 {n} {px_b} 1 GET http://{px_site}/ HTTP/1.1",
    ),
    sn(
        "proxy.3proxy_tunnel",
        P3,
        N,
        _3 + "3128 00000 - {ip}:{port} {ip2}:443 {px_b} {px_b2} 0 CONNECT {px_site}:443 HTTP/1.1",
        _3 + "1080 00000 {user} {ip}:{port} {ip2}:443 {px_b} {px_b2} 0 CONNECT {px_site}:443",
        _3 + "1080 00000 - {ip}:{port} {ip2}:22 {px_b} {px_b2} 0 CONNECT {ip2}:22",
        _3 + "{3128|1080} 00000 - 0.0.0.0:0 0.0.0.0:0 0 0 0 Accepting connections [{pid}/{num}]",
    ),
    sa(
        "proxy.3proxy_denied",
        P3,
        N,
        _3 + "3128 00001 - {ip}:{port} 0.0.0.0:0 0 0 0 CONNECT {px_site}:443 HTTP/1.1",
        _3 + "3128 00006 {user} {ip}:{port} 0.0.0.0:0 0 0 0 CONNECT {px_site}:443 HTTP/1.1",
        _3 + "1080 00005 {user} {ip}:{port} 0.0.0.0:0 0 0 0 CONNECT {px_site}:443",
    ),
    er(
        "proxy.3proxy_errors",
        P3,
        N,
        _3 + "3128 00013 - {ip}:{port} {ip2}:443 0 0 0 CONNECT {px_site}:443 HTTP/1.1",
        _3 + "1080 00092 - {ip}:{port} {ip2}:443 {px_b} {px_b2} 0 CONNECT {px_site}:443",
        _3 + "1080 00096 - {ip}:{port} {ip2}:443 {px_b} {px_b2} 0 CONNECT {px_site}:443",
        _3 + "3128 00100 - {ip}:{port} 0.0.0.0:0 0 0 0 CONNECT nonexistent.{domain}:443 HTTP/1.1",
    ),
    ru(
        "proxy.3proxy_limits",
        P3,
        N,
        _3 + "{3128|1080} 00000 - 0.0.0.0:0 0.0.0.0:0 0 0 0 Warning: too many connected clients ({n}/{n})",
        _3 + "1080 00010 {user} {ip}:{port} {ip2}:443 {px_b} {px_b2} 0 CONNECT {px_site}:443",
    ),
    ce(
        "proxy.3proxy_bind",
        P3,
        N,
        _3 + "{3128|1080} 00000 - 0.0.0.0:0 0.0.0.0:0 0 0 0 bind(): Address already in use",
        _3 + "{3128|1080} 00000 - 0.0.0.0:0 0.0.0.0:0 0 0 0 listen(): Address already in use",
        _3 + "{3128|1080} 00000 - 0.0.0.0:0 0.0.0.0:0 0 0 0 bind(): Cannot assign requested address",
    ),
]
