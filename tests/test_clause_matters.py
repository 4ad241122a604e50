"""A figure whose own clause ties it to another matter in plain words (a thing of an
earlier year, a court case in another country) is that matter's, not the page's event or
matter; and a kicker in capitals ("VISIT the ...") is no part of the matter it opens, on
pages written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import extract_text

_DAY = date(2026, 11, 30)


def _abouts(text: str, title: str | None, published: date | None = _DAY
            ) -> dict[str, str | None]:
    """Each figure's evidence -> what it is about (its matter, else its subject)."""
    return {f.evidence.text: f.matter or f.subject
            for f in extract_text(text, published, title=title).figures}


_RALLY = ("Thousands of nurses rallied at the capitol in Dover on Tuesday demanding higher "
          "pay. Governor Mara Quill has resisted the demand. {} More than 6,000 nurses took "
          "part in the rally, organizers said.")


@pytest.mark.parametrize(("sentence", "evidence", "about"), [
    ("The hospital association gave nearly $3.2 million toward Quill's 2022 election "
     "campaign, records show.", "nearly $3.2 million", "Quill’s 2022 election campaign"),
    ("The union spent $400,000 on its 2024 ballot campaign.", "$400,000",
     "2024 ballot campaign"),
    # the thing opens the clause before the figure
    ("Quill's 2022 campaign raised $9 million from donors.", "$9 million",
     "Quill’s 2022 campaign"),
])
def test_a_sum_for_a_thing_of_an_earlier_year_is_that_thing_s(sentence: str, evidence: str,
                                                              about: str) -> None:
    found = _abouts(_RALLY.format(sentence.replace("'", "’")),
                    "Nurses rally at state capitol for higher pay")
    assert found[evidence] == about
    assert found["More than 6,000 nurses"] != about


@pytest.mark.parametrize("sentence", [
    # this year's or a coming year's thing is the page's own
    "The hospital association gave nearly $3.2 million toward Quill's 2026 campaign.",
    "The state set aside $40 million for its 2027 budget.",
    # a year that names no such thing ("the 2019 model") ties nothing
    "The union bought 12 buses, replacing the 2019 models.",
])
def test_a_thing_of_this_or_a_later_year_or_no_such_head_ties_nothing(sentence: str) -> None:
    found = _abouts(_RALLY.format(sentence), "Nurses rally at state capitol for higher pay")
    assert not any(a and ("2026" in a or "2027" in a or "2019" in a) for a in found.values())


def test_an_undated_page_ties_nothing_to_a_year() -> None:
    text = _RALLY.format("The hospital association gave $3.2 million toward Quill's 2022 "
                         "campaign.")
    found = _abouts(text, "Nurses rally at state capitol for higher pay", None)
    assert found["$3.2 million"] != "Quill's 2022 campaign"


_INQUIRY = ("Swedish prosecutors on Tuesday dropped their investigation into the activist "
            "Oren Vasko. The case had dragged on for years. {} Prosecutors interviewed nine "
            "witnesses before closing the file.")


@pytest.mark.parametrize(("sentence", "evidence"), [
    ("Vasko now faces 12 criminal charges in the US, which could mean up to 40 years "
     "in prison.", "12 criminal charges"),
    ("Vasko now faces 12 criminal charges in the US, which could mean up to 40 years "
     "in prison.", "up to 40 years"),
    ("He could spend up to 30 years in prison if he is extradited to the US.", "up to 30 years"),
])
def test_charges_or_a_prison_term_in_another_country_are_that_country_s_case(
        sentence: str, evidence: str) -> None:
    found = _abouts(_INQUIRY.format(sentence), "Sweden drops inquiry into Oren Vasko")
    key = next(k for k in found if k.startswith(evidence))
    assert found[key] in ("case in the US",)
    assert found["nine witnesses"] != "case in the US"


