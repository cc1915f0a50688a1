"""Host firewalls and IDS daemons' routine and error lines: netfilter module loading and iptables errors, firewalld,
ufw, OpenBSD/FreeBSD pf (pflog via tcpdump, pfctl), pfSense rule loading, fail2ban's server and jails, Suricata,
Snort and the Wazuh/OSSEC agent.

Phrasings follow: the kernel's netfilter printk texts ("ip_tables: (C) 2000-2006 Netfilter Core Team",
"nf_tables: (c) 2007-2009 Patrick McHardy", "ctnetlink v0.93: registering with nfnetlink.", "nf_conntrack: default
automatic helper assignment has been turned off for security reasons"); iptables' error texts ("No chain/target/match
by that name.", "Bad rule (does a matching rule exist in that chain?).", "Another app is currently holding the
xtables lock."); firewalld's log ("AllowZoneDrifting is enabled. This is considered an insecure configuration
option. It will be removed in a future release.", "ERROR: INVALID_ZONE:", "COMMAND_FAILED: '/usr/sbin/iptables-restore
-w -n' failed"); ufw's CLI ("Firewall is active and enabled on system startup", "Rule added", "Skipping adding
existing rule"); pflog as tcpdump -e -i pflog0 prints it ("rule 3/0(match): block in on em0: ...") and pfctl ("pf
enabled", "Syntax error in config file: pf rules not loaded"); pfSense's "There were error(s) loading the rules";
fail2ban's server.py/jail texts ("Starting Fail2ban v1.0.2", "Jail 'sshd' started", "Unban", "Found ... -
<time>"); Suricata's startup and engine texts ("This is Suricata version ... running in SYSTEM mode", "all ...
packet processing threads, ... management threads initialized, engine started.", "rule reload complete",
"[ERRCODE: SC_ERR_...]"); Snort's ("Commencing packet processing", "Snort exiting"); the Wazuh agent's ("Connected
to the server", "Lost connection with manager. Setting lock.", "Agent is restarting due to shared configuration
changes").
"""

from training.templates.families._labels import dw, er, sa, sn
from training.templates.families.firewall import FAMILY as FAMILY

P = "syslog journal none"
K = "kernel"

