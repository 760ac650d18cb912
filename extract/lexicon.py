"""Word lists the rules are built from: speech cues and their speech acts, event words, non-speakers.

Forms are matched on `token.lower_` (the lemmatizer is disabled for speed), so every inflection a
rule needs is listed. Keep the lists linguistic and general: never add a word for one article.
"""
from __future__ import annotations


def _inflect(act: str, *bases: str) -> dict[str, str]:
    """Map every inflection of each regular/irregular verb given as 'say|says|said|saying' to `act`."""
    forms: dict[str, str] = {}
    for base in bases:
        for form in base.split("|"):
            forms[form] = act
    return forms


# Verbs that introduce what someone said (cue → speech act).
SPEECH_VERBS: dict[str, str] = {
    **_inflect("say", "say|says|said|saying", "tell|tells|told|telling", "add|adds|added|adding",
               "note|notes|noted|noting", "explain|explains|explained|explaining",
               "argue|argues|argued|arguing", "insist|insists|insisted|insisting",
               "stress|stresses|stressed|stressing", "emphasise|emphasises|emphasised|emphasising",
               "emphasize|emphasizes|emphasized|emphasizing", "state|states|stated|stating",
               "write|writes|wrote|writing", "tweet|tweets|tweeted|tweeting", "declare|declares|declared|declaring",
               "remark|remarks|remarked", "reply|replies|replied|replying", "respond|responds|responded",
               "comment|comments|commented", "continue|continues|continued", "suggest|suggests|suggested|suggesting",
               "believe|believes|believed", "acknowledge|acknowledges|acknowledged|acknowledging",
               "admit|admits|admitted|admitting", "assert|asserts|asserted", "maintain|maintains|maintained",
               "reiterate|reiterates|reiterated|reiterating", "underline|underlines|underlined|underlining",
               "indicate|indicates|indicated|indicating",
               "describe|describes|described", "point out|points out|pointed out", "predict|predicts|predicted",
               "estimate|estimates|estimated", "report|reports|reported", "recall|recalls|recalled",
               "tell reporters", "contend|contends|contended", "observe|observes|observed",
               "concede|concedes|conceded", "posted", "joke|joked", "quip|quipped", "muse|mused",
               "show|shows|showed|shown|showing", "find|finds|found|finding", "conclude|concludes|concluded|concluding",
               "testify|testifies|testified", "assess|assesses|assessed", "repeat|repeats|repeated|repeating",
               "restate|restates|restated|restating", "reaffirm|reaffirms|reaffirmed|reaffirming",
               "shout|shouts|shouted|shouting", "yell|yells|yelled|yelling", "scream|screams|screamed|screaming",
               "chant|chants|chanted|chanting", "sing|sings|sang|singing", "whisper|whispers|whispered",
               "exclaim|exclaims|exclaimed", "mutter|mutters|muttered", "murmur|murmured", "cry|cried",
               "quote|quotes|quoted|quoting", "recount|recounts|recounted", "vent|vented"),
    **_inflect("warn", "warn|warns|warned|warning", "caution|cautions|cautioned"),
    **_inflect("deny", "deny|denies|denied|denying", "dismiss|dismisses|dismissed|dismissing",
               "rebuff|rebuffed", "refute|refuted"),
    **_inflect("accuse", "accuse|accuses|accused|accusing", "blame|blames|blamed|blaming", "charge|charged",
               "allege|alleges|alleged|alleging"),
    **_inflect("announce", "announce|announces|announced|announcing", "unveil|unveiled",
               "reveal|reveals|revealed|revealing", "disclose|disclosed", "order|ordered"),
    **_inflect("agree", "agree|agrees|agreed|agreeing"),
    **_inflect("threaten", "threaten|threatens|threatened|threatening", "vow|vows|vowed|vowing",
               "pledge|pledges|pledged|pledging"),
    **_inflect("demand", "demand|demands|demanded|demanding", "insist on"),
    **_inflect("propose", "propose|proposes|proposed|proposing", "offer|offers|offered|offering",
               "suggest to"),
    **_inflect("urge", "urge|urges|urged|urging", "appeal|appealed", "implore|implored", "press|pressed",
               "encourage|encourages|encouraged|encouraging"),
    **_inflect("ask", "ask|asks|asked|asking", "question|questions|questioned|questioning", "wonder|wondered"),
    **_inflect("promise", "promise|promises|promised|promising", "assure|assures|assured|assuring",
               "guarantee|guaranteed"),
    **_inflect("confirm", "confirm|confirms|confirmed|confirming", "claim|claims|claimed|claiming",
               "affirm|affirmed", "verify|verified"),
    **_inflect("reject", "reject|rejects|rejected|rejecting", "refuse|refuses|refused|refusing"),
    **_inflect("criticise", "criticise|criticises|criticised|criticising", "criticize|criticizes|criticized|criticizing",
               "condemn|condemns|condemned|condemning", "slam|slams|slammed", "denounce|denounces|denounced",
               "lambast|lambasted", "blast|blasted", "decry|decried", "complain|complains|complained"),
}

