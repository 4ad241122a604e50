"""Extraction speed on news in languages other than English: articles a second, in one
process, for ru, uk, pl, de and es (target: at least 50 at news length).

Why: the rule reader of :mod:`sitrep.extract.foreign` runs in the same worker as English
extraction; a slow reader would hold up ``sitrep extract`` on a mixed crawl. What: for
each language, ``--articles`` texts of about ``--chars`` characters (default 3,000, a news
article) are built from sentences written here (fictional officials, varied numbers, so
the lemma cache does not see one text again and again), extracted with
``extract_foreign`` after one warm-up that loads the dictionaries, ``--repeats`` times;
the median rate is reported against the target. Prints a JSON summary. Run from the
repository root with ``src`` on ``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

from benchlib import machine_info, write_json

TARGET_PER_SECOND = 50.0
SENTENCES = {
    "ru": ["Во вторник губернатор Иван Сомов заявил, что в Самаре погибли не менее {n} человек.",
           "По данным МЧС, около {n} тыс. жителей эвакуированы из Твери.",
           "«Мы направили {n} спасателей», — сказал министр Петр Волков.",
           "Число пострадавших выросло до {n} человек, сообщили в Минздраве."],
    "uk": ["У понеділок речник Олег Дорош повідомив, що у Львові загинули понад {n} осіб.",
           "За даними ДСНС, близько {n} тис. мешканців евакуювали з Одеси.",
           "«Ми бачили {n} військових», — сказав міністр Тарас Гнатюк."],
    "pl": ["We wtorek rzecznik Marek Zając powiedział, że w Poznaniu rannych zostało {n} osób.",
           "Według Ministerstwa Obrony do Lublina przybędzie od {n} do {m} tys. żołnierzy.",
           "Liczba ofiar wzrosła do {n}, poinformowała policja w Gdańsku."],
    "de": ["Am Dienstag sagte Ministerin Anna Kessler, in Bremen seien {n} Tote geborgen worden.",
           "Laut Behörden wurden rund {n}.500 Menschen in Dresden in Sicherheit gebracht.",
           "Die Zahl der Verletzten ist auf mindestens {n} gestiegen."],
    "es": ["El lunes el portavoz Luis Serrano dijo que en Sevilla murieron más de {n} personas.",
           "Según las autoridades, unas {n} mil familias fueron evacuadas en Granada."],
}


def _article(lang: str, chars: int, rng: random.Random) -> str:
    parts: list[str] = []
    while sum(map(len, parts)) < chars:
        n = rng.randint(2, 900)
        parts.append(rng.choice(SENTENCES[lang]).format(n=n, m=n + rng.randint(1, 50)))
    return " ".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--chars", type=int, default=3000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None, help="write the JSON summary here")
    args = parser.parse_args()
    from sitrep.extract.foreign import extract_foreign

    rng = random.Random(7)
    rates: dict[str, float] = {}
    for lang in SENTENCES:
        texts = [_article(lang, args.chars, rng) for _ in range(args.articles)]
        extract_foreign(texts[0], lang)  # warm-up: dictionaries and tables
        runs = []
        for _ in range(args.repeats):
            start = time.perf_counter()
            for text in texts:
                extract_foreign(text, lang)
            runs.append(len(texts) / (time.perf_counter() - start))
        rates[lang] = round(statistics.median(runs), 1)
    summary = {"articles_per_second": rates, "chars": args.chars,
               "target": TARGET_PER_SECOND,
               "ok": all(r >= TARGET_PER_SECOND for r in rates.values()),
               "machine": machine_info()}
    write_json(args.out, summary)
    print(json.dumps(summary, indent=2))
    return 0 if summary["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
