"""Node services of large Linux clusters that the other modules barely cover: NIS (ypbind, ypserv, rpc.yppasswdd),
nscd, the D-Bus system bus, avahi-daemon and irqbalance (autofs, ntpd, tftpd and OpenSM are in
cluster_services_net.py).

Phrasings come from: thkukuk/ypbind-mt src/serv_list.c (HEAD 044299c: "NIS server for domain '%s' is '%s'",
"broadcast: %s.", "domain '%s' not served by '%s'"; release 1.37 at 9182360: "NIS server set to '%s' for domain
'%s'", "NIS server '%s' not responding for domain '%s'", "NIS server is '%s' for domain '%s'") and src/ypbind-mt.c
("terminating: rpcbind is not running", "could not read /etc/netconfig, exiting..", "svc_run returned.");
thkukuk/ypserv (009d67b) lib/access.c ("refused connect from %s port %d to procedure %s (%s,%s;%d)", "Reloading
%s/ypserv.conf"), lib/securenets.c ("Reloading securenets file") and rpc.yppasswdd/update.c ("update %.12s (uid=%d)
from host %s successful|rejected", "Shell %schanged (%s), GECOS %schanged (%s).", "Invalid password.", "attempt to
modify NIS passwd entry \"%s\""); glibc nscd as carried in llvm/llvm-project glibc/nscd (2e8d27f): dbg_log.c
(syslog "%d %s"), connections.c ("monitoring file `%s` (%d)", "monitoring directory `%s` (%d)", "monitored file `%s`
was written to", "ignored inotify event for `%s` (file exists)", "stat failed for file `%s'; will try again later:
%s", "cannot write to database file %s: %s", "invalid persistent database file \"%s\": %s", "suggested size of
table for database %s larger than the persistent database's table", "database for %s corrupted or simultaneously
used; remove %s manually if necessary and restart", "cannot open socket: %s", "%s: %s" for the socket path) and
mem.c ("no more memory for database '%s'"); dbus as in aosp-mirror/platform_external_dbus (7aa25cd) bus/bus.c (the
"[system] " / "[session ...] " prefix, "Reloaded configuration", complain_about_message's "%s, %d matched rules;
type=\"%s\", sender=\"%s\" (%s) interface=... destination=\"%s\" (%s)" with "Rejected send message", "Rejected
receive message", "Rejected: destination has a full message queue"), bus/connection.c ('uid=%ld pid=%ld comm="%s"')
and bus/activation.c ("Activating service name='%s' (using servicehelper)", "Activating via systemd: service
name='%s' unit='%s'", "Successfully activated service '%s'", "Failed to activate service '%s': timed out",
"Activated service '%s' failed: %s", "Failed to activate via systemd: ..."); avahi/avahi (9af37a3)
avahi-daemon/main.c ("%s "PACKAGE_VERSION" starting up.", "... exiting.", "Server startup complete. Host name is
%s. Local service cookie is %u.", "Got %s, quitting.", "Files changed, reloading.", "Got SIGHUP, reloading.", "Host
name conflict, retrying with %s", "Found user 'avahi' (UID %lu) and group 'avahi' (GID %lu).", "WARNING: Failed to
contact D-Bus daemon."), avahi-core/iface.c ("%s mDNS multicast group on interface %s.%s with address %s.", "New
relevant interface %s.%s for mDNS.", "Interface %s.%s no longer relevant for mDNS.", "Registering new address record
for %s on %s.%s.") and avahi-daemon/dbus-protocol.c ("Too many clients, client request failed.", "Too many objects
for client '%s', client request failed."); Irqbalance/irqbalance (cd9212f) irqbalance.c ("Balancing is ineffective
on systems with a single cpu.  Shutting down", "Daemon couldn't be bound to the abstract socket, bailing out."),
activate.c ("Cannot change IRQ %i affinity: %s", "IRQ %i affinity is now unmanaged"), classify.c ("IRQ %d: Override
%s to %s", "Unable to execute user policy script %s"), irqlist.c ("cpu %d entering powersave mode", "Load average
increasing, re-enabling all cpus for irq balancing") and procinterrupts.c ("WARNING cant open /proc/stat.  balancing
is broken", "WARNING, didn't collect load info for all cpus, balancing is broken").

Labels: a bound NIS server, an activated D-Bus service, mDNS interface changes, irqbalance overrides are System
Notification; a NIS server that does not answer, a failed D-Bus activation, an nscd write or stat that failed are
Error; ypbind, nscd or irqbalance exiting or unable to work is Critical Error; ypserv's refused connect, yppasswdd's
rejected update and D-Bus policy rejections (an access denial) are Security Alert, while a D-Bus message rejected for
a full queue, nscd's full database and avahi's client limits are Resource Usage (a limit reached); a successful NIS
password/shell change is User Action.
"""

from training.templates.families._kit import CRIT, ERR, RES, SEC, SN, UA, maker
from training.templates.families.node_daemons import FAMILY as FAMILY
from training.values import register

