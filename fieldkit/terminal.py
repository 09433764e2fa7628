"""What the command line prints, made safe for a terminal: control characters in notes and
content (ESC, CSI, a bare carriage return) are shown as visible symbols, never obeyed.

Used by `fieldkit.cli` for everything it writes to stdout and stderr; never imports Qt.
"""

from __future__ import annotations

from typing import TextIO

# C0 controls become their Control Pictures (ESC -> ␛), DEL becomes ␡, C1 controls (0x80-0x9f,
# e.g. the one-byte CSI 0x9b) become the text \x9b. Newline and tab keep their meaning: every
# output format here needs them.
_VISIBLE = {code: chr(0x2400 + code) for code in range(0x20) if chr(code) not in "\n\t"}
_VISIBLE[0x7F] = "\u2421"
_VISIBLE.update({code: f"\\x{code:02x}" for code in range(0x80, 0xA0)})


def visible(text: str) -> str:
    """`text` with every control character but newline and tab shown, not obeyed."""
    return text.translate(_VISIBLE)


_JSON_ESCAPES = {code: f"\\u{code:04x}" for code in range(0x7F, 0xA0)}


def json_safe(text: str) -> str:
    """JSON text (from json.dumps, ensure_ascii=False) with DEL and C1 controls escaped as
    \\u00XX: json.dumps escapes C0 controls itself but passes these (a terminal's one-byte CSI)
    through. They can only stand inside JSON strings, where the escape means the same text."""
    return text.translate(_JSON_ESCAPES)


class VisibleStream:
    """A text stream that writes `visible(text)` to the one it wraps."""

    def __init__(self, stream: TextIO) -> None:
        self.wrapped = stream

    def write(self, text: str) -> int:
        self.wrapped.write(visible(text))
        return len(text)

    def __getattr__(self, name: str) -> object:  # flush, fileno, encoding, isatty...
        return getattr(self.wrapped, name)
