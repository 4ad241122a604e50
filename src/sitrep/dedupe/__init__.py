"""Duplicate detection: normalised-text hashes for exact copies, MinHash signatures and LSH
band keys for near copies, sampled passage keys for trimmed or padded copies, and the
passage test that decides what a candidate pair is (copy, same source, or distinct).
Grouping the copies is the store's job (it sees every article); this package only works on
one text or one pair at a time, so any runner can map it."""

from .minhash import THRESHOLD, Fingerprint, compact, fingerprints, similarity, text_hash
from .passages import COPY, SAME_SOURCE, Relation, passage_keys, relate

__all__ = ["COPY", "SAME_SOURCE", "THRESHOLD", "Fingerprint", "Relation", "compact",
           "fingerprints", "passage_keys", "relate", "similarity", "text_hash"]
