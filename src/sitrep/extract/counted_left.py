"""What a sum or a percentage counts when no noun follows it: the noun on its left ("a loss
of $5 million", "shares rose 4%", "the company lost $2 billion", "the share was 43%") or
after a link on its right ("$20 billion in aid").

Why apart from :mod:`.counted`: a subject before its verb needs the clause around the
number (its sentence start, the market codes wire copy puts after a name, a place after a
link), not the words after it; the rules are the same for ranges and single values.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..lang import longest_first
from .counted import _head_words, has_common_noun
from .counted_context import named_before, names_nothing_after, rate_goods, share_of
from .counted_sets import percent_words, plain_verbs
from .figure_rates import after_qualifier, is_sum, per_rate, priced, rate_after
from .figure_words import FigureWords, figure_words
from .left_nouns import after_link as _after_link
from .left_nouns import bounds, modifier_endings, owner_subject
from .left_nouns import small_words as _small_words
from .measure_bounds import bound_measure
from .measure_deals import amount_noun, deal_price
from .measure_labels import label_before
from .measure_pairs import paired_end
from .measure_phrases import after_saying, before_link, caused, change_of, with_of_phrase
from .measure_trailing import apposed, apposed_change, by_change, count_before
from .opening import fast_pattern

_FOR_AFTER = fast_pattern(r"\s+(for|towards?)\b")
_CODE = fast_pattern(r"[\d=]|^\.")
#: A market code after a name ("crude CLc1", "the dollar index .DXY"): no subject's word.
_MARKET_CODE = fast_pattern(
    r"\s(?:\.[A-Z][\w.=]*|[A-Za-z]+\d[\w.=]*|[A-Z]+=\S*|\([A-Z][A-Z0-9.:=]+\))(?=\s)")
#: The end of the sentence before: a subject is read in the number's own sentence.
_SENTENCE_END = fast_pattern(r".*(?:[.!?]\s(?![a-z])|[;:]\s|\n)", re.S)  # "U.S. real": no end
#: ", up 0.35%", ", down 2.74%": a change whose subject opens the clause.
_APOSTROPHE = fast_pattern(r"[’']")
_CLAUSE_START = fast_pattern(r",?\s+(?:and|while|but|whereas)\s+")
#: A subject is of the number's own clause ("Shares are up 39% while the S&P 500 is up"):
#: a clause starts after a comma's "and" or a "while", not a bare "and" ("Truck and SUV").
_SUBJECT_CLAUSE = fast_pattern(r",\s+(?:and|while|but|whereas)\s+|\s+(?:while|but|whereas|because|"
                             r"although|though|even as|unless)\s+")
_OF = fast_pattern(r"\s+of\s")
_TRAILING_CHANGE = fast_pattern(r",\s+(?:up|down|higher|lower|or)\s+$")  # ", or 0.4%"
_BUT_CHANGE = fast_pattern(r"\s+but\s+(?:still\s+)?(?:up|down)\s+$")  # "... but still down 10%"


@cache
def _determiner(lang: str) -> re.Pattern[str]:
    rules = figure_words(lang).rules
    return fast_pattern(rf"(?:{'|'.join(rules['determiners'] + rules['partitive']['determiners'])})"
                      r"\s+", re.I)


@cache
def _left_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    table = figure_words(lang).rules["left_measure"]
    aux = "|".join(table["auxiliaries"])
    # "S&P 500", "AT&T", "Marks & Spencer": an ampersand joins a name's parts
    noun = r"(?P<noun>[A-Za-z][\w’'.=&-]*(?:\s+(?:[A-Za-z][\w’'.=&-]*|&)){0,4})"
    of = fast_pattern(rf"\b{noun}\s+(?:(?:{'|'.join(table['links'])})\s+|\(|"
                    rf"(?:{'|'.join(table['relatives'])})\s+)$")
    # a subject's words may hold a year ("sales growth in 2019 will be 3.5%")
    subject = r"(?P<noun>[A-Za-z][\w’'.=&-]*(?:\s+(?:[A-Za-z0-9][\w’'.=&-]*|&)){0,11})"
    # "exports sinking to $1.3 billion"; "a gain for shares, climbing 80%": after a comma
    gerunds = longest_first(table["gerunds"])
    # "revenue rose 4.1 percent to $12.6 billion": the change between verb and value
    change = r"(?:\s+(?:by\s+)?\d[\d.,]*\s*(?:%|percent|per cent))?"
    # "efficiency will rise from 20%": a base form is a verb after a modal only
    # "the impact is now $4 billion", "the share is usually 5%"
    adverb = rf"(?:\s+(?:{'|'.join(table['verb_adverbs'])}|[a-z]{{3,}}ly))?"
    base = rf"(?:{'|'.join(table['modals'])})\s+(?:{longest_first(table['base_verbs'])})"
    verb = fast_pattern(rf"\b{subject}(?:\s+(?:(?:{aux})\s+){{0,2}}"
                      rf"(?:{longest_first(table['verbs'])}|{gerunds})|\s+{base}|(?P<comma>,)\s+"
                      rf"(?:{gerunds})){adverb}{change}(?:\s+(?:by|to|from|at))?\s+$")
    # the first verb of a clause: its subject ("Shares closed at $18, up 0.35%")
    first = fast_pattern(rf"\b{subject}\s+(?:(?:{aux})\s+){{0,2}}"
                       rf"(?:{longest_first(table['verbs'])})\b")
    right = fast_pattern(rf"\s+(?:{longest_first(table['right_links'])})\s+(?=[\w“\"‘])")
    # "reduce the national gross domestic product by 0.3 percent"
    # "reduce an astronaut's metabolic rate by 75%": a possessive is a modifier; "increase
    # module efficiency from 20% to 24%": the object changes from the value
    # "cut daily sugar use by an average of 30 grams": a filler after "by"
    fill = rf"(?:(?:{longest_first(table.get('by_fillers', ['(?!)']))})\s+)?"
    by = fast_pattern(rf"\b(?P<verb>{longest_first(table['object_verbs'])})\s+"
                    r"(?:(?:the|its|an?|their|his|her|our)\s+)?"
                    r"(?:[A-Za-z][\w’'-]*\s+){0,2}?(?P<noun>[a-z]+(?:\s+[a-z]+)?|[A-Z]{2,5})"
                    r"(?P<of>\s+of\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?\s+"
                    rf"(?:(?P<by>by)\s+{fill}|from\s+|to\s+)$")
    return of, verb, right, by, first


@cache
def _left_ends(lang: str) -> dict[re.Pattern[str], tuple[frozenset[str], tuple[str, ...]]]:
    r"""For each pattern of :func:`_left_patterns` that ends its window (``\s+$``): the
    words its matches can end with, and the endings a glued last word may have ("4.1%").
    Why: the patterns read a subject of up to twelve words and are tried at every word of
    the window; a window whose last word is none of these holds no match."""
    table = figure_words(lang).rules["left_measure"]
    of, verb, _, by, _ = _left_patterns(lang)

    def lasts(*lists: list[str]) -> frozenset[str]:
        return frozenset(w.split()[-1] for words in lists for w in words)

    return {of: (lasts(table["links"], table["relatives"], ["("]), ()),
            verb: (lasts(table["verbs"], table["gerunds"], table["base_verbs"],
                         table["verb_adverbs"], ["percent", "cent", "by", "to", "from", "at"]),
                   ("%", "percent", "ly")),
            by: (frozenset({"by", "from", "to"}) | lasts(table.get("by_fillers", [])), ())}


def _search_left(pattern: re.Pattern[str], window: str, lang: str, own_clause: bool = False
                 ) -> re.Match[str] | None:
    """``pattern.search(window)`` (``own_clause``: in the window's last clause, where a
    subject and its verb are read), skipped when its last word ends no match of it (see
    :func:`_left_ends`)."""
    if own_clause:
        window = _SUBJECT_CLAUSE.split(window)[-1]
    ends = _left_ends(lang).get(pattern)
    if ends is not None:
        last = window.rsplit(None, 1)[-1:]
        if not last or (last[0] not in ends[0] and not last[0].endswith(ends[1])):
            return None
    return pattern.search(window)


def measure_around(text: str, start: int, end: int, words: FigureWords, sums: bool = True,
                   subject: bool = True, unit: str | None = None) -> tuple[str, int] | None:
    """(measure, end) of a sum or a percentage (or, ``sums`` false, a span of time: only
    "a sentence of 10 years") that no noun follows: the noun on its left
    ("a loss of $5 million", "shares rose 4%", "the company lost $2 billion") or after a
    link on its right ("$20 billion in aid"); None when neither names one. A sum (``unit``
    a currency) reads past a qualifier ("$19,000 pretax"), is a price after a verb of
    pricing ("will start at $40,000") and a rate before "a share", "per month"."""
    if unit == "%" and (share := share_of(text, end, words)):
        return share.measure, share.end  # "25% of the city's emissions": of the emissions
    if not (is_sum(unit) and sums and subject):
        return _measure_around(text, start, end, words, sums, subject)
    end = after_qualifier(text, end, words)
    rate = rate_after(text, end, words)
    end = rate.end if rate else end
    if price := priced(_sentence_before(text, start), words):
        return per_rate(price, rate, words), end  # type: ignore[return-value]
    # "spends $3 million a year on lighting": what is spent, not what comes after the rate
    found = _measure_around(text, start, end if rate is None else rate.start, words, sums,
                            subject)
    if rate is None:
        return found
    if found is None and (goods := rate_goods(text, rate.end, words)):
        return per_rate(goods, rate, words), end  # type: ignore[return-value]
    return per_rate(found[0] if found else None, rate, words), max(  # type: ignore[return-value]
        found[1] if found else end, end)


def _measure_around(text: str, start: int, end: int, words: FigureWords, sums: bool,
                    subject: bool) -> tuple[str, int] | None:
    """:func:`measure_around` of any value: the noun on its left or on its right."""
    of, verb, right, by, _ = _left_patterns(words.lang)
    rules = words.rules
    heads, skip = _small_words(words.lang)  # heads: "the average rate was 5%"
    window = _sentence_before(text, start)
    window, named = named_before(window, words)  # "to the tune of $19 billion", "to yield 2%"
    if named or (named := label_before(text, start, words)):  # "Average claim: $3,200"
        return named, end
    if sums and (raised := _object_sum(text, start, end, window, words)):
        return raised
    if sums and subject and (bound := bound_measure(window, _left_patterns(words.lang)[4],
                                                    skip - heads, words)):
        return bound, end  # "Rents hit a peak of $1,900": rents peak
    # "spent three days": no subject; "the laptop is 45 dBA": its unit says what it measures
    for pattern in (of, verb, by) if sums and subject else (by, of):
        m = _search_left(pattern, window, words.lang, own_clause=pattern is verb)
        if m:
            found = m.group("noun").split()
            kept = _kept(found, m, pattern is verb, pattern is by, words)
            # a count ("ninety ants of two inches"), a verb ("stayed at"); but "a loss of
            # $5 million on revenue of": the scale is before the link, revenue after it
            if pattern is of and (any(words.numbers.parse(w) is not None for w in kept)
                                  or _verb_last(found, words)):
                continue
            if pattern is of and (changed := change_of(found, words, skip - heads) or (
                    apposed_change(window[:m.start()], found, words))):
                return changed, end  # "a reduction in real income of $2 billion"
            nouns = [w for i, w in enumerate(kept) if not _CODE.search(w)
                     and not (w.lower().endswith(("ing", "ed"))  # "anted up $129": a verb
                              and "-" not in w and w.lower() not in rules.get("ed_nouns", ())
                              and pattern is not by  # nouns: "spending by", "a top speed of"
                              and not _opens_noun(kept, i, pattern is verb, pattern is of
                                                  and _after_determiner(found, kept, rules)))
                     and not (_APOSTROPHE.search(w)  # "you’re looking at": a pronoun
                              and _APOSTROPHE.split(w)[0].lower() in words.stop_words)]
            # "crude CLc1 fell": the code is no noun; "was last trading up": no noun
            if pattern is verb and m.group("comma") and set(map(str.lower, nouns)) & set(
                    rules["left_measure"]["periods"]) and not (
                    nouns := _clause_subject(window, words)):
                continue  # "weakened in the past week, hitting 16%": a time, no subject
            if pattern is verb and owner_subject(m.group(0), nouns, words.lang):
                break  # "Halvern Foods reported $4 billion in revenue": the firm is no measure
            if nouns and not nouns[-1].endswith("ly"):
                return by_change(" ".join(nouns) + (m.group("of") or ""), m, words) if (
                    pattern is by) else (
                    " ".join(nouns)), end
    if sums and subject and (changed := _trailing_change(text, end, window, words)):
        return changed, end
    if sums and subject and (asked := amount_noun(window, words)):
        return asked, end  # "a budget request for $22.6 billion"
    return _right_of(text, end, words, right, sums and subject) or (
        deal_price(window, end, words) if sums and subject else None)


def _kept(found: list[str], m: re.Match[str], subject: bool, by: bool, words: FigureWords
          ) -> list[str]:
    """The words of a left pattern's noun (``found``) that name the measure: a subject
    reads up to its first link ("exports to China rose"), the noun before "of" or "by"
    after its last ("the value of the loss of"), but a name after a link is that link's
    object ("a contract with Brantwell worth $4 million": the contract)."""
    rules = words.rules
    heads, skip = _small_words(words.lang)
    if subject and not m.group("comma"):
        return caused(found, words) or with_of_phrase(found, before_link(
            after_saying(found, words), skip - heads, _flows(words.lang),
            frozenset(rules["determiners"])), words)
    kept = _after_link(found, skip - heads if by else skip,  # "the metabolic rate by"
                       frozenset(rules["left_measure"]["links"]) - set(rules["phrase_ends"]),
                       frozenset(rules["left_measure"].get("compound_heads", ())),
                       bounds(words.lang), modifier_endings(words.lang))  # "maximum load of"
    verbs = rules["left_measure"].get("at_verbs", ())
    if not by and (set_at := max((i for i, w in enumerate(found) if w in verbs), default=-1)
                   ) >= 0 and found[set_at + 1:]:
        put = found[set_at + 1:]  # "insurers estimate damage at", "put the cost of X at"
        kept = with_of_phrase(put, before_link(put, skip), words)
    link = max((i for i, w in enumerate(found[:len(found) - len(kept)]) if w.lower() in skip),
               default=0)
    if not by and kept and kept[-1][:1].isupper() and (
            head := _after_link(found[:link], skip)) and head[-1][:1].islower():
        return head
    return kept


def _object_sum(text: str, start: int, end: int, window: str, words: FigureWords
                ) -> tuple[str, int] | None:
    """"would raise $88 billion": a sum that a verb of ``sum_objects`` takes as its object
    is what the verb names (funds raised), but a noun after a link names it better
    ("pledged $20 billion in aid": aid; "in the quarter" is a time)."""
    table = words.rules["left_measure"]
    objects, last = table["sum_objects"], _last_object(window)  # "paid it $4"
    if not last or last.group(1) not in objects or _share(text[start:end], words) or (
            last.group(0).split()[-1] in words.rules["family_links"]
            and last.group(0).split()[-1] != last.group(1).split()[-1]):
        return None  # "raised its dividend to $1.25": the dividend, not funds raised
    named = _right_of(text, end, words, _left_patterns(words.lang)[2])
    if named and set(named[0].lower().split()) & set(table["periods"]):
        named = None  # "raised $4 million in the quarter": a time
    # "offered $4 million for the mill": an offer for it ("paid ... for the mill": its price)
    noun = objects[last.group(1)]
    if named and (link := _FOR_AFTER.match(text, end)) and noun not in table.get("paid_for", ()):
        return f"{noun} {link.group(1)} {named[0]}", named[1]
    if named and (on := table.get("sum_links", {}).get(noun)) and (
            text[end:end + len(on) + 2].split()[:1] == [on]):
        return f"{noun} {on} {named[0]}", named[1]  # "spent $2 million on road repairs"
    return named or (noun, end)


def _trailing_change(text: str, end: int, window: str, words: FigureWords) -> str | None:
    """What a change after a comma or a "but" is of (see :mod:`.measure_trailing`): the
    subject of the clause's first verb ("Shares closed at $18.25, up 0.35%"), else the
    count before it ("sold 208,560 new vehicles, down 5%"), else the phrase set beside
    the count ("..., the busiest trading month of the season but still down 8%")."""
    heads, skip = _small_words(words.lang)
    but = _BUT_CHANGE.search(window)
    if but and (counted := count_before(window[:but.start()], words) or apposed(
            window[:but.start()], skip - heads)):
        return counted
    clause = _CLAUSE_START.split(window)[-1]  # "crude fell 3% and Brent was at $60, down 2%"
    # "killed 30 people, or 10% of the village": a share of what follows, read after
    if not _TRAILING_CHANGE.search(clause) or _OF.match(text, end):
        return None
    if m := _left_patterns(words.lang)[4].search(clause):
        nouns = [w for w in before_link(m.group("noun").split(), skip - heads)
                 if not _CODE.search(w)]
        if nouns:
            return " ".join(nouns)
    return count_before(clause, words)


def _clause_subject(window: str, words: FigureWords) -> list[str]:
    """"the note has fallen over the past month, hitting 16%": where the words before the
    comma are a time, the clause's own subject is what hit the value (none: [])."""
    heads, skip = _small_words(words.lang)
    first = _left_patterns(words.lang)[4].search(_CLAUSE_START.split(window)[-1])
    return before_link(first.group("noun").split(), skip - heads) if first else []


