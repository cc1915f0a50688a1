"""Spring Security (the `spring_java` family, continued): authentication failures other than bad passwords, as
Spring Boot's audit listener and the provider classes log them, with the successful logins and logouts beside them.

Messages are Spring Security's messages.properties (AbstractUserDetailsAuthenticationProvider.locked "User
account is locked", .disabled "User is disabled", .expired "User account has expired", .credentialsExpired "User
credentials have expired", badCredentials "Bad credentials") carried by LockedException, DisabledException,
AccountExpiredException, CredentialsExpiredException; Spring Boot actuator's AuditEvent toString and its
AuthenticationAuditListener types (AUTHENTICATION_FAILURE, AUTHENTICATION_SUCCESS, LOGOUT_SUCCESS);
DaoAuthenticationProvider's "Failed to find user '%s'" and the pre-authentication checks' "Failed to
authenticate since user account is locked|disabled".
"""

from training.templates.families._kit import SEC, UA, maker

FAMILY = "spring_java"
t = maker("spring_java", sources="spring java", prefixes="spring java", logger="o.s.b.a.audit.listener.AuditListener")
_AE = "AuditEvent [timestamp={ts}, principal={user}, type="
_EX = "data={{type=org.springframework.security.authentication."

TEMPLATES = [
    t(
        SEC,
        "security.audit_locked_disabled",
        _AE + "AUTHENTICATION_FAILURE, " + _EX + "LockedException, message=User account is locked}}]",
        _AE + "AUTHENTICATION_FAILURE, " + _EX + "DisabledException, message=User is disabled}}]",
        _AE + "AUTHENTICATION_FAILURE, " + _EX + "AccountExpiredException, message=User account has expired}}]",
        sev="warn info",
    ),
    t(
        SEC,
        "security.audit_credentials_expired",
        _AE
        + "AUTHENTICATION_FAILURE, "
        + _EX
        + "CredentialsExpiredException, message=User credentials have expired}}]",
        _AE + "AUTHENTICATION_FAILURE, " + _EX + "BadCredentialsException, details=WebAuthenticationDetails "
        "[RemoteIpAddress={ip}, SessionId=null], message=Bad credentials}}]",
        sev="warn info",
    ),
    t(
        SEC,
        "security.user_not_found",
        "Failed to find user '{user}'",
        "Failed to authenticate since user account is locked",
        "Failed to authenticate since user account is disabled",
        logger="o.s.s.a.dao.DaoAuthenticationProvider",
        sev="debug warn",
    ),
    t(
        UA,
        "security.audit_success_logout",
        _AE + "AUTHENTICATION_SUCCESS, data={{details=WebAuthenticationDetails [RemoteIpAddress={ip}, SessionId="
        "{hex32}]}}]",
        _AE + "LOGOUT_SUCCESS, data={{}}]",
    ),
]
