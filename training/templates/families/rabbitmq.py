"""RabbitMQ broker log (connections, channels, queues, alarms, clustering, feature flags, plugins).

Phrasings follow rabbit_reader.erl ("accepting AMQP connection", "closing AMQP connection", "client
unexpectedly closed TCP connection"), rabbit_alarm.erl / vm_memory_monitor.erl ("memory resource limit
alarm set on node", "free disk space alarm"), rabbit_mnesia / peer discovery, rabbit_access_control
("login refused: user ... - invalid credentials"), and the deprecated-features warnings of 3.12/3.13.
"""

from training.templates.families._kit import CRIT, DEP, ERR, RES, SEC, SN, UA, maker

FAMILY = "rabbitmq"
t = maker("rabbitmq", sources="rabbitmq rabbitmq-server", prefixes="rabbitmq syslog journal", proc="rabbitmq-server")

TEMPLATES = [
    t(
        SN,
        "conn_accept",
        "accepting AMQP connection <0.{id}.0> ({ip}:{port} -> {ip2}:5672)",
    ),
    t(
        UA,
        "conn_authenticated",
        "connection <0.{id}.0> ({ip}:{port} -> {ip2}:5672): user '{user}' authenticated and granted access"
        " to vhost '/'",
    ),
    t(
        SN,
        "conn_close",
        "closing AMQP connection <0.{id}.0> ({ip}:{port} -> {ip2}:5672, vhost: '/', user: '{user}')",
        "Closing all channels from connection '{ip}:{port} -> {ip2}:5672' because it has been closed",
    ),
    t(
        ERR,
        "conn_unexpected",
        "closing AMQP connection <0.{id}.0> ({ip}:{port} -> {ip2}:5672): client unexpectedly closed TCP connection",
        "Error on AMQP connection <0.{id}.0> ({ip}:{port} -> {ip2}:5672, vhost: '/', user: '{user}', state: running),"
        " channel {small}: operation basic.publish caused a channel exception not_found: no exchange"
        " '{queue}' in vhost '/'",
    ),
    t(
        ERR,
        "heartbeat",
        "missed heartbeats from client, timeout: 60s",
        "closing AMQP connection <0.{id}.0> ({ip}:{port} -> {ip2}:5672): missed heartbeats from client,"
        " timeout: {30|60}s",
    ),
    t(
        SEC,
        "login_refused",
        "Error on AMQP connection <0.{id}.0> ({ip}:{port} -> {ip2}:5672, state: starting):"
        " PLAIN login refused: user '{user}' - invalid credentials",
        "HTTP access denied: user '{user}' - invalid credentials",
        "AMQP connection {ip}:{port} -> {ip2}:5672 failed: ACCESS_REFUSED - Login was refused using authentication"
        " mechanism PLAIN",
    ),
    t(
        SEC,
        "vhost_denied",
        "access to vhost '{ns}' refused for user '{user}'",
        "Error on AMQP connection <0.{id}.0>: access to vhost '/{ns}' refused for user '{user}': no access"
        " to this vhost",
    ),
    t(
        RES,
        "mem_alarm",
        "memory resource limit alarm set on node rabbit@{host}.",
        "vm_memory_high_watermark set. Memory used:{num}000000 allowed:{num}00000",
        "Memory high watermark set to {mb} MiB ({num} bytes) of {gb} GiB ({num} bytes) total",
    ),
    t(
        RES,
        "disk_alarm",
        "free disk space alarm set on node rabbit@{host}.",
        "Free disk space is insufficient. Free bytes: {num}000. Limit: 50000000",
        "Disk free limit set to {n}MB",
    ),
    t(
        RES,
        "fd_limit",
        "Limiting to approx {num} file handles ({num} sockets)",
        "file descriptor limit alarm set on node rabbit@{host}: {num} of {num} in use",
    ),
    t(
        SN,
        "startup",
        "Server startup complete; {small} plugins started.",
        "Starting RabbitMQ {3.12.13|3.13.7|4.0.5} on Erlang {26.2.5|27.1}",
        "Ready to start client connection listeners",
        "started TCP listener on [::]:5672",
    ),
    t(
        SN,
        "shutdown",
        "RabbitMQ is asked to stop...",
        "Stopping RabbitMQ applications and their dependencies",
        "Successfully stopped RabbitMQ and its dependencies",
    ),
    t(
        SN,
        "queue_declare",
        "queue '{queue}' in vhost '/' declared by user '{user}'",
        "Mirrored queue '{queue}' in vhost '/': Adding mirror on node rabbit@{host}: <{id}.{n}.0>",
    ),
    t(
        SN,
        "cluster_join",
        "node rabbit@{host} up",
        "rabbit on node rabbit@{host} up",
        "Peer discovery: node rabbit@{host} joined the cluster",
    ),
    t(
        CRIT,
        "partition",
        "Mnesia(rabbit@{host}): ** ERROR ** mnesia_event got {{inconsistent_database, running_partitioned_network,"
        " rabbit@{node}}}",
        "Partial partition detected: * We saw DOWN from rabbit@{host} * We can still see rabbit@{node} which can see"
        " rabbit@{host} * pause_minority mode enabled We will therefore pause until the *entire* cluster recovers",
    ),
    t(
        CRIT,
        "node_down",
        "node rabbit@{host} down: connection_closed",
        "Cluster minority/secondary status detected - awaiting recovery",
        "Quorum queue '{queue}' in vhost '/' lost its leader; no quorum of members available",
    ),
    t(
        CRIT,
        "boot_failed",
        "BOOT FAILED",
        "Error during startup: {{error,failed_to_initialize_feature_flags_registry}}",
        "Failed to start Ra system quorum_queues: timeout",
    ),
    t(
        ERR,
        "channel_error",
        "Channel error on connection <0.{id}.0> ({ip}:{port} -> {ip2}:5672, vhost: '/', user:"
        " '{user}'), channel {small}: operation queue.declare caused a channel exception precondition_failed:"
        " inequivalent arg 'durable' for queue '{queue}'",
        "Consumer {hex8} on channel {small} has timed out waiting for delivery acknowledgement. Timeout"
        " used: 1800000 ms.",
    ),
    t(
        ERR,
        "shovel",
        "Shovel '{queue}' in vhost '/': failed to connect to source broker: econnrefused",
        'Federation link (upstream: {host}, policy: federate-me) failed: {{auth_failure,"ACCESS_REFUSED"}}',
    ),
    t(
        UA,
        "user_admin",
        "Created user '{user}'",
        "Deleted user '{user}'",
        "Successfully changed password for user '{user}'",
        "Set permissions for user '{user}' in virtual host '/' to '.*', '.*', '.*'",
    ),
    t(
        DEP,
        "deprecated",
        "Deprecated features: `transient_nonexcl_queues`: Feature `transient_nonexcl_queues` is"
        " deprecated. By default, this feature can still be used for now.",
        "Classic queue mirroring is deprecated and will be removed in RabbitMQ 4.0; use quorum queues instead",
        "Deprecated features: `global_qos`: Feature `global_qos` is deprecated and will be removed in a future version",
    ),
    t(
        DEP,
        "config_deprecated",
        "The 'management.listener' setting is deprecated; use 'management.tcp' instead",
        "rabbitmq.config (Erlang terms) format is deprecated, please migrate to rabbitmq.conf",
    ),
]
