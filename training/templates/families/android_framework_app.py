"""Android logcat written inside app processes by the framework classes: slow Looper messages, leaked receivers,
service connections and windows, missing content providers, failed binder transactions, StrictMode's non-SDK
API reports, ART's DexFile warning and the deprecation warnings of framework APIs.

Phrasings follow AOSP frameworks/base (aosp-mirror/platform_frameworks_base; the Android 16 sources as published
in Reginer/aosp-android-jar@262f6ae9, android-36/src/...): core/java/android/os/Looper.java ("Slow dispatch took
Nms <thread> app=.. main=.. group=.. h=.. c=.. m=N", "Slow delivery took .."), android/app/LoadedApk.java (".. has
leaked IntentReceiver .. that was originally registered here. Are you missing a call to unregisterReceiver()?",
".. has leaked ServiceConnection .. that was originally bound here"), android/view/WindowManagerGlobal.java
("android.view.WindowLeaked: .. has leaked window .. that was originally added here"), android/app/
ActivityThread.java ("Failed to find provider info for ..", ".. (user not unlocked)"), core/jni/
android_util_Binder.cpp ("!!! FAILED BINDER TRANSACTION !!!  (parcel size = N)"), android/os/StrictMode.java
("StrictMode policy violation: " + the violation) with os/strictmode/NonSdkApiUsedViolation.java,
android/hardware/SensorManager.java ("This application is using deprecated SensorManager API which will be
removed someday.  Please consider switching to the new API."), android/nfc/NfcAdapter.java ("WARNING:
NfcAdapter.getDefaultAdapter() is deprecated, use NfcAdapter.getDefaultAdapter(Context) instead"),
android/bluetooth/BluetoothAdapter.java and BluetoothHealth.java ("getProfileProxy(): BluetoothHealth is
deprecated"), android/app/Notification.java ("setLatestEventInfo() is deprecated and you should feel
deprecated."), android/view/inputmethod/InputMethodManager.java ("InputMethodManager.getInstance() is deprecated
because it cannot be compatible with multi-display. .."), android/provider/FontsContract.java ("Platform version
of downloadable fonts is deprecated. Please use androidx version instead."), android/media/AudioManager.java
("setStreamMute is deprecated. adjustStreamVolume should be used instead.", "setStreamSolo has been deprecated. Do
not use."), android/media/audiofx/Equalizer.java, BassBoost.java, Virtualizer.java ("WARNING: attaching an
Equalizer to global output mix is deprecated!"), com/android/server/MasterClearReceiver.java ("The request uses
the deprecated Intent#ACTION_MASTER_CLEAR, Intent#ACTION_FACTORY_RESET should be used instead."),
com/android/internal/os/PowerProfile.java ("screen.on is deprecated! Use screen.on.display0 instead."),
com/android/server/CertBlocklister.java ("The certificate blocklist based on serials is deprecated. Please use the
pubkey blocklist instead."); art/runtime/oat_file_manager.cc (aosp-mirror/platform_art: "Opening an oat file
without a class loader. Are you using the deprecated DexFile APIs?").
"""

from training.templates.families._labels import dw, er, ru
from training.templates.families.android import FAMILY as FAMILY
from training.values import register

register(
    {
        "af_slow": lambda r: str(r.randrange(101, 9000)),
        "af_power_key": lambda r: r.choice(("screen.on", "screen.full", "ambient.on")),
        "af_nonsdk": lambda r: r.choice(
            (
                "Landroid/app/ActivityThread;->currentActivityThread()Landroid/app/ActivityThread;",
                "Landroid/view/View;->mAccessibilityDelegate:Landroid/view/View$AccessibilityDelegate;",
                "Landroid/os/Message;->next:Landroid/os/Message;",
                "Landroid/content/res/AssetManager;->addAssetPath(Ljava/lang/String;)I",
                "Ldalvik/system/VMRuntime;->setHiddenApiExemptions([Ljava/lang/String;)V",
                "Landroid/widget/TextView;->mEditor:Landroid/widget/Editor;",
            )
        ),
    }
)

P = "logcat"
S = "android"

_ACT = "Activity {apkg}.{MainActivity|ui.HomeActivity|checkout.PaymentActivity}"

