"""The measure of a share of a group: "12% of Americans say they skip breakfast" measures
the Americans who say they skip breakfast, not the Americans.

Why: the rules of :mod:`.counted` read the noun after "of" as what a share measures,
which is right for "25% of the city's emissions" but names only the base when what the
share of the group does or is follows in a clause ("of Americans say ...", "of the
participants were white", "of renters have fallen behind"): two polls of Americans on two
questions then read as one measure, and the thing a reader looks for is missing. The
clause is kept with the group, with "who" for a group of people ("that" else), read to a
mark of punctuation and at most a few words. The same holds for the group named before a
value ("the share of adults in Ohio who tried vaping stood at 14 percent"), and a
share written as a fraction in words ("a third of young people reported vaping") is read
as a share in percent when such a clause follows it, since then it says how many of them
do it (``figure_measure_bases``: shares).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .counted import irregular_past
from .figure_words import FigureWords
from .literals import caseless_places
from .measure_phrases import bare_word, before_count, to_phrase_end
from .measure_relatives import gapped_relative
from .measure_share_words import ShareWords, share_words
from .opening import fast_pattern
from .records import Figure, Span
from .scan import matches_from, phrase_starts

_TOKEN = fast_pattern(r"\S+")
_PARTITIVE = fast_pattern(r"(?:\bof\s+(?:the\s+|all\s+)?|\b(?:out\s+of|in)\s+[\w,.]+\s+)$", re.I)
_SENTENCE_END = fast_pattern(r"[.!?]\s|\n")
#: " of the 20 ", " of its ": between a part and the group it is part of.
_PART_OF = fast_pattern(r"\s+of\s+(?:the|those|these|its|their|his|her|our|all)\s+(?:[\d,.]+\s+)?",
                      re.I)
#: " in Kerala", " from the U.S.", " to the U.S." (where a group is, comes from, goes to)
_PLACE = fast_pattern(r" (?:in|from|to) (?:the )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*")
_TRAILING = frozenset(("to", "the", "a", "an", "of", "and", "that", "in", "on", "for", "with",
                       "by", "their", "his", "her", "its", "at", "from", "about"))


def shared_measures(text: str, figures: list[Figure], words: FigureWords,
                    folded: str | None = None) -> list[Figure]:
    """``figures`` with each share of a group measuring what the group does or is, and
    the shares written as fractions in words among them (``folded``: the text in lower
    case with its offsets kept, :func:`.words.same_length_lower`, when the caller has it)."""
    table = share_words(words.lang)
    if table is None:
        return figures
    out = []
    for fig in figures:
        if fig.unit == "%" and fig.measure and fig.change is None and fig.kind == "measure":
            measure = _of_group(text, fig, table, words) or _group_before(text, fig, table)
            if measure:
                fig = replace(fig, measure=measure)
        elif fig.change is not None and fig.measure in table.share_nouns and (
                counted := _number_who(text, fig, table)):
            fig = replace(fig, measure=counted)  # "the number who reported ... rose 23%"
        elif fig.unit == "%" and not fig.measure and fig.change is None and (
                bare := _bare_share(text, fig, table)):
            fig = replace(fig, measure=bare)  # "Of the voters, 12% were under 30"
        elif fig.unit is None and fig.measure and fig.kind == "count" and (
                part := _part_of_group(text, fig, table, words)
                or _restricted(text, fig, table, words)
                or gapped_relative(text, fig, words)):
            fig = replace(fig, measure=part)  # "six of the 20 nurses were on leave"
        out.append(fig)
    if "of" in text and _may_hold_fraction(text, table, low := _lower(text, folded)):
        out = _with_fractions(text, out, table, words, low)
    return out


def _lower(text: str, folded: str | None) -> str:
    """``text.lower()``, or ``folded`` where it reads the same: the fractions' rules below
    read a text with "İ" (the one character ``str.lower`` makes two: tests/test_figure_shortcuts.py)
    whatever its lower case holds, and on any other text ``folded`` is ``text.lower()``
    (lowering a whole article again cost a fiftieth of the figure rules)."""
    return folded if folded is not None and len(folded) == len(text) else text.lower()


def _may_hold_fraction(text: str, table: ShareWords, low: str | None = None) -> bool:
    """Whether ``text`` may hold a fraction in words: each ends in one of a few words
    ("half", "thirds"), so a text without them skips the scan of the case-blind pattern (3%
    of extraction time). That pattern also folds the dotted and dotless i of Turkish onto
    "i", which ``str.lower`` does not: a text with either is scanned."""
    low = text.lower() if low is None else low
    return any(w in low for w in table.fraction_words) or "ı" in text or "İ" in text


def _of_group(text: str, fig: Figure, table: ShareWords, words: FigureWords) -> str | None:
    """"12% of Americans say they ...": the group and the clause after the evidence."""
    measure, said = fig.measure or "", fig.evidence.text
    if not said.endswith(measure) or not _PARTITIVE.search(said[:-len(measure)]):
        return None
    place = _PLACE.match(text, fig.evidence.end)  # "of the farms in Kerala have ..."
    end = place.end() if place else fig.evidence.end
    clause = _clause(text, end, _head(measure, words), table)
    return f"{measure}{text[fig.evidence.end:end]} {clause}" if clause else None


def _bare_share(text: str, fig: Figure, table: ShareWords) -> str | None:
    """"Of the 900 voters polled, 12% were under 30": a share that names nothing measures
    the clause after it, said of the last group of people its sentence or the one before
    names ("voters who were under 30"), or of a share ("share that were under 30")."""
    start = fig.evidence.start
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)]
    lo = ends[-2] if len(ends) > 1 else max(0, start - 300)  # this sentence and the last
    groups = [w for w in re.findall(r"[A-Za-z]+", text[lo:start]) if w.lower() in table.people]
    group = groups[-1] if groups else table.share
    after = text[fig.evidence.end:fig.evidence.end + 40].split()
    if not after or after[0].lower() in table.relatives or after[0].lower() in table.ends:
        return None  # "97% which is normal", "25% compared with ...": said of the value
    clause = _clause(text, fig.evidence.end, group, table)
    return f"{group} {clause}" if clause else None


def _part_of_group(text: str, fig: Figure, table: ShareWords, words: FigureWords
                   ) -> str | None:
    """"six of the 20 nurses were on leave": a count of part of a group, written as a bare
    number before the group, measures what the group's clause says of it, as a share does
    ("nurses who were on leave")."""
    measure, end = fig.measure or "", fig.evidence.end
    at = text.find(measure, end, end + 60 + len(measure))
    if at < 0 or not _PART_OF.fullmatch(text, end, at) or fig.evidence.text.endswith(measure):
        return None
    clause = _clause(text, at + len(measure), _head(measure, words), table)
    return f"{measure} {clause}" if clause else None


def _restricted(text: str, fig: Figure, table: ShareWords, words: FigureWords
                ) -> str | None:
    """"46 people who visited the site", "the 12 firms that bid for the contract": a
    count whose noun a relative clause restricts measures the things the clause names, not
    all of them ("people who visited the site"). "who" and "that" only before a word that
    opens no clause of its own ("told 300 workers that the plant would close" is none);
    "where" before any ("regions where the fever spreads")."""
    measure, end = fig.measure or "", fig.evidence.end
    if not fig.evidence.text.endswith(measure) or text[end:end + 1] != " ":
        return None
    after = text[end + 1:end + 40].split(maxsplit=2)
    # "one of only three coaches to have won the cup": a perfect or passive infinitive
    infinitive = len(after) > 1 and after[0] in table.infinitives and (
        after[1] in table.auxiliaries)
    # "who he met", "whom the police questioned": an object relative, with its own subject
    own = len(after) > 1 and after[0] in table.object_relatives and (
        after[1] in table.not_subjects)
    if not infinitive and (len(after) < 2 or after[0] not in table.restrictive or (
            not own and after[0] not in table.any_after and (
                not (after[1].isalpha() and after[1].islower())
                or after[1] in table.not_subjects))):
        return None
    clause = _clause(text, end, _head(measure, words), table,
                     table.infinitives if infinitive else frozenset())
    if clause:  # "who won the cup with three clubs": another count ends the clause
        clause = before_count(clause, words)
    kept = _relative_only(clause, table, irregular_past(words.lang), own) if clause else None
    return f"{measure} {kept}" if kept else None


def _relative_only(clause: str, table: ShareWords, past: frozenset[str], own: bool = False
                   ) -> str | None:
    """"who attended the rally were detained" -> "who attended the rally": the relative
    clause ends where the sentence's own predicate begins, at an auxiliary or a past verb
    ("got", in -ed) past its first word ("who were hurt", "who have been told" keep theirs),
    or past the first verb after its ``own`` subject ("who she had shared a table with", whose
    last word, a preposition, stays). None when what is left ends on an auxiliary, an
    adverb, a verb in -ing or a lone verb in -ed ("reports that depicted", cut at a
    quotation: the clause is unread, and half of it would misname the things); "who
    attended the meeting", "who joined the rally" end on nouns."""
    kept = clause.split()
    def verb(i: int) -> bool:
        word, last = kept[i].lower(), kept[i - 1].lower()
        return last not in table.auxiliaries and (word in table.modals or word in table.auxiliaries
                                                  or word in past or (_opens_clause(word, table)
                                                                      and word.endswith("ed")))
    first = next((i + 1 for i in range(2, len(kept)) if verb(i)), len(kept)) if own else (
        _past_subject(kept, table) if kept[0].lower() in table.any_after else 2)
    kept = kept[:next((i for i in range(first, len(kept)) if verb(i)), len(kept))]
    while len(kept) > 2 and kept[-1].lower() in _TRAILING and (
            not own or kept[-1].lower() in table.not_subjects):
        kept.pop()
    last, before = kept[-1].lower(), kept[-2].lower() if len(kept) > 1 else ""
    if len(kept) < 2 or last in table.auxiliaries or last in table.adverbs or (
            last.endswith("ing") and before not in table.not_subjects) or (
            len(kept) == 2 and _opens_clause(last, table) and last.endswith("ed")):
        return None  # "who were rapidly approaching", "that depicted" (not "the meeting")
    return " ".join(kept)


