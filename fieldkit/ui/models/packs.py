"""Table models for the Sync screen: the installed packs (id, title, version, when installed,
how old the content is) and the updates a source offers (with their download size)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from fieldkit.core.clock import parse_iso
from fieldkit.packs.progress import (
    STEP_BACKUP,
    STEP_INDEXING,
    STEP_NO_BACKUP,
    STEP_SWITCHING,
    STEP_UNPACKING,
    ProgressState,
)
from fieldkit.ui.models.roles import Roles

if TYPE_CHECKING:
    from fieldkit.packs.install import InstalledPack
    from fieldkit.packs.sync import Update

_Index = QModelIndex | QPersistentModelIndex


def format_size(n: int) -> str:
    """1.2 MB, 340 kB, 900 bytes: as a person reads a download, in their language's numbers
    (KB and MB as most people read them)."""
    fmt = QLocale.DataSizeFormat.DataSizeTraditionalFormat
    return QLocale().formattedDataSize(max(0, n), 0 if n < 1_000_000 else 1, fmt)


class PackWords(QObject):
    """The Sync screen's counted words; a class so lupdate extracts each plural as one."""

    def seconds_left(self, text: str, n: int) -> str:
        return self.tr("%1, %n second(s) left", "", n).replace("%1", text)

    def updates(self, n: int) -> str:
        return self.tr("%n update(s)", "", n)

    def days_old(self, n: int) -> str:
        return self.tr("%n day(s) old", "", n)


_words: list[PackWords] = []


def _counted() -> PackWords:
    if not _words:
        _words.append(PackWords())
    return _words[0]


def describe_progress(state: ProgressState) -> str:
    """'340 kB of 1.2 MB, 12 kB/s, 72 s left': sizes as a person reads them (the CLI's line
    shows megabytes only, which reads 0.0 for a small pack)."""
    text = QCoreApplication.translate("PackWords", "%1 of %2").replace(
        "%1", format_size(state.done)).replace("%2", format_size(state.total))
    if state.rate > 0:
        text = QCoreApplication.translate("PackWords", "%1, %2/s").replace(
            "%1", text).replace("%2", format_size(int(state.rate)))
    if state.seconds_left is not None:
        text = _counted().seconds_left(text, round(state.seconds_left))
    return text


# An install's steps (fieldkit/packs/progress.py) in the user's language.
_STEPS = {
    STEP_BACKUP: QT_TRANSLATE_NOOP("PackWords", "backing up your data"),
    STEP_NO_BACKUP: QT_TRANSLATE_NOOP(
        "PackWords", "your data is locked, so it was not backed up first (installing does not "
                     "change it)"),
    STEP_UNPACKING: QT_TRANSLATE_NOOP("PackWords", "unpacking"),
    STEP_INDEXING: QT_TRANSLATE_NOOP("PackWords", "building the search index"),
    STEP_SWITCHING: QT_TRANSLATE_NOOP("PackWords", "switching to the new version"),
}


def install_step(step: str) -> str:
    """'unpacking' -> 'desempaquetando'; a step the table does not know is said as it came."""
    words = _STEPS.get(step)
    return QCoreApplication.translate("PackWords", words) if words else step


def updates_count(n: int) -> str:
    return _counted().updates(n)


def content_age(created: str, now: dt.datetime | None = None) -> str:
    """'today', '1 day old', '41 days old' (from the pack's creation time)."""
    try:
        days = max(0, ((now or dt.datetime.now(dt.UTC)) - parse_iso(created)).days)
    except ValueError:
        return ""
    if days == 0:
        return QCoreApplication.translate("PackWords", "today")
    return _counted().days_old(days)


def pack_version(pack_id: str, version: int) -> str:
    """'regional version 3'."""
    return QCoreApplication.translate("PackWords", "%1 version %2").replace(
        "%1", pack_id).replace("%2", QLocale().toString(version))


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
            return QCoreApplication.translate(type(self).__name__, self.headers[section])
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
    headers = (QT_TRANSLATE_NOOP("InstalledPacksModel", "Pack"),
               QT_TRANSLATE_NOOP("InstalledPacksModel", "Title"),
               QT_TRANSLATE_NOOP("InstalledPacksModel", "Version"),
               QT_TRANSLATE_NOOP("InstalledPacksModel", "Installed"),
               QT_TRANSLATE_NOOP("InstalledPacksModel", "Content"))

    def cell(self, row: InstalledPack, column: int) -> str:
        c = row.current
        if column == 4:
            return content_age(c.content_as_of)
        return (row.id, c.title, str(c.version), c.installed_at[:10], "")[column]


class UpdatesModel(_RowTable):
    headers = (QT_TRANSLATE_NOOP("UpdatesModel", "Pack"),
               QT_TRANSLATE_NOOP("UpdatesModel", "Title"),
               QT_TRANSLATE_NOOP("UpdatesModel", "Version"),
               QT_TRANSLATE_NOOP("UpdatesModel", "Download"))

    def cell(self, row: Update, column: int) -> str:
        version = (f"{row.installed} → {row.version}" if row.installed is not None
                   else self.tr("new: %1").replace("%1", str(row.version)))
        how = " " + self.tr("(changes only)") if row.is_delta else ""
        return (row.id, row.title, version, format_size(row.download) + how)[column]

    def total_download(self) -> int:
        return sum(u.download for u in self._rows)
