"""Ingest with worker processes (``--workers``) stores exactly what one process stores.

The inputs are a few hundred captures of the benchmark's generator (about one in ten a near
copy of an earlier one), the same captures again at another place, lines that are refused,
and the translation fixtures (one article in five languages, two look-alikes): so that the
comparison covers duplicate groups, pairs, refusals and translation links, not only rows.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.dedupe.translations import load_encoder
from sitrep.ingest.pool import PreparePool
from sitrep.ingest.readers import ReadOptions, iter_inputs
from sitrep.ingest.runner import ingest_items
from sitrep.ingest.translations import KEYED_ONLY, VERSION, link_translations
from sitrep.store import Store
from sitrep.workers import AUTO_MIN_DOCUMENTS, available_cores

BENCH = Path(__file__).parent.parent / "bench"
TRANSLATIONS = Path(__file__).parent / "translation_fixtures"
OPTIONS = ReadOptions(captured_at=datetime(2026, 3, 2), captured_at_has_time=False)
#: an article that shares no figure and no name with the translation fixtures
UNRELATED = ("The Ostrava city council approved 812 million crowns for tram repairs on "
             "Monday, its spokeswoman Hana Dvorakova said after the vote.")


def _generator():
    spec = importlib.util.spec_from_file_location("generate_captures",
                                                  BENCH / "generate_captures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Generated captures in JSON Lines, with refused lines among them, the first 30 again
    in a second file (a capture found at two places), and the translation fixtures."""
    folder = tmp_path_factory.mktemp("inputs")
    lines = [json.dumps({"text": c.text}) for c in _generator().generate(240, 11)]
    lines[17] = '{"text": "a line cut off in the mid'  # refused: not JSON
    lines[90] = json.dumps({"text": "   "})  # refused: empty
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "again.jsonl").write_text("\n".join(lines[:30]) + "\n", encoding="utf-8")
    pages = folder / "pages"
    pages.mkdir()
    for page in sorted(TRANSLATIONS.glob("*.txt")):
        (pages / page.name).write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    return [str(folder / "feed.jsonl"), str(pages), str(folder / "again.jsonl")]


@pytest.fixture(scope="module")
def encoder():
    return load_encoder()


def _tables(db: Path) -> dict[str, list[tuple]]:
    """Every table of the store, rows sorted; the time a refusal was last seen left out."""
    with sqlite3.connect(db) as con:
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        out = {}
        for name in names:
            rows = [tuple(r) for r in con.execute(f"SELECT * FROM {name}")]
            if name == "refusals":
                rows = [r[:-1] for r in rows]
            out[name] = sorted(rows, key=repr)
    return out


def test_workers_store_exactly_what_one_process_stores(tmp_path: Path, inputs: list[str],
                                                       encoder):
    stores = {}
    summaries = {}
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.db"
        with Store(db) as store:
            summary = ingest_items(iter_inputs(inputs, OPTIONS), store, batch_size=40,
                                   encoder=encoder, workers=workers)
        stores[workers], summaries[workers] = _tables(db), summary
    one, two = stores[1], stores[2]
    # what the comparison covers is really there
    assert len(one["articles"]) > 300 and one["translation_links"]
    assert len({r for r in one["article_relations"]}) > 10
    # the second file: 30 lines again, one of them the line cut off
    assert summaries[1].already_stored == 29 and len(summaries[1].refused) == 3
    assert summaries[1].as_dict() == summaries[2].as_dict()
    links = [dataclasses.replace(s.translations, seconds=0.0) for s in summaries.values()]
    assert links[0] == links[1] and links[0].linked >= 10
    assert one.keys() == two.keys()
    for table in one:
        assert one[table] == two[table], table
    # a bad line is named by its file and line, with or without workers
    assert any("feed.jsonl:18" in m for m in summaries[2].refused), summaries[2].refused


