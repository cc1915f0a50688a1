"""systemd (PID 1 and its daemons: journald, logind, timesyncd, networkd, resolved, coredump, oomd) and polkit.

Phrasings follow systemd's source: src/core/job.c (job_done strings: Started/Failed to start/
Dependency failed for/Timed out waiting for device), src/core/service.c (Main process exited,
Failed with result, Start request repeated too quickly, Scheduled restart job, Consumed ... CPU
time), src/core/load-fragment.c and unit.c (Standard output type syslog is obsolete, PIDFile=
references a path below legacy directory /var/run/, KillMode=none deprecated, MemoryLimit=/CPUShares=
replaced), src/sysv-generator (compatibility logic is deprecated), src/journal/journald-server.c
(System Journal is ... max ... free, Suppressed messages), src/login/logind-*.c (New session, Removed
session, Power key pressed), timesyncd, networkd (Gained carrier, DHCPv4 address), coredump (dumped
core), oomd (Killed ... due to memory pressure), and polkit's polkitagentlistener / polkitbackend.
"""

from training.templates.families._labels import ce, dw, er, ru, sa, sn, ua
from training.values import register

FAMILY = "systemd"

register(
    {
        "sd_desc": lambda r: r.choice(
            (
                "The nginx HTTP and reverse proxy server",
                "PostgreSQL Cluster 16-main",
                "Docker Application Container Engine",
                "OpenBSD Secure Shell server",
                "Daily apt download activities",
                "Rotate log files",
                "Network Time Synchronization",
                "Session 4 of User ubuntu",
                "Cleanup of Temporary Directories",
                "containerd container runtime",
                "Prometheus Node Exporter",
                "LSB: Apache2 web server",
            )
        ),
        "sd_target": lambda r: r.choice(
            ("Graphical Interface", "Network is Online", "Basic System", "Timers", "Sockets")
        ),
        "sd_exe": lambda r: r.choice(
            ("/usr/local/bin/app", "/opt/agent/bin/agent", "/usr/bin/node", "/usr/sbin/nginx")
        ),
    }
)

P = "syslog journal"
S = "systemd"
_SVC = "{nginx|docker|postgresql@16-main|myapp|node-exporter|gunicorn|redis-server|kubelet}.service"

