"""A figure belongs to the study its sentence cites or the deal its sentence tells, not to
the page's headline (issue 9), on pages written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import extract_text
from sitrep.extract.cited_matters import cited_words, deal_in, studies_in
from sitrep.extract.figure_matters import matter_words


def _figures(text: str, title: str | None, published: date | None = None) -> dict:
    """Each figure's evidence -> the figure."""
    return {f.evidence.text: f for f in extract_text(text, published, title=title).figures}


def _matters(text: str, title: str | None, published: date | None = None
             ) -> dict[str, str | None]:
    return {evidence: f.matter for evidence, f in _figures(text, title, published).items()}


@pytest.mark.parametrize(("sentence", "called"), [
    ("A pilot trial in 60 teachers with back pain found that stretching helped.",
     ["pilot trial in 60 teachers with back pain"]),
    # the words between the opener and the head, without "new"; a comma between them
    ("A new, 8-week study found that walkers slept longer.", ["8-week study"]),
    # an adverb is no part of the name
    ("A similarly large poll of 900 voters found 44% want a new mayor.",
     ["large poll of 900 voters"]),
    ("Another survey of 2,000 drivers in Leeds found that most speed.",
     ["survey of 2,000 drivers in Leeds"]),
    # whose study it is, where no sample follows
    ("A 2021 study by the Harbour Institute for Trade, a think tank, put the cost at $3 "
     "billion.", ["2021 study by the Harbour Institute for Trade"]),
    # two studies in one sentence
    ("One review of 12 studies and another trial in 90 children agreed.",
     ["review of 12 studies", "trial in 90 children"]),
    # no particular study: the page's own, studies in general, a head alone, a duration
    ("The study followed 300 people.", []),
    ("Studies show that 20% fewer colds follow.", []),
    ("A study found that 40% of cyclists wear helmets.", []),
    ("A trial of 9 days ended in Leeds.", []),
    ("One of the trials in 30 clinics was stopped.", []),
])
def test_the_studies_a_sentence_cites(sentence: str, called: list[str]):
    found = studies_in(sentence, cited_words("en"), matter_words("en"))
    assert [c for _, _, c in found] == called
    for start, end, _ in found:  # the offsets hold the study's words
        assert sentence[start:end].split()[-1] in called[0] + " " + called[-1]


@pytest.mark.parametrize(("sentence", "deal"), [
    ("Orbis will pour $4 billion of fresh capital into Tallow and pay $2 billion to early "
     "backers.", "Orbis investment in Tallow"),
    ("Halden Capital invested $50 million in Pixora last year.",
     "Halden Capital investment in Pixora"),
    ("Brightwater Bank will take over the struggling Larch Lending for $90 million.",
     "Brightwater Bank takeover of Larch Lending"),
    ("In 2017 Orbis bought Tallow for $2 billion.", "Orbis purchase of Tallow"),
    ("Kestrel Foods agreed to acquire Marlow Dairies, the two firms said.",
     "Kestrel Foods acquisition of Marlow Dairies"),
    # goods, not a deal: the object is no name, or a name that modifies a noun
    ("Kestrel Airways agreed to buy 12 jets from Orvik Aero for $3 billion.", None),
    ("Kestrel Airways will buy Orvik jets worth $3 billion.", None),
    # "put ... into" with no amount is no investment; a pronoun is no party
    ("Russia put 300 troops into Kherson.", None),
    ("It acquired Tallow in 2017.", None),
    # a party cut off from the verb by a clause
    ("Orbis, which lost $2 billion, said Halden bought Tallow.", "Halden purchase of Tallow"),
    # the object first, in a relative clause
    ("Layoffs hit Pixora, which Tallow bought in 2021 for $150 million.",
     "Tallow purchase of Pixora"),
    # "it" with no page's name to stand for
    ("Layoffs hit Pixora, which it bought in 2021 for $150 million.", None),
])
def test_the_deal_a_sentence_tells(sentence: str, deal: str | None):
    found = deal_in(sentence, cited_words("en"), matter_words("en"))
    assert (found and found[1]) == deal
    if found:  # where the deal's words start: its first party, or its object before it
        start = sentence[found[0]:]
        assert start.startswith(deal.split()[0]) or start.startswith(deal.rsplit(" ", 1)[-1])


def test_a_figure_before_a_deal_is_not_the_deal_s():
    found = _matters("Regulators in Oslo are looking into Tallow, the firm said. After a $3 "
                     "billion loss, Orbis bought Tallow for $2 billion.",
                     "Regulators look into Tallow", date(2026, 5, 4))
    assert found["$2 billion"] == "Orbis purchase of Tallow"
    assert found["$3 billion loss"] != "Orbis purchase of Tallow"


HEALTH = ("Walking after dinner may help you sleep, doctors say. Many people walk too little. "
          "A pilot trial in 60 teachers with back pain found that stretching for 6 weeks "
          "eased pain in 30% of them. The trial enrolled 12 nurses as coaches. Another "
          "study of 120 nurses found that a 20-minute walk helped. Most adults need 7 hours "
          "of sleep.")


def test_a_figure_belongs_to_the_study_its_sentence_cites():
    found = _matters(HEALTH, "Five ways to sleep better after a long shift | Wellness Desk",
                     date(2026, 3, 2))
    trial = "pilot trial in 60 teachers with back pain"
    # the sample is inside the trial's own words, which would only echo it: the page's
    assert found["60 teachers with back pain"] == "Five ways to sleep better after a long shift"
    assert found["6 weeks"] == trial
    assert found["30% of them"] == trial
    # a sentence that refers back to the trial goes on with it
    assert found["12 nurses"] == trial
    assert found["120 nurses"] == "Five ways to sleep better after a long shift"  # its own
    assert found["20-minute"] == "study of 120 nurses"
    # a sentence that cites no study keeps the page's matter
    assert found["7 hours of sleep"] == "Five ways to sleep better after a long shift"


