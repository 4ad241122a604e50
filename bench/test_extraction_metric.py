"""Hand-computed cases for ``extraction_metric``: ``pytest bench/test_extraction_metric.py``."""

from __future__ import annotations

from collections import Counter

import pytest
from extraction_metric import (
    PageCounts,
    aggregate,
    evaluate,
    exact_match,
    page_counts,
    shingle_counts,
    tokenize,
)

TEXT = "The council met on Tuesday and approved the harbour budget."


def test_tokenize_keeps_case_and_drops_punctuation() -> None:
    assert tokenize("Hello, World! it's 2025") == ["Hello", "World", "it", "s", "2025"]
    assert tokenize(None) == []
    assert tokenize("Zürich straße") == ["Zürich", "straße"]


def test_shingles_are_a_multiset_of_4grams() -> None:
    got = shingle_counts("a b c d a b c d")
    # 8 tokens -> 5 windows; "a b c d" occurs twice
    assert sum(got.values()) == 5
    assert got[("a", "b", "c", "d")] == 2


def test_fewer_than_four_tokens_give_one_short_shingle() -> None:
    assert shingle_counts("one two three") == Counter({("one", "two", "three"): 1})
    assert shingle_counts("") == Counter()
    # the short shingle only matches the identical short text
    assert page_counts("one two three", "one two three").precision == 1.0
    counts = page_counts("one two three", "one two")
    assert (counts.tp, counts.fp, counts.fn) == (0.0, 0.5, 0.5)


def test_identical_texts_score_one() -> None:
    counts = page_counts(TEXT, TEXT)
    assert (counts.tp, counts.fp, counts.fn) == (1.0, 0.0, 0.0)
    report = evaluate([(TEXT, TEXT)], n_bootstrap=10)
    assert report.f1 == report.precision == report.recall == report.accuracy == 1.0


def test_case_matters() -> None:
    assert not exact_match("Big News Today here", "big news today here")
    assert page_counts("Big News Today here", "big news today here").tp == 0.0


def test_disjoint_texts_score_zero() -> None:
    counts = page_counts("a b c d e", "v w x y z")
    # 2 shingles each, none shared: tp 0, fp 2, fn 2, normalised by 4
    assert (counts.tp, counts.fp, counts.fn) == (0.0, 0.5, 0.5)
    assert counts.precision == counts.recall == 0.0
    scores = aggregate([counts])
    assert scores.f1 == 0.0


def test_partial_overlap_is_normalised_per_page() -> None:
    # truth: 6 tokens -> 3 shingles; prediction drops the last token -> 2 shingles, both shared
    counts = page_counts("a b c d e f", "a b c d e")
    assert counts.tp == pytest.approx(2 / 3)
    assert counts.fp == 0.0
    assert counts.fn == pytest.approx(1 / 3)
    assert counts.precision == 1.0
    assert counts.recall == pytest.approx(2 / 3)


def test_empty_prediction_hurts_recall_only() -> None:
    empty = page_counts(TEXT, "")
    assert empty.empty_prediction and (empty.tp, empty.fp, empty.fn) == (0.0, 0.0, 1.0)
    assert page_counts(TEXT, None) == empty
    scores = aggregate([page_counts(TEXT, TEXT), empty])
    assert scores.precision == 1.0  # the empty page is left out of precision
    assert scores.recall == 0.5  # ... but scores 0 in recall
    assert scores.f1 == pytest.approx(2 * 1.0 * 0.5 / 1.5)


def test_f1_is_harmonic_mean_of_averages_not_mean_of_f1() -> None:
    pages = [PageCounts(0.5, 0.5, 0.0), PageCounts(0.5, 0.0, 0.5)]
    # precision: (0.5 + 1) / 2 = 0.75; recall: (1 + 0.5) / 2 = 0.75 -> F1 0.75
    # (the mean of per-page F1 would be 2/3)
    assert aggregate(pages).f1 == pytest.approx(0.75)


def test_accuracy_is_exact_token_match() -> None:
    report = evaluate([(TEXT, TEXT.upper()), (TEXT, " " + TEXT.replace(".", "!"))],
                      n_bootstrap=10)
    assert report.accuracy == 0.5


def test_bootstrap_is_reproducible_with_a_seed() -> None:
    pairs = [(TEXT, TEXT), (TEXT, "unrelated words entirely here"), (TEXT, "")]
    first = evaluate(pairs, n_bootstrap=200, seed=7)
    again = evaluate(pairs, n_bootstrap=200, seed=7)
    assert first == again
    assert first.f1_std > 0
    assert first.empty_predictions == 1
