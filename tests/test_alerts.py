"""``sitrep alerts``: findings new, changed or gone since the last run, told once, as text,
JSON Lines or a POST to the analyst's webhook, and shown in the workspace."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_ledger import AUGUST, JANUARY, MAY

from sitrep.cli import main
from sitrep.ledger import ledger_from_store
from sitrep.ledger.alerts import diff_findings
from sitrep.store import Store

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")


def _ingest(tmp: Path, db: str, name: str, text: str, day: str) -> None:
    (tmp / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(tmp / name), "--captured-at", day,
                                       "--db", db])
    assert result.exit_code == 0, result.output


def _alerts(db: str, *args: str) -> list[dict]:
    result = CliRunner().invoke(main, ["alerts", "--format", "jsonl", "--db", db, *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def test_each_finding_is_told_once_as_it_appears(tmp_path: Path):
    db = str(tmp_path / "a.db")
    _ingest(tmp_path, db, "jan.txt", JANUARY, "2026-01-15")
    assert _alerts(db) == []  # one figure: nothing to compare yet
    _ingest(tmp_path, db, "may.txt", MAY, "2026-05-21")
    first = _alerts(db, "--peek")
    assert [(a["change"], a["kind"]) for a in first] == [("new", "revision")]
    assert "halved" in first[0]["message"]
    recorded = _alerts(db)  # the peek recorded nothing: the same alert, now told
    assert [(a["change"], a["finding_id"]) for a in recorded] == [
        ("new", first[0]["finding_id"])]
    assert _alerts(db) == []  # told once
    _ingest(tmp_path, db, "aug.txt", AUGUST, "2026-08-21")
    later = _alerts(db)
    assert {a["kind"] for a in later} == {"disagreement", "inconsistency",
                                          "internal_inconsistency"}
    assert {a["change"] for a in later} == {"new"}
    with Store(db) as store:
        _, findings = ledger_from_store(store)
        assert {a["finding_id"] for a in later} <= {f.id for f in findings}
        assert len(store.recent_alerts()) == 4


def test_a_corrected_finding_is_told_as_changed_or_gone(tmp_path: Path):
    db = str(tmp_path / "a.db")
    for name, text, day in (("jan.txt", JANUARY, "2026-01-15"), ("may.txt", MAY, "2026-05-21"),
                            ("aug.txt", AUGUST, "2026-08-21")):
        _ingest(tmp_path, db, name, text, day)
    _alerts(db)
    with Store(db) as store:
        _, findings = ledger_from_store(store)
    internal = next(f for f in findings if f.kind == "internal_inconsistency")
    duration = internal.claims[0].figure_ids[0]
    result = CliRunner().invoke(main, ["correct", "reject", duration, "--db", db])
    assert result.exit_code == 0, result.output
    gone = _alerts(db)
    assert [(a["change"], a["finding_id"]) for a in gone] == [("gone", internal.id)]
    assert "no longer found" in gone[0]["message"]


def test_findings_that_shift_pair_up_as_changes(tmp_path: Path):
    db = str(tmp_path / "a.db")
    for name, text, day in (("jan.txt", JANUARY, "2026-01-15"), ("may.txt", MAY, "2026-05-21"),
                            ("aug.txt", AUGUST, "2026-08-21")):
        _ingest(tmp_path, db, name, text, day)
    with Store(db) as store:
        _, findings = ledger_from_store(store)
    # the snapshot held an earlier state of the disagreement (another id, other words)
    target = next(f for f in findings if f.kind == "disagreement")
    seen = [{"id": f.id, "kind": f.kind, "subject": f.subject, "measure": f.measure,
             "explanation": f.explanation} for f in findings if f is not target]
    seen.append({"id": "g-earlier", "kind": target.kind, "subject": target.subject,
                 "measure": target.measure, "explanation": "40 against 62"})
    seen.append({"id": "g-other", "kind": "revision", "subject": "Other-2020",
                 "measure": "troops", "explanation": "old"})
    alerts = diff_findings(seen, findings)
    assert [(a.change, a.finding_id) for a in alerts] == [("changed", target.id),
                                                          ("gone", "g-other")]
    assert alerts[0].previous == "40 against 62" and "before: 40 against 62" in \
        alerts[0].describe()


@contextmanager
def webhook(status: int) -> Iterator[list[dict]]:
    """A real HTTP server on 127.0.0.1 that records each POST and answers ``status``."""
    received: list[dict] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append({"body": json.loads(body), "agent": self.headers["User-Agent"],
                             "type": self.headers["Content-Type"]})
            self.send_response(status)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        received.append({"url": f"http://127.0.0.1:{server.server_port}/hook"})
        yield received
    finally:
        server.shutdown()


def test_alerts_are_posted_to_the_webhook_and_kept_when_it_fails(tmp_path: Path):
    db = str(tmp_path / "a.db")
    _ingest(tmp_path, db, "jan.txt", JANUARY, "2026-01-15")
    _ingest(tmp_path, db, "may.txt", MAY, "2026-05-21")
    with webhook(500) as broken:
        url = broken.pop(0)["url"]
        result = CliRunner().invoke(main, ["alerts", "--webhook", url, "--db", db])
        assert result.exit_code == 1 and "500" in result.output
    assert len(broken) == 1  # it was tried, and failed: nothing recorded
    with webhook(204) as hook:
        url = hook.pop(0)["url"]
        sent = _alerts(db, "--webhook", url)
    assert len(sent) == 1 and hook[0]["body"] == {"alerts": sent}
    assert hook[0]["agent"].startswith("sitrep") and "json" in hook[0]["type"]
    refused = CliRunner().invoke(main, ["alerts", "--webhook", "file:///etc/passwd",
                                        "--db", db])
    assert refused.exit_code == 0  # nothing new to send, so nothing is posted
    _ingest(tmp_path, db, "aug.txt", AUGUST, "2026-08-21")
    refused = CliRunner().invoke(main, ["alerts", "--webhook", "file:///etc/passwd",
                                        "--db", db])
    assert refused.exit_code == 1 and "http or https" in refused.output


def test_the_workspace_shows_pending_and_reported_alerts(tmp_path: Path):
    from starlette.testclient import TestClient

    from sitrep.web import create_app

    db = str(tmp_path / "a.db")
    _ingest(tmp_path, db, "jan.txt", JANUARY, "2026-01-15")
    _ingest(tmp_path, db, "may.txt", MAY, "2026-05-21")
    with TestClient(create_app(db), base_url="http://127.0.0.1") as c:
        assert "1 finding is" in c.get("/").text
        page = c.get("/alerts").text
        assert "halved" in page.split('id="recent"')[0]
        assert "No alert reported yet" in page
        _alerts(db)
        page = c.get("/alerts").text
        assert "Nothing new or changed" in page and "halved" in page.split('id="recent"')[1]
        assert "findings are" not in c.get("/").text and "finding is" not in c.get("/").text
