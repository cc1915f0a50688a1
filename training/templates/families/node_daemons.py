"""Node daemons in the syslog of Linux compute clusters: ISC dhclient, net-snmp snmpd, smartmontools smartd (lines
the hpc_ras modules lack), Torque pbs_mom and autofs automount.

Phrasings come from: isc-projects/dhcp client/dhclient.c ("DHCPREQUEST for %s on %s to %s port %d", "DHCPDISCOVER on
%s to %s port %d interval %ld", "%s of %s from %s" for DHCPOFFER, "DHCPNAK from %s", "No DHCPOFFERS received.",
"Trying %s lease %s", "bound: renewal in %ld %s.", "No working leases in persistent database - sleeping.",
"DHCPRELEASE of %s on %s to %s port %d") and common/lpf.c ("Listening on LPF/%s/%s"); net-snmp agent/snmpd.c
("NET-SNMP version %s", "... restarted", "Received TERM or STOP signal...  shutting down...", "Reconfiguring
daemon"), agent/snmp_agent.c ("Connection from %s", "Received SNMP packet(s) from %s", "Connection from %s REFUSED"),
snmplib/transports/snmpIPv4BaseDomain.c ("%s: [%s]:%hu->[%s]:%hu"), snmplib/read_config.c ("%s: line %d: %s: %s",
"Unknown token: %s."), snmplib/container.c ("error on subcontainer '%s' insert (%d)"), snmplib/snmpusm.c
("Authentication failed for %s"), agent/mibgroup/hardware/fsys/fsys_mntent.c ("Cannot statfs %s"),
agent/mibgroup/agentx/agentx_config.c ("Turning on AgentX master support."); smartmontools src/smartd.cpp ("initial
Temperature is %d Celsius (Min/Max %s/%u%s)", "Temperature changed %+d Celsius to %u Celsius", "%s self-test in
progress, %d%% remaining", "self-test in progress, %u0%% remaining", "no self-test has ever been run", "is in %s mode,
suspending checks", "smartd received signal %d: %s", "smartd is exiting (exit status %d)", "Configuration file %s was
parsed, found %s, scanning devices", "failed to read SMART Attribute Data", "not capable of SMART self-check");
adaptivecomputing/torque src/lib/Liblog/pbs_log.c ("%s::%s (%d) in %s, %s"), src/resmom/start_exec.c (open_demux:
cannot connect to %s), src/resmom/linux/mom_start.c ("%s: job %s task %d terminated, sid=%d"),
src/lib/Liblog/pbs_messages.c ("Torque Mom Version = %s, loglevel = %d", "Server Ready, pid = %d, loglevel=%d");
autofs daemon/automount.c / lib/master.c ("attempting to mount entry %s", "key \"%s\" not found in map source(s).").
"""

from training.templates.families._kit import ERR, RES, SEC, SN, maker

FAMILY = "node_daemons"
t = maker("node_daemons", sources="dhclient snmpd smartd pbs_mom automount", prefixes="syslog journal none")

_SNMP_PEER = "UDP: [{ip}]:{port}->[{ip2}]:161"
_SD = "Device: /dev/{dev} [SAT]"

