"""Linux kernel ring buffer (dmesg, kern.log, journal `kernel:`): panics, oopses, fs, block, net, audit.

Phrasings follow the kernel's own printk strings: kernel/panic.c ("Kernel panic - not syncing"),
arch/x86/mm/fault.c (BUG: unable to handle page fault, segfault at), kernel/watchdog.c (soft lockup,
hard LOCKUP), kernel/rcu/tree_stall.h, fs/ext4/super.c (EXT4-fs error, Remounting filesystem
read-only, mounted filesystem), fs/xfs (Corruption of in-memory data, Deprecated V4 format),
block/blk-core.c (I/O error, dev), fs/buffer.c, drivers/ata/libata-eh.c, net/ipv4/tcp_input.c
(Possible SYN flooding), net/netfilter/nf_conntrack_core.c (table full, dropping packet),
kernel/audit.c (backlog limit exceeded), security/apparmor and selinux avc messages, fs/nfs,
drivers/net/ethernet/intel/e1000e, net/sched/sch_generic.c (NETDEV WATCHDOG), kernel/events/core.c
(perf: interrupt took too long), RHEL's mark_hardware_unmaintained / deprecated driver warnings, and
net/wireless (wireless extensions warning). Checked with find_string on several of these.
"""

from training.templates.families._labels import ce, dw, er, ru, sa, sn
from training.values import register

FAMILY = "linux_kernel"

register(
    {
        "kern_comm": lambda r: r.choice(
            ("java", "python3", "node", "postgres", "mysqld", "chrome", "nginx", "kworker/u16:2", "dockerd", "php-fpm")
        ),
        "kern_lib": lambda r: r.choice(
            ("libc.so.6", "libpthread-2.31.so", "libstdc++.so.6.0.30", "libjvm.so", "ld-linux-x86-64.so.2")
        ),
        "kern_addr": lambda r: "".join(r.choices("0123456789abcdef", k=12)).rjust(16, "0"),
        "kern_ts": lambda r: f"[{r.randrange(1, 9_000_000)}.{r.randrange(10**6):06d}]",
    }
)

P = "syslog journal none"
S = "kernel"

