"""The user's own database: runs, record notes, bookmarks, settings. Sacred: never replaced.

`UserData` opens (and migrates) the file; each area is a small store on the same engine.
"""

from __future__ import annotations

import json
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldkit.core.clock import now_iso
from fieldkit.core.db import user_engine, user_transaction
from fieldkit.core.models import Bookmark, RecordNote, Setting
from fieldkit.core.paths import user_db_path
from fieldkit.core.runs import RunStore
from fieldkit.core.worksheets import SheetStore


@dataclass(frozen=True)
class BookmarkView:
    record_id: str
    title: str
    created_at: str


class UserData:
    """Everything the person wrote. Open with the data folder; close when done."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = user_db_path(self.folder)
        self.engine = user_engine(self.path)
        self.runs = RunStore(self.engine)
        self.sheets = SheetStore(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> UserData:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _tx(self) -> AbstractContextManager[Session]:
        return user_transaction(self.engine)

    # --- record notes ----------------------------------------------------------------------
    def note(self, record_id: str) -> str | None:
        with self._tx() as s:
            row = s.get(RecordNote, record_id)
            return row.text if row else None

    def set_note(self, record_id: str, text: str) -> None:
        with self._tx() as s:
            row = s.get(RecordNote, record_id)
            if not text.strip():
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(RecordNote(record_id=record_id, text=text, updated_at=now_iso()))
            else:
                row.text, row.updated_at = text, now_iso()

    # --- bookmarks -------------------------------------------------------------------------
    def is_bookmarked(self, record_id: str) -> bool:
        with self._tx() as s:
            return s.get(Bookmark, record_id) is not None

    def set_bookmark(self, record_id: str, title: str, on: bool = True) -> None:
        with self._tx() as s:
            row = s.get(Bookmark, record_id)
            if on and row is None:
                s.add(Bookmark(record_id=record_id, title=title, created_at=now_iso()))
            elif not on and row is not None:
                s.delete(row)

    def bookmarks(self) -> list[BookmarkView]:
        with self._tx() as s:
            rows = s.scalars(select(Bookmark).order_by(Bookmark.created_at.desc()))
            return [BookmarkView(b.record_id, b.title, b.created_at) for b in rows]

    # --- settings --------------------------------------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        with self._tx() as s:
            row = s.get(Setting, key)
            if row is None:
                return default
            try:
                return json.loads(row.value)
            except ValueError:
                return default

    def set_setting(self, key: str, value: Any) -> None:
        with self._tx() as s:
            s.merge(Setting(key=key, value=json.dumps(value)))