t = maker("node_daemons", sources="ypbind", prefixes="syslog journal", proc="ypbind")

register(
    {
        "nis_domain": lambda r: r.choice(("hpc", "cluster.nis", "engnis", "physics", "campus-nis", "lab")),
        "nis_server": lambda r: r.choice(("nis01", "nis02", "head01", "mgmt1.cluster", "10.1.0.5", "ypmaster")),
        "nis_map": lambda r: r.choice(("passwd.byname", "shadow.byname", "group.byname", "auto.home", "netgroup")),
        "nscd_file": lambda r: r.choice(
            ("/etc/passwd", "/etc/group", "/etc/hosts", "/etc/resolv.conf", "/etc/services")
        ),
        "nscd_db": lambda r: r.choice(("passwd", "group", "hosts", "services", "netgroup")),
        "dbus_svc": lambda r: r.choice(
            (
                "org.freedesktop.hostname1",
                "org.freedesktop.timedate1",
                "org.freedesktop.PolicyKit1",
                "org.freedesktop.nm_dispatcher",
                "org.freedesktop.UDisks2",
                "org.fedoraproject.FirewallD1",
            )
        ),
    }
)

_YP = "({nis_domain},{nis_map};{-1|-1|0})"
_DBUS_SND = 'sender=":1.{n}" (uid={uid} pid={pid} comm="{busctl|/usr/bin/python3|gdbus}")'
_DBUS_DST = 'destination="org.freedesktop.systemd1" (uid=0 pid=1 comm="/usr/lib/systemd/systemd")'

