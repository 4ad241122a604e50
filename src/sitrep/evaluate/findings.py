"""Score findings against ``expected_findings`` of a gold file: recall by kind.

An expected finding is recalled when a predicted finding of the same kind joins the
figures matched to every claim it names. "not the same event" is recalled when those
claims were given different subjects and no finding joins figures of two subjects.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..ledger import ledger_from_store
from ..ledger.story_subjects import ledger_subjects
from ..store import Store
from .boilerplate import load_gold
from .claims import run_gold


@dataclass
class FindingScores:
    expected: int = 0
    recalled: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [recalled, total]
    mixed_subjects: int = 0
    predicted: list[dict[str, Any]] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.recalled / self.expected if self.expected else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {"expected": self.expected, "recalled": self.recalled,
                "recall": round(self.recall, 4),
                "by_kind": {k: f"{v[0]}/{v[1]}" for k, v in sorted(self.by_kind.items())},
                "findings_mixing_subjects": self.mixed_subjects,
                "predicted": self.predicted, "misses": self.misses}


def _doc_prefix(claim: str) -> str:
    return claim.split(":", 1)[0]


def score_findings(gold_path: str | Path, docs_dir: str | Path | None = None
                   ) -> FindingScores:
    gold_path = Path(gold_path)
    gold = load_gold(gold_path)
    scores = FindingScores()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "eval.db") as store:
        run = run_gold(gold, gold_path, docs_dir, store)  # type: ignore[arg-type]
        # gold claim references use the file's leading number ("000:m5") or the doc id
        refs = {}
        for ref, row in run.matches.items():
            doc_key, fig = ref.split(":", 1)
            refs[f"{doc_key}:{fig}"] = row
        _, found = ledger_from_store(store)
        # the subject as the ledger names it (one instance named with and without its day
        # is one; a figure no event claims takes its story)
        subject_of = dict(zip((f["id"] for f in run.figures),
                              ledger_subjects(run.figures, store.mention_rows()), strict=True))
        for finding in found:
            scores.predicted.append(finding.as_record())
            if len({subject_of[i] for i in finding.figure_ids}) > 1:
                scores.mixed_subjects += 1
        for expected in gold.get("across_documents", {}).get("expected_findings", []):
            kind = expected["kind"].replace(" ", "_")
            tally = scores.by_kind.setdefault(kind, [0, 0])
            tally[1] += 1
            scores.expected += 1
            rows = [refs.get(c) for c in expected["claims"]]
            if any(r is None for r in rows):
                scores.misses.append(f"{kind} {expected['claims']}: a claim was not extracted")
                continue
            ids = {r["id"] for r in rows if r}
            if kind == "not_the_same_event":
                ok = len({r["subject"] for r in rows if r}) > 1 and scores.mixed_subjects == 0
            else:
                ok = any(f.kind == kind and ids <= set(f.figure_ids) for f in found)
            if ok:
                tally[0] += 1
                scores.recalled += 1
            else:
                scores.misses.append(f"{kind} {expected['claims']}: not surfaced")
    return scores
