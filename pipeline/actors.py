"""Who is behind an amount, and where: the actor (the subject that pays, spends, earns, owns, lends
or receives it) and its country, read without a parser from ``lexicons/actors.json``.

The actor is the subject of the amount's clause (see ``ActorFinder.find``; its noun phrases are
read by ``phrases.PhraseReader``): the noun phrase at the
clause's start, after a fronted phrase ("In addition, the South Korean government will ..."), or a
later subject (after a speech verb, ", and", ", while") followed by a verb. A noun phrase gives its
possessor before a lower-case head ("Novartis' net sales"), else its last capitalised name ("Swiss
drugmaker Novartis" gives "Novartis"), else the whole phrase when its head names an actor ("the
South Korean government"). A pronoun or a phrase with no actor ("sales fell ...", "its net income")
takes the actor of the sentence's first clause; "was acquired by X" gives X.

The country: ``actor_country.CountryReader``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon
from .actor_asides import AsideReader
from .actor_clauses import MAX_OBJECT, SUBJECT_WINDOW, is_year, past_change
from .actor_country import article_country
from .datelines import dateline_end
from .extensions import doc_text
from .names import before_ticker, name_list_end, possessive_name
from .phrase_words import (
    DETERMINERS,
    OWNERS,
    POSSESSIVE,
    PREPOSITIONS,
    QUOTES,
    Phrase,
    actors_lexicon,
    participle_opener,
    past_period,
)

SPEAKERS_OWN = frozenset({"profit", "revenue", "dividend"})  # a company reports its own results
SELLERS_OWN = frozenset({"price", "revenue", "profit"})  # "At Keepsafe's depot a unit costs £22": the seller's
RELATIVES = frozenset({"which", "who", "whose"})  # after a comma, they open a clause about the noun before


def headline_lede(doc: Doc, sent: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence after a headline (an article's first sentence with no end mark), whose places
    are the headline's: "Hendrix guitar fetches £100,000" is sold "at an auction in London"."""
    if sent[0] != 0 or sent[1] >= len(doc):
        return None
    last = next((k for k in range(sent[1] - 1, sent[0] - 1, -1) if not doc[k].is_space), None)
    if last is None or doc[last].text[-1:] in ".!?…":
        return None
    lede = doc[sent[1]].sent
    return lede.start, lede.end


