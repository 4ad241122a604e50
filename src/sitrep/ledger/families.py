"""The measure family a claim belongs to, and the part it counts.

Why here and not in extraction: an analyst compares killed with dead and death toll,
troops with servicemen, and never a part with the whole ("7,000 in Kursk" is no
disagreement with "11,000 in Russia"). The thing counted is read from the figure's
measure, then from the words around it: "3,000 soldiers were killed or wounded" counts
casualties, not troops, and "the death toll rose to 93" counts the dead. The words are the
language's (``lang/en/ledger_families.json``; claims keep no language and sitrep extracts
English only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..knowledge.gazetteer import load_gazetteer
from ..lang import language_data, longest_first

_CLAUSE_END = re.compile(r"[,;:.!?()\d]")
#: where a sentence ends before a number: an outcome word of the sentence before ("the
#: state of the deceased was grave.") does not say what the next sentence counts
_SENTENCE_START = re.compile(r"[.!?]\s+|\n")
#: a number a measure named before it leads to ("the toll rose to 93", "stood at 12"); not
#: one a verb of its own governs ("the attack, which killed 12, forced 3,000 people")
_LINKED = re.compile(r"\b(?:to|at|of|reached|hit|topped|passed|surpassed|exceeded|is|was|"
                     r"are|were)\s+(?:(?:at least|more than|about|some|nearly|over|around|"
                     r"almost|approximately|an estimated)\s+)?$")
#: a hedge between a verb and its number ("killed at least 5")
_HEDGE_ONLY = re.compile(r"\s*(?:(?:at least|more than|about|some|nearly|over|up to|around|"
                         r"almost|approximately|an estimated)\s*)?$")


@dataclass(frozen=True, slots=True)
class Families:
    """The families and their words, in the order they are tried."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    cumulative: frozenset[str]
    #: cumulative families that never fall (a toll), unlike the missing, who are found
    only_grow: frozenset[str]
    same_time_days: int
    ongoing_same_time_days: int
    happened_window: int
    before_window: int
    part: re.Pattern[str]
    people: frozenset[str]
    period: re.Pattern[str]
    prior: re.Pattern[str]
    #: family -> event types where its counts are no one series (rescuers at a quake)
    not_one_series: dict[str, frozenset[str]]
    #: words right before a place that say where the event was ("quake in", "struck near")
    event_site: re.Pattern[str]
    #: counts of what cannot be undone (the dead): no later figure of them is lower
    never_fall: frozenset[str] = frozenset()
    #: days after a one-day incident when its toll no longer moves (0: never settled)
    settled_after_days: int = 0
    #: cumulative families that only fall once counted (those still in hospital)
    only_fall: frozenset[str] = frozenset()

    @property
    def names(self) -> frozenset[str]:
        return frozenset(name for name, _ in self.patterns)


@cache
def families() -> Families:
    """The ledger's families, read once per process."""
    t = language_data("en").table("ledger_families")
    patterns = tuple((name, re.compile(rf"\b(?:{longest_first(words)})\b", re.I))
                     for name, words in t["families"].items())
    links = longest_first(t["part_links"])
    return Families(
        patterns, frozenset(t["cumulative"]), frozenset(t["only_grow"]), t["same_time_days"],
        t["ongoing_same_time_days"], t["happened_window"],
        t["before_window"],
        re.compile(rf"\b(?:{links})\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*)"),
        frozenset(t["people"]),
        re.compile(rf"\b(?:{longest_first(t['periods'])})\b", re.I),
        re.compile(rf"\b(?:{longest_first(t['prior'])})\b(?:\s+[\w’'-]+){{0,4}}\s+$", re.I),
        {k: frozenset(v) for k, v in t["not_one_series"].items()},
        re.compile(rf"^(?:{longest_first(t['event_site'])})\W*$", re.I),
        frozenset(t.get("never_fall", ())), int(t.get("settled_after_days", 0)),
        frozenset(t.get("only_fall", ())))


@cache
def _other_shock(lang: str) -> re.Pattern[str] | None:
    """The words of ``lang`` for a shock other than the event's own (an aftershock): the
    ledger's table in English, the language's measures table in another."""
    try:
        table = language_data(lang).table("ledger_families" if lang == "en" else "measures")
    except (LookupError, OSError, ValueError):
        return None
    words = table.get("other_shock", [])
    return re.compile(rf"\b(?:{longest_first(words)})\b", re.I) if words else None


