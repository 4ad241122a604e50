"""A figure in a relative clause is about the named thing the clause hangs on (issue 9:
hand checks of real news), on pages written for these tests."""

from __future__ import annotations

from datetime import date

from sitrep.extract import extract_text
from sitrep.extract.clause_antecedents import antecedent

DAY = date(2026, 6, 3)


def _matters(text: str, title: str | None) -> dict[str, str | None]:
    """Each figure's evidence -> what it is about (its matter, else its subject)."""
    return {f.evidence.text: f.matter or f.subject
            for f in extract_text(text, DAY, title=title).figures}


def test_another_body_s_clause_gives_its_figure_that_body():
    """"Neptune's moon Triton, which are fed by more than 40 vents": Triton's vents, on a
    page about another moon."""
    text = ("A probe has spotted ice jets on Callisto, the second-largest of Jupiter's "
            "moons. The jets appear and fade within hours. They differ from the steady jets "
            "of Neptune's moon Triton, which are fed by more than 40 vents.")
    found = _matters(text, "Probe spots ice jets on Jupiter's moon Callisto")
    assert found["more than 40 vents"] == "Triton"


def test_a_team_s_clause_is_the_team_s_not_the_player_s():
    """"Ines Varga scored ... for the Fjord Wolves, who have sold 12,000 season tickets":
    the club's tickets, not the player's."""
    text = ("The Harbour Hawks won again on Friday. "
            "Ines Varga scored freely for the Fjord Wolves, who have sold 12,000 season "
            "tickets.")
    assert _matters(text, "Harbour Hawks win in Oslo")["12,000 season tickets"] == (
        "Fjord Wolves")


def test_a_place_s_clause_keeps_the_page_s_matter():
    """"commuters from Almada, which has 100,000 residents": a place is no matter."""
    text = ("Ferry fares in Lisbon rose in May. "
            "The change hit commuters from Almada, which has about 100,000 residents.")
    assert _matters(text, "Lisbon fares rise")["about 100,000 residents"] == (
        "Lisbon fares rise")


def test_which_clauses_hang_on_a_name():
    """A sentence's first word, a clause with a comma before the figure, or no clause
    hangs on nothing."""
    def hung(sentence: str, figure: str) -> str | None:
        return antecedent(sentence, 0, sentence.index(figure), (), "en")

    assert hung("It beat the Fjord Wolves, who have 12 titles.", "12") == "Fjord Wolves"
    assert hung("Inflation, which reached 4 percent, rose.", "4") is None
    assert hung("It beat the Fjord Wolves, who, in May, won 12 games.", "12") is None
    assert hung("It beat the Fjord Wolves by 12 points.", "12") is None


def test_a_source_s_clause_keeps_the_page_s_matter():
    """"according to the Coastal Health Trust, which also counted 12 deaths": what the
    source counted belongs to the page's outbreak, not to the source."""
    text = ("Cholera cases in Lagos rose to 340 this week, according to the Coastal Health "
            "Trust, which also counted 12 deaths.")
    assert _matters(text, "Cholera cases rise in Lagos")["12 deaths"] != "Coastal Health Trust"
