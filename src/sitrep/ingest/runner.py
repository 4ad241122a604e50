"""Ingest: read, clean, fingerprint, store. Each stage is a plain function of one document.

The per-document part (clean, fingerprint, translation keys: :mod:`.prepare`) touches no
shared state, so any runner (this loop, its worker processes, a Dask cluster) can map it;
only the store's writes and duplicate look-ups (``Store.add_cleaned``) need the store, and
they run here, in the order the captures were read, one batch per transaction.
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TypedDict, Unpack

from ..documents import Capture, Refusal
from ..errors import raise_internal_errors
from ..store import AddResult, Store
from .pool import PreparePool
from .prepare import Prepared, internal, prepare, prepare_captures, prepare_cleaned
from .readers import Item, ReadOptions, Skipped, iter_inputs
from .threads import lock_handed_on_often
from .translations import KEYED_ONLY, LinkSummary, link_translations

if TYPE_CHECKING:
    from ..dedupe import Fingerprint
    from ..dedupe.translations import Encoder

DEFAULT_BATCH = 1000
#: Batches handed to the workers beyond the one being stored: the next one's keys are read
#: beside the writer (store/read_ahead.py), so it must be prepared early in the batch before,
#: and the one after it is being prepared meanwhile.
SENT_AHEAD = 2
#: what other modules (the cluster's part tasks, tests) import from here
__all__ = ["DEFAULT_BATCH", "IngestSummary", "Prepared", "ingest", "ingest_items", "prepare",
           "prepare_captures", "prepare_cleaned"]


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


class RunSettings(TypedDict, total=False):
    """How an ingest runs, all optional (keywords of :func:`ingest` and
    :func:`ingest_items`): ``batch_size`` captures per transaction (:data:`DEFAULT_BATCH`);
    ``on_item`` hears each item read, ``on_refusal`` each refusal, ``on_stage`` the stage
    a batch is in ("reading", "cleaning", "storing", "linking translations"), for a
    progress bar that says what the time goes to; ``link`` (True) links translations
    after, with ``encoder`` if given; ``workers`` (1) the processes that prepare;
    ``filter_keys`` whether the duplicate look-ups go through a filter of the stored keys
    (store/key_filter.py: None, the default, once the run is long enough to pay for it;
    it changes no result, only the time); ``read_ahead`` (True) whether the next batch's
    stored keys are read beside the writer as it stores (store/read_ahead.py: no result
    changes either); ``checkpoint_beside`` (True) whether a thread copies the WAL back into
    the store after each batch (store/checkpointer.py), not the writer's commits."""

    batch_size: int
    on_item: Callable[[Item], None] | None
    on_refusal: Callable[[Refusal], None] | None
    on_stage: Callable[[str], None] | None
    link: bool
    encoder: Encoder | None
    workers: int | str
    filter_keys: bool | None
    read_ahead: bool
    checkpoint_beside: bool


def ingest(paths: Iterable[str], store: Store, options: ReadOptions | None = None,
           **settings: Unpack[RunSettings]) -> IngestSummary:
    """Ingest every capture found at ``paths`` into ``store``, one transaction per batch,
    then link the new articles' translations (see :func:`ingest_items`).

    Re-ingesting is a no-op: a capture already in the store is only noted as seen again.
    """
    return ingest_items(iter_inputs(paths, options or ReadOptions()), store, **settings)


def ingest_items(items: Iterable[Item], store: Store,
                 **settings: Unpack[RunSettings]) -> IngestSummary:
    """Ingest captures that are already read (by :func:`sitrep.ingest.readers.iter_inputs`, or
    built by a caller), one transaction per batch (``settings``: :class:`RunSettings`).

    ``workers`` (N, 0 for one per core, or "auto": one per core once
    :data:`sitrep.workers.AUTO_MIN_DOCUMENTS` items are read) cleans, fingerprints and keys
    the captures in worker processes, the next batches (:data:`SENT_AHEAD`) while this
    process stores the one before; the store comes out the same as with one process (the
    store's writes and its duplicate look-ups stay here, in the order read). A thread
    beside this one copies the WAL back into the store after each batch
    (:meth:`Store.checkpoint_beside`), and the pages a batch frees are not overwritten
    with zeros (:meth:`Store.deletes_unwiped`).

    Then, unless ``link`` is False, the new articles' translations in other languages are
    linked (:func:`sitrep.ingest.translations.link_translations`, with ``encoder`` if given):
    here, so that every path into the store (the command, the demo, a watched folder, a
    feed, the library) links translations as it groups copies, and none can forget to. It
    looks only at articles not yet looked at, so it costs nothing when nothing is new; the
    keys of the articles stored here were saved with their batch."""
    on_item = settings.get("on_item")
    stage = settings.get("on_stage") or (lambda _: None)
    summary = IngestSummary()
    with (PreparePool(settings.get("workers", 1)) as pool, lock_handed_on_often(),
          store.savepoint_journal_in_memory(), store.deletes_unwiped(),
          store.checkpoint_beside() if settings.get("checkpoint_beside", True)
          else contextlib.nullcontext()):
        sent: deque[_Sent] = deque()
        stage("reading")
        try:
            for batch in _batches(items, settings.get("batch_size", DEFAULT_BATCH)):
                store.fit_cache_to_ingest()
                sent.append(_send(batch, store, summary, on_item, pool))
                if len(sent) > SENT_AHEAD:  # stored while the workers prepare those after
                    _store_batch(sent.popleft(), store, summary, settings,
                                 _ahead(sent[0], pool, settings))
                    stage("reading")
            while sent:
                _store_batch(sent.popleft(), store, summary, settings,
                             _ahead(sent[0], pool, settings) if sent else None)
        finally:
            store.stop_filtering_keys()
    if settings.get("link", True):
        stage("linking translations")
        summary.translations = link_translations(store, encoder=settings.get("encoder"))
    return summary


