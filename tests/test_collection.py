"""The public Collection API: cards, queue order, daily limits, day rollover, undo, bad input."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import fsrs
import pytest

from studyapp import Collection, Rating
from studyapp.errors import InputError, NotFoundError
from studyapp.records import NewCard
from studyapp.srs import CardState, MemoryState
from tests.conftest import NOON


def test_readme_example(col_path) -> None:
    with Collection.open(col_path) as col:
        deck = col.create_deck("World news")
        ids = col.add_cards(deck, [("Who said X?", "Y"), ("When?", "2012")])
        card = col.next_card()
        assert card is not None and card.id == ids[0]
        col.answer(card.id, Rating.GOOD, duration_ms=4200)
        assert col.review_count() == 1
        col.undo_last_answer()
        assert col.review_count() == 0


def test_add_cards_is_bulk_and_ordered(col: Collection) -> None:
    deck = col.create_deck("D")
    ids = col.add_cards(deck, [(f"q{i}", f"a{i}") for i in range(500)])
    assert len(ids) == 500 and ids == sorted(ids)
    assert col.card(ids[10]).front == "q10"
    more = col.add_cards("D", [NewCard("Who?", "Ann", kind="who", choices=("Ann", "Bob", "Cy", "Di"), source="Ann said.")])
    card = col.card(more[0])
    assert (card.kind, card.choices, card.source, card.state) == ("who", ("Ann", "Bob", "Cy", "Di"), "Ann said.", CardState.NEW)
    assert col.card_count("D") == 501


def test_add_cards_adds_nothing_when_one_item_is_bad(col: Collection) -> None:
    deck = col.create_deck("D")
    with pytest.raises(InputError, match="front is empty"):
        col.add_cards(deck, [("ok", "ok"), ("   ", "x")])
    with pytest.raises(InputError, match="pair"):
        col.add_cards(deck, [("ok", "ok"), ("only one",)])
    with pytest.raises(InputError, match="must be text"):
        col.add_cards(deck, [(b"bytes", "x")])
    assert col.card_count() == 0


def test_deck_names(col: Collection) -> None:
    col.create_deck("  World   news ")
    assert col.deck("World news").name == "World news"
    with pytest.raises(InputError, match="already exists"):
        col.create_deck("World news")
    with pytest.raises(InputError, match="needs a name"):
        col.create_deck("  ")
    with pytest.raises(NotFoundError):
        col.deck("Nope")
    col.rename_deck("World news", "Asia")
    assert [d.name for d in col.decks()] == ["Asia"]
    assert col.get_or_create_deck("Asia") == col.deck("Asia")


@pytest.mark.parametrize("rating", list(Rating))
def test_answer_schedules_as_fsrs_does(col: Collection, rating: Rating) -> None:
    deck = col.create_deck("D")
    col.update_preset(deck, enable_fuzzing=False)
    (cid,) = col.add_cards(deck, [("q", "a")])
    card = col.answer(cid, Rating.GOOD, now=NOON)
    later = NOON + timedelta(days=3)
    card = col.answer(cid, rating, now=later)
    f = fsrs.Card(card_id=cid, due=NOON)
    sched = fsrs.Scheduler(enable_fuzzing=False)
    f, _ = sched.review_card(f, fsrs.Rating.Good, NOON)
    f, _ = sched.review_card(f, fsrs.Rating(int(rating)), later)
    assert card.memory == MemoryState.from_fsrs(f)
    assert col.card(cid).memory == card.memory
    log = col.reviews(card_id=cid)
    assert [e.rating for e in log] == [Rating.GOOD, rating]
    assert log[1].reviewed_at == later and log[1].state_before == CardState.LEARNING


def test_queue_order_learning_then_review_then_new(col: Collection) -> None:
    deck = col.create_deck("D")
    col.update_preset(deck, enable_fuzzing=False)
    new1, new2, rev, learn = col.add_cards(deck, [("n1", "a"), ("n2", "a"), ("r", "a"), ("l", "a")])
    # rev: graduate it with Easy two days ago so that it is a review card due by now
    col.answer(rev, Rating.EASY, now=NOON - timedelta(days=30))
    assert col.card(rev).state == CardState.REVIEW
    # learn: answered a minute ago with Again → learning, due now
    col.answer(learn, Rating.AGAIN, now=NOON - timedelta(minutes=1))
    seen = []
    for _ in range(4):
        card = col.next_card(now=NOON)
        assert card is not None
        seen.append(card.id)
        col.answer(card.id, Rating.EASY, now=NOON)
    assert seen == [learn, rev, new1, new2]
    assert col.next_card(now=NOON) is None


def test_learning_cards_are_shown_early_only_when_nothing_else_is_left(col: Collection) -> None:
    deck = col.create_deck("D")
    a, b = col.add_cards(deck, [("a", "a"), ("b", "b")])
    col.answer(a, Rating.GOOD, now=NOON)  # due in 10 minutes
    assert col.next_card(now=NOON).id == b
    col.answer(b, Rating.GOOD, now=NOON)
    assert col.next_card(now=NOON).id == a  # within the 20-minute learn-ahead limit
    col.update_preset(deck, learning_steps="1m 1h")
    col.answer(a, Rating.GOOD, now=NOON)
    col.answer(b, Rating.GOOD, now=NOON)
    assert col.next_card(now=NOON) is None


def test_daily_new_limit_and_day_rollover(col: Collection, tz: str) -> None:
    deck = col.create_deck("D")
    col.update_preset(deck, new_per_day=3, learning_steps="1d")
    col.add_cards(deck, [(f"q{i}", "a") for i in range(10)])
    morning = datetime(2026, 3, 2, 5, 0, tzinfo=timezone.utc)  # 06:00 in Berlin
    for _ in range(3):
        col.answer(col.next_card(now=morning).id, Rating.GOOD, now=morning)
    assert col.next_card(now=morning) is None
    assert col.deck_counts(now=morning)[0].new == 0
    # 03:30 Berlin next night is still the same study day (rollover at 04:00)
    night = datetime(2026, 3, 3, 2, 30, tzinfo=timezone.utc)
    assert col.next_card(now=night) is None
    after = datetime(2026, 3, 3, 3, 0, tzinfo=timezone.utc)  # 04:00 Berlin
    assert col.deck_counts(now=after)[0].new == 3
    card = col.next_card(now=after)
    assert card is not None
    col.set_rollover_hour(5)
    assert col.next_card(now=after) is None  # 04:00 now belongs to the previous study day


def test_daily_review_limit(col: Collection) -> None:
    deck = col.create_deck("D")
    col.update_preset(deck, reviews_per_day=2, new_per_day=0)
    ids = col.add_cards(deck, [(f"q{i}", "a") for i in range(4)])
    col.update_preset(deck, new_per_day=10)
    for cid in ids:
        col.answer(cid, Rating.EASY, now=NOON - timedelta(days=60))
    col.update_preset(deck, new_per_day=0)
    assert col.deck_counts(now=NOON)[0].review == 2
    for _ in range(2):
        col.answer(col.next_card(now=NOON).id, Rating.GOOD, now=NOON)
    assert col.next_card(now=NOON) is None
    assert col.undo_last_answer() is not None
    assert col.next_card(now=NOON) is not None  # undo gives the review back to today's budget


def test_limits_are_per_deck_and_next_card_can_be_scoped(col: Collection) -> None:
    a = col.create_deck("A", preset=None)
    b = col.create_deck("B", preset=col.preset("A").with_changes(name="B", new_per_day=1))
    (a1,) = col.add_cards(a, [("a1", "x")])
    b1, b2 = col.add_cards(b, [("b1", "x"), ("b2", "x")])
    assert col.next_card(deck=b, now=NOON).id == b1
    col.answer(b1, Rating.EASY, now=NOON)
    assert col.next_card(deck=b, now=NOON) is None
    assert col.next_card(now=NOON).id == a1
    assert col.preset(a).new_per_day == 20  # B has its own preset


def test_undo_restores_the_card_exactly(col: Collection) -> None:
    deck = col.create_deck("D")
    (cid,) = col.add_cards(deck, [("q", "a")])
    col.answer(cid, Rating.GOOD, now=NOON)
    col.answer(cid, Rating.GOOD, now=NOON + timedelta(minutes=11))
    before = col.card(cid)
    col.answer(cid, Rating.AGAIN, now=NOON + timedelta(days=3))
    assert col.card(cid).memory != before.memory
    restored = col.undo_last_answer()
    assert restored == before == col.card(cid)
    assert col.review_count() == 2
    assert col.undo_last_answer().memory.state == CardState.LEARNING
    assert col.undo_last_answer().memory == MemoryState()
    assert col.undo_last_answer() is None
    assert col.review_count() == 0


def test_undo_survives_deleting_the_card(col: Collection) -> None:
    deck = col.create_deck("D")
    a, b = col.add_cards(deck, [("a", "a"), ("b", "b")])
    col.answer(a, Rating.GOOD, now=NOON)
    col.answer(b, Rating.GOOD, now=NOON)
    col.delete_cards([b])
    assert col.undo_last_answer().id == a
    assert col.undo_last_answer() is None


def test_answer_refuses_bad_input(col: Collection) -> None:
    deck = col.create_deck("D")
    (cid,) = col.add_cards(deck, [("q", "a")])
    with pytest.raises(InputError, match="rating"):
        col.answer(cid, 5)
    with pytest.raises(InputError, match="milliseconds"):
        col.answer(cid, Rating.GOOD, duration_ms=-1)
    with pytest.raises(NotFoundError):
        col.answer(9999, Rating.GOOD)
    col.set_suspended([cid])
    with pytest.raises(InputError, match="suspended"):
        col.answer(cid, Rating.GOOD)
    assert col.review_count() == 0


def test_suspended_cards_are_not_shown(col: Collection) -> None:
    deck = col.create_deck("D")
    a, b = col.add_cards(deck, [("a", "a"), ("b", "b")])
    assert col.set_suspended([a]) == 1
    assert col.next_card(now=NOON).id == b
    assert col.set_suspended([a], False) == 1
    assert col.next_card(now=NOON).id == a


def test_edit_card_keeps_its_schedule(col: Collection) -> None:
    deck = col.create_deck("D")
    (cid,) = col.add_cards(deck, [("q", "a")])
    col.answer(cid, Rating.GOOD, now=NOON)
    memory = col.card(cid).memory
    card = col.edit_card(cid, front="new question")
    assert (card.front, card.back, card.memory) == ("new question", "a", memory)


def test_next_intervals_for_the_buttons(col: Collection) -> None:
    deck = col.create_deck("D")
    (cid,) = col.add_cards(deck, [("q", "a")])
    iv = col.next_intervals(cid, now=NOON)
    assert iv[Rating.AGAIN] == timedelta(minutes=1)
    assert iv[Rating.GOOD] == timedelta(minutes=10)
    assert iv[Rating.EASY] >= timedelta(days=1)


def test_update_preset_refuses_bad_values(col: Collection) -> None:
    deck = col.create_deck("D")
    with pytest.raises(InputError, match="retention"):
        col.update_preset(deck, desired_retention=1.5)
    with pytest.raises(InputError, match="unknown"):
        col.update_preset(deck, colour="red")
    assert col.preset(deck).desired_retention == 0.9


def test_stats_summary(col: Collection) -> None:
    deck = col.create_deck("D")
    ids = col.add_cards(deck, [(f"q{i}", "a") for i in range(5)])
    col.answer(ids[0], Rating.EASY, now=NOON - timedelta(days=20))
    col.answer(ids[0], Rating.AGAIN, now=NOON - timedelta(days=2))
    col.answer(ids[1], Rating.EASY, now=NOON - timedelta(days=20))
    col.answer(ids[1], Rating.GOOD, now=NOON - timedelta(days=2))
    col.answer(ids[2], Rating.GOOD, now=NOON)
    s = col.stats(now=NOON)
    assert (s.cards, s.new, s.reviews_today) == (5, 2, 1)
    assert s.retention_30d == 0.5 and s.retention_reviews_30d == 2
    assert s.learning + s.review + s.relearning == 3


def test_two_threads_answering_lose_nothing(col: Collection) -> None:
    deck = col.create_deck("D")
    col.update_preset(deck, new_per_day=1000)
    ids = col.add_cards(deck, [(f"q{i}", "a") for i in range(200)])

    def work(chunk: list[int]) -> None:
        for cid in chunk:
            col.answer(cid, Rating.GOOD)

    threads = [threading.Thread(target=work, args=(ids[i::2],)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert col.review_count() == 200


def _due_reviews(col: Collection, n: int) -> list[int]:
    deck = col.get_or_create_deck("Reviews")
    col.update_preset(deck, new_per_day=1000, reviews_per_day=1000)
    ids = col.add_cards(deck, [(f"r{i}", "a") for i in range(n)])
    for i, cid in enumerate(ids):
        col.answer(cid, Rating.EASY, now=NOON - timedelta(days=60, minutes=i))
    assert all(col.card(cid).state == CardState.REVIEW for cid in ids)
    return ids


def test_review_queue_reads_ahead_in_batches_and_keeps_due_order(col: Collection) -> None:
    ids = _due_reviews(col, 120)  # more than one read-ahead batch
    seen = []
    while (card := col.next_card(now=NOON)) is not None:
        assert col.next_card(now=NOON).id == card.id  # asking again shows the same card
        seen.append((card.memory.due_ms, card.id))
        col.answer(card.id, Rating.GOOD, now=NOON)
    assert sorted(cid for _, cid in seen) == sorted(ids)
    assert [due for due, _ in seen] == sorted(due for due, _ in seen)


def test_review_queue_follows_writes_made_between_cards(col: Collection) -> None:
    _due_reviews(col, 5)
    first = col.next_card(now=NOON)
    col.set_suspended([first.id])
    second = col.next_card(now=NOON)
    assert second.id != first.id
    with pytest.raises(InputError, match="suspended"):
        col.answer(first.id, Rating.GOOD, now=NOON)
    col.answer(second.id, Rating.AGAIN, now=NOON)  # a lapse: relearning, due in 10 minutes
    third = col.next_card(now=NOON)
    assert third.id not in (first.id, second.id)
    assert col.next_card(now=NOON + timedelta(minutes=11)).id == second.id  # before the other reviews


def test_answer_sees_what_another_connection_did_to_the_card(col: Collection, col_path) -> None:
    _due_reviews(col, 3)
    shown = col.next_card(now=NOON)
    with Collection.open(col_path, auto_backup=False) as other:
        after_other = other.answer(shown.id, Rating.EASY, now=NOON)
    card = col.answer(shown.id, Rating.GOOD, now=NOON + timedelta(minutes=1))
    log = col.reviews(card_id=shown.id)
    assert [e.rating for e in log][-2:] == [Rating.EASY, Rating.GOOD]
    assert col.card(shown.id).memory == card.memory
    # the second answer started from the state the other program left, not from what was shown
    assert col.undo_last_answer().memory == after_other.memory
    with Collection.open(col_path, auto_backup=False) as other:
        other.set_suspended([col.next_card(now=NOON).id])
    nxt = col.next_card(now=NOON)
    assert nxt is None or not col.card(nxt.id).suspended


def test_queue_merges_decks_in_due_order_and_new_cards_in_the_order_added(col: Collection) -> None:
    decks = [col.create_deck(name) for name in ("A", "B", "C")]
    reviews, news = [], []
    for k, deck in enumerate(decks):
        col.update_preset(deck, new_per_day=100, reviews_per_day=100)
        ids = col.add_cards(deck, [(f"{deck.name}{i}", "x") for i in range(4)])
        for i, cid in enumerate(ids[:2]):  # due dates interleaved across the decks
            col.answer(cid, Rating.EASY, now=NOON - timedelta(days=60, hours=3 * i + k))
        reviews += ids[:2]
        news += ids[2:]
    seen = []
    while (card := col.next_card(now=NOON)) is not None:
        seen.append(card)
        col.answer(card.id, Rating.EASY, now=NOON)
    got_reviews = [c for c in seen if c.id in reviews]
    assert [c.id for c in seen[: len(reviews)]] == [c.id for c in got_reviews]  # reviews before new cards
    dues = [c.memory.due_ms for c in got_reviews]
    assert dues == sorted(dues) and sorted(c.id for c in got_reviews) == sorted(reviews)
    assert [c.id for c in seen[len(reviews):]] == sorted(news)  # added deck A, then B, then C


def test_answer_refuses_times_outside_the_calendar(col: Collection, tz: str) -> None:
    (cid,) = col.add_cards(col.create_deck("D"), [("q", "a")])
    for moment in (datetime(1, 1, 1), datetime(1970, 1, 1, tzinfo=timezone.utc), datetime(9999, 12, 31, 23, 59)):
        with pytest.raises(InputError, match="out of range"):
            col.answer(cid, Rating.GOOD, now=moment)
        with pytest.raises(InputError, match="out of range"):
            col.next_card(now=moment)
    assert col.review_count() == 0
