"""Disguise (off by default): a neutral name and icon for the window, the taskbar and every
dialog, drawn here (no file that names FieldKit ships with it).

`apply_disguise` sets the application-wide name and icon; `DisguiseGuard` rewrites any window
title that still says FieldKit as it is shown (a file dialog, a message box from any screen).
"""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

REAL_NAME = "FieldKit"
_guard: DisguiseGuard | None = None


def app_title() -> str:
    """The name to show the person: FieldKit, or the disguise's name."""
    return _guard.name if _guard is not None else REAL_NAME


def is_disguised() -> bool:
    return _guard is not None


def draw_icon(name: str, size: int = 64) -> QIcon:
    """A plain notepad ("Notes") or a plain clock face ("Clock")."""
    icon = QIcon()
    for px in (16, 32, 48, size, 128):
        pixmap = QPixmap(px, px)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = px / 64
        if name == "Clock":
            p.setPen(QPen(QColor("#333333"), 4 * s))
            p.setBrush(QColor("#f4f4f4"))
            p.drawEllipse(QRectF(6 * s, 6 * s, 52 * s, 52 * s))
            p.drawLine(QPointF(32 * s, 32 * s), QPointF(32 * s, 16 * s))
            p.drawLine(QPointF(32 * s, 32 * s), QPointF(44 * s, 38 * s))
        else:
            p.setPen(QPen(QColor("#7a6a2a"), 2 * s))
            p.setBrush(QColor("#fff4b0"))
            p.drawRoundedRect(QRectF(12 * s, 6 * s, 40 * s, 52 * s), 3 * s, 3 * s)
            p.setPen(QPen(QColor("#b8a860"), 2 * s))
            for row in range(5):
                y = (18 + row * 8) * s
                p.drawLine(QPointF(18 * s, y), QPointF(46 * s, y))
        p.end()
        icon.addPixmap(pixmap)
    return icon


_real_comm: bytes | None = None


def set_process_name(name: str | None) -> bool:
    """Linux: the short process name (`top`, `ps -o comm`, /proc/PID/comm) becomes the
    disguise's; the full command line (`ps aux`) cannot be changed from Python safely."""
    global _real_comm
    if not sys.platform.startswith("linux"):
        return False
    comm = Path("/proc/self/comm")
    try:
        if _real_comm is None:
            _real_comm = comm.read_bytes().strip()
        wanted = name.lower().encode() if name else _real_comm
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(15, ctypes.c_char_p(wanted[:15]), 0, 0, 0) == 0  # PR_SET_NAME
    except (OSError, AttributeError):
        return False


def apply_disguise(name: str | None) -> None:
    """Show the app as `name` (one of core.privacy.DISGUISES), or as itself with None."""
    global _guard
    if name or _real_comm is not None:
        set_process_name(name)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if name:
        if _guard is None:  # what to put back when the disguise comes off
            _guard = DisguiseGuard(app)
            _guard.real = (QGuiApplication.applicationDisplayName(),
                           QGuiApplication.desktopFileName(), app.windowIcon())
            app.installEventFilter(_guard)
        QGuiApplication.setApplicationDisplayName(name)
        QGuiApplication.setDesktopFileName(name.lower())
        app.setWindowIcon(draw_icon(name))
        _guard.name = name
        for widget in app.topLevelWidgets():
            _guard.rename(widget)
    elif _guard is not None:  # off: the name, desktop entry and icon as they were
        display, desktop, icon = _guard.real
        QGuiApplication.setApplicationDisplayName(display or REAL_NAME)
        QGuiApplication.setDesktopFileName(desktop)
        app.setWindowIcon(icon)
        app.removeEventFilter(_guard)
        _guard.deleteLater()
        _guard = None


class DisguiseGuard(QObject):
    """Rewrites 'FieldKit' in any window's title to the disguise's name when it shows."""

    name = "Notes"
    real: tuple[str, str, QIcon] = ("", "", QIcon())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.WindowTitleChange) \
                and isinstance(obj, QWidget) and obj.isWindow():
            self.rename(obj)
        return False

    def rename(self, widget: QWidget) -> None:
        title = widget.windowTitle()
        if REAL_NAME.lower() in title.lower():
            import re

            widget.setWindowTitle(re.sub(REAL_NAME, self.name, title, flags=re.IGNORECASE))
