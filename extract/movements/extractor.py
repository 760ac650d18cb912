"""The movement extractor: force nouns of each sentence, one candidate per force, one row per status."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Span, Token

from ..countries import country_name
from ..dates import clause_date
from ..document import ArticleDoc
from ..drops import make_drop, status_rule
from ..records import Drop, Movement, Statement
from ..speakers import SpeakerContext
from ..triggers import triggers_in
from .actors import ActorFinder
from .clauses import Candidate, Clause, _is_frame, climb, is_verb, own_clauses
from .reinforcements import reinforced
from .force_numbers import companion_target, increase_target, own_place, summed
from .forces import force_kind, number_phrase
from .merge import merge_mentions
from .negation import negated
from .quote_sources import has_source
from .places import BareBorder, PlaceFinder, PlaceHit, _most_specific
from .exercises import in_exercises
from .status import NOT_WITHDRAWN, Reading, read_status
from .taken_places import takes_place
from .words import (
    ADVANCE_NOUNS, ARRIVE, CARRY_OUT_VERBS, CASUALTY, CASUALTY_MODIFIERS, COMPRISE, CONDUCT_VERBS, COPULA,
    DELIVERY_VERBS, DEPART_VERBS, EQUIPMENT, FORMATION_NOUNS, HISTORY_BEFORE, HISTORY_WORDS, LAUNCHED_NOUNS, LAUNCH_VERBS,
    MAX_MEMBERS, NAME_MODIFIERS, NATO_MEMBERS, NEEDS_PREP_NOUNS, PERSONNEL, PRESENCE_NOUNS, RAISING, UNIT_NOUNS,
    _NON_ARRIVAL_CAPTURE, _STRIKE_NOUNS,
)


def _comprising(cand: Candidate, by_i: dict[int, Candidate]) -> Candidate | None:
    """"X comprises / includes / involves N troops": the number belongs to X."""
    head = cand.noun.head
    if cand.noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in COMPRISE:
        head = head.head  # "comprises of some 12,000 troops"
    if cand.noun.dep_ not in ("dobj", "attr", "pobj") or head.lower_ not in COMPRISE:
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return by_i.get(subject.i) or next((by_i[t.i] for t in subject.subtree if t.i in by_i and t.i != cand.noun.i), None)


def _enclosing(cand: Candidate, by_i: dict[int, Candidate]) -> Candidate | None:
    """The force noun whose phrase holds this one: "columns of troops", "a force of 4,000 soldiers", "troops
    and tanks"."""
    t = cand.noun
    for _ in range(4):
        if t.head.i == t.i:
            return None
        if not (t.dep_ in ("conj", "appos", "compound", "nmod", "amod", "cc", "nummod") or (
                t.dep_ == "pobj" and t.head.lower_ == "of") or (t.dep_ == "prep" and t.lower_ == "of")):
            return None
        t = t.head
        if is_verb(t):
            return None
        if t.i in by_i and by_i[t.i] is not cand:
            return by_i[t.i]
    return None


def _reinforcing(cand: Candidate, by_i: dict[int, Candidate]) -> Candidate | None:
    """"bolster its forces in Estonia with 800 soldiers": the soldiers join the forces reinforced."""
    obj = reinforced(cand.noun)
    return by_i.get(obj.i) if obj is not None else None


def _joined(cand: Candidate, by_i: dict[int, Candidate]) -> Candidate | None:
    """The force whose number this one's is: an increase ("grew by 5,000 soldiers") or a companion ("together with
    some 200 paratroopers"); the count becomes the increase or the sum (`force_numbers`)."""
    increase = increase_target(cand.noun)
    target = by_i.get(increase.i) if increase is not None else None
    if target is not None and target is not cand and cand.count is not None and cand.count.value is not None:
        target.count, target.count_span, target.kind = cand.count, cand.count_span, cand.kind
        target.members.append(cand.noun)
        return target
    companion = companion_target(cand.noun)
    target = by_i.get(companion.i) if companion is not None else None
    if target is None or target is cand:
        return None
    _add(cand, target)
    return target


