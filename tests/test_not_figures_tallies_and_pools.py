"""Sports records read past a team's name ("five double-doubles in the Celtics’ last 8
games"), and the size of a pool something is ranked in ("12th among 127 qualifying
players"): no figures of the news (see extract/figure_page_kinds.py and
extract/figure_filters.py). Texts written here."""

from __future__ import annotations

from figure_lookup import figures_of


def _spans(text: str) -> list[str]:
    return [f.evidence.text for f in figures_of(text)]


def test_a_tally_in_a_team_s_last_games_is_no_figure():
    assert _spans("Okafor has six double-doubles in the Celtics’ last 9 games.") == []
    assert _spans("Reyes scored seven goals in Benfica’s last 11 matches.") == []


def test_a_pool_ranked_in_is_no_figure():
    assert _spans("Diallo ranks 9th in pass defense among 112 qualifying safeties.") == []


def test_among_with_no_ranking_still_counts():
    assert _spans("Among 300 riders surveyed in Leeds, most wanted later buses.") == [
        "300 riders"]
