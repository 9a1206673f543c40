"""Events, agreements and statements from the dependency parse, the trigger lexicons and the people found.

An event word (a verb such as "met", "signed", "arrived"; a noun such as "talks", "visit", "press
conference") gives the event type; its subject, objects and "with"/"between" phrases give every participant
(not only pairs); "will", "expected", "scheduled", "next week" make it planned; "cancelled", "postponed" or a
negation drop it. A mention that only refers back ("during the meeting") adds its topics to the event it
refers to instead of making a new one.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from officialdom.extract.annotations import AgreementAnn, Annotations, EventAnn, GroupMention, StatementAnn
from officialdom.extract.coref import CorefResolver, travel_companion
from officialdom.extract.dates import is_future_expression
from officialdom.extract.gazetteer import DocWords
from officialdom.extract.lexicon import Lexicon, TriggerInfo

__all__ = ["EventFinder"]

SUBJECTS = ("nsubj", "csubj")
OBJECTS = ("dobj", "obj", "attr", "oprd")
DEFINITE = frozenset({"the", "this", "these", "that", "those", "his", "her", "their", "its"})
OCCASION_PREPS = frozenset({"during", "at", "on", "after", "following", "in"})
NOUN_PARTICIPANT_PREPS = ("with", "between", "of", "among", "by", "from", "to", "on")
CLAUSE_PARTICIPANTS = {"host": "host", "chair": "host", "cochair": "host", "attend": "participant",
                       "bring": "participant", "gather": "participant", "include": "participant",
                       "involve": "participant", "organize": "host", "organise": "host"}  # fmt: skip
SUBJECT_PREPS = frozenset({"on", "for", "in", "regarding", "concerning", "to", "about", "covering"})
FRAMING_PREPS = frozenset({"in", "during", "at", "after", "following", "before", "on"})
CALL_HEADS = frozenset({"call", "calls", "conversation", "conversations", "conference", "videoconference", "talks"})
MEASURE_NOUNS = frozenset({"hour", "day", "week", "month", "round", "session", "end", "conclusion", "close",
                           "course", "part"})  # fmt: skip
# words for a meeting told before: "X also took part in the deliberations"
OCCASION_WORDS = frozenset(
    {"session", "meeting", "talks", "deliberations", "discussions", "consultations", "negotiations"}
)
SERIES_NOUNS = frozenset({"series", "number", "round", "flurry", "string", "couple"})
OBJECT_CONTROL = frozenset({"invite", "ask", "urge", "encourage", "request", "allow", "persuade", "call"})
INCLUDING_VERBS = frozenset({"include", "involve", "bring", "gather", "group", "see"})
SUBORDINATE = ("advcl", "xcomp", "acl", "conj", "pcomp", "amod", "relcl")
SUBJECT_LINKS = ("conj", "xcomp", "advcl", "ccomp", "pcomp", "acl", "acomp")
QUOTE_PAIRS = (("\u201c", "\u201d"), ('"', '"'), ("\u00ab", "\u00bb"))
DURATION = re.compile(
    r"^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few)[- ](day|week|month)s?(?:[- ]long)?$", re.I
)
EVENT_RANK = {"signing": 0, "meeting": 1, "phone_call": 2, "visit": 3, "press_conference": 4, "attendance": 5}


class EventFinder:
    """Finds events, agreements and statements, writing them to :class:`Annotations`."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def run(self, doc: Doc, words: DocWords, ann: Annotations) -> None:
        """Events, agreements and statements of every sentence, then merged across the article."""
        ctx = _Context(doc, words, ann, self.lex)
        for index, sent in enumerate(doc.sents):
            ctx.sentence(index, sent)
        ctx.finish()


