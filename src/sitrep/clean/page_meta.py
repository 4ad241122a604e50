"""Page metadata read straight from the parsed HTML: title, site name, date, author, URL.

trafilatura's own metadata pass (htmldate and friends) costs about a quarter of its run
time, while the fields sitrep needs sit in a handful of well-known places: Open Graph and
``article:`` meta tags, JSON-LD ``NewsArticle`` objects, ``<time datetime>``, ``<title>``
and the canonical link. Reading those directly keeps HTML ingest near the speed of
trafilatura's text extraction alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from lxml.html import HtmlElement

# meta-tag keys (property= or name= or itemprop=), most trusted first
_TITLE_KEYS = ("og:title", "twitter:title")
_SITE_KEYS = ("og:site_name", "application-name", "publisher")
_DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "pubdate",
              "publishdate", "date", "dc.date.issued", "dcterms.created")
_AUTHOR_KEYS = ("author", "article:author")
_URL_KEYS = ("og:url",)
_ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting",
                  "AnalysisNewsArticle", "OpinionNewsArticle", "WebPage"}


@dataclass(frozen=True, slots=True)
class PageMeta:
    title: str | None = None
    site_name: str | None = None
    published: str | None = None
    author: str | None = None
    url: str | None = None


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    """All ``<meta>`` values by lower-cased property, name or itemprop, in one pass."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        value = " ".join((meta.get("content") or "").split())
        if key and value:
            found.setdefault(key.lower(), value)
    return found


def _pick(tags: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((tags[k] for k in keys if k in tags), None)


def _json_ld(tree: HtmlElement) -> dict[str, Any]:
    """The first article-like JSON-LD object of the page, or {}."""
    for script in tree.iter("script"):
        if script.get("type") != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data])
        for item in items:
            if isinstance(item, dict):
                kind = item.get("@type")
                kinds = set(kind) if isinstance(kind, list) else {kind}
                if kinds & _ARTICLE_TYPES:
                    return item
    return {}


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def read_page_meta(tree: HtmlElement) -> PageMeta:
    """Metadata of a parsed page; call before trafilatura prunes the tree."""
    ld = _json_ld(tree)
    tags = _meta_tags(tree)
    title = _name(ld.get("headline")) or _pick(tags, _TITLE_KEYS)
    if title is None:
        node = tree.find(".//title")
        title = " ".join(node.text_content().split()) or None if node is not None else None
    published = _name(ld.get("datePublished")) or _pick(tags, _DATE_KEYS)
    if published is None:
        published = next((t.get("datetime") for t in tree.iter("time") if t.get("datetime")),
                         None)
    url = _pick(tags, _URL_KEYS) or _name(ld.get("url"))
    if url is None:
        url = next((link.get("href") for link in tree.iter("link")
                    if link.get("rel") == "canonical" and link.get("href")), None)
    return PageMeta(title=title,
                    site_name=_pick(tags, _SITE_KEYS) or _name(ld.get("publisher")),
                    published=published,
                    author=_name(ld.get("author")) or _pick(tags, _AUTHOR_KEYS), url=url)
