"""The particular thing a figure's own sentence names in lower-case words: a study it
cites, a deal between two parties it tells.

Why: a page's figures take the page's matter (its title's, else its headline: see
:mod:`.page_matters`) when their sentences name none. But a health page cites one study
after another ("a pilot trial in 60 teachers with back pain found that ... for 6 weeks"),
and a page about a firm tells of a deal another party made with it ("Orbis will pour $4
billion of fresh capital into Tallow"): the figure belongs to that study or that deal,
which no capitalised name marks, and the headline (or nothing, when the sentence turns to
another party) was what it showed. The rules:

- a study: a head of the language's ``study_heads`` in lower case after an indefinite
  opener ("one", "another": a particular study, not "the study" of the page nor "studies"
  in general), with the words between and the sample after it ("pilot trial in 60
  teachers with back pain"), else whose it is ("a study by the Harbour Institute"); a head with
  none of these names too little, and "a trial of 9 days" gives how long it ran, no
  sample. On a page about a case (a trial, a lawsuit) a trial is the case's and no study
  is read. A sentence that opens by referring back to a study ("The trial lasted ...",
  "Participants ...") goes on with the study of the sentence before it. A study that
  holds the page's own matter ("a new sleep study from Tromsø" where the page is about
  the "sleep study") is the page's, and so are the figures inside the study's own words
  (its sample, "in 60 teachers", or its length, "a 6-week trial"): the phrase would only
  echo them.
- a deal: a name, one of the language's deal verbs, and the other party: the verb's
  object ("Orbis acquired Tallow") or the name after its preposition ("invested $2 billion
  in Tallow"); its matter is "Orbis acquisition of Tallow", "Orbis investment in Tallow".
  An object that is no name ending its noun phrase ("bought 12 jets from Orvik", "bought
  Orvik jets") is goods, not a deal. The object may come first, in a relative clause:
  "Pixora, which Tallow bought in 2021 for $150 million", or "Pixora, which it bought" on a
  page whose matter is a name ("Tallow"), which "it" stands for.

The words are the language's (``lang/<code>/cited_matters.json``); a language without
them has no such rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..errors import UsageError
from ..lang import language_data, longest_first
from .figure_matters import MatterWords, capitalised_names, matter_words, title_tokens
from .opening import fast_pattern
from .subjects import SentenceSubject

#: at most this many words between a study's opener and its head, or in its sample
_BEFORE_HEAD = 4
_SAMPLE = 6
#: a deal's first party is at most this many words before its verb
_PARTY_BEFORE = 6
#: at most this many lower-case words between a deal verb and its object ("the rival")
_OBJECT_AFTER = 2
#: a page's matter of at most this many capitalised words is a name ("Kestrel Foods")
_FIRM_WORDS = 4
#: what may stand between two words of a study's name (a comma between its modifiers)
_GAP = fast_pattern(r"\s*,?\s*")
_BREAK = fast_pattern(r"[,;:()\"“”—–]")
_WORDS = fast_pattern(r"\S+")


@dataclass(frozen=True, slots=True)
class DealVerb:
    """One deal verb's matter ("acquisition of") and where its object is: right after it
    (no ``object`` prepositions) or after one of them; ``money``: only with an amount."""

    matter: str
    object: tuple[str, ...]
    money: bool


@dataclass(frozen=True, slots=True)
class CitedWords:
    """The words of one language that cite a study or tell a deal (see the module
    docstring)."""

    heads: frozenset[str]
    openers: frozenset[str]
    breaks: frozenset[str]
    samples: frozenset[str]
    stops: frozenset[str]
    durations: frozenset[str]
    authors: frozenset[str]
    #: any study head, to pass over the sentences that name none (most)
    any_head: re.Pattern[str]
    refers_back: re.Pattern[str]
    #: group 1: a deal verb's form, in lower case
    deal: re.Pattern[str]
    verbs: dict[str, DealVerb]
    money: re.Pattern[str]
    #: ", which": a deal's object named before its verb ("Tallow, which Orbis acquired")
    relative: re.Pattern[str]
    pronouns: frozenset[str]


@cache
def cited_words(lang: str) -> CitedWords | None:
    """The words of ``lang``, read once per process; None for a language without them."""
    try:
        t = language_data(lang).table("cited_matters")
    except UsageError:
        return None
    verbs = {form: DealVerb(v["matter"], tuple(v["object"]), bool(v.get("money")))
             for v in t["deal_verbs"] for form in v["forms"]}
    money = "|".join(re.escape(w) if not w.isalpha() else rf"\b{w}\b" for w in t["money_words"])
    return CitedWords(
        frozenset(t["study_heads"]), frozenset(t["study_openers"]),
        frozenset(t["study_breaks"]), frozenset(t["study_samples"]),
        frozenset(t["study_stops"]), frozenset(t["durations"]), frozenset(t["study_authors"]),
        fast_pattern(rf"\b(?:{longest_first(t['study_heads'])})\b"),
        fast_pattern(rf"\W*(?:{longest_first(t['study_refers_back'])})\b", re.IGNORECASE),
        fast_pattern(rf"\b({longest_first(verbs)})\b"), verbs,
        fast_pattern(money, re.IGNORECASE),
        fast_pattern(rf",\s+{re.escape(t['deal_relative'])}\s+"), frozenset(t["deal_pronouns"]))


def studies_in(sentence: str, words: CitedWords, names: MatterWords
               ) -> list[tuple[int, int, str]]:
    """The studies ``sentence`` cites: (start, end, what the study is called), in order."""
    if not words.any_head.search(sentence):
        return []
    tokens = title_tokens(sentence)
    out = []
    for h, head in enumerate(tokens):
        if head.low not in words.heads or head.capitalised:
            continue
        first = _opener(sentence, tokens, h, words)
        if first is None:
            continue
        # "a new, 8-week study": not "new", nor an adverb ("a similarly large poll")
        kept = [t.word for t in tokens[first + 1:h]
                if t.low not in names.not_modifiers and not t.low.endswith("ly")]
        last = _sample_end(sentence, tokens, h, words)
        end = tokens[last].end if last > h else _author_end(sentence, tokens, h, words, names)
        if not kept and end == head.end:
            continue  # "a study" names no particular one
        called = " ".join([*kept, *sentence[head.start:end].split()])
        out.append((tokens[first].start, end, called))
    return out


def _author_end(sentence: str, tokens: list, h: int, words: CitedWords, names: MatterWords
                ) -> int:
    """Where the name of whose study it is ends, after its head ``h`` ("study by the
    Harbour Institute"); the head's end when none follows."""
    if h + 1 >= len(tokens) or tokens[h + 1].low not in words.authors:
        return tokens[h].end
    at = tokens[h + 1].end
    found = capitalised_names(sentence[at:at + 80], names)
    if found and sentence[at:at + found[0][0]].strip(" ").lower() not in ("", "the"):
        found = []
    return at + found[0][1] if found else tokens[h].end


def _opener(sentence: str, tokens: list, h: int, words: CitedWords) -> int | None:
    """The index of the opener of a study whose head is token ``h``; None when the words
    before it are no such study's ("the study", "studies", "one of the ... studies")."""
    for k in range(h - 1, max(-1, h - 2 - _BEFORE_HEAD), -1):
        if not _GAP.fullmatch(sentence, tokens[k].end, tokens[k + 1].start):
            return None
        if tokens[k].low in words.openers:
            return k
        if tokens[k].low in words.breaks:
            return None
    return None


def _sample_end(sentence: str, tokens: list, h: int, words: CitedWords) -> int:
    """The index of the last token of a study's sample after its head ``h`` ("in 60
    teachers with back pain"); ``h`` when it has none."""
    k = h + 1
    if k + 1 >= len(tokens) or tokens[k].low not in words.samples or not (
            tokens[k].joined and tokens[k + 1].joined) or tokens[k + 1].capitalised:
        return h
    last = h
    for n in range(k + 1, min(len(tokens), k + 1 + _SAMPLE)):
        tok = tokens[n]
        # "2,000": a number's comma is no break
        number = (tok.word.isdigit() and sentence[tok.start - 1] == ","
                  and tokens[n - 1].word.isdigit())
        if (not (tok.joined or number) or tok.low in words.stops
                or (tok.word.islower() and tok.low.endswith("ed"))):
            break
        last = n
    if last == k + 2 and tokens[last].low in words.durations:
        return h  # "a trial of 9 days": how long it ran, no sample
    return last


def deal_in(sentence: str, words: CitedWords, names: MatterWords, firm: str | None = None
            ) -> tuple[int, str] | None:
    """The deal ``sentence`` tells: where its words start (a figure before them, "After a
    $2 billion loss, Orbis bought Tallow", is not the deal's) and what it is, as "Orbis
    investment in Tallow"; None when it tells none (see the module docstring). ``firm``:
    the name the page is about, which "it" stands for in "Tallow, which it acquired"."""
    low = sentence.lower()
    spans: list[tuple[int, int]] | None = None
    for m in words.deal.finditer(low):
        verb = words.verbs[m.group(1)]
        spans = capitalised_names(sentence, names) if spans is None else spans
        done = _relative(sentence, m.start(), spans, words, firm)
        if done is not None:
            return done[2], f"{done[0]} {verb.matter} {done[1]}"
        party = next((s for s in reversed(spans) if s[1] <= m.start()), None)
        if party is None or _BREAK.search(sentence, party[1], m.start()) or len(
                _WORDS.findall(sentence, party[1], m.start())) > _PARTY_BEFORE:
            continue
        other = _object(sentence, m.end(), spans, verb, words, names)
        if other is not None and other != party:
            return party[0], (f"{sentence[party[0]:party[1]]} {verb.matter} "
                              f"{sentence[other[0]:other[1]]}")
    return None


def _relative(sentence: str, at: int, spans: list[tuple[int, int]], words: CitedWords,
              firm: str | None) -> tuple[str, str, int] | None:
    """(party, object, where the object starts) of a deal verb at ``at`` in a relative
    clause: "Tallow, which Orbis acquired", "Tallow, which it acquired" (``firm`` for
    "it"); None otherwise."""
    found = list(words.relative.finditer(sentence, max(0, at - 40), at))
    if not found:
        return None
    which = found[-1]
    start = next((a for a, b in spans if b == which.start()), None)
    between = sentence[which.end():at].strip()
    if start is None or not between:
        return None
    obj = sentence[start:which.start()]
    if between.lower() in words.pronouns:
        return (firm, obj, start) if firm and firm != obj else None
    party = next((sentence[a:b] for a, b in spans if a == which.end() and b == at - 1), None)
    return (party, obj, start) if party and party != obj else None


def _object(sentence: str, at: int, spans: list[tuple[int, int]], verb: DealVerb,
            words: CitedWords, names: MatterWords) -> tuple[int, int] | None:
    """The name a deal verb ending at ``at`` is done to (see the module docstring)."""
    later = [s for s in spans if s[0] >= at]
    if not verb.object:
        if not later:
            return None
        start, end = later[0]
        between = sentence[at:start].split()
        # the name ends its noun phrase: "Tallow for $2 billion", not "Orvik jets"
        after = _WORDS.match(sentence, end + 1)
        ends = (sentence[end:end + 1] != " " or after is None
                or not after.group(0)[0].isalpha() or after.group(0).lower() in names.not_names)
        ok = (len(between) <= _OBJECT_AFTER and all(w.isalpha() and w.islower()
                                                    for w in between) and ends)
        return (start, end) if ok else None
    for start, end in later:
        before = _WORDS.findall(sentence, at, start)
        if before and before[-1].lower() in verb.object and not _BREAK.search(
                sentence, at, start) and (not verb.money or words.money.search(
                    sentence, at, start)):
            return start, end
    return None


@dataclass(frozen=True, slots=True)
class Citations:
    """The studies and deals of one page's sentences, each read once, when asked."""

    text: str
    sentences: list[SentenceSubject]
    words: CitedWords
    names: MatterWords
    studies: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)
    deals: dict[int, tuple[int, str] | None] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, sentences: list[SentenceSubject], lang: str) -> Citations | None:
        """The citations of a page in ``lang``; None for a language without the words."""
        words = cited_words(lang)
        return None if words is None else cls(text, sentences, words, matter_words(lang))

    def matter(self, at: int, k: int, page: str | None) -> str | None:
        """The study or deal a figure at ``at`` in sentence ``k`` belongs to; ``page``:
        the page's matter, which a study that holds it is."""
        # on a page about a case, a trial is the case's
        cases = page is not None and page.rsplit(" ", 1)[-1].lower() in self.names.people_heads
        own = [] if cases else self._studies(k)
        # "The trial ran ...": matched from the sentence's start
        if not own and k > 0 and not cases and self.words.refers_back.match(
                self.text, self.sentences[k].start, self.sentences[k].end):
            own = self._studies(k - 1)[-1:]
        if own and any(a <= at < b for a, b, _ in own):
            return page  # "a study in 40 people": its own words would echo the figure
        if own:
            before = [s for s in own if s[0] <= at]
            called = (before or own)[-1 if before else 0][2]
            return page if page and page.lower() in called.lower() else called
        if k not in self.deals:
            s = self.sentences[k]
            # the page's matter as a name ("Tallow") is who "it" is
            firm = page if page and len(page.split()) <= _FIRM_WORDS and all(
                w[0].isupper() for w in page.split()) else None
            found = deal_in(self.text[s.start:s.end], self.words, self.names, firm)
            self.deals[k] = None if found is None else (s.start + found[0], found[1])
        deal = self.deals[k]
        return deal[1] if deal is not None and deal[0] <= at else None

    def _studies(self, k: int) -> list[tuple[int, int, str]]:
        if k not in self.studies:
            s = self.sentences[k]
            self.studies[k] = [(s.start + a, s.start + b, called) for a, b, called in
                               studies_in(self.text[s.start:s.end], self.words, self.names)]
        return self.studies[k]
