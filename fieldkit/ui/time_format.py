"""Stored UTC timestamps shown as the person's local clock time ("14:02", "3 May 14:02"), and
counts, all in the language's own month names and digits (QLocale; i18n.py sets its default).

Formatting only: never reads or writes data.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from fieldkit.core.clock import parse_iso


def _local(value: str) -> dt.datetime:
    return parse_iso(value).astimezone()


def _qtime(when: dt.datetime) -> QTime:
    return QTime(when.hour, when.minute, when.second)


def local_hhmm(value: str | None) -> str:
    return QLocale().toString(_qtime(_local(value)), "HH:mm") if value else ""


def local_date(when: dt.date) -> str:
    """A day as '3 May 2026' in the language (month name and digits from QLocale)."""
    return QLocale().toString(QDate(when.year, when.month, when.day), "d MMM yyyy")


def local_when(value: str | None) -> str:
    """Time alone for today, date and time otherwise."""
    if not value:
        return ""
    when = _local(value)
    if when.date() == dt.datetime.now().astimezone().date():
        return QLocale().toString(_qtime(when), "HH:mm")
    moment = QDateTime(QDate(when.year, when.month, when.day), _qtime(when))
    return QLocale().toString(moment, "d MMM yyyy HH:mm")


def local_number(value: int) -> str:
    """A count in the language's digits (Arabic-Indic where the locale uses them)."""
    return QLocale().toString(value)
