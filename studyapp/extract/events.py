"""Dated events: the clause that happened at a time expression, with the date resolved.

For every time expression of a sentence (see :mod:`studyapp.extract.dates`) the sentence is cut
into clauses (coordinated clauses, subordinate clauses, relative clauses, the complement of a
speech verb, a trailing attribution); the event is the clause holding the expression, with the
subject-sharing clauses that follow it up to the next dated one, without the time expression
itself (deadline words such as "until the end of the 2022/23 season" stay). Then:

- a clause that shares the sentence subject ("… but have been stalled") gets that subject back,
  "which"/"who" get their antecedent, a main clause resumed after a relative clause gets its
  subject ("The man, who …, was arrested on Saturday");
- participles and gerunds that carry the date become clauses: "Born in 1960 in Glasgow, X …" →
  "X was born in Glasgow", "a scheme launched in 1998 has …" → "A scheme was launched",
  "after seeking refuge at the embassy in 2012" → "X sought refuge at the embassy";
- pronouns are resolved: "he"/"she" to a person from ``people`` named in the sentence or the two
  before (gender-checked), or to the sentence's own role subject ("The president …, when he …");
  "it"/"they" to the organisation or thing that was the subject just before;
- the tense of the verb next to the expression decides whether a weekday or month resolves
  backward (most recent) or forward (scheduled: "are scheduled to meet … on Wednesday");
- a date that belongs to a noun phrase goes with it: participle and noun-phrase appositives ("The
  deal, first announced in June, …", "X, a Democrat first elected in 2008, …", "X, minister since
  2022, …"), relative clauses with or without "that"/"who" ("a truce that took effect on October
  10", "the £41m they paid … last summer"), "ahead of the election on December 14";
- not events: relative time words inside a direct quotation (relative to when the speaker spoke,
  unless the quotation is a short fragment of the reporter's clause), first-person quoted facts,
  comparison points ("down from 67% four years ago", "from 3.6% in January"), superlatives
  ("the first since 1989"), ranges, reporting periods, datelines ("LONDON, Nov 19 (Reuters) -",
  "NEW DELHI:", "Pune, Nov 4 (PTI)"), headlines, captions, bylines, time stamps, "Related:" lists,
  weekday plans made in the past ("had been scheduled to resume on Thursday") and notes about
  the article.

Work per sentence is bounded (sentence length and expression count are capped) and every
pattern is linear, so hostile input cannot blow up.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from functools import lru_cache

from studyapp.extract.dates import TimeExpr, find_time_expressions, is_past, looks_forward, resolve
from studyapp.extract.dates import is_future as is_future_text

from studyapp.extract.facts import Event, Person
from studyapp.extract.text import Sentence, caption_paragraphs

__all__ = ["extract_events", "quote_spans"]

# ---------------------------------------------------------------------------
# small lexicons
# ---------------------------------------------------------------------------

_AUX = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may",
        "might", "must", "did", "does", "do", "shall", "won't", "wasn't", "weren't", "hasn't", "haven't",
        "hadn't", "didn't", "doesn't", "isn't", "aren't", "cannot", "can't", "couldn't", "wouldn't", "'s"}
_PAST_IRR = {
    "read", "cost", "sped",
    "said", "told", "got", "won", "made", "took", "gave", "went", "came", "began", "saw", "met", "held", "left",
    "lost", "led", "ran", "sent", "spent", "wrote", "became", "broke", "brought", "bought", "built", "caught",
    "chose", "fell", "felt", "found", "fought", "grew", "heard", "hit", "kept", "knew", "paid", "quit", "rose",
    "sold", "sought", "spoke", "stood", "struck", "threw", "withdrew", "drew", "drove", "flew", "froze", "hid",
    "meant", "rode", "rang", "sang", "sank", "sat", "slept", "stole", "stuck", "swore", "swept", "taught",
    "tore", "thought", "wore", "shot", "shut", "beat", "dealt", "fled", "laid", "lent", "lit", "overtook",
    "underwent", "upheld", "woke", "ate", "arose", "forgave", "forbade", "sprang", "swung", "bid", "set", "cut",
    "put", "let", "quit", "spread", "split", "cast", "hurt", "struck", "won", "lay", "rode", "says", "tells",
}
_SPEECH = {
    "said", "says", "say", "told", "tells", "added", "adds", "warned", "warns", "insisted", "insists", "stressed",
    "stresses", "noted", "notes", "argued", "argues", "asked", "asks", "wrote", "writes", "tweeted", "tweets",
    "announced", "announces", "claimed", "claims", "explained", "explains", "confirmed", "confirms", "stated",
    "states", "declared", "declares", "revealed", "reveals", "reported", "reports", "replied", "replies",
    "responded", "acknowledged", "admitted", "admits", "suggested", "suggests", "believes", "believed",
    "thinks", "thought", "maintained", "maintains", "alleged", "alleges", "predicted", "predicts", "divulged",
    "disclosed", "recalled", "recalls", "conceded", "concedes", "observed", "remarked", "commented",
    "showed", "shows", "indicated", "indicates",
}
_NON_VERB_ED = {"aged", "used", "red", "bed", "need", "seed", "feed", "speed", "shed", "hundred", "bred", "sled", "fled", "wed",
                "indeed", "embed", "steed", "creed", "weed", "breed", "greed", "deed", "reed", "naked", "wicked",
                "sacred", "beloved", "aged", "skilled", "united", "limited", "related", "based", "advanced",
                "armed", "detailed", "talented", "interested", "concerned", "supposed", "so-called", "alleged",
                "planned", "proposed", "expected", "reported"}
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "my",
                "your", "whose", "some", "any", "every", "each", "no"}
_DISCOURSE = re.compile(
    r"^(?:(?:however|but|and|so|then|yet|meanwhile|separately|notably|still|also|now|moreover|furthermore|"
    r"besides|indeed|instead|in\s+addition|in\s+retaliation|in\s+response|in\s+turn|in\s+fact|at\s+the\s+time|"
    r"as\s+a\s+result|for\s+its\s+part|for\s+his\s+part|for\s+her\s+part|by\s+contrast|in\s+contrast|"
    r"on\s+the\s+other\s+hand|crucially|importantly|earlier|later|previously|subsequently|eventually|finally|"
    r"ultimately)\b\s*,?\s*)+",
    re.I,
)
_PRONOUN_SUBJ = {"he", "she", "it", "they"}

_TOK = re.compile(r"\S+")

_COORD = re.compile(r"(?:,\s*|\s+)(?P<c>and|but|yet|while|whereas|or)\s+", re.I)
_SUBORD = re.compile(
    r"(?:,\s*|\s+)(?P<c>after|before|when|as|since|because|although|though|until|once|whereas|if|unless|"
    r"even\s+though|so\s+that|by\s+which\s+time)\s+", re.I)
_DETERMINERS = frozenset("the a an all any some its their his her our my your those these many every each no "
                         "most several".split())
_NOT_VERB = frozenset(
    "the a an and or but nor for from with without into onto upon over under after before since until "
    "during about against among between through across along around near than then when where while as at "
    "by in of on to up down off out who whom whose which that this these those there here his her its their "
    "our my your some any all many most more much few several each every other such not also even only just "
    "still yet now later once twice new old former last next first second third due according".split())
_REL = re.compile(r"(?:,|\s[–—])\s*(?P<c>which|who|whom|whose|where|when)\s+", re.I)
_NAME_APPOSITIVE_WHO = re.compile(r"((?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+),\s+(?:a|an|the)\s+[^,;]{1,90},?\s*$")
_NAME_BEFORE_APPOSITIVE = re.compile(r"((?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+)(?:,\s*\d{1,3})?,\s+$")  # "Han, 61, "
_TELL_VERBS = {"told", "tells", "tell", "warned", "warns", "assured", "assures", "informed", "informs", "reminded",
               "reminds", "convinced", "persuaded", "showed", "shows", "promised", "promises", "notified", "advised"}
_CLAUSE_OPENERS = {"after", "before", "when", "because", "since", "if", "while", "although", "though", "until",
                   "once", "unless", "whereas"}
_REL_THAT = re.compile(r"\b([A-Za-z]+)\s+(that|who)\s+([A-Za-z']+)")
_AUX_THAT_SKIP = frozenset({"'s"})
_THAT = re.compile(
    r"\b(?:said|says|say|told|tells|noted|notes|added|adds|argued|argues|warned|warns|insisted|insists|claimed|"
    r"claims|stressed|stresses|announced|announces|confirmed|confirms|stated|states|believed|believes|thought|"
    r"thinks|reported|reports|revealed|reveals|divulged|disclosed|acknowledged|admitted|explained|explains|"
    r"suggested|suggests|alleged|alleges|maintained|maintains|predicted|predicts|ruled|rules|found|finds|"
    r"showed|shows|concluded|concludes|decided|decides|agreed|agrees|learned|learnt|knew|know|knows|heard|hears|assured|assures|promised|promises|pledged|pledges|vowed|vows|informed|informs|reminded|reminds)"
    r"(?:\s+(?:[A-Z][\w'’.-]*|reporters|journalists|analysts|investors|officials|lawmakers|him|her|them|us|me|"
    r"the\s+\w+|a\s+\w+|on\s+a\s+\w+(?:\s+call)?|in\s+a\s+\w+|in\s+an\s+\w+)){0,3}"
    r"(?:\s+(?:on|late|early|last|this)\s+\w+)?\s+(?P<c>that)\s+"
)
_FRONTED = re.compile(
    r"^(?P<c>after|before|when|as|since|because|although|though|while|if|once|until|following|despite)\s+", re.I)
_QUOTE_CHARS = "\"“”„«»"


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

@lru_cache(maxsize=8192)
def _is_finite(tok: str) -> bool:
    """A word that is (probably) a finite verb or auxiliary."""
    w = tok.lower().strip(",.;:!?\"“”'’()")
    if not w:
        return False
    if w in ("may", "will", "can", "must", "might") and tok[:1].isupper():
        return False  # "May 4", "Will Smith": a month or a name, not a modal
    if w in _AUX or w in _PAST_IRR or w in _SPEECH:
        return True
    if w.endswith("ed") and len(w) > 3 and w not in _NON_VERB_ED and tok[:1].islower():
        return True
    if w.endswith("n't"):
        return True
    return False


_OBJECT_START = {"the", "a", "an", "its", "his", "her", "their", "more", "about", "around", "over", "nearly",
                 "some", "several", "many", "most", "all", "both", "two", "three", "four", "five", "ten"}


def _present_verb(toks: list[str]) -> bool:
    """ "handles 11,000 lorries", "employs 500 people": a present-tense verb with its object."""
    if len(toks) < 2:
        return False
    w, nxt = toks[0], toks[1].lower()
    return (w.islower() and w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3
            and (nxt in _OBJECT_START or nxt[:1].isdigit() or toks[1][:1].isupper()))


def _garden_participle(head: str) -> bool:
    """Whether ``head`` is a noun phrase ending in a transitive participle with no object ("Work on a
    flood barrier promised"), so a following "after X" is a preposition, not a clause."""
    toks = _TOK.findall(head[-200:])
    if len(toks) < 3 or head.rstrip()[-1:] in ",;:":
        return False
    last = toks[-1].lower()
    if not (last.endswith("ed") and toks[-1].islower()) or last in _INTRANSITIVE or last in _NON_VERB_ED:
        return False
    prev = toks[-2].lower()
    return prev.isalpha() and prev not in _DETERMINERS and prev not in _AUX and prev not in _PRONOUN_SUBJ \
        and not _is_finite(prev) and not any(_is_finite(t) for t in toks[:-1]) \
        and any(t.lower() in ("on", "of", "for", "to", "in") for t in toks[1:-1])


def _has_present(toks: list[str]) -> bool:
    """Whether tokens hold a present-tense verb with its object ("The dividend rises 10 per cent")."""
    return any(_present_verb(toks[i:i + 2]) for i in range(1, len(toks) - 1))


_ADJ_DETS = {"a", "an", "the", "its", "his", "their", "our", "my", "your"}


def _has_clause(text: str, limit: int = 9) -> bool:
    """Whether ``text`` starts a clause: a finite verb at once, or after a short subject."""
    toks = _TOK.findall(text[:200])[:limit + 1]
    if not toks:
        return False
    if _is_finite(toks[0]):
        return True
    if _present_verb(toks):
        return True
    first = toks[0].lower().strip(",")
    if first in ("being", "having", "to"):
        return False
    if first.endswith("ing") and first not in ("king", "thing", "spring", "wing", "ring", "morning", "evening"):
        return False
    for i, tok in enumerate(toks[1:limit + 1], 1):
        if tok.lower() in ("and", "or", "but") or tok.endswith((";", ":")):
            return False
        if _is_finite(tok):
            if tok.lower().endswith("ed") and toks[i - 1].lower() in _ADJ_DETS:
                continue  # "after a failed experiment in 1989": an adjective, not the clause's verb
            return True
        if tok[:1].islower() and tok.endswith("s") and toks[i - 1][:1].isupper() and i >= 2 \
                and toks[i - 2].lower() in ("the", "of") and _present_after_subject(toks[i - 1], toks[i:i + 2]):
            return True  # "before the House of Commons returns from its break": a present-tense clause
        if tok.endswith(",") and (toks[0].lower() in ("a", "an") or i + 1 < len(toks)
                                  and toks[i + 1] in _AUX | _MODAL_FUTURE):
            return False  # "as a barge operator, listed on …": a phrase; the verb after the comma is not its own
        if tok.endswith(",") and i + 1 < len(toks) and toks[i + 1][:1].islower() \
                and not _is_finite(toks[i + 1]) and not _is_participle(toks[i + 1]):
            return False  # "after the vote on Tuesday, protesters gathered": a phrase, then the main clause
    return False


def quote_spans(text: str, open_at_start: bool = False) -> tuple[list[tuple[int, int]], bool]:
    """Spans of ``text`` inside quotation marks, and whether a quotation is still open at the end.

    Curly quotes open/close explicitly; straight double quotes toggle. ``open_at_start``
    carries an open quotation over from the previous sentence of the same paragraph.
    """
    spans: list[tuple[int, int]] = []
    inside = open_at_start
    start = 0
    for m in _QUOTE_MARK.finditer(text):
        ch, i = m.group(0), m.start()
        if ch in "“„«" or (ch == '"' and not inside):
            if not inside:
                inside, start = True, i
        elif inside:
            spans.append((start, i + 1))
            inside = False
    if inside:
        spans.append((start, len(text)))
    # single quotation marks used as quotes ('We will meet on Friday,' he said): an opening mark at a
    # word start and a closing one after punctuation or a word, followed by a space or the end
    if "'" in text or "‘" in text:
        for m in _SINGLE_QUOTED.finditer(text):
            a, b = m.start(1), m.end(1)
            if not any(s <= a < e for s, e in spans):
                spans.append((a, b))
        spans.sort()
    return spans, inside


_QUOTE_MARK = re.compile(r"[\"“”„«»]")
_SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s(\[—–-]))(['‘][A-Z0-9][^'‘’\n]{0,600}?[.,!?]?['’])(?=[\s,.;:!?)\]—–-]|$)")


def _in_spans(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= a and b <= e for s, e in spans)


def _paren_spans(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if "(" not in text and "[" not in text:
        return out
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            if depth == 0:
                start = i
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
            if depth == 0:
                out.append((start, i + 1))
    return out


class _Seg:
    __slots__ = ("start", "cstart", "end", "kind", "conj")

    def __init__(self, start: int, cstart: int, end: int, kind: str, conj: str) -> None:
        self.start, self.cstart, self.end, self.kind, self.conj = start, cstart, end, kind, conj


_PP_AFTER_COMMA = re.compile(r"\s+(?:in|at|on|aged|from|near|outside|after|with)\s")
_UNTIL_SUBORD = re.compile(r",|;|\b(?:when|after|before|because|while|which|who|that|since|until|as|if)\b")
_AUX_ADVERBS = {"been", "be", "not", "also", "already", "just", "twice", "once", "again", "later", "then", "still",
                "never", "ever", "since", "recently", "first", "soon"}  # "a debate that was twice interrupted"
_CAP_CLAUSE_STARTS = {"The", "A", "An", "He", "She", "They", "It", "We", "I", "His", "Her", "Its", "Their", "This",
                      "That", "These", "Those", "Our", "My", "In", "On", "At", "After", "Before", "When", "Then"}
_BETWEEN_PAIR = re.compile(r"\bbetween\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*){1,4}$")


def _segments(text: str, lo: int, hi: int, quotes: list[tuple[int, int]],
              times: list[tuple[int, int]] = ()) -> list[_Seg]:  # type: ignore[assignment]
    """Clauses of ``text[lo:hi]`` as segments (boundaries inside quotations or inside a time
    expression such as "since 1989" are ignored)."""
    cuts: list[tuple[int, int, str, str]] = []  # (start, content start, kind, conj)
    scope = text[lo:hi]

    def ok(pos: int) -> bool:
        return not any(s < pos < e for s, e in quotes) and not any(s <= pos + 1 < e for s, e in times)

    for m in _COORD.finditer(scope):
        if m.group("c").lower() == "and" and _participle_pair(scope, m.start(), m.end()):
            continue  # "The bridge, opened in 1932 and closed in 2001, was …": one appositive
        if m.group("c").lower() == "and" and _BETWEEN_PAIR.search(scope, max(0, m.start() - 60), m.start()):
            continue  # "a flight between Abu Dhabi and Tashkent would begin": one noun phrase
        if m.group("c").lower() == "and" and m.group(0).strip() == "and":
            lw_ = (_TOK.findall(scope[max(0, m.start() - 40):m.start()]) or [""])[-1]
            rw_ = (_TOK.findall(scope[m.end():m.end() + 40]) or [""])[0]
            if lw_[:1].isupper() and rw_[:1].isupper() and rw_ not in _CAP_CLAUSE_STARTS and m.start() > 0:
                continue  # "Transport and Infrastructure Minister Kemal Aydoğdu": one title
            if lw_.endswith("ed") and rw_.endswith("ed") and lw_.islower() and rw_.islower() \
                    and lw_ not in _NON_VERB_ED and rw_ not in _NON_VERB_ED \
                    and re.search(r"\b(?:which|that)\s+(?:\S+\s+){1,4}\S+$", scope[max(0, m.start() - 60):m.start()]):
                continue  # "which the assembly cleared and roofed in March": one verb phrase
        if m.group("c").lower() == "and" and m.group(0).strip() == "and":
            head_np = _UNTIL_SUBORD.split(scope[m.end():m.end() + 120], 1)[0]
            hw = _TOK.findall(head_np)
            if head_np != scope[m.end():m.end() + 120] and 1 <= len(hw) <= 3 and hw[0].islower() \
                    and not hw[0].endswith("s") and not any(
                    _is_finite(t) or t.lower() in _MODAL_FUTURE for t in hw):
                continue  # "breaching health and safety law when it appeared …": "and" joins two nouns
        if ok(lo + m.start()) and _has_clause(scope[m.end():]):
            cuts.append((lo + m.start(), lo + m.end(), "coord", m.group("c").lower()))
    for m in _SUBORD.finditer(scope):
        if m.start() == 0:
            continue
        if _garden_participle(scope[:m.start()]):
            continue  # "Work on a barrier promised after that disaster began in 2021": "after" is a preposition
        if ok(lo + m.start()) and _has_clause(scope[m.end():]):
            cuts.append((lo + m.start(), lo + m.end(), "sub", m.group("c").lower()))
            # "An official, speaking because he was not authorised to, said …": the main clause
            # resumes after the next comma when no verb came before the subordinate clause
            nxt = scope.find(",", m.end())
            if 0 < nxt < m.end() + 200 and not any(_is_finite(t) for t in _TOK.findall(scope[:m.start()])) \
                    and any(_is_finite(t) for t in _TOK.findall(scope[m.end():nxt])):
                after = [t for t in _TOK.findall(scope[nxt + 1:nxt + 40]) if t.lower() not in _RESUME_ADVERBS]
                if after and after[0].islower() and _is_finite(after[0]) and after[0] not in ("and", "but"):
                    cuts.append((lo + nxt, lo + nxt + 1, "resume", ","))
                elif scope[:m.start() + 1].rstrip().endswith(",") and m.group("c").lower() in (
                        "as", "when", "while", "after", "before", "because", "although", "though", "once") \
                        and _has_clause(scope[nxt + 1:]):
                    # "On 12 March 2020, as the virus spread, the government closed schools"
                    cuts.append((lo + nxt, lo + nxt + 1, "main_after_fronted", ","))
    for m in _REL.finditer(scope):
        if ok(lo + m.start()):
            cuts.append((lo + m.start(), lo + m.end() - len(m.group("c")) - 1, "rel", m.group("c").lower()))
            # "X, who denies it, has avoided …": the main clause resumes after the next comma (or dash)
            dash = m.group(0).lstrip()[:1] in "–—"
            nxt = scope.find(m.group(0).strip()[0], m.end()) if dash else scope.find(",", m.end())
            while nxt > 0 and (any(s <= lo + nxt < e for s, e in times)
                               or scope[nxt - 1:nxt].isdigit() and scope[nxt + 1:nxt + 2].isdigit()):
                nxt = scope.find(",", nxt + 1)  # "…, which began Dec. 22, 2018, lasted …", "5,200": not a clause's comma
            for _hop in range(2):  # "…, who died on Sunday, March 9, in Lyon at the age of 87, believed …"
                if not (0 < nxt < m.end() + 160) or not _PP_AFTER_COMMA.match(scope, nxt + 1):
                    break
                nxt2 = scope.find(",", nxt + 1)
                if nxt2 < 0 or any(_is_finite(t) for t in _TOK.findall(scope[nxt + 1:nxt2])):
                    break
                nxt = nxt2
            if 0 < nxt < m.end() + 200:
                after = [t.rstrip(".,;:!?") for t in _TOK.findall(scope[nxt + 1:nxt + 40])]
                w0 = after[0] if after else ""
                if (w0.endswith("ly") or w0.lower() in _RESUME_ADVERBS) and len(after) > 1 and (
                        _is_finite(after[1]) or after[1].islower() and after[1].endswith("s")):
                    w0 = after[1]  # "…, nearly collapsed", "…, now goes to the Senate"
                inverted = w0.lower() in ("said", "says", "told") and len(after) > 1 and after[1][:1].isupper()
                if w0 and not inverted and (_is_finite(w0) or w0 in _MODAL_FUTURE or (
                        w0.islower() and w0.endswith("s") and not w0.endswith("ss") and len(w0) > 3) or (
                        # plural present with an object: "Rovers, who …, host Dunby Town on Saturday"
                        w0.isalpha() and w0.islower() and len(w0) > 2 and w0 not in _NOT_VERB
                        and not w0.endswith(("ly", "ing")) and len(after) > 1
                        and (after[1][:1].isupper() or after[1].lower() in ("the", "a", "an", "their", "its", "to")))):
                    cuts.append((lo + nxt, lo + nxt + 1, "resume", ","))
    for m in _REL_THAT.finditer(scope):
        # "a ceasefire that took effect on October 10": a restrictive relative clause after a noun
        prev, nxt = m.group(1), m.group(3)
        if ok(lo + m.start(2)) and prev.isalpha() and (prev.islower() or m.start() == 0) \
                and prev.lower() not in _NOT_VERB and prev.lower() not in _NOT_PROPER \
                and not _is_finite(prev) and prev not in _SPEECH and not prev.endswith(("ly", "ing")) \
                and nxt.islower() and (_is_finite(nxt) or nxt in _MODAL_FUTURE) and nxt not in _AUX_THAT_SKIP:
            rest_m = list(_TOK.finditer(scope, m.end(3), min(len(scope), m.end(3) + 200)))
            rest = [t.group(0) for t in rest_m]
            second = False  # "The company that built the bridge collapsed in 2019": a subject relative
            second_at = -1
            before = _TOK.findall(scope[max(0, m.start() - 200):m.start()])
            for bi in range(len(before) - 1, -1, -1):
                if before[bi].lower() in _SPEECH or before[bi].endswith((",", ";", ":")) \
                        or before[bi].lower() in _CLAUSE_OPENERS:
                    # "Police said the company that built …", "… can go home after the order that emptied the
                    # town was lifted": the subject of the clause that starts there
                    before = before[bi + 1:]
                    break
            if any(_is_finite(t) for t in before):
                rest = []  # a verb came before: the relative clause hangs on an object, not the subject
            skip = nxt.lower() in _AUX or nxt.lower() in _MODAL_FUTURE  # "that has strained": one verb group
            for ti, t in enumerate(rest):
                if t.lower() in ("and", "or", "but", "who", "which", "that", "when", "after", "before", "as",
                                 "because", "while", "since", "until") or t.endswith((",", ";", ":")):
                    break
                if skip and (t.lower() in _AUX or t.lower() in _AUX_ADVERBS or t.lower().endswith("ly")
                             or _is_finite(t) or t.lower().endswith(("ed", "en"))):
                    skip = t.lower() in _AUX or t.lower() in _AUX_ADVERBS or t.lower().endswith("ly")
                    continue
                skip = False
                after_date = any(e_ == lo + rest_m[ti].start() - 1 for _, e_ in times)
                if _is_finite(t) or t in _MODAL_FUTURE or (after_date and _present_after_subject("It", [t])):
                    second = True  # "… founded in 1998 employs 4,000 people": the main verb after the date
                    second_at = rest_m[ti].start()
                    break
            if second and second_at > 0 and m.group(2) in ("that", "who") and ok(lo + second_at):
                # "The man who was arrested on Monday | has been charged": the relative clause, then the
                # main clause resumes at its verb
                cuts.append((lo + m.start(2) - 1, lo + m.start(2), "rel", m.group(2)))
                cuts.append((lo + second_at - 1, lo + second_at, "resume", ""))
            elif not second:
                cuts.append((lo + m.start(2) - 1, lo + m.start(2), "rel", m.group(2)))
                if m.group(2) == "who":  # "X, a judge who became minister in 2023, has faced …"
                    nxt_c = scope.find(",", m.end())
                    while nxt_c > 0 and any(s <= lo + nxt_c < e for s, e in times):
                        nxt_c = scope.find(",", nxt_c + 1)
                    after_c = _TOK.findall(scope[nxt_c + 1:nxt_c + 30]) if nxt_c > 0 else []
                    if after_c and after_c[0].islower() and (_is_finite(after_c[0]) or after_c[0] in _MODAL_FUTURE):
                        cuts.append((lo + nxt_c, lo + nxt_c + 1, "resume", ","))
    rel_that = {c[1] for c in cuts if c[2] == "rel" and c[3] == "that"}
    for m in _THAT.finditer(scope):
        if lo + m.start("c") in rel_that:
            continue  # "found the car that was stolen": "that" + verb is a relative clause
        vt = _TOK.findall(m.group(0))
        if len(vt) > 2 and vt[0].lower() not in _TELL_VERBS and vt[1].lower() in ("the", "a", "an") \
                and _is_finite((_TOK.findall(scope[m.end():m.end() + 30]) or [""])[0]):
            continue  # "said the company that built it …": a relative clause on the object, not a complement
        if ok(lo + m.start("c")):
            cuts.append((lo + m.start("c"), lo + m.end(), "compl", "that"))
    for m in _SEMI.finditer(scope):
        if ok(lo + m.start()):
            cuts.append((lo + m.start(), lo + m.end(), "hard", ";"))
    fm = _FRONTED.match(scope)
    if fm:
        # a fronted subordinate clause ends at the first comma when it holds a verb
        comma = scope.find(",", fm.end())
        if 0 < comma < 250 and _has_clause(scope[fm.end():comma] + " x", limit=12):
            cuts = [c for c in cuts if not (lo < c[0] < lo + comma)]
            cuts.append((lo + comma, lo + comma + 1, "main_after_fronted", ","))
    cuts.sort()
    segs: list[_Seg] = []
    prev_start, prev_c, prev_kind, prev_conj = lo, lo, "main", ""
    if fm and any(c[2] == "main_after_fronted" for c in cuts):
        prev_kind, prev_conj, prev_c = "fronted", fm.group("c").lower(), lo + fm.end()
    last_end = lo
    for s, c, kind, conj in cuts:
        if s <= last_end and segs:
            continue
        if s <= prev_start:
            continue
        if kind == "coord" and not any(_is_finite(t) for t in _TOK.findall(text[prev_c:s])) and not _has_present(
                _TOK.findall(text[prev_c:s])):
            continue  # "The US, Japan and South Korea are …": a coordinated subject, not two clauses
        segs.append(_Seg(prev_start, prev_c, s, prev_kind, prev_conj))
        prev_start, prev_c, prev_kind, prev_conj = s, c, kind, conj
        last_end = s
    segs.append(_Seg(prev_start, prev_c, hi, prev_kind, prev_conj))
    return segs


def _is_participle(w: str) -> bool:
    """A lower-case word that can be a past participle or a schedule adjective ("opened", "due")."""
    lw = w.lower()
    return w[:1].islower() and lw not in _AUX and (lw.endswith(("ed", "en")) or lw in _PAST_IRR
                                                    or lw in ("due", "set", "scheduled", "expected"))


_HAPPENED_REL = re.compile(r"\s*(?:happened|occurred|took\s+place)\s*(?:(?:at|around|about|shortly\s+(?:before|after))\s+"
                           r"[\d.:]+\s*(?:[ap]\.?m\.?|GMT|UTC|local\s+time)?\s*)?[.,;]?\s*$")
_FRONTED_PP = re.compile(r"(?:In|At|Through|Under|Via|With|From)\s+(?:a|an|the|his|her|its|their)\s+[a-z]")


def _participle_pair(scope: str, a: int, b: int) -> bool:
    """Whether the "and" at scope[a:b] joins two participles of one appositive ("The bridge, opened in
    1932 and closed in 2001, was demolished")."""
    c1 = scope.rfind(",", 0, a)
    c2 = scope.find(",", b)
    if c1 < 0 and c2 > 0 and _FRONTED_PP.match(scope):
        # "In a memo sent to staff on Wednesday and seen by The Verge, the CEO wrote …": one fronted phrase
        left = _TOK.findall(scope[:a])
        right = _TOK.findall(scope[b:c2])
        return bool(right) and _is_participle(right[0]) and any(_is_participle(t) for t in left[2:]) \
            and _has_clause(scope[c2 + 1:c2 + 200])
    if c1 < 0 or c2 < 0 or "," in scope[c1 + 1:a]:
        return False
    head = _TOK.findall(scope[:c1])
    left = _TOK.findall(scope[c1 + 1:a])
    right = _TOK.findall(scope[b:c2])
    after = _TOK.findall(scope[c2 + 1:c2 + 40])
    return bool(head and left and right and after) and len(head) <= 8 and not any(_is_finite(t) for t in head) \
        and _is_participle(left[0]) and _is_participle(right[0]) and (_is_finite(after[0]) or after[0] in _MODAL_FUTURE)


_NAME_PARTICLES = {"van", "der", "de", "den", "la", "le", "du", "von", "dos", "das", "da", "di", "del", "al", "bin", "ter"}
_AGE_TAIL = re.compile(r",\s*\d{1,3}\s*,?\s*$")


_NUMERAL_DETS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "some",
                 "both", "all", "dozens", "hundreds", "thousands"}


def _antecedent(text: str, end: int) -> str:
    """The noun phrase right before ``end`` (for "…, which …")."""
    am = _AGE_TAIL.search(text, max(0, end - 12), end)
    if am:  # "Petrov, 63, who …": the age is not the noun phrase
        end = am.start()
    toks = list(_WORDISH.finditer(text[max(0, end - 120):end]))
    base = max(0, end - 120)
    picked: list[re.Match[str]] = []
    window = toks[-7:]
    for idx in range(len(window) - 1, -1, -1):
        m = window[idx]
        w = m.group(0)
        lw = w.lower()
        if lw in _NUMERAL_DETS and picked and idx > 0 and window[idx - 1].group(0).lower() in _DETERMINERS:
            picked.append(m)  # "the two unions": the determiner comes next
            continue
        if lw in _DETERMINERS or w.endswith(("'s", "’s")) or lw in _NUMERAL_DETS and picked:
            picked.append(m)
            if w.endswith(("'s", "’s")) and idx > 0 and window[idx - 1].group(0).lower() in (
                    "this", "last", "next", "the", "its", "their", "his", "her", "a", "an", "that"):
                picked.append(window[idx - 1])  # "this year's budget", "the company's plan"
            first = len(toks) - len(picked)
            # "the trial of the former minister": one "of" step further back
            if first >= 2 and toks[first - 1].group(0).lower() == "of":
                for j in range(first - 2, max(-1, first - 6), -1):
                    wj = toks[j].group(0)
                    if wj.lower() in _DETERMINERS or wj.endswith(("'s", "’s")):
                        return text[base + toks[j].start():end].strip(" ,")
                    if _is_finite(wj) or wj.lower() in ("of", "in", "on", "at", "to", "by", "for", "and"):
                        break
            at = base + picked[-1].start()
            if lw in ("a", "an"):
                nm = _NAME_BEFORE_APPOSITIVE.search(text, max(0, at - 60), at)
                if nm:
                    return nm.group(1)  # "Han, 61, a career diplomat who …": "who" is Han
            return text[at:end].strip(" ,")
        if w[:1].isupper() or picked and lw in _NAME_PARTICLES and toks[-len(picked) - 2:-len(picked) - 1] \
                and toks[-len(picked) - 2].group(0)[:1].isupper():
            picked.append(m)  # "Van der Veen": a lower-case particle inside a name
            continue
        if picked and all(p.group(0)[:1].isupper() or p.group(0) in _NAME_PARTICLES for p in picked):
            break
        if lw == "and" and picked and len(picked) <= 2 and idx >= 2 and window[idx - 1].group(0).isalpha() \
                and window[idx - 1].group(0).islower() and not _is_finite(window[idx - 1].group(0)) \
                and window[idx - 2].group(0).lower() in ("the", "a", "an", "its", "their", "his", "her"):
            picked.append(m)  # "The cellist and composer, who …": one person with two nouns
            continue
        if _is_finite(w) or lw in ("of", "in", "on", "at", "to", "by", "for", "with", "from", "and", "or"):
            if lw == "of" and picked or lw == "for" and picked and len(picked) <= 3 \
                    and all(p.group(0).islower() for p in picked):
                picked.append(m)  # "a version of the app for hospice care, which …"
                continue
            break
        picked.append(m)
    if picked and all(p.group(0)[:1].isupper() or p.group(0).lower() == "of" or p.group(0) in _NAME_PARTICLES
                      for p in picked):
        while picked and picked[-1].group(0).lower() == "of":
            picked.pop()
        if picked:
            return text[base + picked[-1].start():end].strip(" ,")
    return ""


_PARTY_PREP = re.compile(r"\s(?:between|with)\s+$")


_PLACE_PREP = re.compile(r"\s(?:in|at|across|near)\s+$")
_THING_PASSIVE = re.compile(r",\s*which\s+(?:was|were|had\s+been|has\s+been)\s+(?:first\s+|originally\s+|also\s+)?"
                            r"(?:promised|announced|launched|approved|commissioned|ordered|published|unveiled|agreed|"
                            r"signed|proposed|introduced|pledged|requested|delayed|postponed|scrapped|shelved|"
                            r"initiated|completed|released|funded|budgeted)\b")


def _place_head(text: str, end: int, ante: str) -> str:
    """ "a review of the GP service in the Mid-West, which was promised in 2023": a place after "in" is
    not what was promised; the noun phrase that the place modifies is (from its determiner)."""
    if not ante[:1].isupper() and not ante.startswith("the "):
        return ante
    if not _THING_PASSIVE.match(text, end):
        return ante
    at = text.rfind(ante, max(0, end - len(ante) - 4), end)
    m = _PLACE_PREP.search(text, max(0, at - 10), at) if at > 0 else None
    if not m:
        return ante
    toks = list(_TOK.finditer(text[max(0, m.start() - 90):m.start()]))
    base = max(0, m.start() - 90)
    for i in range(len(toks) - 1, max(-1, len(toks) - 10), -1):
        w = toks[i].group(0)
        if w.endswith((",", ";", ":")) or _is_finite(w) or w.lower() in ("that", "and", "or", "but"):
            return ante
        if w.lower() in ("a", "an", "the") and not (i > 0 and toks[i - 1].group(0).lower() == "of"):
            return text[base + toks[i].start():end].strip(" ,")  # "a review of the service": from "a"
    return ante


def _party_head(text: str, end: int, ante: str) -> str:
    """ "Talks between the two governments, which were suspended …": "which" is about the talks, not
    the parties named after "between"/"with"; the short noun phrase before them is taken."""
    at = text.rfind(ante, max(0, end - len(ante) - 4), end)
    m = _PARTY_PREP.search(text, max(0, at - 12), at) if at > 0 else None
    if not m:
        return ante
    toks = list(_TOK.finditer(text[max(0, m.start() - 60):m.start()]))
    base = max(0, m.start() - 60)
    start = -1
    for i in range(len(toks) - 1, max(-1, len(toks) - 5), -1):
        w = toks[i].group(0)
        if w.endswith((",", ";", ":")) or _is_finite(w) or w.lower() in _NOT_VERB - _DETERMINERS:
            break
        start = i
        if w.lower() in _DETERMINERS or (i == 0 and base == 0):
            break
    else:
        return ante
    if start < 0:
        return ante
    w0 = toks[start].group(0)
    if not (w0.lower() in _DETERMINERS or (start == 0 and base == 0 and w0[:1].isupper())):
        return ante
    if ante[:1].isupper() and ante.split()[0].lower() not in _DETERMINERS:
        return ante  # "links with Lyon, which was founded …": a name is what "which" points to
    verb = (_TOK.findall(text[end:end + 40])[1:2] or [""])[0].lower()
    head_plural = _plural(toks[-1].group(0))
    if verb in ("was", "is", "has") and head_plural or verb in ("were", "are", "have") and not head_plural:
        return ante  # number agreement says otherwise
    return text[base + toks[start].start():end].strip(" ,")


def _subject(text: str) -> str:
    """The subject of a clause: the words before its first finite verb (short phrases only).

    A comma appositive after a name is skipped: "Ms Doe, 54, joined" → "Ms Doe".
    """
    t = _DISCOURSE.sub("", text.lstrip(" ,\"“”"))
    t = _LEAD_PP.sub("", t)
    toks = _TOK.findall(t[:300])
    words: list[str] = []
    in_appositive = 0
    for i, tok in enumerate(toks[:24]):
        if in_appositive:
            in_appositive += 1
            if in_appositive > 12:
                return ""
            if tok.endswith(","):
                in_appositive = 0
            continue
        if _is_finite(tok) or tok.lower() in ("also", "still", "already", "never", "now", "then"):
            break
        if words and _present_after_subject(words[-1], toks[i:i + 2]):
            break  # "He denies the charges", "The firm plans to …": a present-tense verb
        if tok.endswith((",", ";", ":")):
            words.append(tok.rstrip(",;:"))
            if words[-1][:1].isupper() and len(words) <= 4 and tok.endswith(","):
                in_appositive = 1
                continue
            if tok.endswith(",") and 2 <= len(words) <= 4 and words[0].lower() in ("a", "an", "the", "its", "their"):
                # "A second defendant, former deputy director Luis Ortega, pleaded …": the name in the appositive
                for j in range(i + 1, min(len(toks) - 1, i + 13)):
                    if toks[j].endswith(",") and _is_finite(toks[j + 1].strip(",")):
                        name = []
                        for w in reversed(toks[i + 1:j + 1]):
                            w = w.rstrip(",")
                            if not w[:1].isupper():
                                break
                            name.insert(0, w)
                        if len(name) >= 2:
                            return " ".join(name)
                        break
            return ""
        words.append(tok)
    else:
        return ""
    while len(words) > 1 and words[-1].lower() in _SUBJECT_TRAIL_ADVERBS:
        words.pop()  # "The bank last cut rates …": "last" belongs to the verb
    subj = " ".join(words).strip(" ,")
    if not subj or len(words) > 9:
        return ""
    return subj


_SUBJECT_TRAIL_ADVERBS = {"last", "first", "recently", "previously", "initially", "originally", "finally", "later",
                          "eventually", "subsequently", "briefly", "reportedly", "allegedly", "officially", "formally"}
def _present_after_subject(prev: str, toks: list[str]) -> bool:
    """Whether toks[0] is a present-tense verb right after a subject word ``prev``."""
    w = toks[0]
    if not (w.islower() and w.isalpha() and w.endswith("s") and len(w) > 3 and not w.endswith(("ss", "us", "is"))):
        return False
    if prev.lower() in ("he", "she", "it") or prev[:1].isupper() and prev.lower() not in _NOT_PROPER:
        return True
    return _present_verb(toks) or (len(toks) > 1 and toks[1].lower() == "to")


_PROPER_SUBJ = re.compile(
    r"^(?:The\s+)?((?:[A-Z][\w'’.-]*)(?:\s+(?:of\s+|the\s+|and\s+|for\s+|de\s+)?[A-Z][\w'’.-]*){0,5})\s+(\S+)")
_NOT_PROPER = {"he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "here",
               "nothing", "something", "anything", "everything", "nobody", "somebody", "anybody", "everybody",
               "none", "everyone", "someone", "anyone", "no-one", "few", "neither", "either",
               "his", "her", "its", "their", "our", "my", "what", "who", "when", "where", "why", "how", "but",
               "and", "however", "in", "on", "at", "after", "before", "a", "an", "the", "if", "as", "one",
               "some", "many", "most", "all", "both", "each", "another", "other", "such", "no", "not", "so"}


def _proper_subject(text: str) -> str:
    t = _DISCOURSE.sub("", text.lstrip(" \"“"))
    t = _LEAD_TIME.sub("", t)
    m = _PROPER_SUBJ.match(t)
    if not m:
        return ""
    name = m.group(1)
    if name.split()[0].lower() in _NOT_PROPER:
        return ""
    if not _is_finite(m.group(2)):
        return ""
    if t.startswith("The "):
        name = "the " + name
    return name.rstrip("'’s") if name.endswith(("'s", "’s")) else name


_PARTICIPLE_WORDS = (
    "born|founded|elected|appointed|established|built|created|launched|formed|opened|released|published|named|"
    "raised|educated|trained|arrested|jailed|convicted|sentenced|diagnosed|signed|hired|sacked|fired|acquired|"
    "bought|sold|discovered|introduced|married|injured|killed|passed|adopted|written|taken|given|chosen|known|seen|"
    "drafted|recruited|promoted|crowned|inaugurated|sworn|ratified|enacted|approved|completed|designed|produced|"
    r"directed|recorded|filmed|held|captured|abandoned|demolished|restored|listed|floated|set\s+up|started|"
    r"first\s+\w+ed|originally\s+\w+ed|ordered|issued|unveiled|announced|awarded|nominated|selected|registered")
def _maybe_participle(s: str) -> bool:
    w = s[:20].split(" ", 1)[0].lower()
    return w.endswith(("ed", "en", "n", "t", "d")) or w in ("born", "set", "first", "originally", "sworn", "held")


_FRONT_PART = re.compile(rf"(?i:{_PARTICIPLE_WORDS})\b[^,;]{{0,100}},\s+")
_FRONT_PP = re.compile(
    r"^(?:after|before|following|despite|amid|for|in|on|at|with|during|over|to|under|as\s+part\s+of|according\s+to)"
    r"\b([^,]{0,100}),\s+",
    re.I)


def _strip_fronted_adjunct(d: str) -> str:
    """Drop a fronted phrase without a verb ("After nearly 20 years of hostile relations, …") or a
    purpose clause ("To make sure the progress continues, …") from the start of ``d``."""
    m = _FRONT_PP.match(d)
    if not m:
        return d
    inner = m.group(1)
    head = d[:m.start(1)].strip().lower()
    reduced_ok = head in ("in", "on", "at", "with", "for", "during", "under", "over", "amid", "according to")
    if d[:2].lower() == "to" or not any(
            _is_finite(t) and not (reduced_ok and t.lower().endswith("ed") and t.lower() not in _AUX)
            for t in _TOK.findall(inner)):
        rest = d[m.end():]
        if len(rest.split()) >= 3:
            return rest
    return d


_WS = re.compile(r"\s+")
_EMPTY_QUOTE = re.compile(r"\s*(?:\"[.,]?\"|“[.,]?”)")
_SPACE_PUNCT = re.compile(r"\s+([,.;:!?])")
_COMMAS = re.compile(r",(?:\s*,)+")
_BARE_PARTICIPLE = re.compile(rf",\s(?:{_PARTICIPLE_WORDS}|[a-z]{{2,}}ed),")
_NP_BARE_PARTICIPLE = re.compile(
    rf",(\s(?:a|an|the)\s[^,]{{1,60}}?)\s(?:(?:first|originally|initially|later|also)\s)?(?:{_PARTICIPLE_WORDS}|[a-z]{{2,}}ed)(?=,)")
_LEAD_ING_COMMA = re.compile(r"^[A-Z][a-z]+ing,\s+(?=\S)")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_DOUBLE_DASH = re.compile(r"\s-\s?-\s")
_DANGLING_PREP = re.compile(r"\s+(?:to|until|from)(?=,)")
_TRAIL_SPAN = re.compile(r",\s+(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)$")
_LEAD_CONJ = re.compile(r"^(?:and|but|or|so|as|while|with)\s+", re.I)
_TRAIL_WORDS = ("and", "but", "or", "with", "after", "before", "as", "that", "its", "his", "her", "their", "the", "a", "an")
_SEMI = re.compile(r";\s*")
_WORDISH = re.compile(r"[\w'’.-]+")
_LEAD_PP = re.compile(r"^(?:after|before|following|despite|for|in|on|at|with|amid|during|since|over|according\s+to)"
                      r"\b[^,]{0,80},\s*", re.I)
_LEAD_TIME = re.compile(r"^(?:in|on|at|since|during|by|after|before|last|earlier|later|this)\b[^,]{0,40},\s*", re.I)
_FIRST_WORD = re.compile(r"([A-Za-z]+)\b")
_LOWER_NEXT = re.compile(r"\s+[a-z0-9]")
_ATTR_SPLIT = re.compile(r"[,:]\s*[\"”’']?\s*|[\"”]\s*,?\s+")
_VERBISH = re.compile(r"[a-z]{3,}(?:s|ed)")


def _clean(desc: str) -> str:
    d = _WS.sub(" ", desc)
    d = _SPACE_PUNCT.sub(r"\1", d)
    if "," in d:
        d = _COMMAS.sub(",", d)
        d = _BARE_PARTICIPLE.sub("", d)
        d = _NP_BARE_PARTICIPLE.sub(r",\1", d)  # "X, a former banker elected, resigned" → "X, a former banker, resigned"
    if "(" in d or "[" in d:
        d = _EMPTY_BRACKETS.sub("", d)
    if "-" in d:
        d = _DOUBLE_DASH.sub(" - ", d)
    d = d.strip(" ,;:-–—")
    if "ing," in d[:30]:
        d = _LEAD_ING_COMMA.sub("", d)
    for _ in range(3):
        d2 = _DISCOURSE.sub("", d).strip(" ,;:-–—")
        d2 = _LEAD_CONJ.sub("", d2)
        if d2 == d:
            break
        d = d2
    for _ in range(3):  # a dangling conjunction at the end
        d = d.rstrip(" ,")
        last = d.rsplit(" ", 1)
        if len(last) == 2 and last[1].lower() in _TRAIL_WORDS:
            d = last[0]
        else:
            break
    d = d.rstrip(" ,;:-–—.")
    if " to," in d or " until," in d or " from," in d:
        d = _DANGLING_PREP.sub("", d)  # "backdated the sentence to, when …": the date was cut out
    if d[-4:] in (" day", "days", "week", "eeks", "onth", "nths", "year", "ears"):
        d = _TRAIL_SPAN.sub("", d)  # "…, a year" left from "a year before …"
    if d[:5] in ("When ", "when ") and "," not in d and len(d.split()) >= 5:
        d = d[5:]  # "since last October, when the bloc imposed …": the clause is the event
    if '""' in d or "“”" in d or '"."' in d or '","' in d:  # a quoted fragment whose words were the date
        d = _EMPTY_QUOTE.sub("", d).strip(" ,;:-–—.")
        d = _WS.sub(" ", d)
    # unmatched quotation marks left over from cutting
    for q in ("“", "”"):
        if d.count("“") != d.count("”"):
            d = d.replace(q, "")
    if d.count('"') % 2:
        d = d.replace('"', "")
    d = d.strip(" ,;:")
    if d and d[0].islower():
        d = d[0].upper() + d[1:]
    return d


# ---------------------------------------------------------------------------
# people / organisations for pronouns
# ---------------------------------------------------------------------------

class _Referents:
    """Who "he"/"she" and "it"/"they" point to, as the article is read.

    The people list may hold organisations that speak ("Big Machine said …"): a name whose first
    word is not a known given name and that has no honorific or surname alias is taken as an
    organisation. A person's gender, when the given name or an honorific tells it, keeps "she"
    from pointing at a man and "he" at a woman.
    """

    def __init__(self, people: tuple[Person, ...]) -> None:
        forms: dict[str, str] = {}
        self.gender: dict[str, str] = {}
        persons = []
        for p in people:
            parts = p.name.split()
            if len(parts) < 2 or not p.name[:1].isupper():
                continue
            honor = [a.split()[0].lower().rstrip(".") for a in p.aliases if len(a.split()) >= 2]
            given = _GIVEN.get(parts[0].lower(), "")
            if not given and not any(h in _HONORIFIC_GENDER for h in honor) and not any(
                    len(a.split()) == 1 for a in p.aliases):
                continue  # probably an organisation
            g = given if given in ("m", "f") else next((_HONORIFIC_GENDER[h] for h in honor
                                                        if h in _HONORIFIC_GENDER), "")
            self.gender[p.name] = g
            persons.append(p)
        for p in persons:
            for f in (p.name, *p.aliases):
                f = f.strip()
                if len(f) >= 2 and f[0].isupper() and f.lower() not in _NOT_PROPER:
                    forms.setdefault(f, p.name)
        # a first name alone ("Jose is one of …") when no one else in the article shares it
        firsts: dict[str, list[str]] = {}
        for p in persons:
            first = p.name.split()[0]
            if len(first) >= 3 and first.isalpha() and first.lower() in _GIVEN:
                firsts.setdefault(first, []).append(p.name)
        for first, names in firsts.items():
            if len(names) == 1 and first not in forms:
                forms[first] = names[0]
        self.forms = forms
        alts = sorted(forms, key=len, reverse=True)[:500]
        self.rx = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in alts) + r")\b") if alts else None
        self.recent: list[tuple[str, int]] = []  # (person, sentence age), most recent first
        self.last_thing = ""  # "The charity …" → "It has since recovered"
        self.last_thing_age = 99
        self.last_org = ""
        self.last_org_age = 99
        self.prev_text = ""  # the sentence just read

    def persons_in(self, text: str) -> list[tuple[int, str]]:
        if not self.rx:
            return []
        return [(m.start(), self.forms[m.group(0)]) for m in self.rx.finditer(text)]

    def is_person(self, name: str) -> bool:
        if not self.rx:
            return False
        m = self.rx.search(name)
        return bool(m)

    def fits(self, name: str, pronoun: str) -> bool:
        g = self.gender.get(name, "")
        want = "m" if pronoun in ("he", "his", "him") else "f" if pronoun in ("she", "her") else ""
        return not (g and want and g != want)

    def person_before(self, text: str, pos: int, pronoun: str = "") -> str:
        found = [n for p, n in self.persons_in(text[:pos]) if self.fits(n, pronoun)]
        if found:
            return found[-1]
        # a person named more than two sentences back is too far for a pronoun to be safe
        for name, age in self.recent:
            if age > 2:
                break
            if self.fits(name, pronoun):
                return name
        return ""

    def after_sentence(self, text: str, resolved_subject: str) -> None:
        ps = self.persons_in(text)
        aged = [(n, a + 1) for n, a in self.recent]
        pm = _PRONOUN_LEAD.match(text)
        if not ps and pm:  # "He was elected …": the chain of "he" keeps the person current
            pron = pm.group(1).lower()
            for i, (n, a) in enumerate(aged):
                if a <= 3 and self.fits(n, pron):
                    aged[i] = (n, 0)
                    aged.insert(0, aged.pop(i))
                    break
        for _, n in ps:
            aged = [(m, a) for m, a in aged if m != n]
            aged.insert(0, (n, 0))
        self.recent = aged[:8]
        self.prev_text = text
        self.last_org_age += 1
        self.last_thing_age += 1
        if text[:4] == "The " or text[:4] == "the ":
            toks = _TOK.findall(text[:120])[:5]
            thing = ""
            for n in range(2, min(5, len(toks))):
                if toks[n - 1].endswith(",") or _is_finite(toks[n]):
                    thing = " ".join(toks[:n]).rstrip(",")
                    break
            words = thing.split()
            if 2 <= len(words) <= 4 and words[0].lower() == "the" and words[-1].islower() \
                    and words[-1].lower() not in _HUMAN_NOUNS and not words[-1].endswith("s"):
                self.last_thing, self.last_thing_age = thing, 0
        subj = _proper_subject(text)
        if subj and not self.is_person(subj):
            self.last_org, self.last_org_age = subj, 0
        elif resolved_subject and not self.is_person(resolved_subject) and resolved_subject[:1].isupper() \
                and resolved_subject.split()[0].lower() not in _NOT_PROPER:
            self.last_org, self.last_org_age = resolved_subject, 0


