"""The Worksheets screen on the real library and user DB: reachable from the navigation bar,
a sheet started and filled with an editor per kind, saved while typing (after a pause, at least
every 2 s, on leaving a field, on closing the window), attached to a run from the run screen,
exported; checkpoint mode's "If threatened" card one key (F1) away."""

from __future__ import annotations

import re
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QPlainTextEdit
from run_support import start_run_via_ui

from fieldkit.core.userdata import UserData
from fieldkit.ui.report_export import export_run
from fieldkit.ui.sheet_control import MAX_WAIT_MS, PAUSE_MS


def _open_screen(qtbot, window):
    action = window._nav_actions["worksheets"]
    assert action.text() == "Worksheets" and action.shortcut().toString() == "Alt+6"
    action.trigger()
    view = window.views["worksheets"]
    assert window.current_view() is view
    qtbot.waitUntil(lambda: view.worksheets.rowCount() >= 8, timeout=5000)
    return view


def _start(qtbot, view, worksheet_id: str, name: str = ""):
    view.list.setCurrentIndex(view.worksheets.index(view.worksheets.row_of(worksheet_id)))
    view.sheet_name.setText(name)
    with qtbot.waitSignal(view.control.loaded, timeout=5000):
        QTest.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.pages.currentIndex() == 1, timeout=5000)
    return view.control.sheet


def _stored(data_folder: Path, sheet_id: str):
    with UserData(data_folder) as user:  # its own connection: what is on disk
        return user.sheets.get(sheet_id)


def test_the_screen_lists_worksheets_and_starts_a_sheet(qtbot, window, data_folder):
    view = _open_screen(qtbot, window)
    titles = [view.worksheets.index(r).data() for r in range(view.worksheets.rowCount())]
    assert titles[0] == "If threatened"
    assert "Emergency contacts" in titles and "Checkpoint debrief" in titles
    qtbot.waitUntil(lambda: view.no_sheets.isVisible() and not view.sheet_list.isVisible(),
                    timeout=5000)  # the person's sheets load on the user queue
    sheet = _start(qtbot, view, "checkpoint-debrief", "Debrief <b>km 42</b> & co")
    assert sheet.worksheet.id == "checkpoint-debrief" and sheet.run_id is None
    # plain text: the markup and the ampersand are shown as typed
    assert view.sheet_title.text() == "Debrief <b>km 42</b> & co"
    assert view.sheet_title.textFormat() == Qt.TextFormat.PlainText
    qtbot.waitUntil(lambda: view.sheets.rowCount() == 1, timeout=5000)
    assert view.sheets.index(0).data() == "Debrief <b>km 42</b> & co"
    # an editor fit for each kind
    kinds = {f.id: type(view.form.editor(f.id).input) for f in sheet.worksheet.fields()}
    assert kinds["where"] is QLineEdit and kinds["asked"] is QPlainTextEdit
    assert kinds["outcome"] is QComboBox and kinds["when"] is QDateTimeEdit
    assert [b.text() for b in view.form.editor("anything-taken").input.findChildren(
        type(view.form.editor("anything-taken")._group.buttons()[0]))] == [
        "Yes", "No", "Not answered"]
    assert _stored(data_folder, sheet.id).worksheet == sheet.worksheet


def test_every_kind_is_saved_as_typed(qtbot, window, data_folder):
    view = _open_screen(qtbot, window)
    sheet = _start(qtbot, view, "checkpoint-debrief")
    form = view.form
    saved: list[str] = []
    view.saved.connect(saved.append)

    where = form.editor("where").input
    where.setFocus()
    QTest.keyClicks(where, "Km 42 <i>bridge</i> & river")
    asked = form.editor("asked").input
    asked.setFocus()  # leaving 'where' saves it at once
    QTest.keyClicks(asked, "Papers twice,")
    QTest.keyClick(asked, Qt.Key.Key_Return)
    QTest.keyClicks(asked, "then the cargo")
    combo = form.editor("outcome").input
    combo.setFocus()
    combo.setCurrentIndex(combo.findText("Turned back"))
    no = form.editor("anything-taken")._group.buttons()[1]
    assert no.text() == "No"
    qtbot.waitUntil(no.isVisible, timeout=2000)  # the new form is laid out
    view.scroll.ensureWidgetVisible(no)
    QTest.mouseClick(no, Qt.MouseButton.LeftButton)
    form.editor("when").input.setDateTime(form.editor("when").input.dateTime()
                                          .fromString("2026-05-03 14:10", "yyyy-MM-dd HH:mm"))
    want = {"where", "asked", "outcome", "anything-taken", "when"}
    try:
        qtbot.waitUntil(lambda: want <= set(saved), timeout=5000)
    except Exception:
        raise AssertionError((saved, view.control.sheet.values)) from None
    stored = _stored(data_folder, sheet.id)
    assert stored.values == {"where": "Km 42 <i>bridge</i> & river",
                             "asked": "Papers twice,\nthen the cargo",
                             "outcome": "Turned back", "anything-taken": "no",
                             "when": "2026-05-03 14:10"}
    assert "Saved" in view.status.text()


