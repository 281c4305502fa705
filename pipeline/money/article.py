"""Article-level passes over the amounts found: the article's dollar, earnings tables,
conversions, signs.

Each pass reads the whole list of amounts of one text, as some forms are settled only by what
else the article says ("francs" in an article that names Swiss francs once).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate

from ..normalise import clean_decimal, collapse_scales, parse_number
from ..places import main_country
from .amount import Candidate
from .rules import Rules
from .rules import rules as rules_of
from .table_blocks import block_rows
from .table_notes import note_figures
from .territory import country_currencies, currencies_at, dated_code, in_use_today, out_of_use

# A sign glued to the amount, or "minus"; not the tolerance of "plus or minus 10 yen".
_NEGATIVE = re.compile(r"(?<![^\s(\[:=])(?<!plus or )(?:[-−]|minus[ \t\r\n]+)\Z", re.IGNORECASE)


def restates(text: str, found: list[Candidate], a: Candidate, code: str, rules: Rules) -> bool:
    """Does ``a`` restate, in brackets or after "or", an amount in ``code`` right before it
    ("648m Australian dollars ($492m)")? A conversion is never in the currency it converts."""
    before = [b for b in found if b.end <= a.start]
    return (
        bool(before)
        and before[-1].currency == code
        and rules.convert_gap.match(text[before[-1].end : a.start]) is not None
    )


def resolve_families(
    text: str,
    found: list[Candidate],
    rules: Rules,
    countries: Counter[str] | None = None,
    date: str | None = None,
    names: Counter[str] | None = None,
) -> None:
    """A bare "$", "dollars", "pounds", "francs", ... keeps its default (USD, GBP, FRF, ...) unless the
    article names exactly one currency of that family explicitly, which it then takes: "5 mln Swiss
    francs ... 3 mln francs", "28 Egyptian pounds a ton, instead of 7.5 pounds". When it names none,
    the article's country decides (``local_currency``: a story about Canada, Canadian dollars; about
    Switzerland, Swiss francs); flagged ``currency_from_country``. An article that names no country
    outside organisations' names is about the countries in them (``names``: "Qatar Investment Authority
    ... riyals"), but not for the dollar, whose lenders' names ("the Bank of Nova Scotia") place no US
    story in Canada. A bare "$" symbol takes neither the country's dollar nor an "A$" written
    elsewhere: news marks other dollars with their prefix."""
    lex = rules.lex
    for family, codes in lex.family_codes.items():
        members = [a for a in found if a.cur is not None and a.cur.family == family]
        if not members:
            continue
        explicit = [a for a in found if a.cur and a.cur.family is None and not a.cur.assumed and a.currency in codes]
        # Candidates in dollars decide before amounts in cents: "1.25 billion Canadian dlrs ... worth 76.85
        # U.S. cts" is a Canadian article; "47 Canadian cts a barrel ... 21.95 dlrs a barrel" is too.
        named = {a.currency for a in explicit if a.cur.kind != "subunit"} or {a.currency for a in explicit}
        from_country = not named
        if from_country and any(a.per in lex.us_units for a in members):
            continue  # "naphtha posting is up three cts a gallon" in Singapore: US dollars (``us_units``)
        if from_country:
            where = lex.family_territories.get(family)
            # a family news writes bare anywhere may take a country named only in a name ("Qatar
            # Investment Authority ... riyals"); the dollar may not ("the Bank of Nova Scotia")
            placed = countries or (names if where is None else None) or Counter()
            named = local_currency(codes, placed, date, where)
        if len(named) != 1:
            continue
        target = next(iter(named))
        marked = any(a.cur.kind == "symbol" for a in explicit)
        for a in members:
            if a.cur.kind == "symbol" and (from_country or marked or restates(text, found, a, target, rules)):
                continue  # a writer who marks "A$" or "C$" means US dollars by a bare "$", wherever the story is
            if a.currency != target and a.currency is not None and "currency_assumed" not in a.flags:
                a.flags.append("currency_assumed")  # "pounds" taken for another country's pound
            if from_country and a.currency != target:
                a.flags.append("currency_from_country")
            a.currency = target
    home = country_cents(countries or Counter(), date, lex.cent_currencies)  # "9.92 cents" in a Malaysian story
    cents_of_article(found, lex.cent_currencies, lex.family_codes.get("dollar", frozenset()), home, lex.us_cent_units)
    for a in found:
        if a.currency is None:
            a.currency = "USD"  # cents of no named dollar


def cents_of_article(
    found: list[Candidate],
    cent_currencies: frozenset[str],
    dollars: frozenset[str],
    home: str | None = None,
    us_cent_units: frozenset[str] = frozenset(),
) -> None:
    """Bare cents that no dollar claims are cents of the one other currency the article's amounts
    are in whose hundredth is a cent (news_currencies.json ``cent_currencies``): "Pre-tax 373.3 mln rand
    ... Final div 900 cts" are rand cents, flagged ``currency_from_article``; when the amounts are in
    none, of ``home``, that currency of the article's country (``country_cents``: "The cess ... remained
    unchanged at 3.85 and 9.92 cents per kg" in a story about Malaysia), unless its cents are a price
    per one of ``us_cent_units``, a commodity quoted in US cents anywhere ("78 cents a pound, from 62
    cents a year ago" for coffee beans in a German story). An article that names a dollar, or two
    such currencies, keeps US cents."""
    bare = [a for a in found if a.cur and a.cur.kind == "subunit" and a.cur.family == "dollar"]
    if not bare:
        return
    ids = {id(a) for a in bare}  # by identity: equal candidates compare field by field, and a list is n x n
    named = {a.currency for a in found if id(a) not in ids}
    if any(a.per in us_cent_units for a in bare):
        home = None  # a commodity's price in US cents: the article's cents are US cents
    local = (named & cent_currencies) or ({home} if home else set())
    if len(local) != 1 or named & dollars:
        return
    (code,) = local
    for a in bare:
        a.currency = code
        a.flags.append("currency_from_article")


def country_cents(countries: Counter[str], date: str | None, cent_currencies: frozenset[str]) -> str | None:
    """The currency of the country an article names most (``main_country``) on its date, when that
    currency's hundredth is a cent (``cent_currencies``); else None.

    >>> from collections import Counter
    >>> mine = frozenset({"MYR", "ZAR"})
    >>> country_cents(Counter({"MY": 3}), "1987-04-01", mine), country_cents(Counter({"US": 3}), "1987-04-01", mine)
    ('MYR', None)
    """
    main = main_country(countries)
    local = currencies_at(main, date) & cent_currencies if main else frozenset()
    return next(iter(local)) if len(local) == 1 else None


def local_currency(
    codes: frozenset[str], countries: Counter[str], date: str | None, where: frozenset[str] | None
) -> set[str]:
    """The one currency of a family (``codes``, today's) that the article's country used on its date
    (today's code of it: ``date_currencies`` dates it after), or nothing. The article's country is
    the one it names most often (a tie: none), and for a family news writes bare anywhere (``where``
    None) the one it names most often among those that use a currency of the family ("Norway's
    Kongsberg won a 5.2 billion crown contract ... to the Polish military" is Norway's: Poland uses no
    crown); no other country it names may use another currency of the family ("Jamaica" beside
    "Canada": none), and the country must be one where news writes the family bare (``where``: a
    Mexican debt story that names Canada once still means US dollars)."""
    then = {c: c for c in codes}
    for c in codes:  # the "Ugandan shilling" (UGX) was UGS in 1987; not the rand that Namibia used then
        if (old := dated_code(c, date)) is not None and not in_use_today(old):
            then[old] = c
    if where is None:  # crowns, francs: a country that uses none of them tells nothing
        countries = Counter({c: n for c, n in countries.items() if then.keys() & currencies_at(c, date)})
    main = main_country(countries)
    if not main:
        return set()
    local = {then[c] for c in then.keys() & currencies_at(main, date)}
    every = {then[c] for c in then.keys() & country_currencies(frozenset(countries), date)}
    if len(local) != 1 or every != local or (where is not None and main not in where):
        return set()
    return local


def modern_defaults(found: list[Candidate], date: str | None, defaults: dict[str, str]) -> None:
    """A bare family word whose assumed currency no country used on the article's date takes the
    family's modern reading (news_currencies.json ``modern_defaults``: "2.8 billion lira" in 2024 is
    Turkish lira, not the Italian lira that ended in 2002), flagged ``currency_from_date``. A family
    with none (marks in 2019) keeps its code, which ``date_currencies`` flags as out of use."""
    if date is None:
        return
    for a in found:
        modern = defaults.get(a.cur.family) if a.cur is not None and a.cur.assumed and a.cur.family else None
        if modern and out_of_use(a.currency, date):
            a.currency = modern
            a.flags.append("currency_from_date")


def date_currencies(found: list[Candidate], date: str | None) -> None:
    """Codes as they were on the article's date: "bolivars" in 1987 are VEB, not today's VES
    (flagged ``currency_dated``); a currency no country used on that date (marks in 2019) is
    flagged ``currency_out_of_use``."""
    if date is None:
        return
    for a in found:
        then = dated_code(a.currency, date)
        if then is not None:
            a.currency = then
            a.flags.append("currency_dated")
        elif out_of_use(a.currency, date):
            a.flags.append("currency_out_of_use")


class Taken:
    """Character spans already found, asked whether a new span overlaps any of them by bisection
    (an earnings table of thousands of rows would otherwise be checked pair by pair)."""

    def __init__(self, spans):
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))  # the furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end)  # the spans that start before ``end``
        return k > 0 and self.reach[k - 1] > start


@lru_cache(maxsize=4)
def one_period_rows(text: str) -> tuple[re.Match, ...]:
    """The rows of one figure of an earnings table in ``text`` ("Net loss 186,000"), read once for
    the two passes that use them (a regex over every line of an article with line breaks)."""
    return tuple(rules_of().table_single.finditer(text)) if "\n" in text else ()


def table_figures(text: str, found: list[Candidate], rules: Rules) -> list[Candidate]:
    """Figures of earnings-table rows ("Net 807,000 vs 1,234,000"): money with no currency written.
    A table of one period has rows of one figure ("Net loss 186,000"): they count when the article
    holds two such rows at least, so that one line that looks like a row makes no table.

    They take the article's only explicit currency when it has one, else the only currency it
    writes (a name whose country is assumed: "rupees"), else its dollar, else USD, flagged
    ``currency_assumed`` and ``currency_from_context``.
    """
    lex = rules.lex
    singles = one_period_rows(text)
    if " vs" not in text and len(singles) < 2:
        return found
    explicit = {a.currency for a in found if a.cur is not None and not a.cur.assumed}
    written = {a.currency for a in found if a.cur is not None}  # "Share 106 rupees vs 130": rupees, if only they
    dollars = {a.currency for a in found if a.cur is not None and a.cur.family == "dollar"}
    context = next((next(iter(c)) for c in (explicit, written, dollars) if len(c) == 1), "USD")
    taken = Taken((a.start, a.end) for a in found)
    added = []
    written = sorted(a.start for a in found if a.cur is not None and not a.cur.assumed)
    # a known label's row ("Net 807,000 vs 1,234,000"), then a row of its block under any label
    # ("Pharmaceutical 49.8 mln vs 39.0 mln"), whose figures' groups come one later (after the label)
    rows = [(row, 0) for row in rules.table_row.finditer(text)]
    known = frozenset(row.start() for row, _ in rows)
    rows += [(row, 1) for row in block_rows(text, written, known, rules)] if rows or written else []
    for row, k in rows:
        for num, scale, unit in ((1 + k, 2 + k, 3 + k), (4 + k, 5 + k, 6 + k)):
            start = row.start(num)
            end = row.end(scale) if row.group(scale) else row.end(num)
            if row.group(num) is None:  # "Revs 33.1 mln vs not given": the other column is empty
                continue
            value = figure_value(row.group(num), lex.number_units)
            if value is None or taken.overlaps(start, end):
                continue
            partner = 4 + k if num == 1 + k else 1 + k
            if not row.group(unit) and row.group(6 + k if unit == 3 + k else 3 + k) == "cts":
                # "Shr 516 cts vs 347", "1,700.3 cts vs 1,533.0": the bare figure is in cents too;
                # "Oper shr 1.21 vs 88 cts": a decimal beside whole cents is in dollars
                if "." not in row.group(num) or "." in row.group(partner):
                    value = value / 100
            # a figure without a scale shares the row's other one: "Revs 428.4 mln vs 429.6"
            other = row.group(2 + k if scale == 5 + k else 5 + k)
            scaled_looking = "," not in row.group(num) and value < 10000  # not "185,000 vs 4.1 mln"
            word = row.group(scale) or (other if scaled_looking else None)
            shared = ["scale_shared"] if word and not row.group(scale) else []
            block = ["table_block"] if k else []  # a row whose label names a segment, not who
            factor, scale_flags = collapse_scales(
                [lex.scales[rules.table_scales[word.lower()]]] if word else [], row.group(num)
            )
            added.append(
                Candidate(
                    start=start,
                    end=end,
                    value=value * factor,
                    currency=context,
                    flags=["currency_assumed", "currency_from_context", *scale_flags, *shared, *block],
                    number=value,
                )
            )
    for row in singles if len(singles) >= 2 else []:
        start, end = row.start(1), row.end(2) if row.group(2) else row.end(1)
        value = figure_value(row.group(1), lex.number_units)
        if value is None or row.group(3) or taken.overlaps(start, end):
            continue  # a figure with its unit is found as money already
        factor, scale_flags = collapse_scales(
            [lex.scales[rules.table_scales[row.group(2).lower()]]] if row.group(2) else [], row.group(1)
        )
        flags = ["currency_assumed", "currency_from_context", *scale_flags]
        added.append(Candidate(start=start, end=end, value=value * factor, currency=context, flags=flags, number=value))
    if rows or len(singles) >= 2:  # the note under the table: "Note: excludes credits of 180,000 and 415,000"
        added += note_figures(text, found + added, context, rules)
    return sorted(found + added, key=lambda a: a.start) if added else found


def figure_value(figure: str, number_words: dict[str, int]) -> Decimal | None:
    """The value of a table row's figure, in digits or spelled ("874,000", "two").

    >>> figure_value("874,000", {}), figure_value("Two", {"two": 2}), figure_value("nil", {})
    (Decimal('874000'), Decimal('2'), None)
    """
    value = parse_number(figure)
    if value is None and figure.lower() in number_words:
        value = Decimal(number_words[figure.lower()])
    return value


_ROW_LABEL = re.compile(r"[ \t]*((?:[A-Za-z][A-Za-z.&/-]*[ \t]+){1,4})")


def per_share_rows(text: str, found: list[Candidate], rules: Rules) -> None:
    """Figures in an earnings-table row whose label speaks of shares or dividends ("Shr 34 cts vs
    1.19 dlrs", "Oper shr loss two cts", "Qtly div three cts vs three cts prior"), or is a dividend
    row's whole (kinds.json ``table_labels``: "Qtly cash distribution 20 cts vs 20 cts prior"; not
    "Distribution costs"), are per share, in a table of one period too ("Shr loss 12 cts" beside
    "Net loss 186,000")."""
    if " vs" not in text and len(one_period_rows(text)) < 2:
        return
    for a in found:
        if a.per:
            continue
        line = text.rfind("\n", 0, a.start) + 1
        label = _ROW_LABEL.match(text, line, a.start)
        if label is None:
            continue
        words = {w.rstrip(".").lower() for w in label.group(1).split()}
        whole = " ".join(label.group(1).lower().split())
        if (words & rules.per_share_words or whole in rules.dividend_labels) and not words & rules.table_count_words:
            a.per = "share"


_NEXT_IN_BRACKET = re.compile(r"^[ \t]*[;,][ \t]*$")
# a price per unit restated per another unit in brackets: "93,000 rand a kilogram ($482 an ounce)"
_PER_BRACKET = re.compile(r"^[ \t]*(?:a|an|per|each|/)[ \t]*[A-Za-z-]+(?:[ \t]+[A-Za-z-]+)?[ \t]*\([ \t]*$", re.I)


def mark_conversions(text: str, found: list[Candidate], rules: Rules) -> None:
    """ "10 trillion won ($8.6 billion)" restates the amount before it in another currency: flagged
    ``conversion``; so does the next amount in the same brackets ("5.65bn euros ($7.4bn; £3.9bn)"), and
    a price per unit restated in brackets ("93,000 rand a kilogram ($482 an ounce)").

    >>> from pipeline.money.rules import rules
    >>> t = "5.65bn euros ($7.4bn; £3.9bn)"
    >>> found = [Candidate(0, 12, 5.65e9, "EUR"), Candidate(14, 20, 7.4e9, "USD"), Candidate(22, 28, 3.9e9, "GBP")]
    >>> mark_conversions(t, found, rules()); [a.flags for a in found]
    [[], ['conversion'], ['conversion']]
    >>> t = "93,000 rand a kilogram ($482 an ounce)"
    >>> found = [Candidate(0, 11, 93000, "ZAR", per="kilogram"), Candidate(24, 28, 482, "USD", per="ounce")]
    >>> mark_conversions(t, found, rules()); [a.flags for a in found]
    [[], ['conversion']]
    >>> t = "300,000 won ($230) a month"
    >>> found = [Candidate(0, 11, 3e5, "KRW", per="month"), Candidate(13, 17, 230, "USD", per="month")]
    >>> mark_conversions(t, found, rules()); [a.flags for a in found]
    [[], ['conversion']]
    """
    group = None  # the currencies of the amount being restated and of its conversions so far
    for prev, a in zip(found, found[1:], strict=False):
        gap = text[prev.end : a.start]
        # a rate after the brackets is both amounts' ("300,000 won ($230) a month"); a price per unit
        # may be restated per another unit ("93,000 rand a kilogram ($482 an ounce)")
        restated = (rules.convert_gap.match(gap) and a.per == prev.per) or (
            a.per and prev.per and _PER_BRACKET.match(gap)
        )
        if prev.currency != a.currency and restated:
            a.flags.append("conversion")
            group = {prev.currency, a.currency}
        elif group is not None and a.currency not in group and a.per == prev.per and _NEXT_IN_BRACKET.match(gap):
            a.flags.append("conversion")
            group.add(a.currency)
        else:
            group = None


def accounting_negative(text: str, a: Candidate, prev: Candidate | None, rules: Rules) -> bool:
    """Is the amount alone in brackets, as accounts write a loss ("Net loss was ($5.2 million)")?
    Not when it follows another amount, which it then restates ("5.65bn euros ($7.4bn)").

    >>> c = Candidate(start=14, end=26, value=1, currency="USD")
    >>> from pipeline.money.rules import rules
    >>> accounting_negative("Net loss was ($5.2 million).", c, None, rules())
    True
    """
    if text[a.start - 1 : a.start] != "(" or text[a.end : a.end + 1] != ")" or a.value_min is not None:
        return False
    if prev is not None and (
        not text[prev.end : a.start - 1].strip(" \t,;") or (prev.currency != a.currency and a.start - prev.end < 40)
    ):
        return False  # "1.7 mln British pounds cash (3.5 mln Canadian dlrs)" restates the amount before
    lead = text[max(0, a.start - 30) : a.start - 1].split()
    return bool(lead) and lead[-1].lower().rstrip(":") in rules.accounting_leads or lead[-1:] == [":"]


def apply_signs(text: str, found: list[Candidate], rules: Rules) -> None:
    """A minus glued to the amount, or "minus" before it, makes it negative ("fell to minus 1.92
    billion dlrs", "(-$5 million)"), and so do accounting brackets ("($5.2 million)"); then values
    are written plainly and flags sorted once."""
    for n, a in enumerate(found):
        sign = _NEGATIVE.search(text, max(0, a.start - 10), a.start) if a.value_min is None else None
        if sign is not None:
            a.value, a.start = -a.value, sign.start()
            a.flags.append("negative")
        elif "conversion" not in a.flags and accounting_negative(text, a, found[n - 1] if n else None, rules):
            a.value, a.start, a.end = -a.value, a.start - 1, a.end + 1
            a.flags.append("negative")
        a.value = clean_decimal(a.value)
        if a.value_min is not None:
            a.value_min, a.value_max = clean_decimal(a.value_min), clean_decimal(a.value_max)
        a.flags = sorted(set(a.flags))
