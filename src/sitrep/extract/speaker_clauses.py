"""What stands between a speaker's name and its verb of saying, and before the name.

Why a module: news puts words about the speaker around its name ("Ada Lind, owner of Lind
Bakery, said", "the Port Authority, which runs the harbour, said", "..., Lithuania's Port
Authority said"), and each shape decides who speaks and where what was said ends. A name
inside such words is not the speaker, and a possessor before the name is part of the
speaker's noun phrase, not of what was said.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..knowledge.gazetteer import Gazetteer
from .records import Mention, Span
from .roles_ahead import REACH, named_within
from .speech_cues import SpeechCues
from .words import Sentence, Words

if TYPE_CHECKING:
    from .speakers import Speakers

#: the marks that set off an appositive: a comma, a dash
_APPOSITIVE_MARKS = (",", "–", "—")
#: How far back from a speaker's name a possessor may start ("the United Kingdom's")
POSSESSOR_REACH = 60


def appositive(between: str) -> bool:
    """Whether ``between`` (the text from a name to its verb) is an appositive that opens
    with a lower-case word: ", owner of Lind Bakery,", ", a grocer in Tartu,". Its names
    are the speaker's employer or town, not the speaker; one opening with a capital may be
    another person (", Ada Lind, the owner,"), and one with a comma inside may hold a
    second speaker (", who wrote to X, and Y, the mayor,")."""
    between = between.strip()
    return (8 <= len(between) < 140 and between.startswith(",") and between.endswith(",")
            and "," not in between[1:-1]
            and between[1:].lstrip()[:1].islower() and not any(q in between for q in "\"“”"))


def relative_head(text: str, before: list[Mention], verb_start: int, cues: SpeechCues
                  ) -> Mention | None:
    """"the Port Authority, which runs the harbour, said", "the Port Authority which
    oversees the police said": the name a relative clause follows speaks, not a name
    inside the clause (nor the word before the verb, "the police"). Of the names before
    the verb (``before``, in text order), the first whose words up to the verb are one
    relative clause, else None."""
    return next((m for m in before if m.kind in ("person", "org")
                 and cues.relative_clause.match(text, m.span.end, verb_start)), None)


def in_relative_clause(text: str, m: Mention, people: list[Mention], cues: SpeechCues
                       ) -> bool:
    """Whether person ``m`` is named inside a relative clause that follows another person
    of ``people`` (in text order): "Dale Orrin, who represents Tom Hollins, said": Hollins
    is what the clause tells of Orrin, and the "he" of the next sentence is Orrin."""
    if len(people) < 2 and (not people or people[0] is m):
        return False  # the common case: no other person (answered without a generator)
    return any(p.span.end <= m.span.start and cues.relative_clause.match(
        text, p.span.end, m.span.start) and text[p.span.end:m.span.start].lstrip()[:1] == ","
        for p in people if p is not m)


def staff_of(text: str, words: Words, sent: Sentence, verb: int, before: list[Mention],
             cues: SpeechCues) -> Mention | None:
    """"Senator Dana Pell's advisers suggested", "the president's aides said": a group of
    someone's staff (a plural noun of ``staff_nouns`` after a possessive) right before the
    verb of saying at token ``verb`` (past its auxiliaries) speaks as itself, named as the
    text writes it, as "Dana Pell's spokesman said" is; the owner (``before``: the names
    before the verb) is the one they serve, not the one who speaks. Else None."""
    lower = words.lower
    k = verb - 1
    while k > sent.start and lower[k] in cues.auxiliaries:
        k -= 1
    if k - 2 < sent.start or lower[k] not in cues.staff_nouns or (
            lower[k - 1] not in cues.possessive_suffixes):
        return None
    owner_end = words.end_char(k - 2)
    named = next((m for m in before if m.span.end == owner_end), None)
    if named is not None:
        start = named.span.start
    elif words.text[k - 2][:1].islower() and words.alpha[k - 2]:  # "the president's"
        first = k - 3 if k - 3 >= sent.start and lower[k - 3] in cues.referring else k - 2
        start = words.idx[first]
    else:
        return None
    end = words.end_char(k)
    name = text[start:end]
    if named is None:  # "The president's aides said": "the" opens no name
        name = name[:1].lower() + name[1:]
    return Mention("org", Span(start, end, text[start:end]), name, "")


def described_name(text: str, before: list[Mention], verb_start: int, cues: SpeechCues
                   ) -> Mention | None:
    """"The Nordic Seismic Office, a Danish government agency, estimated", "The Nordic
    Seismic Office – a Danish government agency – estimated": a body's name, then an
    appositive between commas or dashes that opens with an article and ends on a body's
    noun, then the verb: the name speaks; a body named inside the appositive tells what it
    is (one that ends on a title, ", the Harbour Board chair,", tells of a person). Of the
    names before the verb (``before``, in text order), the first such body, else None."""
    for m in before:
        if m.kind != "org":
            continue
        between = text[m.span.end:verb_start].strip()
        mark = between[:1]
        inner = between[1:-1].strip()
        if (mark in _APPOSITIVE_MARKS and between[-1:] == mark and 0 < len(inner) < 100
                and inner.split()[0].lower() in cues.apposition_articles
                and inner.split()[-1].lower() in cues.org_nouns
                and not any(c in inner for c in _APPOSITIVE_MARKS)):
            return m
    return None


def member_of(text: str, before: list[Mention], verb_start: int, cues: SpeechCues
              ) -> Mention | None:
    """"Ada Lind of the Port Authority said": the person speaks, not the body whose head
    word right before the verb would otherwise be read as the one referred to."""
    if len(before) < 2 or before[-1].kind != "org" or before[-2].kind != "person" or (
            text[before[-1].span.end:verb_start].strip()):
        return None
    person = before[-2]
    return person if cues.affiliation.match(text, person.span.end, before[-1].span.start) \
        else None


def date_after_audience(verb: str, tail: str, cues: SpeechCues) -> bool:
    """"..., Ada Lind told a news conference on Wednesday.": after "told" and the one told
    (at most three words), only a day or a place: what was said came before the name."""
    if not verb.startswith(cues.addressee_verb_prefixes):
        return False
    spaces = [m.start() for m in re.finditer(r"\s+\S", tail)][1:4]
    return any(cues.date_lead.match(tail, at) for at in spaces)


def without_possessor(prefix: str, cues: SpeechCues) -> str:
    """The words before a speaker's name without the possessor that ends them: "...,
    Lithuania's" (before "Port Authority said") is "...,", so that what was said ends at
    the comma, as it does before "the Port Authority said"."""
    possessor = cues.possessor_end.search(prefix, max(0, len(prefix) - POSSESSOR_REACH))
    return prefix[:possessor.start()].rstrip() if possessor else prefix


def unaddressed(text: str, before: list[Mention], cues: SpeechCues) -> list[Mention]:
    """``before`` (names in text order) without the names addressed: one right after a
    link of ``addressee_links`` ("in a letter to Ada Lind, the union said", "speaking to
    Ada Lind, the mayor said"; not "according to Ada Lind"), and one joined to such a name
    by "and" or "or" ("to Ada Lind and Ivo Rae"). Why: the one written or spoken to never speaks
    in that sentence, and the name nearest the verb of saying is often that one."""
    kept: list[Mention] = []
    last: Mention | None = None  # the last name dropped
    for m in before:
        lead = text[max(0, m.span.start - 40):m.span.start].lower().split()
        if lead and lead[-1] == cues.the:
            lead = lead[:-1]
        joined = last is not None and text[last.span.end:m.span.start].strip(
        ) in cues.addressee_joiners
        if joined or (lead and lead[-1] in cues.addressee_links and not (
                len(lead) > 1 and lead[-2] in cues.addressee_exceptions)):
            last = m
            continue
        kept.append(m)
    return kept


def bare_speaker(text: str, words: Words, sent: Sentence, verb: int, cues: SpeechCues,
                 gaz: Gazetteer) -> Mention | None:
    """"Okafor has said the plant will ...": a capitalised word alone right before the verb
    of saying (past its auxiliaries) that no rule knows is a person named by the surname
    an earlier line gave in full; else None. Not a small word, a place, a people, a role or
    a body's noun, nor a word the text also writes in lower case (a common word: a firm
    or a brand named by it, not a surname); at the sentence's start not a plural
    ("Officials said": a group)."""
    k = verb - 1
    while k > sent.start and words.lower[k] in cues.auxiliaries:
        k -= 1
    token, low = words.text[k], words.lower[k]
    if not (token[:1].isupper() and token.isalpha() and len(token) > 2) or words.stop[k] or (
            k > sent.start and words.text[k - 1][:1].isupper()) or (
            low in cues.org_nouns or low in cues.person_roles or low in cues.pronouns) or (
            low in cues.day_names or token in cues.day_names or token.isupper()) or (
            k == sent.start and low.endswith("s")):
        return None
    if gaz.place(token) is not None or gaz.demonym(token) is not None or (
            gaz.demonym(token.removesuffix("s")) is not None):
        return None  # "64 percent of Americans say": a people
    if re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) is not None:
        return None  # "Kestrel said ... the kestrel": a common word, no one's surname
    start = words.idx[k]
    return Mention("person", Span(start, start + len(token), token), token, f"person:{low}")


def described_body(sp: Speakers, k: int) -> Mention | None:
    """"the electoral commission said", "the port operator said": a body's noun (token
    ``k``) after "the" and one or two lower-case words is the body named before whose name
    holds every one of those words ("the port authority": the Port of Gdansk Authority,
    wherever it was named outside quotes), else such a body named right after it (a wire
    lead names the body in its next paragraph), else the body last named when its name
    holds the noun, else the body in the text's own words; None without such words. Why: a
    body named by what it does is as much a source as "the commission said", and with no
    name before it the phrase is all a reader is told."""
    words, cues, last_org = sp.words, sp.cues, sp.last_org
    j = k - 1
    while j >= k - 2 and j > 0 and words.text[j].isalpha() and words.text[j].islower() and (
            not words.stop[j]):
        j -= 1
    if j == k - 1 or words.lower[j] != cues.the:
        return None
    start, end = words.idx[j + 1], words.end_char(k)
    said = words.lower[j + 1:k + 1]
    holds = [m for m in named_within(sp, 0, end + REACH)
             if m.kind == "org" and all(x in m.name.lower().split() for x in said)]
    holder = next((m for m in reversed(holds) if m.span.end <= start), None) or next(
        (m for m in holds if end <= m.span.start < end + REACH), None)
    if holder is not None:  # standing where the phrase stands: what was said is read around it
        return replace(holder, span=Span(words.idx[j], end, sp.text[words.idx[j]:end]))
    if last_org is not None and words.lower[k] in last_org.name.lower():
        return last_org
    name = sp.text[start:end]
    return Mention("org", Span(start, end, name), name, f"org:{name.lower()}")


def of_kind(body: Mention | None, noun: str, cues: SpeechCues) -> Mention | None:
    """``body`` (the last named) when "the <noun>" may refer back to it: a noun of a body's
    kind (``kind_heads``: "the commission", "the ministry") only to a body whose name holds
    it, not to a news agency named before; "the company" to any body."""
    if body is None or (noun in cues.kind_heads and noun not in body.name.lower()):
        return None
    return body


def placed(text: str, m: Mention, cues: SpeechCues) -> bool:
    """"Astronomers at the observatory on Mauna Kea said": a person's name after a
    locative preposition is a place read as a name; people are not "on" or "at"."""
    if m.kind != "person":
        return False
    before = text[max(0, m.span.start - 12):m.span.start].lower().split()
    if before and before[-1] == cues.the:
        before = before[:-1]
    return bool(before) and before[-1] in cues.locatives


def before_relative(text: str, words: Words, sent: Sentence, verb: int, cues: SpeechCues
                    ) -> int:
    """The token before the verb, or before a relative clause between commas that opens
    the sentence's subject ("The German automaker, which has ..., says"): the subject
    speaks, not the last word of the clause."""
    if verb - 1 <= sent.start or words.text[verb - 1] != ",":
        return verb - 1
    comma = next((x for x in range(sent.start + 1, min(verb - 1, sent.start + 6))
                  if words.text[x] == ","), None)
    if comma is None or not cues.relative_clause.match(text, words.idx[comma],
                                                       words.idx[verb]):
        return verb - 1
    return comma - 1
