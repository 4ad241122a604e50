"""Quality gates on the reference seeds in ../shared (skipped when they are absent).

These check the cleaner against captures it was not written from; the floors are the
issue's acceptance criteria. Rules are never tuned to a single seed line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO, SHARED

from sitrep.cli import main
from sitrep.evaluate.boilerplate import score_boilerplate

GOLD = SHARED / "eval" / "seeds-gold.json"
SEEDS = SHARED / "seeds"
CORPUS_GOLD = REPO / "corpus" / "gold" / "lines.json"
needs_seeds = pytest.mark.skipif(not GOLD.is_file(), reason="../shared/eval not present")


@needs_seeds
def test_body_line_f1_on_each_seed_is_at_least_0_97():
    scores = score_boilerplate(GOLD)
    assert len(scores) == 2
    for score in scores:
        assert score.f1 >= 0.97, score


@pytest.mark.skipif(not CORPUS_GOLD.is_file(), reason="corpus gold not present")
def test_body_line_f1_on_the_sample_corpus():
    scores = score_boilerplate(CORPUS_GOLD, REPO / "corpus")
    assert len(scores) >= 18
    mean = sum(s.f1 for s in scores) / len(scores)
    assert mean >= 0.95, [s for s in scores if s.f1 < 0.95]
    assert min(s.f1 for s in scores) >= 0.8, [s for s in scores if s.f1 < 0.8]


@needs_seeds
def test_seed_dates_outlets_and_related_story(tmp_path: Path):
    db = str(tmp_path / "seeds.db")
    runner = CliRunner()
    forbes = SEEDS / "004_6282e624dd1eaa2a.txt"
    moscow = SEEDS / "000_55574ff5e826523a.txt"
    assert runner.invoke(main, ["ingest", str(forbes), "--captured-at", "2025-08-18",
                                "--db", db]).exit_code == 0
    assert runner.invoke(main, ["ingest", str(moscow), "--db", db]).exit_code == 0
    rows = [json.loads(x) for x in runner.invoke(
        main, ["articles", "--format", "jsonl", "--db", db]).output.splitlines()]
    by_outlet: dict[str, list[dict]] = {}
    for row in rows:
        by_outlet.setdefault(row["outlet"], []).append(row)
    (f,) = by_outlet["Forbes"]
    assert f["published"] == "2025-08-12"
    (m,) = by_outlet["The Moscow Times"]
    assert m["published"] is None
    cnn = by_outlet["CNN"]
    assert len(cnn) == 2
    assert all(c["related_to"] == f["id"] for c in cnn)
    assert sorted(c["duplicate_of"] is None for c in cnn) == [False, True]
    assert "Witkoff" not in f["text"] and "Dear readers" not in m["text"]


@needs_seeds
def test_claims_on_the_seeds_meet_the_issue_floors():
    from sitrep.evaluate.claims import score_claims

    s = score_claims(GOLD)
    assert s.precision >= 0.9 and s.recall >= 0.9, s.misses
    for n in (s.subject_ok, s.speaker_ok, s.stated_on_ok):
        assert s.share(n) >= 0.9, s.misses
    assert s.people_found == s.people_gold, s.misses
    assert s.variants_merged == s.variant_groups


CORPUS_FIGURES = REPO / "corpus" / "gold" / "figures.json"


@pytest.mark.skipif(not CORPUS_FIGURES.is_file(), reason="corpus gold not present")
def test_claims_on_the_sample_corpus_stay_above_pinned_floors():
    """A gate like trafilatura's eval_gate: the floors are today's scores, rounded down;
    raise them as extraction improves, never lower them to pass."""
    from sitrep.evaluate.claims import score_claims

    s = score_claims(CORPUS_FIGURES, REPO / "corpus")
    # The Polish and Russian pages are read since issue 11 (recall 0.75 -> 0.83): their
    # figures now count among the matched ones, and the Russian page names the exercise in
    # Russian («Союзный бастион-2026»), which is not the English gold name; the subject
    # share is therefore over a larger set (0.83 -> 0.81), not a loss on English pages.
    # 0.81, not 0.82: one corpus figure fewer since the English repeat rule (a value
    # stated twice for one family is one claim) met the other languages' pages (0.819)
    assert s.precision >= 0.88 and s.recall >= 0.81
    assert s.share(s.subject_ok) >= 0.81
    assert s.share(s.speaker_ok) >= 0.78
    assert s.share(s.stated_on_ok) >= 0.78


@needs_seeds
def test_every_expected_finding_surfaces_on_the_seeds():
    from sitrep.evaluate.findings import score_findings

    s = score_findings(GOLD)
    assert s.recall == 1.0, s.misses
    assert s.mixed_subjects == 0



@pytest.mark.skipif(not CORPUS_FIGURES.is_file(), reason="corpus gold not present")
def test_the_sample_corpus_surfaces_its_planted_findings():
    from sitrep.evaluate.findings import score_findings

    s = score_findings(CORPUS_FIGURES, REPO / "corpus")
    assert s.recall == 1.0, s.misses
    assert s.mixed_subjects == 0
