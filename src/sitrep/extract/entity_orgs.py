"""Organisations the entity finder reads apart from capitalised runs: bodies written in
lower case ("the Belarusian defence ministry", "Myanmar's ruling military"), acronyms that
spell a body named before ("NUG" after "National Unity Government"), countries named by
their adjective, and the key that lets two wordings of one body meet.

Why apart from :mod:`.entities`: these rules read the text around a name, not the run of
capitals itself; :class:`OrgRules` holds them and the finder builds on it.
"""

from __future__ import annotations

import itertools
import re

from ..knowledge.gazetteer import Gazetteer, fold
from ..knowledge.orgs import canonical_org, known_org
from .acronym_terms import defined_term
from .entity_scan import capitalised_demonyms, lowercase_org_matches
from .entity_words import EntityWords
from .opening import fast_pattern
from .records import Mention, Span
from .words import Words

#: the capitalised word right before a demonym, which may make a longer one ("North Korean")
_WORD_BEFORE = fast_pattern(r"\b([A-Z][a-z]+) $")
#: a town at least this big is the place its name says, even as a firm's first word
_BIG_CITY = 100_000


class OrgRules:
    """Organisation rules of one document's entity finder (:mod:`.entities` sets these)."""

    gaz: Gazetteer
    words: EntityWords
    text: str
    mentions: list[Mention]
    w: Words
    starts: frozenset[int]
    org_firsts: dict[str, Mention]
    orgs_read: int
    #: an acronym -> the latest mention read that spells it (or, spelled by the body named
    #: last in one, that mention and the body's name), and how many mentions were read
    spelled: dict[str, Mention | tuple[Mention, str]]
    initials_read: int

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)

    def known_body(self, i: int, j: int, text: str) -> bool:
        """"AFP": an acronym the knowledge names (``orgs.json``) is an organisation
        wherever it stands. Only acronyms: a name with a head word ("the Pentagon") is
        found as written, and the rules after it match it as written."""
        known = known_org(text) if text.isupper() else None
        start, end = self.w.idx[i], self.w.end_char(j - 1)
        if known is None or (self.text[start - 1:start] == "("
                             and self.text[end:end + 1] == ")"):
            return False  # "COLUMBIA (AP) -": a credit, as "(WHO)" after its name spells it
        self.add(Mention("org", self._span(i, j), known.name,
                         "org:" + org_key(known.name, self.gaz, self.words),
                         country=known.country))
        return True

    def short_org(self, i: int, j: int) -> bool:
        """"Emirates" after "Emirates Airline", "Halvorsen" after "Halvorsen Foods Ltd": one
        word that opens a firm's name named before (no title, no nationality, no head word;
        the name ends in a corporate word: not "Disney Channel", a part of the firm) refers
        back to it, as a bare surname does to a person."""
        if j - i != 1 or self.w.stop[i]:
            return False
        named = self.org_first(self.w.text[i])
        if named is None:
            return False
        self.add(Mention("org", self._span(i, j), named.name, named.key, country=named.country))
        return True

    def org_first(self, word: str) -> Mention | None:
        """The firm named before whose name opens with ``word`` (:meth:`short_org`), the
        mentions added since the last call read first: the answer is the same whenever
        they are read, as mentions are only added, in order."""
        words, mentions = self.words, self.mentions
        if self.orgs_read == len(mentions):
            return self.org_firsts.get(word)  # nothing added since: no list to copy
        corporate = words.corporate_words
        for m in mentions[self.orgs_read:]:  # the mentions added since the last call
            if m.kind != "org":
                continue  # (only a firm's name has a first word to refer back to it)
            parts = m.span.text.split()
            if len(parts) < 2 or parts[-1].lower() not in corporate or not all(
                    p.lower() in corporate for p in parts[2:]):
                continue
            first = parts[0]
            low = first.lower()
            if first[:1].isupper() and first.isalpha() and not (
                    low in words.titles_or_heads or low in words.articles
                    or self.gaz.demonym(first) or self._known_place(first)):
                self.org_firsts[first] = m
        self.orgs_read = len(mentions)
        return self.org_firsts.get(word)

    def _known_place(self, word: str) -> bool:
        """Whether ``word`` names a place a firm's first word would stand for ("Texas" of
        "Texas Instruments"): a country, a region or a big city, not a small town that
        shares a firm's name ("Alden Capital" ... "Alden said")."""
        place = self.gaz.place(word)
        return place is not None and (place.kind != "city" or place.population >= _BIG_CITY)

    def lone_org(self, i: int, j: int) -> bool:
        """"Volkswagen said", "..., Xiaomi announced", "Vantor Energy announced": a name of
        one to three capitalised words that is no person named before, no place (nor after
        "in"), and opens with no title or nationality, right before a verb of saying (or
        before an appositive that names a body: "Vantor Energy, a utility, said"), is a
        body that speaks (a firm, a brand). At the start of a sentence the capital may be
        the sentence's only: a group ("Residents said") or a word the text also writes in
        lower case is no name."""
        w, words = self.w, self.words
        if not 1 <= j - i <= 3 or j >= len(w.text) or w.lower[
                j if w.text[j] != "," else self._past_appositive(j)] not in words.speech_verbs:
            return False  # (an appositive opens with a comma: only then is one looked for)
        low, text = w.lower[i], w.text[i]
        if any(not w.alpha[x] or w.stop[x] or w.lower[x] in words.group_nouns
               for x in range(i, j)) or low in words.titles or (
                i > 0 and w.lower[i - 1] in words.locative):
            return False  # "officials in Gansu confirmed": a place the gazetteer lacks
        if self.gaz.demonym(text) is not None:
            return False  # "Belarusian state television": "state" is no verb there
        if j - i == 1 and defined_term(self.text, text):
            return False  # "people with SAS reported": a term the text spells out
        if i in self.starts and (low.endswith(words.adverb_suffixes) or _written_lower(
                low, self.text)):
            return False
        span = self._span(i, j)
        self.add(Mention("org", span, span.text,
                         "org:" + org_key(span.text, self.gaz, self.words)))
        return True

    def joined_body(self, i: int, j: int, capish: list[bool]) -> int | None:
        """Where a body's name whose parts "and" joins ends, when run ``i:j`` stops at an
        "and" or a comma at ``j`` that goes on inside the name, else None.

        Why: a capitalised run stops at "and", which cut "Customs and Border Protection"
        into "Customs" and a person "Border Protection". The parts are one name when the
        last one ends on a body's head ("Food and Drug Administration") and no part before
        it is a body of its own ("the Army and Air Force" are two), or when the run so far
        is a body's head with its "of"/"for" and what follows names its remit, not another
        body or a person ("Bureau of Alcohol, Tobacco, Firearms and Explosives", "Ministry
        of Trade and Industry"); a run of places or firms ("Ford and General Motors")
        ends on no such head and stays apart."""
        w, words = self.w, self.words
        lw, n = w.lower, len(w.text)
        k, joined = j, False
        while k < n and not joined:  # ", Tobacco, Firearms and Explosives"
            if lw[k] in words.joiners:
                joined = True
            elif w.text[k] != ",":
                return None
            k += 1
            start = k
            while k < n and capish[k] and k - start < 4 and k not in self.starts:
                k += 1
            if k == start or any(lw[x].rstrip(".") in words.titles or w.text[x].isupper()
                                 for x in range(start, k)):
                return None
        if not joined:
            return None
        last = lw[k - 1]
        ends_on_head = last in words.joined_heads or last.removesuffix("s") in (
            words.joined_heads)
        remit = any(lw[x] in words.org_heads and lw[x + 1] in words.connectors
                    for x in range(i, j - 1))
        if ends_on_head and not any(lw[x] in words.org_heads for x in range(i, j)):
            return k
        # "... and Interior Ministry" is another body; "... and Human Services" its remit
        opens = [x + 1 for x in range(j, k - 1) if lw[x] in words.joiners or w.text[x] == ","]
        if remit and not any(lw[x] in words.org_heads for x in opens if x < k):
            return k
        return None

    def _past_appositive(self, j: int) -> int:
        """The token after ", a utility," or ", the state carrier," at ``j`` (an appositive
        of at most five words that ends on a body's noun), else ``j``."""
        w, words = self.w, self.words
        if w.text[j] != "," or j + 2 >= len(w.text) or w.lower[j + 1] not in words.articles:
            return j
        end = next((x for x in range(j + 2, min(j + 7, len(w.text) - 1))
                    if w.text[x] == ","), None)
        if end is None or w.lower[end - 1] not in words.body_nouns:
            return j
        return end + 1

    def _span(self, i: int, j: int) -> Span:
        start, end = self.w.idx[i], self.w.end_char(j - 1)
        return Span(start, end, self.text[start:end])

    def _spelled_out(self, text: str) -> Mention | None:
        """The organisation named earlier whose initials ``text`` is ("NUG" after "National
        Unity Government"), when ``text`` is an acronym.

        The latest such mention wins. Why an index: each acronym asked scanned the mentions
        for it, and a new one all of them; now each mention is read once, when an acronym
        is first asked after it was added, for the initials it may spell (as
        :meth:`_spells` reads them), a newer one taking the initials over from an older."""
        if not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
            return None
        mentions = self.mentions
        if self.initials_read < len(mentions):
            for n in range(self.initials_read, len(mentions)):
                self._read_initials(mentions[n])
            self.initials_read = len(mentions)
        found = self.spelled.get(text)
        if found is None or isinstance(found, Mention):
            return found
        body = self._body_in(*found)  # the body named last in it: made when first asked
        self.spelled[text] = body
        return body

    def _body_in(self, m: Mention, name: str) -> Mention:
        """The body named last in ``m``'s name ("the National Recovery Council" in "the
        Ministry of Relief of the National Recovery Council"), as a mention of its own."""
        return Mention("org", m.span, name, "org:" + org_key(name, self.gaz, self.words))

    def _name_parts(self, m: Mention) -> list[tuple[str, int, list[str]]]:
        """(initials, first word, words) of each part of ``m``'s name an acronym may spell:
        the whole name, then each body named after a connector ("of the ..."), fillers
        and words not opening with a letter left out."""
        fillers, connectors = self.words.org_key_fillers, self.words.connectors
        words = m.name.split()
        out = []
        for at in [0] + [n + 1 for n, w in enumerate(words) if w.lower() in connectors]:
            part = [w for w in words[at:] if w.lower() not in fillers and w[:1].isalpha()]
            out.append(("".join(w[0] for w in part).upper(), at, part))
        return out

    def _read_initials(self, m: Mention) -> None:
        """Index ``m`` under each acronym it spells (:meth:`_spells`, per part of the name:
        the whole name, or the body named last in it; the first part that gives an acronym
        is the one :meth:`_spells` returns for it)."""
        if m.kind != "org":
            return
        seen: set[str] = set()
        for initials, at, part in self._name_parts(m):
            if initials in seen or len(m.name) <= len(initials) + 3 or not (
                    2 <= len(initials) <= 6 and initials.isalpha() and initials.isupper()):
                continue
            seen.add(initials)
            self.spelled[initials] = m if at == 0 else (m, " ".join(part))

    def _spells(self, m: Mention, text: str) -> Mention | None:
        """``m`` (or the body named last in it) when it is an organisation whose initials
        are ``text``, else None."""
        if m.kind != "org" or len(m.name) <= len(text) + 3:
            return None
        for initials, at, part in self._name_parts(m):
            if initials == text:
                return m if at == 0 else self._body_in(m, " ".join(part))
        return None

    def lowercase_orgs(self) -> None:
        """"the Belarusian defence ministry", "Lithuania's defence ministry", "the general
        staff of Belarus": organisations written without capitals."""
        # a place may sit inside an organisation's name ("Lithuania's defence ministry")
        taken = [(m.span.start, m.span.end) for m in self.mentions if m.kind != "place"]
        for m in lowercase_org_matches(self.text, self.w, self.words):
            start, end = m.start("org"), m.end("org")
            if any(s < end and start < e for s, e in taken):
                continue
            who = m.group("who")
            place = self.gaz.place(who)
            # a country, its adjective or its capital: not a town ("The" is one's other name)
            code = self.gaz.demonym(who) or self.gaz.capital_of(who) or (
                place.country if place is not None and place.kind == "country" else None)
            if code is None and who.lower() == self.words.the:
                # "The interior ministry said": a ministry, of no country the phrase names
                name = canonical_org(self.text[start:end], self.gaz, lang=self.words.lang)
                if name is not None:
                    self.add(Mention("org", Span(start, end, self.text[start:end]), name,
                                     "org:" + org_key(name, self.gaz, self.words)))
                continue
            if code is None:
                continue
            body = m.group("body").lower()
            kind = self.words.government_kinds.get(" ".join(body.split()))
            adjective = self.gaz.adjective(code)
            if kind is not None and adjective is not None:  # "Myanmar's ruling military"
                self.add(Mention("org", Span(start, end, self.text[start:end]),
                                 self.words.government_labels[kind].format(adjective=adjective),
                                 f"org:{code.lower()}:{kind}", country=code))
                continue
            for spelling, common in self.words.spelling_variants.items():
                body = body.replace(spelling, common)
            name = canonical_org(self.text[start:end], self.gaz, code,
                                 self.words.lang) or self.text[start:end]
            key = f"org:{code.lower()}:" + "-".join(sorted(body.split()))
            self.add(Mention("org", Span(start, end, self.text[start:end]), name, key,
                             country=code))

    def demonym_places(self) -> None:
        """"Latvian Ministry of Defense" names Latvia as a place too."""
        taken = {(m.span.start, m.span.end) for m in self.mentions if m.kind == "place"}
        # the last words of the demonyms of several words: only before one of these may a
        # word make a longer demonym (both are ASCII letters, whose folded form is lower case);
        # a word that is neither a demonym nor the last word of one names no country (its
        # ASCII letters fold to its lower case): passed over before anything is looked up
        lasts = self.gaz.demonym_words[0]
        for m in capitalised_demonyms(self.text, self.w, self.gaz):
            word = m.group(0).lower()
            start = m.start()
            # "North Korean" is North Korea's, not "Korean" South Korea's
            pair = _WORD_BEFORE.search(self.text, max(0, start - 16), start) if (
                word in lasts) else None
            if pair and self.gaz.demonym(f"{pair.group(1)} {m.group(0)}"):
                start = pair.start()
            code = self.gaz.demonym(self.text[start:m.end()])
            if code is None or (start, m.end()) in taken or (m.start(), m.end()) in taken:
                continue
            name = self.gaz.country_name(code)
            if name:
                self.add(Mention("place", Span(start, m.end(), self.text[start:m.end()]), name,
                                 "place:" + fold(name), country=code,
                                 place=self.gaz.place(name), via="demonym"))


