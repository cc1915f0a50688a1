"""Reboots and shutdowns on request (System Notification) of network gear, BMCs and vSphere/libvirt/Proxmox guests.

Continued from planned_reboots.py, whose placeholders ({rb_when}, {rb_vm}, {rb_esx}, ...) these templates share; as
there, each template keeps the family of the system that writes it. Phrasings follow Cisco's system message guides
(%SYS-5-RELOAD, %SYS-5-SCHEDULED_RELOAD, NX-OS %PLATFORM-2-PFM_SYSTEM_RESET, ASA 199001), Juniper's system log
reference (UI_REBOOT_EVENT), ipmitool's chassis power output and IPMI 2.0 sensor-specific event strings (Power Button
pressed, Initiated by warm reset, S5/G2: soft-off), vSphere's event catalogue (VmGuestRebootEvent "Guest OS reboot
for ... on ... in ...", EnteredMaintenanceModeEvent), virsh ("Domain 'x' is being rebooted") and Proxmox VE task
UPIDs (qmreboot, qmshutdown).
"""

from training.templates.families._labels import sn
from training.templates.families.hpc_ras import _SEL
from training.templates.families.planned_reboots import FAMILY as FAMILY

_NET = "network_gear"
_VIRT = "virtualization"

TEMPLATES = [
    # Network gear
    sn(
        "reboot.ios_reload",
        "cisco-ios",
        "syslog none",
        "{cisco_hdr}%SYS-5-RELOAD: Reload requested by {user} on vty{small} ({ip}). Reload Reason: Reload Command.",
        "{cisco_hdr}%SYS-5-RELOAD: Reload requested by Exec. Reload Reason: Reason unspecified.",
        "{cisco_hdr}%SYS-5-RELOAD: Reload requested by {user} on console. Reload Reason: {Upgrade|Maintenance}.",
        family=_NET,
    ),
    sn(
        "reboot.ios_scheduled",
        "cisco-ios",
        "syslog none",
        "{cisco_hdr}%SYS-5-SCHEDULED_RELOAD: Reload requested for {hour}:00 UTC {rb_when} at {hour}:12 UTC by {user} "
        "on vty{small} ({ip}). Reload Reason: {Maintenance|Upgrade|IOS upgrade}.",
        "{cisco_hdr}%SYS-5-SCHEDULED_RELOAD_CANCELLED:  Scheduled reload cancelled at {hour}:40 UTC by {user} on "
        "vty{small} ({ip})",
        "Reload scheduled for {hour}:00:00 UTC {rb_when} (in {small} hours and {n} minutes) by {user} on vty{small}",
        family=_NET,
    ),
    sn(
        "reboot.nxos_asa",
        "cisco-nxos cisco-asa",
        "syslog none",
        "{cisco_hdr}%PLATFORM-2-PFM_SYSTEM_RESET: Manual system restart from Command Line Interface",
        "%ASA-5-199001: Reload command executed from Telnet (remote {ip}).",
        "%ASA-5-199001: Reload command executed from SSH (remote {ip}).",
        family=_NET,
    ),
    sn(
        "reboot.junos",
        "junos mgd",
        "syslog none",
        "UI_REBOOT_EVENT: System reboot or halt requested by '{user}'",
        "UI_REBOOT_EVENT: System rebooted by '{user}'",
        "*** FINAL System shutdown message from {user}@{host} *** System going down IMMEDIATELY",
        "SHUTDOWN NOW! [pid {pid}]",
        proc="mgd",
        family=_NET,
    ),
    # BMC / IPMI
    sn(
        "reboot.ipmitool_power",
        "ipmitool",
        "none",
        "Chassis Power Control: Cycle",
        "Chassis Power Control: Reset",
        "Chassis Power Control: Soft",
        "Chassis Power Control: Down/Off",
        family="hpc_ras",
    ),
    sn(
        "reboot.sel_power_events",
        "ipmi",
        "none",
        _SEL + "Button #0x{hex4} | Power Button pressed | Asserted",
        _SEL + "System Boot Initiated #0x{hex4} | Initiated by warm reset | Asserted",
        _SEL + "System ACPI Power State #0x{hex4} | S5/G2: soft-off | Asserted",
        _SEL + "System Boot Initiated #0x{hex4} | Initiated by power up | Asserted",
        family="hpc_ras",
    ),
    sn(
        "reboot.bmc_requested",
        "idrac ilo bmc",
        "none syslog",
        "RAC0701: Requested system powercycle.",
        "RAC0704: Requested system powerdown.",
        "SYS1001: System is turning off.",
        "SYS1002: System is resetting.",
        family="hpc_ras",
    ),
    sn(
        "reboot.ilo_events",
        "ilo",
        "none syslog",
        "Server power restored.",
        "Server reset.",
        "Host server reset initiated by user {user} via iLO web interface.",
        "Server power removed by iLO user {user} (momentary press).",
        family="hpc_ras",
    ),
    # Hypervisors
    sn(
        "reboot.vsphere_events",
        "vcenter vpxd",
        "none iso",
        "Guest OS reboot for {rb_vm} on {rb_esx} in {rb_dc}",
        "Guest OS shut down for {rb_vm} on {rb_esx} in {rb_dc}",
        "{rb_vm} on {rb_esx} in {rb_dc} is reset",
        "{rb_vm} on {rb_esx} in {rb_dc} is powered off",
        logger="vpxd",
        family=_VIRT,
    ),
    sn(
        "reboot.vsphere_host",
        "vcenter vpxd esxi",
        "none iso syslog",
        "Host {rb_esx} in {rb_dc} has entered maintenance mode",
        "Host {rb_esx} in {rb_dc} has started to enter maintenance mode",
        "Host {rb_esx} in {rb_dc} has exited maintenance mode",
        "Shut down of {rb_esx} in {rb_dc}: {Patching|Maintenance|Hardware replacement}",
        logger="vpxd",
        family=_VIRT,
    ),
    sn(
        "reboot.virsh",
        "virsh libvirtd",
        "none syslog",
        "Domain '{rb_vm}' is being rebooted",
        "Domain '{rb_vm}' is being shutdown",
        "Domain {rb_vm} is being rebooted",
        "Domain '{rb_vm}' destroyed",
        proc="libvirtd",
        family=_VIRT,
    ),
    sn(
        "reboot.qemu_signal",
        "qemu libvirtd",
        "none syslog",
        "qemu-system-x86_64: terminating on signal 15 from pid {pid} (/usr/sbin/libvirtd)",
        "qemu-kvm: terminating on signal 15 from pid {pid} (<unknown process>)",
        "shutting down, reason=shutdown",
        "shutting down, reason=destroyed",
        proc="libvirtd",
        family=_VIRT,
    ),
    sn(
        "reboot.proxmox_tasks",
        "pvedaemon proxmox",
        "syslog journal",
        "<{user}@pam> starting task {rb_upid}:qmreboot:{rb_vmid}:{user}@pam:",
        "<{user}@pam> end task {rb_upid}:qmshutdown:{rb_vmid}:{user}@pam: OK",
        "<root@pam> starting task {rb_upid}:qmshutdown:{rb_vmid}:root@pam:",
        "requesting reboot of VM {rb_vmid}: {rb_upid}:qmreboot:{rb_vmid}:{user}@pve:",
        proc="pvedaemon",
        family=_VIRT,
    ),
    sn(
        "reboot.proxmox_node",
        "pve-manager proxmox",
        "syslog journal",
        "<root@pam> starting task {rb_upid}:stopall::root@pam:",
        "<root@pam> end task {rb_upid}:startall::root@pam: OK",
        "Stopping VM {rb_vmid} (timeout = 180 seconds)",
        "shutdown VM {rb_vmid}: {rb_upid}:qmshutdown:{rb_vmid}:root@pam:",
        proc="pve-guests",
        family=_VIRT,
    ),
]
