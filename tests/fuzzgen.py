"""A seeded generator of hostile ingest inputs mixed with good documents.

Why: "hostile input never crashes ingest or costs a good document" is only a promise if
something throws every kind of bad file at a real ``sitrep ingest`` and checks, file by file,
what came out. ``generate(seed, count, folder)`` writes ``count`` malformed inputs and about a
quarter as many good documents, and returns a :class:`Manifest` that says, for every file, what
a correct ingest must do with it: store the documents it holds (each carries a unique marker
word), refuse it with one of a few reason codes, keep documents out of the store (a link that
leaves the folder), or nothing in particular (hidden files, skipped quietly by design).

Every article is written here, from sentence templates about a fictional exercise with
fictional officials and outlets in real places; none of it reports real events.

Layout under ``folder``: ``input/`` is what gets ingested, ``outside/`` holds the targets of
links that leave it, and ``fz00000_manifest.jsonl`` is the ``--manifest`` for the run.
Run ``python tests/fuzzgen.py --help`` to write a set by hand (``--classes`` picks classes).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import resource
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

# -- what a correct ingest must do -------------------------------------------------------------

ExpectKind = Literal["stored", "refused", "stored_or_refused", "absent", "quiet_ok",
                     "not_refused"]


@dataclass(frozen=True, slots=True)
class Expect:
    """One thing a correct ingest does with a file.

    * ``stored``: the document with ``marker`` is in the store.
    * ``refused``: a refusal line names the file (and ``line``, for a JSON Lines line) with a
      code in ``codes`` (any code when empty).
    * ``stored_or_refused``: either of the two; used where both are defensible.
    * ``absent``: the document with ``marker`` must not be in the store.
    * ``not_refused``: no refusal names the file (a good file; also catches forged lines).
    * ``quiet_ok``: nothing is required (skipped quietly by design).
    """

    kind: ExpectKind
    marker: str | None = None
    codes: frozenset[str] = frozenset()
    line: int | None = None
    why: str = ""


@dataclass(frozen=True, slots=True)
class FileSpec:
    """One generated input: where it is, which class of input it is and what must happen."""

    token: str  # ``fz`` and five digits, in the file name: how refusal lines are matched
    rel: bytes  # path relative to the generated folder (bytes: names need not be UTF-8)
    cls: str
    good: bool  # a plain good file, not one of the ``count`` malformed inputs
    expects: tuple[Expect, ...]
    note: str = ""

    @property
    def display(self) -> str:
        """The relative path, printable (undecodable bytes and controls escaped)."""
        return ascii(os.fsdecode(self.rel))[1:-1]

    def as_dict(self) -> dict[str, object]:
        return {"token": self.token, "path": self.display, "class": self.cls, "good": self.good,
                "note": self.note,
                "expects": [{"kind": e.kind, "marker": e.marker, "codes": sorted(e.codes),
                             "line": e.line, "why": e.why} for e in self.expects]}


@dataclass(frozen=True, slots=True)
class Manifest:
    """What was generated, and where; ``files`` covers every input, good or bad."""

    seed: int
    folder: Path
    input_dir: Path
    manifest_path: Path
    files: tuple[FileSpec, ...]
    inputs: int  # malformed inputs written (``count``); a pair of links is one input

    @property
    def bad(self) -> list[FileSpec]:
        return [f for f in self.files if not f.good and f.cls != "manifest"]

    @property
    def good_markers(self) -> list[str]:
        return [e.marker for f in self.files for e in f.expects
                if e.kind == "stored" and e.marker]

    def by_token(self) -> dict[str, FileSpec]:
        return {f.token: f for f in self.files}

    def as_dict(self) -> dict[str, object]:
        return {"seed": self.seed, "input_dir": str(self.input_dir),
                "manifest": str(self.manifest_path),
                "files": [f.as_dict() for f in self.files]}


def codes(*names: str) -> frozenset[str]:
    return frozenset(names)


# -- fictional articles ------------------------------------------------------------------------

EXERCISES = ("Amber Lantern-2027", "Northern Heron-2027", "Granite Ford-2027",
             "Silver Causeway-2027", "Quiet Harbour-2027")
PLACES = ("Klaipėda", "Šiauliai", "Daugavpils", "Rēzekne", "Narva", "Tartu", "Białystok",
          "Suwałki", "Ełk", "Marijampolė", "Alytus", "Jelgava", "Valga", "Augustów", "Pärnu")
FIRST = ("Ilze", "Tomas", "Mareta", "Kaspars", "Oskar", "Liina", "Dorota", "Rein", "Agnese",
         "Jurgis", "Halina", "Priit", "Vaiva", "Emils")
LAST = ("Kalvane", "Stregis", "Ormusk", "Veldre", "Talvik", "Brzosta", "Lepane", "Zarins-Ode",
        "Mikelsoo", "Radwilk", "Sauliene", "Pettai")
RANKS = ("Colonel", "Major", "Lieutenant Colonel", "Captain", "Brigadier General")
ROLES = ("spokesperson for the exercise staff", "deputy commander of the northern task group",
         "regional civil protection chief", "liaison officer with the observer mission",
         "head of the municipal emergency office")
OUTLETS = (("Harbour Ledger", "harbourledger"), ("Baltic Lantern Weekly", "balticlantern"),
           ("The Daugava Courier", "daugavacourier"), ("Border Gazette Online", "bordergazette"),
           ("Coastline Morning", "coastlinemorning"))
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SENTENCES = (
    "{ex}, a {n}-day drill of reserve and regular units, opened near {place} on {day}, "
    "according to {rank} {name}, the {role}.",
    "{rank} {name} told reporters that about {big:,} personnel and {veh} vehicles would take "
    "part by the end of the week.",
    "Residents of {place} were asked to expect convoys on the main road between {h1} and {h2} "
    "o'clock.",
    "The scenario rehearses the defence of bridges and rail junctions around {place}, the "
    "staff said in a written note.",
    "Observers from {k} neighbouring countries were invited to watch the river crossing "
    "planned near {place}.",
    "Schools in {place} will stay open, the municipality said in a short statement on {day}.",
    "{other}, who runs a bakery close to the training area, said the first lorries arrived "
    "before dawn.",
    "A field hospital with {beds} beds was set up on the edge of {place} for the drill.",
    "Engineers built a temporary pontoon bridge of {m} metres across the river south of "
    "{place}.",
    "The previous edition of the drill, held two years ago, involved roughly {big2:,} troops, "
    "{rank} {name} recalled.",
    "Traffic police in {place} reported no accidents during the night movement of columns.",
    "Drones will not fly over residential streets, {rank} {name} said in answer to a local "
    "reporter.",
    "Farmers near {place} were told they would be paid for any damage to fields within "
    "{k2} days.",
    "The final phase, a combined live-fire demonstration, is planned for {day} at the range "
    "outside {place}.",
)
TITLES = (
    "{ex} drill brings {big:,} troops to {place}",
    "Convoys reach {place} as {ex} begins",
    "{place} prepares for {n} days of {ex} manoeuvres",
    "Officials in {place} promise calm during {ex}",
)


@dataclass(frozen=True, slots=True)
class Article:
    """A generated article: a title, paragraphs, and the marker sentence's unique word."""

    title: str
    paragraphs: tuple[str, ...]
    marker: str
    outlet: str
    host: str
    published: str

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def url(self) -> str:
        return f"https://{self.host}.example/news/{self.marker.lower()}"