try:  # the names helper's lexicon: given names with their usual gender
    from studyapp.extract.lexicon import GIVEN_NAMES as _GIVEN_NAMES
    _GIVEN: dict[str, str] = {str(k).lower(): str(v) for k, v in dict(_GIVEN_NAMES).items()}
except (ImportError, TypeError, ValueError):  # pragma: no cover - the lexicon is part of the package
    _GIVEN = {}
_HONORIFIC_GENDER = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f"}

_INTRANSITIVE = {"peaked", "resigned", "retired", "died", "arrived", "returned", "moved", "stepped", "collapsed", "happened",
                 "occurred", "emerged", "survived", "appeared", "disappeared", "failed", "succeeded", "escaped",
                 "surrendered", "graduated", "worked", "lived", "played", "competed", "travelled", "traveled",
                 "stayed", "remained", "started", "ended", "finished", "voted", "responded", "reacted", "agreed",
                 "declined", "rose", "fell", "jumped", "climbed", "dropped", "slumped", "soared", "recovered",
                 "opened", "closed", "landed", "crashed", "exploded", "spoken", "risen", "fallen", "gone"}

_RESUME_ADVERBS = {"now", "also", "still", "then", "later", "already", "soon", "eventually", "subsequently",
                   "recently", "finally", "again", "never", "once", "twice", "since"}