TEMPLATES = [
    sn(
        "fw.netfilter_load",
        K,
        P,
        "ip_tables: (C) 2000-2006 Netfilter Core Team",
        "nf_tables: (c) 2007-2009 Patrick McHardy <kaber@trash.net>",
        "ctnetlink v0.93: registering with nfnetlink.",
        "Netfilter messages via NETLINK v0.30.",
        proc="kernel",
    ),
    dw(
        "fw.conntrack_helper",
        K,
        P,
        "nf_conntrack: default automatic helper assignment has been turned off for security reasons and CT-based "
        "firewall rule not found. Use the iptables CT target to attach helpers instead.",
        "nf_conntrack: automatic helper assignment is deprecated and it will be removed soon. Use the iptables CT "
        "target to attach helpers instead.",
        proc="kernel",
    ),
    er(
        "fw.iptables_errors",
        "iptables",
        "none syslog",
        "iptables: No chain/target/match by that name.",
        "iptables: Bad rule (does a matching rule exist in that chain?).",
        "Another app is currently holding the xtables lock. Perhaps you want to use the -w option?",
        "iptables v1.8.{small} (nf_tables): Chain '{DOCKER|KUBE-SERVICES|f2b-sshd}' does not exist",
        proc="iptables",
    ),
    dw(
        "fw.firewalld_drifting",
        "firewalld",
        P,
        "WARNING: AllowZoneDrifting is enabled. This is considered an insecure configuration option. It will be "
        "removed in a future release. Please consider disabling it now.",
        proc="firewalld",
    ),
    er(
        "fw.firewalld_errors",
        "firewalld",
        P,
        "ERROR: INVALID_ZONE: {public2|dmz1|trusted-lan}",
        "ERROR: INVALID_SERVICE: '{http3|samba-dc2|custom}' not among existing services",
        "ERROR: COMMAND_FAILED: '/usr/sbin/iptables-restore -w -n' failed: iptables-restore: line {small} failed",
        "ERROR: '/usr/sbin/nft --echo --handle add rule inet firewalld filter_INPUT' failed",
        proc="firewalld",
    ),
    sn(
        "fw.ufw_cli",
        "ufw",
        "none syslog",
        "Firewall is active and enabled on system startup",
        "Rule added",
        "Rules updated (v6)",
        "Skipping adding existing rule",
        proc="ufw",
    ),
    er(
        "fw.ufw_errors",
        "ufw",
        "none syslog",
        "ERROR: Couldn't determine iptables version",
        "ERROR: Bad port '{n}{small}00000'",
        "ERROR: problem running ufw-init",
        proc="ufw",
    ),
    sa(
        "fw.pflog_block",
        "pf pflog",
        "none syslog",
        "rule {small}/0(match): block in on {em0|igb0|vio0}: {ip}.{port} > {ip2}.{fw_dpt}: Flags [S], seq {num}, win "
        "65535, length 0",
        "rule {small}/0(match): block in on {em0|igb0}: {ip} > {ip2}: ICMP echo request, id {n}, seq {small}, length "
        "64",
        proc="pflog",
    ),
    sn(
        "fw.pflog_pass",
        "pf pflog",
        "none syslog",
        "rule {small}/0(match): pass out on {em0|igb0|vio0}: {ip}.{port} > {ip2}.443: Flags [S], seq {num}, win "
        "64240, length 0",
        "rule {small}/0(match): pass in on {em1|igb1}: {ip}.{port} > {ip2}.53: {n}+ A? {domain}. ({small}{small2})",
        proc="pflog",
    ),
    sn(
        "fw.pfctl",
        "pf pfctl",
        "none syslog",
        "pf enabled",
        "pfctl: pf already enabled",
        "pf disabled",
        proc="pfctl",
    ),
    er(
        "fw.pf_rules_errors",
        "pf pfctl pfsense",
        "none syslog",
        "pfctl: Syntax error in config file: pf rules not loaded",
        "/etc/pf.conf:{small}{small2}: syntax error",
        "/rc.filter_configure_sync: New alert found: There were error(s) loading the rules: /tmp/rules.debug:{n}: "
        "syntax error - The line in question reads [{n}]: pass in quick on $LAN inet proto tcp from any to any port "
        "{{ 22 }}",
        proc="pfctl",
    ),
    sn(
        "fw.fail2ban_server",
        "fail2ban",
        "py syslog",
        "Starting Fail2ban v{1.0.2|0.11.2|1.1.0}",
        "Jail '{sshd|nginx-http-auth|postfix-sasl|recidive}' started",
        "Connected to fail2ban persistent database '/var/lib/fail2ban/fail2ban.sqlite3'",
        "Observer start...",
        logger="fail2ban.server",
    ),
    sn(
        "fw.fail2ban_unban",
        "fail2ban",
        "py syslog",
        "NOTICE  [{sshd|nginx-http-auth|recidive}] Unban {pip}",
        "Jail '{sshd|recidive}' stopped",
        "Exiting Fail2ban",
        logger="fail2ban.actions",
    ),
    sa(
        "fw.fail2ban_found",
        "fail2ban",
        "py syslog",
        "INFO    [{sshd|postfix-sasl|dovecot}] Found {pip} - {date} {hour}:{small}{small2}",
        "NOTICE  [recidive] Ban {pip}",
        logger="fail2ban.filter",
    ),
    er(
        "fw.fail2ban_errors",
        "fail2ban",
        "py syslog",
        "ERROR   Failed during configuration: Have not found any log file for {sshd|apache-auth} jail",
        "ERROR   Failed to execute ban jail '{sshd|recidive}' action 'iptables-multiport' info "
        "'ActionInfo({{'ip': '{pip}'}})': Error banning {pip}",
        "ERROR   Async configuration of server failed",
        logger="fail2ban.transmitter",
    ),
    sn(
        "fw.suricata_start",
        "suricata",
        P,
        "This is Suricata version {7.0.3|6.0.15|7.0.7} RELEASE running in SYSTEM mode",
        "all {small} packet processing threads, {small2} management threads initialized, engine started.",
        "{n} rule files processed. {num} rules successfully loaded, 0 rules failed",
        "rule reload complete",
        proc="suricata",
    ),
    er(
        "fw.suricata_errors",
        "suricata",
        P,
        "<Error> - [ERRCODE: SC_ERR_AFP_CREATE(190)] - Unable to find iface {iface}: No such device",
        '<Error> - [ERRCODE: SC_ERR_INVALID_SIGNATURE(39)] - error parsing signature "alert http any any -> any any '
        '(msg:\\"test\\"; content:\\"x\\"; sid:{num};)" from file /etc/suricata/rules/local.rules at line {small}',
        "<Warning> - [ERRCODE: SC_ERR_NO_RULES(42)] - No rule files match the pattern /var/lib/suricata/rules/"
        "{emerging-all|local}.rules",
        proc="suricata",
    ),
    sn(
        "fw.snort_start",
        "snort",
        P,
        "Commencing packet processing (pid={pid})",
        "Initializing rule chains...",
        "Snort exiting",
        "Decoding Ethernet",
        proc="snort",
    ),
    sn(
        "fw.wazuh_agent",
        "wazuh ossec",
        P,
        "wazuh-agentd: INFO: (4102): Connected to the server ([{ip}]:1514/tcp).",
        "wazuh-agentd: INFO: Agent is restarting due to shared configuration changes.",
        "wazuh-syscheckd: INFO: (6009): File integrity monitoring scan ended.",
        "wazuh-modulesd:syscollector: INFO: Evaluation finished.",
        proc="wazuh-agentd",
    ),
    er(
        "fw.wazuh_agent_errors",
        "wazuh ossec",
        P,
        "wazuh-agentd: WARNING: (4101): Waiting for server reply (not started). Tried: '{ip}'.",
        "wazuh-agentd: ERROR: (1216): Unable to connect to '[{ip}]:1514/tcp': 'Connection refused'.",
        "wazuh-agentd: WARNING: Lost connection with manager. Setting lock.",
        proc="wazuh-agentd",
    ),
]
