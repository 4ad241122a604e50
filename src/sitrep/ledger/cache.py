"""The findings, computed once and kept in the store, read by every reader of findings.

Why: ``sitrep findings``, the report and the demo must show one set of findings, and
listing them (or writing a second report) should not recompute the ledger each time. The
store keeps the result (:mod:`sitrep.store.ledger_cache`) under a key that joins the store's
generation (moved on by every write to what the ledger reads) with a hash of the code and
data the ledger runs on (``ledger/``, ``knowledge/``, ``lang/``), so a new version of the
rules, a correction, a re-extraction or a new article computes them again. This module
names the store's type only for the type checker, like :func:`sitrep.ledger.ledger_from_store`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..store import Store

_PACKAGE = Path(__file__).resolve().parents[1]
_INPUTS = ("ledger", "knowledge", "lang")


def rules_fingerprint() -> str:
    """A hash of the files the ledger's result depends on besides the store."""
    digest = hashlib.blake2b(digest_size=12)
    for folder in _INPUTS:
        for path in sorted((_PACKAGE / folder).rglob("*")):
            if path.suffix in (".py", ".json", ".txt") and path.is_file():
                digest.update(str(path.relative_to(_PACKAGE)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def stored_findings(store: Store) -> list[dict[str, Any]]:
    """Every finding of the store as its JSON record, computed only when the store or the
    rules changed since they were last kept."""
    key = f"{store.ledger_generation()}/{rules_fingerprint()}"
    found = store.cached_findings(key)
    if found is not None:
        return found
    from . import ledger_from_store

    # the key was read first: a write while this runs moves the generation on, and what is
    # kept here is then never read back
    found = [f.as_record() for f in ledger_from_store(store)[1]]
    store.keep_findings(key, found)
    return found
