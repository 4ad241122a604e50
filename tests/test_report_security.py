"""Captured pages are hostile: nothing from a capture runs in, or escapes, the report.

The captures here are written for this test. Each carries one class of payload (markup,
script, a script that closes the chart data block, attribute injection, ``javascript:``
links, template syntax, bidi overrides and zero-width characters) in the places a report
shows: title, outlet, URL and the sentences that become evidence, statements and findings.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from browser import needs_chromium, offline_page, open_report
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.report.safe import (
    display_text,
    markdown_text,
    safe_url,
    script_hash,
    script_json,
)

CHROMIUM = "/usr/bin/chromium"

IMG = "<img src=x onerror=window.__pwned=1>"
SCRIPT = "<script>window.__pwned=2</script>"
CLOSER = "</script><script>window.__pwned=3</script>"
ATTR = '" onmouseover="window.__pwned=4" x="'
JS_URL = "javascript:window.__pwned=5"
TEMPLATE = "{{ 7*191 }} {% if true %}TEMPLATE-RAN{% endif %}"
RTL = "\u202eexe.tropeR\u202c"
ZERO_WIDTH = "Ka\u200bunas"
OUTLET = f"The Klaipeda Courier {CLOSER}"

ARTICLES = [
    {"url": 'https://hostile.example/a?x="><script>window.__pwned=6</script>',
     "title": f"Drill figures {SCRIPT} {ATTR}", "outlet": OUTLET, "published": "2026-03-02",
     "text": f"Colonel Ruta Zemaite said on Monday that 12,000 troops {IMG} would join the "
             "Amber Gate exercise near Klaipeda.\n\n"
             "About 300 armoured vehicles will take part in the Amber Gate exercise, the "
             f"paper learned from three units based around the port city. {TEMPLATE}"
             f"\n\nLocal officials said the exercise would close roads around Palanga for four "
             f"days {CLOSER}."},
    {"url": JS_URL, "title": f"[click me](javascript:alert(1)) ![x](https://tracker.example/p.png)"
                             f" {RTL}",
     "outlet": f"<b>Baltic Wire</b> {ATTR}", "published": "2026-03-05",
     "text": f"The defence ministry said {ATTR} that 15,000 troops would take part in the "
             "Amber Gate exercise.\n\n"
             f"According to Major Tomas Vaitkus, {ZERO_WIDTH} will host 2,000 of them {RTL}. "
             '[link](javascript:alert(2)) <a href="javascript:alert(3)">here</a>\n\n'
             f"He told reporters in {IMG}Siauliai that the drills would end on March 20."},
    {"url": "vbscript:msgbox(1)", "title": "Second day", "outlet": OUTLET,
     "published": "2026-03-09",
     "text": f"A spokesman for the Lithuanian army, Jonas {IMG}Petraitis, said 9,000 troops "
             "were already deployed for the Amber Gate exercise.\n\n"
             "About 450 armoured vehicles will take part in the Amber Gate exercise, the "
             f"paper learned from the same units a week after its first report. {CLOSER}"
             "\n\n<iframe src=\"https://outside.example/\"></iframe> <link rel=stylesheet "
             "href=https://outside.example/s.css> <svg onload=window.__pwned=7>"},
]

PAGE = """<!doctype html><html><head><title>Exercise &lt;script&gt;window.__pwned=8&lt;/script&gt;
</title><meta property="og:site_name" content="Niemen &lt;img src=x onerror=window.__pwned=9&gt;">
</head><body><article><h1>Exercise report</h1>
<p>Lieutenant Colonel Aldona Kairiene said on Tuesday that 11,000 troops would join the Amber
Gate exercise &lt;img src=x onerror=window.__pwned=10&gt; in western Lithuania.</p>
<p>She said the drills &lt;/script&gt;&lt;script&gt;window.__pwned=11&lt;/script&gt; would
run near Taurage and Silute, with about 60 helicopters in the air over the coast.</p>
<p>Engineers have built two temporary bridges over the Minija river for the exercise, and
the local council has asked residents to keep away from the training areas until it ends.</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("hostile")
    lines = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES)
    (tmp / "payloads.jsonl").write_text(lines, encoding="utf-8")
    (tmp / "page.html").write_text(PAGE, encoding="utf-8")
    db = str(tmp / "h.db")
    runner = CliRunner()
    for name in ("payloads.jsonl", "page.html"):
        result = runner.invoke(main, ["ingest", str(tmp / name), "--captured-at",
                                      "2026-03-10", "--db", db])
        assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["report", "--out", str(tmp / "out"), "--db", db])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["export", "places", "--out", str(tmp / "places.geojson"),
                                  "--db", db])
    assert result.exit_code == 0, result.output
    return tmp


