"""How alike two appeals are, in three senses.

- Near-identical (a duplicate, a campaign letter): Jaccard similarity of word 3-shingles,
  estimated by MinHash. The signature is cut into bands; two texts that share any band's
  hash become candidates (locality-sensitive hashing), so the database finds them with an
  index lookup however many appeals it holds.
- On the same subject (a repeat appeal): the share of content stems the two texts have in
  common, measured against the shorter one.
- What is new: the sentences of the later text whose content the earlier one did not have.
"""

import hashlib
import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

from tyndau.answers.quality.text import sentences, stem, words
from tyndau.routing.engine.features import KAZAKH_FOLD

PERMUTATIONS = 64
BANDS = 8
ROWS = PERMUTATIONS // BANDS  # 8 rows per band: pairs above ~0.75 Jaccard almost always meet
SHINGLE = 3
SEED = 20261124
# Words too common in appeals to say what one is about.
_STOP = frozenset(
    """
    прошу просим просьба вас ваш вам уважаем уважаемый здравствуйте пожалуйста спасибо
    который которые также этот этого этом того чтобы только очень было были есть будет
    можно нужно может года году сегодня вопрос вопросу обращение обращаюсь обращаемся
    адрес акимат аким акима акимата город города района район улица улице дом дома
    құрметті сізден өтінемін өтініш сұраймыз рахмет және үшін бойынша туралы осы бұл
    біздің менің әкім әкімдігі қала қаласы ауданы көшесі үй үйі жыл жылы
    please dear thank thanks would could should about this that there which
    """.split()
)
_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)


def _tokens(text: str) -> list[str]:
    return _LETTERS.findall(text.lower().replace("ё", "е").translate(KAZAKH_FOLD))


def shingles(text: str) -> set[bytes]:
    tokens = _tokens(text)
    if len(tokens) < SHINGLE:
        return {" ".join(tokens).encode()} if tokens else set()
    return {" ".join(tokens[i : i + SHINGLE]).encode() for i in range(len(tokens) - SHINGLE + 1)}


@dataclass(frozen=True)
class Fingerprint:
    signature: np.ndarray  # PERMUTATIONS unsigned 32-bit values
    bands: tuple[int, ...]  # BANDS signed 64-bit keys, one per band

    def to_bytes(self) -> bytes:
        return self.signature.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> "Fingerprint":
        signature = np.frombuffer(data, dtype="<u4").astype(np.uint64)
        return cls(signature, band_keys(signature))


def band_keys(signature: np.ndarray) -> tuple[int, ...]:
    values = signature.astype("<u4")
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=band.to_bytes(2, "big")).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return tuple(keys)


def fingerprint(text: str) -> Fingerprint:
    minhash = MinHash(num_perm=PERMUTATIONS, seed=SEED)
    minhash.update_batch(sorted(shingles(text)) or [b""])
    signature = minhash.hashvalues.astype(np.uint64)
    return Fingerprint(signature, band_keys(signature))


def resemblance(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated Jaccard similarity of the two texts' shingles, 0..1."""
    return float(np.count_nonzero(a.signature == b.signature)) / PERMUTATIONS


def resemblance_to_stored(a: Fingerprint, stored: bytes) -> float:
    """`resemblance` against a signature as the database keeps it, without rebuilding its
    bands (candidates are compared by the hundred at intake)."""
    signature = np.frombuffer(bytes(stored), dtype="<u4")
    return float(np.count_nonzero(a.signature == signature)) / PERMUTATIONS


def content_stems(text: str) -> set[str]:
    return {
        stem(word, "").translate(KAZAKH_FOLD)
        for word in words(text)
        if len(word) > 3 and not word[0].isdigit() and word.lower() not in _STOP
    } - _STOP


def topic_overlap(a: str, b: str) -> float:
    """Share of the shorter text's content stems that the other text also has, 0..1."""
    first, second = content_stems(a), content_stems(b)
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))


@dataclass(frozen=True)
class Span:
    start: int
    end: int


# A later sentence is new when less than this share of its content was in the earlier text.
NEW_SENTENCE_OVERLAP = 0.5


def whats_new(earlier: str, later: str) -> list[Span]:
    """The sentences of `later` that bring content `earlier` did not have."""
    known = content_stems(earlier)
    found = []
    for sentence in sentences(later):
        own = content_stems(sentence.text)
        if len(own) >= 2 and len(own & known) / len(own) < NEW_SENTENCE_OVERLAP:
            found.append(Span(sentence.start, sentence.start + len(sentence.text)))
    return found
