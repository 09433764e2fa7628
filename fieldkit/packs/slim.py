"""The slim content DB (source rows only, no search index), its content digest, and the
client-side index build that turns a slim DB back into a full, searchable content DB.

The digest is a SHA-256 over the rows in stable-id order, so two builds of the same content
(different files, different `built_at`) give the same digest. Never writes a live library.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import URL, create_engine

from fieldkit.core.build import FTS_DDL, SEARCH_TEXT_DDL, folded_text, search_text
from fieldkit.core.models import ContentBase, SearchDoc, create_tables
from fieldkit.core.translations import checklist_search_text, prompt_search_texts
from fieldkit.packs.errors import InstallError

# The source tables, each with the order the digest reads it in (stable ids, never rowids).
_SOURCE_ORDER = {
    "library_meta": "id",
    "topics": "id",
    "prompts": "id",
    "checklists": "id",
    "phases": "checklist_id, id",
    "items": "checklist_id, phase_pk, id",
    "records": "id",
    "worksheets": "id",
    "worksheet_sections": "worksheet_id, id",
    "worksheet_fields": "worksheet_id, id",
    "translations": "kind, id, language",
}
# Rowid columns and build stamps are not content: left out of the digest.
_NOT_CONTENT = {"pk", "phase_pk", "section_pk", "built_at", "version"}
# FTS5's in-memory buffer while indexing: bounded memory (peak 460 MB installing 100,000
# records), big enough that few segments are merged (64 MB cost a third more CPU)
_FTS_HASHSIZE = 192 * 1024 * 1024
_CACHE_KIB = 128 * 1024  # page cache while indexing: FTS5 merges its segments in it


@dataclass(frozen=True)
class Counts:
    records: int
    checklists: int
    prompts: int

    def as_json(self) -> dict[str, int]:
        return {"record": self.records, "checklist": self.checklists, "prompt": self.prompts}


@contextlib.contextmanager
def _connect(path: Path, *, readonly: bool = False) -> Iterator[sqlite3.Connection]:
    uri = f"file:{quote(str(Path(path).resolve()))}" + ("?mode=ro" if readonly else "")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def make_slim(full_db: Path, slim: Path, pack_id: str, version: int, *,
              compact: bool = True) -> Counts:
    """Copy the source rows of `full_db` into a new file `slim`, in stable-id order
    (`compact`: VACUUM it too, for a pack; a copy the client indexes at once needs not)."""
    tables = [t for t in ContentBase.metadata.sorted_tables if t.name != SearchDoc.__tablename__]
    engine = create_engine(URL.create("sqlite+pysqlite", database=str(Path(slim).absolute())))
    try:
        create_tables(engine, tables)
    finally:
        engine.dispose()
    with _connect(slim) as conn:
        conn.execute("ATTACH DATABASE ? AS src", (f"file:{quote(str(Path(full_db).resolve()))}"
                                                   "?mode=ro",))
        conn.execute("BEGIN")
        for table in tables:
            cols = ", ".join(c.name for c in table.columns)
            order = "pk" if table.name in ("phases", "items", "worksheet_sections",
                                           "worksheet_fields") else _SOURCE_ORDER[table.name]
            conn.execute(f"INSERT INTO main.{table.name} ({cols}) "
                         f"SELECT {cols} FROM src.{table.name} ORDER BY {order}")
        conn.execute("UPDATE main.library_meta SET id = ?, version = ?", (pack_id, str(version)))
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE src")
        if compact:
            conn.execute("VACUUM")
        return counts(conn)


def counts(conn: sqlite3.Connection) -> Counts:
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    return Counts(one("SELECT count(*) FROM records"), one("SELECT count(*) FROM checklists"),
                  one("SELECT count(*) FROM prompts"))


def content_digest(db: Path) -> str:
    """SHA-256 over every source row, table by table, in stable-id order."""
    h = hashlib.sha256()
    with _connect(db, readonly=True) as conn:
        for table, order in _SOURCE_ORDER.items():
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                    if r[1] not in _NOT_CONTENT]
            select = ", ".join(cols)
            if table == "items":  # the phase by its stable id, not its rowid
                select = ", ".join(f"items.{c}" for c in cols) + ", phases.id"
                sql = (f"SELECT {select} FROM items JOIN phases ON phases.pk = items.phase_pk "
                       "ORDER BY items.checklist_id, phases.id, items.id")
            elif table == "worksheet_fields":  # the section by its stable id, not its rowid
                select = (", ".join(f"worksheet_fields.{c}" for c in cols)
                          + ", worksheet_sections.id")
                sql = (f"SELECT {select} FROM worksheet_fields JOIN worksheet_sections ON "
                       "worksheet_sections.pk = worksheet_fields.section_pk ORDER BY "
                       "worksheet_fields.worksheet_id, worksheet_fields.id")
            else:
                sql = f"SELECT {select} FROM {table} ORDER BY {order}"
            h.update(json.dumps([table, cols]).encode())
            for row in conn.execute(sql):
                h.update(json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode())
                h.update(b"\n")
    return h.hexdigest()


# --- client side: slim -> full --------------------------------------------------------------

def _record_body(summary, description, key_concepts, contact, publisher, record_type,
                 extra) -> str:
    parts = [summary, description, "\n".join(json.loads(key_concepts or "[]")), contact,
             publisher, record_type, *json.loads(extra or "{}").values()]
    return "\n".join(p for p in parts if p)


def _docs(conn: sqlite3.Connection) -> Iterator[tuple[object, ...]]:
    """The search documents, in the order and shape `core.build` writes them."""
    docs: list[tuple[object, ...]] = []
    translated: dict[tuple[str, str], list[dict]] = {}
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'translations'").fetchone():
        for kind, unit, texts in conn.execute(
                "SELECT kind, id, texts FROM translations ORDER BY kind, id, language"):
            translated.setdefault((kind, unit), []).append(json.loads(texts))

    def add(kind, ref_id, title, body, language=None, extra=()) -> None:
        body, s_title, s_body = search_text(title, body, extra)
        docs.append((len(docs) + 1, kind, ref_id, title, body, title.casefold(), None,
                     None, None, language, s_title, s_body))

    for cid, title, summary, language in conn.execute(
            "SELECT id, title, summary, language FROM checklists ORDER BY position, id"):
        lines = [summary or ""]
        for ppk, ptitle in conn.execute(
                "SELECT pk, title FROM phases WHERE checklist_id = ? ORDER BY position", (cid,)):
            lines.append(ptitle)
            lines.extend(f"{text} {detail or ''}".strip() for text, detail in conn.execute(
                "SELECT text, detail FROM items WHERE phase_pk = ? ORDER BY position", (ppk,)))
        add("checklist", cid, title, "\n".join(line for line in lines if line),
            language=language, extra=[checklist_search_text(t)
                                      for t in translated.get(("checklist", cid), [])])
    for pid, title, text, do, avoid, ask, ttitle, language, tid in conn.execute(
            "SELECT p.id, p.title, p.text, p.do, p.avoid, p.ask, t.title, p.language, t.id "
            "FROM prompts p JOIN topics t ON t.id = p.topic_id ORDER BY t.position, p.position"):
        body = "\n".join([text, *json.loads(do), *json.loads(avoid), *json.loads(ask), ttitle])
        texts = [prompt_search_texts(t) for t in translated.get(("topic", tid), [])]
        add("prompt", pid, title, body, language=language,
            extra=[tr[pid] for tr in texts if pid in tr])
    yield from docs
    # Records: only the sort keys are held in memory, the rows are read one at a time.
    order = sorted((-(year or 0), title.casefold(), rid) for rid, title, year in
                   conn.execute("SELECT id, title, year FROM records"))
    reader = conn.cursor()
    for doc_id, (_year, _title, rid) in enumerate(order, start=len(docs) + 1):
        (title, rtype, contact, year, publisher, summary, description, concepts, extra,
         language) = reader.execute(
            "SELECT title, record_type, contact, year, publisher, summary, description, "
            "key_concepts, extra, language FROM records WHERE id = ?", (rid,)).fetchone()
        body = _record_body(summary, description, concepts, contact, publisher, rtype, extra)
        yield (doc_id, "record", rid, title, body, title.casefold(), rtype, year, publisher,
               language, *folded_text(title, body))


def index_slim(db: Path) -> None:
    """Adds the search documents, the FTS5 index and the browse index to a slim DB (a staged
    copy, never a live one), then switches it to WAL like every FieldKit content DB."""
    engine = create_engine(URL.create("sqlite+pysqlite", database=str(Path(db).absolute())))
    try:
        create_tables(engine, [SearchDoc.__table__])
    finally:
        engine.dispose()
    try:
        with _connect(db) as conn:
            conn.execute("PRAGMA journal_mode=OFF")
            conn.execute("PRAGMA synchronous=OFF")
            conn.execute(f"PRAGMA cache_size=-{_CACHE_KIB}")
            conn.execute("PRAGMA temp_store=MEMORY")
            conn.execute("BEGIN")
            cols = ("doc_id", "kind", "ref_id", "title", "body", "sort_key", "record_type",
                    "year", "publisher", "language", "search_title", "search_body")
            conn.executemany(f"INSERT INTO search_docs ({', '.join(cols)}) VALUES "
                             f"({', '.join('?' * len(cols))})", _docs(conn))
            conn.execute(SEARCH_TEXT_DDL)
            conn.execute(FTS_DDL)
            fts = "INSERT INTO search_fts(search_fts, rank) VALUES (?, ?)"
            conn.execute(fts, ("hashsize", _FTS_HASHSIZE))
            conn.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
            conn.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
            conn.execute(fts, ("hashsize", 1024 * 1024))
            conn.execute("CREATE INDEX search_docs_browse ON search_docs "
                         "(sort_key, ref_id, kind, record_type, year, publisher, language)")
            conn.execute("COMMIT")
            conn.execute("PRAGMA analysis_limit=1000")
            conn.execute("ANALYZE")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.DatabaseError as exc:
        raise InstallError(f"the search index could not be built in {Path(db).parent} ({exc}: "
                           "is the disk full?)") from exc


def integrity_ok(db: Path) -> bool:
    try:
        with _connect(db, readonly=True) as conn:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        return False


def schema_version(db: Path) -> tuple[str, int]:
    """The library id and content schema version a content DB says it has."""
    with _connect(db, readonly=True) as conn:
        row = conn.execute("SELECT id, schema_version FROM library_meta").fetchone()
    if row is None:
        raise sqlite3.DatabaseError("library_meta is empty")
    return str(row[0]), int(row[1])
