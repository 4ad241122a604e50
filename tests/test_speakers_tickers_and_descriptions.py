"""Who states a figure in forms the session-27 hand check of general news found wrong, on
texts written here (fictional firms, people and bodies, real places).

A firm's name with its stock ticker in brackets before the verb is the firm's; "the
carmaker", "the retailer" refer back to the firm named last in the text before them.
"""

from __future__ import annotations

from sources import PUBLISHED, source_of

from sitrep.extract import extract_text

# --- a ticker in brackets between a firm and its verb ---------------------------------------


def test_a_firm_with_a_labelled_ticker_reports_its_earnings():
    text = ("Markets in Chicago were calm. Northwind Home (ticker: NWH) posted quarterly "
            "earnings of $1.10 a share on Wednesday.")
    assert source_of(text, "$1.10") == "Northwind Home"


def test_a_labelled_ticker_makes_a_two_word_name_a_firm_not_a_person():
    text = "Halden Grocers (NYSE: HDG) said sales in Ohio rose 6% in the quarter."
    said = [f.attribution for f in extract_text(text, PUBLISHED).figures]
    assert [(a.speaker, a.org) for a in said] == [(None, "Halden Grocers")]


def test_a_bare_ticker_between_a_firm_and_its_reporting_verb():
    text = "In Denver, Corvane Home (CVH) posted revenue of $4.1 billion for the year."
    assert source_of(text, "$4.1 billion") == "Corvane Home"


def test_a_ticker_does_not_make_a_source_of_a_firm_whose_shares_moved():
    text = "Shares of Halden Grocers (NYSE: HDG) fell 4% in Boston trading on Monday."
    assert source_of(text, "4%") is None


# --- "the carmaker" refers back to the firm that opens a sentence just before -------------

_VANS = ("New vans from Voltaro and Brindle are on show in Oslo this week.\n\n"
         "Voltaro is showing a low electric coupe called the Arc Nine.\n\n"
         "The Swedish carmaker, which turned to battery cars after a costly recall, says the "
         "coupe will be able to go 410 miles on one charge.")


def test_a_described_firm_refers_back_to_the_firm_that_opened_the_sentence_before():
    assert source_of(_VANS, "410 miles") == "Voltaro"


def test_the_retailer_refers_back_to_a_one_word_firm_named_inside_a_sentence_too():
    text = ("Brantwell is opening stores in Leeds, where shoppers call Brantwell cheap. "
            "The retailer said sales rose 5% in the spring.")
    assert source_of(text, "5%") == "Brantwell"


def test_a_common_noun_that_opens_the_sentence_before_is_no_firm():
    assert source_of("Prices fell in Lisbon. The retailer said sales dropped 5%.", "5%") is None
    assert source_of("Officials in Porto approved the plan. The company said it would build "
                     "300 vans.", "300 vans") is None


def test_a_person_or_a_place_that_opens_the_sentence_before_is_no_firm():
    assert source_of("Lena Varga opened a bakery in Porto. The company says it will hire 20 "
                     "bakers.", "20 bakers") is None
    assert source_of("Sweden approved the merger. The carmaker said it would build 300 vans.",
                     "300 vans") is None


def test_the_ministry_does_not_refer_back_to_a_firm():
    text = ("Talvik Energy is building a plant near Tartu, and Talvik expects delays. "
            "The ministry said 40 homes were lost.")
    assert source_of(text, "40 homes") != "Talvik Energy"


def test_the_bank_refers_back_to_the_bank_not_to_the_agency_named_after_it():
    text = ("Brindle Bank raised its rates in Leeds on Monday, according to Reuters. The bank "
            "said profit rose 5% in the quarter.")
    assert source_of(text, "5%") == "Brindle Bank"


def test_the_lender_is_a_bank_named_before():
    text = ("Brindle Bank opened 12 branches in Wales. The Harlow Post covered the opening. "
            "The lender said deposits grew 9% in a year.")
    assert source_of(text, "9%") == "Brindle Bank"


def test_the_airline_is_not_a_bank_named_before():
    text = ("Ostrava Air cut 30 flights after Brindle Bank pulled a loan. The airline said "
            "bookings fell 5% in the spring.")
    assert source_of(text, "5%") != "Brindle Bank"


# --- officials named by their body's kind are that body's -----------------------------------


def test_agency_officials_after_the_agency_are_the_agency():
    text = ("The Halden Space Agency will invest nearly $3.4 billion in lunar rovers by "
            "2031, agency officials said.")
    assert source_of(text, "$3.4 billion") == "Halden Space Agency"


def test_kind_officials_of_another_kind_stay_a_group():
    text = ("The Halden Space Agency opened a base in Kiruna. The spending will reach "
            "$400 million next year, ministry officials said.")
    assert source_of(text, "$400 million") != "Halden Space Agency"


# --- a firm named for its trade of research or advice is a firm, not a person ---------------


def test_a_research_firm_that_forecasts_is_an_organisation():
    text = "Marlow Research expects copper prices in Santiago to fall by 6% this year."
    said = [f.attribution for f in extract_text(text, PUBLISHED).figures]
    assert [(a.speaker, a.org) for a in said] == [(None, "Marlow Research")]


def test_a_one_letter_party_in_brackets_is_no_ticker():
    text = "Senator Ada Lind (D) reported earnings of $40,000 from a book sold in Ohio."
    said = [f.attribution for f in extract_text(text, PUBLISHED).figures]
    assert all(a.org != "Ada Lind" for a in said)
