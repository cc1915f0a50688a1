"""MongoDB 4.4-7.0 server log: structured JSON lines ({"t":..,"s":..,"c":..,"id":..,"ctx":..,"msg":..,"attr":..})
and the older text layout, for networking, access control, replication, storage, index builds and startup.

Message strings and attribute names are the server's LOGV2 calls (e.g. id 22943 "Connection accepted",
22944 "Connection ended", 20250 "Authentication succeeded" / 5286307 "Failed to authenticate", 21358
"Replica set state transition", 51803 "Slow query", 20518 "Index build: done building", 22430
"WiredTiger message", 23091 "Fatal assertion", 4615611 "initandlisten"), and the pre-4.4 text texts such
as "Successfully authenticated as principal ... on ... from client".
"""

from training.templates.families._kit import CRIT, ERR, RES, SEC, SN, UA, maker

FAMILY = "mongodb"
t = maker("mongodb", sources="mongodb", prefixes="mongo", logger="NETWORK")
J = '{{"t":{{"$date":"{ts}"}},"s":"{s}","c":"{c}","id":{i},"ctx":"{x}","msg":"{m}","attr":{{{a}}}}}'


def j(head: str, m: str, a: str) -> str:
    """One structured log line as MongoDB 4.4+ writes it; head is "severity component id context"."""
    s, c, i, x = head.split(" ")
    return J.replace("{s}", s).replace("{c}", c).replace("{i}", i).replace("{x}", x).replace("{m}", m).replace("{a}", a)