class _Context:
    def __init__(self, doc: Doc, words: DocWords, ann: Annotations, lex: Lexicon) -> None:
        self.doc = doc
        self.w = words
        self.ann = ann
        self.lex = lex
        self.place_at: dict[int, tuple[int, int]] = {}
        for c in ann.cities:
            for i in range(c.start, c.end):
                self.place_at[i] = (c.start, c.end)
        for cm in ann.countries:
            if not cm.demonym:
                for i in range(cm.start, cm.end):
                    self.place_at[i] = (cm.start, cm.end)
        self.text = words.text or doc.text  # built once: Doc.text joins every token on each call
        self.sent_of: dict[int, int] = {}
        self.sents: list[Span] = list(doc.sents)
        self.sent_idx: list[int] = [0] * len(doc)  # token -> its sentence (Token.sent scans the document)
        for index, sent in enumerate(self.sents):
            self.sent_of[sent.start] = index
            self.sent_idx[sent.start : sent.end] = [index] * (sent.end - sent.start)
        self.sent_ents: dict[int, list[Span]] = {}  # sentence -> its entities
        self.date_ents: dict[int, list[Span]] = {}  # sentence -> its dates and times (not durations)
        for ent in doc.ents:
            self.sent_ents.setdefault(self.sent_idx[ent.start], []).append(ent)
            if ent.label_ in ("DATE", "TIME") and not DURATION.match(ent.text):
                self.date_ents.setdefault(self.sent_idx[ent.start], []).append(ent)
        self.quotes = self._find_quotes()
        self.group_at: dict[int, GroupMention] = {}
        for g in ann.groups:
            for i in range(g.start, g.end):
                self.group_at[i] = g
        self.unnamed_at: dict[int, tuple[str, list[str]]] = {}
        for nominal in ann.nominals:
            if not nominal.clusters and nominal.title is not None and nominal.title.head.category != "group":
                codes = [nominal.title.country] if nominal.title.country else list(nominal.title.countries)
                for i in range(nominal.start, nominal.end):
                    self.unnamed_at[i] = (nominal.text, codes)
        for g in ann.groups:
            for i in range(g.start, g.end):
                self.unnamed_at[i] = (g.text, list(g.countries))
        for cm in ann.countries:
            if not cm.demonym and not cm.possessive:
                for i in range(cm.start, cm.end):
                    self.unnamed_at.setdefault(i, (doc[cm.start : cm.end].text, [cm.code]))
        self.noun_trigger_at: dict[int, tuple[TriggerInfo, int, int]] = {}
        self.call_series: list[tuple[int, list[int]]] = []  # (sentence, callers) of "held a series of phone calls"
        self.found: list[EventAnn] = []  # the events of the sentence read so far
        self.accompanied: set[int] = set()  # triggers of visits with companions ("accompanied by X")
        self.light = {k.replace("-", ""): v for k, v in lex.light_verbs.items()}
        self._named: set[int] | None = None
        self.name_ends = {m.end - 1 for m in ann.names if m.cluster is not None}  # the last words of names
        # places inside a post ("High Commissioner to Malaysia") say nothing of where an event is
        self.in_titles: set[int] = {
            i
            for t in [
                *ann.titles,
                *(n.title for n in ann.names if n.title),
                *(n.title for n in ann.nominals if n.title),
            ]
            for i in range(t.start, t.end)
        }

    # -- people ----------------------------------------------------------------------------------------------
    def _sent(self, tok: Token) -> Span:
        """The sentence of a token."""
        return self.sents[self.sent_idx[tok.i]]

    def people(self, tok: Token) -> list[int]:
        found = self.ann.token_people.get(tok.i)
        if found:
            return list(found)
        for child in tok.children:
            if child.dep_ in ("compound", "flat", "appos") and child.i in self.ann.token_people:
                return list(self.ann.token_people[child.i])
        if tok.lemma_.lower() in ("delegation", "team", "mission"):
            # "met a delegation led by Senator X": the delegation's head stands for it (also when the parser hangs
            # "headed by X" further on: "a delegation, currently visiting the Kingdom, headed by X")
            sent_end = self._sent(tok).end
            leads = [acl for acl in tok.children if acl.dep_ == "acl" and acl.lower_ in ("led", "headed", "chaired")]
            leads = (
                leads
                or [
                    t
                    for t in self.doc[tok.i + 1 : min(sent_end, tok.i + 12)]
                    if t.dep_ == "acl" and t.lower_ in ("led", "headed") and self.doc[t.i - 1].text == ","
                ][:1]
            )
            for acl in leads:
                return [
                    c
                    for agent in acl.children
                    if agent.dep_ == "agent"
                    for p in agent.children
                    for c in self.persons_of(p)
                ]
        if tok.lower_.replace("-", "") in ("cochairs", "cochairmen", "cochairpersons", "cochairwomen"):
            # "The co-chairs signed the protocol": those who co-chaired the meeting told before
            for ev in [*reversed(self.found), *reversed(self.ann.events)]:
                if ev.rule == "verb:co-chair" and len(ev.participants) >= 2:
                    return list(ev.participants)
        if tok.lower_ in ("who", "whom", "which", "that") and tok.head.dep_ == "relcl":
            antecedent = tok.head.head
            nearest = self.ann.token_people.get(tok.i - 2) if tok.i >= 2 and self.doc[tok.i - 1].text == "," else None
            if nearest and antecedent.i in self.ann.token_people:
                # "co-chaired by X and Y, who began a visit": the clause right after a name is about that person
                return list(nearest)
            return self.persons_of(antecedent)
        return []

    def expand(self, tok: Token) -> list[Token]:
        """A phrase head and the heads joined to it by "and", apposition or a misparsed name link."""
        out = [tok]
        stack = [tok]
        inner: set[int] = set()
        while stack:
            cur = stack.pop()
            people = self.ann.token_people.get(cur.i)
            for child in cur.children:
                if child in out:
                    continue
                linked = child.dep_ in ("conj", "appos") or (
                    cur.i not in inner
                    and child.dep_ in ("nmod", "npadvmod", "dep", "compound")
                    and child.i in self.ann.token_people
                    and self.ann.token_people.get(child.i) != people
                )
                # "Brenneke and Kazakhstan's Minister of Industry, X": a name joined to a country's possessive
                linked = linked or (
                    child.dep_ == "poss"
                    and child.i in self.ann.token_people
                    and any(g.dep_ == "conj" and g.i in self.place_at for g in child.children)
                )
                # "Chief of General Staff X and Governor Y" parsed with Y as the object of the title's "of"; "Trade
                # Minister A and Trade Minister B" parsed with A's name hung on B's title
                linked = linked or (
                    cur.i in inner
                    and (child.dep_ == "pobj" or (child.dep_ == "nmod" and child.i in self.name_ends))
                    and child.i in self.ann.token_people
                    and self.ann.token_people.get(child.i) != people
                )
                if not linked and people is not None and self.ann.token_people.get(child.i) == people:
                    # inside one person's title and name ("Chairman of the Rada X and Chair ... Y"): the name
                    # may hang below the title's words, and the next person on the name
                    inner.add(child.i)
                    linked = True
                if linked:
                    out.append(child)
                    stack.append(child)
        return out

    def persons_of(self, tok: Token) -> list[int]:
        found: list[int] = []
        for t in self.expand(tok):
            for c in self.people(t):
                if c not in found:
                    found.append(c)
        return found

    def unnamed_of(self, tok: Token) -> list[tuple[str, list[str]]]:
        """Parties named without a person: "Taiwan's Vice Foreign Minister", "Israel", "the interior ministers
        of Syria, Iraq and Iran"."""
        found: list[tuple[str, list[str]]] = []
        heads = self.expand(tok)
        for t in list(heads):
            if t.lower_ in ("group", "delegation", "team", "number", "leaders"):
                # "a group of Moroccan diplomats"
                heads += [p for c in t.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        for t in heads:
            if t.i in self.ann.token_people:
                continue
            party = self.unnamed_at.get(t.i)
            if party is None:
                for child in t.children:
                    if child.dep_ in ("compound", "amod") and child.i in self.unnamed_at:
                        party = self.unnamed_at[child.i]
                        break
            if party is not None and party not in found:
                found.append(party)
        return found

    def unnamed_subject(self, verb: Token) -> list[tuple[str, list[str]]]:
        found: list[tuple[str, list[str]]] = []
        for child in verb.children:
            if child.dep_ in (*SUBJECTS, "nsubjpass"):
                found += [p for p in self.unnamed_of(child) if p not in found]
        return found

    def unnamed_objects(self, verb: Token) -> list[tuple[str, list[str]]]:
        found: list[tuple[str, list[str]]] = []
        for child in verb.children:
            if child.dep_ in OBJECTS or child.dep_ == "dative":
                found += [p for p in self.unnamed_of(child) if p not in found]
            elif child.dep_ == "prep" and child.lower_ in ("with", "between", "by"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found += [p for p in self.unnamed_of(pobj) if p not in found]
        return found

    def subject_of(self, verb: Token, depth: int = 0) -> list[int]:
        found: list[int] = []
        has_subject = False
        # above an infinitive, a passive subject is the doer: "X is expected to visit"
        subjects = (*SUBJECTS, "nsubjpass") if depth else SUBJECTS
        for child in verb.children:
            if child.dep_ in subjects:
                has_subject = True
                found += [c for c in self.persons_of(child) or self._the_two(child) if c not in found]
        if found or has_subject:
            return found  # a clause with a subject of its own does not take its head's
        invitations = _invitations(verb)
        if invitations:
            # "extended an invitation to X to visit Bishkek": X is the one who would visit
            invited = [
                x
                for h in {verb.head, *invitations}
                for c in h.children
                if c.dep_ == "prep" and c.lower_ == "to"
                for p in c.children
                for x in self.persons_of(p)
            ]
            if invited:
                return invited
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OBJECT_CONTROL:
            # "invited X to visit Thailand": X is the one who will visit
            for child in verb.head.children:
                if child.dep_ in ("dobj", "obj"):
                    return self.persons_of(child)
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            # "the Commander of the Navy, who is on a visit, called on ..." / "X, called on ..."
            top = verb.head
            while top.dep_ in ("appos", "conj") and top.head is not top:
                top = top.head
            if (
                verb.dep_ == "acl"
                and top.dep_ == "ROOT"
                and top.pos_ in ("NOUN", "PROPN")
                and verb.lower_.endswith("ed")
                and any(c.dep_ in ("dobj", "obj") for c in verb.children)
            ):
                # "Spain's Minister, X, and Mexico's Secretary, Y, signed a memorandum": the parser took the verb
                # (with an object, so no passive participle) for a clause on the last name; the people of the
                # whole phrase before it are its doers
                return self.persons_of(top)
            return self.persons_of(verb.head)
        if verb.dep_ == "advcl" and verb.lower_.endswith("ing") and verb.i > verb.head.i:
            # "received a delegation, currently visiting the Kingdom, ...": the participle after the object is the
            # object's (the parser hangs it on the verb)
            obj = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)
            between = self.doc[obj.i + 1 : verb.i] if obj is not None else None
            if obj is not None and between is not None and all(t.text == "," or t.dep_ == "advmod" for t in between):
                people = self.persons_of(obj)
                if people:
                    return people
        if (
            depth < 3
            and verb.dep_ == "pcomp"
            and verb.head.dep_ == "prep"
            and verb.head.head is not verb.head
            and verb.lemma_.lower() not in self.lex.cue("departure_verb")
        ):
            # "X told reporters after meeting Y": the doer of the clause the preposition hangs on ("before
            # leaving for Y" is more often a trip home than a visit)
            return self.subject_of(verb.head.head, depth + 1)
        if depth < 3 and verb.dep_ in SUBJECT_LINKS and verb.head is not verb:
            return self.subject_of(verb.head, depth + 1)
        return []

    def _the_two(self, tok: Token) -> list[int]:
        """ "X met Y on Tuesday, and the two signed an agreement": a bare number stands for the people of the
        event told just before (in this sentence or the one before) when they are that many."""
        count = {"two": 2, "three": 3, "both": 2}.get(tok.lower_)
        if count is None or (tok.pos_ != "NUM" and tok.lower_ != "both"):
            return []
        if tok.lower_ != "both" and not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return []
        sent = self.sent_of.get(self._sent(tok).start)
        before = [e for e in reversed(self.found) if e.trigger < tok.i] + [
            e for e in reversed(self.ann.events) if sent is not None and e.sent == sent - 1
        ]
        for ev in before:
            if ev.type != "statement" and ev.participants:
                return list(ev.participants) if len(ev.participants) == count else []
        return []

    def objects_of(self, verb: Token) -> list[int]:
        found: list[int] = []
        has_object = any(c.dep_ in OBJECTS for c in verb.children)
        if verb.dep_ == "amod" and any(c.dep_ == "nsubj" for c in verb.children):
            # "X hosted Azerbaijani Defence Minister Y": a verb with a subject misparsed as an adjective of its
            # object; the object is the phrase it modifies
            obj = verb.head
            while obj.dep_ == "compound" and obj.head is not obj:
                obj = obj.head
            found += self.persons_of(obj)
        for child in verb.children:
            if child.dep_ in OBJECTS or child.dep_ == "dative":
                found += [c for c in self.persons_of(child) if c not in found]
                if child.dep_ == "dative" and child.pos_ == "ADP":
                    # "accorded a warm welcome to X": the one it was given to
                    for pobj in child.children:
                        found += [c for c in self.persons_of(pobj) if c not in found]
            elif child.dep_ == "prep" and child.lower_ in ("with", "between", "by"):
                if child.lower_ == "by" and not any(c.dep_ == "nsubjpass" for c in verb.children):
                    continue
                # "met with X, and with Y": the second "with" joined to the first
                preps = [child, *(c for c in child.children if c.dep_ == "conj" and c.lower_ == child.lower_)]
                if child.lower_ == "with" and verb.lemma_.lower() == "meet":
                    # "met with A, and with B, as well as with C": officials named on up to the clause's end
                    found += [c for c in self._people_after(child) if c not in found]
                for pobj in (p for prep in preps for p in prep.children):
                    if pobj.dep_ == "pobj":
                        found += [c for c in self.persons_of(pobj) if c not in found]
                    elif pobj.dep_ == "pcomp" and pobj.lower_ in ("visiting", "incoming", "outgoing"):
                        # "met with visiting Vice President X", the parser making "visiting" a verb
                        for obj in pobj.children:
                            if obj.dep_ in OBJECTS:
                                found += [c for c in self.persons_of(obj) if c not in found]
            elif child.dep_ == "agent":
                for pobj in child.children:
                    found += [c for c in self.persons_of(pobj) if c not in found]
            elif child.dep_ == "prep" and (stolen := _stolen_agent(verb, child)) is not None:
                # "was signed during the visit by X and Y": the parser hangs the doers on the occasion
                found += [c for c in self.persons_of(stolen) if c not in found]
            elif child.dep_ == "prep" and child.lower_ in ("in", "on", "at") and not has_object:
                # "received on Sunday in Algiers the UN envoy, X": the parser hangs the object on the place
                for pobj in child.children:
                    if pobj.i in self.place_at or pobj.ent_type_ in ("GPE", "LOC", "DATE"):
                        for appos in pobj.children:
                            if appos.dep_ == "appos":
                                found += [c for c in self.persons_of(appos) if c not in found]
        return found

    # -- sentences -------------------------------------------------------------------------------------------
    def commitments(self, sent: Span, index: int) -> list[EventAnn]:
        """Statements of agreement or commitment to act: "X and Y agreed to ...", "X pledged to ...", "X is ready
        to ..." (the PLOVER type AGREE). They are events of type ``statement``."""
        out: list[EventAnn] = []
        verbs = self.lex.cue("commit_verb")
        adjectives = self.lex.cue("commit_adjective")
        intents = self.lex.cue("commit_intent")
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.i in self.ann.token_people:
                continue
            if (
                tok.pos_ == "VERB"
                and lemma in intents
                and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in tok.children)
                and not any(c.dep_ == "neg" for c in tok.children)
            ):
                # "Portugal will support Turkey's bid", "Hungary said it would allow ...": a promise to act
                people, unnamed = self.subject_of(tok), self.unnamed_subject(tok)
                said = tok.head if tok.dep_ == "ccomp" else None
                if (
                    not people
                    and not unnamed
                    and said is not None
                    and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we") for c in tok.children)
                ):
                    people, unnamed = self.subject_of(said), self.unnamed_subject(said)
                if people or unnamed:
                    out.append(self._commitment(tok, index, people, unnamed, lemma))
                continue
            if tok.pos_ == "VERB" and lemma in verbs:
                holder = tok
            elif tok.pos_ == "ADJ" and lemma in adjectives and tok.head.lemma_ == "be":
                holder = tok.head
            else:
                continue
            if not any(
                c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("on", "to", "upon"))
                for c in (*tok.children, *holder.children)
            ) and lemma not in ("pledge", "promise", "offer", "accept"):
                continue
            if any(c.dep_ == "neg" for c in (*tok.children, *holder.children)):
                continue
            people = self.subject_of(holder)
            unnamed = self.unnamed_subject(holder)
            if not people and not unnamed:
                continue
            out.append(self._commitment(holder, index, people, unnamed, lemma, trigger=tok))
        return out

    def _commitment(
        self,
        holder: Token,
        index: int,
        people: list[int],
        unnamed: list[tuple[str, list[str]]],
        lemma: str,
        *,
        trigger: Token | None = None,
    ) -> EventAnn:
        return EventAnn(
            type="statement",
            trigger=(trigger or holder).i,
            sent=index,
            participants=people,
            roles={c: "speaker" for c in people},
            status="held",
            date=self.date_near(holder),
            unnamed=unnamed,
            codes=("030", "AGREE"),
            rule=f"commitment:{lemma}",
            confidence=0.7,
        )

    def presence(self, tok: Token, sent: int) -> EventAnn | None:
        """ "X and Y were also present at the talks", "X was present during the meetings": attendance."""
        verb = tok.head if tok.dep_ in ("acomp", "attr", "advcl") and tok.head.lemma_ == "be" else tok
        people: list[int] = []
        for holder in (tok, verb):
            for child in holder.children:
                if child.dep_ in ("nsubj", "nsubjpass", "expl") or (holder is verb and child.dep_ == "attr"):
                    people += [c for c in self.persons_of(child) if c not in people]
        if not people:
            return None
        status = self.status_of(verb)
        if status == "cancelled":
            return None
        return EventAnn(
            type="attendance",
            trigger=tok.i,
            sent=sent,
            participants=people,
            roles={c: "attendee" for c in people},
            status=status,
            rule="adjective:present",
            confidence=0.8,
        )

    def sentence(self, index: int, sent: Span) -> None:
        found: list[EventAnn] = []
        self.found = found
        matched: set[int] = set()
        calls = [t for t in sent if t.lower_ in CALL_HEADS]
        for tok in sent if calls else ():  # call nouns first: a verb before its noun ("received a phone call") defers
            m = self.lex.noun_triggers.match(self.w.norm, tok.i, stop=sent.end)
            if m is not None and m[1].type == "phone_call":
                head = self.doc[tok.i + m[0] - 1]
                if head.pos_ in ("NOUN", "PROPN") or (m[0] > 1 and head.pos_ != "VERB"):
                    self.noun_trigger_at.setdefault(head.i, (m[1], tok.i, tok.i + m[0]))
        for tok in sent:
            if tok.i in matched:
                continue
            if tok.lower_ == "present" and tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr", "ROOT", "advcl"):
                ev = self.presence(tok, index)
                if ev is not None:
                    found.append(ev)
                continue
            m = self.lex.noun_triggers.match(self.w.norm, tok.i, stop=sent.end)
            if m is not None:
                length, trig = m
                head = self.doc[tok.i + length - 1]
                if head.pos_ in ("NOUN", "PROPN") or (length > 1 and head.pos_ != "VERB"):
                    matched.update(range(tok.i, tok.i + length))
                    self.noun_trigger_at[head.i] = (trig, tok.i, tok.i + length)
                    ev = self.noun_event(head, trig, index)
                    if ev is not None:
                        found.append(ev)
                    continue
            if tok.pos_ == "VERB" or _verb_tagged_adjective(tok):
                trig_v = self.lex.verb_triggers.get(tok.lemma_.lower())
                if trig_v is not None:
                    ev = self.verb_event(tok, trig_v, index)
                    if ev is not None:
                        found.append(ev)
                        if ev.type == "signing":
                            gapped = self.gapped_signings(ev, sent, index)
                            others = {p for g in gapped for p in g.participants}
                            if gapped and any(p not in others for p in ev.participants):
                                ev.participants = [p for p in ev.participants if p not in others]
                            found += gapped
        found += self.commitments(sent, index)
        for ev in found:
            if ev.type == "visit" and ev.participants:
                self._companions(ev, sent)
            elif ev.type == "meeting" and ev.participants and ev.status == "held":
                self._companions_at(ev, sent)
        self._delegation_members(sent, index)
        self._stated_companions(sent, index)
        self.ann.events.extend(found)
        self.agreement_topics(sent, index)
        self.topics(sent, index, found)
        self.statements(sent, index)

    # -- verb events -----------------------------------------------------------------------------------------
    def verb_event(self, tok: Token, trig: TriggerInfo, sent: int) -> EventAnn | None:
        lemma = tok.lemma_.lower()
        children = list(tok.children)
        if lemma == "call" and any(c.lower_ in ("on", "upon") for c in children):
            # "called on the Chief of the Naval Staff": a courtesy call, a meeting
            hosts = [x for c in children if c.lower_ in ("on", "upon") for p in c.children for x in self.persons_of(p)]
            if not hosts and any(c.lower_ in ("on", "upon") and not list(c.children) for c in children):
                # the parser left "on" bare and made the host the verb's object
                hosts = [x for c in children if c.dep_ in ("dobj", "obj") for x in self.persons_of(c)]
            visitors = self.subject_of(tok)
            if not hosts or not visitors:
                return None
            status = self.status_of(tok)
            if status == "cancelled":
                return None
            return EventAnn(
                type="meeting",
                trigger=tok.i,
                sent=sent,
                participants=visitors + [h for h in hosts if h not in visitors],
                roles={**{v: "guest" for v in visitors}, **{h: "host" for h in hosts}},
                status=status,
                place=self.place_near(tok, include_objects=False),
                date=self.date_near(tok),
                rule="verb:call-on",
                confidence=0.8,
            )
        if lemma == "call" and any(c.lower_ in ("for", "off") for c in children):
            return None
        views = [c for c in children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("view", "opinion", "idea")]
        if lemma == "exchange" and views:
            # "exchanged views with X on regional issues": talks, not a document
            trig = TriggerInfo(trig.form, trig.pos, "meeting", "participant", "participant", "person")
        if lemma == "point":
            return None
        if (
            lemma == "attend"
            and tok.dep_ in ("advcl", "acl")
            and any(c.dep_ in ("dobj", "obj") and c.i in self.noun_trigger_at for c in tok.head.children)
            and self.lex.light_verbs.get(tok.head.lemma_.lower()) is not None
        ):
            return None  # "chaired the meeting, attended by X": X takes part in the meeting
        if trig.type == "attendance" and trig.needs == "occasion":
            # "the two leaders witnessed the signing": they attended it; the signing is an event of its own
            if not any(
                c.dep_ in ("dobj", "obj")
                and (c.i in self.noun_trigger_at or c.lemma_.lower() in self.lex.cue("occasion_noun"))
                and not any(g.lower_ in ("press", "news", "media") for g in c.subtree)
                for c in children
            ):
                return None  # (addressing a news conference is giving it: the conference is the event)
        elif any(c.dep_ == "dobj" and c.i in self.noun_trigger_at for c in children):
            return None  # "held talks", "received a phone call": the noun makes the event
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children) or (
            tok.dep_ in ("advcl", "acl")
            and any(c.dep_ == "agent" and any(self.persons_of(p) for p in c.children) for c in children)
        )  # "..., co-chaired by X and Y": a participle with its agent
        subj = self.subject_of(tok) if not passive else []
        if lemma in ("take", "participate") and (
            (tok.dep_ == "acl" and tok.head.lower_ == "those") or (tok.dep_ == "csubj" and not subj)
        ):
            # "Among those taking part were X and Y", "Also taking part were X and Y": the people of the clause
            # the participle is in
            clause = tok.head.head.head if tok.head.head.lower_ == "among" else tok.head
            subj = [x for c in clause.children if c.dep_ in ("nsubj", "attr") for x in self.persons_of(c)]
        objs = self.objects_of(tok)
        if lemma == "exchange" and views:
            objs += [  # (the parser hangs "with X" on the views)
                x
                for v in views
                for c in v.children
                if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children
                for x in self.persons_of(p)
                if x not in objs
            ]
        if passive:
            patients = [c for c in children if c.dep_ == "nsubjpass"]
            if not patients and tok.dep_ == "xcomp":
                # "he is expected to be received by X": the subject of the verb above
                patients = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
            for c in patients:
                if trig.type == "signing":
                    break
                objs = self.persons_of(c) + [x for x in objs if x not in self.persons_of(c)]
            if trig.object_role == "guest" and not any(self.persons_of(c) for c in patients):
                # "arrived in Dodoma and was received at the airport by X", "the high-ranking guest was welcomed
                # by X": the visitors of the trip just told are the guests
                objs += [x for x in self._arriving(tok, patients, sent) if x not in objs]
            elif trig.object_role == "guest" and len(patients) == 1 and patients[0].lemma_.lower() == "delegation":
                # "The Romanian delegation was welcomed by X": all the visitors, not the one person the phrase was
                # taken for
                arriving = self._arriving(tok, patients, sent)
                if arriving and set(self.persons_of(patients[0])) <= set(arriving):
                    objs = arriving + [x for x in objs if x not in arriving]
            agent = [x for c in children if c.dep_ == "agent" for p in c.children for x in self.persons_of(p)]
            for c in children:
                if c.dep_ == "agent":
                    # "received separately by X, and Y": people the parser hung elsewhere (for a signing, up to
                    # the next agreement named: "by A, the agreement with B by C")
                    agent += [x for x in self._people_after(c, lists=trig.type == "attendance") if x not in agent]
            subj = agent
            objs = [o for o in objs if o not in subj]
        agreements: list[int] = []
        place = self.place_near(tok, include_objects=trig.type == "visit")
        if trig.type == "visit" and lemma in self.lex.cue("departure_verb"):
            # "will leave for Manila": the place after "for" is where they go; the one they leave is no visit
            place = next(
                (
                    span
                    for c in children
                    if c.dep_ == "prep" and c.lower_ == "for"
                    for p in c.children
                    if (span := self._place_in(p)) is not None
                ),
                None,
            )
        media = [
            p
            for c in children
            if c.dep_ in ("prep", "agent")
            for p in c.children
            if p.lemma_.lower() in ("telephone", "phone", "video")
            # "spoken by phone Saturday with X": the parser hangs the day on "by", the phone on the day
            or (
                c.lower_ in ("by", "over", "via")
                and any(g.dep_ == "compound" and g.lemma_.lower() in ("telephone", "phone") for g in p.children)
            )
        ]
        series = lemma in ("speak", "talk", "converse", "discuss") and (
            self._in_call_series(tok, sent) or self._after_a_call(tok)
        )
        if lemma == "discuss" and not media and not series:
            return None  # "discussed" tells what a meeting reported elsewhere was about; "by phone", it is a call
        if series and not media:
            trig = TriggerInfo(trig.form, trig.pos, "phone_call", "caller", "callee", "person")
        if lemma in ("speak", "talk", "converse", "discuss") and media:
            # "spoken by telephone with X" (the parser may hang "with X" on "telephone")
            trig = TriggerInfo(trig.form, trig.pos, "phone_call", "caller", "callee", "person")
            for medium in media:
                for c in medium.children:
                    if c.dep_ == "prep" and c.lower_ == "with":
                        people = [x for p in c.children if p.dep_ == "pobj" for x in self.persons_of(p)]
                        objs += [x for x in people if x not in objs and x not in subj]
        unnamed = [] if passive else self.unnamed_subject(tok)
        unnamed += [p for p in self.unnamed_objects(tok) if p not in unnamed]
        if trig.type == "visit":
            unnamed = [p for p in self.unnamed_subject(tok) if not passive]  # the place visited is no party
        if trig.needs == "occasion":
            objs = []  # what was witnessed is no party to it
        if (
            (trig.needs == "person" or trig.type == "meeting")
            and not objs
            and not passive
            and not any(c.dep_ in OBJECTS for c in children)
        ):
            # "is scheduled to meet Minister of Labour X tomorrow": the parser hangs the name on a later word; the
            # person named right after the verb is its object
            objs = [c for c in self.ann.token_people.get(tok.i + 1, []) if c not in subj]
            if not objs and trig.type == "meeting" and lemma in ("receive", "host", "meet"):
                # "received on Wednesday (14), at the Ministry's headquarters, H.E. X": the parser hangs the person
                # elsewhere; the one named right after the verb's time and place phrases is the one received
                skip = {
                    t.i for c in children if c.dep_ in ("prep", "npadvmod", "advmod") and c.i > tok.i for t in c.subtree
                }
                j, end = tok.i + 1, self._sent(tok).end
                while j < end and (j in skip or self.doc[j].is_punct):
                    j += 1
                if j > tok.i + 1 and j < end and self.ann.token_people.get(j):
                    # (the parser may have joined that person to the subject: one named after the verb is received)
                    objs = list(self.ann.token_people[j])
                    subj = [c for c in subj if c not in objs]
            if not objs and trig.type == "meeting":
                # "received on Monday in Algiers Vietnamese Deputy Prime Minister X": the parser takes the person
                # for the place; no one is received in a person
                objs = [
                    c
                    for prep in children
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "on")
                    for p in prep.children
                    if p.dep_ == "pobj" and p.i in self.name_ends
                    for c in self.ann.token_people.get(p.i, [])
                    if c not in subj
                ]
        together = len(subj) >= 2 and bool(media)
        if trig.needs == "person" and not objs and not self.unnamed_objects(tok) and not together:
            return None  # ("X and Y discussed trade by phone": the two are the parties)
        if lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in children):
            return None
        if trig.needs == "agreement":
            agreements = self.agreements_of(tok, sent, passive)
            if not agreements:
                return None
        if trig.needs == "delegation":
            # "will lead a delegation to Washington": a trip (not "to the Munich Security Conference": an occasion)
            if not any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "delegation" for c in children):
                return None
            place = next(
                (
                    self.place_at[p.i]
                    for c in children
                    if c.dep_ == "prep" and c.lower_ == "to"
                    for p in c.children
                    if p.dep_ == "pobj" and p.i in self.place_at and p.i not in self.in_titles
                ),
                None,
            )
            objs = []
            if place is None:
                return None
        if trig.needs == "place" and place is None:
            return None
        if trig.type == "visit" and self._invited(tok) and self.date_near(tok) is None:
            return None  # "invited X to visit Thailand at a mutually convenient time": an invitation, no trip set
        if trig.type == "visit" and objs and lemma == "visit":
            # "X visited Y" where Y is a person is a meeting
            participants = subj + [o for o in objs if o not in subj]
            trig = TriggerInfo(trig.form, trig.pos, "meeting", "visitor", "host", "-")
        else:
            participants = subj + [o for o in objs if o not in subj]
        description = None
        if not participants and not unnamed and trig.type == "meeting" and not passive:
            description = self._meeting_body(tok)  # "The Joint Border Committee will meet in Bangkok"
        if trig.type == "attendance" and participants:
            # "participated in the conference, along with Trade Minister X": those with them attend too
            for t in tok.subtree:
                if t.lower_ == "with" and t.i > 0 and self.doc[t.i - 1].lower_ in ("along", "together"):
                    for pobj in t.children:
                        participants += [c for c in self.persons_of(pobj) if c not in participants]
        if not participants and not unnamed and description is None:
            return None
        if trig.type == "attendance" and self._join(tok, participants, sent):
            return None
        roles: dict[int, str] = {}
        for person in subj:
            if trig.subject_role not in ("-", "participant"):
                roles[person] = trig.subject_role
        for person in objs:
            if trig.object_role not in ("-", "participant") and person not in roles:
                roles[person] = trig.object_role
        status = self.status_of(tok)
        if status == "cancelled":
            return None
        ev = EventAnn(
            type=trig.type,
            trigger=tok.i,
            sent=sent,
            participants=participants,
            roles=roles,
            status=status,
            place=place,
            date=self.date_near(tok),
            agreements=agreements,
            unnamed=unnamed,
            description=description,
            rule=f"verb:{lemma}",
            confidence=0.85 if len(participants) > 1 or trig.type in ("visit", "attendance") else 0.7,
        )
        if trig.type == "visit":
            ev.duration = self.duration_near(tok)
        return ev

    def _join(self, tok: Token, people: list[int], sent: int) -> bool:
        """ "Also taking part were X and Y": with no occasion named, those who take part join the meeting, signing,
        call or press conference just told (and its twins, told by a verb and a noun). Those "present" at or who
        "attended" an event keep an attendance of their own."""
        if tok.lemma_.lower() not in ("take", "participate"):
            return False
        occasions = [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "during")
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if tok.dep_ == "relcl" and [p.lower_ for p in occasions] == ["which"]:
            # "a working meeting, in which X also took part": the meeting the clause hangs on (or hung by the parser
            # on the last person named: "talks with Y, in which X also took part", no person being taken part in)
            if (
                tok.head.i not in self.noun_trigger_at
                and tok.head.lower_ not in OCCASION_WORDS
                and tok.head.i not in self.ann.token_people
            ):
                return False
        elif occasions and not all(
            any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in p.children)
            and (p.i in self.noun_trigger_at or p.lower_ in OCCASION_WORDS)
            for p in occasions
        ):
            return False  # ("took part in a ceremony", "in the Forum": an occasion of its own)
        joined = self._event_just_told(sent)
        words = {p.lemma_.lower() for p in occasions}
        if words and joined is not None and len(joined.participants) < 2:
            # "hosted A and B for talks, after meeting each of them separately. C also took part in the talks":
            # the talks told with their parties, not a meeting whose other party is still to come
            named = [
                ev
                for ev in [*self.ann.events, *self.found]
                if ev.sent >= sent - 1
                and ev.status == "held"
                and ev.type == "meeting"
                and len(ev.participants) >= 2
                and any(t.lemma_.lower() in words for t in self.sents[ev.sent])
            ]
            joined = named[-1] if named else joined
        if joined is None and words:
            # "X, who also took part in the meeting, said": the meeting told before, however far back
            earlier = [
                ev
                for ev in [*self.ann.events, *self.found]
                if ev.type == "meeting" and ev.status == "held" and len(ev.participants) >= 2
            ]
            joined = earlier[-1] if earlier else None
        if joined is None:
            return False
        told = set(joined.participants)
        for ev in [*self.found, *self.ann.events]:
            if ev.type == joined.type and set(ev.participants) == told:
                for p in people:
                    if p not in ev.participants:
                        ev.participants.append(p)
                        ev.roles.setdefault(p, "attendee")
        return True

    def _companions(self, visit: EventAnn, sent: Span) -> None:
        """ "X, accompanied by Y, is paying a visit", "X, who is accompanied by Y, arrived", "arrived for a visit,
        accompanied by Y": those who travel with a visitor are visitors too."""
        trigger = self.doc[visit.trigger]
        anchors = {trigger.i, trigger.head.i, _clause_verb(trigger).i}
        for tok in sent:
            delegation = tok.head
            if (
                delegation.dep_ == "pobj"
                and delegation.head.lower_ == "of"
                and delegation.head.head.lemma_ == "delegation"
            ):
                delegation = delegation.head.head  # "a delegation of eleven ministers, including Y"
            if (
                (tok.lemma_.lower() in ("include", "comprise") and tok.dep_ == "relcl")
                or (tok.lower_ == "including" and tok.dep_ == "prep")  # "a delegation including Y"
            ) and delegation.lemma_ == "delegation":
                # "arrived at the head of a delegation that included Y", "X and his delegation, which includes Y"
                up = delegation.head
                led = (
                    up.lower_ == "of" and up.head.lemma_.lower() in ("head", "helm") and up.head.head.head.i in anchors
                ) or (delegation.dep_ == "conj" and set(self.ann.token_people.get(up.i, ())) & set(visit.participants))
                if led:
                    for obj in tok.children:
                        if obj.dep_ in ("dobj", "obj", "attr", "pobj"):
                            for p in self.persons_of(obj):
                                if p not in visit.participants:
                                    visit.participants.append(p)
                                    visit.roles.setdefault(p, "visitor")
                                    self.accompanied.add(visit.trigger)
        for p in self._accompanying(visit, sent, ("acl", "relcl", "advcl")):
            if p not in visit.participants:
                visit.participants.append(p)
                visit.roles.setdefault(p, "visitor")
                self.accompanied.add(visit.trigger)

    def _companions_at(self, ev: EventAnn, sent: Span) -> None:
        """ "X, accompanied by Y, held talks with Z": one who comes with a party to the talks takes part in them."""
        for p in self._accompanying(ev, sent, ("acl", "advcl")):
            if p not in ev.participants:
                ev.participants.append(p)

    def _accompanying(self, ev: EventAnn, sent: Span, deps: tuple[str, ...]) -> list[int]:
        """The agents of an "accompanied by" participle in the sentence that hangs on the event's verb or on one of
        its participants."""
        trigger = self.doc[ev.trigger]
        anchors = {trigger.i, trigger.head.i, _clause_verb(trigger).i}
        found: list[int] = []
        for tok in sent:
            if tok.lemma_.lower() != "accompany" or tok.dep_ not in deps:
                continue
            head = tok.head
            if head.i not in anchors and not set(self.ann.token_people.get(head.i, ())) & set(ev.participants):
                continue
            for agent in tok.children:
                if agent.dep_ == "agent":
                    found += [x for c in agent.children for x in self.persons_of(c) if x not in found]
        return found

    def _stated_companions(self, sent: Span, index: int) -> None:
        """ "X, who arrived on Monday, is accompanied by Y", "The Nigerian minister is accompanied by Y", "Y, who is
        accompanying X on the visit": those said to travel with a visitor are visitors of the visit told (in this
        sentence or before). Not where hosts accompany a guest round ("during the tour")."""
        for tok in sent:
            if tok.lemma_.lower() != "accompany" or tok.pos_ != "VERB" or not travel_companion(tok):
                continue
            children = list(tok.children)
            passive = any(c.dep_ == "auxpass" for c in children)
            if passive:
                if tok.dep_ not in ("ROOT", "conj"):
                    continue  # (acl and relcl companions of a visit's own sentence are read with the visit)
                travellers = [x for c in children if c.dep_ == "nsubjpass" for x in self.persons_of(c)]
                companions = [x for c in children if c.dep_ == "agent" for p in c.children for x in self.persons_of(p)]
            else:
                travellers = [x for c in children if c.dep_ in ("dobj", "obj") for x in self.persons_of(c)]
                companions = self.subject_of(tok)
            travellers = [t for t in travellers if t not in companions]  # (a parse that hangs one on the other)
            if not travellers or not companions:
                continue
            visits = [
                ev
                for ev in [*self.ann.events, *self.found]
                if ev.type == "visit"
                and ev.status == "held"
                and ev.sent <= index
                and set(travellers) & set(ev.participants)
            ]
            if not visits:
                continue
            visit = visits[-1]
            for p in companions:
                if p not in visit.participants and p not in travellers:
                    visit.participants.append(p)
                    visit.roles.setdefault(p, "visitor")
            self.accompanied.add(visit.trigger)

    def _delegation_members(self, sent: Span, index: int) -> None:
        """ "The Uzbek delegation includes Minister A and Deputy Minister B": members of the delegation of a visit
        told before are its visitors (the visit of the delegation's country, or the last one told)."""
        for tok in sent:
            if tok.lemma_.lower() not in ("include", "comprise") or tok.dep_ not in ("ROOT", "conj"):
                continue
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lemma_.lower() != "delegation":
                continue
            members = [p for c in tok.children if c.dep_ in ("dobj", "obj") for p in self.persons_of(c)]
            if not members:
                continue
            starts = {t.i for t in subject.subtree}
            codes = {cm.code for cm in self.ann.countries if cm.start in starts}
            told = [ev for ev in [*self.ann.events, *self.found] if ev.participants and ev.status == "held"]
            if codes:
                told = [
                    ev
                    for ev in told
                    if any(CorefResolver.cluster_country(self.ann.clusters[p]) in codes for p in ev.participants)
                ]
            visits = [ev for ev in told if ev.type == "visit"]
            if not visits:
                # no visit told: the delegation received at a meeting ("X received a delegation led by Y. The
                # delegation included A and B") takes part in it
                meetings = [ev for ev in told if ev.type == "meeting" and ev.sent < index]
                if meetings:
                    meeting = meetings[-1]
                    for p in members:
                        if p not in meeting.participants:
                            meeting.participants.append(p)
                            meeting.roles.setdefault(p, "guest")
                continue
            visit = visits[-1]
            for p in members:
                if p not in visit.participants:
                    visit.participants.append(p)
                    visit.roles.setdefault(p, "visitor")
            self.accompanied.add(visit.trigger)

    def _described_outsiders(self) -> set[int]:
        """People with no post whom the text describes by a role outside government: "X, an analyst at Y",
        "political scientist X", "X, a professor of law"."""
        roles = self.lex.cue("outsider_role")
        found: set[int] = set()
        for mention in self.ann.names:
            cluster = mention.cluster
            if cluster is None or self.ann.clusters[cluster].titles:
                continue
            before = [self.doc[i] for i in range(max(0, mention.start - 2), mention.start)]
            after: list[Token] = []
            if mention.end + 1 < len(self.doc) and self.doc[mention.end].text == ",":
                for tok in self.doc[mention.end + 1 : min(len(self.doc), mention.end + 8)]:
                    if tok.text in (",", ".", ";") or tok.lower_ in ("of", "at", "with", "from", "for", "who"):
                        break
                    after.append(tok)
            if any(t.lemma_.lower() in roles or t.lower_ in roles for t in [*before, *after]):
                found.add(cluster)
        return found

    def _event_just_told(self, sent: int) -> EventAnn | None:
        """The last meeting, signing, call or press conference held, told (or referred to: "The meeting also
        heard ...") in this sentence or the one before."""
        best: EventAnn | None = None
        for ev in [*self.ann.events, *self.found]:
            last = max([ev.sent, *ev.more_sents])
            if (
                last >= sent - 1
                and ev.type in ("meeting", "signing", "phone_call", "press_conference")
                and ev.status == "held"
                and (best is None or last >= max([best.sent, *best.more_sents]))
            ):
                best = ev
        return best

    def _arriving(self, verb: Token, patients: list[Token], sent: int) -> list[int]:
        """The visitors a passive welcome is about: the subject of the travel verb it is joined to, or, for "the
        guest" or "the delegation", those of the visit told in this sentence or the one before."""
        if not patients and verb.dep_ == "conj" and self._travel_verb(verb.head):
            return self.subject_of(verb.head)
        if len(patients) != 1 or patients[0].lemma_.lower() not in self.lex.cue("guest_noun"):
            return []
        for ev in [*reversed(self.found), *reversed(self.ann.events)]:
            if ev.sent < sent - 1:
                break
            if ev.type == "visit" and ev.status == "held" and ev.participants:
                return list(ev.participants)
        return []

    @staticmethod
    def _invited(verb: Token) -> bool:
        """The verb says what someone is invited to do ("invited X to visit", "an invitation ... to visit")."""
        return bool(_invitations(verb)) or (
            verb.dep_ in ("xcomp", "advcl", "acl") and verb.head is not verb and verb.head.lemma_.lower() == "invite"
        )

    def _bare_word(self, cluster_index: int) -> bool:
        """A person known only by one word, with no title or rank anywhere in the article."""
        cluster = self.ann.clusters[cluster_index]
        return not cluster.titles and not cluster.ranks and len(cluster.name.split()) == 1

    def _attended_by(self, verb: Token) -> list[int]:
        """ "chaired the meeting, attended by X": those the participle after the verb names (the parser hangs it
        on the verb, not on the meeting)."""
        return [
            x
            for c in verb.children
            if c.dep_ in ("advcl", "acl") and c.lemma_.lower() == "attend"
            for a in c.children
            if a.dep_ == "agent"
            for p in a.children
            for x in self.persons_of(p)
        ]

    def _after_a_call(self, verb: Token) -> bool:
        """ "X called A, and later spoke with B": talks joined to a call of the same doer are a call too."""
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        first = verb.head
        trig = self.lex.verb_triggers.get(first.lemma_.lower())
        return (
            trig is not None
            and trig.type == "phone_call"
            and any(c.dep_ in ("dobj", "obj") and self.persons_of(c) for c in first.children)
        )

    def _in_call_series(self, verb: Token, sent: int) -> bool:
        """The verb's doer made a series of phone calls told in one of the three sentences before: "X held a
        series of phone calls ... X spoke separately with A, B and C"."""
        doers = self.subject_of(verb)
        return any(sent - 3 <= at < sent and set(doers) & set(callers) for at, callers in self.call_series)

    # -- noun events -----------------------------------------------------------------------------------------
    def noun_event(self, head: Token, trig: TriggerInfo, sent: int) -> EventAnn | None:
        if trig.needs == "series" and not self._round_of_body(head):
            return None
        if " ".join(t.lower_ for t in self.doc[head.i : head.i + 3]) in self.lex.cue("not_event"):
            return None  # "completing his tour of duty": a posting, no trip
        participants: list[int] = []
        roles: dict[int, str] = {}
        group: GroupMention | None = None
        description: str | None = None
        governing = head.head if head.head is not head else None
        held_as = head
        if (
            governing is not None
            and governing.lower_ == "of"
            and governing.head.lemma_.lower() in SERIES_NOUNS
            and governing.head.head.pos_ in ("VERB", "AUX")
            and trig.type != "phone_call"
        ):
            # "held a round of talks with X", "held the first round of political consultations": the verb holds
            # the round, and the talks with it
            held_as = governing.head
            governing = held_as.head
        light_verb = (
            governing is not None
            and (governing.pos_ in ("VERB", "AUX") or _verb_tagged_adjective(governing))
            and governing.lemma_.lower().replace("-", "") in self.light
            and held_as.dep_ in ("dobj", "nsubjpass", "attr", "nsubj", "obj")
        )
        creates = light_verb and governing is not None and self.light[governing.lemma_.lower().replace("-", "")][1]
        if trig.type == "phone_call" and head.lower_ != head.lemma_.lower() and head.lower_.endswith("s"):
            # "held (a series of) phone calls with regional counterparts": the talks told next are those calls
            verb = governing
            if verb is not None and verb.lower_ == "of" and verb.head.lemma_.lower() in SERIES_NOUNS:
                verb = verb.head.head
            callers = self.subject_of(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else []
            if callers:
                self.call_series.append((sent, callers))
        if (
            governing is not None
            and governing.lower_ == "of"
            and governing.head.lemma_.lower() in ("sideline", "sidelines", "margin", "margins")
        ):
            return None  # "on the sidelines of a session of the Council": where, not what, is reported
        if (
            not light_verb
            and governing is not None
            and head.dep_ in ("dobj", "obj")
            and governing.lemma_.lower() in self.lex.cue("abstract_verb")
        ):
            return None  # "continue facilitating dialogue between the parties": a practice, not an event
        definite = any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in head.children)
        if (
            definite
            and governing is not None
            and head.dep_ == "nsubj"
            and governing.lemma_.lower() in INCLUDING_VERBS
            and any(ev.type == trig.type and ev.status == "held" for ev in self.ann.events)
        ):
            # "The meeting brought together A; B; and C": those of the meeting told before
            self.reference(head, trig, sent, joined=self._people_after(governing, lists=True))
            return None
        if (
            definite
            and governing is not None
            and head.dep_ in ("dobj", "obj")
            and governing.lemma_.lower() in self.lex.cue("closing_verb")
        ):
            self.reference(head, trig, sent)  # "before concluding her visit on Friday": the visit under way
            return None
        if (
            definite
            and governing is not None
            and head.dep_ in ("nsubj", "nsubjpass")
            and self._cancels(governing)
            and not any(c.dep_ == "prep" and c.lower_ in NOUN_PARTICIPANT_PREPS for c in head.children)
        ):
            # "X was due to meet Y on Tuesday, but the meeting was cancelled": the one planned just before is off
            for told in (self.found, self.ann.events):
                planned = [
                    ev
                    for ev in told
                    if ev.type == trig.type
                    and ev.status == "planned"
                    and (ev.sent == sent or (ev.sent == sent - 1 and self.doc[ev.trigger].lemma_ == head.lemma_))
                ]
                if planned:
                    told.remove(planned[-1])
                    break
            return None
        if trig.type == "visit":
            hosts = [
                x
                for c in head.children
                if c.dep_ == "prep" and c.lower_ == "to"
                for p in c.children
                if p.dep_ == "pobj" and p.i not in self.place_at and p.ent_type_ not in ("GPE", "LOC")
                for x in self.persons_of(p)
            ]
            if hosts:
                # "paid a courtesy visit to Foreign Minister X": a call on a person is a meeting
                trig = TriggerInfo(trig.form, trig.pos, "meeting", "guest", "host", "-")
                participants += hosts
                roles.update(dict.fromkeys(hosts, "host"))
        for child in head.children:
            if child.dep_ == "poss":
                participants += [c for c in self.persons_of(child) if c not in participants]
            elif child.dep_ == "prep" and child.lower_ in NOUN_PARTICIPANT_PREPS:
                if (
                    governing is not None
                    and governing.head.i != governing.i
                    and _stolen_agent(governing.head, governing)
                ):
                    continue  # "signed during the visit by X": X signed, X's visit it was not
                for pobj in child.children:
                    # (a name the parser took for a clause: "a meeting of [ECOWAS] security chiefs")
                    if pobj.dep_ != "pobj" and not (pobj.dep_ == "pcomp" and pobj.pos_ in ("PROPN", "ADJ", "NOUN")):
                        continue
                    if child.lower_ == "to" and trig.type not in ("phone_call", "meeting"):
                        continue
                    people = self.persons_of(pobj)
                    participants += [c for c in people if c not in participants]
                    if child.lower_ in ("of", "between", "among") and not people:
                        for t in pobj.subtree:
                            if t.i in self.group_at:
                                group = self.group_at[t.i]
                                break
                        if group is None and child.lower_ == "of" and trig.type == "meeting":
                            description = self._body_description(head, pobj)
            elif child.dep_ in ("compound", "nmod") and child.i in self.ann.token_people:
                participants += [c for c in self.persons_of(child) if c not in participants]
            elif child.dep_ in ("acl", "relcl") and child.lemma_.lower().replace("-", "") in CLAUSE_PARTICIPANTS:
                # "The meeting, hosted by X, ...", "a meeting which brings together X and Y"
                role = CLAUSE_PARTICIPANTS[child.lemma_.lower().replace("-", "")]
                for also in child.children:
                    if also.dep_ == "conj" and also.lemma_.lower() in INCLUDING_VERBS:
                        # "which was chaired by X and also brought together Y"
                        for obj in also.children:
                            if obj.dep_ in ("dobj", "obj"):
                                participants += [c for c in self.persons_of(obj) if c not in participants]
                for grand in child.children:
                    if grand.dep_ in ("agent", "dobj", "obj"):
                        people = [
                            x
                            for p in (grand.children if grand.dep_ == "agent" else [grand])
                            for x in self.persons_of(p)
                        ]
                        for c in people:
                            if c not in participants:
                                participants.append(c)
                            if role != "participant" and grand.dep_ == "agent":
                                roles.setdefault(c, role)
        if (
            trig.type == "press_conference"
            and not participants
            and governing is not None
            and governing.dep_ == "prep"
            and governing.lower_ in ("at", "during")
            and head.dep_ == "pobj"
            and governing.head.lemma_.lower() in self.lex.speech_cues
        ):
            # "X told reporters at a weekly briefing that ...", "At a briefing, X said ...": the speaker gives it
            participants = list(self.subject_of(governing.head))
        their = any(c.dep_ == "poss" and c.lower_ == "their" for c in head.children)
        own = any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children)
        if (
            trig.type in ("meeting", "phone_call", "press_conference")
            and (participants or their or own)
            and not light_verb
            and governing is not None
            and governing.dep_ == "prep"
            and head.dep_ == "pobj"
        ):
            # "In a meeting with X, Y said ...", "Speaking after his talks with X, Y ...", "X and Y reviewed ties at
            # their meeting"; "Y is in Nairobi for talks with X", "Y will lead a delegation to Washington for
            # meetings with X": the clause's doers take part
            verb = _clause_verb(governing.head)
            expected = verb.lemma_.lower() == "expect" and any(c.dep_ == "nsubjpass" for c in verb.children)
            if governing.lower_ == "for":
                joins = (
                    verb.lemma_.lower() == "be"
                    or expected  # "X is expected in Beirut for talks with Y"
                    or self._travel_verb(verb)
                    or (self.lex.verb_triggers.get(verb.lemma_.lower()) or _NO_TRIGGER).needs == "delegation"
                )
            else:
                joins = (
                    governing.lower_ in FRAMING_PREPS
                    and (their or any(c.dep_ == "prep" and c.lower_ == "with" for c in head.children))
                ) or (governing.lower_ == "at" and verb.lemma_.lower() == "join")  # "joined X at the meeting"
            participle = governing.head
            own_fronted = (
                trig.type == "press_conference"
                and own
                and participle.dep_ == "advcl"
                and participle.lower_.endswith("ing")
                and participle.i < participle.head.i
                and not any(c.dep_ == "prep" and c.lower_ == "with" for c in head.children)
            )
            if own_fronted:
                # "Speaking at her weekly press briefing, the spokesperson X said": "her" is the speaker named after
                joins = True
            doers = self.subject_of(verb) if joins and verb.pos_ in ("VERB", "AUX") else []
            if joins and expected:
                doers = [x for c in verb.children if c.dep_ == "nsubjpass" for x in self.persons_of(c)]
            if own_fronted and doers:
                participants = list(doers)
            elif not their or len(doers) >= 2:
                participants = [c for c in doers if c not in participants] + participants
        if trig.type == "attendance":
            # "in the presence of A, B and C": the parser often hangs the later names elsewhere
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    participants += [c for c in self._people_after(child, lists=True) if c not in participants]
        if trig.needs == "meal":
            # "hosted a dinner in honour of X", "a luncheon for visiting X": the guests named after the meal (not in
            # a clause about it: "a luncheon for the envoy, at which the two discussed a visit by Y")
            stack = [c for c in head.children if c.i > head.i]
            while stack:
                t = stack.pop()
                if t.dep_ in ("relcl", "acl", "advcl"):
                    continue
                participants += [c for c in self.ann.token_people.get(t.i, []) if c not in participants]
                stack += sorted(t.children, key=lambda c: -c.i)
            for c in participants:
                roles.setdefault(c, "guest")
        if trig.type == "signing" and not participants:
            # "the signing of a trade agreement by X and Y": the parser hangs "by" on the agreement
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        for by in pobj.children:
                            if by.dep_ in ("prep", "agent") and by.lower_ == "by":
                                for agent in by.children:
                                    participants += [c for c in self.persons_of(agent) if c not in participants]
            if not participants and head.dep_ in ("dobj", "obj"):
                participants = self._signed_by_after(head)
            for c in participants:
                roles.setdefault(c, "signatory")
        unnamed: list[tuple[str, list[str]]] = []
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("with", "between", "to", "among"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        unnamed += [p for p in self.unnamed_of(pobj) if p not in unnamed]
        own = bool(participants) or group is not None
        attended = (
            governing is not None
            and governing.lower_ == "in"
            and head.dep_ == "pobj"
            and (self.lex.verb_triggers.get(governing.head.lemma_.lower()) or _NO_TRIGGER).type == "attendance"
        )  # "took part in the ministerial meeting of the Movement"
        if ((light_verb and not creates) or attended) and definite and not own:
            description = None  # "attended the closing session of the Forum": the occasion, reported by the verb
        next_one = not own and description is None and self._next_in_series(head)
        coming = None if own else self._held_after(head)
        if coming is not None and head.head.i == coming.i:
            coming = None  # "The meeting will be held in Tokyo": the meeting reported before, if any
        if coming is not None:
            # "the meeting of the Council of Foreign Ministers to be held in Moscow": one still to come
            next_one = True
            description = description or self._noun_phrase(_series_noun(head))
        if (
            definite
            and not next_one
            and head.dep_ == "nsubjpass"
            and not any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in NOUN_PARTICIPANT_PREPS) for c in head.children
            )
            and any(ev.type == trig.type for ev in self.ann.events)
        ):
            # "The meeting, which also included X, was held behind closed doors": the meeting reported before
            self.reference(head, trig, sent)
            return None
        if light_verb and governing is not None and (creates or not definite or own):
            if head.dep_ not in ("nsubj", "nsubjpass"):
                unnamed += [p for p in self.unnamed_subject(governing) if p not in unnamed]
            unnamed += [p for p in self.unnamed_objects(governing) if p not in unnamed]
            subj_role = self.light[governing.lemma_.lower().replace("-", "")][0]
            subj = self.subject_of(governing) if head.dep_ not in ("nsubj", "nsubjpass") else []
            if (
                description is not None
                and governing.dep_ == "xcomp"
                and governing.head.lemma_.lower() in ("agree", "decide", "resolve")
            ):
                subj = []  # "The two sides agreed to convene the first session of the Joint Committee": a body's
                # meeting to come, whoever will sit in it
            for c in subj:
                if c not in participants:
                    participants.insert(0, c)
                if subj_role != "-":
                    roles[c] = subj_role
                elif trig.subject_role not in ("-", "participant"):
                    roles[c] = trig.subject_role
            for c in self.objects_of(governing):
                if c not in participants:
                    participants.append(c)
                if trig.object_role == "guest" and c not in subj:
                    roles.setdefault(c, "guest")  # "accorded a warm welcome to X"
            for c in self._attended_by(governing):
                if c not in participants:
                    participants.append(c)
            if trig.object_role == "guest":
                # "gave a warm welcome on Thursday to X": the guest hung on the verb
                for child in governing.children:
                    if child.dep_ == "prep" and child.lower_ == "to":
                        for pobj in child.children:
                            participants += [c for c in self.persons_of(pobj) if c not in participants]
                            roles.update({c: "guest" for c in self.persons_of(pobj)})
            if trig.type == "phone_call":
                # "received a phone call today from X": the parser hangs "from X" on the verb
                for child in governing.children:
                    if child.dep_ == "prep" and child.lower_ == "from":
                        for pobj in child.children:
                            participants += [c for c in self.persons_of(pobj) if c not in participants]
        elif (
            not participants
            and (prep := _through_measure(governing, head)) is not None
            and prep.dep_ == "prep"
            and (
                prep.lower_ not in ("about", "regarding", "concerning", "of", "for")
                or (prep.lower_ == "for" and self._travel_verb(_clause_verb(prep.head)))
            )
            and _clause_verb(prep.head).pos_ in ("VERB", "AUX")
            and (not definite or (trig.type == "visit" and prep.lower_ not in ("during", "after", "following")))
        ):  # ("During the visit, X and Y signed": the visit told before, not one of theirs)
            # "discussed ... in a telephone conversation", "arrived ... on a two-day visit",
            # "Upon arrival in Tehran, X said", "signed by X and Y after three hours of talks"
            verb = _clause_verb(prep.head)
            participants = self.subject_of(verb)
            if trig.type != "visit":
                participants += [o for o in self.objects_of(verb) if o not in participants]
        if next_one and not participants and self.status_of(head) == "planned":
            description = self._noun_phrase(_series_noun(head))  # "the next trilateral meeting will be held in X"
        if definite and not participants and group is None and description is None:
            self.reference(head, trig, sent)
            return None
        if trig.type == "visit":
            for c in participants:
                roles.setdefault(c, "visitor")
        if not participants and group is None and description is None and not unnamed:
            self.reference(head, trig, sent)
            return None
        status = self.status_of(head)
        if status == "cancelled":
            return None
        if coming is not None:
            status = "planned"
        light = governing if light_verb and governing is not None else None
        place = (
            self.place_near(head, include_objects=False)
            or (self.place_near(light, include_objects=False) if light is not None else None)
            or (self.place_near(coming, include_objects=False) if coming is not None else None)
        )
        date = (
            self.date_near(head)
            or (self.date_near(light) if light is not None else None)
            or (self.date_near(coming) if coming is not None else None)
        )
        if place is None and description is not None:
            # "to hold the 10th session of the Joint Commission in Nouakchott": the place hung on the body's name
            for body in (p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children):
                place = place or self.place_near(body, include_objects=False) or self._place_after_in(body.subtree)
        if trig.type == "visit" and place is None and governing is not None:
            framing = _through_measure(governing, head) or governing  # ("left Quito at the end of a visit")
            place = self.place_near(framing, include_objects=True)
            if place is None and framing.dep_ == "prep":
                place = self.place_near(framing.head, include_objects=True)
        agreements = self.agreements_of(head, sent, False) if trig.type == "signing" else []
        if (
            trig.type == "press_conference"
            and len(participants) < 2
            and any(c.lower_ == "joint" for c in head.children)
        ):
            # a joint press conference: with whoever the speaker last met or signed with
            for ev in reversed(self.ann.events):
                if (
                    ev.type in ("meeting", "signing")
                    and ev.status == "held"
                    and set(ev.participants) & set(participants)
                ):
                    # (not those who only also took part)
                    participants += [
                        c for c in ev.participants if c not in participants and ev.roles.get(c) != "attendee"
                    ]
                    break
        ev = EventAnn(
            type=trig.type,
            trigger=head.i,
            sent=sent,
            participants=participants,
            roles=roles,
            status=status,
            place=place,
            date=date,
            agreements=agreements,
            group=group,
            description=description,
            unnamed=unnamed,
            rule=f"noun:{trig.form}" + ("+light" if light_verb else ""),
            confidence=0.85 if len(participants) > 1 or trig.type == "visit" else 0.75,
        )
        if trig.type == "visit":
            ev.duration = self.duration_near(head)
        if trig.type in ("meeting", "phone_call"):
            for t in head.children:
                if (
                    t.dep_ == "prep"
                    and t.lower_ in ("on", "about", "regarding", "concerning")
                    and not any(c.ent_type_ in ("DATE", "TIME") for c in t.children)
                ):
                    ev.topics += self.items(t)
        return ev

    def _signed_by_after(self, head: Token) -> list[int]:
        """The people named after the first "by" that follows a signing noun, up to the end of the clause, however
        the parser hangs them: "witnessed the signing of a memorandum on ... by Mrs. X, Secretary of ..., and
        Mr. Y". Nothing when another verb comes first."""
        sent = self._sent(head)
        by = None
        for t in self.doc[head.i + 1 : sent.end]:
            if (t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN") or t.text in (";", ":") or t.lower_ in ("while", "who"):
                return []
            if t.lower_ == "by":
                by = t
                break
        if by is None:
            return []
        return self._people_after(by)

    def _officials(self) -> set[int]:
        """The people with a title or a rank somewhere in the article."""
        return {c.index for c in self.ann.clusters if c.titles or c.ranks}

    def _people_after(self, by: Token, *, lists: bool = False) -> list[int]:
        """The officials named (by name, not "both sides", and with a title or rank somewhere in the article)
        after ``by`` up to the end of its clause: a verb, a semicolon (not between the people of a list, with
        ``lists``), a relative word, another agreement ("signed by A, the agreement with Bangladesh by B") or event
        ("in the presence of C")."""
        if self._named is None:
            officials = self._officials()
            self._named = {
                i
                for m in self.ann.names
                for i in range(m.start, m.end)
                if set(self.ann.token_people.get(i, [])) & officials
            }
        people: list[int] = []
        for t in self.doc[by.i + 1 : self._sent(by).end]:
            if lists and t.text == ";" and people:
                continue  # "attended by A, Minister of X; B, Minister of Y; and C": a list of attendees
            if t.text in (";", ":") or t.lower_ in ("while", "who", "whom", "whose", "which", "where", "whereas"):
                break
            if t.i in self.noun_trigger_at or t.lower_ in ("presence", "attendance"):
                break  # "signed by A and B in the presence of C": C attended
            if t.pos_ in ("VERB", "AUX") and t.i not in self.ann.token_people and t.lower_ != "including":
                break  # (but "brought together the ministers, including A and B" goes on to the list)
            if t.text == "," and t.dep_ == "punct" and t.head.pos_ in ("VERB", "AUX") and t.head.i > t.i:
                break  # "In the presence of both leaders, A and B signed": the doers of the main clause
            if t.i not in self.ann.token_people and self._gapped_agreement(t) is not None:
                break
            if t.i in self._named:
                people += [c for c in self.ann.token_people.get(t.i, []) if c not in people]
        return people

    def _gapped_agreement(self, tok: Token) -> Token | None:
        """The "by" of an agreement named in a list that leaves out the verb: "the agreement with Bangladesh by
        its minister". ``tok`` is the agreement's first word; None when it is no such phrase."""
        if self.lex.agreement_kinds.match(self.w.norm, tok.i, stop=self._sent(tok).end) is None:
            return None
        k = tok.i - 1
        while k > self._sent(tok).start and self.doc[k].dep_ in ("det", "nummod", "amod"):
            k -= 1
        if k <= self._sent(tok).start or self.doc[k].lower_ not in (",", "and", ";"):
            return None  # one item of a list ("..., the agreement with X by Y"), not "the signing of a MoU by"
        for t in self.doc[tok.i + 1 : min(tok.i + 12, self._sent(tok).end)]:
            if t.lower_ == "by":
                return t
            if t.pos_ in ("VERB", "AUX") or t.text in (",", ";") or t.i in self.ann.token_people:
                return None
        return None

    def gapped_signings(self, ev: EventAnn, sent: Span, index: int) -> list[EventAnn]:
        """ "The agreement with Pakistan was signed by A, the agreement with Bangladesh by B, and the agreement
        with Nigeria by C": a signing for each agreement named with its own signatories."""
        out: list[EventAnn] = []
        verb = self.doc[ev.trigger]
        for tok in self.doc[verb.i + 1 : sent.end]:
            if tok.i in self.ann.token_people:
                continue
            by = self._gapped_agreement(tok)
            if by is None:
                continue
            people = self._people_after(by)
            if not people:
                continue
            head = tok
            while head.head.i != head.i and head.head.i < by.i and head.head.i >= tok.i:
                head = head.head
            listed = self.lex.agreement_kinds.match(self.w.norm, tok.i, stop=sent.end)
            kind = self._kind_in(head) or (listed[1] if listed is not None else None)
            if kind is None:
                continue
            out.append(
                EventAnn(
                    type="signing",
                    trigger=by.i,
                    sent=index,
                    participants=people,
                    roles=dict.fromkeys(people, "signatory"),
                    status=ev.status,
                    place=ev.place,
                    date=ev.date,
                    agreements=[self._add_agreement(head, kind, index)],
                    rule="gapped:by",
                    confidence=0.75,
                )
            )
        return out

    def _meeting_body(self, verb: Token) -> str | None:
        """The name of the body that is the subject of a meeting verb, when it names no one: "The General Border
        Committee ... is scheduled to meet in Bangkok", "the Joint Commission met in Rabat". None otherwise."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ in ("xcomp", "conj"):
            subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (
            subj is None
            or not subj.text[:1].isupper()
            or subj.lower_ not in self.lex.institution_words
            or self.persons_of(subj)
            or subj.i in self.ann.token_people
        ):
            return None
        return self._noun_phrase(subj)

    def _held_after(self, head: Token) -> Token | None:
        """The verb of a clause right after an event's noun phrase that puts it in the future, whatever the
        parse hangs it on: "the consultations to be held in Dhaka", "the summit, which will take place in
        Lima", "the session scheduled to be convened in May". None when there is no such clause."""
        doc = self.doc
        end = max([head.i, *(c.right_edge.i for c in head.children if c.dep_ not in ("acl", "relcl", "punct"))])
        stop = self._sent(head).end
        k = end + 1
        if k < stop and doc[k].text == ",":
            k += 1
        if k < stop and doc[k].lower_ in ("which", "that"):
            k += 1
        if k < stop and doc[k].lower_ in ("is", "are"):
            k += 1
        if k < stop and doc[k].lemma_.lower() in self.lex.cue("plan_verb") and doc[k].lemma_.lower() != "agree":
            k += 1
        if k >= stop or doc[k].lower_ not in ("to", "will", "shall"):
            return None
        k += 1
        if k + 1 < stop and doc[k].lower_ == "be" and doc[k + 1].lemma_.lower() in self.lex.cue("convene_verb"):
            return doc[k + 1]
        if k + 1 < stop and doc[k].lemma_.lower() == "take" and doc[k + 1].lower_ == "place":
            return doc[k]
        if k < stop and doc[k].lemma_.lower() in ("convene", "meet"):
            return doc[k]
        return None

    def _travel_verb(self, verb: Token) -> bool:
        """ "leave for Manila for talks", "arrived in Hanoi for talks": a verb of travel, whose travellers take
        part in what they travel for."""
        trig = self.lex.verb_triggers.get(verb.lemma_.lower())
        if trig is not None and trig.type == "visit":
            return True
        # "will pay a state visit to Tashkent for talks with X": a light verb whose object is a trip
        return verb.lemma_.lower().replace("-", "") in self.light and any(
            c.dep_ in ("dobj", "obj") and c.i in self.noun_trigger_at and self.noun_trigger_at[c.i][0].type == "visit"
            for c in verb.children
        )

    def _round_of_body(self, head: Token) -> bool:
        """ "the next round of the Joint Commission", "the third round of the JCC": a coming or counted round of a
        body's meetings ("a round of talks" is the talks' own event; "a round of applause" none)."""
        counted = any(
            c.dep_ in ("amod", "advmod") and (c.lower_ in self.lex.cue("series_next") or c.ent_type_ == "ORDINAL")
            for c in head.children
        )
        of = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        return (
            counted
            and bool(of)
            and of[0].i not in self.noun_trigger_at
            and of[0].text[:1].isupper()
            and self.lex.noun_triggers.match(self.w.norm, of[0].i, stop=of[0].i + 1) is None
        )

    def _next_in_series(self, head: Token) -> bool:
        """ "the next meeting", "the next round of talks": the coming one of a series, not one reported before."""
        return any(
            c.dep_ in ("amod", "advmod") and c.lower_ in self.lex.cue("series_next")
            for c in _series_noun(head).children
        )

    @staticmethod
    def _noun_phrase(head: Token) -> str:
        """The event noun with the words in front of it and its "of" phrase ("the next round of talks")."""
        left = min((c.left_edge.i for c in head.lefts), default=head.i)
        right = head.i
        for c in head.rights:
            if c.dep_ == "prep" and c.lower_ == "of":
                right = c.right_edge.i
        return head.doc[left : right + 1].text

    def _body_description(self, head: Token, pobj: Token) -> str | None:
        """ "the 11th meeting of the CPEC Joint Cooperation Committee": a body meets, its members unnamed."""
        words = list(pobj.subtree)
        if not any(t.text[:1].isupper() and t.dep_ != "det" for t in words):
            return None
        start = min(t.i for t in head.subtree if t.i <= head.i)
        return self.doc[start : pobj.right_edge.i + 1].text

    def reference(self, head: Token, trig: TriggerInfo, sent: int, joined: Sequence[int] = ()) -> None:
        """A mention of an event already reported ("the meeting"): remember the sentence as more evidence,
        and the people it adds ("The meeting, which also included X, ...", or ``joined``)."""
        told = [ev for ev in self.ann.events if ev.type == trig.type]
        # "the meeting" is the last one told as a meeting (not a welcome or a courtesy call told since)
        named = [ev for ev in told if self.doc[ev.trigger].lemma_.lower() == head.lemma_.lower()]
        for ev in reversed(named or told):
            if ev.type == trig.type:
                if sent not in ev.more_sents and sent != ev.sent:
                    ev.more_sents.append(sent)
                ev.participants += [c for c in joined if c not in ev.participants]
                for child in head.children:
                    if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in INCLUDING_VERBS:
                        for obj in child.children:
                            if obj.dep_ in ("dobj", "obj", "attr"):
                                ev.participants += [c for c in self.persons_of(obj) if c not in ev.participants]
                return

    # -- status, place, date ---------------------------------------------------------------------------------
    def _chain(self, tok: Token) -> list[Token]:
        chain = [tok]
        cur = tok
        for _ in range(4):
            if cur.dep_ in (
                "xcomp",
                "dobj",
                "pobj",
                "prep",
                "nsubjpass",
                "nsubj",
                "pcomp",
                "conj",
                "acl",
                "advcl",
                "attr",
            ) and (cur.head is not cur):
                cur = cur.head
                chain.append(cur)
                if cur.pos_ == "VERB" and cur.dep_ not in ("xcomp", "conj", "prep", "pcomp"):
                    break
            else:
                break
        return chain

    def _cancels(self, t: Token) -> bool:
        """A cancelling verb ("postponed"), phrasal ones with their particle ("called off")."""
        cancel = self.lex.cue("cancel_verb")
        lemma = t.lemma_.lower()
        return lemma in cancel or any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in cancel for c in t.children)

    @staticmethod
    def _pronoun_subject(verb: Token) -> bool:
        """The verb's subject is a pronoun standing for something named before ("it was called off")."""
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in verb.children)

    def status_of(self, tok: Token) -> str:
        chain = self._chain(tok)
        future_occasion = False
        for k, t in enumerate(chain[1:], start=1):
            if t.dep_ == "prep" and t.lower_ in ("during", "at", "amid") and chain[k - 1].dep_ == "pobj":
                # "agreed to strengthen cooperation during talks": the talks are the occasion, not what was agreed
                # (but "will raise it during talks": talks to come)
                future_occasion = any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in t.head.children)
                chain = chain[:k]
                break
        planned = False
        said = chain[-1]
        if said.dep_ in ("ccomp", "acl") and said.head is not said:
            # "denied that X would meet Y", "denied reports that X would hold a meeting": a meeting denied
            above = said.head
            if above.pos_ == "NOUN" and above.dep_ in ("dobj", "obj") and above.head is not above:
                above = above.head
            if self._cancels(above):
                return "cancelled"
        for t in chain:
            lemma = t.lemma_.lower()
            if t is not tok and self._cancels(t):
                return "cancelled"
            if t is not tok and lemma in self.lex.cue("offer_word"):
                return "cancelled"  # "would be ready to host a meeting": an offer, no meeting held or set
            if t is not tok and lemma in self.lex.cue("plan_verb") and t.pos_ in ("VERB", "ADJ", "AUX"):
                planned = True
            if t is not tok and lemma in self.lex.cue("plan_noun") and t.pos_ == "NOUN":
                planned = True  # "discussed preparations for a visit by X"
            if (
                t is not tok
                and lemma == "be"
                and any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in t.children)
            ):
                planned = True  # "where she was to meet X": a meeting arranged, not one reported
            for c in t.children:
                cl = c.lower_
                if c.dep_ == "neg":
                    return "cancelled"
                if c.dep_ == "conj" and self._cancels(c):
                    return "cancelled"  # "had been planned ..., but was postponed" (or "called off")
                if c.dep_ == "conj" and any(
                    g.dep_ == "ccomp" and self._cancels(g) and self._pronoun_subject(g) for g in c.children
                ):
                    return "cancelled"  # "... had been planned, but it was called off, diplomats said" (misparsed)
                if c.dep_ in ("aux", "auxpass") and cl in ("will", "shall", "'ll", "would"):
                    planned = True
                if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in self.lex.cue("plan_object"):
                    planned = True  # "extended an invitation to X to visit": a visit offered, not made
                if c.dep_ in ("amod", "acl", "advmod") and self._cancels(c):
                    return "cancelled"
                if c.dep_ in ("amod", "acl", "compound") and (
                    cl in self.lex.cue("plan_modifier") or c.lemma_.lower() in self.lex.cue("plan_verb")
                ):
                    planned = True
        for t in chain:
            if t.dep_ == "relcl" and any(c.lower_ == "where" for c in t.children):
                # "postponed her visit to Lima, where she was to meet X": the trip called off takes the meeting
                cur = t.head
                for _ in range(4):
                    if cur.dep_ not in ("pobj", "prep", "dobj", "nsubjpass") or cur.head is cur:
                        break
                    cur = cur.head
                    if cur.pos_ in ("VERB", "AUX"):
                        if self._cancels(cur) or any(c.dep_ == "neg" for c in cur.children):
                            return "cancelled"
                        break
        date = self.date_near(tok)
        if date is not None and is_future_expression(self.doc[date[0] : date[1]].text):
            planned = True
        if (
            date is not None
            and _gerund(tok)
            and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re") for c in tok.children)
        ):
            planned = True  # "is leaving for New Delhi on Tuesday": the present progressive with a date looks ahead
        return "planned" if planned or future_occasion else "held"

    def place_near(self, tok: Token | None, *, include_objects: bool) -> tuple[int, int] | None:
        if tok is None:
            return None
        preps = ("in", "at", "to", "into")
        dateline = self.ann.dateline is not None and self.ann.dateline.city is not None
        for child in tok.children:
            if child.lower_ == "here" and child.dep_ == "advmod" and dateline:
                return (-1, -1)  # "arrived here": in the dateline's city
            if child.dep_ == "prep" and child.lower_ in preps:
                for pobj in child.children:
                    span = self._place_in(pobj)
                    if span is not None:
                        return span
            if child.dep_ == "prep" and child.lower_ == "with":
                # "met with visiting X in Beijing": the parser hangs the place on "visiting"
                for pcomp in child.children:
                    if pcomp.dep_ == "pcomp" and pcomp.lower_ in ("visiting", "incoming", "outgoing"):
                        span = self._place_after_in(pcomp.children)
                        if span is not None:
                            return span
            if include_objects and child.dep_ in ("dobj", "npadvmod"):
                span = self._place_in(child)
                if span is not None:
                    return span
            if child.dep_ == "acl":
                # "a meeting ... scheduled to be held in Baghdad"
                span = self._place_after_in(child.subtree)
                if span is not None:
                    return span
        # "travel to Mombasa, where he will meet X": the place the relative clause hangs on
        clause: Token | None = tok
        for _ in range(3):
            if clause is None:
                break
            if clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children):
                return self._place_in(clause.head)
            clause = clause.head if clause.dep_ in ("xcomp", "ccomp", "conj", "advcl") else None
        return None

    def _place_after_in(self, tokens: Iterable[Token]) -> tuple[int, int] | None:
        """The place named after the first "in" or "at" among ``tokens`` that names one."""
        for t in tokens:
            if t.dep_ == "prep" and t.lower_ in ("in", "at"):
                for pobj in t.children:
                    span = self._place_in(pobj)
                    if span is not None:
                        return span
        return None

    def _place_in(self, tok: Token) -> tuple[int, int] | None:
        if (
            tok.lower_ in ("country", "capital", "kingdom", "sultanate", "emirate", "republic")
            and any(c.lower_ == "the" for c in tok.children)
            and self.ann.dateline is not None
            and self.ann.dateline.city is not None
        ):
            return (-1, -1)  # "arrived in the country": the country of the dateline
        for t in self.expand(tok):
            if t.i in self.in_titles:
                continue
            if t.i in self.place_at:
                return self.place_at[t.i]
            for c in t.children:
                if c.dep_ == "compound" and c.i in self.place_at and c.i not in self.in_titles:
                    return self.place_at[c.i]
        if tok.ent_type_ in ("GPE",) and tok.i not in self.ann.token_people:
            ent = next((e for e in self.doc.ents if e.start <= tok.i < e.end), None)
            if ent is not None:
                return (ent.start, ent.end)
        return None

    def date_near(self, tok: Token | None) -> tuple[int, int] | None:
        if tok is None:
            return None
        best: tuple[int, int] | None = None
        noun = tok.pos_ in ("NOUN", "PROPN")
        inside = {t.i for t in tok.subtree} if noun else set()
        for ent in self.date_ents.get(self.sent_idx[tok.i], ()):
            if noun and ent.root.i in inside:
                return (ent.start, ent.end)
            cur = ent.root
            for _ in range(4):
                if cur == tok:
                    if best is None:
                        best = (ent.start, ent.end)
                    break
                if cur.head is cur or (cur.pos_ == "VERB" and cur != ent.root and cur != tok):
                    break
                cur = cur.head
        return best

    def duration_near(self, tok: Token) -> str | None:
        for t in tok.subtree:
            if t.head == tok and DURATION.match(t.text):
                return t.text
        for ent in self.sent_ents.get(self.sent_idx[tok.i], ()):
            if DURATION.match(ent.text) and ent.root.head == tok:
                return ent.text
        for t in tok.children:
            if t.dep_ in ("amod", "compound", "nummod"):
                text = self.doc[t.left_edge.i : t.i + 1].text
                if DURATION.match(text.replace(" ", "-")):
                    return text
        return None

    # -- agreements ------------------------------------------------------------------------------------------
    def agreements_of(self, tok: Token, sent: int, passive: bool) -> list[int]:
        found: list[int] = []
        deps = ("nsubjpass",) if passive else ("dobj", "obj")
        candidates: list[Token] = []
        for child in tok.children:
            if child.dep_ in deps:
                candidates += self.expand(child)
            elif child.dep_ == "prep" and child.lower_ in ("of", "for", "on"):
                candidates += [p for c in child.children for p in self.expand(c)]
        modified = tok.head if passive and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") else None
        if modified is not None:
            candidates.append(modified)  # "a Memorandum of Understanding on X, signed by A and B"
        if passive and tok.dep_ == "xcomp" and not any(c.dep_ == "nsubjpass" for c in tok.children):
            # "an agreement is expected (due, set) to be signed": the subject of the verb above
            above = tok.head
            if above.dep_ == "acomp" and above.head.i != above.i:
                above = above.head
            candidates += [p for c in above.children if c.dep_ in ("nsubjpass", "nsubj") for p in self.expand(c)]
        for np in candidates:
            if np.dep_ == "appos" and np is not modified:
                continue
            kind = self._kind_in(np)
            if kind is None:
                kind = self._listed_kind(np, sent)
            if (
                kind is None
                and np.lemma_.lower() in self.lex.cue("document_noun")
                and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in np.children)
                and self.ann.agreements
            ):
                # "The document was signed by A and B": the agreement just named
                found.append(len(self.ann.agreements) - 1)
                continue
            if kind is None:
                continue
            found.append(self._add_agreement(np, kind, sent))
        return found

    def _listed_kind(self, np: Token, sent: int) -> str | None:
        """ "The two sides signed three memoranda. The first, on X, was signed by A and B": an ordinal that
        stands for one of several agreements named in the sentence before or this one takes their kind."""
        if np.lower_ not in self.lex.cue("ordinal_reference") or any(c.dep_ == "pobj" for c in np.children):
            return None
        for earlier in reversed(self.ann.agreements):
            if earlier.plural and sent - 2 <= earlier.sent <= sent:
                return earlier.kind
        return None

    def _kind_in(self, np: Token) -> str | None:
        start = np.left_edge.i
        stop = np.i + 1
        for child in np.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                stop = max(stop, child.right_edge.i + 1)
        stop = min(stop, np.i + 6)
        for i in range(start, stop):
            m = self.lex.agreement_kinds.match(self.w.norm, i, stop=stop)
            if m is not None:
                return m[1]
        return None

    def _add_agreement(self, np: Token, kind: str, sent: int) -> int:
        """An agreement named by the phrase headed by ``np``: its name, subject ("on X", "for X", "in the
        field of X", or a modifier: "a trade agreement") and the topics it lists ("including X, Y and Z")."""
        subject = None
        topics: list[str] = []
        name_end = np.i + 1
        # the words of the kind itself ("memorandum of understanding") belong to the name
        for child in np.children:
            if (
                child.dep_ == "prep"
                and child.lower_ == "of"
                and self.lex.agreement_kinds.match(self.w.norm, np.i, stop=child.right_edge.i + 1)
            ):
                name_end = max(name_end, child.right_edge.i + 1)
        holders = [np] + [t for t in self.doc[np.i : name_end]]
        for holder in holders:
            for child in holder.children:
                if child.i < np.i or child.dep_ != "prep":
                    continue
                if child.lower_ in SUBJECT_PREPS and subject is None:
                    for pobj in child.children:
                        if pobj.dep_ not in ("pobj", "pcomp"):
                            continue
                        subject, listed = self._subject_phrase(pobj)
                        topics += listed
                        break
                elif child.lower_ == "including":
                    topics += self.items(child)
        if subject is None:
            mods = [c for c in np.children if c.dep_ in ("compound", "amod") and c.i < np.i and c.pos_ != "PROPN"]
            if mods and not self.lex.agreement_kinds.match(self.w.norm, mods[0].i, stop=np.i + 1):
                subject = self.doc[mods[0].left_edge.i : np.i].text
        left = np.left_edge.i
        while (
            left < np.i
            and self.doc[left].dep_ in ("det", "nummod", "predet", "poss", "amod")
            and not (self.lex.agreement_kinds.match(self.w.norm, left, stop=name_end))
        ):
            left += 1
        name = self.doc[left:name_end].text
        if not topics and subject:
            topics = self._subject_topics(subject)
        ann = AgreementAnn(
            start=left,
            end=name_end,
            kind=kind,
            sent=sent,
            name=name,
            subject=subject,
            topics=topics,
            plural=np.tag_ in ("NNS", "NNPS")
            or (not np.tag_ and np.lower_.endswith("s") and np.lemma_.lower() not in ("", np.lower_))
            or any(c.dep_ == "nummod" and c.lower_ != "one" for c in np.children),
        )
        self.ann.agreements.append(ann)
        return len(self.ann.agreements) - 1

    def _subject_topics(self, subject: str) -> list[str]:
        """The topics a subject names: "cooperation in fisheries and aquaculture" covers fisheries and
        aquaculture; "the supply of gas and the modernisation of power plants" covers both. Generic words of
        the cue kind ``subject_lead`` ("cooperation in the field of") are dropped from the front."""
        leads = self.lex.cue("subject_lead")
        words = subject.split()
        while words and words[0].lower() in leads:
            words = words[1:]
        rest = " ".join(words)
        if not rest:
            return []
        pieces = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", rest) if p.strip()]
        if len(pieces) > 1 and all(len(p.split()) <= 6 for p in pieces):
            return [p[4:] if p.lower().startswith("the ") else p for p in pieces]
        return [rest]

    def _subject_phrase(self, pobj: Token) -> tuple[str, list[str]]:
        """The subject of an agreement as stated, cut before a list of what it includes or a relative clause;
        the list's items come back as topics."""
        cut = [c for c in pobj.subtree if (c.dep_ == "prep" and c.lower_ == "including") or c.dep_ == "relcl"]
        end = min((c.left_edge.i for c in cut), default=pobj.right_edge.i + 1)
        while end > pobj.left_edge.i and self.doc[end - 1].is_punct:
            end -= 1
        start = pobj.left_edge.i
        while start < end and self.doc[start].dep_ in ("det", "predet"):
            start += 1
        topics = [t for c in cut if c.dep_ == "prep" for t in self.items(c)]
        return self.doc[start:end].text.strip(" ,"), topics

    def agreement_topics(self, sent: Span, index: int) -> None:
        """ "The MoU also covers X, Y and Z": topics of an agreement already found."""
        if not self.ann.agreements:
            return
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.lex.cue("agreement_verb"):
                continue
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if tok.dep_ == "relcl":
                subjects.append(tok.head)
            target = None
            for s in subjects:
                for t in s.subtree:
                    m = self.lex.agreement_kinds.match(self.w.norm, t.i, stop=s.right_edge.i + 1)
                    if m is not None:
                        target = self._agreement_for(m[1])
                        break
                if target is not None:
                    break
            if target is None:
                continue
            agreement = self.ann.agreements[target]
            if index != agreement.sent and index not in agreement.more_sents:
                agreement.more_sents.append(index)
            for child in tok.children:
                if child.dep_ in ("dobj", "obj", "xcomp", "ccomp") or (
                    child.dep_ == "prep" and child.lower_ in ("including", "on", "to")
                ):
                    agreement.topics += self.items(child)
            if tok.dep_ == "relcl":
                for child in tok.head.children:
                    if child.dep_ == "prep" and child.lower_ == "including":
                        agreement.topics += self.items(child)
            for t in sent:
                if (
                    t.lower_ == "including"
                    and t.dep_ == "prep"
                    and t.head.dep_ != "prep"
                    and not any(
                        t.i in range(c.left_edge.i, c.right_edge.i + 1) for c in tok.children if c.dep_ != "nsubj"
                    )
                    and t.head != tok.head
                ):
                    agreement.topics += self.items(t)
            agreement.topics = list(dict.fromkeys(agreement.topics))

    def _agreement_for(self, kind: str) -> int | None:
        for index in range(len(self.ann.agreements) - 1, -1, -1):
            if self.ann.agreements[index].kind == kind:
                return index
        return len(self.ann.agreements) - 1 if self.ann.agreements else None

    # -- topics ----------------------------------------------------------------------------------------------
    def items(self, tok: Token) -> list[str]:
        """The items of a list ("X, Y, and Z") under ``tok``, as short phrases: the list's words are cut at
        its commas (a two-item list with no comma at its "and")."""
        if tok.dep_ == "prep" or tok.pos_ == "ADP":
            heads = [c for c in tok.children if c.dep_ in ("pobj", "pcomp")]
        else:
            heads = [tok]
        if not heads:
            return []
        start = min(h.left_edge.i for h in heads)
        end = max(h.right_edge.i for h in heads) + 1
        pieces: list[list[Token]] = [[]]
        for t in self.doc[start:end]:
            if t.text in (",", ";"):
                pieces.append([])
            else:
                pieces[-1].append(t)
        pieces = [p for p in pieces if p]
        if len(pieces) > 1:
            pieces[-1:] = self._split_last(pieces[-1])
        if len(pieces) == 1:
            conj = [c for h in heads for c in self.expand(h) if c.dep_ == "conj"]
            if conj and all(c.pos_ in ("NOUN", "PROPN") for c in conj):
                split = [[t for t in pieces[0] if t.i < conj[0].left_edge.i and t.dep_ != "cc"]]
                for i, c in enumerate(conj):
                    stop = conj[i + 1].left_edge.i if i + 1 < len(conj) else end
                    split.append([t for t in pieces[0] if c.left_edge.i <= t.i < stop and t.dep_ != "cc"])
                pieces = [p for p in split if p]
        out = []
        for piece in pieces:
            text = self._clean_item(piece)
            if text and len(text) > 2 and text.lower() not in self.lex.cue("list_filler"):
                out.append(text)
        return out

    @staticmethod
    def _split_last(piece: list[Token]) -> list[list[Token]]:
        """The last piece of a list without a final comma holds two items: "B and C"."""
        inside = {t.i for t in piece}
        for k, t in enumerate(piece):
            if k == 0 or t.dep_ != "cc" or t.head.i not in inside:
                continue
            item = t.head
            nxt = [c for c in item.children if c.dep_ == "conj" and c.i > t.i]
            if nxt and item.dep_ == "conj":
                return [piece[:k], piece[k + 1 :]]
        return [piece]

    def _clean_item(self, piece: list[Token]) -> str:
        words = list(piece)
        changed = True
        while words and changed:
            changed = False
            low = words[0].lower_
            if (
                low in self.lex.cue("list_lead")
                or words[0].dep_ in ("det", "predet", "cc")
                or low in self.lex.cue("action_verb")
                or (words[0].lemma_.lower() in self.lex.cue("action_verb"))
            ):
                words.pop(0)
                changed = True
            elif len(words) > 2 and " ".join(w.lower_ for w in words[:3]) in ("all forms of", "in addition to"):
                del words[:3]
                changed = True
        while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
            words.pop()
        if not words:
            return ""
        return self.doc[words[0].i : words[-1].i + 1].text

    def topics(self, sent: Span, index: int, found: list[EventAnn]) -> None:
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.lex.cue("topic_verb"):
                continue
            lemma = tok.lemma_.lower()
            if lemma in ("cover",) and any(
                self.lex.agreement_kinds.match(self.w.norm, c.i, stop=c.i + 4) for c in tok.children
            ):
                continue
            items: list[str] = []
            for child in tok.children:
                if (
                    (child.dep_ in ("dobj", "obj") and child.i not in self.noun_trigger_at)
                    or (child.dep_ == "nsubjpass" and child.i not in self.noun_trigger_at)
                    or (child.dep_ == "prep" and child.lower_ in ("on", "upon") and lemma in ("focus", "exchange"))
                ):
                    items += self.items(child)
            if not items:
                continue
            target = self._event_for_topics(tok, index, found)
            if target is not None:
                target.topics += [i for i in items if i not in target.topics]

    def _event_for_topics(self, tok: Token, index: int, found: list[EventAnn]) -> EventAnn | None:
        consult = [e for e in found if e.type in ("meeting", "phone_call", "visit")]
        if consult:
            return min(consult, key=lambda e: abs(e.trigger - tok.i))
        # "were discussed in the meeting", "During the meeting, ...": the event referred to
        for t in self._sent(tok):
            if t.i in self.noun_trigger_at:
                trig = self.noun_trigger_at[t.i][0]
                for ev in reversed(self.ann.events):
                    if ev.type == trig.type and ev.sent <= index:
                        return ev
        # "discussing with him X": the closest meeting of the same sentence
        return None

    # -- statements ------------------------------------------------------------------------------------------
    def _find_quotes(self) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        text = self.text
        for open_q, close_q in QUOTE_PAIRS:
            pos = 0
            while True:
                a = text.find(open_q, pos)
                if a < 0:
                    break
                b = text.find(close_q, a + 1)
                if b < 0:
                    break
                if b - a > 3:
                    spans.append((a + 1, b))
                pos = b + 1
        return sorted(spans)

    def statements(self, sent: Span, index: int) -> None:
        said: set[int] = set()  # one statement per speaker and sentence: the first cue opens it
        for tok in sent:
            if tok.pos_ not in ("VERB",) or tok.lemma_.lower() not in self.lex.speech_cues:
                continue
            if tok.i in self.ann.token_people:
                continue  # "Khalfan bin Said Al-Harthy": a name, not a verb
            lemma = tok.lemma_.lower()
            quoted: list[int] = []
            if tok.dep_ == "pcomp" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() == "quote":
                # "X was quoted as saying ...", "the ministry quoted X as saying ...": X said it
                quoted = [
                    c
                    for q in tok.head.head.children
                    if q.dep_ in ("nsubjpass", "dobj", "obj")
                    for c in self.persons_of(q)
                ]
            participle = tok.tag_ in ("VBG", "VBN") and tok.dep_ in SUBORDINATE
            if (
                _gerund(tok)
                and tok.dep_ == "advcl"
                and tok.head.pos_ == "VERB"
                and tok.head.lemma_.lower() not in self.lex.speech_cues
                and not any(c.dep_ == "nsubj" for c in tok.children)
            ):
                # "X lauded the initiative, saying ...", "X wrote to Y, urging him to ...": X says it
                quoted = [c for c in self.subject_of(tok.head) if c not in said]
            if participle and not any(c.dep_ == "nsubj" for c in tok.children) and not quoted:
                continue
            if tok.dep_ in ("amod", "compound"):
                continue
            if tok.dep_ == "pcomp" and tok.head.lower_ == "with" and _gerund(tok):
                continue  # "held talks, with the two sides pledging to deepen ties": the talks' outcome, no speech
            if tok.dep_ == "relcl" and not any(
                c.dep_ == "ccomp" or (c.dep_ == "nsubj" and c.lower_ == "who") for c in tok.children
            ):
                continue  # "..., which she said could harm exporters" (but "X, who reiterated ...," is X's)
            if lemma == "call" and not self._calls_for(tok):
                continue
            if lemma in ("welcome", "receive", "host") and (
                self.objects_of(tok)
                or any(c.dep_ in ("dobj", "obj") and c.lower_ in ("him", "her", "them") for c in tok.children)
            ):
                continue  # "welcomed her with military honours": a welcome, no words
            speakers: list[int] = list(quoted)
            for c in tok.children:
                if c.dep_ == "nsubj":
                    speakers += [s for s in self.persons_of(c) if s not in speakers]
            if not speakers and tok.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in tok.children):
                for c in tok.head.children:
                    if c.dep_ == "nsubj":
                        speakers += [s for s in self.persons_of(c) if s not in speakers]
            speakers = [s for s in speakers if s not in said]
            if not speakers:
                continue
            cue = tok.text
            for c in tok.children:
                if c.dep_ == "prt":
                    cue = f"{tok.text} {c.text}"
            quote = self._quote_for(tok, sent)
            if (
                lemma in ("write", "post", "tweet")
                and quote is None
                and not any(c.dep_ == "ccomp" for c in tok.children)
            ):
                continue  # "wrote to the UN chief", "posted photos": no words reported (but "wrote on X that ...")
            if quote is not None:
                text, is_quote = self.text[quote[0] : quote[1]].strip().rstrip(","), True
            else:
                text, is_quote = self._reported(tok), False
            if not text or (
                not is_quote
                and (
                    text.lower().rstrip(".") in _BARE_CONTENT or " ".join(text.lower().split()[:2]) in _BACK_REFERENCES
                )
            ):
                continue  # "Jibrin said this on Tuesday", "expressed these views while ...": said elsewhere
            rule = "quote" if is_quote else f"reported:{lemma}"
            self._add_statements(speakers, text, cue, index, is_quote, rule, said)

        self._according_to(sent, index, said)

    def _according_to(self, sent: Span, index: int, said: set[int]) -> None:
        """ "According to X, the border will reopen." / "The border will reopen, according to X.": what X said is
        the rest of the sentence."""
        for tok in sent:
            if tok.lower_ != "according" or tok.i + 1 >= sent.end or self.doc[tok.i + 1].lower_ != "to":
                continue
            end = tok.i + 2
            while end < sent.end and self.doc[end].text not in (",", ".", ";"):
                end += 1
            officials = self._officials()
            speakers: list[int] = []
            for i in range(tok.i + 2, end):
                speakers += [
                    c
                    for c in self.ann.token_people.get(i, [])
                    if c not in speakers and c not in said and c in officials
                ]
            if not speakers:
                continue
            if tok.i == sent.start and end < sent.end and self.doc[end].text == ",":
                content = self.doc[end + 1 : sent.end]
            elif tok.i > sent.start and self.doc[tok.i - 1].text == ",":
                content = self.doc[sent.start : tok.i - 1]
            else:
                continue
            text = content.text.strip().rstrip(".").strip()
            if len(text.split()) < 3:
                continue
            self._add_statements(speakers, text, "according to", index, False, "reported:according-to", said)

    def _add_statements(
        self, speakers: list[int], text: str, cue: str, sent: int, quote: bool, rule: str, said: set[int]
    ) -> None:
        """One statement for each speaker (a quotation is surer than reported words)."""
        for speaker in speakers:
            said.add(speaker)
            self.ann.statements.append(
                StatementAnn(
                    speaker=speaker,
                    text=text,
                    cue=cue,
                    sent=sent,
                    quote=quote,
                    rule=rule,
                    confidence=0.9 if quote else 0.8,
                )
            )

    def _calls_for(self, tok: Token) -> bool:
        """ "called for X", "called on the EU to reconsider": a call in words (not a visit or a phone call: "called
        on the Minister to discuss budget support")."""
        for child in tok.children:
            if child.lower_ == "for":
                return True
            if child.lower_ in ("on", "upon") and any(
                c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() not in self.lex.cue("topic_verb")
                for c in tok.children
            ):
                return True
            if child.lower_ in ("on", "upon") and any(
                g.dep_ in ("acl", "xcomp", "relcl") for p in child.children for g in p.children
            ):
                return True
        return False

    def _quote_for(self, tok: Token, sent: Span) -> tuple[int, int] | None:
        """The quotation a cue reports: just before it ("...," X said) or just after it (X said: "..."),
        never across a sentence end or another speaker's words; a quotation inside reported speech is part of
        that speech, not the statement itself."""
        for a, b in self.quotes:
            if a <= tok.idx < b:
                return None
            gap_before = self.text[b + 1 : tok.idx]
            if (
                b < tok.idx
                and len(gap_before) < 80
                and len(gap_before.split()) <= 6
                and ("\n" not in gap_before and not any(c in gap_before for c in '.!?"\u201c\u201d'))
                and self.text[max(a - 1, 0) : b + 2].rstrip()[-3:].strip("\u201d\"' ")[-1:] in (",", "?", "!", "")
            ):
                return (a, b)
            gap_after = self.text[tok.idx + len(tok.text) : a - 1]
            if a > tok.idx and len(gap_after.strip(" :,")) <= 3 and "\n" not in gap_after:
                return (a, b)
        return None

    @staticmethod
    def _circumstance(prep: Token, lemma: str) -> bool:
        """A prepositional phrase that says when, where or how something was said, not what."""
        if any(g.dep_ == "pcomp" for g in prep.children):
            return False
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if any(o.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for o in objects):
            return True
        if prep.lower_ == "on" and lemma == "call":
            return False
        return prep.lower_ in ("in", "at", "during", "after", "before", "on") and lemma not in ("call", "focus")

    def _reported(self, tok: Token) -> str:
        """The reported content: the cue's complements after it ("said that X", "affirmed X, saying Y"), or
        the clause before it ("X will visit next week, the spokesman said")."""
        lemma = tok.lemma_.lower()
        comp = []
        for c in tok.children:
            if c.i <= tok.i:
                continue
            if lemma in ("tell", "inform", "brief", "assure") and c.dep_ in ("dobj", "dative", "obj"):
                continue  # whom they told, not what
            if c.dep_ in ("ccomp", "dobj", "xcomp", "obj", "prep", "attr", "oprd", "dative") or (
                c.dep_ == "advcl" and c.tag_ == "VBG" and not any(g.dep_ == "nsubj" for g in c.children)
            ):
                if c.dep_ == "prep" and self._circumstance(c, lemma):
                    # "said on Sunday", "told NAN in an interview" (but "said in a statement that X": X)
                    comp += [
                        g
                        for o in c.children
                        if o.dep_ == "pobj"
                        for g in o.children
                        if g.dep_ in ("acl", "ccomp", "relcl")
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
                    ]
                    continue
                comp.append(c)
        if not comp:
            before = [c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i]
            if not before:
                return ""
            start, end = before[0].left_edge.i, before[0].right_edge.i + 1
        else:
            start = min(c.left_edge.i for c in comp)
            end = max(c.right_edge.i for c in comp) + 1
        while start < end and (self.doc[start].lower_ in ("that", ",", ":") or self.doc[start].is_quote):
            start += 1
        while end > start and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
            end -= 1
        return self.doc[start:end].text

    # -- merging ---------------------------------------------------------------------------------------------
    def _separately(self, ev: EventAnn) -> list[EventAnn]:
        """ "met separately with X, Y and Z", "held separate meetings with ...": one meeting (or call) each."""
        tok = self.doc[ev.trigger]
        words = {c.lower_ for c in tok.children} | {c.lower_ for c in tok.head.children}
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in ("meeting", "call") and tok.lower_ != tok.lemma_.lower():
            words.add("separate")  # "for meetings with X and Y": one each
        if (
            tok.lemma_.lower() == "meet"
            and sum(t.lower_ == "with" for t in self.doc[tok.i + 1 : self._sent(tok).end]) > 1
        ):
            words.add("separate")  # "met with X, and with Y": "with" said again for each meeting
        callers = [c for c in ev.participants if ev.roles.get(c) == "caller"]
        if (
            ev.type == "phone_call"
            and len(callers) == 1
            and all(ev.roles.get(c) == "callee" for c in ev.participants if c not in callers)
            and not {t.lower_ for t in self._sent(tok)} & {"joint", "trilateral", "three-way", "conference"}
        ):
            words.add("separate")  # "spoke by phone with X and Y": one call with each, unless a joint one
        if (
            ev.type not in ("meeting", "phone_call")
            or not words & {"separately", "separate", "individually"}
            or len(ev.participants) < 3
        ):
            return [ev]
        hosts = [c for c in ev.participants if ev.roles.get(c) in ("host", "visitor", "guest")] or ev.participants[:1]
        host = hosts[0]
        by_role: dict[str | None, list[int]] = {}
        for c in ev.participants:
            by_role.setdefault(ev.roles.get(c), []).append(c)
        alone = [members[0] for members in by_role.values() if len(members) == 1]
        if len(alone) == 1 and len(by_role) == 2:
            host = alone[0]  # "he will be received separately by X and Y": the one guest meets each host
        out = []
        for other in ev.participants:
            if other == host:
                continue
            out.append(copy.copy(ev))
            out[-1].participants = [host, other]
            out[-1].roles = {k: v for k, v in ev.roles.items() if k in (host, other)}
        return out

    def _visitors_apart(self, ev: EventAnn) -> list[EventAnn]:
        """ "The two guests arrived in Kyiv": visitors from different countries make a visit each."""
        if ev.type != "visit" or len(ev.participants) < 2 or ev.trigger in self.accompanied:
            return [ev]  # (those travelling with a visitor are one party with them)
        countries = [CorefResolver.cluster_country(self.ann.clusters[c]) for c in ev.participants]
        if None in countries or len(set(countries)) < len(countries):
            return [ev]
        out = []
        for visitor in ev.participants:
            out.append(copy.copy(ev))
            out[-1].participants = [visitor]
            out[-1].roles = {k: v for k, v in ev.roles.items() if k == visitor}
        return out

    def finish(self) -> None:
        ann = self.ann
        merged: list[EventAnn] = []
        ann.events = [part for ev in ann.events for part in self._separately(ev)]
        outsiders = self._described_outsiders()
        # ("X, an analyst at Y, said ...": no official's statement)
        ann.statements = [st for st in ann.statements if st.speaker not in outsiders]
        for ev in ann.events:
            if (
                ev.type in ("meeting", "phone_call")
                and len(ev.participants) + len(ev.unnamed) < 2
                and ev.group is None
                and ev.description is None
            ):
                continue
            if (
                ev.type in ("visit", "attendance", "press_conference")
                and ev.participants
                and all(self._bare_word(c) for c in ev.participants)
                and not ev.unnamed
            ):
                continue  # "extremists of the Hutu who took part": a lone word with no title or rank is no official
            twin = next((m for m in merged if self._same(m, ev)), None)
            if twin is None:
                merged.append(ev)
                continue
            for c in ev.participants:
                if c not in twin.participants:
                    twin.participants.append(c)
            for c, r in ev.roles.items():
                twin.roles.setdefault(c, r)
            twin.topics += [t for t in ev.topics if t not in twin.topics]
            twin.place = twin.place or ev.place
            twin.date = twin.date or ev.date
            twin.duration = twin.duration or ev.duration
            twin.agreements += [a for a in ev.agreements if a not in twin.agreements]
            if ev.sent != twin.sent and ev.sent not in twin.more_sents:
                twin.more_sents.append(ev.sent)
            twin.confidence = max(twin.confidence, ev.confidence)
        merged = [ev for ev in merged if not self._described_twin(ev, merged)]
        merged = self._signed_with_each(merged)
        merged = [ev for ev in merged if not self._sides_then_signatories(ev, merged)]
        merged = [ev for ev in merged if not self._travel_within_visit(ev, merged)]
        merged = [part for ev in merged for part in self._visitors_apart(ev)]
        if any(ev.type == "signing" and ev.participants for ev in merged):
            # "Morocco and Mauritania signed three agreements": a summary of the signings named one by one
            merged = [ev for ev in merged if ev.type != "signing" or ev.participants]
        # default places: where the visitor is, else the dateline city
        for ev in merged:
            if ev.place is None and ev.participants:
                ev.place = self._place_on_participants(ev)
        visits = [e for e in merged if e.type == "visit" and e.place is not None and e.status == "held"]
        trips = [e for e in merged if e.type == "visit" and e.place is not None and e.status == "planned"]
        for ev in merged:
            if ev.place is None and ev.status == "planned" and ev.type != "visit":
                # "will travel to Kuala Lumpur, where he is expected to meet X": the trip's place
                trip = next(
                    (t for t in trips if t.sent == ev.sent and set(t.participants) & set(ev.participants)), None
                )
                if trip is not None:
                    ev.place, ev.place_default = trip.place, True
        for ev in merged:
            if ev.place is None and ev.status == "planned" and ev.type in ("meeting", "signing", "press_conference"):
                # "X arrived in Jakarta for a three-day visit ... On Tuesday, X is scheduled to meet Y": during the
                # visit, where it is
                visit = next(
                    (
                        v
                        for v in visits
                        if v.sent < ev.sent and set(v.participants) & set(ev.participants) and v.place != (-1, -1)
                    ),
                    None,
                )
                if visit is not None:
                    ev.place, ev.place_default = self._place_during(visit), True
        for ev in merged:
            if ev.place is not None or ev.status != "held" or ev.type in ("statement", "phone_call"):
                continue  # (a call is made from two places: none is given by default)
            for visit in visits:
                if set(visit.participants) & set(ev.participants):
                    ev.place, ev.place_default = self._place_during(visit), True
                    break
            if ev.place is None and ann.dateline is not None and ann.dateline.city is not None:
                ev.place = (-1, -1)
                ev.place_default = True
        # "signed three agreements": a summary of the agreements the article names one by one
        if any(not x.plural for x in ann.agreements):
            keep = [i for i, x in enumerate(ann.agreements) if not x.plural]
            index = {old: new for new, old in enumerate(keep)}
            ann.agreements = [ann.agreements[i] for i in keep]
            for ev in merged:
                ev.agreements = [index[i] for i in ev.agreements if i in index]
        for ev in merged:
            for a in ev.agreements:
                agreement = ann.agreements[a]
                for c in ev.participants:
                    if c not in agreement.signatories:
                        agreement.signatories.append(c)
                agreement.place = agreement.place or ev.place
                agreement.date = agreement.date or ev.date
        self._hosts_of_the_place(merged)
        ann.events = merged

    def _place_during(self, visit: EventAnn) -> tuple[int, int] | None:
        """Where what happens during a visit takes place: the visit's place, or for a visit to a country, the
        dateline's city in it, or else the first city of it the article names."""
        ann = self.ann
        country = next((c.code for c in ann.countries if (c.start, c.end) == visit.place), None)
        dateline = ann.dateline.city if ann.dateline is not None else None
        if country is not None and dateline is not None and dateline.country == country:
            return (-1, -1)  # a visit to Spain, talks in Madrid: the dateline's city
        if country is not None:
            # a visit to Cambodia, and the article names Phnom Penh: the talks were there
            city = next((c for c in ann.cities if c.city.country == country), None)
            if city is not None:
                return (city.start, city.end)
        return visit.place

    def _place_on_participants(self, ev: EventAnn) -> tuple[int, int] | None:
        """ "paid a courtesy call on the President, Captain X, in Ouagadougou": the parser hangs the place on the
        person met; it is where the event was."""
        sent = self.sents[ev.sent]
        for tok in sent:
            if tok.dep_ != "prep" or tok.lower_ not in ("in", "at"):
                continue
            if not set(self.ann.token_people.get(tok.head.i, [])) & set(ev.participants):
                continue
            for pobj in tok.children:
                if pobj.dep_ == "pobj":
                    span = self._place_in(pobj)
                    if span is not None:
                        return span
        return None

    def _hosts_of_the_place(self, events: list[EventAnn]) -> None:
        """ "He will visit Kuwait, where he will be received by the Emir": a host whose country the article does
        not state, in a place abroad, is of that place's country (not the article's home)."""
        for ev in events:
            if ev.place is None or ev.place == (-1, -1) or (ev.place_default and ev.status == "held"):
                continue
            country = self.ann.place_country(ev.place)
            if country is None:
                continue
            # "will travel to Mexico City to meet President X": those met where the travellers go are hosts
            travellers = {
                c
                for trip in events
                if trip.type == "visit" and trip.place is not None and self.ann.place_country(trip.place) == country
                for c in trip.participants
            }
            met_abroad = ev.type != "visit" and bool(travellers & set(ev.participants))
            for c in ev.participants:
                if c in travellers or (ev.roles.get(c) != "host" and not met_abroad):
                    continue  # (one who travels to the place is none of its hosts)
                cluster = self.ann.clusters[c]
                if not cluster.inferred or any(t.org_info or t.international for t, _ in cluster.titles):
                    continue  # (an international official, or one the article gives no home country, is left alone)
                CorefResolver.overrule_default_country(cluster, country, "host")

    def _sides_then_signatories(self, ev: EventAnn, events: list[EventAnn]) -> bool:
        """ "The two sides signed a memorandum. The document was signed by A and B": the signing told by "the two
        sides" is the one told again with its signatories named; it is no signing of its own."""
        if ev.type != "signing" or not ev.agreements:
            return False
        trigger = self.doc[ev.trigger]
        subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
        by_nominal = bool(subjects) and all(
            any(n.start <= s.i < n.end and n.plural and n.clusters for n in self.ann.nominals) for s in subjects
        )
        if not by_nominal:
            return False
        return any(
            other is not ev
            and other.type == "signing"
            and 0 <= other.sent - ev.sent <= 1
            and other.trigger > ev.trigger
            and set(other.agreements) & set(ev.agreements)
            and other.participants
            and not set(other.participants) & set(ev.participants)
            for other in events
        )

    def _signed_with_each(self, events: list[EventAnn]) -> list[EventAnn]:
        """ "X signed the agreements with Pakistan, Bangladesh and Nigeria. The agreement with Pakistan was signed
        by A, the agreement with Bangladesh by B ...": X signed each of them; his summary is no signing of its own."""
        ann = self.ann
        summaries = [
            ev
            for ev in events
            if ev.type == "signing"
            and ev.participants
            and ev.agreements
            and all(ann.agreements[a].plural for a in ev.agreements)
        ]
        done: set[int] = set()
        for summary in summaries:
            for ev in events:
                if ev is summary or ev.type != "signing" or not 0 < ev.sent - summary.sent <= 2:
                    continue
                if set(summary.participants) & set(ev.participants) or not ev.agreements:
                    continue
                agreement = ann.agreements[ev.agreements[0]]
                after = agreement.end
                if after + 1 < len(self.doc) and self.doc[after].lower_ == "with" and after + 1 in self.place_at:
                    partner = next((c.code for c in ann.countries if c.start == after + 1 and not c.demonym), None)
                    for c in ev.participants:
                        if partner is not None:
                            # "the agreement with Pakistan was signed by X": X signs for Pakistan
                            CorefResolver.overrule_default_country(ann.clusters[c], partner, "agreement")
                    ev.participants = [*summary.participants, *ev.participants]
                    for c in summary.participants:
                        ev.roles.setdefault(c, "signatory")
                    ev.place = ev.place or summary.place
                    ev.date = ev.date or summary.date
                    done.add(id(summary))
        return [ev for ev in events if id(ev) not in done]

    @staticmethod
    def _described_twin(ev: EventAnn, events: list[EventAnn]) -> bool:
        """ "The Joint Committee will convene in Muscat, co-chaired by X and Y": the body's meeting with no one
        named is the one whose participants the same sentence names; that one takes its place and date."""
        if ev.participants or ev.description is None or ev.group is not None:
            return False
        for other in events:
            if (
                other is not ev
                and other.participants
                and (other.type, other.status, other.sent)
                == (
                    ev.type,
                    ev.status,
                    ev.sent,
                )
            ):
                other.place = other.place or ev.place
                other.date = other.date or ev.date
                other.description = other.description or ev.description
                return True
        return False

    def _travel_within_visit(self, ev: EventAnn, events: list[EventAnn]) -> bool:
        """ "the visiting minister is expected to travel to Mombasa" (or "tour", "visit" a town there): a leg of the
        visit, not a new visit."""
        if ev.type != "visit" or not ev.rule.startswith(("verb:travel", "verb:tour", "verb:visit")):
            return False
        country = self.ann.place_country(ev.place)
        for other in events:
            if other is ev or other.type != "visit" or other.status != "held":
                continue
            if set(other.participants) & set(ev.participants) and (
                country is None or country == self.ann.place_country(other.place) or other.place == (-1, -1)
            ):
                return True
        return False

    def _same(self, a: EventAnn, b: EventAnn) -> bool:
        if a.type != b.type or a.status != b.status:
            return False
        if (
            a.type != "visit"
            and a.place is not None
            and b.place is not None
            and a.place != (-1, -1)
            and b.place != (-1, -1)
        ):
            here, there = self.doc[a.place[0] : a.place[1]].text, self.doc[b.place[0] : b.place[1]].text
            if here.lower() != there.lower():
                return False  # talks in Hanoi, an earlier meeting in Phnom Penh
        if a.group is not None or b.group is not None:
            return a.group is b.group
        if a.type == "visit":
            return bool(set(a.participants) & set(b.participants))
        return set(a.participants) == set(b.participants)


