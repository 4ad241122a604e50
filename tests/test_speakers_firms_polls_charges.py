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
            "Reed is also awaiting trial on eight state charges of armed robbery, five counts "
            "of assault and two counts of arson.")


def test_a_count_before_state_is_no_verb_of_saying():
    assert source_of(_CHARGES, "five counts") is None
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


# --- a firm that forecasts or reports without a person --------------------------------------

def test_a_firm_the_entity_finder_does_not_know_sees_growth():
    text = "For 2027, Halvern Hardware sees revenue growth of 2.6 percent at its Ohio stores."
    assert source_of(text, "2.6 percent") == "Halvern Hardware"


def test_a_firm_read_as_a_person_reports_its_own_loss():
    assert source_of("Halvern Hardware reported a net loss of $12 million for the quarter.",
                     "$12 million") == "Halvern Hardware"
    assert source_of("The Corvane Group forecast revenue of $2 billion for 2027.",
                     "$2 billion") == "Corvane Group"


def test_the_company_after_such_a_firm_is_the_firm():
    text = ("Halvern Hardware posted sales growth of 3% in Ohio. The company expects to hire "
            "40 people in Dayton.")
    assert source_of(text, "40 people") == "Halvern Hardware"


def test_a_titled_person_or_a_place_stays_what_it_is():
    assert source_of("CEO Ada Lind reported sales growth of 3% at the Tartu stores.",
                     "3%") == "Ada Lind"
    assert source_of("Dr Lind sees 40 patients a day in Tartu.", "40 patients") is None


def test_a_name_without_a_company_measure_after_it_is_no_firm():
    assert source_of("Marta Lind expects 40 guests at her shop in Tartu.",
                     "40 guests") == "Marta Lind"


# --- a poll's figures are its pollster's ----------------------------------------------------

def test_a_poll_by_a_body_found_is_the_bodys():
    assert source_of("A poll by the Riverside Institute found 54% of voters in Ohio back the "
                     "measure.", "54%") == "Riverside Institute"
    assert source_of("A Marlow Research poll released Monday found 45% of Ohio voters back "
                     "the levy.", "45%") == "Marlow Research"


def test_a_poll_named_after_the_claim_is_the_pollsters():
    assert source_of("Some 45% of Ohioans back the levy, a Marlow/Ipsos poll found.",
                     "45%") == "Marlow/Ipsos"


def test_according_to_a_survey_names_who_ran_it_not_the_survey():
    assert source_of("According to a Halden survey, 38% of Danes say they cycle to work.",
                     "38%") == "Halden"


def test_the_pollster_not_the_paper_it_polled_for():
    text = ("The survey, conducted by Marlow Research for the Tartu Courier, found that 61% "
            "of residents oppose the plan.")
    assert source_of(text, "61%") == "Marlow Research"


def test_a_poll_with_no_one_named_gives_no_source():
    assert source_of("The poll found 40% of voters in Ohio undecided.", "40%") is None


def test_a_poll_that_opens_its_sentence_owns_its_shares_without_a_verb_of_finding():
    text = ("A fresh Kestrel Research poll has softer numbers for the harbour plan in Gdynia "
            "(41 percent of residents back it), though most want a vote first.")
    assert source_of(text, "41 percent") == "Kestrel Research"
    # named later in the sentence, with no verb after it, a poll tells nothing of the share
    later = "Some 41 percent of residents in Gdynia back the plan, unlike in the Kestrel poll."
    assert source_of(later, "41 percent") is None


def test_the_shares_after_a_poll_in_its_paragraph_are_the_pollsters():
    text = ("A new Marlow Research poll shows broad support for the levy in Dayton. Fifty-one "
            "percent say the levy should pass. And 70 percent of voters say the schools need "
            "repairs. Mayor Ada Lind said 40 percent of roads need repair.")
    assert source_of(text, "Fifty-one percent") == "Marlow Research"
    assert source_of(text, "70 percent") == "Marlow Research"
    assert source_of(text, "40 percent") == "Ada Lind"  # a source of its own ends the poll

# --- a body's quoted statement is the body's ------------------------------------------------

def test_figures_inside_a_clubs_quoted_statement_are_the_clubs():
    text = ("Kelso Rovers sacked their manager on Tuesday and named Tomas Varga in his place. "
            "Announcing the move, the club said: \"Tomas has lifted the cup at two clubs "
            "already. He put his name to a 3-year deal on Friday.\"")
    assert source_of(text, "two clubs") == "Kelso Rovers"
    assert source_of(text, "3-year") == "Kelso Rovers"


def test_the_club_with_no_club_named_gives_no_source():
    text = "Announcing the move, the club said: \"Tomas put his name to a 3-year deal.\""
    assert source_of(text, "3-year") is None


# --- a body named with an estimate in its own sentence --------------------------------------

def test_a_share_beside_the_bodys_count_is_the_bodys_too():
    text = ("The Halden Institute estimated that 410,000 children in Ohio, or about 3 percent "
            "of the population of the state, went hungry in 2017.")
    assert source_of(text, "410,000") == "Halden Institute"
    assert source_of(text, "about 3 percent") == "Halden Institute"


def test_figures_from_a_body_show():
    assert source_of("Figures from the Halden Institute show that 12% of homes in Leeds lack "
                     "heating.", "12%") == "Halden Institute"


# --- who alleges an indictment's figures; an office a place owns ----------------------------

def test_prosecutors_who_assert_or_allege_state_the_figures():
    text = ("The union in Tulsa said guards would strike. On Tuesday, prosecutors asserted that "
            "both jailers skipped their rounds, leaving the block unchecked for nine hours.")
    assert source_of(text, "nine hours") == "prosecutors"
    assert source_of("Prosecutors alleged that the guards in Tulsa slept for two hours.",
                     "two hours") == "prosecutors"


def test_an_office_a_place_owns_speaks_as_written():
    text = ("After the fire in Valparaiso, Chile's consumer watchdog's office said that 25 "
            "shoppers were treated in hospital.")
    assert source_of(text, "25 shoppers") == "Chile's consumer watchdog's office"


def test_the_governors_office_is_still_the_governors():
    text = "Governor Ada Lind visited Dayton. The governor's office said 40 people were hurt."
    assert source_of(text, "40 people") == "Ada Lind"


def test_a_title_inside_a_long_name_run_leaves_the_person():
    text = ("Interim Tulsa Transit Police Chief Ed Marlow told reporters that officials got "
            "calls about a fight.\n\nMarlow says officers found the suspect.\n\n"
            "He said two riders had traded blows near the doors.")
    assert source_of(text, "two riders") == "Ed Marlow"
    text = ("\"Sleep could change space travel,\" explains Halden Team Leader Marta Lindqvist. "
            "\"Slow a crew's bodies by 60% and the ship can carry less food.\"")
    assert source_of(text, "60%") == "Marta Lindqvist"
