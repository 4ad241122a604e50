"""The words and patterns of attribution, built once per language from its data files.

Why: the rules of attribution ("a speech verb after a name makes that name the speaker")
hold in any language; the verbs, titles and phrases do not. They live in
``lang/<code>/speech_cues.json`` and ``speech_verbs.txt``; this module turns them into the
sets and compiled patterns the attribution component reads, so that the rules in
:mod:`.attribution` and :mod:`.speakers` name no English word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..lang import language_data
from .date_words import date_words
from .opening import fast_pattern


def _either(phrases: Iterable[str], space: str = " ") -> str:
    """An alternation of ``phrases`` in their order (regex alternation takes the first that
    fits, so the data keeps the order that matters), words joined by ``space``."""
    return "|".join(space.join(re.escape(w) for w in p.split(" ")) for p in phrases)


@dataclass(frozen=True, slots=True)
class SpeechCues:
    """One language's attribution vocabulary: word sets and the patterns built from them."""

    lang: str
    speech_verbs: frozenset[str]
    #: speech verbs and the verbs that report a figure only as "put the number at"
    cue_words: frozenset[str]
    put_verbs: frozenset[str]
    pronouns: frozenset[str]
    #: the pronoun that stands for the organisation last named ("It also said")
    org_pronouns: frozenset[str]
    person_roles: frozenset[str]
    org_nouns: frozenset[str]
    place_prepositions: frozenset[str]
    #: "on Mauna Kea": a "person" after one of these is a place
    locatives: frozenset[str]
    #: "in a letter to Ada Lind": a name after one of these is addressed, no speaker
    addressee_links: frozenset[str]
    addressee_exceptions: frozenset[str]
    addressee_joiners: frozenset[str]
    #: "the ministry": a body's kind, which refers back only to a body of that kind
    kind_heads: frozenset[str]
    auxiliaries: frozenset[str]
    noun_determiners: frozenset[str]
    the: str
    addressee_verb_prefixes: tuple[str, ...]
    anonymous_nouns: tuple[str, ...]
    anonymous_content_before: tuple[str, ...]
    #: words right before a group that make its verb an aside ("as analysts had expected")
    anonymous_asides: frozenset[str]
    anonymous_determiners: frozenset[str]
    #: "the president's advisers": a group of someone's staff, who speak as themselves
    staff_nouns: frozenset[str]
    #: "as they show", "we said": a subject pronoun no name before it stands for
    unresolved_pronouns: frozenset[str]
    #: a firm's own voice ("management said"): the firm named last speaks, a body whose
    #: name ends with one of ``firm_endings`` ("Halvern Foods", not "Wall Street")
    firm_voices: frozenset[str]
    firm_endings: frozenset[str]
    possessive_nouns: tuple[str, ...]
    possessive_suffixes: tuple[str, ...]
    passive_verbs: tuple[str, ...]
    passive_by: str
    #: the lower-case words that may lead into a source ("according to", "citing")
    source_leads: tuple[str, ...]
    #: of those, the ones whose source outranks the one who relays it ("Radio X reported,
    #: citing the ministry": the ministry's figure)
    relay_leads: frozenset[str]
    official: str
    official_source: str
    government_name: str
    role_ministry: str
    anonymous: re.Pattern[str]
    that: re.Pattern[str]
    conjunction_at_end: re.Pattern[str]
    #: "said on Tuesday as crews reached hamlets that ...": a clause of its own before "that"
    subordinate: re.Pattern[str]
    possessive_cue: re.Pattern[str]
    passive: re.Pattern[str]
    according: re.Pattern[str]
    source_phrase: re.Pattern[str]
    officially: re.Pattern[str]
    put_figure: re.Pattern[str]
    trailing_title: re.Pattern[str]
    #: a title word at the end, after a space: the last words of any match of
    #: ``trailing_title``, whose search is slow (tried from every space): tested first
    title_at_end: re.Pattern[str]
    date_lead: re.Pattern[str]
    leading_article: re.Pattern[str]
    role_ministry_pattern: re.Pattern[str]
    role_body: re.Pattern[str]
    #: ", led by General X,": the leader named in an appositive of an organisation
    leader: re.Pattern[str]
    #: ", TASS quoted": a relay before the speaker of "as saying"
    relay: re.Pattern[str] = re.compile("(?!)")
    #: "the 144 dead that": a relative pronoun right before the speaker
    relative_end: re.Pattern[str] = re.compile("(?!)")
    #: "X of the Democratic Party told": a person's affiliation between him and the verb
    affiliation: re.Pattern[str] = re.compile("(?!)")
    #: ", which runs the harbour,": a relative clause between a speaker and the verb
    relative_clause: re.Pattern[str] = re.compile("(?!)")
    #: "Lithuania's", "the country's": a possessor closing the words before a name
    possessor_end: re.Pattern[str] = re.compile("(?!)")
    #: "the total announced earlier", "the difficulty of confirming": words after which a
    #: verb of saying is a participle or a gerund, with no speaker of its own
    participle_before: frozenset[str] = frozenset()
    #: "the spokesman", "this official": words before a role that refer back
    referring: frozenset[str] = frozenset()
    #: the ending of a participle ("stating"), whose subject opens the sentence
    participle_suffix: str = "ing"
    #: "according to its assessment": the pronoun's kind of owner ("org" or "person")
    owner_pronouns: dict[str, str] = field(default_factory=dict)
    #: "according to preliminary data": nouns of information, which name no source
    information_nouns: frozenset[str] = frozenset()
    #: "according to government media on Saturday": words after the source, about the time
    source_trailers: frozenset[str] = frozenset()
    #: "according to figures put out by the Harlow Board": the capitalised name after one of
    #: these words in the source's phrase is the body that made it public
    source_maker: re.Pattern[str] = re.compile(r"(?!)")
    #: "add" says something only without an object: "added a goal", "added 20 points" add
    object_verbs: frozenset[str] = frozenset()
    object_leads: frozenset[str] = frozenset()
    #: "post" says something only when no sum or number is its object ("post $40,000 bail")
    sum_object_verbs: frozenset[str] = frozenset()
    #: "the commission found that ...": verbs that report a finding only before "that"
    finding_verbs: frozenset[str] = frozenset()
    complementizer: str = "that"
    #: the names of days and months: "found on Monday that", "projected in May that"
    day_names: frozenset[str] = frozenset()
    #: '..., he concluded', '..., the statement continued': verbs that say only right
    #: after a quotation closed by a comma
    after_quote_verbs: frozenset[str] = frozenset()
    #: the possessive suffixes and the passive verbs with "by", as a text writes them
    #: ("'s ", "given by "): whether it holds any is read off the phrase index
    possessive_marks: tuple[str, ...] = ()
    #: the verbs of ``anonymous`` as it matches them (in lower case, so every match of
    #: the pattern writes one in the lower-cased text); empty when one is not in lower case
    anonymous_verbs: tuple[str, ...] = ()
    passive_phrases: tuple[str, ...] = ()
    #: "Halvorsen sees growth of 3%": verbs that report a forecast only after a name
    forecast_verbs: frozenset[str] = frozenset()
    #: "the researchers", "the team": a study's people, introduced by a sentence with one of
    #: ``study_marks`` ("a glaciologist at the University of Tromso", "and her colleagues")
    study_groups: frozenset[str] = frozenset()
    study_marks: frozenset[str] = frozenset()
    #: "nine state charges": after a count, a verb-like word is an adjective or a noun
    numerals: frozenset[str] = frozenset()
    #: "Halvern Hardware sees sales growth of 4%": verbs and measures of a firm's own figures
    company_verbs: frozenset[str] = frozenset()
    company_measures: frozenset[str] = frozenset()
    #: "Lena Varga, a pop singer from Szeged,": the articles that open an apposition naming
    #: a person's role (:mod:`.role_nouns`)
    apposition_articles: frozenset[str] = frozenset()
    #: "her lawyer said", "its spokesman said": who speaks for the owner the possessive
    #: pronoun refers to (``owner_pronouns``)
    representatives: frozenset[str] = frozenset()
    #: "researchers believe": verbs of an opinion, whose speaker the next sentences do not
    #: go on with (:mod:`.carry`)
    opinion_verbs: frozenset[str] = frozenset()

    def then_that(self, lower: list[str], i: int) -> bool:
        """Whether the verb at token ``i`` is followed by the complementizer, right after it
        or after a short word and a day's or a month's name ("projected in May that")."""
        if i + 1 < len(lower) and lower[i + 1] == self.complementizer:
            return True
        return i + 3 < len(lower) and lower[i + 3] == self.complementizer and (
            lower[i + 2] in self.day_names and len(lower[i + 1]) < 4)


