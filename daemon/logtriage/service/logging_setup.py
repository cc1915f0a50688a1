"""structlog set up once: JSON lines on stderr (or a console renderer for people)."""

from __future__ import annotations

import contextlib
import logging
import sys

import structlog

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}


class _StderrLogger:
    """Writes each line to whatever sys.stderr is at that moment: a logger made earlier never holds a closed file
    (an in-process command whose stderr was swapped, a test's captured stream)."""

    def msg(self, message: str) -> None:
        with contextlib.suppress(ValueError):  # stderr closed under us: a log line is not worth a crash
            print(message, file=sys.stderr, flush=True)

    log = debug = info = warning = warn = error = critical = exception = fatal = failure = err = msg


def _stderr_logger(*_args: object) -> _StderrLogger:
    return _StderrLogger()


def configure_logging(level: str = "info", fmt: str = "json") -> None:
    if level not in _LEVELS:
        raise ValueError(f"log.level {level!r} is not one of {sorted(_LEVELS)}")
    renderer: structlog.types.Processor = (
        structlog.dev.ConsoleRenderer(colors=False) if fmt == "console" else structlog.processors.JSONRenderer()
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(_LEVELS[level]),
        logger_factory=_stderr_logger,
        cache_logger_on_first_use=False,
    )
