"""``sitrep demo``: ingest the bundled sample corpus and show what came out."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from .extract.runner import extract_pending
from .ingest.options import Skipped, describe_skips
from .ingest.readers import ReadOptions, load_manifest
from .ingest.runner import ingest
from .ledger import claims_from_store
from .ledger.cache import stored_findings
from .report import write_report
from .store import Store

MANIFEST = "manifest.jsonl"


def find_corpus() -> Path | None:
    """The sample corpus of a source checkout (``corpus/`` beside ``src/``)."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "corpus"
        if (candidate / MANIFEST).is_file():
            return candidate
    return None


def run_demo(folder: Path, db: str, echo: Callable[[str], None] = print,
             report_dir: str | Path = "sitrep-demo-report") -> None:
    manifest = folder / MANIFEST
    entries, problems = load_manifest(manifest) if manifest.is_file() else ({}, [])
    for problem in problems:
        echo(f"refused: {problem.message}")
    options = ReadOptions(manifest=entries, manifest_path=str(manifest))
    sources = [str(folder / sub) for sub in ("txt", "html", "feeds")
               if (folder / sub).is_dir()]
    # the crawl only: the script that wrote it sits beside it, and a folder walk would refuse
    # it as an unsupported file (E009)
    sources += sorted(str(p) for p in (folder / "warc").glob("*.warc*"))
    skips: list[Skipped] = []
    with Store(db) as store:
        summary = ingest(sources, store, options,
                         on_item=lambda item: skips.append(item)
                         if isinstance(item, Skipped) else None,
                         on_refusal=lambda r: echo(f"refused: {r.message}"))
        echo(f"Ingested the sample corpus from {folder} into {db}")
        echo("  " + summary.describe())
        if skips:
            echo("  " + describe_skips(skips) + " (not pages: nothing is lost)")
        counts = store.counts()
        echo(f"  store now holds {counts['captures']} captures, {counts['articles']} articles, "
             f"{counts['related']} related stories, {counts['duplicate_groups']} duplicate "
             f"groups ({counts['duplicates']} copies)")
        groups: dict[str, list] = defaultdict(list)
        languages: dict[str, int] = defaultdict(int)
        for article in store.articles():
            groups[article.group_id].append(article)
            languages[article.language or "?"] += 1
        echo("  languages: " + ", ".join(f"{k} {v}" for k, v in sorted(languages.items())))
        echo("")
        echo("Duplicate groups (one story, several copies):")
        for members in groups.values():
            if len(members) < 2:
                continue
            first = next(m for m in members if m.duplicate_of is None)
            echo(f"  {first.title or first.text[:60]!s}")
            for m in sorted(members, key=lambda m: (m.published or m.captured_at, m.id)):
                role = "original" if m.duplicate_of is None else "copy    "
                echo(f"    {role} {m.id}  {m.published or '----------'}  {m.outlet or '-'}")
        done = extract_pending(store).done
        claims = claims_from_store(store)
        findings = stored_findings(store)  # kept: the report and `sitrep findings` read them
        echo("")
        echo(f"Extracted {done} articles: {len(claims)} claims; findings:")
        for finding in findings:
            echo(f"  {finding['kind']}: {finding['explanation']}")
        html, md = write_report(store, report_dir)
        echo("")
        echo(f"Report: {html} (opens offline) and {md}")
        echo(f"Next: sitrep articles --db {db}    sitrep show <id> --db {db}    "
             f"sitrep findings --db {db}")