def _past_subject(kept: list[str], table: ShareWords) -> int:
    """Where the predicate of a clause of place may begin: past its subject ("where the
    plague", its head and one word before it) and its own verb with the auxiliaries before
    it ("where farmers had blocked the roads", "where protesters were killed")."""
    j = 2 if len(kept) > 2 and kept[1].lower() in table.not_subjects else 1
    j += 1
    while j < len(kept) and (kept[j].lower() in table.auxiliaries
                             or kept[j].lower() in table.adverbs):
        j += 1
    return j + 1


def _number_who(text: str, fig: Figure, table: ShareWords) -> str | None:
    """"the number who reported trying it rose by 23 percent": a change of a number
    (or share) whose clause says whom it counts measures them, not a bare "number"."""
    start = fig.evidence.start
    m = table.number_who.search(text, _sentence_start(text, start), start)
    if not m:
        return None
    kept = m.group("clause").split()
    while kept and kept[-1].lower() in table.auxiliaries:
        kept.pop()  # "the number who ... has risen": the verb's own auxiliary
    if not kept or len(kept) > table.most + 2:
        return None
    return f"{m.group('noun').lower()} {m.group('rel').lower()} {' '.join(kept)}"


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding ``start`` begins, looking back 200 characters at most."""
    return max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 200), start)),
               default=max(0, start - 200))


def _group_before(text: str, fig: Figure, table: ShareWords) -> str | None:
    """"the share of adults in the county who have tried vaping was 14 percent": the group
    named before the value, with its relative clause, when the measure read is the group
    or the word for a share."""
    start = fig.evidence.start
    m = table.group_before.search(text, _sentence_start(text, start), start)
    if not m:
        return None
    group = m.group("group")
    if (fig.measure or "").lower() not in (group.lower(), m.group("noun").lower()):
        return None
    kept = m.group("clause").split()[:table.most]
    return f"{group} {m.group('rel')} {' '.join(kept)}"


def _head(measure: str, words: FigureWords) -> str:
    """The group's head noun: "teenagers in Ohio" -> "teenagers"."""
    bare = words.place_tail.sub("", measure).split()
    return bare[-1] if bare else measure


