"""A filled-in worksheet as HTML: alone (its own report, HTML or PDF) or inside its run's report.

Plain HTML that Qt's rich-text engine can also print to PDF. Every value is escaped and shown
as plain text, line breaks kept; nothing a person typed is ever read as markup.
"""

from __future__ import annotations

import html
from pathlib import Path

from fieldkit.core.clock import now_iso, parse_iso
from fieldkit.core.errors import ReportError
from fieldkit.core.report_labels import direction, report_labels
from fieldkit.core.worksheet_views import FieldView, SheetView

STYLE = ("body{font-family:sans-serif;margin:2em;color:#111}"
         "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px 6px;"
         "vertical-align:top;text-align:start;unicode-bidi:plaintext}th{background:#eee}"
         ".empty{color:#666}.guide{color:#333}")
# One page: small type, no guidance, tight cells (emergency contacts, taped inside a door).
ONE_PAGE_STYLE = ("body{font-family:sans-serif;margin:0;color:#000;font-size:10pt}"
                  "h1{font-size:14pt;margin:0 0 4px 0}h2{font-size:11pt;margin:6px 0 2px 0}"
                  "table{border-collapse:collapse;width:100%}td,th{border:1px solid #666;"
                  "padding:2px 4px;vertical-align:top;text-align:start;unicode-bidi:plaintext}"
                  "th{background:#eee;width:40%}.empty{color:#666}")


def _time(value: str | None) -> str:
    return parse_iso(value).strftime("%Y-%m-%d %H:%M UTC") if value else "—"


def plain(text: str) -> str:
    """User text as HTML that shows exactly the characters typed, line breaks included."""
    return "<br>".join(html.escape(line) for line in text.split("\n"))


def _shown_value(f: FieldView, value: str, t: dict[str, str]) -> str:
    if not value:
        return "<span class='empty'>—</span>"
    if f.kind == "yes-no":
        return html.escape(t["answer_yes"] if value == "yes" else t["answer_no"])
    return plain(value)


def sheet_body(sheet: SheetView, *, level: int = 2, guidance: bool = True,
               language: str = "en") -> list[str]:
    """The sheet's sections and values, headings starting at <h`level`>."""
    esc, sub = html.escape, f"h{level + 1}"
    t = report_labels(language)
    parts: list[str] = []
    for section in sheet.worksheet.sections:
        if not section.fields and not guidance:
            continue
        parts.append(f"<{sub}>{esc(section.title)}</{sub}>")
        if guidance and section.text:
            parts.append(f"<p class='guide'>{plain(section.text)}</p>")
        if guidance and section.points:
            parts.append("<ul class='guide'>")
            parts.extend(f"<li>{esc(p)}</li>" for p in section.points)
            parts.append("</ul>")
        if section.fields:
            parts.append("<table width='100%' cellspacing='0'>")
            parts.extend(f"<tr><th>{esc(f.label)}</th><td>{_shown_value(f, sheet.value(f.id), t)}"
                         "</td></tr>" for f in section.fields)
            parts.append("</table>")
    return parts


def render_sheet_report(sheet: SheetView, run_label: str | None = None,
                        language: str = "en") -> str:
    """The filled-in sheet as HTML, its headings in `language`; lang and dir set."""
    esc = html.escape
    t = {k: esc(v) for k, v in report_labels(language).items()}
    one_page = sheet.worksheet.one_page
    done, total = sheet.progress()
    parts = [f"<!DOCTYPE html><html lang='{esc(language)}' dir='{direction(language)}'><head>"
             "<meta charset='utf-8'>",
             f"<title>{esc(sheet.label)}</title>",
             f"<style>{ONE_PAGE_STYLE if one_page else STYLE}</style></head><body>",
             f"<h1>{esc(sheet.label)}</h1>"]
    if one_page:
        parts.append(f"<p>{esc(sheet.worksheet.title)} · {_time(sheet.updated_at)}</p>")
    else:
        parts += [
            "<table width='100%' cellspacing='0'>",
            f"<tr><th>{t['sheet']}</th><td>{esc(sheet.worksheet.title)}</td></tr>",
            f"<tr><th>{t['library']}</th><td>{esc(sheet.library_id or '—')} "
            f"{esc(sheet.library_version or '')}</td></tr>",
            f"<tr><th>{t['part_of_run']}</th><td>{esc(run_label or sheet.run_id or '—')}"
            "</td></tr>",
            f"<tr><th>{t['started']}</th><td>{_time(sheet.started_at)}</td></tr>",
            f"<tr><th>{t['last_change']}</th><td>{_time(sheet.updated_at)}</td></tr>",
            f"<tr><th>{t['filled_in']}</th><td>"
            f"{t['filled_value'].format(done=done, total=total)}</td></tr>",
            f"<tr><th>{t['made']}</th><td>{_time(now_iso())}</td></tr>",
            "</table>"]
    parts += sheet_body(sheet, level=1, guidance=not one_page, language=language)
    parts.append("</body></html>")
    return "\n".join(parts)


def write_sheet_report(sheet: SheetView, path: Path, run_label: str | None = None,
                       language: str | None = None) -> Path:
    """Write atomically (a half-written report never replaces a whole one); its headings in
    `language`, else in the language the worksheet was filled in."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(render_sheet_report(sheet, run_label,
                                          language or sheet.worksheet.language or "en"),
                       encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ReportError(f"{path}: the report could not be written ({exc.strerror})") from exc
    return path
