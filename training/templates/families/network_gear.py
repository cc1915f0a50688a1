"""Network gear syslog: Cisco IOS/IOS-XE and NX-OS (%FACILITY-SEVERITY-MNEMONIC), Juniper Junos
(process[pid]: TAG: text) and Arista EOS (Agent: %FACILITY-SEV-MNEMONIC).

Phrasings follow the vendors' system message references: Cisco's "System Message Guide" entries for
%LINK-3-UPDOWN, %LINEPROTO-5-UPDOWN, %SYS-5-CONFIG_I, %SYS-5-RELOAD, %SYS-5-RESTART, %SYS-2-MALLOCFAIL,
%SYS-3-CPUHOG, %SEC_LOGIN-5-LOGIN_SUCCESS / -4-LOGIN_FAILED / -1-QUIET_MODE_ON, %SSH-5-SSH2_USERAUTH,
%OSPF-5-ADJCHG, %BGP-5-ADJCHANGE, %BGP-3-NOTIFICATION, %DUAL-5-NBRCHANGE, %PORT_SECURITY-2-PSECURE_VIOLATION,
%PM-4-ERR_DISABLE, %SW_MATM-4-MACFLAP_NOTIF, %SEC-6-IPACCESSLOGP, %SNMP-3-AUTHFAIL, %PARSER-5-CFGLOG_LOGGEDCMD,
%AAAA-4-CLI_DEPRECATED, NX-OS %ETHPORT-5-IF_UP / IF_DOWN_LINK_FAILURE, %SYSMGR-2-SERVICE_CRASHED,
%PLATFORM-2-PS_FAIL, %VSHD-5-VSHD_SYSLOG_CONFIG_I; Junos' System Log Explorer tags (UI_LOGIN_EVENT,
UI_COMMIT, UI_LOGOUT_EVENT, SSHD_LOGIN_FAILED, SNMP_TRAP_LINK_DOWN/UP, RPD_BGP_NEIGHBOR_STATE_CHANGED,
BGP_IO_ERROR_CLOSE_SESSION, RPD_OSPF_NBRDOWN, CHASSISD_FRU_OFFLINE_NOTICE, alarmd "Alarm set") and the
commit warning "statement has been deprecated"; Arista EOS's message reference (Ebra, Bgp, Aaa agents).
"""

from training.templates.families._labels import ce, dw, er, ru, sa, sn, ua
from training.values import register

FAMILY = "network_gear"

_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _cisco_hdr(r) -> str:
    k = r.random()
    t = f"{r.choice(_MON)} {r.randrange(1, 29):>2} {r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}"
    if k < 0.35:
        return ""
    if k < 0.7:
        return f"{r.randrange(1, 99999)}: *{t}.{r.randrange(1000):03d}: "
    return f"{r.randrange(1, 99999)}: {r.choice(('core-sw1', 'rtr-edge-01', 'dist-02', 'n9k-leaf3'))}: {t} UTC: "


register(
    {
        "cisco_hdr": _cisco_hdr,
        "cisco_if": lambda r: r.choice(
            ("GigabitEthernet0/1", "GigabitEthernet1/0/24", "TenGigabitEthernet1/1/2", "FastEthernet0/3", "Vlan20")
        ),
        "nx_if": lambda r: f"Ethernet{r.randrange(1, 3)}/{r.randrange(1, 49)}",
        "jnp_if": lambda r: f"{r.choice(('ge', 'xe', 'et'))}-0/{r.randrange(0, 2)}/{r.randrange(0, 48)}",
        "cisco_mac": lambda r: ".".join("".join(r.choices("0123456789abcdef", k=4)) for _ in range(3)),
    }
)

P = "none rfc5424"
C = "cisco"
J = "juniper"
A = "arista"

