"""Numbers that are no figures by the kind of page or phrase they stand in (issue 9): an
item of a list of links, a sports tally, a recipe's instruction, the window of a statistic
and the span a record level is dated by. Each rule is tested on texts written here, about
fictional teams, firms and cooks in real places, beside texts of the same shape whose
figures must stay."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.runner import extract_text

PUBLISHED = date(2026, 3, 4)


def found(text: str) -> list[str]:
    return [f.evidence.text for f in extract_text(text, PUBLISHED).figures]


LINK_LIST = """Gift ideas for retro fans this winter:
1) Vintage drum kit with 7 pads and built-in speakers
http://shrt.example/q1
2) Racing track with 12 cars and a lap counter
http://shrt.example/q2
3) Board game for up to 4 players
http://shrt.example/q3
"""


def test_the_numbers_of_items_over_their_links_are_no_figures():
    assert found(LINK_LIST) == []


def test_a_report_with_one_link_keeps_its_figures():
    text = ("The port of Gdansk handled 40 ships on Monday, officials said.\n"
            "Read more: http://news.example/gdansk\n")
    assert found(text) == ["40 ships"]


@pytest.mark.parametrize("text", [
    "The Harbour Town Rovers have won five league games this season.",
    "Dunmore took six wins out of nine this spring.",
    "The Rovers beat Kilbride for the sixth time in their last nine meetings.",
    "The reeling Otters have lost four straight at home in Perth.",
    "The Otters won all previous 12 meetings with the Falcons in Cardiff.",
])
def test_a_team_record_is_a_tally_not_a_figure(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials in Nairobi held three meetings with the union on Monday.", ["three meetings"]),
    ("The council in Leeds lost 40 jobs after the cuts.", ["40 jobs"]),
])
def test_meetings_and_losses_outside_a_contest_stay(text, expected):
    assert found(text) == expected


RECIPE = """This plum jam recipe came from a cook in Galway. You need three cups of sugar,
two teaspoons of lemon juice and a pinch of salt.

Once the fruit is soft, let it simmer for ten minutes. The jam could take 24 hours to set.
"""


def test_on_a_recipe_page_spans_of_time_and_quantities_are_instructions():
    assert found(RECIPE) == []


def test_a_diet_tip_with_a_cup_is_no_recipe_page():
    text = ("A cup of cooked lentils has 230 calories, a dietitian in Oslo said. "
            "In a study in Bergen, 60 volunteers ate lentils for 12 weeks.")
    assert "12 weeks" in found(text)


def test_the_window_of_an_average_is_not_the_figure():
    text = "Fleet sales in Austin sat under their trailing 12-month average of 14.8 percent."
    assert found(text) == ["14.8 percent"]


@pytest.mark.parametrize("text", [
    "The peso rose to its highest level in nearly two years against the dollar.",
    "The rupee is now the weakest in 30 years, traders in Mumbai said.",
    "Inflation in Chile fell to its lowest level in almost three decades.",
])
def test_a_span_after_a_record_level_dates_it(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("A woman in Hanoi has camped beside the high-rise for almost two weeks.",
     ["almost two weeks"]),
    ("The strike at the mill in Turin lasted two years.", ["two years"]),
])
def test_a_span_after_no_superlative_stays(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Pick the salsa (it has about five calories per tablespoon) over a creamy dip.",
    "A quarter cup of the hummus from the stall in Porto is roughly 30 calories.",
    "A slice of the bakery's rye bread holds 120 calories.",
])
def test_the_energy_of_a_serving_of_food_is_no_figure(text):
    assert found(text) == []


def test_calories_with_no_serving_stay():
    text = ("Volunteers in the trial in Cork cut their intake by 440 calories a day, the "
            "researchers said.")
    assert found(text) == ["440 calories"]


def test_the_reader_addressed_in_a_contraction_is_advice_not_a_figure():
    assert found("Skip the second roll and you're saving 90 calories.") == []
    assert found("Once it is done you'll have cut 25% of your chores.") == []
    # "you're looking at" says what there is; quoted, the words are a speaker's
    assert found("Charge it fully and you're looking at about 500 km of range.") != []
    assert found("“You're looking at 300 jobs lost,” the mayor of Varna said.") != []


def test_the_pages_and_tracks_of_a_product_are_its_specification():
    text = ("The new book on the riders of Tartu has 220 pages and comes with a record of "
            "eight folk tracks. The regional archive in Tartu holds 3,000 letters.")
    assert found(text) == ["3,000 letters"]


@pytest.mark.parametrize("text", [
    "ATTEND a two-day clinic with the riders of Tartu, with 40 places left.",
    "Opt for the salsa from the market in Porto, at about 20 grams a spoon.",
    "Try two of the new 500-metre trails above Bled this autumn.",
])
def test_a_sentence_telling_the_reader_what_to_do_holds_no_figure(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "kept"), [
    ("Book sales in Tartu rose 4% last year.", "4%"),
    ("Shop owners in Porto said 40 stores had closed.", "40 stores"),
    ("“Visit the museum for 20 minutes,” the guide in Tartu said.", "20 minutes"),
])
def test_a_noun_or_a_quoted_verb_that_opens_a_sentence_keeps_its_figure(text, kept):
    assert found(text) == [kept]


def test_a_players_career_statistic_is_no_figure():
    assert found("Ana Lind has 86 triple-doubles in her career.") == []


@pytest.mark.parametrize("text", [
    "Build a business in Porto that suits you 100%.",
    "“I agree 100 percent with the plan,” the mayor of Varna said.",
])
def test_a_whole_share_after_an_object_or_agreeing_is_a_degree(text):
    assert found(text) == []


def test_a_whole_turnout_is_a_share():
    assert found("Turnout in the village near Varna was 100 percent, officials said.") == [
        "100 percent"]


def test_a_trifle_under_a_negation_is_a_figure_of_speech():
    assert found("“They never sent us 5 cents,” the mayor of Varna said.") == []
    assert found("Fares in Varna rose by 10 cents on Monday.") == ["10 cents"]
    assert found("Fares in Varna did not rise, but tolls rose 20 cents.") == ["20 cents"]


def test_a_teams_chances_are_a_game_statistic():
    assert found("Porto wasted four chances against Braga.") == []
