"""OpenStack messaging and service libraries, neutron agents, keystone, glance and cinder (the `openstack`
family, continued from openstack_compute.py, whose placeholders and constants these templates share).

Phrasings were read from the projects' sources on GitHub, written as their format strings write them, in
oslo.log's line layout:
- openstack/oslo.messaging impl_rabbit.py ("Reconnected to AMQP server on ... via [%(transport)s] client with
  port %(client_port)s.", "A recoverable connection/channel error occurred, trying to reconnect: %s", "Unexpected
  error during heartbeat thread processing, retrying..."); openstack/oslo.service service.py ("Caught %s, stopping
  children", "Caught %s, exiting", "Child %(pid)s exited with status %(code)d", "Child %(pid)d killed by signal
  %(sig)d", "Waiting on %d children to exit").
- openstack/neutron: ovs_neutron_agent.py ("Configuration for devices up %(up)s and devices down %(down)s
  completed.", "Assigning ... as local vlan", "Reclaiming vlan", "Agent rpc_loop - iteration:...", "Agent out of
  sync with plugin!", "rpc_loop doing a full sync."); agent/dhcp/agent.py ("DHCP agent started",
  "Starting/Finished network %s dhcp configuration", "Unable to %(action)s dhcp for %(net_id)s.");
  agent/l3/agent.py ("Starting router update for ...", "Finished a router update for ...", "Error while processing
  router %s"); neutron-lib callbacks/manager.py ("Error during notification for %(callback)s %(resource)s,
  %(event)s").
- openstack/keystone: server/flask/application.py ("Authorization failed. %(exception)s from %(remote_addr)s")
  with exception.py texts (PasswordExpired, UserDisabled, AuthPluginException); queens-eol common/wsgi.py logging
  other errors such as TokenNotFound ("Could not find token: %(token_id)s.") and TrustUseLimitReached.
- openstack/glance: api/v2/image_actions.py ("Image %s is deactivated/reactivated"), queens-eol
  registry/api/v1/images.py ("Successfully retrieved image %(id)s"), scrubber.py, api/v2/image_members.py and
  image_tags.py ("Not allowed to ... for image %s.").
- openstack/cinder: volume/manager.py (driver start-up, attach/detach, "... completed successfully.", "Unable to
  delete busy volume.", "Delete snapshot failed, due to snapshot busy.", "Validate volume connection failed
  (error: %(err)s).", "Create export of volume failed (%s)") and exception.py (ISCSITargetCreateFailed).
"""

from training.templates.families._kit import ERR, SEC, SN
from training.templates.families.openstack import CIN, NEU, t
from training.templates.families.openstack_compute import FAMILY as FAMILY  # and its os_* placeholders

OVS = "neutron.plugins.ml2.drivers.openvswitch.agent.ovs_neutron_agent"
OVSA = "neutron-openvswitch-agent"
DHCP = "neutron-dhcp-agent"
L3 = "neutron-l3-agent"
RABBIT = "nova-compute nova-conductor neutron-server neutron-openvswitch-agent cinder-volume"
GL = "glance-api"
KS = "keystone"

