"""Android logcat from the native side: init services and commands, property-set denials, bootstat, zygote's
child reaping, the libc crash handler and debuggerd/tombstoned, lmkd's pressure and reclaim reports,
wpa_supplicant association and key negotiation, AudioTrack/AudioFlinger underruns and SurfaceFlinger boot.

Phrasings follow AOSP sources: aosp-mirror/platform_system_core@a3b721a3 init/service.cpp ("starting service
'..'...", "... started service '..' has pid N"), init/sigchld_handler.cpp ("Service '..' (pid N) exited with status
N", ".. oneshot service took N seconds in background"), init/action.cpp ("Command '..' action=.. (file:line) took
Nms and succeeded" / "and failed: .."), init/builtins.cpp ("Unable to write to file '..': ..", "fchmodat() failed"),
init/property_service.cpp ("Received sys.powerctl='..' from pid: N (..)", "Unable to set property '..' from uid:N
gid:N pid:N: SELinux permission check failed", "Invalid permissions to perform '..' on '..'"),
bootstat/bootstat.cpp ("Canonical boot reason: .."), debuggerd/handler/debuggerd_handler.cpp ("Fatal signal N
(SIG..), code N (..), fault addr 0x.. in tid N (..), pid N (..)"), debuggerd/libdebuggerd/tombstone_proto_to_text.cpp
and tombstone_proto.cpp ("Build fingerprint: '..'", "ABI: '..'", "Process uptime: Ns", "Cause: null pointer
dereference", "Cause: [MTE]: Use After Free, N bytes into a N-byte allocation at 0x..", "backtrace:", "#00 pc ..
(BuildId: ..)", "pid: N, tid: N, name: ..  >>> .. <<<"), debuggerd/tombstoned/tombstoned.cpp ("Tombstone written to:
..", "Traces for pid N written to: .."), and lmkd/lmkd.c at e353d864 ("Reclaimed NkB, cache(NkB) and
free(NkB)-reserved(NkB) below min(NkB) for oom_adj N", "Reclaimed NkB at oom_adj N", "%s memory pressure event is
triggered", "Ignore %s memory pressure event (free memory=NkB, cache=NkB, limit=NkB)", "N memory pressure events
were skipped after a kill!", "Process got killed in Nms"); aosp-mirror/platform_frameworks_base
core/jni/com_android_internal_os_Zygote.cpp ("Process N exited cleanly (N)", "Process N exited due to signal N
(..)%s", "Exit zygote because system server (pid N) has terminated"); msft-mirror-aosp/platform.external.
wpa_supplicant_8@f185b91e wpa_supplicant/sme.c and wpa_supplicant.c ("Trying to associate with .. (SSID='..' freq=N
MHz)", "CTRL-EVENT-CONNECTED - Connection to .. completed [id=N id_str=]"), events.c ("Associated with ..", "WPA:
4-Way Handshake failed - pre-shared key may be incorrect"), src/rsn_supp/wpa.c ("WPA: Key negotiation completed
with .. [PTK=.. GTK=..]"), src/eap_peer/eap.c ("CTRL-EVENT-EAP-FAILURE EAP authentication failed");
frameworks/av media/libaudioclient/AudioTrack.cpp ("releaseBuffer() track 0x.. disabled due to previous underrun,
restarting", "obtainBuffer timed out (is the CPU pegged?) .."), services/audioflinger/Threads.cpp ("write blocked
for N msecs, N delayed writes, thread 0x.."); frameworks/native services/surfaceflinger/SurfaceFlinger.cpp ("Boot
is finished (N ms)").
"""

from training.templates.families._kit import pick
from training.templates.families._labels import ce, er, ru, sa, sn
from training.templates.families.android import FAMILY as FAMILY
from training.values import register

