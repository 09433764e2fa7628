"""The Sync screen's "Pass it on" section: copy the installed updates to a drive or folder
(`fieldkit relay`) and share them on the local network for a while (`fieldkit share`), so the
next team's laptop syncs from this one. The copy runs on the worker with progress and cancel;
the share serves from its own background threads (fieldkit/packs/share.py) until its time is
up, Stop, or the app closes. Never shares without being asked."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from fieldkit.core.drives import Drive
from fieldkit.ui.context import AppContext
from fieldkit.ui.error_text import error_text
from fieldkit.ui.models.packs import format_size
from fieldkit.ui.widgets.cards import Panel, ScaledLabel
from fieldkit.ui.worker import Op, Progress, describe_failure, run_op

if TYPE_CHECKING:  # the pack API loads the database layer: imported when first used
    from fieldkit.packs.relay import Relayed, RelayReport
    from fieldkit.packs.share import Share

QUEUE = "sync"  # a copy waits for an install to finish (and the other way round)
SHARE_QUEUE = "share"
SHARE_MINUTES = (15, 30, 60)


def _plain(label: QLabel, selectable: bool = False) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)  # paths and addresses as they are
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


def _relay(home: Path, dest: Path, progress: Progress) -> RelayReport:
    from fieldkit.packs.relay import relay

    return relay(home, dest, progress.report)  # report() raises Cancelled after a cancel


class _Starting:
    """A share being started on the worker. A lock or close (`stop_now`) meanwhile destroys the
    panel and drops the worker's result, so the start hands its share over here: stopped by the
    task itself when the stop came first, or by `stop_now` when the share came first."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.stopped = False
        self.share: Share | None = None

    def started(self, share: Share) -> bool:
        """On the worker: False when a stop came first (the caller stops `share`)."""
        with self._lock:
            if self.stopped:
                return False
            self.share = share
            return True

    def stop(self) -> Share | None:
        """The share that started before the stop (the caller stops it), if any."""
        with self._lock:
            self.stopped = True
            return self.share


def _start(starting: _Starting, home: Path, port: int, minutes: float,
           host: str) -> Share | None:
    from fieldkit.packs.share import start_share

    share = start_share(home, port=port, minutes=minutes, host=host)
    if not starting.started(share):  # stopped (the app was locked) while it started
        share.stop()
        return None
    return share


