"""Time expressions in news text, resolved at the precision the text supports.

``find_time_expressions(text)`` finds the expressions of one sentence (with the
preposition that introduces them: "in February 2012", "on Sunday", "since 2009") and
``resolve(expr, published, future=..., context_year=...)`` turns one into an ISO 8601
string: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

Precision rules (honest, never finer than the text):

- explicit dates: "17 June 2013", "June 17, 2013", "Nov. 19, 2019", "2013-06-17" → day;
  "February 2012" → month; "in 2012", "since 2009", "mid-2010", "the end of 2019" → year.
  A bare year needs a preposition or qualifier in front ("in", "since", "by", "early", …)
  so that quantities and "2020 will be about …" are not taken. Decades ("the 1990s"),
  ranges ("from 2010 to 2015") and numeric day/month forms ("19/11") are ambiguous and
  are not taken.
- relative to the publication date: weekdays (the most recent one, or the next one when
  the clause is about the future), "yesterday", "today", "last night", "tomorrow" → day;
  "last week", "this week", "over the weekend", "last month" → month; "earlier this year",
  "last year", "next year" → year; "three days ago" → day, "two weeks ago" → month.
- a month without a year ("in April") → that month of the publication year, moved a year
  back (past) or forward (future) when it would otherwise be on the wrong side.
- anaphoric: "in March that year", "that September", "later that year", "that summer", "the
  following year" → relative to the year last mentioned in the text (``context_year``); "the
  following day", "later that day", "earlier in the day", "two days later" → relative to the
  day-precise date just before (``context_day``); "a week later", "two months later", "the
  following month", "later that month" → that month (``context_day`` or ``context_month``).
- fixed-date holidays ("on Christmas Eve", "on Boxing Day 2004") like day-month dates;
  "last week" is the month of the middle of that week, "over the weekend" the month of the
  Saturday.
- not taken: decades, ranges ("between March 2022 and July 2023", "April 30-May 1"),
  numeric forms ("19/11"), a year that modifies a noun ("the 2019 election", "the floods of
  2012"), quantities ("in 2000 homes"), clock times ("at 1800 GMT"), reporting periods
  ("the six months ending June 30"), period comparisons ("a year earlier"), "every Monday",
  "Black Friday", "the Sunday Times", "by May" (Theresa May), day ranges ("Dec. 9-10"), a
  possessive inside the clause ("a gap in next year's budget"), "next Friday" said earlier in
  the same week (this week's or the next?).

Everything is linear-time: patterns are precompiled, bounded and free of nested
quantifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

__all__ = ["TimeExpr", "find_time_expressions", "resolve", "is_future", "is_past", "looks_forward", "MONTHS", "WEEKDAYS"]

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """One time expression found in a sentence (offsets into that sentence).

    ``kind`` is one of ``full`` (day, month, year), ``day_month`` (no year), ``month_year``,
    ``month`` (no year), ``year``, ``weekday``, ``relative`` and ``anaphoric``.
    ``absolute`` is True when the expression needs no publication date.
    ``keep`` is True for deadline-like expressions ("until the end of the 2022/23 season")
    whose words belong in the event description.
    """

    start: int
    end: int
    text: str
    kind: str
    year: int = 0
    month: int = 0
    day: int = 0
    weekday: int = -1
    rel: str = ""  # for relative/anaphoric: a normalised key such as "last week"
    offset: int = 0  # for relative: "three days ago" → 3; anaphoric: +1 / -1 / 0
    modifier: str = ""  # "last" / "next" / "this" for weekdays and months
    keep: bool = False

    @property
    def absolute(self) -> bool:
        return self.kind in ("full", "month_year", "year")


# ---------------------------------------------------------------------------
# patterns
# ---------------------------------------------------------------------------

_MONTH_FULL = r"January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_MONTH = rf"(?:(?:{_MONTH_FULL})\b|(?:{_MONTH_ABBR})\b\.?)"  # "27 Maya vessels" holds no date
_WEEKDAY = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_PREP = (r"(?i:(?:(?:just|only|back|as\s+early\s+as|as\s+recently\s+as|as\s+late\s+as)\s+)?"
         r"(?:in|on|at|since|by|until|till|through|throughout|during|from|into|before|after|around|as\s+of|of|for|"
         r"starting|beginning|ending|between|as\s+(?:soon|early|late|recently)\s+as))")
_QUAL = (r"(?i:(?:the\s+)?(?:very\s+)?(?:end|start|beginning|middle|close|turn|first\s+half|second\s+half|"
         r"(?:first|second|third|fourth|final|last)\s+quarter|spring|summer|autumn|fall|winter)\s+of\s+|"
         r"(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+|"
         r"(?:the\s+)?(?:morning|afternoon|evening|night|weekend|week|day|(?:early|small|late)\s+hours)\s+of\s+|"
         r"(?:early|late|mid)(?:-|\s+))")
# a year must not be part of a number, a decade, a range or a fraction
_YEAR_END = r"(?![\d.,]\d|\d|[A-Za-z]|['’]s\b|\s*%|\s*(?:-|–|—|/|to\s|and\s|or\s)\s*\d)"

# Core patterns start with a digit or a month/weekday/keyword (fast to reject); the words in
# front ("in", "since", "the end of", "Tuesday,") are read from a short window before the match.
_P_FULL_DMY = re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<mon>{_MONTH}),?\s+(?P<y>1[5-9]\d\d|20\d\d){_YEAR_END}")
_P_FULL_MDY = re.compile(rf"\b(?P<mon>{_MONTH})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b,?\s+(?P<y>1[5-9]\d\d|20\d\d){_YEAR_END}")
_P_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b")
_P_DM = re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<mon>{_MONTH})")
_P_MD = re.compile(rf"\b(?P<mon>{_MONTH})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.,]?\d|\s*%|:|\s*[-–]\s*\d)")
_P_MY = re.compile(rf"\b(?P<mon>{_MONTH}),?\s+(?:of\s+)?(?P<y>1[5-9]\d\d|20\d\d){_YEAR_END}")
_P_MONTH = re.compile(
    rf"\b(?P<mon>{_MONTH_FULL}|Sept\.?)\b(?!\s+\d)"
    r"(?:,?\s+(?:of\s+)?(?P<yr>that|last|this|next|the\s+same|the\s+following|the\s+previous)\s+year)?"
)
_P_YEAR = re.compile(rf"\b(?P<y>1[5-9]\d\d|20\d\d){_YEAR_END}")
_P_SEASON = re.compile(
    r"\b(?P<y1>\d{4})\s*[/–-]\s*(?P<y2>\d\d|\d{4})\s+"
    r"(?:season|campaign|academic\s+year|financial\s+year|fiscal\s+year|school\s+year)\b"
)
_P_WEEKDAY = re.compile(
    rf"\b(?P<wd>{_WEEKDAY})\b(?=(?P<poss>['’]s\b)?)(?!s\b)"
    r"(?:\s+(?P<part>morning|afternoon|evening|night|lunchtime|overnight))?"
    r"(?:,?\s+(?:of\s+)?(?P<wk>next|last|this)\s+week\b)?"
)
# windows before a core match
_B_LEAD = re.compile(rf"(?:\b(?P<prep>{_PREP})\s+)?(?P<qual>{_QUAL})?(?P<wd>(?:{_WEEKDAY}),?\s+)?(?P<the>the\s+)?$")
_B_MONTH = re.compile(
    rf"\b(?P<prep>{_PREP}|(?i:last|next|this|that|(?:earlier|later)\s+in))\s+(?P<qual>{_QUAL})?$")
_B_YEAR = re.compile(rf"(?:\b(?P<prep>{_PREP})\s+(?:(?i:at\s+least)\s+)?(?P<qual>{_QUAL})?(?:the\s+)?|(?P<qual2>{_QUAL})|\b(?P<the>(?i:the\s+year)\s+))$")
# The same without the qualifier that is tried at every position of the window (the slow part), for
# windows that cannot end in one (see _back_qual)
_B_YEAR_NO_QUAL = re.compile(_B_YEAR.pattern.replace(f"|(?P<qual2>{_QUAL})|", "|(?P<qual2>(?!))|"))
assert _B_YEAR_NO_QUAL.pattern != _B_YEAR.pattern
_B_SEASON = re.compile(
    rf"(?:\b(?P<prep>{_PREP})\s+)?(?i:the\s+)?(?i:end|close|conclusion)\s+of\s+(?i:the\s+)?$")
_B_WEEKDAY = re.compile(
    r"(?:\b(?P<prep>(?i:this\s+past|last|next|this|on|by|until|since|from|before|after|into|over|for|late|early|(?:late|early)\s+on|"
    r"as\s+of|"
    r"as\s+(?:soon|early|late|recently)\s+as))\s+)?"
    r"(?:(?P<part0>(?i:early|late))\s+)?$")
_B_REL = re.compile(
    r"(?:\b(?P<prep>(?i:in|on|at|since|by|until|till|during|from|for|into|of|as\s+of|before|after|over|"
    r"as\s+(?:soon|early|late|recently)\s+as))\s+)?"
    rf"(?P<qual>{_QUAL})?(?:(?i:just|only)\s+)?$")
_B_REL_NO_QUAL = re.compile(_B_REL.pattern.replace(f"(?P<qual>{_QUAL})?", "(?P<qual>(?!))?"))
assert _B_REL_NO_QUAL.pattern != _B_REL.pattern
# how a _QUAL phrase ends (before its trailing spaces): "... of", a season, "early" / "late" / "mid" (or with "-")
_QUAL_ENDS = ("of", "spring", "summer", "autumn", "fall", "winter", "early", "late", "mid", "early-", "late-", "mid-")
# cheap scans that tell which pattern families can match at all
# (the look-behind after the word is the "\b" before it: the engine can then skip to the first letters)
_GATE_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?<!\w...)")
_GATE_DIGIT4 = re.compile(r"\d\d\d\d")
_GATE_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_NUM = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_P_REL_SRC = (
    r"\b(?P<rel>(?:earlier|later)\s+(?:this|that)\s+(?:week|month|year)|"
    r"(?:earlier|later)\s+today|"
    r"(?:last|this|next)\s+(?:week|weekend|month|year|spring|summer|autumn|fall)|this\s+past\s+(?:week|weekend)|"
    r"the\s+end\s+of\s+(?:the|this)\s+year|the\s+(?:end|middle)\s+of\s+(?:the|this)\s+month|"
    r"the\s+(?:weekend|following\s+year|previous\s+year|same\s+year|year\s+before)|"
    r"the\s+(?:following|next|previous|same)\s+day|the\s+day\s+(?:after|before)(?:\s+yesterday)?|"
    r"the\s+following\s+(?:week|month)|"
    r"(?:later|earlier)\s+that\s+day|that\s+(?:same\s+)?day|(?:later|earlier)\s+in\s+the\s+day|"
    r"(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?(?:month|spring|summer|autumn|fall)|"
    r"yesterday(?:\s+(?:morning|afternoon|evening))?|today|tonight|tomorrow(?:\s+(?:morning|afternoon|evening|night))?|"
    r"last\s+night|this\s+(?:morning|afternoon|evening)|"
    rf"{_NUM}\s+(?:days?|weeks?|months?|years?)\s+(?:ago|later|earlier)|"
    r"(?:a|one)\s+year\s+(?:later|earlier|before)|"
    r"that\s+(?:same\s+)?year|(?<=in\s)the\s+(?:spring|summer|autumn|fall)"
    r"(?=\s*(?:[.,;:!?)\"”'’]|$)|\s+(?:and|but|or|when|as|after|before|with|at|in|on|for|because|while|if|amid|"
    r"to|by|until|than|despite|ahead|following|that|which|so)\b))\b"
    r"(?!\s+(?:old|long)\b)"
)
# on lower-cased text; every expression starts with one of these characters (a cheap test at each position)
_P_REL = re.compile(r"(?=[eltnyaofs\d])" + _P_REL_SRC)
_P_REL_I = re.compile(_P_REL_SRC, re.I)  # for text whose lower-casing changes its length
_REL_WORDS = ("week", "month", "year", "day", "night", "morning", "afternoon", "evening", "tomorrow", "spring", "summer",
              "autumn", "fall")


def _rel_gate(low: str) -> bool:
    """Whether lower-cased text has a word that every relative expression contains."""
    for w in _REL_WORDS:
        if w in low:
            return True
    return False

_FUTURE = re.compile(
    r"\b(?:will|shall|won['’]t|would|wo\s+n't|must|should|(?:has|have|need|needs)\s+to|(?:is|are|am|be|been|'s|'re)\s+(?:due|scheduled|set|expected|slated|planned|"
    r"poised|going|about|likely|to|forecast|predicted|projected|tipped|unlikely|certain)\s+|(?:plans?|plan(?:ning)?|intends?|aims?|hopes?|expects?|prepares?|preparing)\s+to\b|"
    r"upcoming|forthcoming|next)|['’]ll\b",
    re.I,
)
_PAST_IRREGULAR = (
    "was|were|had|did|said|told|got|won|made|took|gave|went|came|began|saw|met|held|left|lost|led|ran|sent|spent|"
    "wrote|became|broke|brought|bought|built|caught|chose|fell|felt|found|fought|grew|heard|hit|kept|knew|paid|"
    "quit|rose|sold|sought|spoke|stood|struck|threw|withdrew|drew|drove|flew|froze|hid|hung|meant|rode|rang|sang|"
    "sank|sat|slept|stole|stuck|swore|swept|taught|tore|thought|wore|won|shot|shut|split|beat|bid|bet|cut|dealt|"
    "fled|forbade|forgave|laid|lent|lit|overtook|sped|stung|sprang|swung|underwent|upheld|woke|ate|arose|awoke"
)
_NOT_PAST = ("need|speed|indeed|seed|feed|hundred|bed|red|shed|breed|greed|deed|creed|weed|embed|united|limited|"
             "related|based|advanced|interested|concerned|detailed|talented|skilled|aged|alleged|so-called|"
             "expected|scheduled|planned|proposed|supposed|dedicated|sacred|wicked|naked|beloved")
_PARTICIPLES = ("grown|done|gone|seen|taken|given|written|known|shown|risen|fallen|chosen|spoken|broken|driven|"
                "eaten|forgotten|hidden|ridden|stolen|sworn|thrown|worn|begun|drunk|run|sung|swum|won|lost|made|said|"
                "told|held|left|led|met|paid|sent|spent|built|bought|brought|caught|taught|thought|found|fought|kept|"
                "felt|meant|sold|stood|understood|become|come|cut|put|set|hit|let|quit|got|gotten|struck|withdrawn|"
                "drawn|flown|grown|sought|fled|shut|split|spread|beaten|bitten|blown|frozen|shaken|woken|overtaken")
_PAST = re.compile(rf"\b(?:{_PAST_IRREGULAR}|(?!(?:{_NOT_PAST})\b)[a-z]{{2,}}ed)\b|\b(?:has|have|hasn't|haven't)\s+(?:(?:not|never|already|also|just|long|recently|since)\s+)?"
                   rf"(?:been|\w+ed|{_PARTICIPLES})\b", re.I)


def is_future(clause: str) -> bool:
    """Whether a clause talks about something scheduled or expected (will, is due to, plans to, …)."""
    return bool(_FUTURE.search(clause))


def is_past(clause: str) -> bool:
    """Whether a clause has a past-tense (or perfect) verb form."""
    return bool(_PAST.search(clause))


def looks_forward(clause: str) -> bool:
    """Whether dates in ``clause`` should resolve forward: future wording, or present tense with no
    past-tense verb ("the tour starts on 2 December", "the team plays on Saturday")."""
    return is_future(clause) or not is_past(clause)


# ---------------------------------------------------------------------------
# finding
# ---------------------------------------------------------------------------

def _month(tok: str) -> int:
    return MONTHS.get(tok.lower().rstrip("."), 0)


def _valid_day(y: int, m: int, d: int) -> bool:
    try:
        date(y or 2000, m, d)
    except ValueError:
        return False
    return True


def _keep_prep(prep: str | None) -> bool:
    return bool(prep) and prep.split()[-1].lower() in ("by", "until", "till", "through", "throughout", "ending")


def _back(rx: re.Pattern[str], text: str, pos: int, width: int = 60) -> re.Match[str] | None:
    """Match ``rx`` (anchored with ``$``) against the window that ends at ``pos``."""
    lo = max(0, pos - width)
    return rx.search(text, lo, pos)


def _back_qual(rx: re.Pattern[str], rx_no_qual: re.Pattern[str], text: str, pos: int,
               width: int) -> re.Match[str] | None:
    """``_back(rx, …)``, with ``rx_no_qual`` (``rx`` less its unanchored _QUAL part) when the window cannot end
    in a qualifier (optionally followed by "just" / "only"): the same match, found several times faster."""
    lo = max(0, pos - width)
    window = text[lo:pos]
    if window.isascii():
        t = window.rstrip().lower()
        if not (t.endswith(_QUAL_ENDS) or t.endswith(("just", "only")) and t[:-4].rstrip().endswith(_QUAL_ENDS)):
            rx = rx_no_qual
    return rx.search(text, lo, pos)


def _lead(text: str, pos: int) -> tuple[int, str, str]:
    """Start, preposition and qualifier of the words right before a date at ``pos``."""
    m = _back(_B_LEAD, text, pos)
    if not m or m.start() == m.end():
        return pos, "", ""
    return m.start(), (m.group("prep") or ""), (m.group("qual") or "")


_ADJOURNED_TO = re.compile(r"\b(?:adjourned|postponed|deferred|delayed|put\s+off|pushed\s+back|rescheduled|"
                           r"moved|remanded)\b[^.;]{0,50}?\s(to\s+)$", re.I)


def find_time_expressions(text: str) -> list[TimeExpr]:
    """The time expressions of one sentence, left to right, non-overlapping (longest wins)."""
    if len(text) > 20000:
        text = text[:20000]
    cands: list[TimeExpr] = []
    add = cands.append
    has_month = _GATE_MONTH.search(text) is not None
    has_year = _GATE_DIGIT4.search(text) is not None

    def expr(start: int, end: int, kind: str, **kw: object) -> None:
        add(TimeExpr(start, end, text[start:end], kind, **kw))  # type: ignore[arg-type]

    if has_month and has_year:
        for rx in (_P_FULL_DMY, _P_FULL_MDY):
            for m in rx.finditer(text):
                d, mon, y = int(m.group("d")), _month(m.group("mon")), int(m.group("y"))
                if mon and _valid_day(y, mon, d):
                    st, prep, qual = _lead(text, m.start())
                    if prep.lower() == "of" and not qual:
                        continue  # "the attacks of 11 September 2001"
                    expr(st, m.end(), "full", year=y, month=mon, day=d, keep=_keep_prep(prep))
        for m in _P_MY.finditer(text):
            mon, y = _month(m.group("mon")), int(m.group("y"))
            if mon:
                st, prep, qual = _lead(text, m.start())
                if prep.lower() == "of" and not qual or _DAY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                    continue  # "the elections of May 2015"; "of 11 September 2001" was left out on purpose
                expr(st, m.end(), "month_year", year=y, month=mon, keep=_keep_prep(prep))
    if has_year:
        for m in _P_ISO.finditer(text):
            y, mon, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if 1 <= mon <= 12 and _valid_day(y, mon, d):
                st, prep, _ = _lead(text, m.start())
                expr(st, m.end(), "full", year=y, month=mon, day=d, keep=_keep_prep(prep))
        for m in _P_YEAR.finditer(text):
            b = _back_qual(_B_YEAR, _B_YEAR_NO_QUAL, text, m.start(), 60)
            if not b or b.start() == b.end():
                continue
            prep = (b.group("prep") or "").lower()
            if prep.endswith("between") or (prep == "of" and not b.group("qual")):
                continue  # "the floods of 2012": the year dates a noun, not the clause
            nxt = _NEXT_WORD.match(text, m.end())
            if _ANY_NEXT_WORD.match(text, m.end()) and text[b.start():m.start()].rstrip().lower().endswith("the"):
                continue  # "at the 2019 general election": the year modifies a noun
            if _ANY_NEXT_WORD.match(text, m.end()) and re.search(r"\b(?:an?|the|its|their|his|her)\s+$",
                                                                text[max(0, b.start() - 8):b.start()]):
                continue  # "plans a spring 2026 theatrical release": the season and year modify a noun
            if nxt and (nxt.group(1) in _COUNTED or nxt.group(1).endswith("s") and len(nxt.group(1)) > 3
                        and nxt.group(1) not in _NOT_COUNTED and not _OBJECT_NEXT.match(text, nxt.end())):
                continue  # "in 2000 homes": a quantity (but "founded in 1998 employs 4,000 people": a verb)
            if _CLOCK_AFTER.match(text, m.end()):
                continue  # "at 1830 GMT": a time of day
            if prep in ("at", "from", "to", "near") and _ADDRESS_AFTER.match(text, m.end()):
                continue  # "the boiler at 1840 Grand Concourse": a street number
            expr(b.start(), m.end(), "year", year=int(m.group("y")), keep=_keep_prep(prep))
        for m in _P_SEASON.finditer(text):
            b = _back(_B_SEASON, text, m.start())
            if not b:
                continue
            y1, y2s = int(m.group("y1")), m.group("y2")
            y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
            if y2 < y1:
                y2 += 100
            if y2 - y1 == 1:
                expr(b.start(), m.end(), "year", year=y2, keep=True)
    if has_month:
        for rx in (_P_DM, _P_MD):
            for m in rx.finditer(text):
                d, mon = int(m.group("d")), _month(m.group("mon"))
                if not (mon and 1 <= d <= 31 and _valid_day(2000, mon, d)):
                    continue
                if rx is _P_DM and _DAY_RANGE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                    continue  # "9-10 December": a range
                st, prep, qual = _lead(text, m.start())
                if (qual and not _DAYPART_QUAL.search(qual)) or prep.lower() == "of" \
                        or _PERIOD_END.search(text, max(0, m.start() - 30), m.start()) or _YEAR_NEXT.match(text, m.end()):
                    continue
                expr(st, m.end(), "day_month", month=mon, day=d, keep=_keep_prep(prep))
        for m in _P_MONTH.finditer(text):
            mon = _month(m.group("mon"))
            b = _back(_B_MONTH, text, m.start())
            if not mon or not b:
                continue
            prep = " ".join((b.group("prep") or "").lower().split())
            yr = " ".join((m.group("yr") or "").lower().split())
            if prep.endswith("between"):
                continue
            if prep == "that" and not yr:
                if mon != 5 and not _CAP_AFTER.match(text, m.end()):  # "that September" (not "a law that May …")
                    expr(b.start(), m.end(), "anaphoric", month=mon, rel="that year")
                continue
            if mon == 5 and prep in ("by", "for", "of", "after", "before", "from", "as of", "at") and not yr:
                continue  # "criticised by May", "a win for May": more likely Theresa May than the month
            st, en = b.start(), m.end()
            if yr in ("that", "the same"):
                expr(st, en, "anaphoric", month=mon, rel="that year")
            elif yr == "the following":
                expr(st, en, "anaphoric", month=mon, rel="that year", offset=1)
            elif yr == "the previous":
                expr(st, en, "anaphoric", month=mon, rel="that year", offset=-1)
            elif yr:
                expr(st, en, "month", month=mon, modifier=yr + " year")
            else:
                mod = prep if prep in ("last", "next", "this") else ""
                expr(st, en, "month", month=mon, modifier=mod, keep=_keep_prep(prep))
    if "Day" in text or "Eve" in text or "Halloween" in text or "Fourth" in text:
        for m in _P_HOLIDAY.finditer(text):
            b = _back(_B_HOLIDAY, text, m.start(), 20)
            if not b:
                continue
            mon, d = _HOLIDAYS[" ".join(m.group("h").replace("’", "'").split())]
            y = m.group("y")
            if y:
                expr(b.start(), m.end(), "full", year=int(y), month=mon, day=d)
            else:
                prep = (b.group("prep") or "").lower()
                expr(b.start(), m.end(), "day_month", month=mon, day=d,
                     modifier=prep if prep in ("last", "next", "this") else "")
    if _GATE_WEEKDAY.search(text) is not None:
        for m in _P_WEEKDAY.finditer(text):
            b = _back(_B_WEEKDAY, text, m.start(), 30)
            prep = (b.group("prep") or "").lower() if b else ""
            if _PERIOD_END.search(text, max(0, m.start() - 30), m.start()):
                continue  # "in the 24 hours to Monday morning": the end of a period
            part0 = (b.group("part0") or "").lower() if b else ""
            if m.group("poss") and prep not in ("last", "next", "this"):
                continue  # "Thursday's vote": only "last Thursday's match" is unambiguous enough
            if not prep and not part0:
                # "Black Friday", "Super Tuesday", "Good Friday": a capitalised word right in front;
                # "the Sunday Times", "Monday Night Football": one right after
                w = _CAP_BEFORE.search(text, max(0, m.start() - 30), m.start())
                if w and (w.group(1)[0].isupper() or w.group(1) in ("every", "each", "a", "any", "one", "that",
                                                                     "the", "same", "another", "following")):
                    continue  # "every Monday", "on a Friday", "that Sunday": not a datable day
                if w and w.group(1).islower() and _ART_ADJ_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                    continue  # "a shorter Friday", "every other Monday": a kind of day, not a date
                if not m.group("part") and _CAP_AFTER.match(text, m.end()):
                    continue
            st = b.start() if b and b.start() != b.end() else m.start()
            part = " ".join(p for p in (part0, m.group("part") or "") if p)
            mod = prep if prep in ("last", "next", "this") else ""
            if " ".join(prep.split()) == "this past":
                mod = "last"  # "this past Sunday": the most recent one
            if m.group("wk"):
                if mod:
                    continue  # "next Thursday next week": garbled
                mod = m.group("wk").lower() + " week"  # "on Thursday next week": that week's Thursday
            expr(st, m.end(), "weekday", weekday=WEEKDAYS[m.group("wd").lower()], modifier=mod, rel=part,
                 keep=_keep_prep(prep))
    low = text.lower()
    if _rel_gate(low):
        rel_iter = _P_REL.finditer(low) if len(low) == len(text) else _P_REL_I.finditer(text)
        for m in rel_iter:
            rel = " ".join(m.group("rel").lower().split())
            b = _back_qual(_B_REL, _B_REL_NO_QUAL, text, m.start(), 30)
            if rel.startswith("this past "):  # "this past weekend": the one just gone
                st0 = b.start() if b and b.start() != b.end() else m.start()
                expr(st0, m.end(), "relative", rel="last week" if rel.endswith("week") else "the weekend")
                continue
            if rel in ("today", "tonight") and text[m.start()].isupper() \
                    and text[:m.start()].rstrip()[-1:] not in ("", ".", ":", ";", "!", "?", "—", "–", "\"", "“", "(", "‘", "'"):
                continue  # "told the BBC's Today programme", "USA Today": a title, not a date
            prep = (b.group("prep") or "").lower() if b else ""
            st = b.start() if b and b.start() != b.end() else m.start()
            en = m.end()
            if text[en:en + 2] in ("'s", "’s") and not rel.endswith(("ago", "later", "earlier")) \
                    and text[:st].strip(" \"“‘'("):
                continue  # "a gap in next year's budget": the date modifies a noun inside the clause
            if rel.startswith("the following ") and rel.endswith(("week", "month")):
                if prep in ("", "in", "during", "by", "until"):
                    expr(st, en, "anaphoric_day", rel=rel.split()[-1] + "s later", offset=1, keep=_keep_prep(prep))
                continue
            if rel.startswith("the end of") and prep not in ("by", "before", "until", "till") \
                    and not (rel.endswith("month") and prep in ("at", "by", "before", "until", "till")):
                continue  # only a deadline: "will … by the end of the year"; "at the end of the month": that month
            if rel.startswith("the middle of") and prep not in ("in", "by", "until", "till"):
                continue
            if rel.split()[-1] in _SEASON_START and b and b.group("qual"):
                continue  # "prices fall this summer": a verb, not a qualifier
            if rel in ("that year", "that same year", "the same year"):
                if prep not in ("in", "during", "of", "since", "by", "until", "for") and rel != "the same year" \
                        and not _DM_BEFORE.search(text, max(0, st - 20), st):
                    continue  # (but "on May 3 that year" is one date)
                expr(st, en, "anaphoric", rel="that year", keep=_keep_prep(prep))
                continue
            if rel in ("the following year", "a year later", "one year later"):
                if not _COMPARE.search(text):
                    expr(st, en, "anaphoric", rel="that year", offset=1)
                continue
            if rel in ("the previous year", "the year before", "a year earlier", "one year earlier",
                       "a year before", "one year before"):
                # "a profit of $12m a year earlier" compares periods; only "the previous year" narrates
                if rel == "the previous year" and not _COMPARE.search(text):
                    expr(st, en, "anaphoric", rel="that year", offset=-1)
                continue
            if rel.endswith("day") and ("that" in rel or rel.startswith("the ")) or rel == "the day before yesterday":
                if rel == "the day before yesterday":
                    expr(st, en, "relative", rel="days ago", offset=2)
                    continue
                if rel.startswith("that") and prep not in ("on", "by", "until", "since", "from"):
                    continue
                off = 1 if rel in ("the following day", "the next day", "the day after") else \
                    -1 if rel in ("the previous day", "the day before") else 0
                expr(st, en, "anaphoric_day", rel=rel, offset=off)
                continue
            if rel.split()[-1] in ("month", "spring", "summer", "autumn", "fall") and "that" in rel.split():
                bare = rel.split()[0] == "that"
                if bare and prep not in ("in", "during", "by", "until", "since", "of") and not (
                        not text[:st].strip(" \"“") and text[en:en + 1] == ","):
                    continue  # "that summer's drought", "he said that summer was over"
                if rel.endswith("month"):
                    expr(st, en, "anaphoric_day", rel="that month", offset=0)
                else:
                    expr(st, en, "anaphoric", rel="that year")
                continue
            if rel in ("earlier in the day", "later in the day"):
                expr(st, en, "anaphoric_day", rel=rel, offset=0)
                continue
            if rel.startswith(("later that", "earlier that")):
                if rel.endswith("year"):
                    expr(st, en, "anaphoric", rel="that year")
                continue
            if rel == "the weekend" and prep not in ("over", "during", "on") and \
                    not text[max(0, m.start() - 4):m.start()].lower().endswith("at "):
                continue
            if rel == "the weekend" and not prep:
                st = m.start() - 3
            mm = _AGO.match(rel)
            if mm:
                if mm.group(3) != "ago":
                    if mm.group(2) == "year" and mm.group(3) == "later" and not _COMPARE.search(text):
                        n = int(mm.group(1)) if mm.group(1).isdigit() else _NUMBERS.get(mm.group(1), 0)
                        if 1 < n <= 50:  # "four years later": the year last mentioned, plus four
                            expr(st, en, "anaphoric", rel="that year", offset=n)
                        continue
                    if mm.group(2) in ("day", "week", "month") and not (mm.group(3) == "earlier" and _COMPARE.search(text)):
                        n = int(mm.group(1)) if mm.group(1).isdigit() else _NUMBERS.get(mm.group(1), 0)
                        if 0 < n <= {"day": 14, "week": 6, "month": 11}[mm.group(2)]:
                            # "two days later" → that day; "a week later", "three months later" → that month;
                            # "two days earlier" → counted back
                            expr(st, en, "anaphoric_day", rel=mm.group(2) + "s later",
                                 offset=n if mm.group(3) == "later" else -n)
                    continue
                n = int(mm.group(1)) if mm.group(1).isdigit() else _NUMBERS.get(mm.group(1), 0)
                expr(st, en, "relative", rel=mm.group(2) + "s ago", offset=n)
                continue
            expr(st, en, "relative", rel=rel, keep=_keep_prep(prep))

    # longest first, then leftmost; drop overlaps
    cands.sort(key=lambda t: (-(t.end - t.start), t.start))
    taken: list[TimeExpr] = []
    for t in cands:
        if any(t.start < o.end and o.start < t.end for o in taken):
            continue
        taken.append(t)
    taken.sort(key=lambda t: t.start)
    # "January 15th next year", "on 3 March last year": one date, its year given by the relative after it
    for i in range(len(taken) - 1):
        a, b = taken[i], taken[i + 1]
        if a.kind == "day_month" and not a.modifier and b.kind == "relative" \
                and b.rel in ("next year", "last year", "this year") and not text[a.end:b.start].strip(" ,"):
            taken[i] = TimeExpr(a.start, b.end, text[a.start:b.end], "day_month", month=a.month, day=a.day,
                                modifier=b.rel, keep=a.keep)
            taken[i + 1] = TimeExpr(b.end, b.end, "", "merged")
        elif a.kind == "day_month" and not a.modifier and b.kind == "anaphoric" and b.rel == "that year" \
                and not b.month and not text[a.end:b.start].strip(" ,"):
            # "on May 3 that year", "on 9 June the following year": the day in the year last mentioned
            taken[i] = TimeExpr(a.start, b.end, text[a.start:b.end], "anaphoric", month=a.month, day=a.day,
                                rel="that year", offset=b.offset, keep=a.keep)
            taken[i + 1] = TimeExpr(b.end, b.end, "", "merged")
    taken = [t for t in taken if t.kind != "merged"]
    # "adjourned the case to March 3": the day the case returns, and the words stay with the event
    if " to " in text:
        for i, t in enumerate(taken):
            am = _ADJOURNED_TO.search(text, max(0, t.start - 70), t.start)
            if am and not t.text.lower().startswith(("to ", "until ", "till ")):
                st = am.end() - len(am.group(1))
                taken[i] = TimeExpr(st, t.end, text[st:t.end], t.kind, year=t.year, month=t.month, day=t.day,
                                    weekday=t.weekday, rel=t.rel, offset=t.offset, modifier=t.modifier, keep=True)
    # ranges ("between March 2022 and July 2023", "April 30-May 1", "from Monday to Friday") are
    # periods, not dates of one event
    drop: set[int] = set()
    for i in range(len(taken) - 1):
        a, b = taken[i], taken[i + 1]
        conn = _RANGE_CONN.fullmatch(text, a.end, b.start)
        if conn and (conn.group(1) in ("-", "–", "—", "to", "until", "till", "through")
                     or a.text[:7].lower() in ("between", "from ") or a.text[:5].lower() == "from "):
            drop.update((i, i + 1))
    # alternatives ("on Thursday or Friday", "in March or April"): neither date is certain
    for i, t in enumerate(taken):
        if _OR_ALT_AFTER.match(text, t.end) or _OR_ALT_BEFORE.search(text, max(0, t.start - 40), t.start):
            drop.add(i)
    return [t for i, t in enumerate(taken) if i not in drop and not t.text.lower().startswith("between")]


_COMPARE = re.compile(r"\b(?:compared|comparison|versus|than|from a|up from|down from|same period)\b", re.I)
_PERIOD_END = re.compile(r"\b(?:(?:quarter|year|months?|weeks?|period|days|hours|half|season|term|session|fortnight|"
                         r"\d+)\s+(?:ending|ended|that\s+ended|which\s+ended)|ending|months\s+to|weeks\s+to|year\s+to|"
                         r"quarter\s+to|period\s+to|hours\s+to|days\s+to|week\s+to)\s+$", re.I)
_HOLIDAYS = {"Christmas Day": (12, 25), "Christmas Eve": (12, 24), "Boxing Day": (12, 26),
             "New Year's Day": (1, 1), "New Year's Eve": (12, 31), "Valentine's Day": (2, 14),
             "Halloween": (10, 31), "St Patrick's Day": (3, 17), "St. Patrick's Day": (3, 17),
             "Fourth of July": (7, 4), "July Fourth": (7, 4)}
_P_HOLIDAY = re.compile(
    r"\b(?P<h>Christmas\s+(?:Day|Eve)|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|Valentine['’]s\s+Day|Halloween|"
    r"St\.?\s+Patrick['’]s\s+Day|Fourth\s+of\s+July|July\s+Fourth)\b(?:,?\s+(?P<y>1[5-9]\d\d|20\d\d)\b)?")
_B_HOLIDAY = re.compile(r"\b(?P<prep>(?i:on|last|this|next|since|until|by|before|after))\s+(?:the\s+)?$")
_CAP_BEFORE = re.compile(r"([A-Za-z]+) $")
_CAP_AFTER = re.compile(r" [A-Z][a-z]")
_DAYPART_QUAL = re.compile(r"morning|afternoon|evening|night|day|week|hours", re.I)
_DAY_RANGE_BEFORE = re.compile(r"\d\s*[-–]\s*$")
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$")
_DM_BEFORE = re.compile(rf"(?:\b(?:{_MONTH})\s+[0-3]?\d(?:st|nd|rd|th)?|\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:{_MONTH}))\s+$")
_ART_ADJ_BEFORE = re.compile(r"\b(?:[Aa]n?|[Ee]very|[Ee]ach|[Aa]ny|[Oo]ne)\s+(?:[a-z]+er|other|typical|normal|usual|quiet|"
                             r"busy|rainy|sunny|wet|cold|hot|long|short|working|free|half|full|single|recent|"
                             r"fateful|chaotic|shortened|extra|four-day|half-day)\s+$")
_YEAR_NEXT = re.compile(r",?\s+\d{4}\b")
_ADDRESS_AFTER = re.compile(r" [A-Z][a-z]+(?: [A-Z][a-z]+)?(?: (?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|"
                            r"Drive|Way|Place|Concourse|Parkway|Court|Terrace|Highway))?\b")
_CLOCK_AFTER = re.compile(r"\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|CT|PT|local|hours|hrs|h)\b")
_ANY_NEXT_WORD = re.compile(r" [A-Za-z]")
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
_COUNTED = {"people", "children", "men", "women", "staff", "police", "troops", "cattle", "sheep", "fish", "feet",
            "metres", "meters", "miles", "km", "kg", "tonnes", "tons", "euros", "dollars", "pounds", "yen", "yuan"}
_NOT_COUNTED = {"was", "has", "this", "its", "his", "hers", "ours", "theirs", "always", "afterwards", "alongside",
                "remains", "sales", "results", "elections", "games", "olympics", "talks", "finals", "series"}
_OBJECT_NEXT = re.compile(r" (?:\d|the |a |an |its |their |his |her |about |more |some |nearly |around )")
_ALT_DATE = (rf"(?:{_MONTH_FULL}|{_MONTH_ABBR}|{_WEEKDAY}|\d{{1,4}}(?:st|nd|rd|th)?|next\s+(?:week|month|year)|"
             r"(?:this|next)\s+(?:week|month|year))")
_OR_ALT_AFTER = re.compile(rf",?\s+or\s+(?:(?:on|in|at|by|early|late|mid)\s+){{0,2}}(?:the\s+)?{_ALT_DATE}\b")
_OR_ALT_BEFORE = re.compile(rf"\b{_ALT_DATE}\.?,?\s+or\s+(?:(?:on|in|at|by|early|late|mid)\s+){{0,2}}(?:the\s+)?$")
_RANGE_CONN = re.compile(r"\s*(-|–|—|to|and|or|until|till|through)\s*", re.I)
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}
_AGO = re.compile(rf"({_NUM})\s+(day|week|month|year)s?\s+(ago|later|earlier)")


# ---------------------------------------------------------------------------
# resolving
# ---------------------------------------------------------------------------

def _add_months(y: int, m: int, delta: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + delta
    return k // 12, k % 12 + 1


def _ym(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def resolve(expr: TimeExpr, published: date | None, *, future: bool = False,
            context_year: int | None = None, context_day: date | None = None,
            context_month: tuple[int, int] | None = None) -> str | None:
    """ISO 8601 date of ``expr`` at the precision the text supports, or None when it cannot be resolved.

    ``future``: the clause is about something scheduled (weekdays and months then resolve forward).
    ``context_year``: the year last mentioned in the text, for "in March that year".
    ``context_day``: the day-precise date last mentioned (a sentence or two before), for
    "the following day", "later that day", "two days later", "a week later".
    ``context_month``: (year, month) last mentioned at month precision or finer, for "two months
    later" when no day is known.
    """
    if isinstance(published, datetime):
        published = published.date()
    if isinstance(context_day, datetime):
        context_day = context_day.date()
    try:
        if expr.kind == "anaphoric_day":
            if context_day is None and expr.rel in ("months later", "that month") and context_month:
                y, m = _add_months(context_month[0], context_month[1], expr.offset)
                return f"{y:04d}-{m:02d}"
            if context_day is None:
                return None
            if expr.rel == "weeks later":
                return _ym(context_day + timedelta(days=7 * expr.offset))
            if expr.rel == "that month":
                return _ym(context_day)
            if expr.rel == "months later":
                y, m = _add_months(context_day.year, context_day.month, expr.offset)
                return f"{y:04d}-{m:02d}"
            return (context_day + timedelta(days=expr.offset)).isoformat()
        iso = _resolve(expr, published, future, context_year)
    except (OverflowError, ValueError):
        return None
    if iso is None or not iso[:4].isdigit() or not 1000 <= int(iso[:4]) <= 2999:
        return None
    return iso


def _resolve(expr: TimeExpr, published: date | None, future: bool, context_year: int | None) -> str | None:
    k = expr.kind
    if k == "full":
        return f"{expr.year:04d}-{expr.month:02d}-{expr.day:02d}"
    if k == "month_year":
        return f"{expr.year:04d}-{expr.month:02d}"
    if k == "year":
        return f"{expr.year:04d}"
    if k == "anaphoric":
        if context_year is None:
            return None
        y = context_year + expr.offset
        if not 1000 <= y <= 2999:
            return None
        if expr.month and expr.day:
            return f"{y:04d}-{expr.month:02d}-{expr.day:02d}" if _valid_day(y, expr.month, expr.day) else None
        return f"{y:04d}-{expr.month:02d}" if expr.month else f"{y:04d}"
    if published is None:
        return None
    p = published
    if k == "day_month":
        y = p.year
        if expr.modifier.endswith(" year"):
            y += {"last year": -1, "next year": 1}.get(expr.modifier, 0)
            return f"{y:04d}-{expr.month:02d}-{expr.day:02d}" if _valid_day(y, expr.month, expr.day) else None
        if expr.modifier in ("last", "next"):
            cand = date(y, expr.month, expr.day)
            if expr.modifier == "last":
                y = y if cand < p else y - 1
            else:
                y = y if cand > p else y + 1
            return f"{y:04d}-{expr.month:02d}-{expr.day:02d}"
        try:
            cand = date(y, expr.month, expr.day)
        except ValueError:
            return None
        if future and cand < p - timedelta(days=1):
            y += 1
        elif not future and cand > p + timedelta(days=1):
            y -= 1
        if not _valid_day(y, expr.month, expr.day):
            return None
        if not future and (p - date(y, expr.month, expr.day)).days > 300 and any(c.isdigit() for c in expr.text):
            return None  # "on November 18" a fortnight before 18 November: last year's? More likely a slip of tense
        return f"{y:04d}-{expr.month:02d}-{expr.day:02d}"
    if k == "month":
        y = p.year
        mod = expr.modifier
        if mod.endswith(" year"):
            y = p.year + {"last year": -1, "next year": 1}.get(mod, 0)
        elif mod == "last":
            y = p.year if expr.month < p.month else p.year - 1
        elif mod == "next":
            y = p.year if expr.month > p.month else p.year + 1
        elif mod == "this":
            y = p.year
        elif future and expr.month < p.month:
            y += 1
        elif not future and expr.month > p.month:
            y -= 1
        return f"{y:04d}-{expr.month:02d}"
    if k == "weekday":
        wd = expr.weekday
        if expr.modifier.endswith(" week"):  # "Thursday next week", "Monday last week", "Friday this week"
            monday = p - timedelta(days=p.weekday())
            monday += timedelta(days=7 * {"next week": 1, "last week": -1}.get(expr.modifier, 0))
            return (monday + timedelta(days=wd)).isoformat()
        if expr.modifier == "last":
            delta = (p.weekday() - wd) % 7 or 7
            return (p - timedelta(days=delta)).isoformat()
        if expr.modifier == "next":
            if wd > p.weekday():
                return None  # "next Thursday" said on a Monday: this week's or the following week's?
            delta = (wd - p.weekday()) % 7 or 7
            return (p + timedelta(days=delta)).isoformat()
        if future:
            return (p + timedelta(days=(wd - p.weekday()) % 7)).isoformat()
        return (p - timedelta(days=(p.weekday() - wd) % 7)).isoformat()
    if k == "relative":
        r = expr.rel
        if r.startswith("yesterday") or r == "last night":
            return (p - timedelta(days=1)).isoformat()
        if r in ("today", "tonight", "earlier today", "later today") or r.startswith("this ") and r.split()[1] in (
                "morning", "afternoon", "evening"):
            return p.isoformat()
        if r.startswith("tomorrow"):
            return (p + timedelta(days=1)).isoformat()
        if r == "last week":
            return _ym(p - timedelta(days=p.weekday() + 4))
        if r in ("this week", "earlier this week", "later this week"):
            return _ym(p)
        if r == "next week":
            return _ym(p + timedelta(days=7 - p.weekday() + 3))
        if r in ("last weekend", "the weekend", "this weekend", "next weekend"):
            if r == "next weekend" or (future and r != "last weekend"):
                sat = p + timedelta(days=(5 - p.weekday()) % 7)
                if r == "next weekend" and sat - p < timedelta(days=2):
                    sat += timedelta(days=7)
            else:
                back = (p.weekday() - 5) % 7
                sat = p - timedelta(days=back)
                if r == "last weekend" and back < 2:
                    sat -= timedelta(days=7)
            return _ym(sat)
        if r == "last month":
            y, m = _add_months(p.year, p.month, -1)
            return f"{y:04d}-{m:02d}"
        if r in ("this month", "earlier this month", "later this month", "the end of the month",
                 "the end of this month", "the middle of the month", "the middle of this month"):
            return _ym(p)
        if r == "next month":
            y, m = _add_months(p.year, p.month, 1)
            return f"{y:04d}-{m:02d}"
        if r == "last year":
            return f"{p.year - 1:04d}"
        sm = _SEASON_START.get(r.split()[-1]) if r.split()[0] in ("last", "next", "this", "the") else None
        if sm and r.startswith("the "):  # "in the summer": the coming one for a plan, else the last one begun
            if future:
                return f"{p.year if p.month <= sm + 2 else p.year + 1:04d}"
            if context_year is not None and context_year != p.year:
                return None  # "In 2019 … in the summer": that year's summer? Not safe to tell
            return f"{p.year if p.month >= sm else p.year - 1:04d}"
        if sm:
            if r.startswith("last"):  # the last one that is over
                return f"{p.year if p.month > sm + 2 else p.year - 1:04d}"
            if r.startswith("next"):
                return f"{p.year if p.month < sm else p.year + 1:04d}"
            return f"{p.year:04d}"
        if r in ("the end of the year", "the end of this year"):
            return f"{p.year:04d}" if future else None  # "will … by the end of the year"
        if r in ("this year", "earlier this year", "later this year"):
            return f"{p.year:04d}"
        if r == "next year":
            return f"{p.year + 1:04d}"
        n = expr.offset
        if r == "days ago" and 0 < n <= 31:
            return (p - timedelta(days=n)).isoformat()
        if r == "weeks ago" and 0 < n <= 12:
            return _ym(p - timedelta(days=7 * n))
        if r == "months ago" and 0 < n <= 24:
            y, m = _add_months(p.year, p.month, -n)
            return f"{y:04d}-{m:02d}"
        if r == "years ago" and 0 < n <= 100:
            return f"{p.year - n:04d}"
        return None
    return None
