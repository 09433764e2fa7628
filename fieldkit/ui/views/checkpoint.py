"""Checkpoint mode: the checkpoint checklist full screen, large type, one phase at a time, the
next undone item highlighted and focused, big tick targets, a quick-hide key; on entry the
choice between the unfinished run and a new one; notes, undo (Ctrl+Z) and finish.

Shows and forwards: ticks go through RunControl to the user DB like on the run screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.run_views import RunItemView, RunSummary, RunView
from fieldkit.ui.autosave import Autosave
from fieldkit.ui.models.run_items import ItemRole, PhaseFilter
from fieldkit.ui.run_control import RunControl
from fieldkit.ui.theme import TEXT_SIZES, current_text_size
from fieldkit.ui.views.base import View
from fieldkit.ui.widgets.guidance_card import GuidanceCard
from fieldkit.ui.widgets.prompt_card import PromptColumn
from fieldkit.ui.widgets.run_dialogs import RunChoiceDialog, ask_finish
from fieldkit.ui.widgets.run_item_list import RunItemList
from fieldkit.ui.widgets.run_note import RunNoteEditor
from fieldkit.ui.widgets.type_scale import Heading, scaled_font, set_font_tree
from fieldkit.ui.worker import run_op, with_sentence

CHECKLIST_ID = "checkpoint"
SCALE = 1.7  # checkpoint type against the app font (which already holds the text-size setting)
# ...but never more than this against the normal size: "huge" text times SCALE overflowed a
# 1024x768 screen (2.7x), so with large settings checkpoint mode adds less
MAX_TOTAL_SCALE = 2.2


def checkpoint_scale() -> float:
    """SCALE, or less when the text-size setting is already large."""
    return min(SCALE, MAX_TOTAL_SCALE / TEXT_SIZES.get(current_text_size(), 1.0))
THREAT_KEY = "F1"  # one key to the "If threatened" card, from anywhere in checkpoint mode
THREAT_WORKSHEET_ID = "if-threatened"
_WORK, _CARD, _CHOICE = 0, 1, 2


class CheckpointScreen(View):
    name = "checkpoint"
    saved = Signal(str, str)

    def __init__(self, ctx: Any, nav: Any) -> None:
        super().__init__(ctx, nav)
        self.control = RunControl(ctx, self)
        self.control.loaded.connect(self._on_loaded)
        self.control.saved.connect(self._on_saved)
        self.control.failed.connect(lambda m: self.nav.show_message(m, error=True))
        self.phase_model = PhaseFilter(self)
        self.phase_model.setSourceModel(self.control.model)
        self.control.model.dataChanged.connect(lambda *_: self._refresh_counts())
        self.control.model.tick_requested.connect(self._after_tick)
        self._phases: list[str] = []
        self._phase_index = 0
        self._prompt_seq = 0
        self._note_item: str | None = None
        self._note_dirty = False
        self.choice: RunChoiceDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.setAutoFillBackground(True)
        self._scale = checkpoint_scale()
        self.setFont(scaled_font(self._scale))  # before building: margins follow the big type

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_work())
        self.pages.addWidget(self._build_card())
        self.pages.addWidget(self._build_choice())
        # full screen takes the screen's size: never let large type ask for more (a window
        # bigger than its screen drops out of full screen)
        self.pages.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        ctx_ = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot, does in (
                (Qt.Key.Key_Escape, self.escape, self.tr("Leave checkpoint mode")),
                (Qt.Key.Key_PageDown, self.next_phase, self.tr("Next phase")),
                (Qt.Key.Key_PageUp, self.previous_phase, self.tr("Previous phase")),
                (QKeySequence(THREAT_KEY), self.toggle_threat_card,
                 self.tr("Show or hide the If threatened card")),
                (QKeySequence("Ctrl+Return"), self.ask_finish, self.tr("Finish the run")),
                (QKeySequence(QKeySequence.StandardKey.Undo), self.undo,
                 self.tr("Undo the last tick, untick or note change"))):
            QShortcut(QKeySequence(key), self, activated=slot, context=ctx_).setWhatsThis(does)
        self._apply_scale()

    def title(self) -> str:
        return self.tr("Checkpoint")

    # --- building --------------------------------------------------------------------------
    def _apply_scale(self) -> None:
        notes = (self.note_title, self.note, self.run_note_title, self.run_note)
        scale = self._scale = checkpoint_scale()
        set_font_tree(self, scaled_font(scale), skip=(self.hint, self.prompts, *notes))
        self.hint.setFont(scaled_font(scale * 0.6))
        note_font = scaled_font(scale * 0.85)
        for heading, factor in ((self.phase_title, 1.35), (self.phase_count, 1.05),
                                (self.keep_in_mind, 1.0), (self.card.title, 1.35)):
            heading.set_factor(scale * factor)
        self.prompts.scale = scale * 0.75
        for w in notes:  # smaller than the items: the notes share the side with the prompts
            w.setFont(note_font)  # and a style sheet, which the app style sheet cannot reset
            w.setStyleSheet(f"font-size: {note_font.pointSizeF():.1f}pt;")
        self._set_note_lines(2)
        QTimer.singleShot(0, self, self._fit_notes)  # the new type may leave less room
        for b in self._nav_buttons():
            # padding from the letter width, not the line height: an Arabic face's lines are
            # much taller (room for its marks), and padding by them made the row not fit;
            # measured in bold, which the primary button's style sets
            bold = QFont(b.font())
            bold.setBold(True)
            metrics = QFontMetrics(bold)
            em = metrics.horizontalAdvance("M")
            text = metrics.horizontalAdvance(b.text())
            # at least the style's own padding (the primary button's style sheet sets one)
            padding = max(2 * em, b.sizeHint().width() - b.fontMetrics().horizontalAdvance(
                b.text()))
            b.setMinimumSize(text + padding, metrics.height() + em)
        self._fit_nav()
        self.items.scheduleDelayedItemsLayout()
        QTimer.singleShot(0, self, self._scroll_to_current)
        pal = QPalette(QApplication.palette())
        pal.setColor(QPalette.ColorRole.Window, pal.color(QPalette.ColorRole.Base))
        pal.setColor(QPalette.ColorRole.WindowText, pal.color(QPalette.ColorRole.Text))
        self.setPalette(pal)

    def _build_work(self) -> QWidget:
        page = QWidget()
        line = self.fontMetrics().height()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(line * 2, line, line * 2, line)
        layout.setSpacing(round(line * 0.5))

        self.run_label = QLabel()
        self.run_label.setObjectName("muted")
        self.run_label.setTextFormat(Qt.TextFormat.PlainText)  # a run name is never markup
        layout.addWidget(self.run_label)
        # the keys go in the foot, beside the overall count and above the buttons they name:
        # beside the run's name at the top, large type squeezed them into a column nine lines
        # tall, taken from the items and the prompts
        self.hint = QLabel(self.tr("Space or Enter: tick · PgUp / PgDn: phase · Ctrl+Z: undo · "
                                   "Ctrl+Enter: finish · F1: if threatened · "
                                   "F12 or Ctrl+H: hide screen · Esc: leave"))
        self.hint.setObjectName("muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        self.hint.setWordWrap(True)

        head = QHBoxLayout()
        self.phase_title = Heading("", self._scale * 1.35)
        self.phase_title.setAccessibleName(self.tr("Phase"))
        self.phase_count = Heading("", self._scale * 1.05, bold=False)
        self.phase_count.setAlignment(Qt.AlignmentFlag.AlignTrailing
                                      | Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.phase_title, 1)
        head.addWidget(self.phase_count)
        layout.addLayout(head)

        body = QHBoxLayout()
        body.setSpacing(line * 2)
        self.items = RunItemList(enter_ticks=True, whole_row_ticks=True, show_next=True)
        self.items.setModel(self.phase_model)
        self.items.setAccessibleName(self.tr("Items in this phase"))
        self.items.setToolTip(self.tr("Space or Enter ticks the highlighted item; a click "
                                      "anywhere on a row ticks it"))
        self.items.selectionModel().currentChanged.connect(self._on_current)
        body.addWidget(self.items, 3)
        side = QVBoxLayout()
        # its own spacing: a nested layout takes its parent's, the wide gap between the items
        # and this column, which left the prompts a sliver of height
        em = self.fontMetrics().horizontalAdvance("M")  # not the line: Arabic's is tall
        side.setSpacing(round(em * 0.5))
        self.note_title = QLabel(self.tr("Item\nnote"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note for the highlighted item"))
        self.note.setPlaceholderText(self.tr("Saved as you type"))
        self.note.setTabChangesFocus(True)
        self.note.textChanged.connect(self._note_edited)
        self._note_autosave = Autosave(self.flush_note, self, editor=self.note)
        self.note_title.setBuddy(self.note)
        self.run_note_title = QLabel(self.tr("Run\nnote"))
        self.run_note = RunNoteEditor(self.tr("Who you met, what was agreed…"))
        self.run_note.save.connect(self.control.set_run_note)
        self.run_note_title.setBuddy(self.run_note)
        notes = QGridLayout()  # labels beside the editors: the prompts keep the height
        for row, (label, editor) in enumerate(((self.note_title, self.note),
                                               (self.run_note_title, self.run_note))):
            notes.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            notes.addWidget(editor, row, 1)
        notes.setColumnStretch(1, 1)
        notes.setVerticalSpacing(round(em * 0.5))
        notes.setHorizontalSpacing(round(em * 0.5))
        side.addLayout(notes)
        self.keep_in_mind = keep_in_mind = Heading(self.tr("Keep in mind"), self._scale)
        side.addWidget(keep_in_mind)
        self.prompts = PromptColumn(compact=True, scale=self._scale * 0.75)
        side.addWidget(self.prompts, 1)
        # the height left over goes to the prompts, not around the labels above them
        for label in (self.note_title, self.run_note_title, keep_in_mind):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        body.addLayout(side, 2)
        layout.addLayout(body, 1)

        self.done_note = QLabel()
        self.done_note.setObjectName("muted")
        foot = QHBoxLayout()
        foot.addWidget(self.done_note, 1)
        foot.addWidget(self.hint, 2)
        layout.addLayout(foot)
        nav = QVBoxLayout()
        self.prev_button = QPushButton(self.tr("Previous phase"))
        self.prev_button.setToolTip(self.tr("Previous phase (Page Up)"))
        self.next_button = QPushButton(self.tr("Next phase"))
        self.next_button.setToolTip(self.tr("Next phase (Page Down)"))
        self.next_button.setObjectName("primary")
        self.finish_button = QPushButton(self.tr("Finish run"))
        self.finish_button.setToolTip(self.tr("Finish this run (Ctrl+Enter); asks first if a "
                                              "critical item is not done"))
        self.threat_button = QPushButton(self.tr("If threatened (F1)"))
        self.threat_button.setToolTip(self.tr("What to do, and never do, under threat (F1)"))
        self.threat_button.clicked.connect(self.show_threat_card)
        self.leave_button = QPushButton(self.tr("Leave (Esc)"))
        self.leave_button.setToolTip(self.tr("Leave checkpoint mode (Esc); your ticks are saved"))
        self.prev_button.clicked.connect(self.previous_phase)
        self.next_button.clicked.connect(self.next_phase)
        self.finish_button.clicked.connect(self.ask_finish)
        self.leave_button.clicked.connect(self.leave)
        for b in (self.prev_button, self.next_button, self.finish_button, self.threat_button,
                  self.leave_button):
            b.setAccessibleName(b.text())
            b.setParent(page)  # in the page before _fit_nav lays them out (and for tab order)
        # Rows of buttons, arranged to the width (_fit_nav): never squeezed over one another,
        # "If threatened" must stay readable.
        self._nav = nav
        self._nav_rows: list[list[QPushButton]] = []
        layout.addLayout(nav)
        self.setTabOrder(self.items, self.note)
        self.setTabOrder(self.note, self.run_note)
        self.setTabOrder(self.run_note, self.next_button)
        self.setTabOrder(self.next_button, self.prev_button)
        self.setTabOrder(self.prev_button, self.finish_button)
        self.setTabOrder(self.finish_button, self.threat_button)
        self.setTabOrder(self.threat_button, self.leave_button)
        return page

    def _build_card(self) -> QWidget:
        """The "If threatened" card, read from the library when first asked for."""
        page = QWidget()
        line = self.fontMetrics().height()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(line * 2, line, line * 2, line)
        self.card = GuidanceCard()
        self.card.title.set_factor(self._scale * 1.35)
        self.card.setAccessibleName(self.tr("If threatened"))
        layout.addWidget(self.card, 1)
        row = QHBoxLayout()
        self.card_hint = QLabel(self.tr("F1 or Esc: back to the checklist"))
        self.card_hint.setObjectName("muted")
        back = QPushButton(self.tr("Back to the checklist (F1)"))
        back.setAccessibleName(back.text())
        back.clicked.connect(self.hide_threat_card)
        row.addWidget(self.card_hint, 1)
        row.addWidget(back)
        layout.addLayout(row)
        self._card_loaded = False
        return page

    # --- the "If threatened" card ----------------------------------------------------------
    def is_card_shown(self) -> bool:
        return self.pages.currentIndex() == _CARD

    def show_threat_card(self) -> None:
        if not self.is_card_shown():
            self._before_card = self.pages.currentIndex()  # the checklist or the choice
        self.pages.setCurrentIndex(_CARD)
        self.card.setFocus()
        if self._card_loaded:
            return
        libs = self.ctx.libs
        if libs is None:
            self.card.show_message(self.tr("The If threatened card is not available: no "
                                           "library is loaded."))
            return

        def done(worksheet: Any) -> None:
            self._card_loaded = True
            self.card.show_worksheet(worksheet)

        run_op(lambda: libs.worksheet(THREAT_WORKSHEET_ID), on_done=done, parent=self,
               on_failed=with_sentence(self.card.show_message))

    def hide_threat_card(self) -> None:
        back = getattr(self, "_before_card", _WORK)
        self.pages.setCurrentIndex(back)
        if back == _CHOICE and self.choice is not None:
            self.choice.continue_button.setFocus()
        else:
            self.items.setFocus()

    def toggle_threat_card(self) -> None:
        if self.is_card_shown():
            self.hide_threat_card()
        else:
            self.show_threat_card()

    def _build_choice(self) -> QWidget:
        """Where the continue-or-new question sits, inside the full screen (no window over it)."""
        page = QWidget()
        column = QVBoxLayout(page)
        column.addStretch(1)
        self._choice_row = QHBoxLayout()
        self._choice_row.addStretch(1)
        self._choice_row.addStretch(1)
        column.addLayout(self._choice_row)
        column.addStretch(2)
        return page

    # --- navigation ------------------------------------------------------------------------
    def activate(self, run_id: str | None = None, **_params: Any) -> None:
        """A given run; else a new run, or (when one is unfinished) the person's choice."""
        self.pages.setCurrentIndex(0)
        self.flush_note()
        if run_id is not None:
            self.control.open(run_id)
        elif self.ctx.libs is None or self.ctx.user is None:
            self._on_loaded(None)  # says the checklist is not available, in the big type
        else:
            self.control.begin(CHECKLIST_ID, on_choice=self._ask_choice)

    def _ask_choice(self, title: str, open_run: RunSummary) -> None:
        if self.choice is not None:
            self.choice.deleteLater()
        box = RunChoiceDialog(self.pages.widget(_CHOICE), title, open_run, scale=self._scale)
        box.setWindowFlags(Qt.WindowType.Widget)  # a part of the page, not a window on top
        box.accepted.connect(lambda: self.pages.setCurrentIndex(0))
        box.continue_chosen.connect(self.control.open)
        box.new_chosen.connect(lambda name: self.control.start(CHECKLIST_ID, name))
        box.rejected.connect(self.leave)
        self._choice_row.insertWidget(1, box)
        self.choice = box
        self.pages.setCurrentIndex(_CHOICE)
        box.show()
        box.continue_button.setFocus()

    def flush(self) -> None:
        self.flush_note()

    def hideEvent(self, event: Any) -> None:
        self.flush_note()
        super().hideEvent(event)

    def _nav_buttons(self) -> tuple[QPushButton, ...]:
        return (self.prev_button, self.next_button, self.finish_button, self.threat_button,
                self.leave_button)

    def _fit_nav(self) -> None:
        """The buttons in as few rows as fit the width at their full size: all in one row;
        else the phase buttons above the others; else (large text, long words) as many to a
        row as fit. The phase buttons lead their row, the others trail theirs."""
        margins = self.pages.widget(0).layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        spacing = max(self._nav.spacing(), 0)

        def fits(row: list[QPushButton]) -> bool:
            return sum(b.minimumWidth() for b in row) + spacing * (len(row) - 1) <= room

        steps = [self.prev_button, self.next_button]
        ends = [self.finish_button, self.threat_button, self.leave_button]
        if fits(steps + ends):
            rows = [steps + ends]
        else:
            rows = []
            for group in (steps, ends):
                row: list[QPushButton] = []
                for button in group:
                    if row and not fits([*row, button]):
                        rows.append(row)
                        row = []
                    row.append(button)
                rows.append(row)
        if rows == self._nav_rows:
            return
        self._nav_rows = rows
        while (item := self._nav.takeAt(0)) is not None:
            if item.layout() is not None:
                while item.layout().takeAt(0) is not None:
                    pass
                item.layout().deleteLater()
        for row in rows:
            line = QHBoxLayout()
            trailing = row[0] not in steps
            if trailing:
                line.addStretch(1)
            for button in row:
                line.addWidget(button)
                if button is self.next_button and not trailing and len(row) > 2:
                    line.addStretch(1)  # one row: the phase buttons lead, the others trail
            if not trailing and len(row) <= 2:
                line.addStretch(1)
            self._nav.addLayout(line)

    def _note_height(self, lines: int) -> int:
        return round(QFontMetrics(self.note.font()).height() * lines) + 12

    def _set_note_lines(self, lines: int) -> None:
        self._note_lines = lines
        for editor in (self.note, self.run_note):
            editor.setFixedHeight(self._note_height(lines))
        # the labels beside them ("Item\nnote") on one line too, or they hold the height
        for label, text in ((self.note_title, self.tr("Item\nnote")),
                            (self.run_note_title, self.tr("Run\nnote"))):
            label.setText(text if lines == 2 else " ".join(text.split()))

    def _fit_notes(self) -> None:
        """Two-line note boxes, or one-line ones when two would leave the prompts less than
        four lines (a short screen, or Arabic's tall lines: at 1366x768 they had under three).
        Decided on the height the prompts would have with two-line boxes, so it never flips
        back and forth."""
        page = self.pages.widget(0)
        if not page.isVisible():
            return
        page.layout().activate()
        two, now = self._note_height(2), self.note.height()
        prompts_with_two = self.prompts.height() - 2 * (two - now)
        line = QFontMetrics(scaled_font(self.prompts.scale)).height()
        lines = 2 if prompts_with_two >= 4 * line else 1
        if lines != self._note_lines:
            self._set_note_lines(lines)
        # the rows' heights follow the new width: lay them out now, then bring the current
        # item back into view (an old scroll offset cut the top of it off)
        self.items.doItemsLayout()
        self._scroll_to_current()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_nav()
        QTimer.singleShot(0, self, self._fit_notes)

    def showEvent(self, event: QShowEvent) -> None:
        self._apply_scale()  # after polishing, which resets fonts under an app style sheet
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.ApplicationFontChange,
                            QEvent.Type.ApplicationPaletteChange):
            self._apply_scale()
        super().changeEvent(event)

    def settings_changed(self) -> None:
        self._apply_scale()

    def escape(self) -> None:
        # A panicked Esc must never bring the checklist back: only the hide key does.
        if self.is_card_shown():
            self.hide_threat_card()
        elif not self.is_hidden():
            self.leave()

    def leave(self) -> None:
        self.pages.setCurrentIndex(0)
        self.nav.leave_fullscreen()

    def is_hidden(self) -> bool:
        return bool(self.nav.is_hidden())  # quick hide belongs to the window (every screen)

    def toggle_hidden(self) -> None:
        self.nav.toggle_hidden()

    def _scroll_to_current(self) -> None:
        index = self.items.currentIndex()
        if index.isValid():
            self.items.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    # --- the run ---------------------------------------------------------------------------
    def _on_loaded(self, run: RunView | None) -> None:
        if run is None:
            self.phase_title.setText(self.tr("The checkpoint checklist is not available"))
            self.phase_count.setText("")
            self._phases = []
            return
        if run.is_finished:  # finished here: its report and reopen live on the run screen
            self.leave()
            self.nav.show_view("run", run_id=run.id)
            self.nav.show_message(self.tr("Run finished: “%1”").replace("%1", run.label))
            return
        self.run_label.setText(run.label)
        self.run_note.show_note(run.note)
        self._phases = self.control.model.phase_ids()
        first_open = next((i for i, (pid, _t, items) in enumerate(run.phases())
                           if any(not it.done for it in items)), 0)
        self.show_phase(first_open)

    def show_phase(self, index: int) -> None:
        if not self._phases:
            return
        self._phase_index = max(0, min(index, len(self._phases) - 1))
        self.phase_model.set_phase(self._phases[self._phase_index])
        self.prev_button.setEnabled(self._phase_index > 0)
        self.next_button.setEnabled(self._phase_index < len(self._phases) - 1)
        self._refresh_counts()
        self.focus_next_undone()

    def _working(self) -> bool:
        """The checklist is on screen (not hidden, not the continue-or-new question)."""
        return self.pages.currentIndex() == _WORK and not self.is_hidden()

    def next_phase(self) -> None:
        if self._working():
            self.show_phase(self._phase_index + 1)

    def previous_phase(self) -> None:
        if self._working():
            self.show_phase(self._phase_index - 1)

    def current_phase(self) -> str | None:
        return self.phase_model.phase()

    def focus_next_undone(self) -> None:
        for row in range(self.phase_model.rowCount()):
            index = self.phase_model.index(row, 0)
            item: RunItemView = index.data(ItemRole)
            if not item.done:
                self.items.setCurrentIndex(index)
                self._scroll_to_current()
                self.items.setFocus()
                return
        self.next_button.setFocus() if self.next_button.isEnabled() else self.items.setFocus()

    def _refresh_counts(self) -> None:
        run = self.control.run
        phase = self.current_phase()
        if run is None or phase is None:
            return
        title = next((t for pid, t, _i in run.phases() if pid == phase), "")
        self.phase_title.setText(self.tr("%1 · phase %2 of %3").replace("%1", title)
                                 .replace("%2", str(self._phase_index + 1))
                                 .replace("%3", str(len(self._phases))))
        done, total = run.progress(phase)
        self.phase_count.setText(self.tr("%1 of %2 done").replace("%1", str(done))
                                 .replace("%2", str(total)))
        all_done, all_total = run.progress()
        if done == total and self._phase_index < len(self._phases) - 1:
            note = self.tr("This phase is done. Next phase: Page Down.")
        elif all_done == all_total:
            note = self.tr("Every item is ticked.")
        else:
            note = self.tr("Overall: %1 of %2 done").replace("%1", str(all_done)) \
                .replace("%2", str(all_total))
        self.done_note.setText(note)

    def _after_tick(self, _item_id: str, done: bool) -> None:
        if done:  # move on to what is left in this phase
            QTimer.singleShot(0, self, self.focus_next_undone)

    def _on_saved(self, item_id: str, what: str) -> None:
        self._refresh_counts()
        if what == "undo":  # back to the item that changed, showing its note as it was
            for row in range(self.phase_model.rowCount()):
                index = self.phase_model.index(row, 0)
                if index.data(ItemRole).id == item_id:
                    self.items.setCurrentIndex(index)
            if item_id == self._note_item:
                self._note_dirty = False
                self._show_note(self.control.model.item(item_id))
        self.saved.emit(item_id, what)

    def _on_current(self, index: QModelIndex, _prev: QModelIndex) -> None:
        item: RunItemView | None = index.data(ItemRole) if index.isValid() else None
        self._show_note(item)
        self._prompt_seq += 1
        seq, libs = self._prompt_seq, self.ctx.libs
        if item is None or not item.prompts or libs is None:
            self.prompts.set_prompts([], self.tr("Nothing particular for this item."))
            return
        ids = list(item.prompts)
        run_op(lambda: libs.prompts(ids=ids),
               on_done=lambda p: self.prompts.set_prompts(p) if seq == self._prompt_seq else None,
               parent=self, on_failed=self.show_failure)

    def tick_current(self) -> None:
        index = self.items.currentIndex()
        item = index.data(ItemRole) if index.isValid() else None
        if item is not None:
            self.control.toggle(item.id)

    # --- notes, undo, finish ---------------------------------------------------------------
    def _show_note(self, item: RunItemView | None) -> None:
        self.flush_note()
        self._note_item = item.id if item else None
        self.note.blockSignals(True)
        self.note.setPlainText(item.note or "" if item else "")
        self.note.blockSignals(False)
        self.note.setEnabled(item is not None)

    def _note_edited(self) -> None:
        self._note_dirty = True
        self._note_autosave.changed()

    def flush_note(self) -> None:
        """Save the notes being typed (a pause, steady typing, a blur, leaving)."""
        if self._note_item is not None and self._note_dirty:
            self._note_dirty = False
            self.control.set_note(self._note_item, self.note.toPlainText())
        self.run_note.flush()

    def undo(self) -> None:
        if self._working():
            self.flush_note()
            self.control.undo()

    def ask_finish(self) -> None:
        run = self.control.run
        if run is None or not self._working() or run.is_finished:
            return
        self.flush_note()
        self.confirm_box = ask_finish(self, run, self.control.finish)
