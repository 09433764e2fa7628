"""The fault suite's tally: each fault test adds its trials and losses, and the run ends with
one summary line per test and a total (shown even with -q)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest


@dataclass
class FaultCounts:
    rows: list[tuple[str, int, int]] = field(default_factory=list)

    def add(self, what: str, *, trials: int, lost: int) -> None:
        self.rows.append((what, trials, lost))


_COUNTS = FaultCounts()


@pytest.fixture
def fault_counts() -> FaultCounts:
    return _COUNTS


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _COUNTS.rows:
        return
    terminalreporter.section("fault suite")
    for what, trials, lost in _COUNTS.rows:
        terminalreporter.write_line(f"faults: {what}: {trials} trials, {lost} lost")
    trials = sum(r[1] for r in _COUNTS.rows)
    lost = sum(r[2] for r in _COUNTS.rows)
    terminalreporter.write_line(f"faults: total: {len(_COUNTS.rows)} fault tests, "
                                f"{trials} trials, {lost} lost")
