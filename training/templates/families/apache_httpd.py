"""Apache httpd 2.4 error log (access lines are in apache_httpd_access.py): core, MPMs, mod_proxy,
mod_ssl, mod_auth*, mod_jk (Tomcat connector) and ModSecurity 2.

Phrasings carry httpd's own AH message numbers, taken from httpd's source (server/core.c,
server/listen.c AH00072 make_sock, server/mpm/event AH00484/AH00485/AH00486, server/main.c,
modules/proxy/proxy_util.c AH00957/AH00959, mod_proxy_http.c AH01102, mod_proxy_fcgi.c AH01071,
modules/ssl/ssl_engine_init.c AH02572/AH02312/AH01909, ssl_engine_kernel.c AH02032,
modules/aaa/mod_auth_basic.c AH01617/AH01618, mod_authz_core.c AH01630, mod_cgi AH01215,
server/request.c AH00124, server/vhost.c AH00548 NameVirtualHost, ssl_engine_config.c AH02559
SSLCertificateChainFile deprecated), tomcat-connectors' jk_ajp_common.c / jk_lb_worker.c /
mod_jk.c messages, and ModSecurity 2's apache2 logging (Access denied with code 403 (phase 2)).
PHP's "PHP Deprecated:" lines are as mod_php writes them into this log.
"""

from training.templates.families._labels import ce, dw, er, ru, sa, sn
from training.values import register

FAMILY = "apache_httpd"

register(
    {
        "ap_cl": lambda r: (
            f"[client {r.choice(('10.0', '192.168', '203.0'))}.{r.randrange(256)}.{r.randrange(1, 255)}:"
            f"{r.randrange(1024, 65535)}]"
        ),
        "ap_jk": lambda r: r.choice(("worker1", "ajp13_worker", "node1", "tomcat_app")),
        "ap_docroot": lambda r: r.choice(("/var/www/html", "/srv/www/htdocs", "/var/www/example.com/public")),
    }
)

P = "apache_err"
S = "apache"

