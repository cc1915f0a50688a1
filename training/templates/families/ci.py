"""CI/CD systems: Jenkins (controller log and build console), GitLab (Rails auth/app logs, Workhorse access
log) and GitLab Runner, the GitHub Actions runner and workflow annotations, and Argo CD.

Phrasings follow the projects' sources and docs: Jenkins core (hudson.model.Run "main build action completed:",
console "Finished: SUCCESS", "Started by user", CrumbFilter "No valid crumb was included in request",
DiskSpaceMonitor "Making ... offline temporarily due to the lack of disk space", the Groovy-interpolation
secret warning of the credentials-binding step), GitLab's auth logging ("Successful Login: username=",
"Failed Login: username="), the Workhorse access-log JSON fields, gitlab-runner (commands/multi.go "Checking
for jobs... received", "Job succeeded", "Job failed: exit code", the registration-token deprecation warning),
actions/runner (Runner.Listener "Listening for Jobs", "Job ... completed with result:", the low-disk warning,
the set-output / save-state / Node.js 16 deprecation annotations) and argo-cd's application controller
("Reconciliation completed", "Updated sync status:", "Updated health status:").
"""

from training.templates.families._kit import CRIT, DEP, ERR, HTTP, RES, SEC, SN, UA, maker, pick
from training.values import register

register(
    {
        "ci_job": pick(
            "api-build",
            "deploy-prod",
            "nightly-integration",
            "frontend/main",
            "payments-service/PR-{n}",
            "infra/terraform-plan",
        ),
        "ci_runner": lambda r: "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(8)),
        "ci_app": pick("argocd/{svc}", "argocd/{svc}-prod", "argocd/platform-ingress", "argocd/monitoring-stack"),
    }
)

FAMILY = "ci"
J = "jenkins"
t = maker("ci", sources=J, prefixes="jenkins none", logger="hudson.model.Run#execute")
RUN = "gitlab-runner"
GHA = "github-actions"
ARGO = "argocd"

