"""Claims: one figure as stated by one source, however many outlets repeat it.

Ten outlets printing one wire story give ten figures but one claim with ten citations.
A claim keeps the interval its hedge implies ("more than 13,000" is 13,000 to about
16,000, "about 13,000" 11,700 to 14,300) so that claims can be compared.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from ..documents import content_id
from ..knowledge.gazetteer import load_gazetteer
from ..lang import language_data
from .changes import changed_families, is_step
from .families import (
    counted,
    dead_among,
    families,
    fixed_measures,
    is_prior,
    names_other_shock,
)
from .instances import instance_parties
from .known import (
    SourceTyper,
    event_parties,
    org_acronyms,
    person_countries,
    person_names,
    person_roles,
)
from .sentences import sentence_around
from .source_types import Source
from .story_subjects import ledger_subjects
from .subsets import of_them, subgroup
from .undated import day_said, sentence_of

#: How far a hedge stretches a value, as factors of it. Open bounds get a finite stretch so
#: that "more than 13,000" is not read as "any number above 13,000".
_HEDGE = {"low": (1.0, 1.2), "high": (0.0, 1.0), "point": (0.95, 1.05)}


def _hedge_bound(hedge: str) -> str | None:
    """The bound ``hedge`` implies: "low", "high", "about" or "exact" (the figure rules'
    table, ``figure_hedges``; claims keep no language, and sitrep extracts English only)."""
    return language_data("en").table("figure_hedges")["hedges"].get(hedge)


@dataclass
class Claim:
    id: str
    subject: str
    family: str
    source: Source
    low: float | None
    high: float | None
    qualifier: str | None
    change: dict[str, Any] | None
    start: date | None  # for date spans
    end: date | None
    unit: str | None
    stated_on: date | None  # when the source said it (publication date when unknown)
    stated_on_known: bool
    date_basis: str = "stated"  # what dates the claim: "stated", "published" or "undated"
    figure_ids: list[str] = field(default_factory=list)
    outlets: set[str] = field(default_factory=set)
    article_ids: set[str] = field(default_factory=set)
    evidence: str = ""
    #: ``stated_on`` as precisely as the text gave it ("2026-05" for "in May")
    stated_text: str | None = None
    #: the sentence that states the figure (first citation), for the analyst to read
    sentence: str = ""
    #: the text calls it an earlier figure since replaced ("the previous estimate of 3,000")
    prior: bool = False
    #: the thing counted as the extraction named it ("monks missing"), before its family
    measure: str | None = None

    @property
    def citations(self) -> int:
        return len(self.figure_ids)

    def interval(self) -> tuple[float, float] | None:
        """The values the claim allows, with its hedge."""
        if self.low is None and self.high is None:
            return None
        q = (self.qualifier or "").lower()
        if self.low is not None and self.high is not None and self.low != self.high:
            return self.low, self.high  # a range states its own bounds
        value = self.low if self.low is not None else self.high
        assert value is not None
        bound = _hedge_bound(q)
        if bound == "low" or (self.high is None and self.low is not None and q):
            lo, hi = _HEDGE["low"]
        elif bound == "high" or self.low is None:
            lo, hi = _HEDGE["high"]
        elif bound == "about":
            lo, hi = _HEDGE["point"]
        else:
            lo, hi = 0.97, 1.03  # a bare figure: rounding only
        return value * lo, value * hi

    def describe_value(self) -> str:
        if self.change:
            step = f"+{_number(self.low)}" if "add" in self.change else f"x{self.change['factor']}"
            return f"{self.change.get('word', 'changed')} ({step})"
        if self.start:
            return f"{self.start} to {self.end}"
        if self.low is not None and self.high is not None and self.low != self.high:
            value = f"{_number(self.low)}-{_number(self.high)}"
        else:
            value = _number(self.low if self.low is not None else self.high)
        hedge = f"{self.qualifier} " if self.qualifier else ""
        unit = f" {self.unit}" if self.unit and self.unit not in ("day",) else (
            f" {self.unit}s" if self.unit else "")
        return f"{hedge}{value}{unit}"

    def as_record(self) -> dict[str, Any]:
        return {"id": self.id, "subject": self.subject, "measure": self.family,
                "source": self.source.name, "source_type": self.source.type,
                "country": self.source.country, "value": self.describe_value(),
                "low": self.low, "high": self.high, "qualifier": self.qualifier,
                "change": self.change, "start": str(self.start) if self.start else None,
                "end": str(self.end) if self.end else None,
                "stated_on": (self.stated_text if self.stated_on_known else None) or (
                    str(self.stated_on) if self.stated_on else None),
                "stated_on_known": self.stated_on_known, "date_basis": self.date_basis,
                "citations": self.citations,
                "outlets": sorted(self.outlets), "figure_ids": self.figure_ids,
                "evidence": self.evidence, "sentence": self.sentence}


def _number(value: float | None) -> str:
    """"3,600", and "7.7" for a magnitude: a fraction is shown, not rounded away."""
    if value is None:
        return "?"
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0")


def _demonyms(measure: str | None) -> set[str]:
    """The countries a measure's nationality words name ("North Korean troops": KP)."""
    gaz = load_gazetteer()
    return {c for w in (measure or "").split() if w[:1].isupper()
            and (c := gaz.demonym(w)) is not None}


