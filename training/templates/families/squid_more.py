"""More Squid cache.log: clean-log rewrites, rotation, peer/ICP and DNS lines.

Phrasings follow src/store/Disks.cc and ufs ("storeDirWriteCleanLogs: Starting...", "Finished.  Wrote N entries.",
"Took N seconds (N entries/sec)."), src/log/ModDaemon.cc and main.cc ("Logfile: closing log ..."), client_side.cc
("WARNING: Closing client connection due to lifetime timeout") and dns_internal.cc ("Adding nameserver ... from
/etc/resolv.conf").
"""

from training.templates.families._labels import er, sn
from training.templates.families.squid import FAMILY as FAMILY

P = "none"
S = "squid"

TEMPLATES = [
    sn(
        "squid.clean_logs",
        S,
        P,
        "storeDirWriteCleanLogs: Starting...",
        "  Finished.  Wrote {num} entries.",
        "  Took {small}.{n} seconds ({num} entries/sec).",
        "Logfile: closing log daemon:/var/log/squid/access.log",
    ),
    sn(
        "squid.dns_setup",
        S,
        P,
        "Adding nameserver {ip} from /etc/resolv.conf",
        "Adding domain {domain} from /etc/resolv.conf",
        "helperOpenServers: Starting {small}/{n} 'security_file_certgen' processes",
    ),
    er(
        "squid.client_lifetime",
        S,
        P,
        "WARNING: Closing client connection due to lifetime timeout",
        "WARNING: Closing client {ip} connection due to lifetime timeout",
        "ERROR: Squid BUG: Unexpected write after EOF",
    ),
]
