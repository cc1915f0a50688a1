"""Reboots and shutdowns on request (System Notification), as the systems that carry them out write them.

Each template keeps the family of the system that writes it (systemd, windows_eventlog, network_gear, ...), so
leave-one-family-out still leaves a whole system out. Phrasings follow: systemd's logind (logind-button.c "Power
key pressed short.", logind-utmp.c wall texts "The system will reboot at ...!", logind-dbus.c "Creating
/run/nologin, blocking further logins..."), systemctl/shutdown ("Reboot scheduled for ..., use 'shutdown -c' to
cancel."), systemd-shutdown ("Sending SIGTERM to remaining processes...",
"All filesystems unmounted.", "Rebooting."), PID 1 target texts ("Reached target System Reboot."), sysvinit's
shutdown.c wall ("The system is going down for reboot NOW!") and init ("Switching to runlevel: 6"), the kernel's
kernel/reboot.c ("reboot: Restarting system", "reboot: Power down"), BSD/macOS shutdown(8) and reboot(8) syslog
texts ("reboot by %s:", "rebooted by %s"), Microsoft's documentation of User32 1074, EventLog 6005/6006 and
Kernel-Power 109, and unattended-upgrades ("Found /var/run/reboot-required, rebooting"). Reboots of network
gear, BMCs and vSphere/libvirt/Proxmox guests are in planned_reboots_devices_hypervisors.py; Kubernetes node
maintenance (kubectl, kured, OpenShift) and cloud reboot operations are in planned_reboots_more.py.
"""

from training.templates.families._labels import sn
from training.values import register

FAMILY = "planned_reboots"

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
register(
    {
        "rb_when": lambda r: (
            f"{r.choice(_DAYS)} 202{r.randrange(3, 7)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d} "
            f"{r.randrange(24):02d}:{r.choice(('00', '15', '30', '45'))}:00 {r.choice(('UTC', 'CET', 'EST', 'PDT'))}"
        ),
        "rb_vm": lambda r: r.choice(("web", "db", "app", "build", "win", "dc", "ci")) + f"{r.randrange(1, 40):02d}",
        "rb_vmid": lambda r: str(r.randrange(100, 999)),
        "rb_esx": lambda r: f"esx{r.randrange(1, 30):02d}.{r.choice(('corp.local', 'lab.example.com', 'dc1.lan'))}",
        "rb_dc": lambda r: r.choice(("Datacenter", "DC-East", "HQ", "Lab")),
        "rb_upid": lambda r: (
            f"UPID:pve{r.randrange(1, 6)}:{r.randrange(0x1000, 0xFFFFF):08X}:{r.randrange(0x100000, 0xFFFFFFF):08X}:"
            f"{r.randrange(0x60000000, 0x6FFFFFFF):08X}"
        ),
        "rb_reason": lambda r: r.choice(
            (
                "Operating System: Service pack (Planned)",
                "Operating System: Upgrade (Planned)",
                "Operating System: Reconfiguration (Planned)",
                "Application: Maintenance (Planned)",
                "Other (Planned)",
                "Hardware: Maintenance (Planned)",
            )
        ),
        "rb_code": lambda r: r.choice(("0x80020010", "0x80020003", "0x80020004", "0x84040001", "0x80000000")),
        "rb_comment": lambda r: r.choice(
            (
                "monthly patching",
                "Patch Tuesday",
                f"CHG00{r.randrange(10000, 99999)}",
                "maintenance window",
                "",
                "kernel update",
            )
        ),
    }
)

P = "syslog journal none"
_SYSTEMD = "systemd"
_WIN = "windows_eventlog"

