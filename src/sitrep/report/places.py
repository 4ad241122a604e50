"""The places a report puts on its map: only those the articles treat as places, framed by
their own extent, with labels that do not overlap.

Why: the gazetteer matches a name wherever it stands, so a person ("Taylor"), an acronym
that is also an alternative spelling of a town ("SUV"), or a word opening a sentence
("Most of ...") would become a dot. A place is shown only with support:

* a country needs one mention spelled as one of its names (or its demonym);
* any other place needs a mention spelled as its name, in a place context: a locative
  word before it ("in", "near", "outside the town of") or a place noun after it ("the Kursk
  region"), as listed in ``lang/en/place_context.json``.

The map is then fitted to the places' extent (Mercator; see :func:`extent`), and labels are
laid out here, in pixels of that same projection, largest place first: a label goes above,
below, right or left of its dot, wherever it overlaps no label placed before, or is left out
(the dot keeps its name in the tooltip).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..knowledge.gazetteer import fold, load_gazetteer
from ..lang import language_data

#: Label positions tried in order: (dx, dy) of the anchor in pixels, and the text alignment.
POSITIONS = (("above", 0, -9, "center"), ("below", 0, 15, "center"),
             ("right", 7, 4, "left"), ("left", -7, 4, "right"))
_CHAR_WIDTH = 6.2  # pixels per character at the label's font size (10 px)
_LABEL_HEIGHT = 12
_WORD = re.compile(r"[\w'’-]+")


@dataclass
class _Support:
    name: str
    lat: float
    lon: float
    country: bool
    mentions: int = 0
    supported: int = 0
    located: bool = False


def _context(text: str, start: int, end: int, words: dict[str, frozenset[str]]) -> bool:
    """Whether the words around a mention show it is used as a place."""
    after = text[end:end + 30]
    if after.startswith(("'s", "’s")):  # "in Ford's career": a person's, not a place
        return False
    sentence_start = max(text.rfind(c, 0, start) for c in ".!?\n")
    before = [w.lower() for w in _WORD.findall(text[sentence_start + 1:start])][-4:]
    while before and before[-1] in words["between"]:
        before.pop()
    if before and before[-1] in words["before"]:
        return True
    following = _WORD.findall(after)
    return bool(following) and following[0].lower() in words["after"]


def confident_places(mentions: list[dict[str, Any]], texts: dict[str, str]
                     ) -> list[dict[str, Any]]:
    """Places with support in the articles ``texts`` holds (article id -> clean text)."""
    table = language_data("en").table("place_context")
    words = {k: frozenset(table[k]) for k in ("before", "between", "after")}
    gazetteer = load_gazetteer()
    found: dict[str, _Support] = {}
    articles: dict[str, set[str]] = {}
    for m in mentions:
        text = texts.get(m["article_id"])
        if text is None or m["lat"] is None:
            continue
        known = gazetteer.place(m["name"])
        country = known is not None and known.kind == "country"
        entry = found.setdefault(m["key"], _Support(m["name"], m["lat"], m["lon"], country))
        entry.mentions += 1
        articles.setdefault(m["key"], set()).add(m["article_id"])
        possessive = m["text"].endswith(("'s", "’s"))  # "Mayer's career": whose, not where
        spelled = fold(m["text"]).removesuffix("'s").removesuffix("’s") == fold(m["name"])
        acronym = m["text"].isupper() and not m["name"].isupper()  # "SUV", "PLAN"
        if country and (spelled or m["via"] == "demonym" or not acronym):
            entry.supported += 1
            entry.located = True
        elif spelled and not acronym and m["via"] != "demonym":
            entry.supported += 1
            entry.located |= not possessive and _context(text, m["start"], m["end"], words)
    return [{"name": e.name, "lat": e.lat, "lon": e.lon, "mentions": e.mentions,
             "articles": len(articles[key]), "country": e.country}
            for key, e in sorted(found.items(), key=lambda kv: -kv[1].mentions)
            if e.supported and e.located]


def _y(lat: float) -> float:
    lat = max(-80.0, min(80.0, lat))
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def extent(places: list[dict[str, Any]]) -> tuple[float, float, float, float]:
    """(west, south, east, north) around the places, padded, at least 6 degrees wide."""
    if not places:
        return -170.0, -55.0, 175.0, 75.0
    lons = [p["lon"] for p in places]
    lats = [p["lat"] for p in places]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    pad_x = max(3.0, (east - west) * 0.12)
    pad_y = max(2.0, (north - south) * 0.12)
    return (max(-180.0, west - pad_x), max(-70.0, south - pad_y),
            min(180.0, east + pad_x), min(80.0, north + pad_y))


def _projector(box: tuple[float, float, float, float], width: int, height: int
               ) -> Callable[[float, float], tuple[float, float]]:
    """Pixel position of (lon, lat) when a Mercator map of width x height fits ``box``
    (what Vega's ``fit`` does: the larger scale that keeps the box inside, centred)."""
    west, south, east, north = box
    x0, x1 = math.radians(west), math.radians(east)
    y0, y1 = _y(south), _y(north)
    scale = min(width / (x1 - x0), height / (y1 - y0))
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return lambda lon, lat: (width / 2 + scale * (math.radians(lon) - cx),
                             height / 2 - scale * (_y(lat) - cy))


def place_labels(places: list[dict[str, Any]], box: tuple[float, float, float, float],
                 width: int, height: int) -> list[dict[str, Any]]:
    """Each place with ``label``: the position of its name (a POSITIONS key) or None."""
    project = _projector(box, width, height)
    taken: list[tuple[float, float, float, float]] = []
    dots = [project(p["lon"], p["lat"]) for p in places]
    out = []
    for place, (x, y) in zip(places, dots, strict=True):
        w = len(place["name"]) * _CHAR_WIDTH
        label = None
        for name, dx, dy, align in POSITIONS:
            left = x + dx - (w / 2 if align == "center" else w if align == "right" else 0)
            rect = (left, y + dy - _LABEL_HEIGHT + 2, left + w, y + dy + 2)
            inside = rect[0] >= 0 and rect[2] <= width and rect[1] >= 0 and rect[3] <= height
            if inside and not any(_overlap(rect, r) for r in taken) \
                    and not any(_covers(rect, d) for d in dots if d != (x, y)):
                taken.append(rect)
                label = name
                break
        out.append({**place, "label": label})
    return out


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _covers(rect: tuple[float, ...], dot: tuple[float, float]) -> bool:
    return rect[0] - 3 < dot[0] < rect[2] + 3 and rect[1] - 3 < dot[1] < rect[3] + 3
