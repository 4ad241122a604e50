"""An LSH band key held by more articles than ``BAND_HOLDERS`` + 1: a new article meets only
the holders of smallest id, still joins the group of a story copied many times, and a
cluster run pairs up the same articles on the key as a single process does.

The captures are near copies of one harbour notice written here (a fictional port
authority in a real town): each swaps one or two words for a made-up name, so that every
pair is a copy and most band keys of the notice are held by dozens of them. The inputs are
a folder and a JSON Lines file cut into several parts, so that the cluster must keep the
order one process reads them in.
"""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from made_up import cluster_ingested, ingested, made_up_name

from sitrep.ingest.readers import ReadOptions
from sitrep.ingest.runner import ingest
from sitrep.store import Store, recent
from sitrep.store.relations import BAND_HOLDERS, band_holders

OPTIONS = ReadOptions(captured_at=datetime(2026, 10, 3), captured_at_has_time=False)
NOTICE = (
    "The port authority of Constanta told shipping agents that the southern basin would stay "
    "closed to tankers while divers inspected the breakwater after the storm of last week. "
    "Pilots will guide grain carriers through the northern channel instead, one vessel at a "
    "time and only in daylight, and the harbour master asked crews to keep their radios on "
    "the working channel of the port. The authority said the inspection should end before "
    "the weekend unless the wind turns again, and that berths along the old quay remain open "
    "to ferries and fishing boats. Agents were told to send revised arrival times to the "
    "traffic office by noon each day so that the pilots can plan the next morning.")
SYLLABLES = ["ta", "ro", "mi", "ven", "lu", "dar", "ko", "sel", "pi", "nor", "ga", "bes"]
FOLDER, LINES = 24, 46




def _copy(i: int) -> str:
    """The notice with one or two of its words swapped for names of this copy's own."""
    rng = random.Random(i)
    words = NOTICE.split()
    for j in range(1 + i % 2):
        words[rng.randrange(len(words))] = made_up_name(4 * i + j, SYLLABLES)
    return "Harbour notice\n\n" + " ".join(words) + "\n"


def _inputs(root: Path) -> list[str]:
    folder = root / "notices"
    folder.mkdir()
    for i in range(FOLDER):
        (folder / f"notice-{i:03d}.txt").write_text(_copy(i), encoding="utf-8")
    feed = root / "feed.jsonl"
    with open(feed, "w", encoding="utf-8") as fh:
        for i in range(FOLDER, FOLDER + LINES):
            fh.write(json.dumps({"text": _copy(i), "url": f"https://example.org/n/{i}"}) + "\n")
    return [str(folder), str(feed)]


def _holders(db: sqlite3.Connection) -> dict[tuple[int, int], list[str]]:
    out: dict[tuple[int, int], list[str]] = {}
    for table in recent.tables(db, recent.BAND):
        for band, key, article_id in db.execute(f"SELECT band, key, article_id FROM {table}"):
            out.setdefault((band, key), []).append(article_id)
    return out




def test_a_crowded_band_key_proposes_its_holders_of_smallest_id(tmp_path: Path) -> None:
    paths = _inputs(tmp_path)
    with Store(tmp_path / "single.db") as store:
        ingest(paths, store, OPTIONS)
        articles = list(store.articles())
    assert len(articles) == FOLDER + LINES
    # every copy joined the one group, the late ones too
    assert len({a.group_id for a in articles}) == 1
    db = sqlite3.connect(tmp_path / "single.db")
    held = _holders(db)
    crowded = [k for k, ids in held.items() if len(ids) > BAND_HOLDERS + 1]
    assert crowded, "the copies must crowd some band keys"
    got = band_holders(db, crowded)
    for key in crowded:
        assert got[key] == sorted(held[key])[:BAND_HOLDERS]
    # the late holders of a crowded key were not compared with every earlier one
    pairs = db.execute("SELECT count(*) FROM article_relations").fetchone()[0]
    n = len(articles)
    assert 0 < pairs < n * (n - 1) // 2


def test_a_crowded_band_key_pairs_the_same_articles_in_a_cluster(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    paths = _inputs(tmp_path)
    with Store(tmp_path / "single.db") as store:
        ingest(paths, store, OPTIONS)
        expected = ingested(store)
    got = cluster_ingested(paths, tmp_path / "cluster.db", OPTIONS)
    for table, rows in expected.items():
        assert got[table] == rows, table
