"""A person referred back to by the role the text named them with ("pop singer Lena Varga
... the singer said"), and people or bodies speaking through someone of theirs ("her
lawyer said", "its spokesman said"); a quotation of whole sentences right after reported
speech is that speaker's. Texts written here (fictional people and firms, real places)."""

from __future__ import annotations

import pytest
from sources import source_of


@pytest.mark.parametrize("text", [
    "Pop singer Lena Varga has sued her label in Szeged. The singer said in a statement that "
    "it owed her $2.4 million in royalties.",
    "Lena Varga, a pop singer from Szeged, has sued her label. The singer said in a "
    "statement that it owed her $2.4 million in royalties.",
    "Lena Varga, the band's drummer, has sued the label. The drummer said in a statement "
    "that it owed her $2.4 million in royalties.",
])
def test_the_role_a_person_was_named_with_refers_back_to_them(text):
    assert source_of(text, "$2.4 million") == "Lena Varga"


@pytest.mark.parametrize("text", [
    # no role named her so: nobody is "the singer"
    "Lena Varga has sued her label in Szeged. The singer said in a statement that it owed "
    "her $2.4 million in royalties.",
    # the band is not the drummer
    "Lena Varga, the band's drummer, has sued the label. The band said in a statement that "
    "the label owed it $2.4 million in royalties.",
    # her mother speaks for herself
    "Pop singer Lena Varga has sued her label. Her mother said it owed her $2.4 million.",
])
def test_no_role_no_person(text):
    assert source_of(text, "$2.4 million") != "Lena Varga"


def test_someone_speaking_for_a_person_or_a_body():
    text = ("Pop singer Lena Varga has sued her label. Her lawyer told a radio station that "
            "it owed her $2.4 million in royalties.")
    assert source_of(text, "$2.4 million") == "Lena Varga"
    text = "Norlex Foods lost a case in Lyon. Its spokesman said the firm would keep 300 jobs."
    assert source_of(text, "300 jobs") == "Norlex Foods"


def test_a_quotation_after_reported_speech_goes_on_with_its_speaker():
    text = ("Pop singer Lena Varga has sued her label. Varga's agent told a radio station that "
            "the claim was false. “An auditor found the label owes her $2.4 million.”")
    assert source_of(text, "$2.4 million") == "Lena Varga"
    # with a speaker of its own, it is that speaker's
    text = ("Pop singer Lena Varga has sued her label. Varga's agent told a radio station that "
            "the claim was false. “The label owes her $2.4 million,” a clerk told the court.")
    assert source_of(text, "$2.4 million") != "Lena Varga"


@pytest.mark.parametrize("verb", ["believe", "fear", "think"])
def test_an_opinion_is_not_carried_to_the_writers_next_sentence(verb):
    text = (f"Loans in Varna total $1.5 billion, and researchers {verb} they cut savings. "
            "Some 35 percent of homes in the town owe money on cards.")
    assert source_of(text, "35 percent") is None
    # a report is carried
    text = "Officials said 40 people died in the flood in Varna. Another 12 are missing."
    assert source_of(text, "12") == "officials"


def test_a_country_inside_a_longer_name_is_no_government():
    text = ("Health authorities in Inner Mongolia have confirmed a third case, after two "
            "people fell ill in Beijing in May.")
    assert source_of(text, "two people") is None  # not the Mongolian government
    # a country opening the clause still speaks for its government
    text = "On Monday Lithuania estimated that 300 troops had crossed the border."
    assert source_of(text, "300 troops") == "Lithuanian government"


@pytest.mark.parametrize(("text", "source"), [
    ("Some 1,300 homes in Varna lost power overnight, a police spokesman said.",
     "police spokesman"),
    ("A harbour spokeswoman said 14 ferries to Burgas were cancelled.", "harbour spokeswoman"),
    ("The storm closed 40 schools in Varna, a city official said on Monday.", "city official"),
])
def test_an_unnamed_spokesperson_of_a_kind_of_body_is_the_source(text, source):
    assert source_of(text, next(w for w in ("1,300", "14", "40") if w in text)) == source


def test_the_spokesperson_alone_refers_back_to_the_one_named():
    text = ("Ivo Marek speaks for the harbour of Burgas. Some 14 ferries were cancelled, the "
            "spokesman said.")
    assert source_of(text, "14") == "Ivo Marek"
