"""cron: Debian/ISC cron and cronie (crond, CROND), crontab(1), anacron, run-parts and logrotate run from cron.

Phrasings follow ISC/Vixie cron's do_command.c and cron.c log_it() calls ("(user) CMD (...)",
"MAIL (mailed N bytes of output but got status ...)", "INFO (Running @reboot jobs)", "INSECURE MODE",
"WRONG FILE OWNER", "ORPHAN (no passwd entry)", "DEATH (can't lock ...)"), cronie's cron.c, database.c
and security.c ("STARTUP", "RANDOM_DELAY will be scaled", "running with inotify support", "BAD FILE MODE",
"FAILED (loading cron table)", "CMDEND"), crontab.c ("BEGIN EDIT", "REPLACE", "LIST", "DELETE"),
anacron's runjob.c/main.c ("Job `cron.daily' started", "Normal exit (N jobs run)"), debianutils
run-parts and logrotate's own error strings.
"""

from training.templates.families._labels import ce, er, sa, sn

FAMILY = "cron"

P = "syslog journal"
_CMD = (
    "{   cd / && run-parts --report /etc/cron.hourly|command -v debian-sa1 > /dev/null && debian-sa1 1 1|"
    "[ -x /usr/lib/php/sessionclean ] && if [ ! -d /run/systemd/system ]; then /usr/lib/php/sessionclean; fi|"
    "/usr/local/bin/backup.sh >/dev/null 2>&1|/opt/scripts/rotate_reports.py|test -x /usr/sbin/anacron || "
    "( cd / && run-parts --report /etc/cron.daily )}"
)

