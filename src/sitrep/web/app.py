"""The workspace application: one FastAPI app on one store.

What every response shares lives here: the host check (only this machine's names are
served), the session cookie the correction forms are bound to, the security headers (a
Content-Security-Policy that runs no script at all: the pages need none), and the page
shown when the store is busy or a page does not exist.

Each request opens its own :class:`Store` (a SQLite connection is not shared between
threads); the store is in WAL mode with a busy timeout, so pages are read while an ingest
writes, and a store still locked after the timeout gives a "busy, retry" page, never a
traceback.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import StoreError
from ..store import Store
from .csrf import SESSION_COOKIE, CsrfGuard, allowed_host
from .render import environment
from .workspace import LedgerPending, Workspace, WorkspaceCache, findings_key

#: No script from anywhere (the pages have none), styles and images from this server only,
#: forms post only here, and no page may frame this one.
CSP = ("default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; "
       "font-src 'none'; connect-src 'none'; form-action 'self'; base-uri 'none'; "
       "frame-ancestors 'none'")
#: Seconds after which the page saying the ledger is being computed reloads itself.
PENDING_RETRY = 5
#: Findings that page lists when the store keeps them for its present state.
PENDING_FINDINGS = 50
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": "no-store",
}


@dataclass
class Context:
    """What the routes of one app share: its store, templates, ledger cache and guard."""

    db: Path
    who: str
    env: Environment
    cache: WorkspaceCache
    csrf: CsrfGuard

    @contextmanager
    def store(self) -> Iterator[Store]:
        with Store(self.db) as store:
            yield store

    def workspace(self, store: Store, *, fresh: bool = False) -> Workspace:
        """The ledger of the store: as it is now with ``fresh``, else possibly from a
        moment ago while a newer one is computed (see :class:`WorkspaceCache`)."""
        return self.cache.get(store, fresh=fresh)

    def warm(self) -> None:
        """Compute the ledger before the first page asks for it (seconds on a big store).
        A failure here is left to the first request, which computes it again."""
        try:
            with self.store() as store:
                self.cache.compute(store)
        except (sqlite3.Error, StoreError):
            pass

    def page(self, request: Request, name: str, status: int = 200,
             **values: Any) -> HTMLResponse:
        """A rendered template, with the session's form token and the page's address."""
        session = request.state.session
        html = self.env.get_template(name).render(
            token=self.csrf.token(session), who=self.who, here=_here(request), **values)
        return HTMLResponse(html, status_code=status)


def _here(request: Request) -> str:
    """The path and query of this request: where a form sends the analyst back to."""
    query = request.url.query
    return request.url.path + ("?" + query if query else "")


def create_app(db: str | os.PathLike[str], *, who: str | None = None,
               host: str = "127.0.0.1", wait: float | None = None) -> FastAPI:
    """The workspace on the store at ``db``. ``who`` names the analyst in the corrections
    made through the page ($USER by default); ``host`` is the address the server binds
    to, accepted as a ``Host`` beside this machine's own names. ``wait`` is how long a
    page waits for the first ledger of the store (None: until it is computed) before it
    answers with a page saying it is being computed (``sitrep serve`` waits a second:
    the first ledger of a big store takes a minute)."""
    path = Path(db)
    if not path.is_file():
        raise StoreError(f"no store at {path}: ingest something first")
    Store(path).close()  # brings the schema up to date once, before any request
    ctx = Context(path, who or os.environ.get("USER", "analyst"), environment(),
                  WorkspaceCache(lambda: Store(path), wait), CsrfGuard())
    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        threading.Thread(target=ctx.warm, name="sitrep-warm", daemon=True).start()
        yield

    app = FastAPI(title="sitrep", docs_url=None, redoc_url=None, openapi_url=None,
                  lifespan=lifespan)
    app.state.ctx = ctx
    static = resources.files("sitrep").joinpath("web", "static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    _guard(app, ctx, frozenset({host.lower()}))
    _errors(app, ctx)
    from . import actions, pages

    pages.register(app, ctx)
    actions.register(app, ctx)
    return app


def _guard(app: FastAPI, ctx: Context, hosts: frozenset[str]) -> None:
    @app.middleware("http")
    async def guard(request: Request,
                    call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if not allowed_host(request.headers.get("host"), hosts):
            response: Response = PlainTextResponse("unknown host", status_code=400)
        else:
            session = request.cookies.get(SESSION_COOKIE)
            fresh = not session or len(session) > 64
            request.state.session = ctx.csrf.new_session() if fresh else session
            response = await call_next(request)
            if fresh:
                response.set_cookie(SESSION_COOKIE, request.state.session, httponly=True,
                                    samesite="strict", path="/")
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def _errors(app: FastAPI, ctx: Context) -> None:
    def busy(request: Request, exc: Exception) -> Response:
        response = ctx.page(request, "message.html.j2", status=503, title="The store is busy",
                            message="Another process holds the store; reload in a moment.")
        response.headers["Retry-After"] = "2"
        return response

    def not_found(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 500)
        if status != 404:
            return PlainTextResponse(str(getattr(exc, "detail", "error")), status_code=status)
        return ctx.page(request, "message.html.j2", status=404, title="Not found",
                        message="There is no such page in the workspace.")

    def pending(request: Request, exc: Exception) -> Response:
        started = getattr(exc, "started", None)
        with ctx.store() as store:
            counts = store.counts()
            kept = store.cached_findings(findings_key(store.ledger_generation()))
        response = ctx.page(request, "pending.html.j2", status=503, counts=counts,
                            findings=(kept or [])[:PENDING_FINDINGS], total=len(kept or []),
                            seconds=None if started is None else
                            round(time.monotonic() - started))
        response.headers["Retry-After"] = str(PENDING_RETRY)
        response.headers["Refresh"] = str(PENDING_RETRY)  # reloads itself, with no script
        return response

    app.add_exception_handler(LedgerPending, pending)
    app.add_exception_handler(StarletteHTTPException, not_found)
    app.add_exception_handler(sqlite3.OperationalError, busy)
    app.add_exception_handler(StoreError, busy)
