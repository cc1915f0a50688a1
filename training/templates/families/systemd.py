"""systemd PID 1: units, jobs, targets, services and unit-file deprecations (daemons, polkit: systemd_daemons.py).

Phrasings follow systemd's source: src/core/job.c (job_done strings: Started/Failed to start/
Dependency failed for/Timed out waiting for device), src/core/service.c (Main process exited,
Failed with result, Start request repeated too quickly, Scheduled restart job, Consumed ... CPU
time), src/core/load-fragment.c and unit.c (Standard output type syslog is obsolete, PIDFile=
references a path below legacy directory /var/run/, KillMode=none deprecated, MemoryLimit=/CPUShares=
replaced) and src/sysv-generator (compatibility logic is deprecated).
"""

from training.templates.families._labels import ce, dw, er, ru, sn
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
]
