"""Money raised or earned from something, for ``kinds``: a sale's kind decides money raised from it
("raise as much as 25bn euros from privatisations" is a deal), unless what is sold is the raiser's
own securities ("from a sale of three-year fixed-rate bonds" stays financing): kinds.json
``proceeds``; money earned from a source is what the source's noun names ("earned 9.1 trillion CFA
francs from exports": trade), else revenue ("earn $15 billion from tourism"): ``earned_from``."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from . import lexicon
from .kinds_around import trigger_words
from .names import organisation_ends
from .phrase_words import next_word

PURPOSE_BREAKS = frozenset({"while", "whereas", "and", "but", "or", "after", "before", "when", "since", "without"})


@lru_cache(maxsize=1)
def _proceeds() -> dict:
    return lexicon.load("kinds.json")["proceeds"]


def proceeds_decide(doc: Doc, decided: tuple, triggers: list, far: int, clause_end: int) -> tuple:
    """(kind, trigger tokens): money raised from a sale is the sale's (kinds.json ``proceeds``:
    "raise as much as 25bn euros from privatisations", "raised 5 mln dlrs by selling its unit" are
    deals; "raise half a billion pounds a year from levies" a tax), when the first of its
    ``prepositions`` after the amount leads, within a few modifiers, to a trigger of its ``kinds``;
    "raised 50 mln dlrs from investors" and "through the sale of common stock" (one of its
    ``securities`` right after the sale: an issue) stay financing, unless "in" follows them ("by
    selling a block of shares in its French arm": a stake), as does "from the sale" without what is
    sold (``need_object``: the sale of its own shares, often).

    >>> from spacy.lang.en import English
    >>> doc = English()("raised 5 mln dlrs from the sale of its unit")
    >>> from pipeline.kinds_units import Trigger
    >>> ts = [Trigger("financing", "verbs", 0, 1), Trigger("deal", "nouns", 6, 7)]
    >>> proceeds_decide(doc, ("financing", (0, 1)), ts, 4, 10)
    ('deal', (6, 7))
    """
    trig, data = decided[1], _proceeds()
    if trig is None or trigger_words(doc, *trig) not in data["verbs"]:
        return decided
    for i in range(far, min(clause_end, far + 4)):
        if doc[i].lower_ in PURPOSE_BREAKS:
            return decided
        if doc[i].lower_ not in data["prepositions"]:
            continue
        for t in triggers:
            words = doc[i + 1 : t.start]
            if t.start > i and t.kind in data["kinds"] and len(words) <= 3 and all(w.is_alpha for w in words):
                issued = any(  # "sale of common stock"; not "shares in its French arm", a stake
                    w.lower_ in data["securities"] and doc[w.i + 1 : w.i + 2].text != "in"
                    for w in sold_words(doc, t.end)
                )
                bare = trigger_words(doc, t.start, t.end) in data["need_object"] and doc[t.end : t.end + 1].text != "of"
                return decided if issued or bare else (t.kind, (t.start, t.end))
        return decided
    return decided


DONATION_REACH = 4  # words at most between a donation's lead and its beneficiary: "for victims of the tsunami"


def donation_decide(doc: Doc, decided: tuple, far: int, clause_end: int) -> tuple:
    """(kind, trigger tokens): money raised for those in need is given away, a subsidy (kinds.json
    ``proceeds``: one of its ``verbs`` decided it, and right after the amount one of
    ``donation_leads`` leads within a few words to one of ``beneficiaries``: "raised more than $150m
    to help victims of the attacks", "raising £115,000 for victims of the tsunami"; "raised 5 mln
    dlrs for expansion" stays financing).

    >>> from spacy.lang.en import English
    >>> doc = English()("raising 115,000 stg for victims of the tsunami")
    >>> donation_decide(doc, ("financing", (0, 1)), 3, 9)
    ('subsidy', (4, 5))
    >>> donation_decide(English()("raised 5 mln dlrs for expansion"), ("financing", (0, 1)), 4, 6)
    ('financing', (0, 1))
    """
    trig, data = decided[1], _proceeds()
    if trig is None or trigger_words(doc, *trig) not in data["verbs"]:
        return decided
    for lead in data["donation_leads"]:
        words = lead.split()
        k = far + len(words)
        if k < clause_end and [w.lower_ for w in doc[far:k]] == words:
            for j in range(k, min(clause_end, k + DONATION_REACH)):
                if doc[j].lower_ in data["beneficiaries"]:
                    return data["donation_kind"], (j, j + 1)
    return decided


PAID_FOR_REACH = 8  # tokens from a passive "was paid" to its "for", past an agent: "was paid by Barclays for"


@lru_cache(maxsize=1)
def _auxiliaries() -> frozenset[str]:
    """clauses.json ``passive_auxiliaries`` ("was", "been"), as ``kinds_readings.passive_auxiliaries`` reads
    them (that module imports this one)."""
    return frozenset(lexicon.load("clauses.json")["passive_auxiliaries"])


def paid_for_decide(doc: Doc, decided: tuple, triggers: list, far: int, clause_end: int) -> tuple:
    """(kind, trigger tokens): money that is the subject of a passive "paid" ("£2.9bn was paid by
    Barclays for a majority stake in Absa") is the price of what follows "for": the kind of the trigger
    noun there (a deal); a wage is paid to a person, who is then the subject ("He was paid £45,000").

    >>> from spacy.lang.en import English
    >>> from pipeline.kinds_units import Trigger
    >>> doc = English()("2.9 bln stg was paid by Barclays for a majority stake")
    >>> ts = [Trigger("pay", "verbs", 3, 5), Trigger("deal", "nouns", 10, 11)]
    >>> paid_for_decide(doc, ("pay", (3, 5)), ts, 3, 11)
    ('deal', (10, 11))
    """
    trig = decided[1]
    if trig is None or decided[0] != "pay" or trig[0] < far or doc[trig[0]].lower_ not in _auxiliaries():
        return decided
    for_at = next(
        (k for k in range(trig[1], min(clause_end, trig[1] + PAID_FOR_REACH)) if doc[k].lower_ == "for"), None
    )
    if for_at is None or (for_at > trig[1] and doc[trig[1]].lower_ != "by"):
        return decided  # "for" right after the verb, or after its agent
    found = [t for t in triggers if t.where == "nouns" and t.kind != "pay" and for_at < t.start <= for_at + 4]
    return (found[0].kind, (found[0].start, found[0].end)) if found else decided


SOLD_REACH = 10  # tokens of what a sale names after it: "a sale of three-year fixed-rate bonds"
PHRASE_ENDS = frozenset({"on", "in", "at", "to", "for", "from", "by", "with", "through", "and", "or", "that", "which"})


def sold_words(doc: Doc, start: int) -> list:
    """What a sale names: the words right after it (up to 5: "sale of common stock") and the head
    of the noun phrase after its "of", the last word before punctuation other than a hyphen or a
    word that ends a phrase, at most ``SOLD_REACH`` tokens ("a sale of three-year fixed-rate bonds
    on Tuesday"; not "selling part of their Seoul stock market portfolios").

    >>> from spacy.lang.en import English
    >>> [w.text for w in sold_words(English()("sale of three-year fixed-rate bonds on Tuesday"), 1)]
    ['of', 'three', '-', 'year', 'fixed', 'bonds']
    """
    words = list(doc[start : start + 5])
    head = None
    for k, w in enumerate(doc[start : start + SOLD_REACH]):
        if (w.is_punct and w.text != "-") or (k > 1 and w.lower_ in PHRASE_ENDS):
            break
        head = w if w.is_alpha else head
    return words + ([head] if head is not None and head not in words else [])


@lru_cache(maxsize=1)
def _earned() -> dict:
    return lexicon.load("kinds.json")["earned_from"]


def share_earning(per: str) -> bool:
    """Is an amount ``per`` one of kinds.json ``earned_from`` ``share_units`` ("share"), so that an
    earning verb before it names a profit ("expects Acme to earn 7.50 dlrs a share in 1987")?

    >>> share_earning("share"), share_earning("week"), share_earning("")
    (True, False, False)
    """
    return per in _earned()["share_units"]


def wage_kind() -> str:
    """The kind an earning verb is read as before its actor is known (``wage_kind``: pay, "earn £1.2m a year")."""
    return _earned()["wage_kind"]


EARNED_REACH = 4  # tokens from "from" to the source's noun: "from crude oil exports"


def earned_decide(doc: Doc, decided: tuple, triggers: list, far: int, clause_end: int) -> tuple:
    """(kind, trigger tokens): money that one of kinds.json ``earned_from`` ``subject_verbs`` decided
    with a trigger noun as its subject is what that noun names (``earning_subject``); money that one
    of its ``verbs`` decided, with one of its ``prepositions`` right after the amount (ending at
    ``far``), is what a trigger noun after that names ("earned 9.1 trillion CFA francs from exports"
    is trade), else of its ``kind`` ("aims to earn $15 billion from tourism": revenue, not a wage).

    >>> from spacy.lang.en import English
    >>> from pipeline.kinds_units import Trigger
    >>> doc = English()("earned 5 bln francs from exports and earned 2 bln francs from tourism")
    >>> ts = [Trigger("profit", "verbs", 0, 1), Trigger("trade", "nouns", 5, 6), Trigger("profit", "verbs", 7, 8)]
    >>> earned_decide(doc, ("profit", (0, 1)), ts, 4, 14), earned_decide(doc, ("profit", (7, 8)), ts, 11, 14)
    (('trade', (5, 6)), ('revenue', (7, 8)))
    """
    trig, data = decided[1], _earned()
    words = trigger_words(doc, *trig) if trig is not None else ""
    subject = earning_subject(doc, trig[0]) if words in data["subject_verbs"] else None
    if subject is not None:  # "Kenya's tea exports earned 180 billion shillings", "the tax would bring in"
        return (data["kind"], trig) if subject[0] == "price" else subject  # "surcharges will bring in": no price
    if words not in data["verbs"]:
        return decided
    i = next_word(doc, far)
    if i >= min(clause_end, far + 3) or doc[i].lower_ not in data["prepositions"]:
        return decided
    source = [t for t in triggers if t.where == "nouns" and i < t.start <= i + EARNED_REACH and t.end <= clause_end]
    return (source[0].kind, (source[0].start, source[0].end)) if source else (data["kind"], trig)


@lru_cache(maxsize=1)
def _noun_kinds() -> dict[str, str]:
    """Every trigger noun of kinds.json -> its kind (the first kind in ``order`` that lists it)."""
    data = lexicon.load("kinds.json")
    out: dict[str, str] = {}
    for kind in data["order"]:
        for noun in data["kinds"].get(kind, {}).get("nouns", []):
            out.setdefault(noun.lower(), kind)
    return out


def earning_subject(doc: Doc, verb: int) -> tuple[str, tuple[int, int]] | None:
    """(kind, tokens) of the trigger noun that is the subject of the earning verb at token ``verb``:
    right before it, or before an auxiliary ("tea exports earned", "tourism receipts have earned").
    What earns is then what the money is (trade, revenue), not a profit or a wage; else None.

    >>> from spacy.lang.en import English
    >>> doc = English()("Tea exports have earned 5 bln shillings, and the firm earned 2 bln")
    >>> earning_subject(doc, 3), earning_subject(doc, 11)
    (('trade', (1, 2)), None)
    >>> earning_subject(English()("He joined a Youth Program earning 25 pounds"), 4)
    """
    gap = frozenset(_earned()["subject_gap"])  # "tea exports have earned", "the tax is expected to bring in"
    k = verb - 1
    while k > 0 and doc[k].lower_ in gap:
        k -= 1
    if doc[k].text[:1].isupper() and not doc[k].is_sent_start:
        return None  # a name's word: "a Youth Opportunity Program earning £25 per week"
    for start in (k - 1, k):  # "net sales", "exports"
        words = " ".join(t.lower_ for t in doc[max(0, start) : k + 1])
        if start >= 0 and words in _noun_kinds():
            return _noun_kinds()[words], (start, k + 1)
    return None


def earned_rate(doc: Doc, decided: tuple, per: str) -> tuple:
    """(kind, trigger tokens): money that one of kinds.json ``earned_from`` ``verbs`` decided, at a
    rate of its ``wage_rates`` ("when you earned £25 per week", "earns $15 an hour") or with a person
    as its subject (``person_subjects``, words of ``subject_gap`` between: "He also earned up to
    £195,000 for a weekly column", "she earned more than $1m a year"), is a wage (its ``wage_kind``);
    a yearly rate may be a company's profit and stays what it was. A noun of its ``rate_nouns`` at
    such a rate is a wage too ("a new contract worth about £100,000 a week": a player's pay, not a
    deal).

    >>> from spacy.lang.en import English
    >>> doc = English()("it earned 25 pounds per week")
    >>> earned_rate(doc, ("profit", (1, 2)), "week"), earned_rate(doc, ("profit", (1, 2)), "year")
    (('pay', (1, 2)), ('profit', (1, 2)))
    >>> earned_rate(English()("He also earned 5 mln stg"), ("profit", (2, 3)), "")
    ('pay', (2, 3))
    >>> doc = English()("a contract worth 5 pounds a week")
    >>> earned_rate(doc, ("deal", (1, 2)), "week"), earned_rate(doc, ("deal", (1, 2)), "")
    (('pay', (1, 2)), ('deal', (1, 2)))
    """
    trig, data = decided[1], _earned()
    if trig is None:
        return decided
    words = trigger_words(doc, *trig)
    if words in data["rate_nouns"] and per in data["wage_rates"]:
        return data["wage_kind"], trig
    if words not in data["verbs"]:
        return decided
    k = trig[0] - 1
    while k >= 0 and doc[k].lower_ in data["subject_gap"]:
        k -= 1
    person = k >= 0 and doc[k].lower_ in data["person_subjects"]
    return (data["wage_kind"], trig) if per in data["wage_rates"] or person else decided


PAID_REACH = 6  # tokens from a payout verb to the amount: "paid its chief executive 6.1 million euros"


def paid_person(doc: Doc, decided: tuple, a_start: int, c0: int) -> tuple:
    """(kind, trigger tokens): money that nothing decided, paid to a person of kinds.json
    ``paid_persons`` named between the verb and the amount ("paid its chief executive 6.1 million
    euros", "will pay staff 500 pounds each"), is a wage (its ``kind``).

    >>> from spacy.lang.en import English
    >>> doc = English()("Unilever paid its chief executive 6 mln euros and paid Shell 5 mln euros")
    >>> paid_person(doc, ("other", None), 5, 0), paid_person(doc, ("other", None), 11, 0)
    (('pay', (1, 2)), ('other', None))
    """
    if decided[0] != "other":
        return decided
    data = _paid()
    for v in range(a_start - 1, max(c0, a_start - PAID_REACH) - 1, -1):
        if doc[v].lower_ in data["verbs"]:
            between = " ".join(t.lower_ for t in doc[v + 1 : a_start] if not t.is_space)
            if any(f" {p} " in f" {between} " for p in data["persons"]):
                return (data["kind"], (v, v + 1))
            return decided
        if doc[v].is_punct:
            return decided
    return decided


@lru_cache(maxsize=1)
def _paid() -> dict:
    return lexicon.load("kinds.json")["paid_persons"]


@lru_cache(maxsize=1)
def _given() -> dict:
    return lexicon.load("kinds.json")["given_each"]


def given_each(doc: Doc, decided: tuple, per: str, a_start: int, c0: int) -> tuple:
    """(kind, trigger tokens): money "each" that its unit made a price, after one of kinds.json
    ``given_each`` ``verbs`` with the recipients between the verb and the amount ("will give
    households up to 7,000 euros each", "awarded 40 teams 2 mln yen each", "offer buyers up to 14
    million won each", once a price or a deal: ``each_kinds``, for each of its ``pers``; so after its
    ``unit_verbs``: "pay delivery companies up to 7 million won per vehicle"), is given to each of them (its
    ``kind``), not what one of something costs ("sold at 5 dlrs each" stays a price); so is money
    of a kind in ``over`` ("other": "give job seekers 150,000 won a month for transport costs"), and
    after a unit verb when one of ``recipients`` stands between ("pay parents of newborns 700,000 won
    a month").

    >>> from spacy.lang.en import English
    >>> doc = English()("France will give households 7,000 euros each and sold cars at 5 euros each")
    >>> given_each(doc, ("price", (7, 8)), "each", 4, 0), given_each(doc, ("price", (14, 15)), "each", 12, 0)
    (('subsidy', (2, 3)), ('price', (14, 15)))
    >>> doc = English()("Jeju will offer buyers up to 14 mln won each")
    >>> given_each(doc, ("deal", (2, 3)), "each", 4, 0), given_each(doc, ("deal", (2, 3)), "", 4, 0)
    (('subsidy', (2, 3)), ('deal', (2, 3)))
    >>> doc = English()("Seoul will pay parents of newborns 700,000 won a month")
    >>> given_each(doc, ("other", None), "month", 6, 0)
    ('subsidy', (2, 3))
    """
    data = _given()
    each = decided[0] in data["each_kinds"] and per in data["pers"]
    if not (each or decided[0] in data["over"]):
        return decided  # "give young job seekers 150,000 won a month for transport costs": not other
    verbs = [*data["verbs"], *data["unit_verbs"]]  # not "take-or-pay exposure": see ``named``
    for v in range(a_start - 1, max(c0, a_start - PAID_REACH) - 1, -1):
        named = each or any(doc[k].lower_ in data["recipients"] for k in range(v + 1, a_start))
        if doc[v].lower_ in verbs and (named or doc[v].lower_ in data["verbs"]):
            return (data["kind"], (v, v + 1)) if v + 1 < a_start else decided
        if doc[v].is_punct or doc[v].lower_ in ("at", "for", "of", "to"):
            if not (doc[v].lower_ == "of" and doc[v - 1].lower_ in data["recipients"]):  # "parents of newborns"
                return decided  # "its offer to pay 31 dlrs a unit": a price
    return decided


@lru_cache(maxsize=1)
def _funded() -> dict:
    return lexicon.load("kinds.json")["funded_names"]


def funded_name(doc: Doc, decided: tuple) -> tuple:
    """(kind, trigger tokens): money that one of kinds.json ``funded_names`` ``verbs`` decided, a verb
    (after one of its ``leads``: "to", "will"), with a capitalised name right after it, funds a company
    that raises it as capital (its ``kind``); before anything else the verb pays for what it funds, as
    decided; after any other word it is a noun ("state fund PFR Ventures").

    >>> from spacy.lang.en import English
    >>> doc = English()("agreed to fund Yahoo with $2m and to fund housing with $5m")
    >>> funded_name(doc, ("investment", (2, 3))), funded_name(doc, ("investment", (9, 10)))
    (('financing', (2, 3)), ('investment', (9, 10)))
    >>> funded_name(English()("state fund PFR Ventures will back"), ("investment", (1, 2)))
    ('investment', (1, 2))
    """
    data, trig = _funded(), decided[1]
    if trig is None or trig[1] - trig[0] != 1 or doc[trig[0]].lower_ not in data["verbs"]:
        return decided
    if trig[0] == 0 or doc[trig[0] - 1].lower_ not in data["leads"]:
        return decided  # a noun: "Polish state fund PFR Ventures will back"
    nxt = next_word(doc, trig[1])
    named = nxt < len(doc) and doc[nxt].text[:1].isupper() and doc[nxt].is_alpha
    return (data["kind"], trig) if named else decided


EACH_REACH = 4  # tokens after an amount (past a rate: "a month") to "for each infant"


def given_to_each(doc: Doc, decided: tuple, a: tuple[int, int], c0: int) -> tuple:
    """(kind, trigger tokens): money that a verb of kinds.json ``given_each`` (``verbs``,
    ``unit_verbs``, ``giving_verbs``) gives before it, "to each" or "for every" one of its
    ``recipients`` after it, is given to each of them (its ``kind``) once nothing but a price, a
    deal or "other" decided it ("will provide up to 100 million won to each child born", "will pay
    parents 300,000 won a month for each infant"); not "sold at 5 dlrs each".

    >>> from spacy.lang.en import English
    >>> doc = English()("Incheon will provide 100 mln won to each child; they pay 5 dlrs for each share")
    >>> given_to_each(doc, ("other", None), (3, 6), 0), given_to_each(doc, ("price", None), (13, 15), 10)
    (('subsidy', (2, 3)), ('price', None))
    """
    data = _given()
    if not (decided[0] in data["each_kinds"] or decided[0] in data["over"]):
        return decided
    after = [t.lower_ for t in doc[a[1] : a[1] + EACH_REACH + 2]]
    each = any(
        w in ("to", "for") and after[k + 1] in data["each_words"] and after[k + 2] in data["recipients"]
        for k, w in enumerate(after[:-2])
        if k < EACH_REACH
    )
    if not each:
        return decided
    verbs = {*data["verbs"], *data["unit_verbs"], *data["giving_verbs"]}
    for v in range(a[0] - 1, max(c0, a[0] - PAID_REACH) - 1, -1):
        if doc[v].lower_ in verbs:
            return (data["kind"], (v, v + 1))
        if doc[v].is_punct:
            break
    return decided


def wage_of(doc: Doc, decided: tuple, per: str, a: tuple[int, int], c0: int) -> tuple:
    """(kind, trigger tokens) once the wage readings have had their say: earnings at a wage's rate
    (``earned_rate``), money paid to a person (``paid_person``), money given to each (``given_each``,
    ``given_to_each``: ``a`` is the amount's tokens, its conversions included), money that funds a
    company (``funded_name``)."""
    decided = given_each(doc, paid_person(doc, earned_rate(doc, decided, per), a[0], c0), per, a[0], c0)
    return funded_name(doc, given_to_each(doc, decided, a, c0))


def firm_earns(kind: str, trigger: str, actor: str, per: str = "") -> str:
    """The kind of money an earning verb (kinds.json ``earned_from`` ``verbs``) read as a wage, once its
    actor is known: a firm's earnings are its profit (``firm_kind``), when the actor's last word is one
    of ``firm_words``, a company suffix or a trade that ends a company's name ("expects the group to
    earn about 1.5 billion dlrs", "Acme Airlines will earn"); a person's stay a wage. So is any earning
    ``per`` share, whoever earns it ("Adelman expects Morris to earn eight dlrs a share").

    >>> [firm_earns("pay", "earn", a) for a in ("the group", "Acme Corp", "Smith")]
    ['profit', 'profit', 'pay']
    >>> firm_earns("pay", "earn", "Morris", "share"), firm_earns("pay", "earn", "", "share")
    ('profit', 'profit')
    """
    data = _earned()
    words = actor.lower().rstrip(".").split()
    if kind != data["wage_kind"] or trigger.lower() not in data["verbs"]:
        return kind
    if share_earning(per):
        return data["firm_kind"]
    return data["firm_kind"] if words and words[-1] in _firm_words() else kind


@lru_cache(maxsize=1)
def _firm_words() -> frozenset[str]:
    """kinds.json ``earned_from`` ``firm_words`` with the words that end a company's name."""
    return frozenset(_earned()["firm_words"]) | organisation_ends()


@lru_cache(maxsize=1)
def _role_after() -> re.Pattern:
    """ ", <up to four words> <role noun>," after a name: "Jean-Pierre Garnier, Glaxo's chief executive,"."""
    roles = lexicon.alternation(lexicon.load("actors.json")["role_nouns"])
    return re.compile(rf",\s+(?:[\w'’.&-]+\s+){{0,4}}(?:{roles})s?\s*,", re.IGNORECASE)


def person_earns(kind: str, trigger: str, text: str, actor_end) -> str:
    """The kind of money an earning verb read as a profit, once its actor is known: a person's
    earnings are a wage (kinds.json ``earned_from`` ``wage_kind``) when an apposition of a role noun
    (actors.json ``role_nouns``) follows the actor ("Jean-Pierre Garnier, Glaxo's chief executive,
    earned £4.6m in 2004").

    >>> person_earns("profit", "earned", "Jean Garnier, Glaxo's chief executive, earned £4.6m", 12)
    'pay'
    >>> person_earns("profit", "earned", "Glaxo, the drugmaker, earned £4.6bn", 5)
    'profit'
    """
    data = _earned()
    if kind != data["firm_kind"] or trigger.lower() not in data["verbs"] or actor_end in ("", None):
        return kind
    return data["wage_kind"] if _role_after().match(text, int(actor_end)) else kind


def sale_proceeds(doc: Doc, decided: tuple, before: list) -> tuple:
    """(kind, trigger tokens): money a participle after a comma raises (kinds.json ``proceeds``
    ``verbs``: ", raising at least seven billion francs") after a clause that sells something is what
    the sale brings in, a deal: the last deal trigger of ``before`` (the sentence's triggers before the
    amount), unless what it sells is one of the ``securities`` ("sold bonds, raising $1bn": an issue).

    >>> from spacy.lang.en import English
    >>> from pipeline.kinds_units import Trigger
    >>> doc = English()("The state sold its stake in the airline, raising 5 bln francs")
    >>> sale_proceeds(doc, ("financing", (9, 10)), [Trigger("deal", "verbs", 2, 3)])
    ('deal', (2, 3))
    >>> doc = English()("The state sold bonds, raising 5 bln francs")
    >>> sale_proceeds(doc, ("financing", (5, 6)), [Trigger("deal", "verbs", 2, 3)])
    ('financing', (5, 6))
    """
    trig, data = decided[1], _proceeds()
    if trig is None or trig[0] == 0 or doc[trig[0] - 1].text != "," or not doc[trig[0]].lower_.endswith("ing"):
        return decided
    if trigger_words(doc, *trig) not in data["verbs"]:
        return decided
    sales = [t for t in before if t.kind == "deal" and t.end < trig[0]]
    if not sales or any(w.lower_ in data["securities"] for w in sold_words(doc, sales[-1].end)):
        return decided
    return "deal", (sales[-1].start, sales[-1].end)
