"""Facts → cards, on facts written by hand for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from studyapp.cards import cards_for_article, format_date, pick_cloze, problems
from studyapp.cards.generate import name_kind, with_article
from studyapp.extract.facts import ArticleFacts, Event, Quote, Role

FACTS = ArticleFacts(
    title="Harbour plan approved",
    published=date(2024, 5, 14),
    quotes=(
        Quote("Maria Lindqvist", "The new harbour will bring four hundred jobs to the northern coast", "direct",
              sentence="“The new harbour will bring four hundred jobs to the northern coast,” Ms Lindqvist said."),
        Quote("Tomas Berg", "the budget for the harbour had doubled since the first estimate", "indirect",
              sentence="Tomas Berg said the budget for the harbour had doubled since the first estimate."),
        Quote("Anna Holm", "We are proud that the council listened to the fishermen", "direct", sentence="…"),
        Quote("Erik Sand", "Nobody asked the islanders what they wanted from the port", "direct", sentence="…"),
        Quote("he", "This should never happen again in our town", "direct", sentence="…"),
        Quote("Anna Holm", "Yes", "direct", sentence="…"),
    ),
    roles=(
        Role("Maria Lindqvist", "mayor of Nordhavn", "", sentence="Maria Lindqvist, mayor of Nordhavn, …"),
        Role("Tomas Berg", "finance director", "Nordhavn Port Authority", sentence="…"),
        Role("Anna Holm", "spokeswoman", "", sentence="…"),
    ),
    events=(
        Event("2024-05-13", "on Monday", "the council approved the harbour plan", sentence="…"),
        Event("2021-03", "in March 2021", "the first estimate of the harbour's cost was published", sentence="…"),
        Event("2019", "since 2019", "the old pier has been closed to the public", sentence="…"),
        Event("2024-09", "in September", "construction is scheduled to begin on the northern quay", sentence="…"),
        Event("2024", "this year", "ok", sentence="…"),
    ),
)  # fmt: skip


@pytest.fixture(scope="module")
def cards():
    return cards_for_article(FACTS)


def by_kind(cards, kind):
    return [c for c in cards if c.kind == kind]


def test_who_said_with_position_and_choices(cards) -> None:
    (card,) = [c for c in by_kind(cards, "who_said") if "four hundred jobs" in c.front]
    assert card.front == "Who said: “The new harbour will bring four hundred jobs to the northern coast”?"
    assert card.back == "Maria Lindqvist, mayor of Nordhavn"
    assert card.choices is not None and card.choices[0] == "Maria Lindqvist"
    assert sorted(card.choices[1:]) == sorted({"Tomas Berg", "Anna Holm", "Erik Sand"})
    assert card.source.startswith("“The new harbour")


def test_reported_speech_gives_who_said_and_what_said(cards) -> None:
    who = [c for c in by_kind(cards, "who_said") if "budget" in c.front]
    assert who[0].front == "Who said that the budget for the harbour had doubled since the first estimate?"
    assert who[0].back == "Tomas Berg, finance director (Nordhavn Port Authority)"
    (what,) = by_kind(cards, "said_what")
    assert what.front == "What did Tomas Berg say about the budget for the harbour in May 2024?"
    assert what.back == "the budget for the harbour had doubled since the first estimate"


def test_cloze_blanks_a_content_phrase(cards) -> None:
    cloze = {c.back: c.front for c in by_kind(cards, "quote_cloze")}
    assert "northern coast" in cloze or "four hundred jobs" in cloze or "new harbour" in cloze
    for phrase, front in cloze.items():
        assert "_____" in front and phrase not in front
        assert phrase.lower() not in {"the", "we", "they", "that"}


def test_positions_both_ways_stamped_with_the_date(cards) -> None:
    fronts = {c.front: c.back for c in cards}
    assert fronts["What position did Maria Lindqvist hold in May 2024?"] == "mayor of Nordhavn"
    assert fronts["Who was the mayor of Nordhavn in May 2024?"] == "Maria Lindqvist"
    assert fronts["Who was the finance director at the Nordhavn Port Authority in May 2024?"] == "Tomas Berg"
    # "spokeswoman" alone could be anyone: no "Who was the spokeswoman …?" card
    assert not [f for f in fronts if f.startswith("Who was the spokeswoman")]
    assert fronts["What position did Anna Holm hold in May 2024?"] == "spokeswoman"


def test_events_at_their_own_precision(cards) -> None:
    dates = {c.back: c.front for c in by_kind(cards, "event_date")}
    assert dates["13 May 2024"] == "On which date did this happen? The council approved the harbour plan."
    assert dates["March 2021"].startswith("In which month and year did this happen? The first estimate")
    assert dates["2019"] == "Since which year is this so? The old pier has been closed to the public."
    assert dates["September 2024"].startswith("For which month and year was this planned? Construction is scheduled")
    events = {c.front: c.back for c in by_kind(cards, "date_event")}
    assert events["According to “Harbour plan approved”, what happened in March 2021?"].startswith("The first estimate")
    assert not [f for f in events if "2019" in f]  # "since" is not "in"


def test_no_pronoun_speakers_fragments_or_duplicates(cards) -> None:
    assert not [c for c in cards if "never happen again" in c.front]  # speaker "he" unresolved
    assert not [c for c in cards if c.back == "2024"]  # a four-letter event is no event
    fronts = [c.front for c in cards]
    assert len(fronts) == len(set(fronts))
    for c in cards:
        assert problems(c.front, c.back, c.choices) == [], c


def test_no_date_means_the_article_is_named() -> None:
    facts = ArticleFacts(title="Harbour plan approved", roles=(Role("Maria Lindqvist", "mayor of Nordhavn"),))
    fronts = [c.front for c in cards_for_article(facts)]
    assert "What position did Maria Lindqvist hold according to “Harbour plan approved”?" in fronts


def test_deck_people_fill_up_the_choices() -> None:
    facts = ArticleFacts(quotes=(Quote("Maria Lindqvist", "The harbour will bring many new jobs to the coast", "direct"),))
    (alone,) = [c for c in cards_for_article(facts) if c.kind == "who_said"]
    assert alone.choices is None  # plain recall: no distractors to be had
    (card,) = [c for c in cards_for_article(facts, ["Olof Palm", "Maria Lindqvist", "Sweden", "Karin Ek", "Lars Berg"]) if c.kind == "who_said"]
    assert card.choices is not None and card.choices[0] == "Maria Lindqvist"
    assert set(card.choices[1:]) == {"Olof Palm", "Karin Ek", "Lars Berg"}  # a country is not a person


@pytest.mark.parametrize(("iso", "text"), [("2012-02", "February 2012"), ("2013-06-16", "16 June 2013"), ("2009", "2009")])
def test_format_date(iso: str, text: str) -> None:
    assert format_date(iso) == text


def test_pick_cloze_prefers_content_and_refuses_short_quotes() -> None:
    blanked, phrase = pick_cloze("We will rebuild the railway bridge before the winter")
    assert phrase in {"railway bridge", "rebuild"} and "_____" in blanked
    assert pick_cloze("It is what it is") is None
    assert pick_cloze("Yes we can") is None


@pytest.mark.parametrize(
    ("front", "back", "choices", "problem"),
    [
        ("Who said X?", "he", None, "pronoun"),
        ("Who leads the Nordhavn council?", "Nordhavn council", None, "appears in the question"),
        ("Who said that Mr Berg was right?", "Tomas Berg", None, "last name"),
        ("What did she say about the harbour?", "the budget of", None, "fragment"),
        ("Who said it?", "Ann Lee", ("Ann Lee", "Bo Ek", "Bo Ek", "Cy Dahl"), "four different"),
        ("Who said it?", "Ann Lee", ("Bo Ek", "Ann Lee", "Di Falk", "Cy Dahl"), "first choice"),
        ("Who said: “Hello?", "Ann Lee", None, "unbalanced"),
    ],
)
def test_quality_rules(front, back, choices, problem) -> None:
    assert any(problem in p for p in problems(front, back, choices))


def test_names_and_articles() -> None:
    assert name_kind("Caitlin Hayden") == "person"
    assert name_kind("North Korea") == "org" and name_kind("Unification Ministry") == "org" and name_kind("US") == "org"
    assert with_article("Unification Ministry") == "the Unification Ministry"
    assert with_article("South Korea's Unification Ministry") == "South Korea's Unification Ministry"
    assert with_article("Tomas Berg") == "Tomas Berg"


def test_titles_many_people_hold_get_no_who_was_card() -> None:
    facts = ArticleFacts(
        title="Budget vote", published=date(2024, 5, 14),
        roles=(Role("Karin Ek", "Senator"), Role("Olof Palm", "senior fellow at the Nordic Policy Institute"),
               Role("Lars Berg", "pundit for Radio North"), Role("Anna Holm", "talent manager"),
               Role("Mia Sund", "chief executive of Harbour Bank")),
    )  # fmt: skip
    holders = {c.back for c in cards_for_article(facts) if c.kind == "role_holder"}
    assert holders == {"Mia Sund"}


def test_group_speakers_and_unclear_events() -> None:
    facts = ArticleFacts(
        title="Harbour plan approved", published=date(2024, 5, 14),
        quotes=(Quote("Officials", "the harbour would open before the summer season began", "indirect"),),
        events=(Event("2012", "in 2012", "These cases were dropped because the time limit ran out"),
                Event("2004", "in 2004", "Anna Holm won the regional championship twice with two clubs"),
                Event("2010", "in 2010", "Anna Holm won the regional championship twice with two clubs"),
                Event("2023", "until the end of the 2022/23 season", "Tomas Berg signed a contract with the club")),
    )  # fmt: skip
    cards = cards_for_article(facts)
    assert not [c for c in cards if c.kind == "who_said"]  # "Officials" names no one
    (said,) = [c for c in cards if c.kind == "said_what"]
    assert said.front.startswith("What did officials say about the harbour")
    dates = [c for c in cards if c.kind in ("event_date", "date_event")]
    assert [(c.front, c.back) for c in dates] == [("Until which year? Tomas Berg signed a contract with the club.", "2023")]


def test_no_title_no_date_event_card() -> None:
    facts = ArticleFacts(events=(Event("2012-02", "In February 2012", "the council agreed to close the old pier"),))
    kinds = [c.kind for c in cards_for_article(facts)]
    assert kinds == ["event_date"]


def test_organisation_of_a_generic_title_comes_from_the_body_named_before() -> None:
    facts = ArticleFacts(
        title="Harbour plan approved", published=date(2024, 5, 14),
        quotes=(Quote("Nordhavn's Transport Ministry", "its position on the harbour had not changed", "indirect", start=10),),
        roles=(Role("Per Lund", "ministry spokesman", "", start=50),),
    )  # fmt: skip
    fronts = {c.front: c.back for c in cards_for_article(facts)}
    assert fronts["What position did Per Lund hold in May 2024?"] == "ministry spokesman (Nordhavn's Transport Ministry)"
    assert fronts["Who was the ministry spokesman at Nordhavn's Transport Ministry in May 2024?"] == "Per Lund"


def test_blank_speaker_names_do_not_break_the_organisation_guess() -> None:
    facts = ArticleFacts(
        title="Port row",
        published=date(2024, 5, 2),
        quotes=(Quote("  ", "We will not sign", "direct", sentence="…"),),
        roles=(Role("Ines Varga", "ministry spokeswoman", "", sentence="Ministry spokeswoman Ines Varga said so."),),
    )
    drafts = cards_for_article(facts)
    assert any(d.back.startswith("ministry spokeswoman") for d in drafts)


def test_particles_keep_a_name_a_name_and_things_are_not_speakers() -> None:
    facts = ArticleFacts(
        title="Truce talks",
        published=date(2024, 10, 9),
        quotes=(
            Quote("Samir al-Haddad", "the next round of talks will open in Geneva in November", "indirect", sentence="…"),
            Quote("pay revision", "the workers had served a strike notice in early October", "indirect", sentence="…"),
            Quote("local health officials", "At least 23 people were killed when shells hit the market", "indirect",
                  sentence="…"),
        ),
        roles=(Role("X", "ministry's spokesperson", "", sentence="In a post on X, the ministry's spokesperson said."),),
    )
    fronts = [d.front for d in cards_for_article(facts)]
    assert any(f.startswith("What did Samir al-Haddad say") for f in fronts)  # not "a Samir al-Haddad"
    assert not any("pay revision" in f for f in fronts)
    assert any("about at least 23 people" in f or "about the market" in f for f in fronts) or not any(
        "At least" in f for f in fronts)
    assert not any(f.startswith("What position did X ") for f in fronts)
