"""Facts → quiz cards, the way a careful teacher would write them.

Pure functions: :func:`cards_for_article` takes the :class:`ArticleFacts` of one article
and returns :class:`CardDraft` objects; nothing here touches the database. Every draft
passes :func:`studyapp.cards.quality.problems` (the answer is not in the question, no
pronoun or fragment answers, distractors differ from the answer) or is dropped.

Kinds of card:

- ``who_said`` — a quote (direct or reported) → its speaker, with their position.
  Multiple choice when three distractors of the same kind exist.
- ``quote_cloze`` — a direct quote with its key phrase blanked → the phrase.
- ``said_what`` — reported speech: "What did X say about Y?" → the reported content.
- ``role_of`` — "What position did X hold …?" → the title (and organisation).
- ``role_holder`` — "Who was <title> …?" → the person, when the title is specific.
- ``event_date`` — an event → its date at its own precision.
- ``date_event`` — a date → the event, when only one event in the article has that date.

Position cards are stamped with the article's month ("as of June 2013") because positions
change. In multiple-choice cards ``choices[0]`` is the right answer; front ends shuffle.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from studyapp.cards.places import COUNTRIES
from studyapp.cards.quality import PRONOUNS, STOPWORDS, normalise, problems
from studyapp.extract.facts import ArticleFacts, Event, Quote, Role

__all__ = ["CardDraft", "cards_for_article", "format_date", "name_kind", "pick_cloze", "with_article"]

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip

#: Quotes shorter than this (in words) make no card: too little to recognise.
MIN_QUOTE_WORDS = 5
#: Longest quote shown whole on a card; longer ones are cut at a word boundary with "…".
MAX_QUOTE_CHARS = 320


@dataclass(frozen=True, slots=True)
class CardDraft:
    """A card proposed for a fact, before it is saved."""

    kind: str
    front: str
    back: str
    source: str  # the sentence the fact was found in
    fact_index: int  # index of the fact in facts_of(article) order: quotes, roles, events
    choices: tuple[str, ...] | None = None  # choices[0] is the right answer
    tags: tuple[str, ...] = field(default=())


def _valid_date(iso: str) -> bool:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` naming a real year, month or day."""
    if not re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", iso):
        return False
    parts = [int(p) for p in iso.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return parts[0] >= 1


def format_date(iso: str) -> str:
    """``2012-02`` → ``February 2012``; ``2013-06-16`` → ``16 June 2013``; ``2009`` → ``2009``."""
    parts = iso.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTHS[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"


def _as_of(published: date | None, title: str) -> str:
    """When a position held: "in June 2013", or the article when its date is unknown."""
    if published is not None:
        return f"in {MONTHS[published.month - 1]} {published.year}"
    if title:
        return f"according to “{title}”"
    return "according to the article"


_ORG_HEADS = {
    "ministry", "commission", "council", "department", "agency", "office", "party", "government", "house",
    "committee", "court", "bank", "army", "police", "union", "federation", "association", "board", "senate",
    "parliament", "assembly", "administration", "foundation", "institute", "university", "company", "group",
    "club", "league", "authority", "service", "organisation", "organization", "alliance", "coalition",
}  # fmt: skip
_REGION_WORDS = {"North", "South", "East", "West", "Government", "Kremlin", "Pentagon", "Vatican", "Congress", "Parliament"}
_THE_ACRONYMS = {"US", "UK", "UN", "EU", "USA", "BBC", "FBI", "CIA", "WHO", "IMF", "NHS", "NATO", "Nato"}


def with_article(name: str) -> str:
    """"Unification Ministry" → "the Unification Ministry"; "US" → "the US"; people unchanged."""
    words = name.split()
    if not words or words[0].lower() in {"the", "a", "an"} or "'s" in name or "’s" in name:
        return name
    if words[-1].lower() in _ORG_HEADS or name in _THE_ACRONYMS:
        return "the " + name
    return name


def _indefinite(description: str) -> str:
    """"US spokeswoman" → "a US spokeswoman" (descriptions of unnamed speakers)."""
    words = description.split()
    first, last = words[0], words[-1]
    if "'s " in description or "’s " in description:
        return description  # "North Korea's powerful National Defence Commission"
    if last.lower().endswith("s") and not last.lower().endswith(("ss", "us", "is")):
        return description  # plural: "Swedish prosecutors", "officials"
    if first.lower() in {"a", "an", "the", "one", "two", "three", "some", "several", "many", "our", "his", "her", "their"}:
        return description
    if first.isupper():
        article = "an" if first[0] in "AEFHILMNORSX" else "a"
    else:
        article = "an" if first[0].lower() in "aeiou" else "a"
    return f"{article} {description}"


def _shorten(text: str, limit: int = MAX_QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:-–— ")
    return cut + " …"


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text)


_GROUP_NOUNS = {
    "officials", "analysts", "prosecutors", "police", "critics", "experts", "residents", "witnesses", "sources",
    "investigators", "lawyers", "researchers", "scientists", "campaigners", "activists", "authorities", "doctors",
    "diplomats", "economists", "observers", "protesters", "voters", "fans", "officers", "ministers", "officers",
    "aides", "insiders", "executives", "investors", "traders", "medics", "rescuers", "locals", "organisers",
}  # fmt: skip


def _is_named(speaker: str) -> bool:
    """A person or body named with capitals ("Caitlin Hayden", "Unification Ministry"), not a description."""
    if speaker.lower() in _GROUP_NOUNS:
        return False  # "Officials said …" begins a sentence with a capital, but names no one
    words = speaker.split()
    return bool(words) and all(w[:1].isupper() or w.lower() in _NAME_PARTICLES or w.split("-")[0].lower() in _NAME_PARTICLES
                               for w in words)


#: Lower-case words inside names: "Abdullah al-Rashidi", "Maarten van der Veen", "Ministry of Defence".
_NAME_PARTICLES = frozenset(
    "of de del della di da das do dos du la le van von der den ter ten zu al el bin bint ibn abu ben ould y e "
    "the for and".split()
)


_MORE_AGENTS = frozenset(
    "crew staff team club side squad employee worker player parent teacher nurse family relative neighbour "
    "neighbor resident passenger commuter customer user owner landlord tenant shareholder investor trader "
    "farmer driver pilot union charity campaign group body regulator operator firm company agency".split()
)


def _agent_description(speaker: str) -> bool:
    """An unnamed speaker that can speak: "a senior EU diplomat", "local health officials",
    "the ministry" — not a thing the extractor mistook for one ("a pay revision")."""
    from studyapp.extract.lexicon import GROUP_NOUNS, ORG_WORDS, SPEAKER_NOUNS, TITLES

    head = re.sub(r"[^\w-]", "", speaker.split()[-1].lower()) if speaker.split() else ""
    singular = head[:-1] if head.endswith("s") else head
    known = SPEAKER_NOUNS | TITLES | GROUP_NOUNS | ORG_WORDS | _ORG_HEADS | _GROUP_NOUNS | _MORE_AGENTS
    return head in known or singular in known


def name_kind(name: str) -> str:
    """``"person"``, ``"org"`` (bodies, countries, acronyms) or ``"other"`` — distractors share the kind."""
    words = name.split()
    if not words or not _is_named(name):
        return "other"
    if name in COUNTRIES or name.removeprefix("the ") in COUNTRIES or words[-1].lower() in _ORG_HEADS:
        return "org"
    if len(words) == 1 and (name.isupper() or name in _THE_ACRONYMS or name in _REGION_WORDS):
        return "org"
    if any(w.isupper() and len(w) > 1 and "." not in w for w in words) and len(words) <= 2:  # not "A.J. Brannigan"
        return "org"
    return "person"


def _role_text(role: Role) -> str:
    """The title with its organisation when the title does not already name it."""
    if role.org and normalise(role.org) not in normalise(role.role):
        org = role.org
        return f"{role.role} ({org})"
    return role.role


def _seed(*parts: str) -> random.Random:
    digest = hashlib.sha256("\x1f".join(parts).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _choices(answer: str, pool: Iterable[str], key: str) -> tuple[str, ...] | None:
    """The answer plus three distinct distractors of its kind from ``pool``, or None when there are too few."""
    seen = {normalise(answer)}
    distractors = []
    kind = name_kind(answer)
    for option in pool:
        if name_kind(option) != kind:
            continue
        n = normalise(option)
        if n and n not in seen and not (set(n.split()) & set(normalise(answer).split()) == set(n.split())):
            seen.add(n)
            distractors.append(option)
    if len(distractors) < 3:
        return None
    rng = _seed(key)
    return (answer, *rng.sample(distractors, 3))


# ----------------------------------------------------------------------------- cloze

_CLOZE_SKIP = STOPWORDS | PRONOUNS | {
    "said", "says", "say", "told", "tell", "think", "thinks", "know", "knows", "going", "want", "wants",
    "very", "really", "just", "also", "even", "still", "now", "then", "there", "here", "must", "need",
    "able", "get", "got", "make", "made", "put", "take", "way", "thing", "things", "lot", "much", "many",
    "yes", "no", "not", "we'll", "they're", "it's", "that's", "don't", "can't", "won't", "i'm", "we're",
    "you're", "he's", "she's", "there's", "what's", "let's", "first", "yesterday", "today", "tomorrow",
    "due", "through", "out", "up", "down", "off", "across", "against", "between", "during", "without", "within",
    "after", "before", "because", "while", "although", "though", "however", "such", "most", "more", "less",
    "own", "every", "each", "all", "any", "some", "other", "another", "only", "well", "like", "since", "until",
    "around", "along", "upon", "toward", "towards", "among", "beyond", "behind", "whether", "would", "could",
    "should", "will", "shall", "might", "may", "can", "cannot", "being", "been", "having", "doing", "its",
    "their", "our", "your", "his", "her", "my", "this", "that", "these", "those", "what", "which", "who",
    "when", "where", "why", "how", "again", "already", "always", "never", "ever", "often", "soon", "later",
    "ago", "back", "away", "together", "however", "perhaps", "maybe", "quite", "rather", "enough", "too",
    "nobody", "everybody", "anybody", "somebody", "something", "nothing", "everything", "anything", "everyone",
    "anyone", "someone", "yet", "asap", "bring", "brings", "give", "gives", "take", "takes", "keep", "keeps", "come", "comes",
}  # fmt: skip


_NP_OPENERS = frozenset(
    "the a an of to for with in on at by from our their its his her my your this that these those some any no "
    "every each about against into over under than".split()
)


def _lower_first(clause: str) -> str:
    """A reported clause cut from its sentence starts lower case unless it starts with a name:
    "About 1,900 firefighters left" → "about 1,900 firefighters left"."""
    first = clause.split(" ", 1)[0]
    if first[:1].isupper() and first.lower() in _NP_OPENERS | STOPWORDS | {"about", "around", "nearly", "almost", "more", "most", "at"}:
        return first[:1].lower() + clause[1:]
    return clause


def _verbish(word: str) -> bool:
    """A word that is probably a verb form (a weak test, enough to keep verbs out of a cloze)."""
    w = word.lower()
    return len(w) > 4 and (w.endswith("ed") or w.endswith("ing")) and not w.endswith(("eed", "ling", "ring", "thing"))


def pick_cloze(quote: str) -> tuple[str, str] | None:
    """Choose the key phrase of a quote: ``(text with the phrase blanked, phrase)``, or None.

    The phrase is a run of one to three content words (never a stopword or a pronoun),
    preferring names, numbers and longer words, and appears once in the quote.
    """
    tokens = list(re.finditer(r"[A-Za-z0-9][\w'’-]*", quote))
    best: tuple[float, int, int] | None = None
    i = 0
    fragment = quote[:1].islower()
    while i < len(tokens):
        if (fragment and i == 0) or tokens[i].group().lower().replace("’", "'") in _CLOZE_SKIP or len(tokens[i].group()) < 3:
            i += 1
            continue
        j = i
        while (
            j + 1 < len(tokens)
            and j + 1 - i < 3
            and tokens[j + 1].group().lower().replace("’", "'") not in _CLOZE_SKIP
            and len(tokens[j + 1].group()) >= 3
            and re.fullmatch(r"[ -]", quote[tokens[j].end() : tokens[j + 1].start()] or " ")
        ):
            j += 1
        while j > i and _verbish(tokens[j].group()):
            j -= 1  # "the council listened" → "council"
        words = [t.group() for t in tokens[i : j + 1]]
        score = sum(min(len(w), 10) for w in words)
        before = tokens[i - 1].group().lower() if i > 0 else ""
        if before in _NP_OPENERS:
            score += 6  # the run opens a noun phrase: "the _____", "of _____"
        if _verbish(words[0]):
            score -= 6
        score += sum(2 for w in words if w[:1].isupper() and i > 0)
        score += sum(4 for w in words if any(ch.isdigit() for ch in w))
        score += 2 * (len(words) - 1)
        if best is None or score >= best[0]:
            best = (score, tokens[i].start(), tokens[j].end())
        i = j + 1
    if best is None:
        return None
    _, start, end = best
    phrase = quote[start:end]
    if quote.count(phrase) != 1 or len(_words(quote)) - len(_words(phrase)) < 4:
        return None
    return quote[:start] + "_____" + quote[end:], phrase


# ----------------------------------------------------------------------------- reported speech

_FINITE = re.compile(
    r"\b(?:is|was|are|were|had|has|have|would|will|could|should|must|can|may|might|did|does|do|"
    r"wanted|wants|needed|needs|remained|remains|planned|plans)\b",
    re.IGNORECASE,
)


def _reported_topic(content: str) -> str | None:
    """The subject of a reported clause ("its stance on talks was …" → "its stance on talks")."""
    m = _FINITE.search(content)
    if not m:
        return None
    subject = content[: m.start()].strip(" ,")
    words = subject.split()
    if "..." in subject or "…" in subject or " that " in f" {subject.lower()} ":
        return None
    if not 2 <= len(words) <= 8 or subject.lower() in PRONOUNS or _is_named(subject):
        return None  # a bare name ("about North Korea") is too vague a topic
    if words[0].lower() in {"that", "if", "whether", "there", "it", "they", "he", "she", "we", "i", "you"}:
        return None
    if any(w.lower().endswith("ed") or w.lower() in _PAST_VERBS for w in words):
        return None  # a verb inside: the clause was split in the wrong place
    return subject


_PAST_VERBS = frozenset(
    "thought said told made took gave got came went knew saw felt found held kept left lost met paid ran sent "
    "set stood won wrote began brought bought caught fought taught sought became did had was were".split()
)


# ----------------------------------------------------------------------------- the generator


@dataclass
class _Context:
    facts: ArticleFacts
    as_of: str
    roles_by_person: dict[str, Role]
    people: list[str]
    deck_people: Sequence[str]

    def person_label(self, name: str) -> str:
        role = self.roles_by_person.get(name)
        return f"{name}, {_role_text(role)}" if role else name


def _quote_cards(ctx: _Context, index: int, quote: Quote) -> list[CardDraft]:
    cards: list[CardDraft] = []
    speaker = quote.speaker.strip()
    if not speaker or speaker.lower() in PRONOUNS:
        return cards
    text = _shorten(quote.quote.strip().strip("\"“”'‘’ "))
    if len(_words(text)) < MIN_QUOTE_WORDS:
        return cards
    named = _is_named(speaker)
    if not named and not _agent_description(speaker):
        return cards
    who = with_article(speaker) if named else (speaker.lower() if speaker.lower() in _GROUP_NOUNS else _indefinite(speaker))
    pool = [p for p in ctx.people if p != speaker] + [p for p in ctx.deck_people if p != speaker]
    choices = _choices(speaker, pool, f"who_said|{speaker}|{text}") if named else None
    back = ctx.person_label(speaker)
    if quote.kind == "direct":
        if named:  # "Who said …?" → "a US spokeswoman" teaches nothing
            cards.append(CardDraft("who_said", f"Who said: “{text}”?", back, quote.sentence, index, choices))
        cards += _cloze_cards(quote, text, who, index)
        return cards
    content = _lower_first(text.rstrip("."))
    starts_with_pronoun = content.split()[0].lower() in PRONOUNS
    if named and not starts_with_pronoun and len(_words(content)) >= 6:
        cards.append(CardDraft("who_said", f"Who said that {content}?", back, quote.sentence, index, choices))
    topic = _reported_topic(content)
    if topic is not None:
        cards.append(CardDraft("said_what", f"What did {who} say about {topic} {ctx.as_of}?", content, quote.sentence, index))
    return cards


def _cloze_cards(quote: Quote, text: str, who: str, index: int) -> list[CardDraft]:
    """A cloze on the quote's key phrase; a quoted fragment is blanked inside its whole sentence."""
    cloze = pick_cloze(text)
    if cloze is None:
        return []
    blanked, phrase = cloze
    sentence = " ".join(quote.sentence.split())
    if text[:1].islower() and text in sentence and len(sentence) <= MAX_QUOTE_CHARS:
        start = sentence.index(text)
        front = "Complete: " + sentence[:start] + blanked + sentence[start + len(text) :]
    else:
        front = f"Complete what {who} said: “{blanked}”"
    return [CardDraft("quote_cloze", front, phrase, quote.sentence, index)]


_GENERIC_ROLE_WORDS = {
    "spokesman", "spokeswoman", "spokesperson", "correspondent", "reporter", "editor", "official", "officials",
    "minister", "director", "manager", "head", "chief", "president", "chairman", "chairwoman", "leader",
    "member", "adviser", "advisor", "analyst", "lawyer", "source", "aide", "ministry", "department", "the",
    "a", "an", "senior", "deputy", "former", "executive", "coach", "player", "secretary", "general", "chair",
}  # fmt: skip


#: Titles many people hold at once, even within one organisation: no "Who was the …?" card.
_SHARED_TITLES = {
    "senator", "congressman", "congresswoman", "mp", "mep", "councillor", "member", "fellow", "pundit", "analyst",
    "reporter", "lawyer", "attorney", "official", "adviser", "advisor", "professor", "researcher",
    "scientist", "player", "striker", "midfielder", "defender", "goalkeeper", "candidate", "activist", "campaigner",
    "economist", "doctor", "nurse", "officer", "agent", "employee", "worker", "volunteer", "student", "teacher",
    "singer", "actor", "actress", "artist", "writer", "author", "journalist", "presenter", "judge", "juror",
}  # fmt: skip


def _head(title: str) -> str:
    """The head noun of a title: "senior fellow at the X Center" → "fellow"."""
    words = re.split(r"\s+(?:at|of|for|to|in|with|on)\s+", title.strip(), maxsplit=1)[0].split()
    return words[-1].lower().strip(",.") if words else ""


def _specific(role: Role) -> bool:
    """A title that one person holds at a time, and that names its organisation or domain."""
    title = re.sub(r"^(?:the|a|an|then|former)\s+", "", role.role.strip(), flags=re.IGNORECASE)
    head = _head(title)
    if head in _SHARED_TITLES or head.rstrip("s") in _SHARED_TITLES:
        return False
    qualified = bool(role.org) or bool(re.search(r"\s(?:at|of|for|to|in)\s", title))
    qualified = qualified or any(w[:1].isupper() for w in title.split()[:-1])  # "England captain", "BBC editor"
    return qualified


def _role_cards(ctx: _Context, index: int, role: Role, holders: dict[str, int]) -> list[CardDraft]:
    person, title = role.person.strip(), role.role.strip()
    if len(person) < 2 or not title or person.lower() in PRONOUNS or not _is_named(person):
        return []  # (a one-letter "person" is a misread: "a post on X, the spokesperson …")
    cards = [CardDraft("role_of", f"What position did {person} hold {ctx.as_of}?", _role_text(role), role.sentence, index)]
    if _specific(role) and holders.get(normalise(title), 0) == 1:
        where = re.sub(r"^(?:the|a|an)\s+", "", title, flags=re.IGNORECASE)
        if role.org and normalise(role.org) not in normalise(title):
            preposition = "of" if role.org in COUNTRIES else "at"
            where = f"{where} {preposition} {with_article(role.org)}"
        where = "the " + where
        pool = [p for p in ctx.people if p != person] + [p for p in ctx.deck_people if p != person]
        choices = _choices(person, pool, f"role_holder|{person}|{title}")
        cards.append(CardDraft("role_holder", f"Who was {where} {ctx.as_of}?", person, role.sentence, index, choices))
    return cards


_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are|was|were) (?:due|set|expected|planned|going|slated) to|scheduled|plans? to|(?:is|are) to|due out)\b",
    re.IGNORECASE,
)