def _series(family: str, measure: str | None, named: frozenset[str] = frozenset()) -> str:
    """"9,000 Belarusian troops" and "150,000 Russian troops" are two series of one
    exercise, not a revision of one figure: a single nationality in the measure splits the
    participants. ("13,000 Belarusian and Russian personnel" stays the total.) Only where
    the event's participants are named with two nationalities or more (``named``): when
    every count that names one names North Koreans, "11,000 troops" counts them too."""
    if family != "participants" or not measure or len(named) < 2:
        return family
    codes = _demonyms(measure)
    if len(codes) != 1:
        return family
    return f"{family} ({load_gazetteer().adjective(codes.pop())})"


#: the share of a subject's counts of one nationality's troops that makes it a series
_SERIES_SHARE = 0.2


def _nationalities(rows: Iterable[Any], subjects: Iterable[str | None] | None = None
                   ) -> dict[str, frozenset[str]]:
    """Subject -> the nationalities its counts of participants name, one by one, each
    named often enough to be a series of its own (one passing "Russian soldiers" among
    twenty counts of North Korean troops is no second series). ``subjects``: each row's
    subject, when it is not the row's own (an alias)."""
    rows = list(rows)
    named: dict[str, Counter[str]] = defaultdict(Counter)
    for row, subject in zip(rows, subjects if subjects is not None
                            else (r["subject"] for r in rows), strict=True):
        codes = _demonyms(row["measure"]) if row["family"] == "participants" else set()
        if len(codes) == 1:
            named[subject].update(codes)  # type: ignore[index]
    return {k: frozenset(c for c, n in v.items() if n >= _SERIES_SHARE * v.total())
            for k, v in named.items()}


def _date(value: str | None) -> date | None:
    """A stored date, or the first day of a partial one ("2026-05", "2026")."""
    if not value:
        return None
    day = value[:10]
    day += {4: "-01-01", 7: "-01"}.get(len(day), "")
    return date.fromisoformat(day)


def _family(row: Any, subject: str, around: tuple[str, str, str] | None,
            named: frozenset[str], lang: str | None = None, words: str = "") -> str:
    """The claim's family: the analyst's (killed, casualties, troops as "participants"...)
    with the part it is limited to, else the extraction's; nationality splits troops.
    ``around``: the figure's sentence (:func:`sentence_around`), None without a text;
    ``words``: the figure's own words."""
    family = row["family"]
    if row["kind"] in ("measure", "count") and row["measure"] in fixed_measures():
        # "10 km deep": a depth, one value per event, not a span; an aftershock's its own
        if around is not None and names_other_shock(_own_part(around), lang):
            return f"{row['measure']} (other shock)"
        return str(row["measure"])
    if row["kind"] == "count" and around is not None:
        _, before, after = around
        step = is_step(row)  # abroad, keeps the outcome before its word ("умер ещё один")
        what = counted(row["measure"], before, after, subject, None if step else lang, words)
        if what.family:
            family = what.family
        if what.part and not step:  # "another 3 died in hospital": no part of a step
            return f"{family} (in {what.part})"
        if family == "injured" and dead_among(after, lang):
            family = "casualties"  # "695 hurt, of whom 144 died": every victim, dead included
        group = subgroup(row["measure"]) or ("of them" if of_them(before, family) else None)
        if group and family in families().cumulative:
            return f"{family} ({group})"  # "144 dead, 5 of them children": a part of the toll
    return _series(family, row["measure"], named)