def _slots(rng: random.Random) -> dict[str, object]:
    return {"ex": rng.choice(EXERCISES), "place": rng.choice(PLACES), "day": rng.choice(DAYS),
            "rank": rng.choice(RANKS), "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "other": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "role": rng.choice(ROLES),
            "n": rng.randint(3, 12), "big": rng.randint(800, 24000), "veh": rng.randint(12, 600),
            "h1": rng.randint(5, 11), "h2": rng.randint(14, 22), "k": rng.randint(2, 9),
            "beds": rng.randint(20, 160), "m": rng.randint(40, 260),
            "big2": rng.randint(500, 30000), "k2": rng.randint(10, 90)}


def make_article(rng: random.Random, marker: str) -> Article:
    """Three to five paragraphs of two to four sentences; the marker sits in the second."""
    slots = _slots(rng)
    paragraphs = []
    for p in range(rng.randint(3, 5)):
        chosen = rng.sample(SENTENCES, rng.randint(2, 4))
        sentences = [s.format(**slots) for s in chosen]
        if p == 1:
            sentences.insert(1, f"Staff officers filed the notes of this briefing under the "
                                f"reference {marker}.")
        paragraphs.append(" ".join(sentences))
        slots.update({"place": rng.choice(PLACES), "day": rng.choice(DAYS)})
    outlet, host = rng.choice(OUTLETS)
    title = rng.choice(TITLES).format(**slots)
    published = f"2027-0{rng.randint(3, 9)}-{rng.randint(10, 28)}"
    return Article(title, tuple(paragraphs), marker, outlet, host, published)


def text_capture(a: Article) -> str:
    """A plain-text page capture: headline, outlet and date line, paragraphs."""
    return f"{a.title}\n\n{a.outlet} | {a.published}\n\n{a.text}\n"


def html_page(a: Article, head: str = "", attrs: str = "") -> str:
    """An HTML page with the furniture real pages have around the article."""
    body = "\n".join(f"<p>{p}</p>" for p in a.paragraphs)
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head>{head}<title>{a.title} | {a.outlet}"
            f"</title>\n<meta name=\"description\" content=\"{a.title}\"></head>\n<body>"
            f"<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header>\n"
            f"<main><article{attrs}><h1>{a.title}</h1>\n<p class=\"byline\">{a.outlet}, "
            f"{a.published}</p>\n{body}\n</article></main>\n<footer>Copyright {a.outlet}"
            f"</footer></body></html>\n")


def jsonl_record(a: Article, as_html: bool = False, **extra: object) -> dict[str, object]:
    body: dict[str, object] = ({"html": html_page(a)} if as_html else {"text": a.text})
    return {"url": a.url, "title": a.title, "published": a.published, **body, **extra}


def json_line(obj: object) -> bytes:
    return json.dumps(obj, ensure_ascii=True).encode() + b"\n"


# -- WARC bytes, written by hand so that every byte (and every flaw) is chosen -----------------


def warc_record(rid: str, uri: str, payload: bytes, *, date: str = "2027-05-14T08:30:00Z",
                ctype: str = "text/html; charset=utf-8", status: str = "200 OK") -> bytes:
    """A WARC/1.0 response record holding an HTTP response with ``payload``."""
    http = (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n").encode() + payload
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{rid}>\r\n"
            f"WARC-Date: {date}\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n")
    return head.encode("utf-8", "surrogateescape") + http + b"\r\n\r\n"


def gz(data: bytes) -> bytes:
    """gzip with a fixed header time, so that a seed always gives the same bytes."""
    return gzip.compress(data, mtime=0)


# -- generation context ------------------------------------------------------------------------


@dataclass
class Context:
    """State of one generation run (local to ``generate``; nothing at module level)."""

    rng: random.Random
    seed: int
    root: bytes
    next_token: int = 1
    next_marker: int = 0
    manifest_lines: list[bytes] = field(default_factory=list)
    manifest_expects: list[Expect] = field(default_factory=list)
    good_names: list[tuple[str, str]] = field(default_factory=list)  # (token, file name)

    def token(self) -> str:
        self.next_token += 1
        return f"fz{self.next_token - 1:05d}"

    def article(self) -> Article:
        self.next_marker += 1
        return make_article(self.rng, f"FZM{self.seed}N{self.next_marker:06d}")

    def rid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def write(self, rel: bytes, data: bytes) -> None:
        path = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)

    def path(self, rel: bytes) -> bytes:
        return os.path.join(self.root, rel)

    def manifest_line(self, obj: object | bytes, expect: Expect | None) -> int:
        """Add a manifest line; returns its 1-based number."""
        self.manifest_lines.append(obj if isinstance(obj, bytes) else json_line(obj))
        number = len(self.manifest_lines)
        if expect is not None:
            self.manifest_expects.append(Expect(expect.kind, expect.marker, expect.codes,
                                                number, expect.why))
        return number


def inp(token: str, slug: str, ext: str) -> bytes:
    return f"input/{token}_{slug}{ext}".encode()


Builder = Callable[[Context, str], list[FileSpec]]


def stored(a: Article, why: str = "") -> Expect:
    return Expect("stored", a.marker, why=why)


def refused(cs: frozenset[str], line: int | None = None, why: str = "") -> Expect:
    return Expect("refused", codes=cs, line=line, why=why)


def bad(token: str, rel: bytes, cls: str, *expects: Expect, note: str = "") -> list[FileSpec]:
    return [FileSpec(token, rel, cls, False, tuple(expects), note)]


# -- good files --------------------------------------------------------------------------------


def good_file(ctx: Context, token: str, kind: str) -> FileSpec:
    """One plain good file of ``kind``; the caller picks kinds in turn."""
    a = ctx.article()
    expects: list[Expect] = [stored(a), Expect("not_refused")]
    if kind == "txt":
        rel = inp(token, "good", ".txt")
        ctx.write(rel, text_capture(a).encode())
        ctx.manifest_line({"path": rel.decode().removeprefix("input/"),
                           "captured_at": f"{a.published}T09:00:00Z", "outlet": a.outlet,
                           "url": a.url}, None)
    elif kind in ("html", "htm"):
        rel = inp(token, "good", "." + kind)
        ctx.write(rel, html_page(a).encode())
    elif kind == "html.gz":
        rel = inp(token, "good", ".html.gz")
        ctx.write(rel, gz(html_page(a).encode()))
    elif kind == "nested":
        depth = ctx.rng.randint(2, 30)
        rel = (b"input/" + b"/".join(f"d{i}".encode() for i in range(depth))
               + f"/{token}_good-nested.txt".encode())
        ctx.write(rel, text_capture(a).encode())
    else:
        return _good_container(ctx, token, kind, a)
    ctx.good_names.append((token, os.path.basename(rel).decode()))
    return FileSpec(token, rel, f"good_{kind}", True, tuple(expects))


