"""Prove a speed-up changed no extraction: every record of two checkouts, field by field.

Why: a change made only to run faster must not move a single figure, mention, statement or
event. This script extracts the same texts with this checkout and with ``--other`` (a src
folder, e.g. ``/work/main/src``), each in its own process, writes the full ``repr`` of every
record (every field of every dataclass, in order) one line per record, and compares the
two listings. It reports each article whose records differ and exits 1 if any does.

Texts: the 181 ground-truth pages of the article-extraction benchmark (undated), every page of
news-dev (with its date and language: foreign pages go through their own rules) and the sample
corpus (ingested into a temporary store, with its publication dates).

    python bench/extract_identity.py --other /work/main/src
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from benchlib import AEB_DIR, REPO_ROOT, SHARED

NEWS_DEV = SHARED / "data" / "news-dev"


def _jobs() -> list[object]:
    """The extraction jobs of every text present on this machine, in a fixed order."""
    from sitrep.extract.runner import ExtractionJob
    from sitrep.ingest.readers import ReadOptions, load_manifest
    from sitrep.ingest.runner import ingest
    from sitrep.store import Store

    jobs: list[object] = []
    truth = AEB_DIR / "ground-truth.json"
    if truth.is_file():
        for key, value in sorted(json.loads(truth.read_text()).items()):
            jobs.append(ExtractionJob(f"aeb/{key}", value["articleBody"], None, "en"))
    for page in sorted(NEWS_DEV.glob("*/pages/*.json")):
        value = json.loads(page.read_text())
        published = date.fromisoformat(value["date"]) if value.get("date") else None
        jobs.append(ExtractionJob(f"news-dev/{page.parent.parent.name}/{page.name}",
                                  value["text"], published, value.get("language")))
    corpus = REPO_ROOT / "corpus"
    manifest = corpus / "manifest.jsonl"
    entries = load_manifest(manifest)[0] if manifest.is_file() else {}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "identity.db") as store:
        ingest([str(corpus)], store, ReadOptions(manifest=entries, manifest_path=str(manifest)))
        for article in sorted(store.articles(), key=lambda a: a.id):
            published = date.fromisoformat(article.published) if article.published else None
            jobs.append(ExtractionJob(f"corpus/{article.id}", article.text, published,
                                      article.language))
    return jobs


def dump(out: Path) -> None:
    """Extract every job in this process and write one line per record to ``out``."""
    from sitrep.extract.runner import load_pipeline, run_job

    load_pipeline()
    with out.open("w") as handle:
        for job in _jobs():
            result = run_job(job)  # type: ignore[arg-type]
            name = job.article_id  # type: ignore[attr-defined]
            if not hasattr(result, "figures"):
                handle.write(f"{name}\tfailure\t{result!r}\n")
                continue
            for kind in ("mentions", "figures", "statements", "events"):
                for record in getattr(result, kind):
                    handle.write(f"{name}\t{kind}\t{record!r}\n")
            handle.write(f"{name}\tmain_event\t{result.main_event!r}\n")


def _run(src: Path, out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(src)}
    subprocess.run([sys.executable, __file__, "--child", str(out)], env=env, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", type=Path, required=False,
                        help="the sources to compare with (a src folder)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        dump(args.child)
        return 0
    if args.other is None:
        parser.error("--other is required")
    with tempfile.TemporaryDirectory() as tmp:
        this, other = Path(tmp) / "this.tsv", Path(tmp) / "other.tsv"
        _run(REPO_ROOT / "src", this)
        _run(args.other.resolve(), other)
        ours, theirs = this.read_text().splitlines(), other.read_text().splitlines()
    articles = {line.split("\t", 1)[0] for line in ours + theirs}
    differing = sorted({line[1:].split("\t", 1)[0] for line in
                        difflib.unified_diff(theirs, ours, lineterm="", n=0)
                        if line[:1] in "+-" and not line.startswith(("+++", "---"))})
    print(f"{len(articles)} articles, {len(ours)} records here, {len(theirs)} in --other")
    for shown, line in enumerate(difflib.unified_diff(theirs, ours, "other", "this",
                                                      lineterm="", n=0)):
        if shown == 200:
            print("... (more differences not shown)")
            break
        print(line[:400])
    print(f"{len(differing)} articles differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
