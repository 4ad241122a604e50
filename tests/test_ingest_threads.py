"""An ingest hands Python's lock on every half millisecond while it runs (ingest/threads.py)
and leaves the interpreter's switch interval as it found it, also when it fails. Texts
written here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from test_key_filter import WHEN

from sitrep.ingest.readers import iter_inputs
from sitrep.ingest.runner import ingest_items
from sitrep.ingest.threads import SWITCH_INTERVAL, lock_handed_on_often
from sitrep.store import Store


def test_the_interval_is_short_inside_and_restored_after_even_on_an_error():
    before = sys.getswitchinterval()
    with lock_handed_on_often():
        assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL)
    assert sys.getswitchinterval() == before
    with pytest.raises(RuntimeError), lock_handed_on_often(0.001):
        assert sys.getswitchinterval() == pytest.approx(0.001)
        raise RuntimeError("a failing run")
    assert sys.getswitchinterval() == before


def test_an_ingest_runs_with_the_short_interval_and_gives_the_old_one_back(tmp_path: Path):
    path = tmp_path / "note.txt"
    path.write_text("The harbour master in Split said two ferries would sail on Sunday "
                    "after the storm, and that the third would wait for calmer seas.",
                    encoding="utf-8")
    before, seen = sys.getswitchinterval(), []
    with Store(tmp_path / "s.db") as store:
        ingest_items(iter_inputs([str(path)], WHEN), store,
                     on_item=lambda _: seen.append(sys.getswitchinterval()))
    assert seen == [pytest.approx(SWITCH_INTERVAL)]
    assert sys.getswitchinterval() == before
