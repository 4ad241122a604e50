"""The cues of attribution that are phrases, not verbs of saying: "according to X",
"Minsk's announcement", "the figure given by X", "Officially, ...", "officials said", and the
record of a cue with what every cue needs (its attribution, its date, its "that" clause).

Why apart from :mod:`.attribution`: the verbs of saying and their speakers are one concern,
the fixed phrases another; :class:`CueReader` holds the second and the shared helpers, and
the attribution component's reader builds on it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..knowledge.gazetteer import Gazetteer
from ..knowledge.orgs import canonical_org
from .bodies import Bodies
from .dates import DateMention
from .kind_officials import kind_body
from .opening import fast_pattern
from .poll_shares import counted_share
from .records import Attribution, Mention, Span
from .role_nouns import org_from_role
from .source_makers import source_phrase
from .speaker_clauses import of_kind
from .speakers import Speakers
from .speech_cues import SpeechCues
from .statement_dates import count_day, opens_saying, saying_dates
from .words import Sentence, Words

CLAUSE_BREAK = fast_pattern(r"[.;:!?\"“”]")
#: the marks that open and close an aside within a sentence
_ASIDES = ((" – ", " –"), (" — ", " —"), ("(", ")"))


@dataclass(frozen=True, slots=True)
class Cue:
    verb: Span
    attribution: Attribution
    content: tuple[int, int]  # character range of what was said
    sentence: tuple[int, int]
    #: a cue that names the source of one phrase ("the figure, given by X") outranks a
    #: speech verb whose reported content merely contains it
    priority: int = 0
    #: whether a figure in a later sentence with no cue may go on with it (:mod:`.carry`):
    #: not after an embedded post, where the page speaks again
    carries: bool = True


class CueReader:
    """The phrase cues of one document and the helpers every cue uses; the attribution
    component's reader (:mod:`.attribution`) sets these attributes."""

    text: str
    words: Words
    gaz: Gazetteer
    lexicon: SpeechCues
    bodies: Bodies
    speakers: Speakers
    cues: list[Cue]
    dates: list[DateMention]
    dateline: DateMention | None
    lead: int | None
    sentence_dates: dict[int, list[DateMention]]
    mentions: list[Mention]

    def attribution_for(self, who: Mention | None, stated_on: DateMention | None,
                        to: str | None, anonymous: str | None = None) -> Attribution:
        when = stated_on.value if stated_on and stated_on.value else None
        dated = {"stated_on": when.start if when else None, "to": to,
                 "stated_granularity": when.granularity if when else "day"}
        if anonymous:
            return Attribution(org=anonymous, **dated)
        if who is None:
            return Attribution(**dated)
        if who.kind == "person":
            org = org_from_role(who.role, self.gaz, self.lexicon)
            return Attribution(who.name, who.role, org, speaker_key=who.key, **dated)
        return Attribution(org=who.name, speaker_key=who.key, **dated)

    def stated_on(self, sent: Sentence, content: tuple[int, int], verb_end: int
                  ) -> DateMention | None:
        in_sentence = self.sentence_dates.get(sent.start_char)
        if not in_sentence:  # most sentences: no date of their own, none in what was said
            return self.dateline
        # "from 2011 to 2016 the clinics counted ...", "so far this year": a period of what
        # is told, no day of saying
        rules = saying_dates(self.lexicon.lang)
        dates = [d for d in in_sentence
                 if not rules.bounds.search(self.text, max(0, d.start - 16), d.start)]
        # "said on Monday", not "found that in 2015 ...": a date after the complementizer
        # is what was said, not when
        that = self.lexicon.complementizer
        right_after = [d for d in dates if 0 <= d.start - verb_end <= 12
                       and that not in self.text[verb_end:d.start].split()]
        # before the verb, only a date of saying (a day, an opening date) with no figure
        # before the verb: not the year of what is told (see opens_saying)
        outside = [d for d in dates if not (content[0] <= d.start < content[1])
                   and d.start >= sent.start_char and (d.start >= verb_end or opens_saying(
                       self.text, d, sent.start_char, verb_end, content, self.dates, rules))]
        found = right_after[0] if right_after else (
            min(outside, key=lambda d: abs(d.start - verb_end)) if outside else None)
        if found is None:  # "the toll rose on Friday to 57, officials said"
            found = count_day(in_sentence, self.text, content, rules)
        if found is None:
            return self.dateline
        if (self.dateline is None and self.lead is not None
                and sent.start_char <= self.lead < sent.end_char):
            self.dateline = found  # "MINSK (Wire) - ... the ministry said on Tuesday."
        return found

    def _that_clause(self, verb_end: int, tail: str) -> int | None:
        """Where "that" opens what was said, when words about the saying come first ("told
        a briefing in Minsk on Tuesday that"); None when the first "that" joins a second
        clause ("said X and that Y") or a number other than a date comes before it."""
        m = self.lexicon.that.search(tail, 0, 120)
        if m is None or m.start() == 0:
            return None
        before = tail[:m.start()]
        if CLAUSE_BREAK.search(before) or self.lexicon.conjunction_at_end.search(before) or (
                self.lexicon.subordinate.search(before)):
            return None
        for digit in re.finditer(r"\d+", before):
            at = verb_end + digit.start()
            if not any(d.start <= at < d.end for d in self.dates):
                return None
        return verb_end + m.start("that")

    def according(self, sent: Sentence, mentions: list[Mention]) -> None:
        """"according to X": X is a name, "the ministry" / "the colonel" (the one last
        named), or any other short noun phrase ("Belarusian state television"), which
        stands as the source in its own words rather than leaving the figure unattributed."""
        text = self.text
        for m in self.lexicon.according.finditer(text, sent.start_char, sent.end_char):
            phrase = self.lexicon.source_phrase.match(text, m.end(), sent.end_char)
            if phrase is None:
                continue
            found = self._according_source(sent, phrase, mentions)
            if found is None:
                continue
            source, anonymous = found
            stated = self.stated_on(sent, (m.end(), sent.end_char), m.end())
            self.cues.append(Cue(Span(m.start(), m.end(), m.group(0)),
                                 self.attribution_for(source, stated, None, anonymous=anonymous),
                                 aside_around(text, sent.start_char, sent.end_char, m.start()),
                                 (sent.start_char, sent.end_char),
                                 priority=int(m.group(0).lower() in self.lexicon.relay_leads)))

    def _according_source(self, sent: Sentence, phrase: re.Match[str],
                          mentions: list[Mention]) -> tuple[Mention | None, str | None] | None:
        """The source after "according to": a mention, a pronoun's owner ("its initial
        assessment"), a body ("state media"), the one last named ("the ministry"), else the
        phrase in its own words; None when the phrase names no one ("preliminary data")."""
        c = self.lexicon
        p = source_phrase(self.text, phrase, c)
        np_start, np_end, named_from, maker = p.start, p.end, p.named_from, p.maker
        words, lowered = p.words, p.lowered
        source = next((x for x in mentions if named_from <= x.span.start < np_end), None)
        head = lowered[-1] if lowered else ""
        owner = c.owner_pronouns.get(lowered[0]) if lowered else None
        if source is None and owner is not None:  # the owner named last, here or before
            kind = "org" if owner == "org" else "person"
            who = next((x for x in reversed(mentions) if x.kind == kind
                        and x.span.end <= np_start), None) or (
                self.speakers.last_org if kind == "org" else self.speakers.last_person)
            return (who, None) if who is not None else None
        if source is None and len(words) <= 3:
            # "the researchers", "the study", "the team's analysis": the study's people
            group = " ".join(words[:2])
            group = group[:-1] if group.endswith(("'", "’")) else group.removesuffix(
                "'s").removesuffix("’s")  # "the researchers' calculations": the researchers
            k = bisect_left(self.words.idx, np_start + len(group)) - 1
            source = self.speakers.study_group(k) if k > 0 else None
        if source is None and head in self.bodies.vocab.heads:
            k = bisect_left(self.words.idx, np_end) - 1
            source = self.bodies.body(sent, self.speakers.previous.get(sent.start_char), k)
        if source is None and head in c.org_nouns and len(words) <= 3:
            # "according to the (defence) ministry"; "the interior ministry" after
            # "insurers estimate" is its own body
            source = of_kind(self.speakers.last_org, head, c)
        elif source is None and head in c.person_roles and len(words) <= 3:
            source = self.speakers.last_person  # "according to the colonel"
        if source is not None:
            return source, None
        if head in c.information_nouns:
            # "preliminary data": a source not named, which no speaker is carried past;
            # "preliminary data and official information": the officials' figures
            both = self.text[np_end:sent.end_char].lower().split(",")[0].split()[:4]
            official = c.official in lowered or (both[:1] == ["and"] and c.official in both
                                                 and both[-1] in c.information_nouns)
            return None, (c.official_source if official else None)
        # "data released by the Harlow Board in May": the board
        np = maker.group("name") if maker is not None else self.text[np_start:np_end]
        return None, canonical_org(np, self.gaz, lang=c.lang) or c.leading_article.sub("", np)

    def possessive(self, sent: Sentence, mentions: list[Mention]) -> None:
        """"Minsk's announcement in May that ...", "NATO's estimate of ...": the owner of a
        noun of saying is the source of what follows it."""
        for m in self.lexicon.possessive_cue.finditer(self.text, sent.start_char,
                                                      sent.end_char):
            owner = next((x for x in mentions if x.span.end == m.end("who")), None)
            if owner is None and " " not in m.group("who"):
                k = bisect_left(self.words.idx, m.start("who"))
                if k < len(self.words) and self.words.idx[k] == m.start("who"):
                    owner = self.speakers.government(k)
            elif owner is None:  # "the (interior) ministry's figures", "the governor's office"
                owner = self.speakers.referred_by(m.group("who"))
            if owner is None:
                continue
            content = (m.end(), sent.end_char)
            stated = self.stated_on(sent, content, m.end())
            self.cues.append(Cue(Span(m.start("noun"), m.end("noun"), m.group("noun")),
                                 self.attribution_for(owner, stated, None), content,
                                 (sent.start_char, sent.end_char)))

    def passive(self, sent: Sentence, mentions: list[Mention]) -> None:
        """"the figure of 12,000, given by spokesman X on Tuesday": X is the source of the
        words just before, and the date after the name dates them."""
        for m in self.lexicon.passive.finditer(self.words.folded, sent.start_char,
                                               sent.end_char):
            source = next((x for x in mentions if m.end() <= x.span.start <= m.end() + 60), None)
            if source is None or CLAUSE_BREAK.search(self.text, m.end(), source.span.start):
                continue
            content = (max(sent.start_char, m.start() - 120), m.start())
            stated = self.stated_on(sent, content, source.span.end)
            verb = Span(m.start("verb"), m.end("verb"), self.text[m.start("verb"):m.end("verb")])
            self.cues.append(Cue(verb, self.attribution_for(source, stated, None), content,
                                 (sent.start_char, sent.end_char), priority=1))

    def officially(self, sent: Sentence) -> None:
        m = self.lexicon.officially.search(self.text, sent.start_char, sent.end_char)
        if m:
            self.cues.append(Cue(Span(m.start(), m.end(), m.group(0).strip()),
                                 Attribution(org=self.lexicon.official_source),
                                 (sent.start_char, sent.end_char),
                                 (sent.start_char, sent.end_char)))

    def _lead(self, start: int, at: int) -> str:
        """The words before an anonymous source, less a determiner ("..., the unions
        said": what they said ends at the comma before "the")."""
        lead = self.text[start:at].rstrip()
        last = lead.rsplit(None, 1)[-1:]
        if last and last[0].lower() in self.lexicon.anonymous_determiners:
            lead = lead[:-len(last[0])].rstrip()
        return lead

    def anonymous(self, sent: Sentence) -> None:
        text = self.text
        for m in self.lexicon.anonymous.finditer(text, sent.start_char, sent.end_char):
            who = m.group("who")
            if who.split()[0].lower() in self.lexicon.anonymous_determiners:
                who = " ".join(who.split()[1:])
            if who.lower() in self.lexicon.person_roles or (
                    who.split()[0].lower() in self.lexicon.owner_pronouns):
                continue  # "the spokesman said", "its spokesman said": speakers.py
            if counted_share(text, sent.start_char, m.start("who"), self.lexicon.lang):
                continue  # "61% of tenants say": a poll's respondents, no source
            if " " not in who:
                who = who.lower()  # "Officials say" opening a sentence
            firm = self.speakers.last_org if who.lower() in self.lexicon.firm_voices else None
            if firm is not None and firm.name.split()[-1].lower() in self.lexicon.firm_endings:
                who = firm.name  # "Company management said": the firm named last
            # "authorities said" -> "Thai authorities": the country of the place named last
            who = self.bodies.qualify(who, sent, self.speakers.previous.get(sent.start_char),
                                      m.start())
            verb = m.group("verb")
            k = bisect_left(self.words.idx, m.end("who")) - 1
            study = (self.speakers.study_group(k) if k > 0 else None) or kind_body(
                m.group("who"), self.mentions, sent.start_char, m.start(), self.speakers.last_org,
                self.lexicon)  # "the researchers", "agency officials"
            # "the 180-kilometer distance Minsk officials talk about": what they talk about
            # stands before them; "..., authorities said on Sunday.": so does a claim the
            # cue closes; "officials said that ...": after
            tail = text[m.end():sent.end_char]
            before = verb.endswith(self.lexicon.anonymous_content_before) or (
                self._lead(sent.start_char, m.start()).endswith((",", "”", "\""))
                and (len(tail.split()) <= 4 or (self.lexicon.date_lead.match(tail) and
                                                self._that_clause(m.end(), tail) is None)))
            content = (sent.start_char, m.start()) if before else (m.end(), sent.end_char)
            stated = self.stated_on(sent, content, m.end())
            self.cues.append(Cue(Span(m.start("verb"), m.end("verb"), verb),
                                 self.attribution_for(study, stated, None, anonymous=None if
                                                      study else who),
                                 content, (sent.start_char, sent.end_char),
                                 carries=verb.split()[-1].lower() not in (
                                     self.lexicon.opinion_verbs)  # "experts believe"
                                 and not _aside(self._lead(sent.start_char, m.start()),
                                                self.lexicon.anonymous_asides)))


