"""OpenStack compute (nova) service logs (the `openstack` family, continued; oslo.messaging/oslo.service, neutron
agents, keystone, glance and cinder are in openstack_agents.py).

Phrasings were read from the projects' sources on GitHub (master, and mitaka-eol / queens-eol where the older
wording is noted), written as their format strings write them, in oslo.log's line layout:
- openstack/nova: nova/compute/manager.py ("Took %0.2f seconds to spawn the instance on the hypervisor.",
  "... to destroy the instance on the hypervisor.", "... to deallocate network for instance.", "... to detach
  %(num)s volumes for instance.", "... to snapshot the instance on the hypervisor.", "... for pre_live_migration on
  destination host %s.", "During _sync_instance_power_state the DB power_state", "During the sync_power
  process", "Failed to deallocate network for instance",
  "Failed to attach %(volume_id)s at %(mountpoint)s"); nova/compute/claims.py (master "Claim successful on node %s",
  mitaka "Claim successful", "%(type)s limit: %(limit).02f %(unit)s, free: %(free).02f %(unit)s");
  nova/compute/resource_tracker.py ("Auditing locally available compute resources for ...", "Compute_service
  record updated/created for %(host)s:%(node)s", master "Final resource view: ... pci_stats=%(pci_stats)s
  stats=%(stats)s", mitaka "Detected running orphan instance"); nova/virt/libvirt/driver.py ("Instance destroyed
  successfully.", "Creating image" / "Creating image(s)", "Beginning cold snapshot process", "Deletion of %s
  failed"); nova/virt/libvirt/imagecache.py ("Removable base files: %s", mitaka "Base or swap file too young to
  remove: %s", master "Base, swap or ephemeral file too young to remove: %s", "Failed to remove %(base_file)s, error
  was %(error)s"); nova/virt/block_device.py ("Driver failed to attach volume"); nova/filters.py ("Filter %s
  returned 0 hosts", "Filtering removed all hosts for the request with instance ID"); nova/conductor/manager.py
  ("Migration of instance ... unexpectedly failed.", "Unshelve attempted but an error has occurred", "Rebuild
  failed: %s"); nova/api/openstack/__init__.py ("%(url)s returned with HTTP %(status)d").
"""

from training.templates.families._kit import ERR, HTTP, RES, SN, pick
from training.templates.families.openstack import NAPI, t
from training.values import register

