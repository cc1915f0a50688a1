"""Apache ZooKeeper 3.4-3.9 server and client lines not covered by zookeeper.py: the 3.4/3.5 string-concatenated
forms and further quorum, session, connection and auth statements.

Phrasings read from apache/zookeeper zookeeper-server/src/main/java/org/apache/zookeeper at release-3.4.14,
release-3.5.9 and master:
server/quorum/FastLeaderElection.java (printNotification "Notification: ... (message format version), ...
(my state)" in its 3.4 and 3.5 forms, "New election. My id =  ", "Notification time out: " with and without
" ms"), server/quorum/QuorumCnxManager.java ("Cannot open channel to ... at election address", "Cannot open secure
channel", "Connection broken for id ..., my id = ..., error = ", "Exception when using channel: for id",
"Interrupting SendWorker", "Send worker leaving thread", "Have smaller server identifier ... (myId:N --> sid:N)",
"Received connection request ", "My election bind port: ", "... is accepting connections now, my election bind
port: ", "As I'm leaving the listener thread, ..."), server/quorum/Follower.java and Leader.java ("FOLLOWING -
LEADER ELECTION TOOK - {}" of 3.4, "Disconnected from leader (with address: ...)"), server/quorum/Learner.java
("Getting a snapshot from leader 0x", "Truncating log to get in sync with the leader 0x", "Learner received
NEWLEADER message", "Unexpected exception, tries=", "Not able to truncate the log 0x"),
server/quorum/LearnerHandler.java ("Synchronizing with Follower sid: ...", "Synchronizing with Learner sid: ...",
"Sending DIFF zxid=0x...  for peer sid: ", "******* GOODBYE sid:N ... ********", "Server failed to authenticate
quorum learner"), server/quorum/QuorumPeer.java (tickTime/initLimit/syncLimit, TLS quorum, "Problem starting
AdminServer"), server/quorum/auth/SaslQuorumAuthLearner.java / SaslQuorumAuthServer.java,
server/NIOServerCnxnFactory.java ("Accepted socket connection from ", "Error accepting new connection: Too many
connections ..."), server/NIOServerCnxn.java ("Closed socket connection for client ... which had sessionid 0x",
"Unable to read additional data from client sessionid 0x..., likely client has closed socket",
"CancelledKeyException causing close of session"), server/ZooKeeperServer.java ("Client attempting to establish
new session at ", "Client attempting to renew session 0x", "Established session 0x... with negotiated timeout",
"forcibly expiring session 0x", "Client ... failed to SASL authenticate", "Closing client connection due to server
requires client SASL authentication"), server/PrepRequestProcessor.java ("Processed session termination for
sessionid: 0x", user-level KeeperException with Request.toString()), server/persistence/FileTxnLog.java (3.4 fsync
warning without the file size),
server/auth/X509AuthenticationProvider.java, server/admin/JettyAdminServer.java, ClientCnxn.java ("Opening socket
connection to server .... Will not attempt to authenticate using SASL (unknown error)", "Socket connection
established to ..., initiating session", "Session establishment complete on server ..., sessionid = 0x...",
"Session 0x... for server ..., unexpected error, closing socket connection and attempting reconnect", 3.4's
"Client session timed out ... for sessionid 0x"), client/ZooKeeperSaslClient.java.
"""

import training.templates.families.zookeeper  # noqa: F401  (registers the {zk_sess} placeholder)
from training.templates.families._kit import CRIT, ERR, RES, SEC, SN, UA, maker

FAMILY = "zookeeper"
t = maker("zookeeper", sources="zookeeper", prefixes="zk java kafka", logger="QuorumPeer")

_ST = "{LOOKING|FOLLOWING|LEADING}"
_TO = "{400|800|1600|3200|6400|12800|25600|51200|60000}"
_SESSTO = "{4000|6000|10000|18000|30000|40000}"