def _own_part(around: tuple[str, str, str]) -> str:
    """A figure's sentence up to the end of the figure's own clause: "a 6.4-magnitude
    aftershock" and "aftershocks followed, the strongest at 6.4" name another shock for
    the figure, "the 7.7 quake struck, and aftershocks followed" does not."""
    _, before, after = around
    return before + re.split(r"[,;]|\s+and\s+", after, maxsplit=1)[0]


_DAY_END = re.compile(r"\d{4}-\d\d-\d\d$")


def _own_count(family: str, source: Source, parties: tuple[str, ...] | None) -> str:
    """A foreign government's toll of an incident in one other country, when the store
    knows an incident of that day in its own country too ("Thai authorities said eight
    were killed" of a quake in Myanmar that also struck Bangkok), counts its own soil, a
    part of the whole, never a rival figure for it. The other party of a strike, with no
    incident at home that day, speaks of the whole."""
    if (source.type != "foreign government" or not source.country or not parties
            or len(parties) != 1 or " (" in family
            or family not in families().cumulative):
        return family
    return f"{family} ({load_gazetteer().adjective(source.country)} count)"


class TextSource(Protocol):
    """Article id -> clean text, as a dict gives it, or read one article at a time."""

    def get(self, key: str, /) -> str | None: ...


def build_claims(rows: Sequence[Any], mentions: Iterable[Any],
                 rejected: frozenset[str] = frozenset(), texts: TextSource | None = None,
                 languages: Mapping[str, str] | None = None) -> list[Claim]:
    """Claims from stored figure rows (``Store.figure_rows()``, or the dicts of
    ``Store.claims("figures")``), rejected ones left out; ``texts`` (article id -> clean
    text) gives each claim its sentence and reads what it counts from the words around the
    number, in the article's language (``languages``: article id -> ISO code)."""
    return claim_sets(rows, mentions, rejected, texts, languages)[1]


def claim_sets(rows: Sequence[Any], mentions: Iterable[Any],
               rejected: frozenset[str] = frozenset(), texts: TextSource | None = None,
               languages: Mapping[str, str] | None = None
               ) -> tuple[list[Claim], list[Claim]]:
    """(every claim, rejected figures counted; the claims without them), from one pass over
    the rows: what the workspace shows (a rejected figure keeps its source in the table).
    Each row's text is asked for in row order, so rows ordered by article read each text
    once (see :class:`sitrep.ledger.ArticleTexts`)."""
    mentions = list(mentions)
    texts = texts if texts is not None else {}
    languages = languages or {}
    subjects = ledger_subjects(rows, mentions)
    parties = event_parties(mentions)
    incidents = instance_parties(s for s in subjects if s)
    parties.update(incidents)
    typer = SourceTyper(parties, person_countries(mentions), person_roles(mentions),
                        org_acronyms(r["org"] for r in rows),
                        person_names(r["speaker_key"] for r in rows))
    nationalities = _nationalities(rows, subjects)
    # (country, day) of every incident in one country: where a foreign government counts
    struck = {(p[0], d.group(0)) for subject, p in incidents.items()
              if (d := _DAY_END.search(subject))}
    every: dict[str, Claim] = {}
    kept: dict[str, Claim] = {}
    for row, subject in zip(rows, subjects, strict=True):
        if not subject or not (row["family"] or row["change"]):
            continue
        text = texts.get(row["article_id"])
        around = sentence_around(text, row["start"], row["end"]) if (
            text is not None and (text or row["kind"] == "count")) else None
        family = _family(row, subject, around, nationalities.get(subject, frozenset()),
                         languages.get(row["article_id"]),
                         text[row["start"]:row["end"]] if text else "")
        source = typer.source(row, subject)
        day = _DAY_END.search(subject)
        if day and (source.country, day.group(0)) in struck:
            family = _own_count(family, source, typer.parties.get(subject))
        stated, recap = _stated(row, day.group(0) if day else None)
        if stated is None and not recap and day and text and not row["published"]:
            # an undated page: a day its sentence names, soon after the incident
            stated = day_said(sentence_of(text, row["start"], row["end"]),
                              languages.get(row["article_id"]),
                              date.fromisoformat(day.group(0)))
        for each in (family,) if family else changed_families(row, text):
            cited = _Cited(row, subject, each, source, stated, text, around, recap)
            _cite(every, cited)
            if row["id"] not in rejected:
                _cite(kept, cited)
    def order(c: Claim) -> tuple[str, str, date]:
        return c.subject, c.family, c.stated_on or date.max

    claims = sorted(every.values(), key=order)
    return claims, (sorted(kept.values(), key=order) if rejected else claims)


