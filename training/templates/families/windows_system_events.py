"""More Windows System and Application log events as shippers render them (same prefixes as windows_eventlog.py).

Texts are the message strings these providers register, as extracted from the Windows message files in
libyal/winevt-kb (docs/sources/message-files, commit 5e51c65e): netevent.dll / services.exe (Service Control
Manager 7022 "The %1 service hung on starting.", 7024 "... terminated with the following service-specific error:",
7026 "The following boot-start or system-start driver(s) did not load:", 7043 "... did not shut down properly
after receiving a preshutdown control."), microsoft-windows-kernel-power-events.dll (42 "The system is entering
sleep.", 107 "The system has resumed from sleep.", 109 "The kernel power manager has initiated a shutdown
transition."), winlogon.exe (7001/7002 "User Logon/Logoff Notification for Customer Experience Improvement
Program"), msimsg.dll / msi.dll (MsiInstaller 11707/11708/11724 "Product: %1 -- Installation completed
successfully." etc., 1033/1034 "Windows Installer installed/removed the product."), gpsvc.dll (GroupPolicy 1085
"Windows failed to apply the %8 settings."), w32time.dll (Time-Service 35/36/129/134), dnsapi.dll (DNS Client
1014 with "Client PID", 1015 "... after the DNS server %3 did not respond."), netlogon.dll (5722/5805 "The session
setup from the computer %1 failed to authenticate."), tcpip.sys (4199 / 4198 address conflict), volsnap.sys (25,
36), ntfs.sys (98 "is healthy.  No action is needed.", 137 default transaction resource manager) and
whealogr.dll (WHEA-Logger 17 and 47 corrected hardware errors). Microsoft Learn troubleshooting articles quote
the same texts (e.g. Tcpip 4199, Service Control Manager 7022, MsiInstaller 11707/1033).
"""

from training.templates.families._labels import er, sa, sn, ua
from training.templates.families.windows_eventlog import FAMILY as FAMILY
from training.values import register

# Tcpip and other netevent.dll texts write a network hardware address dash-separated, upper case: 00-15-5D-01-02-03.
register({"win_mac": lambda r: "-".join(f"{r.randrange(256):02X}" for _ in range(6))})

P = "win winkv none"
S = "WindowsEventLog"
_SCM = "Service Control Manager:"
_MSI = "MsiInstaller:"
_TS = "Microsoft-Windows-Time-Service:"
_PROD = (
    "{Microsoft Visual C++ 2022 X64 Minimum Runtime - 14.38.33135|7-Zip 23.01 (x64 edition)|Datadog Agent|"
    "Microsoft Edge|Veeam Agent for Microsoft Windows}"
)

