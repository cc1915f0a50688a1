"""More appliance firewall lines: Cisco ASA translations, ACL hits, VPN tunnel errors, resource limits and
failover; FortiGate IPsec progress, interface, DHCP, performance statistics, web-filter and anomaly events;
PAN-OS SYSTEM-log IKE and link events and THREAT url / wildfire records.

Formats as in firewall.py. Cisco ASA message ids and texts from Cisco's "ASA Series Syslog Messages" (305011/305012
dynamic translations, 609001/609002 local-host, 111001/111004 configuration, 199002 startup completed, 106100
access-list hit, 106006 Deny inbound UDP, 106017 Land Attack, 605004 Login denied, 305006 translation creation
failed, 713123 IKE lost contact with remote peer, 752015 Tunnel Manager has failed to establish an L2L SA, 321001 /
321002 Resource limit reached, 211004 Minimum Memory Requirement, 105043 Failover interface failed). FortiOS
fields and logdesc values from the FortiOS Log Message Reference ("Progress IPsec phase 1", "IPsec connection status
change", "IPsec DPD failed", "Interface status changed", "DHCP Ack log", "System performance statistics",
webfilter ftgd_blk "URL belongs to a denied category in policy", anomaly "tcp_syn_flood"). PAN-OS SYSTEM event ids
from the PAN-OS syslog field descriptions and system-log reference (ike-nego-p1-fail, ike-nego-p2-succ,
ipsec-key-install, link-change) and THREAT subtypes url and wildfire.
"""

from training.templates.families._labels import ce, er, ru, sa, sn
from training.templates.families.firewall import FAMILY as FAMILY

P = "syslog none"
A = "cisco-asa"
F = "fortigate"
N = "paloalto"
_PAN = "1,{pan_ts},0123456789{small},"
_PS = _PAN + "SYSTEM,vpn,0,{pan_ts},,"
_FG = "date={date} time={hour}:{small}{small2} {fgt_dev} "

