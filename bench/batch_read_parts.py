"""Where the read of a batch's stored key holders goes (``store/batch_keys.py``), by part and
by table, for a store as it is and batches of further captures.

Why: in an ingest run, the read made before each batch grew from 0.4 ms a capture in the
first 10,000 captures to some 2.5 ms at 460,000, while the look-ups made article by article
stayed flat (issue 13; BENCHMARKS.md, "The million in session 34"). Timed inside a run, the
read is one number; this script splits it, on a copy of a run's store, in a minute.

What, for a store (``--db``, opened read-only) and a JSON Lines file of further captures
(``--jsonl``, the ``{"text": ...}`` lines of ``generate_captures.py --jsonl``): the captures
are cleaned and fingerprinted as an ingest does, in batches of ``--batch``; the key filter
is built from the store, and its stock memo given every passage key the store holds more
than ``relations.STOCK_POSTINGS`` times, as a run that has gone on for a while knows them
(``--cold`` leaves it empty, as at a run's start). Then each batch's ``BatchKeys`` is built
and timed, whole and by part: the band reads and the passage reads (keys asked, rows
found, milliseconds; per table too), the filters' tests of the band keys and of the passage
keys, the memo's search of the candidates' signatures, and the rest.
Read-only; run from the repository root.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Callable
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any

from benchlib import missing_input, store_probe_parser, write_json

CAPTURED_AT = datetime(2025, 8, 18)


def prepared_prints(jsonl: Path, limit: int) -> list[list[Any]]:
    """The fingerprints of each of the first ``limit`` captures of ``jsonl`` (one a stored
    article: a capture may make several), as an ingest makes them (cleaned first)."""
    from sitrep.ingest.prepare import Prepared, prepare_captures
    from sitrep.ingest.readers import ReadOptions, iter_inputs

    options = ReadOptions(captured_at=CAPTURED_AT, captured_at_has_time=False)
    items = list(islice((getattr(i, "capture", i) for i in iter_inputs([str(jsonl)], options)),
                        limit))
    return [list(p.fingerprints) for p in prepare_captures(items) if isinstance(p, Prepared)]


def warm_stock(db: sqlite3.Connection, held: Any) -> int:
    """Give the memo every passage key held more than the stock bound; how many."""
    from sitrep.store import recent, relations

    union = " UNION ALL ".join(f"SELECT key FROM {t}" for t in recent.tables(db, recent.PASSAGE))
    for (key,) in db.execute(f"SELECT key FROM ({union}) GROUP BY key "
                             f"HAVING count(*) > {relations.STOCK_POSTINGS}"):
        held.remember_stock(key)
    return len(held.stock)


class Parts:
    """The time, keys and rows of each part of one batch's read, and each table's reads."""

    def __init__(self) -> None:
        self.parts: dict[str, dict[str, float]] = {}
        self.tables: list[dict[str, Any]] = []

    def add(self, part: str, ms: float, **counts: int) -> None:
        into = self.parts.setdefault(part, {"calls": 0, "ms": 0.0})
        into["calls"] += 1
        into["ms"] += ms
        for name, n in counts.items():
            into[name] = into.get(name, 0) + n

    def reads(self, part: str, func: Callable[..., None]) -> Callable[..., None]:
        """``func`` (a read of one table into its last argument, a dict of lists), timed and
        counted."""
        def timed(db: sqlite3.Connection, table: str, keys: list[Any], *rest: Any) -> None:
            out = rest[-1]
            before = sum(map(len, out.values()))
            t = time.perf_counter()
            func(db, table, keys, *rest)
            ms = 1000 * (time.perf_counter() - t)
            rows = sum(map(len, out.values())) - before
            self.add(part, ms, keys=len(keys), rows=rows)
            self.tables.append({"part": part, "table": table, "keys": len(keys), "rows": rows,
                                "ms": round(ms, 1)})
        return timed

    def timed(self, part: str, func: Callable[[Any], Any], count: str) -> Callable[[Any], Any]:
        """``func`` of one collection, timed, its length counted as ``count``."""
        def timed(arg: Any) -> Any:
            arg = list(arg)
            t = time.perf_counter()
            try:
                return func(arg)
            finally:
                self.add(part, 1000 * (time.perf_counter() - t), **{count: len(arg)})
        return timed

    def tests(self, part: str, func: Callable[..., Any],
              inside: dict[str, bool]) -> Callable[..., Any]:
        """``func`` (one table's filter asked about many keys), timed, the keys counted,
        unless ``inside["band"]`` (the band keys' tests, timed whole as their own part)."""
        def timed(bits: Any, keys: list[Any], probes: Any) -> Any:
            if inside["band"]:
                return func(bits, keys, probes)
            t = time.perf_counter()
            try:
                return func(bits, keys, probes)
            finally:
                self.add(part, 1000 * (time.perf_counter() - t), keys=len(keys))
        return timed


def read_batches(db: sqlite3.Connection, captures: list[list[Any]], batch: int,
                 cold: bool) -> dict[str, Any]:
    """Build each batch's ``BatchKeys`` with its parts timed (module docstring)."""
    from sitrep.store import batch_keys, recent, relations, sealed_filter
    from sitrep.store.key_filter import KeyFilter

    t = time.perf_counter()
    held = KeyFilter(db)
    out: dict[str, Any] = {"filter_s": round(time.perf_counter() - t, 1),
                           "stock_memo": 0 if cold else warm_stock(db, held),
                           "tables": {kind.prefix: len(recent.tables(db, kind))
                                      for kind in (recent.BAND, recent.PASSAGE)},
                           "batches": []}
    band_tables, find = held.band_tables, held.signatures.find
    saved = batch_keys._read_bands, batch_keys.read_passages, sealed_filter.may_hold
    inside = {"band": False}

    def band_tests(pairs: list[Any]) -> Any:
        inside["band"] = True
        try:
            return band_tables(pairs)
        finally:
            inside["band"] = False
    try:
        for start in range(0, len(captures), batch):
            prints = [fp for fps in captures[start:start + batch] for fp in fps]
            parts = Parts()
            batch_keys._read_bands = parts.reads("band_reads", saved[0])
            batch_keys.read_passages = parts.reads("passage_reads", saved[1])
            sealed_filter.may_hold = parts.tests("passage_filter_tests", saved[2], inside)
            held.band_tables = parts.timed("band_filter_tests", band_tests, "pairs")
            held.signatures.find = parts.timed("signature_search", find, "ids")
            t = time.perf_counter()
            read = batch_keys.BatchKeys(db, held, prints,
                                        holders=relations.BAND_HOLDERS,
                                        postings=relations.STOCK_POSTINGS)
            total = 1000 * (time.perf_counter() - t)
            parts.add("rest", total - sum(p["ms"] for p in parts.parts.values()))
            out["batches"].append({
                "captures": len(captures[start:start + batch]), "articles": len(prints),
                "ms": round(total, 1),
                "unread_stock": len(read._unread_passages),
                "parts": {k: {n: round(v, 1) for n, v in p.items()}
                          for k, p in parts.parts.items()},
                "per_table": parts.tables})
    finally:
        batch_keys._read_bands, batch_keys.read_passages, sealed_filter.may_hold = saved
    return out


def main(argv: list[str] | None = None) -> int:
    parser = store_probe_parser(__doc__, 3000)
    parser.add_argument("--batch", type=int, default=1000, help="captures a batch (%(default)s)")
    parser.add_argument("--cold", action="store_true", help="leave the stock memo empty")
    args = parser.parse_args(argv)
    if missing_input(args.db, args.jsonl):
        return 2
    captures = prepared_prints(args.jsonl, args.limit)
    db = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    db.execute("BEGIN")  # one snapshot for the filter and every read
    found = {"store": str(args.db), **read_batches(db, captures, args.batch, args.cold)}
    db.rollback()
    for i, b in enumerate(found["batches"]):
        print(f"batch {i}: {b['captures']} captures, {b['articles']} articles, {b['ms']:.0f} ms, "
              + ", ".join(f"{k} {p['ms']:.0f} ms" for k, p in b["parts"].items()))
    write_json(args.json, found)
    return 0


if __name__ == "__main__":
    sys.exit(main())
