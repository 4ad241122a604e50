"""Workers who joined a strike, stopped work or walked out are one count, the strikers: a
union's and an employer's counts of them are compared (texts written here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_findings_news import _ledger

from sitrep.ledger.families import counted


@pytest.mark.parametrize(("measure", "family"), [
    ("workers who joined the strike", "strikers"), ("people who have stopped work", "strikers"),
    ("dock workers who walked out on Monday", "strikers"), ("strikers", "strikers"),
    ("drivers on strike", "strikers"), ("workers employed by the operators", None)])
def test_those_who_stopped_work_are_the_strikers(measure: str, family: str | None):
    assert counted(measure, "About ", "", "strike, Poland").family == family


def test_a_union_and_an_employer_disagree_on_the_strikers(tmp_path: Path):
    union = ("Dockers strike in Klaipeda\n\nDock workers at the port of Klaipeda, Lithuania, "
             "went on strike over pay on Monday. About 900 workers joined the strike, union "
             "leader Rasa Petraityte said.")
    employer = ("Port plays down dock strike\n\nOnly about 250 dockers stopped work in the "
                "strike at the port of Klaipeda, Lithuania, on Monday, the port authority said.")
    claims, findings = _ledger(tmp_path, {"union": (union, "2026-07-06"),
                                          "employer": (employer, "2026-07-06")})
    assert {c.low: c.family for c in claims if c.low in (900, 250)} == {
        900: "strikers", 250: "strikers"}
    assert [f.kind for f in findings] == ["disagreement"]
