"""Readable in every theme (issue 10): text and control edges meet WCAG 2.1 AA against what they
sit on, and keyboard focus is visible on every control a keyboard reaches, on every screen, in
every theme (the pixels around a control change when it takes focus, in a colour that stands
out from the window)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

from fieldkit.ui.app import settle
from fieldkit.ui.theme import _COLORS, ACCENTS, THEMES, apply_theme

R = QPalette.ColorRole


def luminance(colour: str) -> float:
    c = QColor(colour)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF()))


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _pairs(theme: str) -> list[tuple[str, str, str, float]]:
    """(what, foreground, background, minimum ratio): 4.5 for text, 3 for control edges."""
    c, a = _COLORS[theme], ACCENTS[theme]
    window, base, card = c[R.Window], c[R.Base], a["card"]
    text = [
        ("window text", c[R.WindowText], window), ("text", c[R.Text], base),
        ("button text", c[R.ButtonText], c[R.Button]),
        ("selected text", c[R.HighlightedText], c[R.Highlight]),
        ("placeholder", c[R.PlaceholderText], base), ("link", c[R.Link], base),
        ("tooltip", c[R.ToolTipText], c[R.ToolTipBase]),
        ("primary button text", a["on_primary"], a["primary"]),
        ("button text on hover", c[R.ButtonText], a["hover"]),
        ("button text pressed", c[R.ButtonText], a["pressed"]),
    ]
    for name in ("muted", "critical", "done", "primary"):
        text += [(f"{name} on window", a[name], window), (f"{name} on card", a[name], card)]
    edges = []
    for name in ("control", "focus"):
        edges += [(f"{name} edge on window", a[name], window),
                  (f"{name} edge on base", a[name], base),
                  (f"{name} edge on card", a[name], card)]
    edges += [("focus ring round a primary button", a["focus_on_primary"], window),
              ("checked box fill", a["primary"], base),
              ("disabled text", a["disabled"], window)]
    return [(w, f, b, 4.5) for w, f, b in text] + [(w, f, b, 3.0) for w, f, b in edges]


@pytest.mark.parametrize("theme", THEMES)
def test_every_colour_pair_meets_wcag_aa(theme: str) -> None:
    failing = [f"{what}: {fg} on {bg} is {contrast(fg, bg):.2f}:1 (needs {need}:1)"
               for what, fg, bg, need in _pairs(theme) if contrast(fg, bg) < need]
    assert failing == []


@pytest.mark.parametrize("theme", THEMES)
def test_states_are_told_apart(theme: str) -> None:
    c, a = _COLORS[theme], ACCENTS[theme]
    assert a["disabled"].lower() != c[R.ButtonText].lower()  # disabled never looks enabled
    assert contrast(a["focus"], a["control"]) > 1.0 or a["focus"] != a["control"]
    assert a["primary"].lower() != c[R.Base].lower()  # checked differs from unchecked


def test_the_contrast_formula_matches_wcag() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


# --- focus is visible ---------------------------------------------------------------------
SCREENS = ["home", "library", "checklists", "prompts", "settings", "run"]


def _focusable(root: QWidget) -> list[QWidget]:
    out = []
    for widget in root.findChildren(QWidget):
        if (not widget.isVisible() or not widget.isEnabled()
                or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                or isinstance(widget, QScrollBar) or widget.visibleRegion().isEmpty()):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            continue
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            continue
        out.append(widget)
    return out


def _around(window: QWidget, widget: QWidget) -> QImage:
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left, widget.size()).adjusted(-4, -4, 4, 4)
    return window.grab(rect).toImage()


def _changed_pixels(before: QImage, after: QImage, window_colour: str) -> int:
    """Pixels that changed on focus, in a colour at least 3:1 against the window."""
    if before.size() != after.size():
        return 1 << 20
    changed = 0
    step = 1 if before.width() * before.height() < 200_000 else 2
    for y in range(0, before.height(), step):
        for x in range(0, before.width(), step):
            b, f = before.pixel(x, y), after.pixel(x, y)
            if b != f and contrast(QColor(f).name(), window_colour) >= 3.0:
                changed += 1
    return changed


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("screen", SCREENS)
def test_keyboard_focus_is_visible_on_every_control(qtbot, window, screen: str,
                                                    theme: str) -> None:
    app = QApplication.instance()
    try:
        apply_theme(app, theme)
        window.apply_settings()
        if screen == "run":
            libs, user = window.ctx.libs, window.ctx.user
            run = user.runs.start(libs.checklist("checkpoint"), "Focus", libs.infos[0])
            window.show_view("run", run_id=run.id)
        else:
            window.show_view(screen)
        window.activateWindow()
        settle(app)
        parked = QWidget(window)  # somewhere to put focus that draws nothing
        parked.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        parked.setGeometry(0, 0, 1, 1)
        parked.show()
        invisible = []
        controls = [w for w in _focusable(window) if w is not parked]
        assert len(controls) >= 3
        for widget in controls:
            parked.setFocus(Qt.FocusReason.OtherFocusReason)
            settle(app)
            before = _around(window, widget)
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            settle(app)
            if not widget.hasFocus():
                continue  # it hands focus to a child, which is walked on its own
            after = _around(window, widget)
            if _changed_pixels(before, after, _COLORS[theme][R.Window]) < 8:
                invisible.append(f"{type(widget).__name__} {widget.accessibleName()!r}")
        assert invisible == [], f"{theme}/{screen}: focus not visible on {invisible}"
    finally:
        apply_theme(app, "light")