_HUMAN_PLURALS = {"men", "women", "people", "children", "protesters", "protestors", "suspects", "workers", "residents",
                  "officers", "soldiers", "students", "staff", "members", "fans", "players", "migrants", "refugees",
                  "civilians", "passengers", "patients", "voters", "teenagers", "boys", "girls", "lawmakers",
                  "activists", "hostages", "prisoners", "detainees", "villagers", "farmers", "doctors", "nurses"}
_HUMAN_NOUNS = {
    "minister", "president", "prime", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson",
    "officer", "judge", "player", "manager", "coach", "mayor", "mp", "leader", "chief", "executive", "director",
    "founder", "singer", "actor", "actress", "teacher", "doctor", "boss", "star", "striker", "captain", "woman",
    "man", "boy", "girl", "mother", "father", "son", "daughter", "wife", "husband", "victim", "suspect", "driver",
    "pilot", "soldier", "governor", "senator", "secretary", "ambassador", "king", "queen", "prince", "princess",
    "candidate", "author", "writer", "artist", "scientist", "researcher", "professor", "lawyer", "prosecutor",
    "defendant", "chancellor", "premier", "envoy", "commander", "general", "footballer", "midfielder", "defender",
    "goalkeeper", "forward", "winger", "athlete", "champion", "ceo", "owner", "investor", "founder", "rapper",
    "musician", "presenter", "journalist", "reporter", "editor", "official", "spokesman", "priest", "bishop",
    "pope", "billionaire", "businessman", "businesswoman", "entrepreneur", "politician", "lawmaker", "congressman",
    "congresswoman", "councillor", "activist", "protester", "student", "patient", "nurse", "worker", "employee"}


def _person_for_pronoun(refs: _Referents, sent_text: str, pos: int, pronoun: str = "") -> str:
    """Who "he"/"she" at ``pos`` refers to: a person named earlier in the sentence, else the
    sentence's own subject when it is a person described by a role ("The prime minister visited …,
    when he promised …"), else a person named in the last two sentences."""
    found = [n for _, n in refs.persons_in(sent_text[:pos]) if refs.fits(n, pronoun)]
    if found:
        return found[-1]
    if pos > 0:
        subj = _subject(sent_text[:pos])
        if subj:
            words = subj.split()
            if words[0].lower() in ("the", "a", "an") and words[-1].lower().strip(",'’s") in _HUMAN_NOUNS:
                return words[0].capitalize() + (" " + " ".join(words[1:]) if len(words) > 1 else "")
            if words[0].lower() not in _PRONOUN_SUBJ:
                return ""  # a different subject ("The court …, after he …"): do not guess
    return refs.person_before(sent_text, pos, pronoun)


def _object_before(text: str) -> bool:
    """Whether ``text`` (the sentence before a pronoun) has a verb with a noun-phrase object."""
    toks = _TOK.findall(text[-300:])
    verb = next((i for i, t in enumerate(toks) if _is_finite(t)), -1)
    return verb >= 0 and any(t.lower() in ("a", "an", "the") for t in toks[verb + 1:])


def _people_in_object(text: str) -> bool:
    """Whether a sentence has people after its verb ("Police arrested two men")."""
    toks = _TOK.findall(text[:400])
    verb = next((i for i, t in enumerate(toks) if _is_finite(t)), -1)
    return verb >= 0 and any(
        t.lower().strip(",.") in _HUMAN_PLURALS or t.lower().strip(",.").rstrip("s") in _HUMAN_NOUNS
        and t.lower().strip(",.").endswith("s") for t in toks[verb + 1:])


_POSS_APPOS_ORG = re.compile(r"(?:His|Her|Its|Their|The)\s+[a-z]+(?:\s+[a-z]+)?,\s+((?:[A-Z][\w&'’.-]*\s*){1,6}?),")
_ORG_TAIL = re.compile(r"\b(?:Ltd|Limited|Inc|plc|PLC|LLC|Corp|Co|Group|Holdings|Company|Council|Authority|Bank|Trust)\.?$")


def _resolve_pronoun_start(desc: str, refs: _Referents, sent_text: str, pos: int) -> str:
    """Replace a pronoun (or a short form of a person's name) at the start of ``desc``."""
    if refs.rx:
        nm = refs.rx.match(desc)
        if nm and desc[nm.end():nm.end() + 1] in ("", " ", "'", "’", ","):
            full = refs.forms[nm.group(0)]
            if full != nm.group(0) and len(full) > len(nm.group(0)):
                return full + desc[nm.end():]
            return desc
    ym = _YEAR_OLD.match(desc)
    if ym:  # "The 47-year-old was appointed" → the person named last
        name = refs.person_before(sent_text, pos)
        return name + desc[ym.end():] if name else desc
    m = _FIRST_WORD.match(desc)
    if not m:
        return desc
    w = m.group(1).lower()
    rest = desc[m.end():]
    if w in ("he", "she", "his", "her"):
        if w in ("his", "her") and not (rest.startswith(" ") and _LOWER_NEXT.match(rest)):
            return desc
        name = _person_for_pronoun(refs, sent_text, pos, w)
        if not name:
            return desc
        return name + rest if w in ("he", "she") else name + "'s" + rest
    if w in ("it", "its") and pos > 0:
        am = _POSS_APPOS_ORG.match(sent_text)
        if am and am.end() < pos and _ORG_TAIL.search(am.group(1)):
            # "His employer, Clydeview Roofing Ltd, of Paisley, admitted … when it appeared …": the company
            return (am.group(1) + rest) if w == "it" else (am.group(1) + "'s" + rest)
    if w in ("it", "its") and _object_before(sent_text[:pos]):
        return desc  # "… opened an inquiry, and its findings …": the nearer object may be meant
    if w in ("it", "its") and pos > 0:
        subj = _subject(sent_text[:pos])
        words = subj.split()
        if 2 <= len(words) <= 5 and words[0] in ("The", "A", "An", "That", "This", "Its", "Their") \
                and not _plural(words[-1]) \
                and words[-1].lower() not in _HUMAN_NOUNS and not refs.is_person(subj):
            # "The novel was rejected by 11 publishers before it was picked up …": the clause's subject
            return (subj + rest) if w == "it" else (subj + "'s" + rest)
    if w in ("it", "its") and not (refs.last_org and refs.last_org_age <= 3) and refs.last_thing \
            and refs.last_thing_age == 0:
        thing = refs.last_thing[0].upper() + refs.last_thing[1:]
        return (thing + rest) if w == "it" else (thing + "'s" + rest)
    if w in ("it", "its") and refs.last_org and refs.last_org_age <= 3:
        org = refs.last_org
        org = org[0].upper() + org[1:]
        return (org + rest) if w == "it" else (org + "'s" + rest)
    if w == "they" and refs.last_org and refs.last_org_age <= 1 and rest.startswith(" ") \
            and not _people_in_object(refs.prev_text):  # "Police arrested two men. They were charged …": the men
        org = refs.last_org
        return org[0].upper() + org[1:] + rest
    return desc


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def _attribution_tail(text: str, lo: int, hi: int, quotes: list[tuple[int, int]]) -> int:
    """Start of a trailing ", X said …" attribution in text[lo:hi] (or -1)."""
    key = (text, lo, hi, tuple(quotes))
    if key in _ATTR_CACHE:
        return _ATTR_CACHE[key]
    if len(_ATTR_CACHE) > 64:
        _ATTR_CACHE.clear()
    best = _attribution_tail_uncached(text, lo, hi, quotes)
    _ATTR_CACHE[key] = best
    return best


_ATTR_CACHE: dict[tuple[str, int, int, tuple[tuple[int, int], ...]], int] = {}  # small memo, same result


def _attribution_tail_uncached(text: str, lo: int, hi: int, quotes: list[tuple[int, int]]) -> int:
    base = max(lo, hi - 200)  # an attribution is short: only the end of the scope can hold one
    scope = text[base:hi]
    best = -1
    for m in _ATTR_SPLIT.finditer(scope):
        pos = base + m.end()
        if any(s < pos < e for s, e in quotes):
            continue
        tail = text[pos:hi]
        toks = _TOK.findall(tail)
        if not toks or len(toks) > 14 or "," in tail.rstrip(". ")[:-1] and len(toks) > 8:
            continue
        head = [t.lower().strip(",.") for t in toks[:6]]
        if head[0] in ("and", "but", "which", "who", "whose", "while", "when"):
            continue
        vi = next((i for i, h in enumerate(head) if h in _SPEECH), -1)
        if vi > 0 and head[0] in ("in", "on", "at", "by", "from", "during", "until") \
                and any(t.endswith(",") for t in toks[:vi]):
            continue  # "…, in September, its chairman said": the date is the report's, the attribution follows
        if vi < 0:
            continue
        rest = toks[vi + 1:]
        if vi == 0 and not (rest and (rest[0][:1].isupper() or rest[0].lower() in ("the", "a", "an", "his", "her",
                                                                                   "its", "their"))):
            continue  # "…, said on Tuesday it would cut jobs" is not an attribution
        if vi == 0 and head[0] not in ("said", "says", "told", "added", "adds", "wrote", "writes", "asked") \
                and rest and rest[0].lower() in ("his", "her", "its", "their", "the", "a", "an"):
            continue  # "Fairway, which …, reports its own figures on 5 September": a verb with its object
        if any(_is_finite(t) for t in rest):
            continue  # a complement clause follows: not a bare attribution
        best = pos
        break
    return best


def extract_events(sentences: list[Sentence], published: date | None,
                   people: tuple[Person, ...] = ()) -> list[Event]:
    """Dated events of an article, in text order, each at most once per (date, sentence, expression)."""
    published = _as_date(published)
    refs = _Referents(people)
    events: list[Event] = []
    context_year: int | None = None
    day_ctx: list[object] = [None, 99, None, 99]  # last day-precise date, its age; last (year, month), its age
    prev_years: set[int] = set()  # absolute years of the previous sentence of the same paragraph
    par_of_prev = -1
    open_quote = False
    prev_par = -1
    seen: set[tuple[str, str]] = set()
    captions = caption_paragraphs(sentences)
    dateline_seen = False
    for sent in sentences:
        if sent.paragraph in captions:  # "Residents wade through floodwater on Tuesday. Photograph: …"
            continue
        text = sent.text
        if len(text) > _MAX_SENTENCE:
            text = text[:_MAX_SENTENCE]
        if sent.paragraph != prev_par:
            open_quote = False
            prev_par = sent.paragraph
        first_of_par = sent is sentences[0] or sent.start == 0 or sent.paragraph != par_of_prev
        dm = None
        if first_of_par and sent.paragraph <= 6 and "(" in text[:60]:
            dm = _DATELINE_AGENCY.match(text)  # "New Delhi, Nov 4 (PTI) The government …"
        if dm is None and first_of_par and sent.paragraph <= 6 and text[:2].isupper():
            dm = _DATELINE.match(text) or _DATELINE_PLAIN.match(text)
        elif dm is None and first_of_par and sent.paragraph <= 6 and not dateline_seen:
            dm = _DATELINE_DASH.match(text)  # "Gaza City – Israeli strikes killed …"
        if first_of_par and sent.paragraph <= 6 and len(text) > 60:
            dateline_seen = True  # only the story's first paragraph can open with one
        if dm:  # "LONDON, Nov 19 (Reuters) - …", "NEW DELHI: …": the dateline is not part of any event
            text = text[dm.end():]
            sent = Sentence(text=text, start=sent.start + dm.end(), paragraph=sent.paragraph)
        quotes, open_quote = quote_spans(text, open_quote)
        if text.rstrip(" \"”’'").endswith("?") and not quotes:
            refs.after_sentence(text, "")  # a question states no fact
            continue
        if _META.match(text) or _CHROME.match(text) or _chrome_line(text):
            # "This article was amended on 12 March …", "Related: …", a byline with a time stamp:
            # about the page, not the news
            refs.after_sentence(text, "")
            continue
        exprs = find_time_expressions(text)[:_MAX_EXPRS]
        alone = _no_sentence_after(sentences, sent) and (sent is sentences[0] or sent.start == 0
                                                         or sent.paragraph != par_of_prev)
        if exprs and (_verbless_caption(text) or _present_caption(text, exprs, published) and alone
                      or alone and sent.paragraph <= 8 and _present_caption_late(text, exprs, published)
                      or alone and _WHOLLY_QUOTED.match(text)
                      or alone and sent.paragraph <= 8 and _credit_follows(sentences, sent)):
            refs.after_sentence(text, "")
            continue  # "The wreckage of the plane at the end of the runway on July 12.": a caption
        if exprs and sent is sentences[0] and len(sentences) > 1 and len(text.split()) <= 20 \
                and text.rstrip()[-1:] not in ".!?\"”’'":
            # a headline ("Fed holds rates on Wednesday"): its tense does not tell a weekday's direction,
            # and the story repeats the news with a full date
            exprs = [x for x in exprs if x.absolute]
        elif exprs and sent is not sentences[0] and len(text.split()) <= 12 \
                and text.rstrip()[-1:] not in ".!?\"”’')…" and _no_sentence_after(sentences, sent) \
                and not ("born" in text and _OBIT_FOOTER.match(text)):
            exprs = []  # a sub-heading ("Seat was vacant since September"): a label, not the story's words
        resolved_subject = ""
        if sent.paragraph != par_of_prev:
            prev_years = set()
        if exprs:
            resolved_subject = _process_sentence(sent, text, exprs, quotes, published, refs, events, seen,
                                                 context_year, day_ctx, prev_years)
            for e in exprs:
                if e.absolute:
                    context_year = e.year
                elif e.kind == "anaphoric" and context_year is not None:
                    context_year = context_year + e.offset
        prev_years = {e.year for e in exprs if e.absolute and not _SINCE_START.match(e.text)}
        par_of_prev = sent.paragraph
        refs.after_sentence(text, resolved_subject)
        day_ctx[1] = int(day_ctx[1]) + 1  # type: ignore[call-overload]
        day_ctx[3] = int(day_ctx[3]) + 1  # type: ignore[call-overload]
    return _dedupe(_name_definites(events, sentences))


# bodies a story names once in full and then calls "the board", "the bill", "the court"
_DEFINITE_HEADS = {"board", "council", "committee", "commission", "court", "union", "government", "ministry",
                   "agency", "department", "party", "bill", "authority", "trust", "tribunal", "panel", "regulator",
                   "assembly", "legislature", "parliament", "senate", "cabinet", "coalition", "league", "federation",
                   "district", "service", "inquiry", "report", "review", "survey", "fund", "programme", "program"}
_DEFINITE_START = re.compile(r"The\s+([a-z]+)\b")
_NAME_LEADS = {"The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our", "Last", "Next",
               "But", "And", "In", "On", "At", "For", "When", "After", "Before", "Under", "Since", "As", "If"}


def _name_definites(events: list[Event], sentences: list[Sentence]) -> list[Event]:
    """ "The board voted 5-2" → "The Ridgeview ISD board voted 5-2" when the story named that board once
    before: a card needs the full name, and a story that named two boards is left alone."""
    out: list[Event] = []
    for ev in events:
        m = _DEFINITE_START.match(ev.event)
        if not m or m.group(1) not in _DEFINITE_HEADS:
            out.append(ev)
            continue
        head = m.group(1)
        prior = " ".join(x.text for x in sentences if x.start < ev.start)[-6000:]
        names = set()
        for nm in re.finditer(r"((?:\(?[A-Z][\w&'’.-]*\)?\s+){1,5})(%s|%s)\b" % (head, head.capitalize()), prior):
            words = nm.group(1).split()
            cut = max((i + 1 for i, w in enumerate(words) if w in _NAME_LEADS), default=0)
            words = words[cut:]  # "PA A bill": a credit, then a sentence's "A", then the noun
            if words and not words[-1].endswith(("'s", "’s")):
                names.add((" ".join(words), nm.group(2)))
        if len(names) == 1:
            lead, word = names.pop()
            det = "" if re.search(r"['’]s\b", lead) else "The "  # "Kentucky's Republican-led legislature"
            ev = dataclasses.replace(ev, event=f"{det}{lead} {word}" + ev.event[m.end():])
        out.append(ev)
    return out


_SCHEDULED_FOR = re.compile(r"\b(?:scheduled|planned|set|due|slated|booked|called|fixed|pencilled|penciled)\s+$", re.I)
_MODAL_PLAN = re.compile(r"\b(?:would|could|will|might|may|plans?\s+to|hopes?\s+to|expects?\s+to)\b[^,;.]*$")
_PRESENT_AFTER_NAME = re.compile(r"[A-Z][\w'’-]*\s+(?!(?:of|for|and|in|on|at|as|is|its|this|was|has|his)\b)[a-z]{2,}s\s+"
                                 r"(?:on|in|at|from|to|with|the|a|an|its|their|his|her|by|after|before|until|up|down|"
                                 r"out|off|over)\b")
_CAPTION_PREPS = {"of", "from", "at", "over", "in", "on", "near", "outside", "inside", "during", "after", "before"}


_CAPTION_TENSE = {"was", "were", "had", "did", "has", "have", "will", "would", "could", "said", "says", "told"}
_CAPTION_ADJ_BEFORE = {"the", "a", "an", "of", "in", "with", "from", "by", "and", "their", "his", "her", "its", "for",
                       "near", "outside", "inside", "at", "on"}


# a quoted sub-heading, with no full stop of its own: "'Some of us won't be here next year'"
_WHOLLY_QUOTED = re.compile(r"^\s*['‘\"“].{3,200}[^.!?,]['’\"”]\s*$")


_SCHEDULE_PRESENT = {"votes", "meets", "opens", "starts", "begins", "plays", "faces", "hosts", "takes", "goes",
                     "returns", "resumes", "ends", "closes", "launches", "holds", "visits", "travels", "heads",
                     "meet", "vote", "open", "start", "begin", "play", "face", "host", "return", "resume", "end",
                     "close", "launch", "hold", "visit", "travel", "head", "kicks", "kick", "sits", "sit"}


_CREDIT_PAREN = re.compile(r"\s*\([^()]{2,80}\)\s*$|\s*[—–-]+\s*(?:Photos?|Pictures?|Images?|Picture\s+credit)\b[^.]{0,60}$")


def _present_caption_late(text: str, exprs: list[TimeExpr], published: date | None) -> bool:
    """A one-sentence paragraph near the top, in the present tense, that ends with its date ("Teachers rally
    outside the district office on Monday evening."): a photo caption pasted with the story."""
    if published is None or len(exprs) != 1 or len(text) > 220 or '"' in text or "“" in text:
        return False
    e = exprs[0]
    tail = _CREDIT_PAREN.sub("", text[e.end:])  # "… on Tuesday. (Ministry of Employment and Labor)"
    if tail.strip(" .") or e.kind not in ("weekday", "month", "day_month"):
        return False
    toks = _TOK.findall(text[:e.start])
    first_low = next((i for i, t in enumerate(toks[:8]) if t[:1].islower()), -1)
    if 3 <= first_low <= 7 and all(t[:1].isupper() for t in toks[:first_low]):
        toks = [toks[0]] + toks[first_low:]  # "Labor Minister Seo Jae-won speaks …": the verb after the name
    if not any(t[:1].islower() and t.lower() not in _SCHEDULE_PRESENT and (
            t.endswith("s") and not t.endswith("ss") or t in ("rally", "march", "gather", "stand", "wait", "walk",
                                                              "protest", "operate", "work"))
               for t in toks[1:4]) or any(t.lower() in _SCHEDULE_PRESENT for t in toks[1:5]):
        return False  # the verb of a caption comes right after its subject
    iso = resolve(e, published, future=False)
    return bool(iso) and iso <= published.isoformat() and _present_caption(text, [e._replace_kind()] if False else
                                                                           [TimeExpr(e.start, e.end, e.text, "full",
                                                                                     published.year, 1, 1)], published)


def _present_caption(text: str, exprs: list[TimeExpr], published: date | None) -> bool:
    """A one-sentence paragraph in the present tense with a full past date ("Residents search through the
    rubble in San Isidro on March 14, 2021."): a wire photo caption, not the story."""
    if len(text) > 260 or len(exprs) != 1 or exprs[0].kind != "full" or '"' in text or "“" in text:
        return False
    e = exprs[0]
    if published is not None and date(e.year, e.month, e.day) > published:
        return False
    toks = _TOK.findall(text[:e.start] + " " + text[e.end:])
    for i, t in enumerate(toks):
        lt = t.lower()
        if lt in _CAPTION_TENSE or lt.endswith("n't"):
            return False
        if _is_finite(t) and t[:1].islower() and not (i and toks[i - 1].lower() in _CAPTION_ADJ_BEFORE) \
                and not (t.endswith("s") and not t.endswith(("ss", "us", "is"))):
            return False  # a past verb of its own ("Residents searched …"), not "of collapsed houses"
    return not text.rstrip().endswith("?")


