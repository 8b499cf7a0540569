"""Bad input: a clear one-line InputError or empty facts, never a traceback, in bounded time."""

import time
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyapp.cli import main
from studyapp.errors import InputError
from studyapp.extract import MAX_INPUT_BYTES, extract_facts, format_facts, load_article_text


@pytest.fixture(autouse=True)
def _stage_failures_are_errors():
    """extract_facts turns a crashing stage into a RuntimeWarning; here that must fail the test."""
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*extraction failed", category=RuntimeWarning)
        yield


def run_cli(args, capsys):
    code = main(["extract", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_missing_file(tmp_path, capsys):
    code, out, err = run_cli([str(tmp_path / "nope.txt")], capsys)
    assert code == 1 and "no such file" in err and "Traceback" not in err and err.count("\n") == 1


def test_directory(tmp_path, capsys):
    code, out, err = run_cli([str(tmp_path)], capsys)
    assert code == 1 and "directory" in err and err.count("\n") == 1


def test_empty_file(tmp_path, capsys):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    code, out, err = run_cli([str(p), "--json"], capsys)
    assert code == 0 and '"quotes": []' in out


def test_binary_file(tmp_path, capsys):
    p = tmp_path / "img.txt"
    p.write_bytes(bytes(range(256)) * 100)
    code, out, err = run_cli([str(p)], capsys)
    assert code == 1 and "binary" in err and err.count("\n") == 1


def test_invalid_utf8_is_decoded_with_replacement(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes('"Ça va très bien," said Mayor Jo Park.\n'.encode("latin-1"))
    text = load_article_text(str(p))
    assert "\ufffd" in text
    facts = extract_facts(text)
    assert [q.speaker for q in facts.quotes] == ["Jo Park"]


def test_mostly_undecodable_is_an_error(tmp_path):
    p = tmp_path / "garbage.txt"
    p.write_bytes(bytes([0xFF, 0xFE, 0x80, 0x81] * 1000).replace(b"\xff\xfe", b"\x81\x82"))
    with pytest.raises(InputError):
        load_article_text(str(p))


def test_huge_file_refused_quickly(tmp_path, capsys):
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:
        fh.write(b"word " * (20 * 1024 * 1024 // 5))  # 20 MB
    t = time.perf_counter()
    code, out, err = run_cli([str(p)], capsys)
    assert time.perf_counter() - t < 2
    assert code == 1 and "limit" in err and err.count("\n") == 1


def test_huge_text_refused():
    with pytest.raises(InputError):
        extract_facts("a" * (MAX_INPUT_BYTES + 1))


def test_bad_published():
    with pytest.raises(InputError):
        extract_facts("Text.", published="last tuesday")


def test_not_text():
    with pytest.raises(InputError):
        extract_facts(b"bytes")  # type: ignore[arg-type]


def test_stdin(monkeypatch, capsys):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO('"Hi," said Mayor Jo Park.'.encode())))
    code, out, err = run_cli(["-"], capsys)
    assert code == 0 and "Jo Park" in out


@pytest.mark.parametrize(
    "text",
    [
        '"' * 100_000,
        "\u201c" * 50_000 + "\u201d" * 50_000,
        "'" * 100_000,
        " 'a" * 50_000,
        "X said, " * 30_000,
        "Mr. " * 50_000,
        '"Yes," said Tom Hale. ' * 5_000,
        "<p>" * 50_000,
        "<html><body>" + '<p>"a," he said.</p>' * 10_000,
        "A " * 100_000,
        ("\u201c" + "word " * 1000 + "\n\n") * 50,
        "\x00\x01\x02" * 10_000,
        "• 17 June 2013\n" * 10_000,
        "said " * 50_000,
        ", " * 100_000,
        "council members " + ", ".join(f"Ann Lee{i}" for i in range(5000)) + " and Bob Ray.",  # 5,000 people
        ("Alpha Beta, " * 20_000) + "and Gamma Delta said it was fine.",
    ],
)
def test_adversarial_text_bounded(text):
    t = time.perf_counter()
    facts = extract_facts(text)
    format_facts(facts)
    facts.to_dict()
    assert time.perf_counter() - t < 5


_alphabet = st.sampled_from(list('abcXYZ "\u201c\u201d\u2018\u2019\',.:;!?-\u2014\n•<>/=&#') +
                            ["said", "Mr", "Dr.", " he ", " she ", "told", "that", "President", "Anna Berg",
                             "\n\n", "U.S.", "17 June 2013", "<p>", "</p>", "the 30-year-old", "Inc.", "'s"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_alphabet, max_size=300).map("".join))
def test_fuzz_tokens(text):
    t = time.perf_counter()
    try:
        facts = extract_facts(text)
    except InputError:
        return
    format_facts(facts)
    facts.to_dict()
    assert time.perf_counter() - t < 2


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_fuzz_unicode(text):
    try:
        facts = extract_facts(text)
    except InputError:
        return
    facts.to_dict()


def test_a_crashing_stage_costs_only_its_facts(monkeypatch):
    import studyapp.extract.roles as roles_mod

    def boom(*a, **k):
        raise IndexError("bug")

    monkeypatch.setattr(roles_mod, "extract_roles", boom)
    with pytest.warns(RuntimeWarning, match="position extraction failed"):
        facts = extract_facts('"We won," said coach Maria Lopez.')
    assert facts.roles == () and [q.speaker for q in facts.quotes] == ["Maria Lopez"]


def test_long_text_refused_with_clear_error():
    from studyapp.extract import MAX_TEXT_CHARS

    text = "The mayor said the bridge would open soon. " * (MAX_TEXT_CHARS // 40)
    t = time.perf_counter()
    with pytest.raises(InputError, match="limit"):
        extract_facts(text)
    assert time.perf_counter() - t < 5
