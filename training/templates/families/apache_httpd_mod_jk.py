"""Apache httpd error-log lines of mod_jk2 (tomcat-connectors' jk/native2 server/apache2/mod_jk2.c) as Apache 2.0
wrote them ("[Wed Dec 02 03:50:59 2026] [notice] ..."), plus core, mod_autoindex, mod_negotiation,
mod_proxy_balancer and mod_ssl messages not covered in apache_httpd.py.

Read from source: mod_jk2.c jk2_child_init ("jk2_init() Found child %d in scoreboard slot %d", "jk2_init() Can't find
child %d in none of the %d scoreboard slots", "jk2_init() Scoreboard image does not exists %d", "jk2_init() Setting
scoreboard slot 0 for child %d", "mod_jk2 child %d initialized") and jk2_handler ("mod_jk2.handler() Error connecting
to tomcat %d, status %d", "mod_jk2.handle() No worker for %s", "mod_jk2.handler() Can't setup client block %d");
httpd server/request.c AH00035
("access to %s denied (filesystem path '%s') because search permissions are missing on a component of the path"),
modules/generators/mod_autoindex.c AH01276, modules/proxy/mod_proxy_balancer.c AH02460 ("%s: Forcing worker (%s) into
error state due to timeout and 'failonstatus' parameter being set"), modules/ssl/ssl_engine_kernel.c AH01961 ("SSL
Proxy requested for %s but not enabled [Hint: SSLProxyEngine]"),
AH02276 / AH02039 ("Certificate Verification: Error (%d):
%s"), AH02040 ("Certificate Chain too long"), AH02038 (OCSP), AH02041 ("Protocol: %s, Cipher: %s (%s/%s bits)"),
AH02042 ("rejecting client initiated renegotiation") and AH02268 / AH02269 (proxy client certificate callback);
tomcat-connectors
native/common/jk_lb_worker.c service() / validate() ("service failed, worker %s is in %serror state", "unrecoverable
error %d, request failed. Tomcat failed in the middle of request, ...", "All tomcat instances are busy or in error
state", "... share the same route %s - aborting configuration!", "Failed creating worker %s").
"""

from training.templates.families._labels import ce, er, sa, sn
from training.templates.families.apache_httpd import FAMILY as FAMILY
from training.values import register

register(
    {
        "ap2_ts": lambda r: (
            f"[{r.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'))} "
            f"{r.choice(('Jan', 'Mar', 'Jun', 'Sep', 'Nov', 'Dec'))} {r.randrange(1, 29):02d} "
            f"{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d} {r.randrange(2004, 2012)}]"
        ),
    }
)

P = "apache_err"
S = "apache"
N = "none"

