"""Families that rounds 66 and 67 showed: each row a text written here for the family, not the
gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract
from sentence_record import record

LINKS = [
    # sustainable aviation fuel and renewable diesel are renewable energy; cooking oil is no oil
    # industry, nor is a pressure vessel a ship
    (
        "GS Caltex will invest 200 billion won in a sustainable aviation fuel plant.",
        "200 billion",
        ["renewable_energy"],
    ),
    ("Neste will spend $1bn on renewable diesel capacity.", "$1bn", ["renewable_energy"]),
    ("It will invest $50m to turn used cooking oil into biofuel.", "$50m", ["renewable_energy"]),
    ("Doosan will build a 300 billion won reactor vessel factory.", "300 billion", ["energy"]),
    ("The firm will spend $20m on a pressure vessel plant.", "$20m", []),
    # rail track, rail franchises and train carriages are transport
    ("Network Rail will spend £3bn renewing rail track.", "£3bn", ["transport"]),
    ("The government will hand £300m in subsidies to the operator of the rail franchise.", "£300m", ["transport"]),
    ("Siemens won a £1bn contract for 400 new train carriages.", "£1bn", ["transport"]),
    # household gas and electricity are energy, not oil and gas
    ("The state will give £60m in grants to help pensioners pay their gas and electricity bills.", "£60m", ["energy"]),
    ("Gas bills will rise by £90 a year for the typical household.", "£90", ["energy"]),
    ("Oil prices rose to $90 a barrel.", "$90", ["oil_and_gas"]),
]


@pytest.mark.parametrize(("text", "mention", "sectors"), LINKS)
def test_links(text, mention, sectors):
    assert sorted(record(text, mention, "2023-06-20")["sectors"]) == sorted(sectors)


@pytest.mark.parametrize(
    ("text", "mention", "value", "maximum"),
    [
        # "or" between a bare number and a larger amount is a range, as "to" is
        (
            "The bank would like to see another 10 or 15 billion dlrs in the reserves.",
            "10 or 15 billion dlrs",
            10e9,
            15e9,
        ),
        ("A ticket would cost two or three dlrs.", "two or three dlrs", 2, 3),
        ("Dealers put the purchases at no more than 20 or 30 mln dlrs.", "no more than 20 or 30 mln dlrs", 20e6, 30e6),
    ],
)
def test_alternative_bounds(text, mention, value, maximum):
    found = record(text, mention, "1987-03-20")
    assert (found["mention"], float(found["value"]), float(found["value_max"])) == (mention, value, maximum)


@pytest.mark.parametrize(
    "text",
    [
        "The fund paid 5 or 50 mln dlrs.",  # bounds far apart: two readings, not a range
        "It was listed in Section 2 or 3 mln dlrs.",  # a label's number
        "It earned 227,000 or four cts a share.",  # a figure restated per share
    ],
)
def test_no_alternative_bounds(text):
    assert not any(r["value_max"] for r in extract(text, "1987-03-20", convert_to=None))


@pytest.mark.parametrize(
    ("text", "mention", "value", "currency"),
    [
        # a figure written out in full, then "or" and what it comes to a share, is money
        (
            "It expects a net loss of 820,000 dlrs or 17 cts a share, compared to a loss of 553,000 or 11 cts a share.",
            "553,000",
            553000,
            "USD",
        ),
        ("It earned 227,000 or four cts a share in the quarter.", "227,000", 227000, "USD"),
        ("Net loss was 1.2 mln or 40 pence a share.", "1.2 mln", 1200000, "GBP"),
    ],
)
def test_restated_per_share(text, mention, value, currency):
    found = record(text, mention, "1987-03-20")
    assert (float(found["value"]), found["currency"]) == (value, currency)


def test_restated_per_share_needs_a_share():
    text = "It sold 553,000 or 11 pct of its shares."
    assert [r["mention"] for r in extract(text, "1987-03-20", convert_to=None)] == []


KINDS = [
    # a frame noun gives way to a purpose verb only when that verb raises money
    (
        "The government set aside 45 billion won for rural tourism programmes and plans to raise that figure to"
        " 70 billion won next year.",
        "70 billion",
        "investment",
    ),
    (
        "The government set aside 45 billion won for rural tourism programmes and plans to raise that figure to"
        " 70 billion won next year.",
        "45 billion",
        "investment",
    ),
    ("The state set up a 200 billion rupee programme to subsidise electric buses.", "200 billion", "subsidy"),
]


@pytest.mark.parametrize(("text", "mention", "kind"), KINDS)
def test_kinds(text, mention, kind):
    assert record(text, mention, "2022-08-30")["kind"] == kind


ACTORS = [
    # a name opening with an "-ly" word runs to its company suffix
    (
        "Bally Manufacturing Corp said it will redeem its preferred stock at 50 dlrs a share.",
        "50 dlrs",
        "Bally Manufacturing Corp",
    ),
    ("Kelly Services Inc paid 20 mln dlrs for the unit.", "20 mln", "Kelly Services Inc"),
    ("Separately, Acme Corp paid 50 dlrs a share.", "50 dlrs", "Acme Corp"),
    # a relative clause set off after a fronted phrase is passed over
    (
        "Under the accord, which runs until December, 1990, Turkey will receive 720 mln dlrs in aid.",
        "720 mln",
        "Turkey",
    ),
    # the borrower named after a bond or loan when no subject names one
    (
        "The coupon on the 100 mln dlr warrant bond for Kymi Oy has been set at 4-5/8 pct, lead manager Nomura said.",
        "100 mln",
        "Kymi Oy",
    ),
    ("A 200 mln dlr issue of Acme Corp 10-year debentures was priced at par.", "200 mln", "Acme Corp"),
    ("A 50 mln dlr loan for Pemex was signed today.", "50 mln", "Pemex"),
    # a part after "of which" keeps its own payer; the borrower of a total is its own
    (
        "Financing requirement of Metropole would be about 700 mln francs, of which Lyonnaise des Eaux would"
        " provide about 175 mln.",
        "175 mln",
        "Lyonnaise des Eaux",
    ),
    (
        "The financing of Metropole would be about 700 mln francs, of which Lyonnaise would provide 175 mln.",
        "700 mln",
        "Metropole",
    ),
    # a subject still comes first, and what loans are for is no borrower
    ("Acme Corp sold 50 mln dlrs of bonds for Japan.", "50 mln", "Acme Corp"),
    ("The loans were for a 900 mln dlr plan for Gaza, the bank said.", "900 mln", ""),
    ("The bank will give 50 mln dlrs in loans for small firms.", "50 mln", "The bank"),
]


@pytest.mark.parametrize(("text", "mention", "actor"), ACTORS)
def test_actors(text, mention, actor):
    assert record(text, mention, "1987-03-20")["actor"] == actor


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # a place in a condition before the amount is not where the money goes
        ("If Brazil does not resume payments, 1987 net would be cut by 72 mln dlrs, Morgan added.", "72 mln", ""),
        ("The bank said that if Mexico defaults, its profit would fall by 50 mln dlrs.", "50 mln", ""),
        # a condition that ends after the amount leaves a place before it alone
        ("If approved, the plan will give Brazil 5 bln dlrs.", "5 bln", "BR"),
        # a harm's cause before the amount is not a condition here
        ("Hit by the collapse in Texas property prices, the bank's chargeoffs totaled 366 mln dlrs.", "366 mln", "US"),
    ],
)
def test_fronted_condition_country(text, mention, country):
    assert record(text, mention, "1987-03-20")["country"] == country


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # a result's change between its noun and "at" leaves the company after "at" the actor
        (
            "Pre-tax profits up 9% at pub chain JD Wetherspoon to £58m for the year to July.",
            "£58m",
            ("actor", "JD Wetherspoon"),
        ),
        ("Sales down 3 pct at Tesco to £5bn.", "£5bn", ("actor", "Tesco")),
        # a bid tabled or lodged by someone is theirs
        (
            "A £600m takeover bid for Somerfield was tabled by a consortium led by Robert Tchenguiz.",
            "£600m",
            ("actor", "a consortium"),
        ),
        # "costs an average of" is still what one costs
        ("A pint of lager costs an average of £2.31 in London pubs.", "£2.31", ("kind", "price")),
        # UK departments of no other country
        ("The Department of Trade and Industry is to give £50m in grants to pensioners.", "£50m", ("country", "GB")),
        ("The Home Office will spend £20m on passports.", "£20m", ("country", "GB")),
    ],
)
def test_business_forms(text, mention, expected):
    field, value = expected
    assert record(text, mention, "2005-02-08")[field] == value


@pytest.mark.parametrize(
    ("title", "text", "currency"),
    [
        # a title's tickers, all of one exchange, place the company whose bare dollars they are
        ("SOUTHAM INC <STM.TO> 1ST QTR NET", "Shr 25 cts vs 20 cts\n    Net 12.5 mln vs 10.1 mln", "CAD"),
        (
            "ROYAL BANK (RY.TO) RECLASSIFIES BRAZIL LOANS",
            "The bank reclassified 116.2 mln dlrs of Brazil loans.",
            "CAD",
        ),
        ("BROKEN HILL PTY CO LTD <BRKN.S> NINE MONTHS", "Net 603.0 mln dlrs vs 813.0 mln", "AUD"),
        ("GEVAERT NV <GEVN.BR> 1986 YEAR", "Net profit 1.2 billion francs vs 1.1 billion", "BEF"),
        # a US exchange, mixed exchanges, or no ticker: the text decides, as before
        ("LIPOSOME <LIPO.O> FORMS CANADIAN SUBSIDIARY", "It will invest 5 mln dlrs in the Canadian unit.", "USD"),
        ("GENSTAR <GST.TO> SELLS UNIT TO IMASCO <IMS.L>", "Genstar sold the unit for 50 mln dlrs.", "USD"),
    ],
)
def test_ticker_places_bare_currency(title, text, currency):
    (first, *_) = extract(text, "1987-03-20", convert_to=None, title=title)
    assert first["currency"] == currency
