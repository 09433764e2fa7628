"""The prompts screen: cultural prompts by topic (including "Choose your track"), filtered by
the person's setting, one prompt at a time as a card (text, do, avoid, questions to ask).

Lists are Qt models filled from the core on workers; the setting is saved on the user queue.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.content import PromptView, TopicView
from fieldkit.ui.models.checklists import SETTING_NAMES, setting_name
from fieldkit.ui.models.prompts import PromptListModel, TopicListModel
from fieldkit.ui.views.base import View
from fieldkit.ui.widgets.hit_delegate import HitDelegate
from fieldkit.ui.widgets.prompt_card import PromptCard
from fieldkit.ui.widgets.type_scale import Heading
from fieldkit.ui.worker import run_op

SETTING_KEY = "context"


def _list(name: str, tip: str) -> QListView:
    view = QListView()
    view.setAccessibleName(name)
    view.setToolTip(tip)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)
    view.setMouseTracking(True)
    view.setItemDelegate(HitDelegate(view, snippet_lines=False))
    return view


class PromptsScreen(View):
    name = "prompts"

    def __init__(self, ctx: Any, nav: Any) -> None:
        super().__init__(ctx, nav)
        self.topics = TopicListModel(self)
        self.prompts = PromptListModel(self)
        self._all: list[PromptView] = []   # every prompt under the current filter
        self._extra: PromptView | None = None  # asked for by id though outside the filter
        self._context: str | None = None
        self._want_topic: str | None = None
        self._want_prompt: str | None = None
        self._seq = 0

        line = self.fontMetrics().height()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(round(line * 1.5), line, round(line * 1.5), line)
        outer.setSpacing(round(line * 0.6))
        head = QHBoxLayout()
        head.addWidget(Heading(self.tr("Cultural prompts"), 1.5), 1)
        setting_label = QLabel(self.tr("Your setting:"))
        self.setting = QComboBox()
        self.setting.setAccessibleName(self.tr("Your setting"))
        self.setting.setToolTip(self.tr("Show only the prompts that fit where you are working"))
        self.setting.addItem(setting_name(None), None)
        for key in SETTING_NAMES:
            self.setting.addItem(setting_name(key), key)
        self.setting.setMinimumHeight(round(line * 2))
        setting_label.setBuddy(self.setting)
        self.setting.activated.connect(self._setting_chosen)
        head.addWidget(setting_label)
        head.addWidget(self.setting)
        outer.addLayout(head)
        self.filter_note = QLabel()
        self.filter_note.setObjectName("muted")
        outer.addWidget(self.filter_note)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        self.topic_list = _list(self.tr("Topics"), self.tr("Arrow keys choose a topic"))
        self.topic_list.setModel(self.topics)
        self.topic_list.selectionModel().currentChanged.connect(self._on_topic)
        self.prompt_list = _list(self.tr("Prompts in this topic"),
                                 self.tr("Arrow keys choose a prompt"))
        self.prompt_list.setModel(self.prompts)
        self.prompt_list.selectionModel().currentChanged.connect(self._on_prompt)
        self.card = PromptCard()
        self.card.setMinimumWidth(line * 18)
        card_area = QScrollArea()
        card_area.setAccessibleName(self.tr("Prompt card"))
        card_area.setWidgetResizable(True)
        card_area.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        hv = QVBoxLayout(holder)
        hv.setContentsMargins(line, 0, 0, 0)
        hv.addWidget(self.card)
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        hv.addWidget(self.empty)
        hv.addStretch(1)
        card_area.setWidget(holder)
        split.addWidget(self.topic_list)
        split.addWidget(self.prompt_list)
        split.addWidget(card_area)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 6)
        split.setSizes([line * 14, line * 20, line * 40])
        outer.addWidget(split, 1)
        self.setTabOrder(self.setting, self.topic_list)
        self.setTabOrder(self.topic_list, self.prompt_list)

    def title(self) -> str:
        return self.tr("Prompts")

    # --- loading ---------------------------------------------------------------------------
    def activate(self, topic: str | None = None, prompt_id: str | None = None,
                 **_params: Any) -> None:
        self._want_topic, self._want_prompt = topic, prompt_id
        self.reload()

    def settings_changed(self) -> None:
        self.reload()

    def library_changed(self) -> None:
        self.reload()

    def reload(self) -> None:
        libs, user = self.ctx.libs, self.ctx.user
        if libs is None:
            self.filter_note.setText(self.tr("No library is loaded, so there are no prompts "
                                             "to show."))
            return
        self._seq += 1
        seq = self._seq
        want = self._want_prompt

        def load() -> tuple[str | None, list[TopicView], list[PromptView], PromptView | None]:
            context = user.setting(SETTING_KEY, None) if user is not None else None
            context = context if context in SETTING_NAMES else None
            prompts = libs.prompts(context=context)
            extra = None
            if want and all(p.id != want for p in prompts):
                found = libs.prompts(ids=[want])
                extra = found[0] if found else None
            return context, libs.topics(), prompts, extra

        run_op(load, on_done=lambda r: self._on_loaded(*r) if seq == self._seq else None,
               parent=self, queue="user", on_failed=self.show_failure)

    def _on_loaded(self, context: str | None, topics: list[TopicView],
                   prompts: list[PromptView], extra: PromptView | None) -> None:
        self._context, self._all, self._extra = context, prompts, extra
        self.setting.setCurrentIndex(max(0, self.setting.findData(context)))
        counts = Counter(p.topic for p in prompts)
        if extra is not None:
            counts[extra.topic] += 1
        self.filter_note.setText(
            self.tr("Showing the prompts for: %1. Change it here or in Settings.")
            .replace("%1", setting_name(context)) if context else
            self.tr("Showing the prompts for every setting."))
        current = self.topic_list.currentIndex()
        keep = self.topics.topic(current.row()).id if current.isValid() and \
            self.topics.topic(current.row()) else None
        self.topics.set_topics([replace(t, count=counts.get(t.id, 0)) for t in topics])
        want_topic = self._want_topic or (extra.topic if extra else None)
        if self._want_prompt and not want_topic:
            want_topic = next((p.topic for p in prompts if p.id == self._want_prompt), None)
        row = self.topics.row_of(want_topic or keep or "")
        if row < 0:
            row = next((i for i in range(self.topics.rowCount())
                        if counts.get(self.topics.topic(i).id)), 0)
        self.topic_list.setCurrentIndex(self.topics.index(row))
        self._want_topic = None

    def _on_topic(self, index: QModelIndex, _prev: QModelIndex) -> None:
        topic = self.topics.topic(index.row())
        if topic is None:
            return
        rows = [p for p in self._all if p.topic == topic.id]
        if self._extra is not None and self._extra.topic == topic.id:
            rows.append(self._extra)
        self.prompts.set_prompts(rows)
        want = self._want_prompt
        self._want_prompt = None
        row = self.prompts.row_of(want) if want else 0
        if rows:
            self.prompt_list.setCurrentIndex(self.prompts.index(max(row, 0)))
        else:
            self.card.hide()
            self.empty.setText(self.tr("No prompts in this topic for your setting. Choose "
                                       "“All settings” above to see them all."))
            self.empty.show()

    def _on_prompt(self, index: QModelIndex, _prev: QModelIndex) -> None:
        prompt = self.prompts.prompt(index.row())
        if prompt is None:
            return
        self.card.set_prompt(prompt)
        self.card.show()
        outside = self._context is not None and self._context not in prompt.contexts
        self.empty.setText(self.tr("This prompt is not marked for your setting.")
                           if outside else "")
        self.empty.setVisible(outside)

    def current_prompt(self) -> PromptView | None:
        return self.card.prompt if self.card.isVisible() else None

    # --- the setting -----------------------------------------------------------------------
    def _setting_chosen(self, _row: int) -> None:
        value = self.setting.currentData()
        user = self.ctx.user
        self._context = value
        if user is None:
            return
        run_op(lambda: user.set_setting(SETTING_KEY, value), on_done=lambda _r: self.reload(),
               parent=self, queue="user",
               on_failed=self.show_failure)
