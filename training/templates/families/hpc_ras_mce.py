"""HPC RAS, machine checks and memory failures beyond hpc_ras.py: x86 MCE panic and record lines, CMCI storms,
mm/memory-failure recovery and process kills, EDAC driver notices, OpenSM subnet trap notices,
and mlx5 firmware health faults.

Phrasings follow the kernel source: arch/x86/kernel/cpu/mce/core.c (mce_panic "Some CPUs didn't answer in
synchronization", "Machine check: %s", "Fake kernel panic: %s"; print_mce "PROCESSOR %u:%x TIME %llu SOCKET %u APIC
%x microcode %x", "TSC %llx ADDR %llx MISC %llx"; mce_timed_out "Timeout: Not all CPUs entered broadcast exception
handler"; the severity strings "Processor context corrupt", "Action required: data load in error recoverable
area of kernel"), arch/x86/kernel/cpu/mce/intel.c (cmci storm "CMCI storm detected: switching to poll mode",
"CMCI storm subsided: switching to interrupt mode"), mm/memory-failure.c ("%#lx: recovery action for %s: %s",
"%#lx: Sending SIGBUS to %s:%d due to hardware memory corruption", "%#lx: Killing %s:%d due to hardware memory
corruption", "Memory failure: %#lx: unhandlable page"), drivers/edac/edac_mc.c and skx_common.c / ghes_edac.c
("ECC is disabled on imc", "This system has %d PCI device(s)"), drivers/net/ethernet/mellanox/mlx5/core/health.c
(print_health_info "Health issue observed, %s, severity(%d) %s:", "assert_var[%d] 0x%08x", "PCI slot is
unavailable"), and OpenSM's osm_inform.c / osm_trap_rcv.c notice reports
("Reporting Generic Notice type:%u num:%u (%s) from LID:%u GID:%s").
"""

from training.templates.families._labels import ce, er, sn
from training.templates.families.hpc_ras import FAMILY as FAMILY

P = "syslog none"
K = "kernel"
_HW = "mce: [Hardware Error]: "
_MF = "Memory failure: 0x{hex8}: "

TEMPLATES = [
    ce(
        "mce.panic",
        K,
        P,
        _HW + "Machine check: Processor context corrupt",
        _HW + "Some CPUs didn't answer in synchronization",
        "Kernel panic - not syncing: Timeout: Not all CPUs entered broadcast exception handler",
        _HW + "Machine check: Action required: data load in error recoverable area of kernel",
    ),
    er(
        "mce.record",
        K,
        P,
        _HW + "PROCESSOR 0:{hex4}{small} TIME {epoch} SOCKET {small} APIC {small2}{small3} microcode 2{hex4}{small}",
        _HW + "TSC 0 ADDR {hex8}{hex4} MISC 9{hex8}{hex4}{small}",
        _HW + "RIP !INEXACT! 10:<ffffffff{hex8}> {intel_idle|native_safe_halt|copy_user_enhanced_fast_string}",
    ),
    er(
        "mce.cmci_storm",
        K,
        P,
        "CMCI storm detected: switching to poll mode",
        "mce: CPU{small} BANK{small2} CMCI storm detected",
    ),
    sn(
        "mce.cmci_calm",
        K,
        P,
        "CMCI storm subsided: switching to interrupt mode",
        "mce: CPU{small} BANK{small2} CMCI storm subsided",
        "mce: Using {n} MCE banks",
    ),
    er(
        "mce.memory_failure_recovered",
        K,
        P,
        _MF + "recovery action for clean LRU page: Recovered",
        _MF + "recovery action for free buddy page: Recovered",
        _MF + "recovery action for dirty LRU page: Recovered",
        _MF + "recovery action for huge page: Delayed",
    ),
    er(
        "mce.memory_failure_kill",
        K,
        P,
        _MF + "Sending SIGBUS to {mpi_app|lmp|vasp_std|python3|gmx_mpi}:{pid} due to hardware memory corruption",
        _MF + "Killing {mpi_app|lmp|vasp_std|python3|gmx_mpi}:{pid} due to hardware memory corruption",
        _MF + "recovery action for unsplit thp: Ignored",
        _MF + "recovery action for reserved kernel page: Ignored",
    ),
    ce(
        "mce.memory_failure_fatal",
        K,
        P,
        _MF + "unhandlable page",
        _MF + "recovery action for kernel high-order page: Ignored",
        "Kernel panic - not syncing: Memory failure on page 0x{hex8}",
    ),
    er(
        "edac.ecc_disabled",
        K,
        P,
        "EDAC skx: ECC is disabled on imc {small}",
        "EDAC i10nm: ECC is disabled on imc {small}",
        "EDAC amd64: Node {small}: DRAM ECC disabled.",
        "EDAC sbridge: Failed to register device with error -19.",
    ),
    sn(
        "edac.driver_notices",
        K,
        P,
        "EDAC MC: Ver: 3.0.0",
        "EDAC DEBUG: edac_mc_sysfs_init: device mc created",
        "EDAC sbridge: Seeking for: PCI ID 8086:{hex4}",
        "EDAC ghes: This system has {small} DIMM sockets.",
    ),
    er(
        "opensm.trap_down",
        "opensm",
        P,
        "log_notice: Reporting Generic Notice type:3 num:65 (GID out of service) from LID:{n} GID:fe80::{hex4}:"
        "{hex4}:{hex4}:{hex4}",
        "log_notice: Reporting Urgent Notice type:1 num:129 (Local Link Integrity threshold reached) from LID:{n} "
        "GID:fe80::{hex4}:{hex4}:{hex4}:{hex4}",
        proc="OpenSM",
    ),
    sn(
        "opensm.trap_up",
        "opensm",
        P,
        "log_notice: Reporting Generic Notice type:3 num:64 (GID in service) from LID:{n} GID:fe80::{hex4}:{hex4}:"
        "{hex4}:{hex4}",
        "Entering STANDBY state",
        "SM port is up",
        proc="OpenSM",
    ),
    ce(
        "mlx5.health_fatal",
        K,
        P,
        "mlx5_core {pci}.0: print_health_info:{n}:(pid {pid}): Health issue observed, {firmware internal error|"
        "irisc not responding|unrecoverable hardware error}, severity(3) ERROR:",
        "mlx5_core {pci}.0: print_health_info:{n}:(pid {pid}): assert_var[0] 0x{hex8}",
        "mlx5_core {pci}.0: PCI slot is unavailable",
    ),
]
