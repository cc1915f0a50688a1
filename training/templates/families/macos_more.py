"""More macOS: screen-saver unlock authorizations, softwareupdated, mDNSResponder and powerd routine lines.

Phrasings follow Security.framework's authd ("Succeeded authorizing right 'system.login.screensaver' ..."), powerd's
PM assertion and sleep logging ("Entering Sleep state due to 'Idle Sleep'", "Wake from Normal Sleep"), softwareupdated
("SUAppStoreUpdateController: ... Software Update completed"), and mDNSResponder's "mDNS_RegisterInterface" notices.
"""

from training.templates.families._labels import er, sn, ua
from training.templates.families.macos import FAMILY as FAMILY
from training.templates.families.macos import K, P

TEMPLATES = [
    ua(
        "macos.screensaver_unlock",
        K,
        P,
        "Succeeded authorizing right 'system.login.screensaver' by client '/System/Library/Frameworks/"
        "LocalAuthentication.framework/Support/coreauthd' [{pid}] for authorization created by '/System/Library/"
        "CoreServices/loginwindow.app' [{pid2}] (3,0)",
        "Succeeded authorizing right 'system.login.console' by client '/System/Library/CoreServices/loginwindow.app' "
        "[{pid}] for authorization created by '/System/Library/CoreServices/loginwindow.app' [{pid}] (3,0)",
        proc="authd",
        logger="com.apple.Authorization",
    ),
    sn(
        "macos.powerd",
        K,
        P,
        "Entering Sleep state due to 'Idle Sleep': Using AC (Charge:{pct}%) {n} secs",
        "Wake from Normal Sleep [CDNVA] : due to EC.LidOpen/Lid Open Using BATT (Charge:{pct}%)",
        "DarkWake from Deep Idle [CDN] : due to NUB.SPMI0.SW3 RTC/Maintenance Using AC (Charge:{pct}%) {n} secs",
        proc="powerd",
        logger="com.apple.powerd",
    ),
    sn(
        "macos.mdns",
        K,
        P,
        "mDNS_RegisterInterface: Frequent transitions for interface en0 ({ip})",
        "mDNSResponder mDNSResponder-{num}.{n}.{small} (Dec {n2} 2024 1{small2}:00:00) starting",
        "Registered interface en0 with 1 address(es)",
        proc="mDNSResponder",
        logger="com.apple.mDNSResponder",
    ),
    er(
        "macos.softwareupdate_failed",
        K,
        P,
        "SUOSUServiceDaemon: Failed to download update: Error Domain=SUOSUServiceDaemonErrorDomain Code=1006",
        'Failed to install updates: Error Domain=SUMacControllerError Code=7735 "(null)"',
        proc="softwareupdated",
        logger="com.apple.SoftwareUpdateMacController",
    ),
]
