"""People in an article: one canonical name per person, with the aliases the text uses.

Names are runs of capitalised words. A run is taken as a person when the text gives
evidence: an honorific ("Ms Persson"), a title before it ("Senator Elizabeth Warren",
"ministry spokesman Kim Hyung-seok"), a title appositive after it ("Denis McDonough,
chief of staff ..."), a known given name, or a speech verb next to it. Shorter forms
(bare surname, "Mr McDonough") resolve to the fullest name introduced in the article.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from studyapp.extract.facts import Person
from studyapp.extract.lexicon import (
    POSITION_BIGRAMS,
    STATES,
    CHARACTERISE,
    COUNTRIES,
    DEMONYMS,
    FEMALE_HONORIFICS,
    FEMALE_TITLES,
    GIVEN_NAMES,
    HONORIFICS,
    MALE_HONORIFICS,
    MEDIA,
    MALE_TITLES,
    NON_NAME_CAPS,
    PERSON_DESCRIPTORS,
    POST_NOMINALS,
    ORG_WORDS,
    SPEECH,
    STRONG_TITLES,
    TITLE_MODIFIERS,
    TITLES,
)

__all__ = ["CapRun", "People", "cap_runs", "norm", "surname_key", "build_people"]

_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*|\d[\w.,'’-]*")
_PARTICLES = {"al", "el", "bin", "ibn", "ben", "de", "da", "di", "du", "del", "della", "der", "van", "von", "le",
              "la", "dos", "das", "do", "y", "st", "abu", "mac", "ter", "ten", "den", "op", "het", "zu", "af"}
_POSS = re.compile(r"(?:['’]s|s['’]|['’])$")


def norm(s: str) -> str:
    """Lower-case, curly apostrophes straightened, whitespace collapsed."""
    return " ".join(s.replace("’", "'").lower().split())


def surname_key(name: str) -> str:
    """The last word of a name without particles: "Omar Hassan al-Bashir" → "bashir"."""
    toks = name.replace("’", "'").split()
    if not toks:
        return ""
    return _token_key(toks[-1])


def _token_key(tok: str) -> str:
    """surname_key of one word (with straight apostrophes)."""
    last = tok.lower().strip(".,'")
    if "-" in last:
        for pre in ("al-", "el-", "bin-", "ibn-"):
            if last.startswith(pre):
                last = last[len(pre):]
    return last


@dataclass(slots=True, unsafe_hash=True)
class CapRun:
    """A run of capitalised words in a string: a candidate name.

    Read-only by convention: runs are memoised and shared, so never assign to their fields. (Not
    ``frozen`` only because a frozen dataclass is five times slower to build.)
    """

    start: int
    end: int
    text: str
    possessive: bool  # the run ends in 's / s'
    before: str  # up to 60 characters before the run
    after: str  # up to 80 characters after the run


def _is_cap(tok: str) -> bool:
    c = tok[0]
    if c.isupper():
        return True
    low = tok.lower()
    return (low.startswith(("al-", "el-")) and len(tok) > 3 and tok[3].isupper())


_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_CAPTOK = rf"(?:[{_UP}]|(?:al|el)-[{_UP}])[\w'’.\-]*"
_PART = "(?:" + "|".join(sorted(_PARTICLES, key=len, reverse=True)) + ")"
# The first token is spelt so that the pattern opens with a character class (the regex engine then skips
# to candidate characters instead of trying the look-behind everywhere); it is the same as
# rf"(?<![\w'’.\-]){_CAPTOK}": one capital, or "al-"/"el-" and a capital, not inside a word.
_FIRST_CAPTOK = rf"[{_UP}ae](?<![\w'’.\-].)(?:(?<=[ae])l-[{_UP}]|(?<=[{_UP}]))[\w'’.\-]*"
_RUN = re.compile(rf"{_FIRST_CAPTOK}(?: (?:{_PART} ){{0,2}}{_CAPTOK})*")
# the same for text without "l-", where no run can start with "al-" / "el-" (skips every a and e)
_RUN_NO_AL = re.compile(rf"[{_UP}](?<![\w'’.\-].)[\w'’.\-]*(?: (?:{_PART} ){{0,2}}{_CAPTOK})*")
_POSS_TOK = re.compile(r"(?:['’]s|s['’])(?= |$)")
# a run ends after a possessive, or after a full stop that is not an initial / abbreviation ("Google. Chris")
_BREAK_TOK = re.compile(r"(?:['’]s|s['’])(?= )|(?<![\s.][A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Co|Mt|Lt))"
                        r"(?<!\bMrs)(?<!\bGen|\bSen|\bRep|\bGov|\bCol|\bSgt|\bRev|\bInc|\bLtd)"
                        r"(?<!\bCapt|\bProf|\bCorp)(?<!^[A-Z])\.(?= )")


_ENDS_POSS = re.compile(r"(?:['’]s|s['’])$")
_STRIP_POSS = re.compile(r"(?:['’]s|['’])$")
_INITIAL_END = re.compile(r"(?:^|\s)[A-Z]\.$")


def cap_runs(text: str) -> list[CapRun]:
    """Runs of capitalised words (with name particles and initials) in ``text``."""
    return list(_cap_runs(text)) if len(text) < 2000 else _cap_runs_uncached(text)


@functools.lru_cache(maxsize=4096)
def _cap_runs(text: str) -> tuple[CapRun, ...]:
    return tuple(_cap_runs_uncached(text))


def _cap_runs_uncached(text: str) -> list[CapRun]:
    out: list[CapRun] = []
    add = out.append
    for m in (_RUN if "l-" in text else _RUN_NO_AL).finditer(text):
        start, stop = m.span()
        raw = text[start:stop]
        # a possessive ends the run: "Korea's Unification Ministry" → "Korea's", "Unification Ministry"
        if " " in raw and ("." in raw or "'" in raw or "’" in raw):  # (_BREAK_TOK needs one of them)
            pieces: list[tuple[int, str]] = []
            pos = 0
            for pm in _BREAK_TOK.finditer(raw):
                pieces.append((start + pos, raw[pos : pm.end()]))
                pos = pm.end() + 1
            if pos < len(raw):
                pieces.append((start + pos, raw[pos:]))
        else:
            last = raw[-1]
            if last not in "'’.,;:-" and not (last in "sS" and len(raw) > 2 and raw[-2] in "'’"):
                # the common case: nothing to trim
                add(CapRun(start, stop, raw, False, text[start - 60 if start > 60 else 0 : start], text[stop : stop + 80]))
                continue
            pieces = [(start, raw)]
        for pstart, piece in pieces:
            last = piece[-1]
            if last in "'’":  # "Jones'"
                poss = True
                core = piece[:-1]
            elif last in "sS" and len(piece) > 2 and piece[-2] in "'’":  # "Korea's" ("KOREA'S" keeps its S)
                poss = True
                core = piece[:-2] if last == "s" else piece
            else:
                poss = False
                core = piece
            # a final full stop goes, except after an initial ("John F.") or in "Jr." / "Sr."
            if core[-1:] == "." and not (len(core) >= 2 and "A" <= core[-2] <= "Z" and (len(core) == 2 or core[-3] == " ")) \
                    and not core.endswith(("Jr.", "Sr.")):
                core = core[:-1]
            core = core.rstrip(",;:-")
            if core:
                end = pstart + len(piece)
                add(CapRun(pstart, pstart + len(core), core, poss, text[pstart - 60 if pstart > 60 else 0 : pstart],
                           text[end : end + 80]))
    return out


@functools.lru_cache(maxsize=8192)
def _lead_kind(word: str) -> int:
    """2: a word that never starts a name (opener, title, honorific, organisation word, country);
    1: a title modifier, which does so only before two more words; 0: a possible name word."""
    w = word.lower().rstrip(".")
    if w in NON_NAME_CAPS or w in HONORIFICS or w in TITLES or w.split("-")[0] in TITLES or w in ORG_WORDS \
            or w in DEMONYMS or w in COUNTRIES:
        return 2
    return 1 if w in TITLE_MODIFIERS else 0


def _strip_leading(words: list[str]) -> tuple[list[str], list[str]]:
    """Split leading non-name words (sentence openers, titles, honorifics) from a cap run."""
    lead: list[str] = []
    while words:
        if len(words) == 2 and _KOREAN_GIVEN.fullmatch(words[1]) and len(words[0]) <= 5 and words[0].isalpha():
            break  # "Oh Tae-sik": a family name, not the interjection
        if len(words) == 2 and words[0] in _TITLE_GIVEN_NAMES:
            break  # "Dean Mackenzie": a given name
        kind = _lead_kind(words[0])
        if kind == 2 or kind == 1 and len(words) > 2:
            lead.append(words.pop(0))
            continue
        break
    return lead, words


@functools.lru_cache(maxsize=8192)
def _cuts_run(w: str) -> bool:
    """A word after which a cap run's name part starts (title, organisation word, country, …)."""
    lw = w.lower().rstrip(".")
    return bool(lw in ORG_WORDS or lw in TITLES or lw.split("-")[0] in TITLES or lw.split("-")[-1] in TITLES
                or _plural_title(lw)
                or lw in HONORIFICS
                or lw in NON_NAME_CAPS or norm(w) in COUNTRIES or lw in DEMONYMS)


