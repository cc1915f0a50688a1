"""Linux kernel driver, storage and memory messages from the kern.log/dmesg of cluster nodes and servers, many in
the phrasings of the 2.6.x-3.x kernels such clusters still run.

Phrasings follow the kernel source: drivers/net/e1000/e1000_main.c ("%s NIC Link is Up %d Mbps %s, Flow Control:
%s", "%s NIC Link is Down", "Detected Tx Unit Hang"), drivers/net/e1000e/netdev.c and igb/igb_main.c (same link
formats), drivers/net/tg3.c (tg3_link_report "%s: Link is up at %d Mbps, %s duplex.", "%s: Link is down.",
"Flow control is %s for TX and %s for RX."), drivers/net/bnx2.c ("NIC Copper Link is Up, ... duplex", "NIC Copper
Link is Down"), drivers/net/ixgbe/ixgbe_main.c ("tx hang %d detected on queue %d, resetting adapter"),
drivers/net/bonding/bond_main.c and bond_3ad.c ("link status definitely down for interface %s, disabling it",
"making interface %s the new active one", "enslaving %s as a backup interface with an up link", "now running
without any active interface !", "Warning: No 802.3ad response from the link partner for any adapters in the bond"),
drivers/message/fusion/mptscsih.c ("attempting task abort! (sc=%p)", "task abort: SUCCESS"), drivers/scsi/mpt2sas
("attempting task abort! scmd(%p)"), drivers/scsi/megaraid/megaraid_sas_base.c and megaraid_sas_fusion.c ("FW
detected to be in fault state, restarting it...", "Found FW in FAULT state, will reset adapter.", "resetting fusion
adapter.", "Diag reset adapter never cleared"), drivers/scsi/scsi_lib.c and scsi_error.c ("Unhandled sense code",
"rejecting I/O to offline device", "Device offlined - not ready after error recovery"), drivers/scsi/sd.c ("%llu
%d-byte logical blocks", "SCSI device %s: ... hdwr sectors", "Mode Sense:"), block/blk-core.c ("end_request: I/O
error, dev %s, sector %llu"), drivers/md/md.c, raid1.c, raid5.c ("md: %s of RAID array %s", "md: minimum
_guaranteed_  speed", "md: %s: %s done.", "md: kicking non-fresh %s from array!", "raid5: Disk failure on %s,
disabling device."), fs/ext3/super.c and namei.c ("EXT3-fs: mounted filesystem with %s data mode.", "EXT3-fs error
(device %s): %s: ", ext3_find_entry "reading directory #%lu offset %lu", ext3_abort, "Remounting filesystem
read-only"), fs/jbd/journal.c and transaction.c ("kjournald starting.  Commit interval %ld seconds", "JBD: Spotted
dirty metadata buffer"), fs/jbd2/transaction.c, fs/xfs/xfs_log.c of 2.6 ("XFS mounting filesystem %s", "Ending
clean XFS mount for filesystem: %s"), mm/oom_kill.c ("%s: Kill process %d (%s) score %d or sacrifice child",
"Killed process %d (%s) total-vm:%lukB, anon-rss:%lukB, file-rss:%lukB", "%s invoked oom-killer: gfp_mask=0x%x,
order=%d, oom_adj=%d, oom_score_adj=%d"), mm/page_alloc.c ("%s: page allocation failure. order:%d, mode:0x%x"),
mm/swap_state.c ("Free swap  = %ldkB", "Total swap = %lukB"), net/ipv4/netfilter/ip_conntrack_core.c
("ip_conntrack: table full, dropping packet."), arch/x86_64/kernel/time.c ("Losing some ticks... checking if CPU
frequency changed.", "Lost %d timer tick(s)!"), kernel/time/clocksource.c ("Clocksource %s unstable (delta = %Ld
ns)", "Switching to clocksource %s") and kernel/timer.c of 2.6.18 ("Time: %s clocksource has been installed."),
arch/x86/kernel/cpu/mcheck/therm_throt.c and p4.c ("CPU%d: Temperature above threshold, cpu clock throttled (total
events = %lu)", "CPU%d: Temperature/speed normal", "CPU%d: Running in modulated clock mode"),
drivers/edac/edac_mc.c ("CE page 0x%lx, offset 0x%lx, grain %d, syndrome 0x%lx, row %d, channel %d, label",
"UE page 0x%lx, offset 0x%lx, grain %d, row %d, labels"), drivers/infiniband/ulp/ipoib/ipoib_multicast.c
("multicast join failed for %pI6, status %d"), drivers/net/mlx4/cmd.c and catas.c ("command 0x%x timed out (go
bit not cleared)", "command 0x%x failed: fw status = 0x%x", "Internal error detected:"), drivers/usb/core/hub.c
("USB disconnect, address %d"). Checked with find_string on each; messages the linux_kernel and hpc_ras modules
already carry (e1000e Hardware Unit Hang, Attached SCSI disk, Write Protect is off, XFS V5 mounts, time wait
bucket overflow, nf_conntrack table full, hung tasks, SYN flooding, AER, mce thermal) are left out.
"""

