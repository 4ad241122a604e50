"""A new user's first hour (issue 14): tables that fit, dates and names checked, no silent
drops, findings kept in the store. Each test runs the command line on a real store."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO

from sitrep.cli import main

LEDGER = Path(__file__).parent / "ledger_fixtures"
SRC = REPO / "src"


def run(*args: str, ok: bool = True, env: dict[str, str | None] | None = None):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False, env=env)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def jsonl(*args: str) -> list[dict]:
    return [json.loads(line) for line in run(*args, "--format", "jsonl").stdout.splitlines()]


@pytest.fixture(scope="module")
def ledger_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Three stories of one exercise (January, May, August): figures, a revision and
    disagreements, ingested and extracted as a user would."""
    db = str(tmp_path_factory.mktemp("ledger") / "s.db")
    for name, day in (("january.txt", "2026-01-15"), ("may.txt", "2026-05-21"),
                      ("august.txt", "2026-08-21")):
        run("ingest", str(LEDGER / name), "--db", db, "--captured-at", day)
    return db


def _copy(db: str, tmp_path: Path) -> str:
    shutil.copy(db, tmp_path / "copy.db")
    return str(tmp_path / "copy.db")


# -- tables ------------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["articles", "figures", "statements", "events",
                                     "entities"])
def test_tables_fit_the_terminal_and_cut_with_an_ellipsis(ledger_db: str, command: str):
    out = run(command, "--db", ledger_db, env={"COLUMNS": "70"}).stdout
    assert out.strip()
    assert max(len(line) for line in out.splitlines()) <= 70, out
    assert "…" in out
    for row in jsonl(command, "--db", ledger_db):  # ids are never cut
        assert row["id"] in out


def test_piped_tables_are_plain_and_keep_short_values_whole(ledger_db: str):
    out = run("figures", "--db", ledger_db, env={"COLUMNS": None}).stdout
    assert "\x1b" not in out and "│" not in out and "─" not in out
    for figure in jsonl("figures", "--db", ledger_db):
        if len(figure["evidence"]["text"]) < 60:
            assert figure["evidence"]["text"] in out


def test_the_notation_is_explained_on_a_legend_line(ledger_db: str):
    out = run("figures", "--db", ledger_db, env={"COLUMNS": None}).stdout
    legend = out.splitlines()[-1]
    assert legend.startswith("notation:")
    assert "x0.5" in out and "xF changed by a factor of F" in legend  # "cut by half"
    assert "12,000.." in out and "N.. N or more" in legend  # "more than 12,000"


def test_values_are_not_rounded_out_of_meaning(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({
        "text": "Turnout among reservists stood at 0.36% of those called up, the defence "
                "ministry in Riga said on Tuesday. Each ration pack costs $60.73, the "
                "ministry said.", "outlet": "Test Wire", "published": "2026-06-02"}) + "\n")
    db = str(tmp_path / "s.db")
    run("ingest", str(feed), "--db", db, "--captured-at", "2026-06-03")
    out = run("figures", "--db", db).stdout
    assert "0.36%" in out and "$60.73" in out
    assert "0 %" not in out and "61 USD" not in out


# -- dates -------------------------------------------------------------------------------

def test_since_takes_iso_and_relative_dates_and_refuses_the_rest(ledger_db: str):
    everything = jsonl("figures", "--db", ledger_db)
    since_may = jsonl("figures", "--db", ledger_db, "--since", "2026-05-01")
    assert 0 < len(since_may) < len(everything)
    days = (date.today() - date(2026, 5, 1)).days
    assert jsonl("figures", "--db", ledger_db, "--since", f"{days}d") == since_may
    assert jsonl("figures", "--db", ledger_db, "--since", "2026-05") == since_may
    for ok in ("yesterday", "today", "2w", "24h", "2026-05-01T10:00:00Z"):
        run("figures", "--db", ledger_db, "--since", ok)
    for bad in ("2026-13-45", "last week", "yesterdayish", "7 fortnights", ""):
        for command in ("figures", "statements", "events"):
            result = run(command, "--db", ledger_db, "--since", bad, ok=False)
            assert result.exit_code == 2, (command, bad)
            assert "--since" in result.output and "7d, 24h, 2w" in result.output


