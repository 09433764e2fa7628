"""Puts a stored translation's text onto the English content views, item by item: whatever
the translation lacks stays English. Pure functions over frozen dataclasses; no database.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from fieldkit.core.content import ChecklistView, PhaseView, PromptView
from fieldkit.core.worksheet_views import FieldView, SectionView, WorksheetView


def _by_id(entries: list[dict[str, Any]] | None) -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in entries or [] if isinstance(e, dict) and "id" in e}


def _list(tr: dict[str, Any], key: str, english: list[str]) -> list[str]:
    """A translated list only when it has the English list's length (matched by position)."""
    value = tr.get(key)
    if isinstance(value, list) and len(value) == len(english):
        return [str(v) for v in value]
    return list(english)


def checklist(view: ChecklistView, texts: dict[str, Any], language: str) -> ChecklistView:
    phases = _by_id(texts.get("phases"))
    items = {i["id"]: i for p in phases.values() for i in _by_id(p.get("items")).values()}
    return replace(view, title=texts.get("title") or view.title,
                   summary=texts.get("summary") or view.summary, language=language, phases=[
        PhaseView(p.id, phases.get(p.id, {}).get("title") or p.title, [
            replace(i, text=items.get(i.id, {}).get("text") or i.text,
                    detail=items.get(i.id, {}).get("detail") or i.detail)
            for i in p.items])
        for p in view.phases])


def prompt(view: PromptView, topic_texts: dict[str, Any], language: str) -> PromptView:
    tr = _by_id(topic_texts.get("prompts")).get(view.id)
    if tr is None:
        return view
    return replace(view, topic_title=topic_texts.get("title") or view.topic_title,
                   title=tr.get("title") or view.title, text=tr.get("text") or view.text,
                   do=_list(tr, "do", view.do), avoid=_list(tr, "avoid", view.avoid),
                   ask=_list(tr, "ask", view.ask), language=language)


def worksheet(view: WorksheetView, texts: dict[str, Any], language: str) -> WorksheetView:
    sections = _by_id(texts.get("sections"))
    fields = {f["id"]: f for s in sections.values() for f in _by_id(s.get("fields")).values()}

    def field(f: FieldView) -> FieldView:
        tr = fields.get(f.id, {})
        return replace(f, label=tr.get("label") or f.label, help=tr.get("help") or f.help,
                       options=_list(tr, "options", f.options))

    return replace(view, title=texts.get("title") or view.title,
                   summary=texts.get("summary") or view.summary, language=language, sections=[
        SectionView(s.id, sections.get(s.id, {}).get("title") or s.title,
                    sections.get(s.id, {}).get("text") or s.text,
                    _list(sections.get(s.id, {}), "points", s.points), s.prompts,
                    [field(f) for f in s.fields])
        for s in view.sections])
