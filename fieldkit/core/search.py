"""Turns whatever a person types into a safe FTS5 query, and runs it fast on one content DB.

Never raises on user text: every word is quoted, so FTS5 syntax (AND, NEAR, *, ^, :, quotes) is
searched as text. Broad prefixes are ranked over a bounded candidate set, never the whole library.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from fieldkit.core.arabic import fold, fold_prefix, has_arabic, unfold_snippet

if TYPE_CHECKING:  # the GUI imports this module before the database layer is loaded
    from sqlalchemy import Connection

# Markers around matched words in snippets; callers render them (HTML <b>, CLI **...**).
MARK_OPEN = "\x02"
MARK_CLOSE = "\x03"
KINDS = ("record", "checklist", "prompt")
TITLE_WEIGHT = 10.0
BODY_WEIGHT = 1.0
# Above this many matches, rank only a bounded candidate set (see `search_one`).
CANDIDATE_CAP = 2000
# FTS5 keeps ready-made doclists for prefixes up to this many characters (build.py's `prefix=`);
# a longer prefix is answered by merging the doclists of every term it matches, per cursor.
INDEXED_PREFIX_CHARS = 3
_MAX_TERMS = 24
_MAX_TERM_CHARS = 64
_HAS_TOKEN = re.compile(r"[^\W_]")
_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Filters:
    kinds: tuple[str, ...] = ()
    record_types: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None
    publishers: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return self == Filters()


@dataclass(frozen=True)
class SearchHit:
    id: str
    kind: str
    title: str
    snippet: str
    score: float
    record_type: str | None = None
    year: int | None = None
    publisher: str | None = None
    library_id: str = ""
    language: str | None = None  # of the title shown; content holds every language it has

    def marked_snippet(self, open_: str, close: str) -> str:
        return self.snippet.replace(MARK_OPEN, open_).replace(MARK_CLOSE, close)


@dataclass
class SearchResult:
    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0
    total_is_exact: bool = True


def _chunks(query: str) -> tuple[list[str], bool]:
    """The words to search for, and whether the last one is still being typed (a prefix)."""
    # FTS5 reads C strings: a NUL would cut a quoted word. SQLite takes UTF-8: a lone surrogate
    # (possible in a Python str) cannot be sent.
    query = query.replace("\x00", " ").encode("utf-8", "replace").decode("utf-8")
    # Arabic is folded exactly as the build folded the indexed text (see core/arabic.py).
    words = [c[:_MAX_TERM_CHARS] for c in fold(query).split()
             if _HAS_TOKEN.search(c)][:_MAX_TERMS]
    is_prefix = bool(query) and not query[-1].isspace()
    if words and is_prefix:
        words[-1] = fold_prefix(words[-1])
    return words, is_prefix


def _phrases(query: str) -> list[str]:
    chunks, is_prefix = _chunks(query)
    quoted = ['"' + c.replace('"', '""') + '"' for c in chunks]
    if quoted and is_prefix:
        quoted[-1] += "*"
    return quoted


def match_expression(query: str) -> str | None:
    """Quote every word; the last one matches as a prefix unless the query ends in a space.

    Returns None when nothing searchable remains (only punctuation or spaces).
    """
    return " ".join(_phrases(query)) or None


def _filter_sql(filters: Filters, params: dict[str, object]) -> str:
    # `+d.column`: no index on a single facet, so browsing walks the title-order index that
    # build.py creates (it holds every facet) instead of sorting every matching document.
    clauses: list[str] = []

    def any_of(column: str, values: tuple[str, ...], name: str) -> None:
        if values:
            keys = []
            for i, value in enumerate(values):
                params[f"{name}{i}"] = value
                keys.append(f":{name}{i}")
            clauses.append(f"+d.{column} IN ({', '.join(keys)})")

    any_of("kind", filters.kinds, "k")
    any_of("record_type", filters.record_types, "t")
    any_of("publisher", filters.publishers, "p")
    any_of("language", filters.languages, "l")
    if filters.year_from is not None:
        params["yf"] = filters.year_from
        clauses.append("+d.year >= :yf")
    if filters.year_to is not None:
        params["yt"] = filters.year_to
        clauses.append("+d.year <= :yt")
    return "".join(f" AND {c}" for c in clauses)


_SCORE = f"bm25(search_fts, {TITLE_WEIGHT}, {BODY_WEIGHT})"
_ELLIPSIS = "…"
_HIT_COLUMNS = ("d.kind, d.ref_id, d.title, d.record_type, d.year, d.publisher, d.language, "
                f"snippet(search_fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}', '{_ELLIPSIS}', 12)")
# CROSS JOIN keeps the FTS table as the outer loop: the other way round, SQLite would probe it
# once per document, and every probe of a prefix longer than INDEXED_PREFIX_CHARS re-merges the
# doclists of all the terms that prefix matches.
_FROM = "FROM search_fts f CROSS JOIN search_docs d ON d.doc_id = f.rowid"


def search_one(conn: Connection, query: str, filters: Filters, limit: int, offset: int = 0,
               library_id: str = "", cap: int = CANDIDATE_CAP) -> SearchResult:
    """Search one content DB, best first.

    Exact weighted-bm25 order whenever the matches fit `cap`. Beyond it (one- and two-letter
    prefixes, very common words), only a bounded candidate set is scored, exactly: the first
    `cap` + 1 matches in doc-id order (checklists, prompts, then the newest records) and, after
    them, the first `cap` with a query word in the title. A smaller `cap` suits a glance at the
    top few (the search-as-you-type overlay); the default suits a full result list.
    FTS5's own `ORDER BY rank` would score and sort every match before applying any LIMIT.
    """
    phrases = _phrases(query)
    if not phrases:
        return SearchResult()
    match = " ".join(phrases)
    db = _sqlite(conn)
    params: dict[str, object] = {}
    where = _filter_sql(filters, params)
    if filters.kinds:
        # The build numbers documents kind by kind, so a kind is a rowid range FTS5 can seek:
        # checklists alone never walk the matches of 100,000 records.
        span = _kind_span(db, filters.kinds)
        if span is None:
            return SearchResult()
        where += f" AND f.rowid BETWEEN {span[0]} AND {span[1]}"
    source = _FROM if where else "FROM search_fts f"
    top = max(offset + limit, 1)
    # Scores the first CANDIDATE_CAP + 1 matches; SQLite keeps the best `top` and says how many
    # there were and where they ended, so Python only ever sees one page of rows.
    sql = (f"WITH first AS (SELECT {_SCORE} AS score, f.rowid AS rowid {source} "
           f"WHERE search_fts MATCH :match{where} LIMIT :candidates) "
           "SELECT score, rowid, (SELECT count(*) FROM first), (SELECT max(rowid) FROM first) "
           "FROM first ORDER BY score, rowid LIMIT :top")
    rows = db.execute(sql, {**params, "match": match, "candidates": cap + 1,
                            "top": top}).fetchall()
    if not rows:
        return SearchResult()
    total, last = rows[0][2], rows[0][3]
    best = [(score, rowid) for score, rowid, _, _ in rows]
    exact = total <= cap
    if not exact:
        # A word in the title weighs TITLE_WEIGHT times a word in the body: these are the
        # likely winners that doc-id order would miss.
        in_title = f"({match}) AND title : ({' OR '.join(phrases)})"
        sql = (f"SELECT f.rowid {source} WHERE search_fts MATCH :match{where} "
               "AND f.rowid > :last LIMIT :limit")
        extra = [r[0] for r in db.execute(sql, {**params, "match": in_title, "last": last,
                                                "limit": cap})]
        best += _scores(db, match, extra)
        best.sort()  # (score, rowid): best first, ties in doc-id order
        total += len(extra)
    page = best[offset: offset + limit]
    # One cursor over the page's range walks at most CANDIDATE_CAP matches when the result is
    # exact, and merges a long prefix's doclists only once; otherwise seek row by row.
    in_one_pass = exact or _unindexed_prefix(query)
    return SearchResult(_hydrate(db, match, page, in_one_pass, library_id),
                        total=total, total_is_exact=exact)


def _kind_span(db: sqlite3.Connection, kinds: tuple[str, ...]) -> tuple[int, int] | None:
    """The doc-id range holding every document of these kinds, or None if there are none."""
    lows, highs = [], []
    for kind in kinds:
        # Two index seeks; min() and max() in one SELECT would walk every document of the kind.
        low, high = db.execute(
            "SELECT (SELECT doc_id FROM search_docs WHERE kind = :k ORDER BY doc_id LIMIT 1), "
            "(SELECT doc_id FROM search_docs WHERE kind = :k ORDER BY doc_id DESC LIMIT 1)",
            {"k": kind}).fetchone()
        if low is not None:
            lows.append(int(low))
            highs.append(int(high))
    return (min(lows), max(highs)) if lows else None


def _scores(db: sqlite3.Connection, match: str, rowids: list[int]) -> list[tuple[float, int]]:
    """(weighted bm25, rowid) of the given matching rowids, in one pass over their range."""
    if not rowids:
        return []
    ids = sorted(rowids)
    # `+f.rowid`: an IN list handed to FTS5 would restart the query, and bm25's statistics
    # pass with it, once per id; tested after the fact, it costs a lookup per match in range.
    sql = (f"SELECT {_SCORE}, f.rowid FROM search_fts f WHERE search_fts MATCH :match "
           f"AND f.rowid BETWEEN {ids[0]} AND {ids[-1]} AND +f.rowid IN ({_id_list(ids)})")
    return db.execute(sql, {"match": match}).fetchall()


def _hydrate(db: sqlite3.Connection, match: str, page: list[tuple[float, int]],
             in_one_pass: bool, library_id: str) -> list[SearchHit]:
    """Facets and snippets for the shown rows only (snippet() is the costly part), in one query:
    either one cursor walking the matches between the page's first and last rows, or one
    FTS5 restart per row (each a seek, plus a merge of every term a long prefix matches)."""
    if not page:
        return []
    ids = sorted(rowid for _, rowid in page)
    if in_one_pass:
        where = f"f.rowid BETWEEN {ids[0]} AND {ids[-1]} AND +f.rowid IN ({_id_list(ids)})"
    else:
        where = f"f.rowid IN ({_id_list(ids)})"
    sql = f"SELECT f.rowid, {_HIT_COLUMNS} {_FROM} WHERE search_fts MATCH :match AND {where}"
    found = {row[0]: row[1:] for row in db.execute(sql, {"match": match})}
    hits = [_hit(found[rowid], score, library_id) for score, rowid in page if rowid in found]
    folded = [rowid for _, rowid in page if rowid in found and has_arabic(found[rowid][-1] or "")]
    if not folded:
        return hits
    # Snippets of folded documents were cut from the folded text: cut them from the original.
    originals = dict(db.execute(f"SELECT doc_id, body FROM search_docs WHERE doc_id IN "
                                f"({_id_list(folded)})"))
    return [replace(h, snippet=unfold_snippet(originals[rowid], h.snippet,
                                              (MARK_OPEN, MARK_CLOSE), _ELLIPSIS))
            if rowid in originals else h
            for h, rowid in zip(hits, [r for _, r in page if r in found], strict=True)]


def _hit(row: Sequence[Any], score: float, library_id: str) -> SearchHit:
    kind, ref_id, title, record_type, year, publisher, language, snippet = row
    return SearchHit(id=ref_id, kind=kind, title=title, snippet=snippet or "", score=score,
                     record_type=record_type, year=year, publisher=publisher,
                     library_id=library_id, language=language)


def _unindexed_prefix(query: str) -> bool:
    """Whether the last word is a prefix too long for FTS5's prefix indexes (see build.py)."""
    chunks, is_prefix = _chunks(query)
    if not chunks or not is_prefix:
        return False
    tokens = _TOKEN.findall(chunks[-1])
    return bool(tokens) and len(tokens[-1]) > INDEXED_PREFIX_CHARS


