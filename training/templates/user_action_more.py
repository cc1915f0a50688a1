"""User Action, more systems: successful logins and logouts, account and profile changes, settings changes."""

from functools import partial

from training.templates import make

t = partial(make, "User Action")
APPS = "ModernCRM BillingSystem ModernHR ThirdPartyAPI"

TEMPLATES = [
    t(
        "ua.win_account_more",
        "WindowsEventLog",
        "win winkv",
        "A user account was enabled. Subject: Account Name: {user} Target Account: Account Name: {user2}",
        "A user account was disabled. Subject: Account Name: {user} Target Account: Security ID: {sid}",
        "An attempt was made to change an account's password. Subject: Account Name: {user} Target Account: Account "
        "Name: {user}",
        "The name of an account was changed. Subject: Account Name: {user2} Old Account Name: {user} New Account Name: "
        "{user}-adm",
        "A user account was deleted. Subject: Account Name: {user} Target Account: Account Name: {user2}",
        logger="Microsoft-Windows-Security-Auditing:4722|Microsoft-Windows-Security-Auditing:4725|"
        "Microsoft-Windows-Security-Auditing:4723|Microsoft-Windows-Security-Auditing:4781|"
        "Microsoft-Windows-Security-Auditing:4726",
    ),
    t(
        "ua.win_session",
        "WindowsEventLog",
        "win winkv",
        "Remote Desktop Services: Session logon succeeded: User: {wuser} Session ID: {small} Source Network Address: "
        "{ip}",
        "Remote Desktop Services: Session has been disconnected: User: {wuser} Session ID: {small}",
        "The workstation was {locked|unlocked}. Subject: Account Name: {user} Session ID: {small}",
        '{{"EventID":4624,"TargetUserName":"{user}","LogonType":{logon},"IpAddress":"{ip}",'
        '"Keywords":"Audit Success"}}',
        logger="Microsoft-Windows-TerminalServices-LocalSessionManager:21|Microsoft-Windows-Security-Auditing:4800",
    ),
    t(
        "ua.keycloak",
        "keycloak",
        "java none",
        "type=LOGIN, realmId={svc}, clientId=account-console, userId={uuid}, ipAddress={ip}, "
        "auth_method=openid-connect, username={user}",
        "type=LOGOUT, realmId={svc}, clientId=null, userId={uuid}, ipAddress={ip}, redirect_uri=https://{domain}/",
        "type=UPDATE_PASSWORD, realmId={svc}, clientId=account-console, userId={uuid}, ipAddress={ip}",
        "type=REGISTER, realmId={svc}, clientId={svc}-web, userId={uuid}, ipAddress={ip}, email={email}",
        "type=UPDATE_PROFILE, realmId={svc}, clientId=account-console, userId={uuid}, updated_first_name={first}",
        logger="org.keycloak.events",
    ),
    t(
        "ua.okta",
        "okta",
        "none",
        '{{"eventType":"user.session.start","outcome":{{"result":"SUCCESS"}},"actor":{{"alternateId":"{email}"}},'
        '"client":{{"ipAddress":"{ip}"}}}}',
        '{{"eventType":"user.session.end","displayMessage":"User logout from Okta","actor":'
        '{{"alternateId":"{email}"}}}}',
        '{{"eventType":"user.account.update_password","outcome":{{"result":"SUCCESS"}},"actor":{{"alternateId":'
        '"{email}"}}}}',
        '{{"eventType":"user.lifecycle.create","displayMessage":"Create Okta user","target":'
        '[{{"alternateId":"{email}"}}]}}',
        '{{"eventType":"user.mfa.factor.activate","displayMessage":"Activate factor for user","actor":{{"alternateId":'
        '"{email}"}}}}',
    ),
    t(
        "ua.azure_ad",
        "azure-ad entra",
        "none json",
        '{{"operationName":"Sign-in activity","resultType":"0","userPrincipalName":"{email}","appDisplayName":'
        '"{Microsoft Teams|Office 365 Exchange Online|Azure Portal}","ipAddress":"{ip}"}}',
        "Add user: {email} added by {email2} (Core Directory, UserManagement, success)",
        "Reset user password: {email} by {email2}; result success",
        "Update user: {email} modified properties [Department, JobTitle]",
    ),
    t(
        "ua.auth0",
        "auth0",
        "none",
        '{{"type":"s","description":"Successful login","user_name":"{email}","ip":"{ip}"}}',
        '{{"type":"slo","description":"User successfully logged out","user_name":"{email}"}}',
        '{{"type":"ss","description":"Successful signup","user_name":"{email}","connection":"Username-Password"}}',
        '{{"type":"scp","description":"Successful change password","user_name":"{email}"}}',
        '{{"type":"sdu","description":"Successful user deletion","user_name":"{email}"}}',
    ),
    t(
        "ua.cloud_iam",
        "aws-cloudtrail gcp-audit",
        "none",
        '{{"eventSource":"iam.amazonaws.com","eventName":"{CreateUser|DeleteUser|CreateAccessKey|UpdateUser}",'
        '"userIdentity":{{"arn":"arn:aws:iam::{awsacct}:user/{user}"}},"requestParameters":{{"userName":"{user2}"}}}}',
        '{{"eventSource":"iam.amazonaws.com","eventName":"ChangePassword","userIdentity":{{"type":"IAMUser",'
        '"userName":"{user}"}},"responseElements":null}}',
        '{{"protoPayload":{{"methodName":"google.admin.AdminService.createUser","authenticationInfo":'
        '{{"principalEmail":"{email}"}}}},"severity":"NOTICE"}}',
    ),
    t(
        "ua.devops_accounts",
        "gitlab github jenkins grafana",
        "json logfmt none",
        '{{"action":"user.login","actor":"{user}","actor_ip":"{ip}","created_at":{epochms}}}',
        '{{"action":"org.add_member","actor":"{user}","user":"{user2}","org":"acme"}}',
        'logger=http.server t={ts} level=info msg="Successful Login" User={email}',
        "User {user} signed in via {LDAP|SAML|GitHub OAuth}",
        '{{"action":"two_factor_authentication.enabled","actor":"{user}"}}',
    ),
    t(
        "ua.saas_logins",
        "Salesforce Jira Zendesk Nextcloud",
        "json iso none",
        "Login History: Success, User {email}, Application: Browser, Login Type: Application, Source IP: {ip}",
        "User '{user}' logged in from {ip}",
        "Login successful: \"{user}\" (Remote IP: '{ip}')",
        "Agent {name} signed in to Zendesk Support",
        "User {email} updated their profile picture",
    ),
    t(
        "ua.linux_accounts",
        "gpasswd chsh passwd sshd",
        "syslog journal",
        "user {user} added by root to group {docker|plugdev|developers}",
        "changed user '{user}' shell to '/bin/{bash|zsh}'",
        "pam_unix(passwd:chauthtok): password changed for {user}",
        "pam_unix(sshd:session): session closed for user {user}",
        "Removed session {n}.",
        proc="gpasswd",
    ),
    t(
        "ua.macos_users",
        "macOS",
        "macos",
        "Creating user record for {first} with uid {uid}; sysadminctl completed",
        "screen unlocked by {user} (console session)",
        "User {user} logged out; session {hex8} ended",
        "Password changed for user {user}",
        proc="loginwindow",
        logger="com.apple.loginwindow|com.apple.sysadminctl",
    ),
    t(
        "ua.android_users",
        "android",
        "logcat",
        "Created user {small}: Work profile for {email}",
        "Switching to user {small} from {small}",
        "Device unlocked by owner (method=fingerprint)",
        logger="UserManagerService|ActivityManager|KeyguardViewMediator",
    ),
    t(
        "ua.vpn_more",
        "openvpn cisco-asa globalprotect",
        "syslog",
        "{user}/{ip}:{port} MULTI_sva: pool returned IPv4=10.8.{small}.{n}, IPv6=(Not enabled)",
        "%ASA-6-722022: Group <{svc}-vpn> User <{user}> IP <{ip}> TCP SVC connection established without compression",
        "%ASA-6-113008: AAA transaction status ACCEPT : user = {user}",
        "GlobalProtect gateway user authentication succeeded. Login from: {ip}, User name: {user}",
        "%ASA-5-722037: Group <{svc}-vpn> User <{user}> IP <{ip}> SVC closing connection: User Requested.",
        proc="openvpn",
    ),
    t(
        "ua.db_accounts",
        "mysql postgresql elasticsearch",
        "mysql pg es json",
        "CREATE USER '{user}'@'%' IDENTIFIED WITH caching_sha2_password executed by root@localhost",
        "GRANT SELECT, INSERT ON {db}.* TO '{user}'@'10.%' by admin",
        "statement: ALTER ROLE {user} WITH PASSWORD '********'",
        '{{"type":"audit","event.action":"authentication_success","user.name":"{user}","realm":"native"}}',
        "user [{user}] created with roles [{svc}_reader]",
    ),
    t(
        "ua.app_settings",
        APPS,
        "iso json logfmt",
        "user {user_id} changed notification preferences: email={on|off}, sms={on|off}",
        "user {user_id} updated timezone to {Europe/Berlin|America/New_York|Asia/Tokyo}",
        "user {user} changed language to {de-DE|fr-FR|en-GB|es-ES}",
        "event=settings.updated user_id={user_id} setting={theme|two_factor|digest_frequency} "
        "value={dark|enabled|weekly}",
        '{{"event":"user.preferences.updated","user_id":"{user_id}","fields":["theme","locale"]}}',
    ),
    t(
        "ua.shop_customer",
        "shop ecommerce",
        "json iso",
        "customer {acct} registered with {email}",
        "customer {acct} updated shipping address",
        "customer {acct} deleted their account (GDPR erasure request {id})",
        "customer {email} unsubscribed from newsletter",
        '{{"event":"customer.login","customer_id":"{acct}","channel":"{web|ios|android}"}}',
    ),
    t(
        "ua.tokens_keys",
        "gitlab github ThirdPartyAPI",
        "json iso",
        "user {user} created personal access token '{ci-token|deploy|cli}' (scopes: {read_api|api|read_repository})",
        "API key {hex8}**** revoked by its owner {email}",
        "user {user} added SSH key SHA256:{hex32}",
        "{user} deleted OAuth application authorization for {svc}",
    ),
    t(
        "ua.web_frameworks",
        "django rails laravel devise",
        "py rails bracket",
        "User {user_id} signed in",
        "Login successful for user {email}",
        "User {user_id} logged in via remember token",
        "user {user} logged out (session expired by user action)",
    ),
    t(
        "ua.directory_admin",
        "freeipa active-directory",
        "syslog json none",
        'ipa user-add {user} --first={first} --last={last}: Added user "{user}"',
        'ipa user-disable {user}: Disabled user account "{user}"',
        "User {user} was added to group Domain Users by {user2}",
        "Account {user} unlocked by help desk operator {user2}",
    ),
    t(
        "ua.google_workspace",
        "google-workspace",
        "none",
        '{{"kind":"admin#reports#activity","events":[{{"name":"login_success","parameters":[{{"name":"login_type",'
        '"value":"google_password"}}]}}],"actor":{{"email":"{email}"}}}}',
        '{{"events":[{{"name":"logout"}}],"actor":{{"email":"{email}"}},"ipAddress":"{ip}"}}',
        '{{"events":[{{"name":"password_edit"}}],"actor":{{"email":"{email}"}}}}',
        '{{"events":[{{"name":"2sv_enroll"}}],"actor":{{"email":"{email}"}}}}',
    ),
    t(
        "ua.hr_portal",
        "ModernHR Workday BambooHR",
        "iso json",
        "Worker {emp} updated personal information: home address",
        "employee {emp} changed bank details for payslips",
        "{name} ({emp}) updated emergency contact",
        "Worker {emp} signed in to the self-service portal",
    ),
    t(
        "ua.file_services",
        "sftp samba",
        "syslog",
        "session opened for local user {user} from [{ip}]",
        "Auth: [SMB2,(null)] user [CORP]\\[{user}] at [{date}] with [Kerberos] status [NT_STATUS_OK] remote host "
        "[ipv4:{ip}:{port}] became [CORP]\\[{user}]",
        "session closed for local user {user} from [{ip}]",
        proc="sftp-server",
    ),
    t(
        "ua.session_kv",
        APPS + " auth-gateway",
        "logfmt json zap",
        "event=logout user_id={user_id} session_id={hex16} reason=user_initiated",
        '{{"event":"user.login","user_id":"{user_id}","method":"password","mfa":true,"ip":"{ip}"}}',
        'level=info msg="login succeeded" user={user} provider={oidc|ldap|saml}',
        '{{"event":"session.refresh","user":"{email}","device":"{iPhone|Chrome on Windows|Firefox on Linux}"}}',
    ),
    t(
        "ua.password_reset_done",
        APPS,
        "iso json",
        "password reset completed for {email} via email link",
        "user {user} set a new password after reset",
        "user {user_id} changed their password",
        "e-mail address of user {user_id} changed from {email} to {email2}",
    ),
    t(
        "ua.account_closure",
        APPS + " shop",
        "iso json",
        "customer {acct} closed their account",
        "user {user_id} requested account deactivation; account deactivated",
        "admin {user} re-activated account {acct}",
        "account {acct} renamed to '{company}' by {user}",
    ),
]