register(
    {
        "af_isvc": lambda r: r.choice(
            (
                "vendor.audio-hal",
                "vendor.camera-provider-2-7",
                "bootanim",
                "cameraserver",
                "vendor.wifi_hal_legacy",
                "statsd",
                "netd",
                "media.swcodec",
                "idmap2d",
            )
        ),
        "af_rc": lambda r: r.choice(
            (
                "/system/etc/init/hw/init.rc",
                "/vendor/etc/init/hw/init.qcom.rc",
                "/vendor/etc/init/hw/init.target.rc",
                "/vendor/etc/init/init.sensors.rc",
            )
        ),
        "af_sysfs": lambda r: r.choice(
            (
                "/sys/class/leds/vibrator/trigger",
                "/proc/sys/vm/dirty_expire_centisecs",
                "/sys/block/zram0/comp_algorithm",
                "/sys/module/lowmemorykiller/parameters/minfree",
                "/dev/cpuset/camera-daemon/cpus",
            )
        ),
        "af_prop": lambda r: r.choice(
            ("persist.sys.usb.config", "ro.debuggable", "sys.powerctl", "persist.vendor.radio.adb_log_on")
        ),
        "af_sig": lambda r: r.choice(
            ("11 (Segmentation fault)", "6 (Aborted)", "7 (Bus error)", "4 (Illegal instruction)")
        ),
        "af_ssid": lambda r: r.choice(("HomeNet-5G", "ACME-Guest", "eduroam", "Pixel_4821", "CafeWiFi", "CORP-WLAN")),
        "af_thread": lambda r: r.choice(
            ("RenderThread", "main", "Thread-5", "hwuiTask1", "AsyncTask #2", "Chrome_IOThread")
        ),
        "af_frame": pick(
            "/apex/com.android.runtime/lib64/bionic/libc.so (abort+164)",
            "/system/lib64/libhwui.so (android::uirenderer::RenderNode::prepareTreeImpl+112)",
            "/data/app/~~{hex16}==/{apkg}-{hex16}==/lib/arm64/libnative-lib.so",
            "/apex/com.android.art/lib64/libart.so (art::Runtime::Abort(char const*)+2284)",
        ),
        "af_secs": lambda r: f"{r.uniform(0.02, 3):.6f}",
        "af_took": lambda r: str(r.randrange(51, 4000)),
        "af_cblk": lambda r: (lambda u: f"user={u:08x}, server={u - r.randrange(0, 4096):08x}")(
            r.randrange(8192, 1 << 20)
        ),
        "af_dev": lambda r: r.choice(("husky", "shiba", "oriole", "panther", "akita")),
        "af_ctl": lambda r: r.choice(("start", "stop", "restart")),
        "af_uid": lambda r: r.choice(("2000", f"10{r.randrange(10, 400)}")),
    }
)

P = "logcat"
S = "android"

