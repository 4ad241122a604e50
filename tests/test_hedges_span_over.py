""""over" before a span of time is a preposition ("the hearings ran over four days": across
them), a bound only after "for" and the like ("for over four days": more than four); before
any other count it stays a bound (see extract/figure_predicates.py). Texts written here."""

from __future__ import annotations

from figure_lookup import one


def test_over_a_span_is_across_it():
    fig = one("Eleven witnesses in Riga gave evidence over four days of hearings.", "four")
    assert fig.qualifier is None and fig.low == fig.high == 4


def test_for_over_a_span_is_more_than_it():
    fig = one("The port strike in Riga went on for over four days.", "four")
    assert fig.qualifier == "over" and fig.low == 4 and fig.high is None


def test_over_a_count_is_more_than_it():
    assert one("Over 300 dockers marched in Riga on Monday.", "300").qualifier == "over"


def test_over_spells_and_terms_is_across_them():
    fig = one("Coach Ilse Varga won five cup finals in Tartu over two spells at the club.",
              "two")
    assert fig.qualifier is None and fig.low == fig.high == 2
    assert one("The mayor of Tartu served for over two terms.", "two").qualifier == "over"


def test_the_window_of_a_change_is_no_figure_of_its_own():
    from figure_lookup import figures_of

    found = figures_of("Rents in Tartu rose 14% over three years, the city's housing office "
                       "said.")
    assert [f.evidence.text for f in found] == ["14%"]
