"""A run's state survives `kill -9`: the real app in a subprocess ticks an item through the run
screen, says so once the write is committed, and is killed; the tick is there afterwards, both
in the user DB and in a second app that shows the run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from fieldkit.core.userdata import UserData

DRIVER = textwrap.dedent("""
    import json, os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from fieldkit.ui.app import build_window, create_app, settle

    library, folder, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    app = create_app()
    window = build_window([library], folder)
    window.resize(1280, 800)
    window.show()
    settle(app)
    screen = window.views["run"]

    def wait(pred, timeout=10.0):
        end = time.monotonic() + timeout
        while not pred():
            if time.monotonic() > end:
                sys.exit("timed out")
            app.processEvents()
            time.sleep(0.005)

    if mode == "tick":
        window.show_view("checklists", checklist_id="checkpoint", start=True)
        wait(lambda: window.current_view() is screen and screen.control.run is not None)
        sys.path.insert(0, sys.argv[4])
        from run_support import box_center, row_of
        saved = []
        screen.saved.connect(lambda item_id, what: saved.append((item_id, what)))
        row = row_of(screen.items, "nothing-sensitive")
        QTest.mouseClick(screen.items.viewport(), Qt.MouseButton.LeftButton,
                         pos=box_center(screen.items, row))
        wait(lambda: ("nothing-sensitive", "tick") in saved)
        if len(sys.argv) > 5 and sys.argv[5] == "note":
            QTest.keyClicks(screen.note, "Asked for papers twice; let through at 14:10")
            wait(lambda: ("nothing-sensitive", "note") in saved)
        print("TICKED", screen.control.run.id, flush=True)
        while True:  # stay up, mid-session, until killed
            app.processEvents()
            time.sleep(0.01)
    else:
        window.show_view("run")
        wait(lambda: screen.control.run is not None)
        run = screen.control.run
        print("STATE", json.dumps({"id": run.id, "done": [i.id for i in run.items if i.done],
                                   "status": screen.item_state.text()}), flush=True)
""")


def _driver(tmp_path: Path, library_path: Path, folder: Path, mode: str,
            extra: str = "") -> subprocess.Popen:
    script = tmp_path / "driver.py"
    script.write_text(DRIVER, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, str(script), str(library_path), str(folder), mode,
         str(Path(__file__).parent), *([extra] if extra else [])],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _line(proc: subprocess.Popen, marker: str, timeout: float = 60) -> str:
    import selectors

    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    while sel.select(timeout):
        line = proc.stdout.readline()
        if not line:
            break
        if line.startswith(marker):
            return line[len(marker):].strip()
    proc.kill()
    raise AssertionError(f"no {marker!r} from the app: {proc.stderr.read()[-2000:]}")


def _run_then_kill_9(app: subprocess.Popen) -> str:
    """Wait until the app says its write is committed, then SIGKILL it; the run id."""
    try:
        run_id = _line(app, "TICKED ")
        os.kill(app.pid, signal.SIGKILL)
        app.wait(10)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == -signal.SIGKILL
    return run_id


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_tick_survives_kill_9(tmp_path, library_path, data_folder):
    run_id = _run_then_kill_9(_driver(tmp_path, library_path, data_folder, "tick"))

    with UserData(data_folder) as user:
        run = user.runs.get(run_id)
    assert [i.id for i in run.items if i.done] == ["nothing-sensitive"]
    assert next(i for i in run.items if i.id == "nothing-sensitive").done_at

    again = _driver(tmp_path, library_path, data_folder, "show")
    try:
        state = json.loads(_line(again, "STATE "))
        again.wait(30)
    finally:
        if again.poll() is None:
            again.kill()
    assert state["id"] == run_id  # the unfinished run opens by itself
    assert state["done"] == ["nothing-sensitive"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_typed_note_survives_kill_9(tmp_path, library_path, data_folder):
    run_id = _run_then_kill_9(_driver(tmp_path, library_path, data_folder, "tick", "note"))
    with UserData(data_folder) as user:
        item = next(i for i in user.runs.get(run_id).items if i.id == "nothing-sensitive")
    assert item.done
    assert item.note == "Asked for papers twice; let through at 14:10"
    assert item.note_at