def _add(cand: Candidate, target: Candidate) -> None:
    """Two forces of personnel sent together: one force of both numbers; else the usual fold."""
    total = summed(target.count, cand.count) if cand.kind == target.kind == "personnel" else None
    if total is None:
        _fold(cand, target)
        return
    spans = [sp for sp in (target.count_span, cand.count_span) if sp]
    target.count, target.count_span = total, (min(a for a, _ in spans), max(b for _, b in spans))
    target.members.append(cand.noun)


def _fold(cand: Candidate, target: Candidate) -> None:
    """Merge `cand` into the force it belongs to; a personnel number wins over a count of units or vehicles."""
    if cand.noun.dep_ == "conj" and cand.noun.head.i == target.noun.i and not own_place(cand.noun, target.noun) and summed(
            target.count, cand.count) is not None and cand.kind == target.kind == "personnel":
        _add(cand, target)  # "400 marines and 900 infantry": 1,300
        return
    if cand.count is not None and cand.count.value is not None and (
            target.count is None or target.count.value is None or target.kind not in ("personnel",)
            and cand.kind == "personnel"):
        if cand.kind == "personnel" or target.kind != "personnel":
            target.count, target.count_span = cand.count, cand.count_span
            if cand.kind == "personnel" and target.kind in ("equipment", "presence", "unit"):
                target.kind = "personnel" if target.kind != "unit" else target.kind
    elif target.count is None and cand.count is not None:
        target.count, target.count_span = cand.count, cand.count_span
    target.members.append(cand.noun)


