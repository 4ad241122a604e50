"""The ingest run's memo of the stored signatures (store/signature_memo.py): it gives the
bytes the store holds for every stored article, across its sorted runs and its waiting
ones, and nothing for an article the store does not hold. Texts written here."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from test_key_filter import WHEN, _stories

from sitrep.ingest.readers import iter_inputs
from sitrep.ingest.runner import ingest_items
from sitrep.store import Store, signature_memo
from sitrep.store.signature_memo import SignatureMemo


def _stored(tmp_path: Path, count: int) -> Store:
    paths = []
    for i, text in enumerate(_stories(random.Random(31), count)):
        paths.append(tmp_path / f"m{i:03d}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    store = Store(tmp_path / "m.db")
    ingest_items(iter_inputs([str(p) for p in paths], WHEN), store, filter_keys=False)
    return store


@pytest.mark.parametrize("run", [7, signature_memo.RUN])
def test_the_memo_gives_what_the_store_holds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            run: int):
    monkeypatch.setattr(signature_memo, "RUN", run)  # small runs: many of them, searched
    with _stored(tmp_path, 40) as store:
        rows = dict(store._db.execute("SELECT article_id, signature FROM article_minhash"))
        memo = SignatureMemo(store._db)
    assert len(rows) == len(memo) == 40
    absent = ["a" + "0" * 16, "a" + "f" * 16, "aFFFFFFFFFFFFFFFF", "not-an-id"]
    assert memo.find([*rows, *absent]) == rows
    assert memo.find(absent) == {}


def test_articles_added_during_a_run_are_found_waiting_and_once_sealed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(signature_memo, "RUN", 3)
    with _stored(tmp_path, 5) as store:
        memo = SignatureMemo(store._db)
    rng = random.Random(32)
    added = {f"a{rng.getrandbits(64):016x}": rng.randbytes(128) for _ in range(8)}
    added["b-made-otherwise"] = rng.randbytes(128)  # not of the usual form: kept as it is
    added[f"a{rng.getrandbits(64):016x}"] = rng.randbytes(16)  # another width: the same
    for article_id, signature in added.items():
        memo.add(article_id, signature)
    found = memo.find(list(added))
    assert found == added
    assert len(memo) == 5 + len(added)
    # an id one hex digit away from a kept one is not taken for it
    near = next(i for i in added if i.startswith("a") and len(i) == 17)
    assert memo.find([near[:-1] + ("0" if near[-1] != "0" else "1")]) == {}


def test_ids_of_one_length_are_read_as_arrays_and_the_unusual_ones_left_to_the_dict(
        monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(signature_memo, "RUN", 4)
    rng = random.Random(33)
    memo = SignatureMemo.__new__(SignatureMemo)
    memo._runs, memo._recent, memo._odd = [], {}, {}
    kept = {f"a{rng.getrandbits(64):016x}": rng.randbytes(128) for _ in range(10)}
    # seventeen characters each, none of the usual form: a capital, another letter first,
    # a letter past f, a character outside ASCII
    odd = {"aABCDEF0123456789": b"1", "b0123456789abcdef": b"2", "a0123456789abcdeg": b"3",
           "a0123456789abcdé0": b"4"}
    for article_id, signature in {**kept, **odd}.items():
        memo.add(article_id, signature)
    assert len(memo._runs) == 2 and memo._recent  # two runs sealed, two waiting
    ascii_odd = {i: s for i, s in odd.items() if i.isascii()}
    assert memo.find([*kept, *ascii_odd, "a" + "0" * 16]) == {**kept, **ascii_odd}  # arrays
    assert memo.find([*kept, *odd, "a" + "0" * 16]) == {**kept, **odd}  # one step an id
    assert memo.find([i for i in kept][::-1]) == kept  # any order
