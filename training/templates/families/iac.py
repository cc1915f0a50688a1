"""Infrastructure as code and configuration management: Terraform, Ansible, Puppet agent, Chef client, Salt.

Phrasings follow Terraform's UI texts ("Apply complete! Resources: 3 added", "Error acquiring the state
lock", "Warning: Deprecated attribute"), ansible-playbook's ("fatal: [host]: UNREACHABLE!", "PLAY RECAP"),
the Puppet agent's ("Applied catalog in 4.21 seconds", "Could not retrieve catalog from remote server"),
Chef's ("Chef Infra Client finished, 3/120 resources updated") and salt-minion's.
"""

from training.templates.families._kit import DEP, ERR, SEC, SN, maker

FAMILY = "iac"
t = maker("iac", sources="terraform ansible puppet-agent chef-client", prefixes="none iso syslog", proc="terraform")

TEMPLATES = [
    t(
        SN,
        "tf_apply",
        "{tfres}: Creation complete after {n}s [id={hex8}]",
        "{tfres}: Modifications complete after {n}s",
    ),
    t(
        SN,
        "tf_plan",
        "Plan: {n} to add, {small} to change, {small} to destroy.",
        "No changes. Your infrastructure matches the configuration.",
        "Terraform has been successfully initialized!",
    ),
    t(
        ERR,
        "tf_error",
        "Error: creating EC2 Instance: InvalidSubnetID.NotFound: The subnet ID 'subnet-{hex8}' does not exist",
        "Error: error waiting for RDS Cluster ({db}) to be created: timeout while waiting for state to"
        " become 'available'",
        "{tfres}: Still creating... [{n}m0s elapsed] Error: context deadline exceeded",
    ),
    t(
        ERR,
        "tf_lock",
        "Error: Error acquiring the state lock: ConditionalCheckFailedException: The conditional"
        " request failed Lock Info: ID: {uuid} Path: tf-state-{db}/terraform.tfstate",
        "Error: Failed to load state: AccessDenied: Access Denied status code: 403",
    ),
    t(
        DEP,
        "tf_deprecated",
        "Warning: Argument is deprecated. Use the aws_s3_bucket_versioning resource instead",
        'Warning: Deprecated attribute The attribute "name" is deprecated. Refer to the provider documentation for'
        " details.",
    ),
    t(
        ERR,
        "ansible_unreachable",
        'fatal: [{host}]: UNREACHABLE! => {{"changed": false, "msg": "Failed to connect'
        ' to the host via ssh: ssh: connect to host {ip} port 22: Connection timed out", "unreachable": true}}',
        'fatal: [{host}]: FAILED! => {{"changed": false, "msg": "No package matching \'{pkg}\' is available"}}',
        proc="ansible-playbook",
    ),
    t(
        SN,
        "ansible_recap",
        "{host} : ok={n} changed={small} unreachable=0 failed=0 skipped={small} rescued=0 ignored=0",
        "PLAY [{svc}] *****",
        "TASK [common : Install base packages] *****",
        proc="ansible-playbook",
    ),
    t(
        DEP,
        "ansible_deprecated",
        '[DEPRECATION WARNING]: "include" is deprecated, use include_tasks/import_tasks'
        " instead. This feature will be removed in version 2.16.",
        "[DEPRECATION WARNING]: The 'warn' parameter of the command module is deprecated and will be removed",
        proc="ansible-playbook",
    ),
    t(
        SN,
        "puppet_run",
        "Applied catalog in {sec} seconds",
        "Retrieving plugin",
        "(/Stage[main]/Ntp/Service[ntpd]) ensure changed 'stopped' to 'running'",
        proc="puppet-agent",
    ),
    t(
        ERR,
        "puppet_fail",
        "Could not retrieve catalog from remote server: Error 500 on SERVER: Server Error:"
        " Evaluation Error: Unknown variable: '::osfamily'",
        'Could not send report: Connection refused - connect(2) for "puppet" port 8140',
        "(/Stage[main]/Nginx/Service[nginx]) Failed to call refresh: Systemd restart for nginx failed!",
        proc="puppet-agent",
    ),
    t(
        SEC,
        "puppet_cert",
        "Certificate request for {host} does not match the CSR on the server; refusing the catalog",
        "SSL_connect returned=1 errno=0 state=error: certificate verify failed (self signed certificate in"
        " certificate chain)",
        proc="puppet-agent",
    ),
    t(
        SN,
        "chef_run",
        "Chef Infra Client finished, {n}/{num} resources updated in {n} seconds",
        "Starting Chef Infra Client, version {ver}",
        proc="chef-client",
    ),
    t(
        ERR,
        "chef_fail",
        "Chef::Exceptions::Exec: package[{pkg}] had an error: Expected process to exit with [0], but received '100'",
        "Chef Infra Client failed. {small} resources updated in {n} seconds",
        proc="chef-client",
    ),
    t(
        SN,
        "awx_launch",
        "Job {id} launched by user {user}: template '{svc} deploy'",
        "User {user} approved workflow {id}",
        proc="awx",
    ),
]