TEMPLATES = [
    ce(
        "kernel.panic",
        S,
        P,
        "Kernel panic - not syncing: VFS: Unable to mount root fs on unknown-block(0,0)",
        "Kernel panic - not syncing: Fatal exception in interrupt",
        "Kernel panic - not syncing: Attempted to kill init! exitcode=0x0000000{small}",
        "{kern_ts} Kernel panic - not syncing: Fatal exception",
    ),
    ce(
        "kernel.oops",
        S,
        P,
        "BUG: unable to handle page fault for address: {kern_addr}",
        "BUG: kernel NULL pointer dereference, address: 00000000000000{small}8",
        "Oops: 0000 [#1] PREEMPT SMP NOPTI",
        "general protection fault, probably for non-canonical address 0x{hex16}: 0000 [#1] SMP PTI",
    ),
    ce(
        "kernel.soft_lockup",
        S,
        P,
        "watchdog: BUG: soft lockup - CPU#{small} stuck for {n}s! [{kern_comm}:{pid}]",
        "NMI watchdog: Watchdog detected hard LOCKUP on cpu {small}",
        "{kern_ts} watchdog: BUG: soft lockup - CPU#{small} stuck for 2{small2}s! [{kern_comm}:{pid}]",
    ),
    ce(
        "kernel.rcu_stall",
        S,
        P,
        "rcu: INFO: rcu_sched self-detected stall on CPU",
        "rcu: INFO: rcu_preempt detected stalls on CPUs/tasks:",
        "INFO: rcu_sched detected stalls on CPUs/tasks: {{ {small}}} (detected by {small2}, t={n} jiffies, g={num}, "
        "q={n})",
    ),
    ce(
        "kernel.ext4_remount_ro",
        S,
        P,
        "EXT4-fs ({dev}{small}): Remounting filesystem read-only",
        "EXT4-fs error (device {dev}{small}): ext4_journal_check_start:{n}: Detected aborted journal",
        "EXT4-fs ({dev}{small}): previous I/O error to superblock detected",
        "EXT4-fs ({dev}{small}): unable to read superblock",
    ),
    ce(
        "kernel.xfs_shutdown",
        S,
        P,
        "XFS ({dev}{small}): Corruption of in-memory data (0x8) detected at xfs_trans_cancel+0x{hex4}/0x{hex4} "
        "(fs/xfs/xfs_trans.c:{n}).  Shutting down filesystem.",
        "XFS ({dev}{small}): Log I/O Error (0x2) detected at xlog_ioend_work+0x{hex4}/0x{hex4}. Shutting down "
        "filesystem.",
        "XFS ({dev}{small}): Please unmount the filesystem and rectify the problem(s)",
    ),
    ce(
        "kernel.btrfs_ro",
        S,
        P,
        "BTRFS error (device {dev}{small}): bdev /dev/{dev}{small2} errs: wr {n}, rd {small3}, flush 0, corrupt 0, "
        "gen 0",
        "BTRFS: error (device {dev}{small}) in btrfs_commit_transaction:{n}: errno=-5 IO failure (Error while writing "
        "out transaction)",
        "BTRFS info (device {dev}{small}): forced readonly",
    ),
    ce(
        "kernel.mce_fatal",
        S,
        P,
        "mce: [Hardware Error]: CPU {small}: Machine Check Exception: 5 Bank {small2}: b200000000070005",
        "mce: [Hardware Error]: Run the above through 'mcelog --ascii'",
        "Kernel panic - not syncing: Fatal machine check",
    ),
    er(
        "kernel.segfault",
        S,
        P,
        "{kern_comm}[{pid}]: segfault at {hex8} ip {kern_addr} sp {kern_addr} error {small} in "
        "{kern_lib}[{hex8}+{hex4}]",
        "traps: {kern_comm}[{pid}] general protection fault ip:{hex12} sp:{hex12} error:0 in {kern_lib}[{hex8}+{hex4}]",
        "traps: {kern_comm}[{pid}] trap divide error ip:{hex12} sp:{hex12} error:0 in {kern_comm}[{hex8}+{hex4}]",
    ),
    er(
        "kernel.blk_io_error",
        S,
        P,
        "blk_update_request: I/O error, dev {dev}, sector {num} op 0x0:(READ) flags 0x0 phys_seg 1 prio class 0",
        "I/O error, dev {dev}, sector {num} op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 2",
        "print_req_error: I/O error, dev {dev}, sector {num}",
    ),
    er(
        "kernel.buffer_io_error",
        S,
        P,
        "Buffer I/O error on dev {dev}{small}, logical block {num}, async page read",
        "Buffer I/O error on dev {dev}{small}, logical block {num}, lost async page write",
        "Buffer I/O error on device {dev}{small}, logical block {num}",
    ),
    er(
        "kernel.ata_error",
        S,
        P,
        "ata{small}.00: exception Emask 0x0 SAct 0x{hex4} SErr 0x0 action 0x6 frozen",
        "ata{small}.00: failed command: READ FPDMA QUEUED",
        "ata{small}.00: status: {{ DRDY ERR }}",
        "ata{small}.00: error: {{ UNC }}",
    ),
    er(
        "kernel.scsi_failed",
        S,
        P,
        "sd {small}:0:0:0: [{dev}] tag#{small2} FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age={small3}s",
        "sd {small}:0:0:0: [{dev}] tag#{small2} Sense Key : Medium Error [current]",
        "sd {small}:0:0:0: [{dev}] tag#{small2} Add. Sense: Unrecovered read error - auto reallocate failed",
    ),
    er(
        "kernel.ext4_error",
        S,
        P,
        "EXT4-fs error (device {dev}{small}): ext4_find_entry:{n}: inode #{num}: comm {kern_comm}: reading directory "
        "lblock 0",
        "EXT4-fs error (device {dev}{small}): ext4_lookup:{n}: inode #{num}: comm {kern_comm}: deleted inode "
        "referenced: "
        "{num}",
        "EXT4-fs warning (device {dev}{small}): ext4_end_bio:{n}: I/O error 10 writing to inode {num} starting block "
        "{num}",
    ),
    er(
        "kernel.nfs_not_responding",
        S,
        P,
        "nfs: server {host} not responding, timed out",
        "NFS: state manager: check lease failed on NFSv4 server {host} with error 13",
    ),
    er(
        "kernel.cifs_error",
        S,
        P,
        "CIFS: VFS: cifs_mount failed w/return code = -{13|112|115}",
        "CIFS: VFS: \\\\{host} Send error in SessSetup = -13",
        "CIFS: VFS: \\\\{host}\\share BAD_NETWORK_NAME: \\\\{host}\\share",
    ),
    er(
        "kernel.netdev_watchdog",
        S,
        P,
        "NETDEV WATCHDOG: {iface} ({ixgbe|e1000e|igb|mlx5_core}): transmit queue {small} timed out",
        "e1000e 0000:00:1f.6 {iface}: Detected Hardware Unit Hang:",
        "ixgbe 0000:03:00.0 {iface}: Reset adapter",
    ),
    er(
        "kernel.usb_error",
        S,
        P,
        "usb {small}-{small2}: device descriptor read/64, error -71",
        "usb {small}-{small2}: device not accepting address {small2}, error -62",
        "usb {small}-{small2}: unable to enumerate USB device",
    ),
    er(
        "kernel.hung_task",
        S,
        P,
        "INFO: task {kern_comm}:{pid} blocked for more than {120|240|360} seconds.",
        '"echo 0 > /proc/sys/kernel/hung_task_timeout_secs" disables this message.',
    ),
    sa(
        "kernel.syn_flood",
        S,
        P,
        "TCP: request_sock_TCP: Possible SYN flooding on port {port}. Sending cookies.  Check SNMP counters.",
        "TCP: request_sock_TCPv6: Possible SYN flooding on port {port}. Dropping request.  Check SNMP counters.",
        "possible SYN flooding on port {80|443|22}. Sending cookies.",
    ),
    sa(
        "kernel.apparmor_denied",
        S,
        P,
        'audit: type=1400 audit({epoch}.{ms}:{n}): apparmor="DENIED" operation="open" profile="/usr/sbin/{cupsd|named|'
        'mysqld|tcpdump}" name="{file}" pid={pid} comm="{kern_comm}" requested_mask="r" denied_mask="r" fsuid=0 ouid=0',
        'audit: type=1400 audit({epoch}.{ms}:{n}): apparmor="DENIED" operation="exec" profile="docker-default" '
        'name="/usr/bin/nsenter" pid={pid} comm="sh" requested_mask="x" denied_mask="x" fsuid=0 ouid=0',
    ),
    sa(
        "kernel.selinux_avc",
        S,
        P,
        "audit: type=1400 audit({epoch}.{ms}:{n}): avc:  denied  {{ {read|write|execute|name_connect} }} for  "
        'pid={pid} comm="{httpd|nginx|sshd|php-fpm}" name="{file}" dev="dm-0" ino={num} '
        "scontext=system_u:system_r:httpd_t:s0 tcontext=unconfined_u:object_r:user_home_t:s0 tclass=file permissive=0",
        "audit: type=1400 audit({epoch}.{ms}:{n}): avc:  denied  {{ name_connect }} for  pid={pid} "
        'comm="{httpd|nginx}" dest={port} scontext=system_u:system_r:httpd_t:s0 '
        "tcontext=system_u:object_r:unreserved_port_t:s0 tclass=tcp_socket permissive=0",
    ),
    sa(
        "kernel.lockdown",
        S,
        P,
        "Lockdown: {kern_comm}: unsigned module loading is restricted; see man kernel_lockdown.7",
        "Lockdown: {kern_comm}: /dev/mem,kmem,port is restricted; see man kernel_lockdown.7",
        "Lockdown: {kern_comm}: raw io port access is restricted; see man kernel_lockdown.7",
    ),
    sa(
        "kernel.ptrace_denied",
        S,
        P,
        "audit: type=1326 audit({epoch}.{ms}:{n}): auid={uid} uid={uid} gid={uid} ses={small} pid={pid} "
        'comm="{kern_comm}" exe="/tmp/.x/{hex8}" sig=31 arch=c000003e syscall=101 compat=0 ip=0x{hex12} code=0x0',
        '{kern_comm} ({pid}): ptrace attach of "/usr/sbin/sshd"[{pid}] was attempted by "/tmp/{hex8}"[{pid}]',
    ),
    sn(
        "kernel.boot_banner",
        S,
        P,
        "Linux version {kver} (buildd@lcy02-amd64-0{small}) (x86_64-linux-gnu-gcc-12 (Ubuntu 12.3.0-1ubuntu1) "
        "12.3.0, GNU ld (GNU Binutils for Ubuntu) 2.41) #{n}-Ubuntu SMP PREEMPT_DYNAMIC",
        "Command line: BOOT_IMAGE=/vmlinuz-{kver} root=UUID={uuid} ro quiet splash",
        "Booting paravirtualized kernel on KVM",
    ),
    sn(
        "kernel.link_up",
        S,
        P,
        "e1000e 0000:00:1f.6 {iface}: NIC Link is Up 1000 Mbps Full Duplex, Flow Control: Rx/Tx",
        "ixgbe 0000:03:00.{small} {iface}: NIC Link is Up 10 Gbps, Flow Control: RX/TX",
        "IPv6: ADDRCONF(NETDEV_CHANGE): {iface}: link becomes ready",
        "{iface}: Link is Up - 1Gbps/Full - flow control rx/tx",
    ),
    sn(
        "kernel.fs_mounted",
        S,
        P,
        "EXT4-fs ({dev}{small}): mounted filesystem with ordered data mode. Opts: (null)",
        "EXT4-fs ({dev}{small}): mounted filesystem {uuid} r/w with ordered data mode. Quota mode: none.",
        "XFS ({dev}{small}): Mounting V5 Filesystem {uuid}",
        "XFS ({dev}{small}): Ending clean mount",
    ),
    sn(
        "kernel.usb_new_device",
        S,
        P,
        "usb {small}-{small2}: new high-speed USB device number {small2} using xhci_hcd",
        "usb {small}-{small2}: New USB device found, idVendor={hex4}, idProduct={hex4}, bcdDevice= 1.00",
        "usb {small}-{small2}: USB disconnect, device number {small2}",
    ),
    sn(
        "kernel.scsi_attached",
        S,
        P,
        "sd {small}:0:0:0: [{dev}] Attached SCSI disk",
        "sd {small}:0:0:0: [{dev}] Write cache: enabled, read cache: enabled, doesn't support DPO or FUA",
        "scsi {small}:0:0:0: Direct-Access     ATA      Samsung SSD 870  2B6Q PQ: 0 ANSI: 5",
    ),
    sn(
        "kernel.bridge_port",
        S,
        P,
        "{docker0|br0|cni0}: port {small}(veth{hex8}) entered forwarding state",
        "{docker0|br0|cni0}: port {small}(veth{hex8}) entered blocking state",
        "{docker0|br0|cni0}: port {small}(veth{hex8}) entered disabled state",
    ),
    sn(
        "kernel.reboot",
        S,
        P,
        "reboot: Restarting system",
        "reboot: Power down",
        "ACPI: PM: Preparing to enter system sleep state S{3|4|5}",
        "PM: suspend exit",
    ),
    sn(
        "kernel.misc_boot",
        S,
        P,
        "random: crng init done",
        "clocksource: Switched to clocksource tsc",
        "loop{small}: detected capacity change from 0 to {num}",
        "EXT4-fs ({dev}{small}): re-mounted {uuid} r/w. Quota mode: none.",
    ),
    sn(
        "kernel.nfs_ok",
        S,
        P,
        "nfs: server {host} OK",
        "bond0: (slave {iface}): link status definitely up, 10000 Mbps full duplex",
        "bond0: (slave {iface}): making interface the new active one",
    ),
    ru(
        "kernel.conntrack_full",
        S,
        P,
        "nf_conntrack: nf_conntrack: table full, dropping packet",
        "nf_conntrack: table full, dropping packet",
        "TCP: out of memory -- consider tuning tcp_mem",
    ),
    ru(
        "kernel.audit_backlog",
        S,
        P,
        "audit: backlog limit exceeded",
        "audit: audit_backlog={n} > audit_backlog_limit={n2}",
        "audit: kauditd hold queue overflow",
    ),
    ru(
        "kernel.perf_throttle",
        S,
        P,
        "perf: interrupt took too long ({n} > {n2}), lowering kernel.perf_event_max_sample_rate to {num}",
        "hrtimer: interrupt took {num} ns",
        "sched: RT throttling activated",
    ),
    ru(
        "kernel.memory_figures",
        S,
        P,
        "Memory: {num}K/{num2}K available ({n}K kernel code, {n2}K rwdata, {n3}K rodata, {n4}K init, {n5}K bss, "
        "{num}K reserved, 0K cma-reserved)",
        "Adding {num}k swap on /swap.img.  Priority:-2 extents:{small} across:{num2}k SSFS",
        "VFS: file-max limit {num} reached",
    ),
    ru(
        "kernel.pids_limit",
        S,
        P,
        "cgroup: fork rejected by pids controller in /system.slice/{unit}",
        "cgroup: fork rejected by pids controller in /kubepods.slice/kubepods-burstable.slice",
        "{kern_comm} invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0",
    ),
    dw(
        "kernel.xfs_v4",
        S,
        P,
        "XFS ({dev}{small}): Deprecated V4 format (crc=0) will not be supported after September 2030.",
        "XFS ({dev}{small}): Deprecated V4 format (crc=0) not supported by kernel.",
    ),
    dw(
        "kernel.rhel_deprecated_driver",
        S,
        P,
        "Warning: Deprecated Driver is detected: {mptsas|megaraid_sas|qla4xxx|be2net} will not be maintained in a "
        "future "
        "major release and may be disabled",
        "Warning: Unmaintained driver is detected: {mptsas|aacraid|hpsa}",
        "Warning: Deprecated Hardware is detected: {megaraid_sas|qla2xxx}:{hex4}:{hex4} @ 0000:0{small}:00.0 will "
        "not be "
        "maintained in a future major release and may be disabled",
    ),
    dw(
        "kernel.wext",
        S,
        P,
        "warning: `{iwconfig|wpa_supplicant|NetworkManager}' uses wireless extensions which will stop working for "
        "Wi-Fi 7 "
        "hardware; use nl80211",
        "warning: `{iwconfig|wpa_supplicant}' uses wireless extensions that are deprecated for modern drivers; use "
        "nl80211",
        "warning: process `{kern_comm}' used the deprecated sysctl system call with {small}.{small2}.",
    ),
    dw(
        "kernel.conntrack_helper",
        S,
        P,
        "nf_conntrack: default automatic helper assignment has been turned off for security reasons and CT-based "
        "firewall rule not found. Use the iptables CT target to attach helpers instead.",
        "nf_conntrack: automatic helper assignment is deprecated and it will be removed soon. Use the iptables CT "
        "target "
        "to attach helpers instead.",
    ),
]