TEMPLATES = [
    er(
        "net.link_down",
        C,
        P,
        "{cisco_hdr}%LINK-3-UPDOWN: Interface {cisco_if}, changed state to down",
        "{cisco_hdr}%LINEPROTO-5-UPDOWN: Line protocol on Interface {cisco_if}, changed state to down",
        "{cisco_hdr}%ETHPORT-5-IF_DOWN_LINK_FAILURE: Interface {nx_if} is down (Link failure)",
    ),
    sn(
        "net.link_up",
        C,
        P,
        "{cisco_hdr}%LINK-3-UPDOWN: Interface {cisco_if}, changed state to up",
        "{cisco_hdr}%LINEPROTO-5-UPDOWN: Line protocol on Interface {cisco_if}, changed state to up",
        "{cisco_hdr}%ETHPORT-5-IF_UP: Interface {nx_if} is up in mode {access|trunk}",
    ),
    sn(
        "net.admin_down",
        C,
        P,
        "{cisco_hdr}%LINK-5-CHANGED: Interface {cisco_if}, changed state to administratively down",
        "{cisco_hdr}%ETHPORT-5-IF_DOWN_ADMIN_DOWN: Interface {nx_if} is down (Administratively down)",
    ),
    sn(
        "net.config_i",
        C,
        P,
        "{cisco_hdr}%SYS-5-CONFIG_I: Configured from console by {user} on vty{small} ({ip})",
        "{cisco_hdr}%SYS-5-CONFIG_I: Configured from console by console",
        "{cisco_hdr}%VSHD-5-VSHD_SYSLOG_CONFIG_I: Configured from vty by {user} on {ip}@pts/{small}",
    ),
    sn(
        "net.cfglog",
        C,
        P,
        "{cisco_hdr}%PARSER-5-CFGLOG_LOGGEDCMD: User:{user}  logged command:interface {cisco_if}",
        "{cisco_hdr}%PARSER-5-CFGLOG_LOGGEDCMD: User:{user}  logged command:switchport access vlan {n}",
    ),
    ua(
        "net.login_success",
        C,
        P,
        "{cisco_hdr}%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: {user}] [Source: {ip}] [localport: 22] at "
        "{hour}:1{small} UTC {date}",
        "{cisco_hdr}%SSH-5-SSH2_USERAUTH: User '{user}' authentication for SSH2 Session from {ip} (tty = {small}) "
        "using crypto cipher 'aes256-ctr', hmac 'hmac-sha2-256' Succeeded",
        "{cisco_hdr}%SYS-6-LOGOUT: User {user} has exited tty session {small}({ip})",
    ),
    sa(
        "net.login_failed",
        C,
        P,
        "{cisco_hdr}%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: {user}] [Source: {ip}] [localport: 22] [Reason: "
        "Login Authentication Failed] at {hour}:1{small} UTC {date}",
        "{cisco_hdr}%SEC_LOGIN-1-QUIET_MODE_ON: Still timeleft for watching failures is {n} secs, [user: {user}] "
        "[Source: {ip}] [localport: 22] [Reason: Login Authentication Failed] [ACL: sl_def_acl] at {hour} UTC",
        "{cisco_hdr}%AUTHPRIV-3-SYSTEM_MSG: pam_aaa:Authentication failed for user {user} from {ip} - sshd[{pid}]",
    ),
    sa(
        "net.port_security",
        C,
        P,
        "{cisco_hdr}%PORT_SECURITY-2-PSECURE_VIOLATION: Security violation occurred, caused by MAC address "
        "{cisco_mac} on port {cisco_if}.",
        "{cisco_hdr}%DHCP_SNOOPING-5-DHCP_SNOOPING_UNTRUSTED_PORT: DHCP_SNOOPING drop message on untrusted port, "
        "message type: DHCPOFFER, MAC sa: {cisco_mac}",
        "{cisco_hdr}%SW_DAI-4-DHCP_SNOOPING_DENY: 1 Invalid ARPs (Req) on {cisco_if}, vlan {n}.([{cisco_mac}/{ip}/"
        "0000.0000.0000/{ip2}/{hour}:00 UTC {date}])",
    ),
    sa(
        "net.acl_denied",
        C,
        P,
        "{cisco_hdr}%SEC-6-IPACCESSLOGP: list {101|110|OUTSIDE_IN} denied tcp {ip}({port}) -> {ip2}({22|23|3389}), "
        "{small} packet",
        "{cisco_hdr}%SEC-6-IPACCESSLOGDP: list {101|110} denied icmp {ip} -> {ip2} (8/0), {n} packets",
        "{cisco_hdr}%SNMP-3-AUTHFAIL: Authentication failure for SNMP req from host {ip}",
    ),
    sa(
        "net.bpduguard",
        C,
        P,
        "{cisco_hdr}%SPANTREE-2-BLOCK_BPDUGUARD: Received BPDU on port {cisco_if} with BPDU Guard enabled. Disabling "
        "port.",
        "{cisco_hdr}%SPANTREE-2-ROOTGUARD_BLOCK: Root guard blocking port {cisco_if} on VLAN00{small}.",
    ),
    er(
        "net.err_disable",
        C,
        P,
        "{cisco_hdr}%PM-4-ERR_DISABLE: {bpduguard|psecure-violation|link-flap} error detected on {cisco_if}, putting "
        "{cisco_if} in err-disable state",
        "{cisco_hdr}%SW_MATM-4-MACFLAP_NOTIF: Host {cisco_mac} in vlan {n} is flapping between port {cisco_if} and "
        "port {cisco_if2}",
        "{cisco_hdr}%CDP-4-NATIVE_VLAN_MISMATCH: Native VLAN mismatch discovered on {cisco_if} ({small}), with "
        "{host} {cisco_if2} ({n}).",
    ),
    er(
        "net.routing_down",
        C,
        P,
        "{cisco_hdr}%OSPF-5-ADJCHG: Process {small}, Nbr {ip} on {cisco_if} from FULL to DOWN, Neighbor Down: Dead "
        "timer expired",
        "{cisco_hdr}%BGP-5-ADJCHANGE: neighbor {ip} Down BGP Notification sent",
        "{cisco_hdr}%BGP-3-NOTIFICATION: sent to neighbor {ip} 4/0 (hold time expired) 0 bytes",
        "{cisco_hdr}%DUAL-5-NBRCHANGE: EIGRP-IPv4 {n}: Neighbor {ip} ({cisco_if}) is down: holding time expired",
    ),
    sn(
        "net.routing_up",
        C,
        P,
        "{cisco_hdr}%OSPF-5-ADJCHG: Process {small}, Nbr {ip} on {cisco_if} from LOADING to FULL, Loading Done",
        "{cisco_hdr}%BGP-5-ADJCHANGE: neighbor {ip} Up",
        "{cisco_hdr}%DUAL-5-NBRCHANGE: EIGRP-IPv4 {n}: Neighbor {ip} ({cisco_if}) is up: new adjacency",
    ),
    sn(
        "net.reload",
        C,
        P,
        "{cisco_hdr}%SYS-5-RELOAD: Reload requested by {user} on console. Reload Reason: Reload Command.",
        "{cisco_hdr}%SYS-5-RESTART: System restarted --",
        "{cisco_hdr}%SYS-6-LOGGINGHOST_STARTSTOP: Logging to host {ip} port 514 started - CLI initiated",
    ),
    ce(
        "net.service_crashed",
        C,
        P,
        '{cisco_hdr}%SYSMGR-2-SERVICE_CRASHED: Service "{bgp|ospf|stp|vpc}" (PID {pid}) hasn\'t caught signal 11 '
        "(core will be saved).",
        "{cisco_hdr}%MODULE-2-MOD_DIAG_FAIL: Module {small} (Serial number: {hex8}) reported failure on ports "
        "{nx_if}-48 due to Fatal errors in device",
        "{cisco_hdr}%SYS-2-WATCHDOG: Process aborted on watchdog timeout, process = IP Input.",
    ),
    ce(
        "net.power_fan",
        C,
        P,
        "{cisco_hdr}%PLATFORM-2-PS_FAIL: Power supply {small} failed or shut down (Serial number {hex8})",
        "{cisco_hdr}%PLATFORM-2-FAN_REMOVED: Fan module {small} (Serial number {hex8}) Fan{small2}(sys_fan{small3}) "
        "removed",
        "{cisco_hdr}%PLATFORM_ENV-1-FAN: Faulty fan{small} detected",
    ),
    ru(
        "net.mallocfail",
        C,
        P,
        "{cisco_hdr}%SYS-2-MALLOCFAIL: Memory allocation of {num} bytes failed from 0x{hex8}, alignment 0 Pool: "
        "Processor  Free: {num}  Cause: Memory fragmentation",
        "{cisco_hdr}%SYS-3-CPUHOG: Task is running for ({num})msecs, more than (2000)msecs "
        "({small}/{small2}),process = "
        "{IP Input|SNMP ENGINE|Exec}.",
        "{cisco_hdr}%SYS-1-CPURISINGTHRESHOLD: Threshold: Total CPU Utilization(Total/Intr): {pcthi}%/{small}%, Top "
        "3 processes(Pid/Util): {n}/{pct}%, {n2}/{small}%, {n3}/{small2}%",
    ),
    dw(
        "net.cli_deprecated",
        C,
        P,
        "{cisco_hdr}%AAAA-4-CLI_DEPRECATED: WARNING: Command has been added to the configuration using a type 7 "
        "password. However, type 7 passwords will soon be deprecated. Migrate to a supported password type",
        "{cisco_hdr}%AAAA-4-CLI_DEPRECATED: WARNING: Command has been added to the configuration using a type 0 "
        "password. However, type 0 passwords will soon be deprecated. Migrate to a supported password type",
    ),
    ua(
        "net.junos_login",
        J,
        P,
        "mgd[{pid}]: UI_LOGIN_EVENT: User '{user}' login, class 'j-super-user' [{pid}], ssh-connection '{ip} {port} "
        "{ip2} 22', client-mode 'cli'",
        "mgd[{pid}]: UI_LOGOUT_EVENT: User '{user}' logout",
        "mgd[{pid}]: UI_AUTH_EVENT: Authenticated user '{user}' assigned to class 'j-super-user'",
    ),
    sn(
        "net.junos_commit",
        J,
        P,
        "mgd[{pid}]: UI_COMMIT: User '{user}' requested 'commit' operation (comment: none)",
        "mgd[{pid}]: UI_COMMIT: User '{user}' requested 'commit confirmed' operation (comment: change {ticket})",
        "mgd[{pid}]: UI_CMDLINE_READ_LINE: User '{user}', command 'show configuration | compare rollback 1 '",
    ),
    sa(
        "net.junos_login_failed",
        J,
        P,
        "sshd[{pid}]: SSHD_LOGIN_FAILED: Login failed for user '{user}' from host '{ip}'",
        "sshd[{pid}]: Failed password for {user} from {ip} port {port} ssh2",
        "mgd[{pid}]: UI_AUTH_INVALID_CHALLENGE: Received invalid authentication challenge for user '{user}': response",
    ),
    er(
        "net.junos_link_bgp",
        J,
        P,
        "mib2d[{pid}]: SNMP_TRAP_LINK_DOWN: ifIndex {n}, ifAdminStatus up(1), ifOperStatus down(2), ifName {jnp_if}",
        "rpd[{pid}]: BGP_IO_ERROR_CLOSE_SESSION: BGP peer {ip} (External AS {num}): Error event Operation timed "
        "out(60) for I/O session - closing it",
        "rpd[{pid}]: RPD_OSPF_NBRDOWN: OSPF neighbor {ip} (realm ospf-v2 {jnp_if}.0 area 0.0.0.0) state changed from "
        "Full to Down due to InActiveTimer (event reason: neighbor was inactive and declared dead)",
    ),
    sn(
        "net.junos_up",
        J,
        P,
        "mib2d[{pid}]: SNMP_TRAP_LINK_UP: ifIndex {n}, ifAdminStatus up(1), ifOperStatus up(1), ifName {jnp_if}",
        "rpd[{pid}]: RPD_BGP_NEIGHBOR_STATE_CHANGED: BGP peer {ip} (External AS {num}) changed state from OpenConfirm "
        "to Established (event RecvKeepAlive) (instance master)",
        "mgd[{pid}]: UI_COMMIT_COMPLETED: commit complete",
    ),
    ce(
        "net.junos_chassis",
        J,
        P,
        "chassisd[{pid}]: CHASSISD_FRU_OFFLINE_NOTICE: Taking FPC {small} offline: Error",
        "alarmd[{pid}]: Alarm set: FPC color=RED, class=CHASSIS, reason=FPC {small} Major Errors",
        "alarmd[{pid}]: Alarm set: PEM color=RED, class=CHASSIS, reason=PEM {small} Not OK",
    ),
    ru(
        "net.junos_limits",
        J,
        P,
        "/kernel: kern.maxfiles limit exceeded by uid {small}, please see tuning(7).",
        "/kernel: Limiting open port RST response from {n} to 200 packets/sec",
        "jddosd[{pid}]: DDOS_PROTOCOL_VIOLATION_SET: Warning: Host-bound traffic for protocol/exception "
        "ARP:aggregate exceeded its allowed bandwidth at fpc {small} for {n} times",
    ),
    dw(
        "net.junos_deprecated",
        J,
        "none",
        "warning: statement has been deprecated",
        "[edit system services] 'web-management http' warning: statement has been deprecated",
        "[edit protocols] 'igmp-snooping' warning: statement has been deprecated",
    ),
    sn(
        "net.eos_config",
        A,
        P,
        "ConfigAgent: %SYS-5-CONFIG_I: Configured from console by {user} on vty{small} ({ip})",
        "ConfigAgent: %SYS-5-CONFIG_STARTUP: Startup config saved from system:/running-config by {user} on vty{small} "
        "({ip}).",
    ),
    sa(
        "net.eos_authz",
        A,
        P,
        "Aaa: %AAA-4-EXEC_AUTHZ_FAILED: User {user} failed authorization to execute command 'configure'",
        "Aaa: %AAA-4-EXEC_AUTHZ_FAILED: User {user} failed authorization to execute command 'bash'",
    ),
    sn(
        "net.eos_bgp",
        A,
        P,
        "Bgp: %BGP-5-ADJCHANGE: peer {ip} (VRF default AS {num}) old state OpenConfirm event RecvKeepAlive new state "
        "Established",
        "Ebra: %LINEPROTO-5-UPDOWN: Line protocol on Interface Ethernet{small}, changed state to up",
        "Fhrp: %VRRP-6-STATECHANGE: Ethernet{small} Grp {small2} state Backup -> Master",
    ),
    er(
        "net.eos_errors",
        A,
        P,
        "Bgp: %BGP-3-NOTIFICATION: sent to neighbor {ip} (VRF default AS {num}) 4/0 (Hold Timer Expired Error/"
        "Unspecified) 0 bytes",
        "Ebra: %LINEPROTO-5-UPDOWN: Line protocol on Interface Ethernet{small}, changed state to down",
        "Bfd: %BFD-5-STATE_CHANGE: peer (vrf:default, ip:{ip}, intf:Ethernet{small}) changed state from Up to Down "
        "diag ControlDetectionTimeExpired",
    ),
    ua(
        "net.priv_ssh_close",
        C,
        P,
        "{cisco_hdr}%SYS-5-PRIV_AUTH_PASS: Privilege level set to 15 by {user} on vty{small} ({ip})",
        "{cisco_hdr}%SSH-5-SSH2_CLOSE: SSH2 Session from {ip} (tty = {small}) for user '{user}' using crypto cipher "
        "'aes256-ctr', hmac 'hmac-sha2-256' closed",
        "{cisco_hdr}%AUTHPRIV-6-SYSTEM_MSG: pam_unix(aaa:session): session opened for user {user} by (uid=0) - "
        "aaad[{pid}]",
    ),
]