def _verbless_caption(text: str) -> bool:
    """A noun phrase with places and a date but no verb ("Smoke from the fire over the town on
    Wednesday evening."): a photo caption, which states no event."""
    if len(text) > 220 or "\"" in text or "“" in text:
        return False
    toks = _TOK.findall(text)
    if len(toks) < 4 or any(_is_finite(t) and not (i and t.lower().endswith("ed") and toks[i - 1].lower() in _ADJ_DETS)
                            for i, t in enumerate(toks)) or _PRESENT_AFTER_NAME.search(text):
        return False  # "The term of the present Assembly ends on May 28": a present-tense verb
    low = [t.lower().strip(",") for t in toks]
    if low[0] in ("the", "a", "an", "its", "their", "his", "her"):
        if low[1].endswith("ed"):  # "The collapsed hoarding frame on Satara Road on Wednesday"
            return any(w in _CAPTION_PREPS for w in low[2:5])
        return low[2] in _CAPTION_PREPS if len(low) > 2 else False
    # a plural first word may be the subject of a present-tense verb ("Nurses at the hospital walk out on Monday")
    if toks[0][:1].isupper() and not low[0].endswith("s") and low[1] in _CAPTION_PREPS \
            and low[0] not in _CAPTION_PREPS | {"by", "since"}:
        return True
    # "Jacqueline Rouvier at her home in Lyon in 2011.": a name, then where and when
    k = 0
    while k < min(4, len(toks)) and toks[k][:1].isupper() and low[k] not in _CAPTION_PREPS | {"by", "since"}:
        k += 1
    return 2 <= k < len(low) and low[k] in _CAPTION_PREPS


_OBIT_FOOTER = re.compile(r"^[•*·–-]?\s*(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}),[^;:]{0,80}?\bborn\s+\S")


_SINCE_START = re.compile(r"(?i:since)\b")  # "since 2015" starts a state; it sets no year for later dates


_SAID_WOULD = re.compile(
    r"^(?P<sp>[^,\"“”]{3,80}?)\s+(?P<v>said|says|added|announced|confirmed|warned|predicted)\s+(?:that\s+)?"
    r"(?P<c>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[A-Z][\w'’-]+)\s[^\"“”]{3,}?\bwould\b[^\"“”]+)$")


_PLAN_FIRST = re.compile(r"^[^,\"“”]{3,80}?\swould\s(?!have\b)")
_SPEAKER_LAST = re.compile(r", [^,\"“”]{2,80}\s(?:said|says|added|announced|confirmed|warned|predicted|told|assured|"
                           r"informed|promised)(?:\s[^,\"“”]{1,40})?$")


def _since_clause(text: str, e: TimeExpr) -> bool:
    """Whether "since" before ``e`` opens a clause with a past verb of its own ("the first dissent since
    Lopez took office in 2019"): that clause is an event, not a comparison point."""
    at = text.rfind("since ", max(0, e.start - 90), e.start)
    toks = _TOK.findall(text[at + 6:e.start]) if at >= 0 else []
    return any(_is_finite(t) and t[:1].islower() and t.lower() not in _AUX for t in toks[1:])


_RECORD_NP = re.compile(r"\b(?:the|its|their|his|her|a)\s+(?:first|highest|lowest|biggest|largest|smallest|worst|best|"
                        r"longest|shortest|strongest|weakest|fastest|slowest|greatest|deadliest|warmest|coldest|"
                        r"hottest|wettest|driest|most|least|heaviest|sharpest|steepest|deepest|only)\b([^,;:.]{0,90})$",
                        re.I)


def _record_since(text: str, e: TimeExpr) -> bool:
    """ "the first fatal accident involving a scheduled flight in Kenya since 2018": a record measured
    from a past date, with no verb of its own between the superlative and "since"."""
    m = _RECORD_NP.search(text, max(0, e.start - 110), e.start)
    if not m:
        return False
    toks = _TOK.findall(m.group(1))
    return not any(_is_finite(t) and t[:1].islower() and t.lower() not in _NON_VERB_ED
                   and not (t.lower().endswith("ed") and i and toks[i - 1].lower() in _ADJ_DETS)
                   for i, t in enumerate(toks))  # "involving a scheduled flight": an adjective


_PAST_ACT = re.compile(r"\b(?:[a-z]{3,}ed|paid|won|lost|sold|bought|made|took|gave|left|met|held|began|came|went)\b(?!\s+(?:to|by))")
_PERIOD_FIGURE = re.compile(r"\bstood\s+at\s+(?:[^.;]|(?<=\d)\.(?=\d)){1,40}$")  # "waiting time stood at 5.6 years at the end of June"
_HEDGED_CLAUSE = re.compile(r"\b(?:could|might|may)\s+(?!not\b|have\b)[a-z]+[^.;,:]{0,70}$|\b(?:was|were|is|are|seemed|"
                           r"seems|looked|looks)\s+(?:\w+ly\s+)?unlikely\b[^.;,:]{0,40}$|"
                           # "more rain was expected in the Carpathians over the weekend": a forecast
                           r"\b(?:was|were|is|are)\s+(?:also\s+|widely\s+)?(?:expected|forecast|predicted)\s+"
                           r"(?!to\b|by\b)(?:in|on|at|across|over|for|from|later|again|throughout)\b[^.;:]{0,60}$")
_MOST_OF = re.compile(r"\b(?:for|during|through|throughout)\s+(?:most|much|all|part|the\s+rest|the\s+whole)\s+(?:of\s+)?$|"
                      r"\b(?:for|during|through|throughout)\s+(?:most|much|all|part|the\s+rest|the\s+whole)\s+of\s+\S{0,3}$")
_TALLY_PERIOD = re.compile(r"\b(?:had|has|have)\s+(?:so\s+far\s+)?(?:recorded|registered|reported|logged|counted|seen|"
                           r"confirmed|treated|handled|received)\s+(?:only\s+|just\s+|about\s+|more\s+than\s+|nearly\s+|"
                           r"almost\s+|over\s+|some\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"a\s+few|several|dozens|hundreds|thousands)\b[^.;]{0,80}$")
_DEC_POINT = re.compile(r"(?<=\d)\.(?=\d)")
_ONE_OF = re.compile(r"\b(?:is|are|was|were)\s+(?:now\s+|also\s+)?(?:one|among)\s+(?:of\s+)?(?:the\s+|several|many|a\s+few|"
                     r"dozens|hundreds|\w+est\b)[^.;]{0,100}$")
_TALLY_SINCE = re.compile(r"\b(?:had|has|have)\s+(?:been\s+)?(?:\w+\s+){0,4}?(?<!at\s)(?:[$£€]?\d[\d,.]*(?!\d|\s*%|\s*per\s*cent)|"
                          r"several|many|more\s+than|about|over|dozens|hundreds|thousands|tens)\b[^.;]{0,80}$")
_CHANGE_BY = re.compile(r"\b(?:risen|rose|fallen|fell|shrunk|shrank|grown|grew|increased|decreased|dropped|climbed|"
                        r"jumped|slumped|declined|gained|lost)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?"
                        r"(?:a\s+(?:quarter|third|half|fifth)|\d[\d.,]*\s*(?:%|per\s*cent|percent))[^.;]{0,40}$")
_KEEP_GOING = re.compile(r"\b(?:to|enough\s+to)\s+(?:keep|run|last|cover|fund|sustain|maintain|continue|operate|feed|"
                         r"support|pay\s+for|see\s+\w+\s+through)\b[^.;]{0,80}$")
_SO_THAT_BEFORE = re.compile(r"\bso(?:\s+that)?\s+[^,;.]{0,30}$")  # "so that crews could repair it": a purpose
_FORECASTER_VERB = re.compile(r"(?<!is )(?<!are )(?<!be )(?<!was )(?<!were )(?<!been )\b(?:expected|expects|expect|"
                              r"predicted|predicts|forecast|forecasts)\s+(?:the|a|an|its|their|his|her|[A-Z])")
_PRESENT_AFTER = re.compile(r"\s+(?:are|is|remain|remains|must|can|may|do|does|have\s+to|has\s+to|will|would)\b")
_PERCENT_BEFORE = re.compile(r"\b(?:of|and)\s+[\d.]+\s*(?:%|per\s*cent|percent)\s+$")  # "raises of 3% this year"
_EXPECTED_TO_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+(?:widely\s+|also\s+)?expected\s+to\b[^.;]{0,80}$")
_NONE_YET = re.compile(r"No\s+\w+\s+(?:has|have|had)\s+(?:yet\s+)?been\b")
_NEGATED_PLAN = re.compile(r"\b(?:did|does|do|would|will)\s+not\s+(?:plan|expect|intend)\b[^.;]{0,80}$|\bno\s+plans?\b[^.;]{0,80}$")
_PERIOD_THIS_YEAR = re.compile(r"['’]s\s+(?:first|second|third|fourth|fifth|sixth|\w+th)\s+$|"  # "the PSLV's second"
                               r"\b(?:so\s+far|for\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|"
                               r"\w+th|\d+(?:st|nd|rd|th))\s+time|set\s+at|at\s+[\d.]+\s*(?:%|per\s*cent))\s+(?:[^.;]{0,30}\s)?$")
_WHETHER_BEFORE = re.compile(r"\bwhether\b[^.;]{0,100}$")
_IF_ELECTED = re.compile(r"\s*,?\s*(?:if|should)\s+(?:it\s+is\s+|they\s+are\s+|he\s+is\s+|she\s+is\s+)?"
                         r"(?:elected|re-elected|returned\s+to\s+power|it\s+wins|they\s+win)\b")
_CONDITIONAL_START = re.compile(r"[\"“]?(?:If|Unless|Should)\s")
_REQUEST_BEFORE = re.compile(r"\b(?:asking|asks|calling|calls|demanding|demands|pressing|urging|urges)\s+(?:for|on)\b"
                             r"[^.;]{0,80}$")
_AIM_BEFORE = re.compile(r"\b(?:aims?|aimed|aiming|hopes?|hoped|hoping|wants?|wanted|targets?|targeted|intends?|"
                         r"intended)\s+to\b[^.;]{0,120}$")
# a measured figure with a stative verb, dated by a period: "produced 212,000 tonnes of copper last year"
_STATIVE_STAT = re.compile(r"(?:\d{1,3},\d{3}|\d{5,}|\d[\d.,]*\s*(?:%|per\s*cent|percent))[^.;]{0,80}?\b(?:were|was|produced|"
                           r"stood|totalled|totaled|numbered|reached|had)\b[^.;]{0,80}$|"
                           r"\b(?:were|was|produced|stood|totalled|totaled|had|have|has)\s+(?:about\s+|some\s+|more\s+than\s+|"
                           r"nearly\s+|around\s+|roughly\s+)?(?:\d{1,3},\d{3}|\d{5,})[^.;]{0,80}$|"
                           # "buses carried about 9,000 riders a day last year": a rate over a period
                           r"\b(?:carried|served|handled|averaged|drew|attracted|saw|used|processed|welcomed|received)\s+"
                           r"(?:about\s+|some\s+|nearly\s+|more\s+than\s+|roughly\s+|around\s+)?\d[\d,.]*\s+"
                           r"(?:[a-z]+\s+){0,2}(?:a|per|each)\s+(?:day|week|month|year|hour)\s+$|"
                           # "The U.S. imported about $610 million worth of the pipe last year": a year's trade figure
                           r"\b(?:imported|exported)\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+|roughly\s+)?"
                           r"[$€£¥]?\d[\d.,]*\s*(?:million|billion|bn|m|tonnes|tons|barrels)?\s+(?:worth\s+)?of\b[^.;]{0,80}$|"
                           # "Trade … was worth about $1 billion in 2023", "put in an average of 1,872 hours in 2023"
                           r"\b(?:was|were|is|are)\s+(?:worth|valued\s+at)\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+|"
                           r"roughly\s+|around\s+|an\s+estimated\s+)?[$€£¥]?\d[^.;]{0,60}$|"
                           r"\ban\s+average\s+of\s+[$€£¥]?\d[\d.,]*\s+[^.;]{0,40}$|"
                           # "612 patients were waiting for a bed this morning": a count of people in a state
                           r"(?:^|[,:]\s+)\d[\d,]*\s+(?:[a-z]+\s+){1,2}(?:were|are)\s+(?:still\s+)?(?:waiting|without|"
                           r"stranded|sleeping|living|staying|queuing|queueing)\b[^.;]{0,80}$|"
                           # "around 420 babies were born at the hospital last year": an approximate count for a period
                           r"\b(?i:around|about|some|roughly|nearly|almost|more\s+than|over|fewer\s+than|less\s+than)\s+"
                           r"\d[\d,]*\s+(?:[a-z-]+\s+){1,2}(?:were|was|are|is|have\s+been|had\s+been)\s+[a-z]+\b[^.;]{0,80}$")
_TALLY_BY = re.compile(r"\b\d[\d,.]*\s+[^.;]{0,60}\b(?:had|have|has)\s+(?:now\s+)?been\s+[a-z]+(?:ed|en)\s+$")
_PRESENT_MEASURE = re.compile(r"\b(?:is|are)\s+(?:roughly\s+|about\s+|just\s+|nearly\s+)?(?:equivalent|equal)\s+to\b"
                              r"[^.;]{0,100}$")
_ACTION_IN = re.compile(r"\b(?:killed|died|injured|evacuated|arrested|fired|sacked|laid\s+off|cut|lost|won|sold|bought|"
                        r"paid|raised|announced|said|told|voted|elected|struck|hit|culled|slaughtered|destroyed|"
                        r"demolished|rescued|flooded|burned|burnt|charged|detained|deported|hired|"
                        r"dismissed|recalled|seized)\b")
_FORECAST_VERB = re.compile(r"\b(?:warned|warns|predicted|predicts|forecast|forecasts|projected|projects|estimated|"
                            r"estimates|expects|expected|feared|fears)\s+(?:that\s+)?$|\b(?:warned|warns|predicted|"
                            r"predicts|forecast|forecasts|projected|estimated|expects|expected|feared|fears)\s+that\b")
_MODAL_IN = re.compile(r"\b(?:would|could|might|will|may)\b")
_FORECAST_NP = re.compile(r"\b(?:projected|forecast|expected|estimated|anticipated|predicted)\s+(?:[\w$£€.,-]+\s+){0,8}$",
                          re.I)
_PROPOSAL_BEFORE = re.compile(r"\b(?:proposed|proposes|proposing|proposal|offered|offers|offering|suggested|suggests|"
                              r"called\s+for|calls\s+for|urged|urges|demanded|demands|wants|wanted|"
                              r"commit(?:s|ted)?\s+to)\b[^.;:]{0,160}$",
                              re.I)


def _future_year_target(text: str, e: TimeExpr, published: date | None) -> bool:
    """ "has proposed freezing the grant from 2027", "had offered to cut shifts by 2027": the year of a
    proposal or an offer, after the publication year, dates nothing that happened."""
    if published is None or e.kind != "year" or e.year <= published.year:
        return False
    if e.text.split()[0].lower() not in ("from", "by", "before", "starting", "beginning", "in", "until"):
        return False
    return _PROPOSAL_BEFORE.search(text, max(0, e.start - 160), e.start) is not None


def _rest_of_paragraph(sentences: list[Sentence], sent: Sentence) -> list[Sentence]:
    """The sentences after ``sent`` in its paragraph."""
    i = next((j for j, s in enumerate(sentences) if s.start == sent.start), len(sentences))
    rest: list[Sentence] = []
    for s in sentences[i + 1:]:
        if s.paragraph != sent.paragraph:
            break
        rest.append(s)
    return rest


def _no_sentence_after(sentences: list[Sentence], sent: Sentence) -> bool:
    """Whether ``sent`` ends its paragraph (the next sentence, if any, is in another one)."""
    rest = _rest_of_paragraph(sentences, sent)
    if rest and _CREDIT_ONLY.fullmatch(rest[0].text.strip()):
        rest = rest[1:]  # "… on Tuesday. (Ministry of Employment and Labor)": a photo credit ends the paragraph
    return not rest


def _credit_follows(sentences: list[Sentence], sent: Sentence) -> bool:
    """Whether the paragraph of ``sent`` ends with a bracketed agency or photo credit ("… on Tuesday night.
    (KQTW)"): a photo caption, whatever its tense."""
    rest = _rest_of_paragraph(sentences, sent)
    return bool(rest) and bool(_BRACKET_CREDIT.fullmatch(rest[0].text.strip()))


_BRACKET_CREDIT = re.compile(r"\((?:[A-Z]{2,10}|(?:Photo|Picture|Image|File)[^()]{0,60})\)|\[(?:Photo|Picture|Image|File)"
                             r"[^\[\]]{0,60}\]")
_CREDIT_ONLY = re.compile(r"\([^()]{2,80}\)|\[[^\[\]]{2,80}\]|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*/\s*"
                          r"(?:[A-Z][\w.&'’-]*\s*){1,5}|(?:Photo|Image|Picture|Credit)s?\s*(?:credit)?\s*[:/|].{2,80}")


def _as_date(value: object) -> date | None:
    """A plain ``date`` from a date, a datetime or an ISO string (anything else: None)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _fragment_quote(text: str, e: TimeExpr, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation holding ``e`` when it is a short fragment woven into the reporter's own clause
    ('… will be switched on there "later this year."'), whose time words are the reporter's."""
    q = next(((a, b) for a, b in quotes if a <= e.start and e.end <= b), None)
    if q is None or len(_TOK.findall(text[q[0]:q[1]])) > 6:
        return None
    before = _TOK.findall(text[max(0, q[0] - 40):q[0]])
    if not before or not before[-1].isalnum() or before[-1].lower() in _SPEECH:
        return None  # a quote right after a speech verb, a colon or a comma is the speaker's
    return q


