"""Web and mobile applications that log the outcome of a login in plain words: Spring Security's default
failure message, RhodeCode/Kallithea's LDAP authenticator, Firebase Authentication's error texts as apps log
them, and AnkiDroid-style app loggers ("login was not successful").

Phrasings follow Spring Security's default login page message ("Your login attempt was not successful, try
again. Reason: Bad credentials", with SPRING_SECURITY_LAST_EXCEPTION's message), RhodeCode's auth_ldap ("LDAP
rejected password for user '%s' (%s): %s"), Firebase's auth/too-many-requests and auth/wrong-password messages
("Too many unsuccessful login attempts. Please try again later.", "The password is invalid or the user does not
have a password.") and Timber/android loggers ("login was not successful"), and their successful counterparts.
"""

from training.templates.families._kit import SEC, UA, maker

FAMILY = "webapp"
spring = maker(
    "webapp", sources="webapp", prefixes="spring java", logger="o.s.s.w.a.UsernamePasswordAuthenticationFilter"
)
ldap = maker("webapp", sources="rhodecode", prefixes="py", logger="rhodecode.authentication.plugins.auth_ldap")
fb = maker("webapp", sources="mobile-api web-frontend", prefixes="json none")

TEMPLATES = [
    spring(
        SEC,
        "spring.login_not_successful",
        "Your login attempt was not successful, try again. Reason: Bad credentials (username={user}, "
        "remoteAddress={ip})",
        "Your login attempt was not successful, try again. Reason: User account is locked",
        sev="warn",
    ),
    ldap(
        SEC,
        "ldap.rejected_password",
        "LDAP rejected password for user '{user}' (uid={user},ou=people,dc={domain}): Invalid credentials",
        "LDAP rejected password for user '{user}': {{'desc': 'Invalid credentials'}}",
        sev="warn",
    ),
    fb(
        SEC,
        "firebase.unsuccessful_attempts",
        "auth/too-many-requests: Too many unsuccessful login attempts. Please try again later. (uid={user_id}, "
        "ip={ip})",
        "sign-in refused for {email}: Too many unsuccessful login attempts. Please try again later.",
        "auth/wrong-password: The password is invalid or the user does not have a password. ({email})",
        sev="warn",
    ),
    fb(
        SEC,
        "app.login_not_successful",
        "login was not successful for {user}: server returned 401",
        "Login was NOT successful for {email}: Username/Password is not valid",
        sev="warn",
    ),
    fb(
        UA,
        "app.login_successful",
        "login was successful for {user}, session {hex16} started",
        "Login successful for {email} from {ip}",
        sev="info",
    ),
    ldap(
        UA,
        "ldap.authenticated",
        "User '{user}' authenticated against LDAP (uid={user},ou=people,dc={domain})",
        sev="info",
    ),
]
