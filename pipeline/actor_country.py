"""The country half of ``actors.ActorFinder``: the ISO 3166-1 alpha-2 code of a place
(``news_places``: CLDR names, adjectives and capitals, and news_places.json) in the actor's phrase
("Swiss drugmaker Novartis" -> CH, "Korea's finance ministry" -> KR, "The finance ministry in
Seoul" -> KR); else of the nearest place in the amount's clause, after it first (where the money
goes: "for Sri Lanka"), then before it; else of the nearest place in the sentence; else, for "the
country" or "the nation", of the country the article names most often; else empty.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon
from .clause_ends import conditional_starts, fronted_conditions
from .extensions import doc_text, doc_value
from .money.territory import currencies_at
from .names import hyphen_named
from .phrase_words import Phrase, actors_lexicon
from .phrases import PhraseReader
from .places import article_countries, city_forms, filed_countries, main_country, place_forms


class CountryReader(PhraseReader):
    def __init__(self, nlp: Language):
        super().__init__(nlp)
        self.country_anaphors = frozenset(actors_lexicon()["country_anaphors"])
        self.speech = frozenset(actors_lexicon()["speech_verbs"])  # shared by ClauseReader and ActorFinder
        self.placed_suffixes = frozenset(actors_lexicon()["placed_suffixes"])  # "Divi Hotels NV of Aruba"
        self.placed_company_heads = frozenset(actors_lexicon()["placed_company_heads"])  # "Power Corp of Canada"
        self.listing = frozenset(actors_lexicon()["listing_participles"])  # "Tokyo-listed": an exchange's place
        self.listing_nouns = frozenset(actors_lexicon()["listing_nouns"])  # "listing is in Luxembourg"
        self._places_of: Doc | None = None
        self._conditions_of: Doc | None = None
        self._conditions_at: dict[tuple[int, int], list[int]] = {}
        self._places_cache: list = []
        self._kept_starts: list[int] = []

    def stands_for_country(self, doc: Doc, found: Phrase) -> bool:
        """Is the actor "the country" or "The nation" (``country_anaphors``), a country named elsewhere?"""
        words = doc[found.start : found.end]
        return len(words) == 2 and words[0].lower_ == "the" and words[1].text in self.country_anaphors

    def is_place(self, doc: Doc, found: Phrase) -> bool:
        """Is the phrase's actor a place name (a country or a city: "Peking")?"""
        return any(sp.end == found.end for sp in self._places_within(doc, found.start, found.start + 1))

    def _places(self, doc: Doc) -> list:
        """Places outside money mentions ("5.60 U.S. dlrs", "154 mln Swiss francs" name a currency),
        worked out once per Doc."""
        if self._places_of is not doc:
            money = sorted((m.start, m.end) for m in doc.spans.get("money", []))
            starts = [s for s, _ in money]

            def in_money(i: int) -> bool:
                k = bisect_right(starts, i) - 1
                return k >= 0 and i < money[k][1]

            kept = [
                sp
                for sp in doc.spans.get("places", [])
                if not in_money(sp.start)
                and not quote_base(doc, sp.start, sp.end)
                and not self.listed_at(doc, sp.start)
            ]
            kept.sort(key=lambda sp: sp.start)
            self._places_of, self._places_cache = doc, kept
            self._kept_starts = [sp.start for sp in kept]
        return self._places_cache

    def _places_within(self, doc: Doc, lo: int, hi: int) -> list:
        """The places of ``_places`` that start in tokens [lo, hi), found by bisection: a Doc of
        thousands of sentences with places would otherwise be scanned whole for every amount."""
        places = self._places(doc)
        return places[bisect_left(self._kept_starts, lo) : bisect_left(self._kept_starts, hi)]

    def _conditions(self, doc: Doc, sent: tuple[int, int]) -> list[int]:
        """Where conditional clauses open in a sentence of the Doc ("if", "unless"), found once per
        sentence (only in sentences whose amounts have places near them)."""
        if self._conditions_of is not doc:
            self._conditions_of, self._conditions_at = doc, {}
        if sent not in self._conditions_at:
            lo = doc[sent[0]].idx if sent[0] < len(doc) else 0
            hi = doc[sent[1] - 1].idx + len(doc[sent[1] - 1]) if sent[1] > sent[0] else lo
            self._conditions_at[sent] = conditional_starts(doc_text(doc), lo, hi)
        return self._conditions_at[sent]

    @staticmethod
    def is_actor_city(sp, own: tuple[int, int] | None) -> bool:
        """A city that is the actor itself names a company ("Halifax said its backlog ...")."""
        return sp.label_ == "CITY" and (sp.start, sp.end) == own

    def country_in(self, doc: Doc, first: int, last: int, a: tuple[int, int], own=None) -> str:
        """A place in the actor's phrase, right after it ("The finance ministry in Seoul") or in its
        appositive: a country before a city, which may be a word of the name ("Nanyang Foundry,
        Taiwan's third-largest chipmaker," is Taiwan's)."""
        end = last
        k = last
        while k < a[0] and k < len(doc) and doc[k].is_space:
            k += 1
        if k < a[0] and doc[k].lower_ in ("in", "of", "from"):
            end = k + 3
        if k + 1 < a[0] and doc[k].text == "," and appositive_opener(doc[k + 1]):  # "Nanyang Foundry, Taiwan's ...,"
            end = next((c for c in range(k + 1, a[0]) if doc[c].text == ","), end)
        inside = [
            sp
            for sp in self._places_within(doc, first, max(first, min(end, a[0] if a[0] > first else end)))
            if first <= sp.start
            and sp.end <= min(end, a[0] if a[0] > first else end)
            and not self.is_actor_city(sp, own)
            and not hyphen_named(doc, sp.start, sp.end)
        ]
        # where its shares trade places it only when nothing else does: "Nexon Co., the Tokyo-listed
        # South Korean game company" is KR, "Taipei-listed Jinhua Technology" TW
        inside = sorted(inside, key=lambda sp: self.listed_in(doc, sp.end))
        return next((sp.id_ for sp in inside if sp.label_ != "CITY"), inside[0].id_ if inside else "")

    def descriptor_country(self, doc: Doc, start: int) -> str:
        """The country of a place adjective that opens a descriptor right before the actor's name
        ("Belgian materials group Umicore", "Dutch retailer Ahold"): a run of lower-case words
        between the place and the name, of DESCRIPTOR_WORDS at most, none a function word or a
        past form ("Holland added that Sprint" places nobody)."""
        k = start - 1
        while k >= 0 and start - k <= DESCRIPTOR_WORDS and descriptor_word(doc[k]):
            k -= 1
        if k < 0 or k == start - 1 or not descriptor_word(doc[k + 1]):
            return ""
        found = [sp for sp in self._places_within(doc, max(0, k - 3), k + 1) if sp.end == k + 1]
        return found[-1].id_ if found and found[-1].label_ != "CITY" else ""

    def listed_in(self, doc: Doc, end: int) -> bool:
        """Is the place that ends at token ``end`` glued by a hyphen to a word of ``listing_participles``
        ("Tokyo-listed"): where the company's shares trade, not where it is from?"""
        return (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and doc[end + 1].lower_ in self.listing
        )

    def listed_at(self, doc: Doc, start: int) -> bool:
        """Does the place at token ``start`` follow a word of ``listing_participles`` and "in" or "on"
        ("will be listed in Luxembourg", "quoted on the Zurich exchange"), or a word of
        ``listing_nouns`` and a copula ("listing is in Luxembourg")? Where a bond or share is listed
        is no one's country and not where the money goes."""
        k = start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k < 1 or doc[k].lower_ not in ("in", "on"):
            return False
        if doc[k - 1].lower_ in self.listing:
            return True
        j = k - 1
        while j > 0 and doc[j].lower_ in COPULAS:
            j -= 1
        return doc[j].lower_ in self.listing_nouns

    def place_after_of(self, doc: Doc, start: int, end: int) -> tuple[int, str] | None:
        """(where the name ends, the place's code) for an actor phrase doc[start:end] that ends in "of"
        and a place that only places the name before it: after a legal suffix of actors.json
        ``placed_suffixes`` ("Divi Hotels NV of Aruba", "Nissan Motor Co Ltd of Japan"), or a country
        after a name of two words or more that is neither a company head of ``placed_company_heads``
        ("Power Corp of Canada" is the name) nor a head of ``name_of_heads`` ("SK Telecom of South
        Korea"; not "the Bank of Japan", "The Stock Exchange of Singapore", "First of America")."""
        for sp in self._places_within(doc, start, end):
            if not (sp.end == end and sp.start - 2 >= start and doc[sp.start - 1].lower_ == "of"):
                continue
            head = doc[sp.start - 2]
            words = [t for t in doc[start : sp.start - 1] if t.text[:1].isupper() and t.lower_ not in ("the", "a")]
            if head.text in self.placed_suffixes or (
                sp.label_ == "PLACE"
                and len(words) >= 2
                and head.text[:1].isupper()
                and head.text not in self.placed_company_heads
                and head.lower_ not in self.name_of_heads
            ):
                return sp.start - 1, sp.id_
        return None

    def trigger_country(self, doc: Doc, trigger: tuple[int, int]) -> str:
        """The country of a place right before the amount's trigger noun, the whose of its kind when
        the clause names no actor ("British exports to Nigeria exceeded ...": Britain's, not where
        they go; "Japanese investment in ..."); not a city ("Paris sales")."""
        found = [sp for sp in self._places_within(doc, max(0, trigger[0] - 4), trigger[0]) if sp.end == trigger[0]]
        return found[0].id_ if found and found[0].label_ == "PLACE" else ""

    def speaker_country(self, doc: Doc, clause: tuple[int, int], sent: tuple[int, int]) -> str:
        """The country of a descriptor that speaks right after the amount's clause (", the Danish
        company said", ", said the Swiss drugmaker"): who speaks there is the clause's subject named
        again, and the place adjective places it. Not a name (", Danish Prime Minister X said")."""
        k = clause[1]
        if k + 2 >= sent[1] or doc[k].text != ",":
            return ""
        j = k + 2 if doc[k + 1].lower_ in self.speech else k + 1  # ", said the Swiss drugmaker"
        if j >= sent[1] or doc[j].lower_ != "the":
            return ""
        e = j + 1
        while e < sent[1] and e - j <= SPEAKER_WORDS and dotted_word(doc[e].text) and doc[e].lower_ not in self.speech:
            e += 1
        if not (j == k + 2 or (e < sent[1] and doc[e].lower_ in self.speech)):
            return ""
        found = [sp for sp in self._places_within(doc, j + 1, e) if sp.label_ != "CITY" and sp.end < e]
        return found[0].id_ if found and all(doc[sp.end].is_lower for sp in found) else ""

    def country_near(
        self, doc: Doc, a: tuple[int, int], clause: tuple[int, int], sent: tuple[int, int], own=None
    ) -> str:
        lo, hi = min(clause[0], sent[0]), max(clause[1], sent[1])
        window = self._places_within(doc, lo, hi)
        places = [sp for sp in window if sp.label_ in ("PLACE", "CITY") and not self.is_actor_city(sp, own)]
        if places:  # a condition is not where the money goes: "... if U.S. demand holds up", "If Brazil ...,"
            a_end, c_end = doc[a[1] - 1].idx + len(doc[a[1] - 1]), doc[clause[1] - 1].idx + len(doc[clause[1] - 1])
            conds = self._conditions(doc, sent)
            k = bisect_left(conds, a_end)
            cond = conds[k] if k < len(conds) and conds[k] < c_end else c_end
            places = [sp for sp in places if not cond <= sp.start_char < c_end]
            fronted = fronted_conditions(doc_text(doc), doc[sent[0]].idx, doc[a[0]].idx)  # "If Brazil does not pay,"
            places = [sp for sp in places if not any(c <= sp.start_char < e for c, e in fronted)]
        places = [sp for sp in places if not origin_place(doc, sp.start)]  # "parts imported from Japan"
        after = [sp for sp in places if a[1] <= sp.start and sp.end <= clause[1]]
        if after:
            return min(after, key=lambda sp: sp.start).id_
        before = [sp for sp in places if clause[0] <= sp.start and sp.end <= a[0]]
        if before:
            return max(before, key=lambda sp: sp.end).id_
        near = [sp for sp in places if sent[0] <= sp.start and sp.end <= sent[1]]
        if not near:  # else a country's name inside a name: "The Bank of Korea said the country's ..."
            near = [
                sp
                for sp in window
                if sp.label_ == "PLACE_IN_NAME"
                and not hyphen_named(doc, sp.start, sp.end)
                and sent[0] <= sp.start
                and sp.end <= sent[1]
                and sp.text not in self.adjectives
                and sp.text not in city_forms()
            ]
        if near:
            return min(near, key=lambda sp: min(abs(sp.start - a[1]), abs(a[0] - sp.end))).id_
        return ""


