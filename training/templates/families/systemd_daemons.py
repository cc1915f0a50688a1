"""systemd's daemons (journald, logind, timesyncd, networkd, resolved, coredump, oomd) and polkit (the `systemd`
family, continued from systemd.py, whose prefix styles these templates share).

Phrasings follow systemd's source: src/journal/journald-server.c (System Journal is ... max ... free, Suppressed
messages), src/login/logind-*.c (New session, Removed session, Power key pressed), timesyncd, networkd (Gained
carrier, DHCPv4 address), coredump (dumped core), oomd (Killed ... due to memory pressure), and polkit's
polkitagentlistener / polkitbackend.
"""

from training.templates.families._labels import er, ru, sa, sn, ua
from training.templates.families.systemd import FAMILY as FAMILY
from training.templates.families.systemd import P

TEMPLATES = [
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
        "systemd.memory_pressure",
        "systemd-journald systemd-resolved",
        P,
        "Under memory pressure, flushing caches.",
        "Memory pressure event (memory.pressure) received, flushing caches.",
    ),
]
