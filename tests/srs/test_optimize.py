"""Parameter fitting and recall metrics, on real ``fsrs`` and hand-built or simulated logs."""

from __future__ import annotations

import math
import random
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import fsrs
import pytest
from fsrs.scheduler import DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

from studyapp.errors import InputError, OptionalDependencyError
from studyapp.srs.optimize import (
    MIN_FIT_REVIEWS,
    RecallMetrics,
    count_fit_reviews,
    evaluate,
    fit_parameters,
    optimizer_available,
    rmse_bins,
)

T0 = datetime(2024, 3, 1, 9, 0, tzinfo=timezone.utc)
AGAIN, GOOD = fsrs.Rating.Again, fsrs.Rating.Good

#: A learner who forgets much faster than FSRS's defaults assume.
TRUE_PARAMETERS = (0.1, 0.4, 0.6, 2.0, *DEFAULT_PARAMETERS[4:20], 0.5)
#: Predictions near 1 for everything: initial stabilities at their upper bound.
BAD_PARAMETERS = (100.0, 100.0, 100.0, 100.0, *DEFAULT_PARAMETERS[4:])


def log(card_id: int, rating: fsrs.Rating, when: datetime) -> fsrs.ReviewLog:
    return fsrs.ReviewLog(card_id=card_id, rating=rating, review_datetime=when, review_duration=3000)


def simulate(
    parameters: tuple[float, ...], cards: int, reviews_per_card: int, seed: int
) -> list[fsrs.ReviewLog]:
    """Review histories whose outcomes are drawn from FSRS's recall predicted under ``parameters``."""
    rng = random.Random(seed)
    scheduler = fsrs.Scheduler(parameters=parameters, enable_fuzzing=False)
    logs = []
    for card_id in range(1, cards + 1):
        when = T0 + timedelta(minutes=card_id)
        card = fsrs.Card(card_id=card_id, due=when)
        rating = rng.choice((AGAIN, GOOD, GOOD))
        for number in range(reviews_per_card):
            if number:
                when += timedelta(days=rng.randint(1, 12), minutes=rng.randint(0, 600))
                recalled = rng.random() < scheduler.get_card_retrievability(card, when)
                rating = GOOD if recalled else AGAIN
            card, entry = scheduler.review_card(card, rating, review_datetime=when)
            logs.append(entry)
    rng.shuffle(logs)  # order of the input must not matter
    return logs


def recall(parameters: tuple[float, ...], stability: float, days: int) -> float:
    """FSRS-6's forgetting curve, written out by hand."""
    decay = -parameters[20]
    factor = 0.9 ** (1 / decay) - 1
    return (1 + factor * days / stability) ** decay


def test_metrics_match_a_hand_computation() -> None:
    # Each scored review is the card's second: stability is the first Good's, w[2].
    logs = [
        log(1, GOOD, T0), log(1, GOOD, T0 + timedelta(days=2)),
        log(2, GOOD, T0), log(2, AGAIN, T0 + timedelta(days=3, hours=5)),
        log(3, GOOD, T0), log(3, GOOD, T0 + timedelta(days=10)),
        log(4, GOOD, T0), log(4, AGAIN, T0 + timedelta(hours=20)),  # same day: not scored
    ]
    w = DEFAULT_PARAMETERS
    p1, p2, p3 = (recall(w, w[2], days) for days in (2, 3, 10))

    metrics = evaluate(w, logs)

    assert isinstance(metrics, RecallMetrics)
    assert metrics.reviews == 3
    assert metrics.log_loss == pytest.approx(-(math.log(p1) + math.log(1 - p2) + math.log(p3)) / 3)
    # Bins: 2 and 3 days share the 2.48 interval bin, 10 days is in the 8.98 bin.
    expected_rmse = math.sqrt((2 * (0.5 - (p1 + p2) / 2) ** 2 + (1 - p3) ** 2) / 3)
    assert metrics.rmse_bins == pytest.approx(expected_rmse)


def test_rmse_bins_groups_by_interval_review_number_and_lapses() -> None:
    # Bin edges: interval 3 | 4 days (3.62), review number 3 | 4 (1.89**2), lapses 0 | 1.
    assert rmse_bins([0.9, 0.7], [1, 0], [3, 3], [2, 3], [0, 0]) == pytest.approx(abs(0.5 - 0.8))
    separate = math.sqrt(((1 - 0.9) ** 2 + (0 - 0.7) ** 2) / 2)
    assert rmse_bins([0.9, 0.7], [1, 0], [3, 4], [2, 2], [0, 0]) == pytest.approx(separate)
    assert rmse_bins([0.9, 0.7], [1, 0], [3, 3], [3, 4], [0, 0]) == pytest.approx(separate)
    assert rmse_bins([0.9, 0.7], [1, 0], [3, 3], [2, 2], [0, 1]) == pytest.approx(separate)
    # Weighted by reviews per bin.
    weighted = math.sqrt((2 * (1 - 0.8) ** 2 + 1 * (0 - 0.3) ** 2) / 3)
    assert rmse_bins([0.8, 0.8, 0.3], [1, 1, 0], [1, 1, 40], [2, 2, 2], [0, 0, 0]) == pytest.approx(weighted)


