"""Apache httpd error-log lines of the proxy, timeout, TLS and security modules: mod_proxy, mod_reqtimeout, mod_ssl,
ModSecurity and mod_evasive (the `apache` family, continued from apache_httpd_errors.py, whose layouts, placeholders
and constants these templates share: 2.2's "[...] [error] [client 1.2.3.4] ..." and 2.4's "... AH00898: ...").

Format strings read from apache/httpd branches 2.2.x and 2.4.x: modules/proxy (proxy_util.c ap_proxyerror 2.2 and
AH00898, attempt to connect, disabling worker, disabled connection; mod_proxy_http.c status line, AH01114;
mod_proxy_ajp.c AH00896; mod_proxy_fcgi.c AH01079), mod_reqtimeout.c, modules/ssl (ssl_engine_io.c AH01996/AH01997
and library error in handshake, ssl_engine_log.c annotations, ssl_engine_kernel.c 2.2 SNI and Certificate
Verification, AH02262/AH02263, ssl_engine_init.c 2.2 CommonName check).
SpiderLabs/ModSecurity apache2 (mod_security2.c "Access denied with connection close", request body limit;
re_operators.c "Pattern match %s at %s.", "Match of ... required.") and mod_evasive (mod_evasive20.c "Blacklisting
address %s: possible DoS attack." via syslog LOG_ALERT, and ap_log_rerror in its 2.4 port).
"""

from training.templates.families._labels import er, ru, sa
from training.templates.families.apache_httpd_errors import _E, N, P, S
from training.templates.families.apache_httpd_errors import FAMILY as FAMILY

