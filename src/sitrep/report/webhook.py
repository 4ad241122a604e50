"""Posting alerts to a webhook the analyst gives (a chat bot, a ticket system, a script).

The only network sitrep uses here is the address the user typed: http or https only,
a clear User-Agent, a time limit, and the answer's body is not read beyond its status.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlsplit

from ..errors import UsageError

USER_AGENT = "sitrep-alerts/0.1 (alerts for the analyst's own webhook)"
TIMEOUT = 10.0


def post_alerts(url: str, alerts: list[dict[str, Any]], timeout: float = TIMEOUT) -> int:
    """POST ``{"alerts": [...]}`` as JSON to ``url``; returns the HTTP status. Raises
    :class:`UsageError` for a URL that is not http(s) or a request that fails."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"a webhook is an http or https URL, not {url!r}")
    body = json.dumps({"alerts": alerts}, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/json; charset=utf-8", "User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        raise UsageError(f"the webhook answered {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise UsageError(f"cannot reach the webhook {url}: {exc}") from exc
