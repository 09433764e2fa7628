"""The home screen: big entry points, recent and unfinished checklist runs, the library's status.

Reads runs on a worker through the core API; never opens a database itself.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.clock import parse_iso
from fieldkit.ui.models.recent_runs import RecentRunsModel, recent_first
from fieldkit.ui.models.roles import Roles
from fieldkit.ui.views.base import View
from fieldkit.ui.widgets.cards import EntryCard, Panel, ScaledLabel, centred_page
from fieldkit.ui.widgets.hit_delegate import HitDelegate
from fieldkit.ui.worker import run_op

RECENT_LIMIT = 6


def library_age_days(built_at: str, now: dt.datetime | None = None) -> int | None:
    try:
        built = parse_iso(built_at)
    except ValueError:
        return None
    return max(0, ((now or dt.datetime.now(dt.UTC)) - built).days)



class HomeScreen(View):
    name = "home"

    def __init__(self, ctx, nav) -> None:
        super().__init__(ctx, nav)
        content = centred_page(self, self.tr("Home"), 150)
        self._build(content)

    def title(self) -> str:
        return self.tr("Home")

    # --- layout ----------------------------------------------------------------------------
    def _build(self, content: QWidget) -> None:
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(14)
        self.heading = ScaledLabel(self.tr("What are you doing now?"), 1.8, bold=True)
        self.heading.setAccessibleName(self.tr("What are you doing now?"))
        layout.addWidget(self.heading)
        intro = QLabel(self.tr("Pick what fits the moment. Everything here works without a "
                               "network."))
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._update_row())
        layout.addSpacing(6)

        grid = QGridLayout()
        grid.setSpacing(14)
        self.checkpoint_card = EntryCard(
            self.tr("At a checkpoint"),
            self.tr("Start the checkpoint checklist, full screen, one phase at a time."),
            primary=True)
        self.meeting_card = EntryCard(
            self.tr("Meeting community leaders"),
            self.tr("Start the checklist for a first meeting with community leaders."))
        self.tracks_card = EntryCard(
            self.tr("Choose your track"),
            self.tr("Dialogue, advocacy, negotiation or persuasion: which fits now?"))
        self.prompts_card = EntryCard(
            self.tr("Cultural prompts"),
            self.tr("Greetings, dress, age, gender, religion: reminders for your setting."))
        self.threatened_card = EntryCard(
            self.tr("If threatened"),
            self.tr("Life before property: what to do, what never to do, what to report."))
        self.worksheets_card = EntryCard(
            self.tr("Worksheets"),
            self.tr("Debrief, incident report, red lines, iceberg, emergency contacts."))
        self.threatened_card.clicked.connect(lambda: self.nav.show_view(
            "worksheets", worksheet_id="if-threatened"))
        self.worksheets_card.clicked.connect(lambda: self.nav.show_view("worksheets"))
        self.checkpoint_card.setToolTip(self.tr("Opens checkpoint mode; Esc leaves it"))
        self.checkpoint_card.clicked.connect(self.nav.start_checkpoint)
        self.meeting_card.clicked.connect(lambda: self.nav.show_view(
            "checklists", checklist_id="community-meeting", start=True))
        self.tracks_card.clicked.connect(lambda: self.nav.show_view("prompts", topic="tracks"))
        self.prompts_card.clicked.connect(lambda: self.nav.show_view("prompts"))
        for i, card in enumerate((self.checkpoint_card, self.meeting_card, self.threatened_card,
                                  self.worksheets_card, self.tracks_card, self.prompts_card)):
            grid.addWidget(card, i // 2, i % 2)
        layout.addLayout(grid)
        layout.addSpacing(10)

        row = QHBoxLayout()
        row.setSpacing(14)
        row.addWidget(self._runs_panel(), 3)
        row.addWidget(self._library_panel(), 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        layout.addStretch(1)

    def _update_row(self) -> QWidget:
        """'2 updates available (1.2 MB)' and a way to the Sync screen; hidden until a source
        the person used before answers with updates."""
        self.update_panel = Panel()
        row = QHBoxLayout(self.update_panel)
        row.setContentsMargins(16, 8, 16, 8)
        self.update_label = QLabel()
        self.update_label.setTextFormat(Qt.TextFormat.PlainText)
        self.update_label.setWordWrap(True)
        self.update_label.setAccessibleName(self.tr("Library updates"))
        self.update_button = QPushButton(self.tr("See updates"))
        self.update_button.setToolTip(self.tr("Open the Sync screen; nothing is installed until "
                                              "you ask"))
        self.update_button.clicked.connect(
            lambda: self.nav.show_view("sync", source=self._update_source))
        row.addWidget(self.update_label, 1)
        row.addWidget(self.update_button)
        self._update_source: str | None = None
        self.update_panel.hide()
        return self.update_panel

    def show_update_notice(self, said: str, source: str) -> None:
        self._update_source = source
        self.update_label.setText(self.tr("%1 from %2.").replace("%1", said).replace("%2", source))
        self.update_panel.show()

    def library_changed(self) -> None:
        self.update_panel.hide()  # what was offered may be what was just installed
        self.context_ready()

    def _runs_panel(self) -> QWidget:
        panel = Panel()
        box = QVBoxLayout(panel)
        box.setContentsMargins(16, 14, 16, 14)
        box.addWidget(ScaledLabel(self.tr("Recent and unfinished runs"), 1.15, bold=True))
        self.runs_model = RecentRunsModel(self)
        self.runs_list = QListView()
        self.runs_list.setObjectName("recent-runs")
        self.runs_list.setAccessibleName(self.tr("Recent and unfinished checklist runs"))
        self.runs_list.setToolTip(self.tr("Enter or click opens the run"))
        self.runs_list.setModel(self.runs_model)
        self.runs_list.setItemDelegate(HitDelegate(self.runs_list, snippet_lines=False))
        self.runs_list.setFrameShape(QFrame.Shape.NoFrame)
        self.runs_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.runs_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.runs_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.runs_list.clicked.connect(self._open_run)
        self.runs_list.activated.connect(self._open_run)
        self.runs_empty = QLabel(self.tr("No checklist runs yet. Start one from a card above; "
                                         "every tick is saved at once."))
        self.runs_empty.setObjectName("muted")
        self.runs_empty.setWordWrap(True)
        box.addWidget(self.runs_list)
        box.addWidget(self.runs_empty)
        self.runs_list.hide()
        return panel

    def _library_panel(self) -> QWidget:
        panel = Panel()
        box = QVBoxLayout(panel)
        box.setContentsMargins(16, 14, 16, 14)
        box.setSpacing(6)
        box.addWidget(ScaledLabel(self.tr("Library"), 1.15, bold=True))
        self.lib_title = QLabel()
        self.lib_title.setWordWrap(True)
        self.lib_version = QLabel()
        self.lib_version.setWordWrap(True)
        self.lib_age = QLabel()
        self.lib_age.setWordWrap(True)
        self.offline = QLabel(self.tr("Offline — that's normal: everything works without a "
                                      "network."))
        self.offline.setObjectName("muted")
        self.offline.setWordWrap(True)
        for label in (self.lib_title, self.lib_version, self.lib_age, self.offline):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.addWidget(label)
        self.lib_title.setTextFormat(Qt.TextFormat.RichText)  # escaped in _fill_library_status
        for label in (self.lib_version, self.lib_age):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.lib_title.setAccessibleName(self.tr("Library title"))
        self.lib_age.setAccessibleName(self.tr("Library age"))
        self._fill_library_status()
        return panel

    # --- content ---------------------------------------------------------------------------
    def _fill_library_status(self) -> None:
        libs = self.ctx.libs
        if not self.ctx.ready:
            self.lib_title.setText(self.tr("Opening the library…"))
            self.lib_version.clear()
            self.lib_age.clear()
            return
        if libs is None:
            self.lib_title.setText(self.tr("No library is loaded. Checklist runs you already "
                                           "have still open."))
            self.lib_version.setText(self.ctx.library_error or "")
            self.lib_age.clear()
            return
        info = libs.infos[0]
        self.lib_title.setText(f"<b>{html.escape(info.title)}</b>")  # a pack's title is text
        extra = len(libs.infos) - 1
        version = self.tr("Version %1").replace("%1", info.version)
        if extra:
            version += " " + self.tr("+ %n more pack(s)", "", extra)
        self.lib_version.setText(version)
        built = info.built_at[:10]
        days = library_age_days(info.built_at)
        if days is None:
            age = self.tr("Built %1").replace("%1", built)
        elif days == 0:
            age = self.tr("Built %1 · today").replace("%1", built)
        else:
            age = self.tr("Built %1 · %n day(s) old", "", days).replace("%1", built)
        self.lib_age.setText(age)

    def activate(self, **params: Any) -> None:
        user = self.ctx.user
        if user is None:
            self.runs_empty.setText(self.tr("Your own data could not be opened, so runs are "
                                            "not shown."))
            return
        run_op(lambda: recent_first(user.runs.list(), RECENT_LIMIT),
               on_done=self._runs_loaded, queue="user", parent=self,
               on_failed=self.show_failure)

    def _runs_loaded(self, runs: list) -> None:
        self.runs_model.set_runs(runs)
        has_runs = bool(runs)
        self.runs_list.setVisible(has_runs)
        self.runs_empty.setVisible(not has_runs)
        if has_runs:
            height = sum(self.runs_list.sizeHintForRow(r) for r in range(len(runs)))
            self.runs_list.setFixedHeight(height + 2 * self.runs_list.frameWidth() + 2)

    def _open_run(self, index: QModelIndex) -> None:
        if index.isValid() and self.isVisible():
            self.nav.show_view("run", run_id=index.data(Roles.Id))

    def context_ready(self) -> None:
        self._fill_library_status()

    def settings_changed(self) -> None:
        self._fill_library_status()
        self.activate()
