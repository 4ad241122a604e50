"""An event instance named with a day but no place ("flood, 2026-03-08": a page that dates
the flood and never names its country in the figure's sentence) beside the same event in two
countries: its page's places say which (ledger/instances.py, ledger/story_subjects.py).
Rows as the store gives them, for a flood on a river that crosses a border."""

from __future__ import annotations

from sitrep.ledger.instances import instance_aliases
from sitrep.ledger.story_subjects import ledger_subjects


def _row(article: str, subject: str, published: str = "2026-03-12") -> dict[str, str | None]:
    return {"article_id": article, "group_id": None, "published": published,
            "subject": subject}


def _place(article: str, country: str) -> dict[str, str]:
    return {"article_id": article, "kind": "place", "country": country}


ROMANIAN = [_row("ro-1", "flood, Romania, 2026-03-13"), _row("ro-2", "flood, Romania, 2026-03-13")]
HUNGARIAN = [_row("hu-1", "flood, Hungary"), _row("hu-2", "flood, Hungary")]


def test_a_placeless_day_beside_two_countries_is_not_aliased_to_the_dated_one():
    names = [r["subject"] for r in [*ROMANIAN, *HUNGARIAN]] + ["flood, 2026-03-08"]
    assert "flood, 2026-03-08" not in instance_aliases(names)
    # with no flood elsewhere, the one dated flood is what it means
    alone = [r["subject"] for r in ROMANIAN] + ["flood, 2026-03-08"]
    assert instance_aliases(alone)["flood, 2026-03-08"] == "flood, Romania, 2026-03-13"


def test_the_page_places_a_placeless_instance():
    rows = [*ROMANIAN, *HUNGARIAN, _row("aid", "flood, 2026-03-08"),
            _row("prefect", "flood, 2026-03-08")]
    mentions = [_place("aid", "HU"), _place("prefect", "RO"), _place("ro-1", "RO"),
                _place("hu-1", "HU")]
    got = ledger_subjects(rows, mentions)
    assert got[-2] == "flood, Hungary"
    assert got[-1] == "flood, Romania, 2026-03-13"


def test_a_page_of_both_countries_keeps_its_placeless_instance():
    rows = [*ROMANIAN, *HUNGARIAN, _row("border", "flood, 2026-03-08")]
    mentions = [_place("border", "HU"), _place("border", "RO")]
    assert ledger_subjects(rows, mentions)[-1] == "flood, 2026-03-08"


def test_a_placeless_instance_takes_no_story_of_another_type():
    rows = [*HUNGARIAN, _row("fire", "fire, 2026-03-08")]
    assert ledger_subjects(rows, [_place("fire", "HU")])[-1] == "fire, 2026-03-08"
