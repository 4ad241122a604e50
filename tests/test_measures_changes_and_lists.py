"""Measures of a change named after its value, of counts in a list, and of a second sum
after a scale word (issue 9). Texts written here, about fictional firms in real places,
beside texts whose measures must stay as they are."""

from __future__ import annotations

import pytest
from figure_lookup import PUBLISHED, figures_of, one

from sitrep.extract import extract_text


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Dealers in Perth reported a rise of 12 percent in sales of used vans.", "12 percent",
     "sales increase"),
    ("The port board in Gdansk forecast an increase of 8% in freight volumes.", "8%",
     "freight volumes increase"),
    ("The council in Bristol recorded a 6 percent rise in rents last year.", "6 percent",
     "rents increase"),
    ("Ferry firms in Oban saw a sharp 9% drop in passenger numbers after the storm.", "9%",
     "passenger numbers reduction"),
    ("A survey in Ghent found a 15% increase in the number of cyclists.", "15%",
     "cyclists increase"),
])
def test_a_noun_of_change_is_named_by_what_changed_after_it(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    # a name after "in" says where, a period says when: the change stays bare
    ("The council in Bristol recorded a fall of 2% in the quarter.", "2%", "fall"),
    ("Harbour fees saw a rise of 4% in Gdansk, the port board said.", "4%", "rise"),
])
def test_a_place_or_a_time_after_a_change_names_no_thing(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Harlan Voss of Tulsa faces six counts of forgery and two counts of perjury.", "six",
     "counts of forgery"),
    ("Harlan Voss of Tulsa faces six counts of forgery and two counts of perjury.", "two",
     "counts of perjury"),
    ("Nurses in Derby treated 40 patients with asthma and 12 children with croup.", "40",
     "patients with asthma"),
    # a joiner before a word keeps the phrase whole
    ("The ward in Derby holds 30 patients with asthma and diabetes.", "30",
     "patients with asthma and diabetes"),
])
def test_a_phrase_ends_before_a_joiner_and_a_number(text, number, measure):
    assert one(text, number).measure == measure


def test_a_sum_after_a_scale_word_and_a_link_is_named_after_the_link():
    text = ("Brantwell Foods of Tulsa posted a loss of $12.5 million on revenue of $88.1 "
            "million in the second quarter.")
    assert one(text, "$12.5 million").measure == "loss"
    assert one(text, "$88.1 million").measure == "revenue"


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Rents in Leeds are still below the April peak of $1,900.", "$1,900", "Rents peak"),
    ("Rents in Leeds stayed close to the previous 12-month average of $1,650.", "$1,650",
     "Rents average"),
    ("Home sales in Ohio reached a record high of 4% in May.", "4%",
     "Home sales record high"),
    ("Officials in Derby said the budget reached a peak of $4 billion in 2024.",
     "$4 billion", "budget peak"),
])
def test_a_bound_before_a_sum_is_said_of_the_sentence_subject(text, number, measure):
    assert one(text, number).measure == measure