def _process_sentence(sent: Sentence, text: str, exprs: list[TimeExpr], quotes: list[tuple[int, int]],
                      published: date | None, refs: _Referents, events: list[Event],
                      seen: set[tuple[str, str]], context_year: int | None, day_ctx: list[object],
                      prev_years: set[int] = frozenset()) -> str:  # type: ignore[assignment]
    parens = _paren_spans(text)
    ctx = context_year
    items: list[tuple[TimeExpr, str, int, int, int]] = []  # expr, iso, lo, hi, segment index
    ahead: set[int] = set()  # expressions resolved forward
    seg_cache: dict[tuple[int, int], list[_Seg]] = {}
    main_subject = ""
    verbatim: set[int] = set()
    court: dict[int, str] = {}  # expression → "to appear at X Crown Court"
    for e in exprs:
        year_ctx = ctx
        if e.absolute:
            ctx = e.year
        elif e.kind == "anaphoric" and ctx is not None:
            ctx = ctx + e.offset
        in_quote = _in_spans(e.start, e.end, quotes)
        frag = _fragment_quote(text, e, quotes) if in_quote else None
        if frag is not None:
            in_quote = False  # "… will be switched on there "later this year."": the reporter's words
        if _COMPARISON_BEFORE.search(text, max(0, e.start - 60), e.start) or (
                "since" in text[max(0, e.start - 90):e.start] and _FIRST_SINCE_NP.search(text, max(0, e.start - 90), e.start)
                and not _since_clause(text, e)) or (
                e.text[:5].lower() == "since" and (_SUPERLATIVE_BEFORE.search(text, max(0, e.start - 40), e.start)
                                                   or _record_since(text, e))):
            # "down from 67% four years ago", "the first strike since 1989": a comparison point, not an
            # event; its words stay in the other descriptions
            verbatim.add(id(e))
            continue
        # the scope: the parenthetical holding the expression, or the whole sentence
        lo, hi = 0, len(text)
        for a, b in parens + quotes:
            if a < e.start and e.end <= b and b - a <= hi - lo and (a, b) != frag:
                lo, hi = a + 1, (b - 1 if text[b - 1] in _QUOTE_CHARS + ")]" else b)
        if in_quote:
            for qm in _INNER_STOP.finditer(text, lo, min(e.start + 1, hi)):
                if qm.end() <= e.start:
                    lo = qm.end()
            qm = _INNER_STOP.search(text, e.end, hi)
            if qm:
                hi = qm.start() + 1
        key = (lo, hi)
        if key not in seg_cache:
            seg_cache[key] = _segments(text, lo, hi, [] if in_quote else quotes, [(x.start, x.end) for x in exprs])
        segs = seg_cache[key]
        k = next((i for i, s in enumerate(segs) if s.start <= e.start < s.end), len(segs) - 1)
        seg = segs[k]
        if seg.kind in ("fronted", "sub") and seg.conj in ("if", "unless") or _CONDITIONAL_START.match(text) \
                and not _PAST_ACT.search(text, seg.cstart, seg.end):
            continue  # "If the deal is approved on Friday, …" (and its main clause): a condition, not an event
        if e.kind in ("month", "day_month") and not e.modifier and published is not None and any(
                y != published.year for y in prev_years | {x.year for x in exprs if x.absolute and x.end <= e.start
                                                           and not _SINCE_START.match(x.text)}):
            ambiguous_month = True  # "In 2015 it was founded. In March, it …": March of which year? (see below)
        else:
            ambiguous_month = False
        if e.kind in ("relative", "year") and _PERCENT_BEFORE.search(text, max(seg.cstart, e.start - 20), e.start):
            continue  # "raises of 3% this year and 2.5% next year": figures for periods
        if e.kind == "relative" and e.rel in ("next year", "this year", "next spring", "next summer", "next autumn",
                                              "next fall", "next winter", "later this year", "the spring",
                                              "the summer", "the autumn", "the fall") \
                and _EXPECTED_TO_BEFORE.search(text, max(seg.cstart, e.start - 100), e.start):
            continue  # "is expected to seek a second term next year": a forecast
        if _NONE_YET.match(text):
            continue  # "No arrests had been made till late Wednesday night": nothing happened
        if e.kind == "relative" and e.rel in ("next year", "next month", "next week") and (
                _NEGATED_PLAN.search(text, max(seg.cstart, e.start - 100), e.start)
                or text[max(0, e.start - 12):e.start].lower().endswith(("in the ", "over the ", "within the "))):
            continue  # "has no plans to raise more money in the next year": no plan, and a span, not a date
        if e.text.split()[0].lower() in ("of", "last", "this") and _MOST_OF.search(text, max(0, e.start - 40), e.start + 3):
            continue  # "It was closed for most of last summer": a span
        if e.kind == "relative" and _TALLY_PERIOD.search(text, max(seg.cstart, e.start - 120), e.start):
            continue  # "his neighbourhood had recorded only two dengue cases this year": a count
        if e.kind == "relative" and e.rel == "this year" and (
                _PERIOD_THIS_YEAR.search(text, max(seg.cstart, e.start - 60), e.start)
                or _NEGATED_PLAN.search(text, max(seg.cstart, e.start - 100), e.start)
                or _WHETHER_BEFORE.search(text, max(seg.cstart, e.start - 120), e.start)):
            continue  # "140 checks so far this year", "for the fourth time this year", "whether to … this year"
        if e.kind == "year" and e.text.split()[0].lower() in ("after", "before") \
                and _PRESENT_AFTER.match(text, e.end):
            continue  # "units first occupied after 1991 are exempt": a threshold, not an event
        if e.kind in ("month", "month_year", "relative") and _PERIOD_FIGURE.search(text, max(seg.cstart, e.start - 80),
                                                                                    e.start):
            continue  # "Consumer prices rose 2.4% in June", "waiting time stood at 5.6 years at the end of June"
        if e.kind == "relative" and e.rel in ("later this year", "this year", "next year", "next month",
                                              "later this month", "next week", "later this week") \
                and _EXPECTS_NP_TO.search(text, max(lo, e.start - 140), e.start):
            continue  # "expects costs to ease as production moves to a new plant later this year": a forecast
        if e.kind in ("month", "month_year", "year") and _EXPECT_TO.search(text, max(lo, e.start - 120), e.start) \
                and _FORECASTER_VERB.search(text, max(lo, e.start - 120), e.start):
            continue  # "she expected the bank to cut again in October", "Ministers expect the register to open in
            # the spring of 2026": a forecast
        hm = _HEDGED_CLAUSE.search(text, max(seg.cstart, e.start - 90), e.start)
        if hm and not _SO_THAT_BEFORE.search(text, max(0, hm.start() - 40), hm.start()):
            continue  # "a decision was unlikely before 2026", "could slide into famine by early next year": a hedge
        if e.text[:6].lower() == "since " and _TALLY_SINCE.search(text, max(0, e.start - 160), e.start) \
                and not _CHANGE_BY.search(text, max(0, e.start - 160), e.start):
            continue  # "had documented more than 1,500 cases since 2015", "had spoken to him several times since
            # Sunday": a running tally, not something that happened then
        if e.text.split()[0].lower() in ("until", "till", "through") and _KEEP_GOING.search(
                text, max(seg.cstart, e.start - 100), e.start):
            continue  # "needed $250m to keep food programmes running until March": a purpose, not an event
        if _IF_ELECTED.match(text, e.end, min(len(text), e.end + 40)):
            continue  # "promised to cut stamp duty from July next year if elected": a campaign promise
        if _REQUEST_BEFORE.search(text, max(seg.cstart, e.start - 100), e.start):
            continue  # "asking for a decision "this year"": a demand, not an event
        if e.text.split()[0].lower() == "by" and _AIM_BEFORE.search(text, max(seg.cstart, e.start - 140),
                                                                                  e.start):
            verbatim.add(id(e))
            continue  # "it aimed to finish checking its collection by 2027": a target
        if e.text[:3].lower() == "by " and _TALLY_BY.search(text, max(seg.cstart, e.start - 120), e.start):
            continue  # "more than 600 aftershocks had been recorded by Monday morning": a running count
        if _PRESENT_MEASURE.search(text, max(seg.cstart, e.start - 120), e.start):
            continue  # "The fine is equivalent to just under 2 per cent of its revenue last year": a measure
        if not e.absolute or e.kind in ("year", "month_year"):
            # (a decimal point is no sentence stop: "worth around $1.3 billion in 2024")
            stext = _DEC_POINT.sub("_", text[:e.start]) if "." in text[max(0, e.start - 160):e.start] else text
            sm = _STATIVE_STAT.search(stext, max(seg.cstart, e.start - 160), e.start)
            if sm and not _ACTION_IN.search(sm.group(0)):
                continue  # "The mine produced 212,000 tonnes last year", "140,000 homes were without power": a figure
            if _ONE_OF.search(text, max(seg.cstart, e.start - 120), e.start):
                continue  # "The film is one of several titles to find a buyer this year": a standing, not an event
        if e.kind in ("year", "month_year") and published is not None and e.year >= published.year \
                and _FORECAST_NP.search(text, max(0, e.start - 80), e.start):
            verbatim.add(id(e))
            continue  # "to help close a projected $400 million budget gap in 2027": a forecast's year
        if _future_year_target(text, e, published):
            verbatim.add(id(e))
            continue  # "proposed freezing the contribution from 2027", "barred from office until 2030"
        if e.text.split()[0].lower() in ("by", "until", "till", "before", "in", "from", "for") \
                and _TARGET_NP.search(text, max(0, e.start - 110), e.start) and not _modal_before(text, e):
            verbatim.add(id(e))
            continue  # "scrapped its target of selling only electric cars by 2030": the target's date
        if e.text.split()[0].lower() in ("on", "in", "at") and _AHEAD_OF_NP.search(text, max(0, e.start - 70), e.start):
            verbatim.add(id(e))
            continue  # "…, ahead of the election on December 14": the date is the election's, not the clause's
        if e.kind == "year" and e.text.split()[0].lower() == "from" and _RANGE_END.match(text, e.end):
            verbatim.add(id(e))
            continue  # "reviewed payroll records from 2015 through 2017": a period, not an event
        if e.kind in ("month", "month_year") and e.text.split()[0].lower() == "for" and _PLURAL_NOUN_END.search(
                text, max(0, e.start - 30), e.start):
            verbatim.add(id(e))
            continue  # "bookings for July and August were running ahead": the date belongs to "bookings"
        if e.kind in ("month", "year", "month_year") and _noun_modifier(text, e, seg):
            verbatim.add(id(e))
            continue  # "Tickets for the rematch in March sold out": the date belongs to "the rematch"
        attr = _attribution_tail(text, lo, hi, quotes) if not in_quote else -1
        future = _forward(text, e, seg.start if not (0 <= attr <= e.start) or in_quote else attr,
                          seg.end if not (0 <= attr <= e.start) or in_quote else hi, lo, hi)
        if ambiguous_month:
            # "In 2019 the firm was sold. In March, it …": news copy restates a year it changes to, so a bare
            # month is the last (or, looking ahead, the next) such month around the publication date
            if published is None or year_ctx is not None and year_ctx > published.year:
                continue
            if prev_years and text.lstrip(" \"“'‘").startswith(e.text) and not future:
                continue  # "The firm was founded in 2005. In March, it opened …": the story goes on in 2005?
            cm_ = text.rfind(" and ", 0, e.start)
            if cm_ > 0 and any(x.absolute and x.end <= cm_ for x in exprs) and not any(
                    _is_finite(t) or t.lower() in _MODAL_FUTURE for t in _TOK.findall(text[cm_:e.start])):
                continue  # "declared an emergency on 30 January 2020, and a pandemic on 11 March": that year
            year_ctx = None
        if in_quote:
            if not e.absolute or future:
                continue
            # "I arrived here in 2021": first-person words need the speaker, who is not resolved here
            if _FIRST_PERSON.search(text[lo:hi]):
                continue
        if not e.absolute and (" for " in text[max(seg.cstart, e.start - 120):e.start]
                               and _LISTED_FOR.search(text, max(seg.cstart, e.start - 120), e.start)
                               or e.text.split()[0].lower() in ("until", "till", "to")
                               and _ADJOURNED.search(text, max(seg.cstart, e.start - 80), e.start)):
            future = True  # "listed the matter for further hearing on November 18", "adjourned until 16 December"
        cm = _COURT_DATE.search(text, max(seg.cstart, e.start - 120), e.start) \
            if " to " in text[max(seg.cstart, e.start - 120):e.start] else None
        if cm:
            future = True  # "remanded in custody to appear at crown court on 3 December": a date ahead
            court[id(e)] = text[cm.start("inf"):e.start].strip(" ,")
        if seg.kind == "compl" and not e.absolute and e.kind in ("relative", "month", "year") \
                and _FORECAST_VERB.search(text, max(0, seg.start - 40), seg.start + 6) \
                and _MODAL_IN.search(text, seg.cstart, e.start):
            continue  # "the firm warned that rising prices would hit its profits this year": a forecast
        if _COUNTERFACTUAL.search(text, max(seg.cstart, e.start - 120), e.start) \
                or _HEDGE_BEFORE.search(text, max(seg.cstart, e.start - 20), e.start):
            continue  # "was supposed to ship next month", "a cut, probably in the second quarter"
        if e.kind in ("weekday", "month", "day_month") and not e.modifier and _PLAN_IN_PAST.search(
                text, max(seg.cstart, e.start - 100), e.start):
            continue  # which Thursday a plan made in the past meant cannot be told safely
        if future and seg.kind == "sub" and seg.conj == "so that" and k > 0 and not e.absolute \
                and is_past(text[segs[0].cstart:segs[0].end]) and not is_future_text(text[segs[0].cstart:segs[0].end]):
            future = False  # "closed the road so that crews could repair it on Monday": a past purpose
        cday = day_ctx[0] if int(day_ctx[1]) <= 1 else None  # type: ignore[call-overload]
        cmonth = day_ctx[2] if int(day_ctx[3]) <= 1 else None  # type: ignore[call-overload]
        iso = resolve(e, published, future=future, context_year=year_ctx,
                      context_day=cday if isinstance(cday, date) else None,
                      context_month=cmonth if isinstance(cmonth, tuple) else None)
        if not iso:
            continue
        if len(iso) == 10 and not in_quote:
            day_ctx[0], day_ctx[1] = date.fromisoformat(iso), 0
        if len(iso) >= 7 and not in_quote:
            day_ctx[2], day_ctx[3] = (int(iso[:4]), int(iso[5:7])), 0
        if e.kind == "relative" and e.rel in ("today", "tonight") and not _event_today(text, e, seg.cstart, seg.end):
            continue  # "more than 60,000 today" describes a state, not an event
        if e.kind == "relative" and e.rel.split()[0] in ("today", "tonight", "tomorrow") and (
                e.text[:4].lower() == "for " and not _SCHEDULED_FOR.search(text, max(0, e.start - 30), e.start)
                or e.rel == "tonight" and _MODAL_PLAN.search(text, max(seg.cstart, e.start - 80), e.start)):
            continue  # "We are not asking for tomorrow"; "crews would use the cooler conditions tonight": a plan
        items.append((e, iso, lo, hi, k))
        if future:
            ahead.add(id(e))

    # a vaguer date in the same clause as a finer, consistent one is the same event
    keep: list[tuple[TimeExpr, str, int, int, int]] = []
    for it in items:
        e, iso, lo, hi, k = it
        if any(o is not it and o[2:] == it[2:] and len(o[1]) > len(iso) and o[1].startswith(iso)
               and ((id(o[0]) in ahead) == (id(e) in ahead) or not _EXPLICIT_AHEAD.search(e.text)) for o in items):
            continue
        keep.append(it)

    footer = _OBIT_FOOTER.match(text) if "born" in text else None
    for e, iso, lo, hi, k in keep:
        segs = seg_cache[(lo, hi)]
        if footer and text[max(0, e.start - 6):e.start].strip().lower() in ("born", "died"):
            # "• Jane Doe, oceanographer, born 14 March 1931; died 29 August 2020": an obituary's footer
            name = refs.forms.get(footer.group("name"), footer.group("name"))
            desc = f"{name} was born" if text[max(0, e.start - 6):e.start].strip().lower() == "born" \
                else f"{name} died"
            if (iso, desc) not in seen:
                seen.add((iso, desc))
                events.append(Event(date=iso, date_text=text[max(0, e.start - 6):e.end].strip(" ,;"), event=desc,
                                    sentence=sent.text, start=sent.start))
            continue
        desc, subj_used = _describe(text, e, [x for x in exprs if id(x) not in verbatim], segs, k, lo, hi,
                                    quotes, parens, refs)
        if not main_subject and subj_used:
            main_subject = subj_used
        last = desc.rsplit(" ", 1)[-1].lower() if desc else ""
        if last in _COPULA_END and not e.keep and text[:e.start].rstrip().rsplit(" ", 1)[-1].lower() == last \
                and not (last in _SCHEDULE_ADJ and e.text.split()[0].lower() not in ("for", "to", "on", "by")) \
                and not (last in _PARTICLES and e.text.split()[0].lower() in _PARTICLES | {"at", "from"}):
            desc = desc + " " + e.text.strip(" ,")  # "was in 1996", "set for next year": keep the date words
        if id(e) in court and desc:  # "He was remanded … to appear at X on 3 December" → "He is due to appear at X"
            subj = _subject(desc)
            if subj and len(subj.split()) <= 6:
                desc = _clean(f"{subj} {'are' if _plural(subj.split()[-1]) else 'is'} due {court[id(e)]}")
        if id(e) in ahead and " would " in desc:
            rm = _SAID_WOULD.match(desc)
            if rm and rm.group("c").split(" ", 1)[0].lower() not in _PRONOUN_SUBJ | {"they", "we", "i", "you"}:
                # "A spokeswoman said the government would present its budget" dated with the budget's day:
                # the plan leads, the speaker follows
                sp, c = rm.group("sp"), rm.group("c")
                if sp.split(" ", 1)[0] in ("A", "An", "The"):
                    sp = sp[0].lower() + sp[1:]
                desc = f"{c[0].upper()}{c[1:]}, {sp} {rm.group('v')}"
        if " would " in desc and published is not None and iso > published.isoformat()[:len(iso)] \
                and _PLAN_FIRST.match(desc) and _SPEAKER_LAST.search(desc):
            # "The arrears would be paid, she added" about a date still ahead: as the article's reader
            # sees it, the plan "will" happen
            desc = desc.replace(" would ", " will ", 1)
        if _EMPTY_COPULA.match(desc):
            continue  # "It is Tuesday morning and …": the date, not an event
        dw = desc.split(" ", 2)
        if dw[0] in ("Which", "Who", "Whom", "Whose", "Where") or dw[0] == "That" and len(dw) > 1 \
                and not text.lstrip(" \"“").startswith("That ") and (_is_finite(dw[1]) or dw[1] in ("a", "an", "the")):
            continue  # "Which for many firms had doubled", "That fell vacant": the relative clause lost its noun
        if not desc or (len(desc.split()) < 5 and not _has_verb(desc)) or len(desc.split()) < 2 or len(desc.split()) == 2 and (
                desc.split()[0].lower() in _NOT_PROPER or not (_is_finite(desc.split()[1])
                                                              or desc.split()[1].endswith("s"))):
            continue  # "Ministers met" is an event; "He resigned" or "Last week" is not enough
        key = (iso, desc)
        if key in seen:
            continue
        seen.add(key)
        events.append(Event(date=iso, date_text=e.text.strip(" ,"), event=desc, sentence=sent.text,
                            start=sent.start))  # like Quote/Role: the sentence's offset in the body
    return main_subject


_MODAL_FUTURE = {"will", "would", "shall", "'ll", "’ll", "won't", "wo", "must", "should"}
_SCHEDULE = re.compile(r"^(?:is|are|am|be|been|was|were|'s|'re)\s+(?:due|scheduled|set|expected|slated|planned|poised|"
                       r"going|about|likely|to|forecast|predicted|projected|tipped|unlikely|certain)\b|^(?:plans?|planning|intends?|aims?|hopes?|expects?|prepares?)\s+to\b",
                       re.I)


_SCHEDULE_HEADS = {"is", "are", "am", "be", "been", "was", "were", "'s", "'re", "plans", "plan", "planning",
                   "intends", "intend", "aims", "aim", "hopes", "hope", "expects", "expect", "prepares", "prepare"}


def _noun_modifier(text: str, e: TimeExpr, seg: _Seg) -> bool:
    """Whether ``e`` sits between a noun and the finite verb of its clause ("the rematch in March sold")."""
    before = _TOK.findall(text[max(seg.cstart, e.start - 40):e.start])
    after = _TOK.findall(text[e.end:e.end + 30])
    if not before or not after or text[e.end:e.end + 1] in ",;:":
        return False
    prev = before[-1]
    if _is_finite(prev) or prev.lower() in _AUX or prev.endswith((",", ";", ":")) or prev.lower() in (
            "and", "or", "but", "to", "that", "which", "who", "also", "then", "was", "were", "is", "are"):
        return False
    if not (_is_finite(after[0]) and after[0].lower() not in ("that", "which")):
        return False
    # the words before must hold no verb of their own, and the date must modify a noun inside a
    # prepositional phrase ("Tickets for the rematch in March"), not the subject itself ("A shutdown
    # in December 2018 lasted 35 days" is dated by its subject)
    head = _TOK.findall(text[seg.cstart:e.start])
    if any(_is_finite(t) or t.lower() in _MODAL_FUTURE for t in head):
        return False
    return any(t.lower() in ("for", "of", "on", "in", "at", "to", "from", "with", "about", "over", "against")
               for t in head[1:])


def _verb_group(text: str, e: TimeExpr, lo: int, hi: int) -> tuple[str, str] | None:
    """The verb group nearest to ``e`` in text[lo:hi] (its first word and a few words): the last
    finite verb before it ("are scheduled to meet … on Wednesday", "he said the talks would take
    place on Friday"), or the first after it ("In July, the firm announced it would …")."""
    # only the neighbourhood of the expression matters: a verb 200 characters away is not its verb
    wlo, whi = max(lo, e.start - 200), min(hi, e.end + 200)
    if wlo > lo:
        sp = text.find(" ", wlo, e.start)
        wlo = sp + 1 if sp >= 0 else wlo
    toks = [(m.start() + wlo, m.group(0)) for m in _TOK.finditer(text[wlo:whi])]
    toks = [(p, t) for p, t in toks if not (e.start <= p < e.end)]
    fin = []
    for i, (p, t) in enumerate(toks):
        lt = t.lower()
        if _is_finite(t) or lt in _MODAL_FUTURE:
            if lt.endswith("ed") and i > 0 and toks[i - 1][1].lower() in _DETERMINERS:
                continue  # "will email all affected users": "affected" is an adjective here
            if lt.endswith("ed") and lt not in _SPEECH and 3 <= i and i + 1 < len(toks) \
                    and toks[i - 2][1].lower() in ("the", "a", "an") and toks[i - 3][1].endswith(",") \
                    and toks[i + 1][0] < e.start and toks[i + 1][1].lower() in _NOT_VERB:
                continue  # "…, the maximum allowed without a referendum, …": a noun phrase, not a clause
            fin.append(i)
        elif lt.endswith("s") and _present_verb([t, toks[i + 1][1] if i + 1 < len(toks) else ""]) and (
                i == 0 or toks[i - 1][1][:1].isupper() or toks[i - 1][1].endswith(",")
                or toks[i - 1][1].lower() in _PRONOUN_SUBJ):
            fin.append(i)
        elif lt.endswith("s") and not lt.endswith("ss") and t.isalpha() and t.islower() and len(t) > 3 and i > 0 \
                and toks[i - 1][1].lower() in ("which", "who", "that", "next", "again", "usually", "normally", "also"):
            fin.append(i)  # "the committee, which next meets on 20 February"
        elif (i == 0 or toks[i - 1][1].endswith(",")) and t.isalpha() and t.islower() and len(t) > 2 \
                and lt not in _NOT_VERB and not lt.endswith(("ly", "ing", "ed")) and i + 1 < len(toks) \
                and (toks[i + 1][1][:1].isupper() or toks[i + 1][1] in ("the", "their", "its", "to")) \
                and text[max(lo, toks[i][0] - 2):toks[i][0]].strip() in ("", ","):
            fin.append(i)  # "…, who lost on Monday, | host Dunby Town on Saturday"
        elif lt in _SCHEDULE_HEADS and _SCHEDULE.match(" ".join(x for _, x in toks[i:i + 3])):
            fin.append(i)
        elif lt in _SCHEDULE_PRESENT and i > 0 and (toks[i - 1][1].endswith(",") or toks[i - 1][1][:1].isupper()
                                                    or toks[i - 1][1].lower() in _PRONOUN_SUBJ):
            fin.append(i)  # "The festival, which opened on Sept. 4, | ends on Sunday": a timetable
        elif lt in _SCHEDULE_ADJ and i + 1 < len(toks) and toks[i + 1][1].lower() in ("to", "for"):
            fin.append(i)
    before = [i for i in fin if toks[i][0] < e.start]
    after = [i for i in fin if toks[i][0] >= e.end]
    if before:
        i = before[-1]
        # the start of the verb group: auxiliaries, "to", adverbs and "due/scheduled/set" in front
        while i > 0 and (toks[i - 1][1].lower() in _AUX or toks[i - 1][1].lower() in _MODAL_FUTURE
                         or toks[i - 1][1].lower() in ("to", "be", "been", "being", "not", "also", "still",
                                                       "due", "scheduled", "set", "expected", "slated",
                                                       "forecast", "predicted", "projected", "tipped",
                                                       "planned", "likely", "going", "about")
                         or toks[i - 1][1].lower() in ("plans", "plan", "intends", "aims", "hopes", "expects")
                         and toks[i][1].lower() == "to"):  # "the final plan would be brought": no "plan to"
            i -= 1
        # the group ends where the time expression starts: "scheduled for | Thursday, was postponed"
        group = [t for p, t in toks[i:i + 5] if p < e.start]
    elif after:
        i = after[0]
        group = [t for _, t in toks[i:i + 5]]
    else:
        return None
    return toks[i][1].lower(), " ".join(group)


def _forward(text: str, e: TimeExpr, lo: int, hi: int, scope_lo: int = -1, scope_hi: int = -1) -> bool:
    """Whether ``e`` should resolve forward (see :func:`_verb_group`). A clause without a verb of
    its own ("On Monday, | after weeks of talks, the sides signed") takes the sentence's."""
    nxt = _TOK.findall(text[e.end:e.end + 30])[:1]
    prv = _TOK.findall(text[max(lo, e.start - 30):e.start])[-1:]
    if nxt and prv and nxt[0].islower() and nxt[0].endswith("ed") and len(nxt[0]) > 4 \
            and prv[0].lower() not in _AUX and prv[0].lower() not in _MODAL_FUTURE and prv[0].lower() != "to" \
            and nxt[0] not in _SCHEDULE_ADJ and (prv[0][:1].isupper() or prv[0].isalpha()):
        return False  # "The Commission in March proposed a regulation that would …": the verb right after is past
    vg = _verb_group(text, e, lo, hi)
    if vg is None and scope_lo >= 0:
        vg = _verb_group(text, e, scope_lo, scope_hi)
        lo, hi = scope_lo, scope_hi
    if vg is None:
        return looks_forward(text[lo:hi].replace(e.text, " "))
    first, group = vg
    if first in ("set", "put", "cut", "hit", "shut", "let") and group.split()[1:2] in (
            ["up"], ["out"], ["off"], ["aside"], ["down"], ["fire"], ["in"], ["back"]):
        return False  # "The Red Cross set up a collection centre on Wednesday": a past act, not "set to"
    if not e.absolute and _DECIDED_TO.search(text, max(lo, e.start - 140), e.start):
        return True  # "the committee decided on Monday to close the ward on July 7th": the decision looks ahead
    if first == "to" and group.split()[1:2] == ["be"] and _WITH_INF_BEFORE.search(text, max(lo, e.start - 120), e.start):
        return True  # "…, with votes to be counted on May 15": a plan
    if first in _SCHEDULE_ADJ and group.split()[1:2] in (["to"], ["for"]):
        return True  # "due to take effect on 1 January", "set for Thursday"
    if first.endswith("ed") and first not in _AUX and _modal_governs(text, e, lo, first):
        return True  # "would keep the government funded through Jan. 30": the participle is the modal's object
    if e.text.split()[0].lower() in ("by", "until", "before") and any(
            w in _EXPECT_VERBS for w in group.lower().split()):
        return True  # "crews expected higher humidity by Thursday": a forecast for a day ahead
    if not e.absolute and _EXPECT_TO.search(text, max(lo, e.start - 120), e.start):
        return True  # "said he expected the House to take up the bill on Monday": a day ahead
    if not e.absolute and _CALLED_FOR.search(text, max(lo, e.start - 120), e.start):
        return True  # "Unions have called a ninth day of strikes on Thursday", "called a meeting for June 30"
    if not e.absolute and e.text.split()[0].lower() in ("by", "before", "until") \
            and _INSTRUCTED_TO.search(text, max(lo, e.start - 120), e.start):
        return True  # "had instructed Hayakawa to report by the end of March": a deadline ahead
    if first in _MODAL_FUTURE or _SCHEDULE.match(group) or looks_forward(group) and not is_past(group):
        if first in ("was", "were") and _SCHEDULE.match(group) \
                and _REPORTED_SCHEDULE.search(text, max(0, e.start - 160), e.start) \
                and not _PLAN_UNDONE.search(text, e.end):
            return True  # "a spokeswoman said a new block was due to open in the summer": backshifted "is due"
        return first not in ("was", "were")
    return False


_REPORTED_SCHEDULE = re.compile(r"(?:\b(?:said|told\s+[\w'’.-]+(?:\s+[\w'’.-]+)?|added|confirmed|announced|stated)\s+"
                                r"(?:that\s+)?|\band\s+that\s+)(?:[\w'’.,-]+\s+){1,8}?(?:was|were)\s+(?:due|scheduled|set|slated)\s+"
                                r"to\s+[a-z]+(?:\s+[\w'’.-]+){0,6}\s+$")
_PLAN_UNDONE = re.compile(r"[^.;]{0,80}\b(?:but|until|before|however|instead)\b|[^.;]{0,80}\b(?:postponed|delayed|"
                          r"cancell?ed|called\s+off|scrapped|pushed\s+back)\b")


_DECIDED_TO = re.compile(r"\b(?:decided|agreed|voted|promised|pledged|vowed|ordered|resolved|planned|arranged|chose|"
                         r"opted|announced\s+plans|approved\s+plans|was\s+told|were\s+told)\s+(?:on\s+\w+\s+)?to\s+"
                         r"(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|my|your|some|all|any)\b)[a-z]+\b"
                         r"(?:(?![.;]|\b(?:but|after|because|since|when)\b).){0,90}$")
_EXPECTS_NP_TO = re.compile(r"(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )\b(?:expects|expected|expect|predicts|predicted|"
                            r"forecasts)\s+(?:(?!to\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+to\s+[a-z]+\b|to\s+[a-z]+\b|"
                            r"(?:no|more|further|fewer|another|a|an|the|some)\s)[^.;]{0,100}$")
_CALLED_FOR = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:called|announced|scheduled|set|planned|organised|organized|convened)\s+"
    r"(?:a|an|the|another|their|its)\s+[^,.;:]{0,60}?\b(?:strikes?|protests?|walkouts?|stoppages?|meetings?|votes?|"
    r"elections?|referendum|rall(?:y|ies)|demonstrations?|marches|march|hearings?|summit|talks|ballot)\b"
    r"[^,.;:]{0,25}$")
_INSTRUCTED_TO = re.compile(r"\b(?:instructed|ordered|told|required|directed)\s+"
                           r"(?:[\w'’.-]+\s+){1,4}?to\s+[a-z]+\b[^.;]{0,80}$")
# an active expectation whose infinitive the date belongs to (not "was expected to", a past plan)
_EXPECT_TO = re.compile(r"(?<!was )(?<!were )(?<!been )\b(?:expected|expects|expect|predicted|predicts|anticipated|"
                        r"anticipates)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’.-]+\s+){0,3}?to\s+[a-z]+\b"
                        r"[^.;,]{0,60}$|\b(?:agreed|agrees|plans|intends)\s+to\s+(?:return|resume|meet|reconvene|sit\s+down)\b"
                        r"[^.;,]{0,60}$")


def _modal_governs(text: str, e: TimeExpr, lo: int, participle: str) -> bool:
    """Whether a modal future ("will", "would") earlier in the same clause governs ``participle``."""
    pre = _TOK.findall(text[max(lo, e.start - 100):e.start])
    idx = max((i for i, t in enumerate(pre) if t.lower().strip(",") == participle), default=-1)
    for t in reversed(pre[:max(idx, 0)]):
        lt = t.lower()
        if t.endswith((",", ";", ":")) or lt in ("that", "which", "who", "and", "but", "or", "after", "before",
                                                 "when", "because", "since", "until", "said", "says"):
            return False
        if lt in _MODAL_FUTURE:
            return lt != "would" or "have" not in [x.lower() for x in pre[pre.index(t):idx]]
    return False


