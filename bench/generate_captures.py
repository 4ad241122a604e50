"""Generate synthetic plain-text news captures, deterministically from a seed.

Why: the ingest benchmarks need many captures that look like a news page copied out of a
browser (headline, an outlet glued to a relative time, body paragraphs, then page furniture),
more of them than any real sample we may ship, and reproducible. About 10% are near-copies of
an earlier capture (the same paragraphs, one dropped, under another outlet line) so that
duplicate detection has work to do.

What: each capture is a title (sometimes printed twice), a line such as ``Harbour Ledger5 days
ago``, 6-15 paragraphs of generated English prose (names, places, figures and dates vary),
then one to three furniture blocks: comments, a related story, an app promotion, a donation
appeal. Captures are written one per ``.txt`` file, or as JSON Lines (``{"text": ...}``) with
``--jsonl``. Generation streams: only a bounded pool of recent originals is kept in memory (the
source of near-copies), so any count can be produced. All text is composed here from word
lists; none of it comes from real pages.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

NEAR_COPY_SHARE = 0.10
#: How many recent originals may be copied; bounds memory whatever the count.
POOL_SIZE = 512

# -- word lists -------------------------------------------------------------------------------

FIRST = ("Anna", "Marek", "Laila", "Tomas", "Ines", "Kofi", "Priya", "Jonas", "Elena", "Rafael",
         "Mei", "Oskar", "Fatima", "Daniel", "Sofia", "Viktor", "Amara", "Lukas", "Hana", "Pavel",
         "Nadia", "Samuel", "Irina", "Mateo", "Greta", "Yusuf", "Clara", "Andrei", "Leila",
         "Henrik", "Rosa", "Dmitri", "Zainab", "Felix", "Olga", "Kenji", "Marta", "Emre",
         "Beatriz", "Stefan")
LAST = ("Kowalski", "Haddad", "Novak", "Okafor", "Lindqvist", "Moreau", "Petrenko", "Silva",
        "Tanaka", "Brennan", "Vasquez", "Adeyemi", "Horvath", "Jansen", "Rahman", "Costa",
        "Fischer", "Ivanova", "Mendes", "Kaur", "Dubois", "Sato", "Nowak", "Eriksen", "Baptiste",
        "Kozlov", "Ortega", "Mensah", "Keller", "Aziz", "Romano", "Larsen", "Popescu", "Weber",
        "Castillo", "Demir", "Byrne", "Walsh", "Abbas", "Hoffmann")
ROLES = ("minister of finance", "defence minister", "mayor", "regional governor",
         "chief economist", "spokesperson", "opposition leader", "union representative",
         "police commissioner", "health director", "central bank governor", "party chair",
         "foreign minister", "port authority head", "energy regulator", "senior analyst",
         "school board chair", "transport secretary", "chief executive", "army chief of staff")
PLACES = ("Vilnius", "Porto", "Gdansk", "Tampere", "Varna", "Ljubljana", "Bergen", "Kaunas",
          "Tartu", "Brno", "Cluj", "Split", "Aarhus", "Graz", "Malmo", "Lodz", "Ostrava", "Riga",
          "Plovdiv", "Debrecen", "Kosice", "Turku", "Lyon", "Bilbao", "Genoa", "Leipzig",
          "Utrecht", "Ghent", "Salzburg", "Trieste", "Iasi", "Odense", "Szeged", "Bratislava",
          "Klaipeda", "Narva", "Daugavpils", "Lublin", "Rzeszow", "Zadar")
REGIONS = ("the northern province", "the coastal region", "the capital district",
           "the eastern border area", "the river valley", "the industrial south",
           "the island municipalities", "the mountain districts", "the western counties",
           "the lake region")
ORGS = ("the Ministry of Transport", "the national statistics office", "the city council",
        "the Harbour Workers Union", "the regional parliament", "the central bank",
        "the Ministry of Health", "the electoral commission", "the chamber of commerce",
        "the state railway company", "the environmental agency", "the border guard service",
        "the teachers' association", "the grid operator", "the supreme court",
        "the farmers' federation", "the defence ministry", "the housing authority",
        "the audit office", "the public broadcaster")
TOPICS = ("the harbour expansion", "the new rail link", "the water tariff", "the pension reform",
          "the wind farm tender", "the school closures", "the hospital budget",
          "the border checkpoint", "the fuel subsidy", "the housing programme",
          "the bridge repairs", "the airport runway", "the fishing quotas", "the data centre",
          "the tram contract", "the flood barrier", "the grain exports", "the minimum wage",
          "the army exercise", "the tax amnesty")
SAY = ("said", "told reporters", "wrote in a statement", "said in an interview",
       "told a press conference", "argued", "warned", "insisted", "confirmed", "added")
DAYS = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
        "on Sunday", "late on Tuesday", "early on Friday", "last week", "this morning",
        "earlier this month", "on Wednesday evening")
UNITS = ("tonnes", "passengers", "households", "jobs", "beds", "kilometres of track",
         "megawatts", "applications", "vehicles", "students", "containers", "flights")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
ADJ = ("unexpected", "sharp", "modest", "long-awaited", "controversial", "temporary",
       "significant", "gradual", "costly", "rare", "cautious", "record")
CHANGE = ("increase", "drop", "delay", "shortfall", "rise", "cut", "surplus", "slowdown",
          "rebound", "backlog")
CLAIMS = ("the plan would not be changed", "the figures were provisional",
          "talks would resume next month", "no decision had been taken",
          "the contract had been signed in good faith", "the costs had been underestimated",
          "the schedule could still slip", "the inspection found no faults",
          "residents had been consulted", "the money would arrive before winter",
          "the vote was legally binding", "the report had been leaked",
          "more staff would be hired", "the deadline was unrealistic",
          "the agreement protected local jobs", "the border would stay open")
CONNECT = ("However,", "Meanwhile,", "In addition,", "Still,", "At the same time,",
           "By contrast,", "Earlier,", "According to local media,", "Separately,",
           "For now,", "Critics noted that", "Supporters say that")
OUTLET_A = ("Harbour", "Northern", "Baltic", "Valley", "Capital", "Coastal", "Evening",
            "Morning", "Daily", "Weekly", "Metro", "Border", "Riverside", "Lakeside", "Central")
OUTLET_B = ("Ledger", "Courier", "Post", "Herald", "Chronicle", "Observer", "Gazette",
            "Tribune", "Dispatch", "Times", "Monitor", "Review", "Record", "Express", "Journal")
TIME_UNITS = (("minutes", 5, 59), ("hours", 1, 23), ("days", 1, 13), ("weeks", 1, 5))
COMMENTERS = ("Reader_", "anon", "citizen", "user", "commenter", "guest")
COMMENT_LINES = ("Totally agree with this.", "Who is paying for all of this?",
                 "Same story every year", "Great reporting, thanks", "Not surprised at all",
                 "This will never happen", "Source?", "Finally some good news")
APP_NAMES = ("Newsline", "Dailyfeed", "Pressly", "Headlinr", "Briefly")

HEADLINE_VERBS = ("Approves", "Rejects", "Delays", "Announces", "Questions", "Defends",
                  "Expands", "Suspends", "Reviews", "Backs")


def _title_case(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split())


# -- composition ------------------------------------------------------------------------------


class Writer:
    """Composes names, sentences and paragraphs from one ``random.Random``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def person(self) -> str:
        c = self.rng.choice
        return f"{c(FIRST)} {c(LAST)}"

    def outlet(self) -> str:
        c = self.rng.choice
        name = f"{c(OUTLET_A)} {c(OUTLET_B)}"
        return f"The {name}" if self.rng.random() < 0.3 else name

    def relative_time(self) -> str:
        unit, low, high = self.rng.choice(TIME_UNITS)
        n = self.rng.randint(low, high)
        if n == 1:
            unit = unit[:-1]
        return f"{n} {unit} ago"

    def number(self) -> str:
        r = self.rng.random()
        if r < 0.4:
            return f"{self.rng.randint(2, 99)}"
        if r < 0.8:
            return f"{self.rng.randint(100, 99_999):,}"
        return f"{self.rng.randint(1, 9)}.{self.rng.randint(1, 9)} million"

    def date(self) -> str:
        return f"{self.rng.choice(MONTHS)} {self.rng.randint(1, 28)}"

    def subject(self) -> str:
        r = self.rng.random()
        c = self.rng.choice
        if r < 0.35:
            return f"{self.person()}, the {c(ROLES)} of {c(PLACES)},"
        if r < 0.55:
            return f"A spokesperson for {c(ORGS)}"
        if r < 0.75:
            return f"Officials in {c(PLACES)}"
        return f"{self.person()}"

    def sentence(self) -> str:
        c = self.rng.choice
        kind = self.rng.randrange(9)
        if kind == 0:
            s = f"{self.subject()} {c(SAY)} {c(DAYS)} that {c(CLAIMS)}."
        elif kind == 1:
            s = (f"The {c(ADJ)} {c(CHANGE)} in {c(TOPICS)} affects about {self.number()} "
                 f"{c(UNITS)} in {c(REGIONS)}.")
        elif kind == 2:
            s = (f"{c(ORGS)} expects {self.number()} {c(UNITS)} by {self.date()}, up from "
                 f"{self.number()} a year earlier.")
        elif kind == 3:
            claim = c(CLAIMS)
            s = (f"\u201c{claim[0].upper()}{claim[1:]},\u201d {self.person()} {c(SAY)}, "
                 f"adding that {c(TOPICS)} {c(('stayed on', 'dropped off', 'returned to'))} "
                 f"the agenda in {c(PLACES)}.")
        elif kind == 4:
            s = (f"{c(CONNECT)} {c(ORGS)} put the cost of {c(TOPICS)} at {self.number()} euros, "
                 f"about {self.rng.randint(2, 60)} percent more than planned in "
                 f"{self.rng.randint(2015, 2024)}.")
        elif kind == 5:
            s = (f"Protesters gathered outside the offices of {c(ORGS)} in {c(PLACES)} "
                 f"{c(DAYS)}, and police estimated the crowd at {self.number()}.")
        elif kind == 6:
            s = (f"The vote on {c(TOPICS)} is due on {self.date()}, and {self.person()} "
                 f"has asked {c(ORGS)} to publish the {c(('full', 'draft', 'final'))} report "
                 f"before then.")
        elif kind == 7:
            s = (f"{c(CONNECT)} {self.rng.randint(3, 40)} of the {self.rng.randint(41, 120)} "
                 f"members backed the proposal, while {self.person()} abstained.")
        else:
            s = (f"Figures from {c(ORGS)} show {self.number()} {c(UNITS)} were recorded in "
                 f"{c(PLACES)} between {self.date()} and {self.date()}.")
        return s[0].upper() + s[1:]

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 5)))

    def title(self) -> str:
        c = self.rng.choice
        return _title_case(f"{c(PLACES)} {c(('council', 'court', 'parliament', 'regulator'))} "
                           f"{c(HEADLINE_VERBS)} {c(TOPICS)[4:]} after {c(ADJ)} {c(CHANGE)}")


