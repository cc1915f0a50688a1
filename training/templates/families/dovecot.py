"""Dovecot IMAP/POP3/LMTP server: login processes, auth, mail processes, master and config warnings.

Phrasings follow Dovecot 2.3's source: src/login-common/client-common.c (Login: user=<>, method=,
rip=, lip=, mpid=; Disconnected (auth failed, N attempts in N secs); Aborted login (tried to use
disallowed plaintext auth); Maximum number of connections from user+IP exceeded), src/auth
(passdb-pam "pam_authenticate() failed", passwd-file "unknown user", "Password mismatch"),
src/imap/imap-client.c (Disconnected: Logged out in= out=), src/lmtp (saved mail to INBOX),
src/plugins/quota (Quota exceeded), src/master/service-process.c and service-monitor.c
(process_limit reached, command startup failed, throttling), src/config/old-set-parser.c
("Obsolete setting in ...: ssl_protocols has been replaced by ssl_min_protocol").
"""

from training.templates.families._labels import ce, dw, er, ru, sa, sn, ua
from training.values import register

FAMILY = "dovecot"

register(
    {"dc_sess": lambda r: "".join(r.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", k=16))}
)

P = "syslog journal"
S = "dovecot"
_LG = "{imap|pop3|submission|managesieve}-login"

TEMPLATES = [
    ua(
        "dovecot.login",
        S,
        P,
        f"{_LG}: Login: user=<{{email}}>, method=PLAIN, rip={{ip}}, lip={{ip2}}, mpid={{pid}}, TLS, "
        f"session=<{{dc_sess}}>",
        "imap-login: Login: user=<{user}>, method=LOGIN, rip={ip}, lip={ip2}, mpid={pid}, TLS, session=<{dc_sess}>",
        "pop3-login: Login: user=<{user}>, method=PLAIN, rip={ip}, lip={ip2}, mpid={pid}, secured, session=<{dc_sess}>",
    ),
    ua(
        "dovecot.logout",
        S,
        P,
        "imap({user})<{pid}><{dc_sess}>: Disconnected: Logged out in={n} out={num} deleted=0 expunged=0 trashed=0 "
        "hdr_count=0 hdr_bytes=0 body_count=0 body_bytes=0",
        "pop3({user})<{pid}><{dc_sess}>: Disconnected: Logged out top=0/0, retr={small}/{size}, del=0/{small2}, "
        "size={size}",
        "imap({email}): Logged out in={n} out={num}",
    ),
    sn(
        "dovecot.startup",
        S,
        P,
        "master: Dovecot v2.3.{n} ({hex8}{small}) starting up for imap, pop3, lmtp (core dumps disabled)",
        "master: Dovecot v2.3.{n} ({hex8}{small}) starting up for imap, lmtp, sieve",
        "master: Warning: Killed with signal 15 (by pid=1 uid=0 code=kill)",
        "master: Sighup received - reloading configuration",
    ),
    sn(
        "dovecot.delivery",
        S,
        P,
        "lmtp({user})<{pid}><{dc_sess}>: msgid=<{hex16}@{domain}>: saved mail to INBOX",
        "lda({user})<{pid}><{dc_sess}>: sieve: msgid=<{hex16}@{domain}>: stored mail into mailbox 'INBOX'",
        "lmtp({user})<{pid}><{dc_sess}>: sieve: msgid=<{hex16}@{domain}>: stored mail into mailbox 'Junk'",
        "lmtp({pid}): Connect from local",
    ),
    sn(
        "dovecot.idle_disconnect",
        S,
        P,
        "imap({user})<{pid}><{dc_sess}>: Disconnected for inactivity in={n} out={num} deleted=0 expunged=0 trashed=0",
        "imap({user})<{pid}><{dc_sess}>: Connection closed (IDLE running for {n}.001 + waiting input for {n2}.{small} "
        "secs, 2 B in + 10+10 B out, state=wait-input) in={n} out={num}",
    ),
    sa(
        "dovecot.auth_failed",
        S,
        P,
        f"{_LG}: Disconnected (auth failed, {{small}} attempts in {{n}} secs): user=<{{user}}>, method=PLAIN, "
        "rip={ip}, lip={ip2}, TLS, session=<{dc_sess}>",
        f"{_LG}: Disconnected: Connection closed (auth failed, {{small}} attempts in {{n}} secs): user=<{{email}}>, "
        "method=LOGIN, rip={ip}, lip={ip2}, session=<{dc_sess}>",
        "imap-login: Aborted login (auth failed, {small} attempts in {n} secs): user=<{user}>, method=PLAIN, rip={ip}, "
        "lip={ip2}, TLS, session=<{dc_sess}>",
    ),
    sa(
        "dovecot.passdb_mismatch",
        S,
        P,
        "auth: passwd-file({user},{ip},<{dc_sess}>): unknown user",
        "auth: sql({email},{ip},<{dc_sess}>): Password mismatch",
        "auth: passwd-file({user},{ip}): Password mismatch",
        "auth: ldap({email},{ip},<{dc_sess}>): invalid credentials",
    ),
    sa(
        "dovecot.pam_failed",
        S,
        P,
        "auth-worker({pid}): pam({user},{ip},<{dc_sess}>): pam_authenticate() failed: Authentication failure "
        "(password mismatch?)",
        "auth-worker({pid}): pam({user},{ip}): unknown user",
        "auth: pam_unix(dovecot:auth): authentication failure; logname= uid=0 euid=0 tty=dovecot ruser={user} "
        "rhost={ip}",
    ),
    sa(
        "dovecot.plaintext",
        S,
        P,
        "imap-login: Aborted login (tried to use disallowed plaintext auth): user=<>, rip={ip}, lip={ip2}, "
        "session=<{dc_sess}>",
        "pop3-login: Disconnected (tried to use disallowed plaintext auth): user=<{user}>, rip={ip}, lip={ip2}, "
        "session=<{dc_sess}>",
    ),
    er(
        "dovecot.mailbox_errors",
        S,
        P,
        "imap({user})<{pid}><{dc_sess}>: Error: Corrupted index cache file /home/{user}/Maildir/dovecot.index.cache: "
        "invalid record size",
        "imap({user})<{pid}><{dc_sess}>: Error: Mailbox INBOX: UID={n}: read(/var/mail/{user}) failed: Cached message "
        "size larger than expected ({n} > {n2}, box=INBOX, UID={n3})",
        "imap({user}): Error: open(/var/mail/{user}) failed: Permission denied (euid={uid}({user}) egid=8(mail) "
        "missing "
        "+w perm: /var/mail, dir owned by 0:0 mode=0755)",
    ),
    er(
        "dovecot.backend_errors",
        S,
        P,
        "auth: Error: LDAP: Connection lost to LDAP server, reconnecting",
        "auth: Error: sql({email},{ip}): Password query failed: Lost connection to MySQL server during query",
        "auth-worker({pid}): Error: mysql(localhost): Connect failed to database (mail): Can't connect to local MySQL "
        "server through socket '/var/run/mysqld/mysqld.sock' (2)",
    ),
    er(
        "dovecot.tls_errors",
        S,
        P,
        f"{_LG}: Disconnected (no auth attempts in {{small}} secs): user=<>, rip={{ip}}, lip={{ip2}}, TLS handshaking: "
        "SSL_accept() failed: error:0A0000C1:SSL routines::no shared cipher, session=<{dc_sess}>",
        "imap-login: Error: Failed to initialize SSL server context: Can't load SSL certificate: There is no "
        "valid PEM certificate.",
    ),
    er(
        "dovecot.panic_session",
        S,
        P,
        "imap({user})<{pid}><{dc_sess}>: Panic: file mail-index-sync-update.c: line {n} "
        "(mail_index_sync_record_real): assertion failed: (hdr->messages_count > 0)",
        "imap({user})<{pid}><{dc_sess}>: Fatal: master: service(imap): child {pid} killed with signal 6 (core dumped)",
        "lmtp({user})<{pid}><{dc_sess}>: Error: Sieve: Failed to open script /home/{user}/.dovecot.sieve",
    ),
    ce(
        "dovecot.fatal_config",
        S,
        P,
        "master: Fatal: service(imap-login): listen(*, {993|143}) failed: Address already in use",
        "config: Fatal: Error in configuration file /etc/dovecot/conf.d/10-ssl.conf line {small}: ssl_cert: Can't open "
        "file /etc/ssl/certs/{domain}.pem: No such file or directory",
        "doveconf: Fatal: Error in configuration file /etc/dovecot/dovecot.conf line {n}: Unknown setting: "
        "{ssl_cert_file|imap_idle_notify|auth_debug_password}",
    ),
    ce(
        "dovecot.master_throttling",
        S,
        P,
        "master: Error: service(auth): command startup failed, throttling for {small} secs",
        "master: Error: service(config): child {pid} returned error 89 (Fatal failure)",
        "master: Panic: kevent() failed: Bad file descriptor",
    ),
    er(
        "dovecot.quota",
        S,
        P,
        "lmtp({user})<{pid}><{dc_sess}>: msgid=<{hex16}@{domain}>: save failed to INBOX: Quota exceeded (mailbox for "
        "user is full)",
        "lda({user}): msgid=<{hex16}@{domain}>: save failed to INBOX: Quota exceeded (mailbox for user is full)",
    ),
    ru(
        "dovecot.connection_limits",
        S,
        P,
        f"{_LG}: Maximum number of connections from user+IP exceeded (mail_max_userip_connections={{small}}0): "
        "user=<{user}>, method=PLAIN, rip={ip}, lip={ip2}, TLS, session=<{dc_sess}>",
        "master: Warning: service(imap-login): process_limit ({n}) reached, client connections are being dropped",
        "master: Warning: service(imap): client_limit ({n}) reached, client connections are being dropped",
    ),
    ru(
        "dovecot.vsz_limit",
        S,
        P,
        "imap({user})<{pid}><{dc_sess}>: Fatal: pool_system_realloc({num}): Out of memory",
        "imap({user}): Fatal: master: service(imap): child {pid} returned error 83 (Out of memory (service imap "
        "{{ vsz_limit={n} MB }}, you may need to increase it) - set CORE_OUTOFMEM=1 environment to get core dump)",
    ),
    dw(
        "dovecot.obsolete_setting",
        S,
        P,
        "doveconf: Warning: Obsolete setting in /etc/dovecot/conf.d/10-ssl.conf:{small}: ssl_protocols has been "
        "replaced by ssl_min_protocol",
        "doveconf: Warning: Obsolete setting in /etc/dovecot/conf.d/10-ssl.conf:{small}: ssl_dh_parameters_length is "
        "no longer needed",
        "doveconf: Warning: Obsolete setting in /etc/dovecot/dovecot.conf:{small}: 'imaps' protocol is no longer "
        "necessary, remove it",
    ),
    dw(
        "dovecot.obsolete_protocol",
        S,
        P,
        "doveconf: Warning: Obsolete setting in /etc/dovecot/dovecot.conf:{small}: 'pop3s' protocol is no longer "
        "necessary, remove it",
        "doveconf: Warning: Obsolete setting in /etc/dovecot/conf.d/10-ssl.conf:{small}: ssl_parameters_regenerate is "
        "no longer needed",
        "doveconf: Warning: NOTE: You can get a new clean config file with: doveconf -Pn > dovecot-new.conf",
    ),
]
