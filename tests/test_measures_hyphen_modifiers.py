"""A hyphenated word ending like a past verb ("in-feed", "state-owned") before a share's
noun is a modifier of that noun, not a verb (see extract/counted_left.py). Texts written
here."""

from __future__ import annotations

from figure_lookup import one


def test_a_hyphenated_modifier_stays_with_the_noun_before_a_bracketed_share():
    text = ("Readers in Graz came mostly through search pages (41%), then in-feed links "
            "(30%) and state-owned portals (9%).")
    assert one(text, "30%").measure == "in-feed links"
    assert one(text, "9%").measure == "state-owned portals"