# Communicative verbs that take their content as an object ("Taiwan opposed the annexation",
# "Johnson slammed Russia's violence", "he branded it a catastrophe").
SPEECH_VERBS.update({
    **_inflect("reject", "oppose|opposes|opposed|opposing"),
    **_inflect("agree", "endorse|endorses|endorsed|endorsing",
               "welcome|welcomes|welcomed|welcoming"),
    **_inflect("say", "praise|praises|praised|praising", "hail|hails|hailed|hailing", "dub|dubs|dubbed",
               "call|calls|called|calling", "brand|brands|branded|branding", "label|labels|labelled|labeled",
               "cite|cites|cited|citing", "echo|echoes|echoed|echoing"),
    **_inflect("urge", "beg|begs|begged|begging", "plead|pleads|pleaded|pleading"),
    **_inflect("criticise", "lash|lashes|lashed|lashing", "chide|chided", "rebuke|rebuked",
               "scold|scolded", "mock|mocked", "ridicule|ridiculed"),
})
# Verbs that are speech only with these particles/prepositions ("called for", "ruled out", "lashed out at").
PHRASAL_SPEECH: dict[tuple[str, str], str] = {
    ("call", "for"): "demand", ("call", "on"): "urge", ("call", "upon"): "urge", ("rule", "out"): "reject",
    ("single", "out"): "criticise", ("lash", "at"): "criticise", ("lash", "out"): "criticise", ("plead", "with"): "urge",
    ("hit", "at"): "criticise", ("push", "for"): "demand", ("press", "for"): "demand",
    ("appeal", "for"): "urge", ("appeal", "to"): "urge", ("warn", "of"): "warn", ("warn", "against"): "warn",
    ("warn", "about"): "warn", ("complain", "about"): "criticise", ("beg", "for"): "urge", ("ask", "for"): "demand",
    ("argue", "for"): "propose", ("argue", "against"): "reject", ("vote", "against"): "reject",
}
# Verbs whose content is the object only inside a PHRASAL_SPEECH pair or with an "as"/predicate complement.
PHRASAL_ONLY = {"call", "calls", "called", "calling", "rule", "rules", "ruled", "ruling", "single", "singled", "lash",
                "lashed", "lashing", "hit", "push", "pushed", "pushing", "speak", "spoke", "vote", "voted", "cite", "cites", "cited", "citing"}
