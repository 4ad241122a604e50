"""Evaluation commands: score sitrep against reference annotations."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

import click

from ..errors import GoldFileError
from . import F, _table, main
from .messages import say


@main.group(name="eval")
def eval_group() -> None:
    """Score sitrep against reference annotations."""


def _run_eval(gold: str, docs: str | None, as_json: bool,
              score: Callable[[], dict[str, Any]]) -> dict[str, Any] | None:
    """Score, or say why not; prints JSON itself when asked. None: nothing left to print."""
    if not os.path.exists(gold):
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
