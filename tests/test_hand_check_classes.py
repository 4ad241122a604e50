"""Classes of failure from the third hand check of the benchmark's figures (issue 9): the
measure of a sum read after a change ("rose 4.1% to $12.6 billion"), after a noun of
asking ("a budget request for $22.6 billion"), after a verb of giving, the subject of a
clause after "even as", and a noun that ends its clause ("a $7,500 federal tax credit.").
Every text is written here, about fictional people and firms in real places."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.runner import extract_text

PUBLISHED = date(2026, 5, 2)


def measures(text: str) -> dict[str, str | None]:
    return {f.evidence.text: f.measure for f in extract_text(text, PUBLISHED).figures}


@pytest.mark.parametrize(("text", "evidence", "measure"), [
    ("The grocer in Leeds earned $1.1 billion, as revenue rose 2.5 percent to $19.4 "
     "billion.", "$19.4 billion", "revenue"),
    ("Exports from Chile fell by 4% to $2.3 billion in May.", "$2.3 billion",
     "Exports from Chile"),
    ("Senators in Ottawa are weighing the agency's budget request for $8.1 billion.",
     "$8.1 billion", "budget request"),
    ("The board in Oslo turned down a takeover bid for $640 million.", "$640 million",
     "takeover bid"),
    ("Ravi Dhillon said he had given Rs 12 lakh to a broker in Delhi.", "Rs 12 lakh",
     "payment to broker"),
    ("Car sales in Texas slowed even as the average interest rate stayed "
     "below 5 percent.", "below 5 percent", "average interest rate"),
])
def test_a_sum_s_measure_is_read_on_its_left(text, evidence, measure):
    assert measures(text).get(evidence) == measure


def test_a_compound_and_a_last_noun_end_the_thing_measured():
    got = measures("A filing in Boston put her assets at a $9 million net worth. The "
                   "couple in Denver won a $40,000 housing grant.")
    assert got == {"$9 million net worth": "net worth", "$40,000 housing grant": "housing grant"}



def test_a_whole_share_before_a_word_of_certainty_is_an_idiom():
    got = measures("Traders in Zurich never have 100 percent complete information. The "
                   "governor of Ohio said she was 100% sure of the plan. The bridge in "
                   "Lyon is 100 percent complete and open. Turnout was 100 percent in the "
                   "village of Bree, officials in Kent said.")
    assert set(got) == {"100 percent complete", "100 percent"}


def test_a_hyphenated_range_reads_both_ends():
    figures = extract_text("The incubation period is one-to-seven days, health officials "
                           "in Ulan Bator said.", PUBLISHED).figures
    assert [(f.evidence.text, f.low, f.high, f.unit) for f in figures] == [
        ("one-to-seven days", 1.0, 7.0, "day")]


def speakers(text: str) -> dict[str, str | None]:
    return {f.evidence.text: f.attribution.speaker
            for f in extract_text(text, PUBLISHED).figures}


def test_a_name_after_a_locative_is_a_place_not_a_speaker():
    """"on Mauna Kea" reads like a person's name (two capitalised words); after "on" it is
    where the astronomers work, and no place speaks."""
    got = speakers("Astronomers at an observatory on Mauna Kea have confirmed that the "
                   "moon has 14 geysers.")
    assert got == {"14 geysers": None}


def test_he_refers_to_the_one_who_acts_not_a_name_in_a_possessive():
    text = ("Rosa Delgado, who represents some of Marco Ferri’s tenants, said she was "
            "pleased.\n\nRosa Delgado later added more. Hugo Lind, who represents some of "
            "Marco Ferri’s tenants, said he was pleased.\n\n“Thirty years of practicing "
            "law,\" he said, \"has taught me there are 2 sides to every lease.\"")
    assert speakers(text)["Thirty years of practicing law"] == "Hugo Lind"
