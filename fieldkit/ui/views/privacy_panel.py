"""Settings › Privacy: the passphrase (set, change, remove), locking, erasing after failed
unlocks, the disguise and the emergency wipe. Values go to the small plain privacy file through
the core, on the user queue; the passphrase through the vault, in its dialog.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from fieldkit.core.privacy import DISGUISES, LOCK_CHOICES, WIPE_AFTER_CHOICES, update_privacy
from fieldkit.ui.widgets.cards import Panel, ScaledLabel
from fieldkit.ui.worker import run_op, with_sentence


class PrivacyPanel(Panel):
    def __init__(self, ctx: Any, nav: Any) -> None:
        super().__init__()
        self.ctx, self.nav = ctx, nav
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 14, 18, 14)
        box.setSpacing(10)
        box.addWidget(ScaledLabel(self.tr("Privacy and security"), 1.1, bold=True))
        self.state = QLabel()
        self.state.setObjectName("passphrase-state")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.state)
        row = QHBoxLayout()
        self.set_button = self._button(row, self.tr("Set a passphrase…"), "set")
        self.change_button = self._button(row, self.tr("Change passphrase…"), "change")
        self.remove_button = self._button(row, self.tr("Remove passphrase…"), "remove")
        row.addStretch(1)
        box.addLayout(row)

        form = QFormLayout()
        form.setVerticalSpacing(8)
        self.lock_after = QComboBox()
        for value, text in zip(LOCK_CHOICES, (
                self.tr("Never by itself"), self.tr("As soon as it is hidden or minimised"),
                self.tr("After 1 minute without use"), self.tr("After 5 minutes without use"),
                self.tr("After 15 minutes without use"), self.tr("After 1 hour without use")),
                strict=True):
            self.lock_after.addItem(text, value)
        self.lock_after.setAccessibleName(self.tr("Lock automatically"))
        self.lock_after.activated.connect(lambda _i: self._save(
            lock_after=self.lock_after.currentData()))
        lock_now = QPushButton(self.tr("Lock now (Ctrl+L)"))
        lock_now.setAccessibleName(self.tr("Lock now"))
        lock_now.clicked.connect(lambda: self.nav.locker.lock())
        lock_row = QHBoxLayout()
        lock_row.addWidget(self.lock_after, 1)
        lock_row.addWidget(lock_now)
        form.addRow(self.tr("Lock automatically"), lock_row)

        self.wipe_after = QComboBox()
        for n in WIPE_AFTER_CHOICES:
            self.wipe_after.addItem(self.tr("Never") if n == 0 else
                                    self.tr("After %n wrong passphrase(s)", "", n), n)
        self.wipe_after.setAccessibleName(self.tr("Erase my notes after wrong passphrases"))
        self.wipe_after.activated.connect(lambda _i: self._save(
            wipe_after_failures=self.wipe_after.currentData(), failed_unlocks=0))
        form.addRow(self.tr("Erase my notes"), self.wipe_after)
        self.wipe_hint = QLabel()
        self.wipe_hint.setObjectName("muted")
        self.wipe_hint.setWordWrap(True)
        form.addRow("", self.wipe_hint)

        self.disguise = QComboBox()
        self.disguise.addItem(self.tr("Off"), None)
        for name in DISGUISES:
            self.disguise.addItem(name, name)
        self.disguise.setAccessibleName(self.tr("Disguise"))
        self.disguise.activated.connect(lambda _i: self._save(
            disguise=self.disguise.currentData()))
        form.addRow(self.tr("Disguise"), self.disguise)
        disguise_hint = QLabel(self.tr(
            "The window, the taskbar and dialogs show this name and a plain icon, and the app "
            "opens on a neutral page: your passphrase, or Ctrl+Shift+O without one, opens it. "
            "The file names of the program and of its data folder still say FieldKit."))
        disguise_hint.setObjectName("muted")
        disguise_hint.setWordWrap(True)
        form.addRow("", disguise_hint)
        box.addLayout(form)

        wipe_row = QHBoxLayout()
        wipe = QPushButton(self.tr("Erase data…"))
        wipe.setObjectName("wipe-button")
        wipe.setAccessibleName(self.tr("Erase data now (emergency wipe)"))
        wipe.clicked.connect(lambda: self.nav.open_wipe_dialog())
        wipe_hint = QLabel(self.tr("Emergency wipe, with a few seconds to cancel. From any "
                                   "screen: hold Ctrl+Shift+Delete for two seconds."))
        wipe_hint.setObjectName("muted")
        wipe_hint.setWordWrap(True)
        wipe_row.addWidget(wipe)
        wipe_row.addWidget(wipe_hint, 1)
        box.addLayout(wipe_row)

    def _button(self, row: QHBoxLayout, text: str, mode: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(lambda: self._passphrase(mode))
        row.addWidget(button)
        return button

    def _passphrase(self, mode: str) -> None:
        from fieldkit.ui.passphrase_dialog import passphrase_dialog

        if self.ctx.user is None:
            self.nav.show_message(self.tr("Your data is not open, so its passphrase cannot be "
                                          "changed now."), error=True)
            return
        passphrase_dialog(self.nav, mode).open()

    def _save(self, **changes: Any) -> None:
        folder = self.ctx.data_folder
        run_op(lambda: update_privacy(folder, **changes), queue="user", parent=self,
               on_done=lambda _s: self.nav.privacy_changed(),
               on_failed=with_sentence(lambda m: self.nav.show_message(m, error=True)))

    def refresh(self) -> None:
        """Show the stored values and what the passphrase state means, in plain words."""
        locker = self.nav.locker
        settings, protected = locker.settings, locker.is_protected()
        if protected:
            self.state.setText(self.tr(
                "Your runs, notes and worksheets are encrypted: without your passphrase nobody "
                "can read them. Exports (reports) are not encrypted."))
        else:
            self.state.setText(self.tr(
                "No passphrase is set: your data is readable by anyone who has this laptop, "
                "and anyone can unlock FieldKit when it is locked."))
        self.set_button.setVisible(not protected)
        self.change_button.setVisible(protected)
        self.remove_button.setVisible(protected)
        self.lock_after.setCurrentIndex(max(0, self.lock_after.findData(settings.lock_after)))
        self.wipe_after.setCurrentIndex(max(0, self.wipe_after.findData(
            settings.wipe_after_failures)))
        self.wipe_after.setEnabled(protected)
        left = settings.attempts_left
        self.wipe_hint.setText(
            self.tr("Off. Only possible with a passphrase.") if not protected else
            self.tr("Off: wrong passphrases only make the next try wait longer.") if left is None
            else self.tr("After %n wrong passphrase(s) in a row your notes are erased; "
                         "%1 left now.", "", settings.wipe_after_failures)
            .replace("%1", str(left)))
        self.disguise.setCurrentIndex(max(0, self.disguise.findData(settings.disguise)))
