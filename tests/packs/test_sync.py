"""Feeds and folder sync: a USB stick laid out as a feed or holding loose packs, key rotation
through successive roots, and every refusal (freeze, rollback, mix-and-match, keys below
threshold, expired root) with one sentence and nothing changed."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from fieldkit.cli import main
from fieldkit.packs.errors import (
    HashError,
    SignatureError,
    SizeError,
    VersionError,
)
from fieldkit.packs.feed import add_packs, write_root
from fieldkit.packs.install import install_pack, installed_packs
from fieldkit.packs.signing import SigningKey, generate_key, sign_envelope
from fieldkit.packs.sources import FolderSource
from fieldkit.packs.sync import sync_source
from fieldkit.packs.trust import TrustStore, format_time, utcnow

from .conftest import pointer_bytes, write_key_files


@pytest.fixture(autouse=True)
def bundled(shared_library_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FIELDKIT_LIBRARY", str(shared_library_path))
    return shared_library_path


@pytest.fixture
def feed(tmp_path: Path, publisher: SigningKey) -> Path:
    folder = tmp_path / "feed"
    write_root(folder, [publisher.public], 1, [publisher])
    return folder


@pytest.fixture
def device(tmp_path: Path, feed: Path, packs: dict[str, Path]) -> Path:
    """A device that trusts the feed's root and has regional version 1."""
    folder = tmp_path / "device"
    assert main(["trust", "add", str(feed / "root.json"), "--data-dir", str(folder)]) == 0
    install_pack(folder, packs["regional-1"])
    return folder


def _versions(home: Path) -> dict[str, int]:
    return {p.id: p.current.version for p in installed_packs(home)}


