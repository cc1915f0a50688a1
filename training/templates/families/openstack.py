"""OpenStack (nova, neutron, cinder, keystone, glance, placement, horizon) service logs, 2023.x releases.

Phrasings follow the projects' sources: the wsgi/requestlog access lines of nova-api and the metadata server
(nova/api/openstack/requestlog.py: '"GET ..." status: 200 len: 123 microversion: 2.1 time: 0.04'), eventlet
wsgi servers of neutron/cinder/glance, keystone behind Apache; nova.compute.manager ("Rebooting instance",
"Instance shutdown successfully after", "Failed to build and run instance", "Build of instance ... aborted"),
nova.conductor ("Failed to schedule instances: ... No valid host was found"), nova.virt.libvirt ("Connection to
libvirt lost", "Live Migration failure"), nova quota OverQuota texts, cinder volume manager and scheduler
("Insufficient free space for volume creation"), neutron agents (dhcp "Synchronizing state", ovs "Port ...
updated"), keystone (fernet_utils key rotation, "The request you have made requires authentication",
"The account is locked for user"), keystonemiddleware ("Rejecting request"), oslo.messaging AMQP and oslo.db
connection messages, openstack_auth ("Login successful for user", "Login failed for user") and the oslo.log
deprecation helpers ("Option ... from group ... is deprecated").
"""

from training.templates.families._kit import CRIT, DEP, ERR, HTTP, RES, SEC, SN, UA, deck, maker, pick
from training.values import register

register(
    {
        "os_time": lambda r: f"{r.lognormvariate(-2.5, 1.2):.7f}",
        "os_mv": pick("2.1", "2.60", "2.79", "2.88", "2.90", "2.95"),
        "os_nova_url": pick(
            "/v2.1/servers/detail",
            "/v2.1/{hex32}/servers/detail?all_tenants=True",
            "/v2.1/servers/{uuid}",
            "/v2.1/servers/{uuid}/os-interface",
            "/v2.1/flavors/detail",
            "/v2.1/os-hypervisors/detail",
            "/v2.1/servers/{uuid}/action",
        ),
        "os_neutron_url": pick(
            "/v2.0/ports?device_id={uuid}",
            "/v2.0/networks?shared=True",
            "/v2.0/floatingips?port_id={uuid}",
            "/v2.0/security-groups?tenant_id={hex32}",
            "/v2.0/subnets/{uuid}",
        ),
    }
)

OS_DEP = (
    'Option "{rpc_backend|notification_driver|auth_uri}" from group "{DEFAULT|keystone_authtoken}" is deprecated for'
    " removal. Its value may be silently ignored in the future.",
    'Option "use_neutron" from group "DEFAULT" is deprecated for removal (nova-network is deprecated, as are any'
    " related configuration options.). Its value may be silently ignored in the future.",
    'Option "auth_uri" from group "keystone_authtoken" is deprecated. Use option "www_authenticate_uri" from group'
    ' "keystone_authtoken".',
    'Option "lock_path" from group "DEFAULT" is deprecated. Use option "lock_path" from group "oslo_concurrency".',
    'Policy "os_compute_api:os-flavor-access":"rule:admin_or_owner" was deprecated in 21.0.0 in favor of'
    ' "os_compute_api:os-flavor-access":"rule:project_reader_or_admin".',
)

FAMILY = "openstack"
t = maker("openstack", sources="nova-compute", prefixes="openstack", logger="nova.compute.manager")
NAPI = "nova-api"
NEU = "neutron-server"
CIN = "cinder-volume"

