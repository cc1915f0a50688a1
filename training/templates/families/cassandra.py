"""Apache Cassandra 4.x: gossip, memtable flush, compaction, hints, repair, auth and the audit log.

Phrasings follow Cassandra's sources: Gossiper ("InetAddress /ip is now UP"), StorageService ("Node /ip state
jump to NORMAL"), ColumnFamilyStore / Memtable ("Enqueuing flush of", "Writing Memtable-"), CompactionTask
("Compacted (...) 4 sstables to"), HintsDispatchExecutor, RepairSession, CassandraDaemon / StartupChecks,
JVMStabilityInspector, GCInspector, BatchStatement size warnings, ReadCommand tombstone thresholds,
PasswordAuthenticator / UnauthorizedException and the BinAuditLogger/FileAuditLogger field layout.
"""

from training.templates.families._kit import CRIT, DEP, ERR, RES, SEC, SN, UA, deck, maker, pick
from training.values import register

register(
    {
        "cass_tbl": pick("shop.orders", "iot.readings", "auth.sessions", "catalog.products", "metrics.points_by_day"),
        "cass_mib": lambda r: f"{r.uniform(0.01, 900):.3f}MiB",
    }
)

CASS_DEP = (
    "Parameter 'enable_user_defined_functions' is deprecated, use 'user_defined_functions_enabled' instead",
    "Parameter 'concurrent_validations' is deprecated; use 'concurrent_merkle_tree_requests' instead",
    "Parameter 'enable_materialized_views' is deprecated, use 'materialized_views_enabled' instead",
    "Parameter 'otc_coalescing_strategy' is deprecated and will be removed in a future release",
    "Setting 'thrift_prepared_statements_cache_size_mb' is deprecated and ignored",
)

FAMILY = "cassandra"
t = maker("cassandra", sources="cassandra", prefixes="cassandra java", logger="StorageService")

