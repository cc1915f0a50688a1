"""SOCKS servers and proxifiers: Dante sockd, redsocks and proxychains-ng.

Dante (github notpeter/dante @ 53727f08, the Dante 1.4.4 release): lib/log.c iolog() ("%s(%lu): %s/%s" verdict,
rule number, protocol/command, then "[: " accept/connect, "]: " close or block, "-: " i/o; addresses as
ip.port, "src -> dst"; syslog messages carry "info: " / "warning: " / "error: " from loglevel2string),
lib/method.c authinfo() ("username%user@"), sockd/sockd_io.c ("N -> src -> N, N -> dst -> N", "local client
closed.", "remote peer closed.", "remote peer error (...)", "i/o timeout", "connect timeout", "Session duration:
%lds"), sockd/sockd_request.c ("request was not performed due to error", "eof from client", "could not connect
to upstream proxyserver"), sockd/auth_pam.c / auth_password.c ("pam_authenticate() for user \"%s\" failed",
"system password authentication failed for user \"%s\""), lib/rule.c ("no rules matched; using default block
rule"), sockd/sockd.c ("%s/server[%d/%d] v%s running", "need to add a new child process to handle client load,
but unable to do so at the moment", "serverinit(): failed to bind internal addresses"), sockd/sockd_socket.c
("bind of address %s (address #%lu/%lu) for server to listen on failed"), sockd/sockd_child.c
("disable_childcreate(): disabling creation of new child processes"), sockd/mother_util.c ("%s: exiting on
signal %d", "SIGHUP [: reloading config"), lib/parse_util.c ("%s: problem on line
%d near ...", "Please see the Dante manual for more information").
redsocks (github darkk/redsocks @ 19b822e3): redsocks.c ("[%s->%s]: " client->destination, "accepted",
"connection closed", "dropping client (%s), relay (%s), idle %ld.%06lds", "%s %serror, code " with
EVBUFFER_READ|...|0x%x, "reached redsocks_conn_max limit, %d connections", "client tries to connect to the proxy
using proxy!"), socks5.c (socks5_strstatus, "Socks5 server status: %s (%i)", "Socks5 auth failure, status
%i"), http-connect.c ("HTTP Proxy auth failed: %s", "HTTP Proxy error: %s"), main.c ("redsocks started,
conn_max=%u", "redsocks goes down"), base.c ("there is no configured instance of `base`").
proxychains-ng (github rofl0r/proxychains-ng @ 78ead0ec): src/core.c (LOG_PREFIX "[proxychains] ", TP " ... ",
"Strict chain"/"Dynamic chain"/"Random chain"/"Round Robin chain", " OK", " timeout", "<--denied",
"<--socket error or timeout!", "!!!need more proxies!!!", "|DNS-request|", "|DNS-response|"), src/libproxychains.c
("DLL init: proxychains-ng %s", "error: no valid proxy found in config", "proxy %s has invalid value or is not
numeric", "error: missing equals sign '=' in chain_len directive.", each followed by exit(1)), src/main.c
("config file found: %s", "preloading %s/%s"). A chain hop answered "<--denied" is the proxy refusing the
request (HTTP non-200, SOCKS4 rejected, SOCKS5 auth refused or failed): Security Alert.
"""

from training.templates.families._labels import ce, er, ru, sa, sn
from training.templates.families.proxy_connections import FAMILY as FAMILY
from training.values import register

register(
    {
        "px_dn_cmd": lambda r: r.choice(("tcp/connect", "tcp/connect", "tcp/bind", "udp/udpassociate")),
        "px_rs_ev": lambda r: r.choice(
            (
                "EVBUFFER_READ|0|0|EVBUFFER_ERROR|0|0x0",
                "EVBUFFER_READ|0|EVBUFFER_EOF|0|0|0x0",
                "0|EVBUFFER_WRITE|0|EVBUFFER_ERROR|0|0x0",
                "EVBUFFER_READ|0|0|0|EVBUFFER_TIMEOUT|0x0",
            )
        ),
        "px_chain": lambda r: r.choice(("Strict chain", "Dynamic chain", "Random chain", "Round Robin chain")),
        "px_us": lambda r: f"{r.randrange(10**6):06d}",
        "px_pc_hop": lambda r: r.choice(("127.0.0.1:9050", "127.0.0.1:1080", "127.0.0.1:8080")),
    }
)

