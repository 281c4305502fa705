"""Families that round 18's misses, the kind confusions left on all held-out sets and rounds 19 and 20
showed (each round's set scored first, then read), one table per stage: each row a sentence written
here for the family, not the gold's own."""

from __future__ import annotations

import pytest
import spacy

from pipeline import extract
from pipeline.kinds_costs import unit_amount
from sentence_record import record

KINDS = [
    # a tax named only as included or excluded in a price is no tax (kinds.json not_triggers)
    ("The desktop machines cost only £399 (£469 including VAT).", "£469", "price", "cost"),
    ("The console will sell for £129 plus VAT.", "£129", "price", "sell for"),
    ("Premium seats are priced at 90 euros excluding taxes.", "90 euros", "price", "priced"),
    # ... while a tax that is the amount stays a tax
    ("Drivers will pay £40 in road tax.", "£40", "tax_or_fine", "tax"),
    # tax breaks by any name are subsidies; trade and export finance are loans
    ("Beijing extended purchase tax exemptions worth 520 billion yuan.", "520 billion", "subsidy", "tax exemptions"),
    ("The zone offers tax holidays worth $2 billion to chip firms.", "$2 billion", "subsidy", "tax holidays"),
    (
        "The insurer will extend 5 trillion won in trade finance to exporters.",
        "5 trillion",
        "financing",
        "trade finance",
    ),
    ("Exim will provide $900 million of export credits for the ships.", "$900 million", "financing", "export credits"),
    # an amount's noun phrase ends at "into": "put X into funds" is money put in, not a fund raised
    ("The pension fund plans to put 500 billion yen into private equity funds.", "500 billion", "investment", "put"),
    # a capitalised trigger joined to a name by "&" is part of the name
    ("Couche-Tard raised its offer for Seven & i Holdings to about 7 trillion yen.", "7 trillion", "deal", "offer"),
    # an offer restated per share after "or" is a price; a profit restated per share stays a profit
    (
        "It raised its offer for Seven & i Holdings to 7 trillion yen, or 2,600 yen per share.",
        "2,600",
        "price",
        "per share",
    ),
    ("Net profit was 21.7 mln dlrs, or 46 cts per share.", "46 cts", "profit", "Net profit"),
    # what one unit costs: an amount without a scale word that no trigger decides, or that a sale word
    # decides; an acquisition, or an amount in millions, stays a deal (kinds.json unit_amounts)
    ("Rivals of the £400 handheld have struggled.", "£400", "price", ""),
    ("Apple offer a less powerful Mac Mini for £339.", "£339", "price", "offer"),
    ("The console is selling in Japan for 19,800 yen.", "19,800", "price", "selling"),
    ("The largest bid for the tattoo space is currently more than $322.", "$322", "price", "bid"),
    ("The unit was acquired for about 600,000 dlrs.", "600,000", "deal", "acquired"),
    ("Vodafone sold the stake for $5m.", "$5m", "deal", "stake"),
    ("The bank bought 829,000 dlrs of its own shares.", "829,000", "deal", "bought"),
    # "in a bid to" is a purpose, no bid
    ("The ministry will spend 5 billion rupees in a bid to revive farming.", "5 billion", "investment", "spend"),
    # a money noun after the amount gives way to a verb that decides it firmly before (kinds.json verb_heads)
    ("Qatar will invest 1 billion dollars in venture funds backing fintech.", "1 billion", "investment", "invest"),
    ("Italy will spend 2.9 billion euros of EU recovery funds on fibre.", "2.9 billion", "investment", "spend"),
    ("The company raised 50 mln dlrs in new funds.", "50 mln", "financing", "funds"),
    ("The plan seeks to raise 2.4 billion dlrs in investment funds from abroad.", "2.4", "financing", "raise"),
    # a fund that is an organisation ("sovereign wealth fund", "pension funds") names no kind
    (
        "Temasek, the state's sovereign wealth fund, will deploy $3 billion this year.",
        "$3 billion",
        "investment",
        "deploy",
    ),
    ("Assets of 92 broker-dealer funds fell 1.59 billion dlrs.", "1.59 billion", "valuation", "Assets"),
    ("The state will top up the rail scheme by another Rs 2,500 crore.", "2,500 crore", "investment", "top up"),
    # a part of a total that goes "for" projects or plants keeps the total's kind (kinds.json destination_nouns)
    (
        "The ministry will provide 300 billion won in grants, including 100 billion won for research projects.",
        "100 billion",
        "subsidy",
        "grants",
    ),
    # a destination noun after "to" between two amounts of a list names no kind of the second
    (
        "Brussels will award grants of 1.2 billion euros to low-carbon steel projects and 800 million euros to "
        "battery makers.",
        "800 million",
        "subsidy",
        "grants",
    ),
    # a verb in -ed before a noun is an adjective: "advanced" lends nothing in "advanced computer equipment"
    ("It received an order for more than 8.0 mln dlrs of advanced computer equipment.", "8.0 mln", "deal", "order"),
    # a share sale raises capital; a film or a shop rakes in revenue
    ("The drugmaker raised 3.2 billion yuan in a Shanghai share sale.", "3.2 billion", "financing", "share sale"),
    ("The film has raked in $80m in its first week on DVD.", "$80m", "revenue", "raked in"),
    # a word that is one kind's verb and another's noun is the noun after a determiner or a modifier
    ("The group launched a S$1.5 billion deep-tech fund.", "S$1.5", "investment", "fund"),
    ("It launched a fund, with S$600 million earmarked for AI start-ups.", "S$600", "investment", "fund"),
]


