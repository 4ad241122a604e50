"""The matter a figure belongs to when no event instance is what its sentence is about.

Why: sitrep's subject is an event instance ("earthquake, Myanmar"); on a page about a
business, a sport, a court or a product there is none, and the subject falls back on the
thing counted ("12 staffers" -> "staffers") or nothing. A reader wants the matter the
figure belongs to: the cup final, the trade deal, the court case, the company's quarter.
It is kept apart from the subject (``Figure.matter``), so the event instances that group
claims and findings stay as they are, and a crisis page's figures are unchanged.

The rule: (1) a named matter in the figure's sentence (the nearest one before the
figure, else the first after it), else in the sentence before; (2) else the page's matter
(its title's, or the party its title names), if the figure's sentence goes on about it
(:mod:`.page_matters`); (3) else None. A named matter is a run of capitalised words ending
with a head such as "Festival", "Cup" or "Report" ("the Baltic Sailing Cup 2024"), or a
run of capitalised words with a common head after it ("the Kestrel Motors recall", "the
EU-Chile trade deal"): a place or a party alone is never one. The words are the
language's (``lang/<code>/matters.json``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from ..lang import language_data
from .matter_kickers import without_kickers
from .matter_names import CONNECTORS as _CONNECTORS
from .matter_names import name_runs, past_opening_word, split_outside_brackets, sponsored
from .opening import fast_pattern
from .subjects import SentenceSubject

_TOKEN = fast_pattern(r"[^\W_][\w’'.&+-]*")
_YEAR = fast_pattern(r"(?:19|20)\d\d")
_ARTICLES = frozenset({"the", "a", "an"})
#: A possessive's ending ("Motors’s", "Kestrel's"), taken off a word (a word opens with a
#: letter or a digit, so none is all possessive).
_POSSESSIVE_ENDS = ("’s", "'s")
_LOWER_WORD = fast_pattern(r"[a-z]+")
_LONG_WORD = fast_pattern(r"[^\W\d_]{4,}")
#: In a headline in title case, at most this many capitalised words before a head are
#: its name ("Firms Join Private Moon Lander Project" -> "Private Moon Lander Project")
TITLE_CASE_NAME = 3


@dataclass(frozen=True, slots=True)
class MatterWords:
    """The words of one language that name matters (see the module docstring)."""

    named_heads: frozenset[str]
    solo_heads: frozenset[str]
    common_heads: frozenset[str]
    not_names: frozenset[str]
    not_modifiers: frozenset[str]
    title_prefixes: re.Pattern[str]
    title_separators: tuple[str, ...]
    title_plain_words: frozenset[str]
    #: the words of every head: a sentence with none of them (most) is not read further
    head_words: frozenset[str]
    #: phrases that refer back to a page's party ("the company", "the jury"): see
    #: :mod:`.page_matters`
    refers_back: re.Pattern[str]
    #: titles of people ("Rep.", "Senator"): a name that starts with one is a person's
    person_titles: frozenset[str] = frozenset()
    #: the heads of gatherings ("show", "expo"): see :mod:`.matter_fallbacks`
    gathering_heads: frozenset[str] = frozenset()
    #: the matter of a markets report ("trading session"), None: no such rule
    session: str | None = None
    #: the heads a lead names its page's matter by ("a case report", "an inquiry")
    lead_heads: frozenset[str] = frozenset()
    #: what a page about a court or police case tells of ("pleaded guilty"), and the
    #: head of such a case's name ("case")
    case_verbs: re.Pattern[str] = re.compile(r"(?!)")
    case_head: str = ""
    #: the event types a page's sentence turns to as another incident (see
    #: :mod:`.matter_fallbacks`)
    incident_types: frozenset[str] = frozenset()
    #: how a page refers back to its party as a firm ("the company"): a name alone is
    #: the matter of such a page (see :mod:`.page_matters`)
    firm_refers_back: re.Pattern[str] = re.compile(r"(?!)")
    #: the heads of matters about what people did (a case, an investigation): the people
    #: a sentence opens with are the matter's own (see :mod:`.page_matters`)
    people_heads: frozenset[str] = frozenset()
    #: how a page about a gathering refers back to a work or product it named ("the
    #: installation", "the car"): see :mod:`.page_matters`
    work_refers_back: re.Pattern[str] = re.compile(r"(?!)")
    #: how a sentence tells of a whole country ("nationwide"): see :mod:`.matter_fallbacks`
    country_scope: re.Pattern[str] = re.compile(r"(?!)")
    #: how a background figure's matter is written: the page's matter, marked (see
    #: :mod:`.page_matters`)
    background: str = "{}"
    #: the words a sentence's subject may follow at its start ("the"): see
    #: :mod:`.page_matters`
    subject_openers: frozenset[str] = frozenset()
    #: the pronouns a sentence opens with to go on about the party the one before
    #: turned to ("It runs 30 weeklies"): see :mod:`.page_matters`
    continuing: frozenset[str] = frozenset()


@cache
def matter_words(lang: str) -> MatterWords:
    """The matter words of ``lang``, read once per process."""
    t = language_data(lang).table("matters")
    prefixes = "|".join(re.escape(p) for p in sorted(t["title_prefixes"], key=len, reverse=True))
    return MatterWords(
        frozenset(t["named_heads"]), frozenset(t["solo_heads"]), frozenset(t["common_heads"]),
        frozenset(t["not_names"]), frozenset(t["not_modifiers"]),
        fast_pattern(rf"^\s*(?:(?:{prefixes})\s*[:|]\s*)+", re.IGNORECASE),
        tuple(t["title_separators"]), frozenset(t.get("title_plain_words", ())),
        frozenset(w for head in t["named_heads"] + t["common_heads"] for w in head.split()),
        _any_of(t.get("refers_back", ())),
        frozenset(w.lower().rstrip(".") for w in language_data(lang).words("person_titles")),
        frozenset(t.get("gathering_heads", ())), t.get("session_matter"),
        frozenset(t.get("lead_heads", ())), _any_of(t.get("case_verbs", ())),
        t.get("case_head", ""), frozenset(t.get("incident_types", ())),
        _any_of(t.get("firm_refers_back", ())), frozenset(t.get("people_heads", ())),
        _any_of(t.get("work_refers_back", ())), _any_of(t.get("country_scope", ())),
        t.get("background_matter", "{}"), frozenset(t.get("subject_openers", ())),
        frozenset(t.get("continuing_pronouns", ())))


def _any_of(phrases: list[str]) -> re.Pattern[str]:
    """A pattern that finds any of ``phrases`` as words, in any case; none: never."""
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return fast_pattern(rf"\b(?:{alternatives})\b" if phrases else r"(?!)", re.IGNORECASE)


class _Token(NamedTuple):
    """A word of a sentence (a named tuple: a sentence with a head word makes dozens)."""

    start: int
    end: int
    word: str  # without a sentence's full stop or a possessive
    low: str
    capitalised: bool
    #: only spaces since the word before: a comma or a bracket ends a name
    joined: bool


_new_token = tuple.__new__


def title_tokens(text: str) -> list[_Token]:
    """The words of ``text``, a headline or a sentence (see :class:`_Token`)."""
    out: list[_Token] = []
    before = -1  # where the word before ended (-1: none yet)
    for m in _TOKEN.finditer(text):
        word, (start, end) = m.group(0), m.span()
        if word.endswith(".") and "." not in word[:-1] and not (
                len(word) <= 3 and word.isupper()):  # "Finals." but "L.A.", "ID."
            word, end = word[:-1], end - 1
        while word[-1] in "’'":  # a closing quote (a word starts with a letter or digit)
            word, end = word[:-1], end - 1
        # a possessive's apostrophe ("Motors’ results") or a slash ("Lyon/Porto") is no
        # break (most words are one space apart: no need to strip that)
        gap = text[before:start] if before >= 0 else None
        joined = gap is not None and (gap == " " or not gap.strip(" ’'/"))
        if word.endswith(_POSSESSIVE_ENDS):  # the closing quotes are gone: only "’s" is left
            word = word[:-2]
        # the tuple made directly: a named tuple's own constructor is a Python call per word
        out.append(_new_token(_Token, (start, end, word, word.lower(), word[0].isupper(),
                                       joined)))
        before = end
    return out


def _head_at(tokens: list[_Token], k: int, heads: frozenset[str]) -> int | None:
    """The last token index of a head starting at ``k`` (one word, or two: "grand prix")."""
    if k + 1 < len(tokens) and f"{tokens[k].low} {tokens[k + 1].low}" in heads:
        return k + 1
    return k if tokens[k].low in heads else None


def _named(tokens: list[_Token], first: int, last: int, words: MatterWords,
           capitalised: bool = False) -> tuple[int, int] | None:
    """A run ending (after trimming) with a named head: "Davis Cup Finals"; in a headline
    in title case (``capitalised``), its last few words before the head."""
    for k in range(last, first - 1, -1):
        end = _head_at(tokens, k, words.named_heads)
        if end is None or end > last:
            continue
        two = end > k
        if capitalised:
            first = max(first, k - TITLE_CASE_NAME)
        if k > first and tokens[k - 1].low in _CONNECTORS:
            # "Porto for the Tour de Algarve", "Roster of Games": a head after "of" starts
            # the name, if it is one
            return _named(tokens, k, last, words, capitalised)
        if last > end and tokens[end + 1].low in _CONNECTORS and not capitalised:
            # "Festival of the Sea", "Tour de France", "National Survey on Farm Wages"
            return first, last
        if k == first and not (two or tokens[k].low in words.solo_heads):
            return None  # "Report" alone names nothing
        if end + 1 < len(tokens) and _YEAR.fullmatch(tokens[end + 1].word):
            end += 1  # "... Festival 2018"
        return first, end
    return None


def _with_common_head(tokens: list[_Token], last: int, words: MatterWords) -> int | None:
    """The index of a common head after a run, past at most two modifiers: "Home Depot
    sales", "the EU-Chile trade deal"; None when none follows."""
    for k in range(last + 1, min(last + 4, len(tokens))):
        tok = tokens[k]
        if not tok.joined:
            return None
        if tok.low in words.common_heads and not tok.capitalised:
            return k
        if not modifies(tok.word, words):
            return None
    return None


