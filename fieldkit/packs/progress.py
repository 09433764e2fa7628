"""Download progress as a person reads it: bytes, rate and time left (the CLI prints it, the GUI
will show it); a moving rate over the last few seconds, so a stall shows at once."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

# The steps of an install, as `install_pack(progress=...)` hears them: fixed words (the CLI
# prints them), which the GUI says in the user's language (fieldkit/ui/models/packs.py).
STEP_BACKUP = "backing up your data"
STEP_NO_BACKUP = ("your data is locked, so it was not backed up first (installing does not "
                  "change it)")
STEP_UNPACKING = "unpacking"
STEP_INDEXING = "building the search index"
STEP_SWITCHING = "switching"


@dataclass(frozen=True)
class ProgressState:
    done: int
    total: int
    rate: float  # bytes per second, recent
    seconds_left: float | None

    def describe(self) -> str:
        left = (f", {self.seconds_left:.0f} s left" if self.seconds_left is not None
                else "")
        return (f"{self.done / 1e6:.1f} of {self.total / 1e6:.1f} MB, "
                f"{self.rate / 1e3:.0f} KB/s{left}")


class Meter:
    """Feed it `(done, total)`; it says the recent rate and the time left."""

    def __init__(self, window: float = 5.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.window = window
        self.clock = clock
        self.samples: deque[tuple[float, int]] = deque()

    def update(self, done: int, total: int) -> ProgressState:
        now = self.clock()
        if self.samples and done < self.samples[-1][1]:
            self.samples.clear()  # a new file
        self.samples.append((now, done))
        while len(self.samples) > 2 and now - self.samples[0][0] > self.window:
            self.samples.popleft()
        t0, d0 = self.samples[0]
        rate = (done - d0) / (now - t0) if now > t0 else 0.0
        left = (total - done) / rate if rate > 0 else None
        return ProgressState(done, total, rate, left)
