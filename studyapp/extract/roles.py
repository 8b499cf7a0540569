"""Positions people hold: "US National Security Council spokeswoman Caitlin Hayden",
"Denis McDonough, chief of staff to the US president", "Sudan's president, Omar al-Bashir",
"the BBC's Lucy Williamson", "replace X as Tottenham's manager", "working as a pundit for Sky Sports".

Only people found by :mod:`studyapp.extract.names` get roles, and a role must contain a
title word from the lexicon: precision first.
"""

from __future__ import annotations

import bisect
import re

from studyapp.extract.facts import Quote, Role
from studyapp.extract.lexicon import (
    POSITION_BIGRAMS,
    DEMONYMS,
    GIVEN_NAMES,
    HONORIFICS,
    MEDIA,
    NON_NAME_CAPS,
    ORG_WORDS,
    SPEECH,
    TITLE_ABBREVIATIONS,
    TITLE_MODIFIERS,
    TITLES,
)
from studyapp.extract.names import People, cap_runs, looks_like_org, norm, split_run
from studyapp.extract.text import Sentence, caption_paragraphs

__all__ = ["extract_roles", "is_title_word"]

_WORD = re.compile(r"[\w][\w'’.\-/&]*|[,;:()\"“”]")


def is_title_word(w: str) -> bool:
    """A word that names a position ("spokeswoman", "CEO", "editor-in-chief", "co-founder")."""
    lw = w.lower().strip(".,").replace("’", "'")
    if w.strip(".,") == "Md":
        return False  # "Md Tanvir Hasan": Mohammad, not a managing director
    if lw in TITLES:
        return True
    if len(lw) > 7 and lw.endswith(("ologist", "ician", "ographer", "onomist", "ometrist")):
        return True  # primatologist, politician, photographer, astronomist
    parts = lw.split("-")
    return len(parts) > 1 and (parts[0] in TITLES or parts[-1] in TITLES)


def _is_cap(w: str) -> bool:
    return bool(w) and (w[0].isupper() or w[0].isdigit())


_STYLES = {"prince", "princess", "sheikh", "sir", "dame", "lord", "lady", "king", "queen", "emir", "sultan", "crown"}




_STOP_MODS = {"new", "then", "only", "first", "second", "top"}
_KIN_TITLES = {"partner", "friend", "colleague", "companion", "fiancee", "fiancée", "fiance", "fiancé", "spouse"}


def _stacked_before_rank(r: Role) -> bool:
    """Whether role ``r`` is written right before a rank ("military spokesperson Lt Col X"): two titles
    stacked in front of the name, both kept."""
    at = r.sentence.find(r.role)
    if at < 0:
        return False
    nxt = r.sentence[at + len(r.role):at + len(r.role) + 12].split()
    return bool(nxt) and nxt[0].lower().rstrip(".") in _MIL_RANKS


_NEWLY = {"newly", "recently", "democratically", "directly", "popularly", "freshly", "the", "a", "an"}


def _premod_role(words: list[str]) -> list[str]:
    """Walk back over the words before a name and keep the title phrase ("England captain")."""
    out: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        lw = w.lower().replace("’", "'")
        left = words[k - 1].lower() if k > 0 else ""
        if out and w[:1].islower() and w.isalpha() and (left in TITLES or left in _POS_MODS
                                                         or left in TITLE_MODIFIERS and left not in _STOP_MODS
                                                         and not lw.endswith(("ed", "ing", "ly"))) and \
                lw not in ("the", "a", "an", "and", "or", "by", "with", "of", "for", "said", "says"):
            out.insert(0, w)  # "chief operating officer": an unknown word inside a title
            continue
        if not out and lw in _KIN_TITLES and k > 0 and words[k - 1].lower() in ("his", "her", "their", "my", "our"):
            return []  # "his partner Kerry Evans": family, not a position
        if lw == "and" and out and is_title_word(out[0]) and k > 0 and is_title_word(words[k - 1]) \
                and out[0][:1].isupper() == words[k - 1][:1].isupper() or lw == "and" and out \
                and out[0].upper() == out[0] and k > 0 and is_title_word(words[k - 1]):
            out.insert(0, w)  # "co-founder and CEO X": one person's two titles
            continue
        if lw in ("and", "&") and out and _is_cap(out[0]) and k > 1 and _is_cap(words[k - 1]) \
                and not any(is_title_word(x) for x in out) and any(
                words[j].lower() in ("of", "for") and is_title_word(words[j - 1]) and _is_cap(words[j - 1])
                and not any(x.lower() in GIVEN_NAMES for x in words[j + 1:k]) for j in range(max(1, k - 5), k)):
            out.insert(0, w)  # "Minister for Communities and Territories Development X": one portfolio
            continue
        if lw == "the" and out and _is_cap(out[0]) and k > 1 and words[k - 1].lower() in ("of", "for") \
                and is_title_word(words[k - 2]):
            out.insert(0, w)  # "Clerk of the Court Marsha Dunkley"
            continue
        if w in (",", ";", ":", "(", ")", '"', "“", "”") or lw in ("the", "a", "an", "and", "or", "by", "with",
                                                                   "including", "as", "from", "said", "says"):
            break
        if out and lw in ("appointed", "elected", "named", "hired", "installed") and (k == 0 or words[k - 1].lower()
                                                                                    not in _NEWLY):
            break  # "have appointed former assistant X": the verb is no part of the title (but "newly elected mayor")
        if w in ("Then", "Now", "Later", "Also", "Still"):
            break  # "Then left-arm spinner X": a sentence adverb, not "then-" of a former title
        if lw in ("of", "for") and out and (_is_cap(out[0]) or out[0] == "the" and len(out) > 1):
            out.insert(0, w)
            continue
        if is_title_word(w) or lw in TITLE_MODIFIERS or _is_cap(w) and lw not in NON_NAME_CAPS:
            if lw in SPEECH and not _is_cap(w) and not is_title_word(w) and lw not in TITLE_MODIFIERS:
                break
            out.insert(0, w)
            continue
        if lw.endswith(("'s",)) and _is_cap(w):
            out.insert(0, w)
            continue
        break
    while out and out[0].lower() in ("of", "for"):
        out.pop(0)
    # "Saudi Energy Minister Prince Abdulaziz": a style of address after the position is not part of it
    if len(out) > 1 and out[-1].lower() in _STYLES and any(is_title_word(w) for w in out[:-1]):
        out.pop()
    # two-word positions whose last word is no title on its own: "defensive end", "wide receiver"
    if len(out) == 0 and len(words) >= 2 and f"{words[-2].lower()} {words[-1].lower()}" in POSITION_BIGRAMS:
        out = words[-2:]
        k0 = len(words) - 3
        while k0 >= 0 and (words[k0].lower() in TITLE_MODIFIERS or _is_cap(words[k0]) and words[k0].lower()
                           not in NON_NAME_CAPS):
            out.insert(0, words[k0])
            k0 -= 1
        return out
    # "Director of rugby Neil Hastings", "Leader of opposition Ramesh Patil": a title with its lower-case field
    if (not out or out == words[-1:]) and len(words) >= 3 and words[-2].lower() == "of" and is_title_word(words[-3]) \
            and re.fullmatch(r"[a-z][a-z-]{2,}", words[-1]) and words[-1] not in _FIELD_STOP \
            and words[-1] not in SPEECH:
        out = words[-3:]
        k0 = len(words) - 4
        while k0 >= 0 and (is_title_word(words[k0]) or words[k0].lower() in TITLE_MODIFIERS):
            out.insert(0, words[k0])
            k0 -= 1
        return out
    # must end with a title word
    if not out or not is_title_word(out[-1]):
        # allow "Deputy Director of Public Prosecution": a title followed by "of <Org>"
        if not any(is_title_word(w) for w in out) or not any(
                w.lower() == "of" or w.lower() == "for" and i and is_title_word(out[i - 1]) for i, w in enumerate(out)):
            return []
    return out


# ranks that stand on their own after another position: "opposition leader Cllr X", "party whip Senator X"
_STACKED_RANKS = {"cllr", "councillor", "councilor", "alderman", "senator", "sen", "rep", "representative", "judge",
                  "justice", "mayor", "governor", "gov", "mp", "mep"}


_RANK_WORDS = {"colonel", "general", "captain", "major", "lieutenant", "sergeant", "inspector", "superintendent",
               "detective", "commander", "admiral", "brigadier", "corporal", "chief", "constable", "private"}


def _split_stacked(role_words: list[str]) -> list[list[str]]:
    """ "Opposition leader Cllr" → ["Opposition leader"], ["Cllr"]; "military spokesperson Lt Col" → two positions."""
    if len(role_words) >= 2 and role_words[-1][:1].isupper() and \
            role_words[-1].lower().rstrip(".") in _STACKED_RANKS and role_words[-2][:1].islower() and \
            is_title_word(role_words[-2]):
        return [role_words[:-1], role_words[-1:]]
    for i in range(len(role_words) - 1, 0, -1):
        key = role_words[i].lower().rstrip(".")
        if not (role_words[i][:1].isupper() and (key in _RANK_WORDS or key in TITLE_ABBREVIATIONS)):
            break
        if role_words[i - 1][:1].islower() and is_title_word(role_words[i - 1]):
            return [role_words[:i], role_words[i:]]  # "military spokesperson Lt Col Nadav Levi"
    return [role_words]


_POS_MODS = {"majority", "minority", "deputy", "vice", "assistant", "associate", "senior", "junior", "chief", "acting", "interim", "former",
             "then", "home", "foreign", "prime", "shadow", "executive", "general", "managing", "first", "ex",
             "lead", "principal", "special", "top", "new"}


