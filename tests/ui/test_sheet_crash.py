"""What is typed into a worksheet survives `kill -9`: the real app in a subprocess starts a sheet
on the Worksheets screen, types into a field without ever leaving it, says so once the save
(made while typing) is committed, and is killed; the text is there afterwards, both in the user
DB and in a second app that opens the sheet. Uses test_crash's tick-then-kill-9 helpers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from test_crash import _line, _run_then_kill_9

from fieldkit.core.userdata import UserData

TYPED = "Asked for fuel & papers <twice>;\nlet through at 14:10"

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
    screen = window.views["worksheets"]

    def wait(pred, timeout=10.0):
        end = time.monotonic() + timeout
        while not pred():
            if time.monotonic() > end:
                sys.exit("timed out")
            app.processEvents()
            time.sleep(0.005)

    if mode == "type":
        window.show_view("worksheets", worksheet_id="checkpoint-debrief")
        wait(lambda: screen.worksheets.rowCount() > 0
             and screen.list.currentIndex().data() == "Checkpoint debrief")
        QTest.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
        wait(lambda: screen.control.sheet is not None and "asked" in screen.form.editors)
        saved = []
        screen.saved.connect(saved.append)
        box = screen.form.editor("asked").input
        box.setFocus()
        for line in sys.argv[4].split("\\n"):
            if box.toPlainText():
                QTest.keyClick(box, Qt.Key.Key_Return)
            QTest.keyClicks(box, line)
        wait(lambda: "asked" in saved)  # saved by the pause timer: focus never left the box
        print("TICKED", screen.control.sheet.id, flush=True)
        while True:  # stay up, mid-session, until killed
            app.processEvents()
            time.sleep(0.01)
    else:
        window.show_view("worksheets", sheet_id=sys.argv[4])
        wait(lambda: screen.control.sheet is not None and "asked" in screen.form.editors)
        print("STATE", json.dumps({"id": screen.control.sheet.id,
                                   "shown": screen.form.editor("asked").value()}), flush=True)
""")


def _driver(tmp_path: Path, library_path: Path, folder: Path, mode: str,
            arg: str) -> subprocess.Popen:
    script = tmp_path / "sheet_driver.py"
    script.write_text(DRIVER, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, str(script), str(library_path), str(folder), mode,
                             arg], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_text_typed_into_a_sheet_survives_kill_9(tmp_path, library_path, data_folder):
    sheet_id = _run_then_kill_9(_driver(tmp_path, library_path, data_folder, "type", TYPED))

    with UserData(data_folder) as user:
        sheet = user.sheets.get(sheet_id)
    assert sheet.worksheet.id == "checkpoint-debrief"
    assert sheet.value("asked") == TYPED
    assert sheet.value_at["asked"]

    again = _driver(tmp_path, library_path, data_folder, "show", sheet_id)
    try:
        state = json.loads(_line(again, "STATE "))
        again.wait(30)
    finally:
        if again.poll() is None:
            again.kill()
    assert state == {"id": sheet_id, "shown": TYPED}
