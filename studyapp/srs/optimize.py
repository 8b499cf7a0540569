"""Fit FSRS parameters to a user's own review history, and measure predicted recall.

Fitting uses py-fsrs's optional optimizer (``fsrs[optimizer]``, which brings torch);
:func:`evaluate` is pure :mod:`fsrs` and always works. Nothing heavy is imported at
module level: torch is loaded only inside :func:`fit_parameters`.

Which reviews count. Both the py-fsrs optimizer and the FSRS benchmark
(open-spaced-repetition/srs-benchmark) learn from, and score, only *long-term*
reviews: those at least one whole day (24 h, the unit py-fsrs's retrievability uses)
after the same card's previous review. A same-day review has a predicted recall of
exactly 1 in FSRS-6, so it says nothing about the forgetting curve; it is still
replayed, so that the card's memory state is right for later reviews.
"""

from __future__ import annotations

import importlib.util
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

import fsrs

from studyapp.errors import InputError, OptionalDependencyError

__all__ = [
    "INSTALL_HINT",
    "MIN_FIT_REVIEWS",
    "RecallMetrics",
    "count_fit_reviews",
    "evaluate",
    "fit_parameters",
    "optimizer_available",
    "rmse_bins",
]

#: How to install the optimizer: the CPU build of torch first (an unpinned torch pulls
#: a multi-GB CUDA build), then the extra.
INSTALL_HINT = "pip install torch==2.13.0 && pip install 'studyapp[optimizer]'"

#: py-fsrs's optimizer returns the default parameters unchanged below one mini-batch
#: (512) of long-term reviews; we refuse instead of silently "fitting" nothing.
MIN_FIT_REVIEWS = 512

#: py-fsrs's optimizer learns from the first 64 reviews of each card only.
_OPTIMIZER_MAX_SEQ_LEN = 64

_OPTIMIZER_MODULES = ("torch", "pandas", "tqdm")

# The FSRS benchmark's log loss (sklearn ``log_loss``) clips predictions to
# [eps, 1 - eps] with the float64 machine epsilon.
_EPS = sys.float_info.epsilon


@dataclass(frozen=True, slots=True)
class RecallMetrics:
    """How well predicted recall matched the outcomes of the scored reviews."""

    log_loss: float
    rmse_bins: float
    reviews: int


def optimizer_available() -> bool:
    """True when ``fsrs[optimizer]`` (torch, pandas, tqdm) is installed; imports nothing."""
    try:
        return all(importlib.util.find_spec(name) is not None for name in _OPTIMIZER_MODULES)
    except (ImportError, ValueError):
        return False


def fit_parameters(review_logs: Sequence[fsrs.ReviewLog]) -> tuple[float, ...]:
    """Fit the 21 FSRS-6 parameters to ``review_logs`` with py-fsrs's optimizer.

    Raises :class:`~studyapp.errors.InputError` when there are fewer than
    :data:`MIN_FIT_REVIEWS` long-term reviews (checked first, without torch), and
    :class:`~studyapp.errors.OptionalDependencyError` when the optimizer is not installed.
    Slow: minutes for ~10,000 reviews; call it off the UI thread.
    """
    logs = [_utc_log(log) for log in review_logs]
    usable = count_fit_reviews(logs)
    if usable < MIN_FIT_REVIEWS:
        raise InputError(
            f"Too few reviews to fit parameters: {usable} reviews come a day or more after "
            f"the card's previous review, at least {MIN_FIT_REVIEWS} are needed."
        )
    optimizer_class = _load_optimizer()
    fitted = optimizer_class(logs).compute_optimal_parameters(verbose=False)
    parameters = tuple(float(value) for value in fitted) if fitted is not None else ()
    if len(parameters) != len(fsrs.Scheduler().parameters) or not all(
        math.isfinite(value) for value in parameters
    ):
        raise InputError("Parameter fitting did not converge on this review history.")
    return parameters


def count_fit_reviews(review_logs: Sequence[fsrs.ReviewLog]) -> int:
    """Long-term reviews among each card's first 64 reviews: what the optimizer learns from."""
    count = 0
    for history in _histories(review_logs).values():
        history = history[:_OPTIMIZER_MAX_SEQ_LEN]
        count += sum(
            1
            for previous, current in zip(history, history[1:])
            if (current.review_datetime - previous.review_datetime).days > 0
        )
    return count


