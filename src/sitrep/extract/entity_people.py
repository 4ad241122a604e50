"""Person rules of one document's entity finder: where a capitalised run's role ends and
its name starts, whether the context says a person, and a bare surname's referent.

Why apart: the finder (:mod:`.entities`) classifies runs as organisations, places and people;
the person rules are the largest share, and keeping them in a mixin of their own (as
:mod:`.entity_orgs` and :mod:`.entity_places` keep theirs) keeps each module readable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.gazetteer import Gazetteer
from ..knowledge.names import person_key, skeleton
from .entity_names import NameTokens
from .entity_words import EntityWords
from .records import Mention, Span
from .words import Words


def _is_initial(token: str) -> bool:
    """A capital and a period ("E."): a name's initial."""
    return len(token) == 2 and token[1] == "." and token[0].isupper()


class PersonRules:
    """Person rules of one document's entity finder (:mod:`.entities` sets these)."""

    gaz: Gazetteer
    words: EntityWords
    text: str
    mentions: list[Mention]
    w: Words
    people: dict[str, Mention]
    first_names: dict[str, Mention]
    name_token: NameTokens

    if TYPE_CHECKING:  # the finder's own, which these rules call
        def span(self, i: int, j: int) -> Span: ...

        def span_text(self, i: int, j: int) -> str: ...

        def _syllable(self, i: int, long: bool = False) -> bool: ...

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)

    def _role_part(self, i: int, j: int) -> tuple[int, str | None]:
        """Where the name part of run ``i:j`` starts, and the role before it ("Belarusian
        Defense Minister Lt. Gen."), if any."""
        gaz, words = self.gaz, self.words
        tx, lw = self.w.text, self.w.lower
        k, role_word = i, self.name_token.role_word
        while k < j and role_word(tx[k], gaz):
            k += 1
        if k == i and j - i > 3:  # "Interim Tulsa Transit Police Chief Ed Marlow": a title
            k = next((t + 1 for t in range(j - 3, max(i, j - 5), -1)
                      if lw[t].rstrip(".") in words.titles), i)
        # "Deputy Pentagon Press Secretary X": a body inside a title, when a title word
        # follows it; a run that ends on the body ("the Pentagon") is the body's name
        while k > i and (lw[k - 1] in words.connectors or (
                lw[k - 1] in words.org_heads and lw[k - 1].rstrip(".") not in words.titles)):
            k -= 1
        role = self.span_text(i, k) if k > i else None
        if role and i >= 2 and lw[i - 1] in words.possessive_suffixes and gaz.place(tx[i - 2]):
            role = self.span_text(i - 2, k)  # "Ukraine's President"
        return k, role

    def _names_person(self, i: int, j: int, k: int) -> bool:
        """Whether the name part ``k:j`` of run ``i:j`` may name a person: one to four name
        words, no article before a full name, no unit or building word around it.

        The context's say (:meth:`_says_person`) is asked only when the answer turns on it:
        it relaxes the place test of a name word (a word that passes strictly passes
        relaxed too) and drops a leading initial; most runs are decided without it."""
        w, words = self.w, self.words
        tx, lw = w.text, w.lower
        last = lw[j - 1]
        if ((lw[j] if j < len(tx) else None) in words.not_a_person_after
                or last in words.facilities or last in words.products
                # "Harwell Capital", "Brant Partners": a firm's name, never a person's
                or last in words.corporate_words):
            return False
        relaxed = True if k > i else None  # None: not asked yet
        # the name part's text, of two words or more: an initial has its period in it, a
        # hyphen its own mark; without either every word is a name word to check
        span = self.span_text(k, j) if j - k > 1 else ""
        dotted = "." in span
        if relaxed is None and dotted and any(_is_initial(tx[x]) for x in range(k, j - 1)):
            relaxed = self._says_person(i, j, k)
        # a hyphen, a name's second syllable and an initial before a further name part are
        # parts of a name, not names to check: a middle initial ("Mary E. Stone"), or a
        # leading one where the context says a person ("J. R. Hale, the mayor,"; else "z. B."
        # or a list's "A. Item" would open a name)
        if j - k == 1:
            name_tokens = [] if tx[k] in ("-", "‑") else [k]
        elif dotted or "-" in span or "‑" in span:
            name_tokens = [x for x in range(k, j) if tx[x] not in ("-", "‑") and not (
                x > k and tx[x - 1] in ("-", "‑") and self._syllable(x)) and not (
                x < j - 1 and _is_initial(tx[x]) and (relaxed or (
                    x > k and not _is_initial(tx[k]))))]
        else:
            name_tokens = list(range(k, j))
        # "of the Harbour Partnership": English puts no article before a person's full
        # name (a role between them is read apart: "the Rev. Ann Lee")
        if not 1 <= len(name_tokens) <= 4 or (
                k == i and len(name_tokens) >= 2 and i > 0 and lw[i - 1] == words.the):
            return False
        if relaxed is not None:
            return self._name_words(name_tokens, relaxed)
        return self._name_words(name_tokens, False) or (
            self._name_words(name_tokens, True) and self._says_person(i, j, k))

    def _name_words(self, name_tokens: list[int], relaxed: bool) -> bool:
        """Whether every token of ``name_tokens`` may be a word of a name. Where the context
        says a person (``relaxed``), a last name that is a people's adjective is a surname
        ("Adrian Moldovan said", "said Ana Romanian") after words that may be names, unless
        the last two words are a people's adjective together ("North Korean")."""
        if self.name_token.all_names(self.w, name_tokens, self.gaz, relaxed):
            return True
        text = self.w.text
        last, pair = text[name_tokens[-1]], " ".join(text[x] for x in name_tokens[-2:])
        return relaxed and len(name_tokens) >= 2 and last.isalpha() and last[:1].isupper() and (
            self.gaz.demonym(last) is not None) and self.gaz.demonym(pair) is None and (
            self.name_token.all_names(self.w, name_tokens[:-1], self.gaz, relaxed))

    def _says_person(self, i: int, j: int, k: int) -> bool:
        """Whether the context says "a person" ("said Rasa X", "the minister, Uladzimir X,",
        "X, who", "executive Tom X": a title in lower case right before): then a first name
        that is also a town's other name (Rasa, Uladzimir) stays a name (``k``: where the
        name part starts)."""
        w, words = self.w, self.words
        tx, lw = w.text, w.lower
        after = j if j < len(tx) else None
        return k > i or (after is not None and lw[after] in words.speech_verbs) or (
            after is not None and tx[after] == "," and self._appositive_role(j) is not None
        ) or (i > 1 and lw[i - 1] in words.age_words and tx[i - 2] in ("-", "‑")) or (
            i > 0 and (lw[i - 1] in words.speech_verbs or (
            lw[i - 1] in words.titles and tx[i - 1].islower()))) or (
            i > 1 and lw[i - 1] == "," and lw[i - 2].rstrip(".") in words.titles) or (
            after is not None and tx[after] == "," and j + 1 < len(tx)
            and lw[j + 1] in words.relative_pronouns)

    def _person(self, k: int, j: int, role: str | None) -> bool:
        gaz = self.gaz
        text = self.span_text(k, j)
        known = gaz.person(text)
        w = self.w
        if " " not in text and not ("-" in text and (role is not None or (
                j < len(w.text) and w.lower[j] in self.words.speech_verbs))):
            # a bare surname ("Orlov"; "Kosiniak-Kamysz" too, one word with its hyphen:
            # "Coca-Cola" is no person's full name): the person last named with it here,
            # else a well-known one; a double-barrelled one with a role or "said" after it
            # is a name in full ("Minister Kosiniak-Kamysz")
            key = person_key(text, self.words.lang)
            # the person last named with it as a surname, else as a first name ("Anutin
            # said" after "Anutin Charnvirakul"; "Lee said" after "Lee Seong-kweun")
            surname = key.split("/", 1)[0]
            earlier = self.people.get(surname)
            if earlier is None and surname in self.first_names:
                # a bare word that only opens a name: a firm named with it outranks a
                # product read as a person ("Kestrel claims" after "Kestrel Connect" and
                # "Kestrel Motors Ltd": the firm)
                firm = next((m for m in reversed(self.mentions) if m.kind == "org"
                             and m.span.text.split()[0] == text and " " in m.span.text), None)
                if firm is not None:
                    self.add(Mention("org", self.span(k, j), firm.name, firm.key,
                                     country=firm.country))
                    return True
                earlier = self.first_names[surname]
            if earlier is not None:
                self.add(Mention("person", Span(w.idx[k], w.idx[k] + len(text), text),
                                 earlier.name, earlier.key,
                                 role=role or earlier.role, via="surname"))
                return True
            if known is not None:
                self.add(Mention("person", self.span(k, j), known.name,
                                 person_key(known.name, self.words.lang), role=role or known.role,
                                 country=known.country, via="surname"))
                return True
            if (k > 0 and w.lower[k - 1] in self.words.speech_verbs and j + 1 < len(w.text)
                    and w.text[j] == "," and w.lower[j + 1] in self.words.relative_pronouns):
                # '," said Orlov, who runs the shop': a surname named first here
                self.add(Mention("person", self.span(k, j), text, key, role=role))
                self.people[surname] = self.mentions[-1]
                return True
            return False
        name = known.name if known else text
        key = person_key(known.name if known else text, self.words.lang)
        role = role or self._role_before(k)
        after = self._appositive_role(j)  # the role before and the one after, both kept
        appositive = f"{role}, {after}" if role and after else (
            role or after or (known.role if known else None))
        mention = Mention("person", Span(w.idx[k], w.idx[k] + len(text), text), name, key,
                          role=appositive, country=known.country if known else None)
        self.add(mention)
        # a later bare surname or first name reads its name, key and role only: the
        # mention itself serves (no copy of it without its country)
        self.people[key.split("/", 1)[0]] = mention
        first = skeleton(name.replace("-", " ").split()[0], self.words.lang)
        if first:
            self.first_names[first] = mention
        return True

    def _role_before(self, k: int) -> str | None:
        """"the defence minister, Uladzimir Karpenka,": a title in lower case, then a comma."""
        lw = self.w.lower
        if k < 2 or self.w.text[k - 1] != ",":
            return None
        start = k - 1
        while start > 0 and k - start <= 6 and (
                lw[start - 1].rstrip(".") in self.words.titles
                or lw[start - 1] in self.words.role_modifiers):
            start -= 1
        words = lw[start:k - 1]
        if not any(x.rstrip(".") in self.words.titles for x in words):
            return None
        while start < k - 1 and lw[start] in self.words.articles:
            start += 1
        return self.span_text(start, k - 1)

    def _appositive_role(self, j: int) -> str | None:
        """", Adviser to the Harbour Board's chair," after a name: a role in apposition."""
        tx = self.w.text
        if j >= len(tx) or tx[j] != ",":
            return None
        end = j + 1
        while end < len(tx) and tx[end] not in (",", ".", ";", "—", "–", ")"):
            end += 1
            if end - j > 16:
                return None
        words = {x.rstrip(".") for x in self.w.lower[j + 1:end]}
        if end > j + 1 and words & self.words.titles:
            return self.span_text(j + 1, end)
        return None