TEMPLATES = [
    t(
        SN,
        "conn_accepted",
        j(
            "I NETWORK 22943 listener",
            "Connection accepted",
            '"remote":"{ip}:{port}","uuid":"{uuid}","connectionId":{num},"connectionCount":{n}',
        ),
        j(
            "I NETWORK 22944 conn{num}",
            "Connection ended",
            '"remote":"{ip}:{port}","uuid":"{uuid}","connectionId":{num},"connectionCount":{n}',
        ),
        "connection accepted from {ip}:{port} #{num} ({n} connections now open)",
        "end connection {ip}:{port} ({n} connections now open)",
        prefixes="none",
    ),
    t(
        SN,
        "client_metadata",
        j(
            "I NETWORK 51800 conn{num}",
            "client metadata",
            '"remote":"{ip}:{port}","client":"conn{num}",'
            '"doc":{{"driver":{{"name":"{nodejs|PyMongo|mongo-java-driver}",'
            '"version":"{ver}"}},"os":{{"type":"Linux"}}}}',
        ),
        'received client metadata from {ip}:{port} conn{num}: {{ driver: {{ name: "PyMongo", version: "{ver}" }} }}',
        prefixes="none",
    ),
    t(
        SN,
        "startup",
        j(
            "I CONTROL 4615611 initandlisten",
            "MongoDB starting",
            '"pid":{pid},"port":27017,"dbPath":"/data/db","architecture":"64-bit","host":"{host}"',
        ),
        j("I NETWORK 23016 listener", "Waiting for connections", '"port":27017,"ssl":"off"'),
        j(
            "I CONTROL 23403 initandlisten",
            "Build Info",
            '"buildInfo":{{"version":"{7.0.5|6.0.13|5.0.24}","gitVersion":"{sha}"}}',
        ),
        prefixes="none",
    ),
    t(
        SN,
        "shutdown",
        j("I CONTROL 23377 SignalHandler", "Received signal", '"signal":15,"error":"Terminated"'),
        j("I CONTROL 23378 SignalHandler", "Signal was sent by kill(2)", '"pid":{pid},"uid":999'),
        j("I CONTROL 20565 SignalHandler", "Now exiting", ""),
        "Terminating via shutdown command",
        prefixes="none",
    ),
    t(
        SN,
        "repl_state",
        j(
            "I REPL 21331 OplogApplier-0",
            "Transition to primary complete; database writes are now permitted",
            "",
        ),
        j("I ELECTION 21450 ReplCoord-{small}", "Election succeeded, assuming primary role", '"term":{n}'),
        prefixes="none",
    ),
    t(
        SN,
        "index_build",
        j(
            "I INDEX 20384 IndexBuildsCoordinatorMongod-{small}",
            "Index build: starting",
            '"buildUUID":{{"uuid":{{"$uuid":"{uuid}"}}}},"namespace":"{db}.{table}","properties":{{"v":2,"key":'
            '{{"email":1}},"name":"email_1"}}',
        ),
        j(
            "I INDEX 20663 IndexBuildsCoordinatorMongod-{small}",
            "Index build: completed successfully",
            '"buildUUID":{{"uuid":{{"$uuid":"{uuid}"}}}},"namespace":"{db}.{table}","indexesBuilt":["email_1"]',
        ),
        prefixes="none",
    ),
    t(
        SN,
        "wiredtiger",
        j(
            "I WTCHKPT 22430 Checkpointer",
            "WiredTiger message",
            '"message":{{"ts_sec":{epoch},"ts_usec":{num},"thread":"{pid}:0x{hex12}","message":"saving checkpoint'
            ' snapshot min: {num}, snapshot max: {num}"}}',
        ),
        j(
            "I STORAGE 22262 TTLMonitor",
            "Deleted expired documents using index",
            '"namespace":"{db}.sessions","index":"expireAt_1","numDeleted":{num},"durationMillis":{ms}',
        ),
        prefixes="none",
    ),
    t(
        SN,
        "create_collection",
        j(
            "I STORAGE 20320 conn{num}",
            "createCollection",
            '"namespace":"{db}.{table}","uuidDisposition":"generated","uuid":{{"uuid":{{"$uuid":"{uuid}"}}}},'
            '"options":{{}}',
        ),
        "createCollection: {db}.{table} with generated UUID: {uuid} and options: {{}}",
        prefixes="none",
    ),
    t(
        UA,
        "auth_ok",
        j(
            "I ACCESS 20250 conn{num}",
            "Authentication succeeded",
            '"mechanism":"SCRAM-SHA-256","speculative":true,"principalName":"{user}","authenticationDatabase":"admin",'
            '"remote":"{ip}:{port}","extraInfo":{{}}',
        ),
        "Successfully authenticated as principal {user} on admin from client {ip}:{port}",
        prefixes="none mongo",
    ),
    t(
        SEC,
        "auth_failed",
        j(
            "I ACCESS 5286307 conn{num}",
            "Failed to authenticate",
            '"client":"{ip}:{port}","isSpeculative":false,"isClusterMember":false,"mechanism":"SCRAM-SHA-256","user":'
            '"{user}","db":"admin","error":"AuthenticationFailed: SCRAM authentication failed, storedKey mismatch",'
            '"result":18',
        ),
        j(
            "I ACCESS 20249 conn{num}",
            "Authentication failed",
            '"mechanism":"SCRAM-SHA-1","speculative":false,"principalName":"{user}","authenticationDatabase":"admin",'
            '"remote":"{pip}:{port}","error":"UserNotFound: Could not find user \\"{user}\\" for db \\"admin\\""',
        ),
        "SCRAM-SHA-1 authentication failed for {user} on admin from client {pip}:{port} ; UserNotFound: Could not find"
        ' user "{user}" for db "admin"',
        prefixes="none",
    ),
    t(
        ERR,
        "command_failed",
        j(
            "W COMMAND 20525 conn{num}",
            "Failed to gather storage statistics for slow operation",
            '"opId":{num},"error":"lock acquire timeout"',
        ),
        j(
            "E QUERY 4615604 conn{num}",
            "Plan executor error during find command",
            '"error":{{"code":292,"codeName":"QueryExceededMemoryLimitNoDiskUseAllowed","errmsg":"Executor error during'
            ' find command :: caused by :: Sort exceeded memory limit of 104857600 bytes"}}',
        ),
        j(
            "I COMMAND 51803 conn{num}",
            "Slow query",
            '"type":"command","ns":"{db}.{table}","command":{{"insert":"{table}"}},"ok":0,"errMsg":"E11000 duplicate'
            " key"
            " error collection: {db}.{table} index: _id_ dup key: {{ _id: {num}"
            ' }}","errName":"DuplicateKey","errCode":11000',
        ),
        prefixes="none",
    ),
    t(
        ERR,
        "repl_errors",
        j(
            "I REPL_HB 23974 ReplCoord-{small}",
            "Heartbeat failed after max retries",
            '"target":"{host}:27017","maxHeartbeatRetries":2,"error":{{"code":6,"codeName":"HostUnreachable","errmsg":'
            '"Error connecting to {host}:27017 ({ip}:27017) :: caused by :: Connection refused"}}',
        ),
        j(
            "W NETWORK 4015302 ReplicaSetMonitor-TaskExecutor",
            "Unable to reach primary for set",
            '"replicaSet":"rs0"',
        ),
        "Error in heartbeat (requestId: {num}) to {host}:27017, response status: HostUnreachable: Connection refused",
        prefixes="none",
    ),
    t(
        ERR,
        "interrupted",
        j(
            "I COMMAND 51803 conn{num}",
            "Slow query",
            '"type":"command","ns":"{db}.{table}","errMsg":"operation exceeded time'
            ' limit","errName":"MaxTimeMSExpired",'
            '"errCode":50,"durationMillis":{ms}',
        ),
        j("I - 20883 conn{num}", "Interrupted operation as its client disconnected", '"opId":{num}'),
        prefixes="none",
    ),
    t(
        CRIT,
        "fatal_assertion",
        j(
            "F - 23091 initandlisten",
            "Fatal assertion",
            '"msgid":28595,"file":"src/mongo/db/storage/wiredtiger/wiredtiger_kv_engine.cpp","line":{num}',
        ),
        j("F - 23092 initandlisten", "\\n\\n***aborting after fassert() failure\\n\\n", ""),
        "Fatal Assertion 28595 at src/mongo/db/storage/wiredtiger/wiredtiger_kv_engine.cpp {num}",
        prefixes="none",
    ),
    t(
        CRIT,
        "startup_failed",
        j(
            "E CONTROL 20557 initandlisten",
            "DBException in initAndListen, terminating",
            '"error":"DBPathInUse: Unable to lock the lock file: /data/db/mongod.lock (Resource temporarily'
            " unavailable)."
            ' Another mongod instance is already running on the /data/db directory"',
        ),
        j("E STORAGE 22312 initandlisten", "Failed to start up WiredTiger under any compatibility version.", ""),
        j(
            "E CONTROL 20568 initandlisten",
            "Error setting up listener",
            '"error":{{"code":9001,"codeName":"SocketException","errmsg":"Address already in use"}}',
        ),
        prefixes="none",
    ),
    t(
        CRIT,
        "wt_panic",
        j(
            "E WT 22435 initandlisten",
            "WiredTiger error message",
            '"error":-31804,"message":{{"msg":"the process must exit and restart","error_str":"WT_PANIC: WiredTiger'
            ' library panic"}}',
        ),
        j("F CONTROL 6384300 SignalHandler", "Writing fatal message", '"message":"Got signal: 6 (Aborted).\\n"'),
        prefixes="none",
    ),
    t(
        RES,
        "cache_pressure",
        j(
            "W STORAGE 22120 ftdc",
            "Cache pressure: the WiredTiger cache is {pcthi}% full, application threads are doing eviction",
            '"cacheSizeGB":{small}',
        ),
        j(
            "I CONTROL 22120 initandlisten",
            "wiredtiger_open config",
            '"config":"create,cache_size={mb}M,session_max=33000,eviction=(threads_min=4,threads_max=4)"',
        ),
        prefixes="none",
    ),
    t(
        RES,
        "startup_warnings",
        j(
            "W CONTROL 22178 initandlisten",
            "/sys/kernel/mm/transparent_hugepage/enabled is 'always'. We suggest setting it to 'never'",
            "",
        ),
        j(
            "W CONTROL 22184 initandlisten",
            "Soft rlimits for open file descriptors too low",
            '"currentValue":1024,"recommendedMinimum":64000',
        ),
        j(
            "I CONTROL 22184 initandlisten",
            "Memory available to mongo process is less than total system memory",
            '"availableMemSizeMB":{mb},"systemMemSizeMB":{mb2}',
        ),
        prefixes="none",
    ),
    t(
        RES,
        "conn_limit",
        j(
            "I NETWORK 22942 listener",
            "Connection refused because there are too many open connections",
            '"remote":"{ip}:{port}","connectionCount":{num}',
        ),
        "connection refused because too many open connections: {num}",
        prefixes="none",
    ),
    t(
        RES,
        "disk_space",
        j(
            "W STORAGE 22941 ftdc",
            "Free storage space is low",
            '"dbPath":"/data/db","freeBytes":{num},"totalBytes":{num2}',
        ),
        prefixes="none",
    ),
    t(
        ERR,
        "disk_write_failed",
        j(
            "E STORAGE 22435 conn{num}",
            "WiredTiger error message",
            '"error":28,"message":"__posix_file_write: /data/db/collection-{n}-{num}.wt: handle-write: pwrite: failed'
            " to"
            ' write {num2} bytes at offset {num}: No space left on device"',
        ),
        prefixes="none",
    ),
    t(
        SN,
        "repl_config",
        j("I REPL 21392 ReplCoord-{small}", "New replica set config in use", '"config":{{"_id":"rs0","version":{n}}}'),
        j("I REPL 21394 ReplCoord-{small}", "This node is in the config", '"nodeInfo":"{host}:27017"'),
        prefixes="none",
    ),
    t(
        ERR,
        "initial_sync",
        j(
            "E INITSYNC 21200 ReplCoordExtern-0",
            "Initial sync attempt failed",
            '"attemptsLeft":{small},"error":"HostUnreachable: error fetching oplog during initial sync :: caused by ::'
            ' Connection refused"',
        ),
        j(
            "W REPL 21799 BackgroundSync",
            "Sync source was cleared",
            '"error":"NetworkTimeout: Socket operation timed out"',
        ),
        prefixes="none",
    ),
    t(
        SN,
        "shutdown_steps",
        j("I NETWORK 20562 SignalHandler", "Shutdown: going to close listening sockets", ""),
        j("I STORAGE 4784929 SignalHandler", "Acquiring the global lock for shutdown", ""),
        prefixes="none",
    ),
]
