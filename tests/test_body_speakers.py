"""Bodies named "<noun> of <place> <head>" and the people who speak for them: the name is
one organisation, and a person named with it (before the title, or "of" it) is the speaker."""

from datetime import date

from sitrep.extract import extract_text


def figures(text: str) -> list[tuple[str, str | None, str | None]]:
    found = extract_text(text, date(2026, 4, 16)).figures
    return [(f.evidence.text, f.attribution.speaker, f.attribution.org) for f in found]


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.name) for m in extract_text(text, date(2026, 4, 16)).mentions]


def test_a_noun_of_a_place_before_a_head_word_is_one_body():
    assert ("org", "Port of Gdansk Authority") in mentions(
        "The Port of Gdansk Authority said 31 ships were waiting.")
    assert ("org", "City of Szeged Council") in mentions(
        "The City of Szeged Council said 400 homes were flooded.")
    # a person "of" a body stays a person and a body
    assert mentions("Anna Petrova of the Port Authority spoke on Monday.") == [
        ("person", "Anna Petrova"), ("org", "Port Authority")]


def test_such_a_body_speaks_and_so_does_its_spokeswoman():
    assert figures("About 22,000 containers were stuck, the Port of Gdansk Authority said.") \
        == [("About 22,000 containers", None, "Port of Gdansk Authority")]
    assert figures("About 400 homes were flooded, City of Szeged Council spokeswoman "
                   "Anna Petrova said.") == [("About 400 homes", "Anna Petrova", None)]
    assert figures("About 22,000 containers were stuck at the terminals, Port of Gdansk "
                   "Authority spokeswoman Magdalena Krawczyk said.")[0][1] == "Magdalena Krawczyk"


def test_a_person_of_a_body_named_right_before_the_verb_is_the_speaker():
    for body in ("Port Authority", "Red Cross", "State Border Guard Service"):
        said = figures(f"About 40 people were hurt, Anna Petrova of the {body} said.")
        assert said == [("About 40 people", "Anna Petrova", None)], body
    assert figures("About 40 people were hurt, the Port Authority said.") == [
        ("About 40 people", None, "Port Authority")]


def test_after_told_and_whom_only_a_day_or_a_place_the_claim_came_before():
    said = extract_text("Some 3,400 people had been evacuated, Katalin Kovacs told a news "
                        "conference on Wednesday evening.", date(2026, 4, 16)).figures
    assert [(f.attribution.speaker, str(f.attribution.stated_on)) for f in said] == [
        ("Katalin Kovacs", "2026-04-15")]
    assert figures("Some 3,400 people had been evacuated, Katalin Kovacs told reporters in "
                   "Budapest.") == [("Some 3,400 people", "Katalin Kovacs", None)]
    # what follows the one told is the claim when it is more than a day or a place
    after = figures("After the talks in Minsk, Colonel Anton Verbitsky told reporters the "
                    "plan for 4,000 troops stood.")
    assert after == [("4,000 troops", "Anton Verbitsky", None)]