TEMPLATES = [
    er(
        "win.scm_hung",
        S,
        P,
        "The {win_svc} service hung on starting.",
        "The {win_svc} service did not shut down properly after receiving a preshutdown control.",
        logger=_SCM + "7022|" + _SCM + "7043",
    ),
    er(
        "win.scm_specific_error",
        S,
        P,
        "The {win_svc} service terminated with the following service-specific error: Incorrect function.",
        "The {win_svc} service terminated with the following service-specific error: The specified procedure could "
        "not be found.",
        "The {win_svc} service terminated with service-specific error {num} (0x{hex4}).",
        logger=_SCM + "7024",
    ),
    er(
        "win.scm_driver_not_loaded",
        S,
        P,
        "The following boot-start or system-start driver(s) did not load: {dam|CldFlt|vsock|ahcache|Wof}",
        "The following boot-start or system-start driver(s) did not load: {dam|vmci|cdrom} {iaStorAVC|mpsdrv}",
        logger=_SCM + "7026",
    ),
    sn(
        "win.kernel_power_sleep",
        S,
        P,
        "The system is entering sleep. Sleep Reason: {Application API|Button or Lid|Idle Timeout|System Idle}",
        "The system is entering sleep.",
        "The system has resumed from sleep.",
        "The kernel power manager has initiated a shutdown transition. Shutdown Reason: "
        "{Kernel API|Power Action Policy}",
        logger="Microsoft-Windows-Kernel-Power:42|Microsoft-Windows-Kernel-Power:107|Microsoft-Windows-Kernel-Power:109",
    ),
    ua(
        "win.winlogon_ceip",
        S,
        P,
        "User Logon Notification for Customer Experience Improvement Program",
        "User Logoff Notification for Customer Experience Improvement Program",
        logger="Microsoft-Windows-Winlogon:7001|Microsoft-Windows-Winlogon:7002",
    ),
    sn(
        "win.msi_product_done",
        S,
        P,
        "Product: " + _PROD + " -- Installation completed successfully.",
        "Product: " + _PROD + " -- Removal completed successfully.",
        logger=_MSI + "11707|" + _MSI + "11724",
    ),
    sn(
        "win.msi_installed_product",
        S,
        P,
        "Windows Installer installed the product. Product Name: " + _PROD + ". Product Version: {ver}.0. Product "
        "Language: 1033. Manufacturer: {Microsoft Corporation|Igor Pavlov|Datadog, Inc.|Veeam Software Group GmbH}. "
        "Installation success or error status: 0.",
        "Windows Installer removed the product. Product Name: " + _PROD + ". Product Version: {ver}.0. Product "
        "Language: 1033. Manufacturer: Microsoft Corporation. Removal success or error status: 0.",
        logger=_MSI + "1033|" + _MSI + "1034",
    ),
    er(
        "win.msi_failed",
        S,
        P,
        "Product: " + _PROD + " -- Installation failed.",
        "Windows Installer installed the product. Product Name: " + _PROD + ". Product Version: {ver}.0. Product "
        "Language: 1033. Manufacturer: Microsoft Corporation. Installation success or error status: {1603|1618|1625}.",
        logger=_MSI + "11708|" + _MSI + "1033",
    ),
    er(
        "win.gpo_cse_failed",
        S,
        P,
        "Windows failed to apply the Group Policy Printers settings. Group Policy Printers settings might have its own "
        'log file. Please click on the "More information" link.',
        "Windows failed to apply the Group Policy Scheduled Tasks settings. Group Policy Scheduled Tasks settings "
        'might have its own log file. Please click on the "More information" link.',
        "Windows failed to apply the Internet Explorer Zonemapping settings. Internet Explorer Zonemapping settings "
        'might have its own log file. Please click on the "More information" link.',
        "Windows failed to apply the MDM Policy settings. MDM Policy settings might have its own log file.",
        logger="Microsoft-Windows-GroupPolicy:1085",
    ),
    sn(
        "win.time_sync_source",
        S,
        P,
        "The time service is now synchronizing the system time with the time source {time.windows.com,0x9|"
        "DC01.corp.local} (ntp.m|0x0|0.0.0.0:123->{ip}:123) with reference id {num}. Current local stratum number "
        "is {small}.",
        "The time service is now synchronizing the system time with the time source {win_host}.{win_dom}.local.",
        logger=_TS + "35",
    ),
    er(
        "win.time_not_synced",
        S,
        P,
        "The time service has not synchronized the system time for the last {num} seconds because none of the time "
        "service providers provided a usable time stamp. The time service will not update the local system time "
        "until it is able to synchronize with a time source.",
        "The time service has not synchronized the system time for {num} seconds because none of the time service "
        "providers provided a usable time stamp.",
        logger=_TS + "36",
    ),
    er(
        "win.time_peer_failed",
        S,
        P,
        "NtpClient was unable to set a domain peer to use as a time source because of discovery error. NtpClient "
        "will try again in {small} minutes and double the reattempt interval thereafter. The error was: The entry "
        "is not found. (0x800706E1)",
        "NtpClient was unable to set a manual peer to use as a time source because of DNS resolution error on "
        "'{time.windows.com|pool.ntp.org|ntp.corp.local},0x9'. NtpClient will try again in {small} minutes and "
        "double the reattempt interval thereafter. The error was: No such host is known. (0x80072AF9)",
        logger=_TS + "129|" + _TS + "134",
    ),
    er(
        "win.dns_client_timeout",
        S,
        P,
        "Name resolution for the name {domain} timed out after none of the configured DNS servers responded. Client "
        "PID {pid}.",
        "Name resolution for the name {win_dom}.local timed out after the DNS server {ip} did not respond.",
        logger="Microsoft-Windows-DNS-Client:1014|Microsoft-Windows-DNS-Client:1015",
    ),
    sa(
        "win.netlogon_session_auth",
        S,
        P,
        "The session setup from the computer {win_host} failed to authenticate. The name(s) of the account(s) "
        "referenced in the security database is {win_host}$.  The following error occurred: Access is denied.",
        "The session setup from the computer {win_host} failed to authenticate. The following error occurred: "
        "Access is denied.",
        logger="NETLOGON:5722|NETLOGON:5805",
    ),
    er(
        "win.tcpip_conflict",
        S,
        P,
        "The system detected an address conflict for IP address {ip} with the system having network hardware "
        "address {win_mac}. Network operations on this system may be disrupted as a result.",
        "The system detected an address conflict for IP address {ip} with the system having network hardware "
        "address {win_mac}. The local interface has been disabled.",
        logger="Tcpip:4199|Tcpip:4198",
    ),
    er(
        "win.volsnap_aborted",
        S,
        P,
        "The shadow copies of volume {C:|D:|E:} were aborted because the shadow copy storage could not grow due to "
        "a user imposed limit.",
        "The shadow copies of volume {C:|D:|E:} were deleted because the shadow copy storage could not grow in "
        "time.  Consider reducing the IO load on the system or choose a shadow copy storage volume that is not "
        "being shadow copied.",
        logger="volsnap:36|volsnap:25",
    ),
    sn(
        "win.ntfs_healthy",
        S,
        P,
        "Volume {C:|D:|E:} (\\Device\\HarddiskVolume{small}) is healthy.  No action is needed.",
        "Volume {C:|D:|E:} (\\Device\\HarddiskVolume{small}) is healthy. No action is needed.",
        logger="Microsoft-Windows-Ntfs:98",
    ),
    er(
        "win.ntfs_txf_rm",
        S,
        P,
        "The default transaction resource manager on volume {C:|D:|E:} encountered a non-retryable error and could "
        "not start.  The data contains the error code.",
        "The default transaction resource manager on volume \\\\?\\Volume{{{uuid}}} encountered an error while "
        "starting and its metadata was reset.  The data contains the error code.",
        logger="Microsoft-Windows-Ntfs:137|Microsoft-Windows-Ntfs:136",
    ),
    er(
        "win.whea_corrected_more",
        S,
        P,
        "A corrected hardware error has occurred. Component: PCI Express Root Port Error Source: Advanced Error "
        "Reporting (PCI Express) Bus:Device:Function: 0x0:0x1C:0x{small} Vendor ID:Device ID: 0x8086:0x{hex4} "
        "Class Code: 0x30400",
        "A corrected hardware error has occurred. Component: Memory Error Source: Corrected Machine Check The "
        "details view of this entry contains further information.",
        logger="Microsoft-Windows-WHEA-Logger:17|Microsoft-Windows-WHEA-Logger:47",
    ),
]
