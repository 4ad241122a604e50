"""Every kind of bad input gets a clear refusal naming the place and the reason."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sitrep.documents import Capture, Refusal
from sitrep.errors import Reason
from sitrep.ingest.readers import ReadOptions, Skipped, iter_inputs, read_bytes

RUSSIAN = ("Учения «Союзный бастион-2026» пройдут в сентябре на полигонах под Барановичами, "
           "сообщил представитель министерства обороны. По его словам, в них примут участие "
           "более двенадцати тысяч военнослужащих, а также техника из соседних областей.")
FRENCH = ("Les exercices près de Grodno ont commencé à l'aube, a déclaré le général Émile "
          "Durand, qui a précisé que les unités étrangères resteraient à l'écart de la frontière.")
ENGLISH_HTML = """<html><head><title>Bastion drills start</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Bastion drills start near Lida</h1>
<p>Belarusian units began the first phase of the Union Bastion-2026 exercise near Lida on
Monday, a ministry statement said, with armoured columns moving along the main road.</p>
<p>The statement gave no figure for the number of troops involved in the opening phase, and
officials declined to say when reserve units would be called up for the later stages.</p>
<p>Observers from neighbouring states were not invited, the ministry said in a short note
published on its website late on Sunday evening.</p>
</article><footer>Copyright 2026 Example Outlet</footer></body></html>"""


def items(paths, **opts):
    return list(iter_inputs([str(p) for p in paths], ReadOptions(**opts)))


def only_refusal(result) -> Refusal:
    refusals = [i for i in result if isinstance(i, Refusal)]
    assert len(refusals) == 1, result
    return refusals[0]


def test_empty_file_is_refused(tmp_path: Path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    refusal = only_refusal(items([path]))
    assert refusal.reason is Reason.EMPTY
    assert str(path) in refusal.message and "empty" in refusal.message


def test_whitespace_only_file_is_refused_as_empty(tmp_path: Path):
    path = tmp_path / "blank.html"
    path.write_bytes(b"  \n\n \t\n")
    assert only_refusal(items([path])).reason is Reason.EMPTY


def test_binary_file_is_refused(tmp_path: Path):
    path = tmp_path / "photo.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    refusal = only_refusal(items([path]))
    assert refusal.reason is Reason.BINARY
    assert "photo.html" in refusal.message


def test_cp1251_page_with_declaration_decodes(tmp_path: Path):
    page = (f'<html><head><meta charset="windows-1251"><title>Учения</title></head>'
            f"<body><article><p>{RUSSIAN}</p><p>{RUSSIAN}</p></article></body></html>")
    path = tmp_path / "ru.html"
    path.write_bytes(page.encode("cp1251"))
    (capture,) = items([path])
    assert isinstance(capture, Capture)
    assert capture.encoding == "cp1251"
    assert RUSSIAN in capture.raw


def test_cp1251_text_without_declaration_decodes(tmp_path: Path):
    path = tmp_path / "ru.txt"
    path.write_bytes((RUSSIAN + "\n" + RUSSIAN + "\n").encode("cp1251"))
    (capture,) = items([path])
    assert isinstance(capture, Capture)
    assert RUSSIAN in capture.raw, capture.encoding


def test_latin1_text_decodes_without_mojibake(tmp_path: Path):
    path = tmp_path / "fr.txt"
    path.write_bytes((FRENCH + "\n").encode("latin-1"))
    (capture,) = items([path])
    assert isinstance(capture, Capture)
    assert "Émile" in capture.raw and "à l'aube" in capture.raw
    assert "Ã" not in capture.raw


def test_latin1_declared_html_decodes(tmp_path: Path):
    page = f'<html><head><meta charset="iso-8859-1"></head><body><p>{FRENCH}</p></body></html>'
    path = tmp_path / "fr.html"
    path.write_bytes(page.encode("latin-1"))
    (capture,) = items([path])
    assert "général Émile" in capture.raw


def test_gzipped_html_is_read(tmp_path: Path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(ENGLISH_HTML.encode()))
    (capture,) = items([path])
    assert isinstance(capture, Capture) and capture.kind == "html"
    assert "Union Bastion-2026" in capture.raw


def test_truncated_gzip_is_refused(tmp_path: Path):
    data = gzip.compress((ENGLISH_HTML * 20).encode())
    path = tmp_path / "cut.html.gz"
    path.write_bytes(data[: len(data) // 2])
    refusal = only_refusal(items([path]))
    assert refusal.reason is Reason.TRUNCATED_GZIP
    assert "cut.html.gz" in refusal.message


def _warc(records: list[tuple[str, bytes, str]]) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for i, (url, body, ctype) in enumerate(records):
        status = "404 Not Found" if "missing" in url else "200 OK"
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http,
            warc_headers_dict={"WARC-Date": f"2026-05-0{i + 1}T10:00:00Z",
                               "WARC-Record-ID": f"<urn:uuid:{i:036d}>"})
        writer.write_record(record)
    return out.getvalue()


def test_warc_records_become_captures_with_their_dates(tmp_path: Path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc([
        ("https://example.org/a", ENGLISH_HTML.encode(), "text/html; charset=utf-8"),
        ("https://example.org/missing", b"<html>gone</html>", "text/html"),
        ("https://example.org/logo.png", b"\x89PNG....", "image/png"),
    ]))
    got = items([path])
    captures = [i for i in got if isinstance(i, Capture)]
    skipped = [i for i in got if isinstance(i, Skipped)]
    assert len(captures) == 1 and len(skipped) == 2
    (capture,) = captures
    assert capture.captured_at == datetime(2026, 5, 1, 10, 0)
    assert capture.captured_at_source == "warc"
    assert capture.hints.url == "https://example.org/a"
    assert capture.locator.record_id == f"<urn:uuid:{0:036d}>"


def test_truncated_warc_keeps_earlier_records_and_refuses_the_rest(tmp_path: Path):
    whole = _warc([("https://example.org/a", ENGLISH_HTML.encode(), "text/html"),
                   ("https://example.org/b", (ENGLISH_HTML * 30).encode(), "text/html")])
    first = _warc([("https://example.org/a", ENGLISH_HTML.encode(), "text/html")])
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(whole[: len(first) + (len(whole) - len(first)) // 2])
    got = items([path])
    assert sum(isinstance(i, Capture) for i in got) == 1
    refusal = only_refusal(got)
    assert refusal.reason is Reason.TRUNCATED_WARC
    assert "cut.warc.gz" in refusal.message


def test_explicit_capture_time_beats_the_warc_date(tmp_path: Path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc([("https://example.org/a", ENGLISH_HTML.encode(), "text/html")]))
    (capture,) = items([path], captured_at=datetime(2026, 6, 1))
    assert capture.captured_at == datetime(2026, 6, 1)
    assert capture.captured_at_source == "explicit"


def test_jsonl_bad_line_is_refused_with_its_line_number(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    good = {"url": "https://example.org/1", "title": "T", "published": "2026-05-02",
            "text": "Troops arrived in Brest on Friday, the ministry said in a statement."}
    path.write_text("\n".join([
        json.dumps(good),
        '{"url": "https://example.org/2", "text": "unterminated',
        json.dumps({"url": "https://example.org/3", "title": "no body"}),
        "",
        json.dumps({**good, "url": "https://example.org/4", "extra": [1, 2]}),
    ]) + "\n")
    got = items([path])
    captures = [i for i in got if isinstance(i, Capture)]
    refusals = [i for i in got if isinstance(i, Refusal)]
    assert [c.hints.url for c in captures] == ["https://example.org/1", "https://example.org/4"]
    assert [(r.reason, r.locator.line) for r in refusals] == [
        (Reason.BAD_JSON, 2), (Reason.MISSING_FIELD, 3)]
    assert "feed.jsonl:2" in refusals[0].message


def test_oversized_single_page_is_refused_without_reading_it(tmp_path: Path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * 50_000)
    refusal = only_refusal(items([path], max_document_bytes=100_000))
    assert refusal.reason is Reason.TOO_LARGE


def test_missing_path_is_refused(tmp_path: Path):
    refusal = only_refusal(items([tmp_path / "nope.txt"]))
    assert refusal.reason is Reason.UNREADABLE


def test_folders_are_walked_recursively_and_other_files_refused_by_name(tmp_path: Path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("A capture with a sentence in it, about drills.\n")
    (tmp_path / "a" / "b" / "two.html").write_text(ENGLISH_HTML)
    (tmp_path / "a" / "b" / "notes.md").write_text("# not a capture")
    (tmp_path / "a" / ".DS_Store").write_bytes(b"\x00\x01")  # hidden: passed over quietly
    got = items([tmp_path / "a"])
    captures = [i for i in got if isinstance(i, Capture)]
    assert sorted(Path(c.locator.source).name for c in captures) == ["one.txt", "two.html"]
    refusal = only_refusal(got)
    assert refusal.reason is Reason.UNSUPPORTED and refusal.locator.source.endswith("notes.md")


def test_stdin_is_sniffed(tmp_path: Path):
    (capture,) = read_bytes(ENGLISH_HTML.encode(), "<stdin>")
    assert capture.kind == "html"
    proc = subprocess.run(
        [sys.executable, "-m", "sitrep", "ingest", "-", "--db", str(tmp_path / "s.db"),
         "--json"], input=ENGLISH_HTML.encode(), capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["captures"] == 1


def test_a_jsonl_file_larger_than_the_memory_it_may_use_is_streamed(tmp_path: Path):
    """40 MB of JSON Lines read with a bounded memory footprint (the records are not kept)."""
    path = tmp_path / "big.jsonl"
    line = json.dumps({"url": "u", "text": "Drills continued near Grodno. " * 300}) + "\n"
    with open(path, "w") as fh:
        for _ in range(40_000_000 // len(line)):
            fh.write(line)
    script = (
        "import resource, sys\n"
        "from sitrep.ingest.readers import iter_inputs, ReadOptions\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "n = sum(1 for _ in iter_inputs([sys.argv[1]], ReadOptions()))\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(n, (after - before) // 1024)\n")
    out = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                         text=True, check=True).stdout.split()
    count, grown_mb = int(out[0]), int(out[1])
    assert count == 40_000_000 // len(line)
    assert grown_mb < 20, f"reading grew the process by {grown_mb} MB"
