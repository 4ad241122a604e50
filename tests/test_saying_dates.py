"""When a figure was said: a date of saying (a dateline, "said on Monday", "on 3 March the
ministry said", "In September, X announced") dates a statement; a year or a period the
figure is about ("in the first half of 2025", "so far this year", "through November 2030")
never does. Every text is written here, about fictional officials in real places."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.runner import extract_text

PUBLISHED = date(2026, 5, 20)  # a Wednesday


def said_on(text: str, published: date | None = PUBLISHED) -> dict[str, date | None]:
    """Each figure's evidence and the day it was stated on."""
    return {f.evidence.text: f.attribution.stated_on
            for f in extract_text(text, published).figures}


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize("text", [
    # a year or a half-year of what is counted, in a clause before the source
    "Grain exports to Peru fell to $4.2 billion in 2024, according to the Iowa Grain Council.",
    "Grain exports to Peru reached $1.3 billion in the first half of 2025, up from 2024, "
    "according to the Iowa Grain Council.",
    "Grain exports to Peru reached $1.3 billion in the first half of 2025, up from 2024, "
    "the Iowa Grain Council reported.",
    # the bound of a period: the time of what is told
    "The harbour in Gdansk will spend $2 billion on cranes through November 2030, "
    "Mayor Olek Brandt said.",
    "So far this year, Mayor Olek Brandt has reported 42 burglaries in Gdansk.",
    "Mayor Olek Brandt has reported 42 burglaries in Gdansk so far this year.",
    "Since March, Mayor Olek Brandt has reported 42 burglaries in Gdansk.",
    # a year in a clause about the speaker
    "The Ohio Department of Energy, founded in 1990, said 12 wind farms had closed.",
])
def test_the_time_of_what_is_told_is_not_the_day_it_was_told(text, published):
    assert set(said_on(text, published).values()) == {None}


def test_a_year_carried_to_the_next_sentence_does_not_date_it():
    got = said_on("Grain exports to Peru fell to $4.2 billion in 2024, according to the Iowa "
                  "Grain Council. Shipments in the first half of 2025 sank to $1.1 billion.",
                  None)
    assert got == {"$4.2 billion": None, "$1.1 billion": None}


@pytest.mark.parametrize(("text", "day"), [
    ("Mayor Olek Brandt said on Monday that 42 burglaries were recorded so far this year.",
     date(2026, 5, 18)),
    ("Forty-two burglaries were recorded, Mayor Olek Brandt said on Monday.",
     date(2026, 5, 18)),
    ("Forty-two burglaries were recorded, Mayor Olek Brandt said in a statement on Monday.",
     date(2026, 5, 18)),
    ("On 3 March the Ohio Department of Energy said 12 wind farms had closed.",
     date(2026, 3, 3)),
    ("On Tuesday, Mayor Olek Brandt said 12 schools in Gdansk had closed.",
     date(2026, 5, 19)),
    ("The Ohio Department of Energy on Tuesday said 12 wind farms had closed.",
     date(2026, 5, 19)),
    ("In September 2025, the Ohio Department of Energy announced that 40 wind farms were "
     "complete.", date(2025, 9, 1)),
    ("A report put out late Monday by the Ohio Department of Energy said 40 wind farms were "
     "complete.", date(2026, 5, 18)),
    ("Back in March, Mayor Olek Brandt said 12 schools in Gdansk had closed.",
     date(2026, 3, 1)),
    ("As noted above, a March 2025 study by the Ohio Department of Energy concluded that 40 "
     "wind farms were idle.", date(2025, 3, 1)),
])
def test_a_date_of_saying_dates_the_statement(text, day):
    assert list(said_on(text).values()) == [day]


def test_a_dateline_dates_an_undated_page():
    got = said_on("LEEDS, May 18, 2025 (Wire) - Flooding closed 30 roads across the county, "
                  "council leader Ann Hollis said.", None)
    assert got == {"30 roads": date(2025, 5, 18)}


def test_a_dateline_reads_the_weekday_of_saying():
    got = said_on("LEEDS, May 18, 2025 (Wire) - Flooding closed 30 roads across the county, "
                  "council leader Ann Hollis said on Tuesday.", None)
    assert got == {"30 roads": date(2025, 5, 13)}


def test_a_follow_up_takes_the_day_of_saying_unless_it_dates_what_it_tells():
    """The ministry's day of saying carries to its next statement, but not to a sentence
    that dates the events it tells ("on Saturday evening"): when that was said is not told."""
    got = said_on("The death toll from the roof collapse in Split rose to 12, the Croatian "
                  "Interior Ministry said on Monday. More than 40 people were hurt when the "
                  "roof fell during a concert on Saturday evening, according to the Croatian "
                  "Interior Ministry. The Croatian Interior Ministry also said 9 people were "
                  "still in hospital.")
    assert got == {"12": date(2026, 5, 18), "More than 40 people": None,
                   "9 people": date(2026, 5, 18)}
