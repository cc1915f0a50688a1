"""macOS system.log / unified log lines of the busiest daemons and kexts, read from Apple's open source (the
network daemons are in macos_network.py).

Phrasings follow apple-oss-distributions on GitHub:
xnu iokit/Kernel/IOPMrootDomain.cpp ("System Sleep", "System %sWake" IOLog of xnu-1228, MSG "system wake events:
%s", "full wake %s (reason %u) %u ms", "Sleep failure code 0x%08x 0x%08x"), iokit/Kernel/IOServicePM.cpp ("PM
notification timeout (pid %d, %s)"), libkern/c++/OSKext.cpp ("Can't load kext %s - ...", "Kext %s Loaded
successfully from %s KC"), bsd/netinet/in_arp.c ("%s duplicate IP address %s sent from address %s", "arp: %s
attempts to modify permanent entry", "arp: %s moved from %s to %s on %s"), bsd/netinet/ip_icmp.c of xnu-2782
("Limiting closed port RST response from %d to %d packets per second"), bsd/vm/vm_unix.c (DYLD shared region
unnest), bsd/vm/vm_compressor_backing_file.c and osfmk/vm/vm_compressor_backing_store.c (swap file failures);
PowerManagement pmconfigd/PMAssertionLog.c ("Process %@.%d %s %@ \"%@\" age:%s id:%lld %s", "Summary- %s Using
%s%s"), PrivateLib.m ("Entering DarkWake state due to", "DarkWake to FullWake", "%s: Response from %s timed out
(powercaps:0x%x)", "WakeTime: %2.3lf sec"), PMAssertions.c (unprivileged assertion requests), with the assertion
actions of IOKitUser's IOPMLibPrivate.h; syslog syslogd.tproj/daemon.c, asl_action.c and
libsystem_asl.tproj/src/asl.c (ASL statistics, quotas, module notices); hfs core/hfs_vfsops.c, hfs_vfsutils.c,
hfs_journal.c, hfs_notification.c, hfs_readwrite.c; Security OSX/sec/Security/SecTrust.c ("Trust evaluate
failure:%@" with the SecPolicyChecks.list names) and OSX/include/security_keychain/SecPolicy.cpp, SecTrust.cpp
(deprecated-API warnings).
"""

from training.templates.families._labels import ce, dw, er, ru, sa, sn
from training.templates.families.macos import FAMILY as FAMILY
from training.templates.families.macos import K, P
from training.values import register

register(
    {
        "mac_kext": lambda r: r.choice(
            (
                "com.apple.driver.AppleHDA",
                "com.apple.filesystems.ntfs",
                "com.vmware.kext.vmx86",
                "org.virtualbox.kext.VBoxDrv",
                "com.paragon-software.filesystems.ntfs",
                "com.Cycling74.driver.Soundflower",
            )
        ),
        "mac_vol": lambda r: r.choice(("Macintosh HD", "Backup", "Time Machine", "Data", "Untitled", "External")),
        "mac_dev": lambda r: f"disk{r.randrange(1, 8)}s{r.randrange(1, 5)}",
        "mac_assert": lambda r: r.choice(
            (
                "com.apple.audio.AppleHDAEngineOutput:1B,0,1,2:0.context.preventuseridlesleep",
                "Playing audio",
                "com.apple.backupd.SnapshotVolumes",
                "Download in progress",
                "com.apple.softwareupdate.Download",
            )
        ),
        "mac_wake": lambda r: r.choice(("XHC1", "EC.LidOpen", "EC.PowerButton", "GIGE", "XHC2", "RTC")),
    }
)

KERN = {"proc": "kernel", "logger": "com.apple.kernel"}
PWR = {"proc": "powerd", "logger": "com.apple.powerd"}
ASL = {"proc": "syslogd", "logger": "com.apple.syslogd"}
HFS = {"proc": "kernel", "logger": "com.apple.filesystems.hfs"}
SEC = {"proc": "trustd", "logger": "com.apple.securityd"}

