"""Windows System and Application logs as shippers render them (Security events are in windows_security.py):
Service Control Manager, EventLog, Kernel-General/Kernel-Power, User32, WindowsUpdateClient, Time-Service,
disk/storahci/Ntfs, WHEA-Logger, BugCheck, Resource-Exhaustion-Detector, srv, GroupPolicy, NETLOGON, Schannel,
DNS Client, VSS, Application Error / .NET Runtime / Application Hang, SMB server audit, and BizTalk Server.

Event texts are the messages these providers register (checked against Microsoft Learn event pages and
troubleshooting articles): SCM 7000/7001/7009/7011/7023/7031/7034/7036/7040, EventLog 6005/6006/6008/6009/6013,
Kernel-Power 41, Kernel-General 12/13, User32 1074, BugCheck 1001, WHEA-Logger 17/18, disk 7/11/51/153,
storahci 129, Ntfs 55, Resource-Exhaustion-Detector 2004, srv 2013/2019/2020, GroupPolicy 1058/1129,
NETLOGON 5719, Schannel 36874/36887, DNS Client 1014, VSS 8193, WindowsUpdateClient 19/20/43/44, Time-Service
37, Application Error 1000, .NET Runtime 1026, Application Hang 1002, SMBServer 3000 (SMB1 access audit), and
BizTalk Server's suspended-message and uncaught-exception events (5719/5753/5754/10034).
"""

from training.templates.families._labels import ce, dw, er, ru, sn, wf
from training.values import register

FAMILY = "windows_eventlog"

register(
    {
        "win_svc": lambda r: r.choice(
            (
                "Windows Update",
                "Background Intelligent Transfer Service",
                "Print Spooler",
                "SQL Server (MSSQLSERVER)",
                "World Wide Web Publishing Service",
                "Windows Defender Antivirus Service",
                "Remote Desktop Services",
                "Veeam Backup Service",
                "Datadog Agent",
            )
        ),
        "win_exe": lambda r: r.choice(("w3wp.exe", "sqlservr.exe", "OUTLOOK.EXE", "chrome.exe", "java.exe", "App.exe")),
        "win_kb": lambda r: f"KB50{r.randrange(10000, 99999)}",
        "win_host": lambda r: f"{r.choice(('WS', 'SRV', 'DC', 'LT', 'SQL'))}-{r.randrange(1, 999):03d}",
        "win_dom": lambda r: r.choice(("CORP", "CONTOSO", "AD", "ACME")),
        "win_logon_id": lambda r: f"0x{r.randrange(0x10000, 0xFFFFFFF):x}",
        "win_proc": lambda r: r.choice(
            ("C:\\Windows\\System32\\svchost.exe", "C:\\Windows\\System32\\lsass.exe", "C:\\Windows\\explorer.exe", "-")
        ),
        "bts_port": lambda r: r.choice(("RP_Orders_In", "RL_Invoices_FILE", "SP_ERP_Invoice", "RP_EDI_850")),
    }
)

P = "win winkv none"
S = "WindowsEventLog"
_SCM = "Service Control Manager:"

