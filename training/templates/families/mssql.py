"""Microsoft SQL Server error log and the Windows Application events it writes (MSSQLSERVER source).

Phrasings follow the documented message texts of sys.messages: 18456 "Login failed for user", 17883,
823/824 I/O errors, 9002 "The transaction log for database is full", 1205 deadlock victim, 3041 backup
failed, 18264 "Database backed up", 17137 "Starting up database", 701 "insufficient system memory".
"""

from training.templates.families._kit import CRIT, DEP, ERR, RES, SEC, SN, UA, maker

FAMILY = "mssql"
t = maker("mssql", sources="MSSQLSERVER sqlservr", prefixes="none win iso", logger="MSSQLSERVER")

TEMPLATES = [
    t(
        SEC,
        "login_failed",
        "Login failed for user '{user}'. Reason: Password did not match that for the login provided. [CLIENT: {ip}]",
        "Login failed for user 'sa'. Reason:"
        " An attempt to login using SQL authentication failed. Server is configured for Windows authentication"
        " only. [CLIENT: {ip}]",
        logger="MSSQLSERVER:18456",
    ),
    t(
        UA,
        "login_ok",
        "Login succeeded for user '{wuser}'. Connection made using Windows authentication. [CLIENT: {ip}]",
        "Login succeeded for user '{user}'. Connection made using SQL Server authentication. [CLIENT: {ip}]",
        logger="MSSQLSERVER:18453",
    ),
    t(
        SN,
        "backup_ok",
        "Database backed up. Database: {db}, creation date(time): {date}({hour}:{n}), pages dumped:"
        " {num}, first LSN: {num}:{num}:{small}, number of dump devices: 1",
        "BACKUP DATABASE successfully processed {num} pages in {sec} seconds ({sec} MB/sec).",
        "Log was backed up. Database: {db}, creation date(time): {date}",
    ),
    t(
        ERR,
        "backup_failed",
        "BACKUP failed to complete the command BACKUP DATABASE {db}. Check the backup application"
        " log for detailed messages.",
        "BackupDiskFile::CreateMedia: Backup"
        " device '{file}' failed to create. Operating system error 5(Access is denied.).",
    ),
    t(
        SN,
        "startup",
        "Starting up database '{db}'.",
        "SQL Server is now ready for client connections. This is an informational message; no user action is required.",
        "Recovery is complete. This is an informational message only. No user action is required.",
    ),
    t(
        ERR,
        "io_error",
        "SQL Server detected a logical consistency-based I/O error: incorrect checksum (expected:"
        " 0x{hex8}; actual: 0x{hex8}). It occurred during a read of page (1:{num}) in database ID {small}",
        "The operating system returned error 21(The device is not ready.) to SQL Server during a read at offset"
        " 0x{hex16} in file '{file}'",
    ),
    t(
        CRIT,
        "scheduler",
        "Process {n}:{n}:{n} (0x{hex4}) Worker 0x{hex16} appears to be non-yielding on Scheduler"
        " {small}. Thread creation time: {num}.",
        "***Stack Dump being sent to {file}",
        "SQL Server must shut down in"
        " order to recover a database (database ID {small}). The database is either a user database that could not"
        " be shut down or a system database.",
    ),
    t(
        RES,
        "log_full",
        "The transaction log for database '{db}' is full due to 'LOG_BACKUP'.",
    ),
    t(
        ERR,
        "alloc_failed",
        "Could not allocate space for object 'dbo.{table}' in database '{db}' because the 'PRIMARY' filegroup is full.",
        "Autogrow of file '{db}_log' in database '{db}' was cancelled by user or timed out after {num} milliseconds.",
    ),
    t(
        ERR,
        "query_memory_failed",
        "There is insufficient system memory in resource pool 'default' to run this query.",
    ),
    t(
        RES,
        "memory",
        "A significant part of sql server process memory has been paged out. This may result in a performance"
        " degradation. Duration: {num} seconds. Working set (KB): {kb}, committed (KB): {kb}, memory utilization:"
        " {pct}%.",
    ),
    t(
        ERR,
        "deadlock",
        "Transaction (Process ID {n}) was deadlocked on lock resources with another process and has"
        " been chosen as the deadlock victim. Rerun the transaction.",
        "The query processor ran out of internal resources and could not produce a query plan.",
    ),
    t(
        ERR,
        "agent_job",
        "SQL Server Scheduled Job '{svc} nightly' (0x{hex32}) - Status: Failed - Invoked on: {date}"
        " {hour}:{n} - Message: The job failed.  The Job was invoked by Schedule {n}",
        logger="SQLSERVERAGENT:208",
    ),
    t(
        DEP,
        "deprecated",
        "Database mirroring has been deprecated and will be removed in a future version of SQL"
        " Server; use Always On availability groups instead.",
        "The ntext, text, and image data types will be removed in a future version of SQL Server.",
        "SET ROWCOUNT is deprecated for INSERT, UPDATE and DELETE statements; use TOP instead.",
    ),
]
