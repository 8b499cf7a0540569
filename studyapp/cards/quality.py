"""Rules every card must pass: a wrong or giveaway card is worse than no card."""

from __future__ import annotations

import re
import unicodedata

PRONOUNS = frozenset(
    "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs "
    "this that these those who whom whose which what someone somebody anyone everyone one".split()
)
STOPWORDS = frozenset(
    "a an the and or but if of to in on at by for with from as into onto about over under than then so "
    "be is are was were been being am do does did done have has had having will would shall should can "
    "could may might must not no nor also too very that this these those there here".split()
)
#: Words a complete answer does not end with.
_DANGLING = frozenset("a an the and or but of to in on at by for with from as that which who than".split())


def normalise(text: str) -> str:
    """Lower case, accents and punctuation removed, whitespace collapsed (for comparisons)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    return " ".join(re.findall(r"[a-z0-9]+", text))


def _contains(haystack: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {haystack} "


def answer_key(back: str) -> str:
    """The part of an answer that must not be given away: "Ann Lee, minister of X" → "Ann Lee"."""
    return back.split(",")[0].split(" (")[0].strip()


def _balanced(text: str) -> bool:
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return False
    return text.count("(") == text.count(")") and text.count("[") == text.count("]")


def problems(front: str, back: str, choices: tuple[str, ...] | None = None) -> list[str]:
    """What is wrong with a card; an empty list means it may be saved."""
    found = []
    nf, nb = normalise(front), normalise(back)
    if not nf:
        found.append("the question is empty")
    if not nb:
        found.append("the answer is empty")
        return found
    if nb in PRONOUNS or nb in STOPWORDS:
        found.append("the answer is a pronoun or a stopword")
    words = nb.split()
    if words[-1] in _DANGLING or words[0] in {"and", "or", "but", "which", "who"}:
        found.append("the answer is a fragment")
    for text, what in ((front, "question"), (back, "answer")):
        if not _balanced(text):
            found.append(f"the {what} has unbalanced quotation marks or brackets")
    key = normalise(answer_key(back))
    if _contains(nf, nb) or _contains(nf, key):
        found.append("the answer appears in the question")
    elif len(key.split()) > 1 and _contains(nf, key.split()[-1]) and key.split()[-1] not in STOPWORDS and len(key.split()[-1]) > 3:
        found.append("the answer's last name appears in the question")
    if choices is not None:
        normal = [normalise(c) for c in choices]
        if len(choices) != 4 or len(set(normal)) != 4 or not all(normal):
            found.append("multiple choice needs four different options")
        elif normal[0] != key:
            found.append("the first choice must be the answer")
    return found
