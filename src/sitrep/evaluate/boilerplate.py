"""Score the text cleaner's line labels against reference annotations.

Precision, recall and F1 of lines predicted as ``body`` against the gold ``body`` lines, as
``shared/eval/README.md`` describes: a related story's line kept in the body is a false
positive, and the title is optional (neither rewarded nor punished).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..clean.text import clean_text_capture
from ..documents import Capture, Locator
from ..errors import GoldFileError
from ..ingest.readers import parse_timestamp


@dataclass(frozen=True, slots=True)
class LineScore:
    file: str
    precision: float
    recall: float
    f1: float
    false_positives: tuple[int, ...]
    false_negatives: tuple[int, ...]

    def as_dict(self) -> dict[str, object]:
        return {"file": self.file, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "false_positives": list(self.false_positives),
                "false_negatives": list(self.false_negatives)}


def load_gold(path: str | Path) -> dict[str, object]:
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldFileError(f"{path}: cannot read the gold file: {exc}") from exc
    if not isinstance(gold, dict) or not isinstance(gold.get("documents"), list):
        raise GoldFileError(f"{path}: expected an object with a 'documents' list")
    return gold


def resolve_document(gold_path: Path, name: str, docs_dir: Path | None) -> Path:
    """Find a gold document: in ``docs_dir``, beside the gold file, or in ``../seeds``."""
    here = gold_path.resolve().parent
    candidates = ([docs_dir / name] if docs_dir else []) + [
        here / name, here.parent / "seeds" / name, here.parent / name]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise GoldFileError(f"{gold_path}: document {name} not found (looked in "
                        + ", ".join(str(c.parent) for c in candidates) + ")")


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_boilerplate(gold_path: str | Path, docs_dir: str | Path | None = None
                      ) -> list[LineScore]:
    """Line P/R/F1 for every gold document that has line labels."""
    gold_path = Path(gold_path)
    gold = load_gold(gold_path)
    scores = []
    for doc in gold["documents"]:  # type: ignore[union-attr]
        lines = doc.get("lines")
        if not lines:
            continue
        path = resolve_document(gold_path, doc["file"], Path(docs_dir) if docs_dir else None)
        raw = path.read_text(encoding="utf-8")
        if doc.get("captured_at"):
            when, has_time = parse_timestamp(doc["captured_at"])
        else:
            when, has_time = datetime(2000, 1, 1), False
        capture = Capture("text", raw, "utf-8", Locator(str(path)), when, "explicit",
                          captured_at_has_time=has_time)
        predicted = {lb.line for lb in clean_text_capture(capture).labels if lb.label == "body"}
        wanted = set(lines.get("body", []))
        titles = set(lines.get("title", []))
        fp = predicted - wanted - titles
        fn = wanted - predicted
        p, r, f = _prf(len(predicted & wanted), len(fp), len(fn))
        scores.append(LineScore(doc["file"], p, r, f, tuple(sorted(fp)), tuple(sorted(fn))))
    return scores
