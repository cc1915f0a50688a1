"""Directory services: OpenLDAP slapd (stats log level) and SSSD (sssd, sssd_be, sssd_pam, krb5_child).

Phrasings follow OpenLDAP 2.5/2.6's source: servers/slapd/connection.c and daemon.c (conn= fd=
ACCEPT from IP=, closed, TLS established, beyond descriptor table size, bind(7) failed),
servers/slapd/result.c (RESULT tag= err= text=, SEARCH RESULT ... nentries=), bind.c, add.c,
modify.c, delete.c (BIND dn= method=, ADD dn=, MOD dn= attr=, DEL dn=), overlays/ppolicy.c,
back-mdb (MDB_MAP_FULL, cannot be opened ... Restore from backup!), syncrepl.c (do_syncrepl rid=
retrying); and SSSD's src/providers/ldap (sdap_async_sys_connect_done connect failed), the monitor
(Process ... definitely stopped!) and krb5_child (Preauthentication failed). No deprecation
messages: none could be confirmed in either project's source.
"""

from training.templates.families._labels import ce, er, ru, sa, sn, ua
from training.values import register

FAMILY = "ldap"

register(
    {
        "ldap_conn": lambda r: f"conn={r.randrange(1000, 2_000_000)}",
        "ldap_dn": lambda r: r.choice(
            (
                "uid={u},ou=people,dc=example,dc=com",
                "cn={u},ou=users,dc=corp,dc=example,dc=net",
                "uid={u},cn=users,cn=accounts,dc=acme,dc=io",
            )
        ).replace("{u}", r.choice(("jsmith", "mary.jones", "svc_backup", "deploy", "wei.chen", "admin", "alopez"))),
        "ldap_dom": lambda r: r.choice(("example.com", "corp.example.net", "AD.ACME.IO", "ldap")),
    }
)

P = "syslog journal"
S = "slapd"
SS = "sssd"

