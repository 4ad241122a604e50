"""A person who heads a team at the page's work is no matter of its figures, but a
person the page turns to still is (issue 9: hand checks of real news), on pages written
for these tests."""

from __future__ import annotations

from datetime import date

from sitrep.extract import extract_text
from sitrep.extract.matter_people import leads_team

DAY = date(2026, 6, 3)
TITLE = "Astronomers map salt flats on Jupiter's moon Callisto"
LEAD = ("Astronomers have mapped salt flats on Callisto, the second-largest of Jupiter's "
        "moons. The maps appear this week in a planetary science journal. ")


def _matters(text: str, title: str | None) -> dict[str, str | None]:
    """Each figure's evidence -> what it is about (its matter, else its subject)."""
    return {f.evidence.text: f.matter or f.subject
            for f in extract_text(text, DAY, title=title).figures}


def test_a_team_s_lead_is_not_the_matter_of_its_work():
    """"Halasz and her team needed 23 nights": the survey's, not Halasz's."""
    found = _matters(LEAD + "Imre Halasz and her team needed 23 nights of telescope time "
                     "in Chile.", TITLE)
    assert found["23 nights"] == TITLE


def test_a_person_alone_is_still_the_party_turned_to():
    """A person with no team, on a page whose matter the sentence does not refer back
    to, keeps the sentence's figures (a word of the title is not enough)."""
    text = ("Ferry fares in Bergen will rise in March, the city council said. "
            "The new fares were set on Tuesday. "
            "Imre Halasz, who sings in a Bergen choir, won 3 regional prizes last year.")
    assert _matters(text, "Harbour ferry fares rise in Bergen")["3 regional prizes"] == (
        "Imre Halasz")


def test_which_words_after_a_name_make_a_team():
    """"and his colleagues", "'s team", "and co-authors": a group at work; "and his
    brother" is none."""
    assert leads_team("Ines Varga and his colleagues found", len("Ines Varga"), "en")
    assert leads_team("Ines Varga’s research team found", len("Ines Varga"), "en")
    assert leads_team("Ines Varga and co-authors found", len("Ines Varga"), "en")
    assert not leads_team("Ines Varga and his brother found", len("Ines Varga"), "en")
    assert not leads_team("Ines Varga said", len("Ines Varga"), "en")
