"""Find people (with titles and roles), organisations, places and event instances.

Capitalised runs of tokens are split into a role part ("Belarusian Defense Minister Lt.
Gen.") and a name part ("Viktor Khrenin"), then classified against the gazetteers and word
lists. A later bare surname refers back to the person last named with it; spelling variants
share a key (:mod:`sitrep.knowledge.names`).
"""

from __future__ import annotations

import itertools
import re

from spacy.language import Language
from spacy.tokens import Doc

from ..knowledge.gazetteer import Gazetteer, Place, fold, load_gazetteer
from ..knowledge.names import person_key
from ..knowledge.orgs import canonical_org
from .records import Mention, Span
from .vocab import ORG_ACRONYMS, ORG_HEADS, SPEECH_VERBS, TITLE_WORDS
from .words import Words

_CONNECTORS = frozenset({"of", "the", "for", "to", "de", "von", "der", "van", "al"})
_LOCATIVE = frozenset({"in", "near", "at", "from", "to", "outside", "around", "towards",
                       "toward", "into", "across", "through", "via", "between", "and", "of"})
#: Lower-case nouns after a capitalised run that make it a unit, event or feature name.
_NOT_A_PERSON_AFTER = frozenset({
    "brigade", "division", "battalion", "regiment", "corps", "fleet", "army", "squadron", "unit",
    "units", "group", "exercise", "exercises", "drills", "drill", "operation", "forest", "river",
    "lake", "mountains", "region", "district", "oblast", "province", "training", "airbase",
    "base", "bridge", "ferry", "pact", "treaty", "agreement", "doctrine", "system", "systems",
    "missile", "missiles", "tank", "tanks", "class", "program", "programme", "plan", "initiative",
    "border", "crossing",
})
_MONTHS_DAYS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
})
# the capital first, then the look back: a pattern that starts with a character class lets
# the matcher skip ahead to candidates instead of trying every position
_CAPITALISED = re.compile(r"[A-Z](?<![\w-].)[a-z]{3,}(?![\w-])")
_LOWER_ORG = re.compile(
    r"(?P<org>(?P<who>[A-Z][a-z]+)(?:['’]s)?\s+(?P<body>(?:defen[cs]e|foreign|interior|"
    r"emergencies)\s+ministry|general\s+staff|border\s+(?:guard|service)|armed\s+forces|"
    r"security\s+service|government|parliament|army|military|air\s+force|navy|"
    r"state\s+(?:television|tv|media|news\s+agency)))\b")
#: Capitalised words that the gazetteer knows as towns but news uses as something else.
_NOT_PLACES = frozenset({"west", "east", "north", "south", "baltic", "central", "nato", "allied",
                         "union", "eastern", "western", "northern", "southern", "european"})
EVENT_INSTANCE = re.compile(
    r"(?=[\"“A-Z])(?<![\w-])(?P<series>[\"“]?(?:[A-Z][\w’']+[ -]){0,2}[A-Z][\w’']+[\"”]?)"
    r"[ -](?P<year>(?:19|20)\d\d)\b")


_TITLES_OR_HEADS = TITLE_WORDS | ORG_HEADS
#: Words that may stand in a lower-case title before a name ("the defence minister, X").
_ROLE_MODIFIERS = frozenset({"the", "a", "an", "defence", "defense", "foreign", "interior",
                             "deputy", "former", "acting", "chief", "ministry", "ministry's",
                             "press", "military", "senior", "state"})
_YEAR = re.compile(r"(?:19|20)\d\d")
_GLUED_YEAR = re.compile(r"-(?:19|20)\d\d$")


def _is_name_token(w: Words, i: int, gaz: Gazetteer, relaxed: bool = False) -> bool:
    text = w.text[i]
    low = w.lower[i].rstrip(".")
    place = None if relaxed else gaz.place(text)
    big_place = place is not None and not place.common_word and (
        place.kind != "city" or place.population >= 50_000)
    return (w.alpha[i] and text[:1].isupper() and low not in TITLE_WORDS
            and low not in ORG_HEADS and low not in _MONTHS_DAYS and not w.stop[i]
            and gaz.demonym(text) is None and not text.isupper() and not big_place)