def modifies(word: str, words: MatterWords) -> bool:
    """Whether ``word`` may modify a common head after it ("trade" of "trade deal")."""
    return word.islower() and word.replace("-", "").isalpha() and (
        word not in words.not_modifiers and not word.endswith(("s", "ly", "ed", "ing")))


def matters_in(text: str, words: MatterWords, headline: bool = False,
               capitalised: bool = False) -> list[tuple[int, int]]:
    """The (start, end) offsets in ``text`` of every matter it names, in text order; in a
    ``headline`` its first word may be a name, as it may not in a sentence; in one that
    is ``capitalised`` (title case), a name is the few words before its head."""
    if words.head_words.isdisjoint(_LOWER_WORD.findall(text.lower())):
        return []
    tokens = title_tokens(text)
    found = []
    for first, last in without_kickers(tokens, name_runs(tokens, words)):  # "VISIT the ..."
        if first == last == 0 and not headline and not tokens[0].word.isupper():
            continue  # "Retaliatory tariffs": a sentence's first word, not a name
        first = first if headline else past_opening_word(tokens, first, last, words)
        named = _named(tokens, first, last, words, capitalised)
        if named is None:
            head = _with_common_head(tokens, last, words)
            named = (first, head) if head is not None else None
        if named is not None:
            start = named[0]
            # "the 2018 Lisbon Book Fair": the year before the name is the matter's
            if start and _YEAR.fullmatch(tokens[start - 1].word):
                start -= 1
            found.append((tokens[start].start, tokens[named[1]].end))
    return sponsored(text, found)


