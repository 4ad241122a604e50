"""A cluster ingest, from this process: plan the parts, run them, merge what they wrote.

1. :func:`sitrep.scale.parts.plan_parts` cuts the inputs into parts (paths and byte ranges).
2. Each part is a task (:func:`sitrep.scale.ingest_part.ingest_part`); as each finishes, this
   process merges its Parquet rows into the store, one transaction per part, every article
   first in a group of its own.
3. Two tasks per dedupe bucket find and decide the pairs (copies, same source) there, and
   one more joins the copies into groups (:mod:`sitrep.scale.dedupe`); the store records the
   pairs and moves the members into their groups. A store that held articles before the
   run is also searched for each new article's pairs, as a single-process ingest does.
4. While the bucket tasks run, this process links translations across languages, with the
   keys the part tasks computed (translations do not depend on the groups).

The work folder (``--work``, by default next to the store) must be reachable by every
worker under the same path. Parts already written there are not recomputed: rerunning the
same command is a no-op.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

from .. import dedupe
from ..dedupe.crosskeys import CrossKeys
from ..groups import joined
from ..ingest.options import ReadOptions
from ..ingest.runner import IngestSummary
from ..ingest.translations import link_translations
from ..store import Store, rows
from .cluster import ClusterSpec, collect, connect, run_tasks, submit_tasks
from .dedupe import components, find_edges, stock_passages
from .ingest_part import PartResult, ingest_part, part_dir
from .parquet import read_rows
from .parts import PartSizes, plan_parts

#: Dedupe buckets per worker: enough tasks to keep every worker busy.
BUCKETS_PER_WORKER = 4
_MERGED = ("captures", "capture_sources", "articles", "lsh_bands",
           "passage_keys", "article_minhash")


def default_work_dir(store: Store) -> Path:
    return Path(f"{store.path}.parts")


def cluster_ingest(paths: Iterable[str], store: Store, spec: ClusterSpec,
                   options: ReadOptions | None = None, *, work: str | Path | None = None,
                   on_message: Callable[[str], None] | None = None,
                   on_progress: Callable[[str, int, int], None] | None = None,
                   sizes: PartSizes | None = None) -> IngestSummary:
    """Ingest ``paths`` into ``store`` on the cluster ``spec``; see the module docstring.

    ``on_progress(stage, done, total)`` is called as tasks finish; ``on_message`` gets the
    dashboard link; ``sizes`` says how much input one task reads. As a single-process
    ingest does, the new articles' translations are linked, here in this process (it
    reads the store's keys, and only candidate pairs are compared), while the workers
    run the dedupe buckets; each article's keys were computed by the worker of its part."""
    options = options or ReadOptions()
    base = Path(work) if work else default_work_dir(store)
    base.mkdir(parents=True, exist_ok=True)
    sizes = sizes or PartSizes()
    plan = plan_parts(paths, options, sizes.files, sizes.bytes)
    summary = IngestSummary(skipped=plan.skipped)
    now = datetime.now(UTC).replace(tzinfo=None)
    with store.transaction():
        for refusal in plan.refusals:
            _refuse(store, rows.refusal_row(refusal), refusal.message, summary, now)
    had_articles = store.article_count() > 0
    progress = on_progress or (lambda *_: None)
    new_articles: list[str] = []
    keys: dict[str, CrossKeys] = {}
    with connect(spec, on_message) as client:
        buckets = max(1, len(client.scheduler_info()["workers"])) * BUCKETS_PER_WORKER

        def merge(result: PartResult) -> None:
            new_articles.extend(_merge_part(store, base, result, summary, now,
                                            had_articles or bool(new_articles)))
            keys.update(_cross_keys(part_dir(base, result.part_id)))

        run_tasks(client, ingest_part, [(p, str(base), options, buckets) for p in plan.parts],
                  merge, lambda d, n: progress("parts", d, n))
        part_ids = [p.id for p in plan.parts]
        # two steps per bucket: where each stock passage pairs articles up, then the
        # pairs (a bucket task of the second step waits for every one of the first)
        stock = submit_tasks(client, stock_passages,
                             [(str(base), b, part_ids) for b in range(buckets)])
        edges = submit_tasks(client, find_edges,
                             [(str(base), b, part_ids, buckets, stock) for b in range(buckets)])
        # translations need the articles only, not their groups: linked here while the
        # workers find the duplicate pairs, instead of after them
        progress("translations", 0, 1)
        summary.translations = link_translations(store, known_keys=keys)
        progress("translations", 1, 1)
        collect(edges, lambda _: None, lambda d, n: progress("dedupe", d, n))
        run_tasks(client, components, [(str(base), buckets)], lambda _: None)
    summary.duplicates = _apply_groups(store, base, buckets, new_articles, had_articles)
    return summary


