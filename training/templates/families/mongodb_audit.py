"""MongoDB audit log and client-driver lines (the `mongodb` family, continued): the auditLog JSON events
(atype authenticate / createUser / dropUser / updateUser / authCheck), authorization failures, server and driver
deprecation warnings.

Sources as in `mongodb.py`, plus the documented audit message schema (atype, param, result codes 0/11/13/18).
"""

from training.templates.families._kit import DEP, SEC, UA
from training.templates.families.mongodb import j, t

FAMILY = "mongodb"

TEMPLATES = [
    t(
        UA,
        "user_admin",
        j(
            "I COMMAND 51803 conn{num}",
            "createUser",
            '"user":"{user2}","db":"admin","roles":[{{"role":"readWrite","db":"{db}"}}],"by":"{user}"',
        ),
        '{{ "atype" : "createUser", "ts" : {{ "$date" : "{ts}" }}, "local" : {{ "ip" : "{ip}", "port" : 27017 }},'
        ' "users" : [ {{ "user" : "{user}", "db" : "admin" }} ], "param" : {{ "user" : "{user2}", "db" : "admin" }},'
        ' "result" : 0 }}',
        '{{ "atype" : "dropUser", "ts" : {{ "$date" : "{ts}" }}, "users" : [ {{ "user" : "{user}", "db" : "admin" }} ],'
        ' "param" : {{ "user" : "{user2}", "db" : "admin" }}, "result" : 0 }}',
        '{{ "atype" : "updateUser", "ts" : {{ "$date" : "{ts}" }}, "users" : [ {{ "user" : "{user}", "db" : "admin" }}'
        ' ], "param" : {{ "user" : "{user2}", "db" : "admin", "passwordChanged" : true }}, "result" : 0 }}',
        prefixes="none",
    ),
    t(
        UA,
        "audit_auth_ok",
        '{{ "atype" : "authenticate", "ts" : {{ "$date" : "{ts}" }}, "remote" : {{ "ip" : "{ip}", "port" : {port} }},'
        ' "users" : [ {{ "user" : "{user}", "db" : "admin" }} ], "param" : {{ "user" : "{user}", "db" : "admin",'
        ' "mechanism" : "SCRAM-SHA-256" }}, "result" : 0 }}',
        '{{ "atype" : "logout", "ts" : {{ "$date" : "{ts}" }}, "remote" : {{ "ip" : "{ip}", "port" : {port} }},'
        ' "users" : [], "param" : {{ "reason" : "Client has disconnected" }}, "result" : 0 }}',
        prefixes="none",
    ),
    t(
        SEC,
        "unauthorized",
        j(
            "I ACCESS 20436 conn{num}",
            "Checking authorization failed",
            '"error":{{"code":13,"codeName":"Unauthorized","errmsg":"not authorized on admin to execute command {{'
            ' listDatabases: 1 }}"}}',
        ),
        '{{ "atype" : "authCheck", "ts" : {{ "$date" : "{ts}" }}, "remote" : {{ "ip" : "{pip}", "port" : {port} }},'
        ' "users" : [], "param" : {{ "command" : "find", "ns" : "{db}.{table}" }}, "result" : 13 }}',
        "command {db}.$cmd command: dropDatabase {{ dropDatabase: 1 }} failed: not authorized on {db} to execute"
        " command",
        prefixes="none",
    ),
    t(
        SEC,
        "audit_auth_failed",
        '{{ "atype" : "authenticate", "ts" : {{ "$date" : "{ts}" }}, "remote" : {{ "ip" : "{pip}", "port" : {port} }},'
        ' "users" : [], "param" : {{ "user" : "{admin|root|dbadmin}", "db" : "admin", "mechanism" : "SCRAM-SHA-256" }},'
        ' "result" : 18 }}',
        '{{ "atype" : "authenticate", "ts" : {{ "$date" : "{ts}" }}, "remote" : {{ "ip" : "{pip}", "port" : {port} }},'
        ' "users" : [], "param" : {{ "user" : "{user}", "db" : "admin", "mechanism" : "SCRAM-SHA-1" }}, "result" : 11'
        " }}",
        prefixes="none",
    ),
    t(
        DEP,
        "deprecated",
        j(
            "W COMMAND 5578800 conn{num}",
            "Deprecated operation requested. For more details see"
            " https://dochub.mongodb.org/core/legacy-opcode-removal",
            '"op":"{query|insert|getMore|killCursors}","clientInfo":{{"driver":{{"name":"mongo-java-driver",'
            '"version":"3.12.10"}}}}',
        ),
        j(
            "W CONTROL 22120 initandlisten",
            "Option: {storage.journal.enabled|net.ssl.mode} is deprecated. Please"
            " use {storage.journal|net.tls.mode} instead.",
            "",
        ),
        prefixes="none",
    ),
    t(
        DEP,
        "driver_dep",
        "DeprecationWarning: count is deprecated. Use Collection.count_documents instead.",
        "DeprecationWarning: collection.ensureIndex is deprecated. Use createIndexes instead.",
        "(node:{pid}) [MONGODB DRIVER] Warning: useUnifiedTopology is a deprecated option: useUnifiedTopology has no"
        " effect since Node.js Driver version 4.0.0 and will be removed in the next major version",
        prefixes="none py",
    ),
]