_TITLE_GIVEN_NAMES = {"Dean", "Earl"}
_PORTFOLIO_SUFFIXES = ("ies", "ment", "ments", "tion", "tions", "sion", "sions", "ness", "ity", "ism", "ship", "affairs",
                       "services", "resources", "works", "sports", "arts", "relations", "studies", "sciences")
# nouns that name a kind of company right before its name ("the carmaker Hayakawa Motor"); never a person's
_COMPANY_NOUNS = {"carmaker", "automaker", "chipmaker", "retailer", "supermarket", "insurer", "lender", "broadcaster",
                  "streamer", "airline", "drugmaker", "brewer", "manufacturer", "supplier", "distributor",
                  "conglomerate", "regulator", "watchdog"}


@functools.lru_cache(maxsize=4096)
def split_run(run_text: str) -> tuple[str, str]:
    """(leading titles/organisation words, the name part) of a cap run.

    "President Bill Clinton" → ("President", "Bill Clinton"); "England captain" is not a
    run; "Public Prosecution Eva-Marie Persson" → ("Public Prosecution", "Eva-Marie Persson").
    """
    words = run_text.split()
    # cut after the last title / organisation word
    cut = 0
    for k, w in enumerate(words[:-1]):
        if w in _TITLE_GIVEN_NAMES and k + 1 == len(words) - 1:
            continue  # "coach Dean Mackenzie": a given name that is also a title, right before the surname
        if _cuts_run(w) and not (k + 1 == len(words) - 1 and _KOREAN_GIVEN.fullmatch(words[k + 1])
                                 and len(w) <= 5 and w[:1].isupper() and w.isalpha()):
            cut = k + 1  # (but "Minister Oh Tae-sik": "Oh" is a family name before a Korean given name)
    lead, name = words[:cut], words[cut:]
    lead2, name = _strip_leading(name)
    while len(name) >= 3 and name[0].lower().endswith(_PORTFOLIO_SUFFIXES) and name[0].lower() not in GIVEN_NAMES:
        lead2 = [*lead2, name.pop(0)]  # "(Minister for) Communities Serhii Tkachuk": a portfolio word, not a name
    while len(name) > 1 and name[-1].lower().rstrip(".,") in POST_NOMINALS:
        name.pop()
    return " ".join(lead + lead2), " ".join(name)