_SCHEDULE_ADJ = {"due", "set", "scheduled", "expected", "slated", "poised", "planned"}
_EXPLICIT_AHEAD = re.compile(r"\b(?:next|later|tomorrow|coming)\b", re.I)  # "next week" after "on Tuesday" is another event
_EXPECT_VERBS = {"expected", "forecast", "predicted", "anticipated", "projected", "hoped", "aimed"}
# "talks had been scheduled to resume on Thursday": the plan is past, the day may lie on either side
_TARGET_NP = re.compile(
    r"\b(?:its|their|his|her|a|an|the|our|this|that)\s+(?:[\w-]+\s+){0,2}(?:target|goal|aim|ambition|pledge|promise|"
    r"commitment|plan|deadline|timetable)s?\s+(?:of|to|for)\b(?:[^,;.]|(?<=\d)[,.](?=\d)){0,80}$", re.I)


def _modal_before(text: str, e: TimeExpr) -> bool:
    """Whether the clause before ``e`` is about the future itself ("The firm will meet its goal of … by 2030")."""
    lo = max(0, text.rfind(",", 0, e.start) + 1, e.start - 120)
    return bool(_FUTURE_MODAL.search(text, lo, e.start))


_FUTURE_MODAL = re.compile(r"\b(?:will|would|shall|is\s+due|are\s+due|plans?\s+to|aims?\s+to|expects?\s+to)\b|['’]ll\b",
                           re.I)
_AHEAD_OF_NP = re.compile(
    r"\b(?:ahead\s+of|before(?!\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}(?:committee|court|courts|judge|judges|"
    r"magistrates?|parliament|senate|house|assembly|panel|tribunal|jury|inquiry|inquest|mps|lawmakers|board|council|"
    r"congress|commission|regulators?|a\s+crowd|crowds|fans|supporters|reporters|cameras)\b)|"
    r"in\s+the\s+(?:run-up|lead-up|build-up)\s+to|in\s+preparation\s+for|pending|"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|few)\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:after|before|following))\s+"
    r"(?:the|a|an|this|next|his|her|its|their|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,4}$", re.I)
_EMPTY_COPULA = re.compile(r"^(?:It|This|That|There|Today)\s+(?:is|was|'s)\b(?:\s+(?:now|already|just|only))?"
                           r"(?:\s+(?:the\s+)?[A-Z]?[\w'’-]+){0,3}\s*$")
_LISTED_FOR = re.compile(
    r"\b(?:listed|adjourned|posted|fixed|deferred|reserved|put\s+off|scheduled|set)\b[^.;]{0,60}?\bfor\s+"
    r"(?:further\s+|next\s+|final\s+|the\s+next\s+)?(?:hearing|trial|sentencing|orders|judgment|judgement|arguments|"
    r"verdict)\b[^.;]{0,30}$", re.I)
# "adjourned sentencing until 16 December", "remanded in custody until Friday": a date ahead
_ADJOURNED = re.compile(r"\b(?:adjourned|remanded|bailed|deferred|postponed|put\s+off)\b[^.;]{0,50}$", re.I)
_COURT_DATE = re.compile(
    r"\b(?:remanded|bailed|summoned|adjourned|bound\s+over)\b[^.;]{0,60}?\b(?P<inf>to\s+(?:appear|return|attend|answer|"
    r"face|stand|report|be\s+sentenced))\b[^.;]{0,60}$", re.I)
# "was supposed to ship next month", "was originally planned for May 2020":
# a plan that did not happen on that date
_COUNTERFACTUAL = re.compile(
    r"(?:^|,\s+|\b(?:was|were|had\s+been)\s+)originally\s+(?:due|scheduled|set|planned|slated|expected)\s+(?:to|for)\b"
    r"(?:(?!,).)*$|"  # ", originally due to open in March,": the plan that was dropped
    r"\b(?:(?:should|could|would|might|must)(?:['’]ve|\s+have)\s+(?:been|gone|done|made|paid|left|told|sent|held|"
    r"kept|lost|won|come|seen|known|shown|taken|given|run|[a-z]+ed|[a-z]+en)\b|"  # "He should've gone in 2016"
    r"(?:was|were)\s+(?:\w+ly\s+)?(?:supposed|meant)\s+to|"
    r"(?:was|were|had\s+been)\s+originally\s+(?:due|scheduled|set|planned|slated|expected)\s+(?:to|for))\b[^.;,]{0,80}$",
    re.I)
# ", probably in the second quarter of 2024": a hedged forecast, not a date to learn
_HEDGE_BEFORE = re.compile(r"\b(?:probably|possibly|perhaps|maybe|likely|most\s+likely)\s*,?\s*$|"
                           r"\b(?:a|an)\s+(?:possible|potential)\s+[\w-]+\s+$", re.I)
_PLAN_IN_PAST = re.compile(
    r"\b(?:had\s+been\s+(?:\w+ly\s+)?(?:scheduled|due|set|planned|slated|expected|supposed|meant)|"
    r"had\s+(?:\w+ly\s+)?(?:planned|hoped|intended|expected|aimed))\b[^.;]{0,80}$", re.I)


def _event_today(text: str, e: TimeExpr, lo: int, hi: int) -> bool:
    """ "today" dates an event only with a simple past or an explicit future verb next to it
    ("the court ruled today", "the council will vote today"), not a state ("60,000 today")."""
    vg = _verb_group(text, e, lo, hi)
    if vg is None:
        return False
    first, group = vg
    if first in _MODAL_FUTURE or _SCHEDULE.match(group):
        return True
    return first not in _AUX and first not in ("says", "tells") and is_past(first)


_AUX_CHAIN = re.compile(r",?\s+((?:(?:was|were|is|are|has|have|had|been|be|will|would)\s+)+)", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|me|us|my|My|our|Our|I'm|I’m|I've|I’ve|we've|we’ve)\b")
_YEAR_OLD = re.compile(r"(?i:the)\s+\d{1,3}-year-old(?:\s+[A-Za-z][a-z-]+){0,2}?"
                       r"(?=$|,|\s+(?:was|is|has|had|will|would|said|\w+ed)\b)")
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    rf"^[A-Z][A-Z.'’ -]{{1,40}}(?:,\s*[A-Z][A-Za-z.]+){{0,2}},?\s+"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:{_MON}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_MON}(?:\s+\d{{4}})?)"
    r"\s*(?:\([A-Za-z .&-]{1,30}\))?\s*[-—–]+\s*")
_DATELINE_AGENCY = re.compile(
    rf"^[A-Z][A-Za-z.'’ -]{{1,40}}(?:,\s*[A-Z][A-Za-z.]+){{0,2}},?\s+(?:{_MON}\s+\d{{1,2}}|\d{{1,2}}\s+{_MON})"
    r"(?:,?\s*\d{4})?\s*\((?:PTI|IANS|ANI|UNI|AFP|AP|Reuters|AAP|Xinhua|dpa|DPA|Bernama|Kyodo|Yonhap|EFE|ANSA|"
    r"TASS|Bloomberg|NNN|APP|BSS)\)\s*[:—–-]*\s*")
_DATELINE_DASH = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s+[–—]\s+"
                            r"(?=[A-Z])")
_DATELINE_PLAIN = re.compile(
    r"^[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?){0,2}"
    r"\s*(?:\([A-Za-z .&-]{1,30}\))?\s*(?:[-—–]{1,2}|:)\s+(?=[A-Z\"“‘'])")
_META = re.compile(r"(?:This|An\s+earlier\s+version\s+of\s+this|A\s+previous\s+version\s+of\s+this)\s+"
                   r"(?:article|story|report|piece|page|post)\b", re.I)
_CHROME = re.compile(r"(?:Related|Read\s+more|More\s+on\s+this(?:\s+story)?|See\s+also|Also\s+read|Watch|Listen|"
                     r"Recommended|Most\s+read|Updated|Published|Posted|First\s+published|Last\s+modified)\s*[:|]",
                     re.I)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|[AP]M|GMT|UTC|BST|CET|[ECMP][SD]T|AEST|AEDT|IST)?\b")
_CHROME_GATE = re.compile(r"[@|]|\d[.:]\d\d|omment")
_STAMP_WORDS = re.compile(r"(?:Last\s+modified|Last\s+updated|First\s+published|Updated|Published|Posted|Modified)\b", re.I)
_HANDLE = re.compile(r"(?:^|\s)@\w{2,}|\s\|\s|\b\d+\s+comments?\b", re.I)


_READ_TIME = re.compile(r"\b\d{1,2}\s*(?:mins?|minutes?)\s+(?:to\s+)?read\b|\bread\s+time\b", re.I)


def _chrome_line(text: str) -> bool:
    """A byline or time-stamp line ("Jane Doe @jdoe Sep 9, 2026, 11:30 AM PDT | 14 comments",
    "14:32 BST"): a handle, a pipe or a clock time, and no lower-case verb of its own."""
    if len(text) > 200:
        return False
    if _READ_TIME.search(text) and len(text.split()) <= 16:
        return True  # "Tama Whaanga Sport Reporter·NZ Herald· 21 Jul, 2024 05:30 AM 4 mins to read"
    sm = _STAMP_WORDS.match(text)
    if not sm and not _CHROME_GATE.search(text):
        return False
    if sm:  # "Last modified on Tue 4 Nov 2025 18.02 GMT" (but "Published on Monday, the report found …")
        return not any(_is_finite(t) and t[:1].islower() for t in _TOK.findall(text[sm.end():]))
    if not (_HANDLE.search(text) or _CLOCK.search(text)):
        return False
    if _CLOCK.search(text) and not _HANDLE.search(text) and len(text.split()) > 6:
        return False  # "The fire was first reported at 4:15 p.m. on Sunday" is prose
    return not any(_is_finite(t) and t[:1].islower() for t in _TOK.findall(text))


_MAX_SENTENCE = 3000  # characters: longer "sentences" are lists or run-on text, not prose
_MAX_EXPRS = 12  # time expressions per sentence
_INNER_STOP = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")
_RANGE_END = re.compile(r"\s*(?:through|to|until|till|and|[-–])\s*(?:\d{4}|the\s+end\s+of)\b")
_PLURAL_NOUN_END = re.compile(r"(?<![,;:])\s(?!(?:was|has|is|as|this|its|his|us|thus|plus|always|perhaps)\s)"
                              r"[a-z]{3,}[^s\W]s\s+$")
_COMPARISON_BEFORE = re.compile(r"\b(?:down|up|rising|falling|rose|fell|increased|decreased)\s+from\b[^,;]{0,40}$|"
                                r"\bfrom\s+(?:a\s+|an\s+)?[$€£¥]?\d[\d.,]*\s*(?:%|per\s*cent|percent|[mb]n?|"
                                r"million|billion|points?)?\s+$|"
                                r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?)\b"
                                r"(?:(?!\b(?:was|were|is|are|has|have|had|will|would)\b)[^,;]){0,40}$|"
                                # "compared with 47,920 cases and 34 deaths in the same period last year"
                                r"\bcompared\s+(?:with|to)\b(?:(?!\b(?:was|were|is|are|has|have|had|will|would)\b)"
                                r"(?:[^,;]|(?<=\d),(?=\d{3}))){0,70}$|"
                                # "bookings running 9% ahead of last year", "sales up 4% on last year"
                                r"\d\s*(?:%|per\s*cent|percent)\s+(?:ahead|behind|above|below|up|down)(?:\s+(?:of|on))?\s*$",
                                re.I)
_FIRST_SINCE_NP = re.compile(r"\b(?:first|highest|lowest|biggest|largest|worst|best|strongest|weakest|deadliest|"
                             r"warmest|coldest|wettest|most|least|fastest|slowest|sharpest)\b[^,;.]{0,30}\bsince\s+"
                             r"(?:the\s+|a\s+)?[A-Za-z][^,;.]{0,40}$", re.I)
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:first|last|only|highest|lowest|biggest|largest|smallest|worst|best|longest|"
                                 r"shortest|strongest|weakest|fastest|slowest|greatest|deadliest|warmest|coldest|"
                                 r"hottest|wettest|driest|most|least|earliest|heaviest|sharpest|steepest|deepest)"
                                 r"(?:\s+[\w-]+){0,3}\s+$", re.I)
_PARTICLES = {"in", "on", "of", "by", "since", "until", "for"}  # "was sworn in | on 20 January": complete as it is
_COPULA_END = {"was", "is", "were", "are", "be", "been", "will", "would", "of", "in", "on", "since", "until", "by",
               "scheduled", "set", "due", "planned", "slated", "expected", "for"}


_IRREGULAR_PAST = {
    "be": "was", "have": "had", "do": "did", "go": "went", "leave": "left", "take": "took", "make": "made",
    "become": "became", "win": "won", "lose": "lost", "run": "ran", "come": "came", "get": "got", "give": "gave",
    "hold": "held", "lead": "led", "meet": "met", "buy": "bought", "sell": "sold", "build": "built", "send": "sent",
    "spend": "spent", "begin": "began", "write": "wrote", "fly": "flew", "see": "saw", "find": "found",
    "think": "thought", "bring": "brought", "keep": "kept", "pay": "paid", "say": "said", "tell": "told",
    "stand": "stood", "set": "set", "put": "put", "quit": "quit", "seek": "sought", "fight": "fought",
    "teach": "taught", "catch": "caught", "sit": "sat", "feel": "felt", "rise": "rose", "fall": "fell",
    "drive": "drove", "break": "broke", "choose": "chose", "speak": "spoke", "steal": "stole", "wear": "wore",
    "throw": "threw", "grow": "grew", "know": "knew", "draw": "drew", "ride": "rode", "shoot": "shot",
    "swim": "swam", "sing": "sang", "strike": "struck", "flee": "fled", "forget": "forgot", "hit": "hit",
    "cut": "cut", "let": "let", "split": "split", "spread": "spread", "shut": "shut", "bear": "bore",
    "withdraw": "withdrew", "undergo": "underwent", "overtake": "overtook", "die": "died", "lie": "lay",
    "eat": "ate", "sleep": "slept", "wake": "woke", "lend": "lent", "deal": "dealt", "mean": "meant",
    "hear": "heard", "understand": "understood", "oversee": "oversaw", "rebuild": "rebuilt", "retake": "retook",
}
_GERUND_STEMS = {"taking": "take", "making": "make", "leaving": "leave", "becoming": "become", "coming": "come",
                 "giving": "give", "writing": "write", "driving": "drive", "riding": "ride", "choosing": "choose",
                 "striking": "strike", "rising": "rise", "dying": "die", "lying": "lie", "overseeing": "oversee",
                 "seeing": "see", "fleeing": "flee", "undergoing": "undergo", "overtaking": "overtake",
                 "being": "be", "having": "have", "doing": "do", "going": "go", "winning": "win",
                 "running": "run", "getting": "get", "beginning": "begin", "sitting": "sit", "setting": "set",
                 "putting": "put", "cutting": "cut", "letting": "let", "hitting": "hit", "shutting": "shut",
                 "splitting": "split", "forgetting": "forget", "swimming": "swim", "quitting": "quit"}


def _past_of_gerund(g: str) -> str:
    """ "joining" → "joined", "seeking" → "sought", "stopping" → "stopped", "studying" → "studied"."""
    g = g.lower()
    stem = _GERUND_STEMS.get(g, g[:-3])
    if stem in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[stem]
    if g in _GERUND_STEMS:
        return stem + "d" if stem.endswith("e") else stem + "ed"
    if stem.endswith("y") and len(stem) > 2 and stem[-2] not in "aeiou":
        return stem[:-1] + "ied"
    return stem + "ed"


def _gerund_event(text: str, e: TimeExpr, seg: _Seg, subject_hint: str = "", refs: _Referents | None = None) -> str:
    """ "X has avoided extradition after seeking refuge at the embassy in 2012" → "X sought refuge at
    the embassy"; "Before joining the BBC in 1995, she worked …" → "She joined the BBC"; "since being
    sacked by United in December 2018" → "… was sacked by United"."""
    head = text[seg.cstart:e.start]
    m = None
    for m2 in _GERUND_PHRASE.finditer(head):
        m = m2
    for m2 in _TRAILING_ING.finditer(head):  # "…, graduating in 1957" after a clause
        if (m is None or m2.start() > m.start()) and m2.group(2).lower() not in _NOT_GERUND:
            m = m2
    if m is None or "," in head[m.end():] or ";" in head[m.end():]:
        return ""
    fronted = not head[:m.start()].strip(" ,")
    if fronted:
        after = text[e.end:seg.end]
        comma = after.find(",")
        if comma < 0 or text[e.end:e.end + comma].strip(" ,"):
            return ""
        subj = _subject(after[comma + 1:])
    else:
        src = head[:m.start()]
        q = max(src.rfind("”"), src.rfind('"'))
        if q >= 0 and src[q + 1:].strip(" ,"):  # '"Nobody …," she said, adding that …': the speaker
            src = src[q + 1:].strip(" ,")
            st = src.split()
            if st and st[0].lower() in _SPEECH and len(st) > 1:  # '…," said Jane Doe, adding …'
                src = " ".join(st[1:]).rstrip(" ,") + " " + st[0]
        toks_src = list(_TOK.finditer(src))
        for ti in range(len(toks_src) - 3, 0, -1):  # "X said her mother had spent 31 hours … before being …"
            w = toks_src[ti].group(0)
            if w.lower() in ("said", "says", "added", "recalled", "explained", "insisted", "claimed") \
                    and not w.endswith(","):
                rest_t = [t.group(0) for t in toks_src[ti + 1:]]
                at = seg.cstart + toks_src[ti + 1].start()
                if rest_t and rest_t[0].lower() == "that":
                    rest_t = rest_t[1:]
                    at = seg.cstart + toks_src[ti + 2].start()
                if len(rest_t) >= 3 and not rest_t[0][:1] in "\"“'‘" and any(_is_finite(t) for t in rest_t[1:6]):
                    reported = _subject(" ".join(rest_t))
                    if reported and refs is not None:
                        reported = _resolve_pronoun_start(reported, refs, text, at)
                    if reported and reported.split()[0].lower() not in ("he", "she", "they", "it", "his", "her",
                                                                        "their", "its", "i", "we", "my", "our"):
                        src = ""
                        subject_hint = reported
                break
        subj = _subject(src) or subject_hint
        if subj.lower() in ("who", "which", "that"):
            subj = ""
        if not subj and seg.kind == "rel" and seg.conj == "who":  # "X, 63, who commanded … before retiring in 2022"
            subj = _antecedent(text, seg.start)
    if not subj or len(subj.split()) > 8:
        return ""
    verb = m.group(2).lower()
    rest = head[m.end():].strip()
    nxt = (_TOK.findall(text[e.end:min(seg.end, e.end + 40)]) or [""])[0]
    if rest.lower().startswith("that ") and nxt[:1].islower() and _is_finite(nxt):
        return ""  # "recalling that a deal signed in 2011 collapsed": the date is in the subject's participle
    if verb == "being":
        phrase = ("were " if _plural(subj.split()[-1]) else "was ") + rest
    elif verb == "having":
        phrase = rest
    else:
        phrase = _past_of_gerund(verb) + (" " + rest if rest else "")
        main = head[:m.start()].strip(" ,")
        if not rest and not fronted and main.startswith(text[seg.cstart:seg.cstart + 3]) and 4 <= len(main.split()) <= 20 \
                and not _DATEISH.search(main) and not any(c in main for c in "\"“”") and _subject(main) == subj:
            # "She studied architecture at the Holloway Institute, graduating in 1960": the bare gerund
            # needs its clause → "She graduated, having studied architecture at the Holloway Institute"
            pred = main[len(subj):].split() if main.startswith(subj) else []
            if pred and pred[0].endswith("ed") and pred[0].islower() and pred[0] not in _AUX:
                return f"{subj} {_past_of_gerund(verb)}, having {' '.join(pred)}"
        inner = rest[5:].strip() if rest.lower().startswith("that ") else ""
        if inner and _past_of_gerund(verb) in _SPEECH and is_future_text(inner) and len(inner.split()) >= 3 \
                and inner.split()[0].lower() not in _PRONOUN_SUBJ | {"it", "its", "his", "her", "their"}:
            # "…, adding that the arrears would be paid in June" → "The arrears would be paid, she added"
            who = _resolve_pronoun_start(subj, refs, text, seg.cstart) if refs is not None else subj
            if who.split(" ", 1)[0] in ("The", "A", "An"):
                who = who[0].lower() + who[1:]
            return f"{inner[0].upper()}{inner[1:].rstrip(' ,')}, {who} {_past_of_gerund(verb)}"
    return f"{subj} {phrase}"


def _plural(word: str) -> bool:
    w = word.lower().strip(",")
    return word[:1].islower() and w.endswith("s") and not w.endswith(("ss", "us", "is", "ics"))


_PRONOUN_LEAD = re.compile(r"(?:[^,]{0,60},\s+)?[\"“]?(He|She|he|she)\s")
_TRAILING_ING = re.compile(r"(,)\s+([a-z]{2,}ing)\b")
_NOT_GERUND = {"including", "according", "during", "following", "regarding", "concerning", "notwithstanding",
               "nothing", "something", "anything", "everything", "morning", "evening", "spring", "king", "thing",
               "bring", "sing", "ring", "wing", "string", "sibling", "building", "meeting", "funding", "ruling",
               "hearing", "ceiling", "warning", "finding", "training", "opening", "ending", "beginning"}
_GERUND_PHRASE = re.compile(r"(?:^|\b)(after|before|since|upon|on|while|when|by|about)\s+([a-z]{2,}ing)\b", re.I)


def _fronted_participle(text: str, e: TimeExpr, seg: _Seg) -> str:
    """ "Born in 1960 in Glasgow, Ian Reid has …" → "Ian Reid was born in Glasgow";
    "Founded in 1998, the firm …" → "The firm was founded"."""
    head = text[seg.cstart:seg.end]
    m = _FRONT_PART.match(head) if _maybe_participle(head) else None
    if not m or not (seg.cstart + m.end() > e.end):
        return ""
    subj = _subject(head[m.end():])
    if not subj:
        return ""
    phrase = text[seg.cstart:seg.cstart + m.end()].rstrip(" ,")
    phrase = _strip_spans(phrase, [(e.start - seg.cstart, e.end - seg.cstart)])
    words = subj.split()
    be = "were" if words[-1].lower().endswith("s") and not words[-1].lower().endswith(("ss", "us", "is")) \
        and words[-1][:1].islower() else "was"
    return f"{subj} {be} {phrase[0].lower()}{phrase[1:]}"


