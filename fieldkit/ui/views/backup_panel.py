"""Settings › Backups: the copies of the user's data, newest first, and restoring one from the
app. The current data is always kept aside first (the core's `restore_backup` does it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from fieldkit.core.backup import BackupInfo, list_backups
from fieldkit.ui.models.backups import BackupListModel, describe
from fieldkit.ui.widgets.cards import Panel
from fieldkit.ui.worker import describe_failure, run_op, with_sentence


class BackupPanel(Panel):
    def __init__(self, ctx: Any, nav: Any) -> None:
        super().__init__()
        self.ctx, self.nav = ctx, nav
        self.model = BackupListModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        title = QLabel(self.tr("Backups"))
        title.setStyleSheet("font-weight: bold")
        hint = QLabel(self.tr("FieldKit copies your data every day and every week, and before "
                              "each library update. Restoring keeps your current data aside "
                              "as a backup first."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setMaximumHeight(self.fontMetrics().height() * 7)
        self.list.doubleClicked.connect(lambda _i: self.ask_restore())
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.restore_button.clicked.connect(self.ask_restore)
        self.restore_button.setEnabled(False)
        self.list.selectionModel().currentChanged.connect(
            lambda cur, _prev: self.restore_button.setEnabled(cur.isValid()))
        self.empty = QLabel(self.tr("No backups yet: the first is made today."))
        self.empty.setObjectName("muted")
        row = QHBoxLayout()
        row.addWidget(self.empty, 1)
        row.addWidget(self.restore_button)
        for w in (title, hint, self.list):
            layout.addWidget(w)
        layout.addLayout(row)
        self.confirm_box: QMessageBox | None = None

    def reload(self) -> None:
        if self.ctx.user is None:
            return
        folder = self.ctx.data_folder
        run_op(lambda: list_backups(folder), on_done=self._listed, queue="user", parent=self,
               on_failed=lambda e: self.nav.show_message(describe_failure(e), error=True))

    def _listed(self, backups: list[BackupInfo]) -> None:
        self.model.set_backups(backups)
        self.empty.setVisible(not backups)
        self.restore_button.setEnabled(self.list.currentIndex().isValid())

    def chosen(self) -> BackupInfo | None:
        return self.model.backup(self.list.currentIndex().row())

    def ask_restore(self) -> None:
        backup = self.chosen()
        if backup is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore this backup?"),
                          self.tr("Bring back your data as it was: %1?").replace(
                              "%1", describe(backup)),
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr("What you have now is kept aside as a backup first, so "
                                       "this can be undone."))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _r: box.clickedButton() is restore and self.restore(backup))
        self.confirm_box = box
        box.open()

    def restore(self, backup: BackupInfo) -> None:
        self.restore_button.setEnabled(False)

        def done(aside: BackupInfo | None) -> None:
            kept = self.tr(" What you had is kept as: %1.").replace("%1", describe(aside)) \
                if aside is not None else ""
            self.nav.show_message(self.tr("Restored the backup of %1.").replace(
                "%1", describe(backup)) + kept)
            self.nav.data_replaced()
            self.reload()

        def failed(exc: Any) -> None:
            self.nav.show_message(describe_failure(exc), error=True)
            self.reload()

        user = self.ctx.user
        # on the user queue: every queued tick lands before, none races the copy
        run_op(lambda: user.restore(backup.name), on_done=done, on_failed=with_sentence(failed),
               queue="user", parent=self)
