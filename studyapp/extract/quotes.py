"""Direct quotes and reported speech with their speakers.

Direct quotes: words inside quotation marks (straight, curly, single) attributed by a
clause after them (``"…," X said`` / ``"…," said X, title``), before them
(``X said: "…"``), by the previous paragraph (a quote that runs over several
paragraphs, or a quote paragraph following an attributed one), or, for a fragment
inside a sentence, by the speech verb whose complement holds it
(``he said he was "appalled" that …``). Scare quotes with no speech verb are skipped.

Reported speech: ``X said (that) …``, ``X told Y (that) …``, ``…, X said.``,
``The key …, says X, is …`` and ``…, saying (that) …``.

Speakers are resolved with :class:`studyapp.extract.names.People`: pronouns to the
most recent compatible person, "Mr X" and bare surnames to the full name, "the
56-year-old" to the most recent person, "the company" / "they" / "it" to the most
recent organisation or group that spoke; an unnamed speaker keeps its description.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from studyapp.extract.facts import Quote, Role
from studyapp.extract.lexicon import (
    COGNITION,
    CHARACTERISE,
    COUNTRIES,
    DEMONYMS,
    GIVEN_NAMES,
    GROUP_NOUNS,
    MEDIA,
    ORG_DESCRIPTORS,
    ORG_WORDS,
    NATIONALITY_NOUNS,
    NON_NAME_CAPS,
    SPEAKER_NOUNS,
    STATES,
    SPEECH,
    THAT_ONLY,
    TITLE_MODIFIERS,
    TITLES,
)
from studyapp.extract.names import People, cap_runs, looks_like_org, norm, split_run
from studyapp.extract.text import Sentence, caption_paragraphs

__all__ = ["QSpan", "find_quote_spans", "extract_quotes", "Speaker"]

MAX_QUOTE_CHARS = 3000


@dataclass(frozen=True, slots=True)
class QSpan:
    """A quotation inside a paragraph: ``par[open:close]`` includes the marks when present."""

    open: int
    close: int
    text_start: int
    text_end: int
    closed: bool


_DQ_OPEN = "“„«"
_DQ_CLOSE = "”»"


_SQ_CLOSE = re.compile(r"(?<! )[’'](?![^\W_])")
_DQ_ANY = re.compile(r"[\"“”„«»]")


def _single_close(par: str, i: int, closes: list[int], dqs: list[int]) -> int:
    """Index of the mark closing a single-quoted span opened at ``i``, or -1."""
    k = bisect.bisect_right(closes, i)
    nd = bisect.bisect_right(dqs, i)
    next_dq = dqs[nd] if nd < len(dqs) else len(par)
    limit = min(len(par), i + 1500, next_dq)
    n = len(par)
    fallback = -1
    while k < len(closes) and closes[k] < limit:
        j = closes[k]
        # "players' union": a plural possessive followed by a lower-case word is not a close,
        # unless nothing else closes the quotation ("Ubisoft are 'believers' in streaming")
        if not (par[j - 1] == "s" and j + 2 < n and par[j + 1] == " " and par[j + 2].islower()):
            return j
        if fallback < 0:
            fallback = j
        k += 1
    return fallback


def find_quote_spans(par: str) -> list[QSpan]:
    """Quotations in one paragraph, in order; an unclosed one runs to the paragraph end."""
    spans: list[QSpan] = []
    n = len(par)
    closes = [m.start() for m in _SQ_CLOSE.finditer(par)] if ("'" in par or "’" in par) else []
    dqs = [m.start() for m in _DQ_ANY.finditer(par)]
    open_at = -1
    for m in _ANY_QUOTE_MARK.finditer(par):
        i = m.start()
        ch = par[i]
        if open_at < 0:
            if spans and i < spans[-1].close:
                continue  # inside a single-quoted span already taken
            if ch == '"' or ch in _DQ_OPEN:
                open_at = i
            elif ch in "‘'" and (i == 0 or par[i - 1] in " \t([—–-\n") and i + 1 < n and (
                    par[i + 1].isalnum() or par[i + 1] == "["):
                found = _single_close(par, i, closes, dqs)
                if found > 0:
                    spans.append(QSpan(i, found + 1, i + 1, found, True))
                elif not dqs and (i == 0 or re.search(r"[.!?:]['’\"”]?\s$", par[max(0, i - 3) : i])):
                    # a paragraph opening a single-quoted quotation that runs on into the next paragraph
                    spans.append(QSpan(i, n, i + 1, n, False))
                    break
        else:
            if ch == '"' or ch in _DQ_CLOSE:
                spans.append(QSpan(open_at, i + 1, open_at + 1, i, True))
                open_at = -1
            elif ch in _DQ_OPEN and i - open_at > 1:
                # a new opening mark before a close: the previous quote ran to here
                spans.append(QSpan(open_at, i, open_at + 1, i, False))
                open_at = i
    if open_at >= 0 and open_at + 1 < n:
        spans.append(QSpan(open_at, n, open_at + 1, n, False))
    return [s for s in spans if s.text_end - s.text_start <= MAX_QUOTE_CHARS]


# ---------------------------------------------------------------------------
# speakers
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker: a person's canonical name or a description / organisation."""

    name: str
    kind: str  # "person", "org", "place", "group", "desc"
    alias: str = ""


# unnamed single speakers that "he"/"she added" can continue
_SINGLE_SPEAKER_HEADS = {"spokesperson", "spokeswoman", "spokesman", "official", "representative", "source",
                         "witness", "resident", "neighbour", "neighbor", "diplomat", "officer", "aide", "adviser",
                         "advisor", "lawyer", "analyst", "executive", "senior", "government", "ministry", "police",
                         "local", "company", "club", "family", "employee", "worker", "nurse", "teacher", "driver",
                         "owner", "passenger", "patient", "customer", "student", "parent", "neighbour", "neighbor"}
def _desc_gender(desc: str) -> str:
    """ "spokeswoman for X" → "f", "spokesman" → "m", else "u"."""
    w = set(norm(desc).split())
    if w & {"spokeswoman", "woman", "mother", "grandmother", "daughter", "wife", "sister", "chairwoman"}:
        return "f"
    if w & {"spokesman", "man", "father", "grandfather", "son", "husband", "brother", "chairman"}:
        return "m"
    return "u"


# "the company" is not a public body that spoke last ("the FAA said … Boeing lost $1bn, the company said")
_BUSINESS_HEADS = {"company", "firm", "group", "airline", "bank", "label", "studio", "network", "club", "team",
                   # elegant variation for the company of the story: "the Irish carrier", "the lender"
                   "carrier", "lender", "insurer", "carmaker", "automaker", "chipmaker", "retailer", "drugmaker",
                   "brewer", "miner", "manufacturer", "conglomerate", "broadcaster", "publisher", "operator"}
_PUBLIC_BODIES = {"administration", "agency", "ministry", "department", "union", "association", "police", "council",
                  "court", "commission", "authority", "government", "office", "parliament", "senate", "congress",
                  "committee", "federation", "institute", "university", "army", "navy", "service", "bureau",
                  "regulator", "watchdog", "machinists", "board", "inspectorate", "tribunal"}
_NAME_PARTICLES = {"al", "el", "bin", "ibn", "ben", "de", "da", "di", "du", "del", "della", "der", "van", "von", "le",
                   "la", "dos", "das", "do", "ter", "ten", "den", "af", "zu"}
_HON_GENDERED = {"mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady"}
_NOT_NAME_START = {"the", "a", "an", "this", "that", "these", "those", "our", "its", "their", "his", "her"}
_PRON = {"he": "m", "she": "f"}
_SOURCE_DOCS = {"report", "study", "ruling", "judgment", "judgement", "indictment", "document", "complaint",
                "lawsuit", "filing", "memo", "survey", "poll", "review", "inquiry", "audit", "analysis", "paper",
                "verdict", "order", "decision", "warrant", "affidavit", "petition", "charge", "sheet", "summary"}
_DOC_NOUNS = {"statement", "letter", "email", "post", "tweet", "note", "release", "message", "communique",
              "communiqué"}
_COMMON_SUBJECTS = {
    "reports", "report", "studies", "study", "documents", "document", "records", "figures", "data", "polls",
    "poll", "surveys", "survey", "estimates", "research", "statistics", "evidence", "papers", "files", "emails",
    "messages", "letters", "rumours", "rumors", "accounts", "minutes", "notes", "filings", "court", "sources",
    "others", "many", "some", "most", "few", "critics", "supporters", "residents", "locals", "witnesses",
    "police", "officials", "analysts", "experts", "observers", "insiders", "diplomats", "aides", "campaigners",
    "activists", "scientists", "researchers", "doctors", "economists", "lawyers", "prosecutors", "investigators",
    "authorities", "organisers", "organizers", "fans", "players", "teachers", "parents", "students", "workers",
}
_GROUP_PRON = {"they", "it", "we"}
_STRIP_LEAD = {"and", "but", "so", "then", "now", "however", "meanwhile", "also", "later", "earlier", "yet",
               "still", "separately", "instead", "finally", "moreover", "while", "though", "although"}
_STRIP_TAIL = {"also", "later", "then", "previously", "has", "have", "had", "will", "would", "again", "repeatedly",
               "always", "never", "still", "however", "now", "recently", "earlier", "once", "twice", "consistently",
               "reportedly", "publicly", "privately", "formally", "further", "separately", "subsequently", "had",
               "did", "does", "do", "is", "was", "are", "were", "been", "being", "quickly", "simply", "even",
               "initially", "originally", "first", "last", "often", "frequently", "widely", "already", "just",
               "has", "could", "can", "may", "might", "should", "must", "shall", "not", "thrice", "openly",
               "privately", "angrily", "firmly", "proudly", "flatly", "strongly", "clearly", "immediately",
               "categorically", "vehemently", "emphatically", "explicitly", "specifically", "personally",
               "officially", "jokingly", "confidently", "cautiously", "candidly", "bluntly", "frankly", "happily"}
_NP_FUNC = {"the", "a", "an", "our", "its", "their", "his", "her", "this", "that", "these", "those", "one",
            "two", "three", "several", "some", "many", "other", "another", "both", "all", "senior", "former",
            "top", "powerful", "unnamed", "anonymous", "local", "chief", "then", "unidentified", "young", "old",
            "new", "leading", "prominent", "independent", "outside", "fellow", "veteran", "longtime", "of",
            "for", "in", "at", "&", "and"}
_YEAR_OLD = re.compile(r"^\d{1,3}-year-old$")
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last",
             "latest", "next", "another", "other", "others", "one", "two", "three", "four", "five"}
_WORDS = re.compile(r"[\w][\w'’.\-/&]*")


_SOURCE_NP = re.compile(
    r"(?:(?:a|an|the|two|three|several|many|some|other|one|four|five)\s+)?(?:senior\s+|western\s+|european\s+|"
    r"us\s+|u\.s\.\s+|government\s+|industry\s+|security\s+|diplomatic\s+|military\s+)?"
    r"(?:sources?|people|person|officials?|diplomats?|insiders?|executives?|individuals?)\s+"
    r"(?:(?:who\s+are\s+|who\s+is\s+)?familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|"
    r"involved\s+in|aware\s+of|knowledgeable\s+about|in\s+the\s+room)\s+[^,.;:\"“”\x00]{1,60}?\s*$",
    re.I,
)


# "al-Sudani", "el-Sisi", "bin-Salman": a surname with a lower-case article is still a name
_NAME_PARTICLE_WORDS = {"de", "del", "della", "da", "di", "du", "dos", "das", "do", "van", "von", "der", "den", "ter",
                        "ten", "la", "le", "y", "bin", "ibn", "al", "el", "zu"}
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|as|ash|at|az|bin|ibn|abu|ul)-[A-ZÀ-ÖØ-Þ]")


_PERSON_AT = re.compile(r"(?:^|\s)((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)\s+(?:at|of|with|for)\s+"
                        r"(?:the\s+|a\s+|an\s+|its\s+)?(?!who\b|which\b|that\b)[\w'’&-]+"
                        r"(?:\s+(?!who\b|which\b|that\b)[\w'’&-]+){0,4})\s*$")


_GROUP_AT = re.compile(r"(?:^|\s)((?:[Mm]any\s+|[Ss]ome\s+|[Ss]everal\s+|[Oo]ther\s+)?([A-Za-z]+)\s+(at|in|from|of)\s+"
                       r"(?:the|a|an|its|their)\s+[\w'’&-]+(?:\s+[\w'’&-]+){0,2})\s*$")


def _np_tail(text: str) -> str:
    """The noun phrase at the end of ``text`` ("In a post at the time she" → "she")."""
    sm = _SOURCE_NP.search(text)
    if sm:  # "two sources familiar with the matter"
        return sm.group(0).strip()
    gm = _GROUP_AT.search(text)
    if gm and gm.group(2).lower() in _PEOPLE_SUBJECTS | _OF_GROUPS | {"people", "staff", "employees"} \
            and gm.group(2).lower() not in ("police", "authorities") \
            and (gm.group(3) != "of" or gm.group(2).lower() in _OF_GROUPS):
        return gm.group(1)  # "Workers at the plant", "Residents of the town": the people, not the place
    pm = _PERSON_AT.search(text)
    if pm and (pm.group(2) in SPEAKER_NOUNS or pm.group(2) in TITLES or pm.group(2) in _SINGLE_SPEAKER_HEADS):
        return pm.group(1)  # "An employee at the firm": the employee, not the firm
    words = _WORDS.findall(text)
    while words and words[-1].lower() in _STRIP_TAIL:
        words.pop()
    if not words:
        return ""
    last = words[-1].lower()
    if last in _PRON or last in _GROUP_PRON:
        return words[-1]
    out: list[str] = []
    for wi in range(len(words) - 1, -1, -1):
        w = words[wi]
        lw = w.lower().replace("’", "'")
        left = words[wi - 1].lower() if wi else ""
        if (lw in ("at", "from", "in") and left in _PEOPLE_SUBJECTS | {"people", "staff", "employees"}
                or lw == "of" and left in _OF_GROUPS) and out and len(out) <= 3:
            out.insert(0, w)  # "sources at the club", "officials in the ministry", "residents of the town"
            continue
        ok = (w[0].isupper() or _ARABIC_ARTICLE.match(w) or lw in _NAME_PARTICLES and out
              and (out[0][:1].isupper() or out[0].lower() in _NAME_PARTICLES) and wi > 0
              and (words[wi - 1][:1].isupper() or words[wi - 1].lower() in _NAME_PARTICLES) or lw in SPEAKER_NOUNS or lw in _DOC_NOUNS or lw in _SOURCE_DOCS or lw in TITLES or lw in TITLE_MODIFIERS or lw in DEMONYMS
              or lw in _NP_FUNC or _YEAR_OLD.match(lw) or lw.endswith("'s") or lw in GROUP_NOUNS)
        if lw in ("of", "for", "in", "at", "&", "and"):
            # "Center for Health and Human Rights", "families of the victims", "Prof X of MIT"
            ok = bool(out) and (out[0][0].isupper() or lw in ("of", "for") and out[0].lower() in _NP_FUNC)
        if not ok or lw in _PRON or lw in _GROUP_PRON:
            break
        out.insert(0, w)
    while out and out[0].lower() in ("of", "for", "in", "at", "&", "and"):
        out.pop(0)
    while out and out[0].lower() in _STRIP_LEAD:
        out.pop(0)
    if len(out) >= 3 and out[1].lower() in ("at", "from", "in", "of") \
            and out[0].lower() in _PEOPLE_SUBJECTS | _OF_GROUPS | {"people", "staff", "employees"}:
        return " ".join(out)  # "Workers at the plant": the workers speak, not the plant
    if out:
        h = out[-1].lower().replace("’", "'")
        if not (out[-1][0].isupper() or _ARABIC_ARTICLE.match(out[-1]) or h in SPEAKER_NOUNS or h in _DOC_NOUNS or h in _SOURCE_DOCS or h in TITLES or h in GROUP_NOUNS or h in DEMONYMS
                or _YEAR_OLD.match(h) or h.split("-")[-1] in TITLES):
            return ""
    return " ".join(out)


def _strip_article(s: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", s.strip(), flags=re.I)


# "Her neighbour, Dev Sharma, said", "Newport East's MS, Owen Rees, said": the name in the appositive
_TITLE_THEN_NAME = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][\w'’]*\s+){0,3}(?:[a-z][\w'’-]*|[A-Z]{2,4}),\s+([A-ZÀ-ÖØ-Þ][^,]{2,60}),")


def _given_gender(name: str) -> str:
    """The gender the given-name list suggests for a full name ("u" when unknown)."""
    first = name.split()[0].lower() if name.split() else ""
    g = GIVEN_NAMES.get(first, "u")
    return g if g in ("m", "f") else "u"