BASE_FORMS = {form: base for base, forms in {
    "call": "call|calls|called|calling", "rule": "rule|rules|ruled|ruling", "single": "single|singles|singled",
    "lash": "lash|lashes|lashed|lashing", "plead": "plead|pleads|pleaded|pleading", "speak": "speak|speaks|spoke|speaking",
    "hit": "hit|hits", "push": "push|pushes|pushed|pushing", "press": "press|presses|pressed|pressing",
    "appeal": "appeal|appeals|appealed|appealing", "warn": "warn|warns|warned|warning",
    "complain": "complain|complains|complained|complaining", "beg": "beg|begs|begged|begging", "ask": "ask|asks|asked|asking",
    "argue": "argue|argues|argued|arguing", "vote": "vote|votes|voted|voting"}.items() for form in forms.split("|")}

# Nouns that carry a statement as a that-clause, after a light verb ("raised concerns that ...").
SPEECH_NOUNS = {"concern": "warn", "concerns": "warn", "fear": "warn", "fears": "warn", "warning": "warn",
                "warnings": "warn", "assurance": "promise", "assurances": "promise", "promise": "promise",
                "claim": "say", "claims": "say", "hope": "say", "hopes": "say", "belief": "say", "view": "say",
                "doubt": "say", "doubts": "say", "confidence": "say", "message": "say", "demand": "demand",
                "demands": "demand", "accusation": "accuse", "accusations": "accuse", "threat": "threaten",
                "threats": "threaten", "denial": "deny", "pledge": "promise", "commitment": "promise", "point": "say",
                "question": "ask", "questions": "ask", "objection": "reject", "objections": "reject"}
LIGHT_VERBS = {"raise", "raised", "raises", "raising", "express", "expressed", "expresses", "expressing", "voice", "voiced",
               "voices", "issue", "issued", "issues", "make", "made", "makes", "give", "gave", "gives", "given", "offer",
               "offered", "reiterate", "reiterated", "repeat", "repeated", "share", "shared", "shares", "dismiss",
               "dismissed", "reject", "rejected", "deny", "denied", "renew", "renewed", "stress", "stressed"}

# Speech verbs whose object (not a clause) is the content: "Russia denies plans to invade".
OBJECT_CONTENT_ACTS = {"deny", "announce", "reject", "propose", "demand", "accuse", "criticise", "confirm", "promise",
                       "threaten", "warn", "agree", "urge", "say"}

# Verbs that only count as speech with a clause ("believe that", "suggest that"), never with an object.
CLAUSE_ONLY = {"believe", "believes", "believed", "suggest", "suggests", "suggested", "suggesting", "indicate",
               "indicates", "indicated", "indicating", "continue", "continues", "continued", "report", "reports",
               "estimate", "estimates", "estimated", "predict", "predicts", "predicted", "press", "pressed", "charge",
               "charged", "note", "notes", "noted", "state", "states", "stated", "maintain", "maintains", "maintained",
               "observe", "observes", "observed", "offer", "offers", "offered", "offering",
               "show", "shows", "showed", "shown", "showing", "find", "finds", "found", "finding", "conclude",
               "concludes", "concluded", "concluding", "assess", "assesses", "assessed", "testify", "testified",
               "sing", "sings", "sang", "singing", "cry", "cried", "vent", "vented",
               "claimed", "claiming", "recall", "recalls", "recalled", "add", "adds", "added", "adding"}

# "say"-type verbs that may still take their content as an object ("branded it a catastrophe").
SAY_WITH_OBJECT = {"praise", "praises", "praised", "praising", "hail", "hails", "hailed", "hailing", "dub", "dubs", "dubbed",
                   "brand", "brands", "branded", "branding", "label", "labels", "labelled", "labeled", "echo", "echoes",
                   "echoed", "echoing", "describe", "describes", "described", "describing", "report", "reports",
                   "reported", "reporting", "call", "calls", "called", "calling", "cite", "cites", "cited", "citing",
                   "restate", "restates", "restated", "reaffirm", "reaffirms", "reaffirmed", "claim", "claims",
                   "claimed", "claiming", "repeat", "repeats", "repeated"}
