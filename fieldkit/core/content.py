"""What the content DBs hand out: plain frozen dataclasses, no database types.

Kept free of SQLAlchemy so the GUI can import them before any database is open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "ar": "العربية"}


def language_name(code: str | None) -> str:
    """A language as its speakers write it, with the code: 'العربية (ar)'."""
    code = code or "en"
    return f"{LANGUAGE_NAMES[code]} ({code})" if code in LANGUAGE_NAMES else code


@dataclass(frozen=True)
class LibraryInfo:
    id: str
    title: str
    version: str
    built_at: str
    schema_version: int
    path: Path


@dataclass(frozen=True)
class RecordView:
    id: str
    title: str
    record_type: str | None
    contact: str | None
    year: int | None
    publisher: str | None
    summary: str | None
    description: str | None
    key_concepts: list[str]
    extra: dict[str, Any]
    language: str | None
    # The library (pack) that served this view; not part of the value.
    source: LibraryInfo | None = field(default=None, compare=False, repr=False)

    def as_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in (
            "id", "title", "record_type", "contact", "year", "publisher", "summary",
            "description", "key_concepts", "extra", "language")}


@dataclass(frozen=True)
class ItemView:
    id: str
    text: str
    detail: str | None
    kind: str
    prompts: list[str]

    @property
    def is_critical(self) -> bool:
        return self.kind == "critical"


@dataclass(frozen=True)
class PhaseView:
    id: str
    title: str
    items: list[ItemView]


@dataclass(frozen=True)
class ChecklistView:
    id: str
    title: str
    summary: str | None
    setting: str | None
    phases: list[PhaseView] = field(default_factory=list)
    source: LibraryInfo | None = field(default=None, compare=False, repr=False)
    language: str = "en"  # the language of the text above (English where untranslated)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "language": self.language, "phases": [
            {"title": p.title, "items": [
                {"id": i.id, "text": i.text, "kind": i.kind, "prompts": i.prompts}
                for i in p.items]} for p in self.phases]}


@dataclass(frozen=True)
class PromptView:
    id: str
    topic: str
    topic_title: str
    title: str
    text: str
    do: list[str]
    avoid: list[str]
    ask: list[str]
    contexts: list[str]
    source: LibraryInfo | None = field(default=None, compare=False, repr=False)
    language: str = "en"

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "topic": self.topic, "title": self.title, "text": self.text,
                "do": self.do, "avoid": self.avoid, "ask": self.ask, "contexts": self.contexts,
                "language": self.language}


@dataclass(frozen=True)
class TopicView:
    id: str
    title: str
    count: int


@dataclass(frozen=True)
class Facets:
    record_types: list[str]
    publishers: list[str]
    languages: list[str]
    year_min: int | None
    year_max: int | None
