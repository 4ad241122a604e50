"""Score sitrep on real news excerpts with reference annotations (``news-dev`` layout).

Why a scorer of its own: the seeds and the sample corpus were written or chosen here, so
rules fitted to them look perfect there. The news-dev layout (one folder per story,
``pages/NNN.json``, ``gold.json``, ``findings.json``, ``duplicates.json``) holds real pages
in several languages; this module ingests each story as a user would (one JSON Lines file
per page, no capture time given), extracts, and scores:

* figures: recall and precision, and over the matched ones speaker/org, ``stated_on``,
  subject and measure, per story and per language;
* findings: the expected ones surfaced with the right kind and joining at least two of
  their claims, and how many of sitrep's findings match one;
* duplicates: same-language copies grouped, and look-alike pairs kept apart;
* translations: the pairs of each translation group linked across languages, and no
  look-alike pair linked (any other link is counted too: a cross-language rewrite).

A figure matches a gold one when it lies in the same page, overlaps the gold evidence and
has the same bounds. The subject is scored as a grouping, not a name: a gold event and a
predicted subject correspond when each is the other's most frequent partner, and a figure's
subject is right when its gold event and predicted subject correspond. The predicted subject
is the ledger's name for it: an article that dates "the earthquake" nowhere names it
undated, and the store's one dated instance of that type and place is the one it means.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from ..dedupe.translations import Encoder, load_encoder
from ..errors import EvaluationError, GoldFileError
from ..extract.figures import measure_family
from ..extract.runner import extract_pending
from ..ingest.readers import ReadOptions
from ..ingest.runner import ingest
from ..ingest.translations import link_translations
from ..knowledge.gazetteer import fold
from ..lang import language_data
from ..ledger.story_subjects import ledger_subjects
from ..store import Store
from .claims import _bounds_ok, _speaker_ok
from .news_findings import _score_findings, claims_index


@dataclass
class Tally:
    """Figure counts for one slice (all, a story or a language)."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker: int = 0
    stated_on: int = 0
    subject: int = 0
    measure: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, Any]:
        def share(n: int, d: int) -> float | None:
            return round(n / d, 4) if d else None
        return {"gold": self.gold, "predicted": self.predicted, "matched": self.matched,
                "recall": share(self.matched, self.gold),
                "precision": share(self.matched, self.predicted),
                "speaker_or_org": share(self.speaker, self.matched),
                "stated_on": share(self.stated_on, self.matched),
                "subject": share(self.subject, self.matched),
                "measure": share(self.measure, self.matched)}


@dataclass
class NewsScores:
    figures: Tally = field(default_factory=Tally)
    by_story: dict[str, Tally] = field(default_factory=dict)
    by_language: dict[str, Tally] = field(default_factory=dict)
    findings_expected: int = 0
    findings_recalled: int = 0
    findings_predicted: int = 0
    findings_right: int = 0
    findings_mixing_instances: int = 0
    copies: int = 0
    copies_grouped: int = 0
    lookalikes: int = 0
    lookalikes_merged: int = 0
    translation_pairs: int = 0
    translations_linked: int = 0
    lookalikes_linked: int = 0
    other_links: int = 0
    link_seconds: float = 0.0
    misses: list[str] = field(default_factory=list)
    unmatched_findings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "figures": self.figures.as_dict(),
            "by_story": {k: v.as_dict() for k, v in sorted(self.by_story.items())},
            "by_language": {k: v.as_dict() for k, v in sorted(self.by_language.items())},
            "findings": {"expected": self.findings_expected,
                         "recalled": self.findings_recalled,
                         "predicted": self.findings_predicted, "right": self.findings_right,
                         "mixing_instances": self.findings_mixing_instances,
                         "unmatched": self.unmatched_findings},
            "duplicates": {"copy_groups": self.copies, "grouped": self.copies_grouped,
                           "lookalike_pairs": self.lookalikes,
                           "lookalikes_merged": self.lookalikes_merged},
            "translations": {"pairs": self.translation_pairs,
                             "linked": self.translations_linked,
                             "lookalike_pairs": self.lookalikes,
                             "lookalikes_linked": self.lookalikes_linked,
                             "other_links": self.other_links,
                             "seconds": round(self.link_seconds, 2)},
            "misses": self.misses}


def _family(measure: str | None) -> str | None:
    words = set(re.findall(r"[a-z]+", fold(measure or "")))
    families = language_data("en").table("measure_families")
    if words & set(families["killed"]) and words & set(families["injured"]):
        return "casualties"  # "killed or wounded": the casualties, neither alone
    for name, members in families.items():
        if name != "_about" and words & set(members):
            return name
    return measure_family(measure)


