"""Prefix styles: the timestamp/level/host/pid/logger framing real systems put around a message.

Each style takes the bare message and returns the full line. The generator picks a style per line
(the template's own styles, a generic one, or none), so the model learns prefixes carry no label.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import datetime, timedelta

from training.values import GENERATORS

Style = Callable[[random.Random, str, str, str, str], str]  # (rng, severity, proc, logger, msg) -> line

_EPOCH = datetime(2023, 1, 1)
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAY = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

# Spellings of the abstract severities (debug, info, notice, warn, error, crit) per family of styles.
_UPPER = {"debug": "DEBUG", "info": "INFO", "notice": "INFO", "warn": "WARN", "error": "ERROR", "crit": "FATAL"}
_PY = {"debug": "DEBUG", "info": "INFO", "notice": "INFO", "warn": "WARNING", "error": "ERROR", "crit": "CRITICAL"}
_LOWER = {"debug": "debug", "info": "info", "notice": "notice", "warn": "warn", "error": "error", "crit": "crit"}
_LETTER = {"debug": "D", "info": "I", "notice": "I", "warn": "W", "error": "E", "crit": "F"}
_PG = {"debug": "DEBUG", "info": "LOG", "notice": "NOTICE", "warn": "WARNING", "error": "ERROR", "crit": "FATAL"}
_MYSQL = {"debug": "Note", "info": "Note", "notice": "System", "warn": "Warning", "error": "ERROR", "crit": "ERROR"}
_WIN = {
    "debug": "Verbose",
    "info": "Information",
    "notice": "Information",
    "warn": "Warning",
    "error": "Error",
    "crit": "Critical",
}
_MAC = {"debug": "Debug", "info": "Default", "notice": "Default", "warn": "Error", "error": "Error", "crit": "Fault"}
_REDIS = {"debug": ".", "info": "*", "notice": "*", "warn": "#", "error": "#", "crit": "#"}
_PRI = {"debug": 7, "info": 6, "notice": 5, "warn": 4, "error": 3, "crit": 2}


def _when(r: random.Random) -> datetime:
    return _EPOCH + timedelta(seconds=r.randrange(900 * 86400), microseconds=r.randrange(1_000_000))


def _ms(d: datetime) -> str:
    return f"{d.microsecond // 1000:03d}"


def _host(r: random.Random) -> str:
    return GENERATORS["host"](r)


def _pid(r: random.Random) -> int:
    return r.randrange(100, 65000)


def _none(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    return msg


def _syslog(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    pid = f"[{_pid(r)}]" if proc != "kernel" else ""
    return f"{_MON[d.month - 1]} {d.day:>2} {d:%H:%M:%S} {_host(r)} {proc}{pid}: {msg}"


def _rfc5424(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    return f"<{8 + _PRI[sev]}>1 {d:%Y-%m-%dT%H:%M:%S}.{_ms(d)}Z {_host(r)} {proc} {_pid(r)} - - {msg}"


def _iso(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    lvl = _PY[sev] if r.random() < 0.5 else _UPPER[sev]
    return f"{d:%Y-%m-%dT%H:%M:%S}.{_ms(d)}Z {lvl:<5} [{logger}] {msg}"


def _java(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    thread = r.choice(("main", "http-nio-8080-exec-" + str(r.randrange(1, 200)), "scheduler-1", "pool-2-thread-3"))
    return f"{d:%Y-%m-%d %H:%M:%S},{_ms(d)} {_UPPER[sev]:<5} [{thread}] {logger} - {msg}"


def _py(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    return f"{d:%Y-%m-%d %H:%M:%S},{_ms(d)} - {logger} - {_PY[sev]} - {msg}"


def _bracket(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    return f"[{d:%Y-%m-%d %H:%M:%S}] {r.choice(('production', 'app', 'local'))}.{_PY[sev]}: {msg}"


def _json(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    rec = {"ts": f"{d:%Y-%m-%dT%H:%M:%S}.{_ms(d)}Z", "level": _LOWER[sev], "logger": logger, "msg": msg}
    if r.random() < 0.4:
        rec["trace_id"] = GENERATORS["hex32"](r)
    return json.dumps(rec)


def _logfmt(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    level = "warning" if sev == "warn" else ("fatal" if sev == "crit" else _LOWER[sev])
    return f'time="{d:%Y-%m-%dT%H:%M:%S}.{d.microsecond:06d}Z" level={level} msg={json.dumps(msg)}'


def _openstack(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    g = GENERATORS
    ctx = f"[{g['req'](r)} {g['hex32'](r)} {g['hex32'](r)} - - -]" if r.random() < 0.7 else "[-]"
    return f"{d:%Y-%m-%d %H:%M:%S}.{_ms(d)} {_pid(r)} {_PY[sev]} {logger} {ctx} {msg}"


def _hdfs(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    return f"{d:%y%m%d %H%M%S} {r.randrange(1, 3000)} {_UPPER[sev]} {logger}: {msg}"


def _hadoop(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    thread = r.choice(("main", "IPC Server handler 7 on 8020", "AsyncDispatcher event handler", "RMCommunicator"))
    return f"{d:%Y-%m-%d %H:%M:%S},{_ms(d)} {_UPPER[sev]} [{thread}] {logger}: {msg}"


def _spark(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    return f"{d:%y/%m/%d %H:%M:%S} {_UPPER[sev]} {logger}: {msg}"


def _zk(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    thread = r.choice(("QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181", "NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181"))
    return f"{d:%Y-%m-%d %H:%M:%S},{_ms(d)} - {_UPPER[sev]:<5} [{thread}:{logger}@{r.randrange(50, 900)}] - {msg}"


def _klog(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    src = r.choice(("kubelet.go", "pod_workers.go", "kuberuntime_manager.go", "controller.go", "server.go"))
    return f"{_LETTER[sev]}{d:%m%d %H:%M:%S}.{d.microsecond:06d} {_pid(r):>7} {src}:{r.randrange(50, 2500)}] {msg}"


def _nginx_err(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    pid = _pid(r)
    return f"{d:%Y/%m/%d %H:%M:%S} [{_LOWER[sev]}] {pid}#{pid}: *{r.randrange(1, 900000)} {msg}"


def _apache_err(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    mod = r.choice(("core", "proxy", "ssl", "mpm_event", "authz_core"))
    ts = f"{_DAY[d.weekday()]} {_MON[d.month - 1]} {d.day:02d} {d:%H:%M:%S}.{d.microsecond:06d} {d.year}"
    return f"[{ts}] [{mod}:{_LOWER[sev]}] [pid {_pid(r)}:tid {r.randrange(10**14, 10**15)}] {msg}"


def _pg(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    return f"{d:%Y-%m-%d %H:%M:%S}.{_ms(d)} UTC [{_pid(r)}] {_PG[sev]}:  {msg}"


def _mysql(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    code = f"MY-0{r.randrange(10000, 14000)}"
    return f"{d:%Y-%m-%dT%H:%M:%S}.{d.microsecond:06d}Z {r.randrange(0, 900)} [{_MYSQL[sev]}] [{code}] [Server] {msg}"


def _mongo(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    rec = {
        "t": {"$date": f"{d:%Y-%m-%dT%H:%M:%S}.{_ms(d)}+00:00"},
        "s": _LETTER[sev],
        "c": logger.upper() if logger.isalpha() else "CONTROL",
        "id": r.randrange(20000, 5000000),
        "ctx": r.choice(("conn" + str(r.randrange(1, 9000)), "initandlisten", "Checkpointer", "ReplCoord-0")),
        "msg": msg,
    }
    return json.dumps(rec, separators=(",", ":"))


def _redis(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    stamp = f"{d.day:02d} {_MON[d.month - 1]} {d.year} {d:%H:%M:%S}.{_ms(d)}"
    return f"{_pid(r)}:{r.choice('MSC')} {stamp} {_REDIS[sev]} {msg}"


def _win(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    source, _, event = logger.partition(":")
    event = event or str(r.randrange(1000, 9999))
    stamp = f"{d.month}/{d.day}/{d.year} {d:%I:%M:%S %p}"
    return f"{_WIN[sev]}\t{stamp}\t{source}\t{event}\tNone\t{msg}"


def _macos(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    if r.random() < 0.5:
        return f"{_MON[d.month - 1]} {d.day:>2} {d:%H:%M:%S} MacBook-Pro {proc}[{_pid(r)}] <{_MAC[sev]}>: {msg}"
    return (
        f"{d:%Y-%m-%d %H:%M:%S}.{d.microsecond:06d}-0700 0x{r.randrange(16**5):x}  {_MAC[sev]:<8} "
        f"0x0  {_pid(r)}  0  {proc}: ({logger}) {msg}"
    )


def _logcat(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    return f"{d:%m-%d %H:%M:%S}.{_ms(d)} {_pid(r):>5} {_pid(r):>5} {_LETTER[sev]} {logger:<8}: {msg}"


def _envoy(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    level = {"warn": "warning", "crit": "critical"}.get(sev, _LOWER[sev])
    return f"[{d:%Y-%m-%d %H:%M:%S}.{_ms(d)}][{r.randrange(1, 60)}][{level}][{logger}] {msg}"


def _rails(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    lvl = _UPPER[sev]
    return f"{lvl[0]}, [{d:%Y-%m-%dT%H:%M:%S}.{d.microsecond:06d} #{_pid(r)}] {lvl:>5} -- : {msg}"


def _php(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    return f"[{d.day:02d}-{_MON[d.month - 1]}-{d.year} {d:%H:%M:%S} UTC] {msg}"


_DOTNET = {"debug": "dbug", "info": "info", "notice": "info", "warn": "warn", "error": "fail", "crit": "crit"}
_SERILOG = {"debug": "DBG", "info": "INF", "notice": "INF", "warn": "WRN", "error": "ERR", "crit": "FTL"}
_JUL = {"debug": "FINE", "info": "INFO", "notice": "INFO", "warn": "WARNING", "error": "SEVERE", "crit": "SEVERE"}
_PINO = {"debug": 20, "info": 30, "notice": 30, "warn": 40, "error": 50, "crit": 60}


def _spring(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    thread = r.choice(("main", "http-nio-8080-exec-" + str(r.randrange(1, 200)), "task-1", "scheduling-1"))
    if r.random() < 0.5:
        return f"{d:%Y-%m-%d %H:%M:%S}.{_ms(d)}  {_UPPER[sev]:>5} {_pid(r)} --- [{thread:>15}] {logger:<40} : {msg}"
    return f"{d:%Y-%m-%dT%H:%M:%S}.{_ms(d)}Z {_UPPER[sev]:>5} {_pid(r)} --- [{proc}] [{thread}] {logger} : {msg}"


def _es(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    node = f"{proc}-{r.randrange(1, 9)}"
    return f"[{d:%Y-%m-%dT%H:%M:%S},{_ms(d)}][{_UPPER[sev]:<5}][{logger}] [{node}] {msg}"


def _cassandra(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    thread = r.choice(("main", "CompactionExecutor:3", "MemtableFlushWriter:1", "GossipStage:1", "MutationStage-4"))
    return f"{_UPPER[sev]:<5} [{thread}] {d:%Y-%m-%d %H:%M:%S},{_ms(d)} {logger}.java:{r.randrange(40, 900)} - {msg}"


def _kafka(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    return f"[{d:%Y-%m-%d %H:%M:%S},{_ms(d)}] {_UPPER[sev]} {msg} ({logger})"


def _rabbitmq(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    pid = f"<0.{r.randrange(100, 99999)}.0>"
    return f"{d:%Y-%m-%d %H:%M:%S}.{d.microsecond:06d}+00:00 [{_LOWER[sev]}] {pid} {msg}"


def _celery(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    worker = r.choice(("MainProcess", f"ForkPoolWorker-{r.randrange(1, 17)}", "Beat"))
    return f"[{d:%Y-%m-%d %H:%M:%S},{_ms(d)}: {_PY[sev]}/{worker}] {msg}"


def _airflow(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    src = r.choice(("taskinstance.py", "standard_task_runner.py", "scheduler_job.py", "dagbag.py", "local_task_job.py"))
    return f"[{d:%Y-%m-%d, %H:%M:%S} UTC] {{{src}:{r.randrange(50, 2500)}}} {_PY[sev]} - {msg}"


def _hclog(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    return f"{d:%Y-%m-%dT%H:%M:%S}.{_ms(d)}Z [{_UPPER[sev]}] {logger}: {msg}"


def _zap(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    level = {"notice": "info", "crit": "fatal"}.get(sev, _LOWER[sev])
    ts: str | float = f"{d:%Y-%m-%dT%H:%M:%S}.{d.microsecond:06d}Z" if r.random() < 0.5 else round(d.timestamp(), 4)
    caller = (
        f"{logger.split('.')[-1].lower()}/{r.choice(('server', 'handler', 'worker', 'raft'))}.go:{r.randrange(30, 900)}"
    )
    return json.dumps({"level": level, "ts": ts, "caller": caller, "msg": msg}, separators=(",", ":"))


def _pino(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    if r.random() < 0.5:
        rec = {"level": _PINO[sev], "time": int(d.timestamp() * 1000), "pid": _pid(r), "hostname": _host(r), "msg": msg}
    else:
        rec = {"level": _LOWER[sev], "message": msg, "service": proc, "timestamp": f"{d:%Y-%m-%dT%H:%M:%S}.{_ms(d)}Z"}
    return json.dumps(rec, separators=(",", ":"))


def _gostd(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    return f"{d:%Y/%m/%d %H:%M:%S} {msg}"


def _dotnet(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    if r.random() < 0.5:
        return f"{_DOTNET[sev]}: {logger}[{r.choice((0, 1, 2, 3, 13, 14, 100, 101))}] {msg}"
    return f"{d:%Y-%m-%d %H:%M:%S}.{_ms(d)} +00:00 [{_SERILOG[sev]}] {msg}"


def _symfony(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    channel = r.choice(("app", "request", "doctrine", "security", "console", "messenger"))
    return f"[{d:%Y-%m-%dT%H:%M:%S}.{d.microsecond:06d}+00:00] {channel}.{_PY[sev]}: {msg} [] []"


def _sidekiq(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    tid = "".join(r.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=5))
    jid = GENERATORS["hex12"](r) + GENERATORS["hex12"](r)
    return f"{d:%Y-%m-%dT%H:%M:%S}.{_ms(d)}Z pid={_pid(r)} tid={tid} class={logger} jid={jid} {_UPPER[sev]}: {msg}"


def _journal(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    pid = f"[{_pid(r)}]" if proc not in ("kernel", "systemd") else ("[1]" if proc == "systemd" else "")
    return f"{d:%Y-%m-%dT%H:%M:%S}+0000 {_host(r)} {proc}{pid}: {msg}"


def _jenkins(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    return f"{d:%Y-%m-%d %H:%M:%S}.{_ms(d)}+0000 [id={r.randrange(1, 9999)}]\t{_JUL[sev]}\t{logger}: {msg}"


def _tomcat(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    thread = r.choice(("main", "localhost-startStop-1", "http-nio-8080-exec-4", "Catalina-utility-1"))
    return f"{d.day:02d}-{_MON[d.month - 1]}-{d.year} {d:%H:%M:%S}.{_ms(d)} {_JUL[sev]} [{thread}] {logger} {msg}"


_WIN_LOG = {
    "Microsoft-Windows-Security-Auditing": "Security",
    "Security": "Security",
    "Microsoft-Windows-Security-Kerberos": "System",
    "Microsoft-Windows-Security-SPP": "Application",
}


def _winkv(r: random.Random, sev: str, proc: str, logger: str, msg: str) -> str:
    d = _when(r)
    source, _, event = logger.partition(":")
    event = event or str(r.randrange(1000, 9999))
    if r.random() < 0.5:
        rec = {
            "EventTime": f"{d:%Y-%m-%d %H:%M:%S}",
            "Hostname": _host(r).upper(),
            "SourceName": source,
            "EventID": int(event),
            "Severity": _WIN[sev].upper(),
            "Message": msg,
        }
        return json.dumps(rec)
    stamp = f"{d.month:02d}/{d.day:02d}/{d.year} {d:%I:%M:%S %p}"
    # Event Viewer channel: only the audit provider writes to the Security log; the other
    # "Security-*" providers have their own fixed log; the rest pick one (no RNG draw for fixed ones).
    log = _WIN_LOG.get(source) or r.choice(("System", "Application"))
    return f"{stamp} LogName={log} SourceName={source} EventCode={event} Type={_WIN[sev]} Message={msg}"


STYLES: dict[str, Style] = {
    "none": _none,
    "syslog": _syslog,
    "rfc5424": _rfc5424,
    "iso": _iso,
    "java": _java,
    "py": _py,
    "bracket": _bracket,
    "json": _json,
    "logfmt": _logfmt,
    "openstack": _openstack,
    "hdfs": _hdfs,
    "hadoop": _hadoop,
    "spark": _spark,
    "zk": _zk,
    "klog": _klog,
    "nginx_err": _nginx_err,
    "apache_err": _apache_err,
    "pg": _pg,
    "mysql": _mysql,
    "mongo": _mongo,
    "redis": _redis,
    "win": _win,
    "macos": _macos,
    "logcat": _logcat,
    "envoy": _envoy,
    "rails": _rails,
    "php": _php,
    "spring": _spring,
    "es": _es,
    "cassandra": _cassandra,
    "kafka": _kafka,
    "rabbitmq": _rabbitmq,
    "celery": _celery,
    "airflow": _airflow,
    "hclog": _hclog,
    "zap": _zap,
    "pino": _pino,
    "gostd": _gostd,
    "dotnet": _dotnet,
    "symfony": _symfony,
    "sidekiq": _sidekiq,
    "journal": _journal,
    "jenkins": _jenkins,
    "tomcat": _tomcat,
    "winkv": _winkv,
}

# Styles any application might use, whatever the template's own system.
GENERIC = ("iso", "json", "py", "syslog", "bracket", "rfc5424", "java", "zap", "hclog", "spring", "journal", "pino")
