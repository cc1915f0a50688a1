"""Privilege grants in Windows/Active Directory, the clouds and Kubernetes (Security Alert), each template filed under
the family that writes it (windows_eventlog, cloud_audit, kubernetes, identity).

Joining an ordinary group or assigning a read-only role stays User Action in those families' modules; here a
principal gains administrative rights: Domain/Enterprise/Schema Admins, the local Administrators group, a user
right such as SeDebugPrivilege, AdministratorAccess, roles/owner, the Azure Owner role, Global Administrator,
cluster-admin.

Event texts are Microsoft's own (the Security auditing event reference: 4672 "Special privileges assigned to new
logon.", 4964 "Special groups have been assigned to a new logon.", 4704 "A user right was assigned.", 4728/4732/4756
"A member was added to a security-enabled global/local/universal group.", 4780 "The ACL was set on accounts which are
members of administrators groups.", 5136 "A directory service object was modified."); Entra ID audit activities
("Add member to role", "Add eligible member to role in PIM completed (permanent)"); CloudTrail IAM event names
(AttachUserPolicy, AttachRolePolicy, PutUserPolicy, AddUserToGroup, CreatePolicyVersion, UpdateAssumeRolePolicy)
and GuardDuty finding types (PrivilegeEscalation:IAMUser/AnomalousBehavior); GCP SetIamPolicy bindingDeltas and the
Workspace Admin audit ASSIGN_ROLE event; the Kubernetes audit.k8s.io/v1 Event schema and Falco's k8s_audit rule
"Attach to cluster-admin Role" ("Cluster Role Binding to cluster-admin role (user=... subject=...)").
"""

from functools import partial

from training.templates import make
from training.templates.families.cloud_audit import ct, gcp
from training.templates.families.cloud_audit_azure import az
from training.templates.families.windows_eventlog import FAMILY as WIN
from training.values import register

register(
    {
        "pgc_ad_group": lambda r: r.choice(
            ("Domain Admins", "Enterprise Admins", "Schema Admins", "Account Operators", "Backup Operators")
        ),
        "pgc_local_admin": lambda r: r.choice(("Administrators", "Hyper-V Administrators", "Backup Operators")),
        "pgc_right": lambda r: r.choice(
            (
                "SeDebugPrivilege",
                "SeTcbPrivilege",
                "SeBackupPrivilege",
                "SeTakeOwnershipPrivilege",
                "SeLoadDriverPrivilege",
                "SeImpersonatePrivilege",
            )
        ),
        "pgc_aws_admin": lambda r: r.choice(
            ("AdministratorAccess", "IAMFullAccess", "PowerUserAccess", "AWSOrganizationsFullAccess")
        ),
        "pgc_gcp_role": lambda r: r.choice(
            ("roles/owner", "roles/editor", "roles/iam.securityAdmin", "roles/resourcemanager.organizationAdmin")
        ),
        "pgc_az_role": lambda r: r.choice(("Owner", "User Access Administrator", "Contributor")),
        "pgc_entra_role": lambda r: r.choice(
            (
                "Global Administrator",
                "Privileged Role Administrator",
                "Security Administrator",
                "Exchange Administrator",
            )
        ),
    }
)

FAMILY = WIN
SEC = partial(make, "Security Alert")
W = "win winkv none"
_SUBJ = "Subject: Security ID: {sid} Account Name: {user2} Account Domain: {win_dom} Logon ID: {win_logon_id}"


def _sec(event: str) -> str:
    return f"Microsoft-Windows-Security-Auditing:{event}"


def k8s(verb: str, uri: str, obj: str, body: str) -> str:
    """One Kubernetes API audit Event (audit.k8s.io/v1) at RequestResponse level."""
    return (
        '{{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"RequestResponse","auditID":"{uuid}",'
        '"stage":"ResponseComplete","requestURI":"' + uri + '","verb":"' + verb + '","user":{{"username":"{email}",'
        '"groups":["system:authenticated"]}},"sourceIPs":["{ip}"],"objectRef":' + obj + ',"responseStatus":'
        '{{"metadata":{{}},"code":201}},"requestObject":' + body + "}}"
    )


