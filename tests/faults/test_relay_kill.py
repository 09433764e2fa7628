"""kill -9 at random moments of `fieldkit relay` onto a stick: the stick then holds either no
feed (no signed index yet) or a whole one whose every file is the publisher's, byte for byte;
a relay run again over what was left completes, and a second device syncs the same content."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fieldkit.packs.feed import add_packs, read_feed_index, write_root
from fieldkit.packs.install import installed_packs
from fieldkit.packs.manifest import create_pack
from fieldkit.packs.signing import generate_key
from fieldkit.packs.sources import FolderSource
from fieldkit.packs.sync import sync_source
from fieldkit.packs.trust import TrustStore, parse_root, read_json_file
from tests.faults.conftest import TRIALS

SOURCE = Path(__file__).parents[1] / "core" / "fixtures" / "source"


@pytest.fixture
def rng(request) -> random.Random:
    seed = int(os.environ.get("FIELDKIT_FAULT_SEED", random.randrange(1 << 30)))
    print(f"{request.node.name}: seed {seed}")
    return random.Random(seed)


def _relay(home: Path, stick: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "fieldkit", "relay", str(stick),
                             "--data-dir", str(home)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def _whole_or_none(stick: Path, feed: Path) -> bool:
    """No index: no feed. An index: it and every file it names that is there must be the
    publisher's bytes, and the files this device holds must all be there."""
    if not (stick / "index.json").exists():
        return True
    index = read_feed_index(stick)
    if index.envelope != read_feed_index(feed).envelope:
        return False
    entry = index.packs["core"]
    path = stick / entry.file
    return path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == entry.sha256


def test_kill_9_during_relay(fast_tmp: Path, shared_library_path: Path, rng, fault_counts
                             ) -> None:
    key = generate_key()
    feed = fast_tmp / "feed"
    write_root(feed, [key.public], 1, [key])
    create_pack(SOURCE, key, "core", 1, fast_tmp / "core-1.fkpack")
    add_packs(feed, [fast_tmp / "core-1.fkpack"], key)
    root = parse_root(read_json_file(feed / "root.json", "root", 1 << 20))
    home = fast_tmp / "home"
    TrustStore(home).add(root)
    sync_source(home, FolderSource(feed), take_all=True)
    env = {**os.environ, "FIELDKIT_LIBRARY": str(shared_library_path)}

    # how long a whole relay takes here, to spread the kills over it
    start = time.monotonic()
    assert _relay(home, fast_tmp / "timing", env).wait(timeout=120) == 0
    span = time.monotonic() - start

    stick = fast_tmp / "stick"
    bad = killed = 0
    for _ in range(TRIALS):
        proc = _relay(home, stick, env)
        time.sleep(rng.uniform(0, span))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            killed += 1
        proc.wait(timeout=60)
        if not _whole_or_none(stick, feed):
            bad += 1
    # what the kills left is relayed over, then a second device syncs from the stick
    assert _relay(home, stick, env).wait(timeout=120) == 0
    peer = fast_tmp / "peer"
    TrustStore(peer).add(root)
    sync_source(peer, FolderSource(stick), take_all=True)
    same = [(p.id, p.current.digest) for p in installed_packs(peer)] == [
        (p.id, p.current.digest) for p in installed_packs(home)]
    fault_counts.record("kill -9 during relay", TRIALS, bad + (0 if same else 1),
                        f"{killed} killed mid-relay")
    assert bad == 0 and same