def origin_place(doc: Doc, start: int) -> bool:
    """Does the place at token ``start`` follow "from" after a word of news_places.json ``origin_leads``,
    where something comes from, not where the money goes: "key parts imported from Japan", "demand from
    China"? Not a contract "from Britain's Ministry of Defence", nor a route's end ("imported from Seoul
    to Busan").

    >>> from spacy.lang.en import English
    >>> doc = English()("parts imported from Japan and the Netherlands and a contract from Poland")
    >>> origin_place(doc, 3), origin_place(doc, 6), origin_place(doc, 11)
    (True, True, False)
    """
    k = start - 1
    while k >= max(0, start - 8) and (doc[k].lower_ in ("the", "and", "or", ",") or doc[k].text[:1].isupper()):
        k -= 1  # "from Japan and the Netherlands": the places of one list
    if k < 1 or doc[k].lower_ != "from" or doc[k - 1].lower_ not in _origin_leads():
        return False
    return not any(t.lower_ == "to" for t in doc[start + 1 : start + 4])


@lru_cache(maxsize=1)
def _origin_leads() -> frozenset[str]:
    return frozenset(lexicon.load("news_places.json")["origin_leads"])


COPULAS = frozenset({"is", "are", "was", "will", "would", "be"})  # "listing is in", "listing will be in"


