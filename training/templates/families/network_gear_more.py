"""More network gear: Junos scheduler slips and DDoS-protection, IOS-XE memory thresholds, and stack reloads.

Phrasings follow Juniper's System Log Explorer (RPD_SCHED_SLIP, DDOS_PROTOCOL_VIOLATION_CLEAR) and Cisco's IOS-XE
system message guide (%PLATFORM-4-ELEMENT_WARNING Used Memory value exceeds warning level, %STACKMGR-1-RELOAD,
%STACKMGR-6-SWITCH_ADDED, %HA_EM-6-LOG).
"""

from training.templates.families._labels import ce, ru, sn
from training.templates.families.network_gear import FAMILY as FAMILY

P = "none rfc5424"

TEMPLATES = [
    ru(
        "net.junos_sched_slip",
        "juniper",
        P,
        "rpd[{pid}]: RPD_SCHED_SLIP: {small} sec scheduler slip, user: 0 sec {num} usec, system: 0 sec, {n} usec",
        "rpd[{pid}]: RPD_SCHED_SLIP: {n} sec scheduler slip, user: {small} sec {num} usec, system: 0 sec, 0 usec",
    ),
    ru(
        "net.iosxe_memory",
        "cisco",
        P,
        "{cisco_hdr}%PLATFORM-4-ELEMENT_WARNING: Switch {small} R0/0: smand: 1/RP/0: Used Memory value {pcthi}% "
        "exceeds "
        "warning level 90%",
        "{cisco_hdr}%PLATFORM-4-ELEMENT_WARNING: Switch {small} R0/0: smand: 1/RP/0: CPU Utilization value {pcthi}% "
        "exceeds warning level 90%",
    ),
    ce(
        "net.stack_reload",
        "cisco",
        P,
        "{cisco_hdr}%STACKMGR-1-RELOAD: Switch {small} R0/0: stack_mgr: Reloading due to reason Lost Stack",
        "{cisco_hdr}%STACKMGR-4-SWITCH_REMOVED: Switch {small} R0/0: stack_mgr: Switch {small2} has been removed from "
        "the stack.",
    ),
    sn(
        "net.stack_added",
        "cisco",
        P,
        "{cisco_hdr}%STACKMGR-6-SWITCH_ADDED: Switch {small} R0/0: stack_mgr: Switch {small2} has been added to the "
        "stack.",
        "{cisco_hdr}%STACKMGR-6-STACK_LINK_CHANGE: Switch {small} R0/0: stack_mgr: Stack port {small2} on Switch "
        "{small3} "
        "is up",
        "{cisco_hdr}%HA_EM-6-LOG: {backup_config|nightly}: Running configuration saved to flash",
    ),
    sn(
        "net.junos_ddos_clear",
        "juniper",
        P,
        "jddosd[{pid}]: DDOS_PROTOCOL_VIOLATION_CLEAR: INFO: Host-bound traffic for protocol/exception ARP:aggregate "
        "has returned to normal. Its allowed bandwidth was exceeded at fpc {small} for {n} times",
        "mgd[{pid}]: UI_COMMIT_PROGRESS: Commit operation in progress: commit wrapup...",
    ),
]