class MovementExtractor(PlaceFinder, ActorFinder):
    """Finds movements sentence by sentence and records the candidates it drops (`Drop`, by rule id)."""

    def __init__(self, adoc: ArticleDoc, ctx: SpeakerContext, statements: Iterable[Statement] = ()):
        self.adoc = adoc
        self.ctx = ctx
        statements = list(statements)
        # whose words a force noun stands in: "I ordered forces to Germany" is the speaker's state
        self._quoted = [(st.content_start, st.content_end, st.speaker_country, st.speaker_type, st.speaker_role)
                        for st in statements if st.kind in ("direct_quote", "reported_speech") and st.speaker_country]
        self.drops: list[Drop] = []
        self.flags: Counter[str] = Counter()  # rows kept with a caveat, by note
        self._sent: Span | None = None
        low = adoc.text.lower()
        self._has_nato = "nato" in low or "alliance" in low
        self._rows: list[tuple[int, Movement, str]] = []  # (sentence index, row, force lemma)
        self._sent_places: list[list[object]] = []
        self._sent_index = 0
        # rows whose forces are only equipment, by id; the rows are held so that no later row can take a freed id
        self._equipment_only: dict[int, Movement] = {}

    # ----- driving ---------------------------------------------------------------------------------
    def run(self) -> list[Movement]:
        rows: list[Movement] = []
        for i, sent in enumerate(self.adoc.sentences):
            self._sent_index, self._sent = i, sent
            self.ctx.note_sentence(sent)
            rows.extend(self.sentence(sent))
        return self.equipment_filter(self._home_filter(rows))

    def sentence(self, sent: Span) -> list[Movement]:
        from ..places import place_refs

        refs = place_refs(sent, context=self.adoc.context, every_mention=True)
        self._refs = [(ref, self._ref_tokens(sent, ref)) for ref in refs]
        self._sent_places.append([r for r, _ in self._refs])
        nouns = []
        for trigger in triggers_in(sent, "force:"):  # force:noun, then force:pronoun, token by token
            t = trigger[0]
            if nouns and nouns[-1][0].i == t.i:
                continue
            if trigger.label_ == "force:noun":
                kind = force_kind(t)
            else:
                kind = "pronoun" if self._pronoun_antecedent(t) is not None else None
            if kind is None:
                continue
            if self.adoc.in_quote(t.idx) and not self._speaker_at(t.idx) and not has_source(self.adoc, t):
                self._drop("drop:movement:quoted-no-speaker", t)
                continue
            nouns.append((t, kind))
        if not nouns:
            return []
        cands = []
        for noun, kind in nouns:
            count, span = number_phrase(noun) if kind not in ("pronoun", "advance", "presence") else (None, None)
            cands.append(Candidate(noun, kind, count, span, climb(noun)))
        cands = self._merge(cands)
        rows: list[Movement] = []
        for cand in cands:
            rows.extend(self._rows_of(cand, sent))
        rows = self._dedupe(rows, sent)
        for row in rows:
            self._rows.append((self._sent_index, row, row.force))
        return rows

    def _merge(self, cands: list[Candidate]) -> list[Candidate]:
        """One candidate per force: "troops and paratroopers", "a force of up to 4,000 soldiers", "the
        brigade comprises 5,000 troops", "the number of troops" (a fixed expression)."""
        by_i = {c.noun.i: c for c in cands}
        out: list[Candidate] = []
        for cand in cands:
            if _is_frame(cand.noun) and len(cands) > 1:
                continue  # "sending tanks as part of NATO's presence": the presence frames the tanks
            if _joined(cand, by_i) is not None:
                continue
            target = _comprising(cand, by_i) or _enclosing(cand, by_i) or _reinforcing(cand, by_i)
            if target is not None and target is not cand:
                _fold(cand, target)
                continue
            out.append(cand)
        return out

    def _dedupe(self, rows: list[Movement], sent: Span) -> list[Movement]:
        """One row per (actor, destinations, status) per sentence; the row with a number wins, then the row of
        personnel over one of equipment alone."""
        out: list[Movement] = []
        for row in rows:
            key = (row.actor, tuple(sorted(row.destinations)), tuple(row.destination_places), row.status)
            twin = next((r for r in out if (r.actor, tuple(sorted(r.destinations)), tuple(r.destination_places),
                                            r.status) == key), None)
            if twin is None:
                out.append(row)
                continue
            if (twin.troops is None and row.troops is not None) or (
                    id(twin) in self._equipment_only and id(row) not in self._equipment_only):
                out[out.index(twin)], row = row, twin  # a number, then named personnel, wins
            self.drops.append(self._row_drop("drop:movement:duplicate", row))
        return out

    # ----- drops -----------------------------------------------------------------------------------------
    def _drop(self, rule: str, noun: Token) -> None:
        """Record that `rule` dropped the candidate of force noun `noun` in the current sentence."""
        sent = self.adoc.sentence_bounds(self._sent) if self._sent is not None else None
        self.drops.append(make_drop(self.adoc, rule, noun.idx, noun.idx + len(noun.text), sent))

    def _row_drop(self, rule: str, row: Movement) -> Drop:
        """The `Drop` of a row built and then discarded by `rule`."""
        return make_drop(self.adoc, rule, row.char_start, row.char_end, (row.sentence_start, row.sentence_end))

    # ----- one candidate ------------------------------------------------------------------------------
    def _rows_of(self, cand: Candidate, sent: Span) -> list[Movement]:
        noun = cand.noun
        main = cand.clause
        if cand.kind != "advance" and self._is_casualty(noun, main):  # "the thrust struck from Belarus" moves
            self._drop("drop:movement:casualty", noun)
            return []
        clauses = [main] + [c for t in [noun, *cand.members] for c in own_clauses(t)]
        rows: list[Movement] = []
        main_row: Movement | None = None
        main_actor = self._actor(cand, main) if main.kind != "own" else (None, None)
        main_reading = read_status(main, noun, cand.kind, True, False)
        if main.pred is not None and is_verb(main.pred) and (main.pred.lower_ in RAISING | COPULA) and (
                negated(main.pred, main.governors, noun) in ("negated",)):
            clauses = [main]  # "we don't see units pulling back": what is not seen is no movement
        for k, clause in enumerate(clauses):
            if k > 0 and clause.pred is not None and (clause.pred.lower_ in CASUALTY or (
                    clause.pred.lower_ in _NON_ARRIVAL_CAPTURE and any(
                        c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who") for c in clause.pred.children))):
                continue  # "Russian service members they capture", "troops killed near Kyiv"
            row = self._row(cand, clause, sent, is_main=k == 0, main_actor=main_actor)
            if row is None:
                continue
            if k == 0:
                main_row = row
            elif main_row is not None and set(row.destinations) <= set(main_row.destinations) and set(
                    row.destination_places) <= set(main_row.destination_places):
                self.drops.append(self._row_drop("drop:movement:clause-adds-no-place", row))
                continue  # "those deployed to Ukraine could be sent to Kyiv": the clause adds no place
            elif k > 0 and clause.pred is not None and clause.pred.tag_ == "VBG" and (
                    main_reading.future or main_reading.status == "planned"):
                self.drops.append(self._row_drop("drop:movement:clause-is-the-plan", row))
                continue  # "positioned to send troops pouring across the border": the motion is the plan's
            rows.append(row)
        if _equipment_only(cand):
            self.mark_equipment_only(rows)
        return rows

    def _row(self, cand: Candidate, clause: Clause, sent: Span, *, is_main: bool,
             main_actor: tuple[str | None, Token | None] = (None, None)) -> Movement | None:
        """The movement row of one clause of a candidate, or None (a main clause's drop recorded in `drops`)."""
        pred = clause.pred
        if is_main and clause.kind == "own":
            return None
        if pred is not None and self._is_delivery(cand, pred):
            self._drop("drop:movement:weapons-delivery", cand.noun)
            return None
        actor, actor_token = self._actor(cand, clause) if not is_main else main_actor
        if not actor and main_actor[0]:
            actor, actor_token = main_actor
        places = self._places(cand, clause, sent, actor)
        dests = [p for p in places if p.role == "dest"]
        origins = [p for p in places if p.role == "origin"]
        if self._not_news(cand, clause, sent, actor_token, is_main=is_main):
            return None
        read = self._read(cand, clause, dests, origins, actor, is_main=is_main)
        if read is None:
            return None
        reading, anaphor = read
        if reading.rule == NOT_WITHDRAWN:
            dests = origins  # "would not withdraw its soldiers from Georgia": they stay in Georgia
        date = self._date(cand, clause, is_main=is_main)
        if date is None:
            return None
        if actor is None:
            dest_codes = {p.ref.place.iso3 for p in dests if not isinstance(p.ref, BareBorder) and p.ref.place.iso3}
            actor = self._context_actor(cand, clause, reading.status, dest_codes, future=reading.future)
        if not actor:
            if is_main:
                self._drop("drop:movement:no-actor", cand.noun)
            return None
        dest_refs = self._destinations(cand, clause, sent, actor, reading, dests, anaphor, is_main=is_main)
        if dest_refs is None:
            return None
        return self._build(cand, clause, sent, actor, actor_token, reading, dest_refs, origins, date)

    def _not_news(self, cand: Candidate, clause: Clause, sent: Span, actor_token: Token | None, *,
                  is_main: bool) -> bool:
        """A question ("Will the Russian troops go home or invade Ukraine?") or Soviet history ("the Soviet Union
        sent tanks into Hungary")."""
        pred = clause.pred
        if sent.text.rstrip().rstrip("\"'\u201d\u2019").endswith("?"):
            if is_main:
                self._drop("drop:movement:question", cand.noun)
            return True
        owners = [c for c in pred.children if c.dep_ in ("nsubj", "agent")] if pred is not None and is_verb(pred) else []
        owner_words = {t.lower_ for o in owners for t in o.subtree} | {
            t.lower_ for t in cand.noun.subtree if t.i < cand.noun.i} | (
            {actor_token.lower_} if actor_token is not None else set())
        if owner_words & HISTORY_WORDS:
            if is_main:
                self._drop("drop:movement:history", cand.noun)
            return True
        return False

    def _read(self, cand: Candidate, clause: Clause, dests: list[PlaceHit], origins: list[PlaceHit],
              actor: str | None, *, is_main: bool) -> tuple[Reading, list] | None:
        """The clause's status (adding the places of an invasion launched to `dests`), and the places a definite
        force noun takes from the story; None when the clause states no movement."""
        noun, pred = cand.noun, clause.pred
        invasion = self._invasion_object(pred) if pred is not None else None
        if invasion is not None:  # "launched the invasion of Kuwait"
            for prep in invasion.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "into", "on", "in", "against"):
                    dests += self._phrase_places(prep, "dest")
        has_border = any(isinstance(p.ref, BareBorder) or p.ref.precision == "border" for p in dests)
        anaphor = [] if dests else self._anaphor_places(cand)
        city = any(not isinstance(p.ref, BareBorder) and p.ref.place.kind == "city" for p in dests)
        reading = read_status(clause, noun, cand.kind, bool(dests or anaphor), has_border,
                              arrival=invasion is not None, city=city)
        if reading.status is None:
            if is_main:
                self._drop(status_rule(reading.drop), noun)
            return None
        if reading.status == "withdrawn" and pred is not None and pred.lower_ in DEPART_VERBS and actor:
            left = [ref for ref, toks in self._refs for c in pred.children if c.dep_ == "dobj" and c.i in toks]
            left += [p.ref for p in origins if not isinstance(p.ref, BareBorder)]
            if left and all(ref.place.iso3 == actor for ref in left):  # "troops will depart Fort Bragg"
                reading = Reading("announced", reading.cue, future=reading.future, rule="movement:leaving-home")
        return reading, anaphor

    def _date(self, cand: Candidate, clause: Clause, *, is_main: bool):
        """When the movement happened, was announced or will happen; None for one soldier or for history."""
        if cand.kind == "personnel" and cand.count is not None and cand.count.value == 1 and cand.noun.tag_ == "NN":
            if is_main:
                self._drop("drop:movement:single-soldier", cand.noun)
            return None  # "even one Russian troop further invading Ukraine is a serious matter"
        date = clause_date(clause.pred if clause.pred is not None else cand.noun, self.adoc.article.published)
        if date.start is not None and date.precision in ("day", "week", "month", "year") and \
                date.start.year < HISTORY_BEFORE:
            self._drop("drop:movement:history", cand.noun)
            return None
        return date

    def _destinations(self, cand: Candidate, clause: Clause, sent: Span, actor: str, reading: Reading,
                      dests: list[PlaceHit], anaphor: list, *, is_main: bool) -> list | None:
        """Where the forces are or go: the places of the clause, else of the story; None when the row is dropped
        (its own forces at home, or no place for a movement that needs one)."""
        dest_refs = self._dest_refs(dests, actor, reading.status)
        if dest_refs is None:
            self._drop("drop:movement:own-forces-at-home", cand.noun)
            return None
        if not dest_refs:
            dest_refs = anaphor or ([] if self._own_places(cand, sent) else
                                    self._context_places(cand, clause, actor, reading.status))
        unresolved_border = any(isinstance(p.ref, BareBorder) for p in dests)
        if not dest_refs and reading.status not in ("on_alert", "withdrawn") and not unresolved_border:
            if is_main:
                self._drop("drop:movement:no-place", cand.noun)
            return None
        if not dest_refs and unresolved_border:
            self.flags["kept without a place (border of no named country)"] += 1
        return dest_refs

    def _build(self, cand, clause, sent, actor, actor_token, reading, dest_refs, origins, date) -> Movement:
        noun, pred = cand.noun, clause.pred
        destinations: list[str] = []
        for ref in dest_refs:
            members = ref.place.members if len(ref.place.members) <= MAX_MEMBERS else ()
            for code in members or ((ref.place.iso3,) if ref.place.iso3 else ()):
                if code not in destinations:
                    destinations.append(code)
        named = []
        for ref in dest_refs:
            if ref.place.kind != "country" and ref.place.name not in named:
                named.append(ref.place.name)
        best = _most_specific(dest_refs)
        origin_ref = origins[0].ref if origins else None
        kind = cand.kind if cand.kind != "pronoun" else "personnel"
        count = cand.count
        personnel = kind == "personnel"
        troops = count.value if personnel and count is not None else None
        units = count.value if kind == "unit" and count is not None and count.value is not None \
            and count.value < 1000 else None
        if count is not None and count.problem in ("garbled", "absurd"):
            self.flags[f"kept with {count.problem} number"] += 1
        published = self.adoc.article.published
        is_future = reading.status == "planned" or (reading.status in ("announced", "withdrawn", "on_alert")
                                                    and reading.future)
        if reading.status == "announced" and published is not None and date.start is not None and \
                date.start > published:
            is_future = True
        s_start, s_end = self.adoc.sentence_bounds(sent)
        para = self.adoc.paragraph_at(s_start)
        marks = [noun.idx, noun.idx + len(noun.text)]
        if cand.count_span:
            marks += list(cand.count_span)
        if pred is not None:
            marks += [pred.idx, pred.idx + len(pred.text)]
        if actor_token is not None:
            marks += [actor_token.idx, actor_token.idx + len(actor_token.text)]
        for ref in dest_refs:
            if s_start <= ref.start and ref.end <= s_end:
                marks += [ref.start, ref.end]
        c_start, c_end = max(min(marks), s_start), min(max(marks), s_end)
        force = self._force_name(cand)
        return Movement(
            article_id=self.adoc.article.article_id, actor=actor, actor_name=country_name(actor),
            troops=troops, troops_qualifier=count.qualifier if personnel and count and count.value is not None else None,
            troops_text=count.text.strip() if count else "", units=units, force=force,
            origin=(origin_ref.place.iso3 if origin_ref.place.kind == "country" else origin_ref.place.name)
            if origin_ref else None,
            origin_lat=origin_ref.place.lat if origin_ref else None, origin_lon=origin_ref.place.lon if origin_ref else None,
            destinations=destinations, destination_places=named,
            lat=best.place.lat if best else None, lon=best.place.lon if best else None,
            place_precision=best.precision if best else "none", status=reading.status, cue=reading.cue or "",
            sentence=self.adoc.text[s_start:s_end], sentence_start=s_start, sentence_end=s_end,
            char_start=c_start, char_end=c_end, paragraph_start=para.start, paragraph_end=para.end,
            date=date, is_future=bool(is_future), method=reading.rule,
        )

    @staticmethod
    def _force_name(cand: Candidate) -> str:
        noun = cand.noun
        low = noun.lower_
        if cand.kind == "pronoun":
            return "forces"
        name = (PERSONNEL.get(low) or UNIT_NOUNS.get(low) or EQUIPMENT.get(low) or PRESENCE_NOUNS.get(low)
                or ADVANCE_NOUNS.get(low) or low)
        mods = [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i
                and c.lower_ in NAME_MODIFIERS]
        return " ".join([*mods, name]) if mods and name in ("forces", "force", "troops") else name

    # ----- filters -------------------------------------------------------------------------------------
    def _is_casualty(self, noun: Token, clause: Clause) -> bool:
        """"40 soldiers were killed", "captured Russian soldiers", "troops fought": not movements."""
        words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "acl", "compound", "relcl")}
        if words & CASUALTY_MODIFIERS:
            return True
        pred = clause.pred
        if pred is None or not is_verb(pred):
            return False
        low = pred.lower_
        if low in _NON_ARRIVAL_CAPTURE and (any(c.dep_ == "prt" and c.lower_ in ("off", "up") for c in pred.children)
                                            or in_exercises(pred)):
            return False  # "took off for Ukraine", "took up positions", "took part in drills"
        if low in _NON_ARRIVAL_CAPTURE:
            # "forces captured Kherson", "Kherson was taken by Russian troops" are arrivals; "soldiers were captured"
            # or "captured soldiers" are not
            return not takes_place(pred, noun, clause.kind == "subject", self._names_place)
        if low in CASUALTY and low not in ARRIVE:
            return True
        if (low in CONDUCT_VERBS or (low in CARRY_OUT_VERBS and any(
                c.dep_ == "prt" and c.lower_ == "out" for c in pred.children))) and any(
                c.dep_ == "dobj" and c.lower_ in _STRIKE_NOUNS for c in pred.children):
            return True  # "forces carried out a deadly attack on the TV tower", "conducted airstrikes"
        return any(c.dep_ in ("acomp", "oprd", "attr") and c.lower_ in CASUALTY for c in pred.children)

    def _is_place_token(self, token: Token) -> bool:
        return any(token.i in toks for _, toks in self._refs)

    @staticmethod
    def _is_delivery(cand: Candidate, pred: Token) -> bool:
        """Equipment handed to another state is a weapons delivery, not a deployment."""
        if cand.kind != "equipment":
            return False
        low = pred.lower_
        return low in DELIVERY_VERBS or any(c.dep_ == "dative" for c in pred.children)

    def _invasion_object(self, pred: Token) -> Token | None:
        """"Iraqi forces launched the invasion of Kuwait", "after launching a surprise invasion"."""
        near = [c for c in pred.children if c.dep_ in ("advcl", "xcomp", "conj")] + [
            g for c in pred.children if c.dep_ == "prep" and c.lower_ in ("after", "since", "by", "while", "in")
            for g in c.children if g.dep_ == "pcomp"]  # "after launching", not "weeks before launching"
        verbs = [pred] + [c for c in near if is_verb(c)
                          and not any(g.dep_ in ("nsubj", "nsubjpass") or (g.dep_ == "aux" and g.lower_ == "to")
                                      for g in c.children)]  # "forces in place to mount an invasion": not yet
        for v in verbs:
            for c in v.children:
                if c.dep_ in ("dobj", "pobj") and c.lower_ in LAUNCHED_NOUNS and v.lower_ in LAUNCH_VERBS:
                    if c.lower_ in NEEDS_PREP_NOUNS and not any(
                            g.dep_ == "prep" for g in c.children):
                        continue
                    return c
        return None

    def _home_filter(self, rows: list[Movement]) -> list[Movement]:
        """A state's forces inside its own country are no movement when they are simply there ("Ukrainian
        forces stationed on Snake Island") or when another state's forces are reported there (defence
        against an invasion, or a build-up of a state outside the alliance around it: "Ukrainian troop
        concentration in Donbas" in a story of Russia's massing); a build-up at home ("Russia moved troops to
        Yelnya") stays."""
        invaded = {d for r in rows if r.status in ("arrived",) for d in r.destinations if d != r.actor}
        threatened = {d for r in rows if r.status == "deployed" and r.actor not in NATO_MEMBERS | {"NATO", "EU"}
                      for d in r.destinations if d != r.actor}
        equipment = set(EQUIPMENT.values())
        out = []
        for r in rows:
            if r.force in equipment and r.actor in NATO_MEMBERS | {"NATO", "EU"} and r.destinations and not (
                    set(r.destinations) & NATO_MEMBERS) and r.status in ("announced", "planned") and \
                    r.place_precision in ("country", "city", "region"):
                invaded.update(r.destinations)  # "Poland would send MiG-29 jets to Ukraine": arms, not forces
        for r in rows:
            home = r.destinations and set(r.destinations) <= {r.actor}
            if (home and (r.actor in invaded | threatened or r.status in ("stationed", "arrived"))) or (
                    r.actor in invaded and not r.destinations and r.status in ("withdrawn", "arrived")):
                self.drops.append(self._row_drop("drop:movement:own-forces-at-home", r))
                continue
            if r.force in equipment and r.destinations and set(r.destinations) <= invaded and \
                    r.actor in NATO_MEMBERS | {"NATO", "EU"} and r.status in ("announced", "planned", "deployed") and \
                    not set(r.destinations) & NATO_MEMBERS:
                self.drops.append(self._row_drop("drop:movement:weapons-delivery", r))  # jets for the invaded country are aid
                continue
            out.append(r)
        return out

    def mark_equipment_only(self, rows: list[Movement]) -> None:
        """Remember `rows` as rows whose forces are only equipment (dropped by `equipment_filter`)."""
        self._equipment_only.update((id(r), r) for r in rows)

    def equipment_filter(self, rows: list[Movement]) -> list[Movement]:
        """Ships, jets or tanks with no personnel named are no deployment of forces (dropped only now: the home
        filter reads them to tell which country is invaded)."""
        for r in rows:
            if id(r) in self._equipment_only:
                self.drops.append(self._row_drop("drop:movement:equipment-only", r))
        return [r for r in rows if id(r) not in self._equipment_only]


