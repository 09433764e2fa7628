"""The user's own database: runs, record notes, bookmarks, settings. Sacred: never replaced.

`UserData` opens (and migrates) the file; each area is a small store on the same engine.
"""

from __future__ import annotations

import contextlib
import json
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldkit.core.backup import BackupInfo, restore_backup
from fieldkit.core.clock import now_iso
from fieldkit.core.db import user_engine, user_transaction
from fieldkit.core.display_prefs import DEFAULTS as DISPLAY_DEFAULTS
from fieldkit.core.display_prefs import (
    has_display_prefs,
    read_display_prefs,
    write_display_prefs,
)
from fieldkit.core.errors import FieldKitError
from fieldkit.core.models import Bookmark, RecordNote, Setting
from fieldkit.core.paths import user_db_path
from fieldkit.core.runs import RunStore
from fieldkit.core.vault import DataKey, PassphraseRequired, is_protected
from fieldkit.core.worksheets import SheetStore


@dataclass(frozen=True)
class BookmarkView:
    record_id: str
    title: str
    created_at: str


class UserData:
    """Everything the person wrote. Open with the data folder (and, when it has a passphrase,
    the key `vault.unlock` gave; without it PassphraseRequired); close when done."""

    def __init__(self, folder: Path, key: DataKey | None = None) -> None:
        self.folder = Path(folder)
        self.path = user_db_path(self.folder)
        if is_protected(self.folder) and key is None:
            raise PassphraseRequired()
        self.key = key
        self.engine = user_engine(self.path, key)
        self.runs = RunStore(self.engine)
        if not has_display_prefs(self.folder):
            self._move_display_prefs()
        self.sheets = SheetStore(self.engine)

    def reopen(self) -> None:
        """Open the user DB afresh (a restore replaced it, or set the old file aside, under
        this process): no connection stays on a file that is no longer the user's."""
        self.engine.dispose()
        self.engine = self.runs.engine = self.sheets.engine = user_engine(self.path, self.key)

    def restore(self, name: str) -> BackupInfo | None:
        """Bring back backup `name` under this open session (the app's Settings): the engine
        lets go of the file first, so a damaged file can be set aside whole and no later write
        lands in that copy; the session then reopens on the restored data."""
        self.engine.dispose()
        try:
            return restore_backup(self.folder, name, key=self.key)
        finally:
            self.reopen()

    def close(self) -> None:
        self.engine.dispose()

    def switch_folder(self, new: Path) -> bool:
        """Move this open session to folder `new` at once: close the DB, copy it through
        SQLite (unless `new` already holds FieldKit data, used as it is), reopen there, and
        point future starts there. Every holder of this object writes to `new` from now on.
        Returns whether the data was copied. On failure the session stays where it was."""
        from fieldkit.core.location import choose_data_folder, point_to

        new = Path(new)
        self.engine.dispose()
        try:
            copied = choose_data_folder(self.folder, new, point=False, key=self.key)
            engine = user_engine(user_db_path(new), self.key)
            point_to(new)
        except FieldKitError:
            self.engine = self.runs.engine = self.sheets.engine = user_engine(self.path, self.key)
            raise
        self.folder, self.path = new, user_db_path(new)
        self.engine = self.runs.engine = self.sheets.engine = engine
        return copied

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
    # The theme and text size live in a file of their own (read before the first paint).
    def _move_display_prefs(self) -> None:
        """Older FieldKits kept the display preferences in the DB: move them out, once."""
        with self._tx() as s:
            rows = {r.key: r.value for r in s.scalars(
                select(Setting).where(Setting.key.in_(tuple(DISPLAY_DEFAULTS))))}
        values = {}
        for key, raw in rows.items():
            with contextlib.suppress(ValueError):
                if isinstance(json.loads(raw), str):
                    values[key] = json.loads(raw)
        write_display_prefs(self.folder, **values)

    def setting(self, key: str, default: Any = None) -> Any:
        if key in DISPLAY_DEFAULTS:
            return read_display_prefs(self.folder)[key] if has_display_prefs(self.folder) \
                else default
        with self._tx() as s:
            row = s.get(Setting, key)
            if row is None:
                return default
            try:
                return json.loads(row.value)
            except ValueError:
                return default

    def set_setting(self, key: str, value: Any) -> None:
        if key in DISPLAY_DEFAULTS:
            write_display_prefs(self.folder, **{key: str(value)})
            return
        with self._tx() as s:
            s.merge(Setting(key=key, value=json.dumps(value)))
