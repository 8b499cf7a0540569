"""Article text cleaning and sentence splitting.

``clean_article`` turns pasted plain text, Markdown or an HTML page into a
:class:`CleanArticle`: the title, the publication date when the text gives one, and
the body with page chrome (dateline bullets, "From the section", media captions
prefixes, image credits, share links, bylines) removed. Paragraphs in ``body`` are
separated by one blank line. ``split_sentences`` cuts the body into
:class:`Sentence` objects with character offsets into ``body``.

Everything here is linear-time: regular expressions are anchored or bounded so that
hostile input (e.g. 100,000 quotation marks) cannot cause catastrophic backtracking.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from html.parser import HTMLParser

__all__ = ["CleanArticle", "Sentence", "clean_article", "split_sentences", "parse_date_text", "MONTHS"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the cleaned body."""

    text: str
    start: int  # char offset in CleanArticle.body
    paragraph: int  # index of the paragraph in body


@dataclass(frozen=True, slots=True)
class CleanArticle:
    """An article with page chrome removed."""

    title: str
    published: date | None
    body: str


MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_WEEKDAY_RE = r"(?:(?:Mon|Tues|Tue|Wednes|Wed|Thurs|Thu|Fri|Satur|Sat|Sun)(?:day)?,?\s+)?"
_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\s+(\d{{4}})\b", re.I)
_MDY = re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})")


def _first_date(text: str) -> tuple[date, tuple[int, int]] | None:
    """The first full calendar date in ``text`` with its span."""
    best: tuple[date, tuple[int, int]] | None = None
    for rx, order in ((_DMY, "dmy"), (_MDY, "mdy"), (_ISO, "iso")):
        m = rx.search(text)
        if not m:
            continue
        try:
            if order == "dmy":
                d = date(int(m.group(3)), MONTHS[m.group(2).lower().rstrip(".")], int(m.group(1)))
            elif order == "mdy":
                d = date(int(m.group(3)), MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2)))
            else:
                d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except (ValueError, KeyError):
            continue
        if best is None or m.start() < best[1][0]:
            best = (d, m.span())
    return best


def parse_date_text(text: str) -> date | None:
    """The first full calendar date in ``text`` ("17 June 2013", "June 17, 2013", "2013-06-17")."""
    found = _first_date(text)
    return found[0] if found else None