# Of those, verbs whose object is content only with a predicate: "called it a catastrophe", "claiming the island as its own".
NEEDS_PREDICATE = ("call", "dub", "brand", "label", "describ", "claim")

# Nouns that stand for a statement ("according to a statement", "in a readout").
DOCUMENT_NOUNS = {"statement", "statements", "readout", "transcript", "communique", "communiqué", "release",
                  "declaration", "letter", "post", "tweet", "message", "speech", "address", "interview", "briefing",
                  "remarks", "report", "reports", "document", "documents", "note", "summary", "reply", "response",
                  "warning", "announcement", "comments", "comment", "retort", "assessment", "assessments",
                  "estimate", "estimates", "analysis", "intelligence", "findings"}

# Common nouns that never make a speaker on their own (anonymous, non-state sources).
ANONYMOUS_NOUNS = {"expert", "experts", "analyst", "analysts", "observer", "observers", "source", "sources", "resident",
                   "residents", "people", "critic", "critics", "commentator", "commentators", "witness", "witnesses",
                   "insider", "insiders", "researcher", "researchers", "scientist", "scientists", "someone", "many",
                   "some", "others", "poll", "polls", "survey", "study", "report", "reports", "media", "reporter",
                   "reporters", "journalist", "journalists", "one", "man", "woman", "user", "users", "who", "that",
                   "which", "this", "these", "those", "everyone", "anyone", "nobody", "all", "both", "person",
                   "friend", "friends", "neighbour", "neighbours", "neighbor", "neighbors", "viewer", "viewers",
                   "fan", "fans", "worker", "workers", "official", "officials", "diplomat", "diplomats", "spokesman",
                   "spokeswoman", "spokesperson", "leader", "leaders", "minister", "ministers", "lawmaker", "lawmakers",
                   "he", "she", "it", "they", "i", "we", "you"}

# Communication events: trigger word → kind.
EVENT_VERBS: dict[str, str] = {
    **_inflect("meeting", "meet|meets|met|meeting", "host|hosts|hosted|hosting", "receive|receives|received|receiving",
               "summon|summons|summoned|summoning"),
    **_inflect("call", "phone|phones|phoned|phoning", "telephone|telephoned", "call|calls|called|calling"),
    **_inflect("talks", "talk|talks|talked|talking", "speak|speaks|spoke|speaking", "negotiate|negotiates|negotiated|negotiating",
               "confer|conferred", "discuss|discusses|discussed|discussing"),
    **_inflect("visit", "visit|visits|visited|visiting", "travel|travels|travelled|traveled|travelling|traveling",
               "fly|flies|flew|flying", "head|heads|headed|heading"),
}
EVENT_NOUNS: dict[str, str] = {
    "call": "call", "calls": "call", "phone": "call", "conversation": "call", "conversations": "call",
    "meeting": "meeting", "meetings": "meeting", "summit": "meeting", "summits": "meeting", "encounter": "meeting",
    "talks": "talks", "negotiations": "talks", "discussions": "talks", "consultations": "talks",
    "visit": "visit", "visits": "visit", "trip": "visit", "trips": "visit", "tour": "visit",
}
EVENT_ACTS = {"call": "call", "meeting": "meet", "talks": "talk", "visit": "visit"}

# Nouns for groups of participants that refer back to the last pair ("the two leaders").
GROUP_NOUNS = {"leaders", "presidents", "sides", "men", "ministers", "allies", "counterparts", "officials", "parties",
               "delegations", "diplomats"}

# Words that make a verb's event or claim future (beside will/would and future dates).
FUTURE_WORDS = {"will", "'ll", "shall", "would", "may", "might", "could", "expected", "scheduled", "due", "set", "planned",
                "plan", "plans", "planning", "going", "upcoming", "intends", "intend", "intended", "hopes", "hope",
                "wants", "want", "considering", "considers", "consider", "ready", "prepared", "preparing", "proposed",
                "offered", "offers", "next", "later", "another", "possible", "potential", "future"}