SYS = "syslog journal rfc5424"
DN = "sockd"
RS = "redsocks"
PC = "proxychains"
_SRC = "{ip}.{port} {ip2}.1080"  # Dante: client peer, our internal address
_USRC = "username%{user}@{ip}.{port} {ip2}.1080"
_DST = "{ip3}.{port2} {ip4}.443"  # Dante: our external address, target
_RS = "[{ip}:{port}->{ip2}:443]: "  # redsocks: client -> original destination

TEMPLATES = [
    # --- Dante sockd ---
    sn(
        "proxy.dante_accept",
        DN,
        SYS,
        "info: pass(1): tcp/accept [: " + _SRC,
        "info: pass(2): tcp/connect [: " + _USRC + " -> " + _DST,
        "info: pass(1): tcp/connect [: " + _SRC + " -> {ip3}.{port2} {ip4}.{22|80|993}",
        "info: pass(3): udp/udpassociate [: " + _USRC + " -> {ip3}.{port2} 0.0.0.0.0",
    ),
    sn(
        "proxy.dante_session_closed",
        DN,
        SYS,
        "info: pass(2): tcp/connect ]: {px_b} -> " + _USRC + " -> {px_b2}, {px_b2} -> " + _DST + " -> {px_b}: "
        "local client closed.  Session duration: {secs}s",
        "info: pass(1): tcp/connect ]: {px_b} -> " + _SRC + " -> {px_b2}, {px_b2} -> " + _DST + " -> {px_b}: "
        "remote peer closed.  Session duration: {secs}s",
        "info: pass(1): tcp/accept ]: {px_b} -> " + _SRC + " -> {px_b2}: local client closed.  Session duration: "
        "{secs}s",
    ),
    sn(
        "proxy.dante_lifecycle",
        DN,
        SYS,
        "info: Dante/server[1/1] v1.4.{2|3|4} running",
        "info: sigterm(): exiting on signal 15",
        "info: SIGHUP [: reloading config",
    ),
    er(
        "proxy.dante_session_error",
        DN,
        SYS,
        "info: pass(1): tcp/connect ]: {px_b} -> " + _SRC + " -> {px_b2}, {px_b2} -> " + _DST + " -> {px_b}: "
        "remote peer error (Connection reset by peer).  Session duration: {secs}s",
        "info: pass(1): tcp/connect ]: {px_b} -> " + _SRC + " -> {px_b2}, {px_b2} -> " + _DST + " -> {px_b}: "
        "i/o timeout.  Session duration: {secs}s",
        "info: pass(2): tcp/connect ]: 0 -> " + _USRC + " -> 0, 0 -> " + _DST + " -> 0: connect timeout.  "
        "Session duration: {small}s",
    ),
    er(
        "proxy.dante_request_error",
        DN,
        SYS,
        "info: block(1): tcp/accept ]: " + _SRC + ": request was not performed due to error: eof from client",
        "info: block(1): tcp/accept ]: " + _SRC + ": request was not performed due to error: could not connect to "
        "upstream proxyserver: Connection timed out",
        "info: block(2): {px_dn_cmd} ]: " + _USRC + ": {px_err}",
    ),
    sa(
        "proxy.dante_blocked",
        DN,
        SYS,
        "info: block(1): tcp/accept ]: " + _SRC + ": no rules matched; using default block rule",
        "info: block(4): tcp/connect ]: " + _USRC + " -> 0.0.0.0.0 {ip4}.{25|445|3389}",
        'info: block(2): tcp/accept ]: {ip}.{port} {ip2}.1080: pam_authenticate() for user "{user}" failed: '
        "Authentication failure",
        'info: block(2): tcp/accept ]: {ip}.{port} {ip2}.1080: system password authentication failed for user "{user}"',
    ),
    ru(
        "proxy.dante_children",
        DN,
        SYS,
        "warning: need to add a new child process to handle client load, but unable to do so at the moment "
        "(Resource temporarily unavailable)",
        "info: disable_childcreate(): disabling creation of new child processes: Too many open files",
    ),
    ce(
        "proxy.dante_startup",
        DN,
        SYS,
        "warning: bindinternal(): bind of address {0.0.0.0|127.0.0.1}.1080 (address #1/1) for server to listen on "
        "failed: Address already in use",
        "error: serverinit(): failed to bind internal addresses: Address already in use",
        'error: /etc/sockd.conf: problem on line {n} near "socksmethod: usrname", at token "usrname": syntax error.  '
        "Please see the Dante manual for more information",
    ),
    # --- redsocks ---
    sn(
        "proxy.redsocks_conn",
        RS,
        SYS,
        _RS + "accepted",
        _RS + "connection closed",
        _RS + "dropping client (R/W), relay (R/W), idle 0.{px_us}s",
        "redsocks started, conn_max=128",
        "redsocks goes down",
    ),
    er(
        "proxy.redsocks_relay_error",
        RS,
        SYS,
        _RS + "relay error, code {px_rs_ev}: Connection reset by peer",
        _RS + "relay socket error, code {px_rs_ev}: {px_err}",
        _RS + "red_connect_relay: {px_err}",
        _RS + "Socks5 server status: {host unreachable (4)|connection refused (5)|network unreachable (3)}",
        _RS + "HTTP Proxy error: HTTP/1.1 502 Bad Gateway",
    ),
    sa(
        "proxy.redsocks_denied",
        RS,
        SYS,
        _RS + "Socks5 server status: connection not allowed by ruleset (2)",
        _RS + "Socks5 auth failure, status 1",
        _RS + "HTTP Proxy auth failed: HTTP/1.1 407 Proxy Authentication Required",
        _RS + "client tries to connect to the proxy using proxy! Usual proxy security policy is to drop alike "
        "connection",
    ),
    ru(
        "proxy.redsocks_limits",
        RS,
        SYS,
        "reached redsocks_conn_max limit, {n} connections",
        "accept: Too many open files",
        "accept: backing off for 0.{px_us}s",
    ),
    ce(
        "proxy.redsocks_startup",
        RS,
        SYS,
        "bind: Address already in use",
        "there is no configured instance of `base`, check config file",
        "setrlimit(RLIMIT_NOFILE, 65536): Operation not permitted",
    ),
    # --- proxychains-ng ---
    sn(
        "proxy.proxychains_ok",
        PC,
        "none",
        "[proxychains] {px_chain}  ...  {px_pc_hop}  ...  {px_site}:443  ...  OK",
        "[proxychains] {px_chain}  ...  {ip}:1080  ...  {ip2}:22  ...  OK",
        "[proxychains] DLL init: proxychains-ng 4.{16|17}",
        "[proxychains] config file found: /etc/proxychains{4|}.conf",
        "[proxychains] preloading /usr/lib/x86_64-linux-gnu/libproxychains.so.4",
    ),
    er(
        "proxy.proxychains_failed",
        PC,
        "none",
        "[proxychains] {px_chain}  ...  {ip}:1080  ...  timeout",
        "[proxychains] {px_chain}  ...  {px_pc_hop}  ...  {px_site}:443 <--socket error or timeout!",
        "!!!need more proxies!!!",
        "|DNS-response|: {px_site} lookup error",
    ),
    sa(
        "proxy.proxychains_denied",
        PC,
        "none",
        "[proxychains] {px_chain}  ...  {px_pc_hop}  ...  {px_site}:443 <--denied",
        "[proxychains] Strict chain  ...  {ip}:3128  ...  {ip2}:{22|3389} <--denied",
    ),
    ce(
        "proxy.proxychains_config",
        PC,
        "none",
        "error: no valid proxy found in config",
        "proxy {host} has invalid value or is not numeric",
        "error: missing equals sign '=' in chain_len directive.",
    ),
]
