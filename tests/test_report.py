"""The situation report: content, Markdown twin, and an offline render in headless Chromium."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from browser import needs_chromium, offline_page, open_report
from click.testing import CliRunner
from test_ledger import AUGUST, COPY, JANUARY, MAY

from sitrep.cli import main

CHROMIUM = "/usr/bin/chromium"
DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("report")
    db = str(tmp / "r.db")
    runner = CliRunner()
    for name, text, day in (("jan.txt", JANUARY, "2026-01-15"), ("may.txt", MAY, "2026-05-21"),
                            ("aug.txt", AUGUST, "2026-08-21"),
                            ("aug-copy.txt", COPY, "2026-08-21")):
        (tmp / name).write_text(text)
        result = runner.invoke(main, ["ingest", str(tmp / name), "--captured-at", day,
                                      "--db", db])
        assert result.exit_code == 0, result.output
    out = tmp / "out"
    result = runner.invoke(main, ["report", "--out", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["export", "places", "--out", str(tmp / "places.geojson"),
                                  "--db", db])
    assert result.exit_code == 0, result.output
    return tmp


def test_markdown_twin_holds_findings_figures_statements_and_evidence(report_dir: Path):
    md = (report_dir / "out" / "report.md").read_text()
    for kind in ("disagreement", "revision", "inconsistency", "internal inconsistency"):
        assert f"**{kind}**" in md
    assert "foreign government (LT)" in md and "official (BY)" in md
    assert "| 2 |" in md  # the copied story: one claim, two citations
    assert "## Who said what" in md and "Aliaksei Barysevich" in md
    evidence = re.findall(r"\]\(#ev-(f[0-9a-f]+)\)", md)
    assert evidence and all(f'<a id="ev-{e}"></a>' in md for e in evidence)


def test_html_needs_nothing_from_the_network(report_dir: Path):
    html = (report_dir / "out" / "report.html").read_text()
    # nothing is loaded from outside: no script, image or stylesheet address, no CSS url();
    # plain <a href> links to the sources may point anywhere, they load nothing
    assert not re.search(r"""\bsrc=["']?(?:https?:)?//""", html)
    assert not re.search(r"""<link[^>]+href=["']?(?:https?:)?//""", html)
    assert not re.search(r"""url\(["']?(?:https?:)?//""", html)
    assert "vegaEmbed" in html and '"topojson"' in html


def test_geojson_export_for_gis(report_dir: Path):
    data = json.loads((report_dir / "places.geojson").read_text())
    names = {f["properties"]["name"] for f in data["features"]}
    assert {"Belarus", "Lithuania"} <= names
    for feature in data["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


@needs_chromium
def test_report_renders_offline_in_headless_chromium(report_dir: Path):
    with offline_page(report_dir / "out", viewport={"width": 1100, "height": 900}) as visit:
        open_report(visit)
        page = visit.page
        assert page.evaluate("document.body.dataset.charts") == "ready"
        assert page.locator("#timeline-chart svg .mark-rule").count() >= 1
        assert page.locator("#map-chart svg path").count() > 50  # country shapes
        assert page.locator(".finding").count() == 4
        shot = report_dir / "report.png"
        page.locator("#timeline").scroll_into_view_if_needed()
        page.screenshot(path=str(shot))
        assert shot.stat().st_size > 10_000
        if os.environ.get("SITREP_UPDATE_DOCS"):
            DOCS.mkdir(exist_ok=True)
            shutil.copy(shot, DOCS / "report.png")
    assert visit.outside == [] and visit.dialogs == []


def test_corrections_are_recorded_and_survive_reingest_and_reextraction(tmp_path: Path):
    runner = CliRunner()
    db = str(tmp_path / "c.db")
    folder = tmp_path / "caps"
    folder.mkdir()
    for name, text in (("jan.txt", JANUARY), ("aug.txt", AUGUST)):
        (folder / name).write_text(text)
    assert runner.invoke(main, ["ingest", str(folder), "--captured-at", "2026-08-21",
                                "--db", db]).exit_code == 0

    def findings() -> list[dict]:
        out = runner.invoke(main, ["findings", "--format", "jsonl", "--db", db]).output
        return [json.loads(x) for x in out.splitlines()]

    assert any(f["kind"] == "disagreement" for f in findings())
    rows = [json.loads(x) for x in runner.invoke(
        main, ["figures", "--format", "jsonl", "--db", db]).output.splitlines()]
    lithuania = next(r for r in rows if r["low"] == 70000)
    result = runner.invoke(main, ["correct", "reject", lithuania["id"], "--who", "analyst-1",
                                  "--note", "estimate withdrawn", "--db", db])
    assert result.exit_code == 0, result.output
    assert not any(f["kind"] == "disagreement" for f in findings())

    # re-ingest and re-extract: the correction still holds
    assert runner.invoke(main, ["ingest", str(folder), "--db", db]).exit_code == 0
    assert runner.invoke(main, ["extract", "--all", "--db", db]).exit_code == 0
    assert not any(f["kind"] == "disagreement" for f in findings())

    assert runner.invoke(main, ["correct", "merge-subjects", "Union Bastion-2022",
                                "Union Bastion-2026", "--db", db]).exit_code == 0
    subjects = {json.loads(x)["subject"] for x in runner.invoke(
        main, ["figures", "--format", "jsonl", "--db", db]).output.splitlines()}
    assert "Union Bastion-2022" not in subjects
    log = [json.loads(x) for x in runner.invoke(
        main, ["correct", "list", "--format", "jsonl", "--db", db]).output.splitlines()]
    assert (log[0]["action"], log[0]["who"]) == ("reject_figure", "analyst-1")
    assert log[0]["note"] == "estimate withdrawn" and log[0]["at"]
    bad = runner.invoke(main, ["correct", "reject", "fnope", "--db", db])
    assert bad.exit_code == 1 and "no figure" in bad.output
