"""More reboots on request (System Notification): Kubernetes node maintenance, reboot daemons and cloud APIs.

As in planned_reboots.py each template keeps the family of the system that writes it. Phrasings follow kubectl's
drain/cordon output ("node/x cordoned", "evicting pod ns/p", "node/x drained", "node/x uncordoned") and the node
events it causes ("Node x status is now: NodeNotSchedulable"), kured's log texts (Reboot required, Acquired reboot
lock, Draining node, Commanding reboot for node, Uncordoning node, Releasing lock), the OpenShift
machine-config-daemon ("initiating reboot: Node will reboot into config ..."), the AWS/Azure/GCP documentation of
instance reboot operations (AWS CloudTrail's record of ec2:RebootInstances and the EC2 scheduled-event descriptions
"The instance is scheduled for a reboot", Azure's activity-log operation
Microsoft.Compute/virtualMachines/restart/action, GCP's audit method v1.compute.instances.reset), and the
ansible.builtin.reboot documentation.
"""

from training.templates.families._kit import logrus
from training.templates.families._labels import sn
from training.templates.families.planned_reboots import FAMILY as FAMILY

_K8S = "kubernetes"
_CLOUD = "cloud_audit"

TEMPLATES = [
    sn(
        "reboot.kubectl_drain",
        "kubectl",
        "none",
        "node/{node} cordoned",
        "node/{node} drained",
        "evicting pod {ns}/{pod}",
        "pod/{pod} evicted",
        family=_K8S,
    ),
    sn(
        "reboot.kubectl_uncordon",
        "kubectl",
        "none",
        "node/{node} uncordoned",
        "node/{node} already uncordoned",
        "Warning: ignoring DaemonSet-managed Pods: kube-system/kube-proxy-{hex4}{small}, kube-system/"
        "{calico-node|cilium|aws-node}-{hex4}",
        family=_K8S,
    ),
    sn(
        "reboot.node_schedulable",
        "kubelet k8s",
        "none klog",
        "Normal   NodeNotSchedulable   node/{node}   Node {node} status is now: NodeNotSchedulable",
        "Normal   NodeSchedulable   node/{node}   Node {node} status is now: NodeSchedulable",
        "Recording NodeNotSchedulable event message for node {node}",
        proc="kubelet",
        family=_K8S,
    ),
    sn(
        "reboot.kured",
        "kured",
        "none journal",
        logrus("info", "Reboot required"),
        logrus("info", "Acquired reboot lock"),
        logrus("info", "Draining node {node}"),
        logrus("info", "Commanding reboot for node: {node}"),
        proc="kured",
        family=_K8S,
    ),
    sn(
        "reboot.kured_after",
        "kured",
        "none journal",
        logrus("info", "Uncordoning node {node}"),
        logrus("info", "Releasing lock"),
        logrus("info", "Reboot not required"),
        logrus("info", "Holding lock"),
        proc="kured",
        family=_K8S,
    ),
    sn(
        "reboot.machine_config_daemon",
        "machine-config-daemon openshift",
        "klog none",
        "initiating reboot: Node will reboot into config rendered-{worker|master}-{hex32}",
        "Update prepared; requesting cordon and drain via annotation to controller",
        "drain complete",
        "Rebooting node",
        proc="machine-config-daemon",
        family=_K8S,
    ),
    sn(
        "reboot.cloudtrail_reboot",
        "aws-cloudtrail",
        "none",
        '{{"eventVersion":"1.09","userIdentity":{{"type":"IAMUser","userName":"{user}","accountId":"{awsacct}"}},'
        '"eventTime":"{ts}","eventSource":"ec2.amazonaws.com","eventName":"RebootInstances","awsRegion":"{region}",'
        '"sourceIPAddress":"{ip}","requestParameters":{{"instancesSet":{{"items":[{{"instanceId":"{instance}"}}]}}}},'
        '"responseElements":{{"_return":true}}}}',
        '{{"eventVersion":"1.09","userIdentity":{{"type":"AssumedRole","arn":"arn:aws:sts::{awsacct}:assumed-role/'
        'ssm-maintenance/{instance}"}},"eventTime":"{ts}","eventSource":"ec2.amazonaws.com","eventName":'
        '"RebootInstances","awsRegion":"{region}","requestParameters":{{"instancesSet":{{"items":[{{"instanceId":'
        '"{instance}"}}]}}}}}}',
        family=_CLOUD,
    ),
    sn(
        "reboot.ec2_scheduled",
        "aws-ec2 aws-health",
        "none json",
        "{instance}: The instance is scheduled for a reboot ({system-reboot|instance-reboot}) at {ts}",
        '{{"InstanceId":"{instance}","Events":[{{"Code":"{system-reboot|instance-reboot}","Description":"scheduled '
        'reboot","NotBefore":"{ts}"}}]}}',
        family=_CLOUD,
    ),
    sn(
        "reboot.azure_gcp",
        "azure-activity gcp-audit",
        "none json",
        '{{"operationName":{{"value":"Microsoft.Compute/virtualMachines/restart/action","localizedValue":"Restart '
        'Virtual Machine"}},"status":{{"value":"Succeeded"}},"caller":"{email}","resourceId":"/subscriptions/{uuid}/'
        'resourceGroups/rg-{svc}/providers/Microsoft.Compute/virtualMachines/{host}"}}',
        '{{"protoPayload":{{"methodName":"v1.compute.instances.reset","serviceName":"compute.googleapis.com",'
        '"authenticationInfo":{{"principalEmail":"{email}"}},"resourceName":"projects/{svc}/zones/{region}-a/'
        'instances/{host}"}},"severity":"NOTICE"}}',
        '{{"protoPayload":{{"methodName":"v1.compute.instances.stop","serviceName":"compute.googleapis.com",'
        '"authenticationInfo":{{"principalEmail":"{email}"}},"resourceName":"projects/{svc}/zones/{region}-b/'
        'instances/{host}"}},"severity":"NOTICE"}}',
        family=_CLOUD,
    ),
    sn(
        "reboot.ansible",
        "ansible",
        "none",
        "TASK [Reboot the machine] *****************************************************",
        'changed: [{host}] => {{"changed": true, "elapsed": {n}, "rebooted": true}}',
        "TASK [ansible.builtin.reboot : Reboot host and wait for it to restart] *********",
        family="iac",
    ),
]
