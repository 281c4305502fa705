"""Whether a mention is part of an organisation's name ("Hughes Aircraft Co", "Combustion
Engineering Canada Inc"): such a mention names the organisation, not a sector or a place.
The suffixes that end a company's name are in ``lexicons/company_names.json``."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from . import lexicon


@lru_cache(maxsize=1)
def company_suffixes() -> frozenset[str]:
    return frozenset(lexicon.load("company_names.json")["suffixes"])


@lru_cache(maxsize=1)
def trade_ends() -> frozenset[str]:
    """company_names.json ``trade_ends``: words that end an organisation's name ("Northwest Airlines")."""
    return frozenset(lexicon.load("company_names.json")["trade_ends"])


@lru_cache(maxsize=1)
def organisation_ends() -> frozenset[str]:
    """The words that end an organisation's name: a company suffix or a trade ("Premier Travel Inn")."""
    return company_suffixes() | trade_ends()


def in_company_name(doc: Doc, start: int, end: int, max_between: int = 3, lower_suffix: bool = True) -> bool:
    """Is the sector mention doc[start:end] part of a company's name: capitalised, and followed by at
    most ``max_between`` more capitalised words (or glued hyphens and slashes: "Georgia-Pacific Corp",
    "Royal Dutch/Shell Group") and then
    a company suffix ("Union Central Life Insurance Co", "Taft Broadcasting Co", "Hughes Aircraft Co Inc")?

    >>> from spacy.lang.en import English
    >>> doc = English()("Hughes Aircraft Co won a contract for aircraft parts.")
    >>> in_company_name(doc, 1, 2), in_company_name(doc, 7, 8)
    (True, False)

    ``lower_suffix``: may the suffix be written in lower case ("his 19 Entertainment company")? Not
    for a place, which a lower-case "company" describes ("by a Canadian company", "a California
    limited partnership").

    >>> doc = English()("the biggest loss by a Canadian company")
    >>> in_company_name(doc, 5, 6), in_company_name(doc, 5, 6, lower_suffix=False)
    (True, False)

    An acronym before a lower-case suffix is what the company or fund does, not its name ("an AI
    fund", "an EV company").

    >>> in_company_name(English()("a sovereign AI fund"), 2, 3)
    False
    """
    if not doc[start].text[:1].isupper():
        return False
    lower_suffix = lower_suffix and not all(t.is_upper for t in doc[start:end])
    suffixes = company_suffixes()
    for token in doc[end : min(len(doc), end + max_between + 1)]:
        word = token.text.rstrip(".").lower()
        if word in suffixes and (lower_suffix or token.text[:1].isupper()):
            return True
        glued = (
            token.text in ("-", "/") and not token.whitespace_ and not doc[token.i - 1].whitespace_
        )  # "Royal Dutch/Shell"
        if not (token.text[:1].isupper() or token.text == "&" or glued):
            return False
    return False


def possessive_in_name(doc: Doc, start: int, pos: int, end: int, places=frozenset()) -> bool:
    """Is the possessive doc[pos] inside one company's name doc[start:end] ("Moody's Investors
    Service Inc", "Standard and Poor's Corp", "Lowe's Cos Inc")? The words after it end in a company
    suffix, with at most two more before the suffix; then the owner is one word that is none of
    ``places`` and no acronym ("Japan's Fujitsu Ltd", "USDA's Foreign Agricultural Service" name two).

    >>> from spacy.lang.en import English
    >>> doc = English()("Moody's Investors Service Inc and Japan's Fujitsu Ltd and Poor's Corp")
    >>> at = lambda s, p, e: possessive_in_name(doc, s, p, e, {"Japan"})
    >>> at(0, 1, 5), at(6, 7, 10), at(11, 12, 14)
    (True, False, True)
    >>> doc = English()("Teachers' Pension and Japan's Pension")
    >>> at(0, 1, 3), at(4, 5, 7)
    (True, False)
    """
    tail = [t for t in doc[pos + 1 : end] if not t.is_space]
    owner = [t for t in doc[start:pos] if not t.is_space]
    if plural_possessive_name(doc[pos].text, owner, tail, places):
        return True
    if not tail or tail[-1].is_lower or tail[-1].lower_.rstrip(".") not in company_suffixes():
        return False
    return len(tail) == 1 or (
        len(tail) <= 3 and len(owner) == 1 and not owner[0].text.isupper() and owner[0].text not in places
    )


@lru_cache(maxsize=1)
def _member_bodies() -> frozenset[str]:
    return frozenset(lexicon.load("actors.json")["member_bodies"])


