"""Hostile input at the batch level: one bad document never costs another.

An unexpected exception on one capture refuses that capture (E013) and the rest of its batch
is stored; odd text reaches SQLite without raising; two processes may create one store at
once; workers die with their parent; and no file name can forge a line of output.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from synth import write_captures

from sitrep.cli import main
from sitrep.cli.messages import printable
from sitrep.documents import Capture, Hints, Locator, Refusal
from sitrep.errors import RAISE_INTERNAL_ENV, Reason
from sitrep.ingest.readers import ReadOptions, iter_inputs
from sitrep.ingest.runner import ingest, ingest_items
from sitrep.store import Store

SRC = Path(__file__).resolve().parents[1] / "src"
WHEN = ReadOptions(captured_at=datetime(2026, 8, 20, 12, 0))
PAGE = ("Rail Yard Expansion Finished Near Lida\n\nNorthline Wire3 days ago\n"
        "The regional transport office said on Tuesday that the new sidings near Lida can "
        "hold 40 wagons. A spokesman added that 120 workers had finished the job early.\n"
        "Comments\n")


def _env(**extra: str) -> dict[str, str]:
    """The environment of a subprocess that runs this checkout's sitrep."""
    env = {**os.environ, "PYTHONPATH": str(SRC), **extra}
    env.pop("SITREP_DB", None)
    return env


def _good_captures(folder: Path, count: int) -> list[Capture]:
    write_captures(folder, count, copy_every=1000)
    items = list(iter_inputs([str(folder)], WHEN))
    assert all(isinstance(i, Capture) for i in items)
    return items  # type: ignore[return-value]


def _hand_built(raw: str, name: str, hints: Hints) -> Capture:
    return Capture("text", raw, "utf-8", Locator(name), datetime(2026, 8, 20, 12, 0),
                   "explicit", hints)


# -- 1. one bad document never costs another ------------------------------------------------

def test_a_capture_the_cleaner_chokes_on_is_refused_alone(tmp_path: Path, store: Store,
                                                          monkeypatch: pytest.MonkeyPatch):
    """A library caller builds a Capture by hand with a number where the publication date
    string belongs; the cleaner calls ``.strip()`` on it and raises AttributeError. That is
    a real internal error on one document: it becomes an E013 refusal naming the exception,
    and the ten good captures of the same batch are stored."""
    monkeypatch.delenv(RAISE_INTERNAL_ENV)
    good = _good_captures(tmp_path / "caps", 10)
    bad = _hand_built(PAGE, "by-hand.txt", Hints(published=20260818))  # type: ignore[arg-type]
    refused: list[Refusal] = []
    summary = ingest_items([*good[:5], bad, *good[5:]], store, batch_size=50,
                           on_refusal=refused.append)
    assert summary.captures == 10 and store.counts()["captures"] == 10
    (refusal,) = refused
    assert refusal.reason is Reason.INTERNAL and refusal.locator.source == "by-hand.txt"
    assert refusal.detail.startswith("AttributeError: ")
    assert summary.refused == [refusal.message]
    assert refusal.message.startswith("by-hand.txt: E013 internal error")
    (row,) = store.refusals()
    assert row["code"] == "E013" and "AttributeError" in row["message"]


def test_a_capture_that_fails_half_stored_leaves_nothing_behind(
        tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch):
    """A title given as a list passes the cleaner and lands in the capture's row, its place
    and its line labels, then SQLite cannot bind it for the article row. The savepoint of
    that one document rolls its rows back; the batch around it commits."""
    monkeypatch.delenv(RAISE_INTERNAL_ENV)
    good = _good_captures(tmp_path / "caps", 6)
    bad = _hand_built(PAGE, "listed-title.txt", Hints(title=["Rail", "Yard"]))  # type: ignore[arg-type]
    summary = ingest_items([*good[:3], bad, *good[3:]], store, batch_size=50)
    assert summary.captures == 6 and len(summary.refused) == 1
    assert "E013" in summary.refused[0] and "ProgrammingError" in summary.refused[0]
    assert not store.has_capture(bad.id)
    assert store.line_labels(bad.id) == [] and store.capture_sources(bad.id) == []
    assert store.counts()["captures"] == 6
    assert {a.capture_id for a in store.articles()} == {c.id for c in good}
    # the full-text index, written once when the batch is done, holds every stored
    # article and none of the rolled-back one (FTS5 compares its index with the articles)
    store._db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
    # the batch is whole: a second run stores nothing new and refuses the same capture
    again = ingest_items([*good, bad], store)
    assert again.already_stored == 6 and again.captures == 0 and len(again.refused) == 1