class _Context:
    """Speaker resolution state for one article."""

    def __init__(self, people: People, roles: list[Role], body: str = "",
                 sentences: list[Sentence] | None = None) -> None:
        self.body = body
        self.roles = roles
        self.sent_starts = [x.start for x in sentences or []]
        # sentence subjects that are people: the preferred antecedents of he / she / "the 29-year-old"
        self.subj_pos: list[int] = []
        self.subj_name: list[str] = []
        for x in sentences or []:
            ls = _leading_subject(x.text)
            am = _TITLE_THEN_NAME.match(x.text)
            if am:  # "Her neighbour, Dev Sharma, said …": the name in the appositive
                ls = am.group(1)
            qm = re.match(r'\s*["“]([^"“”]{1,600})["”]', x.text)
            if qm:  # '"…," Ann Lee wrote.': the speaker of a leading quotation is the sentence's subject
                attr = parse_post_attribution(x.text[qm.end():])
                ls = attr.speaker_np if attr and attr.speaker_np[:1].isupper() else ""
            if not ls or not ls[:1].isupper() or ls.split()[0].lower() in _PRON:
                continue
            for r in reversed([r for r in cap_runs(ls) if not r.possessive]):
                _, nm = split_run(r.text)
                canon = people.resolve(nm, x.start) if nm else None
                if canon:
                    self.subj_pos.append(x.start)
                    self.subj_name.append(canon)
                    break
            else:
                canon = self._by_role(ls) if "'s " in ls.replace("’", "'") else None
                if canon:  # "Tamaroa's chief climate negotiator, …, took over": the person holding that role
                    self.subj_pos.append(x.start)
                    self.subj_name.append(canon)
        self._lower_words: set[str] | None = None
        self._ages: dict[str, set[str]] | None = None
        self._directions: dict[str, str] = {}
        self.people = people
        self.roles = roles
        self.last_group: Speaker | None = None  # org / group that spoke last (it / they)
        self.last_group_pos = -1
        self.last_person_speaker: tuple[int, str] | None = None
        self.last_any: Speaker | None = None
        self.last_any_pos = -1
        self._learn_genders(sentences or [])

    def _subject_here(self, pos: int, name: str) -> None:
        """Record ``name`` as the subject of the sentence at ``pos`` when that sentence opens with it."""
        if not self.sent_starts:
            return
        si = bisect.bisect_right(self.sent_starts, pos) - 1
        start = self.sent_starts[max(si, 0)]
        if start in self.subj_pos:
            return  # (the speaker a sentence reports is its subject, wherever the name stands)
        k = bisect.bisect_left(self.subj_pos, start)
        self.subj_pos.insert(k, start)
        self.subj_name.insert(k, name)

    def note(self, sp: Speaker, pos: int) -> None:
        self.last_any = sp
        self.last_any_pos = pos
        if sp.kind in ("org", "group", "place"):
            self.last_group = sp
            self.last_group_pos = pos
        elif sp.kind == "person":
            self.last_person_speaker = (pos, sp.name)

    def _by_role(self, desc: str) -> str | None:
        """A definite description naming a known person's role ("the Wikileaks founder")."""
        words = [w for w in norm(desc).replace("'s", "").split() if w not in ("the", "our", "a", "an", "its", "their")]
        if not words:
            return None
        head = words[-1]
        if head not in TITLES and head.split("-")[-1] not in TITLES:
            return None
        hits = set()
        for r in self.roles:
            rw = norm(r.role).replace("'s", "").split()
            rw = {x for w in rw for x in [w, *w.split("-")]}
            if head in rw and all(w in rw or w in norm(r.org) for w in words):
                hits.add(r.person)
        return hits.pop() if len(hits) == 1 else None

    def _learn_genders(self, sentences: list[Sentence]) -> None:
        """Genders the text itself shows: "Braun has worked … He has denied …", "Swift said she …"."""
        votes: dict[str, list[int]] = {}
        idx = {x.start: i for i, x in enumerate(sentences)}
        for pos, name in zip(self.subj_pos, self.subj_name):
            i = idx.get(pos)
            if i is None or i + 1 >= len(sentences):
                continue
            m = re.match(r"(?:But|And|Then|Now|However,)?\s*(He|She|His|Her)\b", sentences[i + 1].text)
            if m:
                v = votes.setdefault(name, [0, 0])
                v[0 if m.group(1) in ("He", "His") else 1] += 1
        for x in sentences:
            for m in re.finditer(r"\b([A-Z][\w'’-]+)\s+(?:\w+ly\s+)?(?:said|says|told\s+\w+|added|insisted|claimed|"
                                 r"denied|admitted|argued|explained)\s+(?:that\s+)?(he|she)\b", x.text):
                canon = self.people.resolve(m.group(1), x.start + m.start())
                if canon:
                    v = votes.setdefault(canon, [0, 0])
                    v[0 if m.group(2) == "he" else 1] += 1
        for name, (male, female) in votes.items():
            if male != female:
                # the article's own pronouns outweigh a guess from the first name ("Kelly … He said"), but not a
                # title ("Mrs Nicholson said her father … He rebuilt the flock": "he" is the father)
                hons = {a.split()[0].lower().rstrip(".") for a in self.people.aliases(name) if len(a.split()) >= 2}
                sure = bool(hons & {"mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady"})
                self.people.set_gender(name, "m" if male > female else "f", force=abs(male - female) >= 1 and
                                       min(male, female) == 0 and not sure)

    _NEXT_TOKEN = re.compile(r"\s*(,|[a-z]+)")

    def _unknown_subject_before(self, pos: int) -> str:
        """Whether the nearest sentence subject before ``pos`` is a name we do not know as a person
        ("Nguyen, who represents District 4, said … "…," she said"): he / she is then that stranger."""
        if not self.sent_starts or not self.body:
            return ""
        si = bisect.bisect_right(self.sent_starts, pos) - 1
        for j in (si, si - 1):
            if j < 0:
                return ""
            end = pos if j == si else self.sent_starts[j + 1]
            text = self.body[self.sent_starts[j]:end]
            if text.lstrip()[:1] in ('"', "“", "‘", "'"):
                if j == si:
                    continue  # '"…," she said': the quotation is no subject
                return ""
            ls = _leading_subject(text)
            if not ls:
                continue
            if ls.split()[0].lower() in _PRON or ls.split()[0].lower() in _GROUP_PRON:
                return ""
            runs = [r for r in cap_runs(ls) if not r.possessive]
            if len(runs) != 1 or runs[0].start != 0 or runs[0].end != len(ls.rstrip()):
                return ""
            lead, nm = split_run(runs[0].text)
            if lead or not nm or self.people.resolve(nm, self.sent_starts[j]) is not None or looks_like_org(nm) \
                    or norm(nm) in NON_NAME_CAPS or nm.isupper() or norm(nm) in MEDIA:
                return ""  # (an acronym such as "CNA" or an outlet is no "she")
            after = text[text.find(ls) + len(ls):] if ls in text else ""
            nxt = self._NEXT_TOKEN.match(after)
            if not nxt or not (nxt.group(1) == "," or _is_speech_verb(nxt.group(1))) or nm.lower().endswith("ing"):
                return ""  # "Sentencing him, Judge X said": not a subject
            return nm if len(nm) > 2 and all(self._proper_word(w) for w in nm.split()) else ""
        return ""

    def _person_between(self, lo: int, hi: int, other_than: str = "") -> bool:
        """Whether a person (other than ``other_than``) is mentioned in body[lo:hi]."""
        k = bisect.bisect_left(self.people._mention_pos, lo)
        while k < len(self.people.mentions) and self.people.mentions[k][0] < hi:
            if self.people.mentions[k][1] != other_than:
                return True
            k += 1
        return False

    def _reporter_since(self, name: str, subj_start: int, pos: int) -> bool:
        """Whether ``name`` is mentioned after the sentence starting at ``subj_start`` (and before ``pos``)
        as the subject of a verb of saying ("McNamara hinted …")."""
        ms = self.people.mentions
        k = bisect.bisect_left(self.people._mention_pos, pos)
        si = bisect.bisect_right(self.sent_starts, subj_start)
        next_start = self.sent_starts[si] if si < len(self.sent_starts) else pos
        while k > 0:
            k -= 1
            p, who = ms[k]
            if p < next_start:
                return False
            if who == name:
                m = re.match(r"[\w'’.-]+(?:\s+[A-Z][\w'’.-]*){0,3}(?:,\s*\d{1,3},)?\s+(?:\w+ly\s+)?([a-z]+)",
                             self.body[p:p + 80])  # ("Chow, 74, said")
                return bool(m) and _is_speech_verb(m.group(1))
        return False

    def antecedent(self, pos: int, gender: str = "u") -> str | None:
        """The person a pronoun or description at ``pos`` refers to: the subject of this or one of
        the two previous sentences when there is one, else the most recent person mentioned."""
        if gender in ("m", "f"):
            stranger = self._unknown_subject_before(pos)
            if stranger:
                return stranger if len(stranger.split()) == 1 else None
        if self.sent_starts:
            si = bisect.bisect_right(self.sent_starts, pos) - 1
            lo = self.sent_starts[max(si - 2, 0)]
            k = bisect.bisect_left(self.subj_pos, pos)
            while k > 0 and self.subj_pos[k - 1] >= lo:
                k -= 1
                name = self.subj_name[k]
                g = self.people.gender(name)
                if gender == "u" or g == "u" or g == gender:
                    last = self.people.last_person_before(pos, gender)
                    if last is not None and last != name and self._reporter_since(last, self.subj_pos[k], pos):
                        return last  # '…, and McNamara hinted the club … "We're still looking," he said'
                    # a person named after the subject in the same sentence does not take over
                    return name if last is None or last == name or self.subj_pos[k] >= lo else last
        return self.people.last_person_before(pos, gender)

    def _doc_issuer(self, head: str, pos: int) -> Speaker | None:
        """Who "the statement" at ``pos`` is from: the subject of the sentence that mentioned the statement
        when no one has been quoted since, else the last speaker."""
        if not self.body or not self.sent_starts:
            return self.last_any
        si = bisect.bisect_right(self.sent_starts, pos) - 1
        lo = self.sent_starts[max(si - 2, 0)]
        window = self.body[lo:self.sent_starts[si]]
        m = None
        for m in re.finditer(r"\b(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?%s\b" % re.escape(head), window):
            pass
        if m is None:
            return self.last_any
        at = lo + m.start()
        mi = bisect.bisect_right(self.sent_starts, at) - 1
        k = bisect.bisect_left(self.subj_pos, self.sent_starts[mi])
        if k < len(self.subj_pos) and self.subj_pos[k] == self.sent_starts[mi]:
            return Speaker(self.subj_name[k], "person")  # the subject issued it
        if self.last_any is not None and self.last_any_pos >= self.sent_starts[mi]:
            return self.last_any  # the statement's author was quoted from it
        return None

    def _aged(self, age: str, pos: int) -> str | None:
        """The person the article gave this age ("Ann Lee, 44, …" → "the 44-year-old"), if exactly one."""
        if self._ages is None:
            self._ages = {}
            for m in re.finditer(r"([A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){0,3}),\s+(\d{1,3}),", self.body):
                for r in reversed(cap_runs(m.group(1))):
                    _, nm = split_run(r.text)
                    canon = self.people.resolve(nm, m.start()) if nm else None
                    if canon:
                        self._ages.setdefault(m.group(2), set()).add(canon)
                        break
        who = self._ages.get(age, set())
        return next(iter(who)) if len(who) == 1 else None

    def _expand_direction(self, place: str) -> str:
        """"the North" → "North Korea" when the article names exactly one such country."""
        if place.lower() not in ("north", "south", "east", "west"):
            return place
        if place not in self._directions:
            found = set(re.findall(r"\b%s\s+(?:Korea|Sudan|Africa|Macedonia|Ossetia|Yemen|Vietnam)\b" % place,
                                   self.body))
            self._directions[place] = found.pop() if len(found) == 1 else place
        return self._directions[place]

    def _proper_word(self, word: str) -> bool:
        """Whether a single capitalised word is a name rather than a capitalised common noun."""
        low = word.lower()
        if low in _COMMON_SUBJECTS:
            return False
        if self._lower_words is None:
            self._lower_words = set(re.findall(r"\b[a-z][a-z'’-]*\b", self.body))
        return low not in self._lower_words

    def resolve(self, np: str, pos: int, verb: str = "") -> Speaker | None:
        """Resolve a speaker noun phrase found at body offset ``pos``."""
        np = np.strip(" ,.;:")
        if not np:
            return None
        low = norm(np)
        if all(w in _NP_FUNC or w in _ORDINALS for w in low.split()):
            return None  # "a third said …", "a second [review] warned …": a number is no speaker
        la = self.last_any
        if low in _PRON and SPEECH.get(verb.lower()) in ("add", "continue") and la is not None and la.kind == "desc" \
                and 0 <= pos - self.last_any_pos < 400 and norm(la.name).split()[0] in _SINGLE_SPEAKER_HEADS:
            # 'A spokesperson for X said … "…," she added': the unnamed speaker goes on
            return la
        if low in _PRON and SPEECH.get(verb.lower()) == "say" and la is not None and la.kind == "desc" \
                and 0 <= pos - self.last_any_pos < 400 and norm(la.name).split()[0] in _SINGLE_SPEAKER_HEADS \
                and _desc_gender(la.name) in ("u", _PRON[low]) and not self._person_between(self.last_any_pos, pos):
            # 'A spokeswoman for the hospital group said … She said the hospital had also …': she goes on
            return la
        if low in _PRON and SPEECH.get(verb.lower()) == "say" and self.last_person_speaker and self.sent_starts:
            lp, name = self.last_person_speaker
            g = self.people.gender(name)
            si = bisect.bisect_right(self.sent_starts, pos) - 1
            if si >= 1 and self.sent_starts[si - 1] <= lp < self.sent_starts[si] and (g == "u" or g == _PRON[low]) \
                    and not self._person_between(lp + 1, pos, other_than=name):
                return Speaker(name, "person")  # '"…," Mackenzie said. | He said the Rovers would …': he goes on
        if low in _PRON and SPEECH.get(verb.lower()) in ("add", "continue") and self.last_person_speaker:
            # "…," he added: the speaker goes on
            lp, name = self.last_person_speaker
            g = self.people.gender(name)
            if pos - lp < 2000 and (g == "u" or g == _PRON[low]):
                return Speaker(name, "person")
        if low in _PRON:
            name = self.antecedent(pos, _PRON[low])
            return Speaker(name, "person") if name else None
        if low in _GROUP_PRON:
            if low == "we" or self.last_group is None:
                return None
            # "it" / "they" is the organisation or group that spoke within the last few sentences
            if self.sent_starts:
                si = bisect.bisect_right(self.sent_starts, pos) - 1
                if self.last_group_pos < self.sent_starts[max(si - 3, 0)]:
                    return None
            return self.last_group
        if low in ("i", "you", "who", "which", "that", "this", "one", "someone", "nobody", "everyone", "people"):
            return None
        if low in self.people.extra:
            return Speaker(self.people.extra[low], "person", np)
        # "the 56-year-old", "the Portuguese", "the Australian boss"
        words = low.replace("'s", "").split()
        if words[0] in ("the",) and len(words) <= 4 and (
                any(_YEAR_OLD.match(w) for w in words) or words[-1] in DEMONYMS or words[-1] in NATIONALITY_NOUNS
                or words[-1] in ("boss", "star", "singer", "player", "manager", "coach", "forward", "striker",
                                 "actor", "actress", "star", "veteran", "politician", "former", "man", "woman")):
            if any(_YEAR_OLD.match(w) for w in words) or words[-1] in DEMONYMS or words[-1] in NATIONALITY_NOUNS \
                    or words[-1] in (
                    "boss", "star", "singer", "player", "coach", "actor", "actress", "veteran", "politician",
                    "forward", "striker", "manager", "man", "woman"):
                age = next((w.split("-")[0] for w in words if _YEAR_OLD.match(w)), "")
                name = self._aged(age, pos) if age else None
                name = name or self.antecedent(pos)
                if name and not age and words[-1] not in DEMONYMS and words[-1] not in NATIONALITY_NOUNS \
                        and words[-1] not in ("man", "woman", "veteran", "former"):
                    held = [norm(r.role) for r in self.roles if r.person == name]
                    if held and not any(words[-1] in h.replace("-", " ").split() for h in held):
                        name = None  # "the coach" is not the spokesperson mentioned last
                if name:
                    self.people.add_alias(np, name)
                    return Speaker(name, "person", np)
        gm = _GIVEN_SURNAME.fullmatch(np)
        known = self.people.resolve(np, pos) if gm else None
        g_new = _given_gender(np) if gm else "u"
        if gm and GIVEN_NAMES.get(gm.group(1).lower()) in ("m", "f", "u") and not looks_like_org(np) and (
                known is None or len(known.split()) == 1 and g_new != "u"
                and self.people.gender(known) not in ("u", g_new)):
            # "Sarah Price" composed from "Mr Price's wife, Sarah": known from now on, for a later "she"
            name = self.people.add(np, _given_gender(np), order=pos)
            self.people.note_mention(pos, name)
            self._subject_here(pos, name)
            return Speaker(name, "person", np)
        # person names inside the phrase ("the BBC's Lucy Williamson in Seoul")
        org_name = ""
        for run in cap_runs(np):
            lead, name = split_run(run.text)
            rest = np[run.end :].split()
            modifier = bool(rest) and rest[0].lower().strip(",") not in ("in", "of", "at", "from", "for", "with", "on",
                                                                        "and", "who", "&") and not np[run.end:].lstrip().startswith(",")
            if name and not run.possessive and not modifier:
                # "Obama administration officials" are not Obama
                hon = lead.split()[-1] if lead else ""
                canon = self.people.resolve(f"{hon} {name}" if hon.lower().rstrip(".") in _HON_GENDERED
                                            and " " not in name else name, pos)
                if canon:
                    return Speaker(canon, "person", np)
            if not run.possessive:
                cand = _strip_article(run.text)
                if len(cand.split()) > 1 or self._proper_word(cand):
                    org_name = cand  # the last one: the head of the phrase
        pm = re.match(r"([A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2})\s+(?:of|from|at)\s+(?:the\s+)?[A-Z]", np)
        if pm and not looks_like_org(pm.group(1)) and pm.group(1).split()[0].lower() not in _NOT_NAME_START \
                and not any(w.lower() in TITLES or w.lower() in TITLE_MODIFIERS or w.lower() in SPEAKER_NOUNS
                            for w in pm.group(1).split()):
            # "Torsten Bell of the Resolution Foundation": a person from an organisation; known from now on,
            # so that a later "she said" can find her
            name = self.people.add(pm.group(1), _given_gender(pm.group(1)), order=pos)
            self.people.note_mention(pos, name)
            self._subject_here(pos, name)
            return Speaker(name, "person", np)
        if words[0] == "the" and len(words) <= 3 and la is not None and la.kind == "desc" \
                and 0 <= pos - self.last_any_pos < 800 and norm(la.name).replace("'s", "").split()[-1:] == words[-1:] \
                and words[-1] in _SINGLE_SPEAKER_HEADS:
            # 'The prime minister's spokesperson said … "…," the spokesperson told reporters': the same unnamed one
            return la
        if words[0] in ("the", "our", "its", "their") or low.startswith("our "):
            who = self._by_role(np)
            if who:
                self.people.add_alias(np, who)
                return Speaker(who, "person", np)
        head = words[-1]
        preps = [i for i, w in enumerate(words) if w in ("of", "for", "at", "from", "with", "in", "on", "familiar",
                                                       "close", "briefed", "involved", "aware") and i > 0]
        if preps:
            head = words[preps[0] - 1]
            if head in ("one", "some", "many", "most", "two", "three", "several", "none", "all", "each") \
                    and words[preps[0]] == "of":
                head = words[-1]  # "one of the sources"
        if head in _DOC_NOUNS:
            return self._doc_issuer(head, pos) if words[0] == "the" else None
        if head in _SOURCE_DOCS:
            # "the report said", "the ruling says": a definite document is a source; "reports said" is not
            return Speaker(_strip_article(np), "desc") if words[0] in ("the", "its", "their") or \
                any(w[:1].isupper() for w in np.split()[1:]) else None
        if (head in GROUP_NOUNS or head in _BUSINESS_HEADS) and words[0] == "the" and len(words) <= 3 \
                and self.last_group is not None \
                and not org_name and (self.last_group.kind == "org" and (
                    head in _BUSINESS_HEADS or head in norm(self.last_group.name).split()
                    or self.last_group.name.replace(".", "").isupper() or looks_like_org(self.last_group.name))
                    or norm(self.last_group.name).endswith(head)) \
                and not (head in _BUSINESS_HEADS and norm(self.last_group.name).split()[-1] in _PUBLIC_BODIES) \
                and not (head in _PUBLIC_BODIES and head not in norm(self.last_group.name).split()):
            # ("the transport ministry said" after a company spoke is the ministry, not the company)
            return self.last_group
        is_noun_head = head in SPEAKER_NOUNS or head in TITLES or head.split("-")[-1] in TITLES
        np_words = np.split()
        head_word = np_words[preps[0] - 1] if preps and len(np_words) == len(words) else np_words[-1]
        if words[0] in ("a", "an", "one", "another") and preps and head_word[:1].islower() \
                and head not in _NOT_SPEAKER_HEADS:
            return Speaker(_strip_article(np), "desc")  # "a dealer in Osaka": someone there, not a body
        if is_noun_head and (head_word[:1].islower() or head in _COMMON_SUBJECTS or preps):
            kind = "group" if (head.endswith("s") and head not in TITLES) or head in GROUP_NOUNS else "desc"
            return Speaker(_strip_article(np), kind)
        if org_name:
            full = _strip_article(np)
            if org_name == full or full.endswith(org_name):
                if norm(full) in COUNTRIES or norm(org_name) in COUNTRIES or low in COUNTRIES:
                    return Speaker(self._expand_direction(full), "place")
                # "North Korea's powerful National Defence Commission" → "North Korea's National Defence Commission"
                full = re.sub(r"(['’]s)\s+(?:[a-z][\w-]*\s+)+(?=[A-Z])", r"\1 ", full)
                lead_desc = full[: len(full) - len(org_name)].strip()
                if lead_desc and lead_desc == lead_desc.lower() and lead_desc.split()[-1] in ORG_DESCRIPTORS | \
                        _BUSINESS_HEADS | {"broadcaster", "newspaper", "agency", "group", "firm"}:
                    return Speaker(org_name, "org", full)  # "local broadcaster NDR": NDR
                if looks_like_org(full) or len(full.split()) <= 4:
                    return Speaker(full, "org")
        if is_noun_head:
            kind = "group" if (head.endswith("s") and head not in TITLES) or head in GROUP_NOUNS else "desc"
            return Speaker(_strip_article(np), kind)
        if words[0] in ("the", "its", "their", "a", "an") and 2 <= len(words) <= 5 and np[1:] == np[1:].lower() \
                and not preps \
                and head not in _NOT_SPEAKER_HEADS and head.isalpha() and len(head) > 3 and not head.endswith("s"):
            # "the coastguard", "the national statistics office": a description with a noun the lexicon lacks
            return Speaker(_strip_article(np), "desc")
        return None


