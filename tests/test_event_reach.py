"""Which event a figure is about when the article names none by name: an event word used
once, far from the figure (the headline of a link to another story, a verb in the lede),
does not make the whole page that event's story, so the charges of a court story stay the
charges' ("seven state charges"), not a crash's; a story that names its event in the lede
and again, or in the lede amid dense harm, keeps it for every paragraph. Every text is
written here, about fictional people in real places."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.runner import extract_text

PUBLISHED = date(2026, 5, 20)

COURT = (
    "A man accused of abducting a teenager in Tulsa was found guilty by a jury on Friday.\n\n"
    "Darren Holt, 44, was convicted of kidnapping the girl, who was hurt and left bleeding, "
    "and of threatening to kill her family. Her father was injured when he tried to stop the "
    "attacker, and a neighbour was hurt too.\n\n"
    "Police said the girl was found alive in a motel room. The victim was wounded but "
    "survived; prosecutors said she could have died.\n\n"
    "2 Hurt In Highway Crash Near Broken Arrow\n\n"
    "Holt still faces seven state charges of assault and three counts of burglary.")

QUAKE = (
    "An earthquake of magnitude 6.1 struck southern Peru on Monday, killing at least 12 "
    "people, officials said.\n\n"
    "The quake hit near Arequipa, where dozens were injured and several died under "
    "collapsed walls.\n\n"
    "Four hospitals and 30 schools were damaged, the regional government said. Rescue "
    "teams from 6 countries arrived on Tuesday.")

BUS = (
    "A bus crash on a mountain road near Cusco killed 14 people and injured 20 on Sunday.\n\n"
    "Among the dead were three children. Doctors said 8 of the injured were badly hurt and "
    "two more passengers died in hospital, while others were wounded.\n\n"
    "Relatives gathered outside the clinic, where 40 beds were set aside.")

FRONT = (
    "Colonel Amani Bisimwa said on Monday that his unit had lost many men in the hills above "
    "Goma, with dozens killed and injured, and that the wounded were carried down on foot "
    "because roads were cut.\n\n"
    "Doctors at the main clinic in Goma said two more of the wounded died overnight and "
    "several were still missing, while families searched the wards for relatives who had "
    "been hurt.\n\n"
    "Officers say the front has barely moved since the spring, and that the casualties have "
    "risen with every week of rain.\n\n"
    "Bisimwa said his men are taking part in the war in eastern Congo.\n\n"
    "There are about 4,000 soldiers in the province, including 300 officers and two "
    "generals.\n\n"
    "Engineers have repaired 12 bridges on the road to Goma since April.")

MARKETS = (
    "Shares of the Lisbon utility Galp Verde opened higher on Monday after the company "
    "reported steady quarterly sales and kept its dividend unchanged, and traders said the "
    "results were close to what analysts in Porto and Madrid had expected for the season.\n\n"
    "The company said it would keep investing in wind and solar parks along the coast, and "
    "that it had no plans to sell its gas network, which it has owned for two decades.\n\n"
    "The PSI index in Lisbon was last trading up about 1.5%. Stocks have struggled for weeks "
    "while protests went on downtown.\n\n"
    "Organisers said 3,000 people joined the protests in Lisbon on Saturday.")


def subjects(text: str, published: date | None) -> dict[str, str | None]:
    return {f.evidence.text: f.subject for f in extract_text(text, published).figures}


@pytest.mark.parametrize("published", [PUBLISHED, None])
def test_an_event_named_once_far_away_is_not_the_subject_of_the_charges(published):
    got = subjects(COURT, published)
    assert got["seven state charges of assault"] == "state charges"
    assert got["three counts of burglary"] == "counts"


def test_a_story_that_names_its_event_keeps_it_in_every_paragraph():
    got = subjects(QUAKE, PUBLISHED)
    event = "earthquake, Peru, 2026-05-18"
    assert {got[k] for k in ("at least 12 people", "Four hospitals", "30 schools",
                             "6 countries")} == {event}


def test_an_event_named_once_in_the_lede_of_a_story_of_harm_keeps_it():
    got = subjects(BUS, PUBLISHED)
    assert got["40 beds"] == got["14 people"]
    assert got["14 people"] is not None and got["14 people"].startswith("crash")


def test_a_page_of_harm_naming_its_event_once_gives_it_the_people_only():
    """The war is named once, after the lede, on a page dense with the wounded and the dead:
    the soldiers and officers counted are the war's, the bridges repaired are the bridges'."""
    got = subjects(FRONT, PUBLISHED)
    assert {got["about 4,000 soldiers"], got["300 officers"], got["two generals"]} == {
        "war, Congo"}
    assert got["12 bridges"] == "bridges"


def test_on_a_page_that_is_not_its_story_an_event_is_only_its_own_sentences():
    """The protests, named after the lede and without a page of harm, are the subject of
    the sentence that names them, not of the index's rise in the sentence before."""
    got = subjects(MARKETS, PUBLISHED)
    assert got["3,000 people"] is not None and got["3,000 people"].startswith("protest")
    assert got["about 1.5%"] is None or not got["about 1.5%"].startswith("protest")
