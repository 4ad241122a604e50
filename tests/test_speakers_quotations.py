"""Who states a figure inside a quotation whose speaker is named after it, on a line of its
own, or sentences away; on texts written here (fictional people and firms, real places).

Each layout is tested where the speaker should be found, and on a near miss where the
speaker named nearby said something else (a wrong source is worse than none). The
attributions that held before (the speaker before the quotation, "according to", reported
speech) are tested to stay.
"""

from __future__ import annotations

from datetime import date

import pytest
from sources import source_of

from sitrep.extract import extract_text
from sitrep.extract.quotations import quotations

PUBLISHED = date(2026, 9, 14)


# --- the speaker after a quotation of two sentences or more --------------------------------

@pytest.mark.parametrize("text", [
    "“The ferry carried 260 passengers a day. Since the storm, nobody books a seat,” said "
    "Marta Quintela, who runs the ticket office in Horta.",
    "\"The ferry carried 260 passengers a day. Since the storm, nobody books a seat,\" "
    "Marta Quintela said.",
    "“The ferry carried 260 passengers a day. Since the storm, nobody books a seat. We "
    "wait,” says ferry manager Marta Quintela.",
])
def test_a_speaker_after_the_last_sentence_of_a_quotation(text):
    assert source_of(text, "260 passengers") == "Marta Quintela"


def test_a_quotation_that_goes_on_after_the_speaker():
    text = ("“We closed the mill in May,” Tomas Reyes said. “Since then the town lost its "
            "bakery. Another 40 workers leave in June.”")
    assert source_of(text, "40 workers") == "Tomas Reyes"


def test_a_quotation_after_a_colon():
    text = ("Tomas Reyes said on Friday: “The town lost its bakery. Another 40 workers "
            "leave in June.”")
    assert source_of(text, "40 workers") == "Tomas Reyes"


def test_a_quotation_of_two_paragraphs():
    text = ("Tomas Reyes spoke in Oviedo. “The town lost its bakery,” Reyes said.\n\n"
            "“It lost its school first.\n\n“Another 40 workers leave in June.”")
    assert source_of(text, "40 workers") == "Tomas Reyes"


# --- the speaker's appositive and title ----------------------------------------------------

@pytest.mark.parametrize(("text", "source"), [
    ("“We lost 14 clients in a week,” Dana Orlov, owner of Leiva Bakery, said.",
     "Dana Orlov"),
    ("“We lost 14 clients in a week,” explains team leader Dana Orlov.", "Dana Orlov"),
    ("“We lost 14 clients in a week,” says Chief Economist Dana Orlov.", "Dana Orlov"),
    ("“We lost 14 clients in a week,” said the owner, Dana Orlov.", "Dana Orlov"),
])
def test_the_speaker_after_the_quotation_with_a_title_or_an_appositive(text, source):
    assert source_of(text, "14 clients") == source


def test_a_surname_named_first_after_the_verb_with_who():
    text = "“We lost 14 clients in a week,” said Orlov, who runs a bakery in Tartu."
    assert source_of(text, "14 clients") == "Orlov"


def test_a_person_named_in_a_long_appositive_with_a_second_person_is_not_guessed():
    # the letter was written TO both: neither of them said it
    text = ("In a letter to Lars Kvist, who heads the port of Aarhus, and Eva Holm, the "
            "mayor, said they would send 30 tugs.")
    assert source_of(text, "30 tugs") not in ("Lars Kvist",)


# --- the speaker on the next line ----------------------------------------------------------

def test_a_signature_line_after_a_quoted_paragraph():
    text = ("The bakeries of Tartu had a hard winter.\n\n"
            "“We lost 14 clients in a week.”\n\n"
            "— Dana Orlov, owner of a bakery")
    extraction = extract_text(text, PUBLISHED)
    said = next(f.attribution for f in extraction.figures if "14 clients" in f.evidence.text)
    assert said.speaker == "Dana Orlov"
    assert said.role == "owner of a bakery"


def test_an_attribution_line_after_a_quotation_that_ends_in_a_comma():
    text = ("The bakeries of Tartu had a hard winter.\n\n"
            "\"We lost 14 clients in a week,\"\n"
            "said Dana Orlov, who owns one of them.")
    assert source_of(text, "14 clients") == "Dana Orlov"


def test_an_attribution_line_that_opens_with_the_verb():
    text = ("The bakeries of Tartu had a hard winter.\n\n"
            "“We lost 14 clients in a week.”\n"
            "said Dana Orlov, who owns one of them.")
    assert source_of(text, "14 clients") == "Dana Orlov"


def test_a_dash_line_that_names_no_one_signs_nothing():
    text = ("The bakeries of Tartu had a hard winter.\n\n"
            "“We lost 14 clients in a week.”\n\n"
            "- more on the winter below")
    assert source_of(text, "14 clients") is None


# --- near misses: a speaker nearby who said something else --------------------------------

def test_a_quotation_closed_by_a_full_stop_is_not_the_next_sentences_speaker():
    text = ("“We lost 14 clients in a week.” The mayor of Tartu, Anna Berg, said the town "
            "would help.")
    assert source_of(text, "14 clients") != "Anna Berg"


