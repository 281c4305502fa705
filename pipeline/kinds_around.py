"""What the words around an amount say about its kind, for ``kinds`` (what the amounts around it
say is ``kinds_neighbours``): triggers that are only part of a hyphenated compound ("trade-in
subsidies"), hyphenated bridges ("on-year"), the shares whose price moves ("Bombardier shares lost
65 cents") and the units that make a per-unit amount a price ("a share", "per barrel").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from . import lexicon
from .kinds_heads import DETERMINERS, clause_after_comma, glued_hyphen, modified_compound, modifier_compound
from .names import hyphen_named
from .phrase_words import PREPOSITIONS, calendar_words, next_word


def only_determiners(doc: Doc, start: int, end: int) -> bool:
    """Do only whitespace and determiners stand in doc[start:end] (between "offer" and the amount in
    "offer a £500 grant", where the grant after the amount decides)?"""
    return all(w.is_space or w.lower_ in DETERMINERS for w in doc[start:end])


def trigger_words(doc: Doc, start: int, end: int) -> str:
    """The words of doc[start:end], lower-cased, one space between them: how a trigger is looked up in
    a lexicon list ("Net\nprofit" -> "net profit")."""
    return " ".join(doc[start:end].text.lower().split())


def no_trigger(doc: Doc, start: int, end: int, where: str) -> bool:
    """Is the trigger match doc[start:end] no trigger: a part of a compound modifier ("trade-in
    subsidies", "low-cost loans"), or a verb in -ed used as an adjective ("to advanced biotech")?"""
    return (
        modifier_compound(doc, end)
        or (end - start == 1 and modified_compound(doc, start))
        or (where == "verbs" and participle_adjective(doc, start, end))
        or (where == "verbs" and end - start == 1 and doc[start].lower_.endswith("ed") and glued_hyphen(doc, start))
    )  # "UK-issued cards", "state-funded schools": a participle in a compound modifier


@lru_cache(maxsize=1)
def _descriptor_triggers() -> tuple[frozenset[str], frozenset[str]]:
    """kinds.json ``descriptor_triggers``, and the words before one that no modifier is: determiners,
    and a verb's ``auxiliaries``, modal verbs and subject pronouns."""
    data = lexicon.load("kinds.json")
    pronouns = ("we", "they", "i", "you", "he", "she", "it", "which", "who", "that")
    modals = ("can", "could", "may", "might", "must", "shall", "should", "did", "does", "do", "would", "will")
    return frozenset(data["descriptor_triggers"]), DETERMINERS | frozenset((*data["auxiliaries"], *pronouns, *modals))


def describes_name(doc: Doc, t) -> bool:
    """Is the trigger a noun of kinds.json ``descriptor_triggers`` that, after a lower-case modifier,
    describes the capitalised name right after it ("bought by investment fund Kestrel Partners for
    42bn yen": a buyer's trade, which decides only when no other word does, as in "Polish state fund
    PFR Ventures will back start-ups with 1.5 billion zloty"; not "the fund Tuesday")?

    >>> from spacy.lang.en import English
    >>> from types import SimpleNamespace as T
    >>> doc = English()("bought by investment fund Kestrel Partners for cash, the fund said; agreed to fund Yahoo")
    >>> [describes_name(doc, T(start=k, end=k + 1)) for k in (2, 3, 10, 15)]
    [True, True, False, False]
    """
    words, leads = _descriptor_triggers()
    last = t.end - 1 if doc[t.end - 1].lower_ in words else t.end  # or a modifier of one: "investment fund X"
    if t.start == 0 or last + 1 >= len(doc) or doc[last].lower_ not in words:
        return False
    before, after = doc[t.start - 1], doc[last + 1]
    named = after.text[:1].isupper() and after.is_alpha and after.lower_ not in calendar_words()
    # not a verb's lead ("agreed to fund Yahoo", "they fund Yahoo"): only a modifier before it
    return before.is_lower and before.is_alpha and before.lower_ not in leads and named


def in_name(doc: Doc, t) -> bool:
    """Is the trigger a word of a capitalised name ("European Investment Bank", "Korean New Deal",
    "Seven & i Holdings", "the Securities and Exchange Commission", "the Export-Import Bank")?"""
    if not doc[t.start].text[:1].isupper():
        return False
    before = doc[t.start - 1] if t.start > 0 else None
    after = doc[t.end] if t.end < len(doc) else None

    def cap(tok) -> bool:  # a sentence's first word only as an acronym: "POSCO Holdings"
        return tok is not None and tok.text[:1].isupper() and (not tok.is_sent_start or (tok.is_upper and len(tok) > 1))

    def joined(at: int, step: int) -> bool:  # "Securities and Exchange": capitalised words joined by "and"
        return 0 <= at + 2 * step < len(doc) and doc[at + step].lower_ == "and" and cap(doc[at + 2 * step])

    return (
        cap(before)
        or cap(after)
        or joined(t.end - 1, 1)
        or joined(t.start, -1)
        or (before is not None and before.lower_ == "of" and t.start >= 2 and doc[t.start - 2].text[:1].isupper())
        or any(w.text == "&" for w in doc[max(0, t.start - 2) : t.start])  # "Seven & i Holdings", "Marks & Spencer"
        or hyphen_named(doc, t.start, t.end)  # "the Export-Import Bank of Korea"
        or (  # "Teachers' Pension": a capitalised word after a one-word name's plural possessive
            before is not None
            and before.text in ("'", "’")
            and t.start >= 2
            and cap(doc[t.start - 2])
            and not (t.start >= 3 and cap(doc[t.start - 3]))  # not "The Public Corporations' Borrowing"
            and not doc[t.start].is_sent_start
        )
    )


def gapped(doc: Doc, prev_end: int, start: int) -> bool:
    """Is the amount at token ``start`` the object of a clause whose verb is gapped: "and", then a
    capitalised name of up to four words right before it ("Germany will pay 2.9 billion euros in aid to
    A and France 1.1 billion euros to B"), after the amount that ends at ``prev_end``? It shares that
    amount's verb, so its kind.

    >>> from spacy.lang.en import English
    >>> doc = English()("Bonn pays 5 bln in aid to A and France 2 bln to B and 3 bln to C")
    >>> gapped(doc, 4, 10), gapped(doc, 12, 15)
    (True, False)
    """
    words = [t for t in doc[max(prev_end, start - 6) : start] if not t.is_space]
    names = 0
    while names < min(len(words), 4) and words[-1 - names].text[:1].isupper():
        names += 1
    return names > 0 and len(words) > names and words[-1 - names].lower_ == "and"


_OBJECT_OPENERS = frozenset(["its", "their", "the", "a", "an", "his", "her", "our", "up", "down", "off", "out"])


def purpose_between(doc: Doc, start: int, end: int) -> bool:
    """Does an infinitive of purpose open in doc[start:end], after an amount ("sell an office tower
    for 850 billion won to reduce its debt")? Its nouns say what the money is for, not what it is.
    The infinitive is "to", a lower-case word not in -s and an object's opener after it, so that a
    recipient ("2 trillion won to banks") opens none.

    >>> from spacy.lang.en import English
    >>> doc = English()("for 5 won to reduce its debt and 2 won to banks for loans")
    >>> purpose_between(doc, 3, 7), purpose_between(doc, 10, 14)
    (True, False)
    """
    for i in range(start, min(end, len(doc) - 2)):
        verb = doc[i + 1]
        if (
            doc[i].lower_ == "to"
            and verb.is_lower
            and verb.is_alpha
            and not verb.lower_.endswith("s")
            and doc[i + 2].lower_ in _OBJECT_OPENERS
        ):
            return True
    return False


SUBORDINATORS = frozenset({"while", "whereas", "whilst"})


def noun_elsewhere(doc: Doc, start: int, end: int) -> bool:
    """Does a noun after an amount stand beyond an infinitive of purpose (``purpose_between``) or a
    subordinator that opens another clause ("rose to 7.96 billion dlrs while expenditures grew to")?
    It names what the money is for or another figure, not what this money is.

    >>> from spacy.lang.en import English
    >>> doc = English()("rose to 7 dlrs while expenditures grew and 5 dlrs in expenditures")
    >>> noun_elsewhere(doc, 4, 6), noun_elsewhere(doc, 10, 12)
    (True, False)
    """
    return purpose_between(doc, start, end) or any(w.lower_ in SUBORDINATORS for w in doc[start:end])


@lru_cache(maxsize=1)
def base_leads() -> frozenset[str]:
    """clauses.json ``companions`` ``base_leads``: the words that open the base a figure was earned
    on ("on sales of", "with operating income of")."""
    return frozenset(lexicon.load("clauses.json")["companions"]["base_leads"])


def not_elsewhere(doc: Doc, named: list, a_far: int, next_start: int, firm_before) -> list:
    """The triggers of ``named`` but the nouns that name something other than the amount ending at
    ``a_far`` (all of them if that leaves none): beyond a purpose or a subordinator
    (``noun_elsewhere``), or in the base the next amount (at ``next_start``) gives, opened by one of
    ``base_leads`` right after this amount and firmly before that one (``firm_before``: "net profit
    ... rose to 132 billion won on sales of 1.2 trillion won": "sales" is the second one's)."""

    def elsewhere(t) -> bool:
        if noun_elsewhere(doc, a_far, t.start):
            return True
        if not (a_far <= t.start and t.end <= next_start < len(doc)):
            return False
        lead = next_word(doc, a_far)
        return lead < t.start and doc[lead].lower_ in base_leads() and firm_before(doc, t, next_start)

    return [t for t in named if t.where != "nouns" or not elsewhere(t)] or named


REACH = 24  # tokens between a trigger and its amount beyond which neither decides the other (any gap
# that could decide is far shorter); a bound that keeps a clause of thousands of amounts linear
HEAD_GAP = 3  # modifiers at most between an amount and the noun it modifies


_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z]+&[A-Z]+")


