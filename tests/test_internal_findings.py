"""One article that contradicts itself, on short texts written for these tests (fictional
officials, real places): one number given two meanings it cannot hold at once is an
internal inconsistency; two outcomes that happen to share a small number, or one number
repeated with one meaning, are not. And a page's date alone never makes a toll fall."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sitrep.extract.runner import extract_pending
from sitrep.ingest.readers import ReadOptions
from sitrep.ingest.runner import ingest
from sitrep.ledger import ledger_from_store
from sitrep.ledger.claims import Claim
from sitrep.ledger.families import counted
from sitrep.ledger.findings import find_findings
from sitrep.ledger.source_types import Source
from sitrep.store import Store

SUBJECT = "attack, Nigeria, 2026-03-03"


def _findings(tmp_path: Path, text: str, day: str = "2026-03-04"):
    path = tmp_path / "page.jsonl"
    path.write_text(json.dumps({"url": "https://news.example/kano", "text": text,
                                "published": day}) + "\n")
    with Store(tmp_path / "news.db") as store:
        ingest([str(path)], store, ReadOptions())
        extract_pending(store)
        return ledger_from_store(store)



HEADLINE = ("Gunmen attacked a crowded market in Kano, Nigeria, on Tuesday, March 3, 2026. "
            "Police spokesman Ade Balogun said {a} people were killed in the attack.\n\n"
            "The state health commissioner, Musa Idris, said on Wednesday that {b} people "
            "were injured in the attack, some of them seriously.")


def test_one_number_called_killed_and_injured_is_an_internal_inconsistency(tmp_path):
    claims, found = _findings(tmp_path, HEADLINE.format(a=42, b=42))
    families = {c.family for c in claims if c.low == 42}
    assert {"killed", "injured"} <= families, [(c.family, c.low) for c in claims]
    inner = [f for f in found if f.kind == "internal_inconsistency"]
    assert len(inner) == 1, [f.explanation for f in found]
    assert {c.family for c in inner[0].claims} == {"killed", "injured"}
    assert "42" in inner[0].explanation


def test_two_outcomes_with_their_own_numbers_or_a_small_shared_one_are_no_contradiction(
        tmp_path):
    for a, b in ((42, 17), (3, 3)):
        folder = tmp_path / f"{a}-{b}"
        folder.mkdir()
        _, found = _findings(folder, HEADLINE.format(a=a, b=b))
        assert not [f for f in found if f.kind == "internal_inconsistency"], (a, b)


def test_killed_or_wounded_after_a_count_is_casualties_and_a_period_has_one_name():
    week = counted("killed", "the army lost ", " killed or wounded in the last week alone",
                   "war, Sudan")
    other = counted("killed", "Officials said ", " were killed over the past week",
                    "war, Sudan")
    assert week.family == "casualties" and other.family == "killed"
    assert week.part == other.part == "the past week"
    # losses of money later in the sentence say nothing of the dead
    toll = counted("people", "The model put the death toll at ",
                   " and the losses at a year of output", "earthquake, Peru, 2026-01-09")
    assert toll.family == "killed"


def test_a_foreign_counts_own_words_after_its_number_name_what_it_counts():
    # "80 people were hurt in the blast, of them 12 died": the 12 are dead
    dead = counted("killed", "В результате взрыва пострадали 80 человек, из них ",
                   " в больнице", "explosion, Russia, 2026-02-01", "ru", "12 погибли")
    assert dead.family == "killed"
    # "Losses of its troops have reached 2,000 soldiers": losses, not a troop count
    losses = counted("troops", "Втрати її військ у цій війні вже сягнули ", ".",
                     "war, Sudan", "uk", "2 тис. військових")
    assert losses.family == "casualties"
    # "5,000 soldiers are stationed there": a troop count stays one
    troops = counted("troops", "Там перебувають ", ".", "war, Sudan", "uk",
                     "5 тис. військових")
    assert troops.family == "participants"


QUAKE = ("A strong earthquake struck near Arequipa, Peru, on Friday, January 9, 2026. "
         "The national seismic service said the quake was {a} kilometres deep.\n\n"
         "{other}According to a survey report, the quake struck {b} kilometres deep.")


def test_two_depths_of_one_quake_in_one_article_are_an_internal_inconsistency(tmp_path):
    claims, found = _findings(tmp_path, QUAKE.format(a=10, b=134, other=""), "2026-01-10")
    depths = sorted(c.low for c in claims if c.family == "depth")
    assert depths == [10, 134], [(c.family, c.low) for c in claims]
    inner = [f for f in found if f.kind == "internal_inconsistency"]
    assert len(inner) == 1 and inner[0].measure == "depth", [f.explanation for f in found]


def test_one_depth_repeated_or_an_aftershocks_own_depth_is_no_contradiction(tmp_path):
    same = tmp_path / "same"
    same.mkdir()
    _, found = _findings(same, QUAKE.format(a=10, b=10, other=""), "2026-01-10")
    assert not [f for f in found if f.kind == "internal_inconsistency"]
    shock = tmp_path / "shock"
    shock.mkdir()
    text = QUAKE.format(a=10, b=10, other="A strong aftershock followed, 35 kilometres "
                        "deep. ")
    _, found = _findings(shock, text, "2026-01-10")
    assert not [f for f in found if f.kind == "internal_inconsistency"]


def _toll(key: str, low: float, day: int, stated: bool, article: str) -> Claim:
    source = Source("official", "Lagos State Police", "official:NG:police-lagos", "NG")
    claim = Claim(key, "attack, Nigeria, 2026-03-03", "injured", source, low, None,
                  "more than", None, None, None, None, date(2026, 3, day), stated,
                  "stated" if stated else "published", article_ids={article})
    claim.figure_ids.append(f"f-{key}")
    return claim


def test_a_toll_seen_to_fall_only_by_a_next_day_page_date_is_no_revision():
    # "more than 150 injured" said on the 3rd; "more than 100" on a page dated the 4th,
    # which may print what was said before the 150
    said, paged = _toll("a", 150, 3, True, "x"), _toll("b", 100, 4, False, "y")
    assert not [f for f in find_findings([said, paged]) if f.kind == "revision"]
    # a rise ordered the same way is still a revision, and so is a fall a stated date orders
    rose = _toll("c", 240, 4, False, "y")
    assert [f.kind for f in find_findings([said, rose])] == ["revision"]
    fell = _toll("d", 100, 5, True, "z")
    assert [f.kind for f in find_findings([said, fell])] == ["revision"]


def test_casualties_and_injured_of_one_number_are_no_contradiction(tmp_path):
    """Casualties count the killed and the injured together: one number given as both is
    possible (no one died), so it is no internal inconsistency."""
    text = ("Gunmen attacked a crowded market in Kano, Nigeria, on Tuesday, March 3, 2026. "
            "Police spokesman Ade Balogun said casualties reached 120 in the attack.\n\n"
            "The state health commissioner, Musa Idris, said on Wednesday that 120 people "
            "were injured in the attack, some of them seriously.")
    claims, found = _findings(tmp_path, text)
    assert {c.family for c in claims if c.low == 120} >= {"injured"}
    assert not [f for f in found if f.kind == "internal_inconsistency"]