def plural_possessive_name(mark: str, owner: list, tail: list, places=frozenset()) -> bool:
    """Is a plural's possessive (``mark`` "'" after a word in -s) between one capitalised word and up
    to three capitalised words one name ("Teachers' Pension", "Farmers' Union", "Workers' Party")? After
    an owner of two or three words, only before one word of actors.json ``member_bodies`` ("The Boseong
    Tea Farmers' Cooperative"; not "General Foods' Maxwell House Div")."""
    owner = owner[1:] if owner and owner[0].lower_ in ("the", "a") else owner
    if len(owner) > 1 and not (len(tail) == 1 and tail[0].lower_ in _member_bodies()):
        return False  # "General Foods' Maxwell House Div": a company's own unit, no one name
    return (
        mark in ("'", "’")
        and 0 < len(owner) <= 3
        and all(t.text[:1].isupper() for t in owner)
        and owner[-1].text.endswith("s")
        and " ".join(t.text for t in owner) not in places
        and owner[-1].text not in places
        and 0 < len(tail) <= 3
        and all(t.text[:1].isupper() for t in tail)
        and tail[0].text not in places  # not "Walgreens' U.S. retail pharmacy sales": where, not a name
    )


def of_head_start(doc: Doc, start: int, lo: int, heads: frozenset[str]) -> int:
    """Where a name that starts at token ``start`` after "<head> of" starts when the head is one of
    ``heads`` that the name completes ("the government of Japan", "the Bank of Ceylon": actors.json
    ``name_of_heads`` but no place's head of ``place_of_heads``, "The city of Busan" being Busan, the
    shortest text that names it); ``lo`` is the first token it may reach.

    >>> from spacy.lang.en import English
    >>> doc = English()("the government of Japan and the city of Busan")
    >>> of_head_start(doc, 3, 0, frozenset({"government"})), of_head_start(doc, 8, 0, frozenset({"government"}))
    (1, 8)
    """
    k = start - 1
    while k > lo and doc[k].is_space:
        k -= 1
    if k - 1 >= lo and doc[k].lower_ == "of" and doc[k - 1].lower_ in heads:
        return k - 1
    return start


def plural_possessive_end(doc: Doc, i: int, pos: int, limit: int, places=frozenset(), is_verb=lambda k: False):
    """Where a name that a plural's possessive at ``pos`` holds ends ("Teachers' Pension will put":
    up to three capitalised words after it that are no verb, ``plural_possessive_name``), the name
    starting at ``i`` and ending before ``limit``; None when there is none.

    >>> from spacy.lang.en import English
    >>> doc = English()("Teachers' Pension will put")
    >>> plural_possessive_end(doc, 0, 1, 4), plural_possessive_end(doc, 0, 1, 2)
    (3, None)
    """
    tail = pos + 1
    while tail < limit and tail <= pos + 3 and doc[tail].text[:1].isupper() and not is_verb(tail):
        tail += 1
    owner = [t for t in doc[i:pos] if not t.is_space]
    return tail if plural_possessive_name(doc[pos].text, owner, list(doc[pos + 1 : tail]), places) else None


def hyphen_named(doc: Doc, start: int, end: int) -> bool:
    """Is doc[start:end] glued by a hyphen to another capitalised word, a part of a name ("Georgia-Pacific
    Corp", "Research-Cottrell") rather than a place or a sector of its own ("Seoul-based", "US-Korea" keep
    theirs)?

    >>> from spacy.lang.en import English
    >>> doc = English()("Georgia-Pacific and Seoul-based firms")
    >>> hyphen_named(doc, 0, 1), hyphen_named(doc, 4, 5)
    (True, False)
    """
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return False
    return doc[end + 1].text[:1].isupper() and not doc[start - 1 : start].text.endswith("-")


NAME_LIST_WORDS = 6  # capitalised words at most after the comma of a name's list: "Agriculture, Food and Rural Affairs"


def name_list_end(doc: Doc, comma: int, limit: int) -> int:
    """The comma that ends a name whose "of" list holds commas ("the Ministry of Trade, Industry and
    Energy, South Korea will"): from the comma at doc[comma], past capitalised words with one "and" to the
    next comma, when the word before the first comma is capitalised and follows "of"; else ``comma``.

    >>> from spacy.lang.en import English
    >>> doc = English()("Under a plan by the Ministry of Trade, Industry and Energy, Korea will spend")
    >>> name_list_end(doc, 8, len(doc)), name_list_end(English()("In Seoul, Busan and Jeju, it rose"), 2, 9)
    (12, 2)
    """
    if comma < 2 or not doc[comma - 1].text[:1].isupper() or doc[comma - 2].lower_ != "of":
        return comma
    seen_and = False
    for k in range(comma + 1, min(limit, comma + NAME_LIST_WORDS + 2)):
        word = doc[k].text
        if word == "," and seen_and:
            return k
        if word == "and" and not seen_and:
            seen_and = True
        elif not word[:1].isupper():
            return comma
    return comma


SUFFIX_REACH = 3  # capitalised words at most from a name's start to its company suffix


