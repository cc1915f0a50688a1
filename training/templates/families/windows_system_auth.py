"""Windows System-log authentication and TLS events, and Security-log service/task events (the `windows_eventlog`
family, same prefixes and sources as windows_system_events.py; the rest of this batch is windows_system_more.py).

Texts are the message strings of these providers as libyal/winevt-kb extracted them from the Windows message files
(docs/sources/message-files/MessageFile-<file>.md at commit 5e51c65e83317e81eb68bca37a0fc56cc512eb1e):
- kerberos.dll (10.0.22000.1): Security-Kerberos 4 "The Kerberos client received a KRB_AP_ERR_MODIFIED error from the
  server %1. The target name used was %3. ..." and 7 "The digitally signed Privilege Attribute Certificate (PAC) ...
  could not be validated.";
- kdcsvc.dll: Kerberos-Key-Distribution-Center 14/16/26/27 "While processing an AS/TGS request for target service
  %1, the account %2 did not have a suitable key for generating a Kerberos ticket ...";
- lsasrv.dll (10.0.19041.1): LsaSrv 40960 "The Security System detected an authentication error for the server %1.
  The failure code from authentication protocol %2 was %3.", 40961 "... could not establish a secured connection
  with the server %1. No authentication protocol was available."; the Schannel texts it holds: 36888 "A fatal alert
  was generated and sent to the remote endpoint. ...", 36870 (TLS credential private key), 36886 (no suitable default
  server credential), 36882 (untrusted certificate authority), 36884 (certificate does not contain the expected
  name).
Security log: the Microsoft Learn "Advanced security audit policy" event pages 4697 "A service was installed in the
system.", 4698 "A scheduled task was created." and 4699 "A scheduled task was deleted." (learn.microsoft.com/
previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4698 and siblings).

Labels: a ticket or PAC the target could not decrypt or validate, a logon the LSA saw refused for bad credentials,
and a server certificate rejected as untrusted or misnamed are Security Alert; a missing key, no logon server, no
protocol, a missing TLS credential or a TLS alert are Error (a connection that did not complete); a service installed
or a task created or deleted is System Notification, as SCM 7045 is in windows_more.py.
"""

from training.templates.families._labels import er, sa, sn
from training.templates.families.windows_eventlog import FAMILY as FAMILY
from training.templates.families.windows_system_events import P, S

_KDC = "Microsoft-Windows-Kerberos-Key-Distribution-Center:"
_SEC = "Microsoft-Windows-Security-Auditing:"
_SPN = "{cifs|HTTP|MSSQLSvc|host|ldap}/{win_host}.{win_dom}.local"
_SUBJ = "Subject: Security ID: {sid} Account Name: {user} Account Domain: {win_dom} Logon ID: {win_logon_id}"
_TASK = (
    "{\\Microsoft\\Windows\\UpdateOrchestrator\\Schedule Scan|\\Backup\\Nightly-Files|\\GoogleUpdateTaskMachineUA|"
    "\\Microsoft\\Office\\OfficeTelemetryAgentLogOn2016}"
)

