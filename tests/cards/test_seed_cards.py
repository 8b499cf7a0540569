"""The seed article imported through the CLI gives the cards issue 4 asks for."""

from __future__ import annotations

from pathlib import Path

from studyapp import Collection
from studyapp.cards.quality import problems
from studyapp.cli import main
from tests.conftest import SEED_ARTICLE


def test_seed_through_the_cli(tmp_path: Path) -> None:
    assert main(["--data-dir", str(tmp_path), "import", str(SEED_ARTICLE)]) == 0
    with Collection.open(tmp_path / "collection.sqlite3", auto_backup=False) as col:
        cards = col.cards()
    assert len(cards) >= 20
    qa = {c.front: c.back for c in cards}
    text = "\n".join(f"{c.front} -> {c.back}" for c in cards)
    for words in ("credible negotiations", "nice words that we heard yesterday", "talk their way out",
                  "window of dialogue", "by its"):  # the five direct quotes
        assert words in text, words
    assert qa["What position did Caitlin Hayden hold in June 2013?"] == "US National Security Council spokeswoman"
    assert qa["Who was the US National Security Council spokeswoman in June 2013?"] == "Caitlin Hayden"
    assert qa["What position did Denis McDonough hold in June 2013?"] == "chief of staff to the US president"
    assert qa["Who was the chief of staff to the US president in June 2013?"] == "Denis McDonough"
    assert qa["What position did Kim Hyung-seok hold in June 2013?"].startswith("ministry spokesman")
    assert [f for f in qa if f.startswith("Who was the ministry spokesman") and qa[f] == "Kim Hyung-seok"]
    assert qa["In which month and year did this happen? North Korea agreed to a partial freeze in nuclear "
              "activities and a missile test moratorium in return for US food aid."] == "February 2012"
    assert [f for f in qa if f.startswith("Since which year is this so?") and "stalled" in f and qa[f] == "2009"]
    assert [f for f in qa if "Wednesday" not in f and qa[f] == "19 June 2013"]  # the scheduled meeting
    speakers = {c.back.split(",")[0] for c in cards if c.kind == "who_said"}
    assert {"Caitlin Hayden", "Denis McDonough", "Kim Hyung-seok"} <= speakers
    for c in cards:
        assert problems(c.front, c.back, c.choices) == [], c
        assert c.source  # every card keeps its sentence
