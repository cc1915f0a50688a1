"""Android logcat from system_server and friends: display power, wake locks, window focus and visibility, input
dispatch, broadcast and service timeouts, notification limits, alarms, jobs, audio, SurfaceFlinger, healthd, the
kernel low-memory killer and the system_server watchdog.

Phrasings follow AOSP source (aosp-mirror/platform_frameworks_base, platform_frameworks_native, platform_system_core
and the Android common kernel): services/core/.../display/DisplayPowerController.java ("Blocking screen on until
initial contents have been drawn.", "Unblocked screen on after N ms", "Blocking screen off", "Unblocked screen off
after N ms", "Brightness [..] reason changing to: '..', previous reason: '..'."), power/PowerManagerService.java
("acquireWakeLockInternal: lock=..", "releaseWakeLockInternal: lock=.. [tag], flags=0x..",
"updateWakeLockSummaryLocked: mWakefulness=.."), wm/WindowManagerService.java ("Relayout Window{..}:
viewVisibility=.. req=WxH ..", "Changing focus from .. to .. Callers=..", "Gaining focus: ..") and
AppWindowToken/ActivityRecord ("setAppVisibility(.., visible=..): .. hidden=.. hiddenRequested=.."),
services/inputflinger/InputDispatcher.cpp ("Dropping event because there is no touchable window at (x, y).",
"channel '..' ~ Consumer closed input channel or an error occurred.  events=0x..", "channel '..' ~ Channel is
unrecoverably broken and will be disposed!", "Application is not responding: ..  It has been ..ms since event,
..ms since wait started.  Reason: .."), am/BroadcastQueue.java ("Timeout of broadcast BroadcastRecord{..} -
receiver=.., started Nms ago"), am/ActiveServices.java ("Timeout executing service: ..", "Unable to start service
Intent .. U=N: not found", "Waited long enough for: ServiceRecord{..}"), am/AppErrors.java ("Process .. has crashed
too many times: killing!"), ConnectivityService.java ("NetworkAgentInfo [..] validation failed", "... with redirect
to .."), notification/NotificationManagerService.java ("Suppressing notification from package by user request.",
"Package has already posted or enqueued N notifications.  Not showing more.  package=..", "Package enqueue rate is
N. Shedding events. package=.."), AlarmManagerService.java ("Maximum limit of concurrent alarms N reached for uid:
.., callingPackage: .."), job/JobServiceContext.java ("Client timed out while executing (no jobFinished received).
Sending onStop: .."), media/libaudioclient/AudioTrack.cpp ("AudioFlinger could not create track, status: N output
N"), SurfaceFlinger.cpp ("Permission Denial: can't access SurfaceFlinger pid=N, uid=N", "Permission Denial: can't
read framebuffer pid=N, uid=N"), pm/PackageManagerService.java / permission/PermissionManagerService.java ("Not
granting permission .. to package .. because it was previously installed without"), healthd/BatteryMonitor.cpp
("battery l=N v=N t=N.N h=N st=N c=N fc=N cc=N chg=.."), drivers/staging/android/lowmemorykiller.c ("Killing '..'
(N), adj N, to free NkB on behalf of '..' (N) because cache NkB is below limit NkB for oom_score_adj N", "select ..
to kill") and Watchdog.java ("*** GOODBYE!", "Restart not allowed: Watchdog is *not* killing the system process").
"""

from training.templates.families._labels import ce, er, ru, sa, sn, ua
from training.templates.families.android import FAMILY as FAMILY
from training.values import register

register(
    {
        "aw_tag": lambda r: r.choice(
            (
                "*alarm*",
                "NlpWakeLock",
                "GCM_CONN",
                "*job*/com.google.android.gms/.gcm.nts.TaskExecutionService",
                "AudioMix",
                "WindowManager",
                "ActivityManager-Sleep",
                "*launch*",
                "SyncLoopWakeLock",
            )
        ),
        "aw_mv": lambda r: str(r.randrange(3400, 4400)),
        "aw_hex": lambda r: f"{r.randrange(16**6, 16**7):x}",
        "aw_bright": lambda r: f"0.{r.randrange(10000000, 99999999)}",
        "aw_reason": lambda r: r.choice(("automatic", "manual", "doze", "screen_off", "override", "temporary")),
        "aw_action": lambda r: r.choice(
            (
                "android.intent.action.TIME_TICK",
                "android.intent.action.SCREEN_OFF",
                "android.net.conn.CONNECTIVITY_CHANGE",
                "android.intent.action.BOOT_COMPLETED",
                "com.google.android.c2dm.intent.RECEIVE",
                "android.intent.action.PACKAGE_ADDED",
            )
        ),
        "aw_perm": lambda r: r.choice(
            (
                "android.permission.WRITE_SETTINGS",
                "android.permission.SYSTEM_ALERT_WINDOW",
                "android.permission.READ_LOGS",
                "android.permission.INSTALL_PACKAGES",
                "android.permission.WRITE_SECURE_SETTINGS",
            )
        ),
    }
)

