"""A figure no event claims takes the story the store cites over its page's countries
(ledger/story_subjects.py), on short pages written for these tests: fictional officials,
real places."""

from __future__ import annotations

import json
from pathlib import Path

from sitrep.extract.runner import extract_pending
from sitrep.ingest.readers import ReadOptions
from sitrep.ingest.runner import ingest
from sitrep.ledger import claims_from_store
from sitrep.ledger.story_subjects import ledger_subjects, story_subjects
from sitrep.store import Store

SZOLNOK = ("Flood forces evacuations in Szolnok\n\nThe flood on the Tisza forced 800 residents "
           "of Szolnok, Hungary, to leave their homes on Sunday, the county official Ilona "
           "Berkes said.", "2026-09-14")
CSONGRAD = ("Floodwater reaches Csongrad\n\nThe flooding on the Tisza reached Csongrad in "
            "Hungary on Monday, where 300 homes stood in water, the mayor, Laszlo Vida, said.",
            "2026-09-15")
# names no event: the river rises, engineers fill sandbags
SZEGED = ("Szeged braces as the river rises\n\nEngineers in Szeged, Hungary, filled 40,000 "
          "sandbags overnight, the deputy mayor, Andras Kertesz, said on Tuesday.", "2026-09-16")
BRIDGE = ("Szeged opens a new bridge\n\nThe new bridge in Szeged, Hungary, will carry 12,000 "
          "cars a day, the deputy mayor, Andras Kertesz, said on Friday.", "2027-10-01")
VIENNA = ("Vienna sends help\n\nSome 200 volunteers from Vienna, Austria, left for the border "
          "on Tuesday, the Austrian Red Cross said.", "2026-09-16")


def _subjects(tmp_path: Path, pages: dict[str, tuple[str, str]]) -> dict[str, str | None]:
    """Each page fed as a JSON Lines file; figure text -> the subject the ledger gives it."""
    tmp_path.mkdir(exist_ok=True)
    paths = []
    for name, (text, day) in pages.items():
        path = tmp_path / f"{name}.jsonl"
        path.write_text(json.dumps({"url": f"https://news.example/{name}", "text": text,
                                    "published": day}) + "\n")
        paths.append(str(path))
    with Store(tmp_path / "news.db") as store:
        ingest(paths, store, ReadOptions())
        extract_pending(store)
        rows = store.claims("figures")
        return {r["text"]: s for r, s in zip(rows, ledger_subjects(rows, store.mention_rows()),
                                             strict=True)}


def test_a_page_naming_no_event_takes_the_story_of_its_country(tmp_path: Path):
    got = _subjects(tmp_path, {"szolnok": SZOLNOK, "csongrad": CSONGRAD, "szeged": SZEGED,
                               "bridge": BRIDGE, "vienna": VIENNA})
    flood = got["300 homes"]
    assert flood is not None and flood.startswith("flood, Hungary, 2026-09")
    assert got["800 residents of Szolnok"] == flood  # undated name, one dated instance
    assert got["40,000 sandbags"] == flood
    assert got["12,000 cars"] == "Hungary"  # a year after the flood: not its story
    assert got["Some 200 volunteers from Vienna"] == "volunteers"  # no country of the flood


def test_the_claims_carry_the_story(tmp_path: Path):
    pages = {"szolnok": SZOLNOK, "csongrad": CSONGRAD, "szeged": SZEGED}
    for name, (text, day) in pages.items():
        (tmp_path / f"{name}.jsonl").write_text(json.dumps(
            {"url": f"https://news.example/{name}", "text": text, "published": day}) + "\n")
    with Store(tmp_path / "news.db") as store:
        ingest(sorted(str(p) for p in tmp_path.glob("*.jsonl")), store, ReadOptions())
        extract_pending(store)
        claims = claims_from_store(store)
    sandbags = [c for c in claims if c.low == 40000]
    assert len(sandbags) == 1 and sandbags[0].subject.startswith("flood, Hungary")


def test_a_story_of_one_page_takes_nothing(tmp_path: Path):
    got = _subjects(tmp_path, {"szolnok": SZOLNOK, "szeged": SZEGED})
    assert got["40,000 sandbags"] == "Hungary"


def test_copies_of_one_page_are_one_page(tmp_path: Path):
    text, day = SZOLNOK
    copy = (text.replace("the county official", "county official"), day)
    got = _subjects(tmp_path, {"szolnok": SZOLNOK, "copy": copy, "szeged": SZEGED})
    assert got["40,000 sandbags"] == "Hungary"


def test_two_stories_cited_alike_leave_the_page_alone(tmp_path: Path):
    rally = ("Teachers march in Budapest\n\nAbout 5,000 teachers joined a protest in Budapest, "
             "Hungary, on Monday, the union leader Eszter Hajdu said.", "2026-09-14")
    march = ("Second day of protest\n\nThe protest in Budapest, Hungary, drew 3,000 people on "
             "Tuesday, police spokesman Gabor Szalai said.", "2026-09-15")
    got = _subjects(tmp_path, {"szolnok": SZOLNOK, "csongrad": CSONGRAD, "rally": rally,
                               "march": march, "szeged": SZEGED})
    assert got["300 homes"].startswith("flood, Hungary")
    assert got["40,000 sandbags"] == "Hungary"


def test_a_page_that_names_the_story_takes_it_for_its_counted_things(tmp_path: Path):
    cost = ("Szolnok counts the cost\n\nThe flood in Hungary damaged 120 homes in Szolnok, the "
            "mayor, Ilona Berkes, said on Wednesday.\n\nVolunteers filled 9,000 sandbags on "
            "the embankment near the railway bridge.", "2026-09-17")
    alone = _subjects(tmp_path / "alone", {"cost": cost})
    assert alone["9,000 sandbags"] == "sandbags"  # extraction keeps it apart on its page
    got = _subjects(tmp_path, {"szolnok": SZOLNOK, "csongrad": CSONGRAD, "cost": cost})
    assert got["9,000 sandbags"] == got["300 homes"]


def _row(article: str, subject: str | None) -> dict[str, str | None]:
    return {"article_id": article, "group_id": article, "published": "2026-05-12",
            "subject": subject}


def test_a_page_of_another_country_aliased_to_the_story_keeps_its_counted_things():
    story = "migration, Belarus / Lithuania"
    rows = [_row("lt1", story), _row("lt2", story), _row("lv", story), _row("lv", "ladders")]
    raw = [*rows[:2], _row("lv", "migration, Belarus / Latvia"), rows[3]]
    mentions = [{"article_id": "lv", "kind": "place", "country": "LV"}]
    subjects = [r["subject"] for r in rows]
    assert story_subjects(raw, subjects, mentions)[3] == "ladders"
    # the same page naming the story's own countries is the story's page
    part = [*rows[:2], _row("lv", "migration, Belarus"), rows[3]]
    assert story_subjects(part, subjects, mentions)[3] == story