TEMPLATES = [
    t(
        SN,
        "amqp_reconnected",
        "[{uuid}] Reconnected to AMQP server on {host}:5672 via [amqp] client with port {port}.",
        "Reconnected to AMQP server on {ip}:5672 via [amqp] client with port {port}.",
        sources=RABBIT,
        logger="oslo.messaging._drivers.impl_rabbit",
    ),
    t(
        ERR,
        "amqp_recoverable",
        "A recoverable connection/channel error occurred, trying to reconnect: [Errno 104] Connection reset by peer",
        "A recoverable connection/channel error occurred, trying to reconnect: Server unexpectedly closed connection",
        "Unexpected error during heartbeat thread processing, retrying...",
        "Connection failed: [Errno 113] EHOSTUNREACH (retrying in {small}.0 seconds)",
        sources=RABBIT,
        logger="oslo.messaging._drivers.impl_rabbit",
        sev="info warn error",
    ),
    t(
        SN,
        "oslo_service_signal",
        "Caught SIGTERM, stopping children",
        "Caught SIGTERM, exiting",
        "Caught SIGHUP, stopping children",
        sources="nova-api nova-conductor neutron-server cinder-scheduler glance-api",
        logger="oslo_service.service",
    ),
    t(
        SN,
        "oslo_service_children",
        "Child {pid} exited with status 0",
        "Child {pid} killed by signal 15",
        "Waiting on {n} children to exit",
        sources="nova-api nova-conductor neutron-server cinder-scheduler glance-api",
        logger="oslo_service.service",
    ),
    t(
        SN,
        "ovs_devices",
        "Configuration for devices up ['{uuid}'] and devices down [] completed.",
        "Configuration for devices up [] and devices down ['{uuid}'] completed.",
        "Configuration for devices up ['{uuid}', '{uuid2}'] and devices down [] completed.",
        "Port {uuid} updated.",
        sources=OVSA,
        logger=OVS,
    ),
    t(
        SN,
        "ovs_local_vlan",
        "Assigning {small} as local vlan for net-id={uuid}, seg-id={num}",
        "Reclaiming vlan = {small} from net-id = {uuid}, seg-id = {num}",
        sources=OVSA,
        logger=OVS,
    ),
    t(
        SN,
        "ovs_rpc_loop",
        "Agent rpc_loop - iteration:{num} started",
        "Agent rpc_loop - iteration:{num} completed. Processed ports statistics: {{'regular': {{'added': 0,"
        " 'updated': {small}, 'removed': 0}}}}. Elapsed:{os_el}",
        "Agent rpc_loop - iteration:{num} - port information retrieved. Elapsed:{os_el}",
        "Agent rpc_loop - iteration:{num} - ports processed. Elapsed:{os_el}",
        sources=OVSA,
        logger=OVS,
    ),
    t(
        SN,
        "ovs_resync",
        "Agent out of sync with plugin!",
        "rpc_loop doing a full sync.",
        "Agent initialized successfully, now running... ",
        sources=OVSA,
        logger=OVS,
    ),
    t(
        SN,
        "dhcp_agent_state",
        "DHCP agent started",
        "Starting network {uuid} dhcp configuration",
        "Finished network {uuid} dhcp configuration",
        sources=DHCP,
        logger="neutron.agent.dhcp.agent",
    ),
    t(
        ERR,
        "dhcp_agent_failed",
        "Unable to {enable|disable|reload_allocations} dhcp for {uuid}.",
        "Unable to sync network state.",
        "Network {uuid} info call failed.",
        "Timeout notifying server of ports ready. Retrying...",
        sources=DHCP,
        logger="neutron.agent.dhcp.agent",
    ),
    t(
        SN,
        "l3_router_update",
        "L3 agent started",
        "Starting router update for {uuid}, action {1|3|5}, priority {0|1|2}, update_id {uuid2}. Wait time"
        " elapsed: {os_el}",
        "Finished a router update for {uuid}, update_id {uuid2}. Time elapsed: {os_el}",
        sources=L3,
        logger="neutron.agent.l3.agent",
    ),
    t(
        ERR,
        "l3_router_failed",
        "Error while processing router {uuid}",
        "Error while initializing router {uuid}",
        "Error while deleting router {uuid}",
        "Failed reporting state!",
        sources=L3,
        logger="neutron.agent.l3.agent",
    ),
    t(
        ERR,
        "neutron_callback_failed",
        "Error during notification for neutron.services.segments.plugin.NovaSegmentNotifier."
        "_notify_port_created_or_deleted-{num} port, after_create",
        "Error during notification for neutron.plugins.ml2.plugin.Ml2Plugin._port_provisioned-{num} port,"
        " provisioning_complete",
        "Error during notification for neutron.services.l3_router.l3_router_plugin.L3RouterPlugin."
        "_handle_router_interface-{num} router_interface, after_create",
        sources=NEU,
        logger="neutron_lib.callbacks.manager",
    ),
    t(
        SEC,
        "keystone_unauthorized_reason",
        "Authorization failed. The password is expired and needs to be changed for user: {hex32}. from {pip}",
        "Authorization failed. The account is disabled for user: {hex32}. from {pip}",
        "Authorization failed. Authentication plugin error. from {pip}",
        sources=KS,
        logger="keystone.server.flask.application",
        sev="warn",
    ),
    t(
        SEC,
        "keystone_token_not_found",
        "Could not find token: {os_fernet}.",
        "Could not find token: {hex32}.",
        "No remaining uses for trust: {hex32}.",
        sources=KS,
        logger="keystone.common.wsgi",
        sev="warn",
    ),
    t(
        SN,
        "glance_image_state",
        "Image {uuid} is deactivated",
        "Image {uuid} is reactivated",
        "Successfully retrieved image {uuid}",
        sources="glance-api glance-registry",
        logger="glance.api.v2.image_actions|glance.registry.api.v1.images",
    ),
    t(
        SN,
        "glance_scrubber",
        "Scrubbing image {uuid} from {small} locations.",
        "Image {uuid} has been scrubbed successfully",
        "Image {uuid} is scrubbed from a location.",
        "Starting Daemon: wakeup_time=300 threads=1",
        sources="glance-scrubber",
        logger="glance.scrubber",
    ),
    t(
        ERR,
        "glance_scrub_failed",
        "Unable to scrub image {uuid} from a location. Reason: Image {uuid} not found ",
        "One or more image locations couldn't be scrubbed from backend. Leaving image '{uuid}' in 'pending_delete'"
        " status",
        sources="glance-scrubber",
        logger="glance.scrubber",
    ),
    t(
        SEC,
        "glance_not_allowed",
        "Not allowed to {create|update|delete} members for image {uuid}.",
        "Not allowed to {update|delete} tags for image {uuid}.",
        sources=GL,
        logger="glance.api.v2.image_members|glance.api.v2.image_tags",
        sev="warn",
    ),
    t(
        SN,
        "cinder_driver_start",
        "Starting volume driver {os_drv}",
        "Driver initialization completed successfully.",
        "Initializing RPC dependent components of volume driver {os_drv}",
        "Driver post RPC initialization completed successfully.",
        sources=CIN,
        logger="cinder.volume.manager",
    ),
    t(
        SN,
        "cinder_attach_detach",
        "Attaching volume {uuid} to instance {uuid2} at mountpoint {os_vdev} on host {host}.",
        "Detaching volume {uuid} from instance {uuid2}.",
        "Detach volume completed successfully.",
        "Initialize volume connection completed successfully.",
        sources=CIN,
        logger="cinder.volume.manager",
    ),
    t(
        SN,
        "cinder_ops_done",
        "Extend volume completed successfully.",
        "Copy volume to image completed successfully.",
        "Create snapshot completed successfully",
        "Retype volume completed successfully.",
        sources=CIN,
        logger="cinder.volume.manager",
    ),
    t(
        ERR,
        "cinder_op_failed",
        "Unable to delete busy volume.",
        "Delete snapshot failed, due to snapshot busy.",
        "Detach volume failed, due to uninitialized driver.",
        "Upload volume to image encountered an error (image-id: {uuid}).",
        sources=CIN,
        logger="cinder.volume.manager",
    ),
    t(
        ERR,
        "cinder_connection_failed",
        "Create export of volume failed (Failed to create iscsi target for volume volume-{uuid}.)",
        "Validate volume connection failed (error: Unexpected error while running command.).",
        sources=CIN,
        logger="cinder.volume.manager",
    ),
]
