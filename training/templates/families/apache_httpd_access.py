"""Apache httpd access log lines: common, combined, vhost_combined, %D timing, ssl_request_log, internal
dummy connections and 408s, as mod_log_config writes them (httpd docs: "Log Files", LogFormat
nicknames common/combined/vhost_combined, %D/%T, mod_ssl's ssl_request_log "%t %h %{SSL_PROTOCOL}x
%{SSL_CIPHER}x \"%r\" %b").
"""

from training.templates.families._labels import hs
from training.values import register

FAMILY = "apache_httpd"

register(
    {"ap_ref": lambda r: r.choice(('"-"', '"https://www.example.org/"', '"https://intranet.example.com/index.php"'))}
)

P = "none"
S = "apache"
_C = '{ip} - - [{clf}] "'

TEMPLATES = [
    hs("apache.common_ok", S, P, _C + 'GET {url} HTTP/1.1" 200 {size}', _C + 'GET / HTTP/1.0" 200 {size}'),
    hs(
        "apache.combined_ok",
        S,
        P,
        _C + 'GET {url} HTTP/1.1" 200 {size} {ap_ref} {ua}',
        _C + 'POST {url} HTTP/1.1" 200 {size} {ap_ref} {ua}',
    ),
    hs(
        "apache.combined_redirect",
        S,
        P,
        _C + 'GET {url} HTTP/1.1" {301|302|303} {n} "-" {ua}',
        _C + 'GET /index.php HTTP/1.1" 302 - "-" {ua}',
    ),
    hs(
        "apache.combined_304",
        S,
        P,
        _C + 'GET {url} HTTP/1.1" 304 - {ap_ref} {ua}',
        _C + 'GET /images/logo.png HTTP/1.1" 304 - {ap_ref} {ua}',
    ),
    hs(
        "apache.combined_404",
        S,
        P,
        _C + 'GET {url} HTTP/1.1" 404 {n} "-" {ua}',
        _C + 'GET /phpmyadmin/index.php HTTP/1.1" 404 {n} "-" {ua}',
    ),
    hs(
        "apache.combined_4xx",
        S,
        P,
        _C + '{GET|POST} {url} HTTP/1.1" {400|401|403|405} {n} "-" {ua}',
        _C + 'GET /server-status HTTP/1.1" 403 {n} "-" {ua}',
    ),
    hs(
        "apache.combined_5xx",
        S,
        P,
        _C + '{GET|POST} {url} HTTP/1.1" {500|502|503} {n} {ap_ref} {ua}',
        _C + 'GET /cgi-bin/app.py HTTP/1.1" 500 {n} "-" {ua}',
    ),
    hs(
        "apache.authuser",
        S,
        P,
        '{ip} - {user} [{clf}] "GET {url} HTTP/1.1" {status} {size} {ap_ref} {ua}',
        '{ip} - {user} [{clf}] "PROPFIND /remote.php/dav/files/{user}/ HTTP/1.1" 207 {size}',
    ),
    hs(
        "apache.vhost_combined",
        S,
        P,
        '{domain}:443 {ip} - - [{clf}] "{method} {url} HTTP/1.1" {status} {size} {ap_ref} {ua}',
        '{domain}:80 {ip} - - [{clf}] "GET {url} HTTP/1.1" {301|200} {size} "-" {ua}',
    ),
    hs(
        "apache.timed",
        S,
        P,
        _C + '{method} {url} HTTP/1.1" {status} {size} {ap_ref} {ua} {num}',
        _C + '{method} {url} HTTP/1.1" {status} {size} {small}/{num}',
    ),
    hs(
        "apache.ssl_request_log",
        S,
        P,
        '[{clf}] {ip} TLSv1.{2|3} {TLS_AES_256_GCM_SHA384|ECDHE-RSA-AES256-GCM-SHA384} "{method} {url} HTTP/1.1" '
        "{size}",
        '[{clf}] {ip} TLSv1.2 ECDHE-RSA-AES128-GCM-SHA256 "GET / HTTP/1.1" -',
    ),
    hs(
        "apache.dummy_connection",
        S,
        P,
        '::1 - - [{clf}] "OPTIONS * HTTP/1.0" 200 126 "-" "Apache/2.4.58 (Ubuntu) (internal dummy connection)"',
        '127.0.0.1 - - [{clf}] "GET /server-status?auto HTTP/1.1" 200 {n} "-" "Go-http-client/1.1"',
    ),
    hs(
        "apache.timeout_408",
        S,
        P,
        _C + '-" 408 -',
        _C + '-" 400 {n} "-" "-"',
        '{ip} - - [{clf}] "\\x16\\x03\\x01\\x02" 400 {n} "-" "-"',
    ),
    hs(
        "apache.webdav",
        S,
        P,
        _C + '{PUT|DELETE|MKCOL|MOVE} /webdav/{hex8}.docx HTTP/1.1" {201|204|207} {n} "-" '
        '"Microsoft-WebDAV-MiniRedir/10.0.19045"',
        _C + 'PROPFIND /webdav/ HTTP/1.1" 207 {size} "-" {ua}',
    ),
    hs(
        "apache.wordpress",
        S,
        P,
        _C + 'POST /wp-login.php HTTP/1.1" {200|302} {size} "-" {ua}',
        _C + 'POST /xmlrpc.php HTTP/1.1" {200|403} {n} "-" {ua}',
        _C + 'GET /wp-cron.php?doing_wp_cron={epoch}.{num} HTTP/1.1" 200 {n} "-" {ua}',
    ),
    hs(
        "apache.proxy_balancer",
        S,
        P,
        _C + '{method} {url} HTTP/1.1" {status} {size} {ap_ref} {ua} "balancer://cluster/" {num}',
        _C + '{method} {url} HTTP/1.1" {status} {size} "-" {ua} "http://127.0.0.1:8080{url}"',
    ),
    hs(
        "apache.reverse_proxy",
        S,
        P,
        '{ip} - - [{clf}] "{method} {url} HTTP/1.1" {status} {size} {ap_ref} {ua} "{ip2}" {num}',
        '{ip2}, {ip} - - [{clf}] "{method} {url} HTTP/1.1" {status} {size} "-" {ua}',
    ),
    hs(
        "apache.nextcloud",
        S,
        P,
        _C + 'PROPFIND /remote.php/dav/files/{user}/ HTTP/1.1" 207 {size} "-" "Mozilla/5.0 (Linux) mirall/3.{small}.0"',
        _C + 'GET /ocs/v2.php/apps/notifications/api/v2/notifications HTTP/1.1" {200|304} {n} "-" {ua}',
        _C + 'PUT /remote.php/dav/files/{user}/Documents/{hex8}.docx HTTP/1.1" {201|204} - "-" {ua}',
    ),
    hs(
        "apache.cgi_bin",
        S,
        P,
        _C + 'GET /cgi-bin/{printenv|test-cgi|app.py} HTTP/1.1" {200|403|404|500} {n} "-" {ua}',
        _C + 'POST /cgi-bin/{hex8}.cgi HTTP/1.1" {404|500} {n} "-" {ua}',
    ),
    hs(
        "apache.php_app",
        S,
        P,
        _C + 'GET /index.php?route={product/category|checkout/cart}&path={small} HTTP/1.1" 200 {size} {ap_ref} {ua}',
        _C + 'POST /administrator/index.php HTTP/1.1" {200|303} {size} {ap_ref} {ua}',
    ),
]
