"""The run screen: one checklist run, items grouped by phase, ticks and notes saved at once,
the prompts linked to the selected item beside it; find (Ctrl+F), undo (Ctrl+Z), not applicable,
your own items, a note and author for the run; finish, reopen, reset, delete, export.

Shows and forwards: the run's state lives in the user DB, reached through RunControl.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.run_views import RunItemView, RunView
from fieldkit.ui.autosave import Autosave
from fieldkit.ui.models.run_items import ItemFilter, ItemRole
from fieldkit.ui.report_export import choose_report, export_run
from fieldkit.ui.run_control import RunControl
from fieldkit.ui.time_format import local_hhmm, local_when
from fieldkit.ui.views.base import View
from fieldkit.ui.widgets.controls import action_button, muted_label
from fieldkit.ui.widgets.run_dialogs import ask_finish
from fieldkit.ui.widgets.run_item_list import RunItemList
from fieldkit.ui.widgets.run_item_panel import ItemPanel
from fieldkit.ui.widgets.run_note import RunNoteEditor
from fieldkit.ui.widgets.type_scale import Heading
from fieldkit.ui.worker import run_op, with_sentence


class RunScreen(View):
    name = "run"
    saved = Signal(str, str)  # item id ("" for the run), what: the write is committed

    def __init__(self, ctx: Any, nav: Any) -> None:
        super().__init__(ctx, nav)
        self.control = RunControl(ctx, self)
        self.control.loaded.connect(self._on_loaded)
        self.control.saved.connect(self._on_saved)
        self.control.failed.connect(lambda m: self.nav.show_message(m, error=True))
        self.control.deleted.connect(self._on_deleted)
        self._note_item: str | None = None
        self._note_dirty = False
        self.confirm_box: QMessageBox | None = None
        self.na_box: QInputDialog | None = None
        self.filter = ItemFilter(self)
        self.filter.setSourceModel(self.control.model)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_empty())
        # the run page scrolls rather than ask a small screen (1024x600) for more height
        page = QScrollArea()
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        page.setWidget(self._build_run())
        self.pages.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        for keys, slot, does in (
                ("Ctrl+Return", self._finish_or_reopen, self.tr("Finish or reopen the run")),
                ("Ctrl+E", self.ask_export, self.tr("Export the run's report")),
                (QKeySequence.StandardKey.Undo, self.undo,
                 self.tr("Undo the last tick, untick or note change"))):
            QShortcut(QKeySequence(keys), self, activated=slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut).setWhatsThis(does)

    def title(self) -> str:
        return self.tr("Run")

    # --- building --------------------------------------------------------------------------
    def _build_empty(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        heading = Heading(self.tr("No run open"), 1.6)
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text = muted_label(self.tr("Start a run from a checklist, or open one of your past runs."))
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        choose = action_button(self.tr("Choose a checklist"), self.tr("Choose a checklist"),
                         primary=True)
        choose.clicked.connect(lambda: self.nav.show_view("checklists"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(choose)
        row.addStretch(1)
        for w in (heading, text):
            layout.addWidget(w)
        layout.addSpacing(self.fontMetrics().height())
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _build_run(self) -> QWidget:
        page = QWidget()
        line = self.fontMetrics().height()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(round(line * 1.5), line, round(line * 1.5), line)
        layout.setSpacing(round(line * 0.6))

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.heading = Heading("", 1.5)
        self.subtitle = muted_label()
        titles.addWidget(self.heading)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        self.finish_button = action_button(self.tr("Finish run"), self.tr("Finish run"),
                                     self.tr("Finish this run (Ctrl+Enter)"), primary=True)
        self.finish_button.clicked.connect(self._finish_or_reopen)
        self.export_button = action_button(self.tr("Export report…"), self.tr("Export report"),
                                     self.tr("Save the report as HTML or PDF (Ctrl+E)"))
        self.export_button.clicked.connect(self.ask_export)
        self.reset_button = action_button(self.tr("Reset…"), self.tr("Reset run"),
                                    self.tr("Clear every tick (notes are kept)"))
        self.reset_button.clicked.connect(self.ask_reset)
        self.delete_button = action_button(self.tr("Delete…"), self.tr("Delete run"),
                                     self.tr("Delete this run and its notes"))
        self.delete_button.clicked.connect(self.ask_delete)
        self.worksheet_button = action_button(
            self.tr("Worksheet…"), self.tr("Add a worksheet to this run"),
            self.tr("Fill in a debrief, an incident report... attached to this run; "
                    "it appears in the run's report"))
        self.worksheet_button.clicked.connect(self.add_worksheet)
        for b in (self.finish_button, self.worksheet_button, self.export_button,
                  self.reset_button, self.delete_button):
            head.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Overall progress"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(max(8, line // 2))
        self.progress_label = QLabel()
        self.critical_label = QLabel()
        self.critical_label.setObjectName("critical")
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.critical_label)
        layout.addLayout(progress_row)
        self.state_label = muted_label()
        layout.addWidget(self.state_label)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.find_box = QLineEdit()
        self.find_box.setAccessibleName(self.tr("Find in this run"))
        self.find_box.setPlaceholderText(self.tr("Find in this run (Ctrl+F; Esc clears)"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.textChanged.connect(self.filter.set_text)
        self.find_box.returnPressed.connect(self._focus_first_found)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.find_box, activated=self._close_find,
                  context=Qt.ShortcutContext.WidgetShortcut).setWhatsThis(
            self.tr("Clear and close the find box"))
        self.find_box.hide()
        lv.addWidget(self.find_box)
        self.items = RunItemList()
        self.items.setModel(self.filter)
        self.items.setAccessibleName(self.tr("Checklist items"))
        self.items.setToolTip(self.tr("Arrow keys move; Space ticks or unticks"))
        self.items.selectionModel().selectionChanged.connect(self._on_selection)
        lv.addWidget(self.items, 1)
        note_head = QHBoxLayout()
        self.note_title = QLabel(self.tr("Note for this item"))
        self.note_title.setBuddy(self.items)
        self.note_status = muted_label()
        note_head.addWidget(self.note_title)
        note_head.addStretch(1)
        note_head.addWidget(self.note_status)
        lv.addLayout(note_head)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note for the selected item"))
        self.note.setPlaceholderText(
            self.tr("What happened, who you spoke to… (saved as you type)"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(line * 5)
        self.note.textChanged.connect(self._note_edited)
        self._note_autosave = Autosave(self.flush_note, self, editor=self.note)
        lv.addWidget(self.note)
        add_row = QHBoxLayout()
        self.add_text = QLineEdit()
        self.add_text.setAccessibleName(self.tr("Your own item"))
        self.add_text.setPlaceholderText(self.tr("Add your own item to this phase…"))
        self.add_text.returnPressed.connect(self.add_item)
        self.add_button = action_button(self.tr("Add item"), self.tr("Add your own item"),
                                        self.tr("Add it after the selected item's phase"))
        self.add_button.clicked.connect(self.add_item)
        add_row.addWidget(self.add_text, 1)
        add_row.addWidget(self.add_button)
        lv.addLayout(add_row)
        split.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(line, 0, 0, 0)
        self.panel = ItemPanel(self.ctx, lambda m: self.nav.show_message(m, error=True))
        self.item_title, self.item_detail = self.panel.item_title, self.panel.item_detail
        self.item_state, self.prompts = self.panel.item_state, self.panel.prompts
        self.na_button = self.panel.na_button
        self.na_button.clicked.connect(self.toggle_na)
        rv.addWidget(self.panel, 1)
        self.author = QLineEdit()
        self.author.setAccessibleName(self.tr("Author or team"))
        self.author.setPlaceholderText(self.tr("Author or team (in the report)"))
        self.author.editingFinished.connect(self._author_edited)
        self.run_note_title = QLabel(self.tr("Note for the whole run"))
        self.run_note = RunNoteEditor(self.tr("Who you met, what was agreed… (in the report)"))
        self.run_note.setMaximumHeight(line * 4)
        self.run_note.save.connect(self.control.set_run_note)
        self.run_note_title.setBuddy(self.run_note)
        author_title = QLabel(self.tr("Author or team"))
        author_title.setBuddy(self.author)
        for w in (author_title, self.author, self.run_note_title, self.run_note):
            rv.addWidget(w)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.status = muted_label()
        layout.addWidget(self.status)
        QWidget.setTabOrder(self.items, self.note)
        QWidget.setTabOrder(self.note, self.add_text)
        QWidget.setTabOrder(self.add_text, self.add_button)
        QWidget.setTabOrder(self.add_button, self.na_button)
        QWidget.setTabOrder(self.na_button, self.author)
        QWidget.setTabOrder(self.author, self.run_note)
        QWidget.setTabOrder(self.run_note, self.finish_button)
        QWidget.setTabOrder(self.finish_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.reset_button)
        QWidget.setTabOrder(self.reset_button, self.delete_button)
        return page

    # --- navigation ------------------------------------------------------------------------
    def activate(self, run_id: str | None = None, **_params: Any) -> None:
        self.flush_note()
        if run_id is None and self.control.run is not None:
            run_id = self.control.run.id  # coming back: the same run, fresh from the DB
        self.control.open(run_id)

    def flush(self) -> None:
        self.flush_note()

    def hideEvent(self, event: Any) -> None:
        self.flush_note()
        super().hideEvent(event)

    def _on_loaded(self, run: RunView | None) -> None:
        self.pages.setCurrentIndex(0 if run is None else 1)
        if run is None:
            return
        if run.id != getattr(self, "_status_run", None):
            self.status.clear()  # "saved at…" belongs to the run it was said about
            self._status_run = run.id
        self._refresh_header()
        self.run_note.show_note(run.note)
        self.author.setText(run.author or "")
        row = self.control.model.first_undone_row()
        if row < 0:
            row = 1 if self.control.model.rowCount() > 1 else -1
        if row >= 0:
            self.items.setCurrentIndex(self.filter.mapFromSource(self.control.model.index(row)))
        self.items.setFocus()

    def _on_deleted(self, _run_id: str) -> None:
        self.nav.show_message(self.tr("The run was deleted."))
        self.nav.show_view("checklists")

    # --- header and progress ---------------------------------------------------------------
    def _refresh_header(self) -> None:
        run = self.control.run
        if run is None:
            return
        self.heading.setText(run.label)
        started = self.tr("started %1").replace("%1", local_when(run.started_at))
        parts = [run.checklist_title] if run.name else []
        parts.append(started)
        if run.is_finished:
            parts.append(self.tr("finished %1").replace("%1", local_when(run.finished_at)))
        self.subtitle.setText(" · ".join(parts))
        done, total = run.progress()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(self.tr("%1 of %2 done").replace("%1", str(done))
                                    .replace("%2", str(total)))
        missed = len(run.critical_undone())
        self.critical_label.setText(
            self.tr("%n critical item(s) not done", "", missed) if missed else "")
        finished = run.is_finished
        self.finish_button.setText(self.tr("Reopen run") if finished else self.tr("Finish run"))
        self.finish_button.setAccessibleName(self.finish_button.text())
        self.state_label.setText(self.tr("This run is finished: reopen it to change ticks or "
                                         "notes.") if finished else "")
        self.state_label.setVisible(finished)
        self.note.setReadOnly(finished)
        for w in (self.add_text, self.add_button, self.na_button):
            w.setEnabled(not finished)
        self.panel.show_item(self._current_item())

    # --- selection, details, prompts -------------------------------------------------------
    def _current_item(self) -> RunItemView | None:
        index = self.items.currentIndex()
        return index.data(ItemRole) if index.isValid() else None

    def _on_selection(self, _sel: QItemSelection, _old: QItemSelection) -> None:
        self.flush_note()
        item = self._current_item()
        self._note_item = item.id if item else None
        self.note.blockSignals(True)
        self.note.setPlainText(item.note or "" if item else "")
        self.note.blockSignals(False)
        self.note.setEnabled(item is not None)
        self.note_status.setText(self.tr("Saved %1").replace("%1", local_hhmm(item.note_at))
                                 if item and item.note_at else "")
        self.panel.show_item(item)
        self.panel.load_prompts(item)

    # --- notes -----------------------------------------------------------------------------
    def _note_edited(self) -> None:
        self._note_dirty = True
        self.note_status.setText(self.tr("Typing…"))
        self._note_autosave.changed()

    def flush_note(self) -> None:
        """Save the notes being typed now (item change, leaving the screen, a pause, steady
        typing, a blur)."""
        self.run_note.flush()
        if self._note_item is None or not self._note_dirty:
            return
        self._note_dirty = False
        self.control.set_note(self._note_item, self.note.toPlainText())

    def _author_edited(self) -> None:
        run = self.control.run
        if run is not None and (run.author or "") != self.author.text().strip():
            self.control.set_author(self.author.text())

    # --- find, undo, not applicable, own items ---------------------------------------------
    def find(self) -> bool:
        if self.pages.currentIndex() != 1:
            return False
        self.find_box.show()
        self.find_box.setFocus()
        self.find_box.selectAll()
        return True

    def _focus_first_found(self) -> None:
        for row in range(self.filter.rowCount()):
            index = self.filter.index(row, 0)
            if index.data(ItemRole) is not None:
                self.items.setCurrentIndex(index)
                break
        self.items.setFocus()

    def _close_find(self) -> None:
        self.find_box.clear()
        self.find_box.hide()
        self.items.setFocus()

    def undo(self) -> None:
        self.flush_note()
        self.control.undo()

    def toggle_na(self) -> None:
        item = self._current_item()
        if item is None or self.control.run is None or self.control.run.is_finished:
            return
        if item.na:
            self.control.set_na(item.id, False)
            return
        box = QInputDialog(self)
        box.setWindowTitle(self.tr("Not applicable"))
        box.setLabelText(self.tr("Why does “%1” not apply here? (optional)")
                         .replace("%1", item.text))
        for label in box.findChildren(QLabel):  # the question quotes the item's own text
            label.setTextFormat(Qt.TextFormat.PlainText)
        box.textValueSelected.connect(lambda reason: self.control.set_na(item.id, True, reason))
        self.na_box = box
        box.open()

    def add_item(self) -> None:
        self.flush_note()  # the run is loaded again to show the item: save what is typed first
        text = self.add_text.text().strip()
        item = self._current_item()
        if text:
            self.control.add_item(text, item.phase_id if item else None)
            self.add_text.clear()

    # --- saving feedback -------------------------------------------------------------------
    def _on_saved(self, item_id: str, what: str) -> None:
        run = self.control.run
        if what in ("finish", "reopen", "reset", "run-note", "author"):
            self.status.setText(self.tr("Saved at %1").replace("%1", local_hhmm(
                run.updated_at if run else None)))
        else:
            item = self.control.model.item(item_id)
            if item is not None:
                if what == "note":
                    stamp = local_hhmm(item.note_at)
                    if item_id == self._note_item:
                        self.note_status.setText(self.tr("Saved %1").replace("%1", stamp))
                    self.status.setText(self.tr("Note saved %1").replace("%1", stamp))
                elif what == "na":
                    self.status.setText(self.tr("Marked not applicable — saved") if item.na
                                        else self.tr("Applicable again — saved"))
                elif what == "add":
                    self.status.setText(self.tr("Item added — saved"))
                    self.items.setCurrentIndex(self.filter.mapFromSource(
                        self.control.model.index(self.control.model.row_of(item_id))))
                elif what == "undo":
                    self.status.setText(self.tr("Undone — saved"))
                    if item_id == self._note_item:
                        self._note_dirty = False
                        self.note.blockSignals(True)
                        self.note.setPlainText(item.note or "")
                        self.note.blockSignals(False)
                else:
                    self.status.setText(
                        self.tr("Ticked %1 — saved").replace("%1", local_hhmm(item.done_at))
                        if item.done else self.tr("Unticked — saved"))
            self._refresh_header()
        self.saved.emit(item_id, what)

    # --- run actions -----------------------------------------------------------------------
    def add_worksheet(self) -> None:
        """The worksheets screen, set to attach what is started there to this run."""
        run = self.control.run
        if run is not None:
            self.flush_note()
            self.nav.show_view("worksheets", run_id=run.id)

    def _finish_or_reopen(self) -> None:
        run = self.control.run
        if run is None:
            return
        self.flush_note()
        if run.is_finished:
            self.control.reopen()
        else:
            self.confirm_box = ask_finish(self, run, self.control.finish)

    def _confirm(self, text: str, action: str, on_yes: Any) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("FieldKit"), "",
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the text quotes the run's name
        box.setText(text)
        yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: on_yes() if box.clickedButton() is yes else None)
        self.confirm_box = box
        box.open()

    def ask_reset(self) -> None:
        if self.control.run is not None:
            self._confirm(self.tr("Clear every tick in this run? Notes are kept."),
                          self.tr("Clear ticks"), self.control.reset)

    def ask_delete(self) -> None:
        run = self.control.run
        if run is not None:
            self._confirm(self.tr("Delete the run “%1” with its ticks and notes? This cannot be "
                                  "undone.").replace("%1", run.label),
                          self.tr("Delete run"), self.control.delete)

    def ask_export(self) -> None:
        run = self.control.run
        if run is not None and (choice := choose_report(
                self, run.label, safe_label=run.checklist_title)) is not None:
            self.export(choice.path, share_safe=choice.share_safe)

    def export(self, path: Path, *, share_safe: bool = False) -> None:
        """Write the report on a worker; says where it went, or why it could not."""
        run, user = self.control.run, self.ctx.user
        if run is None or user is None:
            return
        self.flush_note()
        libs = self.ctx.libs
        self.status.setText(self.tr("Writing the report…"))

        def done(p: Path) -> None:
            message = self.tr("Report saved to %1").replace("%1", str(p))
            self.status.setText(message)
            self.nav.show_message(message)
            self.saved.emit("", "export")

        def failed(message: str) -> None:
            self.status.setText("")
            self.nav.show_message(message, error=True)

        # after queued writes (same serial queue), so the report has the last tick and note
        run_op(lambda: export_run(user, libs, run.id, path, share_safe=share_safe),
               on_done=done, on_failed=with_sentence(failed),
               parent=self, queue="user")

    def settings_changed(self) -> None:
        self.items.scheduleDelayedItemsLayout()
        self.items.viewport().update()
