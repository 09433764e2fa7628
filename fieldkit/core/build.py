"""Compiles `data/`-style sources into one content DB with its FTS5 index.

Writes to a temporary file beside the output and renames it at the end: a failed build leaves no
partial file and an existing output untouched. Nothing else ever writes a content DB.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert

from fieldkit.core.db import writable_engine
from fieldkit.core.errors import BuildError, FieldKitError, SourceError
from fieldkit.core.importer import ParsedRecord, parse_record
from fieldkit.core.models import (
    CONTENT_SCHEMA_VERSION,
    Checklist,
    ContentBase,
    Item,
    LibraryMeta,
    Phase,
    Prompt,
    SearchDoc,
    Topic,
)
from fieldkit.core.sources import ChecklistSource, TopicSource, load_checklist, load_topic

FTS_DDL = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "title, body, content='search_docs', content_rowid='doc_id', "
    "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
)
_BATCH = 2000


@dataclass
class BuildReport:
    path: Path
    records: int
    checklists: int
    prompts: int


@dataclass
class LibraryInfo:
    id: str = "core"
    title: str = "FieldKit library"
    version: str | None = None


def read_library_info(src: Path) -> LibraryInfo:
    """`SRC/library.toml` (optional) names the library: id, title, version."""
    path = src / "library.toml"
    if not path.is_file():
        return LibraryInfo()
    try:
        doc = tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SourceError(path, f"not valid TOML ({exc})") from exc
    return LibraryInfo(
        id=str(doc.get("id", "core")),
        title=str(doc.get("title", "FieldKit library")),
        version=str(doc["version"]) if "version" in doc else None,
    )


def _record_body(r: ParsedRecord) -> str:
    parts = [r.summary, r.description, "\n".join(r.key_concepts), r.contact, r.publisher,
             r.record_type, *r.extra.values()]
    return "\n".join(p for p in parts if p)


def _checklist_body(c: ChecklistSource) -> str:
    lines = [c.summary or ""]
    for phase in c.phases:
        lines.append(phase.title)
        lines.extend(f"{i.text} {i.detail or ''}".strip() for i in phase.items)
    return "\n".join(line for line in lines if line)


def _check_links(checklists: list[ChecklistSource], topics: list[TopicSource],
                 record_ids: set[str], src: Path) -> None:
    prompt_ids: set[str] = set()
    for topic in topics:
        for p in topic.prompts:
            if p.id in prompt_ids:
                raise SourceError(src / "prompts" / f"{topic.id}.toml", f"prompt id {p.id!r} is used twice")
            prompt_ids.add(p.id)
    checklist_ids: set[str] = set()
    for c in checklists:
        if c.id in checklist_ids:
            raise SourceError(src / "checklists", f"checklist id {c.id!r} is used twice")
        checklist_ids.add(c.id)
        for phase in c.phases:
            for item in phase.items:
                missing = [p for p in item.prompts if p not in prompt_ids]
                if missing:
                    raise SourceError(src / "checklists" / f"{c.id}.toml",
                                      f"item {item.id!r} links to unknown prompt {missing[0]!r}")
    clash = (prompt_ids & checklist_ids) | (record_ids & (prompt_ids | checklist_ids))
    if clash:
        raise BuildError(f"{src}: id {sorted(clash)[0]!r} names two different things")


def build_library(
    src: Path,
    out: Path,
    *,
    info: LibraryInfo | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BuildReport:
    """Build `out` from `src/library/*.txt`, `src/checklists/*.toml`, `src/prompts/*.toml`."""
    src, out = Path(src), Path(out)
    if not src.is_dir():
        raise BuildError(f"{src}: the source folder does not exist")
    info = info or read_library_info(src)
    record_files = sorted((src / "library").glob("*.txt"))
    checklists = [load_checklist(p) for p in sorted((src / "checklists").glob("*.toml"))]
    topics = [load_topic(p) for p in sorted((src / "prompts").glob("*.toml"))]

    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".building", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        report = _write(tmp, src, info, record_files, checklists, topics, progress)
        os.replace(tmp, out)
    except BaseException:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        raise
    report.path = out
    return report


def _write(tmp: Path, src: Path, info: LibraryInfo, record_files: list[Path],
           checklists: list[ChecklistSource], topics: list[TopicSource],
           progress: Callable[[int, int], None] | None) -> BuildReport:
    engine = writable_engine(tmp, synchronous="OFF")
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    try:
        with engine.begin() as conn:
            ContentBase.metadata.create_all(conn)
            conn.exec_driver_sql(FTS_DDL)
            conn.execute(insert(LibraryMeta), [{
                "id": info.id, "title": info.title,
                "version": info.version or now.strftime("%Y.%m.%d"),
                "built_at": now.isoformat().replace("+00:00", "Z"),
                "schema_version": CONTENT_SCHEMA_VERSION,
            }])
            doc_id = 0
            docs: list[dict[str, object]] = []

            def add_doc(kind: str, ref_id: str, title: str, body: str, **facets: object) -> None:
                nonlocal doc_id
                doc_id += 1
                docs.append({"doc_id": doc_id, "kind": kind, "ref_id": ref_id, "title": title,
                             "body": body, "sort_key": title.casefold(), "record_type": None,
                             "year": None, "publisher": None, "language": None, **facets})

            # Checklists and prompts come first: low doc ids are what broad searches see first.
            for c_pos, c in enumerate(checklists):
                conn.execute(insert(Checklist), [{
                    "id": c.id, "title": c.title, "summary": c.summary, "setting": c.setting,
                    "language": c.language, "position": c_pos}])
                for p_pos, phase in enumerate(c.phases):
                    phase_pk = conn.execute(insert(Phase).values(
                        checklist_id=c.id, id=phase.id, title=phase.title, position=p_pos
                    )).inserted_primary_key[0]
                    if phase.items:
                        conn.execute(insert(Item), [{
                            "phase_pk": phase_pk, "checklist_id": c.id, "id": i.id,
                            "text": i.text, "detail": i.detail, "kind": i.kind,
                            "prompts": i.prompts, "position": pos}
                            for pos, i in enumerate(phase.items)])
                add_doc("checklist", c.id, c.title, _checklist_body(c), language=c.language)
            for t_pos, topic in enumerate(topics):
                conn.execute(insert(Topic), [{"id": topic.id, "title": topic.title,
                                              "position": t_pos}])
                if topic.prompts:
                    conn.execute(insert(Prompt), [{
                        "id": p.id, "topic_id": topic.id, "title": p.title, "text": p.text,
                        "do": p.do, "avoid": p.avoid, "ask": p.ask, "contexts": p.contexts,
                        "language": topic.language, "position": pos}
                        for pos, p in enumerate(topic.prompts)])
                for p in topic.prompts:
                    body = "\n".join([p.text, *p.do, *p.avoid, *p.ask, topic.title])
                    add_doc("prompt", p.id, p.title, body, language=topic.language)

            record_ids = _insert_records(conn, record_files, add_doc, docs, progress)
            _check_links(checklists, topics, record_ids, src)
            _flush_docs(conn, docs)
            conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
            conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
        with engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except FieldKitError:
        raise
    except OSError as exc:
        raise BuildError(f"{tmp.parent}: cannot write the library ({exc.strerror})") from exc
    except Exception as exc:
        raise BuildError(f"{tmp.parent}: the library could not be written ({exc})") from exc
    finally:
        engine.dispose()
    return BuildReport(tmp, len(record_ids), len(checklists), sum(len(t.prompts) for t in topics))


def _insert_records(conn, record_files, add_doc, docs, progress) -> set[str]:
    from fieldkit.core.models import Record

    parsed = [parse_record(p) for p in record_files]
    # Newest first in doc-id order, so broad prefix searches surface recent resources.
    parsed.sort(key=lambda r: (-(r.year or 0), r.title.casefold()))
    seen: dict[str, str] = {}
    batch: list[dict[str, object]] = []
    for index, r in enumerate(parsed, start=1):
        if r.id in seen:
            raise BuildError(f"{r.source_file}: record id {r.id} is also used by {seen[r.id]}")
        seen[r.id] = r.source_file or ""
        batch.append({
            "id": r.id, "title": r.title, "record_type": r.record_type, "contact": r.contact,
            "year": r.year, "publisher": r.publisher, "summary": r.summary,
            "description": r.description, "key_concepts": r.key_concepts, "extra": r.extra,
            "language": r.language, "source_file": r.source_file})
        add_doc("record", r.id, r.title, _record_body(r), record_type=r.record_type,
                year=r.year, publisher=r.publisher, language=r.language)
        if len(batch) >= _BATCH:
            conn.execute(insert(Record), batch)
            _flush_docs(conn, docs)
            batch.clear()
            if progress:
                progress(index, len(parsed))
    if batch:
        conn.execute(insert(Record), batch)
    if progress:
        progress(len(parsed), len(parsed))
    return set(seen)


def _flush_docs(conn, docs: list[dict[str, object]]) -> None:
    if docs:
        conn.execute(insert(SearchDoc), docs)
        docs.clear()
