"""More VPN lines: OpenVPN's routine tunnel and TLS chatter, fatal option errors and deprecations; strongSwan charon's
IKE packet flow, DPD, retransmits, PSK/certificate failures and the starter; Libreswan pluto; WireGuard's kernel
debug messages and wg-quick; the OpenConnect client.

Phrasings follow OpenVPN's msg() texts (TUN/TAP device ... opened, Data Channel: cipher ..., Outgoing Data Channel:
Cipher ... initialized with ... bit key, TLS: soft reset sec=, SIGTERM[hard,] received, process exiting, Options
error: --cert fails with, Cannot open TUN/TAP dev, Exiting due to fatal error, TCP/UDP: Socket bind failed, WARNING:
--topology net30 support ... will be removed, --ns-cert-type is DEPRECATED, MULTI: new incoming connection would
exceed maximum number of clients); strongSwan's charon/starter DBG1 texts (Starting IKE charon daemon, generating
IKE_SA_INIT request, sending packet: from ... to, retransmit N of request with message ID, tried N shared keys ...
but MAC mismatched, certificate was revoked on ..., reason:, assigning virtual IP ... to peer, authentication of ...
with EAP successful, received TS_UNACCEPTABLE notify, unable to install inbound and outbound IPsec SA (SAD) in
kernel, installing route failed, ignoring IKE_SA setup from ..., job load of ... exceeds limit of, charon has died
-- restart scheduled); Libreswan's pluto (initiating IKEv2 connection, established Child SA using #N); WireGuard's
drivers/net/wireguard (Sending handshake initiation to peer, Handshake for peer ... did not complete after ...,
Invalid handshake initiation from, Keypair N created for peer, Zeroing out all keys for peer) and wg-quick's
"[#] ..." command echo; openconnect's messages (Connected to HTTPS on ... with ciphersuite, Established DTLS
connection, Got CONNECT response, Failed to open HTTPS connection to).
"""

from training.templates.families._kit import CRIT, DEP, ERR, RES, SEC, SN, UA, maker
from training.templates.families.vpn import FAMILY as FAMILY

P = "syslog journal none"
o = maker("vpn", sources="openvpn", prefixes=P, proc="openvpn")
c = maker("vpn", sources="charon strongswan", prefixes=P, proc="charon")
w = maker("vpn", sources="wireguard kernel", prefixes=P, proc="kernel")
_WG = "wireguard: wg{small}: "

