"""The report's two charts as Vega-Lite specifications: the timeline and the map.

The timeline shows only dated claims (a date stated in the text, or the publication date);
a claim dated by when sitrep captured the page says nothing about when it was true, and on
undated pages it stretched the axis to the day of the run. One small panel per event and
measure, the panels with most claims first, at most :data:`MAX_PANELS`: readable when a
corpus has hundreds of events. The map is fitted to the places (:mod:`.places`), not to a
fixed region.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from ..ledger.claims import Claim
from .places import POSITIONS, extent, place_labels

#: Panels of the timeline: the event-and-measure series with most dated claims.
MAX_PANELS = 12
MAP_WIDTH, MAP_HEIGHT = 760, 440
_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"


def names_an_event(claim: Claim) -> bool:
    """Whether the claim's subject names an event, not only what is counted: a subject
    "people" for a count of people groups every unrelated count of people in the corpus."""
    return claim.subject.strip().lower() != claim.family.strip().lower()


def timeline_rows(claims: list[Claim]) -> list[dict[str, Any]]:
    """The dated claims of the busiest series, one row per claim."""
    rows = []
    for c in claims:
        if c.stated_on is None or c.date_basis == "undated" or not names_an_event(c):
            continue
        if c.interval() is None and not c.change:
            continue
        low = c.low if c.low is not None else (c.high or 0)
        high = c.high if c.high is not None else low
        rows.append({"group": f"{c.subject} · {c.family}", "date": str(c.stated_on),
                     "low": low, "high": high, "value": c.describe_value(),
                     "source": c.source.name, "type": c.source.type,
                     "citations": c.citations, "change": bool(c.change),
                     "dated": c.date_basis})
    # a shift needs two points on two days: a series stated on one day only (two figures
    # of one page) stays in the table, it draws no line through time
    sizes = Counter(r["group"] for r in rows)
    days: dict[str, set[str]] = {}
    for r in rows:
        days.setdefault(r["group"], set()).add(r["date"])
    panels = {g for g, _ in sorted(((g, n) for g, n in sizes.items() if len(days[g]) >= 2),
                                   key=lambda gn: (-gn[1], gn[0]))[:MAX_PANELS]}
    return [r for r in rows if r["group"] in panels]


def timeline_spec(claims: list[Claim]) -> dict[str, Any]:
    """Vega-Lite: each source's figure as a point or range bar, by the date stated."""
    # a panel spanning a day or two gets ticks every few hours: only midnights are labelled
    label = "hours(datum.value) == 0 ? timeFormat(datum.value, '%d %b %Y') : ''"
    x = {"field": "date", "type": "temporal", "title": None,
         "axis": {"labelExpr": label, "labelAngle": 0, "tickCount": 5}}
    return {
        "$schema": _SCHEMA,
        "data": {"values": timeline_rows(claims)},
        "facet": {"row": {"field": "group", "type": "nominal", "title": None,
                          "sort": {"op": "count", "order": "descending"},
                          "header": {"labelAngle": 0, "labelAlign": "left",
                                     "labelOrient": "top", "labelFontWeight": "bold",
                                     "labelLimit": 700}}},
        "resolve": {"scale": {"y": "independent", "x": "independent"}},
        "spec": {
            "width": 700, "height": 90,
            "layer": [
                {"transform": [{"filter": "!datum.change"}],
                 "mark": {"type": "rule", "strokeWidth": 6, "opacity": 0.5},
                 "encoding": {"x": x,
                              "y": {"field": "low", "type": "quantitative", "title": None,
                                    "axis": {"tickCount": 3, "format": "~s"}},
                              "y2": {"field": "high"},
                              "color": {"field": "type", "type": "nominal",
                                        "title": "source"}}},
                {"transform": [{"filter": "!datum.change"}],
                 "mark": {"type": "point", "filled": True, "size": 70},
                 "encoding": {"x": x,
                              "y": {"field": "low", "type": "quantitative"},
                              "color": {"field": "type", "type": "nominal"},
                              "shape": {"field": "dated", "type": "nominal",
                                        "title": "date"},
                              "tooltip": [{"field": "value"}, {"field": "source"},
                                          {"field": "date", "type": "temporal"},
                                          {"field": "citations"}]}},
                {"transform": [{"filter": "datum.change"}],
                 "mark": {"type": "rule", "strokeDash": [4, 3], "color": "#555"},
                 "encoding": {"x": x,
                              "tooltip": [{"field": "value"}, {"field": "source"}]}},
            ]}}


def map_spec(places: list[dict[str, Any]], countries_topojson: str) -> dict[str, Any]:
    """Vega-Lite: country outlines and the places, the projection fitted to the places."""
    box = extent(places)
    west, south, east, north = box
    frame = {"type": "Feature", "properties": {},
             "geometry": {"type": "MultiPoint",
                          "coordinates": [[west, south], [east, north], [west, north],
                                          [east, south]]}}
    labelled = place_labels(places, box, MAP_WIDTH, MAP_HEIGHT)
    at = {"longitude": {"field": "lon", "type": "quantitative"},
          "latitude": {"field": "lat", "type": "quantitative"}}
    # each label twice: a white halo first, the text over it, readable on any shape
    labels = [
        {"data": {"values": [p for p in labelled if p["label"] == name]},
         "mark": {"type": "text", "dx": dx, "dy": dy, "align": align, "fontSize": 10,
                  **style},
         "encoding": {**at, "text": {"field": "name"}}}
        for style in ({"stroke": "white", "strokeWidth": 3, "strokeOpacity": 0.85}, {})
        for name, dx, dy, align in POSITIONS]
    return {
        "$schema": _SCHEMA,
        "width": MAP_WIDTH, "height": MAP_HEIGHT,
        "projection": {"type": "mercator", "fit": frame},
        "layer": [
            {"data": {"values": json.loads(countries_topojson),
                      "format": {"type": "topojson", "feature": "countries"}},
             "mark": {"type": "geoshape", "fill": "#eee", "stroke": "#999", "clip": True}},
            {"data": {"values": labelled},
             "mark": {"type": "circle", "color": "#c0392b", "opacity": 0.8},
             "encoding": {**at,
                          "size": {"field": "mentions", "type": "quantitative",
                                   "title": "mentions", "scale": {"range": [25, 400]}},
                          "tooltip": [{"field": "name"}, {"field": "mentions"},
                                      {"field": "articles"}]}},
            *labels,
        ]}
