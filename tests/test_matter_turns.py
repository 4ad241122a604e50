"""A page's matter, and the sentences that turn away from it: to another party the
sentence opens with, to a setting, or to background of another time (see
extract/page_matters.py)."""

from __future__ import annotations

from datetime import date

from sitrep.extract.runner import extract_text

TITLE = "Varde Shipping to buy Nordlys Ferries, boards agree | Coast Ledger"


def _matters(text: str, title: str = TITLE, published: date | None = date(2026, 3, 9)
             ) -> dict[str, str | None]:
    return {f.evidence.text: f.matter
            for f in extract_text(text, title=title, published=published).figures}


LEAD = ("Varde Shipping will buy Nordlys Ferries for $900 million, both boards said on "
        "Monday. The merged line would run 41 ships on the Norwegian coast. ")


def test_a_sentence_that_opens_with_another_party_is_that_party_s():
    found = _matters(LEAD + "Elsewhere, Halsnøy Lines ordered 6 electric ferries last "
                     "week. It also plans 12 new routes. The merged line keeps 2,300 crew.")
    assert found["6 electric ferries"] == "Halsnøy Lines"
    # "It": the sentence after goes on about the party, but names none of its own
    assert found["12 new routes"] is None
    # a word of the title: back to the page's matter
    assert found["2,300 crew"] == found["41 ships"]
    assert found["41 ships"] is not None and "Varde" in found["41 ships"]


def test_a_setting_or_a_source_at_the_start_is_no_party_of_the_figures():
    found = _matters(LEAD + "In Bergen, harbour staff counted 300 cars on the first "
                     "sailing. Trondheim-based Fosen Line carried 80 trucks.")
    assert found["300 cars"] != "Bergen"
    assert found["80 trucks"] != "Trondheim"


def test_a_sentence_that_opens_with_the_page_s_own_party_goes_back_to_it():
    found = _matters(LEAD + "Halsnøy Lines ordered 6 electric ferries last week. "
                     "Nordlys Ferries carries 3 million riders a year.")
    assert found["6 electric ferries"] == "Halsnøy Lines"
    assert found["3 million riders"] == found["41 ships"]


def test_a_sentence_with_no_party_after_a_turn_goes_back_unless_it_refers_to_it():
    found = _matters(LEAD + "Halsnøy Lines ordered 6 electric ferries last week. Its "
                     "yard employs 500 welders. Fares on the coast rose 7% in a month.")
    assert found["500 welders"] is None  # "Its": still the other line, named before
    assert found["7%"] == found["41 ships"]


def test_a_figure_of_another_year_is_the_page_s_background():
    found = _matters(LEAD + "In 2019 the two lines together carried 200,000 fewer cars.")
    assert found["200,000 fewer cars"] == f"{found['41 ships']} (background)"


def test_names_listed_in_a_bracket_after_a_count_are_no_matter_of_it():
    found = _matters(LEAD + "The merged line also funds two of its green schemes (the Clean "
                     "Fjords Initiative and the Coast Schools Programme) for 5 years.")
    assert found["two of its green schemes"] == found["41 ships"]