def _sqlite(conn: Connection) -> sqlite3.Connection:
    """The DBAPI connection underneath: SQLAlchemy's per-row result processing costs more than
    scoring a row, and a search may read a few thousand."""
    return conn.connection.driver_connection


def _id_list(rowids: list[int]) -> str:
    return ",".join(str(int(r)) for r in rowids)  # integers from SQLite itself: safe inline


def browse_one(conn: Connection, filters: Filters, limit: int,
               after: tuple[str, str] | None = None, library_id: str = "") -> list[SearchHit]:
    """Documents matching the filters alone, in title order, from just after `after`.

    Walks the title-order index that build.py creates, so a page costs about its own rows.
    """
    params: dict[str, object] = {"limit": limit}
    where = _filter_sql(filters, params)
    if after is not None:
        params["ak"], params["ai"] = after
        where += " AND (d.sort_key, d.ref_id) > (:ak, :ai)"
    sql = ("SELECT d.kind, d.ref_id, d.title, d.record_type, d.year, d.publisher, "
           f"substr(d.body, 1, 160) FROM search_docs d WHERE 1=1{where} "
           "ORDER BY d.sort_key, d.ref_id LIMIT :limit")
    return [SearchHit(id=r[1], kind=r[0], title=r[2], snippet=(r[6] or "").replace("\n", " "),
                      score=0.0, record_type=r[3], year=r[4], publisher=r[5],
                      library_id=library_id)
            for r in conn.exec_driver_sql(sql, params)]


def count_one(conn: Connection, filters: Filters) -> int:
    params: dict[str, object] = {}
    where = _filter_sql(filters, params)
    # `sort_key >= ''` holds for every document (it is never NULL) and steers SQLite to the
    # narrow title-order index, which holds every facet, instead of the wide table rows.
    everything = "d.sort_key >= ''" if where else "1=1"
    return conn.exec_driver_sql(f"SELECT count(*) FROM search_docs d WHERE {everything}{where}",
                                params).scalar_one()
