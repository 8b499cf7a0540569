"""Answer latency side by side with Anki: ``python bench/compare_anki.py N K --rounds R --anki-python PY``.

Runs ``answer_loop.py N K`` (this environment) and ``anki_answer_loop.py N K`` (under
``--anki-python``, a Python that has the ``anki`` package) one after the other, R times,
alternating which goes first, so that both see the same load on a shared machine. Prints
each round's medians, then the median of the per-round medians and their ratio.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_RESULT = re.compile(r"answer latency median ([\d.]+) ms p95 ([\d.]+) ms")


def _run(python: str, script: str, n: int, k: int) -> tuple[float, float]:
    out = subprocess.run([python, str(HERE / script), str(n), str(k)], capture_output=True, text=True, check=True).stdout
    match = _RESULT.search(out)
    if match is None:
        raise SystemExit(f"{script}: no result in its output:\n{out}")
    return float(match[1]), float(match[2])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("n", type=int)
    ap.add_argument("k", type=int)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--anki-python", default="/tmp/ankivenv/bin/python")
    a = ap.parse_args()
    runners = {"studyapp": (sys.executable, "answer_loop.py"), "anki": (a.anki_python, "anki_answer_loop.py")}
    medians: dict[str, list[float]] = {name: [] for name in runners}
    p95s: dict[str, list[float]] = {name: [] for name in runners}
    for r in range(a.rounds):
        order = list(runners) if r % 2 == 0 else list(reversed(runners))
        for name in order:
            median, p95 = _run(*runners[name], a.n, a.k)
            medians[name].append(median)
            p95s[name].append(p95)
        print(f"round {r + 1}: " + "  ".join(f"{n} {medians[n][-1]:.3f} ms (p95 {p95s[n][-1]:.3f})" for n in runners), flush=True)
    ours, anki = (statistics.median(medians[n]) for n in runners)
    print(f"N={a.n} K={a.k} rounds={a.rounds}: median of medians studyapp {ours:.3f} ms, anki {anki:.3f} ms, "
          f"ratio {ours / anki:.2f}; p95 studyapp {statistics.median(p95s['studyapp']):.3f}, anki {statistics.median(p95s['anki']):.3f}")  # fmt: skip
    wins = sum(o <= k for o, k in zip(medians["studyapp"], medians["anki"]))
    print(f"studyapp as fast or faster in {wins} of {a.rounds} rounds")


if __name__ == "__main__":
    main()
