"""Article text → facts. Pure functions: no I/O beyond reading the input, no database, no Qt.

``load_article_text`` reads a path (or ``-`` for standard input) with clear one-line
errors; ``extract_facts`` returns :class:`ArticleFacts` (quotes, roles, dated events,
people); ``format_facts`` renders them for a terminal.

Input limits: files and texts above :data:`MAX_INPUT_BYTES` (5 MB: room for a heavy HTML
page) and article text above :data:`MAX_TEXT_CHARS` once cleaned (2 million characters,
about 300,000 words or two hundred long news articles; extraction then takes a few
seconds) are refused with :class:`~studyapp.errors.InputError`;
binary files (NUL bytes) are refused; invalid UTF-8 is decoded with replacement
characters (U+FFFD) so that a mostly-good article still yields facts.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from studyapp.errors import InputError
from studyapp.extract.facts import ArticleFacts, Event, Person, Quote, Role

__all__ = [
    "ArticleFacts", "Event", "Person", "Quote", "Role", "extract_facts", "load_article_text", "format_facts",
    "MAX_INPUT_BYTES", "MAX_TEXT_CHARS",
]

MAX_INPUT_BYTES = 5_000_000
MAX_TEXT_CHARS = 2_000_000


def _decode(data: bytes, source: str) -> str:
    if not data.strip():
        return ""
    head = data[:8192]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise InputError(f"{source} looks like a binary file, not an article (.txt, .md or .html)")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{source} is not valid UTF-16 text") from None
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd")
    if bad and bad > max(20, len(text) // 20):
        raise InputError(f"{source} is not UTF-8 text ({bad} undecodable bytes)")
    return text


def load_article_text(source: str) -> str:
    """Read an article from a path (``-`` for standard input) as text.

    Raises :class:`InputError` with one line for a missing file, a directory, a binary
    file or a file larger than :data:`MAX_INPUT_BYTES`.
    """
    if source == "-":
        import sys

        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            data = sys.stdin.read(MAX_INPUT_BYTES + 1).encode("utf-8", "replace")
        else:
            data = stream.read(MAX_INPUT_BYTES + 1)
        if len(data) > MAX_INPUT_BYTES:
            raise InputError(f"standard input is larger than the {MAX_INPUT_BYTES // 1_000_000} MB limit for an article")
        return _decode(data, "standard input")
    path = Path(source)
    try:
        if path.is_dir():
            raise InputError(f"{source} is a directory, not an article file")
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(
                f"{source} is {size / 1_000_000:.1f} MB; the limit for an article is {MAX_INPUT_BYTES // 1_000_000} MB"
            )
        with path.open("rb") as fh:
            data = fh.read(MAX_INPUT_BYTES + 1)
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(f"cannot read {source}: no such file") from None
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror or exc}") from None
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{source} is larger than the {MAX_INPUT_BYTES // 1_000_000} MB limit for an article")
    return _decode(data, source)


def _published(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def _events(sentences: list, published: date | None, people: tuple[Person, ...]) -> list[Event]:
    try:
        from studyapp.extract.events import extract_events
    except ImportError:
        return []
    try:
        return list(extract_events(sentences, published, people))
    except RecursionError:
        return []
    except Exception as exc:  # a bug in event extraction must not cost the user the other facts
        import warnings

        warnings.warn(f"event extraction failed: {exc!r}", RuntimeWarning, stacklevel=2)
        return []


def _guarded(what: str, fn, default):  # type: ignore[no-untyped-def]
    """Run one extraction stage; a bug in it costs that kind of fact, not the whole article."""
    try:
        return fn()
    except RecursionError:
        return default
    except Exception as exc:  # pragma: no cover - only reached through a bug
        import warnings

        warnings.warn(f"{what} extraction failed: {exc!r}", RuntimeWarning, stacklevel=2)
        return default


def extract_facts(text: str, published: date | str | None = None) -> ArticleFacts:
    """Extract quotes, roles and dated events from article text (plain, Markdown or HTML).

    ``published`` overrides the date found in the article. Raises :class:`InputError`
    for text that is not a string or is larger than :data:`MAX_INPUT_BYTES`.
    """
    from studyapp.extract.names import build_people
    from studyapp.extract.quotes import extract_quotes, find_quote_spans
    from studyapp.extract.roles import extract_roles, roles_from_speakers
    from studyapp.extract.text import clean_article, split_sentences

    if not isinstance(text, str):
        raise InputError("the article must be text")
    if len(text) > MAX_INPUT_BYTES:
        raise InputError(f"the article is longer than the {MAX_INPUT_BYTES // 1_000_000} MB limit")
    override = _published(published)
    art = clean_article(text)
    pub = override or art.published
    body = art.body
    if len(body) > MAX_TEXT_CHARS:
        raise InputError(
            f"the article text is {len(body.split()):,} words; the limit is {MAX_TEXT_CHARS // 1_000_000} million "
            "characters (split it into articles)"
        )
    if not body.strip():
        return ArticleFacts(title=art.title, published=pub)
    sentences = split_sentences(body)
    mask: list[tuple[int, int]] = []
    pos = 0
    for m in [*re.finditer(r"\n\s*\n", body), None]:
        end = m.start() if m else len(body)
        for q in find_quote_spans(body[pos:end]):
            mask.append((pos + q.open, pos + q.close))
        if m:
            pos = m.end()
    people = _guarded("name", lambda: build_people(body, mask), None)
    if people is None:
        from studyapp.extract.names import People

        people = People()
    roles = _guarded("position", lambda: extract_roles(sentences, people, mask), [])
    quotes = _guarded("quote", lambda: extract_quotes(body, sentences, people, roles), [])
    roles = roles + _guarded("position", lambda: roles_from_speakers(quotes, roles), [])
    persons = people.persons()
    events = _events(sentences, pub, persons)
    return ArticleFacts(
        title=art.title,
        published=pub,
        quotes=tuple(quotes),
        roles=tuple(roles),
        events=tuple(events),
        people=persons,
    )


def format_facts(facts: ArticleFacts) -> str:
    """A readable listing of the facts for the terminal."""
    lines: list[str] = []
    lines.append(facts.title or "(untitled article)")
    lines.append(f"published: {facts.published.isoformat() if facts.published else 'unknown'}")
    direct = [q for q in facts.quotes if q.kind == "direct"]
    indirect = [q for q in facts.quotes if q.kind == "indirect"]
    lines.append("")
    lines.append(f"Quotes ({len(direct)})")
    for q in direct:
        lines.append(f"  {q.speaker}: \u201c{q.quote}\u201d")
    lines.append("")
    lines.append(f"Reported speech ({len(indirect)})")
    for q in indirect:
        lines.append(f"  {q.speaker}: {q.quote}")
    lines.append("")
    lines.append(f"Positions ({len(facts.roles)})")
    for r in facts.roles:
        lines.append(f"  {r.person}: {r.role}" + (f" ({r.org})" if r.org else ""))
    lines.append("")
    lines.append(f"Dated events ({len(facts.events)})")
    for e in facts.events:
        lines.append(f"  {e.date}  {e.event}  [{e.date_text}]")
    if facts.people:
        lines.append("")
        lines.append(f"People ({len(facts.people)})")
        for p in facts.people:
            lines.append(f"  {p.name}" + (f" (also: {', '.join(p.aliases)})" if p.aliases else ""))
    return "\n".join(lines) + "\n"
