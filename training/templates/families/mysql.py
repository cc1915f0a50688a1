"""MySQL 8.0/8.4 and MariaDB 10.6-11 error log, general log and audit plugin lines.

Phrasings are the servers' own texts: the MySQL 8 error-message catalogue (share/messages_to_error_log.txt:
"ready for connections. Version:", "Access denied for user", "Aborted connection", "Changed limits:
max_open_files", the replica I/O/SQL thread messages, the deprecation notes such as "'default_authentication
_plugin' is deprecated and will be removed in a future release"), InnoDB's buffer pool / page cleaner /
corruption messages, the general query log ("Connect  user@host on db using TCP/IP") and the MariaDB
server_audit plugin CSV (timestamp,host,user,ip,connid,queryid,operation,db,object,retcode).
"""

from training.templates.families._kit import CRIT, DEP, ERR, RES, SEC, SN, UA, deck, maker
from training.values import register

register(
    {
        "my_ts": lambda r: (
            f"{r.randrange(20230101, 20241231)} {r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}"
        ),
    }
)

MY_DEP = (
    "'default_authentication_plugin' is deprecated and will be removed in a future release. Please use"
    " authentication_policy instead.",
    "The syntax 'expire-logs-days' is deprecated and will be removed in a future release. Please use"
    " binlog_expire_logs_seconds instead.",
    "The syntax '--master-info-repository' is deprecated and will be removed in a future release.",
    "'utf8' is currently an alias for the character set UTF8MB3, but will be an alias for UTF8MB4 in a future"
    " release. Please consider using UTF8MB4 in order to be unambiguous.",
    "Setting user variables within expressions is deprecated and will be removed in a future release. Consider"
    " alternatives: 'SET variable=expression, ...', or 'SELECT expression(s) INTO variables(s)'.",
    "Integer display width is deprecated and will be removed in a future release.",
    "'NO_ZERO_DATE', 'NO_ZERO_IN_DATE' and 'ERROR_FOR_DIVISION_BY_ZERO' sql modes should be used with strict mode."
    " They will be merged with strict mode in a future release.",
    "The syntax 'log_slave_updates' is deprecated and will be removed in a future release. Please use"
    " log_replica_updates instead.",
    "Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will be removed in a future"
    " release. Please use caching_sha2_password instead'",
)

FAMILY = "mysql"
t = maker("mysql", sources="mysql mariadb", prefixes="mysql syslog", proc="mysqld")

