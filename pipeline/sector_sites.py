"""Sector words that stand for a body or a site, not for where money goes: an activity before the
body that does it ("research firm IDC", but not a new one the money builds: "a quantum computing
research centre"), and a site where something is installed ("EV chargers at apartment complexes",
"5G base stations in 200 farming villages"). ``sectors.SectorMatcher`` drops such spans."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .phrase_words import ARTICLES, PREPOSITIONS


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
    return not new_body(doc, span.start, span.end + 1)


BODY_MODIFIERS = 3  # lower-case words at most between "a" and the activity: "a national quantum computing research"


def new_body(doc: Doc, start: int, end: int) -> bool:
    """Is the body doc[start:end] ("research centre") a new one that the money builds or funds: an
    indefinite article before it, only lower-case modifiers between, and no name after it ("to build a
    quantum computing research centre", "in a research lab"; not "research firm IDC", "its research
    complex")?

    >>> from spacy.lang.en import English
    >>> doc = English()("to build a quantum research centre; research firm IDC; a research firm IDC said")
    >>> new_body(doc, 4, 6), new_body(doc, 7, 9), new_body(doc, 11, 13)
    (True, False, False)
    """
    if end < len(doc) and doc[end].text[:1].isupper():
        return False
    for k in range(start - 1, max(-1, start - BODY_MODIFIERS - 2), -1):
        if doc[k].lower_ in ("a", "an"):
            return True
        if not (doc[k].is_lower and (doc[k].is_alpha or doc[k].text == "-")):
            return False
    return False


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
    a phrase a preposition of its ``preps`` opens, with at most LOCATION_GAP words between, each a
    determiner, a possessive or a capitalised name ("duty-free shops at the airport", "an
    aircraft-maintenance hub at Nagpur airport", "e-gates at Incheon airport")? Such a phrase says
    where the money is spent: its sector counts only when the clause names no other ("spend $9m on
    the Gadeokdo airport" is the airport's own).

    >>> from spacy.lang.en import English
    >>> doc = English()("shops at London's Heathrow airport and for the Gadeokdo airport")
    >>> loc = {"words": frozenset({"airport"}), "preps": frozenset({"at", "in"})}
    >>> located_at(doc, doc[5:6], loc), located_at(doc, doc[10:11], loc)
    (True, False)
    """
    if doc[span.end - 1].lower_ not in locations["words"]:
        return False
    k = span.start - 1
    while k >= 0 and span.start - k <= LOCATION_GAP + 1:
        token = doc[k]
        if token.lower_ in locations["preps"]:
            return True
        if not (token.is_space or token.lower_ in ARTICLES or token.lower_ in ("'s", "’s") or token.text[:1].isupper()):
            return False
        k -= 1
    return False
