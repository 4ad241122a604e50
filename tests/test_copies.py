"""Copies that are trimmed or padded are counted once; updates and stories that only share a
quotation are not copies. Texts written here (fictional officials, real places)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from sitrep import dedupe
from sitrep.dedupe.minhash import fingerprints, shingles
from sitrep.ingest.readers import ReadOptions
from sitrep.ingest.runner import ingest
from sitrep.store import Store, schema

WHEN = ReadOptions(captured_at=datetime(2026, 9, 1, 8, 0))

WIRE = [
    "Heavy rain caused the Sava river to burst its banks near Slavonski Brod on Tuesday, "
    "forcing the evacuation of several villages along the border with Bosnia.",
    "Regional civil protection chief Marko Belan told reporters that 1,200 people had left "
    "their homes overnight and that rescue teams were still searching flooded cellars.",
    "The water level at the main gauge in the town reached a record mark shortly before dawn, "
    "according to the national hydrological service, which warned of further rises.",
    "Army engineers were sent to reinforce the embankments with sandbags while volunteers "
    "brought food and blankets to a sports hall that was turned into a shelter.",
    "Farmers in the area said entire fields of maize and sunflowers were under water, and "
    "local officials feared the damage to the harvest would run into millions of euros.",
    "Forecasters expect the rain to ease by Thursday, but the river is not likely to fall "
    "back below the alert level before the end of the week.",
]

# an outlet keeps the first four paragraphs and adds its own introduction and ending
TRIMMED = ("Our correspondent in eastern Croatia sends this report on the floods, which have "
           "now reached the outskirts of several towns in the region.\n\n"
           + "\n\n".join(WIRE[:4])
           + "\n\nReaders can follow the situation on our live page, updated every hour "
             "with pictures sent by people living in the affected districts.")
# another runs the whole story with a padding paragraph of background
PADDED = ("\n\n".join(WIRE)
          + "\n\nThe Sava is one of the longest rivers of the Balkans and has flooded the same "
            "plains several times in the past two decades, most severely in the spring of "
            "2014, when dozens of people died in three countries.")
# the same story later in the day: the count of evacuated people changed
UPDATE = "\n\n".join([WIRE[0], WIRE[1].replace("1,200", "3,400"), *WIRE[2:4]])

QUOTE = ("“We have never seen the river rise so fast, and we ask everyone living near the "
         "embankments to follow the instructions of the rescue teams,” Marko Belan said.")
STORY_A = ("Schools in Slavonski Brod stayed closed on Wednesday as the floods cut two roads "
           "into the town. " + QUOTE + " Parents were told that lessons would resume once "
           "the buses could run again, perhaps early next week, the mayor's office said.")
STORY_B = ("Insurers in Zagreb started to count the cost of the floods, with the first claims "
           "arriving from farmers near the Bosnian border. " + QUOTE + " The association of "
           "insurers said it was too early to give an estimate of the total losses.")


def test_trimmed_and_padded_copies_are_copies_though_their_jaccard_is_low():
    a, b = shingles(TRIMMED), shingles(PADDED)
    assert len(a & b) / len(a | b) < 0.5  # MinHash alone would keep them apart
    relation = dedupe.relate(TRIMMED, PADDED)
    assert relation.kind == dedupe.COPY and relation.changed_figures == 0


def test_an_update_with_another_figure_is_not_a_copy():
    relation = dedupe.relate(UPDATE, PADDED)
    assert relation.changed_figures == 1 and relation.kind is None
    # the same figure written another way is no change
    same = "\n\n".join([WIRE[0], WIRE[1].replace("1,200", "1 200"), *WIRE[2:4]])
    assert dedupe.relate(same, PADDED).kind == dedupe.COPY


def test_a_shared_quotation_alone_makes_the_same_source_not_a_copy():
    relation = dedupe.relate(STORY_A, STORY_B)
    # shared words enough for a copy, but nearly all of them inside the quotation
    assert relation.quoted + relation.coverage >= dedupe.passages.COPY_COVERAGE
    assert relation.coverage < dedupe.passages.OWN_COVERAGE
    assert relation.kind == dedupe.SAME_SOURCE


def test_stories_on_one_event_in_other_words_are_unrelated():
    other = ("Croatian authorities moved hundreds of residents away from the swollen Sava on "
             "Tuesday after a night of rain, and soldiers piled sandbags on the dykes near "
             "Slavonski Brod while the hydrological service predicted more flooding.")
    assert dedupe.relate(other, PADDED).kind is None


def _ingest(tmp_path: Path, store: Store, texts: dict[str, str]) -> dict[str, object]:
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    ingest([str(tmp_path / f"{n}.txt") for n in texts], store, WHEN)
    return {Path(a.source).stem: a for a in store.articles() if a.part == "main"}


def test_the_store_groups_copies_and_records_same_source_pairs(tmp_path: Path):
    with Store(tmp_path / "s.db") as store:
        got = _ingest(tmp_path, store, {"padded": PADDED, "trimmed": TRIMMED,
                                        "update": UPDATE, "a": STORY_A, "b": STORY_B})
        padded, trimmed, update = got["padded"], got["trimmed"], got["update"]
        assert padded.group_id == trimmed.group_id != update.group_id
        assert {a.group_size for a in (padded, trimmed)} == {2}
        assert got["a"].same_source_of == got["b"].id and got["b"].same_source_of == got["a"].id
        assert got["a"].group_id != got["b"].group_id
        kinds = {(r.kind, frozenset((r.a, r.b))) for r in store.article_relations()}
        assert (dedupe.COPY, frozenset((padded.id, trimmed.id))) in kinds
        assert (dedupe.SAME_SOURCE, frozenset((got["a"].id, got["b"].id))) in kinds


def test_a_store_made_before_passage_keys_gets_them_on_upgrade(tmp_path: Path):
    path = tmp_path / "old.db"
    with Store(path) as store:
        _ingest(tmp_path, store, {"padded": PADDED})
    db = sqlite3.connect(path)
    for table in ("passage_keys", "passage_middle", "passage_recent", "article_relations"):
        db.execute(f"DROP TABLE {table}")  # no passage key in any of its tables
    db.execute("PRAGMA user_version=3")
    db.commit()
    db.close()
    with Store(path) as store:  # the upgrade keys the stored text: the new copy finds it
        assert store._db.execute("SELECT count(*) FROM passage_keys").fetchone()[0] > 0
        got = _ingest(tmp_path, store, {"trimmed": TRIMMED})
        assert got["trimmed"].group_id == got["padded"].group_id


def _full_signatures(db: sqlite3.Connection) -> dict[str, bytes]:
    """Each article's uint64 signature, computed again from its text."""
    texts = db.execute("SELECT id, text FROM articles").fetchall()
    prints = dedupe.fingerprints([t for _, t in texts])
    return {a: fp.signature for (a, _), fp in zip(texts, prints, strict=True)
            if fp.signature is not None}


