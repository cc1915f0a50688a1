"""Kubernetes 1.26-1.30: kubelet, kube-apiserver (httplog, authn, audit), kube-scheduler, kube-controller-manager,
kube-proxy and cluster events as `kubectl get events` / event exporters print them.

Phrasings follow kubernetes/kubernetes sources: structured klog calls in pkg/kubelet ("SyncLoop ADD", "Killing
container with a grace period", "Probe failed", "Error syncing pod, skipping", "Eviction manager: attempting to
reclaim", image_gc_manager "Disk usage on image filesystem is over the high threshold"), staging/src/k8s.io/
apiserver httplog ("HTTP" verb= URI= latency= resp=), authentication ("Unable to authenticate the request"),
the audit.k8s.io/v1 Event JSON, pkg/scheduler ("Successfully bound pod to node", "Unable to schedule pod; no fit;
waiting"), event reasons and messages (Scheduled, Pulled, BackOff, Unhealthy, FailedMount, Evicted, OOMKilling,
NodeNotReady, FailedScheduling, ScalingReplicaSet), component-base flag deprecation and the apiserver's
"... is deprecated in v1.xx+, unavailable in v1.yy+" warnings.
"""

from training.templates.families._kit import CRIT, DEP, ERR, HTTP, RES, SN, deck, maker, pick
from training.values import register

register(
    {
        "k8s_ua": pick(
            "kubectl/v1.29.2 (linux/amd64) kubernetes/4b8e819",
            "kube-controller-manager/v1.28.6 (linux/amd64) kubernetes/be3af46/system:serviceaccount:kube-system:"
            "replicaset-controller",
            "kubelet/v1.29.2 (linux/amd64) kubernetes/4b8e819",
            "argocd-application-controller/v0.0.0 (linux/amd64) kubernetes/$Format",
            "Go-http-client/2.0",
        ),
        "k8s_uri": pick(
            "/api/v1/namespaces/{ns}/pods?limit=500",
            "/api/v1/namespaces/{ns}/pods/{pod}",
            "/apis/apps/v1/namespaces/{ns}/deployments/{svc}",
            "/api/v1/nodes?resourceVersion=0",
            "/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/{node}",
            "/api/v1/namespaces/{ns}/configmaps?watch=true&resourceVersion={num}",
        ),
        "k8s_dep": pick(
            "policy/v1beta1 PodSecurityPolicy is deprecated in v1.21+, unavailable in v1.25+",
            "batch/v1beta1 CronJob is deprecated in v1.21+, unavailable in v1.25+; use batch/v1 CronJob",
            "autoscaling/v2beta2 HorizontalPodAutoscaler is deprecated in v1.23+, unavailable in v1.26+; use"
            " autoscaling/v2 HorizontalPodAutoscaler",
            "policy/v1beta1 PodDisruptionBudget is deprecated in v1.21+, unavailable in v1.25+; use policy/v1"
            " PodDisruptionBudget",
            "flowcontrol.apiserver.k8s.io/v1beta2 FlowSchema is deprecated in v1.26+, unavailable in v1.29+; use"
            " flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema",
            'spec.nodeSelector[beta.kubernetes.io/os]: deprecated since v1.14; use "kubernetes.io/os" instead',
            "metadata.annotations[seccomp.security.alpha.kubernetes.io/pod]: non-functional in v1.27+; use the"
            ' "seccompProfile" field instead',
        ),
        "k8s_cid": lambda r: "containerd://" + "".join(r.choices("0123456789abcdef", k=64)),
    }
)

K8S_FLAG = (
    "Flag --container-runtime has been deprecated, will be removed in 1.27 as the only valid value is 'remote'",
    "Flag --pod-infra-container-image has been deprecated, will be removed in a future release. Image garbage"
    " collector will get sandbox image information from CRI.",
    "Flag --cgroup-driver has been deprecated, This parameter should be set via the config file specified by the"
    " Kubelet's --config flag.",
    "Flag --port has been deprecated, This flag has no effect now and will be removed in v1.24.",
    "Flag --insecure-port has been deprecated, This flag has no effect now and will be removed in v1.24.",
)

FAMILY = "kubernetes"
t = maker("kubernetes", sources="kubelet k8s", prefixes="klog journal", proc="kubelet")
API = "kube-apiserver"
EV = "k8s-events"

