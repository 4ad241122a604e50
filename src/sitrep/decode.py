"""Turn captured bytes into text without mojibake, or say why not.

Order of evidence: a byte-order mark, then a charset the source declares (HTTP header or HTML
``<meta>``), then strict UTF-8, then charset-normalizer's statistical guess. Browsers treat a
declared ``latin-1`` as windows-1252, and so do we.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

from .errors import Reason

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BROWSER_ALIASES = {"latin-1": "cp1252", "latin1": "cp1252", "iso-8859-1": "cp1252",
                    "iso8859-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}
# Control characters other than tab, newline, carriage return and form feed: a text capture
# has almost none of them, a binary file is full of them.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


@dataclass(frozen=True, slots=True)
class DecodeFailure:
    reason: Reason
    detail: str


def sniff_html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace").lower() if m else None


def _normalise_codec(name: str) -> str | None:
    name = name.strip().lower()
    name = _BROWSER_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def looks_binary(sample: bytes) -> str | None:
    """A short reason if ``sample`` looks like a binary file, else None."""
    if b"\x00" in sample:
        return "NUL bytes"
    if sample:
        controls = sum(sample.count(bytes([c])) for c in _CONTROL)
        if controls / len(sample) > 0.05:
            return f"{controls} control bytes in the first {len(sample)}"
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded | DecodeFailure:
    """Decode one capture. ``declared`` is a charset stated by the source, if any."""
    if not data.strip():
        return DecodeFailure(Reason.EMPTY, "")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), enc.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                return DecodeFailure(Reason.UNDECODABLE, f"byte-order mark says {enc}: {exc}")
    why_binary = looks_binary(data[:8192])
    if why_binary:
        return DecodeFailure(Reason.BINARY, why_binary)
    if declared:
        codec = _normalise_codec(declared)
        if codec:
            try:
                return Decoded(data.decode(codec), codec)
            except UnicodeDecodeError:
                pass  # the declaration lies; fall back to evidence from the bytes
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return DecodeFailure(Reason.UNDECODABLE, "no encoding fits these bytes")
    best = min(matches, key=_rank)
    return Decoded(str(best), best.encoding)


# When charset-normalizer finds several single-byte encodings equally clean and coherent (short
# Western text fits cp1250 and cp1252 alike), take the one most common on the web.
_PREFERRED = ("utf_8", "cp1252", "iso8859_1", "iso8859_15", "cp1251", "koi8_r", "cp1250",
              "iso8859_2", "cp1253", "cp1254", "cp1257")


def _rank(match: charset_normalizer.CharsetMatch) -> tuple[float, float, int]:
    preference = (_PREFERRED.index(match.encoding) if match.encoding in _PREFERRED
                  else len(_PREFERRED))
    return round(match.chaos, 3), -round(match.coherence, 3), preference
