"""Shared fixtures for the GUI tests: a real content DB built from data/, a real user folder,
and the real main window on them (offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from fieldkit.core.build import build_library

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def english_as_the_app_speaks_it(qapp) -> None:
    """The app installs its English catalogue (the plurals: '1 record', '3 records') before the
    first window; a widget a test builds on its own reads the same."""
    from fieldkit.ui.i18n import install_language
    from fieldkit.ui.i18n_check import release

    release()  # what `make setup` does: the .qm catalogues from the .ts files
    install_language(qapp, "en")


@pytest.fixture(autouse=True)
def windows_are_deleted(qapp):
    """After each test, every main window it left is deleted, not only closed: a closed window
    kept alive by its signal connections keeps its application-wide event filters (the wipe
    hold, the lock, the search box), and hundreds of them made later tests crawl."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    from fieldkit.ui.main_window import MainWindow
    from fieldkit.ui.worker import wait_for_all

    left = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]
    if left:
        wait_for_all(5000)
    for win in left:
        win.close()
        win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session")
def library_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled library, built once per test session from data/."""
    out = tmp_path_factory.mktemp("library") / "library.sqlite"
    build_library(REPO / "data", out)
    return out


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "userdata"
    folder.mkdir()
    return folder


@pytest.fixture
def window(qtbot, library_path: Path, data_folder: Path):
    """The real main window on the real library and a fresh user folder."""
    from fieldkit.ui.app import build_window
    from fieldkit.ui.worker import wait_for_all

    win = build_window([library_path], data_folder)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    wait_for_all(5000)
    win.close()
    win.ctx.close()
