"""Importing articles (files, text, URLs) into decks: all or nothing, never twice."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest

from studyapp import Collection
from studyapp.errors import InputError
from tests.conftest import SEED_ARTICLE

ARTICLE = """Harbour plan approved

Published 14 May 2024

The council of Nordhavn approved the new harbour plan on Monday after a long debate.

"The new harbour will bring four hundred jobs to the northern coast," said Maria Lindqvist, the mayor of Nordhavn.

Finance director Tomas Berg said the budget for the harbour had doubled since the first estimate.
"""


def test_import_text_makes_cards_with_sources(col: Collection) -> None:
    result = col.import_article(ARTICLE, deck="Local")
    assert not result.duplicate and result.cards > 0 and result.deck == "Local"
    cards = col.cards("Local")
    assert len(cards) == result.cards
    assert all(c.source for c in cards)
    article = col.article_of_card(cards[0].id)
    assert article is not None and article.title == "Harbour plan approved"
    assert "Nordhavn" in col.article_text(article.id)


def test_importing_the_same_article_twice_adds_nothing(col: Collection) -> None:
    first = col.import_article(ARTICLE)
    again = col.import_article("\n\n" + ARTICLE.replace("\n\n", "\n\n\n") + "  \n")
    assert first.cards > 0 and first.deck == "News"
    assert again.duplicate and again.cards == 0
    assert col.card_count() == first.cards and len(col.articles()) == 1


def test_preview_then_save_a_chosen_subset(col: Collection) -> None:
    preview = col.preview_article(ARTICLE)
    assert preview.title == "Harbour plan approved"
    assert str(preview.published) == "2024-05-14"
    assert col.card_count() == 0 and col.articles() == []  # a preview writes nothing
    keep = [d for d in preview.drafts if d.kind != "quote_cloze"][:2]
    result = col.save_article(preview, deck="Chosen", drafts=keep)
    assert [c.front for c in col.cards("Chosen")] == [d.front for d in keep]
    assert result.facts == len(preview.facts.quotes) + len(preview.facts.roles) + len(preview.facts.events)


def test_published_override_changes_the_stamp(col: Collection) -> None:
    preview = col.preview_article(ARTICLE, published="2025-01-02")
    assert str(preview.published) == "2025-01-02"
    assert any("January 2025" in d.front for d in preview.drafts)


def test_seed_article_import(col: Collection) -> None:
    result = col.import_article(SEED_ARTICLE)
    assert result.title == "US cool on North Korea talks offer"
    assert result.cards >= 20
    fronts = "\n".join(c.front for c in col.cards())
    assert "nice words that we heard yesterday" in fronts


@pytest.mark.parametrize(
    ("source", "message"),
    [("", "no article text"), ("   \n\n  ", "no article text"), ("missing-file.txt", "cannot read")],
)
def test_bad_sources_add_nothing(col: Collection, source: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        col.import_article(source)
    assert col.card_count() == 0 and col.articles() == [] and col.decks() == []


def test_a_failing_save_leaves_nothing_behind(col: Collection) -> None:
    from dataclasses import replace

    preview = col.preview_article(ARTICLE)
    bad = [replace(preview.drafts[0], back="   ")]  # an empty answer is refused mid-way
    with pytest.raises(InputError):
        col.save_article(preview, deck="D", drafts=[*preview.drafts[1:], *bad])
    assert col.articles() == [] and col.card_count() == 0


# ----------------------------------------------------------------------------- URLs


class _Pages(http.server.BaseHTTPRequestHandler):
    pages = {
        "/article.html": (200, "text/html; charset=utf-8", (
            "<html><head><title>Harbour plan approved</title>"
            '<meta property="article:published_time" content="2024-05-14T09:00:00Z"></head>'
            "<body><nav>Home | News | Sport</nav><article><h1>Harbour plan approved</h1>"
            + "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")[2:])
            + "</article><footer>Copyright</footer></body></html>").encode()),
        "/image.png": (200, "image/png", b"\x89PNG...."),
        "/huge.html": (200, "text/html", b"<p>" + b"x" * (11 * 1024 * 1024)),
    }

    def do_GET(self) -> None:  # noqa: N802
        status, ctype, body = self.pages.get(self.path, (404, "text/plain", b"not here"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass  # the client stopped reading (the size limit): expected

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_import_from_a_url(col: Collection, server: str) -> None:
    result = col.import_article(f"{server}/article.html")
    assert result.title == "Harbour plan approved" and result.cards > 0
    assert result.source == f"{server}/article.html"
    assert "Home | News" not in col.article_text(col.articles()[0].id)


@pytest.mark.parametrize(
    ("path", "message"),
    [("/missing.html", "HTTP 404"), ("/image.png", "not a web page"), ("/huge.html", "larger than 10 MB")],
)
def test_url_errors_are_one_line(col: Collection, server: str, path: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        col.import_article(server + path)
    assert "\n" not in str(info.value)
    assert col.articles() == []


def test_unreachable_host(col: Collection) -> None:
    import socket

    with socket.socket() as s:  # a port on loopback where nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(InputError, match="cannot fetch"):
        col.import_article(f"http://127.0.0.1:{port}/a.html")