class _Tags(HTMLParser):
    """Every element and attribute of a page, and the text of its scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = self._in_script and tag != "script"

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def test_payloads_reach_the_report_only_as_text(hostile: Path):
    html = (hostile / "out" / "report.html").read_text(encoding="utf-8")
    # the payloads are there, so the test is about something: escaped, as text
    for shown in ("&lt;img src=x onerror=window.__pwned=1&gt;",
                  "&lt;script&gt;window.__pwned=2&lt;/script&gt;",
                  "&lt;/script&gt;&lt;script&gt;window.__pwned=3&lt;/script&gt;",
                  "&#34; onmouseover=&#34;window.__pwned=4&#34;",
                  "&lt;img src=x onerror=window.__pwned=10&gt;"):
        assert shown in html
    parser = _Tags()
    parser.feed(html)
    tags = {tag for tag, _ in parser.tags}
    assert not tags & {"img", "iframe", "svg", "link", "object", "embed", "b", "base"}
    for tag, attrs in parser.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        href = attrs.get("href")
        if href is not None:
            assert href.startswith("#") or urlsplit(href).scheme in ("http", "https"), href
    # the evidence mark is sitrep's own, around escaped text
    assert "<mark>12,000 troops</mark> &lt;img src=x onerror=window.__pwned=1&gt;" in html
    # template syntax in a capture is text, never evaluated
    page = html.split("<script>")[0]  # the page without its scripts and chart data
    assert "1337" not in page and "TEMPLATE-RAN{% endif %}" in page and "{{ 7*191 }}" in page
    # links from captures: only http(s) becomes a link
    assert "javascript:window.__pwned=5" in html and 'href="javascript' not in html
    assert "vbscript:msgbox(1)" in html and 'href="vbscript' not in html


def test_only_sitreps_own_scripts_are_in_the_page_and_the_policy(hostile: Path):
    html = (hostile / "out" / "report.html").read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(html)
    csp = next(a["content"] for t, a in parser.tags
               if t == "meta" and (a.get("http-equiv") or "").lower()
               == "content-security-policy")
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert "unsafe-eval" not in csp and "default-src 'none'" in csp
    # five scripts: four vendored libraries and the chart set-up, each allowed by its hash
    assert len(parser.scripts) == 5
    for script in parser.scripts:
        assert script_hash(script) in csp
    # the chart data holds the hostile outlet, serialised so it cannot close its block
    boot = parser.scripts[-1]
    assert "The Klaipeda Courier \\u003c/script\\u003e\\u003cscript\\u003e" in boot
    assert "<" not in boot


def test_unicode_tricks_are_made_visible(hostile: Path):
    for name in ("report.html", "report.md"):
        text = (hostile / "out" / name).read_text(encoding="utf-8")
        assert "\u202e" not in text and "\u200b" not in text, name
        assert "⟨U+202E⟩exe.tropeR⟨U+202C⟩" in text, name
    assert display_text("a\u200bb\x1bc") == "ab⟨U+001B⟩c"


def test_markdown_twin_holds_no_raw_tag_link_or_image_from_a_capture(hostile: Path):
    md = (hostile / "out" / "report.md").read_text(encoding="utf-8")
    assert "Drill figures &lt;script&gt;" in md  # the payload is there, as text
    own_anchor = re.compile(r'<a id="ev-[fs][0-9a-f]+"></a>')
    assert not re.search(r"<[A-Za-z/!?]", own_anchor.sub("", md))
    assert all(target.startswith("#ev-") for target in re.findall(r"\]\(([^)]*)\)", md))
    assert "![" not in md and "1337" not in md
    assert markdown_text("[a](javascript:x) ![i](http://t/p.png) *b* `c`") == (
        r"\[a\]\(javascript:x\) \!\[i\]\(http://t/p.png\) \*b\* \`c\`")


def test_json_outputs_stay_valid_json(hostile: Path):
    json.loads((hostile / "places.geojson").read_text(encoding="utf-8"))
    runner = CliRunner()
    outputs = {}
    for command in ("articles", "figures", "statements", "entities", "findings"):
        result = runner.invoke(main, [command, "--format", "jsonl",
                                      "--db", str(hostile / "h.db")])
        assert result.exit_code == 0, result.output
        outputs[command] = [json.loads(line) for line in result.output.splitlines()]
        assert outputs[command], command
    assert "<script>window.__pwned=2</script>" in json.dumps(outputs["articles"],
                                                              ensure_ascii=False)


def test_script_json_and_urls():
    text = str(script_json({"a": "</script><!-- & \u2028"}))
    assert not set("<>&\u2028") & set(text)
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}
    assert safe_url("https://example.org/x?y=1") == "https://example.org/x?y=1"
    for bad in ("javascript:alert(1)", " javascript:alert(1)", "JAVASCRIPT:alert(1)",
                "data:text/html,<script>", "vbscript:x", "http://[::1", "//evil.example/",
                "https://example.org/\u202eexe", None, 5):
        assert safe_url(bad) is None, bad


@needs_chromium
def test_hostile_report_runs_nothing_in_chromium(hostile: Path):
    with offline_page(hostile / "out") as visit:
        page = visit.page
        page.add_init_script("window.__violations = [];"
                             "document.addEventListener('securitypolicyviolation',"
                             " e => window.__violations.push(e.violatedDirective));")
        open_report(visit)
        assert page.evaluate("document.body.dataset.charts") == "ready"
        # hover and focus everything, as a reader's mouse would
        page.evaluate("""for (const el of document.querySelectorAll('*')) {
            for (const t of ['mouseover', 'mouseenter', 'focus', 'click'])
                if (el.tagName !== 'A') el.dispatchEvent(new Event(t));
        }""")
        page.wait_for_timeout(300)
        assert page.evaluate("window.__pwned") is None
        assert page.evaluate("window.__violations") == []
    assert visit.outside == [] and visit.dialogs == []
