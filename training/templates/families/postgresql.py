"""PostgreSQL 12-18 server log: startup/shutdown, checkpoints, autovacuum, replication, connections, auth,
errors, crash recovery, resource limits, pgaudit.

Phrasings are the server's own message texts (src/backend: postmaster.c, xlog.c "checkpoint complete: wrote
... buffers", vacuumlazy.c "automatic vacuum of table", auth.c "password authentication failed for user",
"no pg_hba.conf entry for host", postinit.c "sorry, too many clients already", deadlock.c "deadlock
detected", walreceiver.c "started streaming WAL from primary", elog levels LOG/ERROR/FATAL/PANIC and their
DETAIL/HINT lines), plus pgaudit's CSV-in-LOG layout.
"""

from training.templates.families._kit import CRIT, DEP, ERR, RES, SEC, SN, UA, maker
from training.values import register

register({"pg_lsn": lambda r: f"{r.randrange(0, 16):X}/{r.randrange(16**6, 16**8):X}"})

FAMILY = "postgresql"
t = maker("postgresql", sources="postgresql", prefixes="pg syslog journal", proc="postgres")

TEMPLATES = [
    t(
        SN,
        "ready",
        "database system is ready to accept connections",
        "database system is ready to accept read-only connections",
        'listening on IPv4 address "0.0.0.0", port 5432',
        "starting PostgreSQL {16.2|15.6|14.11|17.0} on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0,"
        " 64-bit",
    ),
    t(
        SN,
        "checkpoint",
        "checkpoint starting: {time|wal|immediate force wait}",
        "checkpoint complete: wrote {num} buffers ({pctf}%); 0 WAL file(s) added, 0 removed, {small} recycled;"
        " write={sec} s, sync=0.00{small} s, total={sec} s; sync files={n}, longest=0.00{small} s, average=0.001 s;"
        " distance={kb} kB, estimate={kb} kB",
        "restartpoint complete: wrote {num} buffers ({pctf}%); 0 WAL file(s) added, 0 removed, {small} recycled",
        "recovery restart point at {pg_lsn}",
    ),
    t(
        SN,
        "autovacuum",
        'automatic vacuum of table "{db}.public.{table}": index scans: {small} pages: 0 removed, {num} remain, 0'
        " skipped due to pins, 0 skipped frozen tuples: {num} removed, {num2} remain, 0 are dead but not yet removable",
        'automatic analyze of table "{db}.public.{table}" avg read rate: {pctf} MB/s, avg write rate: {pctf} MB/s'
        " system usage: CPU: user: 0.0{small} s, system: 0.00 s, elapsed: 0.{n} s",
    ),
    t(
        SN,
        "shutdown",
        "received fast shutdown request",
        "received smart shutdown request",
        "database system is shut down",
        'background worker "logical replication launcher" (PID {pid}) exited with exit code 1',
    ),
    t(
        SN,
        "startup",
        "redo starts at {pg_lsn}",
        "redo done at {pg_lsn} system usage: CPU: user: 0.00 s, system: 0.00 s, elapsed: 0.0{small} s",
        "consistent recovery state reached at {pg_lsn}",
    ),
    t(
        SN,
        "replication",
        "started streaming WAL from primary at {pg_lsn} on timeline {small}",
        "entering standby mode",
        "selected new timeline ID: {small}",
        "archive recovery complete",
    ),
    t(
        SN,
        "reload",
        "received SIGHUP, reloading configuration files",
        'parameter "{work_mem|log_min_duration_statement|max_wal_size}" changed to "{n}MB"',
        'parameter "shared_buffers" cannot be changed without restarting the server',
    ),
    t(
        UA,
        "conn_authorized",
        "connection authorized: user={user} database={db} application_name={psql|pgAdmin 4|DBeaver 23.3.0}",
        "connection authorized: user={user} database={db} SSL enabled (protocol=TLSv1.3,"
        " cipher=TLS_AES_256_GCM_SHA384, bits=256)",
    ),
    t(
        UA,
        "disconnection",
        "disconnection: session time: 0:{small}{small}:{small}{small}.{num} user={user} database={db} host={ip}"
        " port={port}",
        "disconnection: session time: {small}:0{small}:1{small}.{num} user={user} database={db} host=[local]",
    ),
    t(
        UA,
        "role_ddl",
        "statement: CREATE ROLE {user} WITH LOGIN PASSWORD ********",
        "statement: ALTER ROLE {user} VALID UNTIL '{date}'",
        "statement: DROP ROLE IF EXISTS {user}",
        "AUDIT: SESSION,{small},1,ROLE,CREATE ROLE,,,CREATE ROLE {user} LOGIN,<not logged>",
    ),
    t(
        SEC,
        "password_failed",
        'password authentication failed for user "{user}"',
        'password authentication failed for user "{user}" DETAIL:  Connection matched pg_hba.conf line {n}: "host'
        ' all all 0.0.0.0/0 scram-sha-256"',
        'FATAL:  password authentication failed for user "{postgres|admin|root}"',
        sev="crit error",
    ),
    t(
        SEC,
        "no_hba",
        'no pg_hba.conf entry for host "{pip}", user "{user}", database "{db}", SSL off',
        'no pg_hba.conf entry for host "{pip}", user "postgres", database "postgres", no encryption',
        'no pg_hba.conf entry for replication connection from host "{pip}", user "replicator", SSL on',
        sev="crit error",
    ),
    t(
        SEC,
        "role_missing",
        'role "{admin|root|sa|oracle|test}" does not exist',
        'Ident authentication failed for user "{user}"',
        'certificate authentication failed for user "{user}": client certificate contains no user name',
        sev="crit error",
    ),
    t(
        SEC,
        "permission_denied",
        "permission denied for table {table}",
        "permission denied for schema {public|finance|hr}",
        "must be superuser to alter superuser roles or change superuser attribute",
        "permission denied to create role",
    ),
    t(
        ERR,
        "unique_violation",
        'duplicate key value violates unique constraint "{table}_pkey"',
        'duplicate key value violates unique constraint "{table}_email_key" DETAIL:  Key (email)=({email}) already'
        " exists.",
        'insert or update on table "{table}" violates foreign key constraint "{table}_customer_id_fkey"',
    ),
    t(
        ERR,
        "deadlock",
        "deadlock detected",
        "deadlock detected DETAIL:  Process {pid} waits for ShareLock on transaction {num}; blocked by process {pid2}.",
        "could not serialize access due to read/write dependencies among transactions",
    ),
    t(
        ERR,
        "timeout",
        "canceling statement due to statement timeout",
        "canceling statement due to lock timeout",
        "terminating connection due to idle-in-transaction timeout",
        "canceling statement due to conflict with recovery",
    ),
    t(
        ERR,
        "sql_error",
        'relation "{table}" does not exist at character {n}',
        'column "{amount|status|created_at}" does not exist at character {n}',
        'syntax error at or near "{FROM|WHERE|)}" at character {n}',
        'invalid input syntax for type integer: "{hex8}"',
    ),
    t(
        ERR,
        "client_io",
        "could not receive data from client: Connection reset by peer",
        "unexpected EOF on client connection with an open transaction",
        "could not send data to client: Broken pipe",
    ),
    t(
        ERR,
        "archive_replica",
        "archive command failed with exit code 1",
        'could not connect to the primary server: connection to server at "{ip}", port 5432 failed: Connection refused',
        "requested WAL segment 0000000100000{small}A0000000{small}F has already been removed",
        'replication slot "{svc}" is active for PID {pid}',
    ),
    t(
        CRIT,
        "panic_wal",
        'PANIC:  could not write to file "pg_wal/xlogtemp.{pid}": No space left on device',
        "PANIC:  could not locate a valid checkpoint record",
        'PANIC:  could not fsync file "pg_wal/0000000100000{small}A0000000{small}F": Input/output error',
        sev="crit",
    ),
    t(
        CRIT,
        "backend_killed",
        "server process (PID {pid}) was terminated by signal 9: Killed",
        "server process (PID {pid}) was terminated by signal 11: Segmentation fault",
        "terminating any other active server processes",
        "all server processes terminated; reinitializing",
    ),
    t(
        CRIT,
        "crash_recovery",
        "database system was not properly shut down; automatic recovery in progress",
        "database system was interrupted; last known up at {date} {hour}:{small}{small} UTC",
        "startup process (PID {pid}) exited with exit code 1",
        "aborting startup due to startup process failure",
    ),
    t(
        CRIT,
        "config_broken",
        'configuration file "/etc/postgresql/16/main/postgresql.conf" contains errors',
        'invalid value for parameter "shared_buffers": "{n}XB"',
        "could not create any TCP/IP sockets",
        'data directory "/var/lib/postgresql/data" has invalid permissions',
        sev="crit",
    ),
    t(
        RES,
        "too_many_clients",
        "sorry, too many clients already",
        "remaining connection slots are reserved for roles with the SUPERUSER attribute",
        "remaining connection slots are reserved for non-replication superuser connections",
        sev="crit warn",
    ),
    t(
        ERR,
        "query_out_of_memory",
        'out of memory DETAIL:  Failed on request of size {num} in memory context "ExecutorState".',
    ),
    t(
        RES,
        "out_of_memory",
        'temporary file: path "base/pgsql_tmp/pgsql_tmp{pid}.{small}", size {num}',
        "temporary file size exceeds temp_file_limit ({num}kB)",
    ),
    t(
        RES,
        "checkpoint_freq",
        "checkpoints are occurring too frequently ({n} seconds apart)",
        "checkpoints are occurring too frequently ({n} seconds apart) HINT:  Consider increasing the configuration"
        ' parameter "max_wal_size".',
        sev="warn",
    ),
    t(
        RES,
        "wraparound",
        'database "{db}" must be vacuumed within {num} transactions',
        "oldest xmin is far in the past",
        'database is not accepting commands to avoid wraparound data loss in database "{db}"',
        sev="warn error",
    ),
    t(
        ERR,
        "disk_full",
        'could not extend file "base/{num}/{num2}": No space left on device',
        'could not write to file "base/pgsql_tmp/pgsql_tmp{pid}.{small}": No space left on device',
        'could not resize shared memory segment "/PostgreSQL.{num}" to {num2} bytes: No space left on device',
    ),
    t(
        DEP,
        "md5",
        "authenticated with an MD5-encrypted password DETAIL:  MD5 password support is deprecated and will be removed"
        " in"
        " a future release of PostgreSQL.",
        "setting an MD5-encrypted password DETAIL:  MD5 password support is deprecated and will be removed in a future"
        " release of PostgreSQL. HINT:  Refer to the PostgreSQL documentation for details about migrating to another"
        " password type.",
        sev="warn",
    ),
    t(
        UA,
        "pgaudit_role",
        "AUDIT: SESSION,{small},1,ROLE,ALTER ROLE,,,ALTER ROLE {user} WITH PASSWORD <REDACTED>,<not logged>",
        "AUDIT: SESSION,{small},1,ROLE,DROP ROLE,,,DROP ROLE {user},<not logged>",
        "AUDIT: SESSION,{small},1,ROLE,GRANT,,,GRANT {user} TO {user2},<not logged>",
    ),
    t(
        SN,
        "logical_replication",
        'logical replication apply worker for subscription "{svc}_sub" has started',
        'logical replication table synchronization worker for subscription "{svc}_sub", table "{table}" has finished',
        "logical decoding found consistent point at {pg_lsn}",
    ),
]
