"""Coreference inside an article: names, surnames, "the minister", "the two sides", pronouns.

Every mention that stands for a person is mapped to a :class:`PersonCluster`: full names first, then shorter
forms that fit exactly one of them (a surname, "Gen. Haddad"), then words that repeat a known name where the
model missed it (a surname tagged as an organisation), then title-only mentions by post, country and salience,
then pronouns by the subject they follow.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from officialdom.extract.annotations import (
    Annotations,
    CountryMention,
    NameMention,
    NominalMention,
    PersonCluster,
    TitleParse,
)
from officialdom.extract.gazetteer import DocWords
from officialdom.extract.lexicon import Lexicon, norm_word
from officialdom.extract.officials import PARTICLES

__all__ = ["CorefResolver", "name_key"]

SUBJECT_PRONOUNS = frozenset({"he", "she"})
DEFAULT_HOWS = frozenset({"agency", "source", "dateline", "sole"})  # home countries given by default
POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
OBJECT_PRONOUNS = frozenset({"him", "her"})
GROUP_ROLES = frozenset({"group", "party", "agency"})


def name_key(text: str) -> tuple[str, ...]:
    """Matching key of a name: lower-case words without particles, hyphens and possessives.

    >>> name_key("Omar Khalid al-Farouk"), name_key("Al-Farouk\u2019s"), name_key("Ts.Tserenpuntsag")
    (('omar', 'khalid', 'farouk'), ('farouk',), ('ts', 'tserenpuntsag'))
    """
    text = re.sub(r"['\u2019]s$", "", text.strip())
    words = [norm_word(w) for w in re.split(r"[\s\-\u2010\u2011]+|(?<=\.)(?=\w)", text) if w]
    key = tuple(w.replace("'", "").replace("\u2019", "") for w in words if w not in PARTICLES)
    return key or tuple(words)


def _witnessed(tok: Token) -> bool:
    """True for the head of a phrase naming those an event takes place before: "in the presence of both leaders",
    "witnessed by the two presidents"."""
    up = tok.head
    if tok.dep_ == "pobj" and up.lower_ == "of" and up.head.lemma_.lower() in ("presence", "attendance"):
        return True
    return tok.dep_ == "pobj" and up.dep_ == "agent" and up.head.lemma_.lower() == "witness"


def travel_companion(verb: Token) -> bool:
    """True when "accompany" tells who travels with a visitor: in a sentence about the trip ("arrived ...,
    accompanied by Y") or said in the present ("X is accompanied by Y", "Y, who is accompanying X"); not on a tour,
    where the hosts accompany the guest round ("during the tour"), nor "X was accompanied by Y" told alone."""
    lemmas = {t.lemma_.lower() for t in verb.sent}
    if lemmas & {"during", "tour"}:
        return False
    present = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are") for c in verb.children)
    return present or bool(lemmas & {"arrive", "visit"})


POSTED_ENVOYS = frozenset({"Ambassador", "Ambassador-Designate", "High Commissioner", "Chargé d'Affaires"})


class CorefResolver:
    """Builds person clusters and maps every token that stands for a person to it."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def run(self, doc: Doc, words: DocWords, ann: Annotations) -> None:
        """Cluster names, repair missed surnames, resolve title-only mentions and pronouns."""
        self._cluster(ann)
        self._repair_surnames(doc, words, ann)
        self._infer_counterparts(doc, ann)
        self._body_countries(ann)
        self._framed_countries(doc, ann)
        self._represented_countries(doc, ann)
        self._default_countries(ann)
        self._posted_envoys(doc, ann)
        self._index(ann)
        self._resolve_nominals(doc, ann)
        self._resolve_groups(doc, ann)
        self._resolve_pronouns(doc, words, ann)

    # -- clusters --------------------------------------------------------------------------------------------
    def _cluster(self, ann: Annotations) -> None:
        order = sorted(ann.names, key=lambda m: (-len(name_key(m.text)), m.start))
        for mention in order:
            self._assign(mention, ann)

    def _assign(self, mention: NameMention, ann: Annotations) -> None:
        key = name_key(mention.text)
        best: list[PersonCluster] = []
        last_match: list[PersonCluster] = []
        for cluster in ann.clusters:
            ckey = name_key(cluster.name)
            if not _covered(key, ckey):
                continue
            if len(key) == 1 and key[0] != ckey[-1] and len(ckey) > 1:
                best.append(cluster)
                continue
            if (
                mention.title
                and mention.title.country
                and mention.title.country_how != "list"  # (a country shared down a list parts no one: below)
                and not self._country_fits(cluster, mention.title.country)
            ):
                continue
            last_match.append(cluster)
        choice = last_match[0] if len(last_match) == 1 else (best[0] if not last_match and len(best) == 1 else None)
        if choice is None and not last_match and len(best) > 1:
            # "Sheikh Rashid" after "Rashid bin Hamdan ..." and "Salem Rashid Al Dhaheri": the one it is the first name of
            first = [c for c in best if name_key(c.name)[0] == key[0]]
            choice = first[0] if len(first) == 1 else None
        if choice is None and last_match:
            # several people share the name part: the nearest one mentioned before
            before = [c for c in last_match if c.first < mention.start]
            choice = (
                max(before, key=lambda c: max(m.start for m in c.mentions if m.start < mention.start))
                if (before)
                else None
            )
        if choice is None:
            choice = PersonCluster(index=len(ann.clusters), name=mention.text)
            ann.clusters.append(choice)
        elif (
            mention.title
            and mention.title.country
            and mention.title.country_how == "list"
            and (
                not self._country_fits(choice, mention.title.country)
                or any(m.start < mention.start and m.title is not None for m in choice.mentions)
            )
        ):
            # "signed by Belarusian Minister A and Ambassador B": the country shared down the list is not that of
            # the B named before with a country of their own, nor of a B introduced before with a post ("Cuban
            # Minister A and Minister B" after "accompanied by the Minister of Agriculture, B")
            mention.title.country, mention.title.country_how = None, None
        mention.cluster = choice.index
        choice.mentions.append(mention)
        if mention.title is not None:
            choice.titles.append((mention.title, mention.start))
        for extra in mention.more_titles:
            choice.titles.append((extra, mention.start))
        for rank in mention.ranks:
            if rank not in choice.ranks:
                choice.ranks.append(rank)

    @staticmethod
    def _country_fits(cluster: PersonCluster, country: str) -> bool:
        countries = {t.country for t, _ in cluster.titles if t.country}
        return not countries or country in countries

    def _repair_surnames(self, doc: Doc, words: DocWords, ann: Annotations) -> None:
        """Add mentions of known names the earlier steps missed (a surname tagged as an organisation)."""
        covered: set[int] = set()
        for m in ann.names:
            covered.update(range(m.rank_start if m.rank_start is not None else m.start, m.end))
            if m.title is not None:
                covered.update(range(m.title.start, m.title.end))
        gazetteer: set[int] = set()
        for country in ann.countries:
            gazetteer.update(range(country.start, country.end))
        for city in ann.cities:
            gazetteer.update(range(city.start, city.end))
        last_names: dict[str, list[PersonCluster]] = {}
        first_names: dict[str, list[PersonCluster]] = {}
        for cluster in ann.clusters:
            key = name_key(cluster.name)
            if key and len(key[-1]) > 2:
                last_names.setdefault(key[-1], []).append(cluster)
            if len(key) > 1 and len(key[0]) > 1:
                first_names.setdefault(key[0], []).append(cluster)
            # "Ferrández" for "José Ignacio Ferrández Olmedo": the first of two surnames
            for middle in key[2:-1] if len(key) > 3 else key[1:-1] if len(key) == 3 else ():
                if len(middle) > 3 and cluster not in last_names.get(middle, []):
                    last_names.setdefault(middle, []).append(cluster)
        for tok in doc:
            if tok.i in covered or tok.i in gazetteer or not tok.text[:1].isupper():
                continue
            word = (words.norm[tok.i] or "").replace("'", "")
            owners = last_names.get(word)
            if (
                owners is None
                and word not in last_names
                and tok.pos_ == "PROPN"
                and (self.lex.titles.match(words.norm, tok.i) is None)
            ):
                # "Hendra said", "Mohd Azlan held": a given name, when only one person of the article has it;
                # "Sun said" for "Sun Lihua": a family name written first (a short one not opening a sentence)
                owners = (
                    first_names.get(word)
                    if len(word) > 3
                    or not tok.is_sent_start
                    or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("VERB", "AUX"))  # "Han arrived in ..."
                    else None
                )
                if owners is not None and len(owners) == 1:
                    key = name_key(owners[0].name)
                    end = tok.i + 1
                    for part in key[1:]:
                        if end < len(doc) and (words.norm[end] or "").replace("'", "") == part and end not in covered:
                            end += 1
                        else:
                            break
                    if end - tok.i < len(key):
                        mention = NameMention(
                            start=tok.i,
                            end=end,
                            text=doc[tok.i : end].text,
                            rule="name-consistency",
                            confidence=0.7,
                            cluster=owners[0].index,
                        )
                        owners[0].mentions.append(mention)
                        ann.names.append(mention)
                        covered.update(range(tok.i, end))
                    continue
            if not owners or len(owners) != 1:
                continue
            start = tok.i
            # take in an attached particle: "Al-Farouk"
            if start >= 2 and words.norm[start - 1] is None and words.norm[start - 2] in PARTICLES:
                start -= 2
            ranks: list[str] = []
            rank_start = None
            j = start - 1
            while j >= 0 and (words.norm[j] is None):
                j -= 1
            for length in (3, 2, 1):
                if j - length + 1 < 0:
                    continue
                found = self.lex.ranks.match(words.norm, j - length + 1, originals=words.orig, stop=start)
                if found is not None and j - length + 1 + found[0] == start:
                    ranks = [found[1].canonical]
                    rank_start = j - length + 1
                    break
            mention = NameMention(
                start=start,
                end=tok.i + 1,
                text=doc[start : tok.i + 1].text,
                ranks=ranks,
                rank_start=rank_start,
                rule="name-consistency",
                confidence=0.75,
                cluster=owners[0].index,
            )
            owners[0].mentions.append(mention)
            ann.names.append(mention)
            covered.update(range(start, tok.i + 1))
        ann.names.sort(key=lambda m: m.start)

    def _infer_counterparts(self, doc: Doc, ann: Annotations) -> None:
        """ "his Iranian counterpart X": X holds the post of the person he is the counterpart of."""
        for mention in ann.names:
            title = mention.title
            if title is None or not title.counterpart:
                continue
            sent = doc[mention.start].sent
            referent = subject = None
            pronoun_subject = any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PRON" for t in sent)
            for other in sorted(ann.names, key=lambda m: -m.start):
                if other.start >= mention.start or other.cluster == mention.cluster:
                    continue
                ref_title = self._own_title(ann.clusters[other.cluster]) if other.cluster is not None else None
                if ref_title is None:
                    continue
                root = doc[other.start : other.end].root
                if other.start >= sent.start and _an_object(root):
                    if not pronoun_subject and not self._titled_subject(sent, ann, other.start):
                        # "X hosted Armenian Foreign Minister A and his Azerbaijani counterpart B", "The talks
                        # brought together A, his Egyptian counterpart B": no one with a post before A to be "his"
                        referent = ref_title
                        break
                    continue  # "He met A, as well as his Gambian counterpart B": A is met too, not "his"
                if other.start >= sent.start:
                    referent = ref_title
                    break
                referent = referent or ref_title
                if subject is None and _a_subject(root):
                    subject = ref_title  # before the sentence, whoever the text was about ("He also met ...")
            if referent is not None and subject is not None and referent is not subject:
                own = doc[mention.start : mention.end].root
                pronoun = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PRON"), None)
                if pronoun is not None and pronoun.i < own.i:
                    referent = subject  # "He also met ... his counterpart": the one "he" stands for
            if referent is None:
                continue
            inferred = copy.copy(referent)
            inferred.country = title.country
            inferred.country_how = "counterpart"
            inferred.start, inferred.end = title.start, title.end
            inferred.status = None
            cluster = ann.clusters[mention.cluster] if mention.cluster is not None else None
            if cluster is not None:
                cluster.titles = [(inferred, mention.start) if t is title else (t, s) for t, s in cluster.titles]
            mention.title = inferred

    def _titled_subject(self, sent: Span, ann: Annotations, before: int) -> bool:
        """True when a person with a post of their own is named in the sentence before ``before`` other than as an
        object: the one a later "his counterpart" may stand for."""
        for other in ann.names:
            if not sent.start <= other.start < before or other.cluster is None:
                continue
            if self._own_title(ann.clusters[other.cluster]) is not None and not _an_object(
                sent.doc[other.start : other.end].root
            ):
                return True
        return False

    @staticmethod
    def _own_title(cluster: PersonCluster) -> TitleParse | None:
        for title, _ in cluster.titles:
            if not title.counterpart:
                return title
        return None

    def _body_countries(self, ann: Annotations) -> None:
        """A body named once with its country ("the Verkhovna Rada of Ukraine") is of that country wherever
        else the article names it ("First Deputy Chairman of the Verkhovna Rada")."""
        known: dict[str, set[str]] = {}
        home = ann.dateline.city.country if ann.dateline is not None and ann.dateline.city is not None else None
        if ann.agency is not None and ann.agency.home_officials:
            home = ann.agency.country
        for title in ann.titles:
            if title.org and title.country and not title.counterpart and not title.org_is_place:
                key = _body_key(title.org)
                words = key.split()
                if all(w in self.lex.institution_words for w in words) and len(words) == 1:
                    continue  # "the Israeli army spokesman": every country has an army, not only this one
                if home not in (None, title.country) and all(
                    w in self.lex.institution_words or w in ("of", "the", "and", "for") for w in words
                ):
                    continue  # "the Ministry of Foreign Affairs of Oman" in a Qatari agency's article: "the
                    # Ministry of Foreign Affairs" named alone is the home one
                known.setdefault(key, set()).add(title.country)
        if not known:
            return
        for cluster in ann.clusters:
            if any(t.country for t, _ in cluster.titles):
                continue
            for title, _ in cluster.titles:
                countries = known.get(_body_key(title.org)) if title.org else None
                if countries is not None and len(countries) == 1:
                    cluster.inferred.append({"country": next(iter(countries)), "how": "body"})
                    break

    @staticmethod
    def _unstated(cluster: PersonCluster) -> bool:
        """A person with a national title and no country stated or inferred yet."""
        if not cluster.titles or any(t.country for t, _ in cluster.titles):
            return False
        if any(item.get("country") for item in cluster.inferred):
            return False
        return not any(
            (t.head.category == "international" and not _of_a_ministry(t)) or t.org_info is not None or t.international
            for t, _ in cluster.titles
        )

    def _framed_countries(self, doc: Doc, ann: Annotations) -> None:
        """An official with no country stated who is first named in a sentence that opens with a city ("In Dar es
        Salaam, the foreign ministry spokeswoman, X, said ...": where what follows was said) serves that city's
        country, whatever the article's home country."""
        frames = _frames(doc, ann)
        if not frames:
            return
        for cluster in ann.clusters:
            if not cluster.mentions or not self._unstated(cluster):
                continue
            country = frames.get(doc[cluster.first].sent.start)
            if country is not None and not any(t.destination == country for t, _ in cluster.titles):
                cluster.inferred.append({"country": country, "how": "place"})

    def _represented_countries(self, doc: Doc, ann: Annotations) -> None:
        """An official with no country stated who represents a country or belongs to its delegation serves it:
        "New Zealand was represented by Foreign Minister X", "the Ethiopian delegation included State Minister X",
        "the Kenyan delegation, led by X"."""
        country_at = {c.start: c for c in ann.countries}
        lex_verbs = self.lex.cue("delegation_verb")

        def country_of(phrase: Token) -> str | None:
            """The country a phrase names ("New Zealand") or whose delegation it is ("the Ethiopian
            delegation", "Kenya's delegation", "a delegation from the Republic of Ghana")."""
            for tok in phrase.subtree:
                cm = country_at.get(tok.i)
                if cm is None:
                    continue
                top = next((t for t in doc[cm.start : cm.end] if not cm.start <= t.head.i < cm.end), tok)
                if (
                    top.head.i == phrase.i
                    or phrase.i in range(cm.start, cm.end)
                    or phrase.lemma_.lower() != "delegation"
                    or (top.dep_ == "pobj" and top.head.lower_ in ("from", "of") and top.head.head.i == phrase.i)
                ):
                    return cm.code
            return None

        mention_at = {i: m.cluster for m in ann.names if m.cluster is not None for i in range(m.start, m.end)}
        for mention in ann.names:
            if mention.cluster is None or not self._unstated(ann.clusters[mention.cluster]):
                continue
            start = min(mention.start, mention.title.start if mention.title is not None else mention.start)
            head = doc[mention.end - 1]
            while start <= head.head.i < mention.end and head.head.i != head.i:
                head = head.head  # the top of the title and name ("State Minister for Foreign Affairs X")
            if not start <= head.head.i < mention.end and mention.title is not None and mention.title.end <= head.i:
                # "led by the Minister of Foreign Affairs, Mr X" with the name parsed apart: the title's place
                top = next(
                    (t for t in doc[mention.title.start : mention.title.end] if not start <= t.head.i < mention.end),
                    None,
                )
                if top is not None and top.dep_ == "pobj" and top.head.dep_ == "agent":
                    head = top
            for _ in range(6):
                up = head.head
                if up.i == head.i:
                    break
                if head.dep_ in ("conj", "appos", "compound", "flat"):
                    head = up  # "included A and B", "led by A, Minister of Y"
                elif head.dep_ == "pobj" and up.lower_ in ("for", "of") and up.head.pos_ == "PROPN":
                    head = up.head  # (the first of them under its title: "Minister for Foreign Affairs A")
                else:
                    break
            country: str | None = None
            up = head.head
            if head.dep_ == "pobj" and up.lower_ == "by" and up.dep_ == "agent":
                verb = up.head
                subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
                if subject is not None and (
                    verb.lemma_.lower() == "represent"
                    or (verb.lemma_.lower() in lex_verbs and subject.lemma_.lower() == "delegation")
                ):
                    country = country_of(subject)  # "was represented by X", "the delegation was led by X"
                elif (
                    verb.dep_ == "acl" and verb.head.lemma_.lower() == "delegation" and verb.lemma_.lower() in lex_verbs
                ):
                    country = country_of(verb.head)  # "the Kenyan delegation, led by X"
                elif verb.lemma_.lower() == "accompany":
                    country = self._companion_country(verb, ann, mention_at, country_at)
            elif head.dep_ in ("dobj", "obj") and up.lemma_.lower() in ("include", "comprise"):
                subject = next((c for c in up.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.lower_ in ("that", "which") and up.dep_ == "relcl":
                    subject = up.head  # "a delegation that also includes X"
                if subject is not None and subject.lemma_.lower() == "delegation":
                    # "the Ethiopian delegation included X"; "Y arrived at the head of a delegation that included X",
                    # "Y and his delegation, which includes X": the country of the delegation's head
                    country = country_of(subject) or self._leader_country(subject, ann, mention_at, country_of)
            if country is not None:
                ann.clusters[mention.cluster].inferred.append({"country": country, "how": "delegation"})

    def _companion_country(
        self, verb: Token, ann: Annotations, mention_at: dict[int, int], country_at: dict[int, CountryMention]
    ) -> str | None:
        """The country of the traveller a companion goes with, in a sentence about the visit: "X arrived for a
        visit, accompanied by Y", "X, who is on a visit to Z, is accompanied by Y", "the Chilean minister ... is
        accompanied by Y". Not on a tour, where the hosts accompany the guest ("during the visit")."""
        if not travel_companion(verb):
            return None
        traveller = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        node = verb
        for _ in range(4):
            if traveller is not None:
                break
            if node.dep_ not in ("acl", "advcl", "pobj", "prep") or node.head.i == node.i:
                return None
            node = node.head
            if node.pos_ in ("PROPN", "NOUN") and node.i in mention_at:
                traveller = node  # "X, accompanied by Y"
            elif node.pos_ in ("VERB", "AUX"):
                traveller = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if traveller is None:
            return None
        if traveller.lower_ in ("who", "that") and traveller.head.dep_ == "relcl":
            traveller = traveller.head.head
        for i in range(traveller.left_edge.i, traveller.i + 1):
            cluster = mention_at.get(i)
            if cluster is not None:
                person = ann.clusters[cluster]
                return self.cluster_country(person)
            cm = country_at.get(i)
            if cm is not None:
                return cm.code  # "the Chilean minister"
        return None

    @staticmethod
    def _leader_country(
        delegation: Token,
        ann: Annotations,
        mention_at: dict[int, int],
        country_of: Callable[[Token], str | None],
    ) -> str | None:
        """The country of the person a delegation is led by: the subject of "arrived at the head of a delegation",
        "Y and his delegation", "Y led a delegation"."""
        leader: Token | None = None
        up = delegation.head
        if delegation.dep_ == "conj" and any(c.dep_ == "poss" for c in delegation.children):
            leader = up  # "Farah and his delegation"
        elif delegation.dep_ == "pobj" and up.lower_ == "of" and up.head.lemma_.lower() in ("head", "helm"):
            verb = up.head.head.head if up.head.head.dep_ == "prep" else up.head.head
            leader = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        elif delegation.dep_ in ("dobj", "obj") and up.lemma_.lower() in ("lead", "head"):
            leader = next((c for c in up.children if c.dep_ == "nsubj"), None)
        if leader is None:
            if any(c.dep_ == "det" and c.lower_ == "the" for c in delegation.children):
                # "The delegation includes X" after "an Indian delegation led by Y": the delegation named before
                for tok in reversed(delegation.doc[: delegation.i]):
                    if tok.lemma_.lower() == "delegation":
                        code = country_of(tok)
                        if code is not None:
                            return code
            return None
        before = delegation.left_edge.i
        for tok in leader.subtree:
            cluster = mention_at.get(tok.i)
            if tok.i >= before or cluster is None:
                continue
            person = ann.clusters[cluster]
            code = next((t.country for t, _ in person.titles if t.country), None) or next(
                (item["country"] for item in person.inferred if item.get("country")), None
            )
            if code:
                return code
        return country_of(leader) if leader.i < before else None

    def _default_countries(self, ann: Annotations) -> None:
        """Officials with no country stated serve the article's home country: a state agency's, or for a
        source that is no known agency (a ministry's release, a newspaper), the country of the dateline.
        Other agencies (home officials "no": wires, private agencies) give their country only from a dateline at
        home ("SEOUL (Yonhap)", "PARIS (AFP)")."""
        agency = ann.agency
        home: str | None = None
        how = "agency"
        if agency is not None:
            home = agency.country if agency.home_officials else None
            if home is None and ann.dateline is not None and ann.dateline.city is not None:
                # an agency that is not the state's, writing from home ("SEOUL (Yonhap)"): the officials it
                # names with no country are its country's
                home, how = (agency.country, "dateline") if ann.dateline.city.country == agency.country else (None, how)
        elif ann.source_country is not None:
            home, how = ann.source_country, "source"
        elif ann.dateline is not None and ann.dateline.city is not None and not ann.international_source:
            home, how = ann.dateline.city.country, "dateline"
        else:
            # an article that names one country only ("X said Vietnam is committed to ..."): its officials
            # with no other country are that country's. A city alone does not say whose officials they are
            # (a visitor is received in Lima), nor does a counterpart's country ("her Kenyan counterpart").
            # Nor does a country inside the title of someone else ("met the Chinese ambassador", "Iran's
            # ambassador", "Japanese officials"): it says whose the others are.
            titled = [
                (t.start, t.end)
                for t in [
                    *ann.titles,
                    *(n.title for n in ann.nominals if n.title is not None),
                    *(n.title for n in ann.names if n.title is not None),
                ]
            ] + [(g.start, g.end) for g in ann.groups]
            named = {c.code for c in ann.countries if not any(a <= c.start < b for a, b in titled)}
            if len(named) == 1:
                home, how = next(iter(named)), "sole"
        if home is None:
            return
        for cluster in ann.clusters:
            if not self._unstated(cluster):
                continue
            if any(t.destination == home for t, _ in cluster.titles):
                continue  # "Ambassador to the Philippines" in a Philippine paper: a foreign envoy
            cluster.inferred.append({"country": home, "how": how})

    def _posted_envoys(self, doc: Doc, ann: Annotations) -> None:
        """An ambassador of another country with no posting stated, in an article written in one country (its
        dateline, or a state agency's home), is posted there: "Ambassador X of Kenya presented his credentials"
        under an Addis Ababa dateline is Kenya's ambassador to Ethiopia. A sentence that opens with a city ("In
        Lima, the ministry summoned Bolivia's ambassador, X") says where."""
        home = ann.dateline.city.country if ann.dateline is not None and ann.dateline.city is not None else None
        if home is None and ann.agency is not None and ann.agency.home_officials:
            home = ann.agency.country
        frames = _frames(doc, ann)
        for cluster in ann.clusters:
            host = frames.get(doc[cluster.first].sent.start, home) if cluster.mentions else home
            if host is None:
                continue
            country = self.cluster_country(cluster)
            if country is None or country == host:
                continue
            for title, _ in cluster.titles:
                if title.head.role in POSTED_ENVOYS and title.destination is None and title.org_info is None:
                    title.destination = host

    @staticmethod
    def overrule_default_country(cluster: PersonCluster, country: str, how: str) -> None:
        """Give ``country`` to a person whose country the text never states, ahead of the article's home
        country given by default (an event told later says more: a host abroad, a signatory "for" a country)."""
        if any(t.country for t, _ in cluster.titles):
            return
        if any(item.get("how") not in DEFAULT_HOWS for item in cluster.inferred):
            return
        if not cluster.inferred or cluster.inferred[0].get("country") != country:
            cluster.inferred.insert(0, {"country": country, "how": how})

    @staticmethod
    def cluster_country(cluster: PersonCluster) -> str | None:
        """The country a person serves: stated in a title, else inferred."""
        for title, _ in cluster.titles:
            if title.country and not title.counterpart:
                return title.country
        for item in cluster.inferred:
            if item.get("country"):
                return item["country"]
        return None

    # -- token map -------------------------------------------------------------------------------------------
    @staticmethod
    def _index(ann: Annotations) -> None:
        for m in ann.names:
            if m.cluster is None:
                continue
            start = m.start
            if m.rank_start is not None:
                start = min(start, m.rank_start)
            if m.title is not None and m.title.end <= m.start + 1 and m.title.start < start:
                start = m.title.start
            for i in range(start, m.end):
                ann.token_people.setdefault(i, [m.cluster])
            for title in [m.title, *m.more_titles]:
                if title is not None:
                    for i in range(title.start, title.end):
                        ann.token_people.setdefault(i, [m.cluster])

    # -- "the minister", "the two sides" ---------------------------------------------------------------------
    def _resolve_nominals(self, doc: Doc, ann: Annotations) -> None:
        for nominal in ann.nominals:
            title = nominal.title
            if title is None or not nominal.anaphoric:
                continue
            if nominal.members:
                # "his counterparts from Senegal and Ghana, X and Y": the people listed
                nominal.clusters = [m.cluster for m in nominal.members if m.cluster is not None]
                for i in range(nominal.start, nominal.end):
                    ann.token_people[i] = list(nominal.clusters)
                continue
            if title.head.category == "group" and not nominal.plural and not title.country:
                continue  # "the delegation" is not one person
            if title.counterpart and not nominal.plural:
                self._resolve_counterpart(doc, nominal, ann)
                continue
            if (
                nominal.plural
                and title.number is not None
                and not title.definite
                and title.possessor is None
                and doc[nominal.start].lower_ not in ("both", "all")
            ):
                continue  # "two diplomats said": a count of people not named, not the people named before
            candidates = []
            witnessed = _witnessed(doc[nominal.end - 1])
            visiting = any(doc[i].lower_ in ("visiting", "guest", "guests") for i in range(nominal.start, nominal.end))
            home = (
                ann.agency.country
                if ann.agency is not None
                else ann.source_country
                or (ann.dateline.city.country if ann.dateline is not None and ann.dateline.city is not None else None)
            )
            for cluster in ann.clusters:
                before = [m for m in cluster.mentions if m.start < nominal.start]
                if not before or not cluster.titles:
                    continue
                if witnessed and any(doc[m.start].sent.start == doc[nominal.start].sent.start for m in before):
                    continue  # "A and B signed in the presence of the two leaders": witnesses are others
                if visiting and home is not None and self.cluster_country(cluster) in (home, None):
                    continue
                role_fits = self._role_fits(cluster, title)
                if not nominal.plural and self._deputy_of(cluster, title):
                    continue  # "the Russian foreign minister" is not the deputy foreign minister named before
                if title.country:
                    country = self.cluster_country(cluster) or next(
                        (t.country for t, _ in cluster.titles if t.country), None
                    )
                    if country != title.country:
                        continue
                elif (
                    not role_fits
                    and not visiting
                    and (
                        not nominal.plural
                        or title.portfolio
                        or title.org
                        or title.parent_org
                        or title.org_info is not None
                    )
                ):
                    continue  # "the two defence ministers" are no foreign ministers, nor "the League's envoys" the
                    # ministers named before
                # mentions by name, and by title already resolved ("the Omani minister")
                salience = len(before) + sum(
                    1 for other in ann.nominals if other.start < nominal.start and cluster.index in other.clusters
                )
                recency = max(m.start for m in before)
                exact = int(role_fits and self._same_post(cluster, title))
                candidates.append((int(role_fits), exact, salience, recency, cluster.index))
            if not candidates:
                continue
            candidates.sort(key=lambda c: (-c[0], -c[1], -c[2], -c[3]))
            ranked = [c[2:] for c in candidates]
            if nominal.plural:
                count = nominal.number or 2
                if len(ranked) < count:
                    continue
                nominal.clusters = sorted(c[2] for c in ranked[:count])
                if nominal.number is not None:
                    # "X spoke by phone with Y. The two leaders agreed to meet": the people just named, when they
                    # are that many and fit the title as well as the most salient do
                    sent_start = doc[nominal.start].sent.start
                    previous = doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
                    fit = max(c[0:2] for c in candidates)
                    near = [
                        c[4]
                        for c in candidates
                        if c[0:2] == fit
                        and any(previous <= m.start < nominal.start for m in ann.clusters[c[4]].mentions)
                    ]
                    if len(near) == count:
                        nominal.clusters = sorted(near)
                if title.head.role == "Side":
                    nominal.clusters = self._sides(nominal.clusters, [c[4] for c in candidates], count, ann)
            else:
                nominal.clusters = [ranked[0][2]]
            for i in range(nominal.start, nominal.end):
                ann.token_people[i] = list(nominal.clusters)

    def _resolve_groups(self, doc: Doc, ann: Annotations) -> None:
        """ "received the Polish and Canadian ministers" after both were named: the group is those people, one of
        each country (when each country has one such person named before; else it stays a group)."""
        for group in ann.groups:
            if len(group.countries) < 2 or doc[group.start].lower_ not in ("the", "both"):
                continue
            chosen: list[int] = []
            for code in group.countries:
                fits = [
                    cluster
                    for cluster in ann.clusters
                    if any(m.start < group.start for m in cluster.mentions)
                    and self.cluster_country(cluster) == code
                    and any(
                        group.post is None or own.head.role.lower() in group.post.lower()
                        for own, _ in cluster.titles
                        if own.status != "former"
                    )
                ]
                if len(fits) != 1:
                    break
                chosen.append(fits[0].index)
            else:
                for i in range(group.start, group.end):
                    ann.token_people[i] = list(chosen)

    def _sides(self, chosen: list[int], ranked: list[int], count: int, ann: Annotations) -> list[int]:
        """ "The two sides signed": parties of different countries. When two of the people chosen serve the same
        country (or one serves none known) and a person of another country was ranked lower, the sides are the
        best-ranked person of each country: "A met B. B was accompanied by C. The two sides signed" are A and B."""
        countries = [self.cluster_country(ann.clusters[c]) for c in chosen]
        if None not in countries and len(set(countries)) == len(countries):
            return chosen
        picked: list[int] = []
        seen: set[str] = set()
        for index in ranked:
            country = self.cluster_country(ann.clusters[index])
            if country is None or country in seen:
                continue
            seen.add(country)
            picked.append(index)
            if len(picked) == count:
                return sorted(picked)
        return chosen

    def _resolve_counterpart(self, doc: Doc, nominal: NominalMention, ann: Annotations) -> None:
        """ "his Kuwaiti counterpart": the most mentioned official of that country before it, one with the post of
        the person of another country named in the sentence first ("X said at a press conference with his Korean
        counterpart": X's fellow minister, not another Korean official)."""
        title = nominal.title
        if title is None or not title.country:
            return
        sent_start = doc[nominal.start].sent.start
        own_posts: set[tuple[str, str | None]] = set()
        for m in ann.names:
            if m.cluster is None or not sent_start <= m.start < nominal.start:
                continue
            cluster = ann.clusters[m.cluster]
            if self.cluster_country(cluster) in (None, title.country):
                continue
            own_posts |= {(t.head.role, t.portfolio) for t, _ in cluster.titles if not t.counterpart}
        best: tuple[int, int, int, int] | None = None
        for cluster in ann.clusters:
            before = [m for m in cluster.mentions if m.start < nominal.start]
            if not before or not cluster.titles or self.cluster_country(cluster) != title.country:
                continue
            same = int(any((t.head.role, t.portfolio) in own_posts for t, _ in cluster.titles))
            key = (same, len(before), max(m.start for m in before), cluster.index)
            if best is None or key[:3] > best[:3]:
                best = key
        if best is not None:
            nominal.clusters = [best[3]]
            for i in range(nominal.start, nominal.end):
                ann.token_people[i] = [best[3]]

    @staticmethod
    def _same_post(cluster: PersonCluster, title: TitleParse) -> bool:
        """True when the person holds the very post the phrase names: "the Secretary-General" is the
        Secretary-General rather than an Assistant Secretary-General, "the Chairman of the Rada" the chairman of
        that body."""
        for own, _ in cluster.titles:
            if own.head.role != title.head.role or sorted(own.parts) != sorted(title.parts):
                continue
            if title.org and (own.org is None or _body_key(own.org) != _body_key(title.org)):
                continue
            return True
        return False

    @staticmethod
    def _deputy_of(cluster: PersonCluster, title: TitleParse) -> bool:
        """True when the person holds the post the phrase names only as a deputy ("Deputy Foreign Minister" for
        "the foreign minister")."""
        lower = {"deputy", "vice", "assistant", "under"}
        same = [own for own, _ in cluster.titles if own.head.role == title.head.role]
        return bool(same) and not lower & set(title.parts) and all(lower & set(own.parts) for own in same)

    @staticmethod
    def _role_fits(cluster: PersonCluster, title: TitleParse) -> bool:
        if title.head.category in GROUP_ROLES or title.head.role in ("Official", "Leader", "Diplomat"):
            return True
        for own, _ in cluster.titles:
            if own.head.role == title.head.role or (
                own.head.category == title.head.category and title.head.category not in ("agency",)
            ):
                if title.portfolio and own.portfolio and title.portfolio != own.portfolio:
                    continue
                return True
        return False

    # -- pronouns --------------------------------------------------------------------------------------------
    def _resolve_pronouns(self, doc: Doc, words: DocWords, ann: Annotations) -> None:
        for tok in doc:
            low = tok.lower_
            if low == "they" and tok.dep_ in ("nsubj", "nsubjpass") and tok.i not in ann.token_people:
                group = self._plural_antecedent(tok, ann)
                if group:
                    ann.token_people[tok.i] = group
                continue
            if low not in SUBJECT_PRONOUNS | POSSESSIVE_PRONOUNS | OBJECT_PRONOUNS or tok.i in ann.token_people:
                continue
            if low in POSSESSIVE_PRONOUNS and self.lex.ranks.match(words.norm, tok.i, originals=words.orig):
                continue  # "His Highness the Emir": an honorific, no one's possession
            if (
                tok.text.isupper()
                and len(tok.text) > 1
                and self.lex.ranks.match(words.norm, tok.i, originals=words.orig)
            ):
                continue  # "HE Secretary-General X": "His Excellency", not "he"
            target = self._antecedent(tok, ann, object_pronoun=(low == "him" or (low == "her" and tok.dep_ != "poss")))
            if target is not None:
                ann.token_people[tok.i] = [target]

    @staticmethod
    def _plural_antecedent(tok: Token, ann: Annotations) -> list[int]:
        """ "The two ministers called on the President. They will leave for Manila": a subject "they" stands for
        the people of the nearest subject before it (in its sentence, else one or two sentences back) when that
        subject names two or more people; none when it names one."""
        sent = tok.sent
        start, stop = sent.start, tok.i
        for _ in range(3):
            for i in range(stop - 1, start - 1, -1):
                t = tok.doc[i]
                if t.dep_ in ("nsubj", "nsubjpass") and t.i != tok.i and t.pos_ != "PRON":
                    people: list[int] = []
                    for j in range(t.left_edge.i, t.right_edge.i + 1):
                        if tok.doc[j].dep_ not in ("relcl", "acl"):
                            people += [c for c in ann.token_people.get(j, []) if c not in people]
                    if len(people) >= 2:
                        return people
                    if people:
                        return []
            if start == 0:
                return []
            prev = tok.doc[start - 1].sent
            start, stop = prev.start, prev.end
        return []

    def _antecedent(self, tok: Token, ann: Annotations, *, object_pronoun: bool) -> int | None:
        sent = tok.sent
        people: list[tuple[int, int, Token]] = []
        for i in range(sent.start, tok.i):
            clusters = ann.token_people.get(i)
            if clusters and len(clusters) == 1:
                people.append((i, clusters[0], tok.doc[i]))
        if object_pronoun:
            verb = tok.head if tok.dep_ != "pobj" else tok.head.head
            subject_clusters = set()
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    for i in range(child.left_edge.i, child.right_edge.i + 1):
                        subject_clusters.update(ann.token_people.get(i, []))
            for _i, cluster, _ in reversed(people):
                if cluster not in subject_clusters:
                    return cluster
            return None
        distinct = {c for _, c, _ in people}
        subjects = [c for i, c, t in people if _is_subject(t)]
        if subjects:
            return subjects[-1]
        if len(distinct) == 1:
            return next(iter(distinct))
        if people:
            return None
        # the subject of an earlier sentence: the nearest one that has a person in it (up to three back)
        start = sent.start
        for _ in range(3):
            if start == 0:
                return None
            prev = tok.doc[start - 1].sent
            subjects = []
            anyone = False
            for i in range(prev.start, prev.end):
                clusters = ann.token_people.get(i)
                if clusters and len(clusters) == 1:
                    anyone = True
                    if _is_subject(tok.doc[i]):
                        subjects.append(clusters[0])
            if subjects:
                return subjects[0]
            if anyone:
                return None
            start = prev.start
        return None


def _is_subject(tok: Token) -> bool:
    """True when the token is, or heads into, the subject of its clause."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("nsubj", "nsubjpass"):
            return True
        if cur.dep_ in ("compound", "flat", "appos", "conj", "amod", "poss") and cur.head is not cur:
            cur = cur.head
            continue
        return False
    return False


def _frames(doc: Doc, ann: Annotations) -> dict[int, str]:
    """Sentences that open with a city ("In Dar es Salaam, ..."), and the later sentences of their paragraph:
    sentence start -> the city's country."""
    frames: dict[int, str] = {}
    for mention in ann.cities:
        sent = doc[mention.start].sent
        opener = sent[0]
        if (
            opener.lower_ == "in"
            and mention.start == opener.i + 1
            and mention.end < sent.end
            and doc[mention.end].text == ","
        ):
            frames[sent.start] = mention.city.country
    if frames:
        # the frame holds for the rest of its paragraph ("In Lima, the ministry summoned X. Vice Minister Y handed
        # him a note."), up to the next paragraph or frame
        current: str | None = None
        for sent in doc.sents:
            if sent.start in frames:
                current = frames[sent.start]
            elif sent.start > 0 and "\n\n" in doc[sent.start - 1].whitespace_ + (
                doc[sent.start - 1].text if doc[sent.start - 1].is_space else ""
            ):
                current = None
            elif current is not None:
                frames[sent.start] = current
    return frames


def _covered(key: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """True when every word of a name is a word of a fuller name, or an initial of one of its other words ("T.
    Gogiberidze" of "Tornike Gogiberidze").

    >>> full = ("tornike", "gogiberidze")
    >>> _covered(("t", "gogiberidze"), full), _covered(("k", "gogiberidze"), full)
    (True, False)
    """
    rest = [w for w in full if w not in key]
    for word in key:
        if word in full:
            continue
        if len(word) > 2 or not word.isalpha() or len(key) < 2:
            return False
        match = next((w for w in rest if w.startswith(word)), None)
        if match is None:
            return False
        rest.remove(match)
    return True


def _body_key(org: str) -> str:
    """A body's name for comparison: "the Verkhovna Rada" and "Verkhovna Rada" are one."""
    key = " ".join(org.split()).lower()
    return key[4:] if key.startswith("the ") else key


def _an_object(tok: Token) -> bool:
    """The word is the object of a verb, or joined by "and" to one."""
    while tok.dep_ in ("conj", "appos", "compound") and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in ("dobj", "obj", "dative")


def _a_subject(tok: Token) -> bool:
    """The word is the subject of a verb (or inside or beside it)."""
    while tok.dep_ in ("conj", "appos", "compound") and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _of_a_ministry(title: TitleParse) -> bool:
    """An international-sounding head of a national ministry ("Secretary-General of the Ministry of Foreign
    Affairs"): a national post."""
    return bool(title.org) and str(title.org).removeprefix("the ").split(" ")[0].lower() in ("ministry", "department")
