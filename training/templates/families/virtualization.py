"""Virtualization hosts: libvirtd and QEMU/KVM, VMware ESXi (hostd, vmkernel, vpxa), Proxmox VE (pvedaemon, qm).

Phrasings follow libvirt's virReportError texts ("internal error: process exited while connecting to
monitor", "Domain not found: no domain with matching name"), QEMU's stderr lines, ESXi vmkernel and
hostd messages ("Lost access to volume", "NMP: nmp_ThrottleLogForDevice", "Task Created : haTask"),
and Proxmox task logs ("starting task UPID:...", "TASK OK", "VM 101 qmp command failed").
"""

from training.templates.families._kit import CRIT, DEP, ERR, RES, SEC, SN, UA, maker

FAMILY = "virtualization"
t = maker("virtualization", sources="libvirtd qemu", prefixes="syslog journal iso", proc="libvirtd")

TEMPLATES = [
    t(
        ERR,
        "qemu_monitor",
        "internal error: process exited while connecting to monitor: qemu-system-x86_64: -drive"
        " file={file},format=qcow2: Could not open '{file}': Permission denied",
        "internal error: qemu unexpectedly closed the monitor: {ts} qemu-system-x86_64: failed to initialize kvm",
    ),
    t(
        ERR,
        "domain_missing",
        "Domain not found: no domain with matching name 'vm-{id}'",
        "Failed to start domain 'vm-{id}': Requested operation is not valid: network 'default' is not active",
        "migration of domain vm-{id} to {host} failed: unable to connect to server at '{host}:49152':"
        " Connection refused",
    ),
    t(
        SN,
        "domain_lifecycle",
        "domain vm-{id} started",
        "domain vm-{id} shut down (shutdown requested by guest)",
        "migration of domain vm-{id} to {host} completed",
    ),
    t(
        CRIT,
        "kvm_host",
        "kvm: disabled by bios",
        "KVM: entry failed, hardware error 0x80000021",
        "qemu-system-x86_64: host doesn't support requested feature: CPUID.80000001H:ECX.svm [bit 2]",
    ),
    t(
        RES,
        "pool_space",
        "Storage pool 'default' is at {pcthi}% ({gb} GiB of {gb} GiB allocated)",
        "cannot allocate memory for guest vm-{id}: requested {mb} MiB, host free {mb} MiB",
        "balloon: guest vm-{id} memory {mb} MiB of {mb} MiB actual",
    ),
    t(
        SEC,
        "libvirt_auth",
        "authentication failed: Failed to verify peer's certificate",
        "polkit: access denied to org.libvirt.unix.manage for uid {uid}",
        "SASL authentication failed for client {ip}",
    ),
    t(
        CRIT,
        "esxi_apd",
        "Lost access to volume {hex8}-{hex8}-{hex4}-{hex12} (datastore{small}) due to connectivity"
        " issues. Recovery attempt is in progress and outcome will be reported shortly.",
        'NMP: nmp_DeviceRequestFastDeviceProbe: NMP device "naa.{hex32}" state in doubt; requested fast path state'
        " update...",
        "PDL: Device naa.{hex32} has been removed or is permanently inaccessible",
        proc="vmkernel",
    ),
    t(
        SN,
        "esxi_task",
        "Task Created : haTask-{n}-vim.VirtualMachine.powerOn-{num}",
        "Task Completed : haTask-{n}-vim.VirtualMachine.createSnapshot-{num} Status success",
        "Event {num} : vm-{id} on {host} in ha-datacenter is powered on",
        proc="hostd",
    ),
    t(
        UA,
        "esxi_login",
        "Accepted password for user root from {ip}",
        "User root@{ip} logged in as VMware-client/6.5.0",
        "Event {num} : User root@{ip} logged out (login time: {ts}, number of API invocations:"
        " {n}, user agent: pyvmomi Python)",
        proc="hostd",
    ),
    t(
        SEC,
        "esxi_login_fail",
        "Rejected password for user root from {ip}",
        "Cannot login root@{ip}",
        "Event {num} : Cannot login user root@{ip}: no permission",
        proc="hostd",
    ),
    t(
        SN,
        "pve_task",
        "starting task UPID:{host}:{hex8}:{hex8}:{hex8}:qmstart:{n}:root@pam:",
        "end task UPID:{host}:{hex8}:{hex8}:{hex8}:vzdump:{n}:root@pam: OK",
        "INFO: Finished Backup of VM {n} ({hour}:{n})",
        proc="pvedaemon",
    ),
    t(
        ERR,
        "pve_fail",
        "VM {n} qmp command failed - VM {n} qmp command 'query-proxmox-support' failed - got timeout",
        "ERROR: Backup of VM {n} failed - vma_queue_write: write error - Broken pipe",
        "unable to create VM {n} - command 'lvcreate' failed: exit code 5",
        proc="pvedaemon",
    ),
    t(
        DEP,
        "deprecated",
        "qemu-system-x86_64: -machine pc-i440fx-{2.11|3.1}: Machine type is deprecated and will be"
        " removed in a future version",
        "qemu-system-x86_64: warning: host-nodes is deprecated, use memdev instead",
        "libvirt: the 'autoport' attribute for spice graphics is deprecated",
    ),
]
