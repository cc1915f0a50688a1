"""Cloud identity providers (the `identity` family, continued): the Okta System Log and Microsoft Entra ID
(Azure AD) sign-in, risk, audit and provisioning logs.

Okta eventType values and displayMessage texts follow Okta's System Log event-type catalogue; Entra records follow
the SignInLogs / AuditLogs / ProvisioningLogs schemas and the AADSTS error codes and messages (50126, 50053, 50057,
53003, 500121).
"""

from training.templates.families._kit import DEP, RES, SEC, UA, WF
from training.templates.families.identity import t

FAMILY = "identity"
OK = "okta"
EN = "entra"


def okta(event: str, result: str, msg: str, extra: str = "") -> str:
    """An Okta System Log event (the fields a SIEM export keeps)."""
    return (
        f'{{{{"eventType":"{event}","outcome":{{{{"result":"{result}"{extra}}}}},"displayMessage":"{msg}",'
        '"actor":{{"alternateId":"{email}","type":"User"}},"client":{{"ipAddress":"{ip}","userAgent":{okta_ua}}},'
        '"published":"{ts}","severity":"INFO"}}'
    )


def entra(code: str, reason: str) -> str:
    """An Entra ID (Azure AD) sign-in log record as exported to Log Analytics / Event Hubs."""
    return (
        '{{"time":"{ts}","operationName":"Sign-in activity","category":"SignInLogs","resultType":"' + code + '",'
        '"resultDescription":"' + reason + '","properties":{{"userPrincipalName":"{email}","appDisplayName":'
        '"{entra_app}","ipAddress":"{ip}","status":{{"errorCode":' + code + "}}}}}}"
    )


