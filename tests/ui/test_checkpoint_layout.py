"""Checkpoint mode on small screens: its big buttons never overlap (one row when they fit, two
when not), and the prompts keep room to be read. In English and in Arabic, whose lines are
taller."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication

from fieldkit.ui import i18n
from fieldkit.ui.app import build_window, settle
from fieldkit.ui.i18n_check import release
from fieldkit.ui.theme import apply_theme, current_theme
from fieldkit.ui.widgets.type_scale import scaled_font
from fieldkit.ui.worker import wait_for_all


@contextmanager
def _text_size(window, size: str) -> Iterator[None]:
    app = QApplication.instance()
    apply_theme(app, current_theme(), size)
    window.apply_settings()
    try:
        yield
    finally:
        apply_theme(app, current_theme(), "normal")
        window.apply_settings()


@contextmanager
def _window_in(qtbot, library_path: Path, data_folder: Path, language: str) -> Iterator[Any]:
    """A window in `language`, shown; English again afterwards."""
    release()
    win = build_window([library_path], data_folder, language=language)
    qtbot.addWidget(win)
    try:
        win.show()
        qtbot.waitExposed(win)
        yield win
    finally:
        wait_for_all(5000)
        win.close()
        win.ctx.close()
        i18n.install_language(QApplication.instance(), "en")


def _checkpoint_at(qtbot, win, width: int, height: int):
    view = win.views["checkpoint"]
    with qtbot.waitSignal(view.control.loaded, timeout=5000):
        win.start_checkpoint()
    win.showNormal()  # offscreen "full screen" is the virtual screen: size it as a laptop's
    win.resize(width, height)
    settle(QApplication.instance())
    assert win.size() == QSize(width, height), "the window did not take the laptop's size"
    return view


def _placed(view, widget) -> QRect:
    return QRect(widget.mapTo(view, widget.rect().topLeft()), widget.size())


def _assert_buttons_readable(view) -> None:
    buttons = view._nav_buttons()
    boxes = [_placed(view, b) for b in buttons]
    for b, box in zip(buttons, boxes, strict=True):
        assert b.isVisible() and view.rect().contains(box), f"{b.text()!r} is cut off"
        # the whole label shows: the button is at least as wide as its text in bold
        assert box.width() >= QFontMetrics(b.font()).horizontalAdvance(b.text()), b.text()
    for i, a in enumerate(boxes):
        for j in range(i + 1, len(boxes)):
            assert not a.intersects(boxes[j]), \
                f"{buttons[i].text()!r} overlaps {buttons[j].text()!r}"


@pytest.mark.parametrize(("size", "rows"), [((1024, 768), 2), ((1600, 900), 1)])
def test_the_buttons_never_overlap_and_the_prompts_keep_room(qtbot, window, size, rows) -> None:
    view = _checkpoint_at(qtbot, window, *size)
    _assert_buttons_readable(view)
    assert len(view._nav_rows) == rows
    # the column beside the items: the prompts get what the labels above them do not need
    assert view.prompts.height() >= 4 * view.prompts.fontMetrics().height()
    view.leave()


@pytest.mark.parametrize("text_size", ["large", "huge"])
def test_with_large_text_the_buttons_take_more_rows_but_never_overlap(qtbot, window,
                                                                     text_size) -> None:
    with _text_size(window, text_size):
        view = _checkpoint_at(qtbot, window, 1024, 768)
        _assert_buttons_readable(view)
        assert len(view._nav_rows) >= 2
        view.leave()


def test_in_french_with_large_text_the_buttons_never_overlap(qtbot, library_path: Path,
                                                             data_folder: Path) -> None:
    with _window_in(qtbot, library_path, data_folder, "fr") as win, _text_size(win, "large"):
        view = _checkpoint_at(qtbot, win, 1024, 768)
        assert view.threat_button.text() != "If threatened (F1)"  # in French
        _assert_buttons_readable(view)
        view.leave()


def _current_item_shown_whole(view) -> bool:
    rect = view.items.visualRect(view.items.currentIndex())
    return view.items.viewport().rect().contains(rect)


@pytest.mark.parametrize(("size", "text_size", "note_lines", "rows"), [
    ((1280, 800), "normal", 2, 1), ((1366, 768), "large", 2, 1), ((1024, 768), "huge", 1, 2)])
def test_in_arabic_on_a_laptop_screen_buttons_fit_and_the_prompts_keep_lines(
        qtbot, library_path: Path, data_folder: Path, size, text_size, note_lines,
        rows) -> None:
    """In Arabic the buttons fit (one row where English has one), the prompts keep three or more
    lines, the note boxes go to one line only where two would not leave that, and the current
    item shows whole. With Noto Sans Arabic's tall lines, 1366x768 at large type left the items
    one row and the prompts a sliver, with the note boxes over each other."""
    with _window_in(qtbot, library_path, data_folder, "ar") as win, _text_size(win, text_size):
        view = _checkpoint_at(qtbot, win, *size)
        qtbot.waitUntil(lambda: view._note_lines == note_lines, timeout=3000)
        settle(QApplication.instance())
        assert view.isRightToLeft()
        _assert_buttons_readable(view)
        assert len(view._nav_rows) == rows
        line = QFontMetrics(scaled_font(view.prompts.scale)).height()
        assert view.prompts.height() >= 3 * line
        assert ("\n" in view.note_title.text()) == (note_lines == 2)
        note_boxes = [_placed(view, w) for w in (view.note, view.run_note)]
        assert not note_boxes[0].intersects(note_boxes[1])
        assert _current_item_shown_whole(view)
        win.apply_settings()  # a settings change re-applies the type: fitted again after it
        qtbot.waitUntil(lambda: view._note_lines == note_lines
                        and view.note.height() == view._note_height(note_lines), timeout=3000)
        view.leave()


def test_arabic_lines_are_about_as_tall_as_latin_ones(qtbot, library_path: Path,
                                                      data_folder: Path, window) -> None:
    """The bundled Arabic face is the UI variant: Noto Sans Arabic's own lines are 1.8 times
    as tall as the Latin face's at one size, and every Arabic screen lost that much height."""
    latin = window.fontMetrics().height()
    with _window_in(qtbot, library_path, data_folder, "ar") as win:
        arabic = win.fontMetrics().height()
        assert QFontInfo(win.font()).family() == i18n.ARABIC_FONT
    assert arabic <= 1.25 * latin, (arabic, latin)