def _clause(text: str, end: int, head: str, table: ShareWords,
            opens: frozenset[str] = frozenset()) -> str | None:
    """The clause right after ``end`` that says what the group does or is, opened by a
    relative, a modal, a verb of the table, a word in -ed or one of ``opens``, up to a
    mark of punctuation or a word that opens another clause; None when no such clause
    follows."""
    if text[end:end + 1] != " ":
        return None
    tokens = [m.group(0) for m in _TOKEN.finditer(text, end, min(len(text), end + 160))]
    if not tokens or "\n" in text[end:end + len(tokens[0]) + 2]:
        return None
    first = tokens[0].lower()
    if first in table.relatives or first in table.any_after or first in opens:
        opener: list[str] = []
    elif _opens_clause(first, table):
        people = head.lower() in table.people or (head[:1].isupper() and head.endswith("s"))
        opener = [table.who if people else table.that]
    else:
        return None
    kept: list[str] = []
    for i, tok in enumerate(tokens):
        bare = bare_word(tok)
        if not bare or bare[:1] in "“\"(" or (kept and bare.lower() in table.ends):
            break
        kept.append(bare)
        if bare != tok or len(kept) >= table.most:  # cut at the cap: to its phrase's end
            kept += [] if bare != tok else to_phrase_end(tokens[i + 1:], table.ends, _TRAILING)
            break
    # a word right before a mark ends the clause ("the firm she worked with."), one cut
    # short by the cap or by another clause dangles
    marked = bool(kept) and tokens[len(kept) - 1] != kept[-1]
    while kept and not marked and kept[-1].lower() in _TRAILING:
        kept.pop()
    return " ".join(opener + kept) if kept else None


