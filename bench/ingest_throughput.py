"""Ingest speed of sitrep on plain-text and on HTML captures, with peak memory per run.

Why: ingest is the step every capture goes through; the targets are at least 300 plain-text
docs/s, and on HTML at least 0.8x the speed of trafilatura alone (sitrep runs trafilatura on
every HTML page, so trafilatura's own speed is the ceiling; the rest is sitrep's overhead).

What:
* text: N generated captures (``generate_captures.py``, fixed seed) are written to a temp
  folder once; then ``sitrep.ingest.runner.ingest`` reads the folder into a fresh SQLite store,
  R times, a new store each time. Reported: median docs/s over the R runs.
* html: the benchmark pages of ``../shared/data/article-extraction-benchmark`` are written
  once, decompressed, as ``<id>.html``. Each repeat runs, in a rotating order, (a)
  ``trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)`` over all
  pages, (b) ``trafilatura.extract(html, include_comments=False)`` over all pages (pages read
  into memory before timing) and (c) sitrep ingest of the folder into a fresh store.
  Reported: median docs/s of each and the median over repeats of the per-repeat ratio
  sitrep / trafilatura (bare_extraction, the call sitrep makes, is the target's baseline).

Every measured run happens in its own spawned child process, which first warms up (imports,
one capture cleaned but not stored, so models and lazy tables are loaded) and then reports
the wall time of the measured work and its own peak RSS (``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from benchlib import (
    AEB_DIR,
    check_same_code,
    iter_aeb_pages,
    loaded_code_fingerprint,
    median,
    peak_rss_kib,
    run_in_child,
    spread,
    write_json,
)

TEXT_TARGET_DOCS_PER_S = 300.0
HTML_TARGET_RATIO = 0.8
CAPTURED_AT = datetime(2025, 8, 18)  # as ``--captured-at 2025-08-18``: a day, no time


# -- child-process work (module level so that spawn can find it) ----------------------------------


def _warm_up_sitrep(sample: Path) -> None:
    from sitrep.ingest.readers import ReadOptions, read_file
    from sitrep.ingest.runner import prepare

    options = ReadOptions(captured_at=CAPTURED_AT, captured_at_has_time=False)
    for item in read_file(str(sample), options):
        prepare(item)  # type: ignore[arg-type]


def child_sitrep_ingest(folder: str, db_path: str, warm_sample: str,
                        profile: bool = False) -> dict[str, Any]:
    """Ingest ``folder`` into a fresh store at ``db_path``; time it and report peak RSS."""
    from sitrep.ingest.readers import Item, ReadOptions
    from sitrep.ingest.runner import ingest
    from sitrep.store import Store

    _warm_up_sitrep(Path(warm_sample))
    options = ReadOptions(captured_at=CAPTURED_AT, captured_at_has_time=False)
    items = 0

    def count(_: Item) -> None:
        nonlocal items
        items += 1

    profiler = cProfile.Profile() if profile else None
    with Store(db_path) as store:
        start = time.perf_counter()
        if profiler:
            profiler.enable()
        summary = ingest([folder], store, options, on_item=count)
        if profiler:
            profiler.disable()
        seconds = time.perf_counter() - start
    result: dict[str, Any] = {"seconds": seconds, "docs": items, "docs_per_s": items / seconds,
                              "maxrss_kib": peak_rss_kib(), "summary": summary.as_dict(),
                              "sitrep_code": loaded_code_fingerprint()}
    result["summary"].pop("refusals", None)
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
        result["profile"] = out.getvalue()
    return result


def child_trafilatura(folder: str, mode: str) -> dict[str, Any]:
    """Run trafilatura alone over every ``.html`` file of ``folder`` (read before timing)."""
    import trafilatura

    pages = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.html"))]

    def run(html: str) -> object:
        if mode == "bare_extraction":
            return trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)
        return trafilatura.extract(html, include_comments=False)

    run(pages[0])  # warm-up, as for sitrep
    start = time.perf_counter()
    empty = sum(run(html) is None for html in pages)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "docs": len(pages), "docs_per_s": len(pages) / seconds,
            "maxrss_kib": peak_rss_kib(), "empty": empty}


# -- parent -------------------------------------------------------------------------------------


def _fresh_db(tmp: Path, label: str, run: int) -> str:
    path = tmp / f"{label}-{run}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return str(path)


def _drop_db(path: str) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(path + suffix).unlink(missing_ok=True)


def _summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    rates = [r["docs_per_s"] for r in runs]
    return {"median_docs_per_s": median(rates), "docs_per_s": rates,
            "median_seconds": median([r["seconds"] for r in runs]),
            "median_maxrss_mib": median([r["maxrss_kib"] for r in runs]) / 1024,
            "max_maxrss_mib": max(r["maxrss_kib"] for r in runs) / 1024,
            "docs": runs[0]["docs"],
            "sitrep_code": check_same_code([r["sitrep_code"] for r in runs if "sitrep_code" in r])}


def bench_text(tmp: Path, count: int, repeats: int, seed: int, profile: bool) -> dict[str, Any]:
    from generate_captures import write_folder

    folder = tmp / "text"
    start = time.perf_counter()
    copies = write_folder(folder, count, seed)
    warm = tmp / "warm-text.txt"
    warm_folder = tmp / "warm"
    write_folder(warm_folder, 1, seed + 1)
    shutil.move(str(warm_folder / "capture-000000.txt"), warm)
    print(f"text: {count:,} captures ({copies:,} near-copies) generated in "
          f"{time.perf_counter() - start:.1f} s; {repeats} runs, fresh store each")
    runs = []
    for r in range(repeats):
        db = _fresh_db(tmp, "text", r)
        res = run_in_child(child_sitrep_ingest, str(folder), db, str(warm))
        _drop_db(db)
        runs.append(res)
        print(f"  run {r + 1}: {res['docs_per_s']:7.1f} docs/s  {res['seconds']:6.1f} s  "
              f"peak RSS {res['maxrss_kib'] / 1024:6.1f} MiB")
    out = _summarise(runs)
    out.update(count=count, seed=seed, near_copies=copies, target_docs_per_s=TEXT_TARGET_DOCS_PER_S,
               summary=runs[0]["summary"],
               verdict="met" if out["median_docs_per_s"] >= TEXT_TARGET_DOCS_PER_S else "missed")
    print(f"text: median {out['median_docs_per_s']:.1f} docs/s (runs "
          f"{spread(out['docs_per_s'])}), median peak RSS {out['median_maxrss_mib']:.0f} MiB; "
          f"target >= {TEXT_TARGET_DOCS_PER_S:.0f} docs/s: {out['verdict']}")
    print(f"  ingest summary of run 1: {runs[0]['summary']}; sitrep code "
          f"{', '.join(out['sitrep_code'])}")
    if profile:
        db = _fresh_db(tmp, "profile", 0)
        res = run_in_child(child_sitrep_ingest, str(folder), db, str(warm), True)
        _drop_db(db)
        print(f"text, one extra run under cProfile ({res['docs_per_s']:.1f} docs/s, "
              f"slowed by the profiler):")
        print(res["profile"])
        out["profile"] = res["profile"]
    return out


def bench_html(tmp: Path, data: Path, repeats: int) -> dict[str, Any] | None:
    if not data.exists():
        print(f"skipped: {data} not found")
        return None
    folder = tmp / "html"
    folder.mkdir()
    n = 0
    for page in iter_aeb_pages(data):
        (folder / f"{page.page_id}.html").write_text(page.html, encoding="utf-8")
        n += 1
    warm = str(next(iter(sorted(folder.glob("*.html")))))
    print(f"html: {n} pages written to {folder}; {repeats} repeats of trafilatura "
          "bare_extraction, trafilatura extract and sitrep ingest, in rotating order")
    kinds = ("bare_extraction", "extract", "sitrep")
    runs: dict[str, list[dict[str, Any]]] = {k: [] for k in kinds}
    ratios: dict[str, list[float]] = {"bare_extraction": [], "extract": []}
    for r in range(repeats):
        order = kinds[r % 3:] + kinds[:r % 3]
        got: dict[str, dict[str, Any]] = {}
        for kind in order:
            if kind == "sitrep":
                db = _fresh_db(tmp, "html", r)
                got[kind] = run_in_child(child_sitrep_ingest, str(folder), db, warm)
                _drop_db(db)
            else:
                got[kind] = run_in_child(child_trafilatura, str(folder), kind)
            runs[kind].append(got[kind])
        for base in ratios:
            ratios[base].append(got["sitrep"]["docs_per_s"] / got[base]["docs_per_s"])
        print(f"  repeat {r + 1}: " + "  ".join(
            f"{k} {got[k]['docs_per_s']:6.1f} docs/s ({got[k]['maxrss_kib'] / 1024:.0f} MiB)"
            for k in kinds))
    out: dict[str, Any] = {"pages": n, "target_ratio": HTML_TARGET_RATIO}
    for kind in kinds:
        out[kind] = _summarise(runs[kind])
    out["sitrep"]["summary"] = runs["sitrep"][0]["summary"]
    for base, values in ratios.items():
        out[f"ratio_vs_{base}"] = {"median": median(values), "per_repeat": values}
    ratio = out["ratio_vs_bare_extraction"]["median"]
    out["verdict"] = "met" if ratio >= HTML_TARGET_RATIO else "missed"
    for kind in kinds:
        s = out[kind]
        print(f"html: {kind:<16} median {s['median_docs_per_s']:6.1f} docs/s (runs "
              f"{spread(s['docs_per_s'])}), median peak RSS {s['median_maxrss_mib']:.0f} MiB")
    print(f"html: sitrep / trafilatura bare_extraction = {ratio:.2f}x, sitrep / trafilatura "
          f"extract = {out['ratio_vs_extract']['median']:.2f}x (medians of per-repeat ratios); "
          f"target >= {HTML_TARGET_RATIO}x: {out['verdict']}")
    print(f"  ingest summary of run 1: {runs['sitrep'][0]['summary']}; sitrep code "
          f"{', '.join(out['sitrep']['sitrep_code'])}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=2000,
                        help="generated text captures per run (default: %(default)s)")
    parser.add_argument("--repeats", type=int, default=5,
                        help="measured runs of each kind (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=0,
                        help="seed of the generated captures (default: %(default)s)")
    parser.add_argument("--only", choices=("text", "html"), help="run one part only")
    parser.add_argument("--data", type=Path, default=AEB_DIR,
                        help="article extraction benchmark folder (default: %(default)s)")
    parser.add_argument("--tmp", type=Path, default=None,
                        help="where to put the temporary captures and stores "
                             "(default: the system temp folder)")
    parser.add_argument("--profile", action="store_true",
                        help="after the text runs, profile one more text ingest with cProfile "
                             "and print the top functions")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the results as JSON")
    args = parser.parse_args(argv)

    results: dict[str, Any] = {"benchmark": "ingest_throughput", "repeats": args.repeats}
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-", dir=args.tmp) as name:
        tmp = Path(name)
        if args.only in (None, "text"):
            results["text"] = bench_text(tmp, args.count, args.repeats, args.seed, args.profile)
        if args.only in (None, "html"):
            results["html"] = bench_html(tmp, args.data, args.repeats)
    write_json(args.json, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
