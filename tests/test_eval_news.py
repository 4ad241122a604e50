"""``sitrep eval news``: the scorer on a small story written here, and the quality gate on
the real news excerpts of ``../shared/data/news-dev`` when they are present.

The gate works like trafilatura's ``tests/eval_gate.py``: floors pinned a little under the
scores measured when they were set, so that a change that loses quality on real news fails
CI; raise them as the scores rise.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SHARED

from sitrep.cli import main
from sitrep.errors import EvaluationError
from sitrep.evaluate.news import measure_ok, score_news

MINI = Path(__file__).parent / "eval_fixtures" / "news-mini"
FRESH = Path(__file__).parent / "eval_fixtures" / "fresh"
#: The three stories written to check rules on news none was fitted to (their README),
#: floors under the scores of session 38 (recall 0.791, precision 0.964, speaker or
#: organisation 0.585, stated_on 0.566, subject 0.226, measure 0.811); subject raised in
#: session 39, when lasting and unnamed events were read across a story (0.472), and in
#: session 41, when a page that names no event took its story and a strike named by its
#: trade was a walkout (0.654); recall raised in session 41 (0.821), when "the number of
#: X rose to N" and "Detentions rose to N" counted what they name; speaker raised in session
#: 42 (0.703), when a title before the name and a publisher speaking as "we" were read, and
#: subject (0.697), when an instance of no place took its page's; speaker raised in session
#: 44 (0.756), when a role named before its holder, a trailing "said ... as ... that", a
#: body's name with a plural possessive and a revised estimate were read, with stated_on
#: (0.622) and measure (0.835).
FRESH_FLOORS = {"recall": 0.79, "precision": 0.93, "speaker_or_org": 0.72, "subject": 0.66,
                "stated_on": 0.58, "measure": 0.80}
PROBE = Path(__file__).parent / "eval_fixtures" / "probe"
#: The four stories of session 44 that failure classes were found on (their README), floors
#: under the scores when they were added (recall 0.849, precision 0.935, speaker or
#: organisation 0.644, stated_on 0.396, subject 0.708, measure 0.802).
PROBE_FLOORS = {"recall": 0.82, "precision": 0.90, "speaker_or_org": 0.61, "subject": 0.67,
                "stated_on": 0.36, "measure": 0.77}
HELDOUT = Path(__file__).parent / "eval_fixtures" / "heldout"
#: The three stories of session 44 kept for measuring only (their README), floors under
#: the scores at the end of that session (recall 0.916, precision 0.959, speaker or
#: organisation 0.553, stated_on 0.553, subject 0.582, measure 0.901).
HELDOUT_FLOORS = {"recall": 0.89, "precision": 0.93, "speaker_or_org": 0.52,
                  "subject": 0.55, "stated_on": 0.52, "measure": 0.87}
NEWS_DEV = SHARED / "data" / "news-dev"

#: English pages of news-dev, floors under the scores of the commit that set them.
#: stated_on 0.87 (was 0.83; 0.871 before, 0.885 when raised): a year or a period a figure
#: is about, or a day its own sentence tells, no longer dates the saying.
#: measure 0.91 (was 0.89; 0.923 before, 0.930 when raised): a placeholder ("the 1,002
#: total") measures what the value it is compared with in its sentence measures.
#: speaker or organisation 0.91 (was 0.84; 0.931 when raised, session 43): intelligence
#: services, credits that point back ("This was confirmed by X").
ENGLISH_FLOORS = {"recall": 0.89, "precision": 0.90, "speaker_or_org": 0.91, "subject": 0.92,
                  "stated_on": 0.87, "measure": 0.91}


def test_the_fresh_stories_hold_their_floors():
    figures = score_news(FRESH).as_dict()["figures"]
    assert figures["gold"] == 201
    for measure, floor in FRESH_FLOORS.items():
        assert figures[measure] >= floor, (measure, figures[measure], floor)


def test_the_probe_stories_hold_their_floors():
    figures = score_news(PROBE).as_dict()["figures"]
    assert figures["gold"] == 238
    for measure, floor in PROBE_FLOORS.items():
        assert figures[measure] >= floor, (measure, figures[measure], floor)


def test_the_heldout_stories_hold_their_floors():
    figures = score_news(HELDOUT).as_dict()["figures"]
    assert figures["gold"] == 154
    for measure, floor in HELDOUT_FLOORS.items():
        assert figures[measure] >= floor, (measure, figures[measure], floor)


def test_scores_a_small_story_written_here():
    scores = score_news(MINI).as_dict()
    figures = scores["figures"]
    assert (figures["gold"], figures["matched"], figures["predicted"]) == (5, 5, 5)
    for measure in ("speaker_or_org", "stated_on", "subject", "measure"):
        assert figures[measure] == 1.0, measure
    assert scores["by_language"]["en"]["recall"] == 1.0
    assert scores["findings"] | {"unmatched": []} == {
        "expected": 1, "recalled": 1, "predicted": 1, "right": 1, "mixing_instances": 0,
        "unmatched": []}
    assert scores["duplicates"] == {"copy_groups": 1, "grouped": 1, "lookalike_pairs": 1,
                                    "lookalikes_merged": 0}


def test_a_wrong_annotation_shows_as_a_miss(tmp_path: Path):
    story = tmp_path / "amber-gate"
    shutil.copytree(MINI / "amber-gate", story)
    gold = json.loads((story / "gold.json").read_text())
    gold[0]["figures"][0]["low"] = gold[0]["figures"][0]["high"] = 13000
    gold[1]["figures"][0]["stated_on"] = "2026-03-07"
    (story / "gold.json").write_text(json.dumps(gold))
    scores = score_news(tmp_path).as_dict()
    assert scores["figures"]["matched"] == 4 and scores["figures"]["stated_on"] == 0.75
    assert any("missed '12,000 troops'" in m for m in scores["misses"])
    assert scores["findings"]["recalled"] == 0


def test_a_page_the_pipeline_refuses_stops_the_score(tmp_path: Path):
    """A gold page refused at ingest must not silently drop out of the score."""
    story = tmp_path / "amber-gate"
    shutil.copytree(MINI / "amber-gate", story)
    page = story / "pages" / "002.json"
    record = json.loads(page.read_text())
    record["text"] = ""
    page.write_text(json.dumps(record))
    with pytest.raises(EvaluationError, match=r"amber-gate: 1 page\(s\) could not be read.*E007"):
        score_news(tmp_path)
    result = CliRunner().invoke(main, ["eval", "news", "--data", str(tmp_path)])
    assert result.exit_code == 1 and "E007" in result.output


def test_measure_ok_compares_families_and_words():
    assert measure_ok("servicemen", "North Korean troops deployed")
    assert measure_ok("dead", "people killed")
    assert measure_ok("armoured vehicles", "vehicles")
    assert not measure_ok("troops", "people killed")
    assert not measure_ok(None, "people killed")


def test_killed_or_wounded_together_are_the_casualties():
    # both the dead and the wounded: casualties, neither the dead alone nor the wounded
    assert measure_ok("casualties", "Ruritanian troops killed or wounded")
    assert measure_ok("soldiers killed or injured", "casualties among the brigade")
    assert not measure_ok("dead", "Ruritanian troops killed or wounded")


def test_cli_skips_only_the_default_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    runner = CliRunner()
    monkeypatch.chdir(tmp_path)  # no ../shared from here
    result = runner.invoke(main, ["eval", "news"])
    assert result.exit_code == 0 and result.output.startswith("skipped:")
    result = runner.invoke(main, ["eval", "news", "--data", str(tmp_path / "nope")])
    assert result.exit_code == 1 and "no such folder" in result.output
    result = runner.invoke(main, ["eval", "news", "--data", str(MINI), "--json"])
    assert result.exit_code == 0 and json.loads(result.output)["figures"]["recall"] == 1.0


#: Findings on news-dev: expected ones surfaced (of 42), and the share of sitrep's findings
#: that match one. 12 of 42 and 11 of 17 with issue 10's ledger rules (a bare "the war" is
#: the store's one war, a known body carries its country, a translation never disagrees
#: with its original, a previous estimate comes first, outcome words read in the page's
#: language); most of the misses wait on extraction of non-English pages (the speaker read
#: as the outlet, the statement undated). The right share stays under 0.9: the findings
#: outside the gold are judged one by one in the branch's report, most of them right.
#: 18 of 42 and 17 of 22 once a rising toll on two days is no disagreement, a magnitude is
#: compared across every source (an aftershock's apart), and another country's place or a
#: new wave of troops is a measure of its own. 20 of 42 and 18 of 24 with an undated page
#: dated by the day its sentence names, and a toll that never falls: the share right
#: is 18/23 once the incident's own day no longer dates an undated page's figure.
#: 22 of 42 and 20 of 24 once two agencies of one government may disagree (their bare
#: non-round counts exact) and a week's count above a side's earlier total revises it.
#: With a printed date line in any language dating its page and the injured still in
#: hospital counted apart from everyone hurt (crocus F03): 23 of 42 and 21 of 25.
#: 25 of 42 and 23 of 26 with a deployment estimate that falls back below its own peak
#: unannounced (nk-14, no longer a wrong revision) and a new figure that does not follow
#: the change its report announces since the source's earlier one (nk-10).
#: With regional bodies apart from the federal ones and tallies settled months later
#: compared (crocus F09, F11): 26 of 42. All three branches together: 32 of 42, 29 of 31.
#: (On their own:) 26 of 42 and 24 of 28 with one bulletin printed differently by two outlets a
#: disagreement (myanmar F04, F05) and a toll not read as the object of a clause between
#: it and its verb ("which led to casualties abroad", myanmar F08). 27 of 42 and 25 of 28
#: with an official named by role alone dated by the announcement before (myanmar F03).
FINDINGS_FLOORS = {"recalled": 34, "right_share": 0.93}


@pytest.mark.skipif(not NEWS_DEV.is_dir(), reason="../shared/data/news-dev not present")
def test_quality_gate_on_real_english_news():
    scores = score_news(NEWS_DEV).as_dict()
    english = scores["by_language"]["en"]
    low = {k: (english[k], floor) for k, floor in ENGLISH_FLOORS.items() if english[k] < floor}
    assert not low, f"below the pinned floors (score, floor): {low}"
    findings = scores["findings"]
    assert findings["recalled"] >= FINDINGS_FLOORS["recalled"], findings
    assert findings["mixing_instances"] == 0, findings
    assert findings["predicted"] and (findings["right"] / findings["predicted"]
                                      >= FINDINGS_FLOORS["right_share"]), findings
    # copies (all languages): at least 90% of the copy groups joined, no look-alike merged
    copies = scores["duplicates"]
    assert copies["grouped"] >= 0.9 * copies["copy_groups"], copies
    assert copies["lookalikes_merged"] == 0, copies


#: Russian, Ukrainian, Polish and German pages of news-dev together (issue 11), floors
#: under the scores of the commit that set them; and each language's recall on its own,
#: Spanish included (read from its folder of data alone).
FOREIGN = ("ru", "uk", "pl", "de")
#: Subject 0.76, not the 0.80 first pinned: English figures now carry event instances
#: (type, country, day) that the ledger joins across pages, and the grouping scorer pairs
#: each gold event with one predicted name across all languages of a story (0.774).
#: Precision 0.88 and measure 0.80 (was 0.84 and unpinned; 0.908 and 0.836 when raised):
#: recipe lines, labels, codes, dated spans no longer give figures, and a sum, a property
#: named before its value and a total named around a verb of change get their measure.
#: Speaker/org 0.69 and subject 0.86, raised by issue 11's attribution work (0.712 and 0.880:
#: the English paragraph carry-over, an ongoing event named by type and place).
#: stated_on 0.78 (unpinned; 0.755 before, 0.790 when set): a weekday on an undated page
#: written in its incident's week, and a count "as of" a day, are dated.
FOREIGN_FLOORS = {"recall": 0.91, "precision": 0.90, "speaker_or_org": 0.77, "subject": 0.86,
                  "measure": 0.80, "stated_on": 0.78}
#: uk 0.88 and its precision 0.85 (were 0.82 and unpinned; 0.914 and 0.865 when set): a
#: repeat without a source of its own is one claim, "перевищує вже 3000" is a lower bound,
#: "30-40 тисяч. А можуть і 500" is 500 thousand.
#: Italian and French (folders of data, issue 11): recall 1.0 and 0.923, precision 0.889
#: and 1.0 when set.
#: Portuguese and Korean (session 25): recall 0.857 (6 of 7) and 1.0 (8 of 8), precision
#: 1.0 and 0.889 when set; the floors allow one figure less on Korean's eight, none on
#: Portuguese's seven (one miss more would be 0.714).
LANGUAGE_RECALL_FLOORS = {"ru": 0.91, "uk": 0.88, "pl": 0.92, "de": 0.92, "es": 0.85,
                          "it": 0.93, "fr": 0.9, "pt": 0.85, "ko": 0.87}
#: uk precision 0.84 (was 0.85; 0.842 when set): "близько тисячі" is now read as about a
#: thousand, and a lead's "з них близько тисячі загиблими" that the gold lists only where
#: the body restates it is one more figure the gold does not hold.
LANGUAGE_PRECISION_FLOORS = {"uk": 0.84, "it": 0.85, "fr": 0.9, "pt": 0.85, "ko": 0.85}


@pytest.mark.skipif(not NEWS_DEV.is_dir(), reason="../shared/data/news-dev not present")
def test_quality_gate_on_real_news_in_other_languages():
    rows = score_news(NEWS_DEV).as_dict()["by_language"]
    gold = sum(rows[lang]["gold"] for lang in FOREIGN)
    matched = sum(rows[lang]["matched"] for lang in FOREIGN)
    predicted = sum(rows[lang]["predicted"] for lang in FOREIGN)
    together = {"recall": matched / gold, "precision": matched / predicted,
                **{k: sum(rows[lang][k] * rows[lang]["matched"] for lang in FOREIGN) / matched
                   for k in ("speaker_or_org", "subject", "measure", "stated_on")}}
    low = {k: (round(together[k], 3), floor) for k, floor in FOREIGN_FLOORS.items()
           if together[k] < floor}
    low |= {lang: (rows[lang]["recall"], floor) for lang, floor
            in LANGUAGE_RECALL_FLOORS.items() if rows[lang]["recall"] < floor}
    low |= {f"{lang} precision": (rows[lang]["precision"], floor) for lang, floor
            in LANGUAGE_PRECISION_FLOORS.items() if rows[lang]["precision"] < floor}
    assert not low, f"below the pinned floors (score, floor): {low}"
