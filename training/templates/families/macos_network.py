"""macOS network daemons in system.log / the unified log: IPConfiguration (DHCP, router advertisements),
configd and mDNSResponder, read from Apple's open source (the kernel, powerd, ASL, hfs and Security lines are in
macos_daemons.py).

Phrasings follow apple-oss-distributions on GitHub: bootp IPConfiguration.bproj/dhcp.c and bootplib/dhcp.h
("DHCP %s: %s" state names, "in use by ... DHCP Server", "got DHCP NAK"), ipconfigd.c ("BOOTP is deprecated, using
DHCP instead"), rtadv.c ("RTADV %s: start"); configd Plugins/PreferencesMonitor/prefsmon.c ("New network
configuration saved", "Could not establish network configuration: %s") and Plugins/KernelEventMonitor/eventmon.c
("Process interface attach: %s"); mDNSResponder-576/765 mDNSCore/mDNS.c, uDNS.c, mDNSMacOSX/mDNSMacOSX.c, daemon.c
and mDNSShared/uds_daemon.c.
"""

from training.templates.families._labels import dw, er, sn
from training.templates.families.macos import FAMILY as FAMILY
from training.templates.families.macos import K, P

IPC = {"proc": "IPConfiguration", "logger": "com.apple.IPConfiguration"}
CFG = {"proc": "configd", "logger": "com.apple.SystemConfiguration"}
MDNS = {"proc": "mDNSResponder", "logger": "com.apple.mDNSResponder"}

TEMPLATES = [
    # --- IPConfiguration (bootp) ---
    sn(
        "macos.ipconfig_dhcp_state",
        K,
        P,
        "DHCP {en0|en1}: {INIT|SELECT|BOUND|RENEW|REBIND|INIT/REBOOT}",
        "DHCP {en0|en1}: switched to lease for IP {ip}",
        "DHCP {en0|en1}: recovered lease for IP {ip}",
        "DHCP en0: supplying hostname '{first}s-MacBook-Pro'",
        **IPC,
    ),
    er(
        "macos.ipconfig_dhcp_conflict",
        K,
        P,
        "DHCP {en0|en1}: {ip} in use by {mac}, DHCP Server {ip2}",
        "DHCP {en0|en1}: got DHCP NAK",
        "DHCP {en0|en1}: lease for {ip} is no longer available",
        "dhcp_decline({en0|en1}) declining {ip}",
        **IPC,
    ),
    er(
        "macos.ipconfig_arp_failed",
        K,
        P,
        "DHCP en0: ARP probe failed, arp_client_open_fd: bpf_setif(en0) failed: Device not configured (6)",
        "service_resolve_router_complete {en0|en1}: ARP failed, arp_client_open_fd: bpf_new({en0|en1}) failed, Too "
        "many open files (24)",
        "RTADV {en0|en1}: send Router Solicitation: failed, Network is down",
        **IPC,
    ),
    sn(
        "macos.ipconfig_rtadv",
        K,
        P,
        "RTADV {en0|en1}: start",
        "RTADV {en0|en1}: stop",
        "RTADV {en0|en1}: router expired",
        "RTADV {en0|en1}: DNS expired",
        **IPC,
    ),
    dw(
        "macos.ipconfig_bootp_deprecated",
        K,
        P,
        "BOOTP is deprecated, using DHCP instead",
        **IPC,
    ),
    # --- configd ---
    sn(
        "macos.configd_interfaces",
        K,
        P,
        "New network configuration saved",
        "Process interface attach: {en|utun|bridge}{small}",
        "Process interface detach: {en|utun|awdl}{small}",
        "Process interface link status {active|inactive}: en{small}",
        **CFG,
    ),
    er(
        "macos.configd_prefs_failed",
        K,
        P,
        "Could not establish network configuration: {Failed!|Permission denied|Lock already held}",
        "Could not acquire network configuration lock: {Permission denied|Lock already held}",
        "Network configuration creation timed out waiting for IORegistry",
        **CFG,
    ),
    # --- mDNSResponder ---
    sn(
        "macos.mdns_deregister",
        K,
        P,
        "mDNS_DeregisterInterface: Frequent transitions for interface {en0|en1} ({ip})",
        "DeregisterInterface: Frequent transitions for interface {en0|en1} (fe80::{hex4}:{hex4}:{hex4}:{hex4})",
        "mDNSResponder mDNSResponder-{576.30.4|765.50.9|878.70.2} (Jun {small} 2016 {hour}:1{small2}) stopping",
        "mDNSResponder mDNSResponder-{576.30.4|765.50.9} (Jun {small} 2015 {hour}:2{small2}) starting OSXVers 1{small}",
        **MDNS,
    ),
    er(
        "macos.mdns_tls_failed",
        K,
        P,
        "SSLHandshake failed: {-9806|-9824}",
        "SSLHandshake failed: -9838 (server busy)",
        "ERROR: mDNSPlatformTCPConnect - connect failed: socket {small}: Error 51 (Network is unreachable) length 16",
        "ERROR: mDNSPlatformTCPConnect - connect failed: socket {small}: Error 65 (No route to host) length 16",
        **MDNS,
    ),
    er(
        "macos.mdns_no_dns",
        K,
        P,
        "uDNS_CheckCurrentQuestion: no DNS server for {domain}. ({Addr|AAAA})",
        "uDNS_CheckCurrentQuestion: host unreachable error for DNS server {ip} for question [0x7f{hex8}] {domain}. "
        "({Addr|AAAA})",
        "startLLQHandshake: 3 failed attempts for LLQ {domain}. Polling.",
        **MDNS,
    ),
    er(
        "macos.mdns_client_error",
        K,
        P,
        "ERROR: handle_resolve_request: bad interfaceIndex {n}",
        "ERROR: handle_regservice_request: bad interfaceIndex {n}",
        "{small}: ERROR: read_msg - read too many data bytes",
        "ERROR: KQueueLoop - kevent failed errno 9 (Bad file descriptor)",
        **MDNS,
    ),
]