def _good_container(ctx: Context, token: str, kind: str, first: Article) -> FileSpec:
    """A good JSON Lines or WARC file with two or three documents."""
    arts = [first, *(ctx.article() for _ in range(ctx.rng.randint(1, 2)))]
    if kind.startswith("jsonl"):
        data = b"".join(json_line(jsonl_record(a, as_html=i == 1)) for i, a in enumerate(arts))
        ext = ".jsonl"
    else:
        recs = [warc_record(ctx.rid(), a.url, html_page(a).encode()) for a in arts]
        data = b"".join(gz(r) for r in recs) if kind == "warc.gz" else b"".join(recs)
        ext = ".warc"
    if kind.endswith(".gz") and ext == ".jsonl":
        data = gz(data)
    rel = inp(token, "good", ext + (".gz" if kind.endswith(".gz") else ""))
    ctx.write(rel, data)
    ctx.good_names.append((token, os.path.basename(rel).decode()))
    return FileSpec(token, rel, f"good_{kind}", True,
                    (*(stored(a) for a in arts), Expect("not_refused")))


GOOD_KINDS = ("txt", "html", "htm", "html.gz", "jsonl", "jsonl.gz", "warc", "warc.gz",
              "nested")


# -- hostile inputs: declared charsets that are not text codecs --------------------------------

# Assumption: a page whose declared charset is not a text codec (base64, rot13, hex, zlib, uu,
# "undefined", an unknown name) but whose bytes are clean UTF-8 is a good page with a lying
# label. decode.py already falls back to the bytes when a declaration lies, so the article
# must be stored, not refused and not a crash.
BOGUS_CHARSETS = ("base64", "rot13", "hex", "zlib", "uu", "undefined", "bz2", "quopri",
                  "x-fuzz-unknown-7", "utf-8; x=1", "")


def charset_meta(ctx: Context, token: str) -> list[FileSpec]:
    a = ctx.article()
    name = ctx.rng.choice(BOGUS_CHARSETS)
    style = ctx.rng.choice((f"<meta charset={name}>",
                            f"<meta http-equiv=\"Content-Type\" content=\"text/html; "
                            f"charset={name}\">"))
    rel = inp(token, "charset-meta", ctx.rng.choice((".html", ".htm", ".html.gz")))
    data = html_page(a, head=style).encode()
    ctx.write(rel, gz(data) if rel.endswith(b".gz") else data)
    return bad(token, rel, "charset_meta", stored(a, f"declared charset {name!r}"),
               note=f"<meta> declares {name!r}")


def charset_warc(ctx: Context, token: str) -> list[FileSpec]:
    """A WARC whose middle record's HTTP header declares a non-text charset."""
    arts = [ctx.article() for _ in range(3)]
    name = ctx.rng.choice(BOGUS_CHARSETS[:-1])
    recs = [warc_record(ctx.rid(), a.url, html_page(a).encode(),
                        ctype=f"text/html; charset={name}" if i == 1 else
                        "text/html; charset=utf-8") for i, a in enumerate(arts)]
    gzipped = ctx.rng.random() < 0.5
    rel = inp(token, "charset-warc", ".warc.gz" if gzipped else ".warc")
    ctx.write(rel, b"".join(gz(r) if gzipped else r for r in recs))
    return bad(token, rel, "charset_warc", *(stored(a) for a in arts),
               note=f"record 2 of 3: Content-Type: text/html; charset={name}")


def mixed_encodings(ctx: Context, token: str) -> list[FileSpec]:
    """UTF-8 paragraphs with a cp1251 and a latin-1 one: decoded somehow, stored (the marker
    is ASCII, so any single-byte reading keeps it)."""
    a = ctx.article()
    parts = [a.title.encode(), b"", f"{a.outlet} | {a.published}".encode(), b""]
    parts += [p.encode() + b"\n" for p in a.paragraphs]
    parts.insert(5, "Жители города заметили колонну рано утром.\n".encode("cp1251"))
    parts.insert(6, "Le maire a déclaré que la ville reste calme.\n".encode("latin-1"))
    rel = inp(token, "mixed-enc", ".txt")
    ctx.write(rel, b"\n".join(parts))
    return bad(token, rel, "mixed_encodings", stored(a))


# -- hostile inputs: JSON Lines ----------------------------------------------------------------

SURROGATE_FIELDS = ("text", "title", "outlet", "url")


def jsonl_surrogate(ctx: Context, token: str) -> list[FileSpec]:
    """A lone ``\\ud800`` escape in one field of the middle line, good lines around it.

    Assumption: a lone surrogate in a metadata field costs the field, not the article (store);
    in the text itself, storing with the surrogate replaced and refusing the line are both
    defensible. What is never fine is a crash or losing the other lines.
    """
    arts = [ctx.article() for _ in range(3)]
    key = ctx.rng.choice(SURROGATE_FIELDS)
    rec = jsonl_record(arts[1], outlet=arts[1].outlet)
    rec[key] = str(rec[key])[:40] + "\ud800" + str(rec[key])[40:]
    lines = [json_line(jsonl_record(arts[0])), json_line(rec), json_line(jsonl_record(arts[2]))]
    middle = (Expect("stored_or_refused", arts[1].marker, codes("E003", "E006", "E007"), 2)
              if key == "text" else stored(arts[1], f"lone surrogate in {key}"))
    rel = inp(token, f"surrogate-{key}", ".jsonl")
    ctx.write(rel, b"".join(lines))
    return bad(token, rel, f"jsonl_surrogate_{key}", stored(arts[0]), middle, stored(arts[2]))


def _deep_json(depth: int, kind: str) -> bytes:
    if kind == "array":
        return b"[" * depth + b"]" * depth
    if kind == "object":
        return b'{"a":' * depth + b"1" + b"}" * depth
    return b'{"text": ' + b"[" * depth + b"]" * depth + b"}"


def jsonl_deep(ctx: Context, token: str) -> list[FileSpec]:
    """A line nested 100,000 deep between good lines: refused (E006), neighbours stored."""
    arts = [ctx.article() for _ in range(2)]
    kind = ctx.rng.choice(("array", "object", "text-field"))
    data = (json_line(jsonl_record(arts[0])) + _deep_json(100_000, kind) + b"\n"
            + json_line(jsonl_record(arts[1])))
    gzipped = ctx.rng.random() < 0.3
    rel = inp(token, "deep-json", ".jsonl.gz" if gzipped else ".jsonl")
    ctx.write(rel, gz(data) if gzipped else data)
    return bad(token, rel, "jsonl_deep", stored(arts[0]), refused(codes("E006"), 2),
               stored(arts[1]), note=f"{kind} nested 100,000 deep on line 2")


