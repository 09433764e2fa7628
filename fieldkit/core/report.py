"""A run's report: its content built once (`build_report`), then rendered as self-contained
HTML (which Qt's rich-text engine also prints to PDF). Every value is escaped.

The CLI's HTML and the GUI's HTML and PDF all come from `build_report`, so they agree on what
is done, missed, not applicable, added or removed.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from pathlib import Path

from fieldkit.core.clock import now_iso, parse_iso
from fieldkit.core.content import language_name
from fieldkit.core.files import check_output_target, remove_stale_temps, write_atomic
from fieldkit.core.report_labels import ACTION_KEYS, direction, report_labels, text_direction
from fieldkit.core.run_views import RunEventView, RunItemView, RunView
from fieldkit.core.sheet_report import sheet_body
from fieldkit.core.worksheet_views import SheetView

# A row's state: what the person did with the item.
DONE, NOT_DONE, NOT_APPLICABLE = "done", "not done", "n/a"


@dataclass(frozen=True)
class ReportRow:
    text: str
    state: str  # DONE, NOT_DONE or NOT_APPLICABLE
    is_critical: bool
    done_at: str | None
    note: str | None
    na_reason: str | None
    is_added: bool  # the person's own item
    is_removed: bool  # no longer in the current checklist

    @property
    def is_missed(self) -> bool:
        """A critical item neither done nor marked not applicable."""
        return self.is_critical and self.state == NOT_DONE


@dataclass(frozen=True)
class ReportPhase:
    title: str
    done: int
    total: int
    rows: list[ReportRow]


@dataclass(frozen=True)
class ReportEvent:
    at: str
    what: str  # the event's code (runs.py): shown through the report's labels
    item: str
    detail: str


@dataclass(frozen=True)
class Report:
    """Everything a report says, before any format."""

    title: str
    checklist_title: str
    library: str
    author: str | None
    started_at: str
    finished_at: str | None
    made_at: str
    done: int
    total: int
    note: str | None
    missed: list[str]
    phases: list[ReportPhase]
    timeline: list[ReportEvent]
    language: str = "en"  # of the checklist text: the run's own copy, fixed when it started
    share_safe: bool = False  # notes, names and worksheets left out


def _row(i: RunItemView) -> ReportRow:
    state = DONE if i.done else NOT_APPLICABLE if i.na else NOT_DONE
    return ReportRow(i.text, state, i.is_critical, i.done_at if i.done else None, i.note,
                     i.na_reason if i.na else None, i.added, i.removed)


ADDED_ITEM = "(an item added during the run)"


def _share_safe(row: ReportRow) -> ReportRow:
    """The row without what the person wrote: notes, reasons, the text of their own items."""
    return replace(row, text=ADDED_ITEM if row.is_added else row.text, note=None,
                   na_reason=None)


def build_report(run: RunView, events: list[RunEventView] | None = None, *,
                 share_safe: bool = False) -> Report:
    """The report's content. `run` should carry its `removed` flags (`runs.with_library`).

    `share_safe`: a report to hand on, leaving out what the person wrote and who they are:
    the run's name (the checklist's title stands instead), the author, every note and reason,
    the text of items they added, and the timeline's details.
    """
    done, total = run.progress()
    phases = []
    for phase_id, title, items in run.phases():
        p_done, p_total = run.progress(phase_id)
        rows = [_row(i) for i in items]
        if share_safe:
            rows = [_share_safe(r) for r in rows]
        phases.append(ReportPhase(title, p_done, p_total, rows))
    texts = {i.id: ADDED_ITEM if share_safe and i.added else i.text for i in run.items}
    timeline = [ReportEvent(e.at, e.action,
                            texts.get(e.item_id or "", e.item_id or ""),
                            "" if share_safe else e.value or "")
                for e in events or []]
    missed = [texts[i.id] for i in run.critical_undone()]
    if share_safe:
        return Report(run.checklist_title, run.checklist_title,
                      f"{run.library_id or '—'} {run.library_version or ''}".strip(),
                      None, run.started_at, run.finished_at, now_iso(), done, total,
                      None, missed, phases, timeline, run.language, share_safe=True)
    return Report(run.label, run.checklist_title,
                  f"{run.library_id or '—'} {run.library_version or ''}".strip(),
                  run.author, run.started_at, run.finished_at, now_iso(), done, total,
                  run.note, missed, phases, timeline, run.language)


def _time(value: str | None) -> str:
    if not value:
        return "—"
    return parse_iso(value).strftime("%Y-%m-%d %H:%M UTC")


_STATE_KEYS = {DONE: "yes", NOT_DONE: "no", NOT_APPLICABLE: "na"}


def render_html(report: Report, sheets: list[SheetView] | None = None,
                language: str = "en") -> str:
    """The report as HTML, its words in `language` (report_labels); lang and dir set."""
    esc = html.escape
    t = {k: esc(v) for k, v in report_labels(language).items()}
    author = esc(report.author) if report.author else (t["left_out"] if report.share_safe else "—")
    parts = [
        f"<!DOCTYPE html><html lang='{esc(language)}' dir='{direction(language)}'><head>"
        "<meta charset='utf-8'>",
        f"<title>{esc(report.title)}</title>",
        "<style>body{font-family:sans-serif,'Noto Sans Arabic UI','Noto Sans Arabic';"
        "margin:2em;color:#111}"
        "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px 6px;"
        "vertical-align:top;text-align:start;unicode-bidi:plaintext}"  # notes in any script
        "th{background:#eee}.critical{font-weight:bold}"
        ".missed{color:#a00000}.removed{color:#666}.na{color:#555}</style></head><body>",
        f"<h1>{esc(report.title)}</h1>",
        "<table width='100%' cellspacing='0'>",
        f"<tr><th>{t['checklist']}</th><td>{esc(report.checklist_title)}</td></tr>",
        f"<tr><th>{t['author']}</th><td>{author}</td></tr>",
        f"<tr><th>{t['library']}</th><td>{esc(report.library)}</td></tr>",
        f"<tr><th>{t['text_language']}</th><td>{esc(language_name(report.language))} "
        f"{t['text_kept']}</td></tr>",
        f"<tr><th>{t['started']}</th><td>{_time(report.started_at)}</td></tr>",
        f"<tr><th>{t['finished']}</th><td>"
        f"{_time(report.finished_at) if report.finished_at else t['not_finished']}</td></tr>",
        f"<tr><th>{t['progress']}</th><td>"
        f"{t['progress_value'].format(done=report.done, total=report.total)}</td></tr>",
        f"<tr><th>{t['made']}</th><td>{_time(report.made_at)}</td></tr>",
        "</table>",
    ]
    if report.share_safe:
        parts.append(f"<p><em>{t['share_safe_note']}</em></p>")
    if report.note:
        parts.append(f"<h2>{t['run_note']}</h2><p style='white-space:pre-wrap' "
                     f"dir='{text_direction(report.note)}'>"
                     f"{esc(report.note)}</p>")
    if report.missed:
        parts.append(f"<h2 class='missed'>{t['missed']}</h2><ul>")
        parts.extend(f"<li class='missed' dir='{text_direction(text)}'>{esc(text)}</li>"
                     for text in report.missed)
        parts.append("</ul>")
    for phase in report.phases:
        parts.append(f"<h2>{esc(phase.title)} ({phase.done}/{phase.total})</h2>")
        # width as an attribute and a <thead>: the PDF writer (Qt's rich text) honours those,
        # not CSS: the table spans the page and its header repeats on every page
        parts.append(f"<table width='100%' cellspacing='0'><thead><tr><th width='10%'>"
                     f"{t['col_done']}</th><th width='36%'>{t['col_item']}</th><th width='18%'>"
                     f"{t['col_time']}</th><th width='36%'>{t['col_note']}</th></tr></thead>")
        for r in phase.rows:
            classes = " ".join(c for c, on in (("critical", r.is_critical),
                                               ("missed", r.is_missed),
                                               ("removed", r.is_removed),
                                               ("na", r.state == NOT_APPLICABLE)) if on)
            label = esc(r.text) + (f" {t['critical']}" if r.is_critical else "")
            label += f" {t['added']}" if r.is_added else ""
            label += f" {t['removed']}" if r.is_removed else ""
            note = esc(r.note or "")
            if r.na_reason:
                note = t["na_reason"].format(reason=esc(r.na_reason)) + (
                    f"<br>{note}" if note else "")
            parts.append(
                f"<tr class='{classes}'><td>{t[_STATE_KEYS[r.state]]}</td>"
                f"<td><div dir='{text_direction(r.text)}'>{label}</div></td>"
                f"<td>{_time(r.done_at) if r.done_at else ''}</td>"
                f"<td><div dir='{text_direction(r.note or r.na_reason or '')}'>{note}</div></td>"
                "</tr>")
        parts.append("</table>")
    # worksheets attached to the run (debrief, incident report...): never in a share-safe copy
    for sheet in [] if report.share_safe else sheets or []:
        parts.append(f"<h2>{t['worksheet'].format(label=esc(sheet.label))}</h2>")
        parts.extend(sheet_body(sheet, level=2, guidance=False, language=language))
    if report.timeline:
        parts.append(f"<h2>{t['timeline']}</h2><table width='100%' cellspacing='0'><thead>"
                     f"<tr><th>{t['col_time']}</th><th>{t['col_what']}</th><th>{t['col_item']}"
                     f"</th><th>{t['col_detail']}</th></tr></thead>")
        for e in report.timeline:
            what = t.get(ACTION_KEYS.get(e.what, ""), esc(e.what))
            parts.append(f"<tr><td>{_time(e.at)}</td><td>{what}</td><td>{esc(e.item)}"
                         f"</td><td>{esc(e.detail)}</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def render_report(run: RunView, events: list[RunEventView] | None = None,
                  sheets: list[SheetView] | None = None, language: str = "en", *,
                  share_safe: bool = False) -> str:
    """The run's report as HTML (the CLI's file, and what the GUI saves or prints to PDF)."""
    return render_html(build_report(run, events, share_safe=share_safe), sheets, language)


def write_report(run: RunView, events: list[RunEventView], path: Path,
                 data_folders: tuple[Path, ...] = (),
                 sheets: list[SheetView] | None = None, *, share_safe: bool = False,
                 language: str | None = None) -> Path:
    """Write atomically (a half-written report never replaces a whole one); never into a data
    folder nor over anything but a regular file (OutputError). Its words in `language`, else
    in the language of the run's own text."""
    path = check_output_target(Path(path), *data_folders)
    remove_stale_temps(path)
    text = render_report(run, events, sheets, language or run.language or "en",
                         share_safe=share_safe)
    return write_atomic(path, text, what="the report")
