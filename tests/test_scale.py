"""Cluster ingest and extraction (``--cluster``) against a single-process run.

A real Dask scheduler and two workers run as separate processes on 127.0.0.1, started with
``python -m dask scheduler`` and ``python -m dask worker`` as a user would. The inputs are a
folder of generated captures (with near copies, so there are duplicate groups) and a JSON
Lines file cut into several byte ranges, and two folders of copies that only shared
passages find (trimmed and padded copies, two stories quoting one statement). The cluster
store must hold exactly what the single-process store holds: every row of every data table
(articles, duplicate groups, band keys, passage keys, pairs, figures, statements...), also
when the store held some of the articles before. A single-process store does not depend on
the order articles arrive in (when no passage is a stock phrase). A second run must change
nothing, inputs named by URL (fsspec) give the same articles, and killing a worker in the
middle of a run must lose no article (that test comes last: it leaves one worker).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from synth import write_captures
from test_copies import PADDED, STORY_A, STORY_B, TRIMMED, UPDATE

from sitrep import dedupe
from sitrep.extract.runner import extract_pending
from sitrep.ingest.readers import ReadOptions
from sitrep.ingest.runner import ingest
from sitrep.scale import cluster_extract, cluster_ingest, parse_cluster
from sitrep.scale.parts import PartSizes
from sitrep.store import Store

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

SRC = Path(__file__).resolve().parents[1] / "src"
TRANSLATIONS = Path(__file__).parent / "translation_fixtures"
OPTIONS = ReadOptions(captured_at=datetime(2026, 8, 20), captured_at_has_time=False)
#: Small parts, so that even this small input is cut into many tasks.
SMALL = {"sizes": PartSizes(files=15, bytes=6_000)}
#: Seven outlets run one wire story: with the padded and trimmed runs, a group of nine.
OUTLET_TOWNS = ["Osijek", "Vukovar", "Vinkovci", "Sisak", "Karlovac", "Zadar", "Split"]


def _inputs(root: Path) -> list[str]:
    folder = root / "pages"
    paths = write_captures(folder, 90, seed=11)
    feed = root / "feed.jsonl"
    more = write_captures(root / "lines", 60, seed=12)
    with open(feed, "w", encoding="utf-8") as fh:
        for i, path in enumerate(more):
            if i % 17 == 3:
                fh.write("\n")  # a blank line keeps the line numbers honest
            fh.write(json.dumps({"text": path.read_text(encoding="utf-8"),
                                 "url": f"https://example.org/story/{i}"}) + "\n")
        fh.write('{"title": "no text here"}\n')  # refused: E-code for a missing field
    assert len(paths) == 90
    copies = [root / "copies-1", root / "copies-2"]
    wire = {f"outlet-{town}": f"Readers in {town} get this agency report on the floods in "
            f"the Sava valley as it came in.\n\n{PADDED}" for town in OUTLET_TOWNS}
    first = {"padded": PADDED, "a": STORY_A, **dict(list(wire.items())[:4])}
    second = {"trimmed": TRIMMED, "update": UPDATE, "b": STORY_B, **dict(list(wire.items())[4:])}
    for folder, texts in zip(copies, [first, second], strict=True):
        folder.mkdir()
        for name, text in texts.items():
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    # a story and its translation: both runs link them (and key every article alike)
    translated = root / "translated"
    translated.mkdir()
    for name in ("flood-en", "flood-ru"):
        (translated / f"{name}.txt").write_text(
            (TRANSLATIONS / f"{name}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    return [str(folder), str(feed), *map(str, copies), str(translated)]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}


def _start_worker(address: str, tmp: Path, name: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "dask", "worker", address, "--nthreads", "1", "--no-nanny",
         "--no-dashboard", "--name", name, "--local-directory", str(tmp / name),
         "--death-timeout", "120"],
        env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list]]:
    """A scheduler and two workers, each its own process; yields (address, worker procs)."""
    from distributed import Client

    tmp = tmp_path_factory.mktemp("dask")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = subprocess.Popen(
        [sys.executable, "-m", "dask", "scheduler", "--host", "127.0.0.1", "--port",
         str(port), "--no-dashboard"], env=_env(), stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    workers = [_start_worker(address, tmp, f"w{i}") for i in range(2)]
    try:
        with Client(address, timeout=120) as client:
            client.wait_for_workers(2, timeout=120)
        yield address, workers
    finally:
        for proc in [*workers, scheduler]:
            proc.terminate()
        for proc in [*workers, scheduler]:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


@pytest.fixture(scope="module")
def single(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], dict]:
    """The inputs, and the dump of a single-process ingest and extraction of them."""
    root = tmp_path_factory.mktemp("inputs")
    paths = _inputs(root)
    with Store(root / "single.db") as store:
        summary = ingest(paths, store, OPTIONS)
        extract_pending(store, workers=1)
        assert summary.duplicates > 0 and summary.refused  # groups to compare, a refusal
        assert summary.translations is not None and summary.translations.linked == 1
        dump = store.dump()
        signatures = dict(dump["article_minhash"])  # compact, as similarity reads them
        kinds = {(kind, dedupe.similarity(signatures[a], signatures[b]) >= dedupe.THRESHOLD)
                 for a, b, kind, _ in dump["article_relations"]}
        # copies found by MinHash, copies only shared passages find, same-source pairs
        assert {(dedupe.COPY, True), (dedupe.COPY, False), (dedupe.SAME_SOURCE, False)} <= kinds
        # every pair of the wire story's group is recorded, however many copies it has
        group = [r[0] for r in dump["articles"] if r[-1] == _wire_group(dump)]
        assert len(group) == len(OUTLET_TOWNS) + 2
        pairs = {(a, b) for a, b, kind, _ in dump["article_relations"] if kind == dedupe.COPY}
        assert all((a, b) in pairs for a in group for b in group if a < b)
        return paths, dump


def _wire_group(dump: dict) -> str:
    """The group of the padded run of the wire story (the article with its last words)."""
    return next(r[-1] for r in dump["articles"] if r[3].rstrip().endswith("countries."))


_INGESTED = ("captures", "capture_sources", "articles", "lsh_bands", "line_labels",
             "passage_keys", "article_relations", "translation_keys", "translation_checked",
             "translation_links")


def test_a_single_process_store_does_not_depend_on_arrival_order(single, tmp_path):
    """Copies before their originals, the other story quoting a statement first: the same
    groups and pairs. No passage here is held by more than STOCK_POSTINGS articles: one that
    is pairs up its first holders only (tests/test_scale_stock.py)."""
    paths, expected = single
    with Store(tmp_path / "reversed.db") as store:
        ingest(paths[::-1], store, OPTIONS)
        got = store.dump()
    for table in _INGESTED:
        assert got[table] == expected[table], table


def test_a_cluster_run_stores_what_a_single_process_stores(single, cluster, tmp_path):
    paths, expected = single
    address, _ = cluster
    messages: list[str] = []
    with Store(tmp_path / "cluster.db") as store:
        summary = cluster_ingest(paths, store, parse_cluster(address), OPTIONS,
                                 on_message=messages.append, **SMALL)
        report = cluster_extract(store, parse_cluster(address))
        got = store.dump()
        assert report.ok and report.done == len(expected["articles"])
        assert summary.captures == len(expected["captures"]) and len(summary.refused) == 1
        assert any("dashboard" in m for m in messages)
        for table, rows in expected.items():
            assert got[table] == rows, table
        groups = {r[-1] for r in got["articles"]}
        assert len(groups) < len(got["articles"])  # near copies were grouped
        # the same command again is a no-op
        again = cluster_ingest(paths, store, parse_cluster(address), OPTIONS, **SMALL)
        assert cluster_extract(store, parse_cluster(address)).done == 0
        assert again.captures == 0 and again.articles == 0
        assert store.dump() == got


def test_a_cluster_run_into_a_store_with_articles_finds_their_copies(single, cluster,
                                                                    tmp_path):
    """The originals are stored by a single process first; the cluster run brings their
    copies and the other story quoting the same statement."""
    paths, expected = single
    address, _ = cluster
    with Store(tmp_path / "grown.db") as store:
        ingest(paths[2:3], store, OPTIONS)
        cluster_ingest(paths, store, parse_cluster(address), OPTIONS, **SMALL)
        got = store.dump()
    for table in _INGESTED:
        assert got[table] == expected[table], table


def test_inputs_named_by_url_are_read_by_the_workers(single, cluster, tmp_path):
    """``file://`` URLs go through fsspec, as ``s3://`` would: the same articles and
    groups (the captures differ only in their source, which is now the URL)."""
    paths, expected = single
    address, _ = cluster
    with Store(tmp_path / "url.db") as store:
        cluster_ingest([Path(p).as_uri() for p in paths], store, parse_cluster(address),
                       OPTIONS, **SMALL)
        got = store.dump()
    assert got["articles"] == expected["articles"]
    assert got["lsh_bands"] == expected["lsh_bands"]
    assert {r[-1] for r in got["capture_sources"]} != {r[-1] for r in
                                                        expected["capture_sources"]}
    assert all('"file://' in r[-1] for r in got["capture_sources"])


def test_killing_a_worker_mid_run_loses_no_article(single, cluster, tmp_path):
    paths, expected = single
    address, workers = cluster
    killed: list[int] = []

    def kill_one(stage: str, done: int, total: int) -> None:
        if stage == "parts" and done == 2 and not killed:
            workers[0].send_signal(signal.SIGKILL)
            killed.append(workers[0].pid)

    with Store(tmp_path / "cluster.db") as store:
        cluster_ingest(paths, store, parse_cluster(address), OPTIONS, on_progress=kill_one,
                       **SMALL)
        assert killed and workers[0].wait(timeout=10) == -signal.SIGKILL
        got = store.dump()
    for table in ("captures", "capture_sources", "articles", "lsh_bands", "line_labels"):
        assert got[table] == expected[table], table
