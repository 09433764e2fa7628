"""Keystroke-to-results-painted timing for bench/gui_probe.py (imported in the child process).

For each keystroke: from the key event to the first paint of the results list that shows the
results for exactly the text typed so far.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QEventLoop, QObject
from PySide6.QtTest import QTest

TIMEOUT_S = 10.0


class _PaintWatch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted_at: float | None = None

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.perf_counter()
        return False


def type_and_time(app, window, query: str) -> list[dict[str, object]]:
    box = window.search_box
    box.focus_search()
    box.clear()
    app.processEvents()
    out: list[dict[str, object]] = []
    for i, ch in enumerate(query):
        prefix = query[: i + 1]
        start = time.perf_counter()
        QTest.keyClick(box, ch)
        watch: _PaintWatch | None = None
        while time.perf_counter() - start < TIMEOUT_S:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 2)
            if box.model.query != prefix or not prefix.strip():
                continue
            popup = box.popup
            target = popup.list.viewport() if popup.list.isVisible() else popup.empty
            if watch is None:
                watch = _PaintWatch()
                target.installEventFilter(watch)
                target.update()
            if watch.painted_at is not None:
                break
        done = watch.painted_at if watch and watch.painted_at else time.perf_counter()
        if watch is not None:
            target.removeEventFilter(watch)
        out.append({"prefix": prefix, "ms": (done - start) * 1000,
                    "hits": box.model.hit_count()})
    return out
