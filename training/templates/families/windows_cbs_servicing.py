"""More Windows servicing: TrustedInstaller/TiWorker lifecycle and session lines of CBS.log, CSI store lines, DISM.log
provider lines and dism.exe / sfc.exe console output, the Setup event log (Servicing and wusa), and
WindowsUpdate.log (decoded ETW format of Windows 10/11 and the older tab-separated text format).

Phrasings follow Microsoft's documentation and support articles on these logs: "Understanding CBS.log" style
entries quoted in KB 928228 / 947821 (TI: --- Initializing Trusted Installer ---, Starting the TrustedInstaller main
loop, Session: ... initialized by client WindowsUpdateAgent, Trusted Installer is shutting down because:
SHUTDOWN_REASON_AUTOSTOP, Loaded Servicing Stack v... with Core, CBS_E_INVALID_PACKAGE 0x800f0805,
PSFX_E_MATCHING_BINARY_MISSING 0x800f0991); the SFC documentation (Beginning system scan, Verification 100% complete,
Windows Resource Protection did not find any integrity violations / found corrupt files and successfully repaired
them / found corrupt files but was unable to fix some of them / could not perform the requested operation); the
DISM command-line documentation (Processing 1 of 1 - Adding package, The component store corruption was repaired,
Error: 0x800f081e The specified package is not applicable to this image, Error: 87); the Setup event log texts of
the servicing stack (Initiating changes for package KBnnn. Current state is ... Target state is ..., Package KBnnn
was successfully changed to the Installed state., A reboot is necessary before package ... can be changed, failed
to be changed to the Installed state. Status:) and of wusa; and the WindowsUpdate.log troubleshooting articles
(Got WSUS Client/Server URL, OK to reuse existing configuration, Added update ... to search result, WS error: The
server returned HTTP status code, BITS job ... hit a transient error, Failed to synchronize, error =, AU setting
next detection timeout to, FATAL:).
"""

from training.templates.families._labels import er, sn
from training.templates.families.windows_cbs import FAMILY as FAMILY
from training.values import register

register(
    {
        "cbs_kb": lambda r: f"KB50{r.randrange(10000, 59999)}",
        "cbs_wuold": lambda r: (
            f"2024-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}\t{r.randrange(24):02d}:{r.randrange(60):02d}:"
            f"{r.randrange(60):02d}:{r.randrange(1000):03d}\t{r.randrange(300, 2000):>4}\t{r.randrange(100, 0xFFF):x}"
        ),
    }
)

P = "none"
S = "windows-cbs"
W = "windowsupdate"
_CI = "{cbs_ts}Info                  CBS    "
_CE = "{cbs_ts}Error                 CBS    "
_SI = "{cbs_ts}Info                  CSI    0000{hex4} "
_DI = "{cbs_ts}Info                  DISM   DISM Package Manager: PID={pid} TID={tid} "
_PI = "{cbs_ts}Info                  DISM   DISM Provider Store: PID={pid} TID={tid} "
_DE = "{cbs_ts}Error                 DISM   DISM Package Manager: PID={pid} TID={tid} "
_UPD = (
    "2024-{01|02|03|10|11} Cumulative Update for Windows {10|11} Version {22H2|23H2|24H2} for x64-based Systems "
    "({cbs_kb})"
)
_SETUP = "win winkv none"

