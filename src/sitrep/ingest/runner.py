"""Ingest: read, clean, fingerprint, store. Each stage is a plain function of one document.

``clean_capture`` (the clean stage, :mod:`sitrep.clean`) and ``prepare_cleaned`` touch no
shared state, so any runner (this loop, a process pool, a Dask cluster) can map them; only
``Store.add_cleaned`` needs the store, and it runs one batch per transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from .. import dedupe
from ..clean import clean_capture
from ..documents import Capture, CleanedCapture, Refusal
from ..errors import Reason, raise_internal_errors
from ..store import AddResult, Store
from .readers import Item, ReadOptions, Skipped, iter_inputs
from .translations import LinkSummary, link_translations

if TYPE_CHECKING:
    from ..dedupe.translations import Encoder

DEFAULT_BATCH = 1000
T = TypeVar("T")
#: The longest exception message an E013 refusal quotes.
MAX_DETAIL = 300


@dataclass(frozen=True, slots=True)
class Prepared:
    """A cleaned capture with the fingerprints of its articles, ready for the store."""

    cleaned: CleanedCapture
    fingerprints: list[dedupe.Fingerprint]


def prepare_cleaned(cleaned: CleanedCapture) -> Prepared:
    """Fingerprint the articles of one cleaned capture."""
    return Prepared(cleaned, dedupe.fingerprints([a.text for a in cleaned.articles]))


def prepare(capture: Capture) -> Prepared | Refusal:
    """Clean and fingerprint one capture: the per-document part of ingest."""
    cleaned = clean_capture(capture)
    if isinstance(cleaned, Refusal):
        return cleaned
    return prepare_cleaned(cleaned)


@dataclass
class IngestSummary:
    """What an ingest run did. ``refused`` holds one readable line per refused input."""

    captures: int = 0
    articles: int = 0
    related: int = 0
    duplicates: int = 0
    already_stored: int = 0
    skipped: int = 0
    refused: list[str] = field(default_factory=list)
    #: the translations linked once the batches were in (None when linking was left out)
    translations: LinkSummary | None = None

    @property
    def ok(self) -> bool:
        return not self.refused

    def as_dict(self) -> dict[str, object]:
        return {"captures": self.captures, "articles": self.articles, "related": self.related,
                "duplicates": self.duplicates, "already_stored": self.already_stored,
                "skipped": self.skipped, "refused": len(self.refused),
                "refusals": list(self.refused)}

    def describe(self) -> str:
        return (f"{self.captures} captures ingested ({self.articles} articles, "
                f"{self.related} related stories split off, {self.duplicates} duplicates "
                f"grouped); {self.already_stored} already stored; {self.skipped} skipped; "
                f"{len(self.refused)} refused")


#: A batch also ends once its raw pages reach this many characters, so that a run of large
#: pages does not hold hundreds of megabytes until the batch commits.
DEFAULT_BATCH_CHARS = 32 * 1024 * 1024


def _batches(items: Iterable[Item], size: int,
             max_chars: int = DEFAULT_BATCH_CHARS) -> Iterator[list[Item]]:
    batch: list[Item] = []
    chars = 0
    for item in items:
        batch.append(item)
        chars += len(item.raw) if isinstance(item, Capture) else 0
        if len(batch) >= size or chars >= max_chars:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def ingest(paths: Iterable[str], store: Store, options: ReadOptions | None = None, *,
           batch_size: int = DEFAULT_BATCH,
           on_item: Callable[[Item], None] | None = None,
           on_refusal: Callable[[Refusal], None] | None = None,
           on_stage: Callable[[str], None] | None = None,
           link: bool = True) -> IngestSummary:
    """Ingest every capture found at ``paths`` into ``store``, one transaction per batch,
    then link the new articles' translations (see :func:`ingest_items`).

    Re-ingesting is a no-op: a capture already in the store is only noted as seen again.
    ``on_stage`` hears which stage a batch is in ("reading", "cleaning", "storing",
    "linking translations"), for a progress bar that says what the time goes to.
    """
    return ingest_items(iter_inputs(paths, options or ReadOptions()), store,
                        batch_size=batch_size, on_item=on_item, on_refusal=on_refusal,
                        on_stage=on_stage, link=link)


def ingest_items(items: Iterable[Item], store: Store, *, batch_size: int = DEFAULT_BATCH,
                 on_item: Callable[[Item], None] | None = None,
                 on_refusal: Callable[[Refusal], None] | None = None,
                 on_stage: Callable[[str], None] | None = None,
                 link: bool = True, encoder: Encoder | None = None) -> IngestSummary:
    """Ingest captures that are already read (by :func:`sitrep.ingest.readers.iter_inputs`, or
    built by a caller), one transaction per batch.

    Then, unless ``link`` is False, the new articles' translations in other languages are
    linked (:func:`sitrep.ingest.translations.link_translations`, with ``encoder`` if given):
    here, so that every path into the store (the command, the demo, a watched folder, a
    feed, the library) links translations as it groups copies, and none can forget to. It
    looks only at articles not yet looked at, so it costs nothing when nothing is new."""
    summary = IngestSummary()
    stage = on_stage or (lambda _: None)
    stage("reading")
    for batch in _batches(items, batch_size):
        store.fit_cache_to_ingest()
        _ingest_batch(batch, store, summary, on_item, on_refusal, stage)
        stage("reading")
    if link:
        stage("linking translations")
        summary.translations = link_translations(store, encoder=encoder)
    return summary


def _ingest_batch(batch: list[Item], store: Store, summary: IngestSummary,
                  on_item: Callable[[Item], None] | None,
                  on_refusal: Callable[[Refusal], None] | None,
                  stage: Callable[[str], None] = lambda _: None) -> None:
    """Clean, fingerprint and store one batch in one transaction.

    An unexpected exception on one capture refuses that capture alone (E013): the others of
    the batch are still stored, and what the failing capture had half-written is rolled back
    to its savepoint. With ``SITREP_RAISE_INTERNAL=1`` the exception propagates instead.
    """
    ready: list[Prepared | Refusal | Capture] = []
    todo: list[Capture] = []
    for item in batch:
        if on_item:
            on_item(item)
        if isinstance(item, Skipped):
            summary.skipped += 1
        elif isinstance(item, Refusal) or store.has_capture(item.id):
            ready.append(item)
        else:
            todo.append(item)
    cleaned_batch: list[CleanedCapture] = []
    stage("cleaning")
    for capture in todo:
        cleaned = _guard(capture, partial(clean_capture, capture))
        if isinstance(cleaned, Refusal):
            ready.append(cleaned)
        else:
            cleaned_batch.append(cleaned)
    ready += _fingerprint_batch(cleaned_batch)
    now = datetime.now(UTC).replace(tzinfo=None)
    stage("storing")
    with store.transaction():
        for entry in ready:
            if isinstance(entry, Refusal):
                _refuse(entry, store, summary, now, on_refusal)
                continue
            try:
                with store.savepoint():
                    added = _store_entry(entry, store)
            except Exception as exc:
                capture = entry if isinstance(entry, Capture) else entry.cleaned.capture
                _refuse(_internal(capture, exc), store, summary, now, on_refusal)
                continue
            _count(entry, added, summary)
        store.fold_recent()  # the recent key tables, once big enough (store/recent.py)


def _internal(capture: Capture, exc: Exception) -> Refusal:
    """An unexpected exception on one capture, as a refusal of that capture only (E013).

    The detail names the exception, so that the refusal can be reported as a bug. Raises
    ``exc`` again when the ``SITREP_RAISE_INTERNAL`` switch is on (the test suite)."""
    if raise_internal_errors():
        raise exc
    message = str(exc)
    if len(message) > MAX_DETAIL:  # an exception may quote a whole page
        message = message[:MAX_DETAIL] + "..."
    return Refusal(Reason.INTERNAL, capture.locator, f"{type(exc).__name__}: {message}")


def _guard(capture: Capture, step: Callable[[], T]) -> T | Refusal:
    """``step()`` on ``capture``, or the E013 refusal of the capture when it raises."""
    try:
        return step()
    except Exception as exc:
        return _internal(capture, exc)


def _fingerprint_batch(cleaned_batch: list[CleanedCapture]) -> list[Prepared | Refusal]:
    """Fingerprints of every article of the batch in one MinHash.bulk call (the permutation
    set-up is shared); when that call raises, capture by capture, to refuse only the one
    that fails."""
    try:
        prints = iter(dedupe.fingerprints([a.text for c in cleaned_batch for a in c.articles]))
        return [Prepared(c, [next(prints) for _ in c.articles]) for c in cleaned_batch]
    except Exception:
        if raise_internal_errors():
            raise
    return [_guard(c.capture, partial(prepare_cleaned, c)) for c in cleaned_batch]


def _store_entry(entry: Prepared | Capture, store: Store) -> AddResult | None:
    """Store one capture; None when it was already stored (only its new place is noted)."""
    capture = entry if isinstance(entry, Capture) else entry.cleaned.capture
    if isinstance(entry, Capture) or store.has_capture(capture.id):  # or twice in one batch
        store.add_capture_source(capture.id, capture.locator)
        return None
    return store.add_cleaned(entry.cleaned, entry.fingerprints)


def _count(entry: Prepared | Capture, added: AddResult | None, summary: IngestSummary) -> None:
    if added is None or isinstance(entry, Capture):
        summary.already_stored += 1
        return
    summary.captures += 1
    summary.articles += len(added.article_ids)
    summary.related += sum(1 for a in entry.cleaned.articles if a.part != "main")
    summary.duplicates += added.joined_groups


def _refuse(refusal: Refusal, store: Store, summary: IngestSummary, now: datetime,
            on_refusal: Callable[[Refusal], None] | None) -> None:
    """Report a refusal and record it in the store. Should recording it fail, the refusal is
    still reported: losing its row in ``refusals`` is better than losing the batch."""
    try:
        with store.savepoint():
            store.record_refusal(refusal, now)
    except Exception:
        if raise_internal_errors():
            raise
    summary.refused.append(refusal.message)
    if on_refusal:
        on_refusal(refusal)
