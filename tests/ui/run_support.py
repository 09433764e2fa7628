"""Helpers for the run, checkpoint and crash tests: open a run through the real UI and find
an item's row and tick box on screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect

from fieldkit.ui.models.run_items import ItemIdRole


def start_run_via_ui(qtbot, window, checklist_id: str = "checkpoint", name: str | None = None):
    """Checklists screen → Start a run → the run screen shows the new run."""
    window.show_view("checklists", checklist_id=checklist_id)
    view = window.views["checklists"]
    qtbot.waitUntil(lambda: view.checklists.rowCount() > 0, timeout=5000)
    qtbot.waitUntil(lambda: view._selected_id() == checklist_id, timeout=5000)
    if name:
        view.run_name.setText(name)
    view.start_run()
    run_screen = window.views["run"]
    qtbot.waitUntil(lambda: window.current_view() is run_screen
                    and run_screen.control.run is not None, timeout=5000)
    return run_screen


def row_of(list_view, item_id: str) -> int:
    model = list_view.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ItemIdRole) == item_id:
            return row
    raise AssertionError(f"{item_id} is not in the list")


def box_center(list_view, row: int) -> QPoint:
    """Where the tick box of `row` is painted, in viewport coordinates."""
    index = list_view.model().index(row, 0)
    list_view.scrollTo(index)
    rect: QRect = list_view.visualRect(index)
    delegate = list_view.itemDelegate()
    box = delegate._check_rect(rect, list_view.font())
    from PySide6.QtWidgets import QStyle

    return QStyle.visualRect(list_view.layoutDirection(), rect, box).center()
