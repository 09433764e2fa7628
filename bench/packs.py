"""Pack benchmark: full pack and delta sizes for a 1% change, and the client-side install
(verify, index, integrity check, switch) time and peak memory, on a synthetic library.

    .venv/bin/python bench/packs.py [--records 100000]
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import generate_corpus

from fieldkit.packs.manifest import create_pack
from fieldkit.packs.signing import generate_key
from fieldkit.packs.trust import TrustStore, root_from_public_key

ROOT = Path(__file__).resolve().parents[1]
_INSTALL = ("import sys, time, resource\nfrom pathlib import Path\n"
            "from fieldkit.packs.install import install_pack\n"
            "t = time.perf_counter()\ninstall_pack(Path(sys.argv[1]), Path(sys.argv[2]))\n"
            "print(time.perf_counter() - t, "
            "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)\n")


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


def install(home: Path, pack: Path) -> tuple[float, int]:
    out = subprocess.run([sys.executable, "-c", _INSTALL, str(home), str(pack)],
                         capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), int(out[1])


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
        t1, mem1 = install(home, tmp / "v1.fkpack")
        t2, mem2 = install(home, tmp / "d2.fkpack")
        print(f"records: {args.records}")
        print(f"slim DB: {m1.content.unpacked_length / 1e6:.1f} MB, full pack "
              f"{(tmp / 'v1.fkpack').stat().st_size / 1e6:.1f} MB (built and signed in "
              f"{full_s:.1f} s)")
        print(f"delta for a 1% change: {delta / 1e3:.1f} KB = {delta / full:.2%} of the full "
              f"pack (target <= 0.5%), made in {delta_s:.1f} s")
        print(f"client install of the full pack (verify, index, check, switch): {t1:.1f} s, "
              f"peak {mem1} MB (targets <= 30 s, <= 600 MB)")
        print(f"client install of the delta: {t2:.1f} s, peak {mem2} MB")
    _ = resource


if __name__ == "__main__":
    main()
