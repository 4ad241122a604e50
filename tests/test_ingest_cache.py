"""An ingest sizes SQLite's page cache to the store it writes to (store/connection.py):
the duplicate look-ups of a big store stay in memory, and a small store costs no more."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sitrep.ingest.readers import ReadOptions
from sitrep.ingest.runner import ingest
from sitrep.store import Store
from sitrep.store.connection import CACHE_MIB, INGEST_CACHE_MAX_MIB, ingest_cache_mib

GIB = 2**30


def test_the_cache_grows_with_the_store_between_its_bounds() -> None:
    assert ingest_cache_mib(0) == CACHE_MIB
    assert ingest_cache_mib(2 * GIB) == CACHE_MIB  # a twentieth would be 102 MiB
    assert ingest_cache_mib(8 * GIB) == 409
    assert ingest_cache_mib(9 * GIB) == 460
    assert ingest_cache_mib(12 * GIB) == INGEST_CACHE_MAX_MIB  # 614 is more than the cap
    assert ingest_cache_mib(24 * GIB) == INGEST_CACHE_MAX_MIB  # 1,228 is more than the cap
    assert ingest_cache_mib(400 * GIB) == INGEST_CACHE_MAX_MIB


def test_an_ingest_sets_the_cache_for_the_store_it_writes(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    text = ("The harbour office in Split said on Tuesday that 14 ferries had been held in "
            "port by the bora wind, and that sailings to the islands would resume at noon.")
    with Store(db) as store:
        store._db.execute("PRAGMA cache_size=-2000")  # SQLite's default, to see it change
        (tmp_path / "a.txt").write_text(text)
        ingest([str(tmp_path / "a.txt")], store, ReadOptions(captured_at=datetime(2026, 3, 2)))
        assert store._db.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_MIB * 1024
        assert store.counts()["articles"] == 1
