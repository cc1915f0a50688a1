"""Elasticsearch 7/8 and OpenSearch 2.x: node lifecycle, cluster coordination, indices, ILM, snapshots,
disk watermarks, GC monitor, circuit breakers, security audit and the deprecation log.

Phrasings follow elasticsearch server sources: Node / AbstractHttpServerTransport ("publish_address {...},
bound_addresses {...}"), ClusterApplierService ("master node changed {previous [...], current [...]}"),
AllocationService ("Cluster health status changed from [YELLOW] to [GREEN]"), MetadataCreateIndexService
("creating index, cause [...]"), DiskThresholdMonitor (low/high/flood-stage watermark texts),
JvmGcMonitorService ("[gc][young][...] duration [...]"), HierarchyCircuitBreakerService ("[parent] Data too
large"), EsRejectedExecutionException, BootstrapChecks ("bootstrap check failure [1] of [1]"),
ElasticsearchUncaughtExceptionHandler, the audit trail's event.action values and deprecation-log messages.
"""

from training.templates.families._kit import CRIT, DEP, ERR, HTTP, RES, SEC, SN, UA, deck, maker, pick
from training.values import register

register(
    {
        "es_node": lambda r: f"{r.choice(('es', 'opensearch', 'node', 'es-data', 'es-master'))}-{r.randrange(0, 12)}",
        "es_index": pick(
            "orders-2024.06",
            "logs-app-000012",
            ".ds-logs-nginx-default-2024.05.01-000003",
            "products_v3",
            "metrics-system.cpu-default",
            "audit-{date}",
        ),
        "es_bytes": lambda r: f"{r.uniform(0.1, 999):.1f}{r.choice(('gb', 'mb', 'kb', 'gb'))}",
    }
)

ES_DEP = (
    "[types removal] Specifying types in search requests is deprecated.",
    "Legacy index templates are deprecated in favor of composable templates.",
    "this request accesses system indices: [.security-7], but in a future major version, direct access to system"
    " indices will be prevented by default",
    "[xpack.monitoring.collection.enabled] setting was deprecated in Elasticsearch and will be removed in a future"
    " release.",
    "Camel case format name dateOptionalTime is deprecated and will be removed in a future version. Use snake case"
    " name date_optional_time instead.",
    "[indices.lifecycle.rollover.only_if_has_documents] setting was deprecated and will be removed in a future"
    " release.",
    "The [standard] token filter has been removed.",
)

FAMILY = "elasticsearch"
t = maker("elasticsearch", sources="elasticsearch opensearch", prefixes="es json", logger="o.e.n.Node")