def evaluate(
    parameters: Sequence[float],
    review_logs: Sequence[fsrs.ReviewLog],
    *,
    score_from: datetime | None = None,
) -> RecallMetrics:
    """Log loss and RMSE(bins) of FSRS's predicted recall on ``review_logs``.

    Each card's history is replayed in time order with :class:`fsrs.Scheduler` under
    ``parameters``; every long-term review (a day or more after the card's previous one)
    is scored: prediction = retrievability at review time, outcome = rating > Again.
    With ``score_from``, all reviews are replayed but only those at or after it are
    scored (evaluate on a later period with the state built from the full history).
    RMSE(bins) is the FSRS benchmark's: see :func:`rmse_bins`.
    Raises :class:`~studyapp.errors.InputError` for invalid parameters or no scorable review.
    """
    try:
        scheduler = fsrs.Scheduler(parameters=tuple(parameters), enable_fuzzing=False)
    except ValueError as exc:
        raise InputError(f"Invalid FSRS parameters: {str(exc).splitlines()[-1]}") from exc
    cutoff = _utc(score_from) if score_from is not None else None

    predictions: list[float] = []
    outcomes: list[int] = []
    elapsed: list[int] = []
    indices: list[int] = []
    lapses: list[int] = []
    for card_id, history in _histories(review_logs).items():
        card = fsrs.Card(card_id=card_id, due=history[0].review_datetime)
        review_index = 1  # the benchmark's ``i``: 1 + long-term reviews so far, this one included
        card_lapses = 0  # long-term reviews rated Again before this one
        for log in history:
            when = log.review_datetime
            if card.last_review is not None:
                days = (when - card.last_review).days
                if days > 0:
                    review_index += 1
                    if cutoff is None or when >= cutoff:
                        predictions.append(float(scheduler.get_card_retrievability(card, when)))
                        outcomes.append(int(log.rating > fsrs.Rating.Again))
                        elapsed.append(days)
                        indices.append(review_index)
                        lapses.append(card_lapses)
                    if log.rating == fsrs.Rating.Again:
                        card_lapses += 1
            card, _ = scheduler.review_card(card, log.rating, review_datetime=when)

    if not predictions:
        raise InputError(
            "No review to score: none comes a day or more after the same card's previous review."
        )
    return RecallMetrics(
        log_loss=_log_loss(predictions, outcomes),
        rmse_bins=rmse_bins(predictions, outcomes, elapsed, indices, lapses),
        reviews=len(predictions),
    )


def rmse_bins(
    predictions: Sequence[float],
    outcomes: Sequence[int],
    elapsed_days: Sequence[int],
    review_indices: Sequence[int],
    lapses: Sequence[int],
) -> float:
    """RMSE(bins) as the FSRS benchmark (open-spaced-repetition/srs-benchmark) defines it.

    Reviews are grouped by three binned features: the interval in days
    (``round(2.48 * 3.62**floor(log_3.62 d), 2)``), the review number ``i`` (1 + the card's
    long-term reviews up to and including this one; ``round(1.99 * 1.89**floor(log_1.89 i))``)
    and the number of earlier long-term Again ratings (0 stays 0, else
    ``round(1.65 * 1.73**floor(log_1.73 n))``). The result is the root of the mean, weighted
    by reviews per bin, of (mean outcome - mean prediction)**2 over the bins.
    """
    bins: dict[tuple[float, float, float], list[float]] = {}
    for p, y, d, i, n in zip(predictions, outcomes, elapsed_days, review_indices, lapses, strict=True):
        key = (
            round(2.48 * 3.62 ** math.floor(math.log(max(d, 1e-6)) / math.log(3.62)), 2),
            round(1.99 * 1.89 ** math.floor(math.log(i) / math.log(1.89))),
            round(1.65 * 1.73 ** math.floor(math.log(n) / math.log(1.73))) if n != 0 else 0,
        )
        totals = bins.setdefault(key, [0.0, 0.0, 0.0])  # count, sum of outcomes, sum of predictions
        totals[0] += 1
        totals[1] += y
        totals[2] += p
    total = sum(count for count, _, _ in bins.values())
    if total == 0:
        return math.nan
    squared = sum(count * (ys / count - ps / count) ** 2 for count, ys, ps in bins.values())
    return math.sqrt(squared / total)


def _log_loss(predictions: Sequence[float], outcomes: Sequence[int]) -> float:
    """Mean binary cross-entropy, predictions clipped to [eps, 1 - eps] as sklearn does."""
    total = 0.0
    for p, y in zip(predictions, outcomes, strict=True):
        p = min(max(p, _EPS), 1.0 - _EPS)
        total -= math.log(p) if y else math.log(1.0 - p)
    return total / len(predictions)


def _load_optimizer() -> type:
    """py-fsrs's Optimizer class, or OptionalDependencyError with the install line."""
    message = f"Parameter fitting needs the optional optimizer (torch); install it with: {INSTALL_HINT}"
    try:
        for name in _OPTIMIZER_MODULES:
            importlib.import_module(name)
        from fsrs.optimizer import Optimizer
    except (ImportError, OSError) as exc:  # OSError: a torch build whose native libraries fail to load
        raise OptionalDependencyError(message) from exc
    if not hasattr(Optimizer, "compute_optimal_parameters"):  # py-fsrs's stand-in when its imports failed
        raise OptionalDependencyError(message)
    return Optimizer


def _histories(review_logs: Sequence[fsrs.ReviewLog]) -> dict[int, list[fsrs.ReviewLog]]:
    """Reviews grouped by card, each card's in time order (stable for equal times), UTC."""
    histories: dict[int, list[fsrs.ReviewLog]] = {}
    for log in review_logs:
        histories.setdefault(log.card_id, []).append(_utc_log(log))
    for history in histories.values():
        history.sort(key=lambda log: log.review_datetime)
    return histories


def _utc_log(log: fsrs.ReviewLog) -> fsrs.ReviewLog:
    """The log with its time in UTC (py-fsrs insists on ``tzinfo is timezone.utc``)."""
    when = _utc(log.review_datetime)
    if when is log.review_datetime and isinstance(log.rating, fsrs.Rating):
        return log
    return fsrs.ReviewLog(
        card_id=log.card_id,
        rating=fsrs.Rating(int(log.rating)),
        review_datetime=when,
        review_duration=log.review_duration,
    )


def _utc(when: datetime) -> datetime:
    if when.tzinfo is None:
        raise InputError(f"Review time {when.isoformat()} has no time zone; expected UTC.")
    if when.tzinfo is timezone.utc:
        return when
    return when.astimezone(timezone.utc)
