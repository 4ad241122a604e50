"""The article-body metric of the Zyte/Scrapinghub article extraction benchmark.

Implemented from the prose description in ``../shared/data/article-extraction-benchmark/
SOURCE.md`` so that sitrep's figures can be set beside the published ones:

* tokens are ``\\w+`` matches (Unicode, case kept);
* each text becomes a multiset of token 4-grams ("shingles"); a text with 1-3 tokens gives
  one shorter shingle, an empty text gives none;
* per page, TP/FP/FN are the shared, extra and missing shingle counts, divided by their sum
  so every page weighs the same;
* precision and recall are averaged over pages (macro). A page with FP = FN = 0 scores 1 for
  both; a page with an empty prediction is left out of the precision average and scores 0
  recall; F1 is the harmonic mean of the two averages (not the mean of per-page F1);
* accuracy is the share of pages whose token list equals the ground truth's exactly;
* the +/- figures are bootstrap standard deviations over pages.
"""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

SHINGLE_SIZE = 4
_TOKEN = re.compile(r"\w+")

Shingle = tuple[str, ...]


def tokenize(text: str | None) -> list[str]:
    """The ``\\w+`` tokens of ``text`` (None counts as empty), case preserved."""
    return _TOKEN.findall(text or "")


def shingle_counts(text: str | None, size: int = SHINGLE_SIZE) -> Counter[Shingle]:
    """Multiset of token ``size``-grams; fewer tokens than ``size`` give one short shingle."""
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + size]) for i in range(len(tokens) - size + 1))


@dataclass(frozen=True, slots=True)
class PageCounts:
    """Shingle TP/FP/FN of one page, normalised to sum to 1 (all zero if both are empty)."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        total = self.tp + self.fp
        return self.tp / total if total else 0.0

    @property
    def recall(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        total = self.tp + self.fn
        return self.tp / total if total else 0.0

    @property
    def empty_prediction(self) -> bool:
        return self.tp + self.fp == 0

    @property
    def empty_truth(self) -> bool:
        return self.tp + self.fn == 0


def page_counts(truth: str | None, prediction: str | None,
                size: int = SHINGLE_SIZE) -> PageCounts:
    """Compare one prediction with its ground truth."""
    want = shingle_counts(truth, size)
    got = shingle_counts(prediction, size)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    if total == 0:
        return PageCounts(0.0, 0.0, 0.0)
    return PageCounts(tp / total, fp / total, fn / total)


def exact_match(truth: str | None, prediction: str | None) -> bool:
    """True when both texts have the same token list."""
    return tokenize(truth) == tokenize(prediction)


@dataclass(frozen=True, slots=True)
class Scores:
    f1: float
    precision: float
    recall: float


def aggregate(pages: Sequence[PageCounts]) -> Scores:
    """Macro-averaged precision and recall, and F1 as their harmonic mean.

    Precision skips pages with an empty prediction; recall skips pages with an empty ground
    truth (none in the benchmark). An average over no pages is 0.
    """
    precisions = [p.precision for p in pages if not p.empty_prediction]
    recalls = [p.recall for p in pages if not p.empty_truth]
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(f1, precision, recall)


@dataclass(frozen=True, slots=True)
class Report:
    """Scores over a page set with bootstrap standard deviations."""

    pages: int
    empty_predictions: int
    f1: float
    precision: float
    recall: float
    accuracy: float
    f1_std: float
    precision_std: float
    recall_std: float
    accuracy_std: float

    def as_dict(self) -> dict[str, float | int]:
        return {name: getattr(self, name) for name in self.__slots__}

    def line(self) -> str:
        return (f"F1 {self.f1:.3f} ± {self.f1_std:.3f}  "
                f"precision {self.precision:.3f} ± {self.precision_std:.3f}  "
                f"recall {self.recall:.3f} ± {self.recall_std:.3f}  "
                f"accuracy {self.accuracy:.3f} ± {self.accuracy_std:.3f}")


def evaluate(pairs: Sequence[tuple[str | None, str | None]], *, n_bootstrap: int = 1000,
             seed: int = 0) -> Report:
    """Score ``(truth, prediction)`` pairs; the bootstrap resamples pages with ``seed``."""
    if not pairs:
        raise ValueError("no pages to evaluate")
    counts = [page_counts(t, p) for t, p in pairs]
    hits = [1.0 if exact_match(t, p) else 0.0 for t, p in pairs]
    point = aggregate(counts)
    rng = random.Random(seed)
    n = len(counts)
    samples: dict[str, list[float]] = {"f1": [], "precision": [], "recall": [], "accuracy": []}
    for _ in range(n_bootstrap):
        idx = [rng.randrange(n) for _ in range(n)]
        scores = aggregate([counts[i] for i in idx])
        samples["f1"].append(scores.f1)
        samples["precision"].append(scores.precision)
        samples["recall"].append(scores.recall)
        samples["accuracy"].append(statistics.fmean(hits[i] for i in idx))

    def std(key: str) -> float:
        values = samples[key]
        return statistics.stdev(values) if len(values) > 1 else 0.0

    return Report(
        pages=n, empty_predictions=sum(c.empty_prediction for c in counts),
        f1=point.f1, precision=point.precision, recall=point.recall,
        accuracy=statistics.fmean(hits),
        f1_std=std("f1"), precision_std=std("precision"), recall_std=std("recall"),
        accuracy_std=std("accuracy"),
    )
