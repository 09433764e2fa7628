"""The checklists screen: the library's checklists and the person's runs; start a run
(optionally named), continue an open one, or open a past one.

Lists are Qt models filled from the core on workers; starting a run writes on the user queue.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.content import ChecklistView
from fieldkit.core.run_views import RunSummary, RunView
from fieldkit.ui.models.checklists import ChecklistListModel
from fieldkit.ui.models.recent_runs import RecentRunsModel
from fieldkit.ui.models.roles import Roles
from fieldkit.ui.run_control import RunControl
from fieldkit.ui.views.base import View
from fieldkit.ui.widgets.hit_delegate import HitDelegate
from fieldkit.ui.widgets.type_scale import Heading
from fieldkit.ui.worker import run_op


def _list(name: str, tip: str, *, snippets: bool = True) -> QListView:
    view = QListView()
    view.setAccessibleName(name)
    view.setToolTip(tip)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)
    view.setMouseTracking(True)
    view.setItemDelegate(HitDelegate(view, snippet_lines=snippets))
    return view


class ChecklistsView(View):
    name = "checklists"

    def __init__(self, ctx: Any, nav: Any) -> None:
        super().__init__(ctx, nav)
        self.checklists = ChecklistListModel(self)
        self.runs = RecentRunsModel(self)
        self.control = RunControl(ctx, self)  # only to start runs
        self.control.failed.connect(lambda m: self.nav.show_message(m, error=True))
        self.control.failed.connect(lambda _m: self.start_button.setEnabled(True))
        self._want: str | None = None
        self._start_when_loaded = False
        self._detail_seq = 0
        self._open_run: RunSummary | None = None

        line = self.fontMetrics().height()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(round(line * 1.5), line, round(line * 1.5), line)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        outer.addWidget(split)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, line, 0)
        lv.addWidget(Heading(self.tr("Checklists"), 1.3))
        self.list = _list(self.tr("Checklists"), self.tr("Arrow keys choose; Enter starts a run"),
                          snippets=False)
        self.list.setModel(self.checklists)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.list.activated.connect(lambda _i: self.start_run())
        lv.addWidget(self.list, 1)
        lv.addSpacing(line // 2)
        lv.addWidget(Heading(self.tr("Your runs"), 1.3))
        self.run_list = _list(self.tr("Your runs"), self.tr("Enter or double-click opens a run"))
        self.run_list.setModel(self.runs)
        self.run_list.activated.connect(self._open_run_at)
        lv.addWidget(self.run_list, 3)
        self.no_runs = QLabel(self.tr("No runs yet. Choose a checklist and start one."))
        self.no_runs.setObjectName("muted")
        lv.addWidget(self.no_runs)
        split.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(line * 2, 0, 0, 0)
        rv.setSpacing(round(line * 0.6))
        self.title_label = Heading("", 1.6)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.phases = QLabel()
        self.phases.setWordWrap(True)
        self.phases.setTextFormat(Qt.TextFormat.RichText)
        rv.addWidget(self.title_label)
        rv.addWidget(self.summary)
        rv.addWidget(self.phases)
        rv.addSpacing(line)
        name_label = QLabel(self.tr("Name this run (optional)"))
        self.run_name = QLineEdit()
        self.run_name.setAccessibleName(self.tr("Run name"))
        self.run_name.setPlaceholderText(self.tr("e.g. Checkpoint at km 42"))
        self.run_name.returnPressed.connect(self.start_run)
        self.run_name.setMinimumHeight(round(line * 2))
        name_label.setBuddy(self.run_name)
        rv.addWidget(name_label)
        rv.addWidget(self.run_name)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start a run"))
        self.start_button.setObjectName("primary")
        self.start_button.setAccessibleName(self.tr("Start a run"))
        self.start_button.setToolTip(self.tr("Start a new run of this checklist (Enter)"))
        self.start_button.clicked.connect(self.start_run)
        self.continue_button = QPushButton()
        self.continue_button.setAccessibleName(self.tr("Continue the open run"))
        self.continue_button.clicked.connect(self._continue_open)
        for b in (self.start_button, self.continue_button):
            b.setMinimumHeight(round(line * 2.2))
            buttons.addWidget(b)
        buttons.addStretch(1)
        rv.addLayout(buttons)
        rv.addStretch(1)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.message = QLabel()
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        self.setTabOrder(self.list, self.run_name)
        self.setTabOrder(self.run_name, self.start_button)
        self.setTabOrder(self.start_button, self.continue_button)
        self.setTabOrder(self.continue_button, self.run_list)

    def title(self) -> str:
        return self.tr("Checklists")

    # --- loading ---------------------------------------------------------------------------
    def activate(self, checklist_id: str | None = None, start: bool = False,
                 **_params: Any) -> None:
        self._want = checklist_id
        self._start_when_loaded = start
        libs, user = self.ctx.libs, self.ctx.user
        if libs is None:
            self.message.setText(self.tr("No library is loaded, so there are no checklists to "
                                         "show."))
        else:
            run_op(libs.checklists, on_done=self._on_checklists, parent=self,
                   on_failed=lambda m: self.nav.show_message(m, error=True))
        if user is not None:
            run_op(lambda: user.runs.list(), on_done=self._on_runs, parent=self, queue="user",
                   on_failed=lambda m: self.nav.show_message(m, error=True))

    def _on_checklists(self, rows: list[ChecklistView]) -> None:
        current = self._selected_id()
        self.checklists.set_checklists(rows)
        want = self._want or current
        row = self.checklists.row_of(want) if want else -1
        self.list.setCurrentIndex(self.checklists.index(max(row, 0)))
        if self._want and row < 0:
            self.nav.show_message(self.tr("There is no checklist %1 in the library.")
                                  .replace("%1", self._want), error=True)
        elif self._start_when_loaded and row >= 0:
            self.start_run()
        self._start_when_loaded = False
        self.list.setFocus()

    def _on_runs(self, runs: list[RunSummary]) -> None:
        self.runs.set_runs(runs)
        self.run_list.setVisible(bool(runs))
        self.no_runs.setVisible(not runs)
        self._update_continue()

    def _selected_id(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(Roles.Id) if index.isValid() else None

    def _on_current(self, index: QModelIndex, _prev: QModelIndex) -> None:
        checklist = self.checklists.checklist(index.row())
        if checklist is None or self.ctx.libs is None:
            return
        self.title_label.setText(checklist.title)
        self.summary.setText(checklist.summary or "")
        self.phases.setText("")
        self._update_continue()
        self._detail_seq += 1
        seq, libs = self._detail_seq, self.ctx.libs
        run_op(lambda: libs.checklist(checklist.id),
               on_done=lambda c: self._show_phases(c) if seq == self._detail_seq else None,
               parent=self, on_failed=lambda m: self.nav.show_message(m, error=True))

    def _show_phases(self, checklist: ChecklistView) -> None:
        rows = []
        for phase in checklist.phases:
            critical = sum(1 for i in phase.items if i.is_critical)
            counts = self.tr("%n item(s)", "", len(phase.items))
            if critical:
                counts += " · " + self.tr("%n critical", "", critical)
            rows.append(f"<tr><td style='padding:3px 16px 3px 0'><b>{html.escape(phase.title)}</b>"
                        f"</td><td style='padding:3px 0'>{html.escape(counts)}</td></tr>")
        self.phases.setText(f"<table>{''.join(rows)}</table>")

    def _update_continue(self) -> None:
        cid = self._selected_id()
        self._open_run = next((self.runs.run(i) for i in range(self.runs.rowCount())
                               if (r := self.runs.run(i)) and r.checklist_id == cid
                               and not r.is_finished), None)
        run = self._open_run
        self.continue_button.setVisible(run is not None)
        if run is not None:
            self.continue_button.setText(
                self.tr("Continue “%1” (%2 of %3)").replace("%1", run.label)
                .replace("%2", str(run.done)).replace("%3", str(run.total)))

    # --- actions ---------------------------------------------------------------------------
    def start_run(self) -> None:
        cid = self._selected_id()
        if cid is None:
            return
        name = self.run_name.text().strip() or None
        self.start_button.setEnabled(False)

        def started(run: RunView) -> None:
            self.start_button.setEnabled(True)
            self.run_name.clear()
            self.nav.show_view("run", run_id=run.id)

        self.control.start(cid, name, on_started=started)

    def _continue_open(self) -> None:
        if self._open_run is not None:
            self.nav.show_view("run", run_id=self._open_run.id)

    def _open_run_at(self, index: QModelIndex) -> None:
        run = self.runs.run(index.row())
        if run is not None:
            self.nav.show_view("run", run_id=run.id)

