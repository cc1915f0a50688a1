"""Forward proxies: Squid (access.log native and combined formats, cache.log), tinyproxy and Privoxy.

Squid's access.log follows its documented native format (time.msec elapsed client code/status bytes
method URL user hierarchy/peer type) with its result codes (TCP_MISS, TCP_HIT, TCP_TUNNEL, TCP_DENIED,
TCP_REFRESH_UNMODIFIED, NONE_NONE ... error:invalid-request). cache.log phrasings follow Squid's source:
src/main.cc (Starting Squid Cache version, Process ID, With N file descriptors available, Reconfiguring,
Preparing for shutdown, Exiting normally, Terminated abnormally), fd.cc / comm.cc (Your cache is running out
of filedescriptors, commBind: Cannot bind socket), store_rebuild.cc and store_dir.cc (Store rebuilding is
complete, Disk space over limit), helper.cc (All N/N ... processes are busy, Consider increasing the number of
... processes, helpers are crashing too rapidly, need help!), neighbors.cc (Detected DEAD/REVIVED Parent),
client_side_request.cc (SECURITY ALERT: Host header forgery detected), cache_cf.cc (FATAL: Bungled ...,
Directive ... is obsolete). tinyproxy lines follow its src/reqs.c and log.c; Privoxy its jcc.c log format.
"""

from training.templates.families._labels import ce, dw, er, hs, ru, sa, sn
from training.values import register

FAMILY = "squid"

register(
    {
        "sq_t": lambda r: f"{r.randrange(1_700_000_000, 1_760_000_000)}.{r.randrange(1000):03d}",
        "sq_el": lambda r: str(r.choice((0, 1, 3, 12, 45, 120, 230, 890, 1502, 30011, 60013))),
        "sq_type": lambda r: r.choice(("text/html", "application/json", "image/png", "application/octet-stream", "-")),
        "sq_conn": lambda r: f"conn{r.randrange(10, 9_999_999)}",
    }
)

P = "none"
S = "squid"
_N = "{sq_t} {sq_el:>6} {ip} "

