"""Statements: direct quotes, reported speech ("X said that ...", "according to X") and their speakers.

Three kinds of rules, as in the Gender Gap Tracker: *syntactic* (a speech verb whose clausal
complement is the content and whose subject is the speaker), *quote* (quote marks with a cue in
the same sentence, or split around it) and *floating* (a quote paragraph with no cue continues the
previous speaker). Communication events come from `extract.events`.
"""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Span, Token

from .anonymous import anonymous_speaker, is_anonymous_source, named, unresolved_speaker
from .attribution_phrases import attribution_span, attribution_subject, is_attribution
from .clause_facts import facts_of, own_negator
from .content import content_of, span_of, trim
from .dates import date_of
from .document import ArticleDoc
from .drops import make_drop
from .lexicon import DOCUMENT_NOUNS, DOCUMENT_SUBJECT, GROUP_NOUNS, SPEECH_NOUNS, SPEECH_VERBS
from .light_cues import light_rows
from .quotes import QuoteSpan, turn_label
from .readout_cues import readout_rows
from .reported_words import reporting_words
from .statement_dates import StatementDating
from .records import DateInfo, Drop, Statement
from .sentences import ents_of, sentence_of
from .speakers import SpeakerContext, is_anonymous
from .speaker_record import Speaker
from .speech import Cue, addressee_tokens, adjacent_name, cue_span, is_speech_verb, make_statement, phrasal_act, subject_of
from .triggers import triggers_in
from .unreal_speech import unreal_cue
from .withheld_speech import withheld

MIN_QUOTE_WORDS = 4
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# A statement "according to a statement" (a fixed expression) with no author is the participants' own (a call readout).
JOINT_DOCUMENTS = {"statement", "statements", "readout", "communique", "communiqu\u00e9", "transcript", "declaration"}
_HEADLINE = re.compile(r"^(?P<who>[A-Z][^:\n]{1,60}?)\s*:\s+(?P<what>\S.{8,})$")
_DASHES = ("\u2015", "\u2014", "\u2013", "-")
_PRONOUNS = ("he", "she", "they", "it")  # in the non-speaker word list, but resolved like names


def _feared_or_foretold(verb: Token) -> bool:
    """A speech verb with a modal inside what someone else says or thinks ("fears Putin could order",
    "said Russia would announce", "expects Russia to announce"): a possibility in their words, not a statement."""
    facts = facts_of(verb)
    return facts.frame == "reported" and facts.modality in ("possible", "hypothetical", "planned", "expected")


def _under_prep(token: Token, verb: Token) -> bool:
    """Is the name inside a prepositional phrase or object on its way up to the verb?"""
    t = token
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ in ("prep", "pobj", "dobj", "poss"):
            return True
        t = t.head
    return False


