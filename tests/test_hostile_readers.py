"""Hostile input at the readers: every file, line and record is a capture or a refusal naming
it and saying why; never an exception, a hang or a silent loss.

Each test builds the hostile file on disk next to a good one and checks the exact reason code
and that the good one is still read.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import threading
import zlib
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sitrep.cli import main
from sitrep.documents import Capture, Refusal
from sitrep.errors import Reason
from sitrep.ingest.readers import (
    ReadOptions,
    Skipped,
    iter_inputs,
    load_manifest,
    read_bytes,
    read_file,
)
from sitrep.store import Store
from sitrep.urls import url_problem

TEXT = ("Belarusian units began the first phase of the Union Bastion-2026 exercise near Lida "
        "on Monday, a ministry statement said, with armoured columns moving along the road.")
PAGE = (f"<html><head><title>Bastion drills start</title></head><body><article>"
        f"<h1>Bastion drills start near Lida</h1><p>{TEXT}</p><p>{TEXT}</p></article>"
        f"</body></html>")
WHEN = "2026-08-20"


@pytest.fixture(autouse=True)
def no_hang():
    """A reader that blocks fails its test instead of hanging the suite."""
    def _timeout(*_):
        raise TimeoutError("the reader hung")
    previous = signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def read(*paths, **opts) -> list:
    return list(iter_inputs([os.fspath(p) for p in paths], ReadOptions(**opts)))


def captures(got) -> list[Capture]:
    return [i for i in got if isinstance(i, Capture)]


def refusals(got) -> list[Refusal]:
    return [i for i in got if isinstance(i, Refusal)]


def only_refusal(got) -> Refusal:
    (refusal,) = refusals(got)
    return refusal


def good_page(folder: Path, name: str = "good.html") -> Path:
    path = folder / name
    path.write_text(PAGE)
    return path


def cli_ingest(*args: str, db: Path):
    return CliRunner().invoke(main, ["ingest", *args, "--db", str(db), "--captured-at", WHEN,
                                     "--json", "--no-extract"], catch_exceptions=False)


# -- 1. declared charsets that are not text encodings -----------------------------------------


@pytest.mark.parametrize("charset", ["base64", "rot13", "hex", "zlib", "uu", "bz2", "quopri",
                                     "utf-7", "unicode-escape", "undefined", "no-such-charset"])
def test_a_meta_charset_that_names_no_text_encoding_is_ignored(tmp_path: Path, charset: str):
    page = PAGE.replace("<head>", f"<head><meta charset={charset}>").replace(
        "Monday", "Monday (Émile Durand)")
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("utf-8"))
    (capture,) = read(path)
    assert isinstance(capture, Capture)
    assert capture.encoding == "utf-8" and "Émile Durand" in capture.raw


def test_a_meta_charset_of_utf16_on_an_ascii_page_is_read_as_utf8(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.replace("<head>", '<head><meta charset="utf-16">').encode())
    (capture,) = read(path)
    assert capture.encoding == "utf-8" and TEXT in capture.raw


# -- WARC helpers -----------------------------------------------------------------------------


def warc_record(n: int, body: bytes | None = None, *, ctype: str = "text/html; charset=utf-8",
                date: str | None = None, url: str | None = None) -> bytes:
    """One uncompressed WARC response record (warcio's writer, CRLF CRLF at the end)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
    body = body if body is not None else PAGE.replace("Lida", f"Lida (report {n})").encode()
    record = writer.create_warc_record(
        url or f"https://example.org/{n}", "response", payload=io.BytesIO(body),
        http_headers=http,
        warc_headers_dict={"WARC-Date": date or f"2026-05-0{n % 9 + 1}T10:00:00Z",
                           "WARC-Record-ID": f"<urn:uuid:{n:036d}>"})
    writer.write_record(record)
    return out.getvalue()


def gz(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def urls(got) -> list[str | None]:
    return [c.hints.url for c in captures(got)]


def test_a_warc_header_charset_rot13_is_ignored(tmp_path: Path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc_record(1, ctype="text/html; charset=rot13") + warc_record(2))
    got = read(path)
    assert urls(got) == ["https://example.org/1", "https://example.org/2"]
    assert not refusals(got)


# -- 2. lone surrogates -----------------------------------------------------------------------


def test_lone_surrogates_in_json_fields_are_replaced_and_can_be_stored(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"text": "' + TEXT + ' \\ud800 end", "title": "T \\udfff", "outlet": "O\\ud83d", '
        '"url": "https://example.org/\\udc00", "published": "2026-05-01\\ud800"}\n'
        + json.dumps({"html": PAGE.replace("Monday", "Monday \udbff")}) + "\n")
    got = read(feed)
    assert len(captures(got)) == 2 and not refusals(got)
    first, second = captures(got)
    for value in (first.raw, first.hints.title, first.hints.outlet, first.hints.url,
                  first.hints.published, second.raw):
        value.encode("utf-8")  # would raise on a lone surrogate
        assert "\ufffd" in value
    result = cli_ingest(str(feed), db=tmp_path / "s.db")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["captures"] == 2


# -- 3. JSON: depth, shape, types -------------------------------------------------------------


def test_json_nested_100000_deep_is_refused_with_its_line(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    good = json.dumps({"text": TEXT})
    feed.write_text(good + "\n" + "[" * 100_000 + "]" * 100_000 + "\n"
                    + '{"text": ' + "[" * 100_000 + "\n" + good + "\n")
    got = read(feed)
    assert len(captures(got)) == 2
    assert [(r.reason, r.locator.line) for r in refusals(got)] == [
        (Reason.BAD_JSON, 2), (Reason.BAD_JSON, 3)]
    assert "nested too deeply" in refusals(got)[0].message


def test_json_lines_that_are_not_objects_or_have_fields_of_the_wrong_type(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    lines = [
        {"text": TEXT, "source": {"name": "Reuters"}},  # 1: a news API's source object
        [1, 2], 5, "text", None,  # 2-5: not objects
        {"text": TEXT, "title": 5},  # 6
        {"text": TEXT, "url": {}},  # 7
        {"text": TEXT, "outlet": ["x"]},  # 8
        {"text": TEXT, "published": 20260501},  # 9
        {"text": TEXT, "captured_at": 5},  # 10
        {"text": 5},  # 11
        {"text": TEXT, "captured_at": "yesterday"},  # 12
        {"text": TEXT, "title": None, "url": None},  # 13: null is absent
    ]
    feed.write_text("\n".join(json.dumps(x) for x in lines) + "\n"
                    + '{"text": "x", "n": 1' + "0" * 5000 + "}\n")  # 14: a 5,001-digit number
    got = read(feed)
    assert [c.locator.line for c in captures(got)] == [1, 13]
    assert captures(got)[0].hints.outlet == "Reuters"
    assert [(r.locator.line, r.reason.code) for r in refusals(got)] == [
        (2, "E006"), (3, "E006"), (4, "E006"), (5, "E006"), (6, "E007"), (7, "E007"),
        (8, "E007"), (9, "E007"), (10, "E007"), (11, "E007"), (12, "E007"), (14, "E006")]
    messages = [r.message for r in refusals(got)]
    assert "expected an object, got an array" in messages[0]
    assert "'title' must be a string, not a number" in messages[4]
    assert "'url' must be a string, not an object" in messages[5]
    assert "'captured_at' is not an ISO date" in messages[10]


def test_a_byte_order_mark_before_the_first_json_line_is_allowed(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": TEXT}).encode() + b"\n")
    assert [c.locator.line for c in captures(read(feed))] == [1]
    (capture,) = read_bytes(feed.read_bytes(), "<stdin>")
    assert isinstance(capture, Capture) and capture.raw == TEXT


# -- 4. URLs urllib cannot parse --------------------------------------------------------------


def test_a_page_with_an_unparsable_url_is_kept_with_its_url_as_text(tmp_path: Path):
    """A broken URL costs nothing: the page is stored, its URL kept as the text it is, and
    nothing downstream (outlet from the host, trafilatura, the report) takes it apart."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(x) for x in [
        {"text": TEXT, "url": "http://[::1"},
        {"html": f"<html><body><article><p>{TEXT}</p></article></body></html>",
         "url": "http://example.org:99999/"},
        {"text": TEXT, "url": "https://example.org/ok"},
    ]) + "\n")
    crawl = tmp_path / "crawl.warc"
    crawl.write_bytes(warc_record(1, url="http://[::1") + warc_record(2))
    got = read(feed, crawl)
    assert urls(got) == ["http://[::1", "http://example.org:99999/", "https://example.org/ok",
                         "http://[::1", "https://example.org/2"]
    assert refusals(got) == []
    assert url_problem("http://[::1") and url_problem("http://example.org:99999/")
    assert url_problem("https://example.org/ok") is None
    result = cli_ingest(str(feed), str(crawl), db=tmp_path / "s.db")
    assert result.exit_code == 0 and json.loads(result.stdout)["captures"] == 5


def test_a_warc_page_under_a_broken_target_uri_is_still_read(tmp_path: Path):
    """warcio parses a record's HTTP headers only under an http(s) URI; the page is read
    all the same, its URI kept as given."""
    crawl = tmp_path / "crawl.warc"
    crawl.write_bytes(warc_record(1, url="::::") + warc_record(2))
    got = read(crawl)
    assert urls(got) == ["::::", "https://example.org/2"] and refusals(got) == []
    assert all("Lida (report" in c.raw and "HTTP/1.1" not in c.raw for c in got)


# -- 5. WARC framing --------------------------------------------------------------------------


def test_a_warc_cut_inside_a_record_header_keeps_the_records_before(tmp_path: Path):
    first, second = warc_record(1), warc_record(2)
    path = tmp_path / "cut.warc"
    path.write_bytes(first + second[:30])
    got = read(path)
    assert urls(got) == ["https://example.org/1"]
    refusal = only_refusal(got)
    assert refusal.reason is Reason.TRUNCATED_WARC and refusal.locator.byte_offset == len(first)
    assert "inside the record header" in refusal.message


def test_a_truncated_warc_gz_is_refused_at_the_record_it_cuts(tmp_path: Path):
    first, second = gz(warc_record(1)), gz(warc_record(2, (PAGE * 40).encode()))
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(first + second[: len(second) // 2])
    got = read(path)
    assert urls(got) == ["https://example.org/1"]
    refusal = only_refusal(got)
    assert refusal.reason is Reason.TRUNCATED_WARC
    assert refusal.locator.byte_offset == len(first)  # this record, not the one before
    assert f"cut.warc.gz @byte {len(first)}" in refusal.message or "record" in refusal.message


@pytest.mark.parametrize("data", [b"W", b"WA", b"WAR", b"\x1f", b"\x1f\x8b", b"\x1f\x8b\x08"])
def test_a_warc_of_one_to_three_bytes_is_refused(tmp_path: Path, data: bytes):
    path = tmp_path / "tiny.warc"
    path.write_bytes(data)
    good = tmp_path / "good.warc"
    good.write_bytes(warc_record(1))
    got = read(path, good)
    assert urls(got) == ["https://example.org/1"]
    assert only_refusal(got).reason is Reason.TRUNCATED_WARC


@pytest.mark.parametrize(("name", "data"), [("empty.warc", b""), ("empty.warc.gz", gz(b"")),
                                            ("empty.jsonl.gz", gz(b"")),
                                            ("blank.jsonl", b"\n\n"),
                                            ("empty.html.gz", gz(b""))])
def test_an_empty_file_or_empty_gzip_payload_is_refused_as_empty(tmp_path: Path, name: str,
                                                                 data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    refusal = only_refusal(read(path))
    assert refusal.reason is Reason.EMPTY and name in refusal.message


def _with_length(record: bytes, delta: int) -> bytes:
    head, sep, rest = record.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    for i, line in enumerate(lines):
        if line.startswith(b"Content-Length: "):
            lines[i] = b"Content-Length: " + str(int(line.split(b": ")[1]) + delta).encode()
    return b"\r\n".join(lines) + sep + rest


@pytest.mark.parametrize("delta", [-40, +60, +5000])
@pytest.mark.parametrize("compress", [False, True])
def test_a_wrong_content_length_refuses_its_record_and_not_the_next(tmp_path: Path, delta: int,
                                                                    compress: bool):
    """Too short leaves a tail before the next record; too long swallows the next one's
    start (+60) or runs past the end of the file (+5000): the next records are still read."""
    records = [warc_record(1), _with_length(warc_record(2), delta), warc_record(3),
               warc_record(4)]
    if delta > 1000:
        records = records[:3]
    parts = [gz(r) for r in records] if compress else records
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(b"".join(parts))
    got = read(path)
    expected = ["https://example.org/1", "https://example.org/3", "https://example.org/4"]
    assert urls(got) == expected[: len(records) - 1]
    refusal = only_refusal(got)
    assert refusal.reason is Reason.TRUNCATED_WARC
    assert refusal.locator.byte_offset == len(parts[0])
    assert refusal.locator.record_id == f"<urn:uuid:{2:036d}>"


def test_garbage_between_records_and_a_bad_content_length_are_refused_and_skipped(
        tmp_path: Path):
    bad_length = warc_record(2).replace(b"Content-Length: ", b"Content-Length: x", 1)
    first = warc_record(1)
    garbage = b"this is not a WARC record\r\nnor is this\r\n\r\n"
    path = tmp_path / "crawl.warc"
    path.write_bytes(first + garbage + warc_record(3) + bad_length + warc_record(4))
    got = read(path)
    assert urls(got) == ["https://example.org/1", "https://example.org/3",
                         "https://example.org/4"]
    garbage_refusal, length_refusal = refusals(got)
    assert garbage_refusal.locator.byte_offset == len(first)
    assert "expected a WARC record" in garbage_refusal.message
    assert "no valid Content-Length" in length_refusal.message


@pytest.mark.parametrize("damage", ["no blank line after the header",
                                    "the next record runs into a header line",
                                    "the payload is cut and the next record runs into it"])
def test_a_damaged_record_does_not_take_the_next_one_with_it(tmp_path: Path, damage: str):
    """Damage found by fuzzing: each once cost the record after the damaged one."""
    second = warc_record(2)
    head, _, body = second.partition(b"\r\n\r\n")
    if damage == "no blank line after the header":
        second = head + b"\r\n" + body.partition(b"<title>")[2]
    elif damage == "the next record runs into a header line":
        second = head.rpartition(b"Content-Length")[0] + b"Content-Len"
    else:
        second = second[:-60]
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc_record(1) + second + warc_record(3) + warc_record(4))
    got = read(path)
    assert urls(got) == ["https://example.org/1", "https://example.org/3",
                         "https://example.org/4"]
    refusal = only_refusal(got)
    assert refusal.reason is Reason.TRUNCATED_WARC
    assert refusal.locator.record_id == f"<urn:uuid:{2:036d}>"


def test_a_garbage_warc_date_keeps_the_record_and_the_rest_of_the_file(tmp_path: Path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gz(warc_record(1, date="not a date at all")) + gz(warc_record(2))
                     + gz(warc_record(3, date="99999-99-99T99:99:99Z")))
    got = read(path)
    assert not refusals(got)
    first, second, third = captures(got)
    assert first.captured_at_source == "mtime" and third.captured_at_source == "mtime"
    assert second.captured_at_source == "warc"
    assert second.captured_at == datetime(2026, 5, 3, 10, 0)


def test_a_warc_gzipped_as_one_stream_reads_every_record(tmp_path: Path):
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gz(b"".join(warc_record(n) for n in (1, 2, 3))))
    got = read(path)
    assert urls(got) == [f"https://example.org/{n}" for n in (1, 2, 3)]
    assert not refusals(got)


def test_a_warc_gzipped_as_one_stream_and_cut_short_keeps_the_records_before(tmp_path: Path):
    records = [warc_record(n, os.urandom(3000).hex().encode(), ctype="text/plain")
               for n in range(1, 7)]
    data = gz(b"".join(records))
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(data[: len(data) * 3 // 4])
    got = read(path)
    assert urls(got) == [f"https://example.org/{n}" for n in range(1, 5)]
    refusal = only_refusal(got)
    assert refusal.reason is Reason.TRUNCATED_WARC
    assert refusal.locator.record_id == f"<urn:uuid:{5:036d}>"
    assert "the file ends inside the gzip member" in refusal.message


def raw_warc(n: int, block: bytes) -> bytes:
    """A response record written by hand, around any block."""
    return (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{n:036d}>\r\n"
            f"WARC-Target-URI: https://example.org/{n}\r\nWARC-Date: 2026-05-01T10:00:00Z\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode() + block + b"\r\n\r\n"


def test_a_response_record_without_an_http_response_is_refused(tmp_path: Path):
    path = tmp_path / "crawl.warc"
    http2 = b"HTTP/2 200\r\ncontent-type: text/html\r\n\r\n" + PAGE.encode()
    path.write_bytes(raw_warc(1, PAGE.encode()) + raw_warc(2, http2) + raw_warc(3, b""))
    got = read(path)
    assert urls(got) == ["https://example.org/2"]
    refusal = only_refusal(got)
    assert refusal.reason is Reason.TRUNCATED_WARC and "not an HTTP response" in refusal.message
    assert refusal.locator.record_id == f"<urn:uuid:{1:036d}>"
    assert [i.why for i in got if isinstance(i, Skipped)] == [
        "content type application/http"]


def test_a_corrupt_gzip_member_is_refused_and_the_members_after_it_are_read(tmp_path: Path):
    first, second, third = (gz(warc_record(n)) for n in (1, 2, 3))
    broken = bytearray(second)
    broken[len(broken) // 2: len(broken) // 2 + 8] = b"\xff" * 8
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(first + bytes(broken) + third + b"trailing junk")
    got = read(path)
    assert urls(got) == ["https://example.org/1", "https://example.org/3"]
    corrupt, trailing = refusals(got)
    assert corrupt.reason is Reason.TRUNCATED_WARC
    assert corrupt.locator.byte_offset == len(first)
    assert trailing.reason is Reason.TRUNCATED_WARC and "not gzip data" in trailing.message


def test_a_gzip_member_cut_short_and_followed_by_the_next_member(tmp_path: Path):
    first, second, third = (gz(warc_record(n)) for n in (1, 2, 3))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(first + second[: len(second) - 30] + third)
    got = read(path)
    assert urls(got) == ["https://example.org/1", "https://example.org/3"]
    assert only_refusal(got).locator.byte_offset == len(first)


def test_an_arc_file_is_still_read(tmp_path: Path):
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE.encode())
    desc = b"1 0 sitrep\nURL IP-address Archive-date Content-type Archive-length\n"
    path = tmp_path / "old.arc"
    path.write_bytes(
        b"filedesc://old.arc 0.0.0.0 20260501100000 text/plain %d\n" % len(desc) + desc + b"\n"
        + b"https://example.org/a 1.2.3.4 20260501100000 text/html %d\n" % len(http) + http
        + b"\n")
    (capture,) = read(path)
    assert capture.hints.url == "https://example.org/a"
    assert capture.captured_at == datetime(2026, 5, 1, 10, 0)


# -- 6. bounded gzip --------------------------------------------------------------------------


def test_a_2_gib_json_line_in_a_small_gzip_is_refused_with_flat_memory(tmp_path: Path):
    """2 GiB of one line in a 2 MB .jsonl.gz: refused (E008), the next line read, < 500 MB."""
    path = tmp_path / "bomb.jsonl.gz"
    mib = zlib.compressobj(9, zlib.DEFLATED, 31)
    member = mib.compress(b"a" * (1 << 20)) + mib.flush()  # one gzip member of 1 MiB of "a"
    with open(path, "wb") as fh:  # gzip members one after another are one stream
        fh.write(gz(b'{"text": "'))
        for _ in range(2048):
            fh.write(member)
        fh.write(gz(b'"}\n' + json.dumps({"text": TEXT}).encode() + b"\n"))
    assert path.stat().st_size < 4_000_000
    script = (
        "import sys\n"
        "from sitrep.ingest.readers import iter_inputs, ReadOptions\n"
        "for item in iter_inputs([sys.argv[1]], ReadOptions()):\n"
        "    print(type(item).__name__, getattr(item, 'message', ''))\n"
        # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child of a large
        # test process would report its parent's peak
        "print(next(int(x.split()[1]) // 1024 for x in open('/proc/self/status')\n"
        "           if x.startswith('VmHWM')))\n")
    out = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                         text=True, check=True, timeout=120).stdout.splitlines()
    assert out[0].startswith("Refusal") and ":1: E008 line longer than" in out[0]
    assert out[1].startswith("Capture")
    peak_mb = int(out[-1])
    assert peak_mb < 500, f"peak memory {peak_mb} MB"


def test_a_gzipped_page_is_inflated_only_to_the_limit(tmp_path: Path):
    path = tmp_path / "bomb.html.gz"
    co = zlib.compressobj(9, zlib.DEFLATED, 31)
    with open(path, "wb") as fh:
        fh.write(co.compress(b"<html><body><p>"))
        for _ in range(64):
            fh.write(co.compress(b"a" * (1 << 20)))
        fh.write(co.flush())
    got = read(path, good_page(tmp_path), max_document_bytes=1 << 20)
    assert len(captures(got)) == 1
    assert only_refusal(got).reason is Reason.TOO_LARGE


def test_a_json_line_longer_than_the_limit_is_refused_and_the_next_line_read(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": "x" * 300_000}) + "\n" + json.dumps({"text": TEXT})
                    + "\n" + json.dumps({"text": "y" * 150_000}))
    got = read(feed, max_document_bytes=100_000)
    assert [c.locator.line for c in captures(got)] == [2]
    assert [(r.reason, r.locator.line) for r in refusals(got)] == [
        (Reason.TOO_LARGE, 1), (Reason.TOO_LARGE, 3)]


def test_a_truncated_jsonl_gz_keeps_its_complete_lines(tmp_path: Path):
    lines = b"".join(json.dumps({"text": f"{TEXT} ({n})"}).encode() + b"\n" for n in range(200))
    data = gz(lines)
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(data[: len(data) * 3 // 4])
    got = read(path)
    kept = captures(got)
    assert 0 < len(kept) < 200
    assert all(c.raw.endswith(f"({n})") for n, c in enumerate(kept))
    refusal = only_refusal(got)
    assert refusal.reason is Reason.TRUNCATED_GZIP and refusal.locator.line == len(kept) + 1


# -- 7. what a folder holds -------------------------------------------------------------------


def test_a_fifo_in_a_folder_is_refused_and_never_opened(tmp_path: Path):
    os.mkfifo(tmp_path / "stuck.txt")
    good_page(tmp_path)
    got = read(tmp_path)
    assert len(captures(got)) == 1
    refusal = only_refusal(got)
    assert refusal.reason is Reason.NOT_REGULAR and "stuck.txt" in refusal.message
    assert "named pipe" in refusal.message


def test_a_fifo_named_explicitly_without_a_writer_does_not_block(tmp_path: Path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    refusal = only_refusal(read(fifo, good_page(tmp_path)))
    assert refusal.reason is Reason.EMPTY


def test_a_fifo_named_explicitly_with_a_writer_is_read_like_stdin(tmp_path: Path):
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    writer = os.open(fifo, os.O_RDWR)  # a writer already there, as with `<(zcat feed.gz)`
    os.write(writer, json.dumps({"text": TEXT}).encode() + b"\n")
    closer = threading.Timer(0.3, os.close, [writer])
    closer.start()
    try:
        got = read(fifo)
    finally:
        closer.join()
    assert [c.raw for c in captures(got)] == [TEXT] and not refusals(got)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-32-be", "utf-16-be"])
def test_a_page_with_a_byte_order_mark_is_not_taken_for_binary(tmp_path: Path, encoding: str):
    path = tmp_path / "page.txt"
    bom = {"utf-32-be": b"\x00\x00\xfe\xff", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    path.write_bytes(bom + (TEXT + "\n").encode(encoding))
    (capture,) = read(path)
    assert isinstance(capture, Capture) and TEXT in capture.raw


def test_dev_zero_named_explicitly_is_read_only_a_little(tmp_path: Path):
    assert only_refusal(read("/dev/zero")).reason is Reason.BINARY
    link = tmp_path / "zero.jsonl"  # a JSON Lines name: one endless line
    link.symlink_to("/dev/zero")
    refusal = only_refusal(read(link, max_document_bytes=1 << 20))
    assert refusal.reason is Reason.TOO_LARGE and "stopped reading" in refusal.message


def test_read_file_refuses_a_device_when_walking(tmp_path: Path):
    got = list(read_file("/dev/null", ReadOptions(), regular_only=True))
    assert only_refusal(got).reason is Reason.NOT_REGULAR


def test_symbolic_link_loops_end(tmp_path: Path):
    folder = tmp_path / "caps"
    (folder / "sub").mkdir(parents=True)
    good_page(folder / "sub")
    (folder / "sub" / "back").symlink_to(folder)  # a loop through the folder itself
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")  # a file link loop
    got = read(folder)
    assert len(captures(got)) == 1
    assert [(r.reason, Path(r.locator.source).name) for r in refusals(got)] == [
        (Reason.UNREADABLE, "a.txt"), (Reason.UNREADABLE, "b.txt")]
    assert "symbolic link loop" in refusals(got)[0].message
    assert any(isinstance(i, Skipped) and "already read" in i.why for i in got)


def test_links_out_of_the_folder_are_refused_unless_followed(tmp_path: Path):
    outside = tmp_path / "outside"
    outside.mkdir()
    good_page(outside, "secret.html")
    folder = tmp_path / "caps"
    folder.mkdir()
    good_page(folder)
    (folder / "file-link.html").symlink_to(outside / "secret.html")
    (folder / "dir-link").symlink_to(outside)
    (folder / "inside-link.html").symlink_to(folder / "good.html")  # inside: read
    got = read(folder)
    assert len(captures(got)) == 2
    assert sorted((r.reason.code, Path(r.locator.source).name) for r in refusals(got)) == [
        ("E014", "dir-link"), ("E014", "file-link.html")]
    assert len(captures(read(folder, follow_symlinks=True))) == 4
    db = tmp_path / "s.db"
    assert cli_ingest(str(folder), db=db).exit_code == 1
    result = cli_ingest(str(folder), "--follow-symlinks", db=db)
    assert result.exit_code == 0, result.output


def test_unsupported_files_in_a_folder_are_refused_hidden_ones_passed_over(tmp_path: Path):
    good_page(tmp_path)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "archive.tar.gz").write_bytes(gz(b"x"))
    (tmp_path / ".DS_Store").write_bytes(b"\x00")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("not a capture")
    (tmp_path / "sitrep.db").write_bytes(b"SQLite format 3\x00")
    (tmp_path / "sitrep.db-wal").write_bytes(b"")
    got = read(tmp_path)
    assert len(captures(got)) == 1
    assert sorted((r.reason.code, Path(r.locator.source).name) for r in refusals(got)) == [
        ("E009", "archive.tar.gz"), ("E009", "photo.jpg")]


# -- 8. file names that are not UTF-8 ---------------------------------------------------------


def test_a_file_name_that_is_not_utf8_is_read_stored_and_printed(tmp_path: Path):
    folder = tmp_path / "caps"
    folder.mkdir()
    raw_name = os.fsencode(folder) + b"/caf\xe9 \xff.html"
    with open(raw_name, "wb") as fh:
        fh.write(PAGE.encode())
    with open(os.fsencode(folder) + b"/vide\xe9.txt", "wb"):
        pass
    got = read(folder)
    (capture,) = captures(got)
    assert capture.locator.source.endswith("caf\\xe9 \\xff.html")
    capture.locator.source.encode("utf-8")
    assert "vide\\xe9.txt: E001" in only_refusal(got).message
    result = cli_ingest(str(folder), db=tmp_path / "s.db")
    assert result.exit_code == 1 and json.loads(result.stdout)["captures"] == 1
    assert "vide\\xe9.txt" in result.stderr
    with Store(tmp_path / "s.db") as store:
        (article,) = store.articles()
        assert article.source.endswith("caf\\xe9 \\xff.html")


# -- 9. manifests -----------------------------------------------------------------------------


def test_manifest_lines_of_the_wrong_shape_are_refused_one_by_one(tmp_path: Path):
    good_page(tmp_path, "a.html")
    manifest = tmp_path / "manifest.jsonl"
    lines = [
        json.dumps({"path": "a.html", "captured_at": "2026-05-01T09:30:00Z", "outlet": "O"}),
        json.dumps({"path": "a.html", "captured_at": 5}),
        json.dumps({"path": "a.html", "url": {}}),
        json.dumps({"path": "a.html", "outlet": []}),
        json.dumps(["a.html"]),
        json.dumps({"path": "a.html", "captured_at": "last Tuesday"}),
        json.dumps({"path": 5}),
        json.dumps({"path": "a.html", "outlet": 7}),
        json.dumps({"path": "a.html", "captured_at": "0001-01-01T00:00:00+01:00"}),
        "[" * 100_000,
        '{"path": "a.html", ',
    ]
    manifest.write_text("\n".join(lines) + "\n")
    entries, problems = load_manifest(manifest)
    assert [(p.locator.line, p.reason.code) for p in problems] == [
        (2, "E007"), (3, "E007"), (4, "E007"), (5, "E006"), (6, "E007"), (7, "E007"),
        (8, "E007"), (9, "E007"), (10, "E006"), (11, "E006")]
    assert all("manifest.jsonl:" in p.message for p in problems)
    (entry,) = entries.values()
    assert entry.captured_at == datetime(2026, 5, 1, 9, 30) and entry.outlet == "O"
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--manifest", str(manifest),
                                       "--db", str(tmp_path / "s.db"), "--json",
                                       "--no-extract"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stderr.count("refused: ") == 10


# -- 10. names that would forge lines ---------------------------------------------------------


@pytest.mark.parametrize("name", ["a\nrefused: E001 fake.txt", "b\r\x1b[2Kc.txt",
                                  "d\u202etxt.exe.txt", "e\x85f.txt"])
def test_control_characters_in_a_name_cannot_forge_lines(tmp_path: Path, name: str):
    folder = tmp_path / "caps"
    folder.mkdir()
    (folder / name).write_bytes(b"")
    refusal = only_refusal(read(folder))
    assert refusal.reason is Reason.EMPTY
    message = refusal.message
    assert message.isprintable() and "\u202e" not in message
    result = cli_ingest(str(folder), db=tmp_path / "s.db")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("refused: ") and "E001" in lines[0]
