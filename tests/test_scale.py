"""Cluster ingest and extraction (``--cluster``) against a single-process run.

A real Dask scheduler and two workers run as separate processes on 127.0.0.1, started with
``python -m dask scheduler`` and ``python -m dask worker`` as a user would. The inputs are a
folder of generated captures (with near copies, so there are duplicate groups) and a JSON
Lines file cut into several byte ranges. The cluster store must hold exactly what the
single-process store holds: every row of every data table (articles, duplicate groups,
band keys, figures, statements...). A second run must change nothing, inputs named by URL
(fsspec) give the same articles, and killing a worker in the middle of a run must lose no
article (that test comes last: it leaves one worker).
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

from sitrep.extract.runner import extract_pending
from sitrep.ingest.readers import ReadOptions
from sitrep.ingest.runner import ingest
from sitrep.scale import cluster_extract, cluster_ingest, parse_cluster
from sitrep.scale.parts import PartSizes
from sitrep.store import Store

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

SRC = Path(__file__).resolve().parents[1] / "src"
OPTIONS = ReadOptions(captured_at=datetime(2026, 8, 20), captured_at_has_time=False)
#: Small parts, so that even this small input is cut into many tasks.
SMALL = {"sizes": PartSizes(files=15, bytes=6_000)}


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
    return [str(folder), str(feed)]


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
        return paths, store.dump()


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
