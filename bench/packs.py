"""Pack benchmark on a synthetic library: full pack and delta sizes for a 1% change; the
client-side install (verify, index, integrity check, switch) time and peak memory, against the
client building the same content DB from source in the same run; and the bytes fetched after a
download is cut at 60%, against the bytes that remained.

    .venv/bin/python bench/packs.py [--records 100000]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from corpus import generate_corpus

from fieldkit.packs.feed import add_packs
from fieldkit.packs.manifest import create_pack
from fieldkit.packs.signing import generate_key
from fieldkit.packs.trust import TrustStore, root_from_public_key

ROOT = Path(__file__).resolve().parents[1]
_INSTALL = ("import sys, time, resource\nfrom pathlib import Path\n"
            "from fieldkit.packs.install import install_pack\n"
            "t = time.perf_counter()\ninstall_pack(Path(sys.argv[1]), Path(sys.argv[2]))\n"
            "u = resource.getrusage(resource.RUSAGE_SELF)\n"
            "print(time.perf_counter() - t, u.ru_maxrss // 1024, u.ru_utime + u.ru_stime)\n")
_BUILD = ("import sys, time, resource\nfrom pathlib import Path\n"
          "from fieldkit.core.build import build_library\n"
          "t = time.perf_counter()\nbuild_library(Path(sys.argv[1]), Path(sys.argv[2]))\n"
          "u = resource.getrusage(resource.RUSAGE_SELF)\n"
          "print(time.perf_counter() - t, u.ru_maxrss // 1024, u.ru_utime + u.ru_stime)\n")


def change_one_percent(src: Path, out: Path, seed: int) -> None:
    """0.5% of the records edited, 0.25% added, 0.25% removed."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(src, out, ignore=shutil.ignore_patterns(".complete"))
    files = sorted((out / "library").glob("*.txt"))
    rng = random.Random(seed)
    picked = rng.sample(files, len(files) // 100)
    quarter = len(picked) // 4
    for path in picked[: 2 * quarter]:
        path.write_text(path.read_text("utf-8").replace(
            "Summary\n", "Summary\nRevised after the field review. ", 1), "utf-8")
    for n, path in enumerate(picked[2 * quarter: 3 * quarter]):
        shutil.copy(path, out / "library" / f"9{n:05d}_{rng.getrandbits(64):016x}.txt")
    for path in picked[3 * quarter:]:
        path.unlink()


def timed(script: str, *argv: Path) -> tuple[float, int, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds (every thread) of `script` in a fresh
    process: on a shared machine the CPU time says what an idle one would take."""
    out = subprocess.run([sys.executable, "-c", script, *map(str, argv)],
                         capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), int(out[1]), float(out[2])


def resume_after_cut(feed: Path, work: Path, pack_id: str) -> tuple[int, int]:
    """Bytes fetched after a download of the full pack is cut at 60%, and the bytes that
    remained at the cut (served by FieldKit's own share server on loopback; the client's resume
    loop, without the install that follows)."""
    from fieldkit.packs.feed import read_feed_index
    from fieldkit.packs.fetch import FetchCancelled, HttpSource
    from fieldkit.packs.share import serve_files

    files = {str(p.relative_to(feed)): p for p in feed.rglob("*") if p.is_file()}
    share = serve_files(files, port=0, minutes=60, host="127.0.0.1")
    try:
        url = f"http://127.0.0.1:{share.port}/"
        entry = read_feed_index(feed).packs[pack_id]
        cancel = threading.Event()

        def cut(seen: int, total: int) -> None:
            if seen >= 0.6 * total:
                cancel.set()

        work.mkdir(parents=True, exist_ok=True)
        dest = work / "download.fkpack"
        with contextlib.suppress(FetchCancelled):  # the cut
            HttpSource(url, cancel=cancel).fetch(entry.file, dest, entry.length, entry.sha256,
                                                 cut)
        part = dest.with_name(dest.name + ".part")
        remaining = entry.length - part.stat().st_size
        before = len(share.log)
        HttpSource(url).fetch(entry.file, dest, entry.length, entry.sha256)
        fetched = sum(r.sent for r in share.log[before:] if r.path == entry.file)
        return fetched, remaining
    finally:
        share.stop()


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--records", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=6)
    args = p.parse_args()
    work = ROOT / "build" / "bench-packs"
    corpus = work / f"corpus-{args.records}"
    generate_corpus(corpus, args.records, args.seed, 24_000)
    v2_src = work / "v2-src"
    change_one_percent(corpus, v2_src, args.seed)
    key = generate_key()
    with tempfile.TemporaryDirectory(dir=work) as tmp_name:
        tmp = Path(tmp_name)
        t = time.perf_counter()
        m1 = create_pack(corpus, key, "bench", 1, tmp / "v1.fkpack")
        full_s = time.perf_counter() - t
        create_pack(v2_src, key, "bench", 2, tmp / "v2.fkpack")
        t = time.perf_counter()
        create_pack(v2_src, key, "bench", 2, tmp / "d2.fkpack", base=tmp / "v1.fkpack")
        delta_s = time.perf_counter() - t
        full = (tmp / "v2.fkpack").stat().st_size
        delta = (tmp / "d2.fkpack").stat().st_size
        home = tmp / "home"
        TrustStore(home).add(root_from_public_key(key.public))
        t1, mem1, cpu1 = timed(_INSTALL, home, tmp / "v1.fkpack")
        t2, mem2, cpu2 = timed(_INSTALL, home, tmp / "d2.fkpack")
        tb, memb, cpub = timed(_BUILD, corpus, tmp / "rebuilt.sqlite")
        feed = tmp / "feed"
        add_packs(feed, [tmp / "v1.fkpack"], key)
        fetched, remaining = resume_after_cut(feed, tmp / "peer", "bench")
        print(f"records: {args.records}")
        print(f"slim DB: {m1.content.unpacked_length / 1e6:.1f} MB, full pack "
              f"{(tmp / 'v1.fkpack').stat().st_size / 1e6:.1f} MB (built and signed in "
              f"{full_s:.1f} s)")
        print(f"delta for a 1% change: {delta / 1e3:.1f} KB = {delta / full:.2%} of the full "
              f"pack (target <= 0.5%), made in {delta_s:.1f} s")
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"client install of the full pack (verify, index, check, switch): {t1:.1f} s "
              f"(CPU {cpu1:.1f} s), peak {mem1} MB (targets <= 30 s, <= 600 MB)")
        print(f"client install of the delta: {t2:.1f} s (CPU {cpu2:.1f} s), peak {mem2} MB")
        print(f"client building the same DB from source instead: {tb:.1f} s (CPU {cpub:.1f} s), "
              f"peak {memb} MB (full pack install = {t1 / tb:.2f}x of it, CPU "
              f"{cpu1 / cpub:.2f}x)")
        print(f"download cut at 60%: {fetched / 1e6:.2f} MB fetched after the cut for "
              f"{remaining / 1e6:.2f} MB remaining = {fetched / remaining:.3f}x "
              "(target <= 1.05x)")


if __name__ == "__main__":
    main()