TEMPLATES = [
    t(
        SN,
        "ready",
        "/usr/sbin/mysqld: ready for connections. Version: '{8.0.36|8.4.0|8.0.35}'  socket:"
        " '/var/run/mysqld/mysqld.sock'"
        "  port: 3306  MySQL Community Server - GPL.",
        "X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock",
        "/usr/sbin/mariadbd: ready for connections. Version: '{10.11.6|11.2.2}-MariaDB-1:10.11.6+maria~ubu2204' "
        " socket:"
        " '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
    ),
    t(
        SN,
        "innodb_init",
        "InnoDB initialization has started.",
        "InnoDB initialization has ended.",
        "InnoDB: Completed initialization of buffer pool",
        "InnoDB: Buffer pool(s) load completed at {my_ts}",
    ),
    t(
        SN,
        "shutdown",
        "Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: 8.0.{n}).",
        "/usr/sbin/mysqld: Shutdown complete (mysqld 8.0.{n})  MySQL Community Server - GPL.",
        "InnoDB: Dumping buffer pool(s) to /var/lib/mysql/ib_buffer_pool",
        "/usr/sbin/mariadbd (initiated by: unknown): Normal shutdown",
    ),
    t(
        SN,
        "replica_start",
        "Replica I/O thread for channel '': connected to source 'repl@{ip}:3306',replication started in log"
        " 'binlog.000{n}' at position {num}",
        "Replica SQL thread for channel '' initialized, starting replication in log 'binlog.000{n}' at position {num},"
        " relay log './relay-bin.00000{small}' position: 4",
        "Slave I/O thread: connected to master 'repl@{ip}:3306',replication started in log 'mysql-bin.000{n}' at"
        " position {num}",
    ),
    t(
        SN,
        "binlog",
        "Starting XA crash recovery...",
        "XA crash recovery finished.",
        "Server socket created on IP: '::'.",
        "Plugin 'FEDERATED' is disabled.",
    ),
    t(
        SN,
        "group_repl",
        "Plugin group_replication reported: 'This server is working as secondary member with primary member address"
        " {host}:3306.'",
        "Plugin group_replication reported: 'Members joined the group: {host}:3306'",
        "Plugin group_replication reported: 'The member with address {host}:3306 was declared online within the"
        " replication group.'",
    ),
    t(
        UA,
        "general_connect",
        "{small}{small} Connect\t{user}@{ip} on {db} using TCP/IP",
        "{n} Connect\t{user}@localhost on  using Socket",
        "{n} Quit\t",
        prefixes="none",
    ),
    t(
        UA,
        "audit_connect",
        "{my_ts},{host},{user},{ip},{num},0,CONNECT,{db},,0",
        "{my_ts},{host},{user},{ip},{num},0,DISCONNECT,{db},,0",
        prefixes="none",
        sources="mariadb",
    ),
    t(
        UA,
        "user_ddl",
        "{my_ts},{host},{user},{ip},{num},{num2},QUERY,mysql,'CREATE USER \\'{user2}\\'@\\'%\\' IDENTIFIED BY *****',0",
        "{my_ts},{host},{user},{ip},{num},{num2},QUERY,mysql,'DROP USER \\'{user2}\\'@\\'%\\'',0",
        "{n} Query\tALTER USER '{user2}'@'%' IDENTIFIED BY <secret>",
        "{n} Query\tCREATE USER '{user2}'@'10.%' IDENTIFIED WITH 'caching_sha2_password' AS '<secret>'",
        prefixes="none",
    ),
    t(
        SEC,
        "access_denied",
        "Access denied for user '{root|admin|mysql}'@'{pip}' (using password: YES)",
        "Access denied for user '{user}'@'{ip}' (using password: NO)",
        "Access denied for user 'root'@'{pip}' (using password: YES)",
    ),
    t(
        SEC,
        "host_blocked",
        "Host '{pip}' is blocked because of many connection errors; unblock with 'mysqladmin flush-hosts'",
        "Host '{pip}' is blocked because of many connection errors; unblock with 'FLUSH HOSTS'",
    ),
    t(
        SEC,
        "command_denied",
        "SELECT command denied to user '{user}'@'{ip}' for table '{table}'",
        "DROP command denied to user '{user}'@'{ip}' for table '{table}'",
        "Access denied; you need (at least one of) the SUPER or SYSTEM_VARIABLES_ADMIN privilege(s) for this operation",
    ),
    t(
        SEC,
        "audit_failed_connect",
        "{my_ts},{host},{user},{pip},{num},0,FAILED_CONNECT,,,1045",
        "{my_ts},{host},root,{pip},{num},0,FAILED_CONNECT,,,1045",
        prefixes="none",
        sources="mariadb",
    ),
    t(
        ERR,
        "replica_sql_error",
        "Replica SQL for channel '': Worker 1 failed executing transaction 'ANONYMOUS' at source log binlog.000{n},"
        " end_log_pos {num}; Could not execute Write_rows event on table {db}.{table}; Duplicate entry '{id}' for key"
        " '{table}.PRIMARY', Error_code: 1062; handler error HA_ERR_FOUND_DUPP_KEY",
        "Slave SQL for channel '': Error 'Table '{db}.{table}' doesn't exist' on query. Default database: '{db}'.,"
        " Error_code: MY-001146",
    ),
    t(
        ERR,
        "replica_io_error",
        "Replica I/O for channel '': error connecting to source 'repl@{ip}:3306' - retry-time: 60 retries: {small}"
        " message: Can't connect to MySQL server on '{ip}:3306' (111), Error_code: MY-002003",
        "Slave I/O: error reconnecting to master 'repl@{ip}:3306' - retry-time: 60  retries: {n}, Error_code: 2013",
    ),
    t(
        ERR,
        "aborted_connection",
        "Aborted connection {num} to db: '{db}' user: '{user}' host: '{ip}' (Got timeout reading communication"
        " packets).",
        "Aborted connection {num} to db: '{db}' user: '{user}' host: '{ip}' (Got an error reading communication"
        " packets).",
        "Got an error reading communication packets",
    ),
    t(
        ERR,
        "lock_errors",
        "Deadlock found when trying to get lock; try restarting transaction",
        "Lock wait timeout exceeded; try restarting transaction",
        "InnoDB: Transactions deadlock detected, dumping detailed information.",
    ),
    t(
        ERR,
        "table_errors",
        "Table './{db}/{table}' is marked as crashed and should be repaired",
        "InnoDB: Cannot open table {db}/{table} from the internal data dictionary of InnoDB though the .frm file for"
        " the"
        " table exists.",
        "Incorrect key file for table '{table}'; try to repair it",
    ),
    t(
        CRIT,
        "page_corruption",
        "InnoDB: Database page corruption on disk or a failed file read of tablespace {db}/{table} page [page id:"
        " space={n}, page number={num}]. You may have to recover from a backup.",
        "InnoDB: Assertion failure in thread {num} in file fil0fil.cc line {num2}",
        "[FATAL] InnoDB: Page [page id: space={n}, page number={num}] still fixed or dirty",
        sev="crit",
    ),
    t(
        CRIT,
        "aborting",
        "Can't start server: Bind on TCP/IP port: Address already in use",
        "Do you already have another mysqld server running on port: 3306 ?",
        "InnoDB: Unable to lock ./ibdata1 error: 11",
        "Aborting",
        sev="crit",
    ),
    t(
        CRIT,
        "dd_failed",
        "Failed to initialize DD Storage Engine",
        "Data Dictionary initialization failed.",
        "Fatal error: Can't open and lock privilege tables: Table 'mysql.user' doesn't exist",
        "unknown variable 'query_cache_size=0'.",
        sev="crit",
    ),
    t(
        CRIT,
        "signal",
        "mysqld got signal 11 ;",
        "Most likely, you have hit a bug, but this error can also be caused by malfunctioning hardware.",
        "mysqld: Out of memory (Needed {num} bytes)",
        sev="crit",
    ),
    t(
        RES,
        "limits",
        "Changed limits: max_open_files: {num} (requested {num2})",
        "Changed limits: table_open_cache: {num} (requested {num2})",
        "Could not increase number of max_open_files to more than {num} (request: {num2})",
    ),
    t(
        RES,
        "too_many",
        "Too many connections",
        "The table '{table}' is full",
    ),
    t(
        RES,
        "buffer_pool",
        "InnoDB: Initializing buffer pool, total size = {mb}.000000M, instances = {small}, chunk size = 128.000000M",
        "InnoDB: page_cleaner: 1000ms intended loop took {num}ms. The settings might not be optimal. (flushed={num2},"
        " during the time.)",
        "InnoDB: Resizing redo log from {mb}M to {mb2}M",
    ),
    t(
        ERR,
        "disk_full",
        "Disk is full writing './binlog.000{n}' (OS errno 28 - No space left on device). Waiting for someone to free"
        " space... Retry in 60 secs. Write of {num} bytes failed.",
        "Create table/tablespace '{table}' failed, as disk is full",
    ),
    *deck(t, DEP, "deprecated", MY_DEP),
    t(
        DEP,
        "mariadb_dep",
        "'innodb_large_prefix' was removed. It does nothing now and exists only for compatibility with old my.cnf"
        " files.",
        "'innodb-file-format' was removed. It does nothing now and exists only for compatibility with old my.cnf"
        " files.",
        "The variable 'old' is deprecated and will be removed in a future release. Please use 'old_mode' instead.",
        sources="mariadb",
        proc="mariadbd",
    ),
    t(
        DEP,
        "tls_dep",
        "A deprecated TLS version TLSv1.1 is enabled for channel mysql_main. Please use TLSv1.2 or higher.",
        "A deprecated TLS version TLSv1 is enabled for channel mysql_main. Please use TLSv1.2 or higher.",
    ),
]