from training.templates.families._labels import ce, er, ru, sn

# The family's name from linux_kernel; importing it also registers the placeholders used here ({kern_comm}).
from training.templates.families.linux_kernel import FAMILY as FAMILY

P = "syslog journal none"
K = "kernel"
_HCTL = "sd {small}:0:{small2}:0: "
_MLX = "mlx4_core 0000:0{small}:00.0: "
_IXGBE = "ixgbe 0000:0{small}:00.{0|1}: {iface}: "

TEMPLATES = [
    # --- NICs -----------------------------------------------------------------------------------------------
    sn(
        "kernel.nic_link_up_intel",
        K,
        P,
        "e1000: {iface} NIC Link is Up 1000 Mbps Full Duplex, Flow Control: RX/TX",
        "e1000: {iface} NIC Link is Up 100 Mbps Full Duplex, Flow Control: None",
        "igb: {iface} NIC Link is Up 1000 Mbps Full Duplex, Flow Control: RX",
        "e1000e: {iface} NIC Link is Up 1000 Mbps Full Duplex, Flow Control: RX/TX",
    ),
    sn(
        "kernel.nic_link_up_broadcom",
        K,
        P,
        "tg3: {iface}: Link is up at 1000 Mbps, full duplex.",
        "tg3: {iface}: Flow control is on for TX and on for RX.",
        "bnx2: {iface} NIC Copper Link is Up, 1000 Mbps full duplex",
        "bnx2 0000:0{small}:00.0: {iface}: NIC Copper Link is Up, 1000 Mbps full duplex, receive & transmit flow "
        "control ON",
    ),
    er(
        "kernel.nic_link_down",
        K,
        P,
        "e1000: {iface} NIC Link is Down",
        "e1000e: {iface} NIC Link is Down",
        "tg3: {iface}: Link is down.",
        "bnx2: {iface} NIC Copper Link is Down",
    ),
    er(
        "kernel.nic_tx_hang",
        K,
        P,
        "e1000: {iface}: e1000_clean_tx_irq: Detected Tx Unit Hang",
        _IXGBE + "Detected Tx Unit Hang",
        _IXGBE + "tx hang {small} detected on queue {small2}, resetting adapter",
    ),
    # --- bonding --------------------------------------------------------------------------------------------
    sn(
        "kernel.bond_failover",
        K,
        P,
        "bonding: bond0: making interface {eth0|eth1|eth2|eth3|em1|em2} the new active one.",
        "bond{0|1}: making interface {eth0|eth1|eth2|eth3|em1|em2} the new active one",
        "bonding: bond0: link status definitely up for interface {eth0|eth1|eth2|eth3|em1|em2}.",
        "bonding: bond0: enslaving {eth0|eth1|eth2|eth3|em1|em2} as a backup interface with an up link.",
    ),
    er(
        "kernel.bond_slave_down",
        K,
        P,
        "bonding: bond0: link status definitely down for interface {eth0|eth1|eth2|eth3|em1|em2}, disabling it",
        "bond{0|1}: link status definitely down for interface {eth0|eth1|eth2|eth3|em1|em2}, disabling it",
        "bond{0|1}: Warning: No 802.3ad response from the link partner for any adapters in the bond",
    ),
    ce(
        "kernel.bond_no_active",
        K,
        P,
        "bonding: bond0: now running without any active interface !",
        "bond{0|1}: now running without any active interface!",
    ),
    # --- SCSI / HBAs / RAID controllers ---------------------------------------------------------------------
    er(
        "kernel.scsi_task_abort",
        K,
        P,
        "mptscsih: ioc0: attempting task abort! (sc=ffff8800{hex8})",
        "mptscsih: ioc0: task abort: SUCCESS (sc=ffff8800{hex8})",
        _HCTL + "attempting task abort! scmd(ffff8800{hex8})",
        _HCTL + "task abort: SUCCESS scmd(ffff8800{hex8})",
    ),
    er(
        "kernel.megaraid_fw_fault",
        K,
        P,
        "megaraid_sas: FW detected to be in fault state, restarting it...",
        "megasas: Found FW in FAULT state, will reset adapter.",
        "megaraid_sas: resetting fusion adapter.",
    ),
    ce(
        "kernel.megaraid_reset_failed",
        K,
        P,
        "megaraid_sas: Diag reset adapter never cleared!",
        "megaraid_sas 0000:0{small}:00.0: Diag reset adapter never cleared megasas_adp_reset_fusion {n}",
    ),
    er(
        "kernel.scsi_sense_error",
        K,
        P,
        _HCTL + "[{dev}] Unhandled sense code",
        _HCTL + "[{dev}] Result: hostbyte=DID_OK driverbyte=DRIVER_SENSE",
        _HCTL + "[{dev}] Sense Key : Medium Error [current] [descriptor]",
        "end_request: I/O error, dev {dev}, sector {num}",
    ),
    er(
        "kernel.scsi_offline_io",
        K,
        P,
        "scsi{small} ({small2}:0): rejecting I/O to offline device",
        _HCTL + "SCSI error: return code = 0x00050000",
        _HCTL + "[{dev}] Unhandled error code",
    ),
    ce(
        "kernel.scsi_device_offlined",
        K,
        P,
        "scsi: Device offlined - not ready after error recovery: host {small} channel 0 id {small2} lun 0",
        _HCTL + "Device offlined - not ready after error recovery",
        _HCTL + "scsi: Device offlined - not ready after error recovery",
    ),
    sn(
        "kernel.sd_capacity",
        K,
        P,
        _HCTL + "[{dev}] {num} 512-byte logical blocks: ({n}0 GB/{n}9 GiB)",
        "SCSI device {dev}: {num} 512-byte hdwr sectors ({num2} MB)",
        "{dev}: Write Protect is off",
        _HCTL + "[{dev}] Mode Sense: 1f 00 00 08",
    ),
    # --- md software RAID -----------------------------------------------------------------------------------
    sn(
        "kernel.md_sync_start",
        K,
        P,
        "md: {recovery|resync|data-check} of RAID array md{0|1|2}",
        "md: minimum _guaranteed_  speed: 1000 KB/sec/disk.",
        "md: using maximum available idle IO bandwidth (but not more than 200000 KB/sec) for {recovery|resync}.",
        "md: using 128k window, over a total of {num}k.",
    ),
    sn(
        "kernel.md_sync_done",
        K,
        P,
        "md: md{0|1|2}: recovery done.",
        "md: md{0|1|2}: resync done.",
        "md: md{0|1|2}: reshape done.",
    ),
    ce(
        "kernel.md_disk_kicked",
        K,
        P,
        "md: kicking non-fresh {dev}{small} from array!",
        "raid5: Disk failure on {dev}{small}, disabling device. Operation continuing on {small2} devices",
        "raid1: Disk failure on {dev}{small}, disabling device.",
        "md/raid:md{0|1|2}: Disk failure on {dev}{small}, disabling device.",
    ),
    # --- ext3 / jbd / XFS of older kernels ------------------------------------------------------------------
    sn(
        "kernel.ext3_mount",
        K,
        P,
        "EXT3-fs: mounted filesystem with ordered data mode.",
        "kjournald starting.  Commit interval 5 seconds",
        "EXT3 FS on {dev}{small}, internal journal",
        "EXT3-fs ({dev}{small}): mounted filesystem with {ordered|writeback} data mode",
    ),
    sn(
        "kernel.ext3_recovery",
        K,
        P,
        "EXT3-fs: INFO: recovery required on readonly filesystem.",
        "EXT3-fs: write access will be enabled during recovery.",
        "EXT3-fs: recovery complete.",
        "EXT3-fs: {dev}{small}: orphan cleanup on readonly fs",
    ),
    er(
        "kernel.ext3_error",
        K,
        P,
        "EXT3-fs error (device {dev}{small}): ext3_find_entry: reading directory #{num} offset 0",
        "EXT3-fs error (device {dev}{small}) in ext3_reserve_inode_write: IO failure",
        "EXT3-fs error (device {dev}{small}): ext3_find_entry: reading directory #{num} offset {small}",
    ),
    ce(
        "kernel.ext3_abort",
        K,
        P,
        "EXT3-fs error (device {dev}{small}): ext3_journal_start_sb: Detected aborted journal",
        "ext3_abort called.",
        "EXT3-fs ({dev}{small}): error: remounting filesystem read-only",
        "Remounting filesystem read-only",
    ),
    er(
        "kernel.jbd_dirty_buffer",
        K,
        P,
        "JBD: Spotted dirty metadata buffer (dev = {dev}{small}, blocknr = {num}). There's a risk of filesystem "
        "corruption in case of system crash.",
        "JBD2: Spotted dirty metadata buffer (dev = {dev}{small}, blocknr = {num}). There's a risk of filesystem "
        "corruption in case of system crash.",
    ),
    sn(
        "kernel.xfs_mount_old",
        K,
        P,
        "XFS mounting filesystem {dev}{small}",
        "Ending clean XFS mount for filesystem: {dev}{small}",
        "XFS ({dev}{small}): Mounting Filesystem",
        "SGI XFS with ACLs, security attributes, realtime, large block/inode numbers, no debug enabled",
    ),
    # --- memory ---------------------------------------------------------------------------------------------
    ru(
        "kernel.oom_kill_old",
        K,
        P,
        "Out of memory: Kill process {pid} ({kern_comm}) score {n} or sacrifice child",
        "Killed process {pid} ({kern_comm}) total-vm:{kb}kB, anon-rss:{kb}kB, file-rss:{kb}kB",
        "Memory cgroup out of memory: Kill process {pid} ({kern_comm}) score {n} or sacrifice child",
    ),
    ru(
        "kernel.oom_invoked_old",
        K,
        P,
        "{kern_comm} invoked oom-killer: gfp_mask=0x{201da|280da|d0}, order=0, oom_adj=0, oom_score_adj=0",
        "{kern_comm} invoked oom-killer: gfp_mask=0x{201da|280da}, order=0, oom_score_adj=0",
        "Free swap  = 0kB",
        "Total swap = {kb}kB",
    ),
    ru(
        "kernel.alloc_failure_old",
        K,
        P,
        "{kern_comm}: page allocation failure. order:{small}, mode:0x{20|4020|d0}",
        "swapper: page allocation failure. order:{small}, mode:0x20",
        "{num} pages RAM",
    ),
    ru(
        "kernel.ip_conntrack_full",
        K,
        P,
        "ip_conntrack: table full, dropping packet.",
        "ip_conntrack: table full, dropping packet",
    ),
    # --- timers and clocks ----------------------------------------------------------------------------------
    er(
        "kernel.lost_ticks",
        K,
        P,
        "Losing some ticks... checking if CPU frequency changed.",
        "warning: many lost ticks.",
        "Your time source seems to be instable or some driver is hogging interupts",
        "time.c: Lost {small} timer tick(s)! rip __do_softirq+0x{hex4}/0x{hex4})",
    ),
    er(
        "kernel.clocksource_delta",
        K,
        P,
        "Clocksource tsc unstable (delta = {num}{num2} ns)",
        "Clocksource tsc unstable (delta = -{num}{num2} ns)",
        "Clocksource {tsc|hpet} unstable (delta = {num} ns)",
    ),
    sn(
        "kernel.clocksource_switch_old",
        K,
        P,
        "Switching to clocksource {hpet|tsc|acpi_pm}",
        "Time: {tsc|acpi_pm|hpet} clocksource has been installed.",
    ),
    ru(
        "kernel.therm_throttle_old",
        K,
        P,
        "CPU{small}: Temperature above threshold, cpu clock throttled (total events = {num})",
        "CPU{small}: Temperature above threshold, cpu clock throttled",
        "CPU{small}: Running in modulated clock mode",
        "CPU{small}: Temperature/speed normal",
    ),
    # --- EDAC of 2.6/3.x kernels ----------------------------------------------------------------------------
    er(
        "kernel.edac_ce_old",
        K,
        P,
        "EDAC MC{small}: CE page 0x{hex4}{small}, offset 0x{n}0, grain 8, syndrome 0x{hex8}, row {small2}, channel "
        '{0|1}, label "DIMM_{A|B}{small3}": {i5000|i7core|e752x} CE',
        "EDAC MC{small}: 1 CE error on CPU#{small2}Channel#{0|1|2}_DIMM#{0|1} (channel:{0|1|2} slot:{0|1} "
        "page:0x0 offset:0x0 grain:8 syndrome:0x0)",
    ),
    ce(
        "kernel.edac_ue_old",
        K,
        P,
        'EDAC MC{small}: UE page 0x{hex4}{small}, offset 0x{n}0, grain 8, row {small2}, labels ":": {i5000|e752x} UE',
        "EDAC MC{small}: 1 UE error on CPU#{small2}Channel#{0|1|2}_DIMM#{0|1} (channel:{0|1|2} slot:{0|1} "
        "page:0x{hex4} offset:0x0 grain:8)",
    ),
    # --- InfiniBand -----------------------------------------------------------------------------------------
    er(
        "kernel.ipoib_mcast",
        K,
        P,
        "ib{0|1}: multicast join failed for ff12:401b:ffff:0000:0000:0000:ffff:ffff, status -{22|110|11}",
        "ib{0|1}: sendonly multicast join failed for ff12:601b:ffff:0000:0000:0001:ff{small}{small2}:{hex4}, "
        "status -22",
    ),
    er(
        "kernel.mlx4_cmd",
        K,
        P,
        _MLX + "command 0x{hex4} timed out (go bit not cleared)",
        _MLX + "command 0x{hex4} failed: fw status = 0x{small}",
    ),
    ce(
        "kernel.mlx4_catas",
        K,
        P,
        _MLX + "Internal error detected:",
        _MLX + "Internal error detected on the communication channel",
    ),
    # --- USB ------------------------------------------------------------------------------------------------
    sn(
        "kernel.usb_disconnect_old",
        K,
        P,
        "usb {small}-{small2}: USB disconnect, address {small3}",
        "usb {small}-{small2}: new full speed USB device using uhci_hcd and address {small3}",
        "usb {small}-{small2}: new high speed USB device using ehci_hcd and address {small3}",
    ),
]