def _plural_title(lw: str) -> str:
    """ "trustees" → "trustee", "senators" → "senator" (a plural position before names), else ""."""
    if len(lw) > 4 and lw.endswith("s") and lw[:-1] in TITLES and lw[:-1] not in ("fellow", "star", "first"):
        return lw[:-1]
    return ""


@functools.lru_cache(maxsize=4096)
def looks_like_org(name: str) -> bool:
    """Whether a capitalised name is an organisation or place rather than a person."""
    low = norm(name)
    if low in COUNTRIES or low in DEMONYMS or low in STATES:
        return True
    words = low.split()
    if not words:
        return True
    if words[-1].strip(".") in ORG_WORDS or words[0] in ORG_WORDS and len(words) > 1 and words[1] == "of":
        return True
    if any(w in ("of", "for", "and", "&") for w in words):
        return True
    return False


_WORD_CHARS = set("'’.-")


def _honorific_before(before: str) -> str:
    """The word right before a name, lower-cased, when it can be a title of address: "Ms " yes; "MS, "
    (a Member of the Senedd, then a comma) or "DR " in capitals no."""
    if not before.endswith(" ") or before.rstrip().endswith((",", ";", ":", ")")):
        return ""
    w = _word_before(before)
    if len(w.rstrip(".")) <= 3 and w.rstrip(".").isupper() and len(w.rstrip(".")) > 1:
        return ""
    return w.lower().rstrip(".")


@functools.lru_cache(maxsize=4096)
def _word_before(before: str) -> str:
    """The last word of ``before`` (ignoring trailing punctuation and spaces)."""
    i = len(before)
    while i > 0 and not (before[i - 1].isalnum() or before[i - 1] == "_"):
        i -= 1
    j = i
    if i < len(before) and before[i] == ".":
        i += 1
    while j > 0 and (before[j - 1].isalnum() or before[j - 1] == "_" or before[j - 1] in _WORD_CHARS):
        j -= 1
    return before[j:i]


@dataclass
class _PersonInfo:
    name: str
    aliases: set[str] = field(default_factory=set)
    gender: str = "u"
    order: int = 0


# the keys of People's word index: a name's first word, the middle one of three, and its first two
_FIRST, _MIDDLE, _FIRST_TWO = 0, 1, 2