def _compact_signatures_match_the_articles(db: sqlite3.Connection) -> int:
    """How many compact signatures the store holds, after checking each one holds the same
    values as its article's uint64 signature."""
    held = dict(db.execute("SELECT article_id, signature FROM article_minhash").fetchall())
    full = _full_signatures(db)
    assert held.keys() == full.keys()
    for article_id, compact in held.items():
        values = np.frombuffer(full[article_id], dtype=np.uint64)
        assert len(compact) == len(values) == dedupe.minhash.NUM_PERM
        assert np.array_equal(np.frombuffer(compact, dtype=np.uint8), values % 256)
    return len(held)


def test_minhash_values_fit_in_32_bits_so_the_compact_copy_loses_nothing():
    prints = dedupe.fingerprints([PADDED, TRIMMED, " ".join(WIRE)])
    for fp in prints:
        assert fp.signature is not None
        assert int(np.frombuffer(fp.signature, dtype=np.uint64).max()) < 2**32


def test_one_byte_a_value_estimates_what_the_whole_values_estimate():
    # pairs of signatures sharing a known share of their values, the rest drawn apart:
    # the low bytes, with the chance of equal bytes taken out, give that share back
    rng = np.random.default_rng(17)
    n = dedupe.minhash.NUM_PERM
    errors = []
    for shared in (0, 16, 32, 64, 96, 128):
        for _ in range(200):
            a = rng.integers(0, 2**32, n, dtype=np.uint64)
            b = rng.integers(0, 2**32, n, dtype=np.uint64)
            b[:shared] = a[:shared]
            b[shared:] = np.where(b[shared:] == a[shared:], b[shared:] + 1, b[shared:])
            got = dedupe.similarity(dedupe.compact(a.tobytes()), dedupe.compact(b.tobytes()))
            errors.append(got - shared / n)
    assert abs(float(np.mean(errors))) < 0.005  # no bias
    assert max(abs(e) for e in errors) < 0.1
    same = dedupe.compact(np.arange(n, dtype=np.uint64).tobytes())
    assert dedupe.similarity(same, same) == 1.0 and len(same) == n


def test_a_store_of_four_byte_signatures_is_upgraded_to_one_byte(tmp_path: Path):
    path = tmp_path / "sig17.db"
    with Store(path) as store:
        _ingest(tmp_path, store, {"padded": PADDED})
        wide = [(np.frombuffer(s, dtype=np.uint64).astype(np.uint32).tobytes(), a)
                for a, s in _full_signatures(store._db).items()]
    db = sqlite3.connect(path)  # the uint32 values schema 16 and 17 kept
    db.executemany("UPDATE article_minhash SET signature=? WHERE article_id=?", wide)
    db.execute("PRAGMA user_version=17")
    db.commit()
    db.close()
    with Store(path) as store:
        assert _compact_signatures_match_the_articles(store._db) == 1
        got = _ingest(tmp_path, store, {"trimmed": TRIMMED})
        assert got["trimmed"].group_id == got["padded"].group_id
        assert _compact_signatures_match_the_articles(store._db) == 2


