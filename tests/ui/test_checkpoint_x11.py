"""Checkpoint mode's entry choice and keyboard journey on a real X server (Xvfb, the xcb
platform), not only offscreen: focus, activation and full screen behave as on a laptop."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb (xvfb-run)")
def test_checkpoint_journeys_under_xcb(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    proc = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, "-m", "pytest", "-rA",
         "-p", "no:cacheprovider", "--basetemp", str(tmp_path / "t"),
         str(HERE / "test_checkpoint.py"), "-k", "journey or never_resumed or leaving_the_choice"],
        env=env, capture_output=True, text=True, timeout=600, cwd=HERE.parents[1])
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert proc.stdout.count("PASSED") == 3