@dataclass(frozen=True, slots=True)
class Story:
    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GeneratedCapture:
    """One capture's text, and whether (and of which capture) it is a near-copy."""

    index: int
    text: str
    near_copy_of: int | None


def _furniture(w: Writer) -> list[str]:
    rng = w.rng
    blocks: list[list[str]] = []
    if rng.random() < 0.6:
        n = rng.randint(0, 40)
        lines = [f"{n} Comments" if n else "Comments"]
        for _ in range(rng.randint(0, 3)):
            lines += [f"{rng.choice(COMMENTERS)}{rng.randint(1, 999)}", w.relative_time(),
                      rng.choice(COMMENT_LINES)]
        blocks.append(lines)
    if rng.random() < 0.5:
        lines = [rng.choice(("Related Articles", "Related", "More Stories", "Read Next"))]
        for _ in range(rng.randint(1, 2)):
            lines += [w.title(), f"{w.outlet()}{w.relative_time()}"]
            lines += [w.paragraph() for _ in range(rng.randint(1, 2))]
        blocks.append(lines)
    if rng.random() < 0.35:
        app = rng.choice(APP_NAMES)
        blocks.append(["DOWNLOAD THE APP", "Get Started Now: Download the App",
                       f"Stay on top of the news from {rng.choice(PLACES)}. Download the {app} "
                       "app today from your preferred app store and start exploring.",
                       "app-storeplay-store"])
    if rng.random() < 0.3 or not blocks:
        outlet = w.outlet()
        blocks.append([f"A message from {outlet}:",
                       "Our reporters cover the stories others skip, and our journalism stays "
                       "free to read for everyone.",
                       f"Please support independent journalism with a donation of just "
                       f"${rng.randint(2, 15)} a month.", "Donate now"])
    rng.shuffle(blocks)
    return [line for block in blocks for line in block]


