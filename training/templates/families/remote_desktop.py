"""Remote desktop servers on Linux: xrdp's session manager and VNC servers (libvncserver-based x11vnc, TigerVNC),
whose refused and granted logins are what fail2ban's xrdp and vnc filters read.

Phrasings follow xrdp's sesman (sesman/auth and session code: LOG(LOG_LEVEL_INFO, "AUTHFAIL: user=%s ip=%s
time=%d"), "++ created session (access granted): username %s, ip %s - socket: %d", "Terminal Server Users group is
disabled, allowing authentication"), libvncserver's auth.c ("rfbVncAuthProcessResponse: authentication failed
from %s") and TigerVNC's VNCServerST / SConnection ("Connections: closed: %s (%s)" with "Authentication failure",
"SConnection: AuthFailureException: Authentication failure").
"""

from training.templates.families._kit import SEC, UA, maker
from training.values import register

FAMILY = "remote_desktop"
x = maker("remote_desktop", sources="xrdp-sesman", prefixes="syslog none", proc="xrdp-sesman")
v = maker("remote_desktop", sources="x11vnc Xvnc", prefixes="syslog none", proc="Xvnc")
register(
    {
        "rd_xrdp_ts": lambda r: (
            f"{2023 + r.randrange(3)}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}-"
            f"{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}"
        )
    }
)
_XH = "[{rd_xrdp_ts}] [INFO ] "

TEMPLATES = [
    x(
        SEC,
        "xrdp.authfail",
        "[INFO ] AUTHFAIL: user={user} ip={ip} time={epoch}",
        _XH + "AUTHFAIL: user={user} ip=::ffff:{ip} time={epoch}",
        "({pid})({n})[INFO ] AUTHFAIL: user={user} ip={ip} time={epoch}",
    ),
    x(
        UA,
        "xrdp.session_granted",
        "[INFO ] ++ created session (access granted): username {user}, ip ::ffff:{ip}:{port} - socket: {small}",
        _XH + "++ created session (access granted): username {user}, ip {ip}:{port} - socket: {small}",
    ),
    v(
        SEC,
        "vnc.auth_failed",
        "rfbVncAuthProcessResponse: authentication failed from {ip}",
        "Connections: closed: {ip}::{port} (Authentication failure)",
        "SConnection: AuthFailureException: Authentication failure",
    ),
]
