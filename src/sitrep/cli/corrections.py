"""The analyst's corrections: reject or accept a figure, merge subjects or entities, list them."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING

import click

from .app import F, _open, _table, db_option, format_option, main, near
from .messages import printable, say

if TYPE_CHECKING:
    from ..store import Store


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
      sitrep correct undo x1391c29d28918862
    """


def _check(store: Store, action: str, target: str, value: str | None) -> None:
    """Refuse a correction of something the store does not hold: recorded, it would
    change nothing and look as if it had."""
    if action.endswith("_figure") and not store.figure_exists(target):
        raise click.ClickException(printable(f"no figure {target!r}; see sitrep figures"))
    if action in ("merge_subjects", "merge_entities"):
        subjects = action == "merge_subjects"
        known = store.known_subjects() if subjects else store.known_entity_keys()
        where = ("sitrep figures" if subjects
                 else "the key field of sitrep entities --format jsonl")
        for name in (target, value or ""):
            if name not in known:
                what = "subject" if subjects else "entity"
                raise click.ClickException(printable(
                    f"no {what} {name!r}{near(name, known)} (see {where})"))
        if not subjects and target.split(":", 1)[0] != (value or "").split(":", 1)[0]:
            raise click.ClickException(printable(
                f"{target!r} and {value!r} are entities of different kinds"))
        if target == value:
            raise click.ClickException(printable(f"{target!r} is merged with itself"))


def _record(action: str, target: str, value: str | None, who: str, note: str | None,
            db: str) -> None:
    from datetime import UTC, datetime

    with _open(db) as store:
        _check(store, action, target, value)
        cid = store.add_correction(action, target, value, who, note,
                                   datetime.now(UTC).replace(tzinfo=None))
        _refresh_findings(store)
    say(f"recorded {action} {target}{' -> ' + value if value else ''} ({cid})")


def _refresh_findings(store: Store) -> None:
    """Compute the findings with the correction applied now, so that listing them stays
    instant (see :mod:`sitrep.ledger.cache`)."""
    from ..ledger.cache import stored_findings

    stored_findings(store)


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


@correct.command("undo")
@click.argument("correction_id")
@correction_options
@db_option()
def correct_undo(correction_id: str, who: str, note: str | None, db: str) -> None:
    """Take back a correction (by the id correct list shows); the undo is recorded too.

    \b
    Example:
      sitrep correct undo x1391c29d28918862 --note "rejected the wrong figure"
    """
    from datetime import UTC, datetime

    with _open(db) as store:
        rows = {r["id"]: r for r in store.corrections()}
        if correction_id not in rows:
            raise click.ClickException(printable(
                f"no correction {correction_id!r}{near(correction_id, set(rows))} "
                f"(see sitrep correct list)"))
        if not rows[correction_id]["active"]:
            raise click.ClickException(printable(f"{correction_id} is already undone"))
        cid = store.add_correction("undo", correction_id, None, who, note,
                                   datetime.now(UTC).replace(tzinfo=None))
        _refresh_findings(store)
    done = rows[correction_id]
    say(f"undid {done['action']} {done['target']} ({correction_id}); recorded as {cid}")


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
    _table(("id", "at", "who", "action", "target", "value", "note"),
           [(r["id"], r["at"][:19], r["who"], r["action"] + ("" if r["active"] else " (undone)"),
             r["target"], r["value"] or "", r["note"] or "") for r in rows])
