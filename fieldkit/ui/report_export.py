"""Writes a run's report to a file the person chose: HTML as rendered by the core, or PDF
through Qt's own text engine (QTextDocument printed on a QPdfWriter).

`export_run` runs on a worker (it reads the user DB and writes a file) and shows nothing;
`choose_report_path` is the one question asked, on the GUI thread.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QStandardPaths
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QWidget

from fieldkit.core.errors import FieldKitError
from fieldkit.core.report import render_report
from fieldkit.core.run_views import with_library

if TYPE_CHECKING:
    from fieldkit.core.library import LibrarySet
    from fieldkit.core.userdata import UserData


class ExportError(FieldKitError):
    """The report file could not be written."""


def choose_report_path(parent: QWidget, label: str) -> Path | None:
    """Ask where to save the report (PDF by default, in Documents); None if cancelled."""
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in label).strip()
    tr = QCoreApplication.translate
    path, chosen = QFileDialog.getSaveFileName(
        parent, tr("RunScreen", "Export report"), str(Path(folder) / f"{safe or 'report'}.pdf"),
        tr("RunScreen", "PDF report (*.pdf);;HTML report (*.html)"))
    if not path:
        return None
    if not Path(path).suffix:
        path += ".html" if "html" in chosen.lower() else ".pdf"
    return Path(path)


def is_pdf(path: Path) -> bool:
    return Path(path).suffix.lower() == ".pdf"


def export_run(user: UserData, libs: LibrarySet | None, run_id: str, path: Path) -> Path:
    """The run's report at `path` (.pdf: PDF, else HTML), written whole or not at all."""
    run = with_library(user.runs.get(run_id), libs)
    text = render_report(run, user.runs.events(run_id))
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        if is_pdf(path):
            write_pdf(text, tmp, title=run.label)
        else:
            tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"the report could not be written to {path}: "
                          f"{exc.strerror or exc}") from exc
    return path


def write_pdf(html_text: str, path: Path, *, title: str = "") -> None:
    doc = QTextDocument()
    doc.setHtml(html_text)
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("FieldKit")
    writer.setResolution(150)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    doc.print_(writer)
    del writer  # the file is complete once the writer is gone
    if not Path(path).exists() or Path(path).stat().st_size == 0:
        raise OSError(0, "the PDF writer produced nothing")
