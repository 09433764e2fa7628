"""F1: the keyboard shortcuts, read from the real actions and shortcuts of every screen (so the
list never drifts from what the keys do), and an About page: version, libraries and their age,
where the user's data lives.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit import __version__


@dataclass(frozen=True)
class ShortcutEntry:
    keys: str  # as the platform writes them, e.g. "Ctrl+K"
    action: str  # what it does, in the user's language
    where: str  # "everywhere" or the screen's title


def describe(obj: QShortcut | QAction | QAbstractButton) -> str:
    """What a key does: a shortcut's whatsThis, an action's or a button's text."""
    if isinstance(obj, QShortcut):
        return obj.whatsThis().strip()
    if isinstance(obj, QAction):
        return obj.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    return (obj.accessibleName() or obj.text()).strip()


def _keys(obj: QShortcut | QAction | QAbstractButton) -> list[QKeySequence]:
    if isinstance(obj, QShortcut):
        return [k for k in obj.keys() if not k.isEmpty()]  # noqa: SIM118 (a Qt method)
    if isinstance(obj, QAction):
        return [k for k in obj.shortcuts() if not k.isEmpty()]
    key = obj.shortcut()
    return [] if key.isEmpty() else [key]


def collect_shortcuts(window: Any) -> list[ShortcutEntry]:
    """Every key bound on the window and on each of its screens (building any not yet built)."""
    found: list[tuple[QWidget, QShortcut | QAction | QAbstractButton]] = []
    screens = [window.views[name] for name in window.screen_names()]
    owned = {id(o) for screen in screens for o in _bindings(screen)}
    found += [(window, o) for o in _bindings(window) if id(o) not in owned]
    for screen in screens:
        found += [(screen, o) for o in _bindings(screen)]
    entries: dict[tuple[str, str], ShortcutEntry] = {}
    everywhere = HelpDialog.tr("everywhere")
    for owner, obj in found:
        where = everywhere if owner is window else owner.title()
        for key in _keys(obj):
            text = key.toString(QKeySequence.SequenceFormat.NativeText)
            entries.setdefault((text, where), ShortcutEntry(text, describe(obj), where))
    return sorted(entries.values(), key=lambda e: (e.where != everywhere, e.where, e.keys))


def _bindings(root: QWidget) -> list[QShortcut | QAction | QAbstractButton]:
    out: list[QShortcut | QAction | QAbstractButton] = []
    out += [s for s in root.findChildren(QShortcut) if s.isEnabled()]
    out += [a for a in root.findChildren(QAction) if not a.shortcut().isEmpty()]
    out += [b for b in root.findChildren(QAbstractButton) if not b.shortcut().isEmpty()]
    return out


def library_age(built_at: str, today: dt.date | None = None) -> str:
    """'3 days old' style age of a library from its ISO build time ('' if unreadable)."""
    try:
        built = dt.datetime.fromisoformat(built_at).date()
    except ValueError:
        return ""
    days = ((today or dt.date.today()) - built).days
    if days <= 0:
        return HelpDialog.tr("built today")
    return HelpDialog.tr("%n day(s) old", "", days)


class HelpDialog(QDialog):
    """Two tabs: shortcuts and about. Plain text only: library titles are third-party text."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("FieldKit help"))
        self.setObjectName("help-dialog")
        self.resize(640, 520)
        tabs = QTabWidget()
        tabs.addTab(self._shortcuts_tab(window), self.tr("Keyboard shortcuts"))
        tabs.addTab(self._about_tab(window), self.tr("About"))
        self.tabs = tabs
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close help"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)

    def _shortcuts_tab(self, window: Any) -> QWidget:
        self.entries = collect_shortcuts(window)
        model = QStandardItemModel(0, 3, self)
        model.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does"), self.tr("Where")])
        for e in self.entries:
            row = [QStandardItem(e.keys), QStandardItem(e.action), QStandardItem(e.where)]
            for item in row:
                item.setEditable(False)
            model.appendRow(row)
        self.model = model
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.verticalHeader().hide()
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnsToContents()
        return table

    def _about_tab(self, window: Any) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        lines = [self.tr("FieldKit %1").replace("%1", __version__),
                 self.tr("Works offline. Your data stays on this computer."), ""]
        libs = window.ctx.libs
        if libs is None:
            lines.append(self.tr("No library loaded"))
        else:
            lines.append(self.tr("Libraries:"))
            for info in libs.infos:
                age = library_age(info.built_at)
                lines.append(f"  {info.title} {info.version}" + (f" · {age}" if age else ""))
        folder = window.ctx.shown_folder or window.ctx.data_folder
        lines += ["", self.tr("Your data folder:"), f"  {folder}"]
        self.about = QLabel("\n".join(lines))
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.about.setWordWrap(True)
        self.about.setAccessibleName(self.tr("About FieldKit"))
        layout.addWidget(self.about)
        layout.addStretch(1)
        return page
