"""Families that rounds 62 and 63 (and the BBC sport misses of rounds 60 and 61) showed: each row a
text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

KINDS = [
    # a player's fee is a transfer, a deal: a player noun the amount heads ...
    ("Drogba, Chelsea's £24m striker, was injured.", "£24m", "deal", "2005-03-01"),
    ("The £8m midfielder joined from Lyon last summer.", "£8m", "deal", "2005-03-01"),
    ("United completed the £27m signing of the teenager from Everton.", "£27m", "deal", "2005-03-01"),
    # ... or a verb of moving to a club before "for" the amount
    ("He moved to Chelsea for £2.25m from Anderlecht in 1997.", "£2.25m", "deal", "2005-03-01"),
    ("Arsenal signed the defender for £10m in January.", "£10m", "deal", "2005-03-01"),
    ("The winger joined Everton for £4m.", "£4m", "deal", "2005-03-01"),
    # not a loan signed for an amount, nor a move to new offices, nor a player paid a wage
    ("The company signed a loan agreement for 50 mln dlrs with banks.", "50 mln", "financing", "1987-03-02"),
    ("The striker earns £50,000 a week at Chelsea.", "£50,000", "pay", "2005-03-01"),
    # a name paid may stand between "pay" and its amount; "for each" is still a unit's price
    ("Manchester United paid Everton £27m for the teenager.", "£27m", "deal", "2005-03-01"),
    ("Europharm must pay Inkey two cts for each condom distributed.", "two cts", "price", "1987-03-02"),
    # a contract at a wage's rate is pay; a tie-up is a deal
    ("The captain signed a new contract worth about £100,000 a week.", "£100,000", "pay", "2005-03-01"),
    ("The firm won a contract worth £10m a year to run the trains.", "£10m", "deal", "2005-03-01"),
    ("NTL confirmed talks over a £3.2bn tie-up with Telewest.", "£3.2bn", "deal", "2005-03-01"),
    # "purchasing" is a deal's verb as "purchased" is; purchasing power is no purchase
    ("Icahn failed to file prior to purchasing 15 mln dlrs' worth of USAir stock.", "15 mln", "deal", "1987-03-02"),
]


@pytest.mark.parametrize(("text", "mention", "kind", "date"), KINDS)
def test_kinds(text, mention, kind, date):
    assert record(text, mention, date)["kind"] == kind


def test_purchasing_power_is_no_deal():
    found = record("The purchasing power of a family will increase by 540 dlrs this year.", "540 dlrs", "1987-03-02")
    assert (found["kind"], found["trigger"]) != ("deal", "purchasing")


ACTORS = [
    # a wire dateline is where the story was filed, not who acts
    (
        "LONDON, June 28 - Britain's Department of Trade and Industry will give 50 mln stg in grants.",
        "50 mln",
        "Department of Trade and Industry",
    ),
    (
        "SEOUL, March 3 (Yonhap) -- Samsung Electronics will invest 10 trillion won in chips.",
        "10 trillion",
        "Samsung Electronics",
    ),
    ("NEW YORK (Reuters) - Pfizer said it will spend $2bn on a plant.", "$2bn", "Pfizer"),
    # a company that reports a result after it, inverted or not, names its own ...
    ("Revenue from broadband rose to £1.3bn, said BT, the UK's biggest telecoms firm.", "£1.3bn", "BT"),
    (
        "Revenue rose 20% to $1.2bn last year, said Randgold Resources, the Africa-focused miner.",
        "$1.2bn",
        "Randgold Resources",
    ),
    # ... not a person who comments on it, nor on another kind of money
    ("Profits will rise to 50 bln yen this year, said Iemura, an analyst at Nomura.", "50 bln", ""),
    ("Exports rose to 5.2 billion dlrs, said USDA.", "5.2 billion", ""),
    # the agent of a takeover or an investment named after the amount
    ("The £24bn takeover of chip designer ARM by Japan's SoftBank was approved.", "£24bn", "SoftBank"),
    ("The $2bn investment by Tata in the plant was welcomed.", "$2bn", "Tata"),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actors(text, mention, actor):
    assert record(text, mention, "2005-03-01")["actor"] == actor


LINKS = [
    # whom the money is paid to gives its sector only when nothing else is named
    (
        "The ministry will spend 60 billion won on smart farm complexes for young farmers.",
        "60 billion",
        ["smart_farms"],
    ),
    ("The ministry will lend 30 billion won to young farmers building smart farms.", "30 billion", ["smart_farms"]),
    ("The ministry will lend 150 billion won to rice farmers hit by floods.", "150 billion", ["agriculture"]),
    # a place described by a glued compound is where the money goes, not its industry
    ("Korea will give US$25 million in grants for sewage networks in a copper-mining town.", "US$25 million", []),
    ("The trust's exposure to oil-dependent regions is limited to 2.2 mln dlrs.", "2.2 mln", []),
    ("KOMIR will spend 40 billion won on a copper-mining plant.", "40 billion", ["mining"]),
    # lenders are no destination; a headline never ends at a determiner ("of its Normandy oil refinery")
    ("The partnership defaulted on a 10 mln dlr payment to its lending banks.", "10 mln", []),
    ("Brazil will pay 500 mln dlrs of interest to its creditor banks.", "500 mln", []),
    ("Total's 1.5bn-euro expansion of its Normandy oil refinery will create 300 jobs.", "1.5bn-euro", ["oil_and_gas"]),
    # satellite communications are telecoms; laver is a food
    (
        "The government will pour 1.3 trillion won into a satellite communications network.",
        "1.3 trillion",
        ["telecommunications"],
    ),
    ("The firm will spend $2bn on satellites.", "$2bn", ["aerospace"]),
    ("South Korea's laver exports reached US$960 million last year.", "US$960 million", ["food_and_beverage"]),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert sorted(record(text, mention, "2023-06-20")["sectors"]) == sorted(sectors)


YEARS = [
    # a period up to a month ends in the last such month by the date ...
    ("Pre-tax profits at HMV rose to £125m in the year to April.", "£125m", "2005-06-23", [2005]),
    ("Shell's profits doubled to $9.5bn in the three months to September.", "$9.5bn", "2005-06-23", [2004]),
    ("Calny earned 1,192,000 dlrs for the nine months ended November.", "1,192,000", "1987-03-02", [1986]),
    # ... unless it is forecast: the next one, left alone
    (
        "Sony raised its operating profit forecast for the year to March to 1.43 trillion yen.",
        "1.43 trillion",
        "2025-11-11",
        [],
    ),
]


@pytest.mark.parametrize(("text", "mention", "date", "years"), YEARS)
def test_years(text, mention, date, years):
    assert record(text, mention, date)["years"] == years