TEMPLATES = [
    t(
        HTTP,
        "nova_api_access",
        '{ip} "{method} {os_nova_url} HTTP/1.1" status: {status} len: {size} microversion: {os_mv} time: {os_time}',
        '{ip},{ip2} "{method} {os_nova_url} HTTP/1.1" status: {status} len: {size} time: {os_time}',
        sources=NAPI,
        logger="nova.api.openstack.requestlog|nova.osapi_compute.wsgi.server",
    ),
    t(
        HTTP,
        "nova_metadata_access",
        '{ip},{ip2} "GET /openstack/{2013-10-17|2018-08-27|latest}/meta_data.json HTTP/1.1" status: {status} len:'
        " {size}"
        " time: {os_time}",
        '{ip},{ip2} "GET /latest/meta-data/{instance-id|hostname|public-keys/} HTTP/1.1" status: {status} len: {size}'
        " time: {os_time}",
        sources="nova-metadata",
        logger="nova.metadata.wsgi.server",
    ),
    t(
        HTTP,
        "placement_access",
        '{ip} "GET /placement/resource_providers/{uuid}/allocations" status: {status} len: {size} microversion: 1.{n}',
        '{ip} "PUT /placement/allocations/{uuid}" status: {status} len: 0 microversion: 1.{n}',
        '{ip} "GET /placement/allocation_candidates?limit=1000&resources=DISK_GB%3A20%2CMEMORY_MB%3A2048%2CVCPU%3A1"'
        " status: {status} len: {size} microversion: 1.{n}",
        sources="placement-api",
        logger="placement.requestlog",
    ),
    t(
        HTTP,
        "neutron_access",
        '{ip} "{method} {os_neutron_url} HTTP/1.1" status: {status}  len: {size} time: {os_time}',
        '{ip} "PUT /v2.0/ports/{uuid} HTTP/1.1" status: {status}  len: {size} time: {os_time}',
        sources=NEU,
        logger="neutron.wsgi",
    ),
    t(
        HTTP,
        "cinder_access",
        '{ip} "{GET|POST|DELETE} /v3/{hex32}/volumes/{uuid} HTTP/1.1" status: {status} len: {size} time: {os_time}',
        '{ip} "POST /v3/{hex32}/volumes HTTP/1.1" status: {status} len: {size} time: {os_time}',
        '{ip} "GET /v3/{hex32}/volumes/detail?all_tenants=1 HTTP/1.1" status: {status} len: {size} time: {os_time}',
        sources="cinder-api",
        logger="cinder.api.openstack.wsgi|eventlet.wsgi.server",
    ),
    t(
        HTTP,
        "glance_access",
        '{ip} - - [{wdate}] "GET /v2/images?limit=20 HTTP/1.1" {status} {size} {os_time}',
        '{ip} - - [{wdate}] "PUT /v2/images/{uuid}/file HTTP/1.1" {status} {size} {os_time}',
        '{ip} - - [{wdate}] "GET /v2/images/{uuid} HTTP/1.1" {status} {size} {os_time}',
        sources="glance-api",
        logger="eventlet.wsgi.server",
    ),
    t(
        HTTP,
        "keystone_access",
        '{ip} - - [{clf}] "POST /v3/auth/tokens HTTP/1.1" {status} {size} "-" "{python-keystoneclient|openstacksdk/'
        '1.0.1 keystoneauth1/5.1.2 python-requests/2.31.0 CPython/3.10.12}"',
        '{ip} - - [{clf}] "GET /v3/users/{hex32}/projects HTTP/1.1" {status} {size} "-" "python-keystoneclient"',
        '{ip} - - [{clf}] "GET /v3 HTTP/1.1" {status} {size} "-" "keystoneauth1/5.1.2 python-requests/2.31.0"',
        sources="keystone",
        prefixes="none",
    ),
    t(
        HTTP,
        "horizon_access",
        '{ip} - - [{clf}] "GET /dashboard/project/instances/ HTTP/1.1" {status} {size} "-" {ua}',
        '{ip} - - [{clf}] "POST /dashboard/auth/login/ HTTP/1.1" {status} {size} "https://{domain}/dashboard/" {ua}',
        sources="horizon",
        prefixes="none",
    ),
    t(
        SN,
        "nova_lifecycle",
        "[instance: {uuid}] Rebooting instance",
        "[instance: {uuid}] Instance shutdown successfully after {small} seconds.",
        "[instance: {uuid}] Instance rebooted successfully.",
        "[instance: {uuid}] Instance soft rebooted successfully.",
    ),
    t(
        SN,
        "nova_volume",
        "[instance: {uuid}] Attaching volume {uuid2} to /dev/vd{b|c|d}",
        "[instance: {uuid}] Detaching volume {uuid2}",
        "[instance: {uuid}] Creating config drive at /var/lib/nova/instances/{uuid}/disk.config",
    ),
    t(
        SN,
        "nova_migration",
        "[instance: {uuid}] Migrating instance to {host} finished successfully.",
        "[instance: {uuid}] Migration running for {n} secs, memory 100% remaining (bytes processed={num},"
        " remaining={num}, total={num})",
        "[instance: {uuid}] Beginning live snapshot process",
        "[instance: {uuid}] Snapshot image upload complete",
        logger="nova.compute.manager|nova.virt.libvirt.driver",
    ),
    t(
        SN,
        "nova_service",
        "Starting compute node (version {27.1.0|28.0.1|29.0.0})",
        "Starting nova-{conductor|scheduler|compute} node (version {27.1.0|28.0.1})",
        "Connecting to libvirt: qemu:///system",
        logger="nova.service|nova.virt.libvirt.host",
    ),
    t(
        ERR,
        "nova_build_failed",
        "[instance: {uuid}] Failed to build and run instance: nova.exception.PortBindingFailed: Binding failed for port"
        " {uuid2}, please check neutron logs for more information.",
        "[instance: {uuid}] Build of instance {uuid} aborted: Failed to allocate the network(s), not rescheduling.",
        "[instance: {uuid}] Instance failed to spawn: libvirt.libvirtError: internal error: process exited while"
        " connecting to monitor",
        "[instance: {uuid}] Setting instance vm_state to ERROR",
    ),
    t(
        ERR,
        "nova_no_valid_host",
        "Failed to schedule instances: nova.exception_Remote.NoValidHost_Remote: No valid host was found. There are not"
        " enough hosts available.",
        "[instance: {uuid}] Error from last host: {host} (node {host}): ['Traceback (most recent call last):\\n']",
        sources="nova-conductor",
        logger="nova.conductor.manager",
    ),
    t(
        ERR,
        "nova_migration_failed",
        "[instance: {uuid}] Live Migration failure: operation failed: Failed to connect to remote libvirt URI"
        " qemu+ssh://{host}/system: Cannot recv data: Connection reset by peer",
        "[instance: {uuid}] Migration operation has aborted",
        "[instance: {uuid}] Failed to attach volume at mountpoint: /dev/vdb: libvirt.libvirtError: Requested operation"
        " is not valid: target vdb already exists",
        logger="nova.virt.libvirt.driver|nova.compute.manager",
    ),
    t(
        ERR,
        "amqp_unreachable",
        "AMQP server on {host}:5672 is unreachable: [Errno 111] ECONNREFUSED. Trying again in 1 seconds.: "
        "ConnectionRefusedError: [Errno 111] ECONNREFUSED",
        "[{uuid}] AMQP server on {host}:5672 is unreachable: timed out. Trying again in {small} seconds.:"
        " socket.timeout:"
        " timed out",
        "Connection failed: [Errno 111] ECONNREFUSED (retrying in {small}.0 seconds): ConnectionRefusedError: [Errno"
        " 111]"
        " ECONNREFUSED",
        sources="nova-compute neutron-server cinder-volume",
        logger="oslo.messaging._drivers.impl_rabbit",
    ),
    t(
        CRIT,
        "libvirt_lost",
        "Connection to libvirt lost: 1",
        "Connection to libvirt failed: Failed to connect socket to '/var/run/libvirt/libvirt-sock': No such file or"
        " directory",
        logger="nova.virt.libvirt.host",
    ),
    t(
        CRIT,
        "compute_down",
        "Compute service on host {host} is down: last heartbeat {n} minutes ago",
        "Agent heartbeat from {host} timed out: Open vSwitch agent on host {host} is dead",
        "Unexpected exception in API method: nova.exception.ComputeHostNotFound: Compute host {host} could not be"
        " found.",
        sources="nova-scheduler neutron-server nova-api",
        logger="nova.servicegroup.drivers.db|neutron.db.agents_db|nova.api.openstack.wsgi",
    ),
    t(
        SEC,
        "policy_denied",
        "You are not authorized to perform the requested action: identity:{list_users|create_user|delete_project}.",
        "Policy check for os_compute_api:servers:create:forced_host failed with credentials {{'user_id': '{hex32}',"
        " 'project_id': '{hex32}', 'roles': ['member']}}",
        "Policy check for create_network:provider:network_type failed with credentials",
        sources="keystone nova-api neutron-server",
        logger="keystone.server.flask.application|nova.policy|neutron.policy",
    ),
    t(
        SEC,
        "authtoken_rejected",
        "Rejecting request",
        'Identity response: {{"error":{{"code":401,"message":"The request you have made requires'
        ' authentication.","title":"Unauthorized"}}}}',
        "Authorization failed for token",
        sources="nova-api cinder-api glance-api neutron-server",
        logger="keystonemiddleware.auth_token",
    ),
    t(
        SEC,
        "horizon_login_failed",
        'Login failed for user "{user}" using domain "Default", remote address {pip}.',
        'Login failed for user "{admin|root|demo}", remote address {pip}.',
        sources="horizon",
        logger="openstack_auth.forms",
        prefixes="py iso",
    ),
    t(
        UA,
        "horizon_login",
        'Login successful for user "{user}" using domain "Default", remote address {ip}.',
        'Login successful for user "{user}", remote address {ip}.',
        'Logging out user "{user}".',
        sources="horizon",
        logger="openstack_auth.forms|openstack_auth.views",
        prefixes="py iso",
    ),
    t(
        RES,
        "nova_quota",
        "Quota exceeded for cores: Requested {small}, but already used {n} of {n} cores",
        "Quota exceeded for instances: Requested 1, but already used {n} of {n} instances",
        "Quota exceeded for ram: Requested {num}, but already used {num2} of {num3} ram",
        sources=NAPI,
        logger="nova.compute.api",
    ),
    t(
        RES,
        "nova_host_resources",
        "Hypervisor/Node resource view: name={host} free_ram={mb}MB free_disk={gb}GB free_vcpus={n} pci_devices=None",
        "Disk of instance is too large(available on destination host:{num} < need:{num2})",
        "Host {host} has insufficient memory: requested {mb} MB, available {mb2} MB",
        logger="nova.compute.resource_tracker|nova.virt.libvirt.driver|nova.scheduler.filters.ram_filter",
    ),
    t(
        RES,
        "placement_inventory",
        "Inventory has not changed for provider {uuid} based on inventory data: {{'VCPU': {{'total': {n}, 'reserved':"
        " 0,"
        " 'allocation_ratio': 4.0}}, 'MEMORY_MB': {{'total': {mb}, 'reserved': 512}}}}",
        "Unable to create allocation for 'VCPU' on resource provider '{uuid}'. The requested amount would exceed the"
        " capacity.",
        logger="nova.scheduler.client.report|placement.objects.allocation",
    ),
    *deck(
        t,
        DEP,
        "oslo_option",
        OS_DEP,
        sources="nova-compute neutron-server cinder-volume keystone glance-api",
        logger="oslo_config.cfg|oslo_policy.policy",
    ),
    t(
        DEP,
        "policy_defaults",
        'Policy "identity:list_users":"rule:admin_required" was deprecated in W in favor of "identity:list_users"'
        ':"(role:reader and system_scope:all) or (role:reader and domain_id:%(target.domain_id)s)". Reason: Keystone'
        " now supports system-scoped and domain-scoped tokens.",
        "JSON formatted policy_file support is deprecated since Victoria release. You need to use YAML format which"
        " will"
        " be default in future. You can use ``oslopolicy-convert-json-to-yaml`` tool to convert existing JSON-formatted"
        " policy file to YAML-formatted in backward compatible way: https://docs.openstack.org/oslo.policy/latest/cli/"
        "oslopolicy-convert-json-to-yaml.html.",
        sources="keystone nova-api",
        logger="oslo_policy.policy",
    ),
    t(
        DEP,
        "python_dep",
        "DeprecationWarning: Using the 'tenant' argument is deprecated in version '2.8.0' and will be removed in"
        " version"
        " '3.0.0', please use the 'project_id' argument instead",
        'Deprecated: Option "{verbose|idle_timeout}" from group "{DEFAULT|database}" is deprecated for removal.',
        logger="py.warnings|oslo_config.cfg",
    ),
]
