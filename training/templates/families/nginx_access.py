"""nginx access log lines: combined, timed, upstream, JSON, vhost, ingress-nginx and stream formats.

Formats follow nginx's documented `log_format combined`, the variables of ngx_http_log_module and
ngx_http_upstream_module ($request_time, $upstream_connect_time, $upstream_header_time,
$upstream_response_time, $upstream_status), ingress-nginx's default log-format-upstream, and
ngx_stream_log_module ($protocol $status $bytes_sent $bytes_received $session_time). Status 499
(client closed request) and 444 (connection closed) are nginx's own codes.
"""

from training.templates.families._labels import hs
from training.values import register

FAMILY = "nginx"

register(
    {
        "ngx_ref": lambda r: r.choice(('"-"', '"https://www.example.com/"', '"https://shop.example.com/cart"')),
        "ngx_ups": lambda r: r.choice(
            ("default-web-80", "prod-api-8080", "payments-checkout-443", "monitoring-grafana-3000")
        ),
        "ngx_aup": lambda r: r.choice(("127.0.0.1:8080", "10.0.3.17:3000", "10.2.0.9:9000")),
    }
)

P = "none"
S = "nginx"
_C = '{ip} - - [{clf}] "'

TEMPLATES = [
    hs(
        "nginx.access_ok",
        S,
        P,
        _C + 'GET {url} HTTP/1.1" 200 {size} {ngx_ref} {ua}',
        _C + 'GET {url} HTTP/2.0" 200 {size} {ngx_ref} {ua}',
    ),
    hs(
        "nginx.access_post",
        S,
        P,
        _C + 'POST {url} HTTP/1.1" {200|201|202} {size} {ngx_ref} {ua}',
        _C + 'PUT {url} HTTP/1.1" {200|204} {size} "-" {ua}',
    ),
    hs(
        "nginx.access_redirect",
        S,
        P,
        _C + 'GET {url} HTTP/1.1" {301|302|307|308} {size} "-" {ua}',
        _C + 'GET / HTTP/1.1" 301 162 "-" {ua}',
    ),
    hs(
        "nginx.access_not_modified",
        S,
        P,
        _C + 'GET {url} HTTP/1.1" 304 0 {ngx_ref} {ua}',
        _C + 'GET /static/css/main.{hex8}.css HTTP/2.0" 304 0 {ngx_ref} {ua}',
    ),
    hs(
        "nginx.access_not_found",
        S,
        P,
        _C + 'GET {url} HTTP/1.1" 404 {size} "-" {ua}',
        _C + 'GET /wp-admin/setup-config.php HTTP/1.1" 404 153 "-" {ua}',
        _C + 'HEAD {url} HTTP/1.1" 404 0 "-" {ua}',
    ),
    hs(
        "nginx.access_client_err",
        S,
        P,
        _C + '{POST|GET} {url} HTTP/1.1" {400|401|403|405|413|429} {size} "-" {ua}',
        _C + 'GET /.env HTTP/1.1" 403 {size} "-" {ua}',
    ),
    hs(
        "nginx.access_server_err",
        S,
        P,
        _C + '{GET|POST} {url} HTTP/1.1" {500|502|503|504} {size} {ngx_ref} {ua}',
        _C + 'POST {url} HTTP/2.0" 502 {size} "-" {ua}',
    ),
    hs(
        "nginx.access_499",
        S,
        P,
        _C + 'GET {url} HTTP/1.1" 499 0 "-" {ua}',
        _C + 'POST {url} HTTP/1.1" 499 0 {ngx_ref} {ua}',
    ),
    hs(
        "nginx.access_444",
        S,
        P,
        _C + 'GET / HTTP/1.1" 444 0 "-" {ua}',
        '{ip} - - [{clf}] "\\x16\\x03\\x01\\x00\\xee\\x01" 400 157 "-" "-"',
    ),
    hs(
        "nginx.access_timed",
        S,
        P,
        _C + '{method} {url} HTTP/1.1" {status} {size} {ngx_ref} {ua} rt={sec} uct="0.000" uht="{sec}" urt="{sec}"',
        _C + '{method} {url} HTTP/1.1" {status} {size} {ngx_ref} {ua} "-" {sec} {sec}',
        _C + '{method} {url} HTTP/2.0" {status} {size} {ngx_ref} {ua} request_time={sec} upstream_response_time={sec}',
    ),
    hs(
        "nginx.access_upstream",
        S,
        P,
        _C + '{method} {url} HTTP/1.1" {status} {size} {ngx_ref} {ua} upstream={ngx_aup} upstream_status={status}',
        '{ip} - {user} [{clf}] "{method} {url} HTTP/1.1" {status} {size} {ngx_ref} {ua} "{ip2}"',
    ),
    hs(
        "nginx.access_json",
        S,
        P,
        '{{"time_local":"{clf}","remote_addr":"{ip}","request":"{method} {url} HTTP/1.1","status":"{status}",'
        '"body_bytes_sent":"{size}","request_time":"{sec}","http_user_agent":"curl/8.5.0"}}',
        '{{"@timestamp":"{ts}","client":"{ip}","method":"{method}","uri":"{url}","status":{status},"bytes":{size},'
        '"duration":{sec},"upstream":"{ngx_aup}"}}',
    ),
    hs(
        "nginx.access_ingress",
        "ingress-nginx",
        P,
        _C + '{method} {url} HTTP/1.1" {status} {size} {ngx_ref} {ua} {n} {sec} [{ngx_ups}] [] {ip2}:8080 {size} {sec} '
        "{status} {hex32}",
        _C
        + '{method} {url} HTTP/2.0" {status} {size} "-" {ua} {n} {sec} [{ngx_ups}] [] {ip2}:80 {size2} {sec2} {status} '
        "{hex32}",
    ),
    hs(
        "nginx.access_vhost",
        S,
        P,
        '{domain} {ip} - - [{clf}] "{method} {url} HTTP/1.1" {status} {size} {ngx_ref} {ua}',
        '{domain}:443 {ip} - - [{clf}] "{method} {url} HTTP/2.0" {status} {size} {ngx_ref} {ua}',
    ),
    hs(
        "nginx.access_healthcheck",
        S,
        P,
        _C + 'GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"',
        _C + 'HEAD / HTTP/1.1" 200 0 "-" "ELB-HealthChecker/2.0"',
        _C + 'GET /nginx_status HTTP/1.1" 200 {n} "-" "Go-http-client/1.1"',
    ),
    hs(
        "nginx.access_partial",
        S,
        P,
        _C + 'GET /downloads/report_{id}.pdf HTTP/1.1" 206 {size} "-" {ua}',
        _C + 'GET /video/{hex8}.mp4 HTTP/1.1" 206 {size} {ngx_ref} {ua}',
    ),
    hs(
        "nginx.access_websocket",
        S,
        P,
        _C + 'GET /ws HTTP/1.1" 101 {size} "-" {ua}',
        _C + 'GET /socket.io/?EIO=4&transport=websocket HTTP/1.1" 101 {size} "-" {ua}',
    ),
    hs(
        "nginx.access_options",
        S,
        P,
        _C + 'OPTIONS {url} HTTP/1.1" 204 0 {ngx_ref} {ua}',
        _C + 'DELETE {url} HTTP/1.1" {200|204|404} {size} "-" {ua}',
        _C + 'PATCH {url} HTTP/1.1" {200|409|422} {size} "-" {ua}',
    ),
    hs(
        "nginx.stream_access",
        S,
        P,
        "{ip} [{clf}] TCP 200 {size} {size2} {sec}",
        '{ip} [{clf}] {TCP|UDP} {200|502|504} {size} {size2} {sec} "{ip2}:{5432|3306|53}"',
    ),
    hs(
        "nginx.access_grpc",
        S,
        P,
        _C
        + 'POST /{helloworld.Greeter|grpc.health.v1.Health|orders.v1.OrderService}/{Check|SayHello|GetOrder} HTTP/2.0" '
        '200 {n} "-" "grpc-go/1.{n}.0" {sec}',
        _C + 'POST /orders.v1.OrderService/{GetOrder|ListOrders} HTTP/2.0" 200 {n} "-" "grpc-java-netty/1.{n}.0"',
    ),
    hs(
        "nginx.access_graphql",
        S,
        P,
        _C + 'POST /graphql HTTP/1.1" {200|400} {size} {ngx_ref} {ua} {sec}',
        _C + 'POST /api/graphql HTTP/2.0" 200 {size} "-" "apollo-ios/1.{small}"',
    ),
    hs(
        "nginx.access_request_id",
        S,
        P,
        '{ip} - - [{clf}] "{method} {url} HTTP/1.1" {status} {size} {ngx_ref} {ua} request_id={hex32} rt={sec}',
        '{ip} - - [{clf}] "{method} {url} HTTP/1.1" {status} {size} "-" {ua} "{hex32}" {sec} {sec2}',
    ),
    hs(
        "nginx.access_cdn",
        S,
        P,
        _C + 'GET /images/products/{id}.{jpg|webp|avif} HTTP/2.0" {200|304} {size} {ngx_ref} {ua} "{HIT|MISS|EXPIRED}"',
        _C + 'GET /static/js/app.{hex8}.js HTTP/2.0" 200 {size} {ngx_ref} {ua} cache={HIT|MISS|BYPASS}',
    ),
    hs(
        "nginx.access_gzip",
        S,
        P,
        _C + 'GET {url} HTTP/1.1" 200 {size} {ngx_ref} {ua} "{small}.{n}"',
        _C + 'GET /api/v1/orders/{id} HTTP/1.1" 200 {size} "-" {ua} gzip_ratio={small}.{n}',
    ),
]
