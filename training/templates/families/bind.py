"""ISC BIND 9 named: zones, transfers, queries, denials, rate limiting, quotas, config checks.

Phrasings follow BIND 9.16/9.18's source: bin/named/server.c (starting BIND, running, reloading
configuration succeeded, adjusted limit on open files, exiting (due to fatal error)), lib/dns/zone.c
(zone ... loaded serial, sending notifies, refresh: retry limit for primary exceeded, not loaded
due to errors), lib/dns/xfrin.c (Transfer completed: N messages), lib/ns/query.c and client.c
(query (cache) denied, zone transfer denied, update denied, no more recursive clients: quota
reached), lib/dns/resolver.c (clients-per-query increased, timed out resolving, lame server
resolving), lib/ns/query.c RRL (rate limit drop response), lib/bind9/check.c and named's
config parser (option '...' is obsolete and should be removed, is deprecated).
"""

from training.templates.families._labels import ce, dw, er, ru, sa, sn
from training.values import register

FAMILY = "bind"

register({"bind_cl": lambda r: "client @0x" + "".join(r.choices("0123456789abcdef", k=12))})

P = "syslog journal"
S = "named"

TEMPLATES = [
    sn(
        "bind.startup",
        S,
        P,
        "starting BIND 9.18.{n}-{small}ubuntu0.22.04.1-Ubuntu (Extended Support Version) <id:>",
        "running",
        "all zones loaded",
        "command channel listening on 127.0.0.1#953",
    ),
    sn(
        "bind.zone_loaded",
        S,
        P,
        "zone {domain}/IN: loaded serial {num}",
        "zone {small}.168.192.in-addr.arpa/IN: loaded serial {num}",
        "zone {domain}/IN: sending notifies (serial {num})",
        "zone {domain}/IN (signed): loaded serial {num} (DNSSEC signed)",
    ),
    sn(
        "bind.transfer",
        S,
        P,
        "transfer of '{domain}/IN' from {ip}#53: Transfer completed: {small} messages, {n} records, {size} bytes, "
        "0.00{small} secs ({num} bytes/sec) (serial {num2})",
        "zone {domain}/IN: Transfer started.",
        "{bind_cl} {ip}#{port} ({domain}): transfer of '{domain}/IN': AXFR-style IXFR started (serial {num})",
        "{bind_cl} {ip}#{port} ({domain}): transfer of '{domain}/IN': AXFR ended: {small} messages, {n} records, "
        "{size} bytes, 0.00{small} secs ({num} bytes/sec)",
    ),
    sn(
        "bind.reload",
        S,
        P,
        "received control channel command 'reload'",
        "reloading configuration succeeded",
        "reloading zones succeeded",
        "received control channel command 'freeze {domain}'",
    ),
    sn(
        "bind.shutdown",
        S,
        P,
        "shutting down",
        "stopping command channel on 127.0.0.1#953",
        "no longer listening on {ip}#53",
        "exiting",
    ),
    sn(
        "bind.query_log",
        S,
        P,
        "{bind_cl} {ip}#{port} ({domain}): query: {domain} IN {A|AAAA|MX|TXT} +E(0)K ({ip2})",
        "{bind_cl} {ip}#{port} ({domain}): query: {domain} IN A -E(0)DC ({ip2})",
        "queries: info: {bind_cl} {ip}#{port} ({domain}): query: {domain} IN HTTPS +E(0) ({ip2})",
    ),
    sn(
        "bind.dnssec_keys",
        S,
        P,
        "managed-keys-zone: Key 20326 for zone . is now trusted (acceptance timer complete)",
        "zone {domain}/IN (signed): reconfiguring zone keys",
        "zone {domain}/IN (signed): next key event: {date} 1{small}:00:00.000",
        "{bind_cl} {ip}#{port}: updating zone '{domain}/IN': adding an RR at '{host}.{domain}' A {ip2}",
    ),
    er(
        "bind.refresh_failed",
        S,
        P,
        "zone {domain}/IN: refresh: retry limit for primary {ip}#53 exceeded (source 0.0.0.0#0)",
        "zone {domain}/IN: refresh: retry limit for master {ip}#53 exceeded (source 0.0.0.0#0)",
        "zone {domain}/IN: refresh: failure trying primary {ip}#53 (source 0.0.0.0#0): timed out",
    ),
    er(
        "bind.transfer_failed",
        S,
        P,
        "transfer of '{domain}/IN' from {ip}#53: failed to connect: connection refused",
        "transfer of '{domain}/IN' from {ip}#53: failed while receiving responses: REFUSED",
        "transfer of '{domain}/IN' from {ip}#53: Transfer status: NOTAUTH",
    ),
    er(
        "bind.resolving",
        S,
        P,
        "timed out resolving '{domain}/A/IN': {ip}#53",
        "network unreachable resolving './NS/IN': 2001:500:2::c#53",
        "lame server resolving '{domain}' (in '{domain}'?): {ip}#53",
        "DNS format error from {ip}#53 resolving {domain}/AAAA for {bind_cl} {ip2}#{port}: reply has no answer",
    ),
    er(
        "bind.zone_errors",
        S,
        P,
        "zone {domain}/IN: not loaded due to errors.",
        "zone {domain}/IN: NS 'ns{small}.{domain}' has no address records (A or AAAA)",
        "zone {domain}/IN: loading from master file /var/lib/bind/db.{domain} failed: file not found",
        "dns_master_load: /etc/bind/db.{domain}:{n}: unknown RR type '{AA|MXX|SPF1}'",
    ),
    er(
        "bind.journal_dump",
        S,
        P,
        "zone {domain}/IN: journal rollforward failed: journal out of sync with zone",
        "dumping master file: /var/cache/bind/tmp-{hex8}: open: permission denied",
        "zone {domain}/IN: zone_journal_compact: could not get zone size: not found",
        "couldn't add command channel 127.0.0.1#953: address in use",
    ),
    sa(
        "bind.query_denied",
        S,
        P,
        "{bind_cl} {ip}#{port} ({domain}): query (cache) '{domain}/A/IN' denied",
        "{bind_cl} {ip}#{port} ({domain}): view external: query (cache) '{domain}/ANY/IN' denied (allow-query-cache "
        "did not match)",
        "{bind_cl} {ip}#{port} ({domain}): query '{domain}/A/IN' denied (allow-recursion did not match)",
    ),
    sa(
        "bind.axfr_denied",
        S,
        P,
        "{bind_cl} {ip}#{port} ({domain}): zone transfer '{domain}/AXFR/IN' denied",
        "{bind_cl} {ip}#{port} ({domain}): bad zone transfer request: '{domain}/IN': non-authoritative zone (NOTAUTH)",
        "{bind_cl} {ip}#{port}: update '{domain}/IN' denied",
    ),
    sa(
        "bind.tsig",
        S,
        P,
        "{bind_cl} {ip}#{port}: request has invalid signature: TSIG {transfer-key|ddns-key}: tsig verify failure "
        "(BADKEY)",
        "{bind_cl} {ip}#{port}: request has invalid signature: TSIG {transfer-key|ddns-key}: tsig verify failure "
        "(BADSIG)",
    ),
    sa(
        "bind.rrl",
        S,
        P,
        "{bind_cl} {ip}#{port} ({domain}): rate limit drop response to {ip2}/24 for {domain} IN ANY  ({hex8})",
        "{bind_cl} {ip}#{port} ({domain}): rate limit slip response to {ip2}/24 for {domain} IN A  ({hex8})",
        "limit responses to {ip2}/24 for {domain} IN ANY  ({hex8})",
    ),
    ce(
        "bind.fatal",
        S,
        P,
        "loading configuration: permission denied",
        "exiting (due to fatal error)",
        "/etc/bind/named.conf.options:{small}: missing ';' before '}}'",
    ),
    ce(
        "bind.listen",
        S,
        P,
        "could not listen on UDP socket: address in use",
        "unable to listen on any configured interfaces",
        "binding TCP socket: address in use",
    ),
    ce(
        "bind.assertion",
        S,
        P,
        "mem.c:{n}: INSIST(ctx->references == 0) failed, back trace",
        "exiting (due to assertion failure)",
        "resolver.c:{n}: REQUIRE(VALID_FCTX(fctx)) failed, back trace",
    ),
    ru(
        "bind.recursive_quota",
        S,
        P,
        "{bind_cl} {ip}#{port} ({domain}): no more recursive clients ({n}/{n2}/{n3}): quota reached",
        "TCP client quota reached: quota reached",
        "{bind_cl} {ip}#{port} ({domain}): no more recursive clients: quota reached",
    ),
    ru(
        "bind.clients_per_query",
        S,
        P,
        "clients-per-query increased to {n}",
        "clients-per-query decreased to {n}",
        "fetch: {domain}/A: exceeded fetches-per-zone quota ({n})",
    ),
    ru(
        "bind.limits",
        S,
        P,
        "adjusted limit on open files from {num} to {num2}",
        "using up to {num} sockets",
        "found {small} CPUs, using {small2} worker threads",
    ),
    dw(
        "bind.obsolete_option",
        S,
        P,
        "/etc/bind/named.conf.options:{small}: option 'dnssec-enable' is obsolete and should be removed",
        "/etc/bind/named.conf.options:{small}: option 'dnssec-lookaside' is obsolete and should be removed",
        "/etc/named.conf:{n}: option '{cleaning-interval|lock-file|lmdb-mapsize}' is obsolete and should be removed",
    ),
    dw(
        "bind.deprecated_option",
        S,
        P,
        "/etc/bind/named.conf.options:{small}: option '{managed-keys|glue-cache|heartbeat-interval}' is deprecated",
        "/etc/bind/named.conf.local:{n}: option 'auto-dnssec' is deprecated and will be removed in a future release",
        "/etc/named.conf:{n}: 'auto-dnssec' option is deprecated and will be removed in BIND 9.19. please migrate to "
        "dnssec-policy",
    ),
]
