"""More Android logcat: settings and audio-stream deprecation warnings, ART heap clamping, job scheduling,
connectivity and package broadcasts.

Phrasings follow AOSP: frameworks/base core/java/android/provider/Settings.java ("Setting ... has moved from
android.provider.Settings.System to android.provider.Settings.Global, returning read-only value."),
media/java/android/media/AudioManager.java and AudioAttributes ("Use of stream types is deprecated for operations
other than volume control"), art/runtime/gc/heap.cc ("Clamp target GC heap from ... to ..."),
services/core/.../ConnectivityService ("NetworkAgentInfo [WIFI () - 100] validation passed"), JobScheduler and
WifiService's connection logs.
"""

from training.templates.families._labels import dw, er, ru, sa, sn
from training.templates.families.android import FAMILY as FAMILY

P = "logcat"
S = "android"

TEMPLATES = [
    dw(
        "android.settings_moved",
        S,
        P,
        "Setting {airplane_mode_on|wifi_on|install_non_market_apps|adb_enabled} has moved from "
        "android.provider.Settings.System to android.provider.Settings.Global, returning read-only value.",
        "Setting {android_id|bluetooth_on} has moved from android.provider.Settings.Secure to "
        "android.provider.Settings.Global.",
        logger="Settings",
    ),
    dw(
        "android.audio_stream_types",
        S,
        P,
        "Use of stream types is deprecated for operations other than volume control",
        "See the documentation of setAudioStreamType() for what to use instead with android.media.AudioAttributes to "
        "qualify your playback use case",
        logger="AudioManager|MediaPlayer",
    ),
    ru(
        "android.art_clamp",
        S,
        P,
        "Clamp target GC heap from {n}.{small}MB to {n2}MB",
        "Starting a blocking GC Alloc",
        "Alloc concurrent copying GC freed {num}({n}MB) AllocSpace objects, 0(0B) LOS objects, {pct}% free, "
        "{n2}MB/{n3}MB, paused {num2}us,{ms}us total {ms2}.{small}ms",
        logger="art|com.example.shop",
    ),
    sn(
        "android.connectivity",
        S,
        P,
        "NetworkAgentInfo [WIFI () - {n}] validation passed",
        "Setting DNS servers for network {n} to [/{ip}, /{ip2}]",
        "NetworkAgentInfo [MOBILE (LTE) - {n}] EVENT_NETWORK_INFO_CHANGED, going from CONNECTING to CONNECTED",
        logger="ConnectivityService",
    ),
    sn(
        "android.package_broadcast",
        S,
        P,
        "Broadcasting: Intent {{ act=android.intent.action.PACKAGE_ADDED dat=package:{apkg} flg=0x4000010 (has "
        "extras) }}",
        "Force stopping {apkg} appid=10{n} user=-1: uninstall pkg",
        "Killing {pid}:{apkg}/{a_uid} (adj {a_adj}): stop {apkg} due to installPackageLI",
        logger="ActivityManager",
    ),
    sa(  # a wrong network key is a refused access, as android_framework_native's 4-Way Handshake failure
        "android.wifi_wrong_key",
        S,
        P,
        'wlan0: CTRL-EVENT-SSID-TEMP-DISABLED id={small} ssid="{svc}" auth_failures=1 duration=10 reason=WRONG_KEY',
        logger="wpa_supplicant",
    ),
    er(
        "android.wifi_errors",
        S,
        P,
        "wlan0: CTRL-EVENT-ASSOC-REJECT bssid={mac} status_code={small}",
        "wlan0: CTRL-EVENT-DISCONNECTED bssid={mac} reason={small} locally_generated=1",
        logger="wpa_supplicant",
    ),
]
