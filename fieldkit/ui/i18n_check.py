"""The UI translation pipeline: extract (pyside6-lupdate), check contexts, update and compile
the catalogues (pyside6-lrelease), and the completeness check with coverage per language.

English is the source language, yet it has a catalogue too, as Qt documents for numerus forms:
fieldkit_en.ts holds only the `%n` messages ('%n record(s)' -> '1 record', '3 records').

`python -m fieldkit.ui.i18n_check` checks (exit 1 on any gap; `make i18n-check` calls it);
`--update` refreshes assets/translations/*.ts from the code first (`make translations`).
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from fieldkit.ui.i18n import DECLARED_CONTEXTS, LANGUAGES, SOURCE_LANGUAGE, translations_dir

UI_DIR = Path(__file__).resolve().parent
TARGETS = tuple(lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE)
# Every shipped language with a catalogue: the translations, and English's plurals.
CATALOGUES = (SOURCE_LANGUAGE, *TARGETS)
# Strings that are rightly the same in a language as in English (names, codes, symbols).
SAME_AS_ENGLISH: dict[str, frozenset[str]] = {
    "es": frozenset({"FieldKit %1", "FieldKit", "%1", "No", "Normal", "%1; %2",
                     "Manual"}),
    "fr": frozenset({"FieldKit %1", "FieldKit", "%1", "Note", "Navigation", "Description",
                     "Version %1", "Version", "Contact", "Phase"}),
    "ar": frozenset({"FieldKit %1", "FieldKit", "%1"}),
}
_PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[a-z_]+\}")


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"fieldkit: error: {name} not found; run `make setup` first")
    return found


def ui_sources() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def extract(ts_path: Path, *, locations: str = "absolute", plurals_only: bool = False) -> None:
    """Run pyside6-lupdate over the UI code into `ts_path` (created or updated in place).
    The committed catalogues carry no locations: line numbers would churn on every edit.
    `plurals_only`: the `%n` messages alone (the English catalogue)."""
    files = [str(p) for p in ui_sources()]
    only = ["-pluralonly"] if plurals_only else []
    result = subprocess.run([_tool("pyside6-lupdate"), *files, "-no-obsolete", *only,
                             "-locations", locations, "-ts", str(ts_path)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"fieldkit: error: pyside6-lupdate failed: {result.stderr.strip()}")


@dataclass
class Message:
    context: str
    source: str
    numerus: bool
    filename: str
    line: int
    translations: list[str] = field(default_factory=list)
    finished: bool = False


def read_ts(path: Path) -> list[Message]:
    out: list[Message] = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.findall("message"):
            loc = m.find("location")
            tr = m.find("translation")
            forms = [f.text or "" for f in tr.findall("numerusform")] if tr is not None else []
            if tr is not None and not forms:
                forms = [tr.text or ""]
            out.append(Message(
                name, m.findtext("source") or "", m.get("numerus") == "yes",
                loc.get("filename", "") if loc is not None else "",
                int(loc.get("line", "0")) if loc is not None else 0, forms,
                tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished")))
    return out


def _classes_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    return {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}


def _marked_strings(path: Path) -> set[tuple[str, str]]:
    """(context, text) of every tr()/translate()/QT_TRANSLATE_NOOP call with literal text;
    context '' for self.tr (the class is checked through lupdate's answer)."""
    found: set[tuple[str, str]] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else \
            node.func.id if isinstance(node.func, ast.Name) else ""
        args = node.args
        consts = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                  for a in args[:2]]
        if name == "tr" and consts and consts[0] is not None:
            found.add(("", consts[0]))
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(consts) == 2 \
                and consts[0] is not None and consts[1] is not None:
            found.add((consts[0], consts[1]))
    return found