def descriptor_word(tok) -> bool:
    """A lower-case word that may describe a name after it ("materials", "group", "retailer"): not a
    function word ("that", "the") nor a past form ("added")."""
    return tok.is_lower and tok.is_alpha and not tok.is_stop and not tok.lower_.endswith("ed")


DESCRIPTOR_WORDS = 3  # lower-case words at most between a place adjective and the name it describes
SPEAKER_WORDS = 5  # words at most of a descriptor that speaks: "the Danish wind turbine maker"


def dotted_word(text: str) -> bool:
    """A word, with or without the dots of an abbreviation ("miner", "U.S.", "U.K.").

    >>> dotted_word("U.S."), dotted_word("miner"), dotted_word("1.4bn"), dotted_word(",")
    (True, True, False, False)
    """
    return text.replace(".", "").isalpha()


def appositive_opener(tok) -> bool:
    """Can the token open a noun phrase set off after a name ("a unit of ...", "the U.K. building
    company", "Taiwan's third-largest chipmaker"), not a clause ("seeking to salvage ...")?"""
    return tok.lower_ in ("a", "an", "the") or (tok.text[:1].isupper() and not tok.is_sent_start)


CURRENCY_NOUNS = frozenset({"dollar", "dollars", "dlr", "dlrs"})


def quote_base(doc: Doc, start: int, end: int) -> bool:
    """Does the place doc[start:end] name the currency a level is quoted against ("43.305 per US
    dollar", "against the U.S. Dollar"), which says nothing of where the money goes ("the
    Australian dollar" still places the story)?"""
    if end >= len(doc) or doc[end].lower_ not in CURRENCY_NOUNS or start == 0:
        return False
    before = doc[start - 1].lower_
    if before == "the" and start >= 2:
        before = doc[start - 2].lower_
    return before in ("per", "to", "against")


