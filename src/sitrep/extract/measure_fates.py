"""What a count says befell the things it counts, read off the verb next to it: "the
agency handed out 50,000 masks" counts masks handed out, "ordered 30 jets" jets ordered,
"800 students trapped in the library" students trapped.

Why: a bare noun ("masks", "jets", "students") says what the things are, not what the
figure tells of them; two figures of one page ("30 jets ordered", "30 jets delivered")
then read as one. The fates the rules knew came from closed tables of crises
(figure_predicates.json: killed, intercepted, ...), and news at large reports orders,
deportations, releases and hirings. So the verb is recognised by its form, not looked up:
a past tense or a participle right before the count (with at most two small words
between: "ordered a further 30 jets"), or a past participle right after the thing
counted, through an auxiliary ("two hostages were freed") or alone when no object
follows it ("12 schools closed on Monday"). With an object after it, the verb is what the
things did, not what befell them, and says which of them are counted: "40 countries
signed the treaty" counts countries that signed the treaty, and so does a perfect with an
object ("12 clubs have sold their seats": clubs that have sold their seats). Beyond the
verbs of fate: what the things are expected to do ("staff expected to get letters"), a
state after "were without" ("homes without power"), and the count as the agent of a
passive before it ("a petition signed by 9,000 residents": residents who signed a
petition), and what the things are doing, read off a word in -ing right after them
("migrants seeking asylum"), and what something was traded for ("a swap for three
commanders": commanders exchanged). An English lexicon of
inflections (lemminflect) would know more verbs, but holds 133 MB in each worker process
(measured); the form and a short table of irregular verbs (``figure_rules.fate_verbs``)
cover the verbs of news.

What is left alone: verbs of saying, being, having and estimating, of change and of
measure ("rose 30", "totalled 30 cases", "numbered 30 ships"), which say what the value
is, not what befell the things (``not_fates``); a verb after an article ("an estimated
30", "the remaining 30"), which is an adjective; a measure that already says a fate or
holds a clause of its own ("people who voted"); sums, shares and durations, whose
measures other rules name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from .counted import is_plural
from .figure_predicates import predicates
from .figure_words import FigureWords, figure_words
from .measure_fate_context import exchanged, past_aside
from .records import Figure, Span

_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
_PREDICATE_WORD = re.compile(r"[^\s]+")
_END = re.compile(r"\s*(?:$|\n|[(\u2014\u2013\"“”])")
_WORDS_AFTER = re.compile(  # up to four words after a position
    r"[ \t]+([a-z]+)(?:[ \t]+([a-z]+)(?:[ \t]+([a-z]+)(?:[ \t]+([a-z]+))?)?)?")


@dataclass(frozen=True, slots=True)
class _Said:
    """What the verb next to a count says of the things: what befell them ("freed"), or,
    as a ``clause``, what they did ("backed the tram line"), read with "who" or "that"."""

    words: str
    clause: bool = False


def verb_fates(text: str, figures: list[Figure], words: FigureWords) -> list[Figure]:
    """``figures``, each count named with the fate a verb next to it says."""
    table = _table(words.lang)
    if table is None:
        return figures
    return [_with_fate(text, fig, table, words.lang) for fig in figures]


@cache
def _table(lang: str) -> dict[str, Any] | None:
    """``figure_rules.fate_verbs`` of ``lang``, its word lists as sets (None: no table)."""
    rules = figure_words(lang).rules
    table = rules.get("fate_verbs")
    if table is None:
        return None
    states = predicates(lang).states  # "missing", "in hospital": a state said already
    return {**{k: frozenset(v) if isinstance(v, list) else v
               for k, v in {**table, "ed_nouns": rules.get("ed_nouns", []),
                         "ending": rules["past"]}.items()},
            "state_ends": tuple({*states, *states.values()}),
            "pasts": {done: past for past, done in table["participles"].items()},
            "lang": lang, "plural": rules["plural"],
            "exchange_verbs": frozenset(table["exchange"].get("verbs", ()))}


def _with_fate(text: str, fig: Figure, table: dict[str, Any], lang: str) -> Figure:
    if fig.unit == "%" and fig.measure and not fig.change and " of " in fig.evidence.text:
        return _share_fate(text, fig, table, lang)
    if not _bare_thing(fig, table, lang):
        return fig
    said = _before(text, fig.evidence, table) or _after(text, fig.evidence, table)
    if said is None and (stretched := past_aside(text, fig.evidence, lang)):
        said = _after(text, stretched, table)  # "200 Peruvians, including two ..., were"
    measure = fig.measure or ""
    if said is None or said.words.split()[0] in measure.lower().split():
        return fig  # the measure says it already
    if said.clause:  # "2,400 residents backed the tram line"
        head = measure.split()[-1]
        people = predicates(lang).counts_people(measure) or (
            head[:1].isupper() and head.endswith("s"))  # "150 Indians", a people
        who = table["who"] if people else table["that"]
        return replace(fig, measure=f"{measure} {who} {said.words}")
    return replace(fig, measure=_placed(measure, said.words, table))


def _share_fate(text: str, fig: Figure, table: dict[str, Any], lang: str) -> Figure:
    """A share of a group of people takes what the verb right before it did to the group
    ("wiping out a fifth of the herders in the valley": herders killed, "displaced 10% of
    the residents"), as a count of the group would."""
    told = predicates(lang)
    if not (told.counts_people(fig.measure) or fig.measure.lower().split()[-1] in told.sizes):
        return fig  # a share of things ("cut 25% of the emissions") or of a firm (a stake)
    said = told.done_before(text[:fig.evidence.start].lower(), fig.evidence.start)
    if said is None and (past := _before(text, fig.evidence, table)) and not past.clause:
        said = past.words
    if said is None or said.split()[0] in fig.measure.lower().split():
        return fig
    return replace(fig, measure=_placed(fig.measure, said, table))


def _placed(measure: str, fate: str, table: dict[str, Any]) -> str:
    """The fate after the things and before a place named after them ("people employed
    in Brno"); after a phrase that says which things ("patients with asthma treated")."""
    said = measure.split()
    link = next((k for k, w in enumerate(said[:-1]) if k and w.lower() in table["links"]
                 and said[k + 1][:1].isupper()), None)
    if link is None:
        return f"{measure} {fate}"
    return " ".join([*said[:link], fate, *said[link:]])


def _bare_thing(fig: Figure, table: dict[str, Any], lang: str) -> bool:
    """A count of things (or of a weight or a volume of them) whose measure names only the
    things: no verb ("bodies buried in mud", "detained Afghans"), no state ("missing"), no
    clause of its own ("homes that lacked power"), no change."""
    if not fig.measure or fig.change or fig.kind != "count" or fig.unit:
        return False
    said = fig.measure.lower().split()
    link = next((k for k, w in enumerate(said) if k and w in table["links"]), len(said))
    if not is_plural(said[link - 1], figure_words(lang).rules["plural"]) and (
            said[link - 1] not in predicates(lang).people):
        return False  # "a crowd of 5,000", "magnitude 6.1": no things counted
    return not (any(_participle(w, table) for w in said)
                or predicates(lang).ends_in_fate(fig.measure)
                or fig.measure.lower().endswith(table["state_ends"])
                or not table["clause_words"].isdisjoint(said) or "per" in said)


def _participle(word: str, table: dict[str, Any]) -> str | None:
    """The past participle ``word`` is or stands for (a past tense: "took" -> "taken"),
    else None; a word that only looks like one (``figure_rules.ed_nouns``: "speed") is none."""
    if word in table["participles"]:
        return table["participles"][word]
    if word in table["irregular"]:
        return word
    if len(word) > 4 and word.endswith(table["ending"]) and word not in table["ed_nouns"]:
        return word
    return None


def _before(text: str, evidence: Span, table: dict[str, Any]) -> _Said | None:
    """The fate a past tense right before the count says ("ordered 30 jets"), skipping at
    most two small words ("a further"); none after an article ("an estimated 30"), nor
    when the things go on to do something ("rangers counted 46 hikers entered the park": the
    count is the subject of what was reported)."""
    if agent := _agent(text, evidence.start, table):
        return agent
    if exchanged(text, evidence.start, table):
        return _Said(table["exchange"]["fate"])  # "a prisoner swap for 12 insurgents"
    if _verb_next(text, evidence.end, table):
        return None
    end = evidence.start
    for _ in range(3):
        m = _WORD_BEFORE.search(text, max(0, end - 40), end)
        if m is None:
            return None
        word = m.group(1)
        if word.lower() in table["fillers"]:
            end = m.start()
            continue
        if not word.islower() or word in table["not_fates"]:
            return None
        particle = word if word in table["particles"] else None
        if particle is not None:  # "handed out 50,000 masks"; not "found out"
            m = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if m is None or not m.group(1).islower() or m.group(1) in table["not_fates"] or (
                    m.group(1) in table["knowing"]):
                return None
            word = m.group(1)
        fate = _participle(word, table)
        article = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if fate is None or (article is not None and article.group(1).lower() in (
                table["articles"])):
            return None
        return _Said(f"{fate} {particle}" if particle else fate)
    return None


def _agent(text: str, start: int, table: dict[str, Any]) -> _Said | None:
    """The count as the agent of a passive before it ("surveys completed by 5,000
    people", "a petition signed by 40,000 residents"): what the things did, with its object
    ("who completed surveys"), else None."""
    by = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if by is None or by.group(1) != table["agent"]:
        return None
    verb = _WORD_BEFORE.search(text, max(0, by.start() - 30), by.start())
    done = _participle(verb.group(1), table) if verb else None
    if verb is None or done is None or verb.group(1) in table["not_fates"]:
        return None
    said: list[str] = []
    at = verb.start()
    for _ in range(3):  # the object: its noun, at most two words before it, its article
        m = _WORD_BEFORE.search(text, max(0, at - 30), at)
        word = m.group(1).lower() if m else ""
        if m is None or (word not in table["articles"] and (
                not m.group(1).islower() or word in table["prepositions"]
                or word in table["auxiliaries"] or _participle(word, table))):
            break  # "A petition signed by": its article, even capitalised; not the verb
            # of the clause ("studied reports completed by")
        said.insert(0, word)
        at = m.start()
        if word in table["articles"]:
            break
    if not said or said[-1] in table["articles"]:
        return None
    past = table["pasts"].get(done, done)  # "written by" -> "wrote"
    return _Said(f"{past} {' '.join(said)}", clause=True)


def _after(text: str, evidence: Span, table: dict[str, Any]) -> _Said | None:
    """The fate a past participle right after the thing counted says: through a passive
    auxiliary ("were freed"), or when no object follows it ("closed on Monday"); not
    after a preposition ("protesters in 21 cities were killed": the cities were not)."""
    m = _WORDS_AFTER.match(text, evidence.end)
    if m is None:
        return None
    said = [w for w in m.groups() if w]
    if said[0].endswith(table["gerund"]) and said[0] not in table["not_gerunds"]:
        doing = _doing(text, m.start(1), table)  # "3,000 migrants seeking asylum"
        if doing is None or (not doing[2] and _opens_sentence(text, evidence.start)):
            return None  # the subject's clause ran to a mark: its verb is inside it
        fate = _after(text, Span(evidence.start, doing[1], ""), table)  # "... were freed"
        return _Said(f"{doing[0]} {fate.words}" if fate and not fate.clause else doing[0])
    helped = 0
    while helped < len(said) and said[helped] in table["auxiliaries"]:
        helped += 1
    if helped and said[0] != "being" and _after_preposition(text, evidence.start, table):
        return None  # the verb of the clause, not of things in a phrase inside it (but
        # "resulted in 46 contacts being placed under observation": theirs)
    if helped == len(said) or said[helped] in table["not_fates"]:
        return None
    word = said[helped]
    if word in table["state_links"] and not table["passive"].isdisjoint(said[:helped]):
        state = _predicate(text, m.start(helped + 1), table)  # "were without power"
        return _Said(state.words) if state else None
    fate = _participle(word, table)
    after = m.end(helped + 1)
    if not helped and (fate is not None or word in table["participles"]) and _object_after(
            text, after, table):  # "2,400 residents backed the tram line": those who did
        return None if _after_preposition(text, evidence.start, table) else _predicate(
            text, m.start(1), table)  # not "crews from nine countries started the race"
    if fate is None or (not helped and fate != word):
        return None  # "30 firms took part": a past tense alone is what they did
    if table["passive"].isdisjoint(said[:helped]) and (
            _object_after(text, after, table) or word in table["actions"]):
        if word not in table["actions"] and table["perfect"].issuperset(said[:helped]):
            return _predicate(text, m.start(1), table)  # "12 clubs have sold their
            # seats": what the things did, which says which of them are counted
        return None  # "30 workers walked out": what they did, no fate
    if word in table["raising"] and text[after:after + 4] == " to ":
        # "1,200 staff are expected to get letters": what they are expected to do
        expected = _predicate(text, m.start(helped + 1), table)
        return _Said(expected.words) if expected else None
    return _Said(fate)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether only space stands between ``at`` and the start of its sentence or line."""
    lo = max(text.rfind(". ", 0, at) + 1, text.rfind("\n", 0, at) + 1, 0)
    return not text[lo:at].strip()


def _doing(text: str, at: int, table: dict[str, Any]) -> tuple[str, int, bool] | None:
    """What the things are doing, read from the word in -ing at ``at`` right after them
    ("migrants seeking asylum", "farmers living beside the canals"): the verb and what
    follows it up to the clause's own verb (an auxiliary, a past form, a word after a
    plural noun that is no link: "... beside the canals | face new rules"), a mark or a number
    ("witnesses testifying over three days": witnesses testifying), where it ends, and
    whether a verb after it ended it (else a mark, a number or the word cap did)."""
    said: list[str] = []
    ends: list[int] = []
    verb = False
    numbers = figure_words(table["lang"]).numbers
    for m in _PREDICATE_WORD.finditer(text, at, min(len(text), at + 80)):
        word = m.group(0).rstrip(".,;:!?")
        low = word.lower()
        verb = bool(said) and (low in table["auxiliaries"] or low in table["modals"]
                               or _participle(low, table) or low in table["predicate_ends"])
        if verb or (said and (not word.isalpha() or numbers.parse(low) is not None)):
            break
        if len(said) > 1 and is_plural(said[-1], table["plural"]) and (
                low not in table["prepositions"] and low not in table["articles"]):
            verb = True
            break  # "... beside the canals | face": the clause's own verb
        said.append(word)
        ends.append(m.start() + len(word))
        if word != m.group(0) or len(said) > table["predicate_words"]:
            break
    while said and (said[-1] in table["prepositions"] or said[-1] in table["articles"]):
        said.pop()  # "testifying over | three days": no link without its noun
        ends.pop()
    if not said or len(said) > table["predicate_words"]:
        return None
    return " ".join(said), ends[-1], verb


def _predicate(text: str, at: int, table: dict[str, Any]) -> _Said | None:
    """The verb at ``at`` and its object, when they end the clause (a mark, the end of a
    line, a word of ``predicate_ends``) within ``predicate_words`` words and hold no number
    (another figure): what the things counted did, which says which of them are counted
    ("who backed the tram line")."""
    said: list[str] = []
    for m in _PREDICATE_WORD.finditer(text, at, min(len(text), at + 120)):
        word = m.group(0)
        if word.lower() in table["predicate_ends"]:
            break  # "... lost their jobs when the pit closed": the clause ends
        if len(said) >= table["predicate_words"]:
            # a long clause: its verb and object, up to its first preposition ("have
            # booked their places | in next year's ...")
            link = next((k for k, w in enumerate(said) if k > 1
                         and w.lower() in table["prepositions"]), None)
            if link is None:
                return None
            said = said[:link]
            break
        said.append(word.rstrip(".,;:!?"))
        if word[-1] in ".,;:!?" or _END.match(text, m.end()):
            break
    else:
        return None
    if len(said) < 2 or any(c.isdigit() for w in said for c in w):
        return None
    return _Said(" ".join(said), clause=True)


def _verb_next(text: str, at: int, table: dict[str, Any]) -> bool:
    """Whether a verb of the things themselves follows ``at``: an auxiliary, a past form."""
    m = _WORDS_AFTER.match(text, at)
    return m is not None and (m.group(1) in table["auxiliaries"]
                              or _participle(m.group(1), table) is not None)


def _object_after(text: str, at: int, table: dict[str, Any]) -> bool:
    """Whether what follows ``at`` may be an object: anything but the clause's end, a
    preposition or an adverb of time or place (``alone_next``: "closed on Monday")."""
    rest = text[at:at + 30].lstrip(" \t")
    if not rest or not rest[0].isalnum():
        return False
    return rest.split(maxsplit=1)[0].lower().rstrip(".,;:!?") not in table["alone_next"]


def _after_preposition(text: str, at: int, table: dict[str, Any]) -> bool:
    """Whether the count at ``at`` stands in a phrase after a preposition ("in 21 cities",
    "most of the 300 passengers"), past at most two small words."""
    for _ in range(3):
        m = _WORD_BEFORE.search(text, max(0, at - 30), at)
        if m is None:
            return False
        word = m.group(1).lower()
        if word not in table["fillers"]:
            return word in table["prepositions"]
        at = m.start()
    return False
