"""Identity systems: Keycloak (server log and login/admin events), Okta System Log, Microsoft Entra ID (Azure AD)
sign-in and audit logs, HashiCorp Vault (server log and audit device).

Phrasings follow the systems' own sources and documented schemas: Keycloak's JBossLoggingEventListenerProvider
("type=LOGIN_ERROR, realmId=..., error=invalid_user_credentials"), BruteForceProtector, the Quarkus startup
banner and the DEPRECATED-options notice; Okta System Log eventType values (user.session.start,
user.account.lock, security.threat.detected, application.provision.user.push, system.org.rate_limit.violation)
with their displayMessage texts; Entra sign-in error codes and messages (50126, 50053, 50057, 53003, 500121)
and audit activityDisplayName values; Vault's hclog lines (core: vault is unsealed, post-unseal setup
complete, expiration: revoked lease, "mount entry associated with pending removal builtin") and the audit
device's request/response JSON.
"""

from training.templates.families._kit import CRIT, DEP, ERR, HTTP, RES, SEC, SN, UA, maker, pick
from training.values import register

register(
    {
        "idp_realm": pick("master", "acme", "customers", "internal", "partners"),
        "idp_client": pick(
            "account-console", "admin-cli", "web-portal", "mobile-app", "grafana", "security-admin-console"
        ),
        "okta_ua": lambda r: r.choice(
            (
                '{"rawUserAgent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0","os":"Windows 10"}',
                '{"rawUserAgent":"Okta Verify/9.4.0 (iPhone; iOS 17.4)","os":"iOS","browser":"UNKNOWN"}',
            )
        ),
        "entra_app": pick(
            "Office 365 Exchange Online",
            "Microsoft Teams",
            "Azure Portal",
            "Salesforce",
            "My Apps",
            "Microsoft Azure CLI",
        ),
    }
)

FAMILY = "identity"
t = maker("identity", sources="keycloak", prefixes="spring java none", logger="org.keycloak.events")
KC_EV = "type={ev}, realmId={hex32}, clientId={idp_client}, userId={uid}, ipAddress={ip}"
OK = "okta"
EN = "entra"
VA = "vault"


def kc(ev: str, uid: str = "{uuid}", tail: str = "") -> str:
    """A Keycloak login-event line as the jboss-logging event listener writes it."""
    return KC_EV.replace("{ev}", ev).replace("{uid}", uid) + tail


