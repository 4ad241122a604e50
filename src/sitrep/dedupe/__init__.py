"""Duplicate detection: normalised-text hashes for exact copies, MinHash signatures and LSH
band keys for candidate near copies, and the passage test that decides what a candidate pair
is (copy, same source, or distinct). Grouping the copies is the store's job (it sees every
article); this package only works on one text or one pair at a time, so any runner can map it."""

from .minhash import (
    CANDIDATE_THRESHOLD,
    THRESHOLD,
    Fingerprint,
    bands,
    fingerprints,
    similarity,
    text_hash,
)
from .passages import COPY, SAME_SOURCE, Relation, relate

__all__ = ["CANDIDATE_THRESHOLD", "COPY", "SAME_SOURCE", "THRESHOLD", "Fingerprint", "Relation",
           "bands", "fingerprints", "relate", "similarity", "text_hash"]
