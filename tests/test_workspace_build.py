"""The workspace's ledger, computed from slim rows with one article text at a time and both
sets of claims in one pass (``web/workspace.py``), against the ledger computed the plain
way here: every figure and mention as the store's dict rows, every article text held at
once, the claims with and without rejected figures in two passes, sort orders with
``sorted``. On a real store of the sample corpus, with the analyst's corrections."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from sitrep.ledger import build_claims, find_findings, reports_from_store
from sitrep.ledger.entities import merge_entities
from sitrep.store import Store
from sitrep.web.figures import SORTS
from sitrep.web.workspace import Workspace, build_workspace

#: The figure fields the table takes from the store's row as they are.
_STORED = ("id", "article_id", "measure", "low", "high", "speaker", "org", "speaker_key",
           "stated_on", "published", "outlet", "text", "start", "end")


@pytest.fixture(scope="module")
def store_path(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus's store with two figures rejected (one the first of a claim cited
    more than once, so the claim without it takes its next figure's words) and two
    subjects merged."""
    copy = tmp_path_factory.mktemp("build") / "demo.db"
    with Store(demo_db) as src, Store(copy) as store:
        src._db.backup(store._db)
        every = build_claims(store.claims("figures"), store.mentions())
        cited = next(c for c in every if len(c.figure_ids) > 1)
        at = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)
        for fid in (cited.figure_ids[0], every[-1].figure_ids[0]):
            store.add_correction("reject_figure", fid, None, "tester", None, at)
        a, b = sorted({c.subject for c in every})[:2]
        store.add_correction("merge_subjects", a, b, "tester", None, at)
    return copy


def _fields(claim: Any) -> dict[str, Any]:
    return {f.name: getattr(claim, f.name) for f in dataclasses.fields(claim)}


def test_the_workspace_equals_the_ledger_of_full_rows(store_path: Path) -> None:
    with Store(store_path) as store:
        ws = build_workspace(store)
        rows = store.claims("figures")
        mentions = store.mentions()
        articles = list(store.articles())
        texts = {a.id: a.text for a in articles}
        languages = {a.id: a.language for a in articles if a.language}
        rejected = store.rejected_figures()
        every = build_claims(rows, mentions, frozenset(), texts, languages)
        kept = build_claims(rows, mentions, rejected, texts, languages)
        findings = find_findings(kept, reports_from_store(store))
        people = merge_entities(mentions, store.merges("merge_entities"))
        shown = store.article_languages()
    assert len(rejected) == 2 and len(every) > len(kept) > 10 and findings
    assert [_fields(c) for c in ws.claims] == [_fields(c) for c in kept]
    assert [f.as_record() for f in ws.findings] == [f.as_record() for f in findings]
    assert [e.as_record() for e in ws.entities] == [e.as_record() for e in people]
    claim_of = {fid: c for c in every for fid in c.figure_ids}
    assert {k: c.id for k, c in ws.claim_of_figure.items()} == {
        k: c.id for k, c in claim_of.items()}
    assert [line.id for line in ws.figures] == [r["id"] for r in rows]
    for line, row in zip(ws.figures, rows, strict=True):
        claim = claim_of.get(row["id"])
        assert all(line[k] == row[k] for k in _STORED), row["id"]
        assert line.rejected == (row["id"] in rejected)
        assert line.language == shown[row["article_id"]]
        assert line.subject == (claim.subject if claim else row["subject"])
        assert line.family == (claim.family if claim else row["family"])
        if claim:
            assert (line.source, line.source_type, line.value) == (
                claim.source.name, claim.source.type, claim.describe_value())
    _same_orders(ws)


def _same_orders(ws: Workspace) -> None:
    """Each sort order of the table is the one ``sorted`` gives, ties broken by id."""
    rows = ws.figures
    for name, key in SORTS.items():
        plain = sorted(range(len(rows)), key=lambda i, k=key: (k(rows[i]), rows[i].id))
        assert ws.table.orders[name].tolist() == plain, name
