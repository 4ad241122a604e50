"""URLs as they come in captures: kept as given, parsed only where it is safe."""

from __future__ import annotations

from urllib.parse import urlsplit


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be parsed as a URL (``http://[::1``, a port of 99999), or None.

    A page with a broken URL is still a good page: its text is stored, and so is the URL,
    as the text it is. Whatever takes a URL apart (the outlet from the host, a link in a
    report) asks this first and does without the URL's parts when it cannot be parsed.
    """
    try:
        parts = urlsplit(url)
        parts.hostname  # noqa: B018 - these raise ValueError for a bad host or port
        parts.port  # noqa: B018
    except ValueError as exc:
        return str(exc) or "not a URL"
    return None
