"""Agencies of one government, on short articles written for these tests (fictional
officials, real places): two distinct agencies counting one toll apart on one day
disagree, while a minister and the ministry they head, or an agency and the government as
a whole ("the authorities"), are one voice; a person's body is the one their role names.
Plus the unit rules of :mod:`sitrep.ledger.bodies` on sources built directly."""

from __future__ import annotations

from pathlib import Path

from test_findings_news import _ledger

from sitrep.ledger import classify_source
from sitrep.ledger.bodies import body_words, distinct_bodies, named_bodies

LEAD = "Ankara bus depot fire\n\n"
INTERIOR = ("The fire at a bus depot in Ankara on Monday killed {n} people, the Turkish "
            "Interior Ministry said on Wednesday.")
HEALTH = ("The fire at a bus depot in Ankara on Monday killed {n} people, the Turkish "
          "Health Ministry said on Wednesday.")
AUTHORITIES = ("The fire at a bus depot in Ankara on Monday killed {n} people, Turkish "
               "authorities said on Wednesday.")


def test_two_agencies_with_two_exact_counts_on_one_day_disagree(tmp_path: Path):
    claims, findings = _ledger(tmp_path, {
        "interior": (LEAD + INTERIOR.format(n=139), "2026-03-04"),
        "health": (LEAD + HEALTH.format(n=143), "2026-03-04")})
    assert sorted(c.low for c in claims if c.family == "killed") == [139, 143]
    assert {c.source.side for c in claims if c.family == "killed"} == {"government:TR"}
    disagreements = [f for f in findings if f.kind == "disagreement"]
    assert len(disagreements) == 1
    assert sorted(c.low for c in disagreements[0].claims) == [139, 143]


def test_one_agency_and_its_government_as_a_whole_are_one_voice(tmp_path: Path):
    _, findings = _ledger(tmp_path, {
        "interior": (LEAD + INTERIOR.format(n=139), "2026-03-04"),
        "authorities": (LEAD + AUTHORITIES.format(n=143), "2026-03-04")})
    assert [f for f in findings if f.kind == "disagreement"] == []


def test_round_counts_of_two_agencies_keep_their_rounding(tmp_path: Path):
    # "1,400" and "1,420": a round figure may be the other one rounded
    _, findings = _ledger(tmp_path, {
        "interior": (LEAD + INTERIOR.format(n="1,400"), "2026-03-04"),
        "health": (LEAD + HEALTH.format(n="1,420"), "2026-03-04")})
    assert [f for f in findings if f.kind == "disagreement"] == []


def test_a_minister_speaks_for_the_ministry_their_role_names():
    ministry = classify_source(None, None, "Turkish Health Ministry", "x.example", ("TR",))
    interior = classify_source(None, None, "Turkish Interior Ministry", "x.example", ("TR",))
    minister = classify_source("Ayse Demir", "Turkish Health Minister", None, "x.example",
                               ("TR",), person="dmr/ys")
    aide = classify_source("Can Oz", "spokesman", None, "x.example", ("TR",), person="z/kn")
    bodies = named_bodies([ministry, interior, minister, aide])
    assert bodies == {frozenset({"health", "ministry"}), frozenset({"interior", "ministry"})}
    assert body_words(minister, bodies) == frozenset({"health", "ministry"})
    assert not distinct_bodies(minister, ministry, bodies)
    assert distinct_bodies(minister, interior, bodies)
    # a person whose role names no body of theirs speaks for the whole government
    assert body_words(aide, bodies) is None
    assert not distinct_bodies(aide, interior, bodies)


def test_bodies_of_two_governments_are_sides_not_bodies():
    turkish = classify_source(None, None, "Turkish Health Ministry", "x.example", ("TR",))
    greek = classify_source(None, None, "Greek Health Ministry", "x.example", ("GR", "TR"))
    assert turkish.side != greek.side
    assert not distinct_bodies(turkish, greek, named_bodies([turkish, greek]))


def test_a_regions_ministry_is_not_the_federal_one_of_its_name():
    regional = classify_source(None, None, "Izmir Province Health Ministry", "x.example",
                               ("TR",))
    federal = classify_source(None, None, "Turkish Health Ministry", "x.example", ("TR",))
    minister = classify_source("Ayse Demir", "Turkish Health Minister", None, "x.example",
                               ("TR",), person="dmr/ys")
    other = classify_source(None, None, "Ankara Province Health Ministry", "x.example",
                            ("TR",))
    whole = classify_source(None, None, "Turkish authorities", "x.example", ("TR",))
    bodies = named_bodies([regional, federal, minister, other, whole])
    assert distinct_bodies(regional, federal, bodies)
    assert distinct_bodies(regional, other, bodies)
    # the minister speaks for the federal ministry, named among the claims or not
    assert distinct_bodies(regional, minister, bodies)
    assert distinct_bodies(minister, regional, named_bodies([regional]))
    assert not distinct_bodies(minister, federal, bodies)
    # a region's ministry and the government as a whole are still one voice
    assert not distinct_bodies(regional, whole, bodies)


HOSPITAL = ("The Turkish {body} Ministry said on {day} that {n} people were still being "
            "treated in hospital after the fire at a bus depot in Ankara on Monday.")


def test_patients_in_hospital_fewer_a_day_later_are_one_count_falling(tmp_path: Path):
    claims, findings = _ledger(tmp_path, {
        "health": (LEAD + HOSPITAL.format(n=40, body="Health", day="Tuesday"), "2026-03-03"),
        "interior": (LEAD + HOSPITAL.format(n=31, body="Interior", day="Wednesday"),
                     "2026-03-04")})
    assert sorted(c.low for c in claims if c.family == "in hospital") == [31, 40]
    assert [f for f in findings if f.kind == "disagreement"] == []


def test_patients_in_hospital_counted_apart_on_one_day_disagree(tmp_path: Path):
    claims, findings = _ledger(tmp_path, {
        "health": (LEAD + HOSPITAL.format(n=40, body="Health", day="Wednesday"), "2026-03-04"),
        "interior": (LEAD + HOSPITAL.format(n=31, body="Interior", day="Wednesday"),
                     "2026-03-04")})
    assert sorted(c.low for c in claims if c.family == "in hospital") == [31, 40]
    assert [sorted(c.low for c in f.claims) for f in findings
            if f.kind == "disagreement"] == [[31, 40]]
