"""Measures of bodies and compound heads (issue 9): the size of a body named before "of"
("a population of 40,000", "a crowd of 5,000"), a plural noun that is also a verb read as
the head it is ("73 wooden houses in the old quarter"), and a gerund that joins a compound
before its plural head ("parish meeting halls"). Texts written here, with the cases whose
reading must stay as it was beside them."""

from __future__ import annotations

import pytest
from figure_lookup import figures_of, one


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Ruse, a port with a population of 140,000, lost power for a day.", "140,000",
     "population"),
    ("Tartu counts a population of some 97,000, the census office said.",
     "97,000", "population"),
    ("A crowd of some 5,000 gathered outside the town hall in Gdansk.", "5,000", "crowd"),
    ("The mill in Tampere kept a workforce of 2,300 through the winter.", "2,300",
     "workforce"),
    ("The garrison at Narva, a force of 800, held the bridge.", "800", "force"),
])
def test_the_size_of_a_body_named_before_of_is_measured_by_that_body(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The navy sent a fleet of 40 frigates to the strait near Split.", "40", "frigates"),
    ("A crowd of 5,000 protesters marched through Porto.", "5,000", "protesters"),
])
def test_a_noun_after_the_number_is_still_what_is_counted(text, number, measure):
    assert one(text, number).measure == measure


def test_a_generic_noun_after_the_size_of_a_body_leaves_the_body_its_measure():
    fig = one("Lodz, with a population of 670,000 people, is the third city.", "670,000")
    assert (fig.measure, fig.evidence.text) == ("population", "670,000 people")


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The fire reached 73 wooden houses in the old quarter of Plovdiv.", "73",
     "wooden houses"),
    ("The storm hit 40 beach houses.", "40", "beach houses hit"),
    ("Officials in Sibiu said 12 guest houses were found empty.", "12",
     "guest houses found"),
])
def test_a_plural_noun_that_is_also_a_verb_heads_the_count(text, number, measure):
    assert one(text, number).measure == measure


def test_a_verb_that_is_also_a_plural_noun_still_ends_a_label():
    # the verb has an object: "program hosts" is no thing counted, and the label stays one
    text = "The 777 program hosts visitors at the plant near Everett."
    assert [f.evidence.text for f in figures_of(text)] == []


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The floods reached 1,240 parish meeting halls around Ghent.", "1,240",
     "parish meeting halls"),
    ("Inspectors closed 12 oil drilling rigs off Bergen.", "12", "oil drilling rigs closed"),
])
def test_a_gerund_between_a_noun_and_its_plural_head_is_part_of_the_compound(
        text, number, measure):
    assert one(text, number).measure == measure


def test_a_participle_after_a_plural_head_still_ends_the_count():
    fig = one("The model tracked 20 billion particles representing gas near Lyon.", "20")
    assert fig.measure == "particles tracked"  # not "particles representing gas"


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The blast at the pit near Katowice killed 12 miners.", "12", "miners killed"),
    ("Nine workers lost their lives when the crane fell in Gdynia.", "Nine", "workers killed"),
    ("About 3,000 Ruritanian soldiers were killed or wounded near Kursk.", "3,000",
     "Ruritanian soldiers killed or injured"),
    ("More than 900 soldiers were already killed or injured near Toretsk.", "900",
     "soldiers killed or injured"),
])
def test_what_befell_people_named_by_their_role_is_kept_with_them(text, number, measure):
    assert one(text, number).measure == measure


def test_a_count_of_things_takes_no_harm_done_to_people():
    text = "Police said protesters were killed in 21 cities across the province of Fars."
    assert one(text, "21").measure.startswith("cities")


@pytest.mark.parametrize(("text", "measure"), [
    ("The brigade near Izium had a casualty rate of roughly 25%, officers said.",
     "casualty rate"),
    ("The central bank in Accra set an interest rate of 4.5%.", "interest rate"),
    ("Sligo has a poverty rate of 31%, the survey found.", "poverty rate"),
])
def test_a_rate_named_before_of_and_a_share_is_the_measure(text, measure):
    [fig] = [f for f in figures_of(text) if f.unit == "%"]
    assert fig.measure == measure


def test_a_bare_rate_before_of_names_nothing():
    [fig] = figures_of("It rose at a rate of 12% in the quarter.")
    assert fig.measure != "rate"