def _reduced_relative(text: str, e: TimeExpr, seg: _Seg) -> str:
    """The date belongs to a participle that modifies a noun, not to the main verb:

    - "A programme launched in 1965 has released …" → "A programme was launched";
    - "The firm, founded in 1998, employs …" → "The firm was founded" (appositive);
    - "The deal, signed on Monday and due to take effect on 1 January, caps …" → "The deal was
      signed" / "The deal is due to take effect" (one conjunct of the appositive);
    - "According to court documents filed on Thursday, the pair …" → "Court documents were filed".
    """
    seg_end = seg.end
    close = text.find(",", e.end, seg_end)
    head = text[seg.cstart:e.start]
    after_e = text[e.end:close] if close >= 0 else ""
    ends_here = text[e.end:e.end + 1] == ","
    conj_after = bool(_AND_CONJ.match(after_e)) and close >= 0
    pp_after = ""
    if not ends_here and close >= 0 and _PP_AFTER.match(after_e) and len(after_e.split()) <= 6 \
            and not any(_is_finite(t) for t in after_e.split()):
        pp_after, ends_here = after_e.strip(), True  # "The report, published on Thursday by the agency, found …"
    after = _TOK.findall(text[e.end:e.end + 30])
    toks = list(_TOK.finditer(head))
    if len(toks) < 2 or len(toks) > 24:
        return ""
    opening = head.rfind(",")
    mode = ""
    if (ends_here or conj_after) and opening >= 0:
        mode = "appositive"
    elif ends_here and opening < 0 and _PP_START.match(head):
        mode = "pp"
    elif after and _is_finite(after[0]) and not ends_here:
        mode = "subject"
    if not mode:
        # "… stayed the order passed by the high court on October 3 and …": a participle with its agent
        pm = None
        for pm2 in _PARTICIPLE_BY.finditer(head):
            pm = pm2
        if pm is None or head[pm.end():].count(",") or any(_is_finite(t) for t in pm.group("np").split()[1:]):
            return ""
        np = pm.group("np").strip()
        np = np[0].upper() + np[1:]
        be = "were" if _plural(np.split()[-1]) else "was"
        return f"{np} {be} {head[pm.start('part'):].strip()}"
    for j in range(len(toks) - 1, 0, -1):
        if mode == "appositive" and toks[j].start() < opening:
            return ""
        w = toks[j].group(0)
        lw = w.lower()
        participle = _is_finite(w) and (lw.endswith(("ed", "en")) or lw in _PAST_IRR) and lw not in _AUX \
            and lw not in _SIMPLE_PAST_ONLY and lw not in ("said", "told")  # "X, a lawyer, took over …": "took"
        # is the main verb; "X, the director, said …": "said" reports
        scheduled = lw in _SCHEDULE_ADJ and (head[toks[j].end():].lstrip().startswith(("to ", "for "))
                                             or not head[toks[j].end():].strip())  # "The data, due on Friday, …"
        if not (participle or scheduled):
            continue
        if participle and j + 1 < len(toks) and toks[j + 1].group(0).lower() in (
                "a", "an", "the", "its", "their", "his", "her", "our", "my", "your"):
            return ""  # "The firm posted a loss in 2024": a verb with its object, not a participle
        prev = toks[j - 1].group(0).lower()
        if prev in _AUX or prev in ("to", "be", "been", "being", "having") or prev in _PRONOUN_SUBJ:
            return ""  # "the team they beat on Saturday": a clause of its own, not a participle
        adverb = mode == "appositive" and j >= 2 and prev in _PARTICIPLE_ADVERBS \
            and toks[j - 2].group(0).endswith(",")
        if adverb:  # "The deal, first announced in June, …" → "The deal was first announced"
            j -= 1
            np_end = opening
        elif prev == "and" and mode == "appositive":
            np_end = opening  # the second conjunct of the appositive: the noun is before the comma
        elif mode == "appositive" and toks[j - 1].group(0).endswith(",") and _APPOS_NP_BEFORE.search(head[:opening]):
            return ""  # "Danby, the Conservative MP for Haddon, quit on Wednesday": the main verb, not a participle
        elif mode == "appositive":
            if not toks[j - 1].group(0).endswith(","):
                # "Harlan, a Kentucky Republican first elected in 2008, called …" → "Harlan was first elected"
                inner = head[opening + 1:toks[j].start()].split()
                if not inner or inner[0].lower() not in ("a", "an", "the") or any(
                        _is_finite(t) or t.endswith(",") or t.lower() in ("who", "which", "that", "whose")
                        for t in inner) or len(inner) > 7 or not (
                        lw.endswith(("ed", "en")) or lw in _SHORT_PARTICIPLES):
                    return ""
                if inner[-1].lower() in _PARTICIPLE_ADVERBS:
                    j -= 1
                np = _subject(head[:opening] + " was") or head[:opening].strip()
                if not np or len(np.split()) > 6:
                    return ""
                be = "were" if _plural(np.split()[-1]) else "was"
                phrase = head[toks[j].start():].strip()
                return f"{np} {be} {phrase}" + (" " + pp_after if pp_after else "")
            np_end = opening
        else:
            np_end = toks[j].start()
        np = head[:np_end].strip().rstrip(",")
        if mode == "subject" and "," in np:  # "…, data due on Nov. 17 is expected to show" → "data"
            np = np[np.rfind(",") + 1:].strip()
            if not np or _is_finite(np.split()[0]):
                return ""
        if mode == "subject" and " that " in f" {np} ":  # "recalling that a deal signed in 2011 collapsed"
            np = f" {np} "[f" {np} ".rfind(" that ") + 6:].strip()
            np = np[0].upper() + np[1:] if np else np
        if mode == "pp":
            pm = _PP_START.match(np)
            np = np[pm.end():].strip() if pm else np
            if np.split() and np.split()[-1].lower() in _SPEECH_NOUNS:
                return ""  # "In a statement released on Tuesday, the ministry said …": the saying is the event
            np = np[0].upper() + np[1:] if np else np
        np_toks = np.split()
        if not np_toks or len(np_toks) > 8 or any(_is_finite(t) or t.lower() in ("that", "which", "who")
                                                  for t in np_toks):
            return ""  # "The law that parliament passed in 2019 …": a relative clause, not a participle
        if mode == "appositive":
            np = _subject(np + " was") or np
            if "," in np and np.split(",")[0].strip():
                np = np.split(",")[0].strip()  # "The firm, a maker of tools, founded in 1998": the firm was founded
            pm0 = _LEAD_PREP_NP.match(np)
            if pm0:  # "Under the proposal, unveiled by the bureau on Tuesday, …": the proposal was unveiled
                np = np[pm0.end():]
                np = np[0].upper() + np[1:] if np else np
        plural = _plural(np.split()[-1])
        be = ("are" if plural else "is") if scheduled else ("were" if plural else "was")
        phrase = head[toks[j].start():].strip()
        if pp_after and mode == "appositive":
            phrase += " " + pp_after
        if mode == "appositive" and not scheduled and not pp_after and text[e.end:e.end + 1] == "," \
                and not conj_after:
            after = _TOK.findall(text[e.end + 1:e.end + 30])  # "its findings, released that September, concluded …"
        if mode in ("subject", "appositive") and not scheduled and after and after[0].lower() in _CONTENT_VERBS \
                and lw in _RELEASE_PARTICIPLES and not (mode == "appositive" and (pp_after or conj_after)):
            # "A review published a year later blamed delays …" → "A review was published and blamed delays …":
            # a simple past main verb happened with the publication
            stop = min((i for i in (text.find(". ", e.end), text.find(";", e.end)) if i >= 0), default=len(text))
            main = text[e.end:max(seg_end, stop)].strip(" ,").rstrip(" .;:")  # "concluded that …": with its complement
            cut = main.find(",")
            main = main[:cut] if cut > 0 else main
            if 2 <= len(main.split()) <= 25 and not _in_any_quote(main) and not _OWN_TIME.search(main):
                return f"{np} {be} {phrase} and {main}"
        return f"{np} {be} {phrase}"
    return ""


# "collapsed within months", "closed years later": the main verb has a time of its own
_OWN_TIME = re.compile(r"\b(?:within|later|after|afterwards|since|until|now|today|ago|eventually|soon|"
                       r"days|weeks|months|years|decades)\b", re.I)


# "a review published in 2018 blamed …", "its findings, released in May, concluded …": a document's
# publication and what it says happen together
_RELEASE_PARTICIPLES = {"published", "released", "issued", "unveiled", "presented", "leaked", "filed", "submitted",
                        "delivered", "announced", "written", "drafted", "sent", "signed", "circulated"}
_CONTENT_VERBS = {"found", "concluded", "showed", "put", "blamed", "recommended", "warned", "criticised", "criticized",
                  "described", "estimated", "revealed", "suggested", "urged", "accused", "identified", "highlighted",
                  "noted", "argued", "ruled", "called", "cleared", "faulted", "predicted", "projected"}


def _in_any_quote(s: str) -> bool:
    """Whether ``s`` holds a quotation mark (a quoted fragment is not rebuilt)."""
    return any(c in s for c in "\"“”")


_LEAD_PREP_NP = re.compile(r"(?:Under|In|With|From|Through|Despite|Amid|After|Before)\s+(?=(?:the|a|an|its|their)\s)")
_APPOS_NP_BEFORE = re.compile(r"[A-Z][\w'’.-]*,\s+(?:the|a|an|his|her|its|their)\s+[^,;]{2,80}$")
_SIMPLE_PAST_ONLY = {"took", "gave", "went", "came", "began", "saw", "ran", "wrote", "became", "broke", "chose",
                     "fell", "grew", "knew", "rose", "spoke", "stole", "threw", "drew", "drove", "flew", "froze",
                     "rode", "rang", "sang", "sank", "swore", "tore", "wore", "woke", "ate", "arose", "withdrew",
                     "forgave", "forbade", "overtook", "underwent", "shook", "mistook", "undertook", "oversaw"}
_SHORT_PARTICIPLES = {"built", "born", "held", "made", "sold", "bought", "sent", "set", "won", "lost", "paid", "led",
                      "left", "found", "brought", "kept", "told", "cut", "put", "shot", "hit", "struck", "sworn"}
_PARTICIPLE_ADVERBS = {"first", "originally", "initially", "previously", "recently", "also", "later", "jointly",
                       "formally", "officially", "publicly", "quietly", "briefly", "last", "once"}
_SPEECH_NOUNS = {"statement", "interview", "speech", "letter", "post", "tweet", "report", "briefing", "conference",
                 "announcement", "message", "video", "address", "memo", "email", "filing", "note", "podcast",
                 "finding", "findings", "ruling", "decision", "judgment", "judgement", "submission", "notice"}
_PARTICIPLE_BY = re.compile(
    r"\b(?P<np>(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+"
    r"(?P<part>passed|issued|signed|filed|submitted|announced|released|published|made|taken|given|written|sent|built|"
    r"ordered|approved|adopted|rejected|imposed|awarded|launched|introduced|delivered|granted|proposed|tabled|lodged|"
    r"delivered|pronounced|enacted|ratified|unveiled|commissioned)\s+by\s+[^,;]{1,60}$")
_PP_AFTER = re.compile(r"\s+(?:by|at|in|with|for|from|after|before|during|under|as)\s+\S")
_AND_CONJ = re.compile(r"\s+and\s+(?:due|set|scheduled|expected|[a-z]+ed|[a-z]+en)\b")
_PP_START = re.compile(r"(?i:according\s+to|in|on|at|with|for|from|under|amid|during|over)\s+(?:the\s+|a\s+|an\s+)?")


_CONTACT = re.compile(r"\b(?P<pron>they|he|she|it)\s+(?:(?:had|have|has)\s+)?(?P<verb>[a-z]+)\b")


_CONTENT_NOUNS = {"fact", "news", "claim", "claims", "idea", "belief", "report", "reports", "suggestion", "hope", "hopes",
                  "fear", "fears", "possibility", "evidence", "sign", "signs", "warning", "assumption", "notion",
                  "argument", "allegation", "allegations", "rumour", "rumours", "rumor", "view", "concern", "concerns",
                  "realisation", "realization", "finding", "announcement", "impression", "suspicion", "statement"}
_PLAN_VERBS = {"plans", "plan", "planned", "intends", "intend", "intended", "hopes", "hope", "hoped", "aims", "aim",
               "aimed", "expects", "expect", "expected", "wants", "want", "wanted"}
_CONTACT_THAT = re.compile(
    r"\b(?:that|which|whom)\s+(?P<pron>(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:(?:had|have|has)\s+)?"
    r"(?P<verb>[a-z]+)\b")


def _contact_clause(text: str, e: TimeExpr, seg: _Seg) -> str:
    """A relative clause without "that" holds the date: "… eclipsing the £41m they paid for Kell last
    summer" → "They paid the £41m for Kell"; "The firm sold the house it bought in 2010" → "The firm
    bought the house"."""
    after = _TOK.findall(text[e.end:min(seg.end, e.end + 40)])
    subject_np = bool(after) and _is_finite(after[0]) and text[e.end:e.end + 1] != ","
    tail_ = text[e.end:seg.end]
    if tail_.strip(" .,;!?\"”’)") and not subject_np and not (
            seg.kind == "rel" and tail_.startswith(",") and not any(
                _is_finite(t) or t.lower() in _MODAL_FUTURE for t in _TOK.findall(tail_))):
        return ""  # the contact clause must end the clause, or the subject it belongs to (or a list goes on:
        # "his wife, Margaret, whom he married in 1964, his daughter Anne and son David")
    head = text[seg.cstart:e.start]
    m = None
    for m2 in _CONTACT.finditer(head):
        m = m2
    for m2 in _CONTACT_THAT.finditer(head):  # "the law that parliament passed in 2019"
        if (m is None or m2.start() > m.start() or m2.end() >= m.end()) and not _is_finite(m2.group("pron").split()[-1]) \
                and (m2.group("pron").split()[-1].lower() not in _NOT_VERB | _MODAL_FUTURE
                     or m2.group("pron").lower() in ("he", "she", "they", "we", "it")):
            m = m2
    if m is None:
        return ""
    if m.start() == 0 and seg.kind == "rel" and m.re is _CONTACT_THAT:
        # "the reservoir, which Rudavia began filling in August, …" → "Rudavia began filling the reservoir"
        ante = _antecedent(text, seg.start)
        if not ante or len(ante.split()) > 9:
            return ""
        head = ante + " " + head
        m = _CONTACT_THAT.match(head, len(ante) + 1)
        if m is None:
            return ""
        from_ante = True
    else:
        from_ante = False
    toks = list(_TOK.finditer(head[:m.start()]))
    det = -1
    for i in range(len(toks) - 1, max(-1, len(toks) - 6), -1):
        w = toks[i].group(0)
        if w in ("the", "The", "a", "A", "an", "An") or w.endswith(("'s", "’s")) and w[:1].isupper() \
                or from_ante and i == 0 and (w.lower() in ("this", "its", "their", "his", "her", "last", "next")
                                             or w[:1].isupper() and m.group("pron").lower() in _PRONOUN_SUBJ):
            det = i
            break
        if i == len(toks) - 1 and not w[:1].isalnum() and w[:1] not in "£$€":
            return ""
        if _is_finite(w) or w.endswith((",", ";", ":")) or w.lower() in _NOT_VERB:
            return ""
    if det < 0 or det == len(toks) - 1 and not (from_ante and toks[det].group(0)[:1].isupper()
                                                and toks[det].group(0) not in ("The", "A", "An", "This", "Its")):
        return ""
    verb = m.group("verb")
    aux = head[m.end("pron"):m.start("verb")].strip()
    pm_ = re.match(r"\s*to\s+([a-z]+)\b", head[m.end():]) if verb in _PLAN_VERBS else None
    if pm_:  # "a version of the app, which it plans to launch in February next year" → "It plans to launch …"
        verb = f"{verb} to {pm_.group(1)}"
        head = head[:m.end()] + head[m.end() + pm_.end():]
    elif not (verb in _PAST_IRR or verb.endswith("ed") and verb not in _NON_VERB_ED
              or aux and verb.endswith("en")) or verb in _SPEECH:
        return ""
    np_words = [t.group(0) for t in toks[det:]]
    if m.re is _CONTACT_THAT and np_words[-1].lower().strip(",") in _CONTENT_NOUNS:
        return ""  # "The fact that the minister resigned …": a content clause, not a relative clause
    before = [t.group(0) for t in toks[:det]]
    if before and before[-1].lower() in ("that", "which", "who", "because", "when", "if", "as", "and", "but"):
        return ""
    if before and (before[-1].lower() in _TELL_VERBS or before[-1].lower() in _SPEECH):
        return ""  # "told the ABC she had spent …": the one told, then what was said, not a relative clause
    np = " ".join(np_words)
    if subject_np and before:
        return ""
    if not subject_np and np[:1].isupper() and not before and not from_ante:
        return ""  # "The firm it bought …" at the start is not an object
    np = np[0].lower() + np[1:] if np_words[0] in ("The", "A", "An", "This", "Its", "Their", "His", "Her", "Last",
                                                    "Next") else np
    pron = m.group("pron")
    if pron == "it":  # "The firm sold the house it bought": "it" is the thing the clause is about
        subj = _subject(text[seg.cstart:seg.end])
        if subj and len(subj.split()) < det and subj.split()[0].lower() in ("the", "a", "an") \
                and not _plural(subj.split()[-1]) \
                and subj.split()[-1].lower() not in _HUMAN_NOUNS:
            pron = subj
    rest = head[m.end():].strip()
    pron = pron[0].upper() + pron[1:] if pron.lower().startswith("the ") else pron
    am_ = re.match(r"and\s+([a-z]+ed)\b\s*", rest)
    if am_ and am_.group(1) not in _NON_VERB_ED:  # "which the assembly cleared and roofed": one verb phrase
        verb, rest = f"{verb} and {am_.group(1)}", rest[am_.end():]
    rw = rest.split(" ", 1)
    if rw[0].endswith("ing") and rw[0].islower():  # "began filling the reservoir"
        verb, rest = f"{verb} {rw[0]}", rw[1] if len(rw) > 1 else ""
    return f"{pron} {aux + ' ' if aux else ''}{verb} {np}{' ' + rest if rest else ''}"


def _participle_appositive(text: str, e: TimeExpr, seg: _Seg) -> bool:
    """Whether ``e`` sits in a participle appositive between a subject and its verb ("The pact,
    quietly revised in June by both sides, was signed …"): the main verb did not happen then."""
    opening = text.rfind(",", seg.cstart, e.start)
    closing = text.find(",", e.end, seg.end)
    if opening < 0 or closing < 0:
        return False
    subj = _TOK.findall(text[seg.cstart:opening])
    if not subj or len(subj) > 10 or any(_is_finite(t) or t.lower() in _MODAL_FUTURE for t in subj):
        return False
    inner = [t for t in _TOK.findall(text[opening + 1:e.start]) if t.lower() not in _PARTICIPLE_ADVERBS]
    if inner and inner[0].lower() in ("a", "an", "the") and len(inner) <= 8:
        inner = [t for t in inner[1:] if not t[:1].isupper()][-1:] or inner  # "a Kentucky Republican elected"
    if not inner or not inner[0].islower() or inner[0] in _AUX or not (
            inner[0].endswith(("ed", "en")) or inner[0] in _PAST_IRR):
        return False
    outer = [t for t in _TOK.findall(text[closing + 1:closing + 60])
             if t.lower() not in _PARTICIPLE_ADVERBS and t.lower() not in _RESUME_ADVERBS]
    return bool(outer) and (_is_finite(outer[0]) or outer[0] in _MODAL_FUTURE or _present_verb(outer[:2]))


def _np_appositive(text: str, e: TimeExpr, seg: _Seg) -> str | None:
    """A date inside a verbless appositive between a subject and its verb ("Matei, Rudavia's foreign
    minister since 2022, faces …"): "since" gives "Matei has been Rudavia's foreign minister since 2022";
    any other date gives "" (no event); None when ``e`` is not in such an appositive."""
    opening = text.rfind(",", seg.cstart, e.start)
    closing = text.find(",", e.end, seg.end)
    if opening < 0 or closing < 0 or closing - e.end > 40:
        return None
    subj = _TOK.findall(text[seg.cstart:opening])
    inner = _TOK.findall(text[opening + 1:e.start])
    if not subj or len(subj) > 5 or not inner or len(inner) > 8 or any(
            _is_finite(t) or t.lower() in _MODAL_FUTURE or t.lower() in ("who", "which", "that") for t in subj + inner):
        return None
    outer = [t for t in _TOK.findall(text[closing + 1:closing + 60]) if t.lower() not in _RESUME_ADVERBS]
    if not outer or not (_is_finite(outer[0]) or outer[0] in _MODAL_FUTURE or _present_verb(outer[:2]) or (
            outer[0].islower() and outer[0].isalpha() and outer[0].endswith("s") and len(outer[0]) > 3
            and not outer[0].endswith(("ss", "us", "is")))):
        return None
    if e.text.split()[0].lower() != "since" or text[e.end:closing].strip():
        return ""
    name = text[seg.cstart:opening].strip()
    return f"{name} has been {text[opening + 1:e.start].strip()} {e.text.strip()}"


def _perfect_with_past_date(text: str, e: TimeExpr, seg: _Seg) -> str:
    """ "Prosecutors have dropped an investigation into an allegation made against X in 2010": a present
    perfect cannot take a past date, so the date belongs to the participle before it →
    "An allegation was made against X"."""
    if not e.absolute or e.text.split()[0].lower() in ("since", "for", "until", "by", "through", "from"):
        return ""
    if text[e.end:].strip(" .!?;\"”’)") and not text[e.end:].lstrip().startswith((",", ";", ".")):
        return ""
    head = text[seg.cstart:e.start]
    toks = list(_TOK.finditer(head))
    words = [t.group(0).lower() for t in toks]
    main = next((i for i, w in enumerate(words) if _is_finite(w) or w in _MODAL_FUTURE), -1)
    if main < 0 or words[main] not in ("has", "have", "is", "are", "'s", "'ve") or main + 1 >= len(words):
        return ""
    nxt = words[main + 1] if words[main + 1] not in ("also", "now", "already", "just", "since") else \
        (words[main + 2] if main + 2 < len(words) else "")
    if words[main] in ("has", "have") and not (nxt.endswith(("ed", "en")) or nxt in _PAST_IRR):
        return ""
    if words[main] in ("is", "are") and not nxt.endswith("ing"):
        return ""
    for j in range(len(toks) - 1, main + 2, -1):
        w = words[j]
        if (w.endswith(("ed", "en")) and w not in _NON_VERB_ED and len(w) > 3 or w in ("made", "brought", "held",
                                                                                   "sent", "built", "taken")) \
                and toks[j].group(0)[:1].islower() and words[j - 1] not in _AUX | _DETERMINERS | {
                    "to", "be", "been", "being", "and", "or", "of", "in", "on", "by", "for", "with", "at"}:
            np = _antecedent(text, seg.cstart + toks[j].start())
            if not np or len(np.split()) > 6:
                return ""
            head_noun = np.split()[-1].lower()
            be = "were" if head_noun.endswith("s") and not head_noun.endswith(("ss", "us", "is")) else "was"
            return f"{np} {be} {head[toks[j].start():].strip()}"
    # "… is seeking his extradition over the release of secret files by the site in 2010" → the event
    # is the nominalisation the date follows
    last = None
    for m in _EVENT_NOUN_OF.finditer(head):
        if m.start() > 0 and (m.group(1).endswith(("ion", "ment", "ure", "al")) or m.group(1) in _EVENT_NOUNS):
            last = m
    if last is not None:
        np = head[last.start():].strip(" ,")
        if 3 <= len(np.split()) <= 20:
            return np
    return ""


_EVENT_NOUN_OF = re.compile(r"\bthe\s+([a-z]+)\s+of\b")
_EVENT_NOUNS = {"release", "launch", "death", "sale", "attack", "arrest", "crash", "visit", "collapse", "election",
                "victory", "defeat", "merger", "takeover", "murder", "killing", "sinking", "bombing", "invasion",
                "opening", "closure", "signing", "start", "end", "break-up", "breakup", "fall", "rise", "discovery"}


_STOP = {"the", "a", "an", "of", "to", "in", "on", "for", "and", "at", "by", "with", "that", "this", "is", "was",
         "be", "it", "as", "from", "his", "her", "its", "their", "has", "had", "have", "were", "are", "s"}


def _content(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in _STOP}


_NAME_WORDS = re.compile(r"(?<!^)(?<![.!?] )\b[A-Z][\w'’-]*")


def _dedupe(events: list[Event]) -> list[Event]:
    """Drop a later event with the same date that restates an earlier one (a lead repeated lower down)."""
    out: list[Event] = []
    by_date: dict[str, list[tuple[set[str], str]]] = {}
    for ev in events:
        c = _content(_NAME_WORDS.sub(" ", ev.event)) or _content(ev.event)  # what happened, not who: a long
        same = by_date.setdefault(ev.date, [])                              # name alone makes no restatement
        if c and any(k and len(c & k) / min(len(c), len(k)) >= 0.75 and ev.sentence != s for k, s in same):
            continue
        out.append(ev)
        same.append((c, ev.sentence))
    return out


def _has_verb(desc: str) -> bool:
    if _EVENT_NOUN_OF.match(desc.lower()):
        return True  # a nominalised event: "The collapse of the dam …"
    toks = _TOK.findall(desc)
    if any(_is_finite(t) or t.lower().endswith("ing") or _VERBISH.fullmatch(t) for t in toks):
        return True
    # a plural present verb with its object after a proper-name subject: "Kelby Rovers host Dunby Town"
    n = 0
    while n < min(len(toks), 4) and toks[n][:1].isupper():
        n += 1
    return 0 < n and n + 1 < len(toks) and toks[n].isalpha() and toks[n].islower() and len(toks[n]) > 2 \
        and toks[n] not in _NOT_VERB and (toks[n + 1][:1].isupper() or toks[n + 1].lower() in ("the", "their", "its", "to"))