def measure_ok(predicted: str | None, gold: str | None) -> bool:
    """The thing counted is right when both fall in one family, or share a content word."""
    if not predicted or not gold:
        return not predicted and not gold
    fp, fg = _family(predicted), _family(gold)
    if fp and fg and fp == fg:
        return True
    stem = lambda w: w[:-1] if w.endswith("s") else w  # noqa: E731
    words = {stem(w) for w in re.findall(r"[a-z]{3,}", fold(predicted))}
    return bool(words & {stem(w) for w in re.findall(r"[a-z]{3,}", fold(gold))})


def _who(row: dict[str, Any]) -> str | None:
    return " / ".join(str(row[k]) for k in ("speaker", "org") if row.get(k)) or None


def _load(path: Path, default: Any) -> Any:
    if not path.is_file():
        return default
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise GoldFileError(f"{path}: not valid JSON ({exc})") from exc


@dataclass
class _Story:
    name: str
    pages: dict[str, dict[str, Any]]  # file -> page
    gold: dict[str, list[dict[str, Any]]]  # file -> gold figures
    findings: list[dict[str, Any]]
    duplicates: dict[str, Any]


def load_stories(data: str | Path) -> list[_Story]:
    """Every story folder under ``data`` (a folder holding ``pages/``)."""
    root = Path(data)
    stories = []
    for folder in sorted(p for p in root.iterdir() if (p / "pages").is_dir()):
        pages = {p.name: _load(p, {}) for p in sorted((folder / "pages").glob("*.json"))}
        gold = {d["file"]: d.get("figures", []) for d in _load(folder / "gold.json", [])}
        stories.append(_Story(folder.name, pages, gold, _load(folder / "findings.json", []),
                              _load(folder / "duplicates.json", {})))
    if not stories:
        raise GoldFileError(f"{root}: no story folders with pages/ found")
    return stories


def _ingest_story(story: _Story, tmp: Path, store: Store) -> dict[str, Any]:
    """One JSON Lines file per page, as a user would feed them; page file -> main article."""
    paths = {}
    for file, page in story.pages.items():
        path = tmp / f"{story.name}-{Path(file).stem}.jsonl"
        record = {"url": page.get("url"), "text": page.get("text") or "",
                  "published": page.get("date")}
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        paths[str(path)] = file
    # translations are linked by _score_translations, timed, with the run's one encoder
    summary = ingest(list(paths), store, ReadOptions(), link=False)
    report = extract_pending(store)
    problems = [*summary.refused, *(f"{f.article_id}: {f.message}" for f in report.failures)]
    if problems:
        raise EvaluationError(f"story {story.name}: {len(problems)} page(s) could not be read, "
                              "so no score is given: " + "; ".join(problems))
    return {paths[a.source]: a for a in store.articles()
            if a.part == "main" and a.source in paths}


def _match(article: Any, figures: list[dict[str, Any]], gold: list[dict[str, Any]]
           ) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    used: set[str] = set()
    pairs = []
    for g in gold:
        at = article.text.find(g.get("evidence") or "\0") if article else -1
        span = (at, at + len(g["evidence"])) if at >= 0 else None
        hit = next((f for f in figures if span and f["id"] not in used
                    and f["start"] < span[1] and span[0] < f["end"] and _bounds_ok(f, g)),
                   None)
        if hit is not None:
            used.add(hit["id"])
        pairs.append((g, hit))
    return pairs


