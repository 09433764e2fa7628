"""GUI benchmark (run by `make bench` after bench/search.py): on the 100,000-record library.

Measures, each against a bare PySide6 window in the same run: process start to first painted main
window, peak memory, and keystroke-to-results-painted latency while typing in the global search.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"


def probe(*args: str) -> dict[str, object]:
    env = dict(os.environ, PROBE_T0=repr(time.time()), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(HERE), str(HERE.parent)]))
    env["PROBE_T0"] = repr(time.time())
    done = subprocess.run([sys.executable, str(HERE / "gui_probe.py"), *args], env=env,
                          capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise SystemExit(f"probe {args[0]} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def typing_queries(library: Path) -> list[str]:
    """Two words from a title deep in the library, and one very common word plus another."""
    with sqlite3.connect(f"file:{library}?mode=ro", uri=True) as conn:
        n = conn.execute("SELECT count(*) FROM search_docs WHERE kind='record'").fetchone()[0]
        titles = [r[0] for r in conn.execute(
            "SELECT title FROM search_docs WHERE kind='record' LIMIT 2 OFFSET ?", (n // 2,))]
    return [" ".join(t.split()[:2]).lower() for t in titles]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--library", type=Path, default=OUT / "library.sqlite")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    if not args.library.is_file():
        raise SystemExit(f"{args.library}: run bench/search.py first (it builds the library)")
    queries = typing_queries(args.library)
    bare_paint, fk_paint, bare_mem, fk_mem, keys = [], [], [], [], []
    fk_ready, fk_mem_paint, first_keys = [], [], []
    with tempfile.TemporaryDirectory(prefix="fieldkit-bench-") as tmp:
        for i in range(args.runs):
            b = probe("bare")
            data = Path(tmp) / f"user{i}"
            f = probe("fieldkit", str(args.library), str(data), "--type", queries[i % len(queries)])
            bare_paint.append(float(b["first_paint_s"]))
            fk_paint.append(float(f["first_paint_s"]))
            bare_mem.append(float(b["peak_rss_after_paint_mib"]))
            fk_mem.append(float(f["peak_rss_after_typing_mib"]))
            fk_mem_paint.append(float(f["peak_rss_after_paint_mib"]))
            fk_ready.append(float(f["ready_s"]))
            strokes = f["keystrokes"]  # type: ignore[assignment]
            first_keys.append(float(strokes[0]["ms"]))  # cold disk cache: reported apart
            keys.extend(strokes[1:])
    key_ms = [float(k["ms"]) for k in keys]
    paint_ratio = statistics.median(fk_paint) / statistics.median(bare_paint)
    mem_ratio = statistics.median(fk_mem) / statistics.median(bare_mem)
    results = {
        "first_paint_s": {"bare_median": statistics.median(bare_paint),
                          "fieldkit_median": statistics.median(fk_paint), "ratio": paint_ratio},
        "peak_rss_mib": {"bare_median": statistics.median(bare_mem),
                         "fieldkit_median": statistics.median(fk_mem), "ratio": mem_ratio},
        "keystroke_ms": {"p50": pct(key_ms, 50), "p95": pct(key_ms, 95), "max": max(key_ms),
                         "count": len(key_ms), "queries": queries,
                         "first_after_start_median": statistics.median(first_keys)},
        "fieldkit_ready_s_median": statistics.median(fk_ready),
        "fieldkit_rss_at_first_paint_mib_median": statistics.median(fk_mem_paint),
    }
    print(f"\nGUI benchmark on {args.library} ({args.runs} runs each, offscreen)")
    print(f"{'measure':36} {'bare window':>12} {'FieldKit':>12} {'ratio':>8} {'target':>8}")
    print(f"{'start to first paint (median, s)':36} {results['first_paint_s']['bare_median']:12.3f}"
          f" {results['first_paint_s']['fieldkit_median']:12.3f} {paint_ratio:8.2f} {'<=2.5':>8}")
    print(f"{'peak memory (median, MiB)':36} {results['peak_rss_mib']['bare_median']:12.1f}"
          f" {results['peak_rss_mib']['fieldkit_median']:12.1f} {mem_ratio:8.2f} {'<=1.6':>8}")
    print(f"{'keystroke to results painted (ms)':36} {'':>12} "
          f"{'p50 ' + format(pct(key_ms, 50), '.1f'):>12} {'':>8} {'':>8}")
    print(f"{'':36} {'':>12} {'p95 ' + format(pct(key_ms, 95), '.1f'):>12} {'':>8} {'<=50':>8}")
    print(f"{'':36} {'':>12} {'max ' + format(max(key_ms), '.1f'):>12}")
    print(f"{'databases open, app usable (median, s)':36} {'':>12} "
          f"{statistics.median(fk_ready):12.3f}")
    print(f"{'memory at first paint (median, MiB)':36} {'':>12} "
          f"{statistics.median(fk_mem_paint):12.1f} "
          f"{statistics.median(fk_mem_paint) / statistics.median(bare_mem):8.2f}")
    print(f"{'first keystroke after start (ms)':36} {'':>12} "
          f"{statistics.median(first_keys):12.1f}   (cold disk cache; not in p50/p95)")
    print(f"typed: {', '.join(repr(q) for q in queries)}; {len(key_ms)} keystrokes")
    OUT.mkdir(exist_ok=True)
    (OUT / "gui.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
