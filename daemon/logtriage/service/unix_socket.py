"""Taking a unix socket path: refuse one another process answers on, remove a stale one.

gRPC and asyncio both unlink whatever socket file is at the path before they bind, so a second daemon
would silently take over the first one's path while both keep running. `claim` runs first: a path
something answers on is refused (as a taken TCP port is); a socket file nothing answers on is left over
from a process that died, and is removed; any other kind of file is refused, never deleted.
"""

from __future__ import annotations

import contextlib
import os
import socket
import stat


class SocketPathTaken(OSError):
    """The unix socket path is in use or is not a socket; the message says which and what to do."""


def claim(path: str) -> bool:
    """Makes `path` free to bind. True if a stale socket was removed."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    if not stat.S_ISSOCK(info.st_mode):
        raise SocketPathTaken(f"{path} exists and is not a unix socket; remove it or choose another path")
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(1.0)
    try:
        probe.connect(path)
    except (ConnectionRefusedError, FileNotFoundError):
        pass  # nobody listening: stale
    except OSError as exc:  # a timeout (a full backlog) or no permission: someone may be there
        raise SocketPathTaken(f"{path}: cannot tell whether another process listens on it ({exc})") from exc
    else:
        raise SocketPathTaken(f"another process is listening on {path}; stop it or choose another path")
    finally:
        probe.close()
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
    return True
