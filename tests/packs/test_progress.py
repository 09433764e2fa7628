"""The progress meter: recent rate and time left."""

from __future__ import annotations

from fieldkit.packs.progress import Meter


def test_rate_and_time_left_follow_the_recent_bytes() -> None:
    now = [0.0]
    meter = Meter(window=2.0, clock=lambda: now[0])
    assert meter.update(0, 1000).seconds_left is None
    now[0] = 1.0
    state = meter.update(100, 1000)
    assert state.rate == 100 and state.seconds_left == 9
    now[0] = 5.0  # a stall: the old samples leave the window
    meter.update(120, 1000)
    now[0] = 6.0
    state = meter.update(130, 1000)
    assert state.rate < 20
    assert "KB/s" in state.describe() and "s left" in state.describe()
