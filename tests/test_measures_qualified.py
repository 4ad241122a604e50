"""Measures that say which things are counted (issue 9): a short phrase after the counted
noun that restricts it is part of the measure, a phrase that says where or when is not.
Each rule is tested on texts written here, about fictional firms and people, beside texts
whose measures must stay as they are."""

from __future__ import annotations

import pytest
from figure_lookup import figures_of, one


@pytest.mark.parametrize(("text", "number", "measure", "family"), [
    ("Officials in Leeds said an estimated 45,000 refugees in temporary shelters were "
     "waiting for aid.", "45,000", "refugees in temporary shelters", "refugees"),
    ("About 30 patients with diabetes took part in the trial in Oslo.", "30",
     "patients with diabetes", "patients"),
    ("Seven cases of measles were confirmed in Lyon on Monday.", "Seven", "cases of measles",
     "cases"),
    ("The ministry in Rome has four bills still under review.", "four", "bills under review",
     "bills"),
    ("The council in Leeds counted 120 children from poor families in its schools.", "120",
     "children from poor families", "children"),
    ("The charity in Perth supports 200 families on low incomes.", "200",
     "families on low incomes", "families"),
    ("Officials in Leeds said at least six members of the city council resigned.", "six",
     "members of the city council", "members"),
    ("Police in Lyon held 9 suspects under arrest, officials in Lyon said.", "9",
     "suspects under arrest", "suspects"),
    ("The survey in Leeds reached 80 people in regular contact with nurses.", "80",
     "people in regular contact", "people"),
    ("The clinic in Leeds says 25 patients with gout need more nurses.", "25",
     "patients with gout", "patients"),
])
def test_a_phrase_that_says_which_ones_are_counted_is_part_of_the_measure(
        text, number, measure, family):
    fig = one(text, number)
    assert (fig.measure, fig.family) == (measure, family)
    assert fig.evidence.text.endswith(measure.split()[-1])


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The firm in Oslo hired 50 engineers in 2019.", "50", "engineers hired"),
    ("The firm in Oslo hired 50 engineers on Tuesday.", "50", "engineers hired"),
    ("The city in Ohio hired 40 teachers in total last year.", "40", "teachers hired"),
    ("The page of the band in Oslo gained 9 new fans in a month.", "9", "new fans gained"),
    ("The jury in Ohio heard six witnesses in the trial.", "six", "witnesses"),
    ("The company in Perth employs 3,000 workers in its factories.", "3,000",
     "workers employed"),
    ("The army sent 300 troops in Kursk last week.", "300", "troops sent in Kursk"),
    ("The survey asked 80 people in recent weeks about rents in Leeds.", "80",
     "people asked"),
    ("The clinic in Leeds says 25 patients with gout attend each week.", "25", "patients"),
])
def test_a_phrase_of_time_place_or_manner_or_one_left_open_is_not(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Officials in Perth said 30 migrants held in detention were freed.", "30",
     "migrants held in detention"),
    ("The storm left 14 people trapped under rubble in Lagos.", "14",
     "people trapped under rubble"),
    ("Rescuers in Lagos found 12 bodies buried in mud.", "12", "bodies buried in mud"),
])
def test_a_participle_and_its_phrase_after_an_object_or_before_a_verb_say_which_ones(
        text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number"), [
    ("Officials said 30 workers walked in protest in Leeds.", "30"),
    ("Across Leeds, 30 workers walked in protest.", "30"),
])
def test_a_participle_that_is_the_clause_verb_stays_out(text, number):
    assert one(text, number).measure == "workers"


