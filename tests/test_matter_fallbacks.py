"""A page's matter where its title names neither a matter nor a party (a head phrase in
lower case, a markets report's session), a product's own figures on a page about a show,
and background of another time that is not the page's (issue 9), on pages written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import extract_text
from sitrep.extract.figure_matters import matter_words
from sitrep.extract.matter_fallbacks import title_head_phrase


def _matters(text: str, title: str | None, published: date | None = None
             ) -> dict[str, str | None]:
    """Each figure's evidence -> its matter."""
    return {f.evidence.text: f.matter
            for f in extract_text(text, published, title=title).figures}


@pytest.mark.parametrize(("title", "phrase"), [
    ("Police arrest four in insurance fraud investigation", "insurance fraud investigation"),
    ("Regional car sales slip 4 percent in May - Motor Trade Post", "Regional car sales"),
    ("Governor defends anti-littering campaign | Valley Times", "anti-littering campaign"),
    # the headline's first word may modify its head
    ("Tariff talks stall again", "Tariff talks"),
    # a verb before the head is no modifier, nor a function word
    ("Court hears fraud case", "fraud case"),
    ("Mayor to launch the review", None),
    # a head alone names too little; a headline in title case is read for names only
    ("Study finds teens sleep less", None),
    ("Regional Car Sales Slip Again In May", None),
])
def test_the_head_phrase_of_a_title(title: str, phrase: str | None):
    assert title_head_phrase(title, matter_words("en")) == phrase


FRAUD = ("Police in Dover arrested four people on Monday in an insurance fraud investigation. "
         "Officers seized 12 computers from two offices. The suspects are accused of filing "
         "300 false claims.")


def test_a_lower_case_head_in_the_title_is_the_page_s_matter():
    found = _matters(FRAUD, "Police arrest four in insurance fraud investigation")
    assert found["four people"] == "insurance fraud investigation"
    assert found["12 computers"] == "insurance fraud investigation"
    assert found["300 false claims"] == "insurance fraud investigation"
    # without a title, the lead names it (see test_a_lead_names_the_page_s_study_or_case)
    assert set(_matters(FRAUD, None).values()) == {"insurance fraud investigation"}


MARKETS = ("Stocks ended mixed on Wednesday as investors weighed new factory data. The Dow "
           "Jones Industrial Average fell 0.4% and the S&P 500 rose 0.2%. The Nasdaq "
           "Composite gained 0.6%. Gold rose 1.1% to $1,900 an ounce.")


def test_the_moves_of_a_markets_report_belong_to_the_day_s_session():
    found = _matters(MARKETS, "Stocks end mixed as investors weigh factory data",
                     date(2026, 3, 11))
    assert found["0.6%"] == "trading session, 2026-03-11"
    assert found["$1,900 an ounce"] == "trading session, 2026-03-11"
    assert _matters(MARKETS, None)["0.6%"] == "trading session"  # undated: the session


def test_a_page_with_one_market_move_is_no_markets_report():
    found = _matters("Kestrel Foods said on Monday it would close a bakery. Its shares fell "
                     "3%. It employs 900 people.", None)
    assert set(found.values()) == {None}


SHOW = ("The Lisbon Motor Show opened on Thursday with 40 new models. Orvik Tern X2 is a "
        "small electric van. It can carry 800 kilograms. The Halden Vela GT will go 500 "
        "kilometres on a charge, its maker said. Organisers expect 90,000 visitors.")


def test_a_product_on_a_show_page_is_the_matter_of_its_figures():
    found = _matters(SHOW, "New vans and coupes at the Lisbon Motor Show - Auto Week")
    # the product named in the sentence before, or in the figure's own sentence
    assert found["800 kilograms"] == "Orvik Tern X2"
    assert found["500 kilometres"] == "Halden Vela GT"
    # a sentence naming no product stays the show's
    assert found["40 new models"] == "Lisbon Motor Show"


PLAGUE = ("Health officials in Ulaanbaatar confirmed a second case of bubonic plague on "
          "Tuesday. The patient is one of 14 people in quarantine. In the 14th century the "
          "plague killed about 50 million people in Europe. Officials said 3 villages were "
          "sealed off.")


def test_a_figure_of_another_era_is_not_the_page_s_matter():
    found = _matters(PLAGUE, "Second plague case confirmed: herders in quarantine",
                     date(2026, 8, 4))
    # the page's matter, marked as its background
    assert found["about 50 million people in Europe"] == "plague case (background)"
    assert found["3 villages"] == "plague case"


