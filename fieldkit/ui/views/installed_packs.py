"""The Sync screen's list of installed packs (id, title, version, date installed, age of the
content) with Roll back and Remove (asked first). The pack work runs on the worker's 'sync'
queue; the screen hears when it starts and how it ended."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from fieldkit.ui.context import AppContext
from fieldkit.ui.models.packs import InstalledPacksModel
from fieldkit.ui.widgets.cards import Panel, ScaledLabel
from fieldkit.ui.worker import describe_failure, run_op

if TYPE_CHECKING:  # the pack API loads the database layer: imported when first used
    from fieldkit.packs.install import InstalledPack

QUEUE = "sync"


def pack_table(model: Any, name: str) -> QTableView:
    """A read-only table of packs, one row selected at a time, as tall as its rows."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the title
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    model.modelReset.connect(lambda: _fit_rows(view))
    _fit_rows(view)
    return view


def _fit_rows(view: QTableView, most: int = 5) -> None:
    """As tall as its rows (a pack or two is the usual case), scrolling past `most`."""
    rows = min(max(view.model().rowCount(), 1), most)
    row_height = view.verticalHeader().defaultSectionSize()
    view.setFixedHeight(view.horizontalHeader().sizeHint().height() + rows * row_height
                        + 2 * view.frameWidth() + 2)


class InstalledPacksPanel(Panel):
    started = Signal(str)  # what is being done, in words
    finished = Signal(str, bool)  # what happened, in words; whether the packs changed

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self.confirm_box: QMessageBox | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 14, 16, 14)
        box.addWidget(ScaledLabel(self.tr("Installed packs"), 1.15, bold=True))
        self.installed = InstalledPacksModel(self)
        self.installed_view = pack_table(self.installed, self.tr("Installed packs"))
        self.installed_view.selectionModel().selectionChanged.connect(
            lambda *_a: self.set_busy(self._busy))
        box.addWidget(self.installed_view)
        self.none_installed = QLabel(self.tr(
            "No pack is installed: FieldKit reads the library it came with."))
        self.none_installed.setWordWrap(True)
        self.none_installed.setObjectName("muted")
        box.addWidget(self.none_installed)
        row = QHBoxLayout()
        self.rollback_button = QPushButton(self.tr("Roll back"))
        self.rollback_button.setToolTip(self.tr("Go back to the version installed before"))
        self.rollback_button.clicked.connect(self.rollback)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(self.ask_remove)
        row.addWidget(self.rollback_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        box.addLayout(row)
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        """While a sync, roll-back or removal runs, nothing else may change the packs."""
        self._busy = busy
        selected = self.selected_pack()
        self.rollback_button.setEnabled(not busy and selected is not None
                                        and selected.previous is not None)
        self.remove_button.setEnabled(not busy and selected is not None)

    def load(self) -> None:
        from fieldkit.packs.install import installed_packs

        home = self.ctx.data_folder
        run_op(lambda: installed_packs(home), on_done=self.show_packs, parent=self,
               on_failed=lambda e: self.finished.emit(describe_failure(e), False))

    def show_packs(self, packs: list[InstalledPack]) -> None:
        keep = self.selected_pack()
        self.installed.set_rows(packs)
        if keep is not None:
            row = next((i for i, p in enumerate(packs) if p.id == keep.id), -1)
            if row >= 0:
                self.installed_view.selectRow(row)
        has = bool(packs)
        self.installed_view.setVisible(has)
        self.none_installed.setVisible(not has)
        self.set_busy(self._busy)

    def selected_pack(self) -> InstalledPack | None:
        rows = self.installed_view.selectionModel().selectedRows()
        return self.installed.row(rows[0].row()) if rows else None

    def rollback(self) -> None:
        pack = self.selected_pack()
        if pack is None or pack.previous is None or self._busy:
            return
        from fieldkit.packs.install import rollback_pack

        home = self.ctx.data_folder
        self.started.emit(self.tr("Rolling %1 back to version %2…").replace("%1", pack.id)
                          .replace("%2", str(pack.previous.version)))
        run_op(lambda: rollback_pack(home, pack.id), queue=QUEUE, parent=self,
               on_done=lambda r: self._done(
                   self.tr("%1 is back at version %2 (version %3 is kept, so you can switch "
                           "again).").replace("%1", r.title or r.id)
                   .replace("%2", str(r.version)).replace("%3", str(r.previous))),
               on_failed=self._failed)

    def ask_remove(self) -> None:
        pack = self.selected_pack()
        if pack is None or self._busy:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove pack?"),
                          self.tr("Remove %1 (%2, version %3) from this device? Its content "
                                  "will no longer show. Your own runs, notes and worksheets "
                                  "are kept.").replace("%1", pack.current.title or pack.id)
                          .replace("%2", pack.id).replace("%3", str(pack.current.version)),
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("remove-confirm")

        def answered(_result: int) -> None:
            self.confirm_box = None
            if box.clickedButton() is remove:
                self.remove(pack.id)

        box.finished.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_box = box
        box.open()

    def remove(self, pack_id: str) -> None:
        from fieldkit.packs.install import remove_pack

        home = self.ctx.data_folder
        self.started.emit(self.tr("Removing %1…").replace("%1", pack_id))
        run_op(lambda: remove_pack(home, pack_id), queue=QUEUE, parent=self,
               on_done=lambda p: self._done(self.tr("%1 was removed from this device.")
                                            .replace("%1", p.current.title or p.id)),
               on_failed=self._failed)

    def _done(self, said: str) -> None:
        self.finished.emit(said, True)
        self.load()

    def _failed(self, exc: BaseException) -> None:
        self.finished.emit(describe_failure(exc), False)
        self.load()
