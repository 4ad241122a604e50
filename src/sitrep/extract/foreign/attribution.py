"""Who stands behind the figures of a sentence: a verb of saying or a source phrase ("по
данным", "według", "laut"), the person named beside it, the body it names (in its one
English name), and when it was said."""

from __future__ import annotations

from dataclasses import dataclass

from ...knowledge.translit import person_key_any_script
from ..records import Attribution, Span
from .actors import acting_body
from .bodies import acronym_body, body_of, quoted_tokens
from .clauses import clause_ends, separable
from .dates import PageDays, statement_when
from .places import country_mentions, country_name
from .resources import Words, known, lookup, proper
from .tokens import Sentence, Token


@dataclass(frozen=True, slots=True)
class Cue:
    """Where a sentence says who speaks: the token range of the verb or source phrase."""

    start: int
    end: int
    first: int  # token index
    last: int
    phrase: bool  # a source phrase ("по словам"): a name after it is in the genitive
    pronoun: bool = False  # "за його словами": the source was named before


def find_cues(sentence: Sentence, words: Words, text: str) -> list[Cue]:
    ends = clause_ends(sentence.tokens) if words.separable_verbs else []
    cues = [Cue(t.start, t.end, i, i, False) for i, t in enumerate(sentence.tokens)
            if t.lemma in words.verbs or t.lower in words.verbs or t.lemma in words.pledge_verbs
            or _cites_data(sentence.tokens, i, words)
            or (ends and t.text.islower() and separable(sentence.tokens, i, ends, words.verbs))]
    starts = {t.start: i for i, t in enumerate(sentence.tokens)}
    ends = {t.end: i for i, t in enumerate(sentence.tokens)}
    for m in words.source_phrases.finditer(text, sentence.start, sentence.end):
        if m.start() in starts and m.end() in ends:
            first, last = starts[m.start()], ends[m.end()]
            pronoun = any(t.lower in words.pronouns for t in sentence.tokens[first:last + 1])
            cues.append(Cue(m.start(), m.end(), first, last, True, pronoun))
    if words.verb_bound:
        # "Kliniken wie X, Y und Z": "wie" names a source only before a verb of saying
        cues = [c for c in cues if not (c.phrase and text[c.start:c.end].lower() in (
            words.verb_bound) and not any(not v.phrase and v.first > c.last for v in cues))]
    return sorted(cues, key=lambda c: c.start)


def _cites_data(toks: tuple[Token, ...], i: int, words: Words) -> bool:
    """Whether token ``i`` is a verb that says only with data as its object ("привёл
    данные", "привёл цифры"): "привести" alone leads to things ("привело к гибели") and
    names no speaker."""
    return toks[i].lemma in words.data_verbs and any(
        t.lemma in words.data_nouns or t.lower in words.data_nouns for t in toks[i + 1:i + 3])


def _runs(toks: tuple[Token, ...], words: Words) -> list[tuple[int, int]]:
    """Runs of capitalised words that may be a name (token ranges, inclusive)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if _namey(toks[i], words):
            j = i
            while (j + 1 < len(toks) and _namey(toks[j + 1], words)
                   and toks[j + 1].start - toks[j].end <= 1):
                j += 1
            runs.append((i, j))
            i = j + 1
        else:
            i += 1
    return runs


def _namey(tok: Token, words: Words) -> bool:
    if not tok.is_capital or tok.text.isupper():
        return False
    return tok.lower not in words.months and tok.lower not in words.weekdays \
        and tok.lemma not in words.verbs and not words.orgs.match(tok.lower) \
        and not lookup(words.events, tok.lemma, tok.lower)


#: How far after a source phrase its source may be named: "Według szefa sztabu
#: generalnego, gen. Siergieja Łazowskiego" names him seven tokens on.
AFTER_PHRASE = 8


def _titled(toks: tuple[Token, ...], first: int, words: Words) -> bool:
    """Whether a title stands just before token ``first`` ("министр Петр", "gen. Jan")."""
    before = first - 2 if first > 1 and toks[first - 1].text == "." else first - 1
    return before >= 0 and (toks[before].lemma in words.titles
                            or toks[before].lower in words.titles)


def _trim(toks: tuple[Token, ...], first: int, last: int, words: Words) -> int:
    """The first token of a run that may be a name: a word the lemmatizer knows is a common
    word when it is capitalised only because it starts the sentence, or, in a language that
    capitalises its nouns (German), anywhere ("Todesopfer", "Gebietes Moskau")."""
    while first <= last and not _titled(toks, first, words) \
            and _common(toks[first], first == 0 or words.capitalised_nouns, words):
        first += 1
    return first


def _common(tok: Token, anywhere: bool, words: Words) -> bool:
    """A known word in any position that may be capitalised anywhere; elsewhere, a known
    word the lemmatizer inflects ("України", "Північна"): names of places and bodies in
    their cases, not a person's given name."""
    if anywhere:
        if words.capitalised_nouns:
            return known(tok.text, words.code)
        # a surname the dictionary holds as a name ("Зеленський додав") is no common word
        return known(tok.lower, words.code) and not proper(tok.lower, words.code)
    return tok.lemma != tok.lower and known(tok.lower, words.code)




