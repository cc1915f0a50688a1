"""containerd 1.6-2.0 daemon log (logrus text layout), mostly its CRI plugin as the kubelet drives it.

Phrasings follow containerd's sources: cmd/containerd/server ("starting containerd", "serving...",
"containerd successfully booted in"), the CRI service (sandbox_run.go "RunPodSandbox for ... returns sandbox
id", container_create.go "CreateContainer within sandbox", container_start.go "StartContainer for ... returns
successfully", image_pull.go "PullImage ... returns image reference", the matching "... failed, error" lines,
ExecSync, ContainerStatus "an error occurred when try to find container"), runtime/v2 shim handling ("shim
disconnected", "cleaning up after shim disconnected"), TaskOOM events, config loading ("failed to load TOML")
and the pkg/deprecation warning texts reported by `ctr deprecations list`.
"""

from training.templates.families._kit import CRIT, DEP, ERR, RES, SEC, SN, deck, logrus, maker
from training.values import register

register(
    {
        "ctrd_sbmeta": lambda r: (
            f"&PodSandboxMetadata{{Name:{r.choice(('web', 'api', 'worker', 'coredns'))}-"
            f"{r.randrange(10**4, 10**5)},Uid:{r.randrange(10**7, 10**8):x}-0000,"
            f"Namespace:{r.choice(('default', 'prod'))},"
            "Attempt:0,}"
        ),
    }
)

CTRD_DEP = (
    'The `mirrors` property of `[plugins.\\"io.containerd.grpc.v1.cri\\".registry]` is deprecated since containerd'
    " v1.5 and will be removed in containerd v2.1. Use `config_path` instead.",
    'The `configs` property of `[plugins.\\"io.containerd.grpc.v1.cri\\".registry]` is deprecated since containerd'
    " v1.5 and will be removed in containerd v2.1. Use `config_path` instead.",
    "Support for schema version 1 of container image manifests is deprecated since containerd v1.7 and will be"
    " removed in containerd v2.0. Use schema version 2 or an OCI image manifest instead.",
    'Config \\"version = 1\\" is deprecated since containerd v1.5 and will be removed in containerd v2.0. Use'
    ' \\"version = 2\\" instead.',
    'The \\"io.containerd.runtime.v1.linux\\" runtime is deprecated since containerd v1.4 and will be removed in'
    ' containerd v2.0. Use the \\"io.containerd.runc.v2\\" runtime instead.',
    'The `systemd_cgroup` property (old form) of `[plugins.\\"io.containerd.grpc.v1.cri\\"]` is deprecated since'
    " containerd v1.3 and will be removed in containerd v2.0. Use `SystemdCgroup` in"
    ' [plugins.\\"io.containerd.grpc.v1.cri\\".containerd.runtimes.runc.options] options instead.',
)

FAMILY = "containerd"
t = maker("containerd", sources="containerd", prefixes="none journal", proc="containerd")
lg = logrus