def aside_around(text: str, lo: int, hi: int, at: int) -> tuple[int, int]:
    """What "according to" at offset ``at`` covers in the sentence ``lo:hi``: the aside
    set off by dashes or brackets that holds it after a claim of its own ("Four suspects
    – all from Latvia, according to state media – are held": where they are from, not
    how many), else the whole sentence (an aside that opens with the phrase, "300 died
    (according to the ministry)", is the sentence's source)."""
    for opening, closing in _ASIDES:
        start = text.rfind(opening, lo, at)
        if start < 0 or text.find(closing, start + len(opening), at) >= 0 or not text[
                start + len(opening):at].strip(" ,"):
            continue
        end = text.find(closing, at, hi)
        if end >= 0:
            return (start, end + len(closing))
    return (lo, hi)


def _aside(lead: str, asides: frozenset[str]) -> bool:
    """Whether a group that speaks stands right after a value, in a clause that names it
    ("below the 6% analysts had expected"), or after a word of ``asides`` ("as analysts
    had expected"): what they expected holds in their sentence only; the writer's next
    sentence is not theirs."""
    last = lead.rsplit(None, 1)[-1] if lead.strip() else ""
    if last.isdigit() and len(last) == 4:
        return False  # "In 2019 analysts said ...": a year, no value
    return bool(last) and (last[-1].isdigit() or last[-1] == "%" or last.lower() in asides)
