"""The matter a figure belongs to where no event instance is its subject (issue 9: a cup
final, a trade deal, a court case, a company's quarter, a product shown at a fair), on pages
written for these tests; and a crisis page whose event instance stays the subject."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.extract import extract_text
from sitrep.extract.figure_matters import matter_words, matters_in, title_matter


def _by_evidence(text: str, title: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    """Each figure's evidence -> (subject, matter)."""
    return {f.evidence.text: (f.subject, f.matter)
            for f in extract_text(text, title=title).figures}


def test_a_sports_final_named_in_the_sentence_before_is_the_matter():
    found = _by_evidence("Porto won the Atlantic Rowing Cup on Saturday. Fourteen crews from "
                         "9 countries raced on the Douro.")
    assert found["Fourteen crews"][1] == "Atlantic Rowing Cup"
    assert found["9 countries"][1] == "Atlantic Rowing Cup"


def test_a_court_case_named_with_a_common_head_is_the_matter():
    found = _by_evidence("Jurors in the Brennan fraud trial heard from 23 witnesses. "
                         "Prosecutors say Mara Brennan took money from 400 investors.")
    assert found["23 witnesses"] == ("witnesses", "Brennan fraud trial")
    assert found["400 investors"][1] == "Brennan fraud trial"


def test_a_company_quarter_with_a_possessive_is_the_matter():
    found = _by_evidence("Kestrel Motors’ third-quarter results beat forecasts. Revenue rose "
                         "12% to $4.1 billion, the carmaker said on Tuesday.")
    assert found["12%"][1] == "Kestrel Motors’ third-quarter results"


def test_a_product_page_takes_the_matter_of_its_title_without_outlet_or_furniture():
    found = _by_evidence("The Tern X2 weighs 19 kilograms. Its battery lasts 90 kilometres.",
                         title="BREAKING: Orvik shows its new e-bike at the Oslo Cycle Expo "
                               "| Pedal Weekly")
    # a product named in the sentence or the one before, on a page about a show: the
    # product is the matter, not the show (see test_matter_fallbacks.py)
    assert found["19 kilograms"][1] == "Tern X2"
    assert found["90 kilometres"][1] == "Tern X2"
    # without a title, nothing names the matter
    assert _by_evidence("The Tern X2 weighs 19 kilograms.")["19 kilograms"][1] is None


def test_a_crisis_page_keeps_its_event_and_has_no_matter():
    text = ("A magnitude 6.1 earthquake struck western Nepal on Friday, killing 40 people, "
            "officials said. The Himal Trekking Festival was cancelled and 300 tourists were "
            "evacuated.")
    found = _by_evidence(text, title="Nepal earthquake: 40 dead - Valley Post")
    assert found["40 people"] == ("earthquake, Nepal", None)
    assert found["300 tourists"] == ("earthquake, Nepal", None)
    # the title does not change the event's figures
    assert _by_evidence(text) == found


def test_a_place_or_a_party_alone_is_no_matter():
    found = _by_evidence("In Lisbon, 40 stalls opened on Sunday. The United States sent 12 "
                         "chefs, Orvik Corp said.")
    assert found["40 stalls"][1] is None
    assert found["12 chefs"][1] is None