NOT_OBJECTS = (b"[1, 2, 3]", b'"just a string"', b"42", b"null", b"true", b"{nope", b"\xff\xfe{}",
               b'{"text": "unterminated')


def jsonl_not_object(ctx: Context, token: str) -> list[FileSpec]:
    a = ctx.article()
    line = ctx.rng.choice(NOT_OBJECTS)
    rel = inp(token, "not-object", ".jsonl")
    ctx.write(rel, line + b"\n" + json_line(jsonl_record(a)))
    return bad(token, rel, "jsonl_not_object", refused(codes("E006", "E007"), 1), stored(a),
               note=f"line 1: {line!r}")


def jsonl_wrong_types(ctx: Context, token: str) -> list[FileSpec]:
    """Fields of the wrong type. A body of the wrong type leaves nothing to ingest (refused,
    E006 or E007). A metadata field of the wrong type refuses its line with E007 naming the
    field (documented: the user fixes the line and ingests it again, nothing is half-read);
    for ``captured_at`` either outcome is accepted."""
    a = ctx.article()
    rec = jsonl_record(a)
    choice = ctx.rng.randrange(7)
    if choice < 2:
        rec.pop("text")
        rec[("text", "html")[choice]] = ctx.rng.choice((5, ["a", "b"], {"p": 1}, True))
        expect = refused(codes("E006", "E007"), 1)
    elif choice < 6:
        key = ("title", "outlet", "published", "url")[choice - 2]
        rec[key] = ctx.rng.choice((7, 3.5, ["x"], {"k": "v"}, True))
        expect = refused(codes("E007"), 1, f"{key} of the wrong type")
    else:
        rec["captured_at"] = ctx.rng.choice((5, [2027], 1e300))
        expect = Expect("stored_or_refused", a.marker, codes("E006", "E007"), 1)
    rel = inp(token, "wrong-types", ".jsonl")
    ctx.write(rel, json_line(rec))
    return bad(token, rel, "jsonl_wrong_types", expect, note=json.dumps(
        {k: v for k, v in rec.items() if k not in ("text", "html")})[:200])


BAD_URLS = ("http://[::1", "http://[fe80::1%25en0", "https://[not-an-ip]/x",
            "http://host.example:99999999/", "http://ex ample.example/", "::::", "http://",
            "https://xn--/", "http://[::1]:port/")


def bad_url(ctx: Context, token: str) -> list[FileSpec]:
    """An unparsable URL in a JSON Lines line, a WARC target URI or an HTML link. A URL is a
    hint: the article is stored without it (or with it as given), never lost."""
    a = ctx.article()
    url = ctx.rng.choice(BAD_URLS)
    where = ctx.rng.choice(("jsonl", "jsonl-html", "warc", "html"))
    if where.startswith("jsonl"):
        rel = inp(token, "bad-url", ".jsonl")
        ctx.write(rel, json_line({**jsonl_record(a, as_html=where == "jsonl-html"), "url": url}))
    elif where == "warc":
        rel = inp(token, "bad-url", ".warc")
        ctx.write(rel, warc_record(ctx.rid(), url, html_page(a).encode()))
    else:
        rel = inp(token, "bad-url", ".html")
        head = f'<link rel="canonical" href="{url}"><meta property="og:url" content="{url}">'
        ctx.write(rel, html_page(a, head=head).encode())
    return bad(token, rel, "bad_url", stored(a, f"url {url!r}"), note=f"{where}: {url!r}")


# -- hostile inputs: WARC ----------------------------------------------------------------------