def _corresponding(pairs: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """(gold, predicted) subject pairs that are each other's most frequent partner; a gold
    subject with two partners equally frequent takes the one whose most frequent partner
    it is (a tie is not settled by the names' alphabetical order)."""
    counts = Counter(pairs)
    best_for_pred: dict[str, tuple[int, str]] = {}
    for (g, p), n in counts.items():
        best_for_pred[p] = max(best_for_pred.get(p, (0, "")), (n, g))
    best_for_gold: dict[str, tuple[int, bool, str]] = {}
    for (g, p), n in counts.items():
        best_for_gold[g] = max(best_for_gold.get(g, (0, False, "")),
                               (n, best_for_pred[p][1] == g, p))
    return {(g, p) for g, (_, _, p) in best_for_gold.items() if best_for_pred[p][1] == g}


def _score_figures(story: _Story, articles: dict[str, Any], figures: list[dict[str, Any]],
                   mentions: list[Any], scores: NewsScores) -> dict[tuple[Any, ...], list[str]]:
    """Figure scores of one story; returns (page, low) -> predicted figure ids, for findings."""
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in figures:
        by_article[f["article_id"]].append(f)
    matched: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    story_tally = scores.by_story.setdefault(story.name, Tally())
    for file, page in story.pages.items():
        article = articles.get(file)
        predicted = by_article.get(article.id, []) if article else []
        pairs = _match(article, predicted, story.gold.get(file, []))
        tally = Tally(gold=len(pairs), predicted=len(predicted),
                      matched=sum(h is not None for _, h in pairs))
        for g, hit in pairs:
            if hit is None:
                scores.misses.append(f"{story.name}/{file}: missed {g.get('evidence')!r}")
                continue
            matched.append((file, g, hit))
            checks = {"speaker": (_speaker_ok(hit, g), _who(hit), _who(g)),
                      "stated_on": (hit["stated_on"] == g.get("stated_on"), hit["stated_on"],
                                    g.get("stated_on")),
                      "measure": (measure_ok(hit["measure"] or hit["unit"], g.get("measure")),
                                  hit["measure"] or hit["unit"], g.get("measure"))}
            tally.speaker += checks["speaker"][0]
            tally.stated_on += checks["stated_on"][0]
            tally.measure += checks["measure"][0]
            scores.misses += [f"{story.name}/{file}: {g['evidence']!r}: wrong {what}: "
                              f"{got!r}, expected {want!r}"
                              for what, (ok, got, want) in checks.items() if not ok]
        hits = {h["id"] for _, h in pairs if h}
        scores.misses += [f"{story.name}/{file}: extra {f['text']!r}" for f in predicted
                          if f["id"] not in hits]
        for target in (story_tally, scores.by_language.setdefault(
                page.get("language") or "?", Tally())):
            target.add(tally)
    # the subject as the ledger names it: one incident named with and without its day,
    # a figure no event claims given its story
    ledger_named = dict(zip((f["id"] for f in figures), ledger_subjects(figures, mentions),
                            strict=True))
    def named(hit: dict[str, Any]) -> str:
        return ledger_named[hit["id"]] or ""

    corresponding = _corresponding([(g.get("subject") or "", named(h))
                                    for _, g, h in matched])
    for file, g, hit in matched:
        ok = (g.get("subject") or "", named(hit)) in corresponding
        story_tally.subject += ok
        scores.by_language[story.pages[file].get("language") or "?"].subject += ok
    return claims_index(story.gold, articles, by_article, matched)


def _score_duplicates(story: _Story, articles: dict[str, Any], scores: NewsScores) -> None:
    def root(file: str) -> str | None:
        a = articles.get(file)
        return (a.duplicate_of or a.id) if a else None

    for group in story.duplicates.get("same_language_copies", []):
        scores.copies += 1
        roots = {root(f) for f in group}
        scores.copies_grouped += len(roots) == 1 and None not in roots
    for a, b in story.duplicates.get("distinct_but_similar", []):
        scores.lookalikes += 1
        merged = root(a) is not None and root(a) == root(b)
        scores.lookalikes_merged += merged
        if merged:
            scores.misses.append(f"{story.name}: look-alikes {a} and {b} merged")


def _score_translations(story: _Story, articles: dict[str, Any], store: Store,
                        scores: NewsScores, encoder: Encoder | None) -> None:
    """Link the story's translations as a run after ingest does, then count the pairs of
    each translation group linked, the look-alike pairs linked, and any other link."""
    scores.link_seconds += link_translations(store, encoder=encoder).seconds
    file_of = {a.id: file for file, a in articles.items()}
    linked = {frozenset((file_of.get(x.a), file_of.get(x.b)))
              for x in store.translation_links()}
    expected = {frozenset(p) for group in story.duplicates.get("translations", [])
                for p in combinations(sorted(group), 2)}
    lookalikes = {frozenset(p) for p in story.duplicates.get("distinct_but_similar", [])}
    scores.translation_pairs += len(expected)
    scores.translations_linked += len(expected & linked)
    scores.lookalikes_linked += len(lookalikes & linked)
    scores.other_links += len(linked - expected - lookalikes)
    scores.misses += [f"{story.name}: translation {' and '.join(sorted(p))} not linked"
                      for p in expected - linked]
    scores.misses += [f"{story.name}: {' and '.join(sorted(map(str, p)))} linked as "
                      f"translations" for p in linked - expected]


def describe_translations(scores: dict[str, Any]) -> str:
    """The evaluation's line on translations, from :meth:`NewsScores.as_dict`."""
    t = scores["translations"]
    return (f"translations: {t['linked']}/{t['pairs']} pairs linked; look-alikes linked: "
            f"{t['lookalikes_linked']}/{t['lookalike_pairs']}; other links: "
            f"{t['other_links']} ({t['seconds']:.1f} s)")


def score_news(data: str | Path, stories: list[str] | None = None) -> NewsScores:
    """Ingest, extract and score every story under ``data`` (each in a store of its own)."""
    scores = NewsScores()
    encoder = load_encoder()
    for story in load_stories(data):
        if stories and story.name not in stories:
            continue
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "news.db") as store:
            articles = _ingest_story(story, Path(tmp), store)
            _score_translations(story, articles, store, scores, encoder)
            index = _score_figures(story, articles, store.claims("figures"),
                                   list(store.mention_rows()), scores)
            _score_findings(story, index, store, scores)
            _score_duplicates(story, articles, scores)
    for tally in scores.by_story.values():
        scores.figures.add(tally)
    return scores
