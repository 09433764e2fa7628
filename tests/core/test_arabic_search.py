"""Arabic search folding: the same `fold` at build and at query time, on real content DBs built
in tmp_path; hypothesis inserts random tashkeel and tatweel into words and queries."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldkit.core.arabic import fold, fold_prefix, unfold_snippet
from fieldkit.core.build import build_library
from fieldkit.core.library import LibrarySet
from fieldkit.core.search import MARK_CLOSE, MARK_OPEN

FIXTURES = Path(__file__).parent / "fixtures" / "source"
MARKS = [chr(c) for c in [*range(0x064B, 0x0653), 0x0670, *range(0x0610, 0x061B),
                          *range(0x06D6, 0x06EE)]]
TATWEEL = "\u0640"
VOWELLED = "a1b2c3d4e5f60718"  # 'مُفاوَضَة' with full tashkeel
PLURAL = "b1b2c3d4e5f60719"  # 'المفاوضات' and 'بالمفاوضات'
HAMZA = "c1b2c3d4e5f6071a"  # 'أمن' 'إدارة' 'آمنة' 'مستشفى'
WORDS = ["مفاوضة", "المفاوضات", "نقطة", "تفتيش", "قافلة", "أمن", "إنساني", "مستشفى", "سؤال",
         "مسؤول", "قائد", "الخط الأحمر"]


def _record(rid: str, title: str, summary: str) -> str:
    return f"Title\n{title}\nRecord type\nArticle\nYear\n2024\nSummary\n{summary}\n"


@pytest.fixture(scope="module")
def arabic_lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LibrarySet]:
    src = Path(shutil.copytree(FIXTURES, tmp_path_factory.mktemp("ar") / "src"))
    texts = {
        VOWELLED: ("دليل المُفاوِض", "تدريب على المُفاوَضَة مع القادة عند الحاجز."),
        PLURAL: ("تقرير ميداني", "نجحت المفاوضات بعد أسبوع، وبدأنا بالمفاوضات مع الجميع."),
        HAMZA: ("أمن القوافل", "إدارة المخاطر في آمنة قرب مستشفى المدينة."),
    }
    for n, (rid, (title, summary)) in enumerate(texts.items(), start=10):
        (src / "library" / f"{n:03d}_{rid}.txt").write_text(_record(rid, title, summary),
                                                            encoding="utf-8")
    path = build_library(src, src.parent / "library.sqlite").path
    with LibrarySet([path]) as libs:
        yield libs


def ids(libs: LibrarySet, query: str) -> set[str]:
    return {h.id for h in libs.search(query, limit=50).hits}


def decorate(word: str, data: st.DataObject) -> str:
    """`word` with random tashkeel and tatweel after random letters."""
    out = []
    for ch in word:
        out.append(ch)
        if ch != " ":
            out.append(data.draw(st.text(st.sampled_from([*MARKS, TATWEEL]), max_size=3)))
    return "".join(out)


# --- the folding function ----------------------------------------------------------------------


@settings(deadline=None)
@given(st.data(), st.sampled_from(WORDS))
def test_tashkeel_and_tatweel_never_change_the_folded_word(data: st.DataObject, word: str) -> None:
    assert fold(decorate(word, data)) == fold(word)


@pytest.mark.parametrize(("spelled", "as_"), [
    ("أمن", "امن"), ("إدارة", "اداره"), ("آمن", "امن"), ("ٱلله", "له"), ("مستشفى", "مستشفي"),
    ("قافلة", "قافله"), ("سؤال", "سؤال"), ("قائد", "قائد"), ("٢٠٢٤", "2024"),
    ("المفاوضات", "مفاوضات"), ("بالمفاوضات", "مفاوضات"), ("للمفاوضات", "مفاوضات"),
    ("والد", "والد"), ("الم", "الم"),
])
def test_letter_forms_and_article(spelled: str, as_: str) -> None:
    assert fold(spelled) == as_


@settings(deadline=None)
@given(st.text(st.characters(max_codepoint=0x5FF)))
def test_text_without_arabic_is_unchanged(text: str) -> None:
    assert fold(text) == text


def test_a_prefix_being_typed_drops_the_feminine_ending() -> None:
    assert fold_prefix(fold("مفاوضة")) == "مفاوض"
    assert fold_prefix("كلمه") == "كلم"
    assert fold_prefix("له") == "له"  # too short to be a stem
    assert fold_prefix("house") == "house"


@settings(deadline=None)
@given(st.data())
def test_a_snippet_cut_from_folded_text_shows_the_original(data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=8))
    original = " ".join(decorate(w, data) for w in words)
    folded = fold(original)
    target = data.draw(st.sampled_from([fold(w).split()[-1] for w in words]))
    at = folded.find(target)
    snippet = folded[:at] + MARK_OPEN + target + MARK_CLOSE + folded[at + len(target):]
    shown = unfold_snippet(original, snippet, (MARK_OPEN, MARK_CLOSE), "…")
    assert shown.replace(MARK_OPEN, "").replace(MARK_CLOSE, "") == original
    marked = shown.split(MARK_OPEN, 1)[1].split(MARK_CLOSE, 1)[0]
    assert fold(marked) == target


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_a_snippet_from_the_middle_of_a_long_text(data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(WORDS), min_size=30, max_size=60))
    original = " ".join(decorate(w, data) for w in words)
    tokens = fold(original).split(" ")
    a = data.draw(st.integers(1, len(tokens) - 6))
    b = data.draw(st.integers(a + 2, len(tokens) - 1))
    t = data.draw(st.integers(a, b - 1))
    inner = [MARK_OPEN + w + MARK_CLOSE if i == t else w
             for i, w in enumerate(tokens[a:b], start=a)]
    snippet = "…" + " ".join(inner) + "…"
    shown = unfold_snippet(original, snippet, (MARK_OPEN, MARK_CLOSE), "…")
    plain = shown.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")
    assert plain.startswith("…") and plain.endswith("…")
    assert plain[1:-1] in original
    assert fold(plain[1:-1]) == " ".join(tokens[a:b])
    marked = shown.split(MARK_OPEN, 1)[1].split(MARK_CLOSE, 1)[0]
    assert fold(marked) == tokens[t]


# --- end to end: build, then search -------------------------------------------------------------


def test_a_bare_word_finds_the_vowelled_text_and_the_plural(arabic_lib: LibrarySet) -> None:
    found = ids(arabic_lib, "مفاوضة")
    assert {VOWELLED, PLURAL} <= found


def test_a_vowelled_query_finds_bare_text(arabic_lib: LibrarySet) -> None:
    assert PLURAL in ids(arabic_lib, "المُفَاوَضَات ")
    assert PLURAL in ids(arabic_lib, "مـفـاوضـات ")


@pytest.mark.parametrize("query", ["امن ", "أمن ", "ادارة ", "إدارة ", "مستشفي ", "المستشفى "])
def test_alef_and_ya_forms_match(arabic_lib: LibrarySet, query: str) -> None:
    assert HAMZA in ids(arabic_lib, query)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_random_tashkeel_in_the_query_still_finds(arabic_lib: LibrarySet,
                                                 data: st.DataObject) -> None:
    word = data.draw(st.sampled_from(["مفاوضة", "المفاوضات", "إدارة", "مستشفى", "القوافل"]))
    assert ids(arabic_lib, decorate(word, data)), word


def test_the_snippet_shows_the_original_vowelled_text(arabic_lib: LibrarySet) -> None:
    hit = next(h for h in arabic_lib.search("مفاوضة").hits if h.id == VOWELLED)
    assert hit.title == "دليل المُفاوِض"
    plain = hit.snippet.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")
    assert "المُفاوَضَة" in plain
    assert MARK_OPEN + "المُفاوَضَة" + MARK_CLOSE in hit.snippet  # the article marked too


def test_existing_arabic_fixture_still_found(arabic_lib: LibrarySet) -> None:
    assert "00aa11bb22cc33dd" in ids(arabic_lib, "التفاوض")
    assert "00aa11bb22cc33dd" in ids(arabic_lib, "التَّفَاوُض")
