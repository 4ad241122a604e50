"""The command line, run in-process with click's runner against real files and stores."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import FIXTURES, REPO

from sitrep.cli import main

REQUIRED_FIELDS = {"id", "outlet", "title", "published", "captured_at", "language", "text",
                   "source", "duplicate_of", "related_to"}


def run(*args: str, ok: bool = True):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def _commands(group=main, prefix=()):
    for name, cmd in group.commands.items():
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, (*prefix, name))
        else:
            yield (*prefix, name)


@pytest.mark.parametrize("command", list(_commands()), ids=" ".join)
def test_every_command_has_help_with_an_example_and_is_in_the_readme(command):
    out = run(*command, "--help").output
    assert "Example" in out, f"sitrep {' '.join(command)} --help shows no example"
    readme = (REPO / "README.md").read_text()
    assert f"sitrep {' '.join(command)}" in readme, "command missing from README.md"


def test_ingest_reports_refusals_and_goes_on(tmp_path: Path):
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "good.txt").write_text((FIXTURES / "appeal_page.txt").read_text())
    (bad / "feed.jsonl").write_text('{"text": "broken\n')
    db = str(tmp_path / "s.db")
    result = run("ingest", str(bad), "--db", db, "--captured-at", "2026-08-20", "--json",
                 ok=False)
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["captures"] == 1 and summary["refused"] == 2
    assert re.search(r"empty\.txt: E001 the file is empty", result.stderr)
    assert re.search(r"feed\.jsonl:1: E006 malformed JSON", result.stderr)


def test_articles_jsonl_has_the_fields_the_evaluation_reads(tmp_path: Path):
    db = str(tmp_path / "s.db")
    run("ingest", str(FIXTURES), "--db", db, "--captured-at", "2026-08-20")
    rows = [json.loads(line) for line in run("articles", "--format", "jsonl", "--db", db)
            .output.splitlines()]
    assert len(rows) == 4
    for row in rows:
        assert row.keys() >= REQUIRED_FIELDS
        assert row["published"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["published"])
    table = run("articles", "--db", db).output
    assert "Eastern Flank Review" in table and "dup rel" in table


def _ingest_aggregator_page(tmp_path: Path) -> tuple[str, str]:
    """(store, id of the main article) after ingesting the aggregator-page fixture."""
    db = str(tmp_path / "s.db")
    run("ingest", str(FIXTURES / "aggregator_page.txt"), "--db", db, "--captured-at",
        "2026-08-20")
    rows = [json.loads(x) for x in run("articles", "--format", "jsonl", "--db", db)
            .output.splitlines()]
    return db, next(r["id"] for r in rows if r["related_to"] is None)


def test_show_gives_text_metadata_and_what_was_removed(tmp_path: Path):
    db, main_id = _ingest_aggregator_page(tmp_path)
    out = run("show", main_id[:8], "--db", db).output
    assert "Minsk Says Bastion Drills Will Stay Near Baranovichi" in out
    assert "2026-08-16" in out and "4 days ago" in out
    assert "Removed from the capture:" in out
    assert re.search(r"line +1 +boilerplate +page furniture: 'logo'", out)
    assert "printed beside" in out
    data = json.loads(run("show", main_id, "--json", "--db", db).output)
    assert data["removed_lines"][0]["text"] == "logo"
    missing = run("show", "zzzz", "--db", db, ok=False)
    assert missing.exit_code == 1 and "no article" in missing.output


def test_eval_skips_only_the_default_gold_and_refuses_a_named_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    named = run("eval", "claims", "--gold", str(tmp_path / "absent.json"), ok=False)
    assert named.exit_code == 1 and "absent.json: no such file" in named.output
    monkeypatch.chdir(tmp_path)  # no ../shared from here: the default path is absent
    for command in ("boilerplate", "claims", "findings"):
        assert run("eval", command).output.startswith("skipped:")


def test_read_only_commands_refuse_a_store_that_does_not_exist(tmp_path: Path):
    typo = tmp_path / "typo.db"
    for args in (("articles",), ("figures",), ("findings",), ("report", "--out",
                                                               str(tmp_path / "rep"))):
        result = run(*args, "--db", str(typo), ok=False)
        assert result.exit_code == 1 and f"no store at {typo}" in result.output, args
    assert not typo.exists() and not (tmp_path / "rep").exists()


def test_the_store_may_be_named_before_the_command(tmp_path: Path):
    db = str(tmp_path / "s.db")
    run("--db", db, "ingest", str(FIXTURES / "aggregator_page.txt"), "--no-extract")
    listed = run("--db", db, "articles", "--format", "jsonl").output.splitlines()
    assert listed and listed == run("articles", "--format", "jsonl", "--db", db
                                    ).output.splitlines()
    # the command's own --db wins over the one before it
    other = tmp_path / "other.db"
    assert run("--db", db, "articles", "--db", str(other), ok=False).exit_code == 1


def test_bad_captured_at_is_a_usage_error(tmp_path: Path):
    result = run("ingest", str(FIXTURES), "--db", str(tmp_path / "s.db"), "--captured-at",
                 "last week", ok=False)
    assert result.exit_code == 2 and "--captured-at" in result.output


def test_show_marks_figures_and_statements_with_their_raw_lines(tmp_path: Path):
    db, main_id = _ingest_aggregator_page(tmp_path)
    out = run("show", main_id, "--db", db).output
    assert "⟦more than 12,000 personnel⟧F" in out
    # "He said ..." names no day: it goes on with what the colonel told reporters on Monday
    # (published 2026-08-16), so it takes that day
    assert re.search(r"F\d 12,000\.\. +personnel \| subject Union Bastion-2026 \| "
                     r"Andrei Talmach, stated 2026-08-10 \| raw line 6", out), out
    assert re.search(r"2026-09-08\.\.2026-09-14 +dates .* Andrei Talmach", out), out
    assert "Lithuania's defence ministry" in out
    data = json.loads(run("show", main_id, "--json", "--db", db).output)
    figure = next(f for f in data["figures"] if f["text"] == "more than 12,000 personnel")
    assert figure["raw_line"] == 6



def test_demo_ingests_the_corpus_and_writes_a_report_with_findings(tmp_path: Path):
    out = tmp_path / "report"
    result = run("demo", "--db", str(tmp_path / "demo.db"), "--out", str(out))
    assert "40 captures ingested" in result.output
    for kind in ("disagreement", "revision", "inconsistency", "internal_inconsistency"):
        assert f"  {kind}:" in result.output
    assert (out / "report.html").stat().st_size > 500_000  # the charts' code is inlined
    assert "Union Bastion-2026" in (out / "report.md").read_text()