def context_problems(messages: list[Message], ts_dir: Path) -> list[str]:
    """Messages in an empty context or in one that is neither a class of their file nor
    declared; '%n' text not extracted as a plural; marked text lupdate never saw. File names
    in `messages` are relative to `ts_dir` (lupdate -locations absolute)."""
    problems: list[str] = []
    classes: dict[str, set[str]] = {}
    for m in messages:
        where = f"{m.filename}:{m.line}"
        path = (ts_dir / m.filename).resolve()
        if path not in classes:
            classes[path] = _classes_in(path) if path.is_file() else set()  # type: ignore[index]
        if not m.context:
            problems.append(f"{where}: {m.source!r} is in an empty context")
        elif m.context not in classes[path] and m.context not in DECLARED_CONTEXTS:  # type: ignore[index]
            problems.append(f"{where}: {m.source!r} is in context {m.context!r}, which is no "
                            "class of that file nor a declared context (fieldkit/ui/i18n.py)")
        if "%n" in m.source and not m.numerus:
            problems.append(f"{where}: {m.source!r} has %n but was not extracted as a plural "
                            "(pass the disambiguation as \"\" and the count as a plain name)")
    seen = {(m.context, m.source) for m in messages}
    texts = {m.source for m in messages}
    for path in ui_sources():
        for context, text in sorted(_marked_strings(path)):
            if (context and (context, text) not in seen) or (not context and text not in texts):
                problems.append(f"{path.relative_to(UI_DIR.parent.parent)}: {text!r} is marked "
                                "for translation but lupdate did not extract it")
    return problems


@dataclass
class Coverage:
    language: str
    total: int
    done: int
    problems: list[str]

    @property
    def percent(self) -> float:
        return 100.0 * self.done / self.total if self.total else 100.0


def _placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def check_language(language: str, expected: list[Message], ts_path: Path) -> Coverage:
    """Every expected message translated, finished, with the same placeholders and '&'
    accelerators, and not left in English unless allowed. English: every plural, in its two
    forms, none still reading '(s)', and nothing but plurals."""
    if language == SOURCE_LANGUAGE:
        return check_english(expected, ts_path)
    if not ts_path.is_file():
        return Coverage(language, len(expected), 0, [f"{ts_path}: missing"])
    have = {(m.context, m.source): m for m in read_ts(ts_path)}
    same_ok = SAME_AS_ENGLISH.get(language, frozenset())
    problems: list[str] = []
    done = 0
    for want in expected:
        key = f"{ts_path.name}: [{want.context}] {want.source!r}"
        got = have.get((want.context, want.source))
        if got is None or not got.translations or not all(t.strip() for t in got.translations):
            problems.append(f"{key}: no translation")
            continue
        if not got.finished:
            problems.append(f"{key}: translation not finished")
            continue
        bad = [t for t in got.translations
               if _placeholders(t.replace("%n", "")) != _placeholders(
                   want.source.replace("%n", ""))
               or _accelerators(t) != _accelerators(want.source)]
        if bad:
            problems.append(f"{key}: placeholders or & accelerators differ in {bad[0]!r}")
            continue
        if any(t == want.source for t in got.translations) and want.source not in same_ok:
            problems.append(f"{key}: identical to English (allow it in SAME_AS_ENGLISH if "
                            "intended)")
            continue
        done += 1
    return Coverage(language, len(expected), done, problems)


def check_english(expected: list[Message], ts_path: Path) -> Coverage:
    """The English catalogue: each `%n` message with a singular and a plural form that keep
    its placeholders, and no other message (English text is the source: a catalogue entry
    for it would only hide an edit of the code)."""
    plurals = [m for m in expected if m.numerus]
    if not ts_path.is_file():
        return Coverage(SOURCE_LANGUAGE, len(plurals), 0, [f"{ts_path}: missing"])
    held = read_ts(ts_path)
    have = {(m.context, m.source): m for m in held}
    problems = [f"{ts_path.name}: [{m.context}] {m.source!r}: not a plural; the English "
                "catalogue holds only %n messages" for m in held if not m.numerus]
    done = 0
    for want in plurals:
        key = f"{ts_path.name}: [{want.context}] {want.source!r}"
        got = have.get((want.context, want.source))
        if got is None or len(got.translations) != 2 \
                or not all(t.strip() for t in got.translations):
            problems.append(f"{key}: needs its singular and plural forms")
        elif not got.finished:
            problems.append(f"{key}: translation not finished")
        elif any(_placeholders(t) != _placeholders(want.source)
                 or _accelerators(t) != _accelerators(want.source) for t in got.translations):
            problems.append(f"{key}: placeholders or & accelerators differ")
        elif any("(s)" in t for t in got.translations):
            problems.append(f"{key}: a form still reads '(s)'")
        else:
            done += 1
    return Coverage(SOURCE_LANGUAGE, len(plurals), done, problems)


