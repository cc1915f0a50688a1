"""Windows Error Reporting, display-driver recovery, DCOM, Defender update and WindowsUpdateClient restart events as
shippers render them, and CBS.log execution / reboot-mark lines (windows_cbs family).

Texts are the messages these providers register as Microsoft Learn documents them: Windows Error Reporting event
1001 ("Fault bucket ..., type 0 Event Name: APPCRASH / BEX64 / BlueScreen / LiveKernelEvent / WindowsUpdateFailure3
Response: Not available Cab Id: 0"), Display 4101 ("Display driver ... stopped responding and has successfully
recovered."), DistributedCOM 10016 ("The application-specific permission settings do not grant Local Activation
permission for the COM Server application with CLSID ..."), Microsoft Defender Antivirus 2000/2001 ("security
intelligence version updated" / "has encountered an error trying to update security intelligence"),
WindowsUpdateClient 21 ("Restart Required: To complete the installation of the following updates, the computer must be
restarted."); CBS.log lines quoted in the servicing troubleshooting articles ("Exec: Processing complete",
"Reboot mark set", "Failed to process single phase execution. [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]",
"Scavenge: Completed, disposition: 0x0").
"""

from training.templates.families._labels import ce, er, sn
from training.templates.families.windows_cbs import FAMILY as CBS
from training.templates.families.windows_eventlog import FAMILY as FAMILY

P = "win winkv none"
S = "WindowsEventLog"
_I = "{cbs_ts}Info                  CBS    "
_E = "{cbs_ts}Error                 CBS    "

TEMPLATES = [
    er(
        "win.wer_appcrash",
        S,
        P,
        "Fault bucket {num}, type {0|1|5} Event Name: APPCRASH Response: Not available Cab Id: 0 Problem signature: "
        "P1: {win_exe} P2: {ver}.0 P3: {hex8}",
        "Fault bucket , type 0 Event Name: BEX64 Response: Not available Cab Id: 0 Problem signature: P1: {win_exe}",
        "Fault bucket {num}, type 4 Event Name: CLR20r3 Response: Not available Cab Id: 0 Problem signature: P1: "
        "{win_exe} P2: {ver}.0 P9: System.NullReferenceException",
        logger="Windows Error Reporting:1001",
    ),
    ce(
        "win.wer_bluescreen",
        S,
        P,
        "Fault bucket 0x{hex4}_{hex8}, type 0 Event Name: BlueScreen Response: Not available Cab Id: {hex8} "
        "Problem signature: P1: P2: {1a|3b|d1|9f|124}",
        "Fault bucket , type 0 Event Name: BlueScreen Response: Not available Cab Id: 0 Attached files: "
        "C:\\Windows\\Minidump\\{hex8}-01.dmp",
        logger="Windows Error Reporting:1001",
    ),
    er(
        "win.wer_livekernel",
        S,
        P,
        "Fault bucket LKD_0x141_Tdr:6_IMAGE_{nvlddmkm.sys|amdkmdag.sys|igdkmd64.sys}, type 0 Event Name: "
        "LiveKernelEvent Response: Not available Cab Id: 0 Problem signature: P1: 141",
        "Display driver {nvlddmkm|amdkmdag|igfx} stopped responding and has successfully recovered.",
        logger="Windows Error Reporting:1001|Display:4101",
    ),
    er(
        "win.wer_update_failure",
        S,
        P,
        "Fault bucket , type 0 Event Name: WindowsUpdateFailure3 Response: Not available Cab Id: 0 Problem "
        "signature: P1: 10.0.{num}.{n} P2: {80070643|8024200b|800f0922|80073712} P3: 00000000-0000-0000-0000-"
        "000000000000",
        "Fault bucket , type 0 Event Name: WindowsWcpOtherFailure3 Response: Not available Cab Id: 0 Problem "
        "signature: P1: 10.0.{num}.{n} P2: wcp\\componentstore\\csd_locking.cpp P3: {n}",
        logger="Windows Error Reporting:1001",
    ),
    er(
        "win.dcom_10016",
        S,
        P,
        "The application-specific permission settings do not grant Local Activation permission for the COM Server "
        "application with CLSID {{{uuid}}} and APPID {{{uuid}}} to the user NT AUTHORITY\\{SYSTEM|LOCAL SERVICE} SID "
        "(S-1-5-{18|19}) from address LocalHost (Using LRPC) running in the application container Unavailable SID "
        "(Unavailable). This security permission can be modified using the Component Services administrative tool.",
        "The machine-default permission settings do not grant Local Activation permission for the COM Server "
        "application with CLSID {{{uuid}}} and APPID {{{uuid}}} to the user {host}\\{user} SID (S-1-5-21-{num}) from "
        "address LocalHost (Using LRPC).",
        logger="Microsoft-Windows-DistributedCOM:10016",
    ),
    sn(
        "win.defender_sig_updated",
        S,
        P,
        "Microsoft Defender Antivirus security intelligence version updated. Current security intelligence "
        "Version: 1.4{n}.{num}.0 Previous security intelligence Version: 1.4{n}.{num}.0 Security intelligence "
        "Type: AntiVirus Update Type: Full",
        "Microsoft Defender Antivirus engine version updated. Current Engine Version: 1.1.{num}.{n} Previous Engine "
        "Version: 1.1.{num}.{n} Engine Type: AntiVirus/AntiSpyware Engine",
        logger="Microsoft-Windows-Windows Defender:2000|Microsoft-Windows-Windows Defender:2002",
    ),
    er(
        "win.defender_sig_failed",
        S,
        P,
        "Microsoft Defender Antivirus has encountered an error trying to update security intelligence. New "
        "security intelligence Version: Previous security intelligence Version: 1.4{n}.{num}.0 Update Source: "
        "Microsoft Update Server Error code: 0x{80072ee2|8024402c|80070652} Error description: The operation timed out",
        "Microsoft Defender Antivirus has encountered an error trying to update security intelligence. Update "
        "Source: Microsoft Malware Protection Center Error code: 0x80240022",
        logger="Microsoft-Windows-Windows Defender:2001",
    ),
    sn(
        "win.update_restart_required",
        S,
        P,
        "Restart Required: To complete the installation of the following updates, the computer must be restarted. "
        "Until this computer has been restarted, Windows cannot search for or download new updates: {win_kb}",
        "Restart Required: To complete the installation of the following updates, the computer must be restarted: "
        "2024-{10|11|12} Cumulative Update for Windows 11 Version 23H2 for x64-based Systems ({win_kb})",
        logger="Microsoft-Windows-WindowsUpdateClient:21",
    ),
    sn(
        "cbs.exec_complete_ok",
        "windows-cbs",
        "none",
        _I
        + "Exec: Processing complete.  Session: {num}_{num2}, Package: Package_for_RollupFix~31bf3856ad364e35~amd64~~"
        "{num}.{n}.1.{small} [HRESULT = 0x00000000 - S_OK]",
        _I + "Reboot mark set",
        _I + "Reboot mark cleared",
        _I + "Scavenge: Completed, disposition: 0x0",
        family=CBS,
    ),
    er(
        "cbs.exec_installers_failed",
        "windows-cbs",
        "none",
        _E + "Failed to process single phase execution. [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]",
        _E + "Failed to perform operation.  [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]",
        _I + "Exec: Processing complete.  Session: {num}_{num2}, Package: Package_for_KB{num}~31bf3856ad364e35~amd64~~"
        "10.0.1.{small} [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]",
        family=CBS,
    ),
]