TEMPLATES = [
    # --- xnu: IOPMrootDomain / IOServicePM / OSKext / netinet / vm ---
    sn(
        "macos.kern_system_sleep",
        K,
        P,
        "System Sleep",
        "System Wake",
        "System SafeSleep Wake",
        **KERN,
    ),
    sn(
        "macos.kern_wake_events",
        K,
        P,
        "system wake events: {mac_wake}",
        "full wake request (reason {1|2}) {n} ms",
        "full wake promotion (reason {1|2}) {n} ms",
        **KERN,
    ),
    er(
        "macos.kern_pm_timeout",
        K,
        P,
        "PM notification timeout (pid {pid}, {mac_app})",
        "Sleep failure code 0x{hex8} 0x0000{hex4}",
        "{PowerOff|Restart} still waiting on {IOPMrootDomain|AppleAHCIDiskDriver|IOUSBHostDevice}",
        **KERN,
    ),
    er(
        "macos.kext_load_failed",
        K,
        P,
        "Can't load kext {mac_kext} - not found.",
        "Can't load kext {mac_kext} - failed to resolve library dependencies.",
        "Can't load kext {mac_kext} - not loadable during safe boot.",
        "Kext {mac_kext} is in exclude list, not loadable",
        **KERN,
    ),
    sn(
        "macos.kext_loaded",
        K,
        P,
        "Kext {mac_kext} Loaded successfully from {Auxiliary|System|Boot} KC",
        "Kext {mac_kext} is already loaded.",
        **KERN,
    ),
    ru(
        "macos.kern_icmp_limit",
        K,
        P,
        "Limiting closed port RST response from {num} to 250 packets per second",
        "Limiting icmp unreach response from {num} to 250 packets per second",
        "Limiting icmp ping response from {num} to 250 packets per second",
        "Limiting open port RST response from {num} to 250 packets per second",
        **KERN,
    ),
    er(
        "macos.kern_arp_conflict",
        K,
        P,
        "{en0|en1} duplicate IP address {ip} sent from address {mac}",
        "arp: {ip} is on en0 but got reply from {mac} on en1",
        **KERN,
    ),
    sa(
        "macos.kern_arp_permanent",
        K,
        P,
        "arp: {mac} attempts to modify permanent entry for {ip} on {en0|en1}",
        "arp: {mac} attempts to modify permanent entry for {ip} on bridge0",
        **KERN,
    ),
    sn(
        "macos.kern_arp_moved",
        K,
        P,
        "arp: {ip} moved from {mac} to {mac2} on {en0|en1}",
        "arp: {mac} on en0 sent probe for 169.254.{small}.{n}, already on en1",
        **KERN,
    ),
    ru(
        "macos.kern_vm_unnest",
        K,
        P,
        "{debugserver|lldb|dtrace}[{pid}] triggered unnest of range 0x7fff{hex8}->0x7fff{hex4}{hex4} of DYLD shared "
        "region in VM map 0x{hex8}. While not abnormal for debuggers, this increases system memory footprint until "
        "the target exits.",
        "{mac_app}[{pid}] triggered unnest of range 0x7fff{hex4}0000->0x7fff{hex8} of DYLD shared region in VM map "
        "0x{hex8}. While not abnormal for debuggers, this increases system memory footprint until the target exits.",
        **KERN,
    ),
    er(
        "macos.kern_swap_failed",
        K,
        P,
        "Failed to open swap file {small}",
        "vm_swap_put: vnode_getwithref on swapfile failed with {small}",
        "vn_rdwr: Swap I/O failed with {small}",
        "Unable to open swap volume",
        **KERN,
    ),
    # --- powerd (PowerManagement pmconfigd) ---
    sn(
        "macos.powerd_assertion",
        K,
        P,
        'Process {mac_app}.{pid} Created PreventUserIdleSystemSleep "{mac_assert}" age:00:00:00 id:{num} '
        "[System: PrevIdle DeclUser kDisp]",
        'Process {mac_app}.{pid} Released PreventUserIdleDisplaySleep "{mac_assert}" age:00:0{small}:1{small2} '
        "id:{num} [System: DeclUser kDisp]",
        'Process {mac_app}.{pid} ClientDied BackgroundTask "{mac_assert}" age:00:0{small}:2{small2} id:{num} '
        "[System: PrevIdle BGTask]",
        'Process coreaudiod.{pid} TimedOut PreventUserIdleSystemSleep "{mac_assert}" age:00:0{small}:00 id:{num} '
        "[System: No Assertions]",
        **PWR,
    ),
    sn(
        "macos.powerd_summary",
        K,
        P,
        "Summary- [System: PrevIdle DeclUser kDisp] Using AC(Charge: {pct})",
        "Summary- [System: DeclUser kDisp] Using Batt(Charge: {pct})",
        "Summary- [System: No Assertions] Using AC",
        **PWR,
    ),
    sn(
        "macos.powerd_darkwake",
        K,
        P,
        "Entering DarkWake state due to 'Maintenance Sleep':TCPKeepAlive=active",
        "Entering Sleep state due to 'Clamshell Sleep':TCPKeepAlive=disabled",
        "DarkWake to FullWake from Deep Idle [CDNVA] : due to UserActivity Assertion",
        "WakeTime: {small}.{n} sec",
        **PWR,
    ),
    er(
        "macos.powerd_response_timeout",
        K,
        P,
        "PMConnection: Response from {mac_app} timed out (powercaps:0x{small})",
        "Kernel: Response from {mac_app} timed out",
        "SleepService: Response from {mac_app} exceeded SleepService cap (powercaps:0x{small})",
        "Timed out waiting for assertion check response from pid {pid}",
        **PWR,
    ),
    sa(
        "macos.powerd_unprivileged",
        K,
        P,
        "Pid {pid} is not privileged to create assertion type PreventSystemSleep",
        "_io_pm_assertion_create: PID {pid} is not entitled",
        "Ignoring custom battery properties message from unprivileged sender",
        "PID {pid} is not entitled to set wake reason",
        **PWR,
    ),
    # --- syslogd / ASL ---
    sn(
        "macos.asl_sender_stats",
        K,
        P,
        "ASL Sender Statistics",
        **ASL,
    ),
    sn(
        "macos.asl_module_notice",
        K,
        P,
        "Configuration Notice:",
        'ASL Module "com.apple.{install|cdscheduler|authd|eventmonitor}" claims selected messages.',
        "Those messages may not appear in standard system log files or in the ASL database.",
        'ASL Module "com.apple.{install|authd}" sharing output destination "/var/log/{install|system}.log" with ASL '
        'Module "com.apple.asl".',
        **ASL,
    ),
    ru(
        "macos.asl_quota",
        K,
        P,
        "*** LOG MESSAGE QUOTA EXCEEDED - SOME MESSAGES FROM THIS PROCESS HAVE BEEN DISCARDED ***",
        "*** kernel exceeded {500|1000} log message per second limit  -  remaining messages this second discarded ***",
        "Internal memory size limit {num} exceeded - dropping messages",
        "*** MESSAGE QUOTA DISABLED FOR THIS PROCESS ***",
        **ASL,
    ),
    # --- hfs kext ---
    sn(
        "macos.hfs_mount",
        K,
        P,
        "hfs: mounted {mac_vol} on device {mac_dev}",
        "hfs: unmount initiated on {mac_vol} on device {mac_dev}",
        "hfs: Removed {small} orphaned / unlinked files and {small2} directories ",
        "jnl: {mac_dev}: replay_journal: from: {num} to: {num2} (joffset 0x{hex8})",
        **HFS,
    ),
    ru(
        "macos.hfs_lowdisk",
        K,
        P,
        "hfs: set LowDisk: vol:{mac_vol}, freeblks:{num}, warninglimit:{num2}",
        "hfs: set VeryLowDisk: vol:{mac_vol}, freeblks:{num}, dangerlimit:{num2}",
        "hfs: clear VeryLowDisk: vol:{mac_vol}, freeblks:{num}, dangerlimit:{num2}",
        **HFS,
    ),
    er(
        "macos.hfs_journal_failed",
        K,
        P,
        "jnl: {mac_dev}: replay_journal: Could not read block list header block @ 0x{hex8}!",
        "hfs_mark_inconsistent: Runtime corruption detected on {mac_vol}, fsck will be forced on next mount.",
        "hfs_mark_inconsistent: Failed to complete operation; volume `{mac_vol}' might be inconsistent; fsck will be "
        "forced on next mount.",
        "hfs: corrupt VH on {mac_vol}, sig 0x{hex4}, ver {small}, blksize {num}",
        **HFS,
    ),
    ce(
        "macos.hfs_unmountable",
        K,
        P,
        "hfs: corrupt alternate VH on {mac_vol}, sig 0x{hex4}, ver {small}, blksize {num}",
        "jnl: {mac_dev}: journal_open: Error replaying the journal!",
        "jnl: {mac_dev}: repeated errors replaying journal! aborting journal replay.",
        "jnl: {mac_dev}: no known good txn start offset! aborting journal replay.",
        **HFS,
    ),
    # --- Security framework ---
    sa(
        "macos.sec_trust_rejected",
        K,
        P,
        "Trust evaluate failure: [leaf TemporalValidity]",
        "Trust evaluate failure: [leaf SSLHostname]",
        "Trust evaluate failure: [leaf SSLHostname] [root AnchorTrusted]",
        "Trust evaluate failure: [ca1 BasicConstraints] [root AnchorTrusted]",
        **SEC,
    ),
    dw(
        "macos.sec_deprecated_api",
        K,
        P,
        "WARNING: SecTrustGetResult has been deprecated since 10.7. Please use SecTrustGetTrustResult instead.",
        "WARNING: SecPolicyGetValue was deprecated in 10.7. Please use SecPolicyCopyProperties instead.",
        "WARNING: SecTrustGetCssmResultCode has been deprecated since 10.7, and will be removed in a future release. "
        "Please use SecTrustCopyProperties instead.",
        "WARNING: SecTrustCopyExtendedResult will be deprecated in an upcoming release. Please use SecTrustCopyResult "
        "instead.",
        proc="Microsoft Outlook",
        logger="com.apple.securityd",
    ),
]
