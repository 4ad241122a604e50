"""Find people (with titles and roles), organisations, places and event instances.

Capitalised runs of tokens are split into a role part ("Belarusian Defense Minister Lt.
Gen.") and a name part ("Viktor Khrenin"), then classified against the gazetteers and word
lists (the language's words: :mod:`.entity_words`). A later bare surname refers back to
the person last named with it; spelling variants share a key (:mod:`sitrep.knowledge.names`).
"""

from __future__ import annotations

import re
from itertools import compress

from spacy.language import Language
from spacy.tokens import Doc

from ..knowledge.gazetteer import Gazetteer, Place, a_common_word, fold, load_gazetteer
from ..knowledge.names import person_key
from ..knowledge.orgs import canonical_org
from . import doc_values
from .entity_names import NameTokens
from .entity_orgs import OrgRules, org_key
from .entity_owners import plural_owner_goes_on, titled_office_goes_on
from .entity_people import PersonRules
from .entity_places import PlaceRules
from .entity_surnames import surnames_before_names
from .entity_tickers import ticker_after
from .entity_words import EntityWords, entity_words
from .opening import fast_pattern
from .records import Mention, Span
from .scan import instance_starts, matches_from
from .words import Words

# the capital first, then the look back: a pattern that starts with a character class lets
# the matcher skip ahead to candidates instead of trying every position
EVENT_INSTANCE = fast_pattern(
    r"(?=[\"“A-Z])(?<![\w-])(?P<series>[\"“]?(?:[A-Z][\w’']+[ -]){0,2}[A-Z][\w’']+[\"”]?)"
    r"[ -](?P<year>(?:19|20)\d\d)\b")


#: possessives that open a series run ("March's", "Russia’s"): whose or when, no name
_OWNERS = fast_pattern(r"(?:[\w’'.-]+[’']s[ -])+")
#: a year followed by "model": a product's year ("the LED 2018 model")
_MODEL_YEAR = fast_pattern(r"\s+models?\b", re.IGNORECASE)
_YEAR = fast_pattern(r"(?:19|20)\d\d")
_GLUED_YEAR = fast_pattern(r"-(?:19|20)\d\d$")
#: a day of the month before a name and a year: "1 Decembrie 1918" is a date
_DAY_BEFORE = fast_pattern(r"(?:^|[^\d,.])(?:[12]\d|3[01]|0?[1-9]) $")
#: the marks that open a quotation (a straight quote opens one after a space)
_OPENING_QUOTES = frozenset("\"“‘'«„")


