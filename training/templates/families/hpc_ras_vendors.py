"""More HPC and server RAS: IPMI SEL sensor-specific events, kernel APEI/GHES and PCIe AER, mcelog, Dell iDRAC
Lifecycle and OpenManage, HPE iLO Integrated Management Log, NVIDIA driver Xids, OpenSM and the ipmi_si driver.

Phrasings follow ipmitool's lib/ipmi_sel.c sensor-specific offset strings (Memory: Parity, Memory Scrub Failed,
Correctable ECC logging limit reached; Processor: Thermal Trip, FRB2/Hang in POST failure; Power Unit: Power
off/down, AC lost; Watchdog2: Timer expired; Critical Interrupt: Bus Uncorrectable error, Fatal NMI; Event Logging
Disabled: Log almost full; Drive Slot: Rebuild in progress, In Failed Array; OS Stop/Shutdown: Run-time critical
stop, OS graceful shutdown; Battery: Battery low), the kernel's drivers/acpi/apei/ghes.c and cper.c ("Hardware error
from APEI Generic Hardware Error Source", "event severity: corrected/fatal"), drivers/pci/pcie/aer.c ("AER:
Corrected error received", "PCIe Bus Error: severity=...", "AER: Uncorrected (Fatal) error received"),
drivers/thermal ("critical temperature reached (%d C), shutting down"), mcelog's page.c/trigger.c ("Corrected
memory errors on page ... exceed threshold", "Running trigger"), Dell's Event and Error Message
Reference (MEM0001, CPU0001, PSU0001, PCI1320, BAT0002, SUP0516/SUP0518, JCP027/JCP037, PR36, LOG007) and OpenManage
Server Administrator event texts, HPE's iLO IML texts ("Corrected Memory Error threshold exceeded", "Network
Adapter Link Down", "Server Critical Fault"), NVIDIA's Xid catalogue (45, 61, 92, 94, 95, 119), OpenSM's log
(linux-rdma/opensm@fa74b98c: osm_sm_state_mgr.c "Entering %s state", osm_state_mgr.c "SUBNET UP", osm_opensm.c
the OSM_VERSION line "OpenSM %s" and "Setting IS_SM on port 0x%016" PRIx64) and drivers/char/ipmi ("IPMI kcs
interface initialized").
"""

from training.templates.families._labels import ce, er, ru, sa, sn, ua
from training.templates.families.hpc_ras import _SEL
from training.templates.families.hpc_ras import FAMILY as FAMILY

P = "syslog none"
K = "kernel"
_AER = "pcieport 0000:{small}{small2}:0{small3}.0: "

