"""A week's count above the whole count its government gave before is a revision of that
total, on short articles written for these tests (fictional officials, real places); and
a country's initials written with stops ("U.S.") name the country of a role."""

from __future__ import annotations

from pathlib import Path

from test_findings_news import _ledger

from sitrep.ledger import classify_source

EARLY = ("Volunteers in Russia's war on Ukraine\n\nForeign volunteers fighting for Russia in "
         "its war against Ukraine have suffered about {n} casualties, the Canadian Defence "
         "Ministry said on Tuesday.")
WEEK = ("Volunteers' losses mount\n\nForeign volunteers fighting for Russia in its war "
        "against Ukraine suffered more than {n} casualties in the past week alone, the "
        "Canadian Defence Ministry said on Friday.")


def test_a_week_above_the_earlier_total_revises_it(tmp_path: Path):
    claims, findings = _ledger(tmp_path, {
        "early": (EARLY.format(n=300), "2026-05-05"),
        "week": (WEEK.format(n=500), "2026-05-15")})
    families = sorted(c.family for c in claims if c.low in (300, 500))
    assert families == ["casualties", "casualties (in the past week)"]
    revisions = [f for f in findings if f.kind == "revision"]
    assert len(revisions) == 1
    assert sorted(c.low for c in revisions[0].claims) == [300, 500]


def test_a_week_below_the_earlier_total_revises_nothing(tmp_path: Path):
    _, findings = _ledger(tmp_path, {
        "early": (EARLY.format(n=900), "2026-05-05"),
        "week": (WEEK.format(n=500), "2026-05-15")})
    assert [f for f in findings if f.kind == "revision"] == []


def test_initials_with_stops_name_the_country_of_a_role():
    aide = classify_source("Dana Whitfield", "U.S. National Security Council spokeswoman",
                           None, "x.example", ("UA", "RU"), person="wtfld/dn")
    assert aide.type == "foreign government" and aide.country == "US"
