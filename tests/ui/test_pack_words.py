"""The Sync screen's counts, sizes, rates and ages, and the backup list's kinds, are whole
translated phrases: English reads naturally, and with the French or Arabic catalogue no English
word is left inside (plurals by the language's own rules, numbers in its own format)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from fieldkit.core.backup import BackupInfo
from fieldkit.packs.progress import ProgressState
from fieldkit.ui import i18n
from fieldkit.ui.i18n_check import release
from fieldkit.ui.models.backups import describe
from fieldkit.ui.models.packs import content_age, describe_progress, pack_version, updates_count

NOW = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)
STATE = ProgressState(done=340_000, total=1_234_567, rate=12_000, seconds_left=72)
DAILY = BackupInfo("b", Path("b"), NOW, "daily", 84 * 1024)


@pytest.fixture
def language(qapp) -> Iterator[Callable[[str], None]]:
    release()  # the .qm catalogues from the .ts files

    def use(name: str) -> None:
        assert i18n.install_language(QApplication.instance(), name)

    yield use
    i18n.install_language(QApplication.instance(), "en")


def test_english_reads_naturally(language) -> None:
    language("en")
    assert [updates_count(n) for n in (1, 3)] == ["1 update", "3 updates"]
    assert content_age("2026-11-30T08:00:00Z", NOW) == "today"
    assert content_age("2026-11-29T08:00:00Z", NOW) == "1 day old"
    assert content_age("2026-10-20T08:00:00Z", NOW) == "41 days old"
    assert describe_progress(STATE) == "332 kB of 1.2 MB, 12 kB/s, 72 seconds left"
    assert pack_version("regional", 3) == "regional version 3"
    assert describe(DAILY).endswith(" · daily copy · 84 kB")


def test_french_has_no_english_fragment(language) -> None:
    language("fr")
    assert [updates_count(n) for n in (1, 3)] == ["1 mise à jour", "3 mises à jour"]
    assert content_age("2026-10-20T08:00:00Z", NOW) == "vieux de 41 jours"
    assert content_age("2026-11-30T08:00:00Z", NOW) == "d'aujourd'hui"
    assert describe_progress(STATE) == "332 ko sur 1,2 Mo, à 12 ko/s, 72 secondes restantes"
    assert describe(DAILY).endswith(" · copie quotidienne · 84 ko")


def test_arabic_plurals_follow_arabic_rules(language) -> None:
    language("ar")
    assert [updates_count(n) for n in (1, 2, 3, 11)] == [
        "تحديث واحد", "تحديثان", "3 تحديثات", "11 تحديثًا"]
    assert "نسخة يومية" in describe(DAILY)
    assert describe_progress(STATE) == "332 كيلوبايت من 1.2 م.ب، 12 كيلوبايت/ث، بقيت 72 ثانية"
