#!/usr/bin/env python3
"""Score the fact extractor against gold-annotated articles, in process.

Usage: python bench/extract_eval.py [-v] GOLD.facts.json [GOLD.facts.json ...]

Each gold file holds {"id", "published", "text", "facts": {"quotes", "roles", "events"}}
(see tests/data/heldout/README.md). The article text is passed to
``studyapp.extract.extract_facts(text, published=...)`` and the result is compared with the
gold facts. Prints per-article hit counts, then micro precision / recall / F1 per fact type
(direct quotes, indirect quotes, roles, events); with ``-v`` every miss and false hit.

Matching (one-to-one, greedy by score):
- a quote counts when its speaker matches the gold speaker or an alias (same content words,
  one a subset of the other, or the same last word of 3+ letters) and the token F1 of the
  quoted words is >= 0.6 (direct) or >= 0.5 (indirect);
- a role when the person matches and the role's words overlap (token F1, or 0.99 x the share
  of the gold role's content words found, >= 0.5);
- an event when the date string is identical and the description covers >= 40% of the gold
  description's content words.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

STOP = frozenset(
    "the a an of to in on for and mr mrs ms dr s its his her their at by with that this is was be it as from".split()
)
KINDS = ("direct", "indirect", "roles", "events")


def tokens(s: str | None) -> list[str]:
    s = (s or "").lower().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    return re.findall(r"[a-z0-9]+", s)


def content(s: str | None) -> list[str]:
    return [t for t in tokens(s) if t not in STOP]


def token_f1(a: str | None, b: str | None) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    common = sum((Counter(ta) & Counter(tb)).values())
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def coverage(gold: str, pred: str | None) -> float:
    """Share of the gold text's content words that occur in pred."""
    g, p = set(content(gold)), set(content(pred))
    return len(g & p) / len(g) if g else 0.0


def same_person(pred: str | None, names: list[str]) -> bool:
    p = content(pred)
    if not p:
        return False
    ps = set(p)
    for name in names:
        g = content(name)
        if not g:
            continue
        gs = set(g)
        if ps <= gs or gs <= ps:
            return True
        if g[-1] == p[-1] and len(g[-1]) > 2:  # surname / head noun
            return True
    return False


def greedy_match(golds: list[dict], preds: list[dict], score) -> list[tuple[int, int]]:
    pairs = []
    for i, g in enumerate(golds):
        for j, p in enumerate(preds):
            s = score(g, p)
            if s > 0:
                pairs.append((s, i, j))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    hits = []
    for _, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        hits.append((i, j))
    return hits


def quote_score(g: dict, p: dict, threshold: float) -> float:
    if not same_person(p.get("speaker", ""), [g["speaker"], *g.get("aliases", [])]):
        return 0.0
    s = token_f1(g["quote"], p.get("quote", ""))
    return s if s >= threshold else 0.0


def role_score(g: dict, p: dict) -> float:
    if not same_person(p.get("person", ""), [g["person"]]):
        return 0.0
    s = max(token_f1(g["role"], p.get("role", "")), coverage(g["role"], p.get("role", "")) * 0.99)
    return s if s >= 0.5 else 0.0


def event_score(g: dict, p: dict) -> float:
    if (p.get("date") or "") != g["date"]:
        return 0.0
    s = coverage(g["event"], p.get("event", ""))
    return s if s >= 0.4 else 0.0


def as_dict(facts) -> dict:
    if isinstance(facts, dict):
        return facts
    if hasattr(facts, "to_dict"):
        return facts.to_dict()
    raise TypeError(f"extract_facts returned {type(facts).__name__}, expected an object with to_dict()")


def split(gold: dict, pred: dict) -> dict[str, tuple[list[dict], list[dict], object]]:
    gq, pq = gold.get("quotes", []), pred.get("quotes", []) or []
    return {
        "direct": ([q for q in gq if q["kind"] == "direct"],
                   [q for q in pq if q.get("kind", "direct") == "direct"],
                   lambda g, p: quote_score(g, p, 0.6)),
        "indirect": ([q for q in gq if q["kind"] == "indirect"],
                     [q for q in pq if q.get("kind", "direct") == "indirect"],
                     lambda g, p: quote_score(g, p, 0.5)),
        "roles": (gold.get("roles", []), pred.get("roles", []) or [], role_score),
        "events": (gold.get("events", []), pred.get("events", []) or [], event_score),
    }


def describe(kind: str, x: dict, full: bool = False) -> str:
    if full:
        sentence = x.get("sentence")
        body = {k: v for k, v in x.items() if k != "sentence"}
        text = json.dumps(body, ensure_ascii=False)
        return text + (f"\n        in: {sentence}" if sentence else "")
    if kind in ("direct", "indirect"):
        return f"{x.get('speaker')}: {(x.get('quote') or '')[:80]}"
    return json.dumps(x, ensure_ascii=False)[:140]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="list every miss and false hit")
    ap.add_argument("--full", action="store_true",
                    help="with -v: print whole facts, with the sentence of each false hit")
    ap.add_argument("--kind", choices=KINDS, help="with -v: list only this fact type")
    ap.add_argument("gold", nargs="+", type=Path)
    args = ap.parse_args(argv)

    from studyapp.extract import extract_facts

    totals = {k: [0, 0, 0] for k in KINDS}  # hits, predicted, gold
    times = []
    for path in args.gold:
        art = json.loads(path.read_text(encoding="utf-8"))
        published = date.fromisoformat(art["published"]) if art.get("published") else None
        t0 = time.perf_counter()
        try:
            pred = as_dict(extract_facts(art["text"], published=published))
        except Exception as e:  # a crash costs the article's recall, like a failing command
            print(f"{art['id']}: ERROR {type(e).__name__}: {e}")
            for kind, (golds, _, _) in split(art["facts"], {}).items():
                totals[kind][2] += len(golds)
            continue
        dt = time.perf_counter() - t0
        times.append(dt)
        row = []
        for kind, (golds, preds, score) in split(art["facts"], pred).items():
            hits = greedy_match(golds, preds, score)
            totals[kind][0] += len(hits)
            totals[kind][1] += len(preds)
            totals[kind][2] += len(golds)
            row.append(f"{kind} {len(hits)}/{len(golds)} (pred {len(preds)})")
            if args.v and args.kind in (None, kind):
                hit_g = {i for i, _ in hits}
                hit_p = {j for _, j in hits}
                for i, x in enumerate(golds):
                    if i not in hit_g:
                        print(f"   MISS {kind}: {describe(kind, x, args.full)}")
                for j, x in enumerate(preds):
                    if j not in hit_p:
                        print(f"   FALSE {kind}: {describe(kind, x, args.full)}")
        print(f"{art['id']}: " + "; ".join(row) + f"; {dt * 1000:.0f} ms")

    f1s = {}
    for kind, (h, n_pred, n_gold) in totals.items():
        p = h / n_pred if n_pred else 0.0
        r = h / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        f1s[kind] = f
        print(f"{kind:9s} P {p:.3f} R {r:.3f} F1 {f:.3f}  (hits {h}, pred {n_pred}, gold {n_gold})")
    if times:
        times.sort()
        print(f"median in-process time per article {times[len(times) // 2] * 1000:.0f} ms")
    print(f"direct-quote F1 {f1s['direct']:.3f} indirect F1 {f1s['indirect']:.3f} "
          f"role F1 {f1s['roles']:.3f} event F1 {f1s['events']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
