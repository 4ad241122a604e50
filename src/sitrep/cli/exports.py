"""``sitrep export figures|claims|findings|articles``: tables for other tools, over
:func:`sitrep.report.export.write_export`. (``export places``, the GeoJSON, lives with the
other claim commands.)"""

from __future__ import annotations

import click

from .app import _open, db_option
from .claims import export
from .messages import say

_HELP = {
    "figures": "Every figure with its hedge, unit, subject, speaker, dates, evidence and "
               "whether the analyst rejected it.",
    "claims": "Claims: one figure as stated by one source, with its citations (corrections "
              "applied).",
    "findings": "Findings: disagreements, revisions and inconsistencies, with their "
                "figures and claims.",
    "articles": "Articles with their metadata, text, source and duplicate status.",
}


def _command(table: str) -> None:
    @export.command(table, help=f"{_HELP[table]}\n\n\b\nExamples:\n  sitrep export {table} "
                    f"--format csv --out {table}.csv\n  sitrep export {table} --format parquet "
                    f"--out {table}.parquet")
    @click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]),
                  default="csv", show_default=True,
                  help="csv opens in a spreadsheet (UTF-8 with BOM), jsonl keeps nested "
                       "values, parquet reads in DuckDB and pandas.")
    @click.option("--out", "out_file", required=True, type=click.Path(dir_okay=False),
                  help="File to write (- for stdout, csv and jsonl only).")
    @db_option()
    def command(fmt: str, out_file: str, db: str) -> None:
        from ..errors import UsageError
        from ..report.export import write_export

        if fmt == "parquet" and out_file == "-":
            raise click.UsageError("Parquet is written to a file: give --out FILE")
        with _open(db) as store:
            try:
                n = write_export(store, table, fmt, out_file)
            except UsageError as exc:
                raise click.ClickException(str(exc)) from exc
        if out_file != "-":
            say(f"wrote {n} {table} to {out_file}")


for _table in _HELP:
    _command(_table)