@pytest.mark.parametrize(("text", "number", "measure", "family"), [
    ("The probe began the 120-day voyage to Venus on Monday.", "120-day",
     "duration of the voyage to Venus", "duration"),
    ("The firm in Perth signed a 10-year lease on the office.", "10-year",
     "duration of the lease", "duration"),
    ("She won a 5-km race in Leeds.", "5-km", "distance of the race in Leeds", "distance"),
    ("The 75-minute long play in Leeds was sold out.", "75-minute",
     "duration of the play in Leeds", "duration"),
    ("Over a 20-year period the town in Ohio grew.", "20-year", "duration", "duration"),
    ("The 3-day fair in Galway drew crowds.", "3-day", "duration of the fair in Galway",
     "duration"),
    # a participle in an adjective's place is one more modifier, no verb
    ("In a three-hour recorded interview in Hull, Mira Holt confessed.", "three-hour",
     "duration of the recorded interview in Hull", "duration"),
    ("A judge in Brno gave Ivo Marek a six-month suspended sentence.", "six-month",
     "duration of the suspended sentence", "duration"),
])
def test_a_span_or_size_written_as_an_adjective_measures_its_noun(text, number, measure,
                                                                  family):
    fig = one(text, number)
    assert (fig.measure, fig.family) == (measure, family)


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("It took nearly six hours to finish the final in Perth.", "six",
     "duration to finish the final"),
    ("The team in Lyon needed 40 minutes to clear the site.", "40",
     "duration to clear the site"),
    ("It took the crew two days to repair the bridge in Oslo.", "two",
     "duration to repair the bridge"),
    ("The roof of the car in Turin needs 20 seconds to fold, its maker said.", "20",
     "duration to fold"),
])
def test_a_span_to_do_something_names_what_is_done(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The team in Lyon trained for 40 minutes on Monday.", "40", "duration"),
    ("He ran 12 miles in Leeds on Sunday.", "12", "distance in Leeds"),
])
def test_a_span_or_size_after_its_verb_is_read_as_before(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure", "family"), [
    ("Economists in Oslo see a $40 billion hit to economic growth this year.", "$40",
     "hit to economic growth", "hit"),
    ("The deal gives a $2bn boost to exports from Chile.", "$2bn", "boost to exports",
     "boost"),
    ("Analysts in Leeds expect a 5% blow to margins at the firm.", "5%", "blow to margins",
     "blow"),
    ("The levy would be a $3 billion drag on the economy, economists in Lima said.", "$3",
     "drag on the economy", "drag"),
    ("The council in Leeds approved a $2 million cut to the library budget.", "$2",
     "cut to the library budget", "cut"),
])
def test_an_effect_is_named_with_what_it_falls_on(text, number, measure, family):
    fig = one(text, number)
    assert (fig.measure, fig.family) == (measure, family)


def test_an_effect_with_no_target_stays_as_it_is():
    assert one("The firm in Oslo posted a $40 million loss.", "$40").measure == "loss"


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Ms Lund owns 18.2% of the company, filings in Oslo show.", "18.2%",
     "stake in the company"),
    ("Mr Berg, who owns about 18% of the firm, spoke in Leeds.", "18%", "stake in the firm"),
    ("Mr Berg sold 5% of its shares to a bank in Leeds.", "5%", "ownership stake"),
    ("The bank sold 3% of Harlow's shares in Leeds.", "3%", "ownership stake"),
])
def test_a_share_of_a_firm_a_holder_owns_or_sells_is_a_stake(text, number, measure):
    fig = one(text, number)
    assert (fig.measure, fig.family) == (measure, "stake")


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Women make up 40% of the company in Oslo.", "40%", "share of company"),
    ("Harlow Ltd took a 60% ownership position in the mill in Leeds.", "60%",
     "ownership position"),
])
def test_a_share_of_a_firm_with_no_holder_is_not_a_stake(text, number, measure):
    assert one(text, number).measure == measure


def test_a_phrase_with_a_number_word_counts_a_group_of_its_own():
    found = [(f.evidence.text, f.measure) for f in figures_of(
        "Fourteen crews from nine countries started the race in Porto.")]
    assert found == [("Fourteen crews", "crews"), ("nine countries", "countries")]


@pytest.mark.parametrize(("text", "measure"), [
    ("A plane carrying close to 150 deported Indians landed in Delhi.", "deported Indians"),
    ("Some 12 detained Afghans were freed in Herat.", "detained Afghans"),
])
def test_a_participle_before_a_peoples_name_is_its_adjective(text, measure):
    assert figures_of(text)[0].measure == measure


def test_a_participle_after_a_number_with_no_noun_is_a_verb():
    assert figures_of("The 300 arrived in Leeds yesterday.") == []