TEMPLATES = [
    # --- leader election (FastLeaderElection) ---
    t(
        SN,
        "q.fle_notification_34",
        "Notification: {small} (n.leader), 0x{hex8} (n.zxid), 0x{small} (n.round), " + _ST + " (n.state), {small}"
        " (n.sid), 0x{small} (n.peerEPoch), LOOKING (my state)",
        "Notification: 1 (message format version), {small} (n.leader), 0x{hex8} (n.zxid), 0x{small} (n.round), "
        + _ST
        + " (n.state), {small} (n.sid), 0x{small} (n.peerEpoch) "
        + _ST
        + " (my state)",
        "Notification: 2 (message format version), {small} (n.leader), 0x{hex8} (n.zxid), 0x{small} (n.round), "
        + _ST
        + " (n.state), {small} (n.sid), 0x{small} (n.peerEPoch), "
        + _ST
        + " (my state)0 (n.config version)",
        logger="FastLeaderElection",
    ),
    t(
        SN,
        "q.new_election_34",
        "New election. My id =  {small}, proposed zxid=0x{hex8}",
        "New election. My id =  {small}, proposed zxid=0x0",
        logger="FastLeaderElection",
    ),
    t(
        SN,
        "q.notification_timeout",
        "Notification time out: " + _TO,
        "Notification time out: " + _TO + " ms",
        logger="FastLeaderElection",
    ),
    t(
        SN,
        "q.election_took_34",
        "LEADING - LEADER ELECTION TOOK - {ms}",
        "FOLLOWING - LEADER ELECTION TOOK - {ms}",
        logger="Leader|Follower",
    ),
    # --- election channel (QuorumCnxManager) ---
    t(
        SN,
        "q.election_listener",
        "My election bind port: /{ip}:3888",
        "My election bind port: 0.0.0.0/0.0.0.0:3888",
        "{small} is accepting connections now, my election bind port: /{ip}:3888",
        "Received connection request /{ip}:{port}",
        logger="QuorumCnxManager",
    ),
    t(
        SN,
        "q.smaller_sid",
        "Have smaller server identifier, so dropping the connection: (myId:{small} --> sid:{small})",
        "Setting arbitrary identifier to observer: {num}",
        logger="QuorumCnxManager",
    ),
    t(
        ERR,
        "q.open_channel_more",
        "Cannot open channel to {small} at election address {host}/{ip}:3888",
        "Cannot open secure channel to {small} at election address /{ip}:3888",
        "Cannot open channel to {small} at election address zk-{small}.zk-hs.{ns}.svc.cluster.local/{ip}:3888",
        logger="QuorumCnxManager",
        sev="warn",
    ),
    t(
        ERR,
        "q.connection_broken_34",
        "Connection broken for id {small}, my id = {small}, error = ",
        "Exception when using channel: for id {small} my id = {small} error = java.net.SocketException: Broken pipe",
        "Exception when using channel: for id {small} my id = {small}",
        logger="QuorumCnxManager",
        sev="warn",
    ),
    t(
        ERR,
        "q.send_worker",
        "Interrupting SendWorker",
        "Interrupting SendWorker thread from RecvWorker. sid: {small}. myId: {small}",
        "Send worker leaving thread",
        "Send worker leaving thread id {small} my id = {small}",
        logger="QuorumCnxManager",
        sev="warn",
    ),
    t(
        ERR,
        "q.challenge",
        "Exception handling connection, addr: /{ip}:{port}, closing server connection",
        "Exception reading or writing challenge: java.net.SocketException: Connection reset",
        "Exception while connecting, id: {small}, addr: /{ip}:{port}, closing learner connection",
        logger="QuorumCnxManager",
    ),
    t(
        CRIT,
        "q.listener_gone_34",
        "As I'm leaving the listener thread, I won't be able to participate in leader election any longer: /{ip}:3888",
        "As I'm leaving the listener thread, I won't be able to participate in leader election any longer:"
        " {host}/{ip}:3888",
        logger="QuorumCnxManager",
    ),
    # --- synchronisation with the leader (Learner / LearnerHandler) ---
    t(
        SN,
        "q.learner_sync",
        "Getting a snapshot from leader 0x{hex8}",
        "Learner received NEWLEADER message",
        "Learner received UPTODATE message",
        "Set the current epoch to {small}",
        logger="Learner",
    ),
    t(
        SN,
        "q.learner_truncate",
        "Truncating log to get in sync with the leader 0x{hex8}",
        "DIFF sync got first proposal 0x{hex8}",
        logger="Learner",
        sev="info warn",
    ),
    t(
        SN,
        "q.leader_sync",
        "Synchronizing with Follower sid: {small} maxCommittedLog=0x{hex8} minCommittedLog=0x{hex8}"
        " peerLastZxid=0x{hex8}",
        "Synchronizing with Learner sid: {small} maxCommittedLog=0x{hex8} minCommittedLog=0x{hex8}"
        " lastProcessedZxid=0x{hex8} peerLastZxid=0x{hex8}",
        "Sending DIFF zxid=0x{hex8}  for peer sid: {small}",
        "Sending TRUNC zxid=0x{hex8}  for peer sid: {small}",
        logger="LearnerHandler",
    ),
    t(
        ERR,
        "q.learner_connect",
        "Unexpected exception, tries={small}, connecting to /{ip}:2888",
        "Unexpected exception, tries={small}, remaining init limit={num}, connecting to {host}/{ip}:2888",
        "Failed connect to {host}/{ip}:2888",
        "Couldn't find the leader with id = {small}",
        logger="Learner",
        sev="warn error",
    ),
    t(
        ERR,
        "q.leader_lost",
        "Disconnected from leader (with address: {host}/{ip}:2888). Was connected for {num}ms. Sync state: true",
        "Disconnected from leader (with address: /{ip}:2888). Was connected for {num}ms. Sync state: false",
        "******* GOODBYE sid:{small} /{ip}:{port} ********",
        logger="Follower|LearnerHandler",
        sev="info warn",
    ),
    t(
        CRIT,
        "q.truncate_failed",
        "Not able to truncate the log 0x{hex8}",
        "Not able to truncate the log {hex8}",
        logger="Learner",
    ),
    # --- quorum configuration (QuorumPeer) ---
    t(
        SN,
        "q.peer_config",
        "tickTime set to {2000|3000}",
        "initLimit set to {5|10|20}",
        "syncLimit set to {2|5|10}",
        "Using insecure (non-TLS) quorum communication",
        "Using TLS encrypted quorum communication",
        logger="QuorumPeer",
    ),
    t(
        SN,
        "q.admin_server",
        "Started AdminServer on address {ip}, port {8080|9090|8081} and command URL /commands",
        "Started AdminServer on address 0.0.0.0, port {8080|9090} and command URL /commands",
        logger="JettyAdminServer",
    ),
    t(
        ERR,
        "q.admin_server_problem",
        "Problem starting AdminServer",
        "Problem stopping AdminServer",
        logger="QuorumPeer",
        sev="warn",
    ),
    # --- client connections on the server (NIOServerCnxnFactory / NIOServerCnxn / ZooKeeperServer) ---
    t(
        SN,
        "q.accepted_socket",
        "Accepted socket connection from /{ip}:{port}",
        "Accepted socket connection from /0:0:0:0:0:0:0:1:{port}",
        logger="NIOServerCnxnFactory",
    ),
    t(
        SN,
        "q.closed_socket",
        "Closed socket connection for client /{ip}:{port} which had sessionid {zk_sess}",
        "Closed socket connection for client /{ip}:{port} (no session established for client)",
        logger="NIOServerCnxn",
    ),
    t(
        SN,
        "q.session_establish",
        "Client attempting to establish new session at /{ip}:{port}",
        "Client attempting to renew session {zk_sess} at /{ip}:{port}",
        "Established session {zk_sess} with negotiated timeout " + _SESSTO + " for client /{ip}:{port}",
        logger="ZooKeeperServer",
    ),
    t(
        SN,
        "q.session_termination",
        "Processed session termination for sessionid: {zk_sess}",
        "forcibly expiring session {zk_sess}",
        logger="PrepRequestProcessor|ZooKeeperServer",
    ),
    t(
        ERR,
        "q.client_closed_34",
        "Unable to read additional data from client sessionid {zk_sess}, likely client has closed socket",
        "Unable to read additional data from client sessionid 0x0, likely client has closed socket",
        "CancelledKeyException causing close of session {zk_sess}",
        "CancelledKeyException causing close of session: {zk_sess}",
        logger="NIOServerCnxn",
        sev="warn",
    ),
    t(
        ERR,
        "q.keeper_exception_more",
        "Got user-level KeeperException when processing sessionid:{zk_sess} type:create cxid:0x{small} zxid:0x{hex8}"
        " txntype:-1 reqpath:n/a Error Path:/{svc}/leader Error:KeeperErrorCode = NodeExists for /{svc}/leader",
        "Got user-level KeeperException when processing sessionid:{zk_sess} type:setData cxid:0x{small}"
        " zxid:0x{hex8} txntype:-1 reqpath:n/a Error Path:/config/{svc} Error:KeeperErrorCode = BadVersion for"
        " /config/{svc}",
        "Got user-level KeeperException when processing sessionid:{zk_sess} type:multi cxid:0x{small} zxid:0x{hex8}"
        " txntype:-1 reqpath:n/a aborting remaining multi ops. Error Path:/{svc}/locks Error:KeeperErrorCode ="
        " NoNode for /{svc}/locks",
        "Got user-level KeeperException when processing sessionid:{zk_sess} type:delete cxid:0x{small}"
        " zxid:0x{hex8} txntype:-1 reqpath:n/a Error Path:/{svc} Error:KeeperErrorCode = Directory not empty for"
        " /{svc}",
        logger="PrepRequestProcessor",
        sev="info",
    ),
    # --- limits ---
    t(
        RES,
        "q.accept_limit",
        "Error accepting new connection: Too many connections from /{ip} - max is {10|60|100}",
        "Message:Error accepting new connection: Too many connections from /{ip} - max is {10|60|100} Value:null",
        "[{n} times] Message: Error accepting new connection: Too many connections from /{ip} - max is 60",
        "Message:Error accepting new connection: Too many connections max allowed is {n} Value:null",
        logger="NIOServerCnxnFactory|RateLogger",
        sev="warn",
    ),
    t(
        RES,
        "q.fsync_slow_34",
        "fsync-ing the write ahead log in SyncThread:{small} took {num}ms which will adversely effect operation"
        " latency. See the ZooKeeper troubleshooting guide",
        "fsync-ing the write ahead log in SyncThread:0 took {num}ms which will adversely effect operation latency."
        " See the ZooKeeper troubleshooting guide",
        logger="FileTxnLog",
        sev="warn",
    ),
    # --- authentication ---
    t(
        SEC,
        "q.sasl_failed_more",
        "Client /{ip}:{port} failed to SASL authenticate",
        "Closing client connection due to server requires client SASL authentication,but client SASL authentication"
        " has failed, or client is not configured with SASL authentication.",
        "Failed to authenticate session {zk_sess}",
        "Failed to trust certificate",
        logger="ZooKeeperServer|X509AuthenticationProvider",
        sev="warn error",
    ),
    t(
        SEC,
        "q.quorum_auth_failed",
        "Server failed to authenticate quorum learner, addr: /{ip}:{port}, closing connection",
        "javax.security.sasl.SaslException: Authentication failed against server addr: /{ip}:3888",
        "Maintaining learner connection despite SASL authentication failure. server addr: /{ip}:{port},"
        " quorum.auth.serverRequireSasl: false",
        logger="LearnerHandler|SaslQuorumAuthLearner|SaslQuorumAuthServer",
        sev="warn error",
    ),
    t(
        SEC,
        "q.client_sasl_failed",
        "SASL authentication with Zookeeper Quorum member failed: javax.security.sasl.SaslException: An error: "
        "(java.security.PrivilegedActionException: javax.security.sasl.SaslException: GSS initiate failed) occurred"
        " when evaluating Zookeeper Quorum Member's  received SASL token.",
        "SASL authentication with Zookeeper Quorum member failed.",
        logger="ClientCnxn",
        sev="error",
    ),
    t(
        UA,
        "q.x509_authenticated",
        "Authenticated Id 'CN={host}' for scheme 'x509'",
        "Authenticated Id 'CN={user},OU=zookeeper,O=Example' for scheme 'x509'",
        logger="X509AuthenticationProvider",
    ),
    # --- client library (ClientCnxn) ---
    t(
        SN,
        "q.client_connect_34",
        "Opening socket connection to server {host}/{ip}:2181. Will not attempt to authenticate using SASL (unknown"
        " error)",
        "Opening socket connection to server {host}/{ip}:2181. Will attempt to SASL-authenticate using Login Context"
        " section 'Client'",
        "Opening socket connection to server /{ip}:2181",
        "Socket connection established to {host}/{ip}:2181, initiating session",
        logger="ClientCnxn",
    ),
    t(
        SN,
        "q.client_session_34",
        "Session establishment complete on server {host}/{ip}:2181, sessionid = {zk_sess}, negotiated timeout = "
        + _SESSTO,
        "Session establishment complete on server /{ip}:2181, sessionid = {zk_sess}, negotiated timeout = "
        + _SESSTO
        + " (READ-ONLY mode)",
        logger="ClientCnxn",
    ),
    t(
        ERR,
        "q.client_unexpected",
        "Session {zk_sess} for server {host}/{ip}:2181, unexpected error, closing socket connection and attempting"
        " reconnect",
        "Client session timed out, have not heard from server in {num}ms for sessionid {zk_sess}, closing socket"
        " connection and attempting reconnect",
        logger="ClientCnxn",
        sev="warn info",
    ),
]