def _merge_part(store: Store, base: Path, result: PartResult, summary: IngestSummary,
                now: datetime, any_before: bool = True) -> list[str]:
    """Insert one part's rows in one transaction; the ids of the articles that were new."""
    folder = part_dir(base, result.part_id)
    tables = {t: read_rows(folder / f"{t}.parquet") for t in (*_MERGED, "refusals")}
    article_ids = [r[0] for r in tables["articles"][1]]
    with store.transaction():
        known = store.existing_articles(article_ids) if article_ids and any_before else set()
        new_captures = 0
        for table in _MERGED:
            columns, values = tables[table]
            added = store.insert_rows(table, columns, values)
            if table == "captures":
                new_captures = added
        for row in tables["refusals"][1]:
            _refuse(store, row, row[3], summary, now)
    summary.captures += new_captures
    summary.already_stored += result.items - result.refused - result.skipped - new_captures
    summary.skipped += result.skipped
    new = [i for i in article_ids if i not in known]
    summary.articles += len(new)
    summary.related += sum(1 for r in tables["articles"][1] if r[0] not in known
                           and r[2] != "main")
    return new


def _cross_keys(folder: Path) -> dict[str, CrossKeys]:
    """The translation keys the part's worker computed for its articles."""
    return {a: CrossKeys(frozenset(numbers), frozenset(names))
            for a, numbers, names in read_rows(folder / "cross_keys.parquet")[1]}


def _refuse(store: Store, row: rows.Row, message: str, summary: IngestSummary,
            now: datetime) -> None:
    store.record_refusal_row(row, now)
    summary.refused.append(message)


def _apply_groups(store: Store, base: Path, buckets: int, new_articles: list[str],
                  had_articles: bool) -> int:
    """Record the pairs the buckets found and move the members of every duplicate group
    into it; with a store that already held articles, relate each new article to the
    stored ones too. Returns how many new articles joined a group."""
    group_of = dict(read_rows(base / "groups.parquet")[1])
    links: list[tuple[str, str]] = [(a, g) for a, g in group_of.items()]
    with store.transaction():
        for bucket in range(buckets):
            columns, values = read_rows(base / "relations" / f"bucket-{bucket}.parquet")
            store.insert_rows("article_relations", columns, values)
        if had_articles:
            links += _stored_links(store, base, set(new_articles))
        store.set_groups(_resolve(links))
    new = set(new_articles)
    return sum(1 for a in group_of if a in new)


def _stored_links(store: Store, base: Path, new: set[str]) -> list[tuple[str, str]]:
    """(new article, stored group) for each stored group a new article copies."""
    out: list[tuple[str, str]] = []
    for folder in sorted((base / "parts").iterdir()):
        if folder.name.startswith("."):
            continue
        _, articles = read_rows(folder / "articles.parquet", ("id", "text", "text_hash"))
        # the article rows carry no signature; one too short to sign has none here either
        signature_of = dict(read_rows(folder / "signatures.parquet",
                                      ("article_id", "signature"))[1])
        bands: dict[str, list[tuple[int, int]]] = {}
        for band, key, article_id in read_rows(folder / "lsh_bands.parquet")[1]:
            bands.setdefault(article_id, []).append((band, key))
        passages: dict[str, list[int]] = {}
        for key, article_id in read_rows(folder / "passage_keys.parquet")[1]:
            passages.setdefault(article_id, []).append(key)
        for article_id, text, text_hash in articles:
            if article_id not in new:
                continue
            keys = tuple(k for _, k in sorted(bands.get(article_id, [])))
            fp = dedupe.Fingerprint(text_hash, signature_of.get(article_id), keys,
                                    tuple(sorted(passages.get(article_id, []))))
            out += [(article_id, g) for g in store.relate_stored(article_id, text, fp)
                    if g != article_id]
    return out


def _resolve(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(node, group) for every node that is not its group's name (its smallest id)."""
    return sorted(joined(links).items())
