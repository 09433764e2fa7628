"""Light, dark and high-contrast palettes, and the text-size setting, applied app-wide."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("light", "dark", "contrast")
TEXT_SIZES = {"small": 0.9, "normal": 1.0, "large": 1.25, "huge": 1.6}

_COLORS: dict[str, dict[QPalette.ColorRole, str]] = {
    "light": {
        QPalette.ColorRole.Window: "#f4f5f7", QPalette.ColorRole.WindowText: "#1b1f24",
        QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#eef0f3",
        QPalette.ColorRole.Text: "#1b1f24", QPalette.ColorRole.Button: "#e6e9ee",
        QPalette.ColorRole.ButtonText: "#1b1f24", QPalette.ColorRole.Highlight: "#1f5fa8",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Link: "#1f5fa8",
        QPalette.ColorRole.PlaceholderText: "#6b7380", QPalette.ColorRole.ToolTipBase: "#ffffdc",
        QPalette.ColorRole.ToolTipText: "#1b1f24",
    },
    "dark": {
        QPalette.ColorRole.Window: "#1e2227", QPalette.ColorRole.WindowText: "#e6e8eb",
        QPalette.ColorRole.Base: "#272c33", QPalette.ColorRole.AlternateBase: "#2d333b",
        QPalette.ColorRole.Text: "#e6e8eb", QPalette.ColorRole.Button: "#323842",
        QPalette.ColorRole.ButtonText: "#e6e8eb", QPalette.ColorRole.Highlight: "#4d8fd6",
        QPalette.ColorRole.HighlightedText: "#0d1117", QPalette.ColorRole.Link: "#7fb3ea",
        QPalette.ColorRole.PlaceholderText: "#9aa3ad", QPalette.ColorRole.ToolTipBase: "#323842",
        QPalette.ColorRole.ToolTipText: "#e6e8eb",
    },
    "contrast": {
        QPalette.ColorRole.Window: "#000000", QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#000000", QPalette.ColorRole.AlternateBase: "#1a1a1a",
        QPalette.ColorRole.Text: "#ffffff", QPalette.ColorRole.Button: "#000000",
        QPalette.ColorRole.ButtonText: "#ffff00", QPalette.ColorRole.Highlight: "#ffff00",
        QPalette.ColorRole.HighlightedText: "#000000", QPalette.ColorRole.Link: "#00ffff",
        QPalette.ColorRole.PlaceholderText: "#c0c0c0", QPalette.ColorRole.ToolTipBase: "#000000",
        QPalette.ColorRole.ToolTipText: "#ffffff",
    },
}

# Accent colours the views use for meaning (critical, done) and for control states, per theme.
# `control` draws the edge of every input, box and button (>= 3:1 against window and base, WCAG
# 2.1 non-text contrast); `focus` is the keyboard-focus ring, `focus_on_primary` the ring around a
# filled primary button (it must stand out from the fill and from the window); `disabled` is the
# text of what cannot be used now, dimmer than enabled text but still readable. A test checks
# every pair against WCAG 2.1 AA.
ACCENTS: dict[str, dict[str, str]] = {
    "light": {"critical": "#b3261e", "done": "#1e7d32", "muted": "#5f6773", "card": "#ffffff",
              "border": "#d0d5dc", "primary": "#1f5fa8", "on_primary": "#ffffff",
              "control": "#6b7380", "focus": "#1f5fa8", "focus_on_primary": "#1b1f24",
              "disabled": "#80868f", "hover": "#d9dee5", "pressed": "#c9d0d9"},
    "dark": {"critical": "#ff8a80", "done": "#81c784", "muted": "#9aa3ad", "card": "#272c33",
             "border": "#3b424c", "primary": "#5c9ce0", "on_primary": "#0d1117",
             "control": "#8b95a1", "focus": "#7fb3ea", "focus_on_primary": "#ffffff",
             "disabled": "#6d7580", "hover": "#3b424c", "pressed": "#454d58"},
    "contrast": {"critical": "#ff5050", "done": "#00ff00", "muted": "#ffffff", "card": "#000000",
                 "border": "#ffffff", "primary": "#ffff00", "on_primary": "#000000",
                 "control": "#ffffff", "focus": "#00ffff", "focus_on_primary": "#00ffff",
                 "disabled": "#a0a0a0", "hover": "#333333", "pressed": "#4d4d4d"},
}

_current: dict[str, object] = {"theme": "light", "text_size": "normal", "base_pt": 0.0}


def current_theme() -> str:
    return str(_current["theme"])


def current_text_size() -> str:
    return str(_current["text_size"])


def accent(name: str) -> str:
    return ACCENTS[current_theme()][name]


def apply_theme(app: QApplication, theme: str = "light", text_size: str = "normal") -> None:
    theme = theme if theme in THEMES else "light"
    app.setStyle("Fusion")
    palette = QPalette()
    for role, color in _COLORS[theme].items():
        palette.setColor(role, QColor(color))
    a = ACCENTS[theme]
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(a["disabled"]))
    app.setPalette(palette)
    if not _current["base_pt"]:
        _current["base_pt"] = max(app.font().pointSizeF(), 10.0)
    font = QFont(app.font())
    font.setPointSizeF(float(str(_current["base_pt"])) * TEXT_SIZES.get(text_size, 1.0))
    app.setFont(font)
    _current["theme"] = theme
    _current["text_size"] = text_size
    app.setStyleSheet(style_sheet(theme))


def style_sheet(theme: str) -> str:
    """Every control state drawn from the theme's colours: Fusion derives its edges from the
    window colour, which is invisible on black (high contrast) and faint on dark."""
    a, c = ACCENTS[theme], _COLORS[theme]
    window, base = c[QPalette.ColorRole.Window], c[QPalette.ColorRole.Base]
    button, button_text = c[QPalette.ColorRole.Button], c[QPalette.ColorRole.ButtonText]
    inputs = ("QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDateTimeEdit, QComboBox, "
              "QListView, QTreeView, QTableView")
    focused = ", ".join(f"{w.strip()}:focus" for w in inputs.split(","))
    return (
        f"QPushButton {{ background: {button}; color: {button_text};"
        f" border: 1px solid {a['control']}; border-radius: 6px; padding: 6px 14px; }}"
        f"QPushButton:hover {{ background: {a['hover']}; }}"
        f"QPushButton:pressed, QPushButton:checked {{ background: {a['pressed']}; }}"
        f"QPushButton:focus {{ border: 3px solid {a['focus']}; padding: 4px 12px; }}"
        f"QPushButton:disabled {{ color: {a['disabled']}; background: {window};"
        f" border: 1px dashed {a['disabled']}; }}"
        f"QPushButton#primary {{ background: {a['primary']}; color: {a['on_primary']};"
        f" border: 1px solid {a['primary']}; border-radius: 6px; padding: 10px 18px;"
        " font-weight: bold; }"
        f"QPushButton#primary:focus {{ border: 3px solid {a['focus_on_primary']};"
        " padding: 8px 16px; }"
        f"QPushButton#primary:disabled {{ background: {window}; color: {a['disabled']};"
        f" border: 1px dashed {a['disabled']}; }}"
        f"QToolButton {{ border: 2px solid transparent; border-radius: 4px; padding: 4px 8px; }}"
        f"QToolButton:hover {{ background: {a['hover']}; }}"
        f"QToolButton:checked {{ border-bottom: 3px solid {a['primary']}; }}"
        f"QToolButton:focus {{ border: 2px solid {a['focus']}; }}"
        f"{inputs} {{ border: 1px solid {a['control']}; border-radius: 4px;"
        f" background: {base}; }}"
        f"{focused} {{ border: 2px solid {a['focus']}; }}"
        "QScrollArea { border: 2px solid transparent; }"
        f"QScrollArea:focus {{ border: 2px solid {a['focus']}; border-radius: 4px; }}"
        f"QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 4px;"
        " padding: 2px; }"
        f"QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {a['focus']}; }}"
        f"QCheckBox::indicator, QRadioButton::indicator {{ width: 0.9em; height: 0.9em;"
        f" border: 2px solid {a['control']}; background: {base}; }}"
        "QCheckBox::indicator { border-radius: 3px; }"
        "QRadioButton::indicator { border-radius: 0.55em; }"
        f"QCheckBox::indicator:checked, QRadioButton::indicator:checked {{"
        f" background: {a['primary']}; border: 2px solid {a['control']}; }}"
        f"QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{"
        f" border: 2px dashed {a['disabled']}; }}"
        f"QFrame#card {{ background: {a['card']}; border: 1px solid {a['border']};"
        " border-radius: 8px; }"
        f"QLabel#muted {{ color: {a['muted']}; }}"
        f"QLabel#critical {{ color: {a['critical']}; font-weight: bold; }}"
    )
