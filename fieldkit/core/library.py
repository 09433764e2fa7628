"""The read side of content: one or more content DBs seen as a single library.

Packs will install side by side; every query here runs over the whole set, first library first,
and an id found in two libraries is taken from the first. Returns plain frozen dataclasses.
"""

from __future__ import annotations

import heapq
import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from fieldkit.core import localize
from fieldkit.core import search as fts
from fieldkit.core.content import (
    ChecklistView,
    Facets,
    ItemView,
    LibraryInfo,
    PhaseView,
    PromptView,
    RecordView,
    TopicView,
)
from fieldkit.core.db import content_engine
from fieldkit.core.errors import LibraryError, NotFoundError
from fieldkit.core.models import (
    CONTENT_SCHEMA_VERSION,
    Checklist,
    Item,
    LibraryMeta,
    Phase,
    Prompt,
    Record,
    Topic,
    Worksheet,
    WorksheetField,
    WorksheetSection,
)
from fieldkit.core.search import Filters, SearchHit, SearchResult
from fieldkit.core.worksheet_views import (
    FieldView,
    SectionView,
    WorksheetSummary,
    WorksheetView,
)

_TABLES = {"record": "records", "checklist": "checklists", "prompt": "prompts"}


class Library:
    """One content DB, opened read-only."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise LibraryError(self.path, "this is a folder, not a library file; give the "
                               "path of a built library (.sqlite)")
        self.engine: Engine = content_engine(self.path)
        self._reader: Connection | None = None
        self._reader_lock = threading.Lock()
        self._has_worksheets: bool | None = None
        self._has_translations: bool | None = None
        self._translations: dict[tuple[str, str, str], dict[str, Any] | None] = {}
        try:
            with Session(self.engine) as s:
                meta = s.scalars(select(LibraryMeta)).one()
                self.info = LibraryInfo(meta.id, meta.title, meta.version, meta.built_at,
                                        meta.schema_version, self.path)
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise LibraryError(self.path, "the library file is damaged") from exc
        version = self.info.schema_version
        if not isinstance(version, int) or version < 1:
            self.engine.dispose()
            raise LibraryError(self.path, f"the library file is damaged (schema {version!r})")
        if version > CONTENT_SCHEMA_VERSION:
            self.engine.dispose()
            raise LibraryError(self.path, "this library was built for a newer FieldKit (content "
                               f"schema {version}; this FieldKit reads up to "
                               f"{CONTENT_SCHEMA_VERSION}); update FieldKit to read it")

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short ORM session; a database error inside, or a JSON column that does not hold
        what the build writes, becomes a LibraryError naming the file."""
        try:
            with Session(self.engine) as s:
                yield s
        except (sqlite3.DatabaseError, SQLAlchemyError) as exc:
            raise LibraryError(self.path, "the library file is damaged or unreadable") from exc
        except json.JSONDecodeError as exc:
            raise LibraryError(self.path, "the library file is damaged (a stored list is not "
                               "valid JSON)") from exc
        except MalformedContent as exc:
            raise LibraryError(self.path, f"the library file is damaged ({exc})") from exc

    def has(self, kind: str, ident: str) -> bool:
        """Whether this library holds a document of that kind and id (a primary-key lookup)."""
        table = _TABLES[kind]
        with self.reader() as conn:
            row = conn.exec_driver_sql(f"SELECT 1 FROM {table} WHERE id = ?", (ident,)).first()
        return row is not None

    @contextmanager
    def reader(self) -> Iterator[Connection]:
        """The library's one long-lived connection for search, browse and count, for one caller
        at a time. Opening a connection costs more than a typical search, and the file is
        immutable, so keeping it open holds no lock; `close()` releases it.

        A database error inside the block becomes a LibraryError naming this file."""
        with self._reader_lock:
            if self._reader is None:
                self._reader = self.engine.connect()
            try:
                yield self._reader
            except (sqlite3.DatabaseError, SQLAlchemyError) as exc:
                self._drop_reader()
                raise LibraryError(self.path, "the library file is damaged or unreadable "
                                   f"({getattr(exc, 'orig', exc)})") from exc
            except BaseException:
                self._drop_reader()  # it may be mid-statement: the next call reopens
                raise

    @property
    def has_worksheets(self) -> bool:
        """Libraries built before worksheets existed have no worksheet tables: none to show."""
        if self._has_worksheets is None:
            with self.reader() as conn:
                self._has_worksheets = conn.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'worksheets'"
                ).first() is not None
        return self._has_worksheets

    def translation(self, kind: str, ident: str, language: str | None
                    ) -> dict[str, Any] | None:
        """The stored text tree of checklist/topic/worksheet `ident` in `language`, if any
        (English is the source itself: None). Cached: the file never changes."""
        if language is None or language == "en":
            return None
        key = (kind, ident, language)
        if key not in self._translations:
            value = None
            if self._has_translation_table():
                with self.reader() as conn:
                    row = conn.exec_driver_sql(
                        "SELECT texts FROM translations WHERE kind = ? AND id = ? AND "
                        "language = ?", key).first()
                try:
                    value = json.loads(row[0]) if row else None
                except json.JSONDecodeError as exc:
                    raise LibraryError(self.path, "the library file is damaged (a stored "
                                       "translation is not valid JSON)") from exc
                if value is not None and not isinstance(value, dict):
                    raise LibraryError(self.path, "the library file is damaged (a stored "
                                       "translation is not a table)")
            self._translations[key] = value
        return self._translations[key]

    def _has_translation_table(self) -> bool:
        """Libraries built before translations existed (content schema 1) have none."""
        if self._has_translations is None:
            with self.reader() as conn:
                self._has_translations = conn.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'translations'"
                ).first() is not None
        return self._has_translations

    def _drop_reader(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def close(self) -> None:
        with self._reader_lock:
            self._drop_reader()
        self.engine.dispose()


class MalformedContent(ValueError):
    """A JSON column holds valid JSON of the wrong shape (the session names the file)."""


def _texts(value: object, what: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise MalformedContent(f"{what} is not a list of texts")
    return list(value)


def _record_view(r: Record, source: LibraryInfo | None = None) -> RecordView:
    extra = r.extra or {}
    if not isinstance(extra, dict):
        raise MalformedContent(f"the extra fields of record {r.id} are not a table")
    return RecordView(r.id, r.title, r.record_type, r.contact, r.year, r.publisher, r.summary,
                      r.description, _texts(r.key_concepts, f"key concepts of record {r.id}"),
                      dict(extra), r.language, source)


def _prompt_view(p: Prompt, source: LibraryInfo | None = None) -> PromptView:
    return PromptView(p.id, p.topic_id, p.topic.title, p.title, p.text,
                      *(_texts(getattr(p, name), f"{name!r} of prompt {p.id}")
                        for name in ("do", "avoid", "ask", "contexts")), source=source)


class LibrarySet:
    """Several content DBs read as one. Construct with the paths, first = highest priority, and
    the user's language: checklists, prompts and worksheets come in it where a translation
    exists (from any library holding the same id), else in English; every `language=`
    parameter overrides it for one call."""

    def __init__(self, paths: Sequence[Path], language: str | None = None) -> None:
        self.language = language  # None: English, and search in plain best-first order
        if not paths:
            raise LibraryError(Path("."), "no library was given")
        self.libraries: list[Library] = []
        try:
            for path in paths:
                self.libraries.append(Library(Path(path)))
        except LibraryError:
            self.close()
            raise

    def close(self) -> None:
        for lib in self.libraries:
            lib.close()

    def __enter__(self) -> LibrarySet:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def infos(self) -> list[LibraryInfo]:
        return [lib.info for lib in self.libraries]

    # --- records ---------------------------------------------------------------------------
    def record(self, record_id: str) -> RecordView:
        for lib in self.libraries:
            with lib.session() as s:
                r = s.get(Record, record_id)
                if r is not None:
                    return _record_view(r, lib.info)
        raise NotFoundError("record", record_id)

    def facets(self) -> Facets:
        types: set[str] = set()
        publishers: set[str] = set()
        languages: set[str] = set()
        years: list[int] = []
        for lib in self.libraries:
            with lib.session() as s:
                types.update(t for t in s.scalars(select(Record.record_type).distinct()) if t)
                publishers.update(p for p in s.scalars(select(Record.publisher).distinct()) if p)
                languages.update(lang for lang in s.scalars(select(Record.language).distinct())
                                 if lang)
                lo, hi = s.execute(select(func.min(Record.year), func.max(Record.year))).one()
                years.extend(y for y in (lo, hi) if y is not None)
        return Facets(sorted(types), sorted(publishers, key=str.casefold), sorted(languages),
                      min(years, default=None), max(years, default=None))

    # --- checklists ------------------------------------------------------------------------
    def _translation(self, kind: str, ident: str, language: str | None,
                     libraries: Sequence[Library] | None = None) -> dict[str, Any] | None:
        """The first translation of `ident` in `language` any of `libraries` holds."""
        for lib in self.libraries if libraries is None else libraries:
            texts = lib.translation(kind, ident, language)
            if texts is not None:
                return texts
        return None

    def checklists(self, language: str | None = None) -> list[ChecklistView]:
        lang = language or self.language
        seen: dict[str, ChecklistView] = {}
        for lib in self.libraries:
            with lib.session() as s:
                for c in s.scalars(select(Checklist).order_by(Checklist.position)):
                    seen.setdefault(c.id, ChecklistView(c.id, c.title, c.summary, c.setting,
                                                        source=lib.info))
        return [localize.checklist(v, texts, lang)
                if (texts := self._translation("checklist", v.id, lang)) else v
                for v in seen.values()]

    def checklist(self, checklist_id: str, language: str | None = None) -> ChecklistView:
        """The checklist in `language` (default: the set's): from the first library whose copy
        has that translation, else from the first library that has it, in English."""
        lang = language or self.language
        holders = [lib for lib in self.libraries if lib.has("checklist", checklist_id)]
        if not holders:
            raise NotFoundError("checklist", checklist_id)
        lib = next((h for h in holders if h.translation("checklist", checklist_id, lang)),
                   holders[0])
        with lib.session() as s:
            c = s.scalars(select(Checklist).where(Checklist.id == checklist_id).options(
                selectinload(Checklist.phases).selectinload(Phase.items))).one()
            view = ChecklistView(c.id, c.title, c.summary, c.setting, [
                PhaseView(p.id, p.title, [_item_view(i) for i in p.items]) for p in c.phases],
                source=lib.info)
        texts = lib.translation("checklist", checklist_id, lang)
        return localize.checklist(view, texts, lang) if texts else view

    # --- prompts ---------------------------------------------------------------------------
    def topics(self, language: str | None = None) -> list[TopicView]:
        lang = language or self.language
        seen: dict[str, TopicView] = {}
        for lib in self.libraries:
            with lib.session() as s:
                rows = s.execute(
                    select(Topic.id, Topic.title, func.count(Prompt.id))
                    .outerjoin(Prompt, Prompt.topic_id == Topic.id)
                    .group_by(Topic.id).order_by(Topic.position))
                for tid, title, count in rows:
                    if tid in seen:
                        seen[tid] = TopicView(tid, seen[tid].title, seen[tid].count + count)
                    else:
                        seen[tid] = TopicView(tid, title, count)
        return [replace(t, title=texts.get("title") or t.title)
                if (texts := self._translation("topic", t.id, lang)) else t
                for t in seen.values()]

    def prompts(self, topic: str | None = None, context: str | None = None,
                ids: Sequence[str] | None = None,
                language: str | None = None) -> list[PromptView]:
        lang = language or self.language
        seen: dict[str, PromptView] = {}
        for lib in self.libraries:
            with lib.session() as s:
                stmt = (select(Prompt).options(selectinload(Prompt.topic))
                        .join(Topic).order_by(Topic.position, Prompt.position))
                if topic:
                    stmt = stmt.where(Prompt.topic_id == topic)
                if ids is not None:
                    stmt = stmt.where(Prompt.id.in_(list(ids)))
                for p in s.scalars(stmt):
                    if context and context not in _texts(p.contexts, f"contexts of prompt {p.id}"):
                        continue
                    seen.setdefault(p.id, _prompt_view(p, lib.info))
        if lang is not None and lang != "en":
            seen = {pid: localize.prompt(v, texts, lang)
                    if (texts := self._translation("topic", v.topic, lang)) else v
                    for pid, v in seen.items()}
        if ids is not None:  # keep the caller's order
            return [seen[i] for i in ids if i in seen]
        return list(seen.values())

    def prompt(self, prompt_id: str, language: str | None = None) -> PromptView:
        found = self.prompts(ids=[prompt_id], language=language)
        if not found:
            raise NotFoundError("prompt", prompt_id)
        return found[0]

    # --- worksheets ------------------------------------------------------------------------
    def worksheets(self, language: str | None = None) -> list[WorksheetSummary]:
        lang = language or self.language
        seen: dict[str, WorksheetSummary] = {}
        for lib in self.libraries:
            if not lib.has_worksheets:
                continue
            with lib.session() as s:
                rows = s.execute(
                    select(Worksheet, func.count(WorksheetField.pk))
                    .outerjoin(WorksheetField, WorksheetField.worksheet_id == Worksheet.id)
                    .group_by(Worksheet.id).order_by(Worksheet.position, Worksheet.id))
                for w, count in rows:
                    seen.setdefault(w.id, WorksheetSummary(w.id, w.title, w.summary, int(count),
                                                           source=lib.info))
        return [replace(w, title=texts.get("title") or w.title,
                        summary=texts.get("summary") or w.summary)
                if (texts := self._translation("worksheet", w.id, lang)) else w
                for w in seen.values()]

    def worksheet(self, worksheet_id: str, language: str | None = None) -> WorksheetView:
        lang = language or self.language
        views: list[tuple[Library, WorksheetView]] = []
        for lib in self.libraries:
            if not lib.has_worksheets:
                continue
            with lib.session() as s:
                w = s.scalars(select(Worksheet).where(Worksheet.id == worksheet_id).options(
                    selectinload(Worksheet.sections).selectinload(WorksheetSection.fields))
                ).first()
                if w is not None:
                    views.append((lib, _worksheet_view(w, lib.info)))
        if not views:
            raise NotFoundError("worksheet", worksheet_id)
        for lib, view in views:
            texts = lib.translation("worksheet", worksheet_id, lang)
            if texts:
                return localize.worksheet(view, texts, lang)
        return views[0][1]

    # --- search ----------------------------------------------------------------------------
    def search(self, query: str, filters: Filters | None = None, limit: int = 20,
               offset: int = 0, cap: int = fts.CANDIDATE_CAP,
               language: str | None = None) -> SearchResult:
        """Best first over every library and every language; `cap` bounds how many matches
        are ranked when a query matches very many (see `search.search_one`). Hits in the
        user's language come first (checklists and prompts are titled in it where
        translated), the others after them, each group best first."""
        lang = language or self.language
        result = self._search(query, filters, limit, offset, cap)
        if lang is None:
            return result
        window = self._search(query, filters, limit + offset, 0, cap) if offset else result
        hits = sorted((self._titled(h, lang) for h in window.hits),
                      key=lambda h: h.language != lang)  # stable: best first in each group
        return SearchResult(hits[offset:offset + limit], result.total, result.total_is_exact)

    def _titled(self, hit: SearchHit, language: str | None) -> SearchHit:
        if hit.kind == "checklist":
            texts = self._translation("checklist", hit.id, language)
            if texts:
                return replace(hit, title=texts.get("title") or hit.title, language=language)
        elif hit.kind == "prompt":
            found = self.prompts(ids=[hit.id], language=language)
            if found and found[0].language == language:
                return replace(hit, title=found[0].title, language=language)
        return hit

    def _search(self, query: str, filters: Filters | None, limit: int, offset: int,
                cap: int) -> SearchResult:
        filters = filters or Filters()
        results = []
        for lib in self.libraries:
            with lib.reader() as conn:
                results.append(fts.search_one(conn, query, filters, limit + offset, 0,
                                              lib.info.id, cap))
        if len(results) == 1:
            only = results[0]
            return SearchResult(only.hits[offset:offset + limit], only.total, only.total_is_exact)
        hits = [self._not_shadowed(i, r.hits) for i, r in enumerate(results)]
        merged = _dedupe(heapq.merge(*hits, key=lambda h: h.score))
        return SearchResult(merged[offset:offset + limit], sum(r.total for r in results),
                            all(r.total_is_exact for r in results))

    def browse(self, filters: Filters | None = None, limit: int = 50,
               after: SearchHit | None = None) -> list[SearchHit]:
        """Filter-only listing in title order; pass the last hit seen as `after` for more."""
        filters = filters or Filters()
        key = (after.title.casefold(), after.id) if after else None
        lists = []
        for lib in self.libraries:
            with lib.reader() as conn:
                lists.append(fts.browse_one(conn, filters, limit, key, lib.info.id))
        lists = [self._not_shadowed(i, hits) for i, hits in enumerate(lists)]
        merged = heapq.merge(*lists, key=lambda h: (h.title.casefold(), h.id))
        return _dedupe(merged)[:limit]

    def _not_shadowed(self, index: int, hits: list[SearchHit]) -> list[SearchHit]:
        """Hits of library `index` whose id no earlier library holds: the first one wins."""
        earlier = self.libraries[:index]
        return [h for h in hits if not any(lib.has(h.kind, h.id) for lib in earlier)]

    def count(self, filters: Filters | None = None) -> int:
        total = 0
        for lib in self.libraries:
            with lib.reader() as conn:
                total += fts.count_one(conn, filters or Filters())
        return total


def _item_view(i: Item) -> ItemView:
    return ItemView(i.id, i.text, i.detail, i.kind, _texts(i.prompts, f"prompts of item {i.id}"))


def _worksheet_view(w: Worksheet, source: LibraryInfo) -> WorksheetView:
    return WorksheetView(w.id, w.title, w.summary, bool(w.one_page), [
        SectionView(s.id, s.title, s.text, list(s.points or []), list(s.prompts or []), [
            FieldView(f.id, f.label, f.kind, f.help, list(f.options or []),
                      list(f.prompts or [])) for f in s.fields])
        for s in w.sections], source)


def _dedupe(hits) -> list[SearchHit]:
    seen: set[tuple[str, str]] = set()
    out: list[SearchHit] = []
    for h in hits:
        if (h.kind, h.id) not in seen:
            seen.add((h.kind, h.id))
            out.append(h)
    return out
