"""The pairs a dedupe bucket meets, kept as codes, and the close ones among them.

``pair_set`` must give every pair within each group of holders once, in id order, whether
the group is small (made in Python) or large (made with numpy), and ``close_pairs`` must
keep exactly the pairs whose compact signatures reach the bar, reading the signatures from
a part's ``article_minhash`` Parquet file as the cluster's workers wrote them.
"""

from __future__ import annotations

import itertools
import random

import pytest

from sitrep import dedupe
from sitrep.store import relations, rows

pytest.importorskip("pyarrow")

from sitrep.scale.candidates import _ARRAY_GROUP, close_pairs, pair_set
from sitrep.scale.parquet import write_rows


def _expected(groups: list[list[str]], extra: list[tuple[str, str]]) -> set[tuple[str, str]]:
    out = {(min(a, b), max(a, b)) for a, b in extra if a != b}
    for group in groups:
        out |= set(itertools.combinations(sorted(set(group)), 2))
    return out


def test_pair_set_gives_every_pair_once_in_id_order() -> None:
    big = [f"a{k:03d}" for k in range(_ARRAY_GROUP + 5)]  # made with numpy
    groups = [["b2", "b1"], ["b1", "b2", "b3"], big, ["a005", "b1", "a005"], ["lone"]]
    extra = [("c9", "c1"), ("c1", "c9"), ("a001", "a000")]
    found = pair_set(groups, extra)
    assert found.pairs() == _expected(groups, extra)
    assert len(found.codes) == len(_expected(groups, extra))  # no pair twice
    assert list(found.codes) == sorted(found.codes)
    assert found.ids == sorted(found.ids)


def test_pair_set_of_nothing_is_empty() -> None:
    found = pair_set([["x"]], [])
    assert found.pairs() == set() and len(found.codes) == 0


def _text(seed: int, words: int = 120) -> str:
    rng = random.Random(seed)
    vocabulary = [f"w{k}" for k in range(900)]
    return " ".join(rng.choice(vocabulary) for _ in range(words))


def test_close_pairs_keeps_the_pairs_that_reach_the_bar(tmp_path) -> None:
    base_text = _text(1)
    texts = {
        "art-a": base_text,
        "art-b": base_text.replace("w1 ", "w2 ", 3) + " closing words here",  # near copy
        "art-c": _text(2),  # unrelated
        "art-d": _text(3),  # unrelated, in another part
        "art-e": "too short to sign",  # no signature: never a pair here
    }
    prints = dict(zip(texts, dedupe.fingerprints(list(texts.values())), strict=True))
    assert prints["art-e"].signature is None
    parts = {"p1": ["art-a", "art-c", "art-e"], "p2": ["art-b", "art-d"]}
    for part, ids in parts.items():
        minhash = [r for i in ids if (r := rows.minhash_row(i, prints[i])) is not None]
        write_rows(tmp_path / "parts" / part / "article_minhash.parquet",
                   rows.MINHASH_COLUMNS, minhash)
    bar = min(relations.MIN_JACCARD, dedupe.THRESHOLD)

    def score(a: str, b: str) -> float:
        return dedupe.similarity(dedupe.compact(prints[a].signature),  # type: ignore[arg-type]
                                 dedupe.compact(prints[b].signature))  # type: ignore[arg-type]

    signed = [i for i in texts if prints[i].signature is not None]
    expected = {(a, b) for a, b in itertools.combinations(sorted(signed), 2)
                if score(a, b) >= bar}
    assert ("art-a", "art-b") in expected and len(expected) < 6  # the test tells apart
    found = close_pairs(tmp_path, list(parts), pair_set([sorted(texts)], []))
    assert found == expected