P = "logcat"
S = "android"

_WIN = "Window{{{hex8} u0 {apkg}/{apkg}.MainActivity}}"
_WIN2 = "Window{{{aw_hex} u0 {StatusBar|NotificationShade|com.android.launcher3/com.android.launcher3.Launcher}}}"
_ATTRS = (
    "{{(0,0)(fillxfill) sim={{adjust=resize forwardNavigation}} ty=BASE_APPLICATION wanim=0x{hex8} "
    "fl=LAYOUT_IN_SCREEN LAYOUT_INSET_DECOR SPLIT_TOUCH HARDWARE_ACCELERATED}}"
)
_CHAN = "channel '{hex8} {apkg}/{apkg}.MainActivity (server)' ~ "
_BR = "BroadcastRecord{{{hex8} u0 {aw_action}}}"
_SR = "ServiceRecord{{{hex8} u0 {apkg}/.{SyncService|push.PushService|MessagingService}}}"
_NAI = "NetworkAgentInfo [{WIFI ()|MOBILE (LTE)|MOBILE (NR)} - {num}]"

TEMPLATES = [
    # -- display power and wake locks: routine state changes
    sn(
        "android.dpc.screen_on_blocked",
        S,
        P,
        "Blocking screen on until initial contents have been drawn.",
        "Unblocked screen on after {ms} ms",
        logger="DisplayPowerController",
    ),
    sn(
        "android.dpc.screen_off_blocked",
        S,
        P,
        "Blocking screen off",
        "Unblocked screen off after {ms} ms",
        logger="DisplayPowerController",
    ),
    sn(
        "android.dpc.brightness_reason",
        S,
        P,
        "Brightness [{aw_bright}] reason changing to: '{aw_reason}', previous reason: '{aw_reason2}'.",
        "Brightness [{aw_bright}] reason changing to: 'automatic [ dim ]', previous reason: 'manual'.",
        "Brightness [{aw_bright}] reason changing to: 'manual', previous reason: 'automatic [ low_pwr ]'.",
        logger="DisplayPowerController",
    ),
    sn(
        "android.pms.acquire_wakelock",
        S,
        P,
        'acquireWakeLockInternal: lock={num}, flags=0x{1|6|1a|2000000a}, tag="{aw_tag}", ws=null, uid=1000, pid={pid}',
        'acquireWakeLockInternal: lock={num}, flags=0x1, tag="{aw_tag}", ws=WorkSource{{10{n} {apkg}}}, '
        "uid=10{n}{small}, pid={pid}",
        logger="PowerManagerService",
    ),
    sn(
        "android.pms.release_wakelock",
        S,
        P,
        "releaseWakeLockInternal: lock={num} [{aw_tag}], flags=0x{0|1}",
        "releaseWakeLockInternal: lock={num} [not found], flags=0x0",
        logger="PowerManagerService",
    ),
    sn(
        "android.pms.wakelock_summary",
        S,
        P,
        "updateWakeLockSummaryLocked: mWakefulness={Awake|Asleep|Dreaming|Dozing}, mWakeLockSummary=0x{1|3|7|21|2f}",
        "updateWakeLockSummaryLocked: mWakefulness=Awake, mWakeLockSummary=0x{small}",
        logger="PowerManagerService",
    ),
    # -- window manager
    sn(
        "android.wm.relayout",
        S,
        P,
        f"Relayout {_WIN}: viewVisibility={{0|4|8}} req=1080x{{2280|2340|2400}} {_ATTRS}",
        f"Relayout {_WIN2}: viewVisibility=0 req=1080x{{small}}{{n}} {_ATTRS}",
        logger="WindowManager",
    ),
    sn(
        "android.wm.focus",
        S,
        P,
        f"Changing focus from {_WIN} to {_WIN2} Callers=com.android.server.wm.RootWindowContainer."
        "updateFocusedWindowLocked:{num} com.android.server.wm.WindowManagerService.updateFocusedWindowLocked:{num}",
        f"Changing focus from null to {_WIN} displayId=0 Callers=com.android.server.wm.DisplayContent."
        "updateFocusedWindowLocked:{num}",
        f"Gaining focus: {_WIN}",
        logger="WindowManager",
    ),
    sn(
        "android.wm.app_visibility",
        S,
        P,
        "setAppVisibility(Token{{{hex8} ActivityRecord{{{hex8} u0 {apkg}/.MainActivity t{n}}}}}, visible={true|false}"
        "): mNextAppTransition=TRANSIT_{ACTIVITY_OPEN|TASK_TO_FRONT|ACTIVITY_CLOSE|UNSET} hidden={true|false} "
        "hiddenRequested={true|false} Callers=com.android.server.wm.ActivityRecord.setVisibility:{num}",
        "setAppVisibility(Token{{{hex8} ActivityRecord{{{hex8} u0 {apkg}/.ui.HomeActivity t{n}}}}}, visible=true): "
        "mNextAppTransition=TRANSIT_UNSET hidden=true hiddenRequested=true Callers=com.android.server.am."
        "ActivityStack.ensureActivitiesVisibleLocked:{num}",
        logger="WindowManager",
    ),
    sn(
        "android.input.no_touchable_window",
        S,
        P,
        "Dropping event because there is no touchable window at ({n}{small}, {n2}{small2}).",
        "Dropping event because there is no touchable window at ({n}{small}, {n2}{small2}) on display {0|1}.",
        logger="InputDispatcher",
    ),
    sn(
        "android.am.waited_long_enough",
        S,
        P,
        f"Waited long enough for: {_SR}",
        "Waited long enough for: ServiceRecord{{{hex8} u0 com.google.android.gms/.chimera.GmsIntentOperationService}}",
        logger="ActivityManager",
    ),
    ua(
        "android.pm.delete_package",
        S,
        P,
        "deletePackageAsUser: pkg={apkg} user={0|10} deleteAllUsers: {false|true} version=VERSION_CODE_HIGHEST",
        "deletePackageAsUser: pkg={apkg} user=0 deleteAllUsers: false version={num}",
        logger="PackageManager",
    ),
    sn(
        "android.notification.suppressed",
        S,
        P,
        "Suppressing notification from package by user request.",
        "Suppressing notification from package {apkg} by user request.",
        "Suppressing notification from package due to package suspended by administrator.",
        logger="NotificationService",
    ),
    # -- failed operations
    er(
        "android.input.channel_broken",
        S,
        P,
        _CHAN + "Consumer closed input channel or an error occurred.  events=0x{9|d}",
        _CHAN + "Channel is unrecoverably broken and will be disposed!",
        "channel '{hex8} {apkg}/{apkg}.MainActivity (server)' ~ Consumer closed input channel or an error occurred.  "
        "events=0x9",
        logger="InputDispatcher",
    ),
    er(
        "android.wm.win_death",
        S,
        P,
        f"WIN DEATH: {_WIN}",
        "WIN DEATH: Window{{{hex8} u0 {apkg}/{apkg}.ui.SettingsActivity}}",
        logger="WindowManager|WindowState",
    ),
    er(
        "android.input.not_responding",
        S,
        P,
        f"Application is not responding: {_WIN}.  It has been {{num}}.{{small}}ms since event, {{num2}}.{{small2}}ms "
        "since wait started.  Reason: Waiting because the focused window has not finished processing the input "
        "events that were previously delivered to it.",
        "Application is not responding: AppWindowToken{{{hex8} token=Token{{{hex8} ActivityRecord{{{hex8} u0 {apkg}/"
        ".MainActivity t{n}}}}}}}.  It has been {num}.{small}ms since event, {num2}.{small2}ms since wait started.  "
        "Reason: Waiting because the focused window has not finished processing the input events that were "
        "previously delivered to it.",
        logger="InputDispatcher",
    ),
    er(
        "android.am.broadcast_timeout",
        S,
        P,
        f"Timeout of broadcast {_BR} - receiver=android.os.BinderProxy@{{hex8}}, started {{num}}ms ago",
        f"Timeout of broadcast {_BR} - receiver=android.app.LoadedApk$ReceiverDispatcher$InnerReceiver@{{hex8}}, "
        "started {num}ms ago",
        logger="BroadcastQueue|ActivityManager",
    ),
    er(
        "android.am.service_timeout",
        S,
        P,
        f"Timeout executing service: {_SR}",
        "Timeout executing service: ServiceRecord{{{hex8} u0 {apkg}/.sync.SyncAdapterService}}",
        logger="ActivityManager",
    ),
    er(
        "android.am.crashed_too_many",
        S,
        P,
        "Process {apkg} has crashed too many times: killing!",
        "Process {apkg}:{remote|push|sync} has crashed too many times: killing!",
        logger="ActivityManager",
    ),
    er(
        "android.am.service_not_found",
        S,
        P,
        "Unable to start service Intent {{ act=com.google.android.gms.{analytics|measurement}.START pkg={apkg} }} "
        "U=0: not found",
        "Unable to start service Intent {{ cmp={apkg}/.{SyncService|push.PushService} }} U={0|10}: not found",
        logger="ActivityManager",
    ),
    er(
        "android.am.background_start",
        S,
        P,
        "Background start not allowed: service Intent {{ cmp={apkg}/.SyncService }} to {apkg}/.SyncService from "
        "pid={pid} uid=10{n}{small} pkg={apkg} startFg?={false|true}",
        "Background start not allowed: service Intent {{ act=com.google.firebase.MESSAGING_EVENT pkg={apkg} }} to "
        "{apkg}/.push.PushService from pid={pid} uid=10{n}{small} pkg={apkg}",
        logger="ActivityManager",
    ),
    er(
        "android.pm.signatures_mismatch",
        S,
        P,
        "Package {apkg} signatures do not match the previously installed version; ignoring!",
        "Failure [INSTALL_FAILED_UPDATE_INCOMPATIBLE: Package {apkg} signatures do not match the previously installed "
        "version; ignoring!]",
        logger="PackageManager",
    ),
    er(
        "android.connectivity.validation_failed",
        S,
        P,
        f"{_NAI} validation failed",
        f"{_NAI} validation failed with redirect to http://{{domain}}/{{login|portal|hotspot}}",
        logger="ConnectivityService",
    ),
    er(
        "android.job.client_timeout",
        S,
        P,
        "Client timed out while executing (no jobFinished received). Sending onStop: {hex8} #{a_uid}/{num} {apkg}/"
        ".{SyncJobService|work.SystemJobService}",
        "Client timed out while executing (no jobFinished received). sending onStop. {hex8} #{a_uid}/{num} {apkg}/"
        ".SyncJobService",
        logger="JobServiceContext|JobScheduler",
    ),
    er(
        "android.audio.create_track",
        S,
        P,
        "AudioFlinger could not create track, status: {-12|-38|-22|-1} output {0|13|29}",
        "AudioFlinger could not create track, status: {-12|-38}",
        logger="AudioTrack",
    ),
    # -- memory, battery and limits
    ru(
        "android.healthd.battery",
        S,
        P,
        "battery l={pct} v={aw_mv} t={n}.{small} h=2 st={2|3|5} c=-{num} fc={num2} cc={small} chg={u|a|w|au}",
        "battery l={pct} v={aw_mv} t={n}.{small} h={2|3} st={2|3} chg=",
        "battery l={pct} v={aw_mv} t={n}.{small} h=2 st=3 c={num} fc={num2} cc={small} chg=a",
        logger="healthd",
    ),
    ru(
        "android.lowmemorykiller.kernel",
        S,
        P,
        "Killing '{apkg}' ({pid}) (tgid {pid}), adj {a_adj},",
        "   to free {num}kB on behalf of 'kswapd0' ({pid2}) because",
        "   cache {num2}kB is below limit {num3}kB for oom_score_adj {a_adj}",
        "select '{apkg}' ({pid}), adj {a_adj}, size {num}, to kill",
        logger="lowmemorykiller",
    ),
    ru(
        "android.notification.count_limit",
        S,
        P,
        "Package has already posted or enqueued {25|50|49} notifications.  Not showing more.  package={apkg}",
        "Package has already posted or enqueued 50 notifications.  Not showing more.  package=com.android.shell",
        logger="NotificationService",
    ),
    ru(
        "android.notification.rate_limit",
        S,
        P,
        "Package enqueue rate is {small}.{num}. Shedding events. package={apkg}",
        "Package enqueue rate is 5.{num}. Shedding events. package=com.android.providers.downloads",
        logger="NotificationService",
    ),
    ru(
        "android.alarm.limit",
        S,
        P,
        "Maximum limit of concurrent alarms 500 reached for uid: {a_uid}, callingPackage: {apkg}",
        "Maximum limit of concurrent alarms {num} reached for uid: {a_uid}, callingPackage: {apkg}",
        logger="AlarmManager",
    ),
    # -- permission denials
    sa(
        "android.surfaceflinger.permission",
        S,
        P,
        "Permission Denial: can't access SurfaceFlinger pid={pid}, uid=10{n}{small}",
        "Permission Denial: can't read framebuffer pid={pid}, uid=10{n}{small}",
        logger="SurfaceFlinger",
    ),
    sa(
        "android.pm.not_granting",
        S,
        P,
        "Not granting permission {aw_perm} to package {apkg} because it was previously installed without",
        "Not granting permission android.permission.{READ_FRAME_BUFFER|MANAGE_USERS|DEVICE_POWER} to package {apkg} "
        "because it was previously installed without",
        logger="PackageManager|PermissionManager",
    ),
    # -- system_server watchdog
    ce(
        "android.watchdog.goodbye",
        S,
        P,
        "*** GOODBYE!",
        "Restart not allowed: Watchdog is *not* killing the system process",
        logger="Watchdog",
    ),
]
