"""Compiles `data/`-style sources into one content DB with its FTS5 index.

Writes to a temporary file beside the output and renames it at the end: a failed build leaves no
partial file and an existing output untouched. Nothing else ever writes a content DB.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import multiprocessing
import os
import signal
import sqlite3
import sys
import threading
import tomllib
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import URL, Connection, Engine, create_engine, event, insert

from fieldkit.core.arabic import fold
from fieldkit.core.errors import (
    BuildError,
    FieldKitError,
    InputFileError,
    RecordFormatError,
    SourceError,
)
from fieldkit.core.files import (
    DISK_FULL,
    SOURCE_FILE_LIMIT,
    atomic_target,
    check_output_target,
    read_regular_file,
    remove_stale_temps,
    target_of,
)
from fieldkit.core.importer import ParsedRecord, parse_record
from fieldkit.core.models import (
    CONTENT_SCHEMA_VERSION,
    Checklist,
    Item,
    LibraryMeta,
    Phase,
    Prompt,
    Topic,
    Translation,
    Worksheet,
    WorksheetField,
    WorksheetSection,
    create_tables,
)
from fieldkit.core.search import INDEXED_PREFIX_CHARS
from fieldkit.core.sources import (
    ChecklistSource,
    TopicSource,
    WorksheetSource,
    load_checklist,
    load_topic,
    load_worksheet,
)
from fieldkit.core.translations import Translation as TranslationSource
from fieldkit.core.translations import (
    checklist_search_text,
    load_translations,
    prompt_search_texts,
)

# Prefix indexes make search-as-you-type's short prefixes one doclist read instead of a merge
# of every term they match; each costs build time and space, so only the shortest, broadest.
# FTS5 reads the text it indexes (and cuts snippets from) through this view: the Arabic-folded
# copy where there is one (see core/arabic.py), so the index holds what queries are folded to.
SEARCH_TEXT_DDL = (
    "CREATE VIEW search_text AS SELECT doc_id, coalesce(search_title, title) AS title, "
    "coalesce(search_body, body) AS body FROM search_docs"
)
FTS_DDL = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "title, body, content='search_text', content_rowid='doc_id', "
    "tokenize='unicode61 remove_diacritics 2', "
    f"prefix='{' '.join(str(n) for n in range(1, INDEXED_PREFIX_CHARS + 1))}')"
)
# The build is one transaction into a temporary file, deleted on failure: no journal is needed.
_BUILD_PRAGMAS = ("PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF", "PRAGMA foreign_keys=ON",
                  "PRAGMA cache_size=-65536", "PRAGMA temp_store=MEMORY")
# FTS5 flushes its in-memory index every `hashsize` bytes (1 MB by default) and then keeps
# merging the flushed segments: a bigger buffer for the build writes a few large segments.
_FTS_BUILD_HASHSIZE = 512 * 1024 * 1024
_FTS_DEFAULT_HASHSIZE = 1024 * 1024
# Parsing is most of a big build; below this many records a process pool costs more than it saves.
_PARALLEL_FROM = 4000
_CHUNK = 500
_RECORD_COLUMNS = ("id", "title", "record_type", "contact", "year", "publisher", "summary",
                   "description", "key_concepts", "extra", "language", "source_file")
_DOC_COLUMNS = ("doc_id", "kind", "ref_id", "title", "body", "sort_key", "record_type", "year",
                "publisher", "language", "search_title", "search_body")


def folded_text(title: str, body: str) -> tuple[str | None, str | None]:
    """(search_title, search_body): the Arabic-folded title and body, None where unchanged."""
    f_title, f_body = fold(title), fold(body)
    return (f_title if f_title != title else None, f_body if f_body != body else None)


def search_text(title: str, body: str, translated: Sequence[tuple[str, str]] = ()
                ) -> tuple[str, str | None, str | None]:
    """(body, search_title, search_body) of a document whose unit has translations: one document
    per id, holding every language, so a search in any language finds it once. The title shown
    stays the English one (LibrarySet puts the user's language on screen)."""
    if not translated:
        return (body, *folded_text(title, body))
    body = "\n".join([body, *(b for _t, b in translated)])
    return body, fold("\n".join([title, *(t for t, _b in translated)])), folded_text(title, body)[1]


@dataclass
class BuildReport:
    path: Path
    records: int
    checklists: int
    prompts: int
    worksheets: int = 0


@dataclass
class LibraryInfo:
    id: str = "core"
    title: str = "FieldKit library"
    version: str | None = None


def read_library_info(src: Path) -> LibraryInfo:
    """`SRC/library.toml` (optional) names the library: id, title, version."""
    path = src / "library.toml"
    if not os.path.lexists(path):
        return LibraryInfo()
    try:
        doc = tomllib.loads(read_regular_file(path, SOURCE_FILE_LIMIT).decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SourceError(path, f"not valid TOML ({exc})") from exc
    except InputFileError as exc:
        raise SourceError(path, exc.reason) from exc
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


def _check_sources(checklist_files: list[tuple[Path, ChecklistSource]],
                   topic_files: list[tuple[Path, TopicSource]]) -> set[str]:
    """Ids unique and links resolved, before anything is written; returns the content ids."""
    prompt_ids: set[str] = set()
    topic_ids: set[str] = set()
    for path, topic in topic_files:
        if topic.id in topic_ids:
            raise SourceError(path, f"topic {topic.id!r} is also defined in another file")
        topic_ids.add(topic.id)
        for p in topic.prompts:
            if p.id in prompt_ids:
                raise SourceError(path, f"prompt id {p.id!r} is used twice")
            prompt_ids.add(p.id)
    checklist_ids: set[str] = set()
    for path, c in checklist_files:
        if c.id in checklist_ids:
            raise SourceError(path, f"checklist id {c.id!r} is used twice")
        if c.id in prompt_ids:
            raise SourceError(path, f"checklist id {c.id!r} is also the id of a prompt")
        checklist_ids.add(c.id)
        for phase in c.phases:
            for item in phase.items:
                missing = [p for p in item.prompts if p not in prompt_ids]
                if missing:
                    raise SourceError(path, f"item {item.id!r} links to unknown prompt "
                                            f"{missing[0]!r}")
    return prompt_ids | checklist_ids


def _check_worksheets(worksheet_files: list[tuple[Path, WorksheetSource]],
                      topic_files: list[tuple[Path, TopicSource]]) -> None:
    """Worksheet ids unique, and every prompt a worksheet links to exists."""
    prompt_ids = {p.id for _path, t in topic_files for p in t.prompts}
    seen: set[str] = set()
    for path, w in worksheet_files:
        if w.id in seen:
            raise SourceError(path, f"worksheet id {w.id!r} is used twice")
        seen.add(w.id)
        for where, prompt_id in w.prompt_links():
            if prompt_id not in prompt_ids:
                raise SourceError(path, f"{where} links to unknown prompt {prompt_id!r}")


def _ordered_worksheets(files: list[tuple[Path, WorksheetSource]]) -> list[WorksheetSource]:
    """By `order`, then file name, the id breaking ties: the same sources, the same rows."""
    return [w for _p, w in sorted(files, key=lambda pw: (pw[1].order, pw[0].name, pw[1].id))]


def _insert_worksheets(conn: Connection, worksheets: list[WorksheetSource]) -> None:
    for w_pos, w in enumerate(worksheets):
        conn.execute(insert(Worksheet), [{
            "id": w.id, "title": w.title, "summary": w.summary, "language": w.language,
            "one_page": w.one_page, "position": w_pos}])
        for s_pos, section in enumerate(w.sections):
            section_pk = conn.execute(insert(WorksheetSection).values(
                worksheet_id=w.id, id=section.id, title=section.title, text=section.text,
                points=section.points, prompts=section.prompts, position=s_pos,
            )).inserted_primary_key[0]
            if section.fields:
                conn.execute(insert(WorksheetField), [{
                    "section_pk": section_pk, "worksheet_id": w.id, "id": f.id,
                    "label": f.label, "kind": f.kind, "help": f.help, "options": f.options,
                    "prompts": f.prompts, "position": pos}
                    for pos, f in enumerate(section.fields)])


def _check_links(content_ids: set[str], record_ids: set[str], src: Path) -> None:
    clash = record_ids & content_ids
    if clash:
        raise BuildError(f"{src}: id {sorted(clash)[0]!r} names two different things")


def build_library(
    src: Path,
    out: Path,
    *,
    info: LibraryInfo | None = None,
    progress: Callable[[int, int], None] | None = None,
    data_folders: tuple[Path, ...] = (),
) -> BuildReport:
    """Build `out` from `src/library/*.txt`, `src/checklists/*.toml`, `src/prompts/*.toml`,
    `src/worksheets/*.toml` and their translations `src/i18n/<lang>/...` (checked against the
    English files first: a mirror that differs in anything but text is a SourceError).

    Reads only regular files inside `src` (a link, FIFO or device is a SourceError or
    RecordFormatError naming it); refuses an `out` inside a data folder or that is not a
    regular file (OutputError). SIGTERM or Ctrl+C before the new library is complete removes
    the temp file and keeps the previous library (after it, SIGTERM ends the process once the
    library is in place); the next build removes a temp file a kill -9 left."""
    src, out = Path(src), Path(out)
    if not src.is_dir():
        raise BuildError(f"{src}: the source folder does not exist")
    check_output_target(out, *data_folders)
    info = info or read_library_info(src)
    record_files = _source_files(src, "library", "*.txt")
    checklist_files = [(p, load_checklist(p)) for p in _source_files(src, "checklists", "*.toml")]
    topic_files = [(p, load_topic(p)) for p in _source_files(src, "prompts", "*.toml")]
    content_ids = _check_sources(checklist_files, topic_files)
    worksheet_files = [(p, load_worksheet(p)) for p in _source_files(src, "worksheets", "*.toml")]
    _check_worksheets(worksheet_files, topic_files)
    translations = load_translations(src)
    worksheets = _ordered_worksheets(worksheet_files)
    checklists = [c for _p, c in checklist_files]
    topics = [t for _p, t in topic_files]

    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BuildError(f"{out.parent}: cannot create the folder ({exc.strerror})") from exc
    remove_stale_temps(out, _TEMP_SUFFIX)
    with _signals_stop_build() as stop, atomic_target(out, suffix=_TEMP_SUFFIX,
                                                       what="the library") as tmp:

        def step(done: int, total: int) -> None:
            stop.check()
            if progress:
                progress(done, total)

        try:
            report = _write(tmp, src, info, record_files, checklists, topics, content_ids,
                            step, worksheets, translations, interrupt=stop.interrupt)
        except BuildError:
            stop.check()  # SIGTERM interrupted SQLite mid-statement: say that, not SQLite's words
            raise
        stop.commit()  # from here the temp file takes the library's place, signal or not
    report.path = out
    return report


_TEMP_SUFFIX = ".building"


def _source_files(src: Path, folder: str, pattern: str) -> list[Path]:
    """The files of `src/folder` matching `pattern`, sorted; the folder must lie inside `src`
    (a linked folder pointing elsewhere is refused). Each file is checked as it is read."""
    path = src / folder
    if not path.is_dir():
        return []
    if not path.resolve().is_relative_to(src.resolve()):
        raise BuildError(f"{path}: this folder is a link to {path.resolve()}, outside the "
                         "source folder; the build reads only files inside it")
    return sorted(path.glob(pattern))


class _Terminated(BuildError):
    """SIGTERM or SIGINT (Ctrl+C) arrived during a build."""

    def __init__(self, signum: int = signal.SIGTERM) -> None:
        name = "Ctrl+C" if signum == signal.SIGINT else signal.Signals(signum).name
        super().__init__(f"the build was stopped ({name}); the previous library, if any, "
                         "is unchanged")


class _Stop:
    """Whether SIGTERM or Ctrl+C arrived, and whether the build is past the point of no return.

    The signal handler only notes the signal: an exception raised in a handler lands wherever
    the main thread stands (in an at-fork hook or a finaliser Python drops it; in SQLAlchemy's
    connection reset it is logged with a traceback; in a cleanup it stops the cleanup half-way).
    The build looks at the note where it is safe to stop: after each parsed chunk (`check`),
    in SQLite's progress handler (`interrupt`: the statement running ends) and before the temp
    file takes the library's place (`commit`). After `commit` the build goes on; with SIGTERM
    the process then ends as it means (exit -15), with the new library whole."""

    def __init__(self) -> None:
        self.signum: int | None = None  # the signal that came, if one did
        self.committing = False
        self._interrupted = False

    @property
    def stopped(self) -> bool:
        return self.signum is not None

    def check(self) -> None:
        if self.signum is not None:
            raise _Terminated(self.signum)

    def commit(self) -> None:
        self.check()
        self.committing = True

    def interrupt(self) -> int:
        """SQLite's progress handler: non-zero ends the statement running. Once only: the
        rollback after it must run."""
        if self.stopped and not self._interrupted:
            self._interrupted = True
            return 1
        return 0


_STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


@contextlib.contextmanager
def _signals_stop_build() -> Iterator[_Stop]:
    """While a build runs, SIGTERM (or Ctrl+C) stops it at the next safe point, so the temp
    file is removed and the previous library stays, instead of ending the process where it
    stands. A signal the process ignores (a build started with nohup) stays ignored. Only the
    main thread can own signal handlers."""
    state = _Stop()
    if threading.current_thread() is not threading.main_thread():
        yield state
        return
    owner = os.getpid()

    def stop(signum: int, _frame: object) -> None:
        if os.getpid() != owner:  # a forked parse worker: end as the signal means
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        if state.signum is None:
            state.signum = signum

    previous: dict[int, Any] = {}
    try:
        for signum in _STOP_SIGNALS:
            before = signal.getsignal(signum)
            if before is not signal.SIG_IGN:
                previous[signum] = before
                signal.signal(signum, stop)
        yield state
    finally:
        for signum, before in previous.items():
            # None: the handler was not set from Python (then it was the default)
            signal.signal(signum, signal.SIG_DFL if before is None else before)
    # the new library is in place: SIGTERM now ends the process as it means (exit -15); a
    # Ctrl+C that came too late to stop the build does not call it interrupted
    if state.committing and state.signum == signal.SIGTERM:
        os.kill(os.getpid(), state.signum)


def _build_engine(path: Path, interrupt: Callable[[], int] | None = None) -> Engine:
    # URL.create, not a URL string: a folder named 'q?x' or 'a%20b' must stay that folder.
    engine = create_engine(URL.create("sqlite+pysqlite", database=str(path.absolute())))

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        for pragma in _BUILD_PRAGMAS:
            dbapi_conn.execute(pragma)
        if interrupt is not None:  # asked every 100,000 SQLite steps (some tens of ms)
            dbapi_conn.set_progress_handler(interrupt, 100_000)

    return engine


def build_time() -> dt.datetime:
    """Now, or `SOURCE_DATE_EPOCH` when set: two builds of one commit must give the same bytes
    (reproducible packages)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _write(tmp: Path, src: Path, info: LibraryInfo, record_files: list[Path],
           checklists: list[ChecklistSource], topics: list[TopicSource],
           content_ids: set[str], progress: Callable[[int, int], None] | None,
           worksheets: Sequence[WorksheetSource] = (),
           translations: Sequence[TranslationSource] = (),
           interrupt: Callable[[], int] | None = None) -> BuildReport:
    now = build_time()
    engine = _build_engine(tmp, interrupt)
    try:
        records = _parse_all(record_files, progress)
        with engine.begin() as conn:
            create_tables(conn)
            conn.exec_driver_sql(SEARCH_TEXT_DDL)
            conn.exec_driver_sql(FTS_DDL)
            _set_fts(conn, "hashsize", _FTS_BUILD_HASHSIZE)
            conn.execute(insert(LibraryMeta), [{
                "id": info.id, "title": info.title,
                "version": info.version or now.strftime("%Y.%m.%d"),
                "built_at": now.isoformat().replace("+00:00", "Z"),
                "schema_version": CONTENT_SCHEMA_VERSION,
            }])
            docs: list[tuple[object, ...]] = []

            def add_doc(kind: str, ref_id: str, title: str, body: str,
                        language: str | None = None,
                        translated: Sequence[tuple[str, str]] = ()) -> None:
                body, s_title, s_body = search_text(title, body, translated)
                docs.append((len(docs) + 1, kind, ref_id, title, body, title.casefold(),
                             None, None, None, language, s_title, s_body))

            if translations:
                conn.execute(insert(Translation), [
                    {"kind": t.kind, "id": t.id, "language": t.language, "texts": t.texts}
                    for t in translations])
            by_unit: dict[tuple[str, str], list[Translation]] = {}
            for t in translations:
                by_unit.setdefault((t.kind, t.id), []).append(t)

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
                add_doc("checklist", c.id, c.title, _checklist_body(c), language=c.language,
                        translated=[checklist_search_text(t.texts)
                                    for t in by_unit.get(("checklist", c.id), [])])
            for t_pos, topic in enumerate(topics):
                conn.execute(insert(Topic), [{"id": topic.id, "title": topic.title,
                                              "position": t_pos}])
                if topic.prompts:
                    conn.execute(insert(Prompt), [{
                        "id": p.id, "topic_id": topic.id, "title": p.title, "text": p.text,
                        "do": p.do, "avoid": p.avoid, "ask": p.ask, "contexts": p.contexts,
                        "language": topic.language, "position": pos}
                        for pos, p in enumerate(topic.prompts)])
                translated = [prompt_search_texts(t.texts)
                              for t in by_unit.get(("topic", topic.id), [])]
                for p in topic.prompts:
                    body = "\n".join([p.text, *p.do, *p.avoid, *p.ask, topic.title])
                    add_doc("prompt", p.id, p.title, body, language=topic.language,
                            translated=[tr[p.id] for tr in translated if p.id in tr])

            _insert_worksheets(conn, list(worksheets))
            record_ids = _insert_records(conn, records, docs)
            _check_links(content_ids, record_ids, src)
            _insert(conn, "search_docs", _DOC_COLUMNS, docs)
            _index(conn)
        _finish(engine)
    except FieldKitError:
        raise
    except OSError as exc:
        raise BuildError(f"{target_of(tmp)}: cannot write the library ({_reason(exc)})"
                         ) from exc
    except Exception as exc:
        raise BuildError(f"{target_of(tmp)}: the library could not be written "
                         f"({_reason(exc)})") from exc
    finally:
        engine.dispose()
    return BuildReport(tmp, len(record_ids), len(checklists), sum(len(t.prompts) for t in topics),
                       len(worksheets))


def _reason(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or getattr(exc, "strerror", None) or exc)
    return DISK_FULL if "full" in text.lower() or "No space" in text else text


class _RecordRows(NamedTuple):
    """One parsed record, as the rows the build writes: made where it is parsed."""

    order: tuple[int, str, str]  # newest first, then by title, then by id (deterministic)
    id: str
    source_file: str
    record: tuple[object, ...]  # _RECORD_COLUMNS
    doc: tuple[object, ...]  # _DOC_COLUMNS without the doc id


def _rows(r: ParsedRecord) -> _RecordRows:
    # The JSON columns hold what SQLAlchemy's JSON type would write: json.dumps of the value.
    body = _record_body(r)
    return _RecordRows(
        (-(r.year or 0), r.title.casefold(), r.id), r.id, r.source_file or "",
        (r.id, r.title, r.record_type, r.contact, r.year, r.publisher, r.summary,
         r.description, json.dumps(r.key_concepts), json.dumps(r.extra), r.language,
         r.source_file),
        ("record", r.id, r.title, body, r.title.casefold(), r.record_type, r.year,
         r.publisher, r.language, *folded_text(r.title, body)))


def _parse_all(files: list[Path],
               progress: Callable[[int, int], None] | None) -> list[_RecordRows]:
    """Every record file parsed, in order; on all CPUs when there are many. Like a plain loop,
    stops with the error of the first bad file in that order."""
    pool = _parse_pool(len(files))
    chunks = [files[i:i + _CHUNK] for i in range(0, len(files), _CHUNK)]
    parsed: list[_RecordRows] = []
    if pool is None:
        for chunk in chunks:
            parsed.extend(_rows(parse_record(p)) for p in chunk)
            if progress:
                progress(len(parsed), len(files))
        if progress and not files:
            progress(0, 0)
        return parsed
    try:
        for outcome in pool.map(_parse_chunk, chunks):
            if isinstance(outcome, tuple):
                raise RecordFormatError(*outcome)
            parsed.extend(outcome)
            if progress:
                progress(len(parsed), len(files))
    finally:
        pool.shutdown(cancel_futures=True)
    return parsed


def _parse_pool(records: int) -> ProcessPoolExecutor | None:
    """Worker processes for a big build, or None to parse here.

    Forked workers only: they start at once and, unlike spawned ones, do not re-run the
    caller's main module. So only on Linux (macOS frameworks do not survive a fork) and only
    from a single-threaded process (a fork copies other threads' locks, not the threads).
    """
    workers = min(os.cpu_count() or 1, 8)
    if (records < _PARALLEL_FROM or workers < 2 or not sys.platform.startswith("linux")
            or threading.active_count() > 1):
        return None
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))


def _parse_chunk(paths: list[Path]) -> list[_RecordRows] | tuple[Path, int | None, str]:
    """Runs in a worker process: the error comes back as data (it does not pickle)."""
    try:
        return [_rows(parse_record(p)) for p in paths]
    except RecordFormatError as exc:
        return exc.path, exc.line, exc.reason


def _insert_records(conn: Connection, records: list[_RecordRows],
                    docs: list[tuple[object, ...]]) -> set[str]:
    """Writes the records and appends their search documents to `docs`, newest first: broad
    prefix searches see low doc ids first, so they surface recent resources."""
    records = sorted(records, key=lambda r: r.order)
    seen: dict[str, str] = {}
    for r in records:
        if r.id in seen:
            raise BuildError(f"{r.source_file}: record id {r.id} is also used by {seen[r.id]}")
        seen[r.id] = r.source_file
    docs.extend((doc_id, *r.doc) for doc_id, r in enumerate(records, start=len(docs) + 1))
    # In id order, the primary-key index is appended to rather than split all over.
    _insert(conn, "records", _RECORD_COLUMNS, [r.record for r in sorted(records,
                                                                         key=lambda r: r.id)])
    return set(seen)


def _insert(conn: Connection, table: str, columns: tuple[str, ...],
            rows: Iterable[tuple[object, ...]]) -> None:
    """A plain executemany: the ORM's per-row work would cost more than SQLite's."""
    sql = (f"INSERT INTO {table} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    conn.connection.driver_connection.executemany(sql, rows)


def _set_fts(conn: Connection, key: str, value: int | str) -> None:
    conn.exec_driver_sql("INSERT INTO search_fts(search_fts, rank) VALUES (?, ?)", (key, value))


def _index(conn: Connection) -> None:
    """The FTS5 index in one pass over the documents, merged into a single segment (fastest to
    query), and the title-order index `browse` pages through, filtering on the facets it holds."""
    conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
    _set_fts(conn, "hashsize", _FTS_DEFAULT_HASHSIZE)
    conn.exec_driver_sql("CREATE INDEX search_docs_browse ON search_docs "
                         "(sort_key, ref_id, kind, record_type, year, publisher, language)")


def _finish(engine: Engine) -> None:
    """Planner statistics, then WAL like every FieldKit database (readers open it read-only)."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA analysis_limit=1000")
        conn.exec_driver_sql("ANALYZE")
        conn.exec_driver_sql("PRAGMA journal_mode=WAL")
        conn.commit()
