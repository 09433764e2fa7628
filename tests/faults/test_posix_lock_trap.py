"""Issue 8 item 1: ticks shown as saved vanished after a crash once another process had opened
the data folder. Cause: the file dialog (Settings, "Change…") sniffs each file's type by opening
and closing it; closing any descriptor on user.sqlite drops every POSIX lock this process holds
on it, so the next program to close the DB thought it was the last, checkpointed and deleted the
WAL under the live connection, and later ticks went to a deleted file.

The real app in a subprocess: a tick, the real QFileDialog on the data folder closed with Esc,
another process opening the DB (`fieldkit runs`, or a loop of plain opens), more ticks, kill -9.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from fieldkit.core.paths import user_db_path

DRIVER = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog
    from fieldkit.ui.app import build_window, create_app, settle

    library, folder = Path(sys.argv[1]), Path(sys.argv[2])
    app = create_app()
    window = build_window([library], folder)
    window.show()
    settle(app)
    ctx = window.ctx
    run = ctx.user.runs.start(ctx.libs.checklist("checkpoint"), None, ctx.libs.infos[0])
    items = [i.id for i in run.items]
    print("ITEMS", " ".join(items), flush=True)
    for line in sys.stdin:
        cmd, _, arg = line.strip().partition(" ")
        if cmd == "tick":
            ctx.user.runs.tick(run.id, arg)  # returns once committed: what the GUI calls saved
            print("SAVED", arg, flush=True)
        elif cmd == "dialog":  # Settings > Change... browsing the data folder, then Esc
            def close():
                for w in QApplication.topLevelWidgets():
                    if isinstance(w, QFileDialog):
                        w.reject()
            QTimer.singleShot(1500, close)
            QFileDialog.getExistingDirectory(window, "Choose a folder for your data", arg)
            print("DIALOG", flush=True)
""")

OPENER = textwrap.dedent("""
    import sqlite3, sys, time
    path, rounds = sys.argv[1], int(sys.argv[2])
    for _ in range(rounds):  # any other program: a plain sqlite3 open and close
        c = sqlite3.connect(path, timeout=5)
        c.execute("SELECT count(*) FROM run_items").fetchone()
        c.close()
        time.sleep(0.005)
""")


def _done(folder: Path) -> set[str]:
    with sqlite3.connect(user_db_path(folder)) as conn:
        return {r[0] for r in conn.execute("SELECT item_id FROM run_items WHERE done")}


class _Gui:
    def __init__(self, tmp_path: Path, library: Path, folder: Path) -> None:
        script = tmp_path / "driver.py"
        script.write_text(DRIVER, encoding="utf-8")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        self.proc = subprocess.Popen([sys.executable, str(script), str(library), str(folder)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                     env=env)
        self.items = self._expect("ITEMS").split()

    def _expect(self, word: str) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line.startswith(word), f"driver said {line!r}"
        return line[len(word):].strip()

    def send(self, line: str, answer: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        self._expect(answer)

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)


def test_ticks_survive_a_file_dialog_and_a_cli_command_then_kill_9(
        tmp_path: Path, shared_library_path: Path, fault_counts) -> None:
    folder = tmp_path / "D"
    gui = _Gui(tmp_path, shared_library_path, folder)
    try:
        gui.send(f"tick {gui.items[0]}", "SAVED")
        gui.send(f"dialog {folder}", "DIALOG")
        cli = subprocess.run([sys.executable, "-m", "fieldkit", "--library",
                              str(shared_library_path), "--data-dir", str(folder), "runs"],
                             capture_output=True, text=True, timeout=60)
        assert cli.returncode == 0, cli.stderr
        gui.send(f"tick {gui.items[1]}", "SAVED")
        gui.send(f"tick {gui.items[2]}", "SAVED")
    finally:
        gui.kill()
    done = _done(folder)
    fault_counts.record("kill -9 after a file dialog and a CLI command", 1,
                        len(set(gui.items[:3]) - done))
    assert done == set(gui.items[:3])


def test_ticks_survive_another_process_opening_the_db_many_times(
        tmp_path: Path, shared_library_path: Path, fault_counts) -> None:
    folder = tmp_path / "D"
    gui = _Gui(tmp_path, shared_library_path, folder)
    script = tmp_path / "opener.py"
    script.write_text(OPENER, encoding="utf-8")
    ticked: list[str] = []
    try:
        gui.send(f"tick {gui.items[0]}", "SAVED")
        ticked.append(gui.items[0])
        gui.send(f"dialog {folder}", "DIALOG")
        opener = subprocess.Popen([sys.executable, str(script), str(user_db_path(folder)),
                                   "200"])
        for item in gui.items[1:-2]:  # while the other process opens and closes it
            gui.send(f"tick {item}", "SAVED")
            ticked.append(item)
            time.sleep(0.01)
        opener.wait(60)
        for item in gui.items[-2:]:  # and after it has gone
            gui.send(f"tick {item}", "SAVED")
            ticked.append(item)
    finally:
        gui.kill()
    done = _done(folder)
    fault_counts.record("kill -9 while another process opens the DB", len(ticked),
                        len(set(ticked) - done))
    assert done == set(ticked)
