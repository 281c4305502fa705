"""Families that round 27's misses showed (its set scored first, then read): each row a text written
here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

KINDS = [
    # the noun a determiner opens right after the amount is the amount's own, before any noun of the
    # clause before it (kinds_around.determined_head); a verb-and-noun word ("fine") reads as a noun there
    ("The bank must restate its earnings and pay a $40m fine.", "$40m", "tax_or_fine", "fine"),
    # ... the last of a compound's triggers heads it; a noun before a verb of the same word (as before)
    ("Rover said the £1bn ($1.9bn) investment deal would be signed in March.", "£1bn", "deal", "deal"),
    (
        "Start-ups can tap a 3 billion euro fund launched on Monday by Banco Santander.",
        "3 billion euro",
        "investment",
        "fund",
    ),
    # a level verb with "from" after its object, or a passive one with "from"/"to" right after it,
    # moves a level: no money raised (kinds_reach.moves_level)
    ("The airline raised its baggage fee from 25 dlrs to 30 dlrs.", "25 dlrs", "price", ""),
    ("The toll was raised from 2 dlrs to 3 dlrs.", "2 dlrs", "price", ""),
    ("The company raised 50 mln dlrs from investors.", "50 mln dlrs", "financing", "raised"),  # as before
    # a participle after a comma opens a clause: its noun is not what the amount modifies
    # (kinds_around.clause_after_comma), so the earlier money's kind goes on
    (
        "Acme will invest 2 bln euros in a battery plant in Lyon. On Monday it cut the amount to 900 mln euros,"
        " blaming costly financing.",
        "900 mln euros",
        "investment",
        "plant",
    ),
    # an order of goods is a deal when "for" stands right before its price (kinds_reach.ordered_before,
    # kinds.json sold_for order_verbs); an order that controls an infinitive or cuts a rate is none
    ("The carrier ordered 12 A321 jets for $1.4bn.", "$1.4bn", "deal", "ordered"),
    ("The board ordered the utility to cut its rates by 3 mln dlrs.", "3 mln dlrs", "other", ""),
    # kinds.json: a surcharge is a price; a budget shortfall is other money; "a great deal" is an
    # idiom, no deal; a trade shortfall is trade
    ("The fuel surcharge was raised from $8 to $12.", "$8", "price", "surcharge"),
    ("Ministers must fill a £6bn budget shortfall.", "£6bn", "other", "budget shortfall"),
    (
        "A 1% rise does not sound like a great deal, but it adds up to about £300m for the industry.",
        "£300m",
        "other",
        "",
    ),
    ("The trade shortfall reached $40bn in May.", "$40bn", "trade", "trade shortfall"),
    ("A court ordered the bank to pay 6 mln dlrs in damages.", "6 mln dlrs", "tax_or_fine", "damages"),  # as before
]


@pytest.mark.parametrize(("text", "mention", "kind", "trigger"), KINDS)
def test_kind(text, mention, kind, trigger):
    found = record(text, mention)
    assert (found["kind"], found["trigger"]) == (kind, trigger)


LINKS = [
    # a time after a second clause of the same shape, joined by "and", is the first one's too
    # (years.parallel_change)
    (
        "Exports to Japan rose 8 pct to 40 bln dlrs and imports from Japan fell 3 pct to 35 bln dlrs in 2022.",
        "40 bln dlrs",
        [],
        [2022],
    ),
    ("Profit rose to 5 mln dlrs in 1986 and sales rose 5 pct to 20 mln dlrs in 1987.", "5 mln dlrs", [], [1986]),
    # a modifier goes on over "and" to a second vehicle (sector_heads.json generic): electric motorcycles
    (
        "Hanoi will pay 2 trillion dong in grants to buyers of electric vans and motorcycles.",
        "2 trillion dong",
        ["electric_vehicles"],
        [],
    ),
    # "current fiscal year" and "this financial year" are the article's year (years.json relative)
    ("Sales for the current fiscal year will be 96 mln dlrs.", "96 mln dlrs", [], [2025]),
    # a sentence that opens with "Of the" and a total is one sentence, not a headline and its lede
    # (sentences.fronted_start): the total concerns its parts' sectors
    (
        "Of the 2 trillion won in loans Seoul will extend next year, 800 billion won is set aside for chipmakers"
        " and 1.2 trillion won for battery makers.",
        "2 trillion won",
        ["semiconductors", "batteries"],
        [2026],
    ),
]


@pytest.mark.parametrize(("text", "mention", "sectors", "years"), LINKS)
def test_links(text, mention, sectors, years):
    found = record(text, mention)
    assert (found["sectors"], found["years"]) == (sectors, years)


ACTORS = [
    # money named again as the subject of its own clause is the earlier money's payer's
    # (money_again.actor_again); with a pronoun as the subject, no actor
    (
        "Acme will invest 2 bln dlrs in a battery plant in Ohio. The sum could grow to 3 bln dlrs, the company said.",
        "3 bln dlrs",
        "Acme",
    ),
    (
        "Acme will invest 2 bln dlrs in a battery plant in Ohio. It may lift that figure to 3 bln dlrs.",
        "3 bln dlrs",
        "",
    ),
    # an abbreviated weekday is a name's word in news, not a time that ends the name
    ("Canadian insurer Sun Life Financial agreed to pay $1bn for the unit.", "$1bn", "Sun Life Financial"),
    # a fronted adverb and its comma are skipped before the subject (actors.json fronted_openers)
    ("Recently, the country's largest carrier ordered 20 jets for $2bn.", "$2bn", "the country's largest carrier"),
    # "Once" opening a sentence is no name (actors.json not_names)
    ("Once again ministers have failed to say which taxes will fill the £5bn gap.", "£5bn", ""),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actor(text, mention, actor):
    assert record(text, mention)["actor"] == actor


CURRENCIES = [
    # a bare currency of a family ("crowns", "dlrs") takes the currency of the country the article
    # names most often among those that use one of the family (money.article.local_currency)
    (
        "Denmark's Orsted won a 4 billion crown contract to build wind farms off the German coast.",
        "4 billion crown",
        "DKK",
    ),
    ("Volvo won a 4 billion crown contract.", "4 billion crown", "SEK"),
    # ... but a bare dollar only where the country named most often is one that news writes it bare for
    # (news_currencies.json family_territories): a story about Mexico that names Canada once is in US dollars
    ("Mexico signed a 76 billion dlr loan with banks in Britain, Japan and Canada.", "76 billion dlr", "USD"),
]


@pytest.mark.parametrize(("text", "mention", "currency"), CURRENCIES)
def test_currency(text, mention, currency):
    assert record(text, mention)["currency"] == currency
