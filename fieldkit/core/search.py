"""Turns whatever a person types into a safe FTS5 query, and runs it fast on one content DB.

Never raises on user text: every word is quoted, so FTS5 syntax (AND, NEAR, *, ^, :, quotes) is
searched as text. Broad prefixes are ranked over a bounded candidate set, never the whole library.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

# Markers around matched words in snippets; callers render them (HTML <b>, CLI **...**).
MARK_OPEN = "\x02"
MARK_CLOSE = "\x03"
KINDS = ("record", "checklist", "prompt")
TITLE_WEIGHT = 10.0
BODY_WEIGHT = 1.0
# Above this many matches, rank only a bounded candidate set (see `search_one`).
CANDIDATE_CAP = 2000
_MAX_TERMS = 24
_MAX_TERM_CHARS = 64
_HAS_TOKEN = re.compile(r"[^\W_]")


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

    def marked_snippet(self, open_: str, close: str) -> str:
        return self.snippet.replace(MARK_OPEN, open_).replace(MARK_CLOSE, close)


@dataclass
class SearchResult:
    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0
    total_is_exact: bool = True


def match_expression(query: str) -> str | None:
    """Quote every word; the last one matches as a prefix unless the query ends in a space.

    Returns None when nothing searchable remains (only punctuation or spaces).
    """
    chunks = [c[:_MAX_TERM_CHARS] for c in query.split() if _HAS_TOKEN.search(c)][:_MAX_TERMS]
    if not chunks:
        return None
    quoted = ['"' + c.replace('"', '""') + '"' for c in chunks]
    if query and not query[-1].isspace():
        quoted[-1] += "*"
    return " ".join(quoted)


def _filter_sql(filters: Filters, params: dict[str, object]) -> str:
    clauses: list[str] = []

    def any_of(column: str, values: tuple[str, ...], name: str) -> None:
        if values:
            keys = []
            for i, value in enumerate(values):
                params[f"{name}{i}"] = value
                keys.append(f":{name}{i}")
            clauses.append(f"d.{column} IN ({', '.join(keys)})")

    any_of("kind", filters.kinds, "k")
    any_of("record_type", filters.record_types, "t")
    any_of("publisher", filters.publishers, "p")
    any_of("language", filters.languages, "l")
    if filters.year_from is not None:
        params["yf"] = filters.year_from
        clauses.append("d.year >= :yf")
    if filters.year_to is not None:
        params["yt"] = filters.year_to
        clauses.append("d.year <= :yt")
    return "".join(f" AND {c}" for c in clauses)


_SCORE = f"bm25(search_fts, {TITLE_WEIGHT}, {BODY_WEIGHT})"


def _candidates(conn: Connection, match: str, where: str, params: dict[str, object],
                cap: int) -> list[tuple[int, float]]:
    sql = text(
        f"SELECT f.rowid, {_SCORE} FROM search_fts f JOIN search_docs d ON d.doc_id = f.rowid "
        f"WHERE search_fts MATCH :match{where} LIMIT :cap"
    )
    return [(r[0], r[1]) for r in conn.execute(sql, {**params, "match": match, "cap": cap})]


def search_one(conn: Connection, query: str, filters: Filters, limit: int, offset: int = 0,
               library_id: str = "") -> SearchResult:
    """Search one content DB. Exact bm25 order when the matches fit the candidate cap;
    otherwise the best of (all title matches up to the cap) + (the first cap matches in
    doc-id order: checklists, prompts, then the newest records)."""
    match = match_expression(query)
    if match is None:
        return SearchResult()
    params: dict[str, object] = {}
    where = _filter_sql(filters, params)
    rows = _candidates(conn, match, where, params, CANDIDATE_CAP + 1)
    exact = len(rows) <= CANDIDATE_CAP
    if not exact:
        title_rows = _candidates(conn, f"title : ({match})", where, params, CANDIDATE_CAP)
        rows = list({**dict(rows[:CANDIDATE_CAP]), **dict(title_rows)}.items())
    rows.sort(key=lambda r: (r[1], r[0]))
    page = rows[offset: offset + limit]
    hits = _hydrate(conn, match, page, library_id)
    return SearchResult(hits=hits, total=len(rows), total_is_exact=exact)


def _hydrate(conn: Connection, match: str, page: list[tuple[int, float]],
             library_id: str) -> list[SearchHit]:
    """Snippets and facets for the shown rows only: snippet() is the costly part."""
    sql = text(
        "SELECT d.kind, d.ref_id, d.title, d.record_type, d.year, d.publisher, "
        f"snippet(search_fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 12) "
        "FROM search_fts f JOIN search_docs d ON d.doc_id = f.rowid "
        "WHERE search_fts MATCH :match AND f.rowid = :rowid"
    )
    hits: list[SearchHit] = []
    for rowid, score in page:
        row = conn.execute(sql, {"match": match, "rowid": rowid}).first()
        if row is None:
            continue
        hits.append(SearchHit(id=row[1], kind=row[0], title=row[2], snippet=row[6] or "",
                              score=score, record_type=row[3], year=row[4], publisher=row[5],
                              library_id=library_id))
    return hits


def browse_one(conn: Connection, filters: Filters, limit: int,
               after: tuple[str, str] | None = None, library_id: str = "") -> list[SearchHit]:
    """Documents matching the filters alone, in title order, from just after `after`."""
    params: dict[str, object] = {"limit": limit}
    where = _filter_sql(filters, params)
    if after is not None:
        params["ak"], params["ai"] = after
        where += " AND (d.sort_key, d.ref_id) > (:ak, :ai)"
    sql = text(
        "SELECT d.kind, d.ref_id, d.title, d.record_type, d.year, d.publisher, d.sort_key, "
        f"substr(d.body, 1, 160) FROM search_docs d WHERE 1=1{where} "
        "ORDER BY d.sort_key, d.ref_id LIMIT :limit"
    )
    return [SearchHit(id=r[1], kind=r[0], title=r[2], snippet=(r[7] or "").replace("\n", " "),
                      score=0.0, record_type=r[3], year=r[4], publisher=r[5],
                      library_id=library_id)
            for r in conn.execute(sql, params)]


def count_one(conn: Connection, filters: Filters) -> int:
    params: dict[str, object] = {}
    where = _filter_sql(filters, params)
    return conn.execute(text(f"SELECT count(*) FROM search_docs d WHERE 1=1{where}"),
                        params).scalar_one()
