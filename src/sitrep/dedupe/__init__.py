"""Duplicate detection: normalised-text hashes for exact copies, MinHash signatures and LSH
band keys for near copies. Grouping the copies is the store's job (it sees every article);
this package only fingerprints one text at a time, so any runner can map it."""

from .minhash import THRESHOLD, Fingerprint, fingerprints, similarity, text_hash

__all__ = ["THRESHOLD", "Fingerprint", "fingerprints", "similarity", "text_hash"]
