"""More systemd: networkd/udevd/logind/resolved routine and error lines, taints and networkd's deprecated settings.

Phrasings follow systemd's source: src/network/networkd-dhcp-common.c and networkd-network.c ("DHCP=... is
deprecated, please use ... instead", "CriticalConnection= is deprecated"), src/core/taint.c via
src/core/main.c ("System is tainted: ..."), src/login/logind-seat.c and logind-button.c ("New seat seat0.",
"Watching system buttons on"), src/resolve/resolved-dns-server.c ("Using degraded feature set", "Switching to DNS
server"), src/udev ("Network interface NamePolicy= disabled on kernel command line"), src/shared/install.c
("Created symlink ... → ...", "Removed ..."), and GDM/LightDM's pam_unix session lines.
"""

from training.templates.families._labels import dw, er, sn, ua
from training.templates.families.systemd import FAMILY as FAMILY

P = "syslog journal"

TEMPLATES = [
    dw(
        "systemd.networkd_deprecated",
        "systemd-networkd",
        P,
        "/etc/systemd/network/{10-eth0|20-wired|lan}.network:{small}: DHCP=v4 is deprecated, please use DHCP=ipv4 "
        "instead.",
        "/etc/systemd/network/{10-eth0|20-wired}.network:{small}: DHCP=both is deprecated, please use DHCP=yes "
        "instead.",
        "/etc/systemd/network/{10-eth0|20-wired}.network:{small}: CriticalConnection= is deprecated, please use "
        "KeepConfiguration= instead.",
        proc="systemd-networkd",
    ),
    dw(
        "systemd.tainted",
        "systemd",
        P,
        "System is tainted: cgroupsv1",
        "System is tainted: unmerged-usr",
        "System is tainted: cgroupsv1:unmerged-usr",
        proc="systemd",
    ),
    sn(
        "systemd.install_symlinks",
        "systemd",
        P,
        "Created symlink /etc/systemd/system/multi-user.target.wants/{unit} → /lib/systemd/system/{unit}.",
        'Removed "/etc/systemd/system/multi-user.target.wants/{unit}".',
        "Created symlink '/etc/systemd/system/timers.target.wants/{logrotate|fstrim}.timer' → "
        "'/usr/lib/systemd/system/{logrotate|fstrim}.timer'.",
        proc="systemctl",
    ),
    sn(
        "systemd.logind_seat",
        "systemd-logind",
        P,
        "New seat seat0.",
        "Watching system buttons on /dev/input/event{small} (Power Button)",
        "Watching system buttons on /dev/input/event{small} (Sleep Button)",
        proc="systemd-logind",
    ),
    sn(
        "systemd.resolved_switch",
        "systemd-resolved",
        P,
        "Switching to DNS server {ip} for interface {iface}.",
        "Positive Trust Anchors:",
        "Using system hostname '{host}'.",
        "Clock change detected. Flushing caches.",
        proc="systemd-resolved",
    ),
    sn(
        "systemd.udev_rename",
        "systemd-udevd",
        P,
        "{iface}: Interface name change detected, renamed to {iface2}.",
        "Using default interface naming scheme 'v{249|252|255}'.",
        "{iface}: Configuring with /etc/systemd/network/{10-eth0|20-wired}.network.",
        proc="systemd-udevd",
    ),
    er(
        "systemd.udev_errors",
        "systemd-udevd",
        P,
        "{dev}: Worker [{pid}] processing SEQNUM={num} is taking a long time",
        "{dev}: Worker [{pid}] processing SEQNUM={num} killed",
        "{iface}: Failed to rename network interface {small} from '{iface}' to '{iface2}': Device or resource busy",
        proc="systemd-udevd",
    ),
    ua(
        "systemd.gdm_session",
        "gdm-password lightdm",
        P,
        "pam_unix(gdm-password:session): session opened for user {user}(uid={uid}) by (uid=0)",
        "pam_unix(lightdm:session): session opened for user {user} by (uid=0)",
        "pam_unix(gdm-password:session): session closed for user {user}",
        proc="gdm-password]",
    ),
]