TEMPLATES = [
    t(
        UA,
        "okta.session",
        okta("user.session.start", "SUCCESS", "User login to Okta"),
        okta("user.session.end", "SUCCESS", "User logout from Okta"),
        okta("user.authentication.sso", "SUCCESS", "User single sign on to app"),
        sources=OK,
        prefixes="none",
    ),
    t(
        UA,
        "okta.lifecycle",
        okta("user.lifecycle.create", "SUCCESS", "Create Okta user"),
        okta("user.lifecycle.deactivate", "SUCCESS", "Deactivate Okta user"),
        okta("user.account.update_password", "SUCCESS", "User update password for Okta"),
        okta("user.mfa.factor.activate", "SUCCESS", "Activate factor or authenticator"),
        sources=OK,
        prefixes="none",
    ),
    t(
        SEC,
        "okta.failed",
        okta("user.session.start", "FAILURE", "User login to Okta", ',"reason":"VERIFICATION_ERROR"'),
        okta(
            "user.authentication.auth_via_mfa",
            "FAILURE",
            "Authentication of user via MFA",
            ',"reason":"INVALID_CREDENTIALS"',
        ),
        okta("user.mfa.okta_verify.deny_push", "FAILURE", "User rejected Okta push verify"),
        sources=OK,
        prefixes="none",
    ),
    t(
        SEC,
        "okta.lock",
        okta("user.account.lock", "SUCCESS", "Max sign in attempts exceeded"),
        okta("security.threat.detected", "DENY", "Request from suspicious actor", ',"reason":"Password Spray"'),
        okta("security.request.blocked", "DENY", "Request from blocklisted IP"),
        okta("policy.evaluate_sign_on", "DENY", "Evaluation of sign-on policy"),
        sources=OK,
        prefixes="none",
    ),
    t(
        RES,
        "okta.rate_limit",
        okta("system.org.rate_limit.violation", "SUCCESS", "Rate limit violation"),
        okta("system.org.rate_limit.warning", "SUCCESS", "Rate limit warning"),
        okta("system.operation.rate_limit.violation", "SUCCESS", "Operation rate limit violation"),
        sources=OK,
        prefixes="none",
    ),
    t(
        WF,
        "okta.provisioning",
        okta(
            "application.provision.user.push",
            "FAILURE",
            "Push user to app",
            ',"reason":"Error while pushing user to app: DUPLICATE_USERNAME"',
        ),
        okta(
            "application.provision.user.sync",
            "FAILURE",
            "Sync user to app",
            ',"reason":"Automatic provisioning of user to app failed: Required attribute employeeNumber missing"',
        ),
        okta(
            "app.user_management.push_profile_failure", "FAILURE", "Push profile update to external application failed"
        ),
        sources=OK,
        prefixes="none",
    ),
    t(
        WF,
        "okta.workflow",
        okta(
            "workflows.user.flow.execution.failed",
            "FAILURE",
            "Flow execution failed",
            ',"reason":"Onboarding flow stopped: manager not found in HRIS"',
        ),
        okta(
            "user.import.failed",
            "FAILURE",
            "Import of users from app failed",
            ',"reason":"CSV directory import stopped: 12 rows rejected"',
        ),
        sources=OK,
        prefixes="none",
    ),
    t(
        UA,
        "entra.signin_ok",
        entra("0", ""),
        '{{"time":"{ts}","category":"SignInLogs","operationName":"Sign-in activity","resultType":"0","properties":'
        '{{"userPrincipalName":"{email}","appDisplayName":"{entra_app}","conditionalAccessStatus":"success",'
        '"authenticationRequirement":"multiFactorAuthentication","ipAddress":"{ip}"}}}}',
        sources=EN,
        prefixes="none",
    ),
    t(
        SEC,
        "entra.signin_failed",
        entra("50126", "Error validating credentials due to invalid username or password."),
        entra(
            "50053",
            "Account is locked because user tried to sign in too many times with an incorrect user ID or password.",
        ),
        entra("50057", "User account is disabled. The account has been disabled by an administrator."),
        sources=EN,
        prefixes="none",
    ),
    t(
        SEC,
        "entra.blocked",
        entra(
            "53003",
            "Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.",
        ),
        entra("500121", "Authentication failed during strong authentication request."),
        '{{"time":"{ts}","category":"UserRiskEvents","properties":{{"riskEventType":"{unfamiliarFeatures|'
        'impossibleTravel|leakedCredentials|anonymizedIPAddress}","riskLevel":"{high|medium}","userPrincipalName":'
        '"{email}","ipAddress":"{pip}"}}}}',
        sources=EN,
        prefixes="none",
    ),
    t(
        UA,
        "entra.audit",
        '{{"time":"{ts}","category":"AuditLogs","operationName":"Add user","result":"success","properties":{{'
        '"activityDisplayName":"Add user","initiatedBy":{{"user":{{"userPrincipalName":"{email}"}}}},"targetResources":'
        '[{{"userPrincipalName":"{email2}","type":"User"}}]}}}}',
        '{{"time":"{ts}","category":"AuditLogs","operationName":"Delete user","result":"success","properties":{{'
        '"activityDisplayName":"Delete user","targetResources":[{{"userPrincipalName":"{email2}"}}]}}}}',
        '{{"time":"{ts}","category":"AuditLogs","operationName":"Reset user password","result":"success","properties":'
        '{{"activityDisplayName":"Reset user password","targetResources":[{{"userPrincipalName":"{email2}"}}]}}}}',
        '{{"time":"{ts}","category":"AuditLogs","operationName":"Change user password","result":"success"}}',
        sources=EN,
        prefixes="none",
    ),
    t(
        DEP,
        "entra.deprecated",
        "Azure AD Graph API is deprecated and will be retired; migrate to Microsoft Graph"
        " (https://graph.microsoft.com)",
        "WARNING: The Azure AD PowerShell module is deprecated. Use Microsoft Graph PowerShell SDK instead.",
        "DeprecationWarning: The 'adal' library is deprecated; use 'msal' (Microsoft Authentication Library) instead",
        sources=EN,
        prefixes="none py",
    ),
    t(
        UA,
        "okta.password_reset",
        okta("user.account.reset_password", "SUCCESS", "Fired when the user's Okta password is reset"),
        okta("user.account.unlock", "SUCCESS", "Unlock user account"),
        okta("user.lifecycle.activate", "SUCCESS", "Activate Okta user"),
        sources=OK,
        prefixes="none",
    ),
    t(
        SEC,
        "entra.privileged_role",
        '{{"time":"{ts}","category":"AuditLogs","operationName":"Add member to role","result":"success","properties":'
        '{{"activityDisplayName":"Add member to'
        ' role","targetResources":[{{"userPrincipalName":"{email}","modifiedProperties"'
        ':[{{"displayName":"Role.DisplayName","newValue":"\\"Global Administrator\\""}}]}}]}}}}',
        '{{"time":"{ts}","category":"AuditLogs","operationName":"Consent to application","result":"success",'
        '"properties":{{"activityDisplayName":"Consent to application","initiatedBy":{{"user":{{"userPrincipalName":'
        '"{email}","ipAddress":"{pip}"}}}},"additionalDetails":[{{"key":"ConsentType","value":"AllPrincipals"}}]}}}}',
        sources=EN,
        prefixes="none",
    ),
    t(
        WF,
        "entra.provisioning",
        '{{"time":"{ts}","category":"ProvisioningLogs","operationName":"Provisioning activity","resultType":"Failure",'
        '"properties":{{"action":"Create","provisioningStatusInfo":{{"status":"failure",'
        '"errorInformation":{{"errorCode":'
        '"SalesforceDuplicateUserName","reason":"The user could not be created in Salesforce because the username is'
        ' already in use"}}}},"sourceIdentity":{{"identityType":"User"}},'
        '"targetSystem":{{"displayName":"Salesforce"}}}}}}',
        '{{"time":"{ts}","category":"ProvisioningLogs","operationName":"Provisioning activity","resultType":"Failure",'
        '"properties":{{"action":"Update","provisioningStatusInfo":{{"status":"failure",'
        '"errorInformation":{{"errorCode":'
        '"WorkdayWritebackFailed","reason":"Failed to write back email address to Workday worker {emp}"}}}}}}}}',
        sources=EN,
        prefixes="none",
    ),
    t(
        UA,
        "okta.app_membership",
        okta("application.user_membership.add", "SUCCESS", "Add user to application membership"),
        okta("application.user_membership.remove", "SUCCESS", "Remove user from application membership"),
        okta("group.user_membership.add", "SUCCESS", "Add user to group membership"),
        sources=OK,
        prefixes="none",
    ),
]
