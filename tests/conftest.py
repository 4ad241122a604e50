"""Shared fixtures: real files on disk, a real SQLite store per test."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pytest

from sitrep.documents import Capture, Locator
from sitrep.errors import RAISE_INTERNAL_ENV
from sitrep.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def text_capture(raw: str, captured_at: datetime = datetime(2026, 8, 20, 12, 0),
                 has_time: bool = True) -> Capture:
    return Capture("text", raw, "utf-8", Locator("test.txt"), captured_at, "explicit",
                   captured_at_has_time=has_time)


def figure_values(capture_file: Path, captured_at: str = "2026-09-13") -> list[int]:
    """The low values of the figures ``sitrep ingest`` then ``sitrep figures`` give for one
    file, run in-process into a store beside it."""
    from click.testing import CliRunner

    from sitrep.cli import main

    db, runner = str(capture_file.with_suffix(".db")), CliRunner()
    done = runner.invoke(main, ["--db", db, "ingest", str(capture_file),
                                "--captured-at", captured_at])
    assert done.exit_code == 0, done.output
    done = runner.invoke(main, ["--db", db, "figures", "--format", "jsonl"])
    assert done.exit_code == 0, done.output
    return sorted(json.loads(line)["low"] for line in done.output.splitlines() if line.strip())


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "test.db") as s:
        yield s


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store ``sitrep demo`` builds from the bundled sample corpus, built once for the
    session: tests that read it never write to it (copy it to correct it)."""
    from sitrep.demo import find_corpus, run_demo

    tmp = tmp_path_factory.mktemp("demo")
    corpus = find_corpus()
    assert corpus is not None
    run_demo(corpus, str(tmp / "demo.db"), echo=lambda _: None, report_dir=tmp / "report")
    return tmp / "demo.db"


def pytest_configure(config: pytest.Config) -> None:
    """A bug must fail a test, not hide as an E013 refusal or a one-line CLI message: the
    switch is on for the whole suite (and the subprocesses it starts, which inherit it).
    The tests of the E013 path turn it off themselves."""
    os.environ[RAISE_INTERNAL_ENV] = "1"
