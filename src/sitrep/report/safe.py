"""Showing captured text safely, in HTML pages and in Markdown.

Why: a capture is hostile input. Anybody can publish a page whose title, byline or body
holds markup, script, a ``javascript:`` link or Unicode that reorders what the reader
sees. Everything sitrep shows from a capture goes through these helpers, in the situation
report and in any page served later, so that one rule holds everywhere:

* text is escaped, and sitrep's own markup (``<mark>``) is added around escaped parts;
* data for charts is JSON that cannot close the ``<script>`` block it sits in;
* a link is a link only when it is http or https;
* bidirectional overrides are made visible instead of silently reversing text.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup, escape

#: Characters that reorder text (bidi embeddings, overrides and isolates): shown as a
#: visible code, so that "evil.exe" cannot pass for "exe.live".
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
#: Invisible characters that hide inside words and names; dropped when shown.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u180e]")
#: Control characters other than tab and newline, shown as a visible code.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: What a character becomes in JSON inside a <script> block: nothing can close the block,
#: open a comment or start an entity.
_SCRIPT_JSON = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SCRIPT_JSON_RE = re.compile("[<>&\u2028\u2029]")
#: Markdown's inline control characters, escaped with a backslash. '<', '>' and '&' become
#: HTML entities instead, which every Markdown renderer shows as text.
_MD_PUNCT = re.compile(r"([\\`*_\[\]{}()#!|~])")
_SAFE_SCHEMES = ("http", "https")


def _code(match: re.Match[str]) -> str:
    return f"⟨U+{ord(match.group()):04X}⟩"


def display_text(value: object) -> str:
    """Captured text as it should be shown: reordering and control characters visible,
    invisible characters dropped. The stored clean text itself is never changed."""
    text = "" if value is None else str(value)
    text = _INVISIBLE.sub("", text)
    text = _BIDI.sub(_code, text)
    return _CONTROL.sub(_code, text)


def html_text(value: object) -> Markup:
    """Captured text escaped for HTML."""
    return escape(display_text(value))


def marked(before: str, hit: str, after: str) -> Markup:
    """Evidence with its span marked: each part escaped first, then sitrep's own <mark>."""
    return Markup("{}<mark>{}</mark>{}").format(html_text(before), html_text(hit),
                                                html_text(after))


def safe_url(value: object) -> str | None:
    """The URL when it is one a reader may follow (http or https, nothing hidden in it);
    otherwise None, and the caller shows it as text."""
    if not isinstance(value, str) or not value:
        return None
    if value != display_text(value) or any(c.isspace() for c in value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SAFE_SCHEMES or not parts.netloc:
        return None
    return value


def finalize_html(value: object) -> object:
    """Every ``{{ }}`` of an HTML template (the report's and the workspace's): captured text
    made visible-safe before Jinja escapes it; sitrep's own markup (already
    :class:`Markup`) passes unchanged."""
    return value if isinstance(value, Markup) or not isinstance(value, str) \
        else display_text(value)


def link(url: object, text: object = None) -> Markup:
    """The ``link`` filter of every page: a link out when the URL is http(s), with
    ``rel="noopener noreferrer nofollow"``; otherwise the URL (or ``text``) as text."""
    href = safe_url(url)
    shown = html_text(text if text is not None else url)
    if href is None:
        return shown
    return Markup('<a href="{}" rel="noopener noreferrer nofollow">{}</a>').format(href, shown)


def script_json(value: Any) -> Markup:
    """JSON for a <script> block or a Vega spec: '<', '>' and '&' as \\u escapes, so
    neither '</script>' nor '<!--' from a capture can end or hide the block."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, default=str)
    return Markup(_SCRIPT_JSON_RE.sub(lambda m: _SCRIPT_JSON[m.group()], text))


def script_hash(source: str) -> str:
    """The Content-Security-Policy source for one inline script: only the scripts sitrep
    wrote may run, so an injected one is blocked even if escaping ever failed."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def content_security_policy(scripts: list[str]) -> str:
    """A policy that loads nothing from anywhere and runs only the listed inline scripts
    (no inline event handler, no eval: Vega runs with its expression interpreter)."""
    hashes = " ".join(script_hash(s) for s in scripts)
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
            "img-src data:; font-src 'none'; connect-src 'none'; base-uri 'none'; "
            "form-action 'none'")


def markdown_text(value: object) -> str:
    """Captured text for Markdown: no raw tag, link, image or emphasis can come through,
    and a table cell stays on one line."""
    if isinstance(value, Markup):
        value = str(value)
    text = display_text(value).replace("\r", " ").replace("\n", " ")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_PUNCT.sub(r"\\\1", text)
