"""Findings on news without a series name, on short articles written for these tests
(fictional officials, real places): disagreements between sides, a rising toll read as one
revision, parts kept apart from the whole, undated pages ordering nothing."""

from __future__ import annotations

import json
from pathlib import Path

from sitrep.extract.runner import extract_pending
from sitrep.ingest.readers import ReadOptions
from sitrep.ingest.runner import ingest
from sitrep.ledger import classify_source, ledger_from_store
from sitrep.ledger.claims import org_acronyms
from sitrep.ledger.families import counted
from sitrep.store import Store


def _ledger(tmp_path: Path, articles: dict[str, tuple[str, str | None]],
            own_outlets: bool = False):
    """Each article (name -> (text, publication day or None)) as a JSON Lines page, as a
    user feeds news (``own_outlets``: each on an outlet named after it, not all on one);
    the claims and findings of the store."""
    paths = []
    for name, (text, day) in articles.items():
        path = tmp_path / f"{name}.jsonl"
        url = f"https://{name}.example/story" if own_outlets else f"https://news.example/{name}"
        path.write_text(json.dumps({"url": url, "text": text,
                                    "published": day}) + "\n")
        paths.append(str(path))
    with Store(tmp_path / "news.db") as store:
        ingest(paths, store, ReadOptions())
        extract_pending(store)
        return ledger_from_store(store)


GOVERNOR = ("Missile strike on Zaporizhzhia\n\nA Russian missile strike on Zaporizhzhia in "
            "southern Ukraine on Tuesday killed 5 people, Ivan Fedorov, the regional governor, "
            "said.")
MINISTRY = ("Moscow disputes toll\n\nThe strike on Zaporizhzhia on Tuesday killed 2 people, "
            "the Russian defence ministry said in a statement.")
RISEN = ("Zaporizhzhia toll rises\n\nThe death toll from the missile strike on Zaporizhzhia "
         "on Tuesday rose to 12 people, Ivan Fedorov, the regional governor, said.")


def test_three_articles_give_one_disagreement_and_one_revision(tmp_path: Path):
    _, findings = _ledger(tmp_path, {"governor": (GOVERNOR, "2026-05-06"),
                                     "ministry": (MINISTRY, "2026-05-06"),
                                     "risen": (RISEN, "2026-05-07")})
    assert sorted(f.kind for f in findings) == ["disagreement", "revision"]
    assert {f.subject for f in findings} == {"attack, Ukraine, 2026-05-05"}
    by_kind = {f.kind: f for f in findings}
    revision = by_kind["revision"]
    assert [c.low for c in revision.claims] == [5, 12]
    assert {c.source.country for c in revision.claims} == {"UA"}
    disagreement = by_kind["disagreement"]
    ministry = next(c for c in disagreement.claims if c.low == 2)
    assert ministry.source.country == "RU"  # from what it is, not the other party
    # every finding carries its claims with the sentence, outlet and date, and reads alone
    record = revision.as_record()
    assert record["claims"][0]["sentence"].startswith("A Russian missile strike")
    assert record["claims"][0]["outlets"] and record["claims"][1]["stated_on"]
    assert "5" in revision.explanation and "12" in revision.explanation


def test_an_undated_page_orders_no_revision(tmp_path: Path):
    undated = RISEN.replace("rose to 12", "rose to 9")
    _, findings = _ledger(tmp_path, {"governor": (GOVERNOR, "2026-05-06"),
                                     "undated": (undated, None)})
    assert [f for f in findings if f.kind == "revision"] == []


def test_a_part_is_not_the_whole(tmp_path: Path):
    whole = ("Quake toll\n\nThe earthquake in Nepal on Friday killed 128 people, the "
             "interior ministry said.")
    part = ("Pokhara mourns\n\nThe earthquake on Friday killed 40 people in Pokhara, the "
            "Nepalese police said.")
    claims, findings = _ledger(tmp_path, {"whole": (whole, "2026-03-14"),
                                          "part": (part, "2026-03-14")})
    families = {c.low: c.family for c in claims}
    assert families[128] == "killed" and families[40] == "killed (in Pokhara)"
    assert findings == []


def test_what_a_number_counts_is_read_around_it():
    assert counted("North Korean soldiers", "", " were killed or wounded in a week",
                   "war, Russia / Ukraine").family == "casualties"
    assert counted(None, "The death toll from the quake rose to ", "",
                   "earthquake, Nepal").family == "killed"
    assert counted("people", "The blast killed at least ", "",
                   "explosion, Lebanon").family == "killed"
    # a magnitude after "injured by the" is still a magnitude
    assert counted("magnitude", "4,715 were injured by the ", " quake",
                   "earthquake, Nepal").family is None
    # troops in the event's own country are the whole deployment
    assert counted("troops in Russia", "", "", "deployment, Russia").part is None


def test_a_seat_of_government_names_its_country():
    kremlin = classify_source(None, None, "Kremlin", "news.example", parties=("UA",))
    assert kremlin.country == "RU" and kremlin.type == "foreign government"


def test_an_acronym_is_the_body_it_abbreviates():
    assert org_acronyms(["NIS", "National Intelligence Service", "Reuters"]) == {
        "NIS": "National Intelligence Service"}
    # two bodies with the same initials: the acronym could be either
    assert org_acronyms(["UN", "United Nations", "Union of Nations"]) == {}


def test_a_count_governed_by_its_own_verb_is_not_the_toll_named_before_it():
    assert counted("people", "The attack, which killed 12, forced ", " to flee",
                   "attack, Kenya, 2026-09-19").family is None


def test_an_opposition_government_is_not_the_government():
    junta = classify_source("Aung Lin", "spokesman", "Myanmar military government", None)
    shadow = classify_source(None, None, "Myanmar's shadow National Unity Government", None)
    assert junta.side == "government:MM" and shadow.side != junta.side


def test_a_week_of_losses_is_not_the_total():
    week = counted("North Korean troops", "", " have been killed or wounded over the past week "
                   "alone, the spokesman said", "war, Russia / Ukraine")
    total = counted("North Korean troops", "", " have been killed or wounded since they "
                    "arrived", "war, Russia / Ukraine")
    assert week.family == total.family == "casualties"
    assert week.part == "the past week" and total.part is None  # one name per period


def _killed(count: str, who: str) -> str:
    return (f"Losses in Kursk\n\n{count} North Korean soldiers have been killed in the war in "
            f"Ukraine, {who} said on Tuesday.")


UK_MOD = "the British defence ministry"
SEOUL = "Park Ji-hoon, a South Korean intelligence official,"


def test_a_toll_lower_than_an_earlier_one_disagrees_however_late(tmp_path: Path):
    """A death toll never falls: "about 2,000 killed" eleven days after another body said
    "more than 6,000" disagrees with it, past the week within which tolls of a war are
    compared; the same two figures the other way round are a toll that grew."""
    (tmp_path / "fell").mkdir()
    (tmp_path / "grew").mkdir()
    _, found = _ledger(tmp_path / "fell", {
        "london": (_killed("More than 6,000", UK_MOD), "2025-08-19"),
        "seoul": (_killed("About 2,000", SEOUL), "2025-09-02")})
    (finding,) = found
    assert finding.kind == "disagreement" and finding.measure == "killed"
    assert sorted(c.low for c in finding.claims) == [2000, 6000]
    _, grew = _ledger(tmp_path / "grew", {
        "seoul": (_killed("About 2,000", SEOUL), "2025-08-19"),
        "london": (_killed("More than 6,000", UK_MOD), "2025-09-02")})
    assert grew == []
