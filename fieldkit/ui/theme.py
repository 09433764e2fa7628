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

# Accent colours the views use for meaning (critical, done), per theme.
ACCENTS: dict[str, dict[str, str]] = {
    "light": {"critical": "#b3261e", "done": "#1e7d32", "muted": "#5f6773", "card": "#ffffff",
              "border": "#d0d5dc", "primary": "#1f5fa8", "on_primary": "#ffffff"},
    "dark": {"critical": "#ff8a80", "done": "#81c784", "muted": "#9aa3ad", "card": "#272c33",
             "border": "#3b424c", "primary": "#4d8fd6", "on_primary": "#0d1117"},
    "contrast": {"critical": "#ff5050", "done": "#00ff00", "muted": "#ffffff", "card": "#000000",
                 "border": "#ffffff", "primary": "#ffff00", "on_primary": "#000000"},
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
    app.setPalette(palette)
    if not _current["base_pt"]:
        _current["base_pt"] = max(app.font().pointSizeF(), 10.0)
    font = QFont(app.font())
    font.setPointSizeF(float(str(_current["base_pt"])) * TEXT_SIZES.get(text_size, 1.0))
    app.setFont(font)
    _current["theme"] = theme
    _current["text_size"] = text_size
    a = ACCENTS[theme]
    app.setStyleSheet(
        f"QPushButton#primary {{ background: {a['primary']}; color: {a['on_primary']};"
        " border-radius: 6px; padding: 10px 18px; font-weight: bold; }"
        f"QFrame#card {{ background: {a['card']}; border: 1px solid {a['border']};"
        " border-radius: 8px; }"
        f"QLabel#muted {{ color: {a['muted']}; }}"
        f"QLabel#critical {{ color: {a['critical']}; font-weight: bold; }}"
        + ("QWidget:focus { outline: 2px solid #ffff00; }" if theme == "contrast" else "")
    )
