"""What a share of a group, a market's move, a unit read as a noun and a few number forms
measure, from the hand checks of session 10 (issue 9): a poll's share named by its base
("Americans"), an index's move named by the index ("S&P"), a recipe's "cups" taken for the
thing counted, "one or two" read as 2, and "smaller than 2.5 microns" read as 2.5. Each
class stands beside sentences of the same shape whose measure must stay. Every text is
written here, about fictional people and firms in real places."""

from __future__ import annotations

import pytest
from figure_lookup import figures_of, one

from sitrep.extract.measure_moves import move_family


@pytest.mark.parametrize(("text", "number", "measure"), [
    # what the share of the group does or is follows the group: both are the measure
    ("About 12% of Americans say they skip breakfast, a poll by the Denver firm Lakeview "
     "found.", "12%", "Americans who say they skip breakfast"),
    ("Some 40 percent of Canadians said they would buy an electric car, the survey in "
     "Toronto found.", "40 percent", "Canadians who said they would buy an electric car"),
    ("Only 62% of the survey participants were white, the authors in Leeds wrote.", "62%",
     "survey participants who were white"),
    ("About 8% of teenagers in Ohio reported using meth, the state agency said.", "8%",
     "teenagers in Ohio who reported using meth"),
    ("Over 35 percent of renters in Perth have fallen behind on rent, the tenants' union "
     "said.", "35 percent", "renters in Perth who have fallen behind on rent"),
    ("Nearly 30 percent of the farms in Kerala have no well, officials said.", "30 percent",
     "farms in Kerala that have no well"),
    # a ratio read as a share, and a group named before the value
    ("Nine in ten voters in Ohio back the plan, a poll found.", "Nine in ten",
     "voters in Ohio who back the plan"),
    ("The percentage of young people in the county who have tried vaping was 14 percent, "
     "the health office in Boise said.", "14 percent", "young people who have tried vaping"),
    # a move to the share says it as well as a copula
    ("The share of adults who smoke fell to 11 percent in Riga, the health office said.",
     "11 percent", "adults who smoke"),
])
def test_a_share_of_a_group_measures_what_the_group_does(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The plant in Leeds cut 25% of the city's emissions last year.", "25%", "emissions"),
    ("Tariffs in Peru rose to 15% of the import price.", "15%", "share of import price"),
    ("Lima dropped a 12 percent levy that its council planned.", "12 percent", "levy"),
])
def test_a_share_of_a_thing_keeps_its_measure(text, number, measure):
    fig = one(text, number)
    assert fig.measure == measure


def test_a_fraction_in_words_before_a_group_and_its_clause_is_a_share():
    fig = one("A third of young people reported vaping in the past month, the health "
              "office in Boise said.", "third")
    assert (fig.low, fig.high, fig.unit) == (33.3, 33.3, "%")
    assert fig.measure == "young people who reported vaping in the past month"
    hedged = one("Nearly half of voters in Leeds would back the plan, the poll found.", "half")
    assert (hedged.low, hedged.qualifier) == (50.0, "nearly")


@pytest.mark.parametrize("text", [
    "In the second half of games played, the team in Leeds lost.",
    "Half of them said the mill in Perth was closing.",
    "A third of the way to Lyon, the convoy stopped.",
])
def test_a_fraction_that_is_no_share_of_a_group_is_no_figure(text):
    assert not [f for f in figures_of(text) if f.unit == "%"]


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("The S&P 500 rose 1.2% on Tuesday.", "1.2%", "S&P 500 gain"),
    ("The Hang Seng index gained 0.8% in afternoon trade in Hong Kong.", "0.8%",
     "Hang Seng index gain"),
    ("China's Shanghai Composite fell 2.1% early on Tuesday.", "2.1%",
     "China's Shanghai Composite fall"),
    ("The Dow Jones Industrial Average dropped 300 points, or 1.1%, on Friday.", "1.1%",
     "Dow Jones Industrial Average fall"),
    ("Zinc ZNC3 rose 1.4% to $2,610 a tonne in London.", "1.4%", "Zinc gain"),
    ("Tokyo's Nikkei 225 (N225) slid 1.7% on Monday.", "1.7%", "Tokyo's Nikkei 225 fall"),
    ("Kelso Mills shares are up 35% since January, traders in Leeds said.", "35%",
     "Kelso Mills shares gain"),
    ("Shares of Pellworth Tools have climbed 18% so far this year.", "18%",
     "Pellworth Tools shares gain"),
    ("Pellworth Tools lagged the S&P 500's 21% gain this year.", "21%", "S&P 500 gain"),
    # a move in a clause joined to the first is the move of the market opening it
    ("Ankara's BIST 100 index (XU100) opened lower, but was last trading up 0.7%.", "0.7%",
     "Ankara's BIST 100 index gain"),
])
def test_a_market_move_measures_the_move_not_the_name(text, number, measure):
    assert one(text, number).measure == measure


@pytest.mark.parametrize(("text", "number", "measure"), [
    ("Net income rose 12% at the bank in Perth, it said.", "12%", "Net income growth"),
    ("Exports from Chile rose 4% last year.", "4%", "Exports from Chile growth"),
    ("Comparable sales at the grocer in Leeds rose 3.6 percent.", "3.6 percent",
     "Comparable sales growth"),
])
def test_a_measure_that_moved_but_is_no_market_measures_its_growth(text, number, measure):
    assert one(text, number).measure == measure


