"""More HAProxy: connection notices, master re-exec, and the missing-timeouts configuration warning.

Phrasings follow src/haproxy.c and mworker.c ("Reexecuting Master process", "Loading success."), src/cfgparse.c
("missing timeouts for frontend/backend ..." with its explanation), and the `option logasap`/connection log
("Connect from ... to ... (frontend/HTTP)").
"""

from training.templates.families._labels import er, sn
from training.templates.families.haproxy import FAMILY as FAMILY

P = "syslog none"
S = "haproxy"

TEMPLATES = [
    sn(
        "haproxy.connect_from",
        S,
        P,
        "Connect from {ip}:{port} to {ip2}:{80|443} ({hap_fe}/HTTP)",
        "Connect from {ip}:{port} to {ip2}:5432 (fe_pg/TCP)",
        "[WARNING]  (1) : Reexecuting Master process",
    ),
    er(
        "haproxy.missing_timeouts",
        S,
        P,
        "[WARNING]  (1) : config : missing timeouts for frontend '{hap_fe}'.",
        "[WARNING]  (1) : config : missing timeouts for backend '{hap_be}'.",
        "| While not properly invalid, you will certainly encounter various problems with such a configuration. To "
        "fix this, please ensure that all following timeouts are set to a non-zero value: 'client', 'connect', "
        "'server'.",
    ),
]
