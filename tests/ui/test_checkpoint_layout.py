"""Checkpoint mode on small screens: its big buttons never overlap (one row when they fit, two
when not), and the prompts keep room to be read. In English and in Arabic, whose lines are
taller."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QBoxLayout

from fieldkit.ui import i18n
from fieldkit.ui.app import build_window, settle
from fieldkit.ui.i18n_check import release
from fieldkit.ui.worker import wait_for_all


def _checkpoint_at(qtbot, win, width: int, height: int):
    view = win.views["checkpoint"]
    with qtbot.waitSignal(view.control.loaded, timeout=5000):
        win.start_checkpoint()
    win.showNormal()  # offscreen "full screen" is the virtual screen: size it as a laptop's
    win.resize(width, height)
    settle(QApplication.instance())
    return view


def _placed(view, widget) -> QRect:
    return QRect(widget.mapTo(view, widget.rect().topLeft()), widget.size())


def _assert_buttons_readable(view) -> None:
    buttons = view._nav_buttons()
    boxes = [_placed(view, b) for b in buttons]
    for b, box in zip(buttons, boxes, strict=True):
        assert b.width() >= b.minimumWidth(), f"{b.text()!r} squeezed"
        assert view.rect().contains(box), f"{b.text()!r} is cut off"
    for i, a in enumerate(boxes):
        for j in range(i + 1, len(boxes)):
            assert not a.intersects(boxes[j]), \
                f"{buttons[i].text()!r} overlaps {buttons[j].text()!r}"


@pytest.mark.parametrize(("size", "rows"), [((1024, 768), 2), ((1600, 900), 1)])
def test_the_buttons_never_overlap_and_the_prompts_keep_room(qtbot, window, size, rows) -> None:
    view = _checkpoint_at(qtbot, window, *size)
    _assert_buttons_readable(view)
    expected = QBoxLayout.Direction.TopToBottom if rows == 2 \
        else QBoxLayout.Direction.LeftToRight
    assert view._nav.direction() == expected
    # the column beside the items: the prompts get what the labels above them do not need
    assert view.prompts.height() >= 4 * view.prompts.fontMetrics().height()
    view.leave()


def test_in_arabic_the_buttons_fit_a_1280_by_800_screen(qtbot, library_path: Path,
                                                         data_folder: Path) -> None:
    release()
    win = build_window([library_path], data_folder, language="ar")
    qtbot.addWidget(win)
    try:
        win.show()
        qtbot.waitExposed(win)
        view = _checkpoint_at(qtbot, win, 1280, 800)
        assert view.isRightToLeft()
        _assert_buttons_readable(view)
        assert view._nav.direction() == QBoxLayout.Direction.LeftToRight
        assert view.prompts.height() > view.prompts.fontMetrics().height()
        view.leave()
    finally:
        wait_for_all(5000)
        win.close()
        win.ctx.close()
        i18n.install_language(QApplication.instance(), "en")


def test_in_arabic_the_continue_or_new_question_fits_a_1280_by_800_screen(
        qtbot, library_path: Path, data_folder: Path) -> None:
    from tests.ui.test_checkpoint import _seed_open_run

    _seed_open_run(library_path, data_folder)
    release()
    win = build_window([library_path], data_folder, language="ar")
    qtbot.addWidget(win)
    try:
        win.show()
        qtbot.waitExposed(win)
        view = win.views["checkpoint"]
        win.start_checkpoint()
        qtbot.waitUntil(lambda: view.choice is not None and view.choice.isVisible(),
                        timeout=5000)
        win.showNormal()
        win.resize(1280, 800)
        settle(QApplication.instance())
        box = view.choice
        parts = [box.heading, box.continue_button, box.continue_info, box.name,
                 box.new_button, box.cancel_button]
        placed = [_placed(view, w) for w in parts]
        for w, rect in zip(parts, placed, strict=True):
            assert view.rect().contains(rect), f"{type(w).__name__} is cut off"
            assert w.height() >= w.minimumSizeHint().height() or w.height() >= w.minimumHeight()
        for i, a in enumerate(placed):
            for j in range(i + 1, len(placed)):
                assert not a.intersects(placed[j]), f"part {i} overlaps part {j}"
        box.reject()
    finally:
        wait_for_all(5000)
        win.close()
        win.ctx.close()
        i18n.install_language(QApplication.instance(), "en")
