"""Which parties of a page are its own, and why a place alone is never a figure's matter.

Why: :mod:`.page_matters` lets a sentence that opens with another party turn away from the
page's matter, and gives its figures that party's name ("Elsewhere, Fjordline Group runs
30 weeklies": Fjordline Group's). For a place that reads badly: "Lisbon expects output to
rise from 20% to 30%" on a page about Portugal's energy plan is the plan's figure, said by
the state its capital stands for, and "Chile aims for 60% by 2035" tells Chile's target,
which the place's name alone does not say. A place is a setting or a speaker there; the
noun phrase of the sentence names what is measured. The rules:

- the state of a country the title or the lead names is the page's own party: that
  country's capital ("Lisbon expects ...") and a body of its state ("the Portuguese
  government", "Portugal's energy ministry") go on with the page's matter, as the
  country's own name does;
- a place written as the owner of the sentence's subject ("Japan's main index fell 1%")
  is no subject: the thing it owns is;
- any other place a sentence opens with turns away from the page's matter but gives the
  figure no name: the figure is the page's background, not the place's;
- a sentence that opens with a party of its own does not go on with a name the sentence
  before gave ("Halden Air flies 40 of the jets" after "the Orvik T9 order"; see
  :func:`turns_from`): it goes on with the page's matter, or turns to that party;
- a sentence about the whole country of the town a page is about ("Portugal had its
  driest spring in decades" on a page about "Porto water cuts") takes the page's matter
  with the country in the town's place ("Portugal water cuts"); where the page's matter is
  its headline (a clause, in which the town cannot be swapped) it takes the page's matter
  as background (another scope).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..knowledge.gazetteer import load_gazetteer
from .opening import fast_pattern
from .records import Mention

if TYPE_CHECKING:
    from .figure_matters import MatterWords
    from .subjects import SentenceSubject

#: how a mention names a party of its own (a pronoun or a demonym names none)
_NAMED = frozenset({"name", "surname", "gazetteer"})
#: what right after a name makes it the owner of the next noun ("Japan's", "Japan’s")
_POSSESSIVES = ("'s ", "’s ", "' ", "’ ")
#: a party named after at most this many words of its sentence is the sentence's subject
SUBJECT_AT = 3
_WORD = fast_pattern(r"[^\W_]+")


def parties_of(mentions: Iterable[Mention], kinds: frozenset[str] = frozenset(
        {"person", "org", "place"})) -> frozenset[str]:
    """The lower-cased names of the parties of ``kinds`` the page names (as written and
    in full), and the people's surnames."""
    out = set()
    for m in mentions:
        if m.kind in kinds:
            out.update((m.name.lower(), m.span.text.lower()))
            if m.kind == "person":
                out.add(m.name.rsplit(" ", 1)[-1].lower())
    return frozenset(out)


def _own(m: Mention, own: str) -> bool:
    """Whether ``m`` is written in ``own`` (the title and the lead, lower case)."""
    return (m.span.text.lower() in own or m.name.lower() in own
            or m.name.rsplit(" ", 1)[-1].lower() in own)


def own_states(mentions: Iterable[Mention], own: str) -> frozenset[str]:
    """The countries (ISO codes) the title or the lead (``own``, lower case) names, by
    name or by adjective ("Portuguese")."""
    return frozenset(m.place.country for m in mentions
                     if m.kind == "place" and m.place is not None and m.place.country
                     and m.place.kind == "country" and _own(m, own))


def of_state(m: Mention, states: frozenset[str]) -> bool:
    """Whether ``m`` stands for the state of one of ``states``: its capital, or a body of
    its state written in lower case ("the Portuguese government", "Portugal's energy
    ministry": the entity finder keys those by the country, "org:pt:government"); not a
    firm whose name holds the country's ("Korean Air")."""
    if m.kind == "place":
        return load_gazetteer().capital_of(m.name) in states
    return (m.kind == "org" and m.country in states and m.span.text.split()[-1].islower()
            and m.key.startswith(f"org:{(m.country or '').lower()}:"))


def page_parties(mentions: list[Mention], own: str) -> tuple[tuple[int, str, str, int], ...]:
    """The parties the page names (sorted offsets), each with its kind, or "own" for a
    party the title or the lead (``own``, lower case) names or the state of a country it
    names; its name and where it ends."""
    states = own_states(mentions, own)
    return tuple(sorted(
        (m.span.start, "own" if _own(m, own) or of_state(m, states) else m.kind, m.name,
         m.span.end)
        for m in mentions if m.kind != "event" and m.via in _NAMED))


def owner_place(text: str, party: tuple[int, str, str, int]) -> bool:
    """Whether ``party`` (see :func:`page_parties`) is a place written as the owner of
    the word after it ("Japan's main index"): no subject of its sentence."""
    return party[1] == "place" and text.startswith(_POSSESSIVES, party[3])


def national_spans(page: str, headline: bool, mentions: list[Mention], background: str
                   ) -> tuple[tuple[int, int, str], ...]:
    """Where the text names the whole country of a town or region the page's matter names
    ("Kenya" on a page about "Nairobi water cuts"), sorted, each with the matter of a
    sentence about that country (see the module docstring); () when it names none."""
    towns = {m.place.country: m.name for m in mentions if m.kind == "place"
             and m.place is not None and m.place.kind != "country" and m.place.country
             and m.name in page}
    out = []
    for m in mentions:
        if m.kind != "place" or m.place is None or m.place.kind != "country" or (
                m.place.country not in towns):
            continue
        town = rf"\b{re.escape(towns[m.place.country])}\b"
        matter = (background.format(page) if headline or not re.search(town, page)
                  else re.sub(town, m.name, page, count=1))
        out.append((m.span.start, m.span.end, matter))
    return tuple(sorted(out))


def turns_from(text: str, holder: tuple[int, str, str, int], before: list[tuple[int, int]]
               ) -> bool:
    """Whether a sentence that opens with the party ``holder`` (see :func:`page_parties`)
    turns from the matters the sentence before named (``before``: offsets into ``text``):
    it does, unless its party is one of those matters' own ("Kestrel" of "the Kestrel
    Motors recall"). "Ruben Salgado joined on a contract worth ..." after a sentence on a
    cup final tells of Salgado, not of the final."""
    last = holder[2].rsplit(" ", 1)[-1].lower()
    return not any(last in text[s:e].lower() for s, e in before)


def national_matter(text: str, countries: tuple[tuple[int, int, str], ...],
                    before: int | None, sentence: SentenceSubject, words: MatterWords
                    ) -> str | None:
    """The matter of a sentence about the whole country of the town the page is about
    (``countries``: see :func:`national_spans`): one whose subject is the country, or that
    says "in the country" (the language's ``country_scope``) after a sentence naming it
    (``before``: where that one starts; None for the first); None for any other."""
    if not countries:
        return None
    s = sentence
    i = bisect_left(countries, (s.start, 0))
    if i < len(countries) and countries[i][0] < s.end and len(_WORD.findall(
            text, s.start, countries[i][0])) <= SUBJECT_AT:
        return countries[i][2]
    if before is None or not words.country_scope.search(text, s.start, s.end):
        return None
    j = bisect_left(countries, (before, 0))
    return countries[j][2] if j < len(countries) and countries[j][0] < s.end else None
