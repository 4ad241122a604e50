"""Word lists for extraction: titles and roles, organisation heads, speech cues, events."""

from __future__ import annotations

#: Words that make up a person's title or role ("Belarusian Defense Minister Lt. Gen.").
TITLE_WORDS = frozenset({
    "president", "vice", "prime", "minister", "ministers", "secretary", "general", "gen", "gen.",
    "lt", "lt.", "lieutenant", "col", "col.", "colonel", "maj", "maj.", "major", "capt", "capt.",
    "captain", "sgt", "sgt.", "sergeant", "brig", "brig.", "brigadier", "adm", "adm.", "admiral",
    "cmdr", "cmdr.", "commander", "marshal", "field", "chief", "deputy", "assistant", "head",
    "chairman", "chairwoman", "chair", "chairperson", "spokesman", "spokeswoman", "spokesperson",
    "ambassador", "envoy", "director", "officer", "commissioner", "governor", "gov", "gov.",
    "mayor", "senator", "sen", "sen.", "representative", "rep", "rep.", "dr", "dr.", "mr", "mr.",
    "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "king", "queen", "prince", "premier",
    "chancellor", "leader", "speaker", "analyst", "researcher", "expert", "official", "officials",
    "aide", "adviser", "advisor", "advisers", "counsellor", "counselor", "attaché", "attache",
    "press", "defense", "defence", "foreign", "interior", "security", "intelligence", "armed",
    "forces", "staff", "special", "senior", "former", "acting", "first", "second", "top", "state",
    "national", "military",
})

#: Heads that make a capitalised phrase an organisation ("Ministry of Defense").
ORG_HEADS = frozenset({
    "ministry", "ministries", "office", "agency", "forces", "army", "navy", "staff", "command",
    "council", "committee", "institute", "parliament", "government", "union", "alliance",
    "organization", "organisation", "service", "services", "department", "directorate", "guard",
    "bureau", "commission", "court", "party", "bank", "university", "center", "centre",
    "foundation", "corporation", "company", "group", "kremlin", "pentagon", "duma", "senate",
    "congress", "assembly", "cabinet", "embassy", "times", "magazine", "post", "wire", "review",
    "herald", "news", "newsweek", "ledger", "dispatch", "courier", "journal", "gazette",
    "tribune", "press", "television", "radio", "daily", "weekly", "monitor", "observer",
    "telegraph", "guardian", "reuters", "pact", "treaty", "front", "movement", "fund",
    "forum", "brigade", "division", "corps", "battalion", "regiment", "fleet",
})

#: Acronyms of organisations that appear without a head word.
ORG_ACRONYMS = frozenset({
    "NATO", "EU", "UN", "OSCE", "CIA", "FBI", "KGB", "FSB", "GRU", "SVR", "IAEA", "CSTO",
    "WHO", "IMF", "ISW", "RUSI", "CSIS", "ICRC", "UNHCR", "MOD", "MoD", "OSINT",
})

#: Verbs and phrases that introduce what someone said or claimed.
SPEECH_VERBS = frozenset({
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "announce", "announces",
    "announced", "announcing", "state", "states", "stated", "stating", "claim", "claims",
    "claimed", "claiming", "add", "adds", "added", "adding", "estimate", "estimates", "estimated",
    "estimating", "report", "reports", "reported", "reporting", "warn", "warns", "warned",
    "warning", "note", "notes", "noted", "confirm", "confirms", "confirmed", "confirming",
    "insist", "insists", "insisted", "argue", "argues", "argued", "predict", "predicts",
    "predicted", "suggest", "suggests", "suggested", "assess", "assesses", "assessed", "deny",
    "denies", "denied", "acknowledge", "acknowledges", "acknowledged", "explain", "explains",
    "explained", "write", "writes", "wrote", "allege", "alleges", "alleged", "declare",
    "declares", "declared", "reveal", "reveals", "revealed", "indicate", "indicates", "indicated",
    "mention", "mentions", "mentioned", "promise", "promises", "promised", "pledge", "pledges",
    "pledged", "assure", "assures", "assured", "tweet", "tweets", "tweeted", "post", "posts",
    "posted", "publish", "publishes", "published", "show", "shows", "showed", "broadcast",
    "broadcasts", "speak", "speaks", "spoke",
})

#: Nouns for events; the head of an event phrase ("the joint exercise", "the drills").
EVENT_NOUNS = frozenset({
    "exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "war", "invasion",
    "offensive", "counteroffensive", "attack", "attacks", "strike", "strikes", "summit", "talks",
    "meeting", "meetings", "election", "elections", "operation", "operations", "deployment",
    "redeployment", "mobilisation", "mobilization", "parade", "ceremony", "visit", "crisis",
})
