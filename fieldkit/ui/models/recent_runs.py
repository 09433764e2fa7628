"""Recent and unfinished checklist runs for the home screen, as a list model of RunSummary.

Holds the summaries it is given; the screen loads them on a worker.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from fieldkit.core.clock import parse_iso
from fieldkit.core.run_views import RunSummary
from fieldkit.ui.models.roles import Roles
from fieldkit.ui.time_format import local_date, local_number

_Index = QModelIndex | QPersistentModelIndex


def when_text(iso: str, now: dt.datetime | None = None) -> str:
    """'just now', '5 minutes ago', 'yesterday', '3 days ago', or the date."""
    try:
        then = parse_iso(iso)
    except ValueError:
        return iso
    now = now or dt.datetime.now(dt.UTC)
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 60:
        return RecentRunsModel.tr("just now")
    minutes, hours = divmod(seconds, 60)[0], divmod(seconds, 3600)[0]
    if seconds < 3600:
        return RecentRunsModel.tr("%n minute(s) ago", "", minutes)
    if seconds < 86400:
        return RecentRunsModel.tr("%n hour(s) ago", "", hours)
    days = seconds // 86400
    if days == 1:
        return RecentRunsModel.tr("yesterday")
    if days < 14:
        return RecentRunsModel.tr("%n day(s) ago", "", days)
    return local_date(then.astimezone().date())


def run_meta(run: RunSummary) -> str:
    ticked = RecentRunsModel.tr("%1 of %2 ticked").replace(
        "%1", local_number(run.done)).replace("%2", local_number(run.total))
    state = (RecentRunsModel.tr("finished") if run.is_finished
             else RecentRunsModel.tr("unfinished"))
    return f"{state} · {ticked} · {when_text(run.updated_at)}"


class RecentRunsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._runs: list[RunSummary] = []

    def set_runs(self, runs: list[RunSummary]) -> None:
        self.beginResetModel()
        self._runs = list(runs)
        self.endResetModel()

    def run(self, row: int) -> RunSummary | None:
        return self._runs[row] if 0 <= row < len(self._runs) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._runs)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        run = self._runs[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Roles.Title):
            return run.label
        if role == Roles.Meta:
            return run_meta(run)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{run.label}, {run_meta(run)}"
        if role in (Roles.Id, Qt.ItemDataRole.UserRole):
            return run.id
        if role == Roles.Run:
            return run
        return None


def recent_first(runs: list[RunSummary], limit: int = 6) -> list[RunSummary]:
    """Unfinished runs first (most recently touched first), then recent finished ones."""
    open_runs = [r for r in runs if not r.is_finished]
    done = [r for r in runs if r.is_finished]
    return (open_runs + done)[:limit]