# ---------------------------------------------------------------------------
# chrome lines
# ---------------------------------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[•·▪●◦‣*+]|-(?=\s))\s*")
# a line that is only a date (optionally "Published", "Updated", a weekday, a time)
_DATE_LINE = re.compile(
    rf"^(?:(?:first\s+)?published(?:\s+on)?:?\s*|posted(?:\s+on)?:?\s*|updated:?\s*|last\s+updated:?\s*|date:?\s*)?"
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?,?\s+)?"
    rf"{_WEEKDAY_RE}"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_RE}\s+\d{{4}}|{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    r"(?:[\sT,]+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}|[+-]\d{2}:?\d{2}|Z)?)?"
    r"(?:\s*[|•·–—-]?\s*(?:last\s+)?updated.{0,60})?\s*$",
    re.I,
)
_CHROME_PREFIX = re.compile(
    r"^(?:from\s+the\s+section\b|image\s+(?:copyright|source|caption)\b|getty\s+images\b|"
    r"share\s+(?:this|on|via)\b|related\s+(?:topics|internet\s+links|stories|content|articles)\b|"
    r"more\s+on\s+this\s+story\b|read\s+more\b|follow\s+(?:us|@)|sign\s+up\b|subscribe\b|advertisement\b|"
    r"skip\s+to\s+(?:content|main)\b|copy\s+this\s+link\b|the\s+bbc\s+is\s+not\s+responsible\b|"
    r"click\s+here\b|photo(?:graph)?:|photo\s+credit\b|credit:|listen\s+to\s+this\b|"
    r"this\s+article\s+(?:was|is)\s+(?:originally\s+)?(?:published|updated)\b|"
    r"a\s+version\s+of\s+this\s+(?:article|story)\s+(?:appears|appeared|was\s+published)\b|all\s+rights\s+reserved\b|"
    r"(?:last\s+)?updated:?\s+\d{1,2}[:.]\d{2}\b|"
    # "Issued on: 05/11/2018 - 18:32Modified: …", "Text by: FRANCE 24", "3 min read"
    r"(?:issued|modified)\s+on:?\s+\d|text\s+by:|\d{1,2}\s+min(?:ute)?s?(?:\s+read)?\s*$|"
    # AP-style photo captions: "FILE - A drone photographer poses …", "In this photo provided by …"
    r"file\s*[-–—]\s|in\s+this\s+(?:file\s+)?photo\b|enlarge\s+this\s+image\b|toggle\s+caption\b|"
    # credits: "Video editor • Name", "Additional reporting by …", "Edited by: …"
    r"(?:video|photo|photos|text|graphics?|production|produced|editing|edited|additional\s+reporting|writing)"
    r"(?:\s+(?:editor|journalist|producer|by))?\s*[•:|]\s*[A-Z]|"
    # "Update January 19th, 3:10PM ET: Added comment from …": a note about the page, not news
    r"(?:update|updated|correction|clarification)\b(?:[^:\n]|(?<=\d):(?=\d)){0,60}:\s*(?:added|adds|adding|updated|updates|corrected|"
    r"clarified|includes|this\s+(?:story|article|post|piece))\b|"
    r"©|copyright\s+©?\s*\d{4}|watch:|video:|media\s+playback\s+is\s+unsupported\b|"
    # link labels: "WATCH | …", "MORE: …", "ALSO READ | …", "Related: …", "See also: …"
    r"(?:watch|listen|video|more|also\s+read|read\s+also|see\s+also|related|recommended|explainer|read)\s*[|:]|"
    # a related link with its section and age: "Nation | 1 week ago: Residents told to …"
    r"[A-Za-z][\w &]{1,24}\s*\|\s*\d+\s+(?:mins?|minutes?|hours?|hrs?|days?|weeks?|months?)\s+ago\b)",
    re.I,
)
_CHROME_EXACT = {
    "share", "share this", "email", "facebook", "twitter", "messenger", "whatsapp", "linkedin", "pinterest",
    "reddit", "print", "comments", "advertisement", "close", "menu", "home", "bbc news", "top stories",
    "related topics", "more on this story", "share this with", "copy link", "x", "loading", "image",
    "getty images", "reuters", "afp", "ap", "pa media", "epa", "video", "listen", "read more",
}
_TERMINAL = re.compile(
    r"^(?:related|related\s+topics|more\s+on\s+this\s+story|related\s+internet\s+links|related\s+stories|related\s+articles|"
    r"share\s+this\s+page|top\s+stories|most\s+read|elsewhere\s+on\s+the\s+bbc|features|more\s+from\s+.{1,40}|"
    r"you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?|read\s+next|around\s+the\s+web|comments?|"
    r"sign\s+up\s+for\s+our\s+newsletter.*|related\s+coverage|latest\s+news)\s*:?$",
    re.I,
)
_MEDIA_CAPTION = re.compile(r"^(?:media|video)\s+caption\s*:?\s*", re.I)
_BYLINE = re.compile(r"^(?:by|words\s+by|written\s+by|reporting\s+by)\s+[A-Z][\w'’.-]*(?:\s+[\w'’.&-]+){0,6}\s*$", re.I)
_BYLINE_WITH_DATE = re.compile(r"^[Bb]y\s+[A-Z][^.!?\"“”:;]{0,80}$")
_CONTRIBUTED = re.compile(r"\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|article|reporting|coverage)\.?\s*$|"
                          r"^(?:Additional\s+)?[Rr]eporting\s+by\s+[A-Z]")
# "By Dana Whitcombe, a senior reporter covering workplace tech, who has been at The Verge since 2019."
_BYLINE_BIO = re.compile(r"^[Bb]y\s+(?!(?:January|February|March|April|May|June|July|August|September|October|"
                         r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                         r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3},\s+(?:a|an|the|our)\s+[^\"“”]{3,220}$")
# "LONDON — ", "WASHINGTON (Reuters) - ", "Paris, France (AP) — " at the start of a paragraph
_DATELINE_PREFIX = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3}"
    rf"(?:,?\s+(?:{_MONTH_RE}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_RE})(?:,?\s+(?P<year>\d{{4}}))?)?"
    r"\s*(?:\([A-Za-z .]{1,20}\)\s*)?|\([A-Z][A-Za-z .]{0,19}\)\s*)[—–-]{1,2}\s+(?=\S)"
)
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_INLINE = re.compile(r"(\*\*|__|(?<![\w*])\*|(?<![\w_])_)(?=[^\s*_])([^*_\n]{1,300}?)(?<=\S)\1(?![\w*])")
_MD_LINK = re.compile(r"!?\[([^\]\n]{0,300})\]\([^)\s]{0,500}\)")
_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# whitespace that _WS rewrites other than single spaces (a line without it and without double spaces is unchanged)
_WS_ODD = re.compile(r"[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]")
_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]")


