"""Families that rounds 98 and 99 showed: each row a text written here for the family, not the
gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

LINKS = [
    # enriching uranium is nuclear fuel (energy); mining it stays mining
    ("KHNP will invest $500m in a uranium enrichment plant in Texas.", "$500m", ["energy"]),
    ("The firm will spend $200m developing uranium mines in Kazakhstan.", "$200m", ["mining"]),
    # an AI data centre is AI; a data centre alone is IT
    ("Naver will invest 1 trillion won in an AI data center in Sejong.", "1 trillion won", ["artificial_intelligence"]),
    ("KT will invest 500 billion won in a data centre in Busan.", "500 billion won", ["information_technology"]),
    # minibuses, rail yards, wood pellets and drugs name their sectors
    ("The county will spend 5 billion won on demand-responsive minibuses.", "5 billion won", ["transport"]),
    ("The city will spend $1bn moving the rail yard.", "$1bn", ["transport"]),
    ("The utility will invest $80m in a wood pellet mill.", "$80m", ["forestry"]),
    ("Sales of its blood pressure drug rose to $2bn.", "$2bn", ["pharmaceuticals"]),
    # a drug test or drug rehabilitation is no pharmaceuticals
    ("He must pay a $1,000 fine and undergo drug rehabilitation.", "$1,000", []),
    # fishing ports are where the money is spent, not a sector
    ("The ministry will spend $60m on cold storage at fishing ports on five islands.", "$60m", []),
    ("The ministry will spend $60m on seafood processing plants at fishing ports.", "$60m", ["food_and_beverage"]),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert sorted(record(text, mention, "2024-03-12")["sectors"]) == sorted(sectors)


KINDS = [
    # goods sold "worth of", a possessive between; a named drug is goods, not a company
    ("Glaxo sold £300m' worth of its migraine drug Imigran.", "£300m", "revenue"),
    ("Acme bought 50 mln dlrs worth of Beta shares.", "50 mln dlrs", "deal"),
    # a descriptor noun before a name opens no headline ("the heart drug Crestor should top")
    ("Annual sales of the arthritis drug Celebrex should top $3bn by 2006, Pfizer said.", "$3bn", "revenue"),
    # a person's earnings are a wage; a company's a profit
    ("John Smith, Barclays' chief executive, earned £3.5m in 2004.", "£3.5m", "pay"),
    ("Barclays, the bank, earned £3.5bn in 2004.", "£3.5bn", "profit"),
    # a verb in -ing after the amount opens what it is spent doing: no price noun decides
    ("Tesco will spend £300m lowering prices on 1,000 products.", "£300m", "investment"),
    ("The price cut costs $5 a ticket.", "$5", "price"),
    # losing money is a loss
    ("The airline is losing about $2m a day.", "about $2m", "profit"),
    # leave pay is a wage
    ("The government will raise the cap on parental leave pay to 2.5 million won a month.", "2.5 million won", "pay"),
]


@pytest.mark.parametrize(("text", "mention", "kind"), KINDS)
def test_kinds(text, mention, kind):
    assert record(text, mention, "2005-05-20")["kind"] == kind


ACTORS = [
    # "plan" after a modifier heads the subject: its possessor is the actor
    ("Busan's 2024-2028 tourism plan calls for 700 billion won in grants.", "700 billion won", "Busan"),
    ("Samsung plans to invest $5bn in a plant.", "$5bn", "Samsung"),
    ("The two firms plan a $5bn plant.", "$5bn", "The two firms"),
    # an ordinary word that opens a name up to its organisation's end stays in it
    ("All Nippon Airways ordered 50 jets for about $6bn.", "about $6bn", "All Nippon Airways"),
    ("All banks must hold $5m in reserve.", "$5m", "All banks"),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actors(text, mention, actor):
    assert record(text, mention, "2024-06-19")["actor"] == actor