TEMPLATES = [
    t(
        SN,
        "starting",
        lg("info", "starting containerd", "revision={hex8} version={v1.7.13|v1.6.28|v2.0.0}"),
        lg("info", "serving...", "address=/run/containerd/containerd.sock"),
        lg("info", "containerd successfully booted in 0.0{n}s"),
        lg(
            "info",
            'loading plugin \\"io.containerd.snapshotter.v1.overlayfs\\"...',
            "type=io.containerd.snapshotter.v1",
        ),
    ),
    t(
        SN,
        "run_sandbox",
        lg("info", 'RunPodSandbox for {ctrd_sbmeta} returns sandbox id \\"{cid}\\"'),
        lg("info", 'StopPodSandbox for \\"{cid}\\" returns successfully'),
        lg("info", 'TearDown network for sandbox \\"{cid}\\" successfully'),
        lg("info", 'RemovePodSandbox \\"{cid}\\" returns successfully'),
    ),
    t(
        SN,
        "create_container",
        lg(
            "info",
            'CreateContainer within sandbox \\"{cid}\\" for &ContainerMetadata{{Name:{svc},Attempt:0,}} returns'
            ' container id \\"{cid2}\\"',
        ),
        lg("info", 'StartContainer for \\"{cid}\\"'),
        lg("info", 'StartContainer for \\"{cid}\\" returns successfully'),
        lg("info", 'StopContainer for \\"{cid}\\" with timeout 30 (s)'),
    ),
    t(
        SN,
        "pull_image",
        lg("info", 'PullImage \\"{image}\\"'),
        lg("info", 'PullImage \\"{image}\\" returns image reference \\"sha256:{cid}\\"'),
        lg(
            "info",
            'ImageCreate event name:\\"{image}\\" labels:{{key:\\"io.cri-containerd.image\\" value:\\"managed\\"}}',
        ),
        lg("info", "stop pulling image {image}: active requests=0, bytes read={num}"),
    ),
    t(
        SN,
        "shim",
        lg("info", "shim disconnected", "id={cid} namespace=k8s.io"),
        lg("info", "cleaning up after shim disconnected", "id={cid} namespace=k8s.io"),
        lg("info", "cleaning up dead shim", "namespace=k8s.io"),
        lg(
            "info",
            "connecting to shim {cid}",
            'address="unix:///run/containerd/s/{cid2}" namespace=k8s.io protocol=ttrpc version=3',
        ),
    ),
    t(
        SN,
        "gc",
        lg("info", "garbage collected", "d={ms}.{num}ms"),
        lg("info", "Start cri plugin with config {{PluginConfig:{{ContainerdConfig:{{Snapshotter:overlayfs}}}}}}"),
        lg("info", "Connect containerd service"),
        lg("info", "Start streaming server"),
    ),
    t(
        ERR,
        "sandbox_failed",
        lg(
            "error",
            "RunPodSandbox for {ctrd_sbmeta} failed, error",
            'error="failed to setup network for sandbox'
            ' \\"{cid}\\": plugin type=\\"calico\\" failed (add): stat /var/lib/calico/nodename: no such file or'
            ' directory: check that the calico/node container is running and has mounted /var/lib/calico/"',
        ),
        lg(
            "error",
            'StopPodSandbox for \\"{cid}\\" failed',
            'error="failed to destroy network for sandbox'
            ' \\"{cid}\\": plugin type=\\"cilium-cni\\" failed (delete): unable to connect to Cilium daemon"',
        ),
    ),
    t(
        ERR,
        "pull_failed",
        lg(
            "error",
            'PullImage \\"{image}\\" failed',
            'error="rpc error: code = NotFound desc = failed to pull and'
            ' unpack image \\"{image}\\": failed to resolve reference \\"{image}\\": {image}: not found"',
        ),
        lg(
            "error",
            'PullImage \\"{image}\\" failed',
            'error="failed to pull and unpack image \\"{image}\\": failed'
            ' to copy: httpReadSeeker: failed open: failed to do request: dial tcp {ip}:443: i/o timeout"',
        ),
    ),
    t(
        ERR,
        "container_errors",
        lg(
            "error",
            'ContainerStatus for \\"{cid}\\" failed',
            'error="rpc error: code = NotFound desc = an error'
            ' occurred when try to find container \\"{cid}\\": not found"',
        ),
        lg(
            "error",
            'ExecSync for \\"{cid}\\" failed',
            'error="rpc error: code = DeadlineExceeded desc = failed to'
            ' exec in container: timeout 1s exceeded: context deadline exceeded"',
        ),
        lg(
            "error",
            'StartContainer for \\"{cid}\\" failed',
            'error="failed to create containerd task: failed to'
            " create shim task: OCI runtime create failed: runc create failed: unable to start container process:"
            ' exec: \\"/app/server\\": permission denied: unknown"',
        ),
    ),
    t(
        ERR,
        "task_exit",
        lg(
            "error",
            'failed to handle container TaskExit event container_id:\\"{cid}\\" id:\\"{cid}\\" pid:{pid}'
            " exit_status:137",
            'error="failed to stop container: failed to delete task: context deadline exceeded: unknown"',
        ),
        lg(
            "warning",
            'cleanup warnings time=\\"{ts}\\" level=warning msg=\\"failed to remove runc container\\"'
            ' error=\\"runc did not terminate successfully: exit status 255\\"',
            "namespace=k8s.io",
        ),
    ),
    t(
        CRIT,
        "config_failed",
        'containerd: failed to load TOML from /etc/containerd/config.toml: invalid plugin key URI "cri" expect'
        " io.containerd.x.vx",
        lg("fatal", "failed to load TOML: /etc/containerd/config.toml: (10, 5): duplicated tables"),
        lg(
            "warning",
            "failed to load plugin io.containerd.grpc.v1.cri",
            'error="invalid plugin config: `mirrors` cannot be set when `config_path` is provided"',
        ),
        sev="crit",
    ),
    t(
        CRIT,
        "panic",
        "panic: runtime error: invalid memory address or nil pointer dereference",
        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x{hex8}]",
        lg(
            "fatal",
            "failed to recover state",
            'error="failed to get metadata for stored sandbox \\"{cid}\\": bolt: database not open"',
        ),
        sev="crit",
    ),
    t(
        CRIT,
        "socket",
        lg(
            "fatal",
            "Failed to run CRI service",
            'error="failed to recover state: failed to reserve sandbox name \\"{svc}\\": name is reserved"',
        ),
        "containerd: failed to get listener for main endpoint: chmod /run/containerd/containerd.sock: operation not"
        " permitted",
        sev="crit",
    ),
    t(
        SEC,
        "registry_auth",
        lg(
            "error",
            'PullImage \\"{image}\\" failed',
            'error="failed to pull and unpack image \\"{image}\\": failed to'
            ' resolve reference \\"{image}\\": failed to authorize: failed to fetch anonymous token: unexpected status'
            ' from GET request to https://{domain}/token?scope=repository%3A{svc}%3Apull: 401 Unauthorized"',
        ),
        lg(
            "error",
            'PullImage \\"{image}\\" failed',
            'error="pull access denied, repository does not exist or may'
            ' require authorization: server message: insufficient_scope: authorization failed"',
        ),
    ),
    t(
        RES,
        "oom",
        lg("info", 'TaskOOM event container_id:\\"{cid}\\"'),
        lg("info", "TaskOOM event &TaskOOM{{ContainerID:{cid},XXX_unrecognized:[],}}"),
    ),
    t(
        ERR,
        "disk",
        lg(
            "error",
            'PullImage \\"{image}\\" failed',
            'error="failed to pull and unpack image \\"{image}\\": failed to extract layer sha256:{cid}: write'
            " /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/{n}/fs/usr/lib/libx.so: no space"
            ' left on device: unknown"',
        ),
        lg(
            "error",
            'StartContainer for \\"{cid}\\" failed',
            'error="failed to create containerd task: failed to create shim task: write /run/containerd/'
            'io.containerd.runtime.v2.task/k8s.io/{cid}/config.json: no space left on device: unknown"',
        ),
    ),
    *deck(t, DEP, "deprecation", tuple(logrus("warning", o) for o in CTRD_DEP)),
    t(
        DEP,
        "deprecation_list",
        "io.containerd.deprecation/cri-registry-mirrors  The `mirrors` property of"
        ' `[plugins."io.containerd.grpc.v1.cri".registry]` is deprecated since containerd v1.5 and will be removed'
        " in containerd v2.1. Use `config_path` instead.  {ts}",
        "io.containerd.deprecation/pull-schema-1-image  Support for schema version 1 of container image manifests is"
        " deprecated since containerd v1.7 and will be removed in containerd v2.0.  {ts}",
        prefixes="none",
    ),
    t(
        SN,
        "remove_image",
        lg("info", 'RemoveImage \\"{image}\\"'),
        lg("info", 'RemoveImage \\"{image}\\" returns successfully'),
        lg("info", 'ImageDelete event name:\\"{image}\\"'),
    ),
    t(
        ERR,
        "remove_failed",
        lg(
            "error",
            'RemoveContainer for \\"{cid}\\" failed',
            'error="failed to set removing state for container \\"{cid}\\": container is already in removing state"',
        ),
        lg("error", "collecting metrics for {cid}", 'error="cgroups: cgroup deleted: unknown"'),
    ),
]
