"""Encrypted user data benchmark (issue 11): the unlock time (Argon2id + AES-GCM unwrap) and
the tick latency on an encrypted user DB against a plaintext one in the same run (target: at
most 1.2x), plus the one-off cost of encrypting an existing DB in place.

    .venv/bin/python bench/vault.py [--ticks 300] [--runs 40]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from fieldkit.core import vault
from fieldkit.core.library import LibrarySet
from fieldkit.core.paths import bundled_library_path
from fieldkit.core.userdata import UserData


def _fill(user: UserData, libs: LibrarySet, runs: int) -> None:
    """A lived-in DB: `runs` runs with a note on every item."""
    checklist, info = libs.checklist("checkpoint"), libs.infos[0]
    for n in range(runs):
        run = user.runs.start(checklist, f"run {n}", info)
        for item in run.items:
            user.runs.set_note(run.id, item.id, "a note of a few words " * 4)


def _tick_ms(user: UserData, libs: LibrarySet, ticks: int) -> float:
    """Median milliseconds per tick (each its own committed transaction, synchronous=FULL)."""
    run = user.runs.start(libs.checklist("checkpoint"), "timed", libs.infos[0])
    items = [i.id for i in run.items]
    times = []
    for n in range(ticks):
        began = time.perf_counter()
        user.runs.tick(run.id, items[n % len(items)], done=n % 2 == 0)
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ticks", type=int, default=300)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, LibrarySet([bundled_library_path()]) as libs:
        plain_dir, enc_dir = Path(tmp) / "plain", Path(tmp) / "encrypted"
        with UserData(plain_dir) as user:
            _fill(user, libs, args.runs)
        with UserData(enc_dir) as user:
            _fill(user, libs, args.runs)
        began = time.perf_counter()
        vault.set_passphrase(enc_dir, "a passphrase for the benchmark").forget()
        migrate_s = time.perf_counter() - began
        unlocks = []
        for _ in range(5):
            began = time.perf_counter()
            key = vault.unlock(enc_dir, "a passphrase for the benchmark")
            unlocks.append(time.perf_counter() - began)
        plain_ms, enc_ms = [], []
        for _ in range(3):  # interleaved, so a busy moment on the machine hits both
            with UserData(plain_dir) as user:
                plain_ms.append(_tick_ms(user, libs, args.ticks // 3))
            with UserData(enc_dir, key) as user:
                enc_ms.append(_tick_ms(user, libs, args.ticks // 3))
        key.forget()
        size = sum(p.stat().st_size for p in (enc_dir / ".private").glob("user.sqlite*"))
    plain, enc = statistics.median(plain_ms), statistics.median(enc_ms)
    print(f"vault: unlock (Argon2id {vault.KDF_MEMORY_KIB // 1024} MiB, "
          f"{vault.KDF_ITERATIONS} passes, {vault.KDF_LANES} lanes): median "
          f"{statistics.median(unlocks):.3f} s, max {max(unlocks):.3f} s (target <= 1 s)")
    print(f"vault: tick latency: plaintext {plain:.2f} ms, encrypted {enc:.2f} ms, "
          f"ratio {enc / plain:.2f}x (target <= 1.2x)")
    print(f"vault: encrypting an existing DB of {args.runs} runs in place: {migrate_s:.2f} s"
          + (f" ({size // 1024} KiB)" if size else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
