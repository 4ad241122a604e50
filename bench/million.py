"""A million captures on one machine: ingest throughput, memory and store size as it grows.

Why: a GDELT-scale collection runs to millions of articles. Ingest must not slow down as the
store grows (the rule: docs/s over the last 10% of the run at least 80% of docs/s over the
first 10%), memory must stay under 2 GB, and extraction of a large share must finish too.

What: N synthetic plain-text captures of ``generate_captures.py`` (fixed seed, about 10%
near copies), read from a JSON Lines file when there is one, else generated as they are read
(a million captures make a 5 GB file). ``sitrep.ingest.runner.ingest_items`` takes them into
the store. The run is resumable: it goes on after the captures the store holds (``--fresh``
starts over), so a million can be ingested over several sessions, each stopped with
``--stop-file``; windows count captures from the start of the whole run. Every ``--sample``
items a line goes to the log: items, docs/s over the window and overall, docs per
CPU-second of this process (the machine is shared: wall-clock rates move with the other
load, CPU time much less), RSS of this process and its children, store size, and where the
window's time went (cleaning, fingerprints, SQL writes with, apart, the duplicate look-ups
they make, the read of each batch's keys before it, COMMIT with its WAL checkpoints, the
seals and merges of the key segments, and the CPU seconds of each of this process's threads:
the writer, "MainThread", and the others; the read beside the writer starts anew each batch,
so its CPU is the process's less the threads listed). Every
``--window`` items (default 100,000) a summary line gives docs/s per window. Then
``extract_pending`` extracts ``--extract`` articles with two worker processes, logging
articles/s and RSS (this process plus workers);
``--extract-only`` does only that, on a store whose ingest was stopped (a resumed run would
first pass over every stored capture again, and link translations).
``--sqlite-defaults`` opens the store with SQLite's own cache and checkpoint settings and the
old batch of 200: the "before" of the fix. ``--workers N`` cleans, fingerprints and keys the
captures in N worker processes (``sitrep ingest --workers``); the time split and the docs per
CPU-second then count this process alone (its SQL writes and look-ups).
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import dataclasses
import io
import itertools
import json
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchlib import loaded_code_fingerprint, peak_rss_kib, write_json

CAPTURED_AT_TEXT = "2025-08-18"
MAX_RSS_MIB = 2048
MAX_SLOWDOWN = 0.20


def tree_rss_kib(pid: int | None = None) -> int:
    """Resident memory of a process and all its descendants (``VmRSS`` from /proc)."""
    pid = pid or os.getpid()
    total = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                kids = (task / "children").read_text().split()
                todo += [int(k) for k in kids]
    return total


def thread_cpu() -> dict[str, float]:
    """CPU seconds of this process's threads by their Python name (the writer is
    "MainThread", the read beside it "sitrep-read-ahead"), from /proc: which of them a
    store's growth costs. A thread that ended is left out; empty without /proc."""
    out: dict[str, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for thread in threading.enumerate():
        try:
            text = Path(f"/proc/self/task/{thread.native_id}/stat").read_text()
        except OSError:  # ended, or no /proc
            continue
        fields = text[text.rindex(")") + 2:].split()
        out[thread.name] = out.get(thread.name, 0.0) + (int(fields[11]) + int(fields[12])) / tick
    return out


def process_io() -> dict[str, int]:
    """This process's reads from /proc/self/io: ``syscr`` read calls (each page SQLite's own
    cache misses is one, and so is each page a checkpoint reads back from the WAL),
    ``rchar`` their bytes, ``read_bytes`` what came from the disk
    rather than the kernel's file cache. Which of them grows as the store does says whether
    a slow-down is the page cache, the file cache or neither. Empty without /proc."""
    try:
        text = Path("/proc/self/io").read_text()
    except OSError:
        return {}
    fields = dict(line.split(": ") for line in text.splitlines() if ": " in line)
    return {k: int(fields[k]) for k in ("syscr", "rchar", "read_bytes", "write_bytes")
            if k in fields}


def store_mib(db: str) -> float:
    size = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            size += os.path.getsize(db + suffix)
    return size / 2**20


class Log:
    """Lines to stdout and to the log file, flushed at once (the run is followed live)."""

    def __init__(self, path: Path) -> None:
        self.fh = open(path, "a", encoding="utf-8")  # noqa: SIM115 (open for the whole run)

    def __call__(self, line: str) -> None:
        stamp = time.strftime("%H:%M:%S")
        print(f"{stamp} {line}", flush=True)
        self.fh.write(f"{stamp} {line}\n")
        self.fh.flush()


def timed_store(db: str, spent: dict[str, float], sqlite_defaults: bool,
                clock: Callable[[], float] = time.perf_counter,
                cache_mib: int | None = None, top_tier: int | None = None,
                beside_off: dict[str, bool] | None = None) -> Any:
    """A Store that adds the time of its writes (look-ups included) and COMMITs to
    ``spent``; its page cache is SQLite's default with ``sqlite_defaults``, ``cache_mib``
    if given, else what an ingest gives itself (``fit_cache_to_ingest``). While
    ``beside_off["now"]`` is true, its commits checkpoint the WAL themselves, as before the
    thread beside the writer (store/checkpointer.py), so that ``--alternate-checkpoint``
    compares the two in one run."""
    from sitrep.store import Store
    from sitrep.store.connection import BACKSTOP_PAGES, WAL_CHECKPOINT_PAGES

    class TimedStore(Store):
        def add_cleaned(self, *args: Any, **kwargs: Any) -> Any:
            t = clock()
            try:
                return super().add_cleaned(*args, **kwargs)
            finally:
                spent["sql"] += clock() - t

        @contextlib.contextmanager
        def transaction(self) -> Iterator[None]:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            t = clock()
            self._db.execute("COMMIT")
            spent["commit"] += clock() - t
            self._committed()  # as Store.transaction: wakes the checkpoint thread

        def _committed(self) -> None:
            off = beside_off is not None and beside_off["now"]
            pages = WAL_CHECKPOINT_PAGES if off or self._checkpointer is None else BACKSTOP_PAGES
            self._db.execute(f"PRAGMA wal_autocheckpoint={pages}")
            if not off:
                super()._committed()

        def fold_recent(self, *args: Any, **kwargs: Any) -> int:
            if top_tier is not None:
                kwargs["top_tier"] = top_tier
            t = clock()
            try:
                return super().fold_recent(*args, **kwargs)
            finally:
                spent["fold"] += clock() - t

        def fit_cache_to_ingest(self) -> int:
            if sqlite_defaults:
                return 2000 // 1024
            if cache_mib:
                self._db.execute(f"PRAGMA cache_size={-cache_mib * 1024}")
                return cache_mib
            return super().fit_cache_to_ingest()

    store = TimedStore(db)
    if sqlite_defaults:  # the settings before the fix: SQLite's own
        store._db.execute("PRAGMA cache_size=-2000")
        store._db.execute("PRAGMA wal_autocheckpoint=1000")
    return store


def patch_stage_timers(spent: dict[str, float],
                       clock: Callable[[], float] = time.perf_counter) -> None:
    """Time cleaning, fingerprinting and duplicate look-ups as ingest calls them."""
    from sitrep import dedupe
    from sitrep.ingest import prepare
    from sitrep.store import relations
    from sitrep.store.key_filter import KeyFilter

    def wrap(func: Any, key: str) -> Any:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t = clock()
            try:
                return func(*args, **kwargs)
            finally:
                spent[key] += clock() - t
        return timed

    # in this process only: with --workers, cleaning and fingerprints are the workers' time
    prepare.clean_capture = wrap(prepare.clean_capture, "clean")  # type: ignore[attr-defined]
    dedupe.fingerprints = wrap(dedupe.fingerprints, "fingerprint")
    # the duplicate look-ups add_cleaned makes (exact copies by hash, then the LSH band and
    # passage candidates decided on their words), inside its "sql" time
    relations.exact_copies = wrap(relations.exact_copies, "lookup")
    relations.near_relations = wrap(relations.near_relations, "lookup")
    # and the holders of a batch's keys, read before the batch (store/batch_keys.py): a
    # look-up too, made outside add_cleaned, so apart from its "sql"
    KeyFilter.read_batch = wrap(KeyFilter.read_batch, "batch_read")  # type: ignore[method-assign]


class GeneratedJsonl(io.RawIOBase):
    """The JSON Lines ``generate_captures.write_jsonl`` writes, made as they are read: a
    million captures need no 5 GB file (the same seed gives the same lines)."""

    def __init__(self, count: int, seed: int) -> None:
        from generate_captures import generate

        self._lines = (json.dumps({"text": c.text}, ensure_ascii=False).encode() + b"\n"
                       for c in generate(count, seed))
        self._buf = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        while len(self._buf) < len(b):
            line = next(self._lines, None)
            if line is None:
                break
            self._buf += line
        n = min(len(b), len(self._buf))
        b[:n], self._buf = self._buf[:n], self._buf[n:]
        return n


def captures(args: argparse.Namespace, jsonl: Path | None, skip: int) -> Iterator[Any]:
    """The run's items from the JSONL file, or generated from the seed when there is none,
    after the first ``skip`` (the captures a resumed run's store holds already)."""
    from datetime import datetime

    from sitrep.ingest.readers import ReadOptions, iter_inputs, read_stream

    options = ReadOptions(captured_at=datetime.fromisoformat(CAPTURED_AT_TEXT),
                          captured_at_has_time=False)
    if jsonl is not None:
        items = iter_inputs([str(jsonl)], options)
    else:
        stream = io.BufferedReader(GeneratedJsonl(args.count, args.seed), 1 << 20)
        items = read_stream(stream, f"generated-seed-{args.seed}.jsonl", options)
    return itertools.islice(items, skip, args.count)


def stored_captures(db: str) -> int:
    """Captures a store holds (0 without a store): where a resumed run goes on. Never more
    than the items read before (a batch commits whole, items come in order, and a capture
    read twice is stored once), so a resumed run may read a few again (a no-op), never skip."""
    if not Path(db).exists():
        return 0
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        try:
            return int(conn.execute("SELECT count(*) FROM captures").fetchone()[0])
        except sqlite3.OperationalError:  # an empty file: no tables yet
            return 0


#: ``--key-filter``: the ``filter_keys`` setting of the ingest (store/key_filter.py).
_KEY_FILTER = {"auto": None, "on": True, "off": False}


def run_ingest(items: Iterator[Any], skip: int, db: str, args: argparse.Namespace,
               log: Log) -> dict[str, Any]:
    from sitrep.ingest.readers import Item
    from sitrep.ingest.runner import DEFAULT_BATCH, ingest_items

    spent = dict.fromkeys(("clean", "fingerprint", "sql", "lookup", "batch_read", "commit",
                           "fold"), 0.0)
    patch_stage_timers(spent)
    batch = 200 if args.sqlite_defaults else DEFAULT_BATCH
    samples: list[dict[str, Any]] = []
    windows: list[dict[str, Any]] = []
    beside_off = {"now": False} if args.alternate_checkpoint else None
    start = time.perf_counter()
    cpu0 = time.process_time()
    state = {"seen": skip, "t": start, "at": skip, "wt": start, "wat": skip,
             "spent": dict(spent),
             "cpu": cpu0, "wcpu": cpu0, "threads": thread_cpu(), "io": process_io()}

    def sample() -> None:
        now, seen, cpu = time.perf_counter(), state["seen"], time.process_time()
        rate = (seen - state["at"]) / (now - state["t"])
        cpu_rate = (seen - state["at"]) / max(cpu - state["cpu"], 1e-9)
        split = {k: round(spent[k] - state["spent"][k], 1) for k in spent}
        threads, io_now = thread_cpu(), process_io()
        io = {k: v - state["io"].get(k, 0) for k, v in io_now.items()}
        split.update({f"cpu:{name}": round(v - state["threads"].get(name, 0.0), 1)
                      for name, v in threads.items()})
        s = {"items": seen, "seconds": round(now - start, 1), "window_docs_per_s": round(rate, 1),
             "cpu_seconds": round(cpu - cpu0, 1), "window_docs_per_cpu_s": round(cpu_rate, 1),
             "rss_mib": round(tree_rss_kib() / 1024, 1), "store_mib": round(store_mib(db), 1),
             "split_s": split, "io": io}
        if beside_off is not None:
            s["checkpoint_beside"] = not beside_off["now"]
            beside_off["now"] = not beside_off["now"]
        samples.append(s)
        log(f"{seen:>9,} items {s['seconds']:8.0f} s  {rate:6.1f} docs/s (window)  "
            f"{(seen - skip) / (now - start):6.1f} overall  {cpu_rate:6.1f} per CPU-s  "
            f"RSS {s['rss_mib']:6.0f} MiB  "
            f"store {s['store_mib']:8,.0f} MiB  split {split}  io {io}"
            + (f"  checkpoint beside: {s['checkpoint_beside']}" if beside_off else ""))
        state.update(t=now, at=seen, spent=dict(spent), cpu=cpu, threads=threads, io=io_now)
        if seen % args.window == 0 or seen == args.count:
            n = seen - state["wat"]
            w = {"to_items": seen, "docs_per_s": round(n / (now - state["wt"]), 1),
                 "docs_per_cpu_s": round(n / max(cpu - state["wcpu"], 1e-9), 1),
                 "store_mib": s["store_mib"], "rss_mib": s["rss_mib"]}
            windows.append(w)
            log(f"WINDOW {state['wat']:,}-{seen:,}: {w['docs_per_s']} docs/s, "
                f"{w['docs_per_cpu_s']} docs per CPU-second, store "
                f"{w['store_mib']:,.0f} MiB, RSS {w['rss_mib']:.0f} MiB")
            state.update(wt=now, wat=seen, wcpu=cpu)

    def on_item(_: Item) -> None:
        state["seen"] += 1
        if state["seen"] % args.sample == 0:
            sample()
        if args.max_minutes and time.perf_counter() - start > args.max_minutes * 60:
            raise TimeoutError
        if args.stop_file and state["seen"] % args.sample == 0 and args.stop_file.exists():
            raise TimeoutError

    complete = True
    with timed_store(db, spent, args.sqlite_defaults, cache_mib=args.cache_mib,
                     top_tier=args.top_tier, beside_off=beside_off) as store:
        try:
            result = ingest_items(items, store, batch_size=batch, on_item=on_item,
                                  workers=args.workers, link=args.link,
                                  filter_keys=_KEY_FILTER[args.key_filter],
                                  read_ahead=args.read_ahead,
                                  checkpoint_beside=args.checkpoint_beside,
                                  on_stage=lambda stage: stage.startswith("link")
                                  and log(f"stage: {stage}"))
            summary = result.as_dict()
            summary.pop("refusals", None)
            if result.translations is not None:
                summary["translations"] = dataclasses.asdict(result.translations)
                log(f"translations: {summary['translations']}")
        except TimeoutError:
            complete, summary = False, store.counts()
        seconds = time.perf_counter() - start
        if state["seen"] % args.sample:
            sample()
    return {"items": state["seen"], "resumed_after": skip, "seconds": round(seconds, 1),
            "complete": complete, "batch": batch, "workers": args.workers,
            "docs_per_s": round((state["seen"] - skip) / seconds, 1),
            "summary": summary, "samples": samples, "windows": windows,
            "split_s": {k: round(v, 1) for k, v in spent.items()}}


def release_freed_memory(log: Log) -> None:
    """Hand the memory the ingest freed (its page cache of up to 1.2 GB) back to the system
    before the extraction workers start: glibc keeps freed heap for reuse, and this
    process's RSS would count it beside the workers'."""
    before = tree_rss_kib() / 1024
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    log(f"RSS after the ingest {before:,.0f} MiB, after handing freed memory back "
        f"{tree_rss_kib() / 1024:,.0f} MiB")


#: The trees every duplicate look-up reads at random: the band and passage key levels (and
#: the sealed segments of schema 19, listed from the store), the compact signatures (the
#: wide ones of stores before schema 16), the text-hash index.
LOOKUP_TREES = ("lsh_bands", "lsh_middle", "lsh_recent", "passage_keys", "passage_middle",
                "passage_recent", "article_minhash", "article_signatures",
                "articles INDEXED BY articles_text_hash WHERE text_hash > ''")
SEGMENTS_SQL = ("SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND (name GLOB 'lsh_seg_[0-9]*' OR name GLOB 'passage_seg_[0-9]*')")


def warm_lookups(db: str, log: Log) -> float:
    """Read every look-up tree once, in order, before a slice is timed: at the end of a
    run that went on without a stop they are in the file cache, read there by the
    look-ups of the batches before; a store reopened after a reboot or another session's
    work has them on disk, and a slice of 30,000 captures spends its first half pulling
    them in page by page at random (session 10's top slice: 428 s for its first 5,000).
    A scan reads them in key order, near the disk's sequential speed. Seconds taken."""
    start = time.perf_counter()
    if not Path(db).exists():
        log("look-up trees: no store yet, nothing to read")
        return 0.0
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        for tree in (*LOOKUP_TREES, *(r[0] for r in conn.execute(SEGMENTS_SQL))):
            with contextlib.suppress(sqlite3.OperationalError):  # a tree the store lacks
                conn.execute(f"SELECT count(*) FROM {tree}").fetchone()
    seconds = time.perf_counter() - start
    log(f"look-up trees read once before timing: {seconds:,.1f} s")
    return seconds


def run_extract(db: str, limit: int, log: Log) -> dict[str, Any]:
    from sitrep.extract.runner import extract_pending
    from sitrep.store import Store

    state = {"n": 0, "peak": 0}
    start = time.perf_counter()

    def on_article(_: str) -> None:
        state["n"] += 1
        if state["n"] % 10_000 == 0:
            rss = tree_rss_kib() / 1024
            state["peak"] = max(state["peak"], rss)
            log(f"extract {state['n']:>8,} articles {time.perf_counter() - start:7.0f} s  "
                f"{state['n'] / (time.perf_counter() - start):6.1f} articles/s  "
                f"RSS (with workers) {rss:6.0f} MiB")

    with Store(db) as store:
        report = extract_pending(store, workers=2, on_article=on_article, limit=limit)
    seconds = time.perf_counter() - start
    log(f"extracted {report.done:,} articles in {seconds:,.0f} s "
        f"({report.done / seconds:.1f}/s), {len(report.failures)} failures")
    return {"articles": report.done, "seconds": round(seconds, 1),
            "articles_per_s": round(report.done / seconds, 1),
            "failures": len(report.failures), "peak_rss_mib_sampled": round(state["peak"], 1)}


def slowdown(windows: list[dict[str, Any]], samples: list[dict[str, Any]],
             count: int) -> dict[str, Any]:
    """docs/s over the first and the last 10% of the run, from the samples."""
    tenth = count // 10

    def rate(lo: int, hi: int, clock: str) -> float | None:
        a = [s for s in samples if s["items"] <= lo]
        b = [s for s in samples if s["items"] >= hi]
        if not b:
            return None
        t0 = a[-1][clock] if a else 0.0
        if b[0][clock] <= t0:
            return None
        return round((b[0]["items"] - (a[-1]["items"] if a else 0)) / (b[0][clock] - t0), 1)

    out: dict[str, Any] = {}
    for clock, name in (("seconds", "docs_per_s"), ("cpu_seconds", "docs_per_cpu_s")):
        first, last = rate(0, tenth, clock), rate(count - tenth, count, clock)
        out[f"first_10pct_{name}"], out[f"last_10pct_{name}"] = first, last
        if first and last:
            out[f"slowdown_{name}"] = round(1 - last / first, 3)
    if "slowdown_docs_per_s" in out:
        out["verdict"] = "met" if out["slowdown_docs_per_s"] <= MAX_SLOWDOWN else "missed"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1_000_000, help="captures (%(default)s)")
    parser.add_argument("--extract", type=int, default=100_000,
                        help="articles to extract afterwards; 0: none (%(default)s)")
    parser.add_argument("--sample", type=int, default=10_000, help="log every N items")
    parser.add_argument("--window", type=int, default=100_000, help="docs/s per N items")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/sitrep-million"),
                        help="folder for the JSONL input, the store and the log")
    parser.add_argument("--jsonl", type=Path, help="input (default: DIR/captures-COUNT.jsonl; "
                                                   "generated on the fly when missing)")
    parser.add_argument("--db", type=Path, help="store (default: DIR/store.db); a run goes on "
                                                "after the captures it holds")
    parser.add_argument("--fresh", action="store_true", help="delete the store first")
    parser.add_argument("--skip", type=int, metavar="N",
                        help="items of the input to pass over (default: the captures the store "
                             "holds, so that a run resumes); 0 with a JSONL of further "
                             "captures measures a store that is already full")
    parser.add_argument("--log", type=Path, help="log file (default: DIR/million.log)")
    parser.add_argument("--sqlite-defaults", action="store_true",
                        help="SQLite's default cache and checkpoints, batch 200 (the 'before')")
    parser.add_argument("--cache-mib", type=int,
                        help="SQLite page cache of the ingest, MiB (default: the ingest's own, "
                             "a twentieth of the store within 256-1,200)")
    parser.add_argument("--max-minutes", type=float, help="stop ingest after this long")
    parser.add_argument("--stop-file", type=Path,
                        help="stop ingest (and go on to extraction) once this file exists")
    parser.add_argument("--workers", default="1", metavar="N|auto",
                        help="ingest processes that clean and fingerprint (sitrep ingest "
                             "--workers; %(default)s: all in this process)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the results as JSON")
    parser.add_argument("--no-link", dest="link", action="store_false",
                        help="leave translations unlinked (a slice of a store whose "
                        "articles were never linked would link them all)")
    parser.add_argument("--top-tier", type=int, default=None,
                        help="the tier the key segments stop merging at (default: "
                        "store/recent.TOP_TIER; BENCHMARKS.md, session 40, on trying 2)")
    parser.add_argument("--key-filter", choices=sorted(_KEY_FILTER), default="auto",
                        help="the look-ups through a filter of the stored keys: once the "
                        "run is long enough (auto), from the first batch (on), never (off)")
    parser.add_argument("--no-read-ahead", dest="read_ahead", action="store_false",
                        help="the writer reads each batch's stored keys itself, not a thread "
                        "beside it while it stores the batch before (store/read_ahead.py)")
    parser.add_argument("--no-checkpoint-beside", dest="checkpoint_beside",
                        action="store_false",
                        help="the writer's commits copy the WAL back into the store, not a "
                        "thread beside it (store/checkpointer.py)")
    parser.add_argument("--alternate-checkpoint", action="store_true",
                        help="every other sample without the thread beside the writer, to "
                        "compare the two in one run on one store")
    parser.add_argument("--warm", action="store_true",
                        help="read the look-up tables once before timing (a slice of a "
                        "store reopened cold measures as the end of an unbroken run)")
    parser.add_argument("--extract-only", action="store_true",
                        help="no ingest (nor its skipping of the stored captures, nor its "
                        "linking): extract --extract pending articles of the store")
    args = parser.parse_args(argv)

    args.dir.mkdir(parents=True, exist_ok=True)
    jsonl = args.jsonl or args.dir / f"captures-{args.count}.jsonl"
    db = str(args.db or args.dir / "store.db")
    log = Log(args.log or args.dir / "million.log")
    if args.fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(db + suffix).unlink(missing_ok=True)
    if args.extract_only:
        log(f"extract only: {args.extract:,} pending articles of {db}")
        res = {"benchmark": "million", "extract": run_extract(db, args.extract, log),
               "sitrep_code": loaded_code_fingerprint()}
        write_json(args.json, res)
        return 0
    skip = stored_captures(db) if args.skip is None else args.skip
    source = (f"{jsonl} ({jsonl.stat().st_size / 2**20:,.0f} MiB)" if jsonl.exists()
              else f"{args.count:,} captures generated from seed {args.seed}")
    log(f"ingest {source} into {db}, "
        + (f"resuming after {skip:,} captures; " if skip else "from the start; ")
        + f"sqlite defaults: {args.sqlite_defaults}; "
        + f"cache MiB: {args.cache_mib or 'fitted by the ingest'}; workers: {args.workers}; "
        + f"read ahead: {args.read_ahead}")
    res: dict[str, Any] = {"benchmark": "million", "count": args.count, "seed": args.seed}
    items = captures(args, jsonl if jsonl.exists() else None, skip)
    if args.warm:
        res["warm_seconds"] = warm_lookups(db, log)
    res["ingest"] = run_ingest(items, skip, db, args, log)
    res["slowdown"] = (slowdown(res["ingest"]["windows"], res["ingest"]["samples"], args.count)
                       if not skip else "resumed: read the windows of every session's log")
    res["store_mib"] = round(store_mib(db), 1)
    log(f"ingest done: {res['ingest']['items']:,} items in {res['ingest']['seconds']:,.0f} s, "
        f"{res['ingest']['docs_per_s']} docs/s; store {res['store_mib']:,.0f} MiB; "
        f"slowdown {res['slowdown']}; time split {res['ingest']['split_s']}")
    if args.extract:
        release_freed_memory(log)
        res["extract"] = run_extract(db, args.extract, log)
    res["peak_rss_mib_self"] = round(peak_rss_kib() / 1024, 1)
    res["sitrep_code"] = loaded_code_fingerprint()
    write_json(args.json, res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
