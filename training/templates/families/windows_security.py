"""Windows Security log (Microsoft-Windows-Security-Auditing) and Defender/AppLocker, as shippers such as
Winlogbeat, NXLog or the Splunk forwarder render them (first line of the message, then its fields on one line).

Event texts are Microsoft's own ("Advanced security audit policy" event reference on Microsoft Learn): 4624 An
account was successfully logged on, 4625 An account failed to log on (Failure Reason, Status/Sub Status codes
0xC000006D/0xC000006A/0xC0000064/0xC0000234), 4634 An account was logged off, 4647 User initiated logoff,
4720/4722/4723/4724/4725/4726/4738/4740/4767 account management, 4728/4732/4756 member added to a group,
4771 Kerberos pre-authentication failed, 4776 credential validation, 4778/4779 session reconnected/disconnected,
4800/4801 workstation locked/unlocked, 4719 System audit policy was changed, 5152/5157 Windows Filtering Platform
blocked, 5829 vulnerable Netlogon secure channel connection allowed; Microsoft Defender Antivirus 1116/1117/5001
and AppLocker 8004 wording.
"""

from training.templates.families._labels import sa, ua

# Importing the family's name from windows_eventlog also registers the placeholders both modules use.
from training.templates.families.windows_eventlog import FAMILY as FAMILY

P = "win winkv none"
S = "WindowsEventLog"
_SUBJ = "Subject: Security ID: {sid} Account Name: {win_host}$ Account Domain: {win_dom} Logon ID: 0x3E7"
_TGT = "Account Name: {user} Account Domain: {win_dom}"


def _sec(event: str) -> str:
    return f"Microsoft-Windows-Security-Auditing:{event}"