def test_the_switch_lets_a_real_bug_raise(store: Store):
    """The suite runs with the switch on (conftest.py), so a bug fails a test loudly."""
    assert os.environ[RAISE_INTERNAL_ENV] == "1"
    bad = _hand_built(PAGE, "by-hand.txt", Hints(published=20260818))  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        ingest_items([bad], store)


def test_an_uncaught_exception_exits_2_with_one_line(tmp_path: Path):
    """A store whose articles table was dropped by hand is a damaged input that no command
    expects; ``sitrep articles`` must say so in one line and exit 2, not 1 (which means
    "something was refused") and not with a traceback."""
    db = tmp_path / "damaged.db"
    with Store(db):
        pass
    with sqlite3.connect(db) as con:
        con.execute("DROP TABLE articles")
    env = _env()
    env.pop(RAISE_INTERNAL_ENV)
    done = subprocess.run([sys.executable, "-m", "sitrep", "articles", "--db", str(db)],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    (line,) = done.stderr.splitlines()
    assert line.startswith("sitrep: internal error") and "OperationalError" in line
    # with the switch on, the traceback is there for whoever debugs it
    loud = subprocess.run([sys.executable, "-m", "sitrep", "articles", "--db", str(db)],
                          capture_output=True, text=True, env=_env(), timeout=60)
    assert loud.returncode == 1 and "Traceback" in loud.stderr


# -- 2. text SQLite cannot encode ------------------------------------------------------------

def test_a_file_name_that_is_not_utf8_is_stored_escaped(tmp_path: Path, store: Store):
    """Linux file names are bytes; Python shows an undecodable byte as a lone surrogate
    (surrogateescape), which SQLite refuses to encode. The store writes it as ``\\xe9``."""
    folder = tmp_path / "caps"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"caf\xe9-report.txt"), "wb") as page:
        page.write(PAGE.encode())
    with open(os.path.join(os.fsencode(folder), b"empty-\xff.txt"), "wb"):
        pass  # refused: empty
    summary = ingest([str(folder)], store, WHEN)
    assert summary.captures == 1 and len(summary.refused) == 1
    (article,) = store.articles()
    assert json.loads(article.locator)["source"].endswith("caf\\xe9-report.txt")
    assert article.source.endswith("caf\\xe9-report.txt")
    (refusal,) = store.refusals()
    assert "empty-\\xff.txt" in refusal["message"]


def test_lone_surrogates_in_any_text_column_are_escaped(store: Store):
    """A JSON feed may carry "\\ud800" escapes, which decode to lone surrogates."""
    capture = _hand_built(PAGE + "Late line \ud800 here.\n", "odd-\udcff.txt",
                          Hints(title="Title \udfff"))
    summary = ingest_items([capture], store)
    assert summary.captures == 1 and not summary.refused
    (article,) = store.articles()
    assert article.title == "Title \\udfff" and article.source == "odd-\\xff.txt"
    assert "\\ud800" in store.capture_raw(capture.id)


# -- 3. creating a store from two processes at once --------------------------------------------

_RACER = """
import json, sys, time
from pathlib import Path
from sitrep.ingest.runner import ingest_items
from sitrep.store import Store, SCHEMA_VERSION
from sitrep.ingest.readers import ReadOptions, iter_inputs
folder, me, rounds, page = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
other = "b" if me == "a" else "a"
for n in range(rounds):
    (folder / f"{n}.{me}").touch()
    deadline = time.monotonic() + 20
    while not (folder / f"{n}.{other}").exists():  # start together with the other process
        if time.monotonic() > deadline:
            sys.exit(f"round {n}: the other process never came")
        time.sleep(0.0005)
    with Store(folder / f"store-{n}.db") as store:
        if me == "a":
            ingest_items(iter_inputs([page], ReadOptions()), store)
        assert store._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
print("ok")
"""


