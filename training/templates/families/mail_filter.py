"""Mail filtering: ClamAV clamd/freshclam, SpamAssassin spamd, rspamd and OpenDKIM.

Phrasings follow clamd's logg() texts ("SelfCheck: Database status OK.", "<path>: <sig> FOUND"), freshclam's
update messages ("daily.cld updated (version: ..., sigs: ..., f-level: ..., builder: ...)"), spamd's
"spamd: identified spam"/"clean message" lines, rspamd's task log ("<id>; task; rspamd_task_write_log")
and opendkim's "DKIM verification successful" / "bad signature data" texts.
"""

from training.templates.families._kit import CRIT, DEP, ERR, RES, SEC, SN, maker

FAMILY = "mail_filter"
c = maker("mail_filter", sources="clamav clamd", prefixes="syslog journal none", proc="clamd")
f = maker("mail_filter", sources="clamav freshclam", prefixes="syslog journal none", proc="freshclam")
sa = maker("mail_filter", sources="spamassassin spamd", prefixes="syslog journal", proc="spamd")
r = maker("mail_filter", sources="rspamd", prefixes="none syslog", proc="rspamd")
d = maker("mail_filter", sources="opendkim", prefixes="syslog journal", proc="opendkim")

TEMPLATES = [
    c(
        SN,
        "clamd.selfcheck",
        "SelfCheck: Database status OK.",
        "SelfCheck: Database modification detected. Forcing reload.",
        "Database correctly reloaded ({n} signatures)",
        "Reading databases from /var/lib/clamav",
    ),
    c(
        SN,
        "clamd.start",
        "clamd daemon {1.0.5|1.2.1|0.103.11} (OS: linux-gnu, ARCH: x86_64, CPU: x86_64)",
        "Listening daemon: PID: {pid}",
        "Limits: Global time limit set to 120000 milliseconds.",
        "TCP: Bound to [{ip}]:3310",
    ),
    c(
        SEC,
        "clamd.found",
        "{file}: {Win.Trojan.Agent-9876543|Eicar-Signature|Doc.Dropper.Agent-9876543} FOUND",
        "instream({ip}@{port}): {Win.Malware.Emotet-9953218|Eicar-Test-Signature} FOUND",
        "fdpass: {file}: {Html.Phishing.Bank-1325|Xls.Downloader.Agent-9876543} FOUND",
    ),
    c(
        ERR,
        "clamd.errors",
        "{file}: Can't open file or directory ERROR",
        "lstat() failed on: {file}",
        "Can't connect to clamd on {ip}:3310: Connection refused",
        "Can't open file or directory",
    ),
    c(
        RES,
        "clamd.limits",
        "{file}: Heuristics.Limits.Exceeded.MaxFileSize FOUND",
        "cli_scanzip: Files limit reached (max: {n})",
        "INSTREAM: Size limit reached, (requested: {n}, max: {n})",
        "MaxScanSize: scansize exceeded (max {n}, needed {n})",
    ),
    c(
        CRIT,
        "clamd.dead",
        "cl_load(): Malformed database",
        "LibClamAV Error: cli_loaddbdir(): No supported database files found in /var/lib/clamav",
    ),
    f(
        SN,
        "freshclam.updated",
        "daily.cld updated (version: {n}, sigs: {n}, f-level: 90, builder: raynman)",
        "daily.cld database is up-to-date (version: {n}, sigs: {n}, f-level: 90, builder: raynman)",
        "main.cvd database is up-to-date (version: 62, sigs: 6647427, f-level: 90, builder: sigmgr)",
        "Clamd successfully notified about the update.",
    ),
    f(
        ERR,
        "freshclam.fail",
        "Update failed for database: daily",
        "Database update process failed: Connection failed",
        "Download failed (28) ERROR: Message: Timeout was reached",
        "Can't query current.cvd.clamav.net",
    ),
    f(
        ERR,
        "freshclam.cooldown",
        "FreshClam received error code 429 from the ClamAV Content Delivery Network (CDN). This means that you have "
        "been rate limited by the CDN.",
        "FreshClam received error code 403 from the ClamAV Content Delivery Network (CDN). This could mean several "
        "things: You are blocked",
    ),
    f(
        DEP,
        "freshclam.outdated",
        "Your ClamAV installation is OUTDATED!",
        "Local version: {0.103.8|0.102.4} Recommended version: {1.0.5|1.2.1}",
        "WARNING: Your ClamAV installation is OUTDATED! DON'T PANIC! Read "
        "https://docs.clamav.net/manual/Installing.html",
    ),
    sa(
        SN,
        "spamd.clean",
        "spamd: clean message ({pctf}/5.0) for {user}:{uid} in {sec} seconds, {n} bytes.",
        "spamd: result: . {small} - {BAYES_00|DKIM_SIGNED,DKIM_VALID|SPF_PASS} "
        "scantime={sec},size={n},user={user},uid={uid}",
        "spamd: connection from localhost [::1]:{port} to port 783, fd 5",
        "spamd: processing message <{hex16}@{domain}> for {user}:{uid}",
    ),
    sa(
        SEC,
        "spamd.spam",
        "spamd: identified spam ({small}.{small}/5.0) for {user}:{uid} in {sec} seconds, {n} bytes.",
        "spamd: result: Y {small} - {BAYES_99,HTML_MESSAGE,URIBL_BLACK|RCVD_IN_SBL,RDNS_NONE} "
        "scantime={sec},size={n},user={user},uid={uid}",
    ),
    sa(
        ERR,
        "spamd.errors",
        "spamd: bayes: cannot open bayes databases /var/lib/spamassassin/.spamassassin/bayes_* R/O: tie failed",
        "spamd: handle_user (userdir) unable to find user: '{user}'",
        "spamd: timeout: (child) lost connection to the client",
    ),
    sa(
        SN,
        "spamd.children",
        "prefork: child states: II",
        "spamd: server started on IO::Socket::IP [127.0.0.1]:783 (running version 4.0.0)",
        "spamd: server successfully spawned child process, pid {pid}",
        "spamd: server killed by SIGTERM, shutting down",
    ),
    sa(
        DEP,
        "spamd.deprecated",
        "config: warning: score set for non-existent rule {RCVD_IN_SORBS_DUL|URIBL_SBL_A}",
        "plugin: deprecated plugin {Mail::SpamAssassin::Plugin::AWL|Mail::SpamAssassin::Plugin::Razor2} loaded",
        'config: the "{use_auto_whitelist|auto_whitelist_path}" option is deprecated, please use '
        '"{use_txrep|txrep_path}"',
    ),
    r(
        SN,
        "rspamd.task",
        "<{hex8}>; task; rspamd_task_write_log: id: <{hex16}@{domain}>, qid: <{hex12}>, ip: {ip}, from: <{email}>, "
        "(default: F (no action): [{pctf}/15.00] [DMARC_POLICY_ALLOW(-0.50){{{domain};none}}]), len: {n}, time: "
        "{ms}ms",
        "<{hex8}>; main; rspamd_main: rspamd 3.{small} is starting, build id: release",
        "<{hex8}>; map; rspamd_map_read_http_cached_file: read cached data for "
        "http://maps.rspamd.com/rspamd/{mime_types.inc.zst|freemail.map}",
    ),
    r(
        SEC,
        "rspamd.reject",
        "<{hex8}>; task; rspamd_task_write_log: id: <{hex16}@{domain}>, ip: {ip}, from: <{email}>, (default: T "
        "(reject): [{small}.{small}/15.00] [CLAM_VIRUS(10.00){{Eicar}}]), len: {n}",
        '<{hex8}>; lua; antivirus.lua:{n}: clamav: virus found: "{Win.Trojan.Agent-9876543|Eicar-Signature}"',
        "<{hex8}>; task; rspamd_task_write_log: (default: T (add header): [{small}.{small}/15.00] "
        "[BAYES_SPAM(5.10){{99.99%}}])",
    ),
    r(
        ERR,
        "rspamd.errors",
        "<{hex8}>; proxy; rspamd_redis_connected: cannot get bayes value: Connection refused",
        "<{hex8}>; lua; lua_redis.lua:{n}: cannot make request to redis: cannot connect to redis",
        "<{hex8}>; csession; rspamd_fuzzy_io_callback: cannot read from fuzzy server {ip}:11335: Connection timed out",
    ),
    r(
        RES,
        "rspamd.memory",
        "<{hex8}>; main; rspamd_check_termination_clause: {normal|controller} process {pid} consumed too much "
        "memory: {mb}MB",
        "<{hex8}>; main; rspamd_main_heartbeat_cb: lost heartbeat from worker type normal with pid {pid}, last beat "
        "on: {ts} ({n} beats lost)",
    ),
    r(
        ERR,
        "rspamd.crash",
        "<{hex8}>; main; rspamd_worker_crash_handler: caught fatal signal 11 (Segmentation fault), pid: {pid}",
        "<{hex8}>; main; rspamd_cld_handler: {normal|proxy} process {pid} terminated abnormally by signal: "
        "Segmentation fault",
    ),
    d(
        SN,
        "opendkim.verified",
        "{hex12}: DKIM verification successful",
        "{hex12}: DKIM-Signature field added (s={default|mail}, d={domain})",
        "{hex12}: s={default|google|selector1} d={domain} SSL",
        "OpenDKIM Filter v2.11.0 starting (args: -x /etc/opendkim.conf)",
    ),
    d(
        SEC,
        "opendkim.bad",
        "{hex12}: bad signature data",
        "{hex12}: {ip} [{ip}] not internal",
        "{hex12}: signature verification failed for d={domain}",
        "{hex12}: no signature data",
    ),
    d(
        ERR,
        "opendkim.errors",
        "{hex12}: key retrieval failed (s={default|mail}, d={domain}): '{default|mail}._domainkey.{domain}' query "
        "timed out",
        "{hex12}: key retrieval failed (s=default, d={domain}): '_domainkey.{domain}' record not found",
        "opendkim: /etc/opendkim/keys/{domain}/default.private: key data is not secure: /etc/opendkim/keys can be "
        "read or written by other users",
    ),
    d(
        DEP,
        "opendkim.deprecated",
        'opendkim: /etc/opendkim.conf: configuration parameter "{LocalADSP|ADSPAction|SenderHeaders}" is deprecated',
    ),
]
