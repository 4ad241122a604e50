"""What a figure measures when the words beside it do not say, from the fifth hand check of
the benchmark's figures (issue 9): an idiom of size before an amount ("to the tune of"),
an owner before the noun a share is of, a span of time that two events bound, the goods
a sum per week is made of, a sum the sentence names (a cost, a change of GDP restated in
dollars), degrees that are an angle or a temperature by the words around them, and a
verb that names its quantity ("to yield"). Each class is tested beside sentences of the
same shape whose measure must stay as it was. Every text is written here, about
fictional people and firms in real places."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.runner import extract_text

PUBLISHED = date(2026, 5, 2)


def measures(text: str) -> dict[str, str | None]:
    return {f.evidence.text: f.measure for f in extract_text(text, PUBLISHED).figures}


def measure_of(text: str, number: str) -> str | None:
    """The measure of the one figure whose evidence holds ``number``."""
    found = [f for f in extract_text(text, PUBLISHED).figures if number in f.evidence.text]
    assert len(found) == 1, (text, [f.evidence.text for f in found])
    return found[0].measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    # the idiom says "about this much": the amount is of what the clause before it names
    ("The new firmware drains the phone's battery to the tune of 6% an hour, testers in "
     "Oslo said.", "6%", "battery drain"),
    ("The council in Leeds overspent to the tune of $4 million, its auditor Rhys Owen "
     "said.", "$4 million", "overspending"),
    ("Most of the grant was spent on wages for nurses in Cork, to the tune of $9 million.",
     "$9 million", "wages"),
    ("The levy in Quebec raised in excess of $700 million, officials said.", "$700 million",
     "funds raised"),
    # no verb that names an amount: the clause's subject, as without the idiom
    ("Exports from Chile rose to the equivalent of $4 billion last year.", "$4 billion",
     "Exports from Chile"),
])
def test_an_idiom_of_size_names_no_measure(text, number, measure):
    assert measure_of(text, number) == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("A loss of $5 million was booked by the mill in Tampere.", "$5 million", "loss"),
    ("The crater in Arizona has a diameter of 1,200 meters.", "1,200 meters", "diameter"),
    ("Farm exports from Kenya rose 4% last year.", "4%", "Farm exports from Kenya growth"),
])
def test_a_noun_before_of_still_names_its_measure(text, number, measure):
    assert measure_of(text, number) == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Farms use 30 to 60 percent of the valley's total water, a study in Fresno found.",
     "30 to 60 percent", "share of valley's total water"),
    ("The plague killed up to 60 percent of Europe's population, the historian Ana Roth "
     "wrote.", "60 percent", "share of population killed"),  # and what befell it (measure_fates)
    ("Traffic accounts for 25% of the city's nitrogen emissions, said Mayor Ines Vidal.",
     "25%", "nitrogen emissions"),
    ("Cars produce 40 percent of Delhi’s smog, a survey in India found.", "40 percent",
     "share of smog"),
])
def test_a_share_of_an_owner_measures_the_noun_after_the_owner(text, number, measure):
    assert measure_of(text, number) == measure


def test_an_owner_after_a_measure_is_no_place_of_it():
    assert measure_of("The firm bought a 51% stake in Harlow's furniture business.",
                      "51%") == "stake"


@pytest.mark.parametrize(("text", "number", "measure"), [
    # owned by the subject ("their", "its"): read as before, from the clause
    ("The battalion near Kherson lost some 35 percent of their men, officers said.",
     "35 percent", "battalion"),
    ("Gunmen killed 30 people, or 10% of the village, police in Mopti said.", "10%",
     "share of village"),
    ("Some 3,000 members of Russia's armed forces crossed the river near Kursk.", "3,000",
     "members of Russia's armed forces"),
])
def test_shares_and_counts_of_other_shapes_stay(text, number, measure):
    assert measure_of(text, number) == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("There were less than seven months between the two floods in Dhaka.", "seven months",
     "time between floods"),
    ("Only 11 days passed between the two earthquakes in Lima, the institute said.",
     "11 days", "time between earthquakes"),
    ("The carrier suffered two crashes of its Halden 410 plane in less than six months, "
     "regulators in Paris said.", "six months", "time between crashes"),
    ("Police in Lagos recorded four raids on banks in under ten days.", "ten days",
     "period of raids"),
])
def test_a_span_that_events_bound_is_the_time_between_them(text, number, measure):
    assert measure_of(text, number) == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The festival in Galway runs five days.", "five days", "festival duration"),
    ("The trial in Utrecht lasted three weeks.", "three weeks", "trial duration"),
])
def test_a_span_with_no_events_is_the_duration_of_what_lasts(text, number, measure):
    assert measure_of(text, number) == measure


@pytest.mark.parametrize("text", [
    "Fire crews in Perth treated 300 people in ten days.",
    "Police in Lyon arrested two suspects in ten days.",
])
def test_people_counted_before_a_span_are_no_events(text):
    said = measure_of(text, "ten days")
    assert said and not said.startswith(("period", "time between"))


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Smugglers move $40 million a week in cocaine across the border near Tijuana, said "
     "Senator Paul Hardy.", "$40 million", "value of cocaine per week"),
    ("Guards say $12 million a month is crossing the river near Ciudad Juarez in "
     "stolen fuel.", "$12 million", "value of stolen fuel per month"),
])
def test_a_sum_per_week_of_goods_is_the_value_of_the_goods(text, number, measure):
    assert measure_of(text, number) == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The city of Perth spends $3 million a year on street lighting.", "$3 million",
     "spending per year on street lighting"),
    ("The cartel earns about $2 million a day in fuel theft, officials in Puebla said.",
     "$2 million", "earnings per day"),
    ("The port in Durban handles $8 million a day in the dry season.", "$8 million",
     "amount per day"),
])
def test_a_rate_whose_clause_names_its_measure_keeps_it(text, number, measure):
    assert measure_of(text, number) == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    # a cut by a share is the change of GDP, and the sum restating it the same change
    ("The levy would reduce GDP by 0.3 percent, or $21 billion, economists in Madrid "
     "said.", "$21 billion", "GDP reduction"),
    ("The levy would reduce GDP by 0.3 percent, or $21 billion, economists in Madrid "
     "said.", "0.3 percent", "GDP reduction"),
    # with no comma, and a clause after it
    ("Economists in Madrid expect the levy to reduce GDP by 0.3 percent or $21 billion "
     "and to cost 9,000 jobs.", "$21 billion", "GDP reduction"),
    ("The tariffs would cost the economy $48 billion, a study in Ottawa found.",
     "$48 billion", "cost"),
    ("The founder had planned to charge Halden almost $6 million to use the name.",
     "$6 million", "price"),
    ("The board in Austin paid $4 a share, or $80 million in all.", "$80 million",
     "payment"),
    ("The budget in Indiana boosted school spending by 2.5% each year.", "2.5%",
     "school spending increase"),
])
def test_a_sum_takes_what_its_sentence_names(text, number, measure):
    assert measure_of(text, number) == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The cable pulls free at less than 30 degrees from the vertical, engineers in Bergen "
     "said.", "30 degrees", "angle"),
    ("The roof in Porto was rebuilt with a tilt of 15 degrees.", "15 degrees", "angle"),
    ("Temperatures in Seville reached 44 degrees on Monday.", "44 degrees", "temperature"),
    ("The hinge of the new laptop stays cool; the screen opens to 135 degrees, its maker "
     "in Taipei said.", "135 degrees", "angle"),
    ("The reading on the dial in Turin was 12 degrees.", "12 degrees", "degrees"),
])
def test_degrees_are_an_angle_or_a_temperature_by_the_nearest_word(text, number, measure):
    assert measure_of(text, number) == measure


def test_a_verb_that_names_its_quantity_measures_it():
    text = ("Ten-year notes in London rose in price to yield 1.79%, down from 1.81% late "
            "on Monday.")
    # named with the securities its sentence names (measure_yields.py)
    assert measures(text) == {"1.79%": "notes yield", "1.81%": "notes yield"}


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Unions in Ohio asked for a 7% funding increase this spring.", "7%", "funding increase"),
    ("The startup in Lisbon closed a $5 million financing round.", "$5 million",
     "financing round"),
    # no article before the amount: the word in -ing is a verb, the subject is measured
    ("Prices in Rome rose 4% leading economists to worry.", "4%", "Prices growth"),
    ("Anna Berg spent 40 seconds describing how the lock works.", "40 seconds",
     "duration of describing"),
])
def test_a_word_in_ing_after_an_amount_that_modifies_a_noun_is_no_verb(text, number,
                                                                       measure):
    assert measure_of(text, number) == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Its maker in Detroit said the hybrid reaches the equivalent of 84 miles per "
     "gallon.", "84 miles", "fuel economy"),
    ("The small car from Turin does 18 km per litre in town.", "18 km", "fuel economy"),
    # a distance with no unit after it stays a distance
    ("The new line in Leeds runs 40 miles from the coast.", "40 miles", "distance"),
])
def test_a_distance_per_volume_of_fuel_is_a_fuel_economy(text, number, measure):
    assert measure_of(text, number) == measure


def test_an_idiom_of_size_before_a_span_names_nothing():
    said = measure_of("Repairs to the bridge in Hull took in the order of two weeks.",
                      "two weeks")
    assert said is not None and "order" not in said


def test_a_thing_counted_ends_before_between():
    assert measure_of("The school in Kyoto marks a 22-year partnership between itself "
                      "and a clinic in Osaka.", "22-year") == "duration of the partnership"


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("A study in Ohio found the group makes up near 0.7 percent of the total "
     "Canadian population.", "0.7 percent", "share of total Canadian population"),
    ("The state office in Bismarck paid a Fargo design firm just short of $318,000 in May.",
     "$318,000", "payment to Fargo design firm"),
    ("Shares of Harlow Foods in Boston have gained 36% year to date.", "36%", "Shares gain"),
    ("Prices in Lima rose 2% month on month.", "2%", "Prices growth"),
])
def test_words_after_an_amount_that_name_nothing_are_read_past(text, number, measure):
    assert measure_of(text, number) == measure


def test_a_verb_of_saying_after_a_share_is_no_measure():
    assert measure_of("Fifty-one percent say the plan in Ohio is wrong, a poll found.",
                      "percent") != "say"


@pytest.mark.parametrize(("text", "number"), [
    ("People in Bangkok felt the tremor, roughly 1,240 km southeast of its centre.", "1,240 km"),
    ("The farm sits about 163 miles northwest of Tianjin.", "163 miles"),
    ("The wind farm sits 12 miles offshore from Aberdeen.", "12 miles"),
])
def test_a_compass_point_after_a_length_says_a_distance(text, number):
    assert measure_of(text, number).split()[0] == "distance"


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The firm in Oslo spent $3 million in total on repairs.", "$3 million", "spending"),
    ("The ministry in Lima paid the farmers $9 million on average each month.",
     "$9 million",
     "payment to farmers"),
    # a noun after the link still names the measure
    ("The state pledged $20 billion in aid to Kenya.", "$20 billion", "aid"),
])
def test_an_idiom_after_an_amount_names_nothing(text, number, measure):
    assert measure_of(text, number) == measure
