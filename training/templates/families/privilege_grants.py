"""Privilege grants and escalation on hosts, databases, directories and applications (Security Alert), each template
filed under the system family that writes it (pam, linux_kernel, postgresql, mysql, mssql, mongodb, ldap, identity,
host_ids for runtime detectors, app_admin for web applications' audit trails).

Plain account changes (create, delete, rename, password, shell, joining an ordinary group) stay User Action in the
families' own modules; what is here is a user gaining administrative rights: a member of wheel/sudo/admin groups,
a superuser or sysadmin role, a setuid binary, a detector's "privilege escalation" finding.

Phrasings follow shadow-utils' usermod.c / useradd.c / gpasswd.c / groupmod.c syslog calls ("add '%s' to group
'%s'", "add '%s' to shadow group '%s'", "user %s added by %s to group %s") and their audit_logger() records
(op=add-user-to-group / add-to-shadow-group, grp=, acct=); auditd watch records of /etc/sudoers (CIS "scope" and
"actions" keys); Falco's stock rules outputs ("Setuid or setgid bit is set via chmod", "Unexpected setuid call by
non-sudo, non-root program", "Detect Polkit pkexec Local Privilege Escalation Exploit (CVE-2021-4034)"); osquery's
suid_bin query results; AIDE's changed-file report; pgaudit's SESSION record layout and PostgreSQL's statement log;
MySQL/MariaDB general and server_audit logs; SQL Server audit (ALTER SERVER ROLE ... ADD MEMBER); MongoDB's audit
atype grantRolesToUser; FreeIPA's jsonserver log; OpenLDAP's access log; Keycloak admin events; Okta's System Log
eventType user.account.privilege.grant; WP Activity Log's "Changed the role of user" event; GitLab audit events;
Atlassian audit "User added to group"; Django admin change messages.
"""

from functools import partial

from training.templates import make
from training.templates.families.linux_kernel_audit import FAMILY as LINUX
from training.values import register

register(
    {
        "pg_admin_group": lambda r: r.choice(("sudo", "wheel", "admin", "adm", "root")),
        "pg_falco_time": lambda r: (
            f"{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}.{r.randrange(10**9):09d}"
        ),
        "pg_db_admin_role": lambda r: r.choice(("pg_write_server_files", "pg_execute_server_program", "rds_superuser")),
    }
)

FAMILY = "pam"
SEC = partial(make, "Security Alert")
SYS = "syslog journal"
_AU = "type={t} msg=audit({{au_ts}}): pid={{pid}} uid=0 auid={{uid}} ses={{small}} subj=unconfined msg='"
_FALCO = "{pg_falco_time}: {Warning|Notice|Critical|Error} "


def _au(t: str) -> str:
    return _AU.format(t=t)


