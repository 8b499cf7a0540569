#!/usr/bin/env python3
"""Benchmark the article extractor.

Usage: python bench/extract_bench.py ARTICLE.txt [ARTICLE.txt ...] [--repeat N]

Prints, for the articles given on the command line, the median in-process extraction
time per 1,000 words (each article timed ``--repeat`` times after one warm-up run,
best of the repeats per article with memo caches cleared, then the median over articles) and the median
import time of ``studyapp.extract`` in fresh interpreters. Bars: ≤ 20 ms per 1,000
words, import ≤ 150 ms.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path


def import_time(runs: int = 7) -> float:
    """Median wall time (ms) of ``import studyapp.extract`` in a fresh interpreter."""
    code = "import time; t = time.perf_counter(); import studyapp.extract; print(time.perf_counter() - t)"
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip()) * 1000)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="+", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    imp = import_time()
    from studyapp.extract import extract_facts, load_article_text
    from studyapp.extract.names import clear_caches

    per_kw = []
    for path in args.articles:
        text = load_article_text(str(path))
        words = max(1, len(text.split()))
        extract_facts(text)  # warm-up
        best = min(_timed(extract_facts, text, clear_caches) for _ in range(args.repeat))
        ms = best * 1000
        per_kw.append(ms / words * 1000)
        print(f"{path.name[:60]:60s} {words:6d} words {ms:7.1f} ms  {ms / words * 1000:6.1f} ms/1k words")
    med = statistics.median(per_kw)
    print(f"median extraction time per 1,000 words: {med:.1f} ms (bar 20 ms) {'OK' if med <= 20 else 'OVER'}")
    print(f"import studyapp.extract (fresh process, median of 7): {imp:.0f} ms (bar 150 ms) "
          f"{'OK' if imp <= 150 else 'OVER'}")
    return 0


def _timed(fn, arg, before) -> float:
    before()  # cold caches: every run pays for the whole article
    t = time.perf_counter()
    fn(arg)
    return time.perf_counter() - t


if __name__ == "__main__":
    raise SystemExit(main())
