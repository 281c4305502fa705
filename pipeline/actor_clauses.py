"""Where an amount's subject stands away from its clause's start, for ``actors.ActorFinder``: a
relative clause's antecedent or own subject (", which is worth $17bn", "the 7.2 trillion won that
LG Energy Solution plans to invest"), the main clause after a fronted phrase that holds the amount
("Despite making a record ... profit, Qantas has argued"), a time phrase without a comma ("Earlier
this month the firm said"), and a name before a bare verb ("helping Dutch retailer Ahold inflate").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon
from .actor_country import CountryReader
from .extensions import doc_text
from .names import company_suffixes, trade_ends
from .phrase_words import (
    DETERMINERS,
    PREPOSITIONS,
    Phrase,
    actors_lexicon,
    capitalised,
    is_descriptor,
    never_name_at,
    next_word,
)
from .speaker_subjects import first_person_subject, money_subject, past_quotes

SET_OFF = frozenset({",", "-", "–", "—"})  # what sets off a relative clause: "the business - which is expected to"
SUBJECT_WINDOW = 60  # tokens before an amount where a later subject is looked for
SPEAKER_REACH = 40  # tokens after an amount where the comma before its trailing speaker may stand
MAX_OBJECT = 6  # tokens: an object between its verb and the amount ("cost the British taxpayer £1bn")
BASE_CHARS = 80  # characters at most between an amount and its base of comparison after it
BASE_WORDS = 4  # words at most between a base's lead and the base: "from a loss of"
LABEL_REACH = 12  # tokens at most before a headline's colon: "Mittal Steel second quarter:"
DESCRIBED_BY = 2  # lower-case words at most before a speaker's descriptor: ", said games retailer Game"


def is_year(word: str) -> bool:
    """A four-digit year, as in a time phrase ("In 2004") or between a possessor and its noun
    ("Texaco's 1984 acquisition").

    >>> is_year("1984"), is_year("2026"), is_year("800m"), is_year("12")
    (True, True, False, False)
    """
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


@lru_cache(maxsize=1)
def _base_leads() -> re.Pattern:
    leads = lexicon.alternation(actors_lexicon()["base_leads"])
    return re.compile(rf"\b(?:{leads})\b(?:\s+[^\s\d£$€¥]+){{0,{BASE_WORDS}}}\s*$", re.IGNORECASE)


class ClauseReader(CountryReader):
    def __init__(self, nlp: Language):
        super().__init__(nlp)
        data = actors_lexicon()
        self.time_leads = frozenset(data["time_leads"])
        self.time_units = frozenset(data["time_units"])
        self.time_fillers = frozenset(data["time_fillers"])
        self.label_words = frozenset(data["label_words"])  # "Vodafone results at a glance:"
        self.motion_verbs = frozenset(data["motion_verbs"])  # "has left for Washington to discuss": a trip
        self.for_leads = frozenset(v.split()[0] for v in data["control_verbs"] if v.endswith(" for"))  # "call for"
        self.roles = frozenset(data["role_nouns"])  # ", said Fiat chief executive Sergio Marchionne"
        self._relatives_of: Doc | None = None
        self._relatives: list[int] = []

    def opens_infinitive(self, doc: Doc, j: int, found: Phrase, a_start: int) -> bool:
        """After "for" on its own, or a verb that also reports speech ("expects"), does the name that
        opens at token j start an infinitive that holds the amount ("difficult for Sudan to meet
        debt repayments of 4.17 billion dlrs", "expects Chrysler to earn")? Its name opens right after
        the verb, a lower-case verb follows "to" before the amount (not "its price for WTI to 17.50
        dlrs", "its offer for Seven & i to about 7 trillion yen"), no comma stands between, and "for"
        follows no verb of ``motion_verbs`` ("has left for Washington to discuss")."""
        low = self.lower(doc)
        if found.start != j or a_start <= found.last + 1 or not doc[found.last + 1].is_lower:
            return False
        if low[j - 1] == "for" and j >= 2 and low[j - 2] in self.motion_verbs:
            return False
        return all(low[k] != "," for k in range(found.last, a_start))

    def bare_for(self, doc: Doc, j: int) -> bool:
        """Is doc[j - 1] a "for" that no verb of a control phrase of ``control_verbs`` stands before ("call
        for" is one)?"""
        low = self.lower(doc)
        return low[j - 1] == "for" and not (j >= 2 and low[j - 2] in self.for_leads)

    def opens_subject(self, doc: Doc, k: int) -> bool:
        """Can a subject start at token k, right after a time phrase: an article or a determiner, or
        a capitalised word ("Last month the Ivory Coast", "Last year Pacific Gas"; not "In the quarter
        ended August 30", "This year's")?"""
        tok = doc[k]
        return tok.lower_ in DETERMINERS or (capitalised(tok.text) and tok.lower_ not in self.calendar_words)

    def trailing_speaker(self, doc: Doc, a_end: int, sent_end: int) -> Phrase | None:
        """The name that speaks after the amount (ending at token ``a_end``), at the first comma
        after it that opens a speaker, inverted or not, to the sentence's end (", said BT, the UK's
        biggest telecoms firm", ", Randgold Resources said"): a company that reports a result names
        its own, so ``actors.ActorFinder.find`` takes it for a profit, revenue or dividend whose
        clause names no actor. A capitalised name only (not ", the company said", nor ", said an
        analyst"); None otherwise."""
        stop = min(sent_end - 2, a_end + SPEAKER_REACH)  # linear on a sentence of thousands of amounts
        k = next((c for c in range(a_end, stop) if doc[c].text == "," and self._speaks(doc, c)), None)
        return None if k is None else self._speaker_at(doc, k, sent_end)

    def label_or_speaker(self, doc: Doc, span: tuple[int, int, int], sent: tuple[int, int], own: bool, found: Phrase):
        """The actor of an amount whose clause names none (``found``, not an actor; ``span``: the
        clause's start, the amount's start and end): the name that labels a headline's figures
        (``label_owner``), else who speaks after it when the amount is the speaker's ``own`` result
        ("Revenue rose to $1.2bn, said Randgold"), the subject of its clause (``money_subject``: "About
        $500m will be spent ..., said Larkspur") or a first-person "we" in its quote
        (``first_person_subject``); a result's name in a headline's list comes first
        (``named_before_figure``: "2004 net profit: Lafarge 868m euros"). An actor that is a definite
        description gives way to the name that speaks after it (``described``: "The carmaker will cut
        its capital spending to $7bn this year, said Ford"), unless it stands for a country ("the
        country's foreign debt, Manufacturers Hanover said": whose debt, not who speaks). ``found``
        otherwise."""
        c0, a_start, a_end = span
        if found.what == "actor":
            own_name = described(doc, found) and not self.stands_for_country(doc, found)
            return (self.trailing_speaker(doc, a_end, sent[1]) if own_name else None) or found
        named = self.label_owner(doc, sent, a_start) or self.named_after_label(doc, sent, a_start)
        named = named or (self.named_before_figure(doc, sent, a_start) if own else None)
        if named is None and (own or money_subject(doc, c0, a_start, a_end) or first_person_subject(doc, c0, a_start)):
            named = self.trailing_speaker(doc, a_end, sent[1])
        return named or found

    def base_of(self, doc: Doc, prev: dict | None, a_start: int, country: str) -> dict:
        """The actor of the amount before, for an amount that names none and is that amount's base of
        comparison: one of actors.json ``base_leads`` and at most BASE_WORDS words right before it
        ("Pre-tax profits at Corus rose to £580m from a loss of £305m", "up from £742m", "compared
        with $12.7bn in 2003"). Else no actor, and the ``country`` found."""
        empty = {"actor": "", "actor_start": "", "actor_end": "", "country": country}
        if prev is None or not prev.get("actor") or "_end" not in prev:
            return empty
        text, start = doc_text(doc), doc[a_start].idx
        if start - prev["_end"] > BASE_CHARS or ";" in text[prev["_end"] : start]:
            return empty
        if _base_leads().search(text, prev["_end"], start) is None:
            return empty
        taken = {k: prev[k] for k in (*empty, "_own_country") if k in prev}
        return {**taken, "country": country or taken["country"]}  # its own place first: "against 99 cents in France"

    def label_owner(self, doc: Doc, sent: tuple[int, int], a_start: int) -> Phrase | None:
        """The name that labels a headline's figures after its colon: "Vodafone results at a glance:
        revenue £34.1bn", "Mittal Steel second quarter: sales $7.1bn", "Bradford & Bingley: first-half
        profits up 18% to £201m". Before the colon only a name (not a trigger noun: "Revs:", "Net
        income:") and, after it, words of actors.json ``label_words`` or years (not a trigger noun:
        "Whisky deal: a £300m bid ... from LVMH" is LVMH's), LABEL_REACH tokens at most (a table of
        thousands of rows in one sentence stays linear). None otherwise."""
        colon = next((k for k in range(sent[0], min(a_start, sent[0] + LABEL_REACH)) if doc[k].text == ":"), None)
        if colon is None or colon == sent[0]:
            return None
        end = sent[0]
        while (
            end < colon
            and not self.never_name_at(doc, end)
            and (
                capitalised(doc[end].text)
                or (doc[end].is_alpha and not doc[end].is_lower)  # a capital inside: "easyJet half-year results:"
                or (end > sent[0] and (doc[end].text in ("&", "-") or is_descriptor(doc, end)))
            )
        ):
            end += 1  # "Bradford & Bingley:", "Furniture retailer MFI:"
        words = [doc[k].lower_ for k in range(sent[0], end)]
        # a word that is no name opens the label ("Oil prices:"), not inside a name ("Tullow Oil 2004:")
        if end == sent[0] or words[0] in self.not_names or any(w in self.triggers for w in words):
            return None
        if any(doc[k].lower_ not in self.label_words and not is_year(doc[k].text) for k in range(end, colon)):
            return None
        found = self.phrase(doc, sent[0], end)
        return found if found.what == "actor" and found.end == end else None

    def named_after_label(self, doc: Doc, sent: tuple[int, int], a_start: int) -> Phrase | None:
        """The name that opens a headline's figures after its colon and a comma ("ScotRail franchise:
        FirstGroup, seven years, subsidy of £2.5bn", "Arsenal stadium and shirt sponsorship: Emirates,
        £100m over 15 years"): who holds what the label names; not the first of a list of names ("Unilever
        food brands for sale: Slim-Fast, Mazola and ..."). None otherwise."""
        colon = next((k for k in range(sent[0], min(a_start, sent[0] + LABEL_REACH)) if doc[k].text == ":"), None)
        j = None if colon is None else next_word(doc, colon + 1)
        if j is None or j >= a_start or not capitalised(doc[j].text) or self.never_name_at(doc, j):
            return None
        found = self.phrase(doc, j, a_start)
        after = next_word(doc, found.end)
        if found.what != "actor" or found.start != j or doc[after].text != ",":
            return None
        then = next_word(doc, after + 1)  # not a list of names: "for sale: Slim-Fast, Mazola and ..."
        return None if then < len(doc) and capitalised(doc[then].text) else found

    def named_before_figure(self, doc: Doc, sent: tuple[int, int], a_start: int) -> Phrase | None:
        """The name right before a figure in a headline's list after its colon, each name opened by
        the colon, a semicolon or a comma ("Building materials, 2004 net profit: Lafarge 868m euros;
        Holcim 1.1bn Swiss francs"): whose result it is. ``label_or_speaker`` asks only for an
        amount that is its owner's result (a profit, revenue, dividend): the names of "Retail property
        valuations: Meadowhall £1.2bn" or "Shipping rates: Panamax $35,000 a day" are what is valued
        or priced, not who pays. None otherwise."""
        colon = next((k for k in range(sent[0], min(a_start, sent[0] + LABEL_REACH)) if doc[k].text == ":"), None)
        if colon is None:
            return None
        # the nearest separator, at most LABEL_REACH tokens back: a list of thousands of figures stays linear
        lo = max(colon, a_start - LABEL_REACH)
        sep = next((k for k in range(a_start - 1, lo - 1, -1) if doc[k].text in (";", ",", ":")), None)
        if sep is None:
            return None
        j = next_word(doc, sep + 1)
        if j >= a_start or not capitalised(doc[j].text) or self.never_name_at(doc, j):
            return None
        found = self.phrase(doc, j, a_start)
        return found if found.what == "actor" and found.start == j and found.end == a_start else None

    def never_name_at(self, doc: Doc, k: int) -> bool:
        """Is doc[k] a word that never names ("Google Q3:": the name ends before "Q3")?"""
        return never_name_at(doc, k, self.never_names)

    def _speaks(self, doc: Doc, comma: int) -> bool:
        """Does a speaker open at the comma: a speech verb right after it, or one after a few words?"""
        ahead = [doc[c].lower_ for c in range(comma + 1, min(len(doc), comma + 6))]
        return any(w in self.speech for w in ahead)

    @staticmethod
    def _modifies(doc: Doc, d: int) -> bool:
        """Is doc[d] a word before a speaker's descriptor: lower case, or a place ("Swedish")?"""
        return doc[d].is_lower or any(p.start <= d < p.end for p in doc.spans.get("places", ()))

    def _speaker_at(self, doc: Doc, k: int, sent_end: int) -> Phrase | None:
        k = past_quotes(doc, k, sent_end)  # '..., " said Talisman Energy': past the closing quote
        inverted = doc[k + 1].lower_ in self.speech
        j = k + 2 if inverted else k + 1
        # up to DESCRIBED_BY lower-case words or places before the descriptor: ", said fashion retailer
        # Larkspur", ", said the Swedish retailer Ikea"
        d = j + 1 if inverted and doc[j].lower_ == "the" else j
        start = d
        while d + 1 < sent_end and d - start < DESCRIBED_BY and self._modifies(doc, d) and not is_descriptor(doc, d):
            d += 1
        if d + 1 < sent_end and is_descriptor(doc, d):
            j = d + 1  # ", operator Camelot said", ", said retailer Tesco": a descriptor of the name
        if not capitalised(doc[j].text) or doc[j].lower_ in DETERMINERS:
            return None
        role = next((r for r in range(j + 1, min(sent_end, j + 6)) if doc[r].lower_ in self.roles), None)
        if inverted and role is not None and self.employs(doc, role, sent_end):
            # ", said Air France-KLM chief executive Jean-Cyril Spinetta": the company speaks
            found = self.phrase(doc, j, role)
            return found if found.what == "actor" and found.start == j else None
        found = self.phrase(doc, j, sent_end)
        if found.what != "actor" or found.start != j:
            return None
        after = next_word(doc, found.end)
        ends = after >= sent_end or doc[after].text in (",", ".")
        if not (ends if inverted else after < sent_end and doc[after].lower_ in self.speech):
            return None
        return found if self.organisation(doc, found, after, sent_end) else None

    def employs(self, doc: Doc, k: int, sent_end: int) -> bool:
        """Do a role (actors.json ``role_nouns``: "chief executive") and a person's capitalised name
        follow at token ``k`` to the sentence's end: the name before them is who employs the speaker?"""
        r = k
        while r < sent_end and doc[r].lower_ in self.roles:
            r += 1
        rest = [doc[c].text for c in range(r, sent_end) if not doc[c].is_space]
        while rest and rest[-1] in (".", '"', "'"):
            rest.pop()
        return r > k and bool(rest) and all(capitalised(w) or w == "-" for w in rest)

    def organisation(self, doc: Doc, found: Phrase, after: int, sent_end: int) -> bool:
        """Is the name ``found`` an organisation, not a person who comments (", said Iemura" is an
        analyst): a company suffix ends it ("Randgold Resources Ltd"), it is an acronym ("BT",
        "IBM"), or an apposition after it ends in an actor's head noun (", the UK's biggest telecoms
        firm", ", the Africa-focused miner"; not ", the company's chairman"), or a "which" clause follows
        it (", said Oracle, which completed its purchase of PeopleSoft": a person is "who"), or a
        company's descriptor (actors.json ``descriptor_endings``) stands right before it (", operator
        Camelot said"; not ", president Thomas Hays said")."""
        last = doc[found.end - 1].text
        if last.lower() in company_suffixes() or (len(last) > 1 and last.isalpha() and last.isupper()):
            return True
        if found.end - found.start > 1 and last.lower() in trade_ends():  # "Northwest Airlines", not "Bank"
            return True
        if found.start > 0 and is_descriptor(doc, found.start - 1):
            return True  # "..., operator Camelot said": a company's descriptor (actors.json descriptor_endings)
        if self.named_as_company(doc, found.start):
            return True  # "Operating profit at the group's North American arm more than doubled ..., said Nissan"
        if after >= sent_end or doc[after].text != ",":
            return False
        if doc[next_word(doc, after + 1)].lower_ == "which":
            return True  # ", said Oracle, which completed its purchase of PeopleSoft": a person is "who"
        if doc[next_word(doc, after + 1)].lower_ not in DETERMINERS:
            return False
        k = next((c for c in range(after + 1, sent_end) if doc[c].text in (",", ".")), sent_end)
        return doc[k - 1].lower_ in self.heads

    @staticmethod
    def named_as_company(doc: Doc, start: int) -> bool:
        """Does the sentence before who speaks at token ``start`` call the speaker a company: "the" and
        a word of actors.json ``descriptor_endings`` ("the group's arm", "the carmaker's plants")?

        >>> from spacy.lang.en import English
        >>> doc = English()("Profit at the group's arm doubled, said Nissan.")
        >>> other = English()("Profit rose, said Iemura.")
        >>> ClauseReader.named_as_company(doc, 9), ClauseReader.named_as_company(other, 4)
        (True, False)
        """
        for k in range(start - 2, max(-1, start - SPEAKER_REACH - 1), -1):  # back to the sentence's start
            if doc[k].lower_ == "the" and is_descriptor(doc, k + 1):
                return True
            if doc[k].is_sent_start:
                return False
        return False

    def time_phrase_end(self, doc: Doc, k: int, limit: int) -> int | None:
        """The end of a time phrase at token k: a word of ``time_leads`` and up to three words of
        ``time_units``, ``time_fillers``, calendar words or years, ending in a unit, calendar word or
        year ("Earlier this month", "Last year", "On Monday", "In 2004"), and the time phrase right
        after it ("For the full year last year"); None when there is none."""
        if doc[k].lower_ not in self.time_leads:
            return None
        end, words = None, [j for j in range(k + 1, min(limit, k + 6)) if not doc[j].is_space][:3]
        for j in words:  # a line break may stand between the words ("last year\nAM International had")
            low = doc[j].lower_
            if low in self.time_units or low in self.calendar_words or is_year(low):
                end = j + 1
            elif low not in self.time_fillers:
                break
        while end is not None and end < limit and doc[end].is_space:
            end += 1
        if end is not None and end < limit and (more := self.time_phrase_end(doc, end, limit)) is not None:
            return more
        return end

    def relative_subject(
        self, doc: Doc, a_end: int, limit: int, trigger: tuple[int, int] | None, definite: bool = False
    ) -> Phrase | None:
        """X in "the 7.2 trillion won that X plans to invest": the subject of a restrictive relative
        clause right after the amount (no comma), or after its noun phrase ("2.46 trillion yen in sales
        that X booked", "3.1 trillion won of the 2026-2030 programme that X submitted":
        ``money_noun_tail``), before its verb or the amount's trigger. After a ``definite`` amount
        ("the", "those" before it) the clause may open without "that": "compared with the 1.5 billion
        dlrs Britain had hoped to secure", "the 24 billion pesos the government hopes to raise" (a
        contact clause: a name or an actor's noun phrase right after the amount, then a verb)."""
        if definite and a_end < limit and doc[a_end].lower_ == "the":  # "the 24 billion pesos the government hopes"
            found = self.phrase(doc, a_end, limit)
            spoken = found.end >= limit or doc[found.end].lower_ in self.speech
            if found.what == "actor" and not spoken and self.is_verb(doc, found.end):
                return found
        k = self.money_noun_tail(doc, a_end, limit)
        if k >= limit:
            return None
        contact = doc[k].lower_ not in ("that", "which")
        if contact and not (definite and self.is_name(doc, k + (doc[k].lower_ == "the"), k)):
            return None  # "the 2 billion dlrs the Treasury collected"
        found = self.phrase(doc, k + (not contact), limit)
        if found.what != "actor" or found.end >= limit or doc[found.end].lower_ in self.speech:
            return None  # "a build-up ... that Tokyo says is needed": a speaker, not the money's subject
        held = not contact and trigger is not None and trigger[0] > found.end  # "that X plans to invest"
        return found if held or self.is_verb(doc, found.end) else None

    def money_noun_tail(self, doc: Doc, a_end: int, limit: int) -> int:
        """Where the noun phrase after an amount ends: lower-case words, numbers and hyphens, through
        "in" and "of" ("in sales", "of the 2026-2030 investment programme"), stopping at a verb, a
        capitalised word or punctuation. Other prepositions name a recipient or a purpose whose own
        relative clause is not about the money ("in loans to firms that Samsung owns")."""
        k = a_end
        while k < limit:
            tok = doc[k]
            low = tok.lower_
            if low in ("that", "which", "and", "or", "but") or (low not in ("in", "of") and low in PREPOSITIONS):
                break  # "2003's $1.2bn loss and an indication that the airline ...": another noun phrase
            if not (tok.is_space or tok.is_lower or tok.like_num or tok.text == "-") or self.is_verb(doc, k):
                break
            k += 1
        return k

    def antecedent(self, doc: Doc, c0: int, a_start: int) -> Phrase | None:
        """X in "the group, which is worth $17bn", "Sir Christopher Ondaatje who gave the party
        £500,000": an amount in a relative clause set off by a comma or a dash, or opened by "who" right after a
        name (no other comma between it and the amount, no other name) whose own subject is the pronoun
        is its antecedent's: the noun phrase that ends at the comma (at most MAX_OBJECT tokens)."""
        low = self.lower(doc)
        if self._relatives_of is not doc:  # where the Doc's relative pronouns and commas stand, found once
            self._relatives_of = doc
            self._relatives = low.positions(("which", "who", ","))
        at = self._relatives
        n = bisect_left(at, a_start) - 1
        lo = max(c0, a_start - SUBJECT_WINDOW)
        k = at[n] if n >= 0 else -1
        bare = k > lo and low[k] == "who" and self.is_name(doc, k - 1, -1)  # "Sir Christopher Ondaatje who gave"
        if k <= lo or low[k] not in ("which", "who") or (low[k - 1] not in SET_OFF and not bare):
            return None
        if not self.is_verb(doc, k + 1):
            own = self.phrase(doc, k + 1, a_start)  # "which Novartis had valued at": its own subject
            return own if own.what == "actor" and self.is_verb(doc, own.last) else None
        if any(self.is_name(doc, j, -1) for j in range(k + 2, a_start)):
            return None  # "which wanted UK Athletics to justify funding of": another actor comes between
        comma = k - 1 if low[k - 1] in SET_OFF else k
        first = self.noun_phrase_start(doc, comma, c0)
        found = self.pick(doc, first, comma)
        if found.what == "actor" and first - 1 > c0 and doc[first - 1].lower_ == "of" and self.is_place(doc, found):
            named = self.pick(
                doc, self.noun_phrase_start(doc, first - 1, c0), first - 1
            )  # "Everbright Holding Co of Peking"
            found = named if named.what == "actor" else found
        return found if found.what == "actor" else None

    def noun_phrase_start(self, doc: Doc, end: int, lo: int) -> int:
        """Where the noun phrase that ends before token ``end`` starts (at most MAX_OBJECT tokens
        back, after ``lo``): at a preposition, "of", a verb or punctuation other than a glued hyphen
        ("Consolidated-Bathurst")."""
        first = end
        while first - 1 >= lo and end - first < MAX_OBJECT:
            tok = doc[first - 1]
            glued = tok.text == "-" and not tok.whitespace_ and first - 2 >= lo and not doc[first - 2].whitespace_
            if (
                (tok.is_punct and not glued)
                or tok.lower_ in PREPOSITIONS
                or tok.lower_ == "of"
                or self.is_verb(doc, first - 1)
            ):
                break
            first -= 1
        return first

    def after_fronted(self, doc: Doc, c0: int, a_start: int, limit: int) -> Phrase | None:
        """The subject of the main clause when the amount stands in a fronted phrase ("Despite
        making a record ... profit last year, Qantas has argued", "But despite a record profit in
        2004 of 30.6bn yen ..., Asahi is coming late"): the name after the comma that ends it."""
        k = c0
        while k < a_start and (doc[k].is_space or doc[k].lower_ in ("but", "and", "yet")):
            k += 1
        if k >= a_start or doc[k].lower_ not in self.fronted or a_start - k > SUBJECT_WINDOW:
            return None
        if any(doc[x].text == "," for x in range(k, a_start)):
            return None  # the fronted phrase ended before the amount: "In 2004, Samsung earned $5bn"
        own = self.phrase(doc, k + 1, a_start)
        if own.what in ("actor", "pronoun") and own.last < a_start and self.is_verb(doc, own.last):
            return None  # a clause of its own: "If Gavi could increase its funding by £4bn, ..."
        for comma in range(a_start, min(limit, a_start + SUBJECT_WINDOW)):
            if doc[comma].text != ",":
                continue
            found = self.phrase(doc, comma + 1, limit)
            verb = next_word(doc, found.last) if found.what == "actor" else limit
            if verb < limit and self.is_verb(doc, verb) and doc[verb].lower_ not in self.speech:
                return found  # not who speaks: "..., the bank said"
        return None

    def name_before_verb(self, doc: Doc, j: int, limit: int) -> Phrase | None:
        """The name that starts the words at token j and ends right before a lower-case word, which
        the caller knows to be a verb ("helping Dutch retailer Ahold inflate earnings")."""
        if not (capitalised(doc[j].text) or doc[j].lower_ in DETERMINERS):
            return None  # "helped cause a decline in Soviet trade": no name follows the verb
        for m in range(j + 1, min(limit, j + MAX_OBJECT + 2)):
            if doc[m].lower_ in PREPOSITIONS:
                return None
            if doc[m].is_lower and doc[m].is_alpha and self.is_name(doc, m - 1, j):
                found = self.pick(doc, j, m)
                if found.what == "actor":
                    return found  # not "Dutch" before "retailer": a descriptor goes on to its name
            if doc[m].is_punct:
                return None
        return None


CHANGE_REACH = 4  # tokens at most of a change between a result's noun and "at" ("up 9.5 %")


@lru_cache(maxsize=1)
def _change_words() -> frozenset[str]:
    return frozenset(lexicon.load("years.json")["comparison_cues"]["change_words"])


def past_change(doc: Doc, end: int, limit: int) -> int:
    """Where "at" stands after a change written between a result's noun and it ("profits up 9% at",
    "sales down 3 pct at": years.json ``change_words`` and numbers); else ``end``.

    >>> from spacy.lang.en import English
    >>> doc = English()("profits up 9 % at Acme and sales up 3 % in May")
    >>> past_change(doc, 1, 12), past_change(doc, 7, 12)
    (4, 7)
    """
    k = end
    while k < min(limit, end + CHANGE_REACH) and (doc[k].lower_ in _change_words() or doc[k].like_num):
        k += 1
    return k if k > end and k < limit and doc[k].lower_ == "at" else end


def described(doc: Doc, found: Phrase) -> bool:
    """Is the actor ``found`` a definite description, "the" and lower-case words only ("The carmaker",
    "the group's sales"), that a name elsewhere in its sentence may stand for?

    >>> from spacy.lang.en import English
    >>> doc = English()("The carmaker and the Ford Motor Co")
    >>> described(doc, Phrase("actor", 0, 2)), described(doc, Phrase("actor", 3, 7))
    (True, False)
    """
    words = doc[found.start : found.end]
    return len(words) > 1 and words[0].lower_ == "the" and not any(t.text[:1].isupper() for t in words[1:])