TEMPLATES = [
    sn(
        "win.scm_state",
        S,
        P,
        "The {win_svc} service entered the running state.",
        "The {win_svc} service entered the stopped state.",
        "The start type of the {win_svc} service was changed from auto start to demand start.",
        logger=_SCM + "7036|" + _SCM + "7040",
    ),
    sn(
        "win.eventlog_service",
        S,
        P,
        "The Event log service was stopped.",
        "Microsoft (R) Windows (R) 10.00. {19045|20348|22631}  Multiprocessor Free.",
        "The system uptime is {num} seconds.",
        logger="EventLog:6005|EventLog:6006|EventLog:6009|EventLog:6013",
    ),
    sn(
        "win.kernel_general",
        S,
        P,
        "The operating system started at system time {ts}.",
        "The operating system is shutting down at system time {ts}.",
        "The system has returned from a low power state.",
        logger="Microsoft-Windows-Kernel-General:12|Microsoft-Windows-Kernel-General:13",
    ),
    sn(
        "win.user32_restart",
        S,
        P,
        "The process C:\\Windows\\system32\\shutdown.exe ({win_host}) has initiated the restart of computer {win_host} "
        "on behalf of user {win_dom}\\{user} for the following reason: Operating System: Service pack (Planned) "
        "Reason Code: 0x80020010 Shutdown Type: restart Comment:",
        "The process C:\\Windows\\uus\\AMD64\\MoUsoCoreWorker.exe ({win_host}) has initiated the restart of computer "
        "{win_host} on behalf of user NT AUTHORITY\\SYSTEM for the following reason: Operating System: Service pack "
        "(Planned) Reason Code: 0x80020010 Shutdown Type: restart",
        logger="User32:1074",
    ),
    sn(
        "win.update_installed",
        S,
        P,
        "Installation Successful: Windows successfully installed the following update: 2024-{10|11|12} Cumulative "
        "Update for Windows Server 2022 for x64-based Systems ({win_kb})",
        "Installation Started: Windows has started installing the following update: Security Intelligence Update "
        "for Microsoft Defender Antivirus - {win_kb} (Version 1.4{n}.{num}.0)",
        "Windows Update started downloading an update.",
        logger="Microsoft-Windows-WindowsUpdateClient:19|Microsoft-Windows-WindowsUpdateClient:43",
    ),
    sn(
        "win.time_service",
        S,
        P,
        "The time provider NtpClient is currently receiving valid time data from {time.windows.com|dc01."
        "corp.local},0x9 (ntp.m|0x9|0.0.0.0:123->{ip}:123).",
        logger="Microsoft-Windows-Time-Service:37",
    ),
    er(
        "win.scm_failed",
        S,
        P,
        "The {win_svc} service failed to start due to the following error: The system cannot find the file specified.",
        "The {win_svc} service depends on the {win_svc2} service which failed to start because of the following "
        "error: The dependency service or group failed to start.",
        "The {win_svc} service terminated with the following error: Access is denied.",
        logger=_SCM + "7000|" + _SCM + "7001|" + _SCM + "7023",
    ),
    er(
        "win.scm_timeout",
        S,
        P,
        "A timeout was reached (30000 milliseconds) while waiting for the {win_svc} service to connect.",
        "A timeout (30000 milliseconds) was reached while waiting for a transaction response from the {win_svc} "
        "service.",
        logger=_SCM + "7009|" + _SCM + "7011",
    ),
    er(
        "win.scm_crashed",
        S,
        P,
        "The {win_svc} service terminated unexpectedly.  It has done this {small} time(s).  The following corrective "
        "action will be taken in 60000 milliseconds: Restart the service.",
        "The {win_svc} service terminated unexpectedly.  It has done this {small} time(s).",
        logger=_SCM + "7031|" + _SCM + "7034",
    ),
    er(
        "win.app_crash",
        S,
        P,
        "Faulting application name: {win_exe}, version: {ver}.0, time stamp: 0x{hex8} Faulting module name: "
        "{ntdll.dll|KERNELBASE.dll|clr.dll}, version: 10.0.{num}.{n}, time stamp: 0x{hex8} Exception code: "
        "0xc0000{005|409|374} Fault offset: 0x000000000{hex8} Faulting process id: 0x{hex4}",
        "Application: {win_exe} Framework Version: v4.0.30319 Description: The process was terminated due to an "
        "unhandled exception. Exception Info: System.{NullReferenceException|OutOfMemoryException|"
        "IO.FileNotFoundException}",
        "The program {win_exe} version {ver}.0 stopped interacting with Windows and was closed. To see if more "
        "information about the problem is available, check the problem history in the Security and Maintenance "
        "control panel.",
        logger="Application Error:1000|.NET Runtime:1026|Application Hang:1002",
    ),
    er(
        "win.update_failed",
        S,
        P,
        "Installation Failure: Windows failed to install the following update with error 0x{80073701|800f0922|"
        "8024200D}: 2024-{10|11} Cumulative Update for Windows 10 Version 22H2 for x64-based Systems ({win_kb}).",
        "Installation Failure: Windows failed to install the following update with error 0x80070643: Security "
        "Update for Microsoft .NET Framework ({win_kb}).",
        logger="Microsoft-Windows-WindowsUpdateClient:20",
    ),
    er(
        "win.gpo_failed",
        S,
        P,
        "The processing of Group Policy failed because of lack of network connectivity to a domain controller. This "
        "may be a transient condition.",
        "The processing of Group Policy failed. Windows attempted to read the file \\\\{win_dom}.local\\SysVol\\"
        "{win_dom}.local\\Policies\\{{{uuid}}}\\gpt.ini from a domain controller and was not successful.",
        logger="Microsoft-Windows-GroupPolicy:1129|Microsoft-Windows-GroupPolicy:1058",
    ),
    er(
        "win.netlogon_dns",
        S,
        P,
        "This computer was not able to set up a secure session with a domain controller in domain {win_dom} due to "
        "the following: There are currently no logon servers available to service the logon request.",
        "Name resolution for the name {domain} timed out after none of the configured DNS servers responded.",
        logger="NETLOGON:5719|Microsoft-Windows-DNS-Client:1014",
    ),
    er(
        "win.schannel",
        S,
        P,
        "A fatal alert was received from the remote endpoint. The TLS protocol defined fatal alert code is "
        "{46|48|40|70}.",
        "An TLS 1.2 connection request was received from a remote client application, but none of the cipher suites "
        "supported by the client application are supported by the server. The TLS connection request has failed.",
        "A fatal error occurred while creating a TLS client credential. The internal error state is 10013.",
        logger="Schannel:36887|Schannel:36874|Schannel:36871",
    ),
    er(
        "win.disk_errors",
        S,
        P,
        "The device, \\Device\\Harddisk{small}\\DR{small2}, has a bad block.",
        "The IO operation at logical block address 0x{hex8} for Disk {small} (PDO name: \\Device\\00000{n}) was "
        "retried.",
        "Reset to device, \\Device\\RaidPort{small}, was issued.",
        "An error was detected on device \\Device\\Harddisk{small}\\DR{small2} during a paging operation.",
        logger="disk:7|disk:153|storahci:129|disk:51",
    ),
    er(
        "win.vss_whea_corrected",
        S,
        P,
        "Volume Shadow Copy Service error: Unexpected error calling routine CoCreateInstance.  hr = 0x80040154, "
        "Class not registered.",
        "A corrected hardware error has occurred. Reported by component: Processor Core Error Source: Corrected "
        "Machine Check Error Type: Cache Hierarchy Error Processor APIC ID: {small}",
        logger="VSS:8193|Microsoft-Windows-WHEA-Logger:19",
    ),
    ce(
        "win.kernel_power_41",
        S,
        P,
        "The system has rebooted without cleanly shutting down first. This error could be caused if the system "
        "stopped responding, crashed, or lost power unexpectedly.",
        logger="Microsoft-Windows-Kernel-Power:41",
    ),
    ce(
        "win.bugcheck",
        S,
        P,
        "The computer has rebooted from a bugcheck.  The bugcheck was: 0x000000{7e|d1|3b|50|ef} (0xffffffffc0000005, "
        "0xfffff80{hex8}, 0xffff{hex8}, 0x0000000000000000). A dump was saved in: C:\\Windows\\MEMORY.DMP. Report Id: "
        "{uuid}.",
        "The computer has rebooted from a bugcheck.  The bugcheck was: 0x00000133 (0x0000000000000001, "
        "0x0000000000001e00, 0xfffff80{hex8}, 0x0000000000000000). A dump was saved in: C:\\Windows\\Minidump\\"
        "{date}-01.dmp.",
        logger="Microsoft-Windows-WER-SystemErrorReporting:1001",
    ),
    ce(
        "win.whea_fatal",
        S,
        P,
        "A fatal hardware error has occurred. Reported by component: Processor Core Error Source: Machine Check "
        "Exception Error Type: Cache Hierarchy Error Processor APIC ID: {small}",
        "A fatal hardware error has occurred. Component: Memory Error Source: Machine Check Exception",
        logger="Microsoft-Windows-WHEA-Logger:18",
    ),
    ce(
        "win.ntfs_corrupt",
        S,
        P,
        "A corruption was discovered in the file system structure on volume {C:|D:|E:}.",
        "The driver detected a controller error on \\Device\\Harddisk{small}\\DR{small2}.",
        logger="Ntfs:55|disk:11",
    ),
    ru(
        "win.low_virtual_memory",
        S,
        P,
        "Windows successfully diagnosed a low virtual memory condition. The following programs consumed the most "
        "virtual memory: {win_exe} ({pid}) consumed {num} bytes, {win_exe2} ({pid2}) consumed {num2} bytes, and "
        "svchost.exe ({pid3}) consumed {num3} bytes.",
        "Windows successfully diagnosed a low virtual memory condition.",
        logger="Microsoft-Windows-Resource-Exhaustion-Detector:2004",
    ),
    ru(
        "win.srv_capacity",
        S,
        P,
        "The {C:|D:|E:} disk is at or near capacity.  You may need to delete some files.",
        "The server was unable to allocate from the system nonpaged pool because the pool was empty.",
        "The server was unable to allocate from the system paged pool because the pool was empty.",
        logger="srv:2013|srv:2019|srv:2020",
    ),
    ru(
        "win.low_disk_popup",
        S,
        P,
        "Application popup: Windows - Low Disk Space : You are running out of disk space on Local Disk ({C:|D:}). To "
        "free space on this drive by deleting old or unnecessary files, click here...",
        logger="Application Popup:26",
    ),
    dw(
        "win.smb1_audit",
        S,
        P,
        "SMB1 access Client Address: {ip} Guidance: This event indicates that a client attempted to access the server "
        "using SMB1. To stop auditing SMB1 access, use the Windows PowerShell cmdlet Set-SmbServerConfiguration.",
        "SMB1 access Client Address: {ip} Guidance: This event indicates that a client attempted to access the "
        "server using SMB1.",
        logger="Microsoft-Windows-SMBServer:3000",
    ),
    wf(
        "win.biztalk_suspended",
        "BizTalkServer",
        P,
        'A message received by adapter "FILE" on receive location "{bts_port}" with URI "C:\\BizTalk\\In\\*.xml" is '
        "suspended. Error details: There was a failure executing the receive pipeline: "
        '"Microsoft.BizTalk.DefaultPipelines.XMLReceive, Microsoft.BizTalk.DefaultPipelines" Source: "XML '
        'disassembler" Receive Port: "{bts_port}" Reason: Finding the document specification by message type '
        '"http://Contoso.Orders#Order" failed. Verify the schema deployed properly.',
        'A message sent to adapter "SOAP" on send port "SP_ERP_Invoice" with URI "http://erp.{domain}/InvoiceService.'
        'asmx" is suspended. Error details: The remote server returned an error: (500) Internal Server Error.',
        logger="BizTalk Server:5719|BizTalk Server:5754",
    ),
    wf(
        "win.biztalk_orchestration",
        "BizTalkServer",
        P,
        "Uncaught exception (see the 'inner exception' below) has suspended an instance of service "
        "'Contoso.Orchestrations.{ProcessOrder|BillCustomer|ApproveInvoice}({uuid})'. The service instance will remain "
        "suspended until administratively resumed or terminated.",
        "The Messaging Engine failed to process a message submitted by adapter:FILE Source URL:C:\\BizTalk\\In\\"
        "*.xml. Details:The published message could not be routed because no subscribers were found.",
        logger="XLANG/s:10034|BizTalk Server:5778",
    ),
    ce(
        "win.cluster_node_removed",
        S,
        P,
        "Cluster node '{win_host}' was removed from the active failover cluster membership. The Cluster service on "
        "this "
        "node may have stopped. This could also be due to the node having lost communication with other active nodes "
        "in the failover cluster.",
        "Disk {small} has been surprise removed.",
        logger="Microsoft-Windows-FailoverClustering:1135|disk:157",
    ),
    er(
        "win.cluster_resource_failed",
        S,
        P,
        "Cluster resource 'SQL Server ({MSSQLSERVER|INST01})' of type 'SQL Server' in clustered role 'SQL Server "
        "({MSSQLSERVER|INST01})' failed.",
        "Cluster resource 'Cluster IP Address' of type 'IP Address' in clustered role 'Cluster Group' failed.",
        logger="Microsoft-Windows-FailoverClustering:1069",
    ),
]