@cache
def _flows(lang: str) -> frozenset[str]:
    """The small words after a subject that say where it goes or comes from ("exports to
    China"): the name after them stays in the measure (``left_measure``: flow_links)."""
    return frozenset(figure_words(lang).rules["left_measure"].get("flow_links", ()))


def _opens_noun(kept: list[str], i: int, subject: bool, of: bool = False) -> bool:
    """"Emerging market stocks rose": a word in -ing or -ed that opens a subject of three
    words or more and a noun follows is its modifier, not a verb. "Consumer spending rose",
    "problematic gambling fell": a word in -ing that ends a subject before its verb is the
    subject's head, a noun made of a verb (a verb there would leave the clause no subject).
    Before "of", a word in -ing after a determiner modifies the noun ("a starting price
    of"; ``of`` says so)."""
    if of:
        return kept[i].lower().endswith("ing") and i < len(kept) - 1
    if not subject:
        return False
    if i == len(kept) - 1 and kept[i].lower().endswith("ing"):
        return True
    return i == 0 and len(kept) >= 3 and not kept[1].lower().endswith(("ing", "ed"))


def _after_determiner(found: list[str], kept: list[str], rules: dict[str, Any]) -> bool:
    """Whether the noun ``kept`` read before "of" follows a determiner ("an asking price
    of": a modifier in -ing; "were expecting revenue of": a verb)."""
    return len(found) > len(kept) and found[-len(kept) - 1].lower() in rules["determiners"]


