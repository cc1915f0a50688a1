"""More nginx error-log lines about clients: keepalive closes, timeouts, resets and TLS protocol mismatches.

Phrasings follow ngx_http_request.c ("client ... closed keepalive connection", "client timed out (110: Connection
timed out) while waiting for request", "recv() failed (104: Connection reset by peer) while reading client request
line"), ngx_event_openssl.c ("SSL_do_handshake() failed (SSL: error:0A000102:SSL routines::unsupported protocol)")
and ngx_http_upstream.c ("epoll_wait() reported that client prematurely closed connection, so upstream connection
is closed too").
"""

from training.templates.families._labels import er, sn
from training.templates.families.nginx import FAMILY as FAMILY

PE = "nginx_err"
S = "nginx"

TEMPLATES = [
    sn(
        "nginx.keepalive_closed",
        S,
        PE,
        "client {ip} closed keepalive connection",
        "client {ip} closed keepalive connection (104: Connection reset by peer)",
    ),
    er(
        "nginx.client_timeouts",
        S,
        PE,
        "client timed out (110: Connection timed out) while waiting for request, client: {ip}, server: 0.0.0.0:443",
        "client timed out (110: Connection timed out) while reading client request headers, client: {ip}, server: "
        '{domain}, request: "GET {url} HTTP/1.1", host: "{domain}"',
        "recv() failed (104: Connection reset by peer) while reading client request line, client: {ip}, server: "
        "{domain}",
    ),
    er(
        "nginx.ssl_protocol",
        S,
        PE,
        "SSL_do_handshake() failed (SSL: error:0A000102:SSL routines::unsupported protocol) while SSL handshaking, "
        "client: {ip}, server: 0.0.0.0:443",
        "SSL_do_handshake() failed (SSL: error:0A0000C1:SSL routines::no shared cipher) while SSL handshaking, client: "
        "{ip}, server: 0.0.0.0:443",
    ),
    er(
        "nginx.client_closed_upstream",
        S,
        PE,
        "epoll_wait() reported that client prematurely closed connection, so upstream connection is closed too while "
        'sending request to upstream, client: {ip}, server: {domain}, request: "POST {url} HTTP/1.1", upstream: '
        '"http://{ngx_up}{url}"',
        'writev() failed (32: Broken pipe) while sending to client, client: {ip}, server: {domain}, request: "GET '
        '{url} HTTP/1.1"',
    ),
]
