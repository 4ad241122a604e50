"""Claims: one figure as stated by one source, however many outlets repeat it.

Ten outlets printing one wire story give ten figures but one claim with ten citations.
A claim keeps the interval its hedge implies ("more than 13,000" is 13,000 to about
16,000, "about 13,000" 11,700 to 14,300) so that claims can be compared.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..documents import content_id
from ..knowledge.gazetteer import load_gazetteer
from ..knowledge.names import same_person
from ..lang import language_data
from .families import counted, families, fixed_measures, is_prior
from .instances import instance_parties, subject_aliases
from .source_types import Source, classify_source, role_country

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
            return f"{self.change.get('word', 'changed')} (x{self.change['factor']})"
        if self.start:
            return f"{self.start} to {self.end}"
        if self.low is not None and self.high is not None and self.low != self.high:
            value = f"{self.low:,.0f}-{self.high:,.0f}"
        else:
            value = f"{(self.low if self.low is not None else self.high):,.0f}"
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


def _nationalities(rows: list[dict[str, Any]]) -> dict[str, frozenset[str]]:
    """Subject -> the nationalities its counts of participants name, one by one, each
    named often enough to be a series of its own (one passing "Russian soldiers" among
    twenty counts of North Korean troops is no second series)."""
    named: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        codes = _demonyms(row["measure"]) if row["family"] == "participants" else set()
        if len(codes) == 1:
            named[row["subject"]].update(codes)
    return {k: frozenset(c for c, n in v.items() if n >= _SERIES_SHARE * v.total())
            for k, v in named.items()}


def _date(value: str | None) -> date | None:
    """A stored date, or the first day of a partial one ("2026-05", "2026")."""
    if not value:
        return None
    day = value[:10]
    day += {4: "-01-01", 7: "-01"}.get(len(day), "")
    return date.fromisoformat(day)


#: How near (in characters) a country must be named to an event's name to count as a party.
_PARTY_WINDOW = 100


def event_parties(mentions: Iterable[dict[str, Any]]) -> dict[str, tuple[str, ...]]:
    """The countries each event instance belongs to, most named first: countries named
    close to the event's own name ("Belarus and Russia will hold Zapad-2025 ...")."""
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in mentions:
        by_article[m["article_id"]].append(m)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for article in by_article.values():
        events = [m for m in article if m["kind"] == "event"]
        for place in (m for m in article if m["kind"] == "place" and m["country"]):
            for event in events:
                if abs(place["start"] - event["start"]) <= _PARTY_WINDOW:
                    counts[event["name"]][place["country"]] += 1
    return {s: tuple(sorted(c, key=lambda k: (-c[k], k))[:2]) for s, c in counts.items()}


