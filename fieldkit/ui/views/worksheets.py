"""The worksheets screen: the library's worksheets and the person's filled-in sheets; start one
(on its own, or attached to the run it was opened from), fill it in, export it.

Lists are Qt models filled from the core on workers; what is typed is saved through
SheetControl on the user queue while typing, on leaving a field, the screen or the app.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.run_views import RunView
from fieldkit.core.worksheet_views import SheetSummary, SheetView
from fieldkit.ui.models.roles import Roles
from fieldkit.ui.models.worksheets import SheetListModel, WorksheetListModel
from fieldkit.ui.report_export import choose_report, export_sheet
from fieldkit.ui.sheet_control import SheetControl
from fieldkit.ui.time_format import local_hhmm, local_when
from fieldkit.ui.views.base import View
from fieldkit.ui.widgets.controls import action_button, muted_label
from fieldkit.ui.widgets.hit_delegate import HitDelegate
from fieldkit.ui.widgets.sheet_form import SheetForm, mnemonic_safe
from fieldkit.ui.widgets.type_scale import Heading
from fieldkit.ui.widgets.worksheet_preview import WorksheetPreview
from fieldkit.ui.worker import run_op, with_sentence


def _list(name: str, tip: str) -> QListView:
    view = QListView()
    view.setAccessibleName(name)
    view.setToolTip(tip)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)
    view.setItemDelegate(HitDelegate(view, snippet_lines=False))
    return view


class WorksheetsScreen(View):
    name = "worksheets"
    saved = Signal(str)  # field id ("" for the sheet): the write is committed

    def __init__(self, ctx: Any, nav: Any) -> None:
        super().__init__(ctx, nav)
        self.worksheets = WorksheetListModel(self)
        self.sheets = SheetListModel(self)
        self.control = SheetControl(ctx, self)
        self.control.loaded.connect(self._on_loaded)
        self.control.saved.connect(self._on_saved)
        self.control.failed.connect(self._on_failed)
        self.control.deleted.connect(lambda _id: self._reload_sheets())
        self._run: RunView | None = None   # the run this screen was opened from
        self._shown_sheet: str | None = None
        self._want_worksheet: str | None = None
        self._preview_seq = 0
        self._run_labels: dict[str, str] = {}  # run id -> label, for sheets attached to runs

        line = self.fontMetrics().height()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(round(line * 1.5), line, round(line * 1.5), line)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        outer.addWidget(split)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, line, 0)
        lv.addWidget(Heading(self.tr("Worksheets"), 1.3))
        self.list = _list(self.tr("Worksheets"), self.tr("Arrow keys choose; Enter starts one"))
        self.list.setModel(self.worksheets)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.list.activated.connect(lambda _i: self.start_sheet())
        lv.addWidget(self.list, 2)
        lv.addSpacing(line // 2)
        lv.addWidget(Heading(self.tr("Your sheets"), 1.3))
        self.sheet_list = _list(self.tr("Your sheets"), self.tr("Enter or double-click opens "
                                                                 "a sheet"))
        self.sheet_list.setModel(self.sheets)
        self.sheet_list.activated.connect(self._open_sheet_at)
        self.sheet_list.clicked.connect(self._open_sheet_at)
        lv.addWidget(self.sheet_list, 3)
        self.no_sheets = muted_label(self.tr("Nothing filled in yet. Choose a worksheet and "
                                             "start one."))
        lv.addWidget(self.no_sheets)
        split.addWidget(left)

        self.pages = QStackedWidget()
        self.preview = WorksheetPreview()
        self.sheet_name = self.preview.sheet_name
        self.attach_box = self.preview.attach_box
        self.start_button = self.preview.start_button
        self.sheet_name.returnPressed.connect(self.start_sheet)
        self.start_button.clicked.connect(self.start_sheet)
        self.pages.addWidget(self.preview)
        self.pages.addWidget(self._build_sheet())
        split.addWidget(self.pages)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.ask_export,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut).setWhatsThis(
            self.tr("Export the worksheet as HTML or PDF"))

    def title(self) -> str:
        return self.tr("Worksheets")

    # --- building --------------------------------------------------------------------------
    def _build_sheet(self) -> QWidget:
        line = self.fontMetrics().height()
        page = QWidget()
        v = QVBoxLayout(page)
        v.setContentsMargins(line * 2, 0, 0, 0)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        self.sheet_title = Heading("", 1.5)
        self.sheet_subtitle = muted_label()
        self.sheet_subtitle.setTextFormat(Qt.TextFormat.PlainText)
        titles.addWidget(self.sheet_title)
        titles.addWidget(self.sheet_subtitle)
        head.addLayout(titles, 1)
        self.attach_button = QPushButton()
        self.attach_button.clicked.connect(self._attach_to_run)
        self.export_button = action_button(self.tr("Export…"), self.tr("Export this sheet"),
                                           self.tr("Save it as PDF or HTML (Ctrl+E)"))
        self.export_button.clicked.connect(self.ask_export)
        self.delete_button = action_button(self.tr("Delete…"), self.tr("Delete this sheet"))
        self.delete_button.clicked.connect(self.ask_delete)
        self.close_button = action_button(self.tr("Close"), self.tr("Close this sheet"),
                                          self.tr("Back to the worksheet list; what you typed "
                                                  "is saved"))
        self.close_button.clicked.connect(self.close_sheet)
        for b in (self.attach_button, self.export_button, self.delete_button, self.close_button):
            head.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
        v.addLayout(head)
        self.form = SheetForm()
        self.form.edited.connect(self.control.edit)
        self.form.left.connect(lambda _fid: self.control.flush())
        self.form.prompt_requested.connect(
            lambda prompt_id: self.nav.show_view("prompts", prompt_id=prompt_id))
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.form)
        self.scroll.setAccessibleName(self.tr("Worksheet fields"))
        v.addWidget(self.scroll, 1)
        self.status = muted_label()
        v.addWidget(self.status)
        return page

    # --- navigation ------------------------------------------------------------------------
    def activate(self, run_id: str | None = None, worksheet_id: str | None = None,
                 sheet_id: str | None = None, **_params: Any) -> None:
        self.control.flush()
        self._want_worksheet = worksheet_id
        self._run = None
        self.attach_box.hide()
        libs, user = self.ctx.libs, self.ctx.user
        if libs is not None:
            run_op(libs.worksheets, on_done=self._on_worksheets, parent=self,
                   on_failed=self.show_failure)
        if user is None:
            return
        self._reload_sheets()
        if run_id is not None:
            run_op(lambda: user.runs.get(run_id), on_done=self._on_run, parent=self,
                   queue="user", on_failed=self.show_failure)
        if sheet_id is not None:
            self.control.open(sheet_id)
        elif self.control.sheet is not None:
            self.control.open(self.control.sheet.id)  # coming back: fresh from the DB

    def flush(self) -> None:
        self.control.flush()

    def hideEvent(self, event: Any) -> None:
        self.control.flush()
        super().hideEvent(event)

    def _reload_sheets(self) -> None:
        user = self.ctx.user
        if user is not None:
            run_op(lambda: user.sheets.list(), on_done=self._on_sheets, parent=self,
                   queue="user", on_failed=self.show_failure)

    def library_changed(self) -> None:
        libs = self.ctx.libs  # a sheet being filled in stays open: it is the person's own
        if libs is not None:
            self._want_worksheet = None
            run_op(libs.worksheets, on_done=self._on_worksheets, parent=self,
                   on_failed=self.show_failure)

    def _on_worksheets(self, rows: list) -> None:
        current = self._selected_id()
        self.worksheets.set_worksheets(rows)
        want = self._want_worksheet or current
        row = self.worksheets.row_of(want) if want else -1
        if rows:
            self.list.setCurrentIndex(self.worksheets.index(max(row, 0)))
        if self._want_worksheet and row < 0:
            self.nav.show_message(self.tr("There is no worksheet %1 in the library.")
                                  .replace("%1", self._want_worksheet), error=True)
        if self.control.sheet is None:
            self.list.setFocus()

    def _on_sheets(self, rows: list[SheetSummary]) -> None:
        self.sheets.set_sheets(rows)
        self.sheet_list.setVisible(bool(rows))
        self.no_sheets.setVisible(not rows)

    def _on_run(self, run: RunView) -> None:
        self._run = run
        self._run_labels[run.id] = run.label
        self.attach_box.setText(mnemonic_safe(self.tr("Attach to the run “%1”")
                                              .replace("%1", run.label)))
        self.attach_box.setChecked(True)
        self.attach_box.show()
        self._refresh_header()

    def _selected_id(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(Roles.Id) if index.isValid() else None

    def _on_current(self, index: QModelIndex, _prev: QModelIndex) -> None:
        summary = self.worksheets.worksheet(index.row())
        libs = self.ctx.libs
        if summary is None or libs is None:
            return
        self.preview.show_summary(summary)
        self._preview_seq += 1
        seq = self._preview_seq
        run_op(lambda: libs.worksheet(summary.id),
               on_done=lambda w: self.preview.show_worksheet(w) if seq == self._preview_seq
               else None,
               parent=self, on_failed=self.show_failure)

    # --- a sheet ---------------------------------------------------------------------------
    def start_sheet(self) -> None:
        worksheet_id = self._selected_id()
        if worksheet_id is None:
            return
        run_id = self._run.id if self._run is not None and self.attach_box.isChecked() else None
        self.start_button.setEnabled(False)

        def started(_sheet: SheetView) -> None:
            self.sheet_name.clear()
            self._reload_sheets()

        self.control.start(worksheet_id, self.sheet_name.text().strip() or None, run_id,
                           on_started=started)

    def _open_sheet_at(self, index: QModelIndex) -> None:
        summary = self.sheets.sheet(index.row())
        if summary is not None and (self.control.sheet is None
                                    or self.control.sheet.id != summary.id):
            self.control.open(summary.id)

    def close_sheet(self) -> None:
        self.control.close()
        self._reload_sheets()

    def _on_loaded(self, sheet: SheetView | None) -> None:
        self.start_button.setEnabled(True)
        self.pages.setCurrentIndex(0 if sheet is None else 1)
        if sheet is None:
            self._shown_sheet = None
            return
        user = self.ctx.user
        if sheet.run_id and sheet.run_id not in self._run_labels and user is not None:
            run_id = sheet.run_id

            def got(run: RunView) -> None:
                self._run_labels[run_id] = run.label
                self._refresh_header()

            run_op(lambda: user.runs.get(run_id), on_done=got, parent=self, queue="user")
        if sheet.id != self._shown_sheet:  # a new sheet: build its form once
            self._shown_sheet = sheet.id
            row = self.worksheets.row_of(sheet.worksheet.id)
            if row >= 0:  # the list shows which worksheet this sheet is of
                self.list.setCurrentIndex(self.worksheets.index(row))
            self.form.show_worksheet(sheet.worksheet, sheet.values)
            self.scroll.verticalScrollBar().setValue(0)
            first = next(iter(self.form.editors.values()), None)
            if first is not None:
                first.input.setFocus()
            self._load_prompt_links(sheet.id)
        self._refresh_header()

    def _load_prompt_links(self, sheet_id: str) -> None:
        libs, ids = self.ctx.libs, self.form.prompt_ids()
        if libs is None or not ids:
            return

        def done(prompts: list) -> None:
            if self._shown_sheet == sheet_id:
                self.form.show_prompt_links({p.id: p.title for p in prompts})

        run_op(lambda: libs.prompts(ids=ids), on_done=done, parent=self,
               on_failed=self.show_failure)

    def _refresh_header(self) -> None:
        sheet = self.control.sheet
        if sheet is None:
            return
        self.sheet_title.setText(sheet.label)
        parts = [sheet.worksheet.title] if sheet.name else []
        parts.append(self.tr("started %1").replace("%1", local_when(sheet.started_at)))
        if sheet.run_id:
            label = self._run_labels.get(sheet.run_id)
            parts.append(self.tr("part of the run “%1”").replace("%1", label) if label
                         else self.tr("part of a run"))
        self.sheet_subtitle.setText(" · ".join(parts))
        can_attach = self._run is not None and sheet.run_id != self._run.id
        self.attach_button.setVisible(can_attach)
        if can_attach:
            self.attach_button.setText(mnemonic_safe(
                self.tr("Attach to “%1”").replace("%1", self._run.label)))
            self.attach_button.setAccessibleName(self.tr("Attach this sheet to the run"))

    def _attach_to_run(self) -> None:
        if self._run is not None:
            self.control.attach(self._run.id)

    def _on_saved(self, field_id: str) -> None:
        sheet = self.control.sheet
        if sheet is None:
            return
        stamp = local_hhmm(sheet.value_at.get(field_id) or sheet.updated_at)
        self.status.setText(self.tr("Saved %1").replace("%1", stamp))
        self._refresh_header()
        self.saved.emit(field_id)

    def _on_failed(self, message: str) -> None:
        self.start_button.setEnabled(True)
        self.status.setText("")
        self.nav.show_message(message, error=True)

    # --- export and delete -----------------------------------------------------------------
    def ask_export(self) -> None:
        sheet, user = self.control.sheet, self.ctx.user
        if sheet is None or user is None:
            return
        self.control.flush()
        choice = choose_report(self, sheet.label)  # says first that the file is plain
        if choice is None:
            return
        self.export_to(choice.path)

    def export_to(self, path: Any) -> None:
        sheet, user = self.control.sheet, self.ctx.user
        if sheet is None or user is None:
            return
        self.control.flush()
        self.status.setText(self.tr("Writing the report…"))

        def done(written: Any) -> None:
            self.status.setText(self.tr("Report saved: %1").replace("%1", str(written)))
            self.saved.emit("export")

        # on the user queue, after the queued saves: the report has the last thing typed
        run_op(lambda: export_sheet(user, sheet.id, path), on_done=done,
               on_failed=with_sentence(self._on_failed), parent=self, queue="user")

    def ask_delete(self) -> None:
        sheet = self.control.sheet
        if sheet is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete this sheet?"),
                          self.tr("Delete “%1” and everything typed in it? This cannot be "
                                  "undone.").replace("%1", sheet.label),
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is delete:
            self.control.delete()
