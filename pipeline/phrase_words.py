"""The words of a noun phrase, read without a parser: closed word classes (prepositions,
determiners, possessive endings), the ``Phrase`` that ``phrases.PhraseReader`` returns, and the small
readers it and ``actors`` share (a capitalised word, a calendar word, the next word, lower-case text
by index)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import LOWER
from spacy.tokens import Doc

from . import lexicon
from .names import company_suffixes, organisation_ends

PREPOSITIONS = frozenset(
    (
        "in for to at on with by from as after before over under about than since into through against among"
        " during per via which who whose that when while if because including between like except"
    ).split()
)
ARTICLES = frozenset({"the", "a", "an"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
DETERMINERS = ARTICLES | {"its", "their", "his", "her", "our"} | DEMONSTRATIVES
UNENDED = DETERMINERS | {"-"}  # before these a phrase ender goes on the phrase: "a previously unknown", "start-up"
QUOTES = frozenset({'"', "'", "“", "”", "‘", "’", "(", "-", "--", "—", "–", "&", ">", "<"})
LEADING = frozenset({"and", "but", "or", "so", "yet", "of", "then", "also", "currently", "only"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
MAX_PHRASE = 25  # tokens: a subject is read no further (an earnings table is one long "phrase")
OWNERS = frozenset({"its", "their", "his", "her", "our"})


@dataclass
class Phrase:
    """A noun phrase: ``what`` is "actor", "pronoun" or "none"; the actor's tokens [start, end); the
    phrase's tokens [first, last) (possessor and descriptors included), where its country is read."""

    what: str
    start: int = 0
    end: int = 0
    first: int = 0
    last: int = 0


@lru_cache(maxsize=1)
def actors_lexicon() -> dict:
    return lexicon.load("actors.json")


@lru_cache(maxsize=1)
def descriptor_endings() -> tuple[str, ...]:
    """How a lower-case word that describes the name after it ends: actors.json ``descriptor_endings``
    ("shipbuilders Hanwha Ocean", "Insurer Aviva", ", operator Camelot said")."""
    return tuple(actors_lexicon()["descriptor_endings"])


@lru_cache(maxsize=1)
def descriptor_heads() -> frozenset[str]:
    """Heads that describe the name after them when they open a phrase ("Chipmaker SK hynix", "Retailer
    Tesco", "Brewer Greene King"): actors.json ``actor_heads`` and the trade nouns of sector_heads.json
    ``trade_descriptors`` that end as a maker or a doer does ("-maker", "-er", ``descriptor_endings``)."""
    endings = ("maker", "er", *descriptor_endings())
    trades = lexicon.load("sector_heads.json")["trade_descriptors"]["nouns"]
    return frozenset(w for w in (*actors_lexicon()["actor_heads"], *trades) if w.endswith(endings))


def is_descriptor(doc: Doc, i: int) -> bool:
    """Is doc[i] a lower-case descriptor of a name ("operator" of "operator Camelot")?"""
    return doc[i].is_lower and doc[i].lower_.endswith(descriptor_endings())


