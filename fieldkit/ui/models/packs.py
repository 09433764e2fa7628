"""Table models for the Sync screen: the installed packs (id, title, version, when installed,
how old the content is) and the updates a source offers (with their download size)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from fieldkit.core.clock import parse_iso
from fieldkit.packs.progress import ProgressState
from fieldkit.ui.models.roles import Roles

if TYPE_CHECKING:
    from fieldkit.packs.install import InstalledPack
    from fieldkit.packs.sync import Update

_Index = QModelIndex | QPersistentModelIndex


def format_size(n: int) -> str:
    """1.2 MB, 340 KB, 900 bytes: as a person reads a download."""
    if n >= 1_000_000:
        return f"{n / 1e6:.1f} MB"
    if n >= 1_000:
        return f"{n / 1e3:.0f} KB"
    return f"{n} bytes"


def describe_progress(state: ProgressState) -> str:
    """'340 KB of 1.2 MB, 12 KB/s, 72 s left': sizes as a person reads them (the CLI's line
    shows megabytes only, which reads 0.0 for a small pack)."""
    left = (f", {state.seconds_left:.0f} s left" if state.seconds_left is not None else "")
    rate = f", {format_size(int(state.rate))}/s" if state.rate > 0 else ""
    return f"{format_size(state.done)} of {format_size(state.total)}{rate}{left}"


def updates_count(n: int) -> str:
    return f"{n} update{'s' if n != 1 else ''}"


def content_age(created: str, now: dt.datetime | None = None) -> str:
    """'today', '1 day old', '41 days old' (from the pack's creation time)."""
    try:
        days = max(0, ((now or dt.datetime.now(dt.UTC)) - parse_iso(created)).days)
    except ValueError:
        return ""
    return "today" if days == 0 else f"{days} day{'s' if days != 1 else ''} old"


class _RowTable(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.tr(self.headers[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Roles.Id:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(row, index.column())
        return None

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError


class InstalledPacksModel(_RowTable):
    headers = ("Pack", "Title", "Version", "Installed", "Content")

    def cell(self, row: InstalledPack, column: int) -> str:
        c = row.current
        if column == 4:
            return content_age(c.content_as_of)
        return (row.id, c.title, str(c.version), c.installed_at[:10], "")[column]


class UpdatesModel(_RowTable):
    headers = ("Pack", "Title", "Version", "Download")

    def cell(self, row: Update, column: int) -> str:
        version = (f"{row.installed} → {row.version}" if row.installed is not None
                   else f"new: {row.version}")
        how = " (changes only)" if row.is_delta else ""
        return (row.id, row.title, version, format_size(row.download) + how)[column]

    def total_download(self) -> int:
        return sum(u.download for u in self._rows)
