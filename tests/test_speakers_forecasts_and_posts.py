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


# --- a post the page quotes ------------------------------------------------------------------

_TWEET = ("The smoke over Uppsala is the worst in years. Mayor Ada Lindqvist turned to the "
          "platform last week to call the city a furnace.\n\n"
          "The smoke from the fires is choking all of us\n"
          "We have started handing out 300,000 masks at schools today\n"
          "Please wear them outside\n\n"
          "— Ada Lindqvist (@AdaLindqvist) November 3, 2026\n\n"
          "The haze closed 14 schools across the region.")


def test_an_embedded_post_is_its_signers_on_the_day_signed():
    from datetime import date

    from sitrep.extract import extract_text

    found = {f.evidence.text: f.attribution
             for f in extract_text(_TWEET, date(2026, 11, 5)).figures}
    masks = next(a for k, a in found.items() if "300,000" in k)
    assert (masks.speaker, masks.stated_on) == ("Ada Lindqvist", date(2026, 11, 3))


def test_the_page_after_an_embedded_post_is_not_the_posters():
    assert source_of(_TWEET, "14 schools") is None


def test_a_shared_photo_post_is_its_signers():
    text = ("Chef Marta Oliveira runs a kitchen in Porto.\n\n"
            "We fed 1,200 guests at the food festival in Braga this weekend\n\n"
            "A post shared by Marta Oliveira (@martacooks) on Jun 2, 2026 at 9:15am")
    assert source_of(text, "1,200") == "Marta Oliveira"


def test_lines_without_a_signature_stay_the_pages():
    text = ("Chef Marta Oliveira runs a kitchen in Porto.\n\n"
            "The market sold 1,200 custard tarts this weekend.\n\n"
            "— from our Porto desk")
    assert source_of(text, "1,200") is None


def test_tweeted_and_posted_name_the_poster():
    assert source_of("Mayor Ada Lindqvist tweeted on Monday that 40 schools in Uppsala "
                     "would close.", "40 schools") == "Ada Lindqvist"
    assert source_of('Governor Tomas Berg wrote on Instagram: "12 bridges in Bergen are '
                     'shut tonight."', "12 bridges") == "Tomas Berg"
    assert source_of("The video, posted by Governor Tomas Berg, showed 30 trucks on the "
                     "bridge at Bergen.", "30 trucks") == "Tomas Berg"


def test_a_person_who_sees_patients_states_nothing():
    text = "Dr Ada Lindqvist works at the clinic in Uppsala. Lindqvist sees 40 patients a day."
    assert source_of(text, "40 patients") is None


def test_a_participle_after_a_quoted_post_reports_what_follows_it():
    text = ('"Twelve bridges are shut," Governor Tomas Berg wrote in a post on Facebook on '
            'Monday, adding that 300 homes in Bergen had no power.')
    assert source_of(text, "Twelve bridges") == "Tomas Berg"
    assert source_of(text, "300 homes") == "Tomas Berg"
