"""Pass it on: a device writes its installed packs, with the publisher's roots and index, to a
USB stick (`fieldkit relay`) or serves them on the network for a while (`fieldkit share`), and
a second device syncs the same content from it, checked against its own trusted root."""

from __future__ import annotations

import hashlib
import http.client
import json
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import urllib3

from fieldkit.cli import main
from fieldkit.packs.errors import FetchError, VersionError
from fieldkit.packs.feed import add_packs, read_feed_index, write_root
from fieldkit.packs.fetch import FetchCancelled, FetchPolicy, HttpSource
from fieldkit.packs.install import installed_packs
from fieldkit.packs.manifest import create_pack
from fieldkit.packs.relay import RelayPlan, relay
from fieldkit.packs.share import start_share
from fieldkit.packs.signing import SigningKey, canonical
from fieldkit.packs.sources import FolderSource
from fieldkit.packs.sync import INCOMING, sync_source

from .conftest import PACK_SOURCE, pointer_bytes
from .test_http import _big_source

FAST = FetchPolicy(connect_timeout=2, read_timeout=5, attempts=3, backoff=0.01, min_rate=1,
                   grace=30)


@pytest.fixture(autouse=True)
def bundled(shared_library_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FIELDKIT_LIBRARY", str(shared_library_path))
    return shared_library_path


@pytest.fixture(scope="module")
def publication(tmp_path_factory: pytest.TempPathFactory, publisher: SigningKey,
                packs: dict[str, Path]) -> dict[str, Path]:
    """A feed whose root moved on to version 2 after devices first trusted version 1, holding
    'big' version 2 with a delta from version 1, and 'regional' version 3."""
    base = tmp_path_factory.mktemp("publication")
    feed = base / "feed"
    write_root(feed, [publisher.public], 1, [publisher])
    shutil.copy(feed / "root.json", base / "root-v1.json")
    write_root(feed, [publisher.public], 1, [publisher])  # version 2: the chain matters
    src3 = Path(shutil.copytree(PACK_SOURCE, base / "src-v3"))
    extra = next((Path(__file__).parents[1] / "core" / "fixtures" / "source" / "library")
                 .glob("*.txt"))
    shutil.copy(extra, src3 / "library" / extra.name)
    create_pack(src3, publisher, "regional", 3, base / "r3.fkpack")
    big = _big_source(base / "big-src")
    create_pack(big, publisher, "big", 1, base / "big1.fkpack")
    for n in (5, 50, 150):
        rec = big / "library" / f"{n + 100:03d}_{n:016x}.txt"
        rec.write_text(rec.read_text("utf-8").replace("Summary\n", "Summary\nUpdated. "), "utf-8")
    create_pack(big, publisher, "big", 2, base / "big2.fkpack")
    create_pack(big, publisher, "big", 2, base / "big1-2.fkpack", base=base / "big1.fkpack")
    add_packs(feed, [base / "big2.fkpack", base / "big1-2.fkpack", base / "r3.fkpack"],
              publisher)
    return {"feed": feed, "root-v1": base / "root-v1.json", "big-1": base / "big1.fkpack"}


def _device(folder: Path, publication: dict[str, Path], with_big_1: bool = True) -> Path:
    """A device that trusts root version 1 (and has 'big' version 1)."""
    assert main(["trust", "add", str(publication["root-v1"]), "--data-dir", str(folder)]) == 0
    if with_big_1:
        assert main(["pack", "install", str(publication["big-1"]), "--data-dir",
                     str(folder)]) == 0
    return folder


def _digests(home: Path) -> dict[str, tuple[int, str]]:
    return {p.id: (p.current.version, p.current.digest) for p in installed_packs(home)}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def synced(tmp_path: Path, publication: dict[str, Path]) -> Path:
    """A device that had big 1 and synced everything from the feed (big by its delta)."""
    home = _device(tmp_path / "first", publication)
    report = sync_source(home, FolderSource(publication["feed"]), take_all=True)
    assert report.via_delta == ["big"] and _digests(home).keys() == {"big", "regional"}
    return home


@pytest.fixture
def synced_full(tmp_path: Path, publication: dict[str, Path]) -> Path:
    """A device that synced everything from the feed as full packs."""
    home = _device(tmp_path / "full", publication, with_big_1=False)
    report = sync_source(home, FolderSource(publication["feed"]), take_all=True)
    assert report.via_delta == [] and _digests(home).keys() == {"big", "regional"}
    return home


def test_relay_to_a_stick_then_another_device_syncs_the_same_content(
        synced: Path, publication: dict[str, Path], packs: dict[str, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture) -> None:
    stick = tmp_path / "usb"
    capsys.readouterr()
    assert main(["relay", str(stick), "--data-dir", str(synced)]) == 0
    out = capsys.readouterr().out
    assert f"fieldkit sync {stick}" in out
    feed = publication["feed"]
    # the publisher's own files, byte for byte: index, roots, the pack and the delta it holds
    index = read_feed_index(stick)
    assert canonical(index.envelope) == canonical(read_feed_index(feed).envelope)
    for name in ("1.root.json", "2.root.json"):
        assert json.loads((stick / name).read_text()) == json.loads((feed / name).read_text())
    big, regional = index.packs["big"], index.packs["regional"]
    assert _sha(stick / regional.file) == regional.sha256
    assert _sha(stick / big.deltas[1].file) == big.deltas[1].sha256
    assert not (stick / big.file).exists()  # this device never had the full pack 2

    # a device that trusts only root version 1 and has big 1: the same content digests
    second = _device(tmp_path / "second", publication)
    assert main(["sync", str(stick), "--all", "--data-dir", str(second)]) == 0
    assert _digests(second) == _digests(synced)
    assert (second / "trust").exists() and any((second / "trust").rglob("2.root.json"))

    # one that has nothing needs the full pack of big 2, which the stick does not hold
    third = _device(tmp_path / "third", publication, with_big_1=False)
    capsys.readouterr()
    assert main(["sync", str(stick), "--all", "--data-dir", str(third)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fieldkit: error: ") and "missing from" in err
    assert err.count("\n") == 1


def test_a_relay_never_goes_over_a_newer_index_or_into_the_data_folder(
        synced: Path, publication: dict[str, Path], publisher: SigningKey, tmp_path: Path,
        capsys: pytest.CaptureFixture) -> None:
    stick = Path(shutil.copytree(publication["feed"], tmp_path / "usb"))
    add_packs(stick, [], publisher)  # the stick already holds a newer publication
    before = {p: p.read_bytes() for p in stick.rglob("*") if p.is_file()}
    with pytest.raises(VersionError, match="already holds a newer index"):
        relay(synced, stick)
    assert {p: p.read_bytes() for p in stick.rglob("*") if p.is_file()} == before
    capsys.readouterr()
    assert main(["relay", str(synced / "packs" / "x"), "--data-dir", str(synced)]) == 1
    assert "never written inside the data folder" in capsys.readouterr().err


@pytest.fixture
def share(synced_full: Path) -> Iterator:
    running = start_share(synced_full, port=0, minutes=5, host="127.0.0.1")
    yield running
    running.stop()


def test_share_on_loopback_a_peer_syncs_and_resumes_a_cut_transfer(
        share, synced_full: Path, publication: dict[str, Path], tmp_path: Path) -> None:
    [url] = share.urls
    assert url.startswith("http://127.0.0.1:")
    peer = _device(tmp_path / "peer", publication, with_big_1=False)
    entry = read_feed_index(publication["feed"]).packs["big"]
    cancel = threading.Event()

    def cut_at_60_percent(seen: int, total: int) -> None:
        if total == entry.length and seen >= 0.6 * total:
            cancel.set()

    with pytest.raises(FetchCancelled):
        sync_source(peer, HttpSource(url, FAST, cancel), take_all=True,
                    progress=cut_at_60_percent)
    [part] = (peer / "packs" / INCOMING).glob("*.part")
    kept = part.stat().st_size
    assert 0.6 * entry.length <= kept < entry.length
    before = len(share.log)
    report = sync_source(peer, HttpSource(url, FAST), take_all=True)
    assert sorted(r.id for r in report.installed) == ["big", "regional"]
    assert _digests(peer) == _digests(synced_full)
    [resumed] = [r for r in share.log[before:] if r.path == entry.file]
    assert (resumed.status, resumed.range) == (206, f"bytes={kept}-")
    assert resumed.sent == entry.length - kept  # only what remained
    print(f"share resume: {resumed.sent} bytes after the cut for {entry.length - kept} "
          "remaining")


def test_share_serves_the_feed_and_nothing_else(share) -> None:
    [url] = share.urls
    pool = urllib3.PoolManager(retries=False)
    index = pool.request("GET", url + "index.json")
    assert index.status == 200 and b'"index"' in index.data
    head = pool.request("HEAD", url + "index.json")
    assert head.status == 200 and head.data == b""
    assert int(head.headers["Content-Length"]) == len(index.data)
    tail = pool.request("GET", url + "index.json", headers={"Range": "bytes=-10"})
    assert (tail.status, tail.data) == (206, index.data[-10:])
    past = pool.request("GET", url + "index.json", headers={"Range": "bytes=999999-"})
    assert past.status == 416
    # sent as written (http.client does not tidy the path as urllib3 does)
    for path in ("/", "/packs/", "/../installed.json", "/packs/../index.json", "/%2e%2e/.lock",
                 "/..%2f..%2fetc%2fpasswd", "//etc/passwd", "/installed.json", "/trust/",
                 "/packs/../../trust/"):
        conn = http.client.HTTPConnection("127.0.0.1", share.port, timeout=5)
        conn.request("GET", path)
        r = conn.getresponse()
        body = r.read()
        conn.close()
        assert r.status == 404, path
        assert b"installed" not in body and b"root" not in body
    assert pool.request("POST", url + "index.json").status in (501, 405)


def test_share_stops_by_itself_after_its_time(synced: Path) -> None:
    running = start_share(synced, port=0, minutes=0.02, host="127.0.0.1")  # 1.2 s
    [url] = running.urls
    assert urllib3.PoolManager(retries=False).request("GET", url + "index.json").status == 200
    assert running.wait(timeout=60)
    assert not running.is_running
    with pytest.raises(urllib3.exceptions.HTTPError):
        urllib3.PoolManager(retries=False).request("GET", url + "index.json", timeout=2)


def test_fieldkit_share_prints_the_address_a_peer_syncs_from_then_stops(
        synced: Path, publication: dict[str, Path], tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "fieldkit", "share", "--port", "0",
                             "--minutes", "0.25", "--host", "127.0.0.1", "--data-dir",
                             str(synced)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        assert "until" in proc.stdout.readline()
        line = proc.stdout.readline().strip()
        assert line.startswith("fieldkit sync http://127.0.0.1:")
        peer = _device(tmp_path / "peer", publication)  # big 1: the delta is there
        before = pointer_bytes(peer)
        assert main(["sync", line.split()[-1], "--all", "--data-dir", str(peer)]) == 0
        assert pointer_bytes(peer) != before and _digests(peer) == _digests(synced)
        out, err = proc.communicate(timeout=120)  # it stops by itself
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Stopped sharing (2 pack download(s) served)" in out


def test_nothing_installed_nothing_to_share(tmp_path: Path) -> None:
    with pytest.raises(FetchError):
        start_share(tmp_path / "empty", port=0, minutes=1, host="127.0.0.1", plan=RelayPlan())


def test_a_missing_ca_file_does_not_stop_a_sync_from_a_share(
        share, synced_full: Path, publication: dict[str, Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A share is plain http: the CA file set for the organisation's https server (moved, or
    on a drive not plugged in) has nothing to do with it."""
    from fieldkit.packs.fetch import CA_FILE_ENV

    gone = tmp_path / "gone" / "org-ca.pem"
    monkeypatch.setenv(CA_FILE_ENV, str(gone))
    [url] = share.urls
    peer = _device(tmp_path / "peer", publication, with_big_1=False)
    report = sync_source(peer, HttpSource(url, FAST, ca_file=str(gone)), take_all=True)
    assert sorted(r.id for r in report.installed) == ["big", "regional"]
    assert _digests(peer) == _digests(synced_full)
    # for https the file matters: said as a bad CA file, naming it (not "no network")
    with pytest.raises(FetchError) as caught:
        HttpSource(url.replace("http://", "https://"), FAST, ca_file=str(gone))
    assert caught.value.code == "sync.bad_ca_file"
    assert caught.value.fields == {"file": str(gone)}


def test_a_busy_port_is_said_as_such(synced: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(FetchError, match=f"port {port} cannot be used") as caught:
            start_share(synced, port=port, minutes=1, host="127.0.0.1")
    assert caught.value.code == "share.port_busy"
    assert caught.value.fields == {"port": str(port)}
