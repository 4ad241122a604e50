"""Screenshots of the situation report on news nobody here wrote: docs/report-benchmark.png and
docs/report-news-dev.png.

Why: the report is judged by how it reads on general news (a map fitted to the places, a
timeline of dated claims, findings first), not only on the sample corpus it was made with.
What: the 181 ground-truth texts of ``../shared/data/article-extraction-benchmark`` and the
120 pages of ``../shared/data/news-dev`` are each ingested (one JSON Lines record per page,
as a user would feed them) into a store of their own, extracted, and reported; the report is
opened in Debian's Chromium through Playwright, served from 127.0.0.1, with every request
off the machine blocked and counted (the count must be 0). Skipped cleanly when ../shared is
absent. Stores are kept under ``--work`` so that reruns after a report change are quick.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
CHROMIUM = "/usr/bin/chromium"


def _benchmark_records(folder: Path) -> Iterator[dict[str, Any]]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(truth):
        entry = truth[page_id]
        yield {"id": page_id, "url": entry.get("url"), "text": entry.get("articleBody") or ""}


def _news_dev_records(folder: Path) -> Iterator[dict[str, Any]]:
    for page in sorted(folder.glob("*/pages/*.json")):
        data = json.loads(page.read_text(encoding="utf-8"))
        yield {"id": f"{page.parent.parent.name}-{page.stem}", "url": data.get("url"),
               "text": data.get("text") or "", "published": data.get("date")}


def build_store(name: str, records: Iterator[dict[str, Any]], work: Path) -> Path:
    """Ingest and extract the records into ``work/name/sitrep.db`` (once) and write the report."""
    from sitrep.extract.runner import extract_pending
    from sitrep.ingest.readers import ReadOptions
    from sitrep.ingest.runner import ingest
    from sitrep.report.build import write_report
    from sitrep.store import Store

    folder = work / name
    pages = folder / "pages"
    db = folder / "sitrep.db"
    if not db.exists():
        pages.mkdir(parents=True, exist_ok=True)
        paths = []
        for rec in records:
            path = pages / f"{rec.pop('id')}.jsonl"
            path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
            paths.append(str(path))
        with Store(db) as store:
            ingest(paths, store, ReadOptions())
            extract_pending(store)
    with Store(db) as store:
        write_report(store, folder / "report")
    return folder / "report"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """No request log on stderr: the script's own lines say what happened."""


def screenshot(report: Path, out: Path) -> list[str]:
    """Open report.html offline in Chromium, save a screenshot; the requests it tried to
    make off the machine are returned (blocked)."""
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_QuietHandler, directory=str(report))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    outside: list[str] = []

    def guard(route: Any) -> None:
        url = route.request.url
        if url.startswith("data:") or urlsplit(url).hostname == "127.0.0.1":
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=[
                "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update",
                "--no-first-run"])
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            page.route("**/*", guard)
            page.goto(f"http://127.0.0.1:{server.server_port}/report.html")
            page.wait_for_function("document.body.dataset.charts !== undefined",
                                   timeout=60_000)
            state = page.evaluate("document.body.dataset.charts")
            if state != "ready":
                raise SystemExit(f"{report}: charts {state}")
            # down to the end of the map: findings, key figures, timeline and map
            height = page.evaluate(
                "document.getElementById('statements').getBoundingClientRect().top"
                " + window.scrollY")
            page.screenshot(path=str(out), full_page=True,
                            clip={"x": 0, "y": 0, "width": 1100, "height": height})
            browser.close()
    finally:
        server.shutdown()
    return outside


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/sitrep-report-shots"),
                        help="where the stores and reports are kept between runs")
    parser.add_argument("--out", type=Path, default=REPO / "docs")
    args = parser.parse_args(argv)
    sets = {"benchmark": (SHARED / "article-extraction-benchmark", _benchmark_records),
            "news-dev": (SHARED / "news-dev", _news_dev_records)}
    for name, (folder, records) in sets.items():
        if not folder.is_dir():
            print(f"skipped {name}: {folder} not found")
            continue
        report = build_store(name, records(folder), args.work)
        out = args.out / f"report-{name}.png"
        outside = screenshot(report, out)
        print(f"{name}: {out} written; requests off the machine: {len(outside)}")
        if outside:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
