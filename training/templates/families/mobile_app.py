"""A mobile fitness/health app's own logs (Android logcat and iOS os_log), plus its HTTP client traces: step
counter and workout tracking, Health Connect / HealthKit access, background sync, push notifications, in-app
purchases, sign-in and crashes.

Phrasings follow the platform APIs' documented names and messages: Android Sensor.TYPE_STEP_COUNTER, SensorManager,
Health Connect permission SecurityException, WorkManager results, FCM token registration, Google Play Billing
BillingResponseCode values (ITEM_ALREADY_OWNED, USER_CANCELED, SERVICE_UNAVAILABLE), the AndroidRuntime crash
header ("FATAL EXCEPTION: main"), ActivityManager ANR reports, ComponentCallbacks2 trim levels, OkHttp's
HttpLoggingInterceptor ("<-- 200 OK https://... (123ms, 56-byte body)") and CertificatePinner ("Certificate pinning
failure!"), HealthKit authorization, iOS "Terminating app due to uncaught exception", the Google Fit API
turn-down notice and React Native deprecation warnings.
"""

from training.templates.families._kit import DEP, ERR, HTTP, RES, SEC, SN, UA, WF, maker, pick
from training.values import register

register(
    {
        "mob_api": pick(
            "/v1/sync",
            "/v1/workouts",
            "/v1/steps/daily",
            "/v1/profile",
            "/v2/heart-rate/batch",
            "/v1/challenges/{id}/join",
            "/v1/auth/refresh",
        ),
        "mob_host": pick("api.acme-fit.com", "sync.healthtrack.io", "api.stridely.app"),
        "mob_act": pick(
            "com.acme.fitness/.MainActivity",
            "com.acme.fitness/.workout.WorkoutActivity",
            "com.acme.fitness/.sync.SyncService",
        ),
    }
)

FAMILY = "mobile_app"
t = maker("mobile_app", sources="android fitness-app", prefixes="logcat none", logger="StepCounter")
IOS = "ios-app"

