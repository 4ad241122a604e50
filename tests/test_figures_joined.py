"""Two numbers joined by "and" with no "between": two figures of one thing, not a range
(see extract/figure_joined.py). Texts written here (fictional, real places)."""

from __future__ import annotations

from figure_lookup import figures_of


def _by_text(text: str) -> dict[str, tuple[float | None, float | None, str | None, str | None]]:
    return {f.evidence.text: (f.low, f.high, f.unit, f.measure) for f in figures_of(text)}


def test_and_without_between_gives_two_counts_of_one_noun():
    found = _by_text("The floods in Kiel and Lübeck destroyed 40 and 55 homes on Monday.")
    assert found["40"][:2] == (40, 40) and found["40"][3].startswith("homes")
    assert found["55 homes"][:2] == (55, 55)


def test_a_share_with_no_noun_takes_the_noun_of_the_share_after_it():
    found = _by_text("Halden Motors said the new engines give a 14% and 11% gain in torque "
                     "respectively over the old pair.")
    # and "in torque" after the noun says what gained (measure_change_in)
    assert found["14%"][2:] == ("%", "torque increase") == found["11% gain"][2:]


def test_between_still_opens_a_range():
    found = _by_text("Between 30 and 40 people were hurt when a stand fell in Graz.")
    assert found["Between 30 and 40 people"][:2] == (30, 40)


def test_another_unit_after_the_joiner_lends_no_noun():
    found = _by_text("Prices in Split rose 6% and 40 shops closed in March.")
    assert found["6%"][3] != found["40 shops"][3]


def test_a_change_to_a_new_level_is_two_figures_not_a_range():
    """"rose 25% to 1.2 million units": a share, then the level reached; the scale of the
    second number never multiplies the first, and a unit on the first alone joins nothing."""
    found = _by_text("Sales of the Kestrel bike in Aarhus rose 25% to 1.2 million units.")
    assert found["25%"][:3] == (25, 25, "%")
    assert found["1.2 million units"][:2] == (1_200_000, 1_200_000)
    found = _by_text("Its fleet in Bergen grew 40 to 2 million tonnes of cargo a year.")
    assert not any(low and high and low > high for low, high, _, _ in found.values())
    # a range with the unit on both numbers, or on the second alone, stays one
    assert _by_text("Rents in Turku rose 5% to 8% a year.")["5% to 8%"][:3] == (5, 8, "%")
    found = _by_text("Officials in Tartu expect 20 to 30% of homes to lose power.")
    assert found["20 to 30% of homes"][:3] == (20, 30, "%")


def test_up_to_before_an_article_bounds_the_sum_after_it():
    """"up to a $90,000 penalty" is at most that; "a maximum of" stays the reading itself
    (a laptop's loudest noise, tests/test_figures_hand_en_dialled.py)."""
    found = _by_text("A judge in Hull may impose up to a $90,000 penalty.")
    assert found["up to a $90,000 penalty"][:2] == (None, 90_000)