def test_typing_that_never_pauses_is_saved_at_least_every_two_seconds(qtbot, window,
                                                                      data_folder):
    view = _open_screen(qtbot, window)
    sheet = _start(qtbot, view, "iceberg")
    box = view.form.editor("their-position").input
    box.setFocus()
    typed: list[float] = []
    saves: list[float] = []
    view.saved.connect(lambda fid: saves.append(time.monotonic()) if fid else None)
    typist = QTimer(interval=PAUSE_MS // 3)  # always faster than the pause that saves
    typist.timeout.connect(lambda: (QTest.keyClicks(box, "x"), typed.append(time.monotonic())))
    start = time.monotonic()
    typist.start()
    qtbot.waitUntil(lambda: time.monotonic() - start > (MAX_WAIT_MS + 1200) / 1000,
                    timeout=10000)
    typist.stop()
    assert saves, "nothing was saved while typing went on"
    assert saves[0] - start <= (MAX_WAIT_MS + 700) / 1000
    assert saves[0] < typed[-1]  # saved while the typing still went on
    assert _stored(data_folder, sheet.id).value("their-position").startswith("xxxx")


def test_leaving_a_field_or_closing_the_window_saves_at_once(qtbot, window, data_folder):
    view = _open_screen(qtbot, window)
    sheet = _start(qtbot, view, "emergency-contacts")
    phone = view.form.editor("base-phone").input
    phone.setFocus()
    QTest.keyClicks(phone, "+000 1")
    assert view.control.has_pending
    view.form.editor("base-radio").input.setFocus()  # blur
    assert not view.control.has_pending  # handed to the save queue at once, no pause
    radio = view.form.editor("base-radio").input
    QTest.keyClicks(radio, "Channel 7 & Bravo")
    assert view.control.has_pending
    window.close()  # closing flushes and waits for every queued write
    stored = _stored(data_folder, sheet.id)
    assert stored.values == {"base-phone": "+000 1", "base-radio": "Channel 7 & Bravo"}


def test_a_sheet_attached_from_the_run_screen_is_in_the_run_report(qtbot, window, data_folder,
                                                                   tmp_path):
    screen = start_run_via_ui(qtbot, window, name="Convoy 7 & co")
    run_id = screen.control.run.id
    QTest.mouseClick(screen.worksheet_button, Qt.MouseButton.LeftButton)
    view = window.views["worksheets"]
    assert window.current_view() is view
    qtbot.waitUntil(lambda: view.attach_box.isVisible(), timeout=5000)
    assert view.attach_box.isChecked()
    assert view.attach_box.text() == "Attach to the run “Convoy 7 && co”"  # '&' shown, not a key
    qtbot.waitUntil(lambda: view.worksheets.rowCount() >= 8, timeout=5000)
    sheet = _start(qtbot, view, "checkpoint-debrief", "After km 42")
    assert sheet.run_id == run_id
    assert "Convoy 7 & co" in view.sheet_subtitle.text()
    box = view.form.editor("asked").input
    box.setFocus()
    QTest.keyClicks(box, "Asked for <fuel> & cigarettes")
    view.flush()
    qtbot.waitUntil(lambda: not view.control.has_pending, timeout=2000)
    out = tmp_path / "run.html"
    from fieldkit.ui.worker import wait_for_all

    wait_for_all(5000)
    export_run(window.ctx.user, window.ctx.libs, run_id, out)
    html = out.read_text("utf-8")
    assert "Worksheet: After km 42" in html
    assert "Asked for &lt;fuel&gt; &amp; cigarettes" in html


def test_a_sheet_exports_alone_as_pdf_and_contacts_fit_one_page(qtbot, window, data_folder,
                                                                tmp_path):
    view = _open_screen(qtbot, window)
    sheet = _start(qtbot, view, "emergency-contacts", "My contacts")
    for f in sheet.worksheet.fields():
        view.control.edit(f.id, f"{f.label}: +000 000 000 000, ask for the duty officer")
    pdf = tmp_path / "contacts.pdf"
    with qtbot.waitSignal(view.saved, timeout=10000,
                          check_params_cb=lambda what: what == "export"):
        view.export_to(pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert _stored(data_folder, sheet.id).progress() == (13, 13)
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == 1  # every field filled: one page
    # the same exporter, a long worksheet: more than one page (the count above can tell)
    debrief = _start(qtbot, view, "checkpoint-debrief")
    for f in debrief.worksheet.fields():
        view.control.edit(f.id, "A long answer. " * 40 if f.kind == "long-text" else "")
    longer = tmp_path / "debrief.pdf"
    with qtbot.waitSignal(view.saved, timeout=10000,
                          check_params_cb=lambda what: what == "export"):
        view.export_to(longer)
    assert len(re.findall(rb"/Type\s*/Page[^s]", longer.read_bytes())) > 1


def test_f1_shows_the_if_threatened_card_from_checkpoint_mode(qtbot, window):
    window.activateWindow()
    view = window.views["checkpoint"]
    with qtbot.waitSignal(view.control.loaded, timeout=5000):
        window.start_checkpoint()
    assert "F1: if threatened" in view.hint.text()
    assert view.threat_button.text() == "If threatened (F1)" and view.threat_button.isVisible()
    QTest.keyClick(view.items, Qt.Key.Key_F1)
    assert view.is_card_shown()
    qtbot.waitUntil(lambda: view.card.title.text() == "If threatened", timeout=5000)
    text = " ".join(view.card.lines).lower()
    assert "never resist" in text and "hand over what is demanded" in text
    assert "what was demanded or taken" in text  # what to report afterwards
    QTest.keyClick(view.card, Qt.Key.Key_F1)
    assert not view.is_card_shown() and window.isFullScreen()
    QTest.keyClick(view.items, Qt.Key.Key_F1)
    QTest.keyClick(view.card, Qt.Key.Key_Escape)  # Esc goes back to the checklist...
    assert not view.is_card_shown() and window.isFullScreen()  # ...it does not leave


def test_every_control_on_the_screen_and_the_card_has_a_name(qtbot, window):
    from PySide6.QtWidgets import QApplication
    from test_accessibility import _unnamed_controls

    from fieldkit.ui.app import settle

    run = window.ctx.user.runs.start(window.ctx.libs.checklist("checkpoint"), "A11y",
                                     window.ctx.libs.infos[0])
    window.show_view("worksheets", run_id=run.id)
    view = window.views["worksheets"]
    qtbot.waitUntil(lambda: view.attach_box.isVisible(), timeout=5000)
    settle(QApplication.instance())
    assert _unnamed_controls(window) == []
    for worksheet_id in ("checkpoint-debrief", "if-threatened", "emergency-contacts"):
        _start(qtbot, view, worksheet_id)
        settle(QApplication.instance())
        assert _unnamed_controls(window) == [], worksheet_id
        view.close_sheet()
    window.start_checkpoint()
    settle(QApplication.instance())
    window.views["checkpoint"].show_threat_card()
    settle(QApplication.instance())
    assert _unnamed_controls(window) == []


def test_linked_prompts_open_from_the_sheet(qtbot, window):
    view = _open_screen(qtbot, window)
    _start(qtbot, view, "first-30-seconds")
    qtbot.waitUntil(lambda: len(view.form.prompt_buttons) >= 3, timeout=5000)
    libs = window.ctx.libs
    expected = [p.title for p in libs.prompts(ids=view.form.prompt_ids())]
    assert [b.accessibleName().removeprefix("Prompt: ") for b in view.form.prompt_buttons] \
        == expected
    QTest.mouseClick(view.form.prompt_buttons[0], Qt.MouseButton.LeftButton)
    assert window.current_view() is window.views["prompts"]


def test_opening_another_sheet_leaves_nothing_of_the_first(qtbot, window):
    view = _open_screen(qtbot, window)
    _start(qtbot, view, "first-30-seconds")
    qtbot.waitUntil(lambda: len(view.form.prompt_buttons) >= 3, timeout=5000)
    old = list(view.form.prompt_buttons) + [e for e in view.form.editors.values()]
    _start(qtbot, view, "iceberg")
    qtbot.wait(100)  # the old form's widgets are deleted later
    from shiboken6 import Shiboken

    assert all(not Shiboken.isValid(w) for w in old)
    assert set(view.form.editors) == {"their-position", "their-reasons", "their-values",
                                      "our-position", "our-reasons", "our-values", "options"}
