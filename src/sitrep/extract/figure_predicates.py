"""What a number counts when the words right after it do not say.

News counts people by what happened to them and totals by the noun before a verb of
change, so the noun after the number is often missing or generic:

* "the death toll has risen to 93": the total is named before the verb, the number after;
* "62 people were killed and 145 injured": "people" says who, the predicate says what;
* "a magnitude 6.1 earthquake", "the 6.1-magnitude quake", "measuring 6.1": a magnitude.

The words come from the language's ``figure_predicates``; the rules read a bounded window
on either side of the number (never past a sentence end): the same cost for any text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from ..lang import language_data, longest_first
from .opening import fast_pattern
from .predicate_stems import stem_states
from .window_ends import ends_with

#: How far before or after a number the rules look, in characters.
WINDOW = 200
#: A count and its words joined by "and" to the count after them: the verb before the
#: first is the second's too ("launched 96 drones and 4 missiles", "killed 12 soldiers
#: and 3 civilians"); optional (the verb right before the count is read the same way).
_CONJUNCT = r"(?:[\d][\d,.]*\s+(?:[a-z-]+\s+){0,3}and\s+)?"
#: The last word before a count, where a verb of harm stands ("killed 12 people").
_WORD_BEFORE = fast_pattern(r"([a-z]+)\s+$")
_TWO_WORDS_BEFORE = fast_pattern(r"\b([a-z]+ [a-z]+)\s+$")


@dataclass(frozen=True)
class Predicates:
    totals: dict[str, str]
    states: dict[str, str]
    generic: frozenset[str]
    total_before: re.Pattern[str]
    state_after: re.Pattern[str]
    magnitude_before: re.Pattern[str]
    magnitude_after: re.Pattern[str]
    magnitude_word: str
    #: "bringing the death toll to": a verb that carries a total to the number after it
    carried: re.Pattern[str]
    auxiliary_words: frozenset[str]
    verb_words: frozenset[str]  # the verbs of change: one is among the last words before
    #: a total right after one of them is a clause's object ("which led to casualties")
    object_words: frozenset[str] = frozenset()
    #: "a population of" right before a number: the body whose size it is (None: no list)
    collective: re.Pattern[str] | None = None
    people: frozenset[str] = frozenset()  # "workers": a count of people, not generic
    sizes: frozenset[str] = frozenset()  # "population", "crowd": a singular that is a size
    #: what befell things ("intercepted 40 drones"), and the patterns that read it after
    #: the count or right before it (None: the language has none)
    thing_states: dict[str, str] | None = None
    thing_after: re.Pattern[str] | None = None
    thing_before: re.Pattern[str] | None = None
    thing_fates: frozenset[str] = frozenset()  # the values of thing_states
    thing_ends: tuple[str, ...] = ("",)  # the words a thing_before match ends with
    #: thing_states that are copulas, and what may follow them for a fate (None: none)
    copular: tuple[frozenset[str], re.Pattern[str]] | None = None
    #: the opening of an object right after a fate with no auxiliary before it ("signed
    #: the", "cut 1,200"): the count is who did it (None: the language has none)
    thing_object: re.Pattern[str] | None = None
    #: auxiliaries of a perfect, which may stand between the count and such a verb
    perfect: frozenset[str] = frozenset()
    #: "went up to 93": the hedge that is a particle after these verbs, not a bound
    particle: tuple[str, frozenset[str]] | None = None
    #: "testified over three days": a hedge that is a preposition of time before a span
    #: (its units after), a bound only after these words ("for over three days")
    span_hedge: tuple[str, re.Pattern[str], frozenset[str]] | None = None
    conjunct: re.Pattern[str] | None = None  # "killed 12 soldiers and (3 civilians)"
    excepted: re.Pattern[str] | None = None  # "all but (four)": the rest of a group
    #: ", including 12 children," after a count; "including " before one; its comma
    apposition: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None = None
    #: "claimed (the lives of)" right before a count, the noun "lives" and the state of
    #: the lives taken (None: the language has no such idiom)
    lives: tuple[re.Pattern[str], re.Pattern[str], str, str] | None = None
    #: "killed 19 people, including " before a count: the state the verb gave the whole,
    #: which its part shares (None: the language has no apposition openers)
    part_done: re.Pattern[str] | None = None
    #: the first words of the states of several words ("lost" of "lost their lives")
    state_openers: frozenset[str] = frozenset()

    def hedge(self, folded: str, m: re.Match[str]) -> str | None:
        """The hedge of the number ``m`` found, lower case; None for none, and for "up to"
        right after a verb of motion whose particle it is ("the toll went up to 93": where
        the toll went, not at most 93; "lost up to 1,200 soldiers" keeps it)."""
        qual = (m.group("qual") or "").lower() or None
        span = self.span_hedge
        if qual is not None and span is not None and qual == span[0] and span[1].match(
                folded, m.end("num")):  # "over three days": across them, unless "for over"
            before = _WORD_BEFORE.search(folded, max(0, m.start() - 20), m.start())
            return qual if before and before.group(1) in span[2] else None
        if qual is None or self.particle is None or qual != self.particle[0]:
            return qual
        before = _WORD_BEFORE.search(folded, max(0, m.start() - 20), m.start())
        return None if before and before.group(1) in self.particle[1] else qual

    def thing_fate(self, folded: str, start: int, end: int) -> str | None:
        """"intercepted 40 drones", "40 drones were shot down" -> what befell the things
        counted (a count of people reads :attr:`states` instead), else None."""
        if self.thing_states is None or self.thing_after is None or self.thing_before is None:
            return None
        after = self.thing_after.match(folded, end, min(len(folded), end + WINDOW))
        if after and self.copular and after.group("state") in self.copular[0] and not (
                self.copular[1].match(folded, after.end())):
            after = None  # "12 schools remained closed": a state follows, nothing is left
        if after and self.thing_object and self.perfect.issuperset(
                folded[end:after.start("state")].split()) and (
                self.thing_object.match(folded, after.end())):
            after = None  # "40 countries signed the treaty", "12 clubs have sold their
            # seats": the things did it, not had it
        m = after or (self.thing_before.search(folded, max(0, start - 50), start) if ends_with(
            folded, max(0, start - 50), start, self.thing_ends) else None)
        return self.thing_states[m.group("state")] if m else None
    #: "home to 15 million (people)": the word for a population, the counts it reads, and
    #: the words before the number that make them one (None: the language has none)
    population: tuple[str, frozenset[str], re.Pattern[str]] | None = None

    def population_of(self, folded: str, start: int, measure: str | None) -> str | None:
        """"Lagos, home to some 15 million residents" -> "population": residents counted
        right after words that make them the number living in a place; else None."""
        if self.population is None or not measure:
            return None
        word, counted, before = self.population
        if measure.lower() not in counted:
            return None
        return word if before.search(folded, max(0, start - 40), start) else None

    def counts_people(self, measure: str) -> bool:
        """A measure whose head is a generic word for people ("people", "residents"), or
        a noun for people ("12 North Korean soldiers", "miners"): what befell them is read
        with them; a count of things ("21 cities") is not given a harm done to people. The
        head is read before a place or an owner after it ("12 workers in Barsi")."""
        said = measure.lower().split()
        said = said[:next((k for k, w in enumerate(said) if k and w in self.object_words),
                          len(said))]
        return said[0] in self.generic or said[-1] in self.people or (
            " ".join(said[-2:]) in self.people)

    def ends_in_fate(self, measure: str) -> bool:
        """"jobs cut", "cars sold", "workers laid off": a count of things or people ending
        in what befell them, whose last word is a participle or its particle, not the
        singular noun of a label ("the 777 program")."""
        return measure.lower().endswith(self._fate_endings)

    _stem_states = cached_property(stem_states)  # see :mod:`.predicate_stems`

    @cached_property
    def _second_words(self) -> frozenset[str]:
        """The last words of the states of several words ("off" of "laid off")."""
        return frozenset(state.rsplit(" ", 1)[-1] for state in self.states if " " in state)

    @cached_property
    def _fate_endings(self) -> tuple[str, ...]:
        """The endings :meth:`ends_in_fate` reads (" cut", " laid off"), in one tuple: one
        ``str.endswith`` call per measure, not one per fate."""
        return tuple(f" {fate}" for fate in (
            *self.thing_fates, *(fate for fate in self.states.values() if " " in fate)))

    def is_auxiliary(self, word: str) -> bool:
        """A word that opens a predicate ("remain", "were"): no noun counted."""
        return word.lower() in self.auxiliary_words

    def lives_taken(self, folded: str, start: int, measure: str | None) -> str | None:
        """"the storm claimed 27 lives" -> "killed": a count of lives that a verb takes is
        a count of the dead ("saved 27 lives" is not; "claimed the lives of 40 people" is
        read by :meth:`done_before`); else None."""
        if self.lives is None or not measure or not measure.lower().startswith(self.lives[2]):
            return None
        taking, _, noun, state = self.lives
        said = measure.split()
        if said[0].lower() == noun and taking.search(folded, max(0, start - 30), start):
            return " ".join([state, *said[1:]])  # "lives in Brazil": killed in Brazil
        return None

    def opens_state(self, folded: str, end: int, measure: str) -> bool:
        """Whether the words read as what a number counts open a state of several words
        ("ten lost their lives", "two placed in quarantine": a predicate, no noun); a
        state of one word ("300 dead") is the count's own measure."""
        if measure.split(maxsplit=1)[0].lower() not in self.state_openers:
            return False  # no state of several words starts with it: the common case
        m = self.state_after.match(folded, end, min(len(folded), end + WINDOW))
        return m is not None and " " in m.group("state") and (
            folded[end:m.start("state")].isspace() and measure.split()[0] not in self.states)

    def named_before(self, folded: str, start: int) -> str | None:
        """"the death toll has risen to 93" -> "killed": the total named before a verb of
        change that ends right where the number (with its hedge) starts; "(another 3
        died,) bringing the toll to 52" -> "killed" too."""
        if carried := self.carried.search(folded, max(0, start - 80), start):
            return self.totals[carried.group("total")]
        if not self.verb_words.intersection(folded[max(0, start - 40):start].split()[-4:]):
            return None  # no verb of change right before: the search below cannot match
        m = self.total_before.search(folded, max(0, start - WINDOW), start)
        # the total nearest the verb: "the death toll has risen to 144, and the injuries
        # amount to 551" counts the injured; but not one that is the object of a clause
        # between ("the death toll, which led to casualties abroad, is at least 5,000")
        found = []
        while m:
            found.append(m)
            m = self.total_before.search(folded, m.start() + 1, start)
        subjects = [f for f in found if not self._object(folded, f.start())]
        best = (subjects or found or [None])[-1]
        return self.totals[best.group("total")] if best else None

    def _object(self, folded: str, at: int) -> bool:
        """Whether the word before ``at`` is a preposition that makes what follows it an
        object ("led to casualties", "deaths in Laos")."""
        before = folded[max(0, at - 20):at].split()
        return bool(before) and before[-1] in self.object_words

    def happened(self, folded: str, end: int, start: int | None = None) -> str | None:
        """"(62 people) were killed", "(145) injured": what the predicate after the counted
        words says happened to them; past a part set between commas ("40 people, including
        12 children, were killed"), and for that part (``start`` after "including": "12
        children" reads ", were killed"), the clause's predicate. A comma alone ends the
        count's predicate ("killed 12 people, injured 40": the 12 were not injured)."""
        stop = min(len(folded), end + WINDOW)
        m = self.state_after.match(folded, end, stop)
        if m is None and (past := self.past_aside(folded, end, start, stop)) is not None:
            m = self.state_after.match(folded, past, stop)
        return self.states[m.group("state")] if m else None

    def past_aside(self, folded: str, end: int, start: int | None, stop: int) -> int | None:
        """Where the clause's predicate goes on past a part set between commas after the
        counted words ending at ``end`` ("40 people, including 12 children, were"), or,
        for that part (``start`` after an opener), past its own closing comma: the offset
        after the comma, when an auxiliary follows it (not a next verb of the sentence's
        subject: "killed 12 people, including 4 children, injured 40"); else None."""
        if self.apposition is None:
            return None
        aside, part, comma = self.apposition
        found = aside.match(folded, end, stop)
        if found is None and start is not None and part.search(
                folded, max(0, start - 20), start):
            found = comma.match(folded, end, stop)  # the part's own closing comma
        if found is None or not comma.match(folded, found.end() - 1, stop):
            return None
        return found.end()

    def done_before(self, folded: str, start: int) -> str | None:
        """"killed 12 people", "arresting dozens", "injures 19 others": what the verb right
        before a count did to the people counted (a participle, an -ing or an -s form of one
        of the states; "claimed the lives of 40 people": killed; a part after an opener
        shares the whole's: "killed 19 people, including seven children"), else None."""
        if self.lives and self.lives[2] in folded[max(0, start - 30):start] and (
                self.lives[1].search(folded, max(0, start - 50), start)):
            return self.lives[3]  # "claimed the lives of 40 people"
        if self.part_done and "," in folded[max(0, start - 20):start] and (
                part := self.part_done.search(folded, max(0, start - 100), start)):
            return self.states[part.group("state")]  # "killed 19, including (7 children)"
        before = _WORD_BEFORE.search(folded, max(0, start - 20), start)
        if before is None:
            return None
        verb = before.group(1)
        if (verb in self._second_words or before.start() == max(0, start - 20)) and (
                two := _TWO_WORDS_BEFORE.search(folded, max(0, start - 30), start)) and (
                two.group(1) in self.states):  # (the word read may be cut by the window)
            return self.states[two.group(1)]  # "laid off 60 workers"
        if self.conjunct and verb.endswith("and") and (  # the conjunct ends "and "
                joined := self.conjunct.search(folded, max(0, start - 60), start)):
            return self.states[joined.group("state")]  # "killed 12 soldiers and 3 civilians"
        if verb in self.states:
            return self.states[verb]
        stem = verb[:-3] if verb.endswith("ing") else verb[:-1] if verb.endswith("s") else ""
        # the first state it opens, three letters to spare (a stem under 4 letters: none)
        return self._stem_states.get(stem)

    def collective_before(self, folded: str, start: int) -> str | None:
        """"a population of 40,000", "a crowd of some 5,000" -> the noun of the body whose
        size the number is, when a determiner opens it (a number after "of" with no
        determiner before the noun, "staff of 12 hospitals", counts something else)."""
        if self.collective is None or not ends_with(folded, max(0, start - 60), start, "of"):
            return None  # the pattern ends with "of" and spaces: most windows do not
        m = self.collective.search(folded, max(0, start - 60), start)
        return m.group("noun") if m else None

    def magnitude(self, folded: str, start: int, end: int) -> bool:
        """"magnitude 6.1", "measuring 6.1", "6.1-magnitude", "6.1 magnitude"."""
        return bool(self.magnitude_before.search(folded, max(0, start - 30), start)
                    or self.magnitude_after.match(folded, end, min(len(folded), end + 12)))


