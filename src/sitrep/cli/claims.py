"""Commands over extracted claims: figures, statements, events, entities, findings,
reports and exports."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import click

from .app import DateParam, F, _open, _table, check_subject, db_option, format_option, main
from .messages import printable, say


def filter_options(f: F) -> F:
    f = click.option("--since", type=DateParam(), metavar="DATE",
                     help="Only claims stated (or published) on or after this day: an ISO "
                     "date, or 7d, 24h, 2w, yesterday, today.")(f)
    f = click.option("--speaker", help="Only claims whose speaker or organisation contains "
                     "this text.")(f)
    return click.option("--subject", help="Only claims about a subject containing this text "
                        "(e.g. Zapad-2025).")(f)


_FIGURE_FIELDS = ("id", "article_id", "subject", "matter", "measure", "family", "kind", "low",
                  "high", "unit", "qualifier", "change", "start", "end", "speaker", "role", "org",
                  "stated_on", "to", "published", "outlet", "evidence")


def _figure_record(row: dict) -> dict:
    return {"id": row["id"], "article_id": row["article_id"], "subject": row["subject"],
            "matter": row.get("matter"),
            "measure": row["measure"], "family": row["family"], "kind": row["kind"],
            "low": row["low"], "high": row["high"], "unit": row["unit"],
            "qualifier": row["qualifier"],
            "change": json.loads(row["change"]) if row["change"] else None,
            "start": row["start_date"], "end": row["end_date"], "vague": bool(row["vague"]),
            "speaker": row["speaker"], "role": row["role"], "org": row["org"],
            "stated_on": row["stated_on"], "to": row["to_whom"], "published": row["published"],
            "outlet": row["outlet"],
            "evidence": {"start": row["start"], "end": row["end"], "text": row["text"]}}


_CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£"}

_LEGEND = {
    "..": "N..M between N and M, N.. N or more, ..M up to M",
    "x": "xF changed by a factor of F (x0.5 halved)",
    "+": "+N an announced increment: N more (two more died)",
    "~": "~DATE the day it was said is not given: the article's publication date",
    "?": "? no date known",
}


def _number(x: float) -> str:
    """A value as stated: whole numbers with thousands separators, fractions with their
    decimals (0.36, not 0), never in exponent form."""
    if float(x).is_integer():
        return f"{x:,.0f}"
    text = repr(float(x))
    decimals = len(text.split(".")[1]) if "." in text and "e" not in text else 6
    return f"{x:,.{min(decimals, 6)}f}"


def _with_unit(low: str, high: str, unit: str | None) -> str:
    """``12,000..15,000 km``, ``0.36%``, ``$60.73`` or ``$60..$70``: a currency's sign
    before each end, any other unit once after the value."""
    sign = _CURRENCY_SIGNS.get(unit or "")
    if sign:
        low, high = (sign + x if x else "" for x in (low, high))
    value = low if low == high else f"{low}..{high}"
    if sign or not unit:
        return value
    return value + "%" if unit in ("%", "percent") else f"{value} {unit}"


def _value(row: dict) -> str:
    if row["change"]:
        change = json.loads(row["change"])
        return "+" + _number(change["add"]) if "add" in change else "x" + _number(
            change["factor"])
    if row["start_date"]:
        return f"{row['start_date']}..{row['end_date']}"
    return _with_unit("" if row["low"] is None else _number(row["low"]),
                      "" if row["high"] is None else _number(row["high"]), row["unit"])


def _stated(row: dict) -> str:
    if row["stated_on"]:
        return row["stated_on"]
    return f"~{row['published']}" if row["published"] else "?"


def _legend(cells: list[str]) -> str | None:
    """One line explaining the notation the listed values use (only what appears)."""
    used = [text for mark, text in _LEGEND.items()
            if any(mark in c if mark == ".." else c.startswith(mark) for c in cells)]
    return "notation: " + "; ".join(used) if used else None


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
        check_subject(store, subject)
        rows = store.claims("figures", subject=subject, speaker=speaker, since=since)
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(_figure_record(row), ensure_ascii=False))
        return
    # where no event instance is the subject, the matter the figure belongs to beside it
    table = [(r["id"], f"{r['subject'] or '-'} ({r['matter']})" if r.get("matter")
              else r["subject"] or "-", _value(r), r["measure"] or "-",
              r["speaker"] or r["org"] or "(outlet)", _stated(r), r["text"]) for r in rows]
    _table(("id", "subject", "value", "measure", "who", "stated", "evidence"), table,
           legend=_legend([c for t in table for c in (t[2], t[5])]))


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
           [(r["id"], r["speaker"] or r["org"] or "-", r["to_whom"] or "-",
             r["stated_on"] or "-", r["text"]) for r in rows])


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
           [(r["id"], r["when_start"] or "-", r["place"] or "-", r["what"]) for r in rows])


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
    from ..ledger.cache import stored_findings

    with _open(db) as store:
        check_subject(store, subject)
        found = stored_findings(store)
    found = [f for f in found if (not kind or f["kind"] == kind)
             and (not subject or subject.lower() in f["subject"].lower())]
    if fmt == "jsonl":
        for f in found:
            click.echo(json.dumps(f, ensure_ascii=False))
        return
    if not found:
        say("no findings")
    for f in found:
        say(f"{f['id']}  {f['kind']:<22} {f['subject']} / {f['measure']}")
        for line in textwrap.wrap(f["explanation"], 92):
            say("    " + line)
        say(f"    figures: {', '.join(f['figure_ids'])}")


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
    from ..report import write_report

    with _open(db) as store:
        check_subject(store, subject)
        try:
            html, md = write_report(store, out_dir, subject)
        except OSError as exc:
            raise click.ClickException(printable(
                f"cannot write the report to {out_dir}: {exc.strerror or exc}")) from exc
    say(f"wrote {html} and {md}")


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
    from ..ledger.entities import entities as list_entities

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
        try:
            Path(out_file).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise click.ClickException(printable(
                f"cannot write {out_file}: {exc.strerror or exc}")) from exc
        say(f"wrote {len(found)} places to {out_file}")


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
    from ..ledger.entities import entities as list_entities

    with _open(db) as store:
        found = list_entities(store, kind)
    if fmt == "jsonl":
        for e in found:
            click.echo(json.dumps(e.as_record(), ensure_ascii=False))
        return
    _table(("id", "kind", "name", "articles", "variants"),
           [(e.id, e.kind, e.name, str(len(e.article_ids)), ", ".join(sorted(e.variants)))
            for e in found])