def _event_cards(ctx: _Context, index: int, event: Event, date_counts: dict[str, int]) -> list[CardDraft]:
    description = " ".join(event.event.split()).strip(" .")
    if len(_words(description)) < 4 or not _valid_date(event.date):
        return []
    description = description[0].upper() + description[1:]
    if description.split()[0].lower() in _ANAPHORS:
        return []  # "These cases were dropped": not self-contained
    if event.date_text and normalise(event.date_text) in normalise(description):
        return []  # the time expression is still in the description: the question gives the answer
    when = format_date(event.date)
    precision = {1: "year", 2: "month and year", 3: "date"}[len(event.date.split("-"))]
    lead = (event.date_text or "").strip().lower()
    if lead.startswith("since"):
        front = f"Since which {precision} is this so? {description}."
    elif re.match(r"(?:until|till|through|into|by|to)\b|(?:until|to) the end of", lead):
        front = f"Until which {precision}? {description}."
    elif _FUTURE.search(description):
        front = f"For which {precision} was this planned? {description}."
    else:
        front = f"{'On' if precision == 'date' else 'In'} which {precision} did this happen? {description}."
    cards = [CardDraft("event_date", front, when, event.sentence, index)]
    if ctx.facts.title and re.match(r"(?:in|on|at|during|last|earlier|this|yesterday)\b", lead) and date_counts.get(event.date, 0) == 1:
        prep = "on" if precision == "date" else "in"
        cards.append(CardDraft("date_event", f"According to “{ctx.facts.title}”, what happened {prep} {when}?",
                               description, event.sentence, index))  # fmt: skip
    return cards


