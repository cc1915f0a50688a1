"""TLS and mutual TLS on the gRPC port, with certificates made at test time (a throwaway CA)."""

from __future__ import annotations

import datetime
import ipaddress
import json
from dataclasses import dataclass
from pathlib import Path

import grpc
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from logtriage.v1 import classifier_service_pb2 as pb
from logtriage.v1 import classifier_service_pb2_grpc as pb_grpc

from ..service_helpers import start_ready

SSH_FAIL = "Failed password for root from 203.0.113.9 port 52211 ssh2"


@dataclass(frozen=True)
class Pki:
    ca: Path
    server_cert: Path
    server_key: Path
    client_cert: Path
    client_key: Path
    stranger_cert: Path  # signed by another CA
    stranger_key: Path


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _issue(
    subject: str,
    key: ec.EllipticCurvePrivateKey,
    issuer: tuple[x509.Name, ec.EllipticCurvePrivateKey] | None,
    *,
    ca: bool = False,
    usage: x509.ObjectIdentifier | None = None,
) -> x509.Certificate:
    now = datetime.datetime.now(datetime.UTC)
    issuer_name, issuer_key = issuer or (_name(subject), key)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if usage is not None:
        builder = builder.add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
    if usage == ExtendedKeyUsageOID.SERVER_AUTH:
        san = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
        builder = builder.add_extension(x509.SubjectAlternativeName(san), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def _write(directory: Path, name: str, cert: x509.Certificate, key: ec.EllipticCurvePrivateKey) -> tuple[Path, Path]:
    cert_path, key_path = directory / f"{name}.pem", directory / f"{name}-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    key_path.chmod(0o600)
    return cert_path, key_path


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    directory = tmp_path_factory.mktemp("pki")
    ca_key, other_ca_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = _issue("logtriage test CA", ca_key, None, ca=True)
    other_ca = _issue("some other CA", other_ca_key, None, ca=True)
    keys = {name: ec.generate_private_key(ec.SECP256R1()) for name in ("server", "client", "stranger")}
    server = _issue("localhost", keys["server"], (ca.subject, ca_key), usage=ExtendedKeyUsageOID.SERVER_AUTH)
    client = _issue("bridge-1", keys["client"], (ca.subject, ca_key), usage=ExtendedKeyUsageOID.CLIENT_AUTH)
    stranger = _issue(
        "stranger", keys["stranger"], (other_ca.subject, other_ca_key), usage=ExtendedKeyUsageOID.CLIENT_AUTH
    )
    ca_path = directory / "ca.pem"
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return Pki(
        ca_path,
        *_write(directory, "server", server, keys["server"]),
        *_write(directory, "client", client, keys["client"]),
        *_write(directory, "stranger", stranger, keys["stranger"]),
    )


def classify(channel: grpc.Channel) -> pb.Classification:
    stub = pb_grpc.ClassifierServiceStub(channel)
    request = pb.ClassifyRequest(record=pb.LogRecord(source="sshd", message=SSH_FAIL))
    return stub.Classify(request, timeout=10).classification


def credentials(pki: Pki, cert: Path | None = None, key: Path | None = None) -> grpc.ChannelCredentials:
    return grpc.ssl_channel_credentials(
        pki.ca.read_bytes(), key.read_bytes() if key else None, cert.read_bytes() if cert else None
    )


def refused(channel: grpc.Channel) -> grpc.StatusCode:
    with pytest.raises(grpc.RpcError) as err:
        classify(channel)
    return err.value.code()


def test_tls_serves_verified_clients_and_refuses_plaintext(tmp_path: Path, pki: Pki) -> None:
    daemon, notify = start_ready(
        tmp_path, "--server-tls-cert", str(pki.server_cert), "--server-tls-key", str(pki.server_key)
    )
    try:
        with grpc.secure_channel(daemon.address, credentials(pki)) as channel:
            assert classify(channel).label == "Security Alert"
        with grpc.insecure_channel(daemon.address) as channel:
            assert refused(channel) == grpc.StatusCode.UNAVAILABLE
        # a client that trusts another CA does not accept the server
        other = grpc.ssl_channel_credentials(pki.stranger_cert.read_bytes())
        with grpc.secure_channel(daemon.address, other) as channel:
            assert refused(channel) == grpc.StatusCode.UNAVAILABLE
        assert '"tls": true' in daemon.log_with('"tls": true')
        # gRPC's own lines about the failed handshakes are kept, inside the JSON log
        lines = [line for line in daemon.log_with('"grpc_native"').splitlines() if line.strip()]
        assert all(line.startswith("{") for line in lines), [line for line in lines if not line.startswith("{")][:3]
        native = [json.loads(line) for line in lines if '"grpc_native"' in line]
        assert any("andshake" in entry["message"] or "SSL" in entry["message"] for entry in native), native[:3]
    finally:
        daemon.stop()
        notify.close()


def test_mutual_tls_needs_a_client_certificate_from_the_ca(tmp_path: Path, pki: Pki) -> None:
    daemon, notify = start_ready(
        tmp_path,
        "--server-tls-cert",
        str(pki.server_cert),
        "--server-tls-key",
        str(pki.server_key),
        "--server-tls-client-ca",
        str(pki.ca),
    )
    try:
        with grpc.secure_channel(daemon.address, credentials(pki, pki.client_cert, pki.client_key)) as channel:
            assert classify(channel).rule_id == "sshd-failed-password"
        with grpc.secure_channel(daemon.address, credentials(pki)) as channel:  # no client certificate
            assert refused(channel) == grpc.StatusCode.UNAVAILABLE
        with grpc.secure_channel(daemon.address, credentials(pki, pki.stranger_cert, pki.stranger_key)) as channel:
            assert refused(channel) == grpc.StatusCode.UNAVAILABLE
        with grpc.insecure_channel(daemon.address) as channel:
            assert refused(channel) == grpc.StatusCode.UNAVAILABLE
    finally:
        daemon.stop()
        notify.close()
