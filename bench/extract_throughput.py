"""Extraction speed: articles/s and words/s, in one process and with worker processes.

Why: issue 3 asks for at least 150 articles/s on this 2-core machine, on clean text (cleaning
and storing are measured by ``ingest_throughput.py``). What: the texts are extracted
``--repeats`` times (default 5) after one warm-up pass that loads the pipeline and the
gazetteer, first with ``extract_text`` in this process, then through the same worker pool
``sitrep extract`` uses (``--workers``, default 2: this machine's cores), texts pickled to the
workers and results pickled back. The median pass of each is reported, and their ratio: both
run in the same session, so machine noise touches both. Run from the repository root.
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
    parser.add_argument("--workers", type=int, default=2,
                        help="worker processes for the second measurement (default 2)")
    parser.add_argument("--json", help="write the result as JSON to this path")
    args = parser.parse_args(argv)

    from sitrep.extract.runner import (
        ExtractionFailure,
        ExtractionJob,
        load_pipeline,
        run_job,
    )
    from sitrep.ingest.readers import ReadOptions, load_manifest
    from sitrep.ingest.runner import ingest
    from sitrep.store import Store
    from sitrep.workers import Workers

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
    jobs = [ExtractionJob(str(i), text, published, "en")
            for i, (text, published) in enumerate(articles)]
    runs = {}
    for workers in (1, args.workers):
        with Workers(workers, initializer=load_pipeline) as pool:
            list(pool.map(run_job, jobs))  # warm-up: workers start, pipeline and gazetteer load
            seconds = []
            for _ in range(args.repeats):
                start = time.perf_counter()
                results = list(pool.map(run_job, jobs))
                seconds.append(time.perf_counter() - start)
        failed = sum(1 for r in results if isinstance(r, ExtractionFailure))
        median = statistics.median(seconds)
        runs[f"workers_{workers}"] = {
            "workers": workers, "seconds": seconds, "failed": failed,
            "median_articles_per_s": len(articles) / median,
            "median_words_per_s": words / median,
            "verdict": "met" if len(articles) / median >= TARGET else "missed"}
        print(f"{workers} process{'es' if workers > 1 else ''}: median of {args.repeats} passes "
              f"{len(articles) / median:.0f} articles/s, {words / median:,.0f} words/s "
              f"(target {TARGET:.0f} articles/s: {runs[f'workers_{workers}']['verdict']})")
    one, many = runs["workers_1"], runs[f"workers_{args.workers}"]
    result = {"benchmark": "extract_throughput",
              "texts": "benchmark ground truth" if args.benchmark_texts else "sample corpus",
              "articles": len(articles), "words": words,
              "words_per_article": round(words / len(articles)),
              "repeats": args.repeats, "target_articles_per_s": TARGET, "runs": runs,
              "speedup": many["median_articles_per_s"] / one["median_articles_per_s"]}
    print(f"{len(articles)} articles, {words:,} words ({result['words_per_article']} a text); "
          f"{args.workers} workers / 1 process: {result['speedup']:.2f}x")
    if args.json:
        write_json(Path(args.json), result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
