"""The content translation completeness check (`make i18n-check`), and data/GLOSSARY.md.

For es, fr and ar: every English checklist, prompt and worksheet file has a faithful mirror under
data/i18n/<lang>/, no text is left as the English unless data/i18n/same-as-english.toml lists it,
{placeholders} match, and glossary terms are rendered with the glossary's translation. Prints the
coverage per language; exits 1 below 100% or on any problem. Content only: UI strings (.ts files)
need a separate check. Reads files; writes only data/GLOSSARY.md, and only with --write-glossary.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.core.arabic import fold
from fieldkit.core.errors import SourceError
from fieldkit.core.translations import FOLDERS, LANGUAGES, TEXT_KEYS, check_mirror

# The terms every glossary must translate (data/i18n/<lang>/glossary.toml, [terms]).
REQUIRED_TERMS = ("island of agreement", "red line", "bottom line", "iceberg", "checkpoint",
                  "focal point", "security focal point", "negotiation", "frontline negotiator",
                  "humanitarian negotiation", "mandate", "community leader", "interlocutor",
                  "convoy", "armed group")
ALLOWLIST = Path("i18n") / "same-as-english.toml"
GLOSSARY_MD = Path("GLOSSARY.md")
UI_NOTE = ("UI strings: not checked here (content only: checklists, prompts, worksheets); "
           "'python -m fieldkit.ui.i18n_check' checks the Qt .ts files, and 'make i18n-check' "
           "runs both.")
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
_LANGUAGE_NAMES = {"es": "Español (es)", "fr": "Français (fr)", "ar": "العربية (ar)"}


@dataclass
class LanguageReport:
    language: str
    total: int = 0
    translated: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def coverage(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0

    @property
    def complete(self) -> bool:
        return self.translated == self.total and not self.problems


def _toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SourceError(path, f"cannot be read as TOML ({exc})") from exc


def _texts(english: Any, mirror: Any, at: str = "", text: bool = False
           ) -> Iterator[tuple[str, str, Any]]:
    """(where, English text, translated value) for every text value of an English file."""
    if isinstance(english, dict):
        for key, value in english.items():
            if key != "language":
                sub = mirror.get(key) if isinstance(mirror, dict) else None
                yield from _texts(value, sub, f"{at}.{key}" if at else key, key in TEXT_KEYS)
    elif isinstance(english, list):
        for i, value in enumerate(english):
            sub = mirror[i] if isinstance(mirror, list) and i < len(mirror) else None
            yield from _texts(value, sub, f"{at}[{i}]", text)
    elif text and isinstance(english, str):
        yield at, english, mirror


def load_glossary(path: Path) -> dict[str, list[str]]:
    terms = _toml(path).get("terms")
    if not isinstance(terms, dict):
        raise SourceError(path, "needs a [terms] table")
    out: dict[str, list[str]] = {}
    for term, value in terms.items():
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, list) or not values or not all(
                isinstance(v, str) and v.strip() for v in values):
            raise SourceError(path, f"the translation of {term!r} must be a text or a list of "
                                    "texts")
        out[term] = values
    return out


def _norm(text: str, language: str) -> str:
    text = text.casefold()
    return fold(text) if language == "ar" else text


def _term_pattern(term: str) -> re.Pattern[str]:
    # From the start of a word, so that plurals and possessives count ("red lines").
    return re.compile(r"(?<![\w])" + re.escape(term.casefold()))


def check_language(data: Path, language: str, allowed: set[str]) -> LanguageReport:
    report = LanguageReport(language)
    root = data / "i18n" / language
    glossary: dict[str, list[str]] = {}
    gpath = root / "glossary.toml"
    if not gpath.is_file():
        report.problems.append(f"{gpath}: the glossary is missing")
    else:
        try:
            glossary = load_glossary(gpath)
        except SourceError as exc:
            report.problems.append(f"{gpath}: {exc.reason}")
        missing = [t for t in REQUIRED_TERMS if t not in glossary]
        if glossary and missing:
            report.problems.append(f"{gpath}: no translation for the term {missing[0]!r}")
    patterns = {term: _term_pattern(term) for term in glossary}
    for folder, _kind, _load in FOLDERS:
        for english in sorted((data / folder).glob("*.toml")):
            mirror = root / folder / english.name
            raw_en = _toml(english)
            texts = list(_texts(raw_en, None))
            report.total += len(texts)
            if not mirror.is_file():
                report.problems.append(f"{mirror}: missing ({len(texts)} texts of "
                                       f"{folder}/{english.name} untranslated)")
                continue
            try:
                check_mirror(language, mirror, english)
            except SourceError as exc:
                report.problems.append(f"{mirror}: {exc.reason}")
                continue
            for where, en, tr in _texts(raw_en, _toml(mirror)):
                name = f"{mirror}: {where}"
                if tr.strip() == en.strip() and en.strip() not in allowed:
                    report.problems.append(f"{name} is the English text unchanged ({en!r}); "
                                           "translate it or list it in "
                                           f"{data / ALLOWLIST} under {language}")
                    continue
                report.translated += 1
                if sorted(_PLACEHOLDER.findall(en)) != sorted(_PLACEHOLDER.findall(tr)):
                    report.problems.append(f"{name} has placeholders "
                                           f"{sorted(_PLACEHOLDER.findall(tr))} but the English "
                                           f"has {sorted(_PLACEHOLDER.findall(en))}")
                for term, pattern in patterns.items():
                    if pattern.search(en.casefold()) and not any(
                            _norm(t, language) in _norm(tr, language) for t in glossary[term]):
                        report.problems.append(
                            f"{name} uses the glossary term {term!r} but not its translation "
                            f"({' / '.join(glossary[term])})")
    return report


def allowlist(data: Path) -> dict[str, set[str]]:
    path = data / ALLOWLIST
    if not path.is_file():
        return {}
    doc = _toml(path)
    return {lang: {str(t).strip() for t in doc.get(lang, [])} for lang in LANGUAGES}


def glossary_markdown(data: Path) -> str:
    """data/GLOSSARY.md as generated from every data/i18n/<lang>/glossary.toml."""
    glossaries: dict[str, dict[str, list[str]]] = {}
    for lang in LANGUAGES:
        path = data / "i18n" / lang / "glossary.toml"
        if path.is_file():
            glossaries[lang] = load_glossary(path)
    terms = list(REQUIRED_TERMS)
    for g in glossaries.values():
        terms.extend(t for t in g if t not in terms)
    lines = ["# Glossary of field terms", "",
             "Generated from `data/i18n/<lang>/glossary.toml` by "
             "`python -m fieldkit.core.i18n_check --write-glossary`; do not edit by hand.",
             "French and Spanish follow the published translations of the CCHN Field Manual "
             "(French 2020, Spanish 2021 editions); Arabic follows established humanitarian "
             "usage (ICRC Arabic). `make i18n-check` requires each translation wherever the "
             "English term appears; alternatives are separated by ' / '.", ""]
    langs = [lang for lang in LANGUAGES if lang in glossaries]
    if not langs:
        lines.append("No glossary has been written yet.")
        return "\n".join(lines) + "\n"
    lines.append("| English | " + " | ".join(_LANGUAGE_NAMES[lang] for lang in langs) + " |")
    lines.append("|---" * (len(langs) + 1) + "|")
    for term in terms:
        cells = [" / ".join(glossaries[lang].get(term, ["—"])) for lang in langs]
        lines.append(f"| {term} | " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def run(data: Path, out: Any = sys.stdout) -> int:
    allowed = allowlist(data)
    reports = [check_language(data, lang, allowed.get(lang, set())) for lang in LANGUAGES]
    problems: list[str] = []
    glossary_path = data / GLOSSARY_MD
    try:
        expected = glossary_markdown(data)
    except SourceError as exc:
        expected = None
        problems.append(str(exc))
    if expected is not None and (not glossary_path.is_file()
                                 or glossary_path.read_text("utf-8") != expected):
        problems.append(f"{glossary_path} is out of date with the glossary.toml files: run "
                        "`python -m fieldkit.core.i18n_check --write-glossary`")
    print("Content translation coverage (checklists, prompts, worksheets; English is the "
          "source):", file=out)
    for r in reports:
        state = "complete" if r.complete else f"{len(r.problems)} problem(s)"
        print(f"  {r.language}  {r.coverage:6.1f}%  {r.translated} of {r.total} texts  {state}",
              file=out)
    print(UI_NOTE, file=out)
    for r in reports:
        for p in r.problems:
            print(f"{r.language}: {p}", file=out)
    for p in problems:
        print(p, file=out)
    ok = all(r.complete for r in reports) and not problems
    print("i18n-check: " + ("passed" if ok else "FAILED (100% and no problems are required)"),
          file=out)
    return 0 if ok else 1


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m fieldkit.core.i18n_check",
                                description=__doc__.split("\n\n")[0])
    p.add_argument("data", nargs="?", type=Path, default=Path("data"))
    p.add_argument("--write-glossary", action="store_true",
                   help="regenerate DATA/GLOSSARY.md from the glossary.toml files, then check")
    args = p.parse_args(argv)
    if args.write_glossary:
        try:
            (args.data / GLOSSARY_MD).write_text(glossary_markdown(args.data), "utf-8")
        except SourceError as exc:
            print(f"i18n-check: error: {exc}", file=sys.stderr)
            return 1
    try:
        return run(args.data)
    except SourceError as exc:
        print(f"i18n-check: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