def place_only(measure: str, words: FigureWords) -> bool:
    """"in Denver" after "5280 feet": a place link and a name say where the measurement
    was taken, not what it measures."""
    said = measure.split()
    return len(said) >= 2 and said[0] in ("in", "from") and said[0] in words.rules[
        "place_links"] and all(w[:1].isupper() for w in said[1:])


def _verb_last(found: list[str], words: FigureWords) -> bool:
    """The phrase before a link ends with a verb of the subject-verb pattern ("stayed at",
    "rose to"): no noun of a link phrase."""
    return found[-1].lower() in plain_verbs(words)  # (the set is kept per language)


#: The verb (or "verb for") last in a window, and the object after it, if any: a noun or
#: a name ("planned to charge Acme $6 million") or a pronoun ("would cost it $3 million").
_LAST_OBJECT = fast_pattern(
    r"\b([a-z]+(?: for)?)\s+(?:(?:the|an?|its|their|his|her)\s+"
    r"(?:[A-Za-z][\w’'-]*\s+){0,2}[a-z]+\s+|[A-Z][\w’'-]*\s+|(?:it|them|us|him|her)\s+)?$")


def _last_object(window: str) -> re.Match[str] | None:
    """``_LAST_OBJECT.search(window)``, tried from the fourth-last word on.

    Why: the pattern is anchored at the end, but ``search`` tries it at every character of
    the window, each try running through the rest of the word. A match spans at most six
    words (the verb, "for", an article, two modifiers, a noun: "paid a Fargo design firm")
    and reaches the end, so it starts inside one of the last six; ``rsplit`` keeps what
    comes before them, with its own spaces."""
    parts = window.rsplit(None, 6)
    return _LAST_OBJECT.search(window, len(parts[0]) if len(parts) == 7 else 0)


