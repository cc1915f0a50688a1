"""More Apache httpd error-log lines, in both layouts: httpd 2.2's "[Sun Dec 04 04:47:44 2005] [error] [client 1.2.3.4]
..." (no AH numbers, client without port, "file.c(N): " before the client at debug level, errno "(13)...:" after it)
and 2.4's "[... .123456 2005] [core:error] [pid N:tid N] (13)...: [client 1.2.3.4:5678] AH00128: ...".

Format strings read from apache/httpd branches 2.2.x and 2.4.x: server/log.c (2.2 layout), server/core.c (File does
not exist, Attempt to serve directory, AH00126, AH00134/AH00135, AH02291), server/main.c (Unable to open logs, AH00014),
server/listen.c (make_sock), server/request.c (symlink, search permissions, "access to %s failed"), server/protocol.c
(AH00565, AH00567), server/util_script.c (Premature end of / timed out before returning headers), mod_cgi.c and
cgi_common.h (AH01220, log_scripterror), mod_autoindex.c 2.2, mod_authz_host.c 2.2, mod_auth_basic.c 2.2,
mod_auth_digest.c (2.2 "Digest: ...", AH01790/AH01792/AH01794), server/mpm/prefork and worker (MaxClients,
AH00161/AH00162/AH00288/AH00289, AH00163/AH00164/AH00170/AH00171, AH00492/AH00494, 2.2 signal lines),
server/mpm_common.c / mpm_unix.c (AH00050, AH00051, child exit signal, parent seg fault), mod_suexec.c (AH01232).
The error lines of mod_proxy, mod_reqtimeout, mod_ssl, ModSecurity and mod_evasive are in
apache_httpd_errors_modules.py.
"""

from training.templates.families._labels import ce, er, ru, sa, sn
from training.templates.families.apache_httpd_mod_jk import FAMILY as FAMILY
from training.values import register

register(
    {
        "ap_cl22": lambda r: (
            f"[client {r.choice(('10.1', '192.168', '203.0', '172.16'))}.{r.randrange(256)}.{r.randrange(1, 255)}]"
        ),
        "ap_ver22": lambda r: r.choice(
            (
                "Apache/2.2.22 (Ubuntu) PHP/5.3.10-1ubuntu3 with Suhosin-Patch",
                "Apache/2.2.15 (CentOS)",
                "Apache/2.2.16 (Debian) mod_ssl/2.2.16 OpenSSL/0.9.8o",
                "Apache/2.2.3 (Red Hat)",
            )
        ),
        "ap_cgi": lambda r: r.choice(("index.cgi", "app.py", "php-cgi", "test.pl", "awstats.pl", "mailman")),
    }
)

P = "apache_err"
S = "apache"
N = "none"
_E = "{ap2_ts} [error] {ap_cl22} "

