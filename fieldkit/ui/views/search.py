"""Placeholder for the global search box (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


class SearchBox(QLineEdit):
    def __init__(self, ctx, nav) -> None:
        super().__init__()
        self.ctx, self.nav = ctx, nav
        self.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))

    def focus_search(self) -> None:
        self.setFocus()
        self.selectAll()

    def set_query(self, text: str) -> None:
        self.setText(text)

    def settings_changed(self) -> None:
        pass
