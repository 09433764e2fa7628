"""The one background-work helper (after Anki's QueryOp): run a function on a worker thread,
report progress, and call success or failure back on the GUI thread.

Nobody else starts threads. A failure reaches `on_failed` as the exception itself, so a caller can
tell a bad signature (refuse) from a timeout (retry); `describe_failure` turns it into one sentence
and an unexpected one is logged with its traceback (fieldkit/core/crashlog.py).
"""

from __future__ import annotations

import contextlib
import errno
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
)

from fieldkit.core.crashlog import record_crash
from fieldkit.core.errors import FieldKitError
from fieldkit.ui.error_text import error_text

# Where unexpected failures are logged (the data folder; the main window sets it). None: the
# temp folder's log.
_crash_folder: list[Path | None] = [None]


def set_crash_folder(folder: Path | None) -> None:
    _crash_folder[0] = Path(folder) if folder is not None else None


def describe_failure(exc: BaseException) -> str:
    """The one sentence a person sees for a failed task, in their language: a FieldKit error by
    its code (fieldkit/ui/error_text.py); anything else is a first line (the traceback went to
    the log when it was caught)."""
    if isinstance(exc, FieldKitError):
        return error_text(exc)
    said = _os_failure(exc) if isinstance(exc, OSError) else None
    if said is not None:
        return said
    first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
    return QCoreApplication.translate("Worker", "Something went wrong: %1").replace(
        "%1", first_line)


# A file the system refused, by its cause (the system's own words are English): in the user's
# language, naming the file when the error does.
_OS_WORDS = {
    errno.ENOSPC: (QT_TRANSLATE_NOOP("Worker", "%1 could not be written: the disk is full."),
                   QT_TRANSLATE_NOOP("Worker", "The disk is full; free some space and try "
                                               "again.")),
    errno.EACCES: (QT_TRANSLATE_NOOP("Worker", "FieldKit is not allowed to use %1; check its "
                                               "permissions."),
                   QT_TRANSLATE_NOOP("Worker", "FieldKit is not allowed to use a file it "
                                               "needs; check the permissions.")),
    errno.EROFS: (QT_TRANSLATE_NOOP("Worker", "%1 is on a read-only disk."),
                  QT_TRANSLATE_NOOP("Worker", "The disk is read-only.")),
    errno.ENOENT: (QT_TRANSLATE_NOOP("Worker", "%1 no longer exists."),
                   QT_TRANSLATE_NOOP("Worker", "A file FieldKit needs no longer exists.")),
}
_OS_WORDS[errno.EPERM] = _OS_WORDS[errno.EACCES]


def _os_failure(exc: OSError) -> str | None:
    words = _OS_WORDS.get(exc.errno or 0)
    if words is None:
        return None
    if exc.filename:
        return QCoreApplication.translate("Worker", words[0]).replace(
            "%1", Path(str(exc.filename)).name or str(exc.filename))
    return QCoreApplication.translate("Worker", words[1])


def with_sentence(callback: Callable[[str], None]) -> Callable[[BaseException], None]:
    """For a failure handler that only shows words: hands it `describe_failure(exc)`."""
    return lambda exc: callback(describe_failure(exc))


class Cancelled(Exception):
    """Raised inside a task by `Progress.check()` once the user cancelled."""


class Progress:
    """Handed to long tasks: `report(done, total)`, `say(step)`, and `check()` for
    cancellation (`cancel_event` for a core function that waits on an Event itself)."""

    def __init__(self, signals: _Signals, cancel: threading.Event) -> None:
        self._signals = signals
        self._cancel = cancel

    def report(self, done: int, total: int) -> None:
        self.check()
        self._signals.progress.emit(done, total)

    def say(self, step: str) -> None:
        """A named step of the work ("building the search index"); checks for a cancel."""
        self.check()
        self._signals.step.emit(step)

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    @property
    def cancel_event(self) -> threading.Event:
        return self._cancel

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)  # the exception
    progress = Signal(object, object)  # Python ints: a pack can pass 2 GiB
    step = Signal(str)
    cancelled = Signal()


class _Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], signals: _Signals, cancel: threading.Event,
                 with_progress: bool) -> None:
        super().__init__()
        self.fn, self.signals, self.cancel, self.with_progress = fn, signals, cancel, with_progress
        self.setAutoDelete(True)

    def run(self) -> None:
        if self.cancel.is_set():  # superseded while it waited in the queue: skip the work
            self._emit(self.signals.cancelled)
            return
        try:
            result = self.fn(Progress(self.signals, self.cancel)) if self.with_progress \
                else self.fn()
        except Cancelled:
            self._emit(self.signals.cancelled)
        except FieldKitError as exc:
            self._emit(self.signals.failed, exc)
        except Exception as exc:  # the one edge an unexpected failure reaches: log it whole
            record_crash(exc, _crash_folder[0], context="fieldkit gui (background task)")
            self._emit(self.signals.failed, exc)
        else:
            if self.cancel.is_set():
                self._emit(self.signals.cancelled)
            else:
                self._emit(self.signals.done, result)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        # RuntimeError: the owner was destroyed while we worked, so nobody is listening.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


class Op:
    """A handle on one background task; keep it to cancel it."""

    def __init__(self, signals: _Signals, cancel: threading.Event) -> None:
        self._signals = signals
        self._cancel = cancel

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


_POOLS: dict[str, QThreadPool] = {}


def pool(name: str) -> QThreadPool:
    """'read' (content) runs in parallel; any other queue runs one task at a time, in order:
    'user' takes every read and write of the user DB, so a read never overtakes a queued tick;
    'sync' downloads and installs packs; 'library' opens and swaps the library set."""
    if name not in _POOLS:
        p = QThreadPool()
        p.setMaxThreadCount(2 if name == "read" else 1)
        _POOLS[name] = p
    return _POOLS[name]


def run_op(
    fn: Callable[..., Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    on_step: Callable[[str], None] | None = None,
    with_progress: bool = False,
    parent: QObject | None = None,
    queue: str = "read",
) -> Op:
    """Run `fn()` (or `fn(progress)` with `with_progress=True`) off the GUI thread.

    Callbacks run on the GUI thread. `on_failed` receives the exception (`describe_failure`
    says it in words). A cancelled op never calls `on_done`. If `parent` is
    destroyed first, the callbacks are dropped with it.
    """
    signals = _Signals(parent)
    cancel = threading.Event()
    op = Op(signals, cancel)

    def finished() -> None:
        signals.deleteLater()

    def done(result: Any) -> None:
        if not cancel.is_set():
            if on_done:
                on_done(result)
        elif on_cancelled:  # cancelled after the work ended, before its result arrived here
            on_cancelled()

    if on_done or on_cancelled:
        signals.done.connect(done)
    if on_failed:
        signals.failed.connect(on_failed)
    if on_progress:
        signals.progress.connect(on_progress)
    if on_cancelled:
        signals.cancelled.connect(on_cancelled)
    if on_step:
        signals.step.connect(on_step)
    for sig in (signals.done, signals.failed, signals.cancelled):
        sig.connect(finished)
    pool(queue).start(_Task(fn, signals, cancel, with_progress))
    return op


def is_idle(*queues: str) -> bool:
    """Whether nothing is queued or running on these queues now (never waits)."""
    return all(q not in _POOLS or _POOLS[q].waitForDone(0) for q in queues)


def wait_for_all(timeout_ms: int = 5000) -> bool:
    """Block until queued work is done (shutdown and tests): pending writes must land."""
    return all(p.waitForDone(timeout_ms) for p in _POOLS.values())
