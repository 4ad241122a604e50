"""Findings on pages without a publication date, and counts that are parts of a toll, on
short texts written for these tests (fictional officials, real places)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_findings_news import _ledger

from sitrep.ledger.families import dead_among
from sitrep.ledger.subsets import subgroup
from sitrep.ledger.undated import day_said

STRIKE = ("Missile strike on Zaporizhzhia\n\nA Russian missile strike on Zaporizhzhia in "
          "southern Ukraine on Tuesday killed 5 people, Oleh Marchenko, the regional governor, "
          "said.")
#: undated, in Russian: "the toll of the missile attack on Zaporizhzhia rose to 14, governor
#: Oleh Marchenko said on 9 May"
RISEN_RU = ("Удар по Запорожью\n\nЧисло погибших в результате ракетной атаки на Запорожье на "
            "юге Украины выросло до 14 человек, сообщил 9 мая губернатор Олег Марченко.")


def test_an_undated_page_is_dated_by_the_day_its_sentence_names(tmp_path: Path):
    """A page with no date says "9 May" and no year: the first 9 May after the strike it
    counts dates the figure, so the rising toll reads as a revision."""
    claims, found = _ledger(tmp_path, {"strike": (STRIKE, "2024-05-07"),
                                       "risen": (RISEN_RU, None)})
    risen = next(c for c in claims if c.low == 14)
    assert risen.stated_on == date(2024, 5, 9) and risen.stated_on_known
    (revision,) = found
    assert revision.kind == "revision"
    assert [c.low for c in revision.claims] == [5, 14]


def test_a_day_is_read_only_soon_after_the_incident():
    incident = date(2024, 12, 30)
    assert day_said("сообщил 2 января губернатор", "ru", incident) == date(2025, 1, 2)
    assert day_said("teilte am 3. Januar mit", "de", incident) == date(2025, 1, 3)
    # the latest day named: what is said comes after what it tells of
    assert day_said("the strike on December 30 killed 5, he said on January 4", "en",
                    incident) == date(2025, 1, 4)
    assert day_said("said on 25 December", "en", incident) is None  # before it
    assert day_said("said on 20 March", "en", incident) is None  # too far off to be sure
    assert day_said("said on Saturday", "en", incident) is None  # any Saturday
    assert day_said("9 мая", "xx", incident) is None  # a language without a calendar
    # the incident's own day names the event, not a day anyone spoke
    assert day_said("the December 30 strike has now killed 9", "en", incident) is None


def test_a_count_of_children_is_a_part_of_the_toll():
    assert subgroup("children") == "children"
    assert subgroup("children killed") == "children"
    assert subgroup("women in Kherson") == "women"
    assert subgroup("people") is None and subgroup(None) is None


def test_victims_with_the_dead_among_them_are_no_count_of_the_injured():
    assert dead_among(" people were hurt, of whom 12 died.", "en")
    assert dead_among(" человек, из них 44 погибли.", "ru")
    assert not dead_among(" people were hurt, of them 12 children.", "en")
    assert not dead_among(" Verletzte, davon 20 schwer.", "de")
    assert not dead_among(" people were hurt and 12 died.", "en")
