"""A toll seen at several times, and counts that are parts or additions, on short
articles and sentences written for these tests (fictional officials, real places): a
rising toll is no disagreement between its sources, a source does not disagree with a
figure it gives itself, a day that says when the event happened dates no statement, and a
count of another country's place or of a new wave is a measure of its own."""

from __future__ import annotations

from pathlib import Path

from test_findings_news import _ledger

from sitrep.ledger.families import counted

GOVERNOR = ("Blast at Izmir plant\n\nAn explosion at a chemical plant in Izmir on Tuesday "
            "killed {n} people, Mehmet Arslan, the regional governor, said.")
RED_CRESCENT = ("Izmir toll\n\nThe explosion at the chemical plant in Izmir on Tuesday killed "
                "{n} people, the Turkish Red Crescent said.")


def test_a_toll_rising_over_days_is_no_disagreement(tmp_path: Path):
    claims, findings = _ledger(tmp_path, {
        "governor": (GOVERNOR.format(n=40), "2026-02-11"),
        "crescent": (RED_CRESCENT.format(n=75), "2026-02-12")})
    assert sorted(c.low for c in claims if c.family == "killed") == [40, 75]
    assert [f for f in findings if f.kind == "disagreement"] == []


def test_a_toll_that_falls_a_day_later_still_disagrees(tmp_path: Path):
    _, findings = _ledger(tmp_path, {
        "governor": (GOVERNOR.format(n=75), "2026-02-11"),
        "crescent": (RED_CRESCENT.format(n=40), "2026-02-12")})
    assert [f.kind for f in findings] == ["disagreement"]


def test_a_source_does_not_disagree_with_a_figure_it_gives_itself(tmp_path: Path):
    earlier = GOVERNOR.replace("said.", "said on Wednesday.").format(n=31)
    later = ("Izmir toll jumps\n\nThe death toll from the explosion at the Izmir chemical "
             "plant on Tuesday rose to 57, Mehmet Arslan, the regional governor, said on "
             "Wednesday.")
    crescent = RED_CRESCENT.replace("said.", "said on Wednesday.").format(n=57)
    claims, findings = _ledger(tmp_path, {"earlier": (earlier, "2026-02-11"),
                                          "later": (later, "2026-02-11"),
                                          "crescent": (crescent, "2026-02-11")})
    assert sorted(c.low for c in claims if c.family == "killed") == [31, 57, 57]
    assert [f for f in findings if f.kind == "disagreement"] == []


def test_the_day_of_the_event_on_a_later_page_dates_no_statement(tmp_path: Path):
    # said "on February 10", the day of the blast, in a page of a week later: the day may
    # be when they died as well as when he spoke, so it dates nothing, nor does the page
    recap = ("A week after Izmir\n\nThe explosion at the Izmir chemical plant on February 10 "
             "killed 61 people, Mehmet Arslan, the regional governor, said on February 10.")
    claims, _ = _ledger(tmp_path, {"recap": (recap, "2026-02-17")})
    toll = next(c for c in claims if c.low == 61)
    assert toll.stated_on is None and toll.date_basis == "undated"


def test_exact_counts_a_day_apart_are_a_revision(tmp_path: Path):
    later = ("Izmir toll rises\n\nThe death toll from the explosion at the Izmir chemical "
             "plant on Tuesday rose to 137, Mehmet Arslan, the regional governor, said.")
    _, findings = _ledger(tmp_path, {"first": (GOVERNOR.format(n=133), "2026-02-11"),
                                     "later": (later, "2026-02-12")})
    revision = next(f for f in findings if f.kind == "revision")
    assert [c.low for c in revision.claims] == [133, 137]


def test_a_place_of_another_country_in_the_counts_own_phrase_is_a_part():
    quake = "earthquake, Myanmar, 2026-02-10"
    bangkok = counted(None, "The number of dead from the collapse of a hotel in Bangkok has "
                      "risen to ", "", quake)
    assert bangkok.family == "killed" and bangkok.part == "Bangkok"
    # where the event was is no part of it, and nor is a place of the event's own country
    assert counted(None, "The death toll from the quake centred in Mandalay rose to ", "",
                   quake).part is None
    assert counted(None, "The death toll from the collapse of a hotel in Bangkok rose to ",
                   "", "collapse, Thailand, 2026-02-10").part is None


def test_a_new_wave_of_troops_is_not_the_total():
    war = "war, Russia / Ukraine"
    wave = counted("troops", "The ministry said the North would send another ", "", war)
    assert wave.family == "participants" and wave.part == "additional"
    assert counted("troops", "The ministry said the North had sent ", "", war).part is None
    # another group of a toll is no wave: "killed 5 and injured another 12"
    assert counted(None, "The strike killed 5 and injured another ", "",
                   "attack, Ukraine, 2026-02-10").part is None


def test_a_misreported_magnitude_is_a_disagreement_and_an_aftershock_its_own(
        tmp_path: Path):
    agency = ("Quake in Nepal\n\nA magnitude 7.6 earthquake struck near Pokhara in Nepal on "
              "Friday, the US Geological Survey said. A 6.1-magnitude aftershock followed "
              "minutes later.")
    outlet = ("Nepal shaken\n\nThe 8.1-magnitude earthquake that struck Nepal on Friday "
              "damaged hundreds of homes near Pokhara.")
    claims, findings = _ledger(tmp_path, {"agency": (agency, "2026-03-14"),
                                          "outlet": (outlet, "2026-03-14")})
    family = {c.low: c.family for c in claims if c.low in (7.6, 8.1, 6.1)}
    assert family == {7.6: "magnitude", 8.1: "magnitude", 6.1: "magnitude (other shock)"}
    found = [f for f in findings if f.kind == "disagreement"]
    assert [f.measure for f in found] == ["magnitude"]
    assert sorted(c.low for c in found[0].claims) == [7.6, 8.1]
    assert "7.6" in found[0].explanation and "8.1" in found[0].explanation