TEMPLATES = [
    o(
        SN,
        "ovpn_tun",
        "TUN/TAP device tun{small} opened",
        "net_iface_mtu_set: mtu 1500 for tun{small}",
        "net_addr_v4_add: 10.8.0.1/24 dev tun{small}",
        "Listening for incoming TCP connection on [AF_INET][undef]:{1194|443}",
    ),
    o(
        SN,
        "ovpn_channel",
        "{user}/{ip}:{port} Data Channel: cipher 'AES-256-GCM', peer-id: {small}",
        "{user}/{ip}:{port} Outgoing Data Channel: Cipher 'AES-256-GCM' initialized with 256 bit key",
        "{user}/{ip}:{port} Incoming Data Channel: Cipher '{AES-256-GCM|CHACHA20-POLY1305}' initialized with 256 "
        "bit key",
        "{ip}:{port} Control Channel: TLSv1.3, cipher TLSv1.3 TLS_AES_256_GCM_SHA384, peer certificate: 2048 bits "
        "RSA, signature: RSA-SHA256, peer temporary key: 253 bits X25519",
    ),
    o(
        SN,
        "ovpn_rekey",
        "{user}/{ip}:{port} TLS: soft reset sec=3600/3600 bytes={num}/-1 pkts={n}/0",
        "{user}/{ip}:{port} PUSH: Received control message: 'PUSH_REQUEST'",
        "{ip}:{port} VERIFY OK: depth=1, CN=Easy-RSA CA",
        "library versions: OpenSSL 3.0.{small}{small2} {30 Jan 2024|4 Jun 2024}, LZO 2.10",
    ),
    o(
        SN,
        "ovpn_stop",
        "SIGTERM[hard,] received, process exiting",
        "Closing TUN/TAP interface",
        "net_addr_v4_del: 10.8.0.1 dev tun{small}",
        "/sbin/ip route del 10.8.0.0/24",
    ),
    o(
        CRIT,
        "ovpn_fatal",
        "Options error: --cert fails with '/etc/openvpn/server/{server|vpn}.crt': No such file or directory (errno=2)",
        "ERROR: Cannot open TUN/TAP dev /dev/net/tun: No such file or directory (errno=2)",
        "TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use (errno=98)",
        "Exiting due to fatal error",
    ),
    o(
        ERR,
        "ovpn_link",
        "read UDPv4 [ECONNREFUSED]: Connection refused (fd=3,code=111)",
        "{user}/{ip}:{port} WARNING: 'link-mtu' is used inconsistently, local='link-mtu 1541', remote='link-mtu 1557'",
        "SIGUSR1[soft,ping-restart] received, process restarting",
        "TCP: connect to [AF_INET]{ip}:1194 failed: Connection timed out",
    ),
    o(
        SEC,
        "ovpn_hmac",
        "TLS Error: incoming packet authentication failed from [AF_INET]{ip}:{port}",
        "Authenticate/Decrypt packet error: packet HMAC authentication failed",
        "{ip}:{port} VERIFY ERROR: depth=0, error=certificate revoked: CN={user}",
    ),
    o(
        DEP,
        "ovpn_deprecated_more",
        "WARNING: --topology net30 support for server configs with IPv4 pools will be removed in a future release. "
        "Please migrate to --topology subnet as soon as possible.",
        "WARNING: --ns-cert-type is DEPRECATED.  Use --remote-cert-tls instead.",
        "Note: Treating option '--ncp-ciphers' as  '--data-ciphers' (renamed in OpenVPN 2.5).",
        "WARNING: --keysize is DEPRECATED and will be removed in OpenVPN 2.6",
    ),
    o(
        RES,
        "ovpn_pool",
        "MULTI: new incoming connection would exceed maximum number of clients ({n})",
        "{user}/{ip}:{port} MULTI_sva: no free --ifconfig-pool addresses are available",
        "MULTI: TCP INIT maximum clients reached",
    ),
    c(
        SN,
        "charon_start",
        "Starting IKE charon daemon (strongSwan 5.9.{small}, Linux {kver}, x86_64)",
        "spawning 16 worker threads",
        "loading ca certificates from '/etc/ipsec.d/cacerts'",
        "loaded certificate \"CN=VPN Root CA\" from '/etc/ipsec.d/cacerts/ca.pem'",
    ),
    c(
        SN,
        "charon_packets",
        "generating IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]",
        "sending packet: from {ip}[500] to {ip2}[500] ({n} bytes)",
        "received packet: from {ip}[4500] to {ip2}[4500] ({n} bytes)",
        "parsed INFORMATIONAL request {small} [ ]",
    ),
    c(
        SN,
        "charon_lifetime",
        "scheduling reauthentication in {num}s",
        "maximum IKE_SA lifetime {num}s",
        "sending DPD request",
        "peer supports MOBIKE",
    ),
    c(
        SN,
        "charon_close",
        "closing CHILD_SA {user}{{{n}}} with SPIs {hex8}_i ({num} bytes) {hex8}_o ({num2} bytes) and TS "
        "10.{small}.0.0/24 === 10.{small2}.0.0/24",
        "received DELETE for ESP CHILD_SA with SPI {hex8}",
        "IKE_SA deleted",
        "initiating IKE_SA {user}[{n}] to {ip}",
    ),
    c(
        ERR,
        "charon_errors",
        "retransmit {small} of request with message ID {small2}",
        "received TS_UNACCEPTABLE notify, no CHILD_SA built",
        "failed to establish CHILD_SA, keeping IKE_SA",
        "unable to install inbound and outbound IPsec SA (SAD) in kernel",
    ),
    c(
        ERR,
        "charon_config",
        "no IKE config found for {ip}...{ip2}, sending NO_PROPOSAL_CHOSEN",
        "installing route failed: 10.{small}.0.0/24 via {ip} src %any dev eth0",
        "unable to resolve %any, initiate aborted",
    ),
    c(
        SEC,
        "charon_auth",
        "tried {small} shared key for '{ip}' - '{ip2}', but MAC mismatched",
        "certificate was revoked on {date} 10:0{small}:00 UTC, reason: keyCompromise",
        "no trusted RSA public key found for 'CN={user}'",
    ),
    c(
        UA,
        "charon_ra",
        "assigning virtual IP 10.10.{small}.{n} to peer '{user}'",
        "authentication of '{user}' with EAP successful",
        "EAP method EAP_MSCHAPV2 succeeded, MSK established",
        "peer requested virtual IP %any",
    ),
    c(
        RES,
        "charon_load",
        "ignoring IKE_SA setup from {ip}, job load of {n} exceeds limit of {n2}",
        "ignoring IKE_SA setup from {ip}, half open IKE_SA count of {n} exceeds limit of {n2}",
    ),
    c(
        CRIT,
        "starter_died",
        "charon has died -- restart scheduled (5sec)",
        "charon refused to be started",
        proc="ipsec_starter",
    ),
    c(
        SN,
        "pluto",
        '"{user}" #{small}: initiating IKEv2 connection',
        '"{user}" #{small2}: initiator established Child SA using #{small}; IPsec tunnel [10.{small}.0.0-10.{small}.'
        "0.255:0-65535 0] -> [10.{small2}.0.0-10.{small2}.0.255:0-65535 0] {{ESP/ESN=>0x{hex8} <0x{hex8} "
        "xfrm=AES_GCM_16_256-NONE DPD=passive}}",
        'loading secrets from "/etc/ipsec.secrets"',
        "adding UDP interface eth0 {ip}:500",
        proc="pluto",
        sources="pluto libreswan",
    ),
    c(
        ERR,
        "pluto_errors",
        '"{user}" #{small}: STATE_V2_PARENT_I1: retransmission; will wait {small2} seconds for response',
        '"{user}" #{small}: IKE_SA_INIT request rejected: NO_PROPOSAL_CHOSEN',
        '"{user}" #{small}: STATE_V2_PARENT_I1: {60|120} second timeout exceeded after {small2} retransmits.  No '
        "response (or no acceptable response) to our first IKEv2 message",
        proc="pluto",
        sources="pluto libreswan",
    ),
    w(
        SN,
        "wg_handshake",
        _WG + "Sending handshake initiation to peer {small} ({ip}:51820)",
        _WG + "Receiving handshake response from peer {small} ({ip}:51820)",
        _WG + "Keypair {n} created for peer {small}",
        _WG + "Sending keepalive packet to peer {small} ({ip}:51820)",
    ),
    w(
        SN,
        "wg_keys",
        _WG + "Zeroing out all keys for peer {small} ({ip}:51820), since we haven't received a new one in 540 seconds",
        _WG + "Keypair {n} destroyed for peer {small}",
        "wireguard: WireGuard 1.0.0 loaded. See www.wireguard.com for information.",
        "wireguard: Copyright (C) 2015-2019 Jason A. Donenfeld <Jason@zx2c4.com>. All Rights Reserved.",
    ),
    w(
        ERR,
        "wg_retry",
        _WG + "Handshake for peer {small} ({ip}:51820) did not complete after 5 seconds, retrying (try {small2})",
        _WG + "Handshake for peer {small} ({ip}:51820) did not complete after 20 attempts, giving up",
        _WG + "No valid endpoint has been configured or discovered for peer {small}",
    ),
    w(
        SEC,
        "wg_invalid",
        _WG + "Invalid handshake initiation from {ip}:{port}",
        _WG + "Invalid MAC of handshake, dropping packet from {ip}:{port}",
        _WG + "Invalid handshake response from {ip}:{port}",
    ),
    w(
        SN,
        "wg_quick",
        "[#] ip link add wg{small} type wireguard",
        "[#] wg setconf wg{small} /dev/fd/63",
        "[#] ip -4 address add 10.{small}.0.1/24 dev wg{small}",
        "[#] ip link set mtu 1420 up dev wg{small}",
        proc="wg-quick",
        sources="wg-quick wireguard",
    ),
    w(
        ERR,
        "wg_quick_errors",
        "wg-quick: `wg{small}' already exists",
        "Unable to access interface: Protocol not supported",
        "RTNETLINK answers: Operation not supported",
        proc="wg-quick",
        sources="wg-quick wireguard",
    ),
    w(
        CRIT,
        "wg_quick_config",
        "Line unrecognized: `{Adress|PublicKy|Endpont}={ip}'",
        "Configuration parsing error",
        "Key is not the correct length or format: `{hex16}'",
        proc="wg-quick",
        sources="wg-quick wireguard",
    ),
    o(
        SN,
        "openconnect",
        "Connected to HTTPS on vpn.{domain} with ciphersuite (TLS1.3)-(ECDHE-SECP256R1)-(RSA-PSS-RSAE-SHA256)-"
        "(AES-256-GCM)",
        "Established DTLS connection (using GnuTLS). Ciphersuite (DTLS1.2)-(ECDHE-RSA)-(AES-256-GCM).",
        "Got CONNECT response: HTTP/1.1 200 CONNECTED",
        "Configured as 10.{small}.{n}.{small2}, with SSL connected and DTLS in progress",
        proc="openconnect",
        sources="openconnect",
    ),
    o(
        ERR,
        "openconnect_errors",
        "Failed to open HTTPS connection to vpn.{domain}",
        "DTLS handshake failed: Resource temporarily unavailable, try again.",
        "Failed to reconnect to host vpn.{domain}",
        proc="openconnect",
        sources="openconnect",
    ),
]