def _org_of(role_words: list[str]) -> str:
    """The organisation named in a role: "... at Harvard University" / "CEO of Take-Two" / "England captain"."""
    text = " ".join(role_words)
    if re.search(r"\b(?:MP|MEP|MSP|MLA|TD|[Cc]ouncill?or|[Ss]enator|[Rr]epresentative|[Mm]ember)\s+for\s+[A-Z]", text):
        return ""  # "MP for Bristol East": a constituency, not an organisation
    text = re.sub(r"\bof\s+State\s+(?=for\s+[A-Z])", "", text)  # "Minister of State for Transport": a rank
    if re.search(r"\b(?:at|of|for|with)\s+(?:the\s+)?[A-Z][^,]*\s+in\s+[A-Z]", text):
        text = re.sub(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$", "", text)  # "at Rabo Research in Utrecht"
    m = re.search(r"\b(?:at|of|for|with)\s+(?:the\s+)?((?:[A-Z][\w'’&.-]*)(?:\s+(?:(?:of|for|and|the|&)\s+)?[A-Z][\w'’&.-]*)*)\s*$",
                  text)
    if m:
        if " " not in m.group(1) and (m.group(1).lower() in TITLE_MODIFIERS or m.group(1).lower() in
                                      ("state", "defense", "defence", "staff", "police", "the", "public")):
            return ""  # "Secretary of State", "Chief of Staff": a portfolio, not an organisation
        return m.group(1)
    m = re.search(r"\s([A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})\s*$", text)
    if m and re.search(r"\b(?:at|of|for|with)\b", text) and not is_title_word(m.group(1).split()[-1]):
        return m.group(1)
    caps: list[str] = []
    demonym = False
    for i, w in enumerate(role_words):
        if is_title_word(w):
            break
        lw = w.lower()
        if i == 0 and lw in TITLE_MODIFIERS and not w.isupper() and not (
                len(role_words) > 1 and _is_cap(role_words[1]) and not is_title_word(role_words[1])):
            continue  # "Local shop owner": capitalised only because it starts the sentence
        nxt = role_words[i + 1] if i + 1 < len(role_words) else ""
        if lw in ("north", "south", "east", "west", "central") and nxt.lower() in DEMONYMS and not caps:
            demonym = True
            continue  # "South Korean midfielder": a compound nationality
        if lw in DEMONYMS and not w.isupper() and not (caps and caps[-1].lower() in ("of", "for", "and", "&")):
            if caps:
                break
            if _is_cap(nxt) and re.sub(r"['’]s$", "", nxt).lower() in ORG_WORDS:
                caps.append(w)  # "European Commission's trade chief": the nationality names the body
                continue
            demonym = True
            continue  # "German Chancellor": a nationality, not an organisation
        if _is_cap(w) and (lw not in _POS_MODS or lw == "new" and _is_cap(nxt) and not is_title_word(nxt)
                           or caps and caps[-1].lower() in ("of", "for", "and", "&")):
            caps.append(w)
        elif caps and lw in ("of", "for", "and", "&") and _is_cap(nxt) and not is_title_word(nxt) \
                and not re.search(r"['’]s$", caps[-1]):
            caps.append(w)  # "Ministry of Foreign Affairs spokesperson"
        elif caps:
            break
    while caps and caps[-1].lower() in ("of", "for", "and", "&"):
        caps.pop()
    if len(caps) >= 2 and caps[0].lower() in DEMONYMS and all(c.lower() in TITLE_MODIFIERS for c in caps[1:]):
        return ""  # "US Transportation Secretary": a country and a portfolio
    if demonym and len(caps) == 1 and (caps[0].lower() in ORG_WORDS or caps[0].lower() in TITLE_MODIFIERS):
        return ""  # "Saudi Energy Minister": a portfolio, not an organisation
    org = " ".join(caps)
    return re.sub(r"['’]s$", "", org)


_APPOS = re.compile(r"^,\s+(?:now\s+(?=(?:the|a|an)\s)|(?:previously|formerly|most\s+recently|currently)\s+)?(?:(?:the|a|an)\s+)?([^,;()\"“”]{2,160}?)\s*(?=,|;|\.\s|\.$|$|\s+(?:who|whose|which|where|and\s+(?:he|she))\b|\s+(?:(?:widely|best|locally)\s+)?(?:known|nicknamed|dubbed)\s+(?:(?:locally|widely)\s+)?as\b)")
_ONE_OF_PLURAL = re.compile(r"one\s+of\s+(?:the|its|their|[A-Z][\w'’-]*['’]s)\s+(?:(?:most|best|least)[\s-]+\w+\s+|"
                            r"\w+est\s+|leading\s+|top\s+|few\s+|great\s+|greatest\s+|foremost\s+)?"
                            r"(?P<mod>(?:[A-Z][\w'’-]*\s+|[a-z][\w-]*\s+){0,2}?)(?P<noun>[a-z]{3,}(?:s|es))\b")
_CONTACT_REL = re.compile(r"\s+(?:he|she|they|we|I)\s+(?:had|has|have|was|is|would|will|[a-z]+ed)\b.*$")
_NOUN_DET = {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "of"}
_ROLE_STOP = {"who", "which", "that", "one", "whose", "said", "says", "told", "adds", "added", "is", "was", "has",
              "had", "have", "will", "would"}


# words that never make up the field of a position ("a man who", "an old friend and")
_FIELD_STOP = {"and", "or", "but", "with", "for", "of", "in", "at", "on", "by", "from", "to", "as", "than", "very",
               "old", "close", "good", "great", "dear", "longtime", "friend", "man", "woman", "person", "mother",
               "father", "son", "daughter", "wife", "husband", "brother", "sister", "fan", "critic", "victim",
               "onetime", "self-described", "so-called", "then"}


_PAREN_AGE = re.compile(r"^\s*\(\d{1,3}\)(?=,)")
_AGE_APPOS = re.compile(r"^,\s+\d{1,3},(?:\s+(?:currently|now|until\s+now|formerly))?(?=\s)")
_KNOWN_AS = re.compile(r"\s+(?:(?:widely|best|locally|popularly|affectionately)\s+)?(?:known|nicknamed|dubbed|"
                       r"called|described)\b.*$")
_WHO_IS = re.compile(r"^,\s+who\s+(?:is|was|has\s+been|had\s+been|became|serves\s+as|served\s+as|works\s+as|"
                     r"worked\s+as)\s+(?:now\s+|also\s+|currently\s+|himself\s+|herself\s+)?(?=(?:the|a|an|its|their)\s|"
                     r"(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s\s+\S|(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*"
                     r"(?:\s+(?:of|to|for|at)\s+[^,;]{2,60})?\s+since\b|(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s+of\s+"
                     r"(?:the\s+)?[A-Z])")


_APPOS_WHO = re.compile(r",\s+(?:the|a|an)\s+[^,;()\"“”]{2,60}?\s+who\s+")
_AND_BARE_TITLE = re.compile(r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+and\s+([a-z][\w-]*)$")
_PAREN_BEFORE_COMMA = re.compile(r"\s*\([A-Z][A-Za-z.&]{1,12}\),\s*$")
_WHO_AND_NOW = re.compile(r",\s+who\s+[^,;]{3,120}?\s+and\s+(?:is|was)\s+(?:now\s+)?(?=(?:a|an|the)\s)")
_AND_VERB_TAIL = re.compile(r"\s+and\s+(?!(?:a|an|the|its|their|his|her|currently|now|also|formerly|later)\b)"
                            r"([a-z][a-z-]+)\b")
_COPULA = re.compile(r"\s+(?:is|has\s+been|had\s+been|became|becomes|remains|will\s+become|will\s+be|"
                     r"has\s+become|is\s+to\s+become)\s+(?:now\s+|currently\s+|also\s+|still\s+)?"
                     r"(?=(?:the|a|an)\s|[A-Z]|[a-z]+\s)")
# "X, the firm's chief executive, will become …": an appositive before the copula
_APPOS_THEN_COPULA = re.compile(r",\s+(?:the|a|an|its|their|his|her|[A-Z][\w'’-]*['’]s)\s+[^,;()\"“”]{2,80},(?=\s)")
_APPOINTED_LEAD = re.compile(r"^(?:appointed|named|elected|made|promoted\s+to|confirmed\s+as|installed\s+as|"
                             r"sworn\s+in\s+as)\s+")
# "… home secretary in the biggest shake-up since …", "… interim director since Haldane left": no part of the title
_ROLE_TAIL_CLAUSE = re.compile(r"\s+(?:in\s+(?:the|a|an)\s+(?:biggest|latest|first|second|major|surprise|wider|"
                               r"long-awaited)\b|since\s+(?![A-Z][a-z]+\s+\d)|after\s|following\s|until\s|as\s+part\s+of\b|"
                               r"when\s|while\s|amid\s)[^,;]*")


# ", her son and the ferry's only deckhand": the kinship is no position, the rest is
_KIN_AND = re.compile(r"^,\s+(?:his|her|their)\s+(?:son|daughter|wife|husband|brother|sister|father|mother|nephew|"
                      r"niece|cousin|grandson|granddaughter|widow|widower)\s+and\s+(?=(?:the|a|an)\s)")
_PARTY_TAG = re.compile(r"^\s*\((?:(?:[RDI]|Ind|Lab|Con|Dem|Rep)-[A-Z][\w.]{0,12}|(?:[A-Z][\w'’-]*\s*){1,4})\)(?=,)|"
                        r"^,\s+[RDI]-[A-Z][\w.]{1,12}(?:\s[A-Z][\w.]{1,12})?(?=,)")  # "Desmond O'Hare, R-Idaho, a …"


def _appositive_role(after: str) -> str:
    after = _PARTY_TAG.sub("", after, count=1)  # "Sen. X (D-Md.), the subcommittee's ranking member"
    after = _PAREN_AGE.sub("", after, count=1)  # "Ramesh Gaikwad (52), an autorickshaw driver"
    after = _AGE_APPOS.sub(",", after, count=1)
    after = _KIN_AND.sub(", ", after, count=1)
    after = _WHO_IS.sub(", ", after, count=1)
    m = _APPOS.match(after)
    if not m:
        return ""
    role = re.sub(r"^\d{1,3}-year-old\s+", "", m.group(1).strip())  # "a 34-year-old teacher": the age is no role
    om = _ONE_OF_PLURAL.match(role)
    if om and (om.group("noun")[:-1].lower() in TITLES or om.group("noun")[:-2].lower() in TITLES) \
            and om.group("noun").lower() not in ("critics", "supporters", "opponents", "fans", "players", "members",
                                                 "founders", "leaders", "stars", "voices", "figures", "owners"):
        # "one of the best-known Herdwick breeders in the Lake District" → "Herdwick breeder"
        one = om.group("noun")[:-1] if om.group("noun")[:-1].lower() in TITLES else om.group("noun")[:-2]
        role = f"{om.group('mod') or ''}{one}".strip()
    role = _CONTACT_REL.sub("", role)  # "a bassist she had met on a club date": the clause is no part of the role
    if re.match(r"(?:\d{1,2}|[a-z]+)-year\s+veteran\b", role):
        return ""  # "a 22-year veteran of the department": a length of service, not a position
    words = role.split()
    if not words or len(words) > 18:
        return ""
    low = [w.lower().strip(".") for w in words]
    if low[0].endswith("ed") and words[0][:1].islower() and low[0] not in TITLE_MODIFIERS:
        return ""  # "…, suffered severe head injuries": a verb phrase, not an appositive
    if low[0] in _ROLE_STOP or any(lw in SPEECH and lw not in TITLES and not _is_cap(w)
                                   and not (i and (low[i - 1] in _NOUN_DET or low[i - 1].endswith(("'s", "’s"))))
                                   and not (i + 1 < len(words) and is_title_word(words[i + 1]))  # "state secretary"
                                   for i, (w, lw) in enumerate(zip(words, low))):
        return ""  # (but "adviser to the state planning board": "state" after a determiner is a noun)
    if any(w in ("is", "was", "are", "were", "has", "had", "have", "will", "would") for w in low):
        return ""
    k = next((i for i, w in enumerate(words[:5]) if is_title_word(w)), -1)
    if k < 0:  # "a retired mail carrier": a two-word position whose last word is no title on its own
        k = next((i + 1 for i in range(min(4, len(low) - 1)) if f"{low[i]} {low[i + 1]}" in POSITION_BIGRAMS), -1)
    if k < 0:
        return ""
    bad = [i for i, w in enumerate(words[:k]) if not (is_title_word(w) or w.lower() in TITLE_MODIFIERS or _is_cap(w)
                                                      or w.lower().endswith("'s") or w.lower().endswith("’s"))]
    # "a commodities strategist at X": up to two plain nouns right before the title word are its field
    if bad and not (k - bad[0] <= 2 and all(re.fullmatch(r"[a-z][a-z0-9-]{2,}", words[i]) and not words[i].endswith("ly")
                                            and words[i] not in _ROLE_STOP and words[i] not in _FIELD_STOP
                                            for i in range(bad[0], k))
                    and all(not b or is_title_word(words[b - 1]) or words[b - 1].lower() in TITLE_MODIFIERS
                            or _is_cap(words[b - 1]) or b in bad for b in bad)):
        return ""
    role = re.sub(r"\s+(?:in|since|from|until|until|on)\s+(?:\d{4}|(?:January|February|March|April|May|June|July|"
                  r"August|September|October|November|December)\b).*$", "", role)
    role = re.sub(r"\s+(?:last|this|next)\s+(?:year|month|week|season)$", "", role)
    role = _KNOWN_AS.sub("", role)  # "a businessman known locally as …": the nickname is no part of the role
    role = _ROLE_TAIL_CLAUSE.sub("", role)  # "education secretary since the election"
    am = _AND_VERB_TAIL.search(role)
    if am and not is_title_word(am.group(1)) and am.group(1) not in TITLE_MODIFIERS:
        role = role[: am.start()]  # "deputy chief executive of the group and run its UK operations"
    return role.rstrip(".")


_TITLE_COMPL = re.compile(
    r"(?:^|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Aa]n?|whose)\s+|['’]s\s+|s['’]\s+)"
    r"((?!(?:The|A|An|Its|Their|His|Her|Our)\s)(?:[A-Za-z][\w-]*\s+){0,2}?(?:[A-Za-z][\w-]*|MP|MEP|MSP|MLA|TD|AM|CEO)"
    r"\s+(?:for|in|on|of|to|at)\s+(?:the\s+)?"
    r"[A-Za-z][\w&'’-]*(?:\s+(?:and\s+)?[A-Za-z][\w&'’-]*){0,6})"
    r"\s*,\s*$")


_CAP_TITLE_OF = re.compile(
    r"(?:^|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z]+\s+)?|['’]s\s+)"
    r"((?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w-]*\s+(?:of|for|to)\s+(?:the\s+)?[A-Z][\w&'’-]*"
    r"(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?(?:[A-Z][\w&'’-]*|branch|chapter)){0,8})"
    r"(?:,\s+(?:[A-Z][\w&'’-]*\s+){1,3}(?:chapter|branch|division|wing|office))?\s*,\s*$")


def _cap_title_of(before: str) -> list[str]:
    """ "the Commissioner for Health, " / "the Chief Press Secretary to the Governor, " /
    "The Chairman of the Lagos branch of the Medical Association, ": a capitalised position with its body."""
    m = _CAP_TITLE_OF.search(before[-160:])
    if not m:
        return []
    words = m.group(1).split()
    while words and words[0] in ("The", "Its", "Their"):
        words.pop(0)
    k = next(i for i, w in enumerate(words) if w in ("of", "for", "to"))
    if not (k and is_title_word(words[k - 1]) and all(is_title_word(w) or w.lower() in TITLE_MODIFIERS
                                                       for w in words[:k])):
        return []
    return words


_HON_TAIL = re.compile(r"(?:\(\s*([A-Za-z]+)\.?\s*\)|\b([A-Za-z]+)\.?)\s*$")


def _strip_honorifics(before: str) -> str:
    """ "…Health, Dr (Mrs) " → "…Health, ": honorifics between a position and its name."""
    out = before
    while True:
        m = _HON_TAIL.search(out)
        if not m or (m.group(1) or m.group(2)).lower() not in HONORIFICS | {"rt", "hon", "honourable", "honorable"}:
            return out
        out = out[: m.start()]


def _title_np_before(before: str) -> list[str]:
    """Title phrase ending right before ", NAME": "Sudan's president" / "the then UK Home Secretary" /
    "Its spokesperson for foreign affairs" / "Our correspondent in Brenn"."""
    if not re.search(r",\s*$", before):
        return []
    cw = _cap_title_of(before)
    if cw:
        return cw
    m = _TITLE_COMPL.search(before[-120:])
    if m:
        words = m.group(1).split()
        k = next(i for i, w in enumerate(words) if w in ("for", "in", "on", "of", "to", "at"))
        if k and is_title_word(words[k - 1]) and all(is_title_word(w) or w.lower() in TITLE_MODIFIERS or w.isalpha()
                                                     for w in words[:k]):
            return words
    words = _WORD.findall(before.rstrip()[:-1])
    return _premod_role(words[-8:])


# abbreviations that are also ordinary words or places ("DC", "Gen Z"): written out only next to a name or rank
_AMBIGUOUS_ABBR = {"di", "ds", "dc", "pc", "ch", "dep", "sec", "pres", "rep", "gen", "col", "maj", "det", "lt", "adm",
                   "amb", "ds", "pte", "brig"}


def expand_title_abbreviations(role: str) -> str:
    """ "Gov." → "Governor", "Det Supt" → "Detective Superintendent", "Lt. Gen." → "Lieutenant General"."""
    words = role.split()
    out: list[str] = []
    for i, w in enumerate(words):
        key = w.lower().rstrip(".").replace("’", "'")
        full = TITLE_ABBREVIATIONS.get(key)
        nxt = words[i + 1].lower().rstrip(".") if i + 1 < len(words) else ""
        if full and key in _AMBIGUOUS_ABBR and not (i == len(words) - 1 or nxt in TITLE_ABBREVIATIONS):
            full = None
        if full and not w[:1].isupper():
            full = full.lower() if key not in ("dci", "dcs", "di", "ds", "dc", "pc") else None
        out.append(full if full else w)
    return " ".join(out)


# roles that are no positions: "the sixth manager in League One to lose his job", "a second defendant",
# "an oil producer of about four million people" (a country), "leads the team with 10 sacks" (a statistic)
_NOT_A_POSITION = re.compile(
    r"^(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|only|\d+(?:st|nd|rd|th))"
    r"\b.*\bto\s+[a-z]+\b|"
    r"^(?:(?:first|second|third|fourth|fifth|another|other|co-|lead|main|key)\s*)?(?:defendant|suspect|victim|witness|"
    r"plaintiff|claimant|accused|complainant)s?$|"
    r"\bof\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|more\s+than\s+)?(?:[\d.,]+|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+few|several)\s*(?:hundred\s+|thousand\s+|million\s+|billion\s+)?"
    r"(?:people|inhabitants|residents)\b|"
    r"^leader\s+of\s+the\s+(?:team|league|division|table|standings|race|field)\s+(?:with|in)\b|"
    r"^(?:the\s+)?(?:best|worst|greatest|biggest|oldest|youngest|most|least|fastest|strongest)\b|"
    r"\b(?:player|man|woman)\s+of\s+the\s+(?:match|game|year|tournament|series|month|season|day)\b|"
    # a relationship, not a position: "Powell's common-law partner"
    r"\b(?:common-law|domestic|life|long-term|longtime|long-time|romantic)\s+partner\b|"
    # a work described by its maker: "director Mara Okafor's first feature"
    r"\b[A-Z][\w'’-]*['’]s\s+(?:(?:first|second|third|latest|new|last|debut|final|next)\s+)?(?:feature|film|movie|"
    r"novel|book|album|single|play|show|series|documentary|song|record)s?\b", re.I)


_ARTS_OCCUPATIONS = {"director", "actor", "actress", "writer", "novelist", "singer", "artist", "painter", "filmmaker",
                     "film-maker", "producer", "composer", "musician", "photographer", "poet", "architect", "designer",
                     "chef", "model", "comedian", "author", "playwright", "screenwriter", "sculptor", "rapper",
                     "songwriter", "dancer", "choreographer", "conductor", "pianist", "cellist", "violinist"}


class _RoleSink:
    def __init__(self) -> None:
        self.roles: list[Role] = []
        self.seen: set[tuple[str, str]] = set()
        self.by_person: dict[str, set[str]] = {}

    def add(self, person: str, role: str, org: str, sent: Sentence) -> None:
        role = expand_title_abbreviations(" ".join(role.split()).strip(" ,;:"))
        rw = role.split()
        if len(rw) >= 2 and rw[-1].lower() in _ARTS_OCCUPATIONS:
            # "a Nigerian-born British director": where someone is from is no part of the occupation
            while len(rw) > 1 and rw[0][:1].isupper() and (rw[0].lower().endswith("-born") or rw[0].lower() in DEMONYMS):
                rw.pop(0)
            if len(rw) < len(role.split()):
                role = " ".join(rw)
                if org.lower().endswith("-born") or org.lower() in DEMONYMS:
                    org = ""
        if not role or not person or _NOT_A_POSITION.search(role):
            return
        if norm(role) in (norm(person),) or len(role) > 200:
            return
        key = (person, norm(role))
        mine = self.by_person.setdefault(person, set())
        if len(mine) > 20:
            return
        for r in mine:
            if r == key[1] or r.endswith(key[1]) and len(key[1].split()) <= 1 or r.endswith(" " + key[1]) \
                    or key[1].endswith(" " + r) and len(r.split()) >= 2:
                return  # "Estmark's foreign minister" and later "foreign minister": one position
        mine.add(key[1])
        self.seen.add(key)
        self.roles.append(Role(person=person, role=role, org=org.strip(), sentence=sent.text, start=sent.start))


_AS_REPLACE = re.compile(
    r"\b(?:replace|replaces|replaced|replacing|succeed|succeeds|succeeded|succeeding)\s+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3})\s+as\s+(?P<role>(?:(?:the|a|an)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,5})"
)
_AS_WORK = re.compile(
    r"\b(?:working|works|worked|work|serving|serves|served|serve|appointed|named|hired|installed|elected|"
    r"re-elected|sworn\s+in|confirmed|unveiled|signed|joined|joins|join|took\s+over|takes\s+over|"
    r"moves|moved|returns|returned|switches|switched|promoted|stays\s+on|stayed\s+on|stay\s+on|remain|remains|"
    r"remained|stay|stays|stayed|"
    r"(?:return|returns|returned|go\s+back|goes\s+back|went\s+back)\s+to\s+(?:his|her|their)\s+"
    r"(?:old\s+|former\s+|previous\s+)?(?:role|job|post|position))"
    r"(?:\s+\w+ly)?(?:\s+to\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|"
    r"(?<=join|oins|ined)\s+(?:the\s+(?:faculty|staff|board|department|newsroom)\s+(?:of|at)\s+)?(?:the\s+)?"
    r"(?P<obj>[A-Z][\w&'’-]*(?:\s+(?:(?:&|of|for|de|du|des|la|le|di|da)\s+)?[A-Z][\w&'’-]*){0,4})"
    r"(?:\s+in\s+\d{4})?|"  # "joined Acme as", "joined the Conservatoire de Lyon as"
    r"(?<=join|oins|ined)\s+(?:the|its|their)\s+(?:company|group|firm|bank|club|party|board|council|team|department|"
    r"force|service|agency|ministry|school|hospital|university|paper|newspaper|magazine|station|network|practice|"
    r"museum|orchestra|band|squad|side|staff|office|union|charity|organisation|organization|army|navy|police)"
    r"(?:\s+in\s+\d{4})?|"
    r"(?:(?<=main|ined|tays|ayed)|(?<=\sstay))(?:\s+on)?\s+with\s+(?:the|its|their)\s+(?:company|group|firm|bank|club|board|"
    r"team))?"  # "joined the company as an operations manager", "will remain with the group as a senior adviser"
    r"\s+as\s+(?P<role>(?:(?:the|a|an|its|their)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,6})"
)


# "of the school of architecture at Holloway": a unit of a body, after a position
_UNIT_OF = re.compile(
    r"(?:of|for)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:school|department|faculty|division|unit|office|board|"
    r"committee|institute|college|centre|center|programme|program|team|section|bureau|council|clinic|laboratory|lab|"
    r"branch|chapter|lodge|wing)"
    r"(?:\s+of\s+(?!the\b|a\b|an\b)[a-z][\w-]*(?:\s+and\s+[a-z][\w-]*)?)?"
    r"(?:\s+(?:at|of)\s+(?:the\s+)?(?P<org>[A-Z][\w&'’-]*(?:\s+(?:of\s+)?[A-Z][\w&'’-]*){0,5}))?")


def _clip_role(phrase: str) -> tuple[str, str]:
    """("Tottenham's manager until the end" → ("manager", "Tottenham")); ("", "") if no title."""
    if " and " in phrase:
        a, b = phrase.split(" and ", 1)
        ra, oa = _clip_role_one(a)
        rb, ob = _clip_role_one(b) if ra and len(a.split()) <= 4 else ("", "")
        if ra and rb and ra == " ".join(a.split()[-len(ra.split()):]):
            return f"{ra} and {rb}", oa or ob  # "its managing director and chief executive officer"
    return _clip_role_one(phrase)


def _clip_role_one(phrase: str) -> tuple[str, str]:
    words = phrase.split()
    org = ""
    out: list[str] = []
    if words and words[0].lower() in ("the", "a", "an", "its", "their", "his", "her"):
        words = words[1:]
    if len(words) > 1 and re.fullmatch(r"[a-z]+['’]s", words[0]):
        words = words[1:]  # "the state's new interior minister"
    if len(words) > 1 and words[0] == "new":
        words = words[1:]
    # "Harbour City's coach": a possessive organisation first
    k = 0
    while k < len(words) and k < 5 and _is_cap(words[k]) and not re.search(r"['’]s$", words[k]):
        k += 1
    if k < len(words) and _is_cap(words[k]) and re.search(r"['’]s$", words[k]):
        org = re.sub(r"['’]s$", "", " ".join(words[: k + 1]))
        words = words[k + 1 :]
    for w in words:
        out.append(w)
    # keep up to and including the last title word, plus "for/at/of Org"
    k = max((i for i, w in enumerate(out[:4]) if is_title_word(w)), default=-1)
    if k < 0:
        return "", ""
    bad = [i for i, w in enumerate(out[:k]) if not (is_title_word(w) or w.lower() in TITLE_MODIFIERS or _is_cap(w)
                                                     or i == 0 and w in ("next", "interim", "acting"))]
    # (but "audit partner", "operations manager": up to two plain nouns right before the title are its field)
    if bad and not (k - bad[0] <= 2 and all(re.fullmatch(r"[a-z][a-z-]{2,}", out[i]) and out[i] not in _FIELD_STOP
                                            and out[i] not in _ROLE_STOP and not out[i].endswith(("ly", "ing", "ed"))
                                            for i in range(bad[0], k))):
        return "", ""
    role = out[: k + 1]
    rest = out[k + 1 :]
    um = _UNIT_OF.match(" ".join(rest))
    if len(rest) >= 2 and rest[0].lower() in ("for", "at", "of", "with") and rest[1] == "the" and len(rest) >= 3 \
            and _is_cap(rest[2]):
        rest = rest[:1] + rest[2:]  # "director of the Plymouth Marine Station"
        role.append("of the" if rest[0].lower() == "of" else rest[0] + " the")
        rest = rest[1:]
        j = 0
        while j < len(rest) and _is_cap(rest[j]):
            j += 1
        role += rest[:j]
        if not org:
            org = " ".join(rest[:j])
    elif len(rest) >= 2 and rest[0].lower() in ("for", "at", "of", "with") and _is_cap(rest[1]):
        j = 1
        while j < len(rest) and _is_cap(rest[j]):
            j += 1
        role += rest[:j]
        if not org:
            org = " ".join(rest[1:j])
    elif um:
        role.append(um.group(0))  # "dean of the school of architecture at Holloway"
        if not org and um.group("org"):
            org = um.group("org")
    elif len(rest) >= 2 and rest[0] == "of" and role[-1].lower() in _HEAD_OF:
        j = 2 if rest[1] == "the" else 1
        i0 = j
        while j < len(rest) and j < i0 + 3 and re.fullmatch(r"[a-z][a-z-]+[.,]?", rest[j]) \
                and rest[j].rstrip(".,") not in _FIELD_STOP and rest[j].rstrip(".,") not in _TIME_WORDS:
            j += 1
            if rest[j - 1][-1] in ".,":
                break
        if j > i0:
            role += rest[:j]  # "head of academy coaching", "director of communications"
    return " ".join(role).rstrip(".,"), org.rstrip(".,")


_YEARS_AS = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+who\s+[^.;()\"“”]{0,120}?\bafter\s+"
                       r"(?:\w+\s+){1,2}(?:years?|seasons?|months?|decades?)\s+as\s+(?P<role>(?:(?:the|a|an|its|their)\s+)?"
                       r"[a-z][\w'’-]*(?:\s+[\w'’-]+){0,5})")
_TO_BECOME = re.compile(r"\b(?:left|resigned|quit|stepped\s+down|retired|departed)\b[^.;]{0,60}?\bto\s+become\s+"
                        r"(?:the\s+|a\s+|an\s+|its\s+)?(?P<role>[a-z][\w-]*(?:\s+[\w'’-]+){0,7})")
_HEAD_OF = {"head", "director", "chief", "manager", "professor", "lecturer", "editor", "coordinator", "minister",
            "secretary", "president", "dean", "chair", "chairman", "chairwoman", "commissioner", "controller",
            "adviser", "advisor", "superintendent", "officer"}
_TIME_WORDS = {"next", "last", "this", "until", "since", "after", "before", "when", "while", "during", "season",
               "year", "month", "week", "months", "years", "weeks", "days", "today", "tomorrow", "yesterday"}


_DESCRIPTION_SUBJECT = re.compile(
    r"(?P<org>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})['’]s\s+(?P<title>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"
    r"(?:,\s+(?P<appos>(?:a|an|the)\s+[^,]{2,60}),)?\s+(?:has|had|was|is|took|became|said|says|told|led|joined|"
    r"[a-z]+ed)\b")


_SUBJ_HELD = re.compile(
    r"\b(?P<verb>chaired|headed)\s+(?P<obj>the\s+(?:board|committee|commission|council|panel|trust|department|"
    r"foundation|union|association|party)(?:\s+of\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and))*)?)|"
    r"\b(?P<verb2>was|became|becoming|is)\s+(?P<obj2>(?:the\s+)?(?:president|chair|chairman|chairwoman|head|director|"
    r"leader|secretary|treasurer)\s+of\s+[^,;.]{3,80}?)(?=\s+for\s+\w+|[,;.]|$)|"
    r"\bbecoming\s+(?:the\s+)?(?:[\w'’-]+['’]s\s+)?(?:first|second|third|youngest|oldest|only)?\s*(?:[A-Z][a-z]+\s+)?"
    r"(?P<obj3>mayor|president|prime\s+minister|chancellor|governor|premier|senator|speaker|chief\s+executive)\b")


_NAME_RE = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}"
_PLURAL_TITLE_LIST = re.compile(
    rf"\b(?:(?P<mod>[a-z]+)\s+)?(?P<t>[a-z]{{3,}}s)\s+(?P<names>(?:{_NAME_RE},\s+){{1,5}}(?:and\s+)?{_NAME_RE})\b")


def _plural_title_word(t: str) -> str:
    """ "members" → "member", "trustees" → "trustee" when the singular names a position, else ""."""
    one = t[:-1]
    return one if one in TITLES or one == "member" else ""


def _clause_subject_person(text: str, pos: int, sent: Sentence, people: People) -> str | None:
    """The person who is the subject of the clause holding ``pos``: a name or "he"/"she" right before the verb,
    after any fronted phrase ("After leaving office in 2007, Dawkins chaired …")."""
    head = text[:pos]
    head = head[head.rfind(",") + 1:] if head.count(",") and not re.search(r"\bwho\s", head[head.rfind(",") + 1:]) \
        else head
    pm = re.search(r"\b(He|She|he|she)\s+(?:(?:also|later|then|previously|once)\s+)?$", head)
    if pm:
        return people.last_person_before(sent.start + pos, "m" if pm.group(1).lower() == "he" else "f")
    for r in reversed(cap_runs(head)):
        if r.possessive:
            continue
        canon = _person_named(r.text, sent.start + r.start, people)
        if canon:
            return canon
        break
    if re.search(r"\band\s+(?:also\s+)?$", text[:pos]) or "who " in text[max(0, pos - 160):pos]:
        # "… chaired the board for eight years and was president of …", "X, who … before becoming mayor": the
        # sentence's first person
        for r in cap_runs(text[:pos]):
            if r.possessive:
                continue
            canon = _person_named(r.text, sent.start + r.start, people)
            if canon:
                return canon
    return None


def _person_named(run_text: str, pos: int, people: People) -> str | None:
    """The known person a capitalised run names once its titles are cut off ("Councillor Ann Lee"), or None."""
    _, nm = split_run(run_text)
    return people.resolve(nm, pos) if nm else None


def _sentence_subject_person(sent: Sentence, people: People) -> str | None:
    s = sent.text
    m = re.match(r"(?:(?:But|And|However|Then|Now|Meanwhile),?\s+)?(He|She)\b", s) or \
        re.match(r"(?:After|Before|When|In|By|Since|Later|Two|Three|Four|Five)\b[^,;]{0,80},\s+(he|she)\s", s)
    if m:  # (or "After the show ended, she joined …")
        return people.last_person_before(sent.start, "m" if m.group(1).lower() == "he" else "f")
    runs = cap_runs(s[:120])
    if runs and runs[0].start <= 4 and not runs[0].possessive:
        _, name = split_run(runs[0].text)
        if not name:
            # "Deputy Superintendent for Operations Calvin R. Whitlock will serve as …": past the title
            for r in runs[1:4]:
                gap = s[runs[0].end:r.start]
                if r.possessive or re.search(r"\b(?!(?:for|of|the|and)\b)[a-z]+", gap) and not all(
                        is_title_word(g) or g.lower() in TITLE_MODIFIERS for g in re.findall(r"[a-z][\w-]*", gap)):
                    break  # (but "Deputy finance director Tom Hadley", "The business secretary, Gavin McAllister,")
                _, name = split_run(r.text)
                if name:
                    break
        return people.resolve(name, sent.start) if name else None
    return None


_LED_BY = re.compile(
    r"(?<![\w'’])(?P<org>(?:[Tt]he\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'’&.-]*){0,5})"
    r"(?:['’]s\s+(?P<unit>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}))?,\s+(?:(?:which|who)\s+(?:is|are|was|were)\s+)?(?:now\s+)?"
    r"led\s+by\s+(?P<name>(?:[a-z][\w-]*\s+|[A-Z][a-z]+\s+(?=[a-z]|[A-Z][\w'’.-]*\s+[A-Z])){0,4}?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})(?=\s*[,.;)]|\s+(?:said|says|has|had|is|was|will|won|took)\b)")
_NAMED_AS = re.compile(
    r"\b(?:named|appoints|appointed|appointing|naming|hired|hires|hiring|chose|picked|selected|tapped|installed|"
    r"names)\s+"
    r"(?:(?:[a-z][\w-]*|[A-Z][\w-]*)\s+){0,3}?(?:[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3},\s+)?"  # "its finance chief, X,"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,3})"
    r"(?:,\s+(?:previously|formerly|until\s+now|most\s+recently|currently)\s+[^,;]{3,100},)?,?\s+as\s+"
    r"(?:(?P<det>its|their|the|a|an)\s+)?(?:new\s+|permanent\s+)?"
    r"(?P<role>(?:next\s+|interim\s+|acting\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,5})")
_APPOINTED = re.compile(
    r"\b(?:was|were|has\s+been|had\s+been|is)\s+(?:later\s+|then\s+)?(?:appointed|named|elected|made)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?P<role>[a-z][\w-]*(?:\s+(?!(?:at|in|from|after|before|when|and|on|by|until|to)\b)"
    r"(?!of\s+(?:the\s+)?[A-Z])[a-z][\w-]*){0,6})"
    r"(?:\s+(?:at|of)\s+(?:the\s+)?(?P<org>[A-Z][\w&'’-]*(?:\s+(?:of\s+)?[A-Z][\w&'’-]*){0,5}))?")
# "she became the institute's deputy director", "he was appointed director of X", "she joined X as a nurse"
_PRON_BECAME = re.compile(
    r"\b([Hh]e|[Ss]he)\s+(?:later\s+|then\s+|eventually\s+|soon\s+)?(?:became|was\s+(?:appointed|named|made|promoted\s+to)|"
    r"(?:was|has\s+been|had\s+been)(?=\s+(?:a|an|its|their)\s)|"
    r"joined\s+(?:the\s+)?(?P<org>[A-Z][\w&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&'’-]*){0,5})"
    r"(?:\s+in\s+[A-Z][\w'’-]+)?\s+as)\s+"
    r"(?P<role>(?:(?:the|a|an|its|their|his|her)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,6})")
# ("[A-Z](?<!\w.)" is "\b[A-Z]" spelt so that the engine can skip to capitals)
_PLURAL_TITLE_NAMES = re.compile(
    r"([A-Z](?<!\w.)[a-z]{3,}s|Sens\.|Reps\.)\s+((?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){1,3}?)(?:\([A-Z]-[\w.]+\)\s+)?"
    r"and\s+((?:[A-ZÀ-ÖØ-Þ][\w'’.-]*)(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,3})")
_PLURAL_TITLE_LIST_AND = re.compile(
    r"\b(?P<mod>[a-z]+\s+)?(?P<one>[a-z]{3,})s\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3},\s+){1,5}"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3},?\s+and\s+(?P<last>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})")
