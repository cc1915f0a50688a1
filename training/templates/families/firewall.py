"""Firewalls: Linux netfilter LOG/ufw/nftables, pfSense/OPNsense (filterlog, sshguard, webConfigurator),
Palo Alto PAN-OS syslog (TRAFFIC/THREAT/SYSTEM/CONFIG CSV), FortiGate key=value logs and Cisco ASA.

Netfilter lines follow xt_LOG / nf_log_syslog's field order (IN= OUT= MAC= SRC= DST= LEN= ... PROTO= SPT= DPT=)
with ufw's [UFW BLOCK]/[UFW ALLOW] prefixes; pfSense's filterlog follows its documented raw filter log CSV
(rule, anchor, tracker, interface, reason, action, direction, ip version ...); PAN-OS lines follow the
documented syslog field order of the Traffic/Threat/System/Config log formats; FortiGate lines follow the FortiOS
Log Message Reference (logid, type, subtype, logdesc, msg, e.g. 0100032001 "Admin login successful");
Cisco ASA lines carry their message IDs from Cisco's "ASA Series Syslog Messages" (106023, 106001, 302013/
302014, 605005, 113004/113005, 611101/611102, 111008, 733100, 202010, 201013, 105005, 716001, 113019).
iptables' own warnings (legacy tables present, state match obsolete) are iptables 1.8's.
"""

from training.templates.families._labels import ce, dw, er, ru, sa, sn, ua
from training.values import register

FAMILY = "firewall"

register(
    {
        "fw_ttl": lambda r: str(r.choice((44, 49, 52, 57, 63, 64, 113, 117, 128, 239, 243))),
        "fw_dpt": lambda r: str(r.choice((22, 23, 25, 80, 443, 445, 1433, 3306, 3389, 5060, 5900, 6379, 8080, 8443))),
        "fgt_dev": lambda r: r.choice(
            ('devname="FGT60F" devid="FGT60FTK2109XXXX"', 'devname="fw-hq" devid="FG100F3G21000000"')
        ),
        "asa_if": lambda r: r.choice(("outside", "inside", "dmz", "mgmt")),
        "pan_ts": lambda r: (
            f"2024/{r.randrange(1, 13):02d}/{r.randrange(1, 29):02d} {r.randrange(24):02d}:"
            f"{r.randrange(60):02d}:{r.randrange(60):02d}"
        ),
    }
)

P = "syslog none"
_NF = (
    "IN={iface} OUT= MAC={mac}:{mac2}:08:00 SRC={ip} DST={ip2} LEN={n} TOS=0x00 PREC=0x00 TTL={fw_ttl} ID={num} "
    "{DF |}PROTO=TCP SPT={port} DPT={fw_dpt} WINDOW={num} RES=0x00 SYN URGP=0"
)
_PAN = "1,{pan_ts},0123456789{small},"
_FG = "date={date} time={hour}:{small}{small} {fgt_dev} "