@pytest.mark.parametrize(("sentence", "matters"), [
    ("The 2018 Lisbon Book Fair drew many visitors.", ["2018 Lisbon Book Fair"]),
    ("Under the EU-Chile trade deal, duties fall.", ["EU-Chile trade deal"]),
    ("Tallinn hosts the Baltic Sailing Cup 2024.", ["Baltic Sailing Cup 2024"]),
    # a sentence's first word, a verb of a headline, a comma: none ends in a matter
    ("Retaliatory tariffs hurt farmers.", []),
    ("Acme inks deal for jets.", []),
    ("Ines Ruiz began imposing tariffs.", []),
    ("It marks Diwali, the autumn festival.", []),
    ("She lists a Roster Of Games.", []),
    ("The Anvil Cup and Harbor Festival opened.", ["Anvil Cup", "Harbor Festival"]),
    ("They backed the Lyon/Porto merger.", ["Lyon/Porto merger"]),
    # a sentence's end is no connector: "U.S. The Anvil Cup" is two things
    ("They flew from the U.S. The Anvil Cup opened.", ["Anvil Cup"]),
    ("Crews sailed in the Festival of the Sea.", ["Festival of the Sea"]),
    ("Riders left Porto for the Tour de Algarve.", ["Tour de Algarve"]),
])
def test_named_matters_in_a_sentence(sentence: str, matters: list[str]):
    words = matter_words("en")
    assert [sentence[s:e] for s, e in matters_in(sentence, words)] == matters


def test_the_store_and_the_figures_command_keep_the_matter(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Porto crew takes the Atlantic Rowing Cup - Tide News</title>"
        "</head><body><article><h1>Porto crew takes the Atlantic Rowing Cup</h1>"
        "<p>A crew from Porto won the race on the Douro on Saturday, ahead of boats from "
        "Lyon and Gdansk.</p><p>Fourteen crews from nine countries started the race, which "
        "covered 6 kilometres of river between the two bridges.</p></article></body></html>")
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(page), "--db", db, "--captured-at",
                                "2026-08-20"]).exit_code == 0
    out = runner.invoke(main, ["figures", "--db", db, "--format", "jsonl"]).output
    assert '"evidence": {"start"' in out
    rows = {r["evidence"]["text"]: r for r in map(json.loads, out.splitlines())}
    assert rows["Fourteen crews"]["matter"] == "Atlantic Rowing Cup"
    assert rows["Fourteen crews"]["subject"] == "crews"


_COOKING = ("Вымойте тыкву и очистите её от кожуры. Нарежьте лук мелкими кубиками. "
            "Разогрейте сковороду на среднем огне. Добавьте немного масла и соль. "
            "Помешивайте овощи деревянной лопаткой. Попробуйте суп и добавьте перец. ")


def test_an_event_word_in_passing_on_a_long_page_is_not_its_event():
    """A recipe that says "send the pumpkin into the pot" once in thirty-odd sentences is
    about no deployment; a short report that names one is (in a language of the foreign
    reader)."""
    from sitrep.extract.runner import ExtractionJob, run_job

    recipe = run_job(ExtractionJob("a", _COOKING * 5 + "Нарезанную тыкву отправьте в "
                                   "кастрюлю. На рынке мы купили 12 тыкв за 800 рублей.",
                                   None, "ru"))
    assert recipe.main_event is None
    assert [f.subject for f in recipe.figures] == [None, None]
    report = run_job(ExtractionJob("b", "Россия отправила 300 военных в Сирию. Об этом "
                                   "сообщило министерство.", None, "ru"))
    assert report.figures[0].subject == report.main_event == "deployment, Russia / Syria"


@pytest.mark.parametrize(("title", "matter"), [
    ("Opinion | Harbor Motors recall widens - The Daily Ledger", "Harbor Motors recall"),
    # the longest part names none: the others are read in turn
    ("Lisbon air pollution: why the city's buses run late", "Lisbon air pollution"),
    ("Faro Design Week 2026 | A lamp made of cork", "Faro Design Week 2026"),
    # an ordinal is no name: "Third case of ..." names nothing; the part before does
    ("Bubonic plague: Third case of plague in Hovd as rumours spread", "Bubonic plague"),
    ("Weather in Lisbon | Tide News", None),
    (None, None),
    # else the name a headline starts with, up to its verb: a product, a work
    ("2030 Orvik Tern X2 revealed as a folding e-bike - Pedal Weekly", "2030 Orvik Tern X2"),
    ("The Kavo ID. RIVER is a quiet electric boat - Tide News", "Kavo ID. RIVER"),
    ("Moonfall 3 eyes a summer release", "Moonfall 3"),
    # but not a party, a person the page names, or a common noun
    ("Ines Duarte faces questions about the budget", None),
    ("Prison guards charged after an inmate escapes", None),
    ("Orvik wants you to ride to work", None),
    # a headline in title case: its verbs look like names, so only the few words before
    # a head name the matter, and no leading name is read
    ("Nine Firms Join Private Moon Lander Project - Orbit Daily", "Private Moon Lander Project"),
    ("Weird Plumes Spotted Above Saturn's Moon Enceladus", None),
])
def test_the_title_matter(title: str | None, matter: str | None):
    parties = frozenset({"ines duarte", "duarte", "orvik"})
    assert title_matter(title, matter_words("en"), parties) == matter