# ---------------------------------------------------------------------------
# attribution clauses
# ---------------------------------------------------------------------------

_BASE_OK = {"say", "tell", "add", "warn", "insist", "argue", "explain", "admit", "write", "ask", "agree", "deny",
            "believe", "think", "claim", "suggest", "say", "stress", "note", "predict", "concede", "acknowledge",
            "maintain", "contend", "fear"}


def _is_speech_verb(w: str, characterise: bool = False) -> bool:
    lw = w.lower()
    lemma = SPEECH.get(lw)
    if lemma is None and characterise:
        lemma = CHARACTERISE.get(lw)
        if lemma is not None:
            return True
    if lemma is None:
        return False
    if lw == lemma and lemma not in _BASE_OK:
        return False  # bare "post", "report", "comment" are usually nouns
    return True


_VERB_RE = re.compile(r"\b[a-z]+\b")
_WD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_ADJUNCT = re.compile(
    r"^(?:\s*,?\s*(?:"
    r"in\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|post|tweet|letter|speech|"
    r"press\s+conference|news\s+conference|conference|briefing|blog\s+post|video|email|op-ed|essay|address|note|"
    r"message|report|filing|podcast|broadcast|documentary|radio\s+interview)|"
    r"on\s+(?:twitter|x|facebook|instagram|social\s+media|television|tv|radio|its\s+website|their\s+website)|"
    rf"(?:late|early|on|last|this|next)\s+{_WD}(?:\s+(?:morning|afternoon|evening|night))?|"
    rf"{_WD}(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:late|early)\s+(?:on\s+)?(?:yesterday|today|last\s+night|this\s+morning)|"
    r"(?:last|this|next|earlier\s+this|later\s+this|late\s+last|early\s+last)\s+(?:week|month|year|night|weekend|"
    r"morning|afternoon|evening|spring|summer|autumn|fall|winter)|"
    rf"(?:in|on|last|early|late|earlier\s+in|in\s+early|in\s+late|in\s+mid-?)\s*{_MONTHS}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|"
    r"in\s+\d{4}|yesterday|today|tonight|previously|repeatedly|again|also|recently|publicly|privately|"
    r"for\s+(?:years|months|weeks|decades)|at\s+the\s+time|afterwards|then|later|earlier|"
    r"after\s+(?:his|her|their|the)\s+\w+|in\s+court|in\s+parliament|in\s+the\s+(?:commons|lords|senate|house)"
    r")\b)+",
    re.I,
)


# "said in its State of the Climate report last year that …", "said on Tuesday, before the vote, that …"
_POSTED_THAT = re.compile(r"(?:posted|published|released|issued|shared|broadcast|aired|uploaded|sent|recorded)\s+"
                          r"(?:on|to|by|in|via|at|with|from)\s+(?:[\w'’-]+\s+){0,5}?that\s+")
_PP_THEN_THAT = re.compile(r"(?:in|on|at|to|during|after|before|from|via|through|while|with|under|over|for)\s+"
                           r"(?:[\w'’-]+\s+){0,9}?(?:[\w'’-]+,\s+)?that\s+", re.I)


_APPROX_NUMBER = re.compile(r"(?:about|around|nearly|almost|some|over|at\s+least|at\s+most)\s+(?:\$|£|€)?\d", re.I)


def _after_verb_content(rest: str, lemma: str, verb: str) -> tuple[str, bool]:
    """Reported content after a speech verb; ('', False) if it is not a clause."""
    r = rest
    if lemma in ("inform", "assure", "reassure", "warn", "remind", "advise", "promise", "notify", "convince") \
            and re.match(r"\s*[^,.;:\"“”\x00]{1,60}?\s+that\s", r) and not re.match(r"\s*that\s", r):
        # "assured residents that …": a recipient before "that"
        r = r[re.match(r"\s*[^,.;:\"“”\x00]{1,60}?\s+(?=that\s)", r).end():]
    if lemma == "tell":
        # recipient: "told reporters", "told the BBC", "told US broadcaster CBS", "told him"
        m = re.match(r"\s*(?:[^,.;:\"“”\x00]{1,80}?\s+(?=that\s)|him|her|them|us|me|reporters|journalists|lawmakers|mps|investigators|the\s+court|"
                     r"(?:jurors|delegates|shareholders|investors|analysts|supporters|voters|residents|councillors|"
                     r"senators|colleagues|officials|detectives|magistrates|the\s+(?:jury|tribunal|inquiry|inquest|"
                     r"committee|panel|hearing|meeting|conference|audience|crowd|judge|coroner|newspaper|paper|"
                     r"magazine|broadcaster|programme|podcast|agency|station|council|city\s+council|board|"
                     r"commission|assembly|parliament|senate|house|legislature|rally|union|staff|cabinet))"
                     r"(?=\s+(?:that\s|[a-z]))|"
                     r"the\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|"
                     r"(?:a|the)\s+[\w'’]+(?:\s+[\w'’]+)?\s+(?=that\b))",
                     r)
        if not m:
            return "", False
        r = r[m.end():]
    m = _ADJUNCT.match(r)
    if m:
        r = r[m.end():]
    r = r.lstrip(" ,")
    if m:
        vm = _POSTED_THAT.match(r)  # "said in a video posted on social media that …"
        if vm:
            r = r[vm.end() - 5:]
    # "said in a note to clients that …": a prepositional phrase before "that"
    pm = _PP_THEN_THAT.match(r)
    if pm and "," not in pm.group(0)[:-7] and not re.search(
            r"\b(?:he|she|they|it|we|i|you|was|were|is|are|had|has|have|would|will)\b", pm.group(0)[:-5], re.I):
        r = r[pm.end() - 5:]
    pm2 = re.match(r"(?:in|at|to|from|on)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+(?:the|a|an)\s+[a-z][\w'’ -]{1,40}?,"
                   r"\s+(?=that\s)", r)
    if pm2:
        r = r[pm2.end():]  # "told reporters in Gardenport, the capital, that …"
    has_that = False
    if r.lower().startswith("that "):
        r = r[5:]
        has_that = True
    if not has_that and lemma in THAT_ONLY:
        return "", False
    if not has_that and lemma in COGNITION:
        return "", False
    if not has_that and re.match(r"(?:was|were|is|are|had|has|have|would|will|could|can|should|did|does|do|"
                                 r"been|being|not|also)\b", r, re.I):
        return "", False  # "the law, which he said was unfair": no subject of its own
    first = r.split(" ", 1)[0].lower() if r else ""
    if first in ("how", "whether", "if", "what", "why", "when", "who", "whom", "which", "where"):
        return "", False  # an embedded question is not a statement
    if first in ("little", "much", "something", "anything", "everything", "sorry", "hello", "farewell", "grace",
                 "prayers", "mass", "thanks") and not has_that:
        return "", False  # "who said little during the hearing"
    if first in ("about", "around", "at", "nearly", "almost", "some", "over") and _APPROX_NUMBER.match(r):
        first = "the"  # "said about 98 per cent of the state was …": a quantity, not a preposition
    if first in ("to", "in", "on", "at", "for", "with", "about", "nothing", "goodbye", "so", "yes", "no", "of",
                 "by", "as", "from", "after", "before", "during", "more", "the", "a", "an", "this") and not has_that:
        if first not in ("the", "a", "an", "this", "more", "no") or not (_has_finite_verb(r) or _clause_like(r)) \
                or len(r.split()) < 3:
            return "", False
    if r[:1] in ('"', "“", "‘", ":") and not (has_that and r[:1] in '"“') or not r:
        return "", False
    if not has_that and not _clause_like(r, numbers_ok=lemma not in ("add", "claim")):
        return "", False  # "added 20 points as the Lakers won", "claimed victory when rivals faltered"
    return r, has_that


_BASE_VERBS = {
    "face", "want", "need", "believe", "expect", "plan", "hope", "fear", "feel", "have", "do", "make", "take", "see",
    "get", "go", "come", "remain", "continue", "support", "oppose", "agree", "disagree", "lack", "risk", "struggle",
    "pay", "cost", "earn", "spend", "live", "work", "use", "include", "seem", "appear", "look", "become", "lose",
    "win", "hold", "keep", "show", "suggest", "mean", "require", "involve", "allow", "help", "play", "run", "move",
    "deserve", "know", "think", "say", "tend", "account", "earn", "owe", "worry", "fail", "refuse", "intend",
    "hold", "remain", "outnumber", "exceed", "rely", "depend", "like", "love", "hate", "prefer", "understand",
}
_PLURAL_PRON = {"they", "we", "you", "i", "people", "police", "children", "men", "women", "staff", "many", "most",
                "some", "others", "both", "all", "few"}


def _plural_subject(w: str) -> bool:
    lw = w.lower()
    return lw in _PLURAL_PRON or (len(lw) > 3 and lw.endswith("s") and not lw.endswith(("ss", "us", "is")))


_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousands", "dozens", "half", "a"}
_SUBORD = {"as", "when", "while", "because", "since", "if", "after", "before", "until", "although", "though",
           "whereas", "unless", "once", "so", "but", "and", "or", "despite"}


def _clause_like(content: str, numbers_ok: bool = True) -> bool:
    """Whether reported content without "that" starts with a clause: a subject then a finite verb."""
    words = re.findall(r"[\w'’\x00-]+|,", content[:400])
    if not words:
        return False
    if not numbers_ok and (words[0][:1].isdigit() or words[0].lower() in _NUMBER_WORDS and words[0].lower() != "a"):
        return False  # "added 20 points as …"
    for i, w in enumerate(words[:14]):
        if w == ",":
            continue
        if i > 0 and _FINITE.fullmatch(w.lower().replace("’", "'")) or "'" in w[1:] and w.lower().endswith(
                ("'s", "n't", "'re", "'ve", "'ll", "'d")) and i >= 0:
            return True
        if i > 0 and w.lower() in _BASE_VERBS and _plural_subject(words[i - 1]):
            return True  # "thousands of firms face …", "they want …"
        if (i == 2 or i == 3 and (words[2].endswith("ly") or words[1].islower() and not words[2].endswith("s")
                                  and not words[1].endswith(("s", "ly", "ed")))) \
                and words[0].lower() in ("the", "its", "their", "this", "our") \
                and re.fullmatch(r"[a-z]{3,}[^su\W]s", w) \
                and not words[1].endswith("s"):
            return True  # "the government respects …": a singular subject and a present-tense verb
        if i > 0 and w.lower() in ("and", "or") and i + 1 < len(words) and (
                words[i + 1][:1].isupper() or words[i + 1].lower() in ("the", "a", "an", "its", "his", "her", "their")
                or words[i + 1][:1].isdigit() or words[i + 1].lower() in _NUMBER_WORDS  # "eight helicopters and 20 …"
                or any(_FINITE.fullmatch(x.lower().replace("’", "'")) for x in words[i + 2:i + 6])):
            continue  # "the French and German delegations had …", "staff and pupils were …": a coordinated subject
        if i > 0 and w.lower() in _SUBORD:
            return False
    return False