def _opens_clause(word: str, table: ShareWords) -> bool:
    bare = bare_word(word)
    return bare == word and (word in table.verbs or word in table.modals or (
        len(word) > 4 and word.endswith("ed") and word.isalpha() and word not in table.not_verbs))


def _with_fractions(text: str, figures: list[Figure], table: ShareWords,
                    words: FigureWords, folded: str) -> list[Figure]:
    """The figures and, in order, the shares written as a fraction in words before a
    group and its clause ("a third of young people reported vaping"), where no figure is."""
    found = []
    for m in _fraction_matches(text, table, folded):
        if any(f.evidence.start < m.end() + 40 and m.start() < f.evidence.end for f in figures):
            continue
        word = re.search(r"(\w+)\W*$", text[max(0, m.start() - 20):m.start()])
        if word and word.group(1).lower() in table.not_after:
            continue  # "the second half of the season": a part of a time
        group = _group_after(text, m.end(), table, words)
        if group is None:
            continue
        name, end = group
        clause = _clause(text, end, _head(name, words), table)
        if clause is None:
            continue
        start, qualifier = _hedged(text, m.start(), words)
        share = table.fractions[re.sub(r"\s+", " ", m.group("frac").lower())]
        found.append(Figure(evidence=Span(start, end, text[start:end]),
                            measure=f"{name} {clause}", low=share, high=share, unit="%",
                            qualifier=qualifier, kind="measure"))
    if not found:
        return figures
    return sorted([*figures, *found], key=lambda f: f.evidence.start)


def _fraction_matches(text: str, table: ShareWords, folded: str) -> list[re.Match[str]]:
    """``table.fraction.finditer(text)``, tried only where a fraction is written: each
    match opens with one, and the case-blind pattern, tried at every letter its opening
    class allows, cost more than the substring searches for the fractions (``folded``:
    ``text.lower()``)."""
    if not caseless_places(text, folded):
        return list(table.fraction.finditer(text))
    return matches_from(table.fraction, text, phrase_starts(folded, tuple(table.fractions)))


def _group_after(text: str, pos: int, table: ShareWords, words: FigureWords
                 ) -> tuple[str, int] | None:
    """The group after a fraction's "of": one to three words, the last a plural noun or a
    capitalised plural, none a small word, a number or a word of time."""
    kept: list[str] = []
    end = pos
    for m in _TOKEN.finditer(text, pos, min(len(text), pos + 60)):
        tok = m.group(0)
        bare = bare_word(tok)
        if bare != tok or not bare.replace("-", "").replace("’", "").replace("'", "").isalpha():
            break
        low = bare.lower()
        if low in words.stop_words or low in table.not_bases or low in table.modals:
            break
        if kept and _opens_clause(low, table) and low not in table.people:
            break
        kept.append(bare)
        end = m.end()
        if len(kept) >= 3:
            break
    last = kept[-1].lower() if kept else ""
    if last not in table.people and (not last.endswith("s") or last.endswith("ss")):
        return None
    return " ".join(kept), end


def _hedged(text: str, start: int, words: FigureWords) -> tuple[int, str | None]:
    """Where a share starts and its hedge: "nearly half of" starts at "nearly"."""
    before = text[max(0, start - 30):start]
    for hedge in sorted(words.hedges.bounds, key=len, reverse=True):
        if re.search(rf"(?<![\w-]){re.escape(hedge)}\s+$", before, re.I):
            at = before.lower().rfind(hedge)
            return start - (len(before) - at), hedge
    return start, None
