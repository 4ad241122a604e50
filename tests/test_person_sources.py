"""One person, one source: a bare surname is the store's one full name with that surname,
in any script ("Коваленко" and "Ігор Коваленко"); two people who share a surname stay
apart, and so does the bare surname between them; people named in a script without Latin
letters are told apart by their names (issue 11).

Real store, real extraction, on short articles written for these tests (fictional
officials, real places).
"""

from __future__ import annotations

import json
from pathlib import Path

from sitrep.extract.runner import extract_pending
from sitrep.ingest.readers import ReadOptions
from sitrep.ingest.runner import ingest
from sitrep.ledger import classify_source, ledger_from_store
from sitrep.ledger.known import person_names
from sitrep.store import Store

FULL = ("Вибух у Харкові\n\nУ Харкові внаслідок вибуху загинули 7 людей, повідомив мер "
        "Ігор Коваленко.")
BARE = ("Загиблих у Харкові більше\n\nУ Харкові внаслідок вибуху загинули 9 людей, заявив "
        "Коваленко.")
OTHER = ("Поранені у Харкові\n\nУ Харкові внаслідок вибуху постраждали 20 людей, повідомив "
         "губернатор Петро Гнатюк.")
NAMESAKE = ("Вибух у Харкові: нові дані\n\nУ Харкові внаслідок вибуху загинули 8 людей, "
            "повідомив депутат Олег Коваленко.")


def _sources(tmp_path: Path, texts: dict[str, str]) -> dict[float | None, str]:
    """Each text as a page of the same day; the source key of each claim, by its value."""
    paths = []
    for name, text in texts.items():
        path = tmp_path / f"{name}.jsonl"
        path.write_text(json.dumps({"url": f"https://news.example/{name}", "text": text,
                                    "published": "2026-05-06"}, ensure_ascii=False) + "\n")
        paths.append(str(path))
    with Store(tmp_path / "news.db") as store:
        ingest(paths, store, ReadOptions())
        extract_pending(store)
        claims, _ = ledger_from_store(store)
    return {c.high: c.source.key for c in claims}


def test_a_bare_surname_is_the_one_full_name_of_the_store(tmp_path: Path):
    keys = _sources(tmp_path, {"full": FULL, "bare": BARE, "other": OTHER})
    assert keys[7] == keys[9]
    # another person named in Cyrillic is another source
    assert keys[20] != keys[7]


def test_people_who_share_a_surname_stay_apart(tmp_path: Path):
    keys = _sources(tmp_path, {"full": FULL, "bare": BARE, "namesake": NAMESAKE})
    assert len({keys[7], keys[8], keys[9]}) == 3


def test_person_names_resolves_only_a_surname_one_full_name_has():
    names = person_names(["zlnsk/", "zlnsk/vl", "bdn/", "bdn/j", "bdn/hn", "kb/", None])
    assert names == {"zlnsk/": "zlnsk/vl"}


def test_a_person_is_known_by_the_key_of_the_name_in_any_script():
    one = classify_source("Зеленський", None, None, None, ("UA",), person="zlnsk/vl")
    other = classify_source("Volodymyr Zelensky", None, None, None, ("UA",),
                            person="zlnsk/vl")
    assert one.key == other.key
    assert classify_source("Тарас Гнатюк", None, None, None, ("UA",), person="gntk/tr").key \
        != one.key
    # a body a person speaks for is the source, whoever speaks
    assert classify_source("Тарас Гнатюк", None, "Ministry of Defence of Ukraine", None,
                           ("UA",), person="gntk/tr").key.endswith(":defense-ministry")