TEMPLATES = [
    # systemd / logind / sysvinit / kernel
    sn(
        "reboot.logind_keys",
        "systemd-logind",
        P,
        "Power key pressed short.",
        "Power key pressed long.",
        "Reboot key pressed short.",
        "Power key pressed short, powering off...",
        proc="systemd-logind",
        family=_SYSTEMD,
    ),
    sn(
        "reboot.logind_scheduled",
        "systemd-logind",
        P,
        "Creating /run/nologin, blocking further logins...",
        "System is rebooting ({maintenance window|Scheduled maintenance|kernel update|patching}).",
        "System is powering down ({maintenance window|planned power off|rack move}).",
        "System is rebooting.",
        proc="systemd-logind",
        family=_SYSTEMD,
    ),
    sn(
        "reboot.systemctl_scheduled",
        "systemctl shutdown",
        "none",
        "Reboot scheduled for {rb_when}, use 'shutdown -c' to cancel.",
        "Shutdown scheduled for {rb_when}, use 'shutdown -c' to cancel.",
        "Power-off scheduled for {rb_when}, use 'shutdown -c' to cancel.",
        family=_SYSTEMD,
    ),
    sn(
        "reboot.wall",
        "systemd-logind shutdown wall",
        "none syslog",
        "Broadcast message from root@{host} on pts/{small} ({rb_when}): The system will reboot at {rb_when}!",
        "The system will reboot now!",
        "The system will power off now!",
        "The system is going down for reboot at {rb_when}!",
        proc="systemd-logind",
        family=_SYSTEMD,
    ),
    sn(
        "reboot.sysvinit_wall",
        "shutdown init",
        "none syslog",
        "The system is going down for reboot NOW!",
        "The system is going down for system halt NOW!",
        "The system is going down for power off NOW!",
        "Broadcast message from {user}@{host} (pts/{small}) at {hour} ... The system is going down for reboot NOW!",
        proc="shutdown",
        family=_SYSTEMD,
    ),
    sn(
        "reboot.sysvinit_init",
        "init shutdown",
        "syslog none",
        "shutting down for system reboot",
        "shutting down for system halt",
        "INIT: Switching to runlevel: 6",
        "INIT: Sending processes configured via /etc/inittab the TERM signal",
        proc="init",
        family=_SYSTEMD,
    ),
    sn(
        "reboot.pid1_targets",
        "systemd",
        P,
        "Reached target System Reboot.",
        "Reached target reboot.target - System Reboot.",
        "Reached target System Power Off.",
        "Starting systemd-reboot.service - System Reboot...",
        proc="systemd",
        family=_SYSTEMD,
    ),
    sn(
        "reboot.pid1_stopping",
        "systemd",
        P,
        "Stopped target Multi-User System.",
        "Stopped target graphical.target - Graphical Interface.",
        "Reached target Shutdown.",
        "Reached target Late Shutdown Services.",
        proc="systemd",
        family=_SYSTEMD,
    ),
    sn(
        "reboot.systemd_shutdown",
        "systemd-shutdown",
        P,
        "Sending SIGKILL to remaining processes...",
        "Sending SIGTERM to remaining processes...",
        "All filesystems unmounted.",
        "All swaps deactivated.",
        proc="systemd-shutdown",
        family=_SYSTEMD,
    ),
    sn(
        "reboot.systemd_shutdown_final",
        "systemd-shutdown",
        P,
        "Rebooting.",
        "Powering off.",
        "Unmounting file systems.",
        "Detaching loop devices.",
        proc="systemd-shutdown",
        family=_SYSTEMD,
    ),
    sn(
        "reboot.kernel",
        "kernel",
        "syslog journal none",
        "reboot: Power down",
        "reboot: machine restart",
        "kvm: exiting hardware virtualization",
        proc="kernel",
        family="linux_kernel",
    ),
    sn(
        "reboot.unattended_upgrades",
        "unattended-upgrades",
        "py none syslog",
        "Found /var/run/reboot-required, rebooting",
        "Shutdown msg: b\"Reboot scheduled for {rb_when}, use 'shutdown -c' to cancel.\"",
        "*** System restart required ***",
        proc="unattended-upgrade",
        logger="root",
        family="package-managers",
    ),
    # BSD / macOS
    sn(
        "reboot.bsd_shutdown",
        "shutdown reboot macos freebsd",
        "syslog macos none",
        "reboot by {user}: {maintenance|patching|software update|}",
        "halt by {user}: {moving rack|power maintenance|}",
        "shutdown by {user}: {end of day|maintenance}",
        "rebooted by {user}",
        proc="shutdown",
        family="macos",
    ),
    sn(
        "reboot.bsd_kernel",
        "kernel freebsd",
        "syslog none",
        "Syncing disks, vnodes remaining... 0 0 0 done",
        "All buffers synced.",
        "Uptime: {small}d{small2}h{n}m{n2}s",
        "Rebooting...",
        proc="kernel",
        family="macos",
    ),
    # Windows
    sn(
        "reboot.win_1074_user",
        "Microsoft-Windows-Eventlog",
        "win winkv none",
        "The process C:\\Windows\\Explorer.EXE ({win_host}) has initiated the restart of computer {win_host} on behalf "
        "of user {win_dom}\\{user} for the following reason: {rb_reason} Reason Code: {rb_code} Shutdown Type: "
        "restart Comment: {rb_comment}",
        "The process C:\\Windows\\system32\\shutdown.exe ({win_host}) has initiated the power off of computer "
        "{win_host} on behalf of user {win_dom}\\{user} for the following reason: {rb_reason} Reason Code: {rb_code} "
        "Shutdown Type: power off Comment: {rb_comment}",
        "The process C:\\Windows\\System32\\RuntimeBroker.exe ({win_host}) has initiated the restart of computer "
        "{win_host} on behalf of user {win_dom}\\{user} for the following reason: Other (Unplanned) Reason Code: "
        "0x0 Shutdown Type: restart Comment:",
        logger="User32:1074",
        family=_WIN,
    ),
    sn(
        "reboot.win_1074_system",
        "Microsoft-Windows-Eventlog",
        "win winkv none",
        "The process C:\\Windows\\servicing\\TrustedInstaller.exe ({win_host}) has initiated the restart of computer "
        "{win_host} on behalf of user NT AUTHORITY\\SYSTEM for the following reason: Operating System: Upgrade "
        "(Planned) Reason Code: 0x80020003 Shutdown Type: restart Comment:",
        "The process C:\\Windows\\CCM\\CcmExec.exe ({win_host}) has initiated the restart of computer {win_host} on "
        "behalf of user NT AUTHORITY\\SYSTEM for the following reason: {rb_reason} Reason Code: {rb_code} Shutdown "
        "Type: restart Comment: Your computer will restart to complete the installation of software updates.",
        "The process C:\\Windows\\system32\\winlogon.exe ({win_host}) has initiated the power off of computer "
        "{win_host} on behalf of user {win_dom}\\{user} for the following reason: No title for this reason could be "
        "found Reason Code: 0x500ff Shutdown Type: power off Comment:",
        logger="User32:1074",
        family=_WIN,
    ),
    sn(
        "reboot.win_eventlog",
        "Microsoft-Windows-Eventlog",
        "win winkv none",
        "The Event log service was stopped.",
        "The kernel power manager has initiated a shutdown transition.",
        "The operating system is shutting down at system time {ts}.",
        logger="EventLog:6006|Microsoft-Windows-Kernel-Power:109|Microsoft-Windows-Kernel-General:13",
        family=_WIN,
    ),
    sn(
        "reboot.win_update_restart",
        "Microsoft-Windows-WindowsUpdateClient",
        "win winkv none",
        "Restart Required: To complete the installation of the following updates, the computer must be restarted. "
        "Until this computer has been restarted, Windows cannot search for or download new updates: 2024-{10|11|12} "
        "Cumulative Update for Windows {10|11} Version {22H2|23H2} for x64-based Systems (KB50{n}{n2})",
        "The system will restart in {15|5|10} minutes to finish installing updates.",
        "Your device is scheduled to restart outside active hours.",
        logger="Microsoft-Windows-WindowsUpdateClient:21|Microsoft-Windows-WindowsUpdateClient:22",
        family=_WIN,
    ),
    sn(
        "reboot.win_hyperv_guest",
        "Microsoft-Windows-Hyper-V-Worker",
        "win winkv none",
        "'{rb_vm}' was shut down using the Shutdown Integration Component. (Virtual machine ID {uuid})",
        "'{rb_vm}' was shut down by the guest operating system. (Virtual machine ID {uuid})",
        "'{rb_vm}' was turned off. (Virtual machine ID {uuid})",
        logger="Microsoft-Windows-Hyper-V-Worker:18504|Microsoft-Windows-Hyper-V-Worker:18508|Microsoft-Windows-Hyper-V-Worker:18502",
        family=_WIN,
    ),
]