def dotted(word: str) -> bool:
    """Is ``word`` an abbreviation written with full stops ("U.S.", "U.K.") or an ampersand ("R&D",
    "M&A"), a word like any other?

    >>> dotted("U.S."), dotted("U.S"), dotted("Inc."), dotted("R&D"), dotted("&")
    (True, False, False, True, False)
    """
    return _DOTTED.fullmatch(word) is not None


def quantified_noun(doc: Doc, start: int, a_end: int, link_words: list, stops: frozenset, end: int = -1) -> bool:
    """Is the noun at token ``start`` (ending at ``end``, when given) the one that the amount ending at
    ``a_end`` (past a rate: "a year") modifies or quantifies: after a link word ("$1.2bn in grants", "3
    trillion won worth of state bonds") and at most two modifiers, or after at most ``HEAD_GAP``
    modifiers with no word of ``stops`` and no clause after a comma between? Not a noun that labels
    the next amount of a list: "profit £124m, interim dividend 2.65p a share".

    >>> from spacy.lang.en import English
    >>> doc = English()("paid $5 million in grants and 3 mln dlrs for mis-selling funds")
    >>> quantified_noun(doc, 5, 4, [("in",)], frozenset()), quantified_noun(doc, 14, 10, [("for",)], frozenset())
    (True, False)
    >>> doc = English()("including 677.9 billion won in U.S. production tax credits")
    >>> quantified_noun(doc, 7, 4, [("in",)], frozenset())
    True
    >>> doc = English()("sold 4.8 bln francs' worth of bills")
    >>> quantified_noun(doc, 7, 4, [("worth", "of")], frozenset())
    True
    >>> doc = English()("41 cts a share after-tax loss; 41 cts after the loss")
    >>> quantified_noun(doc, 7, 4, [], frozenset({"after"})), quantified_noun(doc, 12, 10, [], frozenset({"after"}))
    (True, False)
    """
    if start - a_end > REACH:
        return False
    gap = [w for w in doc[a_end:start] if not w.is_space]
    if gap and gap[0].text in ("'", "’") and len(gap) > 1 and gap[1].lower_ == "worth":
        gap = gap[1:]  # a plural's possessive: "4.84 billion francs' worth of bills"
    words = [w.lower_ for w in gap]
    for link in link_words:
        if tuple(words[: len(link)]) == link:
            rest = without_rate(gap[len(link) :])
            rest = without_owner(rest) if link == ("of",) else rest  # "of South Korea's exports", not "in India's IPO"
            rest = [w for w in rest if w.lower_ not in DETERMINERS and w.text != "-"]
            hyphened = {w.i for w in rest if doc[w.i - 1].text == "-" and not doc[w.i - 1].whitespace_}  # "trade-in"
            glued = len(hyphened)
            gerund = link == ("for",) and any(w.lower_.endswith("ing") for w in rest)  # "for mis-selling funds"
            tenor = {
                w.i
                for w in rest
                if link == ("of",) and w.like_num and w.i + 2 < len(doc) and glued_hyphen(doc, w.i + 2)
            }
            plain = all(w.is_alpha or w.i in tenor or dotted(w.text) for w in rest)  # "of 10-year notes", "in U.S. tax"
            phrase = any(w.lower_ in PREPOSITIONS and w.i not in hyphened for w in rest)  # "in X under a programme"
            return len(rest) - glued - len(tenor) <= 2 and plain and not gerund and not phrase
    return (
        len(gap) <= HEAD_GAP + 2
        and not ("," in words and 0 <= end < len(doc) and (doc[end].text[:1].isdigit() or doc[end].is_currency))
        and not any(w.lower_ in stops and not glued_hyphen(doc, w.i + 2) for w in gap)  # "after-tax loss" goes on
        and all(w.is_alpha or w.text in {"-", ","} or w.like_num or dotted(w.text) for w in gap)
        and len([w for w in gap if w.is_alpha or dotted(w.text)]) <= HEAD_GAP
        and not clause_after_comma(gap)
    )