def article_country(doc: Doc) -> str:
    """The country the article names most often outside names ("" on a tie or none).

    >>> from pipeline.nlp import build_nlp
    >>> nlp = build_nlp()
    >>> article_country(nlp("Argentina owes $81bn. Argentina and Brazil talked."))
    'AR'
    >>> article_country(nlp("Chile and Peru signed."))
    ''
    """
    return main_country(article_countries(doc))


def story_country(doc: Doc) -> str:
    """The country of a story about one country: the one country its archive files it under, when its
    text names that country more than any other ("" otherwise, or when the filing is one of
    news_places.json's ``default_filings``, which an archive gives whatever the story is about). An
    actor that nothing else places is of that country ("Canadian Satellite Communications Inc" in a
    story filed under canada that names Canada most; ``carried_countries``).

    >>> from pipeline.nlp import build_nlp
    >>> from pipeline.extensions import set_doc_value
    >>> nlp = build_nlp()
    >>> def story(text, filed):
    ...     doc = nlp.make_doc(text)
    ...     set_doc_value(doc, "filed_places", filed)
    ...     return story_country(nlp(doc))
    >>> story("Canada's Inco said it earned 5 mln dlrs, more than in Canada last year.", ("canada",))
    'CA'
    >>> story("Inco said it earned 5 mln dlrs in Japan.", ("canada",)), story("Canada", ("canada", "usa"))
    ('', '')
    >>> story("IBM said it earned 5 mln dlrs in the U.S.", ("usa",))
    ''
    """
    filed = filed_countries(doc_value(doc, "filed_places") or ())
    if len(filed) != 1 or next(iter(filed)) in _default_filings():
        return ""
    (code,) = filed
    return code if main_country(article_countries(doc)) == code else ""


