"""VPN daemons: OpenVPN server, strongSwan (charon) IPsec, WireGuard (kernel + wg-quick) and OpenConnect/ocserv.

Phrasings follow OpenVPN's msg() texts ("TLS Error: TLS handshake failed", "Peer Connection Initiated with",
"AUTH_FAILED", "Inactivity timeout (--ping-restart), restarting", "MULTI: Learn:"), charon's ("IKE_SA ...
established between", "received AUTHENTICATION_FAILED notify error", "deleting IKE_SA"), and ocserv's
("worker: user logged in", "failed authentication attempt for user").
"""

from training.templates.families._kit import DEP, ERR, RES, SEC, SN, UA, maker

FAMILY = "vpn"
t = maker("vpn", sources="openvpn charon ocserv wireguard", prefixes="syslog journal none", proc="openvpn")

TEMPLATES = [
    t(
        UA,
        "ovpn_connect",
        "{user}/{ip}:{port} Peer Connection Initiated with [AF_INET]{ip}:{port}",
        "{user}/{ip}:{port} MULTI_sva: pool returned IPv4=10.8.0.{small}, IPv6=(Not enabled)",
        "{user}/{ip}:{port} MULTI: Learn: 10.8.0.{small} -> {user}/{ip}:{port}",
    ),
    t(
        UA,
        "ovpn_disconnect",
        "{user}/{ip}:{port} SIGTERM[soft,remote-exit] received, client-instance exiting",
        "{user}/{ip}:{port} Connection reset, restarting [0]",
        "client-instance exiting: user {user} disconnected",
    ),
    t(
        SEC,
        "ovpn_auth_failed",
        "{ip}:{port} TLS Auth Error: Auth Username/Password verification failed for peer",
        "{user}/{ip}:{port} PLUGIN_CALL: POST /usr/lib/openvpn/openvpn-plugin-auth-pam.so/PLUGIN_AUTH_USER_PASS_VERIFY"
        " status=1",
        "{ip}:{port} SENT CONTROL [{user}]: 'AUTH_FAILED' (status=1)",
    ),
    t(
        SEC,
        "ovpn_tls",
        "{ip}:{port} VERIFY ERROR: depth=0, error=certificate has expired: CN={user}",
        "{ip}:{port} TLS Error: cannot locate HMAC in incoming packet from [AF_INET]{ip}:{port}",
    ),
    t(
        ERR,
        "ovpn_timeout",
        "{user}/{ip}:{port} [{user}] Inactivity timeout (--ping-restart), restarting",
        "RESOLVE: Cannot resolve host address: vpn.{domain}:1194 (Name or service not known)",
        "write UDPv4: Network is unreachable (fd=5,code=101)",
        "{ip}:{port} TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network"
        " connectivity)",
    ),
    t(
        SN,
        "ovpn_start",
        "OpenVPN {2.6.12|2.5.11} x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [MH/PKTINFO] [AEAD]",
        "Initialization Sequence Completed",
        "UDPv4 link local (bound): [AF_INET][undef]:1194",
    ),
    t(
        DEP,
        "ovpn_deprecated",
        "DEPRECATED OPTION: --cipher set to 'BF-CBC' but missing in --data-ciphers",
        "WARNING: Compression for receiving enabled. Compression has been used in the past to break encryption."
        ' Sent packets are not compressed unless "allow-compression yes" is also set.',
        "Note: --ncp-ciphers is deprecated; use --data-ciphers instead",
        "DEPRECATED OPTION: --client-cert-not-required",
    ),
    t(
        SN,
        "ipsec_up",
        "IKE_SA {user}[{n}] established between {ip}[{domain}]...{ip2}[{user}]",
        "CHILD_SA {user}{{{n}}} established with SPIs {hex8}_i {hex8}_o and TS 10.{small}.0.0/16 === 0.0.0.0/0",
        proc="charon",
    ),
    t(
        SEC,
        "ipsec_auth",
        "received AUTHENTICATION_FAILED notify error",
        "EAP method EAP_MSCHAPV2 failed for peer {user}",
        "constraint check failed: peer not authenticated by CA 'CN=VPN Root CA'",
        proc="charon",
    ),
    t(
        ERR,
        "ipsec_fail",
        "establishing IKE_SA failed, peer not responding",
        "giving up after 5 retransmits",
        "received NO_PROPOSAL_CHOSEN notify error",
        proc="charon",
    ),
    t(
        SN,
        "ipsec_rekey",
        "deleting IKE_SA {user}[{n}] between {ip}[{domain}]...{ip2}",
        "rekeying IKE_SA {user}[{n}]",
        "CHILD_SA {user}{{{n}}} closed",
        proc="charon",
    ),
    t(
        UA,
        "ocserv_login",
        "main[{user}]:{ip}:{port} user logged in",
        "worker[{user}]: {ip} user disconnected (reason: user disconnected, rx: {num}, tx: {num})",
        proc="ocserv",
    ),
    t(
        SEC,
        "ocserv_fail",
        "worker: {ip} failed authentication attempt for user '{user}'",
        "main: {ip} user '{user}' was banned for {300|600} seconds after {small} failed attempts",
        proc="ocserv",
    ),
    t(
        RES,
        "ovpn_clients",
        "OpenVPN server status: {n} clients connected, {mb} MB received, {mb} MB sent",
        "MULTI: max_clients ({n}) exceeded",
    ),
]