def test_true_parameters_predict_better_than_bad_ones() -> None:
    logs = simulate(TRUE_PARAMETERS, cards=40, reviews_per_card=8, seed=1)
    truth = evaluate(TRUE_PARAMETERS, logs)
    bad = evaluate(BAD_PARAMETERS, logs)
    assert truth.reviews == bad.reviews == 40 * 7
    assert truth.log_loss < bad.log_loss
    assert truth.rmse_bins < bad.rmse_bins
    assert 0 <= truth.rmse_bins < 0.15


def test_score_from_replays_history_but_scores_only_later_reviews() -> None:
    logs = [log(1, GOOD, T0), log(1, GOOD, T0 + timedelta(days=3)), log(1, AGAIN, T0 + timedelta(days=20))]
    later = evaluate(DEFAULT_PARAMETERS, logs, score_from=T0 + timedelta(days=10))
    assert later.reviews == 1
    scheduler = fsrs.Scheduler(enable_fuzzing=False)
    card = fsrs.Card(card_id=1, due=T0)
    for entry in logs[:2]:
        card, _ = scheduler.review_card(card, entry.rating, review_datetime=entry.review_datetime)
    p = scheduler.get_card_retrievability(card, logs[2].review_datetime)
    assert later.log_loss == pytest.approx(-math.log(1 - p))
    assert later.rmse_bins == pytest.approx(p)


def test_evaluate_accepts_other_time_zones_and_refuses_naive_times() -> None:
    plus2 = timezone(timedelta(hours=2))
    logs = [log(1, GOOD, T0.astimezone(plus2)), log(1, GOOD, (T0 + timedelta(days=2)).astimezone(plus2))]
    assert evaluate(DEFAULT_PARAMETERS, logs).reviews == 1
    with pytest.raises(InputError, match="time zone"):
        evaluate(DEFAULT_PARAMETERS, [log(1, GOOD, datetime(2024, 3, 1)), log(1, GOOD, datetime(2024, 3, 5))])


def test_evaluate_errors_are_clear() -> None:
    with pytest.raises(InputError, match="No review to score"):
        evaluate(DEFAULT_PARAMETERS, [log(1, GOOD, T0), log(1, GOOD, T0 + timedelta(hours=3))])
    with pytest.raises(InputError, match="Invalid FSRS parameters"):
        evaluate((1.0,) * 21, [log(1, GOOD, T0), log(1, GOOD, T0 + timedelta(days=3))])


def test_fit_refuses_too_few_reviews() -> None:
    logs = simulate(TRUE_PARAMETERS, cards=20, reviews_per_card=6, seed=2)
    assert count_fit_reviews(logs) == 20 * 5 < MIN_FIT_REVIEWS
    with pytest.raises(InputError, match=f"{20 * 5} reviews .* at least {MIN_FIT_REVIEWS}"):
        fit_parameters(logs)


def test_fit_without_the_optimizer_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    if optimizer_available():  # make torch unimportable for this test only
        monkeypatch.setitem(sys.modules, "torch", None)
    assert not optimizer_available()
    logs = simulate(TRUE_PARAMETERS, cards=90, reviews_per_card=7, seed=3)
    with pytest.raises(OptionalDependencyError) as raised:
        fit_parameters(logs)
    message = str(raised.value)
    assert "\n" not in message
    assert "pip install torch==2.13.0" in message and "studyapp[optimizer]" in message


def test_importing_the_module_does_not_import_torch() -> None:
    code = "import sys, studyapp.srs.optimize; sys.exit('torch' in sys.modules or 'pandas' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_fit_recovers_a_better_model_of_a_simulated_learner() -> None:
    pytest.importorskip("torch")
    assert optimizer_available()
    logs = simulate(TRUE_PARAMETERS, cards=90, reviews_per_card=7, seed=4)
    assert count_fit_reviews(logs) == 90 * 6 >= MIN_FIT_REVIEWS

    fitted = fit_parameters(logs)

    assert len(fitted) == 21
    bounds = zip(fitted, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS)
    assert all(low <= value <= high for value, low, high in bounds)
    assert fitted != DEFAULT_PARAMETERS
    default = evaluate(DEFAULT_PARAMETERS, logs)
    after = evaluate(fitted, logs)
    assert after.log_loss < default.log_loss
    assert after.rmse_bins < default.rmse_bins
    assert fitted[2] < DEFAULT_PARAMETERS[2]  # learned that Good-first cards are forgotten sooner
