"""Android logcat: ActivityManager/ActivityTaskManager, AndroidRuntime, system_server Watchdog, init, lmkd,
PowerManagerService, ShutdownThread, WindowManager, UserController/LockSettingsService, ART (GC, OOM, hidden
API), Choreographer, SELinux avc denials, debuggerd tombstones and Play Billing.

Phrasings follow AOSP's frameworks/base source: ActivityManagerService/ProcessList ("Start proc N:pkg/uid for
activity ...", "Killing N:pkg/uid (adj N): empty #N", "Force stopping pkg appid=N user=N: reason", "Scheduling
restart of crashed service", "Permission Denial: starting Intent ... not exported from uid", "ANR in"),
ActivityTaskManager ("Displayed pkg/.Activity for user 0: +Nms", "Force finishing activity"), RuntimeInit
("FATAL EXCEPTION: main", "*** FATAL EXCEPTION IN SYSTEM PROCESS"), Watchdog ("*** WATCHDOG KILLING SYSTEM
PROCESS: Blocked in handler on"), PowerManagerService ("Going to sleep due to ...", "Waking up from sleep"),
ShutdownThread ("Rebooting, reason:"), WindowManager ("Unable to add window -- token ... is not valid; is your
activity running?"), UserController ("User N state changed from ... to ..."), system/core init ("Service '...'
(pid N) received signal", "critical process ... exited 4 times in 4 minutes"), system/memory/lmkd ("Kill '...' (N),
uid N, oom_score_adj N to free NkB rss"), art/runtime (Background concurrent copying GC freed, Failed to allocate a
N byte allocation with N free bytes, Accessing hidden method ... (max-target-o, reflection, denied)),
Choreographer ("Skipped N frames!  The application may be doing too much work on its main thread."), debuggerd
tombstone headers and the in-app billing helper of Google's billing samples (IabHelper).
"""

from training.templates.families._labels import ce, dw, er, ru, sa, sn, ua, wf
from training.values import register

FAMILY = "android"

register(
    {
        "apkg": lambda r: r.choice(
            (
                "com.whatsapp",
                "com.google.android.gms",
                "com.android.chrome",
                "com.spotify.music",
                "com.example.shop",
                "com.instagram.android",
                "com.google.android.youtube",
                "org.telegram.messenger",
            )
        ),
        "a_uid": lambda r: f"u0a{r.randrange(10, 400)}",
        "a_adj": lambda r: str(r.choice((0, 100, 200, 250, 700, 900, 905, 915, 925, 935, 945, 955, 999))),
    }
)

P = "logcat"
S = "android"

