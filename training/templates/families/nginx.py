"""nginx error log (access lines are in nginx_access.py): upstream, static, auth, TLS, limits, config.

Error-log phrasings follow nginx's source: ngx_event_connect.c / ngx_http_upstream.c (connect() failed ...
while connecting to upstream, upstream timed out, upstream prematurely closed connection, no live upstreams,
upstream sent too big header), ngx_http_static_module (open() ... failed), ngx_http_access_module (access
forbidden by rule), ngx_http_auth_basic_module (user ... was not found in, password mismatch),
ngx_http_request_body (client intended to send too large body, buffered to a temporary file), ngx_event.c
(worker_connections are not enough, accept4() failed (24: Too many open files)), ngx_connection.c (bind()
... failed, still could not bind()), ngx_conf_file.c (unknown directive), ngx_process_cycle.c (start worker
processes, gracefully shutting down, exited on signal), and the deprecation warnings of ngx_http_core_module
/ ngx_http_v2_module ("listen ... http2" directive is deprecated, "http2_max_field_size" directive is
obsolete).
"""

from training.templates.families._labels import ce, dw, er, ru, sa, sn
from training.values import register

FAMILY = "nginx"

register(
    {
        "ngx_up": lambda r: r.choice(
            ("127.0.0.1:8080", "10.0.3.17:3000", "unix:/run/php/php8.2-fpm.sock", "10.2.0.9:9000")
        ),
    }
)

PE = "nginx_err"
S = "nginx"
_CTX = (
    'client: {ip}, server: {domain}, request: "{method} {url} HTTP/1.1", upstream: "http://{ngx_up}{url}", '
    'host: "{domain}"'
)

