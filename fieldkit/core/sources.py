"""Loads checklist, prompt and worksheet sources (TOML, see data/README.md) into dataclasses.

Validates shape and ids so that `build` never writes half-understood content.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.core.errors import InputFileError, SourceError
from fieldkit.core.files import SOURCE_FILE_LIMIT, read_regular_file

SETTINGS = ("checkpoint", "community-meeting", "clinic", "distribution-site")
ITEM_KINDS = ("check", "critical")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass
class ItemSource:
    id: str
    text: str
    detail: str | None = None
    kind: str = "check"
    prompts: list[str] = field(default_factory=list)


@dataclass
class PhaseSource:
    id: str
    title: str
    items: list[ItemSource]


@dataclass
class ChecklistSource:
    id: str
    title: str
    summary: str | None
    setting: str | None
    language: str | None
    phases: list[PhaseSource]


@dataclass
class PromptSource:
    id: str
    title: str
    text: str
    do: list[str]
    avoid: list[str]
    ask: list[str]
    contexts: list[str]


@dataclass
class TopicSource:
    id: str
    title: str
    language: str | None
    prompts: list[PromptSource]


def _load(path: Path) -> dict[str, Any]:
    """A TOML source file: a regular file of at most SOURCE_FILE_LIMIT bytes, in UTF-8."""
    try:
        return tomllib.loads(read_regular_file(path, SOURCE_FILE_LIMIT).decode("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(path, f"not valid TOML ({exc})") from exc
    except UnicodeDecodeError as exc:
        raise SourceError(path, "the text is not UTF-8") from exc
    except InputFileError as exc:
        raise SourceError(path, exc.reason) from exc


def _text(path: Path, table: dict[str, Any], key: str, where: str, *, required: bool = True) -> Any:
    value = table.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise SourceError(path, f"{where}: '{key}' must be a non-empty text")
    return value.strip()


def _id(path: Path, table: dict[str, Any], where: str) -> str:
    value = _text(path, table, "id", where)
    if not _ID.match(value):
        raise SourceError(path, f"{where}: id {value!r} must be lowercase letters, digits, dashes")
    return value


def _texts(path: Path, table: dict[str, Any], key: str, where: str) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SourceError(path, f"{where}: '{key}' must be a list of texts")
    return [v.strip() for v in value if v.strip()]


def _tables(path: Path, table: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    """`[[key]]` tables; anything else (a text, numbers) is a SourceError, not a crash later."""
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise SourceError(path, f"{where}: '{key}' must be a list of [[{key}]] tables")
    return value


def load_checklist(path: Path) -> ChecklistSource:
    doc = _load(path)
    checklist_id = _id(path, doc, "checklist")
    setting = doc.get("setting")
    if setting is not None and setting not in SETTINGS:
        raise SourceError(path, f"setting {setting!r} is not one of {', '.join(SETTINGS)}")
    phases_raw = _tables(path, doc, "phases", "checklist")
    if not phases_raw:
        raise SourceError(path, "a checklist needs at least one [[phases]] table")
    seen_items: set[str] = set()
    seen_phases: set[str] = set()
    phases: list[PhaseSource] = []
    for p_index, phase in enumerate(phases_raw, start=1):
        where = f"phase {p_index}"
        items: list[ItemSource] = []
        for i_index, item in enumerate(_tables(path, phase, "items", where), start=1):
            at = f"{where}, item {i_index}"
            item_id = _id(path, item, at)
            if item_id in seen_items:
                raise SourceError(path, f"{at}: item id {item_id!r} is used twice")
            seen_items.add(item_id)
            kind = item.get("kind", "check")
            if kind not in ITEM_KINDS:
                raise SourceError(
                    path, f"{at}: kind {kind!r} is not one of {', '.join(ITEM_KINDS)}")
            items.append(
                ItemSource(
                    id=item_id,
                    text=_text(path, item, "text", at),
                    detail=_text(path, item, "detail", at, required=False),
                    kind=kind,
                    prompts=_texts(path, item, "prompts", at),
                )
            )
        phase_id = _id(path, phase, where)
        if phase_id in seen_phases:
            raise SourceError(path, f"{where}: phase id {phase_id!r} is used twice")
        seen_phases.add(phase_id)
        phases.append(PhaseSource(phase_id, _text(path, phase, "title", where), items))
    return ChecklistSource(
        id=checklist_id,
        title=_text(path, doc, "title", "checklist"),
        summary=_text(path, doc, "summary", "checklist", required=False),
        setting=setting,
        language=_text(path, doc, "language", "checklist", required=False),
        phases=phases,
    )


def load_topic(path: Path) -> TopicSource:
    doc = _load(path)
    topic_id = _text(path, doc, "topic", "file")
    if not _ID.match(topic_id):
        raise SourceError(path, f"topic {topic_id!r} must be lowercase letters, digits, dashes")
    prompts: list[PromptSource] = []
    for index, raw in enumerate(_tables(path, doc, "prompts", "file"), start=1):
        where = f"prompt {index}"
        contexts = _texts(path, raw, "contexts", where)
        unknown = [c for c in contexts if c not in SETTINGS]
        if unknown:
            raise SourceError(path, f"{where}: unknown setting {unknown[0]!r}")
        prompts.append(
            PromptSource(
                id=_id(path, raw, where),
                title=_text(path, raw, "title", where),
                text=_text(path, raw, "text", where),
                do=_texts(path, raw, "do", where),
                avoid=_texts(path, raw, "avoid", where),
                ask=_texts(path, raw, "ask", where),
                contexts=contexts,
            )
        )
    title = (_text(path, doc, "topic_title", "file", required=False)
             or topic_id.replace("-", " ").capitalize())
    language = _text(path, doc, "language", "file", required=False)
    return TopicSource(topic_id, title, language, prompts)


# --- worksheets ------------------------------------------------------------------------------


@dataclass
class FieldSource:
    id: str
    label: str
    kind: str
    help: str | None = None
    options: list[str] = field(default_factory=list)
    prompts: list[str] = field(default_factory=list)


@dataclass
class SectionSource:
    id: str
    title: str
    text: str | None
    points: list[str]
    prompts: list[str]
    fields: list[FieldSource]


@dataclass
class WorksheetSource:
    id: str
    title: str
    summary: str | None
    language: str | None
    one_page: bool
    sections: list[SectionSource]
    order: int = 100

    def prompt_links(self) -> list[tuple[str, str]]:
        """(where, prompt id) for every link, in file order."""
        links = [(f"section {s.id!r}", p) for s in self.sections for p in s.prompts]
        links += [(f"field {f.id!r}", p) for s in self.sections for f in s.fields
                  for p in f.prompts]
        return links


def _field(path: Path, raw: dict[str, Any], at: str) -> FieldSource:
    from fieldkit.core.worksheet_views import FIELD_KINDS  # not at import: the CLI's parser
    # (and so the app's start) reads this module's SETTINGS
    field_id = _id(path, raw, at)
    kind = raw.get("kind")
    if kind not in FIELD_KINDS:
        raise SourceError(path, f"{at}: field {field_id!r} has kind {kind!r}, not one of "
                                f"{', '.join(FIELD_KINDS)}")
    options = _texts(path, raw, "options", at)
    if kind == "choice" and len(options) < 2:
        raise SourceError(path, f"{at}: choice field {field_id!r} needs at least two 'options'")
    if kind != "choice" and options:
        raise SourceError(path, f"{at}: only a choice field has 'options' ({field_id!r} is "
                                f"{kind})")
    if len(set(options)) != len(options):
        raise SourceError(path, f"{at}: field {field_id!r} lists an option twice")
    return FieldSource(field_id, _text(path, raw, "label", at), kind,
                       _text(path, raw, "help", at, required=False), options,
                       _texts(path, raw, "prompts", at))


def load_worksheet(path: Path) -> WorksheetSource:
    """One worksheet: titled sections of guidance (`text`, `points`) and fields to fill in."""
    doc = _load(path)
    worksheet_id = _id(path, doc, "worksheet")
    one_page = doc.get("one_page", False)
    if not isinstance(one_page, bool):
        raise SourceError(path, "worksheet: 'one_page' must be true or false")
    order = doc.get("order", 100)
    if not isinstance(order, int) or isinstance(order, bool):
        raise SourceError(path, "worksheet: 'order' must be a whole number")
    sections_raw = _tables(path, doc, "sections", "worksheet")
    if not sections_raw:
        raise SourceError(path, "a worksheet needs at least one [[sections]] table")
    seen_sections: set[str] = set()
    seen_fields: set[str] = set()
    sections: list[SectionSource] = []
    for s_index, raw in enumerate(sections_raw, start=1):
        where = f"section {s_index}"
        section_id = _id(path, raw, where)
        if section_id in seen_sections:
            raise SourceError(path, f"{where}: section id {section_id!r} is used twice")
        seen_sections.add(section_id)
        fields: list[FieldSource] = []
        for f_index, f_raw in enumerate(_tables(path, raw, "fields", where), start=1):
            f = _field(path, f_raw, f"{where}, field {f_index}")
            if f.id in seen_fields:
                raise SourceError(path, f"{where}, field {f_index}: field id {f.id!r} is used "
                                        "twice")
            seen_fields.add(f.id)
            fields.append(f)
        text = _text(path, raw, "text", where, required=False)
        points = _texts(path, raw, "points", where)
        if not (text or points or fields):
            raise SourceError(path, f"{where}: a section needs 'text', 'points' or "
                                    "[[sections.fields]]")
        sections.append(SectionSource(section_id, _text(path, raw, "title", where), text,
                                      points, _texts(path, raw, "prompts", where), fields))
    return WorksheetSource(
        id=worksheet_id,
        title=_text(path, doc, "title", "worksheet"),
        summary=_text(path, doc, "summary", "worksheet", required=False),
        language=_text(path, doc, "language", "worksheet", required=False),
        one_page=one_page,
        sections=sections,
        order=order,
    )