TEMPLATES = [
    ua(
        "win.4624_logon",
        S,
        P,
        "An account was successfully logged on. " + _SUBJ + " Logon Information: Logon Type: {2|3|10|11} "
        "Restricted Admin Mode: - Virtual Account: No Elevated Token: Yes New Logon: Security ID: {sid} "
        + _TGT
        + " Logon ID: {win_logon_id} Network Information: Workstation Name: {win_host} Source Network Address: {ip} "
        "Source Port: {port} Detailed Authentication Information: Logon Process: {User32|NtLmSsp|Kerberos} "
        "Authentication Package: {Negotiate|NTLM|Kerberos}",
        "An account was successfully logged on. New Logon: Security ID: {sid} " + _TGT + " Logon Type: {2|10}",
        logger=_sec("4624"),
    ),
    ua(
        "win.4634_logoff",
        S,
        P,
        "An account was logged off. Subject: Security ID: {sid} " + _TGT + " Logon ID: {win_logon_id} Logon Type: "
        "{2|3|10} This event is generated when a logon session is destroyed.",
        "User initiated logoff: Subject: Security ID: {sid} " + _TGT + " Logon ID: {win_logon_id} This event is "
        "generated when a logoff is initiated.",
        logger=_sec("4634|Microsoft-Windows-Security-Auditing:4647"),
    ),
    ua(
        "win.4720_created",
        S,
        P,
        "A user account was created. Subject: Security ID: {sid} Account Name: {user2} Account Domain: {win_dom} "
        "Logon ID: {win_logon_id} New Account: Security ID: {sid} " + _TGT,
        "A user account was enabled. Subject: Security ID: {sid} Account Name: {user2} Target Account: " + _TGT,
        logger=_sec("4720|Microsoft-Windows-Security-Auditing:4722"),
    ),
    ua(
        "win.4726_deleted",
        S,
        P,
        "A user account was deleted. Subject: Security ID: {sid} Account Name: {user2} Account Domain: {win_dom} "
        "Target Account: Security ID: {sid} " + _TGT,
        "A user account was disabled. Subject: Security ID: {sid} Account Name: {user2} Target Account: " + _TGT,
        logger=_sec("4726|Microsoft-Windows-Security-Auditing:4725"),
    ),
    ua(
        "win.4723_password",
        S,
        P,
        "An attempt was made to change an account's password. Subject: Security ID: {sid} " + _TGT + " Target "
        "Account: " + _TGT,
        "An attempt was made to reset an account's password. Subject: Security ID: {sid} Account Name: {user2} "
        "Target Account: " + _TGT,
        logger=_sec("4723|Microsoft-Windows-Security-Auditing:4724"),
    ),
    ua(
        "win.4738_changed",
        S,
        P,
        "A user account was changed. Subject: Security ID: {sid} Account Name: {user2} Target Account: "
        + _TGT
        + " Changed Attributes: SAM Account Name: - Display Name: {name} User Principal Name: {email}",
        "A user account was unlocked. Subject: Security ID: {sid} Account Name: {user2} Target Account: " + _TGT,
        logger=_sec("4738|Microsoft-Windows-Security-Auditing:4767"),
    ),
    ua(
        "win.4728_group",
        S,
        P,
        "A member was added to a security-enabled global group. Subject: Security ID: {sid} Account Name: {user2} "
        "Member: Security ID: {sid} Account Name: CN={name},OU=Users,DC={win_dom},DC=local Group: Group Name: "
        "{Sales|VPN Users|Finance-RO|Developers}",
        "A member was added to a security-enabled local group. Subject: Account Name: {user2} Member: Security ID: "
        "{sid} Group: Group Name: {Remote Desktop Users|Users}",
        "A member was removed from a security-enabled global group. Subject: Account Name: {user2} Member: Account "
        "Name: CN={name},OU=Users Group: Group Name: {Sales|VPN Users}",
        logger=_sec("4728|Microsoft-Windows-Security-Auditing:4732|Microsoft-Windows-Security-Auditing:4729"),
    ),
    ua(
        "win.4778_session",
        S,
        P,
        "A session was reconnected to a Window Station. Subject: " + _TGT + " Logon ID: {win_logon_id} Session: "
        "Session Name: RDP-Tcp#{small} Additional Information: Client Name: {win_host} Client Address: {ip}",
        "A session was disconnected from a Window Station. Subject: " + _TGT + " Logon ID: {win_logon_id} Session: "
        "Session Name: RDP-Tcp#{small} Additional Information: Client Name: {win_host} Client Address: {ip}",
        logger=_sec("4778|Microsoft-Windows-Security-Auditing:4779"),
    ),
    ua(
        "win.4800_lock",
        S,
        P,
        "The workstation was locked. Subject: Security ID: {sid} " + _TGT + " Logon ID: {win_logon_id} Session ID: "
        "{small}",
        "The workstation was unlocked. Subject: Security ID: {sid} " + _TGT + " Logon ID: {win_logon_id} Session ID: "
        "{small}",
        logger=_sec("4800|Microsoft-Windows-Security-Auditing:4801"),
    ),
    sa(
        "win.4625_failed",
        S,
        P,
        "An account failed to log on. Subject: Security ID: S-1-0-0 Account Name: - Logon Type: {3|10} Account For "
        "Which Logon Failed: Security ID: S-1-0-0 " + _TGT + " Failure Information: Failure Reason: Unknown user "
        "name or bad password. Status: 0xC000006D Sub Status: 0xC000006A Network Information: Workstation Name: "
        "{win_host} Source Network Address: {ip} Source Port: {port}",
        "An account failed to log on. Failure Reason: The user name does not exist. Status: 0xC000006D Sub Status: "
        "0xC0000064 Source Network Address: {ip}",
        "An account failed to log on. Failure Reason: Account locked out. Status: 0xC0000234 " + _TGT,
        logger=_sec("4625"),
    ),
    sa(
        "win.4740_lockout",
        S,
        P,
        "A user account was locked out. Subject: Security ID: S-1-5-18 Account Name: {win_host}$ Account That Was "
        "Locked Out: Security ID: {sid} Account Name: {user} Additional Information: Caller Computer Name: {win_host}",
        "A user account was locked out. Account That Was Locked Out: Account Name: {user} Caller Computer Name: "
        "{win_host}",
        logger=_sec("4740"),
    ),
    sa(
        "win.4771_kerberos",
        S,
        P,
        "Kerberos pre-authentication failed. Account Information: Security ID: {sid} Account Name: {user} Service "
        "Information: Service Name: krbtgt/{win_dom}.LOCAL Network Information: Client Address: ::ffff:{ip} Client "
        "Port: {port} Additional Information: Ticket Options: 0x40810010 Failure Code: 0x18 Pre-Authentication Type: 2",
        "The computer attempted to validate the credentials for an account. Authentication Package: "
        "MICROSOFT_AUTHENTICATION_PACKAGE_V1_0 Logon Account: {user} Source Workstation: {win_host} Error Code: "
        "0xC000006A",
        logger=_sec("4771|Microsoft-Windows-Security-Auditing:4776"),
    ),
    sa(
        "win.4719_audit_policy",
        S,
        P,
        "System audit policy was changed. Subject: Security ID: {sid} Account Name: {user} Audit Policy Change: "
        "Category: Logon/Logoff Subcategory: Logon Changes: Success removed, Failure removed",
        "System audit policy was changed. Category: Account Logon Subcategory: Credential Validation Changes: "
        "Failure removed",
        logger=_sec("4719"),
    ),
    sa(
        "win.wfp_blocked",
        S,
        P,
        "The Windows Filtering Platform has blocked a connection. Application Information: Process ID: {pid} "
        "Application Name: \\device\\harddiskvolume3\\windows\\system32\\svchost.exe Network Information: Direction: "
        "Inbound Source Address: {ip} Source Port: {port} Destination Address: {ip2} Destination Port: {445|3389|135} "
        "Protocol: 6",
        "The Windows Filtering Platform has blocked a packet. Network Information: Direction: Inbound Source "
        "Address: {ip} Source Port: {port} Destination Address: {ip2} Destination Port: {445|3389} Protocol: 6",
        logger=_sec("5157|Microsoft-Windows-Security-Auditing:5152"),
    ),
    sa(
        "win.netlogon_vulnerable",
        S,
        P,
        "The Netlogon service allowed a vulnerable Netlogon secure channel connection. Machine SamAccountName: "
        "{win_host}$ Domain: {win_dom} Account Type: Domain Member Machine Operating System: Windows Server 2012 R2",
        "The Netlogon service denied a vulnerable Netlogon secure channel connection from a machine account. "
        "Machine SamAccountName: {win_host}$ Domain: {win_dom}",
        logger="NETLOGON:5829|NETLOGON:5827",
    ),
    sa(
        "win.defender_detected",
        S,
        P,
        "Microsoft Defender Antivirus has detected malware or other potentially unwanted software. Name: "
        "{Trojan:Win32/Wacatac.B!ml|HackTool:Win32/Mimikatz|Backdoor:Win64/CobaltStrike} Severity: Severe Category: "
        "Trojan Path: file:_C:\\Users\\{user}\\Downloads\\{hex8}.exe Detection Origin: Local machine Detection Type: "
        "Concrete Detection Source: Real-Time Protection User: {win_dom}\\{user} Process Name: {win_proc}",
        "Microsoft Defender Antivirus has taken action to protect this machine from malware or other potentially "
        "unwanted software. Name: HackTool:Win32/Mimikatz Action: Quarantine Action Status: No additional actions "
        "required",
        "Microsoft Defender Antivirus Real-time Protection scanning for malware and other potentially unwanted "
        "software was disabled.",
        logger="Microsoft-Windows-Windows Defender:1116|Microsoft-Windows-Windows Defender:1117|"
        "Microsoft-Windows-Windows Defender:5001",
    ),
    sa(
        "win.applocker",
        S,
        P,
        "%OSDRIVE%\\USERS\\{user}\\APPDATA\\LOCAL\\TEMP\\{hex8}.EXE was prevented from running.",
        "%OSDRIVE%\\USERS\\PUBLIC\\{hex8}.PS1 was prevented from running.",
        logger="Microsoft-Windows-AppLocker:8004|Microsoft-Windows-AppLocker:8007",
    ),
    ua(
        "win.rdp_session",
        S,
        P,
        "Remote Desktop Services: Session logon succeeded: User: {win_dom}\\{user} Session ID: {small} Source Network "
        "Address: {ip}",
        "Remote Desktop Services: Session logoff succeeded: User: {win_dom}\\{user} Session ID: {small}",
        logger="Microsoft-Windows-TerminalServices-LocalSessionManager:21|"
        "Microsoft-Windows-TerminalServices-LocalSessionManager:23",
    ),
    ua(
        "win.rdp_reconnect",
        S,
        P,
        "Remote Desktop Services: Session has been disconnected: User: {win_dom}\\{user} Session ID: {small} Source "
        "Network Address: {ip}",
        "Remote Desktop Services: Session reconnection succeeded: User: {win_dom}\\{user} Session ID: {small} Source "
        "Network Address: {ip}",
        logger="Microsoft-Windows-TerminalServices-LocalSessionManager:24|"
        "Microsoft-Windows-TerminalServices-LocalSessionManager:25",
    ),
]
