"""A span of time that measures how long someone has kept saying something is no figure of
the news; a span of anything else is (see extract/figure_filters.py). Texts written here."""

from __future__ import annotations

from figure_lookup import figures_of


def _spans(text: str) -> list[str]:
    return [f.evidence.text for f in figures_of(text)]


def test_a_span_of_talk_kept_up_is_no_figure():
    assert _spans("As this column has been arguing for almost six years, the tram plan in "
                  "Leeds is sound.") == []
    assert _spans("Residents of Hull kept asking for over three years about the flood "
                  "wall.") == []


def test_a_span_of_what_happened_is_a_figure():
    assert _spans("The tunnel in Hull has been leaking for almost six years, engineers "
                  "said.") == ["almost six years"]
