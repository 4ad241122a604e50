"""``sitrep watch``: captures are ingested as they land in a folder, never half-written."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from click.testing import CliRunner

from sitrep.cli import main
from sitrep.ingest.watch import Settling, wanted, watch_folders
from sitrep.store import Store

FIRST = ("Brest regional officials said on Monday that 40 families had been moved from "
         "villages near the river after the flood.\n")
PARTS = ("Pinsk district officials said on Tuesday that 62 families had been moved from ",
         "villages along the Pripyat after the water rose again overnight.\n",
         "Rescue teams from Mozyr joined them on Wednesday, the regional office said.\n")


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_file_is_ready_only_once_it_stops_changing(tmp_path: Path):
    clock = Clock()
    settling = Settling(2.0, clock)
    path = tmp_path / "a.txt"
    path.write_text(PARTS[0])
    settling.saw(str(path))
    clock.now = 1.5
    assert settling.ready() == []
    with open(path, "a") as fh:  # still being written: its settle time starts again
        fh.write(PARTS[1])
    clock.now = 3.0
    assert settling.ready() == []
    clock.now = 4.0
    assert settling.ready() == []
    clock.now = 5.1
    assert settling.ready() == [str(path)]
    assert settling.ready() == []  # taken once
    assert not wanted(str(tmp_path / "page.html.part"))
    assert not wanted(str(tmp_path / ".hidden.txt")) and not wanted("x/sitrep.db-wal")
    assert wanted(str(tmp_path / "page.html"))


def _raws(db: Path) -> list[str]:
    with Store(db) as store:
        return sorted(store.capture_raw(a.capture_id) for a in store.articles())


def _wait(db: Path, count: int, timeout: float = 30.0) -> list[str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        raws = _raws(db)
        if len(raws) >= count:
            return raws
        time.sleep(0.1)
    return _raws(db)


def test_watching_a_folder_ingests_new_and_changed_files_whole(tmp_path: Path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "first.txt").write_text(FIRST, encoding="utf-8")
    db = tmp_path / "w.db"
    Store(db).close()
    stop = threading.Event()
    batches: list[list[str]] = []

    def run() -> None:
        with Store(db) as store:
            watch_folders([str(inbox)], store, settle=0.8, stop=stop,
                          after=lambda paths, _: batches.append(paths))

    watcher = threading.Thread(target=run)
    watcher.start()
    try:
        assert _wait(db, 1) == [FIRST]  # what was there already
        (inbox / "skip.txt.part").write_text(FIRST.replace("40", "41"), encoding="utf-8")
        (inbox / ".hidden.txt").write_text(FIRST.replace("40", "42"), encoding="utf-8")
        with open(inbox / "second.txt", "w", encoding="utf-8") as fh:
            for part in PARTS:  # written over more than the settle time, in pieces
                fh.write(part)
                fh.flush()
                os.fsync(fh.fileno())
                time.sleep(0.5)
        raws = _wait(db, 2)
        assert raws == sorted([FIRST, "".join(PARTS)])  # whole, never a part of it
        with open(inbox / "first.txt", "a", encoding="utf-8") as fh:
            fh.write("The office revised the figure to 45 families on Thursday.\n")
        raws = _wait(db, 3)
        assert len(raws) == 3 and any("revised the figure to 45" in r for r in raws)
        time.sleep(1.5)
        assert len(_raws(db)) == 3  # the partial download and the hidden file: never
    finally:
        stop.set()
        watcher.join(timeout=30)
    assert not watcher.is_alive()
    assert [Path(p).name for b in batches[1:] for p in b] == ["second.txt", "first.txt"]


def test_watch_command_refuses_a_missing_folder(tmp_path: Path):
    result = CliRunner().invoke(main, ["watch", str(tmp_path / "nowhere"),
                                       "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 2 and "does not exist" in result.output
