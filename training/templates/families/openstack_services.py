"""OpenStack neutron, cinder, keystone and glance service logs (the `openstack` family, continued).

Sources and conventions as in `openstack.py`: neutron ml2/agent messages, cinder volume/backup managers and
scheduler filters, keystone identity/fernet/policy messages and CADF notifications, glance image API messages.
"""

from training.templates.families._kit import CRIT, DEP, ERR, RES, SEC, SN, UA
from training.templates.families.openstack import CIN, NEU, t

FAMILY = "openstack"

TEMPLATES = [
    t(
        SN,
        "neutron_agent",
        "Synchronizing state",
        "Port {uuid} updated. Details: {{'device': '{uuid}', 'network_id': '{uuid2}', 'admin_state_up': True}}",
        "Agent has just been revived. Doing a full sync.",
        sources="neutron-dhcp-agent neutron-openvswitch-agent",
        logger="neutron.agent.dhcp.agent|neutron.plugins.ml2.drivers.openvswitch.agent.ovs_neutron_agent",
    ),
    t(
        SN,
        "cinder_volume",
        "Volume {uuid}: being created as image with specification: {{'status': 'creating', 'volume_name':"
        " 'volume-{uuid}', 'volume_size': {n}}}",
        "Created volume successfully.",
        "Deleted volume successfully.",
        "Attach volume completed successfully.",
        sources=CIN,
        logger="cinder.volume.manager|cinder.volume.flows.manager.create_volume",
    ),
    t(
        SN,
        "cinder_backup",
        "Create backup started, backup: {uuid} volume: {uuid2}.",
        "Create backup finished. backup: {uuid}.",
        "Restore backup finished, backup {uuid} restored to volume {uuid2}.",
        sources="cinder-backup",
        logger="cinder.backup.manager",
    ),
    t(
        SN,
        "keystone_fernet",
        "Created a new temporary key: /etc/keystone/fernet-keys/0.tmp",
        "Current primary key is: {small}",
        "Next primary key will be: {small}",
        "Promoted key 0 to be the primary: {small}",
        sources="keystone",
        logger="keystone.common.fernet_utils",
    ),
    t(
        SN,
        "glance_image",
        "Image {uuid} status changed to active",
        "Successfully created image {uuid}",
        "Image {uuid} has been successfully uploaded to store file",
        sources="glance-api",
        logger="glance.api.v2.images",
    ),
    t(
        ERR,
        "neutron_bind_failed",
        "Failed to bind port {uuid} on host {host} for vnic_type normal using segments [{{'id': '{uuid2}',"
        " 'network_type': 'vxlan', 'physical_network': None, 'segmentation_id': {num}, 'network_id': '{uuid}'}}]",
        "Error while processing VIF ports",
        "Failed to process or handle event for line {n}: error",
        sources=NEU,
        logger="neutron.plugins.ml2.managers|neutron.plugins.ml2.drivers.openvswitch.agent.ovs_neutron_agent",
    ),
    t(
        ERR,
        "cinder_failed",
        "Failed to copy image to volume: {uuid}",
        "Volume {uuid}: create failed",
        "Terminate volume connection failed: Bad or unexpected response from the storage volume backend API",
        sources=CIN,
        logger="cinder.volume.manager|cinder.volume.flows.manager.create_volume",
    ),
    t(
        ERR,
        "glance_upload_failed",
        "Failed to upload image data due to internal error",
        "Failed to upload image {uuid}: Image storage media is full: There is not enough disk space on the image"
        " storage"
        " media.",
        sources="glance-api",
        logger="glance.api.v2.image_data",
    ),
    t(
        CRIT,
        "cinder_driver",
        "Error encountered during initialization of driver: LVMVolumeDriver.",
        "Volume driver LVMVolumeDriver not initialized",
        "Error encountered during initialization of driver: RBDDriver.: cinder.exception.VolumeBackendAPIException: Bad"
        " or unexpected response from the storage volume backend API: Error connecting to ceph cluster.",
        sources=CIN,
        logger="cinder.volume.manager",
    ),
    t(
        CRIT,
        "keystone_fernet_missing",
        "Either [fernet_tokens] key_repository does not exist or Keystone does not have sufficient permission to access"
        " it: /etc/keystone/fernet-keys/",
        "Unrecoverable error: please check log for details.: oslo_config.cfg.ConfigFileValueError: Value for option"
        " {transport_url|connection} from LocationInfo(location=<Locations.user: (4, True)>, detail='/etc/neutron/"
        "neutron.conf') is not valid",
        sources="keystone neutron-server",
        logger="keystone.server.flask.application|neutron.service",
    ),
    t(
        SEC,
        "keystone_auth_failed",
        "Authorization failed. The request you have made requires authentication. from {ip}",
        "Could not find user: {user}.",
        "Authorization failed. Invalid username or password from {pip}",
        sources="keystone",
        logger="keystone.server.flask.application|keystone.common.wsgi",
    ),
    t(
        SEC,
        "keystone_lockout",
        "The account is locked for user: {hex32}.",
        "Account {hex32} has been locked after {small} failed authentication attempts",
        sources="keystone",
        logger="keystone.identity.core",
    ),
    t(
        UA,
        "keystone_user_notification",
        '{{"event_type": "identity.user.created", "payload": {{"resource_info": "{hex32}"}}, "priority": "INFO"}}',
        '{{"event_type": "identity.user.deleted", "payload": {{"resource_info": "{hex32}"}}, "priority": "INFO"}}',
        '{{"event_type": "identity.user.updated", "payload": {{"resource_info": "{hex32}"}}, "priority": "INFO"}}',
        sources="keystone",
        logger="oslo.messaging.notification.identity.user.created",
    ),
    t(
        UA,
        "keystone_cadf_auth",
        '{{"typeURI": "http://schemas.dmtf.org/cloud/audit/1.0/event", "eventType": "activity", "action":'
        ' "authenticate", "outcome": "success", "initiator": {{"id": "{hex32}", "name": "{user}", "host": {{"address":'
        ' "{ip}"}}}}}}',
        '{{"typeURI": "http://schemas.dmtf.org/cloud/audit/1.0/event", "action": "updated.user", "outcome": "success",'
        ' "initiator": {{"id": "{hex32}"}}, "target": {{"id": "{hex32}", "typeURI": "data/security/account/user"}}}}',
        sources="keystone",
        logger="oslo.messaging.notification.identity.authenticate",
    ),
    t(
        RES,
        "cinder_capacity",
        "Insufficient free space for volume creation on host {host}@lvm#LVM (requested / avail): {n}/{small}.0",
        "VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota. Requested {n}G,"
        " quota is 1000G and {num}G has been consumed.",
        "Backend {host}@ceph#ceph: total_capacity_gb={gb}, free_capacity_gb={gb2}, provisioned_capacity_gb={gb3}",
        sources="cinder-scheduler cinder-api",
        logger="cinder.scheduler.filters.capacity_filter|cinder.volume.api",
    ),
    t(
        DEP,
        "api_version",
        "The Images (Glance) v1 API is deprecated and will be removed on or after the Pike release, following the"
        " standard OpenStack deprecation policy.",
        "The v2 block storage API is deprecated and will be removed. Please use v3.",
        "The keystone v2.0 API is deprecated; please migrate to the v3 Identity API",
        sources="glance-api cinder-api keystone",
        logger="glance.api.versions|cinder.api.v2|keystone.version",
    ),
]
