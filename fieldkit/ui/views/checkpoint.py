"""Placeholder for the checkpoint screen (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from fieldkit.ui.views.base import View


class CheckpointView(View):
    name = "checkpoint"

    def __init__(self, ctx, nav) -> None:
        super().__init__(ctx, nav)
        QVBoxLayout(self).addWidget(QLabel(self.tr("checkpoint")))
