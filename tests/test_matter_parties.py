"""A place alone is never a figure's matter, and a quotation's first word is no name
(issue 9: hand checks of real news), on pages written for these tests."""

from __future__ import annotations

from datetime import date

from sitrep.extract import extract_text
from sitrep.extract.matter_parties import of_state
from sitrep.extract.records import Mention, Span

DAY = date(2026, 6, 3)


def _matters(text: str, title: str | None) -> dict[str, str | None]:
    """Each figure's evidence -> what it is about (its matter, else its subject)."""
    return {f.evidence.text: f.matter or f.subject
            for f in extract_text(text, DAY, title=title).figures}


PLAN = ("Portugal's energy ministry has published a ten-year plan for offshore wind. "
        "The plan was sent to parliament on Monday. "
        "The Portuguese government also wants builders to raise turbine output from about "
        "31% today to 46% by 2036. "
        "Lisbon expects blade makers to stretch blade life from 21 years to 29 years.")


def test_the_capital_and_the_state_of_the_title_s_country_go_on_with_its_plan():
    """"Lisbon expects ...", "the Portuguese government wants ...": the state the page's
    plan is of, not another party the page turns to."""
    found = _matters(PLAN, "Portugal’s roadmap for offshore wind")
    assert found["29 years"] == "Portugal’s roadmap"
    assert found["46%"] == "Portugal’s roadmap"


TARGETS = ("Denmark's grid agency has set out how it will link new wind farms to the coast. "
           "Its engineers say the cables will cost less than planned. "
           "Chile aims for 64% of its power from wind by 2037. "
           "Tokyo's main index rose 0.7% on the news, and the agency's bonds held steady.")


def test_a_place_that_opens_a_sentence_is_no_matter():
    """"Chile aims for 64% ...": Chile's target, on a page about Denmark's grid, is the
    page's background, not "Chile"; "Tokyo's main index" is the index, which the page
    goes on with."""
    found = _matters(TARGETS, "Denmark grid agency plans new coastal cables")
    share = found["64% of its power"]
    assert share is not None and share != "Chile" and share.endswith("(background)")
    assert found["0.7%"] not in (None, "Tokyo", "Japan")


def test_a_country_of_the_page_s_town_takes_the_page_s_matter_with_its_name():
    """On a page about "Porto smog", a sentence about all Portugal tells of "Portugal
    smog", not of "Portugal" alone nor of Porto's."""
    text = ("A grey haze hung over Porto for 9 days this month, the city said. "
            "The city has 230,000 homes in the worst-hit districts. "
            "Portugal had the dirtiest air in southern Europe, with 38% of its "
            "towns above the safe limit.")
    found = _matters(text, "Porto smog lingers into a second week")
    assert found["230,000 homes"] == "Porto smog"
    assert found["38% of its towns"] == "Portugal smog"


def test_a_word_that_opens_a_quotation_is_no_name():
    """'"And the method ...': "And" is capitalised by its place in the quotation, as a
    sentence's first word is; it names no party the sentence turns to."""
    text = ("The agency has studied deep sleep for polar crews. Its doctors say the idea "
            "is sound.\n\n"
            "\"And heart wards in Lyon have cooled patients in this way for more than three "
            "decades,\" said Hanna Morel, a physician.")
    title = "Sleeping crews could cut the mass of a ship to Mars"
    doc = extract_text(text, DAY, title=title)
    assert not any(m.name == "And" for m in doc.mentions)
    found = _matters(text, title)
    assert found["more than three decades"] not in (None, "And")


def test_a_sentence_that_opens_with_its_own_party_does_not_go_on_with_the_name_before():
    """"Ruben Salgado joined on a contract worth ...": his contract, not the cup the
    sentence before named; but "Kestrel said ..." after "the Kestrel Motors recall" goes
    on with the recall, which is Kestrel's."""
    text = ("Harbour Lions won the match 2-1 on a wet night in Lisbon. "
            "The club's rivals lost the Tagus Cup final to them 3 weeks ago. "
            "Ruben Salgado joined on a four-year contract worth 9 million euros.")
    found = _matters(text, "Harbour Lions beat Douro Rangers 2-1 in Lisbon")
    assert found["9 million euros"] == "Ruben Salgado"
    recall = ("Kestrel Motors has widened a recall of its vans. The Kestrel Motors recall "
              "covers 40,000 vans in Europe. Kestrel said the repairs would cost $9 million.")
    found = _matters(recall, "Van maker widens recall in Europe")
    assert found["$9 million"] == "Kestrel Motors recall"


def test_a_firm_named_after_the_title_s_country_is_no_state_body():
    """"Korean Air" holds the country's adjective but is a firm: a sentence that opens
    with it turns away from the page's matter, as the state's own bodies do not."""
    firm = Mention("org", Span(0, 10, "Korean Air"), "Korean Air", "org:kr:air", country="KR")
    body = Mention("org", Span(0, 17, "Korean government"), "South Korean government",
                   "org:kr:government", country="KR")
    assert not of_state(firm, frozenset({"KR"}))
    assert of_state(body, frozenset({"KR"}))
    assert not of_state(body, frozenset({"PT"}))


def test_a_place_that_sets_a_sentence_is_no_matter_either():
    """"In Bergen, ... stayed off the roads for 6 days": the place sets the sentence,
    which tells of another place than the page's; its figure is the page's background,
    not "Bergen"."""
    text = ("Drivers at Oslo's city bus firm will strike on Monday over pay, their union said. "
            "The firm runs 410 buses.\n\n"
            "In Bergen, striking drivers stayed off the roads for 6 days last winter.")
    found = _matters(text, "Oslo bus drivers to strike over pay")
    assert found["6 days"] == "Oslo bus drivers to strike over pay (background)"
