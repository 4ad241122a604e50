"""Who states a figure in the forms general news still got wrong, on texts written here
(fictional people, firms and bodies, real places).

A defendant never states his own charges; a firm that forecasts or reports states its
figures even when the entity finder does not know the firm; a poll's figures are its
pollster's; a body's quoted statement is the body's; a body named with an estimate in its
own sentence is the source.
"""

from __future__ import annotations

from sources import source_of

# --- a defendant is not the speaker of his charges ------------------------------------------

_CHARGES = ("Tomas Reed confessed and the jury in Tulsa convicted him within an hour.\n\n"
            "Reed still faces nine state charges of aggravated robbery, six counts of "
            "assault and two counts of arson.")


def test_a_count_before_state_is_no_verb_of_saying():
    assert source_of(_CHARGES, "six counts") is None
    assert source_of(_CHARGES, "two counts") is None


def test_police_named_after_the_charges_state_them_not_the_defendant():
    text = ("Tomas Reed was arrested on Friday and charged with two counts of murder, "
            "police said.")
    assert source_of(text, "two counts") == "police"  # no country named: the body alone
    assert source_of(text.replace("arrested", "arrested in Tulsa"), "two counts") == (
        "American police")


def test_police_of_a_named_country_keep_their_country():
    assert source_of("The Tallinn police said 40 people were hurt in the crash.",
                     "40 people") == "Estonian police"