_MIL_RANKS = {"lt", "lieut", "col", "gen", "capt", "maj", "sgt", "cpl", "adm", "cmdr", "brig", "lieutenant", "colonel",
              "general", "captain", "major", "sergeant", "corporal", "admiral", "commander", "brigadier", "pte", "private"}
_NOT_CAREER = {"first", "second", "star", "champion", "player", "fan", "member"}
# verbs of holding a position → the position's noun: "who chairs the panel" → "chair of the panel"
_HOLD_VERBS = {"chairs": "chair", "co-chairs": "co-chair", "heads": "head", "leads": "leader", "directs": "director",
               "manages": "manager", "edits": "editor", "coaches": "coach", "captains": "captain",
               "founded": "founder", "co-founded": "co-founder", "owns": "owner", "co-owns": "co-owner",
               "presents": "presenter", "hosts": "host", "runs": "head", "represents": "representative"}
# "who has chaired the committee since 2019": a position held up to now
_HOLD_PARTICIPLES = {"chaired": "chairs", "co-chaired": "co-chairs", "headed": "heads", "led": "leads",
                     "directed": "directs", "managed": "manages", "edited": "edits", "coached": "coaches",
                     "captained": "captains", "run": "runs", "owned": "owns", "represented": "represents",
                     "hosted": "hosts", "presented": "presents", "overseen": "oversees"}
