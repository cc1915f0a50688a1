"""Ceph cluster log (ceph-mon health checks, OSD, MDS, RGW) and its cephadm/mgr lines.

Phrasings follow the health check names and summaries of src/mon/*Monitor.cc and src/osd (OSD_DOWN
"1 osds down", PG_DEGRADED "Degraded data redundancy", OSD_NEARFULL, MON_DOWN, SLOW_OPS), the cluster
log's "Health check failed/cleared" lines, osd.N "heartbeat_check: no reply", scrub results
("deep-scrub ok", "scrub errors"), and RGW's access lines ("beast: ... GET /bucket HTTP/1.1 200").
"""

from training.templates.families._kit import CRIT, DEP, ERR, HTTP, RES, SEC, SN, UA, maker

FAMILY = "ceph"
t = maker("ceph", sources="ceph ceph-mon ceph-osd", prefixes="iso syslog journal", proc="ceph-mon", logger="cluster")

TEMPLATES = [
    t(
        CRIT,
        "osd_down",
        "Health check failed: {small} osds down (OSD_DOWN)",
        "osd.{n} marked down after no beacon for 900.000000 seconds",
        "Health check failed: 1 host ({small} osds) down (OSD_HOST_DOWN)",
    ),
    t(
        CRIT,
        "pg_unavailable",
        "Health check failed: Reduced data availability: {n} pgs inactive, {n} pgs down (PG_AVAILABILITY)",
        "pg {small}.{hex4} is stuck inactive for {secs}s, current state down, last acting [{n},{n}]",
    ),
    t(
        CRIT,
        "mon_quorum",
        "Health check failed: {small}/3 mons down, quorum {host},{node} (MON_DOWN)",
        "mon.{host} calling monitor election; lost quorum",
    ),
    t(
        CRIT,
        "osd_crash",
        "osd.{n} {n} : *** Caught signal (Aborted) ** in thread {hex12} thread_name:tp_osd_tp",
        "Health check failed: {small} daemons have recently crashed (RECENT_CRASH)",
        "bluestore(/var/lib/ceph/osd/ceph-{n}) _open_db erroring opening db: Corruption: block checksum mismatch",
    ),
    t(
        ERR,
        "scrub_errors",
        "{small}.{hex4} deep-scrub {small} errors",
        "Health check failed: {small} scrub errors (OSD_SCRUB_ERRORS)",
        "{small}.{hex4} shard {n} soid {hex8}:head : candidate had a read error",
    ),
    t(
        ERR,
        "heartbeat",
        "osd.{n} {n} heartbeat_check: no reply from {ip}:6804 osd.{n} since back {ts}",
        "osd.{n} {n} slow requests are blocked > 32 sec",
        "Health check failed: {n} slow ops, oldest one blocked for {n} sec, osd.{n} has slow ops (SLOW_OPS)",
    ),
    t(
        ERR,
        "rgw_error",
        "req {num} {sec}s s3:put_obj ERROR: failed to write object: (28) No space left on device",
        "rgw realm reloader: failed to reload period: (110) Connection timed out",
    ),
    t(
        RES,
        "nearfull",
        "Health check failed: {small} nearfull osd(s) (OSD_NEARFULL)",
        "osd.{n} is near full at {pcthi}%",
        "Health check update: {small} pool(s) nearfull (POOL_NEARFULL)",
    ),
    t(
        RES,
        "df",
        "pgmap v{num}: {num} pgs: {num} active+clean; {gb} GiB data, {gb} GiB used, {gb} GiB / {gb} GiB"
        " avail; {num} KiB/s rd, {num} KiB/s wr, {num} op/s",
        "pool '{db}' has {num} objects using {gb} GiB ({pct}% of quota {gb} GiB)",
    ),
    t(
        RES,
        "quota",
        "Health check failed: {small} pool(s) full (POOL_FULL)",
        "pool '{db}' is full (reached quota's max_bytes: {gb} GiB)",
    ),
    t(
        SN,
        "health_ok",
        "Health check cleared: OSD_DOWN (was: {small} osds down)",
        "Cluster is now healthy",
        "overall HEALTH_OK",
    ),
    t(SN, "scrub_ok", "{small}.{hex4} deep-scrub ok", "{small}.{hex4} scrub starts", "{small}.{hex4} scrub ok"),
    t(
        SN,
        "osd_boot",
        "osd.{n} {ip}:6800/{num} boot",
        "osd.{n} marked itself up",
        "Health check cleared: PG_DEGRADED (was: Degraded data redundancy: {num}/{num} objects degraded)",
    ),
    t(
        SN,
        "orch",
        "Deploying daemon osd.{n} on {host}",
        "Upgrade: Target is version {ver}, container image quay.io/ceph/ceph:v{18.2.4|19.2.0}",
        "Removing daemon mds.cephfs.{host} from {host}",
    ),
    t(
        HTTP,
        "rgw_access",
        'beast: 0x{hex12}: {ip} - {user} [{clf}] "{method} /{db}/{file} HTTP/1.1" {status} {num}'
        ' - "{ua}" - latency={sec}s',
        logger="rgw",
        proc="radosgw",
    ),
    t(
        SEC,
        "auth_bad",
        "cephx server client.{user}: unexpected key: req.key={hex16} expected_key={hex16}",
        "auth: could not find secret_id={n}",
        "rgw: ERROR: AWS signature mismatch for access key {hex16} from {ip}",
    ),
    t(
        UA,
        "user",
        "client.admin: user '{user}' created by dashboard user admin",
        "radosgw-admin: user {user} suspended",
        "Dashboard: user '{user}' logged in from {ip}",
    ),
    t(
        DEP,
        "deprecated",
        "mon_osd_report_timeout is deprecated, use mon_osd_beacon_grace instead",
        "osd.{n} is using filestore, which is deprecated and will be removed in Squid; migrate OSDs to BlueStore",
        "Health check failed: mons are allowing insecure global_id reclaim"
        " (AUTH_INSECURE_GLOBAL_ID_RECLAIM_ALLOWED); this mode is deprecated",
    ),
]