def test_a_speaker_in_the_next_paragraph_is_not_the_quotations():
    text = ("“We lost 14 clients in a week.”\n\n"
            "Anna Berg, the mayor of Tartu, said the town would help.")
    assert source_of(text, "14 clients") != "Anna Berg"


def test_a_quoted_title_does_not_carry_a_speaker_to_the_next_sentence():
    text = ("Anna Berg said the show “Tartu Tonight” ends soon. The town has 12 cinemas, a "
            "guide says.")
    assert source_of(text, "12 cinemas") != "Anna Berg"


# --- the attributions that held before hold ------------------------------------------------

@pytest.mark.parametrize(("text", "evidence", "source"), [
    ("Marta Quintela said the ferry carried 260 passengers a day.", "260 passengers",
     "Marta Quintela"),
    ("According to Marta Quintela, the ferry carried 260 passengers a day.",
     "260 passengers", "Marta Quintela"),
    ("Marta Quintela said: “The ferry carried 260 passengers a day.”", "260 passengers",
     "Marta Quintela"),
    ("“The ferry carried 260 passengers a day,” said Marta Quintela.", "260 passengers",
     "Marta Quintela"),
    ("Marta Quintela runs the office. The ferry carried 260 passengers a day, she said.",
     "260 passengers", "Marta Quintela"),
])
def test_the_attributions_that_held_before_hold(text, evidence, source):
    assert source_of(text, evidence) == source


# --- the quotations themselves --------------------------------------------------------------

def test_inch_marks_open_no_quotation():
    text = 'A 34" screen and a 27" one. She said "fine" twice.'
    assert [text[a:b] for a, b in quotations(text)] == ['"fine"']


def test_an_unclosed_mark_is_dropped_at_the_paragraphs_end():
    text = "“Open but never closed.\n\nA new paragraph with “a quote” in it."
    assert [text[a:b] for a, b in quotations(text)] == ["“a quote”"]


# --- verbs that say only after a quotation -------------------------------------------------

def test_a_verb_that_says_only_after_a_quotation():
    text = ("Ines Duarte heads the port of Faro. “With eight boats, the odds fall to about 50 "
            "percent,” she concluded.")
    assert source_of(text, "50 percent") == "Ines Duarte"
    text = "“My crew had $20 billion in cargo,” Ines Duarte recounted at a meeting in Faro."
    assert source_of(text, "$20 billion") == "Ines Duarte"
    # a title's dot between the quotation and the verb ends no sentence
    text = ("Ines Duarte met the crews on Monday. “My crew had $20 billion in cargo,” Ms. "
            "Duarte recounted at a meeting in Faro.")
    assert source_of(text, "$20 billion") == "Ines Duarte"


@pytest.mark.parametrize("text", [
    "Ines Duarte ran the port of Faro for years. She recalled: “We unloaded 40 ships a week.”",
    "Ines Duarte ran the port of Faro for years. As she related, “we unloaded 40 ships a week.”",
    "Ines Duarte ran the port of Faro for years. As Duarte put it, \"we unloaded 40 ships a "
    "week.\"",
])
def test_the_same_verbs_say_right_before_a_quotation(text):
    assert source_of(text, "40 ships") == "Ines Duarte"


@pytest.mark.parametrize("text", [
    "Ines Duarte heads the port. The costs related to the 40 ships rose.",
    "Ines Duarte heads the port. The board put its fleet at 40 ships, “a record”.",
    "Ines Duarte heads the port. The rally continued for 3 days in Faro.",
    "Ines Duarte heads the port. The hospital in Faro admitted 50 patients on Monday.",
    "“We wanted peace,” Ines Duarte said, and the clinic in Faro admitted 50 patients.",
])
def test_the_same_verbs_elsewhere_say_nothing(text):
    found = extract_text(text, PUBLISHED).figures
    assert found and all(f.attribution.speaker is None for f in found), found


def test_a_name_only_in_a_possessive_does_not_become_he():
    text = ("“We crossed with one boat,” Ines Duarte, a captain from Faro, replied. She then "
            "cited Pedro Alves’s report on the crossing. “With eight boats, the odds fall to "
            "about 50 percent,” she concluded.")
    assert source_of(text, "50 percent") == "Ines Duarte"


def test_the_speakers_firm_in_the_appositive_is_kept_as_the_role():
    text = "“We lost 14 clients in a week,” said Dana Orlov, owner of Leiva Foods."
    said = next(f.attribution for f in extract_text(text, PUBLISHED).figures)
    assert (said.speaker, said.role) == ("Dana Orlov", "owner of Leiva Foods")


def test_a_name_after_a_title_in_lower_case_is_a_person_even_if_a_town_has_it():
    # Stafford is a town; after "executive" the two words are a person's name, and the
    # bare surname later is hers
    text = ("The panel in Leeds heard retired executive Ines Stafford on Monday. “We flew 40 "
            "planes a day,” Stafford said.")
    assert source_of(text, "40 planes") == "Ines Stafford"
    text = "Officials in Reading said 40 buses were late."
    assert source_of(text, "40 buses") != "Reading"
