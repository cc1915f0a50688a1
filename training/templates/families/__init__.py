"""One module per system family: `FAMILY = "name"` and `TEMPLATES = [...]` (see training/templates).

A module may add placeholder generators of its own with `training.values.register(...)`.

Labels follow /work/shared/LABELS.md; where families disagreed, the same kind of statement takes one label
everywhere:
- Disk full: a write, save, create or pull that failed on a full disk or quota ("No space left on device",
  "disk is full", ERROR_DISK_FULL, "save failed ...: Quota exceeded") is Error (an operation that did not
  complete); a report of a level, a figure or a limit ("free space: N MB", "is 91% full", "exceeded limit of N
  bytes", "log ... is full") is Resource Usage; a disk-full that stops the service (PANIC, "database system is
  shut down", crond DEATH) is Critical Error. The same for memory: a fork or query refused for lack of memory
  (redis and Apache "fork: Cannot allocate memory", SQL Server 701, PostgreSQL "out of memory DETAIL: Failed
  on request of size") is Error; a configured limit reached (open
  files, worker_connections, tasks, request size, rate or lease quotas) stays Resource Usage.
- A user's change to something other than their session or account is System Notification (LABELS.md: "file
  ... uploaded by user U17"): a crontab edit (BEGIN EDIT, REPLACE, "installing new crontab"), a device
  configuration change or commit (CONFIG_I, UI_COMMIT, CFGLOG_LOGGEDCMD), a dashboard saved, a cloud resource
  created (resourceGroups/write, CreateBucket); creating a service account is User Action (an account);
  gaining administrative rights is Security Alert (privilege_grants.py). A client authenticated on a
  connection (PostgreSQL "connection authorized", MongoDB, ZooKeeper SASL, RabbitMQ "authenticated and
  granted access") is User Action, a bare connection accepted is System Notification.
- sudo's "USER=root ; COMMAND=..." line is User Action whoever runs it (a person or a monitoring/automation
  account): the same line, the user's session switching identity; abuse visible in the command (a reverse
  shell, a sudoers edit) is Security Alert.
- An IPsec/IKE security association established, rekeyed or closed (charon, pluto, PAN-OS, FortiGate) is System
  Notification; a remote-access VPN user's session started or ended (ASA WebVPN, SSL VPN tunnel up with user=)
  is User Action; failed VPN authentication is Security Alert.
- Error vs Critical Error ("a crash of one job is Error, a crash of the system ... Critical Error"): a worker
  or child crash that its master restarts (nginx, apache, dovecot, rspamd), one Spark application's driver or
  executor, a supervisor's line about one unit (systemd "X.service: Failed with result", "Watchdog timeout",
  "Dependency failed for", Windows SCM, a Tomcat context), a failed health check, a read I/O error or a
  checksum/index mismatch (kernel, HDFS, SQL Server 823/824, borg), a compaction that failed are Error; a
  daemon's own fatal exit or failed start, a node marked down or offline, lost quorum, a filesystem remounted
  read-only are Critical Error.
- A TLS handshake that failed for a network, timeout or protocol reason is Error (nginx, haproxy, openvpn "key
  negotiation failed ... check your network connectivity"); a rejected certificate, credential or packet
  authentication (VERIFY ERROR, HMAC, "Auth Username/Password verification failed") is Security Alert.
"""
