"""Pairs joined into groups named by their smallest id, whatever the order of the pairs."""

from __future__ import annotations

import itertools

from sitrep.groups import joined


def test_groups_are_named_by_their_smallest_id_in_any_order():
    pairs = [("d", "b"), ("c", "a"), ("b", "c"), ("x", "y")]
    expected = {"b": "a", "c": "a", "d": "a", "y": "x"}
    for order in itertools.permutations(pairs):
        assert joined(order) == expected
    assert joined([]) == {} and joined([("a", "a")]) == {}
