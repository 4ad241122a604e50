"""The ledger on captures written for this test: claims, source types and findings."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sitrep.extract.runner import extract_pending
from sitrep.ingest.readers import ReadOptions
from sitrep.ingest.runner import ingest
from sitrep.ledger import build_claims, find_findings
from sitrep.store import Store

LEDGER = Path(__file__).parent / "ledger_fixtures"
JANUARY = (LEDGER / "january.txt").read_text()
MAY = (LEDGER / "may.txt").read_text()
AUGUST = (LEDGER / "august.txt").read_text()
COPY = AUGUST.replace("Eastern Flank Review3 days ago", "Baltic Morning Post3 days ago")


def _claims(tmp_path: Path, captures: dict[str, tuple[str, str]]) -> list:
    """Write each capture (name -> (text, capture day)), ingest, extract; the claims."""
    with Store(tmp_path / "ledger.db") as store:
        for name, (text, day) in captures.items():
            (tmp_path / name).write_text(text)
            ingest([str(tmp_path / name)], store,
                   ReadOptions(captured_at=datetime.fromisoformat(day)))
        extract_pending(store)
        return build_claims(store.claims("figures"), store.mentions())


def test_findings_on_a_small_corpus(tmp_path: Path):
    claims = _claims(tmp_path, {
        "jan.txt": (JANUARY, "2026-01-15"), "may.txt": (MAY, "2026-05-21"),
        "aug.txt": (AUGUST, "2026-08-21"), "aug-copy.txt": (COPY, "2026-08-21")})
    findings = find_findings(claims)

    assert len(findings) == 4, [f.explanation for f in findings]  # copies add none
    by_kind = {f.kind: f for f in findings}
    assert set(by_kind) == {"disagreement", "revision", "inconsistency",
                            "internal_inconsistency"}, [f.explanation for f in findings]
    for f in findings:
        assert f.subject == "Union Bastion-2026"
        assert all(c.subject == f.subject for c in f.claims)

    # the copy of the August story is a second citation of the same claims, not a new one
    twelve = next(c for c in claims if c.low == 12000 and c.high == 12000)
    assert twelve.citations == 2 and twelve.outlets == {"Eastern Flank Review",
                                                        "Baltic Morning Post"}
    lithuania = next(c for c in claims if c.low == 70000)
    assert lithuania.source.type == "foreign government" and lithuania.source.country == "LT"
    assert twelve.source.type == "official" and twelve.source.country == "BY"

    disagreement = by_kind["disagreement"]
    assert {c.low for c in disagreement.claims} >= {12000, 70000}
    revision = by_kind["revision"]
    assert [c.change["factor"] if c.change else c.low for c in revision.claims] == [12000, 0.5]
    inconsistency = by_kind["inconsistency"]
    assert inconsistency.claims[1].low == 12000
    internal = by_kind["internal_inconsistency"]
    assert "5-day" in internal.explanation and "7 days" in internal.explanation

    # the 2022 figure is kept apart: no finding mentions it
    old = next(c for c in claims if c.low == 9000)
    assert old.subject == "Union Bastion-2022"
    assert not any(old in f.claims for f in findings)


def test_the_analyst_can_retype_sources(tmp_path: Path, monkeypatch):
    from sitrep.ledger.source_types import classify_source

    bundled = classify_source(None, None, "Eastern Approaches Institute", None)
    assert bundled.type == "independent"
    rules = tmp_path / "mine.json"
    rules.write_text('{"rules": [{"pattern": "Eastern Approaches", "type": "media"}]}')
    monkeypatch.setenv("SITREP_SOURCES", str(rules))
    assert classify_source(None, None, "Eastern Approaches Institute", None).type == "media"
    nato = classify_source("Helena Strand", "NATO spokesperson", None, None, ("BY", "RU"))
    assert nato.type == "foreign government"  # an intergovernmental body, not a party


def test_one_nationality_is_its_own_series(tmp_path: Path):
    """Russian and Belarusian contingents of one exercise are two series, not a revision."""
    texts = {"a.txt": ("Union Bastion-2022 in numbers\n\nOfficially, some 150,000 Russian troops "
                       "took part in Union Bastion-2022, the review found.\n", "2026-01-10"),
             "b.txt": ("Looking back at Union Bastion-2022\n\nOfficially, about 9,000 Belarusian "
                       "troops took part in Union Bastion-2022, the review found.\n",
                       "2026-05-10")}
    claims = _claims(tmp_path, texts)
    families = sorted(c.family for c in claims if c.subject == "Union Bastion-2022")
    assert families == ["participants (Belarusian)", "participants (Russian)"]
    assert not [f for f in find_findings(claims) if f.kind == "revision"]


def test_counts_of_unnamed_things_give_no_findings(tmp_path: Path):
    """Two sources counting "cities" in general news are not one series to compare: the
    outbreaks and the protests are two events, whatever they count."""
    texts = {"a.txt": ("Outbreaks spread\n\nThe World Health Organization said 12 cities had "
                       "reported outbreaks by Monday.\n", "2026-03-10"),
             "b.txt": ("Protests spread\n\nAmnesty International said more than 100 cities "
                       "had seen protests by Friday.\n", "2026-03-14")}
    claims = _claims(tmp_path, texts)
    subjects = {c.subject for c in claims}
    assert len(subjects) == 2 and any(s.startswith("outbreak") for s in subjects)
    assert find_findings(claims) == []
