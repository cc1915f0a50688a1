"""Backup software: Bacula director/storage/file daemons, Veeam Agent for Linux, restic, borg and rsnapshot.

Phrasings follow Bacula's Jmsg texts and job report ("Start Backup JobId", "Termination: Backup OK",
"Fatal error: Network error with FD during Backup"), Veeam agent job log lines, restic's CLI output
("Fatal: unable to open config file", "snapshot ... saved"), borg's messages ("Failed to create/acquire the
lock", "Repository ... does not exist") and rsnapshot's syslog lines ("completed successfully").
"""

from training.templates.families._kit import DEP, ERR, RES, SEC, SN, maker

FAMILY = "backup"
b = maker("backup", sources="bacula bacula-dir", prefixes="none syslog", proc="bacula-dir")
v = maker("backup", sources="veeam", prefixes="none bracket", proc="veeamservice")
r = maker("backup", sources="restic", prefixes="none journal", proc="restic")
g = maker("backup", sources="borg borgbackup", prefixes="none journal", proc="borg")
n = maker("backup", sources="rsnapshot", prefixes="syslog journal", proc="rsnapshot")

TEMPLATES = [
    b(
        SN,
        "bacula.start",
        "{host}-dir JobId {n}: Start Backup JobId {n}, Job={host}-backup.{gdate}_{n}",
        '{host}-dir JobId {n}: Using Device "FileStorage" to write.',
        '{host}-sd JobId {n}: Volume "Vol-{n}" previously written, moving to end of data.',
        '{host}-dir JobId {n}: Connected to Storage "File" at {host}:9103 with TLS',
    ),
    b(
        SN,
        "bacula.ok",
        "Termination:            Backup OK",
        "{host}-sd JobId {n}: Elapsed time={hour}:{small}:{small}, Transfer rate={n} K Bytes/second",
        "{host}-dir JobId {n}: Begin pruning Jobs older than 6 months .",
    ),
    b(
        ERR,
        "bacula.fatal",
        "{host}-dir JobId {n}: Fatal error: Network error with FD during Backup: ERR=Connection reset by peer",
        "{host}-dir JobId {n}: Fatal error: No Job status returned from FD.",
        "Termination:            *** Backup Error ***",
        '{host}-fd JobId {n}: Could not stat "{file}": ERR=No such file or directory',
    ),
    b(
        SEC,
        "bacula.auth",
        "{host}-dir: Director authorization problem. Most likely the passwords do not agree.",
        "{host}-fd: Authorization key rejected by Storage daemon {host}-sd.",
        "{host}-sd: Incorrect password given by Director at client {ip}.",
    ),
    b(
        RES,
        "bacula.volume",
        "{host}-sd JobId {n}: Job {host}-backup.{gdate}_{n} is waiting. Cannot find any appendable volumes.",
        '{host}-sd JobId {n}: End of Volume "Vol-{n}" at {n}:{n} on device "FileStorage". Write of 64512 bytes got -1.',
        '{host}-sd JobId {n}: Fatal error: Out of freespace caused End of Volume "Vol-{n}" at {n} on device '
        '"FileStorage"',
    ),
    b(
        SN,
        "bacula.run",
        "{host}-dir JobId {n}: Job queued. JobId={n}",
        "{host}-dir: Console {user} connected. run job={host}-backup level={Full|Incremental|Differential} yes",
        "{host}-dir JobId {n}: Restore job RestoreFiles started by console user {user}",
    ),
    b(
        DEP,
        "bacula.deprecated",
        '{host}-dir: Config error: Keyword "{FD Address|SD Address}" is deprecated, use "{FDAddress|SDAddress}"',
        '{host}-dir: Warning: The "Pool" directive "{Cleaning Prefix|Use Volume Once}" is deprecated',
    ),
    v(
        SN,
        "veeam.job",
        "Job [{host} Backup] started at [{ts}]",
        "Creating volume snapshot.",
        "Backup job {host} Backup finished with Success.",
        "Processing volume [/dev/sda{small}] completed.",
    ),
    v(
        ERR,
        "veeam.failed",
        "Backup job {host} Backup finished with Failed.",
        "Failed to create volume snapshot. Error: Snapshot overflow.",
        "Failed to connect to backup repository [{host}]. Connection timed out",
        "Processing finished with errors at [{ts}].",
    ),
    v(
        RES,
        "veeam.space",
        "Repository [{host}] is getting low on free disk space ({gb} GB left of {gb} GB).",
        "Not enough free space in the backup repository. Required: {gb} GB, available: {gb} GB",
        "Snapshot storage is {pcthi}% full.",
    ),
    v(
        SEC,
        "veeam.auth",
        "Failed to authenticate to backup repository [{host}]: invalid credentials for user {user}.",
        "Access denied: user {user} has no permissions on repository [{host}].",
    ),
    r(
        SN,
        "restic.snapshot",
        "snapshot {hex8} saved",
        "Files:         {n} new,     {n} changed,     {n} unmodified",
        "Added to the repository: {mb} MiB ({mb} MiB stored)",
        "processed {n} files, {gb} GiB in {small}:{small}",
        "using parent snapshot {hex8}",
    ),
    r(
        ERR,
        "restic.fatal",
        "Fatal: unable to open config file: Stat: stat /srv/restic-repo/config: no such file or directory",
        "Fatal: unable to create lock in backend: repository is already locked by PID {pid} on {host} by {user} (UID "
        "{uid}, GID {uid})",
        "Fatal: repository contains errors",
        "error: load <data/{hex16}>: invalid data returned",
    ),
    r(
        SEC,
        "restic.password",
        "Fatal: wrong password or no key found",
        "Fatal: an empty password is not allowed by default. Pass the flag `--insecure-no-password` to restic to "
        "disable this check",
    ),
    r(
        SN,
        "restic.forget",
        "removed snapshot {hex8}",
        "Applying Policy: keep {small} daily, {small} weekly, {small} monthly snapshots",
        "restoring <Snapshot {hex8} of [/home/{user}] at {ts} by {user}@{host}> to /tmp/restore",
        "keep {small} snapshots:",
    ),
    r(
        DEP,
        "restic.deprecated",
        "the --{keep-tag|cache-dir} option is deprecated and will be removed in a future release",
        "environment variable RESTIC_{CACHE_DIR|REPOSITORY_FILE} is deprecated",
    ),
    g(
        SN,
        "borg.create",
        'Creating archive at "ssh://{user}@{host}/./backups::{host}-{gdate}"',
        "Archive name: {host}-{gdate}",
        "Number of files: {n}",
        "terminating with success status, rc 0",
    ),
    g(
        ERR,
        "borg.errors",
        "Failed to create/acquire the lock /srv/borg/lock.exclusive (timeout).",
        "Repository /srv/borg does not exist.",
        "Remote: Connection closed by remote host. Is borg working on the server?",
        "terminating with error status, rc 2",
    ),
    g(
        SEC,
        "borg.passphrase",
        "passphrase supplied in BORG_PASSPHRASE, by BORG_PASSCOMMAND or via BORG_PASSPHRASE_FD is incorrect.",
        "Cache is newer than repository - do you have an attack or is your repository outdated?",
        "Warning: The repository at location ssh://{user}@{host}/./backups was previously located at /srv/borg",
    ),
    g(
        RES,
        "borg.space",
        "Insufficient free space to complete transaction (required: {gb} GB, available: {mb} MB).",
        "All archives:            {gb} GB             {gb} GB             {gb} GB",
        "Deduplicated size of this archive: {mb} MB",
    ),
    g(
        DEP,
        "borg.deprecated",
        "--{keep-tag-files|remote-ratelimit} is deprecated. Use --{keep-exclude-tags|upload-ratelimit} instead.",
        'Warning: "--{save-space|prefix}" has no effect / is deprecated.',
    ),
    g(
        ERR,
        "borg.corrupt",
        "Data integrity error: Segment entry checksum mismatch [segment {n}, offset {n}]",
        "Index object count mismatch. committed index: {n} objects, rebuilt index: {n} objects",
        "Repository index missing or corrupted, trying to recover",
    ),
    n(
        SN,
        "rsnapshot.ok",
        "/usr/bin/rsnapshot {daily|hourly|weekly}: completed successfully",
        "/usr/bin/rsnapshot {daily|hourly|weekly}: started",
        "echo {pid} > /var/run/rsnapshot.pid",
        "mv /backup/{daily|hourly}.{small}/ /backup/{daily|hourly}.{small}/",
    ),
    n(
        ERR,
        "rsnapshot.err",
        "/usr/bin/rsnapshot {daily|hourly}: ERROR: /usr/bin/rsync returned 255 while processing {user}@{host}:/etc/",
        "/usr/bin/rsnapshot {daily|weekly}: completed, but with some errors",
        "ERROR: Lock file /var/run/rsnapshot.pid exists and so does the process, exiting",
    ),
    n(
        DEP,
        "rsnapshot.deprecated",
        'WARNING: The "{rsync_long_args --relative|interval}" parameter is deprecated. Please use "retain" instead.',
    ),
]