register(
    {
        "os_took": lambda r: f"{r.lognormvariate(1.3, 0.9):.2f}",
        "os_el": lambda r: f"{r.lognormvariate(-1.0, 1.3):.3f}",
        "os_fernet": lambda r: (
            "gAAAAAB"
            + "".join(r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") for _ in range(172))
        ),
        "os_task": pick("spawning", "deleting", "powering-off", "image_uploading", "resize_migrating", "rebooting"),
        "os_filter": pick("RamFilter", "ComputeFilter", "DiskFilter", "AvailabilityZoneFilter", "NUMATopologyFilter"),
        "os_vdev": pick("/dev/vdb", "/dev/vdc", "/dev/vdd", "/dev/sdb"),
        "os_drv": pick("LVMVolumeDriver (3.0.0)", "RBDDriver (1.2.0)", "NfsDriver (1.4.0)", "PowerMaxFCDriver (4.5.0)"),
    }
)

FAMILY = "openstack"
RT = "nova.compute.resource_tracker"
LV = "nova.virt.libvirt.driver"
IC = "nova.virt.libvirt.imagecache"
BASE = "/var/lib/nova/instances/_base/{sha}"

TEMPLATES = [
    t(
        SN,
        "nova_spawn_took",
        "[instance: {uuid}] Took {os_took} seconds to spawn the instance on the hypervisor.",
        "[instance: {uuid}] Took {os_took} seconds to snapshot the instance on the hypervisor.",
        "[instance: {uuid}] Took {os_took} seconds for pre_live_migration on destination host {host}.",
    ),
    t(
        SN,
        "nova_teardown_took",
        "[instance: {uuid}] Took {os_took} seconds to destroy the instance on the hypervisor.",
        "[instance: {uuid}] Took {os_took} seconds to deallocate network for instance.",
        "[instance: {uuid}] Took {os_took} seconds to detach {small} volumes for instance.",
    ),
    t(
        SN,
        "nova_libvirt_image",
        "[instance: {uuid}] Instance destroyed successfully.",
        "[instance: {uuid}] Creating image",
        "[instance: {uuid}] Creating image(s)",
        "[instance: {uuid}] Beginning cold snapshot process",
        logger=LV,
    ),
    t(
        SN,
        "nova_power_sync",
        "[instance: {uuid}] During _sync_instance_power_state the DB power_state ({0|1}) does not match the"
        " vm_power_state from the hypervisor ({1|4}). Updating power_state in the DB to match the hypervisor.",
        "[instance: {uuid}] During the sync_power process the instance has moved from host {host} to host {host2}",
    ),
    t(
        SN,
        "nova_resource_audit",
        "Auditing locally available compute resources for node {host}",
        "Auditing locally available compute resources for {host} (node: {host})",
        "Compute_service record updated for {host}:{host}",
        "Compute_service record created for {host}:{host}",
        logger=RT,
    ),
    t(
        SN,
        "nova_claim_ok",
        "[instance: {uuid}] Claim successful",
        "[instance: {uuid}] Claim successful on node {host}",
        logger="nova.compute.claims",
    ),
    t(
        SN,
        "nova_imagecache_age",
        "Removable base files: " + BASE,
        "Base or swap file too young to remove: " + BASE,
        "Base, swap or ephemeral file too young to remove: " + BASE,
        "Removing base, swap or ephemeral file: " + BASE,
        logger=IC,
    ),
    t(
        RES,
        "nova_claim_limits",
        "[instance: {uuid}] disk limit: {gb}.00 GB, free: {n}.00 GB",
        "[instance: {uuid}] vcpu limit: {n}.00 VCPU, free: {small}.00 VCPU",
        "[instance: {uuid}] memory limit not specified, defaulting to unlimited",
        logger="nova.compute.claims",
    ),
    t(
        RES,
        "nova_final_view_stats",
        "Final resource view: name={host} phys_ram={mb}MB used_ram={mb2}MB phys_disk={gb}GB used_disk={n}GB"
        " total_vcpus={n2} used_vcpus={small} pci_stats=[] stats={{'failed_builds': '0', 'num_instances': '{small}',"
        " 'num_vm_active': '{small}', 'num_task_None': '{small}', 'num_os_type_None': '{small}', 'num_proj_{hex32}':"
        " '{small}', 'io_workload': '0'}}",
        "Final resource view: name={host} phys_ram={mb}MB used_ram={mb2}MB phys_disk={gb}GB used_disk={n}GB"
        " total_vcpus={n2} used_vcpus={small} pci_stats=[] stats={{}}",
        "Detected running orphan instance: {uuid} (consuming {mb} MB memory)",
        logger=RT,
    ),
    t(
        ERR,
        "nova_dealloc_failed",
        "[instance: {uuid}] Failed to deallocate network for instance. Error: Unable to establish connection to"
        " http://{ip}:9696/v2.0/ports?device_id={uuid}: Connection refused",
        "[instance: {uuid}] Failed to deallocate network for instance; retrying. Error: Unable to establish"
        " connection to http://{ip}:9696/v2.0/ports?device_id={uuid}",
        "[instance: {uuid}] Failed to deallocate networks",
    ),
    t(
        ERR,
        "nova_attach_failed",
        "[instance: {uuid}] Failed to attach {uuid2} at {os_vdev}",
        "[instance: {uuid}] Driver failed to attach volume {uuid2} at {os_vdev}",
        logger="nova.compute.manager|nova.virt.block_device",
    ),
    t(
        ERR,
        "nova_file_cleanup_failed",
        "Failed to remove " + BASE + ", error was [Errno 13] Permission denied: '" + BASE + "'",
        "[instance: {uuid}] Deletion of /var/lib/nova/instances/{uuid}_del failed",
        logger=IC + "|" + LV,
    ),
    t(
        ERR,
        "nova_scheduler_filtered",
        "Filter {os_filter} returned 0 hosts",
        "Filtering removed all hosts for the request with instance ID '{uuid}'. Filter results: ['RetryFilter:"
        " (start: {n}, end: {n})', 'AvailabilityZoneFilter: (start: {n}, end: {n})', '{os_filter}: (start: {n},"
        " end: 0)']",
        sources="nova-scheduler",
        logger="nova.filters",
        sev="info",
    ),
    t(
        ERR,
        "nova_conductor_failed",
        "[instance: {uuid}] Migration of instance {uuid} to host {host} unexpectedly failed.",
        "[instance: {uuid}] Unshelve attempted but an error has occurred",
        "[instance: {uuid}] Rebuild failed: No valid host was found. There are not enough hosts available.",
        sources="nova-conductor",
        logger="nova.conductor.manager",
        sev="warn error",
    ),
    t(
        HTTP,
        "nova_api_fault",
        "http://{ip}:8774/v2.1/servers/{uuid} returned with HTTP {500|503|409}",
        "http://{ip}:8774/v2.1/{hex32}/servers/{uuid}/action returned with HTTP {500|400|409}",
        "http://{ip}:8774/v2.1/os-hypervisors/detail returned with HTTP {500|503}",
        sources=NAPI,
        logger="nova.api.openstack",
    ),
]
