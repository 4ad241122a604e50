"""Who states a figure when unnamed officials speak in a story filed from another country
than the one it names most, when "post" takes a sum, and when a poll's respondents "say";
on texts written here (fictional people and firms, real places).

Each rule is tested where it should name the source and on a near miss where the old
reading stays.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import extract_text

PUBLISHED = date(2026, 9, 14)


def source_of(text: str, evidence: str) -> tuple[str | None, str | None]:
    """The (speaker, org) of the first figure whose evidence holds ``evidence``."""
    figures = extract_text(text, PUBLISHED).figures
    hits = [f for f in figures if evidence in f.evidence.text]
    assert hits, (evidence, [f.evidence.text for f in figures])
    return hits[0].attribution.speaker, hits[0].attribution.org


# --- 1. unnamed local officials: where the story is set ----------------------------------

_NURSES = (
    "KOCHI: About 90 nurses hired for hospitals in Toronto and Vancouver are back home "
    "after Canada turned down their work permits. Their recruiter in Ottawa no longer "
    "answers calls.\n\n"
    "A bus took the group from Kochi to a shelter run by the state. Counsellors met them "
    "there over the weekend. About 60 of the nurses want to try again, officials said.")


def test_officials_follow_the_dateline_country_their_paragraph_names() -> None:
    # Canada is named most, but the paragraph and the dateline are in India
    assert source_of(_NURSES, "60 of the nurses")[1] == "Indian officials"


def test_officials_stay_bare_when_the_paragraph_names_both_countries() -> None:
    text = _NURSES.replace("from Kochi to", "from Kochi, paid for by a Montreal church, to")
    assert source_of(text, "60 of the nurses")[1] == "officials"


def test_officials_keep_the_main_country_when_the_paragraph_names_neither() -> None:
    text = ("LISBON (Wire) - A ferry carrying 240 passengers from Morocco ran aground near "
            "Tangier and Rabat on Monday. Moroccan crews towed it to Tangier.\n\n"
            "Rescuers reached the vessel after dark. About 30 people were treated for "
            "shock, officials said.")
    assert source_of(text, "30 people")[1] == "Moroccan officials"


def test_a_place_in_the_sentence_before_still_decides() -> None:
    text = ("LIMA: Mining output in Chile and Bolivia fell 4% in June as strikes spread, "
            "Chile's copper board said. Chile had the worst month.\n\n"
            "Workers at the Arequipa plant walked out. Some 800 miners joined the strike, "
            "officials said.")
    assert source_of(text, "800 miners")[1] == "Peruvian officials"


# --- 2. "post" with a sum or a number: paying or scoring, no saying ----------------------

@pytest.mark.parametrize(("text", "evidence"), [
    ("Ada Lindqvist and Bo Vorhees pleaded not guilty in a Tulsa court on Monday and were "
     "let go, and each of them must post $25,000 bond by Friday.", "$25,000"),
    ("Rena Oduya, held since May on fraud charges, must post a $40,000 bail before her "
     "release from the Denver jail.", "$40,000"),
])
def test_post_with_a_sum_names_no_speaker(text: str, evidence: str) -> None:
    assert source_of(text, evidence) == (None, None)


@pytest.mark.parametrize(("text", "evidence", "speaker"), [
    ("Mayor Ilse Brandt posted on her page that 14 streets would close on Sunday.",
     "14 streets", "Ilse Brandt"),
    ("Tomas Reyna posted a video showing 40 trucks at the border crossing.", "40 trucks",
     "Tomas Reyna"),
])
def test_post_that_publishes_still_names_the_poster(text: str, evidence: str,
                                                     speaker: str) -> None:
    assert source_of(text, evidence)[0] == speaker


def test_a_firm_posting_its_results_is_their_source() -> None:
    text = "Ferro Bank posted a $2 billion loss for the quarter, its worst in years."
    assert source_of(text, "$2 billion")[1] == "Ferro Bank"


@pytest.mark.parametrize(("text", "evidence", "org"), [
    ("Floods swept the north of Peru on Monday. The health ministry posted 1,200 new "
     "cases of dengue on its website.", "1,200", "health ministry"),
    ("Floods swept the north of Peru on Monday. Lima's Ferro Hospital posted 120 new "
     "cases of dengue on its website.", "120", "Ferro Hospital"),
])
def test_a_body_posting_a_count_still_reports_it(text: str, evidence: str, org: str) -> None:
    assert source_of(text, evidence)[1] == org


# --- 3. a poll's respondents are no source ------------------------------------------------

@pytest.mark.parametrize(("second", "evidence"), [
    ("A striking 58 percent of residents say that the city should raise it.", "58"),
    ("Some 58% of the residents say the city should raise it.", "58"),
    ("Fifty-eight percent say that the city should raise it.", "Fifty-eight"),
])
def test_shares_after_a_poll_stay_the_pollsters(second: str, evidence: str) -> None:
    text = f"A survey by Halvorsen Research found wide support for the levy. {second}"
    assert source_of(text, evidence)[1] == "Halvorsen Research"


def test_residents_who_speak_without_a_share_still_speak() -> None:
    text = ("Floods reached the old town of Porto on Monday. Residents said about 60 "
            "cellars were under water.")
    assert source_of(text, "60 cellars")[1] == "residents"


# --- 4. "Secretary of State X": a title, not a state outlet ---------------------------------

@pytest.mark.parametrize("title", ["Secretary of State", "Minister of State"])
def test_a_state_title_keeps_its_holder(title: str) -> None:
    text = f"Floods hit Cambodia on Monday. {title} Ada Lindgren said 85 people had died."
    assert source_of(text, "85") == ("Ada Lindgren", None)


def test_a_state_run_outlet_still_speaks_for_its_government() -> None:
    text = "Floods hit Cambodia on Monday. The state-run Phnom Penh Daily said 85 people died."
    assert source_of(text, "85")[1] == "Cambodian government"