class People:
    """Registry of the people of one article, and their mentions in order."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[_PersonInfo]] = {}  # surname key → people with that surname
        self.by_name: dict[str, _PersonInfo] = {}  # any registered form (normalised) → person
        self.mentions: list[tuple[int, str]] = []  # (offset in body, canonical)
        self._mention_pos: list[int] = []
        self.extra: dict[str, str] = {}  # alias (normalised) → canonical, e.g. "our correspondent"
        self.paragraph_starts: list[int] = [0]  # offsets in the body where a paragraph begins
        # people by the lower-cased first and middle word of a name they have had (entries can be stale: the
        # lookups check the current name), so that short forms are found without scanning everyone
        self._by_word: dict[tuple[int, str], dict[int, _PersonInfo]] = {}

    # -- building ---------------------------------------------------------
    @staticmethod
    def _compatible(a: str, b: str) -> bool:
        """Whether two forms can name one person: same first name, an initial, or a bare surname."""
        wa, wb = a.split(), b.split()
        if len(wa) == 1 or len(wb) == 1:
            return True
        fa, fb = wa[0].lower().rstrip("."), wb[0].lower().rstrip(".")
        if fa == fb or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb)):
            return True
        # a compound surname used alone: "Ruiz de Alarcón" for "María del Carmen Ruiz de Alarcón"
        short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
        return len(short) < len(long_) and [w.lower() for w in long_[-len(short):]] == [w.lower() for w in short]

    def add(self, name: str, gender: str = "u", order: int = 0) -> str:
        """Register a person by (full) name; returns the canonical name."""
        name = " ".join(name.split())
        key = surname_key(name)
        if not key:
            return name
        cands = self.by_key.setdefault(key, [])
        info = next((i for i in cands if self._compatible(i.name, name)
                     and not (gender != "u" and i.gender not in ("u", gender))), None)  # Mr Price is not Sarah Price
        if info is None and not cands:
            info = self._prefix_person(name.split()) if len(name.split()) > 1 else self._first_name_person(name)
            if info is not None:  # "Nur Aisyah" after "Nur Aisyah Rahman": the given names alone
                info.aliases.add(name)
                self.by_name[norm(name)] = info
                return info.name
        if info is None:
            info = _PersonInfo(name=name, order=order)
            cands.append(info)
        else:
            old = info.name
            if len(name.split()) > len(old.split()) or (len(name.split()) == len(old.split()) and len(name) > len(old)):
                info.aliases.add(old)
                info.name = name
            elif name != old:
                info.aliases.add(name)
        self.by_name[norm(name)] = info
        nw = info.name.split()
        for slot, w in ((_FIRST, nw[0]), (_MIDDLE, nw[1] if len(nw) == 3 else ""),
                        (_FIRST_TWO, " ".join(nw[:2]) if len(nw) >= 3 else "")):
            if w:
                self._by_word.setdefault((slot, w.lower()), {})[id(info)] = info
        fam = _family_name_first(name)
        if fam and fam != key:  # "Kang Dong-hyun" is "Kang" on second mention
            lst = self.by_key.setdefault(fam, [])
            if info not in lst:
                lst.append(info)
        if gender != "u" and info.gender == "u":
            info.gender = gender
        return info.name

    def _only(self, slot: int, key: str, fits: Callable[[list[str]], bool]) -> _PersonInfo | None:
        """The one person indexed under ``(slot, key)`` whose current name words pass ``fits``, else None."""
        found = [i for i in self._by_word.get((slot, key), {}).values() if fits(i.name.split())]
        return found[0] if len(found) == 1 else None

    def _prefix_person(self, words: list[str]) -> _PersonInfo | None:
        """The one person whose longer name starts with these two or more words ("Nur Aisyah" for
        "Nur Aisyah Rahman")."""
        if len(words) < 2:
            return None
        low = [w.lower() for w in words]
        return self._only(_FIRST_TWO, " ".join(low[:2]),
                          lambda nw: len(nw) > len(low) and [w.lower() for w in nw[:len(low)]] == low)

    def _first_surname_person(self, word: str) -> _PersonInfo | None:
        """The one person with a three-word name whose middle word is ``word``: Spanish and Latin American
        names carry two surnames, and the first one alone names the person ("Vásquez" for "Rogelio Vásquez
        Cruz")."""
        low = word.lower()
        if len(low) < 3 or low in GIVEN_NAMES:
            return None
        return self._only(_MIDDLE, low, lambda nw: len(nw) == 3 and nw[1].lower() == low and nw[1][:1].isupper())

    def _first_name_person(self, word: str) -> _PersonInfo | None:
        """The one person whose first name is ``word`` (Malay and Arabic names are shortened to it after an
        honorific: "Dr Noraini")."""
        low = word.lower()
        return self._only(_FIRST, low, lambda nw: len(nw) >= 2 and nw[0].lower() == low)

    def _info(self, canonical: str) -> _PersonInfo | None:
        return self.by_name.get(norm(canonical))

    def add_alias(self, alias: str, canonical: str) -> None:
        """Record another way the article refers to a person ("the 56-year-old")."""
        info = self._info(canonical)
        if info and alias and norm(alias) != norm(info.name):
            info.aliases.add(alias)
            self.extra.setdefault(norm(alias), info.name)

    def set_gender(self, canonical: str, gender: str, force: bool = False) -> None:
        """Record a person's gender; ``force`` lets the text's own pronouns overrule a guess from the first name."""
        info = self._info(canonical)
        if info and (info.gender == "u" or force) and gender in ("m", "f"):
            info.gender = gender

    # -- lookup -----------------------------------------------------------
    def resolve(self, text: str, pos: int | None = None) -> str | None:
        """Canonical name for a name form ("Mr McDonough", "McDonough", "Denis McDonough").

        A bare surname shared by several people resolves to the one of them mentioned last before
        ``pos`` in the same paragraph, or else to the first of them introduced.
        """
        words = text.replace("’", "'").split()
        t = " ".join(words)
        if t.endswith("'s"):
            t = t[:-2]
            words = t.split()
        if self.extra:
            nt = norm(t)
            if nt in self.extra:
                return self.extra[nt]
        hon_gender = "u"
        had_hon = bool(words) and words[0].lower().rstrip(".") in HONORIFICS
        while words and words[0].lower().rstrip(".") in HONORIFICS:
            h = words.pop(0).lower().rstrip(".")
            hon_gender = "f" if h in FEMALE_HONORIFICS else "m" if h in MALE_HONORIFICS else hon_gender
        if not words:
            return None
        cands = self.by_key.get(_token_key(words[-1]))
        if not cands:
            known = self.by_name.get(norm(" ".join(words)))
            if known is not None:
                return known.name  # a registered short form ("Noraini" for Noraini Hashim)
            pre = self._prefix_person(words)
            if pre is None and len(words) == 1 and hon_gender != "u" or pre is None and len(words) == 1 and had_hon:
                pre = self._first_name_person(words[0])  # "Dr Noraini" for "Datuk Dr Noraini Hashim"
            if pre is None and len(words) == 1:
                pre = self._first_surname_person(words[0])  # "Vásquez" for "Rogelio Vásquez Cruz"
            return pre.name if pre else None
        if hon_gender != "u" and len(cands) > 1 and len(words) == 1:
            # "Mr Singh" when the article has Amrit and Priya Singh: the man
            fit = [i for i in cands if i.gender in (hon_gender, "u")]
            if len(fit) == 1:
                return fit[0].name
            cands = fit or cands
        if len(words) >= 2:
            form = " ".join(words)
            hit = next((i for i in cands if self._compatible(i.name, form)), None)
            return hit.name if hit else None
        if len(cands) == 1 or pos is None:
            return cands[0].name
        names = {i.name for i in cands}
        para = self.paragraph_starts[max(0, bisect.bisect_right(self.paragraph_starts, pos) - 1)]
        k = bisect.bisect_left(self._mention_pos, pos)
        while k > 0 and self._mention_pos[k - 1] >= para:
            k -= 1
            if self.mentions[k][1] in names:
                return self.mentions[k][1]
        # in a new paragraph: news style names relatives in full ("her son, Marcus Dawkins, said") and keeps
        # the bare surname for the person the story is about, who is introduced first
        return cands[0].name

    def aliases(self, canonical: str) -> set[str]:
        """The other forms the article uses for a person ("Mrs Nicholson" for Anne Nicholson)."""
        info = self._info(canonical)
        return {a for a in info.aliases if norm(a) != norm(info.name)} if info else set()

    def gender(self, canonical: str) -> str:
        info = self._info(canonical)
        return info.gender if info else "u"

    def is_person(self, canonical: str) -> bool:
        return self._info(canonical) is not None

    def note_mention(self, pos: int, canonical: str) -> None:
        k = bisect.bisect(self._mention_pos, pos)
        self._mention_pos.insert(k, pos)
        self.mentions.insert(k, (pos, canonical))

    def last_person_before(self, pos: int, gender: str = "u", min_pos: int = 0) -> str | None:
        """The most recent person mentioned before ``pos`` (gender-compatible)."""
        k = bisect.bisect_left(self._mention_pos, pos)
        while k > 0:
            k -= 1
            p, name = self.mentions[k]
            if p < min_pos:
                return None
            g = self.gender(name)
            if gender == "u" or g == "u" or g == gender:
                return name
        return None

    def persons(self) -> tuple[Person, ...]:
        infos = sorted({id(i): i for lst in self.by_key.values() for i in lst}.values(), key=lambda i: i.order)
        return tuple(Person(i.name, tuple(sorted(a for a in i.aliases if norm(a) != norm(i.name)))) for i in infos)


_MEDIA_POSS = re.compile(r"\b(?:%s)['’]s\s*$" % "|".join(re.escape(m).replace("\\ ", r"\s+")
                                                       for m in sorted(MEDIA, key=len, reverse=True)), re.I)
_PRONOUN_AFTER = re.compile(r"[^.!?]{0,60}?\b(she|he|her|his)\b", re.I)
_SURNAMED = re.compile(r"\b(?:surnamed|identified\s+only\s+as|known\s+only\s+as|who\s+gave\s+(?:his|her)\s+name\s+as)\s+"
                       r"([A-Z][\w'’-]+)(?!\s+[A-Z])")
_CAP_TITLE_OF_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:of|for)\s+(?:[A-Z][\w&-]*\s+(?:(?:of|for|and)\s+)?){0,3}$")
_TITLE_OF_FIELD = re.compile(r"\b([A-Za-z]+)\s+of\s+[a-z][a-z-]{2,}\s$")
_APPOS_TITLE = re.compile(r"^,\s+(?:the\s+|a\s+|an\s+|then\s+|former\s+)?([\w'’-]+(?:\s+[\w'’-]+){0,4})")
_AGE = re.compile(r"^,?\s*(?:\d{1,3}|(?:the|a|an)\s+\d{1,3}-year-old)\b")


