"""Extraction on a cluster: texts out to Parquet, rows back from Parquet, merged per batch.

This process holds the store, so it writes each batch's inputs (id, text, dates, language)
to ``WORK/extract/in-BATCH.parquet``; a worker reads that file, runs the same rules as
``sitrep extract`` (:func:`sitrep.extract.runner.run_job`), and writes the rows the store
would have written (:func:`sitrep.store.extractions.extraction_rows`) to
``WORK/extract/out-BATCH/``. Each finished batch is merged in one transaction. A batch id
hashes its article ids and the rules' version; a rerun extracts only what is still
missing, as on one machine.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ..documents import content_id
from ..errors import Reason
from ..extract import EXTRACTOR_VERSION, Extraction
from ..extract.runner import (
    MAX_EXTRACT_CHARS,
    ExtractionFailure,
    ExtractionJob,
    ExtractionReport,
    run_job,
)
from ..store import Store
from ..store.extractions import EXTRACTION_TABLES, EXTRACTIONS_COLUMNS, extraction_rows
from .cluster import ClusterSpec, connect, run_tasks
from .parquet import Row, read_rows, write_rows

BATCH = 250
INPUT_COLUMNS = ("article_id", "text", "published", "language", "captured", "title",
                 "publisher")
_COLUMNS = {"extractions": EXTRACTIONS_COLUMNS, **EXTRACTION_TABLES}


@dataclasses.dataclass(frozen=True, slots=True)
class BatchResult:
    batch_id: str
    failures: tuple[tuple[str, str, str], ...]  # (article id, message, reason code)


def extract_batch(work: str, batch_id: str, max_chars: int | None) -> BatchResult:
    """Extract one batch on a worker; a batch already done is not redone."""
    base = Path(work) / "extract"
    out = base / f"out-{batch_id}"
    if (out / "result.json").exists():
        saved = json.loads((out / "result.json").read_text())
        return BatchResult(batch_id, tuple(tuple(f) for f in saved))  # type: ignore[misc]
    tables: dict[str, list[Row]] = {t: [] for t in _COLUMNS}
    failures = []
    for article_id, text, published, language, captured, title, publisher in read_rows(
            base / f"in-{batch_id}.parquet")[1]:
        job = ExtractionJob(article_id, text, date.fromisoformat(published) if published
                            else None, language,
                            date.fromisoformat(captured[:10]) if captured else None, max_chars,
                            title=title, publisher=publisher)
        result = run_job(job)
        if isinstance(result, ExtractionFailure):
            failures.append((article_id, result.message, result.reason.code))
            if result.retried:
                continue
            result = Extraction()
        for table, values in extraction_rows(article_id, EXTRACTOR_VERSION, result).items():
            tables[table] += values
    tmp = base / f".out-{batch_id}.{uuid.uuid4().hex}.tmp"
    for table, values in tables.items():
        write_rows(tmp / f"{table}.parquet", _COLUMNS[table], values)
    (tmp / "result.json").write_text(json.dumps(failures))
    try:
        os.rename(tmp, out)
    except OSError:  # another attempt finished first
        shutil.rmtree(tmp, ignore_errors=True)
    return BatchResult(batch_id, tuple(failures))


def cluster_extract(store: Store, spec: ClusterSpec, *, work: str | Path | None = None,
                    redo: bool = False, limit: int | None = None,
                    max_chars: int | None = MAX_EXTRACT_CHARS,
                    on_message: Callable[[str], None] | None = None,
                    on_progress: Callable[[int, int], None] | None = None
                    ) -> ExtractionReport:
    """Extract the articles not yet extracted by this version of the rules, on a cluster."""
    base = Path(work) if work else Path(f"{store.path}.parts")
    ids = store.articles_to_extract(EXTRACTOR_VERSION, redo=redo, limit=limit)
    batches = [ids[i:i + BATCH] for i in range(0, len(ids), BATCH)]
    names = {}
    for batch in batches:
        batch_id = content_id(EXTRACTOR_VERSION, max_chars, *batch, prefix="x")
        names[batch_id] = batch
        path = base / "extract" / f"in-{batch_id}.parquet"
        if not path.exists():
            write_rows(path, INPUT_COLUMNS, store.extraction_inputs(batch))
    report = ExtractionReport(workers=0)
    with connect(spec, on_message) as client:
        report.workers = len(client.scheduler_info()["workers"])

        def merge(result: BatchResult) -> None:
            _merge_batch(store, base, names[result.batch_id], result, report)

        run_tasks(client, extract_batch, [(str(base), b, max_chars) for b in names],
                  merge, on_progress)
    return report


def _reason(code: str) -> Reason:
    return next(r for r in Reason if r.code == code)


def _merge_batch(store: Store, base: Path, ids: list[str], result: BatchResult,
                 report: ExtractionReport) -> None:
    out = base / "extract" / f"out-{result.batch_id}"
    tables = {t: read_rows(out / f"{t}.parquet") for t in _COLUMNS}
    retried = {a for a, _, code in result.failures
               if code != Reason.TOO_LONG_TO_EXTRACT.code}
    saved = [i for i in ids if i not in retried]
    with store.transaction():
        store.save_extraction_rows(saved, tables)
    report.failures += [ExtractionFailure(a, m, _reason(code))
                        for a, m, code in result.failures]
    report.done += len(saved) - sum(1 for _, _, c in result.failures
                                    if c == Reason.TOO_LONG_TO_EXTRACT.code)