def names_other_shock(sentence: str, lang: str | None = None) -> bool:
    """Whether a sentence is about another shock than the event ("a 6.4 aftershock
    followed"), in English or in the text's language: its magnitude and depth are its
    own, neither a rival value of the event's nor a contradiction of them."""
    return any(p is not None and p.search(sentence)
               for p in {_other_shock("en"), _other_shock(lang or "en")})


@cache
def _of_them() -> re.Pattern[str]:
    """The words for "of whom" ("из них"), a number and what follows it: the table's words
    sorted and compiled once, not for every claim."""
    words = language_data("en").table("ledger_families")["of_them"]
    return re.compile(rf"\b(?:{longest_first(words)})\s+(?:\w+\s+)?\d[\d\s.,]*(?P<rest>.{{0,40}})",
                      re.I)


def dead_among(after: str, lang: str | None) -> bool:
    """Whether the words after a count say some of those it counts died ("695 people were
    hurt, of whom 144 died", "пострадали 695 человек, из них 144 погибли"): the count is
    of every victim, the dead among them, not of the injured alone."""
    found = _of_them().search(after[:120])
    if found is None:
        return False
    rest = [w.lower() for w in _WORD.findall(found.group("rest"))][:3]
    stems = _outcome_stems(lang) if lang and lang != "en" else ()
    killed = dict(families().patterns)["killed"]
    return any(killed.fullmatch(w) or any(w.startswith(st) and f == "killed" for st, f in stems)
               for w in rest)


@cache
def fixed_measures() -> frozenset[str]:
    """Measures an event has one value of (a quake's depth), whatever unit states them."""
    return frozenset(language_data("en").table("ledger_families")["fixed_measures"])


def is_prior(before: str) -> bool:
    """Whether the words right before a number call it an earlier figure since replaced
    ("raising Washington's previous estimate of 3,000", "up from 5")."""
    return families().prior.search(before[-60:]) is not None


def _first(text: str, fams: Families) -> str | None:
    """The family named first in ``text`` by the table's order."""
    return next((name for name, p in fams.patterns if p.search(text)), None)


def _verb_before(before: str, fams: Families) -> str | None:
    """The family of a word right before the number, with at most a hedge between
    ("killed at least 5", "wounding 19")."""
    for name, p in fams.patterns:
        for m in p.finditer(before[-40:]):
            if _HEDGE_ONLY.fullmatch(before[-40:][m.end():]):
                return name
    return None


def _last(text: str, fams: Families) -> str | None:
    """The family whose word comes last in ``text`` (the nearest before a number)."""
    best: tuple[int, str] | None = None
    for name, p in fams.patterns:
        for m in p.finditer(text):
            if best is None or m.end() > best[0]:
                best = (m.end(), name)
    return best[1] if best else None


@dataclass(frozen=True, slots=True)
class Counted:
    """What a claim counts: its family, and the part of the whole it is limited to."""

    family: str | None
    part: str | None


#: the family of those still treated, a count that falls as patients leave
_IN_HOSPITAL = "in hospital"
#: a figure's number and hedge, before the words it names what it counts with
_NUMBER_LEAD = re.compile(r"^\W*(?:[^\W\d_]+\W+){0,2}?[\d][\d\s.,]*(?:\s*[^\W\d_]{1,5}\.)?")
#: "and the", "and that": a new subject after a count, whose words are not the count's
_NEW_SUBJECT = re.compile(r"\s+and\s+(?:the|that|its|their|his|her)\b", re.I)
#: the family of killed and wounded counted together
_CASUALTIES = "casualties"
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _outcome_stems(lang: str) -> tuple[tuple[str, str], ...]:
    """(stem, ledger family) of the words a language says what happened with ("погибших",
    "verletzt"): its extraction table's outcomes (``lang/<code>/measures.json``), a
    lemma cut to its stem so that its inflections match, a prefix as written."""
    try:
        outcomes = language_data(lang).table("measures")["outcomes"]
    except (LookupError, OSError, ValueError):
        return ()
    fams = families()
    out = []
    for word, english in outcomes.items():
        family = _first(english, fams)
        cut = 2 if len(word) >= 6 else (1 if len(word) > 4 else 0)
        stem = word[:-1] if word.endswith("*") else word[:len(word) - cut]
        if family and len(stem) >= 4:
            out.append((stem.lower(), family))
    return tuple(out)


