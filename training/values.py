"""Random values for template placeholders: `{ip}`, `{user}`, `{uuid}`, ...

A placeholder name maps to a generator; a trailing number makes a second, independent value of the
same kind (`{ip}` and `{ip2}` differ, two `{ip}` in one line are the same value).
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from datetime import datetime, timedelta

Gen = Callable[[random.Random], str]


def _words(text: str, spaces: str = "") -> tuple[str, ...]:
    # Word lists as one string each: a tuple literal would take a line per word once formatted.
    words = tuple(text.split())
    return tuple(w.replace(spaces, " ") for w in words) if spaces else words


_FIRST = _words(
    "james mary robert patricia john jennifer michael linda david elizabeth william barbara richard "
    "susan joseph jessica thomas sarah charles karen wei yuki amit priya olga lars fatima diego chen "
    "ana sven ingrid kofi aisha mateo noor hiro elena pablo zara"
)
_LAST = _words(
    "smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez wilson "
    "anderson thomas taylor moore jackson martin lee tanaka mueller rossi novak kowalski singh kim "
    "nguyen okafor silva larsen ivanova haddad"
)
_SYS_USERS = _words(
    "root admin ubuntu ec2-user deploy postgres oracle git jenkins test guest pi www-data ansible "
    "backup svc_backup svc-etl nagios ftpuser support mysql hadoop"
)
_DOMAINS = _words("example.com corp.example.net mail.example.org acme.io contoso.com globex.co.uk initech.de")
_HOST_ROLES = _words("web app api db cache worker compute ctrl storage edge lb mq etl build auth")
_SITES = _words("prod stg dc1 dc2 eu-west-1 us-east-2 fra1 ams3 lon")
_SERVICES = _words(
    "payment-svc checkout-api user-service inventory orders-worker search-api notification-svc "
    "auth-gateway billing-api report-builder catalog cart ledger-sync"
)
_NAMESPACES = _words("default kube-system prod staging monitoring ingress-nginx payments data logging")
_IMAGES = _words(
    "nginx:1.25.3 redis:7.2-alpine postgres:16.1 ghcr.io/acme/api:2.14.0 quay.io/prometheus/node-exporter:v1.7.0 "
    "registry.internal/billing/worker:3.2.1 docker.io/library/python:3.12-slim busybox:1.36"
)
_DBS = _words("orders billing crm_prod hr_core analytics inventory auth users_db ledger")
_TABLES = _words("orders invoices customers accounts payments sessions employees leads audit_log line_items")
_QUEUES = _words("email-outbound invoice-events crm.sync payroll.jobs ingest-raw notifications dead-letter")
_COMPANIES = _words(
    "Northwind_Traders Globex_Corp Initech Umbrella_Health Stark_Logistics Wayne_Foods Acme_Retail "
    "Blue_Harbor_Ltd Vandelay_Imports Hooli Pied_Piper Soylent_Foods Tyrell_Systems",
    spaces="_",
)
_UAS = (
    '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"',
    '"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Safari/605.1.15"',
    '"curl/8.5.0"',
    '"python-requests/2.31.0"',
    '"Go-http-client/1.1"',
    '"kube-probe/1.29"',
    '"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"',
    '"okhttp/4.12.0"',
    '"-"',
)
_URL_PATHS = (
    "/api/v1/orders/{id}",
    "/api/v2/customers/{id}/invoices",
    "/v2/{hex32}/servers/detail",
    "/v2/{hex32}/servers/{uuid}",
    "/v2.0/ports.json?device_id={uuid}",
    "/v3/auth/tokens",
    "/static/js/app.{hex8}.js",
    "/index.html",
    "/login",
    "/healthz",
    "/metrics",
    "/api/users/{id}/profile",
    "/search?q=report&page={small}",
    "/images/products/{id}.jpg",
    "/graphql",
    "/wp-login.php",
    "/api/v1/payments/{hex8}/refund",
    "/favicon.ico",
    "/downloads/report_{id}.pdf",
)
_FILES = (
    "/var/lib/app/data/{id}.db",
    "/etc/nginx/conf.d/site.conf",
    "/home/{first}/reports/q{small}.xlsx",
    "/data/export/batch_{id}.csv",
    "/var/log/app/worker.log",
    "/srv/uploads/{hex8}.bin",
    "/opt/app/config/settings.yaml",
    "C:\\ProgramData\\App\\cache\\{hex8}.tmp",
)


def _pick(seq: tuple[str, ...]) -> Gen:
    return lambda r: seq[r.randrange(len(seq))]


def _ip(r: random.Random) -> str:
    k = r.random()
    if k < 0.4:
        return f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
    if k < 0.6:
        return f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}"
    if k < 0.7:
        return f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}"
    return _pip(r)


def _pip(r: random.Random) -> str:
    first = r.choice((23, 31, 45, 61, 77, 91, 103, 113, 141, 159, 185, 193, 198, 203, 212))
    return f"{first}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"


def _hex(n: int) -> Gen:
    return lambda r: "".join(r.choices("0123456789abcdef", k=n))


def _uuid(r: random.Random) -> str:
    h = _hex(32)(r)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def _user(r: random.Random) -> str:
    k = r.random()
    first, last = r.choice(_FIRST), r.choice(_LAST)
    if k < 0.35:
        return f"{first[0]}{last}"
    if k < 0.55:
        return f"{first}.{last}"
    if k < 0.75:
        return r.choice(_SYS_USERS)
    if k < 0.9:
        return f"{first}{r.randrange(1, 99)}"
    return f"{last}_{first[0]}"


def _user_id(r: random.Random) -> str:
    k = r.random()
    if k < 0.4:
        return f"U{r.randrange(10, 99999)}"
    if k < 0.7:
        return str(r.randrange(100, 999999))
    if k < 0.85:
        return f"usr_{_hex(8)(r)}"
    return f"EMP{r.randrange(1000, 99999)}"


def _email(r: random.Random) -> str:
    return f"{r.choice(_FIRST)}.{r.choice(_LAST)}@{r.choice(_DOMAINS)}"


def _host(r: random.Random) -> str:
    k = r.random()
    role = r.choice(_HOST_ROLES)
    if k < 0.5:
        return f"{role}-{r.randrange(1, 40):02d}"
    if k < 0.8:
        return f"{role}{r.randrange(1, 20)}.{r.choice(_SITES)}.{r.choice(_DOMAINS)}"
    return f"ip-{r.randrange(10, 11)}-{r.randrange(256)}-{r.randrange(256)}-{r.randrange(256)}"


def _node(r: random.Random) -> str:
    return f"{r.choice(('node', 'worker', 'compute', 'dn', 'nm', 'k8s-node'))}-{r.randrange(1, 64)}"


def _pod(r: random.Random) -> str:
    return f"{r.choice(_SERVICES)}-{_hex(9)(r)[: r.choice((9, 10))]}-{''.join(r.choices(string.ascii_lowercase, k=5))}"


def _size(r: random.Random) -> str:
    return str(int(r.lognormvariate(7.5, 2.0)) + r.randrange(0, 50))


def _amount(r: random.Random) -> str:
    return f"{r.lognormvariate(5, 1.5):.2f}"


def _date(r: random.Random) -> str:
    return (datetime(2023, 1, 1) + timedelta(days=r.randrange(900))).strftime("%Y-%m-%d")


def _ver(r: random.Random) -> str:
    return f"{r.randrange(0, 12)}.{r.randrange(0, 30)}.{r.randrange(0, 20)}"


def _status(r: random.Random) -> str:
    codes = (
        "200",
        "201",
        "204",
        "301",
        "302",
        "304",
        "400",
        "401",
        "403",
        "404",
        "409",
        "429",
        "500",
        "502",
        "503",
        "504",
    )
    weights = (40, 5, 4, 3, 4, 6, 4, 3, 3, 8, 1, 2, 4, 2, 2, 1)
    return r.choices(codes, weights=weights)[0]


def _url(r: random.Random) -> str:
    return fill(r.choice(_URL_PATHS), r)


def _file(r: random.Random) -> str:
    return fill(r.choice(_FILES), r)


def _ts(r: random.Random) -> str:
    d = datetime(2023, 1, 1) + timedelta(seconds=r.randrange(900 * 86400))
    return d.strftime("%Y-%m-%dT%H:%M:%S") + f".{r.randrange(1000):03d}Z"


def _clf(r: random.Random) -> str:
    return _moment(r).strftime("%d/%b/%Y:%H:%M:%S +0000")


def _moment(r: random.Random) -> datetime:
    return datetime(2023, 1, 1) + timedelta(seconds=r.randrange(900 * 86400))


_REASONS = {
    "200": "OK",
    "201": "Created",
    "204": "No Content",
    "301": "Moved Permanently",
    "302": "Found",
    "304": "Not Modified",
    "400": "Bad Request",
    "401": "Unauthorized",
    "403": "Forbidden",
    "404": "Not Found",
    "409": "Conflict",
    "429": "Too Many Requests",
    "500": "Internal Server Error",
    "502": "Bad Gateway",
    "503": "Service Unavailable",
    "504": "Gateway Timeout",
}


_UNITS = _words(
    "nginx.service postgresql.service docker.service containerd.service kubelet.service sshd.service "
    "redis-server.service elasticsearch.service kafka.service mysqld.service rabbitmq-server.service "
    "cron.service etcd.service consul.service haproxy.service grafana-server.service node_exporter.service"
)
_PKGS = _words(
    "openssl curl nginx libssl3 linux-image-generic tzdata python3 git openssh-server ca-certificates "
    "docker-ce containerd.io postgresql-16 systemd bash sudo vim glibc kernel-core"
)
_NPM = _words(
    "request@2.88.2 uuid@3.4.0 har-validator@5.1.5 querystring@0.2.0 core-js@2.6.12 request-promise@4.2.6 "
    "@babel/polyfill@7.12.1 rimraf@3.0.2 glob@7.2.3 inflight@1.0.6 node-sass@7.0.3 tslint@6.1.3"
)
_REGIONS = _words("us-east-1 us-west-2 eu-west-1 eu-central-1 ap-southeast-2 ap-northeast-1")
_TF = _words(
    "aws_instance.web[0] aws_s3_bucket.logs aws_db_instance.main module.vpc.aws_subnet.private[1] "
    "google_compute_instance.worker azurerm_storage_account.data kubernetes_deployment.api aws_iam_role.ci"
)
_JCLS = _words(
    "com.acme.orders.OrderService com.acme.billing.InvoiceController com.globex.crm.LeadSyncJob "
    "com.initech.hr.PayrollBatch org.hibernate.engine.jdbc.spi.SqlExceptionHelper "
    "com.acme.gateway.PaymentClient com.acme.inventory.StockReservation"
)


def _sid(r: random.Random) -> str:
    parts = (r.randrange(10**9, 4 * 10**9), r.randrange(10**9, 4 * 10**9), r.randrange(10**8, 10**9))
    return "S-1-5-21-" + "-".join(map(str, parts)) + f"-{r.randrange(500, 9999)}"


def _mac(r: random.Random) -> str:
    return ":".join(f"{r.randrange(256):02x}" for _ in range(6))


def _wuser(r: random.Random) -> str:
    dom = r.choice(("CORP", "ACME", "CONTOSO", "AD", "GLOBEX"))
    return f"{dom}\\{_user(r)}"


GENERATORS: dict[str, Gen] = {
    "clf": _clf,
    "wdate": lambda r: _moment(r).strftime("%d/%b/%Y %H:%M:%S"),
    "gdate": lambda r: _moment(r).strftime("%Y/%m/%d - %H:%M:%S"),
    "epoch": lambda r: str(int(_moment(r).timestamp())),
    "statusr": lambda r: (lambda s: f"{s} {_REASONS[s]}")(_status(r)),
    "domain": lambda r: f"{r.choice(('api', 'www', 'shop', 'app', 'cdn', 'auth', 'hooks'))}.{r.choice(_DOMAINS)}",
    "ip": _ip,
    "pip": _pip,
    "port": lambda r: str(r.randrange(1024, 65535)),
    "user": _user,
    "first": _pick(_FIRST),
    "last": _pick(_LAST),
    "name": lambda r: f"{r.choice(_FIRST).title()} {r.choice(_LAST).title()}",
    "user_id": _user_id,
    "uid": lambda r: str(r.randrange(1000, 65000)),
    "email": _email,
    "host": _host,
    "node": _node,
    "uuid": _uuid,
    "req": lambda r: f"req-{_uuid(r)}",
    "hex8": _hex(8),
    "hex12": _hex(12),
    "hex32": _hex(32),
    "sha": _hex(40),
    "cid": _hex(64),
    "id": lambda r: str(r.randrange(1000, 999999)),
    "small": lambda r: str(r.randrange(1, 10)),
    "n": lambda r: str(r.randrange(2, 60)),
    "num": lambda r: str(r.randrange(1, 100000)),
    "pct": lambda r: str(r.randrange(1, 100)),
    "pcthi": lambda r: str(r.randrange(85, 100)),
    "pctf": lambda r: f"{r.uniform(0.5, 99.9):.1f}",
    "size": _size,
    "kb": lambda r: str(r.randrange(1, 900000)),
    "mb": lambda r: str(r.randrange(16, 262144)),
    "gb": lambda r: str(r.randrange(1, 4096)),
    "ms": lambda r: str(int(r.lognormvariate(4, 1.5)) + 1),
    "sec": lambda r: f"{r.lognormvariate(0, 1.2):.3f}",
    "secs": lambda r: str(r.randrange(1, 3600)),
    "date": _date,
    "ts": _ts,
    "hour": lambda r: f"{r.randrange(24):02d}:{r.randrange(60):02d}",
    "url": _url,
    "file": _file,
    "method": lambda r: r.choices(("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"), (60, 20, 8, 5, 4, 3))[0],
    "status": _status,
    "ua": _pick(_UAS),
    "ver": _ver,
    "major": lambda r: str(r.randrange(2, 12)),
    "pid": lambda r: str(r.randrange(100, 65000)),
    "tid": lambda r: str(r.randrange(100, 65000)),
    "pod": _pod,
    "ns": _pick(_NAMESPACES),
    "image": _pick(_IMAGES),
    "svc": _pick(_SERVICES),
    "db": _pick(_DBS),
    "table": _pick(_TABLES),
    "queue": _pick(_QUEUES),
    "company": _pick(_COMPANIES),
    "amount": _amount,
    "cur": _pick(("USD", "EUR", "GBP", "CHF", "JPY", "INR")),
    "dev": _pick(("sda", "sdb", "sdc", "sdd", "nvme0n1", "nvme1n1", "vda", "xvdf")),
    "mount": _pick(("/", "/var", "/data", "/home", "/tmp", "/var/lib/docker", "/srv", "/opt")),
    "iface": _pick(("eth0", "eth1", "ens3", "ens192", "bond0", "enp0s31f6", "wlan0")),
    "app_id": lambda r: f"application_{r.randrange(1445000000000, 1699999999999)}_{r.randrange(1, 9999):04d}",
    "attempt": lambda r: (
        f"attempt_{r.randrange(1445000000000, 1699999999999)}_{r.randrange(1, 9999):04d}_"
        f"{r.choice('mr')}_{r.randrange(0, 999):06d}_{r.randrange(0, 4)}"
    ),
    "country": _pick(("RU", "CN", "BR", "NG", "KP", "IR", "VN", "RO", "US", "DE", "NL", "IN")),
    "blk": lambda r: f"blk_{r.choice(('', '-'))}{r.randrange(10**17, 10**19)}",
    "tenant": _hex(32),
    "order": lambda r: f"{r.choice(('ORD-', 'SO-', '', 'PO-'))}{r.randrange(1000, 999999)}",
    "invoice": lambda r: f"{r.choice(('INV-', 'INV', 'BL-'))}{r.randrange(2022, 2026)}-{r.randrange(1, 99999):05d}",
    "ticket": lambda r: f"{r.choice(('', 'TCK-', 'SUP-', 'INC'))}{r.randrange(1000, 99999)}",
    "lead": lambda r: f"{r.choice(('', 'L-', 'LD'))}{r.randrange(1000, 99999)}",
    "emp": lambda r: f"{r.choice(('E', 'EMP', 'HR-', ''))}{r.randrange(1000, 99999)}",
    "acct": lambda r: f"{r.choice(('ACC-', 'A', 'CUST-', ''))}{r.randrange(10000, 9999999)}",
    "sku": lambda r: f"{''.join(r.choices(string.ascii_uppercase, k=3))}-{r.randrange(100, 9999)}",
    "sid": _sid,
    "mac": _mac,
    "wuser": _wuser,
    "unit": _pick(_UNITS),
    "pkg": _pick(_PKGS),
    "npm": _pick(_NPM),
    "region": _pick(_REGIONS),
    "tfres": _pick(_TF),
    "jcls": _pick(_JCLS),
    "awsacct": lambda r: str(r.randrange(10**11, 10**12)),
    "instance": lambda r: "i-0" + _hex(16)(r),
    "epochms": lambda r: str(int(_moment(r).timestamp() * 1000)),
    "logon": _pick(("2", "3", "3", "3", "10", "7", "5")),
    "hex4": _hex(4),
    "hex16": _hex(16),
    "hex24": _hex(24),
    "kver": lambda r: f"{r.choice(('5.15.0', '6.1.0', '6.5.0', '4.18.0', '6.8.0'))}-{r.randrange(20, 120)}-generic",
    "cve": lambda r: f"CVE-{r.randrange(2019, 2025)}-{r.randrange(1000, 49999)}",
    "proto": _pick(("TCP", "UDP", "TCP", "ICMP")),
    "latency": lambda r: f"{r.lognormvariate(3, 1.3):.{r.choice((1, 2, 3))}f}ms",
    "build": lambda r: str(r.randrange(1, 4000)),
}


def register(generators: dict[str, Gen]) -> None:
    """Adds placeholder generators (from a family module); a name already taken must not change meaning."""
    for key, gen in generators.items():
        if key in GENERATORS and GENERATORS[key] is not gen:
            raise ValueError(f"placeholder {{{key}}} is already defined in training/values.py; pick another name")
        GENERATORS[key] = gen


def generate_value(key: str, r: random.Random) -> str:
    """Value for one placeholder; `ip2` is another `ip`."""
    gen = GENERATORS.get(key) or GENERATORS.get(key.rstrip("0123456789"))
    if gen is None:
        raise KeyError(f"unknown placeholder {{{key}}}: add a generator to training/values.py")
    return gen(r)


def fill(pattern: str, r: random.Random) -> str:
    """Fill a small nested pattern (used by url and file paths); one value per placeholder name."""
    out: list[str] = []
    rest = pattern
    while "{" in rest:
        head, _, tail = rest.partition("{")
        key, _, rest = tail.partition("}")
        out.append(head)
        out.append(generate_value(key, r))
    out.append(rest)
    return "".join(out)
