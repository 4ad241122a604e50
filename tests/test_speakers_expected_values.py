"""A group named right after a value, in the clause that names it ("below the 6% analysts
had expected"), says what it expected in that sentence only: the writer's next sentence is
not theirs. Texts written here: fictional firms, real places."""

from __future__ import annotations

from sources import source_of


def test_what_analysts_expected_is_not_carried_to_the_next_sentence():
    text = ("Marlow Tiles said on Tuesday its sales rose 4% in the quarter, below the 6% "
            "analysts had expected. The firm, based in Porto, cut 200 jobs.")
    assert source_of(text, "200 jobs") != "analysts"


def test_an_aside_is_not_carried_and_a_report_still_is():
    text = ("Marlow Tiles said on Tuesday its sales rose 4% in the quarter, as analysts had "
            "expected. The firm, based in Porto, cut 200 jobs.")
    assert source_of(text, "200 jobs") != "analysts"
    text = "Analysts said the tile maker in Porto would cut 200 jobs at its two plants."
    assert source_of(text, "200 jobs") == "analysts"


def test_a_year_before_a_group_is_no_value():
    text = ("In 2025 analysts said the tile maker in Porto would cut 200 jobs. The cuts "
            "would leave 1,300 workers at its two plants.")
    assert source_of(text, "1,300 workers") == "analysts"
