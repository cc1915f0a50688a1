"""macOS unified log and system.log: kernel (xnu), sandbox and AMFI, authd/authorizationhost, loginwindow,
configd, launchd, ReportCrash, screensharingd, fsck, Time Machine and command-line deprecation notices.

Phrasings follow Apple's open-source xnu (osfmk/kern/task.c "caught causing excessive wakeups", "caught burning
CPU!", bsd/kern/kern_memorystatus.c "memorystatus: killing ... memorystatus_available_pages", "low swap: killing
largest compressed process", osfmk/kern/debug.c panic(cpu N caller ...) strings, "Previous shutdown cause"),
the Sandbox kext's "deny(1)" reports, AMFI's Library Validation rejection text, Security.framework's authd
("Succeeded authorizing right ... by client", "Failed to authorize right"), authorizationhost ("Failed to
authenticate user <...> (error: ...)"), utmpx records written by loginwindow (USER_PROCESS/DEAD_PROCESS),
configd's IPMonitor ("network changed:") and "setting hostname to", launchd's service-exit messages,
ReportCrash ("Saved crash report for"), screensharingd's Authentication lines, fsck_apfs/fsck_hfs results,
backupd (Time Machine), libdispatch's "DEPRECATED USE in libdispatch client", and the shell/Python
deprecation banners Apple ships (default interactive shell is now zsh; Python 2.7 is not recommended).
"""

from training.templates.families._labels import ce, dw, er, ru, sa, sn, ua
from training.values import register

FAMILY = "macos"

register(
    {
        "mac_app": lambda r: r.choice(
            ("Safari", "Slack", "zoom.us", "Google Chrome", "Microsoft Teams", "Xcode", "Spotlight", "Dropbox")
        ),
        "mac_bundle": lambda r: r.choice(
            ("com.apple.Safari", "com.tinyspeck.slackmacgap", "us.zoom.xos", "com.google.Chrome", "com.dropbox.client")
        ),
        "mac_agent": lambda r: r.choice(
            (
                "com.apple.mdworker.shared",
                "com.example.agent",
                "com.google.keystone.agent",
                "com.adobe.AdobeCreativeCloud",
            )
        ),
        "mac_addr": lambda r: "0xffffff80" + "".join(r.choices("0123456789abcdef", k=8)),
    }
)

P = "macos syslog"
K = "macOS"

