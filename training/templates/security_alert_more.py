"""Security Alert, more systems: failed or denied access, blocked traffic, detections, tampering, brute force."""

from functools import partial

from training.templates import make

t = partial(make, "Security Alert")
APPS = "ModernCRM BillingSystem ModernHR ThirdPartyAPI"

TEMPLATES = [
    t(
        "sec.win_audit_cleared",
        "WindowsEventLog",
        "win winkv none",
        "The audit log was cleared. Subject: Security ID: {sid} Account Name: {user} Account Domain: CORP Logon ID: "
        "0x{hex8}",
        "System audit policy was changed. Subject: Account Name: {user} Category: Logon/Logoff Changes: Success "
        "removed",
        "The event logging service has shut down. Security log cleared by {wuser}",
        logger="Microsoft-Windows-Eventlog:1102|Microsoft-Windows-Security-Auditing:4719|EventLog:1100",
    ),
    t(
        "sec.win_kerberos_ntlm",
        "WindowsEventLog",
        "win winkv",
        "Kerberos pre-authentication failed. Account Information: Account Name: {user} Service Name: krbtgt/CORP "
        "Client Address: ::ffff:{ip} Failure Code: 0x18",
        "The computer attempted to validate the credentials for an account. Logon Account: {user} Source "
        "Workstation: {host} Error Code: 0xC000006A",
        "The Windows Filtering Platform has blocked a connection. Application: \\device\\harddiskvolume{small}\\"
        "windows\\system32\\svchost.exe Source Address: {pip} Destination Port: {3389|445|135}",
        logger="Microsoft-Windows-Security-Auditing:4771|Microsoft-Windows-Security-Auditing:4776|"
        "Microsoft-Windows-Security-Auditing:5157",
    ),
    t(
        "sec.win_4625_kv",
        "WindowsEventLog winlogbeat",
        "none",
        'EventCode=4625 LogName=Security Keywords="Audit Failure" TargetUserName={user} IpAddress={pip} '
        "LogonType={logon} Status=0xC000006D SubStatus=0xC000006A",
        '{{"EventID":4625,"Channel":"Security","Keywords":"Audit Failure","TargetUserName":"{user}","IpAddress":'
        '"{pip}","LogonType":{logon},"FailureReason":"%%2313"}}',
        '{{"event":{{"code":"4625","action":"logon-failed","outcome":"failure"}},"source":{{"ip":"{pip}"}},"user":'
        '{{"name":"{user}"}}}}',
    ),
    t(
        "sec.cisco_asa",
        "cisco-asa",
        "syslog none",
        "%ASA-4-106023: Deny tcp src outside:{pip}/{port} dst inside:{ip}/{22|23|445|3389} by access-group "
        '"outside_access_in" [0x{hex8}, 0x0]',
        "%ASA-2-106001: Inbound TCP connection denied from {pip}/{port} to {ip}/{port2} flags SYN  on "
        "interface outside",
        "%ASA-6-113015: AAA user authentication Rejected : reason = Invalid password : server = {ip} : user = ***** : "
        "user IP = {pip}",
        "%ASA-4-733100: [ Scanning] drop rate-1 exceeded. Current burst rate is {n} per second, max configured rate "
        "is 10; Current average rate is {n2} per second",
        proc="%ASA",
    ),
    t(
        "sec.juniper_srx",
        "juniper",
        "syslog rfc5424",
        "RT_FLOW_SESSION_DENY: session denied {pip}/{port}->{ip}/22 0x0 junos-ssh 6(0) default-deny untrust trust "
        "UNKNOWN UNKNOWN N/A(N/A) ge-0/0/0.0 UNKNOWN policy deny",
        "RT_SCREEN_TCP: SYN flood! source: {pip}:{port}, destination: {ip}:443, zone name: untrust, interface name: "
        "ge-0/0/{small}.0, action: drop",
        "SSHD_LOGIN_FAILED: Login failed for user '{user}' from host '{pip}'",
        proc="RT_FLOW",
    ),
    t(
        "sec.pfsense_filterlog",
        "pfsense opnsense",
        "syslog",
        "{small},,,1000000103,{em0|igb0|vtnet0},match,block,in,4,0x0,,{n},{num},0,DF,6,tcp,60,{pip},{ip},{port},"
        "{22|23|3389|445},0,S,{num},,64240,,mss",
        "filterlog: block in on WAN from {pip}:{port} to {ip}:{22|3389} proto TCP (default deny rule)",
        proc="filterlog",
    ),
    t(
        "sec.snort_suricata",
        "snort suricata",
        "none syslog",
        "[**] [1:{num}:{small}] ET SCAN Potential SSH Scan [**] [Classification: Attempted Information Leak] "
        "[Priority: 2] {{TCP}} {pip}:{port} -> {ip}:22",
        "[**] [1:{num}:{small}] ET EXPLOIT Apache log4j RCE Attempt (CVE-2021-44228) [**] [Classification: Attempted "
        "Administrator Privilege Gain] [Priority: 1] {{TCP}} {pip}:{port} -> {ip}:443",
        '{{"timestamp":"{ts}","event_type":"alert","src_ip":"{pip}","dest_ip":"{ip}","proto":"TCP","alert":'
        '{{"action":"blocked","signature_id":{num},"signature":"ET POLICY Suspicious inbound to MSSQL port 1433",'
        '"severity":2}}}}',
        proc="snort",
    ),
    t(
        "sec.ossec_wazuh",
        "ossec wazuh",
        "none",
        "** Alert {epoch}.{num}: - syslog,sshd,authentication_failed, {date} {host}->/var/log/auth.log Rule: 5716 "
        "(level 5) -> 'sshd: authentication failed.' Src IP: {pip} User: {user}",
        '{{"rule":{{"level":10,"description":"sshd: brute force trying to get access to the system. Authentication '
        'failed.","id":"5763","groups":["syslog","sshd","authentication_failures"]}},"agent":{{"name":"{host}"}},'
        '"data":{{"srcip":"{pip}"}}}}',
        "Rule: 550 (level 7) -> 'Integrity checksum changed.' File '/etc/{passwd|shadow|sudoers}' checksum changed.",
    ),
    t(
        "sec.cloud_waf",
        "aws-waf cloudflare",
        "none json",
        '{{"action":"BLOCK","terminatingRuleId":"AWS-AWSManagedRulesSQLiRuleSet","httpRequest":{{"clientIp":"{pip}",'
        '"country":"{country}","uri":"{url}","httpMethod":"{method}"}}}}',
        '{{"Action":"block","ClientIP":"{pip}","ClientRequestPath":"{url}","Source":"firewallManaged","RuleID":"{hex32}"'
        ',"Description":"SQLi - Comment"}}',
        "Cloudflare WAF blocked request from {pip} ({country}) to {domain}{url}: rule 'XSS attack attempt'",
    ),
    t(
        "sec.keycloak",
        "keycloak",
        "java none",
        "type=LOGIN_ERROR, realmId={svc}, clientId=account-console, userId=null, ipAddress={pip}, "
        "error=user_not_found, "
        "auth_method=openid-connect, username={user}",
        "type=LOGIN_ERROR, realmId={svc}, clientId={svc}-web, userId={uuid}, ipAddress={pip}, "
        "error=invalid_user_credentials, auth_method=openid-connect",
        "type=CLIENT_LOGIN_ERROR, realmId={svc}, clientId={svc}-backend, ipAddress={ip}, "
        "error=invalid_client_credentials, grant_type=client_credentials",
        logger="org.keycloak.events",
    ),
    t(
        "sec.okta",
        "okta",
        "none",
        '{{"eventType":"user.session.start","outcome":{{"result":"FAILURE","reason":"INVALID_CREDENTIALS"}},"actor":'
        '{{"alternateId":"{email}"}},"client":{{"ipAddress":"{pip}"}}}}',
        '{{"eventType":"security.threat.detected","displayMessage":"Request from suspicious actor","severity":"WARN",'
        '"client":{{"ipAddress":"{pip}"}}}}',
        '{{"eventType":"user.account.lock","displayMessage":"Max sign in attempts exceeded","actor":{{"alternateId":'
        '"{email}"}}}}',
        '{{"eventType":"policy.evaluate_sign_on","outcome":{{"result":"DENY","reason":"Sign-on policy '
        'denied access"}}}}',
    ),
    t(
        "sec.azure_ad",
        "azure-ad entra",
        "none json",
        "Sign-in failure for {email} from {pip}: error 50126 Invalid username or password",
        "Sign-in blocked for {email}: error 50053 Account is locked because user tried to sign in too many times",
        '{{"operationName":"Sign-in activity","resultType":"50126","resultDescription":"Error validating credentials '
        'due to invalid username or password.","userPrincipalName":"{email}","ipAddress":"{pip}"}}',
        "Risky sign-in detected for {email}: unfamiliarFeatures, riskLevel=high, location {country}",
    ),
    t(
        "sec.auth0",
        "auth0",
        "none",
        '{{"type":"fp","description":"Wrong email or password.","ip":"{pip}","user_name":"{email}"}}',
        '{{"type":"limit_wc","description":"Blocked because of too many failed attempts","ip":"{pip}"}}',
        '{{"type":"pwd_leak","description":"Login attempt with a breached password","user_name":"{email}"}}',
        '{{"type":"fu","description":"Invalid email or username","ip":"{pip}","connection":"Username-Password"}}',
    ),
    t(
        "sec.cloudtrail",
        "aws-cloudtrail",
        "none",
        '{{"eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","sourceIPAddress":"{pip}",'
        '"responseElements":{{"ConsoleLogin":"Failure"}},"errorMessage":"Failed authentication"}}',
        '{{"eventSource":"cloudtrail.amazonaws.com","eventName":"{StopLogging|DeleteTrail}","userIdentity":'
        '{{"arn":"arn:aws:iam::{awsacct}:user/{user}"}},"sourceIPAddress":"{pip}"}}',
        '{{"eventSource":"s3.amazonaws.com","eventName":"GetObject","errorCode":"AccessDenied","sourceIPAddress":"{pip}"'
        ',"requestParameters":{{"bucketName":"{svc}-backups"}}}}',
        "GuardDuty finding {UnauthorizedAccess:EC2/SSHBruteForce|Recon:EC2/PortProbeUnprotectedPort|"
        "CryptoCurrency:EC2/BitcoinTool.B!DNS} on {instance} from {pip}",
    ),
    t(
        "sec.gcp_k8s_audit",
        "gcp-audit kube-apiserver",
        "none",
        '{{"protoPayload":{{"status":{{"code":7,"message":"PERMISSION_DENIED"}},"methodName":"storage.objects.get",'
        '"authenticationInfo":{{"principalEmail":"{email}"}}}},"severity":"ERROR"}}',
        '{{"kind":"Event","level":"Metadata","verb":"create","user":{{"username":"system:anonymous"}},"objectRef":'
        '{{"resource":"pods","subresource":"exec","namespace":"{ns}"}},"responseStatus":{{"code":403}}}}',
        '{{"kind":"Event","verb":"get","user":{{"username":"system:serviceaccount:{ns}:{svc}"}},"objectRef":'
        '{{"resource":"secrets"}},"annotations":{{"authorization.k8s.io/decision":"forbid"}}}}',
    ),
    t(
        "sec.vault_consul",
        "vault consul",
        "hclog json",
        'core: failed to authenticate: error="permission denied" remote_addr={pip}',
        'agent: Request error: method=GET url=/v1/kv/{svc}/db-password from={pip}:{port} error="ACL not found"',
        '{{"type":"response","error":"permission denied","request":{{"path":"secret/data/{svc}/prod",'
        '"remote_address":"{pip}"}}}}',
        logger="core|agent.http",
    ),
    t(
        "sec.db_auth_more",
        "mongodb elasticsearch rabbitmq",
        "none rabbitmq es",
        '{{"t":{{"$date":"{ts}"}},"s":"I","c":"ACCESS","id":20249,"ctx":"conn{num}","msg":"Authentication failed",'
        '"attr":{{"mechanism":"SCRAM-SHA-256","principalName":"{user}","remote":"{pip}:{port}",'
        '"error":"AuthenticationFailed: SCRAM authentication failed, storedKey mismatch"}}}}',
        "Authentication of [{user}] was terminated by realm [reserved] - failed to authenticate user [{user}]",
        "PLAIN login refused: user '{user}' - invalid credentials",
        "HTTP access denied: user '{user}' - invalid credentials",
    ),
    t(
        "sec.web_app_auth",
        APPS + " django spring wordpress",
        "py spring bracket json",
        "Forbidden (CSRF token missing or incorrect.): /admin/login/ from {pip}",
        "Authentication failure for {user} from {pip}",
        "Failed to authenticate since password does not match stored value for user {email}",
        "Invalid JWT signature for token presented by {pip}; request rejected",
        "Login attempt failed for {email} from {pip} ({n} failures in last 10 minutes)",
    ),
    t(
        "sec.devops_auth",
        "gitlab jenkins github",
        "json jenkins none",
        "Failed Login: username={user} ip={pip}",
        "Login attempt failed for {admin|root|jenkins} from {pip}",
        "Secret scanning alert: AWS access key exposed in {svc} ({sha}); key revoked",
        '{{"action":"protected_branch.policy_override","actor":"{user}","repo":"acme/{svc}","branch":"main"}}',
    ),
    t(
        "sec.macos_more",
        "macOS",
        "macos syslog",
        "{user} : 3 incorrect password attempts ; TTY=ttys00{small} ; PWD=/Users/{user} ; USER=root ; COMMAND=/bin/sh",
        "XProtect: malware detected: {OSX.Adload|MACOS.SOMA|OSX.Genieo} in /Users/{user}/Downloads/{svc}.dmg; "
        "quarantined",
        "authorization failed for right 'system.preferences.security' by {user} ({n} attempts)",
        proc="sudo",
        logger="com.apple.XProtect|com.apple.Authorization",
    ),
    t(
        "sec.android_more",
        "android",
        "logcat",
        "Too many failed fingerprint attempts; lockout for 30000 ms",
        "Device is rooted: su binary found at /system/xbin/su; payment app blocked",
        logger="FingerprintService|SafetyNet",
    ),
    t(
        "sec.dns_mail_abuse",
        "bind postfix dovecot",
        "syslog",
        "client @0x{hex12} {pip}#{port} ({domain}): query (cache) '{domain}/ANY/IN' denied",
        "NOQUEUE: reject: RCPT from unknown[{pip}]: 554 5.7.1 <{email}>: Relay access denied",
        "warning: unknown[{pip}]: SASL LOGIN authentication failed: UGFzc3dvcmQ6 (attempt {n} from this client)",
        "imap-login: Disconnected (auth failed, {small} attempts in {n} secs): user=<{email}>, method=PLAIN, rip={pip}",
        proc="named",
    ),
    t(
        "sec.file_services",
        "vsftpd samba proftpd",
        "syslog",
        '[pid {pid}] [{user}] FAIL LOGIN: Client "{pip}"',
        "Auth: [SMB2,(null)] user [CORP]\\[{user}] at [{date}] with [NTLMv2] status [NT_STATUS_WRONG_PASSWORD] "
        "remote host [ipv4:{pip}:{port}]",
        "USER {user} (Login failed): Incorrect password from {pip}",
        proc="vsftpd",
    ),
    t(
        "sec.endpoint_detection",
        "crowdstrike sysmon defender",
        "none json win",
        "Process Create: Image: C:\\Users\\{user}\\AppData\\Local\\Temp\\mimikatz.exe CommandLine: "
        "sekurlsa::logonpasswords",
        '{{"detect_name":"CredentialTheft","severity":"Critical","hostname":"{host}","user_name":"{user}",'
        '"tactic":"Credential Access","technique":"OS Credential Dumping"}}',
        "Suspicious PowerShell: encoded command launched by winword.exe on {host} (user {wuser})",
        logger="Microsoft-Windows-Sysmon:1",
    ),
    t(
        "sec.vuln_scan",
        "trivy clair dependabot",
        "none json",
        "{cve} (CRITICAL): {openssl|libssl3|log4j-core|glibc} {ver} in image {image}: remote code execution",
        "Dependabot alert: {npm} has a known critical vulnerability ({cve})",
        "Total: {n} (CRITICAL: {small}, HIGH: {n2}) vulnerabilities found in {image}",
    ),
    t(
        "sec.auditd_anomaly",
        "auditd",
        "none syslog",
        "type=ANOM_PROMISCUOUS msg=audit({epoch}.{n}:{num}): dev={iface} prom=256 old_prom=0 auid={uid} uid=0 "
        "gid=0 ses={n}",
        "type=USER_AUTH msg=audit({epoch}.{n}:{num}): pid={pid} uid=0 auid={uid} ses={n} msg='op=PAM:authentication "
        'grantors=? acct="{user}" exe="/usr/sbin/sshd" hostname={pip} addr={pip} terminal=ssh res=failed\'',
        'type=ANOM_ABEND msg=audit({epoch}.{n}:{num}): auid={uid} uid=0 pid={pid} comm="sshd" sig=11 res=1',
    ),
    t(
        "sec.account_takeover",
        APPS + " auth-gateway",
        "json iso logfmt",
        "session token for {user} reused from new IP {pip} ({country}) within 2 minutes; session revoked",
        "account takeover suspected for {email}: password reset, MFA device change and new payout account within "
        "{n} minutes",
        "event=credential_stuffing source_ip={pip} distinct_users={num} window=5m action=blocked",
        '{{"alert":"brute_force","target_user":"{user}","failed_attempts":{n},"source_ip":"{pip}","action":"ip_blocked"}}',
    ),
    t(
        "sec.fail2ban_nginx",
        "fail2ban nginx",
        "py nginx_err",
        "NOTICE  [{nginx-botsearch|nginx-http-auth|wordpress|recidive}] Ban {pip}",
        "WARNING [sshd] {pip} already banned",
        'limiting requests, excess: {n}.{small}00 by zone "login", client: {pip}, server: {domain}, request: '
        '"POST /login HTTP/1.1"',
        logger="fail2ban.actions",
    ),
    t(
        "sec.privilege_kv",
        APPS,
        "json logfmt iso",
        "user {user_id} attempted to access admin endpoint {url} without role ADMIN; denied",
        'level=warn msg="privilege escalation attempt" user={user} role_requested=superuser source_ip={ip}',
        '{{"event":"authz.denied","user":"{user}","resource":"/admin/users","reason":"insufficient_scope"}}',
    ),
]
