"""OpenVPN's PAM authentication plugin (the `vpn` family, continued): VPN users whose
username/password the plugin refused.

Phrasings follow openvpn's src/plugins/auth-pam/auth-pam.c (older builds: fprintf(stderr, "AUTH-PAM: BACKGROUND:
user '%s' failed to authenticate: %s") with pam_strerror's texts; newer builds: plugin_log(PLOG_ERR, MODULE,
"BACKGROUND: user '%s' failed to authenticate: %s"), which OpenVPN prints as "PLUGIN AUTH-PAM: ...").
"""

from training.templates.families._kit import SEC, maker

FAMILY = "vpn"
t = maker("vpn", sources="openvpn", prefixes="syslog journal none", proc="openvpn")
_WHY = "{Authentication failure|User not known to the underlying authentication module|Authentication failure}"

TEMPLATES = [
    t(
        SEC,
        "openvpn.auth_pam_failed",
        "AUTH-PAM: BACKGROUND: user '{user}' failed to authenticate: " + _WHY,
        "PLUGIN AUTH-PAM: BACKGROUND: user '{user}' failed to authenticate: " + _WHY,
    ),
]