def _written_lower(word: str, text: str) -> bool:
    r"""Whether ``text`` writes ``word`` (lower case) as a word of its own: not inside a
    longer word nor a hyphenated one.

    Why not ``(?<![\w-])word(?![\w-])``: a pattern that opens with a look-behind is tried
    at every character of the text; this one opens with the word, which the matcher skips
    to, and looks behind from its end (the character before the word, as before)."""
    esc = re.escape(word)
    return re.search(rf"{esc}(?<![\w-]{esc})(?![\w-])", text) is not None


def org_key(name: str, gaz: Gazetteer, words: EntityWords) -> str:
    """"the Belarusian Ministry of Defense" and "Belarus's defence ministry" share a key."""
    tokens = re.findall(r"[\w']+", fold(name))
    country = None
    for a, b in itertools.pairwise(tokens):
        pair = gaz.place(f"{a} {b}")
        if pair is not None and pair.kind == "country":
            country = pair.country
            tokens = [w for w in tokens if w not in (a, b)]
            break
    rest = []
    for w in tokens:
        code = gaz.demonym(w) or (gaz.place(w).country if gaz.place(w) and
                                  gaz.place(w).kind == "country" else None)
        if code and country is None:
            country = code
        elif w not in words.org_key_fillers:
            rest.append(words.spelling_variants.get(w, w))
    return (country.lower() + ":" if country else "") + "-".join(sorted(rest))
