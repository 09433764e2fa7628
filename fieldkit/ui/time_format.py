"""Stored UTC timestamps shown as the person's local clock time ("14:02", "3 May 14:02").

Formatting only: never reads or writes data.
"""

from __future__ import annotations

import datetime as dt

from fieldkit.core.clock import parse_iso


def _local(value: str) -> dt.datetime:
    return parse_iso(value).astimezone()


def local_hhmm(value: str | None) -> str:
    return _local(value).strftime("%H:%M") if value else ""


def local_when(value: str | None) -> str:
    """Time alone for today, date and time otherwise."""
    if not value:
        return ""
    when = _local(value)
    if when.date() == dt.datetime.now().astimezone().date():
        return when.strftime("%H:%M")
    return f"{when.day} {when.strftime('%b %Y %H:%M')}"
