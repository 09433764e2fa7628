"""The one background-work helper (after Anki's QueryOp): run a function on a worker thread,
report progress, and call success or failure back on the GUI thread.

Nobody else starts threads. Errors from the core arrive as one plain sentence.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from fieldkit.core.errors import FieldKitError


class Cancelled(Exception):
    """Raised inside a task by `Progress.check()` once the user cancelled."""


class Progress:
    """Handed to long tasks: `report(done, total)` and `check()` for cancellation."""

    def __init__(self, signals: _Signals, cancel: threading.Event) -> None:
        self._signals = signals
        self._cancel = cancel

    def report(self, done: int, total: int) -> None:
        self.check()
        self._signals.progress.emit(done, total)

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)
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
            self._emit(self.signals.failed, str(exc))
        except Exception as exc:  # the one edge where an unexpected failure becomes a sentence
            first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
            self._emit(self.signals.failed, QCoreApplication.translate(
                "Worker", "Something went wrong: %1").replace("%1", first_line))
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
    """'read' (content) runs in parallel; 'user' runs one task at a time, in order: every read
    and write of the user DB goes there, so a read never overtakes a queued tick."""
    if name not in _POOLS:
        p = QThreadPool()
        p.setMaxThreadCount(1 if name == "user" else 2)
        _POOLS[name] = p
    return _POOLS[name]


def run_op(
    fn: Callable[..., Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    with_progress: bool = False,
    parent: QObject | None = None,
    queue: str = "read",
) -> Op:
    """Run `fn()` (or `fn(progress)` with `with_progress=True`) off the GUI thread.

    Callbacks run on the GUI thread. A cancelled op never calls `on_done`. If `parent` is
    destroyed first, the callbacks are dropped with it.
    """
    signals = _Signals(parent)
    cancel = threading.Event()
    op = Op(signals, cancel)

    def finished() -> None:
        signals.deleteLater()

    if on_done:
        signals.done.connect(lambda r: None if cancel.is_set() else on_done(r))
    if on_failed:
        signals.failed.connect(on_failed)
    if on_progress:
        signals.progress.connect(on_progress)
    if on_cancelled:
        signals.cancelled.connect(on_cancelled)
    for sig in (signals.done, signals.failed, signals.cancelled):
        sig.connect(finished)
    pool(queue).start(_Task(fn, signals, cancel, with_progress))
    return op


def wait_for_all(timeout_ms: int = 5000) -> bool:
    """Block until queued work is done (shutdown and tests): pending writes must land."""
    return all(p.waitForDone(timeout_ms) for p in _POOLS.values())
