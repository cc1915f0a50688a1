"""Encrypted tunnels and NTLM proxy clients: shadowsocks-libev, Xray (V2Ray-style core) and cntlm.

shadowsocks-libev (github shadowsocks/shadowsocks-libev @ b2a0c545): src/utils.h (LOGI/LOGE print
" %Y-%m-%d %H:%M:%S INFO: " / "ERROR: "; ERROR() is "%s: strerror"; FATAL() logs then exits), src/server.c
("[%s] connect to %s:%d", "new connection from client, %d opened client connections", "close a connection to
remote, %d opened remote connections", "tcp server listening at %s:%s", "failed to handshake with %s: %s" with
"authentication error", "invalid password or cipher", "Access denied from %s", "outbound blocked %s", "unable to
resolve %s", "remote recv", "failed to bind address", "failed to listen on any address"), src/local.c ("connect
to %s:%s", "listening at %s:%s", "TCP connection timeout"), src/aead.c ("crypto: AEAD: repeat salt detected"),
src/crypto.c ("Stream ciphers are insecure, therefore deprecated, and should be almost always avoided.",
"One time auth has been deprecated. Try AEAD ciphers instead." in server.c / local.c).
Xray (github XTLS/Xray-core @ 2323273e): common/log/access.go (access log "from %s accepted|rejected %s
[detour] reason email: %s"), app/dispatcher/default.go (detours "in >> out", "in -> out", "in ==> out";
"taking detour [%s] for [%s]"), common/log/logger.go (log.Ldate|Ltime|Lmicroseconds), common/log/log.go
("[Severity] "), common/errors/errors.go (caller package prefix, " > " inner errors, session-id prefix),
proxy/trojan/server.go ("not a valid user", "not trojan protocol"), proxy/vless/encoding/encoding.go ("invalid
request user id"), proxy/socks/protocol.go ("invalid username or password"), proxy/freedom/freedom.go
("connection opened to ... local endpoint ... remote endpoint", "failed to open connection to"),
app/proxyman/outbound/handler.go ("failed to process outbound traffic"), common/retry/retry.go ("all retry
attempts failed"), core/xray.go ("Xray %s started"), main/run.go ("Failed to start:", "failed to load config
files", "failed to create server"), transport/internet/tcp_hub.go ("failed to listen on address").
cntlm (github versat/cntlm @ 1259d508, 0.94.0): main.c ("Starting cntlm version %s for LITTLE endian", "New %s
service on %s", "Daemon ready", "Using config file %s", "Connection denied for %s:%d", "Serious error during
accept", "No proxy service ports were successfully opened.", "Parent proxy account password (or required hashes)
missing.", "Invalid PassNTLMv2 hash, terminating"), socket.c ("so_listen: listening on %s:%d", "Cannot bind
address %s port %d: %s!"), proxy.c ("Proxy connect failed, will try %s:%d", "Cannot resolve proxy %s", "No proxy
on the list works. You lose."), direct.c ("Connection failed for %s:%d (%s)"), forward.c ("Authentication for
tunnel %s failed!", "Request for CONNECT to %s denied!", "Tunnel requests failed!").
"""

from datetime import datetime, timedelta

from training.templates.families._labels import ce, dw, er, ru, sa, sn
from training.templates.families.proxy_connections import FAMILY as FAMILY
from training.values import register


def _moment(r):
    return datetime(2023, 1, 1) + timedelta(seconds=r.randrange(900 * 86400))


register(
    {
        "px_ss_ts": lambda r: _moment(r).strftime("%Y-%m-%d %H:%M:%S"),
        "px_xr_ts": lambda r: _moment(r).strftime("%Y/%m/%d %H:%M:%S") + f".{r.randrange(10**6):06d}",
        "px_xr_sid": lambda r: str(r.randrange(10**8, 4 * 10**9)),
        "px_xr_route": lambda r: r.choice(
            (
                "socks-in >> proxy",
                "vless-in >> direct",
                "http-in -> proxy",
                "trojan-in >> direct",
                "vmess-in ==> proxy",
                "direct",
                "dns-in >> dns-out",
            )
        ),
        "px_ss_cipher": lambda r: r.choice(("chacha20-ietf-poly1305", "aes-256-gcm", "aes-128-gcm")),
    }
)

SYS = "syslog journal rfc5424"
SS = "ss-server"
SL = "ss-local"
XR = "xray"
CN = "cntlm"
_I = "{px_ss_ts} INFO: "
_E = "{px_ss_ts} ERROR: "
_X = "{px_xr_ts} "
_XI = "{px_xr_ts} [Info] [{px_xr_sid}] "