TEMPLATES = [
    # --- mod_proxy ---
    er(
        "apache.v22_proxy_read",
        S,
        N,
        _E + "(70007)The timeout specified has expired: proxy: error reading status line from remote server "
        "{127.0.0.1|localhost}:{8080|8000|3000}",
        _E + "(104)Connection reset by peer: proxy: error reading status line from remote server {ip}:8080",
        _E + "proxy: Error reading from remote server returned by /{app|api|jenkins}/{hex8}",
        _E + "proxy: DNS lookup failure for: {backend|app01|tomcat} returned by /{app|api}/",
    ),
    er(
        "apache.v22_proxy_connect",
        S,
        N,
        "{ap2_ts} [error] (111)Connection refused: proxy: HTTP: attempt to connect to 127.0.0.1:{8080|8000} "
        "(localhost) failed",
        "{ap2_ts} [error] ap_proxy_connect_backend disabling worker for (localhost)",
        "{ap2_ts} [error] proxy: HTTP: disabled connection for (localhost)",
        "{ap2_ts} [error] proxy: AJP: failed to make connection to backend: 127.0.0.1",
    ),
    er(
        "apache.proxy_backend24",
        S,
        P,
        "{ap_cl} AH01114: HTTP: failed to make connection to backend: {127.0.0.1|localhost|backend}",
        "{ap_cl} AH00896: failed to make connection to backend: 127.0.0.1",
        "{ap_cl} AH01079: failed to make connection to backend: {127.0.0.1|php-fpm}",
        "(111)Connection refused: AH00957: AJP: attempt to connect to 127.0.0.1:8009 (localhost) failed",
    ),
    er(
        "apache.proxy_error_returned",
        S,
        P,
        "(70007)The timeout specified has expired: {ap_cl} AH00898: Error reading from remote server returned by "
        "/{app|api}/{hex8}",
        "{ap_cl} AH00898: Error reading from remote server returned by /{jenkins|app}/",
        "(-3)Temporary failure in name resolution: {ap_cl} AH00898: DNS lookup failure for: {backend|app01} returned "
        "by /{app|api}/",
    ),
    er(
        "apache.v22_reqtimeout",
        S,
        N,
        "{ap2_ts} [info] {ap_cl22} Request header read timeout",
        "{ap2_ts} [info] {ap_cl22} Request body read timeout",
    ),
    # --- mod_ssl ---
    er(
        "apache.ssl_http_on_https",
        S,
        P,
        "{ap_cl} AH01996: SSL handshake failed: HTTP spoken on HTTPS port; trying to send HTML error page",
        "{ap_cl} AH01997: SSL handshake failed: sending 502",
        sev="info",
    ),
    er(
        "apache.ssl_handshake_v22",
        S,
        N,
        "{ap2_ts} [info] {ap_cl22} SSL library error 1 in handshake (server {domain}:443)",
        "{ap2_ts} [info] SSL Library Error: 336151574 error:14094416:SSL routines:SSL3_READ_BYTES:sslv3 alert "
        "certificate unknown",
        "{ap2_ts} [info] SSL Library Error: 336027900 error:140760FC:SSL routines:SSL23_GET_CLIENT_HELLO:unknown "
        "protocol speaking not SSL to HTTPS port!?",
        "{ap2_ts} [info] SSL Library Error: 336027804 error:1407609C:SSL routines:SSL23_GET_CLIENT_HELLO:http request "
        "speaking HTTP to HTTPS port!?",
    ),
    er(
        "apache.v22_ssl_http_on_https",
        S,
        N,
        "{ap2_ts} [info] {ap_cl22} SSL handshake failed: HTTP spoken on HTTPS port; trying to send HTML error page",
        "{ap2_ts} [info] SSL Library Error: 336151570 error:14094412:SSL routines:SSL3_READ_BYTES:sslv3 alert bad "
        "certificate Subject CN in certificate not server name or identical to CA!?",
    ),
    er(
        "apache.v22_ssl_sni",
        S,
        N,
        "{ap2_ts} [error] Hostname {domain} provided via SNI and hostname {domain2} provided via HTTP are different",
        "{ap2_ts} [error] Hostname {domain} provided via SNI, but no hostname provided in HTTP request",
        "{ap2_ts} [error] No hostname was provided via SNI for a name based virtual host",
    ),
    er(
        "apache.v22_ssl_cn_mismatch",
        S,
        N,
        "{ap2_ts} [warn] RSA server certificate CommonName (CN) `{domain}' does NOT match server name!?",
        "{ap2_ts} [warn] RSA server certificate wildcard CommonName (CN) `*.{domain}' does NOT match server name!?",
    ),
    sa(
        "apache.v22_ssl_verify",
        S,
        N,
        "{ap2_ts} [error] Certificate Verification: Error (20): unable to get local issuer certificate",
        "{ap2_ts} [error] Certificate Verification: Error ({10|19}): {certificate has expired|self signed "
        "certificate in certificate chain}",
        "{ap2_ts} [error] Certificate Verification: Error (2): unable to get issuer certificate",
    ),
    sa(
        "apache.ssl_reneg_client_cert",
        S,
        P,
        "{ap_cl} AH02262: Re-negotiation handshake failed: Client verification failed",
        "{ap_cl} AH02263: Re-negotiation handshake failed: Client certificate missing",
    ),
    # --- ModSecurity, mod_evasive ---
    sa(
        "apache.v22_modsec_denied",
        S,
        N,
        _E + 'ModSecurity: Access denied with code 403 (phase 2). Pattern match "union select" at ARGS:id. [file '
        '"/etc/httpd/modsecurity.d/base_rules/modsecurity_crs_41_sql_injection_attacks.conf"] [line "{n}"] [id '
        '"950001"] [msg "SQL Injection Attack"] [hostname "{domain}"] [uri "/index.php"] [unique_id "{hex24}"]',
        _E + 'ModSecurity: Access denied with code 403 (phase 2). Match of "rx ^(?:GET|HEAD|POST)$" against '
        '"REQUEST_METHOD" required. [id "960032"] [msg "Method is not allowed by policy"] [hostname "{domain}"] '
        '[uri "/"]',
        _E + 'ModSecurity: Access denied with connection close (phase 2). Pattern match "nikto" at '
        'REQUEST_HEADERS:User-Agent. [id "990002"] [msg "Request Indicates a Security Scanner Scanned the Site"]',
    ),
    sa(
        "apache.modsec_drop",
        S,
        P,
        "{ap_cl} ModSecurity: Access denied with connection close (phase 1). Operator EQ matched 0 at IP. [file "
        '"/usr/share/modsecurity-crs/rules/REQUEST-912-DOS-PROTECTION.conf"] [id "912120"] [msg "Denial of Service '
        '(DoS) attack identified from {ip} (1 hits since last alert)"] [hostname "{domain}"] [uri "{url}"]',
        "{ap_cl} ModSecurity: Access denied with connection close (phase 2). Operator GE matched 5 at "
        'TX:anomaly_score. [id "949110"] [msg "Inbound Anomaly Score Exceeded (Total Score: {small})"] [hostname '
        '"{domain}"] [uri "{url}"]',
    ),
    ru(
        "apache.modsec_body_limit",
        S,
        P,
        "{ap_cl} ModSecurity: Request body (Content-Length) is larger than the configured limit (13107200).",
        "{ap_cl} ModSecurity: Request body (Content-Length) is larger than the configured limit (134217728).",
    ),
    sa(
        "apache.evasive_blacklist",
        "mod_evasive",
        "syslog",
        "Blacklisting address {ip}: possible DoS attack.",
        proc="mod_evasive",
    ),
    sa(
        "apache.evasive_blacklist24",
        S,
        P,
        "{ap_cl} Blacklisting address {ip}: possible DoS attack.",
    ),
]
