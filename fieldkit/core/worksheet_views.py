"""What worksheets and filled-in sheets look like outside the database: frozen dataclasses, and
the rules a value must follow for its field's kind.

Kept free of SQLAlchemy so the GUI can import them before any database is open.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from fieldkit.core.content import LibraryInfo
from fieldkit.core.errors import SheetValueError

FIELD_KINDS = ("short-text", "long-text", "choice", "date-time", "yes-no")
YES, NO = "yes", "no"
_DATE_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2}))?$")


@dataclass(frozen=True)
class FieldView:
    id: str
    label: str
    kind: str
    help: str | None = None
    options: list[str] = field(default_factory=list)
    prompts: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "kind": self.kind, "help": self.help,
                "options": list(self.options), "prompts": list(self.prompts)}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> FieldView:
        return cls(str(d["id"]), str(d["label"]), str(d["kind"]), d.get("help"),
                   list(d.get("options") or []), list(d.get("prompts") or []))


@dataclass(frozen=True)
class SectionView:
    id: str
    title: str
    text: str | None
    points: list[str]
    prompts: list[str]
    fields: list[FieldView]

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "text": self.text,
                "points": list(self.points), "prompts": list(self.prompts),
                "fields": [f.as_json() for f in self.fields]}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> SectionView:
        return cls(str(d["id"]), str(d["title"]), d.get("text"), list(d.get("points") or []),
                   list(d.get("prompts") or []),
                   [FieldView.from_json(f) for f in d.get("fields") or []])


@dataclass(frozen=True)
class WorksheetSummary:
    id: str
    title: str
    summary: str | None
    fields: int
    source: LibraryInfo | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class WorksheetView:
    id: str
    title: str
    summary: str | None
    one_page: bool
    sections: list[SectionView]
    # The library (pack) that served this worksheet; not part of the value.
    source: LibraryInfo | None = field(default=None, compare=False, repr=False)
    language: str = "en"

    def fields(self) -> Iterator[FieldView]:
        for section in self.sections:
            yield from section.fields

    def field(self, field_id: str) -> FieldView | None:
        return next((f for f in self.fields() if f.id == field_id), None)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "summary": self.summary,
                "one_page": self.one_page, "sections": [s.as_json() for s in self.sections],
                "language": self.language}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> WorksheetView:
        return cls(str(d["id"]), str(d["title"]), d.get("summary"), bool(d.get("one_page")),
                   [SectionView.from_json(s) for s in d.get("sections") or []],
                   language=str(d.get("language") or "en"))


@dataclass(frozen=True)
class SheetSummary:
    id: str
    name: str | None
    worksheet_id: str
    worksheet_title: str
    run_id: str | None
    started_at: str
    updated_at: str
    filled: int
    total: int

    @property
    def label(self) -> str:
        return self.name or self.worksheet_title


@dataclass(frozen=True)
class SheetView:
    """A filled-in worksheet: its own copy of the worksheet, and the values typed so far."""

    id: str
    name: str | None
    worksheet: WorksheetView
    run_id: str | None
    started_at: str
    updated_at: str
    values: dict[str, str]
    value_at: dict[str, str]
    library_id: str | None = None
    library_version: str | None = None

    @property
    def label(self) -> str:
        return self.name or self.worksheet.title

    def value(self, field_id: str) -> str:
        return self.values.get(field_id, "")

    def progress(self) -> tuple[int, int]:
        ids = [f.id for f in self.worksheet.fields()]
        return sum(1 for i in ids if self.values.get(i)), len(ids)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "worksheet_id": self.worksheet.id,
                "worksheet_title": self.worksheet.title, "run_id": self.run_id,
                "started_at": self.started_at, "updated_at": self.updated_at,
                "library_id": self.library_id, "library_version": self.library_version,
                "fields": [{"id": f.id, "section": s.id, "label": f.label, "kind": f.kind,
                            "value": self.values.get(f.id), "updated_at": self.value_at.get(f.id)}
                           for s in self.worksheet.sections for f in s.fields]}


def normalise_value(f: FieldView, value: str) -> str:
    """The value as stored for this field's kind ('' clears it); SheetValueError if it does not
    fit. Text is kept as typed: only a yes/no or a date is put in one canonical spelling."""
    if f.kind == "long-text":
        return value if value.strip() else ""
    if not value.strip():
        return ""
    if f.kind == "short-text":
        if "\n" in value or "\r" in value:
            raise SheetValueError(f"field {f.id!r} takes one line of text")
        return value
    text = value.strip()
    if f.kind == "choice":
        match = next((o for o in f.options if o.casefold() == text.casefold()), None)
        if match is None:
            raise SheetValueError(f"field {f.id!r} takes one of: {'; '.join(f.options)}")
        return match
    if f.kind == "yes-no":
        folded = text.casefold()
        if folded in ("yes", "y", "true"):
            return YES
        if folded in ("no", "n", "false"):
            return NO
        raise SheetValueError(f"field {f.id!r} takes yes or no")
    if f.kind == "date-time":
        return _date_time(f, text)
    raise SheetValueError(f"field {f.id!r} has an unknown kind {f.kind!r}")


def _date_time(f: FieldView, text: str) -> str:
    """'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM' (the person's own clock, as they read it)."""
    m = _DATE_TIME.match(text)
    try:
        if m is None:
            raise ValueError
        day = dt.date.fromisoformat(m.group(1))
        if m.group(2) is None:
            return day.isoformat()
        at = dt.time(int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise SheetValueError(f"field {f.id!r} takes a date and time like 2026-05-03 14:10"
                              ) from None
    return f"{day.isoformat()} {at.strftime('%H:%M')}"
