"""Apache Kafka 3.x: broker (KRaft and ZooKeeper mode), controller, log cleaner, Connect, clients.

Phrasings follow Kafka's sources: KafkaServer / KafkaRaftServer / BrokerServer startup and shutdown,
SocketServer ("Failed authentication with /ip (SSL handshake failed)"), AclAuthorizer / StandardAuthorizer
("Principal = ... is Denied Operation = ..."), UnifiedLog / LocalLog (segment roll, retention deletion),
Partition ("ISR updated to"), GroupCoordinator (rebalance), LogCleaner statistics, ReplicaFetcherThread,
LogDirFailureChannel, the consumer's ConsumerCoordinator / AbstractCoordinator, the producer's Sender and
BufferPool, Connect's RestServer access lines and WorkerConfig deprecation warnings.
"""

from training.templates.families._kit import CRIT, DEP, ERR, HTTP, RES, SEC, SN, maker, pick
from training.values import register

register(
    {
        "kafka_topic": pick(
            "orders", "payments.v1", "clickstream", "__consumer_offsets", "audit-log", "cdc.public.users"
        ),
        "kafka_group": pick("orders-consumer", "billing-projector", "es-sink", "fraud-scorer", "connect-s3-sink"),
        "kafka_dir": pick("/var/lib/kafka/data", "/kafka/kafka-logs-broker-1", "/data/kafka"),
    }
)

FAMILY = "kafka"
t = maker("kafka", sources="kafka", prefixes="kafka java", logger="kafka.server.KafkaServer")
C = "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator"

