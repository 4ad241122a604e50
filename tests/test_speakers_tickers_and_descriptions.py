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
    text = ("Markets in Chicago were calm. Northwind Foods (ticker: NWF) reported $1.10 in "
            "per-share earnings for the second quarter.")
    assert source_of(text, "$1.10") == "Northwind Foods"


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
