"""The pages of the workspace: overview, finding, figures, article, entities, search.

Each route reads the store (and the cached ledger) and renders one template; none
writes. Routes are plain functions, so FastAPI runs them in its thread pool, each with
its own connection.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

from ..errors import UsageError
from ..ledger.alerts import diff_findings
from ..ledger.findings import Finding
from ..store import SearchFilters, Store, StoredArticle
from .app import Context
from .figures import PAGE_SIZE, FigureQuery
from .render import evidence
from .views import article_view, entity_claims
from .workspace import Workspace

SEARCH_PAGE = 20
#: Findings on the overview, and per page of the findings list.
OVERVIEW_FINDINGS = 50
FINDINGS_PAGE = 100
#: Rows of each list of an entity's page (figures by it, about it, its statements): a
#: page of 300 of each took a third of the entity page's time to render.
ENTITY_PAGE = 50
#: Copies of a claim whose evidence a finding page shows (the rest are counted).
_CITED_SHOWN = 12


def register(app: FastAPI, ctx: Context) -> None:
    """Add the read-only pages to ``app``."""
    _ledger_pages(app, ctx)
    _text_pages(app, ctx)


def _ledger_pages(app: FastAPI, ctx: Context) -> None:
    """Overview, finding and figures: what the ledger computes."""

    @app.get("/", response_class=HTMLResponse)
    def overview(request: Request) -> HTMLResponse:
        with ctx.store() as store:
            ws = ctx.workspace(store)
            pending = diff_findings(store.seen_findings(), ws.findings)
            stale = ctx.cache.stale(store)
        top = [e for e in ws.entities if e.kind != "event"][:12]
        return ctx.page(request, "overview.html.j2", findings=ws.findings[:OVERVIEW_FINDINGS],
                        total_findings=len(ws.findings),
                        subjects=ws.subjects, cited=ws.most_cited, counts=ws.counts,
                        entities=top, pending=pending, stale=stale)

    @app.get("/alerts", response_class=HTMLResponse)
    def alerts(request: Request) -> HTMLResponse:
        with ctx.store() as store:
            pending = diff_findings(store.seen_findings(), ctx.workspace(store).findings)
            recent = store.recent_alerts(100)
        return ctx.page(request, "alerts.html.j2", pending=pending, recent=recent)

    @app.get("/findings", response_class=HTMLResponse)
    def findings(request: Request, kind: str | None = None, page: str = "1") -> HTMLResponse:
        with ctx.store() as store:
            found = [f for f in ctx.workspace(store).findings if not kind or f.kind == kind]
        pages = max(1, -(-len(found) // FINDINGS_PAGE))
        number = min(max(1, int(page) if page.isdigit() else 1), pages)
        shown = found[(number - 1) * FINDINGS_PAGE:number * FINDINGS_PAGE]
        return ctx.page(request, "findings.html.j2", findings=shown, total=len(found),
                        kind=kind, page=number, pages=pages)

    @app.get("/finding/{finding_id}", response_class=HTMLResponse)
    def finding(request: Request, finding_id: str) -> HTMLResponse:
        with ctx.store() as store:
            ws = ctx.workspace(store)
            found = ws.finding(finding_id)
            if found is None:
                return _missing(ctx, request, "finding", finding_id)
            columns = _finding_columns(store, found, ws)
        return ctx.page(request, "finding.html.j2", finding=found, columns=columns)

    @app.get("/figures", response_class=HTMLResponse)
    def figures(request: Request) -> HTMLResponse:
        query = FigureQuery.parse(request.query_params)
        with ctx.store() as store:
            ws = ctx.workspace(store)
            stale = ctx.cache.stale(store)
        rows, total = query.select(ws)
        pages = max(1, -(-total // PAGE_SIZE))
        return ctx.page(request, "figures.html.j2", rows=rows, total=total, q=query,
                        pages=pages, choices=ws.choices, stale=stale)



def _text_pages(app: FastAPI, ctx: Context) -> None:
    """Articles, entities and search: what the articles say."""

    @app.get("/article/{article_id}", response_class=HTMLResponse)
    def article(request: Request, article_id: str) -> HTMLResponse:
        with ctx.store() as store:
            view = article_view(store, article_id, ctx.workspace(store).rejected)
        if view is None:
            return _missing(ctx, request, "article", article_id)
        return ctx.page(request, "article.html.j2", **view)

    @app.get("/entities", response_class=HTMLResponse)
    def entity_list(request: Request, kind: str | None = None) -> HTMLResponse:
        with ctx.store() as store:
            found = [e for e in ctx.workspace(store).entities if not kind or e.kind == kind]
        return ctx.page(request, "entities.html.j2", entities=found[:500], kind=kind,
                        total=len(found))

    @app.get("/entity/{entity_id}", response_class=HTMLResponse)
    def entity(request: Request, entity_id: str, page: str = "1") -> HTMLResponse:
        with ctx.store() as store:
            ws = ctx.workspace(store)
            every = ws.entities
            found = ws.entity(entity_id)
            if found is None:
                return _missing(ctx, request, "entity", entity_id)
            claims = entity_claims(store, found, ws)
            articles = _titles(store, sorted(found.article_ids))
        others = [e for e in every if e.kind == found.kind and e.id != found.id][:300]
        pages = max(1, *(-(-len(rows) // ENTITY_PAGE) for rows in claims.values()))
        number = min(max(1, int(page) if page.isdigit() else 1), pages)
        start = (number - 1) * ENTITY_PAGE
        return ctx.page(request, "entity.html.j2", entity=found, articles=articles,
                        others=others, page=number, pages=pages,
                        totals={k: len(v) for k, v in claims.items()},
                        **{k: v[start:start + ENTITY_PAGE] for k, v in claims.items()})

    @app.get("/search", response_class=HTMLResponse)
    def search(request: Request) -> HTMLResponse:
        return _search(ctx, request)


def _titles(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    found = store.article_summaries(ids[:200])
    return sorted(found, key=lambda a: (a["published"] or "", a["id"]))


def _finding_columns(store: Store, found: Finding, ws: Workspace) -> list[dict[str, Any]]:
    """One column per claim of a finding: the claim, and each figure citing it with its
    evidence sentence, outlet, date and copies (the first few when there are many)."""
    shown = _CITED_SHOWN if len(found.claims) <= 6 else 3
    articles: dict[str, StoredArticle | None] = {}
    columns = []
    for claim in found.claims:
        cited = []
        for fid in claim.figure_ids[:shown]:
            row = ws.by_id.get(fid)
            if row is None:
                continue
            if row["article_id"] not in articles:
                articles[row["article_id"]] = store.find_article(row["article_id"])
            article = articles[row["article_id"]]
            if article is None:
                continue
            cited.append({"figure": row, "article": article,
                          "evidence": evidence(article.text, row["start"], row["end"])})
        columns.append({"claim": claim, "cited": cited,
                        "more": max(0, len(claim.figure_ids) - shown)})
    return columns


def _missing(ctx: Context, request: Request, what: str, key: str) -> HTMLResponse:
    why = (" A finding is named by its claims: it changes when a figure is corrected or "
           "a new one arrives (see the overview)." if what == "finding" else "")
    return ctx.page(request, "message.html.j2", status=404, title=f"No such {what}",
                    message=f"There is no {what} {key!r} in this store now.{why}")


def _search(ctx: Context, request: Request) -> HTMLResponse:
    params = request.query_params
    text = (params.get("q") or "").strip()[:500]
    filters = SearchFilters(*((params.get(k) or "").strip()[:200] or None
                              for k in ("outlet", "language", "since", "until")))
    try:
        page = max(1, int(params.get("page") or 1))
    except ValueError:
        page = 1
    result, error = None, None
    with ctx.store() as store:
        outlets = store.outlets()
        if text:
            try:
                result = store.search_articles(text, filters, limit=SEARCH_PAGE,
                                               offset=(page - 1) * SEARCH_PAGE)
            except UsageError as exc:
                error = str(exc)
    pages = max(1, -(-result.total // SEARCH_PAGE)) if result else 1
    base = {k: v for k, v in params.items() if k != "page" and v}
    return ctx.page(request, "search.html.j2", text=text, filters=filters, result=result,
                    error=error, outlets=outlets, page=page, pages=pages, base=base)
