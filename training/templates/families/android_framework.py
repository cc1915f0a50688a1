"""Android logcat from system_server services the other android modules lack: activity and service start
refusals, activity timeouts, window-add failures, package install results, accounts, lock-screen credential
checks, adb key confirmation, JobScheduler limits, power-manager dreaming and the dropbox size limit.

Phrasings follow AOSP frameworks/base (aosp-mirror/platform_frameworks_base; the Android 16 sources as published
in Reginer/aosp-android-jar@262f6ae9, android-36/src/...): services/core/java/com/android/server/
am/ActiveServices.java ("startForegroundService() not allowed due to mAllowStartForeground false: service ..",
"Unable to launch app ../N for service ..: user N is stopped"), am/ContentProviderHelper.java ("Unable to launch
app .. for provider ..: user N is stopped"), am/BroadcastQueue.java ("Background execution not allowed:
receiving Intent { .. } to .."), am/ActivityManagerService.java and am/ProcessRecord.java ("Killing N:pkg/uid (adj
N): excessive cpu N during N dur=N limit=N", "Uid N sent too many Binders to uid N", "Uid N sent too many (5750)
Binders to uid N"), wm/ActivityRecord.java ("Activity pause timeout for ..", "Activity stop timeout for .."),
wm/ActivityTaskSupervisor.java ("Launch timeout has expired, giving up wake lock!", "Activity top resumed state
loss timeout for .."), wm/WindowManagerService.java ("Attempted to add application window with unknown token
%s.  Aborting.", "Attempted to add window to a display that does not exist: %d. Aborting.", "Window %s is already
added", "Attempted to add a toast window with bad token %s.  Aborting."), pm/InstallPackageHelper.java
("installation completed for package:.. Final code path: .."), pm/PackageInstallerSession.java ("Marking session N
as failed: ..", "Failed to verify session N", "Session [N] was destroyed because of [..]") with the
INSTALL_FAILED_* texts of pm/PackageManagerServiceUtils.java ("Update version code N is older than current N") and
content/pm/parsing/FrameworkParsingPackageUtils.java ("Requires newer sdk version #N (current version is #N)"),
accounts/AccountManagerService.java ("callingUid=N, userId=N added account", ".. removed account", ".. performing
rename account", "callingUid=N changed password", "the accountType= .. changed with useCase=.. for userId=N,
sending broadcast of android.accounts.LOGIN_ACCOUNTS_CHANGED", "the account with type=.. removed while
useCase=.."), locksettings/SyntheticPasswordManager.java ("weaver read failed (INCORRECT_KEY), slot: N",
"(INCORRECT_KEY/THROTTLE)", "(THROTTLE)") and LockSettingsService.java ("Failed to enroll: incorrect
credential.", "Failed to enroll: rate limit exceeded.", "Current credential is incorrect"),
adb/AdbDebuggingManager.java ("Fingerprints do not match. Got .., expected ..", "Pairing failed"),
power/PowerManagerService.java ("Dozing...", "Dreaming...", "Brightness boost activated (uid N)...",
"Force-Suspending (uid N)...", "Stopping dream because the battery appears to be draining faster than it is
charging. .."), StorageManagerService.java ("Running fstrim idle maintenance", "Running idle maintenance",
"Storage lifetime: N"), DropBoxManagerService.java ("Dropping: tag (N > N bytes)"); apex/jobscheduler/service/
.../job/JobSchedulerService.java ("Too many jobs for uid N", "Apps may not schedule more than N distinct jobs") and
job/JobServiceContext.java ("No response from client for onStopJob ..").
"""

from training.templates.families._labels import er, ru, sa, sn, ua
from training.templates.families.android import FAMILY as FAMILY
from training.values import register