def _a_name(tok: Token, text: str, words: Words) -> bool:
    """Whether a capitalised word may be a person's name: no place, no common word the
    dictionary knows (a proper name it knows is one)."""
    return not country_mentions(text, tok.start, tok.end, words.code) and not (
        known(tok.lower, words.code) and not proper(tok.lower, words.code))


def _a_place(toks: tuple[Token, ...], first: int, last: int, code: str) -> bool:
    """Whether the run names a country, its capital or its adjective ("Підмосков’я",
    "Obwodu Moskiewskiego"): a place, not who speaks."""
    run = " ".join(t.text for t in toks[max(first, last - 1):last + 1])  # the name kept
    return bool(country_mentions(run, 0, len(run), code))


def _a_body(toks: tuple[Token, ...], first: int, last: int, text: str, words: Words) -> bool:
    """Whether the run is part of a body's name ("Komitet Śledczy", "Слідчий комітет"): the
    body is the org, not a person."""
    m = words.orgs.search(text, max(0, toks[first].start - 40), toks[last].end + 40)
    while m is not None:
        if m.start() < toks[last].end and toks[first].start < m.end():
            return True
        m = words.orgs.search(text, m.end(), toks[last].end + 40)
    return False


#: How many words before an outlet's name its noun may stand ("portal informacyjny Baza")
OUTLET_REACH = 2


def _outlet(toks: tuple[Token, ...], first: int, last: int, words: Words) -> bool:
    """Whether a one-word name follows a noun of the press closely ("podał portal
    informacyjny Baza", "сообщило агентство Интерфакс"): the outlet is who speaks, as a
    title makes a name a person's."""
    return first == last and any(t.lemma in words.media_nouns or t.lower in words.media_nouns
                                 for t in toks[max(0, first - OUTLET_REACH):first])


def _apposed(toks: tuple[Token, ...], last: int, cues: list[Cue]) -> bool:
    """A name, then what the person is between commas, then the verb: "Michaił Muraszko,
    rosyjski minister zdrowia, przekazał", "Иван Петров, глава МЧС, заявил"."""
    if last + 1 >= len(toks) or toks[last + 1].text != ",":
        return False
    close = next((j for j in range(last + 2, min(len(toks), last + 10)) if toks[j].text == ","),
                 None)
    return close is not None and any(c.first == close + 1 and not c.phrase for c in cues)


def _nominative(name: str, words: Words) -> str:
    for ending, replacement in words.genitive:
        if name.endswith(ending) and len(name) > len(ending) + 2:
            return name[: -len(ending)] + replacement
    return name