TEMPLATES = [
    # -- init, bootstat, SurfaceFlinger, zygote: routine
    sn(
        "android.fw.init_service",
        S,
        P,
        "starting service '{af_isvc}'...",
        "... started service '{af_isvc}' has pid {pid}",
        "Service '{af_isvc}' (pid {pid}) exited with status 0",
        "Service '{apexd-snapshotde|derive_sdk|vdc}' (pid {pid}) exited with status 0 oneshot service took "
        "{af_secs} seconds in background",
        logger="init",
    ),
    sn(
        "android.fw.init_command_slow",
        S,
        P,
        "Command 'mount_all /vendor/etc/fstab.{qcom|default} --early' action=fs ({af_rc}:{n}) took {af_took}ms and "
        "succeeded",
        "Command 'restorecon_recursive /data/misc_ce/0' action=post-fs-data ({af_rc}:{n}{small}) took {af_took}ms and "
        "succeeded",
        logger="init",
    ),
    sn(
        "android.fw.init_powerctl",
        S,
        P,
        "Received sys.powerctl='reboot,{userrequested|ota|recovery|shell}' from pid: {pid} (system_server)",
        "Received sys.powerctl='shutdown,userrequested' from pid: {pid} (/system/bin/surfaceflinger)",
        logger="init",
    ),
    sn(
        "android.fw.bootstat",
        S,
        P,
        "Canonical boot reason: {reboot,userrequested|reboot,ota|shutdown,userrequested|reboot,shell|cold}",
        "Service started: /system/bin/bootstat --set_system_boot_reason",
        logger="bootstat",
    ),
    sn(
        "android.fw.surfaceflinger_boot",
        S,
        P,
        "Boot is finished ({num} ms)",
        logger="SurfaceFlinger",
    ),
    sn(
        "android.fw.zygote_exit_clean",
        S,
        P,
        "Process {pid} exited cleanly (0)",
        logger="Zygote|Zygote64",
    ),
    # -- failures of one command, process or transfer
    er(
        "android.fw.init_command_failed",
        S,
        P,
        "Command 'write {af_sysfs} {small}' action=boot ({af_rc}:{n}) took 0ms and failed: Unable to write to file "
        "'{af_sysfs}': open() failed: No such file or directory",
        "Command 'chmod 0664 {af_sysfs}' action=boot ({af_rc}:{n}) took 0ms and failed: fchmodat() failed: No such "
        "file or directory",
        "Command 'start {af_isvc}' action=init ({af_rc}:{n}) took 0ms and failed: service {af_isvc} not found",
        logger="init",
    ),
    er(
        "android.fw.zygote_signal",
        S,
        P,
        "Process {pid} exited due to signal {af_sig}",
        "Process {pid} exited due to signal {af_sig}; core dumped",
        logger="Zygote|Zygote64",
    ),
    er(
        "android.fw.libc_fatal_signal",
        S,
        P,
        "Fatal signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x{0|8|10|18} in tid {tid} ({af_thread}), "
        "pid {pid} ({apkg})",
        "Fatal signal 11 (SIGSEGV), code 2 (SEGV_ACCERR), fault addr 0x7b{hex8} in tid {tid} ({af_thread}), pid "
        "{pid} ({apkg})",
        "Fatal signal 6 (SIGABRT), code -1 (SI_QUEUE) in tid {tid} ({af_thread}), pid {pid} ({apkg})",
        "Fatal signal 6 (SIGABRT), code -6 (SI_TKILL) in tid {tid} ({af_thread}), pid {pid} ({apkg})",
        "Fatal signal 7 (SIGBUS), code 1 (BUS_ADRALN), fault addr 0x{hex8} in tid {tid} ({af_thread}), pid {pid} "
        "({apkg})",
        logger="libc",
    ),
    er(
        "android.fw.tombstone_details",
        S,
        P,
        "Build fingerprint: 'google/{af_dev}/{af_dev}:{13|14|15}/{UQ1A|AP1A|TQ3A}.{n}0{small}05.00{small}/{num}:"
        "user/release-keys'",
        "ABI: '{arm64|arm|x86_64}'",
        "Process uptime: {n}s",
        "Cause: null pointer dereference",
        "Cause: [MTE]: Use After Free, {small} bytes into a {n}0-byte allocation at 0x7b{hex8}",
        "Cause: stack pointer is in a non-existent map; likely due to stack overflow.",
        "      #0{small} pc 00000000{hex8}  {af_frame} (BuildId: {hex32})",
        logger="DEBUG",
    ),
    er(
        "android.fw.tombstoned",
        S,
        P,
        "Tombstone written to: /data/tombstones/tombstone_{0|1}{small}",
        "Traces for pid {pid} written to: /data/anr/trace_{0|1}{small}",
        logger="tombstoned",
    ),
    er(
        "android.fw.audio_underrun",
        S,
        P,
        "releaseBuffer() track 0x{hex8} disabled due to previous underrun, restarting",
        "restartIfDisabled({n}): releaseBuffer() track 0x{hex8} disabled due to previous underrun, restarting",
        "obtainBuffer timed out (is the CPU pegged?) 0x{hex8} {af_cblk}",
        logger="AudioTrack",
    ),
    er(
        "android.fw.audioflinger_write_blocked",
        S,
        P,
        "write blocked for {n}{small} msecs, {n2} delayed writes, thread 0x{hex8}",
        logger="AudioFlinger",
    ),
    # -- system_server gone: the framework restarts
    ce(
        "android.fw.system_server_native_crash",
        S,
        P,
        "Exit zygote because system server (pid {pid}) has terminated",
        "pid: {pid}, tid: {tid}, name: {android.display|main|android.fg|android.ui}  >>> system_server <<<",
        "pid: {pid}, tid: {tid}, name: Binder:{pid}_{small}  >>> system_server <<<",
        logger="Zygote|DEBUG",
    ),
    # -- denials and failed Wi-Fi authentication
    sa(
        "android.fw.init_property_denied",
        S,
        P,
        "Unable to set property '{af_prop}' from uid:{af_uid} gid:{af_uid} pid:{pid}: SELinux permission check failed",
        "Unable to set property 'ctl.{af_ctl}' from uid:{af_uid} gid:{af_uid} pid:{pid}: Invalid permissions to "
        "perform '{af_ctl}' on '{adbd|vold|zygote|surfaceflinger}'",
        logger="init",
    ),
    sa(
        "android.fw.wpa_wrong_key",
        S,
        P,
        "wlan0: WPA: 4-Way Handshake failed - pre-shared key may be incorrect",
        "wlan{0|1}: WPA: 4-Way Handshake failed - pre-shared key may be incorrect",
        logger="wpa_supplicant",
    ),
    sa(
        "android.fw.wpa_eap_failure",
        S,
        P,
        "wlan0: CTRL-EVENT-EAP-FAILURE EAP authentication failed",
        logger="wpa_supplicant",
    ),
    # -- Wi-Fi association: routine
    sn(
        "android.fw.wpa_associate",
        S,
        P,
        "wlan0: Trying to associate with {mac} (SSID='{af_ssid}' freq={2412|2437|2462|5180|5240|5745} MHz)",
        "wlan0: Associated with {mac}",
        logger="wpa_supplicant",
    ),
    sn(
        "android.fw.wpa_connected",
        S,
        P,
        "wlan0: WPA: Key negotiation completed with {mac} [PTK=CCMP GTK=CCMP]",
        "wlan0: CTRL-EVENT-CONNECTED - Connection to {mac} completed [id={small} id_str=]",
        logger="wpa_supplicant",
    ),
    # -- memory pressure
    ru(
        "android.fw.lmkd_reclaim",
        S,
        P,
        "Reclaimed {num}kB, cache({num2}kB) and free({num3}kB)-reserved({num4}kB) below min({num5}kB) for oom_adj "
        "{a_adj}",
        "Reclaimed {num}kB at oom_adj {a_adj}",
        logger="lowmemorykiller|lmkd",
    ),
    ru(
        "android.fw.lmkd_pressure",
        S,
        P,
        "{low|medium|critical} memory pressure event is triggered",
        "Ignore {low|medium} memory pressure event (free memory={num}kB, cache={num2}kB, limit={num3}kB)",
        "{n} memory pressure events were skipped after a kill!",
        "Process got killed in {ms}ms",
        logger="lowmemorykiller|lmkd",
    ),
]