TEMPLATES = [
    sn(
        "ldap.slapd_accept",
        S,
        P,
        "{ldap_conn} fd={n} ACCEPT from IP={ip}:{port} (IP=0.0.0.0:{389|636})",
        "{ldap_conn} fd={n} closed",
        "{ldap_conn} op={small} UNBIND",
        "{ldap_conn} fd={n} closed (connection lost)",
    ),
    sn(
        "ldap.slapd_search",
        S,
        P,
        '{ldap_conn} op={small} SRCH base="dc=example,dc=com" scope=2 deref=0 filter="(uid={user})"',
        "{ldap_conn} op={small} SRCH attr=uid cn mail memberOf",
        "{ldap_conn} op={small} SEARCH RESULT tag=101 err=0 qtime=0.000{small2} etime=0.00{small3} nentries={small4} "
        "text=",
    ),
    sn(
        "ldap.slapd_tls",
        S,
        P,
        "{ldap_conn} op=0 STARTTLS",
        "{ldap_conn} fd={n} TLS established tls_ssf=256 ssf=256 tls_proto=TLSv1.3 tls_cipher=TLS_AES_256_GCM_SHA384",
        "{ldap_conn} op=0 EXT oid=1.3.6.1.4.1.1466.20037",
    ),
    sn(
        "ldap.slapd_lifecycle",
        S,
        P,
        "@(#) $OpenLDAP: slapd 2.{5|6}.{small} (Jan {n} 2024 10:14:15) $",
        "slapd starting",
        "slapd shutdown: waiting for 0 operations/tasks to finish",
        "slapd stopped.",
    ),
    sn(
        "ldap.syncrepl_ok",
        S,
        P,
        "do_syncrep2: rid=00{small} cookie=rid=00{small2},csn={date}",
        "syncrepl_message_to_entry: rid=00{small} DN: {ldap_dn}, UUID: {uuid}",
        "syncrepl_entry: rid=00{small} be_modify {ldap_dn} (0)",
    ),
    ua(
        "ldap.slapd_bind_ok",
        S,
        P,
        '{ldap_conn} op=0 BIND dn="{ldap_dn}" mech=SIMPLE bind_ssf=0 ssf=256',
        '{ldap_conn} op=0 BIND dn="{ldap_dn}" method=128',
        '{ldap_conn} op=0 BIND authcid="{user}" authzid="{user}"',
    ),
    ua(
        "ldap.slapd_add_del",
        S,
        P,
        '{ldap_conn} op={small} ADD dn="{ldap_dn}"',
        '{ldap_conn} op={small} DEL dn="{ldap_dn}"',
    ),
    ua(
        "ldap.slapd_password_mod",
        S,
        P,
        '{ldap_conn} op={small} MOD dn="{ldap_dn}"',
        "{ldap_conn} op={small} MOD attr=userPassword",
        '{ldap_conn} op={small} PASSMOD id="{ldap_dn}" new',
    ),
    ua(
        "ldap.sssd_pam_ok",
        SS,
        P,
        "[pam] [pam_reply] (0x0200): [CID#{n}] pam_reply called with result [0]: Success.",
        "[be[{ldap_dom}]] [krb5_auth_done] (0x3f7c0): [RID#{n}] The krb5_child process returned an error. Success",
        proc="sssd_pam",
    ),
    sa(
        "ldap.slapd_bind_failed",
        S,
        P,
        "{ldap_conn} op=0 RESULT tag=97 err=53 text=unauthenticated bind (DN with no password) disallowed",
    ),
    sa(
        "ldap.slapd_access",
        S,
        P,
        "{ldap_conn} op={small} RESULT tag=105 err=50 text=no write access to parent",
        "{ldap_conn} op={small} RESULT tag=107 err=50 text=no write access to entry",
    ),
    sa(
        "ldap.ppolicy",
        S,
        P,
        "ppolicy_bind: Entry {ldap_dn} has an expired password: 0 grace logins",
        "ppolicy_bind: Setting warning for password expiry for {ldap_dn} = {n} seconds",
    ),
    sa(
        "ldap.sssd_auth_failed",
        SS,
        P,
        "[krb5_child[{pid}]] [get_and_save_tgt] (0x0020): [RID#{n}] 1{n2}: [-1765328360][Preauthentication failed]",
        "[pam] [pam_reply] (0x0200): [CID#{n}] pam_reply called with result [7]: Authentication failure.",
        "[be[{ldap_dom}]] [sdap_access_filter_done] (0x0100): User [{user}] was not found with the specified filter. "
        "Denying access.",
        proc="sssd_be",
    ),
    sa(
        "ldap.sssd_access_denied",
        SS,
        P,
        "[be[{ldap_dom}]] [ad_gpo_access_check] (0x0040): Access denied for user [{user}@{ldap_dom}]",
        "[be[{ldap_dom}]] [simple_access_check] (0x0040): Access denied for [{user}]",
        "[pam] [pam_reply] (0x0200): [CID#{n}] pam_reply called with result [6]: Permission denied.",
        proc="sssd_be",
    ),
    er(
        "ldap.slapd_op_errors",
        S,
        P,
        "{ldap_conn} op={small} RESULT tag=105 err=65 text=object class 'inetOrgPerson' requires attribute 'sn'",
        "{ldap_conn} op={small} RESULT tag=103 err=21 text=mail: value #0 invalid per syntax",
    ),
    er(
        "ldap.syncrepl_failed",
        S,
        P,
        "do_syncrepl: rid=00{small} rc -1 retrying ({small2} retries left)",
        "do_syncrep2: rid=00{small} LDAP_RES_SEARCH_RESULT (53) Server is unwilling to perform",
        'slap_client_connect: URI=ldap://{host} DN="cn=replicator,dc=example,dc=com" ldap_sasl_bind_s failed (-1)',
    ),
    er(
        "ldap.tls_failed",
        S,
        P,
        "TLS: can't connect: The certificate is NOT trusted. The certificate issuer is unknown..",
        "{ldap_conn} fd={n} closed (TLS negotiation failure)",
        "TLS: error:0A000418:SSL routines::tlsv1 alert unknown ca ../ssl/record/rec_layer_s3.c:{n}",
    ),
    er(
        "ldap.sssd_offline",
        SS,
        P,
        "[be[{ldap_dom}]] [sdap_async_sys_connect_done] (0x0020): connect failed [111][Connection refused].",
        "[be[{ldap_dom}]] [be_run_offline_cb] (0x0080): Going offline. Running callbacks.",
        "[be[{ldap_dom}]] [sasl_bind_send] (0x0020): ldap_sasl_interactive_bind_s failed (-2)[Local error] "
        "(SASL(-1): generic failure: GSSAPI Error: Unspecified GSS failure.  Minor code may provide more information "
        "(Server not found in Kerberos database))",
        proc="sssd_be",
    ),
    er(
        "ldap.sssd_nss",
        SS,
        P,
        "[nss] [cache_req_common_process_dp_reply] (0x3f7c0): [CID#{n}] CR #{n2}: Could not get account info "
        "[1432158212]: "
        "SSSD is offline",
        "[be[{ldap_dom}]] [sdap_get_generic_op_finished] (0x0040): Unexpected result from ldap: Operations error(1), "
        "00000000: LdapErr: DSID-0C090A5C, comment: In order to perform this operation a successful bind must be "
        "completed on the connection., data 0, v4563",
        proc="sssd_nss",
    ),
    ce(
        "ldap.slapd_fatal",
        S,
        P,
        "daemon: bind(7) failed errno=98 (Address already in use)",
        "daemon: bind(8) failed errno=13 (Permission denied)",
        "main: TLS init def ctx failed: -1",
    ),
    ce(
        "ldap.slapd_backend",
        S,
        P,
        'mdb_db_open: database "dc=example,dc=com" cannot be opened: No such file or directory (2). '
        "Restore from backup!",
        'backend_startup_one (type=mdb, suffix="dc=example,dc=com"): bi_db_open failed! (2)',
        "config error processing olcDatabase={{1}}mdb,cn=config: <olcDbDirectory> invalid path: Permission denied",
    ),
    ce(
        "ldap.sssd_dead",
        SS,
        P,
        "[sssd] [monitor_restart_service] (0x0010): Process [{ldap_dom}], definitely stopped!",
        "[sssd] [confdb_init_domains] (0x0010): No domains configured, fatal error!",
        "[sssd] [main] (0x0010): SSSD couldn't load the configuration database [5]: Input/output error.",
        proc="sssd",
    ),
    ru(
        "ldap.slapd_limits",
        S,
        P,
        "{ldap_conn} op={small} SEARCH RESULT tag=101 err=11 nentries={n} text=administrative limit exceeded",
    ),
    ru(
        "ldap.slapd_mapsize",
        S,
        P,
        'mdb_id2entry_put: mdb_put failed: MDB_MAP_FULL: Environment mapsize limit reached(-30792) "{ldap_dn}"',
        "daemon: {num} beyond descriptor table size {num2}",
    ),
]
