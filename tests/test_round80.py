"""Families that rounds 80 and 81 showed: each row a text written here for the family, not the
gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

ACTORS = [
    # a name with "&" owns what its possessive names; an "'s" that is the name's own stays on it
    ("Marks & Spencer's clothing sales fell to £1.9bn.", "£1.9bn", "Marks & Spencer"),
    ("Sainsbury's profits down 40% at £120m", "£120m", "Sainsbury's"),
    ("McDonald's sales rose to $5bn.", "$5bn", "McDonald's"),
    ("Tesco's profits rose to £2bn.", "£2bn", "Tesco"),
    # money that is a passive's subject is spent by the company that speaks after it
    ("About $300m will be spent on new stores over three years, said clothing retailer Zenda.", "$300m", "Zenda"),
    ("A further £20m will be invested in its pubs, said John Smith.", "£20m", ""),
    ("It will spend £20m on its pubs, said Greene King.", "£20m", ""),
    # a headline's owner before a result's modifiers, even one word at the start
    ("Nokia third-quarter net profit of 1bn euros", "1bn euros", "Nokia"),
    ("Sharp net profit: a record 80bn yen", "80bn yen", "Sharp"),
    ("Annual net profit rose to $5m.", "$5m", ""),
    ("Third-quarter sales rose to $5m.", "$5m", ""),
    ("Pre-tax profit rose to £15m.", "£15m", ""),
    # a name before a headline's colon labels the figures after it
    ("Unilever results at a glance: sales 40bn euros; dividend 30 cents", "40bn euros", "Unilever"),
    ("Bradford & Bingley: first-half profits up 18% to £201m", "£201m", "Bradford & Bingley"),
    ("Arcelor second quarter: sales $9bn, net income $1bn", "$1bn", "Arcelor"),
    ("Revs: 5 mln dlrs", "5 mln", ""),
    # not a participle or a word of result_modifiers; a capitalised "Group" is a name's own word
    ("Audited net profit was 5 mln dlrs.", "5 mln", ""),
    ("Provisional pre-tax profit was 5 mln stg.", "5 mln", ""),
    ("Then Sears Merchandise Group sales rose to 4.46 billion dlrs.", "4.46 billion", "Sears Merchandise Group"),
    # a descriptor that opens the sentence
    ("Startup Innospace said it will spend 30 billion won on an engine plant.", "30 billion", "Innospace"),
    ("Developer Donald Trump said he paid 10 mln dlrs for the land.", "10 mln", "Donald Trump"),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actors(text, mention, actor):
    assert record(text, mention, "2005-05-20")["actor"] == actor


KINDS = [
    # a pension deficit is a level, not trade
    ("BT's £3.6bn pension deficit worries investors.", "£3.6bn", "valuation"),
    ("The trade deficit narrowed to $3.6bn.", "$3.6bn", "trade"),
    # valuing after a part bought values the whole company; after a bid, it is the bid's whole
    ("Yahoo paid $1bn for a 40% stake in Alibaba, valuing Alibaba at $4bn.", "$4bn", "valuation"),
    ("Green raised his offer to 400p a share, valuing the retailer at £9bn.", "£9bn", "deal"),
    # a facility that money is invested in is no credit facility
    ("SK Innovation will invest 500 billion won in a carbon capture facility.", "500 billion", "investment"),
    ("The company signed a 500 mln dlr facility with banks.", "500 mln", "financing"),
    # paid to parents, children or pensioners: a subsidy; paid to staff: pay
    ("Seoul will pay parents of newborns 700,000 won a month.", "700,000", "subsidy"),
    ("The firm will pay its staff 2 mln won a month.", "2 mln", "pay"),
    # a plan worth an amount: what the plan spends
    ("The province unveiled a fisheries plan worth 310 billion won.", "310 billion", "investment"),
    # a rail franchise is an awarded contract; a franchise tax a tax
    ("GNER won a 10-year franchise after promising to pay the government £1.3bn.", "£1.3bn", "deal"),
    ("The company paid 2 mln dlrs in franchise taxes.", "2 mln", "tax_or_fine"),
    # paying for a named company, in cash and shares: the deal; paying for a ticket: a price
    ("Mittal will pay $4.5bn in cash and shares for International Steel Group.", "$4.5bn", "deal"),
    ("Fans will pay £40 for a ticket.", "£40", "price"),
    # money raised from levies is a tax, from a sale a deal, from investors capital
    ("The fund plans to raise £500m a year from levies on pension schemes.", "£500m", "tax_or_fine"),
    ("It raised 50 mln dlrs from investors.", "50 mln", "financing"),
]


@pytest.mark.parametrize(("text", "mention", "kind"), KINDS)
def test_kinds(text, mention, kind):
    assert record(text, mention, "2023-05-20")["kind"] == kind


LINKS = [
    # what the money is ("in loans", "in guarantees") leaves the destination after the list to all
    (
        "The state will provide 2 trillion won in policy loans, 500 billion won in guarantees and"
        " 300 billion won in grants to small modular reactor makers.",
        "2 trillion",
        ["energy"],
    ),
    (
        "It will spend 390 billion won in new revenues, 180 billion won on smart farm projects.",
        "390 billion",
        [],
    ),
    # the next sentence may say who speaks before it names the money again
    (
        "The Export-Import Bank raised $700 million from green bonds. The bank said the money will finance"
        " offshore wind farms.",
        "$700 million",
        ["renewable_energy"],
    ),
    # after who speaks, the money named again gives its sectors, not its time
    (
        "The bank lent $70 million to a hotel group. It said the loan, agreed last year, will renovate hotels.",
        "$70 million",
        ["tourism"],
    ),
    # air taxi services and vertiports are aircraft and transport both
    ("SK Telecom will invest $90 million in air taxi services.", "$90 million", ["aerospace", "transport"]),
    ("Busan will spend $60 million on two vertiports.", "$60 million", ["aerospace", "transport"]),
    ("CJ will spend $50 million on cold-chain warehouses.", "$50 million", ["transport"]),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert sorted(record(text, mention, "2023-05-20")["sectors"]) == sorted(sectors)


def test_spoken_next_sentence_gives_no_time():
    text = "The bank lent $70 million to a hotel group. It said the loan, agreed last year, will renovate hotels."
    assert record(text, "$70 million", "2023-05-20")["years"] == []