_OBJ = r"((?:the|a|an|its|their|his|her)\s+)?([^,;:()\"“”.]{2,90}?)"
_WHO_HOLDS = re.compile(
    r"^(?:,\s+(?:\d{1,3}|[RDI]-[A-Z][\w.]*))?,\s+who\s+(?:also\s+|now\s+|currently\s+|jointly\s+)?(%s|(?:has|have)\s+(?:long\s+|also\s+)?(?:%s))"
    r"\s+%s\s*(?=[,;.]|\s+(?:and|but|since|until|for|who|which|when|while|from|after|before)\s|$)"
    % ("|".join(sorted(_HOLD_VERBS, key=len, reverse=True)), "|".join(sorted(_HOLD_PARTICIPLES, key=len, reverse=True)),
       _OBJ))
_WHO_BECAME = re.compile(
    r"^(?:,\s+(?:\d{1,3}|[RDI]-[A-Z][\w.]*))?,\s+who\s+(?:was\s+|has\s+been\s+|is\s+)?(?:appointed|named|elected|re-elected|made|became|"
    r"took\s+over\s+as|was\s+promoted\s+to)\s+(?:as\s+)?((?:the\s+|its\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,6}?)"
    r"\s*(?=[,;.]|\s+(?:in|on|last|this|since|after|before|when|and|but|until|from|at\s+the\s+age)\b|$)")