def test_the_keys_are_saved_with_the_batch_and_linking_reads_only_the_pairs(
        tmp_path: Path, encoder):
    """Ingest keys each article where it cleans it (in the workers) and saves the keys with
    its batch: linking afterwards reads no text to key, only the texts of proposed pairs."""
    pages = [str(p) for p in sorted(TRANSLATIONS.glob("*.txt"))]
    (tmp_path / "council.txt").write_text(UNRELATED, encoding="utf-8")
    pages.append(str(tmp_path / "council.txt"))
    with Store(tmp_path / "s.db") as store:
        ingest_items(iter_inputs(pages, OPTIONS), store, link=False, workers=2)
        assert store.articles_to_link(VERSION, KEYED_ONLY) == []
        assert len(store.articles_to_link(VERSION)) == len(pages)
        read: list[str] = []
        reader = store.link_texts
        store.link_texts = lambda ids: (read.extend(ids), reader(ids))[1]  # type: ignore[method-assign]
        summary = link_translations(store, encoder=encoder)
        assert summary.checked == len(pages) and summary.linked == 10  # five languages
        in_pairs = {x for link in store.translation_links() for x in (link.a, link.b)}
        (council,) = [a.id for a in store.articles() if a.source.endswith("council.txt")]
        assert in_pairs <= set(read) and council not in read
        assert store.articles_to_link(VERSION) == []


def test_auto_starts_the_workers_once_the_input_has_proved_long():
    with PreparePool("auto") as pool:
        assert list(pool.prepare([], AUTO_MIN_DOCUMENTS - 1)) == [[]]
        assert pool.count == 1
        pool.prepare([], 1)
        assert pool.count == available_cores()
    with PreparePool(1) as pool:
        pool.prepare([], AUTO_MIN_DOCUMENTS * 5)
        assert pool.count == 1


def test_the_command_takes_workers(tmp_path: Path, inputs: list[str]):
    db = tmp_path / "cli.db"
    done = CliRunner().invoke(main, ["ingest", inputs[0], "--workers", "2", "--no-extract",
                                     "--json", "--db", str(db)])
    assert done.exit_code == 1, done.output  # two lines refused
    summary = json.loads(done.stdout)
    assert summary["captures"] == 238 and summary["refused"] == 2
    bad = CliRunner().invoke(main, ["ingest", inputs[0], "--workers", "many", "--db",
                                    str(db)])
    assert bad.exit_code == 2 and "--workers" in bad.output


class _Interrupt(Exception):
    """Stands for Ctrl-C, raised by the progress callback as a signal handler would."""


def test_an_ingest_stopped_midway_keeps_whole_batches_and_resumes_to_the_same_store(
        tmp_path: Path, inputs: list[str]):
    def stop_at(n: int):
        seen = [0]

        def on_item(_: object) -> None:
            seen[0] += 1
            if seen[0] == n:
                raise _Interrupt

        return on_item

    stopped, whole = tmp_path / "stopped.db", tmp_path / "whole.db"
    with Store(stopped) as store, pytest.raises(_Interrupt):
        ingest_items(iter_inputs(inputs[:1], OPTIONS), store, batch_size=40, link=False,
                     workers=2, on_item=stop_at(140))
    tables = _tables(stopped)
    # items 1-40 were stored (line 18 refused); 41-120 were with the workers (two batches
    # go ahead of the one stored: runner.SENT_AHEAD), and none is half-written
    assert len(tables["captures"]) == 39 and len(tables["refusals"]) == 1
    assert {r[0] for r in tables["articles"]} == {r[0] for r in tables["translation_checked"]}
    with Store(stopped) as store:
        again = ingest_items(iter_inputs(inputs[:1], OPTIONS), store, batch_size=40,
                             link=False, workers=2)
    assert again.already_stored == 39
    with Store(whole) as store:
        ingest_items(iter_inputs(inputs[:1], OPTIONS), store, batch_size=40, link=False)
    assert _tables(stopped) == _tables(whole)