TEMPLATES = [
    sn(
        "cron.cmd",
        "cron",
        P,
        f"({{user}}) CMD ({_CMD})",
        f"(root) CMD ({_CMD})",
        proc="CRON",
    ),
    sn(
        "cron.cronie_cmd",
        "crond",
        P,
        "(root) CMD (run-parts /etc/cron.hourly)",
        "(root) CMDEND (run-parts /etc/cron.hourly)",
        "({user}) CMD (/usr/bin/php /var/www/{domain}/artisan schedule:run >> /dev/null 2>&1)",
        "(root) CMDOUT (starting {0anacron|logrotate|mlocate})",
        proc="CROND",
    ),
    sn(
        "cron.startup",
        "cron crond",
        P,
        "(CRON) INFO (pidfile fd = 3)",
        "(CRON) INFO (Running @reboot jobs)",
        "(CRON) STARTUP (fork ok)",
        "(CRON) STARTUP (1.5.{small})",
        proc="cron",
    ),
    sn(
        "cron.cronie_info",
        "crond",
        P,
        "(CRON) INFO (RANDOM_DELAY will be scaled with factor {pct}% if used.)",
        "(CRON) INFO (running with inotify support)",
        "(CRON) INFO (@reboot jobs will be run at computer's startup.)",
        "(CRON) INFO (Syslog will be used instead of sendmail.)",
        proc="crond",
    ),
    sn(
        "cron.reload",
        "cron crond",
        P,
        "(*system*) RELOAD (/etc/crontab)",
        "({user}) RELOAD (crontabs/{user})",
        "(*system*{php|sysstat|e2scrub_all}) RELOAD (/etc/cron.d/{php|sysstat|e2scrub_all})",
        proc="cron",
    ),
    sn(
        "cron.no_mta",
        "cron",
        P,
        "(CRON) info (No MTA installed, discarding output)",
        "(CRON) INFO (Skipping @reboot jobs -- not system startup)",
        proc="CRON",
    ),
    sn(
        "cron.anacron",
        "anacron",
        P,
        "Anacron 2.3 started on {date}",
        "Will run job `cron.{daily|weekly|monthly}' in {small} min.",
        "Job `cron.{daily|weekly|monthly}' started",
        "Job `cron.{daily|weekly|monthly}' terminated",
        "Normal exit ({small} job{s|} run)",
        proc="anacron",
    ),
    sn(
        "cron.anacron_skip",
        "anacron",
        P,
        "Jobs will be executed sequentially",
        "Job `cron.{daily|weekly}' locked by another anacron - skipping",
        "Updated timestamp for job `cron.{daily|weekly|monthly}' to {date}",
        proc="anacron",
    ),
    sn(
        "cron.crontab_edit",
        "crontab",
        P,
        "({user}) BEGIN EDIT ({user})",
        "({user}) END EDIT ({user})",
        "({user}) REPLACE ({user})",
        proc="crontab",
    ),
    sn(
        "cron.crontab_list_delete",
        "crontab",
        P,
        "({user}) LIST ({user})",
        "({user}) DELETE ({user})",
        "(root) REPLACE ({user})",
        proc="crontab",
    ),
    sa(
        "cron.insecure",
        "cron crond",
        P,
        "(*system*) INSECURE MODE (group/other writable) (/etc/crontab)",
        "(*system*) INSECURE MODE (mode 0600 expected) (crontabs/{user})",
        "(*system*{job|backup}) WRONG FILE OWNER (/etc/cron.d/{job|backup})",
        "(root) BAD FILE MODE (/etc/cron.d/{job|backup})",
        proc="cron",
    ),
    sa(
        "cron.not_allowed",
        "crontab crond",
        P,
        "({user}) AUTH (crontab command not allowed)",
        "You ({user}) are not allowed to use this program (crontab)",
        "({user}) PAM ERROR (Authentication failure)",
        "(CRON) ERROR (User {user} is not permitted to use cron by access control)",
        proc="crontab",
    ),
    er(
        "cron.mail_failed",
        "cron",
        P,
        "({user}) MAIL (mailed {n} bytes of output but got status 0x{004b|00ff|0001} from MTA#012)",
        "(root) MAIL (mailed {n} bytes of output but got status 0x004b from MTA)",
        proc="CRON",
    ),
    er(
        "cron.grandchild_failed",
        "cron crond",
        P,
        "(CRON) ERROR (can't switch user context)",
        "({user}) ORPHAN (no passwd entry)",
        "(CRON) ERROR chdir failed (/home/{user}): No such file or directory",
        proc="CRON",
    ),
    er(
        "cron.bad_crontab",
        "cron crond",
        P,
        "(*system*{job|backup}) ERROR (Syntax error, this crontab file will be ignored)",
        "({user}) FAILED (loading cron table)",
        "(CRON) bad minute (/etc/cron.d/{job|backup})",
        "(CRON) bad command (/etc/cron.d/{job|backup})",
        proc="cron",
    ),
    er(
        "cron.anacron_failed",
        "anacron",
        P,
        "Job `cron.{daily|weekly}' terminated (exit status: {small}) (mailing output)",
        "Job `cron.{daily|weekly}' terminated (mailing output)",
        "Can't find sendmail at /usr/sbin/sendmail, not mailing output",
        proc="anacron",
    ),
    er(
        "cron.run_parts",
        "cron",
        P,
        "run-parts: /etc/cron.{daily|hourly|weekly}/{logrotate|man-db|apt-compat|dpkg} exited with return code {small}",
        "/etc/cron.daily/{logrotate|man-db}:",
        proc="CRON",
    ),
    er(
        "cron.logrotate",
        "logrotate",
        P,
        "ALERT exited abnormally with [{small}]",
        'error: skipping "/var/log/{nginx|app|mongodb}/{access|app|mongod}.log" because parent directory has insecure '
        'permissions (It\'s world writable or writable by group which is not "root") Set "su" directive in config '
        "file to tell logrotate which user/group should be used for rotation.",
        "error: error running shared postrotate script for '/var/log/{nginx|apache2}/*.log '",
        "error: stat of /var/log/{app|mongodb}/{app|mongod}.log failed: No such file or directory",
        proc="logrotate",
    ),
    er(
        "cron.pid_lock",
        "cron crond",
        P,
        "(CRON) DEATH (can't lock /var/run/crond.pid, otherpid may be {pid}: Resource temporarily unavailable)",
        "(CRON) can't lock /var/run/crond.pid, otherpid may be {pid}: Resource temporarily unavailable",
        proc="cron",
    ),
    ce(
        "cron.death",
        "cron crond",
        P,
        "(CRON) DEATH (can't open or create /var/run/crond.pid: Read-only file system)",
        "(CRON) DEATH (can't open /var/spool/cron/crontabs: Permission denied)",
        "(CRON) ERROR (can't fork)",
        proc="cron",
    ),
    sn(
        "cron.systemd_timer",
        "systemd",
        P,
        "Started {Daily apt download activities|Daily man-db regeneration|Daily rotation of log files|Discard unused "
        "blocks once a week}.",
        "{apt-daily|man-db|logrotate|fstrim}.timer: Adding {small}h {n}min {n2}.{ms}s random time.",
        proc="systemd",
    ),
]