def _equipment_only(cand: Candidate) -> bool:
    """A force of equipment alone: the noun and every noun folded into it are equipment ("warships and jets", not
    "troops and tanks"), no formation ("an armoured column"), and no unit or personnel owns it ("vehicles from the
    Battle Group" move the battle group); the word classes are the force nouns' `class` and flags in the lexicon."""
    if cand.kind != "equipment" or cand.noun.lower_ in FORMATION_NOUNS or any(
            force_kind(m) not in ("equipment", None) for m in cand.members):
        return False
    return not any(force_kind(g) in ("personnel", "unit") for c in cand.noun.children
                   if c.dep_ == "prep" and c.lower_ in ("from", "of") for g in c.children if g.dep_ == "pobj")


def extract_movements(adoc: ArticleDoc, ctx: SpeakerContext, statements: Iterable[Statement] = ()
                      ) -> tuple[list[Movement], list[Drop], Counter]:
    """Movements of one article, one row per movement (restatements become its mentions: `merge`), the candidates
    dropped (`Drop`, by rule id) and the rows kept with a caveat (by note). `statements` tell whose words a quoted
    movement is ("I ordered forces to Germany")."""
    extractor = MovementExtractor(adoc, ctx, statements)
    rows = merge_mentions(extractor.run())
    return rows, extractor.drops, extractor.flags
