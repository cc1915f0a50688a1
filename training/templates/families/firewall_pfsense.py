"""pfSense and OPNsense (the `firewall` family, continued): web GUI (webConfigurator) logins refused, accepted and
ended, as php-fpm logs them to the auth log.

Phrasings follow pfSense's src/etc/inc/auth.inc (log_auth: "webConfigurator authentication error for user '%1$s'
from: %2$s", "Successful login for user '%1$s' from: %2$s", "User logged out for user '%1$s' from: %2$s"), with
the "/index.php: " script prefix and the "(Local Database)" / "(LDAP)" authentication server suffix.
"""

from training.templates.families._kit import SEC, UA, maker

# Importing the family's name from firewall keeps one spelling of it.
from training.templates.families.firewall import FAMILY as FAMILY

t = maker("firewall", sources="pfsense opnsense", prefixes="syslog rfc5424", proc="php-fpm")

TEMPLATES = [
    t(
        SEC,
        "pfsense.gui_auth_error",
        "/index.php: webConfigurator authentication error for user '{user}' from: {ip}",
        "/index.php: webConfigurator authentication error for user 'admin' from: {ip}",
        "/xmlrpc.php: webConfigurator authentication error for user '{user}' from: {ip}",
    ),
    t(
        UA,
        "pfsense.gui_login_logout",
        "/index.php: Successful login for user '{user}' from: {ip} ({Local Database|LDAP|RADIUS})",
        "/index.php: User logged out for user '{user}' from: {ip}",
    ),
]
