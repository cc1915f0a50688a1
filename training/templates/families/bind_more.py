"""More BIND named: resolver priming, NOTIFY handling, managed keys, zone-task sizing and unexpected RCODEs.

Phrasings follow lib/dns/resolver.c ("resolver priming query complete", "unexpected RCODE (REFUSED) resolving"),
lib/ns/notify.c ("received notify for zone"), lib/dns/zone.c managed-keys refresh ("Unable to fetch DNSKEY set"),
and bin/named/server.c ("sizing zone task pool based on N zones").
"""

from training.templates.families._labels import er, ru, sn
from training.templates.families.bind import FAMILY as FAMILY

P = "syslog journal"
S = "named"

TEMPLATES = [
    sn(
        "bind.priming_notify",
        S,
        P,
        "resolver priming query complete: success",
        "{bind_cl} {ip}#{port}: received notify for zone '{domain}'",
        "zone {domain}/IN: notify from {ip}#{port}: serial {num}",
    ),
    er(
        "bind.managed_keys",
        S,
        P,
        "managed-keys-zone: Unable to fetch DNSKEY set '.': timed out",
        "managed-keys-zone: DNSKEY set for zone '.' could not be verified with current keys",
        "resolver priming query complete: timed out",
    ),
    er(
        "bind.unexpected_rcode",
        S,
        P,
        "unexpected RCODE (REFUSED) resolving '{domain}/NS/IN': {ip}#53",
        "unexpected RCODE (SERVFAIL) resolving '{domain}/A/IN': {ip}#53",
        "broken trust chain resolving '{domain}/A/IN': {ip}#53",
    ),
    ru(
        "bind.task_pool",
        S,
        P,
        "sizing zone task pool based on {n} zones",
        "using {small} UDP listeners per interface",
        "max open files (1024) is smaller than max sockets (21000)",
    ),
]
