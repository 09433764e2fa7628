"""Reads the library team's plain-text export format into `ParsedRecord`s.

A label stands on its own line; its value runs until the next label. Never raises anything but
`RecordFormatError`, which names the file and, where it can, the line.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from fieldkit.core.errors import InputFileError, RecordFormatError
from fieldkit.core.files import SOURCE_FILE_LIMIT, read_regular_file
from fieldkit.core.language import detect_language

# Normalised label -> field name. Normalising lowercases, strips accents and a trailing colon.
_LABELS: dict[str, str] = {
    "title": "title",
    "titulo": "title",
    "record type": "record_type",
    "tipo de registro": "record_type",
    "type": "record_type",
    "tipo": "record_type",
    "contact": "contact",
    "contacto": "contact",
    "author": "contact",
    "autor": "contact",
    "year": "year",
    "ano": "year",
    "publisher": "publisher",
    "editorial": "publisher",
    "summary": "summary",
    "resumen": "summary",
    "description": "description",
    "descripcion": "description",
    "key concepts and takeaways": "key_concepts",
    "key concepts": "key_concepts",
    "conceptos clave": "key_concepts",
    "conceptos clave y conclusiones": "key_concepts",
    "language": "language",
    "idioma": "language",
}
_LABEL_WORDS = max(len(label.split()) for label in _LABELS)
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
_SHORT_FIELDS = {"title", "record_type", "contact", "year", "publisher", "language"}
_MAX_UNKNOWN_LABEL = 40
_FILE_ID = re.compile(r"^\d+_([0-9a-fA-F]{8,40})$")
_BULLET = re.compile(r"^\s*[*•\-]\s+")


@dataclass
class ParsedRecord:
    id: str
    title: str
    record_type: str | None = None
    contact: str | None = None
    year: int | None = None
    publisher: str | None = None
    summary: str | None = None
    description: str | None = None
    key_concepts: list[str] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)
    language: str | None = None
    source_file: str | None = None


class _CombiningMarks(dict[int, int | None]):
    """`str.translate` table deleting combining marks, filled on first sight of each character:
    every line of every record is normalised, so a per-character Python loop dominated builds."""

    def __missing__(self, codepoint: int) -> int | None:
        kept = None if unicodedata.combining(chr(codepoint)) else codepoint
        self[codepoint] = kept
        return kept


_STRIP_COMBINING = _CombiningMarks()


def normalise_label(line: str) -> str:
    text = unicodedata.normalize("NFKD", line.strip().rstrip(":").strip())
    if not text.isascii():
        text = text.translate(_STRIP_COMBINING)
    return " ".join(text.lower().split())


def _known_label(line: str) -> str | None:
    """The field a line is the label of, if it is one."""
    # Exact shortcut for prose: a token holding an ASCII letter or digit stays a word once
    # normalised, and no label has more than _LABEL_WORDS words, so such a line is no label.
    head = line.split(None, 2 * _LABEL_WORDS)[:2 * _LABEL_WORDS]
    if len(head) > _LABEL_WORDS and sum(map(bool, map(_ASCII_ALNUM.search, head))) > _LABEL_WORDS:
        return None
    return _LABELS.get(normalise_label(line)) if line.strip() else None


def parse_year(raw: str) -> int | None:
    """'2022', '2,022', '2.022', 'c. 2019', '2019-2020' -> the (first) year; else None."""
    text = raw.strip()
    compact = re.sub(r"(?<=\d)[,.\u00a0\u202f' ](?=\d{3}\b)", "", text)
    match = re.search(r"(?<!\d)(1[0-9]{3}|20[0-9]{2}|2100)(?!\d)", compact)
    return int(match.group(1)) if match else None


def _looks_like_unknown_label(line: str) -> bool:
    text = line.strip()
    if not text or len(text) > _MAX_UNKNOWN_LABEL or _BULLET.match(text):
        return False
    if text[-1] in ".,;!?…\"'”)" or any(ch.isdigit() for ch in text):
        return False
    return text[0].isupper()


def _record_id(path: Path, title: str, year: int | None, publisher: str | None) -> str:
    match = _FILE_ID.match(path.stem)
    if match:
        return match.group(1).lower()
    key = "|".join([normalise_label(title), str(year or ""), normalise_label(publisher or "")])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _is_utf16(data: bytes) -> bool:
    """UTF-16 with a byte-order mark, or without one: then the zero bytes of ASCII (and of
    most scripts' high bytes) fall on one side of each pair and almost never on the other."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    if len(data) < 4 or len(data) % 2:
        return False
    for zeros, others in ((data[1::2], data[0::2]), (data[0::2], data[1::2])):
        if zeros.count(0) * 4 >= len(zeros) and others.count(0) * 100 <= len(others):
            return True
    return False


def _decode(path: Path, data: bytes) -> str:
    if not data.strip():
        raise RecordFormatError(path, None, "the file is empty")
    if _is_utf16(data):  # "Unicode" from a Windows editor: diffs and reviews need UTF-8
        raise RecordFormatError(path, None, "the text is UTF-16, not UTF-8; save the file as "
                                "UTF-8 and build again")
    if b"\x00" in data:
        raise RecordFormatError(path, None, "this is a binary file, not a library record")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RecordFormatError(path, line, "the text is not UTF-8") from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _clean(lines: list[str]) -> str | None:
    text = "\n".join(line.rstrip() for line in lines).strip()
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text or None


def _bullets(lines: list[str]) -> list[str]:
    items: list[str] = []
    for line in lines:
        if not line.strip():
            continue
        if _BULLET.match(line):
            items.append(_BULLET.sub("", line).strip())
        elif items:
            items[-1] = f"{items[-1]} {line.strip()}"
        else:
            items.append(line.strip())
    return items


def parse_record(path: Path | str, data: bytes | None = None) -> ParsedRecord:
    """Parse one export file. `data` may be given to parse bytes already read."""
    path = Path(path)
    if data is None:
        try:
            data = read_regular_file(path, SOURCE_FILE_LIMIT)
        except InputFileError as exc:
            raise RecordFormatError(path, None, exc.reason) from exc
    text = _decode(path, data)

    lines = text.split("\n")
    known_at = [_known_label(line) for line in lines]
    fields: list[tuple[str, str, int, list[str]]] = []  # (field, label as written, line, values)
    for number, (line, known) in enumerate(zip(lines, known_at, strict=True), start=1):
        if known:
            fields.append((known, line.strip().rstrip(":"), number, []))
            continue
        if not fields:
            # Labels come in any order, so an unknown one may open the record; prose may not.
            if _looks_like_unknown_label(line) and any(known_at[number:]):
                fields.append((f"extra:{line.strip().rstrip(':')}", line.strip(), number, []))
            elif line.strip():
                raise RecordFormatError(
                    path, number, "expected a label such as 'Title' but found text; "
                    "this does not look like a library record"
                )
            continue
        current, _, _, values = fields[-1]
        is_short = current in _SHORT_FIELDS or current.startswith("extra:")
        if is_short and any(v.strip() for v in values) and _looks_like_unknown_label(line):
            fields.append((f"extra:{line.strip().rstrip(':')}", line.strip(), number, []))
            continue
        values.append(line)

    if not fields:
        raise RecordFormatError(path, None, "no labels found; this is not a library record")

    found: dict[str, str | None] = {}
    extra: dict[str, str] = {}
    concepts: list[str] = []
    first_seen: dict[str, tuple[str, int]] = {}
    for name, label, line, values in fields:
        key = name.casefold()
        if key in first_seen:  # which of the two values is meant, only the editor can say
            first_label, first_line = first_seen[key]
            raise RecordFormatError(path, line, f"the label {label.rstrip(':')!r} repeats "
                                    f"{first_label!r} from line {first_line}; keep one")
        first_seen[key] = (label.rstrip(":"), line)
        if name.startswith("extra:"):
            extra[label.rstrip(":")] = _clean(values) or ""
        elif name == "key_concepts":
            concepts.extend(_bullets(values))
        else:
            found[name] = _clean(values)

    title = found.get("title")
    if not title:
        line = next((ln for n, _, ln, _ in fields if n == "title"), None)
        raise RecordFormatError(path, line, "the record has no title")
    title = " ".join(title.split())
    year_raw = found.get("year")
    year = parse_year(year_raw) if year_raw else None
    if year_raw and year is None:
        extra["Year"] = year_raw
    short = {k: " ".join(v.split()) if v else None for k, v in found.items() if k in _SHORT_FIELDS}
    language = (short.get("language") or "").lower()[:2] or detect_language(
        " ".join(filter(None, [title, found.get("summary"), found.get("description")]))
    )
    return ParsedRecord(
        id=_record_id(path, title, year, short.get("publisher")),
        title=title,
        record_type=short.get("record_type"),
        contact=short.get("contact"),
        year=year,
        publisher=short.get("publisher"),
        summary=found.get("summary"),
        description=found.get("description"),
        key_concepts=concepts,
        extra=extra,
        language=language,
        source_file=path.name,
    )


def parse_folder(folder: Path) -> list[ParsedRecord]:
    """Every `*.txt` in `folder`, sorted by name; the first bad file stops with its error."""
    return [parse_record(p) for p in sorted(Path(folder).glob("*.txt"))]
