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
GENERATOR_VERSION = 2
ZIPF_EXPONENT = 1.0

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
    ids: set[int] = set()
    for number in range(records):
        record_id = rng.getrandbits(64)
        while record_id in ids:
            record_id = rng.getrandbits(64)
        ids.add(record_id)
        path = folder / f"{number:06d}_{record_id:016x}.txt"
        path.write_text(writer.record() + "\n", encoding="utf-8")
    marker.write_text(stamp)
    return vocab