_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|did|does|do|"
    r"won't|wouldn't|can't|couldn't|isn't|wasn't|aren't|weren't|hasn't|haven't|hadn't|didn't|doesn't|don't|"
    r"[a-z]{3,}ed|owed|used|eyed|axed|wants|needs|thinks|knows|says|goes|gets|makes|takes|comes|sees|remains|continues|means|plans|"
    r"faces|lacks|looks|seems|appears|believes|feels|hopes|expects|intends|supports|opposes|owns|holds|leads|"
    r"runs|works|lives|stays|keeps|gives|puts|sets|shows|went|got|made|took|came|saw|knew|thought|felt|left|"
    r"lost|won|told|said|gave|began|became|brought|found|held|kept|led|meant|met|paid|put|ran|sold|sent|spent|"
    r"stood|understood|wrote|fell|rose|hit|cut|let|set|shut|spread|struck|broke|chose|drove|spoke|threw|wore|"
    r"lies|tries|agrees|matters|exists|belongs|depends|deserves|requires|involves|includes|allows|helps|"
    r"flew|drew|grew|threw|knew|swore|tore|bore|wore|rang|sang|sank|swam|began|forgot|forgave|froze|hid|bit|"
    r"fought|bought|brought|caught|taught|sought|built|sent|lent|bent|dealt|meant|slept|kept|wept|swept|crept|"
    r"fled|bled|fed|sped|led|stole|rode|rose|woke|shook|took|forbade|overtook|undertook|withdrew|"
    r"mistook|sat|spat|laid|paid|slid|stuck|struck|strung|swung|hung|clung|flung|dug|won|spun|shone|"
    r"stands|falls|rises|grows|costs|pays|owes|sits|wins|loses|tends|seeks|risks|refuses|fails)\b"
    r"|[’']s\b|n['’]t\b|[’'](?:re|ve|ll|d)\b"
)


# "Kessia sends …", "The firm exports …": a capitalised subject then a present-tense verb in -s
_SUBJECT_S_VERB = re.compile(r"(?:(?:The|Its|Their|His|Her)\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?!(?:is|has|was|as|us|this|"
                             r"thus|its|his|bus|gas|plus|news|series|species|means|less|across)\b)[a-z]{2,}[^s\W]s\s+\w")


def _has_finite_verb(s: str) -> bool:
    return bool(_FINITE.search(s))


# a second verb whose subject is the speaker ends the report: "said X had failed and accused it of …"
_AGENT_VP = re.compile(r",?\s+(?:and|but)\s+(?:also\s+|later\s+)?(?:urged|accused|called\s+(?:on|for)|appealed|vowed|pledged|"
                       r"demanded|thanked|praised|criticised|criticized|condemned|welcomed|blamed|asked|challenged|"
                       r"dismissed|defended|questioned|pointed|cited|noted\s+that)\b"
                       # "said he had not known, but stepped down after …": the speaker's own later act
                       r"|,\s+but\s+(?:later\s+|then\s+|eventually\s+|quickly\s+)?(?:stepped|resigned|quit|left|agreed|"
                       r"refused|declined|reversed|backed|withdrew|apologised|apologized|relented|changed)\b")
# "…, arguing that it targets US firms, and Washington has threatened …": a new subject's own clause
_NEW_SUBJECT_CLAUSE = re.compile(r",\s+and\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:has|have|had|is|was|will|would)\s)"
                                 # "…, and the board began its search …": the narrator's own clause
                                 r"|,\s+and\s+(?=the\s+[a-z]+\s+(?:began|started|launched|decided|voted|agreed|"
                                 r"announced|appointed|named|hired)\b)")
# "…, said the group's chairman, Mr X": an attribution left at the end of a report
_TRAILING_ATTR = re.compile(r",\s+(?:said|says|added|according\s+to)\s+[^,;]{2,60}(?:,\s+[^,;]{2,60})?\s*\.?\s*$")
_CONTENT_DATELINE = re.compile(r"^[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][\w.'’-]+){0,3}\s*(?:\([A-Za-z .]{1,20}\)\s*)?[—–]{1,2}\s+")


def _trim_content(s: str) -> str:
    s = s.strip()
    if s[:1].isupper() and ("—" in s[:60] or "–" in s[:60]):
        s = _CONTENT_DATELINE.sub("", s)  # "BEREA, Ohio (AP) — The Browns will …": the dateline is no content
    tm = _TRAILING_ATTR.search(s) if "," in s else None
    if tm and len(s[: tm.start()].split()) >= 3:
        s = s[: tm.start()]
    am = _AGENT_VP.search(s) or _NEW_SUBJECT_CLAUSE.search(s)
    if am and len(s[: am.start()].split()) >= 3:
        s = s[: am.start()]
    s = re.sub(r",\s*(?:though|however|too|as\s+well|also|then|instead)\s*\.?$", "", s)
    s = re.sub(r"[\s,;:–—-]+$", "", s)
    if s.endswith(".") and not s.endswith(".."):
        s = s[:-1]
    return s.strip()


@dataclass(frozen=True, slots=True)
class _Attr:
    speaker_np: str
    np_offset: int  # offset of the speaker phrase in the analysed string
    verb: str
    end: int  # end of the attribution clause in the analysed string


_ABBR_BEFORE_DOT = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|Rt|Hon|Det|Supt|Insp|Cllr|Inc|Co|Corp|Ltd|No|vs))$")
_ATTR_WORD = re.compile(r"[^\W_][\w'’.-]*")


_ANY_QUOTE_MARK = re.compile(r"[\"“”„«»‘']")
_CLAUSE_STOP = re.compile(r"[.!?;](?=\s|$)|[\"“”]")
_SHORT_PARENS = re.compile(r"\s*\([^()]{1,30}\)")
_LEAD_CONJ = re.compile(r"^(?:(?:But|And|However|Then|Now|Meanwhile|Separately|Instead|Still|Yet)\b,?\s*)+")
_COMMA_SPACE = re.compile(r",\s")


def _clause_end(s: str, pos: int) -> int:
    """End of the clause starting at ``pos``: a sentence stop (not after "Mr"/an initial) or a quotation mark."""
    for m in _CLAUSE_STOP.finditer(s, pos):
        i = m.start()
        if s[i] == "." and _ABBR_BEFORE_DOT.search(s[max(0, i - 5) : i]):
            continue
        return i
    return len(s)


_SPOKES_ATTR = re.compile(
    r"((?:a|an|the|one)\s+(?:[a-z-]+\s+)?(?:spokes(?:man|woman|person)|representative|official|source|lawyer|adviser|"
    r"aide|officer|member)\s+(?:for|of|at|from|with|in)\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,5}?[\w'’&-]+)\s+"
    r"((?:said|says|told|added|adds|confirmed|warned|insisted|explained|claimed|stated|noted))\b")
_DET_NP_VERB = re.compile(r"((?:the|its|their|his|her|our|a|an)(?:\s+[a-z][a-z-]*){1,4})\s+([a-z]+)\b(?=[\s.,;!?]|$)")
# lowercase nouns that head a phrase but are not speakers ("the law says", "the sign said")
_NOT_SPEAKER_HEADS = {"law", "laws", "rule", "rules", "plan", "bill", "constitution", "contract", "agreement", "deal",
                      "policy", "guidance", "sign", "label", "idea", "rest", "thing", "point", "story", "saying",
                      "motto", "slogan", "headline", "title", "song", "lyrics", "text", "legend", "myth", "proverb",
                      "who", "which", "that", "and", "but", "or", "not", "never", "also"}


def _adjunct_then_comma(tail: str) -> bool:
    """ "said Tuesday, sharply escalating …": the attribution ends at a time or place adjunct and a comma."""
    m = _ADJUNCT.match(tail)
    return bool(re.match(r"\s*,", tail[m.end():] if m else tail))


_LC_TITLE_NAME_VERB = re.compile(r"((?:[a-z][\w-]*\s+){1,3})((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*)\s+"
                                 r"(said|says|added|adds|told|tells)\b")
_NOUN_THEN_PRONOUN = re.compile(r"\b(?:a|an|the)\s+[a-z]+\s+(?:they|he|she|it|we)\s*$")
_PREP_LEAD = re.compile(r"\s*(?:in|on|at|for|with|from|by|of|to|into|among|including|like)\s", re.I)
_ADMITTED_TO = re.compile(r"\s+(?:to|into)\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:hospital|clinic|"
                          r"care|intensive|university|college|school|bar|membership|the\s+union)\b")


def parse_post_attribution(post: str, max_tail: int = 15) -> _Attr | None:
    """Attribution clause after a quote: ``he added``, ``said Mr X, a senior fellow``,
    ``Jack Buser, director for games at Google, tells The Hollywood Reporter``."""
    lead = len(post) - len(post.lstrip(" ,—–-"))
    s2 = post[lead:]
    limit = _clause_end(s2, 0)
    clause = s2[:limit]
    words = list(_ATTR_WORD.finditer(clause))
    if not words:
        return None
    w0 = words[0].group(0)
    am = re.match(r"according\s+to\s+([^,;]{2,80}?)\s*(?:,|;|$)", clause)
    if am and not _has_finite_verb(am.group(1)):
        # '"…," according to Ana Ruiz, the mayor.'
        np, off = _according_speaker(am.group(1))
        return _Attr(np, lead + am.start(1) + off, "according", lead + limit)
    if words[0].start() == 0 and w0.islower() and _is_speech_verb(w0) and not w0.endswith("ing"):
        if SPEECH.get(w0.lower()) == "tell" or len(words) < 2:
            return None
        # inverted: "said Mr. Reeves, a senior fellow ...", "says Ward"
        rest = clause[words[1].start():]
        m = re.match(r"[^,;]+?(?=\s*(?:,|;|$)|\s+(?:in|on|at|during|after|of|from|to|when|while|as)\s)", rest)
        np = (m.group(0) if m else rest).strip()
        if not np or np.split()[0].lower() in ("that", "to", "in", "on", "it", "this", "so", "nothing"):
            return None
        if len(np.split()) > 8 or _has_finite_verb(re.sub(r"(?<=[A-Za-z])['’]s\b", "", np)):
            return None  # (but "said the group's chairman": a possessive is no "is")
        npw = np.lower().split()
        if npw[0] in ("a", "an") and not (npw[-1] in SPEAKER_NOUNS or npw[-1] in TITLES or npw[-1] in GROUP_NOUNS
                                                or npw[-1].split("-")[-1] in TITLES or np.split()[-1][:1].isupper()):
            return None  # "…, posted a video": an object, not an inverted speaker
        full = s2[words[1].start():]
        am2 = re.match(r"((?:\s+of\s+[^,;]{1,40}?)?)\s*,\s*([^,;]{2,80}?)\s*(?:[,;.]|$)", full[m.end():]) if m else None
        if am2:
            name = _appositive_name(np + am2.group(1), am2.group(2))  # 'said the chair, the poet Ann Lee.'
            if name:
                off = full.find(name, m.end())
                return _Attr(name, lead + words[1].start() + max(off, 0), w0,
                             max(lead + limit, lead + words[1].start() + m.end() + am2.end(2)))
        return _Attr(np, lead + words[1].start(), w0, lead + limit)
    lm = _LC_TITLE_NAME_VERB.match(clause)
    if lm and _is_speech_verb(lm.group(3)) and not _has_finite_verb(lm.group(1)):
        # '"…," defensive end Marcus Lyle said.': lower-case title words the lexicon lacks, then the name
        return _Attr(lm.group(2), lead + lm.start(2), lm.group(3), lead + limit)
    sm = _SPOKES_ATTR.match(clause)
    if sm and _is_speech_verb(sm.group(2)) and not _has_finite_verb(sm.group(1)):
        # "…, a spokesman for the civil protection agency said"
        return _Attr(sm.group(1).strip(), lead, sm.group(2), lead + limit)
    dm = _DET_NP_VERB.match(clause)
    while dm and not _is_speech_verb(dm.group(2)) and len(dm.group(1).split()) > 2:
        dm = _DET_NP_VERB.match(clause, 0, dm.start(2) - 1)  # "the national statistics office said last week"
    if dm and _NOUN_THEN_PRONOUN.search(dm.group(1)):
        dm = None  # "…, a charge they deny": a relative clause about the charge
    if dm and _is_speech_verb(dm.group(2)) and not any(
            _is_speech_verb(x) or x in _NOT_SPEAKER_HEADS for x in dm.group(1).split()) \
            and not _has_finite_verb(dm.group(1)) and not re.match(r"\s*(?:,\s*)?that\b", clause[dm.end():]) \
            and (len(clause[dm.end():].split()) <= max_tail or _adjunct_then_comma(clause[dm.end():])):
        # "…, the national statistics office said last week": a description with nouns of any kind
        return _Attr(dm.group(1), lead, dm.group(2), lead + limit)
    for i, w in enumerate(words[:18]):
        t = w.group(0)
        if not t[0].islower() or _ARABIC_ARTICLE.match(t):
            continue
        if _is_speech_verb(t):
            np_text = clause[: w.start()]
            if re.match(r"\s*(?:and|but|or|so|then)\b", np_text, re.I):
                return None
            if re.search(r"(?:\b(?:not|never)|n['’]t)\s+(?:\w+\s+)?$", np_text, re.I):
                return None  # "…, it did not say."
            if _PREP_LEAD.match(np_text) or t in ("admitted", "admits") and _ADMITTED_TO.match(clause, w.end()):
                return None  # "…, in a fisherman admitted to hospital": a phrase, not an attribution
            if _NOUN_THEN_PRONOUN.search(np_text):
                return None  # "…, a charge they deny": the pronoun is the subject of a relative clause
            np = _subject_np(np_text)
            if not np:
                return None
            tail = clause[w.end():]
            if re.match(r"\s*(?:,\s*)?that\b", tail):
                return None
            if len(tail.split()) > max_tail and not re.match(r"\s*(?:,|in\s+a\s+statement|on\s+\w+)", tail) \
                    and not _adjunct_then_comma(tail) and not (
                        re.match(r"\s*(?:in|at|from|during|outside|after|before|via|over|by|with)\s", tail)
                        and not _has_finite_verb(re.sub(r"\b(?:the|a|an|her|his|their|its|our|my)\s+[a-z]+ed\b", " ",
                                                        tail.split(",")[0]))
                        and len(tail.split(",")[0].split()) <= 15) and not (
                        # '"…," Ann Lee told a crowd of about 200 supporters at a hall on Derry Road last night.'
                        t in ("told", "tells") and re.match(r"\s*(?:a|an|the|his|her|their|reporters|journalists|"
                                                            r"supporters|[A-Z])", tail)
                        and len(tail.split(",")[0].split()) <= 25 and not _has_finite_verb(tail.split(",")[0])):
                return None
            off = np_text.rfind(np.split()[0])
            return _Attr(np, lead + max(off, 0), t, lead + limit)
        lw = t.lower()
        if lw.endswith(("'s", "’s", "s'", "s’")):
            continue
        if lw in _NAME_PARTICLE_WORDS and i + 1 < len(words) and (
                words[i + 1].group(0)[:1].isupper() or words[i + 1].group(0) in _NAME_PARTICLE_WORDS):
            continue  # "Ruiz de Alarcón said", "Van der Berg said": a particle inside the name
        if lw in _STRIP_TAIL or lw in SPEAKER_NOUNS or lw in _DOC_NOUNS or lw in _SOURCE_DOCS or lw in TITLES \
                or lw in _NUMBER_WORDS or lw in ("familiar", "close", "briefed", "knowledge", "with", "matter", "talks",
                                                 "plans", "negotiations", "situation", "discussions", "case", "to", "on") or lw in TITLE_MODIFIERS or lw in _NP_FUNC \
                or lw in DEMONYMS or _YEAR_OLD.match(lw) or lw in GROUP_NOUNS or lw in _PRON or lw in _GROUP_PRON:
            continue
        if "," in clause[: w.start()]:
            continue  # inside an appositive ("director for games at Google")
        return None
    return None


# ---------------------------------------------------------------------------
# main extraction
# ---------------------------------------------------------------------------


def _clean_quote(q: str) -> str:
    q = " ".join(q.split())
    q = q.strip()
    q = re.sub(r"^[\s,;:–—-]+", "", q)
    q = re.sub(r"[\s,;:–—-]+$", "", q)
    return q


_PRE_VERB = re.compile(r"\b([a-z]+)\b")


_PASSIVE_DESCRIBED = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:described|called|branded|hailed|praised|labelled|labeled|"
    r"remembered|dubbed|nicknamed)\s+(?:by\s+(?P<np>(?:his|her|their|its|the|a|an)\s+[\w'’ -]{1,40}?|"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+)?as\s+(?:an?\s+|the\s+)?$")
