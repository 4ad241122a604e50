"""Score figures and people against reference annotations (``shared/eval/README.md``).

The gold documents are ingested into a fresh store (with the capture time the gold states),
extracted, and the figures of each document's main article are matched to the gold ones: a
match comes from the same document, overlaps the gold evidence, and has equal bounds (dates:
equal start and end). Over the matched ones, the share with the right subject, speaker or
organisation, and ``stated_on`` is reported.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..extract.runner import extract_pending
from ..ingest.readers import ReadOptions, load_manifest, parse_timestamp
from ..ingest.runner import ingest
from ..knowledge.gazetteer import fold
from ..knowledge.matching import same_org, same_person
from ..ledger.entities import entities
from ..store import Store
from .boilerplate import load_gold, resolve_document


@dataclass
class ClaimScores:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    subject_ok: int = 0
    speaker_ok: int = 0
    stated_on_ok: int = 0
    people_gold: int = 0
    people_found: int = 0
    variants_merged: int = 0
    variant_groups: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    def share(self, n: int) -> float:
        return n / self.matched if self.matched else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"figures_gold": self.gold, "figures_predicted": self.predicted,
                "figures_matched": self.matched, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4),
                "subject": round(self.share(self.subject_ok), 4),
                "speaker_or_org": round(self.share(self.speaker_ok), 4),
                "stated_on": round(self.share(self.stated_on_ok), 4),
                "people_recall": round(self.people_found / self.people_gold, 4)
                if self.people_gold else None,
                "variants_merged": f"{self.variants_merged}/{self.variant_groups}",
                "misses": self.misses}


def _words(text: str | None) -> set[str]:
    text = re.sub(r"\(.*?\)", lambda m: " " + m.group(0)[1:-1] + " ", fold(text or ""))
    return set(re.findall(r"[a-z0-9]+", text)) - {"the", "of", "a", "an"}


def same_subject(predicted: str | None, gold: str | None) -> bool:
    """Lenient: equal after folding, one inside the other, or every predicted word in gold
    (with at least two words and the same year)."""
    if not gold:
        return not predicted
    if not predicted:
        return False
    p, g = fold(predicted).replace("-", " "), fold(gold).replace("-", " ")
    g_main = re.sub(r"\s*\(.*\)", "", g)
    if p == g or p in g_main or g_main in p:
        return True
    pw, gw = _words(predicted), _words(gold)
    years_p = {w for w in pw if re.fullmatch(r"(19|20)\d\d", w)}
    years_g = {w for w in gw if re.fullmatch(r"(19|20)\d\d", w)}
    return len(pw) >= 2 and pw <= gw and years_p == years_g


def _surname(name: str) -> str:
    return fold(name).split()[-1]


def _speaker_ok(row: dict[str, Any], gold: dict[str, Any]) -> bool:
    """The predicted speaker or organisation names the gold one: the same person (name
    parts by their consonant skeletons: Zelensky / Zelenskiy), or the same body (aliases
    and acronyms, one country's government however worded: :mod:`sitrep.knowledge.matching`).
    When the gold names no one, neither may the prediction (the outlet's own voice)."""
    if not gold.get("speaker") and not gold.get("org"):
        return not (row["speaker"] or row["org"])
    attribution = fold(" ".join(x for x in (row["speaker"], row["role"], row["org"]) if x))
    if gold.get("speaker") and (same_person(row["speaker"], gold["speaker"])
                                or _surname(gold["speaker"]) in attribution):
        return True
    org = gold.get("org")
    return bool(org) and (fold(org) in attribution or same_org(row["org"], org)
                          or (not row["speaker"] and same_org(row["org"], gold.get("speaker"))))


def _bounds_ok(row: dict[str, Any], gold: dict[str, Any]) -> bool:
    if gold.get("start") or gold.get("end"):
        return row["start_date"] == gold.get("start") and row["end_date"] == gold.get("end")
    if gold.get("change"):
        return bool(row["change"]) and row["low"] is None and row["high"] is None
    if gold.get("qualifier") == "dozens" or (gold.get("note") or "").startswith("vague"):
        return row["low"] == gold.get("low") or bool(row["vague"])
    return row["low"] == gold.get("low") and row["high"] == gold.get("high")


def _gold_span(text: str, evidence: str) -> tuple[int, int] | None:
    at = text.find(evidence)
    return (at, at + len(evidence)) if at >= 0 else None


@dataclass
class GoldRun:
    """The gold documents ingested and extracted into a store, with figures matched."""

    store: Store
    docs: list[tuple[str, dict[str, Any]]]
    articles: dict[str, Any]  # gold document id or file -> its main article
    figures: list[dict[str, Any]]
    matches: dict[str, dict[str, Any]]  # "000:m5" -> the predicted figure row


def _doc_key(doc: dict[str, Any]) -> str:
    return doc.get("id") or doc["file"].split("_")[0]


def run_gold(gold: dict[str, Any], gold_path: Path, docs_dir: str | Path | None,
             store: Store) -> GoldRun:
    """Ingest and extract every gold document; match gold figures to predicted ones."""
    manifest_entries: dict = {}
    if docs_dir and (Path(docs_dir) / "manifest.jsonl").is_file():
        manifest_entries, _ = load_manifest(Path(docs_dir) / "manifest.jsonl")
    docs: list[tuple[str, dict[str, Any]]] = []
    for doc in gold["documents"]:
        path = resolve_document(gold_path, doc["file"], Path(docs_dir) if docs_dir else None)
        options = ReadOptions(manifest=manifest_entries)
        if doc.get("captured_at") and not manifest_entries:
            when, has_time = parse_timestamp(doc["captured_at"])
            options = ReadOptions(captured_at=when, captured_at_has_time=has_time)
        ingest([str(path)], store, options)
        docs.append((str(path), doc))
    extract_pending(store)
    by_source: dict[str, list[Any]] = {}
    for a in store.articles():
        if a.part == "main":
            by_source.setdefault(a.source, []).append(a)
    figures = store.claims("figures")
    articles: dict[str, Any] = {}
    matches: dict[str, dict[str, Any]] = {}
    for path, doc in docs:
        # a JSON Lines or WARC file holds several articles: take the one with the evidence
        evidence = [g["evidence"] for g in doc.get("figures", [])]
        article = max(by_source.get(path, []), default=None,
                      key=lambda a: sum(e in a.text for e in evidence)
                      + (doc.get("title") == a.title) * 10)
        if article is None:
            continue
        articles[_doc_key(doc)] = article
        predicted = [f for f in figures if f["article_id"] == article.id]
        used: set[str] = set()
        for g in doc.get("figures", []):
            span = _gold_span(article.text, g["evidence"])
            hit = next((f for f in predicted if span and f["id"] not in used
                        and f["start"] < span[1] and span[0] < f["end"]
                        and _bounds_ok(f, g)), None)
            if hit is not None:
                used.add(hit["id"])
                matches[f"{_doc_key(doc)}:{g['id']}"] = hit
    return GoldRun(store, docs, articles, figures, matches)


def score_claims(gold_path: str | Path, docs_dir: str | Path | None = None) -> ClaimScores:
    gold_path = Path(gold_path)
    gold = load_gold(gold_path)
    scores = ClaimScores()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "eval.db") as store:
        run = run_gold(gold, gold_path, docs_dir, store)  # type: ignore[arg-type]
        people = entities(store, "person")
        for _path, doc in run.docs:
            key = _doc_key(doc)
            article = run.articles.get(key)
            if article is None:
                scores.misses.append(f"{doc['file']}: no article")
                continue
            predicted = [f for f in run.figures if f["article_id"] == article.id]
            scores.predicted += len(predicted)
            used = set()
            for g in doc.get("figures", []):
                scores.gold += 1
                hit = run.matches.get(f"{key}:{g['id']}")
                if hit is None:
                    scores.misses.append(f"{doc['file']} {g['id']}: {g['evidence']!r} not found")
                    continue
                used.add(hit["id"])
                scores.matched += 1
                got_speaker = " / ".join(str(hit[k]) for k in ("speaker", "org") if hit[k])
                want_speaker = " / ".join(str(g[k]) for k in ("speaker", "org") if g.get(k))
                checks = ((same_subject(hit["subject"], g.get("subject")), "subject",
                           hit["subject"], g.get("subject")),
                          (_speaker_ok(hit, g), "speaker", got_speaker or None,
                           want_speaker or None),
                          (hit["stated_on"] == g.get("stated_on"), "stated_on",
                           hit["stated_on"], g.get("stated_on")))
                scores.subject_ok += checks[0][0]
                scores.speaker_ok += checks[1][0]
                scores.stated_on_ok += checks[2][0]
                scores.misses += [f"{doc['file']} {g['id']}: wrong {what}: {got!r}, "
                                  f"expected {want!r}" for ok, what, got, want in checks if not ok]
            scores.misses += [f"{doc['file']}: extra figure {f['text']!r}"
                              for f in predicted if f["id"] not in used]
            in_doc = [p for p in people if article.id in p.article_ids]
            for name in doc.get("people", []):
                scores.people_gold += 1
                if any(fold(name) in {fold(v) for v in (p.name, *p.variants)} for p in in_doc):
                    scores.people_found += 1
                else:
                    scores.misses.append(f"{doc['file']}: person {name!r} not found")
        for group in gold.get("across_documents", {}).get("same_person", []):
            scores.variant_groups += 1
            holders = {p.id for p in people for v in group
                       if fold(v) in {fold(x) for x in (p.name, *p.variants)}}
            scores.variants_merged += len(holders) == 1
    return scores
