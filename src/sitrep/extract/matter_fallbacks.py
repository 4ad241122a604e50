"""A page's matter where its title names neither a matter nor a party, and a figure's own
matter on a page about a gathering.

Why: :mod:`.page_matters` reads a page's matter off its title's names ("the Baltic Sailing
Cup", "Halden Air order"). Many headlines name what the page is about in lower-case words
("Police arrest four in fraud investigation", "Regional car sales slip 4% in May"), and a
markets report names no matter at all though every move it lists belongs to the day's
trading. And on a page about a gathering (a motor show, a trade fair), a figure said of a
product shown there ("the Tern X2 weighs 19 kilograms") is the product's, not the show's.

The rules:

- a title's head phrase: in a headline not in title case, a common head ("investigation",
  "sales", "campaign") with the lower-case modifiers before it ("fraud investigation",
  "anti-drug campaign"); a head alone names too little;
- a lead's head phrase: where the title names none, a head of the language's
  ``lead_heads`` with its modifiers in the first sentences ("as a case report in
  Nordvik shows"); else, where the title or the lead tells of a case (``case_verbs``: "pleaded
  guilty"), the case of the person of the lead the page names most ("Tobias Quill case");
- a markets page (at least ``MOVES`` market moves among its figures, see
  :mod:`.measure_moves`) is about the day's trading session: the language's
  ``session_matter``, with the day when the page is dated;
- an incident: a sentence that tells of an incident of one of the language's
  ``incident_types`` (a crash, an explosion, an outbreak: :mod:`.instances`) that the
  page's title does not tell of is about that incident, not the page's matter ("sales
  fell after two deadly crashes of its jet" on a page about an order for the jet): its
  matter is the incident's phrase, the incident word with the few modifiers before it;
- a product or a work: on a page whose matter ends with one of the language's
  ``gathering_heads`` (a show, a fair, a festival), a name of at least two words (or one
  with a digit) in the figure's sentence, else in the one before, that is no person, place
  or body the page names; a sentence that refers back to one ("the installation uses
  400 lamps", ``work_refers_back``) looks a few sentences back for it;
- a wider scope: on a page whose matter names a town or a region ("Nairobi water cuts"),
  a sentence whose subject is that place's whole country ("Kenya had the most cases in
  the region, some 40,000 in all"), or that tells of that whole country
  (``country_scope``: "in the country") after a sentence naming it, tells a national
  figure: its matter is the page's with the country in the town's place ("Kenya water
  cuts"), not the town's (see :mod:`.matter_parties`, which reads it);
- the headline: where nothing above names the page's matter, the headline itself (its
  longest part, without furniture or the outlet's name) is what the page is about. Many
  pages about one study, one probe or one product ("Hibernating crews would need smaller
  ships") name their matter in no word a rule can take for a head, and a figure of such a
  page with no matter showed either nothing or the thing it counts ("astronauts") as what it
  is about. A headline is longer than a name, but it tells a reader which story the figure
  belongs to, and the page's other rules (background, another incident, a sentence that
  turns to another party) still keep it off the figures that are not the story's.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache, lru_cache

from ..lang import longest_first
from .event_types import event_types
from .figure_matters import (
    MatterWords,
    capitalised_names,
    title_case,
    title_parts,
    title_tokens,
)
from .literals import may_hold
from .opening import fast_pattern
from .records import Mention
from .speech_cues import speech_cues
from .subjects import SentenceSubject

#: a page with this many market moves among its figures is a markets report
MOVES = 3
_DIGIT = fast_pattern(r"\d")
_WORD = fast_pattern(r"[^\W_]+")
_LETTER = fast_pattern(r"[^\W\d_]")
_ALNUM = fast_pattern(r"[^\W_]")  # a letter or a digit: a word of title_tokens opens with one
#: the quotes a headline may be quoted whole in (opening, closing)
_QUOTE_PAIRS = frozenset({('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'")})
#: a headline of fewer words names a section or an outlet, of more a teaser
_HEADLINE_WORDS = 3
_HEADLINE_MAX = 20


def title_head_phrase(title: str, words: MatterWords) -> str | None:
    """The first common head of a headline's parts (its longest first) with the one to
    three lower-case modifiers before it ("drug investigation"); None in a headline in
    title case (its heads are read as names) or when no head has a modifier."""
    parts = title_parts(title, words)
    longest = max(parts, key=len)
    if title_case(longest):
        return None
    for part in (longest, *(p for p in parts if p is not longest)):
        found = head_phrase(part, words, words.common_heads)
        if found:
            return found
    return None


def headline_topic(title: str, words: MatterWords) -> str | None:
    """The headline as the page's matter (see the module docstring): its longest part,
    without furniture (see :func:`headline_of`)."""
    return headline_of(title_parts(title, words))


def headline_of(parts: list[str]) -> str | None:
    """The longest of a headline's ``parts`` (cut at its separators, furniture gone),
    without its closing question mark or the quotes around it; None for a headline of
    fewer than ``_HEADLINE_WORDS`` words (a section name, an outlet) or more than
    ``_HEADLINE_MAX`` (a teaser that tells no one story)."""
    part = max(parts, key=len).strip(" ?!.…")
    if len(part) > 1 and (part[0], part[-1]) in _QUOTE_PAIRS:
        part = part[1:-1].strip()  # a quoted headline, not a closing quote of its own
    count = len(part.split())
    if not _HEADLINE_WORDS <= count <= _HEADLINE_MAX or not _LETTER.search(part):
        return None
    return part


def head_phrase(text: str, words: MatterWords, heads: frozenset[str]) -> str | None:
    """The first of ``heads`` in ``text`` written in lower case (or as its first word) with
    the one to three modifiers before it; None when none has a modifier."""
    low = text.lower()
    if not any(head in low for head in heads) or not _may_head(text, low, heads):
        return None  # most leads name no head: their words are not read one by one
    tokens = title_tokens(text)
    for k, tok in enumerate(tokens):
        if tok.low not in heads or (tok.capitalised and k):
            continue
        first = k
        # "$3 billion order": a number's scale is no modifier
        while (first > max(0, k - 3) and tokens[first].joined
               and _modifier(tokens[first - 1].word, first - 1 == 0, words)
               and not _DIGIT.search(text, max(0, tokens[first - 1].start - 2),
                                     tokens[first - 1].start)):
            first -= 1
        if first < k:
            return " ".join(text[tokens[first].start:tok.end].split())
    return None


def _may_head(text: str, low: str, heads: frozenset[str]) -> bool:
    """Whether one of ``heads`` may be a word of ``text`` (``low``: its lower case): one
    starts in ``low`` where no letter or digit comes before it, as a word of
    :func:`title_tokens` does ("case" of "because" is none). Most leads that hold a head's
    letters hold no head word, and are not cut into words for nothing."""
    if len(low) != len(text):
        return True  # a character lower-cased to several: the offsets differ, read words
    for m in _heads_at(heads).finditer(low):
        if not m.start() or not _ALNUM.match(text, m.start() - 1):
            return True
    return False


@lru_cache(maxsize=64)
def _heads_at(heads: frozenset[str]) -> re.Pattern[str]:
    """Every place where one of ``heads`` starts (a look-ahead: overlapping ones too)."""
    return re.compile("(?=" + "|".join(re.escape(h) for h in sorted(heads)) + ")")


def lead_matter(title: str, text: str, lead: list[SentenceSubject], words: MatterWords,
                mentions: list[Mention]) -> str | None:
    """The matter a page's ``lead`` (its first sentences) names where its title names
    none: a head phrase of the language's ``lead_heads`` ("a new case report"), else the
    case of the person the lead names (see :func:`case_of`)."""
    end = lead[-1].end
    said = text[lead[0].start:end]
    found = head_phrase(said, words, words.lead_heads)
    if found:
        return found
    told = f"{title} {said}"  # (most leads write no verb of a case: no search then)
    if not (may_hold(words.case_verbs, told) and words.case_verbs.search(told)):
        return None  # no case told: the lead's people are not read (see case_of)
    return case_of(
        title, said, text, [m.name for m in mentions
                            if m.kind == "person" and m.span.start < end and " " in m.name
                            and not _titled(text, m.span.start, words)], words)


def _titled(text: str, at: int, words: MatterWords) -> bool:
    """Whether the name at ``at`` follows a person's title ("Rep.", "Senator"): an
    official, who is seldom the accused of a case."""
    before = _WORD.findall(text, max(0, at - 12), at)
    return bool(before) and before[-1].lower() in words.person_titles


def case_of(title: str, lead: str, text: str, people: list[str], words: MatterWords
            ) -> str | None:
    """The court or police case a page is about: when its title or lead tells of one
    (``case_verbs``: "pleaded guilty", "was charged"), the case of the person of the lead
    (``people``: names of two words or more, in order) whose surname the page (``text``)
    writes most, the first of equals: the accused, not a victim or an officer named once
    ("Dara Quill case"); None otherwise."""
    if not people or not words.case_verbs.search(f"{title} {lead}"):
        return None
    accused = max(people, key=lambda name: text.count(name.rsplit(" ", 1)[-1]))
    return f"{accused} {words.case_head}"


def _modifier(word: str, leading: bool, words: MatterWords) -> bool:
    """Whether ``word`` modifies a head after it: a lower-case noun or adjective (the
    headline's first word may be capitalised), not a verb or a function word."""
    low = word.lower()
    return ((word.islower() or leading) and low not in words.not_modifiers
            and low not in words.not_names and word.replace("-", "").isalpha()
            # a verb ("plans", "planned", "seeking"), unless a compound ("anti-littering")
            and ("-" in low or not (low.endswith(("ly", "ed", "ing"))
                                    or (low.endswith("s") and not leading))))


def session_matter(words: MatterWords, published: date | None) -> str | None:
    """The matter of a markets report: the day's trading session (dated when the page
    is); None for a language without the words."""
    if words.session is None:
        return None
    return f"{words.session}, {published.isoformat()}" if published else words.session


def product_in(sentences: list[str], page: str, words: MatterWords,
               parties: frozenset[str]) -> tuple[int, int, int] | None:
    """On a page about a gathering (``page`` ends with a gathering head), the product a
    figure's sentence names, else the one before (``sentences``: the figure's first, then
    the one before, up to the figure): (which sentence, start, end); None when the page is
    about no gathering or no product is named."""
    if page.rsplit(" ", 1)[-1].lower() not in words.gathering_heads:
        return None
    for n, sentence in enumerate(sentences):
        found = None
        for start, end in capitalised_names(sentence, words):
            name = sentence[start:end]
            low = name.lower()
            if ((" " in name or _DIGIT.search(name)) and low not in parties
                    and low not in page.lower() and not any(
                        w in words.gathering_heads for w in low.split())):
                found = (n, start, end)  # the last: the nearest before the figure
        if found:
            return found
    return None


def incident_in(sentence: str, told: frozenset[str], words: MatterWords, lang: str
                ) -> str | None:
    """The incident ``sentence`` tells of, as it names it ("two deadly crashes"), when
    the page's title tells of none of its type (``told``: the types it tells of, see
    :func:`told_types`); None when it tells of none."""
    if not words.incident_types:
        return None
    types = event_types(lang)
    low = sentence.lower()
    for m in _incidents(lang).finditer(low):
        kind = types.type_of.get(m.group(1))
        if (kind not in words.incident_types or kind in told
                or types.not_after.search(low, 0, m.start())
                # "a hurricane headwind", "flood risk": a hazard, no incident
                or types.hazard_after.match(low, m.end())):
            continue
        tokens = title_tokens(sentence[:m.start()])
        first = len(tokens)
        while first > max(0, len(tokens) - 3) and _before_incident(tokens[first - 1].word,
                                                                   words):
            first -= 1
        start = tokens[first].start if first < len(tokens) else m.start()
        return " ".join(sentence[start:m.end()].split())
    return None


#: number words that count incidents ("two crashes")
_COUNTS = frozenset({"two", "three", "four", "five", "six", "several", "both", "multiple"})


def _before_incident(word: str, words: MatterWords) -> bool:
    """Whether ``word`` is part of an incident's phrase before its word: a number, or a
    lower-case adjective or noun ("two deadly", "gas"), no function word or verb."""
    low = word.lower()
    return word.isdigit() or low in _COUNTS or (
        word.islower() and word.replace("-", "").isalpha() and low not in words.not_modifiers
        and low not in words.not_names and not low.endswith(("ed", "ing")))


def told_types(title: str, lang: str) -> frozenset[str]:
    """The event types a title tells of (read once per page, see :func:`incident_in`)."""
    types = event_types(lang)
    return frozenset(types.type_of[m.group(0)] for m in types.trigger.finditer(title.lower()))


@cache
def _incidents(lang: str) -> re.Pattern[str]:
    """The words of ``lang``'s event types, and their plurals in -s and -es (group 1:
    the word as the types list it)."""
    words = longest_first(event_types(lang).type_of)
    return fast_pattern(rf"\b({words})(?:e?s)?\b(?!-)")


def own_results(text: str, holder_end: int, content: tuple[int, int], lang: str) -> bool:
    """Whether a party that "reports" (its name ends at ``holder_end``, what it says spans
    ``content``) tells its own results, not a finding about the page's matter: a company
    verb of the language ("reported", "posted", "forecast") between them and a company
    measure ("a loss", "revenue") among the first words it says. "Brantwood Milling
    reported a loss of $30 million": the loss is Brantwood's, whatever the page is about."""
    cues = speech_cues(lang)
    verbs = set(_WORD.findall(text[holder_end:content[0]].lower()))
    said = _WORD.findall(text[content[0]:min(content[1], content[0] + 60)].lower())[:5]
    return bool(verbs & cues.company_verbs) and not cues.company_measures.isdisjoint(said)


def opens_continuing(text: str, words: MatterWords) -> bool:
    """Whether ``text`` opens with a pronoun that goes on about what the sentence before
    named (the language's ``continuing_pronouns``: "It", "Its")."""
    first = _WORD.search(text)
    return first is not None and first.group().lower() in words.continuing
