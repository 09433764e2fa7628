"""Journeys on a real X server (Xvfb, the xcb platform), with real key presses from xdotool:
checkpoint mode ticks, hides behind the clock and leaves; quick hide from an ordinary screen.

Offscreen tests cannot show that full screen, focus and global shortcuts work with a real window
system; these do. Skipped (with the reason) only where Xvfb or xdotool is missing: `.ci/run`
installs both.
"""

from __future__ import annotations

import json
import os
import selectors
import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.core.userdata import UserData

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")) or sys.platform != "linux",
    reason="needs Xvfb and xdotool (apt-get install xvfb xdotool)")

DRIVER = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from fieldkit.ui.app import build_window, create_app, settle

    library, folder = Path(sys.argv[1]), Path(sys.argv[2])
    app = create_app()
    window = build_window([library], folder)
    window.show()
    settle(app)
    if sys.argv[3] == "checkpoint":
        window.start_checkpoint()
    settle(app)
    last = None
    while True:
        app.processEvents()
        view = window.current_view()
        run = getattr(getattr(view, "control", None), "run", None)
        state = {"winid": int(window.winId()), "hidden": window.is_hidden(),
                 "view": view.name, "fullscreen": window.isFullScreen(),
                 "title": window.windowTitle(), "active": app.activeWindow() is window,
                 "run": run.id if run else None,
                 "done": [i.id for i in run.items if i.done] if run else []}
        line = json.dumps(state, sort_keys=True)
        if line != last:
            print("STATE", line, flush=True)
            last = line
        time.sleep(0.02)
""")


@pytest.fixture
def display() -> Iterator[str]:
    for n in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            break
    else:
        pytest.skip("no free X display number")
    server = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1366x768x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        end = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{n}").exists():
            if time.monotonic() > end or server.poll() is not None:
                pytest.fail("Xvfb did not start")
            time.sleep(0.05)
        yield f":{n}"
    finally:
        server.terminate()
        server.wait(10)


class App:
    """The real app in a subprocess on the X display; `state` is its latest report."""

    def __init__(self, tmp: Path, library: Path, folder: Path, display: str, mode: str) -> None:
        script = tmp / "xcb_driver.py"
        script.write_text(DRIVER, encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        self.env = env
        self.proc = subprocess.Popen([sys.executable, str(script), str(library), str(folder),
                                      mode], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, env=env)
        self.sel = selectors.DefaultSelector()
        self.sel.register(self.proc.stdout, selectors.EVENT_READ)
        self.state: dict = {}

    def wait(self, pred, what: str, timeout: float = 20) -> dict:
        end = time.monotonic() + timeout
        while not (self.state and pred(self.state)):
            left = end - time.monotonic()
            if left <= 0 or not self.sel.select(left):
                raise AssertionError(f"{what}: last state {self.state}")
            line = self.proc.stdout.readline()
            if not line:
                raise AssertionError(f"the app ended: {self.proc.stderr.read()[-2000:]}")
            if line.startswith("STATE "):
                self.state = json.loads(line[6:])
        return self.state

    def keys(self, *keys: str) -> None:
        wid = str(self.state["winid"])
        subprocess.run(["xdotool", "windowfocus", "--sync", wid], env=self.env, check=True,
                       timeout=10)
        for key in keys:
            subprocess.run(["xdotool", "key", "--clearmodifiers", key], env=self.env,
                           check=True, timeout=10)
            time.sleep(0.15)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(10)


def test_checkpoint_mode_on_a_real_x_server(tmp_path, library_path, data_folder, display):
    app = App(tmp_path, library_path, data_folder, display, "checkpoint")
    try:
        app.wait(lambda s: s["view"] == "checkpoint" and s["fullscreen"] and s["run"],
                 "checkpoint mode did not open full screen")
        app.keys("space")  # ticks the focused (first undone) item
        state = app.wait(lambda s: len(s["done"]) == 1, "Space did not tick")
        run_id, ticked = state["run"], state["done"][0]
        app.keys("F12")
        app.wait(lambda s: s["hidden"] and s["title"] == "Clock", "F12 did not hide")
        app.keys("Escape")  # a panicked Esc never reveals
        time.sleep(0.3)
        app.wait(lambda s: s["hidden"], "Esc revealed the hidden screen")
        app.keys("F12")
        app.wait(lambda s: not s["hidden"] and s["fullscreen"], "F12 did not bring it back")
        app.keys("Escape")
        app.wait(lambda s: not s["fullscreen"] and s["view"] != "checkpoint",
                 "Esc did not leave checkpoint mode")
        app.keys("ctrl+h")
        app.wait(lambda s: s["hidden"], "Ctrl+H did not hide an ordinary screen")
        app.keys("ctrl+h")
        app.wait(lambda s: not s["hidden"] and s["title"] == "FieldKit", "Ctrl+H did not show")
    finally:
        app.close()
    with UserData(data_folder) as user:
        assert [i.id for i in user.runs.get(run_id).items if i.done] == [ticked]