@pytest.mark.parametrize(("text", "mention", "kind", "trigger"), KINDS)
def test_kinds(text, mention, kind, trigger):
    r = record(text, mention)
    assert (r["kind"], r["trigger"]) == (kind, trigger)


UNIT_AMOUNTS = [
    # (text, amount tokens, kind before, trigger, value): kind after
    ("the £400 Apple", (1, 3), "other", "", 400, "price"),
    ("sold for £400", (2, 4), "deal", "sold", 400, "price"),
    ("sold for £400m", (2, 4), "deal", "sold", 400e6, "deal"),  # a scale word: a deal's size
    ("sold for 250,000 dlrs", (2, 4), "deal", "sold", 250e3, "deal"),  # over the bound
    ("acquired for £400", (2, 4), "deal", "acquired", 400, "deal"),  # not a sale word
    ("a £400 fine", (1, 3), "tax_or_fine", "fine", 400, "tax_or_fine"),  # another kind decided
    ("the £400 bonus", (1, 3), "other", "bonus", 400, "other"),  # a trigger decided other
]


@pytest.mark.parametrize(("text", "span", "kind", "trigger", "value", "want"), UNIT_AMOUNTS)
def test_unit_amount(text, span, kind, trigger, value, want):
    doc = spacy.blank("en")(text)
    assert unit_amount(doc, kind, trigger, *span, value) == want


LINKS = [
    # a hyphenated vehicle after a narrow modifier: "electric two-wheelers" are EVs
    ("It will pay 109 billion rupees in incentives for electric two-wheelers and buses.", "109", ["electric_vehicles"]),
    ("The state will spend 5 billion rupees on electric three-wheelers.", "5 billion", ["electric_vehicles"]),
    # ... but "electric" alone before another noun names no EV
    ("The utility will spend 5 billion rupees on electric grids.", "5 billion", ["energy"]),
    # what a fine punishes is no sector of the fine; the same gerund after spending is a destination
    ("Brussels fined the firm 1.8 billion euros for stopping music streaming rivals.", "1.8", []),
    ("The regulator fined it 18 billion yuan for allegedly abusing its grip on online retail.", "18", []),
    ("It will spend 5 billion dollars for building chip plants.", "5 billion", ["semiconductors"]),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert record(text, mention)["sectors"] == sectors


MONEY = [
    # a currency symbol kept as an HTML character reference, as parts of the BBC archive keep "£"
    ("Tottenham bid &#163;8m for the Forest duo.", "&#163;8m", "8000000", "GBP"),
    ("Tickets cost &pound;20 in advance.", "&pound;20", "20", "GBP"),
    ("The fund holds &#x20ac;25m.", "&#x20ac;25m", "25000000", "EUR"),
]


@pytest.mark.parametrize(("text", "mention", "value", "currency"), MONEY)
def test_money(text, mention, value, currency):
    r = record(text, mention)
    assert (r["mention"], str(r["value"]), r["currency"]) == (mention, value, currency)


ACTORS = [
    # a fronted "Subject to ...," or "Due to ...," is no subject (actors.json fronted_openers)
    ("Subject to approval, the utility plans to sell 95 mln dlrs of bonds.", "95 mln", "the utility", ""),
    # a country in the actor's appositive places it before a city that is a word of its name
    (
        "Nanyang Foundry, Taiwan's third-largest chipmaker, posted a net profit of NT$18.6 billion.",
        "NT$18.6",
        "Nanyang Foundry",
        "TW",
    ),
]


@pytest.mark.parametrize(("text", "mention", "actor", "country"), ACTORS)
def test_actors_and_countries(text, mention, actor, country):
    r = record(text, mention)
    assert (r["actor"], r["country"]) == (actor, country)


YEARS = [
    # "the first four months of the year" is the article's year (years.json relative_dates)
    ("ABC extended 200 billion yuan in loans in the first four months of the year.", "2023-05-17", [2023]),
    ("Exports rose to $31 billion in the first half of the year.", "2021-09-07", [2021]),
]


@pytest.mark.parametrize(("text", "date", "years"), YEARS)
def test_years(text, date, years):
    (r,) = extract(text, date, convert_to=None)
    assert r["years"] == years
