"""An incident that lasts (a strike, a protest, a flood) across its reports: one instance
however each report dates it, and what it counts on one day is compared only with what is
counted on that day (texts written here; fictional sources, real places)."""

from __future__ import annotations

from pathlib import Path

from test_findings_news import _ledger

from sitrep.ledger.instances import is_lasting, is_ongoing

POLICE = ("Pension march in Lyon\n\nAbout 12,000 protesters marched in Lyon, France, on "
          "Saturday against the pension bill, French police said.")
UNION = ("Lyon march\n\nSome 40,000 protesters marched in Lyon, France, on {day} against the "
         "pension bill, the union federation said.")


def test_two_counts_of_one_days_crowd_disagree(tmp_path: Path):
    _, findings = _ledger(tmp_path, {"police": (POLICE, "2026-03-08"),
                                     "union": (UNION.format(day="Saturday"), "2026-03-08")})
    assert [f.kind for f in findings] == ["disagreement"]


def test_crowds_of_two_days_of_one_protest_do_not(tmp_path: Path):
    claims, findings = _ledger(tmp_path, {
        "police": (POLICE, "2026-03-08"),
        "union": (UNION.format(day="Tuesday"), "2026-03-18")})
    # one protest, dated to its Saturday and to a Tuesday ten days on
    assert len({c.subject for c in claims if c.family.startswith("protesters")}) == 1
    assert [f for f in findings if f.kind == "disagreement"] == []


def test_an_incident_named_without_its_day_is_not_an_ongoing_event():
    # a war's counts change over months; a flood's report that dates it nowhere is still
    # of one flood, whose rising count is compared within a day, not within a week
    assert is_ongoing("war, Russia / Ukraine") and is_ongoing("migration, Belarus / Poland")
    assert not is_ongoing("flood, Hungary") and not is_ongoing("earthquake, Nepal")
    assert is_lasting("flood, Hungary, 2026-03-08") and not is_lasting("flood, Hungary")