TEMPLATES = [
    t(
        UA,
        "kc.login",
        kc(
            "LOGIN",
            tail=", auth_method=openid-connect, auth_type=code, redirect_uri=https://{domain}/callback,"
            " consent=no_consent_required, code_id={uuid}, username={user}",
        ),
        'type="LOGIN", realmId="{hex32}", realmName="{idp_realm}", clientId="{idp_client}", userId="{uuid}",'
        ' ipAddress="{ip}", auth_method="openid-connect", username="{user}"',
    ),
    t(
        UA,
        "kc.logout",
        kc("LOGOUT", tail=", redirect_uri=https://{domain}/"),
        'type="LOGOUT", realmId="{hex32}", realmName="{idp_realm}", clientId="null", userId="{uuid}", ipAddress="{ip}"',
    ),
    t(
        UA,
        "kc.account_change",
        kc("REGISTER", tail=", auth_method=openid-connect, register_method=form, email={email}, username={user}"),
        kc("UPDATE_PASSWORD", tail=", auth_method=openid-connect"),
        kc("UPDATE_PROFILE", tail=", previous_email={email}, updated_email={email2}"),
        kc("UPDATE_TOTP", tail=", auth_method=openid-connect"),
    ),
    t(
        UA,
        "kc.admin_event",
        "operationType=CREATE, realmId={hex32}, clientId={hex32}, userId={uuid}, ipAddress={ip},"
        " resourceType=USER, resourcePath=users/{uuid2}",
        "operationType=DELETE, realmId={hex32}, clientId={hex32}, userId={uuid}, ipAddress={ip},"
        " resourceType=USER, resourcePath=users/{uuid2}",
        "operationType=ACTION, realmId={hex32}, clientId={hex32}, userId={uuid}, ipAddress={ip},"
        " resourceType=USER, resourcePath=users/{uuid2}/reset-password",
        logger="org.keycloak.events",
    ),
    t(
        SEC,
        "kc.login_error",
        kc("LOGIN_ERROR", uid="null", tail=", error=user_not_found, auth_method=openid-connect, username={user}"),
        kc("LOGIN_ERROR", tail=", error=invalid_user_credentials, auth_method=openid-connect, username={user}"),
        'type="LOGIN_ERROR", realmId="{hex32}", realmName="{idp_realm}", clientId="{idp_client}", userId="{uuid}",'
        ' ipAddress="{pip}", error="invalid_user_credentials", auth_method="openid-connect", username="{user}"',
        sev="warn",
    ),
    t(
        SEC,
        "kc.brute_force",
        kc("LOGIN_ERROR", tail=", error=user_temporarily_disabled, auth_method=openid-connect, username={user}"),
        "login failure for user {uuid} from ip {pip}",
        "KC-SERVICES0097: Invalid request: java.lang.IllegalStateException: user is temporarily locked due to brute"
        " force detection",
        logger="org.keycloak.events|org.keycloak.services.managers.BruteForceProtector",
        sev="warn",
    ),
    t(
        SEC,
        "kc.client_error",
        kc("CLIENT_LOGIN_ERROR", uid="null", tail=", error=invalid_client_credentials, grant_type=client_credentials"),
        kc("REFRESH_TOKEN_ERROR", uid="null", tail=", error=invalid_token, grant_type=refresh_token"),
        kc("CODE_TO_TOKEN_ERROR", uid="null", tail=", error=invalid_code, grant_type=authorization_code"),
        sev="warn",
    ),
    t(
        SN,
        "kc.started",
        "Keycloak {24.0.4|25.0.1|23.0.7} on JVM (powered by Quarkus {3.8.4|3.8.5}) started in {sec}s. Listening on:"
        " http://0.0.0.0:8080",
        "Profile prod activated.",
        "Installed features: [agroal, cdi, hibernate-orm, jdbc-postgresql, keycloak, logging-gelf, narayana-jta,"
        " reactive-"
        "routes, resteasy-reactive, smallrye-context-propagation, smallrye-health, vertx]",
        "Keycloak stopped in {sec}s",
        logger="io.quarkus",
    ),
    t(
        SN,
        "kc.ldap_sync",
        "Sync all users from LDAP to local store: realm: {idp_realm}, federation provider: ldap",
        "Sync of federation provider 'ldap' finished successfully. Added {n} users, updated {num} users, removed 0"
        " users,"
        " {small} users failed sync!",
        "Cluster-wide key rotation finished for realm {idp_realm}",
        logger="org.keycloak.storage.ldap.LDAPStorageProviderFactory|org.keycloak.services",
    ),
    t(
        ERR,
        "kc.errors",
        "Failed to send email: org.keycloak.email.EmailException: Error when attempting to send the email to the"
        " server."
        " More information is available in the server log.",
        "Uncaught server error: java.lang.NullPointerException",
        "Sync of federation provider 'ldap' failed: javax.naming.CommunicationException: {host}:636",
        logger="org.keycloak.services|org.keycloak.services.error.KeycloakErrorHandler",
    ),
    t(
        CRIT,
        "kc.start_failed",
        "ERROR: Failed to start server in (production) mode",
        "ERROR: Failed to obtain JDBC connection",
        "Failed to update database: liquibase.exception.LockException: Could not acquire change log lock. Currently"
        " locked by {host} ({ip}) since {date}",
        logger="org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler|org.keycloak.connections.jpa",
        sev="crit",
    ),
    t(
        DEP,
        "kc.deprecated",
        "The following used options or option values are DEPRECATED and will be removed or their behaviour changed in a"
        " future release: - proxy: Use proxy-headers. Consult the Release Notes for details.",
        "Usage of the default value for the db option in the production profile is deprecated. Please explicitly set"
        " the"
        " db instead.",
        "The following used options or option values are DEPRECATED and will be removed or their behaviour changed in a"
        " future release: - hostname-strict-backchannel: Use hostname-backchannel-dynamic. Consult the Release Notes"
        " for details.",
        logger="org.keycloak.quarkus.runtime.configuration.mappers.PropertyMappers|org.keycloak.quarkus.runtime",
    ),
    t(
        HTTP,
        "kc.access",
        '{ip} - - [{clf}] "POST /realms/{idp_realm}/protocol/openid-connect/token HTTP/1.1" {status} {size}',
        '{ip} - - [{clf}] "GET /realms/{idp_realm}/protocol/openid-connect/auth?client_id={idp_client}&response_type='
        'code HTTP/1.1" {status} {size}',
        '{ip} - - [{clf}] "GET /realms/{idp_realm}/.well-known/openid-configuration HTTP/1.1" {status} {size}',
        '{ip} - - [{clf}] "GET /admin/realms/{idp_realm}/users?briefRepresentation=true&first=0&max=11 HTTP/1.1"'
        " {status}"
        " {size}",
        prefixes="none",
        logger="io.quarkus.http.access-log",
    ),
    t(
        HTTP,
        "kc.access_ua",
        '{ip} - - [{clf}] "POST /realms/{idp_realm}/protocol/openid-connect/token/introspect HTTP/1.1" {status} {size}'
        ' "-" {ua}',
        '{ip} - {user} [{clf}] "GET /realms/{idp_realm}/account/ HTTP/1.1" {status} {size} "-" {ua}',
        prefixes="none",
    ),
    t(
        SN,
        "vault.unseal",
        "core: vault is unsealed",
        "core: post-unseal setup complete",
        'core: successfully mounted: type=kv version="v0.17.0+builtin" path=secret/ namespace="ID: root. Path: "',
        "core.cluster-listener: starting listener: listener_address=0.0.0.0:8201",
        sources=VA,
        prefixes="hclog none journal",
        proc="vault",
    ),
    t(
        SN,
        "vault.lease",
        "expiration: revoked lease: lease_id=auth/{userpass|kubernetes}/login/{hex24}",
        "rollback: starting rollback manager",
        "core: pre-seal teardown starting",
        "storage.raft: snapshot complete up to: index={num}",
        sources=VA,
        prefixes="hclog none",
        proc="vault",
    ),
    t(
        ERR,
        "vault.errors",
        'secrets.database.database_{hex8}: error creating database object: error="error verifying connection: failed'
        " to"
        " connect to `host={host} user=vault database=postgres`: dial error (dial tcp {ip}:5432: connect: connection"
        ' refused)"',
        'expiration: failed to revoke lease: lease_id=database/creds/readonly/{hex24} error="failed to revoke entry:'
        ' resp: (*logical.Response)(nil) err: context deadline exceeded"',
        'core: error checking health: error="Vault is sealed"',
        sources=VA,
        prefixes="hclog none",
        proc="vault",
    ),
    t(
        CRIT,
        "vault.fatal",
        "Error initializing storage of type raft: failed to create fsm: failed to open bolt file: timeout",
        "core: barrier reports initialized but no seal configuration found",
        'core: failed to unseal: error="fetching stored unseal keys failed: failed to decrypt keys from storage: error'
        ' decrypting seal wrapped value"',
        "core: vault is sealed",
        sources=VA,
        prefixes="hclog none journal",
        proc="vault",
        sev="crit error",
    ),
    t(
        SEC,
        "vault.audit_denied",
        '{{"time":"{ts}","type":"response","auth":{{"token_type":"default"}},"request":{{"id":"{uuid}","operation":'
        '"update","path":"auth/userpass/login/{user}","remote_address":"{pip}"}},"error":"invalid username or'
        ' password"}}',
        '{{"time":"{ts}","type":"request","auth":{{"display_name":"token-{user}","policies":["default"]}},"request":{{'
        '"id":"{uuid}","operation":"read","path":"secret/data/prod/{db}","remote_address":"{ip}"}},"error":"permission'
        ' denied"}}',
        '{{"time":"{ts}","type":"response","request":{{"operation":"update","path":"auth/approle/login",'
        '"remote_address":"{pip}"}},"error":"invalid role or secret ID"}}',
        sources=VA,
        prefixes="none",
    ),
    t(
        UA,
        "vault.audit_login",
        '{{"time":"{ts}","type":"response","auth":{{"client_token":"hmac-sha256:{cid}","display_name":"userpass-'
        '{user}","policies":["default","dev"],"token_type":"service"}},"request":{{"id":"{uuid}","operation":"update",'
        '"path":"auth/userpass/login/{user}","remote_address":"{ip}"}}}}',
        '{{"time":"{ts}","type":"response","auth":{{"display_name":"oidc-{email}","policies":["default"]}},"request":{{'
        '"operation":"update","path":"auth/oidc/oidc/callback","remote_address":"{ip}"}}}}',
        '{{"time":"{ts}","type":"response","request":{{"operation":"update","path":"auth/userpass/users/{user}",'
        '"remote_address":"{ip}"}},"response":{{"data":{{}}}}}}',
        sources=VA,
        prefixes="none",
    ),
    t(
        RES,
        "vault.quota",
        'http: request path "secret/data/app": rate limit quota exceeded',
        "quotas: lease count quota exceeded: name=global max_leases={num} count={num}",
        "core: lease count approaching max: count={num2} max={num}",
        sources=VA,
        prefixes="hclog none",
        proc="vault",
    ),
    t(
        DEP,
        "vault.deprecated",
        "core: mount entry associated with pending removal builtin: path=ad/ type=ad",
        "core: mount entry associated with deprecated builtin: path=app-id/ type=app-id",
        "WARNING! The following warnings were returned from Vault: * Endpoint ignored these unrecognized parameters:"
        " [ttl]",
        sources=VA,
        prefixes="hclog none",
        proc="vault",
    ),
    t(
        UA,
        "kc.bootstrap_admin",
        "Added user 'admin' to realm 'master'",
        "Created temporary admin user with name {admin|temp-admin}",
        "User '{user}' created in realm '{idp_realm}' by admin CLI",
        logger="org.keycloak.services",
    ),
]
