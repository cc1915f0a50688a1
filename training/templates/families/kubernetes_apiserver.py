"""Kubernetes kube-apiserver logs (the `kubernetes` family, continued): the httplog access lines, authentication and
RBAC denials, PodSecurity rejections, the audit.k8s.io/v1 Event JSON and the deprecated-API warnings.

Sources as in `kubernetes.py` (staging/src/k8s.io/apiserver httplog and authentication, the audit Event schema,
the warning headers "... is deprecated in v1.xx+, unavailable in v1.yy+").
"""

from training.templates.families._kit import CRIT, DEP, ERR, HTTP, SEC, SN, UA
from training.templates.families.kubernetes import API, t

FAMILY = "kubernetes"

TEMPLATES = [
    t(
        SN,
        "apiserver.serving",
        '"Serving securely on [::]:6443"',
        '"Adding GroupVersion" group="apps" version="v1" resource="deployments"',
        '"quota admission added evaluator for"'
        ' resource="{deployments.apps|replicasets.apps|endpoints|serviceaccounts}"',
        sources=API,
        proc=API,
    ),
    t(
        ERR,
        "apiserver.etcd_timeout",
        '"Unhandled Error" err="an error on the server (\\"unable to decode an event from the watch stream: context'
        ' canceled\\") has prevented the request from succeeding"',
        '"Failed to update lock" err="etcdserver: request timed out"',
        "E{small}{small}{small} apiserver received an error that is not an metav1.Status: rpctypes.EtcdError{{code:0xe,"
        ' desc:"etcdserver: request timed out"}}: etcdserver: request timed out',
        sources=API,
        proc=API,
        prefixes="klog none",
    ),
    t(
        CRIT,
        "apiserver.fatal",
        "Error: unable to load server certificate: open /etc/kubernetes/pki/apiserver.crt: no such file or directory",
        '"Unable to create storage backend" config="(&{{ /registry {{[https://{ip}:2379]}} ...}})" err="context'
        ' deadline exceeded"',
        "F{small}{small}{small} instance.go:{num}] Error creating leases: error creating storage factory: context"
        " deadline exceeded",
        sources=API,
        proc=API,
        prefixes="klog none",
    ),
    t(
        SEC,
        "apiserver.authn",
        '"Unable to authenticate the request" err="[invalid bearer token, service account token has expired]"',
        '"Unable to authenticate the request" err="[x509: certificate signed by unknown authority, verifying'
        ' certificate SN={num}, SKID=, AKID= failed: x509: certificate signed by unknown authority]"',
        '"Unable to authenticate the request" err="[invalid bearer token, square/go-jose: error in cryptographic'
        ' primitive]"',
        sources=API,
        proc=API,
    ),
    t(
        SEC,
        "audit.forbidden",
        '{{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"{uuid}",'
        '"stage":"ResponseComplete",'
        '"requestURI":"/api/v1/namespaces/kube-system/secrets","verb":"list",'
        '"user":{{"username":"system:serviceaccount:'
        '{ns}:{svc}"}},"sourceIPs":["{ip}"],"responseStatus":{{"metadata":{{}},"status":"Failure","reason":"Forbidden",'
        '"code":403}}}}',
        '{{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"{uuid}",'
        '"stage":"ResponseComplete",'
        '"requestURI":"/api/v1/nodes","verb":"get","user":{{"username":"system:anonymous","groups":["system:'
        'unauthenticated"]}},"sourceIPs":["{pip}"],"responseStatus":{{"status":"Failure","reason":"Forbidden",'
        '"code":403}}}}',
        sources="kube-apiserver-audit",
        prefixes="none",
    ),
    t(
        SEC,
        "rbac_denied",
        'pods is forbidden: User "system:anonymous" cannot list resource "pods" in API group "" in the namespace'
        ' "{ns}"',
        'secrets "{svc}-token" is forbidden: User "{email}" cannot get resource "secrets" in API group "" in the'
        ' namespace "{ns}"',
        'clusterroles.rbac.authorization.k8s.io is forbidden: User "system:serviceaccount:{ns}:{svc}" cannot create'
        ' resource "clusterroles" in API group "rbac.authorization.k8s.io" at the cluster scope',
        sources=API,
        proc=API,
        prefixes="klog json none",
    ),
    t(
        SEC,
        "exec_privileged",
        '{{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"RequestResponse","verb":"create",'
        '"requestURI":"/api/v1/'
        'namespaces/{ns}/pods/{pod}/exec?command=%2Fbin%2Fsh&stdin=true&tty=true","user":{{"username":"{email}"}},'
        '"sourceIPs":["{pip}"],"annotations":{{"authorization.k8s.io/decision":"forbid","authorization.k8s.io/reason":'
        '""}}}}',
        '"Error creating: pods \\"{pod}\\" is forbidden: violates PodSecurity \\"restricted:latest\\": privileged'
        ' (container \\"{svc}\\" must not set securityContext.privileged=true)"',
        sources="kube-apiserver-audit",
        prefixes="none klog",
    ),
    t(
        UA,
        "audit.sa_created",
        '{{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"{uuid}",'
        '"stage":"ResponseComplete",'
        '"requestURI":"/api/v1/namespaces/{ns}/serviceaccounts","verb":"create","user":{{"username":"{email}"}},'
        '"objectRef":{{"resource":"serviceaccounts","namespace":"{ns}","name":"{svc}"}},'
        '"responseStatus":{{"code":201}}}}',
        '{{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"{uuid}",'
        '"stage":"ResponseComplete",'
        '"requestURI":"/api/v1/namespaces/{ns}/serviceaccounts/{svc}","verb":"delete","user":{{"username":"{email}"}},'
        '"objectRef":{{"resource":"serviceaccounts","namespace":"{ns}","name":"{svc}"}},'
        '"responseStatus":{{"code":200}}}}',
        sources="kube-apiserver-audit",
        prefixes="none",
    ),
    t(
        DEP,
        "api_warning",
        "Warning: {k8s_dep}",
        "W{small}{small}{small} warnings.go:70] {k8s_dep}",
        sources="kubectl kube-apiserver",
        prefixes="none",
    ),
    t(
        DEP,
        "audit_deprecated",
        '{{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","verb":"list","requestURI":"/apis/policy/'
        'v1beta1/podsecuritypolicies","annotations":{{"k8s.io/deprecated":"true","k8s.io/removed-release":"1.25"}}}}',
        '{{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","verb":"get","requestURI":"/apis/batch/'
        'v1beta1/namespaces/{ns}/cronjobs","annotations":{{"k8s.io/deprecated":"true",'
        '"k8s.io/removed-release":"1.25"}}}}',
        sources="kube-apiserver-audit",
        prefixes="none",
    ),
    t(
        HTTP,
        "apiserver.httplog",
        '"HTTP" verb="{GET|LIST|WATCH|PATCH|POST}" URI="{k8s_uri}" latency="{latency}" userAgent="{k8s_ua}"'
        ' audit-ID="{uuid}" srcIP="{ip}:{port}" resp={status}',
        '"HTTP" verb="GET" URI="{k8s_uri}" latency="{latency}" userAgent="{k8s_ua}" audit-ID="{uuid}"'
        ' srcIP="{ip}:{port}"'
        ' apf_pl="workload-low" apf_fs="service-accounts" resp={status}',
        sources=API,
        proc=API,
    ),
    t(
        HTTP,
        "apiserver.legacy_httplog",
        "{method} {k8s_uri}: ({latency}) {status} [{k8s_ua} {ip}:{port}]",
        "{method} {k8s_uri}: ({latency}) {status} [[{k8s_ua}] {ip}:{port}]",
        sources=API,
        proc=API,
    ),
]
