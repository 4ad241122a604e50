"""Extraction speed: articles/s and words/s of ``sitrep.extract.extract_text``.

Why: issue 3 asks for at least 150 articles/s on this 2-core machine, on clean text (cleaning
and storing are measured by ``ingest_throughput.py``). What: the sample corpus is ingested
once into a temporary store; then every stored article's clean text is extracted, ``--repeats``
times (default 5) after one warm-up pass that loads the gazetteer, and the median pass is
reported. Run from the repository root.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from benchlib import write_json

REPO = Path(__file__).resolve().parents[1]
TARGET = 150.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(REPO / "corpus"), help="captures to extract")
    parser.add_argument("--repeats", type=int, default=5, help="timed passes (default 5)")
    parser.add_argument("--benchmark-texts", action="store_true",
                        help="extract the ground-truth article texts of "
                             "../shared/data/article-extraction-benchmark instead (real news "
                             "lengths, about 730 words; no publication dates)")
    parser.add_argument("--json", help="write the result as JSON to this path")
    args = parser.parse_args(argv)

    from sitrep.extract import extract_text
    from sitrep.pipeline import ingest
    from sitrep.sources import ReadOptions, load_manifest
    from sitrep.store import Store

    if args.benchmark_texts:
        gt = REPO.parent / "shared" / "data" / "article-extraction-benchmark" / "ground-truth.json"
        if not gt.is_file():
            print(f"skipped: {gt} not found")
            return 0
        articles = [(v["articleBody"], None) for v in json.loads(gt.read_text()).values()]
    else:
        corpus = Path(args.corpus)
        if not corpus.is_dir():
            print(f"skipped: {corpus} not found")
            return 0
        manifest = corpus / "manifest.jsonl"
        entries = load_manifest(manifest)[0] if manifest.is_file() else {}
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
            ingest([str(corpus)], store, ReadOptions(manifest=entries,
                                                      manifest_path=str(manifest)))
            articles = [(a.text, date.fromisoformat(a.published) if a.published else None)
                        for a in store.articles()]
    words = sum(len(text.split()) for text, _ in articles)
    for text, published in articles:  # warm-up: gazetteer and pipeline load once
        extract_text(text, published)
    seconds = []
    for _ in range(args.repeats):
        start = time.perf_counter()
        for text, published in articles:
            extract_text(text, published)
        seconds.append(time.perf_counter() - start)
    median = statistics.median(seconds)
    result = {"benchmark": "extract_throughput",
              "texts": "benchmark ground truth" if args.benchmark_texts else "sample corpus",
              "articles": len(articles), "words": words,
              "repeats": args.repeats, "seconds": seconds,
              "median_articles_per_s": len(articles) / median,
              "median_words_per_s": words / median, "target_articles_per_s": TARGET,
              "verdict": "met" if len(articles) / median >= TARGET else "missed"}
    print(f"{len(articles)} articles, {words:,} words; median of {args.repeats} passes: "
          f"{result['median_articles_per_s']:.0f} articles/s, "
          f"{result['median_words_per_s']:,.0f} words/s (target {TARGET:.0f} articles/s: "
          f"{result['verdict']})")
    if args.json:
        write_json(Path(args.json), result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
