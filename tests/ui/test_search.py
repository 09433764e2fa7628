"""Global search: results as you type, grouped by kind, arrows and Enter open, Esc closes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldkit.ui.models.roles import Roles


def _type(qtbot, window, text: str) -> None:
    box = window.search_box
    box.setFocus()
    box.clear()
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(lambda: box.is_popup_visible() and box.model.query == text, timeout=5000)


def _rows(model) -> list[tuple[str, str, str]]:
    out = []
    for row in range(model.rowCount()):
        index = model.index(row)
        out.append((index.data(Roles.Kind), index.data(Roles.Title), index.data(Roles.Id)))
    return out


def test_spanish_query_finds_the_spanish_manual(window, qtbot) -> None:
    _type(qtbot, window, "negociacion")
    rows = _rows(window.search_box.model)
    records = [title for kind, title, _ in rows if kind == "record"]
    assert "Manual del CCHN sobre negociación humanitaria" in records
    # The overlay lives inside the main window, so it is in window.grab().
    assert window.isAncestorOf(window.search_box.popup)


def test_checkpoint_shows_the_checklist_in_its_group(window, qtbot) -> None:
    _type(qtbot, window, "checkpoint")
    rows = _rows(window.search_box.model)
    headers = [title for kind, title, _ in rows if kind == "header"]
    assert headers[0] == "Checklists"
    assert {"Cultural prompts", "Library"} <= set(headers)
    first_group = rows[1:rows.index(next(r for r in rows[1:] if r[0] == "header"))]
    assert ("checklist", "Convoy stopped at a checkpoint", "checkpoint") in first_group
    # The first result is ready for Enter; it opens the checklists screen on that checklist.
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.current_view().name == "checklists"
    assert not window.search_box.is_popup_visible()


def test_arrow_and_enter_open_a_record_in_the_library(window, qtbot) -> None:
    box = window.search_box
    _type(qtbot, window, "getting to yes")
    model = box.model
    current = box.popup.list.currentIndex()
    assert current.data(Roles.Kind) == "record"
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    chosen = box.popup.list.currentIndex()
    assert chosen == current and not chosen.data(Roles.IsHeader)
    title = chosen.data(Roles.Title)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    library = window.views["library"]
    assert window.current_view() is library
    qtbot.waitUntil(lambda: library.detail.record is not None
                    and library.detail.record.title == title)
    assert title == "Getting to Yes: Negotiating Agreement Without Giving In"
    assert model.rowCount() > 0


def test_escape_closes_and_empty_query_hides(window, qtbot) -> None:
    box = window.search_box
    _type(qtbot, window, "dress")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.is_popup_visible()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # brings the same results back
    assert box.is_popup_visible()
    box.clear()
    assert not box.is_popup_visible() and box.model.rowCount() == 0


def test_fast_typing_keeps_only_the_last_answer(window, qtbot) -> None:
    box = window.search_box
    box.setFocus()
    for text in ("n", "ne", "neg", "nego", "negot"):
        box.setText(text)
    qtbot.waitUntil(lambda: box.model.query == "negot", timeout=5000)
    qtbot.wait(100)  # any older answer arriving late must not replace it
    assert box.model.query == "negot"


def test_no_results_says_so(window, qtbot) -> None:
    _type(qtbot, window, "zzqqxx")
    assert box_message(window).startswith("Nothing found")


def box_message(window) -> str:
    return window.search_box.popup.empty.text()


def test_ctrl_k_focuses_search(window, qtbot) -> None:
    window.views["library"].query.setFocus()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_box.hasFocus)