TEMPLATES = [
    # --- shadowsocks-libev ---
    sn(
        "proxy.ss_connect",
        f"{SS} {SL}",
        SYS,
        _I + "[{8388|443|8443}] connect to {px_site}:443",
        _I + "connect to {px_site}:443",
        _I + "connect to {ip}:{22|80|993}",
        _I + "new connection from client, {n} opened client connections",
        _I + "close a connection to remote, {n} opened remote connections",
    ),
    sn(
        "proxy.ss_startup",
        f"{SS} {SL}",
        SYS,
        _I + "initializing ciphers... {px_ss_cipher}",
        _I + "tcp server listening at 0.0.0.0:{8388|443}",
        _I + "udp server listening at 0.0.0.0:8388",
        _I + "listening at 127.0.0.1:1080",
        _I + "running from root user",
    ),
    er(
        "proxy.ss_conn_error",
        f"{SS} {SL}",
        SYS,
        _E + "remote recv: Connection reset by peer",
        _E + "connect: {px_err}",
        _E + "server recv: Connection reset by peer",
        _E + "unable to resolve {px_site}",
        _I + "TCP connection timeout",
    ),
    sa(
        "proxy.ss_auth",
        SS,
        SYS,
        _E + "failed to handshake with {ip}: authentication error",
        _E + "invalid password or cipher",
        _E + "crypto: AEAD: repeat salt detected",
        _E + "Access denied from {ip}",
        _I + "outbound blocked {ip}",
    ),
    ce(
        "proxy.ss_fatal",
        f"{SS} {SL}",
        SYS,
        _E + "bind: Address already in use",
        _E + "failed to bind address",
        _E + "failed to listen on any address",
        _E + "failed to initialize ciphers",
    ),
    dw(
        "proxy.ss_deprecated",
        f"{SS} {SL}",
        SYS,
        _I + "Stream ciphers are insecure, therefore deprecated, and should be almost always avoided.",
        _E + "One time auth has been deprecated. Try AEAD ciphers instead.",
    ),
    # --- Xray access and error logs ---
    sn(
        "proxy.xray_accepted",
        XR,
        "none",
        _X + "from {ip}:{port} accepted tcp:{px_site}:443 [{px_xr_route}]",
        _X + "from tcp:{ip}:{port} accepted tcp:{px_site}:443 [{px_xr_route}] email: {email}",
        _X + "from {ip}:{port} accepted udp:{8.8.8.8|1.1.1.1}:53 [{px_xr_route}]",
        _XI + "app/dispatcher: taking detour [{proxy|direct}] for [tcp:{px_site}:443]",
        _XI + "proxy/freedom: connection opened to tcp:{px_site}:443, local endpoint {ip}:{port}, remote endpoint "
        "{ip2}:443",
    ),
    sn(
        "proxy.xray_started",
        XR,
        "none",
        _X + "[Warning] core: Xray {1.8.24|24.12.31|25.3.6} started",
        _XI + "app/dispatcher: default route for tcp:{px_site}:443",
    ),
    sa(
        "proxy.xray_rejected",
        XR,
        "none",
        _X + "from {ip}:{port} rejected  proxy/trojan: not a valid user",
        _X + "from {ip}:{port} rejected  proxy/trojan: not trojan protocol",
        _X + "from {ip}:{port} rejected  proxy/vless/encoding: invalid request user id: {uuid}",
        _X + "from tcp:{ip}:{port} rejected  proxy/socks: invalid username or password",
    ),
    er(
        "proxy.xray_outbound_failed",
        XR,
        "none",
        _XI + "app/proxyman/outbound: app/proxyman/outbound: failed to process outbound traffic > proxy/freedom: "
        "failed to open connection to tcp:{px_site}:443 > common/retry: [dial tcp {ip}:443: i/o timeout] > "
        "common/retry: all retry attempts failed",
        _XI + "app/proxyman/outbound: app/proxyman/outbound: failed to process outbound traffic > proxy/freedom: "
        "failed to open connection to tcp:{px_site}:443 > common/retry: [dial tcp {ip}:443: connect: connection "
        "refused] > common/retry: all retry attempts failed",
        _XI
        + "app/proxyman/outbound: app/proxyman/outbound: failed to process outbound traffic > proxy/vless/outbound: "
        "failed to find an available destination > common/retry: [dial tcp {ip}:443: i/o timeout] > common/retry: "
        "all retry attempts failed",
    ),
    ce(
        "proxy.xray_failed_start",
        XR,
        "none",
        "Failed to start: main: failed to load config files: [/usr/local/etc/xray/config.json] > infra/conf/serial: "
        "failed to parse json config: invalid character '}}' looking for beginning of object key string",
        "Failed to start: main: failed to create server > app/proxyman/inbound: failed to listen TCP on {443|1080} > "
        "transport/internet: failed to listen on address: 0.0.0.0:{443|1080} > listen tcp 0.0.0.0:{443|1080}: bind: "
        "address already in use",
    ),
    # --- cntlm ---
    sn(
        "proxy.cntlm_startup",
        CN,
        SYS,
        "Starting cntlm version 0.{93|94}.0 for LITTLE endian",
        "Using config file /etc/cntlm.conf",
        "New HTTP service on 127.0.0.1:3128",
        "so_listen: listening on 127.0.0.1:3128",
        "Daemon ready",
        "Workstation name used: {host}",
    ),
    er(
        "proxy.cntlm_parent_failed",
        CN,
        SYS,
        "Proxy connect failed, will try {host}:8080",
        "Cannot resolve proxy {host}",
        "No proxy on the list works. You lose.",
        "Connection failed for {px_site}:443 ({px_err})",
        "Tunnel requests failed!",
    ),
    sa(
        "proxy.cntlm_denied",
        CN,
        SYS,
        "Connection denied for {ip}:{port}",
        "Authentication for tunnel {px_site}:443 failed!",
        "Request for CONNECT to {px_site}:443 denied!",
    ),
    ru(
        "proxy.cntlm_accept",
        CN,
        SYS,
        "Serious error during accept: Too many open files",
        "Serious error during pthread_create: 11",
    ),
    ce(
        "proxy.cntlm_config",
        CN,
        SYS,
        "Cannot bind address 127.0.0.1 port 3128: Address already in use!",
        "No proxy service ports were successfully opened.",
        "Parent proxy account password (or required hashes) missing.",
        "Invalid PassNTLMv2 hash, terminating",
    ),
]