TEMPLATES = [
    t(
        SN,
        "node.lifecycle",
        "version[{8.11.3|8.13.0|7.17.18|2.11.1}], pid[{pid}], build[default/deb/{hex8}/{date}], OS[Linux/{kver}/amd64],"
        " JVM[Oracle Corporation/OpenJDK 64-Bit Server VM/21.0.1/21.0.1+12-29]",
        "initialized",
        "starting ...",
        "started {{{es_node}}}{{{hex16}}}{{{hex16}}}{{{es_node}}}{{{ip}}}{{{ip}:9300}}",
        logger="o.e.n.Node|o.o.n.Node",
    ),
    t(
        SN,
        "http.bound",
        "publish_address {{{ip}:9200}}, bound_addresses {{[::]:9200}}",
        "publish_address {{{ip}:9300}}, bound_addresses {{[::]:9300}}",
        "using discovery type [multi-node] and seed hosts providers [settings]",
        logger="o.e.h.AbstractHttpServerTransport|o.e.t.TransportService|o.e.d.DiscoveryModule",
    ),
    t(
        SN,
        "cluster.master_changed",
        "master node changed {{previous [], current [{{{es_node}}}{{{hex16}}}{{{hex16}}}{{{ip}}}{{{ip}:9300}}]}},"
        " term: {n}, version: {num}, reason: ApplyCommitRequest{{term={n}, version={num}, sourceNode={{{es_node}}}}}",
        "elected-as-master ([{small}] nodes joined)[{{{es_node}}} elect leader, _BECOME_MASTER_TASK_,"
        " _FINISH_ELECTION_],"
        " term: {n}, version: {num}, delta: master node changed {{previous [], current [{{{es_node}}}]}}",
        logger="o.e.c.s.ClusterApplierService|o.e.c.s.MasterService",
    ),
    t(
        SN,
        "cluster.node_joined",
        "added {{{{{es_node}}}{{{hex16}}}{{{hex16}}}{{{ip}}}{{{ip}:9300}}}}, term: {n}, version: {num}, reason:"
        " ApplyCommitRequest{{term={n}, version={num}}}",
        "node-join[{{{es_node}}} join existing leader], term: {n}, version: {num}, delta: added {{{{{es_node}}}}}",
        "removed {{{{{es_node}}}{{{hex16}}}}}, term: {n}, version: {num}, reason: ApplyCommitRequest{{term={n}}}",
        logger="o.e.c.s.ClusterApplierService|o.e.c.s.MasterService",
    ),
    t(
        SN,
        "health_green",
        "Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[{es_index}][0]]]).",
        "Cluster health status changed from [RED] to [YELLOW] (reason: [shards started [[{es_index}][{small}]]]).",
        logger="o.e.c.r.a.AllocationService",
    ),
    t(
        SN,
        "index.created",
        "[{es_index}] creating index, cause [auto(bulk api)], templates [{logs|metrics|orders}], shards [1]/[1]",
        "[{es_index}] creating index, cause [api], templates [], shards [{small}]/[1]",
        "[{es_index}/{hex16}] update_mapping [_doc]",
        "[{es_index}/{hex16}] deleting index",
        logger="o.e.c.m.MetadataCreateIndexService|o.e.c.m.MetadataMappingService|o.e.c.m.MetadataDeleteIndexService",
    ),
    t(
        SN,
        "ilm.step",
        "moving index [{es_index}] from"
        ' [{{"phase":"hot","action":"rollover","name":"check-rollover-ready"}}]'
        ' to [{{"phase":"hot","action":"rollover","name":"attempt-rollover"}}] in policy [logs]',
        'moving index [{es_index}] from [{{"phase":"warm","action":"complete","name":"complete"}}] to'
        ' [{{"phase":"delete","action":"delete","name":"wait-for-shard-history-leases"}}] in policy [logs]',
        logger="o.e.x.i.IndexLifecycleTransition",
    ),
    t(
        SN,
        "snapshot.done",
        "snapshot [{backups|s3-repo|nightly}:snap-{date}/{hex16}] started",
        "snapshot [{backups|s3-repo|nightly}:snap-{date}/{hex16}] completed with state [SUCCESS]",
        "snapshot lifecycle policy [nightly-snapshots] issuing create snapshot [nightly-snap-{date}]",
        logger="o.e.s.SnapshotsService|o.e.x.s.SnapshotLifecycleTask",
    ),
    t(
        SN,
        "gateway",
        "recovered [{n}] indices into cluster_state",
        "license [{uuid}] mode [{basic|trial|platinum}] - valid",
        "Security is enabled",
        "stopping ...",
        logger="o.e.g.GatewayService|o.e.l.ClusterStateLicenseService|o.e.x.s.Security|o.e.n.Node",
    ),
    t(
        ERR,
        "bulk.failed",
        "[{es_index}][{small}] failed to execute bulk item (index) index {{[{es_index}][{hex16}], source[n/a, actual"
        " length: [{es_bytes}], max length: 2kb]}}",
        "failed to execute bulk item (index) BulkShardRequest [[{es_index}][{small}]] containing [{n}] requests",
        logger="o.e.a.b.TransportShardBulkAction",
    ),
    t(
        ERR,
        "ilm.error",
        'policy [logs] for index [{es_index}] failed on step [{{"phase":"hot","action":"rollover","name":'
        '"check-rollover-ready"}}]. Moving to ERROR step',
        "policy [logs] for index [{es_index}] on an error step due to a transient error, moving back to the retryable"
        " step [check-rollover-ready]",
        logger="o.e.x.i.IndexLifecycleRunner",
    ),
    t(
        ERR,
        "snapshot.failed",
        "[{backups|s3-repo}:snap-{date}/{hex16}] failed to create snapshot",
        "snapshot [{backups|s3-repo}:snap-{date}/{hex16}] failed: [{es_index}][{small}]"
        " IndexShardSnapshotFailedException",
        "failed to update snapshot state after shards started from [{es_node}]",
        logger="o.e.s.SnapshotsService|o.e.s.SnapshotShardsService",
    ),
    t(
        ERR,
        "shard.failed",
        "failing shard [failed shard, shard [{es_index}][{small}], node[{hex16}], [P], s[STARTED], a[id={hex16}],"
        " message [shard failure, reason [lucene commit failed]], failure [IOException], markAsStale [true]]",
        "[{es_index}][{small}] marking and sending shard failed due to [failed recovery]",
        logger="o.e.c.r.a.AllocationService|o.e.i.c.IndicesClusterStateService",
    ),
    t(
        ERR,
        "join.failed",
        "failed to join {{{es_node}}}{{{hex16}}}{{{ip}}}{{{ip}:9300}} with JoinRequest{{sourceNode={{{es_node}}},"
        " minimumTerm={n}, optionalJoin=Optional.empty}}",
        "[{es_node}] failed to connect to node [{{{es_node}}}{{{hex16}}}{{{ip}}}{{{ip}:9300}}] (tried [{n}] times)",
        logger="o.e.c.c.JoinHelper|o.e.c.NodeConnectionsService",
    ),
    t(
        ERR,
        "mapping.rejected",
        "failed to put mappings on indices [[[{es_index}/{hex16}]]], type [_doc]",
        "Limit of total fields [1000] has been exceeded while adding new fields [{small}] to index [{es_index}]",
        "mapper [{amount|timestamp|user.id}] cannot be changed from type [long] to [keyword] on index [{es_index}]",
        logger="o.e.c.m.MetadataMappingService",
    ),
    t(
        CRIT,
        "fatal_thread",
        "fatal error in thread [elasticsearch[{es_node}][write][T#{small}]], exiting",
        "fatal error in thread [elasticsearch[{es_node}][search][T#{small}]], exiting java.lang.OutOfMemoryError: Java"
        " heap space",
        logger="o.e.b.ElasticsearchUncaughtExceptionHandler",
    ),
    t(
        CRIT,
        "startup_failed",
        "uncaught exception in thread [main] org.elasticsearch.bootstrap.StartupException:"
        " java.lang.IllegalStateException:"
        " failed to obtain node locks, tried [/var/lib/elasticsearch]; maybe these locations are not writable or"
        " multiple nodes were started on the same data path?",
        "node validation exception [1] bootstrap checks failed. You must address the points described in the following"
        " [1] lines before starting Elasticsearch.",
        "fatal exception while booting Elasticsearch",
        logger="o.e.b.Elasticsearch|o.e.b.BootstrapChecks",
    ),
    t(
        CRIT,
        "health_red",
        "Cluster health status changed from [YELLOW] to [RED] (reason: [shards failed [[{es_index}][0]]]).",
        "Cluster health status changed from [GREEN] to [RED] (reason: [{es_node} left]).",
        logger="o.e.c.r.a.AllocationService",
    ),
    t(
        CRIT,
        "no_master",
        "master not discovered yet, this node has not previously joined a bootstrapped cluster, and"
        " [cluster.initial_master_nodes] is empty on this node",
        "master not discovered or elected yet, an election requires at least 2 nodes with ids from [{hex16}, {hex16},"
        " {hex16}], have only discovered non-quorum [{{{es_node}}}]",
        logger="o.e.c.c.ClusterFormationFailureHelper",
    ),
    t(
        SEC,
        "auth_terminated",
        "Authentication of [{user}] was terminated by realm [reserved] - failed to authenticate user [{user}]",
        "unable to authenticate user [{user}] for REST request [/_cat/indices?v]",
        "Authentication to realm native1 failed - Password authentication failed for {user}",
        logger="o.e.x.s.a.RealmsAuthenticator|o.e.x.s.a.AuthenticatorChain",
    ),
    t(
        SEC,
        "unauthorized",
        "action [indices:admin/delete] is unauthorized for user [{user}] with effective roles [viewer] on indices"
        " [{es_index}], this action is granted by the index privileges [delete_index,manage,all]",
        "action [cluster:admin/xpack/security/user/put] is unauthorized for user [{user}] with effective roles"
        " [monitoring_user], this action is granted by the cluster privileges [manage_security,all]",
        logger="o.e.x.s.a.AuthorizationService",
    ),
    t(
        SEC,
        "audit_failed",
        '{{"type":"audit", "timestamp":"{ts}", "node.id":"{hex16}", "event.type":"rest", "event.action":'
        '"authentication_failed", "user.name":"{user}", "origin.type":"rest", "origin.address":"{ip}:{port}",'
        ' "url.path":"/_security/_authenticate", "request.method":"GET", "request.id":"{hex16}"}}',
        '{{"type":"audit", "timestamp":"{ts}", "node.id":"{hex16}", "event.type":"transport", "event.action":'
        '"access_denied", "user.name":"{user}", "user.realm":"native1", "user.roles":["viewer"], "origin.type":"rest",'
        ' "origin.address":"{ip}:{port}", "action":"indices:data/write/bulk", "indices":["{es_index}"]}}',
        '{{"type":"audit", "timestamp":"{ts}", "event.type":"rest", "event.action":"anonymous_access_denied",'
        ' "origin.type":"rest", "origin.address":"{pip}:{port}", "url.path":"/_cluster/settings",'
        ' "request.method":"PUT"}}',
        prefixes="none",
        logger="audit",
    ),
    t(
        SEC,
        "opensearch_audit",
        "[FAILED_LOGIN] user: {user}, remote address: {ip}, request path: /_plugins/_security/authinfo",
        "[MISSING_PRIVILEGES] user: {user}, privilege: indices:data/read/search, index: {es_index}",
        logger="o.o.s.a.r.AuditMessageRouter|sgaudit",
        sources="opensearch",
    ),
    t(
        UA,
        "audit_success",
        '{{"type":"audit", "timestamp":"{ts}", "node.id":"{hex16}", "event.type":"rest", "event.action":'
        '"authentication_success", "authentication.type":"REALM", "user.name":"{user}", "user.realm":"native1",'
        ' "origin.type":"rest", "origin.address":"{ip}:{port}", "url.path":"/_security/_authenticate"}}',
        "[AUTHENTICATED] user: {user}, remote address: {ip}, request path: /_plugins/_security/authinfo",
        prefixes="none",
        logger="audit",
    ),
    t(
        UA,
        "audit_user_change",
        '{{"type":"audit", "timestamp":"{ts}", "event.type":"security_config_change", "event.action":"put_user",'
        ' "user.name":"{user}", "put":{{"user":{{"name":"{user2}","enabled":true,"roles":["viewer"]}}}}}}',
        '{{"type":"audit", "timestamp":"{ts}", "event.type":"security_config_change", "event.action":"change_password",'
        ' "user.name":"{user}", "change":{{"password":{{"user":{{"name":"{user2}"}}}}}}}}',
        '{{"type":"audit", "timestamp":"{ts}", "event.type":"security_config_change", "event.action":"delete_user",'
        ' "user.name":"{user}", "delete":{{"user":{{"name":"{user2}"}}}}}}',
        prefixes="none",
        logger="audit",
    ),
    t(
        RES,
        "watermark",
        "low disk watermark [85%] exceeded on [{hex16}][{es_node}][/var/lib/elasticsearch] free:"
        " {es_bytes}[{pct}.{small}%],"
        " replicas will not be assigned to this node",
        "flood stage disk watermark [95%] exceeded on [{hex16}][{es_node}][/var/lib/elasticsearch] free: {es_bytes}"
        "[{small}.{small}%], all indices on this node will be marked read-only",
        logger="o.e.c.r.a.DiskThresholdMonitor",
    ),
    t(
        RES,
        "gc",
        "[gc][young][{num}][{n}] duration [{sec}s], collections [1]/[{sec}s], total [{sec}s]/[{n}m], memory"
        " [{es_bytes}]->[{es_bytes}]/[{small}gb], all_pools {{[young] [{es_bytes}]->[0b]/[0b]}}",
        "[gc][{num}] overhead, spent [{sec}s] collecting in the last [{sec}s]",
        logger="o.e.m.j.JvmGcMonitorService",
    ),
    t(
        RES,
        "breaker",
        "[parent] Data too large, data for [<http_request>] would be [{num}/{es_bytes}], which is larger than the limit"
        " of [{num2}/{es_bytes}], real usage: [{num}/{es_bytes}], new bytes reserved: [{num2}/{es_bytes}]",
        "[fielddata] Data too large, data for [{es_index}] would be [{es_bytes}], which is larger than the limit of"
        " [{es_bytes}]",
        logger="o.e.i.b.HierarchyCircuitBreakerService",
    ),
    t(
        RES,
        "rejected",
        "rejected execution of coordinating operation [coordinating_and_primary_bytes={num}, replica_bytes=0,"
        " all_bytes={num}, coordinating_operation_bytes={num2}, max_coordinating_and_primary_bytes={num3}]",
        "rejected execution of org.elasticsearch.action.search.FetchSearchPhase on EsThreadPoolExecutor[name ="
        " {es_node}/search, queue capacity = 1000, task execution EWMA = {ms}ms, active threads = {n}, queued tasks ="
        " 1000, completed tasks = {num}]",
        logger="o.e.a.b.TransportBulkAction|o.e.a.s.TransportSearchAction",
    ),
    t(
        RES,
        "heap_info",
        "heap size [{small}gb], compressed ordinary object pointers [true]",
        "using [1] data paths, mounts [[/var/lib/elasticsearch ({dev})]], net usable_space [{es_bytes}], net"
        " total_space"
        " [{es_bytes}], types [ext4]",
        logger="o.e.e.NodeEnvironment",
    ),
    *deck(
        t,
        DEP,
        "deprecation_log",
        ES_DEP,
        logger="o.e.d.c.m.MetadataIndexTemplateService|o.e.d.r.RestController|deprecation",
    ),
    t(
        DEP,
        "deprecation_json",
        '{{"@timestamp":"{ts}", "log.level":"WARN", "data_stream.type":"logs", "data_stream.dataset":'
        '"deprecation.elasticsearch", "elasticsearch.event.category":"api", "event.code":"index_template",'
        ' "message":"Legacy index templates are deprecated in favor of composable templates."}}',
        '{{"@timestamp":"{ts}", "log.level":"CRITICAL", "data_stream.dataset":"deprecation.elasticsearch",'
        ' "elasticsearch.event.category":"settings", "event.code":"xpack.monitoring.collection.enabled",'
        ' "message":"[xpack.monitoring.collection.enabled] setting was deprecated in Elasticsearch and will be removed'
        ' in a future release."}}',
        prefixes="none",
        logger="deprecation",
    ),
    t(
        DEP,
        "opensearch_dep",
        "[index.mapper.dynamic] setting was deprecated in OpenSearch and will be removed in a future release!",
        "The [discovery.zen.minimum_master_nodes] setting is deprecated and will be removed in a future release",
        "Usage of 'master' terminology is deprecated, use 'cluster_manager' instead",
        sources="opensearch",
        logger="o.o.d.c.s.Settings|deprecation",
    ),
    t(
        HTTP,
        "kibana_access",
        "{method} /api/status {status} {ms}ms - {small}.{small}KB",
        "{method} /internal/search/ese {status} {ms}ms - {small}.{small}KB",
        "POST /api/saved_objects/_bulk_get {status} {ms}ms - {small}.{small}KB",
        sources="kibana opensearch-dashboards",
        prefixes="none json",
        logger="http.server.response",
    ),
]
