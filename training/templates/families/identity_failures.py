"""Kerberos KDCs and Keycloak (the `identity` family, continued): authentication requests the KDC or the realm
refused.

Phrasings follow MIT krb5's kdc/kdc_log.c (log_as_req: "AS_REQ (%s) %s: %s: %s for %s%s" with status strings
such as PREAUTH_FAILED and CLIENT_NOT_FOUND and the krb5 error texts "Preauthentication failed", "Client not found
in Kerberos database", "Client's credentials have been revoked") and Keycloak's services/ServicesLogger
("KC-SERVICES0053: login failure for user %s from ip %s") and event fields (error=user_disabled,
invalid_user_credentials with grant_type=password on the direct-grant endpoint).
"""

from training.templates.families._kit import SEC, maker
from training.values import register

FAMILY = "identity"
register({"krb_realm": lambda r: r.choice(("CORP.EXAMPLE.COM", "AD.ACME.LOCAL", "EXAMPLE.ORG", "LAB.INITECH.NET"))})
k = maker("identity", sources="krb5kdc", prefixes="syslog journal", proc="krb5kdc")
kc = maker("identity", sources="keycloak", prefixes="spring java none", logger="org.keycloak.events")
_AS = "AS_REQ ({small} etypes {{18 17 20 19 16 23}}) {ip}: "
_TGT = " for krbtgt/{krb_realm}@{krb_realm}"

TEMPLATES = [
    k(
        SEC,
        "krb5kdc.preauth_failed",
        _AS + "PREAUTH_FAILED: {user}@{krb_realm}" + _TGT + ", Preauthentication failed",
        "AS_REQ ({small} etypes {{aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17)}}) {ip}: PREAUTH_FAILED: "
        "{user}@{krb_realm}" + _TGT + ", Preauthentication failed",
    ),
    k(
        SEC,
        "krb5kdc.client_refused",
        _AS + "CLIENT_NOT_FOUND: {user}@{krb_realm}" + _TGT + ", Client not found in Kerberos database",
        _AS + "LOCKED_OUT: {user}@{krb_realm}" + _TGT + ", Client's credentials have been revoked",
        _AS + "CLIENT_REVOKED: {user}@{krb_realm}" + _TGT + ", Client's credentials have been revoked",
    ),
    kc(
        SEC,
        "kc.direct_grant_refused",
        "type=LOGIN_ERROR, realmId={hex32}, clientId=admin-cli, userId={uuid}, ipAddress={ip}, "
        "error=invalid_user_credentials, auth_method=openid-connect, grant_type=password, client_auth_method="
        "client-secret, username={user}",
        "type=LOGIN_ERROR, realmId={hex32}, clientId=account-console, userId={uuid}, ipAddress={ip}, "
        "error=user_disabled, auth_method=openid-connect, username={user}",
        sev="warn",
    ),
    kc(
        SEC,
        "kc.services_login_failure",
        "KC-SERVICES0053: login failure for user {uuid} from ip {ip}",
        "KC-SERVICES0053: login failure for user {user} from ip {pip}",
        logger="org.keycloak.services",
        sev="warn",
    ),
]