def test_two_processes_creating_one_store_at_once(tmp_path: Path):
    """Twenty races: two real processes meet at a barrier, then open the same new store at
    the same instant (one ingests a page, the other only opens). Each process runs all
    twenty rounds, so the test pays for two Python start-ups, not forty."""
    page = tmp_path / "page.txt"
    page.write_text(PAGE)
    rounds = 20
    procs = [subprocess.Popen([sys.executable, "-c", _RACER, str(tmp_path), me, str(rounds),
                               str(page)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=_env()) for me in "ab"]
    try:
        outs = [p.communicate(timeout=120) for p in procs]
    finally:
        for p in procs:
            p.kill()
    for proc, (out, err) in zip(procs, outs, strict=True):
        assert proc.returncode == 0, err
        assert out.strip() == "ok"
    for n in range(rounds):
        with Store(tmp_path / f"store-{n}.db") as store:
            assert store.counts()["captures"] == 1


# -- 4. workers die with their parent ---------------------------------------------------------

def _children(pid: int) -> set[int]:
    """Every live descendant of ``pid``, from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {c for c, p in parents.items() if p in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    """Running, as opposed to gone or a zombie waiting for a reaper."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _extracted(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as con:
            return con.execute("SELECT COUNT(*) FROM extractions").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_kill_9_of_extract_leaves_no_worker_behind(tmp_path: Path):
    """``kill -9`` of ``sitrep extract --workers 2`` once the workers have saved a batch:
    within ten seconds, nothing it started is still running."""
    db = tmp_path / "busy.db"
    with Store(db) as store:
        ingest([str(p) for p in write_captures(tmp_path / "caps", 300)], store, WHEN)
    proc = subprocess.Popen([sys.executable, "-m", "sitrep", "extract", "--workers", "2",
                             "--db", str(db)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=_env())
    seen: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while _extracted(db) == 0 and time.monotonic() < deadline and proc.poll() is None:
            seen |= _children(proc.pid)
            time.sleep(0.05)
        seen |= _children(proc.pid)
        assert proc.poll() is None, "extraction ended before the kill; it needs more work"
        assert _extracted(db) < 300
        assert len(seen) >= 2, f"expected two workers, saw {seen}"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 10
        while any(_alive(p) for p in seen) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [p for p in seen if _alive(p)], "processes outlived their parent"
    finally:  # whatever happened, leave nothing running for the next test
        proc.kill()
        for pid in seen:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


# -- 5. control characters in messages -------------------------------------------------------

def test_a_file_name_cannot_forge_a_refusal_line(tmp_path: Path):
    """A file named with a newline and an escape sequence is refused (it is empty); its
    refusal is one line on stderr, the newline and ESC written as ``\\n`` and ``\\x1b``."""
    folder = tmp_path / "caps"
    folder.mkdir()
    (folder / "good.txt").write_text(PAGE)
    (folder / "a\nrefused: forged.txt: E001 nothing\x1b[2J.txt").write_bytes(b"")
    (folder / "plain-empty.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["ingest", str(folder), "--no-extract", "--captured-at",
                                       "2026-08-20", "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and all(line.startswith("refused: ") for line in lines)
    assert "\x1b" not in result.stderr
    forged = next(line for line in lines if "forged" in line)
    assert "a\\nrefused: forged.txt: E001 nothing\\x1b[2J.txt" in forged
    assert "1 captures ingested" in result.stdout


def test_printable_escapes_what_moves_the_cursor_and_keeps_the_rest():
    assert printable("Łódź: 3 000 \u2014 ok") == "Łódź: 3 000 \u2014 ok"
    assert printable("a\r\nb\x1b[31m\x9b\u2028\u202e\udce9") == \
        "a\\r\\nb\\x1b[31m\\x9b\\u2028\\u202e\\udce9"


def test_a_file_that_is_not_a_store_is_refused_with_a_message(tmp_path: Path):
    """Not a traceback: a StoreError, which the CLI prints as an ordinary error (exit 1)."""
    from sitrep.errors import StoreError

    db = tmp_path / "notes.db"
    db.write_text("These are my notes, not a database.\n" * 200)
    with pytest.raises(StoreError, match="not a database"):
        Store(db)
    result = CliRunner().invoke(main, ["articles", "--db", str(db)])
    assert result.exit_code == 1 and "not a database" in result.stderr
