"""A real browser on a report: Debian's Chromium through Playwright, a real HTTP server on
127.0.0.1, and a guard that records (and blocks) any request that would leave the machine.

Shared by every test that opens a page sitrep writes, so each checks the same things: the
page loads offline, and nothing from a capture runs in it.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

CHROMIUM = "/usr/bin/chromium"
needs_chromium = pytest.mark.skipif(
    not os.path.exists(CHROMIUM) and not os.environ.get("CI"),
    reason="Debian chromium not installed (make test installs it)")


@dataclass
class Visit:
    """An open page, and what it tried that a report must never do."""

    page: Any
    base: str  # "http://127.0.0.1:PORT/"
    outside: list[str] = field(default_factory=list)  # requests off this machine
    dialogs: list[str] = field(default_factory=list)  # alert(), confirm(), prompt()


@contextmanager
def offline_page(folder: Path, **page_options: Any) -> Iterator[Visit]:
    """Serve ``folder`` on 127.0.0.1 and open a Chromium page that can reach nothing else."""
    from playwright.sync_api import sync_playwright

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=[
                "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update",
                "--no-first-run"])
            page = browser.new_page(**page_options)
            visit = Visit(page, f"http://127.0.0.1:{server.server_port}/")
            keep_on_this_machine(visit)
            yield visit
            browser.close()
    finally:
        server.shutdown()


def keep_on_this_machine(visit: Visit) -> None:
    """Block (and record in ``visit.outside``) every request that would leave 127.0.0.1,
    and record and dismiss every dialog a page opens (an ``alert`` from a payload)."""

    def guard(route: Any) -> None:
        url = route.request.url
        if url.startswith("data:") or urlsplit(url).hostname == "127.0.0.1":
            route.continue_()
        else:
            visit.outside.append(url)
            route.abort()

    def on_dialog(dialog: Any) -> None:
        visit.dialogs.append(dialog.message)
        dialog.dismiss()

    visit.page.route("**/*", guard)
    visit.page.on("dialog", on_dialog)


def open_report(visit: Visit) -> None:
    """Load ``report.html`` and wait until its charts have rendered (or failed)."""
    visit.page.goto(visit.base + "report.html")
    visit.page.wait_for_function("document.body.dataset.charts !== undefined",
                                 timeout=30_000)