def with_state(measure: str | None, state: str) -> str:
    """"people" + "killed" -> "people killed": who, then what befell them, as the
    predicates after a count read ("62 people were killed")."""
    return f"{measure} {state}" if measure else state


@cache
def predicates(lang: str) -> Predicates:
    data = language_data(lang).table("figure_predicates")
    aux = longest_first(data["auxiliaries"])
    verbs = longest_first([*data["change_verbs"], *data.get("particle_verbs", ())])
    links = longest_first(data["change_links"])
    state_aux = longest_first(data["state_auxiliaries"])
    magnitude = re.escape(data["magnitude"])
    return Predicates(
        totals=data["totals"], states=data["states"],
        generic=frozenset(data["generic_counted"]),
        # the total, up to a few words (", which rose on Wednesday"; a decimal point is no
        # sentence end), the verb, a link
        total_before=fast_pattern(
            rf"\b(?P<total>{longest_first(data['totals'])})\b"
            r"(?:[^.;:!?\n]|(?<=\d)\.(?=\d)){0,150}?"
            rf"(?:\b(?:{aux})\s+)?\b(?:{verbs})\b(?:\s+[a-z]+){{0,2}}?"
            rf"(?:\s+(?:{links}))?\s+$"),
        # "58 protesters in 9 towns have been killed": a short place phrase may come first
        state_after=fast_pattern(
            rf"(?:\s+(?:{'|'.join(data.get('state_places', ['(?!)']))})\s+[\w’'-]+"
            rf"(?:\s+[\w’'-]+){{0,2}}?(?=\s+(?:{state_aux})\s))?"
            rf"\s+(?:(?:{state_aux}|[a-z]+ly)\s+){{0,3}}"
            rf"(?P<state>{longest_first(data['states'])})\b"),
        magnitude_before=fast_pattern(
            rf"\b(?:{magnitude}(?:\s+of)?|{longest_first(data['magnitude_verbs'])})\s+$"),
        magnitude_after=fast_pattern(rf"[-\s]{magnitude}\b"),
        magnitude_word=data["magnitude"],
        carried=fast_pattern(
            rf"\b(?:{longest_first(data['carry_verbs'])})\s+(?:[a-z]+\s+){{0,2}}?"
            rf"(?P<total>{longest_first(data['totals'])})(?:\s+(?:{'|'.join(data['carry_of'])})"
            rf"(?:\s+[\w’'-]+){{1,3}}?)?\s+(?:{links})\s+$"),  # "toll from the blast to 58"
        auxiliary_words=frozenset(w for a in data["state_auxiliaries"] for w in a.split()),
        verb_words=frozenset(w for v in [*data["change_verbs"], *data.get("particle_verbs", ())]
                             for w in v.split()),
        particle=(data["particle_hedge"], frozenset(data["particle_verbs"]))
        if data.get("particle_verbs") else None,
        object_words=frozenset(data.get("object_prepositions", ())),
        span_hedge=(data["span_hedge"]["word"], fast_pattern(
            rf"[\s-]+(?:{longest_first(data['span_hedge']['units'])})\b"),
            frozenset(data["span_hedge"]["bound_after"])) if "span_hedge" in data else None,
        people=frozenset(data.get("people_nouns", ())),
        conjunct=fast_pattern(rf"\b(?P<state>{longest_first(data['states'])})\s+"
                              rf"{_CONJUNCT.removesuffix('?')}$"),
        **_fates_and_groups(data, state_aux),
    )


