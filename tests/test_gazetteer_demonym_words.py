"""The words that may end a demonym are read once per gazetteer, and are those of its
demonyms (sitrep.knowledge.gazetteer.Gazetteer.demonym_words)."""

from __future__ import annotations

from sitrep.knowledge.gazetteer import load_gazetteer


def test_demonym_words_are_the_last_words_and_the_single_words() -> None:
    gaz = load_gazetteer()
    lasts, named = gaz.demonym_words
    several = [key for key in gaz.demonyms if " " in key]
    assert lasts == {key.rsplit(" ", 1)[1] for key in several}
    assert named == lasts | {key for key in gaz.demonyms if " " not in key}
    assert gaz.demonym_words is gaz.demonym_words  # kept, not built again
