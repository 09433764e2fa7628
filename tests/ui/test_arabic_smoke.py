"""The app in Arabic, end to end (offscreen): Home, a run, checkpoint mode and a report, each
screenshotted; right to left, no English left in the chrome, Arabic shaped with the bundled
font in the PDF. Set FIELDKIT_SMOKE_SHOTS=DIR to keep the screenshots (to look at them)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from fieldkit.ui import i18n
from fieldkit.ui.i18n_check import read_ts, release
from tests.ui.run_support import start_run_via_ui

# Words that are the same in the Arabic chrome (names, keys) and so are no leak.
NOT_A_LEAK = {"FieldKit", "FieldKit %1", "%1",
              # also a content title (data/prompts/tracks.toml): English until the content
              # translation (data/i18n/ar) is in the library
              "Choose your track"}


@pytest.fixture
def arabic_window(qtbot, library_path: Path, data_folder: Path):
    from fieldkit.ui.app import build_window
    from fieldkit.ui.worker import wait_for_all

    release()
    win = build_window([library_path], data_folder, language="ar")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    wait_for_all(5000)
    win.close()
    win.ctx.close()
    i18n.install_language(QApplication.instance(), "en")


@pytest.fixture(scope="module")
def english_ui_strings() -> set[str]:
    source = i18n.translations_dir() / "fieldkit_ar.ts"
    return {m.source for m in read_ts(source)} - NOT_A_LEAK


def _shown_texts(root: QWidget) -> list[str]:
    texts = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        texts += [w.toolTip(), w.accessibleName()]
    return [t for t in texts if t]


def _leaks(root: QWidget, english: set[str]) -> list[str]:
    """Shown text that is an English UI string (content in English is not chrome)."""
    return sorted({t for t in _shown_texts(root) if t.replace("&", "") in english or t in english})


def _shot(window, name: str, tmp_path: Path) -> Path:
    QApplication.processEvents()
    out = Path(os.environ.get("FIELDKIT_SMOKE_SHOTS") or tmp_path) / f"arabic-{name}.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    image = window.grab().toImage()
    assert image.save(str(out))
    # a real picture, not a blank: many distinct colours on the screen
    colours = {image.pixel(x, y) for x in range(0, image.width(), 16)
               for y in range(0, image.height(), 16)}
    assert len(colours) > 3
    return out


def test_arabic_home_run_checkpoint_and_report(qtbot, arabic_window, english_ui_strings,
                                               tmp_path: Path) -> None:
    from fieldkit.ui.app import settle
    from fieldkit.ui.report_export import export_run

    win = arabic_window
    app = QApplication.instance()
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert i18n.ARABIC_FONT in app.font().families()

    settle(app)
    win.show_view("home")
    settle(app)
    assert _leaks(win, english_ui_strings) == []
    assert "الرئيسية" in _shown_texts(win)
    _shot(win, "home", tmp_path)

    run_screen = start_run_via_ui(qtbot, win)
    settle(app)
    assert _leaks(win, english_ui_strings) == []
    _shot(win, "run", tmp_path)
    run = run_screen.control.run

    win.start_checkpoint()
    settle(app)
    checkpoint = win.views["checkpoint"]
    qtbot.waitUntil(lambda: win.current_view() is checkpoint, timeout=5000)
    assert _leaks(win, english_ui_strings) == []
    _shot(win, "checkpoint", tmp_path)

    for suffix in (".html", ".pdf"):
        out = tmp_path / f"report{suffix}"
        export_run(win.ctx.user, win.ctx.libs, run.id, out)
        data = out.read_bytes()
        if suffix == ".html":
            text = data.decode("utf-8")
            assert "lang='ar' dir='rtl'" in text
            assert "قائمة التحقق" in text and "التقدم" in text
            assert ">Checklist<" not in text and ">Progress<" not in text
        else:
            assert data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]
            assert b"NotoSansArabicUI" in data  # the Arabic words are set in the bundled font
