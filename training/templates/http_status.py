"""HTTP Status: one HTTP request and its status code per line, whatever the status (a 500 is still here)."""

from functools import partial

from training.templates import make

t = partial(make, "HTTP Status")
WEB = "WebServer nginx apache"
API = "ModernCRM ModernHR BillingSystem AnalyticsEngine ThirdPartyAPI"

TEMPLATES = [
    t(
        "http.nova_osapi",
        "nova-api",
        "openstack",
        '{ip} "{method} /v2/{tenant}/servers/detail HTTP/1.1" status: {status} len: {size} time: {sec}',
        '{ip} "GET /v2/{tenant}/servers/{uuid} HTTP/1.1" status: {status} len: {size} time: {sec}',
        '{ip} "POST /v2/{tenant}/os-server-external-events HTTP/1.1" RCODE  {status} len: {size} time: {sec}',
        logger="nova.osapi_compute.wsgi.server",
    ),
    t(
        "http.nova_metadata",
        "nova-api",
        "openstack",
        '{ip},{ip2} "GET /openstack/2013-10-17/{meta_data.json|user_data|vendor_data.json} HTTP/1.1" '
        "status: {status} len: {size} time: {sec}",
        '{ip},{ip2} "GET /latest/meta-data/{hostname|instance-id|public-keys/} HTTP/1.1" status: {status} len: {size}'
        " time: {sec}",
        logger="nova.metadata.wsgi.server",
    ),
    t(
        "http.neutron_wsgi",
        "neutron-server",
        "openstack",
        '{ip} "GET /v2.0/{ports|networks|subnets|floatingips}.json?tenant_id={tenant} HTTP/1.1" status: {status}  '
        "len: {size} time: {sec}",
        '{ip} "PUT /v2.0/ports/{uuid}.json HTTP/1.1" status: {status}  len: {size} time: {sec}',
        logger="neutron.wsgi",
    ),
    t(
        "http.cinder_wsgi",
        "cinder-api",
        "openstack",
        "http://{ip}:8776/v3/{tenant}/volumes/detail returned with HTTP {status}",
        "http://{ip}:8776/v3/{tenant}/volumes/{uuid} returned with HTTP {status}",
        "http://{ip}:8776/v3/{tenant}/{snapshots|backups}/detail returned with HTTP {status}",
        logger="cinder.api.openstack.wsgi",
    ),
    t(
        "http.glance_wsgi",
        "glance-api",
        "openstack",
        '{ip} - - [{clf}] "GET /v2/images?limit={n} HTTP/1.1" {status} {size} {sec}',
        '{ip} - - [{clf}] "{method} /v2/images/{uuid}/file HTTP/1.1" {status} {size} {sec}',
        logger="eventlet.wsgi.server",
    ),
    t(
        "http.apache_common",
        WEB,
        "none syslog",
        '{ip} - - [{clf}] "{method} {url} HTTP/1.1" {status} {size}',
        '{ip} - {user} [{clf}] "{method} {url} HTTP/1.0" {status} {size}',
        proc="httpd",
    ),
    t(
        "http.apache_combined",
        WEB,
        "none syslog",
        '{ip} - - [{clf}] "{method} {url} HTTP/1.1" {status} {size} "https://{domain}/" {ua}',
        '{ip} - {user} [{clf}] "{method} {url} HTTP/2.0" {status} {size} "-" {ua}',
        proc="httpd",
    ),
    t(
        "http.apache_vhost",
        "apache WebServer",
        "none",
        '{domain}:{443|80} {ip} - - [{clf}] "{method} {url} HTTP/1.1" {status} {size} "-" {ua}',
        '{domain} {ip} - - [{clf}] "{method} {url} HTTP/1.1" {status} {size} {ms}',
    ),
    t(
        "http.nginx_timed",
        "nginx WebServer",
        "none syslog",
        '{ip} - - [{clf}] "{method} {url} HTTP/1.1" {status} {size} "-" {ua} {sec}',
        '{ip} - - [{clf}] "{method} {url} HTTP/2.0" {status} {size} "-" {ua} rt={sec} uct="0.000" uht="{sec2}"'
        ' urt="{sec2}"',
        proc="nginx",
    ),
    t(
        "http.nginx_json",
        "nginx WebServer k8s",
        "none",
        '{{"time":"{ts}","remote_addr":"{ip}","request":"{method} {url} HTTP/1.1","status":{status},'
        '"body_bytes_sent":{size},"request_time":{sec},"http_user_agent":{ua}}}',
        '{{"@timestamp":"{ts}","client":"{ip}","method":"{method}","uri":"{url}","status":"{status}",'
        '"bytes":{size},"duration_ms":{ms}}}',
    ),
    t(
        "http.ingress_nginx",
        "k8s ingress-nginx",
        "none klog",
        '{ip} - - [{clf}] "{method} {url} HTTP/1.1" {status} {size} "-" {ua} {n} {sec} [{ns}-{svc}-80] [] '
        "10.244.{small}.{n}:8080 {size} {sec} {status} {hex32}",
    ),
    t(
        "http.haproxy",
        "haproxy",
        "syslog none",
        "{ip}:{port} [{clf}] fe_{http|https}~ be_{svc}/srv{small} 0/0/{small}/{ms}/{ms} {status} {size} - - ---- "
        '{n}/{n}/0/0/0 0/0 "{method} {url} HTTP/1.1"',
        proc="haproxy",
    ),
    t(
        "http.envoy_access",
        "envoy istio-proxy",
        "none",
        '[{ts}] "{method} {url} HTTP/1.1" {status} - via_upstream - "-" 0 {size} {ms} {ms2} "{ip}" {ua} '
        '"{uuid}" "{domain}" "10.0.{small}.{n}:8080"',
        '[{ts}] "{method} {url} HTTP/2" {status} - 0 {size} {ms} - "-" "-" "{uuid}" "{svc}:8080" "{ip}:8080"',
    ),
    t(
        "http.squid",
        "squid",
        "none",
        "{epoch}.{ms} {ms2} {ip} TCP_{MISS|HIT|REFRESH_MODIFIED|TUNNEL}/{status} {size} {method} "
        "http://{domain}{url} - HIER_DIRECT/{pip} text/html",
        "{epoch}.{ms} {ms2} {ip} TCP_MISS/{status} {size} CONNECT {domain}:443 {user} HIER_DIRECT/{pip} -",
    ),
    t(
        "http.uvicorn",
        "AnalyticsEngine ThirdPartyAPI uvicorn",
        "none",
        'INFO:     {ip}:{port} - "{method} {url} HTTP/1.1" {statusr}',
        '{ip}:{port} - "{method} {url} HTTP/1.1" {statusr}',
    ),
    t(
        "http.werkzeug",
        "AnalyticsEngine flask",
        "py none",
        '{ip} - - [{wdate}] "{method} {url} HTTP/1.1" {status} -',
        '{ip} - - [{wdate}] "{method} {url} HTTP/1.1" {status} {size}',
        logger="werkzeug",
    ),
    t(
        "http.django_runserver",
        "django ModernHR",
        "none",
        '[{wdate}] "{method} {url} HTTP/1.1" {status} {size}',
        '"{method} {url} HTTP/1.1" {status} {size}',
        logger="django.server",
    ),
    t(
        "http.morgan",
        "node ThirdPartyAPI ModernCRM",
        "none iso",
        "{method} {url} {status} {sec} ms - {size}",
        '{ip} - - [{clf}] "{method} {url} HTTP/1.1" {status} {size} "-" {ua} - {sec} ms',
    ),
    t(
        "http.rails_completed",
        "ModernCRM BillingSystem rails",
        "rails none",
        "Completed {statusr} in {ms}ms (Views: {sec}ms | ActiveRecord: {sec2}ms | Allocations: {num})",
        "Completed {statusr} in {ms}ms (ActiveRecord: {sec}ms)",
    ),
    t(
        "http.gin",
        "ThirdPartyAPI go-api",
        "none",
        '[GIN] {gdate} | {status} | {sec}ms | {ip} | {method} "{url}"',
        "[GIN] {gdate} | {status} |  {ms}µs |       {ip} | {method}      {url}",
    ),
    t(
        "http.go_middleware",
        "ThirdPartyAPI AnalyticsEngine",
        "none iso json",
        "method={method} path={url} status={status} duration={sec}ms bytes={size} remote={ip}",
        "request served: {method} {url} -> {status} in {ms}ms ({size} bytes)",
    ),
    t(
        "http.kube_apiserver",
        "k8s kube-apiserver",
        "klog",
        '"HTTP" verb="{GET|LIST|WATCH|PATCH}" URI="/api/v1/namespaces/{ns}/pods?limit=500" latency="{sec}ms" '
        'userAgent="kubectl/v1.29.{small}" audit-ID="{uuid}" srcIP="{ip}:{port}" resp={status}',
        "{GET|POST|PUT} /apis/apps/v1/namespaces/{ns}/deployments/{svc}: ({sec}ms) {status} "
        "[kubelet/v1.28.{small} {ip}:{port}]",
    ),
    t(
        "http.kestrel",
        "ModernHR dotnet",
        "iso none",
        "Request finished HTTP/1.1 {method} http://{host}:5000{url} - {status} {size} application/json;+charset=utf-8 "
        "{sec}ms",
        "Request finished in {sec}ms {status} application/json; charset=utf-8",
        logger="Microsoft.AspNetCore.Hosting.Diagnostics",
    ),
    t(
        "http.pino_http",
        "node ModernCRM",
        "none",
        '{{"level":30,"time":{epoch}{ms},"req":{{"id":{n},"method":"{method}","url":"{url}"}},"res":{{'
        '"statusCode":{status}}},"responseTime":{ms2},"msg":"request completed"}}',
    ),
    t(
        "http.apigw_json",
        "ThirdPartyAPI aws-apigateway",
        "none",
        '{{"requestId":"{uuid}","ip":"{pip}","httpMethod":"{method}","resourcePath":"{url}","status":"{status}",'
        '"protocol":"HTTP/1.1","responseLength":"{size}"}}',
    ),
    t(
        "http.feign",
        "BillingSystem ModernCRM",
        "java",
        "[{Orders|Customers|Invoices|Rates}Client#get{Order|Customer|Invoice|Rate}] <--- HTTP/1.1 {statusr} ({ms}ms)",
        "[{Orders|Payments}Client#{create|update}] <--- HTTP/1.1 {status} ({ms}ms)",
    ),
    t(
        "http.urllib3",
        "AnalyticsEngine ThirdPartyAPI",
        "py none",
        '{https|http}://{domain}:{443|80} "{method} {url} HTTP/1.1" {status} {size}',
        '{https|http}://{domain}:443 "{method} {url} HTTP/1.1" {status} None',
        logger="urllib3.connectionpool",
    ),
    t(
        "http.outbound_call",
        "ThirdPartyAPI BillingSystem",
        "iso json java",
        "Outbound request {method} https://{domain}{url} completed with status {status} in {ms} ms",
        "HTTP {method} https://{domain}{url} -> {statusr} ({ms}ms)",
        "upstream call {method} {url} host={domain} status={status} latency_ms={ms}",
    ),
    t(
        "http.okhttp",
        "android",
        "logcat",
        "<-- {statusr} https://{domain}{url} ({ms}ms)",
        "<-- {status} https://{domain}{url} ({ms}ms, {size}-byte body)",
        logger="OkHttp",
    ),
    t(
        "http.webhook",
        "ThirdPartyAPI ModernCRM",
        "iso json",
        "Webhook delivery {uuid} to https://{domain}/hooks/{hex8} responded {status} after {ms} ms",
        "POST webhook {hex12} -> {domain} HTTP {status} ({ms} ms, attempt {small})",
    ),
    t(
        "http.crm_api_log",
        API,
        "iso java json none",
        "{method} /api/crm/v2/leads/{id} HTTP/1.1 RCODE {status} len: {size} time: {sec}",
        "API {method} /hr/v1/employees/{emp} responded {status} in {ms}ms for client {hex8}",
        "{method} /billing/v3/invoices/{invoice} HTTP/1.1 status={status} bytes={size} duration={sec}s",
    ),
    t(
        "http.payment_gateway",
        "BillingSystem",
        "iso json",
        "POST https://api.{payments|stripe|adyen}.example/v1/charges status={status} req_id=req_{hex12} {ms}ms",
        "gateway response {status} for {method} /v1/payment_intents/pi_{hex12} ({ms} ms)",
    ),
    t(
        "http.php_fpm",
        "php-fpm WebServer",
        "none",
        '{ip} -  {clf} "{method} /index.php" {status} /var/www/html/index.php {sec} {kb} {pctf}%',
    ),
    t(
        "http.varnish",
        "varnish",
        "none",
        '{ip} - - [{clf}] "{method} http://{domain}{url} HTTP/1.1" {status} {size} "-" {ua} {hit|miss|pass} {sec}',
    ),
    t(
        "http.yarn_rest",
        "hadoop",
        "none",
        '{ip} - - [{clf}] "GET /ws/v1/cluster/apps/{app_id} HTTP/1.1" {status} {size}',
        '{ip} - - [{clf}] "GET /webhdfs/v1/user/{user}/data?op={LISTSTATUS|OPEN|GETFILESTATUS} HTTP/1.1" '
        "{status} {size}",
    ),
    t(
        "http.spring_access",
        "ModernCRM BillingSystem ModernHR",
        "none",
        '{ip} - - [{clf}] "{method} {url} HTTP/1.1" {status} {size} {ms} ms',
        '{ip} - {user} [{clf}] "{method} {url} HTTP/1.1" {status} - {ms}',
    ),
    t(
        "http.grafana_like",
        "grafana AnalyticsEngine",
        "none",
        'logger=context userId={n} orgId=1 uname={user} t={ts} level=info msg="Request Completed" method={method} '
        "path={url} status={status} remote_addr={ip} time_ms={ms} size={size}",
    ),
    t(
        "http.elb_like",
        "WebServer lb",
        "none",
        "{ts} {ip}:{port} {ip2}:8080 {sec} {sec2} 0.000 {status} {status} {size} {size2} "
        '"{method} https://{domain}:443{url} HTTP/1.1" {ua}',
    ),
    t(
        "http.kong",
        "kong ThirdPartyAPI",
        "none json",
        '{{"request":{{"method":"{method}","uri":"{url}","size":{size}}},"response":{{"status":{status},'
        '"size":{size2}}},"latencies":{{"request":{ms},"kong":{small}}},"client_ip":"{ip}"}}',
    ),
    t(
        "http.short_access",
        WEB + " " + API,
        "iso json syslog none",
        "{method} {url} {status} {ms}ms",
        "{ip} {method} {url} -> {status}",
        "{method} {url} HTTP/1.1 {status} {size}",
    ),
    t(
        "http.nginx_proxy_cache",
        "nginx",
        "none",
        '{ip} [{clf}] "{method} {url} HTTP/1.1" {status} {size} cache={HIT|MISS|EXPIRED|BYPASS} upstream={ip2}:8080'
        " rt={sec}",
    ),
    t(
        "http.grpc_gateway",
        "ThirdPartyAPI",
        "json iso",
        "finished unary call with code OK grpc.method={Get|List}{Order|Rate} http.status={status} grpc.time_ms={sec}",
        "http request {method} {url} returned status code {status} after {ms}ms",
    ),
]
