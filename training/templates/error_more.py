"""Error, more systems: one job, request, build, connection or transfer failed; the system stays up."""

from functools import partial

from training.templates import make

t = partial(make, "Error")
APPS = "ModernCRM BillingSystem ModernHR AnalyticsEngine ThirdPartyAPI"

TEMPLATES = [
    t(
        "err.systemd_app_job",
        "systemd",
        "syslog journal",
        "{svc}-export.service: Main process exited, code=exited, status={small}/FAILURE",
        "backup-{db}.service: Failed with result 'exit-code'.",
        "Failed to start {svc} nightly report job.",
        "{svc}-sync.timer: job {svc}-sync.service finished with result 'timeout'",
        proc="systemd",
    ),
    t(
        "err.jenkins_build",
        "jenkins",
        "jenkins none",
        "Build step 'Execute shell' marked build as failure",
        "ERROR: script returned exit code {small}; Finished: FAILURE",
        "{svc} #{build} completed: FAILURE",
        "ERROR: Error cloning remote repo 'origin': hudson.plugins.git.GitException: Command \"git fetch\" returned "
        "status code 128",
        logger="hudson.model.Run#execute|hudson.plugins.git.GitSCM",
    ),
    t(
        "err.gitlab_runner",
        "gitlab-runner github-actions",
        "logfmt none",
        "ERROR: Job failed: command terminated with exit code {small}",
        "ERROR: Job failed (system failure): prepare environment: waiting for pod running: timed out",
        "##[error]Process completed with exit code {small}.",
        "Job failed: exit code 1 duration_s={secs} job={build} project={n} runner={hex8}",
    ),
    t(
        "err.helm_argocd",
        "helm argocd",
        "none logfmt json",
        "Error: UPGRADE FAILED: timed out waiting for the condition",
        "Error: INSTALLATION FAILED: cannot re-use a name that is still in use",
        'sync operation to {sha} failed: one or more objects failed to apply, reason: Deployment.apps "{svc}" is '
        "invalid",
        "ComparisonError: rpc error: code = Unknown desc = helm template . failed exit status 1",
    ),
    t(
        "err.config_mgmt",
        "ansible terraform puppet",
        "none",
        'fatal: [{host}]: FAILED! => {{"changed": false, "msg": "No package matching \'{pkg}\' is available"}}',
        'fatal: [{host}]: UNREACHABLE! => {{"changed": false, "msg": "Failed to connect to the host via ssh", '
        '"unreachable": true}}',
        "Error: creating EC2 Instance: InvalidParameterValue: Value ({instance}) for parameter groupId is "
        "invalid. with "
        "{tfres}",
        "Error: Could not retrieve catalog from remote server: Error 500 on SERVER: Server Error: Evaluation Error",
        "Error: /Stage[main]/Nginx::Service/Service[nginx]: Failed to call refresh: Systemd restart for nginx failed!",
    ),
    t(
        "err.package_install",
        "apt dnf pip npm composer",
        "none syslog",
        "E: Failed to fetch http://archive.ubuntu.com/ubuntu/pool/main/{pkg}.deb  404  Not Found [IP: {pip} 80]",
        "Error: Failed to download metadata for repo 'appstream': Cannot download repomd.xml: Curl error (28)",
        "ERROR: Could not find a version that satisfies the requirement {svc}=={ver} (from versions: none)",
        "npm ERR! code ERESOLVE npm ERR! ERESOLVE unable to resolve dependency tree",
        "E: Sub-process /usr/bin/dpkg returned an error code (1)",
    ),
    t(
        "err.airflow_task",
        "airflow",
        "airflow",
        "Marking task as FAILED. dag_id={svc}_daily, task_id=load_{table}, execution_date={date}T00:00:00+00:00, "
        "start_date={date}T01:00:0{small}, end_date={date}T01:0{small}:12",
        "Task exited with return code 1",
        "Task failed with exception airflow.exceptions.AirflowException: Bash command failed. The command returned a "
        "non-zero exit code {small}.",
    ),
    t(
        "err.celery_retry",
        "celery",
        "celery",
        "Task {svc}.tasks.sync_{table}[{uuid}] retry: Retry in {secs}s: OperationalError('server closed the "
        "connection unexpectedly')",
        "Task {svc}.tasks.export[{uuid}] raised unexpected: SoftTimeLimitExceeded()",
        "consumer: Cannot connect to amqp://guest:**@{host}:5672//: [Errno 111] Connection refused.",
    ),
    t(
        "err.sidekiq_rails",
        "sidekiq rails",
        "sidekiq rails",
        "fail: {secs}.{small} sec; Net::ReadTimeout with #<TCPSocket:(closed)>",
        "ActiveRecord::StatementInvalid (PG::QueryCanceled: ERROR:  canceling statement due to statement timeout)",
        "Redis::CannotConnectError: Error connecting to Redis on {host}:6379 (Errno::ECONNREFUSED)",
        logger="HardWorker|SyncJob|MailerJob",
    ),
    t(
        "err.php_frameworks",
        "laravel symfony",
        "bracket symfony",
        "SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting "
        "transaction",
        "App\\Jobs\\Send{Invoice|Report|Mail} has been attempted too many times or run too long. The job may have "
        "previously timed out.",
        'Uncaught PHP Exception Symfony\\Component\\HttpClient\\Exception\\TransportException: "Idle timeout reached '
        'for \\"https://{domain}/api\\"." at /var/www/vendor/symfony/http-client/Chunk/ErrorChunk.php line {n}',
    ),
    t(
        "err.dotnet",
        "dotnet aspnetcore",
        "dotnet",
        "An unhandled exception has occurred while executing the request. System.Net.Http.HttpRequestException: "
        "Connection refused ({domain}:443)",
        "Failed executing DbCommand ({num}ms) [Parameters=[@p0='?'], CommandType='Text', CommandTimeout='30']",
        "An exception occurred while iterating over the results of a query for context type '{svc}Context'. "
        "Microsoft.Data.SqlClient.SqlException: Execution Timeout Expired.",
        logger="Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware|Microsoft.EntityFrameworkCore.Database"
        ".Command|Microsoft.EntityFrameworkCore.Query",
    ),
    t(
        "err.go_services",
        "go-service",
        "zap logfmt gostd",
        'error handling request: rpc error: code = Unavailable desc = connection error: desc = "transport: Error '
        'while dialing dial tcp {ip}:{port}: connect: connection refused"',
        "failed to process message from {queue}: context deadline exceeded",
        "dial tcp {ip}:5432: connect: connection refused; retrying job {uuid}",
        "http: proxy error: dial tcp {ip}:{port}: i/o timeout",
    ),
    t(
        "err.node_services",
        "node express",
        "pino none",
        "Error: connect ECONNREFUSED 127.0.0.1:{6379|5432|27017}",
        "MongoServerSelectionError: connection timed out after {num}ms",
        "Error: getaddrinfo ENOTFOUND {domain}",
        "Unhandled rejection SequelizeConnectionError: read ETIMEDOUT for job {uuid}",
    ),
    t(
        "err.java_stack",
        "java spring",
        "spring java",
        "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out "
        "after 30000ms.",
        'org.springframework.web.client.ResourceAccessException: I/O error on POST request for "https://{domain}/v1":'
        " Read timed out",
        "javax.net.ssl.SSLHandshakeException: PKIX path building failed: unable to find valid certification path",
        "Caused by: java.net.ConnectException: Connection refused (Connection refused)",
        logger="com.acme.orders.OrderService|com.globex.crm.LeadSyncJob|o.h.engine.jdbc.spi.SqlExceptionHelper",
    ),
    t(
        "err.python_exc",
        APPS + " django flask",
        "py json celery",
        "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='{domain}', port=443): Max retries exceeded with"
        " url: /v1/sync (Caused by NewConnectionError('Failed to establish a new connection'))",
        "psycopg2.OperationalError: server closed the connection unexpectedly",
        'django.db.utils.OperationalError: could not translate host name "{host}" to address',
        "sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30",
    ),
    t(
        "err.es_ops",
        "elasticsearch logstash",
        "es",
        "failed to execute bulk item (index) index {{[logs-{date}][_doc][{hex8}]}}",
        "[{svc}][{small}] failed to execute search: all shards failed",
        "snapshot [backups:snap-{date}/{hex8}] failed: RepositoryException[[backups] could not read repository data]",
        "Could not index event to Elasticsearch. status: 400, action: index, reason: mapper_parsing_exception",
        logger="o.e.a.b.TransportShardBulkAction|o.e.s.SnapshotsService|logstash.outputs.elasticsearch",
    ),
    t(
        "err.kafka_client",
        "kafka",
        "kafka java",
        "[Consumer clientId=consumer-{svc}-{small}, groupId={svc}] Offset commit failed on partition {queue}-{small} "
        "at offset {num}: The coordinator is not aware of this member.",
        "[Producer clientId=producer-{small}] Got error produce response with correlation id {num} on "
        "topic-partition {queue}-{small}, retrying ({small} attempts left). Error: NOT_LEADER_OR_FOLLOWER",
        "Error while fetching metadata with correlation id {n} : {{{queue}=LEADER_NOT_AVAILABLE}}",
        logger="org.apache.kafka.clients.consumer.internals.ConsumerCoordinator|org.apache.kafka.clients.producer"
        ".internals.Sender",
    ),
    t(
        "err.rabbitmq_conn",
        "rabbitmq",
        "rabbitmq",
        "closing AMQP connection <0.{num}.0> ({ip}:{port} -> {ip2}:5672): missed heartbeats from client, timeout: 60s",
        "Channel error on connection <0.{num}.0> ({ip}:{port} -> {ip2}:5672, vhost: '/', user: '{svc}'), channel 1: "
        "operation basic.publish caused a channel exception not_found: no exchange '{queue}' in vhost '/'",
    ),
    t(
        "err.k8s_events",
        "k8s",
        "none klog",
        'Warning  FailedMount  pod/{pod}  MountVolume.SetUp failed for volume "config" : configmap "{svc}-config" not '
        "found",
        "Warning  FailedCreatePodSandBox  pod/{pod}  Failed to create pod sandbox: rpc error: code = Unknown desc = "
        "failed to setup network for sandbox",
        'Warning  FailedAttachVolume  pod/{pod}  AttachVolume.Attach failed for volume "pvc-{uuid}" : rpc error: '
        "code = DeadlineExceeded",
        "{ns}  {small}m  Warning  BackoffLimitExceeded  job/{svc}-migrate  Job has reached the specified backoff limit",
    ),
    t(
        "err.windows_minor",
        "WindowsEventLog",
        "win winkv",
        "Installation Failure: Windows failed to install the following update with error 0x80073712: {date} "
        "Cumulative Update for Windows 11 (KB50{num}).",
        "The {Adobe Acrobat Update Service|Google Update Service (gupdate)|Windows Search} service failed to start due"
        " to the following error: The service did not respond to the start or control request in a timely fashion.",
        'Task Scheduler failed to start "\\{svc}\\Nightly Export" task for user "{wuser}". Additional Data: Error '
        "Value: 2147942402.",
        logger="Microsoft-Windows-WindowsUpdateClient:20|Service Control Manager:7000|Microsoft-Windows-TaskScheduler"
        ":101",
    ),
    t(
        "err.macos_more",
        "macOS",
        "macos",
        "Backup failed with error 45: The backup disk image could not be accessed.",
        "Failed to mount destination volume {Backups|TimeMachine} on {host}: error 2",
        "SUAppStoreUpdateController: Failed to install update macOS {ver}: Error Domain=SUMacControllerError Code=7",
        proc="backupd",
        logger="com.apple.TimeMachine|com.apple.SoftwareUpdate",
    ),
    t(
        "err.mail_delivery",
        "exim sendmail dovecot",
        "syslog",
        "** {email} R=dnslookup T=remote_smtp: SMTP error from remote mail server after RCPT TO:<{email}>: 550 5.1.1 "
        "user unknown",
        "{hex8}: to=<{email}>, delay=00:{n}:00, mailer=esmtp, pri={num}, dsn=4.0.0, stat=Deferred: Connection refused "
        "by mx.{domain}",
        "lmtp({email}): Error: mailbox delivery failed: Quota exceeded (mailbox for user is full)",
        proc="exim",
    ),
    t(
        "err.cron_job",
        "cron",
        "syslog",
        "(CRON) error (grandchild #{pid} failed with exit status {small}); job {svc}-cleanup did not complete",
        "({user}) MAIL (mailed {n} bytes of output; but got status 0x004b, #012)",
        "(root) job /usr/local/bin/{svc}-cleanup.sh exited with status {small}",
        proc="CRON",
    ),
    t(
        "err.cloud_ops",
        "aws lambda s3",
        "none json",
        "upload failed: ./{svc}.tar.gz to s3://{svc}-artifacts/{date}/ An error occurred (NoSuchBucket) when calling "
        "the PutObject operation: The specified bucket does not exist",
        "{date}T{hour}:00.000Z {uuid} Task timed out after {small}.0{small} seconds",
        "Failed to send message batch to SQS queue {queue}: AWS.SimpleQueueService.NonExistentQueue",
        "Lambda function {svc}-handler invocation failed: Runtime.ImportModuleError: Unable to import module 'app'",
    ),
    t(
        "err.bigdata_jobs",
        "spark yarn flink",
        "spark hadoop",
        "Job aborted due to stage failure: Task {small} in stage {n}.0 failed 4 times, most recent failure: Lost task "
        "{small}.3 (executor {small}): java.io.FileNotFoundException",
        "Application {app_id} failed 2 times due to AM Container for appattempt_{id}_000{small} exited with exitCode: "
        "1",
        "Job {svc}-ingest ({hex32}) switched from state RUNNING to FAILED.",
        logger="scheduler.DAGScheduler|org.apache.hadoop.yarn.server.resourcemanager.rmapp.RMAppImpl|"
        "org.apache.flink.runtime.executiongraph.ExecutionGraph",
    ),
    t(
        "err.webhook_delivery",
        APPS,
        "iso json logfmt",
        "Webhook delivery {uuid} to https://{domain}/hooks failed: connection timed out; will retry in {secs}s",
        'outbound webhook endpoint=https://{domain}/events attempt={small} error="TLS handshake timeout"',
        '{{"event":"webhook.delivery_failed","endpoint":"https://{domain}/cb","attempt":{small},"error":"ECONNRESET"}}',
    ),
    t(
        "err.ldap_sync",
        "sssd keycloak gitlab",
        "syslog iso",
        "LDAP sync failed: Can't contact LDAP server ({host}:636)",
        "Failed to synchronize users from federation provider ldap-{small}: javax.naming.CommunicationException",
        "Backend is offline; directory lookup for group {svc}-admins failed",
    ),
    t(
        "err.db_statement",
        "postgresql mysql",
        "pg mysql",
        "could not serialize access due to read/write dependencies among transactions",
        'relation "{table}_archive" does not exist at character {n}',
        "Got timeout reading communication packets; connection {num} to db '{db}' aborted",
        "ERROR 1205 (HY000): Lock wait timeout exceeded on table {db}.{table}; transaction rolled back",
    ),
    t(
        "err.kv_job_failed",
        APPS,
        "json logfmt zap none",
        '{{"level":"error","job":"{svc}-export","run_id":"{uuid}","status":"failed","error":"timeout after {secs}s"}}',
        'level=error component=scheduler job={svc}.reindex attempt={small} err="exit status {small}"',
        'job_id={id} state=FAILED duration={secs}s error="source file {file} not found"',
    ),
    t(
        "err.grpc_client",
        "go-service envoy",
        "zap json klog",
        "rpc error: code = DeadlineExceeded desc = context deadline exceeded while calling {svc}.Get",
        "grpc: addrConn.createTransport failed to connect to {{{ip}:{port} <nil> 0 <nil>}}. Err: connection error: "
        'desc = "transport: Error while dialing dial tcp {ip}:{port}: i/o timeout"',
        "failed to call {svc}.v1.Ledger/Post: rpc error: code = Unavailable desc = upstream connect error",
    ),
]
