"""Setting, changing or removing the passphrase (Settings), and the first-start offer.

The dialog asks; the vault's work (encrypting or decrypting the data in place can take a while on
big data) runs on the user queue while the dialog says what it is doing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from fieldkit.ui.worker import run_op, with_sentence

SET, CHANGE, REMOVE, FIRST = "set", "change", "remove", "first"


class PassphraseDialog(QDialog):
    """`work(old, new)` runs on the user queue; `on_done(result)` gets what it returned."""

    def __init__(self, parent: QWidget, mode: str, work: Callable[[str, str], Any],
                 on_done: Callable[[Any], None]) -> None:
        super().__init__(parent)
        self.setObjectName(f"passphrase-{mode}")
        self.mode, self._work, self._on_done = mode, work, on_done
        titles = {SET: self.tr("Set a passphrase"), FIRST: self.tr("Protect your notes"),
                  CHANGE: self.tr("Change the passphrase"),
                  REMOVE: self.tr("Remove the passphrase")}
        self.setWindowTitle(titles[mode])
        layout = QVBoxLayout(self)
        why = QLabel({
            FIRST: self.tr("What you write here (notes, names, incident reports) could endanger "
                           "you and others if this laptop is taken. With a passphrase it is "
                           "encrypted: nobody can read it without the passphrase. You can also "
                           "do this later in Settings."),
            SET: self.tr("Your runs, notes and worksheets are encrypted with it. If you forget "
                         "it, nobody can get them back, not even you."),
            CHANGE: self.tr("Your data stays encrypted; only the passphrase that opens it "
                            "changes."),
            REMOVE: self.tr("Without a passphrase your data is readable by anyone who has this "
                            "laptop."),
        }[mode])
        why.setWordWrap(True)
        why.setMinimumWidth(420)
        layout.addWidget(why)
        form = QFormLayout()
        self.old = self._field(form, self.tr("Current passphrase"), mode in (CHANGE, REMOVE))
        self.new = self._field(form, self.tr("New passphrase"), mode in (SET, FIRST, CHANGE))
        self.repeat = self._field(form, self.tr("Repeat it"), mode in (SET, FIRST, CHANGE))
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setObjectName("passphrase-status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # the vault reports no steps: "working" until done
        self.busy_bar.hide()
        layout.addWidget(self.busy_bar)
        self.buttons = QDialogButtonBox()
        ok_text = {SET: self.tr("Set passphrase"), FIRST: self.tr("Set passphrase"),
                   CHANGE: self.tr("Change"), REMOVE: self.tr("Remove passphrase")}[mode]
        self.ok = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton(
            self.tr("Not now") if mode == FIRST else self.tr("Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.old if mode in (CHANGE, REMOVE) else self.new).setFocus()

    def _field(self, form: QFormLayout, label: str, shown: bool) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(label)
        edit.returnPressed.connect(self.submit)
        if shown:
            form.addRow(label, edit)
        else:
            edit.hide()
        return edit

    def submit(self) -> None:
        if not self.ok.isEnabled():
            return
        old, new = self.old.text(), self.new.text()
        if self.mode in (SET, FIRST, CHANGE):
            if not new.strip():
                self.status.setText(self.tr("Type a passphrase first."))
                return
            if new != self.repeat.text():
                self.status.setText(self.tr("The two passphrases differ; type them again."))
                self.repeat.clear()
                return
        for edit in (self.old, self.new, self.repeat):
            edit.clear()  # no passphrase stays in a widget
            edit.setEnabled(False)
        self.ok.setEnabled(False)
        self.cancel.setEnabled(False)
        self.status.setText({CHANGE: self.tr("Changing the passphrase…"),
                             REMOVE: self.tr("Decrypting your data…")}.get(
            self.mode, self.tr("Encrypting your data… this can take a moment.")))
        self.busy_bar.show()
        work, on_done, dialog = self._work, self._on_done, self

        # The window owns the op, not the dialog: a lock (Ctrl+L, idle, hide) closes the
        # dialog while the data is converted, and the data key it returns must still reach
        # the window (which closes it and forgets the key when locked).
        def finished(result: Any) -> None:
            on_done(result)
            with contextlib.suppress(RuntimeError):  # the dialog was closed meanwhile
                dialog.accept()

        def failed(message: str) -> None:
            with contextlib.suppress(RuntimeError):
                dialog._failed(message)

        run_op(lambda: work(old, new), queue="user", parent=self.parentWidget() or self,
               on_done=finished, on_failed=with_sentence(failed))

    def _failed(self, message: str) -> None:
        self.busy_bar.hide()
        self.status.setText(message)
        for edit in (self.old, self.new, self.repeat):
            edit.setEnabled(True)
        self.ok.setEnabled(True)
        self.cancel.setEnabled(True)
        (self.old if self.mode in (CHANGE, REMOVE) else self.new).setFocus()


def passphrase_dialog(window: Any, mode: str) -> PassphraseDialog:
    """The dialog for `mode`, wired to the window's open data (the context swaps to what the
    vault reopened)."""
    from fieldkit.core import access

    ctx = window.ctx
    user, key = ctx.user, ctx.key

    def work(old: str, new: str) -> Any:
        if mode in (SET, FIRST):
            return access.protect(user, new)
        if mode == CHANGE:
            access.change_passphrase(ctx.data_folder, old, new)
            return None
        return access.unprotect(user, key, old)

    def done(result: Any) -> None:
        if result is not None and window.locker.is_locked:
            # locked while the data was converted: nothing stays open, the key is forgotten
            if result.user is not None:
                result.user.close()
            if result.key is not None:
                result.key.forget()
            window.privacy_changed()
            return
        if result is not None:
            ctx.user, ctx.key = result.user, result.key
        window.privacy_changed()
        # window.tr() would look these up under MainWindow, where lupdate never puts them
        said = {CHANGE: QCoreApplication.translate("PassphraseDialog",
                                                   "The passphrase was changed."),
                REMOVE: QCoreApplication.translate(
                    "PassphraseDialog", "The passphrase was removed: your data is now "
                    "readable by anyone with this laptop.")}
        window.show_message(said.get(mode, QCoreApplication.translate(
            "PassphraseDialog", "Your data is now encrypted with your passphrase.")))

    dialog = PassphraseDialog(window, mode, work, done)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


def offer_first_passphrase(window: Any) -> PassphraseDialog:
    """Once: the offer at first start (skip allowed; Settings then says what that means)."""
    from fieldkit.core.privacy import update_privacy

    folder = window.ctx.data_folder
    run_op(lambda: update_privacy(folder, passphrase_offered=True), queue="user",
           parent=window)
    window.locker.settings = replace(window.locker.settings, passphrase_offered=True)
    dialog = passphrase_dialog(window, FIRST)
    dialog.open()
    return dialog
