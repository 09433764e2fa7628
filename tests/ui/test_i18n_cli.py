"""`fieldkit gui --lang`: the app opens in the language asked for (a real subprocess)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from fieldkit.ui.i18n_check import release


def _fieldkit(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fieldkit", *args], capture_output=True,
                          text=True, timeout=120)


def test_gui_lang_renders_the_app_in_that_language(library_path: Path, data_folder: Path,
                                                   tmp_path: Path) -> None:
    release()
    shots = {}
    for lang in ("en", "ar"):
        png = tmp_path / f"home-{lang}.png"
        result = _fieldkit("--library", str(library_path), "--data-dir", str(data_folder),
                           "gui", "--lang", lang, "--screenshot", str(png), "--size",
                           "1024x700")
        assert result.returncode == 0, result.stderr
        shots[lang] = QImage(str(png))
    assert shots["en"].size() == shots["ar"].size()
    assert shots["en"] != shots["ar"]
    # Right to left: the search box (a white field) moves from the right half to the left.
    def white_in(image: QImage, x0: int, x1: int) -> int:
        return sum(1 for x in range(x0, x1, 4) if image.pixelColor(x, 25).lightness() > 250)
    en, ar = shots["en"], shots["ar"]
    assert white_in(en, 512, 1024) > white_in(en, 0, 512)
    assert white_in(ar, 0, 512) > white_in(ar, 512, 1024)


def test_gui_lang_refuses_a_language_it_does_not_ship(library_path: Path, data_folder: Path,
                                                      tmp_path: Path) -> None:
    result = _fieldkit("--library", str(library_path), "--data-dir", str(data_folder), "gui",
                       "--lang", "de", "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert "invalid choice: 'de'" in result.stderr and "Traceback" not in result.stderr
