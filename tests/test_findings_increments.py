"""Announced increments, on short articles written for these tests (fictional officials,
real places): "two more died", "another 3", "rose by 5 to 47" are figures of their
family marked as a step, never a total of their own; a total that ignores a step its
side announced is an inconsistency."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_findings_news import _ledger

from sitrep.extract import extract_text
from sitrep.extract.foreign import extract_foreign
from sitrep.ledger.families import counted


def _figures(text: str) -> list[tuple[str, float | None, dict | None]]:
    found = extract_text(text, date(2026, 5, 6)).figures
    return [(f.evidence.text, f.low, f.change) for f in found]


@pytest.mark.parametrize(("text", "evidence", "add"), [
    ("Two more people have died of their wounds, the governor Ivan Petrov said.",
     "Two more people", 2),
    ("Three more soldiers were killed near Kharkiv on Monday, officials said.",
     "Three more soldiers", 3),
    ("Two more died in hospital on Sunday, the health ministry said.", "Two", 2),
    ("Another 3 people died in hospital overnight, the health ministry said.",
     "3 people", 3),
    ("The count rose to 60 after another four people died in hospital.", "four people", 4),
    ("Odesa toll\n\nAnother 3 people died in hospital.", "3 people", 3),  # a line's first
    ("On 22 March, two more people died in hospital, the ministry said.", "two more people",
     2),
])
def test_an_announced_increment_is_a_step_of_its_count(text: str, evidence: str, add: int):
    found = {e: (low, change) for e, low, change in _figures(text)}
    assert found[evidence][0] == add
    assert found[evidence][1] is not None and found[evidence][1]["add"] == add


def test_a_step_with_its_new_total_gives_both():
    found = _figures("The death toll in Odesa rose by 5 to 47, the mayor Anna Vasko said.")
    assert [(e, low) for e, low, _ in found] == [("5", 5), ("47", 47)]
    assert found[0][2] == {"add": 5, "word": "by", "total": 47}
    assert found[1][2] is None  # the total is a claim of its own


@pytest.mark.parametrize("text", [
    "The strike killed 5 people, and another 12 were injured, officials said.",
    "It will take two more weeks to clear the rubble, the mayor said.",
    "Two more than last year died on the roads, the police said.",
    "Five people died and 3 more were injured in the crash, the police said.",
    "Flood toll rises to 310\n\nOfficials said another 1,250 people have been injured "
    "in Sylhet.",
])
def test_another_group_or_a_comparison_is_no_increment(text: str):
    assert all(change is None for _, _, change in _figures(text))


FIRST = ("Odesa toll\n\nThe missile strike on Odesa on Monday killed 40 people, Anna Vasko, "
         "the regional governor, said.")
STEP = ("Odesa toll rises\n\nThree more people died in hospital overnight after the missile "
        "strike on Odesa, Anna Vasko, the regional governor, said on Wednesday. The death "
        "toll from the strike rose to {n}, she said.")


def test_a_total_that_ignores_the_announced_increment_is_an_inconsistency(tmp_path: Path):
    claims, findings = _ledger(tmp_path, {"first": (FIRST, "2026-05-05"),
                                          "step": (STEP.format(n=40), "2026-05-06")})
    steps = [c for c in claims if c.change]
    assert [(c.family, c.low, c.change["add"]) for c in steps] == [("killed", 3, 3)]
    found = [f for f in findings if f.kind == "inconsistency"]
    assert len(found) == 1 and found[0].measure == "killed"
    assert sorted(c.low for c in found[0].claims) == [3, 40, 40]
    assert "that makes 43, yet 40 is given" in found[0].explanation
    # the step is no toll of 3 against a toll of 40: no disagreement, no revision to 3
    assert not [f for f in findings if f.kind in ("disagreement", "revision")
                and any(c.change for c in f.claims)]


def test_a_total_that_counts_the_increment_is_no_inconsistency(tmp_path: Path):
    _, findings = _ledger(tmp_path, {"first": (FIRST, "2026-05-05"),
                                     "step": (STEP.format(n=43), "2026-05-06")})
    assert [f for f in findings if f.kind == "inconsistency"] == []


def test_a_stated_total_that_is_not_the_earlier_plus_the_step(tmp_path: Path):
    stepped = ("Odesa toll rises\n\nThe death toll from the missile strike on Odesa rose by "
               "{a} to {b}, Anna Vasko, the regional governor, said on Wednesday.")
    for folder, (a, b), kinds in (("wrong", (5, 47), ["inconsistency"]),
                                  ("right", (7, 47), [])):
        (tmp_path / folder).mkdir()
        _, findings = _ledger(tmp_path / folder, {
            "first": (FIRST, "2026-05-05"),
            "step": (stepped.format(a=a, b=b), "2026-05-06")})
        assert [f.kind for f in findings if f.kind == "inconsistency"] == kinds, folder


@pytest.mark.parametrize(("lang", "text", "evidence", "add"), [
    ("ru", "В больнице умер ещё один пострадавший при пожаре в Казани, сообщил губернатор "
     "Иван Орлов.", "один пострадавший", 1),
    ("ru", "В Самаре погибли 12 человек. Позже погибли еще 3 человека.", "3 человека", 3),
    ("uk", "У лікарні померла ще одна постраждала, повідомив губернатор Іван Коваль.",
     "одна постраждала", 1),
    ("pl", "W szpitalu zmarły kolejne 2 osoby, poinformował wojewoda Jan Nowak.", "2 osoby", 2),
    ("de", "Im Krankenhaus starben weitere 3 Menschen, sagte der Gouverneur Hans Berger.",
     "3 Menschen", 3),
])
def test_an_increment_in_other_languages_is_a_step_of_the_dead(lang: str, text: str,
                                                                 evidence: str, add: int):
    found = {f.evidence.text: f for f in extract_foreign(text, lang, date(2026, 5, 6)).figures}
    assert found[evidence].change == {"add": add, "word": text.split(evidence)[0].split()[-1]
                                      .lower()}
    assert found[evidence].family == "killed"  # died in hospital: one more dead


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Но в списке МЧС все ещё числятся 43 человека."),  # still 43: a total
    ("uk", "У списках все ще значаться 43 людини."),
    ("ru", "В Самаре погибли 12 человек. Еще 40 человек пропали без вести."),  # another group
])
def test_still_or_another_group_is_no_step_in_other_languages(lang: str, text: str):
    assert all(f.change is None for f in extract_foreign(text, lang, date(2026, 5, 6)).figures)


def test_still_is_no_new_wave_of_troops():
    assert counted("troops", "В Курскую область прибыли ещё ", "", "x", "ru").part == (
        "additional")
    assert counted("troops", "На границе всё ещё ", "", "x", "ru").part is None


def test_a_step_as_large_as_the_toll_before_it_is_no_step_of_it(tmp_path: Path):
    later = ("Odesa toll\n\nAnna Vasko, the regional governor, said on Wednesday that "
             "another 90 people had died in hospital after the strike on Odesa. The death "
             "toll from the strike stands at 45, she said.")
    _, findings = _ledger(tmp_path, {"first": (FIRST, "2026-05-05"),
                                     "later": (later, "2026-05-06")})
    assert [f for f in findings if f.kind == "inconsistency"] == []


def test_a_russian_report_whose_toll_ignores_its_own_step(tmp_path: Path):
    first = ("Moscow blast\n\nAn explosion at a factory in Moscow on Monday killed 43 people, "
             "the Russian Emergencies Ministry said.")
    second = ("Взрыв в Москве\n\nВ больнице умер ещё один пострадавший при взрыве на заводе в "
              "Москве, сообщило МЧС России. По данным МЧС, число погибших при взрыве "
              "составляет {n} человека.")
    for n, kinds in ((43, ["inconsistency"]), (44, [])):
        (tmp_path / str(n)).mkdir()
        claims, findings = _ledger(tmp_path / str(n), {
            "first": (first, "2026-05-05"), "second": (second.format(n=n), "2026-05-06")})
        # one more of the injured died: a step of the dead, not a count of casualties
        assert [(c.family, c.low) for c in claims if c.change] == [("killed", 1)]
        assert [f.kind for f in findings if f.kind == "inconsistency"] == kinds


@pytest.mark.parametrize(("text", "total"), [
    ("Another 3 died in hospital overnight, bringing the toll to 52, the health ministry "
     "said.", "52"),
    ("The floods killed 12 more people in Sylhet, taking the death toll to 230.", "230"),
])
def test_a_step_carries_the_total_to_its_new_value(text: str, total: str):
    found = {f.evidence.text: f for f in extract_text(text, date(2026, 5, 6)).figures}
    assert found[total].family == "killed" and found[total].change is None
    assert sum(1 for f in found.values() if f.change and "add" in f.change) == 1
