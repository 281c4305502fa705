"""Where a sector word stands, read from the words around it: a lender where money comes from, a
place where it is spent, a government office, an organisation's name (bodies and sites are in
``sector_sites``, what money moves away from in ``sector_moves``). ``sectors.SectorMatcher`` drops
or marks its spans by these."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from . import lexicon
from .names import bracketed_abbreviation, hyphen_named, in_company_name
from .phrase_words import actors_lexicon, month_words, opens_descriptor

AWAY_MODIFIERS = 3  # modifiers at most between an away lead and its sector word
AWAY_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


def after_lead(doc: Doc, start: int, leads: list[tuple[str, ...]], modifiers: frozenset[str] = frozenset()) -> bool:
    """Does a phrase of ``leads`` ("away from", "phase out", "reliance on") stand right before token
    ``start``, an article and, when ``modifiers`` are given, up to AWAY_MODIFIERS modifiers between
    (a capitalised adjective inside the sentence or a word of ``modifiers``: "reliance on Chinese
    graphite", "on imported pellets")? What money moves away from is not where it goes ("to help
    Vietnam move away from coal").

    >>> from spacy.lang.en import English
    >>> doc = English()("move away from the coal and into coal, reliance on cheap Chinese imported graphite")
    >>> away = [("away", "from"), ("reliance", "on")]
    >>> after_lead(doc, 4, away), after_lead(doc, 7, away), after_lead(doc, 14, away, frozenset({"imported"}))
    (True, False, False)
    >>> after_lead(doc, 14, away, frozenset({"imported", "cheap"}))
    True
    >>> after_lead(English()("speeds up the replacement of its petrol fleet"), 6, [("replacement", "of")])
    True
    """
    k = start
    for _ in range(AWAY_MODIFIERS if modifiers else 0):  # none for a prefix: "non-Markborough real estate"
        tok = doc[k - 1] if k > 1 else None
        if tok is None or not (tok.lower_ in modifiers or (tok.is_title and tok.is_alpha and not tok.is_sent_start)):
            break
        k -= 1
    words = [t.lower_ for t in doc[max(0, k - 5) : k] if not t.is_space]
    if words and words[-1] in AWAY_DETERMINERS:  # "the replacement of its petrol fleet"
        words.pop()
    return any(tuple(words[-len(lead) :]) == lead for lead in leads)


ATTRIBUTIVE = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"}
)  # a word in -ed after one
PLACE_REACH = 5  # tokens back from a sector word to the preposition of place that opens its noun phrase
JOINED_REACH = 2  # tokens at most between a sector word and the "and" that joins it to the word before


def joins_nouns(doc: Doc, k: int, head: int | None = None) -> bool:
    """Is doc[k] an "and" or "or" between two lower-case words with no verb or determiner at either
    side ("flour and fuel", not "demand and cut" nor "prices and the"), and (when ``head`` is given)
    is doc[head] one more such word, the head they share ("flour and fuel costs", not "expressways
    and expressways, along")? Then one noun phrase goes on through it.

    >>> from spacy.lang.en import English
    >>> doc = English()("blaming higher flour and fuel costs, and the steel")
    >>> joins_nouns(doc, 3, 5), joins_nouns(doc, 3, 6), joins_nouns(doc, 7)
    (True, False, False)
    """
    if doc[k].lower_ not in ("and", "or") or k == 0 or k + 1 >= len(doc):
        return False
    stops = _joining_stops()
    words = (doc[k - 1], doc[k + 1]) if head is None else (doc[k - 1], doc[k + 1], doc[head])
    return all(w.is_alpha and w.is_lower and w.lower_ not in stops for w in words)


def in_place_phrase(doc: Doc, start: int, leads: frozenset[tuple[str, ...]], end: int | None = None) -> bool:
    """Does the sector word at token ``start`` end a noun phrase that a lead of ``leads`` opens: a
    preposition of place ("along the Tokyo-Osaka expressway", "along major expressways") or of cause
    ("loans to shipbuilders struggling with rising steel prices", "amid weak chip demand"), at most
    PLACE_REACH tokens back with no punctuation but a glued hyphen between? An "and" that joins the
    word to a modifier of the same head (the token at ``end``, or after ``start``) goes on
    (``joins_nouns``: "blaming higher flour and fuel costs"). Where money is spent, or why, is not
    what it goes to.

    >>> from spacy.lang.en import English
    >>> along = frozenset({("along",)})
    >>> doc = English()("stations along major expressways and expressways, along with roads")
    >>> [in_place_phrase(doc, i, along) for i in (3, 5)]
    [True, False]
    >>> doc = English()("ports along it cannot receive ships, said all along that rubber")
    >>> [in_place_phrase(doc, i, along) for i in (5, 11)]
    [False, False]
    >>> doc = English()("a wind farm near its depleted Donghae-1 gas field")
    >>> in_place_phrase(doc, 7, frozenset({("near",)}))
    True
    >>> doc = English()("a complex near the planned Gadeokdo New Airport")
    >>> in_place_phrase(doc, 6, frozenset({("near",)}))
    True
    >>> doc = English()("loans to shipbuilders struggling with rising steel prices and with steel")
    >>> [in_place_phrase(doc, i, frozenset({("struggling", "with")})) for i in (6, 10)]
    [True, False]
    >>> doc = English()("to 95p, blaming higher flour and fuel costs")
    >>> in_place_phrase(doc, 7, frozenset({("blaming",)}))
    True
    >>> doc = English()("to £6.4bn, helped by gum and soft drinks.")
    >>> in_place_phrase(doc, 8, frozenset({("helped", "by")}), end=10)
    False
    """
    stops = clause_words()
    head = start + 1 if end is None else end  # the noun after the sector word, which coordinated modifiers share
    for k in range(start - 1, max(-1, start - PLACE_REACH - 1), -1):
        tok = doc[k]
        for lead in leads:
            if k + 1 >= len(lead) and tuple(t.lower_ for t in doc[k + 1 - len(lead) : k + 1]) == lead:
                return not (k > 0 and doc[k - 1].lower_ == "all")  # "We have said all along that the rubber ..."
        adjective = k > 0 and doc[k - 1].lower_ in ATTRIBUTIVE  # "near its depleted gas field"
        verb = not adjective and (  # "near the planned airport": a word after a determiner is no verb
            (tok.lower_ in stops and tok.lower_ not in ATTRIBUTIVE)
            or (tok.is_lower and tok.lower_.endswith("ed") and len(tok) > 4)
        )
        if start - k <= JOINED_REACH and head < len(doc) and joins_nouns(doc, k, head):
            continue  # "blaming higher flour and fuel costs": modifiers of one head, the cause is both
        if (tok.is_punct and tok.text != "-") or tok.lower_ in ("and", "or", "with") or verb:
            return False  # "ports along it cannot receive ships": a clause goes on after the place
    return False


@lru_cache(maxsize=1)
def _joining_stops() -> frozenset[str]:
    """The words that no conjunct of ``joins_nouns`` is: clause words and determiners, read once."""
    return clause_words() | ATTRIBUTIVE


@lru_cache(maxsize=1)
def clause_words() -> frozenset[str]:
    """Words that carry a clause on, not a noun phrase: actors.json's pronouns and verbs."""
    data = actors_lexicon()
    return frozenset(data["pronouns"]) | frozenset(data["verbs"])


SOURCE_REACH = 5  # tokens back from a lender to the preposition that makes it the money's source


def names_source(doc: Doc, span: Span, sources: tuple[frozenset[str], ...]) -> bool:
    """Is the sector word ``span`` a noun of ``sources`` in a phrase opened by one of its prepositions
    ("a loan from a group of Asian lenders", "signed loans with Asian lenders"), or before one of its
    instruments ("45 trillion dong in bank loans", "commercial bank debt"), or before one of its
    onward phrases ("funds for banks to lend to shipbuilding suppliers", "to commercial banks for
    loans to tourism businesses"): where the money comes from or passes through, not where it goes?

    >>> from spacy.lang.en import English
    >>> doc = English()("a loan from a group of Asian lenders for banks and bank loans, funds for banks to lend to")
    >>> rule = (frozenset({"from"}), frozenset({"lenders", "banks", "bank"}), frozenset({"loans"}), (("to", "lend"),))
    >>> [names_source(doc, doc[i : i + 1], rule) for i in (7, 9, 11, 16)]
    [True, False, True, True]
    >>> doc = English()("with contributions from Korea Aerospace Industries Ltd. and local banks")
    >>> names_source(doc, doc[9:10], rule)
    True
    >>> rule = (frozenset({"arranged by"}), *rule[1:])
    >>> doc = English()("The loan, arranged by 11 lenders, and profits earned by banks")
    >>> names_source(doc, doc[6:7], rule), names_source(doc, doc[12:13], rule)
    (True, False)
    >>> doc = English()("credits extended by bank officials")
    >>> names_source(doc, doc[3:4], (frozenset({"extended by"}), *rule[1:]))
    False
    """
    prepositions, nouns, instruments, onward = sources
    if span.text.lower() not in nouns:
        return False
    if span.end < len(doc) and doc[span.end].lower_ in instruments:
        return True  # "bank loans": the loans come from banks
    after = tuple(t.lower_ for t in doc[span.end : span.end + max(map(len, onward), default=0)])
    if any(after[: len(words)] == words for words in onward):
        return True  # "for banks to lend to small firms": the banks pass the money on
    modifies = span.end < len(doc) and doc[span.end].is_alpha and doc[span.end].is_lower and not doc[span.end].is_stop
    words = 0  # a name coordinated before it is stepped over: "from Korea Aerospace Industries Ltd. and local banks"
    for i in range(span.start - 1, -1, -1):
        if doc[i].lower_ in prepositions:
            return True
        if i and f"{doc[i - 1].lower_} {doc[i].lower_}" in prepositions:  # "a loan arranged by 11 lenders"
            return not modifies  # not "credits extended by bank officials", whose bank word modifies a noun
        if (doc[i].is_punct and doc[i].text != "-") or doc[i].lower_ in ("for", "to", "in", "on", "into"):
            return False
        words += not doc[i].is_title
        if words >= SOURCE_REACH:
            return False
    return False


def in_proper_name(doc: Doc, start: int, end: int) -> bool:
    """Is the sector mention doc[start:end] part of a proper name, which names an organisation and
    not a sector: a company ("Hughes Aircraft Co", ``in_company_name``), or a capitalised word in a
    run of capitalised words ("Korea Development Bank", "Samsung Electronics", "Hanwha Aerospace")
    or after "<Name> of" or "<Name> and" ("the Ministry of Agriculture and Forestry", "the Bank of
    Japan"), or a capitalised word after "the" mid-sentence ("the Bank planned to borrow")? A name
    that ends in a facility word is a place, not an organisation (``facility_named``: "Busan New Port"). An
    acronym ("AI", "LNG") and a capitalised first word of a sentence before lower-case words ("Steel
    output") are not.

    >>> from spacy.lang.en import English
    >>> doc = English()("Samsung Electronics and the Ministry of Agriculture back steel makers.")
    >>> in_proper_name(doc, 1, 2), in_proper_name(doc, 6, 7), in_proper_name(doc, 8, 9)
    (True, True, False)
    >>> in_proper_name(English()("Chipmaker SK hynix posted"), 0, 1)
    False
    >>> in_proper_name(English()("Indian IT services firm Vayu"), 1, 3)
    False
    >>> in_proper_name(English()("Bank of the Philippine Islands raised"), 0, 1)
    True
    >>> doc = English()("Dubai's Roads and Transport Authority and prices of Steel and ships")
    >>> in_proper_name(doc, 2, 3), in_proper_name(doc, 9, 10)
    (True, False)
    """
    first = doc[start]
    if first.is_sent_start and first.text[:1].isupper() and opens_descriptor(doc, start, end):
        return False  # a descriptor opening the sentence before a name: "Chipmaker SK hynix", "Drinks group Diageo"
    if in_company_name(doc, start, end) or bracketed_abbreviation(doc, start, end):
        return True  # "Hughes Aircraft Co", "Oil India Ltd (OIL)"
    if facility_named(doc, start, end):
        return False  # "Busan New Port", "Gimhae International Airport": a place the money builds
    # an acronym ("AI", "GTX-B") is no name
    if not first.text[:1].isupper() or all(t.is_upper or not t.is_alpha for t in doc[start:end]):
        return False
    if end - start > 1 and first.is_upper and all(t.is_lower for t in doc[start + 1 : end]):
        return False  # an acronym before lower-case words: "Indian IT services firm", "LNG terminal"
    prev = doc[start - 1] if start > 0 and not first.is_sent_start else None
    nxt = doc[end] if end < len(doc) else None
    if prev is not None and (prev.text[:1].isupper() or prev.text == "&"):
        return True
    if (
        prev is not None
        and prev.lower_ in ("of", "for", "and", ",")
        and start >= 2
        and doc[start - 2].text[:1].isupper()
        and not doc[start - 2].is_sent_start
    ):
        return True  # "the Ministry of Agriculture and Forestry", "Food, Agriculture"
    if nxt is not None and nxt.lower_ in ("of", "for") and end + 1 < len(doc):
        named = doc[end + 2] if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else doc[end + 1]
        if named.text[:1].isupper() and named.lower_.rstrip(".") not in month_words():  # not "Cotton for May delivery"
            return True  # "the Bank of Japan", "Bank of the Philippine Islands", "Japan Bank for International ..."
    if prev is not None and prev.lower_ == "the" and (nxt is None or not nxt.text[:1].isupper()):
        return True  # "the Bank planned to borrow": an institution's short name, capitalised mid-sentence
    if hyphen_named(doc, start, end):
        return True  # "Research-Cottrell": glued by a hyphen to another capitalised word
    if nxt is not None and nxt.lower_ in ("and", "&") and end + 2 < len(doc) and doc[end + 1].text[:1].isupper():
        return in_proper_name(doc, end + 1, end + 2)  # "Dubai's Roads and Transport Authority"
    return nxt is not None and not nxt.is_sent_start and nxt.text[:1].isupper()


@lru_cache(maxsize=1)
def _facility_ends() -> frozenset[str]:
    return frozenset(lexicon.load("sector_heads.json")["facility_ends"])


def facility_named(doc: Doc, start: int, end: int) -> bool:
    """Does the sector word doc[start:end] end a name with one of sector_heads.json 'facility_ends'
    ("Busan New Port", "Gimhae International Airport")? Such a name is a place that money builds or
    runs, not an organisation; not a name the word opens ("Port Talbot") or that goes on ("the Port of
    Rotterdam", "Incheon International Airport Corp").

    >>> from spacy.lang.en import English
    >>> doc = English()("Busan New Port and Port Talbot and the Port of Rotterdam")
    >>> facility_named(doc, 2, 3), facility_named(doc, 4, 5), facility_named(doc, 8, 9)
    (True, False, False)
    """
    last, before = doc[end - 1], doc[end - 2] if end - 2 >= 0 else None
    if last.lower_ not in _facility_ends() or before is None or not before.text[:1].isupper() or last.is_sent_start:
        return False
    after = doc[end] if end < len(doc) else None
    return after is None or not (after.text[:1].isupper() or after.lower_ in ("of", "&"))


def measure_compound(doc: Doc, span: Span, suffixes: frozenset[str]) -> bool:
    """Is the sector word ``span`` glued by a hyphen to a word of sector_heads.json
    ``measure_suffixes`` after it ("utility-scale solar farm", "world-class", "industry-level")? The compound
    says how big or of what standing something is, not where the money goes; a grade does name it
    ("battery-grade refining" is for batteries), so "grade" is not one of them.

    >>> from spacy.lang.en import English
    >>> doc = English()("a utility-scale solar farm and a utility scale")
    >>> [measure_compound(doc, doc[i : i + 1], frozenset({"scale"})) for i in (1, 7)]
    [True, False]
    """
    e = span.end
    return (
        e + 1 < len(doc)
        and doc[e].text == "-"
        and not doc[e - 1].whitespace_
        and not doc[e].whitespace_
        and doc[e + 1].lower_ in suffixes
    )


def names_office(doc: Doc, span: Span, offices: frozenset[str]) -> bool:
    """Is the sector word ``span`` the name of a government office, right before a word of
    ``offices`` ("the transport ministry", "the energy regulator")? Such an office spends on other
    sectors as often as on its own: the word is the spender's industry, which counts only when the
    amount's clause names no other destination (as a descriptor's: ``link_items.Item.descriptor``).

    >>> from spacy.lang.en import English
    >>> doc = English()("the transport ministry backs transport projects")
    >>> [names_office(doc, doc[i : i + 1], frozenset({"ministry"})) for i in (1, 4)]
    [True, False]
    """
    return span.end < len(doc) and doc[span.end].lower_ in offices


def past_phrase(doc: Doc, start: int, words: frozenset[str], covered: set[int] = frozenset()) -> bool:
    """Does a word of ``words`` ("former", "disused", "defunct") stand right before the sector word at
    token ``start``, or before the sector words it follows (``covered``: the tokens of every sector
    word; "former coal miners")? What a place or a group once was is not where the money goes ("a
    vertiport on the site of a former tourist resort", "a plant at a former shipyard site", "a
    hospital for former coal miners"); with another word between, "former" may say whose it was
    ("Yukos' former key oil production unit" still produces oil).

    >>> from spacy.lang.en import English
    >>> doc = English()("at a former coal mine site, a former, coal mine, a former key oil unit")
    >>> [past_phrase(doc, i, frozenset({"former"})) for i in (3, 10, 16)]
    [True, False, False]
    >>> doc = English()("for former coal miners")
    >>> past_phrase(doc, 3, frozenset({"former"}), {2, 3}), past_phrase(doc, 3, frozenset({"former"}))
    (True, False)
    """
    k = start - 1
    while k >= 0 and k in covered:
        k -= 1
    return k >= 0 and doc[k].lower_ in words


CARGO_GAP = 4  # tokens at most between a cargo word and the vessel noun after it


def names_cargo(doc: Doc, span: Span, sectors: frozenset[str], heads: frozenset[str], covered: set[int]) -> bool:
    """Is the sector word ``span``, of a sector in ``sectors`` (oil and gas, chemicals), what a
    vessel carries: right before a noun of ``heads`` ("crude tankers"), or before one across a
    coordination of words of that kind ("LNG and LPG carriers")? The money goes to the ship
    (shipbuilding), not to the cargo's industry; ``covered`` holds the tokens of every sector word.

    >>> from spacy.lang.en import English
    >>> doc = English()("four LNG and LPG carriers, crude tankers, crude exports by tankers")
    >>> S = lambda i: doc[i : i + 1]
    >>> cargo = lambda i: names_cargo(doc, S(i), frozenset({""}), frozenset({"carriers", "tankers"}), {1, 3, 6, 9})
    >>> [cargo(i) for i in (1, 6, 9)]
    [True, True, False]
    """
    if span.id_ not in sectors:
        return False
    for k in range(span.end, min(len(doc), span.end + CARGO_GAP + 1)):
        tok = doc[k]
        if tok.lower_ in heads:
            return True
        if not (tok.lower_ in ("and", "or", ",") or k in covered or tok.is_space):
            return False
    return False


PARTNER_REACH = 4  # tokens back from a partner's sector word to the preposition that opens its phrase


def names_partner(doc: Doc, span: Span, leads: frozenset[str], heads: frozenset[str]) -> bool:
    """Is the sector word ``span`` the industry of a partner the money is spent with: right before
    a noun of ``heads`` ("partner", "firm", "company") in a phrase that a word of ``leads`` ("with")
    opens at most PARTNER_REACH tokens back ("a data centre in Jakarta with an Indonesian telecom
    partner", "a licensing deal with a U.S. biotech firm")? That is who the spender works with, not
    where the money goes.

    >>> from spacy.lang.en import English
    >>> doc = English()("a centre with an Indonesian telecom partner, telecom partners and a telecom deal with")
    >>> leads, heads = frozenset({"with"}), frozenset({"partner", "partners"})
    >>> [names_partner(doc, doc[i : i + 1], leads, heads) for i in (5, 8, 12)]
    [True, False, False]
    >>> doc = English()("It lent with banks. Telecom partner KT spent it.")
    >>> names_partner(doc, doc[5:6], leads, heads)  # a full stop ends the phrase
    False
    """
    if span.end >= len(doc) or doc[span.end].lower_ not in heads:
        return False
    for k in range(span.start - 1, max(-1, span.start - PARTNER_REACH - 1), -1):
        if doc[k].lower_ in leads:
            return True
        if doc[k].is_punct and doc[k].text != "-":  # a glued hyphen goes on; a full stop ends the phrase
            return False
    return False


CUSTOMER_REACH = 5  # tokens back from a customer's sector word to the preposition that opens its phrase
ORDER_REACH = 12  # tokens back from that preposition to the order it follows


def names_customer(doc: Doc, span: Span, customers: tuple[frozenset[str], ...]) -> bool:
    """Is the sector word ``span`` the trade of a customer who orders: in a phrase that one of the
    ``leads`` ("for", "from") opens at most CUSTOMER_REACH tokens back, after one of the ``orders``
    ("order", "contract") in the same clause, the phrase ending at one of the ``heads`` ("company",
    "shipper"): "an order to build four LNG carriers for a Qatari energy company", "an order from a
    European shipper"? The money goes to what is ordered, not to the customer's trade.

    >>> from spacy.lang.en import English
    >>> rule = (frozenset({"order"}), frozenset({"for", "from"}), frozenset({"company", "shipper"}))
    >>> doc = English()("an order to build ships for a Qatari energy company, an order from a European shipper")
    >>> [names_customer(doc, doc[i : i + 1], rule) for i in (8, 16)]
    [True, True]
    >>> doc = English()("a loan for an energy company and subsidies for energy companies")
    >>> names_customer(doc, doc[4:5], rule)
    False
    """
    orders, leads, heads = customers
    last = doc[span.end - 1].lower_
    if last not in heads and (span.end >= len(doc) or doc[span.end].lower_ not in heads):
        return False
    lead = next(
        (k for k in range(span.start - 1, max(-1, span.start - CUSTOMER_REACH - 1), -1) if doc[k].lower_ in leads),
        None,
    )
    if lead is None or any(doc[k].is_punct and doc[k].text != "-" for k in range(lead + 1, span.start)):
        return False
    for j in range(lead - 1, max(-1, lead - ORDER_REACH - 1), -1):
        if doc[j].lower_ in orders:
            return True
        if doc[j].is_punct and doc[j].text in (".", ";", ":", ","):
            return False
    return False


PLACE_FILLERS = 2  # capitalised words between a glued compound and its place noun: "oil-rich Gulf states"


def names_place(doc: Doc, span: Span, places: frozenset[str]) -> bool:
    """Does the sector word ``span`` describe a place: glued by a hyphen to a lower-case word ("a
    copper-mining town", "oil-rich Gulf states", "oil-producing countries"), and then, past at most
    PLACE_FILLERS capitalised words, a place noun of ``places``? The money goes to the place, not to
    its industry ("water networks in a copper-mining town"). Only a glued compound: "farming
    villages" may be where farming money goes.

    >>> from spacy.lang.en import English
    >>> doc = English()("a copper-mining town, oil-rich Gulf states, farming villages, copper-mining firms")
    >>> places = frozenset({"town", "states", "villages"})
    >>> [names_place(doc, doc[i : i + 1], places) for i in (1, 3, 6, 11, 14, 16)]
    [True, True, True, False, False, False]
    """
    k = span.end
    glued = (  # "copper-mining town": the sector word ends the compound
        span.start >= 2
        and doc[span.start - 1].text == "-"
        and not doc[span.start - 2].whitespace_
        and not doc[span.start - 1].whitespace_
        and doc[span.start - 2].is_lower
    )
    while k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_:
        if not doc[k + 1].is_lower:
            break
        k, glued = k + 2, True
    if not glued:
        return False
    fillers = 0
    while k < len(doc) and fillers < PLACE_FILLERS and doc[k].is_alpha and doc[k].text[:1].isupper():
        k, fillers = k + 1, fillers + 1
    return k < len(doc) and doc[k].lower_ in places