TEMPLATES = [
    ru(
        "android.fw.looper_slow",
        S,
        P,
        "Slow dispatch took {af_slow}ms main app={apkg} main=true group={TOP_APP|FOREGROUND} h=android.app."
        "ActivityThread$H c=null m={159|110|114|115}",
        "Slow delivery took {af_slow}ms main app={apkg} main=true group=TOP_APP h=android.os.Handler c={apkg}.ui."
        "HomeFragment$$ExternalSyntheticLambda{small}@{hex8} m=0",
        "Slow dispatch took {af_slow}ms android.fg app=system_server main=false group=SYSTEM h=com.android.server."
        "am.ActivityManagerService$MainHandler c=null m={small}",
        logger="Looper",
    ),
    er(
        "android.fw.receiver_leaked",
        S,
        P,
        f"{_ACT} has leaked IntentReceiver {{apkg}}.receivers.ConnectivityReceiver@{{hex8}} that was originally "
        "registered here. Are you missing a call to unregisterReceiver()?",
        "Service {apkg}.SyncService has leaked IntentReceiver {apkg}.SyncService$NetworkReceiver@{hex8} that was "
        "originally registered here. Are you missing a call to unregisterReceiver()?",
        f"{_ACT} has leaked ServiceConnection {{apkg}}.billing.BillingClientImpl$BillingServiceConnection@{{hex8}} "
        "that was originally bound here",
        logger="ActivityThread",
    ),
    er(
        "android.fw.window_leaked",
        S,
        P,
        "android.view.WindowLeaked: Activity {apkg}.MainActivity has leaked window DecorView@{hex8}[MainActivity] "
        "that was originally added here",
        "android.view.WindowLeaked: Activity {apkg}.ui.HomeActivity has leaked window DecorView@{hex8}[HomeActivity] "
        "that was originally added here",
        "android.view.WindowLeaked: " + _ACT + " has leaked window android.widget.PopupWindow$PopupDecorView{{{hex8} "
        "V.E...... R.....ID 0,0-{n}0,{n2}0}} that was originally added here",
        logger="WindowManager",
    ),
    er(
        "android.fw.provider_not_found",
        S,
        P,
        "Failed to find provider info for {af_auth}",
        "Failed to find provider info for {af_auth} (user not unlocked)",
        logger="ActivityThread",
    ),
    er(
        "android.fw.binder_failed",
        S,
        P,
        "!!! FAILED BINDER TRANSACTION !!!  (parcel size = {num})",
        "!!! FAILED BINDER TRANSACTION !!!  (parcel size = {n}{num})",
        logger="JavaBinder",
    ),
    # -- deprecated and non-SDK interfaces
    dw(
        "android.fw.strictmode_nonsdk",
        S,
        P,
        "StrictMode policy violation: android.os.strictmode.NonSdkApiUsedViolation: {af_nonsdk}",
        logger="StrictMode",
    ),
    dw(
        "android.fw.art_dexfile",
        S,
        P,
        "Opening an oat file without a class loader. Are you using the deprecated DexFile APIs?",
        logger="com.example.shop|dynamicfeature|com.whatsapp",
    ),
    dw(
        "android.fw.deprecated_device_apis",
        S,
        P,
        "This application is using deprecated SensorManager API which will be removed someday.  Please consider "
        "switching to the new API.",
        "WARNING: NfcAdapter.getDefaultAdapter() is deprecated, use NfcAdapter.getDefaultAdapter(Context) instead",
        "getProfileProxy(): BluetoothHealth is deprecated",
        "{registerSinkAppConfiguration|connectChannelToSource|getConnectedDevices}(): BluetoothHealth is deprecated",
        logger="SensorManager|NFC|BluetoothAdapter|BluetoothHealth",
    ),
    dw(
        "android.fw.deprecated_ui_apis",
        S,
        P,
        "InputMethodManager.{getInstance|peekInstance}() is deprecated because it cannot be compatible with "
        "multi-display. Use context.getSystemService(InputMethodManager.class) instead.",
        "Platform version of downloadable fonts is deprecated. Please use androidx version instead.",
        "setLatestEventInfo() is deprecated and you should feel deprecated.",
        logger="InputMethodManager|FontsContract|Notification",
    ),
    dw(
        "android.fw.deprecated_audio_apis",
        S,
        P,
        "setStreamMute is deprecated. adjustStreamVolume should be used instead.",
        "setStreamSolo has been deprecated. Do not use.",
        "WARNING: attaching {an Equalizer|a BassBoost|a Virtualizer|a LoudnessEnhancer} to global output mix is "
        "deprecated!",
        logger="AudioManager|Equalizer|BassBoost|Virtualizer",
    ),
    dw(
        "android.fw.deprecated_system_config",
        S,
        P,
        "The request uses the deprecated Intent#ACTION_MASTER_CLEAR, Intent#ACTION_FACTORY_RESET should be used "
        "instead.",
        "The request uses the deprecated Intent#EXTRA_FORCE_MASTER_CLEAR, Intent#EXTRA_FORCE_FACTORY_RESET should "
        "be used instead.",
        "{af_power_key} is deprecated! Use {af_power_key}.display0 instead.",
        "The certificate blocklist based on serials is deprecated. Please use the pubkey blocklist instead.",
        logger="MasterClear|PowerProfile|CertBlocklister",
    ),
]