TEMPLATES = [
    t(
        SN,
        "steps",
        "Step counter sensor registered (TYPE_STEP_COUNTER), batch latency 0 us",
        "Daily steps updated: {num} (delta {n})",
        "Daily goal reached: {num} steps",
        "Step count for {date} saved: {num}",
        logger="StepCounter|StepRepository",
    ),
    t(
        SN,
        "workout",
        "Workout session started: {running|cycling|walking|hiit}",
        "Workout saved: {small}.{small} km in 00:{n}:{n}, avg HR {n}0 bpm",
        "GPS fix acquired: accuracy {small}.0 m",
        "Workout {uuid} paused by user",
        logger="WorkoutService|LocationTracker",
    ),
    t(
        SN,
        "sync_ok",
        "Background sync completed: {n} records uploaded, {small} downloaded",
        "Work [ id={uuid}, tags={{ com.acme.fitness.sync.SyncWorker }} ] Result.success()",
        "Health Connect: read {num} StepsRecord entries since {ts}",
        "HealthKit: saved {n} HKQuantityTypeIdentifierStepCount samples",
        logger="SyncWorker|WM-WorkerWrapper|HealthConnectSource",
    ),
    t(
        SN,
        "push",
        "FCM registration token refreshed",
        "Push token registered with backend",
        "Notification scheduled: daily_goal_reminder at {hour}",
        "Notification {id} shown on channel 'activity_reminders'",
        logger="FcmService|NotificationScheduler",
    ),
    t(
        SN,
        "lifecycle",
        "App moved to foreground",
        "App moved to background",
        "Cold start completed in {ms} ms",
        "Database migrated from version {small} to {n}",
        logger="AppLifecycle|AppDatabase",
    ),
    t(
        ERR,
        "sync_failed",
        "Sync failed: java.net.SocketTimeoutException: timeout",
        "Work [ id={uuid}, tags={{ com.acme.fitness.sync.SyncWorker }} ] Result.retry()",
        "Upload of workout {uuid} failed: HTTP 500, will retry",
        'Sync failed: java.net.UnknownHostException: Unable to resolve host "{mob_host}": No address associated with'
        " hostname",
        logger="SyncWorker|WM-WorkerWrapper|WorkoutUploader",
    ),
    t(
        ERR,
        "health_read",
        "Failed to read from Health Connect: java.lang.SecurityException: Caller doesn't have"
        " android.permission.health.READ_STEPS",
        'HealthKit query failed: Error Domain=com.apple.healthkit Code=5 "Authorization not determined"',
        "Heart-rate strap disconnected: BluetoothGatt status 133",
        logger="HealthConnectSource|HeartRateMonitor",
    ),
    t(
        ERR,
        "gps_lost",
        "GPS signal lost during workout {uuid}; route incomplete",
        "Location updates stopped: provider gps disabled",
        "FCM token refresh failed: SERVICE_NOT_AVAILABLE",
        logger="LocationTracker|FcmService",
    ),
    t(
        ERR,
        "crash",
        "FATAL EXCEPTION: main Process: com.acme.fitness, PID: {pid} java.lang.NullPointerException: Attempt to invoke"
        " virtual method 'int java.lang.Integer.intValue()' on a null object reference",
        "FATAL EXCEPTION: WorkManager-Thread-{small} Process: com.acme.fitness, PID: {pid}"
        " java.lang.IllegalStateException: Room cannot verify the data integrity",
        logger="AndroidRuntime",
        sev="error",
    ),
    t(
        ERR,
        "anr",
        "ANR in com.acme.fitness ({mob_act}) PID: {pid} Reason: Input dispatching timed out",
        "ANR in com.acme.fitness PID: {pid} Reason: executing service {mob_act}",
        logger="ActivityManager",
        sev="error",
    ),
    t(
        ERR,
        "ios_crash",
        "*** Terminating app due to uncaught exception 'NSInvalidArgumentException', reason: '-[__NSCFNumber length]:"
        " unrecognized selector sent to instance 0x{hex12}'",
        'Local store failed to load: Error Domain=NSCocoaErrorDomain Code=134110 "An error occurred during persistent'
        ' store migration."; app cannot start',
        sources=IOS,
        prefixes="macos none",
        proc="FitTrack",
        sev="crit",
    ),
    t(
        SEC,
        "pinning",
        "Certificate pinning failure! Peer certificate chain: sha256/{hex32}: CN={mob_host} Pinned certificates for"
        " {mob_host}: sha256/{hex32}",
        "javax.net.ssl.SSLPeerUnverifiedException: Certificate pinning failure!",
        logger="OkHttp|CertificatePinner",
    ),
    t(
        SEC,
        "tamper",
        "Root detected: app running on a rooted device; health data sync disabled",
        "Play Integrity verdict MEETS_BASIC_INTEGRITY only; premium features blocked",
        "Biometric authentication failed: too many attempts (ERROR_LOCKOUT)",
        "Sign-in failed for {email}: invalid credentials ({small} attempts)",
        logger="IntegrityChecker|BiometricAuth|AuthRepository",
    ),
    t(
        UA,
        "auth",
        "User signed in with {Google|Apple|email}: {user_id}",
        "User {user_id} signed out",
        "Account created for {email}",
        "User {user_id} changed password",
        logger="AuthRepository",
    ),
    t(
        UA,
        "profile",
        "Profile updated: weight, height",
        "User {user_id} linked {Strava|Garmin Connect|Apple Health} account",
        "User {user_id} requested account deletion",
        "User {user_id} changed units to {metric|imperial}",
        logger="ProfileRepository",
    ),
    t(
        WF,
        "purchase",
        "Subscription purchase failed: BillingResponseCode.ITEM_ALREADY_OWNED for premium_yearly",
        "Premium upgrade for {user_id} failed: receipt validation returned 21007 (sandbox receipt sent to production)",
        "Purchase of premium_monthly not acknowledged within 3 days; Google Play will refund the order {hex16}",
        logger="BillingClient|PurchaseManager",
    ),
    t(
        WF,
        "challenge",
        "Challenge enrollment for {user_id} failed: challenge {id} is full",
        "Team challenge {id} result could not be computed: {n} members have no synced steps",
        "Reward voucher for {user_id} not issued: partner API rejected code {hex8}",
        logger="ChallengeRepository|RewardsService",
    ),
    t(
        WF,
        "coach_plan",
        "Training plan generation failed for {user_id}: goal race date is in the past",
        "Insurance step-bonus submission for {user_id} rejected: device not verified",
        logger="CoachService|InsuranceSync",
    ),
    t(
        RES,
        "memory",
        "onTrimMemory(TRIM_MEMORY_RUNNING_CRITICAL): releasing map tile cache ({mb} KB)",
        "Low memory: {mb} MB available, background sync deferred",
        "Local database size {n}0 MB exceeds 100 MB; pruning samples older than 90 days",
        logger="AppMemory|AppDatabase",
    ),
    t(
        RES,
        "battery",
        "Battery optimization active: background sync throttled to every {n} minutes",
        "Storage almost full: {n} MB free; offline maps not downloaded",
        "Battery at {pct}%: GPS sampling reduced to 10 s",
        logger="PowerMonitor|StorageMonitor",
    ),
    t(
        DEP,
        "platform",
        "Google Fit APIs are deprecated and will be turned down; migrate reading of steps to Health Connect",
        "FirebaseInstanceId is deprecated; use FirebaseMessaging.getToken()",
        "SharedPreferences-based token storage is deprecated; migrating to DataStore",
        logger="FitnessMigration|FcmService|TokenStore",
    ),
    t(
        DEP,
        "react_native",
        "AsyncStorage has been extracted from react-native core and will be removed in a future release. It can now be"
        " installed and imported from '@react-native-async-storage/async-storage' instead of 'react-native'.",
        "ViewPropTypes will be removed from React Native, along with all other PropTypes. We recommend that you migrate"
        " away from PropTypes and switch to a type system like TypeScript.",
        logger="ReactNativeJS",
        sev="warn",
    ),
    t(
        DEP,
        "api",
        "API /v1/steps is deprecated, use /v2/activity; app version {ver} must update",
        "Server sent Deprecation: true, Sunset: {date} for {mob_api}",
        logger="ApiClient",
    ),
    t(
        HTTP,
        "okhttp",
        "<-- {statusr} https://{mob_host}{mob_api} ({ms}ms, {size}-byte body)",
        "<-- {statusr} https://{mob_host}{mob_api} ({ms}ms, unknown-length body)",
        "<-- {statusr} https://{mob_host}{mob_api} ({ms}ms, 0-byte body)",
        logger="okhttp.OkHttpClient",
    ),
    t(
        HTTP,
        "ios_client",
        "[Response] [{status}] https://{mob_host}{mob_api} ({sec}s)",
        "Task <{uuid}>.<{small}> finished with status {status}: {method} https://{mob_host}{mob_api}",
        sources=IOS,
        prefixes="macos none",
        proc="FitTrack",
    ),
    t(
        HTTP,
        "backend_access",
        '{ip} - - [{clf}] "POST {mob_api} HTTP/2.0" {status} {size} "-" "FitTrack/{ver} (Android {major}; Pixel 7)"',
        '{ip} - - [{clf}] "GET {mob_api} HTTP/2.0" {status} {size} "-" "FitTrack/{ver} CFNetwork/1410.0.3'
        ' Darwin/22.6.0"',
        prefixes="none",
        sources="fitness-api",
    ),
    t(
        HTTP,
        "retrofit",
        "HTTP {status} {method} {mob_api} ({ms} ms)",
        "Response{{protocol=h2, code={status}, message=, url=https://{mob_host}{mob_api}}}",
        logger="ApiClient",
    ),
    t(
        UA,
        "account_more",
        "User {user_id} verified their e-mail address",
        "User {user_id} enabled Face ID sign-in",
        "User {user_id} exported their health data",
        logger="AuthRepository|ProfileRepository",
    ),
    t(
        UA,
        "consent",
        "User {user_id} granted Health Connect permissions: READ_STEPS, READ_HEART_RATE",
        "User {user_id} revoked location permission",
        "User {user_id} accepted privacy policy version {small}.{small}",
        logger="PermissionManager|ConsentManager",
    ),
    t(
        UA,
        "session",
        "Session started for {user_id} on device {hex16}",
        "Session for {user_id} ended after {n} minutes",
        "User {user_id} switched account",
        logger="SessionManager",
    ),
    t(
        HTTP,
        "okhttp_request_line",
        "<-- {statusr} https://{mob_host}/v1/auth/refresh ({ms}ms, {size}-byte body)",
        "<-- {statusr} https://{mob_host}/v1/challenges ({ms}ms, unknown-length body)",
        logger="okhttp.OkHttpClient",
    ),
    t(
        HTTP,
        "ktor",
        "RESPONSE: {statusr} METHOD: HttpMethod(value={method}) FROM: https://{mob_host}{mob_api}",
        "RESPONSE: {statusr} METHOD: HttpMethod(value=POST) FROM: https://{mob_host}/v1/sync",
        logger="HttpClient",
    ),
    t(
        HTTP,
        "alamofire",
        "[Alamofire] Response: {status} {method} https://{mob_host}{mob_api} ({sec}s)",
        "[Network] {method} {mob_api} -> {status} in {ms} ms",
        sources=IOS,
        prefixes="macos none",
        proc="FitTrack",
    ),
    t(
        WF,
        "order_gear",
        "In-app order {order} for heart-rate strap failed: shipping address not deliverable",
        "Family plan invitation for {email} failed: plan already has 6 members",
        logger="ShopRepository|FamilyPlanService",
    ),
    t(
        WF,
        "subscription_restore",
        "Restore purchases for {user_id} failed: no active subscription found for this Apple ID",
        "Subscription renewal for {user_id} in billing retry: BillingResponseCode.ITEM_UNAVAILABLE",
        logger="PurchaseManager",
    ),
    t(
        SN,
        "widgets",
        "Home-screen widget updated: {num} steps",
        "Weekly report generated for {user_id}",
        "Wear OS tile refreshed",
        logger="WidgetProvider|ReportWorker",
    ),
    t(
        SN,
        "wearable",
        "Connected to wearable {hex12} over BLE",
        "Synced {n} heart-rate samples from watch",
        "Firmware update {ver} installed on wearable",
        logger="WearableSync",
    ),
    t(
        ERR,
        "wearable_failed",
        "Wearable sync failed: GATT_ERROR 133 after {small} retries",
        "Firmware update for wearable {hex12} failed: transfer interrupted at {pct}%",
        logger="WearableSync",
    ),
    t(
        ERR,
        "image_upload",
        "Profile photo upload failed: HTTP 413 payload too large",
        "Route map render failed: tile server returned 503",
        logger="ProfileRepository|MapRenderer",
    ),
]
