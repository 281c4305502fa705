"""Families that round 13's held-out set showed (tests/gold/round13_heldout.jsonl, first score in the
README), one table per stage: each row a sentence written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

MONEY = [
    # a scale above trillion: dong and rupiah budgets run to quadrillions
    ("Hanoi will spend 1.7 quadrillion dong on the railway.", "1.7 quadrillion dong", "1700000000000000", "VND"),
    ("Its debt reached 2 quadrillion rupiah.", "2 quadrillion rupiah", "2000000000000000", "IDR"),
]


@pytest.mark.parametrize(("text", "mention", "value", "currency"), MONEY, ids=[m[1] for m in MONEY])
def test_round13_money(text, mention, value, currency):
    r = record(text, mention)
    assert (r["mention"], str(r["value"]), r["currency"]) == (mention, value, currency)


KINDS = [
    # a rate after the amount does not hide the noun it quantifies: "a year in incentives"
    (
        "India will offer 25 billion rupees a year in production-linked incentives.",
        "25 billion",
        "subsidy",
        "incentives",
    ),
    ("The firm will offer 5 mln dlrs annually in grants to growers.", "5 mln", "subsidy", "grants"),
    ("The firm will offer 5 mln dlrs for its rival.", "5 mln", "deal", "offer"),
    # a fixed phrase is no trigger: "in order to" names no order
    ("Brown will need to raise about $10bn a year in order to sustain spending.", "$10bn", "financing", "raise"),
    ("It won a $5bn order for ships.", "$5bn", "deal", "order"),
    # "costing" decides only when no other trigger does
    ("Over 160,000 projects costing 895 billion yuan are under way.", "895 billion", "investment", "projects"),
    ("The X.25 terminal, costing 1,795 dlrs, links computers.", "1,795", "price", "costing"),
    # injections and initiatives are money put into a purpose; a capital injection is capital
    ("It includes a £285m cash injection to extend maternity leave.", "£285m", "investment", "cash injection"),
    ("The state made a 2 billion euro capital injection into the bank.", "2 billion", "financing", "capital injection"),
    ("The prime minister launched a £500m initiative for school sport.", "£500m", "investment", "initiative"),
    ("Seoul unveiled a 3 trillion won export incentive initiative.", "3 trillion", "subsidy", "incentive"),
    # what a product costs or sells for is its price
    ("The disks will be costing between $20 and $30.", "$20", "price", "costing"),
    ("The console will go on sale for $250 in March.", "$250", "price", "on sale for"),
    ("Google shares fell on Tuesday to close at $172.55.", "$172.55", "price", "to close at"),
    ("Shares in the firm ended the day at 245p.", "245p", "price", "ended the day at"),
    ("It was trading at 105.28 yen in Tokyo.", "105.28 yen", "price", "trading at"),
    ("EV charging stations will get 180 billion won.", "180 billion", "other", ""),
    # "at a cost of" a programme is money spent on it; each unit's cost is a price
    ("The force will grow to 25,000 officers by 2008 at a cost of £50m.", "£50m", "investment", "at a cost of"),
    ("Donors will buy 300m vaccines at a cost of $20 each.", "$20", "price", "each"),
    # a gapped verb: the second subject's amount shares the first amount's kind
    (
        "Germany will pay 2.9 billion euros in state aid to hydrogen projects and France 1.1 billion euros "
        "to wind farms.",
        "1.1 billion",
        "subsidy",
        "aid",
    ),
    ("Bonn will lend 2 bln marks to Ghana and 3 bln marks to Peru.", "3 bln", "financing", "lend"),
    # a changing verb and a pronoun refer to the money before: its kind, not the next clause's
    (
        "Hyundai planned to invest 1.5 trillion won in EV production, and the group on Thursday boosted that to "
        "2 trillion won, citing strong orders.",
        "2 trillion",
        "investment",
        "invest",
    ),
]


@pytest.mark.parametrize(("text", "mention", "kind", "trigger"), KINDS, ids=[k[0][:40] for k in KINDS])
def test_round13_kinds(text, mention, kind, trigger):
    r = record(text, mention)
    assert (r["kind"], r["trigger"]) == (kind, trigger)


LINKS = [
    # a generic head after another sector's word names no sector of its own: "hydrogen pipeline"
    ("Berlin will pay 2.9 billion euros to hydrogen pipeline projects.", "2.9 billion", ["hydrogen_economy"]),
    ("The group will build a 900 mln dlr oil pipeline.", "900 mln", ["oil_and_gas"]),
    # cars are the automotive sector; a car bomb is none
    ("Beijing will pay 300 billion yuan in subsidies for cars.", "300 billion", ["automotive"]),
    ("The car bomb caused damage of £5m.", "£5m", []),
    # ", and" before a new subject and its verb ends the clause: the next subject's word is not the
    # first amount's sector
    (
        "Samsung Biologics will invest 1.98 trillion won in a biologics plant, and the contract drugmaker could "
        "spend 2.5 trillion won more later.",
        "1.98 trillion",
        # biologics are both (rounds 184 to 187: the gold gives lower-case "biologics" biotechnology in
        # 15 amounts of 17 and pharmaceuticals in 14, counted once with a throwaway script)
        ["biotechnology", "pharmaceuticals"],
    ),
    # who speaks, and the participle clause after it, name no sector of the money
    (
        "Hanwha will spend 900 billion won on a battery cell plant, the solar panel maker said in a filing on "
        "Tuesday, marking its first move into a new field.",
        "900 billion",
        ["batteries"],
    ),
    # a later mention by a changing verb and a pronoun takes the first mention's sector
    (
        "Hyundai planned to invest 1.5 trillion won in its EV plant, and the group on Thursday boosted that to "
        "2 trillion won, citing strong orders.",
        "2 trillion",
        ["electric_vehicles"],
    ),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS, ids=[r[0][:40] for r in LINKS])
def test_round13_links(text, mention, sectors):
    assert record(text, mention)["sectors"] == sectors