def capitalised(text: str) -> bool:
    text = text.removeprefix("lt;")  # newswire's "&lt;Victory Markets Inc>"
    return text[:1].isupper() or (len(text) > 1 and text[0].isdigit() is False and text.isupper())


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Lower-case English weekday and month names (CLDR, through babel) and the relative days: words
    that name no actor ("Friday the country's surplus ...", "May ... 2.72-3/4 dlrs"). Not the
    abbreviated weekdays, which news writes as names or words ("Hong Kong developer Sun Hung Kai
    Properties", "Sat")."""
    from babel.dates import get_day_names, get_month_names

    days = {name.lower() for name in get_day_names("wide", locale="en").values()}
    months = {name.lower() for name in get_month_names("wide", locale="en").values()}
    return frozenset(days | months | {"yesterday", "today", "tomorrow", "tonight"})


@lru_cache(maxsize=1)
def month_words() -> frozenset[str]:
    """years.json ``months``, lower-case, with their short forms ("sept", "dec"): a number after one
    is a day ("on March 24"), and a capitalised one no name ("Cotton for May delivery")."""
    return frozenset(lexicon.load("years.json")["months"])


def opens_participle(doc: Doc, j: int) -> bool:
    """Is doc[j] a participle opening a fronted clause: followed by a preposition or a comma ("Asked
    about", "Based in", "Pressed by the committee,")?"""
    word = doc[j].lower_
    if word.endswith("ing") and j + 1 < len(doc) and doc[j + 1].is_lower:
        return True  # "Starting next year, ...", "Excluding one-off items, ..."
    return j + 1 < len(doc) and (doc[j + 1].lower_ in PREPOSITIONS or doc[j + 1].text in (",", "to"))


YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")  # a calendar year, not "five" nor "first"
GLUED_MONEY = re.compile(r"[A-Z][A-Za-z]{0,3}\$?\d[\d.,]*(?:bn|mn|m|k|tn|cr)")  # "Rs230bn", "Dh20m"
GLUED_LABEL = re.compile(r"[A-Za-z]+:\d[\d.,]*")  # "NOTE:1986": a note's label glued to its year


def never_name(text: str, never_names: frozenset[str]) -> bool:
    """Is the capitalised token ``text`` never a word of a name: one of actors.json ``never_names``
    ("GMT", "Christmas", a table's "Shr", the money supply's "M-1"), an amount glued to its currency's
    letters ("valued at Rs230bn ($5.2bn)"), or a label glued to a year ("NOTE:1986 net includes")?

    >>> [never_name(t, frozenset({"GMT"})) for t in ("GMT", "Rs230bn", "Dh20m", "A380", "Tata", "NOTE:1986")]
    [True, True, True, False, False, True]
    """
    if text in never_names:
        return True
    return GLUED_MONEY.fullmatch(text) is not None or (":" in text and GLUED_LABEL.fullmatch(text) is not None)


@lru_cache(maxsize=4)
def _word_runs(never_names: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each word of the entries of several words -> those entries, split: one lookup a token."""
    runs = [tuple(e.split()) for e in never_names if " " in e]
    return {w: tuple(run for run in runs if w in run) for run in runs for w in run}


def never_name_at(doc: Doc, k: int, never_names: frozenset[str]) -> bool:
    """``never_name`` for doc[k], or is doc[k] a word of an entry of several words that stands there
    whole ("New Year", "West Texas Sour": a crude grade, no seller)?

    >>> from spacy.lang.en import English
    >>> doc = English()("The price of West Texas Sour rose, West Texas said; West Texas\\nSour")
    >>> names = frozenset({"GMT", "West Texas Sour"})
    >>> [never_name_at(doc, k, names) for k in (3, 5, 8, 15)]
    [True, True, False, True]
    """
    if never_name(doc[k].text, never_names):
        return True
    runs = _word_runs(never_names).get(doc[k].text, ())
    if not runs:
        return False
    reach = max(map(len, runs))  # the words around k, past line breaks ("Light Louisiana Sweet\nNorth")
    words = [t.i for t in doc[max(0, k - 2 * reach) : k + 2 * reach + 1] if not t.is_space]
    at = words.index(k)
    for run in runs:
        for i, word in enumerate(run):
            first = at - i
            if word == doc[k].text and first >= 0 and first + len(run) <= len(words):
                if all(doc[words[first + n]].text == run[n] for n in range(len(run))):
                    return True
    return False


@lru_cache(maxsize=1)
def irregular_participles() -> frozenset[str]:
    """Past participles that do not end in "-ed" ("bought", "hit"): actors.json ``irregular_participles``."""
    return frozenset(actors_lexicon()["irregular_participles"])


def participle_opener(doc: Doc, j: int) -> bool:
    """Is doc[j] shaped as a participle (in -ed or -ing, or an irregular one: "bought") that opens a
    fronted clause (``opens_participle``: "Asked about it,", "Bought for £410m by X,")?"""
    word = doc[j].lower_
    return (word.endswith(("ed", "ing")) or word in irregular_participles()) and opens_participle(doc, j)


PARTICIPLE_OBJECTS = frozenset({"that", "the", "a", "an", "its", "their", "his", "her"})


def fronted_participle(doc: Doc, j: int) -> bool:
    """Is the capitalised first word doc[j] a participle that opens a fronted clause, not a name: one
    in -ed or irregular before a preposition or a comma (``opens_participle``: "Asked about", "Based
    in", "Bought for"), or one in -ing before "that" or a determiner ("Suggesting that the total cost
    ..., Cross said"; not "Boeing said", "Boeing to buy")?

    >>> from spacy.lang.en import English
    >>> doc = English()("Suggesting that it would. Boeing said. Asked about it. Federated has. Bought for")
    >>> [fronted_participle(doc, i) for i in (0, 5, 8, 12, 15)]
    [True, False, True, False, True]
    """
    word = doc[j].lower_
    if word.endswith("ed") or word in irregular_participles():  # "Bought for £410m by X two years ago,"
        return opens_participle(doc, j)
    return word.endswith("ing") and j + 1 < len(doc) and doc[j + 1].lower_ in PARTICIPLE_OBJECTS


ENTITIES = ("lt;", "gt;", "amp;", "quot;")  # what follows "&" in an escaped HTML entity


def next_word(doc: Doc, i: int) -> int:
    """The first token at or after i that is not whitespace."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


class _Lower:
    """doc[i].lower_ for every i, from one array of the Doc's LOWER hashes (no Token objects)."""

    def __init__(self, doc: Doc):
        self.hashes = doc.to_array(LOWER).tolist()
        self.strings = doc.vocab.strings

    def __getitem__(self, i: int) -> str:
        return self.strings[self.hashes[i]]

    def positions(self, words) -> list[int]:
        """The indices of the tokens whose lower-case text is one of ``words``, in order (by hash:
        one pass over the Doc without a string per token)."""
        wanted = {self.strings.add(w) for w in words}
        return [i for i, h in enumerate(self.hashes) if h in wanted]


@lru_cache(maxsize=1)
def _name_money_verbs() -> frozenset[str]:
    return frozenset(actors_lexicon()["name_money_verbs"])


def bare_verb(low: str, after, money_verbs: frozenset[str]) -> bool:
    """Is a lower-case word right after a name a verb, by its form and the token ``after`` it?
    In -ing before a non-word, a determiner or "to" ("Nasdaq planning $100m share sale", "Exel
    buying a rival"; not "US gaming consortium"); one of ``money_verbs`` in -s (the kinds' verbs:
    "pledges", "buys") before a number, a currency symbol or an article, as a headline's present
    tense ("UK pledges £1bn", "Diageo buys US wine firm", "UK pledges about £1bn"; not a table row's
    "Consumer goods 25 mln").

    >>> from spacy.lang.en import English
    >>> doc = English()("UK pledges £1bn; Consumer goods 25 mln; Exel buying a rival")
    >>> bare_verb("pledges", doc[2], frozenset({"pledges"})), bare_verb("goods", doc[7], frozenset({"pledges"}))
    (True, False)
    >>> bare_verb("buying", doc[12], frozenset())
    True

    A verb of actors.json ``name_money_verbs`` only before a currency sign or an article:

    >>> doc = English()("Bliss Day charges $45; Extraordinary charges 6.8 mln")
    >>> bare_verb("charges", doc[3], frozenset()), bare_verb("charges", doc[8], frozenset())
    (True, False)
    """
    if low.endswith("ing"):
        return not after.text[:1].isalpha() or after.lower_ in DETERMINERS or after.lower_ == "to"
    if low in _name_money_verbs():  # "Bliss Day charges $4,500"; not a row's "Extraordinary charges 6.8 mln"
        return after.is_currency or after.lower_ in ("a", "an", "the")
    opens = (
        after.like_num or after.is_currency or after.lower_ in ("a", "an", "the") or after.lower_ in qualifier_openers()
    )
    return low in money_verbs and opens  # "UK pledges about £1bn"


@lru_cache(maxsize=1)
def qualifier_openers() -> frozenset[str]:
    """The first words of the qualifiers written before an amount (qualifiers.json "mention" forms:
    "about", "more", "nearly"), but not a preposition that opens only longer ones ("in excess of",
    "at least"): "Shell invests in" says nothing of an amount."""
    data = lexicon.load("qualifiers.json")
    forms = [f.lower().split() for entry in data.values() if isinstance(entry, dict) for f in entry["mention"]]
    alone = {f[0] for f in forms if len(f) == 1}
    return frozenset(f[0] for f in forms if f[0] in alone or f[0] not in PREPOSITIONS)


RESULT_MODIFIERS = 3  # words at most between a name and the result noun it owns: "Shell 2004 net profit"


@lru_cache(maxsize=1)
def country_adjectives() -> frozenset[str]:
    """Country adjectives of countries.json, not those that are also a people's plural ("the Germans"
    names a people), and "Korean"."""
    adjectives = set()
    for entry in lexicon.load("countries.json")["countries"].values():
        adjectives.update(entry.get("adjectives", []))
    return frozenset({a for a in adjectives if not (a.endswith("s") and a[:-1] in adjectives)} | {"Korean"})


def labels(tok, opens_phrase: bool, label_nouns: frozenset[str], triggers: frozenset[str]) -> bool:
    """Does the word ``tok``, right before a colon, label what follows rather than name someone?
    A label noun or a trigger noun does ("NOTE:", "Analysis:", "Revs:"); so does any word that opens
    a phrase inside a sentence, or is in capitals there ("AstraZeneca's Exanta:", "To Ashley, of
    Swindon:"); a sentence's first word otherwise names ("Heineken: first-half net profit 285m euros").

    >>> from spacy.lang.en import English
    >>> doc = English()("Heineken: profit. NOTE: gain")
    >>> nouns = frozenset({"note"})
    >>> labels(doc[0], True, nouns, frozenset()), labels(doc[4], True, nouns, frozenset())
    (False, True)
    """
    if tok.lower_ in label_nouns or tok.lower_ in triggers:
        return True
    return not tok.is_sent_start and (opens_phrase or tok.is_upper)


@lru_cache(maxsize=1)
def period_codes() -> frozenset[str]:
    """Codes of periods as written ("Q3", "H1"; years.json ``named_periods/period_codes``)."""
    return frozenset(lexicon.load("years.json")["named_periods"]["period_codes"])


def past_result_modifiers(doc: Doc, k: int, first: int) -> int:
    """The word before the modifiers of a result noun that end at token ``k``: a year, a hyphened
    period ("fourth-quarter", "pre-tax") or a word of actors.json ``result_modifiers`` ("net",
    "annual", a period's code: "Q3"), at most RESULT_MODIFIERS of them and not before ``first``. A
    headline writes the owner right before them, with no possessive: "Shell 2004 net profit: $18.5bn",
    "eBay fourth-quarter revenue: $935.8m", "Ryanair Q3 net profit up 20%". Else ``k``.

    >>> from spacy.lang.en import English
    >>> doc = English()("Shell 2004 net profit and eBay fourth-quarter revenue and Ryanair Q3 net profit")
    >>> past_result_modifiers(doc, 2, 0), past_result_modifiers(doc, 8, 0), past_result_modifiers(doc, 4, 0)
    (0, 5, 4)
    >>> past_result_modifiers(doc, 13, 0)
    11
    """
    words, j = actors_lexicon()["result_modifiers"], k
    while j > first and k - j < RESULT_MODIFIERS * 3:
        tok = doc[j]
        hyphened = (j + 1 < len(doc) and doc[j + 1].text == "-") or doc[j - 1].text == "-"
        # not "Sears Merchandise Group sales"; a period's code as written: "Ryanair Q3 net profit"
        modifier = tok.lower_ in words and (tok.is_lower or tok.is_sent_start or tok.text in period_codes())
        if not (modifier or (tok.is_digit and len(tok) == 4) or tok.text == "-" or (tok.is_lower and hyphened)):
            break
        j -= 1
    return j if j < k else k


PLAN_NOUNS = frozenset({"plan", "plans"})  # a verb too: "Samsung plans to invest"


def plan_noun(doc: Doc, j: int) -> bool:
    """Is doc[j], "plan" or "plans", the head noun of a phrase ("Gyeongnam's 2023-2027 nuclear supply
    chain plan calls for", "the 2021-2025 plan includes", "The investment plan of Korea Water Resources
    Corp.") rather than a verb ("Samsung plans to invest", "the government plans gross tax cuts")? A noun
    when a lower-case word or a figure stands before it and "of" or a verb of actors.json
    ``plan_noun_verbs`` follows.

    >>> from spacy.lang.en import English
    >>> doc = English()("Gyeongnam's supply chain plan calls for X. Samsung plans to buy. The firm plans big cuts.")
    >>> plan_noun(doc, 4), plan_noun(doc, 10), plan_noun(doc, 16)
    (True, False, False)
    >>> plan_noun(English()("the investment plan of Kepco"), 2)
    True
    """
    if doc[j].lower_ not in PLAN_NOUNS or j == 0 or j + 1 >= len(doc):
        return False
    before, after = doc[j - 1], doc[j + 1]
    return (before.is_lower or before.like_num) and (after.lower_ == "of" or after.lower_ in _plan_noun_verbs())


@lru_cache(maxsize=1)
def _plan_noun_verbs() -> frozenset[str]:
    return frozenset(actors_lexicon()["plan_noun_verbs"])


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return frozenset(actors_lexicon()["role_nouns"])  # "chairman", "executive", "boss"


def named_verb(doc: Doc, j: int, verbs: frozenset[str]) -> bool:
    """Is doc[j], a word of ``verbs`` written in title case, part of the name before it, with a
    lower-case verb of ``verbs`` after it ("Stuart Rose could receive", "Marks & Spencer chief Stuart
    Rose will earn", the company "American Can"), or a comma and a lower-case word, an apposition
    ("Sir John Rose, chief executive of Rolls-Royce, received")? "Sales Rose To £1m", a title-case
    headline, and "The U.S. Has said" keep their verbs. So is one right after a role noun of
    actors.json ``role_nouns`` and before another capitalised word ("chief executive Rose Marie Bravo").

    >>> from spacy.lang.en import English
    >>> doc = English()("Stuart Rose could receive it. Sales Rose To records. John Rose, chief executive")
    >>> verbs = frozenset({"rose", "could", "to"})
    >>> named_verb(doc, 1, verbs), named_verb(doc, 7, verbs), named_verb(doc, 12, verbs)
    (True, False, True)
    >>> named_verb(English()("Kakao Pay Corp. said"), 1, frozenset({"pay"}))
    True
    >>> named_verb(English()("chief executive Rose Marie Bravo was paid"), 2, verbs)
    True
    """
    if 0 < j < len(doc) - 1 and doc[j].is_title and doc[j + 1].is_title and doc[j - 1].lower_ in _roles():
        return True  # "Burberry chief executive Rose Marie Bravo was paid": a role's name
    if not (doc[j].is_title and 0 < j < len(doc) - 1 and doc[j - 1].is_title and not doc[j - 1].text.endswith(".")):
        return False  # "The U.S. Has said": a capital after an abbreviation's stop, as after a sentence's
    if doc[j + 1].text == "," and j + 2 < len(doc) and doc[j + 2].is_lower:
        return True  # "John Rose, chief executive of Rolls-Royce, received": a name before its apposition
    if doc[j + 1].is_title and doc[j + 1].lower_.rstrip(".") in company_suffixes():
        return True  # "Kakao Pay Corp.", "American Can Co": a company's name goes on to its suffix
    return doc[j + 1].is_lower and doc[j + 1].lower_ in verbs


def after_title(doc: Doc, start: int, last: int, titles: list[tuple[str, ...]]) -> int:
    """The name after the last title in doc[start:last+1]: "President Moon Jae-in" -> "Moon
    Jae-in", "Hyundai Motor Group Executive Chair Chung Eui-sun" -> "Chung Eui-sun"; not in a
    company's name ("King World Productions Inc", "Premier Travel Inn"). ``titles``: token tuples."""
    if doc[last].lower_.rstrip(".") in organisation_ends():
        return start
    found = start
    for k in range(start, last):
        for title in titles:
            n = len(title)
            if k + n <= last and tuple(t.text for t in doc[k : k + n]) == title:
                found = max(found, k + n)
    return found


def unmodified_head(doc: Doc, words: list[int], modified_heads: frozenset[str]) -> bool:
    """Is the phrase's last word (``words``: its token indices) a head of ``modified_heads`` with
    nothing but a determiner, or nothing, before it? "the trading house" and "chip design houses" are
    organisations; "the price of a house" names none.

    >>> from spacy.lang.en import English
    >>> doc = English()("the trading house a house")
    >>> unmodified_head(doc, [0, 1, 2], frozenset({"house"})), unmodified_head(doc, [3, 4], frozenset({"house"}))
    (False, True)
    """
    last = words[-1]
    if doc[last].lower_ not in modified_heads:
        return False
    return len(words) == 1 or doc[words[-2]].lower_ in DETERMINERS


def opens_descriptor(doc: Doc, start: int, end: int) -> bool:
    """Is doc[start:end] a descriptor: a word and the lower-case words after it (up to two past the
    span), the last ending as actors.json ``descriptor_endings`` ("Insurer", "Drinks group")?

    >>> from spacy.lang.en import English
    >>> doc = English()("Drinks group Diageo and Steel Authority")
    >>> opens_descriptor(doc, 0, 2), opens_descriptor(doc, 0, 1), opens_descriptor(doc, 4, 5)
    (True, True, False)
    >>> opens_descriptor(English()("Low-cost carrier Ryanair"), 0, 4)
    True
    """
    last = end  # the span may be a modifier whose head follows it: "Drinks" of "Drinks group"
    while last < len(doc) and last - end < 2 and _lower_word(doc[last]):
        last += 1
    rest = doc[start + 1 : end]  # a hyphenated modifier is one word: "Low-cost carrier", "State-run lender"
    return all(_lower_word(t) for t in rest) and doc[last - 1].lower_.endswith(descriptor_endings())


def _lower_word(token) -> bool:
    """A lower-case word, or the hyphen inside one ("low-cost")."""
    return token.is_lower or (token.text == "-" and not token.whitespace_)


def of_list_end(
    doc: Doc, j: int, limit: int, is_name: Callable[[Doc, int, int], bool], is_verb: Callable[[Doc, int], bool]
) -> int | None:
    """Where a list of names that goes on a name with "of" ends: from the comma at j, ", Name" parts
    and a last "and Name" ("Ministry of Trade, Industry and Energy"); None otherwise. ``is_name`` and
    ``is_verb`` are the phrase reader's (``PhraseReader.is_name``, ``PhraseReader.is_verb``)."""
    k = j
    while k + 1 < limit and doc[k].lower_ in (",", "and") and is_name(doc, k + 1, -1):
        last = doc[k].lower_ == "and"
        k += 1
        while k < limit and is_name(doc, k, -1) and not is_verb(doc, k):
            k += 1
        if last:
            return k
    return None


PERIOD_LEADS = frozenset({"for", "in", "over", "during"})  # "for the six months to June"
PERIOD_ENDS = frozenset({"to", "ended", "ending", "through"})
PERIOD_MODIFIERS = frozenset({"the", "a", "its", "first", "second", "third", "fourth", "full", "fiscal", "latest"})
PERIOD_WORDS = 4  # words at most before the period's unit: "for the first six months"


@lru_cache(maxsize=1)
def _period_units() -> frozenset[str]:
    """actors.json ``time_units`` and their plurals ("months"), read once."""
    return frozenset(u for w in actors_lexicon()["time_units"] for u in (w, w + "s"))


def past_period(doc: Doc, k: int, limit: int) -> int:
    """The token after a results period that opens at token ``k`` ("for the six months to June", "in
    the year to April 2004", "for the nine months ended Sept 30", "for the year"), else ``k``: a
    lead of PERIOD_LEADS, modifiers or numbers, a unit of actors.json ``time_units`` (or its plural),
    then maybe an end of PERIOD_ENDS and its calendar words and figures.

    >>> from spacy.lang.en import English
    >>> doc = English()("£6.2m for the six months to June at X; £5m for a new plant")
    >>> past_period(doc, 3, len(doc)), past_period(doc, 15, len(doc))
    (9, 15)
    """
    if k >= limit or doc[k].lower_ not in PERIOD_LEADS:
        return k
    units = _period_units()
    j = k + 1
    while j < limit and j - k <= PERIOD_WORDS and doc[j].lower_ not in units:
        if not (doc[j].lower_ in PERIOD_MODIFIERS or doc[j].like_num):
            return k
        j += 1
    if j >= limit or doc[j].lower_ not in units:
        return k
    j += 1
    if j < limit and doc[j].lower_ in PERIOD_ENDS:
        j += 1
        while j < limit and (doc[j].lower_.rstrip(".") in calendar_words() or doc[j].like_num):
            j += 1
    return j