def warc_cut(ctx: Context, token: str) -> list[FileSpec]:
    """A good record, then the file ends inside the next record's header or payload (plain or
    per-record gzip cut mid-member): the first record is kept, the cut is refused."""
    first, second = ctx.article(), ctx.article()
    good = warc_record(ctx.rid(), first.url, html_page(first).encode())
    nxt = warc_record(ctx.rid(), second.url, html_page(second).encode())
    how = ctx.rng.choice(("header", "payload", "gzip"))
    if how == "header":
        data, ext, cs = good + nxt[:ctx.rng.randint(5, 120)], ".warc", codes("E005")
    elif how == "payload":
        data, ext, cs = good + nxt[:len(nxt) // 2], ".warc", codes("E005")
    else:
        member = gz(nxt)
        data, ext = gz(good) + member[:len(member) // 2], ".warc.gz"
        cs = codes("E004", "E005")
    rel = inp(token, f"warc-cut-{how}", ext)
    ctx.write(rel, data)
    return bad(token, rel, f"warc_cut_{how}", stored(first), refused(cs))


def warc_tiny(ctx: Context, token: str) -> list[FileSpec]:
    """A .warc of 0 to 3 bytes. Assumption: a refusal, E001 for nothing at all, else one of
    E002 (binary), E005 (truncated WARC) or E009 (not a WARC)."""
    n = ctx.rng.randint(0, 3)
    data = ctx.rng.choice((b"WARC", b"\x00\x01\x02", b"W\r\n", b"\x1f\x8b\x08"))[:n]
    rel = inp(token, f"warc-{n}-bytes", ".warc")
    ctx.write(rel, data)
    cs = codes("E001", "E005") if n == 0 else codes("E001", "E002", "E004", "E005", "E009")
    return bad(token, rel, "warc_tiny", refused(cs), note=f"{data!r}")


def gzip_empty(ctx: Context, token: str) -> list[FileSpec]:
    """A valid gzip stream of nothing. Assumption: refused as empty (E001; E004/E005 also fine):
    a capture file with nothing in it is worth telling the analyst about."""
    ext = ctx.rng.choice((".html.gz", ".warc.gz", ".jsonl.gz", ".txt.gz"))
    rel = inp(token, "empty-payload", ext)
    ctx.write(rel, gz(b""))
    return bad(token, rel, "gzip_empty_payload", refused(codes("E001", "E004", "E005")))


GARBAGE_DATES = ("yesterday", "2027-13-45T99:99:99Z", "", "\u00a0", "2027-05-14T08:30:00+99:00",
                 "0000-00-00", "9" * 40)


def warc_bad_date(ctx: Context, token: str) -> list[FileSpec]:
    """A garbage WARC-Date on the middle record: that record is stored (with another capture
    time) or refused, and the records after it are stored."""
    arts = [ctx.article() for _ in range(3)]
    date = ctx.rng.choice(GARBAGE_DATES)
    recs = [warc_record(ctx.rid(), a.url, html_page(a).encode(),
                        date=date if i == 1 else "2027-05-14T08:30:00Z")
            for i, a in enumerate(arts)]
    rel = inp(token, "warc-bad-date", ".warc")
    ctx.write(rel, b"".join(recs))
    return bad(token, rel, "warc_bad_date", stored(arts[0]),
               Expect("stored_or_refused", arts[1].marker, codes("E005")), stored(arts[2]),
               note=f"WARC-Date: {date!r}")


def warc_whole_gzip(ctx: Context, token: str) -> list[FileSpec]:
    """Several records gzipped as one stream (not one member per record): every one stored."""
    arts = [ctx.article() for _ in range(ctx.rng.randint(2, 4))]
    data = b"".join(warc_record(ctx.rid(), a.url, html_page(a).encode()) for a in arts)
    rel = inp(token, "warc-whole-gzip", ".warc.gz")
    ctx.write(rel, gz(data))
    return bad(token, rel, "warc_whole_gzip", *(stored(a) for a in arts))


def warc_after_bad(ctx: Context, token: str) -> list[FileSpec]:
    """Bad records (binary payload, empty payload, an undecodable one) between good ones: each
    bad record is refused, every good one after it is stored."""
    arts = [ctx.article() for _ in range(3)]
    junk = bytes(ctx.rng.getrandbits(8) for _ in range(600)) + b"\x00"
    recs = [warc_record(ctx.rid(), arts[0].url, html_page(arts[0]).encode()),
            warc_record(ctx.rid(), "https://junk.example/bin", junk),
            warc_record(ctx.rid(), arts[1].url, html_page(arts[1]).encode()),
            warc_record(ctx.rid(), "https://junk.example/empty", b""),
            warc_record(ctx.rid(), arts[2].url, html_page(arts[2]).encode())]
    gzipped = ctx.rng.random() < 0.5
    rel = inp(token, "warc-after-bad", ".warc.gz" if gzipped else ".warc")
    ctx.write(rel, b"".join(gz(r) if gzipped else r for r in recs))
    return bad(token, rel, "warc_records_after_bad", *(stored(a) for a in arts),
               refused(codes("E002", "E003")), refused(codes("E001", "E010")))


def warc_bad_length(ctx: Context, token: str) -> list[FileSpec]:
    """A good record, then one whose Content-Length is not a number or runs past the end."""
    a = ctx.article()
    rec = warc_record(ctx.rid(), "https://lies.example/", b"<p>short</p>")
    length = ctx.rng.choice((b"abc", b"-5", b"99999999", b"1e9", b""))
    rec = rec.replace(b"Content-Length: " + str(len(rec.split(b"\r\n\r\n", 1)[1]) - 4).encode(),
                      b"Content-Length: " + length, 1)
    rel = inp(token, "warc-bad-length", ".warc")
    ctx.write(rel, warc_record(ctx.rid(), a.url, html_page(a).encode()) + rec)
    return bad(token, rel, "warc_bad_length", stored(a), refused(codes("E005")),
               note=f"Content-Length: {length!r}")


# -- hostile inputs: whole files ---------------------------------------------------------------


def binary_junk(ctx: Context, token: str) -> list[FileSpec]:
    """Random bytes (with a NUL) under a text, HTML or JSON Lines name: E002 (E003 accepted);
    a .jsonl of junk is malformed JSON, E006."""
    ext = ctx.rng.choice((".txt", ".html", ".htm", ".jsonl"))
    data = bytes(ctx.rng.getrandbits(8) for _ in range(ctx.rng.randint(64, 4096)))
    data = data[:10] + b"\x00" + data[10:]
    rel = inp(token, "binary", ext)
    ctx.write(rel, data)
    cs = codes("E002", "E003", "E006") if ext == ".jsonl" else codes("E002", "E003")
    return bad(token, rel, f"binary_junk{ext}", refused(cs))


def empty_file(ctx: Context, token: str) -> list[FileSpec]:
    """An empty (or whitespace-only) file of every format. Assumption: E001 for all of them,
    .jsonl and .warc included (they are silent today)."""
    ext = ctx.rng.choice((".txt", ".html", ".htm", ".jsonl", ".warc"))
    rel = inp(token, "empty", ext)
    ctx.write(rel, ctx.rng.choice((b"", b"   \n\n", b"\n")))
    return bad(token, rel, f"empty{ext}", refused(codes("E001", "E005", "E010")))


def truncated_gzip(ctx: Context, token: str) -> list[FileSpec]:
    """A gzip cut short or with a corrupt byte. Lines before the cut of a .jsonl.gz may be
    stored; they carry no expectation."""
    a = ctx.article()
    ext = ctx.rng.choice((".html.gz", ".txt.gz", ".jsonl.gz"))
    raw = (html_page(a) if ext == ".html.gz" else
           text_capture(a) if ext == ".txt.gz" else json_line(jsonl_record(a)).decode()).encode()
    data = gz(raw)
    if ctx.rng.random() < 0.6:
        data = data[:ctx.rng.randint(3, len(data) - 9)]
    else:
        at = ctx.rng.randint(12, len(data) - 9)
        data = data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1:]
    rel = inp(token, "truncated", ext)
    ctx.write(rel, data)
    return bad(token, rel, "truncated_gzip", refused(codes("E004")))


def html_scripts_only(ctx: Context, token: str) -> list[FileSpec]:
    scripts = "".join(f"<script>var v{i} = {ctx.rng.randint(0, 99)};</script>"
                      for i in range(ctx.rng.randint(1, 30)))
    rel = inp(token, "scripts-only", ".html")
    ctx.write(rel, f"<html><head>{scripts}</head><body>{scripts}</body></html>".encode())
    return bad(token, rel, "html_scripts_only", refused(codes("E010")))


def html_huge_attribute(ctx: Context, token: str) -> list[FileSpec]:
    """A good article whose <article> carries an attribute of 1 to 3 MiB: stored."""
    a = ctx.article()
    size = ctx.rng.randint(1, 3) * 1024 * 1024
    rel = inp(token, "huge-attr", ".html")
    ctx.write(rel, html_page(a, attrs=f' data-blob="{"A" * size}"').encode())
    return bad(token, rel, "html_huge_attribute", stored(a), note=f"{size:,}-byte attribute")


def html_deep_nesting(ctx: Context, token: str) -> list[FileSpec]:
    """50,000 nested tags around an article. Assumption: storing it or refusing it (E010 no
    text, or E008 too large/deep) are both fine; crashing is not."""
    a = ctx.article()
    tag = ctx.rng.choice(("div", "span", "b", "section"))
    depth = 50_000
    page = html_page(a)
    cut = page.index("<main>")
    page = page[:cut] + f"<{tag}>" * depth + page[cut:] + f"</{tag}>" * depth
    rel = inp(token, "deep-html", ".html")
    ctx.write(rel, page.encode())
    return bad(token, rel, "html_deep_nesting",
               Expect("stored_or_refused", a.marker, codes("E008", "E010")),
               note=f"{depth:,} nested <{tag}>")


def unsupported_ext(ctx: Context, token: str) -> list[FileSpec]:
    """A .csv or .pdf in the folder. Assumption: refused with E009 (unsupported input), not
    skipped in silence: the analyst should learn that a file in the folder was not read."""
    ext = ctx.rng.choice((".csv", ".pdf"))
    data = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" if ext == ".pdf"
            else b"date,place,troops\n2027-05-14,Narva,1200\n")
    rel = inp(token, "unsupported", ext)
    ctx.write(rel, data)
    return bad(token, rel, f"unsupported{ext}", refused(codes("E009")))


