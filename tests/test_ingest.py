"""Ingest into a real SQLite store: idempotence, crash safety, duplicate groups, provenance."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

from conftest import FIXTURES
from synth import write_captures

from sitrep.ingest.readers import ReadOptions
from sitrep.ingest.runner import ingest
from sitrep.offsets import OffsetMap
from sitrep.store import Store

WHEN = ReadOptions(captured_at=datetime(2026, 8, 20, 12, 0))


def test_reingesting_is_a_no_op(tmp_path: Path, store: Store):
    first = ingest([str(FIXTURES)], store, WHEN)
    assert first.captures == 2 and first.articles == 4 and first.related == 2
    before = store.dump()
    again = ingest([str(FIXTURES)], store, WHEN)
    assert again.captures == 0 and again.already_stored == 2
    assert store.dump() == before


def test_the_same_capture_at_another_path_is_recorded_not_duplicated(tmp_path: Path,
                                                                     store: Store):
    copy = tmp_path / "elsewhere" / "page.txt"
    copy.parent.mkdir()
    shutil.copy(FIXTURES / "appeal_page.txt", copy)
    ingest([str(FIXTURES / "appeal_page.txt")], store, WHEN)
    summary = ingest([str(copy)], store, WHEN)
    assert summary.already_stored == 1
    (article,) = [a for a in store.articles()]
    assert len(store.capture_sources(article.capture_id)) == 2


def test_related_story_copies_form_one_group_marked_as_copies(store: Store):
    ingest([str(FIXTURES / "aggregator_page.txt")], store, WHEN)
    articles = {a.part: a for a in store.articles()}
    main, first, second = articles["main"], articles["related-0"], articles["related-1"]
    assert first.related_to == main.id and second.related_to == main.id
    assert main.related_to is None
    assert first.group_id == second.group_id != main.group_id
    copies = [a for a in (first, second) if a.duplicate_of]
    assert len(copies) == 1 and copies[0].group_size == 2


def _groups(store: Store) -> dict[str, tuple[str | None, str]]:
    return {a.id: (a.duplicate_of, a.group_id) for a in store.articles()}


def test_duplicate_groups_do_not_depend_on_ingest_order(tmp_path: Path):
    paths = write_captures(tmp_path / "caps", 30)
    with Store(tmp_path / "forward.db") as forward:
        summary = ingest([str(p) for p in paths], forward, WHEN)
        forward_groups = _groups(forward)
    with Store(tmp_path / "backward.db") as backward:
        ingest([str(p) for p in reversed(paths)], backward, WHEN)
        backward_groups = _groups(backward)
    assert forward_groups == backward_groups
    copies = [k for k, (dup, _) in forward_groups.items() if dup]
    assert summary.duplicates == len(copies) == 5  # every fifth capture is a near copy


def test_earliest_copy_is_the_original(tmp_path: Path, store: Store):
    paths = write_captures(tmp_path / "caps", 2, copy_every=1)
    ingest([str(paths[1])], store, ReadOptions(captured_at=datetime(2026, 5, 1)))
    ingest([str(paths[0])], store, ReadOptions(captured_at=datetime(2026, 6, 1)))
    rows = list(store.articles())
    original = [a for a in rows if a.duplicate_of is None]
    assert len(original) == 1
    assert original[0].captured_at.startswith("2026-05-01")
    assert original[0].published < next(a for a in rows if a.duplicate_of).published


def test_offsets_map_every_article_back_to_its_capture(tmp_path: Path, store: Store):
    ingest([str(FIXTURES)], store, WHEN)
    for article in store.articles():
        raw = store.capture_raw(article.capture_id)
        offsets = OffsetMap.from_json(article.offsets)
        for seg in offsets.segments:
            piece = article.text[seg.clean_start:seg.clean_start + seg.length]
            assert raw[seg.raw_start:seg.raw_start + seg.length] == piece


def test_capture_time_comes_from_the_manifest_before_the_file_time(tmp_path: Path,
                                                                   store: Store):
    from sitrep.ingest.readers import load_manifest

    page = tmp_path / "page.txt"
    shutil.copy(FIXTURES / "aggregator_page.txt", page)
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text('{"path": "page.txt", "captured_at": "2026-08-20T09:30:00Z", '
                        '"outlet": "Eastern Flank Review"}\n')
    entries, problems = load_manifest(manifest)
    assert not problems
    ingest([str(tmp_path)], store, ReadOptions(manifest=entries, manifest_path=str(manifest)))
    main = next(a for a in store.articles() if a.part == "main")
    assert main.captured_at == "2026-08-20T09:30:00"
    assert main.captured_at_source == "manifest"
    assert main.published == "2026-08-16"
    assert store.counts()["refusals"] == 0  # the manifest itself is not read as a feed


def test_mtime_is_the_last_resort(tmp_path: Path, store: Store):
    page = tmp_path / "page.txt"
    shutil.copy(FIXTURES / "appeal_page.txt", page)
    stamp = datetime(2026, 3, 4, 5, 6, 7).timestamp()
    import os
    os.utime(page, (stamp, stamp))
    ingest([str(page)], store)
    (article,) = list(store.articles())
    assert article.captured_at_source == "mtime"
    assert datetime.fromisoformat(article.captured_at).date() == datetime(2026, 3, 4).date()


def test_search_finds_articles_by_words(store: Store):
    ingest([str(FIXTURES)], store, WHEN)
    hits = store.search("Baranovichi")
    assert len(hits) == 1
    assert store.find_article(hits[0]).title.startswith("Minsk Says")


def _count(db: Path) -> int:
    try:
        con = sqlite3.connect(db, timeout=1)
        try:
            return con.execute("SELECT COUNT(*) FROM captures").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "sitrep", *args]


def test_kill_9_during_ingest_then_rerun_equals_an_uninterrupted_run(tmp_path: Path):
    folder = tmp_path / "caps"
    write_captures(folder, 400)
    common = ["--captured-at", "2026-08-20T12:00", "--batch-size", "10", "--no-extract"]
    clean_db, killed_db = tmp_path / "clean.db", tmp_path / "killed.db"
    subprocess.run(_cli("ingest", str(folder), "--db", str(clean_db), *common), check=True,
                   capture_output=True)

    proc = subprocess.Popen(_cli("ingest", str(folder), "--db", str(killed_db), *common),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while _count(killed_db) < 30 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _count(killed_db)
    assert 0 < partial < 400, f"the kill came at {partial} captures; the test needs mid-run"
    assert partial % 10 == 0, "a batch was half-written"

    subprocess.run(_cli("ingest", str(folder), "--db", str(killed_db), *common), check=True,
                   capture_output=True)
    with Store(clean_db) as a, Store(killed_db) as b:
        assert a.dump() == b.dump()


def test_batches_end_at_a_byte_budget_as_well_as_a_count():
    from sitrep.documents import Capture, Locator
    from sitrep.ingest.runner import _batches

    big = [Capture("text", "x" * 1000, "utf-8", Locator(f"{i}.txt"), datetime(2026, 1, 1),
                   "explicit") for i in range(10)]
    sizes = [len(b) for b in _batches(big, size=200, max_chars=2500)]
    assert sizes == [3, 3, 3, 1]
    assert [len(b) for b in _batches(big, size=4)] == [4, 4, 2]
