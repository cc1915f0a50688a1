"""More firewall lines: PAN-OS GlobalProtect logins, FortiGate SSL VPN events, Cisco ASA fragment limits and crash
signals.

Formats as in firewall.py: PAN-OS SYSTEM-log CSV with GlobalProtect event ids (globalprotectgateway-auth-succ /
-fail), FortiOS Log Message Reference logdesc values ("SSL VPN tunnel up", "SSL VPN login fail"), Cisco ASA
messages 209003 (Fragment database limit exceeded) and 199010 (Signal 11 caught in process/fiber).
"""

from training.templates.families._labels import ce, ru, sa, ua
from training.templates.families.firewall import FAMILY as FAMILY

P = "syslog none"
_PAN = "1,{pan_ts},0123456789{small},"
_FG = "date={date} time={hour}:{small}{small2} {fgt_dev} "

TEMPLATES = [
    ua(
        "fw.pan_gp_login",
        "paloalto",
        P,
        _PAN + "SYSTEM,globalprotect,0,{pan_ts},,globalprotectgateway-auth-succ,GP-Gateway,0,0,general,informational,"
        '"GlobalProtect gateway user authentication succeeded. Login from: {ip}, Source region: {country}, User name: '
        "{user}, Auth type: profile, Client OS version: Microsoft Windows 11 Enterprise , "
        '64-bit.",{num},0x0,0,0,0,0,,fw01',
        _PAN + "SYSTEM,globalprotect,0,{pan_ts},,globalprotectgateway-logout-succ,GP-Gateway,0,0,general,informational,"
        '"GlobalProtect gateway user logout succeeded. User name: {user}, Client OS version: Mac OS X 14.{small}, '
        'Reason: client logout.",{num},0x0,0,0,0,0,,fw01',
    ),
    ua(
        "fw.fgt_sslvpn_up",
        "fortigate",
        P,
        _FG + 'logid="0101039947" type="event" subtype="vpn" level="information" logdesc="SSL VPN tunnel up" '
        'action="tunnel-up" tunneltype="ssl-tunnel" remip={ip} user="{user}" group="{vpn-users|staff}" '
        'msg="SSL tunnel established"',
        _FG + 'logid="0101039948" type="event" subtype="vpn" level="information" logdesc="SSL VPN tunnel down" '
        'action="tunnel-down" remip={ip} user="{user}" msg="SSL tunnel shutdown"',
    ),
    sa(
        "fw.fgt_sslvpn_fail",
        "fortigate",
        P,
        _FG + 'logid="0101039426" type="event" subtype="vpn" level="alert" logdesc="SSL VPN login fail" '
        'action="ssl-login-fail" tunneltype="ssl-web" remip={ip} user="{user}" reason="sslvpn_login_unknown_user" '
        'msg="SSL user failed to logged in"',
        _FG + 'logid="0101039426" type="event" subtype="vpn" level="alert" logdesc="SSL VPN login fail" '
        'action="ssl-login-fail" remip={ip} user="{user}" reason="sslvpn_login_permission_denied"',
    ),
    ru(
        "fw.asa_fragments",
        "cisco-asa",
        P,
        "%ASA-4-209003: Fragment database limit of {n} exceeded: src = {ip}, dest = {ip2}, proto = UDP, id = {num}",
        "%ASA-4-209004: Invalid IP fragment, size = {num} exceeds maximum size = 65535: src = {ip}, dest = {ip2}, "
        "proto = UDP, id = {num2}",
    ),
    ce(
        "fw.asa_signal",
        "cisco-asa",
        P,
        "%ASA-1-199010: Signal 11 caught in process/fiber(rtcli async executor process)/(rtcli async executor) at "
        "address 0x{hex8}, corrective action at 0x{hex8}",
        "%ASA-2-199011: Close on bad channel in process/fiber Dispatch Unit, channel ID 0x{hex8}, channel state "
        "{small} process/fiber name of the process/fiber that caused the bad channel close operation is: Dispatch Unit",
    ),
]