def hidden_file(ctx: Context, token: str) -> list[FileSpec]:
    """A hidden file or a file in a hidden folder: skipped quietly, by design (editors and
    version control keep their own files there)."""
    a = ctx.article()
    rel = ctx.rng.choice((f"input/.{token}_hidden.txt", f"input/.{token}_dir/inside.txt"))
    ctx.write(rel.encode(), text_capture(a).encode())
    return bad(token, rel.encode(), "hidden_quiet", Expect("quiet_ok"))


# -- hostile inputs: names, links and special files --------------------------------------------

# Assumption: a name is not content. A good article in a file whose name is not UTF-8 or holds
# a newline or an ESC is stored; when such a file is refused, its refusal is one line whose
# name is printed with the control characters escaped (a raw newline would let a file name
# forge a refusal line for another file, a raw ESC would drive the analyst's terminal).


def _weird_name(ctx: Context, token: str, kind: str) -> bytes:
    if kind == "non_utf8":
        return token.encode() + ctx.rng.choice((b"_\xff\xfe-caf\xe9", b"_\xc3\x28",
                                                b"_\xed\xa0\x80"))
    if kind == "newline":
        return token.encode() + b"_two\nlines"
    if kind == "esc":
        return token.encode() + b"_\x1b[31mred\x1b[0m\x07\r"
    _, victim = ctx.rng.choice(ctx.good_names)
    return (f"{token}_x.txt\nrefused: {victim}: E002 binary content (NUL bytes), not a text "
            f"or HTML capture").encode()


def weird_name(ctx: Context, token: str) -> list[FileSpec]:
    kind = ctx.rng.choice(("non_utf8", "newline", "esc", "forge"))
    ext = ctx.rng.choice((".txt", ".html"))
    rel = b"input/" + _weird_name(ctx, token, kind) + ext.encode()
    if kind != "forge" and ctx.rng.random() < 0.5:
        a = ctx.article()
        ctx.write(rel, (text_capture(a) if ext == ".txt" else html_page(a)).encode())
        return bad(token, rel, f"name_{kind}", stored(a))
    ctx.write(rel, b"")
    return bad(token, rel, f"name_{kind}", refused(codes("E001")),
               note="empty, so that its refusal line must print the name")


def link_loop(ctx: Context, token: str) -> list[FileSpec]:
    """A link to itself, or a link to nowhere: cannot be read (E011; E015 accepted)."""
    kind = ctx.rng.choice(("self", "dangling"))
    rel = inp(token, f"loop-{kind}", ".txt")
    target = os.path.basename(rel) if kind == "self" else b"no-such-file.txt"
    os.symlink(target, ctx.path(rel))
    return bad(token, rel, f"link_{kind}", refused(codes("E011", "E015")))


def link_loop_pair(ctx: Context, token: str) -> list[FileSpec]:
    """a.html -> b.html -> a.html: both refused (E011; E015 accepted). One input, two names."""
    rel_a, rel_b = inp(token, "loop-a", ".html"), inp(token, "loop-b", ".html")
    os.symlink(os.path.basename(rel_b), ctx.path(rel_a))
    os.symlink(os.path.basename(rel_a), ctx.path(rel_b))
    return [FileSpec(token, rel_a, "link_loop_pair", False, (refused(codes("E011", "E015")),)),
            FileSpec(token, rel_b, "link_loop_pair", False, (refused(codes("E011", "E015")),),
                     note="second name of the pair (same token)")]


def link_dir_loop(ctx: Context, token: str) -> list[FileSpec]:
    """A folder holding a good article and a link back to its parent (or itself). The article
    is stored once; the link may be refused or skipped quietly, but the walk must end."""
    a = ctx.article()
    folder = f"input/{token}_dirloop".encode()
    ctx.write(folder + b"/inside.txt", text_capture(a).encode())
    os.symlink(ctx.rng.choice((b"..", b".", b"../..")), ctx.path(folder + b"/up"))
    return bad(token, folder + b"/up", "link_dir_loop", stored(a), Expect("quiet_ok"))


def link_outside(ctx: Context, token: str) -> list[FileSpec]:
    """A link (to a file or a folder) that leaves the ingested folder. Its target holds a good
    article, which must not be stored; a file link is refused with E014. Assumption: a folder
    link may be skipped quietly instead (links to folders are not followed)."""
    a = ctx.article()
    to_dir = ctx.rng.random() < 0.3
    target = f"outside/{token}_secret".encode() + (b"/page.txt" if to_dir else b".txt")
    ctx.write(target, text_capture(a).encode())
    dest = os.path.dirname(ctx.path(target)) if to_dir else ctx.path(target)
    rel = inp(token, "outside", "" if to_dir else ".txt")
    if ctx.rng.random() < 0.5:
        dest = os.path.relpath(dest, os.path.dirname(ctx.path(rel)))
    os.symlink(dest, ctx.path(rel))
    link_expect = Expect("quiet_ok") if to_dir else refused(codes("E014"))
    return bad(token, rel, "link_outside_dir" if to_dir else "link_outside_file",
               link_expect, Expect("absent", a.marker, why="its target is outside the folder"))


def fifo(ctx: Context, token: str) -> list[FileSpec]:
    """A named pipe called *.txt: reading it would wait for a writer for ever (E015; E011
    accepted)."""
    rel = inp(token, "pipe", ctx.rng.choice((".txt", ".html", ".jsonl")))
    os.mkfifo(ctx.path(rel))
    return bad(token, rel, "fifo", refused(codes("E015", "E011")))


# -- hostile inputs: the manifest --------------------------------------------------------------

WRONG_TYPED = (("captured_at", 5), ("url", {}), ("outlet", [1]), ("captured_at", {"t": 1}),
               ("url", 12), ("captured_at", True), ("outlet", {"name": "x"}),
               ("captured_at", "soon"), ("captured_at", "2027-02-30"))


def manifest_wrong_type(ctx: Context, token: str) -> list[FileSpec]:
    """A manifest line with a value of the wrong type for a good file. Assumption: the line is
    refused (E006 or E007, naming the manifest and the line), and the file is still stored:
    the analyst must hear that their manifest is wrong, but the article is not lost."""
    a = ctx.article()
    rel = inp(token, "manifest-ref", ".txt")
    ctx.write(rel, text_capture(a).encode())
    key, value = ctx.rng.choice(WRONG_TYPED)
    entry = {"path": rel.decode().removeprefix("input/"), "captured_at": "2027-05-01T10:00:00Z",
             "outlet": a.outlet, "url": a.url, key: value}
    line = ctx.manifest_line(entry, refused(codes("E006", "E007"),
                                            why=f"{token}: {key} = {value!r}"))
    return bad(token, rel, "manifest_wrong_type", stored(a), Expect("not_refused"),
               note=f"manifest line {line}: {key} = {value!r}")