_DET_BEFORE = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|our|this|these|those|new)|\d[\d,.]*)\s+$", re.I)
# a lower-case noun right after the closing mark: the quoted words label it ('"light public housing" units')
_LABEL_AFTER = re.compile(r"[\"”’']?\s+(?!(?:and|or|but|to|in|on|for|as|at|by|with|from|that|which|who|is|are|was|"
                          r"were|has|have|had|will|would|can|could|may|might|should|must|he|she|they|it|we|said|says|"
                          r"told|added|after|before|because|when|while|if|than|the|a|an|this|these|those|its|his|her|"
                          r"their|over|about|into|since|until|so|not|also|being|were)\b)[a-z]{3,}s?\b")
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+((?:[A-Z][\w'’.-]*\s+){1,5}?)as\s+(?:saying|describing|calling|telling|"
                        r"urging|warning|insisting)\b[^\"“”.!?]{0,120}$")


_OBJECT_BEFORE_ING = re.compile(r"\b(?:to|with|for|from|at|on|by|of)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?"
                                r"[\w'’-]+(?:\s+[\w'’-]+){0,2}\s*$")
_PREP_BEFORE_NP = re.compile(r"\b(?:after|before|during|following|at|in|on|from|over|about|into|since)\s*$", re.I)


_ATTR_BEFORE_PARTICIPLE = re.compile(
    r",\s+(?:((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}|he|she|they)\s+"
    r"(?:said|says|told\s+[\w.]+(?:\s+[A-Z][\w.]+){0,2})|(?:said|says)\s+((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][\w'’.-]+"
    r"(?:\s+[A-Z][\w'’.-]+){0,3}))\s*,\s*$")


def _find_pre_attr(pre: str) -> tuple[str, int, str, int] | None:
    """Speech verb with its subject in the text before a quote: (np, np_off, verb, verb_end)."""
    cands = [m for m in _PRE_VERB.finditer(pre) if _is_speech_verb(m.group(1), characterise=True)]
    # the nearest speech verb, but a belief ("he thought that …") defers to the verb of saying around it
    cands = [m for m in cands if SPEECH.get(m.group(1).lower()) in COGNITION] + \
        [m for m in cands if SPEECH.get(m.group(1).lower()) not in COGNITION]
    for m in reversed(cands):
        subj_text = pre[: m.start()]
        participle = m.group(1).endswith("ing") and re.search(r",\s*$", subj_text) is not None
        if m.group(1).endswith("ing") and not participle and _OBJECT_BEFORE_ING.search(subj_text):
            # "said he had written to the roads minister asking for …": the one who wrote asks, not the minister
            earlier = _find_pre_attr(subj_text)
            if earlier:
                return earlier[0], earlier[1], m.group(1), m.end()
        # "X played down the row in Berlin on Thursday, saying …": the sentence's subject, not "Thursday"
        np = ""
        if participle:
            pa = _ATTR_BEFORE_PARTICIPLE.search(subj_text)
            # "…, Wierzbicki said, adding that …": the one who said it adds it, not the sentence's subject
            np = (pa.group(1) or pa.group(2)) if pa else _leading_subject(subj_text)
        np = np or _subject_np(subj_text)
        pb = _PREP_BEFORE_NP.search(subj_text[: max(0, subj_text.rfind(np))]) if np and np[:1].islower() else None
        if pb and not (pb.group(0).strip().lower() in ("after", "before", "since")
                       and np.split()[-1].lower() in SPEAKER_NOUNS | GROUP_NOUNS | set(TITLES)):
            # "Workers leaving the site after the announcement described the mood as …": the noun after a
            # preposition is no subject; the sentence's is (but "after an independent committee concluded
            # that …": a clause with a speaker of its own)
            np = _leading_subject(subj_text)
        if not np and (re.search(r"\b(?:but|and)\s+(?:also\s+|later\s+|then\s+)?$", subj_text)
                       or m.group(1).endswith("ing") and re.search(r",\s*$", subj_text)):
            np = _leading_subject(subj_text)  # "Judge Ann Lee granted bail but told him that …" / "…, saying …"
        if np:
            off = subj_text.rfind(np.split()[0]) if np else m.start()
            return np, max(off, 0), m.group(1), m.end()
    return None


_AFFILIATION = re.compile(r"(?:of|from|at)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|&|de|the))*"
                          r"(?:['’]s(?:\s+[a-z][\w-]*){1,5})?")  # "of West Mercia Police's collision unit"


def _is_appositive(seg: str) -> bool:
    appos = seg.strip()
    if not appos:
        return False
    fw = appos.split()[0].lower()
    if re.match(r"[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}['’]s\s+\S", appos) and any(
            w.lower().strip(".,") in TITLES or w.lower().split("-")[-1] in TITLES for w in appos.split()[1:8]):
        return True  # "Greg Lee, Apple's senior vice president of marketing, said"
    if fw in ("of", "from", "at") and _AFFILIATION.fullmatch(appos):
        return True  # "Fernanda Sampaio, of the Federal University of Parana, said"
    if any(w in TITLES and w.islower() for w in appos.split()[1:5]) and not _has_finite_verb(appos) \
            and re.match(r"[A-Z][\w.-]*\s", appos):
        return True  # "Dr. K. Balasubramanian, Varuna-1 project director at Tarang, told …"
    return bool(re.fullmatch(r"\d{1,3}|[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?", appos)) \
        or fw in ("a", "an", "the", "one", "who", "which", "whose") \
        or appos[0].islower() or fw in TITLES or fw in TITLE_MODIFIERS


_APPOS_NAME = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:(?!(?:of|for|at|in|to|from|with|on|by|and|or)\b)[a-z][a-z-]*\s+){0,3}"
    r"((?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Councillor|Cllr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})$")


_APPOS_ORG = re.compile(r"(?:the\s+)?([A-Z][\w&'’-]+(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+|&\s+)?[A-Z][\w&'’-]+){1,5})")


_RELATION_NOUNS = {"colleague", "counterpart", "predecessor", "successor", "rival", "ally", "opponent", "deputy",
                   "wife", "husband", "partner", "son", "daughter", "brother", "sister", "mother", "father", "friend",
                   "neighbour", "neighbor", "boss", "colleagues", "teammate", "team-mate"}
_APPOS_OF_ORG = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}\s*$")


_GIVEN_SURNAME = re.compile(r"([A-Z][a-z]+)\s+([A-Z][\w'’-]+)")
_KIN_OF = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w'’-]+\s+)?([A-Z][\w'’-]+)['’]s\s+(?:wife|husband|widow|widower|"
                     r"son|daughter|mother|father|brother|sister|partner|fiancée|fiancee|fiancé)")
_PROPER_POSS = re.compile(r"[A-Z][\w&.-]*['’]s$")


def _appositive_name(head: str, appos: str) -> str:
    """ "The chair of the panel, the poet Ann Lee," / "Its leader, Tom Vik," → the name, not the title."""
    hw = head.split()
    km = _KIN_OF.fullmatch(head.strip()) if hw else None
    if km and appos.strip().lower() in GIVEN_NAMES and appos.strip()[:1].isupper():
        # "Mr Price's wife, Sarah, said": Sarah Price
        return f"{appos.strip()} {km.group(1)}"
    possessive_head = bool(hw) and _PROPER_POSS.match(hw[0]) is not None  # "Labor's treasury spokesman, X"
    if not hw or hw[0].lower() not in ("the", "its", "their", "his", "her", "our", "your") and not possessive_head:
        return ""
    titled = any(w.lower().strip(".,") in TITLES or w.lower() in SPEAKER_NOUNS or w.lower() in _RELATION_NOUNS
                 for w in hw)
    appos = _APPOS_OF_ORG.sub("", appos)  # "Transport Minister Deniz Kaiser of the SPD"
    om = _APPOS_ORG.fullmatch(appos.strip())
    if om and not titled and len(hw) <= 5 and re.search(r"['’]s$", hw[-2] if len(hw) > 1 else "") \
            and looks_like_org(om.group(1)) and not _has_finite_verb(re.sub(r"['’]s\b", "", head)):
        return om.group(1)  # "The study's funder, the Halvard Foundation," → the foundation speaks
    if not titled:
        return ""
    m = _APPOS_NAME.match(appos.strip())
    if not m or m.group(1).split()[-1].lower() in ORG_WORDS:
        return ""
    lead, name = split_run(m.group(1))
    return name if lead and len(name.split()) >= 2 else m.group(1)  # "Transport Minister Deniz Kaiser" → the name


_INTRO_PHRASE = re.compile(r"\s*(?:In|On|At|After|Before|During|Speaking|Asked|Outside|Since|Earlier|Later|Last|"
                           r"Writing|Addressing|Under|Following|Despite)\b")


_PERSON_OF_ORG = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s+){2,5}?)(?:of|at|from|with)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}"
                            r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|&))*\s*$")
_DASH_SPLIT = re.compile(r"\s[—–-]{1,2}\s")
_TIME_TAIL = re.compile(r"(?:\s+(?:on|late|early|last|this|next|by|from|until|since|in)"
                        r"(?:\s+(?:late|early))?\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                        r"(?:\s+(?:morning|afternoon|evening|night))?|January|February|March|April|May|June|July|"
                        r"August|September|October|November|December|\d{4}|week|month|year)"
                        r"(?:\s+\d{1,2}(?:,\s+\d{4})?)?|\s+(?:yesterday|today|tonight|overnight|at\s+the\s+time))+$")
_WHO_SPOKE = re.compile(r"\s+who\s+(?:spoke|talked|were\s+interviewed|was\s+interviewed|met|gathered|attended|"
                        r"asked|requested|declined)\b[^,;]{0,80}$")


def _lower_np_tail(text: str) -> str:
    """ "Small business owners" at the end of ``text``: a plural noun phrase the lexicon does not know."""
    m = re.search(r"((?:[A-Za-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*s)\s*$", text)
    return m.group(1).strip() if m else ""


_WHOSE_TITLE = re.compile(r"\bwhose\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*(?:\s+(?:in|for|at|of)\s+(?:the\s+)?"
                          r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s*$")  # "whose chair in Dalarna, Sara Ek, said"


_DESC_IN_PLACE = re.compile(r"(?:^|\s)((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)\s+(?:in|from|near)\s+"
                            r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})$")


_THE_ADJ_BUSINESS = re.compile(r"(?:^|\s)((?:[Tt]he)\s+[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\s+([a-z]{4,}))$")


_ACRONYM_END = re.compile(r"\b[a-z][\w-]*\s+\(([A-Z][A-Za-z&]{1,9})\)\s*$")


def _subject_np(before: str) -> str:
    """Subject noun phrase right before a verb; skips an appositive ("X, one of ..., said"). A body named in
    lower case with its acronym ("The provincial department of … affairs (Cogta) said") is the acronym."""
    np = _subject_np_inner(before)
    if not np:
        am = _ACRONYM_END.search(before)
        if am:
            return am.group(1)
    return np


def _subject_np_inner(before: str) -> str:
    t = re.sub(r"\s*\([^()]{1,30}\)", "", before).rstrip()  # "Office for Budget Responsibility (OBR)"
    t = re.sub(r"(?:\s+(?:%s))+$" % "|".join(sorted(_STRIP_TAIL)), "", t)
    t = _TIME_TAIL.sub("", t)  # "EU leaders on Friday agreed": the subject is before the day
    if " —" in t or " –" in t or " - " in t:
        t = _DASH_SPLIT.split(t)[-1]  # "BRUSSELS — EU leaders": a dateline is no part of the subject
    if t.endswith(","):
        # "Eric Reeves, one of the leading voices on Sudan," / "Jenny Walsh, 52, a teacher," → before the appositives
        segs = re.split(r",\s", t[:-1])
        for j in range(len(segs) - 1, 0, -1):
            place_like = segs[j].strip().lower() in STATES or (
                re.fullmatch(r"\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?\s*", segs[j])
                and segs[j].split()[0].lower() not in GIVEN_NAMES and j == len(segs) - 1 and j >= 2)
            if place_like and re.search(r"\b(?:in|of|from|at|near)\s+[A-Z][\w'’.-]*(?:\s+[A-Z]"
                                        r"[\w'’.-]*){0,2}\s*$", segs[j - 1]):
                segs[j - 1] += ", " + segs.pop(j)  # "… a pipe mill in Youngstown, Ohio,": the state is part of a place
        if len(segs) >= 2:
            kin = _appositive_name(segs[-2].strip(), segs[-1]) if _KIN_OF.search(segs[-2]) else ""
            if kin:
                return kin  # "…, Mr Price's wife, Sarah, said": Sarah Price
        if len(segs) >= 2 and _WHOSE_TITLE.search(segs[-2]) and re.fullmatch(
                r"\s*(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|da|del|van|von|der|al|bin))*\s*",
                segs[-1]):
            return segs[-1].strip()  # "…, whose campaign manager, Cléber Monteiro-Ramos, told a rally": the manager
        for j in range(1, len(segs)):
            if _is_appositive(segs[j]) and re.search(r"\bwhose\b|^\s*(?:who|which)\b", segs[j]):
                # "Tom Wren, a retired miner whose wife, Mary, took part, says": the clause is about Mary
                segs = segs[: j + 1]
                break
        if len(segs) == 1 and segs[0].strip()[:1].isupper():
            tail = _np_tail(segs[0])  # "…, the county's director, Rosa Kimani, told reporters"
            return tail if tail and all(w[:1].isupper() for w in tail.split()) else ""
        if len(segs) == 2:
            name = _appositive_name(_np_tail(segs[0]) or segs[0], segs[1])
            if name:
                return name
        if len(segs) >= 2:
            popped: list[str] = []
            while len(segs) >= 2 and _is_appositive(segs[-1]):
                popped.insert(0, segs.pop())
            if popped and len(segs) == 1 and _INTRO_PHRASE.match(segs[0]):
                # "In a statement read to the court, one member, a retired farmer, said": not "the court"
                if len(popped) >= 2 and re.match(r"\s*(?:one|another)\s", popped[0]) and \
                        re.match(r"\s*(?:a|an)\s", popped[1]):
                    return popped[1].strip()
                return popped[0].strip() if re.match(r"\s*(?:a|an|the|one|another)\s", popped[0]) else ""
            if popped:
                return _np_tail(segs[-1]) if len(segs) == 1 or not segs[-1].strip()[:1].islower() \
                    else _np_tail(segs[-1])
            # "The group that owns her music, Big Machine," → the name itself
            return _np_tail(segs[-1])
        return ""
    seg = re.split(r",\s", t)[-1]
    rm = _WHO_SPOKE.search(seg)
    if rm:  # "Small business owners who spoke with our correspondent said": the owners, not the correspondent
        head_np = _np_tail(seg[: rm.start()]) or _lower_np_tail(seg[: rm.start()])
        if head_np:
            return head_np
    seg = re.split(r"\b(?:that|which|who|because|when|while|if|after|before|as|and|but)\b", seg)[-1] \
        if re.search(r"\b(?:that|which|who|because|when|while|if)\s", seg) else seg
    pm = _PERSON_OF_ORG.match(seg)
    if pm:
        lead, name = split_run(pm.group(1).strip())
        if len(name.split()) >= 2 and not looks_like_org(name):
            return pm.group(1).strip()  # "Analyst Ann Lee of research firm Lumen says": Ann Lee, not the firm
    lm = _DESC_IN_PLACE.search(seg.rstrip())
    if lm and lm.group(2) not in _NOT_SPEAKER_HEADS:
        return lm.group(1)  # "a dealer in Osaka reported": the dealer, not the city
    np = _np_tail(seg)
    if not np:
        # "a senior colleague told her …": a determiner and a noun the lexicon lacks
        dm = re.search(r"(?:^|\s)((?:[Aa]|[Aa]n|[Tt]he|[Oo]ne)\s+(?:(?:senior|former|junior|close|local|longtime|veteran|"
                       r"fellow|young|retired|prominent|leading|top)\s+)?([a-z][a-z-]{3,}))$", seg.rstrip())
        if dm and dm.group(2) not in _NOT_SPEAKER_HEADS and not _FINITE.fullmatch(dm.group(2)) \
                and not dm.group(2).endswith(("ly", "ing")) and dm.group(2) not in _SOURCE_DOCS | _DOC_NOUNS:
            np = dm.group(1)
        bm = _THE_ADJ_BUSINESS.search(seg.rstrip()) if not np else None
        if bm and bm.group(2) in _BUSINESS_HEADS:
            np = bm.group(1)  # "and the Irish carrier said": the company, by another name
    # the noun phrase must reach the end of the segment (no verb between it and the speech verb)
    return np


class _Sink:
    def __init__(self) -> None:
        self.quotes: list[Quote] = []
        self.keys: set[tuple[str, str, str]] = set()
        self.last_indirect: tuple[Speaker, int] | None = None

    def add(self, sp: Speaker, text: str, kind: str, sent: Sentence) -> None:
        text = _clean_quote(text) if kind == "direct" else _trim_content(text)
        if not text or not re.search(r"\w", text):
            return
        if kind == "indirect" and sp.kind == "person" and sp.alias and re.match(r"(?:the|a|an|our)\s", sp.alias, re.I) \
                and re.search(r"\b%s\b" % re.escape(sp.name.split()[-1]), text):
            # "Tom Hale was injured, the coach said": the coach is not the man he talks about
            sp = Speaker(_strip_article(sp.alias), "desc")
        key = (sp.name, norm(text), kind)
        if key in self.keys:
            return
        self.keys.add(key)
        aliases = (sp.alias,) if sp.alias and norm(sp.alias) != norm(sp.name) else ()
        self.quotes.append(Quote(speaker=sp.name, quote=text, kind=kind, sentence=sent.text, start=sent.start,
                                 aliases=aliases))
        if kind == "indirect":
            self.last_indirect = (sp, sent.start)

    def extend(self, idx: int, more: str, sent: Sentence) -> None:
        """Join the continuation of a quote split by its attribution ("A," he said, "b.")."""
        q = self.quotes[idx]
        text = _clean_quote(q.quote + ", " + _clean_quote(more))
        sentence = q.sentence if sent.text == q.sentence else f"{q.sentence} {sent.text}"
        self.quotes[idx] = Quote(q.speaker, text, q.kind, sentence, q.start, q.aliases)


