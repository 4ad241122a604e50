"""Attribution: who said what, to whom, and when they said it.

A cue is a speech verb ("said", "announced", "told", "claimed", "state"), "according to X",
"Officially," or "X officials talk about". Each cue has a speaker (a person, an organisation,
or an anonymous source such as "Minsk officials"), the range of text it covers (what was
said), and the date it was said on (a date phrase outside what was said, or right after the
verb: "announced on Tuesday that ..."). Pronouns and "the ministry" refer back to the person
or organisation last named.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..knowledge.gazetteer import Gazetteer, load_gazetteer
from ..knowledge.orgs import canonical_org
from .dates import DateMention
from .records import Attribution, Mention, Span
from .vocab import SPEECH_VERBS
from .words import Sentence, Words, by_sentence

_PRONOUNS = frozenset({"he", "she"})
_ANONYMOUS = re.compile(
    r"\b(?P<who>(?:(?:[A-Z][\w’'-]+|senior|western|local|military|government|defen[cs]e|"
    r"ministry|US|U\.S\.)\s+)?(?:officials?|sources?|analysts|experts|observers|diplomats))"
    r"\s+(?:(?:have|had)\s+)?(?P<verb>say|says|said|talk about|talked about|speak of|spoke of|"
    r"estimate|estimated|believe|believed|claim|claimed)\b")
# "told a briefing for attachés in Minsk on Tuesday that": the words before "that" (no
# clause break, no quote) belong to the act of saying, not to what was said
_THAT = re.compile(r"\s(?P<that>that)\b")
_CLAUSE_BREAK = re.compile(r"[.;:!?\"“”]")
_POSSESSIVE_CUE = re.compile(
    r"(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})['’]s\s+(?:[a-z]+\s+)?(?P<noun>"
    r"announcement|promise|claim|statement|estimate|pledge|assurance|assessment|figures?|"
    r"forecast|warning|count|tally)\b")
# read on the lower-cased text (Words.folded): without IGNORECASE the scan is twice as fast
_PASSIVE_VERBS = ("given", "announced", "released", "published", "provided", "cited",
                  "issued", "quoted", "stated", "reported")
_PASSIVE = re.compile(rf"\b(?P<verb>{'|'.join(_PASSIVE_VERBS)})\s+by\b")
_POSSESSIVE_NOUNS = ("announcement", "promise", "claim", "statement", "estimate", "pledge",
                     "assurance", "assessment", "figure", "forecast", "warning", "count",
                     "tally")
_ANONYMOUS_NOUNS = ("official", "source", "analyst", "expert", "observer", "diplomat")
_ACCORDING = re.compile(r"\baccording to\b", re.I)
# the source after "according to": up to the clause's end, at most eight words
_SOURCE_PHRASE = re.compile(r"\s+(?P<np>[^\s,;:.()\"“”]+(?:\s+(?!(?:which|who|that|and|but|as|when|"
                            r"while|because|since|after|before|in\s+(?:a|an|its|his|her)\b)\b)"
                            r"[^\s,;:.()\"“”]+){0,7})(?=\s*(?:[,;:.()\"“”]|$|\s+\w))")
# "Officially, about 9,000 took part", "officially involved", "the official count was":
# the figures of the sentence are the official ones
_OFFICIALLY = re.compile(r"\bofficially\b,?|\bthe\s+official\s+(?:count|figures?|tally|"
                         r"numbers?|totals?|estimates?)\b", re.I)
# "put the number of participants at 12 thousand": "put" reports a figure only so
_PUT_FIGURE = re.compile(r"\s+(?:the\s+)?(?:number|figure|total|count|toll|strength|size)\b",
                         re.I)
_PERSON_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "minister", "general",
                           "colonel", "president", "official", "commander", "envoy"})
_ORG_NOUNS = frozenset({"ministry", "office", "command", "agency", "government", "staff",
                        "army", "alliance", "kremlin", "service"})
_TITLE_WORD = (r"(?:the|a|an|defen[cs]e|foreign|interior|ministry|spokes(?:man|woman|person)|"
               r"minister|chief|head|deputy|press|secretary|official|commander|general|"
               r"colonel|officer|analyst|envoy|ambassador|president|mayor|governor)")
# "..., Ukrainian intelligence chief Kyrylo Budanov said": up to three words before the
# title word belong to the title
_TRAILING_TITLE = re.compile(rf"(?:(?:\s+[\w’'-]+){{0,3}}?\s+{_TITLE_WORD})+$", re.I)
_CUE_WORDS = SPEECH_VERBS | {"put", "puts"}
_PLACE_PREPOSITIONS = frozenset({"in", "from", "to", "at", "of", "near", "into", "across",
                                 "outside", "inside", "around", "toward", "towards"})
_AUXILIARY = frozenset({"has", "have", "had", "also", "later", "previously", "already", "then",
                        "was", "is", "would", "will", "reportedly", "repeatedly", "publicly"})


@dataclass(frozen=True, slots=True)
class Cue:
    verb: Span
    attribution: Attribution
    content: tuple[int, int]  # character range of what was said
    sentence: tuple[int, int]
    #: a cue that names the source of one phrase ("the figure, given by X") outranks a
    #: speech verb whose reported content merely contains it
    priority: int = 0


class _Attributor:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text: str = doc._.text  # Doc._ builds a new accessor on every use
        self.words: Words = doc._.words
        self.mentions: list[Mention] = doc._.mentions
        self.dates: list[DateMention] = doc._.dates or []
        self.gaz = load_gazetteer()
        self.last_person: Mention | None = None
        self.last_org: Mention | None = None
        self.cues: list[Cue] = []
        self.dateline: DateMention | None = None
        self.lead: int | None = None  # where an undated wire story's lead starts
        # per sentence (by its first character), filled in run(): read once per sentence,
        # not once per cue (quadratic on a sentence of many speakers)
        self.sentence_dates: dict[int, list[DateMention]] = {}
        self.unquoted: dict[int, list[Mention]] = {}

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
            org = _org_from_role(who.role, self.gaz)
            return Attribution(who.name, who.role, org, speaker_key=who.key, **dated)
        return Attribution(org=who.name, speaker_key=who.key, **dated)

    def stated_on(self, sent: Sentence, content: tuple[int, int], verb_end: int
                  ) -> DateMention | None:
        dates = self.sentence_dates.get(sent.start_char, [])
        right_after = [d for d in dates if 0 <= d.start - verb_end <= 12]
        outside = [d for d in dates if not (content[0] <= d.start < content[1])
                   and d.start >= sent.start_char]
        found = right_after[0] if right_after else (
            min(outside, key=lambda d: abs(d.start - verb_end)) if outside else None)
        if found is None:
            return self.dateline
        if (self.dateline is None and self.lead is not None
                and sent.start_char <= self.lead < sent.end_char):
            self.dateline = found  # "MINSK (Wire) - ... the ministry said on Tuesday."
        return found

    def run(self) -> list[Cue]:
        self.dateline, self.lead = _dateline(self.doc)
        lower, sents = self.words.lower, self.words.sents
        speakers = by_sentence(sents, (m for m in self.mentions if m.kind in ("person", "org")),
                               lambda m: m.span.start)
        for sent, dates in zip(sents, by_sentence(
                sents, (d for d in self.dates if d.kind != "range"), lambda d: d.start),
                strict=True):
            self.sentence_dates[sent.start_char] = dates
        for sent, mentions in zip(sents, speakers, strict=True):
            quoted = self._quoted(sent, mentions)
            self.unquoted[sent.start_char] = [m for m in mentions if m not in quoted
                                              ] if quoted else mentions
        # most articles hold none of these words: skip their case-insensitive scans then
        folded = self.words.folded
        official = "official" in folded
        according = "according to" in folded
        anonymous = any(noun in folded for noun in _ANONYMOUS_NOUNS)
        possessive = ("'s " in folded or "’s " in folded) and any(
            noun in folded for noun in _POSSESSIVE_NOUNS)
        passive = any(f"{verb} by " in folded for verb in _PASSIVE_VERBS)
        previous: Cue | None = None  # the last speech cue, while a quotation may go on
        # the tokens that may be verbs of saying, found once for the whole text
        verbs = [i for i, word in enumerate(lower) if word in _CUE_WORDS]
        for sent, mentions in zip(sents, speakers, strict=True):
            if official:
                self.officially(sent)
            if according:
                self.according(sent, mentions)
            lo, hi = sent.start_char, sent.end_char
            if anonymous and any(folded.find(n, lo, hi) >= 0 for n in _ANONYMOUS_NOUNS):
                self.anonymous(sent)
            if possessive and (folded.find("'s ", lo, hi) >= 0 or folded.find("’s ", lo, hi) >= 0):
                self.possessive(sent, mentions)
            if passive and folded.find(" by ", lo, hi) >= 0:
                self.passive(sent, mentions)
            found = len(self.cues)
            for i in verbs[bisect_left(verbs, sent.start):bisect_left(verbs, sent.end)]:
                if (lower[i] in SPEECH_VERBS and not self._noun_use(i)) or (
                        lower[i] in ("put", "puts")
                        and _PUT_FIGURE.match(self.text, self.words.end_char(i))):
                    self.verb_cue(sent, i, mentions)
            if len(self.cues) > found:
                previous = self.cues[-1]
            elif previous is not None:
                previous = self._quote_goes_on(sent, previous)
            for m in mentions:  # remember who was named, for "he" and "the ministry"
                if m.kind == "person":
                    self.last_person = m
                elif m.kind == "org":
                    self.last_org = m
        return self.cues

    def _quote_goes_on(self, sent: Sentence, previous: Cue) -> Cue | None:
        """'"We will bring 12,000 troops," Lazovsky said. "Another 3,000 come later."': a
        sentence that opens a quotation right after a quoted speaker, in the same paragraph,
        is still that speaker's. Returns the cue that may go on to the next sentence."""
        text = self.text[sent.start_char:sent.end_char]
        gap = self.text[previous.sentence[1]:sent.start_char]
        said = self.text[previous.sentence[0]:previous.sentence[1]]
        if "\n" in gap or not text.startswith(("\"", "“")) or not any(
                q in said for q in "\"“”"):
            return None
        self.cues.append(Cue(Span(sent.start_char, sent.start_char + 1, text[:1]),
                             previous.attribution, (sent.start_char, sent.end_char),
                             (sent.start_char, sent.end_char)))
        return self.cues[-1]

    def _quoted(self, sent: Sentence, mentions: list[Mention]) -> set[Mention]:
        """The mentions of ``sent`` that stand inside quotes (more “ than ” before them)."""
        quoted: set[Mention] = set()
        if not any(q in self.text[sent.start_char:sent.end_char] for q in "“”"):
            return quoted
        opening = closing = 0
        counted = sent.start_char
        for m in mentions:  # in text order
            if m.span.start > counted:
                opening += self.text.count("“", counted, m.span.start)
                closing += self.text.count("”", counted, m.span.start)
                counted = m.span.start
            if opening > closing:
                quoted.add(m)
        return quoted

    def _noun_use(self, i: int) -> bool:
        prev = self.words.lower[i - 1] if i > 0 else ""
        return prev in ("a", "an", "the", "his", "her", "its", "their", "our", "this", "and")

    def _speaker_before(self, sent: Sentence, verb: int, mentions: list[Mention]
                        ) -> Mention | None:
        lower, verb_start = self.words.lower, self.words.idx[verb]
        # skip what stands inside quotes
        unquoted = self.unquoted.get(sent.start_char, [])
        before = [m for m in unquoted[:bisect_left(unquoted, verb_start, key=_start)]
                  if m.span.end <= verb_start]
        # the word right before the verb (past auxiliaries) may be a pronoun or "the ministry"
        k = verb - 1
        while k >= sent.start and lower[k] in _AUXILIARY:
            k -= 1
        if k >= sent.start:
            word = lower[k]
            the_before = k > 0 and lower[k - 1] == "the"
            if word in _PRONOUNS and self.last_person is not None:
                return self.last_person
            if word in _PERSON_ROLES and the_before:
                recent = next((m for m in reversed(before) if m.kind == "person"), None)
                return recent or self.last_person  # "the spokesman said"
            if word in _ORG_NOUNS and the_before:
                recent = next((m for m in reversed(before) if m.kind == "org"), None)
                return recent or self.last_org  # "the ministry said"
            government = self._government(k)
            if government is not None:
                return government  # "Minsk says", "Russia claimed"
        if not before:
            return None
        # "Colonel X, spokesman of the Belarusian defence ministry, said": the person speaks;
        # the organisation in the appositive is his, not the speaker
        person = next((m for m in reversed(before) if m.kind == "person"), None)
        if person is not None and before[-1] is not person:
            between = self.text[person.span.end:verb_start].strip()
            if between.startswith(",") and between.endswith(",") and len(between) < 140:
                return person
        return before[-1]

    def _government(self, k: int) -> Mention | None:
        """"Minsk says", "Moscow has claimed", "Lithuania estimates": a capital or a country
        as the subject of a verb of saying stands for its government."""
        w = self.words
        name = w.text[k]
        if not name[:1].isupper() or (k > 0 and w.lower[k - 1] in _PLACE_PREPOSITIONS):
            return None
        code = self.gaz.capital_of(name)
        capital = code is not None
        if not capital:
            place = self.gaz.place(name)
            code = place.country if place is not None and place.kind == "country" else None
        adjective = self.gaz.adjective(code)
        if adjective is None:
            return None
        label = f"{adjective} government" + (f" ({name})" if capital else "")
        return Mention("org", Span(w.idx[k], w.end_char(k), name), label,
                       f"org:{code.lower()}:government")  # type: ignore[union-attr]

    def verb_cue(self, sent: Sentence, verb: int, mentions: list[Mention]) -> None:
        verb_start, verb_end = self.words.idx[verb], self.words.end_char(verb)
        after = mentions[bisect_left(mentions, verb_end, key=_start):][:1]
        to = None
        if (self.words.lower[verb].startswith(("tol", "tell")) and after
                and after[0].span.start - verb_end <= 2):
            to = after[0].name
        speaker = self._speaker_before(sent, verb, mentions)
        inverted = False
        if after and after[0].span.start - verb_end <= 2 and after[0].kind == "person" and (
                speaker is None or self.text[sent.start_char:verb_start].rstrip().endswith(
                    (",", "”", "\""))):
            speaker, inverted = after[0], True  # "..., said Kestutis Rimkus"
        if speaker is None:
            return
        prefix = self.text[sent.start_char:speaker.span.start].rstrip()
        title = (speaker.role or "").split(", ")[0]
        if title and prefix.endswith(title):  # "..., Defence Minister Vladimir Karpenko said"
            prefix = prefix[:-len(title)].rstrip()
        # "..., defence ministry spokesman Alexei Borisevich said": a title in lower case
        title_words = _TRAILING_TITLE.search(prefix, max(0, len(prefix) - 60))  # titles are short
        if title_words:
            prefix = prefix[:title_words.start()]
        tail = self.text[verb_end:sent.end_char]
        that = self._that_clause(verb_end, tail)
        if inverted:
            content = (sent.start_char, verb_start)  # "“...,” said Kestutis Rimkus"
        elif (prefix.endswith((",", "”", "\"")) and len(re.findall(r"\w+", prefix)) >= 4
              and self.text[speaker.span.end:verb_start].strip() != ","
              and (len(tail.split()) <= 4 or (that is None and re.match(
                  r"\s*(?:,|on\s|in\s|last\s|this\s)", tail)))):
            # not: "On Tuesday, Colonel X said ..." (no claim before the name), "The mayor of
            # X, Name, said ..." (the name is an appositive), "..., X said on Monday that ..."
            content = (sent.start_char, speaker.span.start)  # "..., Lazovsky said on Monday."
        elif that is not None:
            # "told attachés in Minsk on Tuesday that ...": what was said starts at "that";
            # a date before it dates the saying
            content = (that, sent.end_char)
        else:
            content = (verb_end, sent.end_char)  # "Lazovsky said the drills ..."
        stated = self.stated_on(sent, content, verb_end)
        self.cues.append(Cue(Span(verb_start, verb_end, self.words.text[verb]),
                             self.attribution_for(speaker, stated, to), content,
                             (sent.start_char, sent.end_char)))

    def _that_clause(self, verb_end: int, tail: str) -> int | None:
        """Where "that" opens what was said, when words about the saying come first ("told
        a briefing in Minsk on Tuesday that"); None when the first "that" joins a second
        clause ("said X and that Y") or a number other than a date comes before it."""
        m = _THAT.search(tail, 0, 120)
        if m is None or m.start() == 0:
            return None
        before = tail[:m.start()]
        if _CLAUSE_BREAK.search(before) or re.search(r"(?:\band|\bor|\bbut|,)\s*$", before):
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
        for m in _ACCORDING.finditer(text, sent.start_char, sent.end_char):
            phrase = _SOURCE_PHRASE.match(text, m.end(), sent.end_char)
            if phrase is None:
                continue
            source = next((x for x in mentions
                           if m.end() <= x.span.start < phrase.end("np")), None)
            words = phrase.group("np").lower().split()
            head = words[-1] if words else ""
            anonymous = None
            if source is None and head in _ORG_NOUNS and len(words) <= 3:
                source = self.last_org  # "according to the (defence) ministry"
            elif source is None and head in _PERSON_ROLES and len(words) <= 3:
                source = self.last_person  # "according to the colonel"
            if source is None:
                anonymous = canonical_org(phrase.group("np"), self.gaz) or re.sub(
                    r"^(?:the|a|an)\s+", "", phrase.group("np"), flags=re.I)
            stated = self.stated_on(sent, (m.end(), sent.end_char), m.end())
            self.cues.append(Cue(Span(m.start(), m.end(), m.group(0)),
                                 self.attribution_for(source, stated, None, anonymous=anonymous),
                                 (sent.start_char, sent.end_char),
                                 (sent.start_char, sent.end_char)))

    def possessive(self, sent: Sentence, mentions: list[Mention]) -> None:
        """"Minsk's announcement in May that ...", "NATO's estimate of ...": the owner of a
        noun of saying is the source of what follows it."""
        for m in _POSSESSIVE_CUE.finditer(self.text, sent.start_char, sent.end_char):
            owner = next((x for x in mentions if x.span.end == m.end("who")), None)
            if owner is None and " " not in m.group("who"):
                k = bisect_left(self.words.idx, m.start("who"))
                if k < len(self.words) and self.words.idx[k] == m.start("who"):
                    owner = self._government(k)
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
        for m in _PASSIVE.finditer(self.words.folded, sent.start_char, sent.end_char):
            source = next((x for x in mentions if m.end() <= x.span.start <= m.end() + 60), None)
            if source is None or _CLAUSE_BREAK.search(self.text, m.end(), source.span.start):
                continue
            content = (max(sent.start_char, m.start() - 120), m.start())
            stated = self.stated_on(sent, content, source.span.end)
            verb = Span(m.start("verb"), m.end("verb"), self.text[m.start("verb"):m.end("verb")])
            self.cues.append(Cue(verb, self.attribution_for(source, stated, None), content,
                                 (sent.start_char, sent.end_char), priority=1))

    def officially(self, sent: Sentence) -> None:
        m = _OFFICIALLY.search(self.text, sent.start_char, sent.end_char)
        if m:
            self.cues.append(Cue(Span(m.start(), m.end(), m.group(0).strip()),
                                 Attribution(org="official figures"),
                                 (sent.start_char, sent.end_char),
                                 (sent.start_char, sent.end_char)))

    def anonymous(self, sent: Sentence) -> None:
        text = self.text
        for m in _ANONYMOUS.finditer(text, sent.start_char, sent.end_char):
            who = m.group("who")
            if who.split()[0].lower() in ("the", "some", "many"):
                who = " ".join(who.split()[1:])
            verb = m.group("verb")
            # "the 180-kilometer distance Minsk officials talk about": what they talk about
            # stands before them; "officials said that ...": after
            content = ((sent.start_char, m.start()) if verb.endswith(("about", "of"))
                       else (m.end(), sent.end_char))
            stated = self.stated_on(sent, content, m.end())
            self.cues.append(Cue(Span(m.start("verb"), m.end("verb"), verb),
                                 self.attribution_for(None, stated, None, anonymous=who),
                                 content, (sent.start_char, sent.end_char)))


