"""HAProxy: HTTP and TCP traffic logs (option httplog / tcplog), health checks, process and config messages.

The HTTP log line follows HAProxy's documented `option httplog` format (client:port [accept date]
frontend backend/server TR/Tw/Tc/Tr/Ta status bytes captured-cookies termination-state
actconn/feconn/beconn/srv_conn/retries srv_queue/backend_queue "request"), with its own termination
codes (----, SC--, sH--, cD--, PR--, CR--) and <NOSRV>/<BADREQ> markers; `option tcplog` likewise.
Other phrasings follow HAProxy's source: src/check.c and server.c (Server ... is DOWN, reason: Layer4
connection problem / Layer7 wrong status; is UP; going DOWN for maintenance; backend ... has no server
available!), src/proxy.c (Proxy ... started / stopped (cumulated conns), Stopping frontend), src/sock.c
and session.c (reached process FD limit (maxsock=), reached the configured maximum connection limit),
src/haproxy.c (New worker forked, Loading success, Current worker exited with code, Cannot raise FD limit,
FD limit too low for maxconn), src/cfgparse*.c (unknown keyword, Fatal errors found in configuration, the
'clitimeout' directive is not supported anymore since HAProxy 2.1, 'option http-use-htx' is deprecated and
ignored).
"""

from training.templates.families._labels import ce, dw, er, hs, ru, sn
from training.values import register

FAMILY = "haproxy"

register(
    {
        "hap_date": lambda r: (
            f"{r.randrange(1, 29):02d}/{r.choice(('Jan', 'Mar', 'Jun', 'Sep', 'Dec'))}/2024:"
            f"{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}.{r.randrange(1000):03d}"
        ),
        "hap_fe": lambda r: r.choice(("http-in", "https-in~", "fe_web", "fe_api~", "public")),
        "hap_be": lambda r: r.choice(("be_app", "web_servers", "api_backend", "be_static", "k8s_ingress")),
        "hap_srv": lambda r: r.choice(("web1", "web2", "app-01", "app-02", "srv3", "node-a")),
        "hap_t": lambda r: f"{r.randrange(0, 20)}/0/{r.randrange(0, 3)}/{r.randrange(1, 400)}/{r.randrange(2, 900)}",
        "hap_cn": lambda r: f"{r.randrange(1, 900)}/{r.randrange(1, 500)}/{r.randrange(0, 100)}/{r.randrange(0, 40)}/0",
    }
)

P = "syslog none"
S = "haproxy"
_H = "{ip}:{port} [{hap_date}] {hap_fe} {hap_be}/{hap_srv} {hap_t} "
_Q = " 0/0 "

