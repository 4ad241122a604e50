"""Who speaks: the speaker of a verb of saying, and the body a speaker stands for.

Why apart from :mod:`.attribution`: finding a cue and who is behind it are two concerns.
The speaker is the name before the verb, unless a pronoun or "the ministry" refers back, a
capital stands for its government ("Minsk says"), or the name stands inside a quotation.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from ..knowledge.gazetteer import Gazetteer
from ..knowledge.orgs import canonical_org
from .bodies import Bodies
from .firm_referents import referred_firm
from .place_speakers import government, place_body
from .records import Mention, Span
from .role_nouns import role_nouns
from .roles_ahead import placed_title, role_holder
from .speaker_clauses import (
    appositive,
    bare_speaker,
    before_relative,
    described_body,
    described_name,
    in_relative_clause,
    member_of,
    placed,
    relative_head,
    staff_of,
    unaddressed,
)
from .speech_cues import SpeechCues
from .words import Sentence, Words


class Speakers:
    """The speaker resolution of one document; remembers who was named last, sentence by
    sentence, for "he" and "the ministry"."""

    def __init__(self, text: str, words: Words, gaz: Gazetteer, cues: SpeechCues,
                 bodies: Bodies) -> None:
        self.text = text
        self.words = words
        self.gaz = gaz
        self.cues = cues
        self.bodies = bodies
        #: each sentence's paragraph predecessor (by its first character), or None
        self.previous: dict[int, Sentence | None] = {}
        self.prior: dict[int, Sentence | None] = {}  #: each sentence's predecessor
        self._last_read: Sentence | None = None
        self.last_person: Mention | None = None
        self.last_org: Mention | None = None
        #: "pop singer Lena Varga": the person each role noun last named, for "the singer"
        #: (see :attr:`roles`: read from ``_unread`` when first asked for)
        self._roles: dict[str, Mention] = {}
        self._unread: list[Mention] = []  # the people remembered since, in text order
        #: the person (else the body) last named in a sentence about a study, whom "the
        #: researchers" and "the team" refer back to
        self.study: Mention | None = None
        #: "the team's analysis", "the researchers' calculations": a possessive's token
        self._marks = frozenset((*cues.possessive_suffixes, "'", "’"))
        # per sentence (by its first character): the mentions outside quotes, read once per
        # sentence, not once per cue (quadratic on a sentence of many speakers)
        self.unquoted: dict[int, list[Mention]] = {}

    def read_sentences(self, sents: list[Sentence], mentions: list[list[Mention]]) -> None:
        """Note each sentence's predecessors and its ``mentions`` outside quotes, in one call
        (a call a sentence cost more than the reading; ``unquoted`` is read with [] as default)."""
        text, previous, prior, unquoted = self.text, self.previous, self.prior, self.unquoted
        last = self._last_read
        for sent, named in zip(sents, mentions, strict=True):
            start = sent.start_char
            previous[start] = last if last is not None and text.find(
                "\n", last.end_char, start) < 0 else None
            prior[start] = last  # across paragraphs too
            last = sent
            if named:
                quoted = self._quoted(sent, named)
                unquoted[start] = [m for m in named if m not in quoted] if quoted else named
        self._last_read = last

    def remember(self, mentions: list[Mention]) -> None:
        """Remember who was named in a sentence, for "he" and "the ministry" after it."""
        people = []
        for m in mentions:
            if m.kind == "person":
                people.append(m)
            elif m.kind == "org":
                self.last_org = m
        if not people:
            return  # a sentence naming bodies only: no person to remember
        # "Jack Ames, who represents some of Lee's accusers, said ...": "he" next is the
        # one who acts, not the one named in a possessive after him, nor the one named
        # inside the relative clause ("Jack Ames, who represents Tom Lee, said")
        acting = [m for m in people if not self._possessive(m)
                  and not in_relative_clause(self.text, m, people, self.cues)]
        # "He then cited Lee's report.": a name only in a possessive is no new "he" while
        # someone else is (the text would name him to change who "he" is)
        self._unread += acting
        if acting or (people and self.last_person is None):
            self.last_person = (acting or people)[-1]

    @property
    def roles(self) -> dict[str, Mention]:
        """The person each role noun last named ("the singer": "pop singer Lena Varga"),
        for the people remembered so far. Why read here, not in :meth:`remember`: few
        texts ever refer back by a role noun, and reading the nouns of every person named
        cost more than all the look-ups; read in the order remembered, the later person
        still wins a noun."""
        if self._unread:
            for m in self._unread:
                self._roles.update((noun, m) for noun in role_nouns(self.words, m, self.cues))
            self._unread = []
        return self._roles

    def note_study(self, sent: Sentence, mentions: list[Mention]) -> None:
        """Remember who ``sent`` names when it speaks of a study ("Ada Lind, a glaciologist
        at the University of Tromso", "Lind and her colleagues"): the person, else the body."""
        named = [m for m in mentions if m.kind in ("person", "org")]
        if named and not self.cues.study_marks.isdisjoint(
                self.words.lower[sent.start:sent.end]):
            people = [m for m in named if m.kind == "person" and not self._possessive(m)]
            self.study = people[-1] if people else named[-1]

    def study_group(self, k: int) -> Mention | None:
        """The study's people when token ``k`` ends "the researchers", "the team's
        analysis" or "the researchers' calculations" (a noun of saying after a
        possessive), else None."""
        lower, cues = self.words.lower, self.cues
        if k >= 2 and lower[k - 1] in self._marks and (
                lower[k] in cues.possessive_nouns or lower[k] in cues.information_nouns):
            k -= 2  # "the team's analysis": the team
        if k >= 1 and lower[k] in cues.study_groups and lower[k - 1] in cues.referring:
            return self.study
        return None

    def _possessive(self, m: Mention) -> bool:
        return self.text.startswith(("’s", "'s", "’ ", "' "), m.span.end)

    def _quoted(self, sent: Sentence, mentions: list[Mention]) -> set[Mention]:
        """The mentions of ``sent`` that stand inside quotes (more “ than ” before them)."""
        quoted: set[Mention] = set()
        lo, hi = sent.start_char, sent.end_char
        if self.text.find("“", lo, hi) < 0 and self.text.find("”", lo, hi) < 0:
            return quoted
        opening, closing, counted = 0, 0, lo
        for m in mentions:  # in text order
            if m.span.start > counted:
                opening += self.text.count("“", counted, m.span.start)
                closing += self.text.count("”", counted, m.span.start)
                counted = m.span.start
            if opening > closing:
                quoted.add(m)
        return quoted

    def before(self, sent: Sentence, verb: int) -> Mention | None:
        """The speaker of the verb at token ``verb``: named before it in ``sent``, or
        referred to by the word right before it."""
        verb_start = self.words.idx[verb]
        if self.pronoun_subject(sent, verb):
            return None  # "Juniors and Ada Lind, as they show ...": they, not Ada Lind
        unquoted = self.unquoted.get(sent.start_char, [])  # what stands outside quotes
        before = unaddressed(self.text, [
            m for m in unquoted[:bisect_left(unquoted, verb_start, key=_start)]
            if m.span.end <= verb_start and not placed(self.text, m, self.cues)], self.cues)
        found = (relative_head(self.text, before, verb_start, self.cues)
                 or staff_of(self.text, self.words, sent, verb, before, self.cues)  # "X's aides"
                 or described_name(self.text, before, verb_start, self.cues)  # "Y, an agency,"
                 or member_of(self.text, before, verb_start, self.cues))  # "Z of the Y said"
        if found is not None:
            return found
        referred = self._referred(sent, verb, before)
        if referred is not None and (not (sent.start_char <= referred.span.start < verb_start)
                                     or "," in self.text[referred.span.end:verb_start]):
            # "..., he said.", "..., the ministry said.": the name stands where the words
            # that refer to it stand, so that what was said is read around them (also when
            # it is named in the claim: "Halvorsen hired 30, the company said")
            k = verb - 1
            while k > sent.start and self.words.lower[k] in self.cues.auxiliaries:
                k -= 1
            start = self.words.idx[k]
            if k > sent.start and self.words.lower[k - 1] == self.cues.the:
                start = self.words.idx[k - 1]
            referred = replace(referred, span=Span(start, self.words.end_char(k),
                                                   self.text[start:self.words.end_char(k)]))
        if referred is not None:
            return referred
        opening = self._opening_body(sent, verb)
        if opening is not None:
            return opening
        if len(before) > 1 and self.text[before[-2].span.end:before[-1].span.start].strip(
                ) == "(":
            before = before[:-1]  # "the Bangkok Metropolitan Administration (BMA) said"
        if not before:  # "Okafor has said": a surname no rule knows, whom "he" then means
            bare = bare_speaker(self.text, self.words, sent, verb, self.cues, self.gaz)
            self.last_person = bare or self.last_person
            return bare
        if (self.words.lower[verb].endswith(self.cues.participle_suffix) and verb > sent.start
                and self.words.text[verb - 1] == ","):
            return before[0]  # "X provided insights into Y's strategy, stating that ..."
        return self.bodies.state_outlet(self._named(before, verb_start), sent,
                                        self.previous.get(sent.start_char))

    def after(self, sent: Sentence, verb: int, first: Mention | None, closed: bool,
              alone: bool) -> Mention | None:
        """The speaker named after the verb at token ``verb`` (``first``: the first name
        after it): "..., said Kestutis Rimkus" (a person right after the verb, when no one
        speaks before it or a clause ``closed`` before it), "..., reports Reuters", "...,
        reported the AFP news agency" (an organisation, only after a closed clause with no
        speaker before the verb, and not after "told", whose object is the one told), "...,
        said the agency" (the body last named, referred to by a noun)."""
        w, verb_end = self.words, self.words.end_char(verb)
        if self.pronoun_subject(sent, verb):
            return None  # "as they show Ada Lind's ...": the subject stands before the verb
        gap = self.text[verb_end:first.span.start] if first is not None else "x"
        if first is not None and first.kind == "person" and (alone or closed) and (
                len(gap) <= 2 or self._title_between(verb, gap)):
            return first
        if not (closed and alone) or w.lower[verb].startswith(self.cues.addressee_verb_prefixes):
            return None  # "X, a nurse, told Reuters ...": X speaks, to Reuters
        if first is not None and first.kind == "org" and gap.strip().lower() in (
                "", self.cues.the):
            return first
        k = verb + 2
        if k >= sent.end or w.lower[k - 1] != self.cues.the or w.lower[k] not in (
                self.cues.org_nouns) or (k + 1 < sent.end and (
                    w.lower[k + 1] in self.cues.possessive_suffixes
                    or w.text[k + 1][:1].isupper())):
            return None
        before = self.unquoted.get(sent.start_char, [])
        recent = next((m for m in reversed(before) if m.kind == "org"
                       and m.span.end <= w.idx[verb]), None) or self.last_org
        if recent is None:
            return None
        start, end = w.idx[k - 1], w.end_char(k)
        return replace(recent, span=Span(start, end, self.text[start:end]))

    def pronoun_subject(self, sent: Sentence, verb: int) -> bool:
        """Whether the word right before the verb at token ``verb`` (past auxiliaries) is
        a subject pronoun no rule resolves ("they", "we"): the verb's subject, so no name
        around it speaks."""
        k = verb - 1
        while k > sent.start and self.words.lower[k] in self.cues.auxiliaries:
            k -= 1
        return k >= sent.start and self.words.lower[k] in self.cues.unresolved_pronouns

    def _title_between(self, verb: int, gap: str) -> bool:
        """'," explains team leader Ada Lind', '," says Chief Economist Ada Lind', '," said
        the owner, Ada Lind': a title of at most four words between the verb and the person
        after it (not after "told", whose object is the one told)."""
        words = gap.strip().removesuffix(",").rstrip()  # "said the owner, Ada Lind"
        return (not self.words.lower[verb].startswith(self.cues.addressee_verb_prefixes)
                and len(gap) <= 60 and self.cues.trailing_title.fullmatch(
                    " " + words) is not None and words.lower() not in (self.cues.the, ""))

    def _named(self, before: list[Mention], verb_start: int) -> Mention:
        """Of the names before a verb, the speaker's."""
        # "Colonel X, spokesman of the Belarusian defence ministry, said": the person speaks;
        # the organisation in the appositive is his, not the speaker
        person = next((m for m in reversed(before) if m.kind == "person"), None)
        if person is before[-1] and len(before) > 1 and before[-2].kind == "org" and (
                self.cues.leader.match(self.text, before[-2].span.end, person.span.start)):
            return before[-2]  # "the government, led by General X, reported"
        apposed = next((m for m in before if m.kind == "person" and appositive(
            self.text[m.span.end:verb_start])), None)
        if apposed is not None:
            return apposed  # "Ada Lind, owner of Lind Bakery, said": Ada Lind speaks
        if person is not None and before[-1] is not person:
            between = self.text[person.span.end:verb_start].strip()
            if between.startswith(",") and between.endswith(",") and len(between) < 140:
                return person
            if self.cues.affiliation.match(self.text, person.span.end, before[-1].span.start):
                return person  # "lawmaker X of the Democratic Party told reporters"
        return before[-1]

    def _opening_body(self, sent: Sentence, verb: int) -> Mention | None:
        """"The junta, confronting challenges from insurgents, reported that ...": a body
        that opens the sentence, then an appositive between commas, then the verb."""
        w = self.words
        if verb - 1 <= sent.start or w.text[verb - 1] != ",":
            return None
        comma = next((x for x in range(sent.start + 1, min(verb - 1, sent.start + 6))
                      if w.text[x] == ","), None)
        if comma is None or w.lower[comma - 1] not in self.bodies.vocab.heads:
            return None
        return self.bodies.body(sent, self.previous.get(sent.start_char), comma - 1)

    def _referred(self, sent: Sentence, verb: int, before: list[Mention]) -> Mention | None:
        """The word right before the verb (past auxiliaries) as a pronoun, "the ministry",
        "the spokesman" or a capital: whom it refers to, else None."""
        lower, cues = self.words.lower, self.cues
        k = before_relative(self.text, self.words, sent, verb, cues)
        while k >= sent.start and lower[k] in cues.auxiliaries:
            k -= 1
        if k < sent.start:
            return None
        word = lower[k]
        the_before = k > 0 and lower[k - 1] in cues.referring  # "the", "this official"
        if word in cues.pronouns and self.last_person is not None:
            return self.last_person
        if word in cues.org_pronouns and (k == sent.start or self.words.text[k - 1] == ","):
            # "It also said ...", "Besides its bid for the port, it announced ...":
            # the organisation last named, as the subject of the verb
            return self.last_org
        owner = cues.owner_pronouns.get(lower[k - 1]) if k > sent.start else None
        if owner is not None and word in cues.representatives:  # "her lawyer said"
            return self.last_org if owner == "org" else self.last_person
        if the_before and word in self.roles:
            return self.roles[word]  # "pop singer Lena Varga ... the singer said"
        if word in cues.person_roles and (the_before or placed_title(self.words, k, cues)) and (
                (holder := role_holder(self, sent, k, before)) is not None or the_before):
            return holder  # "the spokesman said"; "the Pentagon spokesman" may be its body
        if word in cues.org_nouns and k > 1 and lower[k - 1] in cues.possessive_suffixes:
            owner = lower[k - 2]  # "the governor's office said": the governor last named
            last = self.last_person
            placed = self._placed_office(sent, k)
            if placed is not None:
                return placed  # "Chile's consumer watchdog's office said"
            if owner in cues.person_roles:
                return last if last is not None and owner in (last.role or "").lower() else None
        if word in self.bodies.vocab.heads or (
                word in cues.person_roles and k > sent.start
                and lower[k - 1] in self.bodies.vocab.heads):
            return self._body(sent, k, before) or (described_body(
                self, k) if word in cues.org_nouns and not (
                    before and before[-1].span.end >= self.words.idx[k]) else None)
        named = bool(before) and before[-1].span.end >= self.words.idx[k]  # a known body
        if word in cues.org_nouns and not the_before and not named and (
                body := described_body(self, k)):
            return body  # "the electoral commission said", "the port operator said"
        described = k > sent.start + 1 and lower[k - 2] in cues.referring and (
            self.words.text[k - 1][:1].isupper())  # "the German automaker said"
        if word in cues.org_nouns and (the_before or described):
            return referred_firm(self, sent, word, before, described)  # "the company said"
        study = self.study_group(k) if k > sent.start else None
        if study is not None:
            return study  # "the researchers estimated", "the team's analysis found that"
        if k - 2 >= sent.start and lower[k - 2] in self.bodies.vocab.heads:
            return self.bodies.body_of(sent, self.previous.get(sent.start_char), k)
        # "Minsk says", "Russia claimed"; "Tottenham said", unless a name holds the word
        return self.government(k) or place_body(self.text, self.words, k, before, self.gaz)

    def _placed_office(self, sent: Sentence, k: int) -> Mention | None:
        """"Chile's consumer watchdog's office", "Ohio's attorney general's office": an
        office (token ``k``) owned by a lower-case role that a place owns is a body, named
        as the text writes it (at most four words between the place and the office)."""
        w, cues = self.words, self.cues
        i = k - 2  # the owner of the office, before its possessive suffix
        while i > sent.start and i > k - 7 and w.text[i][:1].islower():
            i -= 1
        if i <= sent.start or w.lower[i] not in cues.possessive_suffixes or i + 1 >= k - 1:
            return None
        place = w.text[i - 1]
        if not place[:1].isupper() or (self.gaz.place(place) is None
                                        and self.gaz.demonym(place) is None):
            return None
        start, end = w.idx[i - 1], w.end_char(k)
        name = self.text[start:end]
        return Mention("org", Span(start, end, name), name, "org:" + "-".join(
            name.lower().replace("’", "'").split()))

    def _body(self, sent: Sentence, k: int, before: list[Mention]) -> Mention | None:
        """"the junta said", "state media reported", "a junta spokesperson said": the body
        named last when its name has the word ("the National Unity Government ... the
        government said"), else the body the phrase names (:mod:`.bodies`)."""
        word = self.words.lower[k]
        end = self.words.end_char(k)
        named = next((m for m in before if m.span.end == end), None)
        if named is not None:
            return named  # "Belarusian state television said": a body the text names
        recent = next((m for m in reversed(before) if m.kind == "org"), None) or self.last_org
        if recent is not None and word in recent.name.lower().split() and (
                self.words.lower[k - 1] == self.cues.the):
            return recent
        return self.bodies.body(sent, self.previous.get(sent.start_char), k)

    def referred_by(self, phrase: str) -> Mention | None:
        """"the ministry", "the interior ministry", "the governor": the body the phrase
        names when it is a known one, else the organisation or person last named."""
        head = phrase.split()[-1].lower()
        last_person = self.last_person
        if head in self.cues.person_roles:
            return last_person if last_person is not None and head in (
                last_person.role or "").lower() else None
        name = canonical_org(phrase, self.gaz, lang=self.cues.lang)
        if name is None:
            last = self.last_org  # only a body of the kind the phrase names
            return last if last is not None and head in last.name.lower() else None
        return Mention("org", Span(0, 0, phrase), name, f"org:{name.lower()}")

    def government(self, k: int) -> Mention | None:
        """"Minsk says": a capital or a country as the subject of a verb of saying stands
        for its government (:func:`.place_speakers.government`)."""
        return government(self.words, k, self.gaz, self.cues)


def _start(m: Mention) -> int:
    return m.span.start