TEMPLATES = [
    ce(
        "ras.sel_memory_fatal",
        "ipmi",
        "none",
        _SEL + "Memory #0x{hex4} | Parity | Asserted",
        _SEL + "Memory DIMM{dimm} | Memory Scrub Failed | Asserted",
        _SEL + "Memory #0x{hex4} | Memory Device Disabled | Asserted",
        _SEL + "Memory #0x{hex4} | Uncorrectable machine check exception | Asserted",
    ),
    er(
        "ras.sel_memory_limit",
        "ipmi",
        "none",
        _SEL + "Memory #0x{hex4} | Correctable ECC logging limit reached | Asserted",
        _SEL + "Memory DIMM{dimm} | Correctable ECC | Asserted",
        _SEL + "Event Logging Disabled #0x{hex4} | Correctable memory error logging disabled | Asserted",
    ),
    ce(
        "ras.sel_processor_fatal",
        "ipmi",
        "none",
        _SEL + "Processor CPU{small} Status | Thermal Trip | Asserted",
        _SEL + "Processor #0x{hex4} | FRB2/Hang in POST failure | Asserted",
        _SEL + "Processor #0x{hex4} | Configuration Error | Asserted",
        _SEL + "Processor CPU{small} Status | Machine Check Exception | Asserted",
    ),
    ce(
        "ras.sel_power_unit",
        "ipmi",
        "none",
        _SEL + "Power Unit #0x{hex4} | AC lost | Asserted",
        _SEL + "Power Unit Pwr Unit Status | Soft-power control failure | Asserted",
        _SEL + "Power Unit #0x{hex4} | Failure detected | Asserted",
        _SEL + "Power Supply PS{small} Status | AC lost or out-of-range | Asserted",
    ),
    er(
        "ras.sel_power_redundancy",
        "ipmi",
        "none",
        _SEL + "Power Supply PS Redundancy | Redundancy Lost | Asserted",
        _SEL + "Power Supply PS{small} Status | Predictive failure | Asserted",
        _SEL + "Fan Fan Redundancy | Redundancy Degraded | Asserted",
        _SEL + "Power Supply PS{small} Status | Config Error | Asserted",
    ),
    ce(
        "ras.sel_interrupt",
        "ipmi",
        "none",
        _SEL + "Critical Interrupt #0x{hex4} | Bus Uncorrectable error | Asserted",
        _SEL + "Critical Interrupt #0x{hex4} | Fatal NMI | Asserted",
        _SEL + "Critical Interrupt PCIE Fatal Err | Bus Fatal Error | Asserted",
        _SEL + "OS Critical Stop #0x{hex4} | Run-time critical stop | Asserted",
    ),
    er(
        "ras.sel_interrupt_corrected",
        "ipmi",
        "none",
        _SEL + "Critical Interrupt #0x{hex4} | Bus Correctable error | Asserted",
        _SEL + "Critical Interrupt #0x{hex4} | PCI PERR | Asserted",
        _SEL + "Watchdog2 #0x{hex4} | Timer expired | Asserted",
        _SEL + "System Firmware Progress #0x{hex4} | System Firmware Error | Asserted",
    ),
    er(
        "ras.sel_drive_array",
        "ipmi",
        "none",
        _SEL + "Drive Slot / Bay Drive {small} | In Failed Array | Asserted",
        _SEL + "Drive Slot / Bay Drive {small} | Predictive Failure | Asserted",
        _SEL + "Drive Slot / Bay #0x{hex4} | Rebuild aborted | Asserted",
        _SEL + "Battery #0x{hex4} | Battery failed | Asserted",
    ),
    sn(
        "ras.sel_drive_routine",
        "ipmi",
        "none",
        _SEL + "Drive Slot / Bay Drive {small} | Drive Present | Asserted",
        _SEL + "Drive Slot / Bay Drive {small} | Rebuild in progress | Asserted",
        _SEL + "Drive Slot / Bay Drive {small} | Hot Spare | Asserted",
        _SEL + "OS Stop/Shutdown #0x{hex4} | OS graceful shutdown | Asserted",
    ),
    ru(
        "ras.sel_log_full",
        "ipmi",
        "none",
        _SEL + "Event Logging Disabled #0x{hex4} | Log almost full | Asserted",
        _SEL + "Event Logging Disabled SEL Fullness | Log full | Asserted",
        "SEL Information Version          : 1.5 (v1.5, v2 compliant) Entries          : {num} Free Space       : {n} "
        "bytes Percent Used     : {pct}%",
    ),
    er(
        "ras.ghes_corrected",
        K,
        P,
        "{{{small}}}[Hardware Error]: Hardware error from APEI Generic Hardware Error Source: {small}",
        "{{{small}}}[Hardware Error]: event severity: corrected",
        "{{{small}}}[Hardware Error]:  Error {small}, type: corrected",
        "{{{small}}}[Hardware Error]:   section_type: memory error",
    ),
    ce(
        "ras.ghes_fatal",
        K,
        P,
        "{{{small}}}[Hardware Error]: event severity: fatal",
        "Kernel panic - not syncing: Fatal hardware error!",
        "{{{small}}}[Hardware Error]:  Error {small}, type: fatal",
        "mce: [Hardware Error]: Machine check: Processor context corrupt",
    ),
    sn(
        "ras.apei_boot",
        K,
        P,
        "HEST: Table parsing has been initialized.",
        "GHES: APEI firmware first mode is enabled by APEI bit and WHEA _OSC.",
        "ERST: Error Record Serialization Table (ERST) support is initialized.",
        "EDAC MC: Ver: 3.0.0",
    ),
    sn(
        "ras.edac_load",
        K,
        P,
        "EDAC MC{small}: Giving out device to module skx_edac controller Skylake Socket#{small2} IMC#0: DEV "
        "0000:{pci}.2 (INTERRUPT)",
        "EDAC amd64: F19h detected (node {small}).",
        "EDAC amd64: Node {small}: DRAM ECC enabled.",
        "EDAC MC{small}: Giving out device to module i10nm_edac controller Intel_10nm Socket#{small2} IMC#0: DEV "
        "0000:{pci}.0 (INTERRUPT)",
    ),
    er(
        "ras.aer_corrected",
        K,
        P,
        _AER + "AER: Corrected error received: 0000:{small}{small2}:00.0",
        _AER + "PCIe Bus Error: severity=Corrected, type=Physical Layer, (Receiver ID)",
        _AER + "AER: Multiple Corrected error received: 0000:{small}{small2}:00.0",
        _AER + "  device [8086:{hex4}] error status/mask=00000001/00002000",
    ),
    ce(
        "ras.aer_fatal",
        K,
        P,
        _AER + "AER: Uncorrected (Fatal) error received: 0000:{small}{small2}:00.0",
        _AER + "PCIe Bus Error: severity=Uncorrected (Fatal), type=Transaction Layer, (Requester ID)",
        _AER + "AER: Uncorrected (Non-Fatal) error received: 0000:{small}{small2}:00.0",
    ),
    ce(
        "ras.thermal_critical",
        K,
        P,
        "thermal thermal_zone{small}: critical temperature reached ({n} C), shutting down",
        "Critical temperature reached ({n} C), shutting down",
    ),
    er(
        "ras.mcelog_page",
        "mcelog",
        P,
        "Corrected memory errors on page {hex8}000 exceed threshold 10 in 24h: {n} in 24h",
        "Location: SOCKET:{small} CHANNEL:{small2} DIMM:{small3} []",
        "Running trigger `page-error-trigger' (reporter: page)",
        "Running trigger `dimm-error-trigger' (reporter: memdb)",
        proc="mcelog",
    ),
    ce(
        "ras.idrac_fatal",
        "idrac",
        "none syslog",
        "MEM0001: Multi-bit memory errors detected on a memory device at location(s) DIMM_{dimm}.",
        "CPU0001: CPU {small} has a thermal trip (over-temperature) event.",
        "PSU0001: Power supply {small} failed.",
        "PCI1320: A bus fatal error was detected on a component at bus {n} device 0 function 0.",
    ),
    er(
        "ras.idrac_battery",
        "idrac",
        "none syslog",
        "BAT0002: The system board battery has failed.",
        "BAT0017: The PERC1 battery has failed.",
        "NIC100: The Integrated NIC {small} Port {small2} network link is down.",
        "PDR1001: Fault detected on drive {small} in disk drive bay {small2}.",
    ),
    sn(
        "ras.idrac_lifecycle",
        "idrac",
        "none syslog",
        "SUP0516: Updating firmware for {iDRAC|BIOS|PERC H755 Front} to version {small}.{n}.{small2}.",
        "SUP0518: Successfully updated the {iDRAC|BIOS} firmware to version {small}.{n}.{small2}.",
        "JCP027: The (installation or configuration) job JID_{num}{n} is successfully created on iDRAC.",
        "JCP037: The (installation or configuration) job JID_{num}{n} is successfully completed.",
    ),
    sn(
        "ras.idrac_inventory",
        "idrac",
        "none syslog",
        "PR36: Version change detected for BIOS firmware. Previous version:{small}.{n}.0, Current version:{small}."
        "{n2}.0",
        "LOG007: The previous log entry was repeated {small} times.",
        "RAC0182: The iDRAC firmware was rebooted with the following reason: user initiated.",
    ),
    ce(
        "ras.omsa_memory",
        "omsa",
        P,
        "Server Administrator: Instrumentation Service EventID: 1404  Memory device status is critical  Memory device "
        "location: DIMM_{dimm}  Possible memory module event cause:Multi bit error encountered",
        "Server Administrator: Instrumentation Service EventID: 1354  Power supply detected a failure  Sensor "
        "location: PS{small} Status  Chassis location: Main System Chassis",
        proc="Server Administrator",
    ),
    sn(
        "ras.omsa_start",
        "omsa",
        P,
        "Server Administrator: Instrumentation Service EventID: 1000  Server Administrator starting",
        "Server Administrator: Instrumentation Service EventID: 1001  Server Administrator startup complete",
        "Server Administrator: Instrumentation Service EventID: 1352  Power supply returned to normal  Sensor "
        "location: PS{small} Status",
        proc="Server Administrator",
    ),
    er(
        "ras.ilo_iml",
        "ilo",
        "none syslog",
        "Corrected Memory Error threshold exceeded (Processor {small}, Memory Module {small2})",
        "Network Adapter Link Down (Slot {small}, Port {small2})",
    ),
    ce(
        "ras.ilo_critical",
        "ilo",
        "none syslog",
        "Server Critical Fault (Service Information: Runtime Fault, System Board, Processor {small} (0{small2}h))",
        "Uncorrectable Memory Error (Processor {small}, Memory Module {small2})",
        "System Overheating (Temperature Sensor {small}, Location CPU, Temperature {n}C)",
    ),
    ua(
        "ras.ilo_login",
        "ilo",
        "none syslog",
        "Browser login: {user} - {ip}({host}).",
        "Browser logout: {user} - {ip}({host}).",
        "SSH login: {user} - {ip}({host}).",
    ),
    sa(
        "ras.ilo_login_failed",
        "ilo",
        "none syslog",
        "Browser login failure from: {ip}({host}).",
        "SSH login failure from: {ip}({host}).",
    ),
    er(
        "ras.gpu_ecc",
        K,
        P,
        "NVRM: Xid (PCI:{pci}): 94, pid={pid}, name={python3|cuda_app}, Contained: SM (0x1). RST: No, D-RST: No",
        "NVRM: Xid (PCI:{pci}): 92, pid={pid}, High single-bit ECC error rate",
        "NVRM: Xid (PCI:{pci}): 45, pid={pid}, name={python3|cuda_app}, Ch 000000{n}",
        "NVRM: Xid (PCI:{pci}): 61, pid={pid}, Internal micro-controller breakpoint/warning",
    ),
    ce(
        "ras.gpu_uncontained",
        K,
        P,
        "NVRM: Xid (PCI:{pci}): 95, pid={pid}, name={python3|cuda_app}, Uncontained: FBHUB. RST: Yes, D-RST: No",
        "NVRM: Xid (PCI:{pci}): 119, pid={pid}, name={python3|nvidia-smi}, Timeout after 6s of waiting for RPC "
        "response from GPU{small} GSP!",
        "NVRM: GPU {pci}.0: RmInitAdapter failed! (0x{small}:0x{n}:{num})",
    ),
    sn(
        "ras.gpu_driver",
        "kernel nvidia-persistenced",
        P,
        "NVRM: loading NVIDIA UNIX x86_64 Kernel Module  {535.183.01|550.90.07|560.35.03}  Release Build",
        "nvidia-persistenced: Started (pid {pid})",
        "nvidia-persistenced: device 0000:{pci}.0 - persistence mode enabled.",
        "nvidia-nvlink: Nvlink Core is being initialized, major device number {n}",
    ),
    sn(
        "ras.opensm",
        "opensm",
        P,
        "Entering MASTER state",
        "SUBNET UP",
        "Entering DISCOVERING state",
        "OpenSM {3.3.24|5.17.0}",
        "Setting IS_SM on port 0x{hex16}",
        proc="OpenSM",
    ),
    sn(
        "ras.ipmi_driver",
        K,
        P,
        "ipmi_si IPI0001:00: IPMI kcs interface initialized",
        "IPMI message handler: version 39.2",
        "ipmi_si: IPMI System Interface driver",
        "ipmi device interface",
    ),
    er(
        "ras.ipmi_driver_errors",
        K,
        P,
        "ipmi_si: Unable to find any System Interface(s)",
        "ipmi_si IPI0001:00: There appears to be no BMC at this location",
        "ipmi_si dmi-ipmi-si.0: Could not set up I/O space",
    ),
]
