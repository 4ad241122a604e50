"""Build corpus/warc/crawl.warc.gz, a small fictional crawl for the sitrep sample corpus.

Run with the project's venv (needs warcio):

    .venv/bin/python corpus/warc/make_warc.py

The output is deterministic: every record gets a fixed WARC-Record-ID and WARC-Date,
and warcio's gzip members carry no timestamp, so re-running the script reproduces the
same bytes.

Contents:
  - one warcinfo record;
  - three articles, each as a request record and an HTTP/1.1 200 text/html response;
  - one HTTP 404 response (HTML error page) and one image/png response, both of which
    a reader of articles should skip.

All outlets, people and statements are fictional (see corpus/README.md).
"""
import html
import os
import struct
import zlib
from datetime import datetime, timezone
from email.utils import format_datetime
from io import BytesIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "crawl.warc.gz")


def rid(n):
    """A fixed, valid urn:uuid record id."""
    return "<urn:uuid:5e1f0c2a-7b3d-4c8e-9a61-%012d>" % n


def page(outlet, title, published_iso, published_human, byline, paragraphs, nav, related, footer):
    body = "\n".join("      <p>%s</p>" % html.escape(p, quote=False) for p in paragraphs)
    nav_html = " ".join('<a href="/%s/">%s</a>' % (n.lower(), html.escape(n)) for n in nav)
    rel_html = "\n".join('        <li><a href="%s">%s</a></li>' % (html.escape(u), html.escape(t)) for t, u in related)
    return """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} | {outlet}</title>
  <meta property="og:site_name" content="{outlet}">
  <meta property="og:title" content="{title}">
  <meta property="article:published_time" content="{published_iso}">
  <style>nav a {{ margin-right: 1em; }} .cookie {{ position: fixed; bottom: 0; }}</style>
  <script>window.__consent = null;</script>
</head>
<body>
  <header>
    <a href="/" class="logo">{outlet}</a>
    <nav>{nav_html}</nav>
  </header>
  <main>
    <article>
      <h1>{title}</h1>
      <p class="byline">{byline} &middot; <time datetime="{published_iso}">{published_human}</time></p>
      <div class="share"><a href="#">Share</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
{body}
    </article>
    <aside>
      <h2>Related Articles</h2>
      <ul>
{rel_html}
      </ul>
    </aside>
  </main>
  <footer><p>{footer}</p></footer>
  <div class="cookie">This site uses cookies. <button>Accept</button></div>
</body>
</html>
""".format(title=html.escape(title), outlet=html.escape(outlet), published_iso=published_iso,
           published_human=html.escape(published_human), byline=html.escape(byline), nav_html=nav_html,
           body=body, rel_html=rel_html, footer=html.escape(footer))


ARTICLES = [
    dict(
        url="https://northlinewire.example/world/europe/2026/09/14/union-bastion-2026-ends",
        date="2026-09-14T16:05:11Z",
        html=page(
            "Northline Wire",
            "Belarus, Russia wrap up Union Bastion drills; Minsk says Russian units to leave within 10 days",
            "2026-09-14T18:40:00+03:00", "September 14, 2026 6:40 PM GMT+3", "By Dzmitry Harbuz",
            [
                "MINSK, Sept 14 (Northline Wire) - Belarus and Russia ended their Union Bastion-2026 exercise on Monday with a final live-fire episode at the Borisov training ground, the Belarusian defence ministry said.",
                "Major General Sergei Lazovsky, chief of the general staff, said Russian units that took part would return to their bases within 10 days. \"Not a single Russian soldier will stay longer than the plan foresees,\" he said.",
                "Lithuania's defence ministry said it would judge that promise by what it could observe on the railways. Minister Aiste Vaitkeviciene said Lithuanian border patrols would stay reinforced until the end of the month.",
                "NATO said it had seen no threatening activity during the week-long drills.",
                "(Reporting by Dzmitry Harbuz; Editing by Paul Hendry)",
            ],
            ["World", "Business", "Markets", "Europe"],
            [("Polish farmers lift blockade at eastern border crossing", "https://northlinewire.example/world/europe/polish-farmers-blockade"),
             ("Lithuanian grain exports through Klaipeda hit a seasonal high", "https://northlinewire.example/business/klaipeda-grain")],
            "\u00a9 2026 Northline Wire. All rights reserved.",
        ),
    ),
    dict(
        url="https://balticmorningpost.example/lithuania/2026/09/01/airspace-restrictions-bastion",
        date="2026-09-01T13:22:40Z",
        html=page(
            "Baltic Morning Post",
            "Lithuania restricts small aircraft and drone flights along Belarus border during drills",
            "2026-09-01T12:10:00+03:00", "1 September 2026, 12:10", "Baltic Morning Post staff",
            [
                "Lithuania will restrict flights by small private aircraft and drones in a 15-kilometre strip along the Belarusian border from September 7 to September 15, the Transport Ministry said on Tuesday.",
                "The measure, requested by the armed forces, is meant to keep the airspace clear for military surveillance flights during the Union Bastion-2026 exercise in Belarus. Commercial flights to and from Vilnius airport are not affected.",
                "Defence Minister Aist\u0117 Vaitkevi\u010dien\u0117 said the restriction was \"a matter of traffic management, not alarm\".",
                "Pilots who need to fly in the area for medical or rescue missions can apply for a permit from the national air navigation service.",
            ],
            ["Home", "Lithuania", "Latvia", "Estonia", "World"],
            [("Rail Baltica: contractor named for Kaunas-Vilnius section", "https://balticmorningpost.example/business/rail-baltica-kaunas-vilnius")],
            "Baltic Morning Post \u00b7 Vilnius \u00b7 Contact \u00b7 Privacy \u00b7 Cookies",
        ),
    ),
    dict(
        url="https://niemen-herald.example/en/news/2026/09/11/osipovichi-live-fire",
        date="2026-09-11T09:48:03Z",
        html=page(
            "The Niemen Herald",
            "Live fire at Osipovichi as Karpenka watches Bastion's main phase",
            "2026-09-11T08:30:00+03:00", "11 September 2026, 08:30", "By Hanna Sakalova",
            [
                "Belarusian and Russian units carried out the largest live-fire episode of Union Bastion-2026 at the Osipovichi training ground on Thursday, with Defence Minister Uladzimir Karpenka watching from an observation post, according to footage released by the ministry.",
                "The footage showed dozens of helicopters and several batteries of multiple rocket launchers. The ministry said the episode involved \"more than two thousand\" servicemen, its first figure for any single phase of the drills.",
                "Karpenka told state television that the exercise had \"fully achieved its aims\" even before its final phase.",
                "Foreign attach\u00e9s invited by Minsk were present, the ministry said. Lithuania and Poland did not send representatives.",
            ],
            ["News", "Belarus", "Opinion", "Podcasts"],
            [("Russian fighter jets land at Baranavichy ahead of Bastion drills", "https://niemen-herald.example/en/news/2026/09/03/russian-jets-baranavichy")],
            "\u00a9 2026 The Niemen Herald. Reproduction only with a hyperlink.",
        ),
    ),
]