TEMPLATES = [
    sn(
        "apache.jk2_found_child",
        S,
        N,
        "{ap2_ts} [notice] jk2_init() Found child {pid} in scoreboard slot {small}",
        "{ap2_ts} [info] jk2_init() Found child {pid} in scoreboard slot {small}",
        "{ap2_ts} [notice] jk2_init() Setting scoreboard slot 0 for child {pid}",
    ),
    sn(
        "apache.jk2_child_initialized",
        S,
        N,
        "{ap2_ts} [notice] mod_jk2 child {small} initialized",
        "mod_jk2 child {small} initialized",
    ),
    er(
        "apache.jk2_no_child",
        S,
        N,
        "{ap2_ts} [error] jk2_init() Can't find child {pid} in none of the {small} scoreboard slots",
        "{ap2_ts} [error] jk2_init() Scoreboard image does not exists {pid}",
        "jk2_init() Can't find child {pid} in none of the {small} scoreboard slots",
    ),
    er(
        "apache.jk2_handler",
        S,
        N,
        "{ap2_ts} [error] mod_jk2.handler() Error connecting to tomcat -3, status {500|503}",
        "{ap2_ts} [error] mod_jk2.handle() No worker for /{examples|jsp-examples|servlets}/{hex8}",
        "{ap2_ts} [info] mod_jk2.handler() Can't setup client block {400|413}",
    ),
    er(
        "apache.search_permission",
        S,
        P,
        "(13)Permission denied: {ap_cl} AH00035: access to /{index.html|admin/login} denied (filesystem path "
        "'{ap_docroot}/index.html') because search permissions are missing on a component of the path",
        "(13)Permission denied: {ap_cl} AH00035: access to / denied (filesystem path '/home/{user}/public_html') "
        "because search permissions are missing on a component of the path",
    ),
    er(
        "apache.no_directory_index",
        S,
        P,
        "{ap_cl} AH01276: Cannot serve directory {ap_docroot}/: No matching DirectoryIndex (index.php,index.html) "
        "found, and server-generated directory index forbidden by Options directive",
        "{ap_cl} AH01276: Cannot serve directory {ap_docroot}/{uploads|assets}/: No matching DirectoryIndex "
        "(index.html,index.htm) found, and server-generated directory index forbidden by Options directive",
    ),
    er(
        "apache.balancer_error_state",
        S,
        P,
        "{ap_cl} AH02460: balancer://{mycluster|app}: Forcing worker (http://{ip}:8080) into error state due to "
        "timeout and 'failonstatus' parameter being set",
        "{ap_cl} AH02460: balancer://tomcats: Forcing worker (ajp://127.0.0.1:8009) into error state due to timeout "
        "and 'failonstatus' parameter being set",
    ),
    er(
        "apache.ssl_proxy_disabled",
        S,
        P,
        "AH01961: SSL Proxy requested for {domain}:443 but not enabled [Hint: SSLProxyEngine]",
        "{ap_cl} AH01961: SSL Proxy requested for {domain}:80 but not enabled [Hint: SSLProxyEngine]",
    ),
    sa(
        "apache.ssl_verify_error",
        S,
        P,
        "{ap_cl} AH02276: Certificate Verification: Error ({19|20|21}): {self signed certificate in certificate "
        "chain|unable to get local issuer certificate|unable to verify the first certificate}",
        "{ap_cl} AH02276: Certificate Verification: Error (10): certificate has expired",
        "{ap_cl} AH02039: Certificate Verification: Error (20): unable to get local issuer certificate",
        "{ap_cl} AH02040: Certificate Verification: Certificate Chain too long (chain has {small} certificates, but "
        "maximum allowed are only 1)",
    ),
    sa(
        "apache.ssl_reneg_rejected",
        S,
        P,
        "{ap_cl} AH02042: rejecting client initiated renegotiation",
        "{ap_cl} AH02038: cannot perform OCSP validation for cert if issuer has not been verified (optional_no_ca "
        "configured)",
    ),
    er(
        "apache.ssl_proxy_client_cert",
        S,
        P,
        "AH02268: Proxy client certificate callback: ({domain}:443) downstream server wanted client certificate but "
        "none are configured",
        "AH02269: Proxy client certificate callback: ({domain}:443) no client certificate found!?",
    ),
    sn(
        "apache.ssl_protocol_cipher",
        S,
        P,
        "{ap_cl} AH02041: Protocol: TLSv1.{2|3}, Cipher: {ECDHE-RSA-AES256-GCM-SHA384|TLS_AES_256_GCM_SHA384} (256/256 "
        "bits)",
        "{ap_cl} AH02041: Protocol: TLSv1.2, Cipher: ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits)",
    ),
    er(
        "apache.jk_lb_member_error",
        "mod_jk",
        "none",
        "[{wdate}] [{pid}:{n}] [info] service::jk_lb_worker.c ({n2}): service failed, worker {ap_jk} is in error state",
        "[{wdate}] [{pid}:{n}] [info] service::jk_lb_worker.c ({n2}): service failed, worker {ap_jk} is in local error "
        "state",
        "[{wdate}] [{pid}:{n}] [error] service::jk_lb_worker.c ({n2}): unrecoverable error 500, request failed. Tomcat "
        "failed in the middle of request, we can't recover to another instance.",
    ),
    ce(
        "apache.jk_lb_all_busy",
        "mod_jk",
        "none",
        "[{wdate}] [{pid}:{n}] [info] service::jk_lb_worker.c ({n2}): All tomcat instances are busy or in error state",
        "[{wdate}] [{pid}:{n}] [info] service::jk_lb_worker.c ({n2}): All tomcat instances failed, no more workers "
        "left for recovery (attempt={small}, retry={small})",
    ),
    ce(
        "apache.jk_lb_same_route",
        "mod_jk",
        "none",
        "[{wdate}] [{pid}:{n}] [error] validate::jk_lb_worker.c ({n2}): Balanced workers number 1 (node1) and 0 "
        "(node2) share the same route node1 - aborting configuration!",
        "[{wdate}] [{pid}:{n}] [error] validate::jk_lb_worker.c ({n2}): Failed creating worker {ap_jk}",
    ),
]
