"""Families that round 25's misses showed (its set scored first, then read): each row a text
written here for the family, not the gold's own."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline import extract
from pipeline.money.article import local_currency
from pipeline.table_years import period_year
from sentence_record import record

# An earnings table's figures: the period's year before "vs", the year before after it, when a
# header line, the headline or a note names the period (table_years.py, years.json table_periods)
TABLE = "Shr loss 41 cts vs profit 12 cts\n    Net loss 2,310,000 vs profit 655,000\n    Revs 8.4 mln vs 9.9 mln\n"
TABLE_YEARS = [
    # a header line with the day the period ends, before the article's date: that year
    ("Qtr ended March 14.\n    " + TABLE, "", "1987-04-02", {"41 cts": [1987], "12 cts": [1986], "9.9 mln": [1986]}),
    # ... after it in the calendar: the year before ("Qtr ends Dec 31" in a March article)
    ("Qtr ends Dec 31\n    " + TABLE, "", "1987-03-20", {"41 cts": [1986], "2,310,000": [1986], "655,000": [1985]}),
    # ... a year written with the day wins over the date
    ("Year ended June 30, 1985\n    " + TABLE, "", "1987-03-20", {"8.4 mln": [1985], "9.9 mln": [1984]}),
    # without a header line, the headline's day (read since rounds 120 and 121; table_years' docstring says why)
    (TABLE, "ACME CORP <ACM> 1ST QTR SEPT 30 NET", "1987-10-21", {"41 cts": [1987], "12 cts": [1986]}),
    # a note under the table names the period's years: the latest of the date's year and the one before
    (
        TABLE + "    NOTE: 1986 and 1985 4th qtr net includes gains of 1.1 mln dlrs and 0.4 mln dlrs.\n",
        "",
        "1987-03-12",
        {"41 cts": [1986], "655,000": [1985]},
    ),
    # a note naming only an older year says nothing of the period; nor does a table with no clue
    (TABLE + "    NOTE: 1984 net includes a tax credit.\n", "", "1987-03-12", {"41 cts": [], "12 cts": []}),
    (TABLE, "", "1987-03-12", {"41 cts": [], "9.9 mln": []}),
    # a dividend row's "vs" is the quarter before, not the year before
    (
        "Qtr ended March 14.\n    Qtly div 15 cts vs 13 cts prior\n    Net 2,310,000 vs 655,000\n",
        "",
        "1987-04-02",
        {"15 cts": [], "13 cts": [], "2,310,000": [1987]},
    ),
]


@pytest.mark.parametrize(("text", "title", "date", "years"), TABLE_YEARS)
def test_table_years(text, title, date, years):
    found = {r["mention"]: r for r in extract(text, date, convert_to=None, title=title)}
    assert {m: found[m]["years"] for m in years} == years
    for m, want in years.items():
        assert ("year_from_table" in found[m]["flags"]) == bool(want)


@pytest.mark.parametrize(
    ("text", "date", "year"),
    [
        ("Period ended February 28\n    Shr 5 cts vs 4 cts", "1987-03-18", 1987),
        ("Six mths to Sept 30\n    Shr 5 cts vs 4 cts", "1987-11-02", 1987),
        ("1st qtr Dec 31\n    Shr 5 cts vs 4 cts", "1987-02-27", 1986),
        ("Shr 5 cts vs 4 cts\n    NOTE: 1987 3rd qtr net includes a gain", "1987-10-20", 1987),
        # a year that ends a date in a note is when something happened
        ("Shr 5 cts vs 4 cts\n    Note: Per share figures reflect a stock split of July 1986.", "1987-03-18", None),
        ("Shr 5 cts vs 4 cts\n    NOTE: Year-ago period ended Feb 1, 1986", "1987-04-03", None),
        ("Shr 5 cts vs 4 cts\n    NOTE: 1987 net includes a December 1986 provision", "1987-04-13", 1987),
        # without the article's date only a written year counts
        ("Qtr ends Dec 31\n    Shr 5 cts vs 4 cts", None, None),
        ("Shr 5 cts vs 4 cts\n    NOTE: 1986 net includes a gain", None, None),
        # prose that names a day is no header: the period word must open the line
        ("The company said on March 3 its\nShr 5 cts vs 4 cts", "1987-04-01", None),
    ],
)
def test_period_year(text, date, year):
    assert period_year(text, date) == year


KINDS = [
    # a trigger word inside a capitalised name joined by "and" is part of the name, not a trigger
    # (kinds_around.in_name): "the Securities and Exchange Commission" lends nothing
    (
        "Acme paid the Securities and Exchange Commission $40m in June to settle charges.",
        "$40m",
        "tax_or_fine",
        "settle",
    ),
    ("The Ministry of Tourism and Trade paid 5 mln dlrs to settle the claims.", "5 mln", "tax_or_fine", "settle"),
    # ... a lower-case word after "and" is no name: the trigger still counts
    ("Sales and profits rose to $5m.", "$5m", "profit", "profits"),
    ("Securities and loans totalled $9m.", "$9m", "financing", "loans"),
]


@pytest.mark.parametrize(("text", "mention", "kind", "trigger"), KINDS)
def test_kind(text, mention, kind, trigger):
    found = record(text, mention)
    assert (found["kind"], found["trigger"]) == (kind, trigger)


KINDS += [
    # "debt securities" are an issue of debt, not a debt level (kinds.json financing nouns; the
    # longest trigger wins over "debt" and its level reading after "its")
    (
        "Acme filed for up to 900 mln dlrs principal amount of its debt securities.",
        "900 mln",
        "financing",
        "debt securities",
    ),
    ("Acme said 900 mln dlrs of its total debt was in default.", "900 mln", "valuation", "debt"),
]
KINDS += [
    # an amount right after "for" is the price of the clause's last verb when that is a deal's,
    # over a noun of what is sold (kinds.json sold_for, kinds_reach.sold_for)
    ("Acme agreed to buy the assets of Beta Corp for 12 mln dlrs.", "12 mln", "deal", "buy"),
    ("Gamma sold most of its assets last year to Delta Bank for 63 mln dlrs.", "63 mln", "deal", "sold"),
    ("Acme sold the plant for 20 mln dlrs.", "20 mln", "deal", "sold"),
    # ... not after "except", nor when a noun of money stands right before "for"
    ("Acme sold the plant for 20 mln dlrs and took a charge for 3 mln dlrs.", "3 mln", "profit", "a charge"),
    ("Acme would acquire all of Beta's assets except for 25,000 dlrs.", "25,000", "valuation", "assets"),
]


# A bare family noun in an article about one country takes that country's currency as it was on
# the article's date (money.article.local_currency: today's code, dated after); "soles" after a
# number are Peru's (news_currencies.json bare_units), not the soles of shoes (verb_like_units)
MONEY = [
    (
        "The Ugandan government proposed new taxes in Kampala. The shilling sells at 15,000 to the dollar.",
        "1987-04-24",
        "15,000",
        "UGS",
    ),
    (
        "The Ugandan government proposed new taxes in Kampala. It will spend 900 mln shillings.",
        "2020-04-24",
        "900 mln",
        "UGX",
    ),
    (
        "The Kenyan government proposed new taxes in Nairobi. It will spend 900 mln shillings.",
        "1987-04-24",
        "900 mln",
        "KES",
    ),
    ("America Movil will buy the assets for 4.1 billion soles ($1.1 billion).", "2025-06-17", "4.1 billion", "PEN"),
]


@pytest.mark.parametrize(("text", "date", "mention", "currency"), MONEY)
def test_money(text, date, mention, currency):
    assert record(text, mention, date)["currency"] == currency


def test_soles_of_shoes_are_no_money():
    assert [r["mention"] for r in extract("He wore shoes with two soles of rubber.", "2025-01-02")] == []


def test_local_currency_dates_the_family():
    shillings = frozenset({"KES", "TZS", "UGX", "SOS"})
    assert local_currency(shillings, Counter({"UG": 3}), "1987-04-24", None) == {"UGX"}
    assert local_currency(shillings, Counter({"UG": 3, "KE": 1}), "1987-04-24", None) == set()  # two shillings
    # Namibia used the rand in 1987: the rand, a currency of today, is no earlier Namibian dollar
    dollars = frozenset({"AUD", "NAD", "USD"})
    assert local_currency(dollars, Counter({"AU": 3, "ZA": 1}), "1987-04-13", None) == {"AUD"}


ACTORS = [
    # a share's price moved by a verb of its own: the company is the subject (actors.json verbs)
    ("In Europe, Arcelor shed 2.1% to 17.58 euros in Paris.", "17.58", "Arcelor"),
    ("Acme slipped 3p to 560p in early trade.", "560p", "Acme"),
    # ... and a name that holds such a word stays whole
    ("Advanced Micro Devices said it would invest $2 billion in a plant.", "$2 billion", "Advanced Micro Devices"),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actor(text, mention, actor):
    assert record(text, mention)["actor"] == actor


KINDS += [
    # a market's session is no trade ("in early trade", "in active trading": kinds.json not_triggers)
    ("Acme saw its shares surge 4.9% to a new high of 611p in early trade on Monday.", "611p", "price", ""),
    ("Feeder cattle rose 0.75 dlr in active trade, the USDA said.", "0.75 dlr", "price", ""),
    ("Exports rose to 5 bln dlrs as trade grew.", "5 bln", "trade", "Exports"),
]
KINDS += [
    # a central bank's help to the money market is lending (kinds.json market_operations)
    (
        "The Bank of England said it provided the money market with 42 mln stg assistance.",
        "42 mln",
        "financing",
        "assistance",
    ),
    ("The bank gave 75 mln stg assistance at an early round of bill offers.", "75 mln", "financing", "assistance"),
    ("The government gave 42 mln stg assistance to flood victims.", "42 mln", "subsidy", "assistance"),
]
ACTORS += [
    # "side" heads an actor without a name (actors.json actor_heads); "holder" does not (tried:
    # "Holder Communications Corp" lost its first word, "the score components entitles holders")
    ("An official said the Turkmen side agreed to cut the price by $3 to $61.", "$61", "the Turkmen side"),
    ("Holder Communications Corp said it agreed to pay 25 mln dlrs.", "25 mln", "Holder Communications Corp"),
]


COUNTRIES = [
    # a sea or an ocean named after a country is no place the money goes to (news_places.json not_places)
    ("Sales will dip by at least A$40m after the Indian ocean storms, Acme said.", "A$40m", ""),
    ("Drilling in the South China Sea will cost $80m.", "$80m", ""),
    ("India will spend $70m on ports.", "$70m", "IN"),
]


@pytest.mark.parametrize(("text", "mention", "country"), COUNTRIES)
def test_country(text, mention, country):
    assert record(text, mention)["country"] == country