_TITLE_COMPL_BEFORE = re.compile(r"\b([A-Za-z][\w-]*|MP|MEP|MSP|MLA|TD|AM|CEO|MP's)\s+(?:for|in|on|of)\s+(?:the\s+)?[A-Za-z][\w&'’-]*"
                                 r"(?:\s+(?:and\s+)?[A-Za-z][\w&'’-]*){0,3},\s$")


_ACRONYM_TAIL = re.compile(r"\s*\([A-Z][A-Za-z.&]{1,9}\)\s$")
# position words that are never the surname of a run of capitals ("Chief Election Commissioner", "Electoral Officer")
_NEVER_SURNAME = {"officer", "officers", "commissioner", "commissioners", "minister", "ministers", "secretary",
                  "director", "president", "chairman", "chairwoman", "chairperson", "spokesman", "spokeswoman",
                  "spokesperson", "investigator", "executive", "governor", "senator", "inspector", "superintendent",
                  "coordinator", "administrator", "correspondent", "ambassador", "envoy", "registrar",
                  "commander", "official", "officials", "prosecutor", "attorney", "treasurer", "auditor",
                  "ombudsman", "chancellor", "premier", "mayor", "councillor", "councilor", "lawmaker", "mp", "mps"}


_CHINESE_FAMILY = {"wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
                   "hu", "guo", "he", "lin", "gao", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng",
                   "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du",
                   "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao", "xi", "qian", "fu", "zhong", "jin"}
# Cantonese, Hokkien and Teochew spellings used in Hong Kong, Singapore and Malaysia
_SOUTHERN_FAMILY = {"ng", "tan", "lim", "lee", "wong", "chan", "chua", "goh", "ong", "teo", "koh", "lau", "low", "yeo",
                    "ho", "chong", "tay", "toh", "quek", "seah", "sim", "chia", "foo", "yap", "tse", "leung", "cheung",
                    "lai", "kwok", "fong", "mak", "tsang", "yip", "choi", "chow", "chu", "hui", "kwan", "siu", "tong",
                    "yeung", "au", "lam", "loh", "khoo", "ang", "heng", "kok", "lok", "neo", "pang", "soh", "wee"}
_SYLLABLE = re.compile(r"[A-Z](?=[a-z]*[aeiou])[a-z]{0,4}(?<=[aeiou]|h|n|g|m|k|t|p)(?<!th)(?<!sh)(?<!ch)")
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")  # "Dong-hyun", "Hyung-seok", "Jae-in"
_PINYIN_GIVEN = re.compile(r"[A-Z](?:[a-z]*(?:ang|eng|ing|ong|ao|ei|ui|iu|ai|ou|an|en|in|un|ia|ie|ua|uo|i|u|e|a|o))"
                           r"(?:[a-z]*(?:ang|eng|ing|ong|ao|ei|ui|iu|ai|ou|an|en|in|un|i|u|e|a|o))?")


def _family_name_first(name: str) -> str:
    """The family name of an East Asian name written family name first ("Kang Dong-hyun" → "kang",
    "Wang Liqun" → "wang"), or ""."""
    w = name.split()
    if len(w) == 3 and w[0].lower() in _CHINESE_FAMILY | _SOUTHERN_FAMILY and all(_SYLLABLE.fullmatch(x) for x in w[1:]):
        return w[0].lower()  # "Ng Chee Wah", "Tan Wei Ming": a family name and two given syllables
    if len(w) != 2:
        return ""
    fam = w[0].lower()
    if _KOREAN_GIVEN.fullmatch(w[1]) and len(fam) <= 5:
        return fam
    if fam in _CHINESE_FAMILY and _PINYIN_GIVEN.fullmatch(w[1]) and w[1].lower() not in GIVEN_NAMES:
        return fam
    return ""


def _title_before(before: str) -> str:
    """The title word right before a name ("spokeswoman", "President"), if any."""
    if before.endswith(") "):  # "Chief Election Commissioner (CEC) Arvind Sinha": past the acronym
        am = _ACRONYM_TAIL.search(before)
        if am:
            before = before[: am.start()] + " "
    w = _word_before(before).lower().rstrip(".")
    return w if (w in TITLES or w.split("-")[0] in TITLES or w.startswith("co-") and w[3:] in TITLES) else ""