TEMPLATES = [
    t(
        SN,
        "ypbind_bound",
        "NIS server for domain '{nis_domain}' is '{nis_server}'",
        "NIS server set to '{nis_server}' for domain '{nis_domain}'",
        "NIS server is '{nis_server}' for domain '{nis_domain}'",
        sev="notice",
    ),
    t(
        ERR,
        "ypbind_no_server",
        "NIS server '{nis_server}' not responding for domain '{nis_domain}'",
        "broadcast: RPC: Timed out.",
        "domain '{nis_domain}' not served by '{nis_server}'",
        sev="notice error",
    ),
    t(
        CRIT,
        "ypbind_fatal",
        "terminating: rpcbind is not running",
        "could not read /etc/netconfig, exiting..",
        "svc_run returned.",
        sev="error",
    ),
    t(
        SEC,
        "ypserv_refused",
        "refused connect from {ip} port {port} to procedure ypproc_match " + _YP,
        "refused connect from {ip} port {port} to procedure ypproc_all " + _YP,
        "refused connect from {ip} port {port} to procedure ypproc_first " + _YP,
        proc="ypserv",
        sources="ypserv",
        sev="warn",
    ),
    t(
        SN,
        "ypserv_reload",
        "Reloading /etc/ypserv.conf",
        "Reloading securenets file",
        proc="ypserv",
        sources="ypserv",
        sev="notice",
    ),
    t(
        UA,
        "yppasswdd_update",
        "update {user} (uid={uid}) from host {ip} successful",
        "Shell changed (/bin/{bash|zsh|tcsh}), GECOS unchanged ({first} {last}).",
        proc="rpc.yppasswdd",
        sources="rpc.yppasswdd",
        sev="notice",
    ),
    t(
        SEC,
        "yppasswdd_rejected",
        "update {user} (uid={uid}) from host {ip} rejected",
        "Invalid password.",
        'attempt to modify NIS passwd entry "+{user}"',
        proc="rpc.yppasswdd",
        sources="rpc.yppasswdd",
        sev="notice",
    ),
    t(
        SN,
        "nscd_monitor",
        "{pid} monitoring file `{nscd_file}` ({small})",
        "{pid} monitoring directory `/etc` ({small})",
        "{pid} monitored file `{nscd_file}` was written to",
        "{pid} ignored inotify event for `{nscd_file}` (file exists)",
        proc="nscd",
        sources="nscd",
        sev="notice",
    ),
    t(
        ERR,
        "nscd_failed",
        "{pid} stat failed for file `/etc/netgroup'; will try again later: No such file or directory",
        "{pid} cannot write to database file /var/db/nscd/{nscd_db}: No space left on device",
        '{pid} invalid persistent database file "/var/db/nscd/{nscd_db}": verification failed',
        proc="nscd",
        sources="nscd",
        sev="notice",
    ),
    t(
        RES,
        "nscd_memory",
        "{pid} no more memory for database '{nscd_db}'",
        "{pid} suggested size of table for database {nscd_db} larger than the persistent database's table",
        proc="nscd",
        sources="nscd",
        sev="notice",
    ),
    t(
        CRIT,
        "nscd_fatal",
        "{pid} database for {nscd_db} corrupted or simultaneously used; remove /var/db/nscd/{nscd_db} manually if"
        " necessary and restart",
        "{pid} cannot open socket: Permission denied",
        "{pid} /var/run/nscd/socket: Address already in use",
        proc="nscd",
        sources="nscd",
        sev="notice",
    ),
    t(
        SN,
        "dbus_activate",
        "[system] Activating service name='{dbus_svc}' (using servicehelper)",
        "[system] Activating via systemd: service name='{dbus_svc}' unit='dbus-{dbus_svc}.service'",
        "[system] Successfully activated service '{dbus_svc}'",
        proc="dbus-daemon",
        sources="dbus-daemon",
        sev="notice info",
    ),
    t(
        SN,
        "dbus_reload",
        "[system] Reloaded configuration",
        "[session uid={uid} pid={pid}] Reloaded configuration",
        proc="dbus-daemon",
        sources="dbus-daemon",
        sev="notice info",
    ),
    t(
        ERR,
        "dbus_activation_failed",
        "[system] Failed to activate service '{dbus_svc}': timed out",
        "[system] Activated service '{dbus_svc}' failed: Launch helper exited with unknown return code 1",
        "[system] Failed to activate via systemd: service name='{dbus_svc}' unit='dbus-{dbus_svc}.service'",
        proc="dbus-daemon",
        sources="dbus-daemon",
    ),
    t(
        SEC,
        "dbus_rejected",
        '[system] Rejected send message, {small} matched rules; type="method_call", ' + _DBUS_SND + ' interface="org'
        '.freedesktop.systemd1.Manager" member="StartUnit" error name="(unset)" requested_reply="0" ' + _DBUS_DST,
        '[system] Rejected receive message, {small} matched rules; type="signal", ' + _DBUS_SND + ' interface="org'
        '.freedesktop.DBus.Properties" member="PropertiesChanged" error name="(unset)" requested_reply="0" '
        + _DBUS_DST,
        proc="dbus-daemon",
        sources="dbus-daemon",
        sev="warn notice",
    ),
    t(
        RES,
        "dbus_queue_full",
        '[system] Rejected: destination has a full message queue, 0 matched rules; type="method_return", '
        + _DBUS_SND
        + ' interface="(unset)" member="(unset)" error name="(unset)" requested_reply="1" '
        + _DBUS_DST,
        proc="dbus-daemon",
        sources="dbus-daemon",
        sev="warn notice",
    ),
    t(
        SN,
        "avahi_start",
        "avahi-daemon {0.7|0.8} starting up.",
        "Server startup complete. Host name is {node}.local. Local service cookie is {num}.",
        "Found user 'avahi' (UID {n}) and group 'avahi' (GID {n}).",
        "Successfully dropped root privileges.",
        proc="avahi-daemon",
        sources="avahi-daemon",
        sev="info",
    ),
    t(
        SN,
        "avahi_iface",
        "Joining mDNS multicast group on interface {iface}.IPv4 with address {ip}.",
        "New relevant interface {iface}.IPv4 for mDNS.",
        "Registering new address record for {ip} on {iface}.IPv4.",
        "Interface {iface}.IPv6 no longer relevant for mDNS.",
        proc="avahi-daemon",
        sources="avahi-daemon",
        sev="info",
    ),
    t(
        SN,
        "avahi_stop",
        "Got SIGTERM, quitting.",
        "avahi-daemon {0.7|0.8} exiting.",
        "Files changed, reloading.",
        "Got SIGHUP, reloading.",
        proc="avahi-daemon",
        sources="avahi-daemon",
        sev="info",
    ),
    t(
        ERR,
        "avahi_failed",
        "Host name conflict, retrying with {node}-{small}",
        "WARNING: Failed to contact D-Bus daemon.",
        "Failed to open /etc/resolv.conf: No such file or directory",
        proc="avahi-daemon",
        sources="avahi-daemon",
        sev="warn",
    ),
    t(
        RES,
        "avahi_limits",
        "Too many clients, client request failed.",
        "Too many objects for client ':1.{n}', client request failed.",
        proc="avahi-daemon",
        sources="avahi-daemon",
        sev="warn",
    ),
    t(
        SN,
        "irqbalance_notes",
        "IRQ {n}: Override {ban to true|balance_level to core|numa_node to 1}",
        "cpu {small} entering powersave mode",
        "Load average increasing, re-enabling all cpus for irq balancing",
        "Balancing is ineffective on systems with a single cpu.  Shutting down",
        proc="irqbalance",
        sources="irqbalance",
        sev="info warn",
    ),
    t(
        ERR,
        "irqbalance_affinity",
        "Cannot change IRQ {n} affinity: {Input/output error|Operation not permitted|No space left on device}",
        "IRQ {n} affinity is now unmanaged",
        "Unable to execute user policy script /usr/local/sbin/irq_policy.sh",
        proc="irqbalance",
        sources="irqbalance",
        sev="warn",
    ),
    t(
        CRIT,
        "irqbalance_broken",
        "WARNING cant open /proc/stat.  balancing is broken",
        "WARNING, didn't collect load info for all cpus, balancing is broken",
        "Daemon couldn't be bound to the abstract socket, bailing out.",
        proc="irqbalance",
        sources="irqbalance",
        sev="warn",
    ),
]