TEMPLATES = [
    # --- 2.2 layout: core, request walk, autoindex ---
    er(
        "apache.v22_file_missing",
        S,
        N,
        _E + "File does not exist: {ap_docroot}/{favicon.ico|robots.txt|apple-touch-icon.png|wp-login.php}",
        _E + "File does not exist: {ap_docroot}/{images|css|js}/{hex8}.{png|css|js}",
        _E + "Attempt to serve directory: {ap_docroot}/{hex8}/",
    ),
    er(
        "apache.v22_dir_index_forbidden",
        S,
        N,
        _E + "Directory index forbidden by Options directive: {ap_docroot}/{uploads|images|files|includes}/",
        _E + "Directory index forbidden by Options directive: /var/www/",
    ),
    er(
        "apache.v22_path_denied",
        S,
        N,
        _E + "(13)Permission denied: access to /{index.html|favicon.ico} denied (filesystem path "
        "'{ap_docroot}/index.html') because search permissions are missing on a component of the path",
        _E + "Symbolic link not allowed or link target not accessible: {ap_docroot}/{hex8}",
        _E + "(13)Permission denied: access to /~{user}/ denied",
    ),
    er(
        "apache.v22_cgi_headers",
        S,
        N,
        _E + "Premature end of script headers: {ap_cgi}",
        _E + "Script timed out before returning headers: {ap_cgi}",
        _E + "script not found or unable to stat: /usr/lib/cgi-bin/{ap_cgi}",
        "{ap2_ts} [warn] {ap_cl22} Timeout waiting for output from CGI script /usr/lib/cgi-bin/{ap_cgi}",
    ),
    er(
        "apache.cgi_headers24",
        S,
        P,
        "{ap_cl} Premature end of script headers: {ap_cgi}",
        "{ap_cl} Script timed out before returning headers: {ap_cgi}",
        "{ap_cl} AH01220: Timeout waiting for output from CGI script /usr/lib/cgi-bin/{ap_cgi}",
    ),
    # --- request line / headers ---
    er(
        "apache.request_read_failed",
        S,
        P,
        "{ap_cl} AH00567: request failed: error reading the headers",
        "{ap_cl} AH00565: request failed: client's request-line exceeds LimitRequestLine (longer than 8190)",
        "{ap_cl} AH00565: request failed: client's request-line exceeds LimitRequestLine (longer than {4094|16384})",
        sev="debug info",
    ),
    er(
        "apache.v22_request_read_failed",
        S,
        N,
        "{ap2_ts} [debug] protocol.c({n}): {ap_cl22} request failed: error reading the headers",
        "{ap2_ts} [info] {ap_cl22} request failed: client's request-line exceeds LimitRequestLine (longer than 8190)",
        _E + "Invalid method in request \\x16\\x03\\x01",
    ),
    er(
        "apache.invalid_method",
        S,
        P,
        "{ap_cl} AH00134: Invalid method in request \\x16\\x03\\x01 - possible attempt to establish SSL connection on "
        "non-SSL port",
        "{ap_cl} AH00135: Invalid method in request \\x16\\x03\\x01",
    ),
    sa(
        "apache.v22_invalid_uri",
        S,
        N,
        _E + "Invalid URI in request GET ../../../../etc/passwd HTTP/1.1",
        _E + "Invalid URI in request GET ..%2f..%2f..%2fetc%2fpasswd HTTP/1.0",
    ),
    sa(
        "apache.invalid_uri_quoted",
        S,
        P,
        "{ap_cl} AH00126: Invalid URI in request '../../../etc/passwd' 'GET ../../../etc/passwd HTTP/1.1'",
        "{ap_cl} AH00126: Invalid URI in request '..%2f..%2fetc%2fshadow' 'GET ..%2f..%2fetc%2fshadow HTTP/1.0'",
    ),
    # --- access control and authentication (2.2, digest) ---
    sa(
        "apache.v22_client_denied",
        S,
        N,
        _E + "client denied by server configuration: {ap_docroot}/{.htaccess|.git|server-status|phpmyadmin}",
        _E + "client denied by server configuration: /usr/share/phpmyadmin/",
        _E + "client denied by server configuration: uri /server-status",
    ),
    sa(
        "apache.v22_basic_auth",
        S,
        N,
        _E + 'user {user}: authentication failure for "/{admin|private|nagios|svn}": Password Mismatch',
        _E + "user {user} not found: /{admin|private|nagios}",
        _E + "Digest: user {user}: password mismatch: /{private|svn}/",
        _E + "Digest: user `{user}' in realm `{Private|Restricted|Subversion}' not found: /{private|svn}/",
    ),
    sa(
        "apache.digest_auth24",
        S,
        P,
        "{ap_cl} AH01792: user {user}: password mismatch: /{private|svn|admin}/",
        "{ap_cl} AH01790: user `{user}' in realm `{Private|Restricted}' not found: /{private|admin}/",
        "{ap_cl} AH01794: user {user}: password mismatch: /{private|svn}/",
    ),
    # --- MPM capacity ---
    ru(
        "apache.v22_busy",
        S,
        N,
        "{ap2_ts} [error] server reached MaxClients setting, consider raising the MaxClients setting",
        "{ap2_ts} [error] server is within MinSpareThreads of MaxClients, consider raising the MaxClients setting",
        "{ap2_ts} [info] server seems busy, (you may need to increase StartServers, or Min/MaxSpareServers), spawning "
        "{8|16|32} children, there are {small} idle, and {n} total children",
        "{ap2_ts} [info] server seems busy, (you may need to increase StartServers, ThreadsPerChild or "
        "Min/MaxSpareThreads), spawning {small} children, there are around {n} idle threads, and {n2} total children",
    ),
    ru(
        "apache.mpm_busy24",
        S,
        P,
        "AH00162: server seems busy, (you may need to increase StartServers, or Min/MaxSpareServers), spawning "
        "{8|16|32} children, there are {small} idle, and {n} total children",
        "AH00289: server seems busy, (you may need to increase StartServers, ThreadsPerChild or Min/MaxSpareThreads), "
        "spawning {small} children, there are around {n} idle threads, and {n2} total children",
        "AH00288: scoreboard is full, not at MaxRequestWorkers",
        "AH00161: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting",
    ),
    # --- children, parent ---
    er(
        "apache.v22_child_signal",
        S,
        N,
        "{ap2_ts} [notice] child pid {pid} exit signal Segmentation fault (11)",
        "{ap2_ts} [notice] child pid {pid} exit signal Aborted (6), possible coredump in /etc/apache2",
        "{ap2_ts} [notice] child pid {pid} exit signal Bus error (7)",
    ),
    er(
        "apache.child_coredump",
        S,
        P,
        "AH00051: child pid {pid} exit signal Segmentation fault (11), possible coredump in /etc/apache2",
        "AH00051: child pid {pid} exit signal Aborted (6), possible coredump in {/etc/apache2|/tmp/apache-cores}",
        sev="notice",
    ),
    ce(
        "apache.child_fatal",
        S,
        P,
        "AH00050: Child {pid} returned a Fatal error... Apache is exiting!",
        sev="crit",
    ),
    ce(
        "apache.v22_fatal",
        S,
        N,
        "{ap2_ts} [alert] Child {pid} returned a Fatal error... Apache is exiting!",
        "{ap2_ts} [notice] seg fault or similar nasty error detected in the parent process",
    ),
    # --- startup, restart, shutdown ---
    ce(
        "apache.v22_startup_failed",
        S,
        N,
        "(98)Address already in use: make_sock: could not bind to address {[::]|0.0.0.0}:{80|443}",
        "(13)Permission denied: make_sock: could not bind to address 0.0.0.0:{80|443}",
        "Unable to open logs",
    ),
    ce(
        "apache.log_dir_missing",
        S,
        P,
        "(2)No such file or directory: AH02291: Cannot access directory '/etc/httpd/logs/' for main error log",
        "(2)No such file or directory: AH02291: Cannot access directory '/var/log/apache2/{domain}/' for error log "
        "of vhost defined at /etc/apache2/sites-enabled/{domain}.conf:1",
        "AH00014: Configuration check failed",
        sev="crit",
    ),
    sn(
        "apache.v22_lifecycle",
        S,
        N,
        "{ap2_ts} [notice] {ap_ver22} configured -- resuming normal operations",
        "{ap2_ts} [notice] caught SIGTERM, shutting down",
        "{ap2_ts} [notice] SIGHUP received.  Attempting to restart",
        "{ap2_ts} [notice] Graceful restart requested, doing restart",
    ),
    sn(
        "apache.restart24",
        S,
        P,
        "AH00494: SIGHUP received.  Attempting to restart",
        "AH00171: Graceful restart requested, doing restart",
        "AH00492: caught SIGWINCH, shutting down gracefully",
    ),
    sn(
        "apache.prefork_started",
        S,
        P,
        "AH00163: Apache/2.4.{n} (Unix) OpenSSL/1.1.1k configured -- resuming normal operations",
        "AH00164: Server built: {Apr|Oct|Jan} 1{small} 2023 {hour}:1{small}",
        "AH00170: caught SIGWINCH, shutting down gracefully",
        "AH01232: suEXEC mechanism enabled (wrapper: /usr/sbin/suexec)",
    ),
    sn(
        "apache.v22_module_notices",
        S,
        N,
        "{ap2_ts} [notice] Digest: generating secret for digest authentication ...",
        "{ap2_ts} [notice] Digest: done",
        "{ap2_ts} [notice] suEXEC mechanism enabled (wrapper: /usr/sbin/suexec)",
    ),
]