NOT_FOUND_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Page not found | Baltic Morning Post</title></head>
<body><h1>Page not found</h1><p>The page you are looking for has been moved or deleted.</p>
<p><a href="/">Back to the front page</a></p></body></html>
"""

def tiny_png():
    """A valid 1x1 transparent PNG, built deterministically."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    idat = zlib.compress(b"\x00\x00\x00\x00\x00", 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def http_date(warc_date):
    dt = datetime.strptime(warc_date, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)


def request_record(writer, url, date, n, concurrent_to):
    host = url.split("/")[2]
    path = "/" + url.split("/", 3)[3]
    headers = StatusAndHeaders("GET %s HTTP/1.1" % path, [
        ("Host", host),
        ("User-Agent", "sitrep-sample-crawler/0.1 (+fictional)"),
        ("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"),
        ("Accept-Language", "en"),
    ], is_http_request=True)
    return writer.create_warc_record(url, "request", http_headers=headers, warc_headers_dict={
        "WARC-Record-ID": rid(n), "WARC-Date": date, "WARC-Concurrent-To": concurrent_to,
    })


def response_record(writer, url, date, n, status, content_type, body):
    headers = StatusAndHeaders(status, [
        ("Content-Type", content_type),
        ("Content-Length", str(len(body))),
        ("Date", http_date(date)),
        ("Server", "nginx"),
    ], protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=BytesIO(body), length=len(body), http_headers=headers,
                                     warc_headers_dict={"WARC-Record-ID": rid(n), "WARC-Date": date})


def main():
    with open(OUT, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)

        info = ("software: sitrep corpus/warc/make_warc.py (warcio)\r\n"
                "format: WARC File Format 1.0\r\n"
                "description: Fictional sample crawl for the sitrep project. All outlets, people and statements are invented.\r\n"
                "isPartOf: sitrep-sample-corpus\r\n").encode("utf-8")
        writer.write_record(writer.create_warc_record("", "warcinfo", payload=BytesIO(info), length=len(info),
                                                      warc_headers_dict={"WARC-Record-ID": rid(1),
                                                                         "WARC-Date": "2026-09-18T00:00:00Z",
                                                                         "WARC-Filename": "crawl.warc.gz"}))
        n = 10
        for art in ARTICLES:
            body = art["html"].encode("utf-8")
            resp = response_record(writer, art["url"], art["date"], n + 1, "200 OK", "text/html; charset=utf-8", body)
            req = request_record(writer, art["url"], art["date"], n, rid(n + 1))
            writer.write_record(req)
            writer.write_record(resp)
            n += 10

        # Records a reader of articles should skip.
        url404 = "https://balticmorningpost.example/lithuania/2026/09/02/removed-story"
        writer.write_record(request_record(writer, url404, "2026-09-02T07:00:00Z", 90, rid(91)))
        writer.write_record(response_record(writer, url404, "2026-09-02T07:00:00Z", 91, "404 Not Found",
                                            "text/html; charset=utf-8", NOT_FOUND_HTML.encode("utf-8")))
        writer.write_record(response_record(writer, "https://niemen-herald.example/static/img/logo.png",
                                            "2026-09-11T09:48:05Z", 95, "200 OK", "image/png", tiny_png()))


if __name__ == "__main__":
    main()