def title_parts(title: str, words: MatterWords) -> list[str]:
    """A title without its furniture ("BREAKING:", "Opinion |"), cut at its separators."""
    parts = [words.title_prefixes.sub("", " ".join(title.split()))]
    for sep in words.title_separators:
        parts = [p.strip() for part in parts for p in split_outside_brackets(part, sep)]
    return parts


def title_case(text: str) -> bool:
    """Whether a headline capitalises its words ("Google Bets on the Future With Launch of
    ..."): then a run of capitalised words is no name, and its verbs look like names."""
    long_words = _LONG_WORD.findall(text)
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) > 0.8 * len(
        long_words)


def title_matter(title: str | None, words: MatterWords,
                 parties: frozenset[str] = frozenset(),
                 owners: frozenset[str] = frozenset()) -> str | None:
    """The matter a page's title names: the title without its furniture ("BREAKING:",
    "Opinion |") cut at its separators, the longest part read first (the others often name
    the outlet or the section), then the others in order, with the body the headline
    opens with when it is one of ``owners`` ("Halvern Foods Shares Slide After Earnings
    Report": Halvern Foods Earnings Report; a person's name there is a party, not the
    owner of the matter: "Lena Varga Wins Davis Cup Final"); else the name the headline starts
    with (see :func:`_leading_name`); None when there is none."""
    if not title:
        return None
    parts = title_parts(title, words)
    longest = max(parts, key=len)
    capitalised = title_case(longest)
    for part in (longest, *(p for p in parts if p is not longest)):
        found = matters_in(part, words, headline=True, capitalised=capitalised)
        if found:
            matter = _clean(part[found[0][0]:found[0][1]])
            owner = _opening_owner(part[:found[0][0]], owners)
            return f"{owner} {matter}" if owner and owner.lower() not in matter.lower() else matter
    return None if capitalised else _leading_name(longest, words, parties)


