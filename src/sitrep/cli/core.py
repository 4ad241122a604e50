"""The commands of the first stages: ingest, extract, and reading articles back (articles,
show), plus the demo that runs them all on the bundled corpus.

Each command is a thin wrapper over a library function; the heavy imports (spaCy,
trafilatura, datasketch) happen inside the commands that need them, so ``sitrep --help``
stays fast.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import UsageError
from ..store import Store
from .app import (
    _open,
    _table,
    db_option,
    format_option,
    main,
    workers_option,
    workers_option_with,
)
from .cluster import cluster_options, extract_on_cluster, ingest_on_cluster
from .messages import printable, say

if TYPE_CHECKING:
    from ..extract.runner import ExtractionReport
    from ..ingest.readers import ReadOptions
    from ..ingest.runner import IngestSummary


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--captured-at", help="When the captures were taken (ISO date or date-time); "
              "overrides WARC dates and file times.")
@click.option("--outlet", help="The outlet that published the captures, when they don't say.")
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False),
              help="JSON Lines of {path, captured_at, outlet, url} for files that carry none.")
@click.option("--max-doc-size", type=click.IntRange(1), default=64, show_default=True,
              help="Refuse single-page files larger than this many MiB.")
@click.option("--follow-symlinks", is_flag=True,
              help="In folders, also read symbolic links that point outside the folder "
                   "(refused by default, E014).")
@click.option("--batch-size", type=click.IntRange(1), default=200, show_default=True,
              help="Captures per transaction; a crash loses at most the batch under way.")
@click.option("--extract/--no-extract", default=True, show_default=True,
              help="Extract figures, statements, events and entities after ingesting.")
@workers_option_with("Processes that clean and fingerprint the captures, and extract them: "
                "auto uses one per core from 1,000 items on, N uses N, 0 one per core.")
@cluster_options
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("-v", "--verbose", is_flag=True,
              help="Name each input skipped (WARC requests, 404s, images) on stderr; "
                   "without it, one line counts them by reason.")
@db_option()
def ingest(paths: tuple[str, ...], captured_at: str | None, outlet: str | None,
           manifest: str | None, max_doc_size: int, follow_symlinks: bool, batch_size: int,
           extract: bool, workers: str, cluster: str | None, work: str | None,
           as_json: bool, verbose: bool, db: str) -> None:
    """Ingest captures: .txt, .html/.htm (also gzipped), .jsonl, .warc/.warc.gz, folders, -.

    Re-ingesting is a no-op. Each bad file, line or record is reported on stderr with the
    reason, the rest goes on, and the exit code is 1 when anything was refused.

    \b
    Examples:
      sitrep ingest captures/
      sitrep ingest page.txt --captured-at 2025-08-18 --outlet Forbes
      sitrep ingest crawl.warc.gz feed.jsonl
      sitrep ingest big-crawl.jsonl --workers 2
      cat page.html | sitrep ingest -
      sitrep ingest feeds/ --cluster local:2
      sitrep ingest /shared/feeds --cluster tcp://scheduler:8786 --work /shared/parts
    """
    from ..lang import describe_not_read

    if not any(p == "-" or os.path.lexists(p) for p in paths):
        # nothing to read: no store is made for it (one missing path among others is
        # refused as E011 and the rest goes on)
        raise click.BadParameter(printable(
            f"no such file or folder: {', '.join(paths)}"), param_hint="PATHS")
    options = _read_options(captured_at, outlet, manifest, max_doc_size, follow_symlinks)
    with _open(db, create=True) as store:
        if cluster:
            summary = ingest_on_cluster(paths, store, options, cluster, work)
            for message in summary.refused:
                say(f"refused: {message}", err=True)
            report = extract_on_cluster(store, cluster, work, False, None) if extract else None
        else:  # ingest links the new articles' translations once its batches are in
            summary = _ingest_with_progress(paths, store, options, batch_size, verbose,
                                            workers)
            report = _extract(store, workers=workers) if extract else None
        links = summary.translations
        unread = _not_read(store)
    extracted = report.done if report else 0
    if as_json:
        click.echo(json.dumps({**summary.as_dict(), "extracted": extracted,
                               "translations_linked": links.linked if links else 0,
                               "extraction_failures": _failures(report),
                               "not_read": unread}, indent=2))
    else:
        say(summary.describe() + (f"; {extracted} articles extracted" if extract else ""))
        if links and links.linked:
            say(links.describe())
        if unread:
            say(str(describe_not_read(unread)))
    if not summary.ok or (report and not report.ok):
        sys.exit(1)


def _read_options(captured_at: str | None, outlet: str | None, manifest: str | None,
                  max_doc_size: int, follow_symlinks: bool) -> ReadOptions:
    """The readers' options from the command line's, with a clear error for a bad time."""
    from ..ingest.readers import ReadOptions, load_manifest, parse_timestamp

    when, has_time = None, True
    if captured_at:
        try:
            when, has_time = parse_timestamp(captured_at)
        except ValueError as exc:
            raise click.BadParameter(f"{captured_at!r}: {exc}",
                                     param_hint="--captured-at") from exc
    entries: dict = {}
    if manifest:
        entries, problems = load_manifest(manifest)
        for problem in problems:
            say(f"refused: {problem.message}", err=True)
    options = ReadOptions(captured_at=when, captured_at_has_time=has_time, outlet=outlet,
                          manifest=entries, manifest_path=manifest,
                          max_document_bytes=max_doc_size * 1024 * 1024,
                          follow_symlinks=follow_symlinks)
    return options


def _ingest_with_progress(paths: tuple[str, ...], store: Store, options: ReadOptions,
                          batch_size: int, verbose: bool, workers: str) -> IngestSummary:
    """Run ingest under a progress bar that names its stage; every skipped input gets a
    line with ``verbose``, else one line counts them by reason. ``workers`` processes
    clean the captures (the bar counts them as read; a batch is stored while the workers
    clean the next)."""
    from ..ingest.options import Skipped, describe_skips
    from ..ingest.runner import ingest as run_ingest
    from .progress import progress_callback

    bar = progress_callback(stage="reading", unit="capture")
    skips: list[Skipped] = []

    def seen(item: object) -> None:
        bar.tick(item)
        if isinstance(item, Skipped):
            skips.append(item)
            if verbose:
                bar.note(f"skipped: {item.locator.describe()}: {item.why}")

    try:
        summary = run_ingest(paths, store, options, batch_size=batch_size, on_item=seen,
                             on_refusal=lambda r: bar.note(f"refused: {r.message}"),
                             on_stage=bar.stage, workers=workers)
    except UsageError as exc:
        raise click.BadParameter(str(exc), param_hint="--workers") from exc
    finally:
        bar.close()
    if skips and not verbose:
        say(describe_skips(skips) + " (--verbose names each)", err=True)
    return summary


def _extract(store: Store, redo: bool = False, workers: str = "auto",
             max_chars: int | None = None) -> ExtractionReport:
    from ..extract import EXTRACTOR_VERSION
    from ..extract.runner import MAX_EXTRACT_CHARS, extract_pending
    from .progress import progress_callback

    total = len(store.articles_to_extract(EXTRACTOR_VERSION, redo=redo))
    # the rules take seconds to load before the first article is done: say so
    bar = progress_callback(total, stage="extracting (loading the rules)", unit="article")
    started = []

    def done(article_id: str) -> None:
        if not started:
            started.append(True)
            bar.stage("extracting")
        bar.tick(article_id)

    try:
        report = extract_pending(store, redo=redo, workers=workers, on_article=done,
                                 max_chars=max_chars or MAX_EXTRACT_CHARS)
    except UsageError as exc:
        raise click.BadParameter(str(exc), param_hint="--workers") from exc
    finally:
        bar.close()
    for failure in report.failures:
        say(f"refused: {failure.describe()}", err=True)
    if report.done:
        from ..ledger.cache import stored_findings

        # computed once here, so that listing findings is instant
        keeping = progress_callback(stage="computing the findings", unit="finding")
        try:
            stored_findings(store)
        finally:
            keeping.close()
    return report


def _not_read(store: Store) -> dict[str, int]:
    """Articles in a language sitrep cannot read, by language (kept, never silent)."""
    from ..lang import not_read

    return not_read(line.language for line in store.article_lines())


def _failures(report: ExtractionReport | None) -> list[dict[str, str]]:
    return [{"code": f.code, "article_id": f.article_id, "message": f.message}
            for f in (report.failures if report else [])]


@main.command()
@click.option("--all", "redo", is_flag=True, help="Redo every article, not only new ones.")
@workers_option
@click.option("--max-chars", type=click.IntRange(min=1), default=1_000_000, show_default=True,
              help="Do not extract articles longer than this many characters (E016).")
@cluster_options
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@db_option()
def extract(redo: bool, workers: str, max_chars: int, cluster: str | None, work: str | None,
            as_json: bool, db: str) -> None:
    """Extract figures, statements, events and entities from stored articles.

    Runs on articles not yet extracted by this version of sitrep (ingest does this too,
    unless --no-extract).

    An article whose extraction fails is reported (E012) and left for the next run; the
    others go on, and the exit code is 1. An article longer than --max-chars is reported
    (E016) and marked as extracted with nothing found: later runs do not pick it again.

    \b
    Examples:
      sitrep extract
      sitrep extract --all --workers 2
      sitrep extract --json
      sitrep extract --cluster local:2
    """
    from ..lang import describe_not_read

    with _open(db) as store:
        report = (extract_on_cluster(store, cluster, work, redo, max_chars) if cluster
                  else _extract(store, redo, workers, max_chars))
        unread = _not_read(store)
    if as_json:
        click.echo(json.dumps({"extracted": report.done, "workers": report.workers,
                               "failures": _failures(report), "not_read": unread}, indent=2))
    else:
        plural = "es" if report.workers > 1 else ""
        say(f"{report.done} articles extracted ({report.workers} process{plural})")
        if unread:
            say(str(describe_not_read(unread)))
    if not report.ok:
        sys.exit(1)


def _print_articles(store: Store, fmt: str) -> int:
    translations: dict[str, list[str]] = {}
    for link in store.translation_links():
        translations.setdefault(link.a, []).append(link.b)
        translations.setdefault(link.b, []).append(link.a)
    if fmt == "jsonl":
        count = 0
        for article in store.articles():
            count += 1
            click.echo(json.dumps({**article.as_record(),
                                   "translations": translations.get(article.id, [])},
                                  ensure_ascii=False))
        return count
    from ..lang import describe_not_read, reads

    rows = []
    for line in store.article_lines():
        mark = " ".join(m for m, on in (("dup", line.duplicate_of),
                                        ("src", line.same_source_of),
                                        ("rel", line.related_to),
                                        ("tr", line.id in translations)) if on) \
            + ("" if reads(line.language) else f" not read: {line.language}")
        rows.append((line.id, line.published or "-", line.outlet or "-", line.language or "-",
                     mark, (line.title or line.opening).replace("\n", " ")))
    _table(("id", "published", "outlet", "lang", "", "title"), rows,
           legend="dup: a copy of an earlier article (sitrep show ID names it); "
                  "src: a rewrite of the same statement as another article; "
                  "rel: a related story cut from another article's page; "
                  "tr: a translation of an article in another language, or translated in one "
                  "(--format jsonl names them); "
                  "not read: in a language sitrep has no rules for"
           if any(r[4] for r in rows) else None)
    if unread := describe_not_read(_not_read(store)):
        say(unread)
    return len(rows)


@main.command()
@format_option
@db_option()
def articles(fmt: str, db: str) -> None:
    """List articles with outlet, date, language and duplicate/related status.

    Marks: dup = a copy of an earlier article (same wording, counted once); src = reports
    the same statement as another article in other words (same source); rel = a related
    story cut from the same page.

    \b
    Examples:
      sitrep articles
      sitrep articles --format jsonl | jq 'select(.duplicate_of == null) | .title'
    """
    with _open(db) as store:
        _print_articles(store, fmt)


@main.command()
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True, help="Print as one JSON object.")
@db_option()
def show(article_id: str, as_json: bool, db: str) -> None:
    """Show an article: clean text, metadata, duplicates and what was removed and why.

    ARTICLE_ID may be a unique prefix of the id.

    \b
    Example:
      sitrep show a3f9
    """
    from ..report.article_view import describe_article

    with _open(db) as store:
        report = describe_article(store, article_id)
    if report is None:
        raise click.ClickException(
            printable(f"no article with id (or unique prefix) {article_id!r}"))
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        for line in report.render().splitlines():
            say(line)


@main.command()
@click.option("--corpus", type=click.Path(exists=True, file_okay=False),
              help="The sample corpus folder (default: the bundled corpus/).")
@click.option("--out", "out_dir", default="sitrep-demo-report", show_default=True,
              type=click.Path(file_okay=False), help="Where to write the demo's report.")
@db_option(default="sitrep-demo.db")
def demo(corpus: str | None, out_dir: str, db: str) -> None:
    """Ingest the bundled sample corpus, extract, and write its situation report.

    \b
    Example:
      sitrep demo && sitrep articles --db sitrep-demo.db
    """
    from ..demo import find_corpus, run_demo

    folder = Path(corpus) if corpus else find_corpus()
    if folder is None:
        raise click.ClickException("the sample corpus was not found; pass --corpus PATH")
    run_demo(folder, db, echo=say, report_dir=out_dir)  # keeps the findings it lists
