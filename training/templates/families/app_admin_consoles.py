"""Admin-console audit trails of SaaS and self-hosted applications (the `app_admin` family): members invited, added,
removed, roles changed between non-admin roles, tokens and keys reset or revoked, passwords reset, failed console
sign-ins and console settings changed.

Event names follow the vendors' published audit-log references: GitHub's organization audit log actions
(org.invite_member, org.add_member, org.remove_member, org.update_member, org.update_default_repository_permission,
oauth_application.reset_secret, oauth_access.destroy, public_key.create / public_key.delete), Slack's Audit Logs API
actions (user_created, user_deactivated, user_reactivated, role_change_to_user, pref.sso_setting_changed) and the
AppDynamics Controller's supported audit actions (LOGIN_FAILED, USER_ADD_TO_GROUP, USER_REMOVE_FROM_GROUP,
USER_REMOVE_ACCOUNT_ROLE, USER_PASSWORD_RESET, USER_PASSWORD_CHANGED, OBJECT_CREATED,
SAML_AUTHENTICATION_CONFIG_UPDATED). Making someone an administrator is Security Alert and stays in
privilege_grants.py; account changes here are User Action, failed sign-ins Security Alert, console settings System
Notification.
"""

from training.templates.families._kit import SEC, SN, UA, maker

FAMILY = "app_admin"
t = maker("app_admin", sources="github slack appdynamics", prefixes="json none")


def gh(action: str, extra: str = "") -> str:
    """One GitHub organization audit-log event as the streaming / REST API returns it."""
    return (
        '{{"@timestamp":{epochms},"action":"' + action + '","actor":"{user2}","actor_ip":"{pip}","org":"{company}",'
        '"user":"{user}"' + extra + "}}"
    )


def slack(action: str, extra: str = "") -> str:
    """One Slack Audit Logs API entry."""
    return (
        '{{"id":"{uuid}","date_create":{epoch},"action":"'
        + action
        + '","actor":{{"type":"user","user":{{"id":"U{hex8}",'
        '"email":"{email}"}}}},"entity":{{"type":"user","user":{{"id":"U{hex8}","name":"{user}"}}}}' + extra + "}}"
    )


def appd(action: str, obj: str) -> str:
    """One AppDynamics Controller audit-log entry as the audit REST API returns it."""
    return (
        '{{"timeStamp":{epochms},"auditDateTime":"{ts}","accountName":"{company}","securityProviderType":"INTERNAL",'
        '"userName":"{user2}","action":"' + action + '","objectType":"' + obj + '","objectName":"{user}"}}'
    )


TEMPLATES = [
    t(
        UA,
        "console.member_invited",
        gh("org.invite_member", ',"invitee_email":"{email}"'),
        gh("org.add_member", ',"permission":"read"'),
        appd("USER_ADD_TO_GROUP", "USER"),
    ),
    t(
        UA,
        "console.member_removed",
        gh("org.remove_member"),
        slack("user_deactivated"),
        appd("USER_REMOVE_FROM_GROUP", "USER"),
    ),
    t(
        UA,
        "console.role_changed",
        gh("org.update_member", ',"permission":"read","old_permission":"admin"'),
        slack("role_change_to_user", ',"details":{{"previous_role":"admin","new_role":"user"}}'),
        appd("USER_REMOVE_ACCOUNT_ROLE", "USER"),
    ),
    t(
        UA,
        "console.user_created",
        slack("user_created"),
        slack("user_reactivated"),
        appd("OBJECT_CREATED", "USER"),
    ),
    t(
        UA,
        "console.api_token",
        gh("oauth_application.reset_secret", ',"application_name":"{svc}"'),
        gh("public_key.create", ',"title":"{svc}-deploy"'),
        appd("USER_PASSWORD_RESET", "USER"),
    ),
    t(
        UA,
        "console.oauth_revoked",
        gh("oauth_access.destroy", ',"application_name":"{svc}"'),
        gh("public_key.delete", ',"title":"{svc}-deploy"'),
        appd("USER_PASSWORD_CHANGED", "USER"),
    ),
    t(
        SEC,
        "console.login_failed",
        appd("LOGIN_FAILED", "USER"),
        '{{"timeStamp":{epochms},"accountName":"{company}","securityProviderType":"LDAP","userName":"{user}",'
        '"action":"LOGIN_FAILED","objectType":"USER"}}',
    ),
    t(
        SN,
        "console.settings_changed",
        gh("org.update_default_repository_permission", ',"permission":"read"'),
        slack("pref.sso_setting_changed"),
        appd("SAML_AUTHENTICATION_CONFIG_UPDATED", "SAML_CONFIG"),
    ),
]
