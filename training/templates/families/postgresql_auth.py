"""PostgreSQL (the `postgresql` family, continued): client authentication the server refused, with the DETAIL line
that says why.

Phrasings follow src/backend/libpq/auth.c (auth_failed: "password authentication failed for user \"%s\"" and the
logdetail texts "Role \"%s\" does not exist.", "User \"%s\" has no password assigned.", "User \"%s\" has an expired
password.", "Password does not match for user \"%s\".", followed by "Connection matched pg_hba.conf line %d") and
hba.c / auth.c's "pg_hba.conf rejects connection for host \"%s\", user \"%s\", database \"%s\", %s".
"""

from training.templates.families._kit import SEC, maker

FAMILY = "postgresql"
t = maker("postgresql", sources="postgresql", prefixes="pg syslog journal", proc="postgres")
_FATAL = 'FATAL:  password authentication failed for user "{user}"'
_HBA = ' Connection matched pg_hba.conf line {small}: "host    all    all    0.0.0.0/0    scram-sha-256"'

TEMPLATES = [
    t(
        SEC,
        "auth_failed_detail",
        _FATAL + ' DETAIL:  Password does not match for user "{user}".' + _HBA,
        _FATAL + ' DETAIL:  Role "{user}" does not exist.' + _HBA,
        _FATAL + ' DETAIL:  User "{user}" has an expired password.' + _HBA,
        _FATAL + ' DETAIL:  User "{user}" has no password assigned.' + _HBA,
        sev="crit",
    ),
    t(
        SEC,
        "hba_rejects",
        'FATAL:  pg_hba.conf rejects connection for host "{ip}", user "{user}", database "{db}", '
        "{SSL encryption|no encryption|SSL off}",
        'pg_hba.conf rejects connection for host "{ip}", user "{user}", database "{db}", no encryption',
        sev="crit",
    ),
]
