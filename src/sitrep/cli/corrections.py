"""The analyst's corrections: reject or accept a figure, merge subjects or entities, list them."""

from __future__ import annotations

import json
import os

import click

from .app import F, _open, _table, db_option, format_option, main
from .messages import say


def correction_options(f: F) -> F:
    f = click.option("--note", help="Why: kept with the correction.")(f)
    return click.option("--who", default=lambda: os.environ.get("USER", "analyst"),
                        show_default="$USER", help="Who makes the correction.")(f)


@main.group()
def correct() -> None:
    """Record an analyst's corrections; they are kept through re-ingests and re-extraction.

    \b
    Examples:
      sitrep correct reject f1a2b3 --note "figure belongs to another exercise"
      sitrep correct merge-subjects "Zapad 2025" Zapad-2025
      sitrep correct list
    """


def _record(action: str, target: str, value: str | None, who: str, note: str | None,
            db: str) -> None:
    from datetime import UTC, datetime

    with _open(db) as store:
        if action.endswith("_figure") and not store.figure_exists(target):
            raise click.ClickException(f"no figure {target!r}; see sitrep figures")
        cid = store.add_correction(action, target, value, who, note,
                                   datetime.now(UTC).replace(tzinfo=None))
    say(f"recorded {action} {target}{' -> ' + value if value else ''} ({cid})")


@correct.command("reject")
@click.argument("figure_id")
@correction_options
@db_option()
def correct_reject(figure_id: str, who: str, note: str | None, db: str) -> None:
    """Reject a figure: it leaves claims, findings and reports.

    \b
    Example:
      sitrep correct reject f1a2b3c4d5e6f7a8b --note "misread number"
    """
    _record("reject_figure", figure_id, None, who, note, db)


@correct.command("accept")
@click.argument("figure_id")
@correction_options
@db_option()
def correct_accept(figure_id: str, who: str, note: str | None, db: str) -> None:
    """Accept a figure (undoes an earlier rejection).

    \b
    Example:
      sitrep correct accept f1a2b3c4d5e6f7a8b
    """
    _record("accept_figure", figure_id, None, who, note, db)


@correct.command("merge-subjects")
@click.argument("old")
@click.argument("kept")
@correction_options
@db_option()
def correct_merge_subjects(old: str, kept: str, who: str, note: str | None, db: str) -> None:
    """Treat subject OLD as KEPT (one event instance under two names).

    \b
    Example:
      sitrep correct merge-subjects "West-2025" Zapad-2025
    """
    _record("merge_subjects", old, kept, who, note, db)


@correct.command("merge-entities")
@click.argument("old")
@click.argument("kept")
@correction_options
@db_option()
def correct_merge_entities(old: str, kept: str, who: str, note: str | None, db: str) -> None:
    """Treat entity OLD as KEPT; both are given as KIND:KEY (see entities --format jsonl).

    \b
    Example:
      sitrep correct merge-entities person:krpnk/ld person:krpnk/vl
    """
    _record("merge_entities", old, kept, who, note, db)


@correct.command("list")
@format_option
@db_option()
def correct_list(fmt: str, db: str) -> None:
    """Every correction recorded, oldest first: who, when, what.

    \b
    Example:
      sitrep correct list --format jsonl
    """
    with _open(db) as store:
        rows = store.corrections()
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    _table(("at", "who", "action", "target", "value", "note"),
           [(r["at"], r["who"], r["action"], r["target"], r["value"] or "",
             r["note"] or "") for r in rows])
