"""What the passage look-ups of new texts meet in a store: stock keys, rare keys, the tables
read for them and the holders whose signatures are then read.

Why: at a million generated captures the writer's duplicate look-ups cost about twice what
they cost at 100,000 (issue 13). A stock passage key (held by more than
``relations.STOCK_POSTINGS`` articles) sits in most of the store's key segments, and was
read in every one that held it before the look-up knew it was stock; the rare keys' holders
are read for their signatures, at random. This script counts both for a store as it is,
so a store at 100,000 and one at 1,000,000 show what grows, in minutes.

What, for a store (``--db``) and a JSON Lines file of further captures (``--jsonl``, the
``{"text": ...}`` lines of ``generate_captures.py --jsonl``): each capture is cleaned and
fingerprinted as an ingest does; each passage key of each article is then counted as known
stock (in the run's memo, which learns as the census goes, as an ingest's does), stock
found, absent, or rare (held by at most the bound). For the keys looked up it reports the
table reads a key costs read in every table its filter lets through and read until one
shows it stock (biggest tables first, as ``relations._filtered_postings`` does now), and
for the rare ones their holders: all, and how many distinct (a holder met again is read
from the cache). Means are per article. Read-only; run from the repository root.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections import Counter
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from benchlib import missing_input, store_probe_parser, write_json

if TYPE_CHECKING:
    from sitrep.store.key_filter import KeyFilter

CAPTURED_AT = datetime(2025, 8, 18)


def _key_rows(db: sqlite3.Connection, tables: list[str], key: int, bound: int) -> list[int]:
    """Rows holding ``key`` in each of ``tables``, each count stopped at ``bound`` + 1."""
    return [len(db.execute(f"SELECT 1 FROM {t} WHERE key = ? LIMIT {bound + 1}",
                           (key,)).fetchall()) for t in tables]


def _reads_until_stock(rows: list[int], bound: int) -> int:
    """Tables read, in the given order, until the rows seen pass ``bound`` (or all)."""
    seen = 0
    for n, count in enumerate(rows, 1):
        seen += count
        if seen > bound:
            return n
    return len(rows)


def census(store: Path, jsonl: Path, limit: int) -> dict[str, object]:
    """The counts of the module docstring."""
    from sitrep.ingest.prepare import Prepared, prepare_captures
    from sitrep.ingest.readers import ReadOptions, iter_inputs
    from sitrep.store import relations
    from sitrep.store.key_filter import KeyFilter

    bound = relations.STOCK_POSTINGS
    options = ReadOptions(captured_at=CAPTURED_AT, captured_at_has_time=False)
    # the first ``limit`` lines only: a slice of 10,000 captures is 50 MB
    items = list(islice((getattr(i, "capture", i) for i in iter_inputs([str(jsonl)], options)),
                        limit))
    prepared = [p for p in prepare_captures(items) if isinstance(p, Prepared)]
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    held = KeyFilter(db)
    counts: Counter[str] = Counter()
    holders: Counter[str] = Counter()
    for p in prepared:
        for fp in p.fingerprints:
            counts["articles"] += 1
            for key, tables in _plan(held, fp.passages).items():
                counts["keys"] += 1
                if tables is None:
                    counts["stock_known"] += 1
                    continue
                rows = _key_rows(db, tables, key, bound)
                counts["reads_every_table"] += len(tables)
                counts["reads_until_stock"] += _reads_until_stock(rows, bound)
                if sum(rows) > bound:
                    counts["stock_found"] += 1
                    held.remember_stock(key)
                elif sum(rows) == 0:
                    counts["absent"] += 1
                else:
                    counts["rare"] += 1
                    holders.update(r[0] for t in tables for r in db.execute(
                        f"SELECT article_id FROM {t} WHERE key = ?", (key,)))
    articles = max(counts["articles"], 1)
    out: dict[str, object] = {"store": str(store), "articles": counts["articles"],
                              "passage_tables": len(_tables(db))}
    out.update({k: round(v / articles, 2) for k, v in counts.items() if k != "articles"})
    out["rare_holders"] = round(sum(holders.values()) / articles, 2)
    out["rare_holders_distinct"] = round(len(holders) / articles, 2)
    return out


def _tables(db: sqlite3.Connection) -> tuple[str, ...]:
    from sitrep.store import recent

    return recent.tables(db, recent.PASSAGE)


def _plan(held: KeyFilter, keys: tuple[int, ...]) -> dict[int, list[str] | None]:
    """Each key once: None if the memo knows it stock, else the tables (biggest first) whose
    filter may hold it."""
    plan: dict[int, list[str] | None] = {}
    for key in dict.fromkeys(keys):
        if key in held.stock:
            plan[key] = None
        else:
            plan[key] = list(held.passages([key]))
    return plan


def main(argv: list[str] | None = None) -> int:
    args = store_probe_parser(__doc__, 1000).parse_args(argv)
    if missing_input(args.db, args.jsonl):
        return 2
    found = census(args.db, args.jsonl, args.limit)
    print(json.dumps(found, indent=1))
    write_json(args.json, found)
    return 0


if __name__ == "__main__":
    sys.exit(main())
