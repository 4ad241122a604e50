"""Assemble a situation report from the store and write it as HTML and Markdown.

The HTML inlines Vega, Vega-Lite, vega-embed and the world-atlas country shapes (see
``vendor/VENDOR.md``), so it opens offline and makes no network request. Every figure,
finding and statement links to its evidence: the sentence in the clean text and the line
of the raw capture it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from ..lang import describe_not_read, not_read
from ..ledger import claims_from_store
from ..ledger.cache import stored_findings
from ..ledger.claims import Claim
from ..offsets import OffsetMap
from ..store import Store
from .charts import map_spec, names_an_event, timeline_rows, timeline_spec
from .places import confident_places
from .safe import (
    content_security_policy,
    finalize_html,
    link,
    markdown_text,
    marked,
    script_json,
)

#: Inlined in this order; the expression interpreter lets Vega run without ``eval``, so
#: the page's Content-Security-Policy needs no 'unsafe-eval'.
_VENDOR = ("vega.min.js", "vega-interpreter.min.js", "vega-lite.min.js", "vega-embed.min.js")


#: "Key figures" lists the most-cited claims of this many events, so many claims each;
#: the full table follows, folded.
TOP_EVENTS = 6
TOP_PER_EVENT = 3


@dataclass(frozen=True)
class ReportFinding:
    """One finding as the store keeps it (:func:`sitrep.ledger.cache.stored_findings`, the
    record ``sitrep findings`` lists), with its claims found among the report's claims so
    that each shows its sentence and links to its evidence."""

    id: str
    kind: str
    subject: str
    measure: str
    explanation: str
    figure_ids: tuple[str, ...]
    claims: tuple[Claim, ...]


def report_findings(records: list[dict[str, Any]], claims: list[Claim],
                    subject: str | None = None) -> list[ReportFinding]:
    """The stored findings (``subject`` filters them as it filters claims), each with its
    claims: the same list, in the same order, as ``sitrep findings`` prints."""
    by_id = {c.id: c for c in claims}
    return [ReportFinding(r["id"], r["kind"], r["subject"], r["measure"], r["explanation"],
                          tuple(r["figure_ids"]),
                          tuple(by_id[i] for i in r["claim_ids"] if i in by_id))
            for r in records if not subject or subject.lower() in r["subject"].lower()]


@dataclass
class ReportData:
    subject: str | None
    generated: str
    claims: list[Claim]
    findings: list[ReportFinding]
    statements: list[dict[str, Any]]
    places: list[dict[str, Any]]
    sources: list[dict[str, Any]]
    evidence: dict[str, dict[str, Any]] = field(default_factory=dict)  # figure/statement id
    #: articles in languages sitrep cannot read, by language: "3 articles not read: ko 2 ..."
    not_read: str | None = None

    sources_by_id: dict[str, dict[str, Any]] = field(default_factory=dict)

    def timeline_spec(self) -> dict[str, Any]:
        return timeline_spec(self.claims)

    def map_spec(self) -> dict[str, Any]:
        return map_spec(self.places, _vendor("countries-110m.json"))

    def top_claims(self, events: int = TOP_EVENTS, per_event: int = TOP_PER_EVENT
                   ) -> list[tuple[str, list[Claim]]]:
        """The most-cited claims of the most-cited events: what an analyst reads first.

        Cited means by distinct outlets: one page repeating a figure is one voice. A subject
        that only names what is counted ("people", "seconds") is no event: its claims stay
        in the full table."""
        by_event: dict[str, list[Claim]] = {}
        for c in self.claims:
            if names_an_event(c):
                by_event.setdefault(c.subject, []).append(c)

        def outlets(claims: list[Claim]) -> int:
            return len({o for c in claims for o in c.outlets})

        ranked = sorted(by_event.items(),
                        key=lambda kv: (-outlets(kv[1]), -len(kv[1]), kv[0]))
        return [(event, sorted(claims, key=lambda c: (-len(c.outlets), -c.citations,
                                                      c.family, c.id))[:per_event])
                for event, claims in ranked[:events]]

    def timeline_panels(self) -> int:
        """How many event-and-measure panels the timeline draws."""
        return len({r["group"] for r in timeline_rows(self.claims)})


def _raw_line(raw: str, offsets: OffsetMap, clean_offset: int) -> int | None:
    at = offsets.to_raw(clean_offset)
    return None if at is None else raw.count("\n", 0, at) + 1


def _sentence(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(before, evidence, after) within the paragraph around a span."""
    left = max(text.rfind("\n", 0, start) + 1, start - 240)
    right = text.find("\n", end)
    right = min(len(text) if right < 0 else right, end + 240)
    return text[left:start], text[start:end], text[end:right]


