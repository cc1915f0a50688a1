"""Apache ZooKeeper 3.6-3.9 (server quorum, client library, AdminServer).

Phrasings follow zookeeper-server sources: NIOServerCnxnFactory / NettyServerCnxnFactory, QuorumPeer,
Leader / Follower ("LEADING - LEADER ELECTION TOOK - {} {}"), FastLeaderElection notifications,
QuorumCnxManager, FileTxnSnapLog ("Snapshotting: 0x... to ..."), FileTxnLog (fsync warning),
SessionTrackerImpl / ZooKeeperServer (session expiry), PrepRequestProcessor (user-level KeeperException),
ClientCnxn (client connect/reconnect), SaslServerCallbackHandler / X509AuthenticationProvider, ZKDatabase,
Environment ("Server environment:os.memory.free=").
"""

from training.templates.families._kit import CRIT, ERR, RES, SEC, SN, UA, maker
from training.values import register

register({"zk_sess": lambda r: f"0x{r.randrange(0x100000000000000, 0x400000000000000):x}"})

FAMILY = "zookeeper"
S = "org.apache.zookeeper.server"
t = maker("zookeeper", sources="zookeeper", prefixes="zk java kafka", logger="NIOServerCnxnFactory")

TEMPLATES = [
    t(
        SN,
        "bind",
        "binding to port 0.0.0.0/0.0.0.0:2181",
        "binding to port /0.0.0.0:{2181|2281}",
        "Started AdminServer on address 0.0.0.0, port 8080 and command URL /commands",
        logger="NIOServerCnxnFactory|NettyServerCnxnFactory|JettyAdminServer",
    ),
    t(
        SN,
        "leader_elected",
        "LEADING - LEADER ELECTION TOOK - {ms} MS",
        "FOLLOWING - LEADER ELECTION TOOK - {ms} MS",
        "Peer state changed: {following - broadcast|leading - broadcast|following - synchronization}",
        logger="Leader|Follower|QuorumPeer",
    ),
    t(
        SN,
        "fle_notification",
        "Notification: my state:LOOKING; n.sid:{small}, n.state:{LOOKING|FOLLOWING|LEADING}, n.leader:{small},"
        " n.round:0x{small}, n.peerEpoch:0x{small}, n.zxid:0x{hex8}, message format version:0x2, n.config version:0x0",
        "New election. My id = {small}, proposed zxid=0x{hex8}",
        logger="FastLeaderElection",
    ),
    t(
        SN,
        "snapshot",
        "Creating new log file: log.{hex8}",
        "Snapshot taken in {ms} ms",
        logger="FileTxnSnapLog|FileTxnLog|ZooKeeperServer",
    ),
    t(
        SN,
        "client_session",
        "Session establishment complete on server {host}/{ip}:2181, session id = {zk_sess}, negotiated timeout = 40000",
        "Opening socket connection to server {host}/{ip}:2181.",
        "Socket connection established, initiating session, client: /{ip2}:{port}, server: {host}/{ip}:2181",
        logger="ClientCnxn",
    ),
    t(
        SN,
        "session_expired",
        "Expiring session {zk_sess}, timeout of {40000|30000|18000}ms exceeded",
        "Session {zk_sess} closed",
        "Closing session {zk_sess}",
        logger="ZooKeeperServer|SessionTrackerImpl",
    ),
    t(
        SN,
        "quorum_conn",
        "Received connection request from /{ip}:{port}",
        "Have smaller server identifier, so dropping the connection: ({small}, {small})",
        "Synchronizing with Leader of epoch {small}",
        "Getting a diff from the leader 0x{hex8}",
        logger="QuorumCnxManager|Learner",
    ),
    t(
        SN,
        "four_letter",
        "Processing {stat|srvr|ruok|mntr|cons} command from /{ip}:{port}",
        "Processing {ruok|mntr} command from /{ip}:{port}, response sent",
        logger="NIOServerCnxn|ServerCnxn",
    ),
    t(
        SN,
        "purge",
        "Purge task started.",
        "Purge task completed.",
        "autopurge.snapRetainCount set to 3",
        "autopurge.purgeInterval set to 24",
        logger="DatadirCleanupManager",
    ),
    t(
        SN,
        "started",
        "Started ZooKeeper server {ver} in standalone mode",
        "zookeeper.snapshot.compression.method = CHECKED",
        "Reading configuration from: /conf/zoo.cfg",
        "Created server with tickTime 2000 ms minSessionTimeout 4000 ms maxSessionTimeout 40000 ms"
        " clientPortListenBacklog"
        " -1 datadir /var/lib/zookeeper/version-2 snapdir /var/lib/zookeeper/version-2",
        logger="ZooKeeperServerMain|QuorumPeerConfig|ZooKeeperServer",
    ),
    t(
        SN,
        "shutdown",
        "shutting down",
        "Shutting down",
        "ZooKeeper server shutdown complete",
        "Stopping ZooKeeper Server",
        logger="ZooKeeperServer|QuorumPeer",
    ),
    t(
        ERR,
        "client_reconnect",
        "Unable to read additional data from server sessionid {zk_sess}, likely server has closed socket, closing"
        " socket connection and attempting reconnect",
        "Session {zk_sess} for server {host}/{ip}:2181, Closing socket connection. Attempting reconnect except it is"
        " a SessionExpiredException.",
        "Client session timed out, have not heard from server in {num}ms for session id {zk_sess}",
        logger="ClientCnxn",
    ),
    t(
        ERR,
        "open_channel",
        "Cannot open channel to {small} at election address /{ip}:3888",
        "Exception while listening",
        "Connection broken for id {small}, my id = {small}",
        logger="QuorumCnxManager",
    ),
    t(
        ERR,
        "follower_exception",
        "Exception when following the leader",
        "Unexpected exception causing shutdown while sock still open",
        "******* GOODBYE /{ip}:{port} ********",
        logger="Follower|LearnerHandler",
    ),
    t(
        ERR,
        "keeper_exception",
        "Got user-level KeeperException when processing sessionid:{zk_sess} type:create cxid:0x{small} zxid:0x{hex8}"
        " txntype:-1 reqpath:n/a Error Path:/brokers/ids/{small} Error:KeeperErrorCode = NodeExists for /brokers/ids"
        "/{small}",
        "Got user-level KeeperException when processing sessionid:{zk_sess} type:delete cxid:0x{small} zxid:0x{hex8}"
        " txntype:-1 reqpath:n/a Error Path:/locks/{svc} Error:KeeperErrorCode = NoNode for /locks/{svc}",
        logger="PrepRequestProcessor",
    ),
    t(
        ERR,
        "close_session",
        "Unexpected exception causing close of session {zk_sess}",
        "Exception causing close of session {zk_sess}: Connection reset by peer",
        "Unable to read additional data from client, it probably closed the socket: address = /{ip}:{port}, session"
        " = {zk_sess}",
        logger="NIOServerCnxn|NettyServerCnxn",
    ),
    t(
        CRIT,
        "load_db",
        "Unable to load database on disk",
        "Unexpected exception, exiting abnormally",
        "Invalid config, exiting abnormally",
        logger="QuorumPeer|ZooKeeperServerMain|QuorumPeerMain",
    ),
    t(
        CRIT,
        "severe",
        "Severe unrecoverable error, from thread : SyncThread:{small}",
        "Severe unrecoverable error, exiting",
        "Unexpected exception in SyncThread:{small}, exiting",
        logger="ZooKeeperCriticalThread|SyncRequestProcessor",
    ),
    t(
        CRIT,
        "quorum_run",
        "Unable to run quorum server",
        "Leaving the listener thread, I won't be able to participate in leader election any longer: /{ip}:3888",
        "As I'm leaving the listener thread after 3 errors. I won't be able to participate in leader election any"
        " longer: {host}/{ip}:3888. Use zookeeper.electionPortBindRetry property to increase retry count.",
        logger="QuorumPeer|QuorumCnxManager",
    ),
    t(
        SEC,
        "sasl_failed",
        "Client failed to SASL authenticate: javax.security.sasl.SaslException: GSS initiate failed",
        "Closing client connection due to SASL authentication failure.",
        "Failed to authenticate using SASL",
        logger="ZooKeeperServer|SaslServerCallbackHandler",
    ),
    t(
        SEC,
        "auth_failed",
        "Authentication failed for session {zk_sess}",
        "Closing zookeeper connection due to authentication failure: client /{ip}:{port}",
        "Authentication failed for scheme: digest",
        logger="ZooKeeperServer|NIOServerCnxn",
    ),
    t(
        UA,
        "sasl_ok",
        "Successfully authenticated client: authenticationID={user}@EXAMPLE.COM;  authorizationID={user}@EXAMPLE.COM.",
        "Setting authorizedID: {user}",
        "adding SASL authorization for authorizationID: {user}",
        logger="SaslServerCallbackHandler",
    ),
    t(
        RES,
        "too_many_cnxns",
        "Too many connections from /{ip} - max is {60|100|10}",
        "Too many connections from {host}/{ip} - max is 60",
        logger="NIOServerCnxnFactory",
    ),
    t(
        RES,
        "fsync_slow",
        "fsync-ing the write ahead log in SyncThread:{small} took {num}ms which will adversely effect operation"
        " latency.File size is {num2} bytes. See the ZooKeeper troubleshooting guide",
        "fsync-ing the write ahead log in SyncThread:{small} took {num}ms which will adversely effect operation"
        " latency. File size is {num2} bytes. See the ZooKeeper troubleshooting guide",
        logger="FileTxnLog",
    ),
    t(
        RES,
        "env_memory",
        "Server environment:os.memory.free={mb}MB",
        "Server environment:os.memory.max={mb}MB",
        "Server environment:os.memory.total={mb}MB",
        "Client environment:os.memory.free={mb}MB",
        logger="Environment",
    ),
    t(
        RES,
        "request_throttle",
        "Throttling recv {num}: outstanding requests {num2} exceed the max 1000",
        "Request throttled: globalOutstandingLimit of 1000 exceeded, {num} outstanding requests",
        "jute.maxbuffer of {num} bytes exceeded: packet len {num2} is out of range!",
        logger="NIOServerCnxn|RequestThrottler|ClientCnxnSocket",
    ),
    t(
        SN,
        "session_timeouts",
        "minSessionTimeout set to {4000|6000} ms",
        "maxSessionTimeout set to {40000|60000} ms",
        "Created new input stream /var/lib/zookeeper/version-2/log.{hex8}",
        logger="ZooKeeperServer|FileTxnLog",
    ),
    t(
        ERR,
        "client_socket",
        "Unable to open socket to {host}/{ip}:2181",
        "Session 0x0 for server {host}/{ip}:2181, Closing socket connection. Attempting reconnect except it is a"
        " SessionExpiredException. java.net.ConnectException: Connection refused",
        logger="ClientCnxnSocketNIO|ClientCnxn",
    ),
    t(
        SN,
        "global_session",
        "Committing global session {zk_sess}",
        "Submitting global closeSession request for session {zk_sess}",
        logger="LeaderSessionTracker|LearnerSessionTracker|ZooKeeperServer",
    ),
]
