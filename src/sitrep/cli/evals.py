"""Evaluation commands: score sitrep against reference annotations."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

import click

from ..errors import EvaluationError, GoldFileError
from .app import F, _table, main
from .messages import say


@main.group(name="eval")
def eval_group() -> None:
    """Score sitrep against reference annotations."""


def _run_eval(gold: str, docs: str | None, as_json: bool,
              score: Callable[[], dict[str, Any]]) -> dict[str, Any] | None:
    """Score, or say why not; prints JSON itself when asked. None: nothing left to print."""
    if not os.path.exists(gold):
        # skipping is for the default path when ../shared is absent; a path the user
        # named and mistyped is an error, or a typo would look like success
        if click.get_current_context().get_parameter_source("gold") \
                is not click.core.ParameterSource.DEFAULT:
            raise click.ClickException(f"{gold}: no such file")
        say(f"skipped: {gold} not found")
        return None
    try:
        scores = score()
    except GoldFileError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(scores, indent=2))
        return None
    return scores


def gold_options(f: F) -> F:
    """--gold, --docs and --json, shared by the eval commands."""
    f = click.option("--json", "as_json", is_flag=True, help="Print scores as JSON.")(f)
    f = click.option("--docs", type=click.Path(file_okay=False),
                     help="Folder of the annotated files (default: beside the gold file, "
                          "or ../seeds).")(f)
    return click.option("--gold", default="../shared/eval/seeds-gold.json", show_default=True,
                        help="Reference annotations (skipped cleanly when absent).")(f)


@eval_group.command("claims")
@gold_options
def eval_claims(gold: str, docs: str | None, as_json: bool) -> None:
    """Figure precision and recall; subject, speaker and stated_on accuracy; people found.

    Skips cleanly (exit 0) when the gold file is absent.

    \b
    Examples:
      sitrep eval claims --gold ../shared/eval/seeds-gold.json
      sitrep eval claims --gold corpus/gold/figures.json --docs corpus --json
    """
    from ..evaluate.claims import score_claims

    scores = _run_eval(gold, docs, as_json, lambda: score_claims(gold, docs).as_dict())
    if scores is None:
        return
    misses = scores.pop("misses")
    for key, value in scores.items():
        say(f"{key:<20} {value}")
    for miss in misses:
        say(f"  - {miss}")


@eval_group.command("findings")
@gold_options
def eval_findings(gold: str, docs: str | None, as_json: bool) -> None:
    """Recall of the expected findings (by kind), and whether any finding mixes subjects.

    Skips cleanly (exit 0) when the gold file is absent.

    \b
    Examples:
      sitrep eval findings --gold ../shared/eval/seeds-gold.json
      sitrep eval findings --gold corpus/gold/figures.json --docs corpus --json
    """
    from ..evaluate.findings import score_findings

    scores = _run_eval(gold, docs, as_json, lambda: score_findings(gold, docs).as_dict())
    if scores is None:
        return
    say(f"recall {scores['recall']} ({scores['recalled']}/{scores['expected']}); "
               f"findings mixing subjects: {scores['findings_mixing_subjects']}")
    for kind, tally in scores["by_kind"].items():
        say(f"  {kind:<24} {tally}")
    for miss in scores["misses"]:
        say(f"  - {miss}")


@eval_group.command("boilerplate")
@gold_options
def eval_boilerplate(gold: str, docs: str | None, as_json: bool) -> None:
    """Line precision, recall and F1 of the text cleaner's body lines, per document.

    Skips cleanly (exit 0) when the gold file is absent.

    \b
    Examples:
      sitrep eval boilerplate --gold ../shared/eval/seeds-gold.json
      sitrep eval boilerplate --gold corpus/gold/lines.json --json
    """
    from ..evaluate.boilerplate import score_boilerplate

    def score() -> dict[str, Any]:
        docs_scores = [x.as_dict() for x in score_boilerplate(gold, docs)]
        mean = sum(d["f1"] for d in docs_scores) / len(docs_scores) if docs_scores else None
        return {"documents": docs_scores, "mean_f1": mean}

    result = _run_eval(gold, docs, as_json, score)
    if result is None:
        return
    _table(("document", "precision", "recall", "f1", "false +", "false -"),
           [(d["file"], f"{d['precision']:.3f}", f"{d['recall']:.3f}", f"{d['f1']:.3f}",
             ",".join(map(str, d["false_positives"])) or "-",
             ",".join(map(str, d["false_negatives"])) or "-") for d in result["documents"]])
    if result["mean_f1"] is not None:
        say(f"mean F1 {result['mean_f1']:.3f} over {len(result['documents'])} documents")


NEWS_DEV = "../shared/data/news-dev"


@eval_group.command("news")
@click.option("--data", default=NEWS_DEV, show_default=True, type=click.Path(file_okay=False),
              help="Folder of story folders (pages/, gold.json, findings.json, "
                   "duplicates.json). Skipped cleanly only when the default is absent.")
@click.option("--story", "stories", multiple=True, help="Score only this story (repeatable).")
@click.option("--misses", "show_misses", is_flag=True,
              help="List every missed or extra figure and unmatched finding.")
@click.option("--json", "as_json", is_flag=True, help="Print scores as JSON.")
@click.pass_context
def eval_news(ctx: click.Context, data: str, stories: tuple[str, ...], show_misses: bool,
              as_json: bool) -> None:
    """Figures, findings and duplicates on real news, per story and per language.

    Each story is ingested as a user would feed it (one JSON Lines file per page) into a
    store of its own, extracted, and scored against its reference annotations.

    \b
    Examples:
      sitrep eval news
      sitrep eval news --data ../shared/data/news-dev --story crocus-attack --misses
      sitrep eval news --json > scores.json
    """
    from ..evaluate.news import describe_translations, score_news

    if not os.path.isdir(data):
        if ctx.get_parameter_source("data") is click.core.ParameterSource.DEFAULT:
            say(f"skipped: {data} not found")
            return
        raise click.ClickException(f"{data}: no such folder")
    try:
        scores = score_news(data, list(stories) or None).as_dict()
    except (GoldFileError, EvaluationError) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(scores, indent=2, ensure_ascii=False))
        return
    columns = ("slice", "gold", "pred", "recall", "precision", "speaker", "stated_on",
               "subject", "measure")
    rows = [("all", scores["figures"])]
    rows += [(f"story {k}", v) for k, v in scores["by_story"].items()]
    rows += [(f"lang {k}", v) for k, v in scores["by_language"].items()]
    keys = ("recall", "precision", "speaker_or_org", "stated_on", "subject", "measure")
    _table(columns, [(name, t["gold"], t["predicted"], *(
        "-" if t[k] is None else f"{t[k]:.2f}" for k in keys)) for name, t in rows])
    f, d = scores["findings"], scores["duplicates"]
    say(f"findings: {f['recalled']}/{f['expected']} expected surfaced; "
               f"{f['right']}/{f['predicted']} of sitrep's match an expected one")
    say(f"copies: {d['grouped']}/{d['copy_groups']} groups joined; look-alikes merged: "
               f"{d['lookalikes_merged']}/{d['lookalike_pairs']}")
    say(describe_translations(scores))
    if show_misses:
        for line in f["unmatched"]:
            say(f"  ? {line}")
        for miss in scores["misses"]:
            say(f"  - {miss}")
