"""Word lists used by the quote, role and name extractors.

General English news vocabulary only: speech verbs, titles and positions across
politics, business, sport, science, law and media, honorifics, given names (for
telling people from organisations), countries and nouns that can head a speaker
description ("a government spokeswoman", "analysts").
"""

from __future__ import annotations


def _forms(*lemmas: str) -> dict[str, str]:
    """Map inflected forms of regular speech verbs to their lemma: say → says/said/saying."""
    out: dict[str, str] = {}
    for spec in lemmas:
        parts = spec.split("/")
        lemma = parts[0]
        if len(parts) > 1:  # explicit forms: "say/says/said/saying"
            for p in parts:
                out[p] = lemma
            continue
        if lemma.endswith("e"):
            forms = [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
        elif lemma.endswith("y") and lemma[-2] not in "aeiou":
            forms = [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
        elif lemma.endswith(("sh", "ch", "ss", "x")):
            forms = [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
        else:
            forms = [lemma, lemma + "s", lemma + "ed", lemma + "ing"]
        for f in forms:
            out[f] = lemma
    return out


# Verbs that introduce speech and may take a clause without "that" ("she said it was late").
CORE_SPEECH = _forms(
    "say/says/said/saying", "tell/tells/told/telling", "add", "warn", "insist", "claim", "write/writes/wrote/writing",
    "tweet", "explain", "argue", "stress", "note", "admit/admits/admitted/admitting", "reply/replies/replied/replying",
    "recall", "report", "announce", "confirm", "acknowledge", "concede", "complain", "declare", "predict", "state",
    "assert", "maintain", "reveal", "remark", "comment", "continue", "conclude", "observe", "emphasise", "emphasize",
    "suggest", "agree", "boast", "allege", "point/points/pointed/pointing", "caution", "testify/testifies/testified/testifying",
    "recount", "counter", "joke", "muse", "quip/quips/quipped/quipping", "exclaim", "shout", "whisper", "ask",
    "post", "respond", "urge", "deny/denies/denied/denying", "believe", "think/thinks/thought/thinking",
    "divulge", "disclose", "estimate", "promise", "pledge", "vow", "reiterate", "repeat", "underline",
    "underscore", "highlight", "contend", "affirm", "reckon", "feel/feels/felt/feeling", "hint",
)
# Verbs that only report speech with an explicit "that" ("officials confirmed that ...")
# or a following quotation; without "that" they usually take a plain object.
THAT_ONLY = {
    "announce", "confirm", "acknowledge", "reveal", "disclose", "divulge", "deny", "suggest", "agree", "urge",
    "promise", "pledge", "vow", "predict", "estimate", "report", "state", "declare", "complain", "note",
    "believe", "think", "feel", "reckon", "hint", "allege", "highlight", "underline", "underscore", "stress",
    "emphasise", "emphasize", "reiterate", "repeat", "continue", "respond", "post", "ask", "conclude", "observe",
    "remark", "comment", "recall", "concede", "maintain", "assert", "affirm", "contend", "caution", "boast",
    "recount", "counter", "testify", "point", "explain", "tweet", "reply", "rule",
}
# cognition verbs: a speaker's reported belief ("he thought that") is not a separate report
COGNITION = {"believe", "think", "feel", "reckon"}
# verbs that attach a quoted characterisation to their subject: described it as "a disaster"
CHARACTERISE = _forms("describe", "call/calls/called/calling", "dub/dubs/dubbed/dubbing",
                      "label/labels/labelled/labeled/labelling/labeling", "brand", "term", "accuse",
                      "see/sees/saw/seeing", "view", "hail", "praise", "slam", "condemn", "criticise", "criticize",
                      "decry", "dismiss", "blame", "rule", "urge", "promise", "vow", "pledge")
CHARACTERISE.pop("ruling", None)
CHARACTERISE.pop("rule", None)
SPEECH = {**CORE_SPEECH, "rules": "rule", "ruled": "rule"}

# Nouns that can head the description of someone who speaks.
SPEAKER_NOUNS = {
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen", "official", "officials",
    "source", "sources", "analyst", "analysts", "expert", "experts", "prosecutor", "prosecutors", "police", "judge",
    "judges", "lawyer", "lawyers", "attorney", "attorneys", "minister", "ministers", "ministry", "government",
    "company", "firm", "group", "label", "club", "team", "department", "agency", "authority", "authorities",
    "administration", "office", "council", "committee", "commission", "board", "court", "union", "party",
    "campaigners", "campaigner", "activists", "activist", "residents", "resident", "witness", "witnesses",
    "diplomat", "diplomats", "researchers", "researcher", "scientists", "scientist", "doctors", "doctor",
    "correspondent", "reporter", "editor", "leader", "leaders", "president", "chairman",
    "chairwoman", "chair", "director", "manager", "coach", "boss", "chief", "executive", "executives", "founder",
    "owner", "organisers", "organizers", "investigators", "investigator", "officers", "officer", "regulator",
    "regulators", "critics", "critic", "supporters", "opponents", "fans", "players", "player", "economists",
    "economist", "observers", "aides", "aide", "adviser", "advisers", "advisor", "advisors", "insiders",
    "negotiators", "organisation", "organization", "charity", "ministry", "military", "army", "navy", "senator",
    "lawmakers", "lawmaker", "mp", "mps", "campaign", "family", "relatives", "parents", "mother", "father",
    "man", "woman", "people", "student", "students", "teacher", "teachers", "worker", "workers", "staff",
    "employees", "employee", "studio", "network", "broadcaster", "website", "newspaper", "paper", "agency",
    "prosecution", "defence", "defense", "secretary", "governor", "mayor", "ambassador", "envoy", "consultant",
    "professor", "academic", "academics", "historian", "author", "host", "star", "singer", "actor", "actress",
    "artist", "developer", "developers", "publisher", "bank", "association", "federation", "institute",
    "university", "hospital", "airline", "operator", "regime", "cabinet", "parliament", "senate", "congress",
    "house", "body", "watchdog", "monitor", "organisers", "insider", "delegation", "commander", "general",
    "captain", "striker", "midfielder", "goalkeeper", "defender", "referee", "umpire", "chancellor", "premier",
    "king", "queen", "prince", "princess", "pope", "bishop", "priest", "imam", "rabbi", "pilot", "driver",
    "victim", "victims", "survivor", "survivors", "suspect", "defendant", "plaintiff", "claimant", "nurse",
    "nurses", "citizens", "voters", "protesters", "protester", "demonstrators", "rebels", "militants", "forces",
    "troops", "ceo", "cfo", "cto", "founder", "co-founder", "partner", "partners", "investor", "investors",
}
# Nouns for groups and organisations (they / it refer to them).
GROUP_NOUNS = {
    "company", "firm", "group", "label", "club", "team", "department", "agency", "authority", "authorities",
    "administration", "office", "council", "committee", "commission", "board", "court", "union", "party",
    "government", "ministry", "organisation", "organization", "charity", "police", "studio", "network",
    "broadcaster", "website", "newspaper", "bank", "association", "federation", "institute", "university",
    "hospital", "airline", "operator", "regime", "cabinet", "parliament", "senate", "congress", "watchdog",
    "military", "army", "navy", "campaign", "family", "delegation", "prosecution", "service", "foundation",
}

# Words that end an organisation name.
ORG_WORDS = {
    "ministry", "department", "council", "commission", "committee", "authority", "agency", "office", "bureau",
    "court", "tribunal", "university", "college", "school", "institute", "institution", "center", "centre",
    "foundation", "trust", "fund", "bank", "party", "union", "association", "federation", "league", "club",
    "group", "corporation", "corp", "company", "co", "inc", "ltd", "plc", "llc", "productions", "studios",
    "records", "entertainment", "media", "news", "times", "post", "journal", "reporter", "herald", "telegraph",
    "guardian", "tribune", "gazette", "press", "network", "networks", "broadcasting", "television", "radio",
    "service", "services", "police", "army", "navy", "force", "forces", "guard", "assembly", "parliament",
    "senate", "congress", "house", "cabinet", "government", "administration", "embassy", "consulate", "mission",
    "organisation", "organization", "board", "airlines", "airways", "motors", "systems", "technologies",
    "labs", "laboratories", "pharmaceuticals", "holdings", "partners", "capital", "ventures", "works",
    "industries", "interactive", "games", "software", "electronics", "united", "city", "rovers", "athletic",
    "wanderers", "hotspur", "fc", "afc", "cf", "prison", "hospital", "museum", "theatre", "orchestra",
    "band", "society", "alliance", "coalition", "movement", "front", "brigade", "council", "secretariat",
    "prosecution", "defence", "defense", "treasury", "exchange", "commission", "observatory", "program",
    "programme", "project", "initiative", "summit", "awards", "cup", "championship", "olympics", "games",
    "division", "conference", "premiership",
}

HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
              "rev", "reverend", "fr", "father", "sister", "brother", "sheikh", "mme", "m"}
FEMALE_HONORIFICS = {"mrs", "ms", "miss", "dame", "lady", "sister", "mme"}
MALE_HONORIFICS = {"mr", "sir", "lord", "father", "brother", "fr", "sheikh", "m"}

# Titles and positions. Multi-word entries are matched on their last word plus modifiers.
TITLES = {
    # politics and government
    "president", "vice-president", "president-elect", "prime", "premier", "chancellor", "minister", "secretary",
    "senator", "congressman", "congresswoman", "congressperson", "representative", "rep", "sen", "gov", "governor",
    "mayor", "councillor", "councilor", "councilman", "councilwoman", "alderman", "mp", "mep", "msp", "lawmaker",
    "legislator", "speaker", "leader", "chairman", "chairwoman", "chairperson", "chair", "ambassador", "envoy",
    "consul", "diplomat", "commissioner", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser",
    "advisor", "official", "deputy", "undersecretary", "under-secretary", "attorney-general", "attorney",
    "solicitor-general", "solicitor", "king", "queen", "prince", "princess", "duke", "duchess", "emperor",
    "sultan", "emir", "sheikh", "monarch", "taoiseach", "first", "candidate", "nominee", "whip", "mla", "td",
    "delegate", "negotiator", "president-elect", "ceo-elect", "governor-general", "viceroy", "regent",
    "chief", "head", "administrator", "comptroller", "auditor", "ombudsman", "inspector", "marshal", "sheriff",
    "commander", "general", "admiral", "colonel", "major", "captain", "lieutenant", "sergeant", "corporal",
    "brigadier", "commodore", "officer", "constable", "superintendent", "detective", "agent", "director",
    "director-general", "secretary-general", "registrar", "clerk", "magistrate",
    # business
    "ceo", "cfo", "coo", "cto", "cio", "cmo", "vp", "svp", "evp", "founder", "co-founder", "cofounder", "owner",
    "co-owner", "president", "executive", "manager", "partner", "analyst", "economist", "strategist", "investor",
    "chairman", "boss", "head", "entrepreneur", "banker", "trader", "broker", "consultant", "accountant",
    "treasurer", "principal", "proprietor", "publisher", "editor", "editor-in-chief", "producer",
    "vice-chairman", "md", "executive", "shareholder", "engineer", "designer", "developer", "architect",
    "officer", "employee", "representative", "lobbyist", "secretary",
    # law
    "judge", "justice", "lawyer", "barrister", "prosecutor", "counsel", "attorney", "solicitor", "advocate",
    "magistrate", "coroner", "juror", "paralegal", "notary", "defendant", "plaintiff", "claimant",
    # sport
    "coach", "manager", "captain", "striker", "midfielder", "defender", "goalkeeper", "keeper", "forward",
    "winger", "full-back", "centre-back", "quarterback", "pitcher", "batsman", "bowler", "referee", "umpire",
    "player", "champion", "athlete", "sprinter", "swimmer", "cyclist", "golfer", "boxer", "jockey", "trainer",
    "driver", "team-mate", "teammate", "skipper", "gaffer", "chairman", "assistant", "scout", "pundit",
    "commentator", "runner", "wrestler", "fighter", "olympian", "medallist", "medalist", "racer",
    # science, health, academia
    "professor", "scientist", "researcher", "physicist", "chemist", "biologist", "astronomer", "epidemiologist",
    "virologist", "doctor", "surgeon", "physician", "nurse", "psychologist", "psychiatrist", "lecturer",
    "fellow", "dean", "provost", "rector", "vice-chancellor", "academic", "historian", "author", "expert",
    "specialist", "geologist", "ecologist", "climatologist", "meteorologist", "mathematician", "engineer",
    "statistician", "archaeologist", "anthropologist", "sociologist", "philosopher", "economist",
    # media and culture
    "correspondent", "reporter", "journalist", "editor", "columnist", "presenter", "anchor", "host", "broadcaster",
    "critic", "writer", "novelist", "poet", "photographer", "filmmaker", "director", "actor", "actress", "singer",
    "songwriter", "musician", "rapper", "artist", "comedian", "dancer", "composer", "conductor", "star",
    "blogger", "youtuber", "influencer", "curator", "producer", "screenwriter", "playwright",
    # religion and other
    "pope", "archbishop", "bishop", "cardinal", "priest", "imam", "rabbi", "pastor", "vicar", "ayatollah",
    "activist", "campaigner", "organiser", "organizer", "volunteer", "coordinator", "secretary", "leader",
    "mp", "peer", "baroness", "baron", "lord", "governor", "warden", "mediator", "inspector", "pilot",
    "schoolteacher", "headteacher", "headmaster", "headmistress", "deckhand", "boatman", "ferryman",
    # occupations an article gives as who someone is
    "businessman", "businesswoman", "businessperson", "cameraman", "camerawoman", "anaesthetist", "anesthetist",
    "dentist", "pharmacist", "therapist", "physiotherapist", "paramedic", "midwife", "teacher", "farmer",
    "fisherman", "firefighter", "investigator", "technician", "mechanic", "chef", "soldier", "nurse-practitioner",
    "shopkeeper", "landlord", "stockbroker", "financier", "industrialist", "tycoon", "magnate", "restaurateur",
    "hotelier", "retailer", "surveyor", "economist", "diplomat", "veterinarian", "vet", "radiologist", "gp",
    "machinist", "electrician", "plumber", "carpenter", "welder", "driver", "cashier", "clerk", "janitor",
    "pianist", "bassist", "guitarist", "saxophonist", "organist", "violinist", "cellist", "drummer", "trumpeter",
    "percussionist", "vocalist", "scaffolder", "mpp", "mla", "mha", "mna", "professional",
    "postdoc", "biologist", "pathologist", "pediatrician", "paediatrician", "nurse", "caregiver", "carer",
    # cricket and other sports
    "opener", "spinner", "seamer", "paceman", "all-rounder", "allrounder", "wicketkeeper", "wicket-keeper",
    "batter", "selector", "playmaker", "centre-forward", "outfielder", "infielder", "catcher", "shortstop",
    "linebacker", "point-guard", "prop", "fly-half", "scrum-half", "hooker", "lock", "flanker",
}
# Words that may precede a title inside the position: "deputy foreign minister".
TITLE_MODIFIERS = {
    "deputy", "vice", "assistant", "associate", "senior", "junior", "chief", "executive", "general", "acting",
    "interim", "former", "then", "ex", "co", "joint", "principal", "lead", "head", "managing", "first", "second",
    "prime", "foreign", "home", "defence", "defense", "finance", "health", "education", "interior", "justice",
    "trade", "energy", "environment", "transport", "culture", "sports", "sport", "labour", "labor", "economy",
    "economic", "agriculture", "security", "intelligence", "communications", "press", "information", "state",
    "shadow", "opposition", "government", "ministry", "party", "club", "team", "company", "national",
    "regional", "local", "city", "county", "district", "federal", "provincial", "supreme", "high", "district",
    "appeals", "circuit", "diplomatic", "political", "business", "economics", "technology", "science",
    "health", "medical", "legal", "military", "defence", "diplomatic", "foreign", "home", "environment",
    "world", "international", "europe", "business", "sports", "entertainment", "arts", "royal", "music",
    "football", "rugby", "cricket", "tennis", "basketball", "baseball", "hockey", "golf", "racing", "talent",
    "research", "development", "marketing", "sales", "operations", "product", "products", "engineering",
    "financial", "investment", "creative", "artistic", "technical", "strategy", "policy", "public", "private",
    "investigating", "presiding", "lead", "special", "top", "veteran", "longtime", "long-time", "incoming",
    "outgoing", "new", "newly", "elected", "appointed", "caretaker", "permanent", "parliamentary", "cabinet",
    "administration", "white", "house", "staff", "campaign", "release", "police", "army", "air", "naval",
    "force", "editor", "news", "political", "digital", "global", "north", "south", "east", "west", "america",
    "americas", "asia", "africa", "europe", "middle", "uk", "us", "eu", "un", "nato", "indie", "independent",
    "democratic", "republican", "conservative", "liberal", "green", "socialist", "labour", "tory", "union",
    "trade", "games", "gaming", "game", "software", "hardware", "data", "content", "media", "communications",
    "human", "rights", "civil", "criminal", "family", "youth", "women's", "men's", "olympic", "paralympic",
    "world", "tour", "event", "festival", "film", "fashion", "food", "wine", "property", "housing", "tax",
    "revenue", "partnerships", "partnership", "relations", "affairs", "services", "resources", "people",
    "ranking", "only", "sole", "left-arm", "right-arm", "fast", "leg-spin", "off-spin", "leg-spinner", "opening",
    "starting", "backup", "reserve", "substitute", "rookie", "postdoctoral", "structural", "caretaker",
}
# Titles that introduce a name directly and need no other evidence that the name is a person.
STRONG_TITLES = {
    "president", "president-elect", "vice-president", "senator", "sen", "congressman", "congresswoman", "rep",
    "governor", "gov", "mayor", "minister", "chancellor", "premier", "king", "queen", "prince", "princess",
    "pope", "archbishop", "bishop", "cardinal", "judge", "justice", "general", "admiral", "colonel", "captain",
    "lieutenant", "sergeant", "commander", "professor", "ambassador", "secretary", "spokesman", "spokeswoman",
    "spokesperson", "chairman", "chairwoman", "ceo", "cfo", "coo", "cto", "founder", "co-founder", "coach",
    "manager", "striker", "midfielder", "defender", "goalkeeper", "correspondent", "reporter", "editor",
    "editor-in-chief", "director", "prosecutor", "lawyer", "attorney", "detective", "inspector", "officer",
    "councillor", "mp", "mep", "leader", "sheikh", "emir", "sultan", "duke", "duchess", "president",
    "deputy", "chief", "vp", "economist", "analyst", "researcher", "scientist", "doctor", "dr", "nurse",
    "singer", "actor", "actress", "rapper", "star", "player", "skipper", "pundit", "presenter", "anchor",
    "columnist", "journalist", "author", "novelist", "historian", "fellow", "lecturer", "barrister",
    "solicitor", "counsel", "advocate", "magistrate", "aide", "adviser", "advisor", "envoy", "diplomat",
    "official", "executive", "owner", "boss", "head",
}
FEMALE_TITLES = {"spokeswoman", "chairwoman", "congresswoman", "councilwoman", "queen", "princess", "duchess",
                 "actress", "baroness", "businesswoman", "sportswoman", "policewoman"}
MALE_TITLES = {"spokesman", "congressman", "councilman", "king", "prince", "duke", "baron",
               "businessman", "sportsman", "policeman"}

# News outlets (possessive "the BBC's Lucy Williamson" → a journalist of the outlet).
MEDIA = {
    "bbc", "cnn", "reuters", "ap", "afp", "associated press", "bloomberg", "sky news", "sky", "nbc", "abc", "cbs",
    "fox news", "msnbc", "npr", "pbs", "al jazeera", "itv", "channel 4", "the guardian", "guardian", "the times",
    "times", "new york times", "washington post", "wall street journal", "financial times", "the economist",
    "economist", "daily telegraph", "telegraph", "independent", "observer", "politico", "axios", "vox", "the atlantic",
    "rte", "cbc", "abc news", "dw", "france 24", "euronews", "nhk", "yonhap", "xinhua", "tass", "ria novosti",
    "the hollywood reporter", "hollywood reporter", "variety", "deadline", "billboard", "espn", "bbc sport",
    "bbc news", "the verge", "wired", "techcrunch", "usa today", "los angeles times", "la times", "daily mail",
    "the sun", "mirror", "the mirror", "evening standard", "the scotsman", "the herald",
}

# Given names, to tell people from organisations ("Jack Buser" vs "Big Machine"). Gender:
# f = female, m = male, u = either.
_GIVEN = """
aaron m abdul m abdullah m abraham m adam m adrian m ahmed m aidan m alan m albert m alex u alexander m
alexandra f alexis u alfred m ali m alice f alicia f alison f amanda f amber f amy f ana f andrea u andrew m
andy m angela f angelina f angus m anita f ann f anna f anne f annie f anthony m antonio m arnold m arthur m
ashley u audrey f barack m barbara f barry m ben m benjamin m bernard m bernie m beth f betty f bill m billy m
bob m bobby m boris m brad m bradley m brandon m brenda f brendan m brian m bruce m bruno m bryan m caitlin f
carl m carla f carlos m carol f caroline f carolyn f catherine f cathy f charles m charlie u charlotte f chloe f
chris u christian m christina f christine f christopher m chuck m claire f clara f claudia f colin m connor m
craig m cristiano m daniel m danielle f danny m david m dawn f dean m deborah f debbie f denis m dennis m
derek m diana f diane f dick m diego m dominic m don m donald m donna f doris f dorothy f doug m douglas m
duncan m dylan m ed m eddie m edward m elaine f eleanor f elena f elizabeth f ella f ellen f emily f emma f
emmanuel m eric m erica f erik m erin f ethan m eugene m eva f evan m eve f fatima f felix m fernando m
fiona f frances f francesco m francis m frank m fred m frederick m gabriel m gareth m gary m gavin m gemma f
george m georgia f gerald m gerard m gina f giovanni m giuseppe m gordon m grace f graham m grant m greg m
gregory m hannah f harold m harriet f harry m hassan m heather f heidi f helen f henry m hillary f holly f
howard m hugh m hugo m ian m igor m imran m isaac m isabel f isabella f ivan m jack m jackie u jacob m jacqueline f
james m jamie u jan u jane f janet f jason m javier m jay m jean u jeff m jeffrey m jennifer f jenny f jeremy m
jerry m jess f jessica f jill f jim m jimmy m jo f joan f joanna f joanne f joe m joel m johan m john m johnny m
jon m jonathan m jorge m jose m joseph m josh m joshua m joyce f juan m judith f judy f julia f julian m julie f
justin m karen f karl m kate f katherine f kathleen f kathryn f katie f kay f keith m kelly f ken m kenneth m
kevin m kim u kirsty f kristinn m kyle m lars m laura f lauren f lawrence m leah f lee u leo m leon m leonard m
lewis m liam m linda f lisa f liz f louis m louise f lucas m lucy f luis m luke m lynn f madeleine f maria f
marie f marina f mario m mark m martha f martin m mary f matt m matthew m maurice m mauricio m max m megan f
melanie f melissa f michael m michel m michelle f miguel m mike m mohamed m mohammed m muhammad m nancy f
naomi f natalie f nathan m neil m nicholas m nick m nicola u nicole f nigel m nina f noah m norman m oliver m
olivia f omar m oscar m owen m pablo m pamela f patricia f patrick m paul m paula f pedro m peggy f penny f
pete m peter m phil m philip m phillip m pierre m rachel f rafael m ralph m ray m raymond m rebecca f richard m
rick m rishi m rob m robert m robin u roger m ron m ronald m rose f ross m roy m ruby f russell m ruth f ryan m
sadiq m sally f sam u samantha f samuel m sandra f sara f sarah f scott m sean m sebastian m sergei m sergey m
shane m sharon f sheila f simon m sophie f stacey f stanley m stefan m stephanie f stephen m steve m steven m
stuart m sue f susan f suzanne f tanya f taylor u ted m teresa f terry m theresa f thomas m tim m timothy m
tina f toby m todd m tom m tommy m tony m tracy f travis m trevor m tyler m valerie f vanessa f victor m
victoria f vincent m vladimir m walter m wayne m wendy f william m xavier m yusuf m zoe f zach m
alexandria f caitlin f eva-marie f sajid m osama m kanye m scooter m strauss m jared m nancy f kamala f
joe m mitch m chuck m rudy m angela f emmanuel m justin m jacinda f narendra m xi m shinzo m recep m jair m
moon u kim u lula m hugo m evo m nicolas m volodymyr m olaf m giorgia f ursula f keir m liz f theresa f
jeremy m nicola f humza m mark m mary f priti f suella f dominic m michael m jens m antonio m ban m kofi m
serena f venus f roger m rafael m novak m lionel m cristiano m neymar m kylian m pep m jurgen m arsene m
mikel m erik m ange m thomas m gareth m wayne m steven m frank m jose m elon m jeff m bill m tim m sundar m
satya m mark m sheryl f marissa f warren m larry m sergey m jensen m sam m demis m reed m greta f malala f
beyonce f rihanna f adele f madonna f oprah f dolly f britney f ariana f selena f billie f lady f dua f
"""
GIVEN_NAMES: dict[str, str] = {}
_toks = _GIVEN.split()
for _i in range(0, len(_toks) - 1, 2):
    GIVEN_NAMES.setdefault(_toks[_i], _toks[_i + 1])
del _toks, _i

COUNTRIES = {
    "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria",
    "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin",
    "bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria", "burkina faso", "burundi",
    "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "congo", "costa rica", "croatia",
    "cuba", "cyprus", "czech republic", "czechia", "denmark", "djibouti", "dominica", "ecuador", "egypt",
    "el salvador", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia",
    "germany", "ghana", "greece", "grenada", "guatemala", "guinea", "guyana", "haiti", "honduras",
    "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "ivory coast",
    "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos",
    "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar",
    "malawi", "malaysia", "maldives", "mali", "malta", "mauritania", "mauritius", "mexico", "moldova", "monaco",
    "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "burma", "namibia", "nauru", "nepal",
    "netherlands", "holland", "new zealand", "nicaragua", "niger", "nigeria", "north korea", "north macedonia",
    "norway", "oman", "pakistan", "palau", "palestine", "panama", "papua new guinea", "paraguay", "peru",
    "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda", "samoa", "san marino",
    "saudi arabia", "senegal", "serbia", "seychelles", "sierra leone", "singapore", "slovakia", "slovenia",
    "somalia", "south africa", "south korea", "south sudan", "spain", "sri lanka", "sudan", "suriname",
    "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tonga",
    "trinidad", "tunisia", "turkey", "turkmenistan", "tuvalu", "uganda", "ukraine", "united arab emirates",
    "uae", "united kingdom", "uk", "britain", "great britain", "united states", "us", "usa", "america",
    "uruguay", "uzbekistan", "vanuatu", "vatican", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe",
    "england", "scotland", "wales", "northern ireland", "europe", "africa", "asia", "the north", "the south",
    "the west", "the east", "eu", "european union", "gaza", "west bank", "crimea", "hong kong", "korea",
    "pyongyang", "seoul", "beijing", "moscow", "london", "paris", "berlin", "tokyo", "kabul",
    "tehran", "baghdad", "damascus", "cairo", "khartoum", "kyiv", "kiev", "delhi", "new delhi", "islamabad",
    "brussels", "rome", "madrid", "ankara", "riyadh", "jerusalem", "tel aviv", "ottawa", "canberra",
    "stockholm", "oslo", "copenhagen", "helsinki", "dublin", "edinburgh", "cardiff", "belfast", "westminster",
    "whitehall", "downing street", "the kremlin", "kremlin", "the white house", "white house", "the pentagon",
    "pentagon", "the vatican", "new york", "los angeles", "california", "texas", "florida", "hollywood",
}
DEMONYMS = {
    "american", "british", "chinese", "russian", "french", "german", "japanese", "korean", "north korean",
    "south korean", "swedish", "australian", "canadian", "indian", "pakistani", "iranian", "iraqi", "syrian",
    "israeli", "palestinian", "turkish", "egyptian", "sudanese", "saudi", "italian", "spanish", "portuguese",
    "dutch", "belgian", "swiss", "austrian", "polish", "ukrainian", "irish", "scottish", "welsh", "english",
    "mexican", "brazilian", "argentine", "argentinian", "nigerian", "kenyan", "south african", "afghan",
    "ecuadorean", "ecuadorian", "norwegian", "danish", "finnish", "greek", "hungarian", "czech", "romanian",
    "european", "african", "asian", "western", "us", "uk", "eu", "un", "foreign", "local", "regional", "federal",
    "senior", "top", "chinese", "venezuelan", "cuban", "colombian", "chilean", "peruvian", "thai", "vietnamese",
    "indonesian", "malaysian", "filipino", "taiwanese", "lebanese", "jordanian", "libyan", "tunisian",
    "moroccan", "algerian", "ethiopian", "somali", "ghanaian", "ugandan", "rwandan", "congolese", "zimbabwean",
}

PRONOUNS_PERSON = {"he": "m", "she": "f", "him": "m", "her": "f"}
PRONOUNS_GROUP = {"they", "it", "we"}

# Capitalised words that start sentences or are never names.
NON_NAME_CAPS = {
    "the", "a", "an", "in", "on", "at", "for", "and", "but", "or", "if", "when", "while", "after", "before",
    "since", "as", "so", "yet", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she",
    "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "what", "who", "why", "how", "where",
    "which", "with", "without", "from", "to", "by", "of", "about", "over", "under", "last", "next", "earlier",
    "later", "now", "then", "however", "meanwhile", "separately", "also", "although", "though", "because",
    "despite", "during", "until", "one", "two", "three", "some", "many", "most", "all", "both", "each", "every",
    "no", "not", "neither", "nor", "other", "another", "such", "more", "less", "only", "even", "still", "just",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december",
    "mr", "mrs", "ms", "dr", "is", "was", "are", "were", "will", "would", "can", "could", "should", "may",
    "might", "must", "has", "have", "had", "do", "does", "did", "let", "notably", "generally", "indeed",
    "instead", "already", "again", "once", "among", "between", "into", "through", "against", "within", "like",
    "unlike", "including", "according", "following", "speaking", "asked", "yes", "well", "oh", "thanks",
    "today", "yesterday", "tomorrow", "tonight", "sources", "officials", "police", "analysts", "experts",
    "it's", "that's", "there's", "we're", "they're", "i'm", "don't", "didn't", "can't", "won't", "prosecutors",
}

NATIONALITY_NOUNS = {
    "spaniard", "briton", "frenchman", "frenchwoman", "dutchman", "dutchwoman", "scot", "swede", "dane", "finn",
    "pole", "turk", "argentine", "argentinian", "brazilian", "portuguese", "italian", "german", "american",
    "australian", "canadian", "irishman", "irishwoman", "welshman", "welshwoman", "englishman", "englishwoman",
    "norwegian", "belgian", "swiss", "austrian", "croat", "serb", "czech", "slovak", "hungarian", "romanian",
    "bulgarian", "greek", "russian", "ukrainian", "georgian", "israeli", "egyptian", "nigerian", "ghanaian",
    "senegalese", "cameroonian", "ivorian", "moroccan", "algerian", "tunisian", "south african", "kenyan",
    "ethiopian", "japanese", "chinese", "korean", "indian", "pakistani", "afghan", "iranian", "iraqi", "saudi",
    "mexican", "colombian", "chilean", "uruguayan", "peruvian", "venezuelan", "ecuadorian", "jamaican",
    "kiwi", "new zealander", "frenchman", "icelander", "luxembourger", "monegasque", "filipino", "thai",
    "vietnamese", "indonesian", "malaysian", "singaporean", "taiwanese", "yorkshireman", "londoner", "texan",
    "californian", "scotsman", "scotswoman", "catalan", "basque", "bavarian", "sicilian",
}
ORG_WORDS |= {
    "telescope", "stadium", "arena", "airport", "station", "bridge", "street", "road", "avenue", "square",
    "park", "hall", "tower", "building", "hotel", "church", "cathedral", "mosque", "temple", "palace", "castle",
    "prize", "award", "trophy", "act", "bill", "treaty", "agreement", "accord", "index", "festival", "gallery",
    "library", "museum", "zoo", "mall", "centre", "center", "plaza", "port", "harbour", "harbor", "canal",
    "river", "lake", "mountain", "island", "islands", "valley", "county", "province", "state", "region",
    "district", "street", "lane", "way", "drive", "boulevard", "motorway", "highway", "railway", "line",
    "sachs", "schwab", "stanley", "morgan", "chase", "lynch", "fargo", "securities", "markets", "research",
    "capital", "management", "advisors", "advisers", "associates", "consulting", "analytics", "institute",
    "laboratory", "lab", "clinic", "infirmary", "trust", "council", "magazine", "review", "daily", "weekly",
    "channel", "tv", "fm", "am", "online", "app", "platform", "store", "shop", "bakery", "restaurant", "cafe",
    "homes", "properties", "estates", "developments", "construction", "logistics", "foods", "brands", "energy",
    "utilities", "telecom", "telecoms", "communications", "insurance", "finance", "bancorp", "affairs",
    "pharma", "biotech", "therapeutics", "semiconductor", "semiconductors", "robotics", "aerospace", "automotive",
}
HONORIFICS |= {"hon", "rt", "atty", "engr"}  # "Atty. Consuelo Ramirez", "Engr. Ramon Cruz" (the Philippines)
TITLES |= {"det", "supt", "insp", "sgt", "dci", "dcs", "ds", "di", "cmdr", "cllr", "pc", "dc", "cpl", "lt", "col",
           "gen", "capt", "maj", "adm", "brig", "amb", "pte", "ch", "astrophysicist", "astronaut",
           "astronomer", "oceanographer", "neuroscientist", "geneticist", "zoologist", "botanist", "volcanologist",
           "seismologist", "paediatrician", "pediatrician", "cardiologist", "oncologist", "pharmacist", "dentist",
           "vet", "veterinarian", "midwife", "paramedic", "firefighter", "soldier", "veteran", "teacher",
           "headteacher", "headmaster", "headmistress", "principal", "chef", "farmer", "miner", "builder",
           "economist", "strategist", "lecturer", "researcher", "professor", "scholar", "analyst", "chairman",
           "ceo", "founder", "investor", "billionaire", "tycoon", "mogul", "magnate", "landlord", "tenant"}
POST_NOMINALS = {"kc", "qc", "sc", "bl", "mp", "mep", "msp", "obe", "mbe", "cbe", "kbe", "dbe", "frs", "phd", "md",
                 "jr", "sr", "jr.", "sr.", "ii", "iii", "iv", "esq"}
# words that end organisation names but are also common surnames or given names
ORG_WORDS -= {"bill", "park", "chase", "morgan", "stanley", "lynch", "lane", "way", "hall", "church", "castle",
              "street", "line", "drive", "fargo", "schwab", "temple", "port", "tower", "valley", "island", "river",
              "lake", "square", "mountain", "band", "review", "daily"}


def _plural(w: str) -> str:
    if w.endswith("man"):
        return w[:-3] + "men"
    if w.endswith("y") and w[-2:-1] not in ("a", "e", "o", "u"):
        return w[:-1] + "ies"
    if w.endswith(("s", "sh", "ch", "x")):
        return w + "es"
    return w + "s"


SPEAKER_NOUNS |= {_plural(w) for w in list(SPEAKER_NOUNS) + list(TITLES) if "-" not in w and len(w) > 3}
SPEAKER_NOUNS |= {"families", "relatives", "friends", "neighbours", "neighbors", "colleagues", "members",
                  "representatives", "bosses", "chiefs", "owners", "mourners", "onlookers", "passengers",
                  "shoppers", "customers", "consumers", "tenants", "landlords", "patients", "pupils", "farmers",
                  "drivers", "locals", "villagers", "lawmakers", "legislators", "senators", "governors"}

ORG_WORDS |= {"automotive", "motor", "airline", "energy", "pharma", "therapeutics", "biotech", "biosciences",
              "foods", "brands", "retail", "logistics", "mobility", "solutions", "semiconductor", "semiconductors",
              "telecom", "telecoms", "communications", "insurance", "financial", "finance", "investments",
              "properties", "realty", "resources", "minerals", "mining", "oil", "gas", "petroleum", "power",
              "utilities", "aerospace", "defense", "dynamics", "robotics", "ai", "health", "healthcare", "medical",
              "pharmaceutical", "chemicals", "steel", "shipping", "rail", "railways", "telecommunications",
              "publishing", "pictures", "films", "music", "sports", "athletics", "racing", "gaming", "studio",
              "digital", "online", "technologies", "technology", "tech", "software", "apparel", "beverages",
              "brewery", "brewing", "airways", "express", "freight", "cargo", "bancorp", "bankshares", "credit",
              "lending", "payments", "exchange", "commission", "agency", "bureau", "authority", "council"}

# common nouns that head-modify a position: "council leader", "shop owner", "union boss"
TITLE_MODIFIERS |= GROUP_NOUNS | {
    "shop", "store", "restaurant", "factory", "farm", "school", "hospital", "council", "town", "village",
    "county", "city", "state", "fire", "ambulance", "prison", "airport", "rail", "bus", "taxi", "tech", "film",
    "book", "news", "sports", "league", "band", "church", "mosque", "community", "charity", "hedge", "fund",
    "pension", "property", "estate", "construction", "retail", "oil", "energy", "bank", "central", "fashion",
    "restaurant", "hotel", "museum", "gallery", "theatre", "orchestra", "opera", "ballet", "festival",
    "programme", "program", "project", "campaign", "election", "transition", "climate", "space", "nuclear",
}

# modifiers, not positions on their own
TITLES -= {"first", "prime", "major"}

_MORE_GIVEN = """
margaret f maggie f dev m raj m ravi m arjun m anil m sunil m vijay m amit m rahul m sanjay m deepak m priya f
anjali f sunita f neha f pooja f aisha f amina f fatima f zainab f mariam f yasmin f leila f layla f noor f
ahmad m khalid m tariq m bilal m hamza m karim m nasser m walid m youssef m yousef m samir m rami m jamal m
kwame m kofi m ama f abena f chidi m chinedu m ngozi f oluwaseun u tunde m emeka m thabo m sipho m
wei u li u zhang u chen u wang u liu u yang u hiroshi m takeshi m yuki u haruto m sakura f min u ji u seo u
jin u hyun u young u sung u dong u soo u jae u kenji m akira m yoshi m
olga f natasha f svetlana f irina f tatiana f anastasia f ekaterina f dmitry m dmitri m alexei m andrei m
mikhail m nikolai m pavel m yuri m oleg m viktor m volodymyr m petro m mykola m taras m bohdan m
giulia f chiara f francesca f alessandro m marco m luca m matteo m lorenzo m federico m paolo m
sofia f lucia f carmen f pilar f rosa f isabel f javier m alejandro m pablo m sergio m jorge m rafael m
hans m klaus m jurgen m jürgen m wolfgang m dieter m uwe m heinz m helmut m angela f ursula f petra f sabine f
anke f katrin f birgit f greta f ingrid f astrid f sven m lars m nils m erik m magnus m bjorn m björn m
pierre m jean-pierre m jacques m francois m françois m olivier m laurent m nicolas m emmanuel m marine f
ségolène f segolene f brigitte f camille u manon f chloé f léa f lea f
aoife f siobhan f niamh f ciara f sinead f eoin m cian m oisin m padraig m seamus m declan m
rhys m dafydd m gethin m ffion f cerys f eilidh f mhairi f hamish m callum m fraser m ewan m
bethany f chelsea f courtney f danielle f hayley f jade f kayleigh f leanne f natalie f stacey f
darren m dean m gary m jason m lee m mark m neil m shaun m wayne m craig m barry m kevin m terry m
mo u mohammad m muhammed m mohammad m abdul m omar m umar m usman m
tobias m matthias m mathias m elias m jonas m lukas m felix m moritz m florian m tobias m stefan m andreas m
jan m tomas m tomás m tomasz m piotr m pawel m paweł m krzysztof m marek m jakub m agnieszka f katarzyna f
malgorzata f małgorzata f ewa f zofia f marta f monika f miriam f ruth f esther f rachel f rebecca f sarah f
hannah f leah f naomi f deborah f debbie f deb f dana f dina f tamar f noa f yael f avi m eli m yosef m moshe m
elliot m elliott m dwayne m duane m roberta f roberto m alberto m fernando m fernanda f rogerio m rogério m
cleber m cléber m joão m joao m paulo m tiago m thiago m rodrigo m gustavo m mateus m matheus m felipe m
beatriz f mariana f juliana f camila f gabriela f larissa f leticia f letícia f patricia f patrícia f
ainhoa f itziar f nerea f iker m unai m aitor m marisol f lourdes f dolores f guadalupe f ximena f valentina f
deniz u emre m mehmet m mustafa m ahmet m murat m burak m elif f zeynep f ayse f ayşe f fatma f esra f
malte m henrike f doris f gisela f hildegard f jutta f heike f silke f dirk m jens m kai u jörg m joerg m
masayuki m tomoko f ayako f hiroko f yoko f keiko f naoko f akiko f kazuo m takashi m satoshi m shinji m
daisuke m kenta m yuto m ren u haruka f yui f mei f aoi f kaito m sota m riku m
adaeze f chioma f ifeoma f nkechi f amaka f chiamaka f oluwaseyi u babatunde m olusegun m adebayo m
ade u femi m funmi f yemi u kunle m chukwuma m obinna m uche u
losaline f teuila f mele f sione m tevita m losa f
azam m zubair m imran m asad m fawad m faisal m shahid m waqar m babar m shoaib m junaid m sana f ayesha f
rukhsana f nadia f farah f hina f sadia f
grace f wanjiru f njeri f akinyi f achieng f
wanjiku f wambui f nyambura f
arjun m rohan m vikram m anand m suresh m ramesh m mahesh m ganesh m lakshmi f kavita f meena f rekha f
shreya f divya f ananya f isha f riya f
dmytro m oleksandr m oleksiy m serhiy m iryna f oksana f yulia f yuliya f
ines f inès f amélie f amelie f élodie f elodie f aurélie f juliette f mathilde f
sean m seán m liam m conor m ronan m fergal m aisling f orla f roisin f róisín f grainne f gráinne f
harold m howard m gerald m gordon m douglas m stuart m graham m nigel m clive m derek m trevor m
harriet f imogen f phoebe f florence f matilda f beatrice f georgina f rosalind f penelope f
tanisha f keisha f latoya f shanice f jamal m darnell m tyrone m malik m
bridget f ciaran m kieran m fionnuala f cormac m caoimhe f maeve f deirdre f colm m donal m dónal m clodagh f
mairead f máiréad f eimear f eamon m eamonn m éamon m fiachra m tadhg m ruairi m ruairí m darragh m cathal m
enda m niall m ultan m una f úna f nuala f bríd f brid f saoirse f sorcha f aoibhinn f méabh f meabh f ailbhe f
muireann f agnes f alma f annette f antoinette f bernadette f bonnie f cecilia f cheryl f clare f colleen f
connie f constance f cynthia f darlene f denise f edith f edna f eileen f eloise f ethel f evelyn f felicity f
geraldine f gillian f gladys f glenda f gloria f gwen f irene f isabelle f janice f jeanette f jenna f josephine
f kathy f kimberly f kirsten f kristen f lana f lillian f lindsay f lois f loretta f lorraine f lydia f mabel f
mandy f marcia f marian f marilyn f maureen f mildred f molly f monica f muriel f nora f norma f pauline f
philippa f polly f priscilla f rhonda f rita f rosemary f shirley f stella f sylvia f tamara f tracey f vera f
veronica f vivian f yvonne f abigail f adriana f alana f alejandra f alexa f allison f alyssa f amelia f
angelica f anya f aubrey f ava f bella f brianna f brooke f cassandra f catalina f daniela f delia f eliza f
eliana f emilia f esmeralda f estelle f gabrielle f genevieve f giselle f hailey f imani f jasmine f jocelyn f
josie f kayla f kendra f kiara f kira f liliana f lorena f makayla f maribel f marisa f maya f mckenzie f mia f
miranda f nadine f natalia f nia f paige f sabrina f sienna f silvia f sonia f thea f tiana f vivienne f yasmine
f yolanda f alfie m alistair m ambrose m archie m arturo m barnaby m bartholomew m benedict m bertie m brent m
brett m byron m calvin m cecil m cedric m chad m clarence m claude m clifford m clint m cody m cornelius m
curtis m cyril m dale u damian m damien m damon m dan m darius m darryl m dave m desmond m dustin m earl m edgar
m edmund m eduardo m edwin m elijah m emilio m ernest m everett m ezra m geoffrey m gilbert m glen m glenn m
harrison m harvey m hector m herbert m horace m jake m jasper m jerome m jesse m kent m lance m luther m malcolm
m marcus m marvin m mason m melvin m miles m milton m mitchell m murray m nathaniel m ned m noel m percy m perry
m quentin m randall m randy m reginald m rodney m roland m rupert m seth m sidney m spencer m stewart m terence
m theodore m trent m troy m vernon m wilbur m wilfred m willie m winston m zachary m abdirahman m abdi m
abubakar m adewale m akua f aminata f asante m ayodele u bongani m chidinma f chinonso u chukwudi m efua f ekow
m esi f folake f ibrahim m kagiso u kamau m kipchoge m kiprono m kwabena m kwaku m kwesi m lerato f lindiwe f
mandla m moses m musa m mwangi m nkosana m nomvula f nthabiseng f obi m ochieng m odhiambo m oluwadamilare m
omondi m otieno m sello m sibusiso m tendai u thandiwe f themba m thulani m tsepo m wairimu f yaw m yaa f zanele
f zodwa f adnan m afzal m ahsan m aslam m ayaan m bushra f danish m farhan m farooq m ghulam m hussain m iqbal m
irfan m javed m kamran m mahmood m mahmud m nawaz m nisar m rashid m rizwan m saad m saeed m salman m shahbaz m
sohail m tahir m yasir m zafar m zahid m mehwish f nargis f saima f samina f shazia f uzma f aditya m ajay m
akash m amitabh m anupam m arvind m ashok m dinesh m gaurav m harish m jagdish m kiran u krishna m manish m
manoj m mukesh m nitin m pankaj m prakash m pranav m rajesh m rakesh m rohit m sachin m sandeep m sanjeev m
santosh m shankar m shyam m siddharth m sudhir m sumit m tarun m uday m varun m vinod m vivek m yogesh m aarti f
archana f bhavna f deepa f geeta f jyoti f kajal f madhuri f nandini f nisha f padma f pallavi f preeti f radha
f rani f rupa f sapna f savita f shalini f shanti f shilpa f smita f sneha f swati f usha f vandana f faizal m
hafiz m hamid m haris m hisham m ismail m iskandar m kamal m mohd m nazri m rahim m razak m rosli m shafie m
syed m zulkifli m aminah f azizah f farida f haslinda f noraini f norazlina f rohana f salmah f siti f suraya f
zaharah f zuraida f budi m dewi f eko m hendra m joko m putri f rini f wahyu u yudi m nguyen u thanh u minh u
hoang u huong f lan f linh f mai f phuong f tuan m hung m duc m quang m somchai m somsak m sompong m niran m
kanya f malai f pranee f suda f josé m luís m manuel m francisco m ramon m ramón m ricardo m enrique m andres m
andrés m héctor m raul m raúl m jesus m jesús m julio m cesar m césar m ernesto m alfonso m armando m guillermo
m ignacio m joaquin m joaquín m octavio m rodolfo m teodoro m vicente m maría f juana f josefa f graciela f
paola f rocío f rocio f susana f verónica f yesenia f
"""
_mt = _MORE_GIVEN.split()
for _i in range(0, len(_mt) - 1, 2):
    GIVEN_NAMES.setdefault(_mt[_i], _mt[_i + 1])
del _mt, _i

# less common verbs of saying, mostly seen right after a quotation ('"Never," she laughed.')
_MORE_SPEECH = _forms(
    "plead/pleads/pleaded/pled/pleading", "beg/begs/begged/begging", "yell", "scream", "sigh", "laugh", "murmur",
    "mutter", "chuckle", "grumble", "snap/snaps/snapped/snapping", "retort", "interject", "concur/concurs/concurred/concurring",
    "elaborate", "clarify/clarifies/clarified/clarifying", "reason", "surmise", "speculate", "theorise", "theorize",
    "lament", "protest", "object", "demand", "vow", "swear/swears/swore/swearing", "announce", "proclaim", "exclaim",
    "wonder", "query/queries/queried/querying", "stat", "summarise", "summarize", "advise", "recommend", "warn",
    "inform", "assure", "reassure", "promise", "guarantee", "tease", "boast", "brag/brags/bragged/bragging",
)
_MORE_SPEECH.pop("stat", None)
_MORE_SPEECH.pop("stats", None)
_MORE_SPEECH.pop("stated", None)
_MORE_SPEECH.pop("stating", None)
for _k, _v in _MORE_SPEECH.items():
    CORE_SPEECH.setdefault(_k, _v)
    SPEECH.setdefault(_k, _v)
THAT_ONLY |= {"plead", "beg", "yell", "scream", "sigh", "laugh", "murmur", "mutter", "chuckle", "grumble", "snap",
              "retort", "interject", "concur", "elaborate", "clarify", "reason", "surmise", "speculate", "theorise",
              "theorize", "lament", "protest", "object", "demand", "swear", "proclaim", "wonder", "query",
              "summarise", "summarize", "advise", "recommend", "inform", "assure", "reassure", "guarantee", "tease",
              "brag"}
del _k, _v
for _k, _v in _forms("remind", "notify/notifies/notified/notifying", "convince").items():
    CORE_SPEECH.setdefault(_k, _v)
    SPEECH.setdefault(_k, _v)
THAT_ONLY |= {"remind", "notify", "convince"}
del _k, _v
TITLES |= {"laureate", "treasurer", "trustee", "governor", "regulator", "ombudsman", "curator", "archivist",
           "registrar", "principal", "commentator", "correspondent", "anchor", "newsreader", "podcaster"}
TITLE_MODIFIERS |= {"operating", "financial", "technology", "information", "marketing", "commercial", "creative",
                    "nobel", "group", "banking", "equity", "credit", "investment", "portfolio", "fund"}
TITLES |= {"co-author", "author", "co-founder", "co-chair", "co-host", "co-owner", "co-star", "co-director"}
TITLES |= {"controller", "comptroller", "bookkeeper", "cashier", "underwriter", "actuary", "surveyor", "planner",
           "dispatcher", "technician", "caseworker", "administrator", "coordinator", "co-ordinator", "supervisor"}

# adjectives that qualify an occupation: "retired teacher", "freelance photographer"
TITLE_MODIFIERS |= {"retired", "freelance", "self-employed", "part-time", "full-time", "trainee", "qualified",
                    "registered", "licensed", "certified", "volunteer", "long-serving", "award-winning",
                    "practising", "practicing", "consultant", "board", "panel", "jury", "ward", "bus", "lorry",
                    "truck", "delivery", "care", "home", "ethics", "finance", "scrutiny", "steering", "advisory"}
TITLES |= {"member", "supervisor", "neurologist", "geriatrician", "audiologist", "radiologist", "anaesthetist",
           "anesthetist", "pathologist", "toxicologist", "hydrologist", "fellow", "caretaker", "warden", "steward",
           "clerk", "auctioneer", "curator", "chaplain", "lifeguard", "ranger", "firefighter", "negotiator"}
# an occupation named by its workplace: "a retired school cafeteria worker", "an aid worker", "a steelworker"
TITLES |= {"worker", "steelworker", "autoworker", "dockworker", "farmworker", "labourer", "laborer", "machinist",
           "welder", "plumber", "electrician", "carpenter", "mechanic", "baker", "butcher", "hairdresser", "barber",
           "waiter", "waitress", "bartender", "janitor", "porter", "courier", "cleaner", "housekeeper", "nanny",
           "babysitter", "beekeeper", "winemaker", "shopkeeper", "stallholder", "vendor", "trader", "fisherman",
           "fisher", "miner", "logger", "rancher", "grower", "breeder", "midwife", "paramedic", "pharmacist",
           "dentist", "optician", "physiotherapist", "therapist", "counsellor", "counselor", "librarian",
           "accountant", "architect", "engineer", "programmer", "designer", "translator", "interpreter", "tutor",
           "lecturer", "headteacher", "headmaster", "headmistress", "pilot", "conductor", "taxi", "chauffeur",
           "contractor", "subcontractor", "fitter", "smokejumper", "lineman", "linesman", "seamstress", "tailor", "dressmaker", "cobbler", "weaver", "potter",
           "jeweller", "jeweler", "florist", "grocer", "hawker", "cook", "roofer", "scaffolder", "joiner", "bricklayer", "tiler", "glazier",
           "decorator", "gardener", "groundsman", "forklift"}
# cricket positions, and assembly members of South Asian legislatures ("MPA Inamullah Khan"), and the Scottish
# prosecutor ("Fiscal depute Calum Fraser")
TITLES |= {"wicketkeeper", "wicket-keeper", "legspinner", "leg-spinner", "offspinner", "off-spinner", "spinner",
           "seamer", "paceman", "allrounder", "all-rounder", "batter", "batsman", "bowler", "opener", "mpa", "mna",
           "mla", "mlc", "depute"}
TITLE_MODIFIERS |= {"fiscal", "procurator", "left-arm", "right-arm", "opening", "fast"}
TITLE_MODIFIERS |= {"cafeteria", "factory", "aid", "health", "social", "rail", "postal", "council", "construction",
                    "farm", "steel", "shop", "school", "hospital", "warehouse", "restaurant", "hotel",
                    "airport", "dock", "youth", "charity", "sanitation"}
TITLES.discard("taxi")

# abbreviated ranks and titles written out in full: "Gov." → "Governor", "Cllr" → "Councillor"
TITLE_ABBREVIATIONS = {
    "gov": "Governor", "sen": "Senator", "rep": "Representative", "cllr": "Councillor", "supt": "Superintendent",
    "insp": "Inspector", "prof": "Professor", "gen": "General", "lt": "Lieutenant", "col": "Colonel",
    "capt": "Captain", "maj": "Major", "sgt": "Sergeant", "det": "Detective", "cmdr": "Commander",
    "adm": "Admiral", "brig": "Brigadier", "cpl": "Corporal", "pte": "Private", "amb": "Ambassador",
    "atty": "Attorney", "supv": "Supervisor", "asst": "Assistant", "dep": "Deputy", "pres": "President",
    "sec": "Secretary", "comdr": "Commander", "lt-gen": "Lieutenant-General", "maj-gen": "Major-General",
    "dci": "Detective Chief Inspector", "dcs": "Detective Chief Superintendent", "di": "Detective Inspector",
    "ds": "Detective Sergeant", "dc": "Detective Constable", "pc": "Police Constable", "ch": "Chief",
    "gov.-elect": "Governor-elect", "rev": "Reverend", "gda": "Garda", "dpp": "Deputy Public Prosecutor",
    "adpp": "Assistant Deputy Public Prosecutor", "dsp": "Deputy Superintendent",
    "acp": "Assistant Commissioner of Police", "dcp": "Deputy Commissioner of Police",
}
TITLES |= {"supv", "asst", "comdr", "atty"}

# common nouns that describe a company before its name ("Rival Sonalta", "Carmaker Volvo"): never part of a name
ORG_DESCRIPTORS = {"rival", "rivals", "competitor", "competitors", "carmaker", "automaker", "chipmaker", "retailer",
                   "supermarket", "insurer", "lender", "broadcaster", "streamer", "startup", "start-up", "subsidiary",
                   "parent", "owner", "airline", "telecoms", "miner", "drugmaker", "brewer", "publisher", "developer",
                   "manufacturer", "supplier", "distributor", "outlet", "newspaper", "tabloid", "website", "app",
                   "platform", "newcomer", "incumbent", "regulator", "watchdog"}
NON_NAME_CAPS |= {"rival", "rivals", "competitor", "carmaker", "automaker", "chipmaker", "retailer", "insurer",
                  "lender", "streamer", "drugmaker", "brewer", "newcomer", "incumbent", "watchdog", "tabloid"}
# units inside an organisation that sit between its name and a title: "Hamas political bureau chief"
TITLE_MODIFIERS |= {"bureau", "politburo", "division", "unit", "desk", "wing", "branch", "faction", "caucus",
                    "delegation", "secretariat", "directorate", "press", "communications"}
# government portfolios ("US Transportation Secretary"): a department's field, not an organisation
TITLE_MODIFIERS |= {"transportation", "commerce", "treasury", "housing", "veterans", "homeland", "immigration",
                    "borders", "digital", "culture", "media", "tourism", "fisheries", "water", "climate",
                    "levelling", "work", "pensions", "welfare", "equalities", "wales", "scotland", "northern"}
# "Senate Majority Leader", "House Minority Whip": the part of the body, not its name
TITLE_MODIFIERS |= {"majority", "minority"}

# two-word positions whose last word is no title on its own ("defensive end Marcus Lyle")
POSITION_BIGRAMS = {"defensive end", "tight end", "wide receiver", "running back", "right tackle", "left tackle",
                     "offensive tackle", "defensive tackle", "nose tackle", "right guard", "left guard",
                     "point guard", "shooting guard", "power forward", "small forward", "starting pitcher",
                     "relief pitcher", "centre forward", "center forward", "centre back", "center back",
                     "right back", "left back", "full back", "fly half", "scrum half", "wing back",
                     "free safety", "strong safety", "middle blocker", "home health aide", "mail carrier",
                     "case agent", "special agent", "paving contractor", "union official", "trade union official"}

# states and provinces: places, never people ("the public works director of Larkfield, Ohio,")
STATES = {
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "hawaii", "idaho", "illinois", "iowa", "kansas", "kentucky", "louisiana", "maine",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
    "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "west virginia", "wisconsin", "wyoming", "ontario", "quebec",
    "british columbia", "alberta", "manitoba", "saskatchewan", "nova scotia", "new brunswick", "newfoundland",
    "queensland", "new south wales", "tasmania", "western australia", "south australia",
    "bavaria", "saxony", "catalonia", "andalusia", "lombardy", "scotland", "wales", "england", "northern ireland",
    "punjab", "kerala", "karnataka", "maharashtra", "gujarat", "bihar", "tamil nadu", "west bengal", "assam",
}

# occupations people are introduced by ("a 52-year-old herder", "Dutch collector Hendrik Vos", "a student at …")
TITLES |= {"herder", "herdsman", "collector", "vendor", "cleaner", "courier", "waiter", "waitress", "hawker",
           "student", "pupil", "intern", "apprentice", "dealer", "lawmaker", "legislator"}

# words that introduce an ordinary person before the name ("Parent Kayleigh Vandermolen", "Commuter Ann Lee"):
# evidence of a person, never part of the name, and no position
PERSON_DESCRIPTORS = {"parent", "resident", "residents", "voter", "shopper", "commuter", "homeowner", "neighbour",
                      "neighbor", "passenger", "patient", "customer", "motorist", "survivor", "mum", "mom", "dad",
                      "grandmother", "grandfather", "widow", "widower", "retiree", "pensioner"}
NON_NAME_CAPS |= PERSON_DESCRIPTORS
NON_NAME_CAPS |= {"former", "ex", "late", "then", "acting", "interim"}  # "Former Garut education agency head …"

# regional adjectives that are never names ("chief Nordic economist", "Baltic states", "Gulf carriers")
DEMONYMS |= {"nordic", "baltic", "scandinavian", "balkan", "arab", "gulf", "caribbean", "latin", "asian", "african",
             "european", "pacific", "atlantic", "mediterranean", "middle-eastern", "sub-saharan", "iberian", "celtic"}

# artists, sports positions and ranks people are introduced by ("the painter Henri Mathieu", "shooter Aroha
# Ngata", "the 31-year-old back-row", "Detective Garda Siobhán Rooney")
TITLES |= {"painter", "sculptor", "illustrator", "printmaker", "shooter", "back-row", "garda"}
TITLES |= {"gda", "dpp", "adpp", "dsp", "acp", "dcp"}
ORG_WORDS |= {"renewables", "logistics", "freight", "shipping", "markets", "limited", "incorporated", "gmbh", "bhd",
              "pty", "builders", "contractors", "engineering", "developers", "enterprises"}
