"""Argo CD application controller and API server logs (the `ci` family, continued): reconciliation, sync and health
status transitions, manifest generation errors, gRPC authentication failures and webhook deliveries.

Sources: argo-cd controller/appcontroller.go ("Reconciliation completed", "Updated sync status:", "Updated health
status:", "Initiated automated sync to"), the grpc-ecosystem logging interceptor fields, server/webhook.
"""

from training.templates.families._kit import ERR, HTTP, SEC, SN, logrus
from training.templates.families.ci import ARGO, t

FAMILY = "ci"

TEMPLATES = [
    t(
        SN,
        "argocd.reconcile",
        logrus(
            "info",
            "Reconciliation completed",
            "application={ci_app} dedup_ms=0 dest-name= dest-namespace={ns}"
            " dest-server=https://kubernetes.default.svc fields.level={small} patch_ms=0 setop_ms=0 time_ms={ms}",
        ),
        logrus("info", "Updated sync status: OutOfSync -> Synced", "application={ci_app} dest-namespace={ns}"),
        logrus("info", "Updated health status: Progressing -> Healthy", "application={ci_app}"),
        logrus("info", "Initiated automated sync to '{sha}'", "application={ci_app}"),
        sources=ARGO,
        prefixes="none",
    ),
    t(
        ERR,
        "argocd.sync_failed",
        logrus("info", "Updated health status: Healthy -> Degraded", "application={ci_app}"),
        logrus(
            "warning",
            "Sync operation to {sha} failed: one or more objects failed to apply, reason: Deployment.apps"
            ' \\"{svc}\\" is invalid: spec.template.spec.containers[0].image: Required value',
            "application={ci_app}",
        ),
        logrus(
            "error",
            "ComparisonError: Failed to load target state: failed to generate manifest for source 1 of 1:"
            " rpc error: code = Unknown desc = Manifest generation error (cached): `helm template .` failed exit"
            " status 1: Error: template: {svc}/templates/deployment.yaml:12:20: executing",
            "application={ci_app}",
        ),
        sources=ARGO,
        prefixes="none",
    ),
    t(
        SEC,
        "argocd.unauthenticated",
        logrus(
            "warning",
            "finished unary call with code Unauthenticated",
            'error="rpc error: code = Unauthenticated desc ='
            ' Invalid username or password" grpc.code=Unauthenticated grpc.method=Create grpc.service=session.'
            'SessionService grpc.start_time=\\"{ts}\\" span.kind=server system=grpc',
        ),
        logrus(
            "warning",
            "finished unary call with code PermissionDenied",
            'error="rpc error: code = PermissionDenied'
            ' desc = permission denied: applications, sync, {ci_app}, sub: {user}" grpc.code=PermissionDenied',
        ),
        sources=ARGO,
        prefixes="none",
    ),
    t(
        HTTP,
        "argocd_webhook",
        '{ip} - - [{clf}] "POST /api/webhook HTTP/1.1" {status} {size} "-" "GitHub-Hookshot/{hex8}"',
        '{ip} - - [{clf}] "POST /api/webhook HTTP/1.1" {status} {size} "-" "GitLab/16.8.1"',
        sources=ARGO,
        prefixes="none",
    ),
]