TEMPLATES = [
    t(
        SN,
        "broker.started",
        "[KafkaServer id={small}] started",
        "[KafkaRaftServer nodeId={small}] Kafka Server started",
        "[BrokerServer id={small}] Transition from STARTING to STARTED",
        "Kafka version: {3.6.1|3.7.0|3.5.2}",
        logger="kafka.server.KafkaServer|kafka.Kafka$|org.apache.kafka.common.utils.AppInfoParser",
    ),
    t(
        SN,
        "socket.enable",
        "[SocketServer listenerType=BROKER, nodeId={small}] Enabling request processing.",
        "[SocketServer listenerType=ZK_BROKER, nodeId={small}] Created data-plane acceptor and processors for"
        " endpoint : ListenerName(PLAINTEXT)",
        "Awaiting socket connections on 0.0.0.0:9092.",
        logger="kafka.network.SocketServer|kafka.network.DataPlaneAcceptor",
    ),
    t(
        SN,
        "log.roll",
        "[LocalLog partition={kafka_topic}-{small}, dir={kafka_dir}] Rolled new log segment at offset {num} in"
        " {small} ms.",
        "[ProducerStateManager partition={kafka_topic}-{small}] Wrote producer snapshot at offset {num} with 0 producer"
        " ids in {small} ms.",
        logger="kafka.log.LocalLog|org.apache.kafka.storage.internals.log.ProducerStateManager",
    ),
    t(
        SN,
        "log.retention",
        "[UnifiedLog partition={kafka_topic}-{small}, dir={kafka_dir}] Deleting segment LogSegment(baseOffset={num},"
        " size={size}, lastModifiedTime={epochms}, largestRecordTimestamp=Some({epochms2})) due to retention time"
        " 604800000ms breach based on the largest record timestamp in the segment",
        "[UnifiedLog partition={kafka_topic}-{small}, dir={kafka_dir}] Incremented log start offset to {num} due to"
        " segment deletion",
        "[LocalLog partition={kafka_topic}-{small}, dir={kafka_dir}] Deleting segment files LogSegment(baseOffset="
        "{num}, size={size}, lastModifiedTime={epochms}, largestRecordTimestamp=Some({epochms2}))",
        logger="kafka.log.UnifiedLog|kafka.log.LocalLog$",
    ),
    t(
        SN,
        "partition.isr",
        "[Partition {kafka_topic}-{small} broker={small}] ISR updated to {small},{small} and version updated to {n}",
        "[Partition {kafka_topic}-{small} broker={small}] Log loaded for partition {kafka_topic}-{small} with initial"
        " high watermark {num}",
        "[ReplicaFetcherManager on broker {small}] Removed fetcher for partitions Set({kafka_topic}-{small})",
        logger="kafka.cluster.Partition|kafka.server.ReplicaFetcherManager",
    ),
    t(
        SN,
        "group.rebalance",
        "[GroupCoordinator {small}]: Preparing to rebalance group {kafka_group} in state PreparingRebalance with old"
        " generation {n} (__consumer_offsets-{n}) (reason: Adding new member consumer-{kafka_group}-{small}-{uuid}"
        " with group instance id None; client reason: rebalance failed due to MemberIdRequiredException)",
        "[GroupCoordinator {small}]: Assignment received from leader consumer-{kafka_group}-{small}-{uuid} for group"
        " {kafka_group} for generation {n}. The group has {small} members, 0 of which are static.",
        logger="kafka.coordinator.group.GroupCoordinator",
    ),
    t(
        SN,
        "controller.events",
        "[QuorumController id={small}] Created topic {kafka_topic} with topic ID {hex16}.",
        "[QuorumController id={small}] Registered new broker: RegisterBrokerRecord(brokerId={small},"
        " isMigratingZkBroker"
        "=false, incarnationId={hex16}, brokerEpoch={num}, endPoints=[BrokerEndpoint(name='PLAINTEXT', host='{host}',"
        " port=9092, securityProtocol=0)], rack=null, fenced=true, inControlledShutdown=false)",
        "[Controller id={small}] Processing automatic preferred replica leader election",
        "[RaftManager id={small}] Completed transition to Leader(localId={small}, epoch={n}, epochStartOffset={num},"
        " highWatermark=Optional.empty, voterStates={{}})",
        logger="org.apache.kafka.controller.QuorumController|kafka.controller.KafkaController|"
        "org.apache.kafka.raft.QuorumState",
    ),
    t(
        SN,
        "cleaner.done",
        "[kafka-log-cleaner-thread-0]: Log cleaner thread 0 cleaned log __consumer_offsets-{n} (dirty section ="
        " [{num}, {num2}])",
        "Cleaner 0: Cleaning log __consumer_offsets-{n} (cleaning prior to {date}, discarding tombstones prior to"
        " upper bound deletion horizon {date2})...",
        "Cleaner 0: Swapping in cleaned segment LogSegment(baseOffset=0, size={size}) for segment(s) List(LogSegment"
        "(baseOffset=0, size={size2})) in log Log(dir={kafka_dir}/__consumer_offsets-{n}, topicId={hex16})",
        logger="kafka.log.LogCleaner",
    ),
    t(
        SN,
        "consumer.joined",
        "[Consumer clientId=consumer-{kafka_group}-{small}, groupId={kafka_group}] Subscribed to topic(s):"
        " {kafka_topic}",
        "[Consumer clientId=consumer-{kafka_group}-{small}, groupId={kafka_group}] Successfully joined group with"
        " generation Generation{{generationId={n}, memberId='consumer-{kafka_group}-{small}-{uuid}', protocol='range'}"
        "}",
        "[Consumer clientId=consumer-{kafka_group}-{small}, groupId={kafka_group}] Adding newly assigned partitions:"
        " {kafka_topic}-0, {kafka_topic}-1",
        logger=f"org.apache.kafka.clients.consumer.KafkaConsumer|{C}",
    ),
    t(
        SN,
        "producer.meta",
        "[Producer clientId=producer-{small}] Cluster ID: {hex16}",
        "[Producer clientId=producer-{small}] Instantiated an idempotent producer.",
        "[Producer clientId=producer-{small}] ProducerId set to {num} with epoch 0",
        "[Producer clientId=producer-{small}] Closing the Kafka producer with timeoutMillis = 30000 ms.",
        logger="org.apache.kafka.clients.Metadata|org.apache.kafka.clients.producer.KafkaProducer|"
        "org.apache.kafka.clients.producer.internals.TransactionManager",
    ),
    t(
        SN,
        "shutdown",
        "[KafkaServer id={small}] shutting down",
        "[KafkaServer id={small}] shut down completed",
        "[BrokerServer id={small}] Transition from STARTED to SHUTTING_DOWN",
        "[ReplicaManager broker={small}] Shut down completely",
        logger="kafka.server.KafkaServer|kafka.server.BrokerServer|kafka.server.ReplicaManager",
    ),
    t(
        SN,
        "connect.task",
        "[Worker clientId=connect-1, groupId=connect-cluster] Starting connector {svc}-sink",
        "[Worker clientId=connect-1, groupId=connect-cluster] Finished starting connectors and tasks",
        "WorkerSinkTask{{id={svc}-sink-{small}}} Committing offsets asynchronously using sequence number {num}",
        logger="org.apache.kafka.connect.runtime.distributed.DistributedHerder|org.apache.kafka.connect.runtime.WorkerSinkTask",
    ),
    t(
        ERR,
        "consumer.commit_failed",
        "[Consumer clientId=consumer-{kafka_group}-{small}, groupId={kafka_group}] Offset commit failed on partition"
        " {kafka_topic}-{small} at offset {num}: The coordinator is not aware of this member.",
        "[Consumer clientId=consumer-{kafka_group}-{small}, groupId={kafka_group}] Asynchronous auto-commit of offsets"
        " {{{kafka_topic}-{small}=OffsetAndMetadata{{offset={num}, leaderEpoch=null, metadata=''}}}} failed: Commit"
        " cannot be completed since the group has already rebalanced and assigned the partitions to another member.",
        logger=C,
    ),
    t(
        ERR,
        "consumer.poll_timeout",
        "[Consumer clientId=consumer-{kafka_group}-{small}, groupId={kafka_group}] consumer poll timeout has expired."
        " This means the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms,"
        " which typically implies that the poll loop is spending too much time processing messages. You can address"
        " this either by increasing max.poll.interval.ms or by reducing the maximum size of batches returned in poll()"
        " with max.poll.records.",
        "[Consumer clientId=consumer-{kafka_group}-{small}, groupId={kafka_group}] Member consumer-{kafka_group}-"
        "{small}-{uuid} sending LeaveGroup request to coordinator {host}:9092 (id: 2147483646 rack: null) due to"
        " consumer poll timeout has expired.",
        logger="org.apache.kafka.clients.consumer.internals.AbstractCoordinator",
    ),
    t(
        ERR,
        "producer.error",
        "[Producer clientId=producer-{small}] Got error produce response with correlation id {num} on topic-partition"
        " {kafka_topic}-{small}, retrying (2147483646 attempts left). Error: NOT_LEADER_OR_FOLLOWER",
        "[Producer clientId=producer-{small}] Received invalid metadata error in produce request on partition"
        " {kafka_topic}-{small} due to org.apache.kafka.common.errors.NotLeaderOrFollowerException: For requests"
        " intended only for the leader, this error indicates that the broker is not the current leader.",
        "Error when sending message to topic {kafka_topic} with key: null, value: {size} bytes with error:",
        logger="org.apache.kafka.clients.producer.internals.Sender|"
        "org.apache.kafka.clients.producer.internals.ErrorLoggingCallback",
    ),
    t(
        ERR,
        "client.conn",
        "[Producer clientId=producer-{small}] Connection to node {small} ({host}/{ip}:9092) could not be established."
        " Node may not be available.",
        "[Consumer clientId=consumer-{kafka_group}-{small}, groupId={kafka_group}] Connection to node -1"
        " ({host}/{ip}:9092) could not be established. Broker may not be available.",
        "[AdminClient clientId=adminclient-{small}] Connection to node {small} ({host}/{ip}:9092) terminated during"
        " authentication. This may happen due to any of the following reasons: (1) Authentication failed due to"
        " invalid credentials with brokers older than 1.0.0, (2) Firewall blocking Kafka TLS traffic",
        logger="org.apache.kafka.clients.NetworkClient",
    ),
    t(
        ERR,
        "fetcher.error",
        "[ReplicaFetcher replicaId={small}, leaderId={small}, fetcherId=0] Error for partition {kafka_topic}-{small} at"
        " offset {num} org.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this"
        " topic-partition.",
        "[ReplicaFetcher replicaId={small}, leaderId={small}, fetcherId=0] Error in response for fetch request"
        " (type=FetchRequest, replicaId={small}, maxWait=500, minBytes=1, maxBytes=10485760)",
        logger="kafka.server.ReplicaFetcherThread",
    ),
    t(
        ERR,
        "cleaner.uncleanable",
        "[kafka-log-cleaner-thread-0]: Unexpected exception thrown when cleaning log Log(dir={kafka_dir}/"
        "{kafka_topic}-{small}, topicId={hex16}). Marking its partition ({kafka_topic}-{small}) as uncleanable",
        "Cleaner 0: Error while cleaning log {kafka_topic}-{small}:"
        " org.apache.kafka.common.errors.CorruptRecordException",
        logger="kafka.log.LogCleaner",
    ),
    t(
        ERR,
        "connect.task_failed",
        "WorkerSinkTask{{id={svc}-sink-{small}}} Task threw an uncaught and unrecoverable exception. Task is being"
        " killed"
        " and will not recover until manually restarted.",
        "WorkerSourceTask{{id={svc}-source-{small}}} Task is being killed and will not recover until manually"
        " restarted",
        logger="org.apache.kafka.connect.runtime.WorkerTask",
    ),
    t(
        CRIT,
        "startup_fatal",
        "[KafkaServer id={small}] Fatal error during KafkaServer startup. Prepare to shutdown",
        "Fatal error during KafkaServer startup. Prepare to shutdown kafka.common.InconsistentClusterIdException: The"
        " Cluster ID {hex16} doesn't match stored clusterId Some({hex16}) in meta.properties. The broker is trying to"
        " join the wrong cluster. Configured zookeeper.connect may be wrong.",
        "Exiting Kafka due to fatal exception during startup.",
        logger="kafka.server.KafkaServer|kafka.Kafka$",
    ),
    t(
        CRIT,
        "logdirs_failed",
        "Shutdown broker because all log dirs in {kafka_dir} have failed",
        "Error while writing to checkpoint file {kafka_dir}/recovery-point-offset-checkpoint",
        "[ReplicaManager broker={small}] Broker {small} stopped fetcher for partitions {kafka_topic}-{small} and"
        " stopped"
        " moving logs for partitions  because they are in the failed log directory {kafka_dir}.",
        logger="kafka.log.LogManager|kafka.server.LogDirFailureChannel|kafka.server.ReplicaManager",
    ),
    t(
        CRIT,
        "controller_fatal",
        "[QuorumController id={small}] Encountered fatal fault: exception while renouncing leadership",
        "[RaftManager id={small}] Unexpected error in raft IO thread",
        "Halting process: Encountered fatal fault: Unexpected error in raft IO thread",
        logger="org.apache.kafka.controller.QuorumController|org.apache.kafka.raft.KafkaRaftClientDriver|"
        "org.apache.kafka.server.fault.ProcessTerminatingFaultHandler",
    ),
    t(
        SEC,
        "socket.auth_failed",
        "[SocketServer listenerType=BROKER, nodeId={small}] Failed authentication with /{ip}"
        " (channelId={ip2}:9093-{ip}:"
        "{port}-{small}) (SSL handshake failed)",
        "[SocketServer listenerType=ZK_BROKER, nodeId={small}] Failed authentication with /{ip} (channelId={ip2}:9094-"
        "{ip}:{port}-{n}) (Authentication failed: Invalid username or password)",
        "[SocketServer listenerType=BROKER, nodeId={small}] Failed authentication with /{ip} (Unexpected Kafka request"
        " of type METADATA during SASL handshake.)",
        logger="org.apache.kafka.common.network.Selector",
    ),
    t(
        SEC,
        "authorizer.denied",
        "Principal = User:{user} is Denied Operation = Write from host = {ip} on resource = Topic:LITERAL:{kafka_topic}"
        " for request = Produce with resourceRefCount = 1",
        "Principal = User:{user} is Denied Operation = Read from host = {ip} on resource = Group:LITERAL:{kafka_group}"
        " for request = JoinGroup with resourceRefCount = 1",
        "Principal = User:ANONYMOUS is Denied Operation = Describe from host = {ip} on resource = Topic:LITERAL:"
        "{kafka_topic} for request = Metadata with resourceRefCount = 1",
        logger="kafka.authorizer.logger",
    ),
    t(
        SEC,
        "client.not_authorized",
        "[Consumer clientId=consumer-{kafka_group}-{small}, groupId={kafka_group}] Not authorized to read from"
        " partition {kafka_topic}-{small}.",
        "[Producer clientId=producer-{small}] Topic authorization failed for topics [{kafka_topic}]",
        "[Consumer clientId=consumer-{kafka_group}-{small}, groupId={kafka_group}] Not authorized to commit to group"
        " {kafka_group}",
        logger="org.apache.kafka.clients.consumer.internals.Fetcher|org.apache.kafka.clients.Metadata",
    ),
    t(
        RES,
        "cleaner.stats",
        "\tLog cleaner thread 0 cleaned log __consumer_offsets-{n} (dirty section = [{num}, {num2}])\t{pctf} MB of log"
        " processed in {sec} seconds ({pctf} MB/sec).\tIndexed {pctf} MB in {sec} seconds ({pctf} Mb/sec,"
        " {pct}.0% of total time)\tBuffer utilization: {pctf}%",
        "\tStart size: {pctf} MB ({num} messages)\tEnd size: {pctf} MB ({num2} messages)\t{pct}.0% size reduction"
        " ({pct}.0% fewer messages)",
        logger="kafka.log.LogCleaner",
    ),
    t(
        RES,
        "producer.buffer",
        "Failed to allocate {num} bytes within the configured max blocking time 60000 ms. Total memory: 33554432 bytes."
        " Available memory: {num2} bytes. Poolable size: 16384 bytes",
        "[Producer clientId=producer-{small}] buffer.memory 33554432 exhausted, {num} bytes waiting for allocation",
        logger="org.apache.kafka.clients.producer.internals.BufferPool",
    ),
    t(
        RES,
        "log.size_retention",
        "[UnifiedLog partition={kafka_topic}-{small}, dir={kafka_dir}] Found deletable segments with base offsets"
        " [{num}]"
        " due to retention size in bytes {num2} breach. Log size after deletion will be {num3}.",
        "Log directory {kafka_dir} usage: {pct}% of {gb} GB",
        logger="kafka.log.UnifiedLog",
    ),
    t(
        DEP,
        "message_format",
        "Topic configuration message.format.version with value `{2.8|2.0|0.11.0}` is ignored for `{kafka_topic}`"
        " because the inter-broker protocol version `3.{small}` is greater or equal than 3.0. This configuration is"
        " deprecated and it will be removed in Apache Kafka 4.0.",
        "Broker configuration log.message.format.version with value {2.8|2.0} is ignored because the"
        " inter.broker.protocol.version 3.{small} is greater or equal than 3.0. This configuration is deprecated and it"
        " will be removed in Apache Kafka 4.0.",
        logger="kafka.server.KafkaConfig|kafka.log.LogConfig",
    ),
    t(
        DEP,
        "connect_internal_converter",
        "The worker has been configured with one or more internal converter properties ([internal.key.converter,"
        " internal.value.converter]). Support for these properties was deprecated in version 2.0 and removed in"
        " version 3.0, and specifying them will have no effect. Instead, an instance of the JsonConverter with"
        " schemas.enable set to false will be used.",
        "Worker configuration property 'internal.key.converter' is deprecated and may be removed in an upcoming"
        " release. The specified value 'org.apache.kafka.connect.json.JsonConverter' matches the default, so this"
        " property can be safely removed from the worker configuration.",
        logger="org.apache.kafka.connect.runtime.WorkerConfig",
    ),
    t(
        DEP,
        "zk_mode",
        "ZooKeeper is deprecated and will be removed in Apache Kafka 4.0; migrate this cluster to KRaft",
        "Java 8 support in Apache Kafka is deprecated and will be removed in Apache Kafka 4.0",
        'Option "[zookeeper]" is deprecated and will be removed in a future release. Use --bootstrap-server instead.',
        logger="kafka.server.KafkaServer|kafka.admin.TopicCommand$",
    ),
    t(
        HTTP,
        "connect.rest",
        '{ip} - - [{clf}] "GET /connectors HTTP/1.1" {status} {size} "-" {ua} {ms}',
        '{ip} - - [{clf}] "GET /connectors/{svc}-sink/status HTTP/1.1" {status} {size} "-" {ua} {ms}',
        '{ip} - - [{clf}] "{PUT|POST} /connectors/{svc}-sink/config HTTP/1.1" {status} {size} "-" {ua} {ms}',
        logger="org.apache.kafka.connect.runtime.rest.RestServer",
    ),
    t(
        HTTP,
        "rest_proxy",
        '{ip} - - [{clf}] "POST /topics/{kafka_topic} HTTP/1.1" {status} {size} {ms}',
        '{ip} - - [{clf}] "GET /v3/clusters/{hex16}/topics HTTP/1.1" {status} {size} {ms}',
        logger="io.confluent.rest-utils.requests",
    ),
    t(
        SN,
        "txn_coordinator",
        "[TransactionCoordinator id={small}] Starting up.",
        "[TransactionCoordinator id={small}] Startup complete.",
        "[Transaction Marker Channel Manager {small}]: Starting",
        logger="kafka.coordinator.transaction.TransactionCoordinator|kafka.coordinator.transaction.TransactionMarkerChannelManager",
    ),
    t(
        CRIT,
        "kraft_startup_fatal",
        "[BrokerServer id={small}] Fatal error during broker startup. Prepare to shutdown",
        "[ControllerServer id={small}] Fatal error during controller startup. Prepare to shutdown",
        "[KafkaRaftServer nodeId={small}] Exiting Kafka due to fatal exception during startup.",
        logger="kafka.server.BrokerServer|kafka.server.ControllerServer|kafka.Kafka$",
        sev="crit error",
    ),
]