def test_a_bound_with_a_modifier_of_its_own_or_a_pronoun_subject_is_not():
    # "the national average" says more than when: the subject is not read into it
    national = one("Use among teens in Ohio stood at 4.6 percent, against a national "
                   "average of 3.1 percent.", "3.1 percent")
    assert "average" not in national.measure
    assert not [f for f in figures_of("It hit a peak of $1,900 in Leeds in April.")
                if "peak" in (f.measure or "")]


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Last spring Brantwell reportedly laid off over 70 employees in Tulsa.",
     "70", "employees in Tulsa laid off"),
    ("Some 60 workers were laid off at the plant in Tulsa.", "60", "workers laid off"),
    ("The mill in Derby furloughed 200 staff last week.", "200", "staff furloughed"),
])
def test_a_fate_of_two_words_is_read_before_and_after_the_count(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The crew in Houston would sleep through a planned 200-day Earth-Mars voyage.",
     "200-day", "duration of the Earth-Mars voyage"),
    ("The 3-day US-China talks in Geneva ended on Friday.", "3-day",
     "duration of the US-China talks in Geneva"),
])
def test_a_span_before_a_pair_of_names_measures_the_noun_after_them(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Crews spent 12 hours clearing the road near Oban.", "12", "duration of clearing the road"),
    ("Crews in Oban spent six hours checking why the pumps failed.", "six",
     "duration of checking"),
    ("Nurses in Derby spent two weeks training the new staff.", "two",
     "duration of training the new staff"),
    # a place after the span, or no verb of spending: no activity is read
    ("The mayor of Leeds spent three days at the plant.", "three", "duration"),
])
def test_a_span_spent_doing_something_measures_the_activity(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    # an infinitive and its object before "in" and the span: what was done in it
    ("Crews in Oban managed to clear the road in four hours.", "four",
     "duration to clear the road"),
    ("The new printer in Tartu is able to finish a poster in two minutes.", "two",
     "duration to finish a poster"),
])
def test_a_span_something_is_done_in_measures_the_doing(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    # a passive clause before "for" says what held so long, from its determiner
    ("No patrols were made for at least six hours, police in Riga said.", "six",
     "duration no patrols were made"),
    ("The ferry to Tallinn said the cargo was held for three days.", "three",
     "duration the cargo was held"),
    # a span "off" something is time off it
    ("The nurse in Derby took 10 days off work after the fall.", "10", "time off work"),
    # no determiner opens the clause: no clause is read
    ("Police were deployed for two days in Oban.", "two", "duration"),
])
def test_a_span_after_a_passive_or_off_something(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "low", "measure"), [
    ("The council in Bristol raised the fee from 5% to 8%.", "8%", 8.0, "fee"),
    ("The ministry in Seoul wants makers to raise the typical output of wind turbines "
     "from 21% to 33%.", "33%", 33.0, "typical output of wind turbines"),
    ("The plan in Oslo would lift the share of wind power from 12% to 30% by 2030.", "30%",
     30.0, "share of wind power"),
    ("Turnout fell from 62% to 48% in Leeds.", "48%", 48.0, "Turnout"),
])
def test_a_move_of_an_object_from_one_value_to_another_is_its_new_value(
        text, number, low, measure):
    fig = one(text, number)
    assert (fig.low, fig.high, fig.measure) == (low, low, measure)


def test_a_range_after_a_word_of_range_stays_a_range():
    fig = one("Rents in Leeds rose in towns ranging from 5% to 8%.", "5%")
    assert (fig.low, fig.high) == (5.0, 8.0)


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Brantwell of Tulsa raised its quarterly dividend to $1.25 a share, the company said.",
     "$1.25", "quarterly dividend per share"),
    # a sum the verb takes as its object is still what the verb names
    ("The charity in Leeds would raise $88 million, its board said.", "$88 million",
     "funds raised"),
])
def test_a_verb_that_changes_its_object_to_a_sum_names_the_object(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Brantwell of Tulsa earned $2.53 a share in the quarter.", "$2.53",
     "earnings per share"),
    ("Brantwell of Tulsa will pay a dividend of $1.25 per share.", "$1.25",
     "dividend per share"),
    ("In March Brantwell bid $21.40 a share for Harlow Press of Leeds.", "$21.40",
     "bid per share for Harlow Press"),
    ("Brantwell offered $4 million for the mill in Leeds.", "$4 million", "offer for mill"),
    ("The charity in Leeds would raise $88 million for the hospital.", "$88 million",
     "funds raised for hospital"),
])
def test_a_sum_per_share_or_for_a_thing_is_named_by_its_verb(text, number, measure):
    assert one(text, number).measure == measure


def test_a_price_in_cents_with_no_one_stating_it_is_still_no_figure():
    assert not figures_of("The kettle from Leeds costs $24.99 a unit.")


