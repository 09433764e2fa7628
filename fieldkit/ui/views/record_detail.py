"""The library's detail pane: one record's fields, its bookmark toggle and the person's note.

Reads and writes through workers (user data on the serial "user" queue); never opens a database.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.content import RecordView
from fieldkit.ui.autosave import Autosave
from fieldkit.ui.models.records import language_name, record_type_name
from fieldkit.ui.theme import accent
from fieldkit.ui.widgets.cards import Panel, ScaledLabel
from fieldkit.ui.worker import describe_failure, run_op, with_sentence


def _label(*, selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


def _paragraphs(text: str | None) -> str:
    chunks = [c.strip() for c in (text or "").split("\n\n") if c.strip()]
    return "".join(f"<p>{html.escape(c)}</p>" for c in chunks)


class RecordDetail(QWidget):
    def __init__(self, ctx, nav) -> None:
        super().__init__()
        self.ctx, self.nav = ctx, nav
        self.setObjectName("record-detail")
        self.record_id: str | None = None
        self.record: RecordView | None = None
        self._seq = 0
        self._filling = False
        self._note_dirty = False  # typed text not yet handed to a save
        self._note_for: str | None = None  # the record the editor's text belongs to

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 0, 0, 0)
        outer.setSpacing(10)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Record details"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = Panel()
        scroll.setWidget(page)
        self.scroll = scroll
        body = QVBoxLayout(page)
        body.setContentsMargins(20, 18, 20, 18)
        body.setSpacing(10)

        head = QHBoxLayout()
        self.title_label = _label()
        self.title_label.setAccessibleName(self.tr("Record title"))
        self.bookmark = QPushButton()
        self.bookmark.setCheckable(True)
        self.bookmark.setAccessibleName(self.tr("Bookmark this record"))
        self.bookmark.setToolTip(self.tr("Bookmark this record (Ctrl+D)"))
        self.bookmark.setShortcut("Ctrl+D")
        self.bookmark.clicked.connect(self._bookmark_clicked)
        self.bookmark.setEnabled(False)
        head.addWidget(self.title_label, 1)
        head.addWidget(self.bookmark, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(head)
        self.meta_label = _label()
        self.meta_label.setObjectName("muted")
        self.contact_label = _label()
        self.summary_label = _label()
        self.description_label = _label()
        self.concepts_label = _label()
        self.extra_label = _label()
        for w in (self.meta_label, self.contact_label, self.summary_label,
                  self.description_label, self.concepts_label, self.extra_label):
            body.addWidget(w)
        self.summary_label.setAccessibleName(self.tr("Summary"))
        self.description_label.setAccessibleName(self.tr("Description"))
        self.concepts_label.setAccessibleName(self.tr("Key concepts"))
        body.addStretch(1)
        outer.addWidget(scroll, 1)

        note_head = QHBoxLayout()
        note_title = ScaledLabel(self.tr("Your note"), 1.0, bold=True)
        self.note_status = QLabel()
        self.note_status.setObjectName("muted")
        self.note_status.setAccessibleName(self.tr("Note status"))
        note_head.addWidget(note_title)
        note_head.addStretch(1)
        note_head.addWidget(self.note_status)
        outer.addLayout(note_head)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Your note on this record"))
        self.note.setPlaceholderText(self.tr("Only you see this. It is saved as you type."))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 16)
        self.note.textChanged.connect(self._note_changed)
        self._note_autosave = Autosave(self.save_note, self, editor=self.note)
        self.note.setEnabled(False)
        outer.addWidget(self.note)
        self._show_placeholder()

    # --- loading ---------------------------------------------------------------------------
    def _show_placeholder(self) -> None:
        choose = self.tr("Choose a record")  # outside the f-string, where lupdate sees it
        self.title_label.setText(f"<h2>{html.escape(choose)}</h2>")
        self.meta_label.setText(html.escape(self.tr("Its summary, description and key concepts "
                                                    "show here, with your note.")))
        for w in (self.contact_label, self.summary_label, self.description_label,
                  self.concepts_label, self.extra_label):
            w.clear()
        self._update_bookmark_text()

    def clear(self) -> None:
        """No record chosen (the list no longer holds the one shown): save, then blank."""
        self.save_note()
        self._seq += 1  # a load still on its way is dropped
        self.record_id = self._note_for = None
        self.record = None
        self._filling = True
        self.note.clear()
        self._filling = False
        self.note.setEnabled(False)
        self.note_status.clear()
        self.bookmark.setEnabled(False)
        self._show_placeholder()

    def show_record(self, record_id: str) -> None:
        libs, user = self.ctx.libs, self.ctx.user
        if libs is None:
            return
        self.save_note()  # whatever was typed for the previous record lands first
        self._seq += 1
        seq = self._seq
        self.record_id = record_id

        def load():
            record = libs.record(record_id)
            if user is None:
                return record, None, False
            return record, user.note(record_id), user.is_bookmarked(record_id)

        run_op(load, on_done=lambda r: self._loaded(seq, *r), queue="user",
               on_failed=lambda e: self._failed(seq, describe_failure(e)), parent=self)

    def _failed(self, seq: int, message: str) -> None:
        if seq == self._seq:
            self.nav.show_message(message, error=True)

    def _loaded(self, seq: int, record: RecordView, note: str | None, marked: bool) -> None:
        if seq != self._seq:
            return  # the person moved on to another record
        self.record = record
        self.title_label.setText(f"<h2>{html.escape(record.title)}</h2>")
        facts = [record.record_type and record_type_name(record.record_type),
                 str(record.year) if record.year else None,
                 record.publisher, record.language and self.tr("language: %1").replace(
                     "%1", language_name(record.language))]
        self.meta_label.setText(html.escape(" · ".join(f for f in facts if f)))
        contact = self.tr("Contact")  # outside the f-string, where lupdate sees it
        self.contact_label.setText(
            f"<b>{html.escape(contact)}:</b> {html.escape(record.contact)}"
            if record.contact else "")
        self.summary_label.setText(self._section(self.tr("Summary"), _paragraphs(record.summary)))
        self.description_label.setText(
            self._section(self.tr("Description"), _paragraphs(record.description)))
        concepts = "".join(f"<li>{html.escape(c)}</li>" for c in record.key_concepts)
        self.concepts_label.setText(self._section(self.tr("Key concepts and takeaways"),
                                                  f"<ul>{concepts}</ul>" if concepts else ""))
        extra = "".join(f"<tr><td><b>{html.escape(str(k))}</b>&nbsp;&nbsp;</td>"
                        f"<td>{html.escape(str(v))}</td></tr>" for k, v in record.extra.items())
        self.extra_label.setText(self._section(self.tr("More details"),
                                               f"<table>{extra}</table>" if extra else ""))
        for w in (self.contact_label, self.summary_label, self.description_label,
                  self.concepts_label, self.extra_label):
            w.setVisible(bool(w.text()))
        self._filling = True
        self.note.setPlainText(note or "")
        self._filling = False
        self._note_dirty = False
        self._note_for = record.id
        self.note_status.clear()
        has_user = self.ctx.user is not None
        self.note.setEnabled(has_user)
        self.bookmark.setEnabled(has_user)
        self.bookmark.setChecked(marked)
        self._update_bookmark_text()
        self.scroll.verticalScrollBar().setValue(0)

    def _section(self, title: str, body: str) -> str:
        if not body:
            return ""
        colour = accent("muted")
        return (f'<div style="color:{colour}; font-weight:600">{html.escape(title.upper())}'
                f"</div>{body}")

    # --- bookmark --------------------------------------------------------------------------
    def _update_bookmark_text(self) -> None:
        on = self.bookmark.isChecked()
        self.bookmark.setText(self.tr("★ Bookmarked") if on else self.tr("☆ Bookmark"))

    def _bookmark_clicked(self, on: bool) -> None:
        user, record = self.ctx.user, self.record
        if user is None or record is None:
            return
        self._update_bookmark_text()  # optimistic; reverted if the write fails

        def revert(message: str) -> None:
            if self.record is record:
                self.bookmark.setChecked(not on)
                self._update_bookmark_text()
            self.nav.show_message(message, error=True)

        run_op(lambda: user.set_bookmark(record.id, record.title, on), queue="user",
               on_failed=with_sentence(revert), parent=self)

    def is_bookmarked(self) -> bool:
        return self.bookmark.isChecked()

    # --- note ------------------------------------------------------------------------------
    def _note_changed(self) -> None:
        if self._filling or self._note_for is None:
            return
        self._note_dirty = True
        self.note_status.setText(self.tr("Editing…"))
        self._note_autosave.changed()

    def save_note(self) -> None:
        """Write the editor's text now (called by the debounce and before switching records)."""
        if not self._note_dirty:
            return
        user, record_id, text = self.ctx.user, self._note_for, self.note.toPlainText()
        if user is None or record_id is None:
            return
        self._note_dirty = False

        def saved(_r: object) -> None:
            if self._note_for == record_id and self.note.toPlainText() == text:
                self.note_status.setText(self.tr("Saved"))

        def failed(message: str) -> None:
            if self._note_for == record_id:
                self._note_dirty = True  # keep the text, and try again on the next change
                self.note_status.setText(self.tr("Not saved"))
            self.nav.show_message(message, error=True)

        self.note_status.setText(self.tr("Saving…"))
        run_op(lambda: user.set_note(record_id, text), queue="user", on_done=saved,
               on_failed=with_sentence(failed), parent=self)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_note()
        super().hideEvent(event)

    def settings_changed(self) -> None:
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 16)
        if self.record is not None and self.record_id == self.record.id:
            self.show_record(self.record.id)
