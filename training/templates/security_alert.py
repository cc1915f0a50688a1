"""Security Alert: suspected attack or abuse, failed or unauthorized access, escalation, blocking."""

from functools import partial

from training.templates import make

t = partial(make, "Security Alert")
APPS = "ModernCRM BillingSystem ModernHR AnalyticsEngine ThirdPartyAPI"

TEMPLATES = [
    t(
        "sec.ssh_failed_password",
        "sshd",
        "syslog rfc5424",
        "Failed password for {invalid user |}{user} from {ip} port {port} ssh2",
        "Failed publickey for {user} from {ip} port {port} ssh2: RSA SHA256:{hex32}",
        "Failed keyboard-interactive/pam for {user} from {ip} port {port} ssh2",
        proc="sshd",
    ),
    t(
        "sec.ssh_invalid_user",
        "sshd",
        "syslog",
        "Invalid user {user} from {ip} port {port}",
        "input_userauth_request: invalid user {user} [preauth]",
        "Disconnected from invalid user {user} {ip} port {port} [preauth]",
        proc="sshd",
    ),
    t(
        "sec.ssh_max_auth",
        "sshd",
        "syslog",
        "error: maximum authentication attempts exceeded for {user} from {ip} port {port} ssh2 [preauth]",
        "Disconnecting authenticating user {user} {ip} port {port}: Too many authentication failures [preauth]",
        proc="sshd",
    ),
    t(
        "sec.pam_auth_failure",
        "sshd pam",
        "syslog",
        "pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip}  user={user}",
        "PAM {small} more authentication failures; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip}  user=root",
        "pam_faillock(sshd:auth): Consecutive login failures for user {user} account temporarily locked",
        proc="sshd",
    ),
    t(
        "sec.sudo_denied",
        "sudo",
        "syslog",
        "{user} : user NOT in sudoers ; TTY=pts/{small} ; PWD=/home/{user} ; USER=root ; COMMAND=/bin/bash",
        "{user} : {small} incorrect password attempts ; TTY=pts/{small} ; PWD=/tmp ; USER=root ; "
        "COMMAND=/usr/bin/cat /etc/shadow",
        proc="sudo",
    ),
    t(
        "sec.su_failed",
        "su",
        "syslog",
        "FAILED SU (to root) {user} on pts/{small}",
        "pam_unix(su:auth): authentication failure; logname={user} uid={uid} euid=0 tty=pts/{small} ruser={user} "
        "rhost=  user=root",
        proc="su",
    ),
    t(
        "sec.fail2ban",
        "fail2ban",
        "py syslog",
        "NOTICE  [{sshd|nginx-http-auth|postfix-sasl|recidive}] Ban {pip}",
        "WARNING [sshd] {pip} already banned; {n} new failures since ban",
        logger="fail2ban.actions",
    ),
    t(
        "sec.firewall_block",
        "kernel ufw iptables",
        "syslog",
        "[UFW BLOCK] IN={iface} OUT= MAC=52:54:00:{small}a:{small}b:0c SRC={pip} DST={ip} LEN=40 TOS=0x00 TTL={n} "
        "PROTO=TCP SPT={port} DPT={22|23|3389|445|5900} WINDOW=1024 SYN URGP=0",
        "iptables-dropped: IN={iface} SRC={pip} DST={ip} PROTO=TCP DPT={22|3306|6379} blocked by blacklist",
        proc="kernel",
    ),
    t(
        "sec.port_scan",
        "ids firewall WebServer",
        "syslog iso",
        "IP {pip} blocked after port scan",
        "Possible port scan detected from {pip}: {n} ports probed in {small}s",
        "portsentry: attackalert: SYN/Normal scan from host: {pip} to TCP port: {port}; host blocked",
    ),
    t(
        "sec.brute_force",
        APPS + " sshd",
        "iso json syslog",
        "{n} failed password attempts for {user} from {ip}",
        "Brute-force attack suspected on account {user}: {n} failures in {small} minutes from {pip}",
        "credential stuffing detected: {n} distinct accounts tried from {pip} in {small} minutes",
    ),
    t(
        "sec.privilege_escalation",
        APPS + " auditd",
        "iso json syslog",
        "user {user_id} gained admin rights outside a change window",
        "Privilege escalation: process {pid} ({svc}) changed uid from {uid} to 0 unexpectedly",
        "role 'superuser' granted to {user} by {user2} without approval ticket",
    ),
    t(
        "sec.win_4625",
        "WindowsEventLog",
        "win",
        "An account failed to log on. Account Name: {user} Failure Reason: Unknown user name or bad password. "
        "Source Network Address: {ip}",
        "An account failed to log on. Logon Type: 10 Account Name: {user} Status: 0xC000006D Source Network "
        "Address: {pip}",
        logger="Microsoft-Windows-Security-Auditing:4625",
    ),
    t(
        "sec.win_lockout",
        "WindowsEventLog",
        "win",
        "A user account was locked out. Account Name: {user} Caller Computer Name: {host}",
        "The user account {user} has been locked out after {n} invalid logon attempts from {ip}",
        logger="Microsoft-Windows-Security-Auditing:4740",
    ),
    t(
        "sec.defender",
        "WindowsEventLog",
        "win",
        "Microsoft Defender Antivirus has detected malware or other potentially unwanted software. Name: "
        "Trojan:Win32/{Wacatac|Emotet|AgentTesla}.{hex8} Path: file:_C:\\Users\\{user}\\Downloads\\invoice.exe",
        logger="Microsoft-Windows-Windows Defender:1116",
    ),
    t(
        "sec.macos_auth",
        "macOS",
        "macos",
        "Failed to authenticate user <{user}> (error: 5000).",
        "XProtect: malware {Adload|Pirrit|Shlayer} detected and blocked in /Users/{user}/Downloads/{hex8}.dmg",
        proc="opendirectoryd",
        logger="com.apple.opendirectoryd",
    ),
    t(
        "sec.android",
        "android",
        "logcat",
        "Failed to verify signature of package com.{acme|unknown}.{hex8}; installation blocked",
        "Device unlock failed: {n} consecutive wrong PIN attempts for user 0, lockout for 30s",
        logger="PackageManager|KeyguardUpdateMonitor",
    ),
    t(
        "sec.nginx_basic_auth",
        "nginx WebServer",
        "nginx_err",
        'user "{user}" was not found in "/etc/nginx/.htpasswd", client: {ip}, server: {domain}, request: '
        '"GET /admin HTTP/1.1"',
        'user "{user}": password mismatch, client: {ip}, server: {domain}',
        sev="error",
    ),
    t(
        "sec.apache_auth",
        "apache WebServer",
        "apache_err",
        'AH01617: user {user}: authentication failure for "/admin": Password Mismatch',
        "AH01618: user {user} not found: /{admin|wp-admin|manager/html}",
        sev="error",
    ),
    t(
        "sec.modsecurity",
        "apache nginx WebServer",
        "apache_err nginx_err",
        'ModSecurity: Access denied with code 403 (phase 2). Matched "Operator `Rx\' with parameter ..." '
        '[id "942100"] [msg "SQL Injection Attack Detected via libinjection"] [hostname "{domain}"] [uri "{url}"]',
        'ModSecurity: Warning. detected XSS using libinjection. [id "941100"] [uri "{url}"] [client {pip}]',
        sev="error",
    ),
    t(
        "sec.waf",
        "WebServer ThirdPartyAPI cloudwaf",
        "iso json",
        "WAF blocked request from {pip}: XSS payload in parameter q",
        "SQL injection attempt detected from {pip} on {url}",
        "path traversal attempt ../../etc/passwd from {pip} rejected",
    ),
    t(
        "sec.suricata",
        "suricata snort",
        "none syslog",
        "[1:{num}:{small}] ET SCAN Potential SSH Scan [Classification: Attempted Information Leak] [Priority: 2] "
        "{{TCP}} {pip}:{port} -> {ip}:22",
        "[1:{num}:{small}] ET EXPLOIT Apache log4j RCE Attempt (CVE-2021-44228) [Priority: 1] {{TCP}} {pip}:{port}"
        " -> {ip}:443",
    ),
    t(
        "sec.audit_auth",
        "auditd",
        "none",
        "type=USER_AUTH msg=audit({epoch}.{ms}:{num}): pid={pid} uid=0 auid=4294967295 ses=4294967295 msg='op=PAM:"
        'authentication acct="{user}" exe="/usr/sbin/sshd" hostname={ip} addr={ip} terminal=ssh res=failed\'',
        'type=USER_LOGIN msg=audit({epoch}.{ms}:{num}): pid={pid} uid=0 msg=\'op=login acct="{user}" '
        'exe="/usr/sbin/sshd" addr={pip} terminal=sshd res=failed\'',
    ),
    t(
        "sec.selinux_avc",
        "auditd kernel",
        "none syslog",
        "type=AVC msg=audit({epoch}.{ms}:{num}): avc:  denied  {{ {write|read|execute} }} for  pid={pid} "
        'comm="{httpd|nginx|php-fpm}" name="shadow" scontext=system_u:system_r:httpd_t:s0',
        "SELinux is preventing /usr/sbin/{httpd|sshd} from read access on the file /etc/shadow.",
    ),
    t(
        "sec.k8s_rbac",
        "k8s kube-apiserver",
        "klog json",
        'RBAC: forbidden: User "system:serviceaccount:{ns}:default" cannot list resource "secrets" in API group "" '
        'in the namespace "kube-system"',
        "Unable to authenticate the request due to an error: x509: certificate signed by unknown authority",
    ),
    t(
        "sec.falco",
        "falco k8s",
        "json none",
        "Notice A shell was spawned in a container with an attached terminal (user=root container_id={hex12} "
        "image={image} shell=bash)",
        "Warning Sensitive file opened for reading by non-trusted program (user=root file=/etc/shadow "
        "command={svc} container_id={hex12})",
    ),
    t(
        "sec.pg_auth",
        "postgresql",
        "pg",
        'password authentication failed for user "{user}"',
        'no pg_hba.conf entry for host "{pip}", user "{user}", database "{db}", SSL off',
        sev="crit",
    ),
    t(
        "sec.mysql_denied",
        "mysql",
        "mysql",
        "Access denied for user '{user}'@'{ip}' (using password: YES)",
        "Access denied for user '{user}'@'{pip}' to database '{db}'",
        sev="warn",
    ),
    t(
        "sec.mongo_auth",
        "mongodb",
        "mongo",
        'Authentication failed: {{"mechanism":"SCRAM-SHA-256","user":"{user}","db":"admin","client":"{ip}:{port}"'
        ',"error":"AuthenticationFailed"}}',
        "Unauthorized: not authorized on admin to execute command {{ listDatabases: 1 }} from {pip}",
        logger="ACCESS",
    ),
    t(
        "sec.redis_attack",
        "redis",
        "redis",
        "Possible SECURITY ATTACK detected. It looks like somebody is sending POST or Host: commands to Redis. "
        "Connection from {pip}:{port} aborted.",
        "AUTH failed from client {ip}:{port}: WRONGPASS invalid username-password pair",
    ),
    t(
        "sec.zk_hadoop_auth",
        "zookeeper hadoop hdfs",
        "zk hadoop",
        "SASL authentication failed for client /{ip}:{port}",
        "Auth failed for {ip}:{port}:null (GSS initiate failed)",
        "Unauthorized connection for super-user: {user} from IP {ip}",
        logger="org.apache.hadoop.ipc.Server|SaslServerCallbackHandler",
    ),
    t(
        "sec.openstack_auth",
        "keystone nova-api",
        "openstack",
        "Authorization failed. The request you have made requires authentication. from {ip}",
        "Policy check for os_compute_api:servers:{create|delete} failed with credentials of user {hex32}",
        logger="keystone.server.flask.application|nova.policy",
    ),
    t(
        "sec.vpn_auth",
        "openvpn strongswan",
        "syslog",
        "{pip}:{port} TLS Auth Error: Auth Username/Password verification failed for peer",
        "{user}/{pip}:{port} AUTH_FAILED: client certificate revoked",
        proc="openvpn",
    ),
    t(
        "sec.api_key",
        APPS,
        "iso json java",
        "Invalid API key presented by client {hex8} from {pip}; request rejected",
        "JWT signature verification failed for token issued to {email}",
        "expired token reused {n} times from {pip}; possible replay",
    ),
    t(
        "sec.account_locked",
        APPS,
        "iso json java",
        "Account {user} locked after {n} consecutive failed login attempts",
        "login failed for {email}: wrong password (attempt {small} of 5)",
        "failed login for user {user_id} from {ip}: invalid credentials",
    ),
    t(
        "sec.impossible_travel",
        "ModernCRM ModernHR AnalyticsEngine",
        "iso json",
        "Suspicious login for {email} from {pip} ({country}): impossible travel detected",
        "session token for {user} used from {country} and {country2} within {small} minutes; session revoked",
    ),
    t(
        "sec.rate_abuse",
        "WebServer ThirdPartyAPI haproxy",
        "iso json syslog",
        "Rate limit exceeded by {pip}: {n} requests in 60s on /login; client blocked",
        "{pip} denied by ACL blacklist_src on frontend fe_https",
    ),
    t(
        "sec.exfiltration",
        "AnalyticsEngine ModernCRM",
        "iso json",
        "Unusual download volume by user {user_id}: {gb} GB exported in {small} minutes",
        "User {user_id} attempted to export all customer records without permission",
    ),
    t(
        "sec.clamav",
        "clamav",
        "syslog none",
        "{file}: Win.Trojan.Agent-{num} FOUND",
        "/srv/uploads/{hex8}.pdf: Doc.Malware.Valyria-{num} FOUND; file quarantined",
        proc="clamd",
    ),
    t(
        "sec.unauthorized_admin",
        APPS,
        "iso json java",
        "Unauthorized access attempt to /admin by user {user_id} (role: viewer)",
        "Access denied: user {user_id} tried to read payroll of {emp} without hr_admin role",
    ),
    t(
        "sec.mtls_reject",
        "envoy ThirdPartyAPI",
        "envoy iso",
        "Client certificate rejected: CN={domain} not in allowlist, connection from {pip}",
        "TLS handshake from {pip} rejected: client presented self-signed certificate",
        logger="connection",
    ),
    t(
        "sec.proxy_block",
        "squid",
        "none syslog",
        "Blocked access to known malicious domain {domain} by client {ip}",
        "TCP_DENIED/403 request from {ip} to phishing site {domain} blocked by category filter",
    ),
    t(
        "sec.syn_flood",
        "kernel",
        "syslog",
        "TCP: request_sock_TCP: Possible SYN flooding on port {80|443|22}. Sending cookies.  Check SNMP counters.",
        "nf_conntrack: table full, dropping packet; possible DDoS from {pip}",
        proc="kernel",
    ),
    t(
        "sec.integrity",
        "aide ossec",
        "syslog iso",
        "Integrity check failed: /etc/passwd modified outside of package manager",
        "OSSEC HIDS: Alert Level {small}; Rule 5712: SSHD brute force trying to get access to the system. Src IP: "
        "{pip}",
    ),
]