@pytest.mark.parametrize(("text", "number"), [
    ("Lagos, home to some 15 million residents, was hit hardest.", "15 million"),
    ("The storm hit the Manila area, which houses around 13 million people.", "13 million"),
    ("Kaunas is a city of 290,000 inhabitants on the Neris.", "290,000"),
])
def test_residents_of_a_place_counted_as_living_there_are_its_population(text, number):
    assert one(text, number).measure == "population"


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Aid groups in Sittwe said 1.2 million people had been displaced.", "1.2 million",
     "people displaced"),
    ("The camp near Gaziantep is home to 300 refugees.", "300", "refugees"),
])
def test_other_counts_of_people_keep_their_reading(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("measure", "family"), [
    ("Ruritanian soldiers killed or injured", "casualties"),
    ("people killed or injured in Lviv", "casualties"),
    ("soldiers killed", "killed"),
    ("troops", "participants"),
    ("Belarusian troops in Belarus", "participants"),
])
def test_a_fate_closing_a_measure_decides_its_family(measure, family):
    from sitrep.extract.counted import measure_family

    assert measure_family(measure) == family


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Air defences over Odesa intercepted 40 drones overnight, the command said.", "40",
     "drones intercepted"),
    ("The command said 40 drones were shot down over the Odesa region.", "40",
     "drones downed"),
    ("The brigade retook 12 villages east of Kupiansk.", "12", "villages captured"),
    ("The storm near Varna destroyed 40 beach houses.", "40", "beach houses destroyed"),
])
def test_what_befell_things_counted_is_kept_with_them(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The Tallinn shipyard said it would cut 1,200 jobs before the year is out.", "1,200",
     "jobs cut"),
    ("Dealers in Latvia sold nearly 41,000 new cars last year.", "41,000", "new cars sold"),
    ("Airlines cancelled 640 flights at Riga airport after the storm.", "640",
     "flights cancelled"),
    ("The carmaker recalled 12,000 vehicles over a brake fault.", "12,000",
     "vehicles recalled"),
    ("By 2027 the yard expects to have built 14 ferries.", "14", "ferries built"),
])
def test_what_a_firm_did_to_the_things_it_counts_is_kept_with_them(text, number, measure):
    """An irregular participle ("cut", "sold", "built") closing the measure is what befell
    the things, not the singular noun of a label ("the 777 program")."""
    assert one(text, number).measure == measure


def test_a_fate_of_things_is_no_fate_of_people_nor_of_other_things():
    text = "The 12 drones, which hit three homes in Sumy, were shot at by 30 soldiers."
    assert "hit" not in one(text, "12").measure  # the homes were hit, not the drones
    assert one(text, "30").measure == "soldiers"


@pytest.mark.parametrize(("measure", "family"), [
    ("drones intercepted", "drones intercepted"),
    ("drones launched", "drones launched"),
    ("beach houses destroyed in Varna", "houses destroyed"),
])
def test_things_and_their_fate_make_the_family(measure, family):
    from sitrep.extract.counted import measure_family

    assert measure_family(measure) == family


@pytest.mark.parametrize(("text", "number", "measure", "low", "high"), [
    ("The death toll in Derna went up to 93 on Sunday.", "93", "killed", 93, 93),
    ("The number of arrests in Tbilisi shot up to 40.", "40", "detained", 40, 40),
    ("Unemployment in Porto ticked up to 5.1%.", "5.1", "Unemployment", 5.1, 5.1),
    # a hedge after a verb that has no particle stays a hedge
    ("The brigade near Bakhmut lost up to 1,200 soldiers.", "1,200", "soldiers lost", None,
     1200),
    ("The strike on the market in Kherson killed up to 40 people.", "40", "people killed",
     None, 40),
])
def test_up_to_after_a_verb_of_motion_is_where_it_went_not_a_bound(
        text, number, measure, low, high):
    fig = one(text, number)
    assert (fig.measure, fig.low, fig.high) == (measure, low, high)


@pytest.mark.parametrize(("text", "measure"), [
    ("Inflation in Ghana accelerated to 9.4% in October.", "Inflation"),
    ("Growth in Chile slowed to 1.2% in the quarter.", "Growth"),
    ("The trade deficit widened to $12 billion, the ministry in Ankara said.",
     "trade deficit"),
    ("Prices in Cork went up 4% in May.", "Prices growth"),
])
def test_verbs_of_pace_and_width_name_their_subject(text, measure):
    [fig] = figures_of(text)
    assert fig.measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Russia launched 96 drones and 4 missiles at Odesa overnight.", "4", "missiles launched"),
    ("The strike on Sumy killed 12 soldiers and 3 civilians.", "3", "civilians killed"),
    ("Police in Tirana arrested 12 men and 3 women.", "3", "women detained"),
])
def test_a_count_joined_by_and_to_a_count_after_a_verb_shares_its_fate(text, number, measure):
    assert one(text, number).measure == measure


def test_a_count_joined_to_one_without_a_fate_takes_none():
    assert one("The storm in Split hit 12 homes and 40 cars.", "40").measure == "cars"
