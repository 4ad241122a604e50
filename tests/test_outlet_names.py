"""An outlet named after a capital is an outlet (issue 9): in "the Lisbon Post reported",
"Post" is the end of the name, not a verb of saying with "Lisbon" (the Portuguese
government) as its subject. A capital that is itself the subject still speaks for its
government. Every text is written here, about fictional outlets in real capitals."""

from __future__ import annotations

import pytest
from figure_lookup import figures_of


@pytest.mark.parametrize(("text", "org"), [
    ("Some 400 homes in Faro were damaged, the Lisbon Post reported.", "Lisbon Post"),
    ("Some 400 homes in Haifa were damaged, the Jerusalem Post said on Monday.",
     "Jerusalem Post"),
    ("Some 400 homes in Tver were damaged, Moscow said.", "Russian government (Moscow)"),
])
def test_an_outlet_named_after_a_capital_is_the_outlet(text, org):
    assert [f.attribution.org for f in figures_of(text)] == [org]