TEMPLATES = [
    sn(
        "android.start_proc",
        S,
        P,
        "Start proc {pid}:{apkg}/{a_uid} for {activity|service|broadcast|content provider|top-activity} "
        "{{{apkg}/{apkg}.MainActivity}}",
        "Start proc {pid}:{apkg}:remote/{a_uid} for service {{{apkg}/{apkg}.SyncService}}",
        logger="ActivityManager",
    ),
    sn(
        "android.displayed",
        S,
        P,
        "Displayed {apkg}/.MainActivity for user 0: +{ms}ms",
        "Displayed {apkg}/.ui.HomeActivity: +{small}s{ms}ms",
        "START u0 {{act=android.intent.action.MAIN cat=[android.intent.category.LAUNCHER] flg=0x10200000 "
        "cmp={apkg}/.MainActivity}} from uid 10{n}",
        logger="ActivityTaskManager",
    ),
    sn(
        "android.kill_empty",
        S,
        P,
        "Killing {pid}:{apkg}/{a_uid} (adj {a_adj}): empty #{n}",
        "Killing {pid}:{apkg}/{a_uid} (adj {a_adj}): empty for {num}s",
        "Force stopping {apkg} appid=10{n} user=0: {installPackageLI|clear data|deletePackageX|set debug app}",
        logger="ActivityManager",
    ),
    sn(
        "android.power",
        S,
        P,
        "Going to sleep due to {power_button|timeout|lid_switch} (uid 1000)...",
        "Waking up from sleep (uid 1000 reason=WAKE_REASON_POWER_BUTTON details=android.policy:POWER)...",
        "Nap time (uid 1000)...",
        "Sleeping (uid 1000)...",
        logger="PowerManagerService",
    ),
    sn(
        "android.shutdown",
        S,
        P,
        "Rebooting, reason: {userrequested|ota_update|recovery}",
        "Notifying thread to start shutdown longPressBehavior={small}",
        "Shutting down activity manager...",
        "Performing low-level shutdown...",
        logger="ShutdownThread",
    ),
    sn(
        "android.boot",
        S,
        P,
        "Starting phase {500|550|600|1000}",
        "Finished processing BOOT_COMPLETED for u0",
        logger="SystemServiceManager|ActivityManager",
    ),
    sn(
        "android.package_installed",
        S,
        P,
        "Package {apkg} codePath changed from /data/app/~~{hex16}==/{apkg}-{hex8}== to /data/app/~~{hex16}==/{apkg}-"
        "{hex8}==; Retaining data and using new",
        logger="PackageManager",
    ),
    ua(
        "android.user_state",
        S,
        P,
        "User 0 state changed from RUNNING_LOCKED to RUNNING_UNLOCKING",
        "User {small} state changed from RUNNING_UNLOCKING to RUNNING_UNLOCKED",
        "Switching user to {small}",
        logger="UserController|ActivityManager",
    ),
    ua(
        "android.unlock",
        S,
        P,
        "Unlocking user 0 with secret only, length {n}",
        logger="LockSettingsService",
    ),
    sa(
        "android.avc_denied",
        S,
        P,
        'avc: denied {{ read }} for name="{cmdline|stat|maps}" dev="proc" ino={num} scontext=u:r:untrusted_app:s0:'
        "c{n},c256,c512,c768 tcontext=u:r:system_server:s0 tclass=file permissive=0",
        'avc: denied {{ open }} for path="/data/system/{packages.xml|users/0}" dev="dm-{small}" ino={num} '
        "scontext=u:r:untrusted_app:s0:c{n},c256,c512,c768 tcontext=u:object_r:system_data_file:s0 tclass=file "
        "permissive=0 app={apkg}",
        logger="auditd|com.example.shop",
    ),
    sa(
        "android.permission_denial",
        S,
        P,
        "Permission Denial: starting Intent {{ act=android.intent.action.VIEW cmp={apkg}/.internal.AdminActivity }} "
        "from ProcessRecord{{{hex8} {pid}:{apkg}/{a_uid}}} (pid={pid}, uid=10{n}) not exported from uid 10{n2}",
        "Permission Denial: broadcasting Intent {{ act=android.intent.action.BOOT_COMPLETED flg=0x400010 }} from "
        "{apkg} (pid={pid}, uid=10{n}) is not allowed",
        "Permission Denial: reading com.android.providers.contacts.ContactsProvider2 uri content://com.android."
        "contacts/contacts from pid={pid}, uid=10{n} requires android.permission.READ_CONTACTS",
        logger="ActivityManager",
    ),
    er(
        "android.fatal_exception",
        S,
        P,
        "FATAL EXCEPTION: main",
        "Process: {apkg}, PID: {pid}",
        "java.lang.NullPointerException: Attempt to invoke virtual method 'int java.lang.String.length()' on a null "
        "object reference",
        "java.lang.IllegalStateException: Fragment HomeFragment{{{hex8}}} not attached to a context.",
        logger="AndroidRuntime",
    ),
    er(
        "android.anr",
        S,
        P,
        "ANR in {apkg} ({apkg}/.MainActivity)",
        "Reason: Input dispatching timed out (Waiting to send non-key event because the touched window has not "
        "finished processing certain input events that were delivered to it over 500.0ms ago.)",
        "Reason: executing service {apkg}/.SyncService",
        logger="ActivityManager",
    ),
    er(
        "android.force_finishing",
        S,
        P,
        "Force finishing activity {apkg}/.MainActivity",
        "Scheduling restart of crashed service {apkg}/.SyncService in {num}ms for start-requested",
        "Process {apkg} (pid {pid}) has died: fg  TOP ",
        logger="ActivityTaskManager|ActivityManager",
    ),
    er(
        "android.tombstone",
        S,
        P,
        "*** *** *** *** *** *** *** *** *** *** *** *** *** *** *** ***",
        "signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x{hex8}",
        "pid: {pid}, tid: {tid}, name: RenderThread  >>> {apkg} <<<",
        "Abort message: 'JNI DETECTED ERROR IN APPLICATION: use of deleted global reference 0x{hex8}'",
        logger="DEBUG",
    ),
    er(
        "android.bad_token",
        S,
        P,
        "Unable to add window -- token android.os.BinderProxy@{hex8} is not valid; is your activity running?",
        "Attempted to add window with non-application token WindowToken{{{hex8} android.os.BinderProxy@{hex8}}}.  "
        "Aborting.",
        logger="WindowManager",
    ),
    ce(
        "android.system_process",
        S,
        P,
        "*** FATAL EXCEPTION IN SYSTEM PROCESS: {android.fg|android.display|main|ActivityManager}",
        "*** WATCHDOG KILLING SYSTEM PROCESS: Blocked in handler on foreground thread (android.fg), Blocked in handler "
        "on main thread (main)",
        "*** WATCHDOG KILLING SYSTEM PROCESS: Blocked in monitor com.android.server.am.ActivityManagerService on "
        "foreground thread (android.fg)",
        logger="AndroidRuntime|Watchdog",
    ),
    ce(
        "android.init_critical",
        S,
        P,
        "Service '{surfaceflinger|zygote|servicemanager|vold}' (pid {pid}) received signal {6|9|11}",
        "critical process '{surfaceflinger|zygote|servicemanager}' exited 4 times in 4 minutes; rebooting into "
        "bootloader",
        "Sending signal 9 to service 'zygote' (pid {pid}) process group...",
        logger="init",
    ),
    ru(
        "android.lmkd",
        S,
        P,
        "Kill '{apkg}' ({pid}), uid 10{n}, oom_score_adj {a_adj} to free {num}kB rss, {num2}kB swap; reason: low "
        "watermark is breached and swap is low ({num3}kB < {num4}kB)",
        "Kill '{apkg}' ({pid}), uid 10{n}, oom_score_adj {a_adj} to free {num}kB rss, {num2}kB swap; reason: device is "
        "not responding",
        logger="lowmemorykiller|lmkd",
    ),
    ru(
        "android.gc",
        S,
        P,
        "Background concurrent copying GC freed {num}({n}MB) AllocSpace objects, {small}({n2}MB) LOS objects, {pct}% "
        "free, {n3}MB/{n4}MB, paused {num2}us,{ms}us total {ms2}.{small}ms",
        "Background young concurrent copying GC freed {num}({n}MB) AllocSpace objects, 0(0B) LOS objects, {pct}% free, "
        "{n3}MB/{n4}MB, paused {num2}us,{ms}us total {ms2}.{small}ms",
        "Waiting for a blocking GC Alloc",
        logger="art|com.example.shop",
    ),
    ru(
        "android.oom_alloc",
        S,
        P,
        "java.lang.OutOfMemoryError: Failed to allocate a {num} byte allocation with {num2} free bytes and {num3}KB "
        "until OOM, target footprint {num4}, growth limit {num5}",
        'Throwing OutOfMemoryError "Failed to allocate a {num} byte allocation with {num2} free bytes and {n}MB until '
        'OOM, target footprint {num4}, growth limit {num5}" (VmSize {num3} kB)',
        logger="AndroidRuntime|art",
    ),
    ru(
        "android.choreographer",
        S,
        P,
        "Skipped {n} frames!  The application may be doing too much work on its main thread.",
        "Davey! duration={num}ms; Flags=0, FrameTimelineVsyncId={num2}, IntendedVsync={num3}",
        logger="Choreographer|OpenGLRenderer",
    ),
    dw(
        "android.hidden_api",
        S,
        P,
        "Accessing hidden method Landroid/app/ActivityThread;->currentActivityThread()Landroid/app/ActivityThread; "
        "(max-target-p, reflection, allowed)",
        "Accessing hidden field Landroid/os/Message;->next:Landroid/os/Message; (max-target-o, reflection, denied)",
        "Accessing hidden method Landroid/view/View;->getAccessibilityDelegate()Landroid/view/View$"
        "AccessibilityDelegate; (unsupported, reflection, allowed)",
        logger="com.example.shop|zygote64",
    ),
    wf(
        "android.billing",
        S,
        P,
        "Unable to buy item, Error response: 7:Item Already Owned",
        "Unable to buy item, Error response: {6:Error|4:Item Unavailable|3:Billing Unavailable}",
        "Error consuming consuming sku {sku}. 8:Item not owned",
        logger="IabHelper",
    ),
    er(
        "android.sqlite_full",
        S,
        P,
        "(13) statement aborts at {n}: [INSERT INTO {events|messages|cache}(...) VALUES(?,?,?)] database or disk is "
        "full",
        "(13) database or disk is full",
        "Disk is full, unable to write to /data/data/{apkg}/databases/{hex8}.db",
        logger="SQLiteLog|SQLiteDatabase",
    ),
]
