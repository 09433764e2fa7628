"""Writes a run's report to a file the person chose: HTML as rendered by the core, or PDF
through Qt's own text engine (QTextDocument printed on a QPdfWriter).

`export_run` runs on a worker (it reads the user DB and writes a file) and shows nothing;
`choose_report_path` is the one question asked, on the GUI thread.
"""

from __future__ import annotations

import contextlib
import errno
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, QStandardPaths, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.errors import FieldKitError
from fieldkit.core.files import (
    atomic_target,
    check_output_target,
    remove_stale_temps,
    write_atomic,
)
from fieldkit.core.report import render_report
from fieldkit.core.run_views import with_library
from fieldkit.core.sheet_report import render_sheet_report
from fieldkit.ui.disguise import app_title
from fieldkit.ui.i18n import current_language, direction_flag

if TYPE_CHECKING:
    from fieldkit.core.library import LibrarySet
    from fieldkit.core.userdata import UserData


@dataclass(frozen=True)
class ReportChoice:
    path: Path
    share_safe: bool


class ExportOptionsDialog(QDialog):
    """Said once, before the file is chosen: a report is a plain file; and, for a run, the
    share-safe copy that leaves out notes, names and worksheets."""

    def __init__(self, parent: QWidget | None, *, offer_share_safe: bool) -> None:
        super().__init__(parent)
        self.setObjectName("export-options")
        self.setWindowTitle(self.tr("Export report"))
        layout = QVBoxLayout(self)
        plain = QLabel(self.tr("A report is saved as an ordinary file (PDF or HTML): it is not "
                               "encrypted, even with a passphrase set, so anyone who gets the "
                               "file can read everything in it."))
        plain.setObjectName("plaintext-warning")
        plain.setWordWrap(True)
        plain.setMinimumWidth(420)
        layout.addWidget(plain)
        self.share_safe = QCheckBox(self.tr("Share-safe: leave out notes, names and worksheets"))
        self.share_safe.setAccessibleName(self.tr("Share-safe report"))
        self.share_safe.setVisible(offer_share_safe)
        layout.addWidget(self.share_safe)
        buttons = QDialogButtonBox()
        go = buttons.addButton(self.tr("Choose file…"), QDialogButtonBox.ButtonRole.AcceptRole)
        go.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.share_safe if offer_share_safe else go).setFocus()


def choose_report(parent: QWidget, label: str, *,
                  safe_label: str | None = None) -> ReportChoice | None:
    """The export's questions: share-safe or not (offered when `safe_label`, the file name
    without any name in it, is given), then where. None if cancelled."""
    options = ExportOptionsDialog(parent, offer_share_safe=safe_label is not None)
    if options.exec() != QDialog.DialogCode.Accepted:
        return None
    share_safe = safe_label is not None and options.share_safe.isChecked()
    path = choose_report_path(parent, safe_label if share_safe and safe_label else label)
    return None if path is None else ReportChoice(path, share_safe)


def choose_report_path(parent: QWidget, label: str) -> Path | None:
    """Ask where to save the report (PDF by default, in Documents); None if cancelled."""
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in label).strip()
    path, chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ReportExport", "Export report"),
        str(Path(folder) / f"{safe or 'report'}.pdf"),
        QCoreApplication.translate("ReportExport", "PDF report (*.pdf);;HTML report (*.html)"))
    if not path:
        return None
    if not Path(path).suffix:
        path += ".html" if "html" in chosen.lower() else ".pdf"
    return Path(path)


def is_pdf(path: Path) -> bool:
    return Path(path).suffix.lower() == ".pdf"


def export_run(user: UserData, libs: LibrarySet | None, run_id: str, path: Path,
               language: str | None = None, *, share_safe: bool = False) -> Path:
    """The run's report at `path` (.pdf: PDF, else HTML), written whole or not at all; its
    words in `language`, else the run's (once runs record one), else the app's; `share_safe`
    leaves out notes, names and worksheets."""
    run = with_library(user.runs.get(run_id), libs)
    language = language or getattr(run, "language", None) or current_language()
    text = render_report(run, user.runs.events(run_id), user.sheets.for_run(run_id),
                         language=language, share_safe=share_safe)
    return _write_report(user, text, Path(path),
                         run.checklist_title if share_safe else run.label)


def export_sheet(user: UserData, sheet_id: str, path: Path) -> Path:
    """A filled-in worksheet's report at `path` (.pdf: PDF, else HTML), whole or not at all."""
    sheet = user.sheets.get(sheet_id)
    run_label = None
    if sheet.run_id is not None:
        with contextlib.suppress(FieldKitError):  # the sheet stands on its own
            run_label = user.runs.get(sheet.run_id).label
    # the sheet's language once worksheets record one (wip/i18ncore), else the app's
    language = getattr(sheet, "language", None) or current_language()
    return _write_report(user, render_sheet_report(sheet, run_label, language), Path(path),
                         sheet.label)


def _write_report(user: UserData, text: str, path: Path, title: str) -> Path:
    """Never into the data folder nor over anything but a regular file; whole or not at all."""
    path = check_output_target(Path(path), user.folder)
    remove_stale_temps(path)
    if not is_pdf(path):
        return write_atomic(path, text, what="the report")
    with atomic_target(path, what="the report") as tmp:
        # QPdfWriter opens by name: it writes the exclusive temp file, which then replaces
        # the target whole
        write_pdf(text, tmp, title=title)
    return path


def write_pdf(html_text: str, path: Path, *, title: str = "") -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator(app_title())  # a disguise's name, never FieldKit then
    writer.setResolution(150)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    footer = round(writer.resolution() * 0.35)  # room for "page N of M" under the text
    doc = QTextDocument()
    # Lay the text out for the page itself (its resolution and printable width), not for the
    # screen: otherwise the report fills about 60% of the page's width.
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(QSizeF(page.width(), page.height() - footer))
    doc.setHtml(html_text)
    height = doc.pageSize().height()
    footer_text = QCoreApplication.translate("ReportExport", "page %1 of %2")
    count = doc.pageCount()
    painter = QPainter(writer)
    try:
        for number in range(count):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * height)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, number * height, page.width(), height)
            painter.setClipRect(context.clip)
            doc.documentLayout().draw(painter, context)
            painter.restore()
            painter.drawText(QRectF(0, page.height() - footer, page.width(), footer),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
                             | direction_flag(footer_text),
                             footer_text.replace("%1", str(number + 1)).replace("%2", str(count)))
    finally:
        painter.end()
    del writer  # the file is complete once the writer is gone
    _check_complete(Path(path))


def _check_complete(path: Path) -> None:
    """QPdfWriter reports no write errors: a PDF cut short (a full disk) must not replace a
    whole one, so its end-of-file marker is checked."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            fh.seek(max(0, size - 1024))
            tail = fh.read()
    except OSError as exc:
        raise OSError(exc.errno, f"the PDF could not be read back ({exc.strerror})") from exc
    if b"%%EOF" in tail:
        return
    folder = os.statvfs(path.parent) if hasattr(os, "statvfs") else None
    if folder is not None and folder.f_bavail == 0:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    raise OSError(0, "the PDF writer produced nothing" if size == 0 else "the PDF is incomplete")
