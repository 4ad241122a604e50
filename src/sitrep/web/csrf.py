"""Protection of the correction forms against cross-site requests, and of the whole app
against DNS rebinding.

A page on another site can make the analyst's browser post to ``127.0.0.1``: without a
guard, visiting it could reject figures in the analyst's store. Three checks stand in
the way, each enough on its own in today's browsers:

* the session cookie is ``SameSite=Strict``, so a cross-site post carries none;
* every form carries a token derived from that session (an HMAC under a key made when
  the server starts), which another site cannot read;
* the request's ``Origin`` (else its ``Referer``) must be this server.

A rebinding page (``evil.example`` resolving to 127.0.0.1) is same-origin for the
browser; it is refused by the ``Host`` check: only the names of this machine are served.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Mapping
from urllib.parse import urlsplit

SESSION_COOKIE = "sitrep_session"
LOCAL_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


class CsrfGuard:
    """Session tokens under a key that lives as long as the server."""

    def __init__(self) -> None:
        self._key = secrets.token_bytes(32)

    @staticmethod
    def new_session() -> str:
        return secrets.token_urlsafe(24)

    def token(self, session: str) -> str:
        """The token the forms of ``session`` carry."""
        return hmac.new(self._key, session.encode(), hashlib.sha256).hexdigest()

    def valid(self, session: str | None, token: str | None) -> bool:
        if not session or not token:
            return False
        return hmac.compare_digest(self.token(session), token)


def host_name(host_header: str | None) -> str:
    """The name part of a ``Host`` header (``127.0.0.1:8000`` -> ``127.0.0.1``)."""
    host = (host_header or "").strip().lower()
    if host.startswith("["):
        return host.split("]")[0] + "]"
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def allowed_host(host_header: str | None, extra: frozenset[str]) -> bool:
    """Whether the request names this machine (or the address the server was bound to)."""
    return host_name(host_header) in LOCAL_NAMES | extra


def same_origin(headers: Mapping[str, str], scheme: str) -> bool:
    """Whether a state-changing request comes from a page of this server: its ``Origin``,
    or when a browser sends none its ``Referer``, names the request's own host."""
    host = (headers.get("host") or "").lower()
    origin = headers.get("origin")
    if origin is not None:
        return origin.lower() == f"{scheme}://{host}"
    referer = headers.get("referer")
    if not referer:
        return False
    parts = urlsplit(referer)
    return parts.scheme == scheme and parts.netloc.lower() == host