TEMPLATES = [
    hs(
        "squid.miss",
        S,
        P,
        "{sq_t} {sq_el} {ip} TCP_MISS/200 {size} GET http://{domain}{url} - HIER_DIRECT/{ip2} {sq_type}",
        "{sq_t} {sq_el} {ip} TCP_MISS/{200|301|302|404} {size} {GET|POST} http://{domain}{url} {user} "
        "HIER_DIRECT/{ip2} {sq_type}",
    ),
    hs(
        "squid.hit",
        S,
        P,
        "{sq_t} {sq_el} {ip} TCP_HIT/200 {size} GET http://{domain}{url} - HIER_NONE/- {sq_type}",
        "{sq_t} {sq_el} {ip} TCP_MEM_HIT/200 {size} GET http://{domain}{url} - HIER_NONE/- {sq_type}",
    ),
    hs(
        "squid.refresh",
        S,
        P,
        "{sq_t} {sq_el} {ip} TCP_REFRESH_UNMODIFIED/304 {n} GET http://{domain}{url} - HIER_DIRECT/{ip2} -",
        "{sq_t} {sq_el} {ip} TCP_REFRESH_MODIFIED/200 {size} GET http://{domain}{url} - HIER_DIRECT/{ip2} {sq_type}",
        "{sq_t} {sq_el} {ip} TCP_INM_HIT/304 {n} GET http://{domain}{url} - HIER_NONE/- -",
    ),
    hs(
        "squid.tunnel",
        S,
        P,
        "{sq_t} {sq_el} {ip} TCP_TUNNEL/200 {size} CONNECT {domain}:443 - HIER_DIRECT/{ip2} -",
        "{sq_t} {sq_el} {ip} TCP_TUNNEL/200 {size} CONNECT {domain}:443 {user} HIER_DIRECT/{ip2} -",
        "{sq_t} {sq_el} {ip} TCP_TUNNEL/200 {size} CONNECT {ip2}:443 - ORIGINAL_DST/{ip2} -",
    ),
    hs(
        "squid.denied",
        S,
        P,
        "{sq_t} {sq_el} {ip} TCP_DENIED/403 {n} GET http://{domain}{url} - HIER_NONE/- text/html",
        "{sq_t} {sq_el} {ip} TCP_DENIED/403 {n} CONNECT {domain}:443 - HIER_NONE/- text/html",
    ),
    hs(
        "squid.auth_required",
        S,
        P,
        "{sq_t} {sq_el} {ip} TCP_DENIED/407 {n} GET http://{domain}{url} - HIER_NONE/- text/html",
        "{sq_t} {sq_el} {ip} TCP_DENIED/407 {n} CONNECT {domain}:443 - HIER_NONE/- text/html",
    ),
    hs(
        "squid.invalid_request",
        S,
        P,
        "{sq_t} {sq_el} {ip} NONE_NONE/400 {n} - error:invalid-request - HIER_NONE/- text/html",
        "{sq_t} {sq_el} {ip} NONE_NONE/000 0 - error:transaction-end-before-headers - HIER_NONE/- -",
        "{sq_t} {sq_el} {ip} NONE/400 {n} NONE error:invalid-request - HIER_NONE/- text/html",
    ),
    hs(
        "squid.upstream_errors",
        S,
        P,
        "{sq_t} {sq_el} {ip} TCP_MISS/503 {n} GET http://{domain}{url} - HIER_DIRECT/{ip2} text/html",
        "{sq_t} {sq_el} {ip} TCP_MISS/504 {n} GET http://{domain}{url} - HIER_NONE/- text/html",
        "{sq_t} {sq_el} {ip} TCP_MISS_ABORTED/000 0 GET http://{domain}{url} - HIER_DIRECT/{ip2} -",
    ),
    hs(
        "squid.peer",
        S,
        P,
        "{sq_t} {sq_el} {ip} TCP_MISS/{200|304} {size} GET http://{domain}{url} - FIRSTUP_PARENT/{ip2} {sq_type}",
        "{sq_t} {sq_el} {ip} TCP_MISS/200 {size} GET http://{domain}{url} - CD_PARENT_HIT/{ip2} {sq_type}",
    ),
    hs(
        "squid.combined",
        S,
        P,
        '{ip} - {user} [{clf}] "GET http://{domain}{url} HTTP/1.1" {status} {size} "-" {ua} TCP_MISS:HIER_DIRECT',
        '{ip} - - [{clf}] "CONNECT {domain}:443 HTTP/1.1" 200 {size} "-" {ua} TCP_TUNNEL:HIER_DIRECT',
    ),
    hs(
        "squid.sslbump",
        S,
        P,
        "{sq_t} {sq_el} {ip} NONE_NONE/200 0 CONNECT {ip2}:443 - HIER_NONE/- -",
        "{sq_t} {sq_el} {ip} TCP_MISS/200 {size} GET https://{domain}{url} - HIER_DIRECT/{ip2} {sq_type}",
        "{sq_t} {sq_el} {ip} NONE_NONE/409 {n} CONNECT {domain}:443 - HIER_NONE/- text/html",
    ),
    sn(
        "squid.startup",
        S,
        P,
        "Starting Squid Cache version {5|6}.{small} for x86_64-pc-linux-gnu...",
        "Service Name: squid",
        "Process ID {pid}",
        "Set Current Directory to /var/spool/squid",
    ),
    sn(
        "squid.listening",
        S,
        P,
        "Accepting HTTP Socket connections at {sq_conn} local=[::]:3128 remote=[::] FD {n} flags=9",
        "Accepting SSL bumped HTTP Socket connections at {sq_conn} local=[::]:3129 remote=[::] FD {n} flags=9",
        "Logfile: opening log daemon:/var/log/squid/access.log",
        "helperOpenServers: Starting {small}/{n} 'basic_ncsa_auth' processes",
    ),
    sn(
        "squid.store_rebuild",
        S,
        P,
        "Store rebuilding is 100.00% complete",
        "Finished rebuilding storage from disk.",
        "Beginning Validation Procedure",
        "Completed Validation Procedure",
        "storeLateRelease: released {small} objects",
    ),
    sn(
        "squid.reconfigure",
        S,
        P,
        "Reconfiguring Squid Cache (version {5|6}.{small})...",
        "Preparing for shutdown after {num} requests",
        "Waiting 30 seconds for active connections to finish",
        "Squid Cache (Version {5|6}.{small}): Exiting normally.",
    ),
    sn(
        "squid.peer_revived",
        S,
        P,
        "Detected REVIVED Parent: {host}",
        "Configuring Parent {host}/3128/0",
        "Pinger socket opened on FD {n}",
    ),
    sn(
        "squid.tinyproxy_conn",
        "tinyproxy",
        P,
        "CONNECT   {wdate} [{pid}]: Connect (file descriptor {n}): {ip}",
        'CONNECT   {wdate} [{pid}]: Established connection to host "{domain}" using file descriptor {n}.',
        "INFO      {wdate} [{pid}]: Closed connection between local client (fd:{n}) and remote client (fd:{n2})",
        "CONNECT   {wdate} [{pid}]: Request (file descriptor {n}): GET http://{domain}/ HTTP/1.1",
    ),
    sn(
        "squid.privoxy_request",
        "privoxy",
        P,
        "{date} 1{small}:0{small2}:1{small3}.{ms} 7f{hex8} Request: {domain}{url}",
        "{date} 1{small}:0{small2}:1{small3}.{ms} 7f{hex8} Info: Privoxy version 3.0.{n}",
        "{date} 1{small}:0{small2}:1{small3}.{ms} 7f{hex8} Info: Listening on port 8118 on IP address 127.0.0.1",
    ),
    er(
        "squid.connect_failed",
        S,
        P,
        "ERROR: Connection to {ip}:443 failed",
        "TCP connection to {host}/3128 failed",
        "ipcacheParse: No Address records in response to '{domain}'",
        "idnsSendQuery: FD {n}: sendto: (101) Network is unreachable",
    ),
    er(
        "squid.tls_accept",
        S,
        P,
        "ERROR: failure while accepting a TLS connection on {sq_conn} local={ip}:3129 remote={ip2}:{port} FD {n} "
        "flags=1: SQUID_TLS_ERR_ACCEPT+TLS_LIB_ERR=A000418+TLS_IO_ERR=1",
        "ERROR: negotiating TLS on FD {n}: error:0A000086:SSL routines::certificate verify failed (1/-1/0)",
        "clientNegotiateSSL: Error negotiating SSL connection on FD {n}: Broken pipe (32)",
    ),
    er(
        "squid.peer_dead",
        S,
        P,
        "Detected DEAD Parent: {host}",
        "WARNING: Forwarding loop detected for:",
        "WARNING: HTTP: Invalid Response: No object data received for http://{domain}{url} AKA {domain}{url}",
        "urlParse: URL too large ({num} bytes)",
    ),
    er(
        "squid.auth_helper_error",
        S,
        P,
        "ERROR: Negotiate Authentication validating user. Result: "
        "{{result=BH, notes={{message: gss_accept_sec_context() "
        "failed: Unspecified GSS failure.  Minor code may provide more information. ; }}}}",
        "WARNING: basic_ncsa_auth #Hlpr{small} exited",
        "ERROR: Could not send signal 0 to process {pid}: (3) No such process",
    ),
    er(
        "squid.tinyproxy_errors",
        "tinyproxy",
        P,
        "ERROR     {wdate} [{pid}]: read_request_line: Client (file descriptor: {n}) closed socket before read.",
        "WARNING   {wdate} [{pid}]: Could not retrieve all the headers from the client",
        'ERROR     {wdate} [{pid}]: opensock: Could not establish a connection to "{domain}"',
    ),
    er(
        "squid.privoxy_errors",
        "privoxy",
        P,
        "{date} 1{small}:0{small2}:1{small3}.{ms} 7f{hex8} Error: connect to: {domain} failed: Operation timed out",
        "{date} 1{small}:0{small2}:1{small3}.{ms} 7f{hex8} Error: Failed to resolve {domain}: Name or service not "
        "known",
    ),
    sa(
        "squid.host_forgery",
        S,
        P,
        "SECURITY ALERT: Host header forgery detected on {sq_conn} local={ip}:443 remote={ip2}:{port} FD {n} flags=33 "
        "(local IP does not match any domain IP)",
        "SECURITY ALERT: on URL: {domain}:443",
        "SECURITY ALERT: By user agent: {ua}",
    ),
    sa(
        "squid.tinyproxy_refused",
        "tinyproxy",
        P,
        'NOTICE    {wdate} [{pid}]: Proxying refused on filtered domain "{domain}"',
        'NOTICE    {wdate} [{pid}]: Unauthorized connection from "{host}" [{ip}].',
        'NOTICE    {wdate} [{pid}]: Proxying refused on filtered url "http://{domain}{url}"',
    ),
    ce(
        "squid.fatal",
        S,
        P,
        "FATAL: Bungled /etc/squid/squid.conf line {n}: http_access allow {locall|lan_net}",
        "FATAL: The basic_ncsa_auth helpers are crashing too rapidly, need help!",
        "FATAL: Received Segment Violation...dying.",
        "Squid Cache (Version {5|6}.{small}): Terminated abnormally.",
    ),
    ce(
        "squid.bind_shm",
        S,
        P,
        "commBind: Cannot bind socket FD {n} to [::]:3128: (98) Address already in use",
        "FATAL: Ipc::Mem::Segment::open failed to shm_open(/squid-cf__metadata.shm): (2) No such file or directory",
        "FATAL: No valid signing certificate configured for HTTPS_port [::]:3129",
        "FATAL: Unable to open HTTP Socket",
    ),
    ru(
        "squid.file_descriptors",
        S,
        P,
        "WARNING! Your cache is running out of filedescriptors",
        "With {num} file descriptors available",
        "WARNING: max_filedescriptors disabled. Operating System setrlimit(RLIMIT_NOFILE) is missing.",
    ),
    ru(
        "squid.disk_mem",
        S,
        P,
        "WARNING: Disk space over limit: {num}.00 KB > {num2} KB",
        "Max Mem  size: {num} KB",
        "Max Swap size: {num} KB",
        "Target number of buckets: {num}",
    ),
    ru(
        "squid.helpers_busy",
        S,
        P,
        "WARNING: All {small}/{small2} basic_ncsa_auth processes are busy.",
        "WARNING: {n} pending requests queued",
        "Consider increasing the number of basic_ncsa_auth processes in your config file.",
        "WARNING: All {n}/{n2} ssl_crtd processes are busy.",
    ),
    dw(
        "squid.obsolete_directive",
        S,
        P,
        "ERROR: Directive '{dns_v4_first|ignore_expect_100|hierarchy_stoplist}' is obsolete.",
        "WARNING: Directive '{dns_v4_first|ignore_expect_100}' is obsolete and will be removed in a future version",
    ),
    hs(
        "squid.negative_hit",
        S,
        P,
        "{sq_t} {sq_el} {ip} TCP_NEGATIVE_HIT/404 {n} GET http://{domain}{url} - HIER_NONE/- text/html",
        "{sq_t} {sq_el} {ip} TCP_SWAPFAIL_MISS/200 {size} GET http://{domain}{url} - HIER_DIRECT/{ip2} {sq_type}",
        "{sq_t} {sq_el} {ip} TCP_CLIENT_REFRESH_MISS/200 {size} GET http://{domain}{url} - HIER_DIRECT/{ip2} {sq_type}",
    ),
    hs(
        "squid.post_put",
        S,
        P,
        "{sq_t} {sq_el} {ip} TCP_MISS/{200|201|204} {size} {POST|PUT} http://{domain}{url} {user} HIER_DIRECT/{ip2} "
        "application/json",
        "{sq_t} {sq_el} {ip} TCP_MISS/{400|401|413} {n} POST http://{domain}{url} - HIER_DIRECT/{ip2} text/html",
    ),
    hs(
        "squid.intercept",
        S,
        P,
        "{sq_t} {sq_el} {ip} TCP_MISS/200 {size} GET http://{domain}{url} - ORIGINAL_DST/{ip2} {sq_type}",
        "{sq_t} {sq_el} {ip} TCP_DENIED/403 {n} GET http://{domain}{url} - HIER_NONE/- text/html",
        "{sq_t} {sq_el} {ip} TAG_NONE/503 0 CONNECT {ip2}:443 - HIER_NONE/- -",
    ),
]
