"""Fetching a page over the network, for feeds only, and only as far as is safe.

sitrep is offline but for feeds the analyst adds. A feed is written by somebody else, and
so are the pages its entries link to: a link can point at the analyst's router, a cloud
metadata address (169.254.169.254) or a service on the laptop, directly or through a
redirect or a name that resolves there. So every fetch here:

* allows http and https only;
* resolves the name itself and refuses private, loopback, link-local, multicast and
  reserved addresses (unless allowed), then connects to the address it checked, so that a
  second DNS answer cannot swap it (DNS rebinding);
* follows at most a few redirects, checking each hop the same way;
* sends a clear User-Agent, and ``If-None-Match`` / ``If-Modified-Since`` when it has them;
* stops at a size limit and a time limit for the whole answer (a server dripping one byte
  a second does not hold sitrep forever).
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

USER_AGENT = "sitrep/0.1 (news feed reader for an analyst; honours robots.txt)"
MAX_BYTES = 5 * 1024 * 1024
TIMEOUT = 20.0
MAX_REDIRECTS = 5


class FetchError(Exception):
    """A fetch refused or failed; the message says why in plain words."""


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How far a fetch may go. ``allow_private`` opens every address; ``allow_addresses``
    opens a few exact ones (a feed server on this machine, in a test)."""

    allow_private: bool = False
    allow_addresses: frozenset[str] = frozenset()
    max_bytes: int = MAX_BYTES
    timeout: float = TIMEOUT
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class Fetched:
    """An answer: the final URL, its status (304: unchanged), headers and body."""

    url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    @property
    def charset(self) -> str | None:
        ctype = self.headers.get("content-type", "")
        for part in ctype.split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip('"')
        return None


def _public(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def resolve(host: str, port: int, policy: FetchPolicy) -> str:
    """The address to connect to for ``host``, after checking every address it has."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve {host}: {exc}") from exc
    addresses = [str(info[4][0]) for info in infos]
    if not addresses:
        raise FetchError(f"{host} has no address")
    for address in addresses:
        if not (policy.allow_private or address in policy.allow_addresses
                or _public(address)):
            raise FetchError(f"{host} resolves to {address}, a private or local address: "
                             "refused (use --allow-private for a feed on your own network)")
    return addresses[0]


class _PinnedHTTP(http.client.HTTPConnection):
    """An HTTP connection to an address checked beforehand, whatever DNS says later."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def _read(response: http.client.HTTPResponse, policy: FetchPolicy, deadline: float) -> bytes:
    length = response.getheader("Content-Length")
    if length and length.isdigit() and int(length) > policy.max_bytes:
        raise FetchError(f"the answer is {int(length):,} bytes, over the limit of "
                         f"{policy.max_bytes:,}")
    chunks, size = [], 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"the answer took longer than {policy.timeout:.0f} s")
        chunk = response.read1(65536) if hasattr(response, "read1") else response.read(65536)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > policy.max_bytes:
            raise FetchError(f"the answer is over the limit of {policy.max_bytes:,} bytes")
        chunks.append(chunk)


def _once(url: str, headers: dict[str, str], policy: FetchPolicy, deadline: float
          ) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"only http and https addresses are fetched, not {url!r}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    address = resolve(parts.hostname, port, policy)
    remaining = max(0.1, min(policy.timeout, deadline - time.monotonic()))
    kind = _PinnedHTTPS if parts.scheme == "https" else _PinnedHTTP
    conn = kind(parts.hostname, port, address, remaining)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        conn.request("GET", path, headers={"User-Agent": policy.user_agent,
                                           "Accept-Encoding": "identity", **headers})
        response = conn.getresponse()
        found = {k.lower(): v for k, v in response.getheaders()}
        body = b"" if response.status in (301, 302, 303, 307, 308, 304) else \
            _read(response, policy, deadline)
        return response.status, found, body
    except (OSError, http.client.HTTPException) as exc:
        raise FetchError(f"fetching {url} failed: {exc or type(exc).__name__}") from exc
    finally:
        conn.close()


def fetch(url: str, policy: FetchPolicy = FetchPolicy(), *, etag: str | None = None,
          modified: str | None = None) -> Fetched:
    """GET ``url`` within ``policy``; a 304 comes back with an empty body. Raises
    :class:`FetchError` for anything refused or failed (4xx and 5xx included)."""
    deadline = time.monotonic() + policy.timeout
    headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", modified))
               if v}
    for _ in range(MAX_REDIRECTS + 1):
        status, found, body = _once(url, headers, policy, deadline)
        if status in (301, 302, 303, 307, 308) and found.get("location"):
            url = urljoin(url, found["location"])
            continue
        if status >= 400:
            raise FetchError(f"{url} answered {status}")
        return Fetched(url, status, found, body)
    raise FetchError(f"more than {MAX_REDIRECTS} redirects from {url}")