_WHERE_HOLDS = re.compile(
    r"\bat\s+(?:the\s+)?([A-Z][\w&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&'’-]*){0,5})"
    r"(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?,\s+where\s+(he|she)\s+(?:now\s+|also\s+)?(%s)\s+%s"
    r"\s*(?=[,;.]|\s+(?:and|but|since|for)\s|$)" % ("|".join(sorted(_HOLD_VERBS, key=len, reverse=True)), _OBJ))
_COUNSEL = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}?)(?:\s+(?P<pn>SC|BL|QC|KC))?,\s+(?P<side>defending|prosecuting),"
    r"|^(?P<side2>Defending|Prosecuting),\s+(?P<name2>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}?)(?:\s+(?:SC|BL|QC|KC))?\s+"
    r"(?:said|told|argued|added)\b")
_POST_NOMINAL_COUNSEL = {"SC": "senior counsel", "QC": "Queen's Counsel", "KC": "King's Counsel", "BL": "barrister"}
_WHERE_WAS = re.compile(
    r"\b(?:at|from|joined|with)\s+(?:the\s+)?(?:[a-z]+\s+(?:firm|group|company|bank)\s+)?"
    r"(?P<org>[A-Z][\w&'’-]*(?:\s+(?:(?:of|for|and|&|de)\s+)?[A-Z][\w&'’-]*){0,5}),\s+where\s+(?P<pron>he|she)\s+"
    r"(?:was|is|had\s+been|has\s+been|worked\s+as|served\s+as)\s+(?:a|an|the)\s+"
    r"(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})(?=\s*[,;.]|\s+(?:and|but|for|until|from|since)\s|$)")
_WHO_JOINED_AS = re.compile(
    r"^,\s+who\s+(?:first\s+|originally\s+)?(?:joined|started\s+at|began\s+at)\s+(?:the\s+)?(?P<org>[^,;]{2,60}?)\s+as\s+"
    r"(?:a|an|the)\s+(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?=\s+(?:in|and|before|after)\b|\s*[,;.])"
    r"(?:\s+in\s+\d{4})?(?:\s+and\s+(?:later\s+|then\s+)?became\s+(?:its|their|the)\s+(?P<later>[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*){0,3}?)(?=\s+(?:in|before|after)\b|\s*[,;.]))?")
_WHO_FORMER = re.compile(
    r"^(?:,[^,;()]{2,80}?)??\s*,?\s+who\s+(?:previously|formerly|once|earlier|until\s+recently|until\s+\d{4})\s+"
    r"(?:served|worked|was\s+employed)\s+as\s+(?:a|an|the|its|their)\s+([^,;:()\"“”.]{2,80}?)\s*(?=[,;.]|\s+(?:and|but|"
    r"who|which|when|until|before|from|in\s+\d{4})\s|$)")
_PLACE_HEADS = {"ward", "constituency", "district", "seat", "riding", "county", "borough", "division", "electorate",
                "parish", "state", "province", "region", "town", "city", "village", "district"}


def _held_role(verb: str, det: str, obj: str) -> tuple[str, str]:
    """("chairs", "the ", "ethics panel at Brenford Council") → ("chair of the ethics panel", "Brenford Council")."""
    noun = _HOLD_VERBS[verb]
    obj = obj.strip()
    org = ""
    om = re.search(r"\s+(?:at|of)\s+(?:the\s+)?([A-Z][\w&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&'’-]*){0,5})$", obj)
    if om:
        org = om.group(1)
        obj = obj[: om.start()]
    words = obj.split()
    if not words or len(words) > 8 or any(w.lower() in ("who", "which", "that", "was", "is", "were", "has", "had")
                                          for w in words):
        return "", ""
    if verb == "represents":
        if not (det.strip() in ("", "the") and words[-1].lower() in _PLACE_HEADS):
            return "", ""  # "who represents the family" is a lawyer's client, not a seat
        return f"representative for {det}{obj}", org
    if not det and not obj[:1].isupper():
        return "", ""  # "who runs marathons"
    if verb in ("runs", "oversees") and det.strip() in ("a", "an"):
        return "", ""  # "who runs a bakery": an owner, not a head of some body
    if verb in ("runs", "oversees") and not (obj[:1].isupper() or words[-1].lower() in ORG_WORDS or
                                            words[-1].lower() in ("clinic", "unit", "department", "team", "desk",
                                                                  "programme", "program", "lab", "laboratory")):
        return "", ""
    if not org and obj[:1].isupper() and det.strip().lower() in ("", "the"):
        org = re.sub(r"['’]s$", "", obj)
    return f"{noun} of {det}{obj}", org


_ORG_NAME = re.compile(r"(?<![\w'’])(?!(?:The|A|An|In|On|At|By)\s)([A-Z][\w&'’-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+|&\s+)?"
                       r"[A-Z][\w&'’-]*)+)")
NON_NAME_CAPS_TITLE = {"Its", "Their", "The", "This", "That", "But", "And", "According"}