def _sentence_at(sents: list[Sentence], pos: int, starts: list[int] | None = None) -> Sentence:
    starts = starts if starts is not None else [s.start for s in sents]
    k = bisect.bisect_right(starts, pos) - 1
    return sents[max(k, 0)]


def extract_quotes(body: str, sentences: list[Sentence], people: People, roles: list[Role]) -> list[Quote]:
    """Direct quotes and reported speech of an article, in text order."""
    ctx = _Context(people, roles, body, sentences)
    sink = _Sink()
    # paragraphs with offsets
    paragraphs: list[tuple[int, str]] = []
    pos = 0
    for m in [*re.finditer(r"\n\s*\n", body), None]:
        end = m.start() if m else len(body)
        if body[pos:end].strip():
            paragraphs.append((pos, body[pos:end]))
        if m:
            pos = m.end()
    all_starts = [x.start for x in sentences]
    prev_speaker: Speaker | None = None  # speaker of the last quote of the previous paragraph
    prev_open = False  # previous paragraph ended inside an unclosed quotation
    prev_all_quote_attr = False
    for p_off, par in paragraphs:
        a, b = bisect.bisect_left(all_starts, p_off), bisect.bisect_left(all_starts, p_off + len(par))
        psents = sentences[a:b] or [Sentence(par, p_off, 0)]
        pstarts = [x.start for x in psents]
        spans = find_quote_spans(par)
        speakers: list[Speaker | None] = [None] * len(spans)
        quote_idx: list[int | None] = [None] * len(spans)
        full_quote_sentences: set[int] = set()
        # indirect speech first on sentences (updates group context in text order)
        _indirect_for_paragraph(par, p_off, psents, spans, ctx, sink)
        for k, q in enumerate(spans):
            qtext = par[q.text_start : q.text_end]
            post = par[q.close :]
            # text before the quote within its sentence
            sent = _sentence_at(psents, p_off + q.open, pstarts)
            pre_start = max(sent.start - p_off, spans[k - 1].close if k else 0)
            pre = par[pre_start : q.open]
            sp: Speaker | None = None
            ends_open = qtext.rstrip()[-1:] in (",", "?", "!", "—", "–", "-", "…") or post[:1] in (",",) \
                or (post[:1] in (" ",) and post[1:2].islower())
            # (a) attribution after the quote
            if q.closed and ends_open:
                attr = parse_post_attribution(post)
                if attr:
                    sp = ctx.resolve(attr.speaker_np, p_off + q.close + attr.np_offset, attr.verb)
            # (b) attribution before: "X said: "…"", "X said, "…""
            if sp is None and re.search(r"[:,]\s*$|\b(?:said|says|added|adds|told|tells|wrote|writes|tweeted)\s*$",
                                        pre):
                fa = _find_pre_attr(pre)
                if fa and len(pre[fa[3]:].split()) <= 25:
                    sp = ctx.resolve(fa[0], p_off + pre_start + fa[1])
                elif not fa and re.search(r"\b(?:a|an|the|its|his|her|their)\s+(?:[a-z]+\s+){0,2}(?:post|statement|message|"
                                          r"tweet|letter|note|email|video)(?:\s+on\s+[A-Z]\w*)?\s*:\s*$", pre):
                    # 'Redfield welcomed him on X with a short post: "…"': the subject wrote it
                    subj = _leading_subject(pre)
                    sp = ctx.resolve(subj, p_off + pre_start) if subj and subj[:1].isupper() else None
            # split quote: "A," he said, "b ..."
            if sp is None and k > 0 and speakers[k - 1] is not None and spans[k - 1].closed:
                between = par[spans[k - 1].close : q.open]
                if parse_post_attribution(between) and (re.search(r"[,.]\s*$", between) or between.strip() == ""):
                    sp = speakers[k - 1]
                elif re.search(r",\s+(?:adding|saying|continuing|explaining|insisting|warning|noting|stressing)"
                               r"(?:\s+that)?\s*[:,]?\s*$", between) and len(between) < 200:
                    sp = speakers[k - 1]  # '"…," she said, adding: "…"'
                elif between.strip() in ("", ".", ",") :
                    sp = speakers[k - 1]
            # (c) fragment in a reporting sentence
            fragment = False
            if sp is None:
                is_start = not par[sent.start - p_off : q.open].strip() if sent.start - p_off <= q.open else False
                qm = _QUOTED_AS.search(pre) if not is_start else None
                if qm:
                    # 'the aide quoted Governor Sam Ude as describing them as "…"': the one quoted said it
                    cand = ctx.resolve(qm.group(1), p_off + pre_start + qm.start(1))
                    if cand and cand.kind == "person":
                        sp = cand
                        fragment = True
                pv = _PASSIVE_DESCRIBED.search(pre) if not is_start and sp is None else None
                if pv:
                    # "X was described by his family as a 'loving dad'": the family's words, never X's; without
                    # "by …" nobody is named
                    cand = ctx.resolve(pv.group("np"), p_off + pre_start + pv.start("np")) if pv.group("np") else None
                    if cand is None:
                        continue
                    sp, fragment = cand, True
                if not is_start and sp is None:
                    fa = _find_pre_attr(pre)
                    if fa and fa[0].lower() in ("he", "she", "they"):
                        lm = _LETTER_FROM.search(pre[: fa[1] + len(fa[0])] + " ")
                        if lm:  # "a letter from Mulvihill, in which he said he was "…"": the writer's words
                            fa = (lm.group(1), lm.start(1), fa[2], fa[3])
                    if (fa is None or re.search(r"\bto\s+[a-z]{3,}\b", pre[fa[3]:])) and len(qtext.split()) <= 5 \
                            and _DET_BEFORE.search(par, max(0, q.open - 24), q.open) \
                            and qtext.rstrip()[-1:].isalnum() and (lm := _LABEL_AFTER.match(par, q.close)) \
                            and not _FINITE.fullmatch(lm.group(0).split()[-1]):
                        continue  # 'to build 30,000 "light public housing" units': a label on a noun, not a quote
                    if fa and _OTHER_AGENT.search(pre[fa[3]:]):
                        fa = None  # '… after the district's auditor flagged "irregularities"': the auditor's word
                    if fa:
                        cand = ctx.resolve(fa[0], p_off + pre_start + fa[1])
                        if cand and cand.kind in ("person", "org", "desc", "group", "place"):  # "Downing Street said"
                            sp = cand
                            fragment = True
                    elif k > 0 and speakers[k - 1] is not None and re.search(
                            r"^[^.!?]*\b(?:and|but|,)\s+(?:\w+ly\s+)?(\w+)\b", par[spans[k - 1].close : q.open]) and any(
                            _is_speech_verb(w, characterise=True) for w in
                            re.findall(r"[a-z]+", par[spans[k - 1].close : q.open])) and \
                            not parse_post_attribution(par[spans[k - 1].close : q.open]):
                        # "described it as the "…" and accused him of "…"": same speaker
                        sp = speakers[k - 1]
                        fragment = True
                    elif k > 0 and speakers[k - 1] is not None and (_SAME_REPORT_VP.fullmatch(
                            par[spans[k - 1].close : q.open]) or _AND_THAT_BETWEEN.fullmatch(
                            par[spans[k - 1].close : q.open])):
                        # 'said she had done "nothing improper" and would be "vindicated."': the same report goes on
                        sp = speakers[k - 1]
                        fragment = True
                    elif k > 0 and speakers[k - 1] is not None:
                        # "…," he says, boasting that Google's servers can "deliver …"
                        between = par[spans[k - 1].close : q.open]
                        if parse_post_attribution(between) and re.search(
                                r",\s*(?:\w+ing)\s+(?:that\s+)?", between):
                            sp = speakers[k - 1]
                            fragment = True
            # (d) continuation from the previous paragraph, or a quote-only paragraph after an attributed one
            if sp is None and k == 0 and not par[: q.open].strip():
                rest = par[q.close :]
                no_attr_here = all(speakers[j] is None for j in range(len(spans)))
                if prev_open and prev_speaker is not None:
                    sp = prev_speaker
                elif prev_speaker is not None and prev_all_quote_attr and no_attr_here and \
                        not _has_narrative(par, spans) and _sentence_like(qtext):
                    sp = prev_speaker
                elif prev_speaker is not None and prev_all_quote_attr and no_attr_here and \
                        parse_post_attribution(rest) is None and not _has_narrative(par[: q.close], spans[:1]):
                    sp = None
            if sp is None and sent.start - p_off == q.open and sent.start > psents[0].start \
                    and not par[q.close :].strip(" .\"”’'") and (k == 0 or spans[k - 1].close <= sent.start - p_off):
                # 'Mr Sharma is unconvinced. "They say lessons will be learned."': the previous sentence's subject
                prev = _sentence_at(psents, sent.start - 1, pstarts)
                k2 = bisect.bisect_left(ctx.subj_pos, prev.start)
                if k2 < len(ctx.subj_pos) and ctx.subj_pos[k2] == prev.start and _sentence_like(qtext) and (
                        _STANCE.search(prev.text) or any(_is_speech_verb(w) for w in re.findall(r"[a-z]+", prev.text))):
                    sp = Speaker(ctx.subj_name[k2], "person")
            if sp is None and k > 0 and speakers[k - 1] is not None and not par[spans[k - 1].close : q.open].strip():
                sp = speakers[k - 1]
            if sp is None:
                continue
            speakers[k] = sp
            ctx.note(sp, p_off + q.open)
            if fragment and (len(qtext.split()) > 40 or _title_case(qtext) or _CAMEL_NAME.fullmatch(qtext.strip(" ,.")) or _NAMING.search(par[max(0, q.open - 40) : q.open])):
                continue
            if _scale_label(par, q.open, q.close, qtext):
                continue
            full_quote_sentences.add(sent.start)
            # '"A," she said, "b …"' stays two quotes (the annotation convention), each with the speaker
            n_before = len(sink.quotes)
            sink.add(sp, qtext, "direct", sent)
            if len(sink.quotes) > n_before:
                quote_idx[k] = n_before
        # an attributed quote followed by more quotes in the same paragraph with no attribution
        last = next((s for s in reversed(speakers) if s is not None), None)
        prev_speaker = last
        prev_open = bool(spans) and not spans[-1].closed and speakers[-1] is not None
        prev_all_quote_attr = last is not None and _ends_with_quote_or_attr(par, spans)
        # a paragraph ending in reported speech by a person: a following quote-only paragraph is theirs
        if not spans and sink.last_indirect is not None and psents and sink.last_indirect[1] == psents[-1].start \
                and sink.last_indirect[0].kind == "person":
            prev_speaker, prev_all_quote_attr = sink.last_indirect[0], True
        # 'Critic Ruth Bell disagreed.' ending a paragraph: a following quote-only paragraph is hers
        if psents and (not spans or spans[-1].close <= psents[-1].start - p_off):
            k2 = bisect.bisect_left(ctx.subj_pos, psents[-1].start)
            if k2 < len(ctx.subj_pos) and ctx.subj_pos[k2] == psents[-1].start and (
                    _STANCE.search(psents[-1].text) or any(_is_speech_verb(w) for w in re.findall(r"[a-z]+", psents[-1].text))):
                prev_speaker, prev_all_quote_attr = Speaker(ctx.subj_name[k2], "person"), True
        # 'In a statement, the club said:' ending a paragraph introduces the quotation below it
        tail_start = spans[-1].close if spans else 0
        tail = par[tail_start:].rstrip()
        if tail.endswith(":") and (not spans or spans[-1].closed):
            last_sent = _sentence_at(psents, p_off + len(tail) - 1, pstarts)
            seg = par[max(last_sent.start - p_off, tail_start) : len(tail) - 1]
            fa = _find_pre_attr(seg + ":")
            if fa and len(seg[fa[3]:].split()) <= 12:
                sp = ctx.resolve(fa[0], p_off + max(last_sent.start - p_off, tail_start) + fa[1])
                if sp is not None:
                    ctx.note(sp, p_off + len(tail))
                    prev_speaker, prev_open = sp, True
    captions = caption_paragraphs(sentences)
    if captions:  # "X said the new team would … Image: Name/dpa": a photo caption repeats the story
        in_caption = {x.start for x in sentences if x.paragraph in captions}
        return [q for q in sink.quotes if q.start not in in_caption]
    return sink.quotes


_FROM_LABEL = re.compile(r"\bfrom\s+[\"“'‘][^\"“”'‘’]{1,30}[\"”'’],?\s+to\s+$")


# a clause of someone else's between the verb of saying and a quoted fragment: '… after the auditor flagged "…"'
_OTHER_AGENT = re.compile(r"\b(?:after|because|when|since|before|until|once)\s+(?:the|a|an|its|his|her|their)\s+"
                          r"(?:[\w'’-]+\s+){0,4}?[a-z]+ed\s+$")
# '… had been "one of the best" he had dealt with and that her departure was "a loss"': the same report goes on
_AND_THAT_BETWEEN = re.compile(r"[^\"“”.!?;]{0,120}\band\s+that\s+[^\"“”.!?;]{0,100}")
_SAME_REPORT_VP = re.compile(r"\s+(?:and|but|or)\s+(?:would|will|could|should|had|has|have|was|were|is|are)\s+"
                             r"(?:not\s+)?(?:be\s+|been\s+|have\s+been\s+)?(?:[a-z]+\s+){0,2}")
_TO_QUOTE = re.compile(r"\s*to\s+[\"“'‘]")


def _scale_label(par: str, open_: int, close: int, qtext: str) -> bool:
    """A level on a scale in quotes, not someone's words: raised from "moderate" to "high"."""
    if len(qtext.split()) > 3:
        return False
    if _TO_QUOTE.match(par[close:close + 12]) and par[max(0, open_ - 8):open_].rstrip().endswith(" from"):
        return True
    return bool(_FROM_LABEL.search(par[max(0, open_ - 60):open_]))


# words that introduce a name or a term, not someone's words: the so-called "green deal"
_NAMING = re.compile(r"\b(?:so-called|dubbed|nicknamed|known\s+as|termed|the\s+words?|the\s+term|the\s+phrase|"
                     r"the\s+slogan|the\s+hashtag|the\s+motto|titled|entitled|named|billed\s+as|"
                     r"a\s+sign\s+reading|signs\s+reading|a\s+banner\s+reading)\s*$", re.I)
_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by", "de", "la", "le"}


# a product or feature name in quotes: "EarPrint", "iPhone", "SLOW-MIND", "X5"
_CAMEL_NAME = re.compile(r"[A-Za-z]*[a-z][A-Z][\w-]*|[A-Z0-9][A-Z0-9-]{2,}")


def _title_case(q: str) -> bool:
    """A capitalised phrase in quotes is usually the name of a work or a nickname: "The Crown"."""
    words = re.findall(r"[^\W\d_][\w'’-]*", q)
    if not words or len(words) > 8:
        return False
    big = [w for w in words if w.lower() not in _SMALL]
    return bool(big) and all(w[0].isupper() for w in big) and (len(big) >= 2 or words[0][0].isupper() and len(words) >= 2)


_STANCE = re.compile(r"\b(?:disagreed|disagrees|agreed|agrees|unconvinced|sceptical|skeptical|defiant|adamant|optimistic|"
                     r"pessimistic|cautious|confident|unrepentant|unapologetic|furious|angry|delighted|upset|hopeful|"
                     r"disappointed|dismissive|blunt|frank|emotional|philosophical|relieved|sanguine|undeterred)\b")


def _sentence_like(q: str) -> bool:
    """A quoted sentence rather than a quoted subheading ('Actions not words')."""
    q = q.strip()
    return bool(q) and (q[-1] in ".!?…" or len(q.split()) >= 8)


def _has_narrative(par: str, spans: list[QSpan]) -> bool:
    """Whether the paragraph has words outside its quotations."""
    pos = 0
    out = []
    for q in spans:
        out.append(par[pos : q.open])
        pos = q.close
    out.append(par[pos:])
    return bool(re.search(r"[A-Za-z]{2,}", " ".join(out)))


def _ends_with_quote_or_attr(par: str, spans: list[QSpan]) -> bool:
    if not spans:
        return False
    tail = par[spans[-1].close :]
    if not tail.strip(" .,!?"):
        return True
    attr = parse_post_attribution(tail)
    # the paragraph must end with the attribution: '"…," said X. Y disagreed.' hands nothing on
    return attr is not None and len(tail) < 300 and not tail[attr.end:].strip(" .!?")


# ---------------------------------------------------------------------------
# reported speech
# ---------------------------------------------------------------------------

