"""Synthetic library exports for the benchmarks: seeded, Zipf-distributed pseudo-words.

Writes throwaway files under bench/out/ only; nothing here is ever shipped or read by the app.
"""

from __future__ import annotations

import itertools
import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

# Bump when the generated text changes, so a cached corpus from an older generator is rebuilt.
GENERATOR_VERSION = 3  # 3: about one record in ten is Arabic
ZIPF_EXPONENT = 1.0
ARABIC_SHARE = 0.1
ARABIC_VOCABULARY = 3000

_ONSETS = ("b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v",
           "z", "br", "ch", "cl", "dr", "fr", "gr", "pl", "pr", "qu", "sh", "st", "th", "tr")
_VOWELS = ("a", "e", "i", "o", "u", "a", "e", "o", "ai", "ea", "io", "ou", "ue")
_CODAS = ("", "", "", "", "n", "r", "s", "l", "m", "nt", "st", "rk", "x")
_ACCENTS = {"a": "áà", "e": "éè", "i": "í", "o": "óô", "u": "úü", "n": "ñ", "c": "ç"}
_RECORD_TYPES = ("Report", "Video", "Article", "Guide", "Case study", "Podcast", "Book",
                 "Toolkit", "Lecture", "Manual")
_ENGLISH = ("Title", "Record type", "Contact", "Year", "Publisher", "Summary", "Description",
            "Key Concepts and Takeaways")
_SPANISH = ("Título", "Tipo de registro", "Contacto", "Año", "Editorial", "Resumen",
            "Descripción", "Conceptos clave")


