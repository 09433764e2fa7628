"""Typed tables of the two databases: replaceable content, and the user's own data.

Content tables live in `ContentBase` (written only by `build`); user tables in `UserBase`. They
share no foreign keys: user rows refer to content only through stable string ids.
"""

from __future__ import annotations

import contextlib
from typing import Any, ClassVar

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from fieldkit.core.content_schema import CONTENT_SCHEMA_VERSION as CONTENT_SCHEMA_VERSION

USER_SCHEMA_VERSION = 3  # 2: run note and author; items not applicable or added; 3: run language


def create_tables(bind: Any, tables: list[Any] | None = None) -> None:
    """`metadata.create_all` in a fixed order: SQLAlchemy walks each table's indexes as a set
    of objects hashed by address, so the same build could lay out its file differently from
    run to run; sorted by name, two builds of one source give the same bytes (reproducible
    packages)."""
    from sqlalchemy import Engine
    from sqlalchemy.schema import CreateIndex, CreateTable

    chosen = {t.name for t in tables} if tables is not None else None
    scope = bind.begin() if isinstance(bind, Engine) else contextlib.nullcontext(bind)
    with scope as conn:
        for table in ContentBase.metadata.sorted_tables:
            if chosen is not None and table.name not in chosen:
                continue
            conn.execute(CreateTable(table, if_not_exists=True))
            for index in sorted(table.indexes, key=lambda ix: ix.name or ""):
                conn.execute(CreateIndex(index, if_not_exists=True))


class ContentBase(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


class LibraryMeta(ContentBase):
    """The content DB's own identity: one row."""

    __tablename__ = "library_meta"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str]
    version: Mapped[str]
    built_at: Mapped[str]
    schema_version: Mapped[int]


class Record(ContentBase):
    __tablename__ = "records"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str]
    record_type: Mapped[str | None]
    contact: Mapped[str | None]
    year: Mapped[int | None]
    publisher: Mapped[str | None]
    summary: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    key_concepts: Mapped[list[str]] = mapped_column(default=list)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    language: Mapped[str | None]
    source_file: Mapped[str | None]


class Topic(ContentBase):
    __tablename__ = "topics"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str]
    position: Mapped[int] = mapped_column(default=0)


class Prompt(ContentBase):
    __tablename__ = "prompts"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    topic_id: Mapped[str] = mapped_column(ForeignKey("topics.id"))
    title: Mapped[str]
    text: Mapped[str] = mapped_column(Text)
    do: Mapped[list[str]] = mapped_column(default=list)
    avoid: Mapped[list[str]] = mapped_column(default=list)
    ask: Mapped[list[str]] = mapped_column(default=list)
    contexts: Mapped[list[str]] = mapped_column(default=list)
    language: Mapped[str | None]
    position: Mapped[int] = mapped_column(default=0)

    topic: Mapped[Topic] = relationship()


class Checklist(ContentBase):
    __tablename__ = "checklists"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str]
    summary: Mapped[str | None] = mapped_column(Text)
    setting: Mapped[str | None]
    language: Mapped[str | None]
    position: Mapped[int] = mapped_column(default=0)

    phases: Mapped[list[Phase]] = relationship(order_by="Phase.position")


class Phase(ContentBase):
    __tablename__ = "phases"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    checklist_id: Mapped[str] = mapped_column(ForeignKey("checklists.id"), index=True)
    id: Mapped[str]
    title: Mapped[str]
    position: Mapped[int]

    items: Mapped[list[Item]] = relationship(order_by="Item.position")


class Item(ContentBase):
    __tablename__ = "items"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    phase_pk: Mapped[int] = mapped_column(ForeignKey("phases.pk"), index=True)
    checklist_id: Mapped[str] = mapped_column(index=True)
    id: Mapped[str]
    text: Mapped[str] = mapped_column(Text)
    detail: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(default="check")
    prompts: Mapped[list[str]] = mapped_column(default=list)
    position: Mapped[int]


class Worksheet(ContentBase):
    """A form people fill in (debrief, incident report, iceberg...): titled sections."""

    __tablename__ = "worksheets"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str]
    summary: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None]
    one_page: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)

    sections: Mapped[list[WorksheetSection]] = relationship(
        order_by="WorksheetSection.position")


class WorksheetSection(ContentBase):
    __tablename__ = "worksheet_sections"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    worksheet_id: Mapped[str] = mapped_column(ForeignKey("worksheets.id"), index=True)
    id: Mapped[str]
    title: Mapped[str]
    text: Mapped[str | None] = mapped_column(Text)
    points: Mapped[list[str]] = mapped_column(default=list)
    prompts: Mapped[list[str]] = mapped_column(default=list)
    position: Mapped[int]

    fields: Mapped[list[WorksheetField]] = relationship(order_by="WorksheetField.position")