def _sentence_before(text: str, start: int) -> str:
    """The words of the number's sentence before it (100 characters at most, no word cut
    in half), without market codes: where a subject is read."""
    lo = max(0, start - 100)
    window = text[lo:start] if lo == 0 or text[lo - 1].isspace() else (
        text[lo:start].split(" ", 1)[-1])
    if said := _SENTENCE_END.match(window):
        window = window[said.end():]
    return _MARKET_CODE.sub("", window)


def _share(evidence: str, words: FigureWords) -> bool:
    """The figure is a percentage: "were raised from 10% to 25%" is no sum raised."""
    low = evidence.lower()
    return any(w in low for w in percent_words(words))


def _right_of(text: str, end: int, words: FigureWords, right: re.Pattern[str],
              closing: bool = False) -> tuple[str, int] | None:
    """(measure, end) named after a link on the right: "$20 billion in aid"; "$500 on
    average", "$80 million in all", a period ("in the season") name nothing; ``closing``
    (a sum): the noun that closes the clause heads the phrase, with a noun joined to it."""
    link = right.match(text, end)
    if link and not names_nothing_after(text, end, words):
        at = link.end() + (text[link.end()] in "“\"‘")  # "$300 million in “savings”"
        if det := _determiner(words.lang).match(text, at):
            at = det.end()  # "$2.6 billion on its contracts"
        phrase, unit, after = _head_words(text, at, words, closing=closing)
        periods = words.rules["left_measure"]["periods"]
        custody = words.rules["left_measure"].get("custody", {"places": {}})
        if len(phrase) == 1 and phrase[0].lower() in custody["places"] and (
                link.group(0).strip().lower() == custody["link"]):
            return custody["places"][phrase[0].lower()], after  # "50 weeks in jail"
        if phrase and unit is None and has_common_noun(" ".join(phrase), words) and (
                words.numbers.parse(phrase[0]) is None  # "60 mph in five seconds"
                and not {w.lower() for w in phrase} & set(periods)):
            if closing and (joined := paired_end(text, after, words)):  # "in loans and shares"
                return text[at:joined], joined
            return " ".join(phrase), after + (text[at - 1:at] in "“\"‘" and (
                text[after:after + 1] in "”\"’"))  # the quote closed with the noun
    return None