def test_a_study_that_is_the_page_s_own_keeps_the_page_s_matter():
    found = _matters("Sleeping in a cold room may help, according to a new sleep study from "
                     "Tromsø. It followed 120 adults for a month. A sleep study of 120 adults "
                     "in a cold room is rare.", "Why a cold bedroom helps you sleep")
    assert set(found.values()) == {"sleep study"}


def test_a_trial_on_a_page_about_a_case_is_the_case_s():
    found = _matters("A Nashville jury on Friday sided with Orla Music Group in its lawsuit "
                     "over unpaid royalties. The jury awarded $2 million to the label after "
                     "a trial of 9 days. One trial in 2019 awarded $3 million to a rival.",
                     "Jury sides with Orla Music Group in royalties lawsuit")
    assert found["$2 million"] == "Orla Music Group lawsuit"
    assert found["$3 million"] == "Orla Music Group lawsuit"


DEAL = ("Regulators in New York are looking into Tallow, two people said. The firm faces "
        "losses and plans to cut 2,000 jobs. Its biggest backer stepped in last month. Orbis "
        "will pour $4 billion of fresh capital into Tallow and pay $2 billion to early "
        "backers. Tallow had 9,000 staff in June. "
        "After the rescue, Tallow is cutting costs, including layoffs at Pixora, which it "
        "bought in 2021 for $150 million.")


def test_a_figure_belongs_to_the_deal_its_sentence_tells():
    found = _matters(DEAL, "Regulators look into Tallow and its founder", date(2026, 5, 4))
    assert found["$4 billion of fresh capital"] == "Orbis investment in Tallow"
    assert found["$2 billion"] == "Orbis investment in Tallow"
    # "it": the name the page is about
    assert found["$150 million"] == "Tallow purchase of Pixora"
    # the page's own figures are unchanged
    assert found["2,000 jobs"] == found["9,000 staff"]
    assert found["2,000 jobs"] != "Orbis investment in Tallow"


def test_an_event_page_keeps_its_instance():
    figures = _figures("A strong earthquake struck western Nepal on Friday, killing at least "
                       "40 people. One survey of 300 households found that 60% had lost their "
                       "homes. Orbis Relief agreed to put $2 million into Nepal Red Cross.",
                       "Earthquake kills 40 in western Nepal", date(2026, 6, 6))
    dead = figures["at least 40 people"]
    assert dead.subject is not None and dead.subject.startswith("earthquake")
    assert dead.matter is None


FESTIVAL = ("The Lisbon Light Festival opens on Friday with 24 artworks along the river. Casa "
            "Vidro built River of Lanterns for the festival: 600 paper lanterns on poles. It glows "
            "at dusk. Visitors walk through it in pairs. The installation uses 900 metres of "
            "cable. Organisers expect 200,000 visitors.")


def test_a_work_on_a_festival_page_is_the_matter_of_its_figures():
    found = _matters(FESTIVAL, "Lisbon Light Festival opens with 24 artworks | Arts Desk",
                     date(2026, 11, 20))
    assert found["600 paper lanterns on poles"] == "River of Lanterns"
    # "the installation" refers back to the work named a few sentences before
    assert found["900 metres of cable"] == "River of Lanterns"
    # the festival's own figures are the festival's
    assert found["24 artworks"] == "Lisbon Light Festival"
    assert found["200,000 visitors"] == "Lisbon Light Festival"


LAGOS = ("About 6 million commuters in Lagos sit in traffic every day, city officials said on "
         "Monday. The city plans 3 new rail lines by 2030. Nigeria has 12 million cars on its "
         "roads. Fuel costs have risen 40% in the country this year, one estimate says. Lagos "
         "buses carry 2 million riders a day.")


def test_a_figure_of_the_whole_country_is_not_the_town_s():
    found = _matters(LAGOS, "Lagos commuters lose hours to traffic jams", date(2026, 2, 9))
    town = found["3 new rail lines"]
    assert town is not None and "Lagos" in town
    assert found["2 million riders"] == town
    # the country as the sentence's subject, or "in the country" after it is named: a
    # wider scope, the page's background (its matter is a headline, in which the town
    # cannot be swapped for the country: see test_matter_parties)
    assert found["12 million cars"] == f"{town} (background)"
    assert found["40%"] == f"{town} (background)"
    # a page about no town of that country keeps its own matter; a sentence that opens
    # with the country turns away to another scope, and a place alone names no matter
    other = _matters(LAGOS, "Commuters lose hours to traffic jams", date(2026, 2, 9))
    assert other["40%"] != "Nigeria"
    assert other["12 million cars"] not in (None, "Nigeria", other["40%"])


def test_a_pronoun_refers_back_to_a_product_named_a_few_sentences_before():
    """"It sits two inches lower": on a page about a show, the car named two sentences
    before, not the show."""
    text = ("The Porto Motor Show opened on Thursday with 90 new models. Orvik showed the "
            "Tern GT5, a small hatchback. The body is new. It sits 2 inches lower than the "
            "old car. Organisers expect 150,000 visitors.")
    found = _matters(text, "Porto Motor Show opens with new hatchbacks", date(2026, 4, 2))
    assert found["2 inches"] == "Tern GT5"
    assert found["150,000 visitors"] == "Porto Motor Show"