def test_the_moves_of_two_markets_are_two_families_and_both_are_kept():
    found = figures_of("In Zurich the franc index .FXI gained 0.2% on Monday, and the yen "
                       "JPY= was up 0.2% against it.")
    assert {f.measure for f in found if f.unit == "%"} == {"franc index gain", "yen gain"}
    assert move_family("S&P 500 gain", "en") == move_family("S&P 500 fall", "en") == "s&p 500"
    assert move_family("Net income", "en") is None


@pytest.mark.parametrize(("text", "number", "unit", "measure"), [
    ("Her grandmother's plum jam from Lyon took three cups of sugar; the baker in Nantes "
     "now uses half as much.", "three cups", "cup", "sugar"),
    # (negated, "never paid the city 10 cents" is a figure of speech: test_figure_page_kinds)
    ("The mayor of Tulsa said the state paid the city 10 cents a ton.", "10 cents", "cent",
     None),
])
def test_a_unit_read_as_the_thing_counted_is_the_unit(text, number, unit, measure):
    fig = one(text, number)
    assert (fig.unit, fig.measure) == (unit, measure)


def test_one_or_two_is_a_range():
    fig = one("Police in Leeds said one or two men fled the scene.", "two")
    assert (fig.low, fig.high) == (1.0, 2.0)
    assert fig.evidence.text == "one or two men"


@pytest.mark.parametrize(("text", "qualifier", "low", "high"), [
    ("Fine particles smaller than 2.5 micrometres are the most harmful, doctors in Delhi "
     "said.", "smaller than", None, 2.5),
    ("Hail larger than 5 cm fell on Denver on Sunday.", "larger than", 5.0, None),
])
def test_a_comparison_before_a_value_bounds_it(text, qualifier, low, high):
    fig = one(text, "5")
    assert (fig.qualifier, fig.low, fig.high) == (qualifier, low, high)


@pytest.mark.parametrize(("text", "lang", "evidence", "measure"), [
    ("По данным опроса, 9 из 10 жителей Казани поддерживают проект.", "ru", "9 из 10 жителей",
     "people"),
    ("Neun von zehn Befragten in Bremen sagten, sie vertrauen der Polizei.", "de",
     "Neun von zehn Befragten", "respondents"),
])
def test_a_foreign_ratio_over_a_round_base_is_a_share(text, lang, evidence, measure):
    from sitrep.extract.foreign import extract_foreign
    from sitrep.lang.glossary import glossary

    if lang == "de" and glossary("de") is None:
        measure = "Befragten"  # no dictionary installed: the noun as written

    found = extract_foreign(text, lang).figures
    assert [(f.evidence.text, f.low, f.unit, f.measure) for f in found] == [
        (evidence, 90.0, "percent", measure)]


def test_a_foreign_part_of_a_toll_stays_two_counts():
    from sitrep.extract.foreign import extract_foreign

    found = extract_foreign("Двое из пятерых погибших в Казани были детьми.", "ru").figures
    assert [f.low for f in found] == [2.0, 5.0]
    assert all(f.unit is None for f in found)


def test_the_quick_test_for_fractions_never_skips_a_text_the_pattern_would_match():
    """The fraction pattern runs only on texts that write one of the fractions' last words;
    every text the pattern matches must pass that test, whatever its case or spacing."""
    from sitrep.extract.measure_shares import _may_hold_fraction, share_words

    table = share_words("en")
    assert table is not None
    texts = ["TWO-THIRDS OF the growers in Tulare said the quota was too low.",
             "Almost a Half\nof all riders in Lyon walked to the stop.",
             "One  quarter of  those nurses had left by June.",
             "Four-fifths of the dockers in Gdansk voted to strike.",
             "the third of May was a holiday", "no fraction of any kind is written here",
             "A THİRD of the fishermen in İzmir sold their boats.",
             "A THıRD of the porters in Bursa were hired in May."]  # both i fold onto "i"
    matched = 0
    for text in texts:
        if table.fraction.search(text):
            matched += 1
            assert _may_hold_fraction(text, table), text
    assert matched >= 5
    assert not _may_hold_fraction("Officials counted 40 boats in the harbour.", table)


def test_the_fractions_tried_where_written_are_those_finditer_finds():
    """The fraction pattern is tried only where a fraction is written (in any case): the
    matches are those a scan of the whole text finds, odd letters ("ſ", "ı") included."""
    import random

    from sitrep.extract.measure_shares import _fraction_matches, share_words

    table = share_words("en")
    assert table is not None
    pieces = ("a", "Half", "half", "of", "the", "Two-Thirds", "two thirds", "ONE", "quarter",
              "behalf", "riders", "\n", "a thıRD", "fifths", "four", "all", "ſ", "-", "of  their")
    rng = random.Random(7)
    found = 0
    for _ in range(600):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        expected = [m.span() for m in table.fraction.finditer(text)]
        assert [m.span() for m in _fraction_matches(text, table, text.lower())] == expected, text
        found += bool(expected)
    assert found > 50
