"""Placeholder for the checklists screen (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from fieldkit.ui.views.base import View


class ChecklistsView(View):
    name = "checklists"

    def __init__(self, ctx, nav) -> None:
        super().__init__(ctx, nav)
        QVBoxLayout(self).addWidget(QLabel(self.tr("checklists")))