class _Finder:
    def __init__(self, doc: Doc, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.mentions: list[Mention] = []
        # the last full-name person mention of each surname skeleton, for bare surnames
        self.people: dict[str, Mention] = {}
        self.starts: frozenset[int] = doc._.sent_starts or frozenset({0})
        self.text: str = doc._.text  # Doc._ builds a new accessor on every use
        self.w: Words = doc._.words

    def span(self, i: int, j: int) -> Span:
        start = self.w.idx[i]
        end = self.w.end_char(j - 1)
        return Span(start, end, self.text[start:end])

    def runs(self) -> list[tuple[int, int]]:
        w, starts = self.w, self.starts
        lower, n = w.lower, len(w)
        # may a token be part of a name: capitalised, and a word, abbreviation ("Gen."),
        # acronym or hyphenated name (inline: a call per token costs more than the test)
        capish = [t[:1].isupper() and (a or t.endswith(".") or t.isupper() or "-" in t)
                  for t, a in zip(w.text, w.alpha, strict=True)]
        out, i = [], 0
        while i < n:
            if not capish[i]:
                i += 1
                continue
            j = i + 1
            while j < n:
                if j in starts:
                    break
                if capish[j]:
                    j += 1
                    continue
                if (w.text[j] in ("-", "‑") and j + 1 < n and capish[j + 1]
                        and w.idx[j] == w.end_char(j - 1) and w.idx[j + 1] == w.end_char(j)):
                    j += 2  # "Kosiniak-Kamysz": a hyphenated name is one name
                    continue
                if lower[j] in _CONNECTORS and any(x.rstrip(".") in _TITLES_OR_HEADS
                                                   for x in lower[i:j]):
                    nxt = j
                    while nxt < n and lower[nxt] in _CONNECTORS:
                        nxt += 1
                    if nxt < n and capish[nxt] and nxt not in starts:
                        j = nxt
                        continue
                break
            # a sentence-initial function word is capitalised only by position
            while i < j and i in starts and (w.stop[i] or lower[i].endswith("ly")):
                i += 1
            if i < j:
                out.append((i, j))
            i = max(j, i + 1)
        return out

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)

    def run(self) -> list[Mention]:
        for i, j in self.runs():
            self.classify(i, j)
        self.lowercase_orgs()
        self.demonym_places()
        self.event_instances()
        self.mentions.sort(key=lambda m: (m.span.start, -m.span.end))
        return self.mentions

    def classify(self, i: int, j: int) -> None:
        w, gaz = self.w, self.gaz
        tx, lw = w.text, w.lower
        while i < j and lw[i] == "the":
            i += 1
        if i >= j:
            return
        text = self.span(i, j).text
        after = j if j < len(w) else None
        after_lower = lw[after] if after is not None else None
        # a year right after the run, or glued to it: an event instance ("Zapad 2021",
        # "Union Bastion-2026"), handled by the event pattern
        if (after is not None and _YEAR.fullmatch(tx[after])) or _GLUED_YEAR.search(text):
            return
        if j - i == 1 and lw[i] in _MONTHS_DAYS:
            return  # "in May": a date (the dates component has it), not the town of May
        if text in ORG_ACRONYMS:
            self.add(Mention("org", self.span(i, j), text, "org:" + text.lower()))
            return
        place = None if fold(text) in _NOT_PLACES else gaz.place(text)
        if place and self._place_ok(place, i, j):
            self.add(Mention("place", self.span(i, j), place.name, "place:" + fold(place.name),
                             country=place.country, place=place, via="gazetteer"))
            return
        # role part, then name part
        k = i
        while k < j and (lw[k].rstrip(".") in TITLE_WORDS or lw[k] in _CONNECTORS
                         or gaz.demonym(tx[k]) or tx[k] in ORG_ACRONYMS
                         or (gaz.place(tx[k]) and gaz.place(tx[k]).kind == "country")):
            k += 1
        while k > i and lw[k - 1] in _CONNECTORS:
            k -= 1
        role = self.span(i, k).text if k > i else None
        if role and i >= 2 and lw[i - 1] in ("'s", "’s") and gaz.place(tx[i - 2]):
            role = self.span(i - 2, k).text  # "Ukraine's President"
        # the context says "a person" ("said Rasa X", "the minister, Uladzimir X,", "X, who"):
        # then a first name that is also a town's other name (Rasa, Uladzimir) stays a name
        relaxed = k > i or after_lower in SPEECH_VERBS or (
            after is not None and tx[after] == "," and self._appositive_role(j) is not None
        ) or (i > 0 and lw[i - 1] in SPEECH_VERBS) or (
            i > 1 and lw[i - 1] == "," and lw[i - 2].rstrip(".") in TITLE_WORDS) or (
            after is not None and tx[after] == "," and j + 1 < len(w)
            and lw[j + 1] in ("who", "whose"))
        name_tokens = [x for x in range(k, j) if tx[x] not in ("-", "‑")]
        if (1 <= len(name_tokens) <= 4
                and all(_is_name_token(w, x, gaz, relaxed=relaxed) for x in name_tokens)
                and after_lower not in _NOT_A_PERSON_AFTER
                and self._person(k, j, role)):
            return
        if set(lw[i:j]) & ORG_HEADS or any(t in ORG_ACRONYMS for t in tx[i:j]):
            self.add(Mention("org", self.span(i, j), canonical_org(text, gaz) or text,
                             "org:" + _org_key(text, gaz)))
            return
        # sub-runs that are places ("Warsaw" in "Warsaw Pact" is not, but "Minsk" in a
        # longer capitalised stretch often is): single tokens only, and only big towns
        for x in range(i, j):
            p = gaz.place(tx[x])
            if p and self._place_ok(p, x, x + 1) and p.kind == "country":
                self.add(Mention("place", self.span(x, x + 1), p.name,
                                 "place:" + fold(p.name), country=p.country, place=p,
                                 via="gazetteer"))

    def _place_ok(self, place: Place, i: int, j: int) -> bool:
        lw = self.w.lower
        if place.kind != "city":
            return True
        before = lw[i - 1] if i > 0 else ""
        locative = before in _LOCATIVE or (i > 1 and lw[i - 2] in _LOCATIVE
                                           and before == "the")
        if place.common_word:
            return locative
        if any(ord(c) > 127 for c in self.span(i, j).text):
            return True  # "Pabradė": a spelling only a place name has
        if i in self.starts and j - i == 1 and not locative:
            return place.population >= 100_000
        return place.population >= 15_000 or locative

    def _person(self, k: int, j: int, role: str | None) -> bool:
        gaz = self.gaz
        text = self.span(k, j).text
        known = gaz.person(text)
        if j - k == 1:
            # a bare surname: the person last named with it here, else a well-known one
            key = person_key(text)
            earlier = self.people.get(key.split("/", 1)[0])
            if earlier is not None:
                self.add(Mention("person", self.span(k, j), earlier.name, earlier.key,
                                 role=role or earlier.role, via="surname"))
                return True
            if known is not None:
                self.add(Mention("person", self.span(k, j), known.name,
                                 person_key(known.name), role=role or known.role,
                                 country=known.country, via="surname"))
                return True
            return False
        name = known.name if known else text
        key = person_key(known.name if known else text)
        role = role or self._role_before(k)
        appositive = ", ".join(x for x in (role, self._appositive_role(j)) if x) or (
            known.role if known else None)
        mention = Mention("person", self.span(k, j), name, key,
                          role=appositive, country=known.country if known else None)
        self.add(mention)
        self.people[key.split("/", 1)[0]] = Mention("person", mention.span, name, key,
                                                    role=appositive)
        return True

    def _role_before(self, k: int) -> str | None:
        """"the defence minister, Uladzimir Karpenka,": a title in lower case, then a comma."""
        lw = self.w.lower
        if k < 2 or self.w.text[k - 1] != ",":
            return None
        start = k - 1
        while start > 0 and k - start <= 6 and (
                lw[start - 1].rstrip(".") in TITLE_WORDS or lw[start - 1] in _ROLE_MODIFIERS):
            start -= 1
        words = lw[start:k - 1]
        if not any(x.rstrip(".") in TITLE_WORDS for x in words):
            return None
        while start < k - 1 and lw[start] in ("the", "a", "an"):
            start += 1
        return self.span(start, k - 1).text

    def _appositive_role(self, j: int) -> str | None:
        """", Assistant to the Belarusian Defense Minister ...," after a name."""
        tx = self.w.text
        if j >= len(tx) or tx[j] != ",":
            return None
        end = j + 1
        while end < len(tx) and tx[end] not in (",", ".", ";", "—", "–", ")"):
            end += 1
            if end - j > 16:
                return None
        words = {x.rstrip(".") for x in self.w.lower[j + 1:end]}
        if end > j + 1 and words & TITLE_WORDS:
            return self.span(j + 1, end).text
        return None

    def lowercase_orgs(self) -> None:
        """"the Belarusian defence ministry", "Lithuania's defence ministry", "the general
        staff of Belarus": organisations written without capitals."""
        # a place may sit inside an organisation's name ("Lithuania's defence ministry")
        taken = [(m.span.start, m.span.end) for m in self.mentions if m.kind != "place"]
        for m in _LOWER_ORG.finditer(self.text):
            start, end = m.start("org"), m.end("org")
            if any(s < end and start < e for s, e in taken):
                continue
            who = m.group("who")
            code = self.gaz.demonym(who) or (self.gaz.place(who).country
                                             if self.gaz.place(who) else None)
            if code is None:
                continue
            body = m.group("body").lower().replace("defence", "defense")
            name = canonical_org(self.text[start:end], self.gaz, code) or self.text[start:end]
            key = f"org:{code.lower()}:" + "-".join(sorted(body.split()))
            self.add(Mention("org", Span(start, end, self.text[start:end]), name, key,
                             country=code))

    def demonym_places(self) -> None:
        """"Latvian Ministry of Defense" names Latvia as a place too."""
        taken = {(m.span.start, m.span.end) for m in self.mentions if m.kind == "place"}
        for m in _CAPITALISED.finditer(self.text):
            code = self.gaz.demonym(m.group(0))
            if code is None or (m.start(), m.end()) in taken:
                continue
            name = self.gaz.country_name(code)
            if name:
                self.add(Mention("place", Span(m.start(), m.end(), m.group(0)), name,
                                 "place:" + fold(name), country=code,
                                 place=self.gaz.place(name), via="demonym"))

    def event_instances(self) -> None:
        for m in EVENT_INSTANCE.finditer(self.text):
            series = m.group("series").strip("\"“”")
            first = series.split()[0].lower()
            if first in _MONTHS_DAYS or first in {"since", "in", "by", "the", "until"}:
                continue
            if self.gaz.place(series) is not None:
                continue
            name = f"{series}-{m.group('year')}"
            key = "event:" + event_key(series, m.group("year"))
            start = m.start() + (1 if m.group(0)[0] in "\"“" else 0)
            self.add(Mention("event", Span(start, m.end(), self.text[start:m.end()]),
                             name, key))


def event_key(series: str, year: str | int) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(series)).strip("-") + f"-{year}"


def _org_key(name: str, gaz: Gazetteer) -> str:
    """"the Belarusian Ministry of Defense" and "Belarus's defence ministry" share a key."""
    words = re.findall(r"[\w']+", fold(name))
    country = None
    for a, b in itertools.pairwise(words):
        pair = gaz.place(f"{a} {b}")
        if pair is not None and pair.kind == "country":
            country = pair.country
            words = [w for w in words if w not in (a, b)]
            break
    rest = []
    for w in words:
        code = gaz.demonym(w) or (gaz.place(w).country if gaz.place(w) and
                                  gaz.place(w).kind == "country" else None)
        if code and country is None:
            country = code
        elif w not in ("the", "of", "s", "'s"):
            rest.append("defense" if w == "defence" else w)
    return (country.lower() + ":" if country else "") + "-".join(sorted(rest))


@Language.component("sitrep_entities", requires=["doc._.sent_starts", "doc._.words"],
                    assigns=["doc._.mentions"])
def entities(doc: Doc) -> Doc:
    doc._.mentions = _Finder(doc, load_gazetteer()).run()
    return doc
