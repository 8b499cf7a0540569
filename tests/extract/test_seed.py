"""The seed article end to end (tests/data holds it; the project's own test data)."""

from datetime import date
from pathlib import Path

import pytest

from studyapp.extract import extract_facts, format_facts, load_article_text

SEED = Path(__file__).resolve().parents[1] / "data" / "bbc-2013-06-17-us-cool-on-north-korea-talks.txt"


@pytest.fixture(scope="module")
def facts():
    return extract_facts(load_article_text(str(SEED)))


def test_title_and_date(facts):
    assert facts.title == "US cool on North Korea talks offer"
    assert facts.published == date(2013, 6, 17)


def test_published_override():
    f = extract_facts(load_article_text(str(SEED)), published="2013-06-18")
    assert f.published == date(2013, 6, 18)


def test_five_direct_quotes(facts):
    got = [(q.speaker, q.quote) for q in facts.quotes if q.kind == "direct"]
    assert got == [
        ("US spokeswoman", "by its actions and not its words"),
        ("Caitlin Hayden", "Our desire is to have credible negotiations with the North Koreans, but those talks must "
                           "involve North Korea living up to its obligations to the world, including compliance with "
                           "UN Security Council resolutions, and ultimately result in denuclearisation"),
        ("Denis McDonough", "We'll judge them by their actions, not by the nice words that we heard yesterday"),
        ("Denis McDonough", "They're not going to be able to talk their way out of very significant sanctions "
                            "they're under now"),  # "he added"
        ("Kim Hyung-seok", "The window of dialogue is open but that the North should take concrete steps first"),
    ]


def test_scare_quotes_and_chrome_are_not_facts(facts):
    texts = " ".join(q.quote for q in facts.quotes if q.kind == "direct")
    assert "regional peace" not in texts
    assert "Actions not words" not in texts
    for q in facts.quotes:
        assert "From the section" not in q.sentence and "•" not in q.sentence


def test_four_people_with_positions(facts):
    got = {(r.person, r.role) for r in facts.roles}
    assert got == {
        ("Caitlin Hayden", "US National Security Council spokeswoman"),
        ("Denis McDonough", "chief of staff to the US president"),
        ("Kim Hyung-seok", "ministry spokesman"),
        ("Lucy Williamson", "BBC correspondent in Seoul"),
    }
    assert {p.name for p in facts.people} == {"Caitlin Hayden", "Denis McDonough", "Kim Hyung-seok", "Lucy Williamson"}
    mcd = next(p for p in facts.people if p.name == "Denis McDonough")
    assert "Mr McDonough" in mcd.aliases


def test_reported_speech(facts):
    got = {(q.speaker, q.quote) for q in facts.quotes if q.kind == "indirect"}
    assert ("US", "North Korea could not talk its way out of sanctions") in got
    assert ("Denis McDonough", "North Korea had to live up to its obligations on nuclear proliferation") in got
    assert ("Lucy Williamson", "North Korean shifts from threat to dialogue are familiar fare to Washington") in got
    assert ("South Korea's Unification Ministry", "its stance on talks was the same as the US") in got
    assert ("North Korea", 'there should be no "preconditions"') in got  # "The North … said"
    speakers = {s for s, _ in got}
    assert "North Korea's National Defence Commission" in speakers
    assert "Lucy Williamson" in speakers


def test_json_contract(facts):
    d = facts.to_dict()
    assert d["published"] == "2013-06-17"
    assert set(d) >= {"title", "published", "quotes", "roles", "events"}
    for q in d["quotes"]:
        assert set(q) >= {"speaker", "quote", "kind"} and q["kind"] in ("direct", "indirect")
    for r in d["roles"]:
        assert set(r) >= {"person", "role", "org"}


def test_format_facts(facts):
    out = format_facts(facts)
    assert "Denis McDonough" in out and "Quotes (5)" in out
