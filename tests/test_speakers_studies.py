"""Who states a study's own numbers, on texts written here (fictional researchers and firms,
real places).

A page introduces the people or the firm behind a study ("Lena Haugland, a glaciologist at
the University of Tromso", "Kestrel Analytics studied 2 billion ads"), then gives their
numbers as "the researchers'" or "the team's": those refer back to whom the page named
with the study, not to an anonymous group. "Researchers found" with no study named before
stays the group's, and a page that named no one for a study keeps "the researchers" too.
"""

from __future__ import annotations

from sources import source_of

_FJORD = ("Lena Haugland, a glaciologist at the University of Tromso, led the survey. The "
          "researchers flew over the ice for 12 days. ")


def test_according_to_the_researchers_calculations_is_the_named_researchers():
    text = _FJORD + "The ice lost about 2,300 tons, according to the researchers' estimate."
    assert source_of(text, "2,300 tons") == "Lena Haugland"


def test_the_researchers_and_the_teams_analysis_are_the_named_researchers():
    for said in ("The researchers found that 40% of the ice had gone.",
                 "The team's analysis found that 40% of the ice had gone.",
                 "According to the study, 40% of the ice had gone."):
        assert source_of(_FJORD + said, "40%") == "Lena Haugland", said


def test_a_firms_team_is_the_firm():
    text = ("Kestrel Analytics studied 2 billion ads in Oslo last year. The team found that "
            "video ads were 20% less profitable.")
    assert source_of(text, "20%") == "Kestrel Analytics"


def test_researchers_with_no_study_named_stay_a_group():
    assert source_of("Researchers found that 40% of the ice in Norway had gone.",
                     "40%") == "researchers"
    text = ("Mayor Tomas Berg opened the new quay in Bergen. According to the researchers, "
            "40% of the ice had gone.")
    assert source_of(text, "40%") == "researchers"


def test_the_study_found_without_that_and_the_report_are_the_named_body():
    text = ("The Tromso Polar Institute published a report on the fjords in March. "
            "According to the report, 17 glaciers had shrunk. The study found the ice was "
            "losing 40 tons a day.")
    assert source_of(text, "17 glaciers") == "Tromso Polar Institute"
    assert source_of(text, "40 tons") == "Tromso Polar Institute"


def test_found_without_that_after_anyone_else_is_no_cue():
    text = "Divers in Bergen found 14 cannons in the harbour mud."
    assert source_of(text, "14 cannons") is None
