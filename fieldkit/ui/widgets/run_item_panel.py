"""The run screen's side panel for the selected item: its text, detail and state in words, the
not-applicable button, and the prompts linked to it (read on a worker).

Shows one RunItemView and forwards the button; holds no run state of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fieldkit.core.run_views import RunItemView
from fieldkit.ui.context import AppContext
from fieldkit.ui.time_format import local_hhmm
from fieldkit.ui.widgets.controls import action_button, muted_label
from fieldkit.ui.widgets.prompt_card import PromptColumn
from fieldkit.ui.widgets.type_scale import Heading
from fieldkit.ui.worker import run_op, with_sentence


class ItemPanel(QWidget):
    def __init__(self, ctx: AppContext, on_failed: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._on_failed = on_failed
        self._prompt_seq = 0
        line = self.fontMetrics().height()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.item_title = Heading("", 1.15)
        self.item_detail = muted_label()
        self.item_state = QLabel()
        self.item_state.setWordWrap(True)
        self.item_state.setTextFormat(Qt.TextFormat.PlainText)
        self.na_button = action_button(self.tr("Not applicable…"), self.tr("Not applicable"),
                                       self.tr("Mark the selected item not applicable here, "
                                               "with a reason if you like"))
        self.prompts_title = Heading(self.tr("Keep in mind"), 1.05)
        self.prompts = PromptColumn()
        for w in (self.item_title, self.item_detail, self.item_state):
            layout.addWidget(w)
        layout.addWidget(self.na_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addSpacing(line // 2)
        layout.addWidget(self.prompts_title)
        layout.addWidget(self.prompts, 1)

    def show_item(self, item: RunItemView | None) -> None:
        self.item_title.setText(item.text if item else "")
        self.item_detail.setText(item.detail or "" if item else "")
        if item is None:
            self.item_state.setText("")
            return
        bits = [self.tr("Critical")] if item.is_critical else []
        bits.append(self.tr("Ticked %1").replace("%1", local_hhmm(item.done_at))
                    if item.done else self.tr("Not done yet"))
        if item.na:
            bits[-1] = self.tr("Not applicable") + (f": {item.na_reason}" if item.na_reason
                                                    else "")
        if item.added:
            bits.append(self.tr("Added during this run"))
        if item.removed:
            bits.append(self.tr("No longer in the current checklist"))
        self.item_state.setText(" · ".join(bits))
        self.na_button.setText(self.tr("Applicable again") if item.na
                               else self.tr("Not applicable…"))

    def load_prompts(self, item: RunItemView | None) -> None:
        self._prompt_seq += 1
        seq = self._prompt_seq
        libs = self.ctx.libs
        empty = self.tr("No prompts for this item.")
        if item is None or not item.prompts or libs is None:
            self.prompts.set_prompts([], empty if item else "")
            return
        ids = list(item.prompts)

        def done(prompts: list) -> None:
            if seq == self._prompt_seq:
                self.prompts.set_prompts(prompts, empty)

        run_op(lambda: libs.prompts(ids=ids), on_done=done, parent=self,
               on_failed=with_sentence(self._on_failed))
