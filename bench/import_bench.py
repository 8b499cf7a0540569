"""Import throughput: ``python bench/import_bench.py [ARTICLES] [--words 800]``.

Writes ARTICLES synthetic news articles of about 800 words (quotes, positions, dates), then
imports them all into one deck of a fresh collection through ``Collection.import_article``,
as ``studyapp import`` does. Prints the total and per-article median time, and the cards made.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from studyapp import Collection

FIRST = "Anna Boris Clara Diego Elena Farid Greta Hugo Irene Jonas Kaya Liam Mira Nils Olga Pavel Rosa Sami Tara Viktor".split()
LAST = "Lindqvist Moreau Okafor Petrov Quinn Rahman Sato Tanaka Umar Varga Weber Young Zeller Abbott Brennan Castillo".split()
TITLES = ("finance minister", "chief executive of Norvik Energy", "head of research at Baltic Capital",
          "spokeswoman for the city council", "coach of FC Aldmoor", "chair of the health committee")  # fmt: skip
MONTHS = "January February March April May June July August September October November December".split()
FILLER = ("The decision follows months of debate among officials and residents, who have argued over the cost, "
          "the timetable and the effect on nearby businesses. Analysts expect further changes before the end "
          "of the year, although much depends on the outcome of talks with regional partners. ")  # fmt: skip


def article(i: int, words: int, rng: random.Random) -> str:
    people = [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(TITLES)) for _ in range(4)]
    year = rng.randint(2015, 2024)
    lines = [f"Plan number {i} approved after long debate", "", f"Published {rng.randint(1, 28)} {rng.choice(MONTHS)} {year}", ""]
    for n, (name, title) in enumerate(people):
        surname = name.split()[1]
        lines += [
            f"{name}, the {title}, said the plan would create {rng.randint(50, 900)} jobs in the region.", "",
            f"\"We have waited a long time for this and the town deserves it,\" {name} said.", "",
            f"\"It is not perfect, but it is a start,\" Ms {surname} added." if n % 2 else
            f"\"The numbers simply do not add up yet,\" Mr {surname} told reporters.", "",
            f"In {rng.choice(MONTHS)} {year - rng.randint(1, 6)}, the council rejected an earlier version of the plan.", "",
        ]  # fmt: skip
    text = "\n".join(lines)
    while len(text.split()) < words:
        text += "\n\n" + FILLER
    return text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("articles", type=int, nargs="?", default=100)
    ap.add_argument("--words", type=int, default=800)
    a = ap.parse_args()
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        paths = []
        for i in range(a.articles):
            p = folder / f"article-{i:03d}.txt"
            p.write_text(article(i, a.words, rng))
            paths.append(p)
        words = statistics.mean(len(p.read_text().split()) for p in paths)
        times, cards = [], 0
        t0 = time.perf_counter()
        with Collection.open(folder / "c.sqlite3") as col:
            for p in paths:
                t = time.perf_counter()
                cards += col.import_article(p, deck="Bench").cards
                times.append(time.perf_counter() - t)
        total = time.perf_counter() - t0
    print(f"{a.articles} articles of {words:.0f} words: {total:.2f} s in all, median {statistics.median(times) * 1000:.0f} ms each, {cards} cards")


if __name__ == "__main__":
    main()
