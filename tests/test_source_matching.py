"""Two names of one source meet, two sources do not: the comparison behind the speaker score
(``evaluate/claims._speaker_ok``) and :mod:`sitrep.knowledge.matching`.

The equivalents are general world knowledge (acronyms, one country's government however
worded, transliterations of one name); the near misses are the ones a lenient comparison
would let through (one shared word, another country, another agency of the same state).
"""

from __future__ import annotations

import pytest

from sitrep.evaluate.claims import _speaker_ok
from sitrep.knowledge.matching import same_org, same_person


@pytest.mark.parametrize(("a", "b"), [
    ("WHO", "World Health Organization"),
    ("World Health Organisation", "World Health Organization"),
    ("UN", "United Nations"),
    ("U.N.", "United Nations"),
    ("UN OCHA", "U.N. Office for the Coordination of Humanitarian Affairs"),
    ("UN Office for the Co-ordination of Humanitarian Affairs", "OCHA"),
    ("USGS", "US Geological Survey"),
    ("United States Geological Survey", "U.S. Geological Survey"),
    ("Geological Survey", "US Geological Survey"),
    ("NIS", "National Intelligence Service"),
    ("National Intelligence Service", "NIS (South Korea)"),
    ("New York Times", "The New York Times"),
    ("American government", "US government"),
    ("American government (Washington)", "US government"),
    ("Russian government", "Russian authorities"),
    ("Thai officials", "Thai government"),
    ("Burmese military government", "Myanmar military government"),
    ("Burmese authorities", "Myanmar's junta"),
    ("Ukrainian Armed Forces General Staff", "Ukrainian General Staff"),
    ("National Institute for Emergency Medicine",
     "National Institute for Emergency Medicine (Erawan Centre)"),
    ("Federal Security Service", "FSB"),
    ("FSB", "Federal Security Service (FSB)"),
    ("BMA officials", "Bangkok Metropolitan Administration"),
    ("Nation Unity Government", "National Unity Government"),
    ("Russian Ministry of Health", "Russian Health Ministry"),
    # a ministry worded either way: the interior is internal affairs
    ("Ministry of Internal Affairs", "Latvian Interior Ministry"),
    ("Emergencies Ministry", "Ministry of Emergency Situations"),
])
def test_names_of_one_body_meet(a, b):
    assert same_org(a, b) and same_org(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("Kremlin", "Federal Security Service (FSB)"),
    ("government", "Myanmar military government"),  # a shared generic word is not enough
    ("authorities", "Russian authorities"),  # no country: not the Russian authorities
    ("Russian government", "Ukrainian government"),
    ("Russian Ministry of Defence", "Ukrainian Ministry of Defence"),
    ("Russian Ministry of Defence", "Russian Ministry of Health"),
    ("Estonian Interior Ministry", "Latvian Ministry of Internal Affairs"),
    ("Interior Ministry", "Ministry of Foreign Affairs"),
    ("Russian military", "Russian government"),
    ("South Korean military", "NIS (South Korea)"),
    ("Democratic Party", "NIS (South Korea)"),
    ("National Unity Government", "Myanmar military government"),
    ("WHO", "UN OCHA"),
    ("Reuters", "Associated Press"),
    ("preliminary data", "Russian authorities"),
    ("Telegram channel", "Telegram"),
    (None, "United Nations"),
])
def test_different_bodies_stay_apart(a, b):
    assert not same_org(a, b) and not same_org(b, a)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Volodymyr Zelensky", "Volodymyr Zelenskiy", True),
    ("Zelenskyy", "Volodymyr Zelensky", True),
    ("Lee Sung-kwon", "Lee Seong-kweun", True),  # family name first, two romanisations
    ("Lee Seong Kwon", "Lee Seong-kweun", True),
    ("Pavel Dronov", "Pavel Dronow", True),
    ("Mikhail Orlashko", "Mikhail Orlasko", True),  # one letter off a long name
    ("Kim Byung-kee", "Lee Seong-kweun and Kim Byung-kee", True),  # one of two speakers
    ("Min Aung Hlaing", "Zaw Min Tun", False),  # one shared part is not the same name
    ("Kim Jong Un", "Kim Byung-kee", False),
    ("Petrov", "Popov", False),
    ("Ivan Petrov", None, False),
])
def test_spellings_of_one_person_meet(a, b, same):
    assert same_person(a, b) is same and same_person(b, a) is same


def _row(speaker=None, role=None, org=None):
    return {"speaker": speaker, "role": role, "org": org}


def test_the_scorer_takes_the_person_or_the_body():
    gold = {"speaker": "Lee Seong-kweun", "org": "NIS (South Korea)"}
    assert _speaker_ok(_row("Lee Sung-kwon", "lawmaker"), gold)
    assert _speaker_ok(_row(org="National Intelligence Service"), gold)
    assert not _speaker_ok(_row(org="Democratic Party"), gold)
    assert not _speaker_ok(_row("Cho Tae-yong", org="Democratic Party"), gold)
    gold = {"speaker": None, "org": "World Health Organization"}
    assert _speaker_ok(_row(org="WHO"), gold)
    assert not _speaker_ok(_row(org="UN"), gold)


def test_the_writers_own_voice_takes_no_speaker():
    gold = {"speaker": None, "org": None}
    assert _speaker_ok(_row(), gold)
    assert not _speaker_ok(_row(org="Reuters"), gold)
