"""Loads checklist and prompt sources (TOML, see data/README.md) into plain dataclasses.

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
