"""What befell the things a count counts, read off the verb next to it
(extract/measure_fates.py). Texts written here: fictional firms and people, real places."""

from __future__ import annotations

import pytest
from figure_lookup import one

from sitrep.extract.figures import measure_family


def _measure(text: str, evidence: str) -> str | None:
    return one(text, evidence).measure


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    # a past tense right before the count, past small words
    ("Brava Air ordered a further 30 jets from the plane maker on Tuesday.", "30 jets",
     "jets ordered"),
    ("The club in Braga sold 1,200 season tickets before the derby.", "1,200",
     "season tickets sold"),
    ("A charity in Sylhet handed out 50,000 blankets last winter.", "50,000",
     "blankets handed out"),
    ("Customs officers in Gdansk seized 45 crates of diesel from a barge.", "45",
     "crates of diesel seized"),
    ("The studio took 30 photos in Ghent for the bridge's opening.", "30 photos",
     "photos taken in Ghent for the bridge's opening"),
    # a past participle after the thing counted: through a passive auxiliary, or alone
    ("Two climbers were freed from the crevasse near Chamonix on Sunday.", "Two climbers",
     "climbers freed"),
    ("About 800 pupils trapped in the flooded school in Tulcea were carried out by boat.",
     "800 pupils", "pupils trapped"),
    ("After the storm, 12 clinics closed on Monday in Varna.", "12 clinics", "clinics closed"),
    # the fate stands before where the things are
    ("The border police deported 150 migrants in Tirana.", "150", "migrants deported in Tirana"),
])
def test_the_fate_a_verb_says_is_part_of_the_measure(text, evidence, measure):
    assert _measure(text, evidence) == measure


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    # the things did the act: "signed the treaty", "sustained burns" (read as a predicate)
    ("Some 40 countries signed the treaty in Vienna.", "40 countries",
     "countries that signed the treaty in Vienna"),
    ("Some 300 miners sustained burns in the blast at the pit in Katowice.", "300 miners",
     None),
    # an adjective after an article, not a verb (what they did is theirs)
    ("An estimated 30,000 people were bused to Porto.", "30,000", "people bused"),
    # a verb of saying says what the value is; the count is the subject of what was
    # reported, not what was reported
    ("The rangers reported 46 hikers entered the park in Zakopane.", "46 hikers",
     "hikers who entered the park in Zakopane"),
    # a verb of the clause, not of the places in a phrase inside it
    ("At least 60 strikers in 12 towns were arrested in Gdansk.", "12 towns", "towns"),
])
def test_no_fate_where_the_verb_says_none(text, evidence, measure):
    got = _measure(text, evidence)
    if measure is None:
        assert got is not None and not got.endswith("sustained")
    else:
        assert got == measure


def test_a_fate_already_said_is_not_said_twice():
    text = "The storm left 214 missing in Tacloban, and rescuers found 38 fishermen rescued."
    assert "left" not in _measure(text, "214")  # "left 214 missing": no "missing left"
    assert _measure(text, "38 fishermen") == "fishermen rescued"


def test_a_phrasal_fate_makes_the_family():
    assert measure_family("blankets handed out") == "handed out"
    assert measure_family("old buses sold off") == "sold off"



