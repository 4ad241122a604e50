"""Settled tallies (:mod:`sitrep.ledger.settled`), on short articles written for these
tests (fictional outlets' background paragraphs, real places): months after a one-day
attack its toll no longer moves, so two later articles that recall different tolls
disagree, whoever voices them; while the toll still moves, an outlet's own figures a few
weeks apart are not set against each other."""

from __future__ import annotations

from pathlib import Path

from test_findings_news import _ledger as _news_ledger

from sitrep.ledger.settled import both_settled

RECALL = ("Court hears Kano market case\n\nThe attack on a market in Kano, Nigeria, on "
          "March 14, 2025 killed 31 people and injured {n} others. The trial of four suspects "
          "opened on Monday.")

#: the day's report, which dates the attack: the later articles' "attack in Nigeria" is it
DAY = ("Market attack in Kano\n\nAn attack on a market in Kano, Nigeria, on Friday "
       "killed 12 people, police said.")


def _ledger(tmp_path: Path, articles: dict[str, tuple[str, str]]):
    """Each article on an outlet of its own: the tallies compared are different outlets'."""
    return _news_ledger(tmp_path, articles, own_outlets=True)


def _disagreements(findings, family: str) -> list[list[float]]:
    return [sorted(c.low for c in f.claims) for f in findings
            if f.kind == "disagreement" and f.measure == family]


def test_two_tolls_recalled_long_after_the_attack_disagree(tmp_path: Path):
    claims, findings = _ledger(tmp_path, {
        "daily": (DAY, "2025-03-15"),
        "august": (RECALL.format(n=212), "2026-08-20"),
        "october": (RECALL.format(n=57), "2026-10-02")})
    injured = [c for c in claims if c.family == "injured"]
    assert sorted(c.low for c in injured) == [57, 212], [(c.low, c.family) for c in claims]
    assert both_settled(*injured, "injured")
    assert _disagreements(findings, "injured") == [[57, 212]]


def test_an_outlets_tolls_weeks_after_the_attack_are_not_yet_settled(tmp_path: Path):
    claims, findings = _ledger(tmp_path, {
        "daily": (DAY, "2025-03-15"),
        "april": (RECALL.format(n=212), "2025-04-02"),
        "may": (RECALL.format(n=57), "2025-04-20")})
    injured = [c for c in claims if c.family == "injured"]
    assert len(injured) == 2 and not both_settled(*injured, "injured")
    assert _disagreements(findings, "injured") == []
