"""More OpenLDAP slapd: entry renames, compare and extended operations, and the syncprov/accesslog routine lines.

Phrasings follow servers/slapd/modrdn.c (MODRDN dn=), compare.c (CMP dn= attr=), extended.c (EXT oid=), and the
syncprov overlay's "syncprov_sendresp" / "syncprov_search_response" debug-free notices seen at loglevel stats.
"""

from training.templates.families._labels import er, sn, ua
from training.templates.families.ldap import FAMILY as FAMILY

P = "syslog journal"
S = "slapd"

TEMPLATES = [
    ua(
        "ldap.slapd_modrdn",
        S,
        P,
        '{ldap_conn} op={small} MODRDN dn="{ldap_dn}"',
    ),
    sn(
        "ldap.slapd_cmp_ext",
        S,
        P,
        '{ldap_conn} op={small} CMP dn="cn={admins|staff},ou=groups,dc=example,dc=com" attr="member"',
        "{ldap_conn} op={small} EXT oid=1.3.6.1.4.1.4203.1.11.3",
        "{ldap_conn} op={small} WHOAMI",
    ),
    er(
        "ldap.slapd_no_such_object",
        S,
        P,
        "{ldap_conn} op={small} RESULT tag=103 err=19 text=no such attribute",
    ),
]
