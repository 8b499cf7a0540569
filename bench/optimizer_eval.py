"""Log loss and RMSE(bins) of predicted recall with default and fitted FSRS parameters.

Usage: python bench/optimizer_eval.py CSV [--train-fraction 0.7]

CSV columns: card_id,review_rating,review_time,review_duration (review_time ISO-8601 with
a UTC offset, duration in ms). All reviews are sorted by time; the first
floor(train_fraction * N) of them are the train part, with the cut moved back to the
start of a run of equal times so no instant is split. Parameters are fitted on the train
part only. Both parameter sets are then scored on the later part: each card's full
history is replayed (so its memory state is right) but only reviews at or after the cut
are scored, and of those only long-term ones (>= 1 day after the card's previous review),
as in the FSRS benchmark.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import fsrs

from studyapp.errors import StudyappError
from studyapp.srs.optimize import count_fit_reviews, evaluate, fit_parameters


def read_review_logs(path: Path) -> list[fsrs.ReviewLog]:
    """The CSV's rows as py-fsrs review logs, times in UTC."""
    logs = []
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            when = datetime.fromisoformat(row["review_time"])
            if when.tzinfo is None:
                raise StudyappError(f"{path}: review_time {row['review_time']!r} has no UTC offset")
            duration = row.get("review_duration") or None
            logs.append(
                fsrs.ReviewLog(
                    card_id=int(row["card_id"]),
                    rating=fsrs.Rating(int(row["review_rating"])),
                    review_datetime=when.astimezone(timezone.utc),
                    review_duration=int(duration) if duration is not None else None,
                )
            )
    return logs


def split_by_time(
    logs: list[fsrs.ReviewLog], train_fraction: float
) -> tuple[list[fsrs.ReviewLog], datetime]:
    """The earlier ``train_fraction`` of the reviews, and the time the later part starts."""
    ordered = sorted(logs, key=lambda log: log.review_datetime)
    cut = int(train_fraction * len(ordered))
    if not 0 < cut < len(ordered):
        raise StudyappError("--train-fraction leaves the train or the evaluation part empty")
    cutoff = ordered[cut].review_datetime
    train = [log for log in ordered if log.review_datetime < cutoff]
    return train, cutoff


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", type=Path, help="review log CSV")
    parser.add_argument("--train-fraction", type=float, default=0.7)
    args = parser.parse_args(argv)

    try:
        logs = read_review_logs(args.csv)
        train, cutoff = split_by_time(logs, args.train_fraction)
        later = len(logs) - len(train)
        print(f"reviews {len(logs)} on {len({log.card_id for log in logs})} cards")
        print(
            f"train: earliest {len(train)} reviews (before {cutoff.isoformat()}), "
            f"{count_fit_reviews(train)} long-term reviews the optimizer learns from"
        )
        print(f"evaluation: later {later} reviews (from {cutoff.isoformat()}), full history replayed")

        default = evaluate(fsrs.Scheduler().parameters, logs, score_from=cutoff)
        print(
            f"default parameters: log loss {default.log_loss:.4f}  "
            f"RMSE(bins) {default.rmse_bins:.4f}  scored reviews {default.reviews}"
        )
        start = time.perf_counter()
        parameters = fit_parameters(train)
        fit_seconds = time.perf_counter() - start
        fitted = evaluate(parameters, logs, score_from=cutoff)
        print(
            f"fitted parameters:  log loss {fitted.log_loss:.4f}  "
            f"RMSE(bins) {fitted.rmse_bins:.4f}  scored reviews {fitted.reviews}"
        )
        print(f"fit time {fit_seconds:.1f} s")
        print("fitted parameters: " + ", ".join(f"{value:.4f}" for value in parameters))
    except StudyappError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