@cache
def speech_cues(lang: str) -> SpeechCues:
    """The attribution vocabulary of ``lang``, built once per process."""
    data = language_data(lang)
    t = data.table("speech_cues")
    verbs = frozenset(data.words("speech_verbs"))
    put = frozenset(t["put_verbs"])
    finding = frozenset(t.get("finding_verbs", ()))
    quoting = frozenset(t.get("after_quote_verbs", ()))
    forecast = frozenset(t.get("forecast_verbs", ()))
    company = frozenset(t.get("company_verbs", ()))
    revise = frozenset((t.get("revised_estimates") or {}).get("verbs", ()))
    return SpeechCues(
        lang=lang, speech_verbs=verbs,
        cue_words=verbs | put | finding | quoting | forecast | company | revise,
        put_verbs=put, finding_verbs=finding, after_quote_verbs=quoting,
        forecast_verbs=forecast, study_groups=frozenset(t.get("study_groups", ())),
        study_marks=frozenset(t.get("study_marks", ())), numerals=frozenset(t.get("numerals", ())),
        company_verbs=company, company_measures=frozenset(t.get("company_measures", ())),
        apposition_articles=frozenset(t.get("apposition_articles", ())),
        representatives=frozenset(t.get("representatives", ())),
        opinion_verbs=frozenset(t.get("opinion_verbs", ())),
        complementizer=t["complementizer"],
        day_names=frozenset(date_words(lang).weekdays) | frozenset(date_words(lang).months),
        pronouns=frozenset(t["pronouns"]), org_pronouns=frozenset(t["org_pronouns"]),
        person_roles=frozenset(t["person_roles"]),
        org_nouns=frozenset(t["org_nouns"]),
        place_prepositions=frozenset(t["place_prepositions"]),
        locatives=frozenset(t["locatives"]),
        addressee_links=frozenset(t.get("addressee_links", ())),
        addressee_exceptions=frozenset(t.get("addressee_exceptions", ())),
        addressee_joiners=frozenset(t.get("addressee_joiners", ())),
        kind_heads=frozenset(t.get("kind_heads", ())), auxiliaries=frozenset(t["auxiliaries"]),
        noun_determiners=frozenset(t["noun_determiners"]), the=t["definite_article"],
        addressee_verb_prefixes=tuple(t["addressee_verb_prefixes"]),
        anonymous_nouns=tuple(t["anonymous_nouns"]),
        anonymous_content_before=tuple(t["anonymous_content_before"]),
        anonymous_asides=frozenset(t.get("anonymous_asides", ())),
        **_groups(t), **_lower_case_words(t),
        firm_endings=frozenset(data.table("entity_words").get("corporate_words", ())),
        possessive_nouns=tuple(t["possessive_nouns"]),
        possessive_suffixes=tuple(t["possessive_suffixes"]),
        passive_verbs=tuple(t["passive_verbs"]), passive_by=t["passive_by"],
        source_leads=tuple(t["source_leads"]), relay_leads=frozenset(t["relay_leads"]),
        official=t["official"],
        official_source=t["official_source"], government_name=t["government_name"],
        role_ministry=t["role_ministry"], owner_pronouns=dict(t["owner_pronouns"]),
        information_nouns=frozenset(t["information_nouns"]),
        source_trailers=frozenset(t["source_trailers"]),
        source_maker=fast_pattern(
            rf"\b(?:{_either(t['source_makers'])})\s+(?:(?:{_either(t['articles'])})\s+)?"
            r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:of\s+)?[A-Z][\w&.'’-]*)*)"),
        object_verbs=frozenset(t.get("object_verbs", ())),
        object_leads=frozenset(t.get("object_leads", ())),
        sum_object_verbs=frozenset(t.get("sum_object_verbs", ())),
        participle_suffix=t["participle_suffix"],
        referring=frozenset(t["referring_determiners"]),
        participle_before=frozenset(t["participle_before"]),
        possessive_marks=tuple(f"{s} " for s in t["possessive_suffixes"]),
        passive_phrases=tuple(f"{verb} {t['passive_by']} " for verb in t["passive_verbs"]),
        **_patterns(t, _title_words(t, data.words("person_titles"))))


def _title_words(t: dict[str, Any], person_titles: Iterable[str]) -> list[str]:
    """The words a title before a speaker's name ends on: the table's, then the language's
    titles of people (``person_titles``: "chairwoman", "prosecutor", "captain") that are
    words, not abbreviations. Why both: a title missing from the first list left the claim
    before ", union chairwoman Ilze Berzina said" without its speaker, and the titles of
    people are one list the entity reader already keeps."""
    table = list(t["trailing_title_words"])
    known = set(table)
    return table + sorted({w for w in (x.strip().lower() for x in person_titles)
                           if w.isalpha() and w not in known})


def _patterns(t: dict[str, Any], titles: list[str]) -> dict[str, re.Pattern[str]]:
    """The patterns of :class:`SpeechCues`, from ``t`` and the ``titles`` (:func:`_title_words`)."""
    possessive = _either(t["possessive_suffixes"])
    title = _either(titles)
    article = re.escape(t["definite_article"])
    official_phrase = _either([t["official_phrase"]], r"\s+")
    return dict(
        # "Minsk officials said", "senior western diplomats believed"
        anonymous=fast_pattern(
            rf"\b(?P<who>(?:(?:[A-Z][\w’'-]+|{_either(t['anonymous_qualifiers'])})\s+){{0,2}}"
            rf"(?:{_either(_with_capital(t['anonymous_speakers']))}))"
            rf"\s+(?:(?:{_either(t['anonymous_auxiliaries'])})\s+)?"
            rf"(?P<verb>{_either(t['anonymous_verbs'])})\b"),
        possessive_cue=fast_pattern(
            rf"(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}}|(?i:{article})\s+"
            rf"(?:[\w-]+\s+){{0,2}}(?:{_either(t['org_nouns'] + t['person_roles'])}))"
            rf"(?:{possessive})\s+"
            rf"(?:[a-z]+\s+)?(?P<noun>{_either(t['possessive_nouns'])})\b"),
        # read on the lower-cased text (Words.folded): without IGNORECASE the scan is twice
        # as fast
        passive=fast_pattern(rf"\b(?P<verb>{_either(t['passive_verbs'])})\s+"
                           rf"{re.escape(t['passive_by'])}\b"),
        according=fast_pattern(rf"\b(?:{_either(t['source_leads'])})\b", re.I),
        # the source after "according to": up to the clause's end, at most eight words
        source_phrase=fast_pattern(
            r"\s+(?P<np>[^\s,;:.()\"“”]+(?:\s+(?!(?:"
            + _either(t["source_phrase_stops"], r"\s+")
            + r")\b)[^\s,;:.()\"“”]+){0,7})(?=\s*(?:[,;:.()\"“”]|$|\s+\w))"),
        # "Officially, about 9,000 took part", "the official count was": the figures of the
        # sentence are the official ones
        officially=fast_pattern(
            rf"\b{re.escape(t['officially'])}\b,?|\b{official_phrase}"
            rf"\s+(?:{_either(t['official_nouns'])})\b", re.I),
        put_figure=_put_figure(t),
        # "..., Ukrainian intelligence chief Kyrylo Budanov said": up to five words before
        # the title word belong to the title ("City of Szeged Council spokeswoman": no
        # comma inside)
        trailing_title=fast_pattern(rf"(?:(?:\s+[\w’'-]+){{0,5}}?\s+(?:{title}))+$", re.I),
        title_at_end=fast_pattern(rf"\s(?:{title})$", re.I),
        date_lead=fast_pattern(
            r"\s*(?:,|" + "|".join(rf"{re.escape(w)}\s" for w in t["date_lead_words"])
            + rf"|(?:{_either(t.get('date_lead_days', []))})\b)"),
        leading_article=fast_pattern(rf"^(?:{_either(t['articles'])})\s+", re.I),
        role_ministry_pattern=fast_pattern(
            rf"\b({_either(t['role_ministries'])})\s+(?:{_either(t['role_minister_words'])})\b",
            re.I),
        role_body=fast_pattern(rf"\b({_either(t['role_bodies'])})\b"),
        leader=fast_pattern(rf"\s*,\s*(?:{_either(t['leader_leads'])})\b"),
        relay=fast_pattern(rf",[^,]{{0,60}}?\b(?:{_either(t['relay_verbs'])})$"),
        relative_end=fast_pattern(rf"(?<![,.;:])\s(?:{_either(t['relative_pronouns'])})$"),
        affiliation=fast_pattern(rf"\s*,?\s*(?:{_either(t['affiliation_leads'])})\s+"
                               rf"(?:{article}\s+)?(?:[a-z]+\s+){{0,3}}$"),
        **_around_speaker(t, article, possessive),
        **_that_clause(t),
    )


def _that_clause(t: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """The patterns that tell whether a "that" after a verb of saying opens what was said."""
    return dict(
        # "told a briefing for attachés in Minsk on Tuesday that": the words before "that"
        # (no clause break, no quote) belong to the act of saying, not to what was said
        that=fast_pattern(rf"\s(?P<that>{re.escape(t['complementizer'])})\b"),
        conjunction_at_end=fast_pattern(
            "(?:" + "|".join(r"\b" + re.escape(w) for w in t["clause_conjunctions"])
            + r"|,)\s*$"),
        subordinate=fast_pattern(rf"\b(?:{_either(t['subordinators'])})\b"),
    )


def _lower_case_words(t: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """The verbs of ``anonymous`` for a look-up in the lower-cased text: none when one of
    them is not written in lower case (the pattern matches it only as written)."""
    verbs = tuple(t["anonymous_verbs"])
    return {"anonymous_verbs": verbs if all(v == v.lower() for v in verbs) else ()}


def _groups(t: dict[str, Any]) -> dict[str, frozenset[str]]:
    """The words of groups that speak, or that stand for a speaker no name gives: "the
    officials", "company management", "the president's aides", "they"."""
    return {key: frozenset(t.get(key, ())) for key in (
        "anonymous_determiners", "staff_nouns", "unresolved_pronouns", "firm_voices")}


def _around_speaker(t: dict[str, Any], article: str, possessive: str
                    ) -> dict[str, re.Pattern[str]]:
    """The patterns of the words around a speaker's name (:mod:`.speaker_clauses`)."""
    return dict(
        relative_clause=fast_pattern(rf"\s*,?\s*(?:{_either(t['relative_openers'])})\s"
                                   r"[^,;:.!?\"“”()\n]{1,100}?,?\s*$"),
        possessor_end=fast_pattern(
            rf"(?:^|\s)(?:(?i:{article})\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}}"
            rf"|(?i:{article})\s+[a-z]+)(?:{possessive})$"),
    )


def _put_figure(t: dict[str, Any]) -> re.Pattern[str]:
    """"put the number of participants at 12 thousand": "put" reports a figure only so, or
    as "put the cost of the bridge at $4 billion", "puts it at 300": a few words, then "at"
    and a number."""
    return fast_pattern(rf"\s+(?:{re.escape(t['definite_article'])}\s+)?"
                      rf"(?:{_either(t['put_objects'])})\b"
                      rf"|(?:\s+[^\W\d]+){{1,{int(t['put_reach'])}}}?\s+"
                      rf"{re.escape(t['put_at'])}\s+(?:[^\W\d]+\s+){{0,2}}[$€£¥]?\d", re.I)


def _with_capital(words: list[str]) -> list[str]:
    """Each word, and the word with a capital as it opens a sentence ("Officials say")."""
    return [form for w in words for form in (w, w[:1].upper() + w[1:])]


#: how many tokens on either side may show that a line is running text
_LINE_REACH = 12
#: marks that may follow a name but not a verb of saying that opens what it says
_AFTER_A_NAME = frozenset((",", ";", ")", "'s", "’s"))


def ends_a_name(tokens: list[str], i: int) -> bool:
    """"the Lisbon Post reported", "the United States stands": a verb-like word written
    with a capital after a capitalised word, in running text (a lower-case word follows; a
    headline's "Minsk Says 300 Troops" is title case throughout), is the end of a name, not
    a verb of saying: read as one, the capital before it spoke for its government. So it is
    before a comma, a semicolon, a closing bracket or a possessive ("a reporter of the
    Lisbon Post, ...", "the Lisbon Post's count"): a verb of saying opens what it says, it
    does not stop at a mark."""
    if not (0 < i < len(tokens) - 1 and tokens[i][:1].isupper()
            and tokens[i - 1][:1].isupper()):
        return False
    after = tokens[i + 1]
    return after[:1].islower() or after in _AFTER_A_NAME or (
        after[:1].isupper() and _running_text(tokens, i))


def _running_text(tokens: list[str], i: int) -> bool:
    """Whether token ``i`` stands in running text, not a headline in title case: a word of
    four or more lower-case letters stands near it on its line ("the Harbour Ride Show
    Jumping Finals, in Leeds"; not "Minsk Says Troops Will Stay in Belarus"). Then a
    capitalised verb-like word between two capitalised words is inside a name."""
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(tokens) and abs(k - i) <= _LINE_REACH and "\n" not in tokens[k]:
            if len(tokens[k]) >= 4 and tokens[k].isalpha() and tokens[k].islower():
                return True
            k += step
    return False