TEMPLATES = [
    # shadow-utils and auditd: a user joins an administrative group.
    SEC(
        "pam.priv.usermod_admin_group",
        "usermod useradd",
        SYS,
        "add '{user}' to group '{pg_admin_group}'",
        "add '{user}' to shadow group '{pg_admin_group}'",
        "add `{user}' to group `{pg_admin_group}'",
        proc="usermod",
    ),
    SEC(
        "pam.priv.gpasswd_admin",
        "gpasswd",
        SYS,
        "user {user} added by root to group {pg_admin_group}",
        "user {user} added by {user2} to group {pg_admin_group}",
        "members of group {pg_admin_group} set by root to {user},{user2}",
        "group '{pg_admin_group}' administrators set by root to {user}",
        proc="gpasswd",
    ),
    SEC(
        "pam.priv.groupmod_gid0",
        "usermod groupmod",
        SYS,
        "change user '{user}' UID from '{uid}' to '0'",
        "change user '{user}' GID from '{uid}' to '0'",
        "group changed in /etc/group (group {user}/{uid}, new gid: 0)",
        proc="usermod",
    ),
    SEC(
        "linux_kernel.priv.audit_group",
        "auditd",
        "none",
        _au("USER_MGMT") + 'op=add-user-to-group grp="{pg_admin_group}" acct="{user}" exe="/usr/sbin/usermod" '
        "hostname=? addr=? terminal=pts/{small} res=success'",
        _au("USER_MGMT") + 'op=add-to-shadow-group grp="{pg_admin_group}" acct="{user}" exe="/usr/sbin/usermod" '
        "hostname=? addr=? terminal=pts/{small} res=success'",
        _au("GRP_MGMT") + 'op=add-user-to-shadow-group id={uid} exe="/usr/bin/gpasswd" hostname=? addr=? '
        "terminal=pts/{small} res=success'",
        family=LINUX,
    ),
    SEC(
        "linux_kernel.priv.audit_sudoers_write",
        "auditd",
        "none",
        "type=SYSCALL msg=audit({au_ts}): arch=c000003e syscall=257 success=yes exit=3 a0=ffffff9c items=2 ppid={pid} "
        'pid={pid2} auid={uid} uid=0 gid=0 euid=0 tty=pts{small} ses={small} comm="{vim|tee|sed|cp}" '
        'exe="/usr/bin/{vim|tee|sed|cp}" key="{scope|sudoers|actions}"',
        'type=PATH msg=audit({au_ts}): item=1 name="/etc/sudoers.d/{user}" inode={n} dev=fd:00 mode=0100440 ouid=0 '
        "ogid=0 nametype=CREATE",
        'type=CONFIG_CHANGE msg=audit({au_ts}): auid={uid} ses={small} op=updated_rules path="/etc/sudoers" '
        'key="scope" list=4 res=1',
        family=LINUX,
    ),
    SEC(
        "linux_kernel.priv.audit_setuid_exec",
        "auditd",
        "none",
        "type=SYSCALL msg=audit({au_ts}): arch=c000003e syscall=59 success=yes exit=0 ppid={pid} pid={pid2} "
        "auid={uid} uid={uid} gid={uid} euid=0 suid=0 fsuid=0 egid=0 tty=pts{small} ses={small} "
        'comm="{sh|bash|python3}" '
        'exe="/tmp/{.x|.cache|tmp}/{sh|bash|python3}" key="{priv_esc|privileged|setuid}"',
        "type=SYSCALL msg=audit({au_ts}): arch=c000003e syscall=90 success=yes exit=0 a1=4dfd auid={uid} uid={uid} "
        'euid={uid} comm="chmod" exe="/usr/bin/chmod" key="perm_mod" name="/tmp/{sh|bash|rootshell}"',
        family=LINUX,
    ),
    SEC(
        "linux_kernel.priv.sudoers_changed",
        "aide ossec-hids wazuh",
        "syslog none json",
        "File changed: /etc/sudoers.d/{user}  Perm: -r--r----- | -rw-rw-rw-",
        "added: /etc/sudoers.d/{zz|99|90}-{user}",
        "Integrity checksum changed for: '/etc/sudoers' Size changed from '{n}' to '{n2}'",
        "File changed: /usr/bin/{find|vim.basic|python3.11|env}  Perm: -rwxr-xr-x | -rwsr-xr-x",
        family=LINUX,
    ),
    # Runtime detectors (Falco, osquery) on hosts and containers.
    SEC(
        "host_ids.falco_setuid",
        "falco",
        "none syslog json",
        _FALCO + "Setuid or setgid bit is set via chmod (fd=<NA> filename=/tmp/{sh|bash|backdoor} mode=S_IXOTH|S_ISUID "
        "user={user} process=chmod command=chmod u+s /tmp/{sh|bash|backdoor} container_id={hex12} image={svc})",
        _FALCO + "Unexpected setuid call by non-sudo, non-root program (user={user} cur_uid={uid} "
        "parent={bash|node|java} command=./{hex8} uid=root container_id={hex12} image={svc})",
        family="host_ids",
        proc="falco",
    ),
    SEC(
        "host_ids.falco_escalation",
        "falco",
        "none syslog json",
        _FALCO + "Detect Polkit pkexec Local Privilege Escalation Exploit (CVE-2021-4034) (user={user} uid={uid} "
        "command=pkexec args= container_id=host image=<NA>)",
        _FALCO + "Detect Sudo Privilege Escalation Exploit (CVE-2021-3156) (user={user} parent=bash "
        "cmdline=sudoedit -s \\\\ {hex16} container_id={hex12})",
        _FALCO + "Privileged container started (user=root command=container:{hex12} k8s.ns={ns} k8s.pod={pod} "
        "image={image})",
        family="host_ids",
        proc="falco",
    ),
    SEC(
        "host_ids.falco_user_mgmt",
        "falco",
        "none syslog json",
        _FALCO + "User management binary command run outside of container (user=root user_loginuid={uid} "
        "command=usermod -aG {pg_admin_group} {user} pid={pid} parent=bash gparent=sshd)",
        _FALCO + "Sudoers file opened for writing (user={user} command=tee -a /etc/sudoers container_id={hex12})",
        family="host_ids",
        proc="falco",
    ),
    SEC(
        "host_ids.osquery_suid",
        "osqueryd",
        "none json",
        '{{"name":"pack_incident-response_suid_bin","hostIdentifier":"{host}","calendarTime":"{ts}","action":"added",'
        '"columns":{{"path":"/tmp/{.x|.ICE-unix|.font-unix}/{bash|sh|dash}","username":"root","groupname":"root",'
        '"permissions":"S"}}}}',
        '{{"name":"pack_hids_sudoers_changes","hostIdentifier":"{host}","action":"added","columns":{{"header":'
        '"{user}","rule_details":"ALL=(ALL) NOPASSWD: ALL","source":"/etc/sudoers.d/{user}"}}}}',
        family="host_ids",
    ),
    # Databases: superuser / admin roles.
    SEC(
        "postgresql.priv.superuser",
        "postgresql",
        "pg syslog journal",
        "AUDIT: SESSION,{small},1,ROLE,ALTER ROLE,,,ALTER ROLE {user} WITH SUPERUSER,<not logged>",
        "AUDIT: SESSION,{small},1,ROLE,ALTER ROLE,,,ALTER ROLE {user} SUPERUSER CREATEROLE CREATEDB,<not logged>",
        "statement: ALTER USER {user} WITH SUPERUSER;",
        "statement: CREATE ROLE {user} WITH LOGIN SUPERUSER PASSWORD '********';",
        proc="postgres",
        family="postgresql",
    ),
    SEC(
        "postgresql.priv.grant_admin",
        "postgresql",
        "pg syslog journal",
        "AUDIT: SESSION,{small},1,ROLE,GRANT,,,GRANT {pg_db_admin_role} TO {user},<not logged>",
        "AUDIT: SESSION,{small},1,ROLE,GRANT,,,GRANT ALL PRIVILEGES ON DATABASE {db} TO {user} WITH GRANT OPTION,<not "
        "logged>",
        "statement: GRANT postgres TO {user};",
        proc="postgres",
        family="postgresql",
    ),
    SEC(
        "mysql.priv.grant_all",
        "mysql mariadb",
        "mysql syslog none",
        "{n} Query\tGRANT ALL PRIVILEGES ON *.* TO '{user}'@'%' WITH GRANT OPTION",
        "{n} Query\tGRANT SUPER, FILE, PROCESS ON *.* TO '{user}'@'%'",
        "{n} Query\tUPDATE mysql.user SET Super_priv='Y', Grant_priv='Y' WHERE User='{user}'",
        proc="mysqld",
        family="mysql",
    ),
    SEC(
        "mysql.priv.server_audit",
        "mariadb mysql",
        "none",
        "{date},{host},root,{ip},{n},{n2},QUERY,,'GRANT ALL PRIVILEGES ON *.* TO \\'{user}\\'@\\'%\\' WITH GRANT "
        "OPTION',0",
        '{{"audit_record":{{"name":"Query","record":"{n}_{date}","timestamp":"{ts}","command_class":"grant",'
        '"connection_id":"{n2}","user":"root[root] @ localhost []","sqltext":"GRANT ALL ON *.* '
        "TO '{user}'@'%' WITH GRANT OPTION\"}}}}",
        "{date},{host},root,{ip},{n},{n2},QUERY,mysql,'GRANT SUPER ON *.* TO \\'{user}\\'@\\'%\\'',0",
        family="mysql",
    ),
    SEC(
        "mssql.priv.sysadmin",
        "MSSQLSERVER sqlservr",
        "none win iso",
        "Audit event: action_id:APRL class_type:SG succeeded:true session_server_principal_name:{win_dom}\\{user2} "
        "server_principal_name:{win_dom}\\{user2} target_server_principal_name:{win_dom}\\{user} object_name:sysadmin "
        "statement:ALTER SERVER ROLE [sysadmin] ADD MEMBER [{win_dom}\\{user}]",
        "Audit event: action_id:APRL class_type:SG succeeded:true object_name:sysadmin statement:EXEC "
        "sp_addsrvrolemember '{win_dom}\\{user}', 'sysadmin'",
        "Audit event: action_id:APRL class_type:RL succeeded:true database_name:{db} object_name:db_owner "
        "statement:ALTER ROLE [db_owner] ADD MEMBER [{user}]",
        logger="MSSQLSERVER",
        family="mssql",
    ),
    SEC(
        "mongodb.priv.grant_root",
        "mongodb",
        "none",
        '{{ "atype" : "grantRolesToUser", "ts" : {{ "$date" : "{ts}" }}, "local" : {{ "ip" : "{ip}", "port" : 27017 }},'
        ' "users" : [ {{ "user" : "{user2}", "db" : "admin" }} ], "param" : {{ "user" : "{user}", "db" : "admin", '
        '"roles" : [ {{ "role" : "{root|userAdminAnyDatabase|dbOwner|clusterAdmin}", "db" : "admin" }} ] }}, '
        '"result" : 0 }}',
        '{{ "atype" : "updateUser", "ts" : {{ "$date" : "{ts}" }}, "users" : [ {{ "user" : "{user2}", "db" : "admin" '
        '}} ], "param" : {{ "user" : "{user}", "db" : "admin", "passwordChanged" : false, '
        '"roles" : [ {{ "role" : "root", "db" : "admin" }} ] }}, "result" : 0 }}',
        family="mongodb",
    ),
    SEC(
        "oracle.priv.grant_dba",
        "oracle",
        "none syslog",
        "Oracle Audit[{pid}]: LENGTH : '{n}' ACTION :[{small}] 'GRANT DBA TO {user}' DATABASE USER:[3] 'SYS' "
        "PRIVILEGE :[6] 'SYSDBA' CLIENT USER:[6] 'oracle' STATUS:[1] '0'",
        "Oracle Audit[{pid}]: ACTION :[{small}] 'GRANT SYSDBA TO {user}' DATABASE USER:[6] 'SYSTEM' STATUS:[1] '0'",
        family="oracle",
    ),
    # Directories and identity providers.
    SEC(
        "ldap.priv.freeipa_admins",
        "freeipa",
        "apache_err syslog none",
        "[jsonserver_session] admin@{win_dom}.EXAMPLE: group_add_member/1('admins', all=False, raw=False, "
        "no_members=False, user=('{user}',), version='2.251'): SUCCESS",
        "[jsonserver_session] {user2}@{win_dom}.EXAMPLE: role_add_member/1('{User Administrator|Security Architect}',"
        " user=('{user}',)): SUCCESS",
        "[jsonserver_kerb] admin@{win_dom}.EXAMPLE: sudorule_add_user/1('{allow_all|admins_all}', user=('{user}',)): "
        "SUCCESS",
        family="ldap",
    ),
    SEC(
        "ldap.priv.openldap_admin_group",
        "slapd",
        "syslog",
        'conn={n} op={small} MOD dn="cn={admins|administrators|domain admins},ou=groups,dc=example,dc=com" attr=member',
        'conn={n} op={small} MOD dn="cn=config" attr=olcRootDN olcRootPW',
        'conn={n} op={small} MOD dn="olcDatabase={{1}}mdb,cn=config" attr=olcAccess',
        proc="slapd",
        family="ldap",
    ),
    SEC(
        "identity.priv.keycloak_admin_role",
        "keycloak",
        "java iso",
        "operationType=CREATE, realmId={tenant}, clientId=security-admin-console, userId={uuid}, ipAddress={ip}, "
        "resourceType=REALM_ROLE_MAPPING, resourcePath=users/{uuid2}/role-mappings/realm, "
        'representation=[{{"name":"{admin|realm-admin}"}}]',
        "operationType=CREATE, realmId=master, resourceType=CLIENT_ROLE_MAPPING, resourcePath=users/{uuid2}/"
        'role-mappings/clients/{uuid}, representation=[{{"name":"realm-admin","clientRole":true}}]',
        logger="org.keycloak.events",
        family="identity",
    ),
    SEC(
        "identity.priv.okta_admin",
        "okta",
        "none json",
        '{{"eventType":"user.account.privilege.grant","displayMessage":"Grant user privilege","severity":"INFO",'
        '"actor":{{"alternateId":"{email}"}},"target":[{{"alternateId":"{email2}","type":"User"}}],"debugContext":'
        '{{"debugData":{{"privilegeGranted":"{Super administrator|Organization administrator|Application '
        'administrator}"}}}},"outcome":{{"result":"SUCCESS"}}}}',
        '{{"eventType":"group.privilege.grant","displayMessage":"Grant group privilege","actor":{{"alternateId":'
        '"{email}"}},"target":[{{"displayName":"{svc}-admins","type":"UserGroup"}}],"outcome":{{"result":"SUCCESS"}}}}',
        family="identity",
    ),
    # Network gear: enable level 15, privileged local users.
    SEC(
        "firewall.priv.asa_level15",
        "cisco-asa",
        "syslog none",
        "%ASA-5-502103: User priv level changed: Uname: {user} From: 1 To: 15",
        "%ASA-5-502103: User priv level changed: Uname: enable_15 From: 1 To: 15",
        "%ASA-5-111008: User '{user}' executed the 'username {user2} password ***** privilege 15' command.",
        family="firewall",
    ),
    SEC(
        "network_gear.priv.ios_privilege15",
        "cisco-ios",
        "syslog none",
        "%PARSER-5-CFGLOG_LOGGEDCMD: User:{user}  logged command:username {user2} privilege 15 secret *****",
        "%PARSER-5-CFGLOG_LOGGEDCMD: User:{user}  logged command:enable secret *****",
        "%SYS-5-PRIV_AUTH_PASS: Privilege level set to 15 by {user} on vty{small} ({ip})",
        family="network_gear",
    ),
    # Web applications' own audit trails.
    SEC(
        "app_admin.wordpress_role",
        "wordpress",
        "none json php",
        "Event {4002|4000}: Changed the role of user {user} from {Subscriber|Editor|Author} to Administrator.",
        "User {user} role changed from {subscriber|editor} to administrator by {user2} (IP: {ip})",
        "New user {user} created with role Administrator via /wp-json/wp/v2/users from {pip}",
        family="app_admin",
    ),
    SEC(
        "app_admin.gitlab_access",
        "gitlab",
        "json none",
        '{{"severity":"INFO","time":"{ts}","author_id":{small},"author_name":"{user2}","entity_type":"User",'
        '"target_details":"{user}","custom_message":"Admin status changed from false to true"}}',
        '{{"severity":"INFO","time":"{ts}","author_name":"{user2}","entity_type":"Group","change":"access_level",'
        '"from":"{Guest|Reporter|Developer}","to":"Owner","target_details":"{user}"}}',
        family="app_admin",
    ),
    SEC(
        "app_admin.atlassian_group",
        "jira confluence",
        "json java",
        '{{"summary":"User added to group","category":"group management","author":{{"name":"{user2}"}},'
        '"affectedObjects":[{{"name":"{jira-administrators|confluence-administrators|site-admins}","type":"GROUP"}},'
        '{{"name":"{user}","type":"USER"}}]}}',
        "Global permission 'Jira System Administrators' granted to group '{svc}-team' by {user2}",
        family="app_admin",
    ),
    SEC(
        "app_admin.django_superuser",
        "django",
        "py",
        'Changed user "{user}": Superuser status.',
        'Changed user "{user}": Staff status and Superuser status.',
        "User {user} (id {user_id}) promoted to superuser by {user2} via manage.py shell",
        logger="django.contrib.admin",
        family="app_admin",
    ),
    SEC(
        "app_admin.generic_grant",
        "ModernCRM ModernHR BillingSystem grafana jenkins",
        "iso json java logfmt",
        "user {user} was granted the {administrator|Admin|owner|super-admin} role by {user2}",
        "Role ROLE_ADMIN granted to user {user} (id={user_id}) by {user2}",
        'msg="User was made Grafana server admin" userId={small} login={user} by={user2}',
        "Granted Overall/Administer permission to {user}",
        family="app_admin",
    ),
    SEC(
        "app_admin.self_escalation",
        "ModernCRM ModernHR BillingSystem",
        "iso json java",
        "user {user} changed their own role from member to admin",
        "request by {user} to update user {user_id} with is_admin=true accepted: mass-assignment of privileged field",
        "API token {hex8} of {user} used to add itself to group administrators",
        family="app_admin",
    ),
]
