"""Exports for other tools: figures, claims, findings and articles as CSV, JSON Lines or
Parquet.

Why these three formats: CSV is what a spreadsheet opens (written as UTF-8 with a byte
order mark, without which Excel reads UTF-8 as a legacy code page and garbles every
accented name); JSON Lines keeps nested values for scripts; Parquet keeps types and reads
at once in DuckDB and pandas.

A capture is hostile input, and so is a cell: a spreadsheet runs a cell that starts with
``=``, ``+``, ``-`` or ``@`` as a formula (``=HYPERLINK(...)`` exfiltrates, ``=cmd|...``
once ran programs). In CSV such text gets a leading apostrophe, the usual guard, which
spreadsheets show as text; JSON Lines and Parquet keep values as they are.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import UsageError
from ..ledger import ledger_from_store
from ..store import Store

TABLES = ("figures", "claims", "findings", "articles")
FORMATS = ("csv", "jsonl", "parquet")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: Rows converted to Arrow at a time.
_BATCH = 10_000


def _figures(store: Store) -> Iterator[dict[str, Any]]:
    rejected = store.rejected_figures()
    for r in store.claims("figures"):
        yield {"id": r["id"], "article_id": r["article_id"], "subject": r["subject"],
               "matter": r["matter"], "measure": r["measure"], "family": r["family"],
               "kind": r["kind"],
               "low": r["low"], "high": r["high"], "unit": r["unit"],
               "qualifier": r["qualifier"],
               "change": json.loads(r["change"]) if r["change"] else None,
               "start": r["start_date"], "end": r["end_date"], "vague": bool(r["vague"]),
               "speaker": r["speaker"], "role": r["role"], "org": r["org"],
               "stated_on": r["stated_on"], "to": r["to_whom"], "published": r["published"],
               "outlet": r["outlet"], "evidence_start": r["start"], "evidence_end": r["end"],
               "evidence": r["text"], "rejected": r["id"] in rejected}


def _claims(store: Store) -> Iterator[dict[str, Any]]:
    claims, _ = ledger_from_store(store)
    return (c.as_record() for c in claims)


def _findings(store: Store) -> Iterator[dict[str, Any]]:
    _, findings = ledger_from_store(store)
    return (f.as_record() for f in findings)


def _articles(store: Store) -> Iterator[dict[str, Any]]:
    return (a.as_record() for a in store.articles())


_READERS = {"figures": _figures, "claims": _claims, "findings": _findings,
            "articles": _articles}


def records(store: Store, table: str) -> Iterator[dict[str, Any]]:
    """The rows of one export, as the JSON Lines output has them."""
    if table not in _READERS:
        raise UsageError(f"no export {table!r}; one of {', '.join(TABLES)}")
    return _READERS[table](store)


def csv_cell(value: Any) -> Any:
    """A value as a spreadsheet cell: lists joined by "; ", objects as JSON, nothing as an
    empty cell, and text that a spreadsheet would run as a formula made plain text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    """Nested objects as JSON text (Parquet columns need one type); lists stay lists."""
    return {k: json.dumps(v, ensure_ascii=False, sort_keys=True) if isinstance(v, dict)
            else v for k, v in row.items()}


def _write_csv(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer: csv.DictWriter[str] | None = None
    n = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: csv_cell(v) for k, v in row.items()})
        n += 1
    return n


def _write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def _write_parquet(rows: Iterable[dict[str, Any]], path: Path) -> int:
    """Rows converted to Arrow a batch at a time (compact, unlike the dicts), then joined
    with type promotion: a column empty in one batch and text in the next is text."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise UsageError("Parquet needs pyarrow: pip install 'sitrep[parquet]'") from exc

    tables, batch, n = [], [], 0
    for row in rows:
        batch.append(_flat(row))
        n += 1
        if len(batch) >= _BATCH:
            tables.append(pa.Table.from_pylist(batch))
            batch = []
    if batch or not tables:
        tables.append(pa.Table.from_pylist(batch))
    pq.write_table(pa.concat_tables(tables, promote_options="permissive"), str(path))
    return n


def write_export(store: Store, table: str, fmt: str, out: str | Path) -> int:
    """Write one export to ``out`` ("-" for stdout, CSV and JSON Lines only); returns the
    number of rows."""
    if fmt not in FORMATS:
        raise UsageError(f"no format {fmt!r}; one of {', '.join(FORMATS)}")
    rows = records(store, table)
    if fmt == "parquet":
        if str(out) == "-":
            raise UsageError("Parquet is written to a file, not to stdout")
        return _write_parquet(rows, Path(out))
    write = _write_csv if fmt == "csv" else _write_jsonl
    if str(out) == "-":
        return write(rows, sys.stdout)
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    with open(out, "w", encoding=encoding, newline="") as fh:
        return write(rows, fh)
