"""Time, address and name services on the network edge: chrony, ntpd, systemd-timesyncd, ISC dhcpd and Kea,
dnsmasq and Unbound.

Phrasings follow chronyd's LOG() texts ("Selected source", "System clock wrong by", "Can't synchronise: no
selectable sources"), ntpd's, dhcpd's ("DHCPACK on ... to ... via", "no free leases"), Kea's message ids
(DHCP4_LEASE_ALLOC, ALLOC_ENGINE_V4_ALLOC_FAIL), dnsmasq's and Unbound's.
"""

from training.templates.families._kit import CRIT, DEP, ERR, RES, SEC, SN, maker

FAMILY = "timesync_dhcp"
t = maker(
    "timesync_dhcp", sources="chronyd ntpd dhcpd kea-dhcp4 dnsmasq unbound", prefixes="syslog journal", proc="chronyd"
)

TEMPLATES = [
    t(
        SN,
        "chrony_select",
        "Selected source {ip} ({n}.pool.ntp.org)",
        "Source {ip} replaced with {ip2} ({n}.debian.pool.ntp.org)",
        "System clock was stepped by {sec} seconds",
    ),
    t(
        ERR,
        "chrony_nosource",
        "Can't synchronise: no selectable sources",
        "No suitable source for synchronisation",
        "Could not resolve address of initstepslew server pool.ntp.org",
    ),
    t(
        SN,
        "timesyncd",
        "Initial synchronization to time server {ip}:123 ({n}.ubuntu.pool.ntp.org).",
        "Contacted time server {ip}:123 ({n}.debian.pool.ntp.org).",
        proc="systemd-timesyncd",
    ),
    t(
        SN,
        "ntpd",
        "ntpd {4.2.8p15|4.2.8p17}@1.3728-o Wed Sep 23 11:46:38 UTC 2020 (1): Starting",
        "Listen normally on {small} {iface} {ip}:123",
        "kernel reports TIME_ERROR: 0x2041: Clock Unsynchronized",
        proc="ntpd",
    ),
    t(
        SN,
        "dhcp_ack",
        "DHCPACK on {ip} to {mac} ({host}) via {iface}",
        "DHCPREQUEST for {ip} from {mac} via {iface}",
        "DHCPDISCOVER from {mac} via {iface}",
        "DHCPOFFER on {ip} to {mac} via {iface}",
        proc="dhcpd",
    ),
    t(
        RES,
        "dhcp_pool",
        "DHCPDISCOVER from {mac} via {iface}: network 10.{small}.0.0/22: no free leases",
        "ALLOC_ENGINE_V4_ALLOC_FAIL [hwtype=1 {mac}], cid=[no info], tid=0x{hex8}: failed to allocate an IPv4 address"
        " after {num} attempt(s)",
        "pool 10.{small}.{small}.0/24 is {pcthi}% utilised ({num} of {num} leases)",
        proc="dhcpd",
    ),
    t(
        SEC,
        "dhcp_rogue",
        "DHCPNAK on {ip} to {mac} via {iface}: unknown lease from unauthorised server {ip2}",
        "dhcp_snooping: DHCP packet from untrusted port {iface} dropped (MAC {mac})",
        proc="dhcpd",
    ),
    t(
        SN,
        "kea_lease",
        "DHCP4_LEASE_ALLOC [hwtype=1 {mac}], cid=[no info], tid=0x{hex8}: lease {ip} has been"
        " allocated for {num} seconds",
        "DHCPSRV_MEMFILE_LFC_START starting Lease File Cleanup",
        proc="kea-dhcp4",
    ),
    t(
        CRIT,
        "kea_fail",
        "DHCP4_CONFIG_LOAD_FAIL configuration error using file: /etc/kea/kea-dhcp4.conf, reason:"
        " subnet configuration failed",
        "DHCP4_INIT_FAIL failed to initialize Kea server: configuration error using file '/etc/kea/kea-dhcp4.conf'",
        proc="kea-dhcp4",
    ),
    t(
        SN,
        "dnsmasq",
        "query[A] {domain} from {ip}",
        "forwarded {domain} to {ip2}",
        "reply {domain} is {ip2}",
        "read /etc/hosts - {n} names",
        proc="dnsmasq",
    ),
    t(
        ERR,
        "unbound_fail",
        "error: SERVFAIL <{domain}. A IN>: all the configured stub or forward servers failed, at zone .",
        "error: failed to read /var/lib/unbound/root.key",
        proc="unbound",
    ),
    t(
        DEP,
        "deprecated",
        "chronyd: the 'generatecommandkey' directive is obsolete and will be removed",
        "dhcpd: ISC DHCP has reached end of life; migrate to Kea",
        "unbound: option 'do-not-query-localhost' is deprecated",
        proc="dhcpd",
    ),
]