TEMPLATES = [
    t(
        SN,
        "jenkins.up",
        "Jenkins is fully up and running",
        "Started initialization",
        "Completed initialization",
        "Started Download metadata",
        logger="jenkins.InitReactorRunner$1#onAttained|hudson.lifecycle.Lifecycle#onReady|hudson.model.AsyncPeriodicWork",
    ),
    t(
        SN,
        "jenkins.build_done",
        "{ci_job} #{build} main build action completed: SUCCESS",
        "Finished: SUCCESS",
        "Started by user {name}",
        "Started by an SCM change",
    ),
    t(
        SN,
        "jenkins.pipeline",
        "[Pipeline] Start of Pipeline",
        "[Pipeline] stage",
        "[Pipeline] node Running on {agent-01|build-agent-3|linux-docker-2} in /home/jenkins/workspace/{ci_job}",
        "Checking out Revision {sha} (refs/remotes/origin/{main|develop|release/2.4})",
        prefixes="none",
    ),
    t(
        SN,
        "jenkins.agent",
        "Accepted JNLP4-connect connection #{n} from /{ip}:{port}",
        "Launching agent {node}",
        "Agent successfully connected and online",
        logger="hudson.TcpSlaveAgentListener$ConnectionHandler#run|hudson.slaves.SlaveComputer#_connect",
    ),
    t(
        SN,
        "runner.job",
        "Checking for jobs... received                       job={num} repo_url=https://gitlab.{domain}/{svc}.git"
        " runner={ci_runner}",
        "Job succeeded                                       duration_s={sec} job={num} project={n} runner={ci_runner}",
        "Configuration loaded                                builds=0 max_builds={small}",
        "Runner registered successfully. Feel free to start it, but if it's running already the config should be"
        " automatically reloaded!",
        sources=RUN,
        prefixes="none journal",
        proc="gitlab-runner",
    ),
    t(
        SN,
        "gha.listener",
        "{ts}: Listening for Jobs",
        "{ts}: Running job: {build|test|deploy|lint}",
        "{ts}: Job {build|test|deploy} completed with result: Succeeded",
        "√ Connected to GitHub",
        sources=GHA,
        prefixes="none",
    ),
    t(
        ERR,
        "jenkins.build_failed",
        "{ci_job} #{build} main build action completed: FAILURE",
        "Finished: FAILURE",
        "ERROR: script returned exit code {1|2|127|137}",
        "ERROR: Couldn't find any revision to build. Verify the repository and branch configuration for this job.",
    ),
    t(
        ERR,
        "jenkins.scm",
        "ERROR: Error cloning remote repo 'origin'",
        "ERROR: Error fetching remote repo 'origin' hudson.plugins.git.GitException: Failed to fetch from"
        " https://github.com/{svc}/{svc}.git",
        "ERROR: Timeout after 10 minutes",
        prefixes="none",
    ),
    t(
        ERR,
        "jenkins.agent_lost",
        "ERROR: Issue with creating launcher for agent {node}. The agent is being disconnected",
        "Cannot contact {node}: java.lang.InterruptedException",
        "Agent went offline during the build",
        prefixes="none jenkins",
    ),
    t(
        ERR,
        "runner.job_failed",
        "Job failed: exit code 1                             duration_s={sec} job={num} project={n} runner={ci_runner}",
        "ERROR: Job failed (system failure): prepare environment: exit status 1. Check"
        " https://docs.gitlab.com/runner/shells/index.html#shell-profile-loading for more information  job={num}",
        "ERROR: Job failed: execution took longer than 1h0m0s seconds",
        "WARNING: Checking for jobs... failed                runner={ci_runner} status=couldn't execute POST against"
        " https://gitlab.{domain}/api/v4/jobs/request: dial tcp {ip}:443: i/o timeout",
        sources=RUN,
        prefixes="none journal",
        proc="gitlab-runner",
    ),
    t(
        ERR,
        "gha.failed",
        "##[error]Process completed with exit code {1|2|127}.",
        "{ts}: Job {build|test|deploy} completed with result: Failed",
        "##[error]The job running on runner {host} has exceeded the maximum execution time of 360 minutes.",
        "##[error]The self-hosted runner: {host} lost communication with the server.",
        sources=GHA,
        prefixes="none",
    ),
    t(
        CRIT,
        "jenkins.failed_to_load",
        "Failed to initialize Jenkins hudson.util.HudsonFailedToLoad: java.lang.IllegalStateException: Jenkins home"
        " directory /var/jenkins_home is not writable",
        "Jenkins.<init>: Failed to load Jenkins java.lang.OutOfMemoryError: Java heap space",
        "Failed Loading plugin Pipeline: Groovy v{ver} (workflow-cps) java.io.IOException: Failed to load: Pipeline:"
        " Groovy ({ver}) - Jenkins (2.{num}) or higher required",
        logger="jenkins.model.Jenkins|hudson.PluginManager$PluginCycleDependenciesMonitor|jenkins.InitReactorRunner$1#onTaskFailed",
        sev="crit error",
    ),
    t(
        CRIT,
        "runner.unhealthy",
        "ERROR: Runner https://gitlab.{domain}/{ci_runner} is not healthy and will be disabled!",
        "FATAL: failed to get user home directory: user: Current requires cgo or $USER set in environment",
        "FATAL: Service run failed                           error=open /etc/gitlab-runner/config.toml: permission"
        " denied",
        sources=RUN,
        prefixes="none journal",
        proc="gitlab-runner",
    ),
    t(
        CRIT,
        "gha.runner_dead",
        "An error occurred: Not configured. Run config.(sh/cmd) to configure the runner.",
        "Runner listener exit with terminated error, stop the service, no retry needed.",
        "Exiting runner...",
        sources=GHA,
        prefixes="none journal",
        proc="Runner.Listener",
    ),
    t(
        SEC,
        "jenkins.denied",
        "{user} is missing the Overall/Read permission",
        "No valid crumb was included in request for /job/{ci_job}/build by {user}. Returning 403.",
        "Login attempt failed",
        "Failed login of user '{user}' from {pip}",
        logger="hudson.security.csrf.CrumbFilter#doFilter|hudson.security.AccessDeniedException3|"
        "jenkins.security.BasicHeaderProcessor#doFilter",
    ),
    t(
        SEC,
        "jenkins.secret_interpolation",
        'Warning: A secret was passed to "sh" using Groovy String interpolation, which is insecure.',
        'Warning: A secret was passed to "{sh|bat|powershell}" using Groovy String interpolation, which is insecure.'
        " Affected argument(s) used the following variable(s): [{DEPLOY_TOKEN|AWS_SECRET_ACCESS_KEY|NPM_TOKEN}]",
        prefixes="none",
    ),
    t(
        SEC,
        "gitlab.failed_login",
        "Failed Login: username={user} ip={pip}",
        '{{"severity":"INFO","time":"{ts}","correlation_id":"{hex24}","message":"Failed Login: username={user}'
        ' ip={pip}"}}',
        '{{"severity":"WARN","time":"{ts}","message":"User access locked - too many failed login attempts",'
        '"username":"{user}","remote_ip":"{pip}"}}',
        sources="gitlab",
        prefixes="none json",
        logger="Gitlab::AuthLogger",
    ),
    t(
        UA,
        "gitlab.login",
        "Successful Login: username={user} ip={ip} method=standard admin={false|true}",
        '{{"severity":"INFO","time":"{ts}","correlation_id":"{hex24}","message":"Successful Login: username={user}'
        ' ip={ip} method={standard|two-factor|saml} admin=false"}}',
        sources="gitlab",
        prefixes="none json",
        logger="Gitlab::AuthLogger",
    ),
    t(
        UA,
        "gitlab.user_admin",
        'User "{name}" ({email}) was created',
        'User "{name}" ({email}) was removed',
        'User "{name}" ({email}) was blocked',
        sources="gitlab",
        prefixes="none rails",
        logger="Gitlab::AuthLogger",
    ),
    t(
        UA,
        "jenkins.login",
        "Successful login of user '{user}' from {ip}",
        "Successful login of user '{user}'",
        logger="io.jenkins.plugins.opentelemetry.security.AuditingSecurityListener",
    ),
    t(
        RES,
        "disk_low",
        "Making {node} offline temporarily due to the lack of disk space",
        "Disk space is too low. Only {small}.{n}GB left on /var/jenkins_home.",
        "You are running out of disk space. The runner will stop working when the machine runs out of disk space. Free"
        " space left: {n} MB",
        sources="jenkins github-actions",
        logger="hudson.node_monitors.DiskSpaceMonitorDescriptor#markNodeOfflineOrOnline",
    ),
    t(
        RES,
        "log_limit",
        "WARNING: Job's log exceeded limit of 4194304 bytes.",
        "Job's log exceeded limit of {num} bytes. Job execution will continue but no more output will be collected.",
        sources="gitlab-runner github-actions",
        prefixes="none",
    ),
    t(
        ERR,
        "runner_disk_full",
        "##[error]No space left on device : '/home/runner/runners/2.{n}.0/_diag/pages/{uuid}_1.log'",
        sources="github-actions",
        prefixes="none",
    ),
    t(
        RES,
        "executors",
        "Waiting for next available executor on '{node}'",
        "There are no nodes with the label '{docker|linux-large|gpu}'",
        "Still waiting to schedule task. All nodes of label '{docker|linux}' are offline",
        prefixes="none",
    ),
    t(
        DEP,
        "gha.set_output",
        "##[warning]The `set-output` command is deprecated and will be disabled soon. Please upgrade to using"
        " Environment Files. For more information see: https://github.blog/changelog/2022-10-11-github-actions-"
        "deprecating-save-state-and-set-output-commands/",
        "##[warning]The `save-state` command is deprecated and will be disabled soon. Please upgrade to using"
        " Environment Files.",
        sources=GHA,
        prefixes="none",
    ),
    t(
        DEP,
        "gha.node16",
        "Node.js 16 actions are deprecated. Please update the following actions to use Node.js 20: actions/checkout@v3,"
        " actions/setup-node@v3. For more information see: https://github.blog/changelog/2023-09-22-github-actions-"
        "transitioning-from-node-16-to-node-20/.",
        "The following actions uses node12 which is deprecated and will be forced to run on node16:"
        " actions/checkout@v2."
        " For more info: https://github.blog/changelog/2023-06-13-github-actions-all-actions-will-run-on-node16-"
        "instead-of-node12-by-default/",
        sources=GHA,
        prefixes="none",
    ),
    t(
        DEP,
        "runner.registration",
        "WARNING: Support for registration tokens and runner parameters in the 'register' command has been deprecated"
        " in"
        " GitLab Runner 15.6 and will be replaced with support for authentication tokens. For more information, see"
        " https://docs.gitlab.com/ee/ci/runners/new_creation_workflow",
        "WARNING: The 'docker+machine' executor is deprecated and will be removed in GitLab Runner 17.0",
        sources=RUN,
        prefixes="none",
    ),
    t(
        DEP,
        "jenkins.java",
        "You are running Jenkins on Java 11, support for which will end on or after Sep 30, 2024.",
        "Java 11 end of life in Jenkins: you are running Jenkins on Java 11, support for which will end on or after"
        " Sep 30, 2024. Refer to the documentation for more details.",
        logger="jenkins.monitor.JavaVersionRecommendationAdminMonitor",
    ),
    t(
        HTTP,
        "workhorse_access",
        '{{"correlation_id":"{hex24}","duration_ms":{ms},"host":"gitlab.{domain}","level":"info","method":"{method}",'
        '"msg":"access","proto":"HTTP/1.1","referrer":"","remote_addr":"{ip}:0","remote_ip":"{ip}","route":"^/api/v4/'
        'jobs/request\\\\z","status":{status},"system":"http","time":"{ts}","uri":"/api/v4/jobs/request","user_agent":'
        '"gitlab-runner 16.8.0 (16-8-stable; go1.21.5; linux/amd64)","written_bytes":{size}}}',
        '{{"correlation_id":"{hex24}","duration_ms":{ms},"host":"gitlab.{domain}","level":"info","method":"GET","msg":'
        '"access","proto":"HTTP/1.1","remote_ip":"{ip}","status":{status},"system":"http","time":"{ts}","uri":"/{svc}/'
        '{svc}/-/merge_requests/{n}","user_agent":{ua},"written_bytes":{size}}}',
        sources="gitlab",
        prefixes="none",
    ),
    t(
        HTTP,
        "gitlab_rails",
        '{{"method":"POST","path":"/api/v4/jobs/{num}/trace","format":"json","controller":"Grape","status":{status},'
        '"duration_s":{sec},"remote_ip":"{ip}","ua":"gitlab-runner 16.8.0","route":"/api/:version/jobs/:id/trace"}}',
        '{{"method":"{method}","path":"/api/v4/projects/{n}/pipelines","format":"json","status":{status},'
        '"duration_s":{sec},"remote_ip":"{ip}","route":"/api/:version/projects/:id/pipelines"}}',
        sources="gitlab",
        prefixes="none",
    ),
    t(
        HTTP,
        "jenkins_access",
        '{ip} - - [{clf}] "GET /job/{ci_job}/lastBuild/api/json HTTP/1.1" {status} {size} "-" {ua}',
        '{ip} - - [{clf}] "POST /github-webhook/ HTTP/1.1" {status} {size} "-" "GitHub-Hookshot/{hex8}"',
        '{ip} - - [{clf}] "POST /job/{ci_job}/buildWithParameters HTTP/1.1" {status} {size} "-" {ua}',
        prefixes="none",
    ),
    t(
        HTTP,
        "gitlab_nginx",
        '{ip} - - [{clf}] "GET /api/v4/projects/{n}/repository/files/README.md?ref=main HTTP/1.1" {status} {size} ""'
        " {ua} {sec}",
        '{ip} - - [{clf}] "POST /{svc}/{svc}.git/git-upload-pack HTTP/1.1" {status} {size} "" "git/2.43.0" {sec}',
        sources="gitlab",
        prefixes="none",
    ),
    t(
        UA,
        "gitlab.user_more",
        'User "{name}" ({email}) was unblocked',
        "Personal access token {hex8} created for user {user}",
        'User "{name}" ({email}) confirmed their email address',
        sources="gitlab",
        prefixes="none rails",
        logger="Gitlab::AuthLogger",
    ),
]
