"""Names meet across scripts and spellings: one key for Лукашенко, Łukaszenka and
Lukaschenko, and for "Запад-2025" and "Захід-2025"; different names keep different keys."""

from __future__ import annotations

import pytest

from sitrep.knowledge.translit import latin, name_key, same_name


@pytest.mark.parametrize("spellings", [
    ["Лукашенко", "Лукашэнка", "Łukaszenka", "Lukashenko", "Lukaschenko"],
    ["Зеленський", "Зеленский", "Zelensky", "Selenskyj", "Zełenski"],
    ["Запад-2025", "Захід-2025", "Zapad-2025"],
    ["Шойгу", "Shoigu", "Schoigu", "Szojgu"],
])
def test_spellings_of_one_name_share_a_key(spellings: list[str]):
    assert len({name_key(s) for s in spellings}) == 1, [name_key(s) for s in spellings]


@pytest.mark.parametrize("a, b", [
    ("Лукашенко", "Лукьяненко"), ("Зеленский", "Зеленин"), ("Запад-2025", "Запад-2021"),
    ("Petrov", "Popov"),
])
def test_different_names_keep_apart(a: str, b: str):
    assert not same_name(a, b)


def test_latin_is_lower_ascii_words():
    assert latin("Łukaszenka, Мінськ!") == "lukaszenka minsk"


def test_a_speaker_in_cyrillic_gets_the_ledger_key_of_the_latin_spelling():
    from sitrep.knowledge.names import person_key
    from sitrep.knowledge.translit import person_key_any_script

    assert person_key_any_script("Владимир Зеленский") == person_key("Volodymyr Zelensky")
    assert person_key_any_script("Володимир Зеленський") == person_key("Volodymyr Zelensky")
    assert "/" in person_key_any_script("Мурашко")