class WorksheetField(ContentBase):
    __tablename__ = "worksheet_fields"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    section_pk: Mapped[int] = mapped_column(ForeignKey("worksheet_sections.pk"), index=True)
    worksheet_id: Mapped[str] = mapped_column(index=True)
    id: Mapped[str]
    label: Mapped[str] = mapped_column(Text)
    kind: Mapped[str]
    help: Mapped[str | None] = mapped_column(Text)
    options: Mapped[list[str]] = mapped_column(default=list)
    prompts: Mapped[list[str]] = mapped_column(default=list)
    position: Mapped[int]


class Translation(ContentBase):
    """One checklist, prompt topic or worksheet in another language, keyed by the English
    unit's own id: `texts` is its text tree (ids and text only; see core/translations.py)."""

    __tablename__ = "translations"
    kind: Mapped[str] = mapped_column(String, primary_key=True)  # checklist | topic | worksheet
    id: Mapped[str] = mapped_column(String, primary_key=True)
    language: Mapped[str] = mapped_column(String, primary_key=True)
    texts: Mapped[dict[str, Any]]


class SearchDoc(ContentBase):
    """One searchable document; `search_fts` (FTS5, external content) indexes title and body
    through the `search_text` view: the Arabic-folded copy (`search_title`, `search_body`) where
    folding changed the text, else the text itself. Display always uses `title` and `body`."""

    __tablename__ = "search_docs"
    doc_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(index=True)
    ref_id: Mapped[str]
    title: Mapped[str]
    body: Mapped[str] = mapped_column(Text)
    record_type: Mapped[str | None]
    year: Mapped[int | None]
    publisher: Mapped[str | None]
    language: Mapped[str | None]
    sort_key: Mapped[str]
    search_title: Mapped[str | None]
    search_body: Mapped[str | None] = mapped_column(Text)


# --- the user's own data -------------------------------------------------------------------


class UserBase(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


class Run(UserBase):
    """One person's pass through a checklist, with its own copy of the checklist's text."""

    __tablename__ = "runs"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    checklist_id: Mapped[str] = mapped_column(index=True)
    checklist_title: Mapped[str]
    library_id: Mapped[str | None]
    library_version: Mapped[str | None]
    name: Mapped[str | None]
    started_at: Mapped[str]
    updated_at: Mapped[str]
    finished_at: Mapped[str | None]
    note: Mapped[str | None] = mapped_column(Text)  # for the whole run
    author: Mapped[str | None]  # who ran it: a person or a team
    # The language of the run's own copy of its text (runs before schema 3: NULL, English).
    language: Mapped[str | None]

    items: Mapped[list[RunItem]] = relationship(
        order_by="RunItem.position", cascade="all, delete-orphan", passive_deletes=True
    )


class RunItem(UserBase):
    __tablename__ = "run_items"
    run_id: Mapped[str] = mapped_column(
        ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int]
    phase_id: Mapped[str]
    phase_title: Mapped[str]
    text: Mapped[str] = mapped_column(Text)
    detail: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str]
    prompts: Mapped[list[str]] = mapped_column(default=list)
    done: Mapped[bool] = mapped_column(default=False)
    done_at: Mapped[str | None]
    note: Mapped[str | None] = mapped_column(Text)
    note_at: Mapped[str | None]
    na: Mapped[bool] = mapped_column(default=False)  # not applicable here; stays in the report
    na_reason: Mapped[str | None] = mapped_column(Text)
    added: Mapped[bool] = mapped_column(default=False)  # the person's own item, not the checklist's


class RunEvent(UserBase):
    """Append-only log of what happened in a run, for the report's timeline."""

    __tablename__ = "run_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), index=True)
    at: Mapped[str]
    action: Mapped[str]
    item_id: Mapped[str | None]
    value: Mapped[str | None] = mapped_column(Text)


class RecordNote(UserBase):
    __tablename__ = "record_notes"
    record_id: Mapped[str] = mapped_column(String, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[str]


class Bookmark(UserBase):
    __tablename__ = "bookmarks"
    record_id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str]
    created_at: Mapped[str]


class Setting(UserBase):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Sheet(UserBase):
    """One filled-in worksheet, with its own copy of the worksheet's text (`worksheet`, JSON):
    a later library never rewrites what was filled in. Standalone, or attached to a run."""

    __tablename__ = "sheets"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    worksheet_id: Mapped[str] = mapped_column(index=True)
    worksheet_title: Mapped[str]
    worksheet: Mapped[dict[str, Any]]
    library_id: Mapped[str | None]
    library_version: Mapped[str | None]
    # A deleted run leaves its sheets standalone: what was written down is never lost with it.
    run_id: Mapped[str | None] = mapped_column(
        ForeignKey("runs.id", ondelete="SET NULL"), index=True)
    name: Mapped[str | None]
    started_at: Mapped[str]
    updated_at: Mapped[str]

    values: Mapped[list[SheetValue]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True)


class SheetValue(UserBase):
    """What was typed into one field of a sheet, as typed."""

    __tablename__ = "sheet_values"
    sheet_id: Mapped[str] = mapped_column(
        ForeignKey("sheets.id", ondelete="CASCADE"), primary_key=True)
    field_id: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[str]