def _refused(capsys, home: Path, *argv: str) -> str:
    before = pointer_bytes(home)
    capsys.readouterr()
    assert main(["sync", *argv, "--data-dir", str(home)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("fieldkit: error: ")
    assert pointer_bytes(home) == before
    return err[-1]


def test_folder_sync_updates_installed_packs_and_all_takes_new_ones(
        feed, device, packs, publisher, tmp_path, capsys) -> None:
    priv, _ = write_key_files(tmp_path / "keys", publisher, "pub")
    assert main(["feed", "add", str(feed), str(packs["regional-3"]), str(packs["core-1"]),
                 "--key", str(priv)]) == 0
    capsys.readouterr()
    assert main(["sync", str(feed), "--data-dir", str(device)]) == 0
    assert "regional from version 1 to version 3" in capsys.readouterr().out
    assert _versions(device) == {"regional": 3}
    assert main(["sync", str(feed), "--data-dir", str(device)]) == 0
    assert "up to date" in capsys.readouterr().out
    assert main(["sync", str(feed), "--all", "--json", "--data-dir", str(device)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["reports"][0]["installed"] == [{"id": "test-core", "version": 1,
                                               "previous": None, "delta": False}]
    assert _versions(device) == {"regional": 3, "test-core": 1}
    assert not any((device / "packs" / ".incoming").iterdir())


def test_a_usb_stick_with_loose_packs(device, packs, tmp_path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    for name in ("regional-2", "regional-3", "stranger"):
        shutil.copy(packs[name], stick / f"{name}.fkpack")
    report = sync_source(device, FolderSource(stick))
    assert _versions(device) == {"regional": 3}
    assert [r.version for r in report.installed] == [3]  # the newest only
    assert any("stranger" in s for s in report.skipped)


def test_freeze_an_expired_index_needs_accept_stale_from_a_folder(feed, device, packs,
                                                                   publisher, capsys) -> None:
    add_packs(feed, [packs["regional-3"], packs["core-1"]], publisher, expires_in_days=0)
    err = _refused(capsys, device, str(feed))
    assert "expired on" in err and "--accept-stale" in err
    assert main(["sync", str(feed), "--accept-stale", "--all", "--data-dir", str(device)]) == 0
    out = capsys.readouterr().out
    assert "stale: content as of" in out and "skipped test-core: not installed" in out
    assert _versions(device) == {"regional": 3}


def test_rollback_an_older_index_than_one_seen(feed, device, packs, publisher, tmp_path,
                                               capsys) -> None:
    add_packs(feed, [packs["regional-2"]], publisher)
    old = Path(shutil.copytree(feed, tmp_path / "old-feed"))
    add_packs(feed, [packs["regional-3"]], publisher)
    sync_source(device, FolderSource(feed))
    assert _versions(device) == {"regional": 3}
    with pytest.raises(VersionError, match="older than version 2 already seen"):
        sync_source(device, FolderSource(old))
    assert "rollback refused" in _refused(capsys, device, str(old))


def test_mix_and_match_a_pack_file_the_index_did_not_sign(feed, device, packs, publisher,
                                                          capsys) -> None:
    index = add_packs(feed, [packs["regional-3"]], publisher)
    shutil.copy(packs["regional-2"], feed / index.packs["regional"].file)
    err = _refused(capsys, device, str(feed))
    assert "does not match the signed index" in err
    assert _versions(device) == {"regional": 1}


def test_malicious_mirror_then_a_good_one(feed, device, packs, publisher, tmp_path,
                                          capsys) -> None:
    index = add_packs(feed, [packs["regional-3"]], publisher)
    bad = Path(shutil.copytree(feed, tmp_path / "bad-mirror"))
    data = bytearray((bad / index.packs["regional"].file).read_bytes())
    data[700] ^= 1
    (bad / index.packs["regional"].file).write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["sync", str(bad), str(feed), "--data-dir", str(device)]) == 0
    out = capsys.readouterr()
    assert "warning" in out.err and "does not match the signed index" in out.err
    assert _versions(device) == {"regional": 3}


def test_key_rotation_and_revocation_through_successive_roots(feed, device, packs, publisher,
                                                              tmp_path, capsys) -> None:
    new = generate_key()
    d = tmp_path / "keys"
    old_priv, _ = write_key_files(d, publisher, "old")
    new_priv, new_pub = write_key_files(d, new, "new")
    assert main(["feed", "root", str(feed), "--trust", str(new_pub), "--sign", str(old_priv),
                 str(new_priv)]) == 0
    from fieldkit.packs.manifest import create_pack

    from .conftest import PACK_SOURCE

    r4 = create_pack(PACK_SOURCE, new, "regional", 4, tmp_path / "r4.fkpack")
    assert r4.version == 4
    add_packs(feed, [tmp_path / "r4.fkpack"], new)
    sync_source(device, FolderSource(feed))
    assert _versions(device) == {"regional": 4}
    assert [r.version for r in TrustStore(device).roots()] == [2]
    # the old key was dropped by root 2: an index it signs is refused, even on the same feed
    signed = json.loads((feed / "index.json").read_text())["signed"]
    signed["version"] += 1
    (feed / "index.json").write_text(json.dumps(sign_envelope(signed, [publisher])))
    assert "signed by 0 of the 1" in _refused(capsys, device, str(feed))


def test_key_compromise_below_threshold_cannot_rotate_the_root(tmp_path, packs, capsys) -> None:
    a, b, thief = generate_key(), generate_key(), generate_key()
    feed = tmp_path / "feed"
    write_root(feed, [a.public, b.public], 2, [a, b])
    home = tmp_path / "home"
    assert main(["trust", "add", str(feed / "root.json"), "--data-dir", str(home)]) == 0
    # with only key a, the thief signs a root 2 that trusts the thief alone
    from fieldkit.packs.trust import new_root

    forged = new_root(2, {r: [thief.public] for r in ("root", "index", "packs")},
                      {"root": 1, "index": 1, "packs": 1}, utcnow() + dt.timedelta(days=9),
                      [a, thief])
    (feed / "2.root.json").write_text(json.dumps(forged))
    (feed / "root.json").write_text(json.dumps(forged))
    index = {"_type": "index", "spec_version": "1.0", "version": 1, "created": "x",
             "expires": format_time(utcnow() + dt.timedelta(days=1)), "packs": {}}
    (feed / "index.json").write_text(json.dumps(sign_envelope(index, [thief])))
    with pytest.raises(SignatureError, match="not signed by enough keys of version 1"):
        sync_source(home, FolderSource(feed))
    assert [r.version for r in TrustStore(home).roots()] == [1]


def test_an_expired_root_is_never_accepted(feed, device, publisher, packs, tmp_path,
                                           capsys) -> None:
    write_root(feed, [publisher.public], 1, [publisher], expires_in_days=0)
    add_packs(feed, [packs["regional-3"]], publisher)
    err = _refused(capsys, device, str(feed), "--accept-stale")
    assert "newest root (version 2) expired" in err


def test_fast_forward_recovery_rotating_index_keys_resets_the_index_version(
        feed, device, packs, publisher, tmp_path) -> None:
    # an attacker holding the index key pushed index version 1000 to this device
    signed = {"_type": "index", "spec_version": "1.0", "version": 1000, "created": "x",
              "expires": format_time(utcnow() + dt.timedelta(days=1)), "packs": {}}
    (feed / "index.json").write_text(json.dumps(sign_envelope(signed, [publisher])))
    sync_source(device, FolderSource(feed))
    add_packs(feed, [packs["regional-3"]], publisher)  # version 1001: still fine
    (feed / "index.json").unlink()
    index = add_packs(feed, [packs["regional-3"]], publisher)
    assert index.version == 1
    with pytest.raises(VersionError):
        sync_source(device, FolderSource(feed))
    # the publisher rotates the index key: the stored version starts again
    new = generate_key()
    write_root(feed, [new.public], 1, [publisher, new])
    (feed / "index.json").unlink()
    from fieldkit.packs.manifest import create_pack

    from .conftest import PACK_SOURCE

    create_pack(PACK_SOURCE, new, "regional", 5, tmp_path / "r5.fkpack")
    add_packs(feed, [tmp_path / "r5.fkpack"], new)
    sync_source(device, FolderSource(feed))
    assert _versions(device) == {"regional": 5}


def test_endless_data_an_oversized_index(feed, device, capsys) -> None:
    (feed / "index.json").write_bytes(b" " * (4 * 1024 * 1024 + 10))
    with pytest.raises(SizeError):
        sync_source(device, FolderSource(feed))
    assert "size limit" in _refused(capsys, device, str(feed))


def test_an_index_signed_by_an_unknown_key(feed, device, packs) -> None:
    stranger = generate_key()
    with pytest.raises(SignatureError):
        add_packs(feed, [packs["regional-3"]], stranger)
    signed = {"_type": "index", "spec_version": "1.0", "version": 1, "created": "x",
              "expires": format_time(utcnow() + dt.timedelta(days=1)), "packs": {}}
    (feed / "index.json").write_text(json.dumps(sign_envelope(signed, [stranger])))
    with pytest.raises(SignatureError, match="0 of the 1"):
        sync_source(device, FolderSource(feed))


def test_a_tampered_pack_file_is_refused_before_install(feed, device, packs,
                                                         publisher) -> None:
    index = add_packs(feed, [packs["regional-3"]], publisher)
    path = feed / index.packs["regional"].file
    path.write_bytes(path.read_bytes()[:-5000])
    with pytest.raises(HashError):
        sync_source(device, FolderSource(feed))
    assert _versions(device) == {"regional": 1}


def test_an_index_digest_that_is_not_hex_is_refused_before_it_names_a_file() -> None:
    """Digests name local download files: '../..' in a signed index must never reach a path."""
    from fieldkit.packs.errors import FormatError
    from fieldkit.packs.feed import parse_index

    good = "a" * 64
    entry = {"version": 2, "file": "packs/x-2.fkpack", "length": 10, "sha256": good,
             "content_digest": good, "manifest_sha256": good}
    doc = {"signed": {"_type": "index", "spec_version": "1", "version": 1,
                      "expires": "2099-01-01T00:00:00Z", "packs": {"x": entry}},
           "signatures": []}
    assert parse_index(doc).packs["x"].sha256 == good
    for bad in ("../../../etc/passwd" + "0" * 45, "A" * 64, "a" * 63):
        doc["signed"]["packs"]["x"] = dict(entry, sha256=bad)
        with pytest.raises(FormatError, match="not a SHA-256"):
            parse_index(doc)
