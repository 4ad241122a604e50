"""Inconsistencies against a side's own word, on short articles written for these tests
(fictional officials, real places): an estimate that grew and then falls below its own
peak with no fall announced contradicts the side's earlier figures, while one correction
down, or a rise alone, is a revision."""

from __future__ import annotations

from pathlib import Path

from test_findings_news import _ledger

AGENCY = ("Troops in the war\n\nAbout {n} Belarusian troops have been sent to fight in "
          "Russia's war against Ukraine, Ukraine's military intelligence agency said.")


def _kinds(findings, family: str = "participants") -> list[str]:
    return sorted(f.kind for f in findings if f.measure == family)


def test_an_estimate_that_grows_then_shrinks_unannounced_is_an_inconsistency(
        tmp_path: Path):
    claims, findings = _ledger(tmp_path, {
        "first": (AGENCY.format(n="8,000"), "2026-02-02"),
        "second": (AGENCY.format(n="12,000"), "2026-03-10"),
        "third": (AGENCY.format(n="10,000"), "2026-06-20")})
    assert sorted(c.low for c in claims if c.family == "participants") == [
        8000, 10000, 12000]
    assert _kinds(findings) == ["inconsistency"]  # no revision beside it
    found = next(f for f in findings if f.kind == "inconsistency")
    assert [c.low for c in found.claims] == [8000, 12000, 10000]
    assert "12,000" in found.explanation and "no fall announced" in found.explanation


def test_a_rise_alone_or_one_correction_down_is_a_revision(tmp_path: Path):
    for folder in ("rising", "corrected"):
        (tmp_path / folder).mkdir()
    _, rising = _ledger(tmp_path / "rising", {
        "first": (AGENCY.format(n="8,000"), "2026-02-02"),
        "second": (AGENCY.format(n="12,000"), "2026-03-10")})
    assert _kinds(rising) == ["revision"]
    _, corrected = _ledger(tmp_path / "corrected", {
        "first": (AGENCY.format(n="12,000"), "2026-02-02"),
        "second": (AGENCY.format(n="8,000"), "2026-03-10")})
    assert _kinds(corrected) == ["revision"]


EARLIER = ("Losses in the war\n\nAbout 1,000 Belarusian soldiers have been wounded and some "
           "100 killed in Russia's war against Ukraine, Ukraine's military intelligence "
           "agency said.")
LATER = ("Losses mount\n\n{wounded} Belarusian soldiers have been wounded and some 320 "
         "killed in Russia's war against Ukraine, Ukraine's military intelligence agency "
         "said. The numbers of both the killed and the wounded more than tripled since the "
         "agency's previous report.")


def test_a_figure_that_does_not_follow_the_change_announced_with_it(tmp_path: Path):
    claims, findings = _ledger(tmp_path, {"earlier": (EARLIER, "2026-02-02"),
                                          "later": (LATER.format(wounded="2,200"),
                                                    "2026-03-10")})
    # the change names two counts: it is a claim of each
    assert sorted(c.family for c in claims if c.change) == ["injured", "killed"]
    found = [f for f in findings if f.kind == "inconsistency"]
    assert [f.measure for f in found] == ["injured"]  # 100 to some 320 is more than triple
    assert sorted(c.low or 0 for c in found[0].claims) == [0, 1000, 2200]
    assert "2,850 or more, not 2,200" in found[0].explanation  # about 1,000: 950 x3


def test_an_undated_page_repeating_the_new_figure_is_no_earlier_figure(tmp_path: Path):
    """The earlier figure of an undated page is the base of the change; another undated
    page that repeats the new figure is that figure again, no second base to doubt it."""
    repeat = ("Wounded in the war\n\nSome 2,200 Belarusian soldiers have been wounded in "
              "Russia's war against Ukraine, Ukraine's military intelligence agency said.")
    _, findings = _ledger(tmp_path, {"earlier": (EARLIER, None),
                                     "later": (LATER.format(wounded="2,200"), "2026-03-10"),
                                     "repeat": (repeat, None)})
    found = [f for f in findings if f.kind == "inconsistency"]
    assert [f.measure for f in found] == ["injured"]
    assert "2,850 or more, not 2,200" in found[0].explanation


def test_a_figure_that_follows_the_change_is_no_inconsistency(tmp_path: Path):
    _, findings = _ledger(tmp_path, {"earlier": (EARLIER, "2026-02-02"),
                                     "later": (LATER.format(wounded="3,400"), "2026-03-10")})
    assert [f for f in findings if f.kind == "inconsistency"] == []


def test_a_toll_its_counter_lowers_after_raising_it_is_a_revision(tmp_path: Path):
    toll = ("Izmir toll\n\nThe explosion at the chemical plant in Izmir on Tuesday killed "
            "{n} people, Mehmet Arslan, the regional governor, said.")
    _, findings = _ledger(tmp_path, {"first": (toll.format(n=40), "2026-02-11"),
                                     "second": (toll.format(n=75), "2026-02-12"),
                                     "third": (toll.format(n=62), "2026-02-13")})
    assert _kinds(findings, "killed") == ["revision"]