_PARTICIPLE = re.compile(
    r",\s+(saying|adding|boasting|warning|insisting|claiming|arguing|noting|explaining|stressing|suggesting|"
    r"acknowledging|admitting|conceding|declaring|predicting|stating|writing|telling\s+\w+)\s+(that\s+)?",
)
# '… exposed "decades of neglect," noting that …': the comma inside the quotation
_PARTICIPLE_AFTER_QUOTE = re.compile(
    r"(?:,[\"”’]|[\"”’],)\s+(saying|adding|warning|insisting|claiming|arguing|noting|explaining|stressing|suggesting|"
    r"acknowledging|admitting|conceding|declaring|predicting|stating)\s+(that\s+)?")


def _close_quote(first: str) -> str:
    """ 'a long vacancy "puts every crossing at risk' → '… at risk"': a quotation cut at its comma closes."""
    if first.count('"') % 2:
        return first + '"'
    if first.count("“") > first.count("”"):
        return first + "”"
    return first


_VP_SPLIT = re.compile(r",?\s+(?:and|but)\s+(?:also\s+|later\s+)?([a-z]+ed|said|told\s+\w+)\s+that\s+")
# '… at risk," and said Democrats would not …': a second report with no "that"
_VP_SPLIT_BARE = re.compile(r"(?:(?:,[\"”’]|[\"”’]?,)\s+(?:and|but)\s+(?:also\s+|later\s+)?(said|added|warned|insisted|argued)\s+"
                            r"(?!(?:nothing|little|so|no|yes|goodbye|sorry|hello|thanks)\b)(?=[A-Za-z])"
                            r"|\s+(?:and|but)\s+(?:also\s+)?(hinted|said|added|warned|insisted|suggested)\s+(?=(?:he|she|they)\s)"
                            # 'were "long overdue" and said member companies would …'
                            r"|[\"”’]\s+(?:and|but)\s+(?:also\s+)?(said|added|warned|insisted)\s+(?:that\s+)?(?=[a-z])"
                            # "…, though he said amendments were …"
                            r"|,\s+(?:though|although|but)\s+(?:he|she|they)\s+(?:also\s+)?(said|added|warned|insisted)\s+"
                            r"(?:that\s+)?(?=[A-Za-z]))")
_CONJ_SPLIT = re.compile(r",?\s+(?:and|but)\s+(he|she|they|it)\s+(?:also\s+)?([a-z]+)\s+(?:that\s+)?")


def _quote_mask(text: str, spans: list[QSpan], base: int) -> str:
    """``text`` with quoted material replaced by placeholders of equal length (offsets kept)."""
    chars = list(text)
    for q in spans:
        a, b = q.open - base, q.close - base
        for i in range(max(a, 0), min(b, len(chars))):
            chars[i] = "\x00" if chars[i] not in "\n" else "\n"
    return "".join(chars)


def _indirect_for_paragraph(par: str, p_off: int, psents: list[Sentence], spans: list[QSpan], ctx: _Context,
                            sink: _Sink) -> None:
    opens = [q.open for q in spans]
    for sent in psents:
        s = sent.text
        s_off = sent.start - p_off
        if s.rstrip().endswith("?") or len(s) > 1500:
            continue
        k = bisect.bisect_left(opens, s_off + len(s))
        local = []
        while k > 0 and len(local) < 200:
            k -= 1
            q = spans[k]
            if q.close <= s_off:
                if q.open < s_off - MAX_QUOTE_CHARS:
                    break
                continue
            local.insert(0, q)
        masked = _quote_mask(s, [QSpan(q.open - s_off, q.close - s_off, 0, 0, q.closed) for q in local], 0)
        # a sentence that starts with a quotation is direct speech, not reported
        starts_quote = bool(local) and local[0].open - s_off <= 1
        if starts_quote:
            # "…," he says, boasting that Google's servers can "deliver …"
            pm = _PARTICIPLE.search(masked)
            if pm:
                attr = parse_post_attribution(s[local[0].close - s_off :]) if local[0].closed else None
                if attr:
                    sp = ctx.resolve(attr.speaker_np, sent.start + local[0].close - s_off + attr.np_offset)
                    content = s[pm.end():]
                    if sp and len(content.split()) >= 3:
                        sink.add(sp, content, "indirect", sent)
            continue
        if _trailing_report(s, masked, sent, ctx, sink):
            continue
        if _according_report(s, masked, sent, ctx, sink):
            continue
        if _forward_report(s, masked, sent, ctx, sink):
            continue
        if _found_report(s, masked, sent, ctx, sink):
            continue
        _parenthetical_report(s, masked, sent, ctx, sink)


_FOUND_THAT = re.compile(r"\b(?:found|finds|find|concluded|concludes|showed|shows)\s+that\s")
_FINDERS = {"auditors", "investigators", "inspectors", "researchers", "scientists", "inquiry", "investigation",
            "commission", "panel", "committee", "review", "audit", "report", "study", "survey", "analysis", "probe"}


def _found_report(s: str, masked: str, sent: Sentence, ctx: _Context, sink: _Sink) -> bool:
    """ "The audit found that …", "Auditors also found that …": what an inquiry or a report established."""
    fm = _FOUND_THAT.search(masked) if "that" in masked else None
    if fm is None:
        return False
    np = _subject_np(masked[: fm.start()])
    words = norm(np).split() if np else []
    if not words or words[-1] not in _FINDERS or words[0] in ("a", "an"):
        return False
    sp = ctx.resolve(np, sent.start + max(masked.rfind(np.split()[-1], 0, fm.start()), 0))
    if sp is None:
        sp = Speaker(_strip_article(np), "desc")
    content = s[fm.end():]
    if len(content.split()) < 4 or not _has_finite_verb(content):
        return False
    sink.add(sp, content, "indirect", sent)
    return True


_LETTER_FROM = re.compile(r"\b(?:letter|statement|e-?mail|note|message|post|submission|affidavit)\s+(?:from|by)\s+"
                          r"((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+in\s+which\s+"
                          r"(?:he|she|they)\s+$")
_THAT_NEXT = re.compile(r"\s+that\s")
_LATER_AGENT = re.compile(r",?\s+but\s+(?:later\s+|then\s+|eventually\s+|quickly\s+)?[a-z]+ed\b")
_TO_NEXT = re.compile(r"\s+to\s")


def _forward_report(s: str, masked: str, sent: Sentence, ctx: _Context, sink: _Sink, depth: int = 0) -> bool:
    """``X said (that) …`` / ``X told Y (that) …`` / ``…, saying …``."""
    skip_until = -1
    added = False
    for m in _VERB_RE.finditer(masked):
        if m.start() < skip_until:
            continue
        w = m.group(0)
        if not _is_speech_verb(w):
            continue
        lemma = SPEECH[w]
        if lemma == "add" and _TO_NEXT.match(masked, m.end()):
            continue  # "The protest adds to the pressure on …": not a verb of saying
        if lemma in ("ask", "urge", "rule", "respond", "continue", "reply", "agree") and not (
                lemma in ("reply", "respond") and _THAT_NEXT.match(masked, m.end())):
            continue  # but "She replied that she had …" reports
        if lemma == "post" and not (w == "posted" and re.match(
                r"\s+(?:on|to)\s+(?:X|Twitter|Facebook|Instagram|Threads|Bluesky|TikTok|LinkedIn|Telegram|Truth\s+Social|"
                r"social\s+media|(?:his|her|their|its)\s+[\w\s]{1,30}?)\s*,?\s+that\s", s[m.end():])):
            continue  # "posted on X that …" reports; "posted a video" does not
        before = masked[: m.start()]
        if "\x00" in before[-3:]:
            continue
        qa = re.search(r"\b(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\w+ly\s+)?quoted\s+(?:\w+\s+){0,4}?as\s+$",
                       before, re.I)
        if qa and w == "saying":
            # "X was quoted by Reuters as saying (that) …"
            np = _subject_np(before[: qa.start()])
            sp = ctx.resolve(np, sent.start) if np else None
            content, _ = _after_verb_content(s[m.end():], lemma, w)
            if sp and content and len(content.split()) >= 3 and _has_finite_verb(content):
                sink.add(sp, content, "indirect", sent)
                return True
            continue
        if w.endswith("ing"):
            # participle: ", saying (that) …" → subject of the sentence
            if not re.search(r",\s*$", before):
                continue
            np = _leading_subject(masked[: m.start()])
            sp = ctx.resolve(np, sent.start) if np else None
            content, _ = _after_verb_content(s[m.end():], lemma, w)
            if sp and content and len(content.split()) >= 3 and _has_finite_verb(content):
                sink.add(sp, content, "indirect", sent)
                return True
            continue
        if re.search(r"\b(?:is|was|are|were|be|been|being|get|got|gets)\s+(?:\w+ly\s+)?$", before, re.I):
            continue  # passive: "it is said that", "he was told to leave"
        if w.endswith("ed") and re.search(r"\b(?:in|on|via|through|during|at|with)\s+(?:a|an|the|its|his|her|their)\s+"
                                          r"(?:[\w-]+\s+){0,2}$", before):
            continue  # "said in a video posted on social media that …": the participle describes the video
        if re.search(r"(?:\b(?:not|never|no\s+longer|declined\s+to|refused\s+to|failed\s+to|unable\s+to)|n['’]t)"
                     r"\s+(?:\w+\s+)?$", before, re.I):
            continue  # "it did not say how many", "he declined to say whether": nothing was reported
        if _relative_report(s, masked, m, lemma, sent, ctx, sink):
            return True
        np = _subject_np(before)
        if not np:
            xm = re.search(r"\b(?:the\s+)?((?:[A-Z][\w&'’.-]*\s+){1,6}?(?:[A-Z][\w&'’.-]*|\([A-Z]{2,8}\))),\s+which\s+"
                           r"(?:(?:has|had|also|later|then)\s+)*$", before)
            if xm and looks_like_org(re.sub(r"\s*\([A-Z]{2,8}\)$", "", xm.group(1))):
                np = re.sub(r"\s*\([A-Z]{2,8}\)$", "", xm.group(1))  # "reached out to the Texas Education Agency, which said"
        wm = re.search(r",\s+who\s+(?:(?:had|has|have|also|later|then|previously)\s+)*$", before) if not np else None
        if wm:
            # "… from Ann Lee, a former clerk, who said she had …": the person the clause hangs on
            segs = re.split(r",\s", before[: wm.start()])
            last_np = _np_tail(segs[-1]) if segs and _has_finite_verb(segs[-1]) and not re.match(
                r"\s*(?:a|an|the|one|who|whose|which|\d)", segs[-1], re.I) else ""
            if last_np and last_np.split()[-1].lower() in SPEAKER_NOUNS and last_np[:1].islower():
                # "… faced criticism from opposition lawmakers, who say …": the group the clause hangs on
                np = last_np
            else:
                while len(segs) >= 2 and _is_appositive(segs[-1]) and (
                        not _has_finite_verb(segs[-1]) or re.match(r"\s*(?:a|an|the|\d)\b", segs[-1], re.I)):
                    segs.pop()
                tail = _np_tail(segs[-1]) if segs else ""
                if tail and tail[:1].isupper() and len(tail.split()) <= 4:
                    np = tail
        if not np and not wm:
            gm = _GROUP_WHO.search(before)
            if gm and (gm.group(2).lower() in _PEOPLE_SUBJECTS or gm.group(2).lower() in SPEAKER_NOUNS) \
                    and gm.group(2).lower().endswith("s"):
                np = gm.group(1)  # "a rebellion by Labour MPs who said it did not go far enough"
        # coordinated verb: "The North proposed talks …, but said there …" → sentence subject
        if not np and re.search(r"\b(?:but|and)\s+(?:(?:also|later|then)\s+)?$", before):
            np = _leading_subject(before)
        if not np:
            continue
        if np.lower() in ("he", "she", "they"):
            lm = _LETTER_FROM.search(before)
            if lm:  # "handed in a letter from Mulvihill, in which he said …": the writer, not the one who handed it
                np = lm.group(1)
        sp = ctx.resolve(np, sent.start + max(before.rfind(np.split()[-1]), 0), w)
        if sp is None and np.lower().startswith("the ") and np.split()[-1].lower() in _BUSINESS_HEADS \
                and re.search(r",\s+and\s+%s\s*$" % re.escape(np), before):
            # "Northwind Airways reported a profit …, and the Irish carrier said …": the sentence's own company
            lead = _leading_subject(before)
            cand = ctx.resolve(lead, sent.start) if lead and lead[:1].isupper() else None
            sp = cand if cand is not None and cand.kind == "org" else None
        if sp is None:
            continue
        content, has_that = _after_verb_content(s[m.end():], lemma, w)
        if wm and content:
            rm = _RESUMED_MAIN.search(content)
            if rm and len(content[: rm.start()].split()) >= 3:
                content = content[: rm.start()]  # "Jane Roe, who said the plan was flawed, voted against it"
        ctx.note(sp, sent.start)
        if not content or len(content.split()) < 3 or not (
                _has_finite_verb(content) or _clause_like(content)
                or has_that and (lemma != "tell" and len(content.split()) >= 4 or len(content.split()) >= 7)):
            continue
        if content.lstrip()[:1] in ('"', "“"):
            qm = re.match(r'\s*["“][^"“”]{8,400}["”]', content)
            if has_that and qm and lemma not in COGNITION and _has_finite_verb(qm.group(0)):
                # 'he added that "in football, everything has a price"': the report and the quote both count
                sink.add(sp, qm.group(0), "indirect", sent)
                skip_until, added = m.end() + len(s[m.end():]) - len(content) + qm.end(), True
            continue
        # nested report: "… had also suggested that any talks …"
        cm = _CONJ_SPLIT.search(content)
        if cm and _is_speech_verb(cm.group(2)) and SPEECH[cm.group(2)] in ("urge", "ask", "call"):
            # "…, and he urged municipalities to hold drills": a request is no report; the first part stands
            sink.add(sp, content[: cm.start()], "indirect", sent)
            return True
        if cm and _is_speech_verb(cm.group(2)) and SPEECH[cm.group(2)] not in COGNITION:
            sp2 = ctx.resolve(cm.group(1), sent.start)
            first, second = content[: cm.start()], content[cm.end():]
            sink.add(sp, first, "indirect", sent)
            if sp2:
                sink.add(sp2, second, "indirect", sent)
            return True
        vm = _VP_SPLIT.search(content) or _VP_SPLIT_BARE.search(content)
        vverb = (vm.group(1) or vm.group(vm.lastindex or 1) or "") if vm else ""
        if vm and _is_speech_verb(vverb) and SPEECH[vverb] not in COGNITION \
                and len(content[vm.end():].split()) >= 3 and _has_finite_verb(content[vm.end():]):
            # "… were "reassuring" but cautioned that the study could not prove …": two reports by one speaker
            sink.add(sp, _close_quote(content[: vm.start()]), "indirect", sent)
            sink.add(sp, content[vm.end():], "indirect", sent)
            return True
        wm2 = re.search(r",\s+(?:while|whereas)\s+(?=[A-Z])", content)
        if wm2 and len(content[: wm2.start()].split()) >= 3:
            # "X said A, while Y said B": two speakers; B is read from the rest of the sentence
            sink.add(sp, content[: wm2.start()], "indirect", sent)
            skip_until, added = m.end() + len(s[m.end():]) - len(content) + wm2.end(), True
            continue
        pm = _PARTICIPLE.search(content) or _PARTICIPLE_AFTER_QUOTE.search(content)
        if pm and len(content[pm.end():].split()) >= 3 and _has_finite_verb(content[pm.end():]):
            # "… said it was closing, adding that staff would be paid": two reports by one speaker
            head = content[: pm.start()]
            if len(head.split()) >= 3 and (_has_finite_verb(head) or _clause_like(head)):
                sink.add(sp, _close_quote(head), "indirect", sent)
            # else "wrote separately, saying that …": the adverb reports nothing
            sink.add(sp, content[pm.end():], "indirect", sent)
            return True
        sink.add(sp, content, "indirect", sent)
        trimmed = _trim_content(content)
        rest_at = m.end() + (len(s) - m.end() - len(content)) + len(trimmed)
        if len(s) - rest_at > 25 and _LATER_AGENT.match(s, rest_at):
            # "… he had not known about the checks, but stepped down after NDR reported that …": the rest of
            # the sentence can hold someone else's report
            skip_until, added = rest_at, True
            continue
        return True
    return added


_REL_SPEAKER = re.compile(r",\s+(?:which|that)\s+((?:the|its|their)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?|it|they|"
                          r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|he|she)\s+(?:also\s+|now\s+)?$")
_REL_VP = re.compile(r"\s*((?:would|will|could|can|may|might|should|must|was|were|is|are|had|has|have)\s+[^,;:\x00]{5,200}?)"
                     r"\s*(?=[,;:]|\.\s|\.$|$)")


