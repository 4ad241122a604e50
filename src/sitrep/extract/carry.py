"""A figure with no cue of its own goes on reporting the speaker named before it.

Why: news writing names a speaker once ("the ministry said ...") and the next sentences go
on with that speaker's figures without a new verb of saying. A figure in a sentence with no
cue takes the attribution of the nearest cue before it in the same paragraph; across one
paragraph boundary only when the new paragraph has no cue and names no source up to the
figure, and the cue's sentence reports a figure of the same kind (the same topic).
Carrying stops at a sentence that names another person or organisation, holds a quotation,
follows a direct quotation (the unquoted sentence after a quote is the writer's),
or speaks in the writer's own voice ("could not verify", "analysts"): a wrong speaker is
worse than none. The stop words are the language's (``lang/<code>/speech_carry.json``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import timedelta

from . import carry_referents as referring
from .attribution import Cue
from .carry_words import CarryWords
from .dates import DateMention
from .opening import fast_pattern
from .quotations import quotations
from .records import Mention
from .subjects import SentenceSubject

_QUOTES = "\"“”"
_WORD = fast_pattern(r"\w+")
#: the kinds of date that name a day or a month of the calendar ("On October 18", "In May")
_CALENDAR = frozenset({"mdy", "dmy", "iso", "md", "dm", "my", "month_alone"})
#: how far a calendar date may stand from the day of the statement and still be its news
_NEAR = timedelta(days=2)
#: how many words may follow a closing tag's verb ("..., Harris said in a statement on Monday.")
_TAG_WORDS = 6
#: how many characters of a sentence's opening a date that dates it may stand after
_OPENING = 12


class Carrier:
    """The carried cues of one document's sentences."""

    def __init__(self, text: str, sentences: list[SentenceSubject],
                 cues: dict[int, list[Cue]], mentions: list[Mention],
                 families: dict[int, set[str]], words: CarryWords,
                 dates: list[DateMention] | None = None) -> None:
        self.text = text
        #: where each sentence that opens with a calendar date starts, and that date
        self.opening_dates = {d.start: d for d in dates or () if d.kind in _CALENDAR}
        self.sentences = sentences
        self.cues = cues  # by the sentence's first character
        self.mentions = [m for m in mentions if m.kind in ("person", "org")]
        self.families = families  # the measure families of each sentence's figures
        self.words = words
        #: whether a sentence (by its start, with or without a verb of its own allowed) is
        #: in the writer's plain voice: read once, as each figure after it reads it again
        self.voiceless: dict[tuple[int, bool], bool] = {}
        self._quotes: list[tuple[int, int]] | None = None  # the text's quotations, when asked

    def cue(self, k: int, family: str | None) -> Cue | None:
        """The cue the figure of ``family`` in sentence ``k`` (which has no cue) goes on
        reporting, or None."""
        if family in self.words.background:
            return None
        boundaries = 0
        j = k
        while j > 0:
            if not self._plain(self.sentences[j], keep=None):
                return None
            if self.opens_paragraph(j):
                boundaries += 1
                # wire copy goes on over one-sentence paragraphs, each with a figure of
                # the report ("... state media reported.\n\nIt also injured 4,671 ...")
                if boundaries > 1 and not (boundaries == 2 and self._goes_on(j, family)):
                    return None
            j -= 1
            found = self._last_cue(self.sentences[j])
            if found is None:
                continue
            att = found.attribution
            if not found.carries or not (att.speaker or att.org or att.stated_on) or (
                    att.org == self.words.official):
                return None
            if any(q in self.text[self.sentences[j].start:self.sentences[j].end]
                   for q in _QUOTES) and (boundaries or not self._quoted_on(j, k)):
                return None  # a direct quotation ends the speaker's turn: the writer goes on
                # (unless it is still open in the same paragraph: the speaker goes on)
            if boundaries and not self._goes_on_from(j, found, family):
                return None  # another paragraph: only on the same report
            if self._dated_apart(k, found):
                return None  # "On October 18, 300 were deported": the page's background
            last = self._paragraph_end(k) if boundaries else k
            return found if last >= 0 and self._clear(j + 1, last, found, k) and not (
                self._turns_away(j + 1, k, found)) else None
        return None

    def _in_quotation(self, at: int) -> bool:
        """Whether offset ``at`` is inside a quotation of the text (:func:`.quotations`,
        found once, on the first figure that asks)."""
        if self._quotes is None:
            self._quotes = quotations(self.text)
        i = bisect_right(self._quotes, (at, len(self.text) + 1)) - 1
        return i >= 0 and self._quotes[i][0] < at < self._quotes[i][1]

    def _quoted_on(self, j: int, k: int) -> bool:
        """Whether a quotation opened in sentence ``j`` is still open where sentence ``k``
        starts (told reporters, "... the camp holds 900 people. Some 300 arrived this week."):
        the speaker's words go on, and so does their cue."""
        body = self.text[self.sentences[j].start:self.sentences[j].end]
        opened: str | None = None  # the mark of the quotation open at this point
        for c in body:
            if c == "„" or (c == "“" and opened != "„"):
                opened = c
            elif c in "“”" or (c == '"' and opened):  # "“" closes what "„" opened, as
                opened = None  # German writes; a straight mark may close a curly one
            elif c == '"':
                opened = c
        between = self.text[self.sentences[j].end:self.sentences[k].start]
        return opened is not None and not any(q in between for q in _QUOTES)

    def closing(self, k: int, family: str | None) -> Cue | None:
        """The cue that closes the paragraph of sentence ``k`` (which has no cue) after it,
        or None: wire copy puts the source at the end of what it reports ("A total of 28
        people were quarantined. None has fallen ill, the commission said."). Only when the
        cue's sentence ends the paragraph, holds no quotation and either reports a figure
        of the same topic or closes with its source (see :meth:`_goes_on_from`), and the
        sentences between name no one else. The paragraph after may credit it too, when
        it opens pointing back ("This was confirmed by X.": :meth:`_credited_next`)."""
        if not self._plain(self.sentences[k], keep=None):
            return None
        last = self._paragraph_end(k, stop_at_cue=False)
        found = self._last_cue(self.sentences[last]) if last > k else None
        if found is None and (found := self._credited_next(last)) is not None:
            last += 1
        if found is None:
            return None
        att = found.attribution
        start = self.sentences[last].start
        if family in self.words.background and family not in self.families.get(start, ()):
            return None  # the setting, unless the source states that kind of figure too
        if not found.carries or not (att.speaker or att.org) or att.org == self.words.official:
            return None
        if any(q in self.text[start:self.sentences[last].end] for q in _QUOTES):
            return None
        if not self._goes_on_from(last, found, family) or not (
                self._announces(last, found) or (family in self.families.get(start, ()) and (
                    referring.points_back(self.text, found, self.sentences[k], self.mentions,
                                self.words.that, self.words.referents)))):
            return None  # "..., the ministry said.": a tag after what it reports; a verb
            # that opens a claim of its own ("X reported that 12 were rescued") goes on
            # only from a figure of the same family that its claim points back to ("...
            # 590 km. X estimates that could be 300 miles"; not "X expects 16 million")
        if any(self.cues.get(self.sentences[j].start) for j in range(k + 1, last)):
            return None
        return found if self._clear(k, last - 1, found, k) else None

    def own_voice(self, k: int) -> str | None:
        """The firm that speaks of itself in sentence ``k`` ("With 20 years in the trade,
        we serve more than 500 customers"), or None: a firm's own page (a press release,
        its "about us") names the firm as the subject that opens a sentence and describes it
        ("Halvern Systems is a provider of ...") and goes on in the first person plural
        (not "Halvern released the laptop. We tested it ...", a review's "we"). Only outside
        quotations (a quoted "we" is its speaker's) and within the paragraph; the last
        body named that way is the one speaking."""
        if not self.in_first_person(k):
            return None
        j = k
        while True:
            start = self.sentences[j].start
            lo = bisect_left(self.mentions, start, key=_start)
            opening = next((m for m in self.mentions[lo:lo + 1] if m.kind == "org" and (
                self.text[start:m.span.start].strip().lower() in ("", "the"))), None)
            if opening is not None:
                after = _WORD.findall(self.text[opening.span.end:opening.span.end + 12])
                return opening.name if after and after[0].lower() in self.words.describing \
                    else None
            if j == 0 or self.opens_paragraph(j):
                return None
            j -= 1

    def _dated_apart(self, k: int, cue: Cue) -> bool:
        """Whether sentence ``k`` opens with a calendar date ("On October 18, ...", "In
        May, ...") that is not the day of ``cue``'s statement: the writer turns to another
        time, in their own voice (when the statement has no day, any such date does, and a
        date with no year known is no day to compare)."""
        start = self.sentences[k].start
        opening = self.text[start:start + _OPENING]
        at = next((start + i for i in range(len(opening)) if start + i in self.opening_dates),
                  None)
        if at is None or len(opening[:at - start].split()) > 1:
            return False
        value = self.opening_dates[at].value
        stated = cue.attribution.stated_on
        if stated is None:
            return True  # a day the statement is not known to be on
        return value is not None and not (value.start - _NEAR <= stated <= value.end + _NEAR)

    def describes(self, k: int, family: str | None, at: int | None = None) -> bool:
        """Whether a figure of ``family`` in sentence ``k`` (at offset ``at``) is the
        writer's description of the setting inside someone's claim: a background measure
        beside figures of another kind ("the toll from the 6.1-magnitude tremor has reached
        480, officials said"), not the claim itself ("a 5.2-magnitude aftershock came
        next, the institute said"). Inside a direct quotation every word is the speaker's
        ('"It was a 20 minute walk, and I managed two blocks," she said'): no setting."""
        if family not in self.words.background:
            return False
        if at is not None and self._in_quotation(at):
            return False
        there = self.families.get(self.sentences[k].start, set())
        return bool(there - self.words.background)

    def _goes_on_from(self, j: int, cue: Cue, family: str | None) -> bool:
        """Whether a figure of ``family`` in a later paragraph may go on with the report of
        ``cue`` in sentence ``j``: the sentence reports a figure of the same topic, or none
        at all and closes with its source, as wire copy does ("Officers arrested two
        men, the police spokesman said."): a tag after what was said, not a verb that
        opens a claim of its own ("we can say that ...")."""
        start = self.sentences[j].start
        if self.families.get(start):
            return self._same_topic(family, start)
        return self._announces(j, cue)

    def _credited_next(self, last: int) -> Cue | None:
        """The cue of the sentence after ``last`` (a paragraph's last) when it opens the next
        paragraph by pointing back to what went before, before its verb ("This was
        confirmed by X.", "These figures were given by X."), else None."""
        j = last + 1
        if j >= len(self.sentences) or not self.opens_paragraph(j):
            return None
        cue = self._last_cue(self.sentences[j])
        if cue is None:
            return None
        before = _WORD.findall(self.text[self.sentences[j].start:cue.verb.start].lower())
        return cue if before and referring.credits_back(
            before, [], self.words.referents, self.words.that, _TAG_WORDS) else None

    def _announces(self, j: int, cue: Cue) -> bool:
        """Whether ``cue``, in sentence ``j`` with no figure, credits what goes before it:
        in its sentence, then a comma and the verb at the end ("..., the police spokesman
        said on Monday."), or pointing back ("This was confirmed by X", :func:`credits_back`),
        not a verb that opens what follows ("we can say that ...")."""
        before = self.text[self.sentences[j].start:cue.verb.start]
        after = _WORD.findall(self.text[cue.verb.end:self.sentences[j].end].lower())
        return ("," in before and len(after) <= _TAG_WORDS) or referring.credits_back(
            _WORD.findall(before.lower()), after, self.words.referents, self.words.that,
            _TAG_WORDS)

    def _same_topic(self, family: str | None, sentence_start: int) -> bool:
        """Whether the sentence at ``sentence_start`` reports a figure of ``family``'s
        topic (the dead, the injured and the missing are one report)."""
        there = self.families.get(sentence_start, set())
        if family in there:
            return True
        topic = next((t for t in self.words.topics if family in t), frozenset())
        return bool(topic & there)

    def _goes_on(self, j: int, family: str | None) -> bool:
        """Whether sentence ``j``, which opens a paragraph, is that whole paragraph and
        reports a figure of ``family``'s topic."""
        single = j + 1 >= len(self.sentences) or self.opens_paragraph(j + 1)
        return single and self._same_topic(family, self.sentences[j].start)

    def _paragraph_end(self, k: int, stop_at_cue: bool = True) -> int:
        """The last sentence of the paragraph of sentence ``k``, or (``stop_at_cue``) -1
        when a sentence after ``k`` in that paragraph has a cue of its own (the paragraph
        is not a continuation of the report before it)."""
        while k + 1 < len(self.sentences) and not self.opens_paragraph(k + 1):
            k += 1
            start = self.sentences[k].start
            if stop_at_cue and self.cues.get(start) and self.families.get(start):
                return -1  # a later claim of its own (not "X confirmed the news")
        return k

    def in_first_person(self, k: int) -> bool:
        """Whether sentence ``k`` says "we" (the language's words) outside quotations."""
        body = self.text[self.sentences[k].start:self.sentences[k].end]
        return not any(q in body for q in _QUOTES) and not self.words.we.isdisjoint(
            _WORD.findall(body.lower()))

    def opens_paragraph(self, j: int) -> bool:
        """Whether sentence ``j`` opens a paragraph (a line break after the sentence before
        it; a sentence may end with its line breaks)."""
        if j == 0:
            return True
        before = self.sentences[j - 1]
        gap = self.text[before.start:self.sentences[j].start]
        return "\n" in gap[len(gap.rstrip()):]

    def _last_cue(self, sent: SentenceSubject) -> Cue | None:
        cues = self.cues.get(sent.start)
        return max(cues, key=lambda c: c.verb.start) if cues else None

    def _clear(self, first: int, last: int, cue: Cue, k: int) -> bool:
        """No sentence from ``first`` to ``last`` names a source other than ``cue``'s; a
        sentence after the figure's (``k``) that reports no figure may have a verb of its
        own ("Russia's investigative agency confirmed the news")."""
        return all(self._plain(self.sentences[j], keep=cue,
                               own_verb=j > k and not self.families.get(self.sentences[j].start))
                   for j in range(first, last + 1))

    def _turns_away(self, first: int, k: int, cue: Cue) -> bool:
        """Whether a sentence from ``first`` to ``k`` opens with "The company" and the like
        while the body named last is not ``cue``'s speaker (:mod:`.carry_referents`)."""
        att = cue.attribution
        own = {att.speaker, att.org, att.speaker_key}
        reported = referring.reported_name(self.text, cue.content[0], self.words.that)
        return any(referring.refers_elsewhere(
            _WORD.findall(self.text[s.start:s.start + 60].lower()), s.start, self.mentions,
            own, self.words.the, self.words.body_nouns, reported)
            for s in self.sentences[first:k + 1])

    def _says(self, lowered: str) -> bool:
        """Whether a sentence has a verb of saying of its own: not a participle after a
        figure's noun ("the 1,002 total announced hours earlier") nor a gerund after a
        preposition ("the difficulty of confirming casualties")."""
        words = _WORD.findall(lowered)
        if self.words.verbs.isdisjoint(words):
            return False
        return any(w in self.words.verbs and (i == 0 or words[i - 1] not in
                                              self.words.reported_nouns)
                   for i, w in enumerate(words))

    def _plain(self, sent: SentenceSubject, keep: Cue | None, own_verb: bool = False) -> bool:
        """``sent`` holds no quotation, no words of the writer's own voice, no verb of
        saying (unless ``own_verb``) and, when ``keep`` is given, names no person or
        organisation but its speaker (and the people its speaker told of)."""
        if not self._voiceless(sent, own_verb):
            return False
        if keep is None:
            return True
        att = keep.attribution
        own = {att.speaker, att.org, att.speaker_key}
        lo = bisect_left(self.mentions, sent.start, key=_start)
        hi = bisect_left(self.mentions, sent.end, key=_start)
        told = self.words.referents
        return all(m.key in own or m.name in own or self._destination(m) or referring.told_of(
            self.text, m, keep.content, self.mentions, told) for m in self.mentions[lo:hi])

    def _voiceless(self, sent: SentenceSubject, own_verb: bool) -> bool:
        """``sent`` holds no quotation, no words of the writer's own voice and no verb of
        saying (unless ``own_verb``): asked once per sentence."""
        key = (sent.start, own_verb)
        if key not in self.voiceless:
            body = self.text[sent.start:sent.end]
            lowered = body.lower()
            self.voiceless[key] = not (
                any(q in body for q in _QUOTES) or self.words.stops.search(lowered)
                or self.words.breaks.match(lowered) or (not own_verb and self._says(lowered)))
        return self.voiceless[key]

    def _destination(self, m: Mention) -> bool:
        """Whether ``m`` is named as a place the figure's people or things go to or stay
        at ("were taken to the Marlow County Jail"), not as another source."""
        before = _WORD.findall(self.text[max(0, m.span.start - 20):m.span.start].lower())
        if before and before[-1] == "the":
            before.pop()
        return bool(before) and before[-1] in self.words.destinations


def _start(m: Mention) -> int:
    return m.span.start
