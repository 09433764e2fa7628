"""The fault suite: kill -9 at random moments, damaged pages, hostile names, full disks.

Each test records what it tried in `fault_counts` (trials, lost); the lines are printed at the
end of the run, also with -q, e.g. `faults: kill -9 during run tick: 30 trials, 0 lost`.
Trial counts are set by FIELDKIT_FAULT_TRIALS (default 30, the floor the issue asks for).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

TRIALS = int(os.environ.get("FIELDKIT_FAULT_TRIALS", "30"))
REPO = Path(__file__).resolve().parents[2]

_LINES: list[str] = []


class FaultCounts:
    def record(self, what: str, trials: int, lost: int, extra: str = "") -> None:
        _LINES.append(f"faults: {what}: {trials} trials, {lost} lost" + (f", {extra}"
                                                                         if extra else ""))


@pytest.fixture
def fast_tmp(tmp_path: Path) -> Iterator[Path]:
    """A scratch folder in memory (/dev/shm) when there is one: the trials fsync a lot, and
    what they test is SQLite's and FieldKit's ordering of writes, not the disk's speed."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="fieldkit-faults-", dir=shm))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def fault_counts() -> FaultCounts:
    return FaultCounts()


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    if _LINES:
        terminalreporter.section("fault suite")
        for line in _LINES:
            terminalreporter.write_line(line)
