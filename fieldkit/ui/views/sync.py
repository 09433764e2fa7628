"""The Sync screen: choose a source (a feed URL, a folder, a drive plugged in now), see which
updates it offers and their size, install them with progress and a cancel that leaves things as
they were, and manage the installed packs (roll back, remove).

All pack work runs on the worker ('sync' queue) through fieldkit/ui/sync_tasks.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.drives import Drive, mounted_drives
from fieldkit.packs.errors import ExpiredError
from fieldkit.packs.progress import Meter
from fieldkit.ui.models.packs import (
    UpdatesModel,
    describe_progress,
    format_size,
    install_step,
    pack_version,
    updates_count,
)
from fieldkit.ui.views.base import View
from fieldkit.ui.views.installed_packs import InstalledPacksPanel, pack_table
from fieldkit.ui.views.pass_on import PassOnPanel
from fieldkit.ui.widgets.cards import Panel, ScaledLabel, centred_page
from fieldkit.ui.worker import Op, run_op

if TYPE_CHECKING:  # the pack API loads the database layer: imported when first used
    from fieldkit.packs.install import InstalledPack
    from fieldkit.packs.sync import SyncReport
    from fieldkit.ui.sync_tasks import Checked

QUEUE = "sync"


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)  # paths, URLs and titles as typed
    label.setWordWrap(True)
    return label


class SyncScreen(View):
    name = "sync"

    def __init__(self, ctx, nav) -> None:
        super().__init__(ctx, nav)
        self.drive_roots: list[Path] | None = None  # None: where the system mounts drives
        self._op: Op | None = None
        self._checked: Checked | None = None
        self._stale_ok: set[str] = set()  # sources whose old content the person accepted
        self._meter = Meter()
        self._before: dict[str, int] = {}
        self._panel_busy = False  # a roll-back or removal runs
        self._copying = False  # Pass it on copies to a drive: check and install wait
        self.confirm_box: QMessageBox | None = None
        content = centred_page(self, self.tr("Sync"), 130)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(ScaledLabel(self.tr("Library updates"), 1.6, bold=True))
        intro = QLabel(self.tr("Get new library content from a web address, a folder or a USB "
                               "drive. Every update is checked against the publisher's "
                               "signature before anything changes."))
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._source_panel())
        layout.addWidget(self._progress_panel())
        self.packs = InstalledPacksPanel(ctx, self)
        self.packs.started.connect(self._panel_started)
        self.packs.finished.connect(self._packs_changed)
        layout.addWidget(self.packs)
        self.pass_on = PassOnPanel(ctx, self)
        self.pass_on.busy_changed.connect(self._copy_busy)
        layout.addWidget(self.pass_on)
        layout.addStretch(1)
        self._set_busy(False)

    def title(self) -> str:
        return self.tr("Sync")

    # --- layout ----------------------------------------------------------------------------
    def _source_panel(self) -> QWidget:
        panel = Panel()
        box = QVBoxLayout(panel)
        box.setContentsMargins(16, 14, 16, 14)
        box.addWidget(ScaledLabel(self.tr("Where from"), 1.15, bold=True))
        row = QHBoxLayout()
        self.source = QLineEdit()
        self.source.setObjectName("sync-source")
        self.source.setPlaceholderText(self.tr("https://… address of a feed, or a folder"))
        self.source.setAccessibleName(self.tr("Source: a web address or a folder"))
        self.source.returnPressed.connect(self.check)
        self.source.textEdited.connect(lambda _t: self._forget_check())
        self.folder_button = QPushButton(self.tr("Choose folder…"))
        self.folder_button.clicked.connect(self._choose_folder)
        row.addWidget(self.source, 1)
        row.addWidget(self.folder_button)
        box.addLayout(row)
        drives = QHBoxLayout()
        self.drives_label = QLabel()
        self.drives_label.setTextFormat(Qt.TextFormat.PlainText)
        self.drives_label.setObjectName("muted")
        drives.addWidget(self.drives_label)
        self.drive_buttons = QHBoxLayout()
        drives.addLayout(self.drive_buttons)
        drives.addStretch(1)
        box.addLayout(drives)
        self.take_all = QCheckBox(self.tr("Also install packs this device does not have yet"))
        self.take_all.setChecked(True)
        box.addWidget(self.take_all)
        box.addLayout(self._ca_row())
        actions = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Check for updates"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.install_button = QPushButton(self.tr("Install updates"))
        self.install_button.clicked.connect(self.install)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop now; what is installed stays as it was"))
        self.cancel_button.clicked.connect(self.cancel)
        for b in (self.check_button, self.install_button, self.cancel_button):
            actions.addWidget(b)
        actions.addStretch(1)
        box.addLayout(actions)
        return panel

    def _ca_row(self) -> QHBoxLayout:
        """An organisation's own HTTPS server: its CA certificate, kept as a setting."""
        row = QHBoxLayout()
        label = QLabel(self.tr("CA certificate (own HTTPS server):"))
        self.ca_file = QLineEdit()
        self.ca_file.setObjectName("sync-ca-file")
        self.ca_file.setPlaceholderText(self.tr("none: the usual certificates only"))
        self.ca_file.setAccessibleName(self.tr("CA certificate file for an organisation's own "
                                               "HTTPS server"))
        label.setBuddy(self.ca_file)
        self.ca_file.editingFinished.connect(self._save_ca_file)
        self.ca_button = QPushButton(self.tr("Choose certificate…"))
        self.ca_button.clicked.connect(self._choose_ca_file)
        row.addWidget(label)
        row.addWidget(self.ca_file, 1)
        row.addWidget(self.ca_button)
        return row

    def _choose_ca_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Choose the CA certificate"), "",
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_file.setText(path)
            self._save_ca_file()

    def _save_ca_file(self) -> None:
        user, text = self.ctx.user, self.ca_file.text().strip()
        self._forget_check()
        if user is not None:
            from fieldkit.core.sync_prefs import set_ca_file

            run_op(lambda: set_ca_file(user, text), queue="user", parent=self,
                   on_failed=self.show_failure)

    def _ca(self) -> str | None:
        return self.ca_file.text().strip() or None

    def _progress_panel(self) -> QWidget:
        panel = Panel()
        box = QVBoxLayout(panel)
        box.setContentsMargins(16, 14, 16, 14)
        box.addWidget(ScaledLabel(self.tr("Updates"), 1.15, bold=True))
        self.updates = UpdatesModel(self)
        self.updates_view = pack_table(self.updates, self.tr("Available updates"))
        box.addWidget(self.updates_view)
        self.updates_view.hide()
        self.summary = _plain(QLabel(self.tr("Choose a source, then check for updates. "
                                             "Nothing is installed until you ask.")))
        self.summary.setAccessibleName(self.tr("Update summary"))
        box.addWidget(self.summary)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Download progress"))
        self.bar.setTextVisible(False)
        box.addWidget(self.bar)
        self.progress_label = _plain(QLabel())
        self.progress_label.setAccessibleName(self.tr("Progress"))
        box.addWidget(self.progress_label)
        self.result = _plain(QLabel())
        self.result.setObjectName("sync-result")
        self.result.setAccessibleName(self.tr("Result"))
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.result)
        self.bar.hide()
        self.progress_label.hide()
        return panel

    # --- navigation ------------------------------------------------------------------------
    def activate(self, **params: Any) -> None:
        self.refresh_drives()
        self.packs.load()
        source = params.get("source")
        check_now = bool(source) and not self._is_busy()
        if check_now:  # from the update notice: show what it offers
            self.source.setText(source)
            self._forget_check()
        user = self.ctx.user
        if user is None:
            if check_now:
                self.check()
            return
        from fieldkit.core.sync_prefs import ca_file, recent_sources

        # the check waits for the saved CA file: a feed on the organisation's own server
        # needs it
        run_op(lambda: (recent_sources(user), ca_file(user)),
               on_done=lambda prefs: self._recent(prefs, check_now),
               queue="user", parent=self,
               on_failed=lambda e: self._recent_failed(e, check_now))

    def _recent(self, prefs: tuple[list[str], str | None], check_now: bool = False) -> None:
        sources, ca = prefs
        if sources and not self.source.text().strip():
            self.source.setText(sources[0])
        if ca and not self.ca_file.text().strip():
            self.ca_file.setText(ca)
        if check_now:
            self.check()

    def _recent_failed(self, exc: BaseException, check_now: bool) -> None:
        self.show_failure(exc)
        if check_now:
            self.check()

    def flush(self) -> None:
        self.pass_on.stop_now()  # the app closes: nothing stays shared

    def library_changed(self) -> None:
        self.packs.load()

    def refresh_drives(self) -> None:
        roots = self.drive_roots  # a network mount under /mnt can be slow: on the worker
        run_op(lambda: mounted_drives(roots, require_mount=roots is None),
               on_done=self._show_drives, parent=self, on_failed=self.show_failure)

    def _show_drives(self, drives: list[Drive]) -> None:
        while self.drive_buttons.count():
            item = self.drive_buttons.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.drives_label.setText(self.tr("Drives plugged in:") if drives
                                  else self.tr("No USB drive is plugged in."))
        self.pass_on.drives = list(drives)
        for drive in drives:
            button = QPushButton(drive.name.replace("&", "&&"))
            button.setAccessibleName(self.tr("Use the drive %1").replace("%1", drive.name))
            button.setToolTip(str(drive.path))
            button.clicked.connect(lambda _=False, d=drive: self.use_drive(d))
            self.drive_buttons.addWidget(button)

    def use_drive(self, drive: Drive) -> None:
        self.source.setText(str(drive.path))
        self._forget_check()
        self.check()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder with the "
                                                                "updates"))
        if folder:
            self.source.setText(folder)
            self._forget_check()

    # --- busy state ------------------------------------------------------------------------
    def _is_busy(self) -> bool:
        return self._own_busy() or self._copying

    def _own_busy(self) -> bool:
        return self._op is not None or self._panel_busy

    def _set_busy(self, busy: bool) -> None:
        """`busy`: this screen's own work runs (Cancel stops it); a copy to a drive holds the
        rest as well."""
        held = busy or self._copying
        has_source = bool(self.source.text().strip())
        for w in (self.source, self.folder_button, self.take_all, self.ca_file, self.ca_button):
            w.setEnabled(not held)
        self.check_button.setEnabled(not held)
        self.install_button.setEnabled(not held and has_source and self._checked is not None
                                       and bool(self._checked.updates))
        self.cancel_button.setEnabled(busy)
        self.packs.set_busy(held)

    def _copy_busy(self, copying: bool) -> None:
        self._copying = copying
        self._set_busy(self._own_busy())

    def _panel_started(self, text: str) -> None:
        self._panel_busy = True
        self._start(text)

    def _start(self, text: str) -> None:
        self.result.setText(text)
        self._set_busy(True)

    def _finish(self) -> None:
        self._op, self._panel_busy = None, False
        self.bar.hide()
        self.progress_label.hide()
        self._set_busy(False)

    def _forget_check(self) -> None:
        self._checked = None
        self.updates.set_rows([])
        self.updates_view.hide()
        self._set_busy(self._own_busy())

    # --- check -----------------------------------------------------------------------------
    def check(self) -> None:
        text = self.source.text().strip()
        if self._is_busy():
            return
        if not text:
            self.result.setText(self.tr("Type a web address or choose a folder or drive first."))
            return
        from fieldkit.ui.sync_tasks import check_updates

        home, take_all = self.ctx.data_folder, self.take_all.isChecked()
        stale_ok, ca = text in self._stale_ok, self._ca()
        self._forget_check()
        self._start(self.tr("Looking for updates on %1…").replace("%1", text))
        self._op = run_op(
            lambda p: check_updates(home, text, take_all=take_all, accept_stale=stale_ok,
                                    cancel=p.cancel_event, ca_file=ca),
            with_progress=True, queue=QUEUE, parent=self,
            on_done=self._checked_done, on_failed=lambda e: self._check_failed(text, e),
            on_cancelled=self._cancelled)

    def _checked_done(self, checked: Checked) -> None:
        self._finish()
        self._checked = checked
        self.updates.set_rows(checked.updates)
        self.updates_view.setVisible(bool(checked.updates))
        self.packs.show_packs(checked.installed)
        n, size = len(checked.updates), self.updates.total_download()
        if n:
            self.summary.setText(self.tr("%1 available (%2). Nothing is installed until you "
                                         "press Install updates.")
                                 .replace("%1", updates_count(n)).replace("%2", format_size(size)))
        else:
            self.summary.setText(self.tr("Everything is up to date."))
        self.result.clear()
        self._remember(checked.source)
        self._set_busy(False)

    def _check_failed(self, text: str, exc: BaseException) -> None:
        self._finish()
        as_of = exc.content_as_of if isinstance(exc, ExpiredError) else None
        if as_of and not text.startswith(("http://", "https://")) and text not in self._stale_ok:
            self._ask_stale(text, as_of)
            return
        self._failed(exc)

    def _ask_stale(self, text: str, as_of: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Use older content?"),
                          self.tr("The updates on %1 are out of date: content as of %2.\n\n"
                                  "Use them anyway? Only packs newer than the ones you have "
                                  "are installed.").replace("%1", text).replace("%2", as_of),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(
            self.tr("Use content as of %1").replace("%1", as_of))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setObjectName("stale-confirm")

        def answered(result: int) -> None:
            self.confirm_box = None
            if result == QMessageBox.StandardButton.Yes:
                self._stale_ok.add(text)
                self.check()
            else:
                self.result.setText(self.tr("Nothing was changed: the content on %1 is as of "
                                            "%2.").replace("%1", text).replace("%2", as_of))

        box.finished.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_box = box
        box.open()

    def _failed(self, exc: BaseException) -> None:
        from fieldkit.ui.sync_tasks import explain_failure

        self.result.setText(explain_failure(exc))
        self.summary.setText(self.tr("Nothing was changed."))

    def _remember(self, text: str) -> None:
        user = self.ctx.user
        if user is not None:
            from fieldkit.core.sync_prefs import remember_source

            run_op(lambda: remember_source(user, text), queue="user", parent=self,
                   on_failed=self.show_failure)

    # --- install ---------------------------------------------------------------------------
    def install(self) -> None:
        checked = self._checked
        if self._is_busy() or checked is None or not checked.updates:
            return
        from fieldkit.ui.sync_tasks import install_updates

        text, home, take_all = checked.source, self.ctx.data_folder, self.take_all.isChecked()
        stale_ok, ca = text in self._stale_ok, self._ca()
        self._before = {p.id: p.current.version for p in checked.installed}
        self._meter = Meter()
        self.bar.setRange(0, 0)
        self.bar.show()
        self.progress_label.setText(self.tr("Starting…"))
        self.progress_label.show()
        self._start(self.tr("Installing updates from %1…").replace("%1", text))
        self._op = run_op(
            lambda p: install_updates(home, text, p, take_all=take_all, accept_stale=stale_ok,
                                      ca_file=ca),
            with_progress=True, queue=QUEUE, parent=self,
            on_progress=self._progress, on_step=self._step, on_done=self._installed,
            on_failed=self._install_failed, on_cancelled=self._cancelled)

    def _progress(self, done: int, total: int) -> None:
        state = self._meter.update(done, total)
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(done, total) / total))
        self.progress_label.setText(self.tr("Downloading: %1").replace("%1", describe_progress(
            state)))

    def _step(self, step: str) -> None:
        self.bar.setRange(0, 0)  # no measure for unpacking and indexing: a busy bar
        self.progress_label.setText(self.tr("Installing: %1…").replace("%1",
                                                                         install_step(step)))

    def _installed(self, report: SyncReport) -> None:
        from fieldkit.ui.sync_tasks import describe_report

        self._finish()
        titles = {u.id: u.title for u in self.updates.rows()}
        # each line starts in the screen's direction: one that starts with a pack's name
        # would otherwise take the name's ("Regional pack: ...version 2." read backwards)
        mark = "\u200f" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft \
            else "\u200e"
        self.result.setText("\n".join(mark + line for line in describe_report(
            report, titles).splitlines()))
        self.summary.setText(self.tr("Done."))
        self._forget_check()
        self.packs.load()
        self._library_may_have_changed()

    def _install_failed(self, exc: BaseException) -> None:
        self._finish()
        self._failed(exc)
        self.packs.load()
        self._library_may_have_changed()  # an earlier pack of the same sync may be in

    # --- cancel ----------------------------------------------------------------------------
    def cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()
            self.progress_label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def _cancelled(self) -> None:
        self._finish()
        self.result.setText(self.tr("Cancelled."))
        from fieldkit.packs.install import installed_packs

        home, before = self.ctx.data_folder, dict(self._before)
        self._before = {}

        def said(packs: list[InstalledPack]) -> None:
            self.packs.show_packs(packs)
            changed = [p for p in packs if before and before.get(p.id) != p.current.version]
            if not before or not changed:
                self.result.setText(self.tr("Cancelled: nothing was changed."))
            else:
                self.result.setText(self.tr("Cancelled. Already installed before the cancel: "
                                            "%1.").replace("%1", ", ".join(
                                                pack_version(p.id, p.current.version)
                                                for p in changed)))
                self._library_may_have_changed()

        run_op(lambda: installed_packs(home), on_done=said, parent=self,
               on_failed=self.show_failure)

    def _packs_changed(self, said: str, changed: bool) -> None:
        """A roll-back or removal ended (or the list could not be read)."""
        self._finish()
        self.result.setText(said)
        if changed:
            self._forget_check()  # what the source offers depends on what is installed
            self._library_may_have_changed()

    def _library_may_have_changed(self) -> None:
        self.nav.reload_library()  # the window swaps in the new set and says what changed
