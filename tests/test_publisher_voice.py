"""The page's publisher: its name from a masthead line that spells the URL's host
(clean/masthead.py), and that name as the speaker of the figures the page states in the
first person plural (extract/publisher_voice.py), through a real store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.clean.masthead import masthead_name
from sitrep.cli import main
from sitrep.extract import extract_text

FIELD_UPDATE = (
    "Narva River Aid\nHome | Our work | Donate\n\nField update, 9 October 2026\n\n"
    "Since Monday our crews have carried 31 families across the flooded road to the school "
    "in Narva-Joesuu. In at least six of the streets the water is still knee-deep.\n\n"
    "We are also running three mobile clinics, which see some 400 patients a day.\n\n"
    "The town council says 1,100 homes have lost power.\n")


@pytest.mark.parametrize(("raw", "host", "name"), [
    ("Narva River Aid\nHome | News", "narvariveraid.example", "Narva River Aid"),
    ("Narva River Aid\nHome | News", "www.narva-river.example", "Narva River Aid"),
    ("Narva River Aid\nHome | News", "news.nra.example", "Narva River Aid"),  # initials
    ("Floods reach Narva\nHome | News", "narvariveraid.example", None),  # spells no host
    ("Narva River Aid Appeal Raises Funds\n", "narvariveraid.example", None),  # a headline
    ("narva river aid\nHome", "narvariveraid.example", None),  # no capitals: no name
    ("A\nB\nC\nD\nE\nF\nNarva River Aid\n", "narvariveraid.example", None),  # too far down
    ("Narva River Aid", "nr.example", None),  # a label too short to tell
    ("Narva River Aid", None, None),
])
def test_masthead_line_that_spells_the_host(raw: str, host: str | None,
                                            name: str | None) -> None:
    assert masthead_name(raw, host) == name


def _orgs(text: str, publisher: str | None) -> dict[str, str | None]:
    found = extract_text(text, title="Field update", publisher=publisher)
    return {f.evidence.text: f.attribution.org or f.attribution.speaker for f in found.figures}


def test_a_paragraph_in_the_first_person_is_the_publishers() -> None:
    orgs = _orgs(FIELD_UPDATE, "Narva River Aid")
    assert orgs["31 families"] == "Narva River Aid"
    assert orgs["at least six of the streets"] == "Narva River Aid"  # the paragraph's "our"
    assert orgs["three mobile clinics"] == "Narva River Aid"
    # a paragraph in no first person, and a figure its own cue reports, are not the page's
    assert orgs["1,100 homes"] != "Narva River Aid"


def test_no_publisher_and_a_quoted_we_name_no_one() -> None:
    assert set(_orgs(FIELD_UPDATE, None).values()) <= {None, "town council"}
    quoted = ('"We have carried 31 families so far," a volunteer told the local paper.\n')
    assert "Narva River Aid" not in _orgs(quoted, "Narva River Aid").values()


def _ingest(tmp_path: Path, url: str) -> list[dict[str, object]]:
    page = tmp_path / "page.jsonl"
    page.write_text(json.dumps({"url": url, "text": FIELD_UPDATE,
                                "published": "2026-10-09"}) + "\n", encoding="utf-8")
    db, runner = str(tmp_path / "store.db"), CliRunner()
    done = runner.invoke(main, ["--db", db, "ingest", str(page)])
    assert done.exit_code == 0, done.output
    articles = runner.invoke(main, ["--db", db, "articles", "--format", "jsonl"])
    figures = runner.invoke(main, ["--db", db, "figures", "--format", "jsonl"])
    return [json.loads(line) for line in articles.output.splitlines()] + [
        json.loads(line) for line in figures.output.splitlines()]


def test_the_store_names_the_publisher_who_speaks(tmp_path: Path) -> None:
    article, *figures = _ingest(tmp_path, "https://narvariveraid.example/updates/9-october")
    assert article["outlet"] == "Narva River Aid"
    by_text = {f["evidence"]["text"]: f["org"] for f in figures}  # type: ignore[index]
    assert by_text["31 families"] == "Narva River Aid"


def test_a_bare_host_is_no_publisher(tmp_path: Path) -> None:
    article, *figures = _ingest(tmp_path, "https://relief-updates.example/9-october")
    assert article["outlet"] == "relief-updates.example"
    assert all(f["org"] != "relief-updates.example" for f in figures)