class PassOnPanel(Panel):
    busy_changed = Signal(bool)  # a copy runs (the screen holds its own sync work meanwhile)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.drives: list[Drive] = []  # the screen's list of drives plugged in
        self.share_host = "0.0.0.0"  # tests: 127.0.0.1
        self.share_port: int | None = None  # None: the share's default port
        self.share: Share | None = None
        self._copy_op: Op | None = None
        self._starting: _Starting | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 14, 16, 14)
        box.addWidget(ScaledLabel(self.tr("Pass it on"), 1.15, bold=True))
        intro = QLabel(self.tr("Give the updates this laptop has to another team: copy them to "
                               "a USB drive, or let a laptop nearby download them from this "
                               "one. They stay signed by their publisher, so the other laptop "
                               "checks them just the same."))
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        box.addWidget(intro)
        box.addLayout(self._copy_row())
        self.copy_bar = QProgressBar()
        self.copy_bar.setAccessibleName(self.tr("Copy progress"))
        self.copy_bar.setTextVisible(False)
        self.copy_bar.hide()
        box.addWidget(self.copy_bar)
        self.copy_result = _plain(QLabel(), selectable=True)
        self.copy_result.setObjectName("relay-result")
        self.copy_result.setAccessibleName(self.tr("Copy result"))
        box.addWidget(self.copy_result)
        box.addLayout(self._share_row())
        self.share_hint = _plain(QLabel())
        box.addWidget(self.share_hint)
        self.address = _plain(ScaledLabel("", 1.6, bold=True), selectable=True)
        self.address.setObjectName("share-address")
        self.address.setAccessibleName(self.tr("Address to type on the other laptop"))
        # an address reads left to right in every language
        self.address.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.address.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        box.addWidget(self.address)
        self.countdown = _plain(QLabel())
        self.countdown.setObjectName("share-countdown")
        box.addWidget(self.countdown)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_share)
        self._show_share_state()

    def _copy_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy updates to a drive…"))
        self.copy_button.setObjectName("relay-button")
        self.copy_menu = QMenu(self)
        self.copy_menu.aboutToShow.connect(self._fill_copy_menu)
        self.copy_button.setMenu(self.copy_menu)
        self.copy_cancel = QPushButton(self.tr("Cancel copy"))
        self.copy_cancel.setToolTip(self.tr("Stop the copy; the drive holds no half-written "
                                            "update list"))
        self.copy_cancel.clicked.connect(self.cancel_copy)
        self.copy_cancel.setEnabled(False)
        row.addWidget(self.copy_button)
        row.addWidget(self.copy_cancel)
        row.addStretch(1)
        return row

    def _share_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.share_toggle = QCheckBox(self.tr("Share on this network"))
        self.share_toggle.setObjectName("share-toggle")
        self.share_toggle.setToolTip(self.tr("Laptops on the same network can download this "
                                             "laptop's updates, read-only, for a limited time"))
        self.share_toggle.toggled.connect(self._toggled)
        self.minutes = QComboBox()
        self.minutes.setAccessibleName(self.tr("How long to share"))
        for m in SHARE_MINUTES:
            self.minutes.addItem(self.tr("for %n minute(s)", "", m), m)
        self.minutes.setCurrentIndex(1)
        self.stop_button = QPushButton(self.tr("Stop sharing"))
        self.stop_button.setObjectName("share-stop")
        self.stop_button.clicked.connect(self.stop_share)
        row.addWidget(self.share_toggle)
        row.addWidget(self.minutes)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        return row

    # --- copy to a drive -------------------------------------------------------------------
    def _fill_copy_menu(self) -> None:
        self.copy_menu.clear()
        drives = self.drives
        for drive in drives:
            action = self.copy_menu.addAction(drive.name.replace("&", "&&"))
            action.triggered.connect(lambda _=False, d=drive: self.copy_to_drive(d))
        if not drives:
            self.copy_menu.addAction(self.tr("No USB drive is plugged in.")).setEnabled(False)
        self.copy_menu.addSeparator()
        self.copy_menu.addAction(self.tr("Another folder…")).triggered.connect(
            self._choose_folder)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose where to copy the "
                                                                "updates"))
        if folder:
            self.copy_to(Path(folder))

    def copy_to_drive(self, drive: Drive) -> None:
        self.copy_to(drive.path)

    def copy_to(self, dest: Path) -> None:
        if self._copy_op is not None:
            return
        home = self.ctx.data_folder
        self.copy_bar.setRange(0, 0)
        self.copy_bar.show()
        self.copy_result.setText(self.tr("Copying the updates to %1…").replace("%1", str(dest)))
        self._set_copying(True)
        self._copy_op = run_op(lambda p: _relay(home, dest, p), with_progress=True,
                               queue=QUEUE, parent=self, on_progress=self._copy_progress,
                               on_done=self._copied, on_failed=self._copy_failed,
                               on_cancelled=self._copy_cancelled)

    def cancel_copy(self) -> None:
        if self._copy_op is not None:
            self._copy_op.cancel()
            self.copy_cancel.setEnabled(False)

    def _copy_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.copy_bar.setRange(0, 1000)
            self.copy_bar.setValue(int(1000 * min(done, total) / total))
            self.copy_result.setText(self.tr("Copying: %1 of %2").replace(
                "%1", format_size(done)).replace("%2", format_size(total)))

    def _copied(self, report: RelayReport) -> None:
        self._copy_ended()
        n = len(report.written)
        folder = f"\u2066{report.folder}\u2069"  # a path reads left to right inside any text
        lines = [self.tr("Copied %n update(s) to %1:", "", n).replace("%1", folder)]
        lines += ["• " + self.relayed_text(w) for w in report.written]
        lines += [self.tr("Not copied: %1").replace("%1", error_text(s))
                  for s in report.left_out]
        if report.written:
            lines.append(self.tr("On the other laptop, open Sync and choose this drive (or "
                                 "folder) to install them."))
        # every line starts in the screen's direction (a line that starts with a pack id or a
        # path would otherwise take its own)
        mark = "\u200f" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft \
            else "\u200e"
        self.copy_result.setText("\n".join(mark + line for line in lines))

    def relayed_text(self, w: Relayed) -> str:
        """'regional version 3 (changes from version 2)', in the user's language."""
        if w.base is None:
            text = self.tr("%1 version %2 (full pack, as a single file)") if w.is_loose \
                else self.tr("%1 version %2 (full pack)")
        else:
            text = self.tr("%1 version %2 (changes from version %3, as a single file)") \
                if w.is_loose else self.tr("%1 version %2 (changes from version %3)")
        return text.replace("%1", w.id).replace("%2", str(w.version)).replace(
            "%3", str(w.base))

    def _copy_failed(self, exc: BaseException) -> None:
        self._copy_ended()
        self.copy_result.setText(self.tr("Nothing was copied: %1").replace(
            "%1", describe_failure(exc)))

    def _copy_cancelled(self) -> None:
        self._copy_ended()
        self.copy_result.setText(self.tr("Copy cancelled. Copy again before giving this drive "
                                         "to anyone: it may not hold all the updates."))

    def _copy_ended(self) -> None:
        self._copy_op = None
        self.copy_bar.hide()
        self._set_copying(False)

    def _set_copying(self, copying: bool) -> None:
        self.copy_button.setEnabled(not copying)
        self.copy_cancel.setEnabled(copying)
        self.busy_changed.emit(copying)

    @property
    def is_copying(self) -> bool:
        return self._copy_op is not None

    # --- share on the network ----------------------------------------------------------------
    def _toggled(self, on: bool) -> None:
        if on and self.share is None and self._starting is None:
            self.start_share()
        elif not on and self.share is not None:
            self.stop_share()

    def start_share(self) -> None:
        if self.share is not None or self._starting is not None:
            return
        from fieldkit.packs.share import DEFAULT_PORT

        home, host = self.ctx.data_folder, self.share_host
        port = DEFAULT_PORT if self.share_port is None else self.share_port
        minutes = float(self.minutes.currentData())
        starting = self._starting = _Starting()
        self._show_share_state()
        self.share_hint.setText(self.tr("Starting…"))
        run_op(lambda: _start(starting, home, port, minutes, host),
               queue=SHARE_QUEUE, parent=self,
               on_done=lambda share: self._shared(share, starting),
               on_failed=self._share_failed)

    def _shared(self, share: Share | None, starting: _Starting) -> None:
        if share is None or starting is not self._starting:  # stopped while it started
            return
        self._starting = None
        if not self.share_toggle.isChecked():  # switched off while it started
            run_op(share.stop, queue=SHARE_QUEUE, parent=self)
            self._show_share_state()
            return
        self.share = share
        self._tick.start()
        self._show_share_state()

    def _share_failed(self, exc: BaseException) -> None:
        self._starting = None
        self._set_toggle(False)
        self._show_share_state()
        self.share_hint.setText(self.tr("Not shared: %1").replace("%1", describe_failure(exc)))

    def stop_share(self, then: Callable[[], None] | None = None) -> None:
        share, self.share = self.share, None
        self._tick.stop()
        self._set_toggle(False)
        self._show_share_state()
        if share is not None:
            self.share_hint.setText(self.tr("Sharing stopped."))
            # server.shutdown() waits for the serving loop (a fraction of a second): not here
            run_op(share.stop, queue=SHARE_QUEUE, parent=self,
                   on_done=(lambda _r: then()) if then else None)

    def stop_now(self) -> None:
        """The app closes or locks (the panel goes): stop serving before the data goes away,
        a share still starting included, and cancel a copy. Waits a moment at most: the
        server's 0.2 s poll."""
        share, self.share = self.share, None
        self._tick.stop()
        starting, self._starting = self._starting, None
        if starting is not None:  # started already: stopped here; not yet: by its task
            share = starting.stop() or share
        if share is not None:
            share.stop()
        if self._copy_op is not None:  # the drive holds no half-written update list
            self._copy_op.cancel()
        self._set_toggle(False)
        self._show_share_state()

    def _update_share(self) -> None:
        share = self.share
        if share is None:
            return
        if not share.is_running:  # its time is up
            self.share = None
            self._tick.stop()
            self._set_toggle(False)
            self._show_share_state()
            self.share_hint.setText(self.tr("Sharing stopped: its time is up."))
            return
        left = max(0, int(share.stops_at - time.monotonic()))
        self.countdown.setText(self.tr("Stops by itself in %1.").replace(
            "%1", f"{left // 60}:{left % 60:02d}"))

    def _set_toggle(self, on: bool) -> None:
        self.share_toggle.blockSignals(True)
        self.share_toggle.setChecked(on)
        self.share_toggle.blockSignals(False)

    def _show_share_state(self) -> None:
        share = self.share
        self.minutes.setEnabled(share is None and self._starting is None)
        self.stop_button.setVisible(share is not None)
        self.address.setVisible(share is not None)
        self.countdown.setVisible(share is not None)
        if share is None:
            self.share_hint.setText(self.tr("Off. Nothing is shared until you switch it on."))
            self.address.clear()
            self.countdown.clear()
            return
        self.share_hint.setText(self.tr(
            "Sharing. On the other laptop (on the same network), open Sync and type:"))
        self.address.setText("\n".join(share.urls))
        self._update_share()