def _render(w: Writer, story: Story, outlet_line: str) -> str:
    rng = w.rng
    head: list[str] = []
    if rng.random() < 0.25:
        head += rng.sample(("logo", "Menu", "Search", "Sign in", "Subscribe"), 2)
    head.append(story.title)
    if rng.random() < 0.4:
        head += ["", story.title]
    head += ["", outlet_line]
    sep = "\n\n" if rng.random() < 0.5 else "\n"
    return ("\n".join(head) + "\n" + sep.join(story.paragraphs) + "\n\n"
            + "\n".join(_furniture(w)) + "\n")


def generate(count: int, seed: int = 0) -> Iterator[GeneratedCapture]:
    """Yield ``count`` captures; the same ``seed`` always gives the same captures."""
    rng = random.Random(seed)
    w = Writer(rng)
    pool: deque[tuple[int, Story]] = deque(maxlen=POOL_SIZE)
    for index in range(count):
        if pool and rng.random() < NEAR_COPY_SHARE:
            source, original = rng.choice(pool)
            paragraphs = list(original.paragraphs)
            del paragraphs[rng.randrange(len(paragraphs))]
            story = Story(original.title, tuple(paragraphs))
            yield GeneratedCapture(index, _render(w, story, f"{w.outlet()}{w.relative_time()}"),
                                   source)
            continue
        story = Story(w.title(), tuple(w.paragraph() for _ in range(rng.randint(6, 15))))
        pool.append((index, story))
        yield GeneratedCapture(index, _render(w, story, f"{w.outlet()}{w.relative_time()}"),
                               None)