BAD_MANIFEST_LINES = (b"[1, 2]", b"{nope", b'{"path": 7}', b'{"path": null}', b'"a string"',
                      b'{"captured_at": "2027-05-01"}', b"\xff\xfe\x00", b"[" * 100_000)


def manifest_bad_line(ctx: Context, token: str) -> list[FileSpec]:
    """A manifest line that is not an entry at all: refused (E006 or E007), the rest read."""
    raw = ctx.rng.choice(BAD_MANIFEST_LINES)
    line = ctx.manifest_line(raw + b"\n", refused(codes("E006", "E007"),
                                                  why=f"{token}: {raw[:40]!r}"))
    # the input itself is the manifest line; the FileSpec only carries the class for reports
    return [FileSpec(token, b"fz00000_manifest.jsonl", "manifest_bad_line", False, (),
                     note=f"manifest line {line}: {raw[:40]!r}")]


def manifest_bad_url(ctx: Context, token: str) -> list[FileSpec]:
    """An unparsable URL in a manifest entry: the file is stored (a refusal of the line is
    allowed but not required)."""
    a = ctx.article()
    rel = inp(token, "manifest-url", ".txt")
    ctx.write(rel, text_capture(a).encode())
    url = ctx.rng.choice(BAD_URLS)
    ctx.manifest_line({"path": rel.decode().removeprefix("input/"), "url": url}, None)
    return bad(token, rel, "manifest_bad_url", stored(a), note=f"manifest url {url!r}")


# -- the class table and the entry point -------------------------------------------------------

#: (class family, weight, builder). Expensive inputs (megabyte attributes, 50,000-deep pages,
#: 100,000-deep JSON) weigh less so that 10,000 inputs stay a few hundred megabytes.
CLASSES: tuple[tuple[str, float, Builder], ...] = (
    ("charset_meta", 4, charset_meta),
    ("charset_warc", 2, charset_warc),
    ("mixed_encodings", 2, mixed_encodings),
    ("jsonl_surrogate", 4, jsonl_surrogate),
    ("jsonl_deep", 1, jsonl_deep),
    ("jsonl_not_object", 3, jsonl_not_object),
    ("jsonl_wrong_types", 4, jsonl_wrong_types),
    ("bad_url", 4, bad_url),
    ("warc_cut", 3, warc_cut),
    ("warc_tiny", 2, warc_tiny),
    ("gzip_empty_payload", 2, gzip_empty),
    ("warc_bad_date", 2, warc_bad_date),
    ("warc_whole_gzip", 2, warc_whole_gzip),
    ("warc_records_after_bad", 2, warc_after_bad),
    ("warc_bad_length", 2, warc_bad_length),
    ("binary_junk", 3, binary_junk),
    ("empty", 3, empty_file),
    ("truncated_gzip", 3, truncated_gzip),
    ("html_scripts_only", 2, html_scripts_only),
    ("html_huge_attribute", 0.3, html_huge_attribute),
    ("html_deep_nesting", 0.5, html_deep_nesting),
    ("unsupported", 2, unsupported_ext),
    ("hidden", 1, hidden_file),
    ("name_weird", 4, weird_name),
    ("link_loop", 1.5, link_loop),
    ("link_loop_pair", 1, link_loop_pair),
    ("link_dir_loop", 0.5, link_dir_loop),
    ("link_outside", 1.5, link_outside),
    ("fifo", 1, fifo),
    ("manifest_wrong_type", 2, manifest_wrong_type),
    ("manifest_bad_line", 1, manifest_bad_line),
    ("manifest_bad_url", 1, manifest_bad_url),
)
MANIFEST_NAME = b"fz00000_manifest.jsonl"