register(
    {
        "af_acct": lambda r: r.choice(
            (
                "com.google",
                "com.whatsapp",
                "org.telegram.messenger",
                "com.microsoft.workaccount",
                "com.android.exchange",
                "com.spotify.music",
            )
        ),
        "af_cuid": lambda r: r.choice(("1000", f"10{r.randrange(10, 400)}", "2000")),
        "af_svc": lambda r: r.choice(
            (".SyncService", ".push.PushService", ".media.PlaybackService", ".location.TrackingService")
        ),
        "af_auth": lambda r: r.choice(
            (
                "com.google.android.gms.chimera",
                "com.android.contacts",
                "com.example.shop.fileprovider",
                "com.google.android.gsf.gservices",
                "com.whatsapp.provider.contact",
            )
        ),
        "af_appuid": lambda r: str(r.randrange(10010, 10400)),
        "af_cpu": lambda r: (
            lambda since, limit: (
                f"excessive cpu {int(since * r.uniform(limit, 95) / 100)} during {since} "
                f"dur={since + r.randrange(0, 600000)} limit={limit}"
            )
        )(r.randrange(60000, 1800000), r.choice((2, 10, 25, 50))),
        "af_drop": lambda r: (lambda mx: f"{mx + r.randrange(1, 4 * mx)} > {mx} bytes")(
            r.choice((131072, 262144, 1048576))
        ),
        "af_fp": lambda r: ":".join(f"{r.randrange(256):02X}" for _ in range(16)),
        "af_dbtag": lambda r: r.choice(
            ("data_app_crash", "system_app_anr", "data_app_anr", "system_server_wtf", "SYSTEM_TOMBSTONE")
        ),
    }
)

P = "logcat"
S = "android"

_AR = "ActivityRecord{{{hex8} u0 {apkg}/.{MainActivity|ui.HomeActivity|checkout.PaymentActivity} t{n}}}"
_TOKEN = "android.os.BinderProxy@{hex8}"

