"""Monitoring stacks: Prometheus server, Alertmanager, Grafana, node_exporter, Zabbix and Nagios.

Phrasings follow Prometheus' go-kit/slog messages ("Scrape discovery manager stopped", "WAL segment
loaded", "Error sending alert", "compaction failed"), Alertmanager's ("Notify for alerts failed",
"Completed loading of configuration file"), Grafana's logger texts ("HTTP Server Listen", "Invalid
username or password", "Request Completed"), Zabbix server ("cannot send list of active checks") and
Nagios ("SERVICE ALERT:", "HOST NOTIFICATION:").
"""

from training.templates.families._kit import CRIT, DEP, ERR, HTTP, RES, SEC, SN, UA, maker

FAMILY = "monitoring"
t = maker("monitoring", sources="prometheus alertmanager grafana", prefixes="logfmt gostd journal", proc="prometheus")

TEMPLATES = [
    t(
        SN,
        "prom_start",
        'Starting Prometheus Server mode=server version="(version={ver}, branch=HEAD)"',
        "Server is ready to receive web requests.",
        "TSDB started",
        "Loading configuration file filename=/etc/prometheus/prometheus.yml",
    ),
    t(
        SN,
        "prom_compact",
        "write block mint={epochms} maxt={epochms} ulid=01H{hex16} duration={ms}ms",
        "Head GC completed caller=head.go:1200 duration={ms}ms",
        "Deleting obsolete block block=01H{hex16}",
        "WAL checkpoint complete first={num} last={num} duration={ms}ms",
    ),
    t(
        ERR,
        "prom_scrape",
        "Error on ingesting samples that are too old or are too far into the future num_dropped={n}",
        'Scrape commit failed err="write to WAL: log samples: write /prometheus/wal/{id}: no space left on device"',
        'Error sending alert err="Post \\"http://alertmanager:9093/api/v2/alerts\\": dial tcp {ip}:9093: connect:'
        ' connection refused"',
    ),
    t(
        CRIT,
        "prom_tsdb",
        'Opening storage failed err="open block /prometheus/01H{hex16}: invalid magic number 0"',
        'Fatal error err="opening storage failed: lock DB directory: resource temporarily unavailable"',
    ),
    t(
        ERR,
        "prom_compaction_failed",
        'compaction failed err="persist head block: mmap: cannot allocate memory"',
    ),
    t(
        RES,
        "prom_resources",
        "head series count {num}, chunks {num}, memory {mb} MB",
        "TSDB storage retention size reached: {gb} GiB of {gb} GiB; deleting oldest block",
        "sample limit of {num} exceeded by target job=node instance={ip}:9100",
    ),
    t(
        ERR,
        "am_notify",
        'Notify for alerts failed num_alerts={n} err="slack/slack[0]: notify retry canceled after {n}'
        ' attempts: unexpected status code 429"',
        "Notify attempt failed, will retry later attempts={n}"
        ' integration=email[0] err="establish connection to server: dial tcp {ip}:587: i/o timeout"',
        proc="alertmanager",
    ),
    t(
        SN,
        "am_config",
        "Completed loading of configuration file file=/etc/alertmanager/alertmanager.yml",
        "gossip settle ready after {sec}s",
        "Listening on address={ip}:9093",
        proc="alertmanager",
    ),
    t(
        SEC,
        "grafana_login_fail",
        'Invalid username or password error="invalid username or password" user={user}',
        "login attempt blocked: too many failed login attempts for user {user} from {ip}",
        'Failed to authenticate request error="invalid API key" remote_addr={ip}',
        proc="grafana",
    ),
    t(
        UA,
        "grafana_login",
        "Successful Login User={user}@{domain}",
        "User {user} logged out",
        proc="grafana",
    ),
    t(
        SN,
        "grafana_dashboard_saved",
        'Dashboard saved dashboard="Node Exporter Full" uid={hex8} user={user}',
        proc="grafana",
    ),
    t(
        HTTP,
        "grafana_http",
        "Request Completed method={method} path=/api/dashboards/uid/{hex8} status={status}"
        " remote_addr={ip} time_ms={ms} duration={ms}ms size={num}",
        "Request Completed logger=context userId={n} orgId=1 uname={user} method={method} path=/api/ds/query"
        " status={status} remote_addr={ip} time_ms={ms}",
        proc="grafana",
    ),
    t(
        DEP,
        "grafana_deprecated",
        "The [auth.anonymous] org_role setting 'Viewer' is deprecated",
        "AngularJS support is deprecated and will be removed; plugin {svc} uses Angular",
        "Flag --storage.tsdb.retention has been deprecated, use --storage.tsdb.retention.time instead",
    ),
    t(
        ERR,
        "zabbix",
        'cannot send list of active checks to "{ip}": host [{host}] not found',
        'Zabbix agent item "system.cpu.load[all,avg1]" on host "{host}" failed: first network error, wait for 15'
        " seconds",
        'failed to accept an incoming connection: connection from "{ip}" rejected, allowed hosts: "127.0.0.1"',
        proc="zabbix_server",
        prefixes="syslog none",
    ),
    t(
        CRIT,
        "nagios_host_down",
        "HOST ALERT: {host};DOWN;HARD;{small};CRITICAL - Host Unreachable ({ip})",
        "HOST NOTIFICATION: oncall;{host};DOWN;notify-host-by-email;PING CRITICAL - Packet loss = 100%",
        proc="nagios",
        prefixes="none syslog",
    ),
    t(
        RES,
        "nagios_disk",
        "SERVICE ALERT: {host};Disk Space;WARNING;SOFT;{small};DISK WARNING - free space: {mount}"
        " {mb} MB ({pct}% inode={pct}%)",
        "SERVICE ALERT: {host};Memory;CRITICAL;HARD;3;CRITICAL - {pcthi}% used ({mb} MB of {mb} MB)",
        proc="nagios",
        prefixes="none syslog",
    ),
]
