"""sshd (OpenSSH server): auth, session and listener messages as sshd writes them to syslog/journal.

Phrasings follow OpenSSH portable's own source: auth.c (auth_log, allowed_user), auth2.c, auth2-pubkey.c,
sshd.c / sshd-session.c (listener, MaxStartups, signals, re-exec), servconf.c (Deprecated option,
Bad configuration option), serverloop.c / channels.c (forwarding), session.c (Starting session) and
sftp-server.c (session opened for local user). Checked with find_string against servconf.c and auth.c.
"""

import string

from training.templates.families._labels import ce, dw, er, ru, sa, sn, ua
from training.values import register

FAMILY = "sshd"

_B64 = string.ascii_letters + string.digits + "+/"
register(
    {
        "sshd_fp": lambda r: "".join(r.choices(_B64, k=43)),
        "sshd_key": lambda r: r.choice(("RSA", "ED25519", "ECDSA")),
        "sshd_rdns": lambda r: (
            f"{r.choice(('host', 'static', 'ip', 'dsl'))}-{r.randrange(1, 255)}-"
            f"{r.randrange(1, 255)}.{r.choice(('cust.example.net', 'isp.example.org', 'pool.example.com'))}"
        ),
        "sshd_hms": lambda r: f"{r.randrange(0, 3):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}",
    }
)

P = "syslog journal rfc5424"
S = "sshd"

