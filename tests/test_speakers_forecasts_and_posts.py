"""Who states a figure a firm forecasts or a person posts, on texts written here (fictional
firms and people, real places).

A firm's claim is often told without a verb of saying: "with Velmora suggesting ...",
"Larchmont Holdings sees growth of 2.4 percent", "Brightwater Ltd puts the cost at ...".
The firm is the source when its name (or "the company") stands right before the verb; a
place that "sees" visitors states nothing.
"""

from __future__ import annotations

from sources import source_of

# --- a firm's forecast ---------------------------------------------------------------------

def test_with_a_firm_suggesting_is_the_firms_claim():
    text = ("Velmora Motors showed the coupe in Lyon. The car charges fast, with Velmora "
            "suggesting that it can reach 80% in under 25 minutes.")
    assert source_of(text, "80%") == "Velmora Motors"


def test_a_firm_that_sees_growth_states_it():
    text = "Looking ahead, Larchmont Holdings sees full-year sales growth of 2.4 percent."
    assert source_of(text, "2.4 percent") == "Larchmont Holdings"


def test_a_firm_that_projects_or_puts_a_figure_states_it():
    assert source_of("Brightwater Ltd projects 1,200 new jobs in Porto by 2027.",
                     "1,200") == "Brightwater Ltd"
    assert source_of("Brightwater Ltd puts the cost of the new bridge at $4 billion.",
                     "$4 billion") == "Brightwater Ltd"


def test_the_company_referred_back_to_forecasts():
    text = ("Brightwater Ltd built the bridge at Vigo. The company now sees 40 more ferries "
            "a day crossing under it.")
    assert source_of(text, "40 more ferries") == "Brightwater Ltd"


def test_a_place_that_sees_visitors_states_nothing():
    assert source_of("Lisbon sees 2 million visitors a year.", "2 million") is None


def test_put_without_a_figure_after_at_is_no_cue():
    assert source_of("Rescuers put 40 people at the school in Aleppo.", "40 people") is None
