"""A sum's noun after its link joined by "and" to a second noun of the same sum (see
extract/measure_pairs.py). Texts written here (fictional firms, real places)."""

from __future__ import annotations

from figure_lookup import figures_of


def _measures(text: str) -> dict[str, str | None]:
    return {f.evidence.text: f.measure for f in figures_of(text)}


def test_a_sum_in_two_things_names_both():
    found = _measures("Backers put $4.2 billion in loans and shares into Corvan Labs.")
    assert found == {"$4.2 billion in loans and shares": "loans and shares"}
    found = _measures("Lenders pledged $20 billion in aid and loans to Peru.")
    assert found == {"$20 billion in aid and loans": "aid and loans"}


def test_and_before_a_clause_or_a_longer_phrase_joins_nothing():
    assert _measures("Backers put $4.2 billion in loans and the bank in Oslo paid more.") == {
        "$4.2 billion in loans": "loans"}
    assert _measures("Voters put $40 million in bonds and officials in Leeds said work starts "
                     "soon.") == {"$40 million in bonds": "bonds"}
