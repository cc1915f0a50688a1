"""Web applications' own login records: Django sites guarded by django-axes and Nextcloud, whose failed, locked-out
and successful logins are what fail2ban filters and SIEM rules read.

Phrasings follow django-axes' handlers (axes/handlers/database.py: "AXES: New login failure by %s. Created new
record in the database.", "AXES: Repeated login failure by %s. Count = %d of %d. Updated existing record in the
database.", "AXES: Locking out %s after repeated login failures.", "AXES: Successful login by %s.", "AXES:
Successful logout by %s.", with the client string {username: "...", ip_address: "...", user_agent: "...",
path_info: "..."}) and Nextcloud's core LoginController / nextcloud.log JSON ("Login failed: %s (Remote IP: %s)",
"Bruteforce attempt from ... detected for action 'login'").
"""

from training.templates.families._kit import SEC, UA, maker

FAMILY = "webapp"
ax = maker("webapp", sources="django", prefixes="py none", logger="axes.watch_login|axes.handlers.database")
nc = maker("webapp", sources="nextcloud", prefixes="none")
_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:{major}.0) Gecko/20100101 Firefox/{major}.0"
_CL = '{{username: "{user}", ip_address: "{ip}", user_agent: "' + _UA + '", path_info: "/{accounts|admin}/login/"}}'
_NC = '{{"reqId":"{hex16}","level":2,"time":"{ts}","remoteAddr":"{ip}","user":"--","app":"core","method":"POST",'


def _nc(msg: str) -> str:
    return _NC + '"url":"/login","message":"' + msg + '","userAgent":"' + _UA + '","version":"2{small}.0.{small}.1"}}'


TEMPLATES = [
    ax(
        SEC,
        "axes.login_failure",
        "AXES: New login failure by " + _CL + ". Created new record in the database.",
        "AXES: Repeated login failure by " + _CL + ". Count = {small} of 5. Updated existing record in the database.",
        sev="warn",
    ),
    ax(
        SEC,
        "axes.locked_out",
        "AXES: Locking out " + _CL + " after repeated login failures.",
        'AXES: Locking out {{username: "{user}", ip_address: "{ip}"}} after repeated login failures.',
        sev="warn",
    ),
    ax(
        UA,
        "axes.login_logout",
        "AXES: Successful login by " + _CL + ".",
        "AXES: Successful logout by " + _CL + ".",
        sev="info",
    ),
    nc(
        SEC,
        "nextcloud.login_failed",
        _nc("Login failed: {user} (Remote IP: {ip})"),
        _nc("Login failed: '{user}' (Remote IP: '{ip}')"),
        _nc('Bruteforce attempt from \\"{ip}\\" detected for action \\"login\\".'),
    ),
]