def english_forms(source: str) -> list[str]:
    """The singular and plural a '(s)' source reads as; a source without one keeps its words
    in both (the translator of the English catalogue may then word them better)."""
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def check_all(ts_dir: Path | None = None) -> tuple[list[str], list[Coverage]]:
    """Extract from the code now and check every catalogue against it."""
    folder = ts_dir or translations_dir()
    with tempfile.TemporaryDirectory(prefix="fieldkit-lupdate-") as tmp:
        fresh = Path(tmp) / "fieldkit_en.ts"
        extract(fresh)
        expected = read_ts(fresh)
        problems = context_problems(expected, Path(tmp))
    return (problems,
            [check_language(lang, expected, folder / f"fieldkit_{lang}.ts")
             for lang in CATALOGUES])


def update_catalogues(ts_dir: Path | None = None) -> None:
    """New strings from the code go into every .ts (unfinished, for the translator); gone ones
    leave. The one command of a top-up pass: `make translations`."""
    folder = ts_dir or translations_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for lang in TARGETS:
        path = folder / f"fieldkit_{lang}.ts"
        extract(path, locations="none")
        tree = ET.parse(path)
        tree.getroot().set("language", lang)
        tree.getroot().set("sourcelanguage", SOURCE_LANGUAGE)
        tree.write(path, encoding="utf-8", xml_declaration=True)
    update_english(folder / f"fieldkit_{SOURCE_LANGUAGE}.ts")


def update_english(path: Path) -> None:
    """The English plurals: new `%n` messages get their two forms from '(s)' (finished, as
    the rule is English's own), forms already written are kept, other messages leave."""
    extract(path, locations="none", plurals_only=True)
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", SOURCE_LANGUAGE)
    root.set("sourcelanguage", SOURCE_LANGUAGE)
    for ctx in root.iter("context"):
        for m in list(ctx.findall("message")):
            tr = m.find("translation")
            if m.get("numerus") != "yes" or tr is None:
                ctx.remove(m)
                continue
            forms = tr.findall("numerusform")
            if all((f.text or "").strip() for f in forms) and len(forms) == 2:
                continue
            for f in forms:
                tr.remove(f)
            for text in english_forms(m.findtext("source") or ""):
                ET.SubElement(tr, "numerusform").text = text
            tr.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    extract(path, locations="none", plurals_only=True)  # in lupdate's own layout, as the others


def release(ts_dir: Path | None = None) -> list[Path]:
    """Compile each .ts to its .qm when the .qm is missing or older (pyside6-lrelease)."""
    folder = ts_dir or translations_dir()
    built: list[Path] = []
    for ts in sorted(folder.glob("fieldkit_*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        result = subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0 or not qm.is_file():
            raise SystemExit(f"fieldkit: error: {ts}: pyside6-lrelease failed: "
                             f"{result.stderr.strip()}")
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fieldkit.ui.i18n_check",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true",
                        help="refresh the .ts files from the code first (then translate)")
    parser.add_argument("--release", action="store_true", help="compile .ts to .qm and stop")
    args = parser.parse_args(argv)
    if args.release:
        release()
        return 0
    if args.update:
        update_catalogues()
    extraction, coverage = check_all()
    for line in extraction:
        print(f"extraction: {line}")
    for cov in coverage:
        for line in cov.problems[:50]:
            print(line)
        if len(cov.problems) > 50:
            print(f"... and {len(cov.problems) - 50} more for {cov.language}")
    for cov in coverage:
        print(f"UI strings {cov.language}: {cov.done}/{cov.total} ({cov.percent:.1f}%)")
    return 1 if extraction or any(c.problems for c in coverage) else 0


if __name__ == "__main__":
    sys.exit(main())
