"""More Postfix: local and pipe delivery, pickup, expired mail, queue administration and DNSBL lookup errors.

Phrasings follow Postfix's source: local/local.c and global/log_adhoc.c (status=sent (delivered to command: ...),
orig_to=), pickup/pickup.c (uid= from=), qmgr/qmgr_active.c (from=<>, status=expired, returned to sender), smtp's
"delivery temporarily suspended", postsuper.c ("Deleted: N messages", "Requeued: N messages"), postqueue.c ("Mail
system is down -- accessing queue directly") and postscreen_dnsbl.c / dnsblog.c lookup errors.
"""

from training.templates.families._labels import er, sn
from training.templates.families.postfix import FAMILY as FAMILY

P = "syslog journal"

TEMPLATES = [
    sn(
        "postfix.local_delivery",
        "postfix",
        P,
        "{pf_qid}: to=<{user}@{host}>, orig_to=<{user}>, relay=local, delay={sec}, delays={sec}/0/0/0.0{small}, "
        "dsn=2.0.0, status=sent (delivered to command: /usr/bin/procmail)",
        "{pf_qid}: to=<{user}@{host}>, relay=local, delay={sec}, delays={sec}/0/0/0, dsn=2.0.0, status=sent "
        "(delivered to mailbox)",
        proc="postfix/local",
    ),
    sn(
        "postfix.pickup",
        "postfix",
        P,
        "{pf_qid}: uid=0 from=<root>",
        "{pf_qid}: uid={uid} from=<{user}>",
        proc="postfix/pickup",
    ),
    sn(
        "postfix.postsuper",
        "postfix",
        P,
        "Deleted: {n} messages",
        "Requeued: {n} messages",
        "{pf_qid}: removed",
        proc="postfix/postsuper",
    ),
    er(
        "postfix.expired",
        "postfix",
        P,
        "{pf_qid}: from=<{email}>, status=expired, returned to sender",
        "{pf_qid}: to=<{email}>, relay=none, delay={num}, delays={num}/0.0{small}/0/0, dsn=4.4.1, status=deferred "
        "(delivery temporarily suspended: connect to {pf_mx}[{ip}]:25: Connection timed out)",
        proc="postfix/qmgr",
    ),
    er(
        "postfix.queue_down",
        "postfix",
        P,
        "warning: Mail system is down -- accessing queue directly",
        "warning: dnsblog_query: lookup error for DNS query {hex8}.zen.spamhaus.org: Host or domain name not found. "
        "Name service error for name={hex8}.zen.spamhaus.org type=A: Host not found, try again",
        proc="postfix/postqueue",
    ),
]