def _its_org(role_words: list[str], before: str, prev_text: str) -> str:
    """The organisation "Its" stands for in "Its chair, Ann Lee": the one organisation named just before."""
    if not re.search(r"\b(?:Its|its|Their|their)\s+(?:[\w-]+\s+){0,3}?%s\W*$" % re.escape(role_words[0]), before):
        return ""
    head = before[: before.rfind(role_words[0])]
    scope = (prev_text + " " + re.sub(r"\b(?:Its|its|Their|their)\s+(?:[\w-]+\s+){0,3}$", "", head)).strip()
    orgs = {m.group(1) for m in _ORG_NAME.finditer(scope) if looks_like_org(m.group(1))
            and m.group(1).split()[0] not in NON_NAME_CAPS_TITLE}
    return orgs.pop() if len(orgs) == 1 else ""


_PAST_HOLD = {"chaired": "chairs", "headed": "heads", "led": "leads", "directed": "directs", "founded": "founded",
              "co-founded": "co-founded", "edited": "edits", "managed": "manages", "coached": "coaches",
              "captained": "captains"}
_WHO_LATER = re.compile(
    r"^(?:,\s+\d{1,3})?,\s+who\s+(?:[^,;()\"“”]{0,80}?\s+and\s+)?(?:later|subsequently|eventually)\s+(%s)\s+%s"
    r"\s*(?=[,;.]|\s+(?:and|but|until|from|for|between|in\s+\d{4})\s|$)"
    % ("|".join(sorted(_PAST_HOLD, key=len, reverse=True)), _OBJ))


_WHO_WORKED_AS = re.compile(r"^,\s+who\s+(?:later|then|subsequently|eventually|also)\s+(?:worked|served|trained)\s+as\s+"
                            r"(?P<role>(?:(?:a|an|the|its|their)\s+)?[a-z][\w'’-]*(?:\s+[\w'’-]+){0,7})")


def _relative_roles(after: str) -> list[tuple[str, str]]:
    """Positions in a relative clause right after a name (role, org)."""
    out: list[tuple[str, str]] = []
    lm = _WHO_LATER.match(after)
    if lm and not ((lm.group(2) or "").strip() in ("a", "an") and lm.group(3).split()[-1].lower() not in ORG_WORDS):
        # "Anand Ross, who worked with her in the 1970s and later chaired the Research Council,"
        role, org = _held_role(_PAST_HOLD[lm.group(1)], lm.group(2) or "", lm.group(3))
        if role:
            out.append((role, org))
    m = _WHO_HOLDS.match(after)
    if m:
        verb = m.group(1).split()[-1]
        role, org = _held_role(_HOLD_PARTICIPLES.get(verb, verb), m.group(2) or "", m.group(3))
        if role:
            out.append((role, org))
    bm = _WHO_BECAME.match(after)
    if bm:
        role, org = _clip_role(bm.group(1))
        if role and not re.search(r"\b(?:of|for)\s+(?:the\s+)?(?:year|month|week|match|season|tournament|series|game)\b",
                                  bm.group(1)):
            out.append((role, org))
    jm = _WHO_JOINED_AS.match(after)
    if jm:  # "Mulvihill, who joined the credit union as a clerk in 1996 and became its manager in 2008,"
        org = jm.group("org") if jm.group("org")[:1].isupper() else ""
        role, org2 = _clip_role(jm.group("role"))
        if role:
            out.append((role, org or org2))
        if jm.group("later"):
            role2, org3 = _clip_role(jm.group("later"))
            if role2:
                out.append((role2, org or org3))
    wm = _WHO_WORKED_AS.match(after)
    if wm:  # "a former nurse who later worked as a product manager at a medical records company"
        role, org = _clip_role(wm.group("role"))
        if role:
            out.append((role, org))
    fm = _WHO_FORMER.match(after)
    if fm and not any(r.start < fm.start(1) for r in cap_runs(after[: fm.start(1)]) if not _org_like(r.text)):
        role, org = _clip_role(fm.group(1))
        if role:
            out.append(("former " + re.sub(r"^(?:former|ex-)\s*", "", role), org))
    return out


def _org_like(run_text: str) -> bool:
    """A capitalised run that names an organisation or place, not a person."""
    words = run_text.lower().split()
    return bool(words) and (words[-1] in ORG_WORDS or words[0] in NON_NAME_CAPS or len(words) == 1)


_BYLINE = re.compile(
    r"(?:By\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:\s+and\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})?"
    r"\s*[,|–—]\s*(?:[\w'’&-]+\s+){0,4}(?i:correspondent|editor|reporter|writer|journalist|columnist|critic|"
    r"contributor|staff|desk|bureau|analyst|producer|commentator)(?:\s*[,|]\s*[\w'’ &-]{2,40})?")


# "Health editor Ann Lee" / "By Political correspondent Ann Lee" on a line of its own
_BYLINE_TITLE_FIRST = re.compile(
    r"(?:By\s+)?(?:[A-Z][\w'’&-]*\s+){0,2}(?:[a-z][\w-]*\s+){0,2}(?:correspondent|editor|reporter|writer|columnist|"
    r"journalist|critic)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}")


_AFTER_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,;]{1,150},\s*$")

_OUR_DESK = re.compile(r"\bour\s+(correspondent|reporter|editor|[a-z]+\s+(?:correspondent|editor|reporter))\b", re.I)
_SENT_END = re.compile(r"[.!?]['\"”’]?\s*$")
_LEAD_DET = re.compile(r"(,\s+)(?:the|a|an)\s+$")
_WORD_COMMA_END = re.compile(r"\w,\s+$")
_AND_DET = re.compile(r"\s+and\s+(?:a|an|the)\s+|\s+and\s+(?=(?:(?:deputy|vice|assistant|associate)[\s-]+)?(?:head|chair|"
                      r"chairman|chairwoman|chairperson|director|chief|president|founder|co-founder|member|leader|editor|"
                      r"professor|deputy|secretary)\s+of\b)|"
                      r"\s+and\s+(?=(?:veteran|former|longtime|long-time|senior|retired|leading|prominent)\s)|"
                      r"\s+and\s+(?:currently|now|also|formerly|later)\s+(?:(?:a|an|the)\s+)?")
_OF_PERIOD = re.compile(r"\b(?:of|for)\s+(?:the\s+)?(?:year|month|week|match|season)\b")
_AFTER_TITLE_NP = re.compile(r"\s*(?:,|\.|;|$|\s+(?:who|said|says|has|had|was|is|will|formally)\b|"
                             r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z])")