TEMPLATES = [
    t(
        SN,
        "kubelet.syncloop",
        '"SyncLoop ADD" source="api" pods=["{ns}/{pod}"]',
        '"SyncLoop DELETE" source="api" pods=["{ns}/{pod}"]',
        '"SyncLoop (PLEG): event for pod" pod="{ns}/{pod}" event={{"ID":"{uuid}","Type":"ContainerStarted","Data":'
        '"{cid}"}}',
    ),
    t(
        SN,
        "kubelet.killing",
        '"Killing container with a grace period" pod="{ns}/{pod}" podUID="{uuid}" containerName="{svc}"'
        ' containerID="{k8s_cid}" gracePeriod=30',
        '"Pod status updated" pod="{ns}/{pod}" status="Running"',
        '"RemoveContainer" containerID="{cid}"',
    ),
    t(
        SN,
        "kubelet.start",
        '"Starting kubelet"',
        '"Successfully registered node" node="{node}"',
        '"Started kubelet"',
        '"Kubelet version" kubeletVersion="v1.{major}.{small}"',
    ),
    t(
        SN,
        "scheduler.bound",
        '"Successfully bound pod to node" pod="{ns}/{pod}" node="{node}" evaluatedNodes={n} feasibleNodes={small}',
        '"Attempting to bind pod to node" logger="Bind.DefaultBinder" pod="{ns}/{pod}" node="{node}"',
        sources="kube-scheduler",
        proc="kube-scheduler",
    ),
    t(
        SN,
        "controller.scaling",
        '"Event occurred" object="{ns}/{svc}" fieldPath="" kind="Deployment" apiVersion="apps/v1" type="Normal"'
        ' reason="ScalingReplicaSet" message="Scaled up replica set {svc}-{hex8} to {small}"',
        '"Event occurred" object="{ns}/{svc}-{hex8}" fieldPath="" kind="ReplicaSet" apiVersion="apps/v1" type="Normal"'
        ' reason="SuccessfulCreate" message="Created pod: {pod}"',
        '"Too few replicas" replicaSet="{ns}/{svc}-{hex8}" need={small} creating=1',
        sources="kube-controller-manager",
        proc="kube-controller-manager",
    ),
    t(
        SN,
        "controller.leader",
        '"successfully acquired lease" lock="kube-system/kube-controller-manager"',
        '"Caches are synced" controller="{deployment|replicaset|endpoint_slice|garbage collector}"',
        '"Starting controller" name="{job|cronjob|namespace|daemonset}"',
        sources="kube-controller-manager kube-scheduler",
        proc="kube-controller-manager",
    ),
    t(
        SN,
        "proxy.start",
        '"Using iptables Proxier"',
        '"Starting service config controller"',
        '"Caches are synced for service config"',
        '"Setting route_localnet=1 to allow node-ports on localhost; to change this either disable'
        " iptables.localhostNodePorts (--iptables-localhost-nodeports) or set nodePortAddresses (--nodeport-addresses)"
        ' to filter loopback addresses"',
        sources="kube-proxy",
        proc="kube-proxy",
    ),
    t(
        SN,
        "event.normal",
        "Normal   Scheduled   pod/{pod}   Successfully assigned {ns}/{pod} to {node}",
        'Normal   Pulled      pod/{pod}   Successfully pulled image "{image}" in {sec}s ({sec}s including waiting)',
        "Normal   Created     pod/{pod}   Created container {svc}",
        "Normal   Started     pod/{pod}   Started container {svc}",
        sources=EV,
        prefixes="none iso json",
    ),
    t(
        SN,
        "event.killing",
        "Normal   Killing   pod/{pod}   Stopping container {svc}",
        "Normal   SuccessfulDelete   replicaset/{svc}-{hex8}   Deleted pod: {pod}",
        "Normal   NodeReady   node/{node}   Node {node} status is now: NodeReady",
        sources=EV,
        prefixes="none iso json",
    ),
    t(
        ERR,
        "kubelet.crashloop",
        '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"{svc}\\" with CrashLoopBackOff:'
        ' \\"back-off 5m0s restarting failed container={svc} pod={pod}_{ns}({uuid})\\"" pod="{ns}/{pod}"'
        ' podUID="{uuid}"',
        "Warning   BackOff   pod/{pod}   Back-off restarting failed container {svc} in pod {pod}_{ns}({uuid})",
        prefixes="klog none",
    ),
    t(
        ERR,
        "kubelet.probe",
        '"Probe failed" probeType="{Readiness|Liveness|Startup}" pod="{ns}/{pod}" podUID="{uuid}" containerName="{svc}"'
        ' probeResult="failure" output="HTTP probe failed with statuscode: {500|503|404}"',
        'Warning   Unhealthy   pod/{pod}   Liveness probe failed: Get "http://{ip}:8080/healthz": context deadline'
        " exceeded (Client.Timeout exceeded while awaiting headers)",
        "Warning   Unhealthy   pod/{pod}   Readiness probe failed: dial tcp {ip}:8080: connect: connection refused",
        prefixes="klog none",
    ),
    t(
        ERR,
        "kubelet.pull",
        '"PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image'
        ' \\"{image}\\": failed to resolve reference \\"{image}\\": not found" image="{image}"',
        'Warning   Failed   pod/{pod}   Failed to pull image "{image}": rpc error: code = Unknown desc = failed to pull'
        ' and unpack image "{image}": failed to resolve reference: unexpected status code 401 Unauthorized',
        "Warning   Failed   pod/{pod}   Error: ImagePullBackOff",
        prefixes="klog none",
    ),
    t(
        ERR,
        "kubelet.mount",
        '"Unable to attach or mount volumes for pod; skipping pod" err="unmounted volumes=[data], unattached'
        ' volumes=[data kube-api-access-{hex4}]: timed out waiting for the condition" pod="{ns}/{pod}"',
        'Warning   FailedMount   pod/{pod}   MountVolume.SetUp failed for volume "{svc}-secret" : secret "{svc}-secret"'
        " not found",
        'Warning   FailedAttachVolume   pod/{pod}   Multi-Attach error for volume "pvc-{uuid}" Volume is already'
        " exclusively attached to one node and can't be attached to another",
        prefixes="klog none",
    ),
    t(
        ERR,
        "controller.sync_error",
        '"Error syncing deployment" deployment="{ns}/{svc}" err="Operation cannot be fulfilled on deployments.apps'
        ' \\"{svc}\\": the object has been modified; please apply your changes to the latest version and try again"',
        "Warning   BackoffLimitExceeded   job/{svc}-{num}   Job has reached the specified backoff limit",
        "Warning   FailedCreatePodSandBox   pod/{pod}   Failed to create pod sandbox: rpc error: code = Unknown desc ="
        ' failed to setup network for sandbox: plugin type="calico" failed (add): error getting ClusterInformation:'
        " connection is unauthorized: Unauthorized",
        sources="kube-controller-manager k8s-events",
        proc="kube-controller-manager",
        prefixes="klog none",
    ),
    t(
        ERR,
        "proxy.iptables",
        '"Failed to execute iptables-restore" err="exit status 1"',
        '"Sync failed" retryingTime="30s"',
        '"Failed to ensure chain exists" table="nat" chain="KUBE-SERVICES"',
        sources="kube-proxy",
        proc="kube-proxy",
    ),
    t(
        CRIT,
        "node_notready",
        '"Node became not ready" node="{node}" condition={{"type":"Ready","status":"False","lastHeartbeatTime":"{ts}",'
        '"reason":"KubeletNotReady","message":"container runtime is down"}}',
        '"Container runtime network not ready" networkReady="NetworkReady=false reason:NetworkPluginNotReady'
        ' message:Network plugin returns error: cni plugin not initialized"',
        "Warning   NodeNotReady   node/{node}   Node {node} status is now: NodeNotReady",
        prefixes="klog none",
    ),
    t(
        CRIT,
        "kubelet.fatal",
        '"command failed" err="failed to run Kubelet: running with swap on is not supported, please disable swap! or'
        ' set --fail-swap-on flag to false"',
        '"command failed" err="failed to load kubelet config file, path: /var/lib/kubelet/config.yaml, error: open'
        ' /var/lib/kubelet/config.yaml: no such file or directory"',
        '"Failed to start ContainerManager" err="failed to initialize top level QOS containers: root container'
        " [kubepods]"
        " doesn't exist\"",
    ),
    t(
        CRIT,
        "controller.disruption",
        '"Controller detected that all Nodes are not-Ready. Entering master disruption mode"',
        '"Controller detected that some Nodes are not-Ready. Entering master disruption mode"',
        '"Node is unresponsive. Adding it to the Taint queue" node="{node}" timeStamp="{ts}"',
        sources="kube-controller-manager",
        proc="kube-controller-manager",
    ),
    t(
        RES,
        "eviction",
        '"Eviction manager: attempting to reclaim" resourceName="{memory|ephemeral-storage|nodefs.inodefree}"',
        '"Eviction manager: must evict pod(s) to reclaim" resourceName="memory"',
        "Warning   Evicted   pod/{pod}   The node was low on resource: memory. Threshold quantity: 100Mi, available:"
        " {n}Mi. Container {svc} was using {mb}Ki, request is {n}Mi, has larger consumption of memory.",
        prefixes="klog none",
    ),
    t(
        RES,
        "image_gc",
        '"Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold"'
        " usage={pcthi} highThreshold=85 amountToFree={num} lowThreshold=80",
        "Warning   FreeDiskSpaceFailed   node/{node}   Failed to garbage collect required amount of images. Attempted"
        " to free {num} bytes, but only found {num2} bytes eligible to free.",
        "Warning   EvictionThresholdMet   node/{node}   Attempting to reclaim ephemeral-storage",
        prefixes="klog none",
    ),
    t(
        RES,
        "oom",
        "Warning   OOMKilling   node/{node}   Memory cgroup out of memory: Killed process {pid} (java) total-vm:{kb}kB,"
        " anon-rss:{kb}kB, file-rss:{kb}kB, shmem-rss:0kB, UID:1000 pgtables:{kb}kB oom_score_adj:{n}",
        "Warning   SystemOOM   node/{node}   System OOM encountered, victim process: {java|node|python3}, pid: {pid}",
        prefixes="none klog",
    ),
    t(
        RES,
        "scheduling",
        '"Unable to schedule pod; no fit; waiting" pod="{ns}/{pod}" err="0/{n} nodes are available: {small}'
        " Insufficient"
        " cpu, {small} Insufficient memory. preemption: 0/{n} nodes are available: {n} No preemption victims found for"
        ' incoming pod."',
        "Warning   FailedScheduling   pod/{pod}   0/{n} nodes are available: {small} Insufficient memory, {small}"
        " node(s)"
        " had untolerated taint {{node-role.kubernetes.io/control-plane: }}.",
        sources="kube-scheduler k8s-events",
        proc="kube-scheduler",
        prefixes="klog none",
    ),
    t(
        RES,
        "quota",
        'Warning   FailedCreate   replicaset/{svc}-{hex8}   Error creating: pods "{pod}" is forbidden: exceeded quota:'
        " compute-resources, requested: limits.memory={small}Gi, used: limits.memory={n}Gi, limited:"
        " limits.memory={n}Gi",
        'Error creating: pods "{pod}" is forbidden: failed quota: {ns}-quota: must specify limits.cpu for: {svc}',
        prefixes="none klog",
        sources="k8s-events kube-controller-manager",
    ),
    t(
        RES,
        "hpa",
        "Normal   SuccessfulRescale   horizontalpodautoscaler/{svc}   New size: {n}; reason: cpu resource utilization"
        " (percentage of request) above target",
        "Normal   SuccessfulRescale   horizontalpodautoscaler/{svc}   New size: {small}; reason: All metrics below"
        " target",
        sources=EV,
        prefixes="none",
    ),
    *deck(t, DEP, "flag_deprecated", K8S_FLAG, prefixes="klog none journal"),
    t(
        HTTP,
        "kubelet.httplog",
        '"HTTP" verb="GET" URI="/metrics/cadvisor" latency="{latency}" userAgent="Prometheus/2.49.1" audit-ID=""'
        ' srcIP="{ip}:{port}" resp={status}',
        '"HTTP" verb="GET" URI="/stats/summary?only_cpu_and_memory=true" latency="{latency}" userAgent="metrics-server/'
        'v0.7.0" audit-ID="" srcIP="{ip}:{port}" resp={status}',
        '"HTTP" verb="POST" URI="/exec/{ns}/{pod}/{svc}?command=sh" latency="{latency}" userAgent="" audit-ID=""'
        ' srcIP="{ip}:{port}" resp={status}',
    ),
]
