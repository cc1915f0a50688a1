"""More Windows System and Application log events (the `windows_eventlog` family, same prefixes and sources as
windows_system_events.py): ESENT, EventLog/Eventlog, disk and volmgr, Tcpip, NetBT, Dhcp-Client, srv, DCOM,
Perflib, User Profile Service, Wininit/Winlogon, Kernel-PnP, Kernel-Processor-Power, RestartManager and
Security-SPP. Kerberos, LSA, Schannel and Security-log task/service events are in windows_system_auth.py.

Texts are the message strings these providers register, as libyal/winevt-kb extracted them from the Windows
message files (docs/sources/message-files/MessageFile-<file>.md at commit 5e51c65e83317e81eb68bca37a0fc56cc512eb1e,
newest Windows version listed in each file):
- esent.dll: ESENT 102 "The database engine (%5.%6.%7.%8) is starting a new instance (%4).", 103 "... stopped the
  instance (%4). Dirty Shutdown: %6", 105 "... started a new instance (%4). (Time=%5 seconds)", 300/302 recovery
  steps, 326/327 "attached/detached a database", 455 "Error %5 occurred while opening logfile %4.", 489/490 "An
  attempt to open the file ... for read only / read / write access failed with system error ...", 474 "... failed
  verification due to a page checksum mismatch"; every ESENT text starts "%1 (%2) %3" (process, pid, instance);
- netevent.dll: EventLog 6011 "The NetBIOS name and DNS host name of this machine have been changed from %1 to
  %2."; Tcpip 4227/4231 (ephemeral ports); NetBT 4321; srv 2017/2018/2021/2022 (pool limits, work items);
- wevtsvc.dll: Microsoft-Windows-Eventlog 1101 "Audit events have been dropped by the transport.", 1104 "The
  security log is now full.", 1105 "Event log automatic backup", 1108 "The event logging service encountered an
  error while processing an incoming event published from %3.";
- iologmsg.dll: disk 9 "did not respond within the timeout period", 15 "is not ready for access yet", 52 "has
  predicted that it will fail"; volmgr 45/46/49/161 crash dump configuration and creation failures;
- dhcpcore.dll: Dhcp-Client 1001/1002/1003/1005 ("for the Network Card with network address %2");
- combase.dll: DistributedCOM 10005, 10010, 10028 ("requested by PID %2 (%3), while activating CLSID %4");
- prflbmsg.dll: Perflib 1008/1015/1017/1023; profsvc.dll: User Profile Service 1508/1511/1533; wininit.exe
  1015 "A critical system process, %1, failed with status code %2.  The machine must now be restarted.";
  winlogon.exe 4005/6000/6001/6003/6004; microsoft-windows-kernel-pnp-events.dll 219/411;
- microsoft-windows-kernel-processor-power-events.dll 37;
- rstrtmgr.dll RestartManager 10000/10001; sppsvc.exe Security-SPP 900/902/903/16384 and 8198.
"""

from training.templates.families._kit import pick
from training.templates.families._labels import ce, er, ru, sn
from training.templates.families.windows_eventlog import FAMILY as FAMILY
from training.templates.families.windows_system_events import P, S
from training.values import register

register(
    {
        # Dhcp-Client writes the adapter's address as 0x and twelve upper-case hex digits.
        "win_nic": lambda r: "0x" + "".join(f"{r.randrange(256):02X}" for _ in range(6)),
        # The "%1 (%2) %3" head of every ESENT text: process (pid[,instance flags]) instance name.
        "win_ese": pick(
            "svchost ({pid},D,0) SRUJet: ",
            "svchost ({pid},R,98) TILEREPOSITORYS-1-5-18: ",
            "SearchIndexer ({pid},D,0) Windows: ",
            "wuaueng.dll ({pid}) SUS20ClientDataStore: ",
            "svchost ({pid},G,0) ",
        ),
        # sppsvc schedules its own re-start about a century ahead: 2124-10-12T08:15:01Z.
        "win_spp_at": lambda r: (
            f"21{r.randrange(23, 27)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}T"
            f"{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}Z"
        ),
        "win_esever": lambda r: f"10.0.{r.choice(('19041', '20348', '22621', '26100'))}.{r.randrange(100, 5000):04d}",
    }
)