def _is_chrome(line: str) -> bool:
    low = line.lower().strip(" .:|")
    if not low:
        return True
    if low in _CHROME_EXACT:
        return True
    if _CHROME_PREFIX.match(line):
        return True
    if len(line) <= 100 and (_BYLINE.match(line) or _BYLINE_WITH_DATE.match(line)):
        return True
    if len(line) <= 260 and _BYLINE_BIO.match(line):
        return True
    if len(line) <= 300 and ("contributed" in line or line.startswith(("Additional", "Reporting", "reporting"))) \
            and _CONTRIBUTED.search(line):
        return True  # "Associated Press writer Ann Lee in Topeka contributed to this report."
    if len(line) <= 320 and (" is a" in line or " is the" in line or " joined " in line) and _AUTHOR_BIO.match(line):
        return True  # "Laura Chen is a Toronto-based reporter covering provincial politics.": about the author
    return False


_AUTHOR_BIO = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+(?:(?:is|was)\s+(?:a|an|the)\s+[^.!?\"“”]{0,80}?\b"
                         r"(?:reporter|writer|correspondent|editor|journalist|columnist|producer|contributor|"
                         r"photographer|critic)\b|joined\s+(?:the\s+)?[A-Z][\w ]{1,40}\s+in\s+\d{4}\s+and\s+"
                         r"(?:covers|writes|reports|has\s+covered))[^.!?\"“”]{0,100}\.?"
                         r"(?:\s+(?:He|She|They)\s+[^\"“”]{0,120}\.)?"
                         r"(?:\s+(?:Reach|Contact|Follow|Email|E-mail|Write\s+to)\b[^\"“”]{0,120})?\s*$")


def _looks_like_title(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 200 or len(s.split()) > 25:
        return False
    if s[-1] in ".:;,":
        return False
    if s[-1] in "!?\"”'’" and len(s.split()) > 15:
        return False
    return bool(re.match(r"[\"“'‘(\[]?[A-Z0-9]", s))


def _one_line_paragraphs(lines: list[str]) -> bool:
    """True when the text has no blank lines and its lines are paragraphs rather than a hard wrap."""
    content = [ln for ln in lines if ln]
    if len(content) < 3 or len(content) != len(lines) - (1 if lines and not lines[-1] else 0):
        return False
    ends = sum(1 for ln in content if ln[-1] in ".!?\"”’'")
    wrapped = sum(1 for ln in content if 40 <= len(ln) <= 100)
    return ends >= 0.6 * len(content) or wrapped < 0.7 * len(content)


# --- the block above the story: masthead, section, headline, standfirst, byline, date -----------

_NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")
_US_ZONE = re.compile(r"\b(?:E|C|M|P|AK|H)[SD]?T\b|\b(?:ET|CT|MT|PT)\b")
_YEAR_GLUED_TIME = re.compile(r"\b((?:19|20)\d\d)(\d{1,2}:\d\d)")
_META_FILLER = re.compile(
    r"\b(?:first|last|published|updated|posted|modified|date|on|at|min|mins|minutes?|hours?|hrs?|ago|read|"
    r"reading|time|comments?|views?|am|pm|a\.m|p\.m|gmt|utc|bst|cet|cest|ist|aest|aedt|jst|uk|et|pt|ct|"
    r"[ecmp][sd]t|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|today|yesterday)\b\.?",
    re.I,
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?(?!\w)", re.I)
_BYLINE_START = re.compile(r"^(?:by|author|words|reporting|written\s+by)\b:?\s+\S", re.I)
# "Updated 4 mins ago", "Published 2 hours ago": a time stamp line without a date
_STAMP_LINE = re.compile(r"^(?:last\s+)?(?:updated|published|posted|modified|issued)\b(?:\s+on)?:?\s.{0,70}$", re.I)
_JOB_LINE = re.compile(
    r"\b(?:reporter|correspondent|editor|writer|columnist|contributor|journalist|staff|desk|service|bureau)\b", re.I
)
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_HEADER_STOP = {"with", "from", "that", "this", "have", "will", "into", "after", "over", "their", "they", "says",
                "said", "were", "been", "than", "about", "what", "when", "which", "would", "could", "more"}


def _header_date(line: str) -> date | None:
    return None if len(line) > 110 else _short_header_date(line)


@lru_cache(maxsize=512)
def _short_header_date(line: str) -> date | None:
    """The date of a short dateline or 'Updated …' line above the story, in the many forms sites
    print them ("June 18, 2025 11:42 AM GMT+2 Updated 2 hours ago", "Fri May 14 2021 - 17:32",
    "Outlet | Updated: Nov 3, 2025, 21:14 IST", "04/10/2025 05:00 AM EDT"); None for anything
    with more than a few other words (a sentence that happens to hold a date)."""
    if len(line) > 110 or line.rstrip()[-1:] in ".!?\"”":
        return None
    if ":" in line:
        line = _YEAR_GLUED_TIME.sub(r"\1 \2", line)  # NPR's "February 11, 20265:00 AM ET"
    found = _first_date(line)
    if found is None:
        m = _NUMERIC_DATE.search(line)
        if m is None:
            return None
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y += 2000 if y < 100 else 0
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a or _US_ZONE.search(line):
            day, month = b, a
        else:
            return None  # 04/10/2025 without a US time zone: April or October?
        try:
            found = (date(y, month, day), m.span())
        except ValueError:
            return None
    d, (start, end) = found
    rest = line[:start] + " " + line[end:]
    if "·" in rest[:start] or "|" in rest[:start]:
        # "Jenna Lindqvist · CBC News · Posted: Aug 22, 2017 4:15 PM PT | Last Updated: August 22, 2017": the byline
        # and outlet before the stamp, and a second date after it
        rest = re.split(r"\s[·|]\s", rest[:start])[-1] + " " + rest[start:]
        second = _first_date(rest)
        if second is not None:
            rest = rest[:second[1][0]] + " " + rest[second[1][1]:]
    rest = _META_FILLER.sub(" ", _TIME.sub(" ", rest))
    words = [w for w in re.findall(r"[^\W\d_][\w'’&.-]*", rest)]
    return d if len(words) <= 4 else None


_BLOCKQUOTE = re.compile(r"^(?:>\s?)+")
_BULLET_FIRST = frozenset("•·▪●◦‣*+-# \t")


def _markup_free(line: str) -> str:
    """A line without its Markdown: block-quote marks, bullet, heading hashes, links, emphasis."""
    if line[:1] == ">":
        line = _BLOCKQUOTE.sub("", line)
    if line[:1] in _BULLET_FIRST:
        line = _MD_HEADING.sub("", _BULLET.sub("", line))
    line = line.strip()
    if "](" in line:
        line = _MD_LINK.sub(r"\1", line)
    if "*" in line or "_" in line:
        line = _MD_INLINE.sub(r"\2", line)
    return line


def _is_masthead(line: str) -> bool:
    """An outlet name or section label above the headline ("POLITICO", "NEWS › LOCAL", "Books")."""
    words = line.split()
    letters = [c for c in line if c.isalpha()]
    return (len(words) < 3 or any(sep in line for sep in ("|", "›", "»", "•"))
            or (len(words) <= 6 and bool(letters) and all(c.isupper() for c in letters)))


def _header(lines: list[str]) -> tuple[int | None, str, set[int]]:
    """Where the headline is, and which lines above it are not story (masthead, section label,
    tagline), in a pasted page whose story is preceded by a byline or date line.

    Returns (index of the headline or None, its text, indices to drop); (None, "", set()) when
    the text has no such block, and the caller falls back to taking the first line as the title."""
    content = [(i, _markup_free(ln)) for i, ln in [(i, ln) for i, ln in enumerate(lines[:80]) if ln.strip()][:16]]
    first_meta = next((k for k, (_i, line) in enumerate(content) if _DATE_LINE.match(line) or _header_date(line)
                      or _BYLINE_START.match(line) or _STAMP_LINE.match(line)), -1)
    if first_meta < 1:
        return None, "", set()
    after = [ln for _i, ln in content[first_meta + 1 :]]
    story = " ".join(ln for ln in after if len(ln.split()) >= 12)[:3000].lower()
    body_words = {w for w in _CONTENT_WORD.findall(story)} - _HEADER_STOP
    # the headline comes before any sentence of the story
    prose = next((k for k, (_i, line) in enumerate(content) if len(line.split()) >= 8 and line[-1] in ".!?\"”’'"), first_meta)
    candidates = []
    for k, (i, line) in enumerate(content[: min(first_meta, prose)]):
        if _is_chrome(line) or _MEDIA_CAPTION.match(line) or _header_date(line) or _BYLINE_START.match(line):
            continue
        if _looks_like_title(line) and not _is_masthead(line) and not (len(line.split()) <= 5 and _JOB_LINE.search(line)):
            words = {w for w in _CONTENT_WORD.findall(line.lower())} - _HEADER_STOP
            candidates.append((k, i, len(words & body_words), len(line.split())))
    if not candidates:
        return None, "", set()
    best = max(c[2] for c in candidates)
    chosen = next((c for c in candidates if c[2] >= 2 and c[2] >= best / 3), None)
    if chosen is None:
        chosen = next((c for c in candidates if c[3] >= 4), candidates[0])
    # above the headline: masthead, section labels, taglines; between it and the byline: the
    # standfirst, a summary of the story in the editor's words (no one said it as written)
    drop = {i for k, (i, line) in enumerate(content[:first_meta]) if k != chosen[0] and not _MEDIA_CAPTION.match(line)}
    return chosen[1], content[chosen[0]][1], drop


_SUMMARY_LABEL = re.compile(r"(?:Key\s+points|Key\s+takeaways|In\s+short|At\s+a\s+glance|The\s+big\s+picture|"
                            r"Quick\s+read|Summary|TL;?DR)\s*:?\s*$", re.I)


def _clean_plain(raw: str) -> CleanArticle:
    text = _CTRL.sub("", raw.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [(_WS.sub(" ", ln) if "  " in ln or _WS_ODD.search(ln) else ln).strip() for ln in text.split("\n")]
    if _one_line_paragraphs(lines):
        # pasted text with one paragraph per line and no blank lines between them
        lines = [x for ln in lines for x in (ln, "")]
    title = ""
    published: date | None = None
    paragraphs: list[str] = []
    current: list[str] = []
    first_content = True

    def flush() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    title_at, headline, header_drop = _header(lines)
    if title_at is not None:
        first_content = False
    in_summary = False
    in_links = False
    for i, line in enumerate(lines):
        if not line:
            in_links = False
            flush()
            continue
        if _LINKS_LABEL.match(line) and i + 1 < len(lines) and lines[i + 1]:
            in_links = True  # "Read more:" and the headlines it lists right under it
            flush()
            continue
        if in_links and line.rstrip()[-1:] not in ".!?\"”’'":
            continue
        in_links = False
        if _SUMMARY_LABEL.match(line):
            in_summary = True  # "Key points:" and its bullets sum up the story that follows
            flush()
            continue
        if in_summary:
            if _BULLET.match(line):
                continue
            in_summary = False
        if i == title_at:
            flush()
            title = headline
            continue
        if i in header_drop:
            if published is None:
                published = _header_date(_markup_free(line))
            flush()
            continue
        quoted = _BLOCKQUOTE.sub("", line) if line[:1] == ">" else line  # Markdown block quotes
        had_bullet = bool(_BULLET.match(quoted))
        heading = bool(_MD_HEADING.match(quoted))
        line = _markup_free(line)
        if not line:
            flush()
            continue
        if _DATE_LINE.match(line) and len(line) <= 80:
            if published is None:
                published = parse_date_text(line)
            flush()
            continue
        if i < 80 and len(paragraphs) < 3 and (header_date := _header_date(line)):
            published = published or header_date
            flush()
            continue
        cap = _MEDIA_CAPTION.match(line)
        if cap:
            flush()
            rest = line[cap.end():].strip()
            if rest and len(rest.split()) >= 4:
                paragraphs.append(rest if rest[-1] in ".!?\"”" else rest + ".")
            continue
        if _TERMINAL.match(line) and len(paragraphs) >= 2:
            nxt_lines = [ln for ln in lines[i + 1 : i + 30] if ln][:8]
            prose = sum(1 for ln in nxt_lines if len(ln.split()) >= 25 and ln.rstrip()[-1:] in ".!?\"”’'")
            if prose >= 2:
                flush()
                continue  # a "Recommended" box in the middle of the story: the story goes on
            break  # "Related Topics", "More on this story": the rest of the page is links
        if _is_chrome(line):
            if published is None and re.match(r"^[Bb]y\s", line):
                published = parse_date_text(line)  # "By Jane Doe, 19 November 2019"
            flush()
            continue
        if first_content:
            first_content = False
            nxt = next((ln for ln in lines[i + 1 :] if ln), "")
            blank_after = i + 1 < len(lines) and not lines[i + 1]
            if (heading or (blank_after or _BULLET.match(nxt)) and nxt) and _looks_like_title(line):
                title = line
                continue
        if heading or had_bullet:
            flush()
            current.append(line)
            flush()
            continue
        current.append(line)
    flush()
    if paragraphs:
        for k in range(min(3, len(paragraphs))):  # the dateline opens the first paragraph of the story
            m = _DATELINE_PREFIX.match(paragraphs[k])
            if m:
                if published is None and m.group("year"):
                    published = parse_date_text(m.group(0))  # "LONDON, Nov 19, 2019 (Reuters) -"
                paragraphs[k] = paragraphs[k][m.end():]
                break
            if len(paragraphs[k].split()) > 12:
                break
    if published is None:
        published = _settle_numeric_stamp(lines[:40], paragraphs[:6])
    return CleanArticle(title=title, published=published, body="\n\n".join(p for p in paragraphs if p))


def _settle_numeric_stamp(head: list[str], paragraphs: list[str]) -> date | None:
    """An ambiguous stamp ("Issued on: 05/11/2018") read the way a date written out near the top of the
    story reads it ("… on November 5, 2018"): day-first or month-first, whichever the text confirms."""
    for line in head:
        if len(line) > 110 or not _STAMP_LINE.match(line):
            continue
        m = _NUMERIC_DATE.search(line)
        if not m:
            continue
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y += 2000 if y < 100 else 0
        options = set()
        for day, month in ((a, b), (b, a)):
            try:
                options.add(date(y, month, day))
            except ValueError:
                pass
        for par in paragraphs:
            found = _first_date(par)
            if found and found[0] in options:
                return found[0]
        return None
    return None


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "button",
              "select", "iframe", "figure", "figcaption", "header", "menu", "dialog"}
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "div",
               "section", "article", "main", "br", "tr", "ul", "ol", "table", "body"}
_VOID = {"br", "img", "meta", "link", "input", "hr", "source", "area", "base", "col", "embed", "param", "track", "wbr"}
_BOILER_CLASS = re.compile(r"(?:^|[\s_-])(?:nav|menu|footer|sidebar|share|social|related|promo|comment|cookie|"
                           r"newsletter|advert|ad-|subscribe|breadcrumb|byline|caption|toolbar)(?:$|[\s_-])", re.I)


class _HTMLExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, is_skip)
        self.skip_depth = 0
        self.article_depth = 0
        self.title_parts: list[str] = []
        self.in_title = False
        self.meta: dict[str, str] = {}
        self.jsonld: list[str] = []
        self.in_jsonld = False
        self.blocks_all: list[str] = []
        self.blocks_article: list[str] = []
        self.cur: list[str] = []
        self.cur_in_article = False
        self.h1 = ""
        self.in_h1 = False
        self.h1_parts: list[str] = []
        self.time_attr = ""

    def _flush(self) -> None:
        raw = "".join(self.cur)
        self.cur = []
        # <br><br> separates paragraphs inside one element; a single line break is a space
        for part in re.split(r"\n[ \t]*\n", raw.replace("\r", "")):
            txt = _WS.sub(" ", part.replace("\n", " ")).strip()
            if txt:
                self.blocks_all.append(txt)
                if self.cur_in_article:
                    self.blocks_article.append(txt)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a:
                self.meta.setdefault(key, a["content"])
            return
        if tag == "title":
            self.in_title = True
            return
        if tag == "time" and a.get("datetime") and not self.time_attr:
            self.time_attr = a["datetime"]
        if tag == "script":
            self.in_jsonld = "ld+json" in a.get("type", "").lower()
        if tag in _VOID:
            if tag == "br":
                self.cur.append("\n")
            return
        skip = tag in _SKIP_TAGS or bool(_BOILER_CLASS.search(a.get("class", "") + " " + a.get("id", "")))
        if tag in ("article", "main") or a.get("itemprop", "") == "articleBody":
            self.article_depth += 1
        if skip:
            self.skip_depth += 1
        if tag in _BLOCK_TAGS:
            self._flush()
            self.cur_in_article = self.article_depth > 0
        if tag == "h1":
            self.in_h1 = True
        self.stack.append((tag, skip))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if tag == "script":
            self.in_jsonld = False
        if tag in _VOID:
            return
        # pop to the matching tag (tolerate bad nesting)
        for idx in range(len(self.stack) - 1, -1, -1):
            if self.stack[idx][0] == tag:
                break
        else:
            return
        while len(self.stack) > idx:
            t, skip = self.stack.pop()
            if skip:
                self.skip_depth -= 1
            if t in ("article", "main") and self.article_depth > 0:
                self.article_depth -= 1
            if t in _BLOCK_TAGS:
                self._flush()
                self.cur_in_article = self.article_depth > 0
            if t == "h1":
                self.in_h1 = False
                if not self.h1:
                    self.h1 = _WS.sub(" ", "".join(self.h1_parts)).strip()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.in_jsonld:
            self.jsonld.append(data)
            return
        if self.skip_depth:
            return
        data = data.replace("\n", " ")
        if self.in_h1:
            self.h1_parts.append(data)
            return  # the h1 is the title, not body
        self.cur.append(data)
        if self.article_depth:
            self.cur_in_article = True


def _jsonld_date(chunks: list[str]) -> str:
    for chunk in chunks:
        try:
            data = json.loads(chunk)
        except (ValueError, RecursionError):
            m = re.search(r'"datePublished"\s*:\s*"([^"]{4,40})"', chunk)
            if m:
                return m.group(1)
            continue
        todo = [data]
        seen = 0
        while todo and seen < 10000:
            seen += 1
            x = todo.pop()
            if isinstance(x, dict):
                v = x.get("datePublished")
                if isinstance(v, str):
                    return v
                todo.extend(x.values())
            elif isinstance(x, list):
                todo.extend(x)
    return ""


def _iso_date(value: str) -> date | None:
    m = _ISO.search(value or "")
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return parse_date_text(value or "")


def looks_like_html(raw: str) -> bool:
    """True when ``raw`` is an HTML document rather than plain text / Markdown."""
    head = raw[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.search(r"<(?:html|body|head|article|p|div)[\s>]", head)
    )


def clean_html(raw: str) -> CleanArticle:
    """Main text, title and date of an HTML page (stdlib parser, boilerplate stripped)."""
    p = _HTMLExtractor()
    try:
        p.feed(raw)
        p.close()
    except Exception:  # html.parser is lenient; be safe on pathological input
        pass
    p._flush()
    title = (p.meta.get("og:title") or p.h1 or _WS.sub(" ", "".join(p.title_parts)).strip())
    # "Bridge reopens after repairs - City News" / "… | BBC Sport": drop the site name
    m = re.match(r"^(.{15,}?)\s+[|–—-]\s+([^|–—-]{2,40})$", title)
    if m and len(m.group(2).split()) <= 4:
        title = m.group(1).strip()
    published = None
    for key in ("article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate",
                "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date"):
        if p.meta.get(key):
            published = _iso_date(p.meta[key])
            if published:
                break
    if published is None:
        published = _iso_date(_jsonld_date(p.jsonld))
    if published is None and p.time_attr:
        published = _iso_date(p.time_attr)
    blocks = p.blocks_article if sum(len(b) for b in p.blocks_article) >= 200 else p.blocks_all
    plain = "\n\n".join(blocks)
    art = _clean_plain(plain)
    # the first block is only taken as a title when the page had none
    body = art.body
    if art.title and title and art.title != title:
        body = (art.title + "\n\n" + body) if body else art.title
    return CleanArticle(title=title or art.title, published=published or art.published, body=body)


_LINKS_LABEL = re.compile(r"^(?:read\s+more|related(?:\s+(?:stories|articles|coverage|content))?|also\s+read|see\s+also|"
                          r"more\s+on\s+this(?:\s+story)?|you\s+(?:may|might)\s+also\s+like|recommended|"
                          r"most\s+read|more\s+stories)\s*:?\s*$", re.I)


def clean_article(raw: str) -> CleanArticle:
    """Title, publication date and chrome-free body of a plain-text, Markdown or HTML article."""
    if looks_like_html(raw):
        return clean_html(raw)
    return _clean_plain(raw)


# ---------------------------------------------------------------------------
# sentences
# ---------------------------------------------------------------------------

ABBREVIATIONS = {
    "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "mt", "gen", "lt", "col", "maj", "capt", "cpt",
    "sgt", "cmdr", "adm", "gov", "sen", "rep", "rev", "fr", "hon", "rt", "pres", "supt", "insp", "det", "messrs",
    "sens", "reps", "govs", "drs", "profs", "atty", "attys", "engr", "asst", "supv", "comdr", "cpl", "pvt", "sgts",
    "brig", "lieut", "cdr", "rtd", "ret", "amb", "pfc", "spc", "cllr", "dist", "dep",
    "inc", "ltd", "pvt", "pte", "bhd", "sdn", "co", "corp", "plc", "llc", "bros", "no", "nos", "vs", "v", "etc", "al",
    "approx", "dept",
    "est", "fig", "vol", "ed", "eds", "op", "cit", "ca", "cf", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "ave", "blvd", "rd", "ft", "univ", "assn", "govt", "min", "max", "sq", "km", "pp", "p", "para", "art",
}
_OPEN_Q = "\"“„«"
_CLOSE_Q = "\"”»"
# candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace
_BOUNDARY = re.compile(r"[.!?…]+[\"”’'»)\]]*(?=\s)")
_PARA_SPLIT = re.compile(r"\n\s*\n")


def _prev_token(s: str, end: int) -> str:
    i = end
    while i > 0 and (s[i - 1].isalnum() or s[i - 1] in ".-'’"):
        i -= 1
        if end - i > 40:
            break
    return s[i:end]


_DOTTED_ABBR = re.compile(r"(?:[a-z]\.)+[a-z]")
_ASCII_WORD = re.compile(r"[A-Za-z]+")


def _is_abbrev(par: str, dot: int) -> bool:
    """Whether the period at ``par[dot]`` ends an abbreviation rather than a sentence."""
    tok = _prev_token(par, dot)
    low = tok.lower().strip(".'’")
    if not low:
        return False
    if low in ABBREVIATIONS:
        return True
    if len(low) == 1 and low.isalpha():  # initials: "Donald J. Trump"
        return True
    if _DOTTED_ABBR.fullmatch(low):  # U.S, e.g, i.e, U.K
        return True
    return False


def _split_paragraph(par: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of one paragraph."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(par)
    # quote depth per position, computed incrementally
    depth = 0
    pos = 0

    def advance(to: int) -> None:
        nonlocal depth, pos
        seg = par[pos:to]
        # “ opens, ” closes, " toggles: the last curly quote sets the depth, the straight ones after it flip it
        k = max(seg.rfind("“"), seg.rfind("”"))
        if k >= 0:
            depth = (1 if seg[k] == "“" else 0) ^ (seg.count('"', k + 1) & 1)
        elif '"' in seg:
            depth ^= seg.count('"') & 1
        pos = to

    for m in _BOUNDARY.finditer(par):
        end = m.end()
        advance(end)
        nxt = end
        while nxt < n and par[nxt].isspace():
            nxt += 1
        if nxt >= n:
            break
        following = par[nxt]
        punct = m.group(0)
        if not (following.isupper() or following.isdigit() or following in _OPEN_Q + "'‘([" ):
            continue
        if punct[0] == "." and len(punct.rstrip("\"”’'»)]")) == 1 and punct == "." and _is_abbrev(par, m.start()):
            # "Mr. Reeves", "U.S. officials", "Jan. 5": but "in the U.S. The" ends a sentence;
            # accept the break only when the next word is a common sentence opener
            nxt_word = _ASCII_WORD.match(par[nxt:nxt + 20])
            low = _prev_token(par, m.start()).lower().strip(".")
            if not (nxt_word and nxt_word.group(0) in _OPENERS and low not in _TITLE_ABBR):
                continue
        if depth and not punct.endswith(tuple(_CLOSE_Q)):
            # inside an open quotation: keep the quoted sentences together
            # unless the quote has run very long
            if end - start < 1500:
                continue
        spans.append((start, end))
        start = nxt
    if start < n:
        spans.append((start, n))
    return [(a, b) for a, b in spans if par[a:b].strip()]


_TITLE_ABBR = {"mr", "mrs", "ms", "mx", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "gov", "sen", "rep",
               "sens", "reps", "govs", "drs",
               "rev", "fr", "hon", "st", "messrs", "no"}
_OPENERS = {"The", "A", "An", "It", "He", "She", "They", "We", "I", "But", "And", "In", "On", "At", "This", "That",
            "There", "These", "Those", "His", "Her", "Its", "Their", "Our", "However", "Meanwhile", "After",
            "Before", "When", "While", "If", "As", "So", "Yet", "Now", "Then", "Last", "Earlier", "Later"}


def split_sentences(body: str) -> list[Sentence]:
    """Split the cleaned body into sentences (abbreviation- and quotation-aware)."""
    out: list[Sentence] = []
    para_idx = 0
    pos = 0
    for m in [*_PARA_SPLIT.finditer(body), None]:
        end = m.start() if m else len(body)
        par = body[pos:end]
        if par.strip():
            lead = len(par) - len(par.lstrip())
            par_s = par.strip()
            for a, b in _split_paragraph(par_s):
                txt = par_s[a:b].strip()
                if txt:
                    out.append(Sentence(text=txt, start=pos + lead + a + (len(par_s[a:b]) - len(par_s[a:b].lstrip())),
                                        paragraph=para_idx))
            para_idx += 1
        if m:
            pos = m.end()
    return out


CAPTION_GATE = re.compile(r"Photo|Picture|Image|Illustration|Composite|Credit|Getty|/|©")
CAPTION_CREDIT = re.compile(r"\b(?:Photograph|Photo|Picture|Image|Illustration|Composite|Photo\s+illustration)\s*:\s*\S|"
                            r"\[(?:Photo|Image|Picture)\s+caption\s*:|"  # "[Photo caption: Smoke rises …]"
                             r"\((?:Photo|Image|Picture)\s*:|\bAP\s+Photo/|\bvia\s+Getty\s+Images\b|"
                             # "….Credit...Name for The Times", "… on Monday night. (Name/CBC)", "Photo by Name / Outlet"
                             r"\bCredit\s*(?:\.\.\.|…|:)\s*\S|\((?:[^()/]{2,40}/)+[^()/]{2,40}\)\s*$|"
                             r"\bPhoto(?:graph)?\s+by\s+[A-Z]|\s[-–—]\s+Copyright\s+©|©\s*[A-Z][^©]{0,60}$|"
                             # "… on March 14, 2021. Ferdinand Ocampo/AFP/Getty Images"
                             r"\b[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}/(?:[A-Z][\w&.' ]{1,30}/)*"
                             r"(?:Getty\s+Images|AFP|Reuters|AP|EPA|Shutterstock|Bloomberg|PA(?:\s+Images)?|Alamy)\s*$|"
                             # "… March 2, 2023. REUTERS/Staff/File Photo"
                             r"\b(?:REUTERS|AFP|AP|EPA)/[\w /.-]{2,60}$")


def caption_paragraphs(sentences: list[Sentence]) -> set[int]:
    """Paragraphs that are photo captions with a credit ("… on Tuesday. Photograph: Ann Lee/Reuters"): the
    people and dates in them repeat the story or belong to the picture."""
    return {s.paragraph for s in sentences if CAPTION_GATE.search(s.text[:400]) and CAPTION_CREDIT.search(s.text[:400])}
