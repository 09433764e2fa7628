"""HTTPS feeds: a mirror whose certificate comes from an organisation's own CA (made here with
`cryptography`, served by a real nginx on loopback) is refused in one sentence until its CA is
given with FIELDKIT_CA_FILE or --ca-file; then the sync works."""

from __future__ import annotations

import datetime as dt
import ipaddress
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from fieldkit.cli import main
from fieldkit.packs.errors import FetchError
from fieldkit.packs.feed import add_packs, write_root
from fieldkit.packs.fetch import CA_FILE_ENV, FetchPolicy, HttpSource, tls_context
from fieldkit.packs.install import installed_packs
from fieldkit.packs.signing import SigningKey
from fieldkit.packs.sync import sync_source

from .conftest import pointer_bytes
from .nginx import NGINX, Nginx, start_nginx

pytestmark = pytest.mark.skipif(NGINX is None, reason="nginx is not installed")
FAST = FetchPolicy(connect_timeout=2, read_timeout=5, attempts=2, backoff=0.01)


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def make_ca_and_server_cert(folder: Path) -> dict[str, Path]:
    """A CA certificate, and a certificate for 127.0.0.1 that it signed."""
    now = dt.datetime.now(dt.UTC)
    start, end = now - dt.timedelta(days=1), now + dt.timedelta(days=30)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "FieldKit test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(start).not_valid_after(end)
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                       False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(ca_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .sign(ca_key, hashes.SHA256()))
    out = {"ca": folder / "ca.pem", "cert": folder / "server.pem", "key": folder / "server.key"}
    out["ca"].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    out["cert"].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    out["key"].write_bytes(_pem_key(key))
    out["key"].chmod(0o600)
    return out


@pytest.fixture(scope="module")
def https(tmp_path_factory: pytest.TempPathFactory, publisher: SigningKey,
          packs: dict[str, Path]) -> Iterator[tuple[Nginx, dict[str, Path]]]:
    base = tmp_path_factory.mktemp("tls")
    feed = base / "www"
    write_root(feed, [publisher.public], 1, [publisher])
    add_packs(feed, [packs["regional-3"]], publisher)
    certs = make_ca_and_server_cert(base)
    server = start_nginx(feed, base / "nginx", tls=(certs["cert"], certs["key"]))
    yield server, {**certs, "root": feed / "root.json"}
    server.stop()


@pytest.fixture
def device(tmp_path: Path, https, monkeypatch: pytest.MonkeyPatch,
           shared_library_path: Path) -> Path:
    monkeypatch.setenv("FIELDKIT_LIBRARY", str(shared_library_path))
    monkeypatch.delenv(CA_FILE_ENV, raising=False)
    folder = tmp_path / "device"
    assert main(["trust", "add", str(https[1]["root"]), "--data-dir", str(folder)]) == 0
    return folder


def test_an_unknown_ca_is_refused_in_one_sentence(device: Path, https, capsys) -> None:
    server, _certs = https
    capsys.readouterr()
    assert main(["sync", server.url("feed"), "--all", "--data-dir", str(device)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fieldkit: error: ") and err.count("\n") == 1
    assert "not signed by an authority this device trusts" in err and CA_FILE_ENV in err
    assert "Traceback" not in err
    assert pointer_bytes(device) is None
    # refused at once: a certificate that does not verify is not retried
    with pytest.raises(FetchError, match="not signed by an authority") as caught:
        sync_source(device, HttpSource(server.url("feed"), FAST), take_all=True)
    # its own code, so the GUI says its own advice (the CA setting), not the CLI's
    assert caught.value.code == "sync.untrusted_certificate"
    assert caught.value.fields == {"source": server.url("feed")}


def test_fieldkit_ca_file_makes_the_https_sync_work(device: Path, https,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    server, certs = https
    monkeypatch.setenv(CA_FILE_ENV, str(certs["ca"]))
    assert main(["sync", server.url("feed"), "--all", "--data-dir", str(device)]) == 0
    assert [(p.id, p.current.version) for p in installed_packs(device)] == [("regional", 3)]


def test_the_ca_file_option_does_the_same(device: Path, https) -> None:
    server, certs = https
    assert main(["sync", server.url("feed"), "--all", "--ca-file", str(certs["ca"]),
                 "--data-dir", str(device)]) == 0
    assert [p.id for p in installed_packs(device)] == ["regional"]


def test_the_bundled_ca_file_is_an_added_source(tmp_path: Path) -> None:
    import certifi

    ctx = tls_context()
    bundled = {c["subject"] for c in ssl_certs(certifi.where())}
    held = {c["subject"] for c in ctx.get_ca_certs()}
    assert bundled and bundled <= held
    bad = tmp_path / "not-pem.txt"
    bad.write_text("hello")
    with pytest.raises(FetchError, match="cannot be read as CA certificates"):
        tls_context(bad)


def ssl_certs(path: str) -> list[dict]:
    import ssl

    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile=path)
    return ctx.get_ca_certs()
