"""HTTP sync against a real nginx on loopback: full sync, resume after a cut, 404, 500, reset
connections, a server too slow, an expired index, tampered and over-long packs on a mirror
followed by a good one."""

from __future__ import annotations

import random
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.cli import main
from fieldkit.packs.errors import ExpiredError, FetchError, PackError
from fieldkit.packs.feed import add_packs, write_root
from fieldkit.packs.fetch import FetchCancelled, FetchPolicy, HttpSource
from fieldkit.packs.install import install_pack, installed_packs
from fieldkit.packs.manifest import create_pack
from fieldkit.packs.signing import SigningKey
from fieldkit.packs.sync import INCOMING, sync_all, sync_source
from fieldkit.packs.trust import TrustStore, parse_root

from .conftest import PACK_SOURCE, make_root
from .nginx import NGINX, Nginx, start_nginx

pytestmark = pytest.mark.skipif(NGINX is None, reason="nginx is not installed")
FAST = FetchPolicy(connect_timeout=2, read_timeout=2, attempts=3, backoff=0.01, min_rate=20_000,
                   grace=0.3)


def _big_source(folder: Path) -> Path:
    """A pack source of ~300 records of poorly compressible text: a pack worth resuming."""
    shutil.copytree(PACK_SOURCE, folder)
    rng = random.Random(6)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))
             for _ in range(5000)]
    for n in range(300):
        text = " ".join(rng.choice(words) for _ in range(180))
        (folder / "library" / f"{n + 100:03d}_{n:016x}.txt").write_text(
            f"Title\nField report {n}\nRecord type\nField note\nYear\n2024\nPublisher\n"
            f"Cluster {n % 7}\nSummary\n{text}\n", "utf-8")
    return folder


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, publisher: SigningKey,
           packs: dict[str, Path]) -> Iterator[tuple[Nginx, Path]]:
    base = tmp_path_factory.mktemp("http")
    feed = base / "www"
    write_root(feed, [publisher.public], 1, [publisher])
    big = create_pack(_big_source(base / "big-src"), publisher, "big", 1, base / "big.fkpack")
    assert big.content.length > 100_000
    index = add_packs(feed, [base / "big.fkpack", packs["regional-3"]], publisher)
    # a separate feed with version 2 of the big pack (3 of its 300 records edited) and the
    # delta from version 1
    src2 = base / "big-src"
    for n in (5, 50, 150):
        rec = src2 / "library" / f"{n + 100:03d}_{n:016x}.txt"
        rec.write_text(rec.read_text("utf-8").replace("Summary\n", "Summary\nUpdated. "), "utf-8")
    create_pack(src2, publisher, "big", 2, base / "big2.fkpack")
    create_pack(src2, publisher, "big", 2, base / "big-d2.fkpack", base=base / "big.fkpack")
    shutil.copytree(feed, base / "www-v2")
    add_packs(base / "www-v2", [base / "big2.fkpack", base / "big-d2.fkpack"], publisher)
    shutil.copy(base / "big.fkpack", base / "www-v2" / "big-1.fkpack")
    # mirrors that serve a tampered pack, or one longer than signed
    for kind in ("tampered", "long"):
        copy = Path(shutil.copytree(feed, base / f"www-{kind}"))
        pack = copy / index.packs["big"].file
        data = bytearray(pack.read_bytes())
        if kind == "tampered":
            data[len(data) // 2] ^= 1
        else:
            data += b"\0" * 100_000
        pack.write_bytes(bytes(data))
    server = start_nginx(feed, base / "nginx")
    yield server, feed
    server.stop()


@pytest.fixture
def device(tmp_path: Path, served: tuple[Nginx, Path], packs: dict[str, Path]) -> Path:
    folder = tmp_path / "device"
    TrustStore(folder).add(parse_root(_feed_root(served[1])))
    install_pack(folder, packs["regional-1"])
    return folder


def _feed_root(feed: Path) -> dict:
    import json

    return json.loads((feed / "root.json").read_text())


def _versions(home: Path) -> dict[str, int]:
    return {p.id: p.current.version for p in installed_packs(home)}


def test_full_sync_over_http(device: Path, served, capsys) -> None:
    server, _ = served
    assert main(["sync", server.url("feed"), "--all", "--data-dir", str(device)]) == 0
    assert _versions(device) == {"big": 1, "regional": 3}
    assert "regional from version 1 to version 3" in capsys.readouterr().out
    assert not any((device / "packs" / INCOMING).iterdir())


def test_resume_after_the_connection_is_cut(device: Path, served) -> None:
    server, feed = served
    cancel = threading.Event()
    length = (feed / "packs" / "big-1.fkpack").stat().st_size

    def cut_at_60_percent(seen: int, total: int) -> None:
        if seen >= 0.6 * total:
            cancel.set()

    first = HttpSource(server.url("feed"), FAST, cancel)
    with pytest.raises(FetchCancelled):
        sync_source(device, first, take_all=True, progress=cut_at_60_percent)
    [part] = (device / "packs" / INCOMING).glob("*.part")
    kept = part.stat().st_size
    assert 0.6 * length <= kept < length
    assert "big" not in _versions(device)  # nothing half-installed

    before = len(server.log())
    second = HttpSource(server.url("feed"), FAST)
    sync_source(device, second, take_all=True)
    assert _versions(device)["big"] == 1
    pack_requests = [r for r in server.log()[before:] if r[0].endswith("big-1.fkpack")]
    assert [(r[1], r[3]) for r in pack_requests] == [(206, f"bytes={kept}-")]
    sent, remaining = pack_requests[0][2], length - kept
    print(f"resume: {sent} bytes fetched after the cut for {remaining} remaining "
          f"({sent / remaining:.3f}x)")
    assert sent <= 1.05 * remaining


def test_a_changed_file_behind_the_part_is_fetched_whole(device: Path, served) -> None:
    """If-Range: a .part whose ETag no longer matches gets a 200 and starts again."""
    server, feed = served
    incoming = device / "packs" / INCOMING
    incoming.mkdir(parents=True)
    from fieldkit.packs.feed import read_feed_index

    entry = read_feed_index(feed).packs["big"]  # type: ignore[union-attr]
    (incoming / f"{entry.sha256[:32]}.fkpack.part").write_bytes(b"\1" * 5000)
    (incoming / f"{entry.sha256[:32]}.fkpack.etag").write_text('{"etag": "\\"stale\\""}')
    before = len(server.log())
    sync_source(device, HttpSource(server.url("feed"), FAST), take_all=True)
    assert _versions(device)["big"] == 1
    assert [(r[1], r[2], r[3]) for r in server.log()[before:] if r[0].endswith("big-1.fkpack")] \
        == [(200, entry.length, "bytes=5000-")]


def test_bad_mirrors_are_skipped_and_the_good_one_used(device: Path, served, capsys) -> None:
    server, _ = served
    warnings: list[str] = []
    sources = [HttpSource(server.url(loc), FAST) for loc in
               ("broken", "reset", "slow", "tampered", "long", "missing", "feed")]
    reports, failures = sync_all(device, sources, take_all=True, warn=warnings.append)
    assert _versions(device) == {"big": 1, "regional": 3}
    said = "\n".join(failures)
    print(said)
    assert "broken/: root.json could not be fetched (HTTP 500)" in said
    assert "reset/: root.json could not be fetched" in said
    assert "slow/ is too slow" in said
    assert "tampered/ does not match the signed index" in said
    assert "long/ sent more than the" in said
    assert len(failures) == 6 and len(reports) == 1 and warnings == failures


def test_a_missing_pack_file_is_a_404(device: Path, served, tmp_path) -> None:
    server, feed = served
    # the missing location serves nothing at all: the feed is absent there
    with pytest.raises(PackError, match=r"has no index\.json|could not be fetched"):
        sync_source(device, HttpSource(server.url("nothing-here"), FAST))
    gone = feed / "packs" / "big-1.fkpack"
    hidden = tmp_path / "big-1.fkpack"
    shutil.move(gone, hidden)
    try:
        with pytest.raises(FetchError, match="HTTP 404"):
            sync_source(device, HttpSource(server.url("feed"), FAST), take_all=True)
    finally:
        shutil.move(hidden, gone)
    assert "big" not in _versions(device)


def test_an_expired_index_from_a_url_is_refused_even_with_accept_stale(
        tmp_path: Path, publisher: SigningKey, packs: dict[str, Path]) -> None:
    feed = tmp_path / "www"
    write_root(feed, [publisher.public], 1, [publisher])
    add_packs(feed, [packs["regional-3"]], publisher, expires_in_days=0)
    server = start_nginx(feed, tmp_path / "nginx")
    try:
        home = tmp_path / "home"
        TrustStore(home).add(parse_root(make_root(publisher)))
        install_pack(home, packs["regional-1"])
        with pytest.raises(ExpiredError, match=r"expired on .* refused"):
            sync_source(home, HttpSource(server.url("feed"), FAST), accept_stale=True)
        assert _versions(home) == {"regional": 1}
    finally:
        server.stop()


def test_delta_sync_over_http_fetches_only_the_delta(device: Path, served) -> None:
    server, feed = served
    install_pack(device, feed.parent / "www-v2" / "big-1.fkpack")
    before = len(server.log())
    report = sync_source(device, HttpSource(server.url("v2"), FAST))
    assert report.via_delta == ["big"] and _versions(device)["big"] == 2
    packs_sent = {r[0].rsplit("/", 1)[-1]: r[2] for r in server.log()[before:]
                  if "/big" in r[0]}
    full = (feed.parent / "www-v2" / "packs" / "big-2.fkpack").stat().st_size
    assert list(packs_sent) == ["big-1-to-2.fkpack"]
    sent = packs_sent["big-1-to-2.fkpack"]
    print(f"delta sync: {sent} bytes for 1% of the records edited, against {full} for the "
          f"full pack ({sent / full:.2%})")
    assert sent < full / 20
