"""Which capitalised runs name a person: initials, articles, awards, one-word brands.

Why: a body or a product read as a person becomes the speaker of the figures after it ("she
said" resolves to the last person named), and a person missed for an initial leaves a quote
without its speaker. Texts written here; names fictional.
"""

from __future__ import annotations

from datetime import date

from sitrep.extract.runner import extract_text

PUBLISHED = date(2025, 4, 2)


def _people(text: str) -> list[str]:
    return [m.span.text for m in extract_text(text, PUBLISHED).mentions if m.kind == "person"]


def _speaker(text: str, evidence: str) -> str | None:
    result = extract_text(text, PUBLISHED)
    return next(f.attribution.speaker for f in result.figures if f.evidence.text == evidence)


def test_a_middle_initial_is_part_of_the_name_and_her_quote_is_hers():
    text = ("Toasters have felt it too, said Mary E. Stone, an economist at Kestrel "
            "University. \"About 36% of imports are toasters,\" she said.")
    assert _people(text) == ["Mary E. Stone"]
    assert _speaker(text, "About 36% of imports") == "Mary E. Stone"


def test_leading_initials_name_a_person_only_where_the_context_says_so():
    assert _people("J. R. Hale, the mayor of Leeds, said 40 homes were lost.") == ["J. R. Hale"]
    # a list's lettered items or an abbreviation before a capital open no name
    assert _people("Options: A. Harbour Road or B. Mill Lane, each 2 miles long.") == []


def test_an_award_named_for_a_person_is_not_a_person():
    text = "Her novel won an Anna Berg Prize in 2001 and sold 3,000 copies."
    assert _people(text) == []
    assert _people("Her novel won an Anna L. Berg Medal and sold 3,000 copies.") == []


def test_a_name_after_the_article_is_a_body_not_a_person():
    text = ("\"Fees rose by $4 billion a month,\" said Daniel Holt, vice president of the "
            "Harbour Partnership, a consulting firm in Ohio.")
    assert _people(text) == ["Daniel Holt"]
    assert _speaker(text, "$4 billion a month") == "Daniel Holt"
    # the article may stand before a role, and the name after the role is a person's
    assert _people("The vote was close, the Rev. Ann Lindqvist said of the 12 ballots.") == [
        "Ann Lindqvist"]


def test_one_hyphenated_word_is_no_full_name_unless_a_role_or_said_comes_with_it():
    listed = "Meanwhile, Nordi-Cola, Harlow Foods and Kestrel said prices rose 5%."
    assert "Nordi-Cola" not in _people(listed)
    assert _people("Minister Lind-Halvorsen said 500 troops would go.") == ["Lind-Halvorsen"]
    assert _people("Lind-Halvorsen said 500 troops would go.") == ["Lind-Halvorsen"]