def foreign_outcome(before: str, after: str, lang: str, own: str | None = None
                    ) -> str | None:
    """The family a count has in another language: the outcome word nearest before the
    number in its clause ("Число погибших увеличилось до 144 человек"), else the first
    right after it ("143 Menschen wurden getötet"); killed and wounded named together
    right at the number ("3800 вбито і поранено") are casualties, with the figure's ``own``
    family (its measure's) counted as named right at it."""
    stems = _outcome_stems(lang)
    if not stems:
        return None
    fams = families()
    cut = _CLAUSE_END.search(after)
    ahead = [w.lower() for w in _WORD.findall(after[:cut.start()] if cut else after)][:5]
    before = _SENTENCE_START.split(before[-fams.before_window:])[-1]  # its own sentence
    before = re.split(r"[;()]", before)[-1]  # and its own clause: "toll rises; 139 missing"
    behind = [w.lower() for w in reversed(_WORD.findall(before))]
    found = [next((f for stem, f in stems if w.startswith(stem)), None)
             for w in behind + ahead]
    # named together means in the number's own clause: "80 hurt, of them 12 died" is not,
    # and neither is another number's word: "139 погибли и пострадал 121" counts the hurt
    in_clause = len(_WORD.findall(re.split(r"[,;:()]|\d", before)[-1]))
    close = {own, *found[:min(_CLOSE_WORDS, in_clause)], *found[len(behind):]}
    if {"killed", "injured"} <= close:
        return "casualties"
    # the nearest outcome word, behind on a tie: "пострадали 695 человек, из них 144
    # погибли" counts the dead, though the injured are named earlier in the sentence
    near = [(i, f) for i, f in enumerate(found[:len(behind)]) if f]
    near += [(i, f) for i, f in enumerate(found[len(behind):]) if f]
    return min(near, key=lambda x: x[0])[1] if near else None


#: how many words before a number count as "right at it" for killed-and-wounded
_CLOSE_WORDS = 6


def counted(measure: str | None, before: str, after: str, subject: str,
            lang: str | None = None, words: str = "") -> Counted:
    """The family and part of a figure from its measure and the words around it (``before``:
    its sentence up to the number, ``after``: the sentence after the measure).

    A place named with the count ("killed in Mandalay") makes it a part, unless the place
    is the event's own ("killed in Myanmar" for the earthquake in Myanmar), and so does a
    period ("killed over the past week" is a week's, not the total)."""
    fams = families()
    whole, after = after, after[:fams.happened_window]
    cut = _CLAUSE_END.search(after)
    clause = after[:cut.start()] if cut else after
    clause = _NEW_SUBJECT.split(clause)[0]  # "... at 900 and the losses at ...": not the 900
    family = _first(measure, fams) if measure else None
    head = re.split(r"\s+(?:in|on|at|near|from)\s+", (measure or "").lower())[0].split()
    # "people", "people in Pokhara", "people treated" (a fate extraction read off a verb)
    generic = not head or head[-1] in fams.people or head[0] in fams.people
    if (family is None and generic) or family == "participants":
        # "killed at least 5 people", "3,000 soldiers were killed": the dead, not troops
        happened = _verb_before(before, fams) or _first(clause, fams)
        if happened and happened != "participants":
            family = happened
    if family is None and generic and _LINKED.search(before):
        family = _last(before[-fams.before_window:], fams)  # "the death toll rose to 93"
    if lang and lang != "en" and ((family is None and generic)
                                  or family in ("killed", "injured")):
        # the figure's own words after its number ("144 погибли") are the nearest of all
        family = foreign_outcome(before, f"{_NUMBER_LEAD.sub('', words)} {after}", lang,
                                 family) or family
    if lang and lang != "en" and family == "participants":
        # "Losses of its troops reached 4,000 soldiers": what happened to the troops, named
        # in the number's own clause, in any language
        own_clause = re.split(r"[,;:()]", before)[-1]
        happened = foreign_outcome(own_clause, f"{_NUMBER_LEAD.sub('', words)} {clause}",
                                   lang)
        family = happened if happened in fams.cumulative else family
    if family == "injured" and dict(fams.patterns)[_IN_HOSPITAL].search(whole):
        family = _IN_HOSPITAL  # "80 injured, including six children, remained in hospital"
    full_cut = _CLAUSE_END.search(whole)
    whole = whole[:full_cut.start()] if full_cut else whole
    if family in ("killed", "injured") and any(
            " or " in m.group(0) or " and " in m.group(0)
            for m in dict(fams.patterns)[_CASUALTIES].finditer(whole)):
        family = _CASUALTIES  # "1,000 killed or injured", "4,000 have been killed or wounded"
    period = fams.period.search(f"{measure or ''} {whole}")
    if period:  # "1,000 killed or wounded over the past week alone": a week's, not the total
        return Counted(family, _period(period.group(0)))
    found = fams.part.search(f"{measure or ''} {clause}")
    part = _part(found.group("place"), family, subject, fams) if found else None
    part = part or _part_named_before(before, family, subject, fams)
    if family == "participants":  # "killed 5 and injured another 12": no wave of a toll
        part = part or _increment(before, lang or "en")
    return Counted(family, part)


