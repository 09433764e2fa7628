"""What a checklist run looks like outside the database: plain frozen dataclasses.

Kept free of SQLAlchemy so the GUI can import them before any database is open.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from fieldkit.core.clock import parse_iso
from fieldkit.core.errors import FieldKitError, NotFoundError

if TYPE_CHECKING:
    from fieldkit.core.content import ChecklistView
    from fieldkit.core.library import LibrarySet


@dataclass(frozen=True)
class RunItemView:
    id: str
    phase_id: str
    phase_title: str
    text: str
    detail: str | None
    kind: str
    prompts: list[str]
    done: bool
    done_at: str | None
    note: str | None
    note_at: str | None
    removed: bool = False  # no longer in the current checklist; kept as the person saw it
    na: bool = False  # marked not applicable (kept, and reported as "n/a")
    na_reason: str | None = None
    added: bool = False  # the person's own item, not the checklist's

    @property
    def is_critical(self) -> bool:
        return self.kind == "critical"

    @property
    def is_open(self) -> bool:
        """Still to do: neither done nor marked not applicable."""
        return not self.done and not self.na


@dataclass(frozen=True)
class RunSummary:
    id: str
    name: str | None
    checklist_id: str
    checklist_title: str
    started_at: str
    updated_at: str
    finished_at: str | None
    done: int
    total: int

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None

    @property
    def label(self) -> str:
        return self.name or self.checklist_title


@dataclass(frozen=True)
class RunEventView:
    at: str
    action: str
    item_id: str | None
    value: str | None


@dataclass(frozen=True)
class RunView:
    id: str
    name: str | None
    checklist_id: str
    checklist_title: str
    started_at: str
    updated_at: str
    finished_at: str | None
    items: list[RunItemView]
    library_id: str | None = None  # the library the checklist was copied from
    library_version: str | None = None
    note: str | None = None  # for the whole run
    author: str | None = None  # a person or a team
    language: str = "en"  # of the run's own copy of the checklist text, fixed at start

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None

    @property
    def label(self) -> str:
        return self.name or self.checklist_title

    def phases(self) -> list[tuple[str, str, list[RunItemView]]]:
        """(phase id, phase title, items) in run order."""
        out: list[tuple[str, str, list[RunItemView]]] = []
        for item in self.items:
            if not out or out[-1][0] != item.phase_id:
                out.append((item.phase_id, item.phase_title, []))
            out[-1][2].append(item)
        return out

    def progress(self, phase_id: str | None = None) -> tuple[int, int]:
        """(done, total) over the items that apply: "not applicable" ones count in neither."""
        items = [i for i in self.items
                 if not i.na and (phase_id is None or i.phase_id == phase_id)]
        return sum(i.done for i in items), len(items)

    def critical_undone(self) -> list[RunItemView]:
        """Critical items neither done nor marked not applicable: finishing asks about these."""
        return [i for i in self.items if i.is_critical and i.is_open]

    def with_current(self, current: ChecklistView | None) -> RunView:
        """Flag items the current checklist no longer has (shown as removed, never dropped)."""
        if current is None:
            return self
        ids = {i.id for p in current.phases for i in p.items}
        return replace(self, items=[replace(i, removed=i.id not in ids) for i in self.items])

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "checklist_id": self.checklist_id,
                "started_at": self.started_at, "finished_at": self.finished_at,
                "author": self.author, "note": self.note, "language": self.language,
                "library_id": self.library_id, "library_version": self.library_version,
                "items": [{"id": i.id, "text": i.text, "done": i.done, "done_at": i.done_at,
                           "note": i.note, "na": i.na, "na_reason": i.na_reason,
                           "added": i.added} for i in self.items]}


def default_run_name(checklist_title: str, at: str | None = None) -> str:
    """'Checkpoint negotiation · 2026-11-30 19:40' (local time): runs people can tell apart.
    The name is stored and a run may be read in another language later, so the date is
    numeric: an English month name would stay in an Arabic or French screen forever."""
    when = parse_iso(at).astimezone() if at else dt.datetime.now().astimezone()
    return f"{checklist_title} · {when.strftime('%Y-%m-%d %H:%M')}"


def with_library(run: RunView, libs: LibrarySet | None) -> RunView:
    """The run with items its checklist no longer has flagged `removed`: the one rule the run
    screen, checkpoint mode and every report share. A checklist gone from the library flags
    every item; a library that cannot be read now leaves the run's own copy as it is."""
    if libs is None:
        return run
    try:
        return run.with_current(libs.checklist(run.checklist_id))
    except NotFoundError:
        from fieldkit.core.content import ChecklistView

        return run.with_current(ChecklistView(run.checklist_id, run.checklist_title, None,
                                              None, []))
    except FieldKitError:
        return run