_CRB = '{{"resource":"clusterrolebindings","name":"{svc}-admin","apiGroup":"rbac.authorization.k8s.io"}}'
_RB = '{{"resource":"rolebindings","namespace":"{ns}","name":"{user}-admin","apiGroup":"rbac.authorization.k8s.io"}}'

TEMPLATES = [
    SEC(
        "win.priv.4672_special",
        "WindowsEventLog",
        W,
        "Special privileges assigned to new logon. Subject: Security ID: {sid} Account Name: {user} Account Domain: "
        "{win_dom} Logon ID: {win_logon_id} Privileges: SeSecurityPrivilege SeBackupPrivilege SeRestorePrivilege "
        "SeTakeOwnershipPrivilege SeDebugPrivilege SeSystemEnvironmentPrivilege SeLoadDriverPrivilege "
        "SeImpersonatePrivilege SeDelegateSessionUserImpersonatePrivilege",
        "Special privileges assigned to new logon. Subject: Security ID: {sid} Account Name: {user} Account Domain: "
        "{win_dom} Logon ID: {win_logon_id} Privileges: SeDebugPrivilege SeTcbPrivilege SeImpersonatePrivilege",
        logger=_sec("4672"),
    ),
    SEC(
        "win.priv.4964_special_groups",
        "WindowsEventLog",
        W,
        "Special groups have been assigned to a new logon. Subject: Security ID: SYSTEM Account Name: {win_host}$ "
        "Account Domain: {win_dom} Logon ID: 0x3E7 New Logon: Security ID: {sid} Account Name: {user} Account Domain: "
        "{win_dom} Logon ID: {win_logon_id} Special Groups Assigned: %{{S-1-5-32-544}}",
        logger=_sec("4964"),
    ),
    SEC(
        "win.priv.4704_user_right",
        "WindowsEventLog",
        W,
        "A user right was assigned. " + _SUBJ + " Target Account: Account Name: {win_dom}\\{user} New Right: User "
        "Right: {pgc_right}",
        "A user right was assigned. " + _SUBJ + " Target Account: Account Name: {sid} New Right: User Right: "
        "SeDebugPrivilege SeTcbPrivilege",
        logger=_sec("4704"),
    ),
    SEC(
        "win.priv.4728_admin_group",
        "WindowsEventLog",
        W,
        "A member was added to a security-enabled global group. " + _SUBJ + " Member: Security ID: {sid} Account "
        "Name: CN={name},OU=Users,DC={win_dom},DC=local Group: Security ID: {sid} Group Name: {pgc_ad_group} Group "
        "Domain: {win_dom}",
        "A member was added to a security-enabled universal group. " + _SUBJ + " Member: Security ID: {sid} Account "
        "Name: CN={name},OU=Staff,DC={win_dom},DC=com Group: Group Name: {Enterprise Admins|Schema Admins} Group "
        "Domain: {win_dom}",
        logger=_sec("4728|Microsoft-Windows-Security-Auditing:4756"),
    ),
    SEC(
        "win.priv.4732_local_admins",
        "WindowsEventLog",
        W,
        "A member was added to a security-enabled local group. " + _SUBJ + " Member: Security ID: {sid} Account Name:"
        " - Group: Security ID: S-1-5-32-544 Group Name: {pgc_local_admin} Group Domain: Builtin",
        "A member was added to a security-enabled local group. Subject: Account Name: {user2} Member: Security ID: "
        "{win_dom}\\{user} Group: Group Name: Administrators Group Domain: Builtin Additional Information: "
        "Privileges: -",
        logger=_sec("4732"),
    ),
    SEC(
        "win.priv.ad_admin_acl",
        "WindowsEventLog",
        W,
        "The ACL was set on accounts which are members of administrators groups. " + _SUBJ + " Target Account: "
        "Security ID: {sid} Account Name: {user} Account Domain: {win_dom}",
        "A directory service object was modified. " + _SUBJ + " Directory Service: Name: {win_dom}.local Object: DN: "
        "CN={Domain Admins|Enterprise Admins|AdminSDHolder,CN=System},DC={win_dom},DC=local Class: "
        "{group|container} Attribute: LDAP Display Name: {member|nTSecurityDescriptor} Operation: Type: Value Added",
        logger=_sec("4780|Microsoft-Windows-Security-Auditing:5136"),
    ),
    SEC(
        "identity.priv.entra_role",
        "azure-ad entra-id",
        "none json",
        '{{"category":"RoleManagement","activityDisplayName":"Add member to role","result":"success",'
        '"initiatedBy":{{"user":{{"userPrincipalName":"{email}"}}}},"targetResources":[{{"userPrincipalName":'
        '"{email2}","modifiedProperties":[{{"displayName":"Role.DisplayName","newValue":"\\"{pgc_entra_role}\\""}}]}}]}}',
        '{{"category":"RoleManagement","activityDisplayName":"Add eligible member to role in PIM completed '
        '(permanent)","result":"success","targetResources":[{{"displayName":"{pgc_entra_role}","type":"Role"}},'
        '{{"userPrincipalName":"{email2}","type":"User"}}]}}',
        family="identity",
    ),
    SEC(
        "identity.priv.workspace_admin",
        "google-workspace",
        "none",
        '{{"kind":"admin#reports#activity","events":[{{"type":"DELEGATED_ADMIN_SETTINGS","name":"ASSIGN_ROLE",'
        '"parameters":[{{"name":"ROLE_NAME","value":"{_SEED_ADMIN_ROLE|Groups Admin|User Management Admin}"}},'
        '{{"name":"USER_EMAIL","value":"{email2}"}}]}}],"actor":{{"email":"{email}"}}}}',
        '{{"kind":"admin#reports#activity","events":[{{"type":"USER_SETTINGS","name":"GRANT_ADMIN_PRIVILEGE",'
        '"parameters":[{{"name":"USER_EMAIL","value":"{email2}"}}]}}],"actor":{{"email":"{email}"}}}}',
        family="identity",
    ),
    SEC(
        "cloud_audit.priv.ct_attach_admin",
        "aws-cloudtrail",
        "none",
        ct(
            "iam.amazonaws.com",
            "AttachUserPolicy",
            ',"requestParameters":{{"userName":"{user}","policyArn":"arn:aws:iam::aws:policy/{pgc_aws_admin}"}}',
        ),
        ct(
            "iam.amazonaws.com",
            "AttachRolePolicy",
            ',"requestParameters":{{"roleName":"{svc}-role","policyArn":"arn:aws:iam::aws:policy/AdministratorAccess"}}',
        ),
        ct(
            "iam.amazonaws.com",
            "AttachGroupPolicy",
            ',"requestParameters":{{"groupName":"{svc}","policyArn":"arn:aws:iam::aws:policy/AdministratorAccess"}}',
        ),
        family="cloud_audit",
    ),
    SEC(
        "cloud_audit.priv.ct_inline_admin",
        "aws-cloudtrail",
        "none",
        ct(
            "iam.amazonaws.com",
            "PutUserPolicy",
            ',"requestParameters":{{"userName":"{user}","policyName":"{svc}-inline","policyDocument":"{{\\"Version\\":'
            '\\"2012-10-17\\",\\"Statement\\":[{{\\"Effect\\":\\"Allow\\",\\"Action\\":\\"*\\",\\"Resource\\":\\"*\\"}}]}}"}}',
        ),
        ct(
            "iam.amazonaws.com",
            "AddUserToGroup",
            ',"requestParameters":{{"groupName":"{Admins|Administrators|admin}","userName":"{user}"}}',
        ),
        ct(
            "iam.amazonaws.com",
            "CreatePolicyVersion",
            ',"requestParameters":{{"policyArn":"arn:aws:iam::{awsacct}:policy/{svc}","setAsDefault":true,'
            '"policyDocument":"{{\\"Statement\\":[{{\\"Effect\\":\\"Allow\\",\\"Action\\":\\"iam:*\\",\\"Resource\\":'
            '\\"*\\"}}]}}"}}',
        ),
        family="cloud_audit",
    ),
    SEC(
        "cloud_audit.priv.guardduty",
        "aws-guardduty",
        "none",
        '{{"schemaVersion":"2.0","accountId":"{awsacct}","region":"{region}","type":"PrivilegeEscalation:IAMUser/'
        'AnomalousBehavior","severity":{small},"title":"Anomalous API commonly used to obtain elevated privileges was '
        'invoked.","resource":{{"accessKeyDetails":{{"userName":"{user}"}}}}}}',
        '{{"detail-type":"GuardDuty Finding","detail":{{"type":"PrivilegeEscalation:Runtime/SetuidSetgidBitModified",'
        '"title":"A setuid or setgid bit was modified in container {hex12}.","severity":{small}}}}}',
        family="cloud_audit",
    ),
    SEC(
        "cloud_audit.priv.gcp_set_iam",
        "gcp-audit",
        "none",
        gcp(
            "SetIamPolicy",
            "cloudresourcemanager.googleapis.com",
            ',"serviceData":{{"policyDelta":{{"bindingDeltas":[{{"action":"ADD","role":"{pgc_gcp_role}",'
            '"member":"user:{email2}"}}]}}}}',
        ),
        gcp(
            "google.iam.admin.v1.SetIAMPolicy",
            "iam.googleapis.com",
            ',"serviceData":{{"policyDelta":{{"bindingDeltas":[{{"action":"ADD","role":'
            '"roles/iam.serviceAccountTokenCreator","member":"user:{email2}"}}]}}}}',
        ),
        gcp(
            "SetIamPolicy",
            "cloudresourcemanager.googleapis.com",
            ',"resourceName":"organizations/{n}","serviceData":{{"policyDelta":{{"bindingDeltas":[{{"action":"ADD",'
            '"role":"roles/resourcemanager.organizationAdmin","member":"serviceAccount:{svc}@{gcp_proj}.iam.'
            'gserviceaccount.com"}}]}}}}',
        ),
        family="cloud_audit",
    ),
    SEC(
        "cloud_audit.priv.az_owner",
        "azure-activity",
        "none",
        az(
            "Microsoft.Authorization/roleAssignments/write",
            "Success",
            tail=',"properties":{{"requestbody":"{{\\"Id\\":\\"{uuid}\\",\\"Properties\\":{{\\"PrincipalId\\":'
            '\\"{uuid2}\\",\\"RoleDefinitionId\\":\\"/providers/Microsoft.Authorization/roleDefinitions/'
            '8e3af657-a8ff-443c-a75c-2fe8c4bcb635\\",\\"Scope\\":\\"/subscriptions/{az_sub}\\"}}}}"}}',
        ),
        az(
            "Microsoft.Authorization/roleAssignments/write",
            "Succeeded",
            tail=',"properties":{{"roleName":"{pgc_az_role}","principalType":"User","scope":"/subscriptions/'
            '{az_sub}"}}',
        ),
        az("Microsoft.Authorization/elevateAccess/action", "Succeeded"),
        family="cloud_audit",
    ),
    SEC(
        "kubernetes.priv.cluster_admin_binding",
        "kube-apiserver",
        "none",
        k8s(
            "create",
            "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings",
            _CRB,
            '{{"kind":"ClusterRoleBinding","metadata":{{"name":"{svc}-admin"}},"subjects":[{{"kind":"{User|'
            'ServiceAccount}","name":"{user}"}}],"roleRef":{{"kind":"ClusterRole","name":"cluster-admin"}}}}',
        ),
        k8s(
            "create",
            "/apis/rbac.authorization.k8s.io/v1/namespaces/{ns}/rolebindings",
            _RB,
            '{{"kind":"RoleBinding","subjects":[{{"kind":"User","name":"{user}"}}],"roleRef":{{"kind":"ClusterRole",'
            '"name":"{admin|cluster-admin}"}}}}',
        ),
        family="kubernetes",
    ),
    SEC(
        "kubernetes.priv.falco_k8s",
        "falco",
        "none json",
        "{ts}: Warning Cluster Role Binding to cluster-admin role (user={email} subject={svc}/{user})",
        "{ts}: Warning Created Role/ClusterRole with wildcard (user={email} role={svc}-all rules=[{{apiGroups: [*], "
        "resources: [*], verbs: [*]}}])",
        family="kubernetes",
    ),
    SEC(
        "kubernetes.priv.openshift_policy",
        "openshift",
        "none klog",
        'clusterrole.rbac.authorization.k8s.io/cluster-admin added: "{user}"',
        'clusterrole.rbac.authorization.k8s.io/{admin|cluster-admin} added: "system:serviceaccount:{ns}:{svc}"',
        family="kubernetes",
    ),
]