_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z./ -]{2,40}(?:,\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+"
                       r"\d{1,2})(?:,\s+\d{4})?)?\s*\([^)]{2,40}\)\s*[-—–]", re.M)


def _dateline(doc: Doc) -> tuple[DateMention | None, int | None]:
    """"MINSK, Aug 18 (Northline Wire) - ...": the date the story's statements were made.

    A wire dateline without a date ("MINSK (Northline Wire) - ...") gives the offset where
    the lead starts instead: the date the lead's statement was made on stands for the story."""
    m = _DATELINE.search(doc._.text, 0, 600)
    if not m:
        return None, None
    if m.group("date") is None:
        return None, m.end()
    return next((d for d in doc._.dates or [] if d.start == m.start("date") and d.value),
                None), None


def _org_from_role(role: str | None, gaz: Gazetteer) -> str | None:
    """"Belarusian Defense Minister" stands for the Belarusian Ministry of Defense, and
    "spokesman of the Belarusian defence ministry" for the same body."""
    if not role:
        return None
    m = re.search(r"\b(Defen[cs]e|Foreign|Interior)\s+Minist(?:er|ry)\b", role, re.I)
    if m:
        return canonical_org(f"{role[:m.start()]} {m.group(1)} ministry", gaz)
    m = re.search(r"\b(NATO|EU|UN|OSCE|CIA|Kremlin|Pentagon)\b", role)
    return m.group(1) if m else None


def _start(m: Mention) -> int:
    return m.span.start


def cue_for(cues: list[Cue], start: int) -> Cue | None:
    """The cue whose reported content holds ``start``: the nearest one before it, else after."""
    holding = [c for c in cues if c.content[0] <= start < c.content[1]]
    if not holding:
        return None
    top = max(c.priority for c in holding)
    holding = [c for c in holding if c.priority == top]
    before = [c for c in holding if c.verb.start <= start]
    if before:
        return max(before, key=lambda c: c.verb.start)
    return min(holding, key=lambda c: c.verb.start)


@Language.component("sitrep_attribution",
                    requires=["doc._.mentions", "doc._.dates", "doc._.words"],
                    assigns=["doc._.cues"])
def attribution(doc: Doc) -> Doc:
    doc._.cues = _Attributor(doc).run()
    return doc
