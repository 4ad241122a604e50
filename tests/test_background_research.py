"""Background on a page whose matter is read from the page: a study's span of data years is
its own finding, and the whole world is a wider scope only on a page tied to a place (see
extract/figure_background.py). Texts written here."""

from __future__ import annotations

from datetime import date

from sitrep.extract.runner import extract_text

STUDY = "Teen vaping climbs in Ohio high schools, study finds"
STUDY_LEAD = ("Vaping among high school pupils in Ohio has climbed, a study by the Buckeye "
              "Youth Panel said on Tuesday. The panel's report runs to 80 pages. ")


def _matters(text: str, title: str, published: date | None = date(2023, 5, 2)
             ) -> dict[str, str | None]:
    return {f.evidence.text: f.matter
            for f in extract_text(text, title=title, published=published).figures}


def test_a_span_of_years_a_study_draws_on_is_its_own_data():
    found = _matters(STUDY_LEAD + "Researchers analysed surveys filled in by 41,200 pupils "
                     "from 2015 to 2021.", STUDY)
    matter = found["41,200 pupils"]
    assert matter is not None and "(background)" not in matter


def test_a_span_of_years_with_no_research_is_still_background():
    found = _matters(STUDY_LEAD + "Between 2015 and 2021, the state closed 14 schools.",
                     STUDY)
    assert found["14 schools"] is not None and found["14 schools"].endswith("(background)")


TOPIC = "Why people snore, and six ways to sleep quieter"
TOPIC_LEAD = ("Snoring comes from loose tissue in the throat that flutters as air passes. "
              "Sleeping on one side often helps. ")


def test_the_whole_world_is_no_wider_scope_on_a_page_tied_to_no_place():
    found = _matters(TOPIC_LEAD + "Snoring troubles about 90 million adults around the "
                     "world.", TOPIC)
    matter = found["about 90 million adults"]
    assert matter is not None and "(background)" not in matter


def test_the_whole_world_is_wider_than_a_page_tied_to_a_place():
    lead = TOPIC_LEAD.replace("Sleeping", "A sleep clinic in Lyon says sleeping")
    found = _matters(lead + "Snoring troubles about 90 million adults around the world.",
                     TOPIC)
    assert found["about 90 million adults"].endswith("(background)")
