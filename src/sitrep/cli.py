"""The ``sitrep`` command: a thin click layer over the library.

Every command is a small wrapper around a function you can call from Python.
"""

from __future__ import annotations

import json
import os
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from .errors import GoldFileError, SitrepError
from .sources import ReadOptions, load_manifest, parse_timestamp
from .store import DEFAULT_DB, Store

F = TypeVar("F", bound=Callable[..., Any])


def db_option(default: str = DEFAULT_DB) -> Callable[[F], F]:
    return click.option(
        "--db", "db", envvar="SITREP_DB", default=default, show_default=True,
        type=click.Path(dir_okay=False), help="The store (SQLite file); also $SITREP_DB.")


def format_option(f: F) -> F:
    return click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]),
                        default="table", show_default=True,
                        help="table for reading, jsonl (one JSON object a line) for scripts.")(f)


def _open(db: str) -> Store:
    try:
        return Store(db)
    except SitrepError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="sitrep")
def main() -> None:
    """sitrep: raw news in; who said which figure, when, and where sources disagree, out.

    \b
    Quick tour:
      sitrep demo                         ingest the bundled sample corpus
      sitrep ingest captures/ --captured-at 2025-08-18
      sitrep articles --format jsonl      one JSON object per article
      sitrep show a1b2c3                  an article, its source and what was removed
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--captured-at", help="When the captures were taken (ISO date or date-time); "
              "overrides WARC dates and file times.")
@click.option("--outlet", help="The outlet that published the captures, when they don't say.")
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False),
              help="JSON Lines of {path, captured_at, outlet, url} for files that carry none.")
@click.option("--max-doc-size", type=int, default=64, show_default=True,
              help="Refuse single-page files larger than this many MiB.")
@click.option("--batch-size", type=click.IntRange(1), default=200, show_default=True,
              help="Captures per transaction; a crash loses at most the batch under way.")
@click.option("--extract/--no-extract", default=True, show_default=True,
              help="Extract figures, statements, events and entities after ingesting.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@db_option()
def ingest(paths: tuple[str, ...], captured_at: str | None, outlet: str | None,
           manifest: str | None, max_doc_size: int, batch_size: int, extract: bool,
           as_json: bool, db: str) -> None:
    """Ingest captures: .txt, .html/.htm (also gzipped), .jsonl, .warc/.warc.gz, folders, -.

    Re-ingesting is a no-op. Each bad file, line or record is reported on stderr with the
    reason, the rest goes on, and the exit code is 1 when anything was refused.

    \b
    Examples:
      sitrep ingest captures/
      sitrep ingest page.txt --captured-at 2025-08-18 --outlet Forbes
      sitrep ingest crawl.warc.gz feed.jsonl
      cat page.html | sitrep ingest -
    """
    from .pipeline import ingest as run_ingest
    from .pipeline import progress_callback

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
            click.echo(f"refused: {problem.message}", err=True)
    options = ReadOptions(captured_at=when, captured_at_has_time=has_time, outlet=outlet,
                          manifest=entries, manifest_path=manifest,
                          max_document_bytes=max_doc_size * 1024 * 1024)
    tick, close = progress_callback()
    with _open(db) as store:
        summary = run_ingest(paths, store, options, batch_size=batch_size, on_item=tick,
                             on_refusal=lambda r: click.echo(f"refused: {r.message}", err=True))
        close()
        extracted = _extract(store) if extract else 0
    if as_json:
        click.echo(json.dumps({**summary.as_dict(), "extracted": extracted}, indent=2))
    else:
        click.echo(summary.describe() + (f"; {extracted} articles extracted" if extract else ""))
    if not summary.ok:
        sys.exit(1)


def _extract(store: Store, redo: bool = False) -> int:
    from .extraction import extract_pending
    from .pipeline import progress_callback

    tick, close = progress_callback()
    try:
        return extract_pending(store, redo=redo, on_article=tick)
    finally:
        close()


@main.command()
@click.option("--all", "redo", is_flag=True, help="Redo every article, not only new ones.")
@db_option()
def extract(redo: bool, db: str) -> None:
    """Extract figures, statements, events and entities from stored articles.

    Runs on articles not yet extracted by this version of sitrep (ingest does this too,
    unless --no-extract).

    \b
    Examples:
      sitrep extract
      sitrep extract --all
    """
    with _open(db) as store:
        done = _extract(store, redo)
    click.echo(f"{done} articles extracted")


def filter_options(f: F) -> F:
    f = click.option("--since", help="Only claims stated (or published) on or after this "
                     "ISO date.")(f)
    f = click.option("--speaker", help="Only claims whose speaker or organisation contains "
                     "this text.")(f)
    return click.option("--subject", help="Only claims about a subject containing this text "
                        "(e.g. Zapad-2025).")(f)


_FIGURE_FIELDS = ("id", "article_id", "subject", "measure", "family", "kind", "low", "high",
                  "unit", "qualifier", "change", "start", "end", "speaker", "role", "org",
                  "stated_on", "to", "published", "outlet", "evidence")


def _figure_record(row: dict) -> dict:
    return {"id": row["id"], "article_id": row["article_id"], "subject": row["subject"],
            "measure": row["measure"], "family": row["family"], "kind": row["kind"],
            "low": row["low"], "high": row["high"], "unit": row["unit"],
            "qualifier": row["qualifier"],
            "change": json.loads(row["change"]) if row["change"] else None,
            "start": row["start_date"], "end": row["end_date"], "vague": bool(row["vague"]),
            "speaker": row["speaker"], "role": row["role"], "org": row["org"],
            "stated_on": row["stated_on"], "to": row["to_whom"], "published": row["published"],
            "outlet": row["outlet"],
            "evidence": {"start": row["start"], "end": row["end"], "text": row["text"]}}


def _value(row: dict) -> str:
    if row["change"]:
        return "x" + str(json.loads(row["change"])["factor"])
    if row["start_date"]:
        return f"{row['start_date']}..{row['end_date']}"
    low = "" if row["low"] is None else f"{row['low']:,.0f}"
    high = "" if row["high"] is None else f"{row['high']:,.0f}"
    value = low if low == high else f"{low}..{high}"
    return f"{value} {row['unit'] or ''}".strip()


@main.command()
@filter_options
@format_option
@db_option()
def figures(subject: str | None, speaker: str | None, since: str | None, fmt: str,
            db: str) -> None:
    """Figures with their hedge, unit, subject, speaker and the date they were stated.

    \b
    Examples:
      sitrep figures --subject Zapad-2025
      sitrep figures --speaker "Ministry of Defense" --format jsonl
      sitrep figures --since 2025-05-01
    """
    with _open(db) as store:
        rows = store.claims("figures", subject=subject, speaker=speaker, since=since)
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(_figure_record(row), ensure_ascii=False))
        return
    _table(("id", "subject", "value", "measure", "who", "stated", "evidence"),
           [(r["id"], (r["subject"] or "-")[:18], _value(r)[:22], (r["measure"] or "-")[:20],
             (r["speaker"] or r["org"] or "(outlet)")[:24],
             r["stated_on"] or f"~{r['published'] or '?'}", r["text"][:40]) for r in rows])


@main.command()
@filter_options
@format_option
@db_option()
def statements(subject: str | None, speaker: str | None, since: str | None, fmt: str,
               db: str) -> None:
    """Who said what (claims with or without numbers), to whom and when.

    \b
    Examples:
      sitrep statements --speaker Lukashenko
      sitrep statements --format jsonl
    """
    with _open(db) as store:
        rows = store.claims("statements", speaker=speaker, since=since)
    if subject:
        rows = [r for r in rows if subject.lower() in r["text"].lower()]
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps({
                "id": r["id"], "article_id": r["article_id"], "speaker": r["speaker"],
                "role": r["role"], "org": r["org"], "to": r["to_whom"],
                "stated_on": r["stated_on"],
                "evidence": {"start": r["start"], "end": r["end"], "text": r["text"]}},
                ensure_ascii=False))
        return
    _table(("id", "who", "to", "stated", "said"),
           [(r["id"], (r["speaker"] or r["org"] or "-")[:26], (r["to_whom"] or "-")[:14],
             r["stated_on"] or "-", r["text"][:70]) for r in rows])


@main.command()
@filter_options
@format_option
@db_option()
def events(subject: str | None, speaker: str | None, since: str | None, fmt: str,
           db: str) -> None:
    """Events reported in the articles: what, when, where and who.

    \b
    Examples:
      sitrep events --since 2025-09-01
      sitrep events --format jsonl
    """
    with _open(db) as store:
        rows = store.claims("events", since=since)
    if subject:
        rows = [r for r in rows if subject.lower() in r["text"].lower()]
    if speaker:
        rows = [r for r in rows if speaker.lower() in r["who"].lower()]
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps({
                "id": r["id"], "article_id": r["article_id"], "what": r["what"],
                "when": {"start": r["when_start"], "end": r["when_end"]} if r["when_start"]
                else None, "where": r["place"], "who": json.loads(r["who"]),
                "evidence": {"start": r["start"], "end": r["end"], "text": r["text"]}},
                ensure_ascii=False))
        return
    _table(("id", "when", "where", "what"),
           [(r["id"], r["when_start"] or "-", (r["place"] or "-")[:16], r["what"][:60])
            for r in rows])


@main.command()
@click.option("--subject", help="Only findings about a subject containing this text.")
@click.option("--kind", type=click.Choice(["disagreement", "revision", "inconsistency",
                                           "internal_inconsistency"]),
              help="Only findings of this kind.")
@format_option
@db_option()
def findings(subject: str | None, kind: str | None, fmt: str, db: str) -> None:
    """Where sources disagree, revise themselves, or contradict a revision or themselves.

    Findings compare claims about one event instance and one measure family only (troops,
    soldiers, personnel and participants are one family); a figure repeated by several
    outlets copying one story is one claim.

    \b
    Examples:
      sitrep findings
      sitrep findings --subject Zapad-2025 --format jsonl
    """
    from .ledger import ledger_from_store

    with _open(db) as store:
        _, found = ledger_from_store(store, subject)
    found = [f for f in found if not kind or f.kind == kind]
    if fmt == "jsonl":
        for f in found:
            click.echo(json.dumps(f.as_record(), ensure_ascii=False))
        return
    if not found:
        click.echo("no findings")
    for f in found:
        click.echo(f"{f.id}  {f.kind:<22} {f.subject} / {f.measure}")
        click.echo(textwrap.indent(textwrap.fill(f.explanation, 92), "    "))
        click.echo(f"    figures: {', '.join(f.figure_ids)}")


@main.command()
@click.option("--subject", help="Only this event instance (e.g. Zapad-2025).")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder to write report.html and report.md into.")
@db_option()
def report(subject: str | None, out_dir: str, db: str) -> None:
    """Write a situation report: one self-contained HTML file and its Markdown twin.

    The HTML opens offline (its charts' JavaScript is inlined) and holds key figures with
    their sources, findings, a timeline, a map of places, who said what, the sources, and
    the evidence of every item in the capture.

    \b
    Examples:
      sitrep report --out report/
      sitrep report --subject Zapad-2025 --out zapad/
    """
    from .report import write_report

    with _open(db) as store:
        html, md = write_report(store, out_dir, subject)
    click.echo(f"wrote {html} and {md}")


@main.group()
def export() -> None:
    """Export data for other tools."""


@export.command("places")
@click.option("--out", "out_file", required=True, type=click.Path(dir_okay=False),
              help="GeoJSON file to write (- for stdout).")
@db_option()
def export_places(out_file: str, db: str) -> None:
    """Places mentioned, as GeoJSON points for QGIS and other GIS tools.

    \b
    Example:
      sitrep export places --out places.geojson
    """
    from .extraction import entities as list_entities

    with _open(db) as store:
        found = [e for e in list_entities(store, "place") if e.lat is not None]
    collection = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": e.id,
         "geometry": {"type": "Point", "coordinates": [e.lon, e.lat]},
         "properties": {"name": e.name, "mentions": e.mentions,
                        "articles": len(e.article_ids), "variants": sorted(e.variants)}}
        for e in found]}
    text = json.dumps(collection, ensure_ascii=False, indent=1)
    if out_file == "-":
        click.echo(text)
    else:
        Path(out_file).write_text(text, encoding="utf-8")
        click.echo(f"wrote {len(found)} places to {out_file}")


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
    click.echo(f"recorded {action} {target}{' -> ' + value if value else ''} ({cid})")


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


@main.command(name="entities")
@click.option("--kind", type=click.Choice(["person", "org", "place", "event"]),
              help="Only entities of this kind.")
@format_option
@db_option()
def entities_cmd(kind: str | None, fmt: str, db: str) -> None:
    """People, organisations, places and events, with spelling variants merged.

    \b
    Examples:
      sitrep entities --kind person
      sitrep entities --format jsonl
    """
    from .extraction import entities as list_entities

    with _open(db) as store:
        found = list_entities(store, kind)
    if fmt == "jsonl":
        for e in found:
            click.echo(json.dumps(e.as_record(), ensure_ascii=False))
        return
    _table(("id", "kind", "name", "articles", "variants"),
           [(e.id, e.kind, e.name[:30], str(len(e.article_ids)),
             ", ".join(sorted(e.variants))[:50]) for e in found])


def _print_articles(store: Store, fmt: str) -> int:
    count = 0
    rows = []
    for article in store.articles():
        count += 1
        if fmt == "jsonl":
            click.echo(json.dumps(article.as_record(), ensure_ascii=False))
        else:
            mark = ("dup" if article.duplicate_of else "") + (" rel" if article.related_to else "")
            rows.append((article.id, article.published or "-", (article.outlet or "-")[:22],
                         article.language or "-", mark.strip() or "",
                         (article.title or article.text[:60]).replace("\n", " ")[:60]))
    if fmt == "table":
        _table(("id", "published", "outlet", "lang", "", "title"), rows)
    return count


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=False)]
    for row in (header, *rows):
        click.echo("  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=False)).rstrip())


@main.command()
@format_option
@db_option()
def articles(fmt: str, db: str) -> None:
    """List articles with outlet, date, language and duplicate/related status.

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
    from .inspect import describe_article

    with _open(db) as store:
        report = describe_article(store, article_id)
    if report is None:
        raise click.ClickException(f"no article with id (or unique prefix) {article_id!r}")
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(report.render())


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
    from .demo import find_corpus, run_demo

    folder = Path(corpus) if corpus else find_corpus()
    if folder is None:
        raise click.ClickException("the sample corpus was not found; pass --corpus PATH")
    run_demo(folder, db, echo=click.echo, report_dir=out_dir)


@main.group(name="eval")
def eval_group() -> None:
    """Score sitrep against reference annotations."""


def _run_eval(gold: str, docs: str | None, as_json: bool,
              score: Callable[[], dict[str, Any]]) -> dict[str, Any] | None:
    """Score, or say why not; prints JSON itself when asked. None: nothing left to print."""
    if not os.path.exists(gold):
        click.echo(f"skipped: {gold} not found")
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
    from .evaluate.claims import score_claims

    scores = _run_eval(gold, docs, as_json, lambda: score_claims(gold, docs).as_dict())
    if scores is None:
        return
    misses = scores.pop("misses")
    for key, value in scores.items():
        click.echo(f"{key:<20} {value}")
    for miss in misses:
        click.echo(f"  - {miss}")


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
    from .evaluate.findings import score_findings

    scores = _run_eval(gold, docs, as_json, lambda: score_findings(gold, docs).as_dict())
    if scores is None:
        return
    click.echo(f"recall {scores['recall']} ({scores['recalled']}/{scores['expected']}); "
               f"findings mixing subjects: {scores['findings_mixing_subjects']}")
    for kind, tally in scores["by_kind"].items():
        click.echo(f"  {kind:<24} {tally}")
    for miss in scores["misses"]:
        click.echo(f"  - {miss}")


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
    from .evaluate.boilerplate import score_boilerplate

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
        click.echo(f"mean F1 {result['mean_f1']:.3f} over {len(result['documents'])} documents")