def test_a_subject_nothing_is_about_is_refused_with_near_matches(ledger_db: str,
                                                                  tmp_path: Path):
    for args in (("figures",), ("findings",), ("report", "--out", str(tmp_path / "rep"))):
        result = run(*args, "--subject", "Union Bastion 2026", "--db", ledger_db, ok=False)
        assert result.exit_code == 1, args
        assert "no subject contains 'Union Bastion 2026'" in result.output
        assert "did you mean 'Union Bastion-2026'" in result.output
    assert not (tmp_path / "rep").exists()
    assert jsonl("figures", "--subject", "bastion-2026", "--db", ledger_db)  # any case


def test_paths_are_checked_before_anything_is_made(ledger_db: str, tmp_path: Path):
    db = tmp_path / "new.db"
    result = run("ingest", str(tmp_path / "nope"), "--db", str(db), ok=False)
    assert result.exit_code == 2 and "no such file or folder" in result.output
    assert not db.exists()  # nothing to read: no store made for it
    out = tmp_path / "missing-folder" / "places.geojson"
    result = run("export", "places", "--out", str(out), "--db", ledger_db, ok=False)
    assert result.exit_code == 1 and f"cannot write {out}" in result.output
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = run("report", "--out", str(blocker / "rep"), "--db", ledger_db, ok=False)
    assert result.exit_code == 1 and "cannot write the report" in result.output


# -- corrections -------------------------------------------------------------------------

def test_corrections_of_unknown_names_are_refused_with_near_matches(ledger_db: str):
    result = run("correct", "merge-subjects", "Nonexistent", "X", "--db", ledger_db, ok=False)
    assert result.exit_code == 1 and "no subject 'Nonexistent'" in result.output
    result = run("correct", "merge-subjects", "Union Bastion 2026", "Union Bastion-2022",
                 "--db", ledger_db, ok=False)
    assert result.exit_code == 1 and "did you mean 'Union Bastion-2026'" in result.output
    result = run("correct", "merge-entities", "person:foo", "person:bar", "--db", ledger_db,
                 ok=False)
    assert result.exit_code == 1 and "no entity 'person:foo'" in result.output
    result = run("correct", "reject", "fnothere", "--db", ledger_db, ok=False)
    assert result.exit_code == 1 and "no figure 'fnothere'" in result.output
    assert run("correct", "list", "--format", "jsonl", "--db", ledger_db).stdout == ""


def test_undo_takes_a_correction_back_and_is_recorded(ledger_db: str, tmp_path: Path):
    db = _copy(ledger_db, tmp_path)
    finding = jsonl("findings", "--db", db)[0]
    for figure in finding["figure_ids"]:
        run("correct", "reject", figure, "--db", db)
    assert finding["id"] not in {f["id"] for f in jsonl("findings", "--db", db)}
    rejects = jsonl("correct", "list", "--db", db)
    for row in rejects:
        out = run("correct", "undo", row["id"], "--db", db, "--note", "wrong figure").stdout
        assert out.startswith(f"undid reject_figure {row['target']}")
    assert finding in jsonl("findings", "--db", db)
    listed = jsonl("correct", "list", "--db", db)
    assert [r["action"] for r in listed] == ["reject_figure"] * len(rejects) + ["undo"] * len(
        rejects)
    assert not any(r["active"] for r in listed[:len(rejects)])
    assert "(undone)" in run("correct", "list", "--db", db).stdout
    again = run("correct", "undo", rejects[0]["id"], "--db", db, ok=False)
    assert again.exit_code == 1 and "already undone" in again.output
    unknown = run("correct", "undo", rejects[0]["id"] + "0", "--db", db, ok=False)
    assert unknown.exit_code == 1 and f"did you mean '{rejects[0]['id']}'" in unknown.output


# -- silent drops ------------------------------------------------------------------------

