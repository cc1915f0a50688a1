"""Vyatta-based routers (AT&T vRouter / Brocade 5600, the `network_gear` family, continued): reboots and
power-offs an operator asked for, as the shutdown script logs them (System Notification: reboots on request).

Phrasings follow vyatta-shutdown.pl (syslog "Reboot now requested by %s", "Poweroff now requested by %s",
"Reboot scheduled for [%s] by %s", "Shutdown scheduled for [%s] - CANCELED by %s", "All hardware systems reboot
requested by %s", and the reboot-reason record "CLI reboot: System was rebooted by user %s").
"""

from training.templates.families._kit import SN, maker

FAMILY = "network_gear"
t = maker("network_gear", sources="vyatta vrouter", prefixes="syslog rfc5424", proc="vyatta-shutdown.pl")
_WHEN = "{wdate}"

TEMPLATES = [
    t(
        SN,
        "vyatta.reboot_now",
        "Reboot now requested by {user}",
        "Poweroff now requested by {user}",
        "All hardware systems reboot requested by {user}",
    ),
    t(
        SN,
        "vyatta.reboot_scheduled",
        "Reboot scheduled for [" + _WHEN + "] by {user}",
        "Poweroff scheduled for [" + _WHEN + "] by {user}",
        "Shutdown scheduled for [" + _WHEN + "] - CANCELED by {user}",
    ),
    t(
        SN,
        "vyatta.reboot_reason",
        "CLI reboot: System was rebooted by user {user}",
        "CLI poweroff: System was powered off by user {user}",
        "Scheduled CLI reboot: System reboot was scheduled at " + _WHEN + " by {user}",
    ),
]
