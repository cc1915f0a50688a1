"""Redis 6/7 and Valkey server log (persistence, replication, Sentinel, Cluster), plus client-library lines.

Phrasings are the server's serverLog() texts (server.c, rdb.c "Background saving started by pid", "DB saved
on disk", aof.c, replication.c "MASTER <-> REPLICA sync started", "Partial resynchronization", sentinel.c
event names "+sdown", "+odown", "+switch-master", cluster.c "Cluster state changed", the startup warnings on
overcommit_memory / somaxconn / maxclients, the cross-protocol "Possible SECURITY ATTACK detected" guard,
debug.c's crash report) and redis-py's DeprecationWarning texts.
"""

from training.templates.families._kit import CRIT, DEP, ERR, RES, SEC, SN, maker

FAMILY = "redis"
t = maker("redis", sources="redis valkey", prefixes="redis syslog journal", proc="redis-server")

TEMPLATES = [
    t(
        SN,
        "startup",
        "Redis version={7.2.4|7.0.15|6.2.14}, bits=64, commit=00000000, modified=0, pid={pid}, just started",
        "Server initialized",
        "Ready to accept connections tcp",
        "oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo",
    ),
    t(
        SN,
        "bgsave",
        "Background saving started by pid {pid}",
        "DB saved on disk",
        "Background saving terminated with success",
        "{n} changes in {300|60|900} seconds. Saving...",
    ),
    t(
        SN,
        "rdb_load",
        "Loading RDB produced by version {ver}",
        "RDB age {n} seconds",
        "Done loading RDB, keys loaded: {num}, keys expired: {small}.",
        "DB loaded from disk: {sec} seconds",
    ),
    t(
        SN,
        "shutdown",
        "Received SIGTERM scheduling shutdown...",
        "User requested shutdown...",
        "Saving the final RDB snapshot before exiting.",
        "Redis is now ready to exit, bye bye...",
    ),
    t(
        SN,
        "replica_sync",
        "Connecting to MASTER {ip}:6379",
        "MASTER <-> REPLICA sync started",
        "Master accepted a Partial Resynchronization.",
        "MASTER <-> REPLICA sync: Finished with success",
    ),
    t(
        SN,
        "master_side",
        "Replica {ip}:6379 asks for synchronization",
        "Full resync requested by replica {ip}:6379",
        "Synchronization with replica {ip}:6379 succeeded",
        "Starting BGSAVE for SYNC with target: disk",
    ),
    t(
        SN,
        "aof",
        "Background append only file rewriting started by pid {pid}",
        "Background AOF rewrite terminated with success",
        "Residual parent diff successfully flushed to the rewritten AOF (0.00 MB)",
        "Successfully created the temporary AOF base file temp-rewriteaof-bg-{pid}.aof",
    ),
    t(
        SN,
        "sentinel_failover",
        "+switch-master mymaster {ip} 6379 {ip2} 6379",
        "+failover-end master mymaster {ip} 6379",
        "+slave slave {ip}:6379 {ip} 6379 @ mymaster {ip2} 6379",
        "+try-failover master mymaster {ip} 6379",
        proc="redis-sentinel",
    ),
    t(
        SN,
        "cluster_ok",
        "Cluster state changed: ok",
        "Node {hex32} () is now a replica of node {hex32} ()",
        "Clear FAIL state for node {hex32} (): is reachable again.",
    ),
    t(
        ERR,
        "sync_errors",
        "Error condition on socket for SYNC: Connection refused",
        "MASTER aborted replication with an error: ERR max number of clients reached",
        "Unable to connect to MASTER: Connection refused",
    ),
    t(
        ERR,
        "bgsave_error",
        "Background saving error",
        "Failed opening the temp RDB file temp-{pid}.rdb (in server root dir /data) for saving: Permission denied",
        "Write error saving DB on disk: No space left on device",
        "Can't save in background: fork: Cannot allocate memory",
    ),
    t(
        ERR,
        "aof_error",
        "Error trying to rename the temporary AOF base file temp-rewriteaof-bg-{pid}.aof into appendonly.aof.{small}"
        ".base.rdb: Permission denied",
        "Error writing to the AOF file: No space left on device",
        "Background AOF rewrite terminated by signal {small}",
    ),
    t(
        ERR,
        "sentinel_sdown",
        "+sdown slave {ip}:6379 {ip} 6379 @ mymaster {ip2} 6379",
        "-failover-abort-no-good-slave master mymaster {ip} 6379",
        "-failover-abort-not-elected master mymaster {ip} 6379",
        proc="redis-sentinel",
    ),
    t(
        CRIT,
        "sentinel_odown",
        "+odown master mymaster {ip} 6379 #quorum {small}/{small}",
        "+sdown master mymaster {ip} 6379",
        proc="redis-sentinel",
    ),
    t(
        CRIT,
        "cluster_fail",
        "Cluster state changed: fail",
        "Marking node {hex32} () as failing (quorum reached).",
        "FAIL message received from {hex32} () about {hex32} ()",
    ),
    t(
        CRIT,
        "load_fatal",
        "Fatal error loading the DB: Invalid argument. Exiting.",
        "Short read or OOM loading DB. Unrecoverable error, aborting now.",
        "Bad file format reading the append only file appendonly.aof.{small}.incr.aof: make a backup of your AOF file,"
        " then use ./redis-check-aof --fix <filename.manifest>",
        sev="crit",
    ),
    t(
        CRIT,
        "crash",
        "Redis {7.2.4|7.0.15} crashed by signal: 11, si_code: 0",
        "=== REDIS BUG REPORT START: Cut & paste starting from here ===",
        "Out Of Memory allocating {num} bytes!",
        "Guru Meditation: Unrecoverable error #server.c:{num}",
        sev="crit",
    ),
    t(
        CRIT,
        "bind_failed",
        "Warning: Could not create server TCP listening socket *:6379: bind: Address already in use",
        "Failed listening on port 6379 (tcp), aborting.",
        "Fatal: can't update cluster config file.",
        "Fatal error, can't open config file '/etc/redis/redis.conf': No such file or directory",
        sev="crit",
    ),
    t(
        SEC,
        "cross_protocol",
        "Possible SECURITY ATTACK detected. It looks like somebody is sending POST or Host: commands to Redis. This is"
        " likely due to an attacker attempting to use Cross Protocol Scripting to compromise your Redis instance."
        " Connection from {pip}:{port} aborted.",
        "Possible SECURITY ATTACK detected. It looks like somebody is sending POST or Host: commands to Redis."
        " Connection aborted.",
        sev="warn",
    ),
    t(
        SEC,
        "client_auth",
        "redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled.",
        "WRONGPASS invalid username-password pair or user is disabled. (client {ip}:{port})",
        "NOAUTH Authentication required. from client {ip}:{port}",
        prefixes="py iso json",
        sources="redis",
    ),
    t(
        RES,
        "overcommit",
        "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low"
        " memory condition. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or"
        " run the command 'sysctl vm.overcommit_memory=1' for this to take effect.",
        "WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the"
        " lower value of 128.",
        sev="warn",
    ),
    t(
        RES,
        "maxclients",
        "You requested maxclients of 10000 requiring at least 10032 max file descriptors.",
        "Server can't set maximum open files to 10032 because of OS error: Operation not permitted.",
        "Current maximum open files is {num}. maxclients has been reduced to {num2} to compensate for low ulimit. If"
        " you"
        " need higher maxclients increase 'ulimit -n'.",
    ),
    t(
        RES,
        "maxmemory",
        "WARNING: 32 bit instance detected but no memory limit set. Setting 3 GB maxmemory limit with 'noeviction'"
        " policy now.",
        "OOM command not allowed when used memory > 'maxmemory'.",
        "Fork CoW for RDB: current {small} MB, peak {n} MB, average {small} MB",
        "RDB: {n} MB of memory used by copy-on-write",
    ),
    t(
        RES,
        "output_buffer",
        "Client id={num} addr={ip}:{port} laddr={ip2}:6379 fd={n} name= age={n} idle=0 flags=S db=0 sub=0 psub=0"
        " multi=-1 qbuf=0 qbuf-free=0 obl=0 oll={num} omem={num2} cmd=psync scheduled to be closed ASAP for overcoming"
        " of output buffer limits.",
        "Asynchronous AOF fsync is taking too long (disk is busy?). Writing the AOF buffer without waiting for fsync to"
        " complete, this may slow down Redis.",
    ),
    t(
        RES,
        "latency",
        "Detected high latency: {ms} milliseconds for event 'fork'",
        "used_memory_human:{n}.{small}{small}G maxmemory_human:{n}.00G evicted_keys:{num}",
        "Evicting keys: used_memory {num} bytes exceeds maxmemory {num2} bytes (policy allkeys-lru)",
    ),
    t(
        DEP,
        "redis_py",
        "DeprecationWarning: Redis.hmset() is deprecated. Use Redis.hset() instead.",
        "DeprecationWarning: Call to deprecated close. (Use aclose() instead) -- Deprecated since version 5.0.1.",
        "DeprecationWarning: Call to deprecated function retry_on_timeout. (TimeoutError is included by default.)",
        prefixes="py none",
        sources="redis",
    ),
    t(
        SN,
        "promoted",
        "MASTER MODE enabled (user request from 'id={n} addr={ip}:{port} laddr={ip2}:6379 fd={n} name= age=0 idle=0"
        " flags=N db=0 sub=0 psub=0 cmd=replicaof')",
        "Discarding previously cached master state.",
        "Setting secondary replication ID to {hex32}, valid up to offset: {num}. New replication ID is {hex32}",
    ),
    t(
        ERR,
        "master_lost",
        "Connection with master lost.",
        "Connection with replica {ip}:6379 lost.",
        "MASTER timeout: no data nor PING received...",
    ),
    t(
        RES,
        "open_files",
        "Increased maximum number of open files to 10032 (it was originally set to 1024).",
        "Fork CoW for AOF rewrite: current {small} MB, peak {n} MB, average {small} MB",
    ),
]