def _speaker(sentence: Sentence, cues: list[Cue], words: Words, text: str) -> str | None:
    toks = sentence.tokens
    best: tuple[int, str] | None = None
    in_cues = {i for c in cues for i in range(c.first, c.last + 1)} | quoted_tokens(toks)
    for first, last in _runs(toks, words):
        # a genitive right after a source phrase is its source ("На думку Зеленського"),
        # though in German a noun is capitalised anyway ("unter Berufung auf Ermittler")
        if words.capitalised_nouns or not any(first - c.last == 1 and c.phrase for c in cues):
            first = _trim(toks, first, last, words)
        if first > last or first in in_cues or last in in_cues \
                or _a_place(toks, first, last, words.code) \
                or toks[last].lower in words.venue_words \
                or _a_body(toks, first, last, text, words):
            continue
        title = _titled(toks, first, words) or _outlet(toks, first, last, words)
        near = min(min(abs(first - c.last), abs(last - c.first)) for c in cues)
        after_phrase = any(0 < first - c.last <= AFTER_PHRASE and c.phrase and not c.pronoun
                           for c in cues)
        # beside its verb, or one word before it when the name is no word the dictionary
        # knows or inflects ("Мурашко также рассказал"; not "Najnowsze informacje mówią")
        beside = near <= 1 or _apposed(toks, last, cues) or (last == first and any(
            c.first - last == 2 and toks[last + 1].text.isalpha() for c in cues)
            and toks[first].lemma == toks[first].lower
            and not known(toks[first].lower, words.code))
        if first == 0 and last == 0 and not (beside or title):
            continue
        if not (title or last > first or beside or after_phrase):
            continue
        # a given name and a surname, and a third name before them when it is no place and
        # no common word ("Zaw Min Tun", "José Luis Paredes"; not "України Володимир
        # Зеленський")
        third = last - 2 >= first and _a_name(toks[last - 2], text, words)
        run = toks[last - 2 if third else max(first, last - 1):last + 1]
        names = [t.text for t in run]
        inflected = after_phrase or (title and toks[first - 1].lower != toks[first - 1].lemma
                                     and toks[first - 1].text != ".")
        if inflected:
            # a given name is in the dictionary ("Петра" -> "Петр"); a surname mostly is not
            names = [t.lemma.capitalize() for t in run[:-1]] + [_nominative(run[-1].text, words)]
        # a word the dictionary knows in its inflected form is rarely a surname
        common = known(toks[last].lower, words.code) and toks[last].lemma != toks[last].lower \
            and not any(first - c.last == 1 and c.phrase for c in cues)  # "На думку Зеленського"
        if common and last == first and not after_phrase:
            continue  # "начальник Генерального штаба": a title's word, not a name
        score = near - 3 * title - 2 * (last > first) + 4 * common
        if best is None or score < best[0]:
            best = (score, " ".join(names))
    return best[1] if best else None


#: How many letters a name written in a script without capitals may have ("이성권": 3)
NAME_LETTERS = (2, 4)


def _titled_name(sentence: Sentence, cues: list[Cue], words: Words, text: str
                 ) -> str | None:
    """In a script without capitals (Hangul), who speaks is the word right beside a title
    ("김민수 대변인은", "대변인 김민수 씨"), of two to four letters, that opens with a
    surname of ``speech.json`` and names no body: the one nearest a cue, its particle cut
    ("김민수는" -> "김민수")."""
    toks = sentence.tokens
    quoted = quoted_tokens(toks)
    best: tuple[int, str] | None = None
    for i, tok in enumerate(toks):
        if tok.lemma not in words.titles and tok.lower not in words.titles:
            continue
        # a name before its title, or after a title with no particle of its own (a
        # particle ends the phrase: "정민호 시장이 이같이" names no "이같")
        for k in (i - 1, i + 1) if tok.lemma == tok.lower else (i - 1,):
            name = _bare_name(toks[k], words, text) if 0 <= k < len(toks) else None
            if name is None or k in quoted:
                continue
            near = min(abs(k - c.first) for c in cues)
            if best is None or near < best[0]:
                best = (near, name)
    return best[1] if best else None


def _bare_name(tok: Token, words: Words, text: str) -> str | None:
    """``tok`` without its particle when it may be a person's name (see
    :func:`_titled_name`), else None."""
    low, high = NAME_LETTERS
    name = tok.lemma if low <= len(tok.lemma) else tok.lower
    if not (low <= len(name) <= high and name.isalpha() and name[0] in words.surnames):
        return None
    if words.orgs.match(name) or name in words.titles or lookup(words.nouns, name, name) \
            or lookup(words.events, name, name) or country_mentions(text, tok.start, tok.end,
                                                                    words.code):
        return None
    return name


#: How many words after a verb of pledging its subject may stand ("versprach das
#: Nachbarland China")
PLEDGER_AFTER = 3