def test_a_year_that_names_a_thing_dates_nothing():
    found = _matters("The new kit gives a result in 9 minutes. It is 40% faster than the "
                     "2019 model. In 2019 a kit cost 60% more.", "Home test kit review: "
                     "faster but pricier", date(2026, 2, 2))
    assert found["9 minutes"] == "Home test kit review"
    assert found["40% faster"] == "Home test kit review"
    # but a year the sentence tells of does
    assert found["60%"] == "Home test kit review (background)"


def test_a_lead_names_the_page_s_study_or_case():
    found = _matters("Sleeping in a cold room may help, according to a new sleep study from "
                     "Tromsø. It followed 120 adults for a month. They slept 20 minutes "
                     "longer.", "Why a cold bedroom helps you sleep")
    assert found["120 adults"] == "sleep study"
    assert found["20 minutes longer"] == "sleep study"
    case = ("A Leeds man pleaded guilty on Friday to defrauding Sen. Ada Morrow, prosecutors "
            "said. Tobias Quill, 41, faces up to 8 years in prison. Quill also owes $30,000 "
            "to three banks. Quill was arrested in May.")
    found = _matters(case, "Leeds man admits fraud")
    # the accused, whom the page names most, not an official named once
    assert found["up to 8 years in prison"] == "Tobias Quill case"
    assert found["$30,000"] == "Tobias Quill case"
    # a page that tells of no case names none: its figures take the headline
    assert set(_matters(case.replace("pleaded guilty", "spoke").replace(
        "was arrested", "was seen"), "Leeds man speaks").values()) == {"Leeds man speaks"}


def test_a_headline_with_no_matter_in_it_is_the_page_s_matter():
    text = ("Crews put into a deep sleep on the way to Mars would need a craft a third "
            "smaller, engineers at a lab in Turin found. Sleeping crew members would eat "
            "nothing for 180 days. Their hearts would slow by 75% while they slept. Back in "
            "1999, a different team spent $4 million on a rival design.")
    found = _matters(text, "Sleeping crews could fly to Mars in smaller ships | Orbit Desk",
                     date(2026, 5, 6))
    assert found["180 days"] == "Sleeping crews could fly to Mars in smaller ships"
    assert found["75%"] == "Sleeping crews could fly to Mars in smaller ships"
    # another year's design: background, not the story
    assert found["$4 million on a rival design"] == (
        "Sleeping crews could fly to Mars in smaller ships (background)")
    # the question mark and quotes of a headline are no part of what the page is about
    assert set(_matters("The bar sells a 15-minute session for Rs 300.",
                        "Is a ‘fresh air bar’ in Pune really selling oxygen?").values()) == {
        "Is a ‘fresh air bar’ in Pune really selling oxygen"}
    # a headline that ends with a quote keeps it; one quoted whole loses its quotes
    assert set(_matters("The bar sells a 15-minute session for Rs 300.",
                        "Owner says the bar ‘sells only fresh air’").values()) == {
        "Owner says the bar ‘sells only fresh air’"}
    assert set(_matters("The bar sells a 15-minute session for Rs 300.",
                        "“The bar sells only fresh air, owner says”").values()) == {
        "The bar sells only fresh air, owner says"}
    # a title of one or two words (a section, an outlet) names no story
    assert set(_matters("The bar sells a 15-minute session for Rs 300.",
                        "quick reads").values()) == {None}



ORDER = ("Kestrel Airways agreed on Monday to buy 12 jets from Orvik Aero for $3 billion. The "
         "deal is a lift for the maker, whose sales slumped after two deadly crashes of its "
         "smaller jet that killed 210 people. Kestrel Airways plans to fly 40 routes by 2028.")


def test_a_sentence_that_turns_to_an_incident_is_about_it():
    found = _matters(ORDER, "Kestrel Airways inks $3 billion order for 12 jets", date(2026, 4, 6))
    assert found["12 jets from Orvik Aero"] == "Kestrel Airways order"
    assert found["40 routes"] == "Kestrel Airways order"
    # the earlier crashes: their own matter, not the order
    assert found["210 people"] == "two deadly crashes"
    # a page about a blast: its blasts are its own
    crash = _matters("Two gas explosions hit a Porto suburb on Sunday. The blasts damaged "
                     "30 homes. Orvik Aero sales fell 8% after two crashes of its jet.",
                     "Gas explosions damage homes in Porto suburb", date(2026, 4, 6))
    assert crash["30 homes"] is None  # the event instance is their subject
