"""A report named as a figure's source is not what the figure is about (issue 9), on
pages written for these tests."""

from __future__ import annotations

from datetime import date

from sitrep.extract import extract_text
from sitrep.extract.matter_sources import named_as_source

DAY = date(2026, 5, 12)


def _matters(text: str, title: str) -> dict[str, str | None]:
    return {f.evidence.text: f.matter or f.subject
            for f in extract_text(text, DAY, title=title).figures}


def test_a_report_after_according_to_is_the_source_not_the_matter():
    text = ("Van sales in the Porto region slid 7 percent in April. "
            "Dealers sold 4,120 vans last month, down 7 percent from a year before, "
            "according to the Harbour Van Index report from Tallis Data, a research firm. "
            "Buyers have taken 15,300 vans so far this year.")
    found = _matters(text, "Porto van sales slide 7 percent in April")
    assert found["4,120 vans"] == "Porto van sales"
    # the sentence after names no matter: it goes on with the page's, not the report's
    assert found["15,300 vans"] == "Porto van sales"


def test_a_name_the_source_speaks_of_stays_the_matter():
    text = "About 80,000 people came, according to the Braga Book Fair organisers."
    start = text.index("Braga")
    end = text.index(" organisers")
    assert not named_as_source(text, start, end, "en")
    said = "Turnout rose 9 percent, according to a new Braga Book Fair survey."
    assert named_as_source(said, said.index("Braga"), said.index("."), "en")
    # a name well before the lead, or after a comma, is not in the source phrase
    far = "The Braga Book Fair drew 80,000 people, according to its staff."
    assert not named_as_source(far, far.index("Braga"), far.index(" drew"), "en")


def test_a_name_that_is_no_report_stays_the_matter_of_what_it_tells():
    """"according to the Braga Book Fair": the fair tells its own visitors; its name is
    no report's, and stays the figure's matter."""
    said = "About 80,000 people came, according to the Braga Book Fair."
    assert not named_as_source(said, said.index("Braga"), said.index("."), "en")
    index = "Prices rose 3 percent, according to the Tagus Housing Index."
    assert named_as_source(index, index.index("Tagus"), index.index("."), "en")