_ANAPHORS = {"these", "this", "those", "that", "it", "they", "he", "she", "its", "their", "his", "her", "such"}


def _ambiguous_events(events: Sequence[Event]) -> set[str]:
    """Descriptions given for more than one date: a card would not know which date is meant."""
    dates: dict[str, set[str]] = {}
    for e in events:
        dates.setdefault(normalise(e.event), set()).add(e.date)
    return {text for text, ds in dates.items() if len(ds) > 1}


def _overlapping_dates(events: Sequence[Event]) -> dict[str, int]:
    """How many events each date could be confused with (a month covers its days, a year its months)."""
    counts: dict[str, int] = {}
    for e in events:
        counts[e.date] = sum(1 for o in events if o.date.startswith(e.date) or e.date.startswith(o.date))
    return counts


def _infer_org(role: Role, facts: ArticleFacts) -> Role:
    """Fill in the organisation of a title like "ministry spokesman" from the one body of that
    kind the article has already named ("South Korea's Unification Ministry said …")."""
    if role.org:
        return role
    kinds = {w.lower() for w in _words(role.role)} & _ORG_HEADS
    if not kinds:
        return role
    named = [q.speaker for q in facts.quotes if q.start <= role.start] + [r.org for r in facts.roles if r.org]
    found = {n for n in named if n.split() and n.split()[-1].lower() in kinds and name_kind(n) == "org"}
    return replace(role, org=found.pop()) if len(found) == 1 else role


