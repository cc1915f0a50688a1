"""Windows Security log (the `windows_eventlog` family, continued): logons that Windows refused, with the
Failure Reason, Status and Result codes it gives them, and the successful RDP logons beside them.

Texts are Microsoft's ("Advanced security audit policy" event pages on Microsoft Learn): 4625 "An account failed
to log on" with its Failure Reason strings (%%2310 Account currently disabled, %%2305 The specified user account
has expired, %%2309 The specified account's password has expired, %%2311 Account logon time restriction
violation, %%2312 User not allowed to logon at this computer, %%2308 The user has not been granted the requested
logon type at this machine) and their NTSTATUS codes (0xC0000072, 0xC0000193, 0xC0000071, 0xC000006F,
0xC0000070, 0xC000015B); 4776 credential validation with a non-zero Error Code; 4768 TGT requests with Result
Code 0x6 (client not found) / 0x12 (client revoked: disabled or locked); RdpCoreTS 140 ("failed because the
user name or password is not correct"); TerminalServices-LocalSessionManager 21/23 logon and logoff succeeded.
"""

from training.templates.families._kit import SEC, UA, maker

# Importing the family's name from windows_eventlog also registers the placeholders used here.
from training.templates.families.windows_eventlog import FAMILY as FAMILY

t = maker("win", sources="WindowsEventLog", prefixes="win winkv none")
_FAIL = (
    "An account failed to log on. Subject: Security ID: S-1-0-0 Account Name: - Logon Type: {2|3|10} Account For "
    "Which Logon Failed: Security ID: S-1-0-0 Account Name: {user} Account Domain: {win_dom} Failure Information: "
    "Failure Reason: "
)
_NET = " Network Information: Workstation Name: {win_host} Source Network Address: {ip} Source Port: {port}"


def _sec(event: str) -> str:
    return f"Microsoft-Windows-Security-Auditing:{event}"


TEMPLATES = [
    t(
        SEC,
        "4625_disabled_expired",
        _FAIL + "Account currently disabled. Status: 0xC000006E Sub Status: 0xC0000072" + _NET,
        _FAIL + "The specified user account has expired. Status: 0xC000006E Sub Status: 0xC0000193" + _NET,
        "An account failed to log on. Failure Reason: Account currently disabled. Status: 0xC000006E Sub Status: "
        "0xC0000072 Account Name: {user} Source Network Address: {ip}",
        logger=_sec("4625"),
    ),
    t(
        SEC,
        "4625_restrictions",
        _FAIL + "Account logon time restriction violation. Status: 0xC000006E Sub Status: 0xC000006F" + _NET,
        _FAIL + "User not allowed to logon at this computer. Status: 0xC000006E Sub Status: 0xC0000070" + _NET,
        _FAIL + "The user has not been granted the requested logon type at this machine. Status: 0xC000015B "
        "Sub Status: 0x0" + _NET,
        logger=_sec("4625"),
    ),
    t(
        SEC,
        "4625_password_expired",
        _FAIL + "The specified account's password has expired. Status: 0xC000006E Sub Status: 0xC0000071" + _NET,
        "An account failed to log on. Failure Reason: The specified account's password has expired. Account Name: "
        "{user} Account Domain: {win_dom} Status: 0xC000006E Sub Status: 0xC0000071",
        logger=_sec("4625"),
    ),
    t(
        SEC,
        "4776_bad_credentials",
        "The computer attempted to validate the credentials for an account. Authentication Package: "
        "MICROSOFT_AUTHENTICATION_PACKAGE_V1_0 Logon Account: {user} Source Workstation: {win_host} Error Code: "
        "{0xC0000064|0xC0000234|0xC0000072|0xC0000193}",
        "The domain controller attempted to validate the credentials for an account. Authentication Package: "
        "MICROSOFT_AUTHENTICATION_PACKAGE_V1_0 Logon Account: {user} Source Workstation: {win_host} Error Code: "
        "0xC000006A",
        logger=_sec("4776"),
    ),
    t(
        SEC,
        "4768_tgt_refused",
        "A Kerberos authentication ticket (TGT) was requested. Account Information: Account Name: {user} Supplied "
        "Realm Name: {win_dom} User ID: S-1-0-0 Service Information: Service Name: krbtgt/{win_dom} Network "
        "Information: Client Address: ::ffff:{ip} Client Port: {port} Additional Information: Ticket Options: "
        "0x40810010 Result Code: 0x6 Ticket Encryption Type: 0xFFFFFFFF Pre-Authentication Type: -",
        "A Kerberos authentication ticket (TGT) was requested. Account Name: {user} Supplied Realm Name: {win_dom} "
        "Service Name: krbtgt Client Address: ::ffff:{ip} Result Code: 0x12 Ticket Encryption Type: 0xFFFFFFFF",
        logger=_sec("4768"),
    ),
    t(
        SEC,
        "rdp_140_wrong_password",
        "A connection from the client computer with an IP address of {ip} failed because the user name or password "
        "is not correct.",
        "Remote Desktop: a connection from the client computer with an IP address of {ip} failed because the user "
        "name or password is not correct.",
        logger="Microsoft-Windows-RemoteDesktopServices-RdpCoreTS:140",
    ),
    t(
        UA,
        "rdp_lsm_logon",
        "Remote Desktop Services: Session logon succeeded: User: {win_dom}\\{user} Session ID: {small} Source "
        "Network Address: {ip}",
        "Remote Desktop Services: Shell start notification received: User: {win_dom}\\{user} Session ID: {small} "
        "Source Network Address: LOCAL",
        logger="Microsoft-Windows-TerminalServices-LocalSessionManager:21",
    ),
    t(
        UA,
        "rdp_lsm_logoff",
        "Remote Desktop Services: Session logoff succeeded: User: {win_dom}\\{user} Session ID: {small}",
        "Remote Desktop Services: Session has been disconnected: User: {win_dom}\\{user} Session ID: {small} Source "
        "Network Address: {ip}",
        logger="Microsoft-Windows-TerminalServices-LocalSessionManager:23",
    ),
]