TEMPLATES = [
    er(
        "nginx.upstream_refused",
        S,
        PE,
        f"connect() failed (111: Connection refused) while connecting to upstream, {_CTX}",
        f"connect() failed (113: No route to host) while connecting to upstream, {_CTX}",
        "connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to "
        "upstream, "
        'client: {ip}, server: {domain}, request: "GET / HTTP/1.1", host: "{domain}"',
    ),
    er(
        "nginx.upstream_timeout",
        S,
        PE,
        f"upstream timed out (110: Connection timed out) while reading response header from upstream, {_CTX}",
        f"upstream timed out (110: Connection timed out) while connecting to upstream, {_CTX}",
        f"upstream prematurely closed connection while reading response header from upstream, {_CTX}",
        f"recv() failed (104: Connection reset by peer) while reading response header from upstream, {_CTX}",
    ),
    er(
        "nginx.no_live_upstreams",
        S,
        PE,
        f"no live upstreams while connecting to upstream, {_CTX}",
        f"upstream sent too big header while reading response header from upstream, {_CTX}",
        f'upstream sent invalid status "0" while reading response header from upstream, {_CTX}',
    ),
    er(
        "nginx.open_failed",
        S,
        PE,
        'open() "/usr/share/nginx/html{url}" failed (2: No such file or directory), client: {ip}, server: {domain}, '
        'request: "GET {url} HTTP/1.1", host: "{domain}"',
        '"/var/www/html/index.html" is not found (2: No such file or directory), client: {ip}, server: {domain}, '
        'request: "GET / HTTP/1.1", host: "{domain}"',
        'directory index of "/var/www/{domain}/" is forbidden, client: {ip}, server: {domain}, request: "GET / '
        'HTTP/1.1"',
    ),
    er(
        "nginx.fastcgi_stderr",
        S,
        PE,
        'FastCGI sent in stderr: "PHP message: PHP Fatal error:  Uncaught Error: Call to undefined function '
        'mysql_connect() in /var/www/html/index.php:{small}" while reading response header from upstream, '
        f"{_CTX}",
        'FastCGI sent in stderr: "Primary script unknown" while reading response header from upstream, client: {ip}, '
        'server: {domain}, request: "GET /{hex8}.php HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:"',
    ),
    er(
        "nginx.ssl_handshake",
        S,
        PE,
        "SSL_do_handshake() failed (SSL: error:0A00006C:SSL routines::bad key share) while SSL handshaking, client: "
        "{ip}, server: 0.0.0.0:443",
        "SSL_read() failed (SSL: error:0A000126:SSL routines::unexpected eof while reading) while waiting for request, "
        "client: {ip}, server: 0.0.0.0:443",
        "peer closed connection in SSL handshake while SSL handshaking to upstream, " + _CTX,
    ),
    er(
        "nginx.worker_exited",
        S,
        PE,
        "worker process {pid} exited on signal {11|9|6}",
        "worker process {pid} exited on signal 11 (core dumped)",
        "*{n} upstream server temporarily disabled while reading response header from upstream, " + _CTX,
    ),
    sa(
        "nginx.access_forbidden",
        S,
        PE,
        'access forbidden by rule, client: {ip}, server: {domain}, request: "GET /{.env|.git/config|wp-config.php} '
        'HTTP/1.1", host: "{domain}"',
        'access forbidden by rule, client: {ip}, server: {domain}, request: "POST /xmlrpc.php HTTP/1.1", host: '
        '"{domain}"',
    ),
    sa(
        "nginx.basic_auth",
        S,
        PE,
        'user "{user}" was not found in "/etc/nginx/.htpasswd", client: {ip}, server: {domain}, request: "GET /admin '
        'HTTP/1.1", host: "{domain}"',
        'user "{user}": password mismatch, client: {ip}, server: {domain}, request: "GET /admin/ HTTP/1.1", host: '
        '"{domain}"',
    ),
    sa(
        "nginx.modsecurity",
        S,
        PE,
        "[client {ip}] ModSecurity: Access denied with code 403 (phase 2). Matched \"Operator `Ge' with parameter `5' "
        "against variable `TX:ANOMALY_SCORE' (Value: `{small}' ) [file \"/etc/nginx/modsec/coreruleset/rules/"
        'REQUEST-949-BLOCKING-EVALUATION.conf"] [line "{n}"] [id "949110"] [msg "Inbound Anomaly Score Exceeded '
        '(Total Score: {small})"] [hostname "{ip2}"] [uri "{url}"] [unique_id "{hex16}"]',
        "[client {ip}] ModSecurity: Access denied with code 403 (phase 2). detected SQLi using libinjection. "
        '[id "942100"] [msg "SQL Injection Attack Detected via libinjection"] [uri "/index.php"]',
    ),
    sa(
        "nginx.invalid_request",
        S,
        PE,
        "client sent invalid method while reading client request line, client: {ip}, server: {domain}, request: "
        '"\\x16\\x03\\x01"',
        "client sent plain HTTP request to HTTPS port while reading client request headers, client: {ip}, server: "
        '{domain}, request: "GET /cgi-bin/luci/;stok=/locale HTTP/1.1"',
    ),
    ce(
        "nginx.bind_failed",
        S,
        PE,
        "bind() to 0.0.0.0:{80|443} failed (98: Address already in use)",
        "bind() to [::]:{80|443} failed (98: Address already in use)",
        "still could not bind()",
    ),
    ce(
        "nginx.config_emerg",
        S,
        PE,
        'unknown directive "{proxy_passs|server_tokenss|ssl_certificat}" in /etc/nginx/conf.d/{domain}.conf:{small}',
        'host not found in upstream "{backend|app|api}:8080" in /etc/nginx/conf.d/{domain}.conf:{small}',
        "nginx: configuration file /etc/nginx/nginx.conf test failed",
        '"proxy_pass" directive is not allowed here in /etc/nginx/sites-enabled/default:{n}',
    ),
    ce(
        "nginx.cert_load",
        S,
        PE,
        'cannot load certificate "/etc/letsencrypt/live/{domain}/fullchain.pem": BIO_new_file() failed (SSL: '
        "error:80000002:system library::No such file or directory:calling fopen(/etc/letsencrypt/live/{domain}/"
        "fullchain.pem, r) error:10000080:BIO routines::no such file)",
        'cannot load certificate key "/etc/ssl/private/{domain}.key": PEM_read_bio_PrivateKey() failed',
    ),
    sn(
        "nginx.signals",
        S,
        PE,
        "signal process started",
        "signal 1 (SIGHUP) received from {pid}, reconfiguring",
        "reconfiguring",
        "gracefully shutting down",
        "nginx: configuration file /etc/nginx/nginx.conf test is successful",
    ),
    sn(
        "nginx.workers",
        S,
        PE,
        'using the "epoll" event method',
        "nginx/1.{small}.{small2}",
        "start worker processes",
        "start worker process {pid}",
        "worker process {pid} exited with code 0",
    ),
    ru(
        "nginx.connections",
        S,
        PE,
        "{n} worker_connections are not enough",
        "{n} worker_connections are not enough while connecting to upstream, " + _CTX,
        "accept4() failed (24: Too many open files)",
        "{num} worker_connections exceed open file resource limit: 1024",
    ),
    ru(
        "nginx.body_limits",
        S,
        PE,
        'client intended to send too large body: {num} bytes, client: {ip}, server: {domain}, request: "POST {url} '
        'HTTP/1.1", host: "{domain}"',
        "a client request body is buffered to a temporary file /var/cache/nginx/client_temp/00000{n}, client: {ip}, "
        'server: {domain}, request: "POST {url} HTTP/1.1", host: "{domain}"',
        f"an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/{{small}}/0{{small}}/"
        f"00000{{n}} while reading upstream, {_CTX}",
    ),
    ru(
        "nginx.hash_sizes",
        S,
        PE,
        "could not build optimal types_hash, you should increase either types_hash_max_size: 1024 or "
        "types_hash_bucket_size: 64; ignoring types_hash_bucket_size",
        "could not build optimal server_names_hash, you should increase server_names_hash_bucket_size: 64",
        "getrlimit(RLIMIT_NOFILE): 1024:524288",
    ),
    dw(
        "nginx.listen_http2",
        S,
        PE,
        'the "listen ... http2" directive is deprecated, use the "http2" directive instead in '
        "/etc/nginx/sites-enabled/{domain}:{small}",
        'the "listen ... http2" directive is deprecated, use the "http2" directive instead in '
        "/etc/nginx/conf.d/default.conf:{small}",
    ),
    dw(
        "nginx.ssl_directive",
        S,
        PE,
        'the "ssl" directive is deprecated, use the "listen ... ssl" directive instead in '
        "/etc/nginx/conf.d/{domain}.conf:{small}",
        'the "ssl" directive is deprecated, use the "listen ... ssl" directive instead in /etc/nginx/nginx.conf:{n}',
    ),
    dw(
        "nginx.http2_obsolete",
        S,
        PE,
        'the "http2_max_field_size" directive is obsolete, use the "large_client_header_buffers" directive instead in '
        "/etc/nginx/nginx.conf:{n}",
        'the "http2_idle_timeout" directive is obsolete, use the "keepalive_timeout" directive instead in '
        "/etc/nginx/nginx.conf:{n}",
        'the "http2_recv_timeout" directive is obsolete, use the "client_header_timeout" directive instead in '
        "/etc/nginx/conf.d/{domain}.conf:{small}",
    ),
    dw(
        "nginx.legacy_directives",
        S,
        PE,
        'the "limit_zone" directive is deprecated, use the "limit_conn_zone" directive instead in '
        "/etc/nginx/nginx.conf:{n}",
        'the "proxy_downstream_buffer" directive is deprecated, use the "proxy_buffer_size" directive instead in '
        "/etc/nginx/nginx.conf:{n}",
        'the "http2_max_requests" directive is obsolete, use the "keepalive_requests" directive instead in '
        "/etc/nginx/nginx.conf:{n}",
    ),
    dw(
        "nginx.push_obsolete",
        S,
        PE,
        'the "http2_push" directive is obsolete, ignored in /etc/nginx/sites-enabled/{domain}:{small}',
        'the "http2_push_preload" directive is obsolete, ignored in /etc/nginx/nginx.conf:{n}',
        'the "http3_push" directive is obsolete, ignored in /etc/nginx/conf.d/{domain}.conf:{small}',
    ),
    ru(
        "nginx.limit_req",
        S,
        PE,
        'limiting requests, excess: {small}.{n} by zone "{one|api|login}", client: {ip}, server: {domain}, request: '
        '"{method} {url} HTTP/1.1", host: "{domain}"',
        'limiting connections by zone "{addr|perip}", client: {ip}, server: {domain}, request: "GET {url} HTTP/1.1", '
        'host: "{domain}"',
        'delaying request, excess: {small}.{n}, by zone "{one|api}", client: {ip}, server: {domain}, request: "GET '
        '{url} HTTP/1.1"',
    ),
]
