"""The ingest's filter of stored keys (store/key_filter.py) changes no look-up: every key
the store holds passes it, and another writer's keys make the run drop it. Texts written
here (fictional officials, real places)."""

from __future__ import annotations

import random
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from sitrep import dedupe
from sitrep.ingest.readers import ReadOptions, iter_inputs
from sitrep.ingest.runner import ingest, ingest_items
from sitrep.store import Store, key_filter, recent, relations
from sitrep.store.key_filter import KeyFilter

WHEN = ReadOptions(captured_at=datetime(2026, 10, 5, 9, 0))

PARAGRAPHS = [
    "A landslide closed the road between Bovec and Kobarid early on Monday after two days "
    "of rain loosened the slope above the Soča valley, the regional roads office said.",
    "Office spokeswoman Nina Rajh told reporters that crews had cleared 300 cubic metres of "
    "rock by noon and that a detour through Tolmin would add about forty minutes.",
    "Residents of two hamlets above the road were asked to stay indoors while geologists "
    "checked whether a second part of the slope was moving.",
    "The mayor of Bovec, Tine Koren, said the village school would stay closed until the "
    "road reopened, and that buses would run by the detour for the workers of the valley.",
    "Geologists from Ljubljana placed sensors on the slope on Monday afternoon and expect "
    "to know by Wednesday whether the road can reopen to light traffic.",
    "The roads office said the last slide on this stretch, four years ago, kept the road "
    "closed for nine days and cost some 1.2 million euros to repair.",
]
# an outlet keeps the first four paragraphs, with its own opening and ending
TRIMMED = ("Our reporter in the Julian Alps sends this account of the slide that cut the "
           "valley road on Monday morning, the second this year.\n\n"
           + "\n\n".join(PARAGRAPHS[:4])
           + "\n\nRead our earlier coverage of the storms in the Alps on the regional page.")


def _stories(rng: random.Random, count: int) -> list[str]:
    """Texts of shuffled sentences from a small vocabulary: some share runs of words, as
    stories of one region do, and none is a copy of another."""
    towns = ["Bovec", "Kobarid", "Tolmin", "Bled", "Kranj", "Celje", "Ptuj", "Koper"]
    verbs = ["closed", "reopened", "repaired", "inspected", "flooded", "cleared"]
    things = ["the bridge", "the road", "the school", "the station", "the dam", "the pass"]
    out = []
    for _ in range(count):
        sentences = [f"Crews {rng.choice(verbs)} {rng.choice(things)} near "
                     f"{rng.choice(towns)} on day {rng.randint(1, 30)} after "
                     f"{rng.randint(2, 900)} millimetres of rain fell in {rng.choice(towns)}."
                     for _ in range(rng.randint(6, 12))]
        out.append(" ".join(sentences))
    return out


