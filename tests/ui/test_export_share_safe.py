"""The export dialog says once that a report is a plain file, and offers the share-safe copy:
the file written then holds no note and no name, and its default file name no run name."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from fieldkit.ui.app import settle
from fieldkit.ui.report_export import ExportOptionsDialog

NAME, NOTE, AUTHOR = "Trip of Yusra Benali", "met Major Okonkwo", "Team Falcon"


def test_share_safe_export_from_the_run_screen(qtbot, window, tmp_path, monkeypatch) -> None:
    libs, user = window.ctx.libs, window.ctx.user
    run = user.runs.start(libs.checklist("checkpoint"), NAME, libs.infos[0], author=AUTHOR)
    user.runs.set_note(run.id, run.items[0].id, NOTE)
    window.show_view("run", run_id=run.id)
    settle(QApplication.instance())
    out = tmp_path / "report.html"
    asked: list[str] = []

    def save_as(_parent, _title, suggested, _filters):
        asked.append(suggested)
        return str(out), "HTML report (*.html)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    seen: list[str] = []

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, ExportOptionsDialog) and w.isVisible())
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        assert dialog.share_safe.isVisible() and dialog.share_safe.hasFocus()
        dialog.share_safe.setChecked(True)
        dialog.accept()

    QTimer.singleShot(200, answer)
    window.views["run"].ask_export()
    qtbot.waitUntil(out.exists, timeout=10000)
    assert sum("not encrypted" in text for text in seen) == 1  # said once
    assert NAME not in asked[0] and asked[0].endswith("Convoy stopped at a checkpoint.pdf")
    html = out.read_text("utf-8")
    assert NAME not in html and NOTE not in html and AUTHOR not in html
    assert "Share-safe copy" in html and run.items[0].text in html