_ESE = "ESENT:"
_SPP = "Microsoft-Windows-Security-SPP:"
_TIMING = "Internal Timing Sequence: [1] 0.000, [2] 0.000, [3] 0.016, [4] 0.000, [5] 0.000, [6] 0.000."
_DHCP = "Microsoft-Windows-Dhcp-Client:"
_PERF_DLL = (
    '{"BITS" in DLL "C:\\Windows\\System32\\bitsperf.dll|"WmiApRpl" in DLL "C:\\Windows\\system32\\wbem\\wmiaprpl.dll|'
    '"ESENT" in DLL "C:\\Windows\\system32\\esentprf.dll|"Lsa" in DLL "C:\\Windows\\System32\\Secur32.dll}"'
)

TEMPLATES = [
    sn(
        "win.esent_instance",
        S,
        P,
        "{win_ese}The database engine ({win_esever}) is starting a new instance (0).",
        "{win_ese}The database engine started a new instance (0). (Time={0|1} seconds) " + _TIMING,
        "{win_ese}The database engine stopped the instance (0). Dirty Shutdown: 0 " + _TIMING,
        logger=_ESE + "102|" + _ESE + "105|" + _ESE + "103",
    ),
    sn(
        "win.esent_attach_recovery",
        S,
        P,
        "{win_ese}The database engine attached a database (1, C:\\Windows\\system32\\SRU\\SRUDB.dat). (Time={0|1} "
        "seconds) Saved Cache: 1 0 " + _TIMING,
        "{win_ese}The database engine detached a database (2, C:\\ProgramData\\Microsoft\\Search\\Data\\Applications"
        "\\Windows\\Windows.edb). (Time=0 seconds) Revived Cache: 0 0 " + _TIMING,
        "{win_ese}The database engine is initiating recovery steps.",
        "{win_ese}The database engine has successfully completed recovery steps.",
        logger=_ESE + "326|" + _ESE + "327|" + _ESE + "300|" + _ESE + "302",
    ),
    er(
        "win.esent_open_failed",
        S,
        P,
        "svchost ({pid},R,98) TILEREPOSITORYS-1-5-18: Error -1023 (0xfffffc01) occurred while opening logfile "
        "C:\\WINDOWS\\system32\\config\\systemprofile\\AppData\\Local\\TileDataLayer\\Database\\EDB.log.",
        "svchost ({pid},D,0) SRUJet: Error -1811 (0xfffff8ed) occurred while opening logfile C:\\Windows\\system32\\"
        "SRU\\SRU.log.",
        'SearchIndexer ({pid},D,0) Windows: An attempt to open the file "C:\\ProgramData\\Microsoft\\Search\\Data\\'
        'Applications\\Windows\\Windows.edb" for read only access failed with system error 32 (0x00000020): "The '
        'process cannot access the file because it is being used by another process. ".  The open file operation '
        "will fail with error -1032 (0xfffffbf8).",
        'svchost ({pid},G,0) An attempt to open the file "C:\\Windows\\system32\\SRU\\SRUDB.dat" for read / write '
        'access failed with system error 5 (0x00000005): "Access is denied. ".  The open file operation will fail '
        "with error -1032 (0xfffffbf8).",
        logger=_ESE + "455|" + _ESE + "489|" + _ESE + "490",
    ),
    er(
        "win.esent_checksum",
        S,
        P,
        '{win_ese}The database page read from the file "C:\\Windows\\system32\\SRU\\SRUDB.dat" at offset {num}0000 '
        "(0x00000000{hex8}) (database page {num} (0x{hex4})) for 32768 (0x00008000) bytes failed verification due to "
        "a page checksum mismatch.  The stored checksum was [{hex16}] and the computed checksum was "
        "[{hex12}{hex4}].  The read operation will fail with error -1018 (0xfffffc06).  If this condition persists "
        "then please restore the database from a previous backup.  This problem is likely due to faulty hardware. "
        "Please contact your hardware vendor for further assistance diagnosing the problem.",
        '{win_ese}The database page read from the file "C:\\ProgramData\\Microsoft\\Search\\Data\\Applications\\'
        'Windows\\Windows.edb" at offset {num}000 for 32768 (0x00008000) bytes failed verification due to a page '
        "checksum mismatch.  The read operation will fail with error -1018 (0xfffffc06).",
        logger=_ESE + "474",
    ),
    sn(
        "win.eventlog_host_renamed",
        S,
        P,
        "The NetBIOS name and DNS host name of this machine have been changed from {win_host} to {win_host2}.",
        "The NetBIOS name and DNS host name of this machine have been changed from {DESKTOP-7HQ2K4M|DESKTOP-K81LR0A|"
        "WIN-3J7QF2M9KDL} to {win_host}.",
        logger="EventLog:6011",
    ),
    ru(
        "win.eventlog_security_full",
        S,
        P,
        "The security log is now full.",
        "The security log is now full. Log: Security",
        logger="Microsoft-Windows-Eventlog:1104",
        sev="error warn",
    ),
    sn(
        "win.eventlog_autobackup",
        S,
        P,
        "Event log automatic backup Log: Security File: C:\\Windows\\System32\\Winevt\\Logs\\Archive-Security-"
        "{date}-{hour}-{n}-{n2}-{num}.evtx",
        "Event log automatic backup Log: {Security|System|Application} File: D:\\EventArchive\\Archive-"
        "{Security|System|Application}-{date}-{hour}-{n}-{n2}-{num}.evtx",
        logger="Microsoft-Windows-Eventlog:1105",
    ),
    er(
        "win.eventlog_dropped",
        S,
        P,
        "Audit events have been dropped by the transport.  {0|1}",
        "The event logging service encountered an error while processing an incoming event published from "
        "{Microsoft-Windows-Security-Auditing|Microsoft-Windows-Kernel-General|Microsoft-Windows-Sysmon}.",
        logger="Microsoft-Windows-Eventlog:1101|Microsoft-Windows-Eventlog:1108",
    ),
    er(
        "win.disk_not_responding",
        S,
        P,
        "The device, \\Device\\{RaidPort|Ide\\iaStor|Scsi\\LSI_SAS}{small}, did not respond within the timeout period.",
        "The device, \\Device\\Harddisk{small}\\DR{small2}, is not ready for access yet.",
        "The device, \\Device\\Harddisk{small}\\DR{small2}, did not respond within the timeout period.",
        logger="iaStorAVC:9|disk:15|LSI_SAS:9",
    ),
    ce(
        "win.disk_predicted_failure",
        S,
        P,
        "The driver has detected that device \\Device\\Harddisk{small}\\DR{small2} has predicted that it will fail. "
        "Immediately back up your data and replace your hard disk drive. A failure may be imminent.",
        "The driver has detected that device \\Device\\Harddisk{small}\\DR{small} has predicted that it will fail.",
        logger="disk:52",
    ),
    er(
        "win.crash_dump_config",
        S,
        P,
        "Crash dump initialization failed!",
        "The system could not sucessfully load the crash dump driver.",
        "Configuring the Page file for crash dump failed. Make sure there is a page file on the boot partition and "
        "that is large enough to contain all physical memory.",
        "Dump file creation failed due to error during dump creation.",
        logger="volmgr:46|volmgr:45|volmgr:49|volmgr:161",
    ),
    ru(
        "win.tcpip_ephemeral_ports",
        S,
        P,
        "A request to allocate an ephemeral port number from the global TCP port space has failed due to all such "
        "ports being in use.",
        "The server was unable to allocate from the system nonpaged pool because the server reached the configured "
        "limit for nonpaged pool allocations.",
        "The server was unable to allocate from the system paged pool because the server reached the configured "
        "limit for paged pool allocations.",
        logger="Tcpip:4231|srv:2017|srv:2018",
        sev="warn error",
    ),
    ru(
        "win.srv_work_items",
        S,
        P,
        "The server was unable to allocate a work item {n} times in the last {n2} seconds.",
        "The server was unable to find a free connection {n} times in the last {n2} seconds.  This indicates a spike "
        "in network traffic.  If this is happening frequently, you should consider increasing the minimum number of "
        "free connections to add headroom.  To do that, modify the MinFreeConnections and MaxFreeConnections for the "
        "LanmanServer in the registry.",
        logger="srv:2021|srv:2022",
        sev="warn",
    ),
    er(
        "win.tcpip_endpoint_reuse",
        S,
        P,
        "TCP/IP failed to establish an outgoing connection because the selected local endpoint was recently used to "
        "connect to the same remote endpoint. This error typically occurs when outgoing connections are opened and "
        "closed at a high rate, causing all available local ports to be used and forcing TCP/IP to reuse a local "
        "port for an outgoing connection. To minimize the risk of data corruption, the TCP/IP standard requires a "
        "minimum time period to elapse between successive connections from a given local endpoint to a given "
        "remote endpoint.",
        logger="Tcpip:4227",
    ),
    er(
        "win.netbt_name_conflict",
        S,
        P,
        'The name "{win_host}        :{20|00}" could not be registered on the interface with IP address {ip}. The '
        "computer with the IP address {ip2} did not allow the name to be claimed by this computer.",
        'The name "{win_dom}           :{1d|1e|00}" could not be registered on the interface with IP address {ip}. '
        "The computer with the IP address {ip2} did not allow the name to be claimed by this computer.",
        logger="NetBT:4321",
    ),
    er(
        "win.dhcp_client_failed",
        S,
        P,
        "Your computer was not assigned an address from the network (by the DHCP Server) for the Network Card with "
        "network address {win_nic}.  The following error occurred: The semaphore timeout period has expired. . Your "
        "computer will continue to try and obtain an address on its own from the network address (DHCP) server.",
        "Your computer was not able to renew its address from the network (from the DHCP Server) for the Network "
        "Card with network address {win_nic}.  The following error occurred: The semaphore timeout period has "
        "expired. . Your computer will continue to try and obtain an address on its own from the network address "
        "(DHCP) server.",
        "The IP address lease {ip} for the Network Card with network address {win_nic} has been denied by the DHCP "
        "server {ip2} (The DHCP Server sent a DHCPNACK message).",
        "Your computer has detected that the IP address {ip} for the Network Card with network address {win_nic} is "
        "already in use on the network. Your computer will automatically attempt to obtain a different address.",
        logger=_DHCP + "1001|" + _DHCP + "1003|" + _DHCP + "1002|" + _DHCP + "1005",
    ),
    er(
        "win.dcom_server_failed",
        S,
        P,
        "The server {{{uuid}}} did not register with DCOM within the required timeout.",
        "The server Microsoft.Windows.{ShellExperienceHost|Cortana|StartMenuExperienceHost}_10.0.{num}.{n}_neutral_"
        "neutral_cw5n1h2txyewy!App.AppXkz2f{hex8}.mca did not register with DCOM within the required timeout.",
        'DCOM got error "{1053|1058|1084}" attempting to start the service {StiSvc|WSearch|AppReadiness} with '
        'arguments "Unavailable" in order to run the server: {{{uuid}}}',
        "DCOM was unable to communicate with the computer {win_host}.{win_dom}.local using any of the configured "
        "protocols; requested by PID {hex4} (C:\\Windows\\system32\\ServerManager.exe), while activating CLSID "
        "{{{uuid}}}.",
        logger="Microsoft-Windows-DistributedCOM:10010|Microsoft-Windows-DistributedCOM:10005|"
        "Microsoft-Windows-DistributedCOM:10028",
    ),
    er(
        "win.perflib_open_failed",
        S,
        P,
        "The Open procedure for service " + _PERF_DLL + " failed with error code {The device is not ready.|Access is "
        "denied.|The system cannot find the file specified.}. Performance data for this service will not be "
        "available.",
        'Windows cannot load the extensible counter DLL "{C:\\Windows\\system32\\sysmain.dll|C:\\Windows\\system32\\'
        'rdpcorets.dll|C:\\Program Files\\Microsoft SQL Server\\MSSQL15.MSSQLSERVER\\MSSQL\\Binn\\sqlctr150.dll}" '
        "(Win32 error code {126|2|5}).",
        logger="Microsoft-Windows-Perflib:1008|Microsoft-Windows-Perflib:1023",
    ),
    er(
        "win.perflib_collect_disabled",
        S,
        P,
        'The performance data collection function for the "{MSSQL$SQLEXPRESS|WmiApRpl|RemoteAccess}" service in the '
        '"C:\\Windows\\system32\\{perfctrs.dll|wbem\\wmiaprpl.dll}" library did not complete in the allowed time. '
        "There may be a problem with this extensible counter, the service from which the counter is collecting "
        "data, or the system may have been very busy when this call was attempted.",
        'Disabled performance counter data collection from the "{BITS|ESENT|Lsa|WmiApRpl}" service because the '
        "performance counter library for that service has generated one or more errors. The errors that forced this "
        "action have been written to the application event log. Correct the errors before enabling the performance "
        "counters for this service.",
        logger="Microsoft-Windows-Perflib:1015|Microsoft-Windows-Perflib:1017",
    ),
    er(
        "win.profile_load_failed",
        S,
        P,
        "Windows cannot find the local profile and is logging you on with a temporary profile. Changes you make to "
        "this profile will be lost when you log off.",
        "Windows was unable to load the registry. This problem is often caused by insufficient memory or "
        "insufficient security rights.  DETAIL - The process cannot access the file because it is being used by "
        "another process.  for C:\\Users\\{user}\\ntuser.dat",
        "Windows cannot delete the profile directory C:\\Users\\{user}. This error may be caused by files in this "
        "directory being used by another program.  DETAIL - The directory is not empty.",
        logger="Microsoft-Windows-User Profiles Service:1511|Microsoft-Windows-User Profiles Service:1508|"
        "Microsoft-Windows-User Profiles Service:1533",
    ),
    ce(
        "win.critical_process_failed",
        S,
        P,
        "A critical system process, C:\\Windows\\system32\\{lsass.exe|csrss.exe|services.exe|wininit.exe}, failed "
        "with status code {c0000005|c0000374|c0000409|000000ff}.  The machine must now be restarted.",
        "The Windows logon process has unexpectedly terminated.",
        logger="Wininit:1015|Microsoft-Windows-Winlogon:4005",
    ),
    er(
        "win.winlogon_subscriber",
        S,
        P,
        "The winlogon notification subscriber <{SessionEnv|GPClient|Profiles|TermSrv|Sens}> was unavailable to "
        "handle a notification event.",
        "The winlogon notification subscriber <{Profiles|GPClient|TrustedInstaller}> failed a notification event.",
        "The winlogon notification subscriber <{GPClient|Profiles}> was unavailable to handle a critical "
        "notification event.",
        "The winlogon notification subscriber <{Profiles|SessionEnv}> failed a critical notification event.",
        logger="Microsoft-Windows-Winlogon:6000|Microsoft-Windows-Winlogon:6001|Microsoft-Windows-Winlogon:6003|"
        "Microsoft-Windows-Winlogon:6004",
    ),
    er(
        "win.pnp_driver_failed",
        S,
        P,
        "The driver \\Driver\\WudfRd failed to load for the device SWD\\WPDBUSENUM\\_??_USBSTOR#Disk&Ven_"
        "{SanDisk|Kingston|Generic}&Prod_{Cruzer_Blade|DataTraveler_3.0|Flash_Disk}&Rev_1.00#{hex8}&0#.",
        "The driver \\Driver\\{WUDFRd|iaLPSS2i_I2C|IntcAzAudAddService} failed to load for the device "
        "ACPI\\{INT33C3|INT3432|PNP0C50}\\{small}.",
        "Device PCI\\VEN_{8086|10DE|10EC}&DEV_{hex4}&SUBSYS_{hex8}&REV_{small}0\\{small}&{hex8}&0&00E0 had a problem "
        "starting. Driver Name: oem{n}.inf Class Guid: {{{uuid}}} Service: {nvlddmkm|rt640x64|iaStorAVC} Lower "
        "Filters: Upper Filters: Problem: 0xA Problem Status: 0xC0000001",
        logger="Microsoft-Windows-Kernel-PnP:219|Microsoft-Windows-Kernel-PnP:411",
    ),
    ru(
        "win.processor_firmware_limited",
        S,
        P,
        "The speed of processor {small} in group 0 is being limited by system firmware. The processor has been in "
        "this reduced performance state for {n} seconds since the last report.",
        "The speed of Hyper-V logical processor {small} is being limited by system firmware. The processor has been "
        "in this reduced performance state for {secs} seconds since the last report.",
        logger="Microsoft-Windows-Kernel-Processor-Power:37",
        sev="warn",
    ),
    sn(
        "win.restart_manager_session",
        S,
        P,
        "Starting session {small} - {ts}.",
        "Ending session {small} started {ts}.",
        logger="Microsoft-Windows-RestartManager:10000|Microsoft-Windows-RestartManager:10001",
    ),
    sn(
        "win.spp_service",
        S,
        P,
        "Successfully scheduled Software Protection service for re-start at {win_spp_at}. Reason: {RulesEngine|TBL}.",
        "The Software Protection service is starting. Parameters:caller=UpdateOrchestrator",
        "The Software Protection service has started. {10.0.19041.3636|10.0.20348.2031|10.0.22621.2506}",
        "The Software Protection service has stopped.",
        logger=_SPP + "16384|" + _SPP + "900|" + _SPP + "902|" + _SPP + "903",
    ),
    er(
        "win.spp_activation_failed",
        S,
        P,
        "License Activation (slui.exe) failed with the following error code: hr=0x{8007232B|C004F074|C004C003|"
        "8007007B} Command-line arguments: RuleId={uuid};Action=AutoActivate;AppId={uuid2};SkuId={uuid3};"
        "NotificationInterval=1440;Trigger=TimerEvent",
        "License Activation (slui.exe) failed with the following error code: hr=0x{C004F074|8007232B} Command-line "
        "arguments: RuleId={uuid};Action=AutoActivate",
        logger=_SPP + "8198",
    ),
]
