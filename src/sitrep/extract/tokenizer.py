"""spaCy's tokenizer with its special cases kept out of its way, so that its cache works.

Why: spaCy remembers how it split each whitespace-free chunk, but once a document has met a
special case ("Mr.", "Nov.", "they're", "'s"), it remembers nothing more of that document
(spaCy issue #1250: a remembered split would lose the attributes a special case sets).
News meets one in its first lines, so most chunks were split again, affix by affix, in every
article: about a fifth of extraction time. sitrep reads no attribute a special case sets
(only each token's text and its lexeme), so :class:`CachingTokenizer` runs a second spaCy
tokenizer with no special cases, whose affix and infix searches are wrapped to give the
same tokens the special cases give, and which therefore caches everything. A document in
which spaCy's last step (special cases spread over several tokens, e.g. ``)`` ``:``) would
change a token gets that step done on it: a case of one token is a merge of its tokens; with
a case of several, the text is tokenized by the original tokenizer instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

Search = Callable[[str], Any]


class _Cut:
    """A zero-width infix match: spaCy cuts a chunk there (its only use of a match is
    ``start()`` and ``end()``)."""

    __slots__ = ("at",)

    def __init__(self, at: int) -> None:
        self.at = at

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.at


class _Specials:
    """The special cases of a tokenizer, as the wrapped searches below read them."""

    __slots__ = ("cuts", "keys")

    def __init__(self, rules: dict[str, list[dict[int, str]]]) -> None:
        self.keys = frozenset(rules)
        self.cuts: dict[str, list[_Cut]] = {}
        for key, tokens in rules.items():
            if len(tokens) > 1:
                ends, at = [], 0
                for token in tokens[:-1]:
                    at += len(token[ORTH])
                    ends.append(_Cut(at))
                self.cuts[key] = ends


class _Prefix:
    """No prefix on a special case; none either where spaCy would strip only a suffix
    because the rest is a special case (``'s,``): it tests that before stripping both."""

    __slots__ = ("search", "specials", "suffix")

    def __init__(self, search: Search, suffix: Search, specials: _Specials) -> None:
        self.search, self.suffix, self.specials = search, suffix, specials

    def __call__(self, chunk: str) -> Any:
        keys = self.specials.keys
        if chunk in keys:
            return None
        found = self.search(chunk)
        if found is None:
            return None
        rest = chunk[found.end() - found.start():]
        if rest in keys:
            return found
        suffix = self.suffix(rest)
        if suffix is not None and chunk[:-(suffix.end() - suffix.start())] in keys:
            return None
        return found


class _Suffix:
    """No suffix on a special case (spaCy stops stripping at one)."""

    __slots__ = ("keys", "search")

    def __init__(self, search: Search, specials: _Specials) -> None:
        self.search, self.keys = search, specials.keys

    def __call__(self, chunk: str) -> Any:
        return None if chunk in self.keys else self.search(chunk)


class _Infix:
    """A special case of several tokens is cut where its tokens meet; one of one token is
    not cut."""

    __slots__ = ("finditer", "specials")

    def __init__(self, finditer: Callable[[str], Iterable[Any]], specials: _Specials) -> None:
        self.finditer, self.specials = finditer, specials

    def __call__(self, chunk: str) -> Iterable[Any]:
        if chunk in self.specials.keys:
            return self.specials.cuts.get(chunk, ())
        return self.finditer(chunk)


class _NotSpecial:
    """A token or URL match that leaves a special case of several tokens to :class:`_Infix`
    (spaCy tries special cases first)."""

    __slots__ = ("cuts", "match")

    def __init__(self, match: Search, specials: _Specials) -> None:
        self.match, self.cuts = match, specials.cuts

    def __call__(self, chunk: str) -> Any:
        return None if chunk in self.cuts else self.match(chunk)


class CachingTokenizer:
    """Tokens of ``full`` (a spaCy tokenizer), made by a copy without special cases."""

    def __init__(self, full: Tokenizer, cache_size: int) -> None:
        self.full = full
        self.vocab = full.vocab
        rules = dict(full.rules or {})
        specials = _Specials(rules)
        suffix = _Suffix(full.suffix_search, specials)
        self.fast = Tokenizer(
            full.vocab, rules={},
            prefix_search=_Prefix(full.prefix_search, full.suffix_search, specials),
            suffix_search=suffix,
            infix_finditer=_Infix(full.infix_finditer, specials),
            token_match=_NotSpecial(full.token_match, specials) if full.token_match else None,
            url_match=_NotSpecial(full.url_match, specials) if full.url_match else None)
        self.fast.max_cache_size = cache_size
        # spaCy's last step: special cases that its affix rules split into several tokens
        plain = Tokenizer(full.vocab, rules={}, prefix_search=full.prefix_search,
                          suffix_search=full.suffix_search, infix_finditer=full.infix_finditer,
                          token_match=full.token_match, url_match=full.url_match)
        self.orths = {key: [t[ORTH] for t in tokens] for key, tokens in rules.items()}
        # what a case of one token sets besides its text (a NORM), set again on a merge
        self.attrs = {key: {a: v for a, v in tokens[0].items() if a != ORTH}
                      for key, tokens in rules.items() if len(tokens) == 1}
        self.spread = PhraseMatcher(full.vocab)
        for key in rules:
            if full.find_prefix(key) or full.find_suffix(key) or full.find_infix(key) \
                    or " " in key:
                self.spread.add(key, [plain(key)])

    def __call__(self, text: str) -> Doc:
        doc = self.fast(text)
        matches = self.spread(doc)
        for _, start, end in matches:
            if self._changes(doc[start:end]):
                return self._last_step(doc, matches, text)
        return doc

    def _last_step(self, doc: Doc, matches: list[tuple[int, int, int]], text: str) -> Doc:
        """spaCy's last step done on ``doc``: the special cases it keeps among ``matches``
        (the longest first, then the first; one that meets a kept one at its first or last
        token is dropped), each put in place of its tokens. A case of one token ("):",
        "Minn.") is a merge of its tokens; with a case of several that changes the tokens,
        ``text`` goes to the original tokenizer. Why: tokenizing the article again took five
        times what the rest of the tokenizer takes over it (1 article in 15 has such a case)."""
        seen: set[int] = set()
        merges = []
        # a first token that a case replaces is unmarked, as spaCy's copy of the case is
        first = doc[0].is_sent_start
        for start, end in sorted(((s, e) for _, s, e in matches),
                                 key=lambda m: (m[0] - m[1], m[0])):
            if start not in seen and end - 1 not in seen:
                if start == 0 and doc[start:end].text in self.orths:
                    first = None
                if self._changes(doc[start:end]):
                    if len(self.orths[doc[start:end].text]) > 1:
                        return self.full(text)
                    merges.append(doc[start:end])
            seen.update(range(start, end))
        with doc.retokenize() as retokenizer:
            for span in merges:
                retokenizer.merge(span, self.attrs[span.text])
        doc[0].is_sent_start = first  # a merge marks it
        return doc

    def _changes(self, span: Span) -> bool:
        """Whether spaCy's last step would change the tokens of ``span``, a match of a
        special case: only if its text is that case and the case's tokens differ (``it's``
        matched as ``it`` ``'s`` is left as it is; ``): 1`` is no special case)."""
        tokens = self.orths.get(span.text)
        return tokens is not None and (
            tokens != [t.text for t in span] or any(t.whitespace_ for t in span[:-1]))

    def pipe(self, texts: Iterable[str]) -> Iterator[Doc]:
        """As spaCy's ``Tokenizer.pipe``."""
        for text in texts:
            yield self(text)