def _fates_and_groups(data: dict[str, Any], state_aux: str) -> dict[str, Any]:
    """The patterns of the optional tables (a language without one reads none): fates of
    things, parts between commas, exceptions, sizes of bodies and of populations."""
    things, openers = data.get("thing_states"), data.get("apposition_openers")
    lives = data.get("lives_taken")
    return dict(
        lives=_lives_taken(lives) if lives else None,
        part_done=fast_pattern(
            rf"\b(?P<state>{longest_first(data['states'])})\s+(?:[\w.'-]+(?:,\d{{3}})*\s+)"
            rf"{{0,5}}?[\w.'-]+(?:,\d{{3}})*,\s+(?:{longest_first(openers)})\s+$")
        if openers else None,
        state_openers=frozenset(w.split()[0] for w in data["states"] if " " in w),
        thing_states=things,
        thing_fates=frozenset((things or {}).values()),
        thing_ends=tuple(w.rstrip() for w in (*things, *data.get("thing_fillers", ()), "and"))
        if things else ("",),
        copular=(frozenset(data["copular_fates"]), fast_pattern(
            rf"\s*(?:[,.;:!?]|$|(?:{longest_first(data['copular_links'])})\b)"))
        if data.get("copular_fates") else None,
        thing_object=fast_pattern(
            rf"\s+(?:\d|(?:{longest_first(data['thing_objects'])})\b)")
        if data.get("thing_objects") else None,
        perfect=frozenset(data.get("perfect_auxiliaries", ())),
        thing_after=fast_pattern(
            rf"\s+(?:(?:{state_aux}|[a-z]+ly)\s+){{0,3}}"
            rf"(?P<state>{longest_first(things)})\b") if things else None,
        thing_before=fast_pattern(
            rf"\b(?P<state>{longest_first(things)})\s+"
            rf"(?:(?:{longest_first(data.get('thing_fillers', ()) or ['(?!)'])})\s+){{0,2}}"
            rf"{_CONJUNCT}$") if things else None,
        apposition=(
            fast_pattern(rf",\s+(?:{longest_first(openers)})\s+[^,;.()]{{1,60}},"),
            fast_pattern(rf"\b(?:{longest_first(openers)})\s+$"),
            fast_pattern(rf",(?=\s+(?:{longest_first(data['apposition_auxiliaries'])})\b)"))
        if openers else None,
        excepted=fast_pattern(rf"\b(?:{longest_first(data['exceptions'])})\s+$")
        if data.get("exceptions") else None,
        sizes=frozenset([*data.get("collectives", ()), data.get("population", {}).get("word")]),
        population=(data["population"]["word"], frozenset(data["population"]["counted"]),
                    fast_pattern(rf"\b(?:{longest_first(data['population']['before'])})"
                                 r"\s+(?:[a-z]+\s+)?$"))
        if data.get("population") else None,
        collective=fast_pattern(
            r"\b(?:an?|the|its|their|his|her|our|whose)\s+(?:[a-z-]+\s+){0,2}?"
            rf"(?P<noun>{longest_first(data['collectives'])})\s+of\s+$")
        if data.get("collectives") else None,
    )


def _lives_taken(table: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str], str, str]:
    """The patterns of :meth:`Predicates.lives_taken`: a taking verb right before a count
    (with an article: "took the lives"), and the verb with "the lives of" before one."""
    verbs, the = longest_first(table["verbs"]), table["article"]
    return (fast_pattern(rf"\b(?:{verbs})\s+$"),
            fast_pattern(rf"\b(?:{verbs})\s+(?:{the}\s+)?{table['noun']}\s+{table['of']}\s+"
                         rf"(?:{the}\s+)?$"),
            table["noun"], table["state"])