TEMPLATES = [
    sn(
        "cbs.ti_start",
        S,
        P,
        _CI + "TI: --- Initializing Trusted Installer ---",
        _CI + "Starting TrustedInstaller initialization.",
        _CI + "Starting the TrustedInstaller main loop.",
        _CI + "TrustedInstaller service starts successfully.",
    ),
    sn(
        "cbs.ti_stop",
        S,
        P,
        _CI + "Trusted Installer is shutting down because: SHUTDOWN_REASON_AUTOSTOP",
        _CI + "TiWorker signaled for shutdown, going to exit.",
        _CI + "Ending the TrustedInstaller main loop.",
        _CI + "Ending TrustedInstaller finalization.",
    ),
    sn(
        "cbs.ti_session",
        S,
        P,
        _CI + "Session: {cbs_sess} initialized by client WindowsUpdateAgent, external staging directory: (null), "
        "external registry directory: (null)",
        _CI + "Session: {cbs_sess} initialized by client DISM Package Manager Provider, external staging directory: "
        "(null), external registry directory: (null)",
        _CI + "Loaded Servicing Stack v10.0.{19041|20348|22621}.{num} with Core: C:\\Windows\\winsxs\\{cbs_comp}"
        "\\cbscore.dll",
        _CI + "TI: Last boot time: 2024-{01|06|11}-{small}{small2} 0{small}:{n}:{n2}.500",
    ),
    sn(
        "cbs.ti_startup",
        S,
        P,
        _CI + "No startup processing required, TrustedInstaller service was not set as autostart",
        _CI + "Startup processing thread terminated normally",
        _CI + "SQM: Initializing online with Windows opt-in: False",
        _CI + "NonStart: Set pending store consistency check.",
    ),
    sn(
        "cbs.package_state",
        S,
        P,
        _CI + "Appl: detect Parent, Package: {cbs_pkg}, Parent: Microsoft-Windows-Client-Desktop-Required-Package"
        "~31bf3856ad364e35~amd64~~10.0.19041.{num}, Disposition = Detect, VersionComp: EQ, ServiceComp: GE, "
        "BuildComp: GE, DistributionComp: GE, RevisionComp: GE, Exist: present",
        _CI + "Perf: InstallUninstallChain complete.",
        _CI + "Exec: Download qualified: package: {cbs_pkg}, download Size: {num}, required: 1, primitive: 0",
    ),
    er(
        "cbs.package_errors",
        S,
        P,
        _CE + "Failed to internally open package. [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]",
        _CE + "Failed to get next element [HRESULT = 0x800f080d - CBS_E_MANIFEST_INVALID_ITEM]",
        _CE + "(p) Failed to find a matching binary for {cbs_comp} [HRESULT = 0x800f0991 - "
        "PSFX_E_MATCHING_BINARY_MISSING]",
        _CE + "Failed to execute execution chain. [HRESULT = 0x800f0988 - PSFX_E_INVALID_DELTA_COMBINATION]",
    ),
    er(
        "cbs.session_failed",
        S,
        P,
        _CE + "Exec: Failed to process package {cbs_pkg}. [HRESULT = 0x80073712 - ERROR_SXS_COMPONENT_STORE_CORRUPT]",
        _CE + "Failed to pend package for install: {cbs_pkg} [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]",
        _CE + "Startup: Failed to process advanced operation queue, startupPhase: 0.  A rollback transaction will be "
        "created. [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]",
    ),
    sn(
        "cbs.csi_init",
        S,
        P,
        _SI + "WcpInitialize: wcp.dll version 10.0.{19041|20348|22621}.{num} (WinBuild.160101.0800)",
        _SI + "IAdvancedInstallerAwareStore_ResolvePendingTransactions (call 1) (flags = 00000004, progress = NULL, "
        "phase = 0, pdwDisposition = @0x{hex12}",
        _SI + 'Creating NT transaction (seq {small}), objectname [6]"(null)"',
        _SI + "Created NT transaction (seq {small}) result 0x00000000, handle @0x{hex4}",
    ),
    sn(
        "cbs.sfc_console",
        "sfc",
        P,
        "Beginning system scan.  This process will take some time.",
        "Beginning verification phase of system scan.",
        "Verification {pct}% complete.",
        "Windows Resource Protection did not find any integrity violations.",
    ),
    sn(
        "cbs.sfc_repaired",
        "sfc",
        P,
        "Windows Resource Protection found corrupt files and successfully repaired them. For online repairs, details "
        "are included in the CBS log file located at windir\\Logs\\CBS\\CBS.log.",
        "There is a system repair pending which requires reboot to complete.  Restart Windows and run sfc again.",
    ),
    er(
        "cbs.sfc_failed",
        "sfc",
        P,
        "Windows Resource Protection found corrupt files but was unable to fix some of them. For online repairs, "
        "details are included in the CBS log file located at windir\\Logs\\CBS\\CBS.log.",
        "Windows Resource Protection could not perform the requested operation.",
        "Windows Resource Protection could not start the repair service.",
    ),
    sn(
        "cbs.dism_console_ok",
        "dism",
        P,
        "Processing 1 of 1 - Adding package {cbs_pkg}",
        "The component store corruption was repaired.",
        "Restart Windows to complete this operation.",
        "Processing 1 of 1 - Removing package {cbs_pkg}",
    ),
    er(
        "cbs.dism_console_errors",
        "dism",
        P,
        "Error: 0x800f081e The specified package is not applicable to this image.",
        "Error: 87 The {cleanup-image|add-package|online} option is unknown.",
        "Error: 1726 The remote procedure call failed.",
        "Error: 0x800f0954 DISM failed. No operation was performed.",
    ),
    sn(
        "cbs.dism_log_providers",
        "dism",
        P,
        _PI + "Getting the collection of providers from a local provider store type. - "
        "CDISMProviderStore::GetProviderCollection",
        _PI + "Connecting to the provider located at C:\\Windows\\System32\\Dism\\CbsProvider.dll. - "
        "CDISMProviderStore::Internal_LoadProvider",
        _DI + "Finished processing package changes with session options - "
        "CDISMPackageManager::ProcessChangesWithOptions",
        _DI + "Processing the top level command token(cleanup-image). - "
        "CPackageManagerCLIHandler::Private_ValidateCmdLine",
    ),
    er(
        "cbs.dism_log_errors",
        "dism",
        P,
        _DE + "Failed opening package. - CDISMPackageManager::Internal_CreatePackageByPath(hr:0x80070002)",
        _DE + "Failed to add package. - CPackageManagerCLIHandler::Private_ProcessAddPackage(hr:0x800f081e)",
        _DE + "Failed while processing command cleanup-image. - CPackageManagerCLIHandler::ExecuteCmdLine"
        "(hr:0x800f081f)",
    ),
    sn(
        "cbs.setup_servicing",
        "Microsoft-Windows-Servicing",
        _SETUP,
        "Initiating changes for package {cbs_kb}. Current state is Absent. Target state is Installed. Client id: "
        "WindowsUpdateAgent.",
        "Package {cbs_kb} was successfully changed to the Installed state.",
        "A reboot is necessary before package {cbs_kb} can be changed to the Installed state.",
        "Initiating changes for package {cbs_kb}. Current state is Staged. Target state is Installed. Client id: "
        "UpdateAgentLCU.",
        logger="Microsoft-Windows-Servicing:1|Microsoft-Windows-Servicing:2|Microsoft-Windows-Servicing:4",
    ),
    er(
        "cbs.setup_failed",
        "Microsoft-Windows-Servicing wusa",
        _SETUP,
        "Package {cbs_kb} failed to be changed to the Installed state. Status: 0x{800f0922|80070643|800f0831}.",
        'Windows update "Security Update for Windows ({cbs_kb})" could not be installed because of error '
        '2149842967 "" (Command line: ""C:\\Windows\\system32\\wusa.exe" "C:\\Temp\\windows10.0-{cbs_kb}-x64.msu" '
        '/quiet /norestart")',
        logger="Microsoft-Windows-Servicing:3|Microsoft-Windows-WUSA:3",
    ),
    sn(
        "cbs.wusa_installed",
        "wusa",
        _SETUP,
        'Windows update "Security Update for Windows ({cbs_kb})" was successfully installed. (Command line: '
        '""C:\\Windows\\system32\\wusa.exe" "C:\\Temp\\windows10.0-{cbs_kb}-x64.msu" /quiet /norestart")',
        "Installation Started: Windows has started installing the following update: " + _UPD,
        "Windows Update started downloading an update.",
        logger="Microsoft-Windows-WUSA:2|Microsoft-Windows-WindowsUpdateClient:43|Microsoft-Windows-WindowsUpdateClient:44",
    ),
    er(
        "cbs.wuclient_failed",
        "Microsoft-Windows-WindowsUpdateClient",
        _SETUP,
        "Windows Update failed to check for updates with error 0x{8024401C|80072EE2|8024402C}.",
        "Windows Update failed to download an update.",
        "Installation Failure: Windows failed to install the following update with error 0x800f0845: " + _UPD,
        logger="Microsoft-Windows-WindowsUpdateClient:25|Microsoft-Windows-WindowsUpdateClient:31|"
        "Microsoft-Windows-WindowsUpdateClient:20",
    ),
    sn(
        "cbs.wu_etw_protocol",
        W,
        P,
        "{wu_ts} Misc            Got WSUS Client/Server URL: https://{host}:8531/ClientWebService/client.asmx",
        "{wu_ts} ProtocolTalker  OK to reuse existing configuration",
        "{wu_ts} ProtocolTalker  ServerId = {{{uuid}}}, ServerUrl = https://fe2.update.microsoft.com/v6/"
        "ClientWebService/client.asmx",
        "{wu_ts} ProtocolTalker  SyncUpdates round trips: {small}",
    ),
    sn(
        "cbs.wu_etw_agent",
        W,
        P,
        "{wu_ts} Agent           Added update {{{uuid}}}.{n} to search result",
        "{wu_ts} Agent           Update {{{uuid}}}.{n} is pruned out due to potential supersedence",
        "{wu_ts} Agent           * END *   Installing updates CallerId = UpdateOrchestrator  Id = {n}",
        "{wu_ts} Handler         Requesting post-reboot reporting for package {cbs_pkg}.",
    ),
    er(
        "cbs.wu_etw_errors",
        W,
        P,
        "{wu_ts} WebServices     WS error: The server returned HTTP status code '503 (0x1F7)' with text 'Service "
        "Unavailable'.",
        "{wu_ts} WebServices     WS error: There was an error communicating with the endpoint at "
        "'https://{host}:8531/ClientWebService/client.asmx'.",
        "{wu_ts} DownloadManager BITS job {{{uuid}}} hit a transient error, updateId = {{{uuid}}}.{n}, error = "
        "0x80072EE2",
        "{wu_ts} Agent           Failed to synchronize, error = 0x8024401C",
    ),
    sn(
        "cbs.wu_text_au",
        W,
        P,
        "{cbs_wuold}\tAU\t###########  AU: Initializing Automatic Updates  ###########",
        "{cbs_wuold}\tAU\tAU setting next detection timeout to 2024-{01|05|09}-{small}{small2} 1{small}:{n}:{n2}",
        "{cbs_wuold}\tAgent\t  * WSUS server: http://{host}:8530",
        "{cbs_wuold}\tAgent\t*********  END  **  Agent: Finding updates [CallerId = AutomaticUpdates]",
    ),
    er(
        "cbs.wu_text_errors",
        W,
        P,
        "{cbs_wuold}\tAgent\t  * WARNING: Failed to find updates with error code 8024402C",
        "{cbs_wuold}\tPT\tWARNING: SyncUpdates failure, error = 0x80244010, soap client error = 7, soap error code = "
        "0, HTTP status code = 200",
        "{cbs_wuold}\tHandler\tFATAL: UH: 0x80070643: Async installation failed in CUHCbsHandler::StartInstall",
        "{cbs_wuold}\tAU\tAU detection failed with error 0x8024402c",
    ),
]