class _Sent:
    """A batch on its way: what needs no cleaning (refusals, captures the store holds), and
    the results of preparing the rest, in order (being computed by the workers, or computed
    here when asked for), gathered once by whichever thread asks first: the writer, or the
    read of its keys beside the writer (store/read_ahead.py), which waits for them."""

    def __init__(self, early: list[Refusal | Capture],
                 prepared: Iterator[list[Prepared | Refusal]]) -> None:
        self.early = early
        self._prepared = prepared
        self._results: list[Prepared | Refusal] | None = None
        self._error: BaseException | None = None
        self._lock = threading.Lock()

    def results(self) -> list[Prepared | Refusal]:
        """The prepared captures and refusals; an error preparing them is raised to every
        thread that asks."""
        with self._lock:
            if self._error is not None:
                raise self._error
            if self._results is None:
                try:
                    self._results = [r for chunk in self._prepared for r in chunk]
                except BaseException as exc:
                    self._error = exc
                    raise
            return self._results

    def fingerprints(self) -> list[Fingerprint]:
        """The fingerprints of the prepared captures' articles, in the order stored."""
        return [fp for r in self.results() if isinstance(r, Prepared) for fp in r.fingerprints]


def _ahead(sent: _Sent, pool: PreparePool,
           settings: RunSettings) -> Callable[[], list[Fingerprint]] | None:
    """What gives the next batch's fingerprints to the read beside the writer, or None
    (``read_ahead`` False). With one process the captures are prepared now, here: the
    read's thread only reads, and cleaning stays in one thread."""
    if not settings.get("read_ahead", True):
        return None
    if pool.count == 1:
        sent.results()
    return sent.fingerprints


def _send(batch: list[Item], store: Store, summary: IngestSummary,
          on_item: Callable[[Item], None] | None, pool: PreparePool) -> _Sent:
    """Count the batch's skipped items, set aside what needs no cleaning, and hand the
    rest to ``pool``. A capture stored by the batch before, not yet committed, is prepared
    again and then only noted as seen again (:func:`_store_entry` looks again)."""
    early: list[Refusal | Capture] = []
    todo: list[Capture] = []
    for item in batch:
        if on_item:
            on_item(item)
        if isinstance(item, Skipped):
            summary.skipped += 1
        elif isinstance(item, Refusal) or store.has_capture(item.id):
            early.append(item)
        else:
            todo.append(item)
    return _Sent(early, pool.prepare(todo, len(batch)))


def _store_batch(sent: _Sent, store: Store, summary: IngestSummary, settings: RunSettings,
                 ahead: Callable[[], list[Fingerprint]] | None = None) -> None:
    """Store one prepared batch in one transaction, with its articles' translation keys
    (``settings``: the run's ``on_refusal``, ``on_stage`` and ``filter_keys``), reading the
    next batch's stored keys beside it when ``ahead`` gives that batch's fingerprints.

    An unexpected exception on one capture refuses that capture alone (E013): the others of
    the batch are still stored, and what the failing capture had half-written is rolled back
    to its savepoint. With ``SITREP_RAISE_INTERNAL=1`` the exception propagates instead.
    """
    on_refusal = settings.get("on_refusal")
    stage = settings.get("on_stage") or (lambda _: None)
    stage("cleaning")
    results = sent.results()
    # the order a single process has always stored in: refusals, then the captures
    ready: list[Prepared | Refusal | Capture] = [
        *sent.early, *(r for r in results if isinstance(r, Refusal)),
        *(r for r in results if isinstance(r, Prepared))]
    keys: dict[str, tuple[str, frozenset[str]]] = {}
    now = datetime.now(UTC).replace(tzinfo=None)
    stage("storing")
    with store.transaction():
        store.filter_keys(summary.captures, settings.get("filter_keys"))
        last = store.last_article_rowid()
        with store.batch_read(sent.fingerprints(), ahead):
            for entry in ready:
                if isinstance(entry, Refusal):
                    _refuse(entry, store, summary, now, on_refusal)
                    continue
                try:
                    with store.savepoint():
                        added = _store_entry(entry, store)
                except Exception as exc:
                    capture = entry if isinstance(entry, Capture) else entry.cleaned.capture
                    _refuse(internal(capture, exc), store, summary, now, on_refusal)
                    continue
                _count(entry, added, summary)
                if added is not None and isinstance(entry, Prepared):
                    keys.update(entry.translation_keys())
        # after the last savepoint: FTS5 flushes at each one (Captures.add_cleaned)
        store.index_articles_after(last)
        # saved now, so that linking them reads no text and computes no key
        store.add_translation_keys(keys, KEYED_ONLY)
        store.fold_recent()  # the recent key tables, once big enough (store/recent.py)


def _store_entry(entry: Prepared | Capture, store: Store) -> AddResult | None:
    """Store one capture; None when it was already stored (only its new place is noted)."""
    capture = entry if isinstance(entry, Capture) else entry.cleaned.capture
    if isinstance(entry, Capture) or store.has_capture(capture.id):  # or twice in one batch
        store.add_capture_source(capture.id, capture.locator)
        return None
    return store.add_cleaned(entry.cleaned, entry.fingerprints, index_now=False)


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
