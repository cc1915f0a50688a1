"""Shorthands for family modules: the nine labels as short names, and a maker with a family's defaults.

    t = maker("hdfs", sources="hdfs", prefixes="hdfs hadoop", logger="org.apache...DataNode")
    t(SN, "dn.receiving", "Receiving {blk} src: /{ip}:{port} dest: /{ip2}:9866")

builds `make(SN, "hdfs.dn.receiving", "hdfs", "hdfs hadoop", ..., logger=...)`; any keyword given to
`t` (sources=, prefixes=, logger=, proc=, sev=) overrides the family default for that template.
The module name starts with `_`, so `family_templates()` does not read it as a family.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from training.templates import Template, make
from training.values import fill, register

_CHOICE = re.compile(r"\{([^{}]*\|[^{}]*)\}")

# A tenant / org slug as SaaS hosts put it in URLs (acme.chargebee.com, .../ccx/service/acme).
register(
    {"biz_tenant": lambda r: r.choice(("acme", "globex", "initech", "northwind", "umbrella", "hooli", "vandelay"))}
)

HTTP = "HTTP Status"
CRIT = "Critical Error"
ERR = "Error"
SEC = "Security Alert"
SN = "System Notification"
RES = "Resource Usage"
UA = "User Action"
WF = "Workflow Error"
DEP = "Deprecation Warning"


def maker(family: str, sources: str, prefixes: str, **defaults: str) -> Callable[..., Template]:
    """A `make` with the family's name prefix, sources, prefix styles and logger/proc filled in."""

    def t(label: str, name: str, *phrasings: str, **overrides: str) -> Template:
        opts = {"sources": sources, "prefixes": prefixes, **defaults, **overrides}
        src, pfx = opts.pop("sources"), opts.pop("prefixes")
        return make(label, f"{family}.{name}", src, pfx, *phrasings, **opts)

    return t


def pick(*options: str) -> Callable[[random.Random], str]:
    """A placeholder generator choosing one whole option (its own `{placeholders}` filled in): for values
    that must go together in a line, such as a deprecated key and its replacement."""
    return lambda r: fill(_CHOICE.sub(lambda m: r.choice(m.group(1).split("|")), r.choice(options)), r)


def logrus(level: str, msg: str, fields: str = "") -> str:
    """A phrasing in logrus' text layout (containerd, dockerd, many Go daemons): time=... level=... msg="..." k=v."""
    return f'time="{{ts}}" level={level} msg="{msg}"' + (f" {fields}" if fields else "")


def deck(t: Callable[..., Template], label: str, name: str, options: tuple[str, ...], **kw: str) -> list[Template]:
    """Templates of 2-4 phrasings each from a list of sibling statements (deprecated keys and their replacements,
    ...): `name.1`, `name.2`, ... in groups of three, a short tail merged into the group before it."""
    groups = [list(options[i : i + 3]) for i in range(0, len(options), 3)]
    if len(groups) > 1 and len(groups[-1]) == 1:
        tail = groups.pop()
        groups[-1] += tail
    return [t(label, f"{name}.{i}", *g, **kw) for i, g in enumerate(groups, 1)]