TEMPLATES = [
    sn(
        "fw.asa_xlate",
        A,
        P,
        "%ASA-6-305011: Built dynamic TCP translation from inside:{ip}/{port} to outside:{ip2}/{port}",
        "%ASA-6-305012: Teardown dynamic UDP translation from inside:{ip}/{port} to outside:{ip2}/{port} duration "
        "0:0{small}:{n}",
        "%ASA-7-609001: Built local-host inside:{ip}",
        "%ASA-7-609002: Teardown local-host inside:{ip} duration 0:0{small}:{n}",
    ),
    sn(
        "fw.asa_config",
        A,
        P,
        "%ASA-5-111001: Begin configuration: {ip} writing to memory",
        "%ASA-5-111004: {ip} end configuration: OK",
        "%ASA-6-199002: startup completed.  Beginning operation.",
        "%ASA-6-106100: access-list inside_access_in permitted tcp inside/{ip}({port}) -> outside/{ip2}(443) hit-cnt "
        "{small} first hit [0x{hex8}, 0x0]",
    ),
    sa(
        "fw.asa_acl_denied",
        A,
        P,
        "%ASA-4-106100: access-list outside_access_in denied tcp outside/{ip}({port}) -> inside/{ip2}({fw_dpt}) "
        "hit-cnt {small} first hit [0x{hex8}, 0x0]",
        "%ASA-2-106006: Deny inbound UDP from {ip}/{port} to {ip2}/{53|123|161} on interface outside",
        "%ASA-2-106017: Deny IP due to Land Attack from {ip} to {ip}",
        '%ASA-6-605004: Login denied from {ip}/{port} to outside:{ip2}/ssh for user "{user}"',
    ),
    er(
        "fw.asa_tunnel",
        A,
        P,
        "%ASA-3-713123: IP = {ip}, IKE lost contact with remote peer, deleting connection (keepalive type: DPD)",
        "%ASA-3-752015: Tunnel Manager has failed to establish an L2L SA.  All configured IKE versions failed to "
        "establish the tunnel. Map Tag= outside_map.  Map Sequence Number = {small}.",
        "%ASA-3-713902: Group = {ip}, IP = {ip}, Removing peer from peer table failed, no match!",
        "%ASA-3-305006: regular translation creation failed for icmp src inside:{ip} dst outside:{ip2} (type 8, "
        "code 0)",
    ),
    ru(
        "fw.asa_resources",
        A,
        P,
        "%ASA-5-321001: Resource 'conns' limit of {num} reached for context '{admin|ctx1|dmz}'",
        "%ASA-5-321002: Resource 'conns rate' rate of {n} reached for context '{admin|ctx1}'",
        "%ASA-3-211004: WARNING: Minimum Memory Requirement for ASA version 9.{small}({small2}) not met for ASA "
        "image. min {2048|4096} MB, actual {1024|2048} MB",
        "%ASA-5-321001: Resource 'xlates' limit of {num} reached for context 'admin'",
    ),
    ce(
        "fw.asa_failover_more",
        A,
        P,
        "%ASA-1-105043: (Primary) Failover interface failed",
        "%ASA-1-104002: (Primary) Switching to STANDBY - interface check, mate is healthier",
    ),
    sn(
        "fw.fgt_ipsec_progress",
        F,
        P,
        _FG + 'logid="0101037127" type="event" subtype="vpn" level="notice" logdesc="Progress IPsec phase 1" '
        'msg="progress IPsec phase 1" action="negotiate" remip={ip} locip={ip2} remport=500 locport=500 '
        'outintf="wan1" vpntunnel="{site-b|dc2|aws}" status="success" init="local" mode="main"',
        _FG + 'logid="0101037138" type="event" subtype="vpn" level="notice" logdesc="IPsec connection status change" '
        'msg="IPsec connection status changed" action="tunnel-up" remip={ip} tunnelip=N/A vpntunnel="{site-b|dc2}" '
        'tunneltype="ipsec" tunnelid={num}',
        _FG + 'logid="0101037141" type="event" subtype="vpn" level="notice" logdesc="IPsec tunnel statistics" '
        'msg="IPsec tunnel statistics" action="tunnel-stats" remip={ip} vpntunnel="{site-b|dc2}" '
        "sentbyte={size} rcvdbyte={size2} duration={n}",
    ),
    er(
        "fw.fgt_ipsec_dpd",
        F,
        P,
        _FG + 'logid="0101037136" type="event" subtype="vpn" level="error" logdesc="IPsec DPD failed" '
        'msg="IPsec DPD failure" action="dpd" remip={ip} vpntunnel="{site-b|dc2}" status="dpd_failure"',
        _FG + 'logid="0101037138" type="event" subtype="vpn" level="notice" logdesc="IPsec connection status change" '
        'msg="IPsec connection status changed" action="tunnel-down" remip={ip} vpntunnel="{site-b|dc2}" '
        'reason="dpd"',
    ),
    sn(
        "fw.fgt_system",
        F,
        P,
        _FG + 'logid="0100020027" type="event" subtype="system" level="notice" logdesc="Interface status changed" '
        'action="interface-stat-change" status="UP" msg="Link monitor: Interface {port1|wan1|internal} was turned '
        'up"',
        _FG + 'logid="0100026001" type="event" subtype="system" level="information" logdesc="DHCP Ack log" '
        'interface="internal" dhcp_msg="Ack" mac="{mac}" ip={ip} lease=604800 hostname="{host}" msg="DHCP server '
        'sends a DHCPACK"',
    ),
    ru(
        "fw.fgt_perf",
        F,
        P,
        _FG + 'logid="0100040704" type="event" subtype="system" level="notice" logdesc="System performance '
        'statistics" action="perf-stats" cpu={pct} mem={pct2} totalsession={num} disk={small} bandwidth="{n}/{n2}" '
        'setuprate={n} msg="Performance statistics: average CPU: {pct}, memory:  {pct2}, concurrent sessions:  '
        '{num}, setup-rate: {n}"',
    ),
    sa(
        "fw.fgt_webfilter",
        F,
        P,
        _FG + 'logid="0316013056" type="utm" subtype="webfilter" eventtype="ftgd_blk" level="warning" '
        'srcip={ip} dstip={ip2} hostname="{domain}" action="blocked" cat=26 catdesc="Malicious Websites" '
        'msg="URL belongs to a denied category in policy"',
        _FG + 'logid="0720018432" type="anomaly" subtype="anomaly" level="alert" severity="critical" srcip={ip} '
        'dstip={ip2} action="clear_session" attack="tcp_syn_flood" count={num} msg="anomaly: tcp_syn_flood, {num2} '
        '> threshold 2000"',
        _FG + 'logid="1501054802" type="utm" subtype="dns" eventtype="dns-response" level="warning" srcip={ip} '
        'qname="{domain}" action="block" msg="Domain was blocked because it is in the domain-filter list"',
    ),
    er(
        "fw.pan_ike_fail",
        N,
        P,
        _PS + 'ike-nego-p1-fail,{site-b|dc2|aws-vgw},0,0,general,informational,"IKE phase-1 negotiation is failed as '
        "initiator, main mode. Failed SA: {ip}[500]-{ip2}[500] cookie:{hex16}:0000000000000000. Due to "
        'timeout.",{num},0x0,0,0,0,0,,fw01',
        _PS + 'ike-nego-p2-fail,{site-b|dc2},0,0,general,informational,"IKE phase-2 negotiation is failed as '
        "responder, quick mode. Failed SA: {ip}[500]-{ip2}[500] message id:0x{hex8}. Due to negotiation "
        'timeout.",{num},0x0,0,0,0,0,,fw01',
    ),
    sn(
        "fw.pan_ike_ok",
        N,
        P,
        _PS + 'ike-nego-p2-succ,{site-b|dc2},0,0,general,informational,"IKE phase-2 negotiation is succeeded as '
        'initiator, quick mode. Established SA: {ip}[500]-{ip2}[500] message id:0x{hex8}, SPI:0x{hex8}/0x{hex8}.",'
        "{num},0x0,0,0,0,0,,fw01",
        _PS + 'ipsec-key-install,{site-b|dc2},0,0,general,informational,"IPSec key installed. Installed SA: '
        '{ip}[500]-{ip2}[500] SPI:0x{hex8}/0x{hex8} lifetime 3600 Sec lifesize unlimited.",{num},0x0,0,0,0,0,,fw01',
    ),
    sn(
        "fw.pan_link_up",
        N,
        P,
        _PAN + 'SYSTEM,hw,0,{pan_ts},,link-change,ethernet1/{small},0,0,general,informational,"Port ethernet1/{small}: '
        'Up 1Gb/s-full duplex",{num},0x0,0,0,0,0,,fw01',
        _PAN + 'SYSTEM,general,0,{pan_ts},,general,,0,0,general,informational,"Installed contents package: '
        'panupv2-all-contents-{n}-{num}",{num2},0x0,0,0,0,0,,fw01',
    ),
    er(
        "fw.pan_link_down",
        N,
        P,
        _PAN + 'SYSTEM,hw,0,{pan_ts},,link-change,ethernet1/{small},0,0,general,low,"Port ethernet1/{small}: Down '
        '1Gb/s-full duplex",{num},0x0,0,0,0,0,,fw01',
    ),
    sa(
        "fw.pan_threat_url",
        N,
        P,
        _PAN + "THREAT,url,2560,{pan_ts},{ip},{ip2},0.0.0.0,0.0.0.0,allow-web,,,web-browsing,vsys1,trust,untrust,"
        'ethernet1/2,ethernet1/1,Forward-Logs,{pan_ts},{num},1,{port},80,0,0,0x8000,tcp,block-url,"{domain}/",'
        "(9999),malware,informational,client-to-server",
        _PAN + "THREAT,wildfire,2560,{pan_ts},{ip},{ip2},0.0.0.0,0.0.0.0,allow-web,,,web-browsing,vsys1,untrust,"
        'trust,ethernet1/1,ethernet1/2,Forward-Logs,{pan_ts},{num},1,80,{port},0,0,0x2000,tcp,deny,"invoice_{n}.exe",'
        "{hex32}(wildfire),malicious,high,server-to-client",
    ),
]
