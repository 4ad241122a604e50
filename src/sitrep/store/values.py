"""Python values as the store keeps them: ISO times, JSON locators, storable text.

One place for these conversions, so that every table writes a time, a locator or an odd
string the same way, and two stores made from the same input hold the same bytes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from ..documents import Locator

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def iso(dt: datetime) -> str:
    """A capture or refusal time, to the second."""
    return dt.isoformat(timespec="seconds")


def _escape_surrogate(match: re.Match[str]) -> str:
    point = ord(match.group())
    # U+DC80..U+DCFF stand for undecodable bytes (surrogateescape): show the byte
    return f"\\x{point - 0xDC00:02x}" if 0xDC80 <= point <= 0xDCFF else f"\\u{point:04x}"


def storable(value: Any) -> Any:
    """A value SQLite can store: lone surrogates in a str (a file name that was not UTF-8,
    a JSON "\\ud800" escape) become a visible escape instead of a UnicodeEncodeError.

    The last line of defence: readers should not let such text through, but one odd file
    name must not cost the batch."""
    if isinstance(value, str) and not value.isascii() and _LONE_SURROGATE.search(value):
        return _LONE_SURROGATE.sub(_escape_surrogate, value)
    return value


def locator_json(locator: Locator) -> str:
    """A locator as stored: JSON with sorted keys, its strings made storable the same way
    as every other column (JSON's "\\udce9" would bring the surrogate back when read)."""
    return json.dumps({k: storable(v) for k, v in locator.as_dict().items()}, sort_keys=True)


def bind(params: Sequence[Any]) -> tuple[Any, ...]:
    """Statement parameters with every str made storable (see :func:`storable`)."""
    return tuple(storable(v) for v in params)