TEMPLATES = [
    ce(
        "macos.panic",
        K,
        P,
        "panic(cpu {small} caller {mac_addr}): Kernel trap at {mac_addr}, type 14=page fault, registers:",
        "panic(cpu {small} caller {mac_addr}): watchdog timeout: no checkins from watchdogd in {90|180} seconds "
        "({n} total checkins since monitoring last enabled)",
        "panic(cpu {small} caller {mac_addr}): userspace watchdog timeout: no successful checkins from WindowServer in "
        "120 seconds",
        proc="kernel",
        logger="com.apple.kernel",
    ),
    ce(
        "macos.fsck_failed",
        K,
        P,
        "** The volume Macintosh HD could not be repaired.",
        "/dev/rdisk{small}s{small2}: ** The volume /dev/rdisk{small2}s{small2} could not be verified completely.",
        "error: container /dev/disk{small} is corrupt and could not be repaired",
        proc="fsck_apfs",
        logger="com.apple.fsck",
    ),
    sn(
        "macos.fsck_ok",
        K,
        P,
        "/dev/rdisk{small}s{small2}: ** The volume /dev/rdisk{small2}s{small2} appears to be OK.",
        "** The volume Macintosh HD appears to be OK.",
        proc="fsck_apfs",
        logger="com.apple.fsck",
    ),
    sn(
        "macos.boot",
        K,
        P,
        "Previous shutdown cause: 5",
        "Darwin Kernel Version {23|24}.{small}.0: {Mon|Tue|Wed} {Jan|Feb|Mar} {n} 2{small2}:00:00 PST 2024; "
        "root:xnu-{num}.{n}.{small}~{small2}/RELEASE_ARM64_T{num2}",
        "BSD root: disk3s1s1, major 1, minor 16",
        proc="kernel",
        logger="com.apple.kernel",
    ),
    ru(
        "macos.wakeups_cpu",
        K,
        P,
        "process {mac_app}[{pid}] caught causing excessive wakeups. Observed wakeups rate (per sec): {num}; Maximum "
        "permitted wakeups rate (per sec): 150; Observation period: 300 seconds; Task lifetime number of wakeups: "
        "{num2}",
        "process {mac_app}[{pid}] thread {tid} caught burning CPU! It used more than 50% CPU over 180 seconds",
        "Saved cpu_resource.diag report for {mac_app} version {ver} to /Library/Logs/DiagnosticReports/{mac_app}_"
        "{date}-{n}_MacBook-Pro.cpu_resource.diag",
        proc="kernel",
        logger="com.apple.kernel",
    ),
    ru(
        "macos.memorystatus",
        K,
        P,
        "memorystatus: killing_specific_process pid {pid} [{mac_app}] (per-process-limit {small}) {num}KB - "
        "memorystatus_available_pages: {num2}",
        "low swap: killing largest compressed process with pid {pid} ({mac_app}) and size {n} MB",
        "memorystatus: {mac_app} [{pid}] exceeded mem limit: ActiveHard {n} MB (fatal)",
        proc="kernel",
        logger="com.apple.kernel",
    ),
    sa(
        "macos.sandbox_deny",
        K,
        P,
        "Sandbox: {mac_app}({pid}) deny(1) file-read-data /Users/{user}/{Documents|Desktop|Library/Mail}/{hex8}",
        "Sandbox: {mac_app}({pid}) deny(1) mach-lookup com.apple.{coreservices.launchservicesd|tccd}",
        "Sandbox: {mac_app}({pid}) deny(1) network-outbound {ip}:{port}",
        proc="kernel",
        logger="com.apple.sandbox.reporting",
    ),
    sa(
        "macos.amfi",
        K,
        P,
        "Library Validation failed: Rejecting '/Library/Application Support/{hex8}/libinject.dylib' (Team ID: "
        "{hex8}, platform: no) for process '{mac_app}({pid})' (Team ID: N/A, platform: no), reason: mapping process "
        "and mapped file (non-platform) have different Team IDs",
        "AMFI: code signature validation failed.",
        'proc {pid}: load code signature error 4 for file "{hex8}"',
        proc="kernel",
        logger="com.apple.MobileFileIntegrity",
    ),
    sa(
        "macos.gatekeeper",
        K,
        P,
        "Security policy would not allow process: {pid}, /Users/{user}/Downloads/{hex8}.app/Contents/MacOS/{hex8}",
        "Security policy would not allow process: {pid}, "
        "/private/var/folders/{hex8}/T/AppTranslocation/{uuid}/d/{hex8}.app/Contents/MacOS/{hex8}",
        proc="syspolicyd",
        logger="com.apple.syspolicy.exec",
    ),
    sa(
        "macos.auth_failed",
        K,
        P,
        "Failed to authenticate user <{user}> (error: 9999).",
        "Failed to authorize right 'system.privilege.admin' by client '/System/Library/PrivateFrameworks/"
        "PackageKit.framework/Versions/A/Resources/installd' [{pid}] for authorization created by '/System/Library/"
        "CoreServices/Installer.app' [{pid2}] (3,0) (-60005)",
        "ODRecordVerifyPassword failed with result kODErrorCredentialsInvalid",
        proc="authorizationhost",
        logger="com.apple.Authorization",
    ),
    sa(
        "macos.screensharing_failed",
        K,
        P,
        "Authentication: FAILED :: User Name: {user} :: Viewer Address: {ip} :: Type: DH",
        "Authentication: FAILED :: User Name: N/A :: Viewer Address: {ip} :: Type: VNC DES",
        proc="screensharingd",
        logger="com.apple.screensharing",
    ),
    ua(
        "macos.screensharing_ok",
        K,
        P,
        "Authentication: SUCCEEDED :: User Name: {user} :: Viewer Address: {ip} :: Type: DH",
        "Authentication: SUCCEEDED :: User Name: {first} {last} :: Viewer Address: {ip} :: Type: SRP",
        proc="screensharingd",
        logger="com.apple.screensharing",
    ),
    ua(
        "macos.authd_ok",
        K,
        P,
        "Succeeded authorizing right 'system.preferences' by client '/System/Applications/System Settings.app' [{pid}] "
        "for authorization created by '/System/Applications/System Settings.app' [{pid}] (3,0)",
        "Succeeded authorizing right 'system.privilege.admin' by client '/usr/libexec/sudo' [{pid}] for "
        "authorization created by '/usr/bin/sudo' [{pid2}] (2,0)",
        proc="authd",
        logger="com.apple.Authorization",
    ),
    ua(
        "macos.login_records",
        K,
        P,
        "USER_PROCESS: {pid} console",
        "DEAD_PROCESS: {pid} console",
        "USER_PROCESS: {pid} ttys00{small}",
        "DEAD_PROCESS: {pid} ttys00{small}",
        proc="loginwindow",
        logger="com.apple.loginwindow.logging",
    ),
    ua(
        "macos.sudo",
        K,
        P,
        "{user} : TTY=ttys00{small} ; PWD=/Users/{user} ; USER=root ; COMMAND=/usr/bin/log show --last 1h",
        "{user} : TTY=ttys00{small} ; PWD=/Users/{user} ; USER=root ; COMMAND=/usr/sbin/softwareupdate -ia",
        proc="sudo",
        logger="com.apple.sudo",
    ),
    sn(
        "macos.configd",
        K,
        P,
        "network changed: v4(en0:{ip}) DNS Proxy SMB",
        "network changed: v4(en0-:{ip}) v6(en0-:fe80::{hex4}:{hex4}) DNS- Proxy- SMB-",
        'setting hostname to "{first}s-MacBook-Pro.local"',
        "network configuration changed.",
        proc="configd",
        logger="com.apple.SystemConfiguration",
    ),
    sn(
        "macos.timemachine",
        K,
        P,
        "Backup completed successfully.",
        "Copied {num} items ({n}.{small} MB) from volume Macintosh HD - Data. Linked {num2}.",
        "Mounted network destination at mount point: /Volumes/.timemachine/{host}/{uuid}/TM",
        proc="backupd",
        logger="com.apple.TimeMachine",
    ),
    er(
        "macos.timemachine_failed",
        K,
        P,
        "Backup failed with error 19: The backup disk could not be found.",
        "Backup failed with error: 21",
        "Failed to mount network destination, error: Error Domain=NetFSErrorDomain Code=-6600",
        proc="backupd",
        logger="com.apple.TimeMachine",
    ),
    er(
        "macos.launchd_exit",
        K,
        P,
        "({mac_agent}) Service only ran for 0 seconds. Pushing respawn out by 10 seconds.",
        "({mac_agent}[{pid}]): Service exited due to SIGKILL | sent by {mds|launchd}[{pid2}]",
        proc="launchd",
        logger="com.apple.xpc.launchd",
    ),
    er(
        "macos.reportcrash",
        K,
        P,
        "Saved crash report for {mac_app}[{pid}] version {ver} ({n}) to {mac_app}_{date}-1{small}{n2}_MacBook-Pro.ips",
        "Formulating fatal 309 report for corpse[{pid}] {mac_app}",
        proc="ReportCrash",
        logger="com.apple.ReportCrash",
    ),
    er(
        "macos.cfnetwork",
        K,
        P,
        'Task <{uuid}>.<{small}> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 "The request '
        'timed out."',
        'Task <{uuid}>.<{small}> finished with error [-1009] Error Domain=NSURLErrorDomain Code=-1009 "The Internet '
        'connection appears to be offline."',
        "Task <{uuid}>.<{small}> HTTP load failed, 0/0 bytes (error code: -1200 [3:-9816])",
        proc="nsurlsessiond",
        logger="com.apple.CFNetwork",
    ),
    dw(
        "macos.zsh_banner",
        K,
        "none",
        "The default interactive shell is now zsh.",
        "To update your account to use zsh, please run `chsh -s /bin/zsh`.",
        "For more details, please visit https://support.apple.com/kb/HT208050.",
    ),
    dw(
        "macos.python2",
        K,
        "none",
        "WARNING: Python 2.7 is not recommended.",
        "This version is included in macOS for compatibility with legacy software.",
        "Future versions of macOS will not include Python 2.7.",
    ),
    dw(
        "macos.libdispatch",
        K,
        P,
        "DEPRECATED USE in libdispatch client: Setting timer interval to 0 requests a 1ns timer, did you mean FOREVER "
        "(a one-shot timer)?",
        "DEPRECATED USE in libdispatch client: Changing the target of a source after it has been activated; set a "
        "breakpoint on _dispatch_bug_deprecated to debug",
        proc="Slack",
        logger="com.apple.libdispatch",
    ),
]