class StatementExtractor:
    """Runs the quote, reported-speech and according-to rules over one article."""

    def __init__(self, adoc: ArticleDoc, ctx: SpeakerContext, *, keep_anonymous: bool = True, keep_unresolved: bool = False):
        self.adoc = adoc
        self.keep_anonymous, self.keep_unresolved = keep_anonymous, keep_unresolved
        self.ctx = ctx
        self.used_cues: set[int] = set()
        self.rows: list[Statement] = []
        self.drops: list[Drop] = []  # the candidates a rule discarded
        self._claimed_quotes: set[int] = set()
        self._last: Statement | None = None  # the last statement, for floating quotes
        self._last_speakers: list[Speaker] = []  # and who said it
        self._sent_i = 0  # index of the sentence being read
        self._starts_cache: list[int] | None = None
        self.dating = StatementDating(adoc)  # when things were said: occasions and speakers' last dates
        self._last_sent = -10  # sentence index of self._last

    # ----- helpers ---------------------------------------------------------------------------------
    def _row(self, *, speaker: Speaker, co: list[Speaker], **fields) -> Statement:
        return make_statement(self.adoc, speaker=speaker, co_speakers=[c.name for c in co if c.name != speaker.name],
                              **fields)

    def _emit(self, speakers: list[Speaker], **kwargs) -> None:
        for speaker in speakers:
            row = self._row(speaker=speaker, co=speakers, **kwargs)
            self.rows.append(row)
            self._last = row
        self._last_speakers = list(speakers)
        self._last_sent = self._sent_i
        self.dating.remember(speakers, kwargs["date"], kwargs["content"][0])
        self.ctx.note_speakers(named(speakers), kwargs["content"][0])

    def _drop(self, rule: str, start: int, end: int, sent: Span) -> None:
        """Record that `rule` dropped the candidate `text[start:end]` of sentence `sent`."""
        self.drops.append(make_drop(self.adoc, rule, start, end, self.adoc.sentence_bounds(sent)))

    def _no_speaker(self, cue: Cue, span: tuple[int, int], sent: Span) -> None:
        """Record a cue whose speaker did not resolve: an anonymous source, or a subject no actor answers to."""
        rule = "drop:statement:anonymous" if is_anonymous_source(cue.subject) else "drop:statement:unresolved-speaker"
        self._drop(rule, min(cue.start, span[0]), max(cue.end, span[1]), sent)

    def _date(self, token: Token, content: tuple[int, int] | None = None, speakers: list[Speaker] = (),
              *, quote: bool = False) -> DateInfo:
        """When it was said (`StatementDating.date`)."""
        return self.dating.date(token, self._sent_i, content, speakers, quote=quote)

    def _sentence_of(self, offset: int) -> Span | None:
        for sent in self.adoc.sentences:
            if sent.start_char <= offset < sent.end_char:
                return sent
        return None

    # ----- cues --------------------------------------------------------------------------------
    def _cue(self, token: Token) -> Cue | None:
        """The speech cue of `token` with its subject, or None."""
        found = self._cue_or_drop(token)
        return found if isinstance(found, Cue) else None

    def inner_cue(self, token: Token) -> Cue | None:
        """The speech cue of `token` inside someone's own words, quote marks or not (`extract.nested_speech`)."""
        found = self._cue_or_drop(token, inside=True)
        return found if isinstance(found, Cue) else None

    def _cue_or_drop(self, token: Token, *, inside: bool = False) -> Cue | str | None:
        """The speech cue of `token`; else the id of the drop rule that refuses it, or None when it is no cue.
        A verb inside quote marks is the quoted speaker's words, not a cue, unless `inside`."""
        if is_attribution(token):  # "according to X", "in his words"
            pobj = attribution_subject(token)
            if pobj is None:
                return "drop:statement:no-subject"
            return Cue(token, pobj, *attribution_span(token), "say")
        if not is_speech_verb(token) or (self.adoc.in_quote(token.idx) and not inside):
            return None
        facts = facts_of(token)
        if own_negator(token) is not None and SPEECH_VERBS.get(token.lower_) not in ("deny", "reject"):
            return "drop:statement:negated-cue"  # "the ministry has not said whether ...", "no one has said"
        if withheld(token):
            return "drop:statement:withheld"  # "declined to say", "refused to comment", "has yet to say"
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children) and not any(
                c.dep_ == "agent" for c in token.children):
            return "drop:statement:passive-no-agent"  # "it was announced", "he is said to": no speaker
        if facts.frame == "subjunctive":
            return "drop:statement:mandative"  # "the request that he confirm ...": asked of him, not said by him
        if _feared_or_foretold(token):
            return "drop:statement:feared-or-foretold"  # "Britain fears the general could order": not (yet) said
        unreal = unreal_cue(token)  # "if Putin says", "Putin may claim", "Did Putin tell you ...?"
        if unreal is not None:
            return unreal
        subject = subject_of(token)
        if subject is not None and self.adoc.in_quote(subject.idx) and not inside:
            subject = None
        if token.lower_ in DOCUMENT_SUBJECT and (subject is None or subject.lower_ not in DOCUMENT_NOUNS):
            return None  # "he reads the news": only a text reads out what it says
        if subject is None:
            subject = adjacent_name(token, self.adoc)
            if subject is None:
                return "drop:statement:no-subject"
        start, end = cue_span(token)
        phrasal = phrasal_act(token)
        if phrasal is not None:
            end = max(end, phrasal[1].idx + len(phrasal[1].text)) if phrasal[1].i <= token.i + 2 else end
        act = phrasal[0] if phrasal is not None else SPEECH_VERBS.get(token.lower_, "say")
        return Cue(token, subject, start, end, act)

    def _speakers(self, cue: Cue) -> list[Speaker]:
        found = self._resolve_speakers(cue)
        if not found and not is_attribution(cue.token):
            name = adjacent_name(cue.token, self.adoc)
            if name is not None and name.i != (cue.subject.i if cue.subject is not None else -1):
                found = self.ctx.resolve_all(name, allow_pronouns=False)
        if not found and self.keep_anonymous and is_anonymous_source(cue.subject):
            found = [anonymous_speaker(cue.subject)]
        if not found and self.keep_unresolved and cue.subject is not None:  # PolNeAR: the attribution stage alone
            found = [unresolved_speaker(cue.subject)]
        return found

    def _resolve_speakers(self, cue: Cue) -> list[Speaker]:
        subject = cue.subject
        if subject is None:
            return []
        if is_anonymous(subject) and subject.lower_ not in _PRONOUNS and not (
                self.ctx.participants and subject.lower_ in GROUP_NOUNS):  # a readout's "the leaders" are its participants
            owner = self.ctx.resolve(subject, allow_pronouns=False)  # "Russian officials", "a Kremlin spokesman"
            return [owner] if owner is not None else []
        if is_attribution(cue.token) and subject.lower_ in DOCUMENT_NOUNS:
            owners = self.ctx.resolve_all(subject, allow_pronouns=False)  # its owner or its authors
            if owners or subject.lower_ not in JOINT_DOCUMENTS:
                return owners
            root = sentence_of(cue.token).root
            main_subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
            return self.ctx.resolve_all(main_subject) if main_subject is not None else []
        return self.ctx.resolve_all(subject)

    # ----- quotes ------------------------------------------------------------------------------
    def _quote_cue(self, quote: QuoteSpan) -> Cue | None:
        """The nearest speech cue outside the quote in the sentences the quote touches."""
        doc = self.adoc.doc
        close = quote.close
        para = self.adoc.paragraph_at(quote.open_at)
        sents = [s for s in self.adoc.sentences if s.end_char > quote.open_at and s.start_char <= close + 1]
        dashed = self._dash_cue(quote)
        if dashed is not None:
            return dashed
        best: tuple[int, Cue] | None = None
        for sent in sents:
            for token in sent:
                if not (para.start <= token.idx < para.end) or quote.open_at <= token.idx <= close:
                    continue
                cue = self._cue(token)
                if cue is None or cue.token.i in self.used_cues:
                    continue
                distance = min(abs(token.idx - quote.open_at), abs(token.idx - close))
                if best is None or distance < best[0]:
                    best = (distance, cue)
        if best is not None:
            return best[1]
        # "The minister said:" at the end of the previous sentence of the same paragraph (or the previous paragraph)
        first = sents[0] if sents else None
        if first is not None and first.start > 0:
            prev = sentence_of(doc[first.start - 1])
            prev_text = self.adoc.text[prev.start_char:prev.end_char].rstrip()
            if prev_text.endswith(":"):
                for token in reversed(list(prev)):
                    cue = self._cue(token)
                    if cue is not None and cue.token.i not in self.used_cues:
                        return cue
        return None

    def _turn_label_cue(self, quote: QuoteSpan) -> tuple[Cue, int] | None:
        """A quote that opens with a transcript's turn label ("SMITH: ..."): the label's colon is the cue;
        with it, where the turn's words begin."""
        found = turn_label(self.adoc.text, quote.start)
        if found is None:
            return None
        who = self.adoc.doc.char_span(found[0], found[1], alignment_mode="contract")
        colon = next((t for t in self.adoc.doc[who.end:who.end + 2] if t.text == ":"), None) if who else None
        if who is None or colon is None:
            return None
        return Cue(colon, who.root, colon.idx, colon.idx + 1, "say"), found[2]

    def _dash_cue(self, quote: QuoteSpan) -> Cue | None:
        """"“...” ― Sonya Herridge": a quote signed with a dash and a name."""
        if quote.close_at is None:
            return None
        doc = self.adoc.doc
        m = re.match(r"[\s\u201d\"]*([\u2015\u2014\u2013-])\s*", self.adoc.text[quote.close_at + 1:quote.close_at + 8])
        if m is None:
            return None
        dash_at = quote.close_at + 1 + m.start(1)
        name_at = quote.close_at + 1 + m.end()
        dash = next((t for t in doc if t.idx <= dash_at < t.idx + len(t.text)), None)
        name = [s for s in list(doc.spans.get("actors", [])) + [e for e in ents_of(doc) if e.label_ == "PERSON"]
                if s.start_char == name_at]
        if dash is None:
            return None
        if not name:  # "― Jacklyn Ashley" at the end of the paragraph, missed by NER
            first = next((t for t in doc if t.idx == name_at), None)
            if first is None:
                return None
            words = []
            for t in doc[first.i:first.i + 5]:
                if t.is_space or "\n" in t.text_with_ws:
                    if t.is_title:
                        words.append(t)
                    break
                if not t.is_title:
                    return None
                words.append(t)
            if not 2 <= len(words) <= 4 or doc[words[-1].i + 1:words[-1].i + 2].text.strip() not in ("", "\n"):
                return None
            name = [doc[words[0].i:words[-1].i + 1]]
        return Cue(dash, name[0][-1], dash_at, dash_at + 1, "say")

    def _not_standalone(self, quote: QuoteSpan, cue: Cue | None) -> str | None:
        """Why the quote is no statement of its own (a scare quote, a title, part of a reported clause): the
        drop rule's id, or None when it is one."""
        text = self.adoc.text
        words = len(text[quote.start:quote.end].split())
        if words < MIN_QUOTE_WORDS:
            close = quote.close
            first = text[quote.start:quote.start + 1]
            # "“I would,” Melanie said." is a statement however short, and so is a whole short
            # sentence that goes on from the previous quote ("“We will stay.”")
            beside_cue = cue is not None and 0 <= cue.start - close <= 40
            sent = self._sentence_of(quote.start)
            opens = sent is None or not text[sent.start_char:quote.open_at].strip()  # not 'on “The Lead.”'
            whole_sentence = cue is None and words >= 2 and text[quote.end - 1:quote.end] in ".!?" and opens
            if not first.isupper() or not (beside_cue or whole_sentence):
                return "drop:statement:short-quote"
            if self._short_object(quote):
                return "drop:statement:quote-is-phrase"
        elif words <= 8 and self._short_object(quote, verbless=True):
            return "drop:statement:quote-is-phrase"  # a title: 'the author of "Moscow: A City in Winter,"'
        if not self._quote_like(quote):
            return "drop:statement:scare-quote"
        return "drop:statement:quote-in-reported-clause" if self._inside_reported(quote, cue) else None

    def _inside_reported(self, quote: QuoteSpan, cue: Cue | None) -> bool:
        """Is the quote part of a longer clause its cue reports (3+ words of the clause outside the marks)?"""
        if cue is None or is_attribution(cue.token) or not is_speech_verb(cue.token):
            return False
        content = content_of(cue.token, self.adoc)
        if content is None:
            return False
        c_start, c_end = content.span
        close = quote.close
        if c_start <= quote.start and quote.end <= c_end + 1:
            return len(reporting_words(self.adoc, cue, (c_start, c_end), (quote.open_at, close))) >= 3
        return False

    def _short_object(self, quote: QuoteSpan, *, verbless: bool = False) -> bool:
        """A short quote that is a noun phrase of the sentence, not speech: 'gave Biden a "C," saying ...';
        with `verbless`, only when no word in it is a verb (a title: 'the author of "Yeltsin: A Life"')."""
        span = self.adoc.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or (verbless and any(t.tag_.startswith(("VB", "MD")) for t in span)):
            return False
        roots = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
        return bool(roots) and all(t.dep_ in ("dobj", "pobj", "attr", "appos", "compound", "npadvmod", "oprd")
                                   and not is_speech_verb(t.head) for t in roots)

    def _quote_like(self, quote: QuoteSpan) -> bool:
        """A quotation rather than a scare-quoted phrase: it opens with a capital, follows a colon or
        a cue, or is long, or fills most of its sentence."""
        text = self.adoc.text
        first = text[quote.start:quote.start + 1]
        before = text[max(0, quote.open_at - 3):quote.open_at].strip()
        if first.isupper() or first.isdigit() or before.endswith((":", ",")) or not before:
            return True
        words = len(text[quote.start:quote.end].split())
        sent = self._sentence_of(quote.start)
        sent_words = len(sent.text.split()) if sent is not None else words
        return words >= 12 or words >= 0.5 * sent_words

    def quote(self, quote: QuoteSpan, sent: Span) -> None:
        """A row for a standalone quote: with a cue, or continuing the previous speaker (a quote split
        around its cue, or a quote that opens a sentence or paragraph with no cue of its own)."""
        label = self._turn_label_cue(quote)  # (cue, where the turn's words begin)
        cue = label[0] if label else self._quote_cue(quote)
        why = self._not_standalone(quote, cue)
        if why is not None:
            self._drop(why, quote.start, quote.end, sent)
            return
        speakers: list[Speaker] = []
        method = "quote:cue"
        date: DateInfo | None = None
        if cue is not None:
            self.used_cues.add(cue.token.i)
            speakers = self._speakers(cue)
            if not speakers:
                self._no_speaker(cue, (quote.start, quote.end), sent)
                return
            date = self._date(cue.token, (quote.start, quote.end), speakers, quote=True)
            method = "quote:turn-label" if label else "quote:dash" if cue.token.text in _DASHES else \
                "quote:dash-led" if self.adoc.text[quote.open_at] in _DASHES else "quote:cue"
        elif self._continues_last(quote, sent):
            last = self._last
            speakers = [s.at(None) for s in self._last_speakers]
            date = last.date
            method = "quote:continued" if self._last_sent == self._sent_i else "quote:floating"
        if not speakers:
            self._drop("drop:statement:quote-no-speaker", quote.start, quote.end, sent)
            return
        self._claimed_quotes.add(quote.open_at)
        self._emit(speakers, kind="direct_quote", act=cue.act if cue else "say", cue=cue,
                   content=(label[1] if label else quote.start, quote.end),
                   sent=sent, date=date, method=method,
                   addressees=self._addressees(cue, speakers[0]) if cue else [])
        if cue is not None and cue.start > quote.end:
            # "“A. B,” X said. “C.”": the next quote continues from the cue's sentence, not the quote's first
            self._last_sent = max(self._last_sent, self._sentence_index(cue.start))

    def _sentence_index(self, offset: int) -> int:
        """Index (in `adoc.sentences`) of the story sentence holding `offset`."""
        starts = self._sentence_starts
        return max(0, bisect.bisect_right(starts, offset) - 1)

    @property
    def _sentence_starts(self) -> list[int]:
        if self._starts_cache is None:
            self._starts_cache = [s.start_char for s in self.adoc.sentences]
        return self._starts_cache

    def _continues_last(self, quote: QuoteSpan, sent: Span) -> bool:
        """May a quote with no cue take the previous statement's speaker?"""
        if self._last is None:
            return False
        if self._last_sent == self._sent_i:
            return True
        previous = [q for q in self.adoc.quotes if q.open_at < quote.open_at]
        if previous and previous[-1].close_at is None and self._last.content_start == previous[-1].start and \
                self._sent_i - self._last_sent <= 3:
            return True  # a quote left open, then a new opening mark: the same speaker goes on
        opens = self._starts_paragraph(quote) or not self.adoc.text[sent.start_char:quote.open_at].strip(" \t\n-\u2014:'\"\u201c\u2018")
        para_gap = self.adoc.paragraph_index(quote.open_at) - self.adoc.paragraph_index(self._last.sentence_start)
        return opens and self._sent_i - self._last_sent <= 2 and para_gap <= 2

    def _starts_paragraph(self, quote: QuoteSpan) -> bool:
        para = self.adoc.paragraph_at(quote.open_at)
        return not self.adoc.text[para.start:quote.open_at].strip(" \t\n'")

    def _addressees(self, cue: Cue | None, speaker: Speaker) -> list[Speaker]:
        if cue is None:
            return []
        found = []
        for token in addressee_tokens(cue.token):
            s = self.ctx.addressee_of(token, speaker)
            if s is not None:
                found.append(s)
        return found

    # ----- reported speech ---------------------------------------------------------------------
    def reported(self, sent: Span) -> None:
        """Rows for speech verbs with a clausal complement, and for 'according to X'."""
        seen: set[int] = set()  # a word two cue patterns match is one cue
        for trigger in triggers_in(sent, "cue:"):
            token = trigger[0]
            if token.i in self.used_cues or token.i in seen:
                continue
            seen.add(token.i)
            cue = self._cue_or_drop(token)
            if isinstance(cue, str):
                self._drop(cue, token.idx, token.idx + len(token.text), sent)
            elif cue is not None:
                self._reported(cue, sent)

    def _reported(self, cue: Cue, sent: Span) -> None:
        """The row of one speech cue (or the drop that discards it)."""
        token = cue.token
        if is_attribution(token):
            if any(r.sentence_start == self.adoc.sentence_bounds(sent)[0] for r in self.rows):
                # the sentence's statement already has its speaker ("..., Tsai told ..., according to ...")
                self._drop("drop:statement:sentence-taken", cue.start, cue.end, sent)
                return
            content = self._according_content(token, sent)
            date_token, rule, why = sent.root, "reported:according-to", "drop:statement:content-too-short"
        else:
            found = content_of(token, self.adoc)
            content, rule = (found.span, found.rule) if found is not None else (None, "")
            date_token, why = token, "drop:statement:no-content"
        if content is None:
            self._drop(why, cue.start, cue.end, sent)
            return
        if any(q.open_at in self._claimed_quotes and content[0] <= q.start and q.end <= content[1] + 1
               and (q.end - q.start) > 0.8 * (content[1] - content[0]) for q in self.adoc.quotes):
            self._drop("drop:statement:duplicate", *content, sent)
            return  # the content is a quote already taken as a direct quote
        speakers = self._speakers(cue)
        self.used_cues.add(token.i)
        if not speakers:
            self._no_speaker(cue, content, sent)
            return
        self._emit(speakers, kind="reported_speech", act=cue.act, cue=cue, content=content, sent=sent,
                   date=self._date(date_token, content, speakers), method=rule,
                   addressees=self._addressees(cue, speakers[0]))

    def noun_clauses(self, sent: Span) -> None:
        """Rows for a speech noun with its that-clause, said by its owner ("Putin's claims that ..."), and the
        light-verb cues ("Romania has raised concerns that ...", `extract.light_cues`)."""
        for trigger in triggers_in(sent, "noun:speech-noun"):
            noun = trigger[0]
            if noun.i in self.used_cues:
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            clause = self._that_clause(noun)
            if owner is None or clause is None:
                continue
            self._noun_statement(Cue(noun, owner, noun.idx, noun.idx + len(noun.text), SPEECH_NOUNS[noun.lower_]),
                                 span_of([clause]), sent, "noun:owner")
        light_rows(self, sent)

    def _noun_statement(self, cue: Cue, content: tuple[int, int], sent: Span, rule: str) -> None:
        """One row for a speech noun's content (the span `content`), said by the cue's subject; `rule` is its method."""
        content = trim(self.adoc.text, *content)
        speakers = self._speakers(cue)
        self.used_cues.add(cue.token.i)
        if not speakers:
            self._no_speaker(cue, content, sent)
        elif content[1] - content[0] <= 8:
            self._drop("drop:statement:content-too-short", min(cue.start, content[0]), max(cue.end, content[1]), sent)
        else:
            self._emit(speakers, kind="reported_speech", act=cue.act, cue=cue, content=content, sent=sent,
                       date=self._date(cue.token, content, speakers), method=rule)

    def headlines(self) -> None:
        """Headline attributions: "Putin: Russia has no plans to invade" (a name, a colon, the claim)."""
        published = self.adoc.article.published
        taken = {r.sentence_start for r in self.rows}
        for sent in self.adoc.headings + self._title_sentences():
            s_start, s_end = self.adoc.sentence_bounds(sent)
            m = _HEADLINE.match(self.adoc.text[s_start:s_end])
            if m is None:
                continue
            if s_start in taken:
                self._drop("drop:statement:sentence-taken", s_start, s_end, sent)
                continue
            who = sent.doc.char_span(s_start + m.start("who"), s_start + m.end("who"), alignment_mode="contract")
            colon = next((t for t in sent if t.idx == s_start + m.end("who") + m.group(0)[m.end("who"):].index(":")), None)
            if who is None or colon is None or not 1 <= len(who) <= 6:
                continue
            cue = Cue(colon, who.root, colon.idx, colon.idx + 1, "say")
            speakers = self._speakers(cue)
            if not speakers:
                self._no_speaker(cue, (s_start, s_end), sent)
                continue
            date = date_of(colon, published)
            if date.precision in ("published", "none") and self.dating.lede_occasion is not None:
                date = self.dating.lede_occasion
            content = trim(self.adoc.text, s_start + m.start("what"), s_end)
            self._emit(speakers, kind="reported_speech", act="say", cue=cue, content=content, sent=sent, date=date,
                       method="headline:name-colon")

    def _title_sentences(self) -> list[Span]:
        """The article's first paragraph when it is a short title line, even one ending in punctuation."""
        paragraphs = self.adoc.paragraphs
        if len(paragraphs) < 2:
            return []
        first = paragraphs[0]
        if len(self.adoc.text[first.start:first.end].split()) > 25:
            return []
        return [s for s in self.adoc.sentences if first.start <= s.start_char < first.end]

    @staticmethod
    def _that_clause(noun: Token) -> Token | None:
        return next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                     and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)

    def _according_content(self, according: Token, sent: Span) -> tuple[int, int] | None:
        """The clause an 'according to X' phrase attributes: the sentence without that phrase."""
        phrase_start = according.left_edge.idx
        last = according.right_edge
        phrase_end = last.idx + len(last.text)
        s_start, s_end = self.adoc.sentence_bounds(sent)
        before = trim(self.adoc.text, s_start, phrase_start)
        after = trim(self.adoc.text, phrase_end, s_end)
        best = max((before, after), key=lambda span: span[1] - span[0])
        return best if best[1] - best[0] >= 8 else None

    def run(self, events=None) -> list[Statement]:
        """Walk the sentences in order, so pronouns and floating quotes see only what came before."""
        pending = list(self.adoc.quotes)
        for self._sent_i, sent in enumerate(self.adoc.sentences):
            s_start, s_end = self.adoc.sentence_bounds(sent)
            while pending and pending[0].start < s_end:
                quote = pending.pop(0)
                if quote.start >= s_start:
                    self.quote(quote, sent)
            self.reported(sent)
            self.noun_clauses(sent)
            readout_rows(self, sent)
            self.dating.note_dates(sent, self._sent_i)
            if events is not None:
                for row in events.sentence(sent, self.used_cues):
                    self.rows.append(row)
            self.ctx.note_sentence(sent)
        self.headlines()
        return self.rows


def extract_statements(adoc: ArticleDoc, ctx: SpeakerContext, *, events: bool = True,
                       keep_anonymous: bool = True, keep_unresolved: bool = False,
                       drops: list[Drop] | None = None) -> list[Statement]:
    """Quotes, reported speech and (with `events`) communication events of one article, in text order;
    the candidates the rules dropped are added to `drops` when it is given."""
    from .events import EventExtractor
    from .readout_participants import readout_participants
    from .readout_titles import title_event_rows

    extractor = StatementExtractor(adoc, ctx, keep_anonymous=keep_anonymous, keep_unresolved=keep_unresolved)
    event_extractor = EventExtractor(adoc, ctx) if events else None
    ctx.participants = readout_participants(adoc, ctx, event_extractor or EventExtractor(adoc, ctx))
    rows = extractor.run(event_extractor)
    if event_extractor is not None:
        rows += title_event_rows(adoc, ctx, rows)
    rows.sort(key=lambda r: (r.content_start, r.speaker))
    if drops is not None:
        drops += extractor.drops + (event_extractor.drops if event_extractor is not None else [])
    return rows