TEMPLATES = [
    # -- routine service events
    sn(
        "android.fw.pms_dream",
        S,
        P,
        "Dozing...",
        "Dreaming...",
        "Brightness boost activated (uid {1000|2000})...",
        "Force-Suspending (uid 1000)...",
        logger="PowerManagerService",
    ),
    sn(
        "android.fw.pm_install_completed",
        S,
        P,
        "installation completed for package:{apkg}. Final code path: /data/app/~~{hex16}==/{apkg}-{hex16}==",
        "installation completed for package:{apkg}. Final code path: /data/app/~~{hex16}==/{apkg}-{hex16}==/base.apk",
        logger="PackageManager",
    ),
    sn(
        "android.fw.storage_maintenance",
        S,
        P,
        "Running fstrim idle maintenance",
        "Running idle maintenance",
        "Storage lifetime: {n}",
        "Skipping fstrim - block based checkpoint in progress",
        logger="StorageManagerService",
    ),
    # -- accounts: added, removed, renamed, password changed
    ua(
        "android.fw.account_added",
        S,
        P,
        "callingUid={af_cuid}, userId={0|10} added account",
        "the accountType= {af_acct} changed with useCase=addAccount for userId={0|10}, sending broadcast of "
        "android.accounts.LOGIN_ACCOUNTS_CHANGED",
        logger="AccountManagerService",
    ),
    ua(
        "android.fw.account_removed",
        S,
        P,
        "callingUid={af_cuid}, userId={0|10} removed account",
        "the account with type={af_acct} removed while useCase=removeAccount for userId={0|10}, sending broadcast "
        "of android.accounts.action.ACCOUNT_REMOVED",
        "the accountType= {af_acct} changed with useCase=removeAccount for userId=0, sending broadcast of "
        "android.accounts.LOGIN_ACCOUNTS_CHANGED",
        logger="AccountManagerService",
    ),
    ua(
        "android.fw.account_changed",
        S,
        P,
        "callingUid={af_cuid}, userId={0|10} performing rename account",
        "callingUid={af_cuid} changed password",
        "the accountType= {af_acct} changed with useCase={renameAccount|setPassword} for userId=0, sending "
        "broadcast of android.accounts.LOGIN_ACCOUNTS_CHANGED",
        logger="AccountManagerService",
    ),
    # -- wrong lock-screen credentials, adb key mismatch
    sa(
        "android.fw.weaver_incorrect_key",
        S,
        P,
        "weaver read failed (INCORRECT_KEY), slot: {small}",
        "weaver read failed (INCORRECT_KEY/THROTTLE), slot: {small}",
        "weaver read failed (THROTTLE), slot: {small}",
        logger="SyntheticPasswordManager",
    ),
    sa(
        "android.fw.credential_incorrect",
        S,
        P,
        "Failed to enroll: incorrect credential.",
        "Failed to enroll: rate limit exceeded.",
        "Current credential is incorrect",
        logger="LockSettingsService",
    ),
    sa(
        "android.fw.adb_key_mismatch",
        S,
        P,
        "Fingerprints do not match. Got {af_fp}, expected {af_fp2}",
        "Pairing failed",
        logger="AdbDebuggingManager",
    ),
    # -- operations refused or timed out
    er(
        "android.fw.background_broadcast",
        S,
        P,
        "Background execution not allowed: receiving Intent {{ act=android.intent.action.{PACKAGE_ADDED|"
        "PACKAGE_REPLACED|PACKAGE_REMOVED} dat=package:{apkg} flg=0x4000010 (has extras) }} to {apkg2}/."
        "receivers.PackageReceiver",
        "Background execution not allowed: receiving Intent {{ act=android.net.conn.CONNECTIVITY_CHANGE flg=0x4200010 "
        "(has extras) }} to {apkg}/.NetworkReceiver",
        logger="BroadcastQueue",
    ),
    er(
        "android.fw.fgs_not_allowed",
        S,
        P,
        "startForegroundService() not allowed due to mAllowStartForeground false: service {apkg}/{af_svc}",
        logger="ActivityManager|ActiveServices",
    ),
    er(
        "android.fw.unable_to_launch",
        S,
        P,
        "Unable to launch app {apkg}/{af_appuid} for service Intent {{ cmp={apkg}/{af_svc} }}: user {10|11} is stopped",
        "Unable to launch app {apkg}/{af_appuid} for provider {af_auth}: user {10|11} is stopped",
        logger="ActivityManager",
    ),
    er(
        "android.fw.activity_timeouts",
        S,
        P,
        f"Activity pause timeout for {_AR}",
        f"Activity stop timeout for {_AR}",
        f"Activity top resumed state loss timeout for {_AR}",
        "Launch timeout has expired, giving up wake lock!",
        logger="ActivityTaskManager",
    ),
    er(
        "android.fw.wm_add_window",
        S,
        P,
        f"Attempted to add application window with unknown token {_TOKEN}.  Aborting.",
        "Attempted to add window to a display that does not exist: {small}. Aborting.",
        f"Window {_TOKEN} is already added",
        f"Attempted to add a toast window with bad token {_TOKEN}.  Aborting.",
        logger="WindowManager",
    ),
    er(
        "android.fw.install_failed",
        S,
        P,
        "Marking session {num} as failed: INSTALL_FAILED_VERSION_DOWNGRADE: Update version code {num2} is older than "
        "current {num3}",
        "Marking session {num} as failed: INSTALL_FAILED_OLDER_SDK: Requires newer sdk version #{35|36} (current "
        "version is #{33|34})",
        "Failed to verify session {num}",
        "Session [{num}] was destroyed because of [Session marked as failed: INSTALL_FAILED_INSUFFICIENT_STORAGE: "
        "Failed to rename]",
        logger="PackageInstallerSession",
    ),
    er(
        "android.fw.job_stop_no_response",
        S,
        P,
        "No response from client for onStopJob {hex8} #{a_uid}/{num} {apkg}/.{SyncJobService|work.SystemJobService}",
        "Handling timeout for an invalid job state: {hex8} #{a_uid}/{num} {apkg}/.SyncJobService, dropping.",
        logger="JobServiceContext",
    ),
    # -- limits and figures
    ru(
        "android.fw.excessive_cpu",
        S,
        P,
        "Killing {pid}:{apkg}/{a_uid} (adj {a_adj}): {af_cpu}",
        logger="ActivityManager",
    ),
    ru(
        "android.fw.binder_proxy_limit",
        S,
        P,
        "Uid {af_appuid} sent too many Binders to uid 1000",
        "Uid {af_appuid} sent too many (5750) Binders to uid 1000",
        logger="ActivityManager",
    ),
    ru(
        "android.fw.job_limit",
        S,
        P,
        "Too many jobs for uid {af_appuid}",
        "java.lang.IllegalStateException: Apps may not schedule more than {100|150} distinct jobs",
        logger="JobScheduler",
    ),
    ru(
        "android.fw.dropbox_too_large",
        S,
        P,
        "Dropping: {af_dbtag} ({af_drop})",
        logger="DropBoxManagerService",
    ),
    ru(
        "android.fw.dream_battery",
        S,
        P,
        "Stopping dream because the battery appears to be draining faster than it is charging.  Battery level "
        "drained while dreaming: {small}%.  Battery level now: {pct}%.",
        logger="PowerManagerService",
    ),
]
