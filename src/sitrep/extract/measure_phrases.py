"""Where the phrase a measure keeps ends: what a quantity noun before its verb is of ("the
mean cost of a two-room flat sold in Tartu was €96,000" measures the mean cost of a two-room
flat, not a bare "mean cost"), and a restricting clause up to another count ("who
won the cup with three clubs": who won the cup), and where a clause cut at its word cap
ends.

Why apart: :mod:`.counted_left` reads a subject before its verb up to its first link
("exports to China rose": exports), right for most subjects; but a noun that names only
a quantity (a price, a cost, a value, an average) says nothing without what it is of, and
the link after it is the rest of its name. The rule: when the subject's last word is one
of the language's ``of_heads`` and ``of_link`` follows it, the measure keeps the link and
the noun phrase after it, up to a word of the language's stop words (its determiners and
joiners, ``of_keeps``, apart), a place link, a verb in -ed or -ing or an irregular past
("sold", "being") or ``of_words`` words.

Where a subject read back from its verb starts (:func:`after_saying`): after a verb of
saying ("managers said sales growth will be 3.5%"), before a relative clause, and after a
"that" that opens what a verb says ("projected in May that exports would fall").

A clause a rule keeps to a few words is cut at a word cap; cut mid-phrase ("who clocked
in for work on the dusk-to-6" of "... the dusk-to-6 a.m. route"), it names nothing. So
it runs on, a few words at most, to where its phrase ends: a mark of punctuation, a word
that opens another clause, a capitalised word (a name: "in Split" is where, no part of
the phrase) or a function word after a word of content ("lead to any new clinics by
2030": lead to any new clinics); where no end comes that soon, the cap stands.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache

from .counted import irregular_past
from .counted_context import speech_verb_words
from .date_words import date_words
from .figure_words import FigureWords, figure_words
from .opening import fast_pattern

#: an abbreviation's dots are its own ("a.m.", "U.S."), no end of a phrase
_ABBREVIATION = fast_pattern(r"(?:[A-Za-z]\.){2,}")
_PUNCT_END = fast_pattern(r"[,.;:!?)\]”\"—–]+$")
#: a clause cut at its cap runs on this many words at most to the end of its phrase
_RUN_ON = 5


@dataclass(frozen=True, slots=True)
class OfWords:
    """The words of one language this rule reads (see the module docstring)."""

    heads: frozenset[str]
    link: str
    keeps: frozenset[str]
    most: int
    ends: frozenset[str]
    #: words that open a clause restricting the noun after the link ("flats that sold"),
    #: kept whole when the subject ends within a few words of it
    clauses: frozenset[str]
    #: heads whose thing follows another link ("the yield on the 10-year note"), and it
    on_heads: frozenset[str] = frozenset()
    on_link: str = ""


@cache
def _of_words(lang: str) -> OfWords | None:
    words = figure_words(lang)
    t = words.rules.get("left_measure", {})
    if "of_heads" not in t:
        return None
    ends = words.stop_words | frozenset(t.get("of_verbs", ())) | frozenset(
        words.rules["place_links"]) | frozenset(words.rules["phrase_ends"]) | irregular_past(lang)
    return OfWords(frozenset(t["of_heads"]), t["of_link"], frozenset(t["of_keeps"]),
                   int(t["of_words"]), ends - frozenset(t["of_keeps"]),
                   frozenset(words.rules.get("fate_verbs", {}).get("clause_words", ())),
                   frozenset(t.get("on_heads", ())), t.get("on_link", ""))


def with_of_phrase(found: list[str], kept: list[str], words: FigureWords) -> list[str]:
    """``kept`` (the subject's words read before its verb, a run of ``found``) with what
    its quantity noun is of, when ``found`` names it right after (see the module
    docstring); ``kept`` itself otherwise."""
    table = _of_words(words.lang)
    head = kept[-1].lower() if kept else ""
    if table is None or (head not in table.heads and head not in table.on_heads):
        return kept
    link = table.link if head in table.heads else table.on_link
    n = len(kept)
    at = next((i + n for i in range(len(found) - n + 1) if found[i:i + n] == kept), None)
    if at is None or at >= len(found) or found[at].lower() != link:
        return kept
    phrase: list[str] = []
    rest = found[at + 1:]
    for k, word in enumerate(rest):
        low = word.lower()
        if phrase and low in table.clauses and len(rest) - k <= table.most + 1:
            phrase += rest[k:]  # "the price of flats that sold": the clause is the subject's
            break
        if low in table.ends or low.endswith(("ed", "ing")) or sum(
                w.lower() not in table.keeps for w in phrase) >= table.most:
            break
        phrase.append(word)
    while phrase and phrase[-1].lower() in table.keeps:
        phrase.pop()  # "the cost of the": no noun after the determiner
    return [*kept, link, *phrase] if phrase else kept


def before_count(clause: str, words: FigureWords) -> str:
    """The clause up to another number in it, without the words that led to that number
    ("with three", "in the December 2019"): that number is a figure of its own."""
    said = clause.split()
    kept = list(itertools.takewhile(
        lambda w: not w[:1].isdigit() and words.numbers.parse(w) is None, said))
    while len(kept) < len(said) and kept and (
            kept[-1].lower() in words.stop_words or kept[-1][:1].isupper()):
        kept.pop()
    return " ".join(kept)


def bare_word(token: str) -> str:
    """``token`` without the marks of punctuation after it; an abbreviation ("a.m.") keeps
    its dots."""
    return token if _ABBREVIATION.fullmatch(token) else _PUNCT_END.sub("", token)


def to_phrase_end(rest: list[str], ends: frozenset[str], stops: frozenset[str],
                  joiners: frozenset[str] = frozenset()) -> list[str]:
    """The words of ``rest`` (the tokens after a clause's word cap) up to where the phrase
    the cap cut ends (see the module docstring): before a word of ``ends``, or a word of
    ``stops`` after a word of content (a word of ``joiners``, "of", is neither); up to and
    with a word a mark ends. Nothing (the cap stands) when no end comes within a few
    words."""
    more: list[str] = []
    plain = stops | joiners
    for token in rest[:_RUN_ON + 1]:
        bare = bare_word(token)
        low = bare.lower()
        if not (bare[:1].islower() or bare[:1].isdigit()) or low in ends or (
                low in stops and any(w.lower() not in plain for w in more)):
            return more
        more.append(bare)
        if bare != token:
            return more
    return []


def after_saying(found: list[str], words: FigureWords) -> list[str]:
    """The words of ``found`` (a subject read back from its verb) where the subject
    starts. "Managers said sales growth will be 3.5%": the subject follows the verb of
    saying; "the share of people who reported using it was 4%": a relative clause is no
    subject; but "that" right after a verb, or after a verb and its day ("said that exports
    would fall", "projected on Monday that"), opens what is said, whose subject follows."""
    table = words.rules["left_measure"]
    said, determiners = speech_verb_words(words.lang), set(words.rules["determiners"])
    rel = next((i for i, w in enumerate(found) if i and w.lower() in table["relatives"]), None)
    if rel is not None:
        days = date_words(words.lang)
        verb = rel - 1  # "said on Monday that", "projected in May that": back to the verb
        if verb > 1 and (found[verb].lower() in days.weekdays or found[verb].lower() in
                         days.months) and found[verb - 1].islower() and len(found[verb - 1]) < 4:
            verb -= 2
        word = found[verb].lower()  # a verb, not a noun after a determiner ("the state")
        if (word in said or word in irregular_past(words.lang) or (
                len(word) > 5 and word.endswith(words.rules["past"]))) and (
                verb == 0 or found[verb - 1].lower() not in determiners):
            return after_saying(found[rel + 1:], words) if rel + 1 < len(found) else found
    found = found[:rel]
    cut = max((i for i, w in enumerate(found) if w.lower() in said and (
        i == 0 or found[i - 1].lower() not in determiners)), default=-1)  # "in the state"
    return found[cut + 1:] or found


def before_link(words: list[str], skip: frozenset[str],
                flows: frozenset[str] = frozenset(),
                determiners: frozenset[str] = frozenset()) -> list[str]:
    """"agricultural exports in the quarter" -> "agricultural exports": the words before
    the first small word, or after the last one when the phrase opens with it. A small
    word of ``flows`` before a name keeps the name: "agricultural exports to China" says
    where they go ("imports from Peru", "aid to Ukraine"). A determiner opens the
    subject's own phrase: "On Tuesday its sales rose" is sales, not Tuesday."""
    cut = next((i for i, w in enumerate(words) if w.lower() in skip), None)
    if cut is not None and 0 < cut < len(words) - 1 and words[cut].lower() in determiners:
        return before_link(words[cut + 1:], skip, flows, determiners)
    if cut is None or cut > 0:
        kept = words[:cut] if cut else words
        # "Truck and SUV sales": a subject of two nouns joined keeps both
        joined = len(kept) > 3 and kept[-3].lower() == "and"
        kept = kept[-4:] if joined else kept[-3:]
        name = list(itertools.takewhile(lambda w: w[:1].isupper(), words[cut + 1:cut + 4])) if (
            cut and words[cut].lower() in flows) else []
        return [*kept, words[cut], *name] if name else kept
    rest = words
    while rest and rest[0].lower() in skip:
        rest = rest[1:]
    return before_link(rest, skip, determiners=determiners) if rest else []


def change_of(found: list[str], words: FigureWords, skip: frozenset[str]) -> str | None:
    """"a reduction in real income of $2 billion", "an increase in school spending of
    4%": a noun of change, its link and what changes, before "of" and the value: the
    measure is the change of what follows the link ("real income reduction"), named with
    the ``change_names`` of its direction (``left_measure``: change_nouns, change_link)."""
    table = words.rules["left_measure"]
    nouns, link = table.get("change_nouns", {}), table.get("change_link")
    for i, w in enumerate(found[:-2]):
        way = nouns.get(w.lower())
        if way and found[i + 1].lower() == link:
            changed = before_link(found[i + 2:], skip)
            if changed:
                return f"{' '.join(changed)} {words.rules['change_names'][way]}"
    return None


def caused(found: list[str], words: FigureWords) -> list[str]:
    """"the firm saw its market value cut from": the words after a causative verb and an
    owner that end a subject (``left_measure.causatives``), else []."""
    table = words.rules["left_measure"].get("causatives", {})
    low = [w.lower() for w in found]
    at = max((i for i in range(1, len(low) - 1) if low[i] in table.get("owners", ())
              and low[i - 1] in table.get("verbs", ())), default=None)
    return found[at + 1:] if at is not None else []