def write_folder(folder: Path, count: int, seed: int = 0) -> int:
    """Write ``count`` captures as ``capture-NNNNNN.txt`` files; returns the near-copy count."""
    folder.mkdir(parents=True, exist_ok=True)
    copies = 0
    for cap in generate(count, seed):
        (folder / f"capture-{cap.index:06d}.txt").write_text(cap.text, encoding="utf-8")
        copies += cap.near_copy_of is not None
    return copies


def write_jsonl(out: IO[str], count: int, seed: int = 0) -> int:
    """Write ``count`` captures as JSON Lines with a ``text`` field; returns the near-copies."""
    copies = 0
    for cap in generate(count, seed):
        out.write(json.dumps({"text": cap.text}, ensure_ascii=False) + "\n")
        copies += cap.near_copy_of is not None
    return copies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", help="folder for the .txt files, or (with --jsonl) a .jsonl "
                                    "file; '-' writes JSON Lines to stdout")
    parser.add_argument("-n", "--count", type=int, default=1000,
                        help="how many captures (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default: %(default)s)")
    parser.add_argument("--jsonl", action="store_true",
                        help="write JSON Lines ({\"text\": ...} per line) instead of files")
    parser.add_argument("--json", type=Path, metavar="PATH",
                        help="write a JSON summary (count, near-copies, seconds)")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    if args.jsonl or args.out == "-":
        if args.out == "-":
            copies = write_jsonl(sys.stdout, args.count, args.seed)
        else:
            with open(args.out, "w", encoding="utf-8") as fh:
                copies = write_jsonl(fh, args.count, args.seed)
    else:
        copies = write_folder(Path(args.out), args.count, args.seed)
    elapsed = time.perf_counter() - start
    report = sys.stderr if args.out == "-" else sys.stdout
    print(f"{args.count:,} captures ({copies:,} near-copies) written to {args.out} in "
          f"{elapsed:.2f} s ({args.count / elapsed:,.0f}/s)", file=report)
    if args.json:
        from benchlib import write_json

        write_json(args.json, {"benchmark": "generate_captures", "count": args.count,
                               "seed": args.seed, "near_copies": copies,
                               "seconds": round(elapsed, 3)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
