"""Facts → quiz cards (pure functions), plus the rules every card must pass."""

from studyapp.cards.generate import CardDraft, cards_for_article, format_date, pick_cloze
from studyapp.cards.quality import problems

__all__ = ["CardDraft", "cards_for_article", "format_date", "pick_cloze", "problems"]