_NO_TRIGGER = TriggerInfo("", "", "", "-", "-", "-")


def unique(values: Iterable[str]) -> list[str]:
    """Values without repeats, in order."""
    return list(dict.fromkeys(values))


_BARE_CONTENT = {"this", "that", "so", "it", "these", "those", "the following", "as much"}
_BACK_REFERENCES = {"these views", "this view", "these remarks", "these comments", "these words", "this statement"}


def _invitations(verb: Token) -> list[Token]:
    """The invitation a clause says what to do for ("extended an invitation to X to visit", "an invitation ...
    for X to visit"): the noun itself or the verb's object, or none."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl", "acl") or head is verb:
        return []
    if head.lemma_.lower() == "invitation":
        return [head]
    return [c for c in head.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() == "invitation"]


def _stolen_agent(verb: Token, prep: Token) -> Token | None:
    """The object of a "by" that the parser hung on the occasion of a passive verb with no agent of its own ("was
    signed during the visit by X"), or None."""
    if prep.lower_ not in OCCASION_PREPS or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    for pobj in prep.children:
        if pobj.dep_ != "pobj":
            continue
        for by in pobj.children:
            if by.dep_ in ("prep", "agent") and by.lower_ == "by":
                return next((p for p in by.children if p.dep_ == "pobj"), None)
    return None


def _verb_tagged_adjective(tok: Token) -> bool:
    """A verb the tagger took for an adjective, which the parser still gives a subject and an object ("Minister
    X, held talks ...")."""
    return (
        tok.pos_ == "ADJ"
        and tok.dep_ == "ROOT"
        and any(c.dep_ in ("dobj", "obj") for c in tok.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def _gerund(tok: Token) -> bool:
    """An -ing form of a verb (by its tag, or its ending when the pipeline tags nothing)."""
    return tok.tag_ == "VBG" or (not tok.tag_ and tok.pos_ == "VERB" and tok.lower_.endswith("ing"))


def _through_measure(governing: Token | None, head: Token) -> Token | None:
    """The preposition an event noun hangs on, through a measure or frame of it: "after (three hours of) talks",
    "at the end of a visit"."""
    if governing is None or head.dep_ != "pobj":
        return None
    if (
        governing.lower_ == "of"
        and governing.head.lemma_.lower() in MEASURE_NOUNS
        and governing.head.dep_ == "pobj"
        and governing.head.head is not governing.head
    ):
        return governing.head.head
    return governing


def _series_noun(head: Token) -> Token:
    """The noun naming one of a series the event word belongs to: "round" in "the next round of talks", else the
    event word itself."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        return head.head.head
    return head


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause a phrase hangs in ("discussed the developments and the talks on reviving the deal
    in a telephone conversation": the parser may hang it on an object, or on a verb inside one): the nearest verb
    above ``tok`` that has a subject, climbing through objects, prepositions and conjuncts; ``tok`` itself when
    there is none."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return cur
        if cur.dep_ not in ("dobj", "obj", "pobj", "prep", "pcomp", "conj", "acl") or cur.head is cur:
            break
        cur = cur.head
    return tok