_BY_BEFORE = re.compile(r"(?:^|\n)\s*By\s+$")
_VERB_AFTER = re.compile(r"\s*(?:,[^,]{0,100},\s*|,\s*)?(?:has\s+|had\s+|have\s+|also\s+|later\s+|previously\s+)*([a-z]+)")


def _speech_next(after: str, before: str) -> bool:
    m = _VERB_AFTER.match(after)
    if m and (m.group(1) in SPEECH or m.group(1) in CHARACTERISE):
        return True
    w = _word_before(before).lower()
    return w in SPEECH and before.rstrip().endswith(w)


_BUSINESS_APPOS = re.compile(r",\s+(?:a|an)\s+(?:(?!(?:at|of|for|with|in|from|and|or|by)\s)[\w-]+\s+){0,3}?(?:company|firm|contractor|business|subsidiary|startup|"
                             r"charity|nonprofit|non-profit|operator|provider|supplier|manufacturer|retailer|chain|"
                             r"carrier|consultancy|agency)(?=[,.;]|\s+(?:based|that|which|headquartered|owned|run|in|"
                             r"from|with|founded|registered)\b)")
_DESK_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:correspondent|editor|reporter|writer|columnist|journalist|critic)\b")


_KIN = {"father": "m", "son": "m", "brother": "m", "husband": "m", "uncle": "m", "grandfather": "m", "nephew": "m",
        "grandson": "m", "widower": "m", "mother": "f", "daughter": "f", "sister": "f", "wife": "f", "aunt": "f",
        "grandmother": "f", "niece": "f", "granddaughter": "f", "widow": "f"}
_KIN_BEFORE = re.compile(r"\b(?:his|her|their|[\w'’.-]+['’]s)\s+(%s),?\s+$" % "|".join(_KIN))
_KIN_AFTER = re.compile(r",\s+(?:\d{1,3},\s+)?(?:his|her|their)\s+(%s)\b" % "|".join(_KIN))
_SENT_START = re.compile(r"(?:^|[.!?]['\"”’]?\s+|\n\s*)$")
_NEXT_PRON = re.compile(r"[^.!?\n]{0,250}?[.!?]['\"”’]?\s+(He|His|She|Her)\b")


