"""Child process of bench/gui.py: start a window, report when it first paints, then exit.

`bare` is a plain PySide6 window (the baseline); `fieldkit LIB DATA` is the real main window.
With `--type QUERY`, also types QUERY into the global search and times each keystroke until the
results for that prefix are painted. Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    started = float(os.environ["PROBE_T0"])
    mode = sys.argv[1]
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(["probe"])
    result: dict[str, object] = {"mode": mode}

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and "first_paint_s" not in result:
                result["first_paint_s"] = time.time() - started
                QTimer.singleShot(0, after_paint)
            return False

    if mode == "bare":
        window = QMainWindow()
        window.setCentralWidget(QLabel("FieldKit"))
    else:
        from pathlib import Path

        import fieldkit.cli  # noqa: F401 - the real entry point's imports count too
        from fieldkit.ui.app import build_window

        window = build_window([Path(sys.argv[2])], Path(sys.argv[3]), deferred=True)
    window.resize(1280, 800)
    painter = FirstPaint()
    window.installEventFilter(painter)

    def after_paint() -> None:
        result["peak_rss_after_paint_mib"] = _peak_mib()
        if mode != "bare":
            while not window.ctx.ready:  # the databases open on a worker after the first paint
                app.processEvents()
                time.sleep(0.002)
            result["ready_s"] = time.time() - started
            result["peak_rss_ready_mib"] = _peak_mib()
        if "--type" in sys.argv:
            query = sys.argv[sys.argv.index("--type") + 1]
            from bench_typing import type_and_time

            result["keystrokes"] = type_and_time(app, window, query)
            result["peak_rss_after_typing_mib"] = _peak_mib()
        app.quit()

    window.show()
    app.exec()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
