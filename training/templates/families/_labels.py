"""One `make` per label, shared by the family modules: `sa("sshd.x", sources, prefixes, *phrasings)`."""

from functools import partial

from training.templates import make

hs = partial(make, "HTTP Status")
ce = partial(make, "Critical Error")
er = partial(make, "Error")
sa = partial(make, "Security Alert")
sn = partial(make, "System Notification")
ru = partial(make, "Resource Usage")
ua = partial(make, "User Action")
wf = partial(make, "Workflow Error")
dw = partial(make, "Deprecation Warning")