class _Finder(PersonRules, PlaceRules, OrgRules):
    def __init__(self, doc: Doc, gaz: Gazetteer, words: EntityWords,
                 name_tokens: NameTokens | None = None) -> None:
        self.gaz = gaz
        self.words = words
        self.name_token = name_tokens or NameTokens(words)  # answers kept across documents
        self.mentions: list[Mention] = []
        # the last full-name person mention of each surname skeleton, for bare surnames
        self.people: dict[str, Mention] = {}
        self.first_names: dict[str, Mention] = {}  # the same, by the first name's skeleton
        self.towns: dict[str, Place] = {}  # "Santa Fe" after "Santa Fe, N.M.": that one
        self.org_firsts: dict[str, Mention] = {}  # "Emirates" after "Emirates Airline"
        self.orgs_read = 0  # how many mentions org_firsts has read
        self.spelled: dict[str, Mention | tuple[Mention, str]] = {}  # acronyms, by initials
        self.initials_read = 0  # how many mentions spelled has read
        self.starts: frozenset[int] = doc_values.get(doc, "sent_starts") or frozenset({0})
        self.text: str = doc_values.get(doc, "text")  # Doc._ builds a new accessor on every use
        self.w: Words = doc_values.get(doc, "words")

    def span(self, i: int, j: int) -> Span:
        idx = self.w.idx
        start, end = idx[i], idx[j - 1] + len(self.w.text[j - 1])
        return Span(start, end, self.text[start:end])

    def span_text(self, i: int, j: int) -> str:
        """The text of tokens ``i:j``: ``span(i, j).text`` without building the record (the
        rules test many runs that never become a mention; the last token's end is read
        inline, as :meth:`.words.Words.end_char` gives it)."""
        idx = self.w.idx
        return self.text[idx[i]:idx[j - 1] + len(self.w.text[j - 1])]

    def runs(self) -> list[tuple[int, int]]:
        w, starts = self.w, self.starts
        lower, n = w.lower, len(w)
        connectors, adverbs, joiners, stop = (self.words.connectors, self.words.adverb_suffixes,
                                              self.words.joiners, w.stop)
        topics = self.words.topic_connectors  # tested first: most runs end on no topic word
        goes_on = self.words.run_goes_on  # a word after which no run goes on: the run ends
        # may a token be part of a name (remembered by text: alpha is str.isalpha of it)
        capish = list(map(self.name_token.capish.__getitem__, w.text))
        out, after = [], 0
        # a run opens on a capitalised token: only those are visited, not every token
        for i in compress(range(n), capish):
            if i < after:
                continue
            j = i + 1
            while j < n:
                if j in starts:
                    break
                if capish[j]:
                    j += 1
                    continue
                low = lower[j]
                if low not in goes_on:  # most runs end here: no rule reads the word
                    break
                if w.text[j] in ("-", "‑") and self._hyphen_goes_on(i, j, capish):
                    j += 2
                    continue
                if plural_owner_goes_on(w, self.text, i, j, capish, starts) or (
                        titled_office_goes_on(w, j, capish, starts, self.words)):
                    j += 1  # "the Silesian Miners' Trade Union"
                    continue
                if low in joiners or w.text[j] == ",":
                    # "Food and Drug Administration" (a name goes on only into capitals)
                    joined = self.joined_body(i, j, capish) if (
                        j + 1 < n and capish[j + 1] and j + 1 not in starts) else None
                    if joined is not None:
                        j = joined
                    break
                if low in topics or low in connectors:
                    # the capitals after the connectors first: most runs stop there, and
                    # then no rule of the run's own words needs asking
                    nxt = j + 1
                    while nxt < n and lower[nxt] in connectors:
                        nxt += 1
                    if nxt < n and capish[nxt] and nxt not in starts and (
                            (low in topics and self._topic_goes_on(i, j, capish)) or (
                            low in connectors and (self._title_goes_on(i, j)
                                                   or self._place_goes_on(i, j, capish)
                                                   or self._head_after(i, j, nxt, capish)))):
                        j = nxt
                        continue
                break
            # a function word that opens a sentence or a quotation is capitalised by position
            while i < j and (stop[i] or lower[i].endswith(adverbs)) and (
                    i in starts or self._opens_quote(i)):
                i += 1
            if i < j:
                out.append((i, j))
            after = j if j > i else i + 1  # max(j, i + 1) without the call
        return out

    def _hyphen_goes_on(self, i: int, j: int, capish: list[bool]) -> bool:
        """Whether the run ``i:j`` goes on over the hyphen at ``j`` (glued to the words on
        both sides): "Kosiniak-Kamysz": a hyphenated name is one name; "Lee Seong-kweun",
        "Kim Jong-un": a given name in two syllables; "Office for the Co-ordination of": a
        word of a body's name."""
        w = self.w
        return (j + 1 < len(w) and w.idx[j] == w.end_char(j - 1)
                and w.idx[j + 1] == w.end_char(j)
                and (capish[j + 1] or (w.alpha[j - 1] and (
                    (self._syllable(j + 1) and len(w.text[j - 1]) <= 6)
                    or (self._syllable(j + 1, long=True) and any(
                        x in self.words.titles_or_heads for x in w.lower[i:j]))))))

    def _opens_quote(self, i: int) -> bool:
        """Whether token ``i`` is the first word of a quotation: glued to an opening quote
        mark that stands at the text's start or after a space, a colon or a dash. A quoted
        sentence capitalises its first word by position ('"But the cost ...'), as any
        sentence does; the sentence splitter starts such a sentence at the quote mark."""
        at = self.w.idx[i]
        return at > 0 and self.text[at - 1] in _OPENING_QUOTES and (
            at == 1 or self.text[at - 2] in " \n\t:—–-")

    def _topic_goes_on(self, i: int, j: int, capish: list[bool]) -> bool:
        """"Institute on Drug Research": a body's topic, named right after "on" at ``j``;
        no day, and no country or region ("the West Division on Wisconsin's pitch"; a town
        that shares an everyday word, "Energy", may be a topic)."""
        lower = self.w.lower
        if lower[j] not in self.words.topic_connectors or j + 1 >= len(lower) or not (
                capish[j + 1]) or lower[j + 1] in self.words.months_and_days:
            return False
        place = self.gaz.place(self.w.text[j + 1])
        return (place is None or place.kind == "city") and self._title_goes_on(i, j)

    def _named_before(self, word: str) -> bool:
        """Whether a person named earlier has ``word`` as a surname or a first name."""
        key = person_key(word, self.words.lang).split("/", 1)[0]
        return key in self.people or key in self.first_names

    def _title_goes_on(self, i: int, j: int) -> bool:
        """Whether a connector at ``j`` continues the run ``i:j``: it holds a title or an
        organisation's head word ("Ministry of", "Office for the Coordination of"), and no
        name of two words after it ("Lawmaker Lee Seong-kweun of the X Party": the party is
        his, not part of his name)."""
        lower, words = self.w.lower, self.words
        last = next((x for x in range(j - 1, i - 1, -1)
                     if lower[x].rstrip(".") in words.titles_or_heads), None)
        if last is None:
            return False
        after = [x for n, x in enumerate(lower[last + 1:j], last + 1)
                 if x not in words.connectors and x not in ("-", "‑")
                 and lower[n - 1] not in ("-", "‑")]  # "Seong-kweun" is one name
        return len(after) < 2

    def _head_after(self, i: int, j: int, nxt: int, capish: list[bool]) -> bool:
        """Whether one common noun at ``i`` goes on over the connector at ``j`` into a name
        that ends on a body's head word ("Port of Gdansk Authority", "City of Riga Council"):
        the run stopped at "of" and left "Port" alone and a body "Gdansk Authority" that no
        verb of saying after the whole name reached. A person's name ("Anna Petrova of the
        Port Authority") is two words, and a single given name rarely stands so."""
        first = i + 1 if self.w.lower[i] == self.words.the else i  # "The Port of ..."
        if j - first != 1 or not a_common_word(self.w.text[first]):
            return False
        end = nxt
        while end < len(self.w) and capish[end] and end not in self.starts and end - nxt < 4:
            end += 1
        return end - nxt >= 2 and self.w.lower[end - 1] in self.words.org_heads

    def _syllable(self, i: int, long: bool = False) -> bool:
        """Token ``i`` is a lower-case second syllable of a name ("kweun" in "Seong-kweun"),
        not a word that makes a compound ("Kremlin-backed", "Soviet-era"); ``long``: of
        any length ("Co-ordination")."""
        low = self.w.lower[i]
        if not (self.w.alpha[i] and low == self.w.text[i] and (long or len(low) <= 6)):
            return False
        return (not low.endswith(self.words.compound_endings)
                and low not in self.words.compound_words) or self._given_name(i)

    def _given_name(self, i: int) -> bool:
        """A short syllable after a short capitalised one that a family name of one short
        word comes before ("Moon Jae-in", "Ban Ki-moon"): a given name of two syllables,
        though "in" or "on" also end compounds ("sit-in", "add-on")."""
        tx = self.w.text
        return (i >= 3 and len(tx[i]) <= 4 and self.w.alpha[i - 2] and self.w.alpha[i - 3]
                and tx[i - 2][:1].isupper() and tx[i - 2][1:].islower() and len(tx[i - 2]) <= 4
                and tx[i - 3][:1].isupper() and tx[i - 3][1:].islower() and len(tx[i - 3]) <= 5
                and self.w.lower[i - 3] not in self.words.connectors
                and self.w.idx[i - 2] > self.w.end_char(i - 3))

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)

    def run(self) -> list[Mention]:
        for i, j in self.runs():
            self.classify(i, j)
        self.lowercase_orgs()
        self.demonym_places()
        self.event_instances()
        self.mentions = surnames_before_names(self.mentions, self.text,
                                              self.words.org_pronouns)
        self.mentions.sort(key=lambda m: (m.span.start, -m.span.end))
        return self.mentions

    def classify(self, i: int, j: int) -> None:
        """Classify the capitalised run ``i:j``: an organisation by acronym, a place, a
        person (a role part, then a name part), an organisation by its head word, or, failing
        all, the country names inside it."""
        if j - i == 1 and self._quiet(i):
            return
        w, words = self.w, self.words
        tx, lw = w.text, w.lower
        while i < j and lw[i] == words.the:
            i += 1
        if i >= j:
            return
        end = w.idx[j - 1] + len(tx[j - 1])  # span_text(i, j), its end kept
        text = self.text[w.idx[i]:end]
        if self._not_a_name(i, j, text):
            return
        upper = text.isupper()  # an acronym may spell a body named before, or a known one
        spelled = self._spelled_out(text) if upper else None
        if spelled is not None:  # "the National Unity Government ... The NUG said"
            self.add(Mention("org", self.span(i, j), spelled.name, spelled.key,
                             country=spelled.country))
            return
        if not words.joiners.isdisjoint(lw[i:j]):  # joined by joined_body: one body
            self.add(Mention("org", self.span(i, j),
                             canonical_org(text, self.gaz, lang=words.lang) or text,
                             "org:" + org_key(text, self.gaz, words)))
            return
        if text in words.org_acronyms:
            self.add(Mention("org", self.span(i, j), text, "org:" + text.lower()))
            return
        if upper and self.known_body(i, j, text):
            return
        if "(" in self.text[end:end + 2] and ticker_after(self.text, end, words.lang):  # a ticker
            self.add(Mention("org", self.span(i, j), text, "org:" + org_key(text, self.gaz, words)))
            return
        found = self.gaz.place(text)  # of one word: what its country test would look up
        place = None if found is None or fold(text) in words.not_places else found
        if place and place.kind == "city" and self._not_a_town(place, i, j, text):
            place = None
        if place and self._place_ok(place, i, j):
            known = place
            place = self._namesake(place, j)
            key = "place:" + fold(place.name) + (
                "" if place is known else f"/{place.country}-{place.region}".lower())
            self.add(Mention("place", Span(w.idx[i], end, text), place.name, key,
                             country=place.country, place=place, via="gazetteer"))
            return
        k, role = self._role_part(i, j)
        if self._names_person(i, j, k) and self._person(k, j, role):
            return
        if not words.org_heads.isdisjoint(lw[i:j]) or not words.org_acronyms.isdisjoint(
                tx[i:j]) or (j - i > 1 and lw[j - 1] in words.corporate_words):
            self.add(Mention("org", self.span(i, j),
                             canonical_org(text, self.gaz, lang=words.lang) or text,
                             "org:" + org_key(text, self.gaz, words)))
            return
        if self.short_org(i, j) or self.lone_org(i, j):
            return
        if j - i > 1 or found is not None:  # one word that names no place holds no country
            self._country_places(i, j)

    def _quiet(self, i: int) -> bool:
        """Whether no rule of :meth:`classify` can fire on the one-word run at ``i``: a day
        or month (a date's), or a word whose text fails every rule's first test that reads
        only it (:func:`.entity_names.quiet_word_key`) and whose context fails each other
        rule's: no body named before that it spells, no person named before with it as a
        surname or first name, no verb of saying after it (past an appositive: a lone firm
        that speaks), no "said X, who", no bracket (a ticker), no firm named before whose
        name opens with it. Why: most one-word runs name nothing, and the chain read them
        in full; the answer is the same (tests/test_entity_fast_paths.py compares them)."""
        w, words = self.w, self.words
        if w.lower[i] in words.months_and_days:
            return True
        word = w.text[i]
        surname = self.name_token.quiet_key(word, self.gaz)
        if surname is None or surname in self.people or surname in self.first_names or (
                word.isupper() and self._spelled_out(word) is not None):
            return False
        j = i + 1
        if j < len(w.text):
            comma = w.text[j] == ","
            if w.lower[self._past_appositive(j) if comma else j] in words.speech_verbs or (
                    comma and i > 0 and w.lower[i - 1] in words.speech_verbs):
                return False
        end = w.idx[i] + len(word)
        text = self.text
        at = end + 1 if text[end:end + 1] == " " else end
        if text[at:at + 1] == "(":
            return False
        return w.stop[i] or self.org_first(word) is None

    def _not_a_name(self, i: int, j: int, text: str) -> bool:
        """A run (``text``) that names a dated event or a date, left to those rules."""
        w = self.w
        # a year right after the run, or glued to it: an event instance ("Zapad 2021",
        # "Union Bastion-2026"), handled by the event pattern
        # (a year is four characters, and a glued one ends the run: the patterns are tried
        # only then, as most runs are neither)
        if (j < len(w.text) and len(w.text[j]) == 4 and _YEAR.fullmatch(w.text[j])) or (
                (text[-1].isdigit() or text[-1] == "\n") and _GLUED_YEAR.search(text)):
            return True
        # "in May": a date (the dates component has it), not the town of May
        return j - i == 1 and w.lower[i] in self.words.months_and_days

    def event_instances(self) -> None:
        hits = self.w.phrases  # the runs of digits the dates read, when there is an index
        starts = instance_starts(self.text, digits=hits.digit_runs() if hits else None)
        for m in matches_from(EVENT_INSTANCE, self.text, starts):
            series = m.group("series").strip("\"“”")
            # "June's Nordic Cup 2027", "Russia's Zapad 2025": whose or when, not the name
            owner = _OWNERS.match(series)
            series = series[owner.end():] if owner and owner.end() < len(series) else series
            first = series.split()[0].lower()
            if first in self.words.months_and_days or first in self.words.not_an_event_series:
                continue
            if self.gaz.place(series) is not None or series.endswith(("'s", "’s")):
                continue  # "Holcomb's 2016 budget": whose, of which year; no series
            if _MODEL_YEAR.match(self.text, m.end()):
                continue  # "a 4K LED 2018 model": a product's year, no event
            start = m.start("series") + m.group("series").find(series)
            if _DAY_BEFORE.search(self.text, max(0, start - 5), start):
                continue  # "Strada 1 Decembrie 1918": a date in another language, no event
            name = f"{series}-{m.group('year')}"
            key = "event:" + event_key(series, m.group("year"))
            self.add(Mention("event", Span(start, m.end(), self.text[start:m.end()]),
                             name, key))


def event_key(series: str, year: str | int) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(series)).strip("-") + f"-{year}"


class EntitiesComponent:
    """The ``sitrep_entities`` pipeline component: people, organisations, places and event
    instances (``doc._.mentions``), read with one language's words."""

    def __init__(self, words: EntityWords) -> None:
        self.words = words
        self.name_tokens = NameTokens(words)

    def __call__(self, doc: Doc) -> Doc:
        doc_values.put(doc, "mentions",
                       _Finder(doc, load_gazetteer(), self.words, self.name_tokens).run())
        return doc


@Language.factory("sitrep_entities", default_config={"lang": "en"},
                  requires=["doc._.text", "doc._.sent_starts", "doc._.words"],
                  assigns=["doc._.mentions"])
def make_entities(nlp: Language, name: str, lang: str) -> EntitiesComponent:
    """Build the entities component with the words of ``lang``."""
    return EntitiesComponent(entity_words(lang))