@pytest.mark.parametrize("made_at", [11, 15])
def test_signatures_are_read_apart_from_the_article_rows_and_filled_on_upgrade(
        tmp_path: Path, made_at: int):
    path = tmp_path / "sig.db"
    with Store(path) as store:
        _ingest(tmp_path, store, {"padded": PADDED})
        assert _compact_signatures_match_the_articles(store._db) > 0
        # the article rows of this sitrep carry no signature; an older one's all did
        assert store._db.execute("SELECT count(signature) FROM articles").fetchone()[0] == 0
        old_rows = [(s, a) for a, s in _full_signatures(store._db).items()]
    db = sqlite3.connect(path)  # a store of schema 11 had no signature table, one of 15 a
    db.executemany("UPDATE articles SET signature=? WHERE id=?", old_rows)
    db.commit()
    db.executescript("DROP TRIGGER article_minhash_kept; DROP TRIGGER "  # wide one
                     "article_minhash_dropped; DROP TABLE article_minhash;")
    if made_at == 15:
        db.executescript(
            schema._MIGRATIONS[11] + f"PRAGMA user_version={made_at};")
        assert db.execute("SELECT count(*) FROM article_signatures").fetchone()[0] > 0
    db.execute(f"PRAGMA user_version={made_at}")
    db.close()
    with Store(path) as store:  # the upgrade copies them: the new copy finds the old text
        said: list[str] = []
        store._db.set_trace_callback(said.append)
        got = _ingest(tmp_path, store, {"trimmed": TRIMMED})
        store._db.set_trace_callback(None)
        # the look-ups read the signatures' own table, never the article rows (where a
        # signature sits behind the long text)
        reads = [s for s in said if s.lstrip().startswith("SELECT") and "signature" in s]
        assert reads and all("FROM article_minhash" in s for s in reads)
        assert got["trimmed"].group_id == got["padded"].group_id
        assert _compact_signatures_match_the_articles(store._db) == 2
        assert store._db.execute("SELECT count(*) FROM sqlite_schema "
                                 "WHERE name = 'article_signatures'").fetchone()[0] == 0


def test_a_copy_that_drops_a_paragraph_keeps_its_figures():
    # two paragraphs end with a number; the copy drops the second, so the first number is
    # now followed by the words that followed the second one: that is no changed figure
    paragraphs = [WIRE[0], "By the evening the gauge at the bridge read 412.",
                  "Upstream, the gauge near the dam read 389.", *WIRE[1:]]
    full = "\n\n".join(paragraphs)
    shorter = "\n\n".join(paragraphs[:2] + paragraphs[3:])
    relation = dedupe.relate(shorter, full)
    assert relation.changed_figures == 0 and relation.kind == dedupe.COPY
    # while the same sentence with another reading is an update
    update = full.replace("read 412", "read 447")
    assert dedupe.relate(update, full).changed_figures == 1


SIGN_OFF = ("This bulletin is put together every morning by the regional desk from reports of "
            "the civil protection service, the county police and our own correspondents, and "
            "it is corrected during the day whenever a figure or a name turns out to be wrong.")
TOWNS = ["Osijek", "Vukovar", "Sisak", "Karlovac", "Zadar", "Split", "Pula", "Rijeka"]


def _bulletin(n: int) -> str:
    """One short, distinct local item followed by the stock sign-off every bulletin carries."""
    town, other = TOWNS[n % len(TOWNS)], TOWNS[(n * 3 + 1) % len(TOWNS)]
    return (f"Item {n}: the council of {town} voted {n + 3} to {n % 5} on a plan for "
            f"{n * 7 + 20} new parking places near the market, after {n + 12} residents of "
            f"{other} wrote to ask for a bus line number {n + 100} instead.\n\n{SIGN_OFF}")


def test_a_stock_paragraph_in_every_article_proposes_no_candidate(tmp_path: Path):
    """A sign-off that more than STOCK_POSTINGS stored articles hold is a stock phrase: a new
    article is not compared with all of them (the cost would grow with the store), and
    copies still find each other through their own passages."""
    from sitrep.store import recent, relations

    assert fingerprints([SIGN_OFF])[0].passages, "the sign-off must hold a passage key"
    texts = {f"item{n}": _bulletin(n) for n in range(relations.STOCK_POSTINGS + 5)}
    with Store(tmp_path / "s.db") as store:
        got = _ingest(tmp_path, store, texts)
        db = sqlite3.connect(tmp_path / "s.db")
        held_in = recent.tables(db, recent.PASSAGE)
        stock = [k for k in fingerprints([_bulletin(0)])[0].passages
                 if sum(db.execute(f"SELECT count(*) FROM {t} WHERE key=?",
                                   (k,)).fetchone()[0] for t in held_in)
                 > relations.STOCK_POSTINGS]
        assert stock and relations._rare_keys(db, tuple(stock), held_in) == []
        assert len({a.group_id for a in got.values()}) == len(texts)  # no item is a copy
        got = _ingest(tmp_path, store, {"trimmed": TRIMMED + "\n\n" + SIGN_OFF,
                                        "padded": PADDED + "\n\n" + SIGN_OFF})
        assert got["trimmed"].group_id == got["padded"].group_id