def _opening_owner(before: str, owners: frozenset[str]) -> str | None:
    """The longest run of words opening ``before`` (past "The") that names one of
    ``owners`` (lower-cased names of bodies), as the headline writes it."""
    said = before.split()
    if said and said[0].lower() in _ARTICLES:
        said = said[1:]
    for n in range(min(len(said), 5), 0, -1):
        name = " ".join(said[:n])
        if name.lower().removesuffix("'s").removesuffix("’s") in owners:
            return name.removesuffix("'s").removesuffix("’s")
    return None


def _leading_name(headline: str, words: MatterWords, parties: frozenset[str]) -> str | None:
    """The name a headline starts with, up to its verb, when it names a thing (a product, a
    work): "2030 Orvik Tern X2 revealed as ..." -> "2030 Orvik Tern X2". Not a name of one
    word, nor one ending with a lower-case word ("Prison guards"), nor a person, place or
    body the page names (``parties``: lower-cased names and surnames), which are parties,
    not matters."""
    tokens = title_tokens(headline)
    i = 1 if tokens and tokens[0].low in _ARTICLES else 0  # "The ..."
    j = i
    while j < len(tokens) and (j == i or tokens[j].joined) and not (
            tokens[j].low in words.not_modifiers or tokens[j].low in words.not_names
            or (not tokens[j].capitalised and tokens[j].low.endswith(("s", "ed", "ing")))):
        j += 1
    name = tokens[i:j]
    if (len(name) < 2 or not (name[-1].capitalised or name[-1].word[-1].isdigit())
            or (sum(t.capitalised for t in name) < 2 and not any(
                c.isdigit() for t in name for c in t.word))):
        return None
    names = " ".join(t.word for t in name if not _YEAR.fullmatch(t.word)).lower()
    if names in parties or name[-1].low in parties:
        return None
    return _clean(headline[name[0].start:name[-1].end])


def _clean(matter: str) -> str:
    return " ".join(matter.split())


def unlisted(text: str, at: int, own: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``own`` (matters named in a figure's sentence) without those in a bracket opened
    after the figure at ``at``: "two of its green schemes (the Clean Fjords Initiative and
    the Coast Schools Programme)" lists what is counted; the items are no matter of it."""
    return [(s, e) for s, e in own if not (s > at and text.count("(", at, s) > text.count(
        ")", at, s))]


def nearest(own: list[tuple[int, int]], earlier: Callable[[], list[tuple[int, int]]],
            at: int) -> tuple[int, int] | None:
    """Of the matters named in a figure's sentence (``own``) and in the sentence before
    (``earlier``), the one a figure at ``at`` belongs to: the nearest before it in its
    sentence, else the first after it, else the last of the sentence before."""
    # a matter that holds the figure names it ("the 2024 Cup"): not what it is about
    own = [(s, e) for s, e in own if not s <= at < e]
    ahead = [m for m in own if m[1] <= at]
    if ahead:
        return ahead[-1]
    if own:
        return own[0]
    before = earlier()
    return before[-1] if before else None


def is_event_subject(subject: str | None, main: str | None, sentence: SentenceSubject | None
                     ) -> bool:
    """Whether ``subject`` is an event instance: the article's main event, the instance
    its sentence names or continues, or any instance name ("earthquake, Nepal")."""
    if subject is None:
        return False
    if subject == main or ", " in subject:
        return True
    return sentence is not None and (subject == sentence.context or any(
        subject == name for _, name in sentence.instances))


def capitalised_names(text: str, words: MatterWords) -> list[tuple[int, int]]:
    """The (start, end) offsets of the runs of capitalised words of ``text`` ("Kestrel
    Motors", "Festival of Lights"): the names a headline may give its page's party by."""
    tokens = title_tokens(text)
    return [(tokens[i].start, tokens[j].end) for i, j in name_runs(tokens, words)]
