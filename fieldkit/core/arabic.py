"""Arabic folding for search: one function, `fold`, applied to indexed text and to queries.

FTS5's unicode61 tokenizer splits a word at every short-vowel mark and never unifies alef or
ya forms; folding both sides the same way makes `مفاوضة` find `مُفاوَضَة`. Never used for display.
"""

from __future__ import annotations

import bisect
import re

# Tashkeel (harakat, tanwin, shadda, sukun), superscript alef, Quranic marks, tatweel: dropped.
_DROPPED = ([*range(0x064B, 0x0653), 0x0670, *range(0x0610, 0x061B), *range(0x06D6, 0x06EE),
             0x0640])
# Letter forms spelled differently across writers: one form each. ؤ and ئ are kept: they are
# written consistently and folding them (to و / ي) would merge distinct words such as سؤال.
_UNIFIED = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
# Arabic-Indic and Persian digits search like the digits of the records' years.
_DIGITS = {**{0x0660 + n: str(n) for n in range(10)}, **{0x06F0 + n: str(n) for n in range(10)}}
_TABLE: dict[int, str | None] = {**dict.fromkeys(_DROPPED), **{ord(k): v for k, v in
                                                                _UNIFIED.items()}, **_DIGITS}
# str.translate looks every character up in a dict: a regex for the dropped characters and
# str.replace for the few unified ones are several times faster on long texts.
_DROPPED_RE = re.compile("[" + "".join(map(chr, _DROPPED)) + "]")
_REPLACED = [(chr(k), v) for k, v in _TABLE.items() if v]
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
# The definite article, with a preposition or conjunction glued in front of it, at the start of
# a word: dropped so that `مفاوضات` finds `المفاوضات` and `بالمفاوضات`. A long article needs
# three letters after it, a bare one two, so that short words such as `والد` stay whole.
_LETTER = "[\u0621-\u064a]"
_ARTICLE = re.compile(rf"(?<!{_LETTER})(?:(?:[وفبك]ال|لل)(?={_LETTER}{{3}})|ال(?={_LETTER}{{2}}))")


def has_arabic(text: str) -> bool:
    return _ARABIC.search(text) is not None


def fold(text: str) -> str:
    """`text` as the search index holds it. Text without Arabic comes back unchanged."""
    if not has_arabic(text):
        return text
    return _ARTICLE.sub("", _chars(text))


def _chars(text: str) -> str:
    """`text` with marks and tatweel dropped and letter forms unified, one for one otherwise."""
    text = _DROPPED_RE.sub("", text)
    for old, new in _REPLACED:
        if old in text:
            text = text.replace(old, new)
    return text


def fold_prefix(word: str) -> str:
    """A folded word still being typed: a final ه (from ة) is dropped, so the prefix also
    finds the plural and dual (`مفاوضة` → `مفاوض*` finds `المفاوضات`)."""
    if len(word) > 3 and word.endswith("ه") and has_arabic(word):
        return word[:-1]
    return word


class _Offsets:
    """Folded-text offsets back to the original's, without a table per character: a folded
    text drops some characters (marks, tatweel, then articles) and keeps the rest one for one,
    so the g-th kept character sits at g plus the number of dropped ones up to it."""

    def __init__(self, original: str) -> None:
        self.length = len(original)
        self.dropped = [m.start() for m in _DROPPED_RE.finditer(original)]
        chars = _chars(original)  # 1:1 but for the dropped characters
        self.article = [k for m in _ARTICLE.finditer(chars) for k in range(m.start(), m.end())]
        self.folded = _ARTICLE.sub("", chars)

    @staticmethod
    def _kept(g: int, removed: list[int]) -> int:
        """The index of the g-th character not in `removed`: the fixed point of
        c = g + #(removed <= c), reached from below."""
        c = g
        while (n := g + bisect.bisect_right(removed, c)) != c:
            c = n
        return c

    def __call__(self, g: int) -> int:
        """The original index of folded character g (the end of the text past the last)."""
        if g >= len(self.folded):
            return self.length
        return self._kept(self._kept(g, self.article), self.dropped)


def _prefix_holding(original: str, folded_length: int, chars: int) -> str:
    """A prefix of `original`, cut at a space or line end, likely to fold to at least `chars`
    characters (its share of the folded text, with a margin); the caller checks."""
    i = int(chars * len(original) / max(folded_length, 1) * 1.1) + 16
    if i >= len(original):
        return original
    cut = max(original.rfind(" ", 0, i), original.rfind("\n", 0, i))
    return original[:cut] if cut > 0 else original[:i]


def unfold_snippet(original: str, snippet: str, marks: tuple[str, str], ellipsis: str) -> str:
    """The snippet FTS5 cut from the folded text, cut from `original` instead, with the match
    marks at the same places: what the user reads keeps its vowels and spelling."""
    open_, close = marks
    plain = snippet.replace(open_, "").replace(close, "")
    folded = fold(original)
    head = plain.startswith(ellipsis) and not folded.startswith(ellipsis)
    tail = plain.endswith(ellipsis) and not folded.endswith(ellipsis)
    core = plain[len(ellipsis) if head else 0: len(plain) - (len(ellipsis) if tail else 0)]
    start = folded.find(core)
    if start < 0 or not core:
        return snippet  # cannot happen for a snippet of this text; show what FTS5 gave
    end = start + len(core)
    # Offsets are mapped over the text up to the snippet only (a few words to spare).
    orig = _Offsets(_prefix_holding(original, len(folded), end + 48) if tail else original)
    if not orig.folded.startswith(folded[:end]):
        orig = _Offsets(original)

    # Marks as offsets into `core`, then into the original text.
    cuts: list[tuple[int, str]] = []
    offset = 0
    body = snippet[len(ellipsis) if head else 0:]
    for ch in body:
        if ch in (open_, close):
            cuts.append((offset, ch))
        else:
            offset += 1
    # An offset maps to the next kept letter: a match ends after the vowel marks of its last.
    pieces: list[str] = [ellipsis if head else ""]
    at = orig(start) if head else 0
    for k, mark in cuts:
        g = start + min(k, len(core))
        # A match opens right after the letter before it, so a dropped article is marked too.
        pos = orig(g - 1) + 1 if mark == open_ and g > 0 else 0 if mark == open_ else orig(g)
        pos = max(pos, at)
        pieces.append(original[at:pos])
        pieces.append(mark)
        at = pos
    pieces.append(original[at:orig(start + len(core)) if tail else len(original)])
    if tail:
        pieces.append(ellipsis)
    return "".join(pieces)