def test_a_sum_lost_is_a_loss_not_a_tally_of_games():
    assert one("Harlow Press of Leeds lost $4 million in the quarter.", "$4 million"
               ).measure == "loss"


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Her blood sugar level is regularly 5.4%, the clinic in Leeds said.", "5.4%",
     "blood sugar level"),
    ("Its market share in Leeds is typically 12%.", "12%", "market share"),
    ("Her blood oxygen reading nowadays is 95%, the nurse in Derby said.", "95%",
     "blood oxygen reading"),
])
def test_an_adverb_beside_the_verb_leaves_the_subject_measured(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Leeds signed a contract with Brantwell worth $4 million.", "$4 million", "contract"),
    ("The firm secured a rescue loan from lender Harlow worth as much as $6 billion.",
     "$6 billion", "rescue loan"),
    ("Brantwell of Tulsa has a stake in Harlow of 12%.", "12%", "stake"),
])
def test_a_name_after_a_link_is_its_object_and_the_noun_before_is_measured(
        text, number, measure):
    assert one(text, number).measure == measure


def test_a_clock_time_after_a_date_ends_no_range_of_days():
    text = ("Night staff in Leeds logged no rounds from 11:15 p.m. March 3 to 5:45 a.m. on "
            "the following day, the trust said.")
    assert not [f for f in figures_of(text) if f.kind == "dates"]
    assert [f.kind for f in figures_of("The fair in Leeds runs from Aug. 9 to 16.")] == ["dates"]


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Brantwell of Tulsa shelved its share sale and saw its market value cut from $30 "
     "billion to $9 billion.", "$9 billion", "market value"),
    ("Leeds had its budget cut by $4 million.", "$4 million", "budget"),
])
def test_a_thing_had_changed_is_measured_not_its_owner(text, number, measure):
    assert one(text, number).measure == measure


def test_a_sum_toward_a_thing_is_named_by_it():
    assert one("The city put $3 million toward repairs in Leeds.", "$3 million"
               ).measure == "repairs"


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Three Dutch service members died in a training accident near Kandahar, the army "
     "said.", "Three", "Dutch service members killed"),
    ("Drivers in Texas purchased 188,200 new trucks in the first half.", "188,200",
     "new trucks bought"),
    ("Officials in Minsk confirmed the deaths of at least six members of the border "
     "police.", "six", "members of the border police killed"),
])
def test_people_and_things_keep_their_fate(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize("text", [
    "Fans can watch the Fair Hill Three-Day Event in Elkton.",
    "The 24-Hour Race at Le Mans drew big crowds.",
])
def test_a_span_in_a_capitalised_name_is_no_figure(text):
    assert not figures_of(text)


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("A Leeds study found a fall in U.K. household spending of $2.3 billion a month.",
     "$2.3 billion", "U.K. household spending reduction per month"),
    ("U.K. dairy exports to Chile dropped to $9.1 million in 2024.", "$9.1 million",
     "U.K. dairy exports to Chile"),
])
def test_an_abbreviation_before_a_lower_case_word_ends_no_sentence(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "low", "high", "measure"), [
    ("Brantwell hopes to save as much as $120 million through the merger.", "$120 million",
     None, 120000000.0, "amount saved"),
    ("Turnout in some wards of Leeds was as low as 31%.", "31%", 31.0, None, "Turnout"),
])
def test_as_much_as_and_as_low_as_are_bounds(text, number, low, high, measure):
    fig = one(text, number)
    assert (fig.low, fig.high) == (low, high)
    assert measure is None or fig.measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Floods in Braga forced more than 3,000 residents from their homes.", "3,000",
     "residents displaced"),
    ("About 40,000 homes in Braga were without power on Monday.", "40,000",
     "homes in Braga without power"),
])
def test_people_forced_from_their_homes_and_homes_without_power(text, number, measure):
    assert one(text, number).measure == measure


def test_rainfall_is_named_and_its_window_is_no_figure():
    found = figures_of("Rainfall in Braga reached 180 mm in 24 hours, the weather service "
                       "said.")
    assert [(f.evidence.text, f.measure) for f in found] == [("180 mm", "rainfall")]
    assert one("The trial in Leeds lasted 12 days.", "12").measure == "trial duration"


