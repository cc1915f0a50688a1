"""Supercomputer RAS and hardware monitors: IPMI SEL (ipmitool sel elist), Dell iDRAC Lifecycle messages,
Linux EDAC and MCE, smartd, mdadm --monitor and md, LBNL Node Health Check (NHC), NVIDIA Xid
events, InfiniBand/mlx5 and Lustre/LNet.

Phrasings follow: ipmitool's `sel elist` output (record | date | time | sensor | event | Asserted) with IPMI 2.0
sensor-specific event strings (Correctable ECC, Uncorrectable ECC, Power Supply AC lost, General Chassis
intrusion, IERR, Drive Fault, Upper Critical going high); Dell's Event and Error Message Reference (PSU0003,
MEM0701, FAN0001, TMP0118, USR0030/USR0031, PDR1016); the kernel's drivers/edac/edac_mc.c ("N CE/UE memory read
error on ...") and arch/x86/kernel/cpu/mce (Machine check events logged, Core temperature above threshold, cpu
clock throttled); smartmontools' smartd.cpp (Currently unreadable (pending) sectors, FAILED SMART self-check.
BACK UP DATA NOW!, Temperature ... reached limit, Prefailure Attribute ... changed); mdadm's Monitor.c event
names (DegradedArray, Fail, RebuildStarted, RebuildFinished, SpareActive) and drivers/md/raid1.c / raid10.c
(Disk failure on ..., disabling device. Operation continuing on N devices); NHC's check functions (check_fs_mount,
check_hw_ib, check_hw_physmem, check_ps_loadavg); NVIDIA's Xid message documentation (13, 31, 43, 48, 63, 79);
mlx5_core port events; Lustre's console messages (operation ost_connect ... failed: rc, Connection restored,
Recovery over after, evicting client) and LNet.
"""

from training.templates.families._labels import ce, er, ru, sa, sn, ua
from training.values import register

FAMILY = "hpc_ras"

register(
    {
        "sel_id": lambda r: f"{r.randrange(1, 0xFFF):>4x}",
        "sel_dt": lambda r: (
            f"{r.randrange(1, 13):02d}/{r.randrange(1, 29):02d}/2024 | {r.randrange(24):02d}:"
            f"{r.randrange(60):02d}:{r.randrange(60):02d}"
        ),
        "dimm": lambda r: f"{r.choice('ABCD')}{r.randrange(1, 13)}",
        "edac_loc": lambda r: (
            f"CPU_SrcID#{r.randrange(2)}_{r.choice(('Ha', 'MC'))}#{r.randrange(2)}_Chan#"
            f"{r.randrange(4)}_DIMM#{r.randrange(2)}"
        ),
        "pci": lambda r: f"0000:{r.choice(('3b', '5e', '86', 'af', 'd8', '17'))}:00",
        "lus_fs": lambda r: r.choice(("scratch", "lustre", "project", "home")),
        "lus_nid": lambda r: f"10.{r.randrange(1, 10)}.{r.randrange(256)}.{r.randrange(1, 255)}@o2ib",
        "md": lambda r: f"md{r.randrange(0, 4)}",
    }
)

P = "syslog none"
K = "kernel"
_SEL = "{sel_id} | {sel_dt} | "

