"""A prosecutor's or an agency's statement goes on to the sentences that report the case
it told of (session-27 hand check of general news): a prison term is a claim, not the
writer's setting, and the person the statement was about is no new source. Texts written
here, about fictional people and offices, real places."""

from __future__ import annotations

from sources import source_of

_PLEA = ("Tomas Reed, 41, of Albany, admitted to a mail fraud scheme on Tuesday, the Albany "
         "County District Attorney's Office announced.\n\n"
         "Reed faces a maximum of 20 years in prison and a fine of $80,000.\n")


def test_a_penalty_after_a_prosecutors_statement_is_theirs():
    office = source_of(_PLEA, "20 years")
    assert office is not None and "Office" in office
    assert source_of(_PLEA, "$80,000") == office


def test_a_prison_term_is_a_claim_in_the_speakers_own_sentence_too():
    text = ("Ada Lind of Leeds faces up to 14 years in prison and a fine of $80,000, "
            "prosecutors said.")
    assert source_of(text, "14 years") == "prosecutors"


def test_a_person_not_named_in_the_statement_still_stops_the_carrying():
    text = ("A Leeds man pleaded guilty to fraud on Monday, the prosecutors' office said.\n\n"
            "Tomas Reed also runs a bakery that employs 40 people.\n")
    assert source_of(text, "40 people") is None


def test_a_firm_the_statement_told_of_is_told_of_in_the_writers_voice():
    text = ("Kestrel Foods will close its plant in Derby, the union said. Kestrel Foods "
            "employs 9,000 people.")
    assert source_of(text, "9,000 people") is None


def test_a_durations_of_the_setting_stay_unattributed():
    text = ("The mine near Antofagasta flooded, the company said.\n\n"
            "It had been open for 40 years.\n")
    assert source_of(text, "40 years") is None


def test_a_defendant_named_after_the_statement_does_not_stop_the_carrying():
    text = ("A Utica woman admitted to a mail fraud scheme, the Oneida County District "
            "Attorney's Office announced on Thursday.\n\n"
            "Ada Lind, 38, of Rome, could face up to 15 years in prison when she is sentenced "
            "in June.\n")
    office = source_of(text, "15 years")
    assert office is not None and "Office" in office


def test_a_person_who_pleads_for_help_is_no_defendant():
    text = ("Floods cut off 12 villages near Galway, the county council said on Friday. "
            "Mayor Ada Lind pleaded with the army to send 40 trucks.")
    assert source_of(text, "40 trucks") is None