TEMPLATES = [
    er(
        "apache.proxy_connect",
        S,
        P,
        "(111)Connection refused: AH00957: HTTP: attempt to connect to 127.0.0.1:{8080|8000|3000} (127.0.0.1) failed",
        "AH00959: ap_proxy_connect_backend disabling worker for (127.0.0.1:{8080|8000}) for 60s",
        "AH00940: HTTP: disabled connection for (127.0.0.1:{8080|8000})",
        "(113)No route to host: AH00957: HTTP: attempt to connect to {ip}:8080 ({ip}) failed",
    ),
    er(
        "apache.proxy_timeout",
        S,
        P,
        "(70007)The timeout specified has expired: {ap_cl} AH01102: error reading status line from remote server "
        "127.0.0.1:{8080|8000}",
        "{ap_cl} AH01097: pass request body failed to 127.0.0.1:8080 (127.0.0.1) from {ip} ()",
        "(104)Connection reset by peer: {ap_cl} AH01102: error reading status line from remote server {ip}:8080",
    ),
    er(
        "apache.proxy_fcgi",
        S,
        P,
        '{ap_cl} AH01071: Got error \'PHP message: PHP Fatal error:  Uncaught Error: Class "Redis" not found in '
        "/var/www/html/index.php:{small}'",
        "(70008)Partial results are valid but processing is incomplete: {ap_cl} AH01075: Error dispatching request "
        "to : (reading input brigade)",
    ),
    er(
        "apache.file_missing",
        S,
        P,
        "{ap_cl} AH00128: File does not exist: {ap_docroot}/{favicon.ico|robots.txt|apple-touch-icon.png}",
        "{ap_cl} AH00132: file permissions deny server access: {ap_docroot}/index.html",
        "{ap_cl} AH00037: Symbolic link not allowed or link target not accessible: {ap_docroot}/{hex8}",
    ),
    er(
        "apache.cgi",
        S,
        P,
        "{ap_cl} End of script output before headers: {index.cgi|app.py|wp-cron.php}",
        "{ap_cl} AH01215: (2)No such file or directory: exec of '/usr/lib/cgi-bin/{index.cgi|app.py}' failed",
        "{ap_cl} AH01264: script not found or unable to stat: /usr/lib/cgi-bin/{hex8}",
    ),
    er(
        "apache.redirect_loop",
        S,
        P,
        "{ap_cl} AH00124: Request exceeded the limit of 10 internal redirects due to probable configuration error. "
        "Use 'LimitInternalRecursion' to increase the limit if necessary. Use 'LogLevel debug' to get a backtrace.",
        "{ap_cl} AH00124: Request exceeded the limit of 10 subrequest nesting levels due to probable configuration "
        "error. Use 'LimitInternalRecursion' to increase the limit if necessary.",
    ),
    er(
        "apache.child_crash",
        S,
        P,
        "AH00052: child pid {pid} exit signal Segmentation fault (11)",
        "AH00052: child pid {pid} exit signal Aborted (6)",
        "AH00051: child pid {pid} exit signal Bus error (7), possible coredump in /etc/apache2",
    ),
    er(
        "apache.ssl_errors",
        S,
        P,
        "{ap_cl} AH02008: SSL library error 1 in handshake (server {domain}:443)",
        "AH01909: {domain}:443:0 server certificate does NOT include an ID which matches the server name",
        "{ap_cl} AH02032: Hostname {domain} provided via SNI and hostname {domain2} provided via HTTP have no "
        "compatible SSL setup",
        "AH01906: {domain}:443:0 server certificate is a CA certificate (BasicConstraints: CA == TRUE !?)",
    ),
    er(
        "apache.jk_connect",
        "mod_jk",
        "none",
        "[{wdate}] [{pid}:{n}] [error] ajp_service::jk_ajp_common.c ({n2}): ({ap_jk}) connecting to tomcat failed "
        "(errno={111|110})",
        "[{wdate}] [{pid}:{n}] [info] ajp_connect_to_endpoint::jk_ajp_common.c ({n2}): ({ap_jk}) Failed opening socket "
        "to ({ip}:8009) (errno=111)",
        "[{wdate}] [{pid}:{n}] [info] jk_handler::mod_jk.c ({n2}): Service error=-3 for worker={ap_jk}",
    ),
    er(
        "apache.jk_timeout",
        "mod_jk",
        "none",
        "[{wdate}] [{pid}:{n}] [error] ajp_get_reply::jk_ajp_common.c ({n2}): ({ap_jk}) Timeout with waiting reply "
        "from tomcat. Tomcat is down, stopped or network problems (errno=110)",
        "[{wdate}] [{pid}:{n}] [info] ajp_process_callback::jk_ajp_common.c ({n2}): ({ap_jk}) Writing to client "
        "aborted "
        "or client network problems",
        "[{wdate}] [{pid}:{n}] [error] ajp_send_request::jk_ajp_common.c ({n2}): ({ap_jk}) connecting to backend "
        "failed. Tomcat is probably not started or is listening on the wrong port (errno=111)",
    ),
    sa(
        "apache.authz_denied",
        S,
        P,
        "{ap_cl} AH01630: client denied by server configuration: {ap_docroot}/{.git|.env|server-status|phpmyadmin}",
        "{ap_cl} AH01797: client denied by server configuration: {ap_docroot}/admin",
        "{ap_cl} AH01630: client denied by server configuration: /usr/share/phpmyadmin/",
    ),
    sa(
        "apache.basic_auth",
        S,
        P,
        '{ap_cl} AH01617: user {user}: authentication failure for "/{admin|private|jenkins}": Password Mismatch',
        "{ap_cl} AH01618: user {user} not found: /{admin|private}",
        "{ap_cl} AH01614: client used wrong authentication scheme: /{admin|private}",
    ),
    sa(
        "apache.invalid_uri",
        S,
        P,
        "{ap_cl} AH00126: Invalid URI in request GET /../../../../etc/passwd HTTP/1.1",
        "{ap_cl} AH10244: invalid URI path (/cgi-bin/.%2e/.%2e/.%2e/.%2e/bin/sh)",
        "{ap_cl} AH00127: Cannot map GET /{hex8}/../../etc/shadow HTTP/1.1 to file",
    ),
    sa(
        "apache.modsec_denied",
        S,
        P,
        '{ap_cl} ModSecurity: Access denied with code 403 (phase 2). Pattern match "(?i:(?:union\\\\s+select))" at '
        'ARGS:id. [file "/usr/share/modsecurity-crs/rules/REQUEST-942-APPLICATION-ATTACK-SQLI.conf"] [line "{n}"] '
        '[id "942100"] [msg "SQL Injection Attack Detected via libinjection"] [severity "CRITICAL"] [hostname '
        '"{domain}"] [uri "/index.php"] [unique_id "{hex24}"]',
        "{ap_cl} ModSecurity: Access denied with code 403 (phase 2). Operator GE matched 5 at TX:anomaly_score. "
        '[file "/usr/share/modsecurity-crs/rules/REQUEST-949-BLOCKING-EVALUATION.conf"] [id "949110"] [msg "Inbound '
        'Anomaly Score Exceeded (Total Score: {small})"] [hostname "{domain}"] [uri "{url}"]',
    ),
    sa(
        "apache.modsec_warning",
        S,
        P,
        '{ap_cl} ModSecurity: Warning. Matched phrase "nikto" at REQUEST_HEADERS:User-Agent. [file '
        '"/usr/share/modsecurity-crs/rules/REQUEST-913-SCANNER-DETECTION.conf"] [id "913100"] [msg "Found User-Agent '
        'associated with security scanner"] [hostname "{domain}"] [uri "/"]',
        '{ap_cl} ModSecurity: Warning. Pattern match "\\\\.\\\\./" at REQUEST_URI. [id "930100"] [msg "Path '
        'Traversal Attack (/../)"] [hostname "{domain}"] [uri "{url}"]',
        '{ap_cl} ModSecurity: Warning. detected XSS using libinjection. [id "941100"] [msg "XSS Attack Detected '
        'via libinjection"] [hostname "{domain}"]',
    ),
    ce(
        "apache.bind",
        S,
        P,
        "(98)Address already in use: AH00072: make_sock: could not bind to address [::]:{80|443}",
        "(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:{80|443}",
        "AH00451: no listening sockets available, shutting down",
        "AH00015: Unable to open logs",
    ),
    ce(
        "apache.config_syntax",
        S,
        "none apache_err",
        "AH00526: Syntax error on line {small} of /etc/apache2/sites-enabled/{000-default|default-ssl}.conf:",
        "Invalid command 'RewriteEngine', perhaps misspelled or defined by a module not included in the server "
        "configuration",
        "AH00016: Configuration Failed",
        "Action 'configtest' failed.",
    ),
    ce(
        "apache.ssl_fatal",
        S,
        P,
        "AH02572: Failed to configure at least one certificate and key for {domain}:443",
        "AH02312: Fatal error initialising mod_ssl, exiting.",
        "AH02561: Failed to configure certificate {domain}:443:0, check /etc/ssl/certs/{domain}.crt",
        "SSL Library Error: error:0480006C:PEM routines::no start line (Expecting: ANY PRIVATE KEY) -- Bad file "
        "contents or "
        "format - or even just a forgotten SSLCertificateKeyFile?",
    ),
    ce(
        "apache.parent_crash",
        S,
        P,
        "AH00060: seg fault or similar nasty error detected in the parent process",
        'AH00102: [{wdate}] file scoreboard.c, line {n}, assertion "ws->status" failed',
    ),
    ce(
        "apache.jk_all_failed",
        "mod_jk",
        "none",
        "[{wdate}] [{pid}:{n}] [error] service::jk_lb_worker.c ({n2}): All tomcat instances failed, no more workers "
        "left",
    ),
    sn(
        "apache.lifecycle",
        S,
        P,
        "AH00489: Apache/2.4.{n} (Ubuntu) OpenSSL/3.0.{small} configured -- resuming normal operations",
        "AH00094: Command line: '/usr/sbin/apache2'",
        "AH00491: caught SIGTERM, shutting down",
        "AH00169: caught SIGTERM, shutting down",
    ),
    sn(
        "apache.servername",
        S,
        "none apache_err",
        "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 127.0.1.1. "
        "Set the 'ServerName' directive globally to suppress this message",
        "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using {ip}. Set the "
        "'ServerName' directive globally to suppress this message",
    ),
    sn(
        "apache.module_init",
        S,
        P,
        "ModSecurity for Apache/2.9.{small} (http://www.modsecurity.org/) configured.",
        'ModSecurity: APR compiled version="1.7.{small}"; loaded version="1.7.{small2}"',
        "[{wdate}] [{pid}:{n}] [info] init_jk::mod_jk.c ({n2}): mod_jk/1.2.{n3} initialized",
        "AH01964: Connection to child {small} established (server {domain}:443)",
    ),
    ru(
        "apache.max_workers",
        S,
        P,
        "AH00484: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting",
        "AH00161: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting",
        "AH00286: server reached MaxClients setting, consider raising the MaxClients setting",
    ),
    ru(
        "apache.scoreboard",
        S,
        P,
        "AH00485: scoreboard is full, not at MaxRequestWorkers",
        "AH00486: server seems busy, (you may need to increase StartServers, ThreadsPerChild or Min/MaxSpareThreads), "
        "spawning {small} children, there are around {n} idle threads, {small2} active children, and 0 children that "
        "are shutting down",
        "AH00287: server is within MinSpareThreads of MaxRequestWorkers, consider raising the MaxRequestWorkers "
        "setting",
    ),
    er(
        "apache.fork_failed",
        S,
        P,
        "(12)Cannot allocate memory: AH00159: fork: Unable to fork new process",
    ),
    ru(
        "apache.fork_memory",
        S,
        P,
        "(11)Resource temporarily unavailable: AH03142: apr_thread_create: unable to create worker thread",
        "{ap_cl} AH00561: Request header exceeds LimitRequestFieldSize: Cookie",
        "{ap_cl} AH01587: Error reading chunk (Request body is larger than the configured limit of {num})",
    ),
    dw(
        "apache.namevirtualhost",
        S,
        "none apache_err",
        "AH00548: NameVirtualHost has no effect and will be removed in the next release "
        "/etc/apache2/ports.conf:{small}",
        "AH00548: NameVirtualHost has no effect and will be removed in the next release "
        "/etc/httpd/conf.d/vhosts.conf:{small}",
    ),
    dw(
        "apache.chainfile",
        S,
        P,
        "AH02559: The SSLCertificateChainFile directive (/etc/httpd/conf.d/ssl.conf:{n}) is deprecated, "
        "SSLCertificateFile should be used instead",
        "AH02559: The SSLCertificateChainFile directive (/etc/apache2/mods-enabled/ssl.conf:{n}) is deprecated, "
        "SSLCertificateFile should be used instead",
    ),
    dw(
        "apache.php_deprecated",
        S,
        P,
        "{ap_cl} PHP Deprecated:  Function {create_function|each|utf8_encode}() is deprecated in "
        "{ap_docroot}/{lib|vendor}/{hex8}.php on line {n}",
        "{ap_cl} PHP Deprecated:  Creation of dynamic property {jcls}::$cache is deprecated in "
        "{ap_docroot}/src/Model.php on line {n}",
        "{ap_cl} PHP Deprecated:  Required parameter $b follows optional parameter $a in {ap_docroot}/index.php "
        "on line {n}",
    ),
    dw(
        "apache.php81_deprecated",
        S,
        P,
        "{ap_cl} PHP Deprecated:  strftime(): Function strftime() is deprecated in {ap_docroot}/lib/date.php on "
        "line {n}",
        "{ap_cl} PHP Deprecated:  Implicit conversion from float {n}.{small} to int loses precision in "
        "{ap_docroot}/includes/functions.php on line {n}",
        "{ap_cl} PHP Deprecated:  trim(): Passing null to parameter #1 ($string) of type string is deprecated in "
        "{ap_docroot}/index.php on line {n}",
    ),
]
