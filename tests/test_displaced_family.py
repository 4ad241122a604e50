"""People who left, fled or were forced from their homes are the displaced, as the
evacuated are: two sources' counts of them are compared (texts written here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_findings_news import _ledger

from sitrep.ledger.families import counted


@pytest.mark.parametrize("after", [
    " had left their homes by Sunday, the charity said.",
    " fled their homes as the water rose.",
    " were forced from their homes in the valley.",
    " were evacuated overnight.",
])
def test_people_out_of_their_homes_are_the_displaced(after: str):
    assert counted("people", "Close to ", after, "flood, Hungary").family == "displaced"


def test_people_who_stayed_at_home_are_not():
    assert counted("people", "Close to ", " stayed in their homes.", "flood, Hungary"
                   ).family is None


def test_a_part_of_whom_a_count_speaks_is_no_rival_count(tmp_path: Path):
    officials = ("Floods in Timis\n\nFloods in Timis county, Romania, displaced 2,600 "
                 "people, of whom about 700 were evacuated by boat, prefect Ilie Bogdan said "
                 "on Friday.")
    charity = ("Aid for Timis\n\nThe floods in Timis county, Romania, displaced about 2,500 "
               "people, the charity Banat Aid said on Friday.")
    claims, findings = _ledger(tmp_path, {"officials": (officials, "2026-06-12"),
                                          "charity": (charity, "2026-06-12")})
    families = {c.low: c.family for c in claims}
    assert families[700] == "displaced (of them)"
    assert families[2600] == families[2500] == "displaced"
    # 700 is a part of the officials' 2,600, not a rival of the charity's 2,500
    assert [f for f in findings if f.kind == "disagreement"] == []


def test_a_part_with_an_outcome_of_its_own_is_a_count_of_its_own(tmp_path: Path):
    text = ("Blast in Ploiesti\n\nAn explosion at a refinery in Ploiesti, Romania, injured 60 "
            "workers, of whom 12 died in hospital, the county prefect Dan Ionescu said.")
    claims, _ = _ledger(tmp_path, {"blast": (text, "2026-06-12")})
    assert {c.low: c.family for c in claims}.get(12) == "killed"
