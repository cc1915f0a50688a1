"""Resource Usage, more systems: memory, disk, CPU, connections, file descriptors, quotas, limits, credits."""

from functools import partial

from training.templates import make

t = partial(make, "Resource Usage")
APPS = "ModernCRM BillingSystem ModernHR AnalyticsEngine ThirdPartyAPI"

TEMPLATES = [
    t(
        "res.docker_stats",
        "docker",
        "none",
        "{hex12}   {svc}   {pctf}%   {mb}MiB / {small}GiB   {pctf2}%   {kb}kB / {kb2}kB   0B / {mb2}MB   {n}",
        "container {svc} cpu={pctf}% mem_usage={mb}MiB mem_limit={small}GiB pids={n}",
        '{{"container":"{svc}","cpu_percent":{pctf},"memory_usage_bytes":{num}000,"memory_limit_bytes":{gb}000000000}}',
    ),
    t(
        "res.k8s_hpa_sched",
        "k8s kube-controller-manager",
        "none klog",
        "New size: {small}; reason: cpu resource utilization (percentage of request) above target",
        "0/{n} nodes are available: {small} Insufficient memory, {small} Insufficient cpu.",
        "{pod}   {num}m   {mb}Mi",
        "Normal  SuccessfulRescale  horizontalpodautoscaler/{svc}  New size: {small}; reason: memory resource above "
        "target",
    ),
    t(
        "res.kubelet_imagefs",
        "kubelet",
        "klog",
        "Disk usage on image filesystem is at {pcthi}% which is over the high threshold (85%). Trying to free {num}000 "
        "bytes down to the low threshold (80%).",
        "eviction manager: attempting to reclaim ephemeral-storage; nodefs.available {pct}% below threshold 10%",
        "PersistentVolumeClaim {ns}/data-{svc}-0 is {pcthi}% full ({gb}Gi of {gb2}Gi)",
    ),
    t(
        "res.es_watermark",
        "elasticsearch",
        "es",
        "high disk watermark [90%] exceeded on [{hex8}][{node}][/var/lib/elasticsearch] free: {gb}.{small}gb[{small}."
        "{small}%], shards will be relocated away from this node",
        "low disk watermark [85%] exceeded on [{hex8}][{node}][/usr/share/elasticsearch/data] free: {gb}gb[{pct}%], "
        "replicas will not be assigned to this node",
        "flood stage disk watermark [95%] exceeded on [{hex8}][{node}]; all indices on this node will be marked "
        "read-only",
        "[gc][{num}] overhead, spent [{sec}s] collecting in the last [{sec2}s]",
        "[parent] Data too large, data for [<http_request>] would be [{num}/{gb}.{small}gb], which is larger than the "
        "limit of [{num2}/{gb}gb]",
        logger="o.e.c.r.a.DiskThresholdMonitor|o.e.m.j.JvmGcMonitorService|o.e.i.b.HierarchyCircuitBreakerService",
    ),
    t(
        "res.redis_memory",
        "redis",
        "redis none",
        "OOM command not allowed when used memory > 'maxmemory'.",
        "used_memory:{num}000 used_memory_human:{mb}M maxmemory:{gb}000000000 maxmemory_policy:allkeys-lru",
        "WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the "
        "lower value of 128.",
        "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low "
        "memory condition.",
    ),
    t(
        "res.rabbitmq_alarm",
        "rabbitmq",
        "rabbitmq",
        "memory resource limit alarm set on node rabbit@{host}. Publishers will be blocked until this alarm clears",
        "vm_memory_high_watermark set. Memory used:{num}000 allowed:{num2}000",
        "Free disk space is insufficient. Free bytes: {num}. Limit: 50000000",
        "disk resource limit alarm cleared on node rabbit@{host}",
    ),
    t(
        "res.kafka_lag",
        "kafka burrow",
        "kafka json",
        "consumer group {svc} lag {num} on topic {queue} (partitions: {n})",
        '{{"group":"{svc}","topic":"{queue}","partition":{small},"current_offset":{num},"log_end_offset":{num2},'
        '"lag":{num3}}}',
        "Log directory /var/lib/kafka/data usage {pcthi}% ({gb} GB of {gb2} GB)",
        logger="kafka.log.LogManager",
    ),
    t(
        "res.pg_limits",
        "postgresql",
        "pg",
        "sorry, too many clients already",
        "remaining connection slots are reserved for non-replication superuser connections",
        "checkpoints are occurring too frequently ({n} seconds apart) HINT:  Consider increasing the configuration "
        'parameter "max_wal_size".',
        'temporary file: path "base/pgsql_tmp/pgsql_tmp{pid}.{small}", size {num}000',
    ),
    t(
        "res.mysql_limits",
        "mysql mariadb",
        "mysql none",
        "Too many connections (max_connections={num}, Threads_connected={num})",
        "The table '{table}' is full",
        "[InnoDB] page_cleaner: 1000ms intended loop took {num}ms. The settings might not be optimal. (flushed={n}, "
        "during the time.)",
        "InnoDB buffer pool usage {pct}% ({mb} MB of {mb2} MB), pages free {num}",
    ),
    t(
        "res.jvm_gc",
        "java spring kafka cassandra",
        "none java",
        "[GC (Allocation Failure) [PSYoungGen: {kb}K->{kb2}K({kb3}K)] {kb4}K->{kb5}K({kb6}K), 0.0{num} secs]",
        "[{sec}s][info][gc] GC({num}) Pause Young (Normal) (G1 Evacuation Pause) {mb}M->{mb2}M({mb3}M) {sec2}ms",
        "HikariPool-1 - Pool stats (total={n}, active={n}, idle=0, waiting={n2})",
        "Heap after GC invocations={n}: garbage-first heap total {kb}K, used {kb2}K",
    ),
    t(
        "res.tomcat_threads",
        "tomcat",
        "tomcat",
        "All threads ({num}) are currently busy, waiting. Increase maxThreads ({num}) or check the servlet status",
        'Maximum number of threads (200) created for connector ["http-nio-8080"]',
        "The web application [{svc}] appears to have started {n} threads but has failed to stop them; heap {mb}MB",
        logger="org.apache.tomcat.util.net.NioEndpoint|org.apache.catalina.loader.WebappClassLoaderBase",
    ),
    t(
        "res.runtime_memory",
        "node python go",
        "pino json none",
        "memoryUsage rss={mb}MB heapUsed={mb2}MB heapTotal={mb3}MB external={n}MB",
        "gc {num} @{sec}s {small}%: 0.0{n}+{sec2}+0.0{small} ms clock, {mb}->{mb2}->{mb3} MB, {mb4} MB goal, 8 P",
        "worker {pid} memory usage {mb} MB exceeds soft limit {mb2} MB; recycling after current request",
    ),
    t(
        "res.sysstat",
        "sysstat top node-exporter",
        "none syslog",
        "Average:        all     {pctf}      0.00      {pctf2}      {pctf3}      0.00     {pctf4}",
        "top - {hour}:01 up {n} days, load average: {small}.{n}, {small}.{n2}, {small}.{n3}",
        "MiB Mem : {mb}.0 total, {mb2}.0 free, {mb3}.0 used, {mb4}.0 buff/cache",
        "%Cpu(s): {pctf} us, {pctf2} sy, 0.0 ni, {pctf3} id, {pctf4} wa",
        proc="sar",
    ),
    t(
        "res.alertmanager",
        "prometheus alertmanager",
        "logfmt none json",
        "[FIRING:1] {HostHighCpuLoad|HostOutOfMemory|HostOutOfDiskSpace|ContainerMemoryNearLimit} ({host} warning)",
        'alertname=KubePodMemoryUsageHigh namespace={ns} pod={pod} value="{pcthi}%" severity=warning',
        "Disk is almost full (< 10% left) VALUE = {pct} LABELS = map[device:/dev/{dev}1 mountpoint:{mount}]",
    ),
    t(
        "res.fd_limits",
        "nginx haproxy linux",
        "nginx_err syslog none",
        "accept4() failed (24: Too many open files)",
        "{num} worker_connections are not enough while connecting to upstream",
        "VFS: file-max limit {num} reached",
        "open files limit is 1024 (ulimit -n); recommended at least 65535 for {svc}",
        "FD limit reached: {num} of {num} file descriptors in use",
    ),
    t(
        "res.cloud_quota",
        "aws gcp azure",
        "none json",
        "You have requested more vCPU capacity than your current vCPU limit of {n} allows for the instance bucket "
        "that the specified instance type belongs to.",
        "Quota 'CPUS' exceeded.  Limit: {n}.0 in region {region}.",
        "Operation could not be completed as it results in exceeding approved standardDSv3Family Cores quota. "
        "Current Limit: {n}, Current Usage: {n}, Additional Required: {small}",
        "Service quota L-{hex8}: {num} of {num2} used ({pcthi}%) in {region}",
    ),
    t(
        "res.api_credits",
        APPS + " github openai salesforce",
        "json iso logfmt",
        "GitHub API rate limit: {num} of 5000 remaining, resets at {hour}",
        "Rate limit reached for gpt-4o in organization org-{hex12} on tokens per min (TPM): Limit {num}, Used "
        "{num2}, Requested {num3}.",
        "Salesforce API usage: {num} of 100000 daily requests used ({pct}%)",
        "credit balance {amount} {cur} remaining; {pct}% of monthly allowance used",
        "x-ratelimit-remaining={n} x-ratelimit-limit=600 x-ratelimit-reset={secs}",
    ),
    t(
        "res.windows_resources",
        "WindowsEventLog",
        "win winkv",
        "The {C|D}: disk is at or near capacity. You may need to delete some files.",
        "Windows successfully diagnosed a low virtual memory condition. The following programs consumed the most "
        "virtual memory: {svc}.exe ({pid}) consumed {num}000 bytes",
        "Application pool '{svc}' exceeded its memory limit of {mb} KB (private bytes) and is being recycled",
        logger="srv:2013|Microsoft-Windows-Resource-Exhaustion-Detector:2004|WAS:5117",
    ),
    t(
        "res.mobile_memory",
        "android macOS",
        "logcat macos",
        "Low on memory: No more background processes; {n} cached, free {mb}MB",
        "lowmemorykiller: Kill 'com.{acme|globex}.shop' ({pid}), uid 10{n}, oom_score_adj 900 to free {kb}kB",
        "memorystatus: killing_idle_process pid {pid} [{svc}] (vm-pageshortage {small}) {kb}KB",
        logger="ActivityManager|lowmemorykiller",
        proc="kernel",
    ),
    t(
        "res.storage_pools",
        "zfs lvm ceph",
        "syslog none",
        "{tank|rpool|data}  {gb}G  {gb2}G  {gb3}G  -  -  {pct}%  {pcthi}%  1.00x  ONLINE  -",
        "WARNING: Thin pool vg{small}/thinpool data is now {pctf}% full.",
        "Monitoring thin pool vg{small}-thinpool-tpool: metadata is now {pcthi}.{small}% full",
        "pool '{svc}' is {pcthi}% full; {n} OSDs nearfull",
        proc="lvm",
    ),
    t(
        "res.yarn_container_mem",
        "yarn spark",
        "hadoop spark",
        "Container [pid={pid},containerID=container_{id}_0{small}_01_00000{small}] is running beyond physical memory "
        "limits. Current usage: {small}.{small} GB of {small} GB physical memory used; {small}.0 GB of {n} GB "
        "virtual memory used. Killing container.",
        "Spilling in-memory map of {mb}.0 MB to disk ({small} times so far)",
        "Will request {n} executor container(s), each with {small} core(s) and {mb} MB memory (including {n2} MB of "
        "overhead)",
        logger="org.apache.hadoop.yarn.server.nodemanager.containermanager.monitor.ContainersMonitorImpl|"
        "collection.ExternalSorter|yarn.YarnAllocator",
    ),
    t(
        "res.paas_memory",
        "heroku cloudrun",
        "none syslog",
        "Process running mem={mb}M({pctf}%)",
        "Error R14 (Memory quota exceeded)",
        "Memory limit of {mb} MiB exceeded with {mb2} MiB used. Consider increasing the memory limit",
        "source=web.{small} sample#memory_total={mb}.{n}MB sample#memory_quota=512.00MB sample#load_avg_1m={small}.{n}",
        proc="heroku",
    ),
    t(
        "res.network_limits",
        "kernel linux",
        "syslog journal",
        "nf_conntrack: nf_conntrack: table full, dropping packet",
        "TCP: out of memory -- consider tuning tcp_mem",
        "{iface}: rx {num} Mbps tx {num2} Mbps ({pct}% of link capacity)",
        proc="kernel",
    ),
    t(
        "res.saas_storage",
        "google-workspace o365 salesforce",
        "none json iso",
        "Mailbox for {email} is at {pcthi}% of its {gb} GB quota",
        "Storage used: {gb}.{small} GB of 15 GB ({pcthi}%)",
        "Data storage {pcthi}% used ({gb}.{small} GB of {gb2} GB); file storage {pct}% used",
    ),
    t(
        "res.swap_mem",
        "kernel linux",
        "syslog none",
        "swap usage {pcthi}% ({mb}M of {mb2}M)",
        "Free swap  = {kb}kB Total swap = {kb2}kB",
        "Node 0 Normal free:{kb}kB min:{kb2}kB low:{kb3}kB high:{kb4}kB active_anon:{kb5}kB",
        proc="kernel",
    ),
    t(
        "res.db_size",
        "postgresql mongodb AnalyticsEngine",
        "iso json pg",
        "database {db} size {gb} GB of {gb2} GB storage ({pct}%)",
        "table {table}: {gb} GB data, {gb2} GB indexes, {num} dead tuples",
        '{{"db":"{db}","collections":{n},"dataSize":{num}000000,"storageSize":{num2}000000,"indexSize":{num3}000}}',
    ),
    t(
        "res.kv_metrics",
        APPS,
        "logfmt json zap",
        'level=info msg="resource usage" cpu_pct={pctf} mem_mb={mb} goroutines={num} open_fds={num2}',
        '{{"metric":"process.memory","rss_mb":{mb},"limit_mb":{mb2},"pct":{pctf}}}',
        "usage snapshot: cpu={pctf}% mem={pctf2}% disk{mount}={pct}% net_in={kb}KB/s",
    ),
]
