"""The money lookup tables, built once per process from the lexicons that ``pipeline.lexicon``
reads and checks (currencies.json, news_currencies.json, scales.json, numbers.json,
qualifiers.json, per_units.json).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from html.entities import codepoint2name

from .lexicon import LexiconError, load

__all__ = ["WORD", "Currency", "LexiconError", "MoneyLexicon", "key", "load_json", "money_lexicon"]

load_json = load  # the name money.py reads lexicons by


WORD = r"[^\s\d()\[\]{},;:!?\"“”‘’\-–—/]+"  # a word as the money reader splits the text


def html_references(char: str) -> list[str]:
    """The HTML character references of one character (Python's html.entities for the names).

    >>> html_references("£")
    ['&#163;', '&#xa3;', '&pound;']
    """
    name = codepoint2name.get(ord(char))
    return [f"&#{ord(char)};", f"&#x{ord(char):x};"] + ([f"&{name};"] if name else [])


def key(text: str) -> str:
    """Lookup form of a surface string: lower case, single spaces."""
    return " ".join(text.lower().split())


@dataclass(frozen=True)
class Currency:
    """What a currency surface form means.

    ``code`` is ISO 4217, or None for subunits of "the dollar" (resolved per article).
    ``factor`` scales the number (cents: 0.01, MUSD: 1e6). ``assumed``: the form does not name one
    currency for sure (bare "$", "francs"). ``kind``: name, code, symbol or subunit.
    """

    code: str | None
    kind: str
    factor: Decimal = Decimal(1)
    assumed: bool = False
    family: str | None = (
        None  # "dollar", "franc", ...: a bare noun that takes the article's one explicit dollar, franc, ...
    )


@dataclass
class MoneyLexicon:
    post: dict[str, Currency] = field(default_factory=dict)  # after the number
    pre: dict[str, Currency] = field(default_factory=dict)  # before the number
    attached_pre: dict[str, Currency] = field(default_factory=dict)  # only glued: W10bn
    attached_post: dict[str, Currency] = field(default_factory=dict)  # only glued: 470p
    scales: dict[str, Decimal] = field(default_factory=dict)
    attached_scales: dict[str, Decimal] = field(default_factory=dict)
    number_units: dict[str, int] = field(default_factory=dict)
    number_multipliers: dict[str, int] = field(default_factory=dict)
    fractions: dict[str, Decimal] = field(default_factory=dict)
    qualifiers_mention: dict[str, str] = field(default_factory=dict)
    qualifiers_context: dict[str, str] = field(default_factory=dict)
    qualifiers_after: dict[str, str] = field(default_factory=dict)  # "or more" after the amount
    qualifier_tails: frozenset[str] = frozenset()  # last word of every qualifier before an amount (a cheap first test)
    per_units: dict[str, str] = field(default_factory=dict)
    per_adverbs: dict[str, str] = field(default_factory=dict)  # "annually" -> year
    per_modifiers: tuple[str, ...] = ()  # "common" in "a common share"
    per_bare: dict[str, str] = field(default_factory=dict)  # "share" in "or 25 cts share"
    per_bare_followers: tuple[str, ...] = ()  # what may follow a bare unit: "vs", "and"
    verb_guards: dict[str, frozenset[str]] = field(default_factory=dict)
    verb_units: frozenset[str] = frozenset()  # "won": a number grouped in thousands before it is money
    family_codes: dict[str, frozenset[str]] = field(
        default_factory=dict
    )  # "dollar" -> CAD, USD, ...; "franc" -> CHF, FRF, ...
    article_units: frozenset[str] = frozenset()  # "a dollar", "a pound": the article is the number one
    article_unit_followers: frozenset[str] = frozenset()  # "a penny to 253": after "a <unit>", still money
    pre_tails: frozenset[str] = frozenset()  # last word of every form before a number (a cheap first test)
    pre_reach: int = 16  # characters the longest form before a number may take, with a space
    dotted_scales: frozenset[str] = frozenset()  # "Mio.", "Mrd.": never written without their dot
    post_heads: frozenset[str] = frozenset()  # first word of every form after a number
    compound_ok: frozenset[str] = frozenset()  # words after "dollar-" that keep it money ("dollar-denominated")
    post_lengths: dict[str, int] = field(default_factory=dict)  # first word of a form after a number -> most words
    weight_units: frozenset[str] = frozenset()  # "pounds": money or weight
    weight_verbs: frozenset[str] = frozenset()  # "weighs 5 pounds": weight
    money_words: frozenset[str] = frozenset()  # "5 mln pounds of funding", "cost 5 mln pounds": money
    weight_nouns: frozenset[str] = frozenset()  # "capacity of 600 mln pounds": weight
    count_nouns: frozenset[str] = frozenset()  # "a labour force of 6.7 mln": a count near money takes no currency
    number_labels: frozenset[str] = frozenset()  # "in band one and two mln stg": a label's number is no money
    whole_unit_codes: frozenset[str] = frozenset()  # counted in whole units: a dot before three digits groups thousands
    milestone_units: frozenset[str] = frozenset()  # "the 100 million mark": a milestone, never money
    title_units: frozenset[str] = frozenset()  # "the world 5,000m crown": a title, never money
    family_territories: dict[str, frozenset[str]] = field(default_factory=dict)  # where a bare "dollars" is local
    us_units: frozenset[str] = frozenset()  # a bare dollar per one of these is a US dollar anywhere
    us_cent_units: frozenset[str] = frozenset()  # bare cents per one of these are US cents in any country
    cent_currencies: frozenset[str] = frozenset()  # whose hundredth bare "cents" may be
    modern_defaults: dict[str, str] = field(default_factory=dict)  # "lira" after the Italian lira ended: TRY
    counted_instruments: frozenset[str] = frozenset()  # "two Swiss franc public issues": a count of these
    unique_units: set[str] = field(default_factory=set)  # unit nouns of one currency only ("rupiah", "ringgit")


def _derived_names(names: dict[str, str], news: dict) -> dict[str, str]:
    """Add newswire spellings of CLDR names: 'canadian dollars' -> 'canadian dlrs', 'u.s. dollars'."""
    unit_syn: dict[str, list[str]] = {}
    for surface, canonical in news["unit_synonyms"].items():
        unit_syn.setdefault(canonical, []).append(surface)
    mod_syn: dict[str, list[str]] = {}
    for surface, canonical in news["modifier_synonyms"].items():
        mod_syn.setdefault(canonical, []).append(surface)
    out: dict[str, str] = {}
    for name, code in names.items():
        modifier, _, unit = name.rpartition(" ")
        if not modifier:
            continue
        units = [unit, *unit_syn.get(unit, [])]
        modifiers = [modifier, *mod_syn.get(modifier, [])]
        for m in modifiers:
            for u in units:
                out.setdefault(f"{m} {u}", code)
    return out


def _unique_units(names: dict[str, str], stoplist: set[str]) -> dict[str, str]:
    """Unit nouns that name one currency only, from the CLDR names ("Malaysian ringgit" gives
    "ringgit" -> MYR; "dinar" names many and stays out). Historic names with dates, and the X codes
    (funds, metals, units of account), are left out.

    >>> _unique_units({"malaysian ringgit": "MYR", "kuwaiti dinar": "KWD", "iraqi dinar": "IQD"}, set())
    {'ringgit': 'MYR'}
    """
    codes: dict[str, set[str]] = {}
    for name, code in names.items():
        if " " not in name or "(" in name or " of " in name or any(ch.isdigit() for ch in name) or code.startswith("X"):
            continue  # funds, metals, units of account and test codes are no unit nouns
        codes.setdefault(key(name).rsplit(" ", 1)[1], set()).add(code)
    return {unit: next(iter(c)) for unit, c in sorted(codes.items()) if len(c) == 1 and unit not in stoplist}


@lru_cache(maxsize=1)
def money_lexicon() -> MoneyLexicon:
    """Build the money lookup tables from currencies.json (CLDR) and the news extras."""
    cldr = load("currencies.json")
    news = load("news_currencies.json")
    lex = MoneyLexicon()
    stop = set(news["code_stoplist"])
    codes = {c for c in cldr["codes"] if c not in stop}
    # Families of bare unit nouns ("francs", "CFA francs"): every currency whose CLDR name ends in one
    # of the nouns ("Swiss franc"; "West African CFA franc" and "Central African CFA franc").
    forms: dict[str, set[str]] = {}
    for name, entry in news["bare_units"].items():
        if entry.get("family"):
            forms.setdefault(entry["family"], set()).update({name, entry["code"]})
    named = {
        **cldr["names"],
        **{name: e["code"] for name, e in news["bare_units"].items() if " " in name},
    }  # "danish crowns"
    lex.family_codes = {
        family: frozenset(
            {code for name, code in named.items() if any(name == n or name.endswith(" " + n) for n in nouns)}
            | {n for n in nouns if n.isupper()}
        )
        for family, nouns in forms.items()
    }
    lex.whole_unit_codes = frozenset(cldr["whole_unit_codes"])

    # Names after the number: CLDR names, their newswire variants, then bare unit defaults.
    for name, code in {**cldr["names"], **_derived_names(cldr["names"], news)}.items():
        if " " in name:  # bare words come from bare_units, which knows which are ambiguous
            lex.post[key(name)] = Currency(code, "name")
    for name, entry in news["bare_units"].items():
        lex.post[key(name)] = Currency(
            entry["code"], "name", assumed=bool(entry.get("assumed")), family=entry.get("family")
        )
    for surface, canonical in news["unit_synonyms"].items():
        if key(surface) not in lex.post and key(canonical) in lex.post:
            lex.post[key(surface)] = lex.post[key(canonical)]
    for unit, code in _unique_units(cldr["names"], set(news["unit_word_stoplist"])).items():
        lex.post.setdefault(unit, Currency(code, "name"))  # "100 ringgit", "5,000 tenge"
        lex.pre.setdefault(unit, Currency(code, "name"))  # "rupiah 500"
        lex.unique_units.add(unit)
    for name, sub in news["subunits"].items():
        of = sub["of"]
        cur = (
            Currency(None, "subunit", Decimal(sub["factor"]), assumed=True, family="dollar")
            if of == "dollar"
            else Currency(
                of, "subunit", Decimal(sub["factor"]), assumed=bool(sub.get("assumed")), family=sub.get("family")
            )
        )
        (lex.attached_post if sub.get("attached_only") else lex.post)[key(name)] = cur
        if of == "dollar" and not sub.get("attached_only"):  # "U.S. cents", "Canadian cents"
            for form, dollar in list(lex.post.items()):
                head, _, unit = form.rpartition(" ")
                if head and unit in ("dollar", "dollars") and dollar.kind == "name" and not dollar.assumed:
                    lex.post.setdefault(f"{head} {key(name)}", Currency(dollar.code, "subunit", Decimal(sub["factor"])))

    # Codes: upper case always; lower case for the major ones ("10 usd") and those in use today,
    # except the ones that are English words or common abbreviations ("all", "top", "kgs").
    code_map = {c: c for c in codes} | dict(news["extra_codes"])
    lower_ok = (set(news["lowercase_codes"]) | {c.lower() for c in cldr["current_codes"] if c in codes}) - set(
        news["lowercase_stoplist"]
    )
    for surface, code in code_map.items():
        cur = Currency(code, "code")
        lex.post[surface] = cur
        lex.pre[surface] = cur
        if surface.lower() in lower_ok:
            lex.post[surface.lower()] = cur
            lex.pre[surface.lower()] = cur
    for prefix, factor in news["scaled_code_prefixes"].items():
        for code in lower_ok:
            for form in (code.upper(), code):
                cur = Currency(code_map.get(code.upper(), code.upper()), "code", Decimal(factor))
                lex.post.setdefault(prefix + form, cur)
                lex.pre.setdefault(prefix + form, cur)

    # Symbols: CLDR first, news extras override ("C$" is CAD in news, NIO in CLDR's Nicaragua).
    symbols = {**cldr["symbols"], **news["symbols"]}
    for sym, code in symbols.items():
        if code not in cldr["codes"]:
            continue
        bare_dollar = sym == "$"
        cur = Currency(code, "symbol", assumed=bare_dollar, family="dollar" if bare_dollar else None)
        lex.pre[sym] = cur
        lex.post[sym] = cur
        if sym.lower() != sym:  # lower-cased newswire: "us$ 100", "100 us$"
            lex.pre.setdefault(sym.lower(), cur)
            if sym.endswith("$"):
                lex.post.setdefault(sym.lower(), cur)
        if sym.endswith("$") and len(sym) > 2:  # "hk $ 10.05 billion"; not "a $" (an article)
            lex.pre.setdefault(key(sym[:-1] + " $"), cur)
    for sym, cur in [(s, c) for s, c in lex.pre.items() if len(s) == 1 and c.kind == "symbol"]:
        for ref in html_references(sym):  # "&#163;8m": a symbol as some archives keep it
            lex.pre.setdefault(ref, cur)
    for code in codes:  # "usd$ 15", "nzd$15", "CLP $ 12.990": a code names the "$" of pesos too
        cur = Currency(code, "symbol")
        for form in (code + "$", code + " $"):
            lex.pre.setdefault(key(form), cur)
            lex.pre.setdefault(form, cur)
    for sym, entry in news["assumed_symbols"].items():  # "kr 1.299,-": Swedish, Norwegian or Danish
        cur = Currency(entry["code"], "symbol", assumed=True, family=entry.get("family"))
        lex.pre.setdefault(sym, cur)
        lex.post.setdefault(sym, cur)
    for prefix, code in news["spaced_prefixes"].items():
        cur = Currency(code, "symbol")
        lex.pre.setdefault(key(prefix + " $"), cur)
        lex.pre.setdefault(key(prefix + "$"), cur)
    for sym, code in news["scaled_prefix_symbols"].items():  # like a name: money only with a scale word
        for form in (sym, sym.lower()) if len(sym) > 1 else (sym,):  # "dh 2 billion"; not "r", "n"
            lex.pre.setdefault(form, Currency(code, "name", assumed=True))
    lex.unique_units -= {key(n) for n in news["prefix_names"]}  # "the yen 5 times": common words need a scale
    for name in news["prefix_names"]:
        base = lex.post[key(name)]
        lex.pre.setdefault(key(name), Currency(base.code, "name", assumed=base.assumed, family=base.family))
    for name in cldr["names"]:  # "a Swiss franc 400 mln issue": a full name before a number and a scale
        if " " in name and key(name) in lex.post:
            lex.pre.setdefault(key(name), Currency(lex.post[key(name)].code, "name"))
    for sym, code in news["attached_only_symbols"].items():
        target = lex.attached_post if sym == "p" else lex.attached_pre
        target.setdefault(
            sym, Currency(code, "subunit" if sym == "p" else "symbol", Decimal("0.01") if sym == "p" else Decimal(1))
        )
    lex.verb_guards = {k: frozenset(v) for k, v in news["verb_like_units"].items()}
    lex.verb_units = frozenset(news["verb_units"])
    lex.compound_ok = frozenset(news["compound_words_after_names"])
    weight = news["weight_units"]
    lex.weight_units = frozenset(weight["units"])
    lex.weight_verbs = frozenset(weight["verbs_before"])
    lex.money_words = frozenset(weight["money_words"])
    lex.weight_nouns = frozenset(weight["weight_nouns"])
    lex.article_units = frozenset(news["article_units"])
    lex.article_unit_followers = frozenset(news["article_unit_followers"])
    lex.count_nouns = frozenset(news["count_nouns"])
    lex.number_labels = frozenset(news["number_labels"])
    lex.milestone_units = frozenset(news["milestone_units"])
    lex.title_units = frozenset(news["title_units"])
    lex.family_territories = {family: frozenset(t) for family, t in news["family_territories"].items()}
    lex.us_units = frozenset(news["us_units"])
    lex.us_cent_units = frozenset(news["us_cent_units"])
    lex.cent_currencies = frozenset(news["cent_currencies"])
    lex.modern_defaults = dict(news["modern_defaults"])
    lex.counted_instruments = frozenset(news["counted_instruments"])

    scales = load("scales.json")
    dotted: set[str] = set()
    for word, entry in scales.items():
        if word.startswith("_"):
            continue
        target = lex.attached_scales if entry.get("attached") else lex.scales
        target[word] = Decimal(entry["factor"])
        if entry.get("dotted"):
            dotted.add(word)
    lex.attached_scales.update(lex.scales)
    lex.dotted_scales = frozenset(dotted)

    numbers = load("numbers.json")
    lex.number_units = dict(numbers["units"])
    lex.number_multipliers = dict(numbers["multipliers"])
    lex.fractions = {k: Decimal(v) for k, v in numbers["fractions"].items()}

    qualifiers = load("qualifiers.json")
    for label, entry in qualifiers.items():
        if label.startswith("_"):
            continue
        for form in entry["mention"]:
            lex.qualifiers_mention[key(form)] = label
        for form in entry["context"]:
            lex.qualifiers_context[key(form)] = label
        for form in entry.get("after", []):
            lex.qualifiers_after[key(form)] = label
    lex.qualifier_tails = frozenset(k.split(" ")[-1] for k in [*lex.qualifiers_mention, *lex.qualifiers_context])

    per = load("per_units.json")
    lex.per_units = {key(k): v for k, v in per.items() if not k.startswith("_") and isinstance(v, str)}
    lex.per_adverbs = {key(k): v for k, v in per.get("adverbs", {}).items()}
    lex.per_modifiers = tuple(key(k) for k in per.get("modifiers", ()))
    lex.per_bare = {key(k): v for k, v in per.get("bare", {}).items()}
    lex.per_bare_followers = tuple(key(k) for k in per.get("bare_followers", ()))
    # precious metals and testing codes are ISO 4217 but not money in news ("troy ounces of gold")
    not_money = set(news["not_money"])
    for table in (lex.post, lex.pre, lex.attached_post, lex.attached_pre):
        for k in [k for k, cur in table.items() if cur.code in not_money]:
            del table[k]
    for form in [*lex.post, *lex.attached_post]:
        words = re.findall(WORD, form)
        if words:
            head = words[0].lower()
            lex.post_lengths[head] = max(lex.post_lengths.get(head, 1), len(words))
    lex.pre_tails = frozenset(k.split(" ")[-1] for k in [*lex.pre, *lex.attached_pre])
    lex.pre_reach = max(len(k) for k in [*lex.pre, *lex.attached_pre] if k.count(" ") <= 1) + 2
    lex.post_heads = frozenset(k.split(" ")[0] for k in [*lex.post, *lex.attached_post])
    return lex