TEMPLATES = [
    sa(
        "sshd.failed_password",
        S,
        P,
        "Failed password for {user} from {ip} port {port} ssh2",
        "Failed password for invalid user {user} from {ip} port {port} ssh2",
        "Failed none for invalid user {user} from {ip} port {port} ssh2",
    ),
    sa(
        "sshd.invalid_user",
        S,
        P,
        "Invalid user {user} from {ip} port {port}",
        "input_userauth_request: invalid user {user} [preauth]",
        "Invalid user {user} from {ip}",
    ),
    sa(
        "sshd.max_auth_attempts",
        S,
        P,
        "error: maximum authentication attempts exceeded for {user} from {ip} port {port} ssh2 [preauth]",
        "error: maximum authentication attempts exceeded for invalid user {user} from {ip} port {port} ssh2 [preauth]",
        "Disconnecting authenticating user {user} {ip} port {port}: Too many authentication failures [preauth]",
    ),
    sa(
        "sshd.failed_publickey",
        S,
        P,
        "Failed publickey for {user} from {ip} port {port} ssh2: {sshd_key} SHA256:{sshd_fp}",
        "Failed publickey for invalid user {user} from {ip} port {port} ssh2: {sshd_key} SHA256:{sshd_fp}",
    ),
    sa(
        "sshd.failed_kbdint",
        S,
        P,
        "Failed keyboard-interactive/pam for {user} from {ip} port {port} ssh2",
        "Failed keyboard-interactive/pam for invalid user {user} from {ip} port {port} ssh2",
        "error: PAM: Authentication failure for {user} from {ip}",
        "error: PAM: Authentication failure for illegal user {user} from {ip}",
    ),
    sa(
        "sshd.not_allowed",
        S,
        P,
        "User {user} from {ip} not allowed because not listed in AllowUsers",
        "User {user} from {ip} not allowed because listed in DenyUsers",
        "User {user} from {ip} not allowed because none of user's groups are listed in AllowGroups",
        "User {user} from {ip} not allowed because a group is listed in DenyGroups",
    ),
    sa(
        "sshd.root_refused",
        S,
        P,
        "ROOT LOGIN REFUSED FROM {ip} port {port}",
        "Failed password for root from {ip} port {port} ssh2",
        "error: Received disconnect from {ip} port {port}:14: No supported authentication methods available [preauth]",
    ),
    sa(
        "sshd.no_ident",
        S,
        P,
        "Did not receive identification string from {ip} port {port}",
        "Did not receive identification string from {ip}",
    ),
    sa(
        "sshd.bad_banner",
        S,
        P,
        "Bad protocol version identification '{GET / HTTP/1.1|\\003|SSH-1.5-NmapNSE_1.0|MGLNDD_22}' from {ip} port "
        "{port}",
        "banner exchange: Connection from {ip} port {port}: invalid format",
        "Protocol major versions differ for {ip} port {port}: SSH-2.0-OpenSSH_9.6 vs. SSH-1.5-Nmap-SSH1-Hostkey",
    ),
    sa(
        "sshd.breakin",
        S,
        P,
        "Address {ip} maps to {sshd_rdns}, but this does not map back to the address - POSSIBLE BREAK-IN ATTEMPT!",
    ),
    sa(
        "sshd.closed_preauth",
        S,
        P,
        "Connection closed by invalid user {user} {ip} port {port} [preauth]",
        "Disconnected from invalid user {user} {ip} port {port} [preauth]",
        "Disconnected from authenticating user {user} {ip} port {port} [preauth]",
    ),
    sa(
        "sshd.penalty",
        S,
        P,
        "drop connection #{small} from [{ip}]:{port} on [{ip2}]:22 penalty: failed authentication",
        "drop connection #{small} from [{ip}]:{port} on [{ip2}]:22 penalty: exceeded LoginGraceTime",
        "srclimit_penalise: ipv4: new {ip}/32 deferred penalty of {small} seconds for penalty: failed authentication",
    ),
    sa(
        "sshd.cert_source",
        S,
        P,
        "Authentication tried for {user} with valid certificate but not from a permitted source address ({ip}).",
        "error: Certificate invalid: expired",
        'error: Refusing certificate ID "{user}" serial {n} signed by {sshd_key} CA SHA256:{sshd_fp}: revoked',
    ),
    ua(
        "sshd.accepted_password",
        S,
        P,
        "Accepted password for {user} from {ip} port {port} ssh2",
        "Accepted keyboard-interactive/pam for {user} from {ip} port {port} ssh2",
    ),
    ua(
        "sshd.accepted_publickey",
        S,
        P,
        "Accepted publickey for {user} from {ip} port {port} ssh2: {sshd_key} SHA256:{sshd_fp}",
        "Accepted publickey for {user} from {ip} port {port} ssh2: ED25519-CERT SHA256:{sshd_fp} ID {user}@{domain} "
        "(serial {n}) CA ED25519 SHA256:{sshd_fp2}",
        "Accepted gssapi-with-mic for {user} from {ip} port {port} ssh2",
    ),
    ua(
        "sshd.disconnected",
        S,
        P,
        "Disconnected from user {user} {ip} port {port}",
        "Received disconnect from {ip} port {port}:11: disconnected by user",
        "Close session: user {user} from {ip} port {port} id {small}",
    ),
    ua(
        "sshd.session_start",
        S,
        P,
        "Starting session: shell on pts/{small} for {user} from {ip} port {port} id 0",
        "Starting session: command for {user} from {ip} port {port} id 0",
        "Starting session: subsystem 'sftp' for {user} from {ip} port {port} id 0",
    ),
    ua(
        "sshd.sftp_session",
        S,
        P,
        "session opened for local user {user} from [{ip}]",
        "session closed for local user {user} from [{ip}]",
        proc="sftp-server",
    ),
    sn(
        "sshd.sftp_file",
        S,
        P,
        'open "{file}" flags WRITE,CREATE,TRUNCATE mode 0644',
        'close "{file}" bytes read 0 written {size}',
        'opendir "/home/{user}"',
        proc="sftp-server",
    ),
    sn(
        "sshd.listening",
        S,
        P,
        "Server listening on {0.0.0.0|::} port {22|2222}.",
        "Server listening on {ip} port 22.",
    ),
    sn(
        "sshd.signal",
        S,
        P,
        "Received signal 15; terminating.",
        "Received SIGHUP; restarting.",
        "Exiting on signal 15",
    ),
    sn(
        "sshd.connection_from",
        S,
        P,
        'Connection from {ip} port {port} on {ip2} port 22 rdomain ""',
        "Connection from {ip} port {port} on {ip2} port 22",
    ),
    sn(
        "sshd.transferred",
        S,
        P,
        "Transferred: sent {size}, received {size2} bytes",
        "User child is on pid {pid}",
        'Changed root directory to "/srv/sftp/{user}"',
    ),
    er(
        "sshd.login_grace",
        S,
        P,
        "fatal: Timeout before authentication for {ip} port {port}",
        "Timeout, client not responding from user {user} {ip} port {port}",
        "Timeout, client not responding from {ip} port {port}",
    ),
    er(
        "sshd.hostkey_load",
        S,
        P,
        "error: Could not load host key: /etc/ssh/ssh_host_{ed25519|ecdsa|dsa}_key",
        "error: key_load_public: invalid format",
    ),
    er(
        "sshd.forwarding",
        S,
        P,
        "error: connect_to {host} port {port}: failed.",
        "channel {small}: open failed: connect failed: Connection refused",
        "error: bind [127.0.0.1]:{port}: Address already in use",
        "error: channel_setup_fwd_listener_tcpip: cannot listen to port: {port}",
    ),
    er(
        "sshd.subsystem",
        S,
        P,
        "subsystem request for sftp by user {user} failed, subsystem not found",
        "error: subsystem: cannot stat /usr/lib/openssh/sftp-server: No such file or directory",
    ),
    er(
        "sshd.akc_failed",
        S,
        P,
        "error: AuthorizedKeysCommand /usr/bin/sss_ssh_authorizedkeys {user} failed, status {small}",
        "error: AuthorizedKeysCommand /usr/local/bin/fetch-keys returned status {small}",
        "error: PAM: pam_open_session(): Cannot make/remove an entry for the specified session",
    ),
    ce(
        "sshd.cannot_bind",
        S,
        P,
        "fatal: Cannot bind any address.",
        "error: Bind to port {22|2222} on {0.0.0.0|::} failed: Address already in use.",
    ),
    ce(
        "sshd.no_hostkeys",
        S,
        P,
        "sshd: no hostkeys available -- exiting.",
        "Missing privilege separation directory: /run/sshd",
        "sshd re-exec requires execution with an absolute path",
    ),
    ce(
        "sshd.bad_config",
        S,
        P,
        "/etc/ssh/sshd_config line {n}: Bad configuration option: {UsePAMS|PermitRootlogin|Ciphersuite}",
        "/etc/ssh/sshd_config: terminating, {small} bad configuration options",
        '/etc/ssh/sshd_config line {n}: unsupported option "{yes|no|forced}".',
    ),
    ru(
        "sshd.maxstartups",
        S,
        P,
        "error: beginning MaxStartups throttling",
        "exited MaxStartups throttling after {sshd_hms}, {n} connections dropped",
        "drop connection #{small} from [{ip}]:{port} on [{ip2}]:22 past MaxStartups",
    ),
    ru(
        "sshd.maxsessions",
        S,
        P,
        "error: no more sessions",
        "error: session_new: too many sessions ({small})",
    ),
    dw(
        "sshd.deprecated_option",
        S,
        P,
        "/etc/ssh/sshd_config.d/{50-cloud-init|90-local}.conf line {small}: Deprecated option "
        "{ChallengeResponseAuthentication|ServerKeyBits}",
        "{/etc/ssh/sshd_config|command-line} line {n}: Deprecated option {UseLogin|RSAAuthentication}",
    ),
]