def generate(seed: int, count: int, folder: Path,
             classes: Sequence[str] | None = None) -> Manifest:
    """Write ``count`` malformed inputs and ``ceil(count / 4)`` good files under ``folder``.

    Every class in ``classes`` (default: all) appears once before any repeats, so a count of
    at least ``len(CLASSES)`` covers them all. The same seed gives the same bytes.
    """
    table = [c for c in CLASSES if classes is None or c[0] in classes]
    if not table:
        raise ValueError(f"no such classes: {classes}; known: {[c[0] for c in CLASSES]}")
    ctx = Context(random.Random(seed), seed, os.fsencode(folder))
    for sub in (b"input", b"outside"):
        os.makedirs(ctx.path(sub), exist_ok=True)
    files = [good_file(ctx, ctx.token(), GOOD_KINDS[i % len(GOOD_KINDS)])
             for i in range(max(1, -(-count // 4)))]
    plan = [b for _, _, b in table][:count]
    plan += ctx.rng.choices([b for _, _, b in table], [w for _, w, _ in table],
                            k=count - len(plan))
    for builder in plan:
        files += builder(ctx, ctx.token())
    with open(ctx.path(MANIFEST_NAME), "wb") as fh:
        fh.write(b"".join(ctx.manifest_lines))
    files.append(FileSpec("fz00000", MANIFEST_NAME, "manifest", False,
                          tuple(ctx.manifest_expects), note="the --manifest of the run"))
    return Manifest(seed, folder, folder / "input", folder / os.fsdecode(MANIFEST_NAME),
                    tuple(files), count)



# -- running a real ``sitrep ingest`` over a generated set and judging it ----------------------

REPO = Path(__file__).resolve().parents[1]
TOKEN = re.compile(r"fz\d{5}")
MARKER = re.compile(r"FZM\d+N\d{6}")
# "path: E001 ...", "path:3: E006 ...", "path record <id>: E005 ...", "path @byte 9: E005 ..."
CODE_AFTER_NAME = re.compile(r"(?::(\d+))?(?: record \S+| @byte \d+)?: (E0\d\d)\b")
# control characters other than tab and newline: a raw one on stderr came from a file name
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class RunResult:
    """What one ``sitrep ingest`` subprocess did."""

    returncode: int | None  # None: killed at the timeout
    stderr: str
    stdout: str
    seconds: float
    peak_rss_kib: int
    markers: frozenset[str]  # marker words found in stored articles


@dataclass(frozen=True, slots=True)
class RefusalLine:
    token: str | None
    line: int | None
    code: str | None
    text: str


def sitrep_env(raise_internal: bool = True) -> dict[str, str]:
    """The environment of the subprocess: this checkout's sources, internal errors raised."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "PYTHONIOENCODING": "utf-8"}
    env.pop("SITREP_DB", None)
    if raise_internal:
        env["SITREP_RAISE_INTERNAL"] = "1"
    return env


def run_ingest(m: Manifest, db: Path, *, extract: bool = False, timeout: float = 300,
               raise_internal: bool = True) -> RunResult:
    """Run ``python -m sitrep ingest INPUT --manifest M --db DB`` and read the store back."""
    cmd = [sys.executable, "-m", "sitrep", "ingest", str(m.input_dir), "--manifest",
           str(m.manifest_path), "--db", str(db), "--extract" if extract else "--no-extract"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=sitrep_env(raise_internal),
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
        code: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the session holds only this run's processes
        out, err = proc.communicate()
        code = None
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return RunResult(code, err.decode("utf-8", "backslashreplace"),
                     out.decode("utf-8", "backslashreplace"), seconds, peak, stored_markers(db))


def stored_markers(db: Path) -> frozenset[str]:
    """Marker words in the stored articles, read straight from the SQLite store."""
    if not db.exists():
        return frozenset()
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        found: set[str] = set()
        for (text,) in con.execute("SELECT text FROM articles"):
            found.update(MARKER.findall(text))
        return frozenset(found)
    except sqlite3.Error:
        return frozenset()
    finally:
        con.close()


def parse_refusals(stderr: str) -> list[RefusalLine]:
    """Every ``refused:`` line; the file is the first token, the code the last one after it
    (a forged name may hold a code of its own before the real one)."""
    lines = []
    for text in stderr.splitlines():
        if not text.startswith("refused:"):
            continue
        tok = TOKEN.search(text)
        rest = text[tok.end():] if tok else text
        found = list(CODE_AFTER_NAME.finditer(rest))
        if not found and not tok:
            bare = re.search(r"\b(E0\d\d)\b", text)
            lines.append(RefusalLine(None, None, bare.group(1) if bare else None, text))
            continue
        last = found[-1] if found else None
        lines.append(RefusalLine(tok.group(0) if tok else None,
                                 int(last.group(1)) if last and last.group(1) else None,
                                 last.group(2) if last else None, text))
    return lines



@dataclass
class Verdict:
    """The judgement of one run: problems in words, and counts for the benchmark."""

    problems: list[str] = field(default_factory=list)
    failed_classes: dict[str, list[str]] = field(default_factory=dict)
    good: int = 0
    good_stored: int = 0
    bad_refusals: int = 0
    bad_refusals_seen: int = 0
    refused_by_code: dict[str, int] = field(default_factory=dict)

    def fail(self, spec: FileSpec | None, message: str) -> None:
        if spec is None:
            self.problems.append(message)
            return
        text = f"{spec.token} [{spec.cls}] {spec.display}: {message}"
        if spec.note:
            text += f" (input: {spec.note})"
        self.problems.append(text)
        self.failed_classes.setdefault(spec.cls, []).append(message)


def _matches(e: Expect, refusals: list[RefusalLine]) -> bool:
    return any((e.line is None or r.line == e.line) and (not e.codes or r.code in e.codes)
               for r in refusals)


def _check_expect(v: Verdict, spec: FileSpec, e: Expect, mine: list[RefusalLine],
                  markers: frozenset[str]) -> None:
    wanted = f"{'|'.join(sorted(e.codes)) or 'any code'}" + (f" on line {e.line}" if e.line
                                                             else "")
    seen = "; ".join(f"{r.code} (line {r.line})" if r.line else str(r.code)
                     for r in mine) or "no refusal naming it"
    why = f" [{e.why}]" if e.why else ""
    if e.kind == "stored":
        v.good += 1
        if e.marker in markers:
            v.good_stored += 1
        else:
            v.fail(spec, f"good document {e.marker} not stored{why}; refusals: {seen}")
    elif e.kind == "absent" and e.marker in markers:
        v.fail(spec, f"document {e.marker} was stored but must not be{why}")
    elif e.kind == "refused":
        v.bad_refusals += 1
        if _matches(e, mine):
            v.bad_refusals_seen += 1
        else:
            v.fail(spec, f"expected a refusal with {wanted}{why}; saw: {seen}")
    elif e.kind == "stored_or_refused" and e.marker not in markers and not _matches(e, mine):
        v.fail(spec, f"document {e.marker} neither stored nor refused with {wanted}{why}; "
                     f"saw: {seen}")
    elif e.kind == "not_refused" and mine:
        v.fail(spec, f"a good file was refused: {seen} (a forged refusal line?)")


def _check_stderr(v: Verdict, m: Manifest, r: RunResult, refusals: list[RefusalLine]) -> None:
    if r.returncode is None:
        v.fail(None, f"ingest did not finish within {r.seconds:.0f} s (a FIFO or a link loop "
                     f"that blocks?); last stderr lines: {r.stderr.splitlines()[-5:]}")
    elif r.returncode not in (0, 1):
        v.fail(None, f"ingest exited with {r.returncode} (0 or 1 expected)")
    if "Traceback" in r.stderr:
        tail = r.stderr[r.stderr.rindex("Traceback"):].splitlines()
        v.fail(None, f"a traceback on stderr: {' | '.join(tail[-6:])}")
    for text in r.stderr.split("\n"):
        if RAW_CONTROL.search(text):
            v.fail(None, f"a raw control character on stderr (a name or a message printed "
                         f"unescaped): {text[:160]!r}")
            break
    # after a traceback its own lines name files; the traceback is reported above
    before = r.stderr.split("Traceback", 1)[0]
    for text in before.splitlines():
        if not text.startswith("refused:") and TOKEN.search(text):
            v.fail(None, f"a file name ran onto a line of its own on stderr: {text[:160]!r}")
    for ref in refusals:
        if ref.code is None:
            v.fail(None, f"a refusal line without a reason code: {ref.text[:160]!r}")
        elif ref.token is None and ref.code not in ("E012", "E016"):
            v.fail(None, f"a refusal line naming no generated file: {ref.text[:160]!r}")


def judge(m: Manifest, r: RunResult) -> Verdict:
    """Check a run against the manifest of what was generated."""
    v = Verdict()
    refusals = parse_refusals(r.stderr)
    for ref in refusals:
        if ref.code:
            v.refused_by_code[ref.code] = v.refused_by_code.get(ref.code, 0) + 1
    by_token: dict[str | None, list[RefusalLine]] = {}
    for ref in refusals:
        by_token.setdefault(ref.token, []).append(ref)
    _check_stderr(v, m, r, refusals)
    for spec in m.files:
        for e in spec.expects:
            _check_expect(v, spec, e, by_token.get(spec.token, []), r.markers)
    return v


def class_table(m: Manifest, v: Verdict) -> str:
    """A Markdown table: each class, how many files, how many failed, the first failure."""
    counts: dict[str, int] = {}
    for spec in m.files:
        counts[spec.cls] = counts.get(spec.cls, 0) + 1
    rows = ["| class | files | failed | first failure |", "| --- | --- | --- | --- |"]
    for cls in sorted(counts):
        fails = v.failed_classes.get(cls, [])
        first = fails[0].replace("|", "/")[:150] if fails else ""
        rows.append(f"| {cls} | {counts[cls]} | {len(fails)} | {first} |")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Write a set by hand: ``python tests/fuzzgen.py --seed 3 --count 40 --out /tmp/fz``."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=len(CLASSES))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--classes", help="comma-separated class families; "
                        + ", ".join(c[0] for c in CLASSES))
    args = parser.parse_args(argv)
    chosen = args.classes.split(",") if args.classes else None
    manifest = generate(args.seed, args.count, args.out, chosen)
    json.dump(manifest.as_dict(), sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