@cache
def _increment_words(lang: str) -> re.Pattern[str] | None:
    """The words of ``lang`` that make a count an addition to an earlier one ("another",
    "additionally"): ``increments`` of the ledger's table in English, of the language's
    measures table (``lang/<code>/measures.json``) in another."""
    try:
        table = language_data(lang).table("ledger_families" if lang == "en" else "measures")
    except (LookupError, OSError, ValueError):
        return None
    words = table.get("increments", [])
    return re.compile(rf"\b(?:{longest_first(words)})(?:\s+\S+){{0,4}}\s*$", re.I) if (
        words) else None


def _increment(before: str, lang: str) -> str | None:
    """"additional" when the words right before a count of troops make it an addition
    ("will send another 6,000 troops", "an additional 2,000"): a new wave is not the
    total, and its count set against the total is no revision of it. Only troops: "5
    killed and another 12 injured" names another group, not a wave."""
    words = _increment_words(lang)
    found = words.search(before[-60:]) if words is not None else None
    if found is None or lang == "en":
        return "additional" if found else None
    # "все ещё 2,000": a pair of the language's ``not_increments`` says "still", a total
    pair = " ".join([*before[-60:][:found.start()].split()[-1:], found.group(0).split()[0]])
    stills = language_data(lang).table("measures").get("not_increments", [])
    return None if pair.lower() in stills else "additional"


def _part_named_before(before: str, family: str | None, subject: str, fams: Families
                       ) -> str | None:
    """The place a count's own phrase names before its number: "the number of fatalities
    from the collapse of a tower in Bangkok has reached eight" counts Bangkok's dead, a
    part of a quake centred in another country. Only for a number its measure leads to
    ("has reached", "rose to"), only "in" a place, and only a place of another country
    than the event's: a place right after the event's own words ("a quake in Myanmar")
    or in its own country ("the collapse of a tower in Bangkok's Chatuchak district" of
    a collapse in Thailand) may say where the event was, not what the count is limited
    to."""
    if family is None or not _LINKED.search(before):
        return None
    named = [m for name, p in fams.patterns if name == family
             for m in p.finditer(before)]
    if not named:
        return None
    phrase = before[named[0].end():]
    for m in re.finditer(r"\bin\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*)",
                         phrase):
        lead = phrase[:m.start()].split()[-1:]
        if lead and fams.event_site.search(lead[0]):
            continue
        part = _part(m.group("place"), family, subject, fams)
        place = load_gazetteer().place(part) if part else None
        country = load_gazetteer().country_name(place.country) if place else None
        if part and country and country not in subject:
            return part
    return None


def _period(words: str) -> str:
    """One name for one period however it is worded: "over the last week", "in the past
    week alone" and "last week alone" are all "the past week"."""
    words = re.sub(r"\s+", " ", words.lower()).strip()
    words = re.sub(r"^(?:over|in|during)\s+|\s+alone$", "", words)
    words = re.sub(r"^(?:the\s+)?(?:last|past)\s+", "the past ", words)
    return words


def _part(name: str, family: str | None, subject: str, fams: Families) -> str | None:
    """The place a count is limited to, when it is a part of the event's whole: a city or
    region for a toll ("killed in Mandalay" of the quake in Myanmar), another country for
    troops ("7,000 in Belarus" of an exercise held in two). The event's own country is the
    whole; a word that names no place ("in April") limits nothing."""
    name = re.split(r"['’]s? ", name)[-1]  # "Russia's Kursk region" -> "Kursk region"
    gaz = load_gazetteer()
    place = gaz.place(name) or gaz.place(name.split()[0])
    if place is None or place.common_word:
        return None
    country = gaz.country_name(place.country) or ""
    if place.name.lower() in subject.lower():
        return None
    incident = re.search(r"\d{4}-\d\d-\d\d$", subject) is not None
    if (family == "participants" or not incident) and (
            place.kind != "country" or country in subject):
        # troops "in Kursk" of a deployment to Russia are the deployment, and a war's
        # losses "in Kursk" are where it is fought; a day's incident has its districts
        return None
    return place.name