def _stated(row: Any, day: str | None) -> tuple[date | None, bool]:
    """(the day a figure was stated, whether it is a recap that no page date may date).

    A day before the incident it counts is a misread day: no date. The incident's own day
    on a page published days later is the day the event happened ("on 22 March 139
    died", written on the 25th), not the day a source spoke: the figure is a recap, and
    neither that day nor the page's dates it, so it orders nothing."""
    stated = _date(row["stated_on"])
    if not stated or not day:
        return stated, False
    incident = date.fromisoformat(day)
    if stated < incident:
        return None, False
    published = _date(row["published"])
    if (stated == incident and published is not None
            and (published - stated).days > families().same_time_days):
        return None, True
    return stated, False


@dataclass(frozen=True, slots=True)
class _Cited:
    """One figure row with what the ledger made of it, before it joins its claim."""

    row: Any
    subject: str
    family: str
    source: Source
    stated: date | None
    text: str | None
    around: tuple[str, str, str] | None
    #: stated on the incident's day in a later page: no date at all (see :func:`_stated`)
    recap: bool = False

    @property
    def key(self) -> str:
        row, change = self.row, self.change
        return content_id(self.subject, self.family, self.source.key, row["low"],
                          row["high"], change and change.get("factor", change.get("add")),
                          row["start_date"],
                          row["end_date"], str(self.stated) if self.stated
                          else row["group_id"], prefix="k")

    @property
    def change(self) -> dict[str, Any] | None:
        return json.loads(self.row["change"]) if self.row["change"] else None


def _cite(claims: dict[str, Claim], cited: _Cited) -> None:
    """Add one figure to the claim it states in ``claims`` (made on its first figure)."""
    row, stated, text = cited.row, cited.stated, cited.text
    # a capture time dates no statement: an undated page gives undated claims
    when = stated or (None if cited.recap else _date(row["published"]))
    key = cited.key
    claim = claims.get(key)
    if claim is None:
        basis = "stated" if stated else (
            "published" if row["published"] and not cited.recap else "undated")
        claim = claims[key] = Claim(
            key, cited.subject, cited.family, cited.source, row["low"], row["high"],
            row["qualifier"], cited.change, _date(row["start_date"]), _date(row["end_date"]),
            row["unit"], when, stated is not None, basis, evidence=row["text"],
            stated_text=row["stated_on"],
            sentence=cited.around[0] if text and cited.around else "",
            prior=bool(text) and is_prior(text[max(0, row["start"] - 60):row["start"]]),
            measure=row["measure"])
    claim.figure_ids.append(row["id"])
    claim.article_ids.add(row["article_id"])
    if row["outlet"]:
        claim.outlets.add(row["outlet"])
    if when and claim.stated_on and when < claim.stated_on and not claim.stated_on_known:
        claim.stated_on = when  # the earliest copy dates an unstated claim
