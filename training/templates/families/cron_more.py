"""cron (the `cron` family, continued): more of cronie, Debian's ISC cron, anacron and at/atd, and the systemd timers
that replace them on newer hosts.

Phrasings follow cronie's cron.c/do_command.c ("(CRON) INFO (Shutting down)", "Job execution of per-minute job
scheduled for HH:MM delayed into subsequent minute HH:MM. Skipping job run."), Debian cron's do_command.c ("MAIL
(mailed N bytes of output; but got status 0x..., #012)")
and database.c ("NUMBER OF HARD LINKS > 1", "WRONG INODE INFO"), anacron's runjob.c/main.c/lock.c ("Can't open
timestamp file for job", "Can't chdir to /var/spool/anacron"), at's atd.c ("Starting job N (...)
for user '...' (uid)", "Userid N not found - aborting job", "File ... is in wrong format - aborting") and at.c ("You
do not have permission to use at."), and systemd's timer and service unit messages ("Started/Finished <Description>.",
"<unit>.timer: Refusing to start, unit <unit>.service to trigger not loaded.", "Failed to parse calendar
specification, ignoring", "<unit>: Consumed Ns CPU time.", "Standard output type syslog is obsolete, automatically
updating to journal").
"""

from training.templates.families._kit import CRIT, DEP, ERR, RES, SEC, SN, maker
from training.values import register

register(
    {
        "cron_timer": lambda r: r.choice(
            ("apt-daily", "apt-daily-upgrade", "logrotate", "man-db", "fstrim", "systemd-tmpfiles-clean", "e2scrub_all")
        ),
        "cron_job": lambda r: r.choice(("cron.daily", "cron.weekly", "cron.monthly")),
        "cron_desc": lambda r: r.choice(
            (
                "Daily apt upgrade and clean activities",
                "Rotate log files",
                "Cleanup of Temporary Directories",
                "Discard unused blocks on filesystems from /etc/fstab",
                "Daily man-db regeneration",
                "Run anacron jobs",
            )
        ),
        "cron_at_job": lambda r: f"a{r.randrange(16**5):05x}01{r.randrange(16**6):06x}",
    }
)

FAMILY = "cron"
t = maker("cron", sources="cron crond", prefixes="syslog journal", proc="cron")

