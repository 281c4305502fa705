"""Families that rounds 64 and 65 showed: each row a text written here for the family, not the
gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

LINKS = [
    # a firm named by its trade at a sentence's start is no part of its name: its trade is the
    # sector of its own results ...
    ("Insurer Aviva said pre-tax profits rose to £1.2bn.", "£1.2bn", ["insurance"]),
    ("Retailer Tesco reported sales of £40bn.", "£40bn", ["retail"]),
    ("Drinks group Diageo said profit rose to £1bn.", "£1bn", ["food_and_beverage"]),
    ("Broadcaster ITV lost £40m last year.", "£40m", ["media"]),
    ("German travel group Tui said underlying profit fell to €769m.", "€769m", ["tourism"]),
    # ... but a capitalised name stays a name
    ("Steel Authority of India will spend $1bn on hospitals.", "$1bn", ["healthcare"]),
    ("Energy Transfer Partners said profit rose to $1bn.", "$1bn", []),
    # a magazine is media as a business, not as a source that speaks
    ("Media group Halberd agreed to sell its magazines arm for almost £1bn.", "almost £1bn", ["media"]),
    ("The weekly magazine Der Spiegel said Yugoslavia had repaid 28 billion dlrs.", "28 billion", []),
    # banks that pass money on are no destination
    (
        "The Bank of Korea will set aside 1 trillion won in funds for banks to lend to shipbuilding suppliers.",
        "1 trillion",
        ["shipbuilding"],
    ),
    (
        "The central bank will supply 3 trillion won to commercial banks for loans to tourism firms.",
        "3 trillion",
        ["tourism"],
    ),
    ("The government will inject 2 trillion won into banks to shore up their capital.", "2 trillion", ["banking"]),
    # a compound of ownership names no sector: "bank-owned", "state-backed"
    ("Shinhan sold a bank-owned office tower for 820 billion won.", "820 billion", ["real_estate"]),
    # contract drug manufacturing is pharmaceuticals
    ("The CDMO will invest $500 million in Songdo.", "$500 million", ["pharmaceuticals"]),
    ("It will spend $1bn on contract drug manufacturing.", "$1bn", ["pharmaceuticals"]),
    # the customer of an order is who pays, not where the money goes
    (
        "Samsung Heavy won a 1.1 trillion won order to build four LNG carriers for a Bermuda-based shipper.",
        "1.1 trillion",
        ["shipbuilding"],
    ),
    (
        "HD Hyundai won a 900 billion won order to build LNG carriers for a Qatari energy company.",
        "900 billion",
        ["shipbuilding"],
    ),
    ("The government will give 50 billion won in subsidies for energy companies.", "50 billion", ["energy"]),
    # gas carriers are ships, whatever gas they carry
    (
        "Hanwha Ocean won a 1.05 trillion won order to build four liquefied natural gas carriers.",
        "1.05 trillion",
        ["shipbuilding"],
    ),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert sorted(record(text, mention, "2023-06-20")["sectors"]) == sorted(sectors)


KINDS = [
    # "each" before "for" is what one unit costs, unless money is spent on each
    ("The Pentagon will pay about $80m each for 398 F-35 fighter jets.", "$80m", "price"),
    ("It also set aside up to Rs 500 crore each for five smart cities.", "Rs 500 crore", "investment"),
    ("Venezuela obtained two new credits of five mln dlrs each for export financing.", "five mln", "financing"),
    # a price per ship, aircraft or passenger
    (
        "The shipyard won a 1.1 trillion won order for four carriers, or about 275 billion won per vessel.",
        "275 billion",
        "price",
    ),
    ("The airline charges its partners £25 per flight under the contract.", "£25", "price"),
    # a passenger is no unit of price: a fee, a duty or a subsidy per passenger is what its noun says
    ("The firm will pay a subsidy of £2.30 per passenger.", "£2.30", "subsidy"),
    ("The Treasury will double air passenger duty on flights to £10 per passenger.", "£10", "tax_or_fine"),
    # an export deal is a deal, a deal's value too; an investment portfolio is what is held
    ("Hanwha Aerospace signed export deals worth 8.2 trillion won last year.", "8.2 trillion", "deal"),
    ("The deal value could rise to $400 million including inventory.", "$400 million", "deal"),
    ("The trust said its investment portfolio was worth £37.8bn.", "£37.8bn", "valuation"),
    # a fundraising is financing; someone's pay is pay
    ("Carnival's $6.25bn fundraising will keep the company afloat.", "$6.25bn", "financing"),
    ("Chief executive Graham Foyle's pay rose to £5.4m in 2011.", "£5.4m", "pay"),
    # money received to make up for a loss is compensation, a subsidy; an amount before it that
    # nothing decided passes nothing on
    (
        "Senegal received 155 mln ECUs between 1975 and 1984 to compensate for a fall in export earnings.",
        "155 mln",
        "subsidy",
    ),
    (
        "The Ivory Coast got 108 mln ECUs and Ghana received 91 mln ECUs mostly to make up for a drop in earnings.",
        "91 mln",
        "subsidy",
    ),
    # a thing sold inside the phrase of a revenue noun only modifies it
    ("Sales of National Lottery tickets rose to £8.2bn in the year to March.", "£8.2bn", "revenue"),
    ("Revenue from fares rose to £3bn.", "£3bn", "revenue"),
    ("The price of tickets rose to £30.", "£30", "price"),
]


@pytest.mark.parametrize(("text", "mention", "kind"), KINDS)
def test_kinds(text, mention, kind):
    assert record(text, mention, "2023-06-20")["kind"] == kind


@pytest.mark.parametrize(
    ("text", "mention", "per"),
    [
        ("The yard got an order for four ships, or about 275 billion won per vessel.", "275 billion", "vessel"),
        ("Air France bought 10 jets for $1bn, or $100m a plane.", "$100m", "aircraft"),
        ("Hotel Shilla will pay 8,900 won per passenger.", "8,900 won", "passenger"),
    ],
)
def test_per_units(text, mention, per):
    assert record(text, mention, "2023-06-20")["per"] == per


ACTORS = [
    # a company that reports a result, named after a lower-case head noun
    ("Sales rose to £8.2bn from £8.1bn the year before, operator Camelot said.", "£8.2bn", "Camelot"),
    ("Profit rose to £3bn, said retailer Tesco.", "£3bn", "Tesco"),
    ("Profit rose to £3bn, said analyst John Smith.", "£3bn", ""),
    ("Sales per square foot rose to 134 dlrs, president Thomas Hays said.", "134 dlrs", ""),
    # a descriptor opening the sentence is no part of the actor
    ("Broadcaster Meridale TV will hand a top prize of £1m to the winner.", "£1m", "Meridale TV"),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actors(text, mention, actor):
    assert record(text, mention, "2023-06-20")["actor"] == actor


COUNTRIES = [
    # UK regulators and departments that no other country names so
    ("Insurer Brackley General was fined £1.3m by the Financial Services Authority.", "£1.3m", "GB"),
    ("Scottish Power agreed to pay almost £18m to settle an Ofgem investigation.", "£18m", "GB"),
    ("The Department for Transport will pay Northern Link a subsidy of £2.30 per passenger.", "£2.30", "GB"),
    # not the Exchequer, which Ireland has too, nor a person named as a capital
    ("Ray MacSharry reduced the Exchequer Borrowing Requirement to 1.85 billion punts.", "1.85 billion", ""),
    ("Stanley Tananbaum offered shareholders 24.40 dlrs per share in cash.", "24.40 dlrs", ""),
]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # a Yankee bond is a dollar bond, whoever issues it; a rebate of Chrysler Canada is Canadian
        ("The Commonwealth of Australia is offering in the Yankee bond market 400 mln dlrs of bonds.", "USD"),
        ("Chrysler Canada said it will offer a 750 dlr cash rebate on Plymouth Reliant sales.", "CAD"),
    ],
)
def test_bare_dollars(text, currency):
    assert record(text, "dlr", "1987-03-20")["currency"] == currency


@pytest.mark.parametrize(("text", "mention", "country"), COUNTRIES)
def test_countries(text, mention, country):
    assert record(text, mention, "1987-03-20")["country"] == country


TABLE = """Shr 66 cts vs 48 cts
    Net 8,413,000 vs 6,112,000
    NOTE: 1986 3rd qtr results include an extraordinary loss."""


@pytest.mark.parametrize(
    ("date", "mention", "years"),
    [
        ("1987-10-19", "66 cts", [1987]),  # the note explains the year-ago column
        ("1987-10-19", "6,112,000", [1986]),
        ("1987-03-02", "66 cts", [1986]),  # in March 1987 the 1986 third quarter is the latest
    ],
)
def test_table_note_names_the_year_ago_quarter(date, mention, years):
    assert record(TABLE, mention, date)["years"] == years