class ActorFinder(AsideReader):
    def __init__(self, nlp: Language):
        super().__init__(nlp)
        data = actors_lexicon()
        self.fronted = frozenset(w for w in data["fronted_openers"] if " " not in w)
        self.fronted_pairs = frozenset(tuple(w.split()) for w in data["fronted_openers"] if " " in w)
        self.control_by_last: dict[str, list[tuple[str, ...]]] = {}  # last word -> the control verbs it ends
        for v in data["control_verbs"]:
            self.control_by_last.setdefault(v.split()[-1], []).append(tuple(v.split()))
        self.object_payers = frozenset(data["object_payer_verbs"])
        self.offer_nouns = frozenset(data["offer_nouns"])
        self.of_owners = frozenset(data["of_owner_nouns"])  # "700 mln dlrs of debt of Dana Corp"
        self.for_owner_kinds = frozenset(data["for_owner_kinds"])  # "Record sales for Caldwell & Crane"
        self.sites = frozenset(data["site_nouns"])  # "a newsprint mill at Gold River": where, not who
        self.same_money = frozenset(  # the speaker's money again: "the sum", "that figure", not "the total"
            w
            for k in ("same_money", "moved_money")  # and "the investment", named again only to move it
            for w in lexicon.load("clauses.json")[k]
            if w.split()[-1] in ("sum", "amount", "figure", "investment", "outlay")
        )
        self.act_nouns = frozenset(data["act_nouns"])  # "Rome's provision of a 400m euro loan"
        self.intents = frozenset(data["intent_nouns"])  # "Labour's plan to invest £60bn"
        self.bare_control = frozenset(data["bare_control_verbs"])  # "could see India invest"
        self.comma_links, self.subordinators = frozenset(data["comma_links"]), frozenset(data["subject_subordinators"])
        self.deal_verbs = frozenset(lexicon.load("kinds.json")["kinds"]["deal"]["verbs"])  # "buy X's stake"
        self.destination_preps = frozenset(lexicon.load("kinds.json")["purposes"]["prepositions"])  # "for", "on"

    # ---- clauses ----
    def skip_fronted(self, doc: Doc, i: int, limit: int) -> int:
        """Past fronted phrases that end at a comma ("In addition,", "Under the pact, which runs to 1990,":
        actors.json ``fronted_relatives``), and "of which" before a part's own subject."""
        for n in range(3):
            k = i
            while k < limit and (doc[k].is_space or doc[k].text in QUOTES):
                k += 1
            if k >= limit:
                return k
            if (dated := dateline_end(doc, k, limit)) is not None:
                i = dated  # "LONDON, June 28 - Britain's Department of Trade will give"
                continue
            timed = self.time_phrase_end(doc, k, limit)
            if timed is not None and timed < limit and self.opens_subject(doc, timed):
                i = timed  # "Earlier this month the firm said", "Last year the group earned"
                continue
            if timed is not None and timed + 1 < limit and doc[timed].text == ",":
                i = timed + 1  # "Late on Monday, Deutsche Boerse said"
                continue
            pair = (doc[k].lower_, doc[k + 1].lower_) if k + 1 < limit else ()
            if pair and pair[0] == "of" and pair[1] in self.fronted_relatives:  # ", of which Lyonnaise would"
                i = k + 2
                continue
            participle = participle_opener(doc, k)  # "Asked about it,", "Bought for £410m by X,"
            if (
                doc[k].lower_ not in self.fronted
                and pair not in self.fronted_pairs
                and not doc[k].like_num
                and not participle
                and not (n and doc[k].lower_ in self.fronted_relatives)
            ):
                return k
            comma = next((c for c in range(k, limit) if doc[c].text == ","), None)
            if comma is None:
                return k
            if participle and comma + 1 < limit and doc[comma + 1].lower_ in RELATIVES and doc[k + 1].is_lower:
                if doc[k + 1].lower_ not in PREPOSITIONS:  # not "Based on a play by X, who", "Trading in shares"
                    return k  # a noun's relative clause: "Wedding planning firm Ivory & Lace, which was founded"
            i = name_list_end(doc, comma, limit) + 1
        return i

    def owner_of(
        self, doc: Doc, trigger: tuple[int, int] | None, c0: int, modifiers_only: bool = False
    ) -> Phrase | None:
        """The possessor before the amount's trigger noun: "the Pentagon's budget", "India's defence
        budget"; with ``modifiers_only`` (before the amount itself), only modifiers between: "EA's
        $17.8bn", "Samsung's planned $17bn plant", not "the government's demands in a $206bn settlement"."""
        if trigger is None:
            return None
        if modifiers_only:  # most amounts have no possessive in the few words before them
            low = self.lower(doc)
            if not any(low[x] in POSSESSIVE for x in range(max(c0, trigger[0] - 6), trigger[0])):
                return None
        k = before_ticker(doc, self.past_act(doc, trigger[0] - 1, c0) if modifiers_only else trigger[0] - 1)
        if not modifiers_only and k - 1 > c0 and doc[k].lower_ == "to" and doc[k - 1].lower_ in self.intents:
            k -= 2  # "Labour's plan to invest £60bn": the plan's owner invests
        steps = 0
        while (
            k > c0
            and steps < 4
            and (doc[k].is_lower or doc[k].is_space or doc[k].text == "-" or is_year(doc[k].text))
            and not (modifiers_only and (doc[k].lower_ in PREPOSITIONS or doc[k].lower_ in DETERMINERS))
            and doc[k].lower_ not in POSSESSIVE
            and not self.is_verb(doc, k)  # "Ford's division earned a profit": the possessor is not the profit's
            and doc[k].lower_ not in self.heads  # "India's cabinet earmarked": the cabinet earmarked it
        ):
            k -= 1
            steps += 1
        if k <= c0 or doc[k].lower_ not in POSSESSIVE:
            return None
        start = k - 1
        head = doc[start].lower_ in self.heads  # "The science ministry's budget": its modifiers too
        while start > c0 and (
            (self.is_name(doc, start - 1, -1) and doc[start - 1].lower_ not in PREPOSITIONS)  # not "In Anacomp's"
            or (
                doc[start - 1].lower_ == "of"
                and start - 2 > c0
                and (doc[start - 2].lower_ in self.name_of_heads or self.is_name(doc, start - 2, -1))
            )  # "the city of Busan's", "Hospital Corp of America's"
            or doc[start - 1].lower_ == "the"
            or doc[start - 1].text in ("-", "&")  # "Marks & Spencer's food sales"
            or (
                head
                and doc[start - 1].is_lower
                and doc[start - 1].lower_ not in PREPOSITIONS
                and not self.is_verb(doc, start - 1)  # "would also cut domestic refiners' profits"
                and (start < 2 or doc[start - 2].lower_ != "to")  # "to ease local governments' debt": a verb
            )
        ):
            start -= 1
            if doc[start].lower_ in DETERMINERS:  # "its contractors' costs", not "begin its review of its contractors'"
                break
        if start - 1 > c0 and doc[start - 1].lower_ in self.deal_verbs and doc[start].text[:1].isupper():
            return None  # "agreed to buy Alfa-Eco's stake": the seller's stake, the buyer's money
        found = self.pick(doc, start, k)
        return found if found.what == "actor" else None

    def past_act(self, doc: Doc, k: int, c0: int) -> int:
        """Where an "of" phrase of an act noun (actors.json's ``act_nouns``) before doc[k + 1] opens,
        so that the act's possessor owns the amount: "Rome's provision of a 400m euro loan", "Vodafone's
        purchase of the stake for $2bn"; else ``k``."""
        j = k
        while j > c0 and k - j < 6 and (doc[j].is_lower or doc[j].text == "%" or doc[j].like_num):
            if doc[j].lower_ in ("of", "for") and doc[j - 1].lower_ in self.act_nouns:
                return j - 1
            j -= 1
        return k

    def at_owner(
        self,
        doc: Doc,
        trigger: tuple[int, int] | None,
        limit: int,
        kind: str = "",
        amount: tuple[int, int] | None = None,
    ) -> Phrase | None:
        """X in "losses at General Motors Europe totalled ...", "sales at Tesco", "a bid by rival
        Xstrata", "an offer from Xstrata", "debt of Dana Corp": the name after "at", or "by" (not a
        fine's: "a fine by the regulator" is paid by another), or "from" after a word of ``offer_nouns``,
        or "of" after a word of ``of_owner_nouns``, or "for" after a result of ``for_owner_kinds`` ("Record
        sales for Caldwell & Crane: $1.04 billion"; not "an offer for X", its target, nor "aid for X"),
        right after the amount's trigger noun; or "at" (or that "for") right after the ``amount`` that the
        noun's "of" quantifies ("savings of £153m at the Foreign Office", "Boiler sales of £410m for
        Radiant Heating"). Not a noun the amount goes to ("approved $1.4bn for an expansion at Ahafo")."""
        if trigger is None or trigger[1] + 1 >= limit:
            return None
        end = past_change(doc, trigger[1], limit)  # "Pre-tax profits up 9% at pub chain JD Wetherspoon"
        if doc[end].lower_ in self.offer_nouns and end + 2 < limit:
            end += 1  # the trigger is a modifier of an offer noun: "a £1.3bn takeover offer from Deutsche Boerse"
        prep = doc[end].lower_
        if prep == "for" and doc[end - 1].lower_ in self.offer_nouns:  # "an offer for Hydronic Partners from X"
            k = end + 1
            while k < limit and (doc[k].text[:1].isupper() or doc[k].text in ("&", "-")):
                k += 1
            if k < limit and k > end + 1 and doc[k].lower_ == "from":
                return self.named_phrase(doc, k + 1, limit)
        goes = amount is not None and trigger[0] >= amount[1] and self.purpose_preposition(doc, amount[1], trigger[0])
        if prep == "at" and goes:
            return None  # where the money goes, not who ("by Congress" after it still pays)
        noun = doc[end - 1].lower_ if end > trigger[1] else doc[trigger[0] : trigger[1]].text.lower()
        if noun.split()[-1] in ("in", "of") and noun.split()[0] in self.in_heads:  # "sent shares in GW Pharma up"
            end = trigger[1]
            while end < limit and (doc[end].text[:1].isupper() or doc[end].text in ("&", "-")):
                end += 1
            found = self.pick(doc, trigger[1], end) if end > trigger[1] else Phrase("none")
            return found if found.what == "actor" else None
        if prep == "of" and amount is not None and amount[0] - trigger[1] <= 3 and amount[1] + 1 < limit:
            k = past_period(doc, amount[1], limit)  # "Record profits of £6.2m for the six months to June at X"
            after = doc[k].lower_ if k < limit else ""  # "Savings of £153m at the Foreign Office"
            if after == "at" or (after == "for" and kind in self.for_owner_kinds):
                return self.named_phrase(doc, k + 1, limit)
        if prep == "by" and amount is not None and self.recipient_passive_before(doc, amount[0]):
            return None  # "Hitachi Energy was awarded a £1.1bn contract by National Grid": the subject's
        if not (
            (prep == "at" and noun not in self.sites)
            or (prep == "by" and kind != "tax_or_fine")
            or (prep == "from" and noun in self.offer_nouns)
            or (prep == "of" and noun in self.of_owners)
            or (prep == "for" and kind in self.for_owner_kinds)
        ):
            return None
        return self.named_phrase(doc, end + 1, limit)

    def named_phrase(self, doc: Doc, k: int, limit: int) -> Phrase | None:
        """The actor phrase that starts at token k when it ends in a name ("from Brassline Supply Co."), else None."""
        found = self.phrase(doc, k, limit)
        return found if found.what == "actor" and self.is_name(doc, found.end - 1, -1) else None

    def purpose_preposition(self, doc: Doc, lo: int, hi: int) -> bool:
        """Does a preposition of purpose (kinds.json ``purposes``' prepositions: "for", "on", "into")
        stand in doc[lo:hi], between an amount and the noun after it?"""
        return any(t.lower_ in self.destination_preps for t in doc[lo:hi])

    def after_control(self, doc: Doc, j: int) -> bool:
        """Does doc[j] follow a verb of ``control_verbs`` ("urged", "called on")?"""
        return j > 0 and any(
            j >= len(v) and all(doc[j - len(v) + k].lower_ == v[k] for k in range(len(v)))
            for v in self.control_by_last.get(doc[j - 1].lower_, ())
        )

    def before_to(self, doc: Doc, k: int, limit: int) -> bool:
        """Does "to" come at token k, or after a relative clause set off by commas (", which ..., to")?"""
        while k < limit and doc[k].is_space:
            k += 1
        if k < limit and doc[k].lower_ == "to":
            return True
        if k + 1 < limit and doc[k].text == "," and doc[k + 1].lower_ in ("which", "who", "whose"):
            close = next((c for c in range(k + 2, limit) if doc[c].text == ","), None)
            return close is not None and close + 1 < limit and doc[close + 1].lower_ == "to"
        return False

    def gapped(self, doc: Doc, c0: int, a_start: int) -> Phrase | None:
        """X in "Kia will receive 250 billion won ... and Hyundai Mobis 180 billion won": a name right
        before the amount after "and" or a comma, its verb left out (the amount's own subject). Only
        after another amount in the sentence ("pay the Securities and Exchange Commission $250m" is one
        name)."""
        end = a_start
        while end - 1 > c0 and doc[end - 1].is_space:
            end -= 1
        k = end
        while k - 1 > c0 and (self.is_name(doc, k - 1, -1) or doc[k - 1].text in ("-", "&", ".")):
            k -= 1
        if k == end or k - 1 < c0 or doc[k - 1].lower_ not in ("and", ","):
            return None
        found = self.pick(doc, k, end)
        return found if found.what == "actor" else None

    def object_before(self, doc: Doc, c0: int, a_start: int) -> Phrase | None:
        """X in "could cost the UK £1bn", "saved consumers $5m": the noun phrase between a verb of
        ``object_payer_verbs`` and the amount (at most MAX_OBJECT tokens)."""
        for k in range(a_start - 1, max(c0, a_start - MAX_OBJECT) - 1, -1):
            if doc[k].lower_ in self.object_payers:
                if k + 1 >= a_start:
                    return None
                found = self.pick(doc, k + 1, a_start)
                return found if found.what == "actor" else None
            if doc[k].is_punct or self.is_verb(doc, k):
                return None
        return None

    def subject(self, doc: Doc, c0: int, a_start: int, kind: str = "") -> Phrase:
        """The subject of the clause that starts at token c0, for an amount at a_start. After a speech
        verb, a subject that names no actor leaves the amount without one ("Alimullah said exports
        rose to ..."), unless the amount is the speaker's own result (``SPEAKERS_OWN``: "The banking
        firm said the status of these loans cut first quarter net by ...") or a possessive says so."""
        start = self.skip_fronted(doc, c0, a_start)
        best = self.appositive(doc, self.phrase(doc, start, a_start), a_start)
        low = self.lower(doc)
        for j in range(max(start + 1, a_start - SUBJECT_WINDOW), a_start):
            prev = low[j - 1]
            slot = None
            if prev in self.control_by_last and self.after_control(doc, j):  # "expects Chrysler to earn"
                found = self.phrase(doc, j, a_start)
                controls = found.what == "actor" and self.before_to(doc, found.last, a_start)
                if prev in self.speech or self.bare_for(doc, j):  # "expects X to earn", "for Sudan to meet"
                    controls = controls and self.opens_infinitive(doc, j, found, a_start)
                best = found if controls else best
                if controls or prev not in self.speech:  # "expects that X will": a speech verb, read below
                    continue
            if prev in self.comma_links and j >= 2 and low[j - 2] == ",":
                slot = j
            elif prev in self.subordinators and (
                self.subordinate_subject(doc, prev, j, a_start) or self.owned_relation_end(doc, j, a_start)
            ):
                slot = j  # "after Toyota Fudosan raised its offer", "under which South Korea will invest"
            elif prev in self.speech or (prev == "that" and not self.appositive_relative(doc, j - 1, a_start)):
                slot = j if low[j] != "that" else None
            elif prev in self.bare_control:
                found = self.phrase(doc, j, a_start)
                if not (found.what == "actor" and found.last < a_start and self.is_verb(doc, found.last)):
                    found = self.name_before_verb(doc, j, a_start)
                if found is not None and found.what == "actor":
                    best = found  # "a pact which could see India invest up to $20bn"
                continue
            if slot is None:
                continue
            while slot < a_start and (
                doc[slot].lower_ in self.calendar_words
                or doc[slot].is_space
                or (doc[slot].lower_ == "on" and slot + 1 < a_start and doc[slot + 1].lower_ in self.calendar_words)
                or (doc[slot].like_num and doc[slot - 1].lower_ in self.calendar_words)  # "on June 1"
            ):
                slot += 1  # "said Monday it will spend", "said on Tuesday that"
            if slot < a_start and (timed := self.time_phrase_end(doc, slot, a_start)) is not None:
                slot = timed  # "announced last week it had agreed", "said earlier this month that"
            if slot < a_start and doc[slot].lower_ == "that":
                slot += 1
            found = self.phrase(doc, slot, a_start)
            after = next((k for k in range(found.last, a_start) if not doc[k].is_space), None)
            if found.what == "none" and found.last > slot and prev != "and" and after is not None:
                owned = any(doc[k].lower_ in OWNERS for k in range(slot, a_start))  # "its assets": the speaker's
                again = f"{low[slot]} {low[slot + 1]}" in self.same_money  # "The lender said the sum could"
                if self.is_verb(doc, after) and not owned and kind not in SPEAKERS_OWN and not again:
                    best = Phrase("none")
                continue
            named = self.appositive(doc, found, a_start)
            if named is not found:  # "while its South African arm, Cape Re, lost R120m": the name set off
                best = named
                continue
            if found.what != "actor":
                continue
            after = self.past_aside(doc, after, a_start)  # "the International Finance Corp (IFC), a ..., would"
            after = self.past_relative(doc, after, a_start)  # "Baikal - which bought ..."
            if after is not None and (timed := self.time_phrase_end(doc, after, a_start)) is not None:
                after = timed  # ", and the railway ministry on Monday raised"
            if after is not None and self.is_verb(doc, after):
                best = found
        return best

    def fronted_at(self, doc: Doc, s0: int, a_start: int) -> Phrase | None:
        """The name in an "At" phrase that opens the sentence of a price or a result whose clause names
        no actor: the seller ("At Keepsafe's new Croydon depot a 50 sq ft unit costs £22 a week",
        "At Tesco, a pint of milk costs 45p"); not a lower-case place ("At the auction, ...")."""
        k = next((i for i in range(s0, a_start) if not doc[i].is_space), a_start)
        if k >= a_start or doc[k].lower_ != "at":
            return None
        found = self.phrase(doc, k + 1, a_start)
        named = found.what == "actor" and doc[found.start].text[:1].isupper()  # not "At an analysts meeting here"
        return found if named else None

    def find(
        self,
        doc: Doc,
        a: tuple[int, int],
        clause: tuple[int, int],
        sent: tuple[int, int],
        kind: str,
        prev: dict | None,
        conversion: bool = False,
        trigger: tuple[int, int] | None = None,
        far: int | None = None,
    ) -> dict:
        """actor, actor_start, actor_end (character offsets, or "") and country of the amount doc[a[0]:a[1]]
        (``far``: where it and the conversions after it end)."""
        keys = ("actor", "actor_start", "actor_end", "country")
        if conversion and prev is not None:
            return {k: prev[k] for k in keys}
        c0, c1 = clause
        found = self.holder_with(doc, c0, a[0])  # "Mathews Conveyer Co, with sales of 83 mln dlrs"
        # the amount's own noun's agent first: "The £22m purchase of crematoria by Memoria was financed by Lloyds TSB"
        found = found or self.noun_by(doc, (a[0], far or a[1]), c1) or self.passive_by(doc, c0, a[1], c1, a[0])
        if found is None and prev is not None:  # gapping needs an amount before it
            found = self.gapped(doc, c0, a[0])
        found = found or self.list_label(doc, c0, a[0])  # "Reinsurers' losses: Munich Re, €250m; Converium, $20m"
        if found is None:
            found = self.object_before(doc, c0, a[0])
        if found is None:
            found = self.with_subject(doc, c0, a[0])
        if found is None:
            definite = a[0] > c0 and doc[a[0] - 1].lower_ in ("the", "those")  # "the 1.5 bln dlrs Britain had hoped"
            found = self.relative_subject(doc, far or a[1], c1, trigger, definite)
        if found is None:  # "compared to EA's $17.8bn", "Samsung's planned $17bn plant", "the Lib Dems' £1.19m"
            found = self.owner_of(doc, a, c0, modifiers_only=True)
        # not the owner of what the money goes to: "requested 2.4 trillion won for South Korea's digital projects"
        goes = trigger is not None and trigger[0] >= a[1] and self.purpose_preposition(doc, a[1], trigger[0])
        if found is None and not goes:
            found = self.owner_of(doc, trigger, c0)
        if found is None:
            found = self.at_owner(doc, trigger, c1, kind, a)
        if found is None:
            found = self.antecedent(doc, c0, a[0])
        if found is None:
            found = self.after_fronted(doc, sent[0], a[0], sent[1])
        if found is None:
            found = self.subject(doc, c0, a[0], kind)
        if found.what != "actor" and c0 > sent[0]:
            found = self.subject(doc, sent[0], c0, kind)
        if found.what != "actor" and kind in SELLERS_OWN:
            found = self.fronted_at(doc, sent[0], a[0]) or found
        if found.what != "actor" and kind == "financing":  # "a 100 mln dlr bond for Kansallis-osake-Pankki"
            found = self.issued_for(doc, trigger, (c0, c1)) or found
        # "Vodafone results at a glance: revenue £34.1bn", "..., said Randgold", "The carmaker ..., said Ford"
        found = self.label_or_speaker(doc, (c0, a[0], far or a[1]), sent, kind in SPEAKERS_OWN, found)
        country = ""
        own = (found.start, found.end) if found.what == "actor" else None  # "Halifax said": a company
        if found.what == "actor":
            country = self.country_in(doc, found.first, max(found.last, found.end), a, own)
            country = country or self.descriptor_country(doc, found.start)  # "Belgian materials group Umicore"
            country = country or self.speaker_country(doc, clause, sent)  # ", the Danish company said"
        elif trigger is not None:
            country = self.trigger_country(doc, trigger)  # "British exports to Nigeria": Britain's
        own_country = country if found.what == "actor" else ""  # the actor's phrase placed it
        if not country:
            country = self.country_near(doc, a, clause, sent, own)
        if not country:
            lede = headline_lede(doc, sent)
            if lede is not None:
                country = self.country_near(doc, a, lede, lede, own)
        if not country and found.what == "actor" and self.stands_for_country(doc, found):
            country = article_country(doc)  # "The country's debt stands at $81.8bn": Argentina's
        if found.what != "actor":  # a base of comparison is the compared amount's: "from a loss of £305m"
            return self.base_of(doc, prev, a[0], country)
        name_end = found.end
        cut = self.place_after_of(doc, found.start, found.end)  # "Divi Hotels NV of Aruba": the company, placed
        if cut is not None:
            name_end, country = cut
            own_country = country
        span = doc[slice(*possessive_name(doc, found.start, name_end))]  # "Sainsbury's", "The Lloyd's market"
        start = span.start_char + (3 if span.text.startswith("lt;") else 0)  # "&lt;Victory Markets Inc>"
        return {
            "actor": doc_text(doc)[start : span.end_char],  # the text's characters: "the\ngovernment"
            "actor_start": start,
            "actor_end": span.end_char,
            "country": country,
            "_own_country": own_country,  # carried to the actor's later mentions (``carried_countries``)
        }
