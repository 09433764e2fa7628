"""A small, dependency-free guess at a text's language (en, es, fr, ar) for search filters.

It only has to tell apart the languages FieldKit ships; anything unsure returns None.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "for", "with", "that", "on", "how", "are"},
    "es": {"el", "la", "de", "que", "y", "en", "los", "las", "para", "con", "una", "por", "del"},
    "fr": {"le", "la", "les", "de", "des", "et", "en", "du", "pour", "une", "dans", "est", "que"},
}
_LANGS_OF: dict[str, tuple[str, ...]] = {
    word: tuple(lang for lang, stop in _STOPWORDS.items() if word in stop)
    for word in set().union(*_STOPWORDS.values())
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ARABIC_BLOCKS = re.compile("[\u0600-\u06ff\u0750-\u077f]")


def detect_language(text: str | None) -> str | None:
    if not text:
        return None
    # Counting letters one by one is slow on long texts: only do it when Arabic may be there.
    if _ARABIC_BLOCKS.search(text):
        letters = [c for c in text if c.isalpha()]
        if not letters:
            return None
        arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f")
        if arabic / len(letters) > 0.3:
            return "ar"
    elif not any(map(str.isalpha, text)):
        return None
    # The first 400 words are plenty; one pass, one dictionary look-up a word.
    scores = dict.fromkeys(_STOPWORDS, 0)
    for word in _WORD.findall(text[:6000].lower())[:400]:
        for lang in _LANGS_OF.get(word, ()):
            scores[lang] += 1
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= 2 else None


SHIPPED = ("en", "es", "fr", "ar")


def system_language(environ: Mapping[str, str]) -> str:
    """The shipped language the system locale asks for (LC_ALL, then LC_MESSAGES, then LANG,
    as POSIX orders them: 'ar_EG.UTF-8' -> 'ar'); English when it names none of them."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            code = value.split(".")[0].split("_")[0].split("@")[0].lower()
            return code if code in SHIPPED else "en"
    return "en"