TEMPLATES = [
    sn(
        "systemd.started",
        S,
        P,
        "Started {sd_desc}.",
        "Starting {sd_desc}...",
        "Finished {sd_desc}.",
        "Started {unit} - {sd_desc}.",
    ),
    sn(
        "systemd.stopped",
        S,
        P,
        "Stopped {sd_desc}.",
        "Stopping {sd_desc}...",
        "{unit}: Deactivated successfully.",
        "{unit}: Succeeded.",
    ),
    sn(
        "systemd.target",
        S,
        P,
        "Reached target {sd_target}.",
        "Stopped target {sd_target}.",
        "Reached target {sd_target} - {sd_target2}.",
    ),
    sn(
        "systemd.reload",
        S,
        P,
        "Reloading.",
        "Reloaded {sd_desc}.",
        "Reloading {sd_desc}...",
        "Reloading requested from client PID {pid} ('systemctl') (unit user@{uid}.service)...",
    ),
    sn(
        "systemd.startup_finished",
        S,
        P,
        "Startup finished in {sec}s (kernel) + {sec2}s (userspace) = {sec3}s.",
        "Startup finished in {sec}s (firmware) + {sec2}s (loader) + {sec3}s (kernel) + {sec4}s (userspace) = "
        "{n}.{ms}s.",
        "Reached target Graphical Interface.",
    ),
    sn(
        "systemd.listening_mounted",
        S,
        P,
        "Listening on {D-Bus System Message Bus Socket|Journal Socket|OpenBSD Secure Shell server socket}.",
        "Mounted {/boot/efi|/data|/var/lib/docker|FUSE Control File System}.",
        "Created slice User Slice of UID {uid}.",
        "Created slice system-getty.slice - Slice /system/getty.",
    ),
    sn(
        "systemd.journal_started",
        "systemd-journald",
        P,
        "Journal started",
        "Journal stopped",
        "Time spent on flushing to /var/log/journal/{hex32} is {ms}.{small}ms for {n} entries.",
        "Received SIGTERM from PID 1 (systemd).",
        proc="systemd-journald",
    ),
    sn(
        "systemd.logind_power",
        "systemd-logind",
        P,
        "Power key pressed.",
        "System is rebooting.",
        "System is powering down.",
        "The system will reboot now!",
        "Lid closed.",
        proc="systemd-logind",
    ),
    sn(
        "systemd.timesync",
        "systemd-timesyncd",
        P,
        "Initial synchronization to time server {ip}:123 ({0.ubuntu.pool.ntp.org|ntp.ubuntu.com|time.cloudflare.com}).",
        "Contacted time server {ip}:123 (ntp.ubuntu.com).",
        "Network configuration changed, trying to establish connection.",
        proc="systemd-timesyncd",
    ),
    sn(
        "systemd.networkd",
        "systemd-networkd",
        P,
        "{iface}: Gained carrier",
        "{iface}: DHCPv4 address {ip}/{16|24}, gateway {ip2} acquired from {ip2}",
        "{iface}: Gained IPv6LL",
        "{iface}: Link UP",
        proc="systemd-networkd",
    ),
    ua(
        "systemd.logind_session",
        "systemd-logind",
        P,
        "New session {n} of user {user}.",
        "New session c{small} of user {user}.",
        proc="systemd-logind",
    ),
    ua(
        "systemd.logind_logout",
        "systemd-logind",
        P,
        "Session {n} logged out. Waiting for processes to exit.",
        "Removed session {n}.",
        "Removed session c{small}.",
        proc="systemd-logind",
    ),
    ua(
        "systemd.polkit_ok",
        "polkitd",
        P,
        "Operator of unix-session:{small} successfully authenticated as unix-user:{user} to gain ONE-SHOT "
        "authorization "
        "for action org.freedesktop.systemd1.manage-units for system-bus-name::1.{n} [systemctl restart {unit}] "
        "(owned by unix-user:{user})",
        "Operator of unix-session:{small} successfully authenticated as unix-user:{user} to gain TEMPORARY "
        "authorization for action org.freedesktop.packagekit.package-install for system-bus-name::1.{n}",
        proc="polkitd",
    ),
    sa(
        "systemd.polkit_failed",
        "polkitd",
        P,
        "Operator of unix-session:{small} FAILED to authenticate to gain authorization for action "
        "org.freedesktop.systemd1.manage-units for system-bus-name::1.{n} [systemctl restart {unit}] "
        "(owned by unix-user:{user})",
        "Operator of unix-session:{small} FAILED to authenticate to gain authorization for action "
        "org.freedesktop.login1.reboot for system-bus-name::1.{n} [systemctl reboot] (owned by unix-user:{user})",
        proc="polkitd",
    ),
    sa(
        "systemd.polkit_unregistered",
        "polkitd",
        P,
        "Unregistered Authentication Agent for unix-process:{pid}:{num} (system bus name :1.{n}, object path "
        "/org/freedesktop/PolicyKit1/AuthenticationAgent, locale en_US.UTF-8) (disconnected from bus)",
        "Error executing command as another user: Not authorized",
        "pkexec: {user}: Error executing command as another user: Not authorized [USER=root] [TTY=/dev/pts/{small}] "
        "[CWD=/home/{user}] [COMMAND=/usr/bin/bash]",
        proc="polkitd",
    ),
    er(
        "systemd.failed_to_start",
        S,
        P,
        "Failed to start {sd_desc}.",
        "Failed to start {unit} - {sd_desc}.",
        "{unit}: Failed with result 'exit-code'.",
        f"{_SVC}: Failed with result '{{timeout|signal|core-dump|oom-kill}}'.",
    ),
    er(
        "systemd.main_exited",
        S,
        P,
        f"{_SVC}: Main process exited, code=exited, status=1/FAILURE",
        f"{_SVC}: Main process exited, code=killed, status={{9/KILL|6/ABRT|11/SEGV}}",
        f"{_SVC}: Main process exited, code=dumped, status=11/SEGV",
        f"{_SVC}: Control process exited, code=exited, status=203/EXEC",
    ),
    er(
        "systemd.restart_loop",
        S,
        P,
        f"{_SVC}: Start request repeated too quickly.",
        f"{_SVC}: Scheduled restart job, restart counter is at {{small}}.",
        f"{_SVC}: Service RestartSec=100ms expired, scheduling restart.",
    ),
    er(
        "systemd.dependency_failed",
        S,
        P,
        "Dependency failed for {sd_desc}.",
        "{unit}: Job {unit}/start failed with result 'dependency'.",
    ),
    er(
        "systemd.exec_failed",
        S,
        P,
        f"{_SVC}: Failed to execute {{sd_exe}}: No such file or directory",
        f"{_SVC}: Failed at step EXEC spawning {{sd_exe}}: No such file or directory",
        f"{_SVC}: Failed to determine user credentials: No such process",
        f"{_SVC}: Failed at step USER spawning {{sd_exe}}: No such process",
    ),
    er(
        "systemd.timeouts",
        S,
        P,
        f"{_SVC}: State 'stop-sigterm' timed out. Killing.",
        f"{_SVC}: Start operation timed out. Terminating.",
        f"{_SVC}: Watchdog timeout (limit 3min)!",
        f"{_SVC}: Killing process {{pid}} ({{sd_exe}}) with signal SIGKILL.",
    ),
    er(
        "systemd.mount_failed",
        S,
        P,
        "Failed to mount {/data|/mnt/backup|/srv/nfs}.",
        "{data|mnt-backup|srv-nfs}.mount: Mount process exited, code=exited, status=32/n/a",
        "Failed to start File System Check on /dev/disk/by-uuid/{uuid}.",
    ),
    er(
        "systemd.coredump",
        "systemd-coredump",
        P,
        "Process {pid} ({node|python3|java|nginx|myapp}) of user {uid} dumped core.",
        "Process {pid} ({node|python3|java}) of user {uid} terminated abnormally with signal 6/ABRT, processing...",
        "Resource limits disable core dumping for process {pid} ({java|python3}).",
        proc="systemd-coredump",
    ),
    er(
        "systemd.journal_errors",
        "systemd-journald",
        P,
        "File /var/log/journal/{hex32}/system.journal corrupted or uncleanly shut down, renaming and replacing.",
        "Journal file /var/log/journal/{hex32}/user-{uid}.journal corrupted, ignoring file.",
        "Failed to open system journal: No space left on device",
        "Forwarding to syslog missed {n} messages.",
        proc="systemd-journald",
    ),
    er(
        "systemd.net_errors",
        "systemd-timesyncd systemd-resolved systemd-networkd",
        P,
        "Timed out waiting for reply from {ip}:123 (ntp.ubuntu.com).",
        "Using degraded feature set UDP instead of EDNS0 for DNS server {ip}.",
        "{iface}: Could not set DHCPv4 address: Connection timed out",
        "{iface}: Lost carrier",
    ),
    ce(
        "systemd.emergency",
        S,
        P,
        "Dependency failed for Local File Systems.",
        "Reached target Emergency Mode.",
        'You are in emergency mode. After logging in, type "journalctl -xb" to view system logs, "systemctl reboot" to '
        'reboot, "systemctl default" or "exit" to boot into default mode.',
        "Failed to start Switch Root.",
    ),
    ce(
        "systemd.pid1_crash",
        S,
        P,
        "Caught <SEGV>, dumped core as pid {pid}.",
        "Freezing execution.",
        "Assertion '{u->load_state == UNIT_LOADED|m}' failed at src/core/unit.c:{n}, function unit_{start|notify}(). "
        "Aborting.",
        "Failed to mount API filesystems.",
    ),
    er(
        "systemd.journald_watchdog",
        S,
        P,
        "systemd-journald.service: Watchdog timeout (limit 3min)!",
        "systemd-journald.service: Killing process {pid} (systemd-journal) with signal SIGABRT.",
    ),
    ru(
        "systemd.consumed",
        S,
        P,
        f"{_SVC}: Consumed {{sec}}s CPU time.",
        f"{_SVC}: Consumed {{n}}min {{sec}}s CPU time, {{n}}.{{small}}M memory peak, 0B memory swap peak.",
        "session-{n}.scope: Consumed {sec}s CPU time.",
    ),
    ru(
        "systemd.journal_size",
        "systemd-journald",
        P,
        "System Journal (/var/log/journal/{hex32}) is {n}.{small}M, max {n2}.{small2}G, {n3}.{small3}G free.",
        "Runtime Journal (/run/log/journal/{hex32}) is {small}.{small2}M, max {n}.{small3}M, {n2}.{small4}M free.",
        "Data hash table of /var/log/journal/{hex32}/system.journal has a fill level at 75.0 ({n} of {n2} items, "
        "{num} file size, {n} bytes per hash table item), suggesting rotation.",
        proc="systemd-journald",
    ),
    ru(
        "systemd.journal_suppressed",
        "systemd-journald",
        P,
        "Suppressed {n} messages from {unit}",
        "Suppressed {num} messages from /system.slice/{unit}",
        proc="systemd-journald",
    ),
    ru(
        "systemd.oomd",
        "systemd-oomd",
        P,
        "Killed /user.slice/user-{uid}.slice/user@{uid}.service/app.slice/{unit} due to memory pressure for "
        "/user.slice/user-{uid}.slice/user@{uid}.service being {pct}.{small}% > 50.00% for > 20s with reclaim activity",
        "Killed /system.slice/{unit} due to memory used (/system.slice) / total ({pcthi}.{small}%) and swap used "
        "({pcthi}.{small}%) being more than 90.00%",
        proc="systemd-oomd",
    ),
    ru(
        "systemd.tasks_limit",
        S,
        P,
        f"{_SVC}: Failed to fork: Resource temporarily unavailable",
        "user@{uid}.service: Tasks limit reached ({n} of {n2} tasks)",
        f"{_SVC}: A process of this unit has been killed by the OOM killer.",
    ),
    dw(
        "systemd.stdout_syslog",
        S,
        P,
        "/etc/systemd/system/{myapp|agent|legacy}.service:{small}: Standard output type syslog is obsolete, "
        "automatically updating to journal. Please update your unit file, and consider removing the setting "
        "altogether.",
        "/lib/systemd/system/{rsync|ntp|proftpd}.service:{small}: Standard output type syslog+console is obsolete, "
        "automatically updating to journal+console. Please update your unit file, and consider removing the setting "
        "altogether.",
    ),
    dw(
        "systemd.var_run",
        S,
        P,
        "/lib/systemd/system/{redis|mysql|haproxy|named}.service:{small}: PIDFile= references a path below legacy "
        "directory /var/run/, updating /var/run/{redis|mysql|haproxy}.pid → /run/{redis|mysql|haproxy}.pid; please "
        "update the unit file accordingly.",
        "/usr/lib/tmpfiles.d/{screen|samba|legacy}.conf:{small}: Line references path below legacy directory "
        "/var/run/, "
        "updating /var/run/{screen|samba} → /run/{screen|samba}; please update the tmpfiles.d/ drop-in file "
        "accordingly.",
    ),
    dw(
        "systemd.killmode_none",
        S,
        P,
        "/etc/systemd/system/{myapp|agent|legacy}.service:{small}: Unit configured to use KillMode=none. This is "
        "unsafe, "
        "as it disables systemd's process lifecycle management for the service. Please update your service to use a "
        "safer KillMode=, such as 'mixed' or 'control-group'. Support for KillMode=none is deprecated and will "
        "eventually be removed.",
    ),
    dw(
        "systemd.cgroup_v1_options",
        S,
        P,
        f"{_SVC}: Unit uses MemoryLimit=; please use MemoryMax= instead. Support for MemoryLimit= will be removed "
        f"soon.",
        f"{_SVC}: Unit uses CPUShares=; please use CPUWeight= instead. Support for CPUShares= will be removed soon.",
        f"{_SVC}: Unit uses BlockIOWeight=; please use IOWeight= instead. Support for BlockIOWeight= will be removed "
        "soon.",
        "/etc/systemd/system/{myapp|agent}.service:{small}: Support for option BlockIOAccounting= has been removed and "
        "it is ignored",
    ),
    dw(
        "systemd.sysv_generator",
        "systemd-sysv-generator",
        P,
        "SysV service '/etc/init.d/{ntp|vboxadd|legacy-agent}' lacks a native systemd unit file, automatically "
        "generating a unit file for compatibility. Please update package to include a native systemd unit file. "
        "! This compatibility logic is deprecated, expect removal soon. !",
        "SysV service '/etc/init.d/{ntp|vboxadd|legacy-agent}' lacks a native systemd unit file. ~ Automatically "
        "generating a unit file for compatibility. Please update package to include a native systemd unit file, in "
        "order to make it safe, robust and future-proof.",
        proc="systemd-sysv-generator",
    ),
    ru(
        "systemd.memory_pressure",
        "systemd-journald systemd-resolved",
        P,
        "Under memory pressure, flushing caches.",
        "Memory pressure event (memory.pressure) received, flushing caches.",
    ),
]
