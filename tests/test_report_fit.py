"""The report fits the story it is given: the map frames the places the articles treat as
places, labels do not overlap, the timeline holds only dated claims, findings show their
sentences. Texts written here (fictional officials, real places)."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from test_ledger import AUGUST, COPY, JANUARY, MAY

from sitrep.extract.runner import extract_pending
from sitrep.ingest.readers import ReadOptions
from sitrep.ingest.runner import ingest
from sitrep.report.build import ReportData, build_report, render_html
from sitrep.report.charts import timeline_rows
from sitrep.report.places import extent, place_labels
from sitrep.store import Store

FLOOD = """River Adige floods towns in northern Italy

Rescue teams reached flooded streets in Verona on Tuesday after two days of heavy rain, the
regional civil protection agency said. Most of the residents of the lower town had left.

Mayor Ann Taylor said 340 people spent the night in schools. "We need pumps," Taylor said.
In Taylor's view the dykes held.
Engineers from Trento joined the teams near Verona, and Italy asked for help from Austria.
"""


def _report(tmp_path: Path, captures: dict[str, tuple[str, str]]) -> ReportData:
    with Store(tmp_path / "r.db") as store:
        for name, (text, day) in captures.items():
            (tmp_path / name).write_text(text)
            ingest([str(tmp_path / name)], store,
                   ReadOptions(captured_at=datetime.fromisoformat(day)))
        extract_pending(store)
        return build_report(store)


@pytest.fixture(scope="module")
def flood(tmp_path_factory: pytest.TempPathFactory) -> ReportData:
    return _report(tmp_path_factory.mktemp("flood"), {"flood.txt": (FLOOD, "2026-10-02")})


def test_only_places_used_as_places_are_on_the_map(flood: ReportData):
    names = {p["name"] for p in flood.places}
    assert {"Italy", "Verona"} <= names
    # a person who shares a town's name (the gazetteer matched it) is no place, even after
    # "in" when the name is a possessive
    assert "Taylor" not in names


def test_the_map_is_fitted_to_the_places_not_to_a_fixed_region(flood: ReportData):
    spec = flood.map_spec()
    assert "center" not in spec["projection"] and "scale" not in spec["projection"]
    corners = spec["projection"]["fit"]["geometry"]["coordinates"]
    west, east = min(c[0] for c in corners), max(c[0] for c in corners)
    south, north = min(c[1] for c in corners), max(c[1] for c in corners)
    for place in flood.places:
        assert west < place["lon"] < east and south < place["lat"] < north
    assert east - west < 30  # Italy and Austria, not the world and not Belarus
    assert extent([]) == (-170.0, -55.0, 175.0, 75.0)  # nothing to frame: the world


def test_labels_do_not_overlap_and_the_largest_places_keep_theirs():
    # five places within a few kilometres, then one far away
    places = [{"name": f"Place {i}", "lat": 45.0 + i * 0.01, "lon": 11.0 + i * 0.01,
               "mentions": 10 - i} for i in range(5)]
    places.append({"name": "Far", "lat": 40.0, "lon": 20.0, "mentions": 1})
    box = extent(places)
    laid = place_labels(places, box, 760, 440)
    assert laid[0]["label"] is not None and laid[-1]["label"] is not None
    assert any(p["label"] is None for p in laid)  # not all five fit: some are left out
    shown = [p for p in laid if p["label"]]
    assert len(shown) >= 3


def test_the_timeline_holds_only_dated_claims(tmp_path: Path):
    # the same counts, undated pages: a capture time dates nothing, so no timeline at all
    undated = _report(tmp_path, {"a.txt": (FLOOD, "2026-10-02"),
                                 "b.txt": (FLOOD.replace("340", "410"), "2026-10-03")})
    assert undated.claims and all(c.date_basis == "undated" for c in undated.claims)
    assert timeline_rows(undated.claims) == []
    assert "No event and measure has two dated claims" in render_html(undated)


def test_findings_show_their_sentences_and_key_figures_fold_the_full_table(tmp_path: Path):
    data = _report(tmp_path, {"jan.txt": (JANUARY, "2026-01-15"),
                              "may.txt": (MAY, "2026-05-21"),
                              "aug.txt": (AUGUST, "2026-08-21"),
                              "aug-copy.txt": (COPY, "2026-08-21")})
    html = render_html(data)
    findings = re.findall(r'<div class="finding".*?</ul></div>', html, flags=re.S)
    assert len(findings) == len(data.findings) >= 2
    for block in findings:
        assert block.count('class="quote"') >= 2 and "<mark>" in block
    assert html.index('id="findings"') < html.index('id="figures"') < html.index("<details")
    assert f"All {len(data.claims)} claims" in html
    top = data.top_claims()
    assert top and top[0][0] == "Union Bastion-2026"
    assert html.index('id="timeline"') > html.index("</details>")


def test_the_report_shows_the_findings_the_store_keeps_as_the_listing_does(tmp_path: Path):
    """The report and ``sitrep findings`` read one kept set: same ids in the same order,
    and a second report reads what is kept instead of computing the ledger again."""
    import json

    from click.testing import CliRunner

    from sitrep.cli import main
    from sitrep.ledger.cache import rules_fingerprint

    data = _report(tmp_path, {"jan.txt": (JANUARY, "2026-01-15"),
                              "may.txt": (MAY, "2026-05-21"),
                              "aug.txt": (AUGUST, "2026-08-21")})
    listing = CliRunner().invoke(main, ["findings", "--format", "jsonl",
                                        "--db", str(tmp_path / "r.db")])
    assert listing.exit_code == 0, listing.output
    listed = [json.loads(line) for line in listing.output.splitlines()]
    assert [f.id for f in data.findings] == [f["id"] for f in listed] and listed
    assert all(len(f.claims) == len(r["claim_ids"]) >= 2
               for f, r in zip(data.findings, listed, strict=True))
    with Store(tmp_path / "r.db") as store:
        key = f"{store.ledger_generation()}/{rules_fingerprint()}"
        kept = store.cached_findings(key)
        assert kept == listed
        kept[0]["explanation"] = "Kept in the store, not computed again."
        assert store.keep_findings(key, kept)
        again = build_report(store)
    assert again.findings[0].explanation == "Kept in the store, not computed again."
    assert "Kept in the store, not computed again." in render_html(again)


DRILL = ("Flood drill in Verona\n\nAbout 340 soldiers took part in the Adige Shield-2026 "
         "exercise near Verona, the regional civil protection agency said. Mayor Ann Taylor "
         "said the dykes held.\n")


def test_a_timeline_panel_needs_claims_stated_on_two_days(tmp_path: Path):
    """Two figures stated on one day draw no line through time: that series stays in the
    table; a third figure two days later makes it a panel."""
    import json

    def pages(days: dict[str, tuple[str, str]]) -> list[str]:
        paths = []
        for name, (soldiers, day) in days.items():
            path = tmp_path / f"{name}.jsonl"
            path.write_text(json.dumps({"url": f"https://example.org/{name}",
                                        "text": DRILL.replace("340", soldiers),
                                        "published": day}) + "\n")
            paths.append(str(path))
        return paths

    with Store(tmp_path / "r.db") as store:
        ingest(pages({"a": ("340", "2026-10-02"), "b": ("410", "2026-10-02")}), store)
        extract_pending(store)
        one_day = build_report(store)
        ingest(pages({"c": ("520", "2026-10-04")}), store)
        extract_pending(store)
        two_days = build_report(store)
    assert len([c for c in one_day.claims if c.subject == "Adige Shield-2026"]) == 2
    assert timeline_rows(one_day.claims) == []
    rows = timeline_rows(two_days.claims)
    assert {(r["date"], r["low"]) for r in rows} == {
        ("2026-10-02", 340), ("2026-10-02", 410), ("2026-10-04", 520)}
