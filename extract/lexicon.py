"""The word lists of statements and events, read from `resources/lexicon/` (see `extract.vocabulary`).

The rules match lower-cased forms (`token.lower_`): every set here holds all the forms of the lemmas
in the data files, so a data row covers each inflection. The files give each word's class (its
speech act, its event kind) and why it is there; keep them linguistic and general: never add a word
for one article.
"""
from __future__ import annotations

from .vocabulary import classes_by_form, family, flagged, forms, inflect


# Verbs that introduce what someone said (form → speech act).
SPEECH_VERBS: dict[str, str] = classes_by_form("speech_verbs")
# Verbs that are speech only with these particles/prepositions ("called for", "ruled out", "lashed out at").
PHRASAL_SPEECH: dict[tuple[str, str], str] = {tuple(e.lemma.split(" ", 1)): e.cls for e in family("speech_phrasal").values()}
_PHRASAL_HEADS = {head for head, _ in PHRASAL_SPEECH}
# Form of a phrasal head → the head ("called" → "call").
BASE_FORMS: dict[str, str] = {form: head for head in sorted(_PHRASAL_HEADS) for form in inflect(head, "VERB")}
# Verbs whose content is the object only inside a PHRASAL_SPEECH pair or with an "as"/predicate complement.
PHRASAL_ONLY = flagged("speech_verbs", "phrasal_only") | frozenset(
    form for head in _PHRASAL_HEADS if head not in family("speech_verbs") for form in inflect(head, "VERB"))
# Verbs that only count as speech with a clause ("believe that", "suggest that"), never with an object.
CLAUSE_ONLY = flagged("speech_verbs", "clause_only")
# Verbs that are speech only with a document as their subject ("the message reads", not "he reads").
DOCUMENT_SUBJECT = flagged("speech_verbs", "document_subject")
# "say"-type verbs that may still take their content as an object ("branded it a catastrophe").
SAY_WITH_OBJECT = flagged("speech_verbs", "object_content")
# Of those, verbs whose object is content only with a predicate: "called it a catastrophe", "claims the region as its own".
NEEDS_PREDICATE = tuple(sorted(flagged("speech_verbs", "needs_predicate")))
# Verbs whose object's "of"/"for" phrase belongs to the content: "accused [Russia of lying]", "thanked [Kyiv for its help]".
WITH_REASON = flagged("speech_verbs", "with_reason")
# Verbs whose object is the speaker of an "as saying" after it: "Interfax quoted [Peskov] as saying ...".
QUOTES_SPEAKER = flagged("speech_verbs", "quotes_speaker")
# Verbs whose object is who is spoken to: "[Russia is ready], he told [the Senate]" (the clause before is the content).
ADDRESSEE_OBJECT = flagged("speech_verbs", "addressee_object")

# Nouns that carry a statement as a that-clause, after a light verb ("raised concerns that ...").
SPEECH_NOUNS: dict[str, str] = classes_by_form("speech_nouns")
# Of those, nouns whose content is only their that-clause ("the statement that ...", not "made statements for the press").
CLAUSE_ONLY_NOUNS = flagged("speech_nouns", "clause_only")
LIGHT_VERBS = forms("light_verbs")
# Speech acts whose verb may take its content as an object (not a clause): "the ministry denied any plan to attack".
OBJECT_CONTENT_ACTS = {"deny", "announce", "reject", "propose", "demand", "accuse", "criticise", "confirm", "promise",
                       "threaten", "warn", "agree", "urge", "say"}

# Nouns that stand for a statement ("according to a statement", a fixed expression; "in a readout").
DOCUMENT_NOUNS = forms("document_nouns")
# Of those, texts someone sends: any of them refers back to the last one sent ("sent greetings ... The message reads").
MESSAGE_NOUNS = forms("document_nouns", "message")
# Verbs whose subject is the author of their document object ("the Senate adopted a resolution").
AUTHOR_VERBS = forms("document_verbs")
# Unnamed officials and state bodies that refer back when definite ("the official added"): form → official/agency.
OFFICIAL_NOUNS: dict[str, str] = classes_by_form("official_nouns")
# Words that never make a speaker on their own (anonymous, non-state sources).
ANONYMOUS_NOUNS = forms("non_speakers")
# Those of them that, owned by no actor, make an anonymous row ("experts say"; not pronouns, office holders or the press).
ANONYMOUS_SOURCES = forms("non_speakers", "anonymous")

# Communication events: trigger word → kind.
EVENT_VERBS: dict[str, str] = classes_by_form("event_verbs")
EVENT_NOUNS: dict[str, str] = classes_by_form("event_nouns")
EVENT_ACTS = {"call": "call", "meeting": "meet", "talks": "talk", "visit": "visit"}

# Nouns for groups of participants that refer back to the last pair ("the two leaders").
GROUP_NOUNS = forms("group_nouns", "group")
# Plural nouns for states that refer back to the pair last named ("both countries": `extract.state_pairs`).
STATE_GROUP_NOUNS = forms("group_nouns", "states")
# Nouns for a situation between states ("the Russia-Ukraine conflict"): their modifiers name no event's sides.
SITUATION_NOUNS = forms("situation_nouns")
AUDIENCE_NOUNS = forms("audience_nouns")  # "spoke to the people of Israel": an address, not talks
FORCE_WORDS = forms("force_nouns")  # "troops", "forces": people visited whose country modifier is no place
# Words around an event word (`extract.event_reality`): refusal verbs, unreal determiners, containers, members.
EVENT_REFUSALS = forms("event_frames", "refusal")
EVENT_PROPOSALS = forms("event_frames", "proposal", "attempt")  # "urged talks", "tried to call"
EVENT_APPEALS = forms("event_frames", "appeal")
# Event nouns that are an appeal with a "for" phrase or a to-infinitive ("a call for talks", "a call to send troops").
EVENT_APPEAL_NOUNS = forms("appeal_nouns")
EVENT_UNREAL = forms("event_frames", "unreal")
EVENT_CONTAINERS = forms("event_frames", "container")
EVENT_PROSPECTS = forms("event_frames", "prospect")
EVENT_READINESS = forms("event_frames", "readiness")
EVENT_ENABLERS = forms("event_frames", "enabler")
EVENT_IDIOM_OBJECTS = forms("event_frames", "idiom")
EVENT_TOPICS = forms("event_frames", "topic")
EVENT_OUTSIDERS = forms("event_frames", "outside")  # "welcomed the meeting": the subject is no side of it
BODY_MEMBERS = forms("event_frames", "member")
SUMMITS = forms("event_frames", "summit")
