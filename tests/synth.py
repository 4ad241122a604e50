"""Small deterministic captures for tests: varied sentences, some near copies."""

from __future__ import annotations

import random
from pathlib import Path

PLACES = ["Grodno", "Brest", "Lida", "Baranovichi", "Osipovichi", "Borisov", "Pinsk", "Mozyr",
          "Vitebsk", "Polotsk", "Slonim", "Kobrin"]
UNITS = ["an engineer battalion", "two artillery batteries", "a signals company",
         "a logistics column", "an air defence unit", "a reconnaissance platoon",
         "a motor rifle brigade", "a field hospital"]
VERBS = ["moved to", "arrived near", "set up camp outside", "left", "trained near",
         "was inspected in", "unloaded equipment at", "rehearsed a river crossing near"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SOURCES = ["the defence ministry said", "a regional official said", "local residents reported",
           "the press service announced", "an observer mission noted"]
OUTLETS = ["Eastern Flank Review", "Baltic Morning Post", "The Vilnius Ledger",
           "Northline Wire", "Polesie Courier", "Narew Daily"]


def sentence(rng: random.Random) -> str:
    return (f"On {rng.choice(DAYS)}, {rng.choice(UNITS)} {rng.choice(VERBS)} "
            f"{rng.choice(PLACES)}, {rng.choice(SOURCES)}, adding that {rng.randint(2, 950)} "
            f"vehicles and {rng.randint(10, 9000):,} personnel took part.")


def capture_text(rng: random.Random, outlet: str, paragraphs: list[str]) -> str:
    title = f"{rng.choice(UNITS).capitalize()} Seen Near {rng.choice(PLACES)} Ahead Of Drills"
    return "\n".join([title, title, "", f"{outlet}{rng.randint(1, 9)} days ago", *paragraphs,
                      "Comments", "No comments yet...", ""])


def write_captures(folder: Path, count: int, seed: int = 7, copy_every: int = 5) -> list[Path]:
    """``count`` captures; every ``copy_every``-th is a near copy of the one before."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    previous: list[str] = []
    for i in range(count):
        if previous and i % copy_every == 0:
            paragraphs = [*previous[:-1], " ".join(sentence(rng) for _ in range(2))]
        else:
            paragraphs = [" ".join(sentence(rng) for _ in range(3)) for _ in range(6)]
        previous = paragraphs
        path = folder / f"capture-{i:05d}.txt"
        path.write_text(capture_text(rng, OUTLETS[i % len(OUTLETS)], paragraphs))
        paths.append(path)
    return paths