def test_a_gerund_clause_after_a_preposition_is_the_things_own():
    text = "The two cases in Hohhot led to 38 of their neighbours being placed in quarantine."
    assert _measure(text, "38") == "neighbours placed"


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    # what the things counted did, with its object, says which of them are counted
    ("Police in Lyon said 2,400 residents backed the new tram line.", "2,400",
     "residents who backed the new tram line"),
    ("Some 300 miners lost their jobs when the pit in Katowice closed.", "300",
     "miners who lost their jobs"),
    ("Around 30 firms took part in the fair in Porto, and 12 won prizes.", "30",
     "firms that took part in the fair in Porto"),
    ("Nearly 90 Chileans crossed the border at Tacna on foot.", "90",
     "Chileans who crossed the border at Tacna on foot"),
    # a perfect with an object is what they did too; a long clause ends at its first link
    ("By Sunday nine choirs had booked their places at the festival in Tartu.", "nine",
     "choirs that had booked their places"),
    ("Eleven teams have secured a spot, the league in Porto said.", "Eleven",
     "teams that have secured a spot"),
    ("Twelve clubs in Faro have sold their seats.", "Twelve",
     "clubs in Faro that have sold their seats"),
    # not when the predicate holds another figure, or runs on past the clause
    ("Five firms in Oslo cut 1,200 jobs last year.", "Five", "firms in Oslo"),
])
def test_a_predicate_of_the_things_says_which_are_counted(text, evidence, measure):
    assert _measure(text, evidence) == measure


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    # what the things are expected to do says which of them are counted
    ("More than 1,200 staff are expected to get letters in Leeds.", "1,200",
     "staff expected to get letters in Leeds"),
    # a state after a copula and "without"
    ("Some 8,000 homes were without water after the flood in Tartu.", "8,000",
     "homes without water"),
    # the count as the agent of a passive: what they did, with its object
    ("Analysts in Riga read forms filled in by 3,100 farmers.", "3,100", "farmers"),
    ("The board in Faro weighed a petition signed by 9,000 residents.", "9,000",
     "residents who signed a petition"),
    ("Inspectors in Lodz studied reports completed by 640 nurses last year.", "640",
     "nurses who completed reports"),
])
def test_what_the_things_are_expected_to_do_or_be_or_did_as_agents(text, evidence, measure):
    assert _measure(text, evidence) == measure


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    # a word in -ing right after the things says what they are doing, up to the clause's
    # own verb, a number or a mark
    ("About 3,000 migrants seeking asylum waited at the border in Tijuana.", "3,000",
     "migrants seeking asylum"),
    ("Officials in Mosul said 20,000 farmers living beside the dam would move.", "20,000",
     "farmers living beside the dam"),
    # a subject whose clause runs to a mark holds the sentence's verb: left bare
    ("Some 2,000 farmers living beside the dam face new rules, officials in Mosul said.",
     "2,000", "farmers"),
    ("Nearly 5,000 troops taking part in the drills arrived in Grodno.", "5,000",
     "troops taking part in the drills"),
    ("The week in Riga saw 40 ships carrying grain, the port said.", "40",
     "ships carrying grain"),
    # and what befell them after it
    ("Officials in Leeds said 12 people living nearby were evacuated.", "12",
     "people living nearby evacuated"),
    # words in -ing that are no verb of the things
    ("The chain in Porto has 300 stores, including 40 in Braga.", "300", "stores"),
    ("A canner in Tartu holds about ten jars depending on their size.", "ten", "jars"),
])
def test_what_the_things_are_doing(text, evidence, measure):
    assert _measure(text, evidence) == measure


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    # what something was traded for
    ("Two aid workers were freed in Gao under a swap for three rebel commanders.",
     "three", "rebel commanders exchanged"),
    ("The militia in Sirte released 12 sailors in exchange for 40 fighters.", "40",
     "fighters exchanged"),
    # or after a verb of exchange earlier in the clause
    ("The militia in Sirte swapped two pilots for three of its fighters held in Misrata.",
     "three", "fighters exchanged"),
    # "for" after no noun or verb of exchange says nothing of the kind
    ("Commuters in Leeds waited for three buses.", "three", "buses"),
    ("The militia swapped two pilots on Monday. Commuters in Leeds waited for three buses.",
     "three", "buses"),
])
def test_what_something_was_traded_for(text, evidence, measure):
    assert _measure(text, evidence) == measure


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    # past a part set between commas, the clause's predicate befell the whole and the part
    ("On Monday, more than 200 Peruvians, including two children, were deported by "
     "border officers in Arica.", "200 Peruvians", "Peruvians deported"),
    ("On Monday, more than 200 Peruvians, including two children, were deported by "
     "border officers in Arica.", "two children", "children deported"),
    # and past a relative clause between commas
    ("Some 90 miners, who had worked the night shift, were evacuated from the pit in "
     "Katowice.", "90 miners", "miners evacuated"),
    # a next verb of the subject after the aside is not what befell them
    ("Guards in Tirana searched 40 trucks, including six tankers, fined 12 drivers and "
     "left.", "40 trucks", "trucks searched"),
])
def test_a_fate_past_an_aside(text, evidence, measure):
    assert _measure(text, evidence) == measure


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    # a share of a group takes what the verb before it did to the group
    ("A fever in the Tarvo valley ended up killing close to 40 percent of its population.",
     "40 percent", "population killed"),
    ("The floods in Sylhet displaced about 10% of the district's residents.", "10%",
     "residents displaced"),
    # a share with no verb before it keeps its measure
    ("About 10% of the district's residents in Sylhet are farmers.", "10%", "residents"),
])
def test_a_share_of_a_group_takes_the_fate_of_the_verb_before_it(text, evidence, measure):
    assert _measure(text, evidence) == measure
