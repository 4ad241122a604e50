"""The one written or spoken to is not the speaker (issue 9): a name after "to" ("in a
letter to Ada Lind", "speaking to Ada Lind"), and a name joined to it by "and", never states
the figures of the verb of saying after them; "according to Ada Lind" still names her.
Texts written here, about fictional people in real places."""

from __future__ import annotations

import pytest
from figure_lookup import one


@pytest.mark.parametrize("text", [
    "The union in Leeds, in a letter to Nora Fells, said it would cut 40 jobs.",
    "The union in Leeds, in a letter to Nora Fells and Tom Reyes, said it would cut 40 jobs.",
    "Speaking to Nora Fells, the mayor of Leeds said 40 jobs would go.",
])
def test_a_name_addressed_is_not_the_speaker(text):
    said = one(text, "40").attribution
    assert said.speaker not in ("Nora Fells", "Tom Reyes")


@pytest.mark.parametrize(("text", "speaker"), [
    ("In a letter to Nora Fells, Tom Reyes said the plant in Leeds would cut 40 jobs.",
     "Tom Reyes"),
    ("According to Nora Fells, the plant in Leeds will cut 40 jobs.", "Nora Fells"),
    ("Nora Fells said the plant in Leeds would cut 40 jobs.", "Nora Fells"),
])
def test_the_speaker_beside_a_name_addressed_is_still_read(text, speaker):
    assert one(text, "40").attribution.speaker == speaker


@pytest.mark.parametrize(("text", "org"), [
    ("Brantwell will cut 40 jobs at its plant in Leeds, the company said.", "Brantwell"),
    ("Harlow Press lost $4 million in the quarter, the company said.", "Harlow Press"),
])
def test_the_company_of_a_closing_tag_is_the_firm_that_opens_the_sentence(text, org):
    said = one(text, "4").attribution
    assert (said.speaker, said.org) == (None, org)


@pytest.mark.parametrize("text", [
    "Ada Lind will cut 40 jobs at the plant in Leeds, the company said.",
    "Leeds will cut 40 jobs at its depots, the council said.",
])
def test_a_person_or_a_place_that_opens_the_sentence_is_no_firm(text):
    said = one(text, "40").attribution
    assert said.org not in ("Ada Lind", "Leeds")


def test_a_clause_that_opens_the_sentence_is_no_firm():
    said = one("Announcing the cuts, the company said 40 jobs in Leeds would go.", "40"
               ).attribution
    assert said.org != "Announcing"


@pytest.mark.parametrize(("text", "speaker"), [
    ("The merged firm may shed more staff; Okafor has said the deal could save $70 million.",
     "Okafor"),
    ("Nora Fells is an analyst in Leeds. Okafor has said the plant will cut 40 jobs.",
     "Okafor"),
])
def test_a_surname_alone_before_a_verb_of_saying_is_the_speaker(text, speaker):
    assert one(text, "0").attribution.speaker == speaker


@pytest.mark.parametrize("text", [
    "Officials said the plant in Leeds would cut 40 jobs.",
    "Some 64 percent of Americans say the plant in Leeds should cut 40 jobs.",
])
def test_a_group_or_a_people_before_the_verb_is_no_person(text):
    said = one(text, "40").attribution
    assert said.speaker not in ("Officials", "Americans")


def test_a_ministry_named_by_its_portfolio_is_no_group_named_before():
    text = ("Insurers in Porto estimate damage at up to 300 million euros. The death toll "
            "rose to 16 on Tuesday, according to the interior ministry.")
    assert one(text, "16").attribution.org != "Insurers"
    assert one(text, "300 million").measure == "damage"


@pytest.mark.parametrize(("text", "org"), [
    ("Floods in Braga have killed 14 people, civil protection officials said on Monday.",
     "civil protection officials"),
    ("Floods in Braga have killed 14 people, fire officials said on Monday.",
     "fire officials"),
])
def test_officials_named_by_their_service_are_the_source(text, org):
    # the place's country is put before them ("Portuguese civil protection officials")
    assert one(text, "14").attribution.org == f"Portuguese {org}"


@pytest.mark.parametrize(("text", "number", "kind"), [
    ("Dock workers in Gdansk, Poland, began a 48-hour strike on Monday over pay, leaving 40 "
     "ships waiting.", "40", "protest, "),
    ("A missile strike on Odesa killed 12 people, officials said.", "12", "attack, "),
])
def test_a_strike_by_workers_is_a_protest_and_a_missile_strike_an_attack(text, number, kind):
    assert (one(text, number).subject or "").startswith(kind)


@pytest.mark.parametrize(("text", "number", "org"), [
    ("The ruling party won 41.2% of the vote in Tartu, the electoral commission said.",
     "41.2%", "electoral commission"),
    ("Floods in Braga have killed 14 people, the civil protection agency said.", "14",
     "civil protection agency"),
])
def test_a_body_named_by_what_it_does_is_the_source(text, number, org):
    assert one(text, number).attribution.org == org


def test_the_commission_does_not_refer_back_to_a_news_agency():
    text = ("Xinhua News Agency reported the case in Beijing. Two patients are ill, the "
            "commission said on Monday.")
    assert one(text, "Two").attribution.org != "Xinhua News Agency"


def test_a_prediction_is_not_carried_to_the_next_sentence():
    text = ("Brantwell earned $1.84 a share. Wall Street predicted $1.79 a share. Investors "
            "shrugged, and the shares slipped 3% by the close.")
    assert one(text, "$1.79").attribution.org == "Wall Street"
    assert one(text, "3%").attribution.org is None


def test_he_after_a_bare_surname_is_that_person():
    text = ('"Costs keep rising," says analyst Nora Fells. The merged firms may not change '
            'course; Okafor has said he hopes to save about $75 million.')
    assert one(text, "$75 million").attribution.speaker == "Okafor"


@pytest.mark.parametrize(("text", "number", "org"), [
    ("Analysts expected $1.79 a share for Brantwell of Tulsa.", "$1.79", "analysts"),
    ("Although the Leeds Port Authority's guidelines allow ships to wait no longer than 48 "
     "hours, many wait longer.", "48 hours", "Leeds Port Authority"),
])
def test_expectations_and_a_bodys_guidelines_name_their_source(text, number, org):
    assert (one(text, number).attribution.org or "").endswith(org)


def test_a_sum_per_share_with_no_verb_to_name_it_is_earnings():
    fig = one("Analysts expected $1.79 a share for Brantwell of Tulsa.", "$1.79")
    assert fig.measure == "earnings per share estimate"
    assert one("Brantwell of Tulsa paid $13 a share for the stake.", "$13").measure == (
        "payment per share for the stake")