TEMPLATES = [
    t(
        SN,
        "gossip_up",
        "InetAddress /{ip}:7000 is now UP",
        "Node /{ip}:7000 state jump to NORMAL",
        "Handshaking version with /{ip}:7000",
        "Node /{ip}:7000 has restarted, now UP",
        logger="Gossiper|StorageService|OutboundConnection",
    ),
    t(
        SN,
        "flush",
        "Enqueuing flush of {cass_tbl}: {cass_mib} ({pct}%) on-heap, 0.000KiB (0%) off-heap",
        "Writing Memtable-{cass_tbl}@{num}({cass_mib} serialized bytes, {num2} ops, {pct}%/0% of on/off-heap limit),"
        " flushed range = (min(-9223372036854775808), max(9223372036854775807)]",
        "Completed flushing /var/lib/cassandra/data/{cass_tbl}-{hex32}/nb-{n}-big-Data.db ({cass_mib}) for commitlog"
        " position CommitLogPosition(segmentId={epochms}, position={num})",
        logger="ColumnFamilyStore|Memtable",
    ),
    t(
        SN,
        "compacted",
        "Compacted ({uuid}) {small} sstables to [/var/lib/cassandra/data/{cass_tbl}-{hex32}/nb-{n}-big,] to level=0. "
        " {cass_mib} to {cass_mib2} (~{pct}% of original) in {num}ms.  Read Throughput = {cass_mib}/s, Write Throughput"
        " = {cass_mib2}/s, Row Throughput = ~{num}/s.  {num} total partitions merged to {num2}.",
        "Compacting ({uuid}) [/var/lib/cassandra/data/{cass_tbl}-{hex32}/nb-{n}-big-Data.db:level=0, ]",
        logger="CompactionTask",
    ),
    t(
        SN,
        "startup",
        "Starting listening for CQL clients on /0.0.0.0:9042 (unencrypted)...",
        "Startup complete",
        "Cassandra version: {4.1.4|4.0.12|5.0.0}",
        "Not starting RPC server as requested. Use JMX (StorageService->startRPCServer()) or nodetool (enablethrift)"
        " to start it",
        logger="Server|CassandraDaemon|StorageService",
    ),
    t(
        SN,
        "hints_done",
        "Finished hinted handoff of file {uuid}-{epochms}-2.hints to endpoint /{ip}:7000: {uuid}",
        "Deleted hint file {uuid}-{epochms}-2.hints",
        logger="HintsDispatchExecutor|HintsStore",
    ),
    t(
        SN,
        "repair_done",
        "[repair #{uuid}] Session completed successfully",
        "[repair #{uuid}] new session: will sync /{ip}:7000, /{ip2}:7000 on range [(-{num},{num2}]] for {cass_tbl}",
        "Repair command #{small} finished in {small} minutes",
        logger="RepairSession|RepairRunnable",
    ),
    t(
        SN,
        "schema",
        "Create new table: {cass_tbl}",
        "Initializing {cass_tbl}",
        "Create new Keyspace: KeyspaceMetadata{{name={svc}, params=KeyspaceParams{{durable_writes=true,"
        " replication=ReplicationParams{{class=org.apache.cassandra.locator.NetworkTopologyStrategy, dc1=3}}}}}}",
        logger="MigrationManager|ColumnFamilyStore|Schema",
    ),
    t(
        SN,
        "snapshot",
        "Snapshot for {cass_tbl} with tag {date} taken",
        "Clearing snapshot {date} of keyspace {svc}",
        "Creating snapshot for {cass_tbl} with tag pre-upgrade-{ver}",
        logger="StorageService|ColumnFamilyStore",
    ),
    t(
        SN,
        "drain",
        "DRAINING: starting drain process",
        "DRAINED",
        "Announcing shutdown",
        "Cassandra shutting down...",
        logger="StorageService|CassandraDaemon",
    ),
    t(
        ERR,
        "tombstone_abort",
        "Scanned over 100001 tombstones during query 'SELECT * FROM {cass_tbl} WHERE id = {id} LIMIT 5000' (last"
        " scanned row token was {num} and partion key was ({id})); query aborted",
        "Read {num} live rows and 100001 tombstone cells for query SELECT * FROM {cass_tbl} LIMIT 5000; query aborted"
        " (see tombstone_failure_threshold)",
        logger="ReadCommand|StorageProxy",
    ),
    t(
        ERR,
        "request_exception",
        "Unexpected exception during request; channel = [id: 0x{hex8}, L:/{ip}:9042 - R:/{ip2}:{port}]",
        "Operation timed out - received only {small} responses.",
        "Timed out replaying hints to /{ip}:7000; aborting ({num} delivered)",
        logger="ErrorMessage|StorageProxy|HintsDispatcher",
    ),
    t(
        ERR,
        "repair_failed",
        "[repair #{uuid}] Session completed with the following error",
        "Repair session {uuid} for range [(-{num},{num2}]] failed with error Could not create snapshot at /{ip}:7000",
        "Repair {uuid} failed:",
        logger="RepairSession|RepairRunnable",
    ),
    t(
        ERR,
        "compaction_failed",
        "Exception in thread Thread[CompactionExecutor:{small},1,main]",
        "Compaction of {cass_tbl} aborted: Cannot write to sstable, java.io.IOException: No space left on device",
        "Stream failed for session {uuid} with /{ip}:7000",
        logger="CassandraDaemon|CompactionManager|StreamResultFuture",
    ),
    t(
        CRIT,
        "jvm_unstable",
        "JVM state determined to be unstable.  Exiting forcefully due to:",
        "JVM state determined to be unstable.  Exiting forcefully due to: java.lang.OutOfMemoryError: Java heap space",
        logger="JVMStabilityInspector",
    ),
    t(
        CRIT,
        "startup_failed",
        "Exception encountered during startup",
        "Fatal exception during initialization",
        "Cannot start node if snitch's data center (dc1) differs from previous data center (dc2). Please fix the"
        " snitch configuration, decommission and rebootstrap this node or use the flag -Dcassandra.ignore_dc=true.",
        logger="CassandraDaemon",
    ),
    t(
        CRIT,
        "commitlog_failed",
        "Failed managing commit log segments. Commit disk failure policy is stop; terminating thread",
        "Stopping transports as disk_failure_policy is stop",
        logger="CommitLog|CommitLogReplayer|DefaultFSErrorHandler",
    ),
    t(
        CRIT,
        "sstable_corrupt",
        "Stopping gossiper",
        'Exiting forcefully due to file system exception on startup, disk failure policy "die"',
        'Corrupt sstable /var/lib/cassandra/data/{cass_tbl}-{hex32}/nb-{n}-big-Data.db; disk failure policy "stop",'
        " shutting down node",
        logger="StorageService|JVMStabilityInspector|DefaultFSErrorHandler",
    ),
    t(
        SEC,
        "auth_failed",
        "Provided username {user} and/or password are incorrect",
        "Unable to authenticate: Provided username {user} and/or password are incorrect",
        "user:{user}|host:{ip}:7000|source:/{ip2}|port:{port}|timestamp:{epochms}|type:LOGIN_ERROR|category:AUTH|"
        "operation:LOGIN FAILURE; Provided username {user} and/or password are incorrect",
        logger="PasswordAuthenticator|AuditLogManager",
    ),
    t(
        SEC,
        "unauthorized",
        "User {user} has no SELECT permission on <table {cass_tbl}> or any of its parents",
        "User {user} has no MODIFY permission on <table {cass_tbl}> or any of its parents",
        "user:{user}|host:{ip}:7000|source:/{ip2}|port:{port}|timestamp:{epochms}|type:UNAUTHORIZED_ATTEMPT|category:"
        "AUTH|operation:DROP TABLE {cass_tbl};",
        logger="ErrorMessage|AuditLogManager",
    ),
    t(
        SEC,
        "default_superuser",
        "Login attempt with the default superuser 'cassandra' from /{ip}:{port} rejected",
        "user:cassandra|host:{ip}:7000|source:/{ip2}|port:{port}|timestamp:{epochms}|type:LOGIN_ERROR|category:AUTH|"
        "operation:LOGIN FAILURE; Provided username cassandra and/or password are incorrect",
        logger="AuditLogManager",
    ),
    t(
        UA,
        "login_ok",
        "user:{user}|host:{ip}:7000|source:/{ip2}|port:{port}|timestamp:{epochms}|type:LOGIN_SUCCESS|category:AUTH|"
        "operation:LOGIN SUCCESSFUL",
        "Authenticated user {user} from /{ip}:{port}",
        logger="AuditLogManager",
    ),
    t(
        UA,
        "role_change",
        "user:{user}|host:{ip}:7000|source:/{ip2}|port:{port}|timestamp:{epochms}|type:CREATE_ROLE|category:DCL|"
        "operation:CREATE ROLE {user2} WITH PASSWORD = '*******' AND LOGIN = true;",
        "user:{user}|host:{ip}:7000|source:/{ip2}|port:{port}|timestamp:{epochms}|type:ALTER_ROLE|category:DCL|"
        "operation:ALTER ROLE {user2} WITH PASSWORD = '*******';",
        "user:{user}|host:{ip}:7000|source:/{ip2}|port:{port}|timestamp:{epochms}|type:DROP_ROLE|category:DCL|"
        "operation:DROP ROLE {user2};",
        logger="AuditLogManager",
    ),
    t(
        RES,
        "heap",
        "Heap size: {small}.000GiB/{small}.000GiB",
        "Global memtable on-heap threshold is enabled at {mb}MiB",
        "Global memtable off-heap threshold is enabled at {mb}MiB",
        logger="CassandraDaemon|ColumnFamilyStore",
    ),
    t(
        RES,
        "gc",
        "G1 Young Generation GC in {ms}ms.  G1 Eden Space: {num} -> 0; G1 Old Gen: {num2} -> {num3}; G1 Survivor Space:"
        " {num} -> {num2}",
        "G1 Old Generation GC in {num}ms.  G1 Old Gen: {num2} -> {num3};",
        logger="GCInspector",
    ),
    t(
        RES,
        "batch_size",
        "Batch for [{cass_tbl}] is of size {cass_mib}, exceeding specified threshold of 5.000KiB by {cass_mib2}.",
        "Unlogged batch covering {n} partitions detected against table [{cass_tbl}]. You should use a logged batch for"
        " atomicity, or asynchronous writes for performance.",
        logger="BatchStatement",
    ),
    t(
        RES,
        "buffer_pool",
        "Maximum memory usage reached ({mb}.000MiB), cannot allocate chunk of 1.000MiB",
        "Insufficient space to compact all requested files. {num}MiB required, {num2}MiB available",
        "Only {mb} MiB free across all data volumes. Consider adding more capacity to your cluster or removing obsolete"
        " snapshots",
        logger="BufferPool|CompactionTask|Directories",
    ),
    t(
        RES,
        "large_partition",
        "Writing large partition {cass_tbl}:{id} ({cass_mib}) to sstable /var/lib/cassandra/data/{cass_tbl}-{hex32}/nb-"
        "{n}-big-Data.db",
        "Detected partition {id} in {cass_tbl} of size {cass_mib} is greater than the maximum recommended size"
        " (100.000MiB)",
        logger="BigTableWriter|CompactionTask",
    ),
    *deck(t, DEP, "yaml_deprecated", CASS_DEP, logger="YamlConfigurationLoader|DatabaseDescriptor"),
    t(
        DEP,
        "feature_deprecated",
        "Materialized views are experimental and are not recommended for production use.",
        "SASI indexes are experimental and are not recommended for production use.",
        "The SimpleStrategy replication class is deprecated for production use; use NetworkTopologyStrategy",
        "Use of the deprecated 'COMPACT STORAGE' option on {cass_tbl}; run ALTER TABLE ... DROP COMPACT STORAGE",
        logger="ClientWarn|CreateTableStatement",
    ),
]
