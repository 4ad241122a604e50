"""``sitrep watch DIR...``: ingest captures as they land in folders."""

from __future__ import annotations

import click

from .app import _open, db_option, main, workers_option
from .messages import say


@main.command()
@click.argument("folders", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=False))
@click.option("--settle", default=2.0, show_default=True, type=click.FloatRange(0.1, 3600),
              help="Seconds a file must stay unchanged before it is read (a file still "
                   "being written is never read).")
@click.option("--outlet", help="The outlet that published the captures, when they don't say.")
@click.option("--extract/--no-extract", default=True, show_default=True,
              help="Extract figures, statements, events and entities after each ingest.")
@workers_option
@db_option()
def watch(folders: tuple[str, ...], settle: float, outlet: str | None, extract: bool,
          workers: str, db: str) -> None:
    """Ingest what FOLDERS hold, then each file that appears or changes, until Ctrl-C.

    Hidden files, partial downloads (.part, .crdownload, .tmp) and a store kept in the
    folder are passed over. Run `sitrep alerts` (or keep `sitrep serve` open) to see what
    the new captures changed.

    \b
    Examples:
      sitrep watch captures/ --db news.db
      sitrep watch inbox/ crawls/ --settle 5
    """
    from ..ingest.options import ReadOptions
    from ..ingest.runner import IngestSummary
    from ..ingest.watch import watch_folders
    from .core import _extract

    with _open(db, create=True) as store:
        def after(paths: list[str], summary: IngestSummary) -> None:
            for line in summary.refused:
                say(f"refused: {line}", err=True)
            extracted = _extract(store, workers=workers).done if extract else 0
            say(f"{summary.describe()}" + (f"; {extracted} articles extracted"
                                           if extract else ""))
            if summary.translations and summary.translations.linked:
                say(summary.translations.describe())

        say(f"watching {', '.join(folders)} (Ctrl-C to stop)")
        try:
            watch_folders(folders, store, ReadOptions(outlet=outlet), settle=settle,
                          after=after)
        except KeyboardInterrupt:
            say("stopped")
