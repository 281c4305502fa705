"""Sector words that stand for a body or a site, not for where money goes: an activity before the
body that does it ("research firm IDC", but not a new one the money builds: "a quantum computing
research centre"), and a site where something is installed ("EV chargers at apartment complexes",
"5G base stations in 200 farming villages"). ``sectors.SectorMatcher`` drops such spans."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from spacy.tokens import Doc, Span

from . import lexicon
from .extensions import money_bounds
from .phrase_words import ARTICLES, DEMONSTRATIVES, DETERMINERS, PREPOSITIONS
from .sector_context import after_lead, measure_compound


def names_body(doc: Doc, span: Span, activities: frozenset[str], bodies: frozenset[str]) -> bool:
    """Is the sector word ``span`` an activity (``activities``) before a body that does it
    (``bodies``): "the economic research institute said", "research firm IDC"? Not a new body that
    the money builds (``new_body``: "to build a quantum computing research centre")?

    >>> from spacy.lang.en import English
    >>> doc = English()("research firms and research spending")
    >>> [names_body(doc, doc[i : i + 1], frozenset({"research"}), frozenset({"firms"})) for i in (0, 3)]
    [True, False]
    """
    if not (span.text.lower() in activities and span.end < len(doc) and doc[span.end].lower_ in bodies):
        return False
    return not new_body(doc, span.start, span.end + 1, doc[span.end].lower_ not in singular_bodies())


@lru_cache(maxsize=1)
def singular_bodies() -> frozenset[str]:
    """sector_heads.json ``bodies`` as written, singular ("centre"; the matcher adds "centres")."""
    return frozenset(w.lower() for w in lexicon.load("sector_heads.json")["bodies"])


PURPOSE_PREPS = frozenset({"for", "in", "into", "on", "to"})  # "won for research centres": where money goes
BODY_MODIFIERS = 3  # lower-case words at most between "a" and the activity: "a national quantum computing research"


def new_body(doc: Doc, start: int, end: int, plural: bool = False) -> bool:
    """Is the body doc[start:end] ("research centre") a new one that the money builds or funds: an
    indefinite article before it, or a plural's bare purpose preposition (``PURPOSE_PREPS``), only
    lower-case modifiers between, and no name after it ("to build a quantum computing research centre",
    "in a research lab", "1.2 trillion won for quantum computing research centres"; not "research firm
    IDC", "its research complex", "research firms said")?

    >>> from spacy.lang.en import English
    >>> doc = English()("to build a quantum research centre; research firm IDC; a research firm IDC said")
    >>> new_body(doc, 4, 6), new_body(doc, 7, 9), new_body(doc, 11, 13)
    (True, False, False)
    >>> doc = English()("for quantum research centres; for the research centres; to its research campus")
    >>> new_body(doc, 2, 4, True), new_body(doc, 7, 9, True), new_body(doc, 12, 14)
    (True, False, False)
    """
    if end < len(doc) and doc[end].text[:1].isupper():
        return False
    bare_plural = plural
    for k in range(start - 1, max(-1, start - BODY_MODIFIERS - 2), -1):
        if doc[k].lower_ in ("a", "an") or (bare_plural and doc[k].lower_ in PURPOSE_PREPS):
            return True
        bare_plural = bare_plural and doc[k].lower_ not in DETERMINERS
        if not ((doc[k].is_lower and (doc[k].is_alpha or doc[k].text == "-")) or numbered(doc, k)):
            return False  # lower-case modifiers, or a generation's number: "a 6G research lab"
    return False


def numbered(doc: Doc, k: int) -> bool:
    """Is doc[k] a number or a letter glued to one ("6G", split "6" "G")?

    >>> from spacy.lang.en import English
    >>> doc = English()("a 6G lab")
    >>> numbered(doc, 1), numbered(doc, 2), numbered(doc, 3)
    (True, True, False)
    """
    word = doc[k].text
    return any(c.isdigit() for c in word) or (k > 0 and doc[k - 1].text.isdigit() and not doc[k - 1].whitespace_)


SITE_REACH = 7  # tokens back from a site's sector word to the preposition after the installed thing
SITE_HEADS = 2  # lower-case words at most between the installed thing's sector word and that preposition


def names_site(doc: Doc, span: Span, sites: dict[str, frozenset[str]], covered: set[int]) -> bool:
    """Is the sector word ``span``, one of ``sites["words"]`` (sector_heads.json ``sites``:
    "apartment", "highway"), where something is installed, not what the money buys: in a phrase that
    a preposition of ``sites["preps"]`` opens right after the installed thing, a sector word (a token
    of ``covered``) or a head right after one ("electric vehicle chargers at highway rest areas and
    apartment complexes", "solar panels on the rooftops of its rental apartments"), or before "that"
    and a verb of ``sites["installs"]`` ("subsidies to apartment complexes that install EV chargers")? "Invest in
    apartment complexes" stays real estate. So does any sector word right before one of ``sites["heads"]``
    ("5G base stations in 200 farming villages"; "into farming villages" stays agriculture).

    >>> from spacy.lang.en import English
    >>> doc = English()("EV chargers at highway rest areas and apartment complexes; invest in apartments")
    >>> sites = {"words": frozenset({"apartment", "apartments", "highway"}), "preps": frozenset({"at", "in"}),
    ...          "installs": frozenset({"install"}), "heads": frozenset({"villages"})}
    >>> [names_site(doc, doc[i : i + 1], sites, {0, 1}) for i in (3, 7, 12)]
    [True, True, False]
    >>> doc = English()("grants to apartment complexes that install chargers")
    >>> names_site(doc, doc[2:3], sites, set())
    True
    >>> doc = English()("fibre networks in farming and fishing villages and money into farming villages")
    >>> [names_site(doc, doc[i : i + 1], sites, {0}) for i in (3, 5, 11)]
    [True, True, False]
    """
    if span.text.lower() not in sites["words"] and not before_site_head(doc, span.end, sites["heads"]):
        return False
    k = span.end
    while k < min(len(doc), span.end + 2) and doc[k].is_alpha and doc[k].lower_ not in ("that", "which"):
        k += 1  # the site's head: "complexes", "rest areas"
    if k + 1 < len(doc) and doc[k].lower_ in ("that", "which") and doc[k + 1].lower_ in sites["installs"]:
        return True
    for k in range(span.start - 1, max(0, span.start - SITE_REACH - 1), -1):
        if doc[k].lower_ in sites["preps"]:
            # the installed thing: a sector word ("EV chargers at") or up to SITE_HEADS words after one
            # ("hydrogen refuelling stations at")
            thing = next(
                (t for t in range(k - 1, max(-1, k - 2 - SITE_HEADS), -1) if t in covered or not _plain_head(doc[t])),
                -1,
            )
            return thing in covered and thing not in range(span.start, span.end)
        if (doc[k].is_punct and doc[k].text != "-") or (
            doc[k].lower_ in ("and", "or") and k < span.start - 1 and doc[k + 1].is_lower
        ):
            return False  # "units in Kampala and reconstruct the roads": a clause goes on ("... and highway rest
            # stops", "along the Seohaean and Yeongdong expressways" do not)
    return False


def before_site_head(doc: Doc, end: int, heads: frozenset[str]) -> bool:
    """Does a site's head (``heads``) follow token ``end``, right after it or after "and"/"or" and
    one more word ("farming villages", "farming and fishing villages")?

    >>> from spacy.lang.en import English
    >>> doc = English()("farming and fishing villages; farming plans")
    >>> before_site_head(doc, 1, frozenset({"villages"})), before_site_head(doc, 6, frozenset({"villages"}))
    (True, False)
    """
    after = [t.lower_ for t in doc[end : end + 3]]
    if not after:
        return False
    return after[0] in heads or (after[0] in ("and", "or") and len(after) == 3 and after[2] in heads)


def _plain_head(token) -> bool:
    """Can ``token`` be a lower-case head of an installed thing ("stations", "refuelling"), not a
    function word ("investment in" after "for")?"""
    return token.is_lower and token.is_alpha and token.lower_ not in SITE_STOPS


SITE_STOPS = PREPOSITIONS | ARTICLES | {"of", "and", "or"}  # function words, no head of an installed thing


VENUE_GAP = 2  # words at most between a sector word and the venue it names: "K-pop concert arena"
VENUE_OPENERS = frozenset({"a", "an", "its", "their", "his", "her", "our", "new", "planned"})


def names_venue(doc: Doc, span: Span, venues: frozenset[str]) -> bool:
    """Is the sector word ``span`` what a venue of ``venues`` (sector_heads.json: "arena",
    "stadium", "concert hall") hosts, right before it or a word or two before it ("a 20,000-seat
    K-pop concert arena", "an esports arena")? A venue built or run is no sector of what is
    played there; the words around it may still name one ("a K-pop arena and tourism complex").

    Only a building: the phrase opens with an indefinite article, a possessive or a seat count
    (``VENUE_OPENERS``), not "the" ("standards tests in the telecommunications arena", "the
    portable media arena" are fields of business), or the venue is plural ("building three K-pop
    arenas": buildings, not a field).

    >>> from spacy.lang.en import English
    >>> doc = English()("a K-pop concert arena and K-pop exports in the media arena and K-pop arenas")
    >>> [names_venue(doc, doc[i:j], frozenset({"arena", "arenas"})) for i, j in ((1, 4), (7, 10), (13, 14), (16, 19))]
    [True, False, False, True]
    """
    before = [t for t in doc[max(0, span.start - VENUE_GAP - 1) : span.start] if not t.is_space]
    opened = any(t.lower_ in VENUE_OPENERS or t.lower_ in ("'s", "’s") or t.lower_.endswith("seat") for t in before)
    for k in range(span.end, min(len(doc), span.end + VENUE_GAP + 1)):
        if doc[k].lower_ in venues:
            return opened or doc[k].lower_.endswith("s")
        if not doc[k].is_alpha or doc[k].lower_ in ("and", "or", "for", "of", "in", "to"):
            return False
    return False


LOCATION_GAP = 3  # words at most between the preposition and the location's word: "at London's Heathrow airport"


def located_at(doc: Doc, span: Span, locations: dict[str, frozenset[str]]) -> bool:
    """Is the sector word ``span`` one of sector_heads.json ``locations`` ``words`` ("airport") that ends
    a phrase a preposition of its ``preps`` opens (a road of its ``road_words``: ``road_preps``), with
    at most LOCATION_GAP words between, each a determiner, a possessive, a word of its ``modifiers``
    ("new", "main") or a capitalised name, with hyphens and "and" between names ("duty-free shops at
    the airport", "an aircraft-maintenance hub at Nagpur airport", "a plant at its new port",
    "stations along the Yeongdong and Seohaean expressways")? Such a phrase says where the money is
    spent: its sector counts only when the clause names no other ("spend $9m on the Gadeokdo airport"
    is the airport's own).

    >>> from spacy.lang.en import English
    >>> doc = English()("shops at London's Heathrow airport and for the Gadeokdo airport")
    >>> loc = {"words": frozenset({"airport"}), "preps": frozenset({"at", "in"}), "modifiers": frozenset({"new"}),
    ...        "road_words": frozenset(), "road_preps": frozenset()}
    >>> located_at(doc, doc[5:6], loc), located_at(doc, doc[10:11], loc)
    (True, False)
    """
    word = doc[span.end - 1].lower_
    if word in locations["words"]:
        preps = locations["preps"]
    elif word in locations["road_words"]:
        preps = locations["road_preps"]  # "stations on expressways"; not "investment in new highways"
    else:
        return False
    k = span.start - 1
    while k >= 0 and span.start - k <= LOCATION_GAP + 1:
        token = doc[k]
        if token.lower_ in preps:
            return not after_money(doc, k)  # "spend $1bn on regional airports": where the money goes
        if not (
            token.is_space
            or token.lower_ in ARTICLES
            or token.lower_ in POSSESSIVES
            or token.lower_ in locations["modifiers"]
            or token.text[:1].isupper()
            or in_compound_name(doc, k)
        ):
            return False
        k -= 1
    return False


def after_money(doc: Doc, k: int) -> bool:
    """Does the word at ``k`` follow an amount (a span of ``doc.spans["money"]``, or the bracket that
    closes its conversion), so that a phrase it opens says where the money goes, not where it is spent?

    >>> from spacy.lang.en import English
    >>> doc = English()("spend $5 on airports and shops at airports")
    >>> doc.spans["money"] = [doc[1:3]]
    >>> after_money(doc, 3), after_money(doc, 7)
    (True, False)
    """
    if k == 0:
        return False
    if doc[k - 1].text == ")":
        return True
    bounds = money_bounds(doc)
    i = bisect_right(bounds, (k - 1, len(doc))) - 1  # the last amount to start at or before k - 1
    return i >= 0 and bounds[i][1] > k - 1


POSSESSIVES = (DETERMINERS - ARTICLES - DEMONSTRATIVES) | {"'s", "’s"}  # "its", "their", ...; "London's"


def in_compound_name(doc: Doc, k: int) -> bool:
    """Is doc[k] a hyphen or "and" between two capitalised names of one location ("the Seoul-Busan
    expressway", "the Yeongdong and Seohaean expressways")?

    >>> from spacy.lang.en import English
    >>> doc = English()("on the Seoul-Busan expressway and new roads")
    >>> in_compound_name(doc, 3), in_compound_name(doc, 6)
    (True, False)
    """
    if doc[k].lower_ not in ("-", "–", "and", "&") or k == 0 or k + 1 >= len(doc):
        return False
    return doc[k - 1].text[:1].isupper() and doc[k + 1].text[:1].isupper()


def fuel_compound(doc: Doc, span: Span, fuels: dict[str, frozenset[str]], leads: list[tuple[str, ...]] = ()) -> bool:
    """Is the sector word ``span``, of one of sector_heads.json ``fuels`` ``sectors``, glued by a hyphen
    to one of its ``suffixes`` ("methanol-fuelled container ships", "LNG-powered tankers"), or right
    after one of its ``leads`` ("shipyards converting fishing boats to run on LNG", "buses powered by
    natural gas")? It names what the vessel or vehicle burns, not where the money goes; a hydrogen or
    battery word keeps its sector ("hydrogen-powered trams").

    >>> from spacy.lang.en import English
    >>> doc = English()("methanol-fuelled ships and methanol plants, boats to run on methanol")
    >>> fuels = {"sectors": frozenset({"c"}), "suffixes": frozenset({"fuelled"})}
    >>> [fuel_compound(doc, Span(doc, i, i + 1, span_id="c"), fuels, [("run", "on")]) for i in (0, 5, 12)]
    [True, False, True]
    """
    if span.id_ not in fuels["sectors"]:
        return False
    return measure_compound(doc, span, fuels["suffixes"]) or after_lead(doc, span.start, leads)


KIND_GAP = 4  # tokens at most between a general sector's word and the specific one in its phrase
KIND_LEADS = frozenset({"for", "of", "growing", "producing", "raising"})  # "smart farms for strawberries"


KIND_WINDOW = KIND_GAP + 8  # tokens back from a word to the start of a specific form that may end near it


def kind_of_nearby(
    doc: Doc, span: Span, spans: list[Span], kinds_of: dict[str, frozenset[str]], starts: list[int] | None = None
) -> bool:
    """Is the sector word ``span`` of a general sector that a specific one in the same phrase is a kind
    of (sector_heads.json ``kinds_of``: smart farms are farming): a modifier of the specific one's head,
    alone or coordinated ("strawberry and tomato smart farms"), or what it grows after one of
    KIND_LEADS, at most KIND_GAP tokens on ("smart farms for strawberries and tomatoes")? The
    specific sector says where the money goes; the crop is what it grows. A plural noun coordinated
    with it is a destination of its own ("rice farmers and smart farms"), and so is a word coordinated
    with it before a head of their own ("farming and agritech cooperatives").

    >>> from spacy.lang.en import English
    >>> doc = English()("strawberry smart farms; rice farmers and smart farms. smart farms for rice")
    >>> spans = [Span(doc, 0, 1, span_id="a"), Span(doc, 1, 3, span_id="s"), Span(doc, 4, 6, span_id="a")]
    >>> spans += [Span(doc, 7, 9, span_id="s"), Span(doc, 10, 12, span_id="s"), Span(doc, 13, 14, span_id="a")]
    >>> [kind_of_nearby(doc, spans[i], spans, {"s": frozenset({"a"})}) for i in (0, 2, 5)]
    [True, False, True]
    """
    generals = [k for k, v in kinds_of.items() if span.id_ in v]
    if not generals:
        return False
    if starts is not None:  # ``spans`` sorted by start, ``starts`` theirs: only the spans near this one
        spans = spans[bisect_left(starts, span.start - KIND_WINDOW) : bisect_right(starts, span.end + KIND_GAP)]
    own = {i for sp in spans if sp.id_ == span.id_ for i in range(sp.start, sp.end)}
    for other in spans:
        if other.id_ not in generals:
            continue
        if span.end <= other.start:  # a modifier before the head: "strawberry and tomato smart farms"
            if other.end < len(doc) and _co_modifier(doc[other.end]) and doc[other.end].lower_ not in ("and", "or"):
                continue  # the specific word modifies a head of its own: "farming and agritech cooperatives"
            gap = doc[span.end : other.start]
            modifier = not doc[span.end - 1].lower_.endswith("s") and other.start - span.end <= KIND_GAP
            if modifier and all(t.i in own or t.text == "-" or _co_modifier(t) for t in gap):
                return True
        elif other.end < span.start <= other.end + KIND_GAP and doc[other.end].lower_ in KIND_LEADS:
            return not any(t.is_punct for t in doc[other.end : span.start])  # "smart farms for strawberries"
    return False


def _co_modifier(token) -> bool:
    """Can ``token`` stand between a modifier and its head: "and", "or", or a lower-case word that is no
    function word ("strawberry and tomato smart farms"; not "land for smart farms")?"""
    return token.lower_ in ("and", "or") or (token.is_lower and token.is_alpha and token.lower_ not in SITE_STOPS)


DESCRIPTION_REACH = 6  # words at most between the comma after a place's name and its description's sector word


def describes_place(doc: Doc, span: Span, heads: frozenset[str]) -> bool:
    """Is the sector word ``span`` inside an appositive that describes a place just named (a span of
    ``doc.spans["places"]`` before its comma), ending at one
    of sector_heads.json ``place_descriptions`` ("Yeosu, a petrochemical hub on the southern coast",
    "Geoje, a shipbuilding town", "Ulsan, South Korea's southeastern industrial hub")? Like a spender's
    office, such a word gives its sector only when the amount's clause names no other.

    >>> from spacy.lang.en import English
    >>> doc = English()("a plant in Yeosu, a petrochemical hub, and Livebox, the broadband hub")
    >>> doc.spans["places"] = [doc[3:4]]
    >>> heads = frozenset({"hub"})
    >>> describes_place(doc, doc[6:7], heads), describes_place(doc, doc[13:14], heads)
    (True, False)
    """
    end = span.end
    while end < min(len(doc), span.end + 3) and doc[end].lower_ not in heads:
        if not (doc[end].is_lower or doc[end].text == "-"):
            return False
        end += 1
    if end >= len(doc) or doc[end].lower_ not in heads:
        return False
    k = span.start - 1
    while k > 0 and span.start - k <= DESCRIPTION_REACH:
        if doc[k].text == ",":  # a place's name before it: not "Livebox, the broadband hub"
            named = any(p.end == k for p in doc.spans.get("places", ()))
            return named and (doc[k + 1].lower_ in ARTICLES or doc[k + 1].text[:1].isupper())
        if not (doc[k].is_alpha or doc[k].text in POSSESSIVES or doc[k].text == "-"):
            return False
        k -= 1
    return False


SUPPLY_REACH = 4  # tokens from "supply" to the customer's trade noun ("to supply European electric carmakers")


def names_supplied(doc: Doc, span: Span, supplied: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Is the sector word ``span`` the trade of a customer the money's plant or deal supplies: its
    last word one of sector_heads.json ``supplied`` ``heads`` ("carmakers", "companies"), at most
    SUPPLY_REACH words after one of its ``leads`` ("supply", "supplying") with no punctuation between
    ("a battery plant in Poland to supply European electric carmakers", "guarantees for battery makers
    supplying European carmakers")? The money goes to what is built or sold, not to the buyer's trade
    (gold: "carmakers" with automotive 2 amounts in 30). What is supplied still counts ("to supply its
    biosimilar drugs").

    >>> from spacy.lang.en import English
    >>> rule = (frozenset({"supply", "supplying"}), frozenset({"carmakers"}))
    >>> doc = English()("a plant to supply European electric carmakers and carmakers in Spain")
    >>> [names_supplied(doc, doc[i : i + 1], rule) for i in (6, 8)]
    [True, False]
    """
    leads, heads = supplied
    if doc[span.end - 1].lower_ not in heads:
        return False
    for k in range(span.start - 1, max(-1, span.start - SUPPLY_REACH - 1), -1):
        if doc[k].lower_ in leads:
            return True
        if doc[k].is_punct and doc[k].text != "-" or doc[k].lower_ in ("and", "or"):
            return False
    return False


def commercial_rent(doc: Doc, span: Span, spans: list[Span], rent: dict[str, frozenset[str]]) -> bool:
    """Is ``span`` a rent word (sector_heads.json ``commercial_rent`` ``forms``: "rent subsidies") in a
    sentence that names one of its ``tenants`` sectors (small firms, shops)? Then it is the rent of
    business premises, not housing: no real estate ("support to small merchants, including 50
    billion won in rent subsidies"; "rent subsidies to young people" is housing).

    >>> from spacy.lang.en import English
    >>> doc = English()("aid to small merchants with rent subsidies")
    >>> spans = [Span(doc, 2, 4, span_id="smes"), Span(doc, 5, 7, span_id="real_estate")]
    >>> rule = {"forms": frozenset({"rent subsidies"}), "tenants": frozenset({"smes"})}
    >>> commercial_rent(doc, spans[1], spans, rule), commercial_rent(doc, spans[1], spans[1:], rule)
    (True, False)
    """
    if " ".join(span.text.lower().split()) not in rent["forms"]:
        return False
    sent = doc[span.start].sent if doc.has_annotation("SENT_START") else doc[:]
    return any(other.id_ in rent["tenants"] and sent.start <= other.start < sent.end for other in spans)