def test_charges_in_the_page_s_own_country_are_the_page_s() -> None:
    text = ("US prosecutors in Ohio charged the activist Oren Vasko on Tuesday. The case "
            "had dragged on for years. Vasko faces 12 criminal charges in the US, which "
            "could bring up to 40 years in prison.")
    found = _abouts(text, "Ohio prosecutors charge Oren Vasko")
    assert "case in the US" not in found.values()


_CRASH = ("Three soldiers were killed when their helicopter crashed in Mali on Sunday, the army "
          "said. {}")


def test_the_figures_of_an_earlier_event_the_story_follows_are_its_background() -> None:
    found = _abouts(_CRASH.format(
        "The crash came two days after rebels freed four aid workers in exchange for six of "
        "their fighters held by the government."), "Three soldiers killed in crash in Mali")
    assert "(background)" in (found["four aid workers"] or "")
    assert "(background)" in (found["six of their fighters"] or "")
    assert "(background)" not in (found["Three soldiers"] or "")


def test_a_figure_after_a_comma_is_the_story_s_own() -> None:
    found = _abouts(_CRASH.format(
        "A second helicopter came down an hour after takeoff, injuring seven crew members."),
        "Three soldiers killed in crash in Mali")
    assert "(background)" not in (found["seven crew members"] or "")


def test_a_clause_after_a_word_that_is_not_the_story_s_may_tell_its_own_steps() -> None:
    found = _abouts(_CRASH.format(
        "The news came two days after rebels freed four aid workers in the north."),
        "Three soldiers killed in crash in Mali")
    assert "(background)" not in (found["four aid workers"] or "")


def test_a_kicker_in_capitals_is_no_part_of_the_matter_it_opens() -> None:
    found = _abouts("The autumn brings a run of horse shows. VISIT the Carrow Valley Horse "
                    "Show, Nov. 3–9, in Bangor, Maine. The show features 40 classes for "
                    "young riders.", "Autumn horse shows to visit in the east")
    assert found["40 classes"] == "Carrow Valley Horse Show"


def test_an_acronym_that_opens_a_name_stays_in_it() -> None:
    found = _abouts("Leaders met in Oslo this week. NATO Summit delegates approved 12 new "
                    "projects on Tuesday.", "Leaders meet in Oslo")
    assert found["12 new projects"] == "NATO Summit"


@pytest.mark.parametrize("between", [" ", "\n\n"])
def test_the_sentence_after_a_case_abroad_goes_on_with_it(between: str) -> None:
    found = _abouts(_INQUIRY.format(
        f"Vasko faces one charge of fraud in the US.{between}He is accused of moving funds, "
        "which carries up to 15 years in prison."),
        "Sweden drops inquiry into Oren Vasko")
    assert found[next(k for k in found if k.startswith("up to 15 years"))] == "case in the US"
    assert found["nine witnesses"] != "case in the US"


def test_an_undated_page_s_year_is_the_latest_its_text_names_read_when_asked() -> None:
    # the year is read only for a clause that names a thing of a year: then it is the
    # latest year the undated text puts on anything, as when it was read for every page
    text = _RALLY.format("The hospital association gave $3.2 million toward Quill’s 2022 "
                         "campaign. In 2025 the union won a raise.")
    found = _abouts(text, "Nurses rally at state capitol for higher pay", None)
    assert found["$3.2 million"] == "Quill’s 2022 campaign"


@pytest.mark.parametrize("published", [None, date(2024, 5, 2)])
@pytest.mark.parametrize("main", [None, "strike, Lyon, 2023-04-11"])
def test_the_page_year_read_on_use_is_the_reference_year(published: date | None,
                                                         main: str | None) -> None:
    from sitrep.extract.clause_matters import PageYear
    from sitrep.extract.figure_background import background_words_of, reference_year

    words = background_words_of("en")
    text = "Nurses in Lyon struck in 2019 and again in 2021, when 400 marched."
    year = PageYear(text, published, main, words)
    assert year() == year() == reference_year(text, published, main, words)  # type: ignore
    assert PageYear(text, published, main, None)() == (published.year if published else None)
