"""A run as a self-contained HTML report for the security focal point.

Plain HTML that Qt's rich-text engine can also print to PDF; every value is escaped.
"""

from __future__ import annotations

import html
from pathlib import Path

from fieldkit.core.clock import now_iso, parse_iso
from fieldkit.core.files import check_output_target, remove_stale_temps, write_atomic
from fieldkit.core.run_views import RunEventView, RunView
from fieldkit.core.sheet_report import sheet_body
from fieldkit.core.worksheet_views import SheetView

_ACTIONS = {"start": "Run started", "tick": "Ticked", "untick": "Unticked", "note": "Note",
            "finish": "Run finished", "reopen": "Run reopened", "reset": "All ticks cleared"}


def _time(value: str | None) -> str:
    if not value:
        return "—"
    return parse_iso(value).strftime("%Y-%m-%d %H:%M UTC")


def render_report(run: RunView, events: list[RunEventView] | None = None,
                  sheets: list[SheetView] | None = None) -> str:
    esc = html.escape
    done, total = run.progress()
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{esc(run.label)}</title>",
        "<style>body{font-family:sans-serif;margin:2em;color:#111}"
        "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px 6px;"
        "vertical-align:top;text-align:start;unicode-bidi:plaintext}"  # notes in any script
        "th{background:#eee}.critical{font-weight:bold}"
        ".missed{color:#a00000}.removed{color:#666}</style></head><body>",
        f"<h1>{esc(run.label)}</h1>",
        "<table>",
        f"<tr><th>Checklist</th><td>{esc(run.checklist_title)}</td></tr>",
        f"<tr><th>From library</th><td>{esc(run.library_id or '—')} "
        f"{esc(run.library_version or '')}</td></tr>",
        f"<tr><th>Started</th><td>{_time(run.started_at)}</td></tr>",
        f"<tr><th>Finished</th><td>{_time(run.finished_at) if run.finished_at else 'not finished'}"
        "</td></tr>",
        f"<tr><th>Progress</th><td>{done} of {total} items done</td></tr>",
        f"<tr><th>Report made</th><td>{_time(now_iso())}</td></tr>",
        "</table>",
    ]
    missed = [i for i in run.items if i.is_critical and not i.done]
    if missed:
        parts.append("<h2 class='missed'>Critical items not done</h2><ul>")
        parts.extend(f"<li class='missed'>{esc(i.text)}</li>" for i in missed)
        parts.append("</ul>")
    for _phase_id, title, items in run.phases():
        p_done = sum(i.done for i in items)
        parts.append(f"<h2>{esc(title)} ({p_done}/{len(items)})</h2>")
        parts.append("<table><tr><th>Done</th><th>Item</th><th>Time</th><th>Note</th></tr>")
        for i in items:
            classes = " ".join(c for c in ("critical" if i.is_critical else "",
                                           "removed" if i.removed else "") if c)
            label = esc(i.text) + (" (critical)" if i.is_critical else "")
            label += " (no longer in the checklist)" if i.removed else ""
            parts.append(
                f"<tr class='{classes}'><td>{'✔ yes' if i.done else '✘ no'}</td><td>{label}</td>"
                f"<td>{_time(i.done_at) if i.done else ''}</td><td>{esc(i.note or '')}</td></tr>")
        parts.append("</table>")
    for sheet in sheets or []:  # worksheets attached to the run: debrief, incident report...
        parts.append(f"<h2>Worksheet: {esc(sheet.label)}</h2>")
        parts.extend(sheet_body(sheet, level=2, guidance=False))
    if events:
        parts.append("<h2>Timeline</h2><table><tr><th>Time</th><th>What</th><th>Item</th>"
                     "<th>Detail</th></tr>")
        texts = {i.id: i.text for i in run.items}
        for e in events:
            item = texts.get(e.item_id or "", e.item_id or "")
            parts.append(f"<tr><td>{_time(e.at)}</td><td>{esc(_ACTIONS.get(e.action, e.action))}"
                         f"</td><td>{esc(item)}</td><td>{esc(e.value or '')}</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_report(run: RunView, events: list[RunEventView], path: Path,
                 data_folders: tuple[Path, ...] = (),
                 sheets: list[SheetView] | None = None) -> Path:
    """Write atomically (a half-written report never replaces a whole one); never into a data
    folder nor over anything but a regular file (OutputError)."""
    path = check_output_target(Path(path), *data_folders)
    remove_stale_temps(path)
    return write_atomic(path, render_report(run, events, sheets), what="the report")
