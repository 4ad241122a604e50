"""Link translations across languages, over what the store holds, after ingest.

A plain function of the stored articles, so any runner can call it once its articles are
in (the ``ingest`` command and the news evaluation do). It looks only at articles not yet
looked at, and compares each with few others:

1. each new article's keys (numbers, transliterated names) go into the store's index;
2. the index proposes the articles in another language that share at least
   :data:`MIN_SHARED` keys with it, leaving out keys so common they tell nothing;
3. a pair goes on only when the keys they share are half the smaller key set or more
   (:data:`MIN_KEY_SHARE`) and their figures agree (:func:`sitrep.dedupe.translations.
   plausible`): articles on one story share the year and the country, a translation
   shares nearly all its figures and names;
4. the pairs left are compared sentence by sentence (:func:`sitrep.dedupe.translations.
   score_pair`), with the sentence encoder loaded only if some pair gets that far.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..dedupe.crosskeys import CrossKeys, cross_keys
from ..dedupe.translations import (
    EMBEDDINGS,
    KEYS,
    Encoder,
    load_encoder,
    make_side,
    plausible,
    score_pair,
)
from ..store import LinkText, Store, TranslationLink

#: Changes whenever the keys or the rules change, so that every article is looked at again.
VERSION = "translations-1"
MIN_SHARED = 2
#: A key held by more articles than this is left out of the index's proposals.
MAX_SPREAD = 200
MIN_KEY_SHARE = 0.5
#: Articles whose texts are read at once (and proposed pairs compared at once).
CHUNK = 2_000
#: the mark of an article whose keys are saved and whose pairs are not yet kept
KEYED_ONLY = VERSION + " (keys saved, pairs not yet kept)"

T = TypeVar("T")


@dataclass
class LinkSummary:
    """What a run did: articles looked at, pairs proposed and compared, links found."""

    checked: int = 0
    proposed: int = 0
    compared: int = 0
    linked: int = 0
    method: str | None = None
    seconds: float = 0.0

    def describe(self) -> str:
        how = f" ({self.method})" if self.method else ""
        return (f"{self.linked} translation pairs linked{how}: {self.checked} articles "
                f"looked at, {self.compared} of {self.proposed} proposed pairs compared")


def link_translations(store: Store, *, encoder: Encoder | None = None,
                      embeddings: bool = True,
                      known_keys: Mapping[str, CrossKeys] | None = None,
                      chunk: int = CHUNK) -> LinkSummary:
    """Find and keep the translation pairs that involve articles not yet looked at.

    ``encoder`` is the sentence encoder to use (loaded when needed if not given);
    ``embeddings=False`` compares sentences on their keys alone; ``known_keys`` are keys
    already computed elsewhere (by a cluster's workers, from the same texts), so that this
    process does not compute them again. Texts are read ``chunk`` articles (and pairs) at a
    time: all keys are saved before any pair is proposed, so the pairs found do not depend
    on ``chunk``, and memory does not grow with the store (a store of a million articles
    not yet looked at held 18 GB of text at once, and was killed)."""
    started = time.perf_counter()
    summary = LinkSummary()
    ids = store.articles_to_link(VERSION)
    summary.checked = len(ids)
    if not ids:
        return summary
    known = known_keys or {}
    # the articles an ingest stored with their keys (computed where they were cleaned)
    # need none: only the others are read and keyed here
    for part in _parts(store.articles_to_link(VERSION, KEYED_ONLY), chunk):
        new = store.link_texts(part)
        # marked as keyed only: a run stopped before its links are kept looks at these
        # articles again, rather than taking them for done with their pairs never proposed
        store.save_translation_keys({t.id: (t.language, _keys(t, known).all) for t in new},
                                    KEYED_ONLY)
    proposed = store.translation_candidates(ids, MIN_SHARED, MAX_SPREAD)
    summary.proposed = len(proposed)
    links: list[TranslationLink] = []
    for batch in _parts(proposed, chunk):
        encoder = _link_batch(store, batch, encoder, embeddings, summary, links)
    store.save_translation_links(links, checked=ids, version=VERSION)
    summary.linked = len(links)
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


def _link_batch(store: Store, batch: list[tuple[str, str, int]],
                encoder: Encoder | None, embeddings: bool,
                summary: LinkSummary, links: list[TranslationLink]) -> Encoder | None:
    """Compare a batch of proposed pairs, add the links found to ``links`` and the counts
    to ``summary``; returns the encoder, loaded the first time a pair gets that far.

    The pairs are sifted on the keys the store holds (every proposed article's are saved),
    and only the texts of the pairs left are read: most proposed pairs go no further."""
    saved = store.translation_keys({x for a, b, _ in batch for x in (a, b)})
    keys = {i: CrossKeys.of(k) for i, k in saved.items()}
    pairs = [(a, b) for a, b, _ in batch if plausible(keys[a], keys[b], MIN_KEY_SHARE)]
    texts = {t.id: t for t in store.link_texts({x for pair in pairs for x in pair})}
    summary.compared += len(pairs)
    if pairs and embeddings and encoder is None:
        encoder = load_encoder()
    if pairs:
        summary.method = EMBEDDINGS if encoder is not None and embeddings else KEYS
    sides = {i: make_side(i, texts[i].language, texts[i].text,
                          encoder if embeddings else None)
             for i in sorted({x for pair in pairs for x in pair})}
    for a, b in pairs:
        score = score_pair(sides[a], sides[b])
        if score.linked:
            links.append(TranslationLink(a, b, score.method, score.aligned, score.shorter,
                                         score.similarity))
    return encoder


def _keys(text: LinkText, known: Mapping[str, CrossKeys]) -> CrossKeys:
    return known[text.id] if text.id in known else cross_keys(text.text)


def _parts(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), max(1, size)):
        yield items[i:i + size]
