"""The checklists screen: the library's checklists (read one in full, with its prompts, without
starting anything) and the person's runs; start a run (optionally named; asks first when one is
still open), continue the open one, open, rename or delete a past one.

Lists are Qt models filled from the core on workers; starting a run writes on the user queue.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.content import ChecklistView
from fieldkit.core.run_views import RunSummary, RunView, default_run_name
from fieldkit.ui.models.checklists import ChecklistListModel
from fieldkit.ui.models.recent_runs import RecentRunsModel
from fieldkit.ui.models.roles import Roles
from fieldkit.ui.run_control import RunControl
from fieldkit.ui.views.base import View
from fieldkit.ui.widgets.controls import action_button
from fieldkit.ui.widgets.hit_delegate import HitDelegate
from fieldkit.ui.widgets.run_dialogs import RunChoiceDialog, button_text
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


class ChecklistsScreen(View):
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
        self._open_seq = 0
        self._open_run: RunSummary | None = None
        self.choice: RunChoiceDialog | None = None
        self.rename_box: QInputDialog | None = None
        self.confirm_box: QMessageBox | None = None

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
        self.run_list.setToolTip(self.tr("Enter opens a run; F2 renames it; Delete deletes it"))
        lv.addWidget(self.run_list, 3)
        run_buttons = QHBoxLayout()
        self.rename_button = action_button(self.tr("Rename…"), self.tr("Rename the selected run"),
                                           self.tr("Rename the selected run (F2)"))
        self.rename_button.clicked.connect(self.ask_rename)
        self.delete_button = action_button(self.tr("Delete…"), self.tr("Delete the selected run"),
                                           self.tr("Delete the selected run (Delete)"))
        self.delete_button.clicked.connect(self.ask_delete)
        run_buttons.addWidget(self.rename_button)
        run_buttons.addWidget(self.delete_button)
        run_buttons.addStretch(1)
        lv.addLayout(run_buttons)
        for keys, slot, does in (
                (QKeySequence(Qt.Key.Key_F2), self.ask_rename, self.tr("Rename the chosen run")),
                (QKeySequence(QKeySequence.StandardKey.Delete), self.ask_delete,
                 self.tr("Delete the chosen run (asks first)"))):
            QShortcut(keys, self.run_list, activated=slot,
                      context=Qt.ShortcutContext.WidgetShortcut).setWhatsThis(does)
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
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.phases = QLabel()
        self.phases.setWordWrap(True)
        self.phases.setTextFormat(Qt.TextFormat.RichText)  # built from escaped text only
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
        self.continue_button.hide()  # until the core says a run of this checklist is open
        self.read_button = QPushButton(self.tr("Read it"))
        self.read_button.setAccessibleName(self.tr("Read the checklist without starting a run"))
        self.read_button.setToolTip(self.tr("Every item and its prompts, without starting a run"))
        self.read_button.clicked.connect(self.read_checklist)
        for b in (self.start_button, self.continue_button, self.read_button):
            b.setMinimumHeight(round(line * 2.2))
            buttons.addWidget(b)
        buttons.addStretch(1)
        rv.addLayout(buttons)
        self.reading = QTextBrowser()  # the whole checklist, read without starting a run
        self.reading.setAccessibleName(self.tr("The checklist, item by item"))
        self.reading.setOpenLinks(False)
        self.reading.hide()
        rv.addWidget(self.reading, 1)
        rv.addStretch(0)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.message = QLabel()
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        self.setTabOrder(self.list, self.run_name)
        self.setTabOrder(self.run_name, self.start_button)
        self.setTabOrder(self.start_button, self.continue_button)
        self.setTabOrder(self.continue_button, self.read_button)
        self.setTabOrder(self.read_button, self.run_list)
        self.setTabOrder(self.run_list, self.rename_button)
        self.setTabOrder(self.rename_button, self.delete_button)

    def title(self) -> str:
        return self.tr("Checklists")

    # --- loading ---------------------------------------------------------------------------
    def activate(self, checklist_id: str | None = None, start: bool = False,
                 **_params: Any) -> None:
        self._want = checklist_id
        self._start_when_loaded = start
        libs = self.ctx.libs
        if libs is None:
            self.message.setText(self.tr("No library is loaded, so there are no checklists to "
                                         "show."))
        else:
            run_op(libs.checklists, on_done=self._on_checklists, parent=self,
                   on_failed=self.show_failure)
        self._load_runs()

    def _load_runs(self) -> None:
        user = self.ctx.user
        if user is not None:
            run_op(lambda: user.runs.list(), on_done=self._on_runs, parent=self, queue="user",
                   on_failed=self.show_failure)

    def library_changed(self) -> None:
        libs = self.ctx.libs
        if libs is not None:  # the selection stays on the same checklist where it still exists
            self._want, self._start_when_loaded = None, False
            run_op(libs.checklists, on_done=self._on_checklists, parent=self,
                   on_failed=self.show_failure)

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
        self.rename_button.setVisible(bool(runs))
        self.delete_button.setVisible(bool(runs))
        if runs and not self.run_list.currentIndex().isValid():
            self.run_list.setCurrentIndex(self.runs.index(0))
        self._update_continue()

    def _selected_id(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(Roles.Id) if index.isValid() else None

    def _on_current(self, index: QModelIndex, _prev: QModelIndex) -> None:
        checklist = self.checklists.checklist(index.row())
        if checklist is None or self.ctx.libs is None:
            return
        self.reading.hide()
        self.title_label.setText(checklist.title)
        self.summary.setText(checklist.summary or "")
        self.run_name.setPlaceholderText(self.tr("Blank: %1").replace(
            "%1", default_run_name(checklist.title)))
        self.phases.setText("")
        self._update_continue()
        self._detail_seq += 1
        seq, libs = self._detail_seq, self.ctx.libs
        run_op(lambda: libs.checklist(checklist.id),
               on_done=lambda c: self._show_phases(c) if seq == self._detail_seq else None,
               parent=self, on_failed=self.show_failure)

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
        """Ask the core which run of the selected checklist is open (one rule, everywhere)."""
        cid, user = self._selected_id(), self.ctx.user
        if cid is None or user is None:
            self._show_continue(None)
            return
        self._open_seq += 1
        seq = self._open_seq
        run_op(lambda: user.runs.open_run_of(cid), parent=self, queue="user",
               on_done=lambda r: self._show_continue(r) if seq == self._open_seq else None,
               on_failed=self.show_failure)

    def _show_continue(self, run: RunSummary | None) -> None:
        self._open_run = run
        self.continue_button.setVisible(run is not None)
        if run is not None:
            self.continue_button.setText(button_text(
                self.tr("Continue “%1” (%2 of %3)").replace("%1", run.label)
                .replace("%2", str(run.done)).replace("%3", str(run.total))))

    # --- actions ---------------------------------------------------------------------------
    def start_run(self) -> None:
        """A new run; when one of this checklist is still open, the person chooses first."""
        cid = self._selected_id()
        if cid is None:
            return
        name = self.run_name.text().strip() or None
        self.start_button.setEnabled(False)
        self.control.begin(cid, name, on_choice=self._ask_choice, on_started=self._started)

    def _started(self, run: RunView) -> None:
        self.start_button.setEnabled(True)
        self.run_name.clear()
        self.nav.show_view("run", run_id=run.id)

    def _ask_choice(self, title: str, open_run: RunSummary) -> None:
        self.start_button.setEnabled(True)
        cid = open_run.checklist_id
        box = RunChoiceDialog(self, title, open_run, self.run_name.text().strip())
        box.continue_chosen.connect(lambda rid: self.nav.show_view("run", run_id=rid))
        box.new_chosen.connect(
            lambda name: self.control.start(cid, name, on_started=self._started))
        self.choice = box
        box.open()

    # --- reading a checklist ---------------------------------------------------------------
    def read_checklist(self) -> None:
        """Every item of the selected checklist with its linked prompts: preparation at a desk,
        nothing started or saved."""
        cid, libs = self._selected_id(), self.ctx.libs
        if cid is None or libs is None:
            return

        def load() -> tuple[ChecklistView, dict[str, str]]:
            checklist = libs.checklist(cid)
            ids = sorted({p for ph in checklist.phases for i in ph.items for p in i.prompts})
            titles = {p.id: p.title for p in libs.prompts(ids=ids)} if ids else {}
            return checklist, titles

        run_op(load, on_done=lambda r: self._show_reading(*r), parent=self,
               on_failed=self.show_failure)

    def _show_reading(self, checklist: ChecklistView, prompt_titles: dict[str, str]) -> None:
        esc = html.escape
        parts = []
        for phase in checklist.phases:
            parts.append(f"<h3>{esc(phase.title)}</h3><ol>")
            for item in phase.items:
                text = f"<b>{esc(item.text)}</b>" if item.is_critical else esc(item.text)
                if item.is_critical:
                    text += " — " + esc(self.tr("critical"))
                if item.detail:
                    text += f"<br><span>{esc(item.detail)}</span>"
                linked = [prompt_titles[p] for p in item.prompts if p in prompt_titles]
                if linked:
                    text += "<br><i>" + esc(self.tr("Keep in mind: %1").replace(
                        "%1", " · ".join(linked))) + "</i>"
                parts.append(f"<li>{text}</li>")
            parts.append("</ol>")
        if checklist.id != self._selected_id():
            return  # the selection moved on while it loaded
        self.reading.setHtml("".join(parts))  # built from escaped text only
        self.reading.show()
        self.reading.setFocus()

    # --- the runs list: rename, delete -----------------------------------------------------
    def _selected_run(self) -> RunSummary | None:
        index = self.run_list.currentIndex()
        return self.runs.run(index.row()) if index.isValid() else None

    def ask_rename(self) -> None:
        run, user = self._selected_run(), self.ctx.user
        if run is None or user is None:
            return
        box = QInputDialog(self)
        box.setWindowTitle(self.tr("Rename run"))
        box.setLabelText(self.tr("New name (blank: the checklist, date and time):"))
        box.setTextValue(run.name or "")
        box.textValueSelected.connect(lambda name: self._write_run(
            lambda: user.runs.rename(run.id, name), self.tr("Run renamed.")))
        self.rename_box = box
        box.open()

    def ask_delete(self) -> None:
        run, user = self._selected_run(), self.ctx.user
        if run is None or user is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete run"), "",
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Delete the run “%1” with its ticks and notes? This cannot be "
                            "undone.").replace("%1", run.label))
        yes = box.addButton(self.tr("Delete run"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._write_run(
            lambda: user.runs.delete(run.id), self.tr("The run was deleted."))
            if box.clickedButton() is yes else None)
        self.confirm_box = box
        box.open()

    def _write_run(self, fn: Any, message: str) -> None:
        def done(_result: Any) -> None:
            self.nav.show_message(message)
            self._load_runs()

        run_op(fn, on_done=done, parent=self, queue="user",
               on_failed=self.show_failure)

    def _continue_open(self) -> None:
        if self._open_run is not None:
            self.nav.show_view("run", run_id=self._open_run.id)

    def _open_run_at(self, index: QModelIndex) -> None:
        run = self.runs.run(index.row())
        if run is not None:
            self.nav.show_view("run", run_id=run.id)

