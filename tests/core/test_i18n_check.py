"""`make i18n-check`: content coverage per language, unchanged English, placeholders, glossary
terms, the allowlist and a stale GLOSSARY.md, on small data folders written in tmp_path."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from fieldkit.core.i18n_check import REQUIRED_TERMS, glossary_markdown, run

ENGLISH = '''id = "meet"
title = "Meeting at the checkpoint"
setting = "checkpoint"
language = "en"

[[phases]]
id = "before"
title = "Before"

[[phases.items]]
id = "red"
text = "Know your red lines before you meet {name}."
kind = "critical"

[[phases.items]]
id = "plain"
text = "Smile."
'''
TRANSLATED = {
    "es": ("Reunión en el puesto de control", "Antes",
           "Conozca sus líneas rojas antes de reunirse con {name}.", "Sonría."),
    "fr": ("Réunion au poste de contrôle", "Avant",
           "Connaissez vos lignes rouges avant de rencontrer {name}.", "Souriez."),
    "ar": ("اجتماع عند نقطة التفتيش", "قبل",
           "اعرف خطوطك الحمراء قبل لقاء {name}.", "ابتسم."),
}
GLOSSARY_TERMS = {"es": {"red line": ["línea roja", "líneas rojas"],
                         "checkpoint": ["puesto de control"]},
                  "fr": {"red line": ["ligne rouge", "lignes rouges"],
                         "checkpoint": ["poste de contrôle"]},
                  "ar": {"red line": ["خط أحمر", "خطوط حمراء", "خطوطك الحمراء"],
                         "checkpoint": ["نقطة تفتيش"]}}


def _mirror(lang: str, title: str, phase: str, red: str, plain: str) -> str:
    return (ENGLISH.replace('language = "en"', f'language = "{lang}"')
            .replace("Meeting at the checkpoint", title).replace('"Before"', f'"{phase}"')
            .replace("Know your red lines before you meet {name}.", red)
            .replace('"Smile."', f'"{plain}"'))


def _glossary(lang: str) -> str:
    terms = {t: ["x"] for t in REQUIRED_TERMS} | GLOSSARY_TERMS[lang]
    return "[terms]\n" + "".join(
        f'"{t}" = [{", ".join(chr(34) + v + chr(34) for v in vs)}]\n' for t, vs in terms.items())


@pytest.fixture
def data(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    (root / "checklists").mkdir(parents=True)
    (root / "checklists" / "meet.toml").write_text(ENGLISH, "utf-8")
    for lang, texts in TRANSLATED.items():
        folder = root / "i18n" / lang / "checklists"
        folder.mkdir(parents=True)
        (folder / "meet.toml").write_text(_mirror(lang, *texts), "utf-8")
        (root / "i18n" / lang / "glossary.toml").write_text(_glossary(lang), "utf-8")
    (root / "GLOSSARY.md").write_text(glossary_markdown(root), "utf-8")
    return root


def check(data: Path) -> tuple[int, str]:
    out = io.StringIO()
    code = run(data, out)
    return code, out.getvalue()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")


def test_complete_translations_pass_and_say_ui_strings_are_not_checked(data: Path) -> None:
    code, out = check(data)
    assert code == 0, out
    for lang in ("es", "fr", "ar"):
        assert f"  {lang}   100.0%  4 of 4 texts  complete" in out
    assert "UI strings: not checked here" in out and "fieldkit.ui.i18n_check" in out


def test_a_missing_mirror_is_below_100_percent(data: Path) -> None:
    (data / "i18n" / "fr" / "checklists" / "meet.toml").unlink()
    code, out = check(data)
    assert code == 1
    assert "  fr     0.0%  0 of 4 texts" in out
    assert "fr/checklists/meet.toml: missing (4 texts of checklists/meet.toml untranslated)" in out


def test_unchanged_english_fails_unless_allowlisted(data: Path) -> None:
    edit(data / "i18n" / "es" / "checklists" / "meet.toml", '"Sonría."', '"Smile."')
    code, out = check(data)
    assert code == 1 and "  es    75.0%  3 of 4 texts" in out
    assert "phases[0].items[1].text is the English text unchanged ('Smile.')" in out
    (data / "i18n" / "same-as-english.toml").write_text('es = ["Smile."]\n', "utf-8")
    assert check(data)[0] == 0


def test_placeholders_must_match(data: Path) -> None:
    edit(data / "i18n" / "fr" / "checklists" / "meet.toml", "{name}", "{nom}")
    code, out = check(data)
    assert code == 1
    assert "phases[0].items[0].text has placeholders ['{nom}'] but the English has ['{name}']" \
        in out


def test_glossary_terms_must_be_used(data: Path) -> None:
    edit(data / "i18n" / "es" / "checklists" / "meet.toml", "líneas rojas", "límites")
    code, out = check(data)
    assert code == 1
    assert ("es: " in out and "phases[0].items[0].text uses the glossary term 'red line' but "
            "not its translation (línea roja / líneas rojas)") in out
    # Arabic compares folded text: vowel marks in the translation do not hide the term.
    edit(data / "i18n" / "ar" / "checklists" / "meet.toml", "نقطة التفتيش", "نُقْطَة تفتيش")
    assert "ar: " not in check(data)[1].split("UI strings")[1]


def test_a_mirror_that_changes_ids_is_a_problem_naming_the_file(data: Path) -> None:
    edit(data / "i18n" / "ar" / "checklists" / "meet.toml", 'id = "plain"', 'id = "simple"')
    code, out = check(data)
    assert code == 1
    assert "ar/checklists/meet.toml: 'phases[0].items[1].id' is 'simple' but must stay 'plain'" \
        in out


def test_glossary_needs_every_required_term(data: Path) -> None:
    edit(data / "i18n" / "fr" / "glossary.toml", '"convoy" = ["x"]\n', "")
    (data / "GLOSSARY.md").write_text(glossary_markdown(data), "utf-8")
    code, out = check(data)
    assert code == 1 and "no translation for the term 'convoy'" in out


def test_stale_glossary_md_fails_and_write_glossary_fixes_it(data: Path) -> None:
    edit(data / "i18n" / "es" / "glossary.toml", '"puesto de control"', '"control"')
    code, out = check(data)
    assert code == 1 and "GLOSSARY.md is out of date" in out
    proc = subprocess.run([sys.executable, "-m", "fieldkit.core.i18n_check", str(data),
                           "--write-glossary"], capture_output=True, text=True, check=False)
    assert "GLOSSARY.md is out of date" not in proc.stdout
    assert "| checkpoint | control | poste de contrôle | نقطة تفتيش |" in (
        data / "GLOSSARY.md").read_text("utf-8")


def test_the_fixture_source_mirrors_build_and_check(tmp_path: Path) -> None:
    """The check on the test fixtures (partial es/ar, no fr): below 100%, exit 1, no crash."""
    src = Path(__file__).parent / "fixtures" / "source"
    proc = subprocess.run([sys.executable, "-m", "fieldkit.core.i18n_check", str(src)],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "  fr     0.0%" in proc.stdout