def test_every_stored_key_passes_the_filter_so_the_look_ups_find_the_same(tmp_path: Path):
    texts = [*_stories(random.Random(5), 60), "\n\n".join(PARAGRAPHS), TRIMMED]
    paths = []
    for i, text in enumerate(texts):
        paths.append(tmp_path / f"s{i}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        ingest([str(p) for p in paths[:30]], store, WHEN)
        with store.transaction():  # the first keys sealed into a segment (store/recent.py)
            assert store.fold_recent(min_rows=1) > 0
        ingest([str(p) for p in paths[30:]], store, WHEN)
        db = store._db
        built = KeyFilter(db)  # from every table of the keys
        stored = db.execute("SELECT id, text FROM articles ORDER BY id").fetchall()
        prints = dedupe.fingerprints([t for _, t in stored])
        for fp in prints:  # each key is let through to the tables holding it
            assert _sent(built.bands(fp)) >= _holding(db, recent.BAND, enumerate(fp.bands))
            assert _sent(built.passages(fp.passages)) >= _holding(db, recent.PASSAGE,
                                                                  fp.passages)
        # an article looks up the same pairs through the filter as without it
        for (_, text), fp in zip(stored, prints, strict=True):
            assert (relations.near_relations(db, text, fp, built)
                    == relations.near_relations(db, text, fp, None))
        # of the keys of new texts, those the store does not hold mostly do not pass (2%
        # may); those it holds (runs of words the stories share) all do
        fresh = dedupe.fingerprints(_stories(random.Random(6), 40))
        absent = passed = 0
        for fp in fresh:
            let_through = {pair for _, pair in _sent(built.bands(fp))}
            for band, key in enumerate(fp.bands):
                held = _holds(db, "lsh_", "band = ? AND key = ?", (band, key))
                absent += not held
                passed += (band, key) in let_through and not held
            for key in fp.passages:
                held = _holds(db, "passage_", "key = ?", (key,))
                assert held <= bool(built.passages([key]))
                absent += not held
                passed += bool(built.passages([key])) and not held
        assert absent > 1000 and passed < 0.1 * absent


def _sent(plan: dict[str, list[object]]) -> set[tuple[str, object]]:
    """(table, key) for every key a look-up through the filter reads in a table."""
    return {(table, key) for table, keys in plan.items() for key in keys}


def _holding(db: sqlite3.Connection, kind: recent.KeyKind,
             keys: object) -> set[tuple[str, object]]:
    """(table, key) for every table of ``kind`` that holds one of ``keys``."""
    where = "band = ? AND key = ?" if kind is recent.BAND else "key = ?"
    return {(table, key) for key in keys for table in recent.tables(db, kind)
            if db.execute(f"SELECT 1 FROM {table} WHERE {where}",
                          key if kind is recent.BAND else (key,)).fetchone()}


def _holds(db: sqlite3.Connection, prefix: str, where: str, params: tuple[int, ...]) -> bool:
    kind = recent.BAND if prefix == "lsh_" else recent.PASSAGE
    return any(db.execute(f"SELECT 1 FROM {table} WHERE {where}", params).fetchone()
               for table in recent.tables(db, kind))


def test_keys_added_one_article_at_a_time_pass_as_the_built_ones(tmp_path: Path):
    with Store(tmp_path / "empty.db") as store:
        held = KeyFilter(store._db)
        prints = dedupe.fingerprints(_stories(random.Random(7), 30))
        for i, fp in enumerate(prints):
            held.add(f"a{i:04d}", fp)
        for fp in prints:
            assert held.bands(fp)["lsh_recent"] == list(enumerate(fp.bands))
            assert held.passages(fp.passages)["passage_recent"] == list(fp.passages)


def test_another_writer_during_a_run_makes_it_drop_the_filter(tmp_path: Path):
    # the run stores stories in batches of two; between two batches another connection
    # stores the full report, and the run's last capture is a trimmed copy of it: found
    # only if the run no longer trusts a filter that never saw the report's keys
    db_path = tmp_path / "shared.db"
    folder = tmp_path / "run"
    folder.mkdir()
    names = []
    for i, text in enumerate([*_stories(random.Random(8), 5), TRIMMED]):
        names.append(folder / f"{i:02d}.txt")
        names[-1].write_text(text, encoding="utf-8")
    (tmp_path / "report.txt").write_text("\n\n".join(PARAGRAPHS), encoding="utf-8")
    seen = []

    def other_writer(item: object) -> None:
        seen.append(item)
        if len(seen) == 5:  # the run has stored its first batch (a filter built), not the rest
            with Store(db_path) as other:
                ingest([str(tmp_path / "report.txt")], other, WHEN)

    with Store(db_path) as store:
        summary = ingest_items(iter_inputs([str(p) for p in names], WHEN), store,
                               batch_size=2, on_item=other_writer)
        assert summary.captures == 6
        assert store._key_filter is None  # dropped with the run
        by_name = {Path(a.source).name: a for a in store.articles() if a.part == "main"}
        assert by_name["05.txt"].group_id == by_name["report.txt"].group_id
    check = sqlite3.connect(db_path)
    assert check.execute("SELECT count(*) FROM articles").fetchone()[0] == 7
    check.close()


def test_a_run_through_the_filter_stores_what_a_run_without_it_stores(tmp_path: Path):
    texts = [*_stories(random.Random(9), 40), "\n\n".join(PARAGRAPHS), TRIMMED,
             *_stories(random.Random(10), 20), "\n\n".join(PARAGRAPHS[1:])]
    paths = []
    for i, text in enumerate(texts):
        paths.append(tmp_path / f"t{i:03d}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    dumps = []
    for wanted in (True, False):
        with Store(tmp_path / f"run-{wanted}.db") as store:
            ingest([str(p) for p in paths], store, WHEN, batch_size=7, filter_keys=wanted)
            dump = store.dump()
            assert dump["article_relations"]  # copies found, to compare
            dumps.append(dump)
    assert dumps[0] == dumps[1]


class _SmallFolds(Store):
    """A store that seals its recent keys after every batch and merges every two segments of
    a tier up to tier 2, so that one short run meets seals and merges between its batches,
    and segments pile up at the top tier."""

    def fold_recent(self, min_rows: int = 1, fanout: int = 2, top_tier: int = 2) -> int:
        return super().fold_recent(min_rows, fanout, top_tier)


def _near_copies(count: int) -> list[str]:
    """The landslide report with one or two words swapped for made-up ones in each copy:
    every pair is a copy, so its band keys are crowded and its passages stock phrases."""
    rng = random.Random(11)
    out = []
    for _ in range(count):
        words = "\n\n".join(PARAGRAPHS).split(" ")
        for _ in range(rng.randint(1, 2)):
            words[rng.randrange(len(words))] = "".join(
                rng.choice(["ko", "ra", "vi", "len", "mo", "sta", "dri"]) for _ in range(3))
        out.append(" ".join(words))
    return out


@pytest.mark.parametrize("room", [None, 3])
def test_a_run_that_seals_and_merges_between_batches_keeps_every_table_filtered(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, room: int | None):
    # stories and many near copies, in batches of five, the keys sealed after each batch:
    # the filter follows each seal and merge, each look-up reads only the tables that may
    # hold its keys, and the memos of crowded and stock keys always say what the tables say
    texts = [*_stories(random.Random(12), 25), *_near_copies(45), *_stories(random.Random(13), 10)]
    paths = []
    for i, text in enumerate(texts):
        paths.append(tmp_path / f"n{i:03d}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    checked = []
    if room is not None:  # memos that fill at once: the rest is looked up, as before
        monkeypatch.setattr(key_filter, "MAX_CROWDED", room)
        monkeypatch.setattr(key_filter, "MAX_STOCK", room)

    def check(store: Store) -> None:
        held = store._key_filter
        if held is None:
            return
        db = store._db
        for pair, holders in held.crowded.items():
            assert holders == relations.band_holders(db, [pair])[pair]
        if held.stock:
            assert not relations._rare_keys(db, tuple(held.stock),
                                            recent.tables(db, recent.PASSAGE))
        checked.append((len(held.crowded), len(held.stock), len(recent.segments(db))))

    dumps = []
    for wanted in (True, False):
        with _SmallFolds(tmp_path / f"folds-{wanted}.db") as store:
            ingest_items(iter_inputs([str(p) for p in paths], WHEN), store, batch_size=5,
                         filter_keys=wanted, on_item=lambda _: check(store))
            dumps.append(store.dump())
            tiers = [s.tier for s in recent.segments(store._db)]
            assert tiers.count(2) > 1  # sealed, merged, and waiting at the top tier
    assert dumps[0] == dumps[1]
    assert 0 < max(c[0] for c in checked) <= (room or 10**9)
    assert 0 < max(c[1] for c in checked) <= (room or 10**9)
    assert max(c[2] for c in checked) > 2


def test_keys_go_to_the_tables_that_may_hold_them_not_to_every_table(tmp_path: Path):
    texts = _stories(random.Random(14), 60)
    paths = []
    for i, text in enumerate(texts):
        paths.append(tmp_path / f"k{i:03d}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    with Store(tmp_path / "k.db") as store:
        for start in range(0, 60, 10):  # six segments, each of ten stories' keys
            ingest([str(p) for p in paths[start:start + 10]], store, WHEN, filter_keys=False)
            with store.transaction():
                store.fold_recent(min_rows=1, fanout=10)
        db = store._db
        tables = recent.tables(db, recent.PASSAGE)
        built = KeyFilter(db)
        prints = dedupe.fingerprints(_stories(random.Random(15), 20))
        keys = sum(len(fp.passages) + len(fp.bands) for fp in prints)
        sent = sum(len(_sent(built.passages(fp.passages))) + len(_sent(built.bands(fp)))
                   for fp in prints)
        held = sum(len(_holding(db, recent.PASSAGE, fp.passages))
                   + len(_holding(db, recent.BAND, enumerate(fp.bands))) for fp in prints)
        assert len(tables) >= 8  # big, middle, six segments, recent
        # without the filters each key is read in every table
        assert sent <= held + 0.05 * keys


def test_a_rolled_back_savepoint_forgets_the_memos(tmp_path: Path):
    with Store(tmp_path / "r.db") as store, store.transaction():
        store.filter_keys(0, True)
        held = store._key_filter
        held.crowded[(0, 1)] = ["a0001"]
        held.stock.add(7)
        try:
            with store.savepoint():
                raise ValueError("a capture that fails half-way")
        except ValueError:
            pass
        assert not held.crowded and not held.stock