def person_countries(mentions: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Person key -> the country their roles name anywhere in the store, most often named.

    "Defence Minister Aiste Vaitkeviciene" says no country, "Lithuanian Defence Minister
    Aiste Vaitkeviciene" in another article does."""
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for m in mentions:
        if m["kind"] == "person" and m["role"]:
            country = role_country(m["role"])
            if country:
                votes[m["key"]][country] += 1
    out: dict[str, str] = {}
    keys = list(votes)
    for key in keys:  # a bare-surname key shares the votes of its full name
        for other in keys:
            if other != key and same_person(key, other):
                for country, n in votes[other].items():
                    votes[key][country] += n if not key.endswith("/") else 0
    for key, counts in list(votes.items()):
        out[key] = max(sorted(counts), key=lambda c: counts[c])
    return out


def person_roles(mentions: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Person key -> the role the store names them with most often: "Maung Maung Ohn said"
    in one article is the minister another article names."""
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for m in mentions:
        if m["kind"] == "person" and m["role"]:
            votes[m["key"]][m["role"]] += 1
    return {k: max(sorted(v), key=lambda r: v[r]) for k, v in votes.items()}


def org_acronyms(orgs: Iterable[str | None]) -> dict[str, str]:
    """"NIS" -> "National Intelligence Service" when the store names both: one body."""
    names = {o for o in orgs if o}
    initials: dict[str, list[str]] = defaultdict(list)
    for name in names:
        words = [w for w in re.findall(r"[A-Z][\w’'-]*", name) if len(w) > 1 or w.isupper()]
        if len(words) >= 2:
            initials["".join(w[0] for w in words)].append(name)
    return {a: longs[0] for a in names if re.fullmatch(r"[A-Z]{2,6}", a)
            and len(longs := initials.get(a, [])) == 1}


@dataclass(frozen=True, slots=True)
class _Known:
    """What the store knows about sources beyond one sentence."""

    parties: dict[str, tuple[str, ...]]
    countries: dict[str, str]
    roles: dict[str, str]
    acronyms: dict[str, str]


def _source_of(row: dict[str, Any], known: _Known) -> Source:
    role = row["role"] or (_role_for(row["speaker_key"], known.roles) if row["speaker"]
                           else None)
    org = known.acronyms.get(row["org"], row["org"]) if row["org"] else None
    return classify_source(row["speaker"], role, org, row["outlet"],
                           known.parties.get(row["subject"], ()),
                           _country_for(row["speaker_key"], known.countries))


def _role_for(speaker_key: str | None, roles: dict[str, str]) -> str | None:
    """The role the store names a person with, under any spelling of their name ("Zelensky"
    alone is the president another article names in full)."""
    if not speaker_key or "/" not in speaker_key:
        return None
    if speaker_key in roles:
        return roles[speaker_key]
    return next((r for k, r in sorted(roles.items()) if same_person(k, speaker_key)), None)


def _country_for(speaker_key: str | None, countries: dict[str, str]) -> str | None:
    if not speaker_key or "/" not in speaker_key:  # organisations carry their own country
        return None
    if speaker_key in countries:
        return countries[speaker_key]
    return next((c for k, c in countries.items() if same_person(k, speaker_key)), None)


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘]?[A-Z0-9])|\n")


def sentence_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(sentence, its part before the figure, its part after) around ``start:end``."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)),
             default=max(0, start - 400))
    after = _SENTENCE_END.search(text, end)
    hi = after.start() if after else len(text)
    return text[lo:hi].strip(), text[lo:start], text[end:hi]


def _family(row: dict[str, Any], text: str | None, named: frozenset[str],
            lang: str | None = None) -> str:
    """The claim's family: the analyst's (killed, casualties, troops as "participants"...)
    with the part it is limited to, else the extraction's; nationality splits troops."""
    family = row["family"]
    if row["kind"] == "measure" and row["measure"] in fixed_measures():
        return str(row["measure"])  # "10 km deep": a depth, one value per event, not a span
    if row["kind"] == "count" and text is not None:
        _, before, after = sentence_around(text, row["start"], row["end"])
        what = counted(row["measure"], before, after, row["subject"], lang,
                       text[row["start"]:row["end"]])
        if what.family:
            family = what.family
        if what.part:
            return f"{family} (in {what.part})"
    return _series(family, row["measure"], named)


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


def build_claims(rows: list[dict[str, Any]], mentions: list[dict[str, Any]],
                 rejected: frozenset[str] = frozenset(),
                 texts: dict[str, str] | None = None,
                 languages: dict[str, str] | None = None) -> list[Claim]:
    """Claims from stored figure rows (``Store.claims("figures")``), rejected ones left out;
    ``texts`` (article id -> clean text) gives each claim its sentence and reads what it
    counts from the words around the number, in the article's language (``languages``:
    article id -> ISO code)."""
    mentions = list(mentions)
    texts = texts or {}
    languages = languages or {}
    aliases = subject_aliases(r["subject"] for r in rows if r["subject"])
    rows = [{**r, "subject": aliases.get(r["subject"], r["subject"])} for r in rows]
    parties = event_parties(mentions)
    incidents = instance_parties(r["subject"] for r in rows if r["subject"])
    parties.update(incidents)
    known = _Known(parties, person_countries(mentions), person_roles(mentions),
                   org_acronyms(r["org"] for r in rows))
    nationalities = _nationalities(rows)
    # (country, day) of every incident in one country: where a foreign government counts
    struck = {(p[0], d.group(0)) for subject, p in incidents.items()
              if (d := _DAY_END.search(subject))}
    claims: dict[str, Claim] = {}
    for row in rows:
        if row["id"] in rejected or not row["subject"] or not row["family"]:
            continue
        text = texts.get(row["article_id"])
        row = {**row, "family": _family(row, text, nationalities.get(
            row["subject"], frozenset()), languages.get(row["article_id"]))}
        source = _source_of(row, known)
        day = _DAY_END.search(row["subject"])
        if day and (source.country, day.group(0)) in struck:
            row["family"] = _own_count(row["family"], source,
                                       known.parties.get(row["subject"]))
        stated = _date(row["stated_on"])
        if stated and day and stated < date.fromisoformat(day.group(0)):
            stated = None  # said before the incident it counts: a misread day, no date
        # a capture time dates no statement: an undated page gives undated claims
        when = stated or _date(row["published"])
        basis = "stated" if stated else ("published" if row["published"] else "undated")
        change = json.loads(row["change"]) if row["change"] else None
        key = content_id(row["subject"], row["family"], source.key, row["low"], row["high"],
                         change and change["factor"], row["start_date"], row["end_date"],
                         str(stated) if stated else row["group_id"], prefix="k")
        claim = claims.get(key)
        if claim is None:
            claim = claims[key] = Claim(
                key, row["subject"], row["family"], source, row["low"], row["high"],
                row["qualifier"], change, _date(row["start_date"]), _date(row["end_date"]),
                row["unit"], when, stated is not None, basis, evidence=row["text"],
                stated_text=row["stated_on"],
                sentence=sentence_around(text, row["start"], row["end"])[0] if text else "",
                prior=bool(text) and is_prior(text[max(0, row["start"] - 60):row["start"]]))
        claim.figure_ids.append(row["id"])
        claim.article_ids.add(row["article_id"])
        if row["outlet"]:
            claim.outlets.add(row["outlet"])
        if when and claim.stated_on and when < claim.stated_on and not claim.stated_on_known:
            claim.stated_on = when  # the earliest copy dates an unstated claim
    return sorted(claims.values(), key=lambda c: (c.subject, c.family, c.stated_on or date.max))