def build_report(store: Store, subject: str | None = None) -> ReportData:
    """What the report shows. Its findings are those the store keeps (computed once, the
    ones ``sitrep findings`` lists), so a report never disagrees with the listing and a
    second report does not recompute them."""
    every_claim = claims_from_store(store)
    findings = report_findings(stored_findings(store), every_claim, subject)
    claims = [c for c in every_claim if not subject or subject.lower() in c.subject.lower()]
    kept = {f for c in claims for f in c.figure_ids}
    figures = [f for f in store.claims("figures", subject=subject) if f["id"] in kept]
    article_ids = {a for c in claims for a in c.article_ids}
    statements = [s for s in store.claims("statements")
                  if not subject or s["article_id"] in article_ids]
    articles = {a.id: a for a in store.articles()}
    used = article_ids | {s["article_id"] for s in statements}
    evidence: dict[str, dict[str, Any]] = {}
    raws: dict[str, str] = {}
    for row in [*figures, *statements]:
        article = articles[row["article_id"]]
        raw = raws.setdefault(article.capture_id, store.capture_raw(article.capture_id))
        before, hit, after = _sentence(article.text, row["start"], row["end"])
        evidence[row["id"]] = {
            "before": before, "text": hit, "after": after, "article_id": article.id,
            "outlet": article.outlet, "published": article.published,
            "source": article.url or article.source,
            "raw_line": _raw_line(raw, OffsetMap.from_json(article.offsets), row["start"])}
    places = confident_places(store.mentions("place"),
                              {i: articles[i].text for i in used if i in articles})
    sources = [{"id": a.id, "outlet": a.outlet or "-", "title": a.title or a.text[:80],
                "published": a.published, "url": a.url, "source": a.source,
                "copy_of": a.duplicate_of, "same_source_as": a.same_source_of}
               for a in sorted((articles[i] for i in used), key=lambda a: a.published or "")]
    return ReportData(subject, datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), claims,
                      findings, statements, places, sources, evidence,
                      not_read=describe_not_read(not_read(a.language for a in articles.values())),
                      sources_by_id={a["id"]: a for a in sources})


def _html_env() -> Environment:
    """Autoescape on for every template, whatever its file name ends with."""
    env = Environment(loader=PackageLoader("sitrep", "report/templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True, finalize=finalize_html)
    env.filters["link"] = link
    env.filters["marked"] = lambda e: marked(e["before"], e["text"], e["after"])
    return env


def _markdown_env() -> Environment:
    """Markdown has no autoescape: every ``{{ }}`` goes through :func:`markdown_text`."""
    return Environment(loader=PackageLoader("sitrep", "report/templates"), autoescape=False,
                       trim_blocks=True, lstrip_blocks=True, finalize=markdown_text)


def _vendor(name: str) -> str:
    return resources.files("sitrep").joinpath("report", "vendor", name).read_text("utf-8")


_BOOT = """
  const opts = {actions: false, renderer: "svg", ast: true};
  window.sitrepCharts = Promise.all([
    vegaEmbed("#timeline-chart", %(timeline)s, opts),
    vegaEmbed("#map-chart", %(map)s, opts),
  ]).then(() => { document.body.dataset.charts = "ready"; },
          (err) => { document.body.dataset.charts = "failed: " + err; });
"""


def render_html(data: ReportData) -> str:
    """The report page. Its scripts are sitrep's own (vendored libraries, then the chart
    set-up with its data as script-safe JSON); the page's Content-Security-Policy lets only
    these exact scripts run."""
    scripts = [_vendor(n).replace("</script", "<\\/script") for n in _VENDOR]
    scripts.append(_BOOT % {"timeline": script_json(data.timeline_spec()),
                            "map": script_json(data.map_spec())})
    return _html_env().get_template("report.html.j2").render(
        data=data, scripts=[Markup(s) for s in scripts],
        csp=content_security_policy(scripts))


def render_markdown(data: ReportData) -> str:
    return _markdown_env().get_template("report.md.j2").render(data=data)


def write_report(store: Store, out_dir: str | Path, subject: str | None = None
                 ) -> tuple[Path, Path]:
    """Write ``report.html`` and ``report.md`` into ``out_dir``; returns their paths."""
    data = build_report(store, subject)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    html, md = out / "report.html", out / "report.md"
    html.write_text(render_html(data), encoding="utf-8")
    md.write_text(render_markdown(data), encoding="utf-8")
    return html, md
