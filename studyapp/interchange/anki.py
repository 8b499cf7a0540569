"""Anki package (.apkg) export through genanki.

One note type, "studyapp card", carries Front, Back, Choices, Source and Article, so that
Anki's own importer keeps every part of a card. Text is HTML-escaped: card text is never
interpreted as markup.
"""

from __future__ import annotations

import hashlib
import html
import random
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

MODEL_ID = 1_719_305_117  # fixed, so that re-exports update the same note type in Anki
MODEL_NAME = "studyapp card"
FIELDS = ("Front", "Back", "Choices", "Source", "Article")

CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: left; color: #222; background: #fff; }
.choices { margin-top: 0.8em; } .choices li { margin: 0.2em 0; }
.source { margin-top: 1em; font-size: 15px; color: #555; font-style: italic; }
.article { margin-top: 0.4em; font-size: 13px; color: #777; }
.nightMode .card, .card.nightMode { color: #eee; background: #2b2b2b; }"""


@dataclass(frozen=True, slots=True)
class AnkiCard:
    deck: str
    front: str
    back: str
    choices: tuple[str, ...] | None
    source: str
    article: str


def _stable_id(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "big") | (1 << 30)


def _choices_html(card: AnkiCard) -> str:
    if not card.choices:
        return ""
    options = list(card.choices)
    random.Random(_stable_id(card.front)).shuffle(options)
    return "<ol>" + "".join(f"<li>{html.escape(o)}</li>" for o in options) + "</ol>"


def write_apkg(cards: Iterable[AnkiCard], path: Path) -> int:
    """Write an Anki package; returns the number of notes."""
    import genanki

    model = genanki.Model(
        MODEL_ID,
        MODEL_NAME,
        fields=[{"name": f} for f in FIELDS],
        templates=[
            {
                "name": "Card 1",
                "qfmt": "{{Front}}{{#Choices}}<div class=choices>{{Choices}}</div>{{/Choices}}",
                "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"
                "{{#Source}}<div class=source>{{Source}}</div>{{/Source}}"
                "{{#Article}}<div class=article>{{Article}}</div>{{/Article}}",
            }
        ],
        css=CSS,
    )
    decks: dict[str, genanki.Deck] = {}
    n = 0
    for card in cards:
        deck = decks.get(card.deck)
        if deck is None:
            deck = decks[card.deck] = genanki.Deck(_stable_id("deck:" + card.deck), card.deck)
        fields = [html.escape(card.front), html.escape(card.back), _choices_html(card), html.escape(card.source), html.escape(card.article)]
        deck.add_note(genanki.Note(model=model, fields=fields, guid=genanki.guid_for(card.deck, card.front, card.back)))
        n += 1
    genanki.Package(list(decks.values())).write_to_file(str(path))
    return n
