"""A body that revises its estimate states a figure: "the port authority cut its estimate of
daily losses to about 2 million euros", "the ministry raised its death toll from the blast to
58". The verb's subject is the source, the estimate names what the value measures, and the
earlier value after "from" measures the same. Every text is written here, about fictional
bodies in real places."""

from __future__ import annotations

from datetime import date

from sitrep.extract import extract_text

PUBLISHED = date(2026, 5, 20)


def figures(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each figure's evidence -> (its source, its measure)."""
    return {f.evidence.text: (f.attribution.speaker or f.attribution.org, f.measure)
            for f in extract_text(text, PUBLISHED).figures}


def test_a_cut_estimate_is_the_bodys_and_measures_what_it_estimates():
    found = figures("The Port of Constanta Authority on Monday cut its estimate of daily "
                    "losses from the strike to about 2 million euros, from up to 3 million "
                    "euros last week.")
    assert found["about 2 million euros"] == ("Port of Constanta Authority", "daily losses")
    assert found["up to 3 million euros"] == ("Port of Constanta Authority", "daily losses")


def test_a_lowered_forecast_measures_the_forecast_not_the_place_it_is_for():
    found = figures("The Danube Monetary Institute lowered its growth forecast for Hungary to "
                    "1.5 percent.")
    assert found["1.5 percent"] == ("Danube Monetary Institute", "growth forecast")


def test_a_raised_toll_with_what_it_is_of_between_counts_the_dead():
    found = figures("The Hellenic Fire Service raised its death toll from the blaze to 58 on "
                    "Tuesday.")
    assert found["58"] == ("Hellenic Fire Service", "killed")


def test_cutting_things_is_no_statement():
    found = figures("The Kaunas Tram Company cut 300 jobs in March, and a further 40 in "
                    "April.")
    assert all(source is None for source, _ in found.values()), found


def test_a_revision_without_a_number_after_to_is_no_statement():
    found = figures("The Kaunas Tram Company cut its estimate of delays sharply. About 40 "
                    "trams were idle on Monday.")
    assert found["About 40 trams"][0] is None