TEMPLATES = [
    ce(
        "ras.sel_uncorrectable",
        "ipmi",
        "none",
        _SEL + "Memory #0x{hex4} | Uncorrectable ECC | Asserted",
        _SEL + "Memory {dimm} | Uncorrectable ECC (UnCorrectable ECC |  DIMM_{dimm}) | Asserted",
        _SEL + "Processor CPU{small} Status | IERR | Asserted",
        _SEL + "Critical Interrupt #0x{hex4} | PCI SERR | Asserted",
    ),
    ce(
        "ras.sel_power_thermal",
        "ipmi",
        "none",
        _SEL + "Power Supply PS{small} Status | Power Supply AC lost | Asserted",
        _SEL + "Power Supply PS{small} Status | Failure detected | Asserted",
        _SEL + "Temperature CPU{small} Temp | Upper Critical going high | Asserted",
        _SEL + "Fan FAN{small} | Lower Critical going low  | Asserted",
    ),
    ce(
        "ras.sel_drive_watchdog",
        "ipmi",
        "none",
        _SEL + "Drive Slot / Bay Disk{small} | Drive Fault | Asserted",
        _SEL + "Watchdog2 #0x{hex4} | Hard reset | Asserted",
        _SEL + "Drive Slot / Bay #0x{hex4} | Drive Fault () | Asserted",
    ),
    er(
        "ras.sel_correctable",
        "ipmi",
        "none",
        _SEL + "Memory #0x{hex4} | Correctable ECC | Asserted",
        _SEL + "Memory {dimm} | Correctable ECC (Correctable ECC |  DIMM_{dimm}) | Asserted",
        _SEL + "Temperature Inlet Temp | Upper Non-critical going high | Asserted",
    ),
    sn(
        "ras.sel_routine",
        "ipmi",
        "none",
        _SEL + "System Event #0x{hex4} | Timestamp Clock Sync | Asserted",
        _SEL + "OS Boot | C: boot completed | Asserted",
        _SEL + "Power Supply PS{small} Status | Presence detected | Asserted",
        _SEL + "Power Supply PS{small} Status | Power Supply AC lost | Deasserted",
    ),
    sa(
        "ras.sel_intrusion",
        "ipmi",
        "none",
        _SEL + "Physical Security #0x{hex4} | General Chassis intrusion | Asserted",
        _SEL + "Event Logging Disabled #0x{hex4} | Log area reset/cleared | Asserted",
        _SEL + "Physical Security Intrusion | General Chassis intrusion () | Asserted",
    ),
    ce(
        "ras.idrac_hw",
        "idrac",
        "none syslog",
        "PSU0003: The power input for power supply {small} is lost.",
        "CPU0000: Internal error has occurred check for additional logs.",
        "FAN0002: Fan {small} RPM is less than the lower critical threshold.",
    ),
    er(
        "ras.idrac_warn",
        "idrac",
        "none syslog",
        "MEM0701: Correctable memory error rate exceeded for DIMM_{dimm}.",
        "FAN0001: Fan {small} RPM is less than the lower warning threshold.",
        "TMP0118: The system inlet temperature is greater than the upper warning threshold.",
        "PDR1016: Drive {small} is removed from disk drive bay {small2}.",
    ),
    ua(
        "ras.idrac_login",
        "idrac",
        "none syslog",
        "USR0030: Successfully logged in using {root|admin|operator}, from {ip} and GUI.",
        "USR0032: The session for {root|admin} from {ip} using GUI is logged off.",
        "USR0030: Successfully logged in using root, from {ip} and SSH.",
    ),
    sa(
        "ras.idrac_login_failed",
        "idrac",
        "none syslog",
        "USR0031: Unable to log in for {root|admin|operator} from {ip} using GUI.",
        "USR0031: Unable to log in for root from {ip} using SSH.",
        "USR0034: Login attempt alert for root from {ip} using GUI, IP will be blocked for 600 seconds.",
    ),
    sn(
        "ras.idrac_power",
        "idrac",
        "none syslog",
        "RAC0703: Requested system powerup.",
        "RAC0702: Requested system hardreset.",
        "SYS1003: System CPU Resetting.",
        "SYS1000: System is turning on.",
    ),
    er(
        "ras.edac_ce",
        K,
        P,
        "EDAC MC{small}: 1 CE memory read error on {edac_loc} (channel:{small2} slot:0 page:0x{hex8} offset:0x0 "
        "grain:32 syndrome:0x0 - area:DRAM err_code:0001:0091 socket:0 ha:0 channel_mask:2 rank:{small})",
        "EDAC MC{small}: {n} CE memory scrubbing error on {edac_loc} (channel:{small2} slot:0 page:0x{hex8})",
        "EDAC sbridge MC{small}: HANDLING MCE MEMORY ERROR",
    ),
    ce(
        "ras.edac_ue",
        K,
        P,
        "EDAC MC{small}: 1 UE memory read error on {edac_loc} (channel:{small2} slot:0 page:0x{hex8} offset:0x0 "
        "grain:32 - area:DRAM err_code:0000:009f socket:0 ha:0 channel_mask:1 rank:{small})",
        "EDAC MC{small}: 1 UE uncorrectable error on CPU#{small2}Channel#{small3}_DIMM#{small4}",
        "[Hardware Error]: Uncorrected, software restartable error.",
    ),
    er(
        "ras.mce_logged",
        K,
        P,
        "mce: [Hardware Error]: Machine check events logged",
        "mcelog: Hardware event. This is not a software error.",
        "mce: [Hardware Error]: CPU {small}: Machine Check: 0 Bank {small2}: 8c00004000010091",
    ),
    ru(
        "ras.mce_thermal",
        K,
        P,
        "mce: CPU{small}: Core temperature above threshold, cpu clock throttled (total events = {num})",
        "mce: CPU{small}: Package temperature above threshold, cpu clock throttled (total events = {num})",
        "mce: CPU{small}: Core temperature/speed normal",
    ),
    ce(
        "ras.smart_failed",
        "smartd",
        P,
        "Device: /dev/{dev} [SAT], FAILED SMART self-check. BACK UP DATA NOW!",
        "Device: /dev/nvme{small}, Critical Warning (0x04): Reliability",
        "Device: /dev/{dev} [SAT], Self-Test Log error count increased from {small} to {small2}",
        "Device: /dev/{dev}, SMART Failure: FAILURE PREDICTION THRESHOLD EXCEEDED",
    ),
    er(
        "ras.smart_sectors",
        "smartd",
        P,
        "Device: /dev/{dev} [SAT], {n} Currently unreadable (pending) sectors",
        "Device: /dev/{dev} [SAT], {n} Offline uncorrectable sectors",
        "Device: /dev/{dev} [SAT], SMART Prefailure Attribute: 5 Reallocated_Sector_Ct changed from 100 to {n}",
        "Device: /dev/{dev} [SAT], ATA error count increased from {small} to {small2}",
    ),
    ru(
        "ras.smart_temperature",
        "smartd",
        P,
        "Device: /dev/{dev} [SAT], Temperature {n} Celsius reached limit of 50 Celsius (Min/Max 2{small}/6{small2})",
        "Device: /dev/{dev} [SAT], SMART Usage Attribute: 194 Temperature_Celsius changed from {n} to {n2}",
        "Device: /dev/nvme{small}, Temperature {n} Celsius reached critical limit of 70 Celsius (Min/Max "
        "2{small}/7{small2})",
    ),
    sn(
        "ras.smartd_start",
        "smartd",
        P,
        "Device: /dev/{dev} [SAT], opened",
        "Monitoring {small} ATA/SATA, 0 SCSI/SAS and {small2} NVMe devices",
        "Device: /dev/{dev} [SAT], previous self-test completed without error",
        "smartd has fork()ed into background mode. New PID={pid}.",
    ),
    ce(
        "ras.md_failure",
        "mdadm kernel",
        P,
        "DegradedArray event detected on md device /dev/{md}",
        "Fail event detected on md device /dev/{md}, component device /dev/{dev}1",
        "md/raid1:{md}: Disk failure on {dev}1, disabling device.",
        "md/raid10:{md}: Operation continuing on {small} devices.",
    ),
    sn(
        "ras.md_rebuild",
        "mdadm kernel",
        P,
        "RebuildStarted event detected on md device /dev/{md}",
        "RebuildFinished event detected on md device /dev/{md}, component device  mismatches found: 0",
        "SpareActive event detected on md device /dev/{md}, component device /dev/{dev}1",
        "md: data-check of RAID array {md}",
    ),
    er(
        "ras.nhc_checks",
        "nhc",
        P,
        "NHC: check_fs_mount:  /{scratch|home|projects} not mounted",
        "Health check failed:  check_hw_ib:  No IB port is ACTIVE (LinkUp 100 Gb/sec).",
        "NHC: check_ps_service:  Service {sshd|munged|slurmd} (process {sshd|munged|slurmd}) owned by root not running",
        "Health check failed:  check_hw_eth:  No device found matching ib0.",
        "NHC: check_hw_physmem:  Actual RAM size ({num} kB) less than minimum allowed ({num2} kB).",
        "NHC: check_hw_cpuinfo:  Actual CPU core count ({n}) does not match expected ({n2}).",
    ),
    ce(
        "ras.nhc_offline",
        "nhc",
        P,
        "node-mark-offline: Marking {node} offline: NHC: check_fs_mount:  /{scratch|home} not mounted",
    ),
    ru(
        "ras.nhc_resources",
        "nhc",
        P,
        "NHC: check_ps_loadavg:  1-minute load average too high ({n}.{small} > {n2})",
        "NHC: check_hw_mem_free:  Free memory too low ({num} kB < {num2} kB)",
        "NHC: check_fs_free:  /{tmp|scratch} has only {small}% free ({num} kB), minimum is {small2}%",
        "NHC: check_hw_swap_free:  Free swap too low ({num} kB < {num2} kB)",
    ),
    ce(
        "ras.gpu_fatal",
        K,
        P,
        "NVRM: Xid (PCI:{pci}): 79, pid={pid}, name={python3|nvidia-smi|cuda_app}, GPU has fallen off the bus.",
        "NVRM: Xid (PCI:{pci}): 48, pid={pid}, An uncorrectable double bit error (DBE) has been detected on GPU in the "
        "framebuffer at partition {small}, subpartition 0.",
        "NVRM: Xid (PCI:{pci}): 74, pid={pid}, NVLink: fatal error detected on link {small}",
        "NVRM: GPU at PCI:{pci}: GPU-{uuid} has fallen off the bus.",
    ),
    er(
        "ras.gpu_app",
        K,
        P,
        "NVRM: Xid (PCI:{pci}): 13, pid={pid}, name=python3, Graphics SM Warp Exception on (GPC {small}, TPC {small2}, "
        "SM 0): Out Of Range Address",
        "NVRM: Xid (PCI:{pci}): 31, pid={pid}, name=python3, Ch 000000{n}, intr 10000000. MMU Fault: ENGINE GRAPHICS "
        "GPCCLIENT_T1_0 faulted @ 0x7f{hex8}_00000000. Fault is of type FAULT_PDE ACCESS_TYPE_VIRT_READ",
        "NVRM: Xid (PCI:{pci}): 43, pid={pid}, name=python3, Ch 000000{n}",
        "NVRM: Xid (PCI:{pci}): 63, pid={pid}, Row Remapping Event: Bank {small}, Row {num}",
    ),
    er(
        "ras.ib_link",
        K,
        P,
        "mlx5_core {pci}.0: mlx5_port_module_event:{n}:(pid 0): Port module event: module {small}, Cable unplugged",
        "mlx5_core {pci}.0 ib{small}: Link down",
        "ib_srpt: Received DREQ and sent DREP for session {hex16}",
        "mlx5_core {pci}.0: mlx5_cmd_out_err:{n}:(pid {pid}): CREATE_QP(0x500) op_mod(0x0) failed, status bad "
        "resource state(0x9), syndrome (0x{hex4}), err(-22)",
    ),
    sn(
        "ras.ib_up",
        K,
        P,
        "mlx5_core {pci}.0 ib{small}: Link up",
        "IPv6: ADDRCONF(NETDEV_CHANGE): ib{small}: link becomes ready",
        "mlx5_core {pci}.0: mlx5_pcie_event:{n}:(pid {pid}): PCIe slot advertised sufficient power (75W).",
    ),
    er(
        "ras.lustre_errors",
        K,
        P,
        "LustreError: 11-0: {lus_fs}-OST000{small}-osc-ffff{hex8}: operation ost_connect to node {lus_nid} failed: "
        "rc = -16",
        "LustreError: 137-5: {lus_fs}-OST000{small}_UUID: not available for connect from {lus_nid} (no target). If "
        "you are running an HA pair check that the target is mounted on the other server.",
        "Lustre: {lus_fs}-MDT0000: haven't heard from client {uuid} (at {lus_nid}) in {n} seconds. I think it's dead, "
        "and I am evicting it.",
        "LNetError: {n}:0:(o2iblnd_cb.c:{n2}:kiblnd_check_txs_locked()) Timed out tx: tx_queue, {small} seconds",
    ),
    sn(
        "ras.lustre_ok",
        K,
        P,
        "Lustre: {lus_fs}-OST000{small}-osc-ffff{hex8}: Connection restored to {lus_nid} (at {lus_nid})",
        "Lustre: {lus_fs}-MDT0000: Recovery over after {small}:0{small2}, of {n} clients {n2} recovered and 0 were "
        "evicted.",
        "Lustre: Mounted {lus_fs}-client",
        "Lustre: {lus_fs}-OST000{small}: deleting orphan objects from 0x0:{num} to 0x0:{num2}",
    ),
    ru(
        "ras.sdr_utilization",
        "ipmi",
        "none",
        "CPU Utilization  | {pct} percent       | ok",
        "IO Utilization   | {pct} percent       | ok",
        "SYS Utilization  | {pct} percent       | ok",
        "Pwr Consumption  | {num} Watts         | ok",
    ),
]
