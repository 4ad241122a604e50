"""Turn captured bytes into text without mojibake, or say why not.

Order of evidence: a byte-order mark, then a charset the source declares (HTTP header or HTML
``<meta>``), then strict UTF-8, then charset-normalizer's statistical guess. Browsers treat a
declared ``latin-1`` as windows-1252, and so do we.

A declared charset is only evidence when it names a character set (see :func:`usable_charset`):
a page saying ``<meta charset=base64>`` or a header saying ``charset=rot13`` has its
declaration ignored, and detection goes on from the bytes. Whatever the route, the text handed
on holds no lone surrogate code points (they are replaced by U+FFFD), so nothing downstream
(SQLite, language detection) has to cope with a string that cannot be encoded.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

from ..errors import Reason

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Python finds many codecs by name that are not character sets at all: bytes-to-bytes transforms
# (base64, hex, zlib, bz2, uu, quopri), a str-to-str one (rot13), escape syntaxes
# (unicode-escape, punycode, idna), utf-7 (which browsers refuse: it smuggles markup past
# filters) and "undefined". A declared charset counts only when its canonical codec name is
# one of these character-set families; anything else is ignored as if undeclared.
_CHARSET_CODECS = re.compile(
    r"utf-(?:8|16|32)(?:-[bl]e)?|utf-8-sig|ascii|iso8859-\d+|cp\d+|mac-[a-z0-9]+|koi8-[rtu]"
    r"|kz1048|ptcp154|tis-620|hp-roman8|palmos|big5(?:hkscs)?|gb2312|gbk|gb18030|hz"
    r"|euc_[a-z0-9_]+|shift_jis[a-z0-9_]*|iso2022_[a-z0-9_]+|johab")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
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
    """The charset an HTML page declares in its first bytes, if any.

    A ``<meta>`` that says UTF-16 or UTF-32 was just read as ASCII, so it cannot be true: as
    browsers do, the page is then taken as UTF-8.
    """
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    codec = usable_charset(name)
    return "utf-8" if codec and codec.startswith(("utf-16", "utf-32")) else name


def usable_charset(name: str) -> str | None:
    """The Python codec for a declared charset, or None when it names no character set.

    Unknown names, and codecs that are not character sets (base64, rot13, hex, zlib, uu, bz2,
    quopri, unicode-escape, punycode, utf-7, ...), give None: such a declaration is ignored.
    The rule is an allow-list of character-set families by canonical codec name, so a codec
    that some package registers later is not trusted by accident.
    """
    name = name.strip().lower()
    name = _BROWSER_ALIASES.get(name, name)
    try:
        codec = codecs.lookup(name).name
    except (LookupError, ValueError, TypeError):  # ValueError: "utf-8\x00"
        return None
    return codec if _CHARSET_CODECS.fullmatch(codec) else None


def scrub_surrogates(text: str) -> str:
    """``text`` with every lone surrogate (from a JSON escape such as ``\\ud800``) as U+FFFD."""
    if text.isascii():  # O(1) in CPython
        return text
    try:
        text.encode("utf-8")  # far quicker than a regex search when there is none
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


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
                return _decoded(data.decode(enc), enc.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                return DecodeFailure(Reason.UNDECODABLE, f"byte-order mark says {enc}: {exc}")
    why_binary = looks_binary(data[:8192])
    if why_binary:
        return DecodeFailure(Reason.BINARY, why_binary)
    codec = usable_charset(declared) if declared else None
    if codec:
        try:
            return _decoded(data.decode(codec), codec)
        except (UnicodeError, LookupError):
            pass  # the declaration lies; fall back to evidence from the bytes
    try:
        return _decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    matches = [m for m in charset_normalizer.from_bytes(data)
               if usable_charset(m.encoding) is not None]
    if not matches:
        return DecodeFailure(Reason.UNDECODABLE, "no encoding fits these bytes")
    best = min(matches, key=_rank)
    try:
        return _decoded(str(best), best.encoding)
    except (UnicodeError, LookupError) as exc:
        return DecodeFailure(Reason.UNDECODABLE, f"{best.encoding}: {exc}")


def _decoded(text: str, encoding: str) -> Decoded:
    return Decoded(scrub_surrogates(text), encoding)


# When charset-normalizer finds several single-byte encodings equally clean and coherent (short
# Western text fits cp1250 and cp1252 alike), take the one most common on the web.
_PREFERRED = ("utf_8", "cp1252", "iso8859_1", "iso8859_15", "cp1251", "koi8_r", "cp1250",
              "iso8859_2", "cp1253", "cp1254", "cp1257")


def _rank(match: charset_normalizer.CharsetMatch) -> tuple[float, float, int]:
    preference = (_PREFERRED.index(match.encoding) if match.encoding in _PREFERRED
                  else len(_PREFERRED))
    return round(match.chaos, 3), -round(match.coherence, 3), preference
