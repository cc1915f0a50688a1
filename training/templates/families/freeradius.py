"""FreeRADIUS: the RADIUS server behind Wi-Fi (802.1X), VPN and network-device logins; its auth log lines say
which users it rejected and which it let in.

Phrasings follow FreeRADIUS 3's src/main/auth.c (rad_authlog: "Login incorrect (%s)" with the module's failure
message, "Login incorrect (Home Server says so)", "Invalid user", "Login OK", then ": [user] (from client X
port N cli MAC)" or "via TLS tunnel"), with module messages from rlm_pap ("Crypt password mismatch", "Cleartext
password does not match \"known good\" password"), rlm_mschap ("MS-CHAP2-Response is incorrect") and the
"No Auth-Type found: rejecting the user via Post-Auth-Type = Reject" reason.
"""

from training.templates.families._kit import SEC, UA, maker

FAMILY = "freeradius"
t = maker("freeradius", sources="radiusd freeradius", prefixes="syslog none", proc="radiusd")
_FROM = "[{user}] (from client {host} port {small} cli {mac})"

TEMPLATES = [
    t(
        SEC,
        "login_incorrect_password",
        "Auth: ({n}) Login incorrect (pap: Crypt password mismatch): " + _FROM,
        'Auth: ({n}) Login incorrect (pap: Cleartext password does not match "known good" password): ' + _FROM,
        "Auth: ({n}) Login incorrect (mschap: MS-CHAP2-Response is incorrect): [{user}] (from client {host} port 0 "
        "via TLS tunnel)",
    ),
    t(
        SEC,
        "login_incorrect_rejected",
        "Auth: ({n}) Login incorrect (No Auth-Type found: rejecting the user via Post-Auth-Type = Reject): " + _FROM,
        "Auth: ({n}) Login incorrect (Home Server says so): " + _FROM,
        "Auth: ({n}) Invalid user: " + _FROM,
    ),
    t(
        UA,
        "login_ok",
        "Auth: ({n}) Login OK: " + _FROM,
        "Auth: ({n}) Login OK: [{user}] (from client {host} port 0 via TLS tunnel)",
    ),
]
