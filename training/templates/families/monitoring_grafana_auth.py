"""Grafana (the `monitoring` family, continued): logins and API requests its authn service refused, including the
brute-force lock, in Grafana's logfmt server log.

Phrasings follow pkg/services/authn (authnimpl service: msg="Failed to authenticate request" client=auth.client.form
| auth.client.basic error="[password-auth.failed] ..."), pkg/services/authn/clients/password.go ("too many
consecutive incorrect login attempts for user - login for user temporarily blocked" and "invalid username or
password").
"""

from training.templates.families._kit import SEC, maker

FAMILY = "monitoring"
t = maker("monitoring", sources="grafana", prefixes="none journal", proc="grafana")
_H = 'logger=authn.service t={ts} level=warn msg="Failed to authenticate request" client=auth.client.{form|basic} '

TEMPLATES = [
    t(
        SEC,
        "grafana.login_blocked",
        _H + 'error="[password-auth.failed] too many consecutive incorrect login attempts for user - login for user '
        'temporarily blocked" remote_addr={ip}',
        _H + 'error="[password-auth.failed] too many consecutive incorrect login attempts for user - login for user '
        'temporarily blocked" path=/login remote_addr={ip}',
    ),
    t(
        SEC,
        "grafana.password_auth_failed",
        _H + 'error="[password-auth.failed] invalid username or password" remote_addr={ip} traceID=',
        _H + 'error="[password-auth.failed] invalid password" path=/api/{dashboards|datasources|org} remote_addr={ip}',
    ),
]