TEMPLATES = [
    t(
        SN,
        "dhclient_request",
        "DHCPREQUEST for {ip} on {iface} to {ip2} port 67",
        "DHCPREQUEST for {ip} on {iface} to 255.255.255.255 port 67",
        "DHCPDISCOVER on {iface} to 255.255.255.255 port 67 interval {small}",
        proc="dhclient",
    ),
    t(
        SN,
        "dhclient_offer",
        "DHCPOFFER of {ip} from {ip2}",
        "bound: renewal in {secs} seconds.",
        "Trying recorded lease {ip}",
        proc="dhclient",
    ),
    t(
        SN,
        "dhclient_iface",
        "Listening on LPF/{iface}/{mac}",
        "Sending on   LPF/{iface}/{mac}",
        "DHCPRELEASE of {ip} on {iface} to {ip2} port 67",
        proc="dhclient",
    ),
    t(
        ERR,
        "dhclient_nooffer",
        "No DHCPOFFERS received.",
        "No working leases in persistent database - sleeping.",
        "DHCPNAK from {ip}",
        proc="dhclient",
    ),
    t(
        SN,
        "snmpd_start",
        "NET-SNMP version {5.7.2|5.7.3|5.8|5.9.1|5.9.3}",
        "NET-SNMP version {5.7.2|5.8|5.9.1} restarted",
        "Turning on AgentX master support.",
        proc="snmpd",
    ),
    t(
        SN,
        "snmpd_stop",
        "Received TERM or STOP signal...  shutting down...",
        "Reconfiguring daemon",
        proc="snmpd",
    ),
    t(
        SN,
        "snmpd_connection",
        "Connection from " + _SNMP_PEER,
        "Received SNMP packet(s) from " + _SNMP_PEER,
        "Connection from UDP: [{ip}]:{port}",
        proc="snmpd",
    ),
    t(
        SEC,
        "snmpd_refused",
        "Connection from " + _SNMP_PEER + " REFUSED",
        "Connection from <UNKNOWN> (" + _SNMP_PEER + ") REFUSED",
        "Authentication failed for {user}",
        proc="snmpd",
    ),
    t(
        ERR,
        "snmpd_config",
        "/etc/snmp/snmpd.conf: line {n}: Warning: Unknown token: {defaultMonitors|linkUpDownNotifications|master}.",
        "error on subcontainer 'ia_addr' insert (-1)",
        "Cannot statfs /run/user/{uid}/gvfs: Permission denied",
        proc="snmpd",
    ),
    t(
        RES,
        "smartd_temperature",
        "Device: /dev/{dev} [SAT], initial Temperature is {n} Celsius (Min/Max ??/{n2})",
        "Device: /dev/{dev} [SAT], Temperature changed +{small} Celsius to {n} Celsius (Min/Max {n2}/{n}!)",
        "Device: /dev/{dev} [SAT], Temperature changed -{small} Celsius to {n} Celsius (Min/Max {n2}/{n})",
        proc="smartd",
    ),
    t(
        SN,
        "smartd_selftest_progress",
        _SD + ", self-test in progress, {small}0% remaining",
        "Device: /dev/nvme{small}, {short|extended} self-test in progress, {pct}% remaining",
        "Device: /dev/nvme{small}, no self-test has ever been run",
        proc="smartd",
    ),
    t(
        SN,
        "smartd_lifecycle",
        "smartd received signal 15: Terminated",
        "smartd is exiting (exit status 0)",
        "Configuration file /etc/smartd.conf was parsed, found DEVICESCAN, scanning devices",
        _SD + ", is in STANDBY mode, suspending checks",
        proc="smartd",
    ),
    t(
        ERR,
        "smartd_read_failed",
        _SD + ", failed to read SMART Attribute Data",
        "Device: /dev/{dev}, not capable of SMART self-check",
        _SD + ", failed to read SMART values",
        proc="smartd",
    ),
    t(
        ERR,
        "pbs_mom_demux",
        "LOG_ERROR::Connection refused (111) in open_demux, open_demux: cannot connect to {ip}:{port}",
        "LOG_ERROR::No route to host (113) in open_demux, open_demux: cannot connect to {ip}:{port}",
        proc="pbs_mom",
    ),
    t(
        SN,
        "pbs_mom_task",
        "scan_for_terminated: job {n}.{host} task 1 terminated, sid={pid}",
        "Torque Mom Version = {4.2.10|5.1.1|6.1.2}, loglevel = 0",
        "Server Ready, pid = {pid}, loglevel=0",
        proc="pbs_mom",
    ),
    t(
        SN,
        "automount_mount",
        "attempting to mount entry /home/{user}",
        "attempting to mount entry /net/{host}",
        proc="automount",
    ),
    t(
        ERR,
        "automount_key",
        'key "{user}" not found in map source(s).',
        'key "{host}" not found in map source(s).',
        proc="automount",
    ),
]