TEMPLATES = [
    hs(
        "haproxy.http_ok",
        S,
        P,
        _H + "200 {size} - - ---- {hap_cn}" + _Q + '"GET {url} HTTP/1.1"',
        _H + "{200|201|204} {size} - - ---- {hap_cn}" + _Q + '"{method} {url} HTTP/2.0"',
    ),
    hs(
        "haproxy.http_redirect",
        S,
        P,
        _H + "{301|302} {n} - - ---- {hap_cn}" + _Q + '"GET {url} HTTP/1.1"',
        '{ip}:{port} [{hap_date}] {hap_fe} {hap_fe}/<NOSRV> 0/-1/-1/-1/0 301 {n} - - LR-- {hap_cn} 0/0 "GET / '
        'HTTP/1.1"',
    ),
    hs(
        "haproxy.http_4xx",
        S,
        P,
        _H + "{400|401|403|404|405} {n} - - ---- {hap_cn}" + _Q + '"{method} {url} HTTP/1.1"',
        _H + "404 {n} - - ---- {hap_cn}" + _Q + '"GET /favicon.ico HTTP/1.1"',
    ),
    hs(
        "haproxy.http_deny",
        S,
        P,
        '{ip}:{port} [{hap_date}] {hap_fe} {hap_fe}/<NOSRV> -1/-1/-1/-1/0 403 {n} - - PR-- {hap_cn} 0/0 "GET {url} '
        'HTTP/1.1"',
        '{ip}:{port} [{hap_date}] {hap_fe} {hap_fe}/<NOSRV> 0/-1/-1/-1/0 429 {n} - - PR-- {hap_cn} 0/0 "POST /login '
        'HTTP/1.1"',
    ),
    hs(
        "haproxy.http_nosrv",
        S,
        P,
        '{ip}:{port} [{hap_date}] {hap_fe} {hap_be}/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- {hap_cn} 0/0 "GET {url} '
        'HTTP/1.1"',
        '{ip}:{port} [{hap_date}] {hap_fe} {hap_be}/<NOSRV> 0/{n}/-1/-1/{n2} 503 217 - - sQ-- {hap_cn} 0/{n3} "GET '
        '{url} HTTP/1.1"',
    ),
    hs(
        "haproxy.http_504",
        S,
        P,
        _H + "504 {n} - - sH-- {hap_cn}" + _Q + '"{method} {url} HTTP/1.1"',
        '{ip}:{port} [{hap_date}] {hap_fe} {hap_be}/{hap_srv} 0/0/1/-1/{num} 504 194 - - sH-- {hap_cn} 0/0 "POST '
        '{url} HTTP/1.1"',
    ),
    hs(
        "haproxy.http_502",
        S,
        P,
        _H + "502 {n} - - SH-- {hap_cn}" + _Q + '"{method} {url} HTTP/1.1"',
        '{ip}:{port} [{hap_date}] {hap_fe} {hap_be}/{hap_srv} 0/0/-1/-1/{n} 503 {n2} - - SC-- {hap_cn} 0/0 "GET {url} '
        'HTTP/1.1"',
    ),
    hs(
        "haproxy.http_badreq",
        S,
        P,
        '{ip}:{port} [{hap_date}] {hap_fe} {hap_fe}/<NOSRV> -1/-1/-1/-1/{n} 400 {n2} - - CR-- {hap_cn} 0/0 "<BADREQ>"',
        '{ip}:{port} [{hap_date}] {hap_fe} {hap_fe}/<NOSRV> -1/-1/-1/-1/{num} 408 {n} - - cR-- {hap_cn} 0/0 "<BADREQ>"',
    ),
    hs(
        "haproxy.http_client_abort",
        S,
        P,
        _H + "{200|206} {size} - - CD-- {hap_cn}" + _Q + '"GET {url} HTTP/1.1"',
        _H + "-1 0 - - CD-- {hap_cn}" + _Q + '"GET {url} HTTP/1.1"',
    ),
    hs(
        "haproxy.http_captures",
        S,
        P,
        _H + "{status} {size} - - ---- {hap_cn}" + _Q + '{{{domain}|{ua}}} "{method} {url} HTTP/1.1"',
        _H + "{status} {size} - - --NI {hap_cn}" + _Q + '{{{domain}}} "{method} {url} HTTP/1.1"',
    ),
    hs(
        "haproxy.http_json",
        S,
        "none",
        '{{"client":"{ip}","frontend":"{hap_fe}","backend":"{hap_be}","server":"{hap_srv}","status":{status},"bytes":{size},"method":"{method}","path":"{url}","ta_ms":{ms}}}',
        "haproxy[{pid}]: {ip}:{port} [{hap_date}] {hap_fe} {hap_be}/{hap_srv} {hap_t} {status} {size} - - ---- "
        '{hap_cn} 0/0 "{method} {url} HTTP/1.1"',
    ),
    hs(
        "haproxy.http_stats",
        S,
        P,
        _H + "200 {size} - - LR-- {hap_cn}" + _Q + '"GET /haproxy?stats HTTP/1.1"',
        '{ip}:{port} [{hap_date}] stats stats/<STATS> 0/-1/-1/-1/0 200 {size} - - LR-- {hap_cn} 0/0 "GET /stats;csv '
        'HTTP/1.1"',
    ),
    sn(
        "haproxy.tcp_log",
        S,
        P,
        "{ip}:{port} [{hap_date}] {fe_pg|fe_mysql|redis_in} {be_pg|be_mysql|redis}/{hap_srv} 1/0/{num} {size} -- "
        "{hap_cn} 0/0",
        "{ip}:{port} [{hap_date}] {fe_pg|fe_mysql} {be_pg|be_mysql}/{hap_srv} 1/1/{num} {size} cD {hap_cn} 0/0",
    ),
    sn(
        "haproxy.proxy_started",
        S,
        P,
        "Proxy {hap_fe} started.",
        "Proxy {hap_be} started.",
        "Proxy {hap_fe} stopped (cumulated conns: FE: {num}, BE: 0).",
        "Stopping frontend {hap_fe} in 0 ms.",
    ),
    sn(
        "haproxy.server_up",
        S,
        P,
        "Server {hap_be}/{hap_srv} is UP, reason: Layer7 check passed, code: 200, check duration: {small}ms. {small2} "
        "active and 0 backup servers online. 0 sessions requeued, 0 total in queue.",
        "Server {hap_be}/{hap_srv} is UP, reason: Layer4 check passed, check duration: 0ms. {small} active and 0 "
        "backup servers online. 0 sessions requeued, 0 total in queue.",
    ),
    sn(
        "haproxy.maintenance",
        S,
        P,
        "Server {hap_be}/{hap_srv} is going DOWN for maintenance. {small} active and 0 backup servers left. 0 "
        "sessions active, 0 requeued, 0 remaining in queue.",
        "Server {hap_be}/{hap_srv} is UP/READY (leaving forced maintenance).",
        "Server {hap_be}/{hap_srv} was DOWN and now enters maintenance.",
    ),
    sn(
        "haproxy.master",
        S,
        P,
        "[NOTICE]   (1) : New worker ({pid}) forked",
        "[NOTICE]   (1) : Loading success.",
        "[NOTICE]   (1) : haproxy version is 2.{small}.{small2}-1ubuntu{small2}",
        "[WARNING]  (1) : Former worker ({pid}) exited with code 0 (Exit)",
    ),
    er(
        "haproxy.server_down_l4",
        S,
        P,
        'Server {hap_be}/{hap_srv} is DOWN, reason: Layer4 connection problem, info: "Connection refused", check '
        "duration: 0ms. {small} active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.",
        "Server {hap_be}/{hap_srv} is DOWN, reason: Layer4 timeout, check duration: 2001ms. {small} active and 0 "
        "backup servers left. {small} sessions active, 0 requeued, 0 remaining in queue.",
    ),
    er(
        "haproxy.server_down_l7",
        S,
        P,
        'Server {hap_be}/{hap_srv} is DOWN, reason: Layer7 wrong status, code: {500|503|404}, info: "Service '
        'Unavailable", check duration: {small}ms. {small2} active and 0 backup servers left.',
        "Server {hap_be}/{hap_srv} is DOWN, reason: Layer7 timeout, check duration: 2001ms. {small} active and 0 "
        "backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.",
        "Health check for server {hap_be}/{hap_srv} failed, reason: Layer7 timeout, check duration: 2001ms, status: "
        "{small}/3 UP.",
    ),
    er(
        "haproxy.ssl_handshake",
        S,
        P,
        "{ip}:{port} [{hap_date}] {hap_fe}/1: SSL handshake failure",
        "{ip}:{port} [{hap_date}] {hap_fe}/1: Connection closed during SSL handshake",
        "{ip}:{port} [{hap_date}] {hap_fe}/1: SSL client certificate not trusted",
    ),
    er(
        "haproxy.tcp_errors",
        S,
        P,
        "{ip}:{port} [{hap_date}] {fe_pg|fe_mysql} {be_pg|be_mysql}/{hap_srv} 1/-1/{num} 0 SC {hap_cn} 0/0",
        "{ip}:{port} [{hap_date}] {fe_pg|fe_mysql} {be_pg|be_mysql}/<NOSRV> -1/-1/0 0 SC {hap_cn} 0/0",
        "{ip}:{port} [{hap_date}] {fe_pg|redis_in} {be_pg|redis}/{hap_srv} 1/0/{num} {size} sD {hap_cn} 0/0",
    ),
    ce(
        "haproxy.no_server",
        S,
        P,
        "backend {hap_be} has no server available!",
        "[ALERT]    (1) : backend '{hap_be}' has no server available!",
    ),
    ce(
        "haproxy.config_fatal",
        S,
        P,
        "[ALERT]    (1) : config : parsing [/etc/haproxy/haproxy.cfg:{n}] : unknown keyword '{optionn|tiemout|"
        "serverr}' in '{backend|frontend|defaults}' section",
        "[ALERT]    (1) : config : Fatal errors found in configuration.",
        "[ALERT]    (1) : config : Error(s) found in configuration file : /etc/haproxy/haproxy.cfg",
        "[ALERT]    (1) : config : parsing [/etc/haproxy/haproxy.cfg:{n}] : 'bind *:443' : unable to load SSL private "
        "key from PEM file '/etc/haproxy/certs/{domain}.pem'.",
    ),
    ce(
        "haproxy.bind_failed",
        S,
        P,
        "[ALERT]    (1) : Starting frontend {hap_fe}: cannot bind socket (Address already in use) [0.0.0.0:{80|443}]",
        "[ALERT]    (1) : [/usr/sbin/haproxy.main()] Some protocols failed to start their listeners! Exiting.",
        "[ALERT]    (1) : Starting proxy {hap_fe}: cannot bind socket (Permission denied) [0.0.0.0:{80|443}]",
    ),
    ce(
        "haproxy.worker_crash",
        S,
        P,
        "[ALERT]    (1) : Current worker ({pid}) exited with code 139 (Segmentation fault)",
        "[ALERT]    (1) : exit-on-failure: killing every processes with SIGTERM",
        "[WARNING]  (1) : All workers exited. Exiting... (139)",
    ),
    ru(
        "haproxy.fd_limit",
        S,
        P,
        "Proxy {hap_fe} reached process FD limit (maxsock={num}). Please check 'ulimit-n' and restart.",
        "Proxy {hap_fe} reached system FD limit (maxsock={num}). Please check system tunables.",
        "Proxy {hap_fe} reached system memory limit (maxsock={num}). Please check system tunables.",
    ),
    ru(
        "haproxy.maxconn",
        S,
        P,
        "Proxy {hap_fe} reached the configured maximum connection limit. Please check the global 'maxconn' value.",
        "Proxy {hap_be} reached the configured maximum connection limit. Please check the global 'maxconn' value.",
    ),
    ru(
        "haproxy.startup_limits",
        S,
        P,
        "[WARNING]  (1) : [haproxy.main()] Cannot raise FD limit to {num}, limit is {num2}.",
        "[WARNING]  (1) : [haproxy.main()] FD limit ({num}) too low for maxconn={num2}/maxsock={num3}. Please raise "
        "'ulimit-n' to {num} or more to avoid any trouble.",
    ),
    dw(
        "haproxy.not_supported_anymore",
        S,
        P,
        "[ALERT]    (1) : parsing [/etc/haproxy/haproxy.cfg:{n}] : the '{clitimeout|srvtimeout|contimeout}' "
        "directive is "
        "not supported anymore since HAProxy 2.1. Use 'timeout {client|server|connect}'.",
        "[ALERT]    (1) : parsing [/etc/haproxy/haproxy.cfg:{n}] : The 'reqrep' directive is not supported anymore "
        "since "
        "HAProxy 2.1. Use 'http-request replace-path', 'http-request replace-uri' or 'http-request replace-header' "
        "instead.",
        "[ALERT]    (1) : parsing [/etc/haproxy/haproxy.cfg:{n}] : 'appsession' is not supported anymore since HAProxy "
        "1.6.",
    ),
    dw(
        "haproxy.htx_deprecated",
        S,
        P,
        "[WARNING]  (1) : parsing [/etc/haproxy/haproxy.cfg:{n}]: 'option http-use-htx' is deprecated and ignored. "
        "The HTX mode is now the only supported mode.",
        "[WARNING]  (1) : parsing [/etc/haproxy/haproxy.cfg:{n}]: 'no option http-use-htx' is deprecated and "
        "ignored. The HTX mode is now the only supported mode.",
    ),
    dw(
        "haproxy.dispatch_removed",
        S,
        P,
        "[ALERT]    (1) : config : parsing [/etc/haproxy/haproxy.cfg:{n}] : the 'dispatch' keyword is not supported "
        "anymore since HAProxy 3.5. The modern way to do the same is to create a server with the same address",
        "[ALERT]    (1) : config : parsing [/etc/haproxy/haproxy.cfg:{n}] : the 'dispatch' keyword is not supported "
        "anymore since HAProxy 3.5.",
    ),
    hs(
        "haproxy.http2_frontend",
        S,
        P,
        _H + "{status} {size} - - ---- {hap_cn}" + _Q + '"{method} https://{domain}{url} HTTP/2.0"',
        _H + "200 {size} - - ---- {hap_cn}" + _Q + '"GET https://{domain}/ HTTP/2.0"',
    ),
    hs(
        "haproxy.http_cookie",
        S,
        P,
        _H + "{status} {size} SERVERID={hap_srv} - --VN {hap_cn}" + _Q + '"{method} {url} HTTP/1.1"',
        _H + "{status} {size} - SERVERID={hap_srv} --NI {hap_cn}" + _Q + '"{method} {url} HTTP/1.1"',
    ),
    hs(
        "haproxy.http_retry",
        S,
        P,
        _H.replace("{hap_t}", "0/0/{n}/{n2}/{num}") + "{200|503} {size} - - ---- {n}/{n}/{small}/{small}/+1 0/0 "
        '"{method} {url} HTTP/1.1"',
        _H + "503 {n} - - sC-- {hap_cn}" + _Q + '"GET {url} HTTP/1.1"',
    ),
]