TEMPLATES = [
    t(
        SN,
        "more.shutdown",
        "(CRON) INFO (Shutting down)",
        "(CRON) INFO (running with inotify support)",
        "(CRON) INFO (Syslog will be used instead of sendmail.)",
        proc="crond",
    ),
    t(
        SN,
        "more.debian_cmd",
        "({user}) CMD (cd /srv/{svc} && ./bin/cleanup --older-than {small}d)",
        "(root) CMD (test -e /run/systemd/system || SERVICE_MODE=1 /sbin/e2scrub_all -A -r)",
        "(www-data) CMD (php /var/www/{svc}/cron.php > /dev/null 2>&1)",
        "(root) CMD (/usr/lib/sysstat/debian-sa1 1 1)",
        proc="CRON",
    ),
    t(
        ERR,
        "more.delayed_skip",
        "(CRON) INFO (Job execution of per-minute job scheduled for {hour} delayed into subsequent minute {hour}. "
        "Skipping job run.)",
        "(CRON) INFO (Job execution of per minute job scheduled for {hour} delayed into subsequent minute. Skipping "
        "job run.)",
        proc="crond",
    ),
    t(
        ERR,
        "more.debian_mail_status",
        "({user}) MAIL (mailed {n} bytes of output; but got status 0x{004b|00ff|0001}, #012)",
        "(root) MAIL (mailed 1 byte of output; but got status 0x004b, #012)",
        proc="CRON",
    ),
    t(
        SEC,
        "more.hard_links",
        "(*system*{job|backup|php}) NUMBER OF HARD LINKS > 1 (/etc/cron.d/{job|backup})",
        "(*system*) NUMBER OF HARD LINKS > 1 (/etc/crontab)",
        "(*system*{job|backup}) WRONG INODE INFO (/etc/cron.d/{job|backup})",
        proc="cron",
    ),
    t(
        ERR,
        "more.anacron_errors",
        "Can't open timestamp file for job {cron_job}: Permission denied",
        "Can't chdir to /var/spool/anacron: No such file or directory",
        sources="anacron",
        proc="anacron",
    ),
    t(
        SN,
        "more.atd_start",
        "Starting job {small} ({cron_at_job}) for user '{user}' ({uid})",
        "Starting job {n} ({cron_at_job}) for user 'root' (0)",
        sources="atd",
        proc="atd",
    ),
    t(
        ERR,
        "more.atd_errors",
        "Userid {uid} not found - aborting job {small} ({cron_at_job})",
        "File {cron_at_job} is in wrong format - aborting",
        "Cannot open input file {cron_at_job}: No such file or directory",
        sources="atd",
        proc="atd",
    ),
    t(
        SEC,
        "more.at_denied",
        "You do not have permission to use at.",
        "You ({user}) are not allowed to access to (crontab) because of pam configuration.",
        sources="at crontab",
        proc="at",
    ),
    t(
        SN,
        "more.crontab_install",
        "(root) BEGIN EDIT ({user})",
        "(root) END EDIT ({user})",
        "(root) LIST ({user})",
        "(root) DELETE ({user})",
        sources="crontab",
        proc="crontab",
    ),
    t(
        SN,
        "more.timer_started",
        "Started {cron_desc}.",
        "Finished {cron_desc}.",
        "Starting {cron_desc}...",
        "{cron_timer}.service: Deactivated successfully.",
        sources="systemd",
        proc="systemd",
    ),
    t(
        SN,
        "more.timer_triggered",
        "{cron_timer}.timer: Adding {small}min {n}.{ms}s random time.",
        "Started {cron_timer}.timer - {cron_desc}.",
        "Stopped {cron_timer}.timer - {cron_desc}.",
        sources="systemd",
        proc="systemd",
    ),
    t(
        RES,
        "more.timer_consumed",
        "{cron_timer}.service: Consumed {sec}s CPU time.",
        "{cron_timer}.service: Consumed {n}min {sec}s CPU time, {n2}.{small}M memory peak.",
        "anacron.service: Consumed {sec}s CPU time, {n}.{small}M memory peak, 0B memory swap peak.",
        sources="systemd",
        proc="systemd",
    ),
    t(
        ERR,
        "more.timer_failed",
        "{cron_timer}.service: Main process exited, code=exited, status={small}/FAILURE",
        "{cron_timer}.service: Failed with result 'exit-code'.",
        "Failed to start {cron_desc}.",
        "{cron_timer}.service: Failed with result 'timeout'.",
        sources="systemd",
        proc="systemd",
    ),
    t(
        ERR,
        "more.timer_config",
        "{cron_timer}.timer: Refusing to start, unit {cron_timer}.service to trigger not loaded.",
        "/etc/systemd/system/{svc}-backup.timer:{small}: Failed to parse calendar specification, ignoring: "
        "{daily at 2am|every 5 minutes|Mon..Fri 25:00}",
        "{svc}-backup.timer: Timer unit lacks value setting. Refusing.",
        sources="systemd",
        proc="systemd",
    ),
    t(
        CRIT,
        "more.cron_unusable",
        "(CRON) DEATH (can't open or create /var/run/crond.pid: No space left on device)",
        "(CRON) CAN'T OPEN (/etc/crontab)",
    ),
    t(
        DEP,
        "more.unit_obsolete",
        "/lib/systemd/system/{cron|anacron|atd}.service:{small}: Standard output type syslog is obsolete, "
        "automatically "
        "updating to journal. Please update your unit file, and consider removing the setting altogether.",
        "/lib/systemd/system/{cron|crond|atd}.service:{small}: PIDFile= references a path below legacy directory "
        "/var/run/, updating /var/run/{crond|atd}.pid → /run/{crond|atd}.pid; please update the unit file accordingly.",
        sources="systemd",
        proc="systemd",
    ),
]
