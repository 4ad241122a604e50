"""A tally of several years ("31 cases between 2012 and 2026") is background on a page about
this week's event, even when the span runs up to the page's own year or the page is
undated; a forecast's years date no past (see extract/figure_background.py). Texts written
here."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.runner import extract_text

TITLE = "Cholera outbreak in Harlow infects two"
LEAD = ("An outbreak of cholera in Harlow has infected two people, health officials said on "
        "Monday. ")


def _abouts(text: str, published: date | None) -> dict[str, str | None]:
    return {f.evidence.text: f.matter or f.subject
            for f in extract_text(text, title=TITLE, published=published).figures}


@pytest.mark.parametrize("published", [date(2026, 11, 30), None])
def test_a_tally_of_years_up_to_the_page_s_year_is_background(published: date | None):
    found = _abouts(LEAD + "The region has had a scattering of infections in recent years, "
                    "with 31 cases and 9 deaths between 2012 and 2026, the ministry said.",
                    published)
    assert "(background)" in (found["31 cases"] or "")
    assert "(background)" in (found["9 deaths"] or "")
    assert "(background)" not in (found["two people"] or "")


def test_a_span_of_one_year_is_no_tally():
    found = _abouts(LEAD + "Between 2025 and 2026 the region's clinics hired 30 nurses.",
                    date(2026, 11, 30))
    assert "(background)" not in (found["30 nurses"] or "")


def test_a_forecast_names_years_that_date_no_past():
    text = ("Harlan Aerospace wants its heavy rocket to fly more often, its chief said on "
            "Monday. The agency plans a crewed landing in 2031. The firm expects to build "
            "four rockets through 2027. Last year it built 2 rockets in 2020.")
    found = {f.evidence.text: f.matter or f.subject
             for f in extract_text(text, title="Harlan Aerospace seeks bigger role for its "
                                   "heavy rocket", published=None).figures}
    assert "(background)" not in (found["four rockets"] or "")
    assert "(background)" in (found["2 rockets"] or "")