def fold(word: str) -> str:
    """What FTS5's `unicode61 remove_diacritics 2` indexes: lower case, no accents."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Vocabulary:
    """Words in rank order: `words[0]` is the most frequent."""

    words: tuple[str, ...]
    cum_weights: tuple[float, ...]

    def rank_of(self, word: str) -> int:
        return self.words.index(word) + 1


def make_vocabulary(size: int, rng: random.Random) -> Vocabulary:
    """`size` pronounceable words, distinct once folded; about 6% carry an accent.

    Shorter words get the higher ranks (with noise), as in natural language.
    """
    seen: set[str] = set()
    words: list[str] = []
    while len(words) < size:
        syllables = rng.choices((1, 2, 3, 4), weights=(2, 5, 4, 1))[0]
        word = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables))
        word += rng.choice(_CODAS)
        if rng.random() < 0.06:
            spots = [i for i, c in enumerate(word) if c in _ACCENTS]
            if spots:
                i = rng.choice(spots)
                word = word[:i] + rng.choice(_ACCENTS[word[i]]) + word[i + 1:]
        if len(word) < 2 or fold(word) in seen:
            continue
        seen.add(fold(word))
        words.append(word)
    words.sort(key=lambda w: len(w) + rng.gauss(0, 2.5))
    weights = [1.0 / rank ** ZIPF_EXPONENT for rank in range(1, size + 1)]
    return Vocabulary(tuple(words), tuple(itertools.accumulate(weights)))


class _Writer:
    def __init__(self, vocab: Vocabulary, rng: random.Random) -> None:
        self.vocab = vocab
        self.rng = rng
        names = make_vocabulary(600, random.Random(rng.random())).words
        self.people = [f"{a.capitalize()} {b.capitalize()}"
                       for a, b in zip(names[:300], names[300:], strict=True)]
        self.publishers = [" ".join(w.capitalize() for w in self.words(rng.randint(1, 3)))
                           + rng.choice(("", " Institute", " Network", " Press", " Foundation"))
                           for _ in range(400)]

    def words(self, count: int) -> list[str]:
        return self.rng.choices(self.vocab.words, cum_weights=self.vocab.cum_weights, k=count)

    def sentence(self, low: int = 6, high: int = 18) -> str:
        words = self.words(self.rng.randint(low, high))
        return " ".join([words[0].capitalize(), *words[1:]]) + "."

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(3, 5)))

    def record(self) -> str:
        rng = self.rng
        labels = _SPANISH if rng.random() < 0.1 else _ENGLISH
        year = rng.randint(1990, 2025)
        title = " ".join(w.capitalize() for w in self.words(rng.randint(5, 12)))
        bullets = "\n".join("* " + self.sentence(3, 12) for _ in range(rng.randint(4, 8)))
        values = (
            title,
            rng.choice(_RECORD_TYPES),
            rng.choice(self.people),
            f"{year // 1000},{year % 1000:03d}" if rng.random() < 0.3 else str(year),
            rng.choice(self.publishers),
            " ".join(self.sentence() for _ in range(rng.randint(2, 4))),
            "\n\n".join(self.paragraph() for _ in range(rng.randint(3, 4))),
            bullets,
        )
        return "\n".join(f"{label}\n{value}" for label, value in zip(labels, values, strict=True))


# Arabic pseudo-words: consonants with long vowels; some end in ta marbuta, some start with alef
# (written with or without hamza by different writers). In the text, words carry random short
# vowels, tatweel and the definite article, as real Arabic writing varies.
_AR_CONSONANTS = "بتثجحخدذرزسشصضطظعغفقكلمنهوي"
_AR_LONG = ("", "", "ا", "و", "ي")
_AR_HARAKAT = "\u064e\u064f\u0650\u0652\u0651\u064b"
_AR_HAMZA = {"ا": "اأإآ"}
_AR_LABELS = _ENGLISH  # the export format's labels; the values are Arabic


def arabic_vocabulary(seed: int, size: int = ARABIC_VOCABULARY) -> Vocabulary:
    """`size` bare Arabic pseudo-words in rank order (no tashkeel, plain alef)."""
    rng = random.Random(seed ^ 0xA2AB1C)
    seen: set[str] = set()
    words: list[str] = []
    while len(words) < size:
        word = "".join(rng.choice(_AR_CONSONANTS) + rng.choice(_AR_LONG)
                       for _ in range(rng.choice((2, 3, 3, 4))))
        if rng.random() < 0.15:
            word = "ا" + word
        if rng.random() < 0.25:
            word += "ة"
        # The build strips a leading article, so no bare word may begin with one.
        if len(word) < 3 or word in seen or word.startswith(("ال", "لل")):
            continue
        seen.add(word)
        words.append(word)
    weights = [1.0 / rank ** ZIPF_EXPONENT for rank in range(1, size + 1)]
    return Vocabulary(tuple(words), tuple(itertools.accumulate(weights)))


class _ArabicWriter:
    def __init__(self, vocab: Vocabulary, rng: random.Random, people: list[str],
                 publishers: list[str]) -> None:
        self.vocab, self.rng, self.people, self.publishers = vocab, rng, people, publishers

    def _spelled(self, word: str) -> str:
        rng = self.rng
        if word[0] in _AR_HAMZA and rng.random() < 0.5:
            word = rng.choice(_AR_HAMZA[word[0]]) + word[1:]
        if rng.random() < 0.3:
            word = "".join(c + (rng.choice(_AR_HARAKAT) if rng.random() < 0.7 else "")
                           for c in word)
        if rng.random() < 0.05:
            word = word[0] + "\u0640" + word[1:]
        return ("ال" + word) if rng.random() < 0.3 else word

    def sentence(self, low: int = 6, high: int = 18) -> str:
        words = self.rng.choices(self.vocab.words, cum_weights=self.vocab.cum_weights,
                                 k=self.rng.randint(low, high))
        return " ".join(self._spelled(w) for w in words) + "."

    def record(self) -> str:
        rng = self.rng
        year = rng.randint(1990, 2025)
        values = (
            self.sentence(4, 10)[:-1],
            rng.choice(_RECORD_TYPES),
            rng.choice(self.people),
            str(year),
            rng.choice(self.publishers),
            " ".join(self.sentence() for _ in range(rng.randint(2, 4))),
            "\n\n".join(" ".join(self.sentence() for _ in range(rng.randint(3, 5)))
                         for _ in range(rng.randint(3, 4))),
            "\n".join("* " + self.sentence(3, 12) for _ in range(rng.randint(4, 8))),
        )
        return "\n".join(f"{label}\n{value}"
                         for label, value in zip(_AR_LABELS, values, strict=True))


def generate_corpus(root: Path, records: int, seed: int, vocabulary_size: int) -> Vocabulary:
    """Write `records` export files to `root/library/` (reused if already complete)."""
    rng = random.Random(seed)
    vocab = make_vocabulary(vocabulary_size, rng)
    marker = root / ".complete"
    stamp = f"v{GENERATOR_VERSION} records={records} seed={seed} vocabulary={vocabulary_size}"
    if marker.is_file() and marker.read_text() == stamp:
        return vocab
    folder = root / "library"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    writer = _Writer(vocab, rng)
    # Its own random stream: the Latin records that stay are the ones earlier versions wrote.
    ar_rng = random.Random(seed ^ 0x5EED)
    arabic = _ArabicWriter(arabic_vocabulary(seed), ar_rng, writer.people, writer.publishers)
    ids: set[int] = set()
    for number in range(records):
        record_id = rng.getrandbits(64)
        while record_id in ids:
            record_id = rng.getrandbits(64)
        ids.add(record_id)
        path = folder / f"{number:06d}_{record_id:016x}.txt"
        text = writer.record()
        if ar_rng.random() < ARABIC_SHARE:
            text = arabic.record()
        path.write_text(text + "\n", encoding="utf-8")
    marker.write_text(stamp)
    return vocab
