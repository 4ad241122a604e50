"""Fingerprints for exact and near-duplicate detection.

Exact copies share a hash of the normalised text. Near copies (a wire story republished with
another headline, a dropped paragraph) share MinHash LSH band keys over word 3-grams.
Trimmed or padded copies, whose whole-text similarity is low, share passage keys (sampled
8-word runs, :func:`sitrep.dedupe.passages.passage_keys`).

The LSH index lives in the store, not in memory: datasketch's ``MinHashLSH`` keeps its
buckets in a dict (or Redis/Cassandra), which would grow with the corpus and be lost between
runs. We take its band layout (``b`` bands of ``r`` rows for the threshold) and write each
band's key as a row, so ingest stays incremental and memory stays flat.
"""

from __future__ import annotations

import hashlib
import re
import struct
import zlib
from dataclasses import dataclass
from functools import cache

import numpy as np

from .passages import passage_keys

NUM_PERM = 128
THRESHOLD = 0.5
#: Bits of each MinHash value the candidate tests compare (:func:`compact`).
COMPARED_BITS = 8
SHINGLE = 3
#: Texts with fewer shingles are matched exactly only: MinHash on a handful of words is noise.
MIN_SHINGLES = 8

_WORD = re.compile(r"\w+")


def normalise_text(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def text_hash(text: str) -> str:
    return _words_hash(words(text))


def _words_hash(word_list: list[str]) -> str:
    """:func:`text_hash` of the text these are the :func:`words` of (the normalised text is
    its words joined by spaces), for a caller that holds them already."""
    return hashlib.sha256(" ".join(word_list).encode()).hexdigest()[:32]


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def shingles(text: str | list[str]) -> set[bytes]:
    w = words(text) if isinstance(text, str) else text
    return {" ".join(w[i:i + SHINGLE]).encode() for i in range(len(w) - SHINGLE + 1)}


@cache
def band_layout(threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows) datasketch chooses for this threshold; cached, it is a small search."""
    from datasketch import MinHashLSH  # imported when first needed: it loads scipy (0.4 s)

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


@dataclass(frozen=True, slots=True)
class Fingerprint:
    text_hash: str
    signature: bytes | None  # MinHash hash values as uint64 bytes; None for short texts
    bands: tuple[int, ...]  # one signed 64-bit key per LSH band
    passages: tuple[int, ...] = ()  # sampled passage keys (see dedupe/passages.py)

    def hashvalues(self) -> np.ndarray:
        assert self.signature is not None
        return np.frombuffer(self.signature, dtype=np.uint64)


def _bands(hashvalues: np.ndarray) -> tuple[int, ...]:
    b, r = band_layout()
    keys = []
    for i in range(b):
        digest = hashlib.blake2b(hashvalues[i * r:(i + 1) * r].tobytes(), digest_size=8,
                                 person=struct.pack("<I", i)).digest()
        keys.append(struct.unpack("<q", digest)[0])
    return tuple(keys)


def fingerprints(texts: list[str]) -> list[Fingerprint]:
    """Fingerprint many texts at once; ``MinHash.bulk`` shares the permutation setup."""
    from datasketch import MinHash

    word_lists = [words(t) for t in texts]
    sets = [shingles(w) for w in word_lists]
    long_enough = [i for i, s in enumerate(sets) if len(s) >= MIN_SHINGLES]
    # Shingles are hashed with CRC-32: stable between runs and processes (signatures are
    # stored; Python's hash is salted per process), and a third of the cost of datasketch's
    # SHA-1 default; the permutations do the mixing. zlib.crc32 is passed itself, not
    # wrapped, so no Python frame is entered per shingle.
    hashed = (MinHash.bulk([sets[i] for i in long_enough], num_perm=NUM_PERM,
                           hashfunc=zlib.crc32) if long_enough else [])
    by_index = dict(zip(long_enough, hashed, strict=True))
    out = []
    for i, word_list in enumerate(word_lists):
        mh = by_index.get(i)
        keys = passage_keys(word_list)
        digest = _words_hash(word_list)
        if mh is None:
            out.append(Fingerprint(digest, None, (), keys))
        else:
            values = mh.hashvalues.astype(np.uint64)
            out.append(Fingerprint(digest, values.tobytes(), _bands(values), keys))
    return out


def compact(signature: bytes) -> bytes:
    """The low :data:`COMPARED_BITS` of each value: what the store keeps and every candidate
    test compares (one byte a value, 128 bytes a text instead of 1 KiB).

    Why: the look-ups of a new article read the signatures of some forty stored ones, at
    random; at half a million captures the table of 4-byte values (573 MiB) took half the
    reads that went to disk (BENCHMARKS.md). One byte keeps a quarter of that in the cache.
    Two different values share their low byte one time in 256, so the share of equal bytes
    is ``J + (1 - J) / 256``; :func:`jaccard` takes that chance back out (b-bit MinHash,
    Li and König, 2010), with hardly more variance than the whole values."""
    return (np.frombuffer(signature, dtype="<u8") & 0xFF).astype(np.uint8).tobytes()


def jaccard(equal: np.ndarray | int) -> np.ndarray | float:
    """Estimated Jaccard similarity from how many of the :data:`NUM_PERM` compact values two
    texts share (a count or an array of counts): every candidate test reads it through
    this one function, so one process and a cluster decide a pair alike."""
    chance = 2.0 ** -COMPARED_BITS
    return (np.asarray(equal, dtype=np.float64) / NUM_PERM - chance) / (1 - chance)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two compact signatures (:func:`compact`)."""
    va = np.frombuffer(a, dtype=np.uint8)
    vb = np.frombuffer(b, dtype=np.uint8)
    return float(jaccard(np.count_nonzero(va == vb)))
