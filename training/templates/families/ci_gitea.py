"""Gitea and Forgejo (the `ci` family, continued): sign-ins their web and API handlers refused, and the ones they
let in.

Phrasings follow routers/web/auth/auth.go and webauthn.go (log.Info("Failed authentication attempt for %s from %s:
%v", ...) with the errors "user does not exist [uid: %d, name: %s]" and "user's password is invalid [uid: %d, name:
%s]", and "Failed authentication attempt for %s from %s" for prohibited or inactive accounts) in Gitea's router
log layout.
"""

from training.templates.families._kit import SEC, maker

FAMILY = "ci"
t = maker("ci", sources="gitea forgejo", prefixes="none gostd", logger="routers/web/auth")
_HDR = "{gdate} .../web/auth/auth.go:{n}:SignInPost() [I] "

TEMPLATES = [
    t(
        SEC,
        "gitea.failed_auth",
        _HDR + "Failed authentication attempt for {user} from {ip}:{port}: user does not exist [uid: 0, name: {user}]",
        _HDR + "Failed authentication attempt for {user} from {ip}:{port}: user's password is invalid [uid: {small}, "
        "name: {user}]",
        "Failed authentication attempt for {user} from {ip}:{port}: user's password is invalid [uid: {small}, "
        "name: {user}]",
    ),
    t(
        SEC,
        "gitea.prohibited_login",
        _HDR + "Failed authentication attempt for {user} from {ip}:{port}",
        "Failed authentication attempt for {user} from {ip}:{port}",
    ),
]
