"""A share named only by a result noun is the change of the quantity its sentence named
before it ("410 Nm of torque, a 9% improvement"); a count that a cut of a service reaches
counts the things left without it. See extract/measure_results.py and
extract/measure_services.py. Texts written here."""

from __future__ import annotations

from figure_lookup import one


def test_a_result_noun_takes_the_quantity_named_before_it():
    text = "The new Harlan engine makes 410 Nm of torque, a 9% improvement on the old one."
    assert one(text, "9%").measure == "torque improvement"


def test_two_results_and_respectively_pair_in_order():
    text = ("The Harlan unit gives 160 PS and 380 Nm of torque, a 15% and 11% gain "
            "respectively over its older sibling.")
    assert one(text, "15%").measure == "power gain"
    assert one(text, "11%").measure == "torque gain"


def test_a_count_a_service_cut_reaches_is_named_so():
    text = "Mereford Power began cutting power on Tuesday to about 62,000 homes in Dorset."
    assert one(text, "62,000").measure.startswith("homes without power")


def test_a_count_a_service_reaches_again_is_named_so():
    text = "Crews for Mereford Power restored electricity to 8,000 customers on Monday."
    assert one(text, "8,000").measure == "customers with electricity restored"


def test_to_grow_a_thing_by_a_share_is_a_change_of_it():
    text = "Tellam Air plans to expand its fleet by 25% by 2030, its chief said on Monday."
    assert one(text, "25%").measure == "fleet increase"