def test_every_skipped_input_is_accounted_for(tmp_path: Path):
    crawl = str(REPO / "corpus" / "warc" / "crawl.warc.gz")
    quiet = run("ingest", crawl, "--db", str(tmp_path / "a.db"), "--no-extract", "--json")
    skipped = json.loads(quiet.stdout)["skipped"]
    assert skipped > 0
    assert f"{skipped} skipped: " in quiet.stderr and "WARC request record" in quiet.stderr
    loud = run("ingest", crawl, "--db", str(tmp_path / "b.db"), "--no-extract", "--verbose")
    named = [line for line in loud.stderr.splitlines() if line.startswith("skipped: ")]
    assert len(named) == skipped
    assert all("crawl.warc.gz record <urn:uuid:" in line for line in named)


def test_a_short_json_lines_text_is_an_article(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": "The exercise near Grodno starts on Monday.",
                                "title": "Drills"}) + "\n"
                    + json.dumps({"text": "Home | News | Sport | Weather"}) + "\n")
    db = str(tmp_path / "s.db")
    result = run("ingest", str(feed), "--db", db, "--no-extract", ok=False)
    assert result.exit_code == 1  # the menu line alone is still refused
    assert "feed.jsonl:2: E010" in result.stderr and "feed.jsonl:1:" not in result.stderr
    [article] = jsonl("articles", "--db", db)
    assert article["text"] == "The exercise near Grodno starts on Monday."


# -- speed: what the listings import, and findings kept in the store ---------------------

def _imported(*args: str) -> tuple[str, set[str]]:
    """stdout of ``sitrep ARGS`` in a new process, and the modules it imported."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "sitrep", *args],
                          capture_output=True, text=True, env=env, check=True)
    modules = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines()
               if line.startswith("import time:")}
    return proc.stdout, modules


HEAVY = ("spacy", "trafilatura", "datasketch", "numpy", "lxml", "sitrep.knowledge.gazetteer")


@pytest.mark.parametrize("args", [("--help",), ("articles",), ("figures",), ("findings",)],
                         ids=" ".join)
def test_listings_import_no_heavy_library(ledger_db: str, args: tuple[str, ...]):
    extra = () if args == ("--help",) else ("--db", ledger_db)
    _, modules = _imported(*args, *extra)
    assert "sitrep.cli" in modules
    assert not {m for m in modules if m.split(".")[0] in HEAVY or m in HEAVY}


def test_findings_are_computed_once_and_kept(ledger_db: str, tmp_path: Path):
    db = _copy(ledger_db, tmp_path)
    listed, modules = _imported("findings", "--format", "jsonl", "--db", db)
    assert "sitrep.ledger.findings" not in modules  # read back, not computed
    assert [json.loads(x) for x in listed.splitlines()] == jsonl("findings", "--db", db)
    assert len(listed.splitlines()) >= 1
    # a correction moves the store on: the next listing computes them again, then keeps them
    figure = json.loads(listed.splitlines()[0])["figure_ids"][0]
    run("correct", "reject", figure, "--db", db)
    after, modules = _imported("findings", "--format", "jsonl", "--db", db)
    assert "sitrep.ledger.findings" not in modules and after != listed


def test_what_the_ledger_reads_moves_the_store_on(ledger_db: str, tmp_path: Path):
    """Re-extraction, a new article and a correction each change the key the findings are
    kept under; listing changes nothing."""
    from sitrep.store import Store

    db = _copy(ledger_db, tmp_path)

    def generation() -> int:
        with Store(db) as store:
            return store.ledger_generation()

    seen = [generation()]
    run("findings", "--db", db)
    assert generation() == seen[-1]
    run("extract", "--all", "--db", db)
    seen.append(generation())
    (tmp_path / "new.txt").write_text((LEDGER / "may.txt").read_text() + "\nA new closing line.\n")
    run("ingest", str(tmp_path / "new.txt"), "--db", db, "--no-extract")
    seen.append(generation())
    figure = jsonl("figures", "--db", db)[0]["id"]
    run("correct", "reject", figure, "--db", db)
    seen.append(generation())
    assert seen == sorted(set(seen)), seen  # each step moved it on
