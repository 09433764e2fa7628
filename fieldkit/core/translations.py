"""Translated content: the `data/i18n/<lang>/` mirrors of English source files, checked against
their English file and turned into the text trees the content DB stores (one row per unit).

A mirror may change only human-readable text: every id, kind, setting, number and list length
stays as in English. Never reads or writes a database.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldkit.core.errors import InputFileError, SourceError
from fieldkit.core.files import SOURCE_FILE_LIMIT, read_regular_file
from fieldkit.core.sources import (
    ChecklistSource,
    TopicSource,
    WorksheetSource,
    load_checklist,
    load_topic,
    load_worksheet,
)

LANGUAGES = ("es", "fr", "ar")  # besides English, which is the source
# Keys whose values a translator rewrites; everything else must stay as in English.
TEXT_KEYS = frozenset({"title", "summary", "text", "detail", "topic_title", "do", "avoid", "ask",
                       "label", "help", "placeholder", "hint", "points", "options"})
# (folder under data/ and under data/i18n/<lang>/, unit kind, loader)
FOLDERS: tuple[tuple[str, str, Callable[[Path], Any]], ...] = (
    ("checklists", "checklist", load_checklist),
    ("prompts", "topic", load_topic),
    ("worksheets", "worksheet", load_worksheet),
)


@dataclass(frozen=True)
class Translation:
    """One mirrored unit (a checklist, a prompt topic, a worksheet) in one language."""

    kind: str  # checklist | topic | worksheet
    id: str
    language: str
    texts: dict[str, Any]
    path: Path


def mirror_files(src: Path) -> Iterator[tuple[str, str, Path, Path]]:
    """(language, folder, mirror file, English file) for every mirror under `src/i18n/`."""
    root = src / "i18n"
    if not root.is_dir():
        return
    for lang_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        if lang_dir.name not in LANGUAGES:
            raise SourceError(lang_dir, f"{lang_dir.name!r} is not a language FieldKit ships "
                                        f"({', '.join(LANGUAGES)})")
        for folder, _kind, _load in FOLDERS:
            for mirror in sorted((lang_dir / folder).glob("*.toml")):
                yield lang_dir.name, folder, mirror, src / folder / mirror.name


def _raw(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(read_regular_file(path, SOURCE_FILE_LIMIT).decode("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(path, f"not valid TOML ({exc})") from exc
    except UnicodeDecodeError as exc:
        raise SourceError(path, "the text is not UTF-8") from exc
    except InputFileError as exc:
        raise SourceError(path, exc.reason) from exc


def _where(at: str, key: str | int) -> str:
    return f"{at}[{key}]" if isinstance(key, int) else (f"{at}.{key}" if at else key)


def _compare(english: Any, mirror: Any, at: str, path: Path, english_path: Path,
             text: bool = False) -> None:
    """Same shape as English; text values non-empty text; all other values identical."""
    if isinstance(english, dict):
        if not isinstance(mirror, dict):
            raise SourceError(path, f"'{at}' must be a table as in {english_path.name}")
        missing = [k for k in english if k not in mirror and k != "language"]
        if missing:
            raise SourceError(path, f"'{_where(at, missing[0])}' is missing (it is in the "
                                    f"English {english_path.name})")
        extra = [k for k in mirror if k not in english and k != "language"]
        if extra:
            raise SourceError(path, f"'{_where(at, extra[0])}' is not in the English "
                                    f"{english_path.name}")
        for key, value in english.items():
            if key != "language":
                _compare(value, mirror[key], _where(at, key), path, english_path,
                         key in TEXT_KEYS)
    elif isinstance(english, list):
        if not isinstance(mirror, list) or len(mirror) != len(english):
            raise SourceError(path, f"'{at}' must have {len(english)} entries as in the English "
                                    f"{english_path.name}")
        for i, (e, m) in enumerate(zip(english, mirror, strict=True)):
            _compare(e, m, _where(at, i), path, english_path, text)
    elif text and isinstance(english, str):
        if not isinstance(mirror, str) or not mirror.strip():
            raise SourceError(path, f"'{at}' must be a translated, non-empty text")
    elif mirror != english or type(mirror) is not type(english):
        raise SourceError(path, f"'{at}' is {mirror!r} but must stay {english!r} as in the "
                                f"English {english_path.name} (only text is translated)")


def check_mirror(lang: str, mirror: Path, english: Path) -> None:
    """Raises SourceError naming `mirror` unless it mirrors `english` (see module docstring)."""
    if not os.path.lexists(english):
        raise SourceError(mirror, f"there is no English file {english.parent.name}/"
                                  f"{english.name} for this translation")
    raw_en, raw = _raw(english), _raw(mirror)
    if raw.get("language") != lang:
        raise SourceError(mirror, f"'language' must be \"{lang}\" in a file under i18n/{lang}/")
    _compare(raw_en, raw, "", mirror, english)


def checklist_texts(c: ChecklistSource) -> dict[str, Any]:
    return {"title": c.title, "summary": c.summary, "phases": [
        {"id": p.id, "title": p.title, "items": [
            {"id": i.id, "text": i.text, "detail": i.detail} for i in p.items]}
        for p in c.phases]}


def topic_texts(t: TopicSource) -> dict[str, Any]:
    return {"title": t.title, "prompts": [
        {"id": p.id, "title": p.title, "text": p.text, "do": p.do, "avoid": p.avoid,
         "ask": p.ask} for p in t.prompts]}


def worksheet_texts(w: WorksheetSource) -> dict[str, Any]:
    return {"title": w.title, "summary": w.summary, "sections": [
        {"id": s.id, "title": s.title, "text": s.text, "points": s.points, "fields": [
            {"id": f.id, "label": f.label, "help": f.help, "options": f.options}
            for f in s.fields]}
        for s in w.sections]}


_TEXTS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "checklist": checklist_texts, "topic": topic_texts, "worksheet": worksheet_texts}


def load_translations(src: Path) -> list[Translation]:
    """Every mirror under `src/i18n/`, checked against its English file."""
    out: list[Translation] = []
    for lang, folder, mirror, english in mirror_files(src):
        check_mirror(lang, mirror, english)
        kind, load = next((k, ld) for f, k, ld in FOLDERS if f == folder)
        unit = load(mirror)
        out.append(Translation(kind, unit.id, lang, _TEXTS[kind](unit), mirror))
    return out


# --- search text: the translated words a unit's search document also holds --------------------

def checklist_search_text(texts: dict[str, Any]) -> tuple[str, str]:
    """(title, body) of a translated checklist, shaped like the English document's."""
    lines = [texts.get("summary") or ""]
    for phase in texts.get("phases", []):
        lines.append(phase["title"])
        lines.extend(f"{i['text']} {i.get('detail') or ''}".strip() for i in phase["items"])
    return texts["title"], "\n".join(line for line in lines if line)


def prompt_search_texts(texts: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """prompt id -> (title, body) of a translated topic's prompts."""
    return {p["id"]: (p["title"], "\n".join([p["text"], *p["do"], *p["avoid"], *p["ask"],
                                             texts["title"]]))
            for p in texts.get("prompts", [])}