def _gender_hint(body: str, run: CapRun) -> str:
    """A person's gender shown by the text: "her son, Cody Lee" / "Cody Lee, 44, her son" /
    "Ann Lee waves back. She …"."""
    m = _KIN_BEFORE.search(run.before) or _KIN_AFTER.match(run.after)
    if m:
        return _KIN[m.group(1)]
    if _SENT_START.search(run.before) and not run.possessive:
        m = _NEXT_PRON.match(body, run.end)
        if m and not re.search(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+|\b(?:Mr|Mrs|Ms|Dr|Sir|Dame)\b", body[run.end:m.start(1)]):
            return "m" if m.group(1) in ("He", "His") else "f"
    return "u"


def _relative_of_known(name: str, key: str, cands: list[tuple[CapRun, str, str, int]]) -> bool:
    """ "Delphine Marchbanks" when "Cody Marchbanks" is known: a relative with another first name, not a
    second form of the same person."""
    words = name.split()
    if len(words) != 2 or not words[0][:1].isupper() or len(words[0].rstrip(".")) < 3:
        return False
    same = [n for _, n, _, st in cands if st >= 2 and len(n.split()) > 1 and surname_key(n) == key]
    return bool(same) and all(not People._compatible(n, name) for n in same)


_AND_CAP = re.compile(r"\s+and\s+[A-Z]")
_AND_CAP_OR_BAR = re.compile(r"\s*(?:and\s+[A-Z]|\|)")
_POSS_SPACE_END = re.compile(r"[A-Z][\w&.-]*['’]s\s$")


def _ends_possessive(before: str) -> bool:
    """Whether ``before`` ends in 's (case-blind, as _MEDIA_POSS reads it) and spaces: the cheap test
    before that long pattern."""
    b = before.rstrip()
    return len(b) >= 2 and b[-2] in "'’" and b[-1] in "sSſ"


def build_people(body: str, masked: list[tuple[int, int]] | None = None) -> People:
    """Find the people of an article body; ``masked`` spans (direct quotes) give no mentions."""
    people = People()
    people.paragraph_starts = [0, *(m.end() for m in re.finditer(r"\n\s*\n", body))]
    runs = cap_runs(body)
    mask = sorted(masked or [])
    mask_starts = [a for a, _ in mask]

    def in_mask(pos: int) -> bool:
        k = bisect.bisect_right(mask_starts, pos) - 1
        return k >= 0 and mask[k][0] <= pos < mask[k][1]

    cands: list[tuple[CapRun, str, str, int]] = []  # run, name, gender, strength
    weak: list[tuple[CapRun, str, str, int]] = []  # multi-word runs with no evidence of their own
    speaking_surnames: set[str] = set()  # single words that speak ("Tsitsipas said") or have "Mr"
    single_words: set[str] = set()
    byline_starts: set[int] = set()
    single_count: dict[str, int] = {}
    for run in runs:
        nm = split_run(run.text)[1]
        if nm and " " not in nm:
            key = surname_key(nm)
            single_words.add(key)
            single_count[key] = single_count.get(key, 0) + 1
    for run in runs:
        lead, name = split_run(run.text)
        if not name:
            continue
        if _DESK_AFTER.match(run.after) or "By" in run.before and _BY_BEFORE.search(run.before):
            byline_starts.add(run.start)  # a byline name is no antecedent for "she said"
            if len(name.split()) >= 3 and _DESK_AFTER.match(run.after):
                name = " ".join(name.split()[:-1])  # "Ann Lee Environment correspondent": the desk is no name
        if looks_like_org(name) or norm(name) in NON_NAME_CAPS or len(name.rstrip(".")) <= 1:
            continue
        if all(w.isupper() and len(w) > 1 for w in name.split()):
            continue  # "JUDGE CITES 'SUBSTANTIAL' LOSS", "CNA": a sub-heading or an acronym, not a person
        if re.fullmatch(r"[RDI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?", name):
            continue  # "R-Idaho", "D-N.Y.": a party and a state
        if not lead and re.search(r"[a-z] $", run.before) and _word_before(run.before).lower() in _COMPANY_NOUNS:
            continue  # "the Abu Dhabi developer Qamar Renewables": a company
        if not lead and run.before.endswith(("the ", "The ")):
            continue  # "For the Conservatives,", "of the Anatolian Pipe Producers' Association": a body
        words = name.split()
        if words[-1].lower().rstrip(".,") in _NEVER_SURNAME:
            continue  # "Chief Election Commissioner", "the State's Chief Electoral Officer": a position
        first = words[0].lower()
        gender = "u"
        strength = 0
        hon = _honorific_before(run.before)
        lead_words = [w.lower().rstrip(".") for w in lead.split()]
        if lead_words and lead_words[-1] in HONORIFICS or hon in HONORIFICS:
            h = lead_words[-1] if lead_words and lead_words[-1] in HONORIFICS else hon
            strength = 3
            gender = "f" if h in FEMALE_HONORIFICS else "m" if h in MALE_HONORIFICS else "u"
        tb = ""
        if lead_words and (lead_words[-1] in TITLES or lead_words[-1].split("-")[0] in TITLES):
            tb = lead_words[-1]
        elif lead_words and lead_words[-1] in PERSON_DESCRIPTORS and len(words) >= 2:
            strength = max(strength, 2)  # "Parent Kayleigh Vandermolen": an ordinary person
        elif lead_words and _plural_title(lead_words[-1]) and _AND_CAP.match(run.after):
            tb = _plural_title(lead_words[-1])  # "Trustees Nguyen Thi Mai and Frank DeLuca"
        elif run.before.endswith(" "):
            tb = _title_before(run.before)
            if not tb and " ".join(run.before.lower().split()[-2:]) in POSITION_BIGRAMS:
                tb = "player"  # "defensive end Marcus Lyle": a two-word position
            if not tb and lead and len(words) >= 2 and (" of " in run.before[-40:] or " for " in run.before[-40:]):
                cm2 = _CAP_TITLE_OF_BEFORE.search(run.before)
                if cm2 and cm2.group(1).lower() in TITLES:
                    tb = cm2.group(1).lower()  # "Senior Minister of State for Transport Tan Wei Ming"
            if not tb and " of " in run.before[-30:] and len(words) >= 2 and not any(w.isupper() for w in words):
                fm = _TITLE_OF_FIELD.search(run.before)
                if fm and fm.group(1).lower() in TITLES:
                    tb = fm.group(1).lower()  # "Leader of opposition Asha Rane"
        if not tb and run.before.endswith(", "):
            cm = _TITLE_COMPL_BEFORE.search(run.before[-100:])
            if cm and (cm.group(1).lower() in TITLES or cm.group(1).lower().split("-")[0] in TITLES):
                tb = cm.group(1)  # "Its spokesperson for foreign affairs, Lena Kask"
        if tb in ("host", "hosts", "face", "faces") and re.search(
                r"\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+)?[A-Z][a-z]+s\s+%s\s+$" % re.escape(tb), run.before) and not lead:
            continue  # "The Warriors host Munster Reds": a team's verb, not a title
        if tb:
            strong = tb in STRONG_TITLES or tb.split("-")[0] in STRONG_TITLES
            strength = max(strength, 3 if strong else 1 if run.possessive else 2)
            gender = "f" if tb in FEMALE_TITLES else "m" if tb in MALE_TITLES else gender
        am = _APPOS_TITLE.match(run.after)
        appos_title = False
        if am:
            aw = [w.lower() for w in am.group(1).split()]
            span = 6 if any(w.endswith(("'s", "’s")) for w in aw[:4]) else 4  # "the regional district's … director"
            if any(w in TITLES or w.split("-")[0] in TITLES for w in aw[:span]) and aw[0] not in (
                    "one", "who", "which", "including", "such", "like", "and", "or", "but", "whose", "where", "when") \
                    and not any(w in SPEECH and not (i and (aw[i - 1].endswith(("'s", "’s")) or aw[i - 1] in (
                        "the", "a", "an", "its", "their", "his", "her"))) for i, w in enumerate(aw[:4])):
                # (a noun after a possessive is no verb: "coordinator of Oaxaca's state civil protection agency")
                strength = max(strength, 3)
                appos_title = True
        if _AGE.match(run.after):
            strength = max(strength, 2)
        if len(words) >= 2 and run.after.startswith(", who ") and not run.possessive:
            strength = max(strength, 2)  # "Abdulrahman al-Sharafi, who heads …": "who" is for people
        if _BUSINESS_APPOS.match(run.after):
            continue  # "Lone Star Pupil Transit, a company based in Austin": a business, whatever its words
        if len(words) >= 2 and _ends_possessive(run.before) and _MEDIA_POSS.search(run.before) \
                and not _AND_CAP_OR_BAR.match(run.after):
            strength = max(strength, 3)  # "the BBC's Lucy Williamson": a journalist
        elif 2 <= len(words) <= 3 and ("'s" in run.before[-4:] or "’s" in run.before[-4:]) \
                and _POSS_SPACE_END.search(run.before) and _speech_next(run.after, "") \
                and not any(w.lower() in ORG_WORDS for w in words):
            strength = max(strength, 2)  # "Counterpoint Research's Tarun Pathak said": someone from that body
        g = GIVEN_NAMES.get(first)
        if g and len(words) >= 2:
            strength = max(strength, 3)
            if gender == "u":
                gender = g
        if len(words) == 2 and _KOREAN_GIVEN.fullmatch(words[1]) and len(words[0]) <= 5 and words[0].isalpha():
            strength = max(strength, 2)  # "Park Ji-won": a Korean family name and a hyphenated given name
        if len(words) == 2 and re.fullmatch(r"[A-Z]\.", words[0]) and re.fullmatch(r"[A-Z][a-z]{2,}", words[1]) \
                and words[1].lower() not in ORG_WORDS and words[1].lower() not in NON_NAME_CAPS:
            strength = max(strength, 2)  # "S. Kavitha": an initial and a name
        if gender == "u" and len(words) >= 2:
            gender = _gender_hint(body, run)
        if len(words) >= 2 and _speech_next(run.after, run.before) and surname_key(name) in single_words:
            # "Dev Sharma, said …" + "Mr Sharma" / "Sharma said": people are called by their surname,
            # organisations ("Big Machine says …") are not called by their last word
            strength = max(strength, 2)
        if any(w.lower() in ORG_WORDS for w in words):
            continue
        prep = _word_before(run.before).lower() if run.before.endswith(" ") else ""
        titled = bool(lead_words) and (lead_words[-1] in TITLE_MODIFIERS or lead_words[-1] in TITLES)
        if titled and len(words) >= 2 and not run.possessive and prep in ("for", "of") and \
                all(w in TITLE_MODIFIERS for w in lead_words) and \
                _title_before(run.before[: len(run.before.rstrip()) - len(prep)].rstrip() + " ")[:1].isalpha() and \
                re.search(r"\b[A-Z][\w-]*\s+%s\s+$" % prep, run.before):
            # "Deputy Superintendent for Operations Calvin R. Whitlock": the preposition belongs to the title
            strength = max(strength, 2)
        elif prep in ("at", "for", "from", "via", "with", "against", "into", "on", "in", "of") and not tb and strength < 3 \
                or prep in ("at", "for", "from", "via", "against", "into", "on", "in") and not tb \
                and not (lead_words and lead_words[-1] in HONORIFICS) and hon not in HONORIFICS:
            # "strategist at Charles Schwab", "economists at Goldman Sachs": an organisation
            if not appos_title:
                continue
        if len(words) == 1 and strength < 3:
            cands.append((run, name, gender, -1))  # maybe a surname of someone known
            if _speech_next(run.after, run.before) or hon in HONORIFICS:
                speaking_surnames.add(surname_key(name))
            continue
        if len(words) == 1:
            speaking_surnames.add(surname_key(name))
        core_len = sum(1 for w in words if w.lower() not in _PARTICLES)  # "María del Carmen Ruiz de Alarcón": 4
        if strength >= 2 and core_len <= 5:
            cands.append((run, name, gender, strength))
        elif 2 <= core_len <= 4 and not run.possessive:
            weak.append((run, name, gender, strength))
    # "will face Stefanos Tsitsipas" + later "Tsitsipas, who …, said": the full form is a person too
    strong_keys = {surname_key(n) for _, n, _, st in cands if st >= 2 and len(n.split()) > 1}
    for run, name, gender, strength in weak:
        key = surname_key(name)
        # the surname used alone again and again ("Kettlewick won …", "Kettlewick's side") marks a person
        if (key in speaking_surnames or single_count.get(key, 0) >= 2 and len(name.split()) <= 3) \
                and (key not in strong_keys or _relative_of_known(name, key, cands)) and all(
                w[:1].isupper() or w.lower() in _PARTICLES for w in name.split()):
            cands.append((run, name, gender, 2))
            strong_keys.add(key)
    cands.sort(key=lambda c: c[0].start)
    # "a retired bus driver surnamed Chow, 74, said she …": someone known by one name only
    for sm in (_SURNAMED.finditer(body) if "surnamed" in body or "only as" in body else ()):
        if not people.by_key.get(surname_key(sm.group(1))):
            gm = _PRONOUN_AFTER.match(body, sm.end(1))
            canon = people.add(sm.group(1), ("f" if gm.group(1).lower() in ("she", "her") else "m") if gm else "u",
                               order=sm.start(1))
            people.note_mention(sm.start(1), canon)
    # register full names first (in order), then single-word forms
    order = 0
    for run, name, gender, strength in cands:
        if strength >= 2 and (len(name.split()) >= 2 or strength >= 3):
            if len(name.split()) == 1 and people.by_key.get(surname_key(name)):
                continue
            order += 1
            people.add(name, gender, order=run.start)
    for run, name, gender, strength in cands:
        hon_word = _word_before(run.before).rstrip(".") if _honorific_before(run.before) else ""
        lead_hon = split_run(run.text)[0].split()[-1:] if split_run(run.text)[0] else []
        hon_word = lead_hon[0].rstrip(".") if lead_hon else hon_word
        if " " not in name and hon_word.lower() in HONORIFICS:
            canon = people.resolve(f"{hon_word} {name}", run.start)  # "Mr Singh": the man of that name
        else:
            canon = people.resolve(name, run.start)
        if canon is None:
            continue
        if gender != "u":
            people.set_gender(canon, gender)
        if name != canon:
            lead, _ = split_run(run.text)
            hon = lead.split()[-1] if lead else (_word_before(run.before) if _honorific_before(run.before) else "")
            form = f"{hon} {name}" if hon.rstrip(".").lower() in HONORIFICS else name
            info = people._info(canon)
            if info is not None:
                info.aliases.add(form)
        if not in_mask(run.start) and run.start not in byline_starts:
            people.note_mention(run.start, canon)
    return people


def clear_caches() -> None:
    """Forget memoised name splitting (benchmarks use it to time cold runs)."""
    _cap_runs.cache_clear()
    split_run.cache_clear()
    _word_before.cache_clear()
    _lead_kind.cache_clear()
    _cuts_run.cache_clear()
    looks_like_org.cache_clear()
