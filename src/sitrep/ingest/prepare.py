"""The per-document part of ingest: clean, fingerprint, translation keys. No store.

Why a module of its own: these functions touch no shared state, so the same code runs in
this process, in the worker processes of ``sitrep ingest --workers N`` and in a cluster's
part tasks (:mod:`sitrep.scale.ingest_part`), and every runner stores the same thing.
:func:`prepare_captures` is the unit they map: a list of captures in, one result per capture
out, in order, so that results cut into chunks and joined again are the results of the whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from .. import dedupe
from ..clean import clean_capture
from ..dedupe.crosskeys import CrossKeys, cross_keys
from ..documents import Capture, CleanedCapture, Refusal
from ..errors import Reason, raise_internal_errors

T = TypeVar("T")
#: The longest exception message an E013 refusal quotes.
MAX_DETAIL = 300


@dataclass(frozen=True, slots=True)
class Prepared:
    """A cleaned capture with the fingerprints of its articles, ready for the store, and
    the translation keys of each article in a known language (None for the others: only
    those are linked across languages, see :mod:`sitrep.ingest.translations`)."""

    cleaned: CleanedCapture
    fingerprints: list[dedupe.Fingerprint]
    cross_keys: tuple[CrossKeys | None, ...] = ()

    def translation_keys(self) -> dict[str, tuple[str, frozenset[str]]]:
        """Article id -> (language, keys), as the store keeps them, for the articles that
        have keys."""
        return {a.id: (a.language, k.all) for a, k in zip(self.cleaned.articles,
                                                            self.cross_keys, strict=True)
                if k is not None and a.language is not None}


def _keyed(cleaned: CleanedCapture, fingerprints: list[dedupe.Fingerprint]) -> Prepared:
    keys = tuple(cross_keys(a.text) if a.language is not None else None
                 for a in cleaned.articles)
    return Prepared(cleaned, fingerprints, keys)


def prepare_cleaned(cleaned: CleanedCapture) -> Prepared:
    """Fingerprint (and key) the articles of one cleaned capture."""
    return _keyed(cleaned, dedupe.fingerprints([a.text for a in cleaned.articles]))


def prepare(capture: Capture) -> Prepared | Refusal:
    """Clean, fingerprint and key one capture."""
    cleaned = clean_capture(capture)
    if isinstance(cleaned, Refusal):
        return cleaned
    return prepare_cleaned(cleaned)


def prepare_captures(captures: Sequence[Capture]) -> list[Prepared | Refusal]:
    """One result per capture, in order: its articles cleaned, fingerprinted and keyed, or
    its refusal. An unexpected exception refuses its capture alone (E013).

    The fingerprints of all the articles come from one MinHash.bulk call (the permutation
    set-up is shared); should that call raise, capture by capture, to refuse only the one
    that fails. A module-level function of plain data: a process pool maps it."""
    results: list[Prepared | Refusal | CleanedCapture] = [
        guard(c, partial(clean_capture, c)) for c in captures]
    cleaned = [r for r in results if isinstance(r, CleanedCapture)]
    try:
        prints = iter(dedupe.fingerprints([a.text for c in cleaned for a in c.articles]))
        done = {id(c): guard(c.capture, partial(_keyed, c, [next(prints) for _ in c.articles]))
                for c in cleaned}
    except Exception:
        if raise_internal_errors():
            raise
        done = {id(c): guard(c.capture, partial(prepare_cleaned, c)) for c in cleaned}
    return [done[id(r)] if isinstance(r, CleanedCapture) else r for r in results]


def internal(capture: Capture, exc: Exception) -> Refusal:
    """An unexpected exception on one capture, as a refusal of that capture only (E013).

    The detail names the exception, so that the refusal can be reported as a bug. Raises
    ``exc`` again when the ``SITREP_RAISE_INTERNAL`` switch is on (the test suite)."""
    if raise_internal_errors():
        raise exc
    message = str(exc)
    if len(message) > MAX_DETAIL:  # an exception may quote a whole page
        message = message[:MAX_DETAIL] + "..."
    return Refusal(Reason.INTERNAL, capture.locator, f"{type(exc).__name__}: {message}")


def guard(capture: Capture, step: Callable[[], T]) -> T | Refusal:
    """``step()`` on ``capture``, or the E013 refusal of the capture when it raises."""
    try:
        return step()
    except Exception as exc:
        return internal(capture, exc)
