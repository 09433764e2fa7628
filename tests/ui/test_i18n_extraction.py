"""pyside6-lupdate over fieldkit/ui finds every marked string, each in a context the runtime
uses (a class of its file, or a declared one), and every '%n' text as a plural."""

from __future__ import annotations

from pathlib import Path

from fieldkit.ui.i18n_check import context_problems, extract, read_ts


def test_every_ui_string_is_extracted_into_a_real_context(tmp_path: Path) -> None:
    ts = tmp_path / "fieldkit_en.ts"
    extract(ts)
    messages = read_ts(ts)
    assert len(messages) > 400  # the whole UI, not an empty run of the tool
    assert context_problems(messages, tmp_path) == []


def test_the_check_catches_hidden_and_context_free_strings(tmp_path: Path) -> None:
    """The faults the issue found, rebuilt in a scratch file, are all reported."""
    import fieldkit.ui.i18n_check as check

    source = tmp_path / "ui" / "bad.py"
    source.parent.mkdir()
    source.write_text(
        "from PySide6.QtCore import QCoreApplication, QObject\n\n\n"
        "def helper(days):\n"
        "    return QCoreApplication.translate('Nowhere', 'in no class')\n\n\n"
        "def plural(days):\n"
        "    return QCoreApplication.translate('Nowhere', '%n day(s)', '', days)\n\n\n"
        "class Real(QObject):\n"
        "    def fine(self):\n"
        "        return self.tr('fine')\n"
        "    def hidden(self):\n"
        "        return f\"<b>{self.tr('hidden')}</b>\"\n", "utf-8")
    ui_dir = check.UI_DIR
    try:
        check.UI_DIR = source.parent
        ts = tmp_path / "bad.ts"
        extract(ts)
        problems = "\n".join(context_problems(read_ts(ts), tmp_path))
    finally:
        check.UI_DIR = ui_dir
    assert "'in no class' is in context 'Nowhere'" in problems
    assert "'%n day(s)' has %n but was not extracted as a plural" in problems
    assert "'hidden' is marked for translation but lupdate did not extract it" in problems
    assert "'fine'" not in problems
