"""Time expressions: finding them and resolving them at the precision the text supports."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp.extract.dates import find_time_expressions, is_future, looks_forward, resolve

MON = date(2013, 6, 17)  # a Monday
TUE = date(2019, 11, 19)  # a Tuesday


def dates_in(text: str, published: date | None = MON, *, future: bool | None = None,
             context_year: int | None = None) -> list[tuple[str, str | None]]:
    fut = looks_forward(text) if future is None else future
    return [(e.text, resolve(e, published, future=fut, context_year=context_year))
            for e in find_time_expressions(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ferry sank on 4 March 2011 off the coast.", [("on 4 March 2011", "2011-03-04")]),
        ("The ferry sank on March 4, 2011, officials said.", [("on March 4, 2011", "2011-03-04")]),
        ("The treaty was signed on Tuesday, Nov. 5, 2019, in Geneva.", [("on Tuesday, Nov. 5, 2019", "2019-11-05")]),
        ("The minutes are dated 2011-03-04.", [("2011-03-04", "2011-03-04")]),
        ("She joined the orchestra in September 2004.", [("in September 2004", "2004-09")]),
        ("The bridge opened in 1932.", [("in 1932", "1932")]),
        ("The mine has been closed since 1998.", [("since 1998", "1998")]),
        ("The dam was finished in mid-2010.", [("in mid-2010", "2010")]),
        ("Prices rose at the end of 2018.", [("at the end of 2018", "2018")]),
        ("He signed a contract until the end of the 2024/25 season.",
         [("until the end of the 2024/25 season", "2025")]),
        ("The strike ended on the 3rd of May 2002.", [("on the 3rd of May 2002", "2002-05-03")]),
    ],
)
def test_explicit_dates(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert dates_in(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The club has 2015 members and 300 staff.",
        "Sales grew 2012% in a decade.",  # a number, not a year
        "2020 will be a year of testing, he said.",  # bare year without a preposition
        "The company was founded in the 1990s.",  # decade: no honest ISO date
        "She lived there from 2010 to 2015.",  # range
        "Theresa May said the vote would go ahead.",
        "Shoppers queued for Black Friday deals.",
        "The date was written as 19/11.",  # numeric day/month is ambiguous
        "They may march on the capital.",
        "He has worked there for seven years.",  # duration
        "The story ran in the Sunday Times.",
        "The market opens every Monday.",
        "The polls close at 1800 GMT.",
        "She won the 1500m final.",
        "He scored twice in the 2022 World Cup.",  # the year names the tournament
        "It happened on a Friday.",
        "The plan was rejected by May and her cabinet.",  # Theresa May, not the month
        "The charity built shelters in 2000 homes.",  # a quantity
        "The summit runs from Monday to Wednesday.",  # a range
        "Rates rose between March 2022 and July 2023.",
    ],
)
def test_not_dates(sentence: str) -> None:
    assert dates_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("The rebels seized the town on Sunday.", MON, "2013-06-16"),
        ("The rebels seized the town on Monday.", MON, "2013-06-17"),  # same day
        ("The two leaders are scheduled to meet in Oslo on Wednesday.", MON, "2013-06-19"),
        ("The team will play its next match on Saturday.", TUE, "2019-11-23"),
        ("The council voted last Friday to close the library.", TUE, "2019-11-15"),
        ("The council will vote next Monday.", MON, "2013-06-24"),
        ("The council will vote next Friday.", date(2013, 6, 22), "2013-06-28"),  # said on a Saturday
        ("Officials said late Thursday that the talks had failed.", date(2017, 1, 13), "2017-01-12"),
        ("The app launched Tuesday morning.", TUE, "2019-11-19"),
        ("Talks continued into Tuesday night.", date(2019, 11, 20), "2019-11-19"),
        ("The governor resigned yesterday.", MON, "2013-06-16"),
        ("The striker was injured last night.", MON, "2013-06-16"),
        ("The court ruled today that the ban was lawful.", MON, "2013-06-17"),
        ("The results will be published tomorrow.", MON, "2013-06-18"),
        ("The bank collapsed three days ago.", MON, "2013-06-14"),
    ],
)
def test_relative_days(sentence: str, published: date, expected: str) -> None:
    assert [d for _, d in dates_in(sentence, published)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Last week, the bid was rejected.", MON, "2013-06"),
        ("The bid was rejected last week.", date(2017, 1, 13), "2017-01"),
        ("The album leaked over the weekend.", TUE, "2019-11"),
        ("Earlier this week the firm cut jobs.", MON, "2013-06"),
        ("The mayor quit last month.", date(2019, 1, 10), "2018-12"),
        ("The plant will close next month.", date(2019, 12, 10), "2020-01"),
        ("Two weeks ago the plant closed.", MON, "2013-06"),
        ("Tensions rose earlier this year.", MON, "2013"),
        ("The law changed last year.", MON, "2012"),
        ("A cheaper model is due out next year.", TUE, "2020"),
        ("The bridge collapsed two years ago.", MON, "2011"),
    ],
)
def test_relative_months_and_years(sentence: str, published: date, expected: str) -> None:
    assert [d for _, d in dates_in(sentence, published)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mine flooded in April.", "2019-04"),  # past: this year's April
        ("The mine flooded in December.", "2018-12"),  # a December after publication: last year's
        ("The hearing is scheduled to take place in February.", "2020-02"),  # future: next February
        ("The hearing will take place in December.", "2019-12"),
        ("He was due to be released in September.", "2019-09"),  # past "was due"
        ("The tour starts on 2 December.", "2019-12-02"),
        ("The plant reopened on 2 March.", "2019-03-02"),
        ("The vote was held last March.", "2019-03"),
        ("The vote was held in March last year.", "2018-03"),
    ],
)
def test_month_without_year(sentence: str, expected: str) -> None:
    assert [d for _, d in dates_in(sentence, TUE)] == [expected]


def test_capitalised_today_mid_sentence_is_a_title() -> None:
    assert dates_in("She told the radio station's Today programme that the plan was wrong.", TUE) == []
    assert dates_in("The figures were first reported by USA Today.", TUE) == []
    assert dates_in("Today, the council voted to close the library.", TUE) == [("Today", "2019-11-19")]


def test_holidays_and_seasons() -> None:
    assert dates_in("The shop was robbed on Christmas Eve.", TUE) == [("on Christmas Eve", "2018-12-24")]
    assert dates_in("The tsunami struck on Boxing Day 2004.", TUE) == [("on Boxing Day 2004", "2004-12-26")]
    assert dates_in("The new law takes effect on New Year's Day.", TUE) == [("on New Year's Day", "2020-01-01")]
    assert dates_in("He left the band in summer 2018.", TUE) == [("in summer 2018", "2018")]
    assert dates_in("The Christmas Day truce is remembered.", TUE) == []
    assert dates_in("On the Fourth of July, the bridge carried 900 cars.", TUE) == [
        ("On the Fourth of July", "2019-07-04")]
    assert dates_in("The town held a parade on July Fourth.", TUE) == [("on July Fourth", "2019-07-04")]


def test_anaphoric_year_uses_context() -> None:
    assert dates_in("It fired a missile in March that year.", context_year=2012) == [
        ("in March that year", "2012-03")]
    assert dates_in("The plant was rebuilt the following year.", context_year=2001) == [
        ("the following year", "2002")]
    assert dates_in("Later that year the plant closed.", context_year=1999) == [("Later that year", "1999")]
    # no year mentioned before: nothing to resolve against
    assert dates_in("It fired a missile in March that year.", context_year=None) == [
        ("in March that year", None)]


def test_anaphoric_days_use_the_previous_date() -> None:
    prev = date(2011, 3, 3)
    found = [(e.text, resolve(e, MON, context_day=prev)) for e in
             find_time_expressions("The following day divers returned, and two days later the port reopened.")]
    assert found == [("The following day", "2011-03-04"), ("two days later", "2011-03-05")]
    assert [resolve(e, MON) for e in find_time_expressions("The following day divers returned.")] == [None]
    assert dates_in("He arrived the day before yesterday.") == [("the day before yesterday", "2013-06-15")]


def test_relative_dates_need_a_publication_date() -> None:
    for s in ("The rebels seized the town on Sunday.", "The bid failed last week.", "He quit yesterday.",
              "The mine flooded in April."):
        assert all(d is None for _, d in dates_in(s, None)), s
    # absolute ones do not
    assert dates_in("The bridge opened in 1932.", None) == [("in 1932", "1932")]


def test_years_before_plural_verbs_and_nouns() -> None:
    assert [d for _, d in dates_in("In 2019 elections were held across the region.")] == ["2019"]
    assert [d for _, d in dates_in("On Sunday Smith said he would stand.", future=False)] == ["2013-06-16"]


def test_several_expressions_in_order() -> None:
    found = dates_in("The probe was shelved in 2017 but re-opened earlier this year.")
    assert found == [("in 2017", "2017"), ("earlier this year", "2013")]


def test_is_future() -> None:
    assert is_future("The ministers are scheduled to meet in Washington")
    assert is_future("The team will play away")
    assert is_future("The president plans to sign the order")
    assert not is_future("The North proposed talks with the US")
    assert not is_future("He was due to be released from prison")
    assert looks_forward("The tour starts in Leeds")  # present tense
    assert not looks_forward("The tour started in Leeds")
    assert not looks_forward("The speed limit has been raised")


# ---------------------------------------------------------------------------
# fuzzing: never an exception, always bounded time
# ---------------------------------------------------------------------------

_PIECES = ["in ", "on ", "since ", "last ", "next ", "the end of ", "mid-", "March ", "May ", "Sunday ",
           "2012", "19", "/", "-", ", ", "year ", "week ", "ago ", "that ", "Jan. ", "1990s", "  ", "\"", "(",
           "Tuesday night ", "yesterday ", "2022/23 season ", "today", "9999", "0", "31 February 2013"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.dates(), st.booleans(), st.none() | st.integers(1, 2999))
def test_fuzz_date_pieces(pieces: list[str], published: date, future: bool, ctx: int | None) -> None:
    text = "".join(pieces)
    for e in find_time_expressions(text):
        assert 0 <= e.start < e.end <= len(text)
        iso = resolve(e, published, future=future, context_year=ctx)
        assert iso is None or len(iso) in (4, 7, 10)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400), st.dates())
def test_fuzz_any_text(text: str, published: date) -> None:
    for e in find_time_expressions(text):
        resolve(e, published, future=is_future(text), context_year=2000)


@pytest.mark.parametrize("unit", ["in " * 5000, "on 1" * 5000, "March " * 5000, "2012 " * 5000, "last " * 5000,
                                  "the end of " * 3000, "Sunday, " * 5000, "1" * 20000, "a" * 20000],
                         ids=lambda u: repr(u[:12]))
def test_adversarial_input_is_fast(unit: str) -> None:
    t = time.perf_counter()
    find_time_expressions(unit)
    assert time.perf_counter() - t < 1.0


def test_as_soon_as_and_possessives() -> None:
    assert dates_in("Fares could rise as early as next month.", MON) == [("as early as next month", "2013-07")]
    assert dates_in("The levy will fill a hole in next year's budget.", MON) == []
    assert dates_in("Last week's vote was close.", MON) == [("Last week", "2013-06")]


def test_that_month_and_later_counts() -> None:
    assert dates_in("Its report, released that September, was damning.", context_year=2016) == [
        ("that September", "2016-09")]
    assert dates_in("The law that May signed was repealed.", context_year=2016) == []
    found = [(e.text, resolve(e, MON, context_day=date(2011, 3, 3))) for e in
             find_time_expressions("A week later the port reopened.")]
    assert found == [("A week later", "2011-03")]
    found = [(e.text, resolve(e, MON, context_month=(2011, 11))) for e in
             find_time_expressions("Three months later the port reopened.")]
    assert found == [("Three months later", "2012-02")]
    found = [(e.text, resolve(e, MON, context_day=date(2011, 3, 30))) for e in
             find_time_expressions("The following month the port reopened.")]
    assert found == [("The following month", "2011-04")]


def test_that_month_and_that_summer() -> None:
    found = [(e.text, resolve(e, MON, context_day=date(2011, 3, 3))) for e in
             find_time_expressions("Later that month the port reopened.")]
    assert found == [("Later that month", "2011-03")]
    assert dates_in("That summer, the port reopened.", context_year=1999) == [("That summer", "1999")]
    assert dates_in("The port reopened later that summer.", context_year=1999) == [("later that summer", "1999")]
    assert dates_in("He said that summer was over.", context_year=1999) == []
    assert dates_in("He said that month was hard.", context_year=1999) == []


def test_next_weekday_later_in_the_same_week_is_ambiguous() -> None:
    # "next Friday" said on a Monday may be this Friday or the one after: not resolved
    assert [d for _, d in dates_in("The council will vote next Friday.", MON)] == [None]


def test_year_before_a_present_verb_with_an_object() -> None:
    assert dates_in("The mill that was founded in 1998 employs 400 people.") == [("in 1998", "1998")]
    assert dates_in("The charity built shelters in 2000 homes across the region.") == []


def test_this_past_weekday_and_weekend() -> None:
    assert dates_in("The family met this past Sunday.", TUE, future=False) == [("this past Sunday", "2019-11-17")]
    assert dates_in("Crowds gathered this past weekend.", TUE, future=False) == [("this past weekend", "2019-11")]


def test_day_without_year_almost_a_year_back_is_not_resolved() -> None:
    # "on November 18" in a past clause two weeks before 18 November: last year's date is unlikely
    assert [d for _, d in dates_in("The bench heard the matter on November 18.", date(2025, 11, 4))] == [None]
    assert [d for _, d in dates_in("The plant reopened on 2 March.", TUE)] == ["2019-03-02"]


def test_period_ends_back_as_of_and_counted_earlier() -> None:
    assert dates_in("In the 24 hours to Monday morning, 300 people were rescued.") == []
    assert dates_in("Back in 2019, the firm had 12 staff.") == [("Back in 2019", "2019")]
    assert [t for t, _ in dates_in("As of Monday, 40 people had died.")] == ["As of Monday"]
    found = [(e.text, resolve(e, MON, context_day=date(2020, 3, 3))) for e in
             find_time_expressions("Two days earlier, police had searched the office.")]
    assert found == [("Two days earlier", "2020-03-01")]
    assert dates_in("Profit rose 5% from a month earlier.") == []


def test_alternative_dates_are_not_taken() -> None:
    assert dates_in("The vote will be held on Thursday or Friday.") == []
    assert dates_in("The plant will close in March or April.") == []
    assert dates_in("The storm may hit late on Thursday or early on Friday.") == []


def test_a_weekday_of_next_or_last_week_is_that_day() -> None:
    wed = date(2024, 8, 21)  # a Wednesday
    assert dates_in("The minister is expected to appear before the committee on Thursday next week.", wed) == [
        ("on Thursday next week", "2024-08-29")]
    assert dates_in("The two sides met on Monday last week.", wed) == [("on Monday last week", "2024-08-12")]


def test_the_end_of_the_month_is_the_month_of_publication() -> None:
    wed = date(2024, 8, 21)
    assert dates_in("The chairman will step down at the end of the month.", wed) == [
        ("at the end of the month", "2024-08")]
    assert dates_in("The end of the month was hard for the shop.", wed) == []  # a subject, not a date


def test_from_at_least_a_year() -> None:
    assert dates_in("Workers altered the readings from at least 2015, the panel found.", TUE) == [
        ("from at least 2015", "2015")]


def test_ended_is_a_period_end_only_after_a_period() -> None:
    from studyapp.extract.dates import find_time_expressions
    assert [e.text for e in find_time_expressions("Early voting ended Friday.")] == ["Friday"]
    assert find_time_expressions("Sales rose in the three months ended Sept. 30.") == []
