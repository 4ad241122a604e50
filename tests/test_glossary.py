"""English words for foreign nouns from a dictd dictionary (FreeDict's format).

The small dictionaries here are written for these tests in the format FreeDict ships: an
index of headword, offset and length in base 64, and the entries' text compressed with
gzip. The last tests read the dictionaries Debian installs, when they are there.
"""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from sitrep.extract.foreign import extract_foreign
from sitrep.lang.dictd import Dictionary
from sitrep.lang.glossary import cached_glossary, glossary, plural, read_glossary

_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

TAGGED = [
    ("Wanderer", "Wanderer /ˈvandəʁɐ/ <masc, n, sg>\nhiker <n>\n   Synonym: {Wandersmann}\n"),
    ("Wanderer", "Wanderer /ˈvandəʁɐ/ <pl>\nhikers, ramblers\n"),
    ("Fähre", "Fähre /ˈfɛːʁə/ <fem, n, sg>\n [naut.] ferry <n>\n"
              "      \"mit der Fähre\"  - by ferry\n"),
    ("Fähren", "Fähren /ˈfɛːʁən/ <pl>\nferries\n"),
    ("schnell", "schnell /ʃnɛl/ <adj>\nfast, quick\n"),
    ("Schaf", "Schaf /ʃaːf/ <neut, n, sg>\n see: {Schafe}\nsheep <n>\n"),
    ("Zug", "Zug /tsuːk/ <masc, n, sg>\ntraintrn,  /tˌeːˌɛɾ/\n"),
    ("Zug", "Zug /tsuːk/ <masc, n, sg>\n1. procession 2.\n"),
]
UNTAGGED = [("barco", "barco /ˈbaɾko/\n1. boat\n2. ship\n"), ("rápido", "rápido /ˈrapido/\nfast\n")]


def _number(value: int) -> str:
    digits = ""
    while True:
        digits = _DIGITS[value % 64] + digits
        value //= 64
        if not value:
            return digits


def write_dictionary(folder: Path, name: str, entries: list[tuple[str, str]]) -> Dictionary:
    body, lines = b"", ["00databaseinfo\tA\tB"]
    for word, text in entries:
        raw = text.encode("utf-8")
        lines.append(f"{word}\t{_number(len(body))}\t{_number(len(raw))}")
        body += raw
    (folder / f"{name}.index").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(folder / f"{name}.dict.dz", "wb") as out:
        out.write(body)
    found = Dictionary.at(folder, name)
    assert found is not None
    return found


def test_a_tagged_dictionary_gives_its_nouns_first_sense_in_both_numbers(tmp_path):
    found = read_glossary(write_dictionary(tmp_path, "t-deu-eng", TAGGED))
    assert found.tagged
    assert found.entry("Wanderer") == ("hiker", "hikers")  # the singular's sense, made plural
    assert found.entry("fähre") == ("ferry", "ferries")  # a label and an example skipped
    assert found.entry("fähren") == ("ferries", "ferries")  # a plural entry alone
    assert found.entry("schaf") == ("sheep", "sheep")  # past a cross-reference
    assert found.entry("schnell") is None  # an adjective
    # a sense with an abbreviation glued to it is skipped for the next entry's
    assert found.entry("zug") == ("procession", "processions")
    # words before the first and after the last, and between two
    assert [found.entry(w) for w in ("aal", "zzz", "gans")] == [None, None, None]


def test_an_untagged_dictionary_gives_every_headword_and_says_so(tmp_path):
    found = read_glossary(write_dictionary(tmp_path, "t-spa-eng", UNTAGGED))
    assert not found.tagged
    assert found.entry("barco") == ("boat", "boats")
    assert found.english(["barcos", "barco"], 1) == "boat"
    assert found.english(["barcos", "barco"], 12) == "boats"
    assert found.english(["lancha"], 3) is None


@pytest.mark.parametrize(("singular", "expected"), [
    ("visitor", "visitors"), ("ferry", "ferries"), ("bus", "buses"), ("match", "matches"),
    ("fireman", "firemen"), ("human", "humans"), ("person", "people"),
    ("fire engine", "fire engines"), ("day", "days"), ("aircraft", "aircraft"),
])
def test_plural(singular, expected):
    assert plural(singular) == expected


def test_the_cache_is_written_once_and_rebuilt_for_a_new_edition(tmp_path):
    dictionary = write_dictionary(tmp_path, "t-deu-eng", TAGGED)
    cache = tmp_path / "cache" / "glossary.tsv"
    cached_glossary(dictionary, cache)
    head, _, lines = cache.read_text(encoding="utf-8").partition("\n")
    assert json.loads(head)["tagged"] is True and "wanderer\thiker\thikers\n" in lines
    # the cache is what a second call reads: a change to it shows
    cache.write_text(head + "\n" + lines.replace("hiker\thikers", "walker\twalkers"),
                     encoding="utf-8")
    assert cached_glossary(dictionary, cache).entry("wanderer") == ("walker", "walkers")
    # a new edition (another size) is read again, and the cache rewritten
    write_dictionary(tmp_path, "t-deu-eng", TAGGED[:2])
    again = cached_glossary(dictionary, cache)
    assert again.entry("wanderer") == ("hiker", "hikers") and again.entry("fähre") is None
    assert "fähre" not in cache.read_text(encoding="utf-8")


def test_a_broken_cache_is_rebuilt_and_an_unwritable_one_costs_nothing(tmp_path):
    dictionary = write_dictionary(tmp_path, "t-deu-eng", TAGGED)
    cache = tmp_path / "glossary.tsv"
    cache.write_text("{not json\nwanderer\tx\ty\n", encoding="utf-8")
    assert cached_glossary(dictionary, cache).entry("fähre") == ("ferry", "ferries")
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    assert cached_glossary(dictionary, blocked / "glossary.tsv").entry("fähre")[0] == "ferry"


def test_a_missing_dictionary_is_none(tmp_path):
    assert Dictionary.at(tmp_path, "freedict-xxx-eng") is None


def _measures(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [(f.low, f.measure) for f in extract_foreign(text, lang, date(2026, 5, 4)).figures]


@pytest.mark.skipif(glossary("de") is None, reason="dict-freedict-deu-eng is not installed")
def test_a_german_count_of_a_noun_no_table_knows_is_named_in_english():
    text = ("Zur Buchmesse in Leipzig kamen nach Angaben der Stadt mehr als 3.000 Besucher "
            "und über 200 Ausstellern aus 12 Ländern.")
    assert _measures(text, "de") == [(3000, "visitors"), (200, "exhibitors"), (12, "countries")]


@pytest.mark.skipif(glossary("fr") is None, reason="dict-freedict-fra-eng is not installed")
def test_a_french_count_is_named_by_the_noun_its_dictionary_marks():
    text = "Selon la mairie de Nantes, 12 écoles sont restées fermées mardi."
    assert _measures(text, "fr") == [(12, "schools")]