_MEDIA_POSS_END = re.compile(r"\b(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s*$")
_REPORTING_FROM = re.compile(r",\s+(?:reporting|speaking)\s+from\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_IN_PLACE = re.compile(r"\s+in\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_POSS_END = re.compile(r"['’]s$")
_COMMAS_ONLY = re.compile(r"(?:,[^,]{1,60},)?\s*")
_HE_SHE_ONLY = re.compile(r"\s*(?:He|She)\s*$")
_ORG_SUBJ = re.compile(r"\s*(?:[A-Z][A-Z.]+(?:\s+[A-Z][A-Z.]+)*,?\s*(?:\([^()]{1,40}\)\s*)?[-—–]+\s*)?"  # a dateline
                       r"(?:The\s+)?(?:(?:[A-Z][a-z]+\s+)?(?!(?:on|in|at|and|of)\s)[a-z]{3,}\s+(?=[A-Z]))?"  # "British lender"
                       r"([A-Z][\w&'’-]*(?:\s+(?:&\s+)?[A-Z][\w&'’-]*){0,3})\s+(?:on\s+\w+\s+|has\s+|have\s+)?$")
_POSS_DET = re.compile(r"^(?:the\s+)?[a-z][\w-]*['’]s\s+")
_MODAL_END = re.compile(r"\b(?:would|could|might|may|should|wants\s+to|hopes\s+to)\s+(?:\w+ly\s+)?$")
_TO_BE_END = re.compile(r"\b(?:to|would|could|may|might)\s+be\s+(?:\w+ly\s+)?$")
_POSS_ENDINGS = ("'s", "’s")
# substrings without which the sentence patterns below cannot match (cheap tests before the scans)
_APPOINTED_GATE = ("appointed", "named", "elected", "made")
_NAMED_AS_GATE = ("name", "appoint", "hire", "chose", "picked", "selected", "tapped", "installed")
_PRON_WAS_GATE = ("appointed", "named", "made", "promoted")
_AS_WORK_GATE = ("work", "serv", "remain", "appointed", "named", "hired", "installed", "elected", "sworn", "confirmed",
                 "unveiled", "signed", "join", "took", "takes", "move", "return", "switch", "promoted", "stay")


_SPACED_AS = re.compile(r"\sas\s")


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    for w in words:
        if w in text:
            return True
    return False


_PREP_BEFORE_TITLE = re.compile(r"\b(?:to|for|with|from|by|at|in|on|about|against|into|towards?|between|among|"
                                r"after|before|under|over)\s+(?:the\s+|a\s+|an\s+)?"
                                # "Born to a railway worker and a seamstress, Rouvier …": the second of two objects
                                r"(?:(?:[\w'’-]+\s+){1,3}(?:and|or)\s+(?:the\s+|a\s+|an\s+)?)?$", re.I)
_ACRONYM_BEFORE = re.compile(r"\s*\(([A-Z][A-Za-z.&]{1,9})\)\s$")


def extract_roles(sentences: list[Sentence], people: People, quote_mask: list[tuple[int, int]] | None = None
                  ) -> list[Role]:
    """Roles (person, position, organisation) stated in the article."""
    sink = _RoleSink()
    mask = quote_mask or []
    media_noun = "journalist"
    media_alias = False
    for s in sentences:
        m = _OUR_DESK.search(s.text) if "our" in s.text.lower() else None
        if m:
            media_noun = m.group(1).lower()
            media_alias = True
            break

    mask = sorted(mask)
    mask_starts = [a for a, _ in mask]

    def masked(pos: int) -> bool:
        k = bisect.bisect_right(mask_starts, pos) - 1
        return k >= 0 and mask[k][0] <= pos < mask[k][1]

    captions = caption_paragraphs(sentences)
    story_sink = sink
    caption_sink = _RoleSink()
    for si, sent in enumerate(sentences):
        # "Browns quarterback X is helped off the field … (AP Photo/…)": a caption's role counts only for
        # someone the story itself gives none
        sink = caption_sink if sent.paragraph in captions else story_sink
        text = sent.text
        prev_text = sentences[si - 1].text if si else ""
        if (_BYLINE.fullmatch(text.strip()) or _BYLINE_TITLE_FIRST.fullmatch(text.strip())) and sum(
                1 for x in sentences[max(0, si - 40):si] if _SENT_END.search(x.text)
                and len(x.text.split()) >= 8) < 2:
            continue  # "Ann Lee, Courts correspondent" above the story: a byline is page chrome, not a fact
        for run in cap_runs(text):
            if masked(sent.start + run.start):
                continue
            lead, name = split_run(run.text)
            if not name:
                continue
            canon = people.resolve(name, sent.start + run.start)
            if canon is None:
                continue
            # the name's own position in the run
            name_off = run.start + run.text.rfind(name)
            before_text = text[max(0, name_off - 160) : name_off]
            if before_text.endswith(") "):
                am = _ACRONYM_BEFORE.search(before_text)
                if am and am.start() > 0 and before_text[am.start() - 1:am.start()].isalpha():
                    # "Chief Election Commissioner (CEC) Arvind Sinha": the title goes on past its acronym,
                    # and "the CEC" names him later
                    people.add_alias(am.group(1), canon)
                    people.add_alias("the " + am.group(1), canon)
                    before_text = before_text[: am.start()] + " "
            words = _WORD.findall(before_text)
            # 1. title before the name: "England captain Harry Kane", "President Bill Clinton"
            pw = words[:-1] if words and words[-1].lower().rstrip(".") in HONORIFICS else words
            if pw:
                role_words = _premod_role(pw[-10:])
                if role_words and len(canon.split()) == 1 and canon.lower() in ORG_WORDS:
                    role_words = []  # "the Premier Division": a title word before an organisation noun
                if role_words and len(role_words) == 1 and role_words[0][:1].islower() and \
                        _AFTER_RELATIVE.search(before_text[:before_text.rfind(role_words[0])]):
                    role_words = []  # "Rovers, who lost on Monday, host Dunby Town": a verb, not a title
                if role_words and not (len(role_words) == 1 and role_words[0].lower() in HONORIFICS):
                    for part in _split_stacked(role_words):
                        sink.add(canon, " ".join(part), _org_of(part) or _its_org(part, before_text, prev_text), sent)
                    # "Its chair, retired teacher Ann Lee" / "The chair of the judges, the poet Ann Lee"
                    lead_text = before_text[: before_text.rfind(role_words[0])]
                    lead_text = _LEAD_DET.sub(r"\1", lead_text)
                    if role_words[0][:1].islower() and _WORD_COMMA_END.search(lead_text):
                        rw = _title_np_before(lead_text.rstrip())
                        if rw:
                            sink.add(canon, " ".join(rw), _org_of(rw) or _its_org(rw, lead_text, prev_text), sent)
            # 2. appositive: "Denis McDonough, chief of staff to the US president,"
            after = text[run.end :]
            if not run.possessive:
                role = _appositive_role(after)
                if role:
                    # "a former adviser at X and a professor at Y": two positions
                    parts = _AND_DET.split(role)
                    if len(parts) == 1:
                        bm = _AND_BARE_TITLE.match(role)  # "a jazz pianist and broadcaster": two occupations
                        if bm and is_title_word(bm.group(1).split()[-1]) and is_title_word(bm.group(2)):
                            parts = [bm.group(1), bm.group(2)]
                    if len(parts) == 2 and all(any(is_title_word(w) for w in p.split()[:7]) for p in parts):
                        for part in parts:
                            sink.add(canon, part, _org_of(part.split()), sent)
                    elif len(parts) == 2 and any(is_title_word(w) for w in parts[0].split()[:5]):
                        sink.add(canon, parts[0], _org_of(parts[0].split()), sent)  # "a lawyer and now retired"
                    else:
                        sink.add(canon, role, _org_of(role.split()), sent)
            # 2a. relative clause: "Ann Lee, who chairs the ethics panel at X," / "…, who previously served as …"
            if not run.possessive:
                nm2 = _WHO_AND_NOW.match(after)
                if nm2:  # "said Patricia Nolan, who left the office in 2014 and is now a senior fellow at X"
                    role2 = _appositive_role(", " + after[nm2.end():])
                    if role2:
                        sink.add(canon, role2, _org_of(role2.split()), sent)
                rel_after = after
                wm = _APPOS_WHO.match(after)
                if wm:  # "Jenny Corrigan, the Labour MP who chairs the committee, said": the clause is hers too
                    rel_after = ", who " + after[wm.end():]
                for role, org in _relative_roles(rel_after):
                    sink.add(canon, role, org, sent)
            # 2b. copula: "Ms Lee is the chief executive of Acme", "He became club captain in 2019"
            cm = _COPULA.match(after)
            if cm is None and after.startswith(","):
                am2 = _APPOS_THEN_COPULA.match(after)  # "X, the firm's chief executive, will become …"
                cm = _COPULA.match(after, am2.end() - 1) if am2 else None
                if cm is None:
                    cm = _COPULA.match(after, 1)  # "The firm's chief executive, X, will become …"
            if cm and not run.possessive:
                rest = _APPOINTED_LEAD.sub("", after[cm.end():], count=1)  # "has been appointed home secretary"
                rest = _ROLE_TAIL_CLAUSE.sub("", rest, count=1)
                role = _appositive_role(", " + rest)
                if role and not _OF_PERIOD.search(role):
                    sink.add(canon, role, _org_of(role.split()), sent)
            # 3. title phrase before ", NAME": "Sudan's president, Omar al-Bashir", "the chairman, Sir Alan Pryce"
            hon_only = bool(lead) and all(w.lower().rstrip(".") in HONORIFICS or w.lower().rstrip(".") in
                                          ("councillor", "cllr", "alderman", "comrade", "alhaji", "alhaja", "engr")
                                          or w.lower().rstrip(".") in _MIL_RANKS or is_title_word(w)
                                          for w in lead.split())  # "A Pentagon spokeswoman, Lt. Col. Karen Doyle,"
            if hon_only:
                before_text = text[max(0, run.start - 160) : run.start]
            if not lead and not before_text.rstrip().endswith(",") and before_text.rstrip()[-1:].isalpha() | \
                    before_text.rstrip().endswith((")", ".")):
                stripped = _strip_honorifics(before_text)
                if stripped != before_text and stripped.rstrip().endswith(","):
                    before_text = stripped  # "the Commissioner for Health, Dr (Mrs) Ada Obi"
            if (not lead or hon_only) and before_text.rstrip().endswith(","):
                if ")," in before_text[-16:]:  # "the president of the Electoral Commission (CENI), Albert Nzaba"
                    before_text = _PAREN_BEFORE_COMMA.sub(",", before_text)
                if ") " in before_text[-90:]:  # "the Municipal Chief Executive (MCE) for Adumase, Mr Yaw Boakye-Ansah"
                    before_text = re.sub(r"\s*\([A-Z]{2,8}\)(?=\s+(?:for|of|to|in|at)\s)", "", before_text)
                rw = _title_np_before(before_text)
                if rw and rw[0][:1].islower():
                    lead_t = before_text[: before_text.rfind(rw[0])]
                    om = re.search(r"([A-Z][\w&'’.-]*)\s*,\s+(?:the\s+|a\s+|an\s+)?$", lead_t)
                    if om and om.group(1).lower().rstrip(".") in ORG_WORDS:
                        # "The Managing Director of Asantewaa Builders Limited, the contractor, Mr Kwadwo Frimpong":
                        # "the contractor" is the company; the position before it is the person's
                        rw = _title_np_before(lead_t[: om.end(1)] + ", ") or []
                if rw and rw[-1].lower() in ("partner", "partners") and re.search(
                        r"(?:common-law|domestic|life|long-?term|long-time|longtime|romantic|[A-Z][\w'’-]*['’]s)\s+"
                        r"partners?\s*,\s*$", before_text[-60:]) and not re.search(r"\b(?:firm|company|Ltd|LLP)\b",
                                                                            before_text[-60:]):
                    rw = []  # "Powell's common-law partner, Garfield Thompson": a relationship
                if rw and len(canon.split()) < 2 and re.search(r"\b[Aa]n?\s+(?:\w+\s+){0,2}%s\b" % re.escape(rw[0]),
                                                           before_text[-160:]):
                    rw = []  # "a former mayor of the capital, Vessa,": a one-word name after "a …" is a place
                if rw and _PREP_BEFORE_TITLE.search(before_text[: before_text.rfind(rw[0])]) \
                        and not after.lstrip().startswith((",", ")", "—", "–")):
                    # "In a letter to the prime minister, Danby said": the name starts the main clause; the title
                    # is someone else's (but "by Sudan's president, Omar al-Bashir, …" is an appositive)
                    rw = []
                if rw and _AFTER_TITLE_NP.match(after):
                    org = _org_of(rw) or _its_org(rw, before_text, prev_text)
                    pm2 = re.search(r"((?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&.-]*)['’]s\s+%s\b" % re.escape(rw[0]), before_text)
                    if pm2 and people.resolve(pm2.group(1), sent.start) is None:
                        # "NHS England's national clinical director for dementia, X"; "Senegal's Minister of
                        # Foreign Affairs, X": the possessor, not the portfolio, is the body
                        org = pm2.group(1)
                    if "and" in rw and 0 < rw.index("and") < len(rw) - 1 and is_title_word(rw[rw.index("and") - 1]) \
                            and any(is_title_word(w) for w in rw[rw.index("and") + 1:]):
                        # "Tarang's co-founder and chief executive, Nikhil Deshpande": two posts
                        a = rw.index("and")
                        first = [w for w in rw[:a] if not w.endswith(("'s", "’s"))]
                        sink.add(canon, " ".join(first), org, sent)
                        sink.add(canon, " ".join(rw[a + 1:]), org, sent)
                    else:
                        sink.add(canon, " ".join(rw), org, sent)
            # 4. "the BBC's Lucy Williamson in Seoul"
            pm = _MEDIA_POSS_END.search(before_text) if before_text.rstrip().endswith(_POSS_ENDINGS) else None
            if pm and norm(pm.group(1)) in MEDIA:
                loc = _IN_PLACE.match(after)
                rf = _REPORTING_FROM.match(after)
                noun = "correspondent" if rf and media_noun == "journalist" else media_noun
                if rf and not loc:
                    loc = rf  # "Al Jazeera's Hamid Osman, reporting from Addis Ababa, said": a correspondent there
                role = f"{pm.group(1)} {noun}" + (f" in {loc.group(1)}" if loc else "")
                sink.add(canon, role, pm.group(1), sent)
                if media_alias:
                    people.add_alias(f"our {media_noun}", canon)
        # 4b. "… at the Lindqvist Institute, where she directs the memory clinic"
        for m in (_WHERE_HOLDS.finditer(text) if "where" in text else ()):
            who = people.last_person_before(sent.start + m.start(2), "m" if m.group(2) == "he" else "f",
                                            min_pos=sentences[si - 1].start if si else sent.start)
            role, org = _held_role(m.group(3), m.group(4) or "", m.group(5))
            if who and role:
                sink.add(who, role, org or _POSS_END.sub("", m.group(1)), sent)
        # 4b'. "Eoin Cassidy SC, defending, said …", "Defending, Tom Greene said …": counsel in court
        for m in (_COUNSEL.finditer(text) if "efending" in text or "rosecuting" in text else ()):
            canon = _person_named(m.group("name") or m.group("name2"), sent.start + m.start(), people)
            if canon:
                side = (m.group("side") or m.group("side2")).lower()
                pn = _POST_NOMINAL_COUNSEL.get(m.group("pn") or "", "")
                role = f"{pn}, {side}" if pn else ("defence counsel" if side == "defending" else "prosecuting counsel")
                sink.add(canon, role, "", sent)
        # 4c. "… from accounting firm Loke & Partners, where she was an audit partner"
        for m in (_WHERE_WAS.finditer(text) if "where" in text else ()):
            who = people.last_person_before(sent.start + m.start("pron"), "m" if m.group("pron") == "he" else "f",
                                            min_pos=sentences[si - 1].start if si else sent.start)
            role, org = _clip_role(m.group("role"))
            if who and role:
                sink.add(who, role, org or m.group("org"), sent)
        # 5. "... to replace X as Tottenham's manager"
        for m in (_AS_REPLACE.finditer(text) if "replac" in text or "succeed" in text else ()):
            canon = _person_named(m.group("name"), sent.start + m.start(), people)
            role, org = _clip_role(m.group("role"))
            if not role:
                continue
            if canon:
                sink.add(canon, role, org, sent)
            subj = _sentence_subject_person(sent, people)
            if subj and subj != canon:
                sink.add(subj, role, org, sent)
        # 5b. "She was appointed dean of the law school at Halden University in 1985"
        for m in (_APPOINTED.finditer(text) if _has_any(text, _APPOINTED_GATE) else ()):
            words = m.group("role").split()
            k = words.index("of") if "of" in words else len(words)
            if not (0 < k <= 3 and is_title_word(words[k - 1])
                    and all(is_title_word(w) or w in TITLE_MODIFIERS for w in words[:k])):
                continue
            prior = [r for r in cap_runs(text[:m.start()]) if not r.possessive
                     and _COMMAS_ONLY.fullmatch(text[r.end:m.start()])]
            subj = None
            if prior:  # "In 1985 Tove Rask was appointed …": the name right before the verb
                subj = _person_named(prior[-1].text, sent.start + prior[-1].start, people)
            elif _HE_SHE_ONLY.match(text[:m.start()]):
                subj = _sentence_subject_person(sent, people)
            if subj:
                org = m.group("org") or ""
                sink.add(subj, m.group("role"), org, sent)
        # 5c. "Boeing named aerospace veteran Kelly Ortberg as its new chief executive"
        for m in (_NAMED_AS.finditer(text) if _has_any(text, _NAMED_AS_GATE) else ()):
            canon = _person_named(m.group("name"), sent.start + m.start("name"), people)
            role, org = _clip_role(m.group("role"))
            if canon and role:
                if not org:
                    subj = _ORG_SUBJ.match(text[: m.start()])
                    if subj and m.group("det") in ("its", "their") and not people.resolve(subj.group(1), sent.start):
                        org = subj.group(1)  # the organisation that named them
                sink.add(canon, role, org, sent)
        # 5c''. "Hargreaves, who took over at Bredbury in October 2023 after six years as assistant manager, said"
        for m in (_YEARS_AS.finditer(text) if " as " in text and "after" in text else ()):
            canon = _person_named(m.group("name"), sent.start + m.start("name"), people)
            role, org = _clip_role(m.group("role"))
            if canon and role:
                sink.add(canon, role, org, sent)
        # 5c'. "X resigned in August to become general counsel for a regional hospital district"
        tb = _TO_BECOME.search(text) if "to become" in text else None
        if tb:
            who = _sentence_subject_person(sent, people)
            role, org = _clip_role(tb.group("role"))
            if who and role:
                sink.add(who, role, org, sent)
        # 5d. "In 1974 she became the institute's deputy director", "she joined X in Surrey as a research assistant"
        for m in (_PRON_BECAME.finditer(text) if "became" in text or "joined" in text or "was" in text and
                  _has_any(text, _PRON_WAS_GATE) or "he was a" in text or "he has been" in text
                  or "he had been" in text else ()):
            role_np = _POSS_DET.sub("", m.group("role"))  # "the institute's"
            role, org = _clip_role(role_np)
            if not role or role.split()[-1].lower() in _NOT_CAREER or (
                    len(role.split()) == 1 and role.lower() in TITLE_MODIFIERS):
                continue
            gender = "f" if m.group(1).lower() == "she" else "m"
            who = people.last_person_before(sent.start + m.start(), gender)
            if who and (people.gender(who) == gender or people.gender(who) == "u" and si and (
                    _sentence_subject_person(sentences[si - 1], people) == who
                    or _sentence_subject_person(sent, people) == who)):
                # (a person whose gender the text does not tell, when the sentence before is about them)
                sink.add(who, role, org or (m.group("org") or ""), sent)
        # 5e. "Trustees Nguyen Thi Mai and Frank DeLuca voted against": each holds the position
        for m in (_PLURAL_TITLE_NAMES.finditer(text) if "and" in text else ()):
            one = {"Sens.": "Senator", "Reps.": "Representative"}.get(m.group(1), m.group(1)[:-1])
            if one.lower() not in TITLES or one.lower() in ("fellow", "star", "first"):
                continue
            for g in (2, 3):
                canon = _person_named(m.group(g), sent.start + m.start(g), people)
                if canon:
                    sink.add(canon, one, "", sent)
        # 5e'. "council members Greg Palmer, Denise Howard and Ray Ochoa": the last of a list holds it too
        for m in (_PLURAL_TITLE_LIST_AND.finditer(text) if " and " in text else ()):
            one = m.group("one")
            if one.lower() not in TITLES or one.lower() in ("fellow", "star", "first", "member") and not m.group("mod"):
                continue
            canon = _person_named(m.group("last"), sent.start + m.start("last"), people)
            if canon:
                sink.add(canon, f"{m.group('mod') or ''}{one}", "", sent)
        # 5f. "Ann Lee has spent … . Tamaroa's chief climate negotiator, a former lawyer, took over …": a
        # description that opens the next sentence of the paragraph names the person just introduced
        dm = _DESCRIPTION_SUBJECT.match(text) if si else None
        if dm and sentences[si - 1].paragraph == sent.paragraph and is_title_word(dm.group("title").split()[-1]):
            prev = _sentence_subject_person(sentences[si - 1], people)
            if prev and not cap_runs(dm.group("title")):
                role = dm.group("title")
                org = dm.group("org") or ""
                if not people.resolve(org, sent.start):
                    sink.add(prev, role, org, sent)
                    if dm.group("appos"):
                        ar = _appositive_role(", " + dm.group("appos") + ",")
                        if ar:
                            sink.add(prev, ar, _org_of(ar.split()), sent)
        # 5g. "Dawkins chaired the board of the Delmont Community Foundation", "she was president of the local
        # branch of the NAACP", "… before becoming the city's first mayor": a position the subject held
        if "chaired" in text or "headed" in text or " president of" in text or "becoming" in text \
                or " chair of" in text or " head of" in text:
            for m in _SUBJ_HELD.finditer(text):
                who = _clause_subject_person(text, m.start(), sent, people)
                if not who:
                    continue
                if m.group("obj3"):
                    role, org = m.group("obj3"), ""
                elif m.group("verb"):
                    noun = "chair" if m.group("verb").lower() == "chaired" else "head"
                    obj = re.sub(r"\s+(?:of|for|and)$", "", m.group("obj").strip())
                    role, org = f"{noun} of {obj}", _org_of(obj.split()) or ""
                else:
                    role, org = _clip_role(m.group("obj2"))
                    role = re.sub(r"^(?:the\s+)?(?:[A-Z][\w'’-]*|city|town|state|country|party)['’]s\s+", "", role or "")
                    role = re.sub(r"^(?:first|second|third|last|only)\s+(?:\w+\s+)?(?=(?:mayor|woman|man|black|female))", "",
                                  role)
                if role and any(is_title_word(w) for w in role.split()[:6]):
                    sink.add(who, role, org, sent)
        # 5g. "the Greens, led by Tamsin Boyle," / "The African Union's observer mission, led by former judge X,"
        for m in (_LED_BY.finditer(text) if "led by" in text else ()):
            runs = cap_runs(m.group("name"))
            canon = _person_named(runs[-1].text, sent.start + m.start("name"), people) if runs else None
            org = re.sub(r"^[Tt]he\s+", "", m.group("org"))
            if not canon or people.resolve(org, sent.start) is not None or org.lower() in NON_NAME_CAPS \
                    or norm(org) in ("he", "she", "they", "it"):
                continue
            unit = m.group("unit")
            sink.add(canon, f"leader of the {unit}" if unit else "leader", org, sent)
        # 5h. "council members Greg Palmer, Denise Howard and Ray Ochoa": each holds the position
        if ", " in text and " and " in text:
            for m in _PLURAL_TITLE_LIST.finditer(text):
                one = _plural_title_word(m.group("t"))
                if not one:
                    continue
                title = f"{m.group('mod')} {one}" if m.group("mod") else one
                for nm_text in re.split(r",\s+(?:and\s+)?|,?\s+and\s+", m.group("names")):
                    canon = _person_named(nm_text, sent.start + m.start("names"), people)
                    if canon:
                        sink.add(canon, title, "", sent)
        # 6. "... working as a pundit for Sky Sports"
        for m in (_AS_WORK.finditer(text) if _has_any(text, _AS_WORK_GATE) and _SPACED_AS.search(text) else ()):
            if _TO_BE_END.search(text[:m.start()]) or _MODAL_END.search(text[:m.start()]):
                continue  # "is expected to be sworn in as an MP next month", "he would stay on as": not (yet) a post
            role, org = _clip_role(m.group("role"))
            if not role:
                continue
            subj = _sentence_subject_person(sent, people)
            if subj:
                obj = m.group("obj")
                if not org and obj and people.resolve(obj, sent.start) is None and not any(
                        w.lower() in ("in", "on") for w in obj.split()):
                    org = obj  # "joined Acme as director of communications"
                sink.add(subj, role, org, sent)
    sink = story_sink
    for r in caption_sink.roles:
        if r.person not in sink.by_person:
            sink.roles.append(r)
    # "A Pentagon spokeswoman, Lt. Col. Karen Doyle,": the rank goes with the name when the sentence gives
    # the position
    sink.roles = [r for r in sink.roles if not (
        all(w.lower() in _MIL_RANKS for w in r.role.split())
        and any(o is not r and o.person == r.person and o.start == r.start and not _stacked_before_rank(o)
                for o in sink.roles))]
    # "Trump's chief of staff, X": a person is not the organisation
    return [r if not r.org or people.resolve(r.org, r.start) is None or looks_like_org(r.org) else
            Role(r.person, r.role, "", r.sentence, r.start) for r in sink.roles]


_AGED_TITLE = re.compile(
    r"(?:\b(?:said|says|added|adds|told\s+\w+)\s+[Tt]he\s+\d{1,3}-year-old\s+(?P<a>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
    r"\s*[.,;]|(?:^|[.!?]\s+|[\"”’]\s*,?\s*)[Tt]he\s+\d{1,3}-year-old\s+(?P<b>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+"
    r"(?:said|says|added|adds|told)\b)")


def roles_from_speakers(quotes: list[Quote] | tuple[Quote, ...], roles: list[Role]) -> list[Role]:
    """Positions named only in an attribution: ""…," said the 31-year-old back-row" gives the
    speaker the position "back-row" (the speaker is resolved by the quote extractor)."""
    have = {(r.person, r.role.lower()) for r in roles}
    out: list[Role] = []
    for q in quotes:
        if len(q.speaker.split()) < 2 or not q.speaker[:1].isupper():
            continue
        m = _AGED_TITLE.search(q.sentence)
        if not m:
            continue
        words = (m.group("a") or m.group("b")).split()
        while words and not is_title_word(words[-1]):
            words.pop()
        if not words or words[0].lower() in SPEECH:
            continue
        role = " ".join(words)
        if (q.speaker, role.lower()) in have:
            continue
        have.add((q.speaker, role.lower()))
        out.append(Role(q.speaker, role, "", q.sentence, q.start))
    return out
