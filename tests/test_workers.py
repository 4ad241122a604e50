"""Extraction in worker processes: the same results as in one process, failures reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.errors import UsageError
from sitrep.extract import Extraction
from sitrep.extract.runner import ExtractionFailure, ExtractionJob, extract_pending, run_job
from sitrep.ingest.readers import ReadOptions, load_manifest
from sitrep.ingest.runner import ingest
from sitrep.store import Store
from sitrep.workers import AUTO_MIN_DOCUMENTS, Workers, available_cores, worker_count

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
EXTRACTION_TABLES = ("extractions", "mentions", "figures", "statements", "events")


def _corpus_store(path: Path) -> Store:
    store = Store(path)
    manifest = CORPUS / "manifest.jsonl"
    ingest([str(CORPUS / "txt"), str(CORPUS / "html")], store,
           ReadOptions(manifest=load_manifest(manifest)[0], manifest_path=str(manifest)))
    return store


def test_two_workers_store_what_one_process_stores(tmp_path: Path):
    with _corpus_store(tmp_path / "one.db") as one, _corpus_store(tmp_path / "two.db") as two:
        single = extract_pending(one, workers=1)
        double = extract_pending(two, workers=2)
        assert (single.workers, double.workers) == (1, 2)
        assert single.done == double.done > 20
        assert single.ok and double.ok
        dump_one, dump_two = one.dump(), two.dump()
    for table in EXTRACTION_TABLES:
        assert dump_one[table] == dump_two[table], table
    assert dump_one["figures"], "the corpus has figures"


def test_a_failing_article_is_reported_and_the_others_go_on():
    good = ExtractionJob("a1", "The ministry said 3,000 troops took part.", None, "en")
    bad = ExtractionJob("a2", None, None, "en")  # type: ignore[arg-type]  # not a text
    with Workers(2) as pool:
        results = list(pool.map(run_job, [good, bad, good]))
    assert isinstance(results[0], Extraction) and isinstance(results[2], Extraction)
    assert results[0].figures and results[0] == results[2]
    assert isinstance(results[1], ExtractionFailure)
    assert results[1].article_id == "a2"
    assert results[1].describe().startswith("E012 article a2: extraction failed")


def test_articles_are_read_in_languages_with_rules_and_left_alone_in_others():
    # Polish has a folder of rules since issue 11; Turkish has none: it is stored and
    # counted as not read, never misread
    job = ExtractionJob("a3", "Ministerstwo podało, że w ćwiczeniach udział weźmie "
                              "3000 żołnierzy.", None, "pl")
    result = run_job(job)
    assert [(f.low, f.measure) for f in result.figures] == [(3000, "troops")]  # type: ignore[union-attr]
    job = ExtractionJob("a4", "Bakanlık, tatbikata 3000 askerin katılacağını açıkladı.", None, "tr")
    assert run_job(job) == Extraction()


def test_worker_count():
    assert worker_count("auto", AUTO_MIN_DOCUMENTS - 1) == 1
    assert worker_count("auto", AUTO_MIN_DOCUMENTS) == available_cores()
    assert worker_count(None, 5) == 1
    assert worker_count("3", 5) == 3
    assert worker_count(0, 5) == available_cores()
    for bad in (-1, "many"):
        with pytest.raises(UsageError):
            worker_count(bad, 5)


def test_cli_extract_json_and_bad_workers(tmp_path: Path):
    db = str(tmp_path / "cli.db")
    with _corpus_store(Path(db)):
        pass
    runner = CliRunner()
    bad = runner.invoke(main, ["extract", "--workers", "-2", "--db", db])
    assert bad.exit_code == 2 and "--workers" in bad.output
    result = runner.invoke(main, ["extract", "--json", "--workers", "1", "--db", db])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["extracted"] > 20 and summary["workers"] == 1 and summary["failures"] == []
    again = json.loads(runner.invoke(main, ["extract", "--json", "--db", db]).output)
    assert again["extracted"] == 0  # nothing pending: a no-op


def test_one_worker_is_this_process_and_runs_its_start_up_here():
    started: list[int] = []
    with Workers(1, initializer=lambda: started.append(1)) as pool:
        assert started == [1]  # before any call, as a worker process would
        assert list(pool.map(len, ["ab", "cde"])) == [2, 3]
    assert started == [1]


def test_pipeline_start_up_freezes_what_it_loaded_out_of_the_collector():
    import gc

    from sitrep.extract.runner import load_pipeline

    try:
        load_pipeline()
        assert gc.get_freeze_count() > 100_000  # the word tables and the gazetteer
    finally:
        gc.unfreeze()

