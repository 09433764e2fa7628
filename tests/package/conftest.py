"""The packaged executable, built by `make package` (which `make test` runs first).

FIELDKIT_SKIP_PACKAGE=1 skips these tests locally; in CI (FIELDKIT_CI=1) a missing package
fails them instead. Every run gets a throw-away HOME and XDG folders and no FieldKit variables.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
APP = DIST / "fieldkit"
EXE = APP / ("fieldkit.exe" if os.name == "nt" else "fieldkit")
XDG = ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")


@pytest.fixture(scope="session")
def exe() -> Path:
    if os.environ.get("FIELDKIT_SKIP_PACKAGE") == "1" and not os.environ.get("FIELDKIT_CI"):
        pytest.skip("FIELDKIT_SKIP_PACKAGE=1: the package is not built in this run")
    if not EXE.is_file():
        pytest.fail(f"{EXE} is missing: run `make package` (or `make test`, which builds it)")
    return EXE


class Sandbox:
    """A throw-away HOME and XDG base folders, and the environment pointing at them."""

    def __init__(self, base: Path) -> None:
        self.home = base / "home"
        self.xdg = {name: base / name.lower() for name in XDG}
        for folder in (self.home, *self.xdg.values()):
            folder.mkdir(parents=True)
        keep = {"PATH", "LANG", "LC_ALL", "TMPDIR", "DISPLAY"}
        self.env = {k: v for k, v in os.environ.items() if k in keep}
        self.env.update({"HOME": str(self.home), **{k: str(v) for k, v in self.xdg.items()}})
        self.env.pop("DISPLAY", None)

    def run(self, exe: Path, *args: str, extra: dict[str, str] | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(exe), *args], env={**self.env, **(extra or {})},
                              capture_output=True, text=True, timeout=timeout)

    def written(self) -> list[str]:
        """Every file or folder created under HOME and the XDG folders."""
        out = []
        for folder in (self.home, *self.xdg.values()):
            out += [str(p) for p in folder.rglob("*")]
        return sorted(out)


@pytest.fixture
def sandbox(tmp_path: Path) -> Sandbox:
    return Sandbox(tmp_path / "sandbox")


def free_display() -> int:
    for n in range(90, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number")


@pytest.fixture
def xvfb() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        if os.environ.get("FIELDKIT_CI"):
            pytest.fail("Xvfb is missing (.ci/run installs it)")
        pytest.skip("Xvfb is not installed")
    n = free_display()
    proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1280x800x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                break
            if proc.poll() is not None:
                pytest.fail(f"Xvfb :{n} exited at once")
            time.sleep(0.1)
        yield f":{n}"
    finally:
        proc.terminate()
        proc.wait(10)

