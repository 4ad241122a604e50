"""``sitrep alerts``: the findings that are new, changed or gone since the last run."""

from __future__ import annotations

import json

import click

from .app import _open, db_option, format_option, main
from .messages import say


@main.command()
@click.option("--webhook", metavar="URL",
              help="Also POST the alerts as JSON to this http(s) address.")
@click.option("--peek", is_flag=True,
              help="Show the alerts without recording them: the next run shows them again.")
@format_option
@db_option()
def alerts(webhook: str | None, peek: bool, fmt: str, db: str) -> None:
    """Findings that are new, changed or gone since the last time this ran.

    Run it after each ingest: "the figure was revised from 40 to 62" comes out once. The
    workspace (sitrep serve) shows the same alerts.

    \b
    Examples:
      sitrep alerts
      sitrep alerts --format jsonl >> alerts.jsonl
      sitrep alerts --webhook https://chat.example/hooks/sitrep
    """
    from ..errors import UsageError
    from ..ledger.alerts import check_alerts
    from ..report.webhook import post_alerts

    with _open(db) as store:
        run = check_alerts(store)
        found = list(run.alerts)
        if webhook and found:
            try:
                post_alerts(webhook, found)
            except UsageError as exc:  # undelivered: the next run reports them again
                raise click.ClickException(f"{exc}; nothing recorded") from exc
        if not peek:
            run.record(store)
    if fmt == "jsonl":
        for alert in found:
            click.echo(json.dumps(alert, ensure_ascii=False))
        return
    if not found:
        say("no new or changed findings since the last run")
    for alert in found:
        say(f"{alert['at']}  {alert['message']}")