ADJECTIVE_LEADS = frozenset({"to", "on", "in", "into", "with"})  # no finite verb follows one
PERCENT_WORDS = frozenset({"pct", "percent", "per", "cent", "%"})


OWNER_WORDS = 4  # words at most of an owner's possessive before a noun: "of South Korea's November exports"


def without_owner(words: list) -> list:
    """``words`` without a leading possessive owner of a few words ("South Korea's", "the country's"):
    "US$12.5 billion of South Korea's November exports" quantifies exports.

    >>> from spacy.lang.en import English
    >>> [w.text for w in without_owner(list(English()("South Korea's November exports")))]
    ['November', 'exports']
    """
    k = next((k for k, w in enumerate(words[: OWNER_WORDS + 1]) if w.text in ("'s", "’s", "'", "’")), 0)
    return words[k + 1 :] if k else words


def without_rate(words: list) -> list:
    """``words`` without a leading interest rate ("10.60 pct", "9-1/4 pct", "6%"), a modifier of a
    bond noun like any other: "100 mln dlrs of 10.60 pct debentures".

    >>> from spacy.lang.en import English
    >>> [w.text for w in without_rate(list(English()("9-1/4 pct convertible debentures")))]
    ['convertible', 'debentures']
    """
    k = 0
    while k < len(words) and (words[k].like_num or words[k].text in ("-", "/") or "/" in words[k].text):
        k += 1
    if k == 0 or k == len(words) or words[k].lower_ not in PERCENT_WORDS:
        return words
    while k < len(words) and words[k].lower_ in PERCENT_WORDS:
        k += 1
    return words[k:]