TEMPLATES = [
    sa(
        "win.kerberos_ap_modified",
        S,
        P,
        "The Kerberos client received a KRB_AP_ERR_MODIFIED error from the server {win_host}$. The target name used "
        "was " + _SPN + ". This indicates that the target server failed to decrypt the ticket provided by the "
        "client. This can occur when the target server principal name (SPN) is registered on an account other than "
        "the account the target service is using. Ensure that the target SPN is only registered on the account used "
        "by the server. This error can also happen if the target service account password is different than what is "
        "configured on the Kerberos Key Distribution Center for that target service. Ensure that the service on the "
        "server and the KDC are both configured to use the same password. If the server name is not fully "
        "qualified, and the target domain ({win_dom}.LOCAL) is different from the client domain ({win_dom}.LOCAL), "
        "check if there are identically named server accounts in these two domains, or use the fully-qualified name "
        "to identify the server.",
        "The Kerberos client received a KRB_AP_ERR_MODIFIED error from the server {win_host}$. The target name used "
        "was " + _SPN + ". This indicates that the target server failed to decrypt the ticket provided by the "
        "client.",
        "The digitally signed Privilege Attribute Certificate (PAC) that contains the authorization information for "
        "client {user} in realm {win_dom}.LOCAL could not be validated.  This error is usually caused by domain "
        "trust failures; Contact your system administrator.",
        logger="Microsoft-Windows-Security-Kerberos:4|Microsoft-Windows-Security-Kerberos:7",
        sev="error warn",
    ),
    er(
        "win.kdc_no_suitable_key",
        S,
        P,
        "While processing an AS request for target service krbtgt, the account {user} did not have a suitable key "
        "for generating a Kerberos ticket (the missing key has an ID of {1|2|8}).  The requested etypes were 18  17  "
        "23  24  -135  3.  The accounts available etypes were 23  -133  -128.  Changing or resetting the password "
        "of {user} will generate a proper key.",
        "While processing a TGS request for the target server " + _SPN + ", the account {win_host}$ did not have a "
        "suitable key for generating a Kerberos ticket (the missing key has an ID of {1|8}). The requested etypes "
        "were 18  17  23.  The accounts available etypes were 23  -133  -128.",
        logger=_KDC + "14|" + _KDC + "16|" + _KDC + "26|" + _KDC + "27",
    ),
    sa(
        "win.lsa_auth_error",
        S,
        P,
        "The Security System detected an authentication error for the server " + _SPN + ". The failure code from "
        'authentication protocol Kerberos was "The user name or password is incorrect. (0xc000006d)".',
        "The Security System detected an authentication error for the server " + _SPN + ". The failure code from "
        'authentication protocol Kerberos was "The referenced account is currently locked out and may not be logged '
        'on to. (0xc0000234)".',
        "The Security System detected an authentication error for the server " + _SPN + ". The failure code from "
        'authentication protocol Kerberos was "The attempted logon is invalid. This is either due to a bad username '
        'or authentication information. (0xc000006d)".',
        logger="LsaSrv:40960",
        sev="warn error",
    ),
    er(
        "win.lsa_no_protocol",
        S,
        P,
        "The Security System could not establish a secured connection with the server " + _SPN + ". No "
        "authentication protocol was available.",
        "The Security System detected an authentication error for the server " + _SPN + ". The failure code from "
        'authentication protocol Kerberos was "There are currently no logon servers available to service the logon '
        'request. (0xc000005e)".',
        logger="LsaSrv:40961|LsaSrv:40960",
    ),
    er(
        "win.schannel_alert_sent",
        S,
        P,
        "A fatal alert was generated and sent to the remote endpoint. This may result in termination of the "
        "connection. The TLS protocol defined fatal alert code is {40|42|46|48|70|80}.    Target name: {domain}  The "
        "TLS alert registry can be found at http://www.iana.org/assignments/tls-parameters/tls-parameters.xhtml"
        "#tls-parameters-6",
        "A fatal error occurred when attempting to access the TLS server credential private key. The error code "
        "returned from the cryptographic module is 0x{8009030D|80090016}. The internal error state is 10001.",
        "No suitable default server credential exists on this system. This will prevent server applications that "
        "expect to make use of the system default credentials from accepting SSL connections. An example of such an "
        "application is the directory server. Applications that manage their own credentials, such as the internet "
        "information server, are not affected by this.",
        logger="Schannel:36888|Schannel:36870|Schannel:36886",
    ),
    sa(
        "win.schannel_cert_rejected",
        S,
        P,
        "The certificate received from the remote server was issued by an untrusted certificate authority. Because "
        "of this, none of the data contained in the certificate can be validated. The TLS connection request has "
        "failed. The attached data contains the server certificate.",
        "The certificate received from the remote server does not contain the expected name. It is therefore not "
        "possible to determine whether we are connecting to the correct server. The server name we were expecting "
        "is {domain}. The TLS connection request has failed. The attached data contains the server certificate.",
        logger="Schannel:36882|Schannel:36884",
        sev="error warn",
    ),
    sn(
        "win.4698_task",
        S,
        P,
        "A scheduled task was created. " + _SUBJ + " Task Information: Task Name: " + _TASK + " Task Content: "
        '<?xml version="1.0" encoding="UTF-16"?> <Task version="1.2" xmlns="http://schemas.microsoft.com/windows/'
        '2004/02/mit/task"> <RegistrationInfo> <Date>{date}T0{small}:1{small}:00</Date> <Author>{win_dom}\\{user}'
        "</Author> </RegistrationInfo>",
        "A scheduled task was deleted. " + _SUBJ + " Task Information: Task Name: " + _TASK + " Task Content:",
        logger=_SEC + "4698|" + _SEC + "4699",
    ),
    sn(
        "win.4697_service",
        S,
        P,
        "A service was installed in the system. " + _SUBJ + " Service Information: Service Name: Sysmon64 Service "
        "File Name: C:\\Windows\\Sysmon64.exe Service Type: 0x10 Service Start Type: 2 Service Account: LocalSystem",
        "A service was installed in the system. " + _SUBJ + " Service Information: Service Name: {win_svc} Service "
        'File Name: "C:\\Program Files\\{Datadog\\Datadog Agent\\bin\\agent.exe|Veeam\\Endpoint Backup\\'
        'Veeam.EndPoint.Service.exe}" Service Type: 0x10 Service Start Type: {2|3} Service Account: LocalSystem',
        logger=_SEC + "4697",
    ),
]
