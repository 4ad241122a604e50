"""Page and search latency of the workspace (``sitrep serve``) on a big store, and pages
served while an ingest writes.

Why: the analyst keeps the workspace open on weeks of collected news; the targets are
the overview and the filtered figures table under 300 ms p95 on a store of 100,000
articles, and no error while an ingest writes to the same store.

What:
* ``latency``: the app on ``--db`` (built beforehand, e.g. with ``generate_captures.py``
  and ``sitrep ingest``) answers each URL ``--repeats`` times through an in-process ASGI
  client (no network, so the numbers are the app's own: routing, SQLite, the ledger
  cache, templates). First the time to compute the ledger cache is measured (the first
  page after a change of the store); then the warm latency of each page, p50 and p95.
  Search is timed on a few queries of different selectivity.
* ``first``: the first page as ``sitrep serve`` answers it on a server just started
  (it waits a second for the ledger, then says it is being computed), the time until
  the full overview, then the first page after ``--captures`` more captures are ingested
  (the last ledger, marked stale) and the time until the fresh one.
* ``ingest``: while ``--captures`` generated captures are ingested into a copy of the
  store by another thread (batches of 20), ``--requests`` pages are requested; every
  answer that is not 200 is an error.

Usage::

    python bench/generate_captures.py /tmp/c.jsonl -n 100000 --jsonl
    sitrep ingest /tmp/c.jsonl --captured-at 2026-09-01 --db /tmp/big.db
    python bench/serve_latency.py latency --db /tmp/big.db --json bench/results/serve_latency.json
    python bench/serve_latency.py ingest --db /tmp/small.db --captures 2000 --requests 1000
    python bench/serve_latency.py first --db /tmp/big.db --captures 200
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path
from typing import Any

from benchlib import REPO_ROOT, loaded_code_fingerprint, machine_info, write_json

sys.path.insert(0, str(REPO_ROOT / "src"))
warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")

#: One word, two, three, and a prefix, each in about a tenth to a third of the generated
#: captures (generate_captures.py), so that every search ranks thousands of matches.
SEARCHES = ("minister", "harbour workers", "vote bridge repairs", "subsid*")


def _client(db: Path) -> Any:
    from starlette.testclient import TestClient

    from sitrep.web import create_app

    return TestClient(create_app(db), base_url="http://127.0.0.1")


def _timed(client: Any, url: str, repeats: int) -> dict[str, Any]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
    times.sort()
    return {"url": url, "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)], 1),
            "max_ms": round(times[-1], 1), "n": repeats}


def _urls(client: Any) -> list[str]:
    """The pages to time: one of each kind, picked from what the store holds."""
    overview = client.get("/").text
    figures = client.get("/figures").text
    subject = re.search(r'<option value="([^"]+)"', figures)
    urls = ["/", "/figures", "/figures?page=40&sort=value&order=desc"]
    if subject:
        urls.append(f"/figures?subject={subject.group(1)}&source_type=official"
                    "&since=2026-01-01&until=2026-12-31&sort=value")
    urls.append("/figures?speaker=ministry&language=en&page=2")
    for pattern in (r'href="(/finding/g\w+)"', r'href="(/article/a\w+)',
                    r'href="(/entity/n\w+)"'):
        found = re.search(pattern, overview + figures)
        if found:
            urls.append(found.group(1))
    return [*urls, "/entities", "/alerts"]


def latency(db: Path, repeats: int) -> dict[str, Any]:
    with _client(db) as client:
        from sitrep.store import Store

        with Store(db) as store:
            counts = store.counts()
            client.app.state.ctx.workspace(store)  # the start-up warm-up, and lazy tables
            start = time.perf_counter()
            client.app.state.ctx.cache._workspace = None  # time a cold ledger
            client.app.state.ctx.workspace(store)
            cold = time.perf_counter() - start
        pages = [_timed(client, url, repeats) for url in _urls(client)]
        searches = [_timed(client, f"/search?q={q}", repeats) for q in SEARCHES]
        searches += [_timed(client, f"/search?q={SEARCHES[0]}&language=en"
                                    "&since=2026-01-01&page=3", repeats)]
    return {"benchmark": "serve_latency", "articles": counts["articles"],
            "captures": counts["captures"], "ledger_cold_s": round(cold, 2),
            "pages": pages, "searches": searches, "code": loaded_code_fingerprint(),
            "machine": machine_info()}


def during_ingest(db: Path, captures: int, requests: int) -> dict[str, Any]:
    sys.path.insert(0, str(REPO_ROOT / "bench"))
    from generate_captures import write_jsonl

    from sitrep.ingest.readers import ReadOptions
    from sitrep.ingest.runner import ingest
    from sitrep.store import Store

    tmp = Path(tempfile.mkdtemp(prefix="serve-ingest-"))
    copy = tmp / "store.db"
    shutil.copy(db, copy)
    with open(tmp / "c.jsonl", "w", encoding="utf-8") as fh:
        write_jsonl(fh, captures, seed=11)
    done = threading.Event()

    def write() -> None:
        try:
            with Store(copy) as store:
                ingest([str(tmp / "c.jsonl")], store, ReadOptions(), batch_size=20)
        finally:
            done.set()

    statuses: list[int] = []
    during = 0  # requests answered while the ingest was still running
    urls = ("/", "/figures", "/search?q=personnel", "/figures?page=3&sort=value",
            "/entities")
    with _client(copy) as client:
        writer = threading.Thread(target=write)
        start = time.perf_counter()
        writer.start()
        while len(statuses) < requests:
            statuses.append(client.get(urls[len(statuses) % len(urls)]).status_code)
            during += not done.is_set()
        writer.join()
        elapsed = time.perf_counter() - start
    with Store(copy) as store:
        stored = store.counts()["captures"]
    shutil.rmtree(tmp)
    return {"benchmark": "serve_during_ingest", "requests": requests,
            "errors": sum(s != 200 for s in statuses), "captures_ingested": captures,
            "captures_in_store": stored, "requests_during_ingest": during,
            "seconds": round(elapsed, 1), "code": loaded_code_fingerprint()}


def _until(client: Any, ready: Any, limit: float = 3600) -> Any:
    """The overview, asked every half second until its answer passes ``ready``."""
    start = time.perf_counter()
    page = client.get("/")
    while not ready(page) and time.perf_counter() - start < limit:
        time.sleep(0.5)
        page = client.get("/")
    return page


def first_page(db: Path, captures: int) -> dict[str, Any]:
    """The first page as ``sitrep serve`` gives it (a second's wait for the ledger), on a
    server just started, then after an ingest changes the store: how long each answer
    took, what it was, and how long until the full (then the fresh) overview."""
    sys.path.insert(0, str(REPO_ROOT / "bench"))
    from generate_captures import write_jsonl
    from starlette.testclient import TestClient

    from sitrep.ingest.readers import ReadOptions
    from sitrep.ingest.runner import ingest
    from sitrep.store import Store
    from sitrep.web import create_app

    tmp = Path(tempfile.mkdtemp(prefix="serve-first-"))
    copy = tmp / "store.db"
    shutil.copy(db, copy)
    with open(tmp / "c.jsonl", "w", encoding="utf-8") as fh:
        write_jsonl(fh, captures, seed=12)
    out: dict[str, Any] = {"benchmark": "serve_first_page"}
    with TestClient(create_app(copy, wait=1.0), base_url="http://127.0.0.1") as client:
        start = time.perf_counter()
        page = client.get("/")
        out["first_page_s"] = round(time.perf_counter() - start, 2)
        out["first_page_status"] = page.status_code
        _until(client, lambda p: p.status_code == 200)
        out["full_overview_s"] = round(time.perf_counter() - start, 1)
        with Store(copy) as store:
            ingest([str(tmp / "c.jsonl")], store, ReadOptions(), batch_size=20)
            out["articles"] = store.counts()["articles"]
        start = time.perf_counter()
        page = client.get("/")
        out["after_ingest_page_s"] = round(time.perf_counter() - start, 2)
        out["after_ingest_status"] = page.status_code
        out["after_ingest_stale"] = "The store is changing" in page.text
        _until(client, lambda p: "The store is changing" not in p.text)
        out["fresh_overview_s"] = round(time.perf_counter() - start, 1)
    shutil.rmtree(tmp)
    return {**out, "captures_ingested": captures, "code": loaded_code_fingerprint(),
            "machine": machine_info()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=["latency", "ingest", "first"])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--repeats", type=int, default=40)
    parser.add_argument("--captures", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    if args.mode == "latency":
        result = latency(args.db, args.repeats)
        print(f"{result['articles']:,} articles; ledger computed in "
              f"{result['ledger_cold_s']} s (first page after a change)")
        for row in result["pages"] + result["searches"]:
            print(f"  {row['url'][:70]:<70} p50 {row['p50_ms']:>7} ms  "
                  f"p95 {row['p95_ms']:>7} ms")
    elif args.mode == "first":
        result = first_page(args.db, args.captures)
        print(" ".join(f"{k}={v}" for k, v in result.items()
                       if k not in ("code", "machine", "benchmark")))
    else:
        result = during_ingest(args.db, args.captures, args.requests)
        print(f"{result['requests']} requests ({result['requests_during_ingest']} while "
              f"{result['captures_ingested']} captures were ingested): {result['errors']} "
              f"errors ({result['seconds']} s)")
    write_json(args.json, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