def participle_adjective(doc: Doc, start: int, end: int) -> bool:
    """Is a one-word verb trigger in -ed an adjective before a noun after "to" or another preposition
    ("1.1 trillion won to advanced biotech", "NT$310 billion on advanced packaging"), where no verb
    can stand? (After an article it still says what the money is:
    "a quoted low of 453p" is a price, "imported goods of 1.45 billion dlrs" trade.)

    >>> from spacy.lang.en import English
    >>> doc = English()("1 trillion won to advanced biotech; banks advanced 5 mln dlrs")
    >>> participle_adjective(doc, 4, 5), participle_adjective(doc, 8, 9)
    (True, False)
    """
    word = doc[start]
    return (
        end - start == 1
        and word.lower_.endswith("ed")
        and start > 0
        and doc[start - 1].lower_ in ADJECTIVE_LEADS
        and end < len(doc)
        and doc[end].is_alpha
        and doc[end].is_lower
    )


@lru_cache(maxsize=1)
def unit_phrases() -> tuple[str, ...]:
    """The units that make a per-unit amount a price: "a share", "per barrel", "-a-share", from
    per_units.json's forms whose unit is one of kinds.json's ``price_units``."""
    price_units = set(lexicon.load("kinds.json")["price_units"])
    out = []
    for form, unit in lexicon.load("per_units.json").items():
        if not isinstance(unit, str) or form == lexicon.NOTE or unit not in price_units:
            continue
        article = "an" if form[0] in "aeiou" else "a"
        out += [f"{article} {form}", f"per {form}", f"- {article} - {form}", f"/ {form}"]
    return tuple(out)


def sentence_last_end(infos: list[dict], k: int, s1: int) -> int:
    """Where the last amount of a sentence ends: amounts are in text order, so the walk from the
    sentence's first amount ``k`` stops at the sentence end ``s1`` (not at the end of the Doc)."""
    j = k
    while j + 1 < len(infos) and infos[j + 1]["start"] < s1:
        j += 1
    return max(i["end"] for i in infos[k : j + 1])


@lru_cache(maxsize=1)
def _reading_gaps() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(g) for g in lexicon.load("kinds.json")["reading_gaps"]), key=len, reverse=True))


def before_gap(doc: Doc, j: int) -> int:
    """The token before a phrase of kinds.json ``reading_gaps`` that ends at token ``j`` ("costs an
    average of"), past the spaces before it; else ``j``.

    >>> from spacy.lang.en import English
    >>> doc = English()("A pint costs an average of 2 pounds")
    >>> before_gap(doc, 5), before_gap(doc, 2)
    (2, 2)
    """
    for gap in _reading_gaps():
        n = len(gap)
        if j - n + 1 >= 0 and tuple(doc[j - n + 1 + k].lower_ for k in range(n)) == gap:
            k = j - n
            while k >= 0 and doc[k].is_space:
                k -= 1
            return k
    return j
