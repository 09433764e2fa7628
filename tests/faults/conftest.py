"""The fault suite: kill -9 at random moments, damaged pages, hostile names, full disks.

Each test records what it tried in `fault_counts` (trials, lost); the lines are printed at the
end of the run, also with -q, e.g. `faults: kill -9 during run tick: 30 trials, 0 lost`.
Trial counts are set by FIELDKIT_FAULT_TRIALS (default 30, the floor the issue asks for).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

TRIALS = int(os.environ.get("FIELDKIT_FAULT_TRIALS", "30"))
REPO = Path(__file__).resolve().parents[2]

_LINES: list[str] = []


class FaultCounts:
    def record(self, what: str, trials: int, lost: int, extra: str = "") -> None:
        _LINES.append(f"faults: {what}: {trials} trials, {lost} lost" + (f", {extra}"
                                                                         if extra else ""))


@pytest.fixture(scope="session")
def fault_counts() -> FaultCounts:
    return FaultCounts()


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    if _LINES:
        terminalreporter.section("fault suite")
        for line in _LINES:
            terminalreporter.write_line(line)