def cards_for_article(facts: ArticleFacts, deck_people: Sequence[str] = ()) -> list[CardDraft]:
    """All good cards for one article's facts, without duplicates.

    ``deck_people``: names of speakers and position holders elsewhere in the deck, used as
    distractors after the article's own people.
    """
    facts = replace(facts, roles=tuple(_infer_org(r, facts) for r in facts.roles))
    roles_by_person: dict[str, Role] = {}
    for role in facts.roles:
        roles_by_person.setdefault(role.person, role)
    people: list[str] = []
    for name in [q.speaker for q in facts.quotes] + [r.person for r in facts.roles]:
        if _is_named(name) and name not in people:
            people.append(name)
    ctx = _Context(facts, _as_of(facts.published, facts.title), roles_by_person, people, deck_people)

    drafts: list[CardDraft] = []
    for i, quote in enumerate(facts.quotes):
        drafts += _quote_cards(ctx, i, quote)
    holders: dict[str, int] = {}
    for role in facts.roles:
        holders[normalise(role.role)] = holders.get(normalise(role.role), 0) + 1
    offset = len(facts.quotes)
    seen_roles: set[tuple[str, str]] = set()
    for i, role in enumerate(facts.roles):
        key = (role.person, normalise(role.role))
        if key not in seen_roles:
            seen_roles.add(key)
            drafts += _role_cards(ctx, offset + i, role, holders)
    offset += len(facts.roles)
    date_counts = _overlapping_dates(facts.events)
    ambiguous = _ambiguous_events(facts.events)
    for i, event in enumerate(facts.events):
        if normalise(event.event) not in ambiguous:
            drafts += _event_cards(ctx, offset + i, event, date_counts)

    out: list[CardDraft] = []
    fronts: set[str] = set()
    for draft in drafts:
        key = normalise(draft.front)
        if key in fronts or problems(draft.front, draft.back, draft.choices):
            continue
        fronts.add(key)
        out.append(draft)
    return out