def suffixed_end(doc: Doc, j: int, suffixes: frozenset[str]) -> int | None:
    """Where capitalised words from token ``j`` end, when they run, within SUFFIX_REACH words, to a
    company suffix of ``suffixes`` ("Manufacturing Corp", "Mead Corp 30-year"), else None.

    >>> from spacy.lang.en import English
    >>> doc = English()("Bally Manufacturing Corp said and Currently the firm")
    >>> suffixed_end(doc, 0, frozenset({"corp"})), suffixed_end(doc, 6, frozenset({"corp"}))
    (3, None)
    """
    for k in range(j, min(len(doc), j + SUFFIX_REACH + 1)):
        if not doc[k].text[:1].isupper():
            return None
        if k > j and doc[k].lower_.rstrip(".") in suffixes:
            return k + 1
    return None


def suffixed_name(doc: Doc, j: int, suffixes: frozenset[str]) -> bool:
    """Do capitalised words from token ``j`` run to a company suffix (``suffixed_end``)?"""
    return suffixed_end(doc, j, suffixes) is not None


@lru_cache(maxsize=1)
def possessive_names() -> frozenset[str]:
    return frozenset(lexicon.load("actors.json")["possessive_names"])


def possessive_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The bounds of the name doc[start:end] with the "'s" after it when that is its own (actors.json
    ``possessive_names``: "Sainsbury's profits down 57%", "McDonald's sales"), without an article
    before it ("The Lloyd's insurance market" is Lloyd's); else (start, end).

    >>> from spacy.lang.en import English
    >>> doc = English()("Sainsbury's profits fell, as did Tesco's.")
    >>> possessive_name(doc, 0, 1), possessive_name(doc, 7, 8)
    ((0, 2), (7, 8))
    >>> possessive_name(English()("The Lloyd's market"), 0, 2)
    (1, 3)
    """
    if end < len(doc) and doc[end].lower_ in ("'s", "’s"):
        first = start + 1 if start < end - 1 and doc[start].lower_ == "the" else start
        if doc[first:end].text + "'s" in possessive_names():
            return first, end + 1
    return start, end


def before_ticker(doc: Doc, k: int) -> int:
    """The token before the newswire ticker that ends at token k ("Chrysler Corp's &lt;C> 1.5 billion
    dlr offer": the "'s"), else k.

    >>> from spacy.lang.en import English
    >>> doc = English()("Chrysler Corp's &lt;C> 1.5 billion dlr offer")
    >>> before_ticker(doc, 5), before_ticker(doc, 2)
    (2, 2)
    """
    if k >= 2 and doc[k].text == ">" and doc[k - 1].text.startswith("lt;") and doc[k - 2].text == "&":
        return k - 3
    return k


ORGANISATION_REACH = 3  # capitalised words after an ordinary opening word up to the end of its name


def opens_organisation(doc: Doc, j: int) -> bool:
    """Does an ordinary word capitalised at doc[j] open an organisation's name: capitalised words
    after it, at most ORGANISATION_REACH, up to one of ``organisation_ends`` ("All Nippon Airways",
    "Gold Fields Ltd"; not "All banks", "Gold climbed")?

    >>> from spacy.lang.en import English
    >>> doc = English()("All Nippon Airways ordered jets. All Japanese banks lent.")
    >>> opens_organisation(doc, 0), opens_organisation(doc, 6)
    (True, False)
    """
    ends = organisation_ends()
    for k in range(j + 1, min(len(doc), j + 1 + ORGANISATION_REACH)):
        if not doc[k].text[:1].isupper():
            return False
        if doc[k].lower_.rstrip(".") in ends:
            return True
    return False


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    return frozenset(lexicon.load("actors.json")["generic_institution_words"])


def place_start(doc: Doc, start: int, last: int) -> int:
    """Where the actor's text starts when the name doc[start:last+1] is an institution's that names no
    one by itself (actors.json ``generic_institution_words``: "Central Bank", "Finance Ministry") after
    a place's possessive: at the place ("Sri Lanka's Central Bank", "Japan's Finance Ministry");
    ``start`` otherwise ("Brazil's Petrobras")."""
    if start < 2 or doc[start - 1].text not in ("'s", "’s"):
        return start
    if not all(doc[k].lower_ in _generic_words() for k in range(start, last + 1)):
        return start
    place = next((sp for sp in doc.spans.get("places", ()) if sp.end == start - 1), None)
    return place.start if place is not None else start


def bracketed_abbreviation(doc: Doc, start: int, end: int) -> bool:
    """Is doc[start:end] an all-capital abbreviation in brackets right after a company's name (one that
    ends in a company suffix), the name's short form and no sector word: "Oil India Ltd (OIL)"? Not a
    grade's or a product's: "West Texas Intermediate (WTI)".

    >>> from spacy.lang.en import English
    >>> doc = English()("Oil India Ltd (OIL) borrowed; West Texas Intermediate (WTI) rose")
    >>> bracketed_abbreviation(doc, 4, 5), bracketed_abbreviation(doc, 12, 13)
    (True, False)
    """
    if start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    return all(t.is_upper for t in doc[start:end]) and doc[start - 2].lower_.rstrip(".") in company_suffixes()
