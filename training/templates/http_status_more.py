"""HTTP Status, more formats: load balancers, CDNs, proxies, web servers and framework access lines."""

from functools import partial

from training.templates import make

t = partial(make, "HTTP Status")

TEMPLATES = [
    t(
        "http.aws_alb",
        "aws-alb",
        "none",
        "{http|https|h2} {ts} app/{svc}-alb/{hex16} {pip}:{port} {ip}:80 0.00{small} 0.0{n} 0.000 {status} {status} "
        '{n} {size} "{method} https://{domain}:443{url} HTTP/1.1" {ua} ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2',
        '{ts} {svc}-elb {pip}:{port} {ip}:8080 0.0000{n} 0.00{num} 0.0000{n} {status} {status} 0 {size} "{method} '
        'http://{domain}:80{url} HTTP/1.1" {ua} - -',
    ),
    t(
        "http.cloudfront",
        "cloudfront",
        "none",
        "{date}\t{hour}:00\t{LAX1-C1|FRA56-P3|IAD89-C2}\t{size}\t{pip}\t{method}\td{hex12}.cloudfront.net\t{url}\t"
        "{status}\t-\tMozilla/5.0\t-\t-\t{Hit|Miss|RefreshHit}\t{hex32}==\t{domain}\thttps\t{n}\t0.0{n}",
    ),
    t(
        "http.cloudflare_json",
        "cloudflare",
        "none",
        '{{"ClientIP":"{pip}","ClientRequestHost":"{domain}","ClientRequestMethod":"{method}","ClientRequestURI":'
        '"{url}","EdgeResponseStatus":{status},"EdgeResponseBytes":{size},"RayID":"{hex16}"}}',
        '{{"ClientRequestMethod":"{method}","ClientRequestPath":"{url}","OriginResponseStatus":{status},'
        '"CacheCacheStatus":"{hit|miss|dynamic}","EdgeTimeToFirstByteMs":{ms}}}',
    ),
    t(
        "http.traefik",
        "traefik",
        "none",
        '{ip} - - [{clf}] "{method} {url} HTTP/1.1" {status} {size} "-" "-" {num} "{svc}@docker" "http://{ip2}:8080" '
        "{ms}ms",
        '{{"ClientHost":"{ip}","DownstreamStatus":{status},"Duration":{num}000,"RequestMethod":"{method}",'
        '"RequestPath":"{url}","RouterName":"{svc}@kubernetescrd","level":"info","msg":""}}',
    ),
    t(
        "http.caddy",
        "caddy",
        "none",
        '{{"level":"info","ts":{epoch}.{num},"logger":"http.log.access","msg":"handled request","request":'
        '{{"remote_ip":"{ip}","proto":"HTTP/2.0","method":"{method}","host":"{domain}","uri":"{url}"}},'
        '"duration":0.00{num},"size":{size},"status":{status}}}',
        '{{"level":"error","logger":"http.log.access.log0","msg":"handled request","request":{{"method":"{method}",'
        '"uri":"{url}"}},"status":{status}}}',
    ),
    t(
        "http.iis",
        "iis",
        "none",
        "{date} {hour}:{n} {ip} {method} {url} - 443 - {pip} Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - {status} 0 0 "
        "{ms}",
        "{date} {hour}:0{small} W3SVC1 {host} {ip} {method} /{svc}/default.aspx - 80 {user} {pip} - {status} 0 64 {ms}",
    ),
    t(
        "http.tomcat_jetty_access",
        "tomcat jetty",
        "none",
        '{ip} - - [{clf}] "{method} /{svc}{url} HTTP/1.1" {status} {size} {ms}',
        '{ip} - {user} [{clf}] "{method} {url} HTTP/1.1" {status} {size} "-" {ua} {ms}',
    ),
    t(
        "http.dev_style",
        "express koa fiber chi",
        "none",
        "{method} {url} {status} {ms}ms",
        "  --> {method} {url} {status} {ms}ms {small}.{n}kb",
        "{hour}:{n} | {status} | {latency} | {ip} | {method} | {url}",
        '"{method} http://{domain}{url} HTTP/1.1" from {ip}:{port} - {status} {size}B in {latency}',
        "{method} {url} -> {status} ({latency})",
    ),
    t(
        "http.echo_actix",
        "echo actix",
        "none",
        '{{"time":"{ts}","id":"","remote_ip":"{ip}","host":"{domain}","method":"{method}","uri":"{url}","status":'
        '{status},"error":"","latency_human":"{latency}","bytes_out":{size}}}',
        '{ip}:{port} "{method} {url} HTTP/1.1" {status} {size} "-" {ua} 0.00{num}',
    ),
    t(
        "http.aspnet_request",
        "aspnetcore",
        "dotnet none",
        "Request finished HTTP/1.1 {method} http://{domain}{url} - {status} {size} application/json;+charset=utf-8 "
        "{sec}ms",
        "Request finished HTTP/2 {method} https://{domain}:443{url} - - - {status} - text/html {sec}ms",
        "HTTP {method} {url} responded {status} in {sec} ms",
        logger="Microsoft.AspNetCore.Hosting.Diagnostics|Serilog.AspNetCore.RequestLoggingMiddleware",
    ),
    t(
        "http.python_servers",
        "tornado aiohttp gunicorn",
        "none py",
        "{status} {method} {url} ({ip}) {sec}ms",
        '{ip} [{clf}] "{method} {url} HTTP/1.1" {status} {size} "-" {ua}',
        '{ip} - - [{clf}] "{method} {url} HTTP/1.1" {status} {size} "-" {ua}',
        logger="tornado.access|aiohttp.access|gunicorn.access",
    ),
    t(
        "http.lograge",
        "rails",
        "rails none",
        "method={method} path={url} format=json controller=Api::{Orders|Users|Invoices}Controller action={index|show|"
        "create} status={status} duration={sec} view=0.{n} db={sec2}",
        '{{"method":"{method}","path":"{url}","format":"html","status":{status},"duration":{sec},"view":{sec2},'
        '"db":0.{n}}}',
    ),
    t(
        "http.php_builtin",
        "php",
        "none",
        "[{wdate}] {ip}:{port} [{status}]: {method} {url}",
        "{ip}:{port} [{status}]: {method} {url}",
    ),
    t(
        "http.go_struct",
        "go-service",
        "logfmt zap none",
        'level=info msg="request completed" method={method} path={url} status={status} duration={latency}',
        '{{"level":"info","msg":"http request","method":"{method}","path":"{url}","status":{status},"latency":'
        '"{latency}","bytes":{size}}}',
        "INFO http {method} {url} status={status} took={latency} remote={ip}",
    ),
    t(
        "http.gcp_lb",
        "gcp-lb cloud-run",
        "none",
        '{{"httpRequest":{{"requestMethod":"{method}","requestUrl":"https://{domain}{url}","status":{status},'
        '"responseSize":"{size}","userAgent":"curl/8.5.0","remoteIp":"{pip}","latency":"0.0{n}s"}}}}',
        '{{"severity":"INFO","httpRequest":{{"requestMethod":"{method}","status":{status},"latency":"{sec}s"}},'
        '"resource":{{"type":"http_load_balancer"}}}}',
    ),
    t(
        "http.azure_appgw",
        "azure-appgw azure-frontdoor",
        "none",
        '{{"operationName":"ApplicationGatewayAccess","properties":{{"clientIP":"{pip}","httpMethod":"{method}",'
        '"requestUri":"{url}","httpStatus":{status},"timeTaken":0.0{n},"host":"{domain}"}}}}',
        '{{"category":"FrontDoorAccessLog","properties":{{"httpMethod":"{method}","requestUri":"https://{domain}{url}",'
        '"httpStatusCode":"{status}","clientIp":"{pip}"}}}}',
    ),
    t(
        "http.artifactory_nexus",
        "artifactory nexus",
        "none",
        "{ts}|{hex16}|{ip}|{user}|{method}|/api/npm/npm-remote/{svc}|{status}|-1|{size}|{ms}",
        '{ip} - {user} [{clf}] "{method} /repository/maven-public/com/acme/{svc}/{ver}/{svc}-{ver}.jar HTTP/1.1" '
        "{status} - {size} {ms} {ua}",
    ),
    t(
        "http.gitlab_json",
        "gitlab",
        "none",
        '{{"method":"{method}","path":"/api/v4/projects/{n}/pipelines","format":"json","status":{status},'
        '"duration_s":0.0{n},"remote_ip":"{ip}","user_id":{n2}}}',
        '{{"correlation_id":"{hex16}","method":"{method}","uri":"/{svc}/-/merge_requests/{n}","status":{status},'
        '"duration_ms":{ms},"system":"http"}}',
    ),
    t(
        "http.fastify_pino",
        "fastify",
        "none",
        '{{"level":30,"time":{epochms},"reqId":"req-{n}","res":{{"statusCode":{status}}},"responseTime":{sec},'
        '"msg":"request completed"}}',
        '{{"level":30,"time":{epochms},"req":{{"method":"{method}","url":"{url}"}},"res":{{"statusCode":{status}}},'
        '"msg":"request completed"}}',
    ),
    t(
        "http.client_wire",
        "java-httpclient curl",
        "java none",
        '<< "HTTP/1.1 {statusr}[\\r][\\n]" for {method} https://{domain}{url}',
        "< HTTP/2 {status} (from {domain}{url})",
        "HTTP/1.1 {statusr} {method} https://{domain}{url} ({ms} ms)",
        logger="org.apache.http.wire",
    ),
    t(
        "http.spring_completed",
        "spring",
        "spring",
        '{method} "{url}", parameters={{}} -> Completed {statusr}',
        "Completed {statusr} for {method} {url} in {ms} ms",
        logger="o.s.web.servlet.DispatcherServlet",
    ),
    t(
        "http.haproxy_json",
        "haproxy",
        "syslog none",
        '{{"client_ip":"{ip}","frontend":"fe_https","backend":"be_{svc}","status":{status},"bytes_read":{size},'
        '"request":"{method} {url} HTTP/1.1","Tt":{ms}}}',
        "{ip}:{port} fe_https~ be_{svc}/srv{small} {method} {url} {status} {size}B {ms}ms",
        proc="haproxy",
    ),
    t(
        "http.phoenix_plug",
        "phoenix plug",
        "none",
        "Sent {status} in {ms}ms",
        "{method} {url} Sent {status} in {latency}",
    ),
    t(
        "http.nginx_kv",
        "nginx openresty",
        "none",
        'remote_addr={ip} request="{method} {url} HTTP/1.1" status={status} body_bytes_sent={size} '
        "request_time=0.0{n} upstream_response_time=0.0{n}",
        "{ip} {domain} [{clf}] {method} {url} {status} {size} rt={sec} uct=0.000 urt={sec}",
    ),
]