def _strip_spans(s: str, spans: list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for a, b in sorted(spans):
        if a < pos:
            a = pos
        if a > b:
            continue
        out.append(s[pos:a])
        pos = max(pos, b)
    out.append(s[pos:])
    return "".join(out)


_APPOSITIVE_ING = re.compile(r",\s+[a-z]+ing\b")


def _reported_subject(src: str, subj: str) -> str:
    """ "The firm says the feature is … and will be …": the second verb shares the reported clause's
    subject, not the speaker's → "The firm says the feature"."""
    at = src.find(subj)
    if not subj or at < 0:
        return subj
    toks = _TOK.findall(src[at + len(subj):at + len(subj) + 200])
    if len(toks) < 3 or toks[0].lower() not in _SPEECH:
        return subj
    n = 2 if toks[1].lower() == "that" else 1
    inner = _subject(" ".join(toks[n:]))
    fallback = False
    if inner and any(q in inner for q in _QUOTE_CHARS):
        inner = ""
    if not inner:  # "said the government "fully respects …" and would …": the words before a present verb
        words = []
        for t in toks[n:n + 6]:
            if t[:1] in _QUOTE_CHARS or t.endswith(",") or (t.islower() and t.endswith("s") and len(t) > 3
                                                           and not t.endswith(("ss", "us", "is")) and words):
                break
            words.append(t)
        if 1 < len(words) <= 4 and words[0].lower() in ("the", "a", "an", "its", "their"):
            inner, fallback = " ".join(words), True
    if not inner or inner.split()[0].lower() in _PRONOUN_SUBJ | {"i", "we", "you"} or not (
            fallback or _has_clause(" ".join(toks[n:]))):
        return subj
    return " ".join([subj, *toks[:n], inner])


# date-like words the finder did not take ("re-elected in 2019 and 2024"): a clause holding them is not undated
_NOW_STATE = re.compile(r"(?:is|are|has|have|remains|remain)\s+(?:now|still|currently|today)\b|(?:now|still)\s|"
                        r"(?:would|will)\s+(?:now\s+)?(?:be|become)\b", re.I)  # "joined in 2009 and would be the first …"
_DATEISH = re.compile(r"\b(?:1[6-9]\d\d|20\d\d)\b|\b(?:January|February|March|April|June|July|August|September|"
                      r"October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|"
                      r"\b(?i:last|this|next|previous|following)\s+(?:season|quarter|winter|term|decade)\b|"
                      r"\b(?:yesterday|tomorrow|overnight|ago)\b")


def _last_before(exprs: list[TimeExpr], pos: int) -> TimeExpr | None:
    """The time expression that ends last before ``pos`` (", when …" refers to it)."""
    best = None
    for x in exprs:
        if x.end <= pos and (best is None or x.end > best.end):
            best = x
    return best


def _resume_subject(text: str, segs: list[_Seg], k: int) -> str:
    """Subject of a main clause that resumes after a relative clause ("The man, who …, was arrested")."""
    r = next((i for i in range(k - 1, 0, -1) if segs[i].kind == "rel"), k - 1)
    before = segs[r - 1]  # the clause the interruption ("…, who …, because …,") started in
    head = text[before.cstart:before.end]
    ing = _APPOSITIVE_ING.search(head)
    if ing:  # "An official, speaking on condition of anonymity" → "An official"
        head = head[:ing.start()]
    toks = _TOK.findall(head)
    if len(toks) <= 8 and not any(_is_finite(t) for t in toks):
        subj = head.strip(" ,")
        nm = _NAME_THEN_APPOSITIVE.match(subj)
        return nm.group(1) if nm else subj  # "Samuel Osei, a family physician who …, resigned": the name
    ante = _antecedent(text, segs[r].start)  # "Police said the man, who …, was arrested"
    if ante and segs[r].conj == "which":
        ante = _place_head(text, segs[r].start, ante)
    if ante and ante.split(" ", 1)[0].lower() in ("a", "an"):
        at = text.rfind(ante, 0, segs[r].start + 1)
        nm = _NAME_BEFORE_APPOSITIVE.search(text, max(0, at - 60), at) if at > 0 else None
        if nm:  # "when Dr. Samuel Osei, a family physician who …, resigned" → "Dr. Samuel Osei"
            return nm.group(1)
    return ante or _subject(head)


_NAME_THEN_APPOSITIVE = re.compile(r"^((?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+),\s+(?:a|an)\s")


_WITH_INF_BEFORE = re.compile(r",\s+with\s+[^,;]{2,60}\s+to\s+be\s+[a-z]+\s+$")
_WITH_TO_BE = re.compile(r",\s+with\s+(?P<np>(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?!(?:due|set|scheduled|expected)\b)"
                         r"[a-z][\w'’-]*(?:\s+(?!(?:due|set|scheduled|expected|to)\b)[a-z][\w'’-]*){0,3})\s+"
                         r"(?:to\s+be\s+(?P<part>[a-z]+ed|held|sworn\s+in|paid|made)|"
                         r"(?P<sched>(?:due|set|scheduled|expected)\s+to\s+[a-z]+(?:\s+[a-z]+){0,3}))\s+$")


def _describe(text: str, e: TimeExpr, exprs: list[TimeExpr], segs: list[_Seg], k: int, lo: int, hi: int,
              quotes: list[tuple[int, int]], parens: list[tuple[int, int]], refs: _Referents) -> tuple[str, str]:
    """The event description for expression ``e`` in segment ``k``."""
    seg = segs[k]
    wm = _WITH_TO_BE.search(text, max(0, e.start - 120), e.start)
    if wm:  # "…, with votes to be counted on May 15" → "Votes will be counted"
        np = wm.group("np")
        desc = f"{np[0].upper()}{np[1:]} will be {wm.group('part')}" if wm.group("part") \
            else f"{np[0].upper()}{np[1:]} {'are' if _plural(np.split()[-1]) else 'is'} {wm.group('sched')}"
        return _clean(desc), ""
    if seg.kind == "sub" and seg.conj == "when" and k >= 1 and segs[0].kind == "main" \
            and segs[k - 1].kind in ("main", "resume") and segs[0].cstart == lo \
            and (_TOK.findall(text[seg.cstart:seg.end]) or [""])[0].lower() in ("it", "he", "she", "they") \
            and e.end <= seg.end and not any(q[0] < seg.end and q[1] > segs[0].cstart for q in quotes):
        main = text[segs[0].cstart:seg.start].rstrip(" ,")
        if any(_is_finite(t) for t in _TOK.findall(main)) and not any(
                t.lower().strip(",") in _SPEECH for t in _TOK.findall(main)):
            # "His employer … admitted breaching the law when it appeared at the same court in September": the
            # clause the "when" dates is the event
            sub = _clean(_strip_spans(text[seg.cstart:seg.end], [(e.start - seg.cstart, e.end - seg.cstart)]))
            sub = sub[0].lower() + sub[1:] if sub[:1].isupper() and sub.split(" ", 1)[0] in ("It", "He", "She",
                                                                                            "They") else sub
            body = _clean(_strip_fronted_adjunct(_clean(main))) + " when " + sub
            return _resolve_pronoun_start(body, refs, text, segs[0].cstart), ""
    # trailing attribution: "…, officials said late Thursday." → "officials said …"
    attr = _attribution_tail(text, lo, hi, quotes)
    e_quote = next((q for q in quotes if q[0] <= e.start and e.end <= q[1]), None)
    deletions = [(x.start, x.end) for x in exprs
                 if (not x.keep or x is not e) and text[x.end:x.end + 2] not in ("'s", "’s")
                 and (x is e or not _in_spans(x.start, x.end, quotes)
                      or (e_quote is not None and e_quote[0] <= x.start and x.end <= e_quote[1]))]
    # "The attack on Oct. 7, 2023, killed …": the comma closing the date goes with it
    deletions += [(b, b + 1) for a, b in deletions if text[b:b + 1] == "," and a > 0 and "," in text[a:b]
                  and text[:a].rstrip()[-1:].isalnum() and _is_finite((_TOK.findall(text[b + 1:b + 30]) or [""])[0])]
    deletions += [(a, b) for a, b in parens if not (a < e.start < b)]
    # another date inside a trailing ", with …" phrase takes the phrase with it:
    # "… launched a trial earlier this year, with a national launch set for next year"
    for x in exprs:
        if x is e or x.start < e.end:
            continue
        w_that = text.rfind(" that ", max(e.end, x.start - 60), x.start)
        if w_that >= 0:
            if text[e.end:w_that].strip():
                prev_tok = (_TOK.findall(text[max(e.end, w_that - 30):w_that]) or [""])[-1]
            else:  # "estimated in February that …" vs "a new contract in May that …"
                prev_tok = (_TOK.findall(text[max(0, e.start - 30):e.start]) or [""])[-1]
            if not prev_tok or _is_finite(prev_tok) or prev_tok.lower() in _SPEECH:
                w_that = -1  # "estimated in February that …" is a complement, not a relative clause
            elif any(t.lower() in _SPEECH for t in _TOK.findall(text[max(0, e.start - 40):w_that])):
                w_that = -1  # "said in a blog post on Tuesday that …": the complement of the speech verb
        w = max(text.rfind(", with ", max(e.end, x.start - 120), x.start), w_that,
                text.rfind(", which ", max(e.end, x.start - 60), x.start),
                text.rfind(", and ", max(e.end, x.start - 60), x.start))  # "…, and a pandemic on 11 March"
        if w >= 0 and "," not in text[w + 1:x.start] and not text[x.end:].strip(" .;!?\"”’)").startswith(
                tuple("abcdefghijklmnopqrstuvwxyz")):
            deletions.append((w, x.end))
    if attr >= 0 and e.start >= attr and not _in_spans(e.start, e.end, quotes):
        head = _strip_spans(text[attr:hi], [(a - attr, b - attr) for a, b in deletions if a >= attr])
        head = _clean(head)
        body_lo = lo
        body = text[body_lo:attr]
        body_del = [(a - body_lo, b - body_lo) for a, b in deletions if b <= attr and a >= body_lo]
        body = _strip_spans(body, body_del).strip()
        body = body.rstrip(" ,:\"”’'")
        body = body.lstrip("\"“‘' ")
        qs = [q for q in quotes if q[0] < attr]
        head = _resolve_pronoun_start(head, refs, text, attr)
        if qs and qs[0][0] <= lo + 1:
            desc = f'{head}: "{body}"'
        else:
            body = _DISCOURSE.sub("", body)
            body = _strip_fronted_adjunct(body)
            if body[:1].isupper() and body.split(" ", 1)[0].lower() in (
                    "the", "a", "an", "after", "before", "in", "on", "for", "following", "despite", "its", "his",
                    "her", "their", "this", "that", "these", "those", "some", "many"):
                body = body[0].lower() + body[1:]
            desc = f"{head} {body}" if not body[:1].isupper() or body.split(" ", 1)[0] in refs.forms \
                else f"{head}: {body}"
        return _clean(desc), ""
    # the clause and the undated clauses that follow it
    end_k = k
    while seg.kind != "fronted" and end_k + 1 < len(segs) and not _DATEISH.search(
            text, segs[end_k + 1].start, segs[end_k + 1].end) and segs[end_k + 1].kind not in (
            "hard", "main_after_fronted", "resume") and not (
            segs[end_k + 1].kind == "rel" and segs[end_k + 1].conj == "when"
            and _last_before(exprs, segs[end_k + 1].start) is not e) and not any(
            segs[end_k + 1].start <= x.start < segs[end_k + 1].end for x in exprs):
        nxt = segs[end_k + 1]
        if nxt.kind == "coord" and not _is_finite((_TOK.findall(text[nxt.cstart:nxt.cstart + 40]) or [""])[0]):
            break  # "…, but it took four years": a new subject is a new event
        if nxt.kind == "coord" and e.absolute and _NOW_STATE.match(text, nxt.cstart):
            break  # "approved in 2019 and is now used in 40 countries": today's state, not 2019's
        end_k += 1
    if end_k == k and k + 1 < len(segs) and segs[k + 1].kind == "compl" and seg.kind in ("main", "coord") \
            and _ends_with_speech(text, seg, e):
        # "X said on Tuesday that its president will step down at the end of the month": the telling needs
        # what was told, though it has a date of its own (that date is cut out with the others)
        end_k = k + 1
        while end_k + 1 < len(segs) and segs[end_k + 1].kind in ("sub", "rel", "coord", "compl"):
            end_k += 1
    if seg.kind == "compl" and k > 0 and is_future_text(text[seg.cstart:seg.end]):
        # a plan or forecast stays attributed: "Jane Doe told analysts that the firm would close …"
        k0 = k - 1
        while k0 > 0 and segs[k0].kind not in ("main", "coord", "fronted", "main_after_fronted", "resume"):
            k0 -= 1
        if not any(x is not e and segs[k0].start <= x.start < seg.start for x in exprs):
            said = _complement_first(text, seg, segs[k0], deletions, refs)
            if said:
                return said, ""
            seg = segs[k0]
            k = k0
        # else "told the county in March that its subsidy would end on Sept. 30": the telling has its own
        # date, so the complement alone is the event of the later one
    inner = _dated_complement(text, e, exprs, seg)
    if inner >= 0:
        # "Its subsidy would end, the ministry told the county": the complement, then who said it
        end = max(segs[end_k].end, seg.end)
        rel_del = [(a - inner, b - inner) for a, b in deletions if a >= inner and b <= end]
        body = _clean(_strip_spans(text[inner:end], rel_del)).rstrip(" .,;")
        head_del = [(a - seg.cstart, b - seg.cstart) for a, b in deletions if a >= seg.cstart and b <= inner]
        head = _clean(_strip_spans(text[seg.cstart:inner - 6], head_del)).strip(" ,")
        if len(body.split()) < 2:
            return "", ""
        if seg.kind == "resume" and k >= 2 and text[seg.cstart:inner].lstrip(" ,")[:1].islower():  # "X, which …, told the county in March that …"
            subj = _resume_subject(text, segs, k)
            head = f"{subj.strip(' ,')} {head[0].lower()}{head[1:]}" if subj and head else head
        if head and head[:1].isupper() and head.split(" ", 1)[0].lower() in ("the", "a", "an", "its", "their"):
            head = head[0].lower() + head[1:]
        return _clean(f"{body[0].upper()}{body[1:]}, {head}" if head else body), ""
    if k == 0 and len(segs) > 2 and segs[1].kind in ("sub", "rel") and segs[2].kind == "main_after_fronted" and not any(
            _is_finite(t) for t in _TOK.findall(text[seg.cstart:seg.end])):
        # the date sits in a verbless opening phrase before an interrupting clause: it dates the main clause
        k, seg, end_k = 2, segs[2], max(end_k, 2)
    hint = ""
    if seg.kind == "resume" and k >= 2:
        hint = _resume_subject(text, segs, k)
    elif seg.kind == "coord":
        hint = _subject(text[segs[0].cstart:segs[0].end])
    cc = _contact_clause(text, e, seg)
    if cc[:3] in ("he ", "she"):  # "The minister defended the decision he took on Monday"
        name = _person_for_pronoun(refs, text, text.rfind(" " + cc.split()[0] + " ", seg.cstart, e.start) + 1,
                                   cc.split()[0])
        cc = name + cc[len(cc.split()[0]):] if name else cc
    rr = _fronted_participle(text, e, seg) or cc or _gerund_event(text, e, seg, hint, refs) or \
        _reduced_relative(text, e, seg) or _perfect_with_past_date(text, e, seg)
    if rr:
        if e.keep:  # "… served in Korea until 1953": deadline words stay
            rr = rr.rstrip(" ,") + " " + e.text.strip(" ,")
        return _resolve_pronoun_start(_clean(rr), refs, text, seg.cstart), ""
    if _participle_appositive(text, e, seg):
        return "", ""  # the date belongs to the appositive's participle, which could not be rebuilt
    npa = _np_appositive(text, e, seg)
    if npa is not None:  # "Matei, Rudavia's foreign minister since 2022, faces …"
        return _resolve_pronoun_start(_clean(npa), refs, text, seg.cstart) if npa else "", ""
    if seg.kind == "sub" and seg.conj in ("when", "as", "while") and k == 1 and segs[0].kind == "main" and not any(
            segs[0].start <= x.start < segs[0].end for x in exprs):
        # "Three people died when a bus crashed on Monday": the main clause happened at the same time
        seg = _Seg(segs[0].start, segs[0].cstart, seg.end, "main", "")
        k = 0
    start = seg.cstart
    prefix = ""
    subj_used = ""
    main = segs[0]
    coord_from = e.end if seg.kind == "coord" and not text[seg.cstart:e.start].strip(" ,") else seg.cstart
    if seg.kind == "coord" and _is_finite((_TOK.findall(text[coord_from:coord_from + 40]) or [""])[0]):
        # "…, and in 1956 came to Britain": the date first, then the shared subject's verb
        subj_src = main if main.kind != "fronted" or len(segs) < 2 else segs[1]
        kk = k - 1
        while kk > 0 and segs[kk].kind == "coord":
            kk -= 1
        if segs[kk].kind == "rel" and segs[kk].conj in ("which", "who", "that") and kk >= 1:
            # "The strike, which started in October and is due to end on Friday, …" → "The strike is due …"
            subj = _antecedent(text, segs[kk].start)
            src = subj + " " + text[segs[kk].cstart + len(segs[kk].conj):segs[kk].end]
            subj = subj[0].upper() + subj[1:] if subj else subj
        elif segs[kk].kind == "resume" and kk >= 2:
            subj_src = segs[kk]
            src = text[subj_src.cstart:subj_src.end]
            subj = _resume_subject(text, segs, kk)
            src = subj + " " + src
        elif segs[kk].kind == "compl" and kk >= 1:
            # "The court heard that Mulcahy became manager in 2015 and began stealing in 2016": the
            # complement's subject, not the reporter's
            src = text[segs[kk].cstart:segs[kk].end]
            src = src[5:] if src[:5].lower() == "that " else src
            subj = _subject(src)
        else:
            src = text[subj_src.cstart:subj_src.end]
            subj = _subject(src)
            subj = _reported_subject(src, subj)
        if subj:
            prefix = subj + " "
            subj_used = subj
            # "X was appointed in 2017 and reappointed in 2022": the passive auxiliary is shared
            first = (_TOK.findall(text[seg.cstart:seg.cstart + 40]) or [""])[0].lower()
            nxt_toks = [t.lower() for t in _TOK.findall(text[seg.cstart:seg.cstart + 60])[1:6]]
            if first not in _AUX and first.endswith(("ed", "en")) and first not in _INTRANSITIVE and (
                    "by" in nxt_toks or nxt_toks[:1] and nxt_toks[0] in ("on", "in", "at", "for", "from", "to",
                                                                         "with", "into", "under", "as")):
                at = src.find(subj.split()[-1])
                am = _AUX_CHAIN.match(src, at + len(subj.split()[-1])) if at >= 0 else None
                after_aux = _TOK.findall(src[am.end():am.end() + 40]) if am else []
                if after_aux and after_aux[0].lower() in ("first", "initially", "originally", "also", "later"):
                    after_aux = after_aux[1:]
                passive = bool(after_aux) and (after_aux[0].lower().endswith(("ed", "en"))
                                               or after_aux[0].lower() in _SHORT_PARTICIPLES) and after_aux[0].islower()
                if am and passive and am.group(1).split()[-1].lower() in ("was", "were", "is", "are", "been", "be"):
                    prefix += am.group(1).strip() + " "
    elif seg.kind == "coord" and k > 1 and text[seg.cstart:seg.cstart + 4].lower() in ("who ", "whic") \
            and any(x.kind == "rel" for x in segs[:k]):
        # "Nakagawa, who launched Canvas in 2018 and who will leave at the end of the month, …": the same noun
        kk = max(i for i in range(k) if segs[i].kind == "rel")
        ante = _antecedent(text, segs[kk].start)
        if ante:
            prefix = ante + " "
            start = seg.cstart + (4 if text[seg.cstart:seg.cstart + 4].lower() == "who " else 6)
    elif seg.kind == "coord" and seg.conj == "and" and k > 0 and text[seg.cstart:seg.cstart + 5].lower() == "that " \
            and segs[0].kind == "main":
        # "The regulator said it would audit the airline, and that the audit would begin on Thursday":
        # a second complement of the same speech verb
        src = text[segs[0].cstart:segs[0].end]
        src = src[src.rfind(",", 0, max(0, len(src) - 1)) + 1:] if "," in src[:-1] else src
        subj = _subject(src)
        at = src.find(subj) if subj else -1
        toks = _TOK.findall(src[at + len(subj):at + len(subj) + 40]) if at >= 0 else []
        if toks and toks[0].lower() in _SPEECH:
            prefix = f"{subj} {toks[0]} "
            subj_used = subj
        start = seg.cstart + 5
    elif seg.kind == "rel" and seg.conj in ("which", "that") and k > 0 and segs[0].kind == "main" \
            and _HAPPENED_REL.match(_strip_spans(text[seg.cstart + len(seg.conj):seg.end],
                                                 [(x.start - seg.cstart - len(seg.conj), x.end - seg.cstart - len(seg.conj))
                                                  for x in exprs if seg.cstart <= x.start and x.end <= seg.end])):
        # "17 were injured in the crash, which happened at 3.47pm on July 12": the main clause is the event
        rel_del = [(a - segs[0].cstart, b - segs[0].cstart) for a, b in deletions
                   if a >= segs[0].cstart and b <= seg.start]
        body = _clean(_strip_spans(text[segs[0].cstart:seg.start], rel_del)).rstrip(" ,")
        return _resolve_pronoun_start(body, refs, text, segs[0].cstart), ""
    elif seg.kind == "rel" and seg.conj in ("which", "who", "whose", "that"):
        ante = _antecedent(text, seg.start)
        if ante and seg.conj == "which":
            ante = _party_head(text, seg.start, ante)
            ante = _place_head(text, seg.start, ante)
        if ante and seg.conj == "who":
            am = _NAME_APPOSITIVE_WHO.search(text, max(0, seg.start - 140), seg.start)
            if am and not refs.is_person(ante):  # "Priya Venkat, a former clerk at Harwell, who said …"
                ante = am.group(1)
        if ante and seg.conj == "who" and ante.split()[0].lower() in ("a", "an", "the"):
            nm = _NAME_BEFORE_APPOSITIVE.search(text, max(0, seg.start - len(ante) - 60), seg.start - len(ante))
            if nm:  # "Irena Valk, a former judge who became …" → "Irena Valk became …"
                ante = nm.group(1)
        if ante:
            prefix = ante + ("'s " if seg.conj == "whose" else " ")
            start = seg.cstart + len(seg.conj)
    elif seg.kind == "resume" and k >= 2:
        subj = _resume_subject(text, segs, k)
        if subj:
            prefix = subj.strip(" ,") + " "
            subj_used = prefix.strip()
    desc_raw = text[start:segs[end_k].end]
    rel_del = [(a - start, b - start) for a, b in deletions if a >= start and b <= segs[end_k].end]
    body = _strip_spans(desc_raw, rel_del)
    body = _clean(_strip_fronted_adjunct(_clean(body)))
    fp = _FRONT_PART.match(body) if not prefix and seg.kind in ("main", "fronted") and start == segs[0].cstart \
        and _maybe_participle(body) else None
    if fp and len(body[fp.end():].split()) >= 4:
        body = _clean(body[fp.end():])
    if prefix:
        pre = _clean(prefix)
        pre_resolved = _resolve_pronoun_start(pre, refs, text, seg.start)
        first_alpha = next((c for c in text[start:start + 60] if c.isalpha()), "")
        if body[:1].isupper() and first_alpha.islower():
            body = body[0].lower() + body[1:]  # it was lower-case in the article: not a name
        body = pre_resolved + " " + body
    else:
        body = _resolve_pronoun_start(body, refs, text, start)
    if k > 0 and seg.kind in ("sub", "coord", "compl") and " it" in body:
        body = _object_it(body, text[segs[0].cstart:segs[0].end], refs)
    return _clean(body), subj_used


def _ends_with_speech(text: str, seg: _Seg, e: TimeExpr) -> bool:
    """Whether clause ``seg`` ends in a verb of saying once ``e`` is cut out ("X said on Tuesday")."""
    toks = _TOK.findall(text[seg.cstart:e.start] + " " + text[e.end:seg.end])
    return bool(toks) and toks[-1].lower().strip(",") in ("said", "says", "announced", "confirmed", "told", "added",
                                                            "stated", "warned", "disclosed", "revealed")


def _complement_first(text: str, seg: _Seg, main: _Seg, deletions: list[tuple[int, int]], refs: _Referents) -> str:
    """ "X told reporters that the arrears would be paid in June" → "The arrears would be paid, X told
    reporters": the date is the complement's, so the complement leads and the speaker follows."""
    inner = seg.cstart + 4 if text.startswith("that", seg.cstart) else seg.cstart
    body = _clean(_strip_spans(text[inner:seg.end], [(a - inner, b - inner) for a, b in deletions
                                                     if a >= inner and b <= seg.end])).strip(" .,;:")
    head = _clean(_strip_spans(text[main.cstart:seg.cstart], [(a - main.cstart, b - main.cstart) for a, b in deletions
                                                              if a >= main.cstart and b <= seg.cstart])).strip(" ,")
    toks = body.split()
    if len(toks) < 3 or not head or toks[0].lower() in ("he", "she", "they", "it", "its", "his", "her", "their", "we",
                                                         "i", "this", "that", "these", "those"):
        return ""  # a pronoun subject reads better after its speaker: keep "X said that she would …"
    head = _resolve_pronoun_start(head, refs, text, main.cstart)
    if head.split(" ", 1)[0] in ("The", "A", "An") and head.split(" ", 1)[0] not in refs.forms:
        head = head[0].lower() + head[1:]
    return _clean(f"{body[0].upper()}{body[1:]}, {head}")


def _dated_complement(text: str, e: TimeExpr, exprs: list[TimeExpr], seg: _Seg) -> int:
    """Where the "that" complement holding ``e`` starts, when the speech verb before it has its own date
    ("told the county in March that its subsidy would end on Sept. 30"); -1 otherwise."""
    for x in exprs:
        if x is e or not (seg.cstart <= x.start and x.end <= e.start):
            continue
        w = text.find(" that ", x.end, e.start)
        if w < 0 or w - x.end > 40 or any(x.end <= y.start < w for y in exprs if y is not x):
            continue
        pre = [t.lower().strip(",") for t in _TOK.findall(text[max(seg.cstart, x.start - 60):x.start])]
        if any(t in _SPEECH or t in _TELL_VERBS for t in pre[-5:]):
            return w + 6
    return -1


def _object_it(body: str, main: str, refs: _Referents) -> str:
    """ "… reopened after storms closed it" → "Storms closed the port": an object "it" in a
    subordinate clause refers to the subject of the main clause when that is a thing."""
    m = _OBJ_IT.search(body)
    if not m:
        return body
    subj = _subject(main)
    words = subj.split()
    if not words or len(words) > 6 or words[0].lower() in _PRONOUN_SUBJ | {"this", "that", "there"}:
        return body
    if refs.is_person(subj) or words[-1].lower() in _HUMAN_NOUNS or words[-1].lower().endswith("s"):
        return body
    if words[0] in ("The", "A", "An"):
        subj = words[0].lower() + subj[len(words[0]):]
    return body[:m.start(1)] + subj + body[m.end(1):]


_OBJ_IT = re.compile(r"\s\w+(?:ed|t)\s(it)\b(?!['’])")
