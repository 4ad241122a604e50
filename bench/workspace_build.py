"""Time, CPU and peak memory of computing the workspace's ledger, and a digest of what it
computes, so that a faster version can be shown to give the same pages.

Why: ``sitrep serve`` computes its workspace (claims, findings, entities, the figures
table's rows, coded columns and sort orders) on its first page and after every change of
the store. On a store of 30,169 generated articles that took minutes and gigabytes
(issue 12). This script measures one computation in a fresh interpreter and hashes every
part of the result, so two versions of the code can be compared on one store:

    python bench/workspace_build.py measure --db STORE --src /path/to/old/src --json before.json
    python bench/workspace_build.py measure --db STORE --json after.json
    python bench/workspace_build.py compare before.json after.json

``--src`` picks the sources to run (default: this checkout's), so the "before" side can
be an older commit (``git archive COMMIT src | tar -x -C DIR``). The store is copied to a
temporary folder first (opening it may migrate its schema); the measured child reports
its own CPU time (user + system) and peak resident memory (``ru_maxrss``) besides the wall
time, because the machine is shared and wall time says more about the load than the code.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from benchlib import REPO_ROOT, machine_info

#: Every field of a figure row of the workspace, as the pages read them.
ROW_FIELDS = ("id", "article_id", "measure", "low", "high", "speaker", "org", "speaker_key",
              "stated_on", "published", "outlet", "text", "start", "end", "language",
              "subject", "family", "source", "source_type", "value", "day", "who",
              "rejected")


def _plain(value: Any) -> Any:
    """A JSON-able form of a workspace value: sets sorted, dates as text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _field(row: Any, name: str) -> Any:
    return row[name] if isinstance(row, dict) else getattr(row, name)


def _hash(items: Iterable[Any]) -> str:
    digest = hashlib.sha256()
    for item in items:
        digest.update(json.dumps(item, sort_keys=True, default=str).encode())
        digest.update(b"\n")
    return digest.hexdigest()[:20]


def digests(ws: Any) -> dict[str, str]:
    """One hash per part of a workspace (claims, findings, figure rows, the table's
    columns and orders, the entity indexes, entities, overview lists)."""
    rows = ws.figures
    table = ws.table
    return {
        "claims": _hash(_plain(c) for c in ws.claims),
        "findings": _hash({"id": f.id, "kind": f.kind, "subject": f.subject,
                           "measure": f.measure, "explanation": f.explanation,
                           "claims": [c.id for c in f.claims]} for f in ws.findings),
        "figures": _hash([_plain(_field(r, k)) for k in ROW_FIELDS] for r in rows),
        "claim_of_figure": _hash(sorted((k, c.id) for k, c in ws.claim_of_figure.items())),
        "rejected": _hash(sorted(ws.rejected)),
        "table_rows": _hash(_field(r, "id") for r in table.rows),
        "table_columns": _hash((k, _plain(col.values), col.codes.tolist())
                               for k, col in sorted(table.columns.items())),
        "table_rejected": _hash(table.rejected.tolist()),
        "table_orders": _hash((k, v.tolist()) for k, v in sorted(table.orders.items())),
        "index": _hash((key, sorted(([str(v), [_field(r, "id") for r in group]]
                                     for v, group in by.items()), key=lambda p: p[0]))
                       for key, by in sorted(ws.index.items())),
        "entities": _hash(e.as_record() for e in ws.entities),
        "subjects": _hash(_plain(s) for s in ws.subjects),
        "most_cited": _hash(c.id for c in ws.most_cited),
        "choices": _hash(sorted(ws.choices.items())),
        "counts": _hash(sorted(ws.counts.items())),
    }


def child(db: str) -> dict[str, Any]:
    """Compute the workspace once in this (fresh) process; measure, then hash it."""
    import resource
    import time

    from sitrep.store import Store
    from sitrep.web.workspace import build_workspace

    def cpu() -> float:
        used = resource.getrusage(resource.RUSAGE_SELF)
        return used.ru_utime + used.ru_stime

    with Store(db) as store:
        counts = store.counts()
        rss_start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        wall, started = time.perf_counter(), cpu()
        ws = build_workspace(store)
        cpu_s = cpu() - started
        wall = time.perf_counter() - wall
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"articles": counts["articles"], "figures": len(ws.figures),
            "claims": len(ws.claims), "findings": len(ws.findings),
            "entities": len(ws.entities), "wall_s": round(wall, 1), "cpu_s": round(cpu_s, 1),
            "peak_rss_mib": round(peak / 1024), "rss_before_build_mib": round(rss_start / 1024),
            "digests": digests(ws)}


def measure(db: Path, src: Path) -> dict[str, Any]:
    """One measured run of ``src``'s code on a copy of ``db``, in a new interpreter."""
    with tempfile.TemporaryDirectory(prefix="workspace-build-") as tmp:
        copy = Path(tmp) / "store.db"
        shutil.copyfile(db, copy)
        env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{Path(__file__).parent}"}
        ran = subprocess.run([sys.executable, __file__, "_child", str(copy)], env=env,
                             capture_output=True, text=True, check=False)
    if ran.returncode != 0:
        sys.exit(f"the measured run failed:\n{ran.stderr}")
    return {"src": str(src), **json.loads(ran.stdout.strip().splitlines()[-1])}


def compare(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """The parts whose digests differ between two runs."""
    return [k for k in sorted({*a["digests"], *b["digests"]})
            if a["digests"].get(k) != b["digests"].get(k)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("measure", help="measure one computation and hash its result")
    run.add_argument("--db", type=Path, required=True)
    run.add_argument("--src", type=Path, default=REPO_ROOT / "src")
    run.add_argument("--json", type=Path)
    both = sub.add_parser("compare", help="which parts differ between two measured runs")
    both.add_argument("a", type=Path)
    both.add_argument("b", type=Path)
    inner = sub.add_parser("_child")
    inner.add_argument("db")
    args = parser.parse_args(argv)
    if args.command == "_child":
        print(json.dumps(child(args.db)))
        return 0
    if args.command == "compare":
        a, b = (json.loads(p.read_text("utf-8")) for p in (args.a, args.b))
        differ = compare(a, b)
        for key in ("wall_s", "cpu_s", "peak_rss_mib"):
            print(f"{key}: {a.get(key)} -> {b.get(key)}")
        print("same output" if not differ else f"DIFFERENT: {', '.join(differ)}")
        return 1 if differ else 0
    result = measure(args.db, args.src.resolve())
    print(json.dumps({k: v for k, v in result.items() if k != "digests"}))
    if args.json:
        doc = {"machine": machine_info(), "benchmark": "workspace_build",
               "command": " ".join(sys.argv), **result}
        args.json.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
