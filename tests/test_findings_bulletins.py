"""One official bulletin printed with different numbers by two outlets, on short articles
written for these tests (a fictional statement of a real Peruvian agency, real places):
two pages that share an exact count of one source's toll report one bulletin, and another
count of it that they print differently is a disagreement; a count of an earlier bulletin
(much lower) or a bulletin of another stated day is not."""

from __future__ import annotations

from pathlib import Path

from test_findings_news import _ledger

WIRE = ("Piura flood toll rises\n\nThe death toll from the floods in Piura, Peru, on March 2 "
        "has risen to 1,237, Peru's National Civil Defence Institute said on {day}. It said "
        "{injured} people were injured and 318 are missing.")
BLOG = ("Peru floods\n\nThe floods that struck Piura, Peru, on March 2 have killed 1,237 "
        "people, the National Civil Defence Institute said. It said {injured} people were "
        "injured and 318 remain missing.")


def _misreports(tmp_path: Path, wire: str, blog: str, blog_day: str | None = None):
    claims, found = _ledger(tmp_path, {"wire": (wire, "2026-03-06"), "blog": (blog, blog_day)})
    assert sorted(c.low for c in claims if c.family == "missing") == [318, 318], [
        (c.family, c.low) for c in claims]
    return [f for f in found if "one bulletin" in f.explanation]


def test_two_printings_of_one_bulletin_that_differ_are_a_disagreement(tmp_path: Path):
    found = _misreports(tmp_path, WIRE.format(day="Friday", injured="4,816"),
                        BLOG.format(injured="4,186"))
    assert [(f.kind, f.measure) for f in found] == [("disagreement", "injured")]
    assert sorted(c.low for c in found[0].claims) == [4186, 4816]
    # the shared count named is one the two pages print alike from the same source
    assert "1,237 killed" in found[0].explanation or "318 missing" in found[0].explanation


def test_the_same_printing_or_an_earlier_bulletins_count_is_no_misprint(tmp_path: Path):
    for name, injured in (("same", "4,816"), ("earlier", "3,012")):
        folder = tmp_path / name
        folder.mkdir()
        assert _misreports(folder, WIRE.format(day="Friday", injured="4,816"),
                           BLOG.format(injured=injured)) == [], name


def test_bulletins_of_two_stated_days_are_two_bulletins(tmp_path: Path):
    later = BLOG.replace("Institute said.", "Institute said on Saturday.")
    assert _misreports(tmp_path, WIRE.format(day="Friday", injured="4,816"),
                       later.format(injured="4,986"), "2026-03-07") == []