@pytest.mark.parametrize(("text", "number", "unit", "measure"), [
    ("The port operator in Gdansk said the stoppage would cost it roughly 3 million zlotys "
     "a day.", "3 million", "PLN", "cost per day"),
    ("The court in Haifa set the fine at 40,000 shekels.", "40,000", "ILS", None),
])
def test_more_currencies_by_name_and_a_cost_to_a_pronoun(text, number, unit, measure):
    fig = one(text, number)
    assert fig.unit == unit
    assert measure is None or fig.measure == measure


def test_a_span_of_time_ago_after_a_value_names_no_measure():
    found = figures_of("Turnout in Tartu was 58%, down from 63% four years ago.")
    assert [(f.evidence.text, f.measure) for f in found] == [("58%", "Turnout"),
                                                            ("63%", "Turnout")]


def test_a_share_said_of_a_bond_is_its_yield():
    text = "Brantwell's 2031 bond traded at 11.4% on Friday in Tulsa."
    assert one(text, "11.4%").measure.endswith("bond yield")
    assert one("Brantwell of Tulsa sold 400 bonds.", "400").measure == "bonds sold"


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("At least 58 protesters in 9 towns have been killed, according to a rights group.", "58",
     "protesters killed"),
    ("Twelve people on the bus were hurt in Leeds.", "Twelve", "people injured"),
    ("The 40 houses in the village near Oban are empty.", "40", "houses"),
])
def test_a_short_place_phrase_before_the_fate_keeps_it(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The tariffs would cut wages in Ohio by 0.2 percent while eliminating 180,400 "
     "full-time jobs.", "180,400", "full-time jobs eliminated"),
    ("Economists expect growth of 2.1% in Norway this year.", "2.1%", "growth estimate"),
])
def test_jobs_eliminated_and_an_expected_rate(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("title", "text", "number", "measure"), [
    ("The cost of the new stadium in Cardiff", "The council says the cost is $40 million.",
     "$40 million", "cost of the new stadium in Cardiff"),
    ("The income of fishing boats in Oban", "Divided over 52 weeks, the income is "
     "about $2.1 million per week.", "$2.1 million",
     "income of fishing boats in Oban per week"),
    ("Three Cases of Measles Confirmed in Lyon", "Lyon has seen 40 cases since 2020.", "40",
     "cases of measles"),
])
def test_a_bare_noun_the_title_names_in_full_takes_its_words(title, text, number, measure):
    found = [f for f in extract_text(text, PUBLISHED, title=title).figures
             if number in f.evidence.text]
    assert [f.measure for f in found] == [measure]


def test_a_noun_the_title_does_not_name_stays_as_it_is():
    found = extract_text("The council says the cost is $40 million.", PUBLISHED,
                         title="A new stadium for Cardiff").figures
    assert [f.measure for f in found] == ["cost"]


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The firm surveyed 1,200 adults in Ohio.", "1,200", "adults in Ohio surveyed"),
    ("A charity in Leeds helped thousands of jobless people last year.", "thousands",
     "jobless people helped"),
    ("Since 2019 the Leeds charity has helped 4,000 families.", "4,000", "families helped"),
])
def test_people_helped_or_surveyed(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Health authorities in Lyon reported 84 new measles cases in the past week.", "84",
     "new measles cases reported"),
    ("Health authorities said 37 people were admitted to hospital in Lyon.", "37",
     "people hospitalised"),
    ("The survey found 40 species of birds in Oban.", "40", "species of birds found"),
])
def test_an_illness_named_in_s_reads_on_to_its_head_and_admissions_are_counted(
        text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "measure"), [
    # "the number of" counts its noun and the words that say which of them
    ("The number of children who missed school in Leeds rose by 30 percent last year.",
     "children who missed school in Leeds"),
    ("The number of firms that closed has steadily fallen by 8 percent in Porto.",
     "firms that closed"),
    # a phrase broken by a mark is left to its noun
    ("The number of drivers, the union in Riga said, rose by 12 percent.", "drivers"),
])
def test_the_number_of_things_that_changed_keeps_which_of_them(text, measure):
    change = [f for f in figures_of(text) if f.change]
    assert [f.measure for f in change] == [measure]
