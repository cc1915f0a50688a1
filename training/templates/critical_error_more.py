"""Critical Error, more systems: a node, service, database, cluster or hardware part is down or can't start."""

from functools import partial

from training.templates import make

t = partial(make, "Critical Error")

TEMPLATES = [
    t(
        "crit.systemd_emergency",
        "systemd",
        "syslog journal none",
        'You are in emergency mode. After logging in, type "journalctl -xb" to view system logs',
        "Failed to mount {mount}. See 'systemctl status {data|var|srv}.mount' for details.",
        proc="systemd",
    ),
    t(
        "crit.ext4_journal",
        "kernel",
        "syslog journal none",
        "EXT4-fs error (device {dev}1): ext4_journal_check_start:{n}: Detected aborted journal",
        "Aborting journal on device {dev}1-8.",
        "EXT4-fs ({dev}1): Remounting filesystem read-only",
        proc="kernel",
    ),
    t(
        "crit.disk_io_error",
        "kernel",
        "syslog journal none",
        "ata{small}.00: failed command: READ FPDMA QUEUED; ata{small}: hard resetting link; disk offline",
        proc="kernel",
    ),
    t(
        "crit.md_raid_fail",
        "kernel mdadm",
        "syslog none",
        "md/raid1:md{small}: Disk failure on {dev}1, disabling device. md/raid1:md{small}: not enough operational "
        "mirrors",
        "md/raid:md{small}: not enough operational devices ({small}/4 failed)",
        "md: md{small}: cannot start array: both mirror members missing",
        "Fail event detected on md device /dev/md{small}, component device /dev/{dev}1; array FAILED",
        proc="kernel",
    ),
    t(
        "crit.zfs_pool",
        "zed zfs",
        "syslog none",
        "eid={n} class=statechange pool='{tank|rpool|data}' vdev={dev} vdev_state=FAULTED",
        "pool '{tank|rpool|data}' state: UNAVAIL; One or more devices could not be opened. There are insufficient "
        "replicas for the pool to continue functioning.",
        "ZFS: pool {tank|rpool|data} has encountered an uncorrectable I/O failure and has been suspended.",
        proc="zed",
    ),
    t(
        "crit.ipmi_sel",
        "ipmi idrac ilo bmc",
        "none syslog",
        "SEL Entry: {hex4} | {date} | {hour}:00 | Processor CPU{small} Status | IERR | Asserted",
        "{hex4} | {date} | {hour}:12 | Power Supply PS{small} | Failure detected | Asserted",
        "{hex4} | {date} | {hour}:45 | Memory #0x0{small} | Uncorrectable ECC | Asserted",
        "CPU {small} machine check error detected. System halted.",
        "The system board {PS1 PG Fail|fail-safe voltage} is outside of range; server powered off",
        proc="ipmievd",
    ),
    t(
        "crit.win_unexpected_shutdown",
        "WindowsEventLog",
        "win winkv none",
        "The previous system shutdown at {hour}:07 on {date} was unexpected.",
        "The system has rebooted without cleanly shutting down first. This error could be caused if the system "
        "stopped responding, crashed, or lost power unexpectedly.",
        "The computer has rebooted from a bugcheck. The bugcheck was: 0x000000{small}e (0x{hex16}). A dump was saved.",
        logger="EventLog:6008|Microsoft-Windows-Kernel-Power:41|Microsoft-Windows-WER-SystemErrorReporting:1001",
    ),
    t(
        "crit.win_disk",
        "WindowsEventLog",
        "win winkv",
        "The file system structure on the disk is corrupt and unusable. Please run the chkdsk utility on the volume "
        "{C|D|E}:. The volume has been taken offline.",
        "The driver detected a controller error on \\Device\\Harddisk{small}\\DR{small}.",
        logger="disk:7|Ntfs:55|disk:11",
    ),
    t(
        "crit.pg_startup",
        "postgresql",
        "pg none",
        'FATAL:  data directory "/var/lib/postgresql/{major}/main" has invalid permissions',
        "PANIC:  could not locate a valid checkpoint record",
        'PANIC:  could not write to file "pg_wal/xlogtemp.{pid}": No space left on device',
        "LOG:  startup process (PID {pid}) was terminated by signal 6: Aborted; aborting startup due to startup "
        "process failure",
        "FATAL:  could not create shared memory segment: Cannot allocate memory",
    ),
    t(
        "crit.mysql_innodb",
        "mysql mariadb",
        "mysql none",
        "[InnoDB] Database page corruption on disk or a failed file read of page [page id: space={n}, page "
        "number={num}]. You may have to recover from a backup.",
        "[InnoDB] Plugin initialization aborted with error Generic error.",
        "Can't start server: Bind on TCP/IP port: Address already in use",
        "[Server] Failed to initialize DD Storage Engine; Aborting",
    ),
    t(
        "crit.mongo_json",
        "mongodb",
        "none",
        '{{"t":{{"$date":"{ts}"}},"s":"F","c":"STORAGE","id":28595,"ctx":"initandlisten","msg":"Terminating.",'
        '"attr":{{"reason":"1: Operation not permitted"}}}}',
        '{{"t":{{"$date":"{ts}"}},"s":"F","c":"-","id":23091,"ctx":"ReplWriterWorker-{small}","msg":"Fatal assertion",'
        '"attr":{{"msgid":34437,"file":"src/mongo/db/repl/oplog_applier.cpp","line":{n}}}}}',
        '{{"t":{{"$date":"{ts}"}},"s":"E","c":"STORAGE","id":22435,"ctx":"initandlisten","msg":"WiredTiger error",'
        '"attr":{{"error":-31802,"message":"WT_ERROR: non-specific WiredTiger error"}}}}',
    ),
    t(
        "crit.mongo_text",
        "mongodb",
        "mongo",
        "Failed to start up WiredTiger under any compatibility version. This may be due to an unsupported upgrade or "
        "downgrade.",
        "Data directory /data/db not found. Create the missing directory or specify another path using --dbpath",
        "***** SERVER RESTARTED ***** after unclean shutdown; replica set member {host} unable to recover",
        logger="STORAGE|CONTROL",
    ),
    t(
        "crit.redis_more",
        "redis",
        "redis",
        "Failed listening on port 6379 (tcp), aborting.",
        "Short read or OOM loading DB. Unrecoverable error, aborting now.",
        "Can't handle RDB format version {n}",
        "Cluster state changed: fail",
    ),
    t(
        "crit.es_node",
        "elasticsearch",
        "es json",
        "uncaught exception in thread [main] org.elasticsearch.bootstrap.StartupException: "
        "java.lang.IllegalStateException: failed to obtain node locks",
        "master not discovered yet, this node has not previously joined a bootstrapped cluster",
        "fatal error in thread [elasticsearch[{node}][write][T#{small}]], exiting java.lang.InternalError: "
        "a fault occurred in an unsafe memory access operation",
        logger="o.e.b.ElasticsearchUncaughtExceptionHandler|o.e.c.c.ClusterFormationFailureHelper",
    ),
    t(
        "crit.cassandra",
        "cassandra",
        "cassandra",
        "Exception encountered during startup: Unable to gossip with any peers",
        "JVM state determined to be unstable.  Exiting forcefully due to: java.lang.OutOfMemoryError: Java heap space",
        "Stopping native transport; disk failure policy 'stop' triggered by corrupt sstable {file}",
        logger="CassandraDaemon|JVMStabilityInspector|DefaultFSErrorHandler",
    ),
    t(
        "crit.kafka_broker_more",
        "kafka",
        "kafka",
        "[KafkaServer id={small}] Fatal error during KafkaServer startup. Prepare to shutdown",
        "Shutdown broker because all log dirs in /var/lib/kafka/data have failed",
        "[Controller id={small}] {n} partitions are offline; no leader available for topic {queue}",
        logger="kafka.server.KafkaServer|kafka.log.LogManager|kafka.controller.KafkaController",
    ),
    t(
        "crit.rabbitmq_cluster",
        "rabbitmq",
        "rabbitmq",
        "Mnesia(rabbit@{host}): ** ERROR ** mnesia_event got {{inconsistent_database, running_partitioned_network, "
        "rabbit@{host2}}}",
        "BOOT FAILED: Timeout contacting cluster nodes: [rabbit@{host}]",
        "Partial partition detected: rabbit@{host} believes rabbit@{host2} is down; pausing node",
    ),
    t(
        "crit.consul_vault",
        "consul vault nomad",
        "hclog",
        "No cluster leader; raft: failed to contact quorum of nodes, operation timed out",
        "core: vault is sealed; unseal required before any request can be served",
        "error starting agent: Failed to start Consul server: Failed to start Raft: permission denied",
        logger="agent.server|core|agent",
    ),
    t(
        "crit.k8s_node_runtime",
        "kubelet",
        "klog journal",
        "Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin "
        "returns error: cni plugin not initialized",
        '"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active {n}m0s ago"',
        '"command failed" err="failed to run Kubelet: running with swap on is not supported, please disable swap"',
        proc="kubelet",
    ),
    t(
        "crit.spring_startup",
        "java spring tomcat",
        "spring java",
        "APPLICATION FAILED TO START: Web server failed to start. Port {8080|8443|9090} was already in use.",
        "Application run failed org.springframework.beans.factory.BeanCreationException: Error creating bean with "
        "name 'dataSource': Failed to determine a suitable driver class",
        "Application run failed: Flyway migration V{n}__init.sql failed on database {db}; shutting down",
        logger="o.s.boot.SpringApplication|o.s.b.d.LoggingFailureAnalysisReporter",
    ),
    t(
        "crit.tomcat_context",
        "tomcat jetty",
        "tomcat",
        "Failed to start component [StandardServer[8005]]; Catalina stopping",
        logger="org.apache.catalina.core.StandardContext.startInternal|org.apache.catalina.startup.Catalina.start",
    ),
    t(
        "crit.runtime_startup",
        "node gunicorn dotnet",
        "none pino py dotnet",
        "Error: listen EADDRINUSE: address already in use :::{3000|8080|4000}",
        "[nodemon] app crashed - waiting for file changes before starting...",
        "Worker failed to boot. Reason: App failed to load.; shutting down: Master",
        "Hosting failed to start System.IO.IOException: Failed to bind to address http://[::]:80: address already "
        "in use.",
        "Unhandled exception. System.InvalidOperationException: Unable to resolve service for type "
        "'{Acme.Orders.IOrderRepository|Globex.Crm.ILeadStore|Initech.Hr.IPayrollClient}' while attempting to "
        "activate the host; application terminated",
        logger="Microsoft.Extensions.Hosting.Internal.Host|gunicorn.error",
    ),
    t(
        "crit.network_device",
        "cisco juniper",
        "syslog",
        "%PLATFORM-2-PS_FAIL: Power supply {small} failed; chassis running without redundancy",
        "%ENVMON-1-SHUTDOWN: Environmental Monitor initiated shutdown due to temperature",
        "CHASSISD_FRU_OFFLINE_NOTICE: Taking FPC {small} offline: Error",
        "%ASA-1-105005: (Primary) Lost Failover communications with mate on interface outside; both units active",
        proc="chassisd",
    ),
    t(
        "crit.hbase_yarn",
        "hbase yarn",
        "hadoop",
        "ABORTING region server {host},16020,{epochms}: Unhandled exception: "
        "org.apache.hadoop.hbase.DroppedSnapshotException",
        "Master startup cannot progress, in holding-pattern until region onlined; hbase:meta unavailable",
        "Received SHUTDOWN signal from Resourcemanager, Registration of NodeManager failed, Message from RM: "
        "Disallowed NodeManager",
        logger="org.apache.hadoop.hbase.regionserver.HRegionServer|org.apache.hadoop.yarn.server.nodemanager"
        ".NodeStatusUpdaterImpl",
    ),
    t(
        "crit.virtualization",
        "vmware proxmox",
        "syslog none",
        "Lost access to volume {hex8}-{hex8} ({datastore1|san-lun-01|vsan-ds}) due to connectivity issues; all VMs "
        "on it "
        "are unresponsive",
        "cluster not ready - no quorum?",
        "HA agent on host {host} in cluster {svc} has an error: host failed",
        proc="vmkernel",
    ),
    t(
        "crit.ceph_health",
        "ceph",
        "none syslog",
        "HEALTH_ERR {small} osds down; Reduced data availability: {num} pgs inactive, {n} pgs down",
        "Health check failed: {n} osds down (OSD_DOWN); mon quorum lost",
        "cluster [ERR] {n} pgs are stuck inactive for more than {secs} seconds; I/O blocked",
        proc="ceph-mon",
    ),
    t(
        "crit.cloud_instance",
        "aws gcp azure",
        "none json",
        "Instance {instance} status check failed: System reachability check failed; underlying hardware failure",
        "EC2 instance {instance} in {region} has been stopped due to a degraded host",
        "Compute Engine instance {host} was terminated by host error (compute.instances.hostError)",
        "RDS instance {db}-prod is in state incompatible-restore and cannot be started",
    ),
    t(
        "crit.data_corruption",
        "AnalyticsEngine etcd cassandra",
        "iso json zap",
        "checksum mismatch in segment {id}; store is corrupt, refusing to start",
        "Corrupt WAL segment {file} detected; database will not open until recovered",
        "panic: freepages: failed to get all reachable pages (page {num}: multiple references); bbolt db corrupted",
    ),
    t(
        "crit.core_service_kv",
        "AnalyticsEngine BillingSystem ModernCRM",
        "logfmt json zap none",
        'level=fatal msg="{svc} cannot start: database {db} unreachable at boot" err="dial tcp {ip}:5432: connect: '
        'connection refused"',
        '{{"level":"fatal","service":"{svc}","msg":"shutting down: required config file missing","path":"{file}"}}',
        "FATAL {svc} exited: invalid configuration (key=database.url is empty); service unavailable",
    ),
]
