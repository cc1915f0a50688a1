"""Tomcat AccessLogValve lines (localhost_access_log.DATE.txt): the default pattern `%h %l %u %t "%r" %s %b`,
the `common`/`combined` nicknames and %D/%T timings (Tomcat docs, "The Valve Component": Access Log Valve).
"""

from training.templates.families._labels import hs

FAMILY = "tomcat"

P = "none"
S = "tomcat"
_C = '{ip} - - [{clf}] "'

TEMPLATES = [
    hs(
        "tomcat.access_default", S, P, _C + '{method} {url} HTTP/1.1" {status} {size}', _C + 'GET / HTTP/1.1" 200 11230'
    ),
    hs(
        "tomcat.access_manager",
        S,
        P,
        _C + 'GET /manager/html HTTP/1.1" 401 2473',
        '{ip} - {admin|tomcat|deploy} [{clf}] "GET /manager/html HTTP/1.1" {200|403} {size}',
        '{ip} - {admin|tomcat} [{clf}] "POST /manager/text/deploy?path=/app HTTP/1.1" 200 {n}',
    ),
    hs(
        "tomcat.access_timed",
        S,
        P,
        _C + '{method} {url} HTTP/1.1" {status} {size} {ms}',
        _C + '{method} {url} HTTP/1.1" {status} {size} {sec}',
        _C + '{method} {url} HTTP/1.1" {status} - {ms}',
    ),
    hs(
        "tomcat.access_combined",
        S,
        P,
        _C + '{method} {url} HTTP/1.1" {status} {size} "-" {ua}',
        _C + 'GET /{app|shop}/control/main HTTP/1.1" {200|302} {size} "https://{domain}/" {ua}',
    ),
    hs(
        "tomcat.access_errors",
        S,
        P,
        _C + 'POST /api/{hex8} HTTP/1.1" {500|503} {size}',
        _C + 'GET /{hex8}.jsp HTTP/1.1" 404 {n}',
        _C + 'GET /examples/servlets/index.html HTTP/1.1" {404|403} -',
    ),
    hs(
        "tomcat.access_ajp",
        S,
        P,
        '{ip} - - [{clf}] "GET /jenkins/job/{svc}/lastBuild/api/json HTTP/1.1" 200 {size} {ms}',
        '{ip} - {user} [{clf}] "POST /jira/rest/api/2/issue HTTP/1.1" {201|400} {size} {ms}',
    ),
    hs(
        "tomcat.access_remoteip",
        S,
        P,
        '{ip2} {ip} - - [{clf}] "{method} {url} HTTP/1.1" {status} {size} {ms}',
        '{ip} - - [{clf}] "{method} {url} HTTP/1.1" {status} {size} "{ip2}" {ms}ms',
    ),
    hs(
        "tomcat.access_session",
        S,
        P,
        _C + '{method} {url} HTTP/1.1" {status} {size} {ms} {hex32}',
        _C + 'GET /{app|shop}/control/checkout;jsessionid={hex32} HTTP/1.1" {200|302} {size}',
    ),
    hs(
        "tomcat.access_soap",
        S,
        P,
        _C + 'POST /services/{OrderService|InvoiceService|CustomerService} HTTP/1.1" {200|500} {size} {ms}',
        _C + 'GET /services/{OrderService|InvoiceService}?wsdl HTTP/1.1" 200 {size}',
    ),
]