TEMPLATES = [
    sa(
        "fw.ufw_block",
        "ufw kernel",
        P,
        "[UFW BLOCK] " + _NF,
        "[UFW BLOCK] IN={iface} OUT= MAC={mac} SRC={ip} DST={ip2} LEN={n} TOS=0x00 PREC=0x00 TTL={fw_ttl} ID={num} "
        "PROTO=UDP SPT={port} DPT={53|123|161|1900} LEN={n}",
        "[UFW LIMIT BLOCK] " + _NF,
        proc="kernel",
    ),
    sa(
        "fw.iptables_drop",
        "iptables kernel",
        P,
        "IPTables-Dropped: " + _NF,
        "iptables denied: " + _NF,
        "nft drop in: " + _NF,
        proc="kernel",
    ),
    sn(
        "fw.ufw_allow",
        "ufw kernel",
        P,
        "[UFW ALLOW] " + _NF,
        "[UFW AUDIT] " + _NF,
        proc="kernel",
    ),
    sa(
        "fw.pf_block",
        "pfsense opnsense",
        P,
        "{small},,,1000000103,{igb0|em0|vtnet0},match,block,in,4,0x0,,{fw_ttl},{num},0,none,6,tcp,{n},{ip},{ip2},"
        "{port},{fw_dpt},0,S,{num},,{num2},,mss;sackOK;TS;nop;wscale",
        "{small},,,1000000103,{igb0|em0|vtnet0},match,block,in,4,0x0,,{fw_ttl},{num},0,none,17,udp,{n},{ip},{ip2},"
        "{port},{53|161|1900},{n}",
        proc="filterlog",
    ),
    sn(
        "fw.pf_pass",
        "pfsense opnsense",
        P,
        "{small},,,{num},{igb1|em1|vtnet1},match,pass,out,4,0x0,,64,0,0,DF,6,tcp,60,{ip},{ip2},{port},443,0,S,{num2},,"
        "64240,,mss;sackOK;TS;nop;wscale",
        "{small},,,{hex32},{igb1|vtnet1},match,pass,in,4,0x0,,64,{num},0,DF,17,udp,{n},{ip},{ip2},{port},53,{n2}",
        proc="filterlog",
    ),
    sa(
        "fw.sshguard",
        "pfsense opnsense",
        P,
        'Attack from "{ip}" on service SSH with danger 10.',
        'Blocking "{ip}/32" for {n} secs ({small} attacks in {small2} secs, after {small3} abuses over {n2} secs.)',
        'Attack from "{ip}" on service {100|110} with danger 10.',
        proc="sshguard",
    ),
    sa(
        "fw.webconfigurator_failed",
        "pfsense",
        P,
        "/index.php: webConfigurator authentication error for user '{user}' from: {ip}",
        "/index.php: webConfigurator authentication error for user 'admin' from: {ip}",
        proc="php-fpm",
    ),
    ua(
        "fw.webconfigurator_login",
        "pfsense",
        P,
        "/index.php: Successful login for user '{user}' from: {ip} (Local Database)",
        "/index.php: Successful login for user 'admin' from: {ip} (Local Database)",
        "/index.php: User logged out for user '{user}' from: {ip} (Local Database)",
        proc="php-fpm",
    ),
    sn(
        "fw.pf_system",
        "pfsense",
        P,
        "check_reload_status: Syncing firewall",
        "/rc.newwanip: rc.newwanip: on (IP address: {ip}) (interface: WAN[wan]) (real interface: igb0).",
        "/rc.filter_configure_sync: Reloading filter",
        proc="php-fpm",
    ),
    er(
        "fw.pf_gateway",
        "pfsense",
        P,
        "WAN_DHCP {ip}: Alarm latency {num}us stddev {num2}us loss {pct}%",
        "WAN_DHCP {ip}: sendto error: 65",
        "MONITOR: WAN_DHCP is down, omitting from routing group GW_WAN",
        proc="dpinger",
    ),
    sa(
        "fw.pan_traffic_deny",
        "paloalto",
        "syslog none",
        _PAN + "TRAFFIC,drop,2560,{pan_ts},{ip},{ip2},0.0.0.0,0.0.0.0,deny-inbound,,,not-applicable,vsys1,untrust,"
        "trust,ethernet1/1,,Forward-Logs,{pan_ts},0,1,{port},{fw_dpt},0,0,0x0,tcp,deny,{n},{n2},0,1,{pan_ts},0,any,0,"
        "{num},0x0,{country},10.0.0.0-10.255.255.255,0,1,0,policy-deny",
        _PAN + "TRAFFIC,deny,2560,{pan_ts},{ip},{ip2},0.0.0.0,0.0.0.0,block-bad-ips,,,incomplete,vsys1,untrust,dmz,"
        "ethernet1/1,,Forward-Logs,{pan_ts},0,1,{port},{fw_dpt},0,0,0x0,tcp,reset-both,{n},{n2},0,1",
    ),
    sn(
        "fw.pan_traffic_allow",
        "paloalto",
        "syslog none",
        _PAN + "TRAFFIC,end,2560,{pan_ts},{ip},{ip2},{ip},{ip2},allow-web,,,ssl,vsys1,trust,untrust,ethernet1/2,"
        "ethernet1/1,Forward-Logs,{pan_ts},{num},1,{port},443,{port},443,0x400053,tcp,allow,{size},{size2},{size3},"
        "{n},{pan_ts},{n2},computer-and-internet-info,0,{num},0x0,10.0.0.0-10.255.255.255,{country},0,{n3},{n4},"
        "tcp-fin",
        _PAN + "TRAFFIC,start,2560,{pan_ts},{ip},{ip2},{ip},{ip2},allow-dns,,,dns,vsys1,trust,untrust,ethernet1/2,"
        "ethernet1/1,Forward-Logs,{pan_ts},{num},1,{port},53,{port},53,0x400000,udp,allow,{n},{n2},0,1",
    ),
    sa(
        "fw.pan_threat",
        "paloalto",
        "syslog none",
        _PAN + "THREAT,vulnerability,2560,{pan_ts},{ip},{ip2},0.0.0.0,0.0.0.0,allow-web,,,web-browsing,vsys1,"
        "untrust,dmz,ethernet1/1,ethernet1/3,Forward-Logs,{pan_ts},{num},1,{port},80,0,0,0x2000,tcp,reset-both,"
        '"{url}",Apache Log4j Remote Code Execution Vulnerability(91991),any,critical,client-to-server',
        _PAN + "THREAT,spyware,2560,{pan_ts},{ip},{ip2},0.0.0.0,0.0.0.0,allow-dns,,,dns,vsys1,trust,untrust,"
        "ethernet1/2,ethernet1/1,Forward-Logs,{pan_ts},{num},1,{port},53,0,0,0x0,udp,sinkhole,"
        '"{domain}",Suspicious DNS Query (generic:{domain})({num}),any,medium,client-to-server',
    ),
    sa(
        "fw.pan_auth_fail",
        "paloalto",
        "syslog none",
        _PAN + 'SYSTEM,auth,0,{pan_ts},,auth-fail,{user},0,0,general,medium,"failed authentication for user '
        "'{user}'. Reason: Invalid username/password. From: {ip}.\",{num},0x0,0,0,0,0,,fw01",
        _PAN + "SYSTEM,globalprotect,0,{pan_ts},,globalprotectportal-auth-fail,GP-Portal,0,0,general,medium,"
        '"GlobalProtect portal user authentication failed. Login from: {ip}, User name: {user}, Reason: '
        'Authentication failed: Invalid username or password.",{num},0x0,0,0,0,0,,fw01',
    ),
    ua(
        "fw.pan_admin_login",
        "paloalto",
        "syslog none",
        _PAN + 'SYSTEM,general,0,{pan_ts},,general,,0,0,general,informational,"User {user} logged in via Web from '
        '{ip} using https",{num},0x0,0,0,0,0,,fw01',
        _PAN + "CONFIG,0,{pan_ts},{ip},,set,{user},Web,Succeeded, deviceconfig system,{num},0x0,0,0,0,0,,fw01",
        _PAN + 'SYSTEM,general,0,{pan_ts},,general,,0,0,general,informational,"User {user} logged out via Web from '
        '{ip}",{num},0x0,0,0,0,0,,fw01',
    ),
    sn(
        "fw.fgt_traffic_accept",
        "fortigate",
        "syslog none",
        _FG + 'logid="0000000013" type="traffic" subtype="forward" level="notice" vd="root" srcip={ip} srcport={port} '
        'srcintf="internal" dstip={ip2} dstport=443 dstintf="wan1" policyid={small} proto=6 action="accept" '
        'service="HTTPS" sentbyte={size} rcvdbyte={size2}',
        _FG + 'logid="0000000020" type="traffic" subtype="forward" level="notice" vd="root" srcip={ip} '
        'dstip={ip2} action="close" policyid={small} service="DNS" duration={n}',
    ),
    sa(
        "fw.fgt_traffic_deny",
        "fortigate",
        "syslog none",
        _FG + 'logid="0000000013" type="traffic" subtype="forward" level="notice" vd="root" srcip={ip} srcport={port} '
        'srcintf="wan1" dstip={ip2} dstport={fw_dpt} dstintf="internal" policyid=0 proto=6 action="deny" '
        'policytype="policy" service="tcp/{fw_dpt}"',
        _FG + 'logid="0000000011" type="traffic" subtype="local" level="notice" vd="root" srcip={ip} dstip={ip2} '
        'dstport={fw_dpt} action="deny" msg="Denied by forward policy check (policy 0)"',
    ),
    sa(
        "fw.fgt_utm",
        "fortigate",
        "syslog none",
        _FG + 'logid="0419016384" type="utm" subtype="ips" eventtype="signature" level="alert" severity="critical" '
        'srcip={ip} dstip={ip2} action="dropped" attack="Apache.Log4j.Error.Log.Remote.Code.Execution"',
        _FG + 'logid="0211008192" type="utm" subtype="virus" eventtype="infected" level="warning" action="blocked" '
        'msg="File is infected." virus="EICAR_TEST_FILE" srcip={ip} dstip={ip2}',
        _FG + 'logid="0100032002" type="event" subtype="system" level="alert" logdesc="Admin login failed" '
        'user="{user}" ui="https({ip})" action="login" status="failed" reason="passwd_invalid" '
        'msg="Administrator {user} login failed from https({ip}) because of invalid password"',
    ),
    ua(
        "fw.fgt_admin",
        "fortigate",
        "syslog none",
        _FG + 'logid="0100032001" type="event" subtype="system" level="information" logdesc="Admin login successful" '
        'user="{user}" ui="https({ip})" action="login" status="success" msg="Administrator {user} logged in '
        'successfully from https({ip})"',
        _FG + 'logid="0100032003" type="event" subtype="system" level="information" logdesc="Admin logout successful" '
        'user="{user}" ui="https({ip})" action="logout" status="success"',
        _FG + 'logid="0100044547" type="event" subtype="system" level="information" logdesc="Object attribute '
        'configured" user="{user}" ui="GUI({ip})" action="Edit" cfgpath="firewall.policy" cfgobj="{small}"',
    ),
    ru(
        "fw.fgt_conserve",
        "fortigate",
        "syslog none",
        _FG + 'logid="0100022010" type="event" subtype="system" level="critical" logdesc="Memory conserve mode '
        'entered" msg="Kernel enters memory conserve mode"',
        _FG + 'logid="0100022011" type="event" subtype="system" level="critical" logdesc="Memory conserve mode '
        'exited" msg="Kernel leaves memory conserve mode"',
    ),
    sa(
        "fw.asa_deny",
        "cisco-asa",
        P,
        "%ASA-4-106023: Deny tcp src {asa_if}:{ip}/{port} dst inside:{ip2}/{fw_dpt} by access-group "
        '"outside_access_in" '
        "[0x0, 0x0]",
        "%ASA-2-106001: Inbound TCP connection denied from {ip}/{port} to {ip2}/{fw_dpt} flags SYN  on interface "
        "outside",
        "%ASA-3-710003: TCP access denied by ACL from {ip}/{port} to outside:{ip2}/{fw_dpt}",
        "%ASA-1-106021: Deny TCP reverse path check from {ip} to {ip2} on interface outside",
    ),
    sa(
        "fw.asa_auth_failed",
        "cisco-asa",
        P,
        "%ASA-6-113005: AAA user authentication Rejected : reason = AAA failure : server = {ip2} : user = ***** : user "
        "IP = {ip}",
        "%ASA-6-611102: User authentication failed: IP address: {ip}, Uname: {user}",
        "%ASA-4-733100: [ Scanning] drop rate-1 exceeded. Current burst rate is {small} per second, max configured "
        "rate "
        "is 10; Current average rate is {small} per second, max configured rate is 5; Cumulative total count is {num}",
    ),
    ua(
        "fw.asa_login",
        "cisco-asa",
        P,
        '%ASA-6-605005: Login permitted from {ip}/{port} to inside:{ip2}/ssh for user "{user}"',
        "%ASA-6-113004: AAA user authentication Successful : server =  {ip2} : user = {user}",
        "%ASA-6-611101: User authentication succeeded: IP address: {ip}, Uname: {user}",
        "%ASA-5-111008: User '{user}' executed the 'write memory' command.",
    ),
    ua(
        "fw.asa_vpn_session",
        "cisco-asa",
        P,
        "%ASA-6-716001: Group <{GroupPolicy_VPN|DfltGrpPolicy}> User <{user}> IP <{ip}> WebVPN session started.",
        "%ASA-4-113019: Group = {GroupPolicy_VPN|RA-VPN}, Username = {user}, IP = {ip}, Session disconnected. Session "
        "Type: SSL, Duration: {small}h:{n}m:{n2}s, Bytes xmt: {num}, Bytes rcv: {num2}, Reason: User Requested",
    ),
    sn(
        "fw.asa_conn",
        "cisco-asa",
        P,
        "%ASA-6-302013: Built inbound TCP connection {num} for outside:{ip}/{port} ({ip}/{port}) to inside:{ip2}/443 "
        "({ip2}/443)",
        "%ASA-6-302014: Teardown TCP connection {num} for outside:{ip}/{port} to inside:{ip2}/443 duration "
        "0:00:{n} bytes {size} TCP FINs",
        "%ASA-6-302015: Built outbound UDP connection {num} for outside:{ip}/53 ({ip}/53) to inside:{ip2}/{port} "
        "({ip2}/{port})",
    ),
    ru(
        "fw.asa_limits",
        "cisco-asa",
        P,
        "%ASA-3-202010: NAT pool exhausted. Unable to create TCP connection from inside:{ip}/{port} to "
        "outside:{ip2}/443",
        "%ASA-3-201013: Per-client connection limit exceeded {n}/{n2} for input packet from {ip}/{port} to {ip2}/80 on "
        "interface inside",
        "%ASA-4-407002: Embryonic limit {n}/{n2} for through connections exceeded.",
        "%ASA-3-201008: Disallowing new connections.",
    ),
    ce(
        "fw.asa_failover",
        "cisco-asa",
        P,
        "%ASA-1-105005: (Primary) Lost Failover communications with mate on interface inside",
        "%ASA-1-104001: (Secondary) Switching to ACTIVE - mate want me Active",
        "%ASA-1-105009: (Primary) Testing on interface outside Failed",
    ),
    ce(
        "fw.fgt_hardware",
        "fortigate",
        "syslog none",
        _FG + 'logid="0100022108" type="event" subtype="system" level="critical" logdesc="Power supply failure" '
        'msg="Power supply {small} failure"',
        _FG + 'logid="0100020224" type="event" subtype="system" level="critical" logdesc="HA member is down" '
        'msg="Virtual cluster member is dead"',
    ),
    er(
        "fw.fgt_vpn",
        "fortigate",
        "syslog none",
        _FG + 'logid="0101037124" type="event" subtype="vpn" level="error" logdesc="IPsec phase 1 error" '
        'msg="IPsec phase 1 error" action="negotiate" remip={ip} status="negotiate_error" reason="peer SA proposal '
        'not match local policy"',
        _FG + 'logid="0101037131" type="event" subtype="vpn" level="error" logdesc="IPsec ESP" msg="IPsec ESP" '
        'action="error" remip={ip} status="esp_error"',
    ),
    dw(
        "fw.iptables_legacy",
        "iptables",
        "none syslog",
        "# Warning: iptables-legacy tables present, use iptables-legacy-save to see them",
        "Warning: iptables-legacy tables present, use iptables-legacy to see them",
        proc="iptables",
    ),
    dw(
        "fw.state_match",
        "iptables",
        "none syslog",
        "The state match is obsolete. Use conntrack instead.",
        "Warning: The state match is obsolete. Use conntrack instead.",
        proc="iptables",
    ),
    ua(
        "fw.openvpn_auth_ok",
        "openvpn pfsense",
        P,
        "{ip}:{port} TLS: Username/Password authentication succeeded for username '{user}'",
        "user '{user}' authenticated",
        "{user}/{ip}:{port} MULTI_sva: pool returned IPv4={ip2}, IPv6=(Not enabled)",
        proc="openvpn",
    ),
    sa(
        "fw.openvpn_auth_failed",
        "openvpn pfsense",
        P,
        "{ip}:{port} TLS Auth Error: Auth Username/Password verification failed for peer",
        "user '{user}' could not authenticate.",
        proc="openvpn",
    ),
    ua(
        "fw.asa_priv",
        "cisco-asa",
        P,
        "%ASA-5-111010: User '{user}', running 'CLI' from IP {ip}, executed 'write memory'",
        "%ASA-6-113008: AAA transaction status ACCEPT : user = {user}",
    ),
]