def _relative_report(s: str, masked: str, vm: re.Match, lemma: str, sent: Sentence, ctx: _Context,
                     sink: _Sink) -> bool:
    """``…, which the company says can flag hearing loss`` / ``a budget, which it says would save £2m``."""
    if lemma not in ("say", "claim", "insist", "argue", "estimate", "believe", "predict", "promise", "warn"):
        return False
    rm = _REL_SPEAKER.search(masked[: vm.start()])
    if not rm:
        return False
    cm = _REL_VP.match(masked, vm.end())
    if not cm or len(cm.group(1).split()) < 3:
        return False
    np = rm.group(1)
    sp = None
    if np in ("it", "they"):
        subj = _leading_subject(masked[: rm.start()])  # "Her group has tabled a budget, which it says …"
        if subj and (subj.split()[-1].lower() in GROUP_NOUNS or subj[:1].isupper() and looks_like_org(subj)):
            sp = ctx.resolve(subj, sent.start)
    if sp is None:
        sp = ctx.resolve(np, sent.start + rm.start(1))
    if sp is None:
        return False
    ctx.note(sp, sent.start)
    sink.add(sp, s[cm.start(1) : cm.end(1)], "indirect", sent)
    return True


_INTRO_COMMA = re.compile(r"(?:In|On|At|Last|Earlier|Later|This|After|Before|Since|For|During|By|Then|Asked|Speaking|"
                          r"Defending|Prosecuting|Representing|Mitigating|Sentencing|Summing\s+up|"
                          r"Writing|Addressing|Responding|Pressed|Interviewed|Questioned|Reacting|Commenting)\b"
                          r"[^,]{0,60},\s*|"
                          # "Three years later, …", "Two days after the vote, …": a span of time
                          r"(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Some|A\s+few|\d+)\s+"
                          r"(?:years?|months?|weeks?|days?|hours?|decades?)\s+(?:later|earlier|after|before|on|ago)\b"
                          r"[^,]{0,50},\s*", re.I)


def _leading_subject(text: str) -> str:
    """The subject noun phrase at the start of a clause ("He has always denied …" → "He")."""
    t = _SHORT_PARENS.sub("", text.strip())  # "Sen. Ann Lee (R-Ky.) voted …"
    t = _LEAD_CONJ.sub("", t)
    # skip an introductory phrase ending in a comma ("In June, …", "Last week, …")
    m = _INTRO_COMMA.match(t)
    if m:
        t = t[m.end():]
    parts = _COMMA_SPACE.split(t)
    if len(parts) >= 3:
        name = _appositive_name(parts[0], parts[1])
        if name:
            return name  # "Its leader, Tom Vik, called …"
    t = parts[0]  # "Paul, the first American man …, admitted": the appositive is not the subject
    words = _WORDS.findall(t)
    if not words:
        return ""
    if words[0].lower() in _PRON or words[0].lower() in _GROUP_PRON:
        return words[0]
    out: list[str] = []
    for wi, w in enumerate(words[:8]):
        lw = w.lower().replace("’", "'")
        if lw in _NAME_PARTICLES and out and (out[-1][:1].isupper() or out[-1].lower() in _NAME_PARTICLES) \
                and wi + 1 < len(words) and (words[wi + 1][:1].isupper() or words[wi + 1].lower() in _NAME_PARTICLES):
            out.append(w)  # "Erik ten Haag", "Ursula von der Leyen"
            continue
        if w[0].isupper() or _ARABIC_ARTICLE.match(w) or lw in SPEAKER_NOUNS or lw in TITLES or lw in TITLE_MODIFIERS \
                or lw in DEMONYMS \
                or lw in _NP_FUNC or _YEAR_OLD.match(lw) or lw.endswith("'s"):
            if lw in ("in", "at", "for", "and", "of") and not (out and out[-1][0].isupper()):
                break
            out.append(w)
            continue
        k = wi
        if out and w[:1].islower() and k + 1 < len(words) and _FINITE.fullmatch(words[k + 1].lower()) \
                and not _FINITE.fullmatch(lw) and not lw.endswith("ly") and lw not in _SUBORD and lw not in (
                    "to", "not", "never", "also", "who", "which", "that", "then", "now", "on", "with", "from", "by"):
            return ""  # "The EarPrint test took …": the phrase goes on past what we know; its head is not a speaker
        break
    while len(out) > 1 and out[-1].lower() in ("then", "now", "also", "later", "still", "again"):
        out.pop()  # "Rudavia then expelled him": an adverb, not part of the subject
    return " ".join(out)


_OF_GROUPS = {"residents", "families", "relatives", "members", "parents", "friends", "supporters", "workers",
              "employees", "staff", "students", "pupils", "fans", "shareholders", "customers", "passengers"}
_PEOPLE_SUBJECTS = {
    "sources", "critics", "supporters", "residents", "locals", "witnesses", "police", "officials", "analysts",
    "experts", "observers", "insiders", "diplomats", "aides", "campaigners", "activists", "scientists",
    "researchers", "doctors", "economists", "lawyers", "prosecutors", "investigators", "authorities", "organisers",
    "organizers", "teachers", "parents", "students", "workers",
}
_DATA_FROM = re.compile(r"^(?:the\s+)?(?:latest\s+|new\s+|official\s+|provisional\s+)?(?:figures|data|estimates|statistics|"
                        r"calculations|numbers|research|analysis|a\s+survey|a\s+poll|a\s+tally|a\s+count|"
                        r"(?:a|the)\s+(?:joint\s+|written\s+|brief\s+)?statement|(?:a|the)\s+post|(?:a|the)\s+letter)\s+"
                        r"(?:from|by|compiled\s+by|published\s+by|released\s+by)\s+(?=(?:the\s+)?[A-Z])")


def _according_speaker(np: str) -> tuple[str, int]:
    """ "figures from the Institute for Trade" → ("the Institute for Trade", offset): the body behind the data."""
    m = _DATA_FROM.match(np)
    return (np[m.end():], m.end()) if m else (np, 0)


_ACCORDING_LEAD = re.compile(r"^\s*According\s+to\s+([^,;\x00]{2,80}?)\s*,\s*")


def _according_source(np: str) -> bool:
    """ "according to the company / Ann Lee, an analyst": a speaker, not a document, plan or schedule."""
    words = norm(np).split()
    if not words or len(words) > 8:
        return False
    proper = np.strip()[:1].isupper() and not words[0] in ("the", "a", "an", "official", "new", "its", "their")
    k = next((i for i, w in enumerate(words) if i and w in ("at", "of", "from", "for", "with", "in", "familiar",
                                                             "close", "briefed", "involved", "on")), len(words))
    head_words = words[:k]  # "analysts at Quarry Research": the research firm is not the source noun
    if not proper and any(w in _SOURCE_DOCS or w in _DOC_NOUNS or w in _COMMON_SUBJECTS and w not in _PEOPLE_SUBJECTS
                          for w in head_words) and not any(w[:1].isupper() for w in np.split()[1:k]):
        return False
    if proper and (words[-1] in _SOURCE_DOCS or words[-1] in _DOC_NOUNS):
        return False  # "according to the Annual Report"
    if words[0] in ("to", "plan", "plans", "schedule", "rules", "law", "tradition", "legend", "custom"):
        return False
    head = head_words[-1] if head_words else ""
    if not proper and not any(w[:1].isupper() for w in np.split()) and not (
            head in SPEAKER_NOUNS or head in TITLES or head in GROUP_NOUNS or head.split("-")[-1] in TITLES):
        return False  # "according to the schedule": not someone who speaks
    return True


def _according_report(s: str, masked: str, sent: Sentence, ctx: _Context, sink: _Sink) -> bool:
    """``According to X(, an analyst at Y), …``."""
    m = _ACCORDING_LEAD.match(masked)
    if not m:
        return False
    np, np_off = _according_speaker(m.group(1))
    np = re.sub(r"\s*\([A-Z][A-Za-z.&]{1,10}\)\s*$", "", np)  # "the Provincial Disaster Management Authority (PDMA)"
    rest_at = m.end()
    am = re.match(r"(?:the\s+|a\s+|an\s+)?[^,;\x00]{2,80}?,\s*", masked[rest_at:])
    if am and _is_appositive(masked[rest_at:rest_at + am.end()].rstrip(" ,")) and \
            not _has_finite_verb(masked[rest_at:rest_at + am.end()]):
        rest_at += am.end()  # "According to Ann Lee, an analyst at Y, …"
    if not _according_source(np):
        return False
    content = s[rest_at:].rstrip(" .")
    if "\x00" in masked[rest_at:] or not _has_finite_verb(content) or len(content.split()) < 3:
        return False
    sp = ctx.resolve(np, sent.start + m.start(1) + np_off)
    if sp is None or sp.kind == "desc" and not np[:1].isupper() and norm(np).split()[0] not in ("the",):
        return False
    ctx.note(sp, sent.start)
    sink.add(sp, content, "indirect", sent)
    return True


_LEADING_SAYS = re.compile(r"\s*(?:He|She|They|(?:[A-Z][\w'’.-]*\s+){1,3}?)\s*(?:also\s+|later\s+|\w+ly\s+)?"
                           r"(?:said|says|told\s+\w+|added|warned|insisted)\s+(?!that\b)[A-Za-z]")


# "…, the ministry said, most of them children": a quantified tail about the reported content
_TAIL_QUANTIFIER = re.compile(r"(?:most|many|some|all|both|several|none|mostly|mainly|including|among\s+them|one|two|"
                              r"three|four|five|six|seven|eight|nine|ten|\d+)\b")


_POSS_S = re.compile(r"(?<=[A-Za-z])['’]s\b")  # "the group's chairman": a possessive, not "is"
_NAME_AFTER_ATTR = re.compile(r",\s+((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4})\s*[.!]?")


def _trailing_report(s: str, masked: str, sent: Sentence, ctx: _Context, sink: _Sink) -> bool:
    """``…, X said.`` / ``…, said X.`` / ``…, X told Y.``"""
    commas = [m.start() for m in re.finditer(r",\s", masked)]
    for c in reversed(commas[-5:]):
        tail = masked[c + 1 :]
        attr = parse_post_attribution(tail, max_tail=10)
        if attr is None:
            continue
        if attr.verb == "according" and (not _according_source(attr.speaker_np) or tail[attr.end:].strip(" .!")):
            continue
        if re.search(r"\b%s\s*[:,]?\s*\x00" % re.escape(attr.verb), tail):
            return True  # 'Asked whether …, she replied: "…"' introduces a direct quote
        vpos = tail.find(attr.verb)
        if vpos >= 0 and (_has_finite_verb(_POSS_S.sub("", tail[vpos + len(attr.verb):].split(",")[0].replace("\x00", " ")))
                          or re.search(r"\bthat\s", tail[vpos + len(attr.verb):].split(",")[0])):
            continue  # "…, X said Y had acted …" / "X told Parliament that …": a forward report
        after = tail[attr.end:].strip()
        name_after = _NAME_AFTER_ATTR.fullmatch(after) if after not in ("", ".", "!") else None
        if after not in ("", ".", "!") and not name_after:
            continue
        extra = ""
        cpos = tail.find(",", vpos + len(attr.verb)) if vpos >= 0 else -1
        if cpos > 0:
            rest = tail[cpos + 1:].strip().rstrip(" .!")
            if len(rest.split()) >= 3 and "\x00" not in rest and not _has_finite_verb(rest) \
                    and _TAIL_QUANTIFIER.match(rest) or _CONJ_CLAUSE.match(rest) and len(rest.split()) >= 3 \
                    and (_has_finite_verb(rest.replace("\x00", " ")) or "\x00" in rest):
                # "States may regulate surveying, she wrote, but they may not license …": one report in halves
                # "At least 37 people have died, the ministry said, most of them children": the tail goes with it
                extra = s[c + 1 + cpos + 1:].strip().rstrip(" .!")
        np = name_after.group(1) if name_after else attr.speaker_np  # "…, said the group's chairman, Mr X."
        if np[:1].islower() and attr.verb != "according" and (
                np.split()[0].lower() in TITLES or np.split()[0].lower() in TITLE_MODIFIERS) \
                and not any(w[:1].isupper() for w in np.split()[1:]) and not (
                    np.split()[-1].lower() in _PEOPLE_SUBJECTS or np.split()[-1].lower() in GROUP_NOUNS) \
                and re.search(r"[A-Z][\w'’.-]*\s*$", masked[:c]):
            continue  # "…, Ann Lee, chief economist at X, said": an appositive; keep looking left for the name
        content = s[:c]
        c0 = masked.rfind(", ", 0, c)
        if c0 > 0 and np[:1].isupper() and re.match(r"\s*(?:the|its|their|his|her|a|an)\s", masked[c0 + 1 : c], re.I) \
                and not _has_finite_verb(re.sub(r"['’]s\b", "", masked[c0 + 1 : c])) and len(masked[c0 + 1 : c].split()) <= 8:
            c = c0  # "…, the county's emergency director, Rosa Kimani, told reporters": the title is not content
            content = s[:c]
        if "\x00" in masked[:c]:
            # quoted material in the content: the direct quote carries it
            return True
        if _LEADING_SAYS.match(content):
            return False  # "He said X, who leads the unit, was in charge, and that investigators had asked …"
        sp = ctx.resolve(np, sent.start + c + 1 + attr.np_offset)
        if sp is None:
            return False
        plain = re.sub(r"['’]s(?=\s+[A-Z])", "", content)  # "Al Jazeera's Hani Mahmoud": a possessive, not "is"
        if not (_has_finite_verb(plain) or _SUBJECT_S_VERB.match(content) or _clause_like(content)) \
                or len(content.split()) < 3:
            return False
        ctx.note(sp, sent.start)
        # nested: "X had also suggested that …, our correspondent adds."
        inner = _nested(content, sent, ctx)
        if inner:
            sink.add(inner[0], inner[1], "indirect", sent)
            return True
        sink.add(sp, f"{content}, {extra}" if extra else content, "indirect", sent)
        # "…, the firm said in a statement, adding that no jobs would go": a second report
        pm = _PARTICIPLE.search(masked, c + 1)
        if pm and ("\x00" not in masked[pm.end():]
                   or len(masked[pm.end():masked.find("\x00", pm.end())].split()) >= 3):
            # (a quoted fragment inside the added report is fine: "adding that Warsaw and Seoul shared "a …"")
            more = s[pm.end():]
            if len(more.split()) >= 3 and (_has_finite_verb(more) or pm.group(2)):
                sink.add(sp, more, "indirect", sent)
        return True
    return False


_GROUP_WHO = re.compile(r"\b((?:[A-Z][\w'’-]*\s+){0,2}([a-z]{3,}|[A-Z]{2,4}s))\s+who\s+(?:(?:had|have|also|later|then)\s+)*$")
_RESUMED_MAIN = re.compile(r",\s+(?=(?:\w+ly\s+)?(?:has|had|was|were|is|are|will|would|[a-z]{3,}ed)\b)")


def _nested(content: str, sent: Sentence, ctx: _Context) -> tuple[Speaker, str] | None:
    for m in _VERB_RE.finditer(content):
        w = m.group(0)
        if not _is_speech_verb(w) or SPEECH[w] in COGNITION:
            continue
        np = _subject_np(content[: m.start()])
        if not np or norm(np) in _PRON or norm(np) in _GROUP_PRON:
            continue
        rest, has_that = _after_verb_content(content[m.end():], SPEECH[w], w)
        if not rest or not has_that and SPEECH[w] not in ("say", "tell"):
            continue
        sp = ctx.resolve(np, sent.start)
        if sp:
            return sp, rest
    return None


_CONJ_CLAUSE = re.compile(r"(?:but|and|although|though|because|so|yet)\s+\S")


def _parenthetical_report(s: str, masked: str, sent: Sentence, ctx: _Context, sink: _Sink) -> bool:
    """``The key to success, says X, is …``"""
    m = re.search(r",\s+((?:says|said)\s+[^,]{1,60}|according\s+to\s+[^,]{2,60}|[^,]{1,60}\s+(?:says|said|argues|argued|"
                  r"insists|insisted|believes|claims|claimed|warned|warns|added|adds|noted|notes|predicted|predicts|"
                  r"suggested|suggests|stressed|admitted|admits|explained|explains|conceded|concedes))\s*,\s+", masked)
    if not m or m.start() == 0:
        return False
    attr = parse_post_attribution(" " + m.group(1))
    if not attr or attr.verb == "according" and not _according_source(attr.speaker_np):
        return False
    sp = ctx.resolve(attr.speaker_np, sent.start + m.start(1))
    if sp is None:
        return False
    a, b = s[: m.start()], s[m.end():]
    if not b or not b[0].islower() or len(a.split()) < 2 and not a.strip()[:1].isupper():
        return False
    if _has_finite_verb(a) and _CONJ_CLAUSE.match(b) and len(a.split()) >= 3 \
            and (_has_finite_verb(b.replace("\x00", " ")) or '"' in b or "“" in b):
        # "States may regulate surveying, she wrote, but they may not license …": one report in two halves
        sink.add(sp, f"{a}, {b.rstrip(' .')}", "indirect", sent)
        return True
    if _has_finite_verb(a) or not _has_finite_verb(b.split(",")[0]):
        return False  # "The key to success, says X, is …": the subject before, its verb after
    sink.add(sp, f"{a} ... {b}", "indirect", sent)
    return True
