"""What a count is of, when the sentence names an act before it or a time after it: "sales
of 2.1 million cars" counts cars sold; "3.2 million tonnes in the season" is not a count of
seasons; a span of time after a place ("over five years") lasts no place. Texts written
here (fictional officials, real places)."""

from __future__ import annotations

import pytest
from figure_lookup import one


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Dealers reported sales of nearly 2.1 million new cars in Poland last year.",
     "2.1 million", "new cars in Poland sold"),
    ("Shipments of 40,000 laptops to schools in Ghana began in May.", "40,000",
     "laptops shipped"),
    ("Deliveries of 24 fighter jets to Romania are due by 2027, minister Ana Popa said.",
     "24", "fighter jets delivered"),
    ("Imports of 9,000 tractors from Belarus doubled, the customs office in Riga said.",
     "9,000", "tractors from Belarus imported"),
    ("The airline confirmed orders for 60 narrow-body jets at the Farnborough show.", "60",
     "narrow-body jets ordered"),
])
def test_the_noun_of_an_act_before_of_says_what_befell_the_things_counted(
        text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Only four places remain in the final round, the federation said.", "four",
     "places left"),
    ("The remaining 40 tickets go on sale in Split on Friday.", "40", "tickets left"),
    ("The plant in Gyor employs 1,300 people, manager Zoltan Kiss said.", "1,300",
     "people employed"),
    ("The bakery chain hired 85 workers in Brno this spring.", "85",
     "workers in Brno hired"),
])
def test_what_is_left_of_things_and_whom_a_firm_employs_are_said(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number"), [
    ("About 40 people remain in hospital in Brno, officials said.", "40"),
    ("Twelve schools in Kharkiv remained closed on Monday.", "Twelve"),
    ("About 30 bridges remain under water in Bosnia.", "30"),
])
def test_what_remains_in_a_state_or_people_who_remain_are_not_things_left(text, number):
    assert "left" not in (one(text, number).measure or "")


@pytest.mark.parametrize(("text", "number"), [
    ("Exports of wheat to Egypt fell to 3.2 million tonnes in the season, the ministry said.",
     "3.2 million"),
    ("The port handled 41 million tonnes in the first half, its director Eva Marn said.",
     "41 million"),
    ("Miners in Kiruna dug 27 million tonnes in the year to June.", "27 million"),
])
def test_a_period_after_in_is_when_not_what_a_quantity_measures(text, number):
    measure = one(text, number).measure or ""
    assert not {"season", "half", "year"} & set(measure.split())


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The company delivered 18,000 buses to cities in Chile over five years.", "five",
     "duration"),
    ("Teams rebuilt the bridges of Mostar for three years.", "three", "duration"),
    ("She practised chess for 12 weeks.", "12", "duration of chess"),
])
def test_a_name_before_a_span_of_time_stops_the_activity_it_lasts(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The plant makes 200,000 engines a year, manager Zoltan Kiss said.", "200,000",
     "engines per year"),
    ("About 300 visitors a day came to the museum in Lviv.", "300", "visitors per day"),
    ("The yard in Gdansk sold 4,000 boats a year, its owner said.", "4,000",
     "boats sold per year"),
])
def test_a_count_with_a_time_right_after_it_is_a_rate(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The company sold 4,000 cars a year ago.", "4,000", "cars sold"),
    ("Twelve people were killed in a day of fighting near Sumy.", "Twelve", "people killed"),
])
def test_a_time_that_dates_a_count_or_comes_later_makes_no_rate(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Ivo Ban was sentenced on Monday to 40 weeks in jail.", "40",
     "jail sentence"),
    ("If convicted, Karl Mets could get 12 years in prison, prosecutors said.", "12",
     "prison sentence"),
])
def test_a_span_in_prison_is_a_sentence_not_a_count_of_prisons(text, number, measure):
    assert one(text, number).measure == measure


def test_a_sum_for_a_prison_is_no_sentence():
    assert one("The ministry will spend $3 million on the jail in Tartu.",
               "3 million").measure == "spending on jail"