def test_a_store_of_schema_14_gets_the_matter_column_on_upgrade(tmp_path: Path):
    import sqlite3

    from sitrep.store import SCHEMA_VERSION, Store

    path = tmp_path / "old.db"
    with Store(path):
        pass
    db = sqlite3.connect(path)
    db.executescript("ALTER TABLE figures DROP COLUMN matter; PRAGMA user_version=14;")
    db.close()
    for _ in range(2):  # upgraded once, then opened as it is
        with Store(path) as store:
            columns = {r[1] for r in store._db.execute("PRAGMA table_info(figures)")}
            assert "matter" in columns
            assert store._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_figure_of_another_party_far_from_the_title_takes_that_party():
    """A page's title names its matter; a figure told deep in the page of a party the
    title does not touch (a rival firm, a lawyer's career) is that party's."""
    text = ("Lindqvist Media agreed on Monday to buy Nordpress for $1.2 billion. The deal "
            "joins 140 local papers. Analysts in Oslo called the price high. Elsewhere, "
            "Fjordline Group runs 30 weeklies and is losing readers. The combined Nordpress "
            "titles print 2 million copies a week.")
    found = _by_evidence(text, title="Lindqvist-Nordpress merger cleared - Harbour Daily")
    assert found["140 local papers"][1] == "Lindqvist-Nordpress merger"  # the lead
    # the party the sentence opens with, which neither the title nor the lead names
    assert found["30 weeklies"][1] == "Fjordline Group"
    assert found["2 million copies"][1] == "Lindqvist-Nordpress merger"  # "Nordpress"


def test_the_body_a_headline_opens_with_owns_its_matter():
    """A title-case headline names its matter after the body it is about: the matter is
    that body's, not any firm's report; a person the headline opens with is a party."""
    title = "Halvern Foods Shares Slide After Earnings Report Disappoints"
    text = ("Halvern Foods said on Tuesday its sales rose 4% in the quarter. The company, "
            "based in Aarhus, cut 200 jobs.")
    assert _by_evidence(text, title)["200 jobs"][1] == "Halvern Foods Earnings Report"
    title = "Lena Varga Wins Davis Cup Final in Malaga"
    text = "Lena Varga won the final in three sets before 9,000 fans in Malaga on Sunday."
    matter = next(v[1] for k, v in _by_evidence(text, title).items() if "9,000" in k)
    assert matter and "Davis Cup Final" in matter and not matter.startswith("Lena")


def test_a_body_no_rule_knows_owns_the_matter_when_the_page_writes_it_as_a_name():
    """"Home Harvest" is no known kind of firm, but the lead writes the headline's
    opening words as a name: they own the matter; words the page never writes own
    nothing."""
    title = "Home Harvest Stock Falls After Earnings Report Disappoints"
    text = ("Shares of Home Harvest fell on Tuesday. Home Harvest cut its outlook, and the "
            "chain said sales growth in 2026 will be 3.5%.")
    assert _by_evidence(text, title)["3.5%"][1] == "Home Harvest Earnings Report"
    text = "Shares of the chain fell on Tuesday. Its sales growth in 2026 will be 3.5%."
    assert _by_evidence(text, title)["3.5%"][1] == "Earnings Report"