@lru_cache(maxsize=1)
def _default_filings() -> frozenset[str]:
    return frozenset(lexicon.load("news_places.json")["default_filings"])


def carried_countries(infos: list[dict], values: list[dict], date: str | None, story: str = "") -> list[dict]:
    """``values`` with a country given to an actor that has none: the country an earlier amount's
    actor of the same name was placed in by its own phrase (``_own_country``: "Indonesia's Pertamina
    will spend $6.5 billion ... Pertamina later said it would fund $3.1 billion"; not where that
    earlier money went); else, for an actor that is a city, the city's country when the
    amount is in that country's money, named as such ("Incheon will give 40 billion won": a city
    government). A city alone names a company as often ("Halifax said", "Santos"), so a city in
    another country's money, or in a bare "dlrs" the text does not place, stays without one. A
    conversion takes the country its amount took ("100 million won (US$75,000)"), a later mention
    (``_again``: "The city plans to raise that figure to") that of the amount before it. An actor still
    without one takes the country of a story about one country (``story``, ``story_country``).

    >>> vals = [{"actor": "Daegu", "country": ""}, {"actor": "Halifax", "country": ""}]
    >>> [v["country"] for v in carried_countries([{"currency": "KRW"}, {"currency": "GBP"}], vals, None)]
    ['KR', '']
    >>> assumed = [{"currency": "KRW", "flags": ["currency_assumed"]}, {"currency": "GBP"}]
    >>> [v["country"] for v in carried_countries(assumed, vals, None)]
    ['', '']
    >>> converted = [{"currency": "KRW"}, {"currency": "USD", "flags": ["conversion"]}]
    >>> [v["country"] for v in carried_countries(converted, [{"actor": "Daegu", "country": ""}] * 2, None)]
    ['KR', 'KR']
    >>> vals = [{"actor": "Pertamina", "country": "ID", "_own_country": "ID"}, {"actor": "Pertamina", "country": ""}]
    >>> [v["country"] for v in carried_countries([{"currency": "USD"}] * 2, vals, None)]
    ['ID', 'ID']
    >>> [v["country"] for v in carried_countries([{"currency": "CAD"}], [{"actor": "Inco", "country": ""}], None, "CA")]
    ['CA']
    >>> vals = [{"actor": "Incheon", "country": ""}, {"actor": "The city", "country": "", "_again": True}]
    >>> [v["country"] for v in carried_countries([{"currency": "KRW"}] * 2, vals, None)]
    ['KR', 'KR']
    """
    out, known = [], {}
    for info, value in zip(infos, values, strict=True):
        actor = value["actor"]
        if actor and not value["country"]:
            named = "currency_assumed" not in info.get("flags", ())  # "40 billion won", not a bare "dlrs"
            country = known.get(actor) or (city_country(actor, info["currency"], date) if named else "")
            if "conversion" in info.get("flags", ()) and out and out[-1]["actor"] == actor:
                country = out[-1]["country"]  # "Incheon will give 100 million won (US$75,000)": the won's
            elif value.get("_again") and out:  # "... The city plans to raise that figure to": the figure's
                country = country or out[-1]["country"]
            value = {**value, "country": country or story} if country or story else value
        if actor and value.get("_own_country"):
            known.setdefault(actor, value["_own_country"])
        out.append(value)
    return out


def city_country(name: str, currency: str, date: str | None) -> str:
    """The country of the city ``name`` when ``currency`` was that country's money on ``date``, else "".

    >>> city_country("Incheon", "KRW", "2024-03-01"), city_country("Incheon", "USD", None)
    ('KR', '')
    >>> city_country("Seoul", "KRW", None)  # a capital is no city form: actors place it themselves
    ''
    """
    code = place_forms().get(name, "") if name in city_forms() else ""
    return code if code and currency in currencies_at(code, date) else ""