def _pledger(sentence: Sentence, cues: list[Cue], words: Words, text: str) -> str | None:
    """The government of the country that pledges: named in the verb's clause before it
    ("China versprach 137 Millionen"), else just after the verb ("Als ..., versprach das
    Nachbarland China 1 Milliarde"), else first in the sentence ("Die USA, die ...,
    versprachen 2 Millionen"). Money promised is a claim of the one who promises it, as a
    word said. A body named in the clause before the verb pledges for itself."""
    toks = sentence.tokens
    for cue in cues:
        if toks[cue.first].lemma not in words.pledge_verbs:
            continue
        comma = next((t.end for t in reversed(toks[:cue.first]) if t.text in ",;:"),
                     sentence.start)
        if words.orgs.search(text, comma, cue.start):
            return None
        after = toks[min(len(toks) - 1, cue.last + PLEDGER_AFTER)].end
        found = country_mentions(text, comma, cue.start, words.code) or \
            country_mentions(text, cue.end, after, words.code) or \
            country_mentions(text, sentence.start, cue.start, words.code)
        if found:
            return f"Government of {country_name(found[0].code)}"
    return None


def _unnamed(sentence: Sentence, words: Words, text: str, home: str | None) -> str | None:
    """A government, its state media or its official figures named with no country
    ("nach Angaben der Staatsmedien"): the government of the country the sentence names
    nearest to it ("die Zahl der Toten in Myanmar nach offiziellen Angaben"), else of the
    country the article names most."""
    m = words.unnamed_government.search(text, sentence.start, sentence.end)
    if m is None:
        return None
    here = country_mentions(text, sentence.start, sentence.end, words.code)
    code = min(here, key=lambda c: abs(c.start - m.start())).code if here else home
    return f"Government of {country_name(code)}" if code else None


@dataclass(frozen=True, slots=True)
class Said:
    """What a sentence says of its source: the attribution it names (None: none), whether
    it only refers to one named before ("за його словами", "— сказал президент"), and
    whether it points back at the sentence before ("Об этом сообщил ...")."""

    attribution: Attribution | None
    refers: bool = False
    back: bool = False
    cued: bool = True  # a verb of saying or a source phrase, whoever it names
    #: "говорится в релизе ведомства", "teilte die Behörde mit": the body named before
    agency: bool = False


def attribute(sentence: Sentence, words: Words, text: str, days: PageDays,
              home: str | None = None) -> Said:
    """What ``sentence`` says of its source; ``home`` is the country the article names
    most (ISO code), whose government a sentence may name without its country."""
    cues = find_cues(sentence, words, text)
    if not cues:
        acting = acting_body(sentence, words, text, home)
        if acting is None:
            return Said(None, cued=False)
        when, granularity = statement_when(sentence, words, days)
        return Said(Attribution(org=acting, stated_on=when, stated_granularity=granularity),
                    cued=False)
    speaker = (_titled_name(sentence, cues, words, text) if words.caseless
               else _speaker(sentence, cues, words, text))
    org = (_pledger(sentence, cues, words, text) or body_of(sentence, words, text, cues, home)
           or acronym_body(sentence, cues, words, text))
    if org is None and speaker is None:
        org = _unnamed(sentence, words, text, home)
    cue = cues[0]
    head = " ".join(t.lower for t in sentence.tokens[:3])
    back = any(head.startswith(phrase) for phrase in words.refers_back) or bool(
        words.back_anywhere.search(text, sentence.start, sentence.end)) or (
        sentence.tokens[0].lower in words.demonstratives and cue.first == 1 and not cue.phrase)
    if speaker is None and org is None:
        refers = any(t.lower in words.pronouns or t.lemma in words.titles
                     for c in cues for t in sentence.tokens[max(0, c.first - 2):c.last + 3])
        agency = any(t.lemma in words.agency_words or t.lower in words.agency_words
                     for t in sentence.tokens) or bool(
            words.same_source.search(text, sentence.start, sentence.end))
        return Said(None, refers=refers, back=back, agency=agency)
    when, granularity = statement_when(sentence, words, days)
    return Said(Attribution(speaker=speaker, org=org,
                            cue=Span(cue.start, cue.end, text[cue.start:cue.end]),
                            stated_on=when, stated_granularity=granularity,
                            speaker_key=person_key_any_script(speaker) if speaker else None),
                back=back)
