"""Corrections from the page: reject or accept a figure, merge two event instances or two
entities.

Each is recorded exactly as ``sitrep correct`` records it: the same store call, the same
action names, who (the analyst the server runs for), when, and the note, so ``sitrep
correct list`` shows both alike. Every post must come from a page of this server (see
:mod:`.csrf`); after it the analyst is sent back to the page the form was on.
"""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import FastAPI, Form, Request
from fastapi.responses import RedirectResponse, Response

from ..documents import content_id
from .app import Context
from .csrf import same_origin

#: Form action -> the correction it records.
FIGURE_ACTIONS = {"reject": "reject_figure", "accept": "accept_figure"}
MERGE_ACTIONS = {"subjects": "merge_subjects", "entities": "merge_entities"}


def _back(next_page: str | None) -> str:
    """Where to send the analyst after a post: a path of this server only."""
    if next_page and next_page.startswith("/") and not next_page.startswith("//") \
            and "\\" not in next_page:
        return next_page
    return "/"


def _forbidden(ctx: Context, request: Request, token: str | None) -> Response | None:
    """A refusal page when the post does not come from this server's page and session."""
    if same_origin(request.headers, request.url.scheme) and ctx.csrf.valid(
            request.state.session, token):
        return None
    return ctx.page(request, "message.html.j2", status=403, title="Refused",
                    message="This correction did not come from a page of this workspace "
                            "(cross-site request); nothing was recorded.")


def _record(ctx: Context, action: str, target: str, value: str | None,
            note: str | None) -> str:
    at = datetime.now(UTC).replace(tzinfo=None)
    with ctx.store() as store:
        cid = store.add_correction(action, target, value, ctx.who, note or None, at)
        ctx.workspace(store, fresh=True)  # the next page shows the correction applied
    return cid


def register(app: FastAPI, ctx: Context) -> None:
    """Add the correction forms' targets to ``app``."""

    @app.post("/correct/figure")
    def correct_figure(request: Request, figure_id: str = Form(...),
                       action: str = Form(...), note: str = Form(""),
                       token: str = Form(""), next_page: str = Form("/", alias="next")
                       ) -> Response:
        refused = _forbidden(ctx, request, token)
        if refused is not None:
            return refused
        with ctx.store() as store:
            known = store.figure_exists(figure_id)
        if action not in FIGURE_ACTIONS or not known:
            return ctx.page(request, "message.html.j2", status=400, title="Not recorded",
                            message=f"No figure {figure_id!r}, or no action {action!r}.")
        _record(ctx, FIGURE_ACTIONS[action], figure_id, None, note.strip()[:500])
        return RedirectResponse(_back(next_page), status_code=303)

    @app.post("/correct/merge")
    def correct_merge(request: Request, kind: str = Form(...), old: str = Form(...),
                      kept: str = Form(...), note: str = Form(""), token: str = Form(""),
                      next_page: str = Form("/", alias="next")) -> Response:
        refused = _forbidden(ctx, request, token)
        if refused is not None:
            return refused
        old, kept = old.strip(), kept.strip()
        if kind not in MERGE_ACTIONS or not old or not kept or old == kept:
            return ctx.page(request, "message.html.j2", status=400, title="Not recorded",
                            message="A merge needs two different names of one kind.")
        _record(ctx, MERGE_ACTIONS[kind], old, kept, note.strip()[:500])
        if kind == "entities" and ":" in kept:  # the old entity's page is gone: show the kept
            next_page = "/entity/" + content_id(*kept.split(":", 1), prefix="n")
        return RedirectResponse(_back(next_page), status_code=303)
