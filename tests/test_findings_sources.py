"""Who a claim belongs to and what it is compared with, on short texts written for these
tests (fictional officials, real places): a bare "the war" is the store's one war, a known
body carries its country, a foreign government's toll of a shared day is its own count, an
earlier estimate comes first, a translation never disagrees with its original, and a count
of people is read in the article's own language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_findings_news import _ledger

from sitrep.ledger import classify_source
from sitrep.ledger.claims import Claim, _nationalities, _series
from sitrep.ledger.families import counted, foreign_outcome, is_prior
from sitrep.ledger.findings import find_findings, report_groups
from sitrep.ledger.instances import subject_aliases
from sitrep.ledger.source_types import Source


def test_a_bare_war_is_the_one_war_the_store_names_with_its_countries():
    cited = (["war, Russia / Ukraine"] * 6 + ["war, Ukraine"] * 3 + ["war"] * 4
             + ["deployment"] * 2)
    aliases = subject_aliases(cited)
    assert aliases["war"] == aliases["deployment"] == "war, Russia / Ukraine"
    # two wars cited alike: "the war" could be either, and stays apart
    two = subject_aliases(["war, Russia / Ukraine"] * 4 + ["war, Israel / Lebanon"] * 3
                          + ["war"] * 2)
    assert "war" not in two


def test_troops_split_by_nationality_only_where_two_are_named():
    assert _series("participants", "Eritrean troops", frozenset({"ER"})) == "participants"
    assert _series("participants", "Eritrean troops",
                   frozenset({"ER", "ET"})) == "participants (Eritrean)"


def test_a_passing_second_nationality_makes_no_series_of_its_own():
    rows = [{"subject": "war, Sudan", "family": "participants", "measure": m}
            for m in ["Eritrean troops"] * 9 + ["Egyptian soldiers"]]
    assert _nationalities(rows) == {"war, Sudan": frozenset({"ER"})}
    rows += [{"subject": "war, Sudan", "family": "participants", "measure": "Egyptian troops"}
             for _ in range(4)]
    assert _nationalities(rows) == {"war, Sudan": frozenset({"ER", "EG"})}


def test_the_injured_still_in_hospital_are_a_count_of_their_own():
    assert counted("people injured", "By Thursday, ", " in the blast, including four "
                   "children, remained in hospital, the ministry said",
                   "explosion, Chile, 2026-02-03").family == "in hospital"
    assert counted("people", "The blast injured ", ", the ministry said",
                   "explosion, Chile, 2026-02-03").family == "injured"


def test_a_known_body_named_in_a_role_speaks_for_its_government():
    director = classify_source("Ivan Sorokin", "FSB Director", None, "news.example",
                               parties=("RU",))
    assert (director.type, director.country) == ("official", "RU")


def test_a_known_body_carries_its_country_and_a_seismic_agency_is_independent():
    nis = classify_source(None, None, "National Intelligence Service", "news.example",
                          parties=("RU", "UA"))
    assert (nis.type, nis.country) == ("foreign government", "KR")
    usgs = classify_source(None, None, "US Geological Survey", "news.example",
                           parties=("MM",))
    assert usgs.type == "independent"


def test_captured_soldiers_are_not_a_troop_count():
    assert counted("soldiers", "Ukrainian forces captured ", " in the Kursk region",
                   "war, Russia / Ukraine").family == "captured"
    assert counted("North Korean soldiers", "the ", " recently captured by Ukraine",
                   "war, Russia / Ukraine").family == "captured"


def test_a_count_of_people_is_read_in_its_own_language():
    assert foreign_outcome("Число погибших при пожаре в Казани увеличилось до ",
                           " человек.", "ru") == "killed"
    assert foreign_outcome("Nach Angaben der Behörden wurden ", " Menschen verletzt.",
                           "de") == "injured"
    assert foreign_outcome("W hali przebywało ", " osób.", "pl") is None
    assert counted("people", "Число погибших увеличилось до ", " человек", "attack, "
                   "Russia, 2026-03-01", "ru").family == "killed"


def test_killed_and_wounded_together_are_casualties_in_any_language():
    assert foreign_outcome("Сьогодні ", " вбито і поранено, сказав міністр.", "uk",
                           "killed") == "casualties"
    assert foreign_outcome("Серед них убито або поранено ", " військових.",
                           "uk") == "casualties"
    assert foreign_outcome("Число погибших увеличилось до ", " человек, ещё 551 человек "
                           "пострадал", "ru") == "killed"


def test_more_than_three_thousand_then_3800_is_a_revision():
    more = _claim("a", 3000, "UA", "one")
    more.high, more.qualifier = None, "more than"
    later = _claim("b", 3800, "UA", "two")
    later.stated_on = date(2026, 5, 20)
    found = find_findings([more, later])
    assert [f.kind for f in found] == ["revision"]


def test_a_figure_called_previous_comes_first(tmp_path: Path):
    text = ("Sudan troops\n\nEgypt has sent some 6,000 troops to Sudan, the Egyptian defence "
            "ministry said on Monday, raising its previous estimate of 2,000 from last week.")
    _, findings = _ledger(tmp_path, {"a": (text, "2026-06-02")})
    assert is_prior("raising its previous estimate of ")
    assert not is_prior("Egypt has sent some ")
    revisions = [f for f in findings if f.kind == "revision"]
    assert [[c.low for c in f.claims] for f in revisions] == [[2000, 6000]]
    assert not [f for f in findings if f.kind == "disagreement"]


def test_a_foreign_governments_toll_of_a_shared_day_is_its_own_count(tmp_path: Path):
    quake = ("Quake toll\n\nThe earthquake in Myanmar on Friday killed 1,000 people, the "
             "Myanmar military government said on Saturday.")
    tower = ("Tower collapse\n\nThe collapse of a tower in Bangkok on Friday killed 9 people, "
             "Thai authorities said on Saturday.")
    thai = ("Thai toll\n\nThe earthquake in Myanmar on Friday killed 9 people, Thai "
            "authorities said on Saturday.")
    claims, findings = _ledger(tmp_path, {"quake": (quake, "2026-03-14"),
                                          "tower": (tower, "2026-03-14"),
                                          "thai": (thai, "2026-03-14")})
    thai_claims = [c for c in claims if c.source.country == "TH" and c.low == 9
                   and c.subject.startswith("earthquake")]
    assert thai_claims and {c.family for c in thai_claims} == {"killed (Thai count)"}
    assert not [f for f in findings if f.kind == "disagreement"]


def test_a_statement_dated_before_its_incident_is_undated(tmp_path: Path):
    text = ("Blast in Lyon\n\nAn explosion in Lyon on Tuesday killed 4 people, prefect "
            "Anne Martel said on Sunday.")
    claims, _ = _ledger(tmp_path, {"a": (text, "2026-05-06")})
    blast = [c for c in claims if c.low == 4]
    assert blast and all(c.stated_on and c.stated_on >= date(2026, 5, 5) for c in blast)


def _claim(key: str, low: float, side_country: str, article: str) -> Claim:
    source = Source("official", f"ministry {key}", f"official:{side_country}:{key}",
                    side_country)
    claim = Claim(key, "attack, Ukraine, 2026-05-05", "killed", source, low, low, None, None,
                  None, None, None, date(2026, 5, 6), True, article_ids={article})
    claim.figure_ids.append(f"f-{key}")
    return claim


def test_a_translation_never_disagrees_with_its_original():
    original = _claim("a", 5, "UA", "english")
    translated = _claim("b", 12, "RU", "russian")  # the translation read another number
    groups = report_groups([("english", "russian")])
    assert find_findings([original, translated], groups) == []
    # two sides quoted in one article still disagree, translated or not
    both = _claim("c", 12, "RU", "english")
    found = find_findings([original, translated, both], groups)
    assert [f.kind for f in found] == ["disagreement"]
    assert {c.id for c in found[0].claims} == {"a", "c"}
    # without the link the two articles are two reports
    assert [f.kind for f in find_findings([original, translated])] == ["disagreement"]


def test_rescuers_at_a_quake_are_no_one_series():
    def crew(key: str, low: float, country: str, subject: str) -> Claim:
        claim = _claim(key, low, country, key)
        claim.subject, claim.family = subject, "participants"
        return claim

    quake = "earthquake, Nepal, 2026-03-13"
    assert find_findings([crew("a", 16, "IN", quake), crew("b", 1700, "NP", quake)]) == []
    war = "war, Russia / Ukraine"
    assert [f.kind for f in find_findings([crew("a", 3000, "US", war),
                                           crew("b", 12000, "UA", war)])] == ["disagreement"]


def test_an_outcome_word_of_the_sentence_before_does_not_name_the_next_count():
    """"the deceased" closes one sentence; the next counts people still in hospital, not
    the dead (a toll series must not take them in)."""
    before = ("Врачи сообщили, что состояние погибшего до последнего оставалось критическим. "
              "Кроме того, ")
    after = " человек остаются в больницах Твери"
    assert foreign_outcome(before, after, "ru") is None
    assert foreign_outcome("Число погибших в Твери выросло до ", " человек", "ru") == "killed"
