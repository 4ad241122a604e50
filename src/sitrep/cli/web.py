"""The analyst's workspace on the command line: ``sitrep serve`` and ``sitrep search``.

Both are thin: the page is :func:`sitrep.web.create_app`, the search is
:meth:`sitrep.store.Store.search_articles`, the one the page's search box uses.
"""

from __future__ import annotations

import json

import click

from .app import _open, _table, db_option, format_option, main
from .messages import say


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default keeps the workspace on this machine.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")
@db_option()
def serve(host: str, port: int, db: str) -> None:
    """Open the analyst's workspace: a local web page on the store.

    Findings with their evidence, the figures table with filters, articles with every
    figure and statement marked, entities, full-text search, and corrections (reject a
    figure, merge events or entities), recorded as `sitrep correct` records them. It
    reads while an ingest writes to the same store.

    \b
    Examples:
      sitrep serve --db news.db            then open http://127.0.0.1:8000/
      sitrep serve --port 8123
    """
    import uvicorn

    from ..web import create_app

    _open(db).close()  # refuses a missing store with the usual message
    if host not in ("127.0.0.1", "localhost", "::1"):
        say(f"warning: serving on {host}: other machines may reach the workspace", err=True)
    # a page waits a second for the first ledger, then says it is being computed
    app = create_app(db, host=host, wait=1.0)
    say(f"sitrep workspace on http://{host}:{port}/ (Ctrl-C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.command()
@click.argument("query", nargs=-1, required=True)
@click.option("--outlet", help="Only articles of an outlet whose name contains this text.")
@click.option("--language", help="Only articles in this language (e.g. en).")
@click.option("--since", help="Only articles published (else captured) on or after this "
              "ISO date.")
@click.option("--until", help="Only articles published (else captured) on or before this "
              "ISO date.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000),
              help="How many articles to show.")
@format_option
@db_option()
def search(query: tuple[str, ...], outlet: str | None, language: str | None,
           since: str | None, until: str | None, limit: int, fmt: str, db: str) -> None:
    """Articles holding every word of QUERY, best first, with a snippet (SQLite FTS5).

    A word ending in * matches as a prefix (bastion* finds Bastion-2026).

    \b
    Examples:
      sitrep search troops Zapad-2025
      sitrep search "drills" --outlet Herald --since 2025-09-01 --format jsonl
    """
    from ..errors import UsageError
    from ..store import HIT_CLOSE, HIT_OPEN, SearchFilters

    with _open(db) as store:
        try:
            page = store.search_articles(" ".join(query),
                                         SearchFilters(outlet, language, since, until),
                                         limit=limit)
        except UsageError as exc:
            raise click.ClickException(str(exc)) from exc
    if fmt == "jsonl":
        for hit in page.hits:
            snippet = hit["snippet"].replace(HIT_OPEN, "").replace(HIT_CLOSE, "")
            click.echo(json.dumps({**hit, "snippet": snippet,
                                   "hits": _hit_words(hit["snippet"])}, ensure_ascii=False))
        return
    say(f"{'more than ' if page.more else ''}{page.total} articles hold every word")
    _table(("id", "published", "outlet", "snippet"),
           [(h["id"], h["published"] or h["captured_at"][:10], (h["outlet"] or "-")[:22],
             " ".join(h["snippet"].replace(HIT_OPEN, "[").replace(HIT_CLOSE, "]")
                      .split())[:90]) for h in page.hits])


def _hit_words(snippet: str) -> list[str]:
    """The matched words of a snippet, as the store marked them."""
    from ..store import HIT_CLOSE, HIT_OPEN

    return [part.split(HIT_CLOSE, 1)[0] for part in snippet.split(HIT_OPEN)[1:]]

