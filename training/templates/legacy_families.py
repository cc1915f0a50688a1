"""Families of the label modules' templates (`training/templates/<label>.py`), which predate families.

A family is one system or a close group of systems that phrase their messages alike: the unit that
leave-one-family-out evaluation holds out whole. A label module's template gets the family of its
first source (the system that writes it most); the names match those of
`training/templates/families/`, so that the same system is held out at once wherever its templates
were written.
"""

from __future__ import annotations

from dataclasses import replace

from training.templates import Template

# family -> the first sources of templates that belong to it (space-separated)
_SOURCES_OF: dict[str, str] = {
    "crm": "ModernCRM LegacyCRM Salesforce HubSpot Mailchimp DocuSign",
    "billing": "BillingSystem Stripe Chargebee shop NetSuite Coupa",
    "hr": "ModernHR Workday ADP Greenhouse StudentPortal",
    "ticketing": "ServiceDesk ServiceNow Jira",
    "erp": "SAP ModernERP WMS ClaimsPortal",
    "web-api": "ThirdPartyAPI",
    "data-pipelines": "AnalyticsEngine airflow celery",
    "windows_eventlog": "WindowsEventLog windows",
    "sshd": "sshd sftp",
    "ftp": "vsftpd",
    "sudo": "sudo su",
    "pam": "passwd useradd userdel gpasswd sssd",
    "ldap": "slapd freeipa",
    "linux_kernel": "kernel linux",
    "hpc_ras": "ipmi storage smartd zed zfs",
    "systemd": "systemd systemd-journald systemd-logind systemd-resolved chronyd dhclient logrotate rsync backup",
    "cron": "cron",
    "package-managers": "apt pip npm composer certbot",
    "postfix": "postfix exim dovecot roundcube",
    "bind": "bind",
    "nginx": "nginx",
    "apache_httpd": "apache",
    "web-server": "WebServer caddy iis",
    "proxy": "haproxy envoy squid varnish traefik kong",
    "tomcat": "tomcat",
    "spring_java": "java spring java-httpclient",
    "node": "node express fastify",
    "python-apps": "python django tornado",
    "ruby": "rails ruby sidekiq",
    "php": "php php-fpm laravel",
    "go": "go go-service echo phoenix",
    "dotnet": "dotnet aspnetcore",
    "hdfs": "hdfs",
    "yarn_mapreduce": "hadoop yarn hbase",
    "spark": "spark",
    "zookeeper": "zookeeper",
    "kafka": "kafka",
    "rabbitmq": "rabbitmq",
    "cassandra": "cassandra",
    "elasticsearch": "elasticsearch",
    "postgresql": "postgresql",
    "mysql": "mysql",
    "mongodb": "mongodb",
    "redis": "redis",
    "kubernetes": "k8s kubelet kubectl helm",
    "containerd": "containerd",
    "docker": "docker dockerd",
    "openstack": "nova-compute nova-api neutron-server keystone cinder-volume cinder-api glance-api horizon",
    "macos": "macOS",
    "android": "android",
    "browser": "browser",
    "network_gear": "cisco cisco-asa juniper pfsense openvpn",
    "firewall": "fail2ban ossec snort suricata ids falco crowdstrike clamav aide auditd trivy",
    "identity": "okta auth0 keycloak azure-ad google-workspace vault",
    "cloud_audit": "aws aws-cloudtrail aws-alb aws-waf cloudfront cloudwatch gcp-audit gcp-lb azure-appgw heroku "
    "cloudflare",
    "ci": "jenkins gitlab gitlab-runner github-actions maven gradle artifactory terraform ansible",
    "monitoring": "monitoring prometheus grafana nagios sysstat",
    "ceph": "ceph",
    "service-discovery": "consul etcd",
    "virtualization": "vmware",
    "cluster-ha": "pacemaker",
}

FAMILY_OF_SOURCE: dict[str, str] = {
    source: family for family, sources in _SOURCES_OF.items() for source in sources.split()
}


def family_of(template: Template) -> str:
    """The family of a label module's template, from its first source."""
    first = template.sources[0] if template.sources else ""
    try:
        return FAMILY_OF_SOURCE[first]
    except KeyError:
        raise ValueError(
            f"template {template.name}: no family for its first source {first!r}; "
            "add it to training/templates/legacy_families.py"
        ) from None


def with_families(templates: list[Template]) -> list[Template]:
    """The templates, each with a family: its own if it has one, else that of its first source."""
    return [t if t.family else replace(t, family=family_of(t)) for t in templates]
