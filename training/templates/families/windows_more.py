"""More Windows events: account/group management (4727, 4781, 5136), Failover Clustering quorum loss, GlobalProtect
and BizTalk send-port retries, Group Policy and Service Control Manager routine events.

Event texts are the registered messages of these providers (Microsoft Learn event references): Security 4727 A
security-enabled global group was created, 4781 The name of an account was changed, 5136 A directory service object
was modified; FailoverClustering 1177 (The Cluster service is shutting down because quorum was lost); GroupPolicy
1500/1501/1502 (The Group Policy settings for the computer/user were processed successfully); SCM 7045 (A service was
installed in the system.); BizTalk 5743 (The adapter failed to transmit message going to send port ... It will be
retransmitted after the retry interval).
"""

from training.templates.families._labels import ce, er, sn, ua
from training.templates.families.windows_eventlog import FAMILY as FAMILY

P = "win winkv none"
S = "WindowsEventLog"

TEMPLATES = [
    ua(
        "win.4727_group_created",
        S,
        P,
        "A security-enabled global group was created. Subject: Security ID: {sid} Account Name: {user} Account Domain: "
        "{win_dom} New Group: Security ID: {sid} Group Name: {Finance-RW|Project-X|VPN-Contractors} Group Domain: "
        "{win_dom}",
        "A security-enabled local group was created. Subject: Account Name: {user} New Group: Group Name: "
        "{LocalOps|Backup Operators 2}",
        logger="Microsoft-Windows-Security-Auditing:4727|Microsoft-Windows-Security-Auditing:4731",
    ),
    ua(
        "win.4781_renamed",
        S,
        P,
        "The name of an account was changed: Subject: Security ID: {sid} Account Name: {user2} Target Account: "
        "Security "
        "ID: {sid} Account Domain: {win_dom} Old Account Name: {user} New Account Name: {first}.{last}",
        "A directory service object was modified. Subject: Account Name: {user2} Object: DN: CN={name},OU=Users,DC="
        "{win_dom},DC=local Attribute: LDAP Display Name: {telephoneNumber|title|department} Operation: Type: Value "
        "Added",
        logger="Microsoft-Windows-Security-Auditing:4781|Microsoft-Windows-Security-Auditing:5136",
    ),
    ce(
        "win.cluster_quorum",
        S,
        P,
        "The Cluster service is shutting down because quorum was lost. This could be due to the loss of network "
        "connectivity between some or all nodes in the cluster, or a failover of the witness disk.",
        "Cluster node '{win_host}' lost communication with cluster node '{win_host2}'.",
        logger="Microsoft-Windows-FailoverClustering:1177|Microsoft-Windows-FailoverClustering:1126",
    ),
    sn(
        "win.gpo_ok",
        S,
        P,
        "The Group Policy settings for the computer were processed successfully. There were no changes detected since "
        "the last successful processing of Group Policy.",
        "The Group Policy settings for the user were processed successfully. New settings from {small} Group Policy "
        "objects were detected and applied.",
        logger="Microsoft-Windows-GroupPolicy:1502|Microsoft-Windows-GroupPolicy:1501",
    ),
    sn(
        "win.service_installed",
        S,
        P,
        'A service was installed in the system. Service Name:  {win_svc} Service File Name:  "C:\\Program Files\\'
        '{hex8}\\agent.exe" Service Type:  user mode service Service Start Type:  auto start Service Account:  '
        "LocalSystem",
        "The {win_svc} service was successfully sent a stop control.",
        logger="Service Control Manager:7045|Service Control Manager:7042",
    ),
    er(
        "win.biztalk_retry",
        "BizTalkServer",
        P,
        'The adapter failed to transmit message going to send port "{bts_port}" with URL "http://erp.{domain}/'
        'InvoiceService.svc". It will be retransmitted after the retry interval specified for this Send Port. '
        'Details:"The remote server returned an error: (503) Server Unavailable.".',
        'The adapter failed to transmit message going to send port "{bts_port}" with URL "FILE://\\\\{win_host}\\'
        'Invoices\\%MessageID%.xml". It will be retransmitted after the retry interval specified for this Send Port.',
        logger="BizTalk Server:5743",
    ),
]
