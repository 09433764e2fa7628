"""Build and search-as-you-type benchmark on a synthetic library, against raw sqlite3 + FTS5.

Run by `make bench`. Everything it writes stays under bench/out/ (git-ignored); not a timed test.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from corpus import Vocabulary, arabic_vocabulary, fold, generate_corpus

from fieldkit.core.build import build_library
from fieldkit.core.library import LibrarySet
from fieldkit.core.search import (
    BODY_WEIGHT,
    CANDIDATE_CAP,
    TITLE_WEIGHT,
    Filters,
    match_expression,
)

OUT = Path(__file__).resolve().parent / "out"
RAW_QUERY = ("SELECT rowid, bm25(search_fts) FROM search_fts WHERE search_fts MATCH ? "
             "ORDER BY rank LIMIT 20")
# The same, plus what FieldKit also returns for each shown row: a snippet of the body.
RAW_SNIPPET_QUERY = ("SELECT rowid, bm25(search_fts), snippet(search_fts, 1, '[', ']', '…', 12) "
                     "FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 20")
# The exact weighted order FieldKit promises when the matches fit its candidate cap.
REFERENCE_QUERY = (f"SELECT d.ref_id FROM search_fts JOIN search_docs d ON d.doc_id = "
                   f"search_fts.rowid WHERE search_fts MATCH ? ORDER BY "
                   f"bm25(search_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}), search_fts.rowid LIMIT 20")
BUILD_TARGET = 0.5
P95_TARGET_MS = 50.0


# --- build --------------------------------------------------------------------------------

def _raw_rows(files: list[Path]) -> Iterator[tuple[int, str, str]]:
    """A minimal parse: the line after the first label is the title, the rest is the body."""
    for doc_id, path in enumerate(files, start=1):
        lines = path.read_text("utf-8-sig").splitlines()
        yield doc_id, lines[1], "\n".join(lines[2:])


def raw_build(files: list[Path], out: Path) -> float:
    """The baseline: plain sqlite3, one executemany, an external-content FTS5 table, rebuild."""
    out.unlink(missing_ok=True)
    start = time.perf_counter()
    conn = sqlite3.connect(out)
    conn.execute("PRAGMA synchronous=OFF")
    with conn:
        conn.execute("CREATE TABLE docs(id INTEGER PRIMARY KEY, title TEXT, body TEXT)")
        conn.execute("CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, content='docs', "
                     "content_rowid='id', tokenize='unicode61 remove_diacritics 2')")
        conn.executemany("INSERT INTO docs VALUES (?, ?, ?)", _raw_rows(files))
        conn.execute("INSERT INTO docs_fts(docs_fts) VALUES ('rebuild')")
    conn.close()
    return time.perf_counter() - start


def fieldkit_build(src: Path, out: Path) -> float:
    start = time.perf_counter()
    build_library(src, out)
    return time.perf_counter() - start


# --- queries ------------------------------------------------------------------------------

@dataclass(frozen=True)
class TypedQuery:
    text: str
    words: list[tuple[str, int]]  # (word as typed, its frequency rank)

    def keystrokes(self) -> list[str]:
        return [self.text[:n] for n in range(1, len(self.text) + 1)]


def pick_queries(vocab: Vocabulary, seed: int) -> list[TypedQuery]:
    """2-3 word queries mixing common (rank 20-300), mid (300-3000) and rare (5000+) words.

    Words of 5+ letters, as people type content words; accented ones are typed without accents.
    """
    rng = random.Random(seed)
    size = len(vocab.words)
    bands = {"common": (20, 300), "mid": (300, 3000), "rare": (5000, size)}

    def word(band: str, accented: bool = False) -> tuple[str, int]:
        low, high = bands[band]
        while True:
            rank = rng.randint(low, high)
            w = vocab.words[rank - 1]
            if len(w) >= 5 and (fold(w) != w.lower()) == accented:
                return fold(w), rank

    shapes = [("common", "rare"), ("rare", "common"), ("common", "mid", "rare"),
              ("mid", "common"), ("common", "common"), ("rare", "mid"),
              ("mid", "rare", "common"), ("common", "mid")]
    queries = [[word(band) for band in shape] for shape in shapes]
    queries.append([word("common"), word("rare", accented=True)])
    queries.append([word("mid", accented=True), word("common")])
    # Arabic, typed bare (no short vowels, plain alef) as people type it; the text varies.
    arabic = arabic_vocabulary(seed)

    def ar_word(low: int, high: int, ta_marbuta: bool = False) -> tuple[str, int]:
        while True:
            rank = rng.randint(low, high)
            w = arabic.words[rank - 1]
            if len(w) >= 4 and w.endswith("ة") == ta_marbuta:
                return w, rank

    queries.append([ar_word(20, 300), ar_word(300, 2000, ta_marbuta=True)])
    queries.append([ar_word(300, 2000), ar_word(20, 300)])
    return [TypedQuery(" ".join(w for w, _ in q), q) for q in queries]


def raw_match(typed: str) -> str | None:
    """The same MATCH FieldKit runs: quoted words, the last one a prefix unless a space follows."""
    words = typed.split()
    if not words:
        return None
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    if not typed[-1].isspace():
        quoted[-1] += "*"
    return " ".join(quoted)


# --- search -------------------------------------------------------------------------------

@dataclass
class Keystroke:
    query: str
    typed: str
    raw_ms: float = 0.0
    raw_snippets_ms: float = 0.0
    fieldkit_ms: float = 0.0
    raw_matches: int = 0
    fieldkit_total: int = 0
    fieldkit_exact: bool = True
    top20_overlap: float = 1.0  # share of the exact weighted-bm25 top 20 that FieldKit shows
    same_order: bool = True  # FieldKit's page equals the exact weighted-bm25 page
    samples_raw: list[float] = field(default_factory=list, repr=False)
    samples_raw_snippets: list[float] = field(default_factory=list, repr=False)
    samples_fieldkit: list[float] = field(default_factory=list, repr=False)

    @property
    def ratio(self) -> float:
        return self.fieldkit_ms / self.raw_ms if self.raw_ms else math.inf


def _time_raw(conn: sqlite3.Connection, sql: str, match: str) -> tuple[float, int]:
    start = time.perf_counter()
    rows = conn.execute(sql, (match,)).fetchall()
    return (time.perf_counter() - start) * 1000, len(rows)


def _time_fieldkit(library: LibrarySet, typed: str) -> tuple[float, int, bool]:
    start = time.perf_counter()
    result = library.search(typed, limit=20)
    return (time.perf_counter() - start) * 1000, result.total, result.total_is_exact


def measure_search(db: Path, queries: list[TypedQuery], repeats: int) -> list[Keystroke]:
    raw = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)
    strokes = [Keystroke(q.text, typed) for q in queries for typed in q.keystrokes()]
    with LibrarySet([db]) as library:
        for stroke in strokes:  # warm both caches, and check ranking quality (untimed)
            match = raw_match(stroke.typed)
            assert match is not None
            raw.execute(RAW_QUERY, (match,)).fetchall()
            shown = [h.id for h in library.search(stroke.typed, limit=20).hits]
            # The reference runs on FieldKit's own index, with FieldKit's (folded) words.
            best = [r[0] for r in raw.execute(REFERENCE_QUERY,
                                              (match_expression(stroke.typed),))]
            stroke.top20_overlap = len(set(shown) & set(best)) / len(best) if best else 1.0
            stroke.same_order = shown == best
        for round_ in range(repeats):
            for stroke in strokes:
                match = raw_match(stroke.typed)
                assert match is not None
                # Alternate who goes first, so neither always inherits the other's warm cache.
                if round_ % 2:
                    fk = _time_fieldkit(library, stroke.typed)
                    rs = _time_raw(raw, RAW_SNIPPET_QUERY, match)
                    rw = _time_raw(raw, RAW_QUERY, match)
                else:
                    rw = _time_raw(raw, RAW_QUERY, match)
                    rs = _time_raw(raw, RAW_SNIPPET_QUERY, match)
                    fk = _time_fieldkit(library, stroke.typed)
                stroke.samples_raw.append(rw[0])
                stroke.samples_raw_snippets.append(rs[0])
                stroke.samples_fieldkit.append(fk[0])
                stroke.raw_matches = rw[1]
                stroke.fieldkit_total, stroke.fieldkit_exact = fk[1], fk[2]
    raw.close()
    for stroke in strokes:
        stroke.raw_ms = statistics.median(stroke.samples_raw)
        stroke.raw_snippets_ms = statistics.median(stroke.samples_raw_snippets)
        stroke.fieldkit_ms = statistics.median(stroke.samples_fieldkit)
    return strokes


def measure_browse(db: Path, repeats: int) -> dict[str, float]:
    """Filter-only listing pages (no query text), as the library view shows them: ms each."""
    with LibrarySet([db]) as library:
        first = library.browse(limit=50)
        publisher = library.facets().publishers[0]
        cases = {
            "first page, no filter": lambda: library.browse(limit=50),
            "next page": lambda: library.browse(limit=50, after=first[-1]),
            "records of one type": lambda: library.browse(Filters(record_types=("Video",)),
                                                          limit=50),
            "one publisher": lambda: library.browse(Filters(publishers=(publisher,)), limit=50),
            "years 2020-2021": lambda: library.browse(Filters(year_from=2020, year_to=2021),
                                                      limit=50),
            "count, records since 2020": lambda: library.count(Filters(kinds=("record",),
                                                                       year_from=2020)),
        }
        timings = {}
        for name, call in cases.items():
            samples = []
            for _ in range(repeats + 1):
                start = time.perf_counter()
                call()
                samples.append((time.perf_counter() - start) * 1000)
            timings[name] = statistics.median(samples[1:])
    return timings


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def summary(values: list[float]) -> dict[str, float]:
    return {"p50": percentile(values, 50), "p95": percentile(values, 95), "max": max(values)}


# --- report -------------------------------------------------------------------------------

def _row(label: str, *cells: str) -> str:
    return f"  {label:<34}" + "".join(f"{c:>12}" for c in cells)


def report_build(records: int, build: dict[str, Any]) -> dict[str, object]:
    raw_rate, fk_rate = records / build["raw_s"], records / build["fieldkit_s"]
    ratio = fk_rate / raw_rate
    print(_row(f"Build (fastest of {len(build['raw_runs_s'])} each)", "seconds", "records/s",
               "MB", "vs raw"))
    print(_row("raw sqlite3 executemany + FTS5", f"{build['raw_s']:.1f}", f"{raw_rate:,.0f}",
               f"{build['raw_mb']:.0f}", "1.00x"))
    print(_row("FieldKit build_library", f"{build['fieldkit_s']:.1f}", f"{fk_rate:,.0f}",
               f"{build['fieldkit_mb']:.0f}", f"{ratio:.2f}x"))
    print(f"  target: FieldKit >= {BUILD_TARGET:.2f}x raw throughput -> "
          f"{'met' if ratio >= BUILD_TARGET else 'NOT MET'}")
    return {**build, "raw_records_per_s": raw_rate, "fieldkit_records_per_s": fk_rate,
            "ratio": ratio, "target": BUILD_TARGET, "met": ratio >= BUILD_TARGET}


def report_search(strokes: list[Keystroke], queries: list[TypedQuery],
                  repeats: int) -> dict[str, object]:
    raw_s = summary([s.raw_ms for s in strokes])
    snip_s = summary([s.raw_snippets_ms for s in strokes])
    fk_s = summary([s.fieldkit_ms for s in strokes])
    worst = max(strokes, key=lambda s: s.ratio)
    slower = [s for s in strokes if s.fieldkit_ms > s.raw_ms]
    slower_than_snippets = [s for s in strokes if s.fieldkit_ms > s.raw_snippets_ms]
    short = [s for s in strokes if len(s.typed.split()[-1]) <= 2 and not s.typed[-1].isspace()]
    exact = [s for s in strokes if s.fieldkit_exact]
    capped = [s for s in strokes if not s.fieldkit_exact]
    met = fk_s["p95"] <= P95_TARGET_MS and not slower

    print(f"Search as you type: {len(queries)} queries, {len(strokes)} keystrokes, limit 20, "
          f"median of {repeats} runs per keystroke")
    print(_row("per keystroke, ms", "p50", "p95", "max"))
    print(_row("raw MATCH + bm25 ORDER BY rank", *(f"{v:.2f}" for v in raw_s.values())))
    print(_row("raw, plus snippet() per shown row", *(f"{v:.2f}" for v in snip_s.values())))
    print(_row("FieldKit LibrarySet.search", *(f"{v:.2f}" for v in fk_s.values())))
    print(_row("ratio FieldKit / raw", *(f"{fk_s[k] / raw_s[k]:.2f}x" for k in raw_s)))
    print(_row("ratio FieldKit / raw with snippets",
               *(f"{fk_s[k] / snip_s[k]:.2f}x" for k in raw_s)))
    if short:
        print(_row("1-2 letter prefixes: raw",
                   *(f"{v:.2f}" for v in summary([s.raw_ms for s in short]).values())))
        print(_row("1-2 letter prefixes: FieldKit",
                   *(f"{v:.2f}" for v in summary([s.fieldkit_ms for s in short]).values())))
    print(f"  worst per-keystroke ratio: {worst.ratio:.2f}x on {worst.typed!r} "
          f"(FieldKit {worst.fieldkit_ms:.2f} ms, raw {worst.raw_ms:.2f} ms)")
    print(f"  keystrokes where FieldKit was slower than raw: {len(slower)} of {len(strokes)}"
          + (f"; by at most {max(s.fieldkit_ms - s.raw_ms for s in slower):.2f} ms, where raw "
             f"took at most {max(s.raw_ms for s in slower):.2f} ms" if slower else ""))
    print(f"  keystrokes where FieldKit was slower than raw with snippets: "
          f"{len(slower_than_snippets)} of {len(strokes)}")
    print(f"  target: p95 <= {P95_TARGET_MS:.0f} ms -> "
          f"{'met' if fk_s['p95'] <= P95_TARGET_MS else 'NOT MET'}; never slower than raw -> "
          f"{'met' if not slower else 'NOT MET'}")
    print(f"  ranking: {sum(s.same_order for s in exact)} of {len(exact)} exact keystrokes "
          f"show the weighted-bm25 page exactly; above the {CANDIDATE_CAP:,}-match cap, "
          f"{statistics.mean([s.top20_overlap for s in capped] or [1.0]):.0%} of the exact "
          f"top 20 is shown ({len(capped)} keystrokes)")
    print()
    print(_row("per query, ms (word ranks)", "p95 FK", "p95 raw", "worst"))
    for q in queries:
        mine = [s for s in strokes if s.query == q.text]
        ranks = "+".join(str(r) for _, r in q.words)
        print(_row(f"{q.text[:33 - len(ranks) - 3]} ({ranks})",
                   f"{percentile([s.fieldkit_ms for s in mine], 95):.2f}",
                   f"{percentile([s.raw_ms for s in mine], 95):.2f}",
                   f"{max(s.ratio for s in mine):.2f}x"))
    if slower:
        print()
        print("  keystrokes where FieldKit was slower:")
        for s in slower:
            matches = (f"{s.fieldkit_total:,} matches" if s.fieldkit_exact
                       else f"over {CANDIDATE_CAP:,} matches")
            print(f"    {s.typed!r:<36} FieldKit {s.fieldkit_ms:7.2f} ms   raw {s.raw_ms:7.2f} ms"
                  f"   with snippets {s.raw_snippets_ms:7.2f} ms   ({matches})")
    return {
        "keystrokes": len(strokes), "repeats": repeats,
        "raw_ms": raw_s, "raw_snippets_ms": snip_s, "fieldkit_ms": fk_s,
        "ratio": {k: fk_s[k] / raw_s[k] for k in raw_s},
        "ratio_vs_raw_snippets": {k: fk_s[k] / snip_s[k] for k in raw_s},
        "worst_ratio": {"typed": worst.typed, "ratio": worst.ratio},
        "slower_keystrokes": len(slower),
        "slower_than_raw_snippets_keystrokes": len(slower_than_snippets),
        "p95_target_ms": P95_TARGET_MS, "met": met,
        "queries": [{"text": q.text, "ranks": [r for _, r in q.words]} for q in queries],
        "per_keystroke": [{k: v for k, v in asdict(s).items() if not k.startswith("samples")}
                          for s in strokes],
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--records", type=int, default=100_000)
    p.add_argument("--vocabulary", type=int, default=24_000, help="distinct words (>= 20,000)")
    p.add_argument("--seed", type=int, default=20240601)
    p.add_argument("--repeats", type=int, default=3, help="timed runs per keystroke")
    p.add_argument("--build-runs", type=int, default=2,
                   help="builds of each kind, alternating; the fastest of each counts")
    p.add_argument("--skip-build", action="store_true",
                   help="search the libraries the last run built (no build figures)")
    args = p.parse_args(argv)

    OUT.mkdir(parents=True, exist_ok=True)
    corpus = OUT / f"corpus-{args.records}-{args.seed}"
    start = time.perf_counter()
    print(f"generating {args.records:,} records in {corpus} ...", flush=True)
    vocab = generate_corpus(corpus, args.records, args.seed, args.vocabulary)
    print(f"  ready in {time.perf_counter() - start:.1f} s", flush=True)
    files = sorted((corpus / "library").glob("*.txt"))

    raw_db, fk_db = OUT / "raw.sqlite", OUT / "library.sqlite"
    build: dict[str, Any] = {}
    if not args.skip_build:
        raw_runs: list[float] = []
        fk_runs: list[float] = []
        for run in range(1, args.build_runs + 1):
            print(f"building, run {run} of {args.build_runs}: raw sqlite3 baseline ...", end="",
                  flush=True)
            raw_runs.append(raw_build(files, raw_db))
            print(f" {raw_runs[-1]:.1f} s; FieldKit build_library ...", end="", flush=True)
            fk_runs.append(fieldkit_build(corpus, fk_db))
            print(f" {fk_runs[-1]:.1f} s", flush=True)
        build = {"raw_s": min(raw_runs), "fieldkit_s": min(fk_runs),
                 "raw_runs_s": raw_runs, "fieldkit_runs_s": fk_runs,
                 "raw_mb": raw_db.stat().st_size / 1e6, "fieldkit_mb": fk_db.stat().st_size / 1e6}

    queries = pick_queries(vocab, args.seed)
    print(f"typing {len(queries)} queries keystroke by keystroke ...", flush=True)
    strokes = measure_search(fk_db, queries, args.repeats)

    print()
    print(f"FieldKit benchmark: {args.records:,} synthetic records, {len(vocab.words):,}-word "
          f"Zipf vocabulary; SQLite {sqlite3.sqlite_version}, Python "
          f"{platform.python_version()}, {os.cpu_count()} CPUs")
    print()
    results: dict[str, object] = {
        "records": args.records, "vocabulary": len(vocab.words), "seed": args.seed,
        "sqlite": sqlite3.sqlite_version, "python": platform.python_version(),
        "cpus": os.cpu_count(), "candidate_cap": CANDIDATE_CAP,
        "build": report_build(args.records, build) if build else None,
    }
    print()
    results["search"] = report_search(strokes, queries, args.repeats)
    browse = measure_browse(fk_db, args.repeats)
    print()
    print(_row("Browse (LibrarySet.browse/count), ms", "median"))
    for name, ms in browse.items():
        print(_row(name, f"{ms:.2f}"))
    results["browse_ms"] = browse
    (OUT / "search.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"\nresults: {OUT / 'search.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
