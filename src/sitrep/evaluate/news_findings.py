"""The findings part of the news scorer (:mod:`sitrep.evaluate.news`): which predicted
figures stand for each claim of an expected finding, and which expected findings sitrep
surfaces.

Why a module of its own: the gold names one page and one mention for a claim, while a
claim is one however many outlets repeat it and however often its page repeats it; the
index below reads the gold that way, apart from the figure scores.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from ..ledger import ledger_from_store
from ..ledger.families import families
from ..ledger.story_subjects import ledger_subjects
from .claims import _bounds_ok

if TYPE_CHECKING:
    from ..store import Store
    from .news import NewsScores, _Story


def same_count(figure: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Whether a figure counts what a gold figure counts, by the ledger's families ("4,000
    casualties" is "4,000 troops killed or wounded") or by the measure test."""
    pattern_of = families().patterns

    def family(measure: str | None) -> str | None:
        return next((n for n, p in pattern_of if p.search(measure or "")), None)
    from .news import measure_ok  # the figure scorer's test, defined with it

    ours = family(figure["measure"])
    return (ours is not None and ours == family(gold.get("measure"))) or measure_ok(
        figure["measure"] or figure["unit"], gold.get("measure"))


def claims_index(gold: dict[str, list[dict[str, Any]]], articles: dict[str, Any],
                 by_article: dict[str, list[dict[str, Any]]],
                 matched: list[tuple[str, dict[str, Any], dict[str, Any]]]
                 ) -> dict[tuple[Any, ...], list[str]]:
    """(page, low) -> the predicted figures of that gold figure, and ("claim", low,
    source) -> those of the same claim on any page."""
    index: dict[tuple[Any, ...], list[str]] = defaultdict(list)
    for file, g, hit in matched:
        index[(file, g.get("low"))].append(hit["id"])
        if g.get("org") or g.get("speaker"):  # the same claim as other pages carry it
            index[("claim", g.get("low"), g.get("org") or g.get("speaker"))].append(hit["id"])
    # the gold lists a figure repeated on its page (headline and body, or said twice) once:
    # every figure of the page with the gold's bounds that counts the same thing is it
    for file, golds in gold.items():
        article = articles.get(file)
        for g in golds if article else []:
            index[(file, g.get("low"))] += [
                f["id"] for f in by_article.get(article.id, [])
                if _bounds_ok(f, g) and same_count(f, g)]
    return index


def _claim_figures(claim: dict[str, Any], index: dict[tuple[Any, ...], list[str]]
                   ) -> set[str]:
    """The predicted figures of an expected claim: on its page, and on any other page that
    carries the same claim (same value and source, hedged or not): a claim is one however
    many outlets repeat it, and the annotation names one page for it."""
    ids = set(index.get((claim["file"], claim.get("low")), []))
    if claim.get("org") or claim.get("speaker"):
        ids |= set(index.get(("claim", claim.get("low"),
                              claim.get("org") or claim.get("speaker")), []))
    return ids


def _joined(keys: list[tuple[Any, ...]], claims: list[dict[str, Any]],
            claim_figures: list[set[str]], ids: set[str]) -> int:
    """How many of an expected finding's claims a found one joins: each distinct claim
    once, except that a claim the gold lists n times for one page counts up to n distinct
    figures of it (a headline's "180 killed" and a body's "180 injured")."""
    figures: dict[tuple[Any, ...], set[str]] = defaultdict(set)
    listed: dict[tuple[Any, ...], list[str]] = defaultdict(list)
    for key, claim, found in zip(keys, claims, claim_figures, strict=True):
        figures[key] |= ids & found
        listed[key].append(claim.get("file"))
    return sum(min(len(figures[k]), max(1, max(files.count(f) for f in files)))
               for k, files in listed.items() if figures[k])


def _score_findings(story: _Story, index: dict[tuple[Any, ...], list[str]],
                    store: Store, scores: NewsScores) -> None:
    _, found = ledger_from_store(store)
    scores.findings_predicted += len(found)
    rows = store.claims("figures")
    subject_of = dict(zip((r["id"] for r in rows),
                          ledger_subjects(rows, store.mention_rows()), strict=True))
    scores.findings_mixing_instances += sum(
        len({subject_of[i] for i in f.figure_ids}) > 1 for f in found)
    joined = [(f, set(f.figure_ids)) for f in found]
    right: set[str] = set()
    for expected in story.findings:
        scores.findings_expected += 1
        claim_figures = [_claim_figures(c, index) for c in expected.get("claims", [])]
        # two of its claims, as two claims: one claim carried by two pages counts once,
        # and one value listed twice for one page (one number given two meanings) is two
        # claims when the finding joins two figures of it
        keys = [(c.get("org") or c.get("speaker"), c.get("low"), c.get("high"))
                for c in expected.get("claims", [])]
        hit = next((f for f, ids in joined if f.kind == expected.get("kind")
                    and _joined(keys, expected.get("claims", []), claim_figures, ids) >= 2),
                   None)
        if hit is None:
            scores.misses.append(f"{story.name}: finding {expected.get('id')} "
                                 f"({expected.get('kind')}) not surfaced")
            continue
        scores.findings_recalled += 1
        right.add(hit.id)
    scores.findings_right += len(right)
    scores.unmatched_findings += [f"{story.name}: {f.kind}: {f.explanation}" for f in found
                                  if f.id not in right]


