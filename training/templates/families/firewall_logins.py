"""Firewalls' administrator and VPN-user logins (the `firewall` family, continued): Cisco ASA/FTD AAA lock-outs and
refusals, FortiGate admin lock-outs and successful admin logins and logouts.

Phrasings follow Cisco's "ASA Series Syslog Messages" (113006 "User user locked out on exceeding number
successive failed authentication attempts", 113021 "Attempted console login failed. User username did NOT have
appropriate Admin Rights.", 605004 "Login denied from ... for user", 113012 "AAA user authentication Successful :
local database : user = user", 611103 "User logged out: Uname: user") and the FortiOS Log Message Reference
(0100032003 "Admin login disabled" with msg "Login disabled from IP ... for N seconds because of N bad attempts",
0100032003 logout "Admin logout successful").
"""

from training.templates.families._kit import SEC, UA, maker

# Importing the family's name from firewall also registers the placeholders used here (fgt_dev).
from training.templates.families.firewall import FAMILY as FAMILY

a = maker("firewall", sources="cisco-asa", prefixes="syslog none")
f = maker("firewall", sources="fortigate", prefixes="none syslog")
_FG = 'date={date} time={hour}:{small}{small} {fgt_dev} logid="{lid}" type="event" '

TEMPLATES = [
    a(
        SEC,
        "asa.user_locked_out",
        "%ASA-6-113006: User {user} locked out on exceeding {small} successive failed authentication attempts",
        "%FTD-6-113006: User {user} locked out on exceeding {small} successive failed authentication attempts",
    ),
    a(
        SEC,
        "asa.login_refused",
        "%ASA-6-113021: Attempted console login failed. User {user} did NOT have appropriate Admin Rights.",
        '%ASA-6-605004: Login denied from {ip}/{port} to outside:{ip2}/https for user "{user}"',
        '%ASA-6-605004: Login denied from {ip}/{port} to management:{ip2}/ssh for user "*****"',
    ),
    a(
        UA,
        "asa.local_login_logout",
        "%ASA-6-113012: AAA user authentication Successful : local database : user = {user}",
        "%ASA-6-611103: User logged out: Uname: {user}",
    ),
    f(
        SEC,
        "fgt.admin_login_disabled",
        (
            _FG + 'subtype="system" level="alert" logdesc="Admin login disabled" sn="{n}" user="{user}" ui="{ui}" '
            'action="login" status="failed" reason="exceed_limit" msg="Login disabled from IP {ip} for 60 seconds '
            'because of 3 bad attempts"'
        )
        .replace("{lid}", "0100032003")
        .replace("{ui}", "https({ip})"),
        (
            _FG + 'subtype="system" level="alert" logdesc="Admin login failed" user="{user}" ui="ssh({ip})" '
            'action="login" status="failed" reason="name_invalid" msg="Administrator {user} login failed from '
            'ssh({ip}) because of invalid user name"'
        ).replace("{lid}", "0100032002"),
    ),
    f(
        UA,
        "fgt.admin_logout",
        (
            _FG + 'subtype="system" level="information" logdesc="Admin logout successful" user="{user}" '
            'ui="https({ip})" action="logout" status="success" duration={n} state="Timed out" msg="Administrator '
            '{user} timed out on https({ip})"'
        ).replace("{lid}", "0100032003"),
        (
            _FG + 'subtype="system" level="information" logdesc="Admin logout successful" user="{user}" '
            'ui="ssh({ip})" action="logout" status="success" duration={n} msg="Administrator {user} logged out from '
            'ssh({ip})"'
        ).replace("{lid}", "0100032003"),
    ),
]