def test_where_there_is_room_the_note_boxes_keep_two_lines(qtbot, window) -> None:
    view = _checkpoint_at(qtbot, window, 1024, 768)
    settle(QApplication.instance())
    assert view._note_lines == 2 and "\n" in view.note_title.text()
    assert view.note.height() == view._note_height(2)
    assert _current_item_shown_whole(view)
    view.leave()


def _choice_at(qtbot, win, width: int, height: int):
    view = win.views["checkpoint"]
    win.start_checkpoint()
    qtbot.waitUntil(lambda: view.choice is not None and view.choice.isVisible(), timeout=5000)
    win.showNormal()
    win.resize(width, height)
    settle(QApplication.instance())
    return view


def test_in_arabic_the_continue_or_new_question_fits_a_1280_by_800_screen(
        qtbot, library_path: Path, data_folder: Path) -> None:
    from tests.ui.test_checkpoint import _seed_open_run

    _seed_open_run(library_path, data_folder)
    with _window_in(qtbot, library_path, data_folder, "ar") as win:
        view = _choice_at(qtbot, win, 1280, 800)
        box = view.choice
        parts = [box.heading, box.continue_button, box.continue_info, box.name,
                 box.new_button, box.cancel_button]
        placed = [_placed(view, w) for w in parts]
        for w, rect in zip(parts, placed, strict=True):
            assert view.rect().contains(rect), f"{type(w).__name__} is cut off"
            assert w.height() >= max(w.minimumSizeHint().height(), w.minimumHeight()), \
                f"{type(w).__name__} squeezed"
        for i, a in enumerate(placed):
            for j in range(i + 1, len(placed)):
                assert not a.intersects(placed[j]), f"part {i} overlaps part {j}"
        box.reject()


def test_a_long_run_name_is_shortened_to_fit_the_continue_button(qtbot, window, library_path,
                                                                 data_folder) -> None:
    from tests.ui.test_checkpoint import _seed_open_run

    long_name = "Convoy of three trucks stopped at the river crossing checkpoint, km 42 north"
    _seed_open_run(library_path, data_folder, name=long_name)
    with _text_size(window, "huge"):
        view = _choice_at(qtbot, window, 1024, 768)
        button = view.choice.continue_button
        bold = button.font()
        bold.setBold(True)
        assert QFontMetrics(bold).horizontalAdvance(button.text()) <= button.width()
        assert "…" in button.text() and button.toolTip() == long_name
        view.choice.reject()
