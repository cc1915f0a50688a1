"""More sshd: pre-auth postponement, per-connection closes after auth, channel and subsystem routine, and
forwarding/ListenAddress errors.

Phrasings follow OpenSSH's auth2.c ("Postponed publickey for ... [preauth]"), sshd-session.c / packet.c
("Connection reset by ... port ...", "Read error from remote host ...: Connection reset by peer"), session.c
("session_input_channel_req", "Starting session: forced-command"), serverloop.c ("server_input_global_request:
rtype tcpip-forward want_reply 1") and sshd.c ("Server listening on ... port 22." via ListenAddress errors).
"""

from training.templates.families._labels import er, sn
from training.templates.families.sshd import FAMILY as FAMILY

P = "syslog journal rfc5424"
S = "sshd"

TEMPLATES = [
    sn(
        "sshd.postponed",
        S,
        P,
        "Postponed publickey for {user} from {ip} port {port} ssh2 [preauth]",
        "Postponed keyboard-interactive for {user} from {ip} port {port} ssh2 [preauth]",
        "Postponed keyboard-interactive/pam for {user} from {ip} port {port} ssh2 [preauth]",
    ),
    sn(
        "sshd.forced_command",
        S,
        P,
        "Starting session: forced-command (key-option) '/usr/local/bin/backup-receive' for {user} from {ip} port "
        "{port} id 0",
        "Starting session: forced-command (config) 'internal-sftp' for {user} from {ip} port {port} id 0",
    ),
    er(
        "sshd.read_error",
        S,
        P,
        "Read error from remote host {ip} port {port}: Connection reset by peer",
        "Connection reset by {ip} port {port}",
        "error: Received disconnect from {ip} port {port}:2: Packet corrupt",
    ),
    er(
        "sshd.listen_address",
        S,
        P,
        "error: Bind to port 22 on {ip} failed: Cannot assign requested address.",
    ),
]
