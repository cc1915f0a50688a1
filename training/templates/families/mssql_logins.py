"""SQL Server (the `mssql` family, continued): logins the server refused, as the ERRORLOG and the Application
event log write them.

Texts are SQL Server's error 18456 reasons (state 5 "Could not find a login matching the name provided.", state 7
"The account is disabled.", state 18 "The password of the account has expired.") and error 18486 ("Login failed
for user '%.*ls' because the account is currently locked out. The system administrator can unlock it."), with
"Login succeeded for user" (successful login auditing, errors 18453/18454).
"""

from training.templates.families._kit import SEC, UA, maker

FAMILY = "mssql"
t = maker("mssql", sources="MSSQLSERVER sqlservr", prefixes="none win iso", logger="MSSQLSERVER")

TEMPLATES = [
    t(
        SEC,
        "login_failed_reasons",
        "Login failed for user '{user}'. Reason: Could not find a login matching the name provided. [CLIENT: {ip}]",
        "Login failed for user '{user}'. Reason: The account is disabled. [CLIENT: {ip}]",
        "Login failed for user '{user}'. Reason: The password of the account has expired. [CLIENT: {ip}]",
        logger="MSSQLSERVER:18456",
    ),
    t(
        SEC,
        "login_locked_out",
        "Login failed for user '{user}' because the account is currently locked out. The system administrator can "
        "unlock it. [CLIENT: {ip}]",
        "Login failed for user 'sa' because the account is currently locked out. The system administrator can unlock "
        "it. [CLIENT: {ip}]",
        logger="MSSQLSERVER:18486",
    ),
    t(
        UA,
        "login_succeeded",
        "Login succeeded for user '{user}'. Connection made using SQL Server authentication. [CLIENT: {ip}]",
        "Login succeeded for user '{CORP|CONTOSO}\\{user}'. Connection made using Windows authentication. "
        "[CLIENT: {ip}]",
        logger="MSSQLSERVER:18454|MSSQLSERVER:18453",
    ),
]
