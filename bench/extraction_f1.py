"""Article-extraction quality of sitrep's HTML cleaner on the Zyte article extraction benchmark.

Why: sitrep hands HTML pages to ``sitrep.clean.html.clean_html_capture``; this measures how much
of each page's hand-annotated article body it keeps (recall) and how little else it adds
(precision), with the benchmark's own metric (see ``extraction_metric.py``), so the figure can
be set beside published scores (trafilatura 2.0.0: F1 0.958). Target: F1 >= 0.955.

What: each of the 181 pages in ``../shared/data/article-extraction-benchmark`` is decompressed,
decoded as UTF-8, wrapped in a ``Capture`` of kind "html" without a URL hint, and cleaned; the
draft's text is scored against ``articleBody``. ``--baseline`` also scores
``trafilatura.extract(html, include_comments=False)`` (what upstream runs) on the same pages.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from benchlib import (
    AEB_DIR,
    Page,
    iter_aeb_pages,
    loaded_code_fingerprint,
    skip_if_missing,
    write_json,
)
from extraction_metric import Report, evaluate

TARGET_F1 = 0.955


def sitrep_extract(page: Page) -> str:
    from sitrep.clean.html import clean_html_capture
    from sitrep.documents import Capture, Locator

    capture = Capture("html", page.html, "utf-8", Locator(f"{page.page_id}.html"),
                      datetime(2025, 8, 18), "explicit")
    result = clean_html_capture(capture)
    return "" if result.draft is None else result.draft.text


def trafilatura_extract(page: Page) -> str:
    import trafilatura

    return trafilatura.extract(page.html, include_comments=False) or ""


def score(name: str, pages: list[Page], extract: Any, n_bootstrap: int,
          seed: int) -> tuple[Report, dict[str, Any]]:
    start = time.perf_counter()
    predictions = [extract(p) for p in pages]
    elapsed = time.perf_counter() - start
    report = evaluate([(p.truth, pred) for p, pred in zip(pages, predictions, strict=True)],
                      n_bootstrap=n_bootstrap, seed=seed)
    print(f"{name:<12} {report.line()}  ({report.empty_predictions} empty, {elapsed:.1f} s)")
    return report, {**report.as_dict(), "seconds": round(elapsed, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=AEB_DIR,
                        help="benchmark folder with html/ and ground-truth.json "
                             "(default: %(default)s)")
    parser.add_argument("--baseline", action="store_true",
                        help="also score trafilatura.extract(html, include_comments=False)")
    parser.add_argument("--bootstrap", type=int, default=1000,
                        help="bootstrap resamples for the ± figures (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=12345,
                        help="seed of the bootstrap resampling (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=None,
                        help="score only the first N pages (by id), for a quick check")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the results as JSON")
    args = parser.parse_args(argv)

    if skip_if_missing(args.data):
        return 0
    pages = list(iter_aeb_pages(args.data))[:args.limit]
    print(f"{len(pages)} pages from {args.data}; metric: 4-gram shingles, macro average, "
          f"{args.bootstrap} bootstrap resamples (seed {args.seed})")
    results: dict[str, Any] = {"pages": len(pages), "bootstrap": args.bootstrap,
                               "seed": args.seed, "target_f1": TARGET_F1}
    ours, results["sitrep"] = score("sitrep", pages, sitrep_extract, args.bootstrap, args.seed)
    results["sitrep_code"] = loaded_code_fingerprint()
    if args.baseline:
        theirs, results["trafilatura"] = score("trafilatura", pages, trafilatura_extract,
                                               args.bootstrap, args.seed)
        results["f1_difference"] = ours.f1 - theirs.f1
        print(f"sitrep - trafilatura F1: {ours.f1 - theirs.f1:+.3f}")
    verdict = "met" if ours.f1 >= TARGET_F1 else "missed"
    results["verdict"] = verdict
    print(f"target F1 >= {TARGET_F1}: {verdict} (sitrep F1 {ours.f1:.3f}; sitrep code "
          f"{results['sitrep_code']})")
    write_json(args.json, {"benchmark": "extraction_f1", **results})
    return 0


if __name__ == "__main__":
    sys.exit(main())
