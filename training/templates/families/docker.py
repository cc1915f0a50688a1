"""Docker Engine (dockerd 20-26), the docker CLI's own messages, Compose v2 warnings and the registry
(distribution) access log.

Phrasings follow moby/moby sources: cmd/dockerd ("Starting up", "API listen on", "Daemon has completed
initialization", "failed to start daemon: ..."), daemon/ ("Loading containers: start.", "Container failed to
exit within 10s of signal 15 - using the force", "ignoring event"), api/server ("Handler for POST ... returned
error: ..."), distribution/ ("Not continuing with pull after error", the schema-1 [DEPRECATION NOTICE]),
the storage-driver deprecation warnings, authz plugin denials, docker/cli ("Login Succeeded", "Removing login
credentials for", the legacy-builder DEPRECATED note), docker/compose ("the attribute `version` is obsolete")
and the distribution registry's combined access log.
"""

from training.templates.families._kit import CRIT, DEP, ERR, HTTP, RES, SEC, SN, UA, logrus, maker

FAMILY = "docker"
t = maker("docker", sources="dockerd docker", prefixes="none journal syslog", proc="dockerd")
lg = logrus

TEMPLATES = [
    t(
        SN,
        "startup",
        lg("info", "Starting up"),
        lg("info", "Daemon has completed initialization"),
        lg("info", "Docker daemon", "commit={hex8} containerd-snapshotter=false storage-driver=overlay2 version={ver}"),
    ),
    t(
        SN,
        "containers_load",
        lg("info", "Loading containers: start."),
        lg("info", "Loading containers: done."),
        lg(
            "info",
            "Default bridge (docker0) is assigned with an IP address 172.17.0.0/16. Daemon option --bip can be"
            " used to set a preferred IP address",
        ),
    ),
    t(
        SN,
        "shutdown",
        lg("info", "Processing signal 'terminated'"),
        lg(
            "info",
            "stopping event stream following graceful shutdown",
            'error="<nil>" module=libcontainerd namespace=moby',
        ),
        lg("info", "Daemon shutdown complete"),
    ),
    t(
        SN,
        "events",
        lg(
            "info",
            "ignoring event",
            'container={cid} module=libcontainerd namespace=moby topic=/tasks/delete type="*events.TaskDelete"',
        ),
        lg("info", "shim disconnected", "id={cid} namespace=moby"),
        lg("info", "Layer sha256:{cid} cleaned up"),
    ),
    t(
        SN,
        "pull",
        "{latest|1.25|7.2|16}: Pulling from library/{nginx|redis|postgres|python}",
        "Digest: sha256:{cid}",
        "Status: Downloaded newer image for {image}",
        "Status: Image is up to date for {image}",
        sources="docker",
    ),
    t(
        SN,
        "prune",
        "Total reclaimed space: {n}.{small}GB",
        "Deleted Images: untagged: {image}",
        "Deleted build cache objects: {hex24}",
        sources="docker",
    ),
    t(
        ERR,
        "handler_error",
        lg(
            "error",
            "Handler for POST /v1.{n}/containers/{hex12}/start returned error: driver failed programming"
            " external connectivity on endpoint {svc} ({cid}): Bind for 0.0.0.0:{port} failed: port is already"
            " allocated",
        ),
        lg("error", "Handler for GET /v1.{n}/containers/{hex12}/json returned error: No such container: {hex12}"),
        lg("error", "Handler for POST /v1.{n}/exec/{cid}/start returned error: Container {cid} is not running"),
    ),
    t(
        ERR,
        "pull_failed",
        lg(
            "error",
            "Not continuing with pull after error: error pulling image configuration: download failed after"
            " attempts=6: dial tcp: lookup registry-1.docker.io: no such host",
        ),
        'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting'
        " for connection (Client.Timeout exceeded while awaiting headers)",
        "Error response from daemon: manifest for {image} not found: manifest unknown: manifest unknown",
    ),
    t(
        ERR,
        "container_stop",
        lg("info", "Container failed to exit within 10s of signal 15 - using the force", "container={cid}"),
        lg(
            "error",
            "failed to exit within 10s of kill - trying direct SIGKILL",
            'container={cid} error="context deadline exceeded"',
        ),
        lg("warning", "cleaning up after shim disconnected", "id={cid} namespace=moby"),
    ),
    t(
        ERR,
        "run_failed",
        "docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI"
        ' runtime create failed: runc create failed: unable to start container process: exec: "{svc}": executable'
        " file not found in $PATH: unknown.",
        'Error response from daemon: Conflict. The container name "/{svc}" is already in use by container'
        ' "{cid}". You have to remove (or rename) that container to be able to reuse that name.',
        lg("error", "copy shim log", 'error="read /proc/self/fd/{n}: file already closed"'),
    ),
    t(
        ERR,
        "network",
        lg(
            "error",
            "failed to allocate and map port {port}-{port}: Bind for 0.0.0.0:{port} failed: port is already allocated",
        ),
        lg("warning", "Failed to delete conntrack state for {ip}: invalid argument"),
        "Error response from daemon: network {svc}_default not found",
    ),
    t(
        CRIT,
        "start_failed",
        "failed to start daemon: error initializing graphdriver: driver not supported: overlay2",
        "failed to start daemon: Error initializing network controller: error obtaining controller instance: failed to"
        " create NAT chain DOCKER: iptables failed: iptables -t nat -N DOCKER: iptables v1.8.9 (nf_tables): Could not"
        " fetch rule set generation id: Invalid argument",
        "failed to start daemon: pid file found, ensure docker is not running or delete /var/run/docker.pid",
        sev="crit",
    ),
    t(
        CRIT,
        "config_invalid",
        "unable to configure the Docker daemon with file /etc/docker/daemon.json: invalid character '}}' looking for"
        " beginning of object key string",
        "unable to configure the Docker daemon with file /etc/docker/daemon.json: the following directives are"
        " specified both as a flag and in the configuration file: hosts",
        sev="crit",
    ),
    t(
        CRIT,
        "containerd_down",
        "failed to start containerd: timeout waiting for containerd to start",
        lg(
            "fatal",
            "failed to connect to containerd",
            'error="failed to dial \\"/run/containerd/containerd.sock\\": context deadline exceeded"',
        ),
        "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
        sev="crit",
    ),
    t(
        SEC,
        "pull_denied",
        "Error response from daemon: pull access denied for {svc}, repository does not exist or may require 'docker"
        " login': denied: requested access to the resource is denied",
        lg("error", "Not continuing with pull after error: denied: requested access to the resource is denied"),
        "denied: requested access to the resource is denied",
    ),
    t(
        SEC,
        "login_failed",
        'Error response from daemon: Get "https://{domain}/v2/": unauthorized: incorrect username or password',
        "Error response from daemon: login attempt to https://{domain}/v2/ failed with status: 401 Unauthorized",
        sources="docker",
    ),
    t(
        SEC,
        "authz_denied",
        "Error response from daemon: authorization denied by plugin opa-docker-authz: request rejected by"
        " administrative"
        " policy",
        lg(
            "error",
            "AuthZRequest for POST /v1.{n}/containers/create returned error: authorization denied by plugin"
            " {opa-docker-authz|casbin-authz-plugin}: privileged containers are not allowed",
        ),
    ),
    t(
        SEC,
        "insecure_api",
        lg(
            "warning",
            "Binding to IP address without --tlsverify is insecure and gives root access on this machine to"
            " everyone who has access to your network.",
            'host="tcp://0.0.0.0:2375"',
        ),
        lg(
            "warning",
            "[!] DON'T BIND ON ANY IP ADDRESS WITHOUT setting --tlsverify IF YOU DON'T KNOW WHAT YOU'RE DOING [!]",
        ),
    ),
    t(
        UA,
        "login",
        "Login Succeeded",
        "Removing login credentials for https://index.docker.io/v1/",
        "Removing login credentials for {domain}",
        sources="docker",
    ),
    t(
        ERR,
        "no_space",
        "failed to register layer: write /usr/lib/x86_64-linux-gnu/libLLVM-{n}.so.1: no space left on device",
        lg(
            "error", "Error writing log: write /var/lib/docker/containers/{cid}/{cid}-json.log: no space left on device"
        ),
        "Error response from daemon: mkdir /var/lib/docker/overlay2/{cid}-init: no space left on device",
    ),
    t(
        RES,
        "memory",
        "WARNING: No swap limit support",
        "Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without"
        " swap.",
        "{date}T{hour}:00.000000000Z container oom {cid} (image={image}, name={svc})",
    ),
    t(
        RES,
        "stats",
        "{hex12}   {svc}   {pctf}%   {mb}MiB / {gb}GiB   {pctf}%   {mb}kB / {mb}kB   0B / 0B   {n}",
        "Images  {n}  {small}  {gb}.{small}GB  {gb}.{small}GB ({pct}%)",
        sources="docker",
    ),
    t(
        DEP,
        "schema1",
        "[DEPRECATION NOTICE] Docker Image Format v1 and Docker Image manifest version 2, schema 1 support is"
        " disabled by"
        " default and will be removed in an upcoming release. Suggest the author of {image} to upgrade the image to the"
        " OCI Format or Docker Image manifest v2, schema 2. More information at"
        " https://docs.docker.com/go/deprecated-image-specs/",
        lg(
            "warning",
            "[DEPRECATION NOTICE] Docker Image Format v1, and Docker Image manifest version 2, schema 1 support"
            " will be removed in an upcoming release. Suggest the author of {image} to upgrade the image to the OCI"
            " Format, or Docker Image manifest v2, schema 2.",
        ),
    ),
    t(
        DEP,
        "storage_driver",
        lg(
            "warning",
            "[graphdriver] WARNING: the devicemapper storage-driver is deprecated and will be removed in a"
            " future release; visit https://docs.docker.com/go/storage-driver/ for more information",
        ),
        lg(
            "warning",
            "[graphdriver] WARNING: the overlay storage-driver is deprecated, and will be removed in a future release.",
        ),
    ),
    t(
        DEP,
        "legacy_builder",
        "DEPRECATED: The legacy builder is deprecated and will be removed in a future release. Install the buildx"
        " component to build images with BuildKit: https://docs.docker.com/go/buildx/",
        "DEPRECATED: The legacy builder is deprecated and will be removed in a future release. BuildKit is currently"
        " disabled; enable it by removing the DOCKER_BUILDKIT=0 environment-variable.",
        sources="docker",
    ),
    t(
        DEP,
        "compose_version",
        "WARN[0000] /srv/{svc}/docker-compose.yml: the attribute `version` is obsolete, it will be ignored, please"
        " remove"
        " it to avoid potential confusion",
        "WARN[0000] /home/{user}/app/compose.yaml: `version` is obsolete",
        sources="docker-compose",
    ),
    t(
        DEP,
        "daemon_options",
        lg("warning", 'The "graph" config file option is deprecated. Please use "data-root" instead.'),
        lg(
            "warning",
            "The --cluster-store and --cluster-advertise daemon options are deprecated and will be removed"
            " in the next release",
        ),
    ),
    t(
        HTTP,
        "registry_access",
        '{ip} - - [{clf}] "GET /v2/ HTTP/1.1" {status} {size} "" "docker/{ver} go/go1.21.6 git-commit/{hex8} os/linux'
        ' arch/amd64 UpstreamClient(Docker-Client/{ver} \\(linux\\))"',
        '{ip} - - [{clf}] "HEAD /v2/{svc}/manifests/{ver} HTTP/1.1" {status} {size} "" "containerd/v1.7.13"',
        '{ip} - - [{clf}] "PUT /v2/{svc}/blobs/uploads/{uuid}?digest=sha256%3A{cid} HTTP/1.1" {status} 0 ""'
        ' "docker/{ver} go/go1.21.6"',
        sources="registry",
        prefixes="none",
    ),
    t(
        HTTP,
        "registry_json",
        'level=info msg="response completed" go.version=go1.20.8 http.request.host="{domain}" http.request.id={uuid}'
        ' http.request.method={GET|HEAD|PUT} http.request.remoteaddr={ip} http.request.uri="/v2/{svc}/manifests/'
        '{ver}" http.response.duration={ms}.{small}ms http.response.status={status} http.response.written={size}',
        'level=info msg="response completed" go.version=go1.20.8 http.request.host="{domain}" http.request.method=GET'
        ' http.request.remoteaddr={ip} http.request.uri="/v2/{svc}/blobs/sha256:{cid}"'
        ' http.response.contenttype="application/octet-stream" http.response.status={status}'
        " http.response.written={size}",
        sources="registry",
        prefixes="none",
    ),
]
